"""DOCX reports: notes, markers, links and contexts as Word documents hold them, checked against the Markdown
reader on the same example converted by pandoc (the oracle), plus typed notes and hostile packages."""

from __future__ import annotations

import io
import re
import shutil
import struct
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from defusedxml.ElementTree import fromstring

from provenance.citations import parse_citation
from provenance.errors import InputError
from provenance.models import Report, ReportFormat
from provenance.readers import docx as docx_reader
from provenance.readers import read_report, read_report_bytes
from provenance.readers.assembly import without_marks
from tests.readers.support import LINKS_AMONG_WRITTEN_ADDRESSES, notes_as_read, oracle_notes
from tests.support.converters import Converted, pandoc_to_docx


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


def test_docx_with_typed_notes_and_more_sources_typed_as_bullets_under_them_says_so(tmp_path: Path) -> None:
    # A text report saying this was `sources-beside-notes`; the same paragraphs in a DOCX said nothing, and
    # the report passed on its note alone, the bullet's link never checked.
    path = _python_docx(
        tmp_path,
        "typed.docx",
        [
            "The channel said “we left”.[1]",
            "Sources",
            "[1] Rybar, Telegram, https://t.me/rybar/1",
            "- WarGonzo, Telegram, https://t.me/wargonzo/5",
        ],
    )
    report = read_report(path)
    assert [note.urls for note in report.footnotes] == [("https://t.me/rybar/1",)]
    assert [(f.code, f.line, f.message) for f in report.findings] == [
        (
            "sources-beside-notes",
            4,
            "1 link listed under 'Sources' in no note (the first in paragraph 4): not checked; number the "
            "entries as notes, or cite each in one",
        )
    ]


@pytest.mark.parametrize(
    ("extra", "style"),
    [
        # Word's bulleted list: the bullet is numbering (`w:numPr` in the style), in no paragraph's text.
        ("WarGonzo, Telegram, https://t.me/wargonzo/5", "List Bullet"),
        # A paragraph of its own, no bullet.
        ("and WarGonzo, https://t.me/wargonzo/5", None),
    ],
)
def test_docx_typed_notes_with_a_source_in_a_word_bullet_or_a_plain_paragraph_after_them_says_so(
    tmp_path: Path, extra: str, style: str | None
) -> None:
    # Read as neither note nor typed bullet, the paragraph's link was never checked and the report passed
    # on note 1 alone, nothing said.
    document = docx.Document()
    for text in ("The channel said “we left”.[1]", "Sources", "[1] Rybar, Telegram, https://t.me/rybar/1"):
        document.add_paragraph(text)
    document.add_paragraph(extra, style=style)
    path = tmp_path / "typed.docx"
    document.save(str(path))
    report = read_report(path)
    assert [note.urls for note in report.footnotes] == [("https://t.me/rybar/1",)]
    assert [(f.code, f.line) for f in report.findings] == [("sources-beside-notes", 4)]


def test_docx_typed_notes_in_word_bullets_are_notes_not_sources_beside_them(tmp_path: Path) -> None:
    document = docx.Document()
    document.add_paragraph("The channel said “we left”.[1] It came back.[2]")
    document.add_paragraph("Sources")
    document.add_paragraph("[1] Rybar, Telegram, https://t.me/rybar/1", style="List Bullet")
    document.add_paragraph("[2] WarGonzo, Telegram, https://t.me/wargonzo/5", style="List Bullet")
    document.add_paragraph("Rybar's channel: https://t.me/rybar/1", style="List Bullet")
    path = tmp_path / "typed.docx"
    document.save(str(path))
    report = read_report(path)
    assert [note.label for note in report.footnotes] == ["1", "2"]
    assert report.findings == ()


def test_docx_with_typed_notes_and_a_bullet_giving_a_notes_own_link_again_says_nothing(
    tmp_path: Path,
) -> None:
    path = _python_docx(
        tmp_path,
        "typed.docx",
        [
            "The channel said “we left”.[1]",
            "Sources",
            "[1] Rybar, Telegram, https://t.me/rybar/1",
            "- Rybar's channel: https://t.me/rybar/1",
        ],
    )
    assert read_report(path).findings == ()


def test_docx_with_notes_typed_in_parentheses_is_read_by_the_plain_text_rules(tmp_path: Path) -> None:
    # `(1)` notes typed under Sources were a style not read: the document was `markers-without-notes`.
    path = _python_docx(
        tmp_path,
        "typed.docx",
        [
            "The minister said “we hold”.(1)",
            "Sources",
            "(1) Telegram, January 21, 2022, https://t.me/rybar/1",
        ],
    )
    report = read_report(path)
    assert [(n.label, n.location, n.urls, [c.quotes for c in n.contexts]) for n in report.footnotes] == [
        ("1", "paragraph 3", ("https://t.me/rybar/1",), [("we hold",)])
    ]
    assert report.findings == ()


def test_docx_with_notes_typed_by_symbol_is_read_by_the_plain_text_rules(tmp_path: Path) -> None:
    path = _python_docx(
        tmp_path,
        "typed.docx",
        ["The minister said “we hold”.\u2020", "\u2020 Telegram, January 21, 2022, https://t.me/rybar/1"],
    )
    report = read_report(path)
    assert [(n.label, n.location, [c.quotes for c in n.contexts]) for n in report.footnotes] == [
        ("\u2020", "paragraph 2", [("we hold",)])
    ]
    assert report.findings == ()


def test_docx_without_notes_or_markers_has_nothing_to_verify(tmp_path: Path) -> None:
    report = read_report(_python_docx(tmp_path, "plain.docx", ["Nothing is cited here.", "Nor here."]))
    assert (report.footnotes, report.findings) == ((), ())


def test_docx_with_markers_but_no_notes_is_a_finding_not_a_pass(tmp_path: Path) -> None:
    report = read_report(_python_docx(tmp_path, "markers.docx", ["A claim.¹ Another.²"]))
    assert report.footnotes == ()
    assert [finding.code for finding in report.findings] == ["markers-without-notes"]


def test_docx_whose_text_is_an_imported_html_part_is_a_finding_not_a_pass() -> None:
    # html-docx-js writes a whole report as one HTML part Word imports on opening (w:altChunk): its quotes and
    # `[1]` notes were none of the document's, and the report passed as citing nothing.
    html = (
        "<html><body><p>The mayor said “we will win”.[1]</p><p>Sources</p>"
        "<p>[1] Telegram, January 21, 2022, https://t.me/rybar/1</p></body></html>"
    )
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as package:
        package.writestr(
            "word/document.xml",
            f'<w:document {_WORD} {_LINKS}><w:body><w:altChunk r:id="htmlChunk"/></w:body></w:document>',
        )
        package.writestr("word/afchunk.htm", html)
    report = read_report_bytes(packed.getvalue(), "r.docx")
    assert report.footnotes == ()
    assert [finding.code for finding in report.findings] == ["markers-without-notes"]
    assert "w:altChunk" in report.findings[0].message


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
    ("encoding", "problem"),
    [
        ("x-nonexistent", "unknown encoding: x-nonexistent"),  # LookupError
        ("rot13", "'rot13' is not a text encoding"),  # LookupError: a codec of bytes, not of text
        ("shift_jis", "multi-byte encodings are not supported"),  # ValueError
        ("idna", "decoding with 'idna' codec failed"),  # UnicodeError
    ],
)
def test_docx_part_declaring_an_encoding_xml_cannot_be_read_in_is_refused_in_one_line(
    encoding: str, problem: str
) -> None:
    # The declaration is the file's word, passed by expat to Python's codecs: the LookupError or ValueError
    # it raised while the elements were counted was an internal error (exit 3).
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w") as package:
        package.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="{encoding}"?><w:document {_WORD}><w:body/></w:document>',
        )
    with pytest.raises(
        InputError, match=rf"^r\.docx: word/document\.xml is not well-formed XML \({re.escape(problem)}"
    ):
        read_report_bytes(packed.getvalue(), "r.docx")


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


_WORD = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _member(packed: bytes, name: str) -> tuple[int, int]:
    """Where the member's compressed data starts in the zip, and where its central directory record does."""
    with zipfile.ZipFile(io.BytesIO(packed)) as package:
        info = package.getinfo(name)
    header = info.header_offset
    name_length, extra_length = struct.unpack_from("<HH", packed, header + 26)
    central = packed.index(b"PK\x01\x02")  # the zips here hold one member
    return header + 30 + name_length + extra_length, central


def _crafted(compression: int, change: Callable[[bytearray, int, int], None]) -> bytes:
    """A one-part DOCX packed with `compression`, then changed in place (data start, central record)."""
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", compression) as package:
        package.writestr("word/document.xml", f"<w:document {_WORD}><w:body><w:p/></w:body></w:document>")
    data = bytearray(packed.getvalue())
    change(data, *_member(bytes(data), "word/document.xml"))
    return bytes(data)


def _flipped(data: bytearray, start: int, _: int) -> None:
    for at in range(start + 10, start + 40):
        data[at] ^= 0x55


def test_docx_part_flagged_encrypted_is_refused_in_one_line() -> None:
    # zipfile asks for a password (RuntimeError); Word's own encryption is no zip at all.
    def encrypted(data: bytearray, _: int, central: int) -> None:
        data[central + 8] |= 0x01

    with pytest.raises(
        InputError, match=r"^r\.docx: word/document\.xml cannot be unpacked \(it is encrypted\)$"
    ):
        read_report_bytes(_crafted(zipfile.ZIP_DEFLATED, encrypted), "r.docx")


def test_docx_part_of_corrupt_deflate_data_is_refused_in_one_line() -> None:
    with pytest.raises(
        InputError, match=r"^r\.docx: word/document\.xml cannot be unpacked \(Error -?\d+ while"
    ):
        read_report_bytes(_crafted(zipfile.ZIP_DEFLATED, _flipped), "r.docx")


def test_docx_part_of_corrupt_lzma_data_is_refused_in_one_line() -> None:
    with pytest.raises(
        InputError, match=r"^r\.docx: word/document\.xml cannot be unpacked \(Corrupt input data\)$"
    ):
        read_report_bytes(_crafted(zipfile.ZIP_LZMA, _flipped), "r.docx")


def test_docx_part_whose_offset_is_before_the_start_of_the_zip_is_refused_in_one_line() -> None:
    # The end record places the directory a megabyte later than it lies: every part seems to start before
    # the file does (a negative seek, ValueError).
    def shifted(data: bytearray, _: int, __: int) -> None:
        end = data.rindex(b"PK\x05\x06")
        struct.pack_into("<I", data, end + 16, struct.unpack_from("<I", data, end + 16)[0] + 1_000_000)

    with pytest.raises(InputError, match=r"^r\.docx: word/document\.xml cannot be unpacked \(negative seek"):
        read_report_bytes(_crafted(zipfile.ZIP_STORED, shifted), "r.docx")


def test_docx_part_whose_local_name_is_not_utf8_is_refused_in_one_line() -> None:
    def broken_name(data: bytearray, start: int, _: int) -> None:
        header = start - 30 - len("word/document.xml")
        data[header + 7] |= 0x08  # the name is flagged UTF-8 (bit 11) in the local header only ...
        data[header + 31] = 0xFF  # ... and is not

    with pytest.raises(InputError, match=r"^r\.docx: word/document\.xml cannot be unpacked \('utf-8' codec"):
        read_report_bytes(_crafted(zipfile.ZIP_STORED, broken_name), "r.docx")


def test_docx_zip_of_a_later_format_version_is_a_broken_zip() -> None:
    def later_version(data: bytearray, _: int, central: int) -> None:
        data[central + 6] = 0xFF  # version needed to extract: 25.5 (zipfile reads up to 6.3)

    with pytest.raises(
        InputError, match=r"^r\.docx: not a DOCX document \(a broken zip: zip file version 25\.5\)$"
    ):
        read_report_bytes(_crafted(zipfile.ZIP_STORED, later_version), "r.docx")


_LINKS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _package(
    document_body: str,
    footnotes: str = "",
    links: dict[str, str] | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """A DOCX holding a document body (and footnotes when given, and `links` by relationship id), as bytes."""
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", compression) as package:
        package.writestr(
            "word/document.xml",
            f"<w:document {_WORD} {_LINKS}><w:body>{document_body}</w:body></w:document>",
        )
        if footnotes:
            package.writestr("word/footnotes.xml", f"<w:footnotes {_WORD} {_LINKS}>{footnotes}</w:footnotes>")
        for part in ("document", "footnotes"):
            if links:
                package.writestr(f"word/_rels/{part}.xml.rels", _relationships(links))
    return packed.getvalue()


def _relationships(links: dict[str, str]) -> str:
    kind = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
    return (
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(
            f'<Relationship Id="{key}" Type="{kind}" Target="{target}" TargetMode="External"/>'
            for key, target in links.items()
        )
        + "</Relationships>"
    )


_NOTE = '<w:footnote w:id="1"><w:p><w:r><w:t>Telegram, January 21, 2022.</w:t></w:r></w:p></w:footnote>'


def test_docx_holding_more_xml_elements_than_the_limit_is_refused_before_it_is_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 189 KB unpacking to 64 MB of one-letter paragraphs (5.7 million elements): 49 s and 1.5 GB as a tree.
    # The limit is lowered so that the test stays small; that no tree is built shows the count comes first.
    monkeypatch.setattr(docx_reader, "MAX_ELEMENTS", 1_000)

    def parsed(*_: object, **__: object) -> None:
        raise AssertionError("the part was parsed into a tree")

    monkeypatch.setattr(docx_reader, "fromstring", parsed)
    bomb = _package("<w:p><w:r><w:t>a</w:t></w:r></w:p>" * 400)
    with pytest.raises(
        InputError,
        match=r"^b\.docx: its XML holds more than 1,000 elements \(at word/document\.xml; .*\): not read$",
    ):
        read_report_bytes(bomb, "b.docx")


def test_docx_under_the_element_limit_reads_and_the_count_spans_all_parts(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # document.xml holds 3 + 3 x 300 elements, footnotes.xml 5: under 1,000 alone, over it together.
    monkeypatch.setattr(docx_reader, "MAX_ELEMENTS", 1_000)
    body = '<w:p><w:r><w:t>Claim.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
    filler = "<w:p><w:r><w:t>a</w:t></w:r></w:p>"
    report = read_report_bytes(_package(body + filler * 300, _NOTE), "r.docx")
    assert [note.text for note in report.footnotes] == ["Telegram, January 21, 2022."]
    with pytest.raises(InputError, match=r"more than 1,000 elements \(at word/footnotes\.xml;"):
        read_report_bytes(_package(body + filler * 330, _NOTE), "r.docx")


def test_a_300_page_memo_as_word_writes_it_is_far_under_the_element_limit() -> None:
    # 10,000 paragraphs of four runs, each run with the font, size and language Word repeats, a note every
    # fifth paragraph: what a long report is, and well within what the reader accepts.
    run_properties = '<w:rPr><w:rFonts w:ascii="Calibri"/><w:sz w:val="24"/><w:lang w:val="en-GB"/></w:rPr>'
    paragraph_properties = (
        f'<w:pPr><w:pStyle w:val="Body"/><w:spacing w:after="120"/>{run_properties}</w:pPr>'
    )
    text = '<w:t xml:space="preserve">The minister said the offensive would go on. </w:t>'
    run = f"<w:r>{run_properties}{text}</w:r>"
    reference = f'<w:r>{run_properties}<w:footnoteReference w:id="1"/></w:r>'
    paragraphs = "".join(
        f"<w:p>{paragraph_properties}{run * 4}{reference if k % 5 == 0 else ''}</w:p>" for k in range(10_000)
    )
    document = f"<w:document {_WORD}><w:body>{paragraphs}</w:body></w:document>".encode()
    assert docx_reader.elements_in(document, docx_reader.MAX_ELEMENTS) < docx_reader.MAX_ELEMENTS / 2


def test_docx_with_more_note_references_than_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # A million references to one note in one paragraph took 39 s and 730 MB; the limit is lowered here.
    monkeypatch.setattr(docx_reader, "MAX_NOTE_REFERENCES", 100)
    references = '<w:r><w:footnoteReference w:id="1"/></w:r>'
    with pytest.raises(
        InputError, match=r"^b\.docx: word/document\.xml holds more than 100 note references: not read$"
    ):
        read_report_bytes(_package(f"<w:p>{references * 101}</w:p>", _NOTE), "b.docx")
    report = read_report_bytes(_package(f"<w:p>Claim.{references * 100}</w:p>", _NOTE), "r.docx")
    assert [note.label for note in report.footnotes] == ["1"]


_REFERENCE = '<w:r><w:footnoteReference w:id="1"/></w:r>'
_CITING = f"<w:p><w:r><w:t>Claim.</w:t></w:r>{_REFERENCE}</w:p>"


def _note_with(content: str) -> str:
    return f'<w:footnote w:id="1"><w:p>{content}</w:p></w:footnote>'


def _link_findings(report: Report) -> list[str]:
    """The `link-text-differs` findings, each without the words that name its note."""
    return [
        finding.message.split(": ", 1)[1]
        for note in report.footnotes
        for finding in note.findings
        if finding.code == "link-text-differs"
    ]


def test_links_nested_forty_thousand_deep_are_read_in_one_walk() -> None:
    # 5 KB: each nested link's text was read by walking its subtree again, 8 s at 20,000 and over a minute
    # at 40,000; the limit on elements allows a million. Stored, not deflated: deflated, the 1.5 MB of one
    # repeated tag inflates 388 times and is refused as a zip bomb before it is walked.
    depth = 40_000
    nested = '<w:hyperlink r:id="rId1">' * depth + "<w:r><w:t>the post</w:t></w:r>" + "</w:hyperlink>" * depth
    body = f"<w:p><w:r><w:t>Claim.</w:t></w:r>{nested}{_REFERENCE}</w:p>"
    links = {"rId1": "https://t.me/rybar/1"}
    report = read_report_bytes(_package(body, _note_with(nested), links, zipfile.ZIP_STORED), "r.docx")
    assert [(note.text, note.urls) for note in report.footnotes] == [("the post", ("https://t.me/rybar/1",))]
    assert report.footnotes[0].contexts[0].text == "Claim.the post"


def test_a_link_nested_in_a_link_is_compared_with_the_text_a_reader_sees() -> None:
    # The outer link shows the whole URL and leads there; the link inside it, on the post's number, leads
    # elsewhere. Word never nests links; a crafted file that does must not hide the second target.
    nested = (
        '<w:hyperlink r:id="rId1"><w:r><w:t>https://t.me/rybar/</w:t></w:r>'
        '<w:hyperlink r:id="rId2"><w:r><w:t>12345</w:t></w:r></w:hyperlink></w:hyperlink>'
    )
    links = {"rId1": "https://t.me/rybar/12345", "rId2": "https://t.me/fakerybar/1"}
    report = read_report_bytes(_package(_CITING, _note_with(nested), links), "r.docx")
    assert report.footnotes[0].urls == ("https://t.me/rybar/12345", "https://t.me/fakerybar/1")
    assert _link_findings(report) == [
        "a link shows 'https://t.me/rybar/12345' but leads to https://t.me/fakerybar/1; "
        "the target is what is captured"
    ]


def test_links_side_by_side_are_each_compared_with_their_own_text() -> None:
    honest = '<w:hyperlink r:id="rId1"><w:r><w:t>https://t.me/rybar/1</w:t></w:r></w:hyperlink>'
    between = '<w:r><w:t xml:space="preserve"> and </w:t></w:r>'
    misleading = '<w:hyperlink r:id="rId2"><w:r><w:t>https://t.me/rybar/2</w:t></w:r></w:hyperlink>'
    links = {"rId1": "https://t.me/rybar/1", "rId2": "https://t.me/fakerybar/2"}
    report = read_report_bytes(_package(_CITING, _note_with(honest + between + misleading), links), "r.docx")
    assert report.footnotes[0].text == "https://t.me/rybar/1 and https://t.me/rybar/2"
    assert _link_findings(report) == [
        "a link shows 'https://t.me/rybar/2' but leads to https://t.me/fakerybar/2; "
        "the target is what is captured"
    ]


def test_a_note_with_a_custom_mark_is_labelled_by_it_and_its_text_is_without_it() -> None:
    # Word types a custom mark (Insert Footnote > Custom mark: `*`) at the note's start, where a numbered
    # note has its w:footnoteRef: the note's text was read as "* Telegram, …".
    style = '<w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
    reference = f'<w:r>{style}<w:footnoteReference w:customMarkFollows="1" w:id="1"/><w:t>*</w:t></w:r>'
    body = f"<w:p><w:r><w:t>He wrote “we will win”.</w:t></w:r>{reference}</w:p>"
    note = _note_with(
        f"<w:r>{style}<w:t>*</w:t></w:r>"
        '<w:r><w:t xml:space="preserve"> Telegram, January 21, 2022, https://t.me/rybar/1</w:t></w:r>'
    )
    report = read_report_bytes(_package(body, note), "r.docx")
    assert [(n.label, n.text, n.urls) for n in report.footnotes] == [
        ("*", "Telegram, January 21, 2022, https://t.me/rybar/1", ("https://t.me/rybar/1",))
    ]
    assert [c.quotes for c in report.footnotes[0].contexts] == [("we will win",)]


def test_a_numbered_note_opening_with_a_star_keeps_it() -> None:
    note = _note_with("<w:r><w:footnoteRef/></w:r><w:r><w:t>*Telegram, January 21, 2022.</w:t></w:r>")
    report = read_report_bytes(_package(_CITING, note), "r.docx")
    assert [(n.label, n.text) for n in report.footnotes] == [("1", "*Telegram, January 21, 2022.")]


def _field(instruction: str, shown: str) -> str:
    """A complex field as Word writes one: begin, its instruction, separate, the runs it shows, end."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>{shown}</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def test_a_hyperlink_field_showing_another_address_than_it_leads_to_is_said_so() -> None:
    # A link written as a field was compared with nothing: the note showed rybar/1 and led to (and was
    # captured and compared at) fakerybar/1 without a word, where a w:hyperlink doing so is named.
    complex_field = _field('HYPERLINK "https://t.me/fakerybar/1"', "https://t.me/rybar/1")
    simple_field = (
        '<w:fldSimple w:instr=" HYPERLINK &quot;https://t.me/fakerybar/1&quot; ">'
        "<w:r><w:t>https://t.me/rybar/1</w:t></w:r></w:fldSimple>"
    )
    for field in (complex_field, simple_field):
        report = read_report_bytes(_package(_CITING, _note_with(field)), "r.docx")
        assert report.footnotes[0].urls == ("https://t.me/fakerybar/1", "https://t.me/rybar/1")
        assert _link_findings(report) == [
            "a link shows 'https://t.me/rybar/1' but leads to https://t.me/fakerybar/1; "
            "the target is what is captured"
        ]


def test_a_hyperlink_field_showing_words_or_its_own_address_is_its_notes_link() -> None:
    words = _field('HYPERLINK "https://t.me/rybar/1"', "the post")
    own = (
        '<w:fldSimple w:instr=" HYPERLINK https://t.me/rybar/2 ">'
        "<w:r><w:t>https://t.me/rybar/2</w:t></w:r></w:fldSimple>"
    )
    report = read_report_bytes(_package(_CITING, _note_with(words + " " + own)), "r.docx")
    assert report.footnotes[0].urls == ("https://t.me/rybar/1", "https://t.me/rybar/2")
    assert _link_findings(report) == []


@pytest.mark.parametrize(
    "instruction",
    [
        'HYPERLINK "https://t.me/rybar/1" \\o "Rybar\'s post" \\t "_blank"',
        'HYPERLINK \\o "Rybar\'s post" "https://t.me/rybar/1"',
        'HYPERLINK \\l "_Ref12" "https://t.me/rybar/1"',
        'HYPERLINK \\o "he said \\"go\\"" \\n "https://t.me/rybar/1"',
    ],
    ids=["switches after", "tooltip first", "place first", "quoted quote and a flag first"],
)
def test_a_hyperlink_fields_target_is_its_argument_that_is_no_switch_wherever_it_stands(
    instruction: str,
) -> None:
    # A field putting a switch before its address (`\o "tooltip"`) was read as leading nowhere: the note
    # showing "the post" had no link to check.
    attribute = instruction.replace('"', "&quot;")
    for field in (
        _field(instruction, "the post"),
        f'<w:fldSimple w:instr=" {attribute} "><w:r><w:t>the post</w:t></w:r></w:fldSimple>',
    ):
        report = read_report_bytes(_package(_CITING, _note_with(field)), "r.docx")
        assert report.footnotes[0].urls == ("https://t.me/rybar/1",)


def test_a_hyperlink_field_to_a_place_in_the_document_is_no_link_even_with_an_address_as_its_tooltip() -> (
    None
):
    local = _field('HYPERLINK \\l "_Toc1" \\o "https://t.me/fakerybar/1"', "see above")
    shown = '<w:r><w:t xml:space="preserve"> Rybar, https://t.me/rybar/2</w:t></w:r>'
    report = read_report_bytes(_package(_CITING, _note_with(local + shown)), "r.docx")
    assert report.footnotes[0].urls == ("https://t.me/rybar/2",)


def _field_showing(result: str, target: str) -> str:
    """A complex `HYPERLINK` field to `target` whose result is `result` (runs as written, "" for none)."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> HYPERLINK "{target}" </w:instrText></w:r>'
        f'<w:r><w:fldChar w:fldCharType="separate"/></w:r>{result}<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


_SHOWN_NOTE = (
    '<w:r><w:t xml:space="preserve">Rybar, Telegram, January 21, 2022, https://t.me/rybar/1</w:t></w:r>'
)


@pytest.mark.parametrize(
    "result",
    [
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>the old post</w:t></w:r>",
        '<w:del w:id="9" w:author="Editor" w:date="2026-01-05T10:00:00Z">'
        "<w:r><w:delText>the old post</w:delText></w:r></w:del>",
        "",
    ],
    ids=["hidden", "deleted with changes tracked", "no result"],
)
def test_a_hyperlink_field_showing_nothing_is_not_the_notes_link(result: str) -> None:
    # The note reads "Rybar, …, https://t.me/rybar/1"; a field before it whose result is hidden, deleted or
    # none led elsewhere, and its address, shown nowhere, was the note's first link: captured and checked.
    field = _field_showing(result, "https://t.me/fakerybar/1")
    report = read_report_bytes(_package(_CITING, _note_with(field + _SHOWN_NOTE)), "r.docx")
    [note] = report.footnotes
    assert (note.text, note.urls) == (
        "Rybar, Telegram, January 21, 2022, https://t.me/rybar/1",
        ("https://t.me/rybar/1",),
    )
    assert parse_citation(note).citation.url == "https://t.me/rybar/1"


def test_a_hyperlink_field_showing_words_or_a_picture_is_still_the_notes_link() -> None:
    words = _field_showing("<w:r><w:t>the post</w:t></w:r>", "https://t.me/rybar/1")
    picture = _field_showing("<w:r><w:drawing/></w:r>", "https://t.me/rybar/2")
    report = read_report_bytes(_package(_CITING, _note_with(words + picture)), "r.docx")
    assert report.footnotes[0].urls == ("https://t.me/rybar/1", "https://t.me/rybar/2")


_TRACKED = 'w:id="9" w:author="Editor" w:date="2026-01-05T10:00:00Z"'


def test_a_link_deleted_with_changes_tracked_is_not_the_notes_link() -> None:
    # Word records a link removed with changes tracked as the link around a deletion; the editor put the
    # right post in its place. The old address was read as the note's first link, so its post was captured
    # and compared with the quote while the note, as it reads, cites the new one.
    deleted_run = "<w:r><w:delText>the post</w:delText></w:r>"
    deleted = f'<w:hyperlink r:id="rId1"><w:del {_TRACKED}>{deleted_run}</w:del></w:hyperlink>'
    inserted = (
        f'<w:ins {_TRACKED}><w:hyperlink r:id="rId2"><w:r><w:t>the post</w:t></w:r></w:hyperlink></w:ins>'
    )
    links = {"rId1": "https://t.me/rybar/111", "rId2": "https://t.me/rybar/222"}
    report = read_report_bytes(_package(_CITING, _note_with(deleted + inserted), links), "r.docx")
    assert [(note.text, note.urls) for note in report.footnotes] == [
        ("the post", ("https://t.me/rybar/222",))
    ]
    assert parse_citation(report.footnotes[0]).citation.url == "https://t.me/rybar/222"


def test_a_link_inserted_or_kept_with_changes_tracked_is_the_notes_link() -> None:
    run = "<w:r><w:t>the post</w:t></w:r>"
    inserted = f'<w:hyperlink r:id="rId1"><w:ins {_TRACKED}>{run}</w:ins></w:hyperlink>'
    image = '<w:hyperlink r:id="rId2"><w:r><w:drawing/></w:r></w:hyperlink>'
    links = {"rId1": "https://t.me/rybar/111", "rId2": "https://t.me/rybar/222"}
    report = read_report_bytes(_package(_CITING, _note_with(inserted + image), links), "r.docx")
    assert report.footnotes[0].urls == ("https://t.me/rybar/111", "https://t.me/rybar/222")


def _tracked_paragraph(text: str, mark: str = "", end: str = "") -> str:
    """A paragraph of one run of `text` then `end`; `mark`: its mark's tracked change (`del`, `ins`)."""
    properties = f"<w:pPr><w:rPr><w:{mark} {_TRACKED}/></w:rPr></w:pPr>" if mark else ""
    return f"<w:p>{properties}<w:r><w:t>{text}</w:t></w:r>{end}</w:p>"


def test_a_paragraph_whose_mark_is_deleted_runs_on_into_the_next_with_its_quote() -> None:
    # An editor joined two paragraphs with changes tracked: as the text reads, the quote and the note cited
    # after it are one paragraph. Read apart, the quote was cited by no note and the note came out verified
    # without it compared.
    body = _tracked_paragraph("He wrote “we will win”.", "del") + _tracked_paragraph(
        "And so it went.", end=_REFERENCE
    )
    report = read_report_bytes(_package(body, _NOTE), "r.docx")
    assert [(c.location, c.text, c.quotes) for c in report.footnotes[0].contexts] == [
        ("paragraph 2", "He wrote “we will win”. And so it went.", ("we will win",))
    ]


def test_a_paragraph_whose_mark_is_kept_or_inserted_stays_a_paragraph_of_its_own() -> None:
    body = (
        _tracked_paragraph("He wrote “we will win”.", "ins")
        + _tracked_paragraph("And so it went.", end=_REFERENCE)
        + _tracked_paragraph("Then “all was lost”.")
    )
    report = read_report_bytes(_package(body, _NOTE), "r.docx")
    assert [(c.location, c.text, c.quotes) for c in report.footnotes[0].contexts] == [
        ("paragraph 2", "And so it went.", ())
    ]


def test_paragraphs_joined_by_deleted_marks_in_a_long_run_are_read_in_linear_time() -> None:
    count = 40_000
    body = _tracked_paragraph("a", "del") * count + _tracked_paragraph("Claim.", end=_REFERENCE)
    # CPU seconds, not wall-clock: on a loaded machine the wall clock of a linear read passed its bound.
    started = time.process_time()
    report = read_report_bytes(_package(body, _NOTE, None, zipfile.ZIP_STORED), "r.docx")
    assert time.process_time() - started < 10
    [context] = report.footnotes[0].contexts
    assert context.location == f"paragraph {count + 1}"
    assert context.text.endswith("a a a Claim.")


def _text_box(*paragraphs: str) -> str:
    """A paragraph anchoring a text box as Word writes one: a drawing, and the same box in VML for older
    readers, each holding the box's paragraphs."""
    inside = "".join(f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" for text in paragraphs)
    drawing = (
        '<w:drawing><wp:anchor xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData>'
        '<wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        f"<wps:txbx><w:txbxContent>{inside}</w:txbxContent></wps:txbx></wps:wsp>"
        "</a:graphicData></a:graphic></wp:anchor></w:drawing>"
    )
    vml = (
        '<w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml">'
        f"<v:textbox><w:txbxContent>{inside}</w:txbxContent></v:textbox></v:shape></w:pict>"
    )
    return (
        '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        f'<mc:Choice Requires="wps">{drawing}</mc:Choice><mc:Fallback>{vml}</mc:Fallback>'
        "</mc:AlternateContent></w:r></w:p>"
    )


def test_paragraphs_after_a_text_box_are_numbered_counting_its_paragraphs_once() -> None:
    # Read in the drawing and again in its VML copy, the box's two paragraphs counted four times over two:
    # the note was located in paragraph 6, a paragraph after the one that cites it.
    body = "<w:p><w:r><w:t>Intro.</w:t></w:r></w:p>" + _text_box("Key figures", "12 dead") + _CITING
    report = read_report_bytes(_package(body, _NOTE), "r.docx")
    assert [(note.line, note.location) for note in report.footnotes] == [
        (5, "footnote 1, cited in paragraph 5")
    ]
    assert [(c.location, c.text) for c in report.footnotes[0].contexts] == [("paragraph 5", "Claim.")]


def test_a_checkbox_word_writes_as_a_symbol_with_a_text_fallback_keeps_its_text() -> None:
    checkbox = (
        '<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice Requires="w14"><w:sym w:font="Segoe UI Symbol" w:char="2610"/></mc:Choice>'
        "<mc:Fallback><w:t>☐</w:t></mc:Fallback></mc:AlternateContent></w:r>"
    )
    body = f"<w:p>{checkbox}<w:r><w:t>Claim.</w:t></w:r>{_REFERENCE}</w:p>"
    report = read_report_bytes(_package(body, _NOTE), "r.docx")
    assert [(c.location, c.text) for c in report.footnotes[0].contexts] == [("paragraph 1", "☐Claim.")]


def _symbol(font: str, char: str) -> str:
    return f'<w:r><w:sym w:font="{font}" w:char="{char}"/></w:r>'


def test_a_quote_mark_word_wrote_as_a_symbol_opens_and_closes_the_quote() -> None:
    # `w:sym` was dropped: a quote whose marks Word wrote so (a character inserted from a symbol table) was
    # no quote, its words compared with nothing, and the note came out with no claim of it.
    body = (
        f"<w:p>{_run('The mayor said ')}{_symbol('Times New Roman', '201C')}{_run('we hold the bridge')}"
        f"{_symbol('Times New Roman', '201D')}{_run('.')}{_REFERENCE}</w:p>"
    )
    report = read_report_bytes(_package(body, _NOTE), "r.docx")
    assert [(c.text, c.quotes) for c in report.footnotes[0].contexts] == [
        ("The mayor said \u201cwe hold the bridge\u201d.", ("we hold the bridge",))
    ]


def test_a_symbol_fonts_character_is_read_as_its_unicode_one_and_a_pictograph_as_nothing() -> None:
    body = (
        f"<w:p>{_run('Losses ')}{_symbol('Symbol', 'F0BB')}{_run('40 ')}{_symbol('Symbol', 'F0B1')}"
        f"{_run('5 in ')}{_symbol('Symbol', 'F044')}{_run('t')}{_symbol('Wingdings', 'F04A')}"
        f"{_symbol('Symbol', 'F0BC')}{_run(' “we retreat”.')}{_REFERENCE}</w:p>"
    )
    report = read_report_bytes(_package(body, _NOTE), "r.docx")
    assert [(c.text, c.quotes) for c in report.footnotes[0].contexts] == [
        ("Losses \u224840 \u00b15 in \u0394t\u2026 “we retreat”.", ("we retreat",))
    ]


def test_a_hidden_symbol_is_not_read() -> None:
    hidden = '<w:r><w:rPr><w:vanish/></w:rPr><w:sym w:font="Times New Roman" w:char="201C"/></w:r>'
    body = f"<w:p>{_run('Claim')}{hidden}{_run('.')}{_REFERENCE}</w:p>"
    report = read_report_bytes(_package(body, _NOTE), "r.docx")
    assert [c.text for c in report.footnotes[0].contexts] == ["Claim."]


def test_a_custom_mark_word_wrote_as_a_symbol_labels_its_note() -> None:
    reference = (
        '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="1"/>'
        '<w:sym w:font="Symbol" w:char="F0B7"/></w:r>'
    )
    body = f"<w:p><w:r><w:t>He wrote “we will win”.</w:t></w:r>{reference}</w:p>"
    report = read_report_bytes(_package(body, _NOTE), "r.docx")
    assert [(n.label, [c.quotes for c in n.contexts]) for n in report.footnotes] == [
        ("\u2022", [("we will win",)])
    ]


def test_a_symbol_word_writes_in_a_run_with_a_text_fallback_is_read_once() -> None:
    checkbox = (
        '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<mc:Choice Requires="w14"><w:r><w:sym w:font="Segoe UI Symbol" w:char="2610"/></w:r></mc:Choice>'
        "<mc:Fallback><w:r><w:t>☐</w:t></w:r></mc:Fallback></mc:AlternateContent>"
    )
    body = f"<w:p>{checkbox}<w:r><w:t>Claim.</w:t></w:r>{_REFERENCE}</w:p>"
    report = read_report_bytes(_package(body, _NOTE), "r.docx")
    assert [c.text for c in report.footnotes[0].contexts] == ["☐Claim."]


def test_notes_nested_in_one_another_are_each_read_once() -> None:
    # Word never nests notes. Each was read with every note inside it: 1,000 nested notes (6 KB) took 9 s and
    # gave 5 MB of note text, 2,000 over a minute.
    depth = 1_000
    notes = "".join(
        f'<w:footnote w:id="{k}"><w:p><w:r><w:t>Note {k}.</w:t></w:r></w:p>' for k in range(1, depth + 1)
    )
    references = "".join(f'<w:r><w:footnoteReference w:id="{k}"/></w:r>' for k in range(1, depth + 1))
    body = f"<w:p><w:r><w:t>Claim.</w:t></w:r>{references}</w:p>"
    report = read_report_bytes(_package(body, notes + "</w:footnote>" * depth), "r.docx")
    assert [note.text for note in report.footnotes] == [f"Note {k}." for k in range(1, depth + 1)]


@pytest.mark.parametrize("reference", ["&#xfdd0;", "&#xfdd1;", "\ufdd0"])
def test_docx_passage_edge_characters_in_text_move_no_quote(reference: str) -> None:
    # The DOCX reader marks no passages, and XML 1.0 has no U+FFFF (`&#xFFFF;` is refused as not well-formed).
    body = (
        f'<w:p><w:r><w:t xml:space="preserve">Intro “Quote A” {reference} then “Quote B”</w:t></w:r>'
        '<w:r><w:footnoteReference w:id="1"/></w:r></w:p>'
    )
    report = read_report_bytes(_package(body, _NOTE), "r.docx")
    assert report.footnotes[0].contexts[0].quotes == ("Quote A", "Quote B")
    with pytest.raises(InputError, match=r"not well-formed XML \(reference to invalid character number"):
        read_report_bytes(_package(body.replace(reference, "&#xFFFF;"), _NOTE), "r.docx")


# --- the zip itself, checked before `zipfile` reads its directory or inflates a part ------------------------


def _zip_of_too_many_entries(entries: int, stated: int) -> bytes:
    """A zip of only a central directory of `entries` empty one-letter entries, its end record stating
    `stated` (a ZIP64 end record when over 65,535): what `zipfile` would read whole before counting it."""
    header = struct.Struct("<4s4B4HL2L5H2L")
    directory = b"".join(
        header.pack(b"PK\x01\x02", 20, 0, 20, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0) + b"a"
        for _ in range(entries)
    )
    if stated <= 0xFFFF:
        return directory + struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, stated, stated, len(directory), 0, 0)
    return (
        directory
        + struct.pack("<4sQ2H2L4Q", b"PK\x06\x06", 44, 45, 45, 0, 0, stated, stated, len(directory), 0)
        + struct.pack("<4sLQL", b"PK\x06\x07", 0, len(directory), 1)
        + struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF, 0xFFFFFFFF, 0)
    )


@pytest.mark.parametrize(
    ("entries", "stated", "counted"),
    [(1, 1_000_000, 1_000_000), (docx_reader.MAX_PARTS + 1, 1, docx_reader.MAX_PARTS + 1)],
    ids=["stated", "understated"],
)
def test_docx_of_too_many_zip_entries_is_refused_before_zipfile_reads_its_directory(
    monkeypatch: pytest.MonkeyPatch, entries: int, stated: int, counted: int
) -> None:
    # zipfile reads (and keeps) the whole central directory first: a million empty entries (47 MB) took
    # 446 MB and 7.5 s, then said "no word/document.xml". An end record understating the count is caught too.
    def no_zipfile(*args: object, **kwargs: object) -> None:
        raise AssertionError("zipfile read the central directory")

    monkeypatch.setattr("provenance.readers.docx.zipfile.ZipFile", no_zipfile)
    message = rf"^many\.docx: not a DOCX document \({counted} zip entries, over {docx_reader.MAX_PARTS}\)$"
    with pytest.raises(InputError, match=message):
        read_report_bytes(_zip_of_too_many_entries(entries, stated), "many.docx")


_BOMBED_PARTS = (
    "word/document.xml",
    "word/footnotes.xml",
    "word/endnotes.xml",
    "word/_rels/document.xml.rels",
    "word/_rels/footnotes.xml.rels",
)


def _docx_with_a_zip_bomb_in(bombed: str) -> bytes:
    """A readable one-note DOCX but for `bombed`: 2 MB of spaces inside its root element, deflated to 2 KB
    (1,000 times)."""
    root = {
        "document": f"w:document {_WORD}",
        "footnotes": f"w:footnotes {_WORD}",
        "endnotes": f"w:endnotes {_WORD}",
    }
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as package:
        for part in _BOMBED_PARTS:
            kind = part.rsplit("/", 1)[1].split(".", 1)[0]
            opening = root.get(
                kind, 'Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"'
            )
            closing = opening.split(" ", 1)[0]
            inside = {"document": "<w:body><w:p/></w:body>", "footnotes": _NOTE}.get(kind, "")
            filler = " " * (2 << 20) if part == bombed else ""
            package.writestr(part, f"<{opening}>{inside}{filler}</{closing}>")
    return packed.getvalue()


@pytest.mark.parametrize("bombed", _BOMBED_PARTS)
def test_docx_part_that_inflates_like_a_zip_bomb_is_refused_before_it_is_inflated(
    monkeypatch: pytest.MonkeyPatch, bombed: str
) -> None:
    # A footnote of 63 MB of text in a 64 KB file was read, walked and searched for URLs: 49 s and 510 MB.
    package = _docx_with_a_zip_bomb_in(bombed)
    opened: list[str] = []
    original_open = zipfile.ZipFile.open

    def watched_open(self: zipfile.ZipFile, name: Any, *args: Any, **kwargs: Any) -> Any:
        opened.append(name if isinstance(name, str) else name.filename)
        return original_open(self, name, *args, **kwargs)

    monkeypatch.setattr(zipfile.ZipFile, "open", watched_open)
    inflated = r"is \d+ bytes that inflate to \d+: over 200 times \(a zip bomb\?\): not read"
    with pytest.raises(InputError, match=rf"^bomb\.docx: {re.escape(bombed)} {inflated}$"):
        read_report_bytes(package, "bomb.docx")
    assert bombed not in opened


def test_docx_parts_over_the_total_bound_together_are_refused_before_the_last_is_inflated(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each part is under the part bound, together they are over the total one: said as such, not inflated.
    monkeypatch.setattr(docx_reader, "MAX_TOTAL_BYTES", 150_000)
    footnotes = _NOTE + "".join(f"<!-- {number:07d} -->" for number in range(7_000))
    package = _package("<w:p/>" + "".join(f"<!-- {number:07d} -->" for number in range(7_000)), footnotes)
    over = r"is \d+ bytes unpacked, over the limit of 150000 bytes for the parts read together"
    with pytest.raises(InputError, match=rf"^total\.docx: word/footnotes\.xml {over}$"):
        read_report_bytes(package, "total.docx")


def test_docx_part_whose_stated_compressed_size_runs_past_the_zip_data_is_refused() -> None:
    # The ratio of a zip bomb is taken from the stated compressed size: one running into the central directory
    # (so that 2 MB seems to come from more than 10 KB) is no size at all.
    def overstated(data: bytearray, _: int, central: int) -> None:
        struct.pack_into("<L", data, central + 20, central + 1)  # compressed size: past the directory's start

    past = r"cannot be unpacked \(its stated compressed size, \d+ bytes, runs past the zip's data\)"
    with pytest.raises(InputError, match=rf"^r\.docx: word/document\.xml {past}$"):
        read_report_bytes(_crafted(zipfile.ZIP_DEFLATED, overstated), "r.docx")


_BLOCK_QUOTES = """# Memo

The governor spoke twice.

> The tunnel will close in May.

[^1] said the mayor. Later she went on.[^2]

> We will rebuild the bridge.[^3]
> — the governor

[^1]: Mayor, January 24, 2022, https://example.org/m
[^2]: Mayor, January 25, 2022, https://example.org/n
[^3]: Governor, January 26, 2022, https://example.org/g
"""


def _quotes_by_label(report: Report) -> dict[str, list[tuple[str, ...]]]:
    return {note.label: [context.quotes for context in note.contexts] for note in report.footnotes}


def test_a_block_quote_in_a_docx_is_cited_by_the_reference_in_it_or_opening_the_paragraph_after(
    tmp_path: Path,
) -> None:
    # A block quote (pandoc's "Block Text" style) was a paragraph like any other: its words were no
    # footnote's, and footnote 1 came out verified without the mayor's words compared. As the Markdown
    # reader reads it.
    source = tmp_path / "memo.md"
    source.write_text(_BLOCK_QUOTES, encoding="utf-8")
    document = read_report(pandoc_to_docx(source, tmp_path / "memo.docx"))
    assert _quotes_by_label(document) == _quotes_by_label(read_report(source))
    assert _quotes_by_label(document) == {
        "1": [("The tunnel will close in May.",)],
        "2": [()],
        "3": [("We will rebuild the bridge.",)],
    }


def test_a_notes_links_and_written_addresses_keep_the_order_they_stand_in(tmp_path: Path) -> None:
    # `…, t.me/citynews/12; see also [WarGonzo's reply](…)`: the linked words were put before the address
    # written out, so WarGonzo's post was captured as note 2's source and the mayor's quote compared with
    # it (note 1: the archive's copy in place of the post), where the Markdown source gives the post first.
    source = tmp_path / "memo.md"
    source.write_text(LINKS_AMONG_WRITTEN_ADDRESSES, encoding="utf-8")
    document = read_report(pandoc_to_docx(source, tmp_path / "memo.docx"))
    assert [note.urls for note in document.footnotes] == [note.urls for note in read_report(source).footnotes]
    assert [note.urls for note in document.footnotes] == [
        ("https://t.me/rybar/1234", "https://web.archive.org/web/20220121/https://t.me/rybar/1234"),
        ("https://t.me/citynews/12", "https://t.me/wargonzo/5500"),
    ]
    assert parse_citation(document.footnotes[1]).citation.url == "https://t.me/citynews/12"


def test_a_link_showing_an_address_stands_before_that_address_written_after_it() -> None:
    # A field showing `https://t.me/rybar/1` and leading elsewhere, then the same address typed: the link's
    # target is still the note's first (what is captured, and what `link-text-differs` names).
    field = _field('HYPERLINK "https://t.me/fakerybar/1"', "https://t.me/rybar/1")
    typed = '<w:r><w:t xml:space="preserve"> (https://t.me/rybar/1)</w:t></w:r>'
    report = read_report_bytes(_package(_CITING, _note_with(field + typed)), "r.docx")
    assert report.footnotes[0].urls == ("https://t.me/fakerybar/1", "https://t.me/rybar/1")


def test_a_quote_style_named_in_another_language_is_still_a_block_quote(tmp_path: Path) -> None:
    # Word writes a style's id in the language of its menus (`Zitat`) and keeps the built-in name ("Quote").
    source = tmp_path / "memo.md"
    source.write_text(_BLOCK_QUOTES, encoding="utf-8")
    pandoc = pandoc_to_docx(source, tmp_path / "pandoc.docx")
    renamed = _rewritten(
        pandoc,
        tmp_path / "zitat.docx",
        {
            "word/styles.xml": (
                '<w:style w:styleId="BlockText" w:type="paragraph">\n    <w:name w:val="Block Text" />',
                '<w:style w:styleId="Zitat" w:type="paragraph">\n    <w:name w:val="Quote" />',
            ),
            "word/document.xml": ('w:val="BlockText"', 'w:val="Zitat"'),
        },
    )
    assert _quotes_by_label(read_report(renamed))["1"] == [("The tunnel will close in May.",)]


def test_a_paragraph_in_another_style_is_no_block_quote(tmp_path: Path) -> None:
    source = tmp_path / "memo.md"
    source.write_text(_BLOCK_QUOTES, encoding="utf-8")
    pandoc = pandoc_to_docx(source, tmp_path / "pandoc.docx")
    plain = _rewritten(
        pandoc, tmp_path / "plain.docx", {"word/document.xml": ('w:val="BlockText"', 'w:val="BodyText"')}
    )
    assert _quotes_by_label(read_report(plain))["1"] == [()]


# --- a note cited again by a cross-reference (Insert > Cross-reference > Footnote number (formatted)) -------


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _bookmarked_reference(note_id: int, bookmark: str) -> str:
    """A note reference as Word writes it once a cross-reference points to it: inside a `_Ref` bookmark."""
    return (
        f'<w:bookmarkStart w:id="{note_id}" w:name="{bookmark}"/>'
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
        f'<w:footnoteReference w:id="{note_id}"/></w:r>'
        f'<w:bookmarkEnd w:id="{note_id}"/>'
    )


def _note_reference_field(bookmark: str, shown: str, switches: str = r"\f \h") -> str:
    """A NOTEREF field as Word writes it: its instruction, then the note's number it shows."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> NOTEREF {bookmark} {switches} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>{shown}</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


_TWO_NOTES = (
    '<w:footnote w:id="1"><w:p><w:r><w:t>Mayor, January 24, 2022.</w:t></w:r></w:p></w:footnote>'
    '<w:footnote w:id="2"><w:p><w:r><w:t>Governor, January 25, 2022.</w:t></w:r></w:p></w:footnote>'
)


def test_a_quote_cited_again_by_a_cross_reference_to_its_note_is_that_notes_claim() -> None:
    # Word's way to cite a note a second time is a NOTEREF field set as a note reference, not a second
    # reference: its number was read as text, the quote before it was no footnote's, and footnote 1 came out
    # verified with “we lost the bridge” never compared.
    body = (
        f"<w:p>{_run('The mayor said “we hold the bridge”.')}{_bookmarked_reference(1, '_Ref1')}</w:p>"
        f"<w:p>{_run('Later he said “we lost the bridge”.')}{_note_reference_field('_Ref1', '1')}</w:p>"
    )
    report = read_report_bytes(_package(body, _TWO_NOTES), "r.docx")
    assert [
        (note.label, [(c.location, c.text, c.quotes) for c in note.contexts]) for note in report.footnotes
    ] == [
        (
            "1",
            [
                ("paragraph 1", "The mayor said “we hold the bridge”.", ("we hold the bridge",)),
                ("paragraph 2", "Later he said “we lost the bridge”.", ("we lost the bridge",)),
            ],
        ),
        ("2", []),
    ]


def test_a_cross_reference_before_its_note_cites_it_without_numbering_it() -> None:
    # Word numbers notes by their references; a cross-reference that comes first numbers nothing.
    body = (
        f"<w:p>{_run('First “alpha”.')}{_note_reference_field('_Ref9', '2')}</w:p>"
        f'<w:p>{_run("Second “beta”.")}<w:r><w:footnoteReference w:id="2"/></w:r></w:p>'
        f"<w:p>{_run('Third “gamma”.')}{_bookmarked_reference(1, '_Ref9')}</w:p>"
    )
    report = read_report_bytes(_package(body, _TWO_NOTES), "r.docx")
    assert [(note.label, note.text, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", "Governor, January 25, 2022.", [("beta",)]),
        ("2", "Mayor, January 24, 2022.", [("alpha",), ("gamma",)]),
    ]


@pytest.mark.parametrize(
    ("bookmark", "switches"),
    [("_Ref404", r"\f \h"), ("_Ref1", r"\h")],
    ids=["a bookmark on no note reference", "the number not set as a note reference"],
)
def test_a_note_number_field_that_cites_no_note_is_its_text(bookmark: str, switches: str) -> None:
    # `see note 1` (no \f) names a note in prose; a bookmark on no note reference names no note to cite.
    body = (
        f"<w:p>{_run('The mayor said “we hold the bridge”.')}{_bookmarked_reference(1, '_Ref1')}</w:p>"
        f"<w:p>{_run('As in note ')}{_note_reference_field(bookmark, '1', switches)}{_run(', “x”.')}</w:p>"
        f'<w:p>{_run("Claim.")}<w:r><w:footnoteReference w:id="2"/></w:r></w:p>'
    )
    report = read_report_bytes(_package(body, _TWO_NOTES), "r.docx")
    assert [[c.quotes for c in note.contexts] for note in report.footnotes] == [
        [("we hold the bridge",)],
        [()],
    ]
    walked = docx_reader.WalkedParagraph()
    docx_reader._walk(fromstring(f"<w:p {_WORD}>" + body.split("<w:p>")[2]), {}, walked)
    docx_reader.resolve_cross_references([walked])
    assert without_marks("".join(walked.text)) == "As in note 1, “x”."
    assert walked.references == []


def test_a_cross_reference_in_a_simple_field_cites_its_note() -> None:
    # LibreOffice and other writers put a field's instruction on one element, its number inside it.
    body = (
        f"<w:p>{_run('The mayor said “we hold the bridge”.')}{_bookmarked_reference(1, '_Ref1')}</w:p>"
        f"<w:p>{_run('Later “we lost it”.')}"
        r'<w:fldSimple w:instr=" NOTEREF _Ref1 \f \h "><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p>'
    )
    report = read_report_bytes(_package(body, _TWO_NOTES), "r.docx")
    assert [c.text for c in report.footnotes[0].contexts] == [
        "The mayor said “we hold the bridge”.",
        "Later “we lost it”.",
    ]


# --- a block quote set apart by indentation, not a quotation style (Google Docs, Word's Increase Indent) -


def _paragraph(text: str, properties: str = "", note: int | None = None, note_first: bool = False) -> str:
    """A paragraph as Google Docs writes one: its spacing, any other properties, its text and a reference."""
    reference = f'<w:r><w:footnoteReference w:id="{note}"/></w:r>' if note else ""
    runs = reference + _run(text) if note_first else _run(text) + reference
    return f'<w:p><w:pPr><w:spacing w:after="0" w:before="0"/>{properties}</w:pPr>{runs}</w:p>'


_INDENTED = '<w:ind w:left="720" w:right="720" w:firstLine="0"/>'


def test_an_indented_paragraph_is_a_block_quote_cited_by_the_reference_in_it_or_opening_the_next() -> None:
    # Google Docs has no quotation style: a writer sets a quotation apart by indenting it. Read as any other
    # paragraph, its words were no footnote's quote, and both notes came out verified without them compared.
    body = (
        _paragraph("The mayor wrote on Monday:", '<w:ind w:left="0" w:firstLine="0"/>')
        + _paragraph("We will rebuild the bridge by May.", _INDENTED, note=1)
        + _paragraph("The governor went further.")
        + _paragraph("The tunnel will close for good.", _INDENTED)
        + _paragraph(" he said.", note=2, note_first=True)
    )
    report = read_report_bytes(_package(body, _TWO_NOTES), "r.docx")
    assert _quotes_by_label(report) == {
        "1": [("We will rebuild the bridge by May.",)],
        "2": [("The tunnel will close for good.",)],
    }


def test_a_block_quote_indented_by_hand_reads_as_one_in_a_quotation_style(tmp_path: Path) -> None:
    source = tmp_path / "memo.md"
    source.write_text(_BLOCK_QUOTES, encoding="utf-8")
    pandoc = pandoc_to_docx(source, tmp_path / "pandoc.docx")
    indented = _rewritten(
        pandoc,
        tmp_path / "indented.docx",
        {"word/document.xml": ('<w:pStyle w:val="BlockText" />', '<w:ind w:left="720" w:right="720" />')},
    )
    assert _quotes_by_label(read_report(indented)) == _quotes_by_label(read_report(pandoc))


@pytest.mark.parametrize(
    "properties",
    [
        '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:ind w:left="720" w:hanging="360"/>',
        '<w:ind w:left="720" w:hanging="720"/>',
        '<w:jc w:val="center"/><w:ind w:left="720"/>',
        '<w:pStyle w:val="ListParagraph"/><w:ind w:left="720"/>',
        '<w:pStyle w:val="Heading2"/><w:ind w:left="720"/>',
        '<w:ind w:left="0" w:firstLine="720"/>',
        '<w:ind w:left="6480"/>',
    ],
    ids=["list item", "hanging indent", "centred", "list paragraph", "heading", "first line", "far right"],
)
def test_a_paragraph_set_in_for_its_layout_is_no_block_quote(properties: str) -> None:
    body = _paragraph("Intro.") + _paragraph("The bridge was struck on Monday.", properties, note=1)
    assert _quotes_by_label(read_report_bytes(_package(body, _TWO_NOTES), "r.docx")) == {"1": [()], "2": []}


def test_paragraphs_indented_as_the_body_is_or_in_a_table_are_no_block_quotes() -> None:
    # A writer who indents every paragraph quotes nothing by it; a table's cells are set in by the table.
    every = _paragraph("Intro.", _INDENTED) + _paragraph("The bridge was struck.", _INDENTED, note=1)
    cell = (
        f"<w:tbl><w:tr><w:tc>{_paragraph('The bridge was struck.', _INDENTED, note=1)}</w:tc></w:tr></w:tbl>"
    )
    for body in (every, _paragraph("Intro.") + cell):
        assert _quotes_by_label(read_report_bytes(_package(body, _TWO_NOTES), "r.docx")) == {
            "1": [()],
            "2": [],
        }


@pytest.mark.parametrize(
    ("vanish", "quotes"),
    [
        ("<w:vanish/>", ("we hold the bridge",)),
        ('<w:vanish w:val="0"/>', ("we hold the bridge", "draft: ask him")),
    ],
    ids=["hidden", "hiding switched off"],
)
def test_hidden_text_is_no_quote_of_the_note(vanish: str, quotes: tuple[str, ...]) -> None:
    # Word's hidden text (a note to self) is not what a reader of the report sees: read as shown, its “…”
    # was compared with the source and the note warned on a quote the report does not make.
    body = (
        f"<w:p>{_run('The mayor said “we hold the bridge”')}"
        f'<w:r><w:rPr>{vanish}</w:rPr><w:t xml:space="preserve"> “draft: ask him”</w:t></w:r>'
        f"{_run('.')}{_REFERENCE}</w:p>"
    )
    report = read_report_bytes(_package(body, _TWO_NOTES), "r.docx")
    assert [c.quotes for c in report.footnotes[0].contexts] == [quotes]


@pytest.mark.parametrize(
    "quote_properties", ['<w:pStyle w:val="Quote"/>', _INDENTED], ids=["style", "indented"]
)
def test_a_reference_ending_a_paragraph_by_a_colon_quotes_the_block_quote_after_it(
    quote_properties: str,
) -> None:
    # `The mayor said:¹` and the quotation set apart below: its words were no footnote's, and footnote 1 came
    # out verified without them compared.
    body = (
        _paragraph("The mayor said:", note=1)
        + _paragraph("We will rebuild the bridge by May.", quote_properties)
        + _paragraph("Then he left.", note=2)
    )
    report = read_report_bytes(_package(body, _TWO_NOTES), "r.docx")
    assert _quotes_by_label(report) == {"1": [("We will rebuild the bridge by May.",)], "2": [()]}
    assert report.footnotes[0].contexts[0].text == "The mayor said: We will rebuild the bridge by May."


def test_a_block_quote_after_a_reference_with_no_colon_or_citing_itself_is_not_the_references() -> None:
    quote = _paragraph("We will rebuild the bridge by May.", _INDENTED)
    for body in (
        _paragraph("The mayor spoke on Monday.", note=1) + quote + _paragraph("Then he left."),
        _paragraph("The mayor said:", note=1) + quote + _paragraph(" he added.", note=2, note_first=True),
    ):
        quotes = _quotes_by_label(read_report_bytes(_package(body, _TWO_NOTES), "r.docx"))
        assert quotes["1"] == [()]


_CLAIMS_TABLE = """The claims we checked:

| Who      | Claim                         | Source |
|----------|-------------------------------|--------|
| Mayor    | “We will rebuild the bridge.” | [^1]   |
| Governor | “The tunnel is closed.”[^2]   | Telegram |

[^1]: Mayor, January 24, 2022, https://example.org/m
[^2]: Governor, January 25, 2022, https://example.org/g
"""


def test_a_reference_alone_in_a_sources_column_cites_its_row(tmp_path: Path) -> None:
    # A table of claims with their notes in a column of their own: read alone, the reference's cell held no
    # words, the claim was no footnote's quote, and footnote 1 came out verified with nothing compared. A
    # reference in the claim's own cell cites that cell, as before.
    source = tmp_path / "claims.md"
    source.write_text(_CLAIMS_TABLE, encoding="utf-8")
    document = read_report(pandoc_to_docx(source, tmp_path / "claims.docx"))
    assert [[(c.text, c.quotes) for c in note.contexts] for note in document.footnotes] == [
        [("Mayor “We will rebuild the bridge.”", ("We will rebuild the bridge.",))],
        [("“The tunnel is closed.”", ("The tunnel is closed.",))],
    ]


def test_a_quotation_going_on_over_paragraphs_is_all_the_quote_of_the_reference_closing_it() -> None:
    # An opening mark at each paragraph, the closing one and the reference at the last: the first
    # paragraph's words were no footnote's, and footnote 1 came out verified without them compared.
    body = (
        _paragraph("The mayor said: “We will rebuild the bridge by May.")
        + _paragraph("“The tunnel will close for good.”", note=1)
        + _paragraph("He said “nothing more”.")
        + _paragraph("Then he left.", note=2)
    )
    assert _quotes_by_label(read_report_bytes(_package(body, _TWO_NOTES), "r.docx")) == {
        "1": [("We will rebuild the bridge by May.", "The tunnel will close for good.")],
        "2": [()],
    }


def test_a_reference_ending_a_paragraph_by_a_colon_quotes_a_paragraph_of_one_quotation_after_it() -> None:
    # `The mayor said:¹` and the quotation on its own below, in quote marks: its words were no footnote's.
    for quote, quotes in (
        ("“We will rebuild the bridge by May.”", ("We will rebuild the bridge by May.",)),
        ("“We will rebuild,” he said, “by May.”", ()),
    ):
        body = _paragraph("The mayor said:", note=1) + _paragraph(quote) + _paragraph("Then he left.", note=2)
        assert _quotes_by_label(read_report_bytes(_package(body, _TWO_NOTES), "r.docx")) == {
            "1": [quotes],
            "2": [()],
        }


# --- notes typed by hand, cited by digits set in superscript ---------------------------------------------


def _raised(text: str) -> str:
    """A run set in superscript, as Word's Ctrl+Shift+= sets one."""
    raised = '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
    return f'<w:r>{raised}<w:t xml:space="preserve">{text}</w:t></w:r>'


_LEFT = f"<w:p>{_run('The channel said “we left”.')}{_raised('1')}</w:p>"
_TYPED_SOURCES = "<w:p>{}</w:p><w:p>{}</w:p>".format(
    _run("Sources"), _run("1. Rybar, Telegram, January 21, 2022, https://t.me/rybar/1")
)


def test_docx_notes_typed_by_hand_cited_by_superscript_digits_are_cited_there() -> None:
    # Marks typed as digits set in superscript: read as the digit, the quote before it was no note's claim,
    # and the note came out with nothing to compare.
    report = read_report_bytes(_package(_LEFT + _TYPED_SOURCES), "r.docx")
    assert [(note.label, [(c.location, c.quotes) for c in note.contexts]) for note in report.footnotes] == [
        ("1", [("paragraph 1", ("we left",))])
    ]
    assert report.findings == ()


def test_docx_notes_typed_by_hand_with_tabs_between_their_parts_keep_them_apart() -> None:
    # `1.`, a tab, `Two Majors`, a tab, `Telegram`, …: read as spaces, the name ran on into `Two Majors
    # Telegram`, named no one, and the URL's channel (Rybar) stood for the author: the note crediting Two
    # Majors passed on Rybar's post. A tab indenting a paragraph is still a space.
    tab = "<w:r><w:tab/></w:r>"
    parts = ("1.", "Two Majors", "Telegram", "January 21, 2022", "https://t.me/rybar/1")
    sources = f"<w:p>{_run('Sources')}</w:p><w:p>{tab.join(_run(part) for part in parts)}</w:p>"
    report = read_report_bytes(_package(_LEFT.replace("<w:p>", f"<w:p>{tab}", 1) + sources), "r.docx")
    [note] = report.footnotes
    assert note.text == "Two Majors\nTelegram\nJanuary 21, 2022\nhttps://t.me/rybar/1"
    assert parse_citation(note).citation.author == "Two Majors"
    assert [(context.text, context.quotes) for context in note.contexts] == [
        ("The channel said “we left”.", ("we left",))
    ]


def test_docx_notes_typed_by_hand_with_each_link_in_the_paragraph_after_hold_their_links() -> None:
    # Read as the block's end, note 1 had no link to check and note 2 was lost (`marker-without-footnote`).
    body = f"<w:p>{_run('The channel said “we left”.')}{_raised('1')}"
    body += f"{_run(' It denied it.')}{_raised('2')}</w:p>"
    sources = "".join(
        f"<w:p>{_run(text)}</w:p>"
        for text in (
            "Sources",
            "1. Rybar, Telegram, January 21, 2022",
            "https://t.me/rybar/1",
            "2. Two Majors, Telegram, January 22, 2022",
            "https://t.me/dva_majors/2",
        )
    )
    report = read_report_bytes(_package(body + sources), "r.docx")
    assert [(note.label, note.urls, note.location) for note in report.footnotes] == [
        ("1", ("https://t.me/rybar/1",), "paragraph 3"),
        ("2", ("https://t.me/dva_majors/2",), "paragraph 5"),
    ]
    assert report.findings == ()


def test_docx_superscript_digit_marks_split_over_runs_are_one_mark() -> None:
    # Word splits a run as it is edited: a raised `1` and a raised `2` side by side are mark 12.
    body = f"<w:p>{_run('The channel said “we left”.')}{_raised('1')}{_raised('2')}</w:p>"
    sources = f"<w:p>{_run('Notes')}</w:p><w:p>{_run('12. Rybar, Telegram, https://t.me/rybar/12')}</w:p>"
    report = read_report_bytes(_package(body + sources), "r.docx")
    assert [(note.label, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("12", [("we left",)])
    ]


def test_docx_a_power_set_in_superscript_beside_typed_notes_is_no_mark() -> None:
    # The raised `2` of `km²` was mark 2: the quote before it was note 2's (compared with the other channel's
    # post), and the sentence's own note 1 had no quote to compare.
    body = (
        f"<w:p>{_run('The channel said “we lost 20 km')}{_raised('2')}{_run(' of land”.')}{_raised('1')}"
        f"{_run(' The army denied it.')}{_raised('2')}</w:p>"
    )
    sources = "<w:p>{}</w:p><w:p>{}</w:p><w:p>{}</w:p>".format(
        _run("Sources"),
        _run("1. Rybar, Telegram, January 21, 2022, https://t.me/rybar/1"),
        _run("2. Army, Telegram, January 22, 2022, https://t.me/army/2"),
    )
    report = read_report_bytes(_package(body + sources), "r.docx")
    assert [(note.label, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", [("we lost 20 km² of land",)]),
        ("2", [()]),
    ]
    assert report.findings == ()


def test_docx_a_range_of_typed_notes_set_in_superscript_cites_each_note_in_it() -> None:
    # A raised `1-3` was read as marks 1 and 3: note 2 had no claim cited and the quote was never its.
    body = f"<w:p>{_run('The channel said “we left”.')}{_raised('1-3')}</w:p>"
    sources = "<w:p>{}</w:p>{}".format(
        _run("Sources"),
        "".join(f"<w:p>{_run(f'{n}. Desk {n}, Telegram, https://t.me/desk/{n}')}</w:p>" for n in (1, 2, 3)),
    )
    report = read_report_bytes(_package(body + sources), "r.docx")
    assert [(note.label, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", [("we left",)]),
        ("2", [("we left",)]),
        ("3", [("we left",)]),
    ]
    assert report.findings == ()


def test_docx_typed_notes_numbered_anew_per_chapter_are_each_cited_by_their_chapter() -> None:
    # One Notes list numbering each chapter's notes anew: chapter 2's markers cited chapter 1's sources.
    paragraphs = [
        *("Chapter 1", "The mayor said “we hold”.[1] The council met.[2]"),
        *("Chapter 2", "The governor said “no money”.[1] The court ruled.[2]", "Notes"),
        *("1. Mayor, https://t.me/mayor/1", "2. Council, https://t.me/council/2"),
        *("1. Governor, https://t.me/gov/3", "2. Court, https://t.me/court/4"),
    ]
    report = read_report_bytes(_package("".join(f"<w:p>{_run(text)}</w:p>" for text in paragraphs)), "r.docx")
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", ("https://t.me/mayor/1",), [("we hold",)]),
        ("2", ("https://t.me/council/2",), [()]),
        ("3", ("https://t.me/gov/3",), [("no money",)]),
        ("4", ("https://t.me/court/4",), [()]),
    ]
    assert report.findings == ()


def test_docx_superscript_digit_marks_without_notes_are_a_style_not_read() -> None:
    # It had "nothing to verify", and `check` passed it.
    report = read_report_bytes(_package(_LEFT), "r.docx")
    assert (report.footnotes, [finding.code for finding in report.findings]) == (
        (),
        ["markers-without-notes"],
    )


def test_docx_superscript_digits_beside_word_notes_or_bracketed_typed_marks_are_text() -> None:
    area = f"<w:p>{_run('The area is 20 m')}{_raised('2')}{_run(', 10')}{_raised('6')}{_run(' people.')}"
    notes = f'<w:footnote w:id="1"><w:p>{_run("Rybar, Telegram, https://t.me/rybar/1")}</w:p></w:footnote>'
    with_notes = read_report_bytes(
        _package(f'{area}{_run(" A claim.")}<w:r><w:footnoteReference w:id="1"/></w:r></w:p>', notes),
        "r.docx",
    )
    assert [(note.label, [c.text for c in note.contexts]) for note in with_notes.footnotes] == [
        ("1", ["The area is 20 m2, 106 people. A claim."])
    ]
    assert with_notes.findings == ()
    sources = f"<w:p>{_run('Sources')}</w:p><w:p>{_run('[1] Rybar, Telegram, https://t.me/rybar/1')}</w:p>"
    typed = read_report_bytes(_package(f"{area}{_run(' A claim “we left”.[1]')}</w:p>{sources}"), "r.docx")
    assert [(note.label, [c.quotes for c in note.contexts]) for note in typed.footnotes] == [
        ("1", [("we left",)])
    ]
    assert typed.findings == ()


def test_docx_notes_typed_under_each_chapters_heading_are_each_cited_by_their_chapter(tmp_path: Path) -> None:
    # Read by the plain-text rules: only the last Sources list was read, and chapter 1's markers cited
    # chapter 2's sources.
    path = _python_docx(
        tmp_path,
        "chapters.docx",
        [
            "The mayor said “we hold”.[1]",
            "Sources",
            "[1] Mayor, Telegram, January 1, 2022, https://t.me/mayor/1",
            "The general said “we attack”.[1]",
            "Sources",
            "[1] General, Telegram, January 3, 2022, https://t.me/general/3",
        ],
    )
    report = read_report(path)
    assert [(n.label, n.location, n.urls, [c.quotes for c in n.contexts]) for n in report.footnotes] == [
        ("1", "paragraph 3", ("https://t.me/mayor/1",), [("we hold",)]),
        ("2", "paragraph 6", ("https://t.me/general/3",), [("we attack",)]),
    ]
    assert report.findings == ()


def _with_styles(document: bytes, styles: str) -> bytes:
    """The package `document` with a `word/styles.xml` of `styles` (its `w:style` elements)."""
    packed = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(document)) as original, zipfile.ZipFile(packed, "w") as copy:
        for item in original.infolist():
            copy.writestr(item, original.read(item))
        copy.writestr("word/styles.xml", f"<w:styles {_WORD}>{styles}</w:styles>")
    return packed.getvalue()


def _character_style(style_id: str, properties: str) -> str:
    return f'<w:style w:type="character" w:styleId="{style_id}"><w:rPr>{properties}</w:rPr></w:style>'


def _styled(style_id: str, text: str) -> str:
    return f'<w:r><w:rPr><w:rStyle w:val="{style_id}"/></w:rPr><w:t>{text}</w:t></w:r>'


def test_docx_typed_marks_set_in_a_superscript_character_style_are_cited_there() -> None:
    # A mark typed in Word's "Footnote Reference" style is raised by the style, not by the run: read as the
    # digit, the quote before it was no note's claim.
    styles = _character_style("FootnoteReference", '<w:vertAlign w:val="superscript"/>')
    body = f"<w:p>{_run('The channel said “we left”.')}{_styled('FootnoteReference', '1')}</w:p>"
    report = read_report_bytes(_with_styles(_package(body + _TYPED_SOURCES), styles), "r.docx")
    assert [(note.label, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", [("we left",)])
    ]
    # A digit in a style that does not raise it, or set back on the baseline by its run, is a digit: no mark,
    # where a raised one without notes is `markers-without-notes`.
    styles += _character_style("Strong", "<w:b/>")
    for run in (
        _styled("Strong", "1"),
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="baseline"/></w:rPr>'
        "<w:t>1</w:t></w:r>",
    ):
        plain = f"<w:p>{_run('The channel said “we left”.')}{run}</w:p>"
        assert read_report_bytes(_with_styles(_package(plain), styles), "r.docx").findings == ()


def _numbered_item(text: str, link: str = "") -> str:
    """A paragraph of a list Word numbers itself (`w:numPr`: its number in no text), a link if given."""
    linked = f'<w:hyperlink r:id="{link}"><w:r><w:t>the post</w:t></w:r></w:hyperlink>' if link else ""
    return (
        '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>'
        f'<w:r><w:t xml:space="preserve">{text} </w:t></w:r>{linked}</w:p>'
    )


def test_a_sources_list_word_numbers_or_bullets_is_markers_without_notes_not_nothing_to_verify() -> None:
    # Sources as a list Word numbers or bullets itself (no footnotes.xml, no number typed), its links shown as
    # words: read as a report without notes, `check` said "nothing to verify" and passed it, none checked.
    body = (
        "<w:p><w:r><w:t>Rybar wrote that “the bridge was hit”. WarGonzo denied it.</w:t></w:r></w:p>"
        "<w:p><w:r><w:t>Sources</w:t></w:r></w:p>"
        + _numbered_item("Rybar, Telegram, 21 January 2022,", "rId1")
        + _numbered_item("WarGonzo, Telegram, 22 January 2022,", "rId2")
    )
    links = {"rId1": "https://t.me/rybar/12345", "rId2": "https://t.me/wargonzo/6789"}
    report = read_report_bytes(_package(body, links=links), "r.docx")
    assert report.footnotes == ()
    assert [(finding.code, finding.line) for finding in report.findings] == [("markers-without-notes", 2)]
    assert "(2 links under 'Sources' in paragraph 2)" in report.findings[0].message


def test_a_list_of_links_under_no_notes_heading_is_no_sources_list(tmp_path: Path) -> None:
    report = read_report(
        _python_docx(tmp_path, "list.docx", ["Read more:", "Rybar's channel, https://t.me/rybar", "Thanks."])
    )
    assert (report.footnotes, [finding.code for finding in report.findings]) == ((), ["links-without-notes"])


def test_a_docx_citing_by_hyperlinks_in_its_text_only_says_its_links_are_not_checked() -> None:
    # No notes, a hyperlink on the words: "nothing to verify", and nothing said of the link left unchecked.
    body = (
        '<w:p><w:r><w:t xml:space="preserve">Rybar </w:t></w:r><w:hyperlink r:id="rId1"><w:r><w:t>wrote'
        "</w:t></w:r></w:hyperlink>"
        '<w:r><w:t xml:space="preserve"> that “the bridge was hit”.</w:t></w:r></w:p>'
    )
    report = read_report_bytes(_package(body, links={"rId1": "https://t.me/rybar/1"}), "r.docx")
    assert report.footnotes == ()
    assert [(finding.code, finding.line) for finding in report.findings] == [("links-without-notes", 1)]
    assert report.findings[0].message.startswith(
        "1 link in the body, no footnotes found: links in the text are"
    )


def _package_with_endnotes(document_body: str, footnotes: str, endnotes: str, settings: str = "") -> bytes:
    """A DOCX of a body, its footnotes and endnotes (notes as elements), and `settings` (`w:settings`'
    content) when given."""
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as package:
        package.writestr(
            "word/document.xml", f"<w:document {_WORD}><w:body>{document_body}</w:body></w:document>"
        )
        package.writestr("word/footnotes.xml", f"<w:footnotes {_WORD}>{footnotes}</w:footnotes>")
        package.writestr("word/endnotes.xml", f"<w:endnotes {_WORD}>{endnotes}</w:endnotes>")
        if settings:
            package.writestr("word/settings.xml", f"<w:settings {_WORD}>{settings}</w:settings>")
    return packed.getvalue()


def _text_run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


_FOOTNOTE_AND_ENDNOTE_BODY = (
    f"<w:p>{_text_run('Rybar claimed “the enemy retreated”.')}"
    '<w:r><w:footnoteReference w:id="1"/></w:r>'
    f"{_text_run(' The ministry denied “any retreat”.')}"
    '<w:r><w:endnoteReference w:id="1"/></w:r></w:p>'
)
_RYBAR_FOOTNOTE = (
    f'<w:footnote w:id="1"><w:p>{_text_run("Rybar, Telegram, https://t.me/rybar/100")}</w:p></w:footnote>'
)
_MINISTRY_ENDNOTE = f'<w:endnote w:id="1"><w:p>{_text_run("Ministry of Defence, https://t.me/mod_russia/200")}</w:p></w:endnote>'


@pytest.mark.parametrize(
    ("settings", "endnote_label"),
    [
        ('<w:endnotePr><w:numFmt w:val="decimal"/></w:endnotePr>', "1 (2)"),
        ("", "i"),
    ],
    ids=["endnotes numbered as footnotes are", "endnotes in Word's roman"],
)
def test_a_footnote_and_an_endnote_showing_one_number_are_two_notes(
    settings: str, endnote_label: str
) -> None:
    # Endnotes set to 1, 2, … beside footnotes: endnote 1 and footnote 1 were one note, the ministry's link
    # its second (never checked) and its claim compared with Rybar's post.
    report = read_report_bytes(
        _package_with_endnotes(_FOOTNOTE_AND_ENDNOTE_BODY, _RYBAR_FOOTNOTE, _MINISTRY_ENDNOTE, settings),
        "r.docx",
    )
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", ("https://t.me/rybar/100",), [("the enemy retreated",)]),
        (endnote_label, ("https://t.me/mod_russia/200",), [("any retreat",)]),
    ]
    assert [finding.code for note in report.footnotes for finding in note.findings] == []


def _with_final_section(body: str, section: str) -> str:
    return f"{body}<w:sectPr>{section}</w:sectPr>"


@pytest.mark.parametrize(
    ("section", "settings", "labels"),
    [
        ('<w:footnotePr><w:numFmt w:val="lowerLetter"/></w:footnotePr>', "", ["a", "i"]),
        (
            '<w:footnotePr><w:numFmt w:val="upperRoman"/></w:footnotePr>',
            '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>',
            ["I", "i"],
        ),
        ('<w:footnotePr><w:numStart w:val="12"/></w:footnotePr>', "", ["12", "i"]),
        (
            '<w:endnotePr><w:numFmt w:val="decimal"/><w:numStart w:val="4"/></w:endnotePr>',
            "",
            ["1", "4"],
        ),
        ("", '<w:footnotePr><w:numStart w:val="7"/></w:footnotePr>', ["7", "i"]),
        ('<w:footnotePr><w:numStart w:val="99999999999999999999"/></w:footnotePr>', "", ["1", "i"]),
    ],
    ids=[
        "section's letters",
        "section over settings",
        "section starts at 12",
        "endnotes decimal from 4",
        "settings' start",
        "hostile start ignored",
    ],
)
def test_notes_are_labelled_as_their_section_and_settings_number_them(
    section: str, settings: str, labels: list[str]
) -> None:
    # A chapter saved on its own continues the book's numbering (`Start at: 12`) or is set to a, b, c in
    # its section's properties (Word's Footnote and Endnote dialog): read as 1, 2, 3 the report's notes
    # were named otherwise than the printed report shows them.
    report = read_report_bytes(
        _package_with_endnotes(
            _with_final_section(_FOOTNOTE_AND_ENDNOTE_BODY, section),
            _RYBAR_FOOTNOTE,
            _MINISTRY_ENDNOTE,
            settings,
        ),
        "r.docx",
    )
    assert [note.label for note in report.footnotes] == labels
    assert [len(note.contexts) for note in report.footnotes] == [1, 1]


def test_notes_are_numbered_as_each_section_numbers_them() -> None:
    # Chapters as sections: chapter 1 numbers its footnotes a, b; chapter 2 numbers anew from 1. Read with
    # the body's last section alone, chapter 1's notes were 1, 2 and chapter 2's 3.
    def citing(note_id: int, words: str, section: str = "") -> str:
        properties = f"<w:pPr><w:sectPr>{section}</w:sectPr></w:pPr>" if section else ""
        return f'<w:p>{properties}{_text_run(words)}<w:r><w:footnoteReference w:id="{note_id}"/></w:r></w:p>'

    restart = '<w:numRestart w:val="eachSect"/>'
    body = (
        citing(1, "Rybar claimed “the enemy retreated”.")
        + citing(
            2,
            "WarGonzo said “all is quiet”.",
            f'<w:footnotePr><w:numFmt w:val="lowerLetter"/>{restart}</w:footnotePr>',
        )
        + citing(3, "The ministry denied “any retreat”.")
        + f"<w:sectPr><w:footnotePr>{restart}</w:footnotePr></w:sectPr>"
    )
    footnotes = "".join(
        f'<w:footnote w:id="{note_id}"><w:p>{_text_run(f"Source, https://t.me/channel/{note_id}")}</w:p></w:footnote>'
        for note_id in (1, 2, 3)
    )
    report = read_report_bytes(_package_with_endnotes(body, footnotes, ""), "r.docx")
    assert [(note.label, note.urls) for note in report.footnotes] == [
        ("a", ("https://t.me/channel/1",)),
        ("b", ("https://t.me/channel/2",)),
        ("1", ("https://t.me/channel/3",)),
    ]


def test_notes_numbered_anew_on_each_page_are_each_their_own_with_their_own_passage() -> None:
    # `w:numRestart w:val="eachPage"`: the printed pages show 1, 2 and 1, 2 again. A DOCX holds no pages, so
    # the notes are numbered on through the report, each read with its own link and its own citing passage.
    def citing(note_id: int, words: str, page_break: str = "") -> str:
        reference = f'<w:r><w:footnoteReference w:id="{note_id}"/></w:r>'
        return f"<w:p>{page_break}{_text_run(words)}{reference}</w:p>"

    restart = '<w:footnotePr><w:numRestart w:val="eachPage"/></w:footnotePr>'
    body = (
        citing(1, "Rybar claimed “the enemy retreated”.")
        + citing(2, "WarGonzo said “all is quiet”.")
        + citing(3, "The ministry denied “any retreat”.", '<w:r><w:br w:type="page"/></w:r>')
        + citing(4, "Mash wrote “bridge hit”.")
        + f"<w:sectPr>{restart}</w:sectPr>"
    )
    footnotes = "".join(
        f'<w:footnote w:id="{note_id}"><w:p>{_text_run(f"Source, https://t.me/channel/{note_id}")}</w:p></w:footnote>'
        for note_id in (1, 2, 3, 4)
    )
    report = read_report_bytes(_package_with_endnotes(body, footnotes, "", restart), "r.docx")
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", ("https://t.me/channel/1",), [("the enemy retreated",)]),
        ("2", ("https://t.me/channel/2",), [("all is quiet",)]),
        ("3", ("https://t.me/channel/3",), [("any retreat",)]),
        ("4", ("https://t.me/channel/4",), [("bridge hit",)]),
    ]
    assert report.findings == ()


def test_two_notes_of_one_custom_mark_are_two_notes() -> None:
    reference = '<w:r><w:footnoteReference w:customMarkFollows="1" w:id="{}"/><w:t>*</w:t></w:r>'
    body = (
        f"<w:p>{_text_run('Rybar claimed “the enemy retreated”.')}{reference.format(1)}"
        f"{_text_run(' WarGonzo said “all is quiet”.')}{reference.format(2)}</w:p>"
    )
    footnotes = _RYBAR_FOOTNOTE + (
        f'<w:footnote w:id="2"><w:p>{_text_run("WarGonzo, https://t.me/wargonzo/300")}</w:p></w:footnote>'
    )
    report = read_report_bytes(_package_with_endnotes(body, footnotes, ""), "r.docx")
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("*", ("https://t.me/rybar/100",), [("the enemy retreated",)]),
        ("* (2)", ("https://t.me/wargonzo/300",), [("all is quiet",)]),
    ]


def _numbering(*lists: tuple[str, str, str, str]) -> str:
    """`word/numbering.xml` of lists `(numId, abstractNumId, number format, number text)`, one kind each
    (its first level starting at 1), the kinds' lists going on from each other (no start override)."""
    kinds = "".join(
        f'<w:abstractNum w:abstractNumId="{kind}"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
        f'<w:numFmt w:val="{number_format}"/><w:lvlText w:val="{text}"/></w:lvl></w:abstractNum>'
        for kind, number_format, text in {
            (kind, number_format, text) for _, kind, number_format, text in lists
        }
    )
    instances = "".join(
        f'<w:num w:numId="{list_id}"><w:abstractNumId w:val="{kind}"/></w:num>'
        for list_id, kind, _, _ in lists
    )
    return f"<w:numbering {_WORD}>{kinds}{instances}</w:numbering>"


def _with_part(package: bytes, name: str, content: str) -> bytes:
    packed = io.BytesIO(package)
    with zipfile.ZipFile(packed, "a") as archive:
        archive.writestr(name, content)
    return packed.getvalue()


def _list_item(list_id: str, text: str) -> str:
    return (
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="{list_id}"/></w:numPr></w:pPr>'
        f"{_text_run(text)}</w:p>"
    )


_RAISED = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>{}</w:t></w:r>'
_CITING_TWO_BY_RAISED_DIGITS = (
    f"<w:p>{_text_run('Rybar claimed “the enemy retreated”.')}{_RAISED.format(1)}"
    f"{_text_run(' The ministry denied “any retreat”.')}{_RAISED.format(2)}</w:p>"
    f"<w:p>{_text_run('Sources')}</w:p>"
)


def test_a_sources_list_word_numbers_in_decimal_is_read_as_notes_typed_with_those_numbers() -> None:
    # Google Docs' and Word's numbered list under Sources, cited by raised digits: its numbers are in no
    # paragraph's text, and the report was markers without notes, none of its sources checked.
    body = (
        _CITING_TWO_BY_RAISED_DIGITS
        + _list_item("7", "Rybar, Telegram, 3 May 2024, https://t.me/rybar/100")
        + _list_item("7", "Ministry of Defence, Telegram, 3 May 2024, https://t.me/mod_russia/200")
    )
    package = _with_part(_package(body), "word/numbering.xml", _numbering(("7", "3", "decimal", "%1.")))
    report = read_report_bytes(package, "r.docx")
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", ("https://t.me/rybar/100",), [("the enemy retreated",)]),
        ("2", ("https://t.me/mod_russia/200",), [("any retreat",)]),
    ]
    assert report.findings == ()


def _nested_item(list_id: str, text: str) -> str:
    """A paragraph of list `list_id`'s second level (Word's bullet `◦` under a numbered item)."""
    return (
        f'<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="{list_id}"/></w:numPr></w:pPr>'
        f"{_text_run(text)}</w:p>"
    )


def test_an_item_nested_in_a_word_numbered_note_goes_on_with_that_note() -> None:
    # `1. Rybar, …` then its bullet `◦ archived: …` (Word's multilevel list): read as a paragraph of its own,
    # it ended the notes: note 2 was lost (`marker-without-footnote`) and its links `sources-beside-notes`.
    copy = "https://web.archive.org/web/20240503000000/https://t.me/rybar/100"
    body = (
        _CITING_TWO_BY_RAISED_DIGITS
        + _list_item("7", "Rybar, Telegram, 3 May 2024, https://t.me/rybar/100")
        + _nested_item("7", f"archived: {copy}")
        + _nested_item("7", "screenshot kept by the desk")
        + _list_item("7", "Ministry of Defence, Telegram, 3 May 2024, https://t.me/mod_russia/200")
        + _nested_item("7", "see also https://t.me/mod_russia/201")
    )
    package = _with_part(_package(body), "word/numbering.xml", _numbering(("7", "3", "decimal", "%1.")))
    report = read_report_bytes(package, "r.docx")
    assert [(note.label, note.urls, note.line) for note in report.footnotes] == [
        ("1", ("https://t.me/rybar/100", copy), 3),
        ("2", ("https://t.me/mod_russia/200", "https://t.me/mod_russia/201"), 6),
    ]
    assert [c.quotes for c in report.footnotes[1].contexts] == [("any retreat",)]
    assert report.findings == ()


def test_an_item_of_a_list_not_numbered_for_sure_is_not_set_in_under_a_note() -> None:
    # The true case beside it: a second-level item of a list whose numbers are not told (two lists of one
    # kind) joins nothing; the report stays markers without notes.
    body = (
        _CITING_TWO_BY_RAISED_DIGITS.replace("<w:p>", _list_item("8", "A finding.") + "<w:p>", 1)
        + _list_item("7", "Rybar, Telegram, 3 May 2024, https://t.me/rybar/100")
        + _nested_item("7", "archived: https://archive.ph/AbCd1")
        + _list_item("7", "Ministry of Defence, Telegram, 3 May 2024, https://t.me/mod_russia/200")
    )
    lists = (("7", "3", "decimal", "%1."), ("8", "3", "decimal", "%1."))
    package = _with_part(_package(body), "word/numbering.xml", _numbering(*lists))
    report = read_report_bytes(package, "r.docx")
    assert (report.footnotes, [finding.code for finding in report.findings]) == (
        (),
        ["markers-without-notes"],
    )


@pytest.mark.parametrize(
    "lists",
    [
        (("7", "3", "bullet", "\u2022"), ("8", "4", "decimal", "%1.")),
        (("7", "3", "decimal", "%1."), ("8", "3", "decimal", "%1.")),
        (("7", "3", "decimal", "%1.%2."), ("8", "4", "decimal", "%1.")),
    ],
    ids=["bullets", "two lists of a kind going on from each other", "a number with its parent's"],
)
def test_a_list_whose_numbers_are_not_told_for_sure_is_not_numbered(
    lists: tuple[tuple[str, str, str, str], ...],
) -> None:
    # The body's list of the same kind may go on into the Sources list (1-2, then 3-4): numbered from 1 each,
    # marker 1 would cite another note than the one Word shows as 1.
    body = (
        _CITING_TWO_BY_RAISED_DIGITS.replace("<w:p>", _list_item("8", "A finding.") + "<w:p>", 1)
        + _list_item("7", "Rybar, Telegram, 3 May 2024, https://t.me/rybar/100")
        + _list_item("7", "Ministry of Defence, Telegram, 3 May 2024, https://t.me/mod_russia/200")
    )
    package = _with_part(_package(body), "word/numbering.xml", _numbering(*lists))
    report = read_report_bytes(package, "r.docx")
    assert (report.footnotes, [finding.code for finding in report.findings]) == (
        (),
        ["markers-without-notes"],
    )


_HIDDEN_BY_STYLES = _character_style("Draft", "<w:vanish/>") + (
    '<w:style w:type="character" w:styleId="DraftShown"><w:basedOn w:val="Draft"/>'
    '<w:rPr><w:vanish w:val="0"/></w:rPr></w:style>'
    '<w:style w:type="character" w:styleId="DraftToo"><w:basedOn w:val="Draft"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="DraftNote"><w:rPr><w:vanish/></w:rPr></w:style>'
)


def test_words_and_links_hidden_by_a_style_are_not_read() -> None:
    # Text hidden by its character style (or one it is based on) was read as shown: hidden words inside the
    # quote made it “we did not retreat”, not the “we retreat” the reader sees, and a hidden link opening
    # the note was its source.
    body = (
        f"<w:p>{_run('Rybar wrote “we ')}{_styled('Draft', 'did not ')}{_run('retreat”.')}{_REFERENCE}</w:p>"
    )
    note = _note_with(
        f"{_styled('DraftToo', 'https://t.me/fakerybar/1 ')}{_run('Rybar, Telegram, https://t.me/rybar/1')}"
        f"{_styled('DraftShown', ', 3 May 2024')}"
    )
    report = read_report_bytes(_with_styles(_package(body, note), _HIDDEN_BY_STYLES), "r.docx")
    [footnote] = report.footnotes
    assert (footnote.text, footnote.urls) == (
        "Rybar, Telegram, https://t.me/rybar/1, 3 May 2024",
        ("https://t.me/rybar/1",),
    )
    assert [context.quotes for context in footnote.contexts] == [("we retreat",)]


def test_a_paragraph_hidden_by_its_style_is_not_read_but_a_run_shown_by_its_own_properties_is() -> None:
    hidden_paragraph = (
        '<w:p><w:pPr><w:pStyle w:val="DraftNote"/></w:pPr>'
        f"{_run('Old source: https://t.me/fakerybar/1')}"
        '<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t xml:space="preserve">Rybar, https://t.me/rybar/1</w:t></w:r>'
        "</w:p>"
    )
    report = read_report_bytes(
        _with_styles(
            _package(_CITING, f'<w:footnote w:id="1">{hidden_paragraph}</w:footnote>'), _HIDDEN_BY_STYLES
        ),
        "r.docx",
    )
    assert [(note.text, note.urls) for note in report.footnotes] == [
        ("Rybar, https://t.me/rybar/1", ("https://t.me/rybar/1",))
    ]


def test_a_notes_line_breaks_keep_its_parts_apart() -> None:
    # `Two Majors`, a line break, `Telegram, …`: read as a space, the note's name ran on into the platform's
    # (`Two Majors Telegram`), named no one, and the URL's channel (Rybar) stood for the author.
    lines = (
        "<w:r><w:t>Two Majors</w:t><w:br/><w:t>Telegram, 21 January 2022</w:t></w:r>"
        "<w:r><w:br/><w:t>https://t.me/rybar/1234</w:t></w:r>"
    )
    [note] = read_report_bytes(_package(_CITING, _note_with(lines)), "r.docx").footnotes
    assert note.text == "Two Majors\nTelegram, 21 January 2022\nhttps://t.me/rybar/1234"
    assert note.urls == ("https://t.me/rybar/1234",)
    assert parse_citation(note).citation.author == "Two Majors"


def test_a_notes_tabs_keep_its_parts_apart_and_the_tab_after_its_number_is_dropped() -> None:
    # `Two Majors`, a tab, `Telegram`, a tab, …: read as a space, the name ran on into `Two Majors Telegram`,
    # named no one, and the link's channel (Rybar) stood for the author: the note crediting Two Majors
    # passed on Rybar's post. Word's template puts a tab after the note's number; it opens no line.
    tab = "<w:r><w:tab/></w:r>"
    parts = tab.join(
        f"<w:r><w:t>{part}</w:t></w:r>"
        for part in ("Two Majors", "Telegram", "21 January 2022", "https://t.me/rybar/1234")
    )
    opening = "<w:r><w:footnoteRef/></w:r>" + tab
    [note] = read_report_bytes(_package(_CITING, _note_with(opening + parts)), "r.docx").footnotes
    assert note.text == "Two Majors\nTelegram\n21 January 2022\nhttps://t.me/rybar/1234"
    assert note.urls == ("https://t.me/rybar/1234",)
    assert parse_citation(note).citation.author == "Two Majors"


def test_a_tab_in_a_body_paragraph_is_still_a_space() -> None:
    body = "<w:p><w:r><w:t>The channel wrote</w:t><w:tab/><w:t>“the front is holding”.</w:t></w:r>"
    body += _REFERENCE + "</w:p>"
    note = _note_with("<w:r><w:t>Rybar, Telegram,</w:t><w:tab/><w:t>https://t.me/rybar/1234</w:t></w:r>")
    [footnote] = read_report_bytes(_package(body, note), "r.docx").footnotes
    assert [context.text for context in footnote.contexts] == ["The channel wrote “the front is holding”."]
    assert parse_citation(footnote).citation.author == "Rybar"


def test_a_line_break_in_a_body_paragraph_is_still_a_space() -> None:
    body = "<w:p><w:r><w:t>The channel wrote</w:t><w:br/><w:t>“the front is holding”.</w:t></w:r>"
    body += _REFERENCE + "</w:p>"
    note = _note_with("<w:r><w:t>Rybar, Telegram, https://t.me/rybar/1234</w:t></w:r>")
    [footnote] = read_report_bytes(_package(body, note), "r.docx").footnotes
    assert [context.text for context in footnote.contexts] == ["The channel wrote “the front is holding”."]


def test_a_notes_soft_hyphen_typed_as_a_character_is_not_read() -> None:
    run = "<w:r><w:t>Rybar, Telegram, 21 Jan\u00aduary 2022, https://t.me/ry\u00adbar/1234</w:t></w:r>"
    [note] = read_report_bytes(_package(_CITING, _note_with(run)), "r.docx").footnotes
    assert (note.text, note.urls) == (
        "Rybar, Telegram, 21 January 2022, https://t.me/rybar/1234",
        ("https://t.me/rybar/1234",),
    )


def test_an_address_word_autoformat_linked_to_its_http_form_is_one_source_not_two() -> None:
    # Word's AutoFormat links a typed `t.me/rybar/1234` to `http://t.me/rybar/1234`: the note was read as
    # citing `https://t.me/rybar/1234` as well, a second source that is the same post.
    shown = (
        _text_run("Rybar, Telegram, 21 January 2022, ")
        + '<w:hyperlink r:id="rId1"><w:r><w:t>t.me/rybar/1234</w:t></w:r></w:hyperlink>'
    )
    links = {"rId1": "http://t.me/rybar/1234"}
    report = read_report_bytes(_package(_CITING, _note_with(shown), links), "r.docx")
    assert [(note.urls, note.findings) for note in report.footnotes] == [(("http://t.me/rybar/1234",), ())]


def test_a_hyperlink_that_differs_from_the_address_it_shows_by_a_final_slash_is_one_source() -> None:
    shown = (
        _text_run("Rybar, Telegram, 21 January 2022, ")
        + '<w:hyperlink r:id="rId1"><w:r><w:t>t.me/rybar/1234</w:t></w:r></w:hyperlink>'
    )
    links = {"rId1": "https://t.me/rybar/1234/"}
    report = read_report_bytes(_package(_CITING, _note_with(shown), links), "r.docx")
    assert [(note.urls, note.findings) for note in report.footnotes] == [(("https://t.me/rybar/1234/",), ())]


def test_an_address_written_without_scheme_beside_a_link_to_another_post_stays_a_second_source() -> None:
    shown = (
        _text_run("Rybar, Telegram, t.me/rybar/1234, see ")
        + '<w:hyperlink r:id="rId1"><w:r><w:t>the reply</w:t></w:r></w:hyperlink>'
    )
    links = {"rId1": "http://t.me/rybar/1235"}
    report = read_report_bytes(_package(_CITING, _note_with(shown), links), "r.docx")
    assert report.footnotes[0].urls == ("https://t.me/rybar/1234", "http://t.me/rybar/1235")
    assert [finding.code for finding in report.footnotes[0].findings] == ["scheme-added"]
