"""Writing one capture's WARC file under the conventions in `provenance.warc`."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import os
import tempfile
import threading
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, BinaryIO

from isal import isal_zlib
from warcio.statusandheaders import StatusAndHeaders
from warcio.timeutils import datetime_to_iso_date

from provenance.capture.failure import ArchiveWriteError, CaptureFailure
from provenance.capture.options import WarcInfo
from provenance.files import sync_folder
from provenance.outputs.json_text import indented_json  # the standard library's indented bytes, written fast
from provenance.warc.durable import WarcSyncs, unpublish
from provenance.warc.naming import warc_file_name
from provenance.warc.parts import create_part

if TYPE_CHECKING:  # the models (pydantic) are made only once a capture is described, after its requests
    from provenance.models import Truncation, WarcRecordRef

ORIGINAL_TRANSFER_ENCODING = "X-Provenance-Orig-Transfer-Encoding"
ORIGINAL_CONTENT_LENGTH = "X-Provenance-Orig-Content-Length"  # sent beside chunked framing
_SPOOL_IN_MEMORY = 1 << 20

# Each record is one gzip member, as warcio writes them, but deflated by ISA-L at level 2 rather than by zlib
# at level 9: 15-30 times faster for files a few percent larger. A payload that is compressed already (by its
# Content-Encoding, its type, or a sample that does not shrink) is stored in deflate's stored blocks (zlib's
# level 0): nearly free to write, read back at memory speed by `verify`, and never larger than the payload
# by more than 5 bytes in 64 KiB (ISA-L's own level 0 still Huffman-codes it, a fifth larger).
_LEVEL = 2
_SAMPLE_BYTES = 64 << 10  # how much of a body is tried to tell whether it compresses
_SHRINK_ENOUGH = 0.9
_MIN_SAMPLE = 4096  # a shorter body is deflated whatever it holds
_COMPRESSED_ENCODINGS = frozenset({"gzip", "x-gzip", "br", "zstd", "deflate", "compress", "x-compress"})
_COMPRESSED_TYPES = (
    "image/",
    "video/",
    "audio/",
    "font/woff",
    "application/zip",
    "application/gzip",
    "application/x-gzip",
    "application/zstd",
    "application/pdf",
)


def _sha256_label(digest: Any) -> str:
    return f"sha256:{digest.hexdigest()}"


# Record ids are random (version 4) UUIDs, as warcio's `make_warc_id` makes them, but their random bytes are
# read from the system `_IDS_AT_ONCE` ids at a time: `uuid.uuid4()` read 16 bytes (a system call) and built
# a UUID object in some 40 interpreter steps for each record, four or more records a capture, most of them
# between an answer and the worker's next request. A forked capture process starts with none read, so no two
# processes of a run ever hand out the same bytes.
_IDS_AT_ONCE = 64
_id_bytes = b""
_ids_handed = 0
_ids_lock = threading.Lock()


def _forget_read_ids() -> None:
    global _id_bytes, _ids_handed, _ids_lock
    _id_bytes, _ids_handed, _ids_lock = b"", 0, threading.Lock()


if hasattr(os, "register_at_fork"):  # not on Windows, which cannot fork
    os.register_at_fork(after_in_child=_forget_read_ids)


def _new_record_id() -> str:
    """A new `<urn:uuid:…>` record id: a random (version 4, RFC 4122 variant) UUID."""
    global _id_bytes, _ids_handed
    with _ids_lock:
        if _ids_handed * 16 >= len(_id_bytes):
            _id_bytes, _ids_handed = os.urandom(16 * _IDS_AT_ONCE), 0
        start = _ids_handed * 16
        _ids_handed += 1
        raw = bytearray(_id_bytes[start : start + 16])
    raw[6] = (raw[6] & 0x0F) | 0x40  # version 4
    raw[8] = (raw[8] & 0x3F) | 0x80  # the RFC 4122 variant
    text = raw.hex()
    return f"<urn:uuid:{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}>"


def _warc_date(at: dt.datetime) -> str:
    text: str = datetime_to_iso_date(at.astimezone(dt.UTC).replace(tzinfo=None), use_micros=True)
    return text


class _SentHeaders(StatusAndHeaders):  # type: ignore[misc]  # warcio has no type hints
    """An HTTP head kept in the bytes that went over the wire.

    http.client reads header bytes as Latin-1 and writes header text as Latin-1, so encoding back as Latin-1
    gives the very bytes; warcio's own encoding would percent-encode every non-ASCII byte and so alter them.
    """

    def compute_headers_buffer(self, header_filter: Any = None) -> None:
        # Made once: the head is complete when it is made (its digest is taken from these bytes), and warcio
        # asks again as it writes the record; the WARC writer has no header filter.
        if getattr(self, "headers_buff", None) is None or header_filter is not None:
            self.headers_buff = self.to_bytes(header_filter, encoding="latin-1")


class _GzipMember:
    """The file stream as warcio writes one record to it: deflated into one gzip member, ended at `flush`."""

    def __init__(self, out: _HashingStream, stored: bool) -> None:
        self._out = out
        self._compressor = (
            zlib.compressobj(0, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
            if stored
            else isal_zlib.compressobj(_LEVEL, isal_zlib.DEFLATED, 16 + isal_zlib.MAX_WBITS)
        )

    def write(self, data: bytes) -> None:
        self._out.write(self._compressor.compress(data))

    def flush(self) -> None:  # once, when the record is complete: the member ends (the file is not flushed)
        self._out.write(self._compressor.flush())


def _gzip_member(data: bytes, stored: bool) -> bytes:
    """`data` as one whole gzip member, deflated as `_GzipMember` deflates it."""
    if stored:
        return zlib.compress(data, 0, 16 + zlib.MAX_WBITS)
    return isal_zlib.compress(data, _LEVEL, 16 + isal_zlib.MAX_WBITS)


# The content type of a record written without one, by its type, as warcio's writer names it
# (`warcio.recordbuilder.RecordBuilder.WARC_RECORDS`).
_RECORD_CONTENT_TYPES = {
    "warcinfo": "application/warc-fields",
    "response": "application/http; msgtype=response",
    "revisit": "application/http; msgtype=response",
    "request": "application/http; msgtype=request",
    "metadata": "application/warc-fields",
}
# Of a record's block, read from its spool and deflated at a time: 64 KiB stays in the cache between the read,
# the deflating and the hashing of what is written; 1 MiB chunks made the 400 MB body's capture 0.3 s slower.
_COPY_BYTES = 1 << 16


def _replace_field(fields: list[tuple[str, str]], name: str, value: str) -> None:
    """warcio's `StatusAndHeaders.replace_header`: the last field of that name (any case) given `value`, or
    the field added at the end."""
    lowered = name.lower()
    for index in range(len(fields) - 1, -1, -1):
        if fields[index][0].lower() == lowered:
            fields[index] = (fields[index][0], value)
            return
    fields.append((name, value))


def _field(fields: list[tuple[str, str]], name: str) -> str | None:
    """warcio's `StatusAndHeaders.get_header`: the first field of that name (any case)."""
    lowered = name.lower()
    return next((value for field_name, value in fields if field_name.lower() == lowered), None)


def _incompressible(sample: bytes) -> bool:
    """Whether the start of a body hardly shrinks (random bytes, or compressed data of a type not named)."""
    return len(sample) >= _MIN_SAMPLE and len(isal_zlib.compress(sample, 1)) > _SHRINK_ENOUGH * len(sample)


def _payload_is_compressed(headers: StatusAndHeaders) -> bool:
    """Whether an HTTP payload is compressed already (a Content-Encoding, an image, an archive...)."""
    encoding = (headers.get_header("Content-Encoding") or "").strip().lower()
    content_type = (headers.get_header("Content-Type") or "").strip().lower()
    return encoding in _COMPRESSED_ENCODINGS or content_type.startswith(_COMPRESSED_TYPES)


class ResponseBody:
    """A response body spooled as it streams, hashed on the way for the payload and the block digests."""

    def __init__(self, http_headers: StatusAndHeaders) -> None:
        http_headers.compute_headers_buffer()
        self.http_headers = http_headers
        # The spool outlives this call: it is read when the record is written, and closed by `close`.
        self.spool: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=_SPOOL_IN_MEMORY)  # noqa: SIM115
        self._payload = hashlib.sha256()
        self._block = hashlib.sha256(http_headers.headers_buff)
        self._sample = b""
        self.length = 0

    def write(self, chunk: bytes) -> None:
        try:
            self.spool.write(chunk)
        except OSError as error:
            raise ArchiveWriteError(f"a response body's spool in {tempfile.gettempdir()}", error) from error
        self._payload.update(chunk)
        self._block.update(chunk)
        if len(self._sample) < _SAMPLE_BYTES:
            self._sample += chunk[: _SAMPLE_BYTES - len(self._sample)]
        self.length += len(chunk)

    @property
    def compressed_already(self) -> bool:
        """Whether the body is compressed already: stored as it is in the WARC's gzip member."""
        return _payload_is_compressed(self.http_headers) or _incompressible(self._sample)

    @property
    def payload_digest(self) -> str:
        return _sha256_label(self._payload)

    @property
    def block_digest(self) -> str:
        return _sha256_label(self._block)

    def read_all(self) -> bytes:
        """The whole stored body (at most the capture's byte cap)."""
        self.spool.seek(0)
        return self.spool.read()

    def close(self) -> None:
        self.spool.close()


def response_body(status_line: str, headers: list[tuple[str, str]], dechunked: bool = False) -> ResponseBody:
    """An empty body for a response with this status line and these raw headers (see module conventions).

    `dechunked`: the body arrives with its chunked framing removed. A `Content-Length` sent beside that
    framing did not frame the body (the transfer coding overrides it, RFC 9112 6.3): it is kept renamed, or
    a replay tool would take it for the stored body's length (3 bytes stored under `Content-Length: 100`,
    or a page shown cut to a length that lied)."""
    archived = [
        (ORIGINAL_TRANSFER_ENCODING if name.lower() == "transfer-encoding" else name, value)
        for name, value in headers
    ]
    if dechunked:
        archived = [
            (ORIGINAL_CONTENT_LENGTH if name.lower() == "content-length" else name, value)
            for name, value in archived
        ]
    protocol, _, status = status_line.partition(" ")
    return ResponseBody(_SentHeaders(status, archived, protocol=protocol))


@dataclass(frozen=True, repr=False, eq=False)
class RequestHead:
    """A request as sent: `GET /path HTTP/1.1`, its headers in order, and its body (a POST's form, say)."""

    line: str
    headers: list[tuple[str, str]]
    body: bytes = b""

    @classmethod
    def from_wire(cls, head: bytes, body: bytes = b"") -> RequestHead:
        """The request whose head went on the wire as `head` (request line, `Name: value` lines, CRLFs)."""
        line, *fields = head.decode("latin-1").split("\r\n")
        headers = [tuple(field.split(": ", 1)) for field in fields if field]
        return cls(line, [(name, value) for name, value in headers], body)


class _HashingStream:
    """The file stream warcio writes to, hashed as the bytes go by so the file is never read back."""

    def __init__(self, file: BinaryIO) -> None:
        self.file = file
        self.digest = hashlib.sha256()
        self.length = 0  # bytes written

    def write(self, data: bytes) -> int:
        self.digest.update(data)
        self.length += len(data)
        return self.file.write(data)

    def flush(self) -> None:
        self.file.flush()


def _record_head(
    record_type: str,
    uri: str,
    at: dt.datetime,
    length: int,
    warc_headers: dict[str, str],
    http_headers: StatusAndHeaders | None,
    content_type: str,
) -> tuple[str, bytes]:
    """A record's id and its head (the WARC head, then the HTTP head if any) as `WarcFile._write` writes it;
    the id is taken out of `warc_headers` (`WARC-Record-ID`) or made."""
    record_id = warc_headers.pop("WARC-Record-ID", None) or _new_record_id()
    fields = {"WARC-Type": record_type, "WARC-Record-ID": record_id, "WARC-Date": _warc_date(at)}
    fields |= warc_headers
    http_head = b""
    if http_headers:  # as warcio asks: one with neither a status line nor headers is none
        http_headers.compute_headers_buffer()
        http_head = http_headers.headers_buff
    size = str(len(http_head) + length)
    # Each field's name in lower case, and the name it stands under: where no two names differ only in case
    # (always, for the fields a capture writes), the first field of a name is the last, and the three fields
    # below are set by one look each, not by a walk over every field lowering each name (a third of the
    # head's making, four records a capture).
    names = {name.lower(): name for name in fields}
    if len(names) != len(fields):
        listed = _head_fields_alike(fields, uri, content_type, record_type, size)
        return record_id, _head_bytes(listed, http_head)
    if uri:
        fields[names.get("warc-target-uri", "WARC-Target-URI")] = uri
    own = names.get("content-type")
    content_type = (
        content_type
        or (fields[own] if own is not None else "")
        or _RECORD_CONTENT_TYPES.get(record_type, "application/warc-record")
    )
    fields[own or "Content-Type"] = content_type
    fields[names.get("content-length", "Content-Length")] = size
    return record_id, _head_bytes(fields.items(), http_head)


def _head_fields_alike(
    fields: dict[str, str], uri: str, content_type: str, record_type: str, size: str
) -> list[tuple[str, str]]:
    """The head's fields as warcio's `replace_header` and `get_header` set them, field by field: for fields
    two of whose names differ only in case (the last of a name is replaced, the first is read)."""
    listed = list(fields.items())
    if uri:
        _replace_field(listed, "WARC-Target-URI", uri)
    content_type = (
        content_type
        or _field(listed, "Content-Type")
        or _RECORD_CONTENT_TYPES.get(record_type, "application/warc-record")
    )
    _replace_field(listed, "Content-Type", content_type)
    _replace_field(listed, "Content-Length", size)
    return listed


def _head_bytes(fields: Iterable[tuple[str, str]], http_head: bytes) -> bytes:
    """`WARC/1.1`, a `Name: value` line for each field, the blank line, then the HTTP head."""
    lines = "\r\n".join(map(": ".join, fields))
    return f"WARC/1.1\r\n{lines}\r\n\r\n".encode() + http_head


def _request_headers(
    request: RequestHead, ip: str | None, warc_headers: dict[str, str]
) -> tuple[_SentHeaders, dict[str, str]]:
    """A request record's HTTP head and its WARC fields (`warc_headers`, the digests, the address)."""
    request_headers = _SentHeaders(request.line, request.headers, is_http_request=True)
    request_headers.compute_headers_buffer()
    headers = {
        **warc_headers,
        "WARC-Block-Digest": "sha256:"
        + hashlib.sha256(request_headers.headers_buff + request.body).hexdigest(),
        "WARC-Payload-Digest": "sha256:" + hashlib.sha256(request.body).hexdigest(),
    }
    if ip is not None:
        headers["WARC-IP-Address"] = ip
    return request_headers, headers


@dataclass(frozen=True, repr=False, eq=False)
class RequestRecord:
    """The request record of an exchange, made while its answer is awaited (`WarcFile.request_record`) and
    written, before the answer's, by `write_exchange`: the same bytes it would make then, made off the
    worker's way from an answer to its next request."""

    uri: str
    ip: str | None
    at: dt.datetime
    request: RequestHead
    request_id: str
    response_id: str
    member: bytes  # the record's whole gzip member
    block_digest: str
    payload_digest: str

    def is_for(self, uri: str, ip: str | None, at: dt.datetime, request: RequestHead) -> bool:
        """Whether this is the record `write_exchange` would make of these."""
        return (self.uri, self.ip, self.at) == (uri, ip, at) and (
            self.request is request
            or (
                (self.request.line, self.request.headers, self.request.body)
                == (request.line, request.headers, request.body)
            )
        )


class RecordsSoFar(io.BufferedReader):
    """A WARC being written, read from its start: `complete` is its length when opened, its records all
    whole then; `read_so_far` keeps, for each set of limits, how far `warc.reader.read_capture` read the
    file and what it found, so that the next read takes up from there."""

    def __init__(self, path: Path, complete: int, read_so_far: dict[tuple[int, ...], Any]) -> None:
        super().__init__(io.FileIO(path, "rb"))
        self.complete = complete
        self.read_so_far = read_so_far


class WarcFile:
    """One WARC being written under a temporary name, then published under its final name or discarded.

    The temporary file (`.<final name>.<random>.part`) is locked while it is written, so a later run can
    tell a file whose writer died (`kill -9`) from one another run is still writing: see `remove_stale_parts`.

    Made `opened_later`, the file is made when it is first needed (its first record past the warcinfo, a
    read, `publish`), or by `open_now`: a capture calls that once its first request is sent, so that making
    the file and its warcinfo record is done while the answer is awaited, not before the request goes out.
    The warcinfo record given before that is written first when the file is made; a folder that cannot take
    the file fails the write that needed it (`ArchiveWriteError`, `in <folder>`).
    """

    def __init__(
        self,
        archive_dir: Path,
        name: str,
        started: dt.datetime,
        syncs: WarcSyncs | None = None,
        opened_later: bool = False,
    ) -> None:
        self.final_path = archive_dir / warc_file_name(name, started)
        self._archive_dir = archive_dir
        # Given: `publish` leaves the disk sync to whoever syncs `syncs` before naming the file anywhere.
        self._syncs = syncs
        self._file: _HashingStream | None = None
        self._temp_path: Path | None = None
        self._not_made: ArchiveWriteError | None = None  # why `open_now` could not make the file
        self._warcinfo: tuple[WarcInfo, dt.datetime] | None = None  # given, not yet written
        # Each record written: its id, type, target URI, block and payload digests (`records`).
        self._records: list[tuple[str, str, str | None, str, str | None]] = []
        # Several threads may record into one file (a browser page's requests): one record, or one
        # exchange's pair, at a time; and none once the capture stops taking them (`stop_exchanges`).
        self._lock = threading.RLock()
        self._taking_exchanges = True
        self._read_so_far: dict[tuple[int, ...], Any] = {}  # see `RecordsSoFar`
        if not opened_later:
            self._make()

    def _make(self) -> None:
        try:
            handle, self._temp_path = create_part(self._archive_dir, prefix=f".{self.final_path.name}.")
        except OSError as error:
            raise ArchiveWriteError(f"in {self._archive_dir}", error) from error
        self._file = _HashingStream(os.fdopen(handle, "wb"))

    @property
    def _stream(self) -> _HashingStream:
        """The file's stream, the file made (and its warcinfo record written) if it was not yet."""
        with self._lock:
            if self._file is None:
                if self._not_made is not None:
                    raise self._not_made
                self._make()
                if self._warcinfo is not None:
                    info, at = self._warcinfo
                    self._warcinfo = None
                    self.write_warcinfo(info, at)
            assert self._file is not None
            return self._file

    def open_now(self) -> None:
        """Make the file now, if it was made `opened_later` and is not yet; never raises: a folder that
        refuses it fails the next write instead."""
        with self._lock:
            if self._file is None and self._not_made is None:
                try:
                    self._stream  # noqa: B018  # made, and its warcinfo record written
                except ArchiveWriteError as failure:
                    self._not_made = failure

    def _write(
        self,
        record_type: str,
        uri: str,
        at: dt.datetime,
        payload: IO[bytes],
        length: int,
        warc_headers: dict[str, str],
        http_headers: StatusAndHeaders | None = None,
        content_type: str = "",
        stored: bool = False,
        stored_unless_it_shrinks: bool = False,
    ) -> None:
        """One record, its head as warcio's writer makes it of these fields (`warc_headers` after the type,
        id and date; then the target URI, the content type, the length), written here directly: warcio's
        writer made it in some 150 interpreter calls, in layers that checked digests given to it.

        `stored_unless_it_shrinks` (a record deflated at once): a record that its deflating does not shrink to
        `_SHRINK_ENOUGH` of its size is kept in stored blocks instead, as a sample that does not shrink
        keeps a longer one (`ResponseBody.compressed_already`), without deflating a sample first."""
        with self._lock:
            record_id, head = _record_head(
                record_type, uri, at, length, warc_headers, http_headers, content_type
            )
            try:
                if length <= _COPY_BYTES:  # a request, a page, the metadata: one member deflated at once
                    record = b"".join((head, payload.read(), b"\r\n\r\n"))
                    member = _gzip_member(record, stored)
                    if stored_unless_it_shrinks and not stored and len(member) > _SHRINK_ENOUGH * len(record):
                        member = _gzip_member(record, stored=True)
                    self._stream.write(member)
                else:
                    deflating = _GzipMember(self._stream, stored)
                    deflating.write(head)
                    while chunk := payload.read(_COPY_BYTES):
                        deflating.write(chunk)
                    deflating.write(b"\r\n\r\n")
                    deflating.flush()
            except OSError as error:
                raise ArchiveWriteError(str(self._temp_path), error) from error
            self._records.append(
                (
                    record_id,
                    record_type,
                    uri or None,
                    warc_headers["WARC-Block-Digest"],
                    warc_headers.get("WARC-Payload-Digest"),
                )
            )

    @property
    def records(self) -> list[WarcRecordRef]:
        """The records written so far, as the ledger lists them: the models are made when asked, not as
        each record is written (a capture's first records, written before its first request is sent, must
        not wait for pydantic to load)."""
        from provenance.models import WarcRecordRef

        with self._lock:
            written = list(self._records)
        return [
            WarcRecordRef(id=id_, type=type_, uri=uri, block_digest=block, payload_digest=payload)
            for id_, type_, uri, block, payload in written
        ]

    def _write_document(
        self,
        record_type: str,
        uri: str,
        at: dt.datetime,
        data: bytes,
        content_type: str,
        warc_headers: dict[str, str] | None = None,
    ) -> None:
        digest = "sha256:" + hashlib.sha256(data).hexdigest()
        headers = {**(warc_headers or {}), "WARC-Block-Digest": digest}
        if record_type != "warcinfo":  # warcinfo has no payload in warcio's model, so no payload digest
            headers["WARC-Payload-Digest"] = digest
        stored = content_type.strip().lower().startswith(_COMPRESSED_TYPES)  # a screenshot (PNG), a PDF
        self._write(
            record_type,
            uri,
            at,
            io.BytesIO(data),
            len(data),
            headers,
            content_type=content_type,
            stored=stored,
        )

    def write_warcinfo(self, info: WarcInfo, at: dt.datetime) -> None:
        """The warcinfo record, the file's first; kept until the file is made, if it is not yet."""
        with self._lock:
            if self._file is None:
                self._warcinfo = (info, at)
                return
        fields = {
            "software": info.software,
            "format": "WARC File Format 1.1",
            "operator": info.operator,
            "hostname": info.hostname,
            "command-line": info.command_line,
        }
        text = "".join(f"{name}: {' '.join(value.split())}\r\n" for name, value in fields.items())
        self._write_document("warcinfo", "", at, text.encode("utf-8"), "application/warc-fields")

    def _write_request(
        self, uri: str, ip: str | None, at: dt.datetime, request: RequestHead, warc_headers: dict[str, str]
    ) -> None:
        request_headers, headers = _request_headers(request, ip, warc_headers)
        body = io.BytesIO(request.body)
        self._write("request", uri, at, body, len(request.body), headers, http_headers=request_headers)

    def request_record(
        self, uri: str, ip: str | None, at: dt.datetime, request: RequestHead
    ) -> RequestRecord | None:
        """The request record `write_exchange` would write for this request, made now (none is written): a
        capture makes it once the request is sent, while the answer is awaited. None for a request whose
        body is too long to be made at once (it is made as it is written)."""
        if len(request.body) > _COPY_BYTES:
            return None
        request_id, response_id = _new_record_id(), _new_record_id()
        warc_headers = {"WARC-Record-ID": request_id, "WARC-Concurrent-To": response_id}
        request_headers, headers = _request_headers(request, ip, warc_headers)
        _, head = _record_head("request", uri, at, len(request.body), headers, request_headers, "")
        return RequestRecord(
            uri=uri,
            ip=ip,
            at=at,
            request=request,
            request_id=request_id,
            response_id=response_id,
            member=_gzip_member(b"".join((head, request.body, b"\r\n\r\n")), stored=False),
            block_digest=headers["WARC-Block-Digest"],
            payload_digest=headers["WARC-Payload-Digest"],
        )

    def write_request(self, uri: str, ip: str | None, at: dt.datetime, request: RequestHead) -> str:
        """A `request` record with no answer: an attempt that failed (as `wget --warc-file` keeps it); its id.

        `ip` is the address a connection was made to, None when none was (a name that did not resolve)."""
        record_id = _new_record_id()
        with self._exchange_slot():
            self._write_request(uri, ip, at, request, {"WARC-Record-ID": record_id})
        return record_id

    def write_exchange(
        self,
        uri: str,
        ip: str | None,
        at: dt.datetime,
        request: RequestHead,
        response: ResponseBody,
        truncation: Truncation | None,
        made: RequestRecord | None = None,
    ) -> str:
        """The request and response records of one HTTP exchange, linked to each other; the response's id.

        `ip` is the address connected to; None through a proxy, which chose the origin's address itself.
        `made`: the request record made while the answer was awaited (`request_record`), written as it was
        made if it is this request's. CaptureFailure (`archive:`) once `stop_exchanges` was called."""
        with self._exchange_slot():
            if made is not None and made.is_for(uri, ip, at, request):
                request_id, response_id = made.request_id, made.response_id
                try:
                    self._stream.write(made.member)
                except OSError as error:
                    raise ArchiveWriteError(str(self._temp_path), error) from error
                self._records.append(
                    (request_id, "request", uri or None, made.block_digest, made.payload_digest)
                )
            else:
                request_id, response_id = _new_record_id(), _new_record_id()
                self._write_request(
                    uri, ip, at, request, {"WARC-Record-ID": request_id, "WARC-Concurrent-To": response_id}
                )
            response_headers = {
                "WARC-Record-ID": response_id,
                "WARC-Concurrent-To": request_id,
                "WARC-Block-Digest": response.block_digest,
                "WARC-Payload-Digest": response.payload_digest,
            }
            if ip is not None:
                response_headers["WARC-IP-Address"] = ip
            if truncation is not None:
                response_headers["WARC-Truncated"] = truncation
            response.spool.seek(0)
            # A body deflated at once is told compressed by its headers, or by its own deflating.
            at_once = _MIN_SAMPLE <= response.length <= _COPY_BYTES
            stored = _payload_is_compressed(response.http_headers) if at_once else response.compressed_already
            self._write(
                "response",
                uri,
                at,
                response.spool,
                response.length,
                response_headers,
                http_headers=response.http_headers,
                stored=stored,
                stored_unless_it_shrinks=at_once,
            )
            # Each exchange whole in the file as it is written (its records are not flushed one by one): a
            # reader of the file as it grows (`RecordsSoFar`) meets no exchange that is not there yet.
            self._flush()
        return response_id

    def _flush(self) -> None:
        try:
            self._stream.flush()
        except OSError as error:
            raise ArchiveWriteError(str(self._temp_path), error) from error

    @contextlib.contextmanager
    def _exchange_slot(self) -> Iterator[None]:
        with self._lock:
            if not self._taking_exchanges:
                raise CaptureFailure("archive", "the capture had finished; this exchange was not recorded")
            yield

    def stop_exchanges(self) -> None:
        """Refuse exchanges from now on: a request still in flight when its capture ends (a browser page's)
        is not recorded into a file that is being finished."""
        with self._lock:
            self._taking_exchanges = False

    def write_resource(
        self,
        uri: str,
        at: dt.datetime,
        data: bytes,
        content_type: str,
        concurrent_to: str | None = None,
        extra_headers: dict[str, str] | None = None,
    ) -> str:
        """A `resource` record (a screenshot, say) made at `at`, linked to its source record; its id."""
        record_id = _new_record_id()
        headers = {"WARC-Record-ID": record_id, **(extra_headers or {})}
        if concurrent_to is not None:
            headers["WARC-Concurrent-To"] = concurrent_to
        self._write_document("resource", uri, at, data, content_type, headers)
        return record_id

    def write_metadata(self, uri: str, at: dt.datetime, document: dict[str, Any]) -> None:
        data = indented_json(document).removesuffix("\n").encode("utf-8")
        self._write_document("metadata", uri, at, data, "application/json")

    def read_so_far(self) -> BinaryIO:
        """The records written until now, as a new read-only stream (the caller closes it). Read again after
        more records are written, it is read on from where the reading before ended (`RecordsSoFar`)."""
        with self._lock:  # no record half written: each is written whole under the lock
            stream = self._stream
            stream.flush()
            complete = stream.length
        assert self._temp_path is not None  # made with the stream
        return RecordsSoFar(self._temp_path, complete, self._read_so_far)

    def publish(self) -> tuple[Path, str]:
        """Move the finished file to its final name (never over an existing file); its path and SHA-256.

        On disk (the file and its name) when this returns, unless the file was made with `syncs`: then it is
        added there, and on disk once they sync it."""
        stream = self._stream
        file, temp_path = stream.file, self._temp_path
        assert temp_path is not None  # made with the stream
        try:
            file.flush()
            if self._syncs is None:
                os.fsync(file.fileno())
            # Linked while still open and locked, so no sweep of stale files can take it in between.
            os.link(temp_path, self.final_path)
        except FileExistsError as error:
            raise CaptureFailure("archive", f"{self.final_path} already exists; not overwritten") from error
        except OSError as error:
            raise ArchiveWriteError(str(self.final_path), error) from error
        finally:
            self.discard()
        if self._syncs is not None:
            self._syncs.add(self.final_path)
            return self.final_path, stream.digest.hexdigest()
        try:
            sync_folder(self.final_path.parent)  # the new name
        except OSError as error:
            unpublish(self.final_path)
            raise ArchiveWriteError(str(self.final_path), error) from error
        return self.final_path, stream.digest.hexdigest()

    def discard(self) -> None:
        """Remove the temporary file (if it was made); the published file, if any, stays."""
        with self._lock:
            file, temp_path = self._file, self._temp_path
            self._warcinfo = None
        if file is None or temp_path is None:
            return
        with contextlib.suppress(OSError):  # a failed flush of a file that is thrown away anyway
            file.file.close()
        temp_path.unlink(missing_ok=True)
