"""An SEC EDGAR filing's index page is dated by the day the filing was filed and credited to the company
marked `(Filer)`; a current report's document (Form 8-K) by the Date of Report its inline XBRL cover tags,
credited to the registrant it names. Read as web pages, both were dated by whatever day htmldate took first
and credited to no one; another form's document (a 10-K) was dated by its fiscal year's end. A current
report's SIGNATURES block dates the day it was signed (`Date: March 15, 2024`), the day a note citing it as
"filed" gives: it was not read, and such a note failed against the Date of Report."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from provenance.extractors import extract_source, extractor_for
from provenance.extractors.edgar import FILING_DAY, SIGNED_FIELD, EdgarExtractor, day_of, edgar_file
from tests.extractors.support import answer

ASSETS = Path(__file__).parent.parent / "assets" / "fact_checker_8"
INDEX_HTML = (ASSETS / "edgar_8k_index.html").read_text(encoding="utf-8")
DOCUMENT_HTML = (ASSETS / "edgar_8k_document.html").read_text(encoding="utf-8")
FILING = "https://www.sec.gov/Archives/edgar/data/1823456/000182345624000031"
INDEX = f"{FILING}/0001823456-24-000031-index.htm"
DOCUMENT = f"{FILING}/hlvf-20240312.htm"


def test_a_filing_s_index_is_dated_by_its_filing_date_and_credited_to_its_filer() -> None:
    post = extract_source(INDEX, (answer(INDEX, INDEX_HTML),))
    assert (post.published, post.published_day_only) == (dt.datetime(2024, 3, 15, tzinfo=dt.UTC), True)
    assert post.published_from == f"{FILING_DAY}; its 'Period of Report' is 2024-03-12"
    assert post.author == "HALVORSEN FREIGHT INC."
    assert post.fields["period of report"] == "2024-03-12"
    assert post.fields["accepted"] == "2024-03-15 16:31:07"


def test_an_index_whose_period_is_its_filing_day_names_no_other_day() -> None:
    html = INDEX_HTML.replace('<div class="info">2024-03-12</div>', '<div class="info">2024-03-15</div>')
    post = extract_source(INDEX, (answer(INDEX, html),))
    assert post.published_from == FILING_DAY
    assert "period of report" not in post.fields


def test_a_current_report_is_dated_by_its_date_of_report_and_credited_to_its_registrant() -> None:
    post = extract_source(DOCUMENT, (answer(DOCUMENT, DOCUMENT_HTML),))
    assert (post.published, post.published_day_only) == (dt.datetime(2024, 3, 12, tzinfo=dt.UTC), True)
    assert post.published_from == (
        "the Date of Report on the 8-K's cover (dei:DocumentPeriodEndDate, the day of the earliest event "
        "reported)"
    )
    assert post.author == "Halvorsen Freight Inc."
    assert post.fields["form"] == "8-K"


def test_an_annual_report_s_document_is_not_dated_by_its_fiscal_year_s_end() -> None:
    # A 10-K's `dei:DocumentPeriodEndDate` is the end of the year it reports on; its text's days are that
    # year's: no note cites the document by them.
    html = (
        DOCUMENT_HTML.replace(">8-K</ix:nonNumeric>", ">10-K</ix:nonNumeric>")
        .replace(">March 12, 2024</ix:nonNumeric>", ">December 31, 2023</ix:nonNumeric>")
        .replace("Date of Report (Date of earliest event reported)", "For the fiscal year ended")
    )
    post = extract_source(DOCUMENT, (answer(DOCUMENT, html),))
    assert (post.published, post.published_from) == (None, None)
    assert post.fields["period of report"] == "2023-12-31"
    assert post.author == "Halvorsen Freight Inc."


SIGNED_LINE = '<td style="width:50%"><span style="font-size:10pt">Date: March 15, 2024</span></td>'


def test_a_current_report_keeps_the_day_its_signatures_block_dates() -> None:
    post = extract_source(DOCUMENT, (answer(DOCUMENT, DOCUMENT_HTML),))
    assert post.fields[SIGNED_FIELD] == "2024-03-15"
    assert post.published == dt.datetime(2024, 3, 12, tzinfo=dt.UTC)  # still dated by its Date of Report


@pytest.mark.parametrize(
    ("line", "signed"),
    [
        # `Dated:`, the label in one cell and the day in the next, a no-break space, a day before a month.
        ("<td>Dated:</td><td>March&#160;15,&#160;2024</td>", "2024-03-15"),
        ("<td>DATE: 15 March 2024</td>", "2024-03-15"),
        ("<td>Date: Mar. 14, 2024</td>", "2024-03-14"),
        # Two signatories' lines giving two days: which is the report's? Neither is kept.
        ("<td>Date: March 14, 2024</td><td>Date: March 15, 2024</td>", None),
        ("<td>Date: March 15, 2024</td><td>Date: March 15, 2024</td>", "2024-03-15"),
        ("<td>Date:</td>", None),  # a line left blank
        ("<td>Date: the 15th of March</td>", None),
        # In numbers, month first, as American filers write it (unread: the signing's day was not kept).
        ("<td>Date: 03/15/2024</td>", "2024-03-15"),
        ("<td>Date: 3/5/2024</td>", "2024-03-05"),
        ("<td>Date: 03/15/2024</td><td>Date: March 15, 2024</td>", "2024-03-15"),
        ("<td>Date: 15/03/2024</td>", None),  # no 15th month
        ("<td>Date: 03/15/20245</td>", None),
    ],
)
def test_the_signature_lines_edgar_s_current_reports_write(line: str, signed: str | None) -> None:
    post = extract_source(DOCUMENT, (answer(DOCUMENT, DOCUMENT_HTML.replace(SIGNED_LINE, line)),))
    assert post.fields.get(SIGNED_FIELD) == signed


def test_a_day_before_the_signatures_heading_is_no_signature_s() -> None:
    # The cover's and the items' days come before the heading; without it, no day is read as the signing's.
    html = DOCUMENT_HTML.replace(">SIGNATURES<", "><").replace(
        "10.1 Forbearance Agreement,", "Date: March 13, 2024. 10.1 Forbearance Agreement,"
    )
    post = extract_source(DOCUMENT, (answer(DOCUMENT, html),))
    assert SIGNED_FIELD not in post.fields


def test_an_annual_report_s_signature_day_is_not_kept() -> None:
    html = DOCUMENT_HTML.replace(">8-K</ix:nonNumeric>", ">10-K</ix:nonNumeric>")
    post = extract_source(DOCUMENT, (answer(DOCUMENT, html),))
    assert (post.published, SIGNED_FIELD in post.fields) == (None, False)


@pytest.mark.parametrize(
    ("value", "day"),
    [
        ("2024-03-15", dt.date(2024, 3, 15)),
        ("2024-03-15 16:31:07", dt.date(2024, 3, 15)),
        ("March 12, 2024", dt.date(2024, 3, 12)),
        ("Mar. 12, 2024", dt.date(2024, 3, 12)),
        ("12 March 2024", dt.date(2024, 3, 12)),
        ("03/12/2024", dt.date(2024, 3, 12)),  # month first, as EDGAR's American filers write it
        ("3/12/2024", dt.date(2024, 3, 12)),
        ("13/03/2024", None),
        ("February 30, 2024", None),  # no day of the calendar
        ("Ma 12, 2024", None),
        ("the quarter ended March 31", None),
        ("", None),
    ],
)
def test_the_days_edgar_and_its_covers_write(value: str, day: dt.date | None) -> None:
    assert day_of(value) == day


@pytest.mark.parametrize(
    ("url", "kind"),
    [
        (INDEX, "index"),
        (f"{FILING}/0001823456-24-000031-index.html", "index"),
        (DOCUMENT, "document"),
        (f"{FILING}/hlvf-ex99_1.htm", "document"),
        (f"{FILING}/0001823456-24-000031.txt", None),  # the submission's text file
        (
            "https://www.sec.gov/ix?doc=/Archives/edgar/data/1823456/000182345624000031/hlvf-20240312.htm",
            None,
        ),
        ("https://www.sec.gov/cgi-bin/browse-edgar?action=getcompany&CIK=0001823456", None),
        ("https://www.example.com/Archives/edgar/data/1823456/000182345624000031/hlvf-20240312.htm", None),
    ],
)
def test_the_links_read_as_an_edgar_index_or_document(url: str, kind: str | None) -> None:
    assert edgar_file(url) == kind
    assert isinstance(extractor_for(url), EdgarExtractor) is (kind is not None)


def test_hostile_values_and_pages_are_read_in_linear_time() -> None:
    started = time.process_time()
    for value in ("1" * 100_000, "March " * 20_000, "2024-" * 20_000, "a 1, " * 20_000):
        day_of(value)
    assert edgar_file(f"{FILING}/{'a' * 100_000}.htm") is None
    groups = '<div class="formGrouping"><div class="infoHead">Filing Date</div>' * 5_000
    extract_source(INDEX, (answer(INDEX, f"<html><body>{groups}</body></html>"),))
    assert time.process_time() - started < 2.0


@pytest.mark.parametrize(
    "block",
    [
        "Date: " * 17_000,
        "Date:" + " " * 100_000,
        "Date: March " * 9_000,
        "Date: 12 " * 12_000,
        "Date: 2024-" * 10_000,
        "SIGNATURES " * 10_000,
        "Dated : March 15 , " * 6_000,
        "Date: 03/15/" * 9_000,
    ],
    ids=["labels", "spaces", "months", "days", "years", "headings", "dated", "numbers"],
)
def test_a_hostile_signatures_block_is_read_in_linear_time(block: str) -> None:
    html = DOCUMENT_HTML.replace(SIGNED_LINE, f"<td>{block}</td>")
    assert len(html) > 100_000
    started = time.process_time()
    post = extract_source(DOCUMENT, (answer(DOCUMENT, html),))
    assert time.process_time() - started < 1.0
    assert SIGNED_FIELD not in post.fields
