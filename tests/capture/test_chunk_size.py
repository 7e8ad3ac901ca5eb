"""A chunk size line read as RFC 9112 writes it (`pinning.chunk_size`), not as Python's int() reads hex."""

from __future__ import annotations

import pytest

from provenance.capture.pinning import chunk_size


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
