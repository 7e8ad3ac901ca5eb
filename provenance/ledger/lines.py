"""A ledger stream split into lines in bounded memory: the writer's snapshot and `verify` both read this way.

A line is hashed as it streams; only lines up to `MAX_LINE_BYTES` are kept whole, so a forged ledger of one
endless line costs time in proportion to its size and no more memory than one chunk.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from provenance.hashing import CHUNK_SIZE

# Far above any line `check` writes (a footnote's text, citation, contexts and capture record).
MAX_LINE_BYTES = 64 << 20
_START = 64  # bytes of a line kept whatever its length: enough to see whether it begins a JSON object
# What an editor may put before a ledger's first line when it saves the file: no part of the line. `verify`
# says it is there; every other reader reads the line without it.
BYTE_ORDER_MARK = b"\xef\xbb\xbf"


@dataclass(frozen=True, repr=False, eq=False)
class RawLine:
    """One line of a ledger file as read, before it is parsed."""

    number: int  # 1-based
    data: bytes | None  # the line without its newline; None when it is longer than the limit
    start: bytes  # its first bytes, kept even when the line is too long to keep
    sha256: str  # of the line without its newline
    size: int  # bytes, without the newline
    complete: bool  # ended by a newline (only the last line of a file can lack one)


def line_content(line: RawLine) -> bytes | None:
    """The line's bytes as the chain hashes them and a reader of its JSON takes them: without an editor's
    byte order mark before the first line or a carriage return at its end (git's autocrlf), the conversions
    `verify` names; None for a line too long to keep."""
    data = line.data
    if data is None:
        return None
    data = data.removesuffix(b"\r")
    return data.removeprefix(BYTE_ORDER_MARK) if line.number == 1 else data


def chained_sha256(line: RawLine, content: bytes | None) -> str:
    """The line's hash as the chain and every seal name it: of its `content` (`line_content`) where a byte
    order mark or a carriage return was taken off, else the hash made while it was read."""
    if content is None or line.data is None or len(content) == len(line.data):
        return line.sha256  # only a mark or a carriage return is ever taken off: same length, same line
    return hashlib.sha256(content).hexdigest()


def read_lines(stream: BinaryIO, max_line_bytes: int = MAX_LINE_BYTES) -> Iterator[RawLine]:
    number = 0
    while piece := stream.readline(max_line_bytes + 1):
        number += 1
        complete = piece.endswith(b"\n")
        if complete or len(piece) <= max_line_bytes:
            data = piece[:-1] if complete else piece
            yield RawLine(number, data, data[:_START], hashlib.sha256(data).hexdigest(), len(data), complete)
            continue
        start, digest, size = piece[:_START], hashlib.sha256(piece), len(piece)
        while piece := stream.readline(CHUNK_SIZE):
            complete = piece.endswith(b"\n")
            body = piece[:-1] if complete else piece
            digest.update(body)
            size += len(body)
            if complete:
                break
        yield RawLine(number, None, start, digest.hexdigest(), size, complete)
