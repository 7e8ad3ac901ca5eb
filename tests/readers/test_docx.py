"""DOCX reports: notes, markers, links and contexts as Word documents hold them, checked against the Markdown
reader on the same example converted by pandoc (the oracle), plus typed notes and hostile packages."""

from __future__ import annotations

import io
import re
import shutil
import zipfile
from pathlib import Path

import docx
import pytest

from provenance.citations import parse_citation
from provenance.errors import InputError
from provenance.models import ReportFormat
from provenance.readers import docx as docx_reader
from provenance.readers import read_report, read_report_bytes
from tests.readers.support import notes_as_read, oracle_notes
from tests.support.converters import Converted


@pytest.mark.parametrize("example", ["brief", "long"])
def test_docx_from_pandoc_gives_what_the_markdown_reader_finds(converted: Converted, example: str) -> None:
    markdown = read_report(getattr(converted, f"{example}_md"))
    document = read_report(getattr(converted, f"{example}_docx"))
    assert document.format is ReportFormat.DOCX
    assert notes_as_read(document) == oracle_notes(markdown)
    assert document.findings == ()


def test_docx_citations_parse_as_the_markdown_ones(converted: Converted) -> None:
    markdown = read_report(converted.brief_md)
    document = read_report(converted.brief_docx)
    by_text = {note.text: parse_citation(note).citation for note in markdown.footnotes}
    assert [parse_citation(note).citation for note in document.footnotes] == [
        by_text[note.text] for note in document.footnotes
    ]


def test_docx_notes_are_numbered_by_reference_order_with_paragraph_locations(converted: Converted) -> None:
    document = read_report(converted.brief_docx)
    assert [(note.label, note.line, note.location) for note in document.footnotes] == [
        ("1", 3, "footnote 1, cited in paragraph 3"),
        ("2", 3, "footnote 2, cited in paragraph 3"),
        ("3", 4, "footnote 3, cited in paragraph 4"),
        ("4", 4, "footnote 4, cited in paragraph 4"),
        ("5", 4, "footnote 5, cited in paragraph 4"),
        ("6", 5, "footnote 6, cited in paragraph 5"),
    ]
    assert [(c.line, c.location) for c in document.footnotes[0].contexts] == [(3, "paragraph 3")]


def test_docx_link_in_a_note_is_read_through_the_relationships_part(converted: Converted) -> None:
    long = read_report(converted.long_docx)
    statement = next(note for note in long.footnotes if note.text.startswith("Ministry of Defence"))
    assert statement.text == "Ministry of Defence, the statement of January 22."
    assert statement.urls == ("https://mod.example/statement/22",)


def _rewritten(source: Path, target: Path, edit: dict[str, tuple[str, str]]) -> Path:
    """A copy of a converter's DOCX with text replaced in some parts (`part: (old, new)`)."""
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as copy:
        for item in original.infolist():
            data = original.read(item)
            if item.filename in edit:
                old, new = edit[item.filename]
                text = data.decode()
                assert old in text, f"{old!r} not in {item.filename}"
                data = text.replace(old, new).encode()
            copy.writestr(item, data)
    return target


def test_hyperlink_field_code_in_a_note_is_its_url(converted: Converted, tmp_path: Path) -> None:
    field = (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> HYPERLINK "https://t.me/rybar/777" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>the post</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )
    path = _rewritten(
        converted.brief_docx,
        tmp_path / "field.docx",
        {
            "word/footnotes.xml": (
                "Telegram, January 21, 2022.</w:t></w:r>",
                f"Telegram, January 21, 2022, </w:t></w:r>{field}",
            )
        },
    )
    first = read_report(path).footnotes[0]
    assert first.text == "Telegram, January 21, 2022, the post"
    assert first.urls == ("https://t.me/rybar/777",)


def test_endnotes_are_numbered_in_lower_roman_like_word(converted: Converted, tmp_path: Path) -> None:
    with zipfile.ZipFile(converted.brief_docx) as original:
        footnotes = original.read("word/footnotes.xml").decode()
        document = original.read("word/document.xml").decode()
    endnotes = footnotes.replace("w:footnote", "w:endnote").replace("footnoteRef", "endnoteRef")
    path = tmp_path / "endnotes.docx"
    with zipfile.ZipFile(converted.brief_docx) as original, zipfile.ZipFile(path, "w") as copy:
        for item in original.infolist():
            if item.filename == "word/footnotes.xml":
                continue
            data = original.read(item)
            if item.filename == "word/document.xml":
                data = document.replace("w:footnoteReference", "w:endnoteReference").encode()
            copy.writestr(item, data)
        copy.writestr("word/endnotes.xml", endnotes)
    report = read_report(path)
    assert [note.label for note in report.footnotes] == ["i", "ii", "iii", "iv", "v", "vi"]
    assert [note.text for note in report.footnotes] == [
        note.text for note in read_report(converted.brief_docx).footnotes
    ]
    assert report.footnotes[0].location == "endnote i, cited in paragraph 3"


def _python_docx(tmp_path: Path, name: str, paragraphs: list[str]) -> Path:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    path = tmp_path / name
    document.save(str(path))
    return path


def test_docx_with_notes_typed_by_hand_is_read_by_the_plain_text_rules(tmp_path: Path) -> None:
    path = _python_docx(
        tmp_path,
        "typed.docx",
        [
            "Situation report",
            "The minister said the offensive “would not stop”.[1] The channel denied it.[2]",
            "Sources",
            "[1] Telegram, January 21, 2022, t.me/rybar/1",
            "[2] Twitter, January 22, 2022.",
        ],
    )
    report = read_report(path)
    assert [(note.label, note.line, note.location, note.urls) for note in report.footnotes] == [
        ("1", 4, "paragraph 4", ("https://t.me/rybar/1",)),
        ("2", 5, "paragraph 5", ()),
    ]
    assert [(c.line, c.location, c.quotes) for c in report.footnotes[0].contexts] == [
        (2, "paragraph 2", ("would not stop",))
    ]
    assert [f.code for f in report.footnotes[0].findings] == ["scheme-added"]
    assert "in paragraph 4" in report.footnotes[0].findings[0].message


def test_docx_without_notes_or_markers_has_nothing_to_verify(tmp_path: Path) -> None:
    report = read_report(_python_docx(tmp_path, "plain.docx", ["Nothing is cited here.", "Nor here."]))
    assert (report.footnotes, report.findings) == ((), ())


def test_docx_with_markers_but_no_notes_is_a_finding_not_a_pass(tmp_path: Path) -> None:
    report = read_report(_python_docx(tmp_path, "markers.docx", ["A claim.¹ Another.²"]))
    assert report.footnotes == ()
    assert [finding.code for finding in report.findings] == ["markers-without-notes"]


def test_docx_saved_as_doc_is_read_as_docx(converted: Converted, tmp_path: Path) -> None:
    renamed = tmp_path / "brief.doc"
    shutil.copy(converted.brief_docx, renamed)
    assert read_report(renamed).format is ReportFormat.DOCX


def test_part_over_the_size_limit_is_refused(converted: Converted, monkeypatch: pytest.MonkeyPatch) -> None:
    # A zip bomb unpacks to far more than it weighs; the bound is lowered so the test stays small.
    monkeypatch.setattr(docx_reader, "MAX_PART_BYTES", 1_000)
    with pytest.raises(
        InputError, match=r"^b\.docx: word/document\.xml is \d+ bytes unpacked, over the limit$"
    ):
        read_report_bytes(converted.brief_docx.read_bytes(), "b.docx")


def test_compressed_part_that_unpacks_past_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(docx_reader, "MAX_PART_BYTES", 100_000)
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as bomb:
        bomb.writestr("word/document.xml", b"<a>" + b" " * 10_000_000 + b"</a>")
    assert len(packed.getvalue()) < 50_000
    with pytest.raises(InputError, match=r"over the limit"):
        read_report_bytes(packed.getvalue(), "bomb.docx")


def test_entity_expansion_is_refused_not_expanded() -> None:
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        "<w:document xmlns:w='http://schemas.openxmlformats.org/wordprocessingml/2006/main'>&b;</w:document>"
    )
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as package:
        package.writestr("word/document.xml", laughs)
    with pytest.raises(InputError, match=r"^laughs\.docx: word/document\.xml is not well-formed XML"):
        read_report_bytes(packed.getvalue(), "laughs.docx")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"PK\x03\x04 not really a zip", r"not a DOCX document \(a broken zip"),
        (b"just text", r"not a DOCX document \(a broken zip"),
    ],
)
def test_file_named_docx_that_is_not_one_is_a_clear_error(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=rf"^r\.docx: {message}"):
        read_report_bytes(data, "r.docx")


def test_zip_without_a_word_document_is_not_a_docx() -> None:
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as package:
        package.writestr("content.xml", "<office/>")
    with pytest.raises(InputError, match=re.escape("r.docx: not a DOCX document (no word/document.xml)")):
        read_report_bytes(packed.getvalue(), "r.docx")
