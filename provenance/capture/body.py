"""An answer as received: its status line, its raw headers, and its body streamed within limits."""

from __future__ import annotations

import time
from collections.abc import Callable

import requests
import urllib3
from urllib3.exceptions import ReadTimeoutError

from provenance.models import Truncation

_CHUNK = 1 << 16


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


def _body_complete(raw: urllib3.BaseHTTPResponse) -> bool:
    return isinstance(raw, urllib3.HTTPResponse) and raw.length_remaining == 0


def stream_body(
    response: requests.Response, sink: Callable[[bytes], None], max_bytes: int, deadline: float
) -> Truncation | None:
    """Feed the body, as received (Content-Encoding kept), to `sink`; say why it was cut, if it was.

    `read1` returns what has arrived instead of waiting for a full chunk, so a trickling body is cut at the
    deadline rather than hours later.
    """
    raw = response.raw
    give_up_at = time.monotonic() + deadline
    stored = 0
    try:
        while True:
            if stored >= max_bytes:
                return None if _body_complete(raw) or not raw.read1(1, decode_content=False) else "length"
            if time.monotonic() > give_up_at:
                return None if _body_complete(raw) else "time"
            chunk = raw.read1(min(_CHUNK, max_bytes - stored), decode_content=False)
            if not chunk:
                return None
            sink(chunk)
            stored += len(chunk)
    except ReadTimeoutError:
        return "time"
    except (urllib3.exceptions.HTTPError, OSError):
        return "disconnect"
