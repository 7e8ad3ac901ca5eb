"""The author check's part for a wiki edit: the user a note credits the cited edit to against the user the
page shows as the shown revision's editor, beside the note's author (the wiki)."""

from __future__ import annotations

import datetime as dt

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.checks.wiki_edits import compare_wiki_editor
from provenance.models import Citation, Footnote, Platform, SourcePost

DIFF = "https://en.wikipedia.org/w/index.php?title=X&diff=1212907154&oldid=1212880442"


def _revision(editor: str | None) -> SourcePost:
    """A diff's page as the wikipedia extractor reads it: the wiki's contributors as its author, the later
    revision's user (where the page shows the cited one) as `editor`."""
    fields = {"wikipedia revision": "1212907154"} | ({"editor": editor} if editor else {})
    return SourcePost(
        platform=Platform.WEB,
        url=DIFF,
        author="Wikipedia contributors",
        publisher="Wikipedia",
        published=dt.datetime(2024, 3, 9, 16, 45, tzinfo=dt.UTC),
        text="The commission withdrew the accreditation of 112 observers.",
        fields=fields,
    )


def _checked(citation: Citation, source: SourcePost | None) -> tuple[str, str]:
    footnote = Footnote(label="1", text=f"note, {DIFF}", line=1, urls=(DIFF,))
    result = check_author(CheckInput(footnote=footnote, citation=citation, outcome=None, source=source))
    return result.status, result.detail


def test_the_same_user_spelt_another_way_passes_naming_them() -> None:
    assert compare_wiki_editor("user:wahl_fuchs", "Wahl Fuchs").status == "pass"
    assert compare_wiki_editor("Wahl Fuchs", "Wahl Fuchs 2").status == "fail"
    assert compare_wiki_editor("Wahl Fuchs", None).status == "warn"


def test_an_edit_credited_to_another_user_fails_beside_the_wiki_s_passing_name() -> None:
    citation = Citation(platform=Platform.WEB, author="Wikipedia", url=DIFF, wiki_editor="Wahlfuchs")
    status, detail = _checked(citation, _revision("Ballotwatch"))
    assert status == "fail"
    assert detail.startswith(
        "the note credits the edit to 'Wahlfuchs'; the page shows it as 'Ballotwatch''s; "
    )
    status, detail = _checked(citation, _revision("Wahlfuchs"))
    assert status == "pass"
    assert detail.endswith("; the page shows the edit as 'Wahlfuchs''s, as the note credits it")


def test_a_note_naming_only_the_edit_s_user_is_held_to_it() -> None:
    # No author but the edit's user: that user is the note's one claim of who.
    citation = Citation(platform=Platform.WEB, url=DIFF, wiki_editor="Wahlfuchs")
    assert _checked(citation, _revision("Ballotwatch"))[0] == "fail"
    assert _checked(citation, _revision(None))[0] == "warn"


def test_a_note_crediting_only_the_wiki_is_checked_as_before() -> None:
    citation = Citation(platform=Platform.WEB, author="Wikipedia", url=DIFF)
    status, detail = _checked(citation, _revision("Ballotwatch"))
    assert status == "pass"
    assert "edit" not in detail


def test_with_no_page_read_the_edit_s_user_is_not_said_to_be_confirmed() -> None:
    citation = Citation(platform=Platform.WEB, author="Wikipedia", url=DIFF, wiki_editor="Wahlfuchs")
    status, detail = _checked(citation, None)
    assert status != "pass"
    assert "the page shows the edit" not in detail
