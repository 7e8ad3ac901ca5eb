"""A note whose date is written in numbers whose day and month could swap (`12/03/2024`: 12 March or 3
December), which its parse gives no day for: held to the source on both readings. Skipped as a note without
a date, the check said nothing of a source of neither day; it fails that, and warns, naming the reading,
where the source is of one: which the note means it does not say."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

import pytest

from provenance.checks import CheckInput
from provenance.checks.date import check_date
from provenance.citations.parse import parse_citation
from provenance.models import Context, Footnote, Platform, SourcePost

_URL = "https://www.eastbourne.example/budget"


def _given(note_day: str, published: dt.datetime | None, offline: bool = False) -> CheckInput:
    footnote = Footnote(
        label="1",
        text=f"Dana Whitfield, \u201cCouncil approves budget\u201d, Eastbourne Council, {note_day}, {_URL}",
        line=5,
        contexts=(Context(line=1, text="The council approved the budget."),),
    )
    parsed = parse_citation(footnote)
    source = (
        None if offline else SourcePost(platform=Platform.WEB, url=_URL, published=published, **_HTMLDATE_S)
    )
    given = CheckInput(footnote=footnote, citation=parsed.citation, outcome=None, live=source, source=source)
    return replace(given, offline=offline, findings=parsed.findings)


# A day htmldate read from the page's text: a day alone.
_HTMLDATE_S: dict[str, Any] = {"published_day_only": True, "published_from": "htmldate"}
_MARCH_12 = dt.datetime(2024, 3, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("note_day", "order"),
    [
        ("12/03/2024", "day first"),
        ("03/12/2024", "month first"),
        ("12-03-2024", "day first"),
    ],
)
def test_a_note_s_date_that_reads_two_ways_warns_naming_the_reading_the_source_confirms(
    note_day: str, order: str
) -> None:
    result = check_date(_given(note_day, _MARCH_12))
    assert result.status == "warn"
    assert f"read {order}, the source gives the day 2024-03-12 (htmldate)" in result.detail
    assert result.detail.endswith(
        "which the note means it does not say: write the month as a word or use YYYY-MM-DD"
    )


def test_a_source_of_neither_reading_fails() -> None:
    result = check_date(_given("05/06/2024", _MARCH_12))
    assert result.status == "fail"
    assert result.detail.startswith(
        "the note's 05/06/2024 reads 5 June 2024 or 6 May 2024, day or month first, and the source is of "
        "neither"
    )


def test_a_source_a_day_from_one_reading_warns() -> None:
    result = check_date(_given("11/03/2024", dt.datetime(2024, 3, 12, 1, 30, tzinfo=dt.UTC)))
    assert result.status == "warn"


def test_without_a_source_the_detail_says_the_note_s_date_reads_two_ways() -> None:
    result = check_date(_given("12/03/2024", None, offline=True))
    assert result.status == "skip"
    assert result.detail == (
        "the note's 12/03/2024 reads 12 March 2024 or 3 December 2024, day or month first; no content "
        "captured to compare"
    )


@pytest.mark.parametrize(
    "note_day",
    ["no date at all", "25/03/2024", "12/03/24"],
    ids=["no date", "a day one order reads", "a two-digit year, which some scripts write first"],
)
def test_a_note_whose_date_does_not_read_two_ways_is_checked_as_before(note_day: str) -> None:
    result = check_date(_given(note_day, _MARCH_12))
    assert "reads" not in result.detail
