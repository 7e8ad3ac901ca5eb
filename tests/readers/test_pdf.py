"""PDF reports: footnotes at page feet, notes under a heading, superscript markers and link annotations, in
PDFs that LibreOffice writes from the examples (DOCX by pandoc, and the plain-text sitrep), checked against
what the Markdown and plain-text readers find in the sources (the oracle)."""

from __future__ import annotations

import base64
import dataclasses
import importlib.util
import re
import subprocess
import zlib
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from provenance.citations import parse_citation
from provenance.citations.parse import uncited_links
from provenance.errors import InputError
from provenance.models import ReportFormat
from provenance.readers import pdf, read_report, read_report_bytes
from provenance.readers.interface import ReadResult
from tests.readers.support import LINKS_AMONG_WRITTEN_ADDRESSES, notes_as_read, oracle_notes, read_asset
from tests.support.cli import run_provenance
from tests.support.converters import Converted
from tests.support.pdfs import one_page_pdf, pdf_of


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


def _one_page_pdf(content: bytes, compress: bool = True, line_end: bytes = b"\n") -> bytes:
    """A minimal one-page PDF whose page draws `content` (a content stream), Flate-compressed if asked,
    its data after `stream` and `line_end`."""
    stream = zlib.compress(content, 9) if compress else content
    flate = b" /Filter /FlateDecode" if compress else b""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d%s >>\nstream%s" % (len(stream), flate, line_end) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    return pdf_of(objects)


def test_a_pdf_whose_page_text_inflates_past_the_ceiling_is_refused_before_it_is_inflated() -> None:
    # 390 KB on disk, 400 MB of page text once inflated: the reader held 830 MB (4 GB for a 4 MB file).
    bomb = _one_page_pdf(b"BT /F1 12 Tf 72 720 Td (Claim [1]) Tj ET\n" + b" " * 40_000_000)
    assert len(bomb) < 100_000
    with pytest.raises(
        InputError, match=r"^r\.pdf: its compressed streams inflate past .* decompression bomb"
    ):
        read_report_bytes(bomb, "r.pdf")


@pytest.mark.parametrize(
    "line_end",
    [b"\r", b" \n", b" \r", b"\r\n", b"\t junk \n"],
    ids=["cr", "space-lf", "space-cr", "crlf", "junk-lf"],
)
def test_a_bomb_whose_stream_keyword_ends_its_line_otherwise_than_with_lf_is_refused_too(
    line_end: bytes,
) -> None:
    # pdfminer starts a stream's data after the first line end after `stream`, whatever stands between:
    # `stream\r` or `stream \n` hid a 200 MB stream from the check (97 KB on disk, 435 MB held).
    page = b"BT /F1 12 Tf 72 720 Td (Claim [1]) Tj ET\n"
    bomb = _one_page_pdf(page + b" " * 40_000_000, line_end=line_end)
    with pytest.raises(
        InputError, match=r"^r\.pdf: its compressed streams inflate past .* decompression bomb"
    ):
        read_report_bytes(bomb, "r.pdf")
    assert read_report_bytes(_one_page_pdf(page, line_end=line_end), "r.pdf").format is ReportFormat.PDF


@pytest.mark.parametrize("operator", [b"(x) Tj ", b"0 0 m 1 1 l S "], ids=["characters", "lines"])
def test_a_pdf_page_drawing_too_many_things_is_refused_as_it_is_read(
    operator: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Three million one-character strings on one page took 97 s and 2.7 GB before. The ceiling is lowered
    # here only so that the test does not spend seconds drawing 100,000 of them.
    monkeypatch.setattr(pdf, "MAX_PAGE_OBJECTS", 1_000)
    page = _one_page_pdf(b"BT /F1 12 Tf " + operator * 1_001 + b"ET\n")
    with pytest.raises(InputError, match=r"^r\.pdf: page 1 draws more than 1,000 characters and shapes"):
        read_report_bytes(page, "r.pdf")
    under = _one_page_pdf(b"BT /F1 12 Tf (A claim.) Tj " + operator * 990 + b"ET\n")
    assert read_report_bytes(under, "r.pdf").format is ReportFormat.PDF


@pytest.mark.parametrize("compress", [True, False])
def test_a_small_pdf_of_text_is_not_taken_for_a_bomb(compress: bool) -> None:
    page = _one_page_pdf(b"BT /F1 12 Tf 72 720 Td (A claim.) Tj ET\n", compress=compress)
    assert read_report_bytes(page, "r.pdf").format is ReportFormat.PDF


def test_a_link_whose_rectangle_holds_no_numbers_is_left_out_and_the_report_read() -> None:
    # One such annotation made the whole report bad input (float() of a name).
    content = b"BT /F1 12 Tf 72 720 Td (A claim.) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> /Annots [6 0 R] >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Type /Annot /Subtype /Link /Rect [/a /b /c /d]"
        b" /A << /S /URI /URI (https://news.example/a) >> >>",
    ]
    report = read_report_bytes(pdf_of(objects), "r.pdf")
    assert report.format is ReportFormat.PDF


def _pdf_of_pages(count: int) -> bytes:
    """A PDF of `count` pages, each drawing one line of text."""
    content = b"BT /F1 12 Tf 72 720 Td (A claim.) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [%s] /Count %d >>"
        % (b" ".join(b"%d 0 R" % (5 + page) for page in range(count)), count),
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R"
            b" /Resources << /Font << /F1 4 0 R >> >> >>"
            for _ in range(count)
        ),
    ]
    return pdf_of(objects)


def test_a_pdf_of_more_pages_than_the_limit_is_refused_before_any_page_is_drawn(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # 10,000 pages were refused only after the first 2,000 had been drawn (17 s); the limit is lowered here.
    from pdfminer.pdfinterp import PDFPageInterpreter

    drawn: list[object] = []
    process_page = PDFPageInterpreter.process_page

    def counted(self: PDFPageInterpreter, page: object) -> None:
        drawn.append(page)
        process_page(self, page)  # type: ignore[arg-type]

    monkeypatch.setattr(PDFPageInterpreter, "process_page", counted)
    monkeypatch.setattr(pdf, "MAX_PAGES", 3)
    with pytest.raises(InputError, match=r"^r\.pdf: more than 3 pages; not read$"):
        read_report_bytes(_pdf_of_pages(4), "r.pdf")
    assert drawn == []
    assert read_report_bytes(_pdf_of_pages(3), "r.pdf").format is ReportFormat.PDF
    assert len(drawn) == 3


_TEXT = b"BT /F1 12 Tf 72 720 Td (A claim.) Tj ET"


def _pdf_with(
    extra: Sequence[bytes] = (), catalog: bytes = b"", page: bytes = b"", contents: bytes = b"4 0 R"
) -> bytes:
    """A one-page PDF (catalog 1, page tree 2, page 3, its text 4, font 5) with `extra` objects from 6 on,
    `catalog` and `page` added to those dictionaries and the page's /Contents pointing at `contents`."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R %s>>" % catalog,
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %s"
        b" /Resources << /Font << /F1 5 0 R >> >> %s>>" % (contents, page),
        b"<< /Length %d >>\nstream\n" % len(_TEXT) + _TEXT + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        *extra,
    ]
    return pdf_of(objects)


def _extract_in_a_process(data: bytes, folder: Path) -> subprocess.CompletedProcess[str]:
    """`provenance extract` of `data` as a PDF report, in a process of its own: a reader that loops for ever
    fails the test by the timeout instead of hanging the suite."""
    report = folder / "r.pdf"
    report.write_bytes(data)
    return run_provenance(["extract", str(report)], cwd=folder, timeout=60)


@pytest.mark.parametrize(
    "data",
    [
        _pdf_with([b"6 0 R"], page=b"/Annots 6 0 R "),
        _pdf_with(
            [b"7 0 R", b"6 0 R", b"<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A 6 0 R >>"],
            page=b"/Annots [8 0 R] ",
        ),
        _pdf_with([b"6 0 R"], contents=b"6 0 R"),
        _pdf_with([b"6 0 R"]).replace(b"/Pages 2 0 R", b"/Pages 6 0 R"),
        _pdf_with([b"6 0 R"], page=b"/Resources 6 0 R "),
    ],
    ids=["annots", "annotation-action-through-two-objects", "page-contents", "catalog-pages", "resources"],
)
def test_a_pdf_object_that_is_a_reference_leading_back_to_itself_is_refused_not_followed_for_ever(
    data: bytes, tmp_path: Path
) -> None:
    # `6 0 obj 6 0 R endobj` made pdfminer's resolve1 (ours for annotations, its own for pages and contents)
    # loop until killed.
    done = _extract_in_a_process(data, tmp_path)
    assert done.returncode == 2
    assert done.stdout == ""
    assert re.fullmatch(
        r"provenance: error: .*r\.pdf: object 6 is a reference that leads back to itself: not read\n",
        done.stderr,
    )


@pytest.mark.parametrize(
    ("data", "refusal"),
    [
        (
            _pdf_with(
                [
                    *(b"<< /Kids [%d 0 R %d 0 R] >>" % (7 + i, 7 + i) for i in range(39)),
                    b"<< /Nums [0 << >>] >>",
                ],
                catalog=b"/PageLabels 6 0 R ",
            ),
            "reading it resolves more than 200,000 references",
        ),
        (
            _pdf_with(
                [
                    *(
                        b"<< /Subtype /Form /BBox [0 0 9 9] /Resources << /XObject << /X %d 0 R >> >>"
                        b" /Length 11 >>\nstream\n/X Do /X Do\nendstream" % (7 + i)
                        for i in range(39)
                    ),
                    b"<< /Subtype /Form /BBox [0 0 9 9] /Length 0 >>\nstream\n\nendstream",
                    b"<< /Length %d >>\nstream\n%s /X Do\nendstream" % (len(_TEXT) + 6, _TEXT),
                ],
                contents=b"46 0 R",
                page=b"/Resources << /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> >> ",
            ),
            "page 1 draws more than 1,000 forms and images",
        ),
    ],
    ids=["page-label-tree", "forms-drawing-forms"],
)
def test_a_pdf_of_objects_shared_level_under_level_is_refused_not_walked_each_path(
    data: bytes, refusal: str, tmp_path: Path
) -> None:
    # 40 levels each naming the next twice: pdfminer's page-label and form walkers visit 2^40 paths.
    done = _extract_in_a_process(data, tmp_path)
    assert done.returncode == 2
    assert re.fullmatch(rf"provenance: error: .*r\.pdf: {refusal}.* not read\n", done.stderr)


# The two below run as the tool runs, in a process of its own: what is asserted is the one line a user sees
# (and the recursion limit is the one a real run has, not pytest's deeper stack).


def test_a_long_chain_of_references_is_refused_and_a_short_one_read(tmp_path: Path) -> None:
    # 100,000 objects each a reference to the next were followed one by one, each time one was resolved.
    chain = [b"%d 0 R" % (7 + i) for i in range(100_000)]
    chain.append(b"<< /Length %d >>\nstream\n" % len(_TEXT) + _TEXT + b"\nendstream")
    done = _extract_in_a_process(_pdf_with(chain, contents=b"6 0 R"), tmp_path)
    assert done.returncode == 2
    assert re.fullmatch(
        r"provenance: error: .*r\.pdf: object 6 starts a chain of more than 32 references: not read\n",
        done.stderr,
    )
    short = _pdf_with([b"7 0 R", b"8 0 R", b"4 0 R"], contents=b"6 0 R")
    assert read_report_bytes(short, "r.pdf").format is ReportFormat.PDF


def test_a_page_tree_nested_a_hundred_thousand_deep_is_one_clear_error(tmp_path: Path) -> None:
    levels = [b"<< /Type /Pages /Kids [%d 0 R] /Count 1 >>" % (7 + i) for i in range(100_000 - 1)]
    levels.append(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    done = _extract_in_a_process(_pdf_with(levels).replace(b"/Pages 2 0 R", b"/Pages 6 0 R"), tmp_path)
    assert done.returncode == 2
    assert re.fullmatch(
        r"provenance: error: .*r\.pdf: its objects nest too deeply to be read.*\n", done.stderr
    )


@pytest.mark.parametrize(
    ("pages", "page"),
    [
        (b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 1 >>", b""),
        (b"<< /Type /Pages /Kids [3 0 R] /Count 1 /Parent 3 0 R >>", b"/Parent 2 0 R "),
    ],
    ids=["kids-naming-their-parent", "parent-loop"],
)
def test_a_page_tree_that_loops_through_kids_or_parent_is_read_once(pages: bytes, page: bytes) -> None:
    data = _pdf_with(page=page).replace(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>", pages)
    assert read_report_bytes(data, "r.pdf").format is ReportFormat.PDF


def test_a_page_listing_more_annotations_than_the_limit_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    # One /Annots array naming one link 20,000 times, shared by 2,000 pages: 40 million annotations read.
    monkeypatch.setattr(pdf, "MAX_PAGE_ANNOTATIONS", 100)
    link = b"<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /URI /URI (https://a.example/) >> >>"
    crowded = _pdf_with([b"[" + b"7 0 R " * 101 + b"]", link], page=b"/Annots 6 0 R ")
    with pytest.raises(InputError, match=r"^r\.pdf: page 1 draws more than 100 annotations"):
        read_report_bytes(crowded, "r.pdf")
    under = _pdf_with([b"[" + b"7 0 R " * 100 + b"]", link], page=b"/Annots 6 0 R ")
    assert read_report_bytes(under, "r.pdf").format is ReportFormat.PDF


def test_a_glyph_read_as_the_marker_character_is_an_unknown_character_not_a_marker() -> None:
    # A font may name a glyph `uniFFFF`, which pdfminer reads as U+FFFF: the character the plain-text rules
    # put where a marker stood. Taken for one, it gave “Quote B” to no marker.
    content = (
        b"BT /F1 11 Tf 72 700 Td (Intro \\223Quote A\\224 # and then \\223Quote B is the claim\\224 [1])"
        b" Tj ET\n"
        b"BT /F1 11 Tf 72 660 Td (Notes) Tj ET\n"
        b"BT /F1 11 Tf 72 640 Td ([1] Telegram, January 21, 2022.) Tj ET\n"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding"
        b" /Differences [35 /uniFFFF 147 /quotedblleft 148 /quotedblright] >> >>",
    ]
    report = read_report_bytes(pdf_of(objects), "r.pdf")
    assert [context.quotes for context in report.footnotes[0].contexts] == [
        ("Quote A", "Quote B is the claim")
    ]


def _lzw_of_spaces(size: int) -> bytes:
    """LZWDecode data (as pdfminer reads it: 9 to 12-bit codes, early change) of at least `size` spaces: each
    code names a run one space longer than the last, then the longest run (3,838 spaces) again and again."""
    codes, lengths, table, total = [256, 32], [9, 9], 258, 1
    while total < size:
        code = min(table, 4095)
        codes.append(code)
        lengths.append(9 if table < 511 else 10 if table < 1023 else 11 if table < 2047 else 12)
        total += code - 256
        table += 1
    codes.append(257)  # the end, in the width the table has come to
    lengths.append(lengths[-1] if table not in (511, 1023, 2047) else lengths[-1] + 1)
    bits = "".join(format(code, f"0{length}b") for code, length in zip(codes, lengths, strict=True))
    bits += "0" * (-len(bits) % 8)
    return int(bits, 2).to_bytes(len(bits) // 8, "big")


def _page_with_stream(data: bytes, filters: bytes) -> bytes:
    """A one-page PDF whose page draws `_TEXT`, then the stream `data` decoded by `filters`."""
    stream = b"<< /Length %d /Filter %s >>\nstream\n" % (len(data), filters) + data + b"\nendstream"
    return _pdf_with([stream], contents=b"[4 0 R 6 0 R]")


_SPACES = 40_000_000  # page text of only spaces, 40 MB once decoded: past the 16 MB for one stream


@pytest.mark.parametrize(
    ("data", "filters"),
    [
        (base64.a85encode(zlib.compress(b" " * _SPACES, 9), adobe=True), b"[/ASCII85Decode /FlateDecode]"),
        (zlib.compress(b" " * _SPACES, 9).hex().encode() + b">", b"[/ASCIIHexDecode /FlateDecode]"),
        (_lzw_of_spaces(_SPACES), b"/LZWDecode"),
    ],
    ids=["ascii85-flate", "asciihex-flate", "lzw"],
)
def test_a_bomb_behind_another_filter_or_in_lzw_is_refused_as_it_is_decoded(
    data: bytes, filters: bytes
) -> None:
    # The scan of the file sees only data that is zlib as it stands: a bomb under ASCII85 or ASCIIHex, or in
    # LZW (which pdfminer decodes in Python), got past it (238 KB on disk held 437 MB, and was read).
    bomb = _page_with_stream(data, filters)
    assert len(bomb) < 500_000
    with pytest.raises(
        InputError, match=r"^r\.pdf: its compressed streams inflate past .* decompression bomb"
    ):
        read_report_bytes(bomb, "r.pdf")


@pytest.mark.parametrize(
    ("data", "filters", "contents"),
    [
        (base64.a85encode(zlib.compress(_TEXT), adobe=True), b"[/ASCII85Decode /FlateDecode]", b"6 0 R"),
        (zlib.compress(_TEXT).hex().encode() + b">", b"[/ASCIIHexDecode /FlateDecode]", b"6 0 R"),
        (_lzw_of_spaces(100_000), b"/LZWDecode", b"[4 0 R 6 0 R]"),  # the text in a stream of its own
    ],
    ids=["ascii85-flate", "asciihex-flate", "lzw"],
)
def test_a_small_stream_of_several_filters_or_lzw_is_still_read(
    data: bytes, filters: bytes, contents: bytes
) -> None:
    page = _page_with_stream(data, filters).replace(b"/Contents [4 0 R 6 0 R]", b"/Contents " + contents)
    assert read_report_bytes(page, "r.pdf").format is ReportFormat.PDF


def _pdfminer_decompress_corrupted(data: bytes) -> bytes:
    """pdfminer.six's own `pdftypes.decompress_corrupted`, from a fresh copy of its module (the reader puts
    its linear one in the loaded module's place): the oracle for the reader's."""
    spec = importlib.util.find_spec("pdfminer.pdftypes")
    assert spec is not None and spec.loader is not None
    pdftypes = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(pdftypes)
    assert pdftypes.decompress_corrupted is not pdf.decompress_corrupted
    inflated: bytes = pdftypes.decompress_corrupted(data)
    return inflated


def _with_wrong_checksum(content: bytes) -> bytes:
    return zlib.compress(content, 9)[:-4] + b"\0\0\0\0"


_SOME_TEXT = b"BT /F1 12 Tf 72 720 Td (A claim [1].) Tj ET\n" * 300


@pytest.mark.parametrize(
    "stream",
    [
        _with_wrong_checksum(_SOME_TEXT),
        zlib.compress(_SOME_TEXT)[:-2],  # cut inside the checksum
        zlib.compress(_SOME_TEXT)[:-40],  # cut well before its end
        zlib.compress(_SOME_TEXT)[:200] + b"\xff" * 50 + zlib.compress(_SOME_TEXT)[200:],  # broken inside
        zlib.compress(_SOME_TEXT) + b"trailing bytes",
        b"",
        b"\x78",
    ],
    ids=[
        "wrong-checksum",
        "cut-in-checksum",
        "cut-early",
        "broken-inside",
        "trailing-bytes",
        "empty",
        "one-byte",
    ],
)
def test_decompress_corrupted_gives_the_bytes_and_errors_pdfminers_own_gives(stream: bytes) -> None:
    try:
        expected: bytes | type[zlib.error] = _pdfminer_decompress_corrupted(stream)
    except zlib.error:
        expected = zlib.error
    if expected is zlib.error:
        with pytest.raises(zlib.error):
            pdf.decompress_corrupted(stream)
    else:
        assert pdf.decompress_corrupted(stream) == expected


def _one_page_of_stream(stream: bytes) -> bytes:
    return one_page_pdf(stream, flate_encoded=True)


def test_a_page_stream_with_a_wrong_checksum_is_inflated_by_the_readers_linear_inflater(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # pdfminer inflates a stream zlib refuses a byte at a time, copying all it made so far for each byte: a
    # 1 MB page stream of bytes that do not compress, behind a wrong checksum, took 12 s of CPU to read
    # (benchmarks/hostile_inputs.py, shape pdf_stream_with_a_wrong_checksum, measures the growth).
    inflated: list[bytes] = []

    def spy(data: bytes) -> bytes:
        inflated.append(linear(data))
        return inflated[-1]

    linear = pdf.decompress_corrupted
    monkeypatch.setattr(pdf, "decompress_corrupted", spy)
    content = b"BT /F1 12 Tf 72 720 Td (A claim [1].) Tj ET\n"
    report = _one_page_of_stream(_with_wrong_checksum(content))
    assert read_report_bytes(report, "r.pdf").format is ReportFormat.PDF
    assert inflated == [content]


def test_pdfminers_warnings_about_a_damaged_pdf_are_not_printed_beside_the_one_line_error(
    tmp_path: Path,
) -> None:
    # pdfminer says what it skips in a damaged file ("Not adding object 5 to xref because position ...
    # cannot be parsed as an int") as log warnings; with no handler, Python printed them bare on stderr,
    # here two lines before the run's one.
    damaged = _one_page_of_stream(zlib.compress(b"% no text drawn\n"))
    last_entry = re.search(rb"\n(\d{10}) 00000 n \ntrailer", damaged)
    assert last_entry is not None
    report = tmp_path / "damaged.pdf"
    report.write_bytes(damaged[: last_entry.end(1) - 1] + b"x" + damaged[last_entry.end(1) :])
    ran = run_provenance(["extract", str(report)], cwd=tmp_path)
    assert ran.returncode == 2
    assert ran.stdout == ""
    assert ran.stderr.splitlines() == [
        f"provenance: error: {report}: the PDF has no text, only images of pages (a scan?); "
        "run OCR on it first"
    ]


def test_a_page_of_lines_drawn_one_on_another_is_read_without_gathering_lines_into_boxes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # pdfminer gathers a page's lines into boxes, each line with every line near it, before the reader
    # takes the lines back out: 500 lines drawn at one spot took 4.4 s, 1,000 took 30 s, 2,000 (a file of
    # 881 bytes) four and a half minutes (benchmarks/hostile_inputs.py, shape pdf_lines_on_one_spot).
    from pdfminer.layout import LTLayoutContainer

    def refuse(*args: object) -> None:
        raise AssertionError("lines gathered into boxes")

    monkeypatch.setattr(LTLayoutContainer, "group_textlines", refuse)
    report = _one_page_of_stream(zlib.compress(b"BT /F1 12 Tf 72 720 Td (Claim [1].) Tj ET\n" * 1_000))
    assert len(report) < 1_000
    assert read_report_bytes(report, "r.pdf").format is ReportFormat.PDF


@pytest.mark.parametrize("example", ["brief_pdf", "long_pdf", "sitrep_pdf"])
def test_lines_as_the_reader_analyzes_them_are_pdfminers_full_analysis_lines(
    converted: Converted, example: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = getattr(converted, example).read_bytes()
    read = pdf._read_pages(data, "r.pdf")
    monkeypatch.setattr(pdf, "_analyze_into_lines", lambda page, laparams: type(page).analyze(page, laparams))
    fully = pdf._read_pages(data, "r.pdf")
    assert [page.lines for page in read] == [page.lines for page in fully]
    assert [page.rules for page in read] == [page.rules for page in fully]
    assert sum(len(page.lines) for page in read) > 10


def test_operands_no_operator_takes_do_not_pile_up_for_each_operator_to_copy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # pdfminer kept every operand until an operator took its own, copying all the others each time: 320,000
    # loose operands before 80,000 operators (a PDF of 1.6 KB) took 15 s, twice as many four times as long
    # (benchmarks/hostile_inputs.py, shape "PDF operators after n loose operands").
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFStackT

    waiting: list[int] = []
    pdfminers_pop = PDFPageInterpreter.pop

    def pop(self: PDFPageInterpreter, n: int) -> list[PDFStackT]:
        waiting.append(len(self.argstack))
        return pdfminers_pop(self, n)

    monkeypatch.setattr(PDFPageInterpreter, "pop", pop)
    stream = b"BT /F1 12 Tf 72 720 Td (A claim [1].) Tj ET\n" + b"1 " * 5_000 + b"0 0 1 1 re f\n" * 100
    report = read_report_bytes(_one_page_of_stream(zlib.compress(stream)), "r.pdf")
    assert report.format is ReportFormat.PDF
    assert len(waiting) > 100
    assert max(waiting) <= 2 * pdf.MAX_WAITING_OPERANDS


def _page_drawing_a_form(form: bytes, draws: int) -> bytes:
    """A one-page PDF whose page draws the form XObject `form` (its drawing instructions) `draws` times."""
    page = zlib.compress(b"BT /F1 12 Tf 72 720 Td (A claim [1].) Tj ET\n" + b"/Fm1 Do " * draws)
    form_object = b"<< /Type /XObject /Subtype /Form /BBox [0 0 10 10] /Length %d >>\nstream\n" % len(form)
    form_object += form + b"\nendstream"
    return one_page_pdf(page, flate_encoded=True, resources=b" /XObject << /Fm1 6 0 R >>", more=[form_object])


def test_a_form_drawn_again_and_again_counts_its_instructions_each_time_it_is_drawn(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Forms were counted as drawn (1,000 a page), not by what drawing them runs: a 1.7 KB file whose form
    # holds 600 KB of instructions, drawn 40 times, took 51 s; drawn 1,000 times it would take 20 minutes.
    monkeypatch.setattr(pdf, "MAX_PAGE_INSTRUCTION_BYTES", 10_000)
    form = b"BT ET " * 100  # 600 bytes
    assert read_report_bytes(_page_drawing_a_form(form, 10), "r.pdf").format is ReportFormat.PDF
    with pytest.raises(InputError) as refused:
        read_report_bytes(_page_drawing_a_form(form, 20), "r.pdf")
    assert str(refused.value) == (
        "r.pdf: page 1 draws more than 10,000 bytes of drawing instructions, a form counted each time it is "
        f"drawn (or the document more than {pdf.MAX_INSTRUCTION_BYTES:,}): not a report page; not read"
    )


def test_the_documents_instructions_are_counted_over_its_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    # Every page of `_pdf_of_pages` draws one shared stream of 39 bytes, counted each time a page draws it:
    # 76 pages run 2,964 bytes, the 77th goes past 3,000.
    monkeypatch.setattr(pdf, "MAX_INSTRUCTION_BYTES", 3_000)
    assert read_report_bytes(_pdf_of_pages(76), "r.pdf").format is ReportFormat.PDF
    with pytest.raises(
        InputError, match=r"r\.pdf: page 77 draws more than .* \(or the document more than 3,000\)"
    ):
        read_report_bytes(_pdf_of_pages(100), "r.pdf")


def test_graphics_states_saved_and_never_restored_are_refused_past_a_thousand() -> None:
    # Each `q` keeps a copy of the graphics state until its `Q`: 500,000 of them, a PDF of 1.6 KB, took
    # 250 MB.
    line = b"BT /F1 12 Tf 72 720 Td (A claim [1].) Tj ET\n"
    nested = line + b"q " * pdf.MAX_SAVED_STATES + b"Q " * pdf.MAX_SAVED_STATES
    assert read_report_bytes(_one_page_of_stream(zlib.compress(nested)), "r.pdf").format is ReportFormat.PDF
    with pytest.raises(InputError) as refused:
        read_report_bytes(_one_page_of_stream(zlib.compress(line + b"q " * 500_000)), "r.pdf")
    assert str(refused.value) == (
        "r.pdf: page 1 draws more than 1,000 graphics states saved at once: not a report page; not read"
    )


def _text_at(x: int, y: int, text: bytes) -> bytes:
    return b"BT /F1 11 Tf %d %d Td (%s) Tj ET\n" % (x, y, text)


def test_a_table_cell_of_two_lines_set_in_is_no_block_quote_and_a_block_quote_still_is() -> None:
    # A cell's two lines started right of the page's text edge, as a block quote's do: its words were read as
    # note 1's quoted words and compared with the source. A second cell is measured from the second cells'
    # edge, not the page's.
    content = b"".join(
        [
            _text_at(72, 720, b"The memo opens with a paragraph of ordinary text that runs"),
            _text_at(72, 706, b"across several lines at the left edge of the page, as most"),
            _text_at(72, 692, b"paragraphs of a memo do, before a table of the claims made."),
            _text_at(72, 640, b"Date"),
            _text_at(200, 640, b"The minister said the bridge"),
            _text_at(200, 626, b"was reopened on Friday. [1]"),
            _text_at(72, 590, b"The mayor wrote:"),
            _text_at(108, 574, b"We will reopen the bridge to traffic by Friday and"),
            _text_at(108, 560, b"the metro by Monday, as promised. [2]"),
            _text_at(72, 540, b"That was all."),
            _text_at(72, 440, b"Notes"),
            _text_at(72, 420, b"[1] Telegram, January 21, 2022."),
            _text_at(72, 406, b"[2] Telegram, January 23, 2022."),
        ]
    )
    report = read_report_bytes(one_page_pdf(content), "r.pdf")
    assert [[context.quotes for context in note.contexts] for note in report.footnotes] == [
        [()],
        [("We will reopen the bridge to traffic by Friday and the metro by Monday, as promised.",)],
    ]


def test_a_repeated_label_names_where_each_of_the_two_notes_stands() -> None:
    # Every "on line N" of the message was replaced by the finding's own place: "footnote 1 on page 1, line 6
    # repeats the label of the footnote on page 1, line 6".
    content = b"".join(
        [
            _text_at(72, 720, b"The mayor spoke on Friday. [1]"),
            _text_at(72, 440, b"Notes"),
            _text_at(72, 420, b"[1] Telegram, January 21, 2022."),
            _text_at(72, 406, b"[1] Telegram, January 23, 2022."),
        ]
    )
    report = read_report_bytes(one_page_pdf(content), "r.pdf")
    repeats = [
        finding.message for finding in report.footnotes[0].findings if finding.code == "duplicate-label"
    ]
    assert repeats == [
        "footnote 1 on page 1, line 4 repeats the label of the footnote on page 1, line 3; "
        "only the first is used"
    ]


def _pleading_page(numbers: Sequence[int], at: int = 40) -> bytes:
    """A page of pleading paper: `numbers` in the margin at `at`, a row each, beside a brief's text."""
    texts = [
        (72, b"The plaintiff's brief opens with a paragraph of ordinary text"),
        (72, b"that runs over several lines of the pleading paper, each line"),
        (72, b"numbered in the margin as the court's rules ask. [1]"),
        (None, b""),
        (72, b"The defendant wrote to the city on the first of the month:"),
        (None, b""),
        (108, b"We will reopen the bridge to traffic by Friday and the"),
        (108, b"metro by Monday, as promised to every resident. [2]"),
        (None, b""),
        (72, b"That letter is the subject of this motion. [3]"),
    ]
    content = []
    for row, ((x, text), number) in enumerate(zip(texts, numbers, strict=True)):
        y = 720 - 14 * row
        content.append(_text_at(at, y, b"%d" % number))
        if x is not None:
            content.append(_text_at(x, y, text))
    content += [_text_at(72, 440, b"Notes")]
    content += [
        _text_at(72, 420 - 14 * n, b"[%d] Telegram, January %d, 2022." % (n + 1, 21 + n)) for n in range(3)
    ]
    return one_page_pdf(b"".join(content))


def test_pleading_paper_s_margin_line_numbers_are_not_read_and_its_block_quotes_are() -> None:
    # A court filing numbers every line in the margin: the numbers ran into the passages (`… ask. 4 5`) and
    # the block quote, set in from the text's edge, was not told from the rest.
    report = read_report_bytes(_pleading_page(range(1, 11)), "r.pdf")
    contexts = [note.contexts[0] for note in report.footnotes]
    assert [context.quotes for context in contexts] == [
        (),
        (
            "We will reopen the bridge to traffic by Friday and the metro by Monday, as promised to every "
            "resident.",
        ),
        (),
    ]
    assert not any(re.search(r"\b[4-9]\b|\b10\b", context.text) for context in contexts)


def _laid_out(*rows: tuple[float, str]) -> list[pdf._Line]:
    """Lines top to bottom, one a row 14 points apart, each at its left edge (5 points a character)."""
    return [
        pdf._Line(text=text, top=720 - 14 * row + 11, bottom=720 - 14 * row, left=left,
                  right=left + 5 * len(text), size=11, small_label=False)
        for row, (left, text) in enumerate(rows)
    ]  # fmt: skip


def test_numbers_that_are_no_margin_of_line_numbers_are_kept() -> None:
    # A column of figures does not count up; a table's column of row numbers stands at the text's own edge.
    figures = _laid_out(*((40, str(n)) for n in (3, 1, 4, 1, 5, 9)), (72, "The figures above."))
    assert pdf._without_margin_line_numbers(figures) == figures
    table = _laid_out(
        (72, "Claims by row, as the table below lists them."), *((72, str(n)) for n in range(1, 7))
    )
    assert pdf._without_margin_line_numbers(table) == table
    margin = _laid_out(*((40, str(n)) for n in range(1, 7)), (72, "Text right of the margin."))
    assert [line.text for line in pdf._without_margin_line_numbers(margin)] == ["Text right of the margin."]


def test_a_one_line_block_quote_is_the_quote_of_its_marker() -> None:
    # A brief written in Markdown (`> We will reopen the bridge to traffic by Friday.[^1]` after a lead-in
    # ending by a colon), by pandoc to DOCX and LibreOffice to PDF: the quote, set in on one line, was read as
    # body text, and note 1 came out with no quoted words to compare.
    report = read_asset("pdf_one_line_block_quote.pdf")
    assert [[context.quotes for context in note.contexts] for note in report.footnotes] == [
        [("We will reopen the bridge to traffic by Friday.",)],
        [()],
    ]


def _brief_page(*lines: bytes) -> bytes:
    """A page of a brief: a paragraph at the text's edge, then `lines`, then a Notes block of notes 1-2."""
    opening = [
        _text_at(72, 720, b"The city's statements on the bridge closure changed three times in one"),
        _text_at(72, 706, b"week. This brief sets out what each office said, in its own words, and"),
        _text_at(72, 692, b"what the records show about the repairs since the flood of last year."),
    ]
    notes = [_text_at(72, 440, b"Notes"), _text_at(72, 420, b"[1] Telegram, January 21, 2022.")]
    notes.append(_text_at(72, 406, b"[2] Telegram, January 23, 2022."))
    return one_page_pdf(b"".join([*opening, *lines, *notes]))


@pytest.mark.parametrize(
    "lines",
    [
        [_text_at(108, 660, b"We will reopen the bridge to traffic by Friday. [1]")],
        [
            _text_at(72, 660, b"The mayor wrote: [1]"),
            _text_at(108, 640, b"We will reopen the bridge to traffic by Friday."),
        ],
        [
            _text_at(72, 660, b"The mayor wrote[1]:"),
            _text_at(108, 640, b"We will reopen the bridge to traffic by Friday."),
        ],
    ],
    ids=["marker-ending-it", "lead-in-colon-then-marker", "lead-in-marker-then-colon"],
)
def test_a_one_line_paragraph_set_in_that_cites_or_is_led_in_to_is_a_block_quote(lines: list[bytes]) -> None:
    report = read_report_bytes(_brief_page(*lines, _text_at(72, 620, b"That was all. [2]")), "r.pdf")
    assert [[context.quotes for context in note.contexts] for note in report.footnotes] == [
        [("We will reopen the bridge to traffic by Friday.",)],
        [()],
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # A heading centred between the text's edges, with a note on it.
        [_text_at(192, 660, b"The bridge closure [1]")],
        # A line set in that cites nothing, after a paragraph that leads in to nothing.
        [
            _text_at(72, 660, b"The mayor wrote on the first day. [1]"),
            _text_at(108, 640, b"Reopening by Friday."),
        ],
    ],
    ids=["centred-heading", "no-marker-no-lead-in"],
)
def test_a_one_line_paragraph_set_in_that_neither_cites_nor_is_led_in_to_is_no_block_quote(
    lines: list[bytes],
) -> None:
    report = read_report_bytes(_brief_page(*lines, _text_at(72, 620, b"That was all. [2]")), "r.pdf")
    assert [[context.quotes for context in note.contexts] for note in report.footnotes] == [[()], [()]]


def test_footnotes_numbered_as_large_as_their_text_under_the_rule_are_read() -> None:
    # A LibreOffice Writer document's footnotes (an .odt saved as PDF): the number opening each note is set as
    # large as the note (`1 Telegram, …`), not raised; the notes were not found and every marker was reported
    # without a footnote.
    report = read_asset("pdf_writer_footnotes_numbered_in_plain_digits.pdf")
    assert [(note.label, note.text, note.urls) for note in report.footnotes] == [
        ("1", "Telegram, January 21, 2022, https://t.me/mayor/101", ("https://t.me/mayor/101",)),
        (
            "2",
            "Ministry of Transport, January 21, 2022, https://mintrans.example/statement",
            ("https://mintrans.example/statement",),
        ),
    ]
    assert [[context.quotes for context in note.contexts] for note in report.footnotes] == [
        [("we will reopen the bridge to traffic by Friday.",)],
        [("the repairs will take as long as the inspection requires.",)],
    ]
    assert report.findings == ()


def _page_with_notes_in_small_print(rule: bytes, last: bytes = b"") -> bytes:
    """A page citing notes 1 and 2 by raised markers, then 9-point lines `1 …` and `2 …` at its foot under
    `rule` (drawing instructions), then `last`."""
    content = b"".join(
        [
            b"BT /F1 11 Tf 72 720 Td (The mayor said the bridge would reopen by Friday.) Tj"
            b" /F1 7 Tf 4 Ts (1) Tj ET\n",
            b"BT /F1 11 Tf 72 706 Td (The ministry set no date for the works at all.) Tj"
            b" /F1 7 Tf 4 Ts (2) Tj ET\n",
            rule,
            b"BT /F1 9 Tf 72 86 Td (1 Telegram, January 21, 2022.) Tj ET\n",
            b"BT /F1 9 Tf 72 74 Td (2 Telegram, January 23, 2022.) Tj ET\n",
            last,
        ]
    )
    return one_page_pdf(content)


def test_numbered_small_print_under_no_rule_or_before_body_text_is_no_footnote() -> None:
    ruled = read_report_bytes(_page_with_notes_in_small_print(b"0.5 w 72 100 m 200 100 l S\n"), "r.pdf")
    assert [note.text for note in ruled.footnotes] == [
        "Telegram, January 21, 2022.",
        "Telegram, January 23, 2022.",
    ]
    for page in (
        _page_with_notes_in_small_print(b""),
        _page_with_notes_in_small_print(
            b"0.5 w 72 100 m 200 100 l S\n", _text_at(72, 50, b"The table above lists the claims in order.")
        ),
    ):
        report = read_report_bytes(page, "r.pdf")
        assert report.footnotes == ()
        assert [finding.message for finding in report.findings] == [
            "markers found but no notes: unsupported style? (first: '¹' on line 1)"
        ]


def test_a_running_header_and_footer_are_not_read_into_a_quotation_over_a_page_break_or_a_note() -> None:
    # A Writer document with a header and a footer on every page (`Centre for Policy Studies | Brief No. 12`,
    # `Centre for Policy Studies, page 2`) and a quotation that runs from page 1 onto page 2: the header stood
    # between its halves, the quotation was no quote, and note 1 had no words to compare (and the footer under
    # it hid the note).
    report = read_asset("pdf_running_header_and_footer.pdf")
    [note] = report.footnotes
    assert note.text == "Telegram, January 21, 2022, https://t.me/mintrans/101"
    assert note.contexts[0].quotes == (
        "we will reopen the bridge to traffic by Friday and the metro by Monday, as promised to every "
        "resident of the city and to the businesses on both banks, whose losses the ministry will compensate "
        "in full by the end of the month, and whose rents the city will waive for the weeks of the closure.",
    )
    assert "Centre for Policy Studies" not in note.contexts[0].text


def _pages(*pages: Sequence[str]) -> list[pdf._Page]:
    """Pages of lines top to bottom, one a row 14 points apart at the left edge, the last of each at the foot
    of its page, in small print (a footnote, its number set small, when it opens with one)."""
    laid_out = []
    for lines in pages:
        rows = [pdf._Line(text=text, top=750 - 14 * row + 11, bottom=750 - 14 * row, left=72,
                          right=72 + 5 * len(text), size=11, small_label=False)
                for row, text in enumerate(lines[:-1])]  # fmt: skip
        foot = lines[-1]
        rows.append(
            pdf._Line(text=foot, top=71, bottom=60, left=72, right=400, size=8, small_label=foot[0].isdigit())
        )
        laid_out.append(pdf._Page(lines=rows, rules=[], links=[]))
    return laid_out


def test_lines_atop_or_at_the_foot_of_pages_that_read_the_same_but_for_the_page_number_are_left_out() -> None:
    report = pdf.read_pdf_pages(
        _pages(
            ["Brief No. 12 | page 1", "The ministry wrote that \u201cthe bridge will",
             "Brief 12, Centre for Policy Studies"],
            ["Brief No. 12 | page 2", "reopen by Friday.\u201d [1]", "Notes",
             "[1] Telegram, January 21, 2022.", "Brief 12, Centre for Policy Studies"],
        )
    )  # fmt: skip
    assert [(note.text, note.contexts[0].quotes) for note in report.footnotes] == [
        ("Telegram, January 21, 2022.", ("the bridge will reopen by Friday.",))
    ]


def test_lines_of_the_text_or_notes_that_repeat_atop_or_at_the_foot_of_pages_are_kept() -> None:
    # Atop the pages, the same but for a number that does not go up as the pages do; at their feet, notes
    # (`1 Ibid.` on page 1 and `2 Ibid.` on page 2 read the same but for a number that does).
    report = pdf.read_pdf_pages(
        _pages(
            ["Paragraph 12. The ministry wrote that \u201cthe bridge will", "reopen by Friday.\u201d\u00b9",
             "1 Ibid."],
            ["Paragraph 15. The mayor wrote that \u201cthe metro will", "reopen by Monday.\u201d\u00b2",
             "2 Ibid."],
        )
    )  # fmt: skip
    assert [(note.label, note.text) for note in report.footnotes] == [("1", "Ibid."), ("2", "Ibid.")]
    assert [note.contexts[0].text.split(".")[0] for note in report.footnotes] == [
        "Paragraph 12",
        "Paragraph 15",
    ]


def test_a_page_set_in_two_columns_is_read_column_after_column_with_the_footnotes_at_each_foot() -> None:
    # A Writer document set in two columns, its footnotes at the foot of the column that cites them, the third
    # quotation running from the foot of the left-hand column to the top of the right-hand one: read row by
    # row, the columns' lines alternated, no note had its quoted words, and note 3 was given note 2's URL.
    report = read_asset("pdf_two_columns_with_footnotes.pdf")
    assert [(note.label, note.urls) for note in report.footnotes] == [
        ("1", ("https://t.me/mayor/101",)),
        ("2", ("https://mintrans.example/statement",)),
        ("3", ("https://reuters.example/bridge",)),
    ]
    assert [context.quotes for note in report.footnotes for context in note.contexts] == [
        (
            "we will reopen the bridge to traffic by Friday and the metro by Monday, as promised to every "
            "resident of the city.",
        ),
        (
            "the repairs will take as long as the inspection requires, and no date can be given before it "
            "ends.",
        ),
        ("the bridge has not been inspected since the flood, and the city knows it.",),
    ]
    assert report.findings == ()


def _rows(*rows: Sequence[tuple[float, str]]) -> list[pdf._Line]:
    """Lines row by row, 14 points apart from the top, each row's lines at their left edges (5 points a
    character), as the reader sorts a page's lines."""
    return [
        pdf._Line(text=text, top=720 - 14 * row + 11, bottom=720 - 14 * row, left=left,
                  right=left + 5 * len(text), size=11, small_label=False)
        for row, cells in enumerate(rows) for left, text in cells
    ]  # fmt: skip


_LEFT = [f"Left column line {n} of the prose set in it." for n in range(1, 7)]
_RIGHT = [f"Right column line {n} of the prose set in it" for n in range(1, 7)]


def test_two_columns_of_prose_are_read_one_after_the_other_under_a_title_across_them() -> None:
    lines = _rows(
        [(72, "A title across both columns of the page, set in one line of its own.")],
        *([(72, left), (320, right)] for left, right in zip(_LEFT, _RIGHT, strict=True)),
    )
    runs = pdf._in_columns(lines)
    assert [[line.text for line in run] for run in runs] == [[lines[0].text], _LEFT, _RIGHT]
    assert [line.column for run in runs for line in run] == [0] * 7 + [1] * 6


@pytest.mark.parametrize(
    "rows",
    [
        # A table: short first cells beside long ones.
        [[(72, f"2022-01-{n:02}"), (200, right)] for n, right in enumerate(_RIGHT, start=1)],
        # A letter's lines, then a signature set right.
        [[(72, left)] for left in _LEFT] + [[(320, f"Signed, on behalf of office {n}")] for n in range(6)],
        # A paragraph, a block quote set in, and another paragraph.
        [[(72, left + " And more words.")] for left in _LEFT]
        + [[(108, right)] for right in _RIGHT]
        + [[(72, left)] for left in _LEFT],
    ],
    ids=["table", "signature", "block-quote"],
)
def test_lines_side_by_side_or_set_in_that_are_no_two_columns_of_prose_are_read_as_before(
    rows: list[list[tuple[float, str]]],
) -> None:
    lines = _rows(*rows)
    assert pdf._in_columns(lines) == [lines]


def test_a_footnote_number_set_apart_from_its_text_by_a_tab_opens_its_note() -> None:
    # A Writer document on a narrow page: each footnote's number stands a tab away from its text, a little
    # more than two characters, and was read as a line of its own (`1`, then `Stanford Internet Observatory,
    # …`): the note was not found and the marker was reported without a footnote.
    report = read_asset("pdf_writer_footnote_number_apart_from_its_text.pdf")
    assert [(note.label, note.urls) for note in report.footnotes] == [("1", ("https://io.example/report",))]
    assert report.footnotes[0].text.startswith("Stanford Internet Observatory, January 21, 2022")
    assert report.findings == ()


def test_a_notes_parts_set_apart_by_tabs_stay_apart_and_none_opens_a_note_of_its_own() -> None:
    # A Writer document's notes `Two Majors<tab>Telegram<tab>21 January 2022<tab>https://t.me/rybar/1234`,
    # printed by LibreOffice: pdfminer read each part past a wide tab as a line of its own, so note 1 read
    # `Two Majors Telegram` with no link (nothing to capture), `21 January 2022 https://…` opened a note 21
    # cited by nothing, and note 2's author was `Ministry of Defence statement of 22 January`.
    report = read_asset("pdf_writer_note_parts_apart_by_tabs.pdf")
    assert [(note.label, note.text, note.urls) for note in report.footnotes] == [
        ("1", "Two Majors\nTelegram\n21 January 2022\nhttps://t.me/rybar/1234", ("https://t.me/rybar/1234",)),
        (
            "2",
            "Ministry of Defence\nstatement of 22 January\nhttps://mod.example/statement/22",
            ("https://mod.example/statement/22",),
        ),
        ("3", "Rybar, Telegram, 23 January 2022, https://t.me/rybar/1240", ("https://t.me/rybar/1240",)),
    ]
    assert [parse_citation(note).citation.author for note in report.footnotes] == [
        "Two Majors",
        "Ministry of Defence",
        "Rybar",
    ]
    assert report.findings == ()
    assert all(note.findings == () for note in report.footnotes)
    # A tab in the body (`had written<tab>“the bridge…”`) is still a space of its paragraph.
    [context] = report.footnotes[2].contexts
    assert "had written “the bridge is closed to all traffic”." in context.text
    assert context.quotes == ("the bridge is closed to all traffic",)


def test_a_short_pages_notes_holding_more_lines_than_its_text_are_read_under_their_rule() -> None:
    # A one-paragraph memo (two lines at 12 pt) whose two notes, their parts set apart by tabs, stand as six
    # pieces at 10 pt under the rule: the page's median size was the notes', none was smaller than the text,
    # and the report was `markers-without-notes`, none of its sources checked.
    report = read_asset("pdf_short_page_note_parts_apart_by_tabs.pdf")
    assert report.findings == ()
    assert [(note.label, note.text.splitlines()[0], note.urls) for note in report.footnotes] == [
        ("1", "Two Majors", ("https://t.me/rybar/1234",)),
        ("2", "Ministry of Defence", ("https://mod.example/statement/22",)),
    ]
    assert [note.contexts[0].quotes for note in report.footnotes] == [
        ("the front is holding",),
        ("no retreat took place",),
    ]


def test_a_pages_text_size_is_that_above_its_rule_only_where_that_is_larger() -> None:
    def line(top: float, size: float) -> pdf._Line:
        return pdf._Line(
            text="x", top=top, bottom=top - size, left=72, right=300, size=size, small_label=False
        )

    short_page = [line(700, 12), line(686, 12), *(line(100 - 12 * n, 10) for n in range(4))]
    assert pdf._text_size(short_page, [105.0]) == 12
    assert pdf._text_size(short_page, []) == 10
    # Small print over a rule (a running header's) leaves the page's text size as its lines give it.
    headed = [line(760, 9), *(line(700 - 14 * n, 12) for n in range(5))]
    assert pdf._text_size(headed, [740.0]) == 12


def test_a_notes_link_annotations_and_written_addresses_keep_the_order_they_stand_in(tmp_path: Path) -> None:
    # LibreOffice's PDF of pandoc's ODT of the Markdown source: `…, t.me/citynews/12; see also WarGonzo's
    # reply` (linked) gave the annotation's target first, so WarGonzo's post was captured as note 2's source
    # and the mayor's quote compared with it; note 1's archived copy stood for the post it copies.
    report = read_asset("pdf_note_links_after_written_addresses.pdf")
    source = tmp_path / "memo.md"
    source.write_text(LINKS_AMONG_WRITTEN_ADDRESSES, encoding="utf-8")
    assert [note.urls for note in report.footnotes] == [note.urls for note in read_report(source).footnotes]
    assert report.footnotes[1].urls[0] == "https://t.me/citynews/12"


def test_a_two_column_page_whose_notes_parts_are_set_apart_by_tabs_is_read_column_by_column() -> None:
    # Writer's two columns, each with its notes at its foot (`7<tab>Author 7<tab>Telegram<tab>…`): the
    # right-hand column's tab-parted notes stood as short lines of their own, its lines' median width was
    # too narrow for a column, the page was read row by row and note 5 ran into note 7 (marker 7 without a
    # footnote; read before that, note 7 had no link and note 5's went to a note 27).
    report = read_asset("pdf_two_columns_note_parts_apart_by_tabs.pdf")
    assert report.findings == ()
    assert [(note.label, note.text, note.urls) for note in report.footnotes] == [
        (
            str(n),
            f"Author {n}\nTelegram\n2{n} January 2022 https://t.me/chan{n}/10{n}",
            (f"https://t.me/chan{n}/10{n}",),
        )
        for n in range(1, 9)
    ]
    assert [note.contexts[0].quotes for note in report.footnotes] == [
        (f"claim number {n} holds",) for n in range(1, 9)
    ]


def test_adjacent_markers_opening_a_report_of_twelve_notes_or_more_cite_notes_one_and_two() -> None:
    # pandoc's DOCX printed by LibreOffice: the first passage cites notes 1 and 2 at once (`…holding”.¹²`),
    # and the report has a note 12. Read as note 12, that passage was compared with note 12's source, and
    # notes 1 and 2 cited nothing.
    report = read_asset("pdf_adjacent_markers_before_note_twelve.pdf")
    notes = {note.label: note for note in report.footnotes}
    assert [context.quotes for context in notes["1"].contexts] == [("the front is holding",)]
    assert [context.quotes for context in notes["2"].contexts] == [("the front is holding",)]
    assert [context.quotes for context in notes["12"].contexts] == [("claim 12 holds",)]


def test_raised_digits_are_one_note_or_several_as_the_notes_are_numbered_in_order_of_citing() -> None:
    labels = {f"[{n}]" for n in range(1, 14)}
    assert pdf._superscripts_as_brackets("holding.\u00b9\u00b2", labels, [0]) == "holding.[1][2]"
    assert pdf._superscripts_as_brackets("holding.\u00b9\u00b2", labels, [11]) == "holding.[12]"
    # Notes 1 and 2 cited again past note 5: no note 12 is cited before notes 6 to 11 are.
    assert pdf._superscripts_as_brackets("again.\u00b9\u00b2", labels, [5]) == "again.[1][2]"
    # One reading only, or notes not numbered in order (no note 5 to cite next): note 12, as before.
    assert pdf._superscripts_as_brackets("held.\u00b9\u00b2", {"[12]"}, [0]) == "held.[12]"
    numbered_apart = {"[1]", "[2]", "[3]", "[4]", "[12]"}
    assert pdf._superscripts_as_brackets("held.\u00b9\u00b2", numbered_apart, [4]) == "held.[12]"
    highest = [0]
    pdf._superscripts_as_brackets("a.\u00b9 b.\u00b2\u00b3", labels, highest)
    assert highest == [3]


def test_notes_typed_under_a_sources_heading_with_their_parts_set_apart_by_tabs_are_read_whole() -> None:
    # Notes typed by hand in Writer (`1.<tab>Two Majors<tab>Telegram<tab>21 January 2022<tab>https://…`)
    # under `Sources`, cited by raised digits: the lone `1.` and the pieces before `21 January 2022` were
    # left out, which opened a note 21 holding note 1's link, and marker 1 had no footnote.
    report = read_asset("pdf_notes_typed_under_sources_parts_apart_by_tabs.pdf")
    assert report.findings == ()
    assert [(note.label, note.text, note.urls) for note in report.footnotes] == [
        ("1", "Two Majors\nTelegram\n21 January 2022\nhttps://t.me/rybar/1234", ("https://t.me/rybar/1234",)),
        (
            "2",
            "Ministry of Defence\nstatement\nhttps://mod.example/statement/22",
            ("https://mod.example/statement/22",),
        ),
    ]
    assert [note.contexts[0].quotes for note in report.footnotes] == [
        ("the front is holding",),
        ("no retreat took place",),
    ]


def _lines_read(stream: bytes) -> list[str]:
    return [line.text for page in pdf._read_pages(one_page_pdf(stream), "r.pdf") for line in page.lines]


def test_a_gap_between_words_is_a_tab_only_on_a_page_that_draws_its_spaces() -> None:
    # `Two Majors`, then Telegram 0.6 em further with no space drawn: where the page draws its spaces as
    # characters, that gap is a tab's and parts the note; where it draws none (every word gap is a gap, a
    # justified line's wide), it is read as a space, as before.
    gapped = b"BT /F1 10 Tf 72 100 Td [(Two Majors) -600 (Telegram)] TJ ET\n"
    assert _lines_read(gapped) == ["Two Majors\tTelegram"]
    undrawn = b"BT /F1 10 Tf 72 100 Td [(Two) -300 (Majors) -600 (Telegram)] TJ ET\n"
    assert _lines_read(undrawn) == ["Two Majors Telegram"]


def test_a_number_beside_a_line_is_joined_to_it_only_when_set_small_as_a_note_is() -> None:
    def line(text: str, left: float, size: float) -> pdf._Line:
        right = left + 0.5 * size * len(text)
        return pdf._Line(
            text=text, top=100 + size, bottom=100, left=left, right=right, size=size, small_label=False
        )

    body = [pdf._Line(text="Body text of the page.", top=700 - 14 * n + 11, bottom=700 - 14 * n, left=72,
                      right=300, size=11, small_label=False) for n in range(5)]  # fmt: skip
    note = pdf._note_numbers_joined([*body, line("1", 72, 9), line("Telegram, January 21, 2022.", 88, 9)])
    assert [line.text for line in note[5:]] == ["1 Telegram, January 21, 2022."]
    assert note[5].left == 72
    row = [*body, line("1", 72, 11), line("The first claim of the table.", 88, 11)]
    assert pdf._note_numbers_joined(row) == row


def test_words_hyphenated_at_line_ends_in_a_quotation_are_read_whole() -> None:
    # A Writer document, justified on a narrow page, breaking three words of a quotation at line ends
    # (`elec-` `tion`, `imperson-` `ated`, `anon-` `ymous`): the quote read `elec- tion`, which the source's
    # `election` is not, and the note warned of a paraphrase.
    report = read_asset("pdf_hyphenated_words_in_a_quotation.pdf")
    assert report.footnotes[0].contexts[0].quotes == (
        "a coordinated disinformation campaign run from the ministry's press office since the election, with "
        "fabricated documents and impersonated journalists repeated by a network of anonymous channels.",
    )


@pytest.mark.parametrize(
    ("lines", "opens", "read"),
    [
        (
            ["the coordinated disin-", "formation effort by"],
            [True, False],
            ["the coordinated disinformation", "effort by"],
        ),
        (
            ["the coordinated disin-", "formation.\u201d\u00b9"],
            [True, False],
            ["the coordinated", "disinformation.\u201d\u00b9"],
        ),
        # As before: another paragraph, a capital letter, a number, a dash set apart, a line of one word.
        (
            ["the coordinated disin-", "formation effort"],
            [True, True],
            ["the coordinated disin-", "formation effort"],
        ),
        (
            ["the bill, pro-", "Kremlin in all but name"],
            [True, False],
            ["the bill, pro-", "Kremlin in all but name"],
        ),
        (["in the years 2021-", "2022 the mayor"], [True, False], ["in the years 2021-", "2022 the mayor"]),
        (["the ministry -", "said nothing"], [True, False], ["the ministry -", "said nothing"]),
        (["disin-", "formation"], [True, False], ["disin-", "formation"]),
    ],
    ids=["rest-up", "start-down", "next-paragraph", "capital", "number", "dash", "one-word-lines"],
)
def test_a_word_hyphenated_at_a_line_end_is_made_whole_and_nothing_else_is_joined(
    lines: list[str], opens: list[bool], read: list[str]
) -> None:
    assert pdf._hyphenations_joined(lines, opens) == read


def test_a_footnote_carried_over_to_the_next_page_is_read_whole_and_that_pages_notes_too() -> None:
    # A Writer document whose first note is too long for its page: its last six lines stand on page 2, under
    # the rule, above that page's own note 2. They were read as page 2's text: note 1 lost the URL of its
    # archived copy, and note 2 was not found (its marker was reported without a footnote).
    report = read_asset("pdf_footnote_continued_on_the_next_page.pdf")
    assert [(note.label, note.urls) for note in report.footnotes] == [
        ("1", ("https://archive.example/t.me/mayor/101",)),
        ("2", ("https://mintrans.example/statement",)),
    ]
    assert report.footnotes[0].text.startswith("Telegram, January 21, 2022. The post was deleted")
    assert "published in error" not in report.footnotes[1].contexts[0].text
    assert report.findings == ()


def test_small_print_under_a_rule_without_a_number_goes_on_a_note_only_after_a_page_ending_in_one() -> None:
    page = _laid_out(*((72, f"Body line {n} of the page, as long as the others.") for n in range(6)))
    small = [
        pdf._Line(text=text, top=120 - 12 * n + 9, bottom=120 - 12 * n, left=72, right=300, size=9,
                  small_label=False)
        for n, text in enumerate(["the rest of a note carried over,", "and its archived copy."])
    ]  # fmt: skip
    rule = [135.0]
    assert pdf._footnote_zone([*page, *small], rule, continues=True) == 6
    assert pdf._footnote_zone([*page, *small], rule, continues=False) == 8
    assert pdf._footnote_zone([*page, *small], [], continues=True) == 8


def test_footnotes_as_large_as_the_text_with_plain_numbers_and_no_rule_are_read() -> None:
    # pandoc's ODT, its footnote style made the text's size, printed by LibreOffice: no rule, `1 Telegram, …`
    # as large as the text at the page's foot. Read as text, the report was markers without notes.
    report = read_asset("pdf_footnotes_as_large_as_the_text.pdf")
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", ("https://archive.example/t.me/mayor/101",), [("the bridge is closed to all traffic",)]),
        ("2", ("https://mintrans.example/statement",), [("the bridge remains open",)]),
    ]
    assert report.footnotes[0].text.startswith("Telegram, January 21, 2022. The post was deleted")
    assert report.findings == ()


def _page_ending_in(*foot: str, cited: str = "\u00b9 and \u00b2") -> list[pdf._Line]:
    """A page of text citing `cited`, a wide gap, then the lines `foot`, all as large as the text."""
    text = _laid_out(*((72, f"Body line {n} of the page, as long as the others.") for n in range(5)))
    text[2] = dataclasses.replace(text[2], text=f"The mayor and the ministry said so.{cited}")
    return [
        *text,
        *(
            pdf._Line(text=line, top=560 - 14 * n + 11, bottom=560 - 14 * n, left=72, right=400, size=11,
                      small_label=False)
            for n, line in enumerate(foot)
        ),
    ]  # fmt: skip


def test_numbered_lines_as_large_as_the_text_are_notes_only_where_the_page_cites_them_in_order() -> None:
    notes = (
        "1 Telegram, January 21, 2022, https://t.me/mayor/101",
        "and its archived copy.",
        "2 Ministry, 2022.",
    )
    assert pdf._footnote_zone(_page_ending_in(*notes), []) == 5
    small = [
        dataclasses.replace(line, size=9) if index >= 5 else line
        for index, line in enumerate(_page_ending_in(*notes))
    ]
    assert pdf._footnote_zone(small, []) == 5  # in small print with plain numbers and no rule too
    # The true cases beside it: a numbered list after a figure that no marker cites, numbers that do not
    # count up, or no wide gap above them, stay the page's text.
    assert pdf._footnote_zone(_page_ending_in(*notes, cited=""), []) == 8
    assert pdf._footnote_zone(_page_ending_in(*notes, cited="\u00b9"), []) == 8
    skipping = ("1 Telegram, January 21, 2022.", "3 Ministry, 2022.")
    assert pdf._footnote_zone(_page_ending_in(*skipping, cited="\u00b9 and \u00b3"), []) == 7
    close = [
        *_laid_out(*((72, f"Body line {n}\u00b9\u00b2.") for n in range(5)), (72, notes[0]), (72, notes[2]))
    ]
    assert pdf._footnote_zone(close, []) == 7


def test_a_footnote_as_large_as_the_text_carried_over_two_pages_is_read_whole_and_the_next_note_too() -> None:
    # The same, note 1 too long for its page: LibreOffice sets its rest on pages 2 and 3, set in under its
    # number as its other lines, above page 3's note 2. Read as text, note 1 lost its archived copy's URL and
    # note 2 was not found (the report was markers without notes).
    report = read_asset("pdf_footnote_as_large_as_the_text_over_three_pages.pdf")
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", ("https://archive.example/t.me/mayor/101",), [("the bridge is closed to all traffic",)]),
        ("2", ("https://mintrans.example/statement",), [("the bridge remains open",)]),
    ]
    assert report.footnotes[0].text.count("published in error") == 34  # every line of it, on every page
    assert report.findings == ()


def test_lines_after_a_page_ending_in_a_note_go_on_with_it_only_set_in_as_its_lines_were() -> None:
    set_in = [
        pdf._Line(text=f"the rest of note 1, line {n}.", top=560 - 14 * n + 11, bottom=560 - 14 * n,
                  left=86, right=400, size=11, small_label=False)
        for n in range(3)
    ]  # fmt: skip
    page = [*_page_ending_in(cited=""), *set_in]
    assert pdf._footnote_zone(page, [], continues=True, carried_left=86.3) == 5
    # The true cases beside it: after a page with no note, or a note whose lines stood at the text's edge
    # (Word's), or set in otherwise (a block quote), the lines are the page's text.
    assert pdf._footnote_zone(page, [], continues=False, carried_left=86.3) == 8
    assert pdf._footnote_zone(page, [], continues=True, carried_left=72) == 8
    assert pdf._footnote_zone(page, [], continues=True, carried_left=108) == 8


def test_footnotes_numbered_anew_on_each_page_are_numbered_on_with_their_markers() -> None:
    # A Writer document numbering its footnotes anew on each page: page 2's note 1 (Reuters) repeated page
    # 1's note 1, was dropped, and page 2's marker cited page 1's note (its quote compared with the Telegram
    # post).
    report = read_asset("pdf_footnotes_numbered_per_page.pdf")
    assert [(note.label, note.urls) for note in report.footnotes] == [
        ("1", ("https://t.me/mayor/101",)),
        ("2", ("https://mintrans.example/statement",)),
        ("3", ("https://reuters.example/tram",)),
    ]
    assert [context.quotes for note in report.footnotes for context in note.contexts] == [
        ("we will reopen the bridge to traffic by Friday.",),
        ("the repairs will take as long as the inspection requires.",),
        ("the tram will run again in March.",),
    ]
    duplicates = [
        finding for note in report.footnotes for finding in note.findings if "repeats" in finding.message
    ]
    assert duplicates == []


def test_footnotes_numbered_on_from_page_to_page_keep_their_numbers() -> None:
    # Notes 1 and 2 on page 1, 3 on page 2 (the usual numbering), and a first page whose notes start at 1.
    body = _laid_out((72, "The claim.\u00b3"))
    notes = _laid_out((72, "\u00b3 Reuters, January 24, 2022."))
    numbering = pdf._Numbering(highest=2)
    pdf._numbered_on(body, notes, numbering)
    assert numbering == pdf._Numbering(highest=3)
    assert [body[0].text, notes[0].text] == ["The claim.\u00b3", "\u00b3 Reuters, January 24, 2022."]
    first = _laid_out((72, "\u00b9 Reuters, January 24, 2022."))
    numbering = pdf._Numbering()
    pdf._numbered_on(body, first, numbering)
    assert numbering == pdf._Numbering(highest=1)
    assert first[0].text == "\u00b9 Reuters, January 24, 2022."


def test_footnotes_numbered_anew_in_each_section_are_numbered_on_over_the_sections_pages() -> None:
    # Section 1: notes 1-3; section 2 starts again at 1 on one page and goes on with 2 on the next.
    numbering = pdf._Numbering(highest=3)
    pages = [
        (_laid_out((72, "A claim.\u00b9")), _laid_out((72, "\u00b9 Reuters, January 24, 2022."))),
        (_laid_out((72, "Another claim.\u00b2")), _laid_out((72, "\u00b2 AP, January 25, 2022."))),
    ]
    for body, notes in pages:
        pdf._numbered_on(body, notes, numbering)
    assert [(body[0].text, notes[0].text) for body, notes in pages] == [
        ("A claim.[4]", "[4] Reuters, January 24, 2022."),
        ("Another claim.[5]", "[5] AP, January 25, 2022."),
    ]
    assert numbering == pdf._Numbering(highest=5, offset=3)


def test_typed_markers_of_notes_numbered_anew_are_numbered_on_once() -> None:
    body = _laid_out((72, "The tram [1], the bus\u00b2 and the 2022 budget [12]."))
    notes = _laid_out((72, "[1] Reuters, January 24, 2022."), (72, "[2] AP, January 25, 2022."))
    numbering = pdf._Numbering(highest=1)
    pdf._numbered_on(body, notes, numbering)
    assert numbering.highest == 3
    assert body[0].text == "The tram [2], the bus[3] and the 2022 budget [12]."
    assert [line.text for line in notes] == ["[2] Reuters, January 24, 2022.", "[3] AP, January 25, 2022."]


def test_a_space_the_next_letter_is_drawn_over_is_no_space() -> None:
    # Chromium draws a soft hyphen a line does not break at (`as&shy;sault`) as a space, then moves back to
    # draw the rest of the word over it: the quote read `the as sault`, not found verbatim in the source.
    # A space kerned a little tighter (`said`, 50/1000 of an em back) is still a space.
    page = (
        b'BT /F1 11 Tf 72 720 Td [(The army said ) 50 ("the as ) 278 (sault will go on" today [1].)] TJ ET\n'
        b"BT /F1 11 Tf 72 690 Td (Notes) Tj ET\n"
        b"BT /F1 11 Tf 72 676 Td ([1] Rybar, https://t.me/rybar/1) Tj ET\n"
    )
    report = read_report_bytes(one_page_pdf(page), "report.pdf")
    assert [context.text for context in report.footnotes[0].contexts] == [
        'The army said "the assault will go on" today.'
    ]
    assert report.footnotes[0].contexts[0].quotes == ("the assault will go on",)


def _two_columns_then(*below: str) -> list[pdf._Page]:
    """A page of two columns of prose, each quoting and citing a note, then `below` under them at the left."""
    left = [
        "The mayor said that \u201cthe bridge over the",
        "river will reopen to all traffic by Friday\u201d.\u00b9",
        *["Residents doubted it for many reasons that"] * 6,
    ]
    right = [
        "The ministry wrote that \u201cthe repairs will",
        "take as long as the inspection needs\u201d.\u00b2",
        *["The inspection has not started, the workers"] * 6,
    ]
    lines = [
        pdf._Line(text=text, top=720 - 14 * row + 11, bottom=720 - 14 * row, left=x, right=x + 200, size=11,
                  small_label=False)
        for x, column in ((72, left), (310, right))
        for row, text in enumerate(column)
    ] + [
        pdf._Line(text=text, top=580 - 14 * row + 11, bottom=580 - 14 * row, left=72,
                  right=72 + 5 * len(text), size=11, small_label=False)
        for row, text in enumerate(below)
    ]  # fmt: skip
    return [pdf._Page(lines=sorted(lines, key=lambda line: (-line.top, line.left)), rules=[], links=[])]


def test_endnotes_under_a_notes_heading_below_two_columns_are_read_after_both() -> None:
    # The heading and notes, at the left edge, were read as the left-hand column's last lines: the
    # right-hand column's lines went on note 2 and its marker was never read, its quotation not compared.
    report = pdf.read_pdf_pages(
        _two_columns_then(
            "Notes", "1. Mayor, https://t.me/mayor/101", "2. Ministry, https://mintrans.example/2"
        )
    )
    assert [(note.label, note.text, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        (
            "1",
            "Mayor, https://t.me/mayor/101",
            [("the bridge over the river will reopen to all traffic by Friday",)],
        ),
        (
            "2",
            "Ministry, https://mintrans.example/2",
            [("the repairs will take as long as the inspection needs",)],
        ),
    ]
    assert [finding.code for note in report.footnotes for finding in note.findings] == []


def test_lines_below_two_columns_without_a_notes_heading_stay_in_the_left_hand_column() -> None:
    # A left-hand column longer than the right-hand one goes on below it: its lines are read before the
    # right-hand column's, as before.
    [page] = _two_columns_then("Residents doubted it for many reasons that")
    runs = pdf._in_columns(page.lines)
    assert [len(run) for run in runs] == [9, 8]


def _endnotes_report(*lines: str) -> ReadResult:
    """A one-page report of `lines`, all set as large as the text (endnotes under a Notes heading)."""
    return pdf.read_pdf_pages(
        [pdf._Page(lines=_laid_out(*((72, line) for line in lines)), rules=[], links=[])]
    )


_TWO_CHAPTERS = (
    "Chapter 1",
    "The mayor said \u201cthe bridge will reopen\u201d.\u00b9",
    "The ministry said \u201cno date was set\u201d.\u00b2",
    "Chapter 2",
    "The governor said \u201cthe metro is shut\u201d.\u00b9",
    "The police said \u201cthe road is closed\u201d.\u00b2",
    "Notes",
)


def test_endnotes_numbered_anew_in_each_chapter_are_numbered_on_with_the_chapters_markers() -> None:
    # Chapter 2's notes 1 and 2 repeated chapter 1's labels and were dropped, and chapter 2's markers cited
    # chapter 1's sources: four sources cited, two checked, the governor's words compared with the mayor's
    # post.
    report = _endnotes_report(
        *_TWO_CHAPTERS,
        "1. Mayor, https://t.me/mayor/1",
        "2. Ministry, https://mil.example/2",
        "1. Governor, https://t.me/governor/3",
        "2. Police, https://police.example/4",
    )
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", ("https://t.me/mayor/1",), [("the bridge will reopen",)]),
        ("2", ("https://mil.example/2",), [("no date was set",)]),
        ("3", ("https://t.me/governor/3",), [("the metro is shut",)]),
        ("4", ("https://police.example/4",), [("the road is closed",)]),
    ]
    assert [finding.code for note in report.footnotes for finding in note.findings] == []


def test_a_power_set_raised_is_no_marker_and_does_not_move_its_chapters_markers_on() -> None:
    # `km²` was marker 2 of chapter 1: chapter 1 had then cited its last note, so its `¹` began chapter 2's
    # run, the mayor's note was cited by nothing and the governor's note compared the mayor's words.
    report = _endnotes_report(
        "Chapter 1",
        "The mayor said \u201c40 km\u00b2 flooded\u201d.\u00b9",
        *_TWO_CHAPTERS[2:],
        "1. Mayor, https://t.me/mayor/1",
        "2. Ministry, https://mil.example/2",
        "1. Governor, https://t.me/governor/3",
        "2. Police, https://police.example/4",
    )
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", ("https://t.me/mayor/1",), [("40 km\u00b2 flooded",)]),
        ("2", ("https://mil.example/2",), [("no date was set",)]),
        ("3", ("https://t.me/governor/3",), [("the metro is shut",)]),
        ("4", ("https://police.example/4",), [("the road is closed",)]),
    ]
    assert report.findings == ()


def test_a_chapters_note_cited_again_after_its_last_is_no_start_of_the_next_chapter() -> None:
    # Chapter 1 had cited its last note, so its `¹` citing the mayor again began chapter 2's run: the mayor's
    # words were compared with the governor's post. A chapter begins after its heading.
    report = _endnotes_report(
        *_TWO_CHAPTERS[:3],
        "Again the mayor: \u201cthe bridge will reopen\u201d.\u00b9",
        *_TWO_CHAPTERS[3:],
        "1. Mayor, https://t.me/mayor/1",
        "2. Ministry, https://mil.example/2",
        "1. Governor, https://t.me/governor/3",
        "2. Police, https://police.example/4",
    )
    assert [(note.label, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", [("the bridge will reopen", "the bridge will reopen")]),
        ("2", [("no date was set",)]),
        ("3", [("the metro is shut",)]),
        ("4", [("the road is closed",)]),
    ]
    assert report.findings == ()


def test_a_chapters_first_raised_marks_side_by_side_cite_its_notes_1_and_2_though_it_has_a_note_12() -> None:
    # Chapter 2's first passage cites its notes 1 and 2 at once (`¹²`); the chapter has twelve notes. Read
    # as note 12, it stayed chapter 1's notes 1 and 2: nothing was numbered on, the governor's words were
    # compared with the mayor's and the ministry's posts, and chapter 2's notes 1 and 2 were dropped.
    raised = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")
    report = _endnotes_report(
        *_TWO_CHAPTERS[:4],
        "The governor and the police said \u201cthe metro is shut\u201d.\u00b9\u00b2",
        *(f"Witness {n} said \u201cwe saw it\u201d.{str(n).translate(raised)}" for n in range(3, 13)),
        "Notes",
        "1. Mayor, https://t.me/mayor/1",
        "2. Ministry, https://mil.example/2",
        *(f"{n}. Witness {n}, https://t.me/witness/{n}" for n in range(1, 13)),
    )
    cited = [(note.label, note.urls[0], [c.quotes for c in note.contexts]) for note in report.footnotes]
    assert cited[:4] == [
        ("1", "https://t.me/mayor/1", [("the bridge will reopen",)]),
        ("2", "https://mil.example/2", [("no date was set",)]),
        ("3", "https://t.me/witness/1", [("the metro is shut",)]),
        ("4", "https://t.me/witness/2", [("the metro is shut",)]),
    ]
    assert cited[-1] == ("14", "https://t.me/witness/12", [("we saw it",)])
    assert report.findings == ()


@pytest.mark.parametrize(
    ("marks", "cited"), [("\u00b9-\u00b3", "123"), ("\u00b9\u2013\u00b3", "123"), ("\u00b9,\u00b3", "13")]
)
def test_raised_marks_naming_a_range_or_a_list_cite_each_note_named(marks: str, cited: str) -> None:
    # The raised digits of `1-3` were marks 1 and 3, the dash between them text: note 2 had no claim cited.
    report = _endnotes_report(
        f"The mayor said \u201cthe bridge will reopen\u201d.{marks} The ministry agreed.",
        "Notes",
        "1. Mayor, https://t.me/mayor/1",
        "2. Ministry, https://mil.example/2",
        "3. Governor, https://t.me/governor/3",
    )
    assert [(note.label, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        (label, [("the bridge will reopen",)] if label in cited else []) for label in "123"
    ]
    assert (
        report.footnotes[0].contexts[0].text
        == "The mayor said \u201cthe bridge will reopen\u201d. The ministry agreed."
    )


def test_endnotes_under_a_chapter_heading_below_the_notes_heading_are_read() -> None:
    # `Notes`, then `Chapter 1` and its notes: read as the rest of a note before the first, the chapter's
    # heading left every note unread (markers-without-notes).
    report = _endnotes_report(
        *_TWO_CHAPTERS,
        "Chapter 1",
        "1. Mayor, https://t.me/mayor/1",
        "2. Ministry, https://mil.example/2",
        "Chapter 2",
        "1. Governor, https://t.me/governor/3",
        "2. Police, https://police.example/4",
    )
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", ("https://t.me/mayor/1",), [("the bridge will reopen",)]),
        ("2", ("https://mil.example/2",), [("no date was set",)]),
        ("3", ("https://t.me/governor/3",), [("the metro is shut",)]),
        ("4", ("https://police.example/4",), [("the road is closed",)]),
    ]
    assert report.findings == ()


def test_endnotes_numbered_through_or_a_note_cited_again_keep_their_numbers() -> None:
    # One run of notes (1-4), its markers as they stand; one run cited twice over (1, 2, 1, 2) is not taken
    # for chapters.
    through = _endnotes_report(
        *_TWO_CHAPTERS[:4],
        "The governor said \u201cthe metro is shut\u201d.\u00b3",
        "The police said \u201cthe road is closed\u201d.\u2074",
        "Notes",
        "1. Mayor, https://t.me/mayor/1",
        "2. Ministry, https://mil.example/2",
        "3. Governor, https://t.me/governor/3",
        "4. Police, https://police.example/4",
    )
    assert [(note.label, [c.quotes for c in note.contexts]) for note in through.footnotes] == [
        ("1", [("the bridge will reopen",)]),
        ("2", [("no date was set",)]),
        ("3", [("the metro is shut",)]),
        ("4", [("the road is closed",)]),
    ]
    again = _endnotes_report(
        *_TWO_CHAPTERS, "1. Mayor, https://t.me/mayor/1", "2. Ministry, https://mil.example/2"
    )
    assert [(note.label, [c.quotes for c in note.contexts]) for note in again.footnotes] == [
        ("1", [("the bridge will reopen", "the metro is shut")]),
        ("2", [("no date was set", "the road is closed")]),
    ]


def test_a_page_of_three_columns_is_read_column_after_column() -> None:
    # A news page in three columns, quotations going on from the first column to the second and from the
    # second to the third: read as two (the first column, then the other two row by row), the second and
    # third columns' lines alternated and notes 3 and 4 had no quoted words.
    report = read_asset("pdf_three_columns_news_page.pdf")
    # Note 2's URL is broken in its narrow column without a hyphen (`…/statem`, `ent`), as it stands.
    assert [(note.label, note.urls) for note in report.footnotes] == [
        ("1", ("https://t.me/mayor/101",)),
        ("2", ("https://mintrans.example/statem",)),
        ("3", ("https://reuters.example/bridge",)),
        ("4", ("https://court.example/filing/77",)),
    ]
    assert [context.quotes for note in report.footnotes for context in note.contexts][2:] == [
        ("the bridge has not been inspected since the flood, and the city knows it.",),
        (
            "no work on the bridge was ordered by anyone before the end of the month, and none has been paid "
            "for since.",
        ),
    ]
    assert report.findings == ()


def test_three_columns_of_prose_each_have_their_column() -> None:
    third = [f"Third column line {n} of the prose set in." for n in range(1, 7)]
    lines = _rows(
        *(
            [(72, left), (320, right), (568, more)]
            for left, right, more in zip(_LEFT, _RIGHT, third, strict=True)
        )
    )
    runs = pdf._in_columns(lines)
    assert [[line.text for line in run] for run in runs] == [_LEFT, _RIGHT, third]
    assert [run[0].column for run in runs] == [0, 1, 2]


def test_a_marker_set_as_a_browser_sets_sup_is_a_superscript() -> None:
    # A web page printed to PDF by Chromium: `<sup>1</sup>` is set at 83% of the text's size (CSS `smaller`),
    # not the 58-65% of a word processor, and was read as a plain `1`: the note had no marker, no quote.
    report = read_asset("pdf_browser_printed_superscript_markers.pdf")
    [note] = report.footnotes
    assert note.text == "Telegram, January 21, 2022, https://t.me/mintrans/101"
    assert note.contexts[0].quotes[0].startswith("we will reopen the bridge to traffic by Friday")
    assert note.findings == ()


def test_a_digit_set_smaller_on_the_baseline_or_raised_as_large_is_no_superscript() -> None:
    content = b"".join(
        [
            b"BT /F1 12 Tf 72 700 Td (Under Article ) Tj /F1 10 Tf (5) Tj /F1 12 Tf ( of the law, the mayor)"
            b' Tj ( said "the bridge is open.") Tj /F1 10 Tf 5 Ts (1) Tj ET\n',
            b"BT /F1 12 Tf 72 686 Td (In the year ) Tj 5 Ts (2022) Tj 0 Ts ( nothing was said.) Tj ET\n",
            b"BT /F1 12 Tf 72 600 Td (Notes) Tj ET\n",
            b"BT /F1 12 Tf 72 580 Td (1. Telegram, January 21, 2022.) Tj ET\n",
        ]
    )
    report = read_report_bytes(one_page_pdf(content, resources=b""), "r.pdf")
    [note] = report.footnotes
    assert note.contexts[0].text == (
        'Under Article 5 of the law, the mayor said "the bridge is open." In the year 2022 nothing was said.'
    )


def test_a_quotation_going_on_over_a_page_break_before_a_long_word_is_one_quote() -> None:
    # Text set ragged (Word's default): page 1's last line ends 41 points short of the right edge, as a line
    # does before a word too long for the room (`international`), and was taken for a paragraph's last line:
    # the quotation over the page break was cut in two and note 2 had no quoted words.
    report = read_asset("pdf_quotation_over_a_page_break_before_a_long_word.pdf")
    assert [context.quotes for note in report.footnotes for context in note.contexts] == [
        ("the tram is late.",),
        (
            "reopen the bridge to traffic by Friday and the metro by Monday and the international trains by "
            "March, as promised.",
        ),
    ]


def _line_ending_at(right: float, text: str = "x" * 80) -> pdf._Line:
    return pdf._Line(text=text, top=111, bottom=100, left=72, right=right, size=11, small_label=False)


@pytest.mark.parametrize(
    ("right", "next_line", "ends"),
    [
        (420, "international trains by March, as promised.", False),  # 13 letters do not fit in 41 points
        (420, "trams by March, as promised to everyone.", True),  # 5 letters would have fitted
        (300, "international trains by March, as promised.", True),  # a line this short ends its paragraph
        (458, "a line going on.", False),  # a line all but full
    ],
)
def test_a_last_line_ends_its_paragraph_when_the_next_lines_first_word_would_have_fitted_on_it(
    right: float, next_line: str, ends: bool
) -> None:
    below = pdf._Line(text=next_line, top=711, bottom=700, left=72, right=72 + 4.76 * len(next_line), size=11,
                      small_label=False)  # fmt: skip
    assert pdf._ends_short(_line_ending_at(right), below, margin=461) is ends


def test_a_pdf_whose_sources_are_a_bulleted_list_is_markers_without_notes_not_nothing_to_verify() -> None:
    # A Sources list of bullets, no marker in the body: read as a report without notes, `check` said "nothing
    # to verify" and passed it, none of its sources checked.
    lines = [
        "Rybar wrote that the bridge was hit. WarGonzo denied it.",
        "Sources",
        "- Rybar, Telegram, 21 January 2022, https://t.me/rybar/12345",
        "- WarGonzo, Telegram, 22 January 2022, https://t.me/wargonzo/6789",
    ]
    drawn = b"".join(
        b"BT /F1 12 Tf 72 %d Td (%s) Tj ET\n" % (720 - 20 * i, t.encode()) for i, t in enumerate(lines)
    )
    report = read_report_bytes(_one_page_pdf(drawn), "r.pdf")
    assert report.footnotes == ()
    assert [finding.code for finding in report.findings] == ["markers-without-notes"]
    assert "(2 links under 'Sources' on line 2)" in report.findings[0].message


def test_a_pdf_of_prose_with_a_link_and_no_notes_heading_lists_no_sources() -> None:
    drawn = b"BT /F1 12 Tf 72 720 Td (A claim, see https://t.me/rybar/12345 for more.) Tj ET\n"
    report = read_report_bytes(_one_page_pdf(drawn), "r.pdf")
    assert (report.footnotes, [finding.code for finding in report.findings]) == ((), ["links-without-notes"])


def _notes_page(
    *notes: bytes, body: bytes = b"Rybar claimed the convoy crossed.[1] The ministry denied it.[2]"
) -> bytes:
    lines = [body, b"Notes", *notes]
    drawn = b"".join(b"BT /F1 11 Tf 72 %d Td (%s) Tj ET\n" % (720 - 16 * i, t) for i, t in enumerate(lines))
    return _one_page_pdf(drawn)


_RYBAR_NOTE = b"1. Rybar, Telegram, January 21, 2022, https://t.me/rybar/123"
_MINISTRY_NOTE = b"2. Ministry of Defence, January 22, 2022, https://mil.example/statement/22"
_BULLET = b"\267 see also WarGonzo, Telegram, https://t.me/wargonzo/6789"  # `•` in Helvetica's encoding


@pytest.mark.parametrize(
    ("notes", "line"),
    [((_RYBAR_NOTE, _BULLET, _MINISTRY_NOTE), 4), ((_RYBAR_NOTE, _MINISTRY_NOTE, _BULLET), 5)],
)
def test_a_bulleted_line_among_typed_notes_is_a_source_beside_them_not_part_of_the_note_above(
    notes: tuple[bytes, ...], line: int
) -> None:
    # Joined to the note above it, the bullet's link was that note's second, never checked, nothing said.
    report = read_report_bytes(_notes_page(*notes), "r.pdf")
    assert [(note.label, note.text, note.urls) for note in report.footnotes] == [
        ("1", "Rybar, Telegram, January 21, 2022, https://t.me/rybar/123", ("https://t.me/rybar/123",)),
        ("2", "Ministry of Defence, January 22, 2022, https://mil.example/statement/22", ("https://mil.example/statement/22",)),
    ]  # fmt: skip
    assert [(finding.code, finding.line) for finding in report.findings] == [("sources-beside-notes", line)]
    assert f"(the first on page 1, line {line})" in report.findings[0].message


def test_a_bullet_whose_link_the_body_gives_says_nothing_and_a_line_opening_with_a_hyphen_goes_on() -> None:
    cited = read_report_bytes(
        _notes_page(
            _RYBAR_NOTE, _BULLET, _MINISTRY_NOTE, body=b"WarGonzo https://t.me/wargonzo/6789 said.[1][2]"
        ),
        "r.pdf",
    )
    assert ([note.urls for note in cited.footnotes], cited.findings) == (
        [("https://t.me/rybar/123",), ("https://mil.example/statement/22",)],
        (),
    )
    # A dash written as a hyphen, or a middle dot, may open a wrapped line of the note: it goes on with it.
    for between, read in ((b"-", "-"), (b"\264", "\u00b7")):
        wrapped = read_report_bytes(
            _notes_page(b"1. Rybar", between + b" Telegram, https://t.me/rybar/123", _MINISTRY_NOTE), "r.pdf"
        )
        assert (wrapped.footnotes[0].text, wrapped.findings) == (
            f"Rybar {read} Telegram, https://t.me/rybar/123",
            (),
        )


def _notes_with_a_nested_list(*sub_list: Sequence[tuple[float, str]]) -> ReadResult:
    """A page citing notes 1 and 2 under a Notes heading as LibreOffice lays out a numbered list (numbers at
    84 points, text at 108), the lines of `sub_list` after note 1's first."""
    return pdf.read_pdf_pages(
        [
            pdf._Page(
                lines=_rows(
                    [(72, "Rybar claimed \u201cthe enemy left\u201d.\u00b9 The ministry denied it.\u00b2")],
                    [(72, "Notes")],
                    [(84, "1. Rybar, Telegram, 3 May 2024, https://t.me/rybar/100")],
                    *sub_list,
                    [(84, "2. Ministry of Defence, Telegram, 3 May 2024,")],
                    [(108, "https://t.me/mod_russia/200")],
                ),
                rules=[],
                links=[],
            )
        ]
    )  # fmt: skip


_ARCHIVED_COPY = "https://web.archive.org/web/20240503120000/https://t.me/rybar/100"


def test_a_list_nested_in_a_note_goes_on_with_it_and_a_url_broken_before_a_slash_is_made_whole() -> None:
    # The sub-list under note 1 (its bullets set in past the note's number, the first read apart from its
    # text) gave its archived copy to note 1 and its mirror as a source beside the notes; the copy's URL,
    # broken before `/100`, was read as a copy of the channel's page.
    report = _notes_with_a_nested_list(
        [(120, "\u25e6"), (144, "archived: ")],
        [(144, "https://web.archive.org/web/20240503120000/https://t.me/rybar")],
        [(144, "/100")],
        [(120, "\u25e6 mirror: https://tgstat.com/channel/@rybar/100")],
    )
    assert [(note.label, note.text, note.urls) for note in report.footnotes] == [
        ("1", f"Rybar, Telegram, 3 May 2024, https://t.me/rybar/100 archived: {_ARCHIVED_COPY} mirror: https://tgstat.com/channel/@rybar/100",
         ("https://t.me/rybar/100", _ARCHIVED_COPY, "https://tgstat.com/channel/@rybar/100")),
        ("2", "Ministry of Defence, Telegram, 3 May 2024, https://t.me/mod_russia/200", ("https://t.me/mod_russia/200",)),
    ]  # fmt: skip
    assert report.findings == ()
    citation = parse_citation(report.footnotes[0]).citation
    assert (citation.url, citation.archived_url) == ("https://t.me/rybar/100", _ARCHIVED_COPY)


def test_another_source_in_a_list_nested_in_a_note_is_one_of_the_notes_unchecked_links() -> None:
    report = _notes_with_a_nested_list([(120, "\u2022 see also WarGonzo, https://t.me/wargonzo/6789")])
    note = report.footnotes[0]
    assert note.urls == ("https://t.me/rybar/100", "https://t.me/wargonzo/6789")
    assert uncited_links(note, parse_citation(note).citation) == ["https://t.me/wargonzo/6789"]


def test_a_bullet_at_the_notes_own_edge_is_still_a_source_beside_them() -> None:
    report = _notes_with_a_nested_list(
        [(84, "\u2022"), (108, "see also WarGonzo, https://t.me/wargonzo/6789")]
    )
    assert [note.urls for note in report.footnotes] == [
        ("https://t.me/rybar/100",),
        ("https://t.me/mod_russia/200",),
    ]
    assert [finding.code for finding in report.findings] == ["sources-beside-notes"]


def test_a_links_rectangle_grazing_the_next_notes_line_is_no_link_of_that_note() -> None:
    # LibreOffice draws a link's rectangle past its line's descent, into the top of the next line's box:
    # note 1's link was note 2's first too, and the ministry's note was checked against Rybar's post.
    lines = _rows(
        [(72, "Rybar claimed the convoy crossed.[1] The ministry denied it.[2]")],
        [(72, "Notes")],
        [(72, "1. Rybar, Telegram, 3 May 2024, the post")],
        [(72, "2. Ministry of Defence, Telegram post, 3 May 2024.")],
    )
    note_1, note_2 = lines[2], lines[3]
    grazing = (200.0, note_2.top - 0.6, 240.0, note_1.top - 0.6)  # over "the post", 0.6 into note 2's line
    shown = (162.0, note_2.bottom + 1.0, 222.0, note_2.top - 1.0)  # over "Telegram post", well inside
    links = [(grazing, "https://t.me/rybar/100"), (shown, "https://t.me/mod_russia/200")]
    report = pdf.read_pdf_pages([pdf._Page(lines=lines, rules=[], links=links)])
    assert [(note.label, note.urls) for note in report.footnotes] == [
        ("1", ("https://t.me/rybar/100",)),
        ("2", ("https://t.me/mod_russia/200",)),
    ]


def test_a_links_underline_in_a_note_is_no_rule_over_the_footnotes_and_a_rule_over_them_is() -> None:
    # LibreOffice draws a link's underline as a line, under the descent of the line it underlines: taken
    # for the rule over the footnotes, the note after it opened them, and the notes above it were body text.
    lines = _rows(
        [(72, "Rybar claimed the convoy crossed.\u00b9 The ministry denied it.\u00b2")],
        [],
        [(72, "1 Rybar, Telegram, 3 May 2024, https://t.me/rybar/100")],
        [(72, "2 Ministry of Defence, Telegram post, 3 May 2024.")],
    )
    body, note_1 = lines[0], lines[1]
    underline = (note_1.bottom - 0.9, 200.0, note_1.right)  # under the link's characters, past the descent
    separator = (body.bottom - 7.0, 72.0, 216.0)  # over the first note (as Word draws it), short
    assert pdf._without_underlines([underline, separator], lines) == [separator[0]]
    # A rule under a line but longer than it, or set apart from it, is a rule.
    apart = (note_1.bottom - 3.0, 200.0, note_1.right)
    past_the_text = (note_1.bottom - 0.9, 72.0, note_1.right + 20)
    assert pdf._without_underlines([apart, past_the_text], lines) == [apart[0], past_the_text[0]]


def test_an_underline_in_small_print_under_no_rule_is_no_rule_over_footnotes() -> None:
    # The same page as under no rule, with a link in note 1 underlined as LibreOffice draws it (a line under
    # the descent): taken for the footnotes' rule, note 2 was read as the page's one note, note 1 was text.
    underlined = _page_with_notes_in_small_print(b"0.5 w 110 87.2 m 180 87.2 l S\n")
    report = read_report_bytes(underlined, "r.pdf")
    assert report.footnotes == ()
    assert [finding.message for finding in report.findings] == [
        "markers found but no notes: unsupported style? (first: '\u00b9' on line 1)"
    ]


def _notes_page_with_links(lines: Sequence[bytes], links: Sequence[tuple[int, int, int, bytes]]) -> bytes:
    """A page of `lines` (11 points, one every 16 from the top) and link annotations, each `(line, left,
    right, target)` over that line's characters from `left` to `right` points."""
    drawn = b"".join(b"BT /F1 11 Tf 72 %d Td (%s) Tj ET\n" % (720 - 16 * i, t) for i, t in enumerate(lines))
    annotations = [
        b"<< /Type /Annot /Subtype /Link /Rect [%d %d %d %d] /A << /S /URI /URI (%s) >> >>"
        % (left, 718 - 16 * line, right, 730 - 16 * line, target)
        for line, left, right, target in links
    ]
    names = b" ".join(b"%d 0 R" % (6 + index) for index in range(len(annotations)))
    return pdf_of(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
            b" /Resources << /Font << /F1 5 0 R >> >> /Annots [%s] >>" % names,
            b"<< /Length %d >>\nstream\n" % len(drawn) + drawn + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            *annotations,
        ]
    )


_LINKED_NOTES = [
    b"Rybar claimed the convoy crossed.[1] The ministry denied it.[2]",
    b"Notes",
    b"1. Rybar, Telegram, January 21, 2022,",
    b"https://t.me/rybar/123",
    b"2. Ministry of Defence, January 22, 2022, the statement",
]


def test_a_pdf_link_over_a_url_it_does_not_lead_to_is_said_as_other_readers_say_it() -> None:
    # The printed note shows rybar/123; its link leads to fakerybar/1, which was captured and checked as the
    # note's source, nothing said (a DOCX, ODT or HTML note doing so is `link-text-differs`).
    report = read_report_bytes(
        _notes_page_with_links(_LINKED_NOTES, [(3, 70, 300, b"https://t.me/fakerybar/1")]), "r.pdf"
    )
    note = report.footnotes[0]
    assert note.urls == ("https://t.me/fakerybar/1", "https://t.me/rybar/123")
    assert [(finding.code, finding.line, finding.message) for finding in note.findings] == [
        (
            "link-text-differs",
            3,
            "footnote 1 on page 1, line 3: a link shows 'https://t.me/rybar/123' but leads to "
            "https://t.me/fakerybar/1; the target is what is captured",
        )
    ]


def test_a_pdf_link_over_its_own_url_broken_over_two_lines_or_over_words_says_nothing() -> None:
    lines = [*_LINKED_NOTES[:3], b"https://t.me/rybar/", b"123", _LINKED_NOTES[4]]
    links = [(3, 70, 300, b"https://t.me/rybar/123"), (4, 70, 300, b"https://t.me/rybar/123"),
             (5, 280, 400, b"https://mil.example/statement/22")]  # fmt: skip
    report = read_report_bytes(_notes_page_with_links(lines, links), "r.pdf")
    assert [note.urls for note in report.footnotes] == [
        ("https://t.me/rybar/123",),
        ("https://mil.example/statement/22",),
    ]
    assert [note.findings for note in report.footnotes] == [(), ()]


def _page_citing_two_notes(
    first: bytes, second: bytes, rule: bytes = b"0.5 w 72 100 m 200 100 l S\n"
) -> bytes:
    """A page citing notes 1 and 2 by raised markers, then `first` and `second` in 9-point lines at its foot
    under `rule`."""
    content = b"".join(
        [
            b"BT /F1 11 Tf 72 720 Td (The mayor said the bridge would reopen by Friday.) Tj"
            b" /F1 7 Tf 4 Ts (1) Tj ET\n",
            b"BT 0 Ts /F1 11 Tf 72 690 Td (The ministry set no date for the works at all.) Tj"
            b" /F1 7 Tf 4 Ts (2) Tj ET\n",
            rule,
            b"BT 0 Ts /F1 9 Tf 72 86 Td (%s) Tj ET\n" % first,
            b"BT 0 Ts /F1 9 Tf 72 74 Td (%s) Tj ET\n" % second,
        ]
    )
    return one_page_pdf(content)


def test_a_footnote_number_glued_to_its_first_word_is_parted_from_it() -> None:
    # `1Telegram, …`: a number set as large as its note with no space after it, as text extraction gives it,
    # was no note's number: the page had no notes, and its markers cited nothing.
    report = read_report_bytes(
        _page_citing_two_notes(
            b"1Rybar, Telegram, January 21, 2022, https://t.me/rybar/1234", b"2Two Majors, January 23, 2022."
        ),
        "r.pdf",
    )
    assert [(note.label, note.text) for note in report.footnotes] == [
        ("1", "Rybar, Telegram, January 21, 2022, https://t.me/rybar/1234"),
        ("2", "Two Majors, January 23, 2022."),
    ]
    assert report.findings == ()


@pytest.mark.parametrize(
    ("first", "second", "rule"),
    [
        # Out of count: `3M` going on with note 1 is no note 3.
        (b"1Rybar, Telegram, on the masks of", b"3M, January 21, 2022.", b"0.5 w 72 100 m 200 100 l S\n"),
        # No rule above the small print: it may be a caption or a table's, not the page's notes.
        (b"1Rybar, Telegram, January 21, 2022.", b"2Two Majors, January 23, 2022.", b""),
    ],
)
def test_numbers_glued_to_words_out_of_count_or_under_no_rule_are_not_parted(
    first: bytes, second: bytes, rule: bytes
) -> None:
    report = read_report_bytes(_page_citing_two_notes(first, second, rule), "r.pdf")
    assert report.footnotes == ()
    assert [finding.code for finding in report.findings] == ["markers-without-notes"]


def test_a_body_line_opening_with_a_number_glued_to_a_word_is_not_a_note() -> None:
    content = b"".join(
        [
            b"BT /F1 11 Tf 72 720 Td (The mayor said the bridge would reopen by Friday.) Tj"
            b" /F1 7 Tf 4 Ts (1) Tj ET\n",
            b"BT 0 Ts /F1 11 Tf 72 706 Td (3M masks were handed out, and) Tj ET\n",
            b"BT 0 Ts /F1 11 Tf 72 692 Td (2022was a year of works.) Tj ET\n",
            b"0.5 w 72 100 m 200 100 l S\n",
            b"BT 0 Ts /F1 9 Tf 72 86 Td (1Telegram, January 21, 2022.) Tj ET\n",
        ]
    )
    report = read_report_bytes(one_page_pdf(content), "r.pdf")
    assert [(note.label, note.text) for note in report.footnotes] == [("1", "Telegram, January 21, 2022.")]
    [context] = report.footnotes[0].contexts
    assert "3M masks were handed out, and 2022was a year of works." in context.text


def test_an_address_linked_to_its_http_form_is_one_source_and_says_no_scheme_was_added() -> None:
    # A Word report printed to PDF keeps AutoFormat's link of a typed `t.me/rybar/123` to
    # `http://t.me/rybar/123`: the note was read as citing `https://t.me/rybar/123` as well, and was said to
    # have a link without a scheme.
    lines = [*_LINKED_NOTES[:2], b"1. Rybar, Telegram, January 21, 2022, t.me/rybar/123", _LINKED_NOTES[4]]
    links = [(2, 250, 400, b"http://t.me/rybar/123")]
    report = read_report_bytes(_notes_page_with_links(lines, links), "r.pdf")
    assert [(note.urls, note.findings) for note in report.footnotes[:1]] == [(("http://t.me/rybar/123",), ())]
    # Unlinked, the address is still read with a scheme added, and said so.
    report = read_report_bytes(_notes_page_with_links(lines, []), "r.pdf")
    assert report.footnotes[0].urls == ("https://t.me/rybar/123",)
    assert [finding.code for finding in report.footnotes[0].findings] == ["scheme-added"]


def _page_of_endnotes(marks: Sequence[bytes], notes: Sequence[bytes], raised_labels: bool = True) -> bytes:
    """A page whose two paragraphs end in `marks` set small and raised, then a short rule and `notes` in
    9-point lines, each opening with its label (the text before its first space) set small and raised as
    Word sets an endnote's, or as large as the note (`raised_labels` false) as Writer sets it."""

    def note(text: bytes) -> bytes:
        label, rest = text.split(b" ", 1)
        if raised_labels:
            return b"/F1 6 Tf 3 Ts (%s) Tj 0 Ts /F1 9 Tf ( %s) Tj" % (label, rest)
        return b"/F1 9 Tf (%s %s) Tj" % (label, rest)

    sentences = (b"The mayor said the bridge would reopen by Friday.", b"The ministry set no date at all.")
    content = b"".join(
        [
            *(
                b"BT 0 Ts /F1 11 Tf 72 %d Td (%s) Tj /F1 7 Tf 4 Ts (%s) Tj ET\n"
                % (720 - 30 * row, sentence, mark)
                for row, (sentence, mark) in enumerate(zip(sentences, marks, strict=True))
            ),
            b"0.5 w 72 680 m 200 680 l S\n",
            *(b"BT 0 Ts 72 %d Td %s ET\n" % (666 - 12 * row, note(text)) for row, text in enumerate(notes)),
        ]
    )
    return one_page_pdf(content)


_ROMAN_NOTES = [
    b"i Mayor, Telegram, 21 January 2022, https://t.me/citynews/12",
    b"ii Ministry, Telegram, 22 January 2022, https://t.me/mod_russia/200",
]


@pytest.mark.parametrize(
    "raised_labels", [True, False], ids=["raised as Word sets them", "as large as the text"]
)
@pytest.mark.parametrize("case", [bytes.lower, bytes.upper], ids=["i ii", "I II"])
def test_endnotes_numbered_in_roman_numerals_are_read_with_their_marks(
    raised_labels: bool, case: Callable[[bytes], bytes]
) -> None:
    # Word and Writer number endnotes i, ii, iii by default: read as letters, the report had no notes
    # (`links-without-notes`) and nothing it cites was checked.
    notes = [case(label) + b" " + rest for label, rest in (note.split(b" ", 1) for note in _ROMAN_NOTES)]
    report = read_report_bytes(_page_of_endnotes([case(b"i"), case(b"ii")], notes, raised_labels), "r.pdf")
    assert [(note.label, note.urls, note.contexts[0].text) for note in report.footnotes] == [
        (
            case(b"i").decode(),
            ("https://t.me/citynews/12",),
            "The mayor said the bridge would reopen by Friday.",
        ),
        (case(b"ii").decode(), ("https://t.me/mod_russia/200",), "The ministry set no date at all."),
    ]
    assert report.findings == ()


def test_a_roman_endnote_cited_without_a_note_is_named_as_the_report_shows_it() -> None:
    report = read_report_bytes(_page_of_endnotes([b"i", b"iii"], _ROMAN_NOTES), "r.pdf")
    assert [note.label for note in report.footnotes] == ["i", "ii"]
    assert [finding.message for finding in report.findings] == [
        "marker iii on page 1, line 2 has no footnote"
    ]


def test_raised_letters_in_a_report_of_numbered_notes_are_no_marks() -> None:
    # Footnotes numbered 1, 2 and a raised `i` (a formula's, or a roman endnote beside them): read as note 1
    # too, the ministry's sentence would cite the mayor's note.
    report = read_report_bytes(
        _page_of_endnotes([b"1", b"i"], [b"1 Mayor, https://t.me/citynews/12"]), "r.pdf"
    )
    assert [(note.label, [c.text for c in note.contexts]) for note in report.footnotes] == [
        ("1", ["The mayor said the bridge would reopen by Friday."])
    ]
    # A raised `v` or `x` with no `i` cites no notes 5 and 10 either.
    notes = [b"5 Mayor, https://t.me/citynews/12", b"10 Ministry, https://t.me/mod_russia/200"]
    report = read_report_bytes(_page_of_endnotes([b"v", b"x"], notes, raised_labels=False), "r.pdf")
    assert [(note.label, note.contexts) for note in report.footnotes] == [("5", ()), ("10", ())]


def _footnote_and_roman_endnote_page(endnotes: bytes, footnote_number: bytes = b"1") -> bytes:
    """A page of two paragraphs, the first citing footnote 1 (a raised `1`, or `footnote_number`), the
    second endnote i (a raised `i`), then `endnotes` (drawing operators), then the footnote under a rule at
    the foot, as Word sets a report of footnotes and endnotes in its default numbering."""
    raised = b"/F1 7 Tf 4 Ts (%s) Tj"
    content = b"".join(
        b"BT 0 Ts /F1 11 Tf 72 %d Td (%s) Tj %s ET\n" % line
        for line in [
            (720, b'The mayor said "the bridge reopens Friday".', raised % footnote_number),
            (690, b'The ministry said "no date is set".', raised % b"i"),
        ]
    )
    footnote = (
        b"BT 0 Ts 72 106 Td /F1 6 Tf 3 Ts (%s) Tj 0 Ts /F1 9 Tf ( Mayor, https://t.me/citynews/12) Tj ET\n"
        % footnote_number
    )
    return one_page_pdf(content + endnotes + b"0.5 w 72 120 m 200 120 l S\n" + footnote + b"\n")


_ENDNOTE_RAISED_AFTER_A_RULE = (
    b"0.5 w 72 670 m 200 670 l S\n"
    b"BT 0 Ts 72 656 Td /F1 6 Tf 3 Ts (i) Tj 0 Ts /F1 9 Tf ( Ministry, https://t.me/mod_russia/200) Tj ET\n"
)
_ENDNOTE_TYPED_UNDER_NOTES = (
    b"BT 0 Ts /F1 11 Tf 72 660 Td (Notes) Tj ET\n"
    b"BT 0 Ts /F1 11 Tf 72 640 Td (i. Ministry, https://t.me/mod_russia/200) Tj ET\n"
)


@pytest.mark.parametrize(
    "endnotes",
    [_ENDNOTE_RAISED_AFTER_A_RULE, _ENDNOTE_TYPED_UNDER_NOTES],
    ids=["raised after a rule", "typed under Notes"],
)
def test_numbered_footnotes_and_roman_endnotes_are_both_read_each_cited_by_its_own_mark(
    endnotes: bytes,
) -> None:
    # Word's defaults: footnotes 1, 2, 3 and endnotes i, ii, iii. The raised `i` was read as a letter, the
    # endnote as text: the ministry's source was never checked and nothing said so.
    report = read_report_bytes(_footnote_and_roman_endnote_page(endnotes), "r.pdf")
    assert sorted(
        (note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes
    ) == [
        ("1", ("https://t.me/citynews/12",), [("the bridge reopens Friday",)]),
        ("i", ("https://t.me/mod_russia/200",), [("no date is set",)]),
    ]
    assert report.findings == ()


@pytest.mark.parametrize("number", [b"901", b"950"])
@pytest.mark.parametrize(
    "endnotes",
    [_ENDNOTE_RAISED_AFTER_A_RULE, _ENDNOTE_TYPED_UNDER_NOTES],
    ids=["raised after a rule", "typed under Notes"],
)
def test_a_footnote_numbered_past_900_and_a_roman_endnote_stay_two_notes(
    endnotes: bytes, number: bytes
) -> None:
    # A book's footnote 901 and its endnote i: the endnotes were read as notes 901, 902, …, so the two were
    # one note `i` with both links, each passage checked against both sources; footnote 950 was labelled `l`.
    report = read_report_bytes(_footnote_and_roman_endnote_page(endnotes, number), "r.pdf")
    assert sorted(
        (note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes
    ) == [
        (number.decode(), ("https://t.me/citynews/12",), [("the bridge reopens Friday",)]),
        ("i", ("https://t.me/mod_russia/200",), [("no date is set",)]),
    ]
    assert report.findings == ()


def test_roman_endnotes_at_the_report_s_end_and_footnotes_on_an_earlier_page_are_both_read() -> None:
    raised = b"/F1 7 Tf 4 Ts (%s) Tj"

    def lines(*drawn: tuple[int, bytes, bytes]) -> bytes:
        return b"".join(b"BT 0 Ts /F1 11 Tf 72 %d Td (%s) Tj %s ET\n" % line for line in drawn)

    def note(top: int, label: bytes, text: bytes) -> bytes:
        return b"BT 0 Ts 72 %d Td /F1 6 Tf 3 Ts (%s) Tj 0 Ts /F1 9 Tf ( %s) Tj ET\n" % (top, label, text)

    first = lines(
        (720, b'The mayor said "the bridge reopens Friday".', raised % b"1"),
        (690, b'The ministry said "no date is set".', raised % b"i"),
    )
    first += b"0.5 w 72 120 m 200 120 l S\n" + note(106, b"1", b"Mayor, https://t.me/citynews/12")
    second = lines((720, b'WarGonzo said "all is quiet".', raised % b"ii")) + b"0.5 w 72 700 m 200 700 l S\n"
    second += note(686, b"i", b"Ministry, https://t.me/mod_russia/200")
    second += note(674, b"ii", b"WarGonzo, https://t.me/wargonzo/300")
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
    page += b" /Resources << /Font << /F1 7 0 R >> >> >>"
    document = pdf_of(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >>",
            page % 5,
            page % 6,
            *(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(drawn), drawn) for drawn in (first, second)),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    )
    report = read_report_bytes(document, "r.pdf")
    assert [(note.label, note.location, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", "page 1, line 3", [("the bridge reopens Friday",)]),
        ("i", "page 2, line 2", [("no date is set",)]),
        ("ii", "page 2, line 3", [("all is quiet",)]),
    ]
    assert report.findings == ()


def _footnotes_then_endnotes_on_a_page_of_their_own(
    endnote_marks: tuple[bytes, bytes], endnotes: bytes
) -> bytes:
    """Three pages as Writer prints Word's footnotes and endnotes: page 1 citing footnotes 1 and 2 (under a
    rule at its foot), page 2 citing endnotes by `endnote_marks`, page 3 `endnotes` (lines of text), as
    large as the text, under no heading and no rule."""
    raised = b"/F1 7 Tf 4 Ts (%s) Tj"

    def line(top: int, text: bytes, mark: bytes = b"") -> bytes:
        return b"BT 0 Ts /F1 12 Tf 72 %d Td (%s) Tj %s ET\n" % (top, text, raised % mark if mark else b"")

    def footnote(top: int, label: bytes, text: bytes) -> bytes:
        return b"BT 0 Ts 72 %d Td /F1 7 Tf 4 Ts (%s) Tj 0 Ts /F1 10 Tf ( %s) Tj ET\n" % (top, label, text)

    first = line(700, b'Rybar claimed "the enemy retreated".', b"1") + line(
        680, b'WarGonzo said "all is quiet".', b"2"
    )
    first += b"0.5 w 72 113 m 189 113 l S\n"
    first += footnote(99, b"1", b"Rybar, https://t.me/rybar/1") + footnote(
        85, b"2", b"WarGonzo, https://t.me/wargonzo/2"
    )
    second = line(700, b'The ministry denied "any retreat".', endnote_marks[0])
    second += line(680, b'Mash wrote "bridge hit".', endnote_marks[1])
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
    page += b" /Resources << /Font << /F1 8 0 R >> >> >>"
    return pdf_of(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>",
            page % 6,
            page % 7,
            page % 9,
            *(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(drawn), drawn) for drawn in (first, second)),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            b"<< /Length %d >>\nstream\n%s\nendstream" % (len(endnotes), endnotes),
        ]
    )


def _lines_of_text(*lines: bytes) -> bytes:
    return b"".join(
        b"BT 0 Ts /F1 12 Tf 72 %d Td (%s) Tj ET\n" % (724 - 24 * n, text) for n, text in enumerate(lines)
    )


@pytest.mark.parametrize(
    ("marks", "labels"),
    [((b"i", b"ii"), ("i", "ii")), ((b"1", b"2"), ("1 (2)", "2 (2)"))],
    ids=["roman, Word's default", "numbered as the footnotes are"],
)
def test_endnotes_on_a_page_of_their_own_after_footnotes_are_read_each_cited_by_its_own_mark(
    marks: tuple[bytes, bytes], labels: tuple[str, str]
) -> None:
    # Read only where a report had no footnotes: the endnotes were text. Their roman marks cited nothing
    # (`marker i … has no footnote`); numbered 1, 2, page 2's marks cited footnotes 1 and 2, the ministry's
    # words compared with Rybar's post, the ministry's source never checked, and nothing said so.
    endnotes = _lines_of_text(
        b"%s Ministry, https://t.me/mod_russia/3" % marks[0],
        b"%s Mash, https://t.me/breakingmash/4" % marks[1],
    )
    report = read_report_bytes(_footnotes_then_endnotes_on_a_page_of_their_own(marks, endnotes), "r.pdf")
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", ("https://t.me/rybar/1",), [("the enemy retreated",)]),
        ("2", ("https://t.me/wargonzo/2",), [("all is quiet",)]),
        (labels[0], ("https://t.me/mod_russia/3",), [("any retreat",)]),
        (labels[1], ("https://t.me/breakingmash/4",), [("bridge hit",)]),
    ]
    assert report.findings == ()


def test_numbered_lines_that_end_a_report_of_footnotes_and_cite_nothing_of_their_own_are_no_endnotes() -> (
    None
):
    # Page 3 is an appendix of numbered lines, and no mark but the footnotes' of page 1 (shown there) cites
    # a 1 or a 2: its lines are no endnotes (`1 (2)`, not cited).
    appendix = _lines_of_text(b"1 Method and sources of this report", b"2 Glossary of the terms used")
    report = read_report_bytes(_footnotes_then_endnotes_on_a_page_of_their_own((b"", b""), appendix), "r.pdf")
    assert [note.label for note in report.footnotes] == ["1", "2"]


def test_a_roman_endnote_beside_numbered_footnotes_not_set_apart_as_a_note_is_a_finding() -> None:
    # `i Ministry, …` runs on from the text with no heading and no rule: not read as a note, but the mark
    # that cites it is said to cite nothing, not taken for a letter.
    endnote = b"BT 0 Ts /F1 11 Tf 72 676 Td (i Ministry, https://t.me/mod_russia/200) Tj ET\n"
    report = read_report_bytes(_footnote_and_roman_endnote_page(endnote), "r.pdf")
    assert [note.label for note in report.footnotes] == ["1"]
    assert [finding.message for finding in report.findings] == ["marker i on page 1, line 2 has no footnote"]


def test_a_raised_i_beside_numbered_footnotes_and_no_roman_endnote_is_read_as_before() -> None:
    report = read_report_bytes(_footnote_and_roman_endnote_page(b""), "r.pdf")
    assert [(note.label, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", [("the bridge reopens Friday",)])
    ]
    assert report.findings == ()


def test_roman_endnotes_typed_under_a_notes_heading_are_read_and_a_line_opening_with_i_is_text() -> None:
    # `i. Rybar, …` typed under Notes, the marks raised: no notes were read. A line of the text opening
    # with a word `i` (Polish `i tak dalej`) is no note's label.
    raised = b"/F1 7 Tf 4 Ts (%s) Tj"
    content = b"".join(
        b"BT 0 Ts /F1 11 Tf 72 %d Td (%s) Tj %s ET\n" % line
        for line in [
            (720, b"Rybar wrote that the front was holding.", raised % b"i"),
            (706, b"i tak dalej, the ministry denied it.", raised % b"ii"),
            (680, b"Notes", b""),
            (660, b"i. Rybar, Telegram, 21 January 2022, https://t.me/rybar/1", b""),
            (646, b"ii. Ministry, Telegram, https://t.me/mod_russia/2", b""),
        ]
    )
    report = read_report_bytes(one_page_pdf(content), "r.pdf")
    assert [(note.label, note.text, len(note.contexts)) for note in report.footnotes] == [
        ("i", "Rybar, Telegram, 21 January 2022, https://t.me/rybar/1", 1),
        ("ii", "Ministry, Telegram, https://t.me/mod_russia/2", 1),
    ]
    assert report.footnotes[0].contexts[0].text.endswith("i tak dalej, the ministry denied it.")
    assert report.findings == ()


@pytest.mark.parametrize(
    ("asset", "labels"),
    [
        ("pdf_writer_endnotes_numbered_on_a_page_of_their_own.pdf", ["1", "2", "3"]),
        ("pdf_writer_endnotes_in_roman_numerals_on_a_page_of_their_own.pdf", ["i", "ii", "iii"]),
    ],
    ids=["numbered", "roman numerals"],
)
def test_endnotes_writer_sets_on_a_page_of_their_own_are_read(asset: str, labels: list[str]) -> None:
    # A Word report of endnotes opened in LibreOffice and exported as PDF: the notes stand atop the last
    # page, as large as the text, with no heading and no rule. Read as text, the report had no notes
    # (`markers-without-notes`; roman ones `links-without-notes`) and nothing it cites was checked.
    report = read_asset(asset)
    assert [(note.label, note.urls, note.location) for note in report.footnotes] == [
        (labels[0], ("https://t.me/rybar/1234",), "page 2, line 1"),
        (labels[1], ("https://t.me/mod_russia/200",), "page 2, line 2"),
        (labels[2], ("https://t.me/wargonzo/5500",), f"page 2, line {4 if labels[0] == '1' else 3}"),
    ]
    assert [[c.quotes for c in note.contexts] for note in report.footnotes] == [
        [("the front is holding",)],
        [("no troops crossed the river",)],
        [("the bridge is gone",)],
    ]
    assert report.findings == ()


def test_a_last_page_of_numbered_lines_the_text_does_not_cite_is_no_page_of_endnotes() -> None:
    # A closing page listing steps 1 and 2 where the text cites note 1 only: the list is the report's text.
    first = [
        pdf._Line(
            text="The mayor said \u201cthe bridge will reopen\u201d.\u00b9",
            top=731,
            bottom=720,
            left=72,
            right=400,
            size=11,
            small_label=False,
            page=1,
        )
    ]
    last = [pdf._Line(text=text, top=731 - 14 * row, bottom=720 - 14 * row, left=72, right=400, size=11,
                      small_label=False, page=2)
            for row, text in enumerate(["1 Check the bridge.", "2 Call the mayor."])]  # fmt: skip
    assert pdf._endnote_pages([*first, *last]) is None
    first[0].text += "\u00b2"
    assert pdf._endnote_pages([*first, *last]) == 1
