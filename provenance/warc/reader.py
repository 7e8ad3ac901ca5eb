"""Reading our WARC files back: each record's digests recomputed over the bytes as stored.

The file is read once: hashed whole, then walked record by record the way `warcio check` reads it.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import dataclasses
import hashlib
import io
import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from provenance.files import open_regular_file
from provenance.hashing import sha256_stream
from provenance.warc.attachments import is_rendered_dom

_CHUNK = 1 << 16
# Record types whose block starts with an HTTP head when the target is http(s), as `warcio check` reads them.
_HTTP_RECORD_TYPES = ("response", "request", "revisit")
_HTTP_SCHEMES = ("http:", "https:")
# Errors warcio raises on bytes that are not a well-formed (possibly gzipped) WARC.
_WARC_READ_ERRORS = (ArchiveLoadFailed, ValueError, EOFError, zlib.error, OSError)


@dataclass(frozen=True)
class RecordDigests:
    header_block: str | None
    header_payload: str | None
    block: str  # computed `sha256:<hex>`
    payload: str | None  # computed `sha256:<hex>`; None where the payload digest names another record


@dataclass
class WarcContents:
    sha256: str
    records: dict[str, RecordDigests] = field(default_factory=dict)
    error: str | None = None  # why reading stopped early, when it did


def read_warc(path: Path) -> WarcContents | None:
    try:
        stream = open_regular_file(path)
    except OSError:
        return None
    # warcio reports framing damage (a wrong Content-Length, say) only as text on stderr; keep it as evidence.
    warcio_warnings = io.StringIO()
    with stream:
        try:
            contents = WarcContents(sha256=sha256_stream(stream))
            stream.seek(0)
        except OSError:
            return None
        try:
            with contextlib.redirect_stderr(warcio_warnings):
                _read_records(stream, contents)
        except _WARC_READ_ERRORS as error:
            contents.error = str(error) or type(error).__name__
    if contents.error is None and warcio_warnings.getvalue().strip():
        contents.error = " ".join(warcio_warnings.getvalue().split())
    return contents


def _read_records(stream: BinaryIO, contents: WarcContents) -> None:
    for record in ArchiveIterator(stream, no_record_parse=True):
        if record.format != "warc":
            # warcio falls back to the older ARC format for anything that is not WARC
            contents.error = "not a WARC file"
            return
        contents.records[record.rec_headers.get_header("WARC-Record-ID")] = _record_digests(record)


def _record_digests(record: Any) -> RecordDigests:
    """Recompute a record's digests over its block as stored, the way `warcio check` does."""
    block = hashlib.sha256()
    stream = record.raw_stream
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    if record.rec_type in _HTTP_RECORD_TYPES and uri.startswith(_HTTP_SCHEMES):
        _read_http_head(stream, block.update)
    # A revisit's payload digest names the payload of the record it refers to, not its own.
    payload = None if record.rec_type == "revisit" else hashlib.sha256()
    while chunk := stream.read(_CHUNK):
        block.update(chunk)
        if payload is not None:
            payload.update(chunk)
    return RecordDigests(
        header_block=record.rec_headers.get_header("WARC-Block-Digest"),
        header_payload=record.rec_headers.get_header("WARC-Payload-Digest"),
        block=f"sha256:{block.hexdigest()}",
        payload=f"sha256:{payload.hexdigest()}" if payload is not None else None,
    )


def _read_http_head(stream: Any, digest: Callable[[bytes], None]) -> None:
    """Consume the status line and headers, up to and including the blank line, into the block digest."""
    line = stream.readline()
    digest(line)
    while line.strip():
        line = stream.readline()
        digest(line)


@dataclass(frozen=True)
class StoredResponse:
    """One HTTP response as a WARC keeps it: what extractors read, the body decoded and cut at a bound."""

    uri: str
    status: int | None
    headers: tuple[tuple[str, str], ...]
    body: bytes  # Content-Encoding removed; at most the reader's bound
    cut: bool  # the body was longer than the bound, or the WARC says it was truncated
    rendered: bool = False  # `body` is the browser's rendered DOM of this page, not the bytes received

    def header(self, name: str) -> str | None:
        wanted = name.lower()
        return next((value for key, value in self.headers if key.lower() == wanted), None)


def read_responses(
    stream: BinaryIO, max_body: int = 5_000_000, max_records: int = 1000
) -> tuple[StoredResponse, ...]:
    """The `response` records of a WARC stream in order, each body decoded and read up to `max_body` bytes;
    a page a browser rendered is read through its rendered DOM (see `warc.attachments`).

    Reads are bounded twice: at most `max_records` records, and at most `max_body` decoded bytes per body
    (a gzip bomb inflates only that far). A damaged file yields the responses before the damage.
    """
    found: list[tuple[str, StoredResponse]] = []
    rendered: dict[str, tuple[bytes, str]] = {}  # response record id → its page's rendered DOM, content type
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            for count, record in enumerate(ArchiveIterator(stream)):
                if count >= max_records or record.format != "warc":
                    break
                headers = record.rec_headers
                if record.rec_type == "resource" and is_rendered_dom(
                    headers.get_header("WARC-Target-URI") or ""
                ):
                    page = headers.get_header("WARC-Concurrent-To") or ""
                    dom = record.content_stream().read(max_body + 1)
                    rendered[page] = dom, headers.get_header("Content-Type") or "text/html; charset=utf-8"
                if record.rec_type != "response" or record.http_headers is None:
                    continue
                found.append((headers.get_header("WARC-Record-ID") or "", _stored_response(record, max_body)))
    except _WARC_READ_ERRORS:
        pass
    return tuple(_as_rendered(response, rendered.get(record_id), max_body) for record_id, response in found)


def _as_rendered(response: StoredResponse, dom: tuple[bytes, str] | None, max_body: int) -> StoredResponse:
    """A page as the content checks read it: when a browser rendered it, its DOM after scripts ran (with the
    DOM's content type), since that is what a reader of the page saw; its status and other headers stay."""
    if dom is None:
        return response
    body, content_type = dom
    headers = [(name, value) for name, value in response.headers if name.lower() != "content-type"]
    return dataclasses.replace(
        response,
        headers=(*headers, ("Content-Type", content_type)),
        body=body[:max_body],
        cut=response.cut or len(body) > max_body,
        rendered=True,
    )


def read_metadata(stream: BinaryIO, max_bytes: int = 1_000_000, max_records: int = 1000) -> tuple[Any, ...]:
    """The JSON documents of a WARC stream's `metadata` records (ours: what happened during the capture),
    each read up to `max_bytes`; a record that is not JSON, or longer, is left out."""
    found: list[Any] = []
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            for count, record in enumerate(ArchiveIterator(stream)):
                if count >= max_records or record.format != "warc":
                    break
                if record.rec_type != "metadata":
                    continue
                data = record.content_stream().read(max_bytes + 1)
                if len(data) <= max_bytes:
                    with contextlib.suppress(ValueError, RecursionError):
                        found.append(json.loads(data))
    except _WARC_READ_ERRORS:
        pass
    return tuple(found)


def _stored_response(record: Any, max_body: int) -> StoredResponse:
    http = record.http_headers
    try:
        status: int | None = int(http.get_statuscode())
    except (TypeError, ValueError):
        status = None
    try:
        body = record.content_stream().read(max_body + 1)
    except _WARC_READ_ERRORS:  # a body whose Content-Encoding does not decode: read it as stored
        body = b""
    return StoredResponse(
        uri=record.rec_headers.get_header("WARC-Target-URI") or "",
        status=status,
        headers=tuple(http.headers),
        body=body[:max_body],
        cut=len(body) > max_body or record.rec_headers.get_header("WARC-Truncated") is not None,
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
