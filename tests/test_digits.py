"""Numbers read from outside: ASCII digits only, and no more of them than any real number here has."""

from __future__ import annotations

import pytest

from provenance.digits import MAX_DIGITS, ascii_int, is_ascii_number, roman_numeral


@pytest.mark.parametrize(
    ("text", "digits", "number"),
    [
        ("0", True, 0),
        ("443", True, 443),
        ("1484307299693617999", True, 1484307299693617999),  # an X post id: 19 digits
        ("9" * MAX_DIGITS, True, int("9" * MAX_DIGITS)),
        ("9" * (MAX_DIGITS + 1), True, None),
        ("9" * 5000, True, None),  # int() stops with an error past 4,300 digits
        ("", False, None),
        (" 443", False, None),
        ("+443", False, None),
        ("4_43", False, None),
        ("\u00b2", False, None),  # `²`: str.isdigit says yes, int() refuses it
        ("\u0664\u0664\u0663", False, None),  # Arabic-Indic 443: int() reads it, no protocol writes it
    ],
)
def test_only_ascii_digits_up_to_the_most_any_number_here_has_are_read(
    text: str, digits: bool, number: int | None
) -> None:
    assert is_ascii_number(text) is digits
    assert ascii_int(text) == number


def test_a_note_number_is_written_in_the_roman_numerals_word_and_typed_reports_show() -> None:
    # One writer for the DOCX, PDF and plain-text readers, which label endnotes `i`, `iv`, `xl` as shown.
    assert [roman_numeral(n) for n in (1, 4, 9, 14, 40, 90, 399, 1994)] == [
        "I", "IV", "IX", "XIV", "XL", "XC", "CCCXCIX", "MCMXCIV",
    ]  # fmt: skip
