"""What the recording proxy reads from the browser and writes back: pure functions over headers and URLs."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from provenance.digits import ascii_int, is_ascii_number
from provenance.urls import DEFAULT_PORTS, is_http_url

# Headers about one connection, not the message (RFC 9110 7.6.1), and the proxy's own: never forwarded.
_HOP_BY_HOP = frozenset(
    {
        "connection",
        "keep-alive",
        "proxy-connection",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
    }
)
# Kept from the browser: the proxy's own framing, and a challenge it would log in to (`browser_answer`).
_NOT_TO_THE_BROWSER = frozenset({"content-length", "www-authenticate"})
# Set by the transport for the request it really sends (framing and the host it names).
_SET_BY_TRANSPORT = frozenset({"host", "content-length"})
# Encodings every reader of the WARC can undo (warcio, the extractors): what the origin is asked for.
# A browser would also ask for br and zstd; that answer would then be stored in a form few tools can read.
ARCHIVABLE_ENCODINGS = "gzip, deflate"


def _connection_tokens(headers: Iterable[tuple[str, str]]) -> set[str]:
    """Header names a `Connection` header declares hop-by-hop for this message."""
    return {
        token.strip().lower()
        for name, value in headers
        if name.lower() == "connection"
        for token in value.split(",")
        if token.strip()
    }


def upstream_headers(browser_headers: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The browser's request headers as the proxy forwards them to the origin, in the browser's order."""
    dropped = _HOP_BY_HOP | _SET_BY_TRANSPORT | _connection_tokens(browser_headers)
    forwarded = [(name, value) for name, value in browser_headers if name.lower() not in dropped]
    forwarded = [(n, ARCHIVABLE_ENCODINGS if n.lower() == "accept-encoding" else v) for n, v in forwarded]
    if not any(name.lower() == "accept-encoding" for name, _ in forwarded):
        forwarded.append(("Accept-Encoding", ARCHIVABLE_ENCODINGS))
    return forwarded


def is_websocket_upgrade(browser_headers: Sequence[tuple[str, str]]) -> bool:
    return any(name.lower() == "upgrade" and "websocket" in value.lower() for name, value in browser_headers)


def _has_no_body(method: str, status: int) -> bool:
    return method == "HEAD" or 100 <= status < 200 or status in (204, 304)


def browser_answer(
    method: str, status_line: str, origin_headers: Sequence[tuple[str, str]], body: bytes
) -> bytes:
    """The answer the browser is given: the origin's status line and headers, its body as stored.

    Framing is the proxy's own (the body is whole, so `Content-Length`); every other header is the
    origin's, in its order, duplicates kept (`Set-Cookie`). A header that could not be written back without
    changing its meaning (a line break inside) is left out, and so is a challenge (`WWW-Authenticate`):
    Chromium answers one with the user name and password of the URL it asked for (a cited URL's, a
    redirect's), which the tool never sends (`session.prepare_request`); the WARC keeps it as received.
    """
    version, _, rest = status_line.partition(" ")
    status = int(rest.split(" ", 1)[0])
    dropped = _HOP_BY_HOP | _NOT_TO_THE_BROWSER | _connection_tokens(origin_headers)
    lines = [f"HTTP/1.1 {rest}" if version.startswith("HTTP/") else f"HTTP/1.1 {status}"]
    for name, value in origin_headers:
        if name.lower() in dropped or any(c in name + value for c in "\r\n\0"):
            continue
        lines.append(f"{name}: {value}")
    if _has_no_body(method, status):
        length = next((v for n, v in origin_headers if n.lower() == "content-length"), None)
        if method == "HEAD" and length is not None and is_ascii_number(length.strip()):
            lines.append(f"Content-Length: {length.strip()}")
        body = b""
    else:
        lines.append(f"Content-Length: {len(body)}")
    head = "\r\n".join(lines) + "\r\n\r\n"
    # http.client read the header bytes as Latin-1; writing them as Latin-1 gives back the very bytes.
    return head.encode("latin-1", errors="replace") + body


# On the proxy's own answers, so the capture knows the page's document was not fetched at all.
NOT_FETCHED_HEADER = "X-Provenance-Not-Fetched"


def refusal_answer(status: int, reason: str, why: str) -> bytes:
    """A proxy-made answer for a request that was not fetched (blocked, failed): never recorded as the
    origin's; the browser sees an error page or a failed fetch, with the reason in the body."""
    body = f"provenance did not fetch this: {why}\n".encode()
    head = (
        f"HTTP/1.1 {status} {reason}\r\nContent-Type: text/plain; charset=utf-8\r\n"
        f"Cache-Control: no-store\r\n{NOT_FETCHED_HEADER}: {_one_line(why)}\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode("latin-1", errors="replace") + body


def _one_line(text: str) -> str:
    return " ".join(text.split())


def tunnel_url(scheme: str, authority: str, target: str) -> str | None:
    """The URL a request inside a CONNECT tunnel names; None unless `target` is a path (origin form).

    The port is left out when it is the scheme's default, as the page wrote the URL."""
    if not target.startswith("/"):
        return None
    host, _, port = authority.rpartition(":")
    if ascii_int(port) == DEFAULT_PORTS.get(scheme):
        authority = host
    return f"{scheme}://{authority}{target}"


def absolute_url(target: str) -> str | None:
    """The URL of a request sent to the proxy in absolute form (`GET http://host/path`); None otherwise."""
    return target if is_http_url(target) else None


def connect_authority(target: str) -> str | None:
    """`host:port` of a CONNECT request, or None when it is not one."""
    host, _, port = target.rpartition(":")
    number = ascii_int(port)
    if not host or number is None or not 0 < number < 65536 or any(c in host for c in "/@?#"):
        return None
    return target
