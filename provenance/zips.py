"""What reading an untrusted ZIP can raise: one list for every reader of a zip a user or a bundle hands us.

A zip's directory and its members are written by whoever made the file, and `zipfile` names what it finds
wrong with them in exceptions of many families. None of them is a bug of ours: each is a one-line refusal
(a report that cannot be read) or a finding (a bundle entry that cannot be read).
"""

from __future__ import annotations

import lzma
import struct
import zipfile
import zlib
from typing import BinaryIO

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


# A member that inflates more than this many times is taken for a zip bomb: text, XML and WARCs compress well
# under it (a Word document's parts at 3 to 35 times), a run of one byte over 1,000 times.
MAX_INFLATION = 200
_INFLATION_FROM_BYTES = 1 << 20  # a small member may compress oddly; only a large one can be a bomb


def inflation_over(info: zipfile.ZipInfo, limit: int = MAX_INFLATION) -> str | None:
    """What is wrong when the member, as its directory entry states it, inflates more than `limit` times (a
    zip bomb), said before a byte of it is inflated; None for a member under it or under a megabyte."""
    if info.file_size < _INFLATION_FROM_BYTES:
        return None
    if info.compress_size == 0 or info.file_size / info.compress_size > limit:
        inflated = f"{info.compress_size} bytes that inflate to {info.file_size}"
        return f"{inflated}: over {limit} times (a zip bomb?)"
    return None


# The end of central directory record (APPNOTE 4.3.16), the ZIP64 locator (4.3.15) before it and the ZIP64 end
# record (4.3.14) the locator points at, and a central directory header (4.3.12): only the fields read here.
_END = struct.Struct("<4s4H2LH")
_END_SIGNATURE = b"PK\x05\x06"
_MAX_COMMENT = 0xFFFF
_LOCATOR = struct.Struct("<4sLQL")
_LOCATOR_SIGNATURE = b"PK\x06\x07"
_END64 = struct.Struct("<4sQ2H2L4Q")
_END64_SIGNATURE = b"PK\x06\x06"
_CENTRAL = struct.Struct("<4s24x3H12x")
_CENTRAL_SIGNATURE = b"PK\x01\x02"


def entries_over(stream: BinaryIO, limit: int) -> int | None:
    """How many entries a ZIP holds when that is over `limit`, read before `zipfile` reads (and keeps) its
    whole central directory: None when it holds `limit` or fewer, or when its directory cannot be found
    (`zipfile` then says what is wrong with it).

    The count its end record states (or its ZIP64 end record) is taken first: a million empty entries (86 MB)
    took `zipfile` 563 MB and 10 s before they could be counted. The directory it says it has is then walked,
    header by header, as far as `limit` entries and one more: `zipfile` reads entries until the directory's
    stated size is used up, whatever count the end record states, so a record that understates it is caught
    too (as "more than `limit`": `limit + 1`). Bounded: one read of the end, then `limit + 1` header reads.
    """
    found = _directory(stream)
    if found is None:
        return None
    count, start, size = found
    if count > limit:
        return count
    stream.seek(start)
    entries = used = 0
    while used < size:
        header = stream.read(_CENTRAL.size)
        if len(header) < _CENTRAL.size:
            return None
        signature, name, extra, comment = _CENTRAL.unpack(header)
        if signature != _CENTRAL_SIGNATURE:
            return None
        entries += 1
        if entries > limit:
            return entries
        step = name + extra + comment
        stream.seek(step, 1)
        used += _CENTRAL.size + step
    return None


def end_of_zip(stream: BinaryIO) -> int | None:
    """Where the ZIP ends: just past its end record and the comment that record states, as `zipfile` finds
    the record (the last one in the file's final 64 KB); None when there is none. Bytes past it belong to
    no entry and to no part of the format."""
    found = _end_record(stream)
    if found is None:
        return None
    tail_start, tail, at = found
    comment_length: int = _END.unpack_from(tail, at)[-1]
    return tail_start + at + _END.size + comment_length


def _end_record(stream: BinaryIO) -> tuple[int, bytes, int] | None:
    """The file's last 64 KB and a bit (where that tail starts, its bytes) and where in it the end record
    starts, as `zipfile` looks for it (the last one); None when there is none whole."""
    end = stream.seek(0, 2)
    tail_start = max(0, end - _END.size - _MAX_COMMENT)
    stream.seek(tail_start)
    tail = stream.read(end - tail_start)
    at = tail.rfind(_END_SIGNATURE)
    if at < 0 or len(tail) - at < _END.size:
        return None
    return tail_start, tail, at


def _directory(stream: BinaryIO) -> tuple[int, int, int] | None:
    """The entry count the end record states, where the central directory starts and its size (as `zipfile`
    finds them: the directory ends where the end record, or the ZIP64 end record, begins)."""
    found = _end_record(stream)
    if found is None:
        return None
    tail_start, tail, at = found
    _, _, _, _, count, size, _, _ = _END.unpack_from(tail, at)
    position = tail_start + at
    locator = at - _LOCATOR.size
    if locator >= 0 and tail[locator : locator + 4] == _LOCATOR_SIGNATURE:
        record = tail_start + locator - _END64.size
        if record < 0:
            return None
        stream.seek(record)
        data = stream.read(_END64.size)
        if len(data) < _END64.size or data[:4] != _END64_SIGNATURE:
            return None
        _, _, _, _, _, _, _, count, size, _ = _END64.unpack(data)
        position = record
    return count, position - size, size
