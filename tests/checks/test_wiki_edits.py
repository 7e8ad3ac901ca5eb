"""The author check's part for a wiki edit: the user a note credits the cited edit to against the user the
page shows as the shown revision's editor, beside the note's author (the wiki)."""

from __future__ import annotations

from pathlib import Path

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.checks.wiki_edits import compare_wiki_editor
from provenance.extractors import extract_source
from provenance.models import Citation, Footnote, Platform, SourcePost
from tests.extractors.support import answer

DIFF = "https://en.wikipedia.org/w/index.php?title=2024_Verenian_parliamentary_election&diff=next&oldid=1212880442"
# A diff's page whose later column shows the edit as Ballotwatch's.
DIFF_PAGE = (
    Path(__file__).parent.parent / "assets" / "fact_checker_9" / "en_wikipedia_diff_next.html"
).read_text(encoding="utf-8")


def _revision(editor: str | None) -> SourcePost:
    """The diff's page as the wikipedia extractor reads it, its later column's user `editor`; None: a page
    that names another later revision than the one it shows (no editor of the cited one)."""
    page = (
        DIFF_PAGE.replace("Ballotwatch", editor)
        if editor
        else DIFF_PAGE.replace('"wgDiffNewId":1212907154', '"wgDiffNewId":1260044321')
    )
    return extract_source(DIFF, (answer(DIFF, page),))


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
