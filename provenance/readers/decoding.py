"""Report bytes to text: the encodings a report may come in, and one line-end convention."""

from __future__ import annotations

from provenance.errors import InputError
from provenance.readers.interface import ReaderError

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def decode_text(data: bytes, name: str) -> str:
    """The report's text with LF line ends; `name` is used in error messages."""
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReaderError(f"{name}: not UTF-16 text despite its byte order mark") from None
    else:
        if b"\x00" in data:
            raise InputError(f"{name}: binary file, not a report")
        try:
            text = data.removeprefix(_UTF8_BOM).decode("utf-8")
        except UnicodeDecodeError as error:
            offset = error.start + (len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0)
            raise ReaderError(
                f"{name}: not UTF-8 text (byte 0x{data[offset]:02x} at offset {offset})"
            ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")
