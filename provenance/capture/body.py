"""An answer as received: its status line, its raw headers, and its body streamed within limits."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

import requests
import urllib3
from urllib3.exceptions import ReadTimeoutError

from provenance.hashing import CHUNK_SIZE

if TYPE_CHECKING:  # a type only: the models (pydantic) are not on the way to a first request
    from provenance.models import Truncation


def status_line(response: requests.Response) -> str:
    version = {9: "HTTP/0.9", 10: "HTTP/1.0", 11: "HTTP/1.1", 20: "HTTP/2"}.get(
        response.raw.version, "HTTP/1.1"
    )
    return f"{version} {response.status_code} {response.raw.reason or ''}".rstrip()


def raw_headers(response: requests.Response) -> list[tuple[str, str]]:
    """The response headers as the server sent them: order and duplicates kept."""
    original = response.raw._original_response
    if original is None:
        return list(response.raw.headers.items())
    return [(name, str(value)) for name, value in original.msg.raw_items()]


def dechunked(response: requests.Response) -> bool:
    """Whether the body is read with its chunked framing removed: http.client's choice, made only for a
    `Transfer-Encoding` of exactly `chunked` (`gzip, chunked` is read as it comes, framed by its length)."""
    return bool(getattr(response.raw._original_response, "chunked", False))


def _body_complete(raw: urllib3.BaseHTTPResponse) -> bool:
    return isinstance(raw, urllib3.HTTPResponse) and raw.length_remaining == 0


def _read(raw: urllib3.BaseHTTPResponse, amount: int) -> bytes | Truncation:
    """Up to `amount` body bytes that have arrived, or why none will: the network's doing only."""
    try:
        return raw.read1(amount, decode_content=False)
    except ReadTimeoutError:
        return "time"
    except (urllib3.exceptions.HTTPError, OSError):
        return "disconnect"


def stream_body(
    response: requests.Response, sink: Callable[[bytes], None], max_bytes: int, deadline: float
) -> Truncation | None:
    """Feed the body, as received (Content-Encoding kept), to `sink`; say why it was cut, if it was.

    `read1` returns what has arrived instead of waiting for a full chunk, so a trickling body is cut at the
    deadline rather than hours later. Only reading can end in a truncation: an error of `sink` (writing
    the evidence here) is raised as it is, never taken for the server's disconnect.
    """
    raw = response.raw
    give_up_at = time.monotonic() + deadline
    stored = 0
    while True:
        if stored >= max_bytes:
            if _body_complete(raw):
                return None
            more = _read(raw, 1)
            return None if more == b"" else "length"
        if time.monotonic() > give_up_at:
            return None if _body_complete(raw) else "time"
        chunk = _read(raw, min(CHUNK_SIZE, max_bytes - stored))
        if isinstance(chunk, str):
            return chunk
        if not chunk:
            return None
        sink(chunk)
        stored += len(chunk)
