"""Text from evidence made safe to print: every character that is not printable is shown as an escape.

A damaged or forged WARC or ledger can hold terminal control sequences (ESC), bidirectional overrides or line
breaks; printed raw they repaint a terminal, reorder a line or forge a second one. `\\xNN`, `\\uNNNN` and
`\\UNNNNNNNN` show such a character instead, as Python's `repr` would; ordinary text is left alone.
"""

from __future__ import annotations


def _escape(character: str) -> str:
    code = ord(character)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def escape_unprintable(text: str) -> str:
    """`text` with each character `str.isprintable` refuses (controls, format characters, line and paragraph
    separators, surrogates, unassigned code points) replaced by its escape; the space is kept."""
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else _escape(c) for c in text)
