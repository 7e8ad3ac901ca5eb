"""A Wikipedia article cited by a permanent link to one revision is dated by that revision, never by the
article's JSON-LD (its first edit, its latest)."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from provenance.checks import CheckInput
from provenance.checks.quote import check_quote
from provenance.extractors import extract_source, extractor_for
from provenance.extractors.wikipedia import (
    WikipediaRevisionExtractor,
    cited_revision,
    compared_with_the_current,
    current_named_as,
    revision_time,
)
from provenance.models import Citation, Context, Footnote, Platform, SourcePost
from tests.extractors.support import answer
from tests.support.authors import author_check_as_parsed

OLD_REVISION = (
    Path(__file__).parent.parent / "assets" / "fact_checker_7" / "wikipedia_oldid.html"
).read_text(encoding="utf-8")
PERMANENT = "https://en.wikipedia.org/w/index.php?title=Respiratory_syncytial_virus_vaccine&oldid=1211876543"


def _read(url: str, html: str) -> tuple[dt.datetime | None, str | None, dict[str, str]]:
    post = extract_source(url, (answer(url, html),))
    return post.published, post.published_from, post.fields


def test_a_permanent_link_s_page_is_dated_by_its_revision_not_by_the_article_s_first_edit() -> None:
    published, published_from, fields = _read(PERMANENT, OLD_REVISION)
    assert published == dt.datetime(2024, 3, 3, 14, 2, tzinfo=dt.UTC)
    assert published_from == "the time of revision 1211876543, as the page shows it"
    # The article's latest edit is not the shown revision's: kept under a name that says so.
    assert "modified" not in fields
    assert fields["article's modified"] == "2024-12-11T09:30:12Z"


@pytest.mark.parametrize(
    ("url", "revision"),
    [
        (PERMANENT, "1211876543"),
        ("https://en.wikipedia.org/wiki/Respiratory_syncytial_virus_vaccine?oldid=1211876543", "1211876543"),
        ("https://en.m.wikipedia.org/wiki/Special:PermanentLink/1211876543", "1211876543"),
        # The special page under the wiki's own names for it, as its "Permanent link" links to it.
        ("https://de.wikipedia.org/wiki/Spezial:Permanenter_Link/1211876543", "1211876543"),
        ("https://de.wikipedia.org/wiki/Spezial:PermanentLink/1211876543", "1211876543"),
        (
            "https://ru.wikipedia.org/wiki/%D0%A1%D0%BB%D1%83%D0%B6%D0%B5%D0%B1%D0%BD%D0%B0%D1%8F:PermanentLink/1211876543",
            "1211876543",
        ),
        ("https://fr.wikipedia.org/wiki/Sp%C3%A9cial:Lien_permanent/1211876543", "1211876543"),
        ("https://de.wikipedia.org/w/index.php?title=Spezial:PermanentLink/1211876543", "1211876543"),
        (
            "https://uk.wikipedia.org/wiki/%D0%A1%D0%BF%D0%B5%D1%86%D1%96%D0%B0%D0%BB%D1%8C%D0%BD%D0%B0%3A%D0%9F%D0%BE%D1%81%D1%82%D1%96%D0%B9%D0%BD%D0%B5_%D0%BF%D0%BE%D1%81%D0%B8%D0%BB%D0%B0%D0%BD%D0%BD%D1%8F/1211876543",
            "1211876543",
        ),
        ("https://de.wikipedia.org/wiki/Spezial:Diff/1211000000/1211876543", "1211876543"),
        ("https://de.wikipedia.org/w/index.php?title=Spezial:Diff/1211876543", "1211876543"),
        # Another special page, or an article whose title names one.
        ("https://de.wikipedia.org/wiki/Spezial:Letzte_%C3%84nderungen/1211876543", None),
        ("https://en.wikipedia.org/wiki/Special_relativity/1211876543", None),
        ("https://en.wikipedia.org/wiki/Respiratory_syncytial_virus_vaccine", None),
        ("https://wikipedia.example.org/w/index.php?oldid=1211876543", None),
    ],
)
def test_a_permanent_link_names_its_revision(url: str, revision: str | None) -> None:
    assert cited_revision(url) == revision
    # Every page of a wiki is read by it (its authors named as the wiki names them), another site's never.
    assert isinstance(extractor_for(url), WikipediaRevisionExtractor) == ("example" not in url)


def test_a_page_showing_another_revision_than_the_cited_one_gives_no_time() -> None:
    other = OLD_REVISION.replace('"wgRevisionId":1211876543', '"wgRevisionId":1262110045')
    published, published_from, _ = _read(PERMANENT, other)
    assert (published, published_from) == (None, None)


def test_a_revision_line_in_a_form_not_read_gives_no_time_rather_than_the_article_s() -> None:
    unread = OLD_REVISION.replace("14:02, 3 March 2024", "14:02, Rev. 3/3")
    published, published_from, _ = _read(PERMANENT, unread)
    assert (published, published_from) == (None, None)


GERMAN_PERMANENT = "https://de.wikipedia.org/wiki/Spezial:PermanentLink/1211876543"


@pytest.mark.parametrize(
    "line",
    [
        "3. M\u00e4rz 2024 um 14:02 Uhr",
        "14:02, 3. M\u00e4r. 2024",
        "14:02, 3 \u043c\u0430\u0440\u0442\u0430 2024",
    ],
)
def test_a_revision_line_in_the_wiki_s_language_dates_the_revision_by_its_day(line: str) -> None:
    # The German Wikipedia shows its times in Berlin's zone: the day its readers cite, not a UTC time.
    page = OLD_REVISION.replace("14:02, 3 March 2024", line)
    post = extract_source(GERMAN_PERMANENT, (answer(GERMAN_PERMANENT, page),))
    assert (post.published, post.published_day_only) == (dt.datetime(2024, 3, 3, tzinfo=dt.UTC), True)
    assert (
        post.published_from == "the day of revision 1211876543, as the page shows it in the wiki's own time"
    )
    # The article's first edit (its JSON-LD's) is no day of the revision.
    assert post.fields["article's JSON-LD datePublished"].startswith("2014-03-29")


def test_a_hostile_revision_line_is_read_fast() -> None:
    hostile = OLD_REVISION.replace("14:02, 3 March 2024", "1:2, " * 25_000)
    started = time.perf_counter()
    assert revision_time(hostile, "1211876543") is None
    assert time.perf_counter() - started < 1.0


# --- what shows over the revision: its edit summary, and a diff's removed lines --------------------------

ARTICLE = "https://en.wikipedia.org/wiki/Respiratory_syncytial_virus_vaccine"
DIFF = (
    "https://en.wikipedia.org/w/index.php?title=Respiratory_syncytial_virus_vaccine&diff=1211876543"
    "&oldid=1211000000"
)
# A diff's two columns as MediaWiki writes them (written from memory of Vector 2022's markup): each column's
# heading (the revision's time, its user, its edit summary), then the wikitext lines, the removed one left.
_DIFF_TABLE = """
<table class="diff diff-type-table diff-contentalign-left diff-editfont-monospace" data-mw="interface">
<col class="diff-marker"><col class="diff-content"><col class="diff-marker"><col class="diff-content">
<tbody><tr class="diff-title" lang="en">
<td colspan="2" class="diff-otitle diff-side-deleted"><div id="mw-diff-otitle1"><strong><a href="/w/index.php?title=Respiratory_syncytial_virus_vaccine&amp;oldid=1211000000">Revision as of 09:41, 28 February 2024</a></strong></div><div id="mw-diff-otitle2"><a href="/wiki/User:Rsvwatch" class="mw-userlink"><bdi>Rsvwatch</bdi></a></div><div id="mw-diff-otitle3"> <span class="comment comment--without-parentheses">copyedit lead</span></div><div id="mw-diff-otitle4"><a href="/w/index.php?title=Respiratory_syncytial_virus_vaccine&amp;diff=prev&amp;oldid=1211000000" id="differences-prevlink">&#8592; Previous edit</a></div></td>
<td colspan="2" class="diff-ntitle diff-side-added"><div id="mw-diff-ntitle1"><strong><a href="/w/index.php?title=Respiratory_syncytial_virus_vaccine&amp;oldid=1211876543">Revision as of 14:02, 3 March 2024</a></strong></div><div id="mw-diff-ntitle2"><a href="/wiki/User:Medic4Ever" class="mw-userlink"><bdi>Medic4Ever</bdi></a></div><div id="mw-diff-ntitle3"> <span class="comment comment--without-parentheses">FDA now says about 9 per million, not 5</span></div><div id="mw-diff-ntitle4"><a href="/w/index.php?title=Respiratory_syncytial_virus_vaccine&amp;diff=next&amp;oldid=1211876543" id="differences-nextlink">Next edit &#8594;</a></div></td></tr>
<tr><td colspan="2" class="diff-lineno">Line 4:</td><td colspan="2" class="diff-lineno">Line 4:</td></tr>
<tr><td class="diff-marker" data-marker="&#8722;"></td><td class="diff-deletedline diff-side-deleted"><div>In post-marketing surveillance in the United States, the [[Food and Drug Administration]] found a possible risk of about <del class="diffchange diffchange-inline">5 excess</del> cases per million doses.</div></td><td class="diff-marker" data-marker="+"></td><td class="diff-addedline diff-side-added"><div>In post-marketing surveillance in the United States, the [[Food and Drug Administration]] identified a possible increased risk of about <ins class="diffchange diffchange-inline">9</ins> cases per million doses.</div></td></tr>
</tbody></table>
<hr class="diff-hr" id="mw-oldid"><h2 class="diff-currentversion-title">Revision as of 14:02, 3 March 2024</h2>
"""  # noqa: E501


def _diff_page() -> str:
    """The old revision's page as its diff with the revision before shows it: the diff's table over the
    revision, no old revision's box, and the diff's revision ids in the config."""
    box_start = OLD_REVISION.index('<div id="contentSub">')
    box_end = OLD_REVISION.index('<div id="mw-content-text"')
    page = OLD_REVISION[:box_start] + '<div id="contentSub"></div>\n' + OLD_REVISION[box_end:]
    page = page.replace(
        '<div id="mw-content-text" class="mw-body-content">',
        f'<div id="mw-content-text" class="mw-body-content">{_DIFF_TABLE}',
        1,
    )
    return page.replace(
        '"wgRevisionId":1211876543',
        '"wgRevisionId":1211876543,"wgDiffOldId":1211000000,"wgDiffNewId":1211876543',
    )


def _quote(url: str, post: SourcePost, quote: str) -> tuple[str, str]:
    footnote = Footnote(label="1", text=url, line=3, contexts=(Context(line=1, text="t", quotes=(quote,)),))
    citation = Citation(platform=Platform.WEB, url=url)
    result = check_quote(
        CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)
    )
    return result.status, result.detail


def test_a_quote_found_only_in_an_old_revision_s_edit_summary_is_not_the_article_s() -> None:
    summary = "(FDA now estimates 12 cases per million doses, pending review)"
    page = OLD_REVISION.replace("(added Guillain-Barr&#233; signal)", summary)
    post = extract_source(PERMANENT, (answer(PERMANENT, page),))
    # The editor's note on the edit, not a reader's comment on the page, nor a word of the revision.
    assert post.fields["edit summaries"] == summary
    assert "reader_comments" not in post.fields
    status, detail = _quote(PERMANENT, post, "12 cases per million doses")
    assert status == "warn"
    assert "in the edit summary the page shows over the revision" in detail, detail
    assert _quote(PERMANENT, post, "about 9 cases per million doses")[0] == "pass"


def test_a_diff_link_is_dated_by_the_later_revision_it_shows_and_its_removed_lines_are_not_its_words() -> (
    None
):
    post = extract_source(DIFF, (answer(DIFF, _diff_page()),))
    assert (post.published, post.published_from) == (
        dt.datetime(2024, 3, 3, 14, 2, tzinfo=dt.UTC),
        "the time of revision 1211876543, as the page shows it",
    )
    assert post.fields["wikipedia revision"] == "1211876543"
    assert "5 excess" in post.fields["lines the edit removed"]
    assert post.fields["edit summaries"] == "copyedit lead | FDA now says about 9 per million, not 5"
    # The words the edit took out are the revision before it's: no word of the one cited.
    status, detail = _quote(DIFF, post, "a possible risk of about 5 excess cases per million doses")
    assert status == "warn"
    assert "in the lines the diff shows the edit removed" in detail, detail
    assert _quote(DIFF, post, "about 9 cases per million doses")[0] == "pass"
    # Neither column's heading (the old revision's time and user) is read as the article's words.
    assert "09:41" not in post.text and "Rsvwatch" not in post.text


def test_a_diff_showing_another_revision_than_its_link_names_gives_no_time() -> None:
    other = _diff_page().replace('"wgDiffNewId":1211876543', '"wgDiffNewId":1262110045')
    post = extract_source(DIFF, (answer(DIFF, other),))
    assert (post.published, post.published_from) == (None, None)


@pytest.mark.parametrize(
    ("url", "revision"),
    [
        (DIFF, "1211876543"),
        ("https://en.wikipedia.org/w/index.php?title=X&diff=prev&oldid=1211876543", "1211876543"),
        ("https://en.wikipedia.org/w/index.php?diff=1211876543", "1211876543"),
        ("https://en.wikipedia.org/wiki/Special:Diff/1211876543", "1211876543"),
        ("https://en.wikipedia.org/wiki/Special:Diff/1211000000/1211876543", "1211876543"),
        ("https://en.m.wikipedia.org/wiki/Special:Diff/1211876543/prev", "1211876543"),
        # The link names no revision: the one after another, or the current one, changes with the history.
        ("https://en.wikipedia.org/w/index.php?title=X&diff=next&oldid=1211000000", None),
        ("https://en.wikipedia.org/w/index.php?title=X&diff=cur&oldid=1211000000", None),
        # `diff=0` is MediaWiki's `cur`: no revision 0.
        ("https://en.wikipedia.org/w/index.php?title=X&diff=0&oldid=1211000000", None),
        ("https://en.wikipedia.org/w/index.php?title=X&diff=0", None),
        ("https://en.wikipedia.org/wiki/Special:Diff/1211000000/next", None),
        # Other languages, mobile hosts and the other Wikimedia wikis.
        ("https://de.m.wikipedia.org/w/index.php?title=RSV-Impfstoff&oldid=241234567", "241234567"),
        ("https://en.wikinews.org/w/index.php?title=FDA_approves_RSV_vaccine&oldid=4781234", "4781234"),
        ("https://en.wikisource.org/wiki/Special:PermanentLink/13912345", "13912345"),
        ("https://www.wikidata.org/w/index.php?title=Q42&oldid=2106543210", "2106543210"),
        ("https://m.wikidata.org/wiki/Q42?oldid=2106543210", "2106543210"),
        ("https://commons.wikimedia.org/w/index.php?title=File:RSV.jpg&oldid=876543210", "876543210"),
        ("https://www.wikidata.org/wiki/Q42", None),
        # Not a wiki: the Foundation's bug tracker, or a host only named like one.
        ("https://phabricator.wikimedia.org/T123?oldid=1211876543", None),
        ("https://en.wikipedia.org.example.net/w/index.php?oldid=1211876543", None),
    ],
)
def test_a_diff_link_and_other_wikis_links_name_the_revision_they_show(
    url: str, revision: str | None
) -> None:
    assert cited_revision(url) == revision


def test_another_wiki_s_old_revision_is_dated_by_its_revision() -> None:
    wikinews = "https://en.wikinews.org/w/index.php?title=FDA_approves_RSV_vaccine&oldid=1211876543"
    post = extract_source(wikinews, (answer(wikinews, OLD_REVISION),))
    assert post.published == dt.datetime(2024, 3, 3, 14, 2, tzinfo=dt.UTC)
    assert (post.author, post.publisher) == ("Wikinews contributors", "Wikinews")


def test_a_hostile_revision_page_is_read_fast() -> None:
    summaries = '<span class="comment">' * 50_000 + "x" * 100_000
    removed = '<table class="diff"><tr><td class="diff-deletedline">' + "<del>a</del>" * 50_000
    for body in (summaries, removed):
        hostile = OLD_REVISION.replace("(added Guillain-Barr&#233; signal)", body)
        started = time.process_time()
        extract_source(DIFF, (answer(DIFF, hostile),))
        extract_source(PERMANENT, (answer(PERMANENT, hostile),))
        assert time.process_time() - started < 3.0
    # The config's revision ids, asked of a diff's page: a crafted head of near-misses.
    config = '"wgDiffNewId": ' * 7_000 + '"wgRevisionId":' * 7_000
    started = time.process_time()
    assert revision_time(config + OLD_REVISION, "1211876543", diff=True) is None
    assert time.process_time() - started < 1.0
    for url in ("https://en.wikipedia.org/wiki/Special:Diff/" + "1/" * 50_000, DIFF + "&diff=" * 50_000):
        started = time.process_time()
        cited_revision(url)
        assert time.process_time() - started < 0.5


# --- a wiki's authors, as the wiki names them --------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "status"),
    [
        ('"Respiratory syncytial virus vaccine", Wikipedia, revision of 3 March 2024, URL', "pass"),
        (
            '"Respiratory syncytial virus vaccine", Wikipedia, The Free Encyclopedia, 3 March 2024, URL',
            "pass",
        ),
        (
            'Wikipedia contributors, "Respiratory syncytial virus vaccine," Wikipedia, The Free '
            "Encyclopedia, 3 March 2024, URL",
            "pass",
        ),
        # A person is no Wikipedia article's author: the revision's user made one edit of many.
        ('Medic4Ever, "Respiratory syncytial virus vaccine", Wikipedia, 3 March 2024, URL', "warn"),
        ('Jane Holloway, "Respiratory syncytial virus vaccine", Wikipedia, 3 March 2024, URL', "warn"),
    ],
)
def test_a_note_crediting_the_wiki_passes_and_one_naming_a_person_does_not(note: str, status: str) -> None:
    for url in (PERMANENT, ARTICLE):
        post = extract_source(url, (answer(url, OLD_REVISION),))
        footnote = Footnote(label="1", text=note.replace("URL", url), line=1, urls=(url,))
        result = author_check_as_parsed(footnote, post)
        assert result.status == status, result.detail
    # What the page's JSON-LD says is kept.
    assert post.fields["author"] == "Contributors to Wikimedia projects"
    assert post.fields["JSON-LD publisher"] == "Wikimedia Foundation, Inc."


def test_a_diff_naming_no_revision_is_dated_by_the_revision_its_page_names() -> None:
    # `diff=next`: the revision after another, which the link does not name but the page does (its
    # `wgDiffNewId`); read as the article's current page, it was dated by the article's first edit. Its
    # removed lines are still the revision before's.
    following = "https://en.wikipedia.org/w/index.php?title=X&diff=next&oldid=1211000000"
    post = extract_source(following, (answer(following, _diff_page()),))
    assert (post.published, post.published_from) == (
        dt.datetime(2024, 3, 3, 14, 2, tzinfo=dt.UTC),
        "the time of revision 1211876543, the diff's later one as its page names it, as the page shows it",
    )
    assert post.fields["wikipedia revision"] == "1211876543"
    assert "5 excess" in post.fields["lines the edit removed"]
    assert _quote(following, post, "a possible risk of about 5 excess cases per million doses")[0] == "warn"


def test_a_diff_naming_no_revision_on_a_page_naming_none_gives_no_time_rather_than_the_article_s() -> None:
    current = "https://en.wikipedia.org/w/index.php?title=X&diff=cur&oldid=1211000000"
    page = _diff_page().replace(',"wgDiffOldId":1211000000,"wgDiffNewId":1211876543', "")
    post = extract_source(current, (answer(current, page),))
    assert post.published is None
    assert "5 excess" in post.fields["lines the edit removed"]


def test_an_article_whose_title_holds_diff_is_no_diff() -> None:
    # `title=Diffusion`: its query holds the word, not a `diff` parameter; the old revision's box dates it.
    diffusion = "https://en.wikipedia.org/w/index.php?title=Diffusion&oldid=1211876543"
    post = extract_source(diffusion, (answer(diffusion, OLD_REVISION),))
    assert post.published == dt.datetime(2024, 3, 3, 14, 2, tzinfo=dt.UTC)


# --- the user the page shows as the edit's, and a note crediting the edit to one ---------------------------


def test_the_user_an_old_revision_s_page_shows_as_its_editor_is_kept() -> None:
    post = extract_source(PERMANENT, (answer(PERMANENT, OLD_REVISION),))
    assert post.fields["editor"] == "Medic4Ever"


def test_the_user_of_a_diff_s_later_column_is_kept_not_the_earlier_one_s() -> None:
    for url in (DIFF, "https://en.wikipedia.org/w/index.php?title=X&diff=next&oldid=1211000000"):
        post = extract_source(url, (answer(url, _diff_page()),))
        assert post.fields["editor"] == "Medic4Ever"  # Rsvwatch made the revision before


def test_a_page_showing_another_revision_than_the_cited_one_names_no_editor() -> None:
    # Its user is another revision's: the same conditions as its time.
    other = OLD_REVISION.replace('"wgRevisionId":1211876543', '"wgRevisionId":1262110045')
    assert "editor" not in extract_source(PERMANENT, (answer(PERMANENT, other),)).fields
    other_diff = _diff_page().replace('"wgDiffNewId":1211876543', '"wgDiffNewId":1262110045')
    assert "editor" not in extract_source(DIFF, (answer(DIFF, other_diff),)).fields
    # An article's current page cites no revision: its box, were it shown, is no cited edit's.
    assert "editor" not in extract_source(ARTICLE, (answer(ARTICLE, OLD_REVISION),)).fields


EDIT_NOTE = 'Wikipedia, "Respiratory syncytial virus vaccine", {claim}, 3 March 2024, {url}'


@pytest.mark.parametrize(
    ("claim", "status", "detail"),
    [
        ("edit by Medic4Ever", "pass", "the page shows the edit as 'Medic4Ever''s, as the note credits it"),
        # One user's name, spelt as MediaWiki also takes it: case, `_` for a space, the namespace.
        (
            "edit by User:medic4ever",
            "pass",
            "the page shows the edit as 'Medic4Ever''s, as the note credits it",
        ),
        (
            "edit by Rsvwatch",
            "fail",
            "the note credits the edit to 'Rsvwatch'; the page shows it as 'Medic4Ever''s",
        ),
        (
            "Rsvwatch's edit",
            "fail",
            "the note credits the edit to 'Rsvwatch'; the page shows it as 'Medic4Ever''s",
        ),
    ],
)
def test_a_note_crediting_the_edit_to_a_user_is_held_to_the_user_the_page_shows(
    claim: str, status: str, detail: str
) -> None:
    for url, page in ((PERMANENT, OLD_REVISION), (DIFF, _diff_page())):
        post = extract_source(url, (answer(url, page),))
        note = EDIT_NOTE.format(claim=claim, url=url)
        result = author_check_as_parsed(Footnote(label="1", text=note, line=1, urls=(url,)), post)
        assert result.status == status, result.detail
        assert detail in result.detail


def test_a_note_crediting_an_edit_on_a_page_showing_no_editor_asks_a_person() -> None:
    # The article's current page shows no revision's user: nothing confirms the edit's, nothing denies it.
    post = extract_source(ARTICLE, (answer(ARTICLE, OLD_REVISION),))
    note = EDIT_NOTE.format(claim="edit by Medic4Ever", url=ARTICLE)
    result = author_check_as_parsed(Footnote(label="1", text=note, line=1, urls=(ARTICLE,)), post)
    assert result.status == "warn"
    assert "the note credits the edit to 'Medic4Ever'; the page shows no editor of the cited revision" in (
        result.detail
    )
    # A note crediting only the wiki passes as before.
    plain = EDIT_NOTE.format(claim="revision", url=ARTICLE)
    assert author_check_as_parsed(Footnote(label="1", text=plain, line=1, urls=(ARTICLE,)), post).status == (
        "pass"
    )


# --- a diff to the article's current revision -------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "compared"),
    [
        ("https://en.wikipedia.org/w/index.php?title=X&diff=cur&oldid=1211876543", "1211876543"),
        ("https://en.wikipedia.org/w/index.php?title=X&diff=CUR&oldid=1211876543", "1211876543"),
        # MediaWiki reads `diff=0` as `cur`: the revision `oldid` names beside the current one.
        ("https://en.wikipedia.org/w/index.php?title=X&diff=0&oldid=1211876543", "1211876543"),
        # `diff=0` alone compares the current revision with the one before it: no revision of the link's.
        ("https://en.wikipedia.org/w/index.php?title=X&diff=0", None),
        ("https://en.wikipedia.org/wiki/Special:Diff/1211876543/cur", "1211876543"),
        ("https://de.wikipedia.org/wiki/Spezial:Diff/1211876543/cur", "1211876543"),
        # A diff fixed in time, or to the next edit (fixed once made): no current revision compared.
        ("https://en.wikipedia.org/w/index.php?title=X&diff=next&oldid=1211876543", None),
        ("https://en.wikipedia.org/w/index.php?title=X&diff=1261375012&oldid=1211876543", None),
        ("https://en.wikipedia.org/wiki/Special:Diff/1211876543/1261375012", None),
        ("https://en.wikipedia.org/w/index.php?title=X&oldid=1211876543", None),
        ("https://wiki.example.org/w/index.php?title=X&diff=cur&oldid=1211876543", None),
    ],
)
def test_a_diff_to_the_current_revision_names_the_revision_it_compares(
    url: str, compared: str | None
) -> None:
    assert compared_with_the_current(url) == compared


@pytest.mark.parametrize(
    ("url", "named"),
    [
        ("https://en.wikipedia.org/w/index.php?title=X&diff=cur&oldid=1211876543", "diff=cur"),
        ("https://en.wikipedia.org/w/index.php?title=X&diff=0&oldid=1211876543", "diff=0"),
        ("https://en.wikipedia.org/wiki/Special:Diff/1211876543/cur", "Special:Diff/…/cur"),
        ("https://de.wikipedia.org/wiki/Spezial:Diff/1211876543/cur", "Special:Diff/…/cur"),
    ],
)
def test_a_detail_names_the_current_revision_as_the_link_does(url: str, named: str) -> None:
    # Details said "(diff=cur)" of every such link, words a `diff=0` link's reader would not find in it.
    assert current_named_as(url) == named


CURRENT_DIFF = "https://en.wikipedia.org/w/index.php?title=Harbour_Bridge_of_Tarlin&diff=cur&oldid=1211876543"
CURRENT_DIFF_PAGE = (
    Path(__file__).parent.parent / "assets" / "wiki_revisions" / "en_wikipedia_diff_cur.html"
).read_text(encoding="utf-8")


def test_a_diff_to_revision_zero_is_read_as_mediawiki_shows_it_a_diff_to_the_current_one() -> None:
    # `diff=0&oldid=N` shows N beside the current revision, as `diff=cur` does: read as a diff to a revision
    # 0, no line of the page dated it, and its left column (N) was read as the lines the edit removed.
    zero = CURRENT_DIFF.replace("diff=cur", "diff=0")
    post = extract_source(zero, (answer(zero, CURRENT_DIFF_PAGE),))
    assert post.published == dt.datetime(2024, 12, 4, 8, 37, tzinfo=dt.UTC)
    assert post.fields["revision compared with the current one"] == "1211876543"
    assert post.fields["compared revision's editor"] == "Pontifex Maris"


def test_a_diff_to_the_current_revision_keeps_the_compared_revision_s_time_and_user() -> None:
    post = extract_source(CURRENT_DIFF, (answer(CURRENT_DIFF, CURRENT_DIFF_PAGE),))
    # The page shows the article's current revision: dated by it, saying whose time it is.
    assert post.published == dt.datetime(2024, 12, 4, 8, 37, tzinfo=dt.UTC)
    assert "the article's current one" in (post.published_from or "")
    assert (post.fields["wikipedia revision"], post.fields["editor"]) == ("1261375012", "Kellerassel")
    # The revision its link names, as the left column shows it.
    assert post.fields["revision compared with the current one"] == "1211876543"
    assert post.fields["compared revision's time"] == "2024-03-03T14:02:00Z"
    assert post.fields["compared revision's editor"] == "Pontifex Maris"
    # Neither column's heading is the article's words.
    assert "Pontifex" not in post.text and "14:02" not in post.text


def test_a_diff_to_the_current_revision_in_the_wiki_s_language_gives_the_compared_revision_s_day() -> None:
    german = CURRENT_DIFF.replace("en.wikipedia", "de.wikipedia")
    page = CURRENT_DIFF_PAGE.replace(
        "Revision as of 14:02, 3 March 2024", "Version vom 3. M\u00e4rz 2024, 14:02 Uhr"
    )
    post = extract_source(german, (answer(german, page),))
    assert post.fields["compared revision's time"] == "2024-03-03"


def test_a_diff_to_the_current_revision_showing_another_older_one_gives_none_of_its_time_or_user() -> None:
    for page in (
        CURRENT_DIFF_PAGE.replace('"wgDiffOldId":1211876543', '"wgDiffOldId":1211000000'),
        CURRENT_DIFF_PAGE.replace('&amp;oldid=1211876543" title', '&amp;oldid=1211000000" title'),
    ):
        assert page != CURRENT_DIFF_PAGE
        fields = extract_source(CURRENT_DIFF, (answer(CURRENT_DIFF, page),)).fields
        assert fields["revision compared with the current one"] == "1211876543"
        assert "compared revision's time" not in fields and "compared revision's editor" not in fields


def test_a_hostile_diff_to_the_current_revision_is_read_fast() -> None:
    # The config's older revision's id, asked of a diff to the current one: a crafted head of near-misses
    # before the page's own config, which still dates the compared revision.
    hostile = CURRENT_DIFF_PAGE.replace("<head>", "<head>" + '"wgDiffOldId": ' * 20_000, 1)
    started = time.process_time()
    fields = extract_source(CURRENT_DIFF, (answer(CURRENT_DIFF, hostile),)).fields
    assert time.process_time() - started < 3.0
    assert fields["compared revision's time"] == "2024-03-03T14:02:00Z"


# --- a mobile diff (MobileFrontend's `Special:MobileDiff/<revision>`) ---------------------------------------

MOBILE_DIFF = "https://en.m.wikipedia.org/wiki/Special:MobileDiff/1211876543"
MOBILE_DIFF_PAGE = (
    Path(__file__).parent.parent / "assets" / "wiki_revisions" / "en_m_wikipedia_mobile_diff.html"
).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("url", "revision"),
    [
        (MOBILE_DIFF, "1211876543"),
        ("https://en.m.wikipedia.org/wiki/Special:MobileDiff/1211000000...1211876543", "1211876543"),
        ("https://en.m.wikipedia.org/w/index.php?title=Special:MobileDiff/1211876543", "1211876543"),
        ("https://en.m.wikipedia.org/wiki/Special:MobileDiff/next", None),
    ],
)
def test_a_mobile_diff_names_the_revision_it_shows(url: str, revision: str | None) -> None:
    assert cited_revision(url) == revision


def test_a_mobile_diff_s_user_and_time_are_read_from_its_own_markup() -> None:
    post = extract_source(MOBILE_DIFF, (answer(MOBILE_DIFF, MOBILE_DIFF_PAGE),))
    # Its user in `#mw-mf-userinfo`, no `mw-userlink`; its time in its heading beside the bytes it added.
    assert post.fields["editor"] == "Pontifex Maris"
    assert (post.published, post.published_from) == (
        dt.datetime(2024, 3, 3, 14, 2, tzinfo=dt.UTC),
        "the time of revision 1211876543, as the page shows it",
    )
    # The article its heading names, not MobileFrontend's `Changes to …`.
    assert post.title == "Harbour Bridge of Tarlin"
    # Its summary, the words it removed, its heading and its user's box are no words of the revision.
    assert post.fields["edit summaries"] == "/* Closure */ the port authority's closure notice"
    assert post.fields["lines the edit removed"] == "The bridge is open to all traffic."
    for shown in ("open to all traffic", "2,318 edits", "+96 bytes", "Pontifex"):
        assert shown not in post.text
    assert "closed the bridge to lorries over 7.5 tonnes" in post.text


def test_a_mobile_diff_naming_no_user_or_another_revision_gives_no_editor() -> None:
    # An edit by an IP address: the box names no user's page; the note's credit is compared by hand.
    anonymous = MOBILE_DIFF_PAGE.replace(
        '<a href="/wiki/User:Pontifex_Maris">Pontifex Maris</a>', "<span>Anonymous user</span>"
    )
    post = extract_source(MOBILE_DIFF, (answer(MOBILE_DIFF, anonymous),))
    assert "editor" not in post.fields
    assert post.published == dt.datetime(2024, 3, 3, 14, 2, tzinfo=dt.UTC)
    # A page whose config names another revision than the link's shows another edit: neither user nor time.
    other = MOBILE_DIFF_PAGE.replace('"wgRevisionId":0', '"wgRevisionId":1262110045')
    post = extract_source(MOBILE_DIFF, (answer(MOBILE_DIFF, other),))
    assert "editor" not in post.fields and post.published is None
