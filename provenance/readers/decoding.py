"""Report bytes to text: the encodings a report may come in, and one line-end convention.

Text reports are read in UTF-8 (with or without a byte order mark), UTF-16 and UTF-32 (with a byte order
mark, or recognised by where their NUL bytes fall). Anything else is refused with a message saying so:
a legacy 8-bit file (Latin-1, Windows-1252, KOI8-R) cannot be told apart from the others with certainty,
and a misread quote would be checked against the wrong words, so the user is asked to save it as UTF-8.
An HTML report is the exception where it says what it is: one that is not UTF-8 is read in the legacy
encoding its `<meta charset>` (or `http-equiv=Content-Type`) declares, as a browser reads it; Word's "Save
as Web Page" writes `charset=windows-1252` on a Western Windows system.
"""

from __future__ import annotations

import re

from provenance.errors import InputError
from provenance.readers.interface import ReaderError

SUPPORTED_FORMATS = "plain text, Markdown, HTML, DOCX, ODT and PDF"

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
# Binary formats a file named `.md` or `.txt` may turn out to be, by their first bytes: their NULs can fall
# where UTF-16's or UTF-32's would (an ELF's zero padding), so they are told by their signature first.
_BINARY_SIGNATURES = (
    b"\x7fELF",  # an executable or shared library
    b"\x89PNG\r\n\x1a\n",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",  # JPEG
    b"\x1f\x8b",  # gzip
    b"MZ",  # a Windows executable
    b"\xcf\xfa\xed\xfe",  # a Mach-O executable
)


def text_encoding(data: bytes) -> str | None:
    """The Unicode encoding of `data` by its byte order mark or its NUL pattern; None when it has NULs
    that fit no Unicode encoding or a binary format's signature. UTF-8 is the answer for everything else
    without NULs."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return encoding
    if b"\x00" not in data:
        return "utf-8"
    if data.startswith(_BINARY_SIGNATURES):
        return None
    sample = data[:_SAMPLE_BYTES]
    if not sample.strip(b"\x00"):  # NULs only (a sparse or zeroed file): no text in any encoding
        return None
    for encoding, width, zero_positions in (
        ("utf-32-le", 4, (2, 3)),
        ("utf-32-be", 4, (0, 1)),
        ("utf-16-le", 2, (1,)),
        ("utf-16-be", 2, (0,)),
    ):
        if len(data) % width == 0 and all(_mostly_zero(sample[at::width]) for at in zero_positions):
            return encoding
    return None


# A browser looks for the declaration in the first 1024 bytes (the HTML standard's prescan).
_PRESCAN_BYTES = 1024
_DECLARED_CHARSET = re.compile(rb"<meta\b[^>]*?charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]{1,40})", re.IGNORECASE)
# The legacy encodings the HTML standard names (by their labels), as Python's codecs call them. ISO-8859-1
# and ASCII are read as windows-1252, as browsers read them.
_LEGACY_ENCODINGS = {
    **dict.fromkeys(
        ("windows-1252", "cp1252", "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii"), "cp1252"
    ),
    **{f"windows-{page}": f"cp{page}" for page in range(1250, 1259)},
    **{f"cp{page}": f"cp{page}" for page in range(1250, 1259)},
    **{f"iso-8859-{part}": f"iso8859-{part}" for part in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)},
    "windows-874": "cp874",
    "koi8-r": "koi8-r",
    "koi8-u": "koi8-u",
    "macintosh": "mac-roman",
    "shift_jis": "shift_jis",
    "euc-jp": "euc-jp",
    "iso-2022-jp": "iso2022-jp",
    "euc-kr": "euc-kr",
    "gbk": "gbk",
    "gb2312": "gbk",
    "gb18030": "gb18030",
    "big5": "big5hkscs",
}


def declared_html_encoding(data: bytes) -> str | None:
    """The legacy encoding (a Python codec name) an HTML report declares in its first 1024 bytes, or None
    when it declares none, or one this reader does not read (UTF-8 included: that is read anyway)."""
    declared = _DECLARED_CHARSET.search(data[:_PRESCAN_BYTES])
    if declared is None:
        return None
    return _LEGACY_ENCODINGS.get(declared.group(1).decode("ascii").lower())


def _mostly_zero(units: bytes) -> bool:
    return bool(units) and units.count(0) >= _ZERO_SHARE * len(units)


def sniff_text(data: bytes) -> str:
    """Enough of the text to recognise a format by; the reader itself reports decoding errors."""
    encoding = text_encoding(data) or "utf-8"
    return data.decode(encoding, errors="replace").removeprefix("\ufeff")


def decode_text(data: bytes, name: str, declared: str | None = None) -> str:
    """The report's text with LF line ends; `name` is used in error messages. `declared` is the legacy
    encoding the report says it is in (an HTML report's `<meta charset>`), read when it is not UTF-8."""
    encoding = text_encoding(data)
    if encoding is None:
        raise InputError(_binary_file(name))
    if encoding == "utf-8":
        try:
            text = data.removeprefix(_UTF8_BOM).decode("utf-8")
        except UnicodeDecodeError as error:
            if declared is not None and not data.startswith(_UTF8_BOM):
                return _decode_declared(data, name, declared)
            offset = error.start + (len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0)
            raise ReaderError(
                f"{name}: not UTF-8 text (byte 0x{data[offset]:02x} {_where(data, offset)}); "
                "save it as UTF-8 (text is read in UTF-8, UTF-16 or UTF-32)"
            ) from None
    else:
        try:
            text = data.decode(encoding).removeprefix("\ufeff")
        except UnicodeDecodeError:
            if not data.startswith(tuple(bom for bom, _ in _BOMS)):  # its NULs only looked like text's
                raise InputError(_binary_file(name)) from None
            kind = encoding.upper().removesuffix("-LE").removesuffix("-BE")
            raise ReaderError(f"{name}: not {kind} text despite its byte order or NUL bytes") from None
    return _with_lf_line_ends(text)


def _binary_file(name: str) -> str:
    return f"{name}: binary file, not a report (reports are read from {SUPPORTED_FORMATS})"


def _decode_declared(data: bytes, name: str, declared: str) -> str:
    try:
        return _with_lf_line_ends(data.decode(declared))
    except UnicodeDecodeError as error:
        raise ReaderError(
            f"{name}: not UTF-8 text, nor the {declared} its <meta charset> declares (byte "
            f"0x{data[error.start]:02x} {_where(data, error.start)}); save it as UTF-8"
        ) from None


def _where(data: bytes, offset: int) -> str:
    """Where the byte at `offset` stands as an editor shows it: its line (LF, CR LF or CR ends) and column (in
    characters: every byte before it that opens its line is read as UTF-8), and the offset itself."""
    start = max(data.rfind(b"\n", 0, offset), data.rfind(b"\r", 0, offset)) + 1
    line = data.count(b"\n", 0, offset) + data.count(b"\r", 0, offset) - data.count(b"\r\n", 0, offset) + 1
    before = data[start:offset].removeprefix(_UTF8_BOM) if start == 0 else data[start:offset]
    column = len(before.decode("utf-8", errors="replace")) + 1
    return f"at line {line}, column {column}; offset {offset}"


def _with_lf_line_ends(text: str) -> str:
    # U+FFFF is what readers put where a marker stood (assembly.MARK): in a report it is a replacement char.
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\uffff", "\ufffd")
