"""Decoding report bytes, and the quoted passages and bare URLs found in the decoded text."""

from __future__ import annotations

import pytest

from provenance.errors import InputError
from provenance.quotes import find_quotes
from provenance.readers.decoding import declared_html_encoding, decode_text
from provenance.readers.interface import ReaderError
from provenance.urls import find_urls


@pytest.mark.parametrize(
    "data",
    [
        "“Quote” line\r\nnext\rlast\n".encode(),
        b"\xef\xbb\xbf" + "“Quote” line\nnext\nlast\n".encode(),
        "“Quote” line\r\nnext\nlast\n".encode("utf-16"),
        "“Quote” line\nnext\nlast\n".encode("utf-16-be").join([b"\xfe\xff", b""]),
        "“Quote” line\r\nnext\nlast\n".encode("utf-32"),
        "“Quote” line\r\nnext\nlast\n".encode("utf-32-be").join([b"\x00\x00\xfe\xff", b""]),
        "“Quote” line\r\nnext\nlast\n".encode("utf-32-le"),
        "“Quote” line\r\nnext\nlast\n".encode("utf-16-be"),
    ],
    ids=[
        "utf8-mixed-line-ends",
        "utf8-bom",
        "utf16-le-bom",
        "utf16-be-bom",
        "utf32-le-bom",
        "utf32-be-bom",
        "utf32-le-without-bom",
        "utf16-be-without-bom",
    ],
)
def test_decoding_gives_the_same_text_with_lf_line_ends(data: bytes) -> None:
    assert decode_text(data, "r.txt") == "“Quote” line\nnext\nlast\n"


def test_nul_byte_without_utf16_bom_is_a_binary_file() -> None:
    message = (
        r"^r\.bin: binary file, not a report "
        r"\(reports are read from plain text, Markdown, HTML, DOCX, ODT and PDF\)$"
    )
    with pytest.raises(InputError, match=message) as raised:
        decode_text(b"PK\x03\x04\x00\x00", "r.bin")
    assert not isinstance(raised.value, ReaderError)


@pytest.mark.parametrize(
    "data",
    [
        b"\x7fELF\x02\x01\x01" + bytes(4089),  # an executable's zero padding falls where UTF-32's NULs would
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR" + bytes(4000),
        b"\x01\x00\x00\xff" + bytes(4092),  # no known signature; its NULs only look like UTF-32's
    ],
    ids=["elf", "png", "unknown-binary-with-utf32-like-nuls"],
)
def test_a_binary_file_named_like_a_report_is_a_binary_file_not_misread_unicode(data: bytes) -> None:
    with pytest.raises(InputError, match=r"^r\.md: binary file, not a report \(") as raised:
        decode_text(data, "r.md")
    assert not isinstance(raised.value, ReaderError)


def test_text_with_a_utf32_byte_order_mark_that_does_not_decode_is_named_as_bad_utf32() -> None:
    with pytest.raises(ReaderError, match="not UTF-32 text despite its byte order"):
        decode_text(b"\xff\xfe\x00\x00\xff\xff\xff\xff", "r.txt")


def test_latin1_text_is_refused_naming_the_first_bad_byte_and_asking_for_utf8() -> None:
    # Decided (issue 5): a legacy 8-bit file is not guessed at, since a misread quote would be checked
    # against the wrong words; the message says what to do and which encodings are read.
    expected = (
        r"^r\.txt: not UTF-8 text \(byte 0xe9 at line 1, column 4; offset 3\); save it as UTF-8 "
        r"\(text is read in UTF-8, UTF-16 or UTF-32\)$"
    )
    with pytest.raises(ReaderError, match=expected):
        decode_text("Café, January 21, 2022.".encode("latin-1"), "r.txt")


def test_offset_of_an_undecodable_byte_counts_the_utf8_bom_and_its_column_does_not() -> None:
    with pytest.raises(ReaderError, match=r"byte 0xff at line 1, column 2; offset 4\)"):
        decode_text(b"\xef\xbb\xbfa\xff", "r.txt")


def test_an_undecodable_byte_is_placed_by_line_and_column_as_an_editor_shows_it() -> None:
    # Only an offset was given: a user opening the report in an editor had to count bytes to find it.
    # Lines end in LF, CR LF or CR; the column counts characters (`é` is two bytes, one column).
    for data, line, column in (
        (b"One.\nTwo caf\xc3\xa9 \xe9", 2, 10),
        (b"One.\r\nTwo.\r\n\xe9", 3, 1),
        (b"One.\rTwo \xe9", 2, 5),
    ):
        with pytest.raises(ReaderError, match=rf"byte 0xe9 at line {line}, column {column}; offset"):
            decode_text(data, "r.txt")


def test_quotes_in_every_supported_style_in_order() -> None:
    text = 'He said “would not stop”, then "a defeat", «jamais», „nie wieder“ and “ ”.'
    assert find_quotes(text) == ("would not stop", "a defeat", "jamais", "nie wieder")


def test_inch_marks_are_not_quotes() -> None:
    assert find_quotes('A 12" screen and a 15" laptop, then "the real quote".') == ("the real quote",)


def test_quote_ending_in_a_digit_is_still_a_quote() -> None:
    assert find_quotes('He wrote "it was 1999" twice.') == ("it was 1999",)


def test_urls_lose_trailing_sentence_punctuation_but_keep_balanced_brackets() -> None:
    text = (
        "See https://en.wikipedia.org/wiki/WARC_(file_format). Also (https://t.me/rybar/1), "
        '"https://x.com/a/status/2"; https://example.org/q?a=1&b=2! and https://t.me/rybar/1 again.'
    )
    assert find_urls(text) == (
        "https://en.wikipedia.org/wiki/WARC_(file_format)",
        "https://t.me/rybar/1",
        "https://x.com/a/status/2",
        "https://example.org/q?a=1&b=2",
    )


def test_url_before_an_ellipsis_loses_it() -> None:
    assert find_urls("The channel kept posting (https://t.me/rybar/1…) and https://t.me/rybar/2…") == (
        "https://t.me/rybar/1",
        "https://t.me/rybar/2",
    )


def test_text_without_urls_or_with_a_bare_scheme_has_none() -> None:
    assert find_urls("ftp://example.org and https:// and mailto:a@b.c") == ()


_WORD_HEAD = b'<html><head><meta http-equiv=Content-Type content="text/html; charset=windows-1252"></head>'


@pytest.mark.parametrize(
    ("head", "encoding"),
    [
        (_WORD_HEAD, "cp1252"),
        (b"<meta charset='ISO-8859-1'>", "cp1252"),  # read as windows-1252, as browsers read it
        (b'<META CHARSET="KOI8-R">', "koi8-r"),
        (b"<meta charset=utf-8>", None),  # UTF-8 is read anyway: bytes that are not are refused
        (b"<meta charset=utf-7>", None),  # not an encoding of the HTML standard
        (b"<p>charset=windows-1252</p>", None),  # words in the text declare nothing
        (b" " * 1024 + b"<meta charset=windows-1252>", None),  # past the first 1024 bytes, as in a browser
    ],
)
def test_an_html_report_s_declared_encoding_is_the_one_its_meta_names(
    head: bytes, encoding: str | None
) -> None:
    assert declared_html_encoding(head + b"<p>x</p>") == encoding


def test_a_report_not_in_the_encoding_it_declares_is_refused_in_one_line() -> None:
    # 0x81 is no character of windows-1252.
    data = _WORD_HEAD + b"<p>caf\xe9 \x81</p>"
    expected = (
        r"^r\.htm: not UTF-8 text, nor the cp1252 its <meta charset> declares \(byte 0x81 at line 1, column "
        r"100; offset 99\); "
        r"save it as UTF-8$"
    )
    with pytest.raises(ReaderError, match=expected):
        decode_text(data, "r.htm", declared_html_encoding(data))
    assert decode_text(_WORD_HEAD + b"<p>caf\xe9</p>", "r.htm", "cp1252").endswith("<p>caf\u00e9</p>")
