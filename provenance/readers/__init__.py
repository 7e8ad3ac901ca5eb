"""Report readers, one per input format, and `read_report`, the edge where a report file is opened."""

from __future__ import annotations

import re
from pathlib import Path

from provenance.files import read_input
from provenance.hashing import sha256_hex
from provenance.models import Report
from provenance.readers.decoding import sniff_text
from provenance.readers.html import HtmlReader
from provenance.readers.interface import ReportReader
from provenance.readers.markdown import MarkdownReader
from provenance.readers.plaintext import PlainTextReader

__all__ = ["READERS", "read_report", "read_report_bytes", "reader_for"]

PLAIN_TEXT = PlainTextReader()
READERS: tuple[ReportReader, ...] = (PLAIN_TEXT, MarkdownReader(), HtmlReader())

_SNIFF_BYTES = 8192
_LOOKS_LIKE_HTML = re.compile(r"^\s*<(?:!doctype\s+html|html)\b|<(?:body|p)\b[^>]*>", re.IGNORECASE)
_LOOKS_LIKE_MARKDOWN = re.compile(r"^ {0,3}\[\^[^\]\s]+\]:", re.MULTILINE)


def reader_for(name: str, data: bytes) -> ReportReader:
    """The reader for a file: by its suffix, else by a look at its content; plain text is the fallback.

    A `.txt` file with Markdown footnote definitions is a Markdown draft saved as text, and only the Markdown
    reader understands its notes.
    """
    suffix = Path(name).suffix.lower()
    by_suffix = next((reader for reader in READERS if suffix in reader.suffixes), None)
    if by_suffix is not None and by_suffix is not PLAIN_TEXT:
        return by_suffix
    if by_suffix is None and _LOOKS_LIKE_HTML.search(sniff_text(data[:_SNIFF_BYTES])):
        return _reader_of_type(HtmlReader)
    # Footnote definitions sit at the end of a Markdown file, so all of it is searched.
    if _LOOKS_LIKE_MARKDOWN.search(sniff_text(data)):
        return _reader_of_type(MarkdownReader)
    return PLAIN_TEXT


def read_report(path: Path) -> Report:
    """Read a report file; every way the file can be unusable is an `InputError` naming the path."""
    return read_report_bytes(read_input(path, "report file"), str(path))


def read_report_bytes(data: bytes, path: str) -> Report:
    """Read a report's bytes; `path` names it in messages and chooses the reader by its suffix."""
    reader = reader_for(Path(path).name, data)
    result = reader.read(data, path)
    return Report(
        path=path,
        format=reader.format,
        sha256=sha256_hex(data),
        footnotes=result.footnotes,
        findings=result.findings,
    )


def _reader_of_type(kind: type[ReportReader]) -> ReportReader:
    return next(reader for reader in READERS if isinstance(reader, kind))
