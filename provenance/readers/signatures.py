"""What a report file is by its first bytes, told without loading the reader of its format."""

from __future__ import annotations

_PDF_HEADER = b"%PDF-"
# Acrobat and pdf.js look for the header in the first 1,024 bytes (pdfminer does not look at all: it reads
# from the cross-reference table at the end), so a PDF may start with some junk.
_PDF_HEADER_WINDOW = 1024


def is_docx(data: bytes) -> bool:
    """A zip whose entries include Word's main document part (whatever the file is called)."""
    return data.startswith(b"PK\x03\x04") and b"word/document.xml" in data


def has_pdf_header(data: bytes) -> bool:
    """A `%PDF-` header in the first 1,024 bytes, after whatever junk: what the PDF reader requires."""
    return _PDF_HEADER in data[:_PDF_HEADER_WINDOW]


def is_pdf(data: bytes) -> bool:
    """Whether the bytes say for sure that the file is a PDF, whatever it is called: a `%PDF-` header at the
    start, or in the first 1,024 bytes after junk that is not text. A Markdown or text report that mentions
    `%PDF-1.7` near its top is the text it is: before the header stands readable text."""
    at = data[:_PDF_HEADER_WINDOW].find(_PDF_HEADER)
    return at >= 0 and not _is_written_text(data[:at])


def _is_written_text(prefix: bytes) -> bool:
    """UTF-8 text of printable characters with at least one that is not a space (a BOM aside)."""
    try:
        text = prefix.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError:
        return False
    return bool(text.strip()) and all(char.isprintable() or char.isspace() for char in text)
