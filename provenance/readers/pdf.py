"""PDF reports: footnotes at the foot of each page, endnotes under a Notes heading, superscript markers.

A PDF has no notes, only characters placed on pages, so the layout is read back:
- each character's font size and baseline tell a superscript (`1` set small and raised) from body text;
- page numbers, a running header or footer (the same line at the same height on other pages, but for a
  page number: `_running_lines`) and pleading paper's margin line numbers are left out;
- a page set in columns is read column after column (`_in_columns`), each with its own footnotes, and a
  Notes heading under the columns, with what follows it, after them;
- at the foot of a page (of a column), below a clear gap or a short rule (no link's underline), lines that
  open with a note number are that page's footnotes (a number apart from its note's text is joined to it,
  and one glued to its first word, `1Telegram, …`, parted from it where the page cites the notes in order:
  `_part_glued_note_numbers`;
  after a page ending in a note, small print under the rule is that note carried over; footnotes numbered
  anew on a page or section are numbered on, with their markers; notes as large as the text, with plain
  numbers and no rule, only after the page's widest gap and where its text cites them in order, a note's
  rest carried over only set in as its lines were: `_notes_set_as_the_text`); lines after a Notes heading
  (`Notes`, `Sources`, `Endnotes`, …), from the first that opens with a number, are endnotes (numbered anew
  for each chapter, they are numbered on, each run with its chapter's markers: `_endnotes_numbered_on`);
- the body (every other line, a word hyphenated at a line's end made whole) and the notes then go through
  the plain-text rules, with superscript digits written as `¹` and block quotes (paragraphs set in from the
  text's edge, `_set_in`) indented, so every format matches markers to notes the same way;
- a line among the notes that opens with a bullet (`• see also …`), and the lines that go on with it, is no
  part of the note above it: its links, where nothing else gives them, are `sources-beside-notes`; a bullet
  set in deeper than the line opening the note is of a list nested in the note and goes on with it;
- a URL broken at a note line's end (after a `-` or `/`, or before a `/`) is made whole;
- a link annotation (a URI action) belongs to the note whose lines its rectangle is over (across their
  middle height, not grazing an edge); one over the characters of a URL it does not lead to is said
  (`link-text-differs`), as a DOCX's or a page's link is.
`line` counts text lines through the whole document and `location` says `page N, line M`.

pdfminer.six reads the PDF: it is maintained, MIT-licensed, pure Python, and gives per character the font
size and position that superscripts are told by, and each page's annotations as they are written. (pypdfium2
is faster, but its character and link APIs are lower-level ctypes calls; both are fine licences, unlike
AGPL PyMuPDF.) The file is untrusted: pages are capped, and any failure of the parser is a clear one-line
error, never a traceback.
"""

from __future__ import annotations

import bisect
import dataclasses
import io
import itertools
import logging
import re
import statistics
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from provenance.citations.dates import ENGLISH_MONTHS
from provenance.digits import roman_numeral
from provenance.models import Context, Finding, Footnote, ReportFormat
from provenance.readers.assembly import (
    MARK,
    RAISED_NOT_A_POWER,
    markers_without_notes,
    scheme_added_url,
    sources_beside_notes_at,
    unique,
    without_links_shown_without_scheme,
)
from provenance.readers.interface import ReaderError, ReadResult, ReportReader
from provenance.readers.plaintext import (
    NOTES_HEADING,
    links_without_notes,
    read_plain_text,
    sources_without_notes,
)
from provenance.readers.signatures import has_pdf_header
from provenance.urls import is_http_url, iter_urls, shown_link_differs

if TYPE_CHECKING:
    from pdfminer.layout import LAParams, LTChar, LTLayoutContainer, LTTextLine

MAX_PAGES = 2_000
_SUPERSCRIPT_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"
_SUPERSCRIPT = str.maketrans("0123456789", _SUPERSCRIPT_DIGITS)
_PLAIN_DIGITS = str.maketrans(f"{_SUPERSCRIPT_DIGITS}\u2013\u207b\u02d2", "0123456789--,")
# Raised digits that may be a marker: not a power's (`km²`, `10⁶`: `RAISED_NOT_A_POWER`).
_SUPERSCRIPT_RUN = re.compile(f"{RAISED_NOT_A_POWER}[{_SUPERSCRIPT_DIGITS}]+")
# A character this much smaller than its line's text, and raised, is a superscript: word processors set one
# at 58-65% of the text's size, a browser at 83% (CSS `font-size: smaller`, as a page saved as PDF has it).
_SMALL = 0.85
_PAGE_NUMBER = re.compile(
    r"^\s*(?:page\s*)?\d{1,4}\s*(?:of\s*\d{1,4})?\s*$|^\s*[-\u2013]\s*\d{1,4}\s*[-\u2013]\s*$", re.I
)
# A court filing's pleading paper numbers its lines in the left margin (1 to 28 down each page): read as text,
# the numbers ran into the passages (`… as the rules ask. 4 5`) and every paragraph beside them was set in
# from their edge. So many of them, at least, make a margin of line numbers.
_LINE_NUMBER = re.compile(r"\s*\d{1,3}\s*$")
_LEAST_LINE_NUMBERS = 5
# pdfminer names what it tolerates in a damaged file (an xref entry it skips, a stream that inflates only in
# part) in log warnings. Its logger had no handler, so Python's last-resort one wrote them bare on stderr:
# beside the JSON of a file that reads, before the one line that refuses one that does not (a flipped byte
# in a LibreOffice PDF was enough). What is wrong with a report is this reader's to say, in its words.
logging.getLogger("pdfminer").addHandler(logging.NullHandler())
# Said of a PDF the reader refuses; the advice after it is for a report's author, not for a cited source.
_NO_TEXT = "the PDF has no text, only images of pages (a scan?)"
_RUN_OCR = "; run OCR on it first"
_UNPROTECTED_COPY = "; save an unprotected copy"
_NOTE_LABEL = re.compile(r"^\s*(?:\[(?P<bracket>\d{1,3})\]|(?P<plain>\d{1,3})[.)]?(?=\s))")
_URL_BREAK = re.compile(r"(?:https?://|www\.)\S*[-/_.?=&#%]$")
# A line's last word that is a URL, and a line opening with what goes on with a URL broken before a `/`, `?`,
# `#`, `&` or `=` (LibreOffice breaks `https://t.me/rybar` | `/100`).
_ENDS_IN_URL = re.compile(r"(?:^|\s)(?:https?://|www\.)\S+$")
_URL_GOES_ON = re.compile(r"^\s*[/?#&=][^\s/]")


class PdfReader(ReportReader):
    format = ReportFormat.PDF
    suffixes = (".pdf",)

    def read(self, data: bytes, name: str) -> ReadResult:
        return read_pdf_pages(_read_text_pages(data, name)[0])


def _read_text_pages(
    data: bytes, name: str, enough_text: int | None = None
) -> tuple[list[_Page], dict[str, str]]:
    """The pages of a PDF that has text, and (with `enough_text`) its metadata, as `_read_document` reads
    them; ReaderError for anything else (no PDF, no page, only images)."""
    if not has_pdf_header(data):
        raise ReaderError(f"{name}: not a PDF document (no %PDF- header)")
    pages, metadata = _read_document(data, name, enough_text)
    if not pages:
        raise ReaderError(f"{name}: no pages could be read from this PDF")
    if not any(page.lines for page in pages):
        raise ReaderError(f"{name}: {_NO_TEXT}{_RUN_OCR}")
    return pages, metadata


@dataclass(frozen=True)
class PdfText:
    """What a PDF cited as a source says of itself: its pages' text, and its /Title and /Author metadata."""

    text: str
    title: str | None
    author: str | None


# What a cited PDF's metadata value is kept to (a title or a name; a crafted file may give megabytes).
MAX_METADATA_CHARS = 500


def read_pdf_text(data: bytes, max_chars: int) -> PdfText:
    """The text of a PDF cited as a source: each page's lines in reading order (top to bottom, left to
    right, as the report reader orders them), a line a line and a blank line between pages, cut at
    `max_chars`; pages past that are not drawn. Read within every limit the report reader keeps; a PDF it
    refuses is a ReaderError whose message is the reason alone, on one line, without advice meant for a
    report's author."""
    try:
        pages, metadata = _read_text_pages(data, "", max_chars)
    except ReaderError as error:
        reason = str(error).removeprefix(": ").removesuffix(_RUN_OCR).removesuffix(_UNPROTECTED_COPY)
        raise ReaderError(" ".join(reason.split())) from None
    text = "\n\n".join("\n".join(line.text for line in page.lines) for page in pages)
    return PdfText(text=text[:max_chars], title=metadata.get("Title"), author=metadata.get("Author"))


@dataclass
class _Line:
    """One text line as laid out: its text (superscript digits as `¹`), where it is, and its sizes."""

    text: str
    top: float
    bottom: float
    left: float
    right: float
    size: float
    small_label: bool  # opens with a number set smaller than the line's text (a footnote label)
    draws_spaces: bool = False  # a space between its words is a character drawn, not a gap (`_line`)
    # Its text with raised roman numerals as drawn (`ⁱⁱ`), where `text` has them as digits (`²`); None where
    # it has none (`_raised_roman_numerals`). A report whose marks are not roman is read with these.
    roman_as_drawn: str | None = None
    roman_values: tuple[int, ...] = ()  # the numbers of those numerals, in order
    roman_upper: bool = False  # whether they are drawn in upper case (`II`)
    # Its text around those numerals, in pieces (one more than the numerals): with the numerals as the
    # digits of their numbers moved past the report's footnotes (`ⁱⁱ` as `⁹⁰²`, `_apart_text`), how a report
    # of numbered footnotes and roman endnotes is read, the two kinds of notes kept apart.
    roman_apart: tuple[str, ...] | None = None
    page: int = 0
    number: int = 0  # line on its page, from 1
    overall: int = 0  # line in the whole document, from 1
    column: int = 0  # its column, from 0 at the left, on a page set in columns (`_in_columns`)
    links: list[str] = field(default_factory=list)
    # Each link annotation over the line's characters: its target and the characters under its rectangle,
    # the link's shown text on this line (`_shown_under_links`).
    shown: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class _Page:
    lines: list[_Line]
    rules: list[float]  # heights of short horizontal rules (a footnote separator)
    links: list[tuple[tuple[float, float, float, float], str]]


# pdfminer inflates every stream it needs whole and turns every drawn character into an object: a small
# crafted file can ask for gigabytes or hours. What the streams inflate to is measured first, with these
# ceilings (a long real report stays far below: its pages' text is some kilobytes each, its images are
# never inflated by the reader but still counted, more loosely), and what is drawn is counted as it is read.
MAX_STREAM_BYTES = 16_000_000  # one inflated stream that is not an image (page text, font, object stream)
MAX_IMAGE_BYTES = 128_000_000  # one inflated image stream
MAX_TEXT_STREAM_BYTES = 32_000_000  # all streams but images, inflated
MAX_INFLATED_BYTES = 256_000_000  # every stream, inflated
MAX_PAGE_OBJECTS = 100_000  # characters, paths and images drawn on one page (a dense page: some 5,000)
MAX_OBJECTS = 3_000_000  # ... in the whole document
# A form (a drawing kept apart and drawn by name) is read anew each time it is drawn, and a form may draw
# others: 40 forms each drawing the next twice are 2^40 drawings of nothing that the counts above never see.
MAX_PAGE_FORMS = 1_000  # forms and images drawn on one page (a page of a report: a few)
MAX_FORMS = 20_000  # ... in the whole document
# Each annotation is looked at and each link matched against the page's lines: a page can list the same
# one a million times (one shared /Annots array on every page).
MAX_PAGE_ANNOTATIONS = 1_000  # annotations on one page (a page of a report: a few dozen links at most)
MAX_ANNOTATIONS = 50_000  # ... in the whole document
# Operands waiting for their operator in a page's drawing instructions, kept: no operator takes more than 33
# (a colour of 32 components and its pattern's name); older ones no operator will ever take are dropped.
MAX_WAITING_OPERANDS = 64
# Drawing instructions run, in bytes, a form counted each time it is drawn (a 1 KB form of 600 KB of
# instructions drawn 40 times took 51 s; the forms limits above allowed 20,000 draws). A page of a report:
# some 20 KB; a page of dense charts: a few MB.
MAX_PAGE_INSTRUCTION_BYTES = 8_000_000
MAX_INSTRUCTION_BYTES = 32_000_000  # ... in the whole document
MAX_SAVED_STATES = 1_000  # graphics states saved (`q`) and not restored: a page of a report, a few deep
# Where a stream's data starts is pdfminer's rule, not the specification's: after the `stream` keyword it
# reads one line (PDFParser.do_keyword -> nextline), up to and with the first CR, LF or CR LF, whatever
# stands between, so `stream\r`, `stream \n` and `stream junk\n` all start a stream it decodes.
_STREAM_KEYWORD = re.compile(rb"(?<!end)stream")
_LINE_END = re.compile(rb"[\r\n]")
_IMAGE_DICT = re.compile(rb"/Subtype\s*/Image\b")
_DICT_LOOKBACK = 4096
# What is fed to the inflater at a time: small at first, since most streams are a page's few kilobytes and
# what follows a stream's end is copied out as unused (1 MB a stream made 10,000 pages take 12 s), then more.
_FIRST_INFLATE_CHUNK = 1 << 12
_INFLATE_CHUNK = 1 << 20


def _inflated(data: bytes, start: int, limit: int) -> Iterator[bytes]:
    """The pieces the zlib stream at `start` inflates to (each at most _INFLATE_CHUNK), no further than
    `limit` + 1 bytes; they stop at its end or at the first error (what came before it is kept)."""
    inflater = zlib.decompressobj()
    size, position, step, full = 0, start, _FIRST_INFLATE_CHUNK, False
    view = memoryview(data)
    try:
        while not inflater.eof and size <= limit:
            if inflater.unconsumed_tail or full:  # output is still waiting for what was fed
                chunk: bytes | memoryview = inflater.unconsumed_tail
            elif position < len(data):
                chunk = view[position : position + step]
                position += len(chunk)
                step = min(2 * step, _INFLATE_CHUNK)
            else:
                return
            room = min(limit + 1 - size, _INFLATE_CHUNK)
            piece = inflater.decompress(chunk, room)
            full = len(piece) == room
            size += len(piece)
            yield piece
    except zlib.error:
        return


def _inflated_size(data: bytes, start: int, limit: int) -> int:
    """How many bytes the zlib stream at `start` inflates to, counting no further than `limit` + 1 (0 when
    it is not a zlib stream: another filter, or an encrypted one, which the parser reads as it is)."""
    return sum(len(piece) for piece in _inflated(data, start, limit))


def _zlib_header_at(data: bytes, start: int) -> bool:
    """Whether a zlib stream can start at `start` (RFC 1950: deflate, and a header that checks); pdfminer
    inflates nothing from a stream that fails this, and checking it first keeps a file of a million empty
    `stream` lines quick to scan."""
    header = data[start : start + 2]
    return len(header) == 2 and header[0] & 0x0F == 8 and (header[0] << 8 | header[1]) % 31 == 0


def check_stream_sizes(data: bytes, name: str) -> None:
    """Refuse a PDF whose compressed streams inflate past the ceilings above (a decompression bomb)."""
    text_total = total = 0
    line_end, measured = -1, -1  # the line end found last (each part of the file is searched once)
    previous = 0  # where the last keyword ended: a stream's dictionary is after it (so each byte is looked
    # back at once: a million `stream` lines of 4 KB look-backs each took 14 s for a 7 MB file)
    for match in _STREAM_KEYWORD.finditer(data):
        if line_end < match.end():
            found = _LINE_END.search(data, match.end())
            if found is None:  # no line after it: pdfminer reads no data either
                break
            line_end = found.start()
        start = line_end + (2 if data[line_end : line_end + 2] == b"\r\n" else 1)
        if start == measured or not _zlib_header_at(data, start):  # the same data again, or no zlib data
            continue
        measured = start
        header = data[max(previous, match.start() - _DICT_LOOKBACK) : match.start()]
        previous = match.end()
        image = _IMAGE_DICT.search(header[header.rfind(b" obj") + 1 :]) is not None
        limit = MAX_IMAGE_BYTES if image else MAX_STREAM_BYTES
        size = _inflated_size(data, start, limit)
        total += size
        text_total += 0 if image else size
        if size > limit or text_total > MAX_TEXT_STREAM_BYTES or total > MAX_INFLATED_BYTES:
            raise _bomb(name, image)


def _bomb(name: str, image: bool) -> ReaderError:
    limit = MAX_IMAGE_BYTES if image else MAX_STREAM_BYTES
    return ReaderError(
        f"{name}: its compressed streams inflate past the reader's limits "
        f"({limit // 1_000_000} MB for one {'image' if image else 'stream'}, "
        f"{MAX_TEXT_STREAM_BYTES // 1_000_000} MB of page text in all): "
        "a decompression bomb? Not read"
    )


# The scan above sees only streams whose data, as it stands in the file, is zlib. pdfminer decodes more:
# ASCII85, ASCIIHex, RunLength and LZW (pure Python, thousands of times the input), in any chain, after it
# decrypts: `[/ASCII85Decode /FlateDecode]` made 238 KB on disk 437 MB in memory. So every stream the parser
# makes is given this decode: its filters are applied one at a time by pdfminer itself (a stream of that one
# filter), but each that can expand (Flate, LZW, RunLength) is first measured as it decodes, and a stage
# past the ceilings is refused before pdfminer runs it. The hook is the parser, not `getobj`: the xref
# and object streams read as the document is opened are decoded without passing through `getobj`.
def _bounded_parser(data: bytes, name: str) -> object:
    """pdfminer's PDFParser whose streams decode within MAX_STREAM_BYTES (MAX_IMAGE_BYTES for an image) each,
    MAX_TEXT_STREAM_BYTES for all but images and MAX_INFLATED_BYTES in all."""
    from pdfminer import pdftypes
    from pdfminer.lzw import LZWDecoder
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import (
        LITERALS_FLATE_DECODE,
        LITERALS_LZW_DECODE,
        LITERALS_RUNLENGTH_DECODE,
        PDFStream,
        resolve1,
    )
    from pdfminer.psparser import LIT, PSKeyword

    pdftypes.decompress_corrupted = decompress_corrupted  # what PDFStream.decode calls: see there

    def measured(f: object, data: bytes, limit: int) -> int:
        """What filter `f` makes of `data`, counted no further than `limit` + 1 (-1: it does not expand)."""
        if f in LITERALS_FLATE_DECODE:
            return sum(len(piece) for piece in _inflated(data, 0, limit))
        if f in LITERALS_LZW_DECODE:
            size = 0
            for piece in LZWDecoder(io.BytesIO(data)).run():
                size += len(piece)
                if size > limit:
                    break
            return size
        if f in LITERALS_RUNLENGTH_DECODE:
            return _run_length_size(data, limit)
        return -1  # ASCII85 and ASCIIHex shrink (but for `z`, 4 bytes a byte); images are not decoded here

    class BoundedStream(PDFStream):
        total = 0  # what this document's streams decoded to (a class of its own for each document)
        text_total = 0

        def decode(self) -> None:
            assert self.data is None and self.rawdata is not None
            data = self.rawdata
            if self.decipher:  # decrypted once, here, before any filter
                assert self.objid is not None and self.genno is not None
                data = self.decipher(self.objid, self.genno, data, self.attrs)
            image = resolve1(self.get("Subtype")) is LIT("Image")
            cls = BoundedStream
            limit = min(
                MAX_IMAGE_BYTES if image else MAX_STREAM_BYTES,
                MAX_INFLATED_BYTES - cls.total,
                MAX_IMAGE_BYTES if image else MAX_TEXT_STREAM_BYTES - cls.text_total,
            )
            for f, params in self.get_filters():
                if measured(f, data, limit) > limit:
                    raise _bomb(name, image)
                stage = PDFStream({"Filter": [f], "DecodeParms": [params]}, data)
                stage.decode()  # pdfminer's own decoding of this filter, and its predictor
                data = stage.data or b""
                if len(data) > limit:
                    raise _bomb(name, image)
            cls.total += len(data)
            cls.text_total += 0 if image else len(data)
            self.data, self.rawdata = data, None

    class BoundedParser(PDFParser):
        def do_keyword(self, pos: int, token: PSKeyword) -> None:
            super().do_keyword(pos, token)
            if token is self.KEYWORD_STREAM and self.curstack:
                made = self.curstack[-1][1]
                if isinstance(made, PDFStream):
                    made.__class__ = BoundedStream

    return BoundedParser(io.BytesIO(data))


def decompress_corrupted(data: bytes) -> bytes:
    """pdfminer's `decompress_corrupted` in linear time: what a Flate stream that `zlib` refuses inflates to,
    fed a byte at a time up to the byte it fails at, that error raised unless it is in the last 4 bytes (the
    checksum).

    pdfminer's own adds each byte's output to the bytes so far (`result_str += ...`), copying all of them
    for every byte fed, in time that grows with the square of the stream: 1 MB that does not compress,
    behind a wrong checksum, took 12 s (a PDF of 800 KB took 7.8 s to read), well inside the byte ceilings
    above. Here the bytes grow one buffer in place; the bytes made, the errors raised, are the same.
    """
    inflater = zlib.decompressobj()
    inflated = bytearray()  # grows in place: no object a byte fed, unlike a list of the pieces
    for position in range(len(data)):
        try:
            inflated += inflater.decompress(data[position : position + 1])
        except zlib.error:
            if position < len(data) - 3:
                raise
            break
    return bytes(inflated)


def _run_length_size(data: bytes, limit: int) -> int:
    """What RunLengthDecode makes of `data` (a length byte, then that many + 1 bytes, or one byte repeated
    257 - length times; 128 ends it), counted no further than `limit` + 1."""
    size = position = 0
    while position < len(data) and size <= limit and data[position] != 128:
        length = data[position]
        size += length + 1 if length < 128 else 257 - length
        position += length + 2 if length < 128 else 2
    return size


class _TooMuchDrawn(Exception):
    """A page draws past a ceiling; the message says which, as `page N draws more than ...` goes on."""


# pdfminer follows references with no memory of where it has been: `resolve1` loops for ever on an object
# whose whole body is a reference back to itself (`6 0 obj 6 0 R endobj`, or 6 -> 7 -> 6), and its walkers
# of the page tree, number trees, font widths and forms that draw forms visit a shared object once for each
# path to it (40 levels of `[7 0 R 7 0 R]` are 2^40 visits). Every reference pdfminer or this reader
# follows goes through the document's `getobj`, so that is where both are bounded: a chain of references
# is followed to its end at once, refused when it comes back on itself or runs longer than any real file
# needs, and the references resolved in all are counted (a 500-page report resolves some 2,500).
MAX_REFERENCE_CHAIN = 32  # objects that are nothing but a reference to the next one
MAX_RESOLVED = 200_000  # references resolved while reading the whole document


class _BadReferences(Exception):
    """A crafted web of references; the message says which (the file's name is added by the caller)."""


def _bounded_document(parser: object) -> object:
    """pdfminer's PDFDocument whose `getobj` (what every reference is resolved by) is bounded as above."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdftypes import PDFObjRef

    class BoundedDocument(PDFDocument):
        resolved = 0

        def _counted(self, objid: int) -> object:
            self.resolved += 1
            if self.resolved > MAX_RESOLVED:
                raise _BadReferences(
                    f"reading it resolves more than {MAX_RESOLVED:,} references "
                    "(a tree of shared objects?): not read"
                )
            return super().getobj(objid)

        def getobj(self, objid: int) -> object:
            obj = self._counted(objid)
            chain = [objid]
            while isinstance(obj, PDFObjRef):
                if obj.objid in chain:
                    raise _BadReferences(f"object {objid} is a reference that leads back to itself: not read")
                if len(chain) >= MAX_REFERENCE_CHAIN:
                    raise _BadReferences(
                        f"object {objid} starts a chain of more than {MAX_REFERENCE_CHAIN} references: "
                        "not read"
                    )
                chain.append(obj.objid)
                obj = self._counted(obj.objid)
            return obj

    return BoundedDocument(parser)  # type: ignore[arg-type]


def _bounded_interpreter(manager: object, device: object) -> object:
    """pdfminer's page interpreter keeping at most 2 x MAX_WAITING_OPERANDS operands waiting for an operator.

    pdfminer keeps every operand of a page's drawing instructions until an operator takes its own, and takes
    them by copying all the others (`argstack[:-n]`): operands no operator takes (`1 1 1 …`) piled up, and
    each operator after them copied the pile. 320,000 of them before 80,000 operators, a PDF of 1.6 KB, took
    15 s, twice as many four times as long. Only operands that no operator can reach any more are dropped,
    so a well-formed page is read exactly as before."""
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFStackT
    from pdfminer.pdftypes import PDFStream

    class BoundedInterpreter(PDFPageInterpreter):
        # Of the document being read, over every interpreter of it (a form is run by one of its own).
        run_on_page = 0
        run = 0

        def process_page(self, page: Any) -> None:
            BoundedInterpreter.run_on_page = 0
            super().process_page(page)

        def execute(self, streams: Sequence[object]) -> None:
            size = sum(len(stream.get_data() or b"") for stream in streams if isinstance(stream, PDFStream))
            BoundedInterpreter.run_on_page += size
            BoundedInterpreter.run += size
            if self.run_on_page > MAX_PAGE_INSTRUCTION_BYTES or self.run > MAX_INSTRUCTION_BYTES:
                raise _TooMuchDrawn(
                    f"{MAX_PAGE_INSTRUCTION_BYTES:,} bytes of drawing instructions, a form counted each "
                    f"time it is drawn (or the document more than {MAX_INSTRUCTION_BYTES:,})"
                )
            super().execute(streams)

        def push(self, obj: PDFStackT) -> None:
            waiting = self.argstack
            waiting.append(obj)
            if len(waiting) > 2 * MAX_WAITING_OPERANDS:  # cut by half the bound at once: each push O(1)
                del waiting[:-MAX_WAITING_OPERANDS]

        def do_q(self) -> None:
            # Each `q` keeps a copy of the graphics state until its `Q`: `q q q …`, 2 bytes each, took
            # 250 MB for 500,000 of them.
            if len(self.gstack) >= MAX_SAVED_STATES:
                raise _TooMuchDrawn(f"{MAX_SAVED_STATES:,} graphics states saved at once")
            super().do_q()

    return BoundedInterpreter(manager, device)  # type: ignore[arg-type]


def _counting_aggregator(manager: object) -> object:
    """pdfminer's page aggregator, counting what is drawn: over MAX_PAGE_OBJECTS on a page or MAX_OBJECTS in
    all, reading stops (a page of three million characters took minutes and gigabytes)."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams

    class CountingAggregator(PDFPageAggregator):
        drawn = 0
        on_page = 0
        forms = 0
        forms_on_page = 0

        def _count(self) -> None:
            self.drawn += 1
            self.on_page += 1
            if self.on_page > MAX_PAGE_OBJECTS or self.drawn > MAX_OBJECTS:
                raise _TooMuchDrawn(
                    f"{MAX_PAGE_OBJECTS:,} characters and shapes (or the document more than {MAX_OBJECTS:,})"
                )

        def begin_page(self, *args: Any, **kwargs: Any) -> None:
            self.on_page = self.forms_on_page = 0
            super().begin_page(*args, **kwargs)
            page = self.cur_item  # end_page analyzes it: into lines only, see _analyze_into_lines
            page.analyze = lambda laparams: _analyze_into_lines(page, laparams)  # type: ignore[method-assign]

        def begin_figure(self, *args: Any, **kwargs: Any) -> None:
            self.forms += 1
            self.forms_on_page += 1
            if self.forms_on_page > MAX_PAGE_FORMS or self.forms > MAX_FORMS:
                raise _TooMuchDrawn(
                    f"{MAX_PAGE_FORMS:,} forms and images (or the document more than {MAX_FORMS:,})"
                )
            super().begin_figure(*args, **kwargs)

        def render_char(self, *args: Any, **kwargs: Any) -> float:
            self._count()
            return float(super().render_char(*args, **kwargs))

        def paint_path(self, *args: Any, **kwargs: Any) -> None:
            self._count()
            super().paint_path(*args, **kwargs)

        def render_image(self, *args: Any, **kwargs: Any) -> None:
            self._count()
            super().render_image(*args, **kwargs)

    return CountingAggregator(manager, laparams=LAParams())  # type: ignore[arg-type]


def _analyze_into_lines(page: LTLayoutContainer, laparams: LAParams) -> None:
    """pdfminer's layout analysis of a page as far as its text lines, which is all this reader reads.

    pdfminer goes on to gather the lines into boxes (`group_textlines`: each line with every line near it)
    and the boxes into a tree; the reader then takes the lines back out and orders them itself by where they
    stand. Gathering lines drawn on one another is worse than quadratic: 500 lines drawn at one spot took
    4.4 s, 1,000 took 30 s, 2,000 (a PDF of 881 bytes) 271 s, all in `group_textlines`. The lines, their
    characters and the `\n` analysis ends each with are the same (tests/readers/test_pdf.py compares them on
    real PDFs); only lines standing at exactly one place can come out in another order among themselves."""
    from pdfminer.layout import LTChar

    characters = [item for item in page if isinstance(item, LTChar)]
    others = [item for item in page if not isinstance(item, LTChar)]
    for item in others:  # figures and shapes, analyzed as pdfminer does
        item.analyze(laparams)
    lines = list(page.group_objects(laparams, characters)) if characters else []
    for line in lines:
        line.analyze(laparams)
    if characters:
        page._objs = [*lines, *others]


def _read_pages(data: bytes, name: str) -> list[_Page]:
    return _read_document(data, name)[0]


def _read_document(
    data: bytes, name: str, enough_text: int | None = None
) -> tuple[list[_Page], dict[str, str]]:
    """The PDF's pages; with `enough_text` (a cited PDF, of which only that much text is kept), only those
    up to the one that brings the characters of the lines read to that many, and the /Title and /Author of
    its document information (`_metadata`). A report's reading is left as it was: every page, and no
    metadata that could refuse it."""
    try:
        from pdfminer.converter import PDFPageAggregator
        from pdfminer.pdfdocument import PDFDocument, PDFPasswordIncorrect
        from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
        from pdfminer.pdfpage import PDFPage
    except ImportError:  # pragma: no cover - pdfminer.six is a dependency
        raise ReaderError(f"{name}: PDF reports need pdfminer.six (pip install pdfminer.six)") from None
    check_stream_sizes(data, name)
    manager = PDFResourceManager()
    device = _counting_aggregator(manager)
    assert isinstance(device, PDFPageAggregator)
    interpreter = _bounded_interpreter(manager, device)
    assert isinstance(interpreter, PDFPageInterpreter)
    pages: list[_Page] = []
    text_read = 0
    try:
        document = _bounded_document(_bounded_parser(data, name))
        assert isinstance(document, PDFDocument)
        metadata = _metadata(document.info) if enough_text is not None else {}
        # The pages are counted before any is drawn: walking the page tree reads no content stream (10,000
        # pages were refused after 17 s of drawing the first 2,000; now in a second). The count in the tree's
        # /Count could lie; the pages themselves cannot.
        if sum(1 for _ in itertools.islice(PDFPage.create_pages(document), MAX_PAGES + 1)) > MAX_PAGES:
            raise ReaderError(f"{name}: more than {MAX_PAGES} pages; not read")
        annotations = 0
        for page in PDFPage.create_pages(document):
            interpreter.process_page(page)
            on_page = _annotations(page)
            annotations += len(on_page)
            if len(on_page) > MAX_PAGE_ANNOTATIONS or annotations > MAX_ANNOTATIONS:
                raise _TooMuchDrawn(
                    f"{MAX_PAGE_ANNOTATIONS:,} annotations (or the document more than {MAX_ANNOTATIONS:,})"
                )
            pages.append(_page(device.get_result(), _link_annotations(on_page)))
            if enough_text is not None:
                text_read += sum(len(line.text) + 1 for line in pages[-1].lines)
                if text_read >= enough_text:
                    break
    except ReaderError:
        raise
    except _BadReferences as error:
        raise ReaderError(f"{name}: {error}") from None
    except _TooMuchDrawn as error:
        raise ReaderError(
            f"{name}: page {len(pages) + 1} draws more than {error}: not a report page; not read"
        ) from None
    except PDFPasswordIncorrect:
        raise ReaderError(f"{name}: the PDF is encrypted{_UNPROTECTED_COPY}") from None
    except RecursionError:  # pdfminer walks page trees, forms and arrays by recursion
        raise ReaderError(f"{name}: its objects nest too deeply to be read (a crafted file?)") from None
    except Exception as error:  # any failure of the parser on untrusted bytes is bad input, not a bug of ours
        raise ReaderError(f"{name}: cannot be read as PDF ({type(error).__name__}: {error})"[:300]) from None
    return pages, metadata


def _metadata(info: list[Any]) -> dict[str, str]:
    """/Title and /Author of the document information dictionaries (the file's last revision first), when
    they are text (decoded, whitespace made one space); each read from at most 4 x MAX_METADATA_CHARS
    bytes and kept to MAX_METADATA_CHARS characters. Every reference is resolved by the bounded document's
    `getobj`: a value behind a crafted chain of references is left out, not a reason to refuse the text."""
    from pdfminer.pdftypes import resolve1

    found: dict[str, str] = {}
    for entries in info:
        for key in ("Title", "Author"):
            try:
                value = resolve1(entries.get(key)) if isinstance(entries, dict) else None
            except _BadReferences:
                continue
            if key in found or not isinstance(value, bytes | str):
                continue
            text = _decoded(value[: 4 * MAX_METADATA_CHARS]) if isinstance(value, bytes) else value
            text = " ".join(text[: 4 * MAX_METADATA_CHARS].split())[:MAX_METADATA_CHARS]
            if text:
                found[key] = text
    return found


def _decoded(value: bytes) -> str:
    """A PDF text string: UTF-16BE or (PDF 2.0) UTF-8 after its byte order mark, else PDFDocEncoding."""
    from pdfminer.utils import decode_text

    if value.startswith(b"\xef\xbb\xbf"):
        return value[3:].decode("utf-8", errors="replace")
    return decode_text(value)


def _annotations(page: object) -> list[object]:
    """The page's /Annots array (a list of annotations or references to them; empty when it is anything else).

    `resolve1` is safe here and below: every reference goes through the bounded document's `getobj`."""
    from pdfminer.pdftypes import resolve1

    annotations = resolve1(getattr(page, "annots", None))
    return annotations if isinstance(annotations, list) else []


def _link_annotations(annotations: list[object]) -> list[tuple[tuple[float, float, float, float], str]]:
    from pdfminer.pdftypes import resolve1

    links = []
    for annotation in annotations:
        annotation = resolve1(annotation)
        if not isinstance(annotation, dict):
            continue
        action = resolve1(annotation.get("A"))
        rect = resolve1(annotation.get("Rect"))
        if not isinstance(action, dict) or not isinstance(rect, list) or len(rect) != 4:
            continue
        uri = resolve1(action.get("URI"))
        if isinstance(uri, bytes):
            uri = uri.decode("utf-8", errors="replace")
        if isinstance(uri, str) and is_http_url(uri):
            try:
                x0, y0, x1, y1 = (float(resolve1(value) or 0) for value in rect)
            except (TypeError, ValueError):  # a corner that is no number (a name, a dict): no place to link
                continue
            links.append(((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)), uri))
    return links


def _page(layout: object, links: list[tuple[tuple[float, float, float, float], str]]) -> _Page:
    from pdfminer.layout import LTCurve, LTTextLine

    lines: list[_Line] = []
    rules: list[tuple[float, float, float]] = []  # each rule's height, left and right
    width = getattr(layout, "width", 600.0)
    pending = list(layout)  # type: ignore[call-overload]
    while pending:
        item = pending.pop()
        if isinstance(item, LTTextLine):
            line = _line(item)
            if line is not None:
                line.shown = _shown_under_links(item, links)
                lines.append(line)
        elif isinstance(item, LTCurve):
            if item.height < 2 and 0 < item.width < width / 2:
                rules.append((item.y0, item.x0, item.x1))
        elif hasattr(item, "__iter__"):
            pending.extend(item)
    if not any(line.draws_spaces for line in lines):
        # Where no space is drawn, every gap between words is one, and a wide one may be a justified line's.
        for line in lines:
            line.text = line.text.replace("\t", " ")
    lines.sort(key=lambda line: (-line.top, line.left))
    return _Page(lines=lines, rules=_without_underlines(rules, lines), links=links)


# Where under a line's characters a stroke is their underline, in the line's text size: from this far below
# the line's box (LibreOffice draws it under the descent) to this far above its bottom (about the baseline).
_UNDERLINE_BELOW = 0.15
_UNDERLINE_ABOVE = 0.35


def _without_underlines(rules: Sequence[tuple[float, float, float]], lines: Sequence[_Line]) -> list[float]:
    """The heights of the page's short rules that are no underline: a stroke under a line's characters,
    within its length (a link's underline, which LibreOffice draws as a line), is no rule. Taken for the rule
    over the footnotes, a link's underline in a note made that note and those above it body text: note 1
    was lost, and its marker cited nothing."""
    by_bottom = sorted(lines, key=lambda line: line.bottom)
    bottoms = [line.bottom for line in by_bottom]
    tallest = max((line.size for line in lines), default=0.0)
    kept: list[float] = []
    for height, left, right in rules:
        start = bisect.bisect_left(bottoms, height - _UNDERLINE_ABOVE * tallest)
        stop = bisect.bisect_right(bottoms, height + _UNDERLINE_BELOW * tallest)
        underlined = any(
            line.bottom - _UNDERLINE_BELOW * line.size <= height <= line.bottom + _UNDERLINE_ABOVE * line.size
            and line.left - 1 <= left
            and right <= line.right + 1
            for line in by_bottom[start:stop]
        )
        if not underlined:
            kept.append(height)
    return kept


# The least gap (in the line's text size) between two characters, read as a space by pdfminer, that is a
# tab's on a page that draws its spaces: a word space there is a character, and letters stand closer.
_TAB_GAP = 0.25


def _line(item: LTTextLine) -> _Line | None:
    from pdfminer.layout import LTChar

    chars = [char for char in item if isinstance(char, LTChar)]
    if not chars:
        return None
    sizes = Counter(round(char.size, 1) for char in chars)
    size = sizes.most_common(1)[0][0]
    baseline = min(char.y0 for char in chars if round(char.size, 1) == size)
    parts: list[str] = []
    pieces = list(item)
    draws_spaces = False
    raised_letters: list[int] = []  # where in `parts` a letter set small and raised stands
    small_enough = _SMALL * size + 0.05  # a character this large or larger is set as no superscript
    for index, piece in enumerate(pieces):
        text = piece.get_text()
        if isinstance(piece, LTChar) and text.isdigit() and _is_superscript(piece, size, baseline):
            text = text.translate(_SUPERSCRIPT)
        elif (
            text.isalpha()
            and getattr(piece, "size", size) < small_enough  # most letters are not: asked first
            and isinstance(piece, LTChar)
            and _is_superscript(piece, size, baseline)
        ):
            raised_letters.append(len(parts))
        elif text == " " and not isinstance(piece, LTChar) and 0 < index < len(pieces) - 1:
            # A gap pdfminer reads as a space between two characters drawn: on a page that draws its spaces
            # (`_page`), it is a tab's (`Two Majors<tab>Telegram`, as Writer and Word print a note's parts
            # set apart by tabs). Read as a space, the note's name ran on into `Two Majors Telegram`.
            before, after = pieces[index - 1], pieces[index + 1]
            if (
                isinstance(before, LTChar)
                and isinstance(after, LTChar)
                and not before.get_text().isspace()
                and not after.get_text().isspace()
                and after.x0 - before.x1 >= _TAB_GAP * size
            ):
                text = "\t"
        elif text == " " and isinstance(piece, LTChar) and index + 1 < len(pieces):
            draws_spaces = True
            after = pieces[index + 1]
            # A space the next character is drawn over is none: Chromium draws each soft hyphen (`&shy;`) a
            # line does not break at as a space and draws the rest of the word from where it starts. Read
            # as a space, a quoted `as­sault` was `as sault`, not found verbatim in the source.
            if isinstance(after, LTChar) and after.x0 < piece.x0 + 0.05 * size:
                continue
        parts.append(text)
    # The raised roman numerals, their numbers in raised digits in `parts`, and the line as drawn.
    numerals = _raised_roman_numerals(parts, raised_letters) if raised_letters else []
    as_drawn = "".join(parts).rstrip("\n").replace(MARK, "\ufffd") if numerals else None
    upper = any(parts[start].isupper() for start, _, _ in numerals)
    # The text around the numerals, in pieces, for `_apart_text`.
    ends = [0, *(end for _, end, _ in numerals)]
    starts = [start for start, _, _ in numerals]
    pieces_apart = ["".join(parts[after:start]) for after, start in zip(ends, starts, strict=False)]
    if numerals:
        pieces_apart.append("".join(parts[ends[-1] :]).rstrip("\n"))
    for start, end, value in numerals:
        parts[start:end] = [str(value).translate(_SUPERSCRIPT), *([""] * (end - start - 1))]
    # A glyph named `uniFFFF` is read as U+FFFF, which the plain-text rules take for a marker's place.
    text = "".join(parts).rstrip("\n").replace(MARK, "\ufffd")
    first = chars[0]
    small_label = first.get_text().isdigit() and round(first.size, 1) <= _SMALL * size
    x0, y0, x1, y1 = item.bbox
    return _Line(
        text=text,
        top=y1,
        bottom=y0,
        left=x0,
        right=x1,
        size=size,
        small_label=small_label,
        draws_spaces=draws_spaces,
        roman_as_drawn=as_drawn,
        roman_values=tuple(value for _, _, value in numerals),
        roman_upper=upper,
        roman_apart=tuple(piece.replace(MARK, "\ufffd") for piece in pieces_apart) if numerals else None,
    )


# A note's number in lower- or upper-case roman numerals, as Word and Writer number endnotes by default
# (`i`, `ii`, … `xlix`): at most `_MAX_ROMAN` characters, to 399.
_ROMAN_NUMERAL = re.compile(
    r"c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})|C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
)
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_MAX_ROMAN = 12


def _raised_roman_numerals(parts: Sequence[str], raised: Sequence[int]) -> list[tuple[int, int, int]]:
    """Each run of a line's letters set small and raised (at `raised`, indices into its `parts`, one
    character each) that is a roman numeral, whole (`ⁱⁱ` after `January.`, as Word and Writer set an
    endnote's mark; not part of a raised word): where in `parts` it starts and ends, and its number. Read
    as letters, a report of endnotes numbered so had none: `links-without-notes`."""
    numerals = []
    start = 0
    while start < len(raised):
        end = start + 1
        while end < len(raised) and raised[end] == raised[end - 1] + 1:
            end += 1
        value = _roman_value("".join(parts[index] for index in raised[start:end]))
        if value is not None:
            numerals.append((raised[start], raised[end - 1] + 1, value))
        start = end
    return numerals


def _roman_value(numeral: str) -> int | None:
    """The number a roman numeral of `_ROMAN_NUMERAL` writes (`xiv`: 14), else None."""
    if not numeral or len(numeral) > _MAX_ROMAN or _ROMAN_NUMERAL.fullmatch(numeral) is None:
        return None
    values = [_ROMAN_VALUES[letter] for letter in numeral.lower()]
    return sum(
        -value if value < after else value for value, after in zip(values, [*values[1:], 0], strict=True)
    )


def _shown_under_links(
    item: LTTextLine, links: list[tuple[tuple[float, float, float, float], str]]
) -> list[tuple[str, str]]:
    """For each link annotation whose rectangle holds characters of the line, its target and those
    characters (each whose middle is in the rectangle), in the line's order: what the link shows there."""
    from pdfminer.layout import LTChar

    x0, y0, x1, y1 = item.bbox
    touching = [
        (rect, uri) for rect, uri in links if rect[0] < x1 and rect[2] > x0 and rect[1] < y1 and rect[3] > y0
    ]
    if not touching:
        return []
    chars = [
        (piece, (piece.x0 + piece.x1) / 2, (piece.y0 + piece.y1) / 2)
        for piece in item
        if isinstance(piece, LTChar)
    ]
    shown: list[tuple[str, str]] = []
    for (left, bottom, right, top), uri in touching:
        under = "".join(char.get_text() for char, x, y in chars if left <= x <= right and bottom <= y <= top)
        if under.strip():
            shown.append((uri, under))
    return shown


def _is_superscript(char: LTChar, size: float, baseline: float) -> bool:
    return round(char.size, 1) <= _SMALL * size and char.y0 > baseline + 0.1 * size


def read_pdf_pages(pages: Sequence[_Page]) -> ReadResult:
    apart = _roman_endnotes_apart(pages)
    if apart is not None:
        upper, moved = apart
        return _labelled_in_roman(_read_lines(pages, endnotes_from=moved + 1), upper, moved)
    upper_roman = _roman_marks_read(pages)
    result = _read_lines(pages)
    return result if upper_roman is None else _labelled_in_roman(result, upper_roman)


# What the numbers of roman endnotes are moved by where the report also numbers footnotes 1, 2, 3: they are
# read as notes 901, 902, … (notes are read to 3 digits), labelled `i`, `ii`; by more in a report whose
# footnotes go past 900 (`_numbered_past`).
_ROMAN_APART = 900
_MAX_ROMAN_APART = 99


def _apart_text(line: _Line, apart: int) -> str:
    """The text of a line with raised roman numerals, each as the raised digits of its number plus `apart`."""
    assert line.roman_apart is not None
    numbers = (str(value + apart).translate(_SUPERSCRIPT) for value in line.roman_values)
    pieces = iter(line.roman_apart)
    return next(pieces) + "".join(number + piece for number, piece in zip(numbers, pieces, strict=True))


def _numbered_past(lines: Sequence[_Line]) -> int:
    """What a report's roman endnotes are numbered past to be read apart from its numbered footnotes:
    `_ROMAN_APART`, or past its highest raised number (a footnote's mark or label, at most 3 digits) where
    that is higher. Moved by 900 alone, a book's footnote 901 and endnote i were one note, cited by both."""
    highest = _ROMAN_APART
    for line in lines:
        for run in _SUPERSCRIPT_RUN.finditer(line.roman_as_drawn or line.text):
            if len(run.group()) <= 3:
                highest = max(highest, int(run.group().translate(_PLAIN_DIGITS)))
    return highest


def _roman_endnotes_apart(pages: Sequence[_Page]) -> tuple[bool, int] | None:
    """Where the report numbers its footnotes (raised digits) and its endnotes in roman numerals (Word's
    defaults for both): the raised numerals read as the numbers `_ROMAN_APART` moves them to, and the
    endnotes after the last line citing one that open with the numerals in turn (`i Ministry, …`, raised
    or as large as the text) opening with those numbers. Read as drawn, the endnotes were no notes at all
    and nothing said so. Whether the numerals are upper-case, and what their numbers are moved by
    (`_numbered_past`); None: no such report, nothing changed.

    Told apart by their marks' kinds only: a report with no line opening with `i` after its marks, one
    whose numerals go past `_MAX_ROMAN_APART`, or one whose footnotes and endnotes together number past
    999, is read as before (`_roman_marks_read`)."""
    lines = [line for page in pages for line in page.lines]
    marked = [index for index, line in enumerate(lines) if line.roman_apart is not None]
    if not marked:
        return None
    values = [value for index in marked for value in lines[index].roman_values]
    if 1 not in values or max(values) > _MAX_ROMAN_APART:
        return None
    if not any(_SUPERSCRIPT_RUN.search(line.roman_as_drawn or line.text) for line in lines):
        return None  # no numbered footnotes: `_roman_marks_read` reads the numerals as the notes' numbers
    apart = _numbered_past(lines)
    if apart + max(values) > 999:
        return None
    upper = any(lines[index].roman_upper for index in marked)
    citing = [index for index in marked if not _opens_raised_numeral(lines[index])]
    if not citing:
        return None
    openings: list[tuple[_Line, str]] = []
    expected = 1
    for line in lines[citing[-1] + 1 :]:
        if line.roman_apart is not None and _opens_raised_numeral(line):
            if line.roman_values[0] == expected:
                openings.append((line, _apart_text(line, apart)))
                expected += 1
            continue
        opening = _ROMAN_LABEL.match(line.text)
        numeral = opening.group("numeral") if opening else ""
        if opening and numeral.isupper() == upper and _roman_value(numeral) == expected:
            moved = expected + apart
            openings.append((line, f"{moved}{opening.group('after')}{line.text[opening.end() :]}"))
            expected += 1
    if not openings:
        return None
    for index in marked:
        line = lines[index]
        line.text, line.roman_as_drawn, line.roman_values = _apart_text(line, apart), None, ()
    for line, text in openings:
        line.text = text
    return upper, apart


def _opens_raised_numeral(line: _Line) -> bool:
    """Whether a line with raised roman numerals opens with one (an endnote's label, raised as Word sets
    it), not a footnote's raised digits."""
    opening = (line.roman_as_drawn or "").lstrip()[:1]
    return bool(opening) and opening.lower() in _ROMAN_VALUES and _opens_superscript(line)


def _read_lines(
    pages: Sequence[_Page], endnotes_from: int = 1, as_text: Callable[..., ReadResult] | None = None
) -> ReadResult:
    """The report's notes and the markers citing them. `endnotes_from`: the number endnotes set on pages of
    their own start from (`_endnote_pages`): past 1, roman endnotes numbered past the footnotes
    (`_roman_endnotes_apart`), looked for after footnotes as well. `as_text` reads the body and notes told
    apart (`_as_plain_text`; `body_paragraphs` keeps the body's paragraphs instead)."""
    as_text = as_text or _as_plain_text
    body: list[_Line] = []
    notes: list[_Line] = []
    overall = 0
    numbering = _Numbering()
    running = _running_lines(pages)
    shown_on_page: dict[int, set[str]] = {}  # the numbers each page's footnotes show
    for number, page in enumerate(pages, start=1):
        lines = _without_margin_line_numbers(
            [line for line in page.lines if line.text.strip() and id(line) not in running]
        )
        if lines and _PAGE_NUMBER.match(lines[-1].text):
            lines = lines[:-1]
        if lines and _PAGE_NUMBER.match(lines[0].text):
            lines = lines[1:]
        runs = _in_columns(_note_numbers_joined(lines))
        lines = [line for run in runs for line in run]
        for index, line in enumerate(lines, start=1):
            line.page, line.number, line.overall = number, index, overall + index
        overall += len(lines)
        for line in lines:
            line.links = [uri for rect, uri in page.links if _touches(rect, line)]
        # A page set in columns has footnotes at the foot of each.
        continues = bool(notes) and notes[-1].page == number - 1  # the page before ended in a note
        page_body: list[_Line] = []
        page_notes: list[_Line] = []
        for run in runs:
            _part_glued_note_numbers(run, page.rules)
            zone = _footnote_zone(run, page.rules, continues, notes[-1].left if continues else None)
            page_body.extend(run[:zone])
            page_notes.extend(run[zone:])
        shown_on_page[number] = {
            opening.group(1) for line in page_notes if (opening := _NOTE_NUMBER.match(_note_line_text(line)))
        }
        _numbered_on(page_body, page_notes, numbering)
        body.extend(page_body)
        notes.extend(page_notes)
    heading = next(
        (i for i in range(len(body) - 1, -1, -1) if NOTES_HEADING.match(body[i].text.strip())), None
    )
    named = body[heading].text.strip().rstrip(":").strip() if heading is not None else "Notes"
    # Under the heading, a note's pieces on one row are one line (`_row_pieces_joined`): notes typed by hand
    # (`1.<tab>Two Majors<tab>Telegram<tab>21 January 2022<tab>https://…`) stood as a lone `1.`, then
    # pieces, and `21 January 2022` opened the first note, note 1 lost.
    after = _row_pieces_joined(body[heading + 1 :]) if heading is not None else []
    if any(_NOTE_LABEL.match(line.text) or _opens_superscript(line) for line in after):
        # What stands between the heading and the first note (a chapter's heading, `Chapter 1`, or a word on
        # the notes) is no note: read as the rest of one before the first, no note was read at all.
        first = next(index for index, line in enumerate(after) if _opens_note(line))
        if not notes:
            _endnotes_numbered_on(body[:heading], after[first:])
        notes = after[first:] + notes
        body = body[:heading]
    elif (not notes or endnotes_from > 1) and (start := _endnote_pages(body, endnotes_from)) is not None:
        # Roman endnotes on pages of their own after footnotes (Writer prints Word's defaults so): read
        # only after the footnotes were, the endnotes were no notes and their marks cited nothing.
        notes, body = notes + body[start:], body[:start]
    elif notes and (start := _endnote_pages(body)) is not None:
        endnotes = _endnotes_past_footnotes(body[:start], body[start:], numbering.highest, shown_on_page)
        if endnotes is not None:
            notes, body = notes + body[start:], body[:start]
            result = as_text(body, _days_carried_over(_joined_url_breaks(_row_pieces_joined(notes))), named)
            return _relabelled(result, lambda number: endnotes.get(number, number))
    notes = _days_carried_over(_joined_url_breaks(_row_pieces_joined(notes)))
    return as_text(body, notes, named)


def _endnotes_past_footnotes(
    body: Sequence[_Line], endnotes: Sequence[_Line], highest: int, shown_on_page: Mapping[int, set[str]]
) -> dict[str, str] | None:
    """Endnotes numbered 1, 2, 3 on pages of their own after footnotes numbered so too (a report whose
    endnotes are set to decimal numbers, printed by Writer): the endnotes numbered past the footnotes'
    `highest`, and each raised mark that no footnote of its page shows with them. Read only where a report
    had no footnotes, the endnotes were text and their marks cited the footnotes of those numbers: the
    ministry's words compared with Rybar's post, the ministry's source never checked, nothing said.

    The labels the moved numbers are read back as (`1 (2)`: the second note showing 1, as the DOCX reader
    labels it); None where the numbers would pass 3 digits (nothing changed)."""
    openings = [(line, _NOTE_NUMBER.match(_note_line_text(line))) for line in endnotes]
    numbers = {opening.group(1): int(opening.group(1)) + highest for _, opening in openings if opening}
    if not numbers or max(numbers.values()) > 999:
        return None

    def cites(marker: re.Match[str], line: _Line) -> str | None:
        """The endnote a raised mark cites: one no footnote of its page shows."""
        digits = marker.group().translate(_PLAIN_DIGITS)
        return digits if digits in numbers and digits not in shown_on_page.get(line.page, ()) else None

    cited = {cites(marker, line) for line in body for marker in _SUPERSCRIPT_RUN.finditer(line.text)}
    if not cited.issuperset(numbers):
        return None  # numbered lines that end the report (an appendix) each cited by a footnote's mark
    for line, opening in openings:
        if opening is not None:
            line.text = f"[{numbers[opening.group(1)]}] {_note_line_text(line)[opening.end() :].lstrip()}"
    for line in body:

        def moved(marker: re.Match[str], line: _Line = line) -> str:
            endnote = cites(marker, line)
            return marker.group() if endnote is None else f"[{numbers[endnote]}]"

        line.text = _SUPERSCRIPT_RUN.sub(moved, line.text)
    return {str(moved): f"{number} (2)" for number, moved in numbers.items()}


def _endnote_pages(body: Sequence[_Line], first: int = 1) -> int | None:
    """Where the pages of endnotes that end the report start (an index into `body`), where Writer sets them
    on pages of their own, as large as the text, under no heading and no rule (`1 Rybar, …` atop the last
    page): the last pages whose first line opens with a note's number, from the one whose number is 1, their
    notes numbered from 1 up by one and each cited by a raised mark in the text before them. Read as text,
    a report printed so had no notes: `markers-without-notes`. None where the report ends otherwise.
    `first`: the number the endnotes start from (`_read_lines`)."""
    start = None
    for index in range(len(body) - 1, 0, -1):
        if body[index].page == body[index - 1].page:
            continue
        opening = _NOTE_NUMBER.match(_note_line_text(body[index]))
        if opening is None:
            return None
        if opening.group(1) == str(first):
            start = index
            break
    if start is None:
        return None
    numbers = [
        int(opening.group(1))
        for line in body[start:]
        if (opening := _NOTE_NUMBER.match(_note_line_text(line)))
    ]
    if numbers != list(range(first, first + len(numbers))):
        return None
    cited: set[int] = set()
    for line in body[:start]:
        for marker in _SUPERSCRIPT_NUMBER.finditer(line.text):
            digits = marker.group().translate(_PLAIN_DIGITS)
            cited.update((int(digits), *map(int, digits)))  # `¹²`: note 12, or notes 1 and 2
    return start if cited.issuperset(numbers) else None


_NOTE_NUMBER = re.compile(r"\[(\d{1,3})\]")  # a note line's number as `_note_line_text` gives it


def _roman_marks_read(pages: Sequence[_Page]) -> bool | None:
    """Raised roman numerals (`_raised_roman_numerals`) kept as the digits of their numbers where the report
    numbers its notes so: it raises an `i` and no digits but a power's. Elsewhere they are read as drawn: a
    report of numbered footnotes and roman endnotes (Word's defaults for both) would have two notes 1, and
    a raised `x` or `v` in a formula is no mark. Where they are kept, the notes after the last line citing
    one that open with the numerals in turn as large as their text (`i Rybar, …`, `ii. …`, as Writer sets
    its endnotes and as they are typed under a Notes heading) open with their numbers too.

    Whether the report numbers its notes in upper-case roman numerals (None: not in roman numerals)."""
    lines = [line for page in pages for line in page.lines]
    marked = [index for index, line in enumerate(lines) if line.roman_as_drawn is not None]
    if not marked:
        return None
    if 1 not in (value for index in marked for value in lines[index].roman_values) or any(
        _SUPERSCRIPT_RUN.search(line.text if line.roman_as_drawn is None else line.roman_as_drawn)
        for line in lines
    ):
        for index in marked:
            line = lines[index]
            assert line.roman_as_drawn is not None
            line.text, line.roman_as_drawn, line.roman_values = line.roman_as_drawn, None, ()
        return None
    upper = any(lines[index].roman_upper for index in marked)
    citing = [index for index in marked if not _opens_superscript(lines[index])]
    expected = 1
    for line in lines[citing[-1] + 1 :] if citing else ():
        opening = _ROMAN_LABEL.match(line.text)
        numeral = opening.group("numeral") if opening else ""
        if opening and numeral.isupper() == upper and _roman_value(numeral) == expected:
            line.text = f"{expected}{opening.group('after')}{line.text[opening.end() :]}"
            expected += 1
    return upper


def _labelled_in_roman(result: ReadResult, upper: bool, apart: int = 0) -> ReadResult:
    """The notes of a report that numbers them in roman numerals (`_roman_marks_read`) labelled as it shows
    them (`ii`, or `II` where `upper`), as the DOCX reader labels Word's endnotes, and so named in the
    findings (`footnote ii on page 2, line 1: …`, `marker iv … has no footnote`). Where `apart`, only the
    notes numbered past it are (`_roman_endnotes_apart`), their numbers less `apart`."""

    def label(number: str) -> str:
        if not number.isdigit() or int(number) <= apart:
            return number
        value = int(number) - apart
        numeral = roman_numeral(value) if 0 < value < 400 else number
        return numeral if upper else numeral.lower()

    return _relabelled(result, label)


def _relabelled(result: ReadResult, label: Callable[[str], str]) -> ReadResult:
    """The notes of `result` labelled `label(number)`, and so named in the findings."""

    def relabelled(finding: Finding) -> Finding:
        message = _LABEL_NAMED.sub(lambda named: f"{named.group(1)} {label(named.group(2))}", finding.message)
        message = _RAISED_NAMED.sub(
            lambda named: f"'{label(named.group(1).translate(_PLAIN_DIGITS))}'", message
        )
        return finding.model_copy(update={"message": message})

    return ReadResult(
        tuple(
            note.model_copy(
                update={"label": label(note.label), "findings": tuple(map(relabelled, note.findings))}
            )
            for note in result.footnotes
        ),
        tuple(map(relabelled, result.findings)),
    )


_LABEL_NAMED = re.compile(r"\b(footnote|marker) ([0-9]{1,3})\b")
_RAISED_NAMED = re.compile(f"'([{_SUPERSCRIPT_DIGITS}]{{1,3}})'")  # a mark quoted as read (`'¹'`)


# A line opening with a roman numeral as its note's label, set apart from the note by a space, a `.` or `)`.
_ROMAN_LABEL = re.compile(r"^\s*(?P<numeral>[ivxlcIVXLC]{1,12})(?P<after>[.)]?\s+)(?=\S)")


# How many lines at the top and at the foot of a page are looked at for a running header or footer, and how
# many of a line's numbers are tried as its page's number.
_RUNNING_DEPTH = 3
_RUNNING_NUMBERS = 4
_NUMBER = re.compile(r"\d{1,6}")


def _running_lines(pages: Sequence[_Page]) -> set[int]:
    """The ids of the lines that are a running header or footer: among the first or last lines of a page that
    has text (up to _RUNNING_DEPTH of each, taken from the edge in), one at the same height as a line of
    another page that reads the same, or the same but for a number that goes up as the pages do (`Brief No.
    12 | page 3` on page 3, `Brief No. 12 | page 4` on page 4). Read as text, a header ran into the passage
    it stood in, a quotation over a page break was cut in two and its note had no quoted words to compare; a
    footer under a page's footnotes was read as part of its last note. A line opening a note (`¹ Ibid.` at
    the foot of two pages) and a notes heading are never one, and neither are lines of the text that differ
    otherwise (`Paragraph 12.` atop one page, `Paragraph 15.` atop another)."""

    def signatures(line: _Line, page: int, side: int) -> Iterator[tuple[int, int, str]]:
        text = " ".join(line.text.split())
        yield side, round(line.top), text
        for number in itertools.islice(_NUMBER.finditer(text), _RUNNING_NUMBERS):
            # The number as the page's, counted from page 0: the same in every page's footer.
            relative = (
                f"{text[: number.start()]}\ufffd{int(number.group()) - page}\ufffd{text[number.end() :]}"
            )
            yield side, round(line.top), relative

    def edges(page: _Page) -> Iterator[tuple[list[_Line], int]]:
        lines = [line for line in page.lines if line.text.strip()]
        yield lines[:_RUNNING_DEPTH], 1  # from the top down
        yield lines[::-1][:_RUNNING_DEPTH], -1  # from the foot up

    pages_of: dict[tuple[int, int, str], set[int]] = {}
    for number, page in enumerate(pages):
        for lines, side in edges(page):
            for line in lines:
                for signature in signatures(line, number, side):
                    pages_of.setdefault(signature, set()).add(number)
    running: set[int] = set()
    for number, page in enumerate(pages):
        for lines, side in edges(page):
            for line in lines:
                if (
                    _opens_note(line)
                    or NOTES_HEADING.match(line.text.strip())
                    or all(len(pages_of[signature]) < 2 for signature in signatures(line, number, side))
                ):
                    break
                running.add(id(line))
    return running


_LONE_NUMBER = re.compile(r"\s*\d{1,3}[.)]?\s*")


def _note_numbers_joined(lines: list[_Line]) -> list[_Line]:
    """A page's lines (top to bottom) with a number alone on its line, set smaller than the page's text,
    joined to the line of the same size that goes on beside it on its right (within three characters): the
    number of a footnote, set apart from its text by a tab (as LibreOffice sets a Writer document's notes),
    is read as its own line when the gap is a little wider than a character or two, and the note was no
    note. A table's row numbers, as large as the text, stay as they are."""
    if not lines:
        return lines
    text_size = statistics.median(line.size for line in lines)
    joined: list[_Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        beside = lines[index + 1] if index + 1 < len(lines) else None
        if (
            beside is not None
            and _LONE_NUMBER.fullmatch(line.text)
            and line.size < 0.95 * text_size
            and abs(beside.size - line.size) < 0.5
            and abs(beside.top - line.top) <= 0.3 * line.size
            and 0 <= beside.left - line.right <= 3 * line.size
        ):
            label_is_small = line.small_label or (line.size < _SMALL * beside.size)
            joined.append(
                dataclasses.replace(
                    beside,
                    text=f"{line.text.strip()} {beside.text.lstrip()}",
                    left=line.left,
                    top=max(line.top, beside.top),
                    bottom=min(line.bottom, beside.bottom),
                    small_label=label_is_small,
                )
            )
            index += 2
            continue
        joined.append(line)
        index += 1
    return joined


# Lines of each column side by side, at the least, for a page to be read as set in columns, and the most
# columns a page is read in.
_LEAST_COLUMN_ROWS = 5
_MOST_COLUMNS = 6


def _in_columns(lines: list[_Line], column: int = 0) -> list[list[_Line]]:
    """A page's lines (top to bottom) as the runs of lines read one after another: the whole page, or, where
    it is set in columns, each stretch of lines across the page (a title) and, between two, the lines of
    each column from the left (`column` counting them from 0). Read row by row, the columns' lines
    alternated: every quotation over two lines was cut into pieces, no note had its quoted words, and the
    footnotes at the foot of each column were read as one another's.

    Two columns are told by a gutter: an edge where many lines start (at least _LEAST_COLUMN_ROWS of them
    beside a line ending left of it), narrower than half the column left of it, whose lines run most of
    the way to its right edge, and the lines right of it as wide as half that column at least, as prose set
    in columns is (a table's short first cells, a signature set right, a block quote set in are no column).
    The leftmost such gutter parts the first column from the rest, which are read so in turn (a news page
    of three columns or more, up to _MOST_COLUMNS)."""
    for line in lines:
        line.column = column
    if len(lines) < 2 * _LEAST_COLUMN_ROWS or column >= _MOST_COLUMNS - 1:
        return [lines]
    page_left = min(line.left for line in lines)
    size = statistics.median(line.size for line in lines)
    starts = Counter(round(line.left) for line in lines if line.left > page_left + 10 * size)
    candidates = sorted(
        start for start, count in starts.most_common(2 * _MOST_COLUMNS) if count >= _LEAST_COLUMN_ROWS
    )
    gutter = next((start - 1.0 for start in candidates if _is_gutter(lines, start - 1.0, page_left)), None)
    if gutter is None:
        return [lines]
    runs: list[list[_Line]] = []
    across: list[_Line] = []
    left: list[_Line] = []
    right: list[_Line] = []

    def columns_done() -> None:
        if left:
            runs.append(list(left))
        if right:
            runs.extend(_in_columns(list(right), column + 1))
        left.clear()
        right.clear()

    # A Notes heading under both columns (left of the gutter, below the right-hand column's last line) ends
    # them: it and what follows are read after the right-hand column. Read as the left-hand column's, the
    # endnotes came before the right-hand column, whose lines went on the last note and whose markers were
    # never read: its quotations were not compared, and their notes were unreferenced.
    right_end = min((line.bottom for line in lines if line.left >= gutter), default=0.0)
    below = False
    for line in lines:
        below = below or (line.top < right_end and NOTES_HEADING.match(line.text.strip()) is not None)
        if below or line.left < gutter < line.right - 1:  # a line across the gutter, or under the columns
            columns_done()
            across.append(line)
            continue
        if across:
            runs.append(list(across))
            across.clear()
        (right if line.left >= gutter else left).append(line)
    if across:
        runs.append(list(across))
    columns_done()
    return runs


def _is_gutter(lines: Sequence[_Line], gutter: float, page_left: float) -> bool:
    """Whether `gutter` parts two columns of prose (`_in_columns`)."""
    left = sorted((line for line in lines if line.right <= gutter + 1), key=lambda line: line.bottom)
    right = [line for line in lines if line.left >= gutter]
    if len(left) < _LEAST_COLUMN_ROWS or len(right) < _LEAST_COLUMN_ROWS:
        return False
    bottoms = [line.bottom for line in left]
    beside = 0
    for line in right:
        at = bisect.bisect_left(bottoms, line.bottom - 0.5 * line.size)
        beside += at < len(bottoms) and bottoms[at] <= line.bottom + 0.5 * line.size
    edge = max(line.right for line in left)  # the left-hand column's right edge
    width = edge - page_left
    # The right-hand column's prose, as large as the page's text: its footnotes' parts set apart by tabs
    # (`7 Author<tab>Telegram<tab>…`, each a short line of its own) made its lines' median width too narrow
    # for a column, the page was read row by row and its notes ran into one another.
    text_size = statistics.median(line.size for line in lines)
    prose = [line for line in right if line.size >= 0.95 * text_size] or right
    return (
        beside >= _LEAST_COLUMN_ROWS
        and gutter - edge <= 0.5 * width
        and statistics.median(line.right for line in left) >= edge - 0.25 * width
        and statistics.median(line.right - line.left for line in prose) >= 0.5 * width
    )


def _without_margin_line_numbers(lines: list[_Line]) -> list[_Line]:
    """A page's lines (top to bottom) without the line numbers of pleading paper: numbers alone on their
    lines, at one left edge, counting up down the page, with every other line of the page to their right.
    A table's column of numbers beside text at the page's edge is left as it is."""
    numbers = [line for line in lines if _LINE_NUMBER.match(line.text)]
    if len(numbers) < _LEAST_LINE_NUMBERS:
        return lines
    edge = Counter(round(line.left) for line in numbers).most_common(1)[0][0]
    margin = [line for line in numbers if abs(line.left - edge) <= 2]
    values = [int(line.text) for line in margin]
    right = max(line.right for line in margin)
    in_margin = {id(line) for line in margin}
    kept = [line for line in lines if id(line) not in in_margin]
    if (
        len(margin) < _LEAST_LINE_NUMBERS
        or any(later <= earlier for earlier, later in itertools.pairwise(values))
        or any(line.left < right for line in kept)
    ):
        return lines
    return kept


def _touches(rect: tuple[float, float, float, float], line: _Line) -> bool:
    """Whether a link's rectangle is over the line: across its middle height, and somewhere along it. A
    rectangle that only grazes a line's edge is the line's above or below: LibreOffice draws a link's
    rectangle down past its line's descent, into the top of the next line's box, and a note's link was then
    the next note's first too (note 2 was checked against note 1's source)."""
    x0, y0, x1, y1 = rect
    middle = (line.top + line.bottom) / 2
    return x0 < line.right and x1 > line.left and y0 < middle < y1


def _opens_superscript(line: _Line) -> bool:
    opening = line.text.lstrip()[:1]
    return line.small_label or (bool(opening) and opening in _SUPERSCRIPT_DIGITS)


_BRACKET_MARKER = re.compile(r"\[(\d{1,3})\]")


@dataclass
class _Numbering:
    """The footnotes' numbering so far: the highest number, and what a run of notes numbered anew is moved
    by (`_numbered_on`)."""

    highest: int = 0
    offset: int = 0


def _numbered_on(body: Sequence[_Line], notes: Sequence[_Line], numbering: _Numbering) -> None:
    """A page's notes (`notes`, its text `body`) numbered as `numbering` has come to them: where they start
    again at 1 after earlier ones (Word and LibreOffice can number footnotes anew on each page or section),
    they and the notes after them are numbered on from the highest before, and the page's markers (`¹`,
    `[1]`) with them. Read as they stood, note 1 of page 2 repeated note 1 of page 1, was dropped (only the
    first is used), and page 2's marker cited page 1's note, its quoted words compared with another source."""
    openings = [(line, re.match(r"\[(\d{1,3})\]", _note_line_text(line))) for line in notes]
    numbers = [int(match.group(1)) for _, match in openings if match]
    if not numbers:
        return
    if numbers[0] == 1 and numbering.highest:
        numbering.offset = numbering.highest
    offset = numbering.offset
    numbering.highest = max(numbering.highest, max(numbers) + offset)
    if not offset:
        return
    on_page = {str(number) for number in numbers}
    for line, match in openings:
        if match:
            line.text = f"[{int(match.group(1)) + offset}] {_note_line_text(line)[match.end() :].lstrip()}"

    def renumbered(marker: re.Match[str]) -> str:
        digits = marker.group().translate(_PLAIN_DIGITS)
        if digits not in on_page and all(digit in on_page for digit in digits):  # `¹²`: notes 1 and 2
            return "".join(f"[{int(digit) + offset}]" for digit in digits)
        return f"[{int(digits) + offset}]" if digits in on_page else marker.group()

    def bracketed(marker: re.Match[str]) -> str:
        return f"[{int(marker.group(1)) + offset}]" if marker.group(1) in on_page else marker.group()

    for line in body:
        line.text = _SUPERSCRIPT_RUN.sub(renumbered, _BRACKET_MARKER.sub(bracketed, line.text))


# A raised power (`km²`, `10⁶`) is no marker (`RAISED_NOT_A_POWER`).
_MARKER_IN_BODY = re.compile(
    rf"\[(?P<bracket>\d{{1,3}})\]|{RAISED_NOT_A_POWER}(?P<raised>[{_SUPERSCRIPT_DIGITS}]+)"
)


def _endnotes_numbered_on(body: Sequence[_Line], endnotes: Sequence[_Line]) -> None:
    """Endnotes numbered anew for each chapter (`1. 2. 1. 2.` under the Notes heading, the chapters' markers
    `¹ ² ¹ ²`) numbered on, each run of notes after the one before, and each chapter's markers with its run:
    read as they stood, chapter 2's notes repeated chapter 1's labels and were dropped (only the first is
    used), and chapter 2's markers cited chapter 1's sources, a report of four sources passing on two.

    A marker goes to the next run of notes where it is `1` once the markers have cited the current run's
    highest note (chapters cite their notes in order) and a chapter's heading stands between it and the
    marker before (`_chapter_heading`): a `¹` after note 2 in the same chapter cites note 1 again (it cited
    chapter 2's note 1, its quoted words compared with another source). One that no note of its run has is
    left as it is. Where that does not give every run a chapter's markers, nothing is renumbered (the repeats
    are reported as before)."""
    runs: list[list[tuple[_Line, int]]] = []
    for line in endnotes:
        opening = re.match(r"\[(\d{1,3})\]", _note_line_text(line))
        if opening is None:
            continue
        number = int(opening.group(1))
        if number == 1 or not runs:
            runs.append([])
        runs[-1].append((line, number))
    if len(runs) < 2:
        return
    labels = [{number for _, number in run} for run in runs]
    last_of_run = [max(run_labels) for run_labels in labels]

    def cites(digits: str, raised: bool, run: int, highest: int) -> list[int]:
        """The note numbers a marker cites among its run's (`highest`: the highest its markers cited before),
        as `_superscripts_as_brackets` reads them: `¹²` is notes 1 and 2 where the run has no note 12 or
        note 12 cannot be cited yet (its note `highest + 1` is not yet cited), else note 12; none where the
        run has no such note. Read as note 12 where chapter 2 has twelve notes, its first passage citing
        notes 1 and 2 at once stayed chapter 1's, nothing was numbered on, and chapter 2's notes 1 and 2
        were dropped as repeats."""
        whole = int(digits) in labels[run]
        each = raised and len(digits) > 1 and all(int(digit) in labels[run] for digit in digits)
        next_first = highest + 1  # the note a marker cites first next, where the notes are numbered so
        out_of_order = int(digits) > next_first >= int(digits[0]) and next_first in labels[run]
        if each and (not whole or out_of_order):
            return [int(digit) for digit in digits]
        return [int(digits)] if whole else []

    # Each marker's place (line, start, end), its run and the note numbers it cites.
    cited: list[tuple[_Line, int, int, int, list[int]]] = []
    run, highest = 0, 0
    widest = max((line.right - line.left for line in body), default=0.0)
    heading_since = False  # a chapter's heading since the last marker
    for line in body:
        heading_since = heading_since or _chapter_heading(line, widest)
        for marker in _MARKER_IN_BODY.finditer(line.text):
            raised = marker.group("raised") is not None
            digits = (marker.group("bracket") or marker.group("raised")).translate(_PLAIN_DIGITS)
            if len(digits) > 3:
                continue  # no note's number, nor three (a run of raised digits read whole is not one)
            if (
                run + 1 < len(runs)
                and highest == last_of_run[run]
                and heading_since
                and cites(digits, raised, run + 1, 0)[:1] == [1]
            ):
                run, highest = run + 1, 0
            numbers = cites(digits, raised, run, highest)
            if not numbers:
                continue  # no note of its run: left as it is (a power, `x²`; a year, `[12]`)
            highest, heading_since = max(highest, *numbers), False
            cited.append((line, marker.start(), marker.end(), run, numbers))
    if run != len(runs) - 1:
        return
    offsets = [0]
    for run_labels in labels[:-1]:
        offsets.append(offsets[-1] + max(run_labels))
    for offset, notes in zip(offsets, runs, strict=True):
        for line, number in notes:
            rest = _note_line_text(line).split("]", 1)[1].lstrip()
            line.text = f"[{number + offset}] {rest}"
    for line, start, end, run, numbers in reversed(cited):  # from the end: each start stays where it was
        renumbered = "".join(f"[{number + offsets[run]}]" for number in numbers)
        line.text = line.text[:start] + renumbered + line.text[end:]


# A chapter's heading among the body's lines: short (a line of a paragraph set full is as wide as the widest),
# ending no sentence, citing nothing (`Chapter 2`, `II. The war`).
_HEADING_WIDTH = 0.6
_MAX_HEADING_CHARS = 100
_ENDS_A_SENTENCE = tuple('.,;:!?"\u201d\u2019\u00bb]')


def _chapter_heading(line: _Line, widest: float) -> bool:
    text = line.text.strip()
    return (
        0 < len(text) <= _MAX_HEADING_CHARS
        and line.right - line.left < _HEADING_WIDTH * widest
        and not text.endswith(_ENDS_A_SENTENCE)
        and _MARKER_IN_BODY.search(text) is None
    )


def _text_size(lines: Sequence[_Line], rules: Sequence[float]) -> float:
    """The size of a page's (a column's) text: the median of its lines' sizes, or, where a short rule stands
    between lines, of those above the lowest such rule where that is larger. A short page whose notes hold
    more lines than its text (a one-paragraph memo citing five sources, a report's last page, notes whose
    parts a tab sets apart) had the notes' size for its text's, so no note was smaller than the text and the
    report was `markers-without-notes`."""
    if not lines:
        return 0.0
    size = statistics.median(line.size for line in lines)
    for rule in sorted(rules):
        above = [line.size for line in lines if line.bottom >= rule]
        if len(above) < len(lines):
            return max(size, statistics.median(above)) if above else size
    return size


def _footnote_zone(
    lines: Sequence[_Line], rules: Sequence[float], continues: bool = False, carried_left: float | None = None
) -> int:
    """Where the page's footnotes start (an index into `lines`; `len(lines)` when it has none).

    The zone is the page's last run of lines that opens with a note number set small, after a gap much
    wider than the page's line spacing or under a short rule (Word and LibreOffice draw one), or under such
    a rule with a number as large as the notes, themselves set smaller than the page's text. Where the page
    before ended in a note (`continues`), lines under such a rule, all smaller than the text, open it even
    without a number: the rest of that note, carried over (LibreOffice and Word set it above the page's own
    notes). Read as the page's text, that rest ran into its first paragraph, the note lost what it held
    (its archived copy's URL) and the page's own notes were not found. Notes as large as the text, with no
    rule, are looked for last (`_notes_set_as_the_text`; `carried_left`: where the last line of the note the
    page before ended in stood).
    """
    gaps = [above.bottom - below.top for above, below in itertools.pairwise(lines)]
    usual = statistics.median(gaps) if gaps else 0.0
    text_size = _text_size(lines, rules)
    # Whether each line and every line after it are set smaller than the page's text.
    small_from = [False] * len(lines)
    rest_small = True
    for index in range(len(lines) - 1, -1, -1):
        rest_small = small_from[index] = rest_small and lines[index].size < 0.95 * text_size
    for index in range(1, len(lines)):
        line = lines[index]
        # LibreOffice sets a note's number in a Writer document's footnotes as large as the note (`1 Telegram,
        # …` under the rule): such a line opens the notes only under a rule, it and every line after it set
        # smaller than the page's text (a numbered list in small print under a table's rule is body text).
        plain_label = (
            not _opens_superscript(line) and small_from[index] and _NOTE_LABEL.match(line.text) is not None
        )
        carried_over = continues and small_from[index] and not _opens_note(line)
        if not _opens_superscript(line) and not plain_label and not carried_over:
            continue
        above = lines[index - 1]
        gap = above.bottom - line.top
        ruled = any(line.top <= rule <= above.bottom for rule in rules)
        if ruled:
            return index
        if carried_over:
            continue
        # Without a rule, a gap opens the notes only where they are set smaller than the page's text: a
        # paragraph that opens with its marker (`¹ said the mayor.`, after a block quote) is body text.
        if not plain_label and gap > max(1.5 * usual, 0.8 * line.size) and line.size < 0.95 * text_size:
            return index
    return _notes_set_as_the_text(lines, usual, carried_left if continues else None)


# A note's number glued to its first word or quote (`1Telegram, …`, `2“The bridge…”`), as text extraction
# gives a number set as large as the note with no space after it.
_GLUED_NOTE_NUMBER = re.compile(r"\s*(?P<number>[0-9]{1,3})(?=[^\W\d_]|[\u201c\u201e\u00ab\"'\u2018])")


def _part_glued_note_numbers(lines: Sequence[_Line], rules: Sequence[float]) -> None:
    """A page's (a column's) footnotes whose numbers are glued to their text (`1Telegram, January 21,
    2022.`) given a space after their numbers (`1 Telegram, …`), in place: else the page had no notes
    (`markers-without-notes`). Only where sure: the page's last lines, all set smaller than its text, under
    a short rule, the first of them opening with a number; the lines opening with a number (glued or not)
    count up by one, and the text above cites each by a raised marker. A line that opens with a number
    glued to a word and out of that count (`3M`, `2nd`, `2S19` going on with a note) leaves the page as it
    was read: the body's lines, and a year (four digits), are never parted."""
    if len(lines) < 2:
        return
    text_size = _text_size(lines, rules)
    start = len(lines)
    while start > 1 and lines[start - 1].size < 0.95 * text_size:
        start -= 1
    if start == len(lines) or not any(lines[start].top <= rule <= lines[start - 1].bottom for rule in rules):
        return
    zone = lines[start:]
    openings = [(line, _GLUED_NOTE_NUMBER.match(line.text) or _NOTE_LABEL.match(line.text)) for line in zone]
    glued = [(line, match) for line, match in openings if match is not None and "number" in match.groupdict()]
    if not glued or openings[0][1] is None:
        return
    numbers = [int(next(number for number in match.groups() if number)) for _, match in openings if match]
    cited = {
        int(marker.group().translate(_PLAIN_DIGITS))
        for line in lines[:start]
        for marker in _SUPERSCRIPT_NUMBER.finditer(line.text)
    }
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))) or not cited.issuperset(numbers):
        return
    for line, match in glued:
        line.text = f"{match.group('number')} {line.text[match.end() :]}"


# How many note lines at a page's foot are looked at for notes set as large as its text.
_MOST_NOTE_LINES = 60
_SUPERSCRIPT_NUMBER = re.compile(f"[{_SUPERSCRIPT_DIGITS}]{{1,3}}")


def _notes_set_as_the_text(lines: Sequence[_Line], usual: float, carried_left: float | None = None) -> int:
    """Where a page's footnotes start that are set as large as its text, with plain numbers and no rule
    (`1 Telegram, …`, as pandoc's ODT and a Writer document whose footnote style was made the text's size
    print them), or `len(lines)`. Read as text, the page's markers cited no note (`markers-without-notes`).

    Only where nothing else could be those lines: the page's last lines after its widest gap (wider than two
    of its lines' spacing and half as wide again as any other gap there), the first opening with a number,
    their numbers counting up by one and each cited by a raised marker in the page's text above them. A
    numbered list after a figure is not cited so. Where the page before ended in a note whose last line
    stood at `carried_left` (a note's lines set in under its number), the zone may open with lines set in
    just so, deeper than the page's text: the rest of that note, carried over (alone, or above the page's
    own notes). Read as text, the note lost what it held there (its archived copy's URL) and the page's own
    notes were not found."""
    first = max(1, len(lines) - _MOST_NOTE_LINES)
    gaps = {index: lines[index - 1].bottom - lines[index].top for index in range(first, len(lines))}
    widest = max(gaps, key=gaps.__getitem__, default=None)
    if widest is None:
        return len(lines)
    others = max((gap for index, gap in gaps.items() if index != widest), default=0.0)
    if gaps[widest] <= max(3 * usual, lines[widest].size, 1.5 * others):
        return len(lines)
    zone = lines[widest:]
    carried = 0
    if (
        carried_left is not None
        and carried_left > statistics.median(line.left for line in lines[:widest]) + 2
    ):
        while carried < len(zone) and abs(zone[carried].left - carried_left) < 1:
            carried += 1
    labels = [label["plain"] for line in zone[carried:] if (label := _NOTE_LABEL.match(line.text))]
    if carried == len(zone):
        return widest  # all of it the note carried over
    if not labels or _NOTE_LABEL.match(zone[carried].text) is None or None in labels:
        return len(lines)
    numbers = [int(label) for label in labels if label is not None]
    cited = {
        int(marker.group().translate(_PLAIN_DIGITS))
        for line in lines[:widest]
        for marker in _SUPERSCRIPT_NUMBER.finditer(line.text)
    }
    counts_up = numbers == list(range(numbers[0], numbers[0] + len(numbers)))
    return widest if counts_up and cited.issuperset(numbers) else len(lines)


def _row_pieces_joined(notes: Sequence[_Line]) -> list[_Line]:
    """Notes lines (in reading order) with the pieces of one row joined, left to right, by a tab: pdfminer
    reads a gap wider than two characters as the end of a line, so a note's parts set apart by tabs
    (`Two Majors<tab>Telegram<tab>…`, as Writer and Word print them) stood as lines of their own, read as
    the note's wrapped lines (`Two Majors Telegram`), and a part opening with a number (`21 January 2022`)
    opened a note of its own: note 1 lost its link. The tab is a line break of the note's text, as in a
    DOCX's or an ODT's note."""
    joined: list[_Line] = []
    parts: list[list[str]] = []  # each joined line's pieces' texts, joined once at the end
    for line in notes:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.page == line.page
            and previous.column == line.column
            and abs(previous.size - line.size) < 0.5
            and min(abs(previous.top - line.top), abs(previous.bottom - line.bottom)) <= 0.3 * line.size
            and line.left >= previous.right
        ):
            parts[-1][-1] = parts[-1][-1].rstrip()
            parts[-1].append(line.text.lstrip())
            previous.right = line.right
            previous.top, previous.bottom = max(previous.top, line.top), min(previous.bottom, line.bottom)
            had = set(previous.links)  # a set: a crafted row of pieces under a thousand links each
            previous.links.extend(link for link in line.links if link not in had)
            previous.shown.extend(line.shown)
            continue
        joined.append(dataclasses.replace(line, links=list(line.links), shown=list(line.shown)))
        parts.append([line.text])
    for line, texts in zip(joined, parts, strict=True):
        if len(texts) > 1:
            line.text = "\t".join(texts)
    return joined


def _joined_url_breaks(lines: Sequence[_Line]) -> list[_Line]:
    """A URL broken at the end of a note line (after `-` or `/`, or before a `/`: `_URL_GOES_ON`) goes on in
    the next line without a space: read apart, `https://…/https://t.me/rybar` | `/100` gave the channel's
    page for the post."""
    joined: list[_Line] = []
    for line in lines:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and (
                _URL_BREAK.search(previous.text.rstrip())
                or (_ENDS_IN_URL.search(previous.text.rstrip()) and _URL_GOES_ON.match(line.text))
            )
            and not _opens_note(line)
            and line.text.strip()
            and " " not in line.text.strip().split(",")[0]
        ) or (previous is not None and _link_goes_on(previous, line)):
            previous.text = previous.text.rstrip() + line.text.strip()
            previous.links.extend(line.links)
            previous.shown.extend(line.shown)
            continue
        joined.append(line)
    return joined


def _link_goes_on(previous: _Line, line: _Line) -> bool:
    """Whether the address `previous` ends with goes on at the start of `line`, as the link over them says:
    a typesetter breaks a long address where it must (`…/000182345624000031/0` | `001823456-24-…`, before a
    dot, `…/halvorsenfreight` | `.com/…`, or after a hyphen with the note going on after it, `…-freight-` |
    `reports-…/; archived at …`); read apart, the note had a second source cut short."""
    ending = _ENDS_IN_URL.search(previous.text.rstrip())
    words = line.text.split()
    if ending is None or not words or _opens_note(line):
        return False
    written = ending.group().strip()
    whole = written + words[0]
    return any(
        len(target) > len(written) and target.startswith(written) and whole.startswith(target[: len(whole)])
        for target in (*previous.links, *line.links)
    )


# A day and its month opening a line (`18 March 2024, https://…`): a note's date carried over from the line
# above, as a word processor wraps it, unless the number is the next note's.
_DAY_OF_MONTH = re.compile(rf"^\s*(?P<day>[0-9]{{1,2}})\s+(?:{'|'.join(ENGLISH_MONTHS)})\b")


def _days_carried_over(lines: Sequence[_Line]) -> list[_Line]:
    """A note line opening with a day of a month (`18 March 2024, …`) whose number is not the next note's
    goes on with the note above it: read as note 18, the note above lost its date and its link, and a note
    no marker cites stood in its place."""
    joined: list[_Line] = []
    last = 0
    for line in lines:
        day = None if _opens_superscript(line) else _DAY_OF_MONTH.match(line.text)
        if joined and day is not None and int(day.group("day")) != last + 1:
            previous = joined[-1]
            previous.text = previous.text.rstrip() + " " + line.text.strip()
            previous.links.extend(line.links)
            previous.shown.extend(line.shown)
            continue
        opening = _NOTE_NUMBER.match(_note_line_text(line))
        if opening is not None:
            last = int(opening.group(1))
        joined.append(line)
    return joined


def _opens_note(line: _Line) -> bool:
    return _opens_superscript(line) or _NOTE_LABEL.match(line.text) is not None


def _note_line_text(line: _Line) -> str:
    """A note line as the plain-text rules read it: the label as `[N]` at the start."""
    text = line.text.lstrip()
    if _opens_superscript(line):
        digits = re.match(f"^[0-9{_SUPERSCRIPT_DIGITS}]+", text)
        if digits:
            label = digits.group().translate(_PLAIN_DIGITS)
            return f"[{label}] {text[digits.end() :].lstrip()}"
    match = _NOTE_LABEL.match(text)
    if match:
        return f"[{match.group('bracket') or match.group('plain')}] {text[match.end() :].lstrip()}"
    return "    " + text  # a continuation line


# A bullet a notes line opens with: a glyph (`•`, and Word's Symbol and Wingdings bullets, which pdfminer
# reads as private-use characters), then a space. A hyphen and a middle dot are left out: a wrapped line of
# a note may open with either set between its parts (`Rybar -` or `Rybar` wrapped before `- Telegram, …`,
# `· Telegram, …`).
# A word processor sets a list's bullet apart from its text by a tab, and pdfminer may read the bullet as a
# line of its own (`•`, then `archived: …` beside it at the same height): a bullet alone opens an entry too.
_BULLET_ENTRY = re.compile(r"^\s*[\u2022\u2023\u2043\u25aa\u25e6\uf0b7\uf0a7\uf0a8\uf076\uf0d8](?:\s|$)")
# How much deeper than the line opening a note (in its text's size) a bullet is set in a list nested in the
# note: a word processor sets a sub-list's bullet in past the note's number, by a tab stop or more.
_NESTED_DEPTH = 0.5


def _bulleted_entries(notes: Sequence[_Line]) -> tuple[list[_Line], list[_Line]]:
    """The notes' lines split into those of the notes and those of bulleted entries among them (a line that
    opens with a bullet, and the lines after it up to the next note's or bullet's). A bullet is no part of
    the note above it: typed under `1. Rybar, …, https://t.me/rybar/123` as `• see also WarGonzo, https://…`
    it was joined to note 1, whose first link alone is checked, and its own link was never checked, nothing
    said (`_beside_notes`). A bullet set in deeper than the line opening the note above it is of a list
    nested in that note (`1. Rybar, …` then `◦ archived: …`, `◦ mirror: …`, as a DOCX's or a page's note
    holds one), and goes on with the note, without its bullet, as it does in the note's DOCX or page: read
    as entries beside the notes, the note's archived copy and mirror were said as unchecked sources (and a
    bullet read as a line of its own joined the first of them to the note, the rest not). The note's other
    links are still said where they are not the cited source's (`locator`)."""
    kept: list[_Line] = []
    entries: list[_Line] = []
    in_entry = False
    opening: _Line | None = None  # the line that opened the note being read
    for line in notes:
        bullet = _BULLET_ENTRY.match(line.text)
        if bullet and not in_entry and opening is not None and _set_in_under(line, opening):
            rest = line.text[bullet.end() :].lstrip()
            if rest:
                kept.append(dataclasses.replace(line, text=rest))
            continue
        if bullet:
            in_entry = True
        elif _opens_note(line):
            in_entry = False
            opening = line
        (entries if in_entry else kept).append(line)
    if not kept:  # no note at all: what the lines are is for the reading of a report without notes to say
        return list(notes), []
    return kept, entries


def _set_in_under(bullet: _Line, opening: _Line) -> bool:
    """Whether a bullet is set in deeper than the line opening a note (`_NESTED_DEPTH`)."""
    return bullet.left > opening.left + _NESTED_DEPTH * opening.size


def _beside_notes(
    body: Sequence[_Line], notes: Sequence[_Line], entries: Sequence[_Line], heading: str
) -> Finding | None:
    """`sources-beside-notes` for bulleted entries among the notes (`_bulleted_entries`) that link to pages
    no line of the body or of the notes gives (in its text or a link annotation); else None."""
    elsewhere = {
        url
        for line in (*body, *notes)
        for url in (*(found.url for found in iter_urls(line.text)), *line.links)
    }
    unchecked = [
        (line, url)
        for line in entries
        for url in unique([*(found.url for found in iter_urls(line.text)), *line.links])
        if url not in elsewhere
    ]
    if not unchecked:
        return None
    first = unchecked[0][0]
    # Named as the page names the line; `line` counts lines through the document, as every finding's does.
    found = sources_beside_notes_at(
        len(unchecked), heading, first.number, where=f"on page {first.page}, line"
    )
    return found.model_copy(update={"line": first.overall})


def _as_plain_text(body: Sequence[_Line], notes: Sequence[_Line], heading: str = "Notes") -> ReadResult:
    """Body and notes through the plain-text rules; text line k maps back to a PDF line. Bulleted entries
    among the notes are no notes (`_bulleted_entries`): their links, where no note gives them, are said as
    sources beside the notes under `heading`."""
    notes, entries = _bulleted_entries(notes)
    text_lines: list[str] = []
    origin: list[_Line | None] = []
    labels = {match.group() for line in notes if (match := re.match(r"\[(\d+)\]", _note_line_text(line)))}
    opens = _paragraph_opens(body)
    indented = _set_in(body, opens)
    highest = [0]  # the highest note number the body has cited so far (`_superscripts_as_brackets`)
    # A tab in a body line reads as a space (as in DOCX and ODT): only a note's parts are kept apart.
    texts = _hyphenations_joined([line.text.replace("\t", " ") for line in body], opens)
    for index, line in enumerate(body):
        if index and opens[index]:
            text_lines.append("")
            origin.append(None)
        # Superscript markers become `[N]` so that they pair with the `[N]` the notes are given; a block
        # quote's lines are indented as a typed one would be, which the plain-text rules read as such.
        text = _superscripts_as_brackets(texts[index], labels, highest)
        text_lines.append("    " + text if index in indented else text)
        origin.append(line)
    text_lines.extend(["", "Notes"])
    origin.extend([None, None])
    for line in notes:
        text_lines.append(_note_line_text(line))
        origin.append(line)
    if not notes:
        # Markers, or a Sources list of bullets or unnumbered entries (links written out or on the words):
        # a report that cites, not one with nothing to verify.
        with_links = "\n".join(" ".join((line.text, *line.links)) for line in body)
        unsupported = (
            markers_without_notes("\n".join(line.text for line in body))
            or sources_without_notes(with_links)
            or links_without_notes(with_links)
        )
        return ReadResult((), (unsupported,) if unsupported else ())
    result = _mapped(read_plain_text("\n".join(text_lines)), origin)
    beside = _beside_notes(body, notes, entries, heading) if entries and result.footnotes else None
    return ReadResult(result.footnotes, (*result.findings, beside)) if beside else result


def _paragraph_opens(body: Sequence[_Line]) -> list[bool]:
    """Whether each body line opens a paragraph (the first line does)."""
    right_margin = max((line.right for line in body), default=0.0)
    column_margins: dict[tuple[int, int], float] = {}  # the right edge of each column of each page
    for line in body:
        edge = column_margins.get((line.page, line.column), line.right)
        column_margins[line.page, line.column] = max(edge, line.right)
    return [
        index == 0 or _paragraph_break(body[index - 1], line, right_margin, column_margins)
        for index, line in enumerate(body)
    ]


def body_paragraphs(data: bytes, name: str) -> list[tuple[int, int, str]]:
    """The body's paragraphs (the notes left out) as `(first line, last line, text)`, the lines counted
    through the whole document as the reader counts a passage's (`_Line.overall`): what `provenance locate`
    reads before a citing passage that names its speaker by a pronoun only."""
    found: list[tuple[int, int, list[str]]] = []

    def keep(body: Sequence[_Line], notes: Sequence[_Line], heading: str = "") -> ReadResult:
        opens = _paragraph_opens(body)
        texts = _hyphenations_joined([line.text.replace("\t", " ") for line in body], opens)
        for index, line in enumerate(body):
            if opens[index] or not found:
                found.append((line.overall, line.overall, [texts[index]]))
            else:
                first, _, words = found[-1]
                words.append(texts[index])
                found[-1] = (first, line.overall, words)
        return ReadResult(())

    _read_lines(_read_text_pages(data, name)[0], as_text=keep)
    return [(first, last, " ".join(words)) for first, last, words in found]


# A word broken at a line's end by a hyphen (`disin-`, its first part after the line's last space).
_BROKEN_WORD = re.compile(r"(?:^|\s)(?P<start>\S*[^\W\d_])[-\u00ad\u2010]$")


def _hyphenations_joined(texts: Sequence[str], opens: Sequence[bool]) -> list[str]:
    """Body lines with each word hyphenated at a line's end (`… disin-`, then `formation effort …` in the
    same paragraph, opening with a lower-case letter) made whole on one of the two lines: the rest of the word
    (up to the first space) goes up, `… disinformation` then `effort …`, or, where it is all its line holds,
    the start goes down (`formation.”¹` alone, a marker after it, stays where it is). Read as two words, a
    quoted `disin- formation` was not found verbatim in the source that says `disinformation`, and the note
    warned. A compound's own hyphen at a line's end (`well-`, `known`) is lost so, which the quote read before
    missed as well (`well- known`)."""
    joined = list(texts)
    for index in range(len(joined) - 1):
        above, below = joined[index].rstrip(), joined[index + 1].lstrip()
        broken = _BROKEN_WORD.search(above)
        if opens[index + 1] or broken is None or not below[:1].islower():
            continue
        start = above[: broken.start("start")]
        head = above[broken.start("start") : -1]
        rest, _, after = below.partition(" ")
        if after.strip():  # the rest goes up
            joined[index], joined[index + 1] = above[:-1] + rest, after.lstrip()
        elif start.strip():  # the start goes down
            joined[index], joined[index + 1] = start.rstrip(), head + below
    return joined


def _superscripts_as_brackets(text: str, labels: set[str], highest: list[int] | None = None) -> str:
    """`¹²` is note 12 if there is one, else notes 1 and 2 when both exist (Word sets adjacent marks so);
    `¹-³` and `¹,³` (a raised range or list: the digits are read as raised, the dash or comma between them
    as it is) are `[1-3]` and `[1,3]`: read as `[1]-[3]`, note 2 had no claim cited.

    Where both readings name notes, the order notes are numbered in decides (`highest`: the highest number
    the text before has cited, updated here): a word processor numbers notes as they are first cited, so
    `¹²` past note 11 is note 12, and where note 12 cannot be cited yet, note `highest + 1` existing and not
    yet cited (the report's first marker), notes 1 and 2. Read as note 12, the report's first passage was
    note 12's, compared with its source, and notes 1 and 2 cited nothing."""
    seen = highest if highest is not None else [0]

    def brackets(match: re.Match[str]) -> str:
        digits = match.group().translate(_PLAIN_DIGITS)
        if not digits.isdigit():
            seen[0] = max([seen[0], *(int(number) for number in re.findall(r"[0-9]+", digits))])
            return f"[{digits}]"
        each = len(digits) > 1 and all(f"[{digit}]" in labels for digit in digits)
        whole = f"[{digits}]" in labels
        next_first = seen[0] + 1  # the note a marker cites first next, where the notes are numbered so
        out_of_order = int(digits) > next_first >= int(digits[0]) and f"[{next_first}]" in labels
        if each and (not whole or out_of_order):
            seen[0] = max([seen[0], *(int(digit) for digit in digits)])
            return "".join(f"[{digit}]" for digit in digits)
        if whole:
            seen[0] = max(seen[0], int(digits))
        return f"[{digits}]"

    return _SUPERSCRIPT_LIST.sub(brackets, text)


# Raised digits, or a raised range or list of them (`¹-³`, `¹,³`), that may be a marker.
_SUPERSCRIPT_LIST = re.compile(
    f"{RAISED_NOT_A_POWER}[{_SUPERSCRIPT_DIGITS}]+(?:[-\u2013\u207b,\u02d2][{_SUPERSCRIPT_DIGITS}]+){{0,20}}"
)


def _set_in(body: Sequence[_Line], opens: Sequence[bool]) -> set[int]:
    """The lines of `body` (`opens`: whether each opens a paragraph) in paragraphs set in from their text's
    edge as a block quote is: each line starting at least one and a half times its font size to the right of
    where most lines of its page start (a memo quotes 50 words or more so), in a paragraph of two lines or
    more, or of one line that quotes as a block quote does (`_quotes_in_one_line`): a one-line heading or
    caption set in is no quotation.

    Where lines stand side by side (a table's cells, two columns), a line is measured from where most lines
    in its place in the row (in its column, on a page in columns) start: the second cells of a table from the
    second cells' edge. Measured from the page's edge, a table's two-line cell was a block quote (its words
    compared with the source as its note's). A court filing's margin line numbers are gone by then
    (`_without_margin_line_numbers`)."""
    places = _places_in_rows(body)
    edges = {
        key: Counter(round(body[at].left) for at in group).most_common(1)[0][0]
        for key, group in itertools.groupby(
            sorted(range(len(body)), key=lambda at: (body[at].page, body[at].column, places[at])),
            key=lambda at: (body[at].page, body[at].column, places[at]),
        )
    }
    rights = {
        key: max(body[at].right for at in group)
        for key, group in itertools.groupby(
            sorted(range(len(body)), key=lambda at: (body[at].page, body[at].column, places[at])),
            key=lambda at: (body[at].page, body[at].column, places[at]),
        )
    }
    found: set[int] = set()
    start = 0
    for index in range(1, len(body) + 1):
        if index < len(body) and not opens[index]:
            continue
        paragraph = range(start, index)
        if all(
            body[at].left >= edges[body[at].page, body[at].column, places[at]] + 1.5 * body[at].size
            for at in paragraph
        ) and (
            len(paragraph) > 1
            or _quotes_in_one_line(
                body[start],
                body[start - 1] if start else None,
                edges[body[start].page, body[start].column, places[start]],
                rights[body[start].page, body[start].column, places[start]],
            )
        ):
            found.update(paragraph)
        start = index
    return found


# A marker as the PDF reader has it, superscript digits or typed (`[1]`, `[1, 2]`, `[3-5]`), ending a line
# (`Friday.¹`, `Friday [1].`), or a colon ending one with or without its marker (`wrote:¹`, `wrote¹:`).
_MARKER = rf"(?:[{_SUPERSCRIPT_DIGITS}]{{1,3}}|\[\d{{1,3}}(?:[ ,\u2013-]{{1,3}}\d{{1,3}}){{0,9}}\])"
_ENDING_MARKER = re.compile(rf"{_MARKER}[.,;]?$")
_LEAD_IN = re.compile(rf":[ ]{{0,3}}{_MARKER}?$|{_MARKER}:$")


def _quotes_in_one_line(line: _Line, above: _Line | None, edge: float, right: float) -> bool:
    """Whether a paragraph of one line set in is a block quote of one line: it cites (a marker ends it) or
    the paragraph before it leads in to it by a colon (`The mayor wrote:`), and it is not centred between
    its place's edges (a title or caption with a note on it is centred). Read as the body's text, its words
    were no marker's quote and the note came out verified without them compared."""
    text = line.text.rstrip()
    cites = _ENDING_MARKER.search(text) is not None
    led_in = above is not None and _LEAD_IN.search(above.text.rstrip()) is not None
    centred = abs((line.left - edge) - (right - line.right)) <= line.size
    return (cites or led_in) and not centred


def _places_in_rows(lines: Sequence[_Line]) -> list[int]:
    """Each line's place in its row, from the left (0: nothing to its left): the lines of a page (of each of
    its columns, where it is set in columns) are put in rows of lines whose heights overlap by half a line,
    bottom to top. Sorted once, whatever the lines."""
    places = [0] * len(lines)
    order = sorted(range(len(lines)), key=lambda at: (lines[at].page, lines[at].column, lines[at].bottom))
    row: list[int] = []
    row_top = 0.0
    for at in order:
        line = lines[at]
        first = lines[row[0]] if row else None
        if (
            first is not None
            and (first.page, first.column) == (line.page, line.column)
            and line.bottom < row_top - 0.5 * line.size
        ):
            row.append(at)
            row_top = max(row_top, line.top)
            continue
        _place_from_the_left(row, lines, places)
        row, row_top = [at], line.top
    _place_from_the_left(row, lines, places)
    return places


def _place_from_the_left(row: list[int], lines: Sequence[_Line], places: list[int]) -> None:
    for place, at in enumerate(sorted(row, key=lambda at: lines[at].left)):
        places[at] = place


def _paragraph_break(
    above: _Line, below: _Line, right_margin: float, column_margins: dict[tuple[int, int], float]
) -> bool:
    """A wider gap than between lines, an indented first line, or (across a page break, or from one column
    of a page to the next) a last line that ends short (`_ends_short`) of the right edge (its column's)."""
    if above.page != below.page or above.column != below.column:
        in_columns = above.page == below.page or above.column > 0  # a column of a page set in columns
        margin = column_margins[above.page, above.column] if in_columns else right_margin
        return _ends_short(above, below, margin)
    return above.bottom - below.top > 0.6 * below.size or below.left > above.left + 2 * below.size


def _ends_short(above: _Line, below: _Line, margin: float) -> bool:
    """Whether `above`, the last line of a page or column, ends its paragraph: the first word of `below` (and
    a space) would have fitted between its end and `margin`, so it was not carried over for want of room
    (Word, LibreOffice and browsers fill each line with every word that fits; a justified line is full). A
    line ending more than three times its font size short of the edge was taken for a paragraph's last: in
    text set ragged, as Word sets it by default, a line before a long word (`international`) often is, and
    a quotation going on over the page break was cut in two, its note left with no quoted words to compare."""
    words = below.text.split()
    if not words:
        return True
    per_character = (below.right - below.left) / max(len(below.text), 1)
    return above.right + per_character * (len(words[0]) + 2) < margin


def _mapped(result: ReadResult, origin: Sequence[_Line | None]) -> ReadResult:
    def place(text_line: int) -> tuple[int, str | None]:
        line = origin[text_line - 1] if 0 < text_line <= len(origin) else None
        if line is None:
            return text_line, None
        return line.overall, f"page {line.page}, line {line.number}"

    def links_of(note: Footnote) -> tuple[str, ...]:
        """The note's link annotations and the addresses it writes out (as the plain-text rules read them),
        line by line in the order they stand there, a link before an address it shows. Every link was put
        before every address: `Mayor, …, t.me/citynews/12; see also WarGonzo's reply` (linked) had
        WarGonzo's post captured as the note's source, as the DOCX it was printed from had. An address
        shown without a scheme over a link to its `http://` form is that link
        (`links_shown_without_scheme`)."""
        start = note.line - 1
        found: list[str] = []
        targets: list[str] = []
        for line in origin[start:]:
            if line is None or (line is not origin[start] and _opens_note(line)):
                break
            shown = {uri: line.text.find(text.strip()) for uri, text in reversed(line.shown)}
            placed = [(shown.get(uri, -1), 0, uri) for uri in line.links]
            written = (item for item in iter_urls(line.text) if item.url in note.urls)
            placed.extend((item.offset, 1, item.url) for item in written)
            found.extend(uri for _, _, uri in sorted(placed, key=lambda place: place[:2]))
            targets.extend(line.links)
        return without_links_shown_without_scheme([*found, *note.urls], iter_urls(note.text), targets)

    def without_schemes_of_links(note: Footnote, urls: Sequence[str]) -> list[Finding]:
        """The note's findings but a `scheme-added` one for an address its links lead to the `http://`
        form of (`links_of`): the plain-text rules, reading the text alone, said it had no scheme."""
        return [
            finding
            for finding in note.findings
            if finding.code != "scheme-added" or scheme_added_url(finding) in urls
        ]

    def shown_text_differs(note: Footnote, location: str | None) -> list[Finding]:
        """`link-text-differs` for each link of the note whose shown text (over its lines, joined: a URL
        broken over two) is a URL other than its target: the printed report shows one source and the link,
        which is what is captured, leads to another. Said as a DOCX's, an ODT's or a page's link is."""
        start = note.line - 1
        under: dict[str, list[str]] = {}
        for line in origin[start:]:
            if line is None or (line is not origin[start] and _opens_note(line)):
                break
            for uri, text in line.shown:
                under.setdefault(uri, []).append(text)
        where = f"on {location}" if location else f"on line {note.line}"
        return [
            Finding(
                code="link-text-differs",
                message=f"footnote {note.label} {where}: a link shows {shown!r} but leads to {target}; the "
                "target is what is captured",
                line=note.line,
                field="url",
            )
            for target, texts in under.items()
            if shown_link_differs(shown := "".join(texts).strip(), target)
        ]

    footnotes = []
    for note in result.footnotes:
        line, location = place(note.line)
        misleading = shown_text_differs(note, location)
        footnotes.append(
            Footnote(
                label=note.label,
                text=note.text,
                line=line,
                location=location,
                urls=(urls := links_of(note)),
                contexts=tuple(_context(context, place) for context in note.contexts),
                findings=(
                    *(_finding(finding, place) for finding in without_schemes_of_links(note, urls)),
                    *(finding.model_copy(update={"line": line}) for finding in misleading),
                ),
            )
        )
    return ReadResult(tuple(footnotes), tuple(_finding(finding, place) for finding in result.findings))


_Place = Callable[[int], tuple[int, str | None]]


def _context(context: Context, place: _Place) -> Context:
    line, location = place(context.line)
    return context.model_copy(update={"line": line, "location": location})


def _finding(finding: Finding, place: _Place) -> Finding:
    if finding.line is None:
        return finding
    line, _ = place(finding.line)
    # Each line a message names is one of the text's read from the pages, named as on the page: a message
    # naming two (a repeated label's and the first one's) named the finding's own place twice.
    message = _LINE_NAMED.sub(lambda named: _on_page(place, int(named.group(1))), finding.message)
    return finding.model_copy(update={"line": line, "message": message})


_LINE_NAMED = re.compile(r"\bon line ([0-9]{1,9})\b")


def _on_page(place: _Place, text_line: int) -> str:
    line, location = place(text_line)
    return f"on {location}" if location else f"on line {line}"
