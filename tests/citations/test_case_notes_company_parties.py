"""Case captions whose parties are companies named with a comma before their kind (`Acme Widgets, Inc.`,
`Example Holdings, LLC`): the comma stays inside the party, and the note is read as the case it cites.

Before, the caption ended at the company's comma, no reporter nor docket number followed `Acme Widgets`, and
the note was read as no case: its opening words (`Doe v. Acme Widgets`) were taken for its author. Read by a
scan of the note's commas (`citations.captions`), in time linear in the note's length."""

from __future__ import annotations

import time

import pytest

from provenance.citations import parse_citation
from provenance.citations.captions import COMPANY_COMMA_MASK, masked_company_commas
from provenance.citations.parse import case_note
from provenance.models import Footnote

# (note, caption, document, court, year)
_COMPANY_CAPTIONS = [
    (
        "Doe v. Acme Widgets, Inc., 98 Cal. App. 5th 1021 (2024).",
        "Doe v. Acme Widgets, Inc.",
        None,
        "Court of Appeal of California",
        "2024",
    ),
    (
        "United States v. Example Holdings, LLC, No. 23-cv-1234 (D.D.C. Jan. 21, 2024).",
        "United States v. Example Holdings, LLC",
        None,
        "D.D.C.",
        "2024",
    ),
    (
        "Order, United States v. Example Holdings, LLC, No. 23-cv-1234 (D.D.C. Jan. 21, 2024), ECF No. 45.",
        "United States v. Example Holdings, LLC",
        "Order",
        "D.D.C.",
        "2024",
    ),
    (
        "Complaint \u00b6 12, Acme Widgets, Inc. v. Roe, No. 23-cv-1 (N.D. Cal. Jan. 2, 2024).",
        "Acme Widgets, Inc. v. Roe",
        "Complaint \u00b6 12",
        "N.D. Cal.",
        "2024",
    ),
    (
        "Harbor Freight, Ltd. v. Bolt Shipping, Co., 12 F.4th 100 (9th Cir. 2021).",
        "Harbor Freight, Ltd. v. Bolt Shipping, Co.",
        None,
        "9th Cir.",
        "2021",
    ),
]


@pytest.mark.parametrize(("note", "caption", "document", "court", "year"), _COMPANY_CAPTIONS)
def test_a_company_s_comma_stays_inside_its_party(
    note: str, caption: str, document: str | None, court: str, year: str
) -> None:
    case = case_note(note)
    assert case is not None
    assert (case.caption, case.document, case.court, case.year) == (caption, document, court, year)


def test_a_company_party_s_note_is_the_court_s_not_its_opening_words() -> None:
    # The opinion is the court's: `Doe v. Acme Widgets` was the author, which no page names.
    note = "Doe v. Acme Widgets, Inc., 98 Cal. App. 5th 1021 (2024), https://www.courts.ca.gov/b1.pdf"
    citation = parse_citation(Footnote(label="1", text=note, line=3)).citation
    assert (citation.author, citation.title) == ("Court of Appeal of California", "Doe v. Acme Widgets, Inc.")


def test_a_filing_named_by_a_company_keeps_its_comma_and_names_its_filer() -> None:
    note = "Motion of Acme Widgets, Inc. to Dismiss, Doe v. Acme Widgets, Inc., No. 23-cv-1 (N.D. Cal. 2024)."
    case = case_note(note)
    assert case is not None
    assert (case.document, case.filer) == ("Motion of Acme Widgets, Inc. to Dismiss", "Acme Widgets, Inc.")


def test_a_company_first_party_is_not_taken_for_a_document() -> None:
    # `Widgets` was the document filed and `Inc. v. Roe` the caption.
    case = case_note("Widgets, Inc. v. Roe, 12 F.4th 100 (9th Cir. 2021).")
    assert case is not None
    assert (case.caption, case.document) == ("Widgets, Inc. v. Roe", None)


@pytest.mark.parametrize(
    "words",
    [
        "Smith v Jones, London, 2024",  # a place, no company
        "Smith v. Jones, Incorporated Society",  # a word opening with a company's kind is no kind
        "Smith v. Jones, LPs and funds",
        "Smith v. Jones,Inc.",  # no space: no company's comma as captions write it
    ],
)
def test_only_a_company_s_own_comma_is_masked(words: str) -> None:
    assert masked_company_commas(words) == words


def test_masking_keeps_every_place() -> None:
    words = "Acme, Inc. v. Bolt, LLC, No. 1"
    masked = masked_company_commas(words)
    assert masked == f"Acme{COMPANY_COMMA_MASK} Inc. v. Bolt{COMPANY_COMMA_MASK} LLC, No. 1"
    assert len(masked) == len(words)


def test_a_crafted_note_of_many_company_commas_is_read_in_linear_time() -> None:
    # A pattern allowing the company's comma in a party backtracked on a 90 kB note; the scan reads each
    # comma once. Each note is about 100 kB; all of them take about half a second here.
    notes = [
        "Doe v. Acme" + ", Inc." * 16_700,
        "Doe v. Acme" + ", Inc." * 16_700 + ", 98 Cal. App. 5th 1021 (2024).",
        "A v. B, Inc. " * 7_700,
        "Doe v. " + ", " * 50_000,
        "Order, Acme, LLC v. " * 5_000,
        "Doe v. " + "Acme, Inc. v. Roe, LLC " * 4_300 + "(2024)",
    ]
    started = time.process_time()
    for note in notes:
        case_note(note)
        parse_citation(Footnote(label="1", text=note, line=1))
    assert time.process_time() - started < 10
