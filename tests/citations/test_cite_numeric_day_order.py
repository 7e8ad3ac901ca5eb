"""A note's date written in numbers whose day and month could swap (`12/03/2024`), read in the order the
report's other notes prove (`25/03/2024`: day first), with a warning naming the reading; left two-way where
the report proves no order, or both."""

from __future__ import annotations

import datetime as dt

from provenance.citations.cite import (
    DATE_IN_THE_REPORT_S_ORDER,
    CitingByPosition,
    NumberedFootnotes,
    cite_footnotes,
)
from provenance.models import Footnote, Report, ReportFormat


def _report(*notes: str) -> Report:
    footnotes = tuple(Footnote(label=str(at), text=text, line=at) for at, text in enumerate(notes, start=1))
    return Report(path="brief.md", format=ReportFormat.MARKDOWN, sha256="0" * 64, footnotes=footnotes)


def _dates_and_codes(*notes: str) -> list[tuple[dt.date | None, list[str]]]:
    cited = cite_footnotes(_report(*notes), None)
    return [(note.citation.date, [finding.code for finding in note.findings]) for note in cited]


_TWO_WAYS = "Harbour Times, \u201cBridge to reopen\u201d, 12/03/2024, https://example.com/a"


def test_a_day_first_report_s_two_way_date_is_read_day_first_with_a_warning() -> None:
    first, _ = _dates_and_codes(
        _TWO_WAYS, "Harbour Times, \u201cCouncil meets\u201d, 25/03/2024, https://example.com/b"
    )
    assert first == (dt.date(2024, 3, 12), [DATE_IN_THE_REPORT_S_ORDER])


def test_a_month_first_report_s_two_way_date_is_read_month_first() -> None:
    first, _ = _dates_and_codes(
        _TWO_WAYS, "Harbour Times, \u201cCouncil meets\u201d, 03/25/2024, https://example.com/b"
    )
    assert first == (dt.date(2024, 12, 3), [DATE_IN_THE_REPORT_S_ORDER])


def test_a_report_proving_no_order_or_both_leaves_the_date_two_way() -> None:
    assert _dates_and_codes(_TWO_WAYS)[0] == (None, ["ambiguous-date", "missing-date"])
    both = _dates_and_codes(
        _TWO_WAYS,
        "Harbour Times, \u201cCouncil meets\u201d, 25/03/2024, https://example.com/b",
        "Harbour Times, \u201cPort opens\u201d, 03/25/2024, https://example.com/c",
    )
    assert both[0] == (None, ["ambiguous-date", "missing-date"])


def test_a_link_s_path_or_a_quoted_passage_proves_no_order() -> None:
    # A page's path (`/25/03/2024/`) and a source's words are not the report's own writing.
    notes = (
        _TWO_WAYS,
        "Harbour Times, \u201cCouncil meets on 25/03/2024\u201d, March 20, 2024, https://example.com/2024/25/03/2024/b",
    )
    assert _dates_and_codes(*notes)[0] == (None, ["ambiguous-date", "missing-date"])


def test_a_two_digit_year_is_left_two_way() -> None:
    # `12/03/24` may be written year first (a note in Japanese script), whatever the report's order.
    notes = (
        "Harbour Times, \u201cBridge\u201d, 12/03/24, https://example.com/a",
        "Harbour Times, \u201cMeets\u201d, 25/03/2024, https://example.com/b",
    )
    assert _dates_and_codes(*notes)[0][0] is None


def test_a_forked_half_reads_the_order_from_the_whole_report() -> None:
    # `extract` cites each half of a long report in its own process: the note proving the order may be in
    # the other half, which this one never cites.
    notes = _report(_TWO_WAYS, "Harbour Times, \u201cCouncil meets\u201d, 25/03/2024, https://example.com/b")
    cite = CitingByPosition(notes.footnotes, None)
    first_half = [cite(numbered) for numbered in NumberedFootnotes(notes.footnotes)[:1]]
    assert first_half[0].citation.date == dt.date(2024, 3, 12)
