"""A page whose date is written in numbers whose day and month could swap (`12/03/2024`: 12 March day first,
3 December month first), which htmldate reads day first on every page: read in the order the page shows
(its own dates, its site and locale, its `en-US` and its dates in words together), and where nothing on
it decides, read both ways, so that the date check neither passes nor fails a note on a guess."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from provenance.checks import CheckInput
from provenance.checks.date import check_date
from provenance.extractors import extract_source
from provenance.models import Citation, Context, Footnote, Platform, SourcePost
from provenance.numeric_days import (
    DAY_FIRST,
    MONTH_FIRST,
    READ_ONE_WAY,
    READ_TWO_WAYS,
    page_s_order,
    read_in,
    readings,
    report_s_order,
    written_two_ways,
)
from tests.extractors.support import answer

_US_URL = "https://www.daytonledger.com/news/local/council-approves-budget"
_MARCH_12, _DECEMBER_3 = dt.date(2024, 3, 12), dt.date(2024, 12, 3)
_STORY = "<p>" + "The council voted on Tuesday to approve the budget after a long debate. " * 4 + "</p>"


def _page(day: str, lang: str = "en-US", head: str = "", more: str = "") -> str:
    """A local story whose only date is `day` under its byline, in a page of `lang`, with `head` in its head
    and `more` after its text (a comment's day, a related story)."""
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>Council approves budget'
        f'</title>{head}</head><body><main><article><h1>Council approves budget</h1><div class="byline">By '
        f'Dana Whitfield</div><div class="meta"><span class="date">{day}</span></div>{_STORY}</article>'
        f"{more}</main></body></html>"
    )


def _read(page: str, url: str = _US_URL) -> SourcePost:
    return extract_source(url, (answer(url, page),))


_FOOTNOTE = Footnote(label="1", text="x", line=3, contexts=(Context(line=1, text="t"),))


def _date_check(post: SourcePost, cited: dt.date) -> tuple[str, str]:
    citation = Citation(platform=Platform.WEB, date=cited, url=post.url)
    result = check_date(CheckInput(_FOOTNOTE, citation, outcome=None, live=post, source=post))
    return result.status, result.detail


# The page's one date, in numbers that read two ways, as its byline's line shows it.
_DAYS_READ_TWO_WAYS = (
    *("12/03/2024", "Posted 12-03-2024", "12/03/24", "<time>12/03/2024</time>"),
    '<time datetime="12/03/2024">Tuesday</time>',
)


@pytest.mark.parametrize("day", _DAYS_READ_TWO_WAYS)
def test_a_numeric_date_nothing_on_the_page_orders_passes_and_fails_no_note(day: str) -> None:
    # An `en-US` page (what CMSes declare unless told otherwise) on a .com host: 12 March or 3 December.
    post = _read(_page(day))
    assert post.fields[READ_TWO_WAYS] in day
    for cited in (_MARCH_12, _DECEMBER_3):
        status, detail = _date_check(post, cited)
        assert status == "warn"
        assert "reads 12 March 2024 or 3 December 2024" in detail
        assert detail.endswith("nothing on the page says which: check which")


def test_a_day_neither_reading_gives_still_fails() -> None:
    status, detail = _date_check(_read(_page("12/03/2024")), dt.date(2024, 6, 20))
    assert status == "fail"
    said = "reads 12 March 2024 or 3 December 2024, day or month first: neither is the cited day"
    assert detail.endswith(said)


def test_a_us_page_writing_its_other_dates_month_first_in_words_reads_it_month_first() -> None:
    more = '<aside><a href="/news/local/park">Park reopens</a> <span>March 5, 2024</span></aside>'
    post = _read(_page("12/03/2024", more=more))
    assert post.published == dt.datetime(2024, 12, 3, tzinfo=dt.UTC)
    assert READ_TWO_WAYS not in post.fields
    assert post.fields[READ_ONE_WAY] == "12/03/2024, month first (its en-US locale and its dates in words)"
    assert _date_check(post, _DECEMBER_3) == (
        "pass",
        "the source gives the day 2024-12-03 (htmldate); the page writes it 12/03/2024, month first (its "
        "en-US locale and its dates in words)",
    )
    assert _date_check(post, _MARCH_12)[0] == "fail"


@pytest.mark.parametrize(
    ("lang", "url"),
    [
        ("en-GB", _US_URL),
        ("en", "https://www.eastbourneherald.co.uk/news/council-approves-budget"),
        ("fr", "https://www.courrier-local.com/actualite/budget"),
    ],
    ids=["a British locale", "a .uk site", "a page in French"],
)
def test_a_page_of_a_place_writing_day_first_reads_it_day_first(lang: str, url: str) -> None:
    post = _read(_page("12/03/2024", lang=lang), url)
    assert post.published == dt.datetime(2024, 3, 12, tzinfo=dt.UTC)
    assert _date_check(post, _MARCH_12)[0] == "pass"
    assert _date_check(post, _DECEMBER_3)[0] == "fail"


def test_a_us_government_site_reads_it_month_first() -> None:
    post = _read(_page("12/03/2024", lang="en"), "https://www.dayton.gov/news/council-approves-budget")
    assert post.published == dt.datetime(2024, 12, 3, tzinfo=dt.UTC)
    assert _date_check(post, _DECEMBER_3)[0] == "pass"


def test_the_page_s_own_numeric_dates_over_12_decide_over_its_locale() -> None:
    # A British locale, but the site writes its comments' days month first (`03/25/2024`).
    more = '<section class="comments"><p>Ron K. <span>03/25/2024</span> Good call.</p></section>'
    post = _read(_page("12/03/2024", lang="en-GB", more=more))
    assert post.published == dt.datetime(2024, 12, 3, tzinfo=dt.UTC)
    assert post.fields[READ_ONE_WAY] == "12/03/2024, month first (the page's own dates)"


def test_the_page_s_own_dates_in_both_orders_decide_nothing() -> None:
    more = '<section class="comments"><p><span>03/25/2024</span></p><p><span>26/03/2024</span></p></section>'
    post = _read(_page("12/03/2024", lang="en-GB", more=more))
    assert post.fields[READ_TWO_WAYS] == "12/03/2024"
    assert _date_check(post, _MARCH_12)[0] == "warn"


def test_an_iso_day_of_the_page_s_metadata_says_which_reading_it_is() -> None:
    head = (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        '"headline": "Council approves budget", "dateModified": "2024-12-03T18:00:00-05:00"}</script>'
    )
    post = _read(_page("12/03/2024", head=head))
    assert post.published == dt.datetime(2024, 12, 3, tzinfo=dt.UTC)
    assert _date_check(post, _DECEMBER_3)[0] == "pass"


@pytest.mark.parametrize(
    ("day", "published"),
    [("25/03/2024", dt.date(2024, 3, 25)), ("2024-03-12", _MARCH_12), ("12.03.2024", _MARCH_12)],
    ids=["a day over 12", "an ISO day", "a dotted day, day first everywhere"],
)
def test_a_date_one_order_reads_is_not_read_two_ways(day: str, published: dt.date) -> None:
    post = _read(_page(day))
    assert post.published is not None and post.published.date() == published
    assert READ_TWO_WAYS not in post.fields
    assert _date_check(post, published)[0] == "pass"


@pytest.mark.parametrize("plainly", ["2024-03-12", "March 12, 2024", "12th of March 2024"])
def test_a_day_the_page_also_gives_in_a_form_one_order_reads_is_not_read_two_ways(plainly: str) -> None:
    # htmldate's day may be that form's: the numeric date beside it (a sidebar's) is then not the page's.
    post = _read(_page(f"Published {plainly}", more="<aside><span>12/03/2024</span></aside>"))
    assert post.published == dt.datetime(2024, 3, 12, tzinfo=dt.UTC)
    assert READ_TWO_WAYS not in post.fields and READ_ONE_WAY not in post.fields


def test_readings_are_the_two_days_a_swappable_date_names() -> None:
    assert readings("12/03/2024") == (_MARCH_12, _DECEMBER_3)
    assert readings("3-12-24") == (_DECEMBER_3, _MARCH_12)
    assert readings("25/03/2024") is None  # one order alone reads it
    assert readings("03/03/2024") is None  # both orders read the same day
    assert readings("12.03.2024") is None  # dotted: day first everywhere
    assert readings("1/12/03/2024") is None


def test_written_two_ways_finds_the_page_s_form_of_either_reading() -> None:
    assert written_two_ways(_DECEMBER_3, "Posted 12/03/2024 9:00") == "12/03/2024"
    assert written_two_ways(_MARCH_12, "Posted 12/03/2024 9:00") == "12/03/2024"
    assert written_two_ways(_MARCH_12, "Posted 2024-03-12, 25/03/2024") is None


def test_page_s_order_needs_two_hints_that_agree() -> None:
    assert page_s_order("12/03/2024", "no dates", [], "x.com", ["en-US"]) is None
    assert page_s_order("12/03/2024", "March 5, 2024", [], "x.com", [""]) is None
    assert page_s_order("12/03/2024", "March 5, 2024", [], "x.com", ["en-US"]) == (
        MONTH_FIRST,
        "its en-US locale and its dates in words",
    )
    assert page_s_order("12/03/2024", "March 5, 2024; 5 March 2024", [], "x.com", ["en_US"]) is None
    assert page_s_order("12/03/2024", "", [], "x.ca", ["en-CA"]) is None
    assert page_s_order("12/03/2024", "", [], "x.de", [""]) == (DAY_FIRST, "the page's site and locale")
    assert page_s_order("12/03/2024", "", [], "x.io", ["en-US"]) is None  # a domain taken for its letters
    assert page_s_order("12/03/2024", "", [], "x.de", ["en-US"]) == (DAY_FIRST, "the page's site and locale")


def test_a_hostile_page_is_read_fast() -> None:
    started = time.process_time()
    crafted = (
        "1/" * 50_000,
        "12/03/" * 17_000,
        "12-03-2" * 15_000,
        "march 1" * 15_000,
        "1st of march " * 8_000,
        "12/03/2024 " * 9_000,
    )
    for text in crafted:
        page_s_order("12/03/2024", text, [text], "x.com", [text, "en-US"])
        written_two_ways(_MARCH_12, text)
        _read(_page("12/03/2024", more=f"<p>{text}</p>"))
    assert time.process_time() - started < 10.0


def test_a_report_s_notes_prove_its_order_where_one_order_alone_reads_one_of_them() -> None:
    assert report_s_order(["Council, 12/03/2024", "Park, 25/03/2024"]) == DAY_FIRST
    assert report_s_order(["Council, 12/03/2024", "Park, 03/25/2024"]) == MONTH_FIRST
    assert (
        report_s_order(["Council, 12/03/2024", "Park, 2024-03-25, https://x.example/2024/03/25/park"]) is None
    )
    assert report_s_order(["Park, 25/03/2024", "Fair, 03/26/2024"]) is None  # both orders: none
    assert report_s_order(["Council, 12/03/2024", "Final score 13-12-10"]) is None  # no year of four digits
    assert read_in("12/03/2024", DAY_FIRST) == _MARCH_12
    assert read_in("12/03/2024", MONTH_FIRST) == _DECEMBER_3


def test_a_hostile_report_s_notes_are_read_fast() -> None:
    started = time.process_time()
    report_s_order(["1/" * 50_000, "12/03/" * 17_000, "25/03/2024 " * 9_000] * 10)
    assert time.process_time() - started < 5.0
