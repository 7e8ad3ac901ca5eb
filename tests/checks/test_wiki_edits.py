"""The author check's part for a wiki edit: the user a note credits the cited edit to against the user the
page shows as the shown revision's editor, beside the note's author (the wiki)."""

from __future__ import annotations

from pathlib import Path

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.checks.date import check_date
from provenance.checks.quote import check_quote
from provenance.checks.wiki_edits import compare_wiki_editor
from provenance.citations import parse_citation
from provenance.extractors import extract_source
from provenance.models import Citation, Context, Footnote, Platform, SourcePost
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


# --- a diff to the article's current revision (`diff=cur&oldid=N`) -----------------------------------------

CURRENT_DIFF = "https://en.wikipedia.org/w/index.php?title=Harbour_Bridge_of_Tarlin&diff=cur&oldid=1211876543"
# Its page: revision 1211876543 (Pontifex Maris, 14:02, 3 March 2024) in the left column, the article's
# current revision 1261375012 (Kellerassel, 08:37, 4 December 2024) in the right.
CURRENT_DIFF_PAGE = (
    Path(__file__).parent.parent / "assets" / "wiki_revisions" / "en_wikipedia_diff_cur.html"
).read_text(encoding="utf-8")
NOTE = 'Wikipedia, "Harbour Bridge of Tarlin", {claim}, <URL>'


def _against_the_current_diff(claim: str, page: str = CURRENT_DIFF_PAGE) -> dict[str, tuple[str, str]]:
    """The date and author checks of a note citing the diff to the current revision as the parser reads it
    (`claim`: its words between the title and the link), against `page` read as the extractor reads it."""
    text = NOTE.format(claim=claim).replace("URL", CURRENT_DIFF)
    footnote = Footnote(label="1", text=text, line=1, urls=(CURRENT_DIFF,))
    source = extract_source(CURRENT_DIFF, (answer(CURRENT_DIFF, page),))
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, source=source
    )
    return {
        result.name: (result.status, result.detail) for result in (check_date(given), check_author(given))
    }


def test_a_note_citing_the_revision_a_diff_to_the_current_one_compares_passes_on_its_day() -> None:
    # The page shows the current revision of December; the note cites the revision of 3 March, as its left
    # column dates it. Read as the current revision's alone, the note failed.
    for claim in (
        "revision of 3 March 2024",
        "oldid 1211876543, 3 March 2024",
        "edit by Pontifex Maris, 3 March 2024",
    ):
        status, detail = _against_the_current_diff(claim)["date"]
        assert status == "pass", (claim, detail)
        assert detail.startswith(
            "the source gives 2024-03-03T14:02:00Z (revision 1211876543, the diff's left column), the cited "
            "day; the link (diff=cur) shows the article's current revision, 1261375012, which the next edit "
            "replaces"
        )


def test_a_note_giving_only_the_compared_revision_s_day_asks_a_person_naming_both_days() -> None:
    # `3 March 2024` alone beside a link whose page changes with every edit: the day the note's writer read
    # it, or the revision's? Neither confirmed nor failed.
    status, detail = _against_the_current_diff("3 March 2024")["date"]
    assert status == "warn"
    assert "posted 2024-12-04 08:37 UTC" in detail
    assert "revision 1211876543 (the link's oldid) was made 2024-03-03T14:02:00Z" in detail
    assert detail.endswith("compare by hand")


def test_a_day_between_the_two_revisions_warns_and_one_before_both_fails() -> None:
    # In July the link showed whichever revision was current then, not shown here.
    status, detail = _against_the_current_diff("revision of 20 July 2024")["date"]
    assert status == "warn", detail
    assert "which was another before it: compare by hand" in detail
    # No revision the link ever showed was made before the one it compares.
    status, detail = _against_the_current_diff("revision of 1 February 2024")["date"]
    assert status == "fail"
    assert detail.endswith(
        "nor is it the day revision 1211876543 (the link's oldid) was made 2024-03-03T14:02:00Z, as the "
        "diff's left column shows"
    )


def test_a_diff_to_the_current_revision_whose_left_column_is_not_dated_is_not_failed() -> None:
    undated = CURRENT_DIFF_PAGE.replace(
        "Revision as of 14:02, 3 March 2024", "Revision as of 14:02, Rev. 3/3"
    )
    status, detail = _against_the_current_diff("revision of 3 March 2024", undated)["date"]
    assert status == "warn"
    assert detail.endswith("which the page does not date: compare by hand")
    # A left column of another revision than the link's oldid dates nothing either.
    other = CURRENT_DIFF_PAGE.replace('"wgDiffOldId":1211876543', '"wgDiffOldId":1211000000')
    assert _against_the_current_diff("revision of 3 March 2024", other)["date"][0] == "warn"


def test_a_note_citing_the_current_revision_s_day_passes_saying_the_link_shows_whichever_is_current() -> None:
    status, detail = _against_the_current_diff("revision of 4 December 2024")["date"]
    assert status == "pass"
    assert detail.endswith(
        "the link (diff=cur) shows the article's current revision, 1261375012, which the next edit replaces"
    )


def test_an_edit_credited_on_a_diff_to_the_current_revision_is_held_to_either_column_s_user() -> None:
    status, detail = _against_the_current_diff("edit by Pontifex Maris, 3 March 2024")["author"]
    assert status == "pass"
    assert (
        "the page shows revision 1211876543, which the link (diff=cur) compares with the current one, as "
        "'Pontifex Maris''s, as the note credits it"
    ) in detail
    assert _against_the_current_diff("edit by Kellerassel, 4 December 2024")["author"][0] == "pass"
    # The diff spans fourteen edits whose users it does not show: another user's is not failed.
    status, detail = _against_the_current_diff("edit by Wahlfuchs, 20 July 2024")["author"]
    assert status == "warn"
    assert detail.startswith(
        "the note credits the edit to 'Wahlfuchs'; the link (diff=cur) shows the current revision as "
        "'Kellerassel''s and revision 1211876543, which it compares with it, as 'Pontifex Maris''s"
    )


def test_a_diff_to_the_current_revision_whose_page_names_no_revision_dates_the_note_by_the_left_column() -> (
    None
):
    # No `wgDiffNewId`: the current revision is undated; revision 1211876543 still is, by its column.
    unnamed = CURRENT_DIFF_PAGE.replace(',"wgDiffNewId":1261375012', "")
    status, detail = _against_the_current_diff("revision of 3 March 2024", unnamed)["date"]
    assert status == "pass"
    assert detail.endswith(
        "the link (diff=cur) shows the article's current revision which the next edit replaces, beside it"
    )


# --- words a diff to the current revision shows only in its left column ------------------------------------

_GONE = "expected to take until the end of June"  # revision 1211876543's words, which the current one dropped


def _quote_against_the_current_diff(
    claim: str, quote: str = _GONE, url: str = CURRENT_DIFF
) -> tuple[str, str]:
    """The quote check of a note citing `url` (`claim`: its words between the title and the link), whose
    citing passage quotes `quote`, against the diff's page as the extractor reads it."""
    text = NOTE.format(claim=claim).replace("URL", url)
    footnote = Footnote(
        label="1",
        text=text,
        line=3,
        urls=(url,),
        contexts=(Context(line=1, text=f"The article said repairs were “{quote}”.", quotes=(quote,)),),
    )
    source = extract_source(url, (answer(url, CURRENT_DIFF_PAGE),))
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, source=source
    )
    result = check_quote(given)
    return result.status, result.detail


def test_words_only_in_the_left_column_of_a_diff_to_the_current_revision_are_the_cited_revision_s() -> None:
    # The left column is revision 1211876543, the one the link names: it warned "not in the source's own words
    # but in the lines the diff shows the edit removed (the revision before it)".
    for url in (CURRENT_DIFF, CURRENT_DIFF.replace("diff=cur", "diff=0")):
        status, detail = _quote_against_the_current_diff("revision of 3 March 2024", url=url)
        assert status == "pass", detail
        assert detail == (
            f"found {_GONE!r} in revision 1211876543, the one the link's oldid names (the diff's left "
            "column), which the note cites; the article's current revision, beside it, no longer says it"
        )


def test_words_only_in_the_left_column_warn_where_the_note_does_not_cite_that_revision() -> None:
    # `3 March 2024` alone beside a link whose page changes with every edit: the article as the note's writer
    # read it, or revision 1211876543? The words are that revision's, no longer the article's.
    status, detail = _quote_against_the_current_diff("3 March 2024")
    assert status == "warn"
    assert detail.startswith(
        f"found {_GONE!r} only in revision 1211876543, the one the link's oldid names (the diff's left "
        "column): the article's current revision, which the link (diff=cur) shows beside it, no longer "
        "says it"
    )
    assert "lines the edit removed" not in detail


def test_a_diff_0_link_s_detail_names_diff_0_as_its_link_does() -> None:
    # MediaWiki reads `diff=0` as `diff=cur`; the detail said "(diff=cur)" of a link that does not say it.
    status, detail = _quote_against_the_current_diff(
        "3 March 2024", url=CURRENT_DIFF.replace("diff=cur", "diff=0")
    )
    assert status == "warn"
    assert "the link (diff=0) shows beside it" in detail
    assert "diff=cur" not in detail


def test_words_in_both_columns_or_in_neither_are_read_as_before() -> None:
    both = "closed the bridge to lorries over 7.5 tonnes"
    assert _quote_against_the_current_diff("3 March 2024", both) == ("pass", f"found {both!r}")
    status, detail = _quote_against_the_current_diff("revision of 3 March 2024", "closed the bridge for good")
    assert status == "warn"
    assert "left column" not in detail


def test_a_diff_between_two_fixed_revisions_keeps_its_removed_lines_apart() -> None:
    # Its left column is the revision before the one cited: words only there are still no word of it.
    fixed = CURRENT_DIFF.replace("diff=cur", "diff=1261375012")
    status, detail = _quote_against_the_current_diff("revision of 4 December 2024", url=fixed)
    assert status == "warn"
    assert "the lines the diff shows the edit removed (the revision before it)" in detail
