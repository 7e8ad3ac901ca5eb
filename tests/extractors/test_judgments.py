"""A BAILII judgment is dated by the judgment's day its title or its text gives (never a hearing's), and a
legislation.gov.uk provision by the day of the version shown: neither page gives a day a web page is dated
by."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from provenance.extractors import extract_source, extractor_for
from provenance.extractors.judgments import (
    COURT_HEADING,
    JudgmentDayExtractor,
    court_heading,
    judgment_day,
    version_day,
)
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


def test_a_bailii_judgment_is_its_court_s_whose_heading_names_it() -> None:
    # Read as a web page, it had no author: a note naming the court (`EWCA Civ`'s) could not be confirmed.
    post = extract_source(BAILII, (answer(BAILII, JUDGMENT),))
    assert post.author == "Court of Appeal (Civil Division)"
    assert post.fields[COURT_HEADING] == "IN THE COURT OF APPEAL (CIVIL DIVISION)"


@pytest.mark.parametrize(
    ("lines", "court"),
    [
        (
            "Case No: A1\nIN THE COURT OF APPEAL (CIVIL DIVISION)\nON APPEAL FROM THE UPPER TRIBUNAL\nRoyal",
            ("Court of Appeal (Civil Division)", "IN THE COURT OF APPEAL (CIVIL DIVISION)"),
        ),
        (
            "IN THE COURT OF APPEAL (CRIMINAL DIVISION) ON APPEAL FROM THE CROWN COURT AT LEEDS",
            ("Court of Appeal (Criminal Division)", "IN THE COURT OF APPEAL (CRIMINAL DIVISION)"),
        ),
        (
            "IN THE HIGH COURT OF JUSTICE\nBUSINESS AND PROPERTY COURTS OF ENGLAND AND WALES\n"
            "KING'S BENCH DIVISION\nCOMMERCIAL COURT (KBD)\nRoyal Courts of Justice",
            (
                "High Court of Justice",
                "IN THE HIGH COURT OF JUSTICE / BUSINESS AND PROPERTY COURTS OF ENGLAND AND WALES / "
                "KING'S BENCH DIVISION / COMMERCIAL COURT (KBD)",
            ),
        ),
        (
            "Hilary Term\nIN THE SUPREME COURT OF THE UNITED KINGDOM\nJUDGMENT",
            ("Supreme Court of the United Kingdom", "IN THE SUPREME COURT OF THE UNITED KINGDOM"),
        ),
        (
            "Opinion of the Court\nSUPREME COURT OF THE UNITED STATES\nNo. 19-1392",
            ("Supreme Court of the United States", "SUPREME COURT OF THE UNITED STATES"),
        ),
        # A California Court of Appeal's district and division, each on its line: part of its heading.
        (
            "Filed 4/2/24\nIN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA\nSECOND APPELLATE DISTRICT\n"
            "DIVISION THREE\nJANE DOE,\nPlaintiff and Appellant,",
            (
                "Court of Appeal of the State of California",
                "IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA / SECOND APPELLATE DISTRICT / DIVISION "
                "THREE",
            ),
        ),
        (
            "UNITED STATES DISTRICT COURT\nFOR THE DISTRICT OF COLUMBIA\nJANE DOE,",
            ("United States District Court", "UNITED STATES DISTRICT COURT / FOR THE DISTRICT OF COLUMBIA"),
        ),
        # A heading naming no court's name, and words in small letters: no court.
        ("OPINION OF THE COURT\nTHE COURT:\nIn the Court of Appeal the judge said", None),
    ],
)
def test_a_judgment_s_court_is_read_from_its_heading(lines: str, court: tuple[str, str] | None) -> None:
    assert court_heading(lines) == court


def test_a_judgment_page_naming_an_author_keeps_it_beside_the_heading() -> None:
    html = JUDGMENT.replace("<HEAD>", '<HEAD><META NAME="author" CONTENT="Jane Clerk">')
    post = extract_source(BAILII, (answer(BAILII, html),))
    assert post.author == "Jane Clerk"
    assert post.fields[COURT_HEADING] == "IN THE COURT OF APPEAL (CIVIL DIVISION)"


def test_the_heading_pattern_reads_hostile_headings_in_linear_time() -> None:
    hostile = [
        "COURT " * 17_000,
        "IN THE " * 15_000,
        "A " * 50_000 + "COURT",
        "IN THE COURT " + "(A " * 34_000,
        ("IN THE COURT OF APPEAL\n" + "KING'S BENCH DIVISION " * 10 + "x\n") * 410,
        "\n" * 100_000,
        "IN THE COURT OF " + "A'" * 50_000,
    ]
    started = time.process_time()
    for lines in hostile:
        assert len(lines) >= 100_000
        court_heading(lines)
    assert time.process_time() - started < 0.5
    lines = "<br>".join(hostile[4].splitlines())
    page = f"<html><head><title>x</title></head><body><p>{lines}</p></body></html>"
    started = time.process_time()
    extract_source(BAILII, (answer(BAILII, page),))
    assert time.process_time() - started < 2.0


CANLII = "https://www.canlii.org/en/ca/scc/doc/2019/2019scc41/2019scc41.html"
CANLII_JUDGMENT = (
    Path(__file__).parent.parent / "assets" / "legal66" / "canlii_scc_judgment.html"
).read_text(encoding="utf-8")


def test_a_canlii_judgment_is_the_court_s_its_heading_names_dated_as_a_web_page() -> None:
    # Read as a web page, it had no author: a note naming the Supreme Court of Canada (`2019 SCC 41`'s, or
    # the Supreme Court Reports') warned "no author found in the capture".
    assert isinstance(extractor_for(CANLII), JudgmentDayExtractor)
    post = extract_source(CANLII, (answer(CANLII, CANLII_JUDGMENT),))
    assert post.author == "Supreme Court of Canada"
    assert post.fields[COURT_HEADING] == "SUPREME COURT OF CANADA"
    assert post.published is not None and post.published.date() == dt.date(2019, 10, 11)


def test_only_canlii_s_documents_are_read_for_a_court_s_heading() -> None:
    assert not isinstance(extractor_for("https://www.canlii.org/en/ca/scc/"), JudgmentDayExtractor)
    assert not isinstance(extractor_for("https://canlii.example/en/doc/1.html"), JudgmentDayExtractor)
