"""What a report file is by its first bytes, told without loading the reader of its format."""

from __future__ import annotations


def is_docx(data: bytes) -> bool:
    """A zip whose entries include Word's main document part (whatever the file is called)."""
    return data.startswith(b"PK\x03\x04") and b"word/document.xml" in data


def is_pdf(data: bytes) -> bool:
    return b"%PDF-" in data[:1024]
