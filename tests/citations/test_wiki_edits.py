"""The wiki user a note credits the cited edit to (`edit by Wahlfuchs`): kept as the citation's
`wiki_editor`, in each form and language a note writes it, written and read as CSL's `custom.wiki_editor`."""

from __future__ import annotations

import json
import time

import pytest

from provenance.citations import (
    apply_overrides,
    citation_to_csl,
    load_citations_file,
    parse_citation,
    validate_citation,
)
from provenance.citations.file_claims import citations_file_differs
from provenance.citations.wiki_edits import (
    calls_it_a_revision,
    cited_editor,
    edit_credit_opening,
    wiki_user_key,
)
from provenance.models import Footnote

DIFF = "https://en.wikipedia.org/w/index.php?title=2024_Verenian_parliamentary_election&diff=next&oldid=1212880442"
TITLE = '"2024 Verenian parliamentary election"'


def _editor(text: str) -> str | None:
    return parse_citation(Footnote(label="1", text=text, line=3)).citation.wiki_editor


@pytest.mark.parametrize(
    ("note", "editor"),
    [
        (f"Wikipedia, {TITLE}, edit by Wahlfuchs, 9 March 2024, {DIFF}", "Wahlfuchs"),
        (f"Wikipedia, {TITLE}, edited by Wahlfuchs, 9 March 2024, {DIFF}", "Wahlfuchs"),
        (f"Wikipedia, {TITLE}, as edited by Wahlfuchs on 9 March 2024, {DIFF}", "Wahlfuchs"),
        (f"Wikipedia, {TITLE}, revision by Wahlfuchs 9 March 2024, {DIFF}", "Wahlfuchs"),
        (f"Wikipedia, {TITLE}, edit by Wahlfuchs March 9, 2024, {DIFF}", "Wahlfuchs"),
        (f"Wikipedia, {TITLE}, Wahlfuchs's edit of 9 March 2024, {DIFF}", "Wahlfuchs"),
        (f"Wikipedia, {TITLE}, Wahl Fuchs\u2019 revision, 9 March 2024, {DIFF}", "Wahl Fuchs"),
        # A namespace is no part of the name; spaces, digits and other scripts are.
        (f"Wikipedia, {TITLE} (edit by User:Wahl Fuchs 2), 9 March 2024, {DIFF}", "Wahl Fuchs 2"),
        (f"Wikipedia, {TITLE}, edit by user Wahlfuchs, 9 March 2024, {DIFF}", "Wahlfuchs"),
        (f"Wikipedia, {TITLE}, edit by User:wahlfuchs, 9 March 2024, {DIFF}", "wahlfuchs"),
        (f"Wikipedia, {TITLE}, edit by 203.0.113.7, 9 March 2024, {DIFF}", "203.0.113.7"),
        (
            "Wikipedia, \u201eWahl\u201c, Bearbeitung von Benutzer:Wahlfuchs vom 9. M\u00e4rz 2024, " + DIFF,
            "Wahlfuchs",
        ),
        ("Wikipedia, \u201eWahl\u201c, bearbeitet von Wahlfuchs 9. M\u00e4rz 2024, " + DIFF, "Wahlfuchs"),
        (
            "\u0412\u0438\u043a\u0438\u043f\u0435\u0434\u0438\u044f, "
            "\u00ab\u0412\u044b\u0431\u043e\u0440\u044b\u00bb, "
            "\u043f\u0440\u0430\u0432\u043a\u0430 \u0412\u0430\u0445\u043b\u0444\u0443\u043a\u0441, 9 "
            "\u043c\u0430\u0440\u0442\u0430 2024, " + DIFF,
            "\u0412\u0430\u0445\u043b\u0444\u0443\u043a\u0441",
        ),
        (
            "\u0412\u0438\u043a\u0438\u043f\u0435\u0434\u0438\u044f, \u043f\u0440\u0430\u0432\u043a\u0430 "
            "\u0443\u0447\u0430\u0441\u0442\u043d\u0438\u043a\u0430 Wahlfuchs, 9 "
            "\u043c\u0430\u0440\u0442\u0430 2024, " + DIFF,
            "Wahlfuchs",
        ),
        (
            "Wikip\u00e9dia, \u00ab Wahl \u00bb, modification de Wahlfuchs du 9 mars 2024, " + DIFF,
            "Wahlfuchs",
        ),
        ("Wikip\u00e9dia, modification par Utilisateur:Wahlfuchs, 9 mars 2024, " + DIFF, "Wahlfuchs"),
        # Another Wikimedia wiki's revision.
        (
            "Wikinews, edit by Wahlfuchs, 9 March 2024, "
            "https://en.wikinews.org/w/index.php?title=Verenia_votes&oldid=4781234",
            "Wahlfuchs",
        ),
    ],
)
def test_a_wiki_note_names_the_user_it_credits_the_edit_to(note: str, editor: str) -> None:
    assert _editor(note) == editor


@pytest.mark.parametrize(
    "note",
    [
        # The wiki, its contributors, or the article: no user.
        f"Wikipedia contributors, {TITLE}, revision of 9 March 2024, {DIFF}",
        f"Wikipedia's revision of 9 March 2024, {TITLE}, {DIFF}",
        f"Wikipedia, {TITLE}, the article's revision of 9 March 2024, {DIFF}",
        "\u0412\u0438\u043a\u0438\u043f\u0435\u0434\u0438\u044f, \u043f\u0440\u0430\u0432\u043a\u0430 "
        "\u043e\u0442 9 \u043c\u0430\u0440\u0442\u0430 2024, " + DIFF,
        "Wikip\u00e9dia, modification de l'article du 9 mars 2024, " + DIFF,
        # A title's words are what it says, not the note's claim.
        f'Wikipedia, "Edit by committee", 9 March 2024, {DIFF}',
        # Another site's page: no wiki edit to credit.
        "Jane Holloway, edit by Wahlfuchs, Verenia Times, 9 March 2024, https://verenia-times.example/wahl",
    ],
)
def test_a_note_naming_no_wiki_user_credits_no_edit(note: str) -> None:
    assert _editor(note) is None


def test_a_note_crediting_a_wiki_edit_keeps_the_wiki_as_its_author() -> None:
    citation = parse_citation(
        Footnote(label="1", text=f"Wikipedia, {TITLE}, edit by Wahlfuchs, 9 March 2024, {DIFF}", line=3)
    ).citation
    assert (citation.author, citation.wiki_editor, citation.title) == (
        "Wikipedia",
        "Wahlfuchs",
        "2024 Verenian parliamentary election",
    )


@pytest.mark.parametrize(
    ("note", "editor"),
    [
        (f"Edit by Wahlfuchs, {TITLE}, Wikipedia, 9 March 2024, {DIFF}", "Wahlfuchs"),
        (f"Edit by User:Wahlfuchs, {TITLE}, Wikipedia, 9 March 2024, {DIFF}", "Wahlfuchs"),
        (f"Wahlfuchs's edit to {TITLE}, Wikipedia, 9 March 2024, {DIFF}", "Wahlfuchs"),
        (f"User:Wahlfuchs's edit of {TITLE}, Wikipedia, 9 March 2024, {DIFF}", "Wahlfuchs"),
        (f"Wahl Fuchs 2\u2019s revision, {TITLE}, Wikipedia, 9 March 2024, {DIFF}", "Wahl Fuchs 2"),
        (
            "Bearbeitung von Wahlfuchs, \u201eParlamentswahl in Verenien 2024\u201c, Wikipedia, "
            "9. M\u00e4rz 2024, "
            "https://de.wikipedia.org/w/index.php?title=Parlamentswahl_in_Verenien_2024&oldid=241903555",
            "Wahlfuchs",
        ),
    ],
)
def test_a_wiki_note_opening_with_its_edit_s_credit_has_the_wiki_as_its_author(
    note: str, editor: str
) -> None:
    # The credit is a label before what the note cites: read as the author, `Edit by Wahlfuchs` was held to
    # the page's author, and `Wahlfuchs's edit to …` left the note without one (schema: missing author).
    citation = parse_citation(Footnote(label="1", text=note, line=3)).citation
    assert (citation.author, citation.wiki_editor) == ("Wikipedia", editor)
    assert not [finding for finding in validate_citation(citation) if finding.field == "author"]


def test_a_credit_opening_a_note_on_another_site_is_read_as_before() -> None:
    note = 'Edit by Wahlfuchs, "2024 Verenian election", Verenia Times, 9 March 2024, https://verenia-times.example/w'
    citation = parse_citation(Footnote(label="1", text=note, line=3)).citation
    assert (citation.author, citation.wiki_editor) == ("Edit by Wahlfuchs", None)


def test_a_credit_standing_after_the_note_s_name_leaves_its_name_the_author() -> None:
    note = f"Jane Holloway, {TITLE}, edit by Wahlfuchs, Wikipedia, 9 March 2024, {DIFF}"
    citation = parse_citation(Footnote(label="1", text=note, line=3)).citation
    assert (citation.author, citation.wiki_editor) == ("Jane Holloway", "Wahlfuchs")


def test_one_user_s_name_is_one_key_however_it_is_spelt() -> None:
    assert wiki_user_key("User:Wahl_Fuchs") == wiki_user_key("wahl  fuchs") == wiki_user_key("Wahl Fuchs")
    assert wiki_user_key("Benutzer:Wahlfuchs") == wiki_user_key("Wahlfuchs")
    assert wiki_user_key("Wahlfuchs") != wiki_user_key("Wahlfuchs2")


def test_a_crafted_note_is_read_for_its_editor_in_linear_time() -> None:
    crafted = [
        "edit by " + "A" * 100_000,
        "edit by " + "Ab " * 33_000,
        "edit by 1 " * 10_000,
        "Ab's edit " * 10_000,
        "a" * 100_000 + "'s edit",
        " " * 100_000 + "'s edit",
        "Ab " * 33_000 + "\u2019s revision",
        "\u043f\u0440\u0430\u0432\u043a\u0430 " * 14_000,
        "Edit by Wahlfuchs" + " ," * 50_000,
        "Wahlfuchs's edit" + " -" * 50_000,
    ]
    for words in crafted:
        started = time.process_time()
        cited_editor(words, DIFF)
        edit_credit_opening(words, "Wahlfuchs")  # the credit a note opens with, read as a label
        assert time.process_time() - started < 0.5, words[:20]


def test_the_edit_s_user_is_written_as_csl_custom_and_read_back() -> None:
    note = f"Wikipedia, {TITLE}, edit by Wahlfuchs, 9 March 2024, {DIFF}"
    citation = parse_citation(Footnote(label="1", text=note, line=3)).citation
    item = citation_to_csl("1", citation)
    assert item["custom"]["wiki_editor"] == "Wahlfuchs"
    assert "editor" not in item  # CSL's editor edits a work, not a wiki's revision
    overrides = load_citations_file(json.dumps([item]).encode(), "cites.json")["1"]
    assert apply_overrides(citation, overrides) == citation
    # A file naming another user overrides the note's.
    item["custom"]["wiki_editor"] = "Ballotwatch"
    overrides = load_citations_file(json.dumps([item]).encode(), "cites.json")["1"]
    assert apply_overrides(citation, overrides).wiki_editor == "Ballotwatch"


def test_a_citations_file_crediting_the_edit_to_another_user_than_the_note_is_said() -> None:
    note = f"Wikipedia, {TITLE}, edit by Wahlfuchs, 9 March 2024, {DIFF}"
    footnote = Footnote(label="1", text=note, line=3)
    citation = parse_citation(footnote).citation
    for named, differs in (("Ballotwatch", True), ("User:wahlfuchs", False)):
        item = citation_to_csl("1", citation)
        item["custom"]["wiki_editor"] = named
        overrides = load_citations_file(json.dumps([item]).encode(), "cites.json")["1"]
        found = citations_file_differs(footnote, citation, apply_overrides(citation, overrides))
        assert (found is not None) == differs
        if found is not None:
            assert "the edit's user 'Ballotwatch' where the note says 'Wahlfuchs'" in found.message


@pytest.mark.parametrize(
    ("note", "cites"),
    [
        ('Wikipedia, "Harbour Bridge of Tarlin", revision of 3 March 2024, <URL>', True),
        ('Wikipedia, "Harbour Bridge of Tarlin", version of 3 March 2024, <URL>', True),
        ('Wikipedia, "Harbour Bridge of Tarlin" (oldid 1211876543), 3 March 2024, <URL>', True),
        ('Wikipedia, "Harbour Bridge of Tarlin", 1211876543, 3 March 2024', True),
        ('Wikipedia, "Harbour Bridge of Tarlin", Version vom 3. M\u00e4rz 2024', True),
        # A day alone, or the id only inside the link: no revision said to be cited.
        ('Wikipedia, "Harbour Bridge of Tarlin", 3 March 2024, <URL>', False),
        ('Wikipedia, "Harbour Bridge of Tarlin", 12118765430, 3 March 2024', False),
        ('Wikipedia, "Harbour Bridge of Tarlin", changes since March (revisions), 3 March 2024', False),
    ],
)
def test_a_note_calls_what_it_cites_a_revision_in_its_words_not_its_link(note: str, cites: bool) -> None:
    url = "https://en.wikipedia.org/w/index.php?title=Harbour_Bridge_of_Tarlin&diff=cur&oldid=1211876543"
    assert calls_it_a_revision(note.replace("URL", url), "1211876543") == cites
