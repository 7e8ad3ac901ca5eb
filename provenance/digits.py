"""Numbers read from text that comes from outside (URLs, headers, pages, options): ASCII digits only."""

from __future__ import annotations


def is_ascii_number(text: str) -> bool:
    """Whether `text` is one or more ASCII digits.

    `str.isdigit` alone also takes `²`, which int() refuses (a crafted header or page then stopped the run),
    and `٣`, which int() reads as 3 though no protocol or platform writes an id or a length so."""
    return text.isascii() and text.isdigit()
