"""What reading an untrusted ZIP can raise: one list for every reader of a zip a user or a bundle hands us.

A zip's directory and its members are written by whoever made the file, and `zipfile` names what it finds
wrong with them in exceptions of many families. None of them is a bug of ours: each is a one-line refusal
(a report that cannot be read) or a finding (a bundle entry that cannot be read).
"""

from __future__ import annotations

import lzma
import zipfile
import zlib

# Opening the zip: a directory that is not one (`BadZipFile`; `ValueError` for a negative offset or a name
# flagged UTF-8 that is not), or that asks for a later version of the format (`NotImplementedError`).
ZIP_OPEN_ERRORS: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    NotImplementedError,
    ValueError,
    OSError,
    EOFError,
)
# Opening and reading one member, beyond those: a bad local header, CRC or offset (`BadZipFile`,
# `ValueError`), a method or flag `zipfile` does not support (`NotImplementedError`), encryption
# (`RuntimeError`, "password required": readers check the flag first to say so plainly), data that does not
# decompress (`zlib.error`, `lzma.LZMAError`; bz2 raises `OSError`) or that stops short (`EOFError`).
ZIP_MEMBER_ERRORS: tuple[type[Exception], ...] = (
    *ZIP_OPEN_ERRORS,
    zipfile.LargeZipFile,
    RuntimeError,
    zlib.error,
    lzma.LZMAError,
)
_ENCRYPTED = 0x1  # bit 0 of a member's general purpose flags (APPNOTE 4.4.4)


def is_encrypted(info: zipfile.ZipInfo) -> bool:
    """The member is encrypted: `zipfile` would ask for a password (the flag of the central directory)."""
    return bool(info.flag_bits & _ENCRYPTED)
