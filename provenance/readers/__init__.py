"""Report readers, one per input format, and `read_report`, the edge where a report file is opened."""

from __future__ import annotations

import importlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from provenance.errors import UsageError
from provenance.files import DEFAULT_MAX_REPORT_BYTES, read_input
from provenance.hashing import sha256_hex
from provenance.models import Finding, Footnote, Report, ReportFormat
from provenance.patterns import on_first_use
from provenance.readers.assembly import (
    MARKERS_WITHOUT_NOTES,
    ReportTooLong,
    markers_without_notes,
    note_lines,
)
from provenance.readers.decoding import sniff_text
from provenance.readers.interface import ReaderError, ReadResult, ReportReader
from provenance.readers.plaintext import (
    PlainTextReader,
    links_without_notes,
    sources_beside_notes,
    sources_without_notes,
)
from provenance.readers.signatures import is_docx, is_odt, is_pdf, not_a_text_document, open_document_type

__all__ = [
    "FROM_FORMATS",
    "READERS",
    "ReadReport",
    "read_report",
    "read_report_bytes",
    "read_report_lazily",
    "reader_for",
]


class _ReaderOnFirstUse(ReportReader):
    """A reader whose module is loaded only when a report of its format is read: reading a text report does
    not load the Markdown, HTML, DOCX, ODT and PDF readers (tens of milliseconds of every `extract` and
    `check`). tests/readers/test_read_report.py checks the format and suffixes given here are the reader's
    own."""

    def __init__(self, module: str, name: str, format: ReportFormat, suffixes: tuple[str, ...]) -> None:
        self.module, self.name = module, name
        self.format, self.suffixes = format, suffixes
        self._reader: ReportReader | None = None

    def loaded(self) -> ReportReader:
        if self._reader is None:
            self._reader = getattr(importlib.import_module(self.module), self.name)()
        return self._reader

    def read(self, data: bytes, name: str) -> ReadResult:
        return self.loaded().read(data, name)

    def prose(self, text: str) -> str:
        return self.loaded().prose(text)


PLAIN_TEXT = PlainTextReader()
MARKDOWN = _ReaderOnFirstUse(
    "provenance.readers.markdown",
    "MarkdownReader",
    ReportFormat.MARKDOWN,
    (".md", ".markdown", ".mdown", ".mkd"),
)
HTML = _ReaderOnFirstUse(
    "provenance.readers.html", "HtmlReader", ReportFormat.HTML, (".html", ".htm", ".xhtml")
)
DOCX = _ReaderOnFirstUse(
    "provenance.readers.docx", "DocxReader", ReportFormat.DOCX, (".docx", ".docm", ".dotx")
)
ODT = _ReaderOnFirstUse("provenance.readers.odt", "OdtReader", ReportFormat.ODT, (".odt", ".fodt", ".ott"))
PDF = _ReaderOnFirstUse("provenance.readers.pdf", "PdfReader", ReportFormat.PDF, (".pdf",))
READERS: tuple[ReportReader, ...] = (PLAIN_TEXT, MARKDOWN, HTML, DOCX, ODT, PDF)
# `--from` names (cli/parsing.REPORT_FORMATS lists the same, without importing the readers).
FROM_FORMATS: dict[str, ReportReader] = {
    "txt": PLAIN_TEXT,
    "md": MARKDOWN,
    "html": HTML,
    "docx": DOCX,
    "odt": ODT,
    "pdf": PDF,
}
_BINARY_READERS = (DOCX, ODT, PDF)

_SNIFF_BYTES = 8192
# A `.txt`, `.docx` or `.pdf` file starts with a doctype or an <html> tag only when it is HTML saved under
# another name.
_STARTS_AS_HTML = re.compile(r"^\s*<(?:!doctype\s+html|html)\b", re.IGNORECASE)
_LOOKS_LIKE_HTML = on_first_use(r"^\s*<(?:!doctype\s+html|html)\b|<(?:body|p)\b[^>]*>", re.IGNORECASE)
_MARKUP = re.compile(r"<[A-Za-z!/]")
_LOOKS_LIKE_MARKDOWN = re.compile(r"^ {0,3}\[\^[^\]\s]+\]:", re.MULTILINE)


def reader_for(name: str, data: bytes, from_format: str | None = None) -> ReportReader:
    """The reader for a file: `from_format` if given; else what its bytes are when they say so for sure
    (an OpenDocument text's stated type, a DOCX zip, a PDF header, an HTML document start), else its suffix,
    else a look at its content.

    The suffix can lie: a DOCX saved as `.doc`, HTML saved as `.txt`. A `.txt` file with Markdown footnote
    definitions is a Markdown draft saved as text, and only the Markdown reader understands its notes.
    """
    if from_format is not None:
        try:
            return FROM_FORMATS[from_format.lower()]
        except KeyError:
            known = ", ".join(FROM_FORMATS)
            raise UsageError(f"--from {from_format}: not a report format (use one of {known})") from None
    if is_odt(data):  # before DOCX: the type an OpenDocument package states first is what it is
        return ODT
    if is_docx(data):
        return DOCX
    if is_pdf(data):
        return PDF
    suffix = Path(name).suffix.lower()
    by_suffix = next((reader for reader in READERS if suffix in reader.suffixes), None)
    start = sniff_text(data[:_SNIFF_BYTES])
    if by_suffix in _BINARY_READERS:
        # An HTML document saved as `.docx` or `.pdf` (a web page "downloaded as" one) is the HTML it is;
        # anything else is not what it says it is, and its reader says so clearly.
        return HTML if _STARTS_AS_HTML.search(start) else by_suffix
    if by_suffix is None and _LOOKS_LIKE_HTML().search(start):
        return HTML
    if by_suffix is PLAIN_TEXT and _STARTS_AS_HTML.search(start):
        return HTML
    if by_suffix is HTML and _MARKUP.search(sniff_text(data)) is None:
        # Not a tag in it: a Markdown or text draft saved as `.html`, read by what its content is.
        return MARKDOWN if _LOOKS_LIKE_MARKDOWN.search(sniff_text(data)) else PLAIN_TEXT
    if by_suffix is not None and by_suffix is not PLAIN_TEXT:
        return by_suffix
    # Footnote definitions sit at the end of a Markdown file, so all of it is searched.
    if _LOOKS_LIKE_MARKDOWN.search(sniff_text(data)):
        return MARKDOWN
    return PLAIN_TEXT


# Formats people save reports in that are not read, by their first bytes, with what to do instead.
_UNREAD_FORMATS = (
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word .doc (or another OLE2) file"),
    (b"{\\rtf", "an RTF file"),
)


# What this tool writes, named as what it is when given as a report: checked as text, a ledger or a WARC has
# no notes, so it came out "nothing to verify" (exit 0) with a ledger of its own written beside it.
_WARC_START = (b"WARC/1.0\r\n", b"WARC/1.1\r\n")
_LEDGER_LINE_START = b'{"at":"'  # RFC 8785 orders a ledger line's keys: `at` comes first
_LEDGER_LINE_KEYS = (b'"kind":"', b'"prev":"', b'"seq":')
_FIRST_LINE_BYTES = 1 << 20
_ZIP_START = b"PK\x03\x04"


def _refuse_own_files(data: bytes, name: str) -> None:
    if data.startswith(_WARC_START):
        raise ReaderError(f"{name}: a WARC file, not a report; check the report that cites its pages")
    if data.startswith(_ZIP_START) and name.lower().endswith(".wacz"):
        # `pack`'s bundle: a zip of no known report format, so it was "binary file, not a report".
        import shlex

        verify = f"provenance verify {shlex.quote(name)}"
        raise ReaderError(f"{name}: a WACZ bundle, not a report; check it with `{verify}`")
    if data.startswith(_LEDGER_LINE_START):
        end = data.find(b"\n", 0, _FIRST_LINE_BYTES)
        first_line = data[: end if end >= 0 else _FIRST_LINE_BYTES]
        if all(key in first_line for key in _LEDGER_LINE_KEYS):
            import shlex

            verify = f"provenance verify {shlex.quote(name)}"
            raise ReaderError(f"{name}: a provenance ledger, not a report; check it with `{verify}`")


def _refuse_unread_formats(data: bytes, name: str) -> None:
    for magic, what in _UNREAD_FORMATS:
        if data.startswith(magic):
            raise ReaderError(f"{name}: {what}, which is not read; save it as DOCX, ODT or PDF")
    mimetype = open_document_type(data)
    other = not_a_text_document(mimetype) if mimetype is not None else None
    if other is not None:  # an .ods or .odp handed over as a report (ODT itself is read)
        raise ReaderError(f"{name}: {other}: not a report")
    _refuse_own_files(data, name)


def read_report(
    path: Path, from_format: str | None = None, max_bytes: int = DEFAULT_MAX_REPORT_BYTES
) -> Report:
    """Read a report file; every way the file can be unusable is an `InputError` naming the path.

    A file over `max_bytes` is refused before it is read (`--max-report-bytes`)."""
    return read_report_lazily(path, from_format, max_bytes).whole()


def read_report_bytes(data: bytes, path: str, from_format: str | None = None) -> Report:
    """Read a report's bytes; `path` names it in messages and, with the bytes, chooses the reader."""
    return _read(data, path, from_format).whole()


@dataclass(frozen=True, repr=False, eq=False)
class ReadReport:
    """A report as read, its footnotes made only as they are asked for (each made again if asked for again):
    `extract` of a long report makes each footnote where it writes it, half of them in a forked process.
    `whole()` is the `Report`, every footnote made."""

    path: str
    format: ReportFormat
    sha256: str
    footnotes: Sequence[Footnote]
    findings: tuple[Finding, ...]

    def whole(self) -> Report:
        return Report(
            path=self.path,
            format=self.format,
            sha256=self.sha256,
            footnotes=tuple(self.footnotes),
            findings=self.findings,
        )


def read_report_lazily(
    path: Path, from_format: str | None = None, max_bytes: int = DEFAULT_MAX_REPORT_BYTES
) -> ReadReport:
    """`read_report`, the footnotes made as they are asked for."""
    data = read_input(path, "report", max_bytes=max_bytes, limit_option="--max-report-bytes")
    return _read(data, str(path), from_format)


def _read(data: bytes, path: str, from_format: str | None) -> ReadReport:
    _refuse_unread_formats(data, path)
    reader = reader_for(Path(path).name, data, from_format)
    try:
        result = reader.read(data, path)
    except ReportTooLong as error:
        raise ReaderError(f"{path}: {error}") from None
    findings = result.findings
    said = any(finding.code == MARKERS_WITHOUT_NOTES for finding in findings)  # by the reader itself
    if not result.footnotes and reader not in _BINARY_READERS and not said:
        # No notes found, but text that cites: a style we do not read must not pass as "nothing to verify".
        text = sniff_text(data)
        cites = markers_without_notes(reader.prose(text))
        if cites is None and reader is not HTML:  # the HTML reader looks at its own headings and links
            # The text as written: Markdown's prose blanks a `***` rule.
            cites = sources_without_notes(text) or links_without_notes(reader.prose(text))
        findings = (*findings, cites) if cites else findings
    elif result.footnotes and reader in (PLAIN_TEXT, MARKDOWN):
        # A text report's notes open on the lines they are read on, so its paragraphs under the heading that
        # open on none are entries too; a Markdown note goes on in paragraphs set in or not (bullets only).
        lines = note_lines(result.footnotes) if reader is PLAIN_TEXT else None
        beside = sources_beside_notes(sniff_text(data), lines)
        findings = (*findings, beside) if beside else findings
    return ReadReport(path, reader.format, sha256_hex(data), result.footnotes, findings)
