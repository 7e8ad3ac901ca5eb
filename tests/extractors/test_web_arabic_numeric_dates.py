"""A numeric date in Arabic-Indic digits under an article's headline (`١٢-٠٣-٢٠٢٤`, `١٢/٠٣/٢٠٢٤`): read day
first on a page in Arabic, as its writers and readers write dates. It was read as either day-month or
month-day, and a true note citing an Arabic newspaper's article so dated warned "no publication date"."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from provenance.checks import CheckInput
from provenance.checks.date import check_date
from provenance.citations.dates import find_date, read_day_first_in_arabic
from provenance.extractors import extract_source
from provenance.models import Citation, Context, Footnote, Platform, SourcePost
from tests.extractors.support import answer

_URL = "https://al-akhbar.com/Lebanon/378123"
_HEADLINE = "وزير الكهرباء: انقطاع التيار في الجنوب سببه عطل في محطة الزهراني"
_STORY = (
    "<p>" + "قال وزير الكهرباء إن انقطاع التيار الذي طال محافظات الجنوب سببه عطل فني في المحطة. " * 4 + "</p>"
)


def _page(day: str, lang: str | None = "ar", headline: str = _HEADLINE) -> str:
    """An article whose only date is `day`, on the line under its headline, in a page of `lang`."""
    declared = f' lang="{lang}"' if lang else ""
    return (
        f'<!DOCTYPE html><html{declared}><head><meta charset="utf-8"><title>{headline}</title></head>'
        f'<body><main><div class="article"><h1>{headline}</h1><div class="pinfo">'
        f'<span class="time">{day}</span></div>{_STORY}</div></main></body></html>'
    )


def _read(page: str) -> SourcePost:
    return extract_source(_URL, (answer(_URL, page),))


def _date_check(post: SourcePost, cited: dt.date) -> tuple[str, str]:
    citation = Citation(platform=Platform.WEB, date=cited, url=_URL)
    footnote = Footnote(label="1", text="x", line=3, contexts=(Context(line=1, text="t"),))
    result = check_date(
        CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)
    )
    return result.status, result.detail


@pytest.mark.parametrize("day", ["١٢-٠٣-٢٠٢٤", "١٢/٠٣/٢٠٢٤", "الثلاثاء ١٢/٠٣/٢٠٢٤"])
def test_an_arabic_page_s_numeric_date_in_arabic_indic_digits_is_read_day_first(day: str) -> None:
    post = _read(_page(day))
    assert post.published == dt.datetime(2024, 3, 12, tzinfo=dt.UTC)
    assert _date_check(post, dt.date(2024, 3, 12)) == (
        "pass",
        "the source gives the day 2024-03-12 (date line by the byline or headline)",
    )
    assert _date_check(post, dt.date(2024, 12, 3))[0] != "pass"  # month first, a true note's swap, fails


def test_a_page_declaring_no_language_whose_headline_is_arabic_reads_it_day_first() -> None:
    post = _read(_page("١٢-٠٣-٢٠٢٤", lang=None))
    assert post.published == dt.datetime(2024, 3, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("lang", "headline"),
    [
        ("en", "Power cut in the south caused by a fault at the Zahrani plant"),
        (None, "Power cut in the south caused by a fault at the Zahrani plant"),
        ("fa", "قطع برق در جنوب به دلیل خرابی نیروگاه"),
    ],
    ids=["an English page", "an undeclared page in English", "a Persian page"],
)
def test_the_same_digits_on_a_page_not_in_arabic_stay_ambiguous(lang: str | None, headline: str) -> None:
    post = _read(_page("١٢-٠٣-٢٠٢٤", lang=lang, headline=headline))
    assert post.published is None
    assert _date_check(post, dt.date(2024, 3, 12))[0] != "pass"


def test_ascii_digits_are_not_read_day_first_for_the_page_s_language() -> None:
    # Only Arabic-Indic digits are read so: the same date in ASCII digits may be a template's, in any order.
    assert read_day_first_in_arabic(find_date("12/03/2024")).ambiguous


@pytest.mark.parametrize("day", ["12/03/2024", "12-03-2024", "الثلاثاء 12/03/2024"])
def test_an_arabic_page_s_numeric_date_in_ascii_digits_is_read_day_first(day: str) -> None:
    # As its writers put it: the 12th of March, never the 3rd of December (the page's other dates aside).
    post = _read(_page(day))
    assert post.published == dt.datetime(2024, 3, 12, tzinfo=dt.UTC)
    assert _date_check(post, dt.date(2024, 3, 12))[0] == "pass"
    assert _date_check(post, dt.date(2024, 12, 3))[0] == "fail"


def _page_dated_by(metadata: str, lang: str | None = "ar", headline: str = _HEADLINE) -> str:
    """`_page` without a date line, dated by `metadata` in its head (JSON-LD, a `<time>`)."""
    return _page("", lang, headline).replace("</head>", f"{metadata}</head>")


def _in_arabic_indic_digits(text: str) -> str:
    return text.translate(str.maketrans("0123456789", "".join(map(chr, range(0x660, 0x66A)))))


_MOMENT = _in_arabic_indic_digits("2024-03-12T09:30:00+03:00")


def _json_ld_published(value: str) -> str:
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
        f'"headline": "{_HEADLINE}", "datePublished": "{value}"}}</script>'
    )


def test_an_arabic_page_s_json_ld_time_in_arabic_indic_digits_is_read() -> None:
    # Its `datePublished` (2024-03-12T09:30:00+03:00 in Arabic-Indic digits) was no ISO time: the page had no
    # date at all.
    post = _read(_page_dated_by(_json_ld_published(_MOMENT)))
    assert post.published == dt.datetime(2024, 3, 12, 6, 30, tzinfo=dt.UTC)
    status, detail = _date_check(post, dt.date(2024, 3, 12))
    assert status == "pass"
    assert detail.startswith("posted 2024-03-12 06:30 UTC (JSON-LD datePublished)")
    assert _date_check(post, dt.date(2024, 3, 10))[0] == "fail"


def test_an_arabic_page_s_time_element_in_arabic_indic_digits_gives_its_moment() -> None:
    page = _page(f'<time datetime="{_MOMENT}">الثلاثاء ١٢ آذار</time>')
    assert _read(page).published == dt.datetime(2024, 3, 12, 6, 30, tzinfo=dt.UTC)


def test_a_hijri_year_in_arabic_indic_digits_is_no_gregorian_day() -> None:
    # `١٤٤٥-٠٩-٠٢`, 2 Ramadan 1445: read as ASCII digits it would be the year 1445 of our era, and a true note
    # of 12 March 2024 would have failed.
    post = _read(_page_dated_by(_json_ld_published("١٤٤٥-٠٩-٠٢")))
    assert post.published is None
    assert _date_check(post, dt.date(2024, 3, 12))[0] == "warn"


@pytest.mark.parametrize(
    ("lang", "headline"),
    [("en", "Power cut in the south caused by a fault at the Zahrani plant"), ("fa", "قطع برق در جنوب")],
    ids=["an English page", "a Persian page"],
)
def test_arabic_indic_digits_in_another_language_s_metadata_are_not_read(lang: str, headline: str) -> None:
    post = _read(_page_dated_by(_json_ld_published(_MOMENT), lang, headline))
    assert post.published is None


def test_a_day_only_one_order_gives_is_read_as_before() -> None:
    assert read_day_first_in_arabic(find_date("٢٠/٠٣/٢٠٢٤")).date == dt.date(2024, 3, 20)
    assert read_day_first_in_arabic(find_date("٠٣/٢٠/٢٠٢٤")).date == dt.date(2024, 3, 20)
    assert read_day_first_in_arabic(find_date("١٢/٠٣/٢٠٢٤")).date == dt.date(2024, 3, 12)
    # Marks that differ are no one date.
    assert read_day_first_in_arabic(find_date("١٢-٠٣/٢٠٢٤")).date is None


def test_a_hostile_arabic_page_is_read_fast() -> None:
    started = time.process_time()
    crafted = ("\u0661" * 100_000, "١٢-" * 33_000 + "٢٠٢٤", "١٢/٠٣/" * 16_000, "١٢ / ٠٣ / " * 10_000 + "٢٠٢٤")
    for day in crafted:
        read_day_first_in_arabic(find_date(day))
        _read(_page(day))
        _read(_page_dated_by(_json_ld_published(day)))
    assert time.process_time() - started < 5.0
