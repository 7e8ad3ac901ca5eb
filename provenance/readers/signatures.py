"""What a report file is by its first bytes, told without loading the reader of its format."""

from __future__ import annotations

import re
import struct

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


# An OpenDocument package stores its type first, uncompressed, as the entry `mimetype` (ODF 1.2 part 3,
# 3.3): what the file is, whatever it is called.
_LOCAL_HEADER = struct.Struct("<4s4xH8xL4x2H")  # signature, method, compressed size, name and extra lengths
_OPEN_DOCUMENT_TYPE = re.compile(rb"application/vnd\.oasis\.opendocument\.[a-z-]{1,40}")
ODT_MIMETYPES = frozenset(
    {"application/vnd.oasis.opendocument.text", "application/vnd.oasis.opendocument.text-template"}
)
# The OpenDocument files that are not text documents, by their type's last word: none holds a report's notes.
_NOT_TEXT = {
    "spreadsheet": "spreadsheet (.ods)",
    "presentation": "presentation (.odp)",
    "graphics": "drawing (.odg)",
    "text-master": "master document (.odm), whose chapters are files of their own",
    "formula": "formula (.odf)",
    "chart": "chart (.odc)",
    "database": "database (.odb)",
    "image": "image (.odi)",
}


# A flat OpenDocument file (`.fodt`, `.fods`) states its type on its root element, which it starts with
# (after an XML declaration): a text that only mentions one further on is the text it is.
_FLAT_DOCUMENT = re.compile(
    rb"(?:\xef\xbb\xbf)?\s{0,100}(?:<\?xml[^>]{0,200}\?>\s{0,100})?<office:document\b[^>]{0,8192}?"
    rb"\boffice:mimetype=\"(application/vnd\.oasis\.opendocument\.[a-z-]{1,40})\""
)
_FLAT_WINDOW = 16384


def open_document_type(data: bytes) -> str | None:
    """The type an OpenDocument package states in its first entry (`application/vnd.oasis.opendocument.text`),
    or a flat one on its root element; None for a file that is not one."""
    if not data.startswith(b"PK"):
        flat = _FLAT_DOCUMENT.match(data, 0, _FLAT_WINDOW)
        return flat[1].decode("ascii") if flat else None
    if len(data) < _LOCAL_HEADER.size:
        return None
    signature, method, size, name_length, extra_length = _LOCAL_HEADER.unpack_from(data)
    end = _LOCAL_HEADER.size + name_length
    if signature != b"PK\x03\x04" or method != 0 or data[_LOCAL_HEADER.size : end] != b"mimetype":
        return None
    start = end + extra_length
    match = _OPEN_DOCUMENT_TYPE.match(data, start, start + 100)
    if match is None or (size and size != len(match[0])):
        return None
    return match[0].decode("ascii")


def is_odt(data: bytes) -> bool:
    """An OpenDocument text document (or its template, or its flat form), by the type it states."""
    return open_document_type(data) in ODT_MIMETYPES


def not_a_text_document(mimetype: str) -> str | None:
    """What an OpenDocument file of this type is when it is no text document (a spreadsheet), said in a few
    words; None for a text document."""
    if mimetype in ODT_MIMETYPES:
        return None
    kind = mimetype.removeprefix("application/vnd.oasis.opendocument.").removesuffix("-template")
    return f"an OpenDocument {_NOT_TEXT.get(kind, f'file of type {mimetype}')}, not a text document"
