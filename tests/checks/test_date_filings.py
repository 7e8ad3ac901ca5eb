"""`date` on an SEC filing's document: a current report (Form 8-K) cited by the day it was signed and filed.

An 8-K's document is dated by its Date of Report (`dei:DocumentPeriodEndDate`, the day of the earliest event
it reports); a note citing it as "Form 8-K, filed March 15, 2024" gives the day its SIGNATURES block dates
(`Date: March 15, 2024`, kept in `fields["signed"]`), days later, and failed: a false alarm on a common way
to cite a current report. It passes, naming that day and the Date of Report; a day that is neither still
fails, naming both. A note giving the working day after the signing as the day it was filed (EDGAR files a
report it receives after its hours on the next) warns, naming both days: the document does not show it.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from provenance.checks import CheckInput
from provenance.checks.date import check_date
from provenance.extractors import extract_source
from provenance.models import Citation, Footnote, Platform, SourcePost
from tests.extractors.support import answer

REPORTED_FROM = (
    "the Date of Report on the 8-K's cover (dei:DocumentPeriodEndDate, the day of the earliest event "
    "reported)"
)
CURRENT_REPORT = SourcePost(
    platform=Platform.WEB,
    url="https://www.sec.gov/Archives/edgar/data/1823456/000182345624000031/hlvf-20240312.htm",
    author="Halvorsen Freight Inc.",
    published=dt.datetime(2024, 3, 12, tzinfo=dt.UTC),
    published_day_only=True,
    published_from=REPORTED_FROM,
    title="hlvf-20240312",
    fields={"form": "8-K", "signed": "2024-03-15"},
)


SIGNED = dt.date(2024, 3, 15)  # a Friday


def _date(source: SourcePost, cited: dt.date, words: str = "filed") -> tuple[str, str]:
    citation = Citation(platform=Platform.WEB, url=source.url, date=cited)
    footnote = Footnote(
        label="1", text=f"Halvorsen Freight Inc., Form 8-K, {words} {cited}, {citation.url}", line=9
    )
    result = check_date(
        CheckInput(footnote=footnote, citation=citation, outcome=None, live=source, source=source)
    )
    return result.status, result.detail


def test_a_current_report_cited_by_the_day_it_was_signed_passes_naming_that_day() -> None:
    assert _date(CURRENT_REPORT, dt.date(2024, 3, 15)) == (
        "pass",
        "the source gives the day 2024-03-15 (the Date: under its SIGNATURES), the day the report was "
        f"signed, as a rule the day it was filed; its Date of Report is 2024-03-12 ({REPORTED_FROM})",
    )
    # Its Date of Report passes as before.
    assert _date(CURRENT_REPORT, dt.date(2024, 3, 12)) == (
        "pass",
        f"the source gives the day 2024-03-12 ({REPORTED_FROM})",
    )


def test_a_day_neither_the_report_s_nor_its_signing_fails_naming_both() -> None:
    # The day before the signing, two days after it, and the day after it given as the report's (not as
    # the day it was filed): a day alone, compared as a whole day.
    for cited, words in (
        (dt.date(2024, 3, 14), "filed"),
        (dt.date(2024, 3, 17), "filed"),
        (dt.date(2024, 3, 16), "dated"),
        (dt.date(2024, 3, 16), ""),
    ):
        assert _date(CURRENT_REPORT, cited, words) == (
            "fail",
            f"cited {cited}; the source gives 2024-03-12 ({REPORTED_FROM}); nor was it signed that day: "
            "2024-03-15 (the Date: under its SIGNATURES)",
        )


def _filed_the_working_day_after(cited: dt.date, signed: dt.date) -> str:
    return (
        f"cited {cited} as the day it was filed, which the document does not show: its Date of Report is "
        f"2024-03-12 ({REPORTED_FROM}), and it was signed {signed} (the Date: under its SIGNATURES), the "
        "working day before (EDGAR files a report it receives after its hours on the next): compare the "
        "'Filing Date' on the filing's EDGAR index page (its -index.htm)"
    )


def test_a_report_cited_as_filed_the_working_day_after_its_signing_warns_naming_both_days() -> None:
    # Signed on Friday 15 March 2024 after EDGAR's hours, filed on Monday the 18th; signed on a Thursday,
    # filed on the Friday. The document shows no filing day: never a pass, nor a failure of a likely day.
    monday = dt.date(2024, 3, 18)
    assert _date(CURRENT_REPORT, monday, "filed") == ("warn", _filed_the_working_day_after(monday, SIGNED))
    thursday = CURRENT_REPORT.model_copy(update={"fields": {"form": "8-K", "signed": "2024-03-14"}})
    assert _date(thursday, SIGNED, "filed on") == (
        "warn",
        _filed_the_working_day_after(SIGNED, dt.date(2024, 3, 14)),
    )
    assert _date(thursday, SIGNED, "Filing date:")[0] == "warn"
    # A Saturday is no day EDGAR files on: the day after a Friday's signing fails.
    assert _date(CURRENT_REPORT, dt.date(2024, 3, 16), "filed")[0] == "fail"


def test_a_document_with_no_signature_day_fails_as_before() -> None:
    unsigned = CURRENT_REPORT.model_copy(update={"fields": {"form": "8-K"}})
    assert _date(unsigned, dt.date(2024, 3, 15)) == (
        "fail",
        f"cited 2024-03-15; the source gives 2024-03-12 ({REPORTED_FROM})",
    )


def test_a_report_signed_in_numbers_and_cited_as_filed_the_next_day_warns() -> None:
    # EDGAR's page as captured: its SIGNATURES block writes `Date: 03/14/2024` (US order, a Thursday), the
    # note gives the Friday as the day it was filed. Read, then checked: not a pass on a day the page does
    # not show, and not a failure of the day it was likely filed on.
    html = (Path(__file__).parent.parent / "assets" / "fact_checker_8" / "edgar_8k_document.html").read_text(
        encoding="utf-8"
    )
    numeric = html.replace("Date: March 15, 2024", "Date: 03/14/2024")
    assert numeric != html
    source = extract_source(CURRENT_REPORT.url, (answer(CURRENT_REPORT.url, numeric),))
    assert source.fields["signed"] == "2024-03-14"
    assert _date(source, SIGNED) == ("warn", _filed_the_working_day_after(SIGNED, dt.date(2024, 3, 14)))


def test_a_report_filed_after_a_friday_holiday_or_thanksgiving_warns_as_the_next_filing_day() -> None:
    # Signed on Thursday 3 July 2025: Friday the 4th is Independence Day, EDGAR is closed, and a note giving
    # Monday the 7th as the day it was filed warns, as the day after a weekday's signing does; the Friday
    # itself, no day EDGAR files on, fails. Signed on Wednesday 26 November 2025, the day before
    # Thanksgiving: filed on the Friday after it, the 28th, warns; the Thursday fails.
    for signed, filed, closed in (
        (dt.date(2025, 7, 3), dt.date(2025, 7, 7), dt.date(2025, 7, 4)),
        (dt.date(2025, 11, 26), dt.date(2025, 11, 28), dt.date(2025, 11, 27)),
    ):
        report = CURRENT_REPORT.model_copy(update={"fields": {"form": "8-K", "signed": signed.isoformat()}})
        assert _date(report, filed, "filed") == ("warn", _filed_the_working_day_after(filed, signed))
        assert _date(report, closed, "filed")[0] == "fail"
