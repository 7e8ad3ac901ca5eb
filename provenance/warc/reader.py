"""Reading our WARC files back: each record's digests recomputed over the bytes as stored.

The file is read once, within bounds the caller sets from what the ledger recorded: it is hashed whole as it
streams into warcio, which walks it record by record the way `warcio check` reads it. A file larger than its
bound is not read at all, and decompressed content beyond its bound stops the walk, as does a record's WARC
head beyond `MAX_HEAD_BYTES`: a forged ledger cannot make verification read /proc/self/pagemap's 275 GB,
inflate a gzip bomb or hold a head of millions of lines. A record's HTTP head is bounded alike, in bytes and
in lines (`MAX_HTTP_HEAD_LINES`), wherever it is read (`read_capture` and verification alike).
"""

from __future__ import annotations

import array
import base64
import binascii
import bisect
import contextlib
import dataclasses
import hashlib
import io
import json
import os
import struct
import threading
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO, ClassVar, cast

from isal import isal_zlib
from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import DecompressingBufferedReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.limitreader import LimitReader
from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParser

from provenance.escaping import escape_unprintable
from provenance.files import open_regular_file
from provenance.hashing import CHUNK_SIZE
from provenance.warc.attachments import is_rendered_dom, is_shown_dom, is_web_page
from provenance.warc.quiet import thread_stderr

# Record types whose block starts with an HTTP head when the target is http(s), as `warcio check` reads them.
_HTTP_RECORD_TYPES = ("response", "request", "revisit")
_HTTP_SCHEMES = ("http:", "https:")
# Compressed bytes read, hashed and inflated at a time; and the most one step may inflate to (deflate shrinks
# up to 1032:1, so a forged member could otherwise make one step of 64 KiB allocate 66 MB). Blocks larger
# than this would cost a page fault per page: the allocator hands blocks that large back to the system.
_FILE_BLOCK = 1 << 16
_INFLATED_PER_STEP = 1 << 20
# warcio reads a record's WARC head (and the blank lines between records) line by line with no bound, and
# keeps every line of a head: a forged head of one endless line, or of millions of short ones, inflated from a
# gzip member of a few hundred KB, held gigabytes. A capture writes heads of a few KB; a head is read up to
# this many bytes, and the heads (WARC and HTTP) and blank lines of one file up to the second bound.
MAX_HEAD_BYTES = 1 << 20
MAX_HEADS_BYTES = 64 << 20
# A record's HTTP head (its status line and headers) is read within `MAX_HEAD_BYTES` too, and up to this many
# lines: a capture refuses a head of more than 500 lines (`capture.pinning.MOST_ANSWER_HEAD_LINES`), and
# warcio joins each continuation line to the value before it, a copy of the whole value each time.
MAX_HTTP_HEAD_LINES = 1000


class HeadTooLarge(ValueError):
    """A record's WARC head, or a file's heads together, longer than any capture writes."""


# Errors warcio raises on bytes that are not a well-formed (possibly gzipped) WARC.
# ISA-L's inflate error, a class (its type stub declares an instance).
_ISAL_ERROR = cast("type[Exception]", isal_zlib.error)
WARC_READ_ERRORS = (ArchiveLoadFailed, ValueError, EOFError, zlib.error, _ISAL_ERROR, OSError)
# warcio's messages quote the bytes they stopped at (a file's first line, a status line): from a forged path
# they are someone's secrets, from a forged file megabytes. A message keeps this many characters, escaped.
MESSAGE_EXCERPT_CHARS = 120
# warcio's way of quoting the line it could not read as a record's head.
_QUOTED_FIRST_LINE = ", first line: "


class _CappedInflater:
    """ISA-L's inflater of one gzip member, handing out at most `_INFLATED_PER_STEP` bytes per call; the
    input it has not got to yet waits in `unconsumed_tail`."""

    def __init__(self) -> None:
        self._inflater = isal_zlib.decompressobj(16 + isal_zlib.MAX_WBITS)

    def decompress(self, data: bytes) -> bytes:
        return self._inflater.decompress(data, _INFLATED_PER_STEP)

    @property
    def unused_data(self) -> bytes:
        """What follows the member's end: the next member."""
        return self._inflater.unused_data

    @property
    def unconsumed_tail(self) -> bytes:
        return self._inflater.unconsumed_tail

    def flush(self) -> bytes:
        return self._inflater.flush()


class _IsalBufferedReader(DecompressingBufferedReader):  # type: ignore[misc]  # warcio has no type hints
    """warcio's reader of gzip members, inflating with ISA-L (several times zlib's speed; same results), in
    steps of `_FILE_BLOCK` compressed bytes that each inflate to `_INFLATED_PER_STEP` at most."""

    DECOMPRESSORS: ClassVar[dict[str, Callable[[], Any]]] = {
        **DecompressingBufferedReader.DECOMPRESSORS,
        "gzip": _CappedInflater,
    }

    def __init__(self, stream: Any) -> None:
        super().__init__(stream, block_size=_FILE_BLOCK)
        self._head_bytes = 0  # of the head being read: its lines since the last blank one
        self._heads_bytes = 0  # of every head (WARC and HTTP) and blank line of the file so far
        # Of the HTTP head being read (the lines of a record's block after its WARC head, up to the first
        # blank one): its bytes and lines so far; None past it, where a line is a chunked body's size line.
        self._http_head_bytes: int | None = None
        self._http_head_lines = 0

    def readline(self, length: int | None = None) -> bytes:
        """A line, as warcio's reader reads it. One read with no bound (a record's WARC head, a blank line
        between records) is read up to `MAX_HEAD_BYTES` and counted against both bounds; one with a bound
        (the record's own length) that is a line of the record's HTTP head is read up to `MAX_HEAD_BYTES`
        for the whole HTTP head: `HeadTooLarge` over any of them."""
        if length is not None:
            return self._block_line(length)
        line = self._buffered_line(MAX_HEAD_BYTES - self._head_bytes + 1)
        size = len(line)
        self._heads_bytes += size
        self._head_bytes = self._head_bytes + size if line.strip() else 0
        # a record's HTTP head, if it has one, starts after its WARC head
        self._http_head_bytes, self._http_head_lines = 0, 0
        if self._head_bytes > MAX_HEAD_BYTES:
            raise HeadTooLarge(
                f"a record's WARC head is longer than {MAX_HEAD_BYTES} bytes, more than any capture writes; "
                "reading stopped there"
            )
        if self._heads_bytes > MAX_HEADS_BYTES:
            self._check_heads_bytes()
        return line

    def _check_heads_bytes(self) -> None:
        if self._heads_bytes > MAX_HEADS_BYTES:
            raise HeadTooLarge(
                f"its records' WARC and HTTP heads are longer than {MAX_HEADS_BYTES} bytes together, more "
                "than any capture writes; reading stopped there"
            )

    def _block_line(self, length: int) -> bytes:
        """A line of a record's block, at most `length` bytes (what is left of the record). warcio parses
        an HTTP head line by line with only the record's length for a bound, and keeps every line: a forged
        head of one line of gigabytes, or of millions of short lines, held gigabytes and took minutes (and
        hours where they were continuation lines, each joined to the value before it)."""
        if self._http_head_bytes is None:  # past the HTTP head: a chunked body's size line
            return bytes(super().readline(length))
        room = MAX_HEAD_BYTES - self._http_head_bytes
        line = self._buffered_line(min(length, room + 1))
        self._http_head_bytes += len(line)
        self._http_head_lines += 1
        # Every record's HTTP head is kept where heads are read (`read_heads`): 10,000 heads of 1 MB each,
        # from a file of 31 MB, held 12 GB.
        self._heads_bytes += len(line)
        self._check_heads_bytes()
        if not line.strip():
            self._http_head_bytes = None
        elif self._http_head_bytes > MAX_HEAD_BYTES:
            raise HeadTooLarge(
                f"a record's HTTP head is longer than {MAX_HEAD_BYTES} bytes, more than any capture writes; "
                "reading stopped there"
            )
        elif self._http_head_lines > MAX_HTTP_HEAD_LINES:
            raise HeadTooLarge(
                f"a record's HTTP head has more than {MAX_HTTP_HEAD_LINES} lines, more than any capture "
                "writes; reading stopped there"
            )
        return line

    def _buffered_line(self, limit: int) -> bytes:
        """`_gathered_line(limit)`, the same line, read straight from the buffer when it holds the next bytes
        (`_fillbuff` would not fill it, `empty()` is false) and the whole line or its first `limit` bytes:
        each line of every record's head is read here, some 60 a capture, most of them whole in the buffer."""
        buff = self.buff
        if limit <= 0 or not buff or buff.tell() >= self.buff_size:
            return self._gathered_line(limit)
        line: bytes = buff.readline(limit)
        if line.endswith(b"\n") or len(line) >= limit:
            return line
        return line + self._gathered_line(limit - len(line))  # the line goes on past the buffer

    def _gathered_line(self, limit: int) -> bytes:
        """The next line, or its first `limit` bytes. warcio's own loop with a length can end a line before
        its newline and short of the length (it counts the bytes read so far once per step), and joins the
        line again at each step: the line is gathered here, a step at a time, and joined once."""
        self._fillbuff()
        if self.empty() or limit <= 0:
            return b""
        first: bytes = self.buff.readline(limit)
        size = len(first)
        if first.endswith(b"\n") or size >= limit:
            return first  # most lines: whole in the buffer
        parts = [first]
        while not parts[-1].endswith(b"\n") and size < limit:
            self._fillbuff()
            if self.empty():
                break
            parts.append(self.buff.readline(limit - size))
            size += len(parts[-1])
        return b"".join(parts)

    def _fillbuff(self, block_size: int | None = None) -> None:
        if self.buff and self.buff.tell() < self.buff_size:
            # The buffer still holds what is asked for (warcio's `empty()`, without its side effect): every
            # line of a record's head asks, and finding that out first keeps a head's reading short.
            return
        tail = self._unconsumed_tail()
        if tail and self.empty():  # the step before stopped at its cap: go on inflating what it had read
            self._process_read(tail)
            return
        super()._fillbuff(block_size)

    def rem_length(self) -> int:
        return int(super().rem_length()) + len(self._unconsumed_tail())

    def read_buffered(self, size: int) -> bytes:
        """At most `size` bytes of what the buffer holds, filling it first when it is empty: one piece, never
        joined from two fillings, and the whole filling itself (no copy) when all of it is asked for."""
        self._fillbuff()
        return self.buff.read(size) if self.buff is not None else b""

    def _unconsumed_tail(self) -> bytes:
        inflater = self.decompressor
        return inflater.unconsumed_tail if isinstance(inflater, _CappedInflater) else b""

    def whole_head(self, limit: int | None) -> tuple[list[str], int, int] | None:
        """The next head's lines (decoded, each without its newline, then the blank line's and an empty one),
        its size in bytes and its length in characters, where `readline` would read it line by line to the
        very same lines and within every bound: the head is whole in the buffer (a capture's heads are),
        within `_WHOLE_HEAD_BYTES` and `limit` (what is left of the record, for its HTTP head; None for a
        WARC head), UTF-8, and ended by its first `\\r\\n\\r\\n` (`_HeadParser` makes sure no line before
        is blank once stripped, where warcio would end it). Nothing is consumed (`take_head` does it); None
        elsewhere, where the head is read as warcio reads it."""
        if limit is None:
            if self._head_bytes:  # a WARC head always starts a line after a blank one (or the file's start)
                return None
            window = _WHOLE_HEAD_BYTES
        else:
            if limit <= 0 or self._http_head_bytes != 0 or self._http_head_lines:
                return None
            window = min(limit, _WHOLE_HEAD_BYTES)
        self._fillbuff()  # as `readline` fills it first
        buff = self.buff
        if not buff:
            return None
        start = buff.tell()
        data = buff.getvalue()  # the buffer's own bytes, not a copy
        end = data.find(b"\r\n\r\n", start, start + window)
        if end < 0:
            return None
        end += 4
        if self._heads_bytes + end - start > MAX_HEADS_BYTES:
            return None
        try:
            text = data[start:end].decode("utf-8")
        except UnicodeDecodeError:  # warcio decodes each line alone, Latin-1 where it is not UTF-8
            return None
        lines = text.split("\n")
        if limit is not None and len(lines) - 2 > MAX_HTTP_HEAD_LINES:
            return None
        return lines, end - start, len(text)

    def take_head(self, size: int, lines: int, limit: int | None) -> None:
        """Consume the head `whole_head` found (`size` bytes, `lines` lines with its blank one), counted as
        `readline` counts the lines it reads."""
        self.buff.seek(self.buff.tell() + size)
        self._heads_bytes += size
        if limit is None:  # a WARC head: its record's HTTP head, if any, starts next
            self._head_bytes = 0
            self._http_head_bytes, self._http_head_lines = 0, 0
        else:  # the record's HTTP head: past it, lines are a chunked body's
            self._http_head_bytes, self._http_head_lines = None, lines


# A head found whole in the reader's buffer within this many bytes is taken in one step (`whole_head`): a
# capture's heads are a few KB; one searched for further would be searched for at every record of a file.
_WHOLE_HEAD_BYTES = 1 << 15


class _HeadParser(StatusAndHeadersParser):  # type: ignore[misc]  # warcio has no type hints
    """warcio's parser of a status line and headers, which takes a head found whole in the reader's buffer
    in one step (`_IsalBufferedReader.whole_head`) and makes of its lines what warcio's own line-by-line loop
    makes (the same status, headers, continuation lines and length); any other head, and one whose status
    line warcio refuses, is read by warcio's loop itself. Each line read alone cost some 30 interpreter calls:
    a capture's WARC, read back, has some 50 head lines."""

    def parse(self, stream: Any, full_statusline: Any = None) -> StatusAndHeaders:
        if full_statusline is None:
            if isinstance(stream, _IsalBufferedReader):
                parsed = self._taken_whole(stream, None)
            elif type(stream) is LimitReader and isinstance(stream.stream, _IsalBufferedReader):
                parsed = self._taken_whole(stream.stream, stream.limit)
                if parsed is not None:
                    stream.limit -= parsed.taken
            else:
                parsed = None
            if parsed is not None:
                return parsed
        return super().parse(stream, full_statusline)

    def _taken_whole(self, reader: _IsalBufferedReader, limit: int | None) -> _ParsedHead | None:
        """The next head, taken whole from `reader`'s buffer; None (nothing consumed) where it is not."""
        found = reader.whole_head(limit)
        if found is None:
            return None
        lines, size, length = found
        parsed = self._parsed(lines, length)
        if parsed is not None:
            reader.take_head(size, len(lines) - 1, limit)
            parsed.taken = size
        return parsed

    def _parsed(self, lines: list[str], length: int) -> _ParsedHead | None:
        """warcio's `parse` of `lines` (see `whole_head`); None where it would refuse the status line, or end
        the head before its last line (at a line blank once stripped)."""
        statusline = lines[0].rstrip()
        if not statusline:
            return None
        if self.verify:
            protocol_status = self.split_prefix(statusline, self.statuslist)
            if not protocol_status:
                return None
        else:
            protocol_status = statusline.split(" ", 1)
        rest = [line.rstrip() for line in lines[1:-1]]  # the header lines, then the blank one ("")
        headers = []
        index = 0
        line = rest[0]
        while line:
            name, colon, value = line.partition(":")
            if colon:
                name, field_value = name.rstrip(" \t"), value.lstrip()
            index += 1
            next_line = rest[index]
            while next_line and next_line.startswith((" ", "\t")):  # a continuation line
                if colon:
                    field_value += next_line
                index += 1
                next_line = rest[index]
            if colon:
                headers.append((name, field_value))
            line = next_line
        if index != len(rest) - 1:  # a line before the last is blank once stripped: warcio ends there
            return None
        return _ParsedHead(
            protocol_status[1].strip() if len(protocol_status) > 1 else "",
            headers,
            protocol_status[0],
            length,  # in characters, as warcio counts
        )


class _ParsedHead(StatusAndHeaders):  # type: ignore[misc]  # warcio has no type hints
    """warcio's parsed head, made of headers that are text already (warcio's own constructor copies them
    over, decoding any that are bytes); its headers found by name through an index made on first use."""

    def __init__(
        self, statusline: str, headers: list[tuple[str, str]], protocol: str, total_len: int
    ) -> None:
        self.statusline = statusline
        self.headers = headers
        self.protocol = protocol
        self.total_len = total_len
        self.headers_buff = None
        self.taken = 0  # bytes of the reader's buffer it was taken from
        # Each header's first value by its name in lower case, and the list it was made of: a record's
        # headers are asked for some 35 times as it is read back (its type, length, target, content type,
        # codings...), each time a walk over them all with every name lowered (250 `lower` calls a capture).
        self._index: tuple[list[tuple[str, str]], int, dict[str, str]] | None = None

    def get_header(self, name: str, default_value: str | None = None) -> str | None:
        """warcio's `get_header`: the first header of that name, in any case."""
        index = self._index
        headers = self.headers
        if index is None or index[0] is not headers or index[1] != len(headers):
            found: dict[str, str] = {}
            for key, value in headers:
                found.setdefault(key.lower(), value)
            index = self._index = (headers, len(headers), found)
        return index[2].get(name.lower(), default_value)

    def add_header(self, name: str, value: str) -> None:
        self._index = None
        super().add_header(name, value)

    def replace_header(self, name: str, value: str) -> str | None:
        self._index = None
        replaced: str | None = super().replace_header(name, value)
        return replaced

    def remove_header(self, name: str) -> bool:
        self._index = None
        return bool(super().remove_header(name))


def archive_records(stream: BinaryIO | _HashingReader, no_record_parse: bool = False) -> ArchiveIterator:
    """warcio's record iterator over `stream`, gzip members inflated by ISA-L in bounded steps: whatever a
    forged file holds, one step allocates `_INFLATED_PER_STEP` at most."""
    records = ArchiveIterator(stream, no_record_parse=no_record_parse)
    records.reader = _IsalBufferedReader(records.fh)
    loader = records.loader
    loader.warc_parser = _HeadParser(loader.WARC_TYPES)
    loader.http_parser = _HeadParser(loader.HTTP_TYPES, loader.http_parser.verify)
    loader.http_req_parser = _HeadParser(loader.HTTP_VERBS, loader.http_req_parser.verify)
    return records


# The most records one WARC is read for. A capture writes a handful (warcinfo; a request, a response and a
# metadata record per redirect hop and side request; a browser's screenshot, DOM and subresources): one of
# more is forged, and reading hundreds of thousands of empty records would take minutes.
MAX_RECORDS = 10_000
# Record digest mismatches kept of one file; the rest are counted (a forged file of 10,000 bad records).
_MISMATCHES_KEPT = 100


@dataclass(frozen=True)
class ReadLimits:
    """How much of one WARC may be read: the file's bytes, the bytes its records decompress to, and how many
    records it may hold."""

    file_bytes: int
    content_bytes: int
    records: int = MAX_RECORDS


@dataclass(frozen=True)
class RecordDigests:
    header_block: str | None
    header_payload: str | None
    block: str  # computed `sha256:<hex>`
    payload: str | None  # computed `sha256:<hex>`; None where the payload digest names another record
    type: str  # WARC-Type
    uri: str | None  # WARC-Target-URI, None where the record has none (warcinfo)
    # What a reused capture is held to (`reuse.consistency`): when the record was made, the address it was
    # made with, and a response's HTTP status.
    date: str | None = None  # WARC-Date
    ip: str | None = None  # WARC-IP-Address
    status: int | None = None  # the status line's code, for an HTTP response record
    # A metadata record's TLS evidence: for each exchange that kept its server's certificate, the SHA-256 of
    # the DER bytes it holds, a tab, and the TLS facts written beside them (canonical JSON); one a line.
    # None for another record, or a metadata record that holds no such JSON.
    tls_evidence: str | None = None


@dataclass(frozen=True)
class DigestMismatch:
    """A record whose digest, recomputed, is not the one its WARC header states."""

    record_id: str
    what: str  # "block" or "payload"
    recorded: str
    computed: str


@dataclass(frozen=True)
class OtherRecord:
    """A record read but not asked for: what `verify` says of a record its ledger line does not list."""

    record_id: str  # as an excerpt: a forged header can be long
    type: str
    digested: bool  # whether its WARC header states a block digest (one that, recomputed, held or not)
    repeated: bool = False  # its id is the id of a record before it


@dataclass
class WarcContents:
    sha256: str
    size: int
    # The digests of the records asked for (every record when none were named), by WARC-Record-ID.
    records: dict[str, RecordDigests] = field(default_factory=dict)
    error: str | None = None  # why reading the records stopped early, when it did
    record_count: int = 0  # records read, kept or not
    kept: frozenset[str] | None = None  # the record ids asked for; None: every record is kept
    mismatches: list[DigestMismatch] = field(default_factory=list)  # the first `_MISMATCHES_KEPT`
    more_mismatches: int = 0  # found beyond those
    # The records read that were not asked for (when some were) or that repeat the id of a record before them:
    # the first `_MISMATCHES_KEPT`, and how many more.
    others: list[OtherRecord] = field(default_factory=list)
    more_others: int = 0


_NO_TEXT = 0xFFFFFFFF  # a header a record does not have
# The lengths of a packed record's id, type, target URI, date, IP address and TLS evidence.
_TEXTS = struct.Struct("<6I")
_FIXED = struct.Struct("<32s32sHB")  # its block and payload digests, HTTP status, flags
_NO_STATUS = 0xFFFF
_HAS_PAYLOAD = 1
_DIGESTED = 2  # its WARC header states a block digest


def _packed_text(text: str | None) -> bytes | None:
    return None if text is None else text.encode("utf-8", "surrogatepass")


def _id_hash(record_id: str) -> int:
    return int.from_bytes(hashlib.blake2b(record_id.encode("utf-8", "surrogatepass"), digest_size=8).digest())


class WarcRead:
    """A WARC read once, at the largest limits any ledger line could set for a file of its size, every record
    kept in file order: what each line naming the file is compared with (`contents`), as if the file had been
    read for that line alone, with that line's limits and the records it lists.

    Memory: at most `MAX_RECORDS` records, each packed into one buffer as its id, type, target URI, date and
    IP address (as the WARC states them) and its two digests in 32 bytes each, about 150 bytes and its
    headers' length a record (some 2 MB for a forged file of 10,000 records), the first `_MISMATCHES_KEPT`
    digest mismatches, and about 1.2 KB for the file itself: a real capture's file (a handful of records)
    takes 1.5 to 3 KB, kept for the whole verification.
    """

    __slots__ = (
        "_by_hash",
        "_hashes",
        "_inflated",
        "_mismatch_at",
        "_mismatches",
        "_offsets",
        "_packed",
        "consumed",
        "count",
        "error",
        "sha256",
        "size",
    )

    def __init__(self) -> None:
        self.sha256 = ""
        self.size = 0
        self.count = 0  # records counted (the one reading stopped in too)
        self.consumed = 0  # content bytes read when reading ended
        self.error: str | None = None  # why reading stopped early at the largest limits
        self._packed: bytearray | bytes = bytearray()
        self._offsets = array.array("Q")  # where each record starts in `_packed`
        self._inflated = array.array("Q")  # content bytes read by the end of each record: never decreasing
        self._hashes = array.array("Q")  # each record's id hashed, in file order; sorted by `finish`
        self._by_hash = array.array("I")  # record indexes in the order of their ids' hashes
        self._mismatch_at = array.array("I")  # the record of each digest mismatch, never decreasing
        self._mismatches: list[DigestMismatch] = []  # the first `_MISMATCHES_KEPT`

    def add(self, record_id: str | None, digests: RecordDigests, inflated: int) -> None:
        index = len(self._offsets)
        assert isinstance(self._packed, bytearray), "a record added after `finish`"
        self._offsets.append(len(self._packed))
        self._inflated.append(max(inflated, 0))
        self._hashes.append(_id_hash(record_id) if record_id is not None else 0)
        texts = [
            _packed_text(text)
            for text in (
                record_id,
                digests.type,
                digests.uri,
                digests.date,
                digests.ip,
                digests.tls_evidence,
            )
        ]
        self._packed += _TEXTS.pack(*(_NO_TEXT if text is None else len(text) for text in texts))
        for text in texts:
            self._packed += text or b""
        flags = (_HAS_PAYLOAD if digests.payload is not None else 0) | (
            _DIGESTED if digests.header_block is not None else 0
        )
        self._packed += _FIXED.pack(
            bytes.fromhex(digests.block.partition(":")[2]),
            bytes.fromhex((digests.payload or ":").partition(":")[2]) or bytes(32),
            _NO_STATUS if digests.status is None else digests.status,
            flags,
        )
        for what, recorded, computed in (
            ("block", digests.header_block, digests.block),
            ("payload", digests.header_payload, digests.payload),
        ):
            if recorded is not None and computed is not None and not same_digest(recorded, computed):
                self._mismatch_at.append(index)
                if len(self._mismatches) < _MISMATCHES_KEPT:
                    self._mismatches.append(
                        DigestMismatch(record_id or "(no WARC-Record-ID)", what, recorded, computed)
                    )

    def finish(self) -> None:
        """Index the records by id, once all are read; what is kept, kept in as little memory as it takes."""
        self._packed = bytes(self._packed)
        hashes = self._hashes
        self._by_hash = array.array("I", sorted(range(len(hashes)), key=hashes.__getitem__))
        self._hashes = array.array("Q", (hashes[index] for index in self._by_hash))

    def _record(self, index: int) -> tuple[str | None, RecordDigests]:
        offset = self._offsets[index]
        lengths = _TEXTS.unpack_from(self._packed, offset)
        offset += _TEXTS.size
        texts: list[str | None] = []
        for length in lengths:
            if length == _NO_TEXT:
                texts.append(None)
                continue
            texts.append(bytes(self._packed[offset : offset + length]).decode("utf-8", "surrogatepass"))
            offset += length
        block, payload, status, flags = _FIXED.unpack_from(self._packed, offset)
        record_id, record_type, uri, date, ip, tls_evidence = texts
        digests = RecordDigests(
            header_block="(stated)" if flags & _DIGESTED else None,  # its value was compared as it was read
            header_payload=None,
            block=f"sha256:{block.hex()}",
            payload=f"sha256:{payload.hex()}" if flags & _HAS_PAYLOAD else None,
            type=record_type or "",
            uri=uri,
            date=date,
            ip=ip,
            status=None if status == _NO_STATUS else status,
            tls_evidence=tls_evidence,
        )
        return record_id, digests

    def _first(self, record_id: str) -> int | None:
        """The index of the first record with this id."""
        wanted = _id_hash(record_id)
        position = bisect.bisect_left(self._hashes, wanted)
        found = None
        while position < len(self._hashes) and self._hashes[position] == wanted:
            index = self._by_hash[position]
            if (found is None or index < found) and self._record(index)[0] == record_id:
                found = index
            position += 1
        return found

    def contents(self, wanted: frozenset[str], content_bytes: int) -> WarcContents:
        """The file as `read_warc_stream` reads it with `wanted` and the bound `content_bytes` (at most the
        bound it was read with). Linear in `wanted` and the records named, not in the file's records."""
        count, error = self.count, self.error
        prefix = bisect.bisect_right(self._inflated, content_bytes)
        if prefix < len(self._offsets):
            count, error = prefix + 1, _over_limit(content_bytes)
        elif self.consumed > content_bytes:
            error = _over_limit(content_bytes)
        firsts = (self._first(record_id) for record_id in wanted)
        found = sorted(index for index in firsts if index is not None and index < prefix)
        contents = WarcContents(
            sha256=self.sha256, size=self.size, error=error, record_count=count, kept=wanted
        )
        for index in found:
            record_id, digests = self._record(index)
            contents.records[record_id or ""] = digests
        listed = set(found)
        for index in range(prefix):
            if len(contents.others) >= _MISMATCHES_KEPT:
                break
            if index in listed:
                continue
            record_id, digests = self._record(index)
            _note_other(contents, record_id, digests, repeated=record_id in wanted)
        contents.more_others = prefix - len(found) - len(contents.others)
        shown = bisect.bisect_left(self._mismatch_at, prefix)
        contents.mismatches = self._mismatches[: min(shown, _MISMATCHES_KEPT)]
        contents.more_mismatches = shown - len(contents.mismatches)
        return contents


def _over_limit(content_bytes: int) -> str:
    return (
        f"its records hold more than the {content_bytes} bytes its capture can account for; "
        "reading stopped there"
    )


class _ContentOverLimit(Exception):
    """The records decompress to more than the ledger's capture can account for."""


class _HashingReader:
    """Hands the file to warcio and hashes every byte on its way, so the file is read only once.

    The file is read and hashed in large blocks and handed out in the small steps warcio asks for: one
    system call and one hash call per block, each hash call letting other threads run while it works."""

    def __init__(self, stream: BinaryIO, stop: threading.Event | None = None) -> None:
        self._stream = stream
        self._stop = stop
        self.digest = hashlib.sha256()
        self.size = 0  # bytes read from the file, all of them hashed
        self._block = b""
        self._offset = 0  # how much of `_block` was handed out

    def read(self, size: int = -1) -> bytes:
        if size < 0:
            return b"".join(iter(lambda: self.read(_FILE_BLOCK), b""))
        if self._offset >= len(self._block):
            self._block = self._read_block(max(size, _FILE_BLOCK))
            self._offset = 0
            self.digest.update(self._block)
            self.size += len(self._block)
        data = self._block[self._offset : self._offset + size]
        self._offset += len(data)
        return data

    def tell(self) -> int:
        """Bytes handed out (warcio names the offsets of damage by it)."""
        return self.size - (len(self._block) - self._offset)

    def drain(self) -> None:
        """Hash the rest of the file: trailing bytes warcio did not need."""
        self._block, self._offset = b"", 0
        while block := self._read_block(_FILE_BLOCK):
            self.digest.update(block)
            self.size += len(block)

    def _read_block(self, size: int) -> bytes:
        return b"" if self._stop is not None and self._stop.is_set() else self._stream.read(size)


def read_warc(path: Path, limits: ReadLimits) -> WarcContents:
    """The WARC's hash, size and record digests. OSError when the file cannot be opened, is not a regular file
    outside /proc, /sys and /dev, or is larger than `limits.file_bytes` (`files.FileTooLarge`)."""
    with open_regular_file(path, limits.file_bytes) as stream:
        return read_warc_stream(stream, limits)


def read_warc_stream(
    stream: BinaryIO,
    limits: ReadLimits,
    stop: threading.Event | None = None,
    wanted: frozenset[str] | None = None,
) -> WarcContents:
    """As `read_warc`, from a stream the caller opened and bounded (an entry of a bundle, say). Once `stop` is
    set, reading ends as if the file ended there: for a caller that no longer wants the contents.

    `wanted` names the records whose digests are kept (a ledger line's); every record's own digests are still
    checked as it is read, so memory stays a few records' worth whatever the file holds."""
    reader = _HashingReader(stream, stop)
    contents = WarcContents(sha256="", size=0, kept=wanted)
    contents.error = _read_records(reader, contents, limits)
    reader.drain()  # trailing bytes warcio did not need still count in the file's hash
    contents.sha256, contents.size = reader.digest.hexdigest(), reader.size
    return contents


def read_warc_once(stream: BinaryIO, limits: ReadLimits, stop: threading.Event | None = None) -> WarcRead:
    """As `read_warc_stream`, every record kept in order for `WarcRead.contents` to answer any line with
    limits up to `limits`."""
    reader = _HashingReader(stream, stop)
    contents = WarcContents(sha256="", size=0)
    read = WarcRead()
    budget = [limits.content_bytes]
    read.error = _read_records(reader, contents, limits, budget, read)
    reader.drain()
    read.sha256, read.size = reader.digest.hexdigest(), reader.size
    read.count, read.consumed = contents.record_count, limits.content_bytes - budget[0]
    read.finish()
    return read


def _read_records(
    reader: _HashingReader,
    contents: WarcContents,
    limits: ReadLimits,
    budget: list[int] | None = None,
    read: WarcRead | None = None,
) -> str | None:
    """Fill `contents` (or `read`, every record in order) with the records read; the reason reading stopped
    early, if it did."""
    # warcio reports framing damage (a wrong Content-Length, say) only as text on stderr; keep it as evidence.
    warcio_warnings = io.StringIO()
    budget = budget if budget is not None else [limits.content_bytes]
    try:
        with thread_stderr(warcio_warnings):
            for record in archive_records(reader, no_record_parse=True):
                if record.format != "warc":
                    # warcio falls back to the older ARC format for anything that is not WARC
                    return "not a WARC file"
                if contents.record_count >= limits.records:
                    return (
                        f"it holds more than {limits.records} records, more than any capture writes; "
                        "reading stopped there"
                    )
                contents.record_count += 1
                record_id = record.rec_headers.get_header("WARC-Record-ID")
                digests = _record_digests(record, budget)
                if read is not None:
                    read.add(record_id, digests, limits.content_bytes - budget[0])
                    continue
                _note_mismatches(contents, record_id, digests)
                if record_id in contents.records:  # a second record by one id: not the one the id names
                    _note_other(contents, record_id, digests, repeated=True)
                elif contents.kept is None or record_id in contents.kept:
                    contents.records[record_id] = digests
                else:
                    _note_other(contents, record_id, digests)
    except _ContentOverLimit:
        return _over_limit(limits.content_bytes)
    except WARC_READ_ERRORS as error:
        return _reason(error)
    warnings = " ".join(warcio_warnings.getvalue().split())
    return excerpt(warnings) if warnings else None


def _reason(error: Exception) -> str:
    """Why warcio stopped, without the bytes it quotes from the file: a WARC's damage is named, not shown."""
    # warcio writes some reasons over several indented lines (a gzip member holding more than one record):
    # a problem is one line of verify's list.
    message = " ".join(str(error).split()) or type(error).__name__
    before, quoted, _ = message.partition(_QUOTED_FIRST_LINE)
    if quoted:
        message = f"{before}: its first line is not a WARC record's head (not shown)"
    return excerpt(message)


def excerpt(text: str, limit: int = MESSAGE_EXCERPT_CHARS) -> str:
    """`text` cut to `limit` characters (an ellipsis says it was), its unprintable characters escaped."""
    cut = text if len(text) <= limit else text[: limit - 1] + "…"
    return escape_unprintable(cut)


def _note_mismatches(contents: WarcContents, record_id: str, digests: RecordDigests) -> None:
    checks = (
        ("block", digests.header_block, digests.block),
        ("payload", digests.header_payload, digests.payload),
    )
    for what, recorded, computed in checks:
        if recorded is not None and computed is not None and not same_digest(recorded, computed):
            if len(contents.mismatches) < _MISMATCHES_KEPT:
                contents.mismatches.append(DigestMismatch(record_id, what, recorded, computed))
            else:
                contents.more_mismatches += 1


def _note_other(
    contents: WarcContents, record_id: str | None, digests: RecordDigests, repeated: bool = False
) -> None:
    if len(contents.others) < _MISMATCHES_KEPT:
        contents.others.append(
            OtherRecord(
                record_id=excerpt(record_id or "(no WARC-Record-ID)"),
                type=excerpt(digests.type or "(no WARC-Type)"),
                digested=digests.header_block is not None,
                repeated=repeated,
            )
        )
    else:
        contents.more_others += 1


def _record_digests(record: Any, budget: list[int]) -> RecordDigests:
    """Recompute a record's digests over its block as stored, the way `warcio check` does: block and payload
    in one pass over the inflated bytes."""
    block = hashlib.sha256()
    stream = record.raw_stream

    def take(chunk: bytes) -> None:
        budget[0] -= len(chunk)
        if budget[0] < 0:
            raise _ContentOverLimit
        block.update(chunk)

    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    status = None
    if record.rec_type in _HTTP_RECORD_TYPES and uri.startswith(_HTTP_SCHEMES):
        status_line = _read_http_head(stream, take)
        if record.rec_type == "response":
            status = _status_code(status_line)
    # A revisit's payload digest names the payload of the record it refers to, not its own.
    payload = None if record.rec_type == "revisit" else hashlib.sha256()
    # A metadata record (a few KB) is kept to read the TLS certificates it holds, up to a bound.
    metadata: list[bytes] | None = [] if record.rec_type == "metadata" else None
    kept = 0
    while chunk := _read_block_part(stream):
        take(chunk)
        if payload is not None:
            payload.update(chunk)
        if metadata is not None:
            kept += len(chunk)
            if kept > _METADATA_KEPT:
                metadata = None  # too large to be ours: its certificates are not read
            else:
                metadata.append(chunk)
    return RecordDigests(
        header_block=record.rec_headers.get_header("WARC-Block-Digest"),
        header_payload=record.rec_headers.get_header("WARC-Payload-Digest"),
        block=f"sha256:{block.hexdigest()}",
        payload=f"sha256:{payload.hexdigest()}" if payload is not None else None,
        type=record.rec_type,
        uri=record.rec_headers.get_header("WARC-Target-URI"),
        date=record.rec_headers.get_header("WARC-Date"),
        ip=record.rec_headers.get_header("WARC-IP-Address"),
        status=status,
        tls_evidence=_tls_evidence(b"".join(metadata)) if metadata else None,
    )


def _read_block_part(stream: Any) -> bytes:
    """The next part of a record's block: as the inflated buffer holds it where warcio's reader is ours (a
    gigabyte body passes through without a copy or a join per step), else `CHUNK_SIZE` bytes."""
    if isinstance(stream, LimitReader) and isinstance(stream.stream, _IsalBufferedReader):
        if stream.limit <= 0:
            return b""
        part = stream.stream.read_buffered(stream.limit)
        stream.limit -= len(part)
        return part
    return bytes(stream.read(CHUNK_SIZE))


_METADATA_KEPT = 1 << 20  # a capture's metadata record is a few KB; one with a thousand exchanges, ~1 MB


def _tls_evidence(block: bytes) -> str | None:
    """The TLS evidence of a metadata record's JSON (see `RecordDigests.tls_evidence`)."""
    from provenance.warc.consistency import tls_facts_text  # loaded with the models, where they are

    try:
        document = json.loads(block)
    except (ValueError, RecursionError):
        return None
    lines = []
    for exchange in _exchanges(document):
        if not isinstance(exchange, dict) or not isinstance(exchange.get("certificate_der_base64"), str):
            continue
        try:
            der = base64.b64decode(exchange["certificate_der_base64"], validate=True)
        except (binascii.Error, ValueError):
            continue
        lines.append(f"{hashlib.sha256(der).hexdigest()}\t{tls_facts_text(exchange.get('tls'))}")
    return "\n".join(lines)


def _exchanges(document: Any) -> Iterator[Any]:
    """Every item of every `exchanges` list in the document: a capture's own (its top level), its side
    requests' and a search's fetches' (nested). Linear in the document, which is bounded."""
    stack = [document]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            exchanges = node.get("exchanges")
            if isinstance(exchanges, list):
                yield from exchanges
            stack.extend(value for key, value in node.items() if key != "exchanges")
        elif isinstance(node, list):
            stack.extend(node)


def _read_http_head(stream: Any, take: Callable[[bytes], None]) -> bytes:
    """Consume the status line and headers, up to and including the blank line, into the block digest; the
    status line."""
    first = line = stream.readline(CHUNK_SIZE)
    take(line)
    while line.strip():
        line = stream.readline(CHUNK_SIZE)
        take(line)
    return bytes(first)


def _status_code(status_line: bytes) -> int | None:
    """The code of an HTTP status line (`HTTP/1.1 200 OK`), None when it is not one."""
    parts = status_line.split(None, 2)
    if len(parts) < 2 or not parts[0].startswith(b"HTTP/") or not parts[1].isdigit() or len(parts[1]) != 3:
        return None
    return int(parts[1])


@dataclass(frozen=True)
class StoredResponse:
    """One HTTP response as a WARC keeps it: what extractors read, the body decoded and cut at a bound."""

    uri: str
    status: int | None
    headers: tuple[tuple[str, str], ...]
    body: bytes  # Content-Encoding removed; at most the reader's bound
    cut: bool  # the body was longer than the bound, or the WARC says it was truncated
    rendered: bool = False  # `body` is the browser's rendered DOM of this page, not the bytes received
    shown: bool = False  # the document a browser ended on: its attachments are linked to this response
    # Why the body's Content-Encoding did not decode to its end (`_not_decoded_whole`); None when it did, or
    # the body is not encoded. The WARC holds every byte the server sent: the server's stream is short.
    undecoded: str | None = None

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)


@dataclass(frozen=True)
class RecordHead:
    """A record's type and headers as its WARC holds them (what `custody` reads its transformations from)."""

    rec_type: str
    uri: str
    content_type: str | None  # the WARC header's
    http_headers: tuple[tuple[str, str], ...] | None = None  # a response record's HTTP head

    def http_header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((value for key, value in self.http_headers or () if key.lower() == wanted), None)


@dataclass(frozen=True)
class StoredCapture:
    """What the checks and the ledger read from one capture's WARC, in one pass over it."""

    responses: tuple[StoredResponse, ...]  # as `read_responses`
    metadata: tuple[Any, ...]  # as `read_metadata`
    heads: tuple[RecordHead, ...]  # as `read_heads`


def read_responses(
    stream: BinaryIO, max_body: int = 5_000_000, max_records: int = 1000
) -> tuple[StoredResponse, ...]:
    """The `response` records of a WARC stream in order, each body decoded and read up to `max_body` bytes;
    a page a browser rendered is read through its rendered DOM (see `warc.attachments`).

    Reads are bounded twice: at most `max_records` records, and at most `max_body` decoded bytes per body
    (a gzip bomb inflates only that far). A damaged file yields the responses before the damage.
    """
    return read_capture(stream, max_body, max_records, max_heads=0).responses


def read_metadata(stream: BinaryIO, max_bytes: int = 1_000_000, max_records: int = 1000) -> tuple[Any, ...]:
    """The JSON documents of a WARC stream's `metadata` records (ours: what happened during the capture),
    each read up to `max_bytes`; a record that is not JSON, or longer, is left out."""
    return read_capture(stream, max_records=max_records, max_metadata=max_bytes, max_heads=0).metadata


def read_heads(stream: BinaryIO, max_records: int = 10_000) -> tuple[RecordHead, ...]:
    """Every record's type and headers, bodies skipped; a damaged file gives the records before the damage."""
    return read_capture(stream, max_records=0, max_heads=max_records).heads


def read_capture(
    stream: BinaryIO,
    max_body: int = 5_000_000,
    max_records: int = 1000,
    max_metadata: int = 1_000_000,
    max_heads: int = 10_000,
) -> StoredCapture:
    """`read_responses`, `read_metadata` and `read_heads` of one WARC stream, read once: the responses and
    metadata of its first `max_records` records, the heads of its first `max_heads`, up to the record whose
    body or metadata would keep more than `MAX_KEPT_BODY_BYTES` or `MAX_KEPT_METADATA_BYTES` in all."""
    limits = (max_body, max_records, max_metadata, max_heads)
    # The records a capture has written so far (`WarcFile.read_so_far`) are read again after each round of
    # follow-ups, by each chooser: what was read of them is taken up where it ended, not read again.
    so_far: dict[tuple[int, ...], _ReadSoFar] | None = getattr(stream, "read_so_far", None)
    if so_far is None:
        quick = _read_capture_quickly(stream, max_body, max_records, max_metadata, max_heads)
        if quick is not None:
            return quick
    state = so_far.get(limits) if so_far is not None else None
    state = state.copy() if state is not None else _ReadSoFar()
    ended = False
    try:
        with thread_stderr(io.StringIO()):
            if state.offset:
                stream.seek(state.offset)
            parsed = _ParsedRecords(stream, state.heads_bytes)
            for count, record in enumerate(parsed, state.count):
                if count >= max(max_records, max_heads) or record.format != "warc":
                    break
                _take_record(record, count, state, (max_body, max_records, max_metadata, max_heads))
                state.count = count + 1
            else:
                ended = True
    except (_KeptOverLimit, *WARC_READ_ERRORS):
        pass
    if so_far is not None and ended:
        _keep_read_so_far(stream, so_far, limits, state, parsed)
    responses = tuple(
        _as_rendered(response, state.rendered.get(record_id), max_body) for record_id, response in state.found
    )
    return StoredCapture(responses, tuple(state.metadata), tuple(state.heads))


def _take_record(record: Any, count: int, state: _ReadSoFar, limits: tuple[int, int, int, int]) -> None:
    """The `count`th record of a capture's WARC: its head kept, and the record read, within `limits`
    (`max_body`, `max_records`, `max_metadata`, `max_heads`)."""
    max_body, max_records, max_metadata, max_heads = limits
    if count < max_heads:
        state.heads.append(_head(record))
    if count < max_records:
        _read_record(record, max_body, max_metadata, state.found, state.rendered, state.metadata, state.room)


# A WARC as a capture writes it (each record a gzip member of its own, its WARC head and any HTTP head ended
# by their first blank line and within `_WHOLE_HEAD_BYTES`, its block `Content-Length` bytes, then the blank
# lines, and nothing else) is read without warcio's loader: each record's head parsed as `_HeadParser` parses
# it, and its block handed out through warcio's own `ArcWarcRecord`, so the bodies are dechunked and decoded
# by warcio as before. warcio's loader took 8 % of a capture's check (a capture's WARC of five records: 1.5 M
# instructions, read back). Any other file, or one larger than `_QUICK_FILE_BYTES` (or a member that inflates
# past `_QUICK_MEMBER_BYTES`), is read by warcio from its start, as every file was. The bounds keep what a
# file read so holds at a few MB (the file, a member, its joined pieces), as warcio's steps do.
_QUICK_FILE_BYTES = 1 << 20
_QUICK_MEMBER_BYTES = 2 << 20
_GZIP_MAGIC = b"\x1f\x8b"
_RECORD_END = b"\r\n\r\n"  # the blank line ending a head, and the two after a record's block


class _NotQuick(Exception):
    """The file is not of the shape `_quick_records` reads: warcio reads it."""


def _read_capture_quickly(
    stream: BinaryIO, max_body: int, max_records: int, max_metadata: int, max_heads: int
) -> StoredCapture | None:
    """`read_capture` of a file of the shape `_quick_records` reads, the very same result; None (the stream
    back at its start) for any other, or a stream that cannot be read again from its start."""
    try:
        start = stream.tell()
        if os.fstat(stream.fileno()).st_size - start > _QUICK_FILE_BYTES:
            return None  # a large file (a browser's screenshot, a long video) is read in bounded steps
        data = stream.read(_QUICK_FILE_BYTES + 1)
    except (OSError, ValueError, AttributeError, io.UnsupportedOperation):
        return None  # no file (a bundle's entry, say), or one that cannot be read again
    state = _ReadSoFar()
    try:
        if len(data) > _QUICK_FILE_BYTES:
            raise _NotQuick
        with thread_stderr(io.StringIO()):
            for count, record in enumerate(_quick_records(data)):
                if count >= max(max_records, max_heads):
                    break
                try:
                    _take_record(record, count, state, (max_body, max_records, max_metadata, max_heads))
                except (_KeptOverLimit, *WARC_READ_ERRORS):
                    break  # where warcio's reading stops too: the record read alike
    except _NotQuick:
        stream.seek(start)
        return None
    responses = tuple(
        _as_rendered(response, state.rendered.get(record_id), max_body) for record_id, response in state.found
    )
    return StoredCapture(responses, tuple(state.metadata), tuple(state.heads))


def _quick_records(data: bytes) -> Iterator[Any]:
    """The records of `data` (a whole WARC file) as warcio's `ArchiveIterator`, set up by `archive_records`,
    hands them out: each with its WARC head, its HTTP head where warcio parses one (but a request's, which is
    only measured where it would parse: `read_capture` reads none), and a stream of the rest of its block.
    `_NotQuick` (before the record that is not) where the file is not a capture's shape."""
    from warcio.recordloader import ArcWarcRecord, ArcWarcRecordLoader

    warc_parser = _HeadParser(ArcWarcRecordLoader.WARC_TYPES)
    http_parser = _HeadParser(ArcWarcRecordLoader.HTTP_TYPES, False)  # as `ArchiveIterator` makes them
    request_parser = _HeadParser(ArcWarcRecordLoader.HTTP_VERBS, False)
    heads_bytes = 0
    for member in _gzip_members(data):
        rec_headers, head_size = _quick_head(warc_parser, member, len(member), None)
        rec_type = rec_headers.get_header("WARC-Type")
        uri = rec_headers.get_header("WARC-Target-URI")
        if uri is not None and ((uri.startswith("<") and uri.endswith(">")) or " " in uri):
            raise _NotQuick  # warcio rewrites the header
        stated = rec_headers.get_header("Content-Length")
        if stated is None or not (stated.isascii() and stated.isdigit()):
            raise _NotQuick
        length = int(stated)
        if len(member) != head_size + length + len(_RECORD_END) or not member.endswith(_RECORD_END):
            raise _NotQuick
        block = memoryview(member)[head_size : head_size + length]
        http_headers = None
        http_size = 0
        if length and rec_type in ArcWarcRecordLoader.HTTP_RECORDS:
            if uri is None or rec_type == "revisit":
                raise _NotQuick
            if uri.startswith(ArcWarcRecordLoader.HTTP_SCHEMES):
                # A request's HTTP head is only measured where that shows it would parse: `read_capture`
                # reads nothing of a request but its WARC head (`_request_head_size`).
                measured = (
                    _request_head_size(member, head_size + length, head_size)
                    if rec_type == "request"
                    else None
                )
                if measured is not None:
                    http_size = measured
                else:
                    parser = request_parser if rec_type == "request" else http_parser
                    http_headers, http_size = _quick_head(parser, member, head_size + length, head_size)
        heads_bytes += head_size + http_size + len(_RECORD_END)
        if heads_bytes > MAX_HEADS_BYTES:
            raise _NotQuick
        rest = block[http_size:]
        yield ArcWarcRecord(
            "warc",
            rec_type,
            rec_headers,
            LimitReader(io.BytesIO(rest), len(rest)),
            http_headers,
            rec_headers.get_header("Content-Type"),
            length,
        )


def _request_head_size(data: bytes, end: int, start: int) -> int | None:
    """The size of the request's HTTP head at `start` in `data` (its block ends at `end`), where `_quick_head`
    would take it whole and `_HeadParser` parse it: every line printable ASCII (no tab, no bare line feed or
    carriage return), none empty or opening with a space (so none is blank once stripped), and no more of them
    than `MAX_HTTP_HEAD_LINES`. None for any other head, which `_quick_head` reads. `read_capture` keeps
    nothing of a request's HTTP head: parsed, a capture's took 40 k instructions to be passed over."""
    found = data.find(_RECORD_END, start, start + min(end - start, _WHOLE_HEAD_BYTES))
    if found < 0:
        return None
    try:
        text = data[start:found].decode("ascii")
    except UnicodeDecodeError:
        return None
    lines = text.split("\r\n")
    if (
        len(lines) > MAX_HTTP_HEAD_LINES
        or "" in lines
        or text.startswith(" ")
        or "\r\n " in text
        or not "".join(lines).isprintable()
    ):
        return None
    return found + len(_RECORD_END) - start


def _quick_head(
    parser: _HeadParser, data: bytes, end: int, http_start: int | None
) -> tuple[_ParsedHead, int]:
    """The head at the start of `data` (a WARC head), or at `http_start` (the HTTP head of a block that ends
    at `end`), and its size, where `_IsalBufferedReader.whole_head` would take it whole and `_HeadParser`
    parse it; `_NotQuick` where they would leave it to warcio's loop."""
    start = http_start or 0
    window = _WHOLE_HEAD_BYTES if http_start is None else min(end - start, _WHOLE_HEAD_BYTES)
    found = data.find(_RECORD_END, start, start + window)
    if found < 0:
        raise _NotQuick
    size = found + len(_RECORD_END) - start
    try:
        text = data[start : start + size].decode("utf-8")
    except UnicodeDecodeError:
        raise _NotQuick from None
    lines = text.split("\n")
    if http_start is not None and len(lines) - 2 > MAX_HTTP_HEAD_LINES:
        raise _NotQuick
    parsed = parser._parsed(lines, len(text))
    if parsed is None:
        raise _NotQuick
    return parsed, size


def _gzip_members(data: bytes) -> Iterator[bytes]:
    """Each gzip member of `data` inflated, in steps of `_FILE_BLOCK` compressed bytes that each inflate to
    `_INFLATED_PER_STEP` at most (as `_IsalBufferedReader` reads them); `_NotQuick` at anything but whole
    gzip members, or one that inflates past `_QUICK_MEMBER_BYTES`."""
    view = memoryview(data)
    at = 0
    while at < len(data):
        if view[at : at + 2] != _GZIP_MAGIC:
            raise _NotQuick
        inflater = isal_zlib.decompressobj(16 + isal_zlib.MAX_WBITS)
        pieces = []
        size = 0
        try:
            while not inflater.eof:
                if at >= len(data):
                    raise _NotQuick  # a member cut short
                pending: bytes | memoryview = view[at : at + _FILE_BLOCK]
                at += len(pending)
                while pending and not inflater.eof:
                    piece = inflater.decompress(pending, _INFLATED_PER_STEP)
                    tail = inflater.unconsumed_tail
                    if not piece and len(tail) == len(pending):
                        raise _NotQuick  # no step forward
                    size += len(piece)
                    if size > _QUICK_MEMBER_BYTES:
                        raise _NotQuick
                    pieces.append(piece)
                    pending = tail
        except (zlib.error, _ISAL_ERROR):
            raise _NotQuick from None
        at -= len(inflater.unused_data)
        yield b"".join(pieces)


@dataclass
class _ReadSoFar:
    """How far `read_capture` read the records a capture has written so far, and what it kept of them."""

    offset: int = 0  # where the next record starts in the file
    count: int = 0  # records read
    heads_bytes: int = 0  # the bytes of their heads, as `_IsalBufferedReader` counts them
    found: list[tuple[str, StoredResponse]] = field(default_factory=list)
    rendered: dict[str, tuple[bytes, str]] = field(default_factory=dict)  # response id → DOM, content type
    metadata: list[Any] = field(default_factory=list)
    heads: list[RecordHead] = field(default_factory=list)
    room: list[int] = field(default_factory=lambda: [MAX_KEPT_BODY_BYTES, MAX_KEPT_METADATA_BYTES])

    def copy(self) -> _ReadSoFar:
        return _ReadSoFar(
            self.offset,
            self.count,
            self.heads_bytes,
            list(self.found),
            dict(self.rendered),
            list(self.metadata),
            list(self.heads),
            list(self.room),
        )


def _keep_read_so_far(
    stream: BinaryIO,
    so_far: dict[tuple[int, ...], _ReadSoFar],
    limits: tuple[int, ...],
    state: _ReadSoFar,
    parsed: Any,
) -> None:
    """Keep `state` (read to the end of `stream`) for the next read of the same file with the same limits,
    only where the file held no more than its complete records all along: a record another thread was
    writing as this read passed is read again, whole, next time."""
    complete: int = getattr(stream, "complete", -1)
    try:
        size = os.fstat(stream.fileno()).st_size
    except (OSError, AttributeError, io.UnsupportedOperation):
        return
    if size != complete:
        return
    state.offset = size
    state.heads_bytes = parsed.heads_bytes
    so_far[limits] = state


class _ParsedRecords:
    """`archive_records(stream)`, each record's HTTP head parsed, ending where a record cannot be read: warcio
    parses a request or response record's HTTP head by its `WARC-Target-URI`, and a head cut (or forged)
    before that header has none, which warcio's parse meets with an AttributeError; it is damage, as a
    record cut anywhere else is, raised as what warcio raises for that. `heads_bytes`: the bytes of heads
    read before (where the file's reading is taken up again), counted against the file's bound."""

    def __init__(self, stream: BinaryIO, heads_bytes: int = 0) -> None:
        archive = archive_records(stream)
        self._reader: _IsalBufferedReader = archive.reader
        self._reader._heads_bytes = heads_bytes
        self._records = iter(archive)

    @property
    def heads_bytes(self) -> int:
        return self._reader._heads_bytes

    def __iter__(self) -> Iterator[Any]:
        while True:
            try:
                record = next(self._records)
            except StopIteration:
                return
            except AttributeError as error:  # warcio's `uri.startswith` on a head with no target URI
                raise ArchiveLoadFailed("a record's head ends before its WARC-Target-URI") from error
            yield record


# What one `read_capture` keeps of bodies (and rendered DOMs), and of metadata records' JSON, over all its
# records: each is read up to its own bound, but 1,000 bodies of 5 MB inflated from a file of 5 MB held 5 GB.
# A browser capture's answers come to 200 MB at most (`recording_proxy`), a capture's metadata to a few KB a
# record. Reading stops at the record that would go over, as at damage.
MAX_KEPT_BODY_BYTES = 256 << 20
MAX_KEPT_METADATA_BYTES = 16 << 20


class _KeptOverLimit(Exception):
    """The records read keep more than `read_capture` may hold."""


def _read_record(
    record: Any,
    max_body: int,
    max_metadata: int,
    found: list[tuple[str, StoredResponse]],
    rendered: dict[str, tuple[bytes, str]],
    metadata: list[Any],
    room: list[int],
) -> None:
    """Keep what `read_capture` reads of the record; `room` is what may still be kept of bodies and of
    metadata (`_KeptOverLimit` when this record's would go over)."""
    headers = record.rec_headers
    uri = headers.get_header("WARC-Target-URI") or ""
    if record.rec_type == "resource" and (is_rendered_dom(uri) or is_shown_dom(uri)):
        page = headers.get_header("WARC-Concurrent-To") or ""
        dom = record.content_stream().read(max_body + 1)
        _take_room(room, 0, len(dom))
        read = dom, headers.get_header("Content-Type") or "text/html; charset=utf-8"
        # The DOM marked with what the browser did not render is read in preference to the bare DOM, in
        # whichever order the two come.
        if is_shown_dom(uri):
            rendered[page] = read
        else:
            rendered.setdefault(page, read)
    elif record.rec_type == "response" and record.http_headers is not None:
        response = _stored_response(record, max_body)
        _take_room(room, 0, len(response.body))
        found.append((headers.get_header("WARC-Record-ID") or "", response))
    elif record.rec_type == "metadata":
        data = record.content_stream().read(max_metadata + 1)
        if len(data) <= max_metadata:
            _take_room(room, 1, len(data))
            with contextlib.suppress(ValueError, RecursionError):
                metadata.append(json.loads(data))


def _take_room(room: list[int], which: int, size: int) -> None:
    room[which] -= size
    if room[which] < 0:
        raise _KeptOverLimit


def _head(record: Any) -> RecordHead:
    http = record.http_headers if record.rec_type == "response" else None
    return RecordHead(
        rec_type=record.rec_type,
        uri=record.rec_headers.get_header("WARC-Target-URI") or "",
        content_type=record.rec_headers.get_header("Content-Type"),
        http_headers=tuple(http.headers) if http is not None else None,
    )


def _as_rendered(response: StoredResponse, dom: tuple[bytes, str] | None, max_body: int) -> StoredResponse:
    """A page as the content checks read it: when a browser rendered it, its DOM after scripts ran (with the
    DOM's content type), since that is what a reader of the page saw; its status and other headers stay.
    Any other document a browser showed (a PDF in its viewer) keeps its bytes: they are what it says."""
    if dom is None:
        return response
    if not is_web_page(response.header("Content-Type")):
        return dataclasses.replace(response, shown=True)
    body, content_type = dom
    headers = [(name, value) for name, value in response.headers if name.lower() != "content-type"]
    return dataclasses.replace(
        response,
        headers=(*headers, ("Content-Type", content_type)),
        body=body[:max_body],
        cut=response.cut or len(body) > max_body,
        rendered=True,
        shown=True,
    )


def _stored_response(record: Any, max_body: int) -> StoredResponse:
    http = record.http_headers
    try:
        status: int | None = int(http.get_statuscode())
    except (TypeError, ValueError):
        status = None
    stream = None
    try:
        stream = record.content_stream()
        body = stream.read(max_body + 1)
    except WARC_READ_ERRORS:  # a body whose Content-Encoding does not decode: read it as stored
        body = b""
    return StoredResponse(
        uri=record.rec_headers.get_header("WARC-Target-URI") or "",
        status=status,
        headers=tuple(http.headers),
        body=body[:max_body],
        cut=len(body) > max_body or record.rec_headers.get_header("WARC-Truncated") is not None,
        undecoded=(
            _not_decoded_whole(stream, http.get_header("Content-Encoding"))
            if stream is not None and 0 < len(body) <= max_body
            else None
        ),
    )


# The codings a browser undoes (Chromium's: gzip, x-gzip, deflate, br, zstd). One warcio cannot undo
# (`zstd`, `br` without brotli, two stacked: `gzip, br`) was read as stored and said nothing, though no
# reader sees those bytes; a coding no browser knows (`utf-8`, `none`: a server's misnomer) is ignored by
# browsers and warcio alike, and the body as stored is what a reader sees.
_BROWSER_CODINGS = frozenset({"gzip", "x-gzip", "deflate", "br", "zstd"})


def _not_decoded_whole(stream: Any, content_encoding: str | None = None) -> str | None:
    """Why a body read to its end through warcio's decoding `stream` is not the whole of what its
    Content-Encoding encodes: the stream did not decode at all (warcio then hands out the bytes as stored),
    or it stopped before its end (cut short by the server with an honest length, or damaged: warcio then
    hands out what decoded before). Either way only part of the page, or none of it, was read, where the
    checks took the part for the page. None for a body that decoded whole or was not encoded."""
    encoding = getattr(stream, "decomp_type", None)
    if not encoding:
        if not content_encoding:  # the usual case: nothing to decode
            return None
        codings = {coding.strip(" \t").lower() for coding in content_encoding.split(",")}
        if codings & _BROWSER_CODINGS:
            said = " ".join(content_encoding.split())[:60]
            return f"its Content-Encoding {said} is not one this tool decodes: the body was read as stored"
        return None
    decoder = getattr(stream, "decompressor", None)
    if decoder is None:
        # Named as the server sent it: warcio reads a legacy alias as its coding (`X-Gzip` as `gzip`).
        said = " ".join(content_encoding.split())[:60] if content_encoding else encoding
        return f"its Content-Encoding {said} does not decode: the body was read as stored"
    if getattr(decoder, "eof", True):
        return None
    return (
        f"its Content-Encoding {encoding} did not decode to its end (the stream is cut short or damaged): "
        "only the part before that was read"
    )


def same_digest(recorded: str, computed: str) -> bool:
    """Compare a recorded `sha256:` digest, in hex, base32 or base64, with a computed `sha256:<hex>`."""
    algorithm, _, value = recorded.partition(":")
    if algorithm.lower() != "sha256":
        return False
    return _digest_bytes(value) == bytes.fromhex(computed.partition(":")[2])


def _digest_bytes(value: str) -> bytes | None:
    decoders = (bytes.fromhex, lambda v: base64.b32decode(v, casefold=True), base64.b64decode)
    for decode in decoders:
        try:
            decoded = decode(value)
        except (ValueError, binascii.Error):
            continue
        if len(decoded) == hashlib.sha256().digest_size:
            return decoded
    return None
