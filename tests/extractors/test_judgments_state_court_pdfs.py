"""A United States court's opinion as a PDF on the court's own site is read for its first page: the court its
heading names, the day it was filed or decided, and its caption."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from provenance.checks import CheckInput
from provenance.checks.title import check_title
from provenance.extractors import extract_source
from provenance.extractors.judgments import (
    CASE_CAPTION,
    COURT_HEADING,
    slip_opinion_caption,
    slip_opinion_day,
)
from provenance.models import Citation, Context, Footnote, Platform, SourcePost
from provenance.warc.reader import StoredResponse
from tests.extractors.support import answer
from tests.support.pdfs import one_page_pdf

OHIO = "https://www.supremecourt.ohio.gov/rod/docs/pdf/0/2024/2024-Ohio-1234.pdf"


def _pdf_answer(url: str, *lines: str) -> StoredResponse:
    shown = b" 0 -16 Td ".join(b"(%s) Tj" % line.encode("latin-1") for line in lines)
    body = one_page_pdf(b"BT /F1 11 Tf 72 740 Td " + shown + b" ET")
    return StoredResponse(
        uri=url, status=200, headers=(("Content-Type", "application/pdf"),), body=body, cut=False
    )


def test_an_ohio_slip_opinion_is_read_for_its_court_its_decided_day_and_its_caption() -> None:
    post = extract_source(
        OHIO,
        (
            _pdf_answer(
                OHIO,
                "[Cite as State v. Lindqvist, Slip Opinion No. 2024-Ohio-1234.]",
                "SLIP OPINION NO. 2024-OHIO-1234",
                "THE STATE OF OHIO,",
                "APPELLEE, v. LINDQVIST, APPELLANT.",
                "(Submitted January 10, 2024 - Decided March 12, 2024.)",
            ),
        ),
    )
    assert (post.published, post.published_day_only) == (dt.datetime(2024, 3, 12, tzinfo=dt.UTC), True)
    assert post.published_from == "the opinion's day, on its first page: 'Decided March 12, 2024'"
    assert post.fields[CASE_CAPTION] == "THE STATE OF OHIO v. LINDQVIST"
    # `SLIP OPINION NO. …` is no court: the page's heading names none, and none is read.
    assert post.author is None and COURT_HEADING not in post.fields


@pytest.mark.parametrize(
    ("url", "read"),
    [
        ("https://www.illinoiscourts.gov/resources/5f0c/file", True),
        ("https://www.courts.ca.gov/opinions/documents/B329114.PDF", True),
        ("https://jud.ct.gov/external/supapp/Cases/AROcr/CR348/348CR12.pdf", True),
        ("https://cdn.ca9.uscourts.gov/datastore/opinions/2024/03/12/22-55001.pdf", True),
        ("https://www.courtnews.example/opinions/2024-IL-128012.pdf", False),  # a news site's copy
        ("https://www.example.gov/reports/court-costs-2024.pdf", False),
    ],
)
def test_a_court_s_own_site_is_known_by_its_host(url: str, read: bool) -> None:
    post = extract_source(url, (_pdf_answer(url, "IN THE SUPREME COURT OF OHIO", "Filed March 12, 2024"),))
    assert (post.published is not None, post.author is not None) == (read, read)


def test_a_court_s_html_page_is_read_as_a_web_page() -> None:
    url = "https://www.illinoiscourts.gov/top-level-opinions"
    html = "<html><head><title>Opinions</title></head><body><p>IN THE SUPREME COURT OF ILLINOIS</p></body>"
    post = extract_source(url, (answer(url, html),))
    assert post.author is None and COURT_HEADING not in post.fields


@pytest.mark.parametrize(
    ("first_page", "day", "said"),
    [
        (
            "2024 IL 128012\nOpinion filed March 21, 2024.",
            dt.date(2024, 3, 21),
            "Opinion filed March 21, 2024",
        ),
        ("Filed 3/12/24\nCERTIFIED FOR PUBLICATION", dt.date(2024, 3, 12), "Filed 3/12/24"),
        ("FILED\nMar. 5, 2024", dt.date(2024, 3, 5), "FILED Mar. 5, 2024"),
        ("(Argued May 1, 2023\u2014Decided Sept 8, 2023)", dt.date(2023, 9, 8), "Decided Sept 8, 2023"),
    ],
)
def test_the_day_an_opinion_was_filed_is_read_from_its_first_page(
    first_page: str, day: dt.date, said: str
) -> None:
    assert slip_opinion_day(first_page) == (day, f"the opinion's day, on its first page: {said!r}")


@pytest.mark.parametrize(
    "first_page",
    [
        "The defendant's notice of appeal, filed May 3, 2022, raised one issue.",  # a filing it tells of
        "Filed 2/30/24",  # no day of the calendar
        "Submitted January 10, 2024",
    ],
)
def test_no_filing_day_is_read_where_the_first_page_gives_none(first_page: str) -> None:
    assert slip_opinion_day(first_page) is None


def test_a_caption_over_lines_is_read_its_parties_roles_left_out() -> None:
    first_page = "MARISOL QUINTERO,\nPlaintiff and Appellant,\nv.\n"
    first_page += "HARBORVIEW LOGISTICS, INC.,\nDefendant and Respondent."
    assert slip_opinion_caption(first_page) == "MARISOL QUINTERO v. HARBORVIEW LOGISTICS, INC."
    assert slip_opinion_caption("Smith v. Jones, 123 Cal. App. 5th 456") is None


def _cited(caption: str, shown: str) -> str:
    source = SourcePost(platform=Platform.WEB, url=OHIO, text="x", fields={CASE_CAPTION: shown})
    citation = Citation(platform=Platform.WEB, title=caption, title_quoted=False, url=OHIO)
    footnote = Footnote(
        label="1", text=f"{caption}, 2024-Ohio-1234, {OHIO}", line=3, contexts=(Context(line=1, text="t"),)
    )
    given = CheckInput(footnote=footnote, citation=citation, outcome=None, live=source, source=source)
    return check_title(given).status


def test_a_caption_is_held_to_the_first_page_s_parties_by_their_surnames() -> None:
    assert _cited("State v. Lindqvist", "THE STATE OF OHIO v. ERIK LINDQVIST") == "pass"
    assert _cited("United States v. Halvorsen", "UNITED STATES OF AMERICA v. INGRID HALVORSEN") == "pass"
    # Another defendant, a first name for a surname, the parties swapped: never the caption shown.
    assert _cited("State v. Lindgren", "THE STATE OF OHIO v. ERIK LINDQVIST") == "warn"
    assert _cited("State v. Erik", "THE STATE OF OHIO v. ERIK LINDQVIST") == "warn"
    assert _cited("Lindqvist v. State", "THE STATE OF OHIO v. ERIK LINDQVIST") == "warn"


def test_crafted_first_pages_are_read_in_linear_time() -> None:
    crafted = [
        "A" * 100_000,
        "AB, Appellee, " * 7_000,
        "Filed " * 16_000,
        "IN THE\n" * 14_000,
        "X, Plaintiff v. " * 6_000,
    ]
    for text in crafted:
        started = time.process_time()
        slip_opinion_caption(text)
        slip_opinion_day(text)
        extract_source(OHIO, (_pdf_answer(OHIO, text[:4_000]),))
        assert time.process_time() - started < 1.0, text[:30]
