"""Connections pinned to the address the policy checked, and the TLS trust they use.

The URL, the Host header, SNI and the certificate check all keep the real host name; only the socket is
dialled to the pinned address."""

from __future__ import annotations

import http.client
import os
import queue
import socket
import ssl
import threading
from collections.abc import Callable, Mapping
from email.errors import MissingHeaderBodySeparatorDefect
from email.message import Message
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from requests.structures import CaseInsensitiveDict
from requests.utils import get_encoding_from_headers
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError
from urllib3.util import parse_url

from provenance.capture.failure import CaptureFailure
from provenance.capture.guard import HopGuard
from provenance.capture.options import NetworkOptions, ca_bundle_in_effect
from provenance.capture.policy import Dial
from provenance.capture.proxy import Proxy
from provenance.capture.tls import describe_tls
from provenance.errors import InstallationError


def _open_socket(connection: HTTPConnection, dial: Dial, guard: HopGuard) -> socket.socket:
    """A TCP connection to exactly `dial`, guarded before it connects (a cancel stops a slow connect too)."""
    family = socket.AF_INET6 if ":" in dial.ip else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        for option in connection.socket_options or ():
            sock.setsockopt(*option)
        guard.watch(sock)
        if isinstance(connection.timeout, int | float):
            sock.settimeout(connection.timeout)
        if connection.source_address:
            sock.bind(connection.source_address)
        sock.connect((dial.ip, dial.port))
    except TimeoutError as error:
        sock.close()
        raise ConnectTimeoutError(connection, f"connecting to {dial} timed out") from error
    except OSError as error:
        sock.close()
        raise NewConnectionError(connection, f"cannot connect to {dial}: {error}") from error
    guard.wire.connected_to = dial.ip
    guard.wire.local_address = sock.getsockname()[0]
    return sock


# The most of an answer's head (its status lines and headers, 1xx heads included) read: twice what Chromium
# reads (256 KB, beyond which it shows ERR_RESPONSE_HEADERS_TOO_BIG), and well within what the WARC reader
# reads back (`warc.reader.MAX_HEAD_BYTES`): a head of 1.2 MB was captured, then could not be read back,
# and its footnote was an error (http.client alone allows 100 lines of 64 KB each).
MAX_ANSWER_HEAD_BYTES = 512 * 1024
# The most header lines an answer's head may have. http.client's own bound (`_MAXHEADERS`, 100) refused a
# page a browser shows (Chromium counts no lines, only the head's bytes) as "not a valid HTTP answer (got
# more than 100 headers)": a page with many `Set-Cookie` and `Link` lines failed its footnote. Within what
# the WARC reader reads back (`warc.reader.MAX_HTTP_HEAD_LINES`), as the bytes above are. Set once for the
# process: every HTTP/1.1 head it reads is an answer it captures (or a `--browser` capture's request).
MOST_ANSWER_HEAD_LINES = 500
http.client._MAXHEADERS = max(getattr(http.client, "_MAXHEADERS", 100), MOST_ANSWER_HEAD_LINES)  # type: ignore[attr-defined]


class _HeadWatcher:
    """The response's file while its head is read: remembers the last line, to tell an end from a cut, and
    ends a head longer than `MAX_ANSWER_HEAD_BYTES`."""

    def __init__(self, fp: Any) -> None:
        self.fp = fp
        self.last_line: bytes | None = None
        self.head_bytes = 0

    def readline(self, limit: int = -1) -> bytes:
        line: bytes = self.fp.readline(limit)
        self.last_line = line
        self.head_bytes += len(line)
        if self.head_bytes > MAX_ANSWER_HEAD_BYTES:
            raise http.client.HTTPException(
                f"a head longer than {MAX_ANSWER_HEAD_BYTES} bytes, more than a browser reads"
            )
        return line

    def __getattr__(self, name: str) -> Any:
        return getattr(self.fp, name)


# http.client's own bound on a line (`_MAXLINE`); a longer size line is refused as it refuses one.
_MAX_CHUNK_SIZE_LINE = 65536
_HEX_DIGITS = frozenset(b"0123456789abcdefABCDEF")


def chunk_size(line: bytes) -> int | None:
    """The size a chunk size line gives (RFC 9112 7.1: `1*HEXDIG [ BWS chunk-ext ] CRLF`), or None when it
    gives none: no digits, or anything but hex digits between the spaces around them and the `;` or line end
    (`0x5`, `+5`, `-5`, `5_0`, `5 5`). Spaces around the digits and a line ending in a bare LF are taken:
    they leave no doubt what size was meant."""
    digits = line.partition(b";")[0].rstrip(b"\r\n").strip(b" \t")
    if not digits or not _HEX_DIGITS.issuperset(digits):
        return None
    return int(digits, 16)


def made_up_length(value: str) -> bool:
    """Whether a `Content-Length` value is one Python's int reads as a number though it is not digits (RFC
    9112 8.6: `1*DIGIT`, a list of them said once each): `+5`, `-5`, `1_0`. http.client and urllib3 framed
    the body by that number (`+5` read 5 bytes of 10 and called them whole) where a careful reader finds no
    length at all. A value that is no number (`0x5`, empty) is left to them: no length, read to the end."""
    for part in value.split(","):
        number = part.strip(" \t")
        if number.isascii() and number.isdigit():
            continue
        try:
            int(number)
        except ValueError:
            continue
        return True
    return False


def _header_lines_not_read(message: http.client.HTTPMessage) -> str:
    """The first of the head's lines that http.client's parser stopped at, or "" when it read them all.

    The parser ends the headers at a line that is no `name: value` header (`Content Type: x`,
    `Content-Length : 5`, a bare CR inside a value) and keeps that line and every one after it aside: a
    `Content-Length`, `Location` or `Content-Type` after it was silently not read, the body framed by the
    connection's close instead, and the WARC kept none of them."""
    if not any(isinstance(defect, MissingHeaderBodySeparatorDefect) for defect in message.defects):
        return ""
    rest = message.get_payload()
    return rest.splitlines()[0] if isinstance(rest, str) and rest.strip() else ""


class HeadCheckingResponse(http.client.HTTPResponse):
    """http.client's response, told apart when the server closed the connection inside the head.

    http.client takes the end of the connection for the end of the headers, so `HTTP/1.1 200 OK` followed by
    a hang-up reads as a complete, empty 200. A head ends with an empty line; a last read that returned
    nothing at all means the head was cut.

    An interim answer (`102 Processing`, `103 Early Hints`, any 1xx but `101 Switching Protocols`) is
    skipped as http.client skips `100 Continue`: the answer is the final one after it. http.client skips only
    100, so a page served after Early Hints was recorded as an empty 103 and its real answer never read.

    Chunk framing is read as RFC 9112 writes it (`chunk_size`): http.client read a size line with Python's
    `int(line, 16)`, which takes `0x5`, `+5`, `-5` and `5_0`, and tossed the two bytes after a chunk's data
    unread, so a chunk longer than it said (`5\r\nhelloXX3\r\n...`) lost bytes and the body was stored as a
    whole answer. Framing broken so ends the body there, kept as cut (`WARC-Truncated: disconnect`); odd but
    valid framing (extensions, trailers, upper-case hex, leading zeros, spaces before `;`) is read as whole.
    A `Content-Length` that Python's int reads though it is not digits (`made_up_length`) is not a valid
    HTTP answer, as two lengths that differ are (urllib3 refuses those), and so is a head with a line that is
    no header, which ended http.client's reading of the headers there (`_header_lines_not_read`).
    """

    head_cut = False

    def _read_next_chunk_size(self) -> int:
        line = self.fp.readline(_MAX_CHUNK_SIZE_LINE + 1)
        if len(line) > _MAX_CHUNK_SIZE_LINE:
            raise http.client.LineTooLong("chunk size")
        size = chunk_size(line)
        if size is None:
            self._close_conn()  # type: ignore[attr-defined]  # the framing is lost: nothing after it is read
            raise ValueError(f"not a chunk size line: {line[:40]!r}")
        return size

    def _get_chunk_left(self) -> int | None:
        if self.chunk_left == 0:
            # The end of a chunk's data: its CRLF must come next, not more data.
            if self._safe_read(2) != b"\r\n":  # type: ignore[attr-defined]
                self._close_conn()  # type: ignore[attr-defined]
                raise http.client.IncompleteRead(b"")
            self.chunk_left = None
        left: int | None = super()._get_chunk_left()  # type: ignore[misc]
        return left

    def _read_status(self) -> tuple[str, int, str]:
        version, status, reason = super()._read_status()  # type: ignore[misc]
        # begin() skips the headers of a status it reads as 100 and reads the next status line.
        if 102 <= status < 200:
            return version, http.client.CONTINUE, reason
        return version, status, reason

    def begin(self) -> None:
        if self.headers is not None:
            return
        watcher = _HeadWatcher(self.fp)
        self.fp = watcher
        try:
            super().begin()
        finally:
            if self.fp is watcher:
                self.fp = watcher.fp
        self.head_cut = watcher.last_line == b""
        unread = "" if self.head_cut else _header_lines_not_read(self.msg)  # a cut head is kept as cut
        if unread:
            raise http.client.HTTPException(
                f"a header line that is no header ({unread[:60]!r}): the lines after it were not read"
            )
        if not self.chunked:  # chunks frame the body, and a Content-Length beside them is not read
            for value in self.msg.get_all("content-length") or ():
                if made_up_length(value):
                    raise http.client.HTTPException(
                        f"Content-Length {value[:40]!r} is not a number of digits"
                    )


class _Recording:
    """What both pinned connection classes share: the pinned dial, the hop's guard, the head as sent."""

    dial: Dial
    guard: HopGuard
    response_class: type[http.client.HTTPResponse] = HeadCheckingResponse

    def _new_conn(self) -> socket.socket:
        assert isinstance(self, HTTPConnection)
        return _open_socket(self, self.dial, self.guard)

    def endheaders(self, message_body: Any = None, *, encode_chunked: bool = False) -> None:
        # http.client keeps the head's lines in `_buffer` until this call sends them: the very bytes that go
        # on the wire, recorded once they went (a proxy's CONNECT is sent apart and is not among them).
        head = b"\r\n".join(self._buffer) + b"\r\n\r\n"  # type: ignore[attr-defined]
        super().endheaders(message_body, encode_chunked=encode_chunked)  # type: ignore[misc]
        self.guard.request_sent(head)


class PinnedHTTPConnection(_Recording, HTTPConnection):
    """An HTTP connection that dials a fixed address instead of looking the host name up again."""

    def __init__(self, *args: Any, dial: Dial, guard: HopGuard, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.dial = dial
        self.guard = guard


class PinnedHTTPSConnection(_Recording, HTTPSConnection):
    """As PinnedHTTPConnection; TLS still sends SNI for, and checks the certificate against, the host name."""

    def __init__(self, *args: Any, dial: Dial, guard: HopGuard, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.dial = dial
        self.guard = guard

    def connect(self) -> None:
        super().connect()
        # Kept now: http.client drops its socket once a `Connection: close` answer arrives.
        self.guard.wire.tls = describe_tls(self.sock)


class IdleConnections(queue.LifoQueue[Any]):
    """A hop's pool's idle connections: urllib3's LifoQueue without its lock and three conditions.

    Each hop has a pool of its own (`PinnedAdapter.get_connection_with_tls_context`), made for one request
    and closed before the next hop is pinned; a pool never blocks (`block=False`: urllib3 asks with
    `block=False` or makes a new connection), so nothing ever waits on the queue, and the lock, the
    conditions and their notifications that LifoQueue makes and takes for each put and get did nothing but
    cost: about half of the 178,000 instructions a hop's pool took to be made, used and closed. `get` of
    an empty queue raises `queue.Empty` and `put` to a full one `queue.Full`, as urllib3 expects of its
    queue (`HTTPConnectionPool.QueueCls`)."""

    def __init__(self, maxsize: int = 0) -> None:
        # Not super().__init__(): that makes the lock and conditions this queue never waits on.
        self.maxsize = maxsize
        self._idle: list[Any] = []

    def get(self, block: bool = True, timeout: float | None = None) -> Any:
        try:
            return self._idle.pop()
        except IndexError:
            raise queue.Empty from None

    def put(self, item: Any, block: bool = True, timeout: float | None = None) -> None:
        if 0 < self.maxsize <= len(self._idle):
            raise queue.Full
        self._idle.append(item)

    def qsize(self) -> int:
        return len(self._idle)

    def empty(self) -> bool:
        return not self._idle

    def full(self) -> bool:
        return 0 < self.maxsize <= len(self._idle)


class PinnedPool(HTTPConnectionPool):
    """A plain-http hop's pool: its connections dial the hop's pinned address (`conn_kw` holds the dial)."""

    ConnectionCls = PinnedHTTPConnection
    QueueCls = IdleConnections


class PinnedTLSPool(HTTPSConnectionPool):
    """An https hop's pool, as PinnedPool."""

    ConnectionCls = PinnedHTTPSConnection
    QueueCls = IdleConnections


def require_pinning_hook() -> None:
    """Refuse to fetch when requests would not ask our adapter for its connections.

    requests calls `get_connection_with_tls_context` only from 2.32.2 on; older versions call a private
    method instead, and urllib3 would then resolve the host name again behind the policy's back.
    """
    if "get_connection_with_tls_context" not in vars(HTTPAdapter):
        raise InstallationError(
            f"requests {requests.__version__} cannot pin connections to the address the network policy "
            "checked (HTTPAdapter.get_connection_with_tls_context came in 2.32.2); install "
            "requests>=2.32.2. Nothing was fetched"
        )


class PinnedAdapter(HTTPAdapter):
    """A requests adapter whose every connection goes to the address set with `pin` for the coming hop,
    under that hop's head deadline."""

    def __init__(
        self, ssl_context: Callable[[], ssl.SSLContext], timeout: float, proxy: Proxy | None = None
    ) -> None:
        require_pinning_hook()
        super().__init__(max_retries=0)
        self._ssl_context = ssl_context  # asked for only when an https hop comes
        self._timeout = urllib3.Timeout(connect=timeout, read=timeout)
        self._proxy = proxy
        self._dial: tuple[Dial, HopGuard] | None = None
        self._pools: list[HTTPConnectionPool] = []

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        """No pool manager: requests' adapter makes one (its lock, its container of pools, its key
        functions) that this adapter never asks, since each hop's pool is made for its pinned address
        (`get_connection_with_tls_context`); a capture's adapter made and closed it for nothing."""
        self._pool_connections, self._pool_maxsize, self._pool_block = connections, maxsize, block

    def pin(self, dial: Dial, guard: HopGuard) -> None:
        self._close_pools()
        self._dial = dial, guard

    def get_connection_with_tls_context(
        self,
        request: requests.PreparedRequest,
        verify: bool | str | None,
        proxies: Mapping[str, str] | None = None,
        cert: tuple[str, str] | str | None = None,
    ) -> HTTPConnectionPool:
        if self._dial is None:
            raise RuntimeError("PinnedAdapter.pin() must be called before sending")
        parts = urlsplit(request.url or "")
        host = parts.hostname or ""
        dial, guard = self._dial
        pool: HTTPConnectionPool
        if parts.scheme == "https":
            tunnel: dict[str, Any] = {}
            if dial.proxy is not None and self._proxy is not None:
                # A CONNECT tunnel through the proxy (dialled at `dial`): TLS is made with the origin, so
                # the certificate kept is the origin's. Credentials go in the CONNECT, never in the request.
                authorization = self._proxy.authorization
                tunnel = {
                    "_proxy": parse_url(dial.proxy),
                    "_proxy_headers": {"Proxy-Authorization": authorization} if authorization else {},
                }
            pool = PinnedTLSPool(
                host,
                parts.port or 443,
                timeout=self._timeout,
                ssl_context=self._ssl_context(),
                dial=dial,
                guard=guard,
                **tunnel,
            )
        else:
            # Through a proxy, plain http goes to the proxy (dialled at `dial`) with the request line in
            # absolute form, which requests writes when `proxies` names one.
            pool = PinnedPool(host, parts.port or 80, timeout=self._timeout, dial=dial, guard=guard)
        self._pools.append(pool)
        return pool

    def request_url(self, request: requests.PreparedRequest, proxies: Mapping[str, str] | None) -> str:
        """The request target: with no proxies, the one requests' own `request_url` gives (its `select_proxy`
        finds no proxy in no proxies, so it returns `path_url`), without parsing the URL twice to learn so;
        through a proxy, requests' own."""
        if proxies:
            url: str = super().request_url(request, proxies)
            return url
        return request.path_url

    def add_headers(self, request: requests.PreparedRequest, **kwargs: Any) -> None:
        """A forwarding proxy reads its credentials from the request itself (https sends them in CONNECT)."""
        proxy = self._proxy
        if proxy is not None and proxy.authorization and urlsplit(request.url or "").scheme == "http":
            request.headers["Proxy-Authorization"] = proxy.authorization

    def build_response(self, req: requests.PreparedRequest, resp: Any) -> requests.Response:
        """requests' `build_response`, step by step, but for an answer that sets no cookie: its `cookies`
        jar is left empty as it is made, not handed the answer (cookielib would find no cookie in it, after
        a mock request and response, the URL parsed again and two walks over the head). Any other answer is
        built by requests itself (tests/capture/test_pinning.py compares the two)."""
        original = getattr(resp, "_original_response", None)
        if not original or sets_cookies(original.msg) or isinstance(req.url, bytes):
            built: requests.Response = super().build_response(req, resp)
            return built
        response = requests.Response()
        response.status_code = getattr(resp, "status", None)  # type: ignore[assignment]
        response.headers = CaseInsensitiveDict(getattr(resp, "headers", {}))
        response.encoding = get_encoding_from_headers(response.headers)
        response.raw = resp
        response.reason = resp.reason
        response.url = req.url  # type: ignore[assignment]
        response.request = req
        response.connection = self
        return response

    def cert_verify(self, conn: Any, url: str, verify: bool | str, cert: Any) -> None:
        """Trust comes from the SSL context given at construction, never from requests' bundle."""

    def _close_pools(self) -> None:
        for pool in self._pools:
            pool.close()
        self._pools.clear()

    def close(self) -> None:
        # What requests' `close` does but for the pool manager this adapter has none of (`init_poolmanager`).
        self._close_pools()
        for proxy in self.proxy_manager.values():
            proxy.clear()


def ssl_context_for(options: NetworkOptions) -> ssl.SSLContext:
    """TLS trust: `ca_bundle`, else REQUESTS_CA_BUNDLE / SSL_CERT_FILE, else the system store.

    Built once per CA bundle and shared by every connection of the process: loading a CA store takes tens of
    milliseconds of CPU (more than a whole local capture) and holds the GIL all that time. Built under a lock,
    so captures that all start at once wait for the one build instead of each making its own."""
    bundle, _ = ca_bundle_in_effect(options.ca_bundle, os.environ)
    with _CONTEXTS_LOCK:
        context = _CONTEXTS.get(bundle)
        if context is None:
            try:
                context = ssl.create_default_context(cafile=bundle)
            except (OSError, ssl.SSLError) as error:
                raise CaptureFailure("tls", f"cannot load the CA bundle {bundle}: {error}") from error
            _CONTEXTS[bundle] = context
        return context


_CONTEXTS: dict[str | None, ssl.SSLContext] = {}
_CONTEXTS_LOCK = threading.Lock()


# The headers cookielib reads cookies from (`CookieJar.make_cookies`), in lower case, as it compares names.
_COOKIE_HEADERS = frozenset(("set-cookie", "set-cookie2"))


def sets_cookies(message: Message) -> bool:
    """Whether an answer's head holds a header cookielib reads cookies from: with none, a jar's
    `extract_cookies` finds no cookie and changes nothing (its clock is set again before each use)."""
    return any(name.lower() in _COOKIE_HEADERS for name in message)
