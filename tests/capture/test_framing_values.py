"""Framing values read as RFC 9112 writes them, not as Python's int() reads numbers: a chunk size line
(`pinning.chunk_size`) and a Content-Length (`pinning.made_up_length`)."""

from __future__ import annotations

import pytest

from provenance.capture.pinning import chunk_size, made_up_length


@pytest.mark.parametrize(
    ("line", "size"),
    [
        (b"5\r\n", 5),
        (b"1aF\r\n", 0x1AF),
        (b"0005\r\n", 5),
        (b"5;name=value\r\n", 5),
        (b"5 ; name\r\n", 5),
        (b" 5 \r\n", 5),
        (b"5\n", 5),
        (b"0\r\n", 0),
    ],
)
def test_a_size_in_hex_digits_is_read(line: bytes, size: int) -> None:
    assert chunk_size(line) == size


@pytest.mark.parametrize(
    "line", [b"0x5\r\n", b"+5\r\n", b"-5\r\n", b"5_0\r\n", b"5 5\r\n", b"\r\n", b";ext\r\n", b"g\r\n", b""]
)
def test_a_line_that_is_not_hex_digits_gives_no_size(line: bytes) -> None:
    assert chunk_size(line) is None


@pytest.mark.parametrize("value", ["+5", "-5", "1_0", "5, +5", " +5 "])
def test_a_content_length_int_reads_though_it_is_not_digits_is_made_up(value: str) -> None:
    assert made_up_length(value)


@pytest.mark.parametrize("value", ["5", "0005", " 5\t", "5, 5", "0x5", "", "abc", "\u00b2"])
def test_digits_and_values_that_are_no_number_are_not_made_up(value: str) -> None:
    assert not made_up_length(value)
