"""PDF reports: footnotes at page feet, notes under a heading, superscript markers and link annotations, in
PDFs that LibreOffice writes from the examples (DOCX by pandoc, and the plain-text sitrep), checked against
what the Markdown and plain-text readers find in the sources (the oracle)."""

from __future__ import annotations

import re

import pytest

from provenance.citations import parse_citation
from provenance.errors import InputError
from provenance.models import ReportFormat
from provenance.readers import read_report, read_report_bytes
from tests.readers.support import notes_as_read, oracle_notes
from tests.support.converters import Converted


@pytest.mark.parametrize("example", ["brief", "long"])
def test_pdf_footnotes_at_page_feet_match_the_markdown_source(converted: Converted, example: str) -> None:
    source = read_report(getattr(converted, f"{example}_md"))
    pdf = read_report(getattr(converted, f"{example}_pdf"))
    assert pdf.format is ReportFormat.PDF
    assert notes_as_read(pdf) == oracle_notes(source)
    assert pdf.findings == ()


def test_long_pdf_has_footnotes_on_several_pages(converted: Converted) -> None:
    pdf = read_report(converted.long_pdf)
    pages = {re.match(r"page (\d+)", note.location or "")[1] for note in pdf.footnotes}  # type: ignore[index]
    assert len(pages) >= 3


def test_pdf_notes_under_a_sources_heading_with_bracket_markers_match_the_text_source(
    converted: Converted,
) -> None:
    text = read_report(converted.sitrep_txt)
    pdf = read_report(converted.sitrep_pdf)
    assert [(n.label, n.text, n.urls) for n in pdf.footnotes] == [
        (n.label, n.text, n.urls) for n in text.footnotes
    ]
    assert [[c.quotes for c in n.contexts] for n in pdf.footnotes] == [
        [c.quotes for c in n.contexts] for n in text.footnotes
    ]
    assert [parse_citation(n).citation for n in pdf.footnotes] == [
        parse_citation(n).citation for n in text.footnotes
    ]


def test_pdf_locations_are_page_and_line(converted: Converted) -> None:
    pdf = read_report(converted.brief_pdf)
    first = pdf.footnotes[0]
    assert re.fullmatch(r"page 1, line \d+", first.location or "")
    assert first.line == int((first.location or "").rsplit(" ", 1)[1])
    assert re.fullmatch(r"page 1, line \d+", first.contexts[0].location or "")


def test_link_annotation_belongs_to_the_note_it_sits_in(converted: Converted) -> None:
    pdf = read_report(converted.long_pdf)
    statement = next(note for note in pdf.footnotes if note.text.startswith("Ministry of Defence"))
    assert statement.text == "Ministry of Defence, the statement of January 22."
    assert statement.urls == ("https://mod.example/statement/22",)
    assert all(
        "mod.example" not in url for note in pdf.footnotes if note is not statement for url in note.urls
    )


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"not a pdf at all", r"not a PDF document \(no %PDF- header\)"),
        (
            b"%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
            "no pages could be read from this PDF",
        ),
        (b"%PDF-1.7\n" + b"(" * 5_000, ""),
    ],
)
def test_broken_pdf_is_a_clear_one_line_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=rf"^r\.pdf: {message}" if message else r"^r\.pdf: "):
        read_report_bytes(data, "r.pdf")
