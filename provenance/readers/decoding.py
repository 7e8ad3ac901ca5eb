"""Report bytes to text: the encodings a report may come in, and one line-end convention.

Text reports are read in UTF-8 (with or without a byte order mark), UTF-16 and UTF-32 (with a byte order
mark, or recognised by where their NUL bytes fall). Anything else is refused with a message saying so:
a legacy 8-bit file (Latin-1, Windows-1252, KOI8-R) cannot be told apart from the others with certainty,
and a misread quote would be checked against the wrong words, so the user is asked to save it as UTF-8.
"""

from __future__ import annotations

from provenance.errors import InputError
from provenance.readers.interface import ReaderError

SUPPORTED_FORMATS = "plain text, Markdown, HTML, DOCX and PDF"

_UTF8_BOM = b"\xef\xbb\xbf"
# UTF-32's little-endian mark starts with UTF-16's, so the longer marks are tried first.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)
_SAMPLE_BYTES = 4096
# In UTF-16 or UTF-32 text of any script, most code units have zero high bytes; a binary file's NULs
# follow no such pattern.
_ZERO_SHARE = 0.9


def text_encoding(data: bytes) -> str | None:
    """The Unicode encoding of `data` by its byte order mark or its NUL pattern; None when it has NULs
    that fit no Unicode encoding (a binary file). UTF-8 is the answer for everything without NULs."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    if b"\x00" not in data:
        return "utf-8"
    sample = data[:_SAMPLE_BYTES]
    for encoding, width, zero_positions in (
        ("utf-32-le", 4, (2, 3)),
        ("utf-32-be", 4, (0, 1)),
        ("utf-16-le", 2, (1,)),
        ("utf-16-be", 2, (0,)),
    ):
        if len(data) % width == 0 and all(_mostly_zero(sample[at::width]) for at in zero_positions):
            return encoding
    return None


def _mostly_zero(units: bytes) -> bool:
    return bool(units) and units.count(0) >= _ZERO_SHARE * len(units)


def sniff_text(data: bytes) -> str:
    """Enough of the text to recognise a format by; the reader itself reports decoding errors."""
    encoding = text_encoding(data) or "utf-8"
    return data.decode(encoding, errors="replace").removeprefix("\ufeff")


def decode_text(data: bytes, name: str) -> str:
    """The report's text with LF line ends; `name` is used in error messages."""
    encoding = text_encoding(data)
    if encoding is None:
        raise InputError(f"{name}: binary file, not a report (reports are read from {SUPPORTED_FORMATS})")
    if encoding == "utf-8":
        try:
            text = data.removeprefix(_UTF8_BOM).decode("utf-8")
        except UnicodeDecodeError as error:
            offset = error.start + (len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0)
            raise ReaderError(
                f"{name}: not UTF-8 text (byte 0x{data[offset]:02x} at offset {offset}); "
                "save it as UTF-8 (text is read in UTF-8, UTF-16 or UTF-32)"
            ) from None
    else:
        try:
            text = data.decode(encoding).removeprefix("\ufeff")
        except UnicodeDecodeError:
            kind = encoding.upper().removesuffix("-LE").removesuffix("-BE")
            raise ReaderError(f"{name}: not {kind} text despite its byte order or NUL bytes") from None
    # U+FFFF is what readers put where a marker stood (assembly.MARK): in a report it is a replacement char.
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\uffff", "\ufffd")
