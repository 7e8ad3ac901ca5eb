"""Numbers read from text that comes from outside (URLs, headers, pages, options): ASCII digits only; and the
roman numerals reports label notes with."""

from __future__ import annotations

# More digits than any port, length, count or post id read here; int() refuses over 4,300 with an error.
MAX_DIGITS = 20


def is_ascii_number(text: str) -> bool:
    """Whether `text` is one or more ASCII digits.

    `str.isdigit` alone also takes `²`, which int() refuses (a crafted header or page then stopped the run),
    and `٣`, which int() reads as 3 though no protocol or platform writes an id or a length so."""
    return text.isascii() and text.isdigit()


def ascii_int(text: str) -> int | None:
    """`text` as a whole number when it is 1 to `MAX_DIGITS` ASCII digits; None otherwise."""
    return int(text) if len(text) <= MAX_DIGITS and is_ascii_number(text) else None


_ROMAN_PLACES = (
    *((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L")),
    *((40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")),
)


def roman_numeral(number: int) -> str:
    """`number` (1 or more) in upper-case roman numerals, as Word, Writer and typed reports number notes."""
    numeral = []
    for value, letters in _ROMAN_PLACES:
        count, number = divmod(number, value)
        numeral.append(letters * count)
    return "".join(numeral)
