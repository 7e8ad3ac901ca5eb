"""A BAILII judgment is dated by the judgment's day its title or its text gives (never a hearing's), and a
legislation.gov.uk provision by the day of the version shown: neither page gives a day a web page is dated
by."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from provenance.extractors import extract_source, extractor_for
from provenance.extractors.judgments import JudgmentDayExtractor, judgment_day, version_day
from tests.extractors.support import answer

ASSETS = Path(__file__).parent.parent / "assets" / "fact_checker_7"
JUDGMENT = (ASSETS / "bailii_judgment.html").read_text(encoding="utf-8")
SECTION = (ASSETS / "legislation_section.html").read_text(encoding="utf-8")
BAILII = "https://www.bailii.org/ew/cases/EWCA/Civ/2024/412.html"
STATUTE = "https://www.legislation.gov.uk/ukpga/2018/12/section/155"


def _dated(url: str, html: str) -> tuple[dt.datetime | None, bool, str | None]:
    post = extract_source(url, (answer(url, html),))
    return post.published, post.published_day_only, post.published_from


def test_a_bailii_judgment_is_dated_by_the_day_its_title_gives() -> None:
    # Read as any web page, it had no date: a note citing the judgment's day was unconfirmed.
    assert _dated(BAILII, JUDGMENT) == (
        dt.datetime(2024, 4, 24, tzinfo=dt.UTC),
        True,
        "the judgment's day, in BAILII's title",
    )


def test_a_bailii_judgment_whose_title_gives_no_day_is_dated_by_its_text_s_judgment_date() -> None:
    html = JUDGMENT.replace(" (24 April 2024)</TITLE>", "</TITLE>").replace(
        "Royal Courts of Justice<BR>", "Hearing date: 05/03/2024<BR>Judgment date: 24/04/2024<BR>"
    )
    assert _dated(BAILII, html) == (
        dt.datetime(2024, 4, 24, tzinfo=dt.UTC),
        True,
        "the judgment's day, beside 'Judgment date: 24/04/2024' in the judgment",
    )


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Date: 24/04/2024", dt.date(2024, 4, 24)),
        ("Date of judgment : 3 May 2023", dt.date(2023, 5, 3)),
        ("Judgment date 1st July 2022", dt.date(2022, 7, 1)),
        ("Hearing date: 05/03/2024", None),  # a hearing's day is no judgment's
        ("Hearing dates : 5 and 6 March 2024", None),
        ("Date: 31/02/2024", None),  # no day of the calendar
    ],
)
def test_only_a_judgment_s_own_day_is_read_from_its_text(text: str, day: dt.date | None) -> None:
    dated = judgment_day("Doe v Roe [2024] EWHC 1 (KB)", text)
    assert (dated[0] if dated is not None else None) == day


def test_a_judgment_page_giving_no_day_stays_undated() -> None:
    html = JUDGMENT.replace(" (24 April 2024)", "").replace("24/04/2024", "")
    assert _dated(BAILII, html) == (None, False, None)


def test_a_legislation_gov_uk_provision_is_dated_by_the_day_of_the_version_shown() -> None:
    assert _dated(STATUTE, SECTION) == (
        dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
        True,
        "the day of the version shown, 'Point in time view as at 01/01/2024'",
    )


def test_a_provision_shown_as_in_force_on_a_day_is_dated_by_that_day() -> None:
    html = SECTION.replace(
        "Point in time view as at 01/01/2024.", "This version as in force on 6 April 2023."
    )
    assert _dated(STATUTE, html)[:2] == (dt.datetime(2023, 4, 6, tzinfo=dt.UTC), True)
    assert version_day("no version's day here") is None


def test_only_bailii_s_cases_and_legislation_gov_uk_are_read_so() -> None:
    assert isinstance(extractor_for(BAILII), JudgmentDayExtractor)
    assert isinstance(extractor_for(STATUTE), JudgmentDayExtractor)
    assert not isinstance(extractor_for("https://www.bailii.org/databases.html"), JudgmentDayExtractor)
    assert not isinstance(extractor_for("https://news.example/2024/04/24/judgment"), JudgmentDayExtractor)


def test_an_error_page_is_not_dated() -> None:
    post = extract_source(BAILII, (answer(BAILII, JUDGMENT, status=404),))
    assert post.published_from != "the judgment's day, in BAILII's title"


def test_the_day_patterns_are_read_in_linear_time_on_hostile_input() -> None:
    hostile = [
        "(" * 100_000,
        "(24 April 2024" * 7_200,
        "Date: " * 17_000,
        "Date: 24/" * 11_200,
        "hearing date " * 8_000,
        "point in time view as at " * 4_000,
        "as in force on 1 " * 6_000,
        "Judgment date 1st " * 6_000,
    ]
    started = time.process_time()
    for text in hostile:
        assert len(text) >= 100_000
        judgment_day(text, text)
        version_day(text)
    assert time.process_time() - started < 0.5
    # A whole hostile page through the extractor: title and text bounded.
    page = f"<html><head><title>{hostile[1]}</title></head><body><p>{hostile[3]}</p></body></html>"
    started = time.process_time()
    _dated(BAILII, page)
    _dated(STATUTE, f"<html><body><p>{hostile[5]}</p></body></html>")
    assert time.process_time() - started < 2.0
