"""HTTP for capture: requests with a connection pinned to the address the policy checked.

The URL, the Host header, SNI and the certificate check all keep the real host name; only the socket is
dialled to the pinned address. Proxy variables, `.netrc` and the environment's CA settings are never read by
requests (`trust_env = False`); the CA bundle is chosen here, explicitly.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import http.client
import os
import socket
import ssl
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

import requests
import urllib3
from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.exceptions import ConnectTimeoutError, NewConnectionError, ReadTimeoutError
from urllib3.util import connection as urllib3_connection

from provenance.capture.failure import CaptureFailure
from provenance.capture.options import NetworkOptions
from provenance.capture.policy import Dial
from provenance.models import TlsPeer, Truncation

_CHUNK = 1 << 16
_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,application/json;q=0.9,*/*;q=0.8"


class HeadDeadline:
    """Cuts a hop's connection when its answer's status line and headers are not all in by the deadline.

    The socket timeout bounds each wait, not their sum: without this, a server sending a header line (or a
    TLS handshake byte) every few seconds would hold the capture forever.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.expired = False
        self._lock = threading.Lock()
        self._finished = False
        # Duplicates: shutdown acts on the connection whichever descriptor is used, and these stay valid (and
        # cannot be reused for another file) even after TLS wraps the original or urllib3 closes it.
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> HeadDeadline:
        self._timer.start()
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._timer.cancel()
        with self._lock:
            self._finished = True
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            if self._finished:
                return
            self._sockets.append(sock.dup())
            if self.expired:
                _shut(self._sockets[-1])

    def _expire(self) -> None:
        with self._lock:
            if self._finished:
                return
            self.expired = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed by the other side
        sock.shutdown(socket.SHUT_RDWR)


def _open_socket(connection: HTTPConnection, dial: Dial, head_deadline: HeadDeadline) -> socket.socket:
    try:
        sock = urllib3_connection.create_connection(
            (dial.ip, dial.port),
            connection.timeout,
            source_address=connection.source_address,
            socket_options=connection.socket_options,
        )
    except TimeoutError as error:
        raise ConnectTimeoutError(connection, f"connecting to {dial} timed out") from error
    except OSError as error:
        raise NewConnectionError(connection, f"cannot connect to {dial}: {error}") from error
    head_deadline.watch(sock)
    return sock


class PinnedHTTPConnection(HTTPConnection):
    """An HTTP connection that dials a fixed address instead of looking the host name up again."""

    def __init__(self, *args: Any, dial: Dial, head_deadline: HeadDeadline, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.dial = dial
        self.head_deadline = head_deadline

    def _new_conn(self) -> socket.socket:
        return _open_socket(self, self.dial, self.head_deadline)


class PinnedHTTPSConnection(HTTPSConnection):
    """As PinnedHTTPConnection; TLS still sends SNI for, and checks the certificate against, the host name."""

    def __init__(self, *args: Any, dial: Dial, head_deadline: HeadDeadline, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.dial = dial
        self.head_deadline = head_deadline
        self.tls_peer: tuple[TlsPeer, bytes] | None = None

    def _new_conn(self) -> socket.socket:
        return _open_socket(self, self.dial, self.head_deadline)

    def connect(self) -> None:
        super().connect()
        # Kept now: http.client drops its socket once a `Connection: close` answer arrives.
        self.tls_peer = _describe_tls(self.sock)


class PinnedAdapter(HTTPAdapter):
    """A requests adapter whose every connection goes to the address set with `pin` for the coming hop,
    under that hop's head deadline."""

    def __init__(self, ssl_context: ssl.SSLContext, timeout: float) -> None:
        super().__init__(max_retries=0)
        self._ssl_context = ssl_context
        self._timeout = urllib3.Timeout(connect=timeout, read=timeout)
        self._dial: tuple[Dial, HeadDeadline] | None = None
        self._pools: list[HTTPConnectionPool] = []

    def pin(self, dial: Dial, head_deadline: HeadDeadline) -> None:
        self._close_pools()
        self._dial = dial, head_deadline

    def get_connection_with_tls_context(
        self,
        request: requests.PreparedRequest,
        verify: bool | str | None,
        proxies: Mapping[str, str] | None = None,
        cert: tuple[str, str] | str | None = None,
    ) -> HTTPConnectionPool:
        url = request.url or ""
        parts = urlsplit(url)
        proxy = (proxies or {}).get(parts.scheme)
        if proxy:
            # The proxy dials the host itself; the policy has still checked the name beforehand.
            manager = self.proxy_manager_for(proxy, ssl_context=self._ssl_context)
            proxied: HTTPConnectionPool = manager.connection_from_url(url)
            return proxied
        if self._dial is None:
            raise RuntimeError("PinnedAdapter.pin() must be called before sending")
        host = parts.hostname or ""
        dial, head_deadline = self._dial
        pool: HTTPConnectionPool
        if parts.scheme == "https":
            pool = HTTPSConnectionPool(
                host,
                parts.port or 443,
                timeout=self._timeout,
                ssl_context=self._ssl_context,
                dial=dial,
                head_deadline=head_deadline,
            )
            pool.ConnectionCls = PinnedHTTPSConnection
        else:
            pool = HTTPConnectionPool(
                host, parts.port or 80, timeout=self._timeout, dial=dial, head_deadline=head_deadline
            )
            pool.ConnectionCls = PinnedHTTPConnection
        self._pools.append(pool)
        return pool

    def cert_verify(self, conn: Any, url: str, verify: bool | str, cert: Any) -> None:
        """Trust comes from the SSL context given at construction, never from requests' bundle."""

    def _close_pools(self) -> None:
        for pool in self._pools:
            pool.close()
        self._pools.clear()

    def close(self) -> None:
        self._close_pools()
        super().close()


def ssl_context_for(options: NetworkOptions) -> ssl.SSLContext:
    """TLS trust: `ca_bundle`, else REQUESTS_CA_BUNDLE / SSL_CERT_FILE, else the system store."""
    bundle = options.ca_bundle or os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("SSL_CERT_FILE")
    return _ssl_context(bundle)


@functools.lru_cache(maxsize=8)
def _ssl_context(bundle: str | None) -> ssl.SSLContext:
    # Loading a CA store costs more than a whole local capture; one context serves every thread and capture.
    try:
        return ssl.create_default_context(cafile=bundle)
    except (OSError, ssl.SSLError) as error:
        raise CaptureFailure("tls", f"cannot load the CA bundle {bundle}: {error}") from error


@dataclass
class CaptureSession:
    """One requests session for all hops of one capture (cookies carry over, as in a browser)."""

    session: requests.Session
    adapter: PinnedAdapter
    options: NetworkOptions

    def close(self) -> None:
        self.session.close()


def open_session(options: NetworkOptions) -> CaptureSession:
    session = requests.Session()
    session.trust_env = False
    session.headers.clear()
    session.headers.update(
        {
            "User-Agent": options.user_agent,
            "Accept": _ACCEPT,
            "Accept-Encoding": "gzip, deflate",
            "Connection": "close",
        }
    )
    if options.proxy:
        session.proxies = {"http": options.proxy, "https": options.proxy}
    adapter = PinnedAdapter(ssl_context_for(options), options.timeout)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return CaptureSession(session=session, adapter=adapter, options=options)


def prepare_get(capture_session: CaptureSession, url: str) -> requests.PreparedRequest:
    """The GET exactly as it will be sent, Host header included, so the WARC request record is faithful."""
    prepared = capture_session.session.prepare_request(requests.Request("GET", url))
    prepared.headers["Host"] = urlsplit(prepared.url or url).netloc.rpartition("@")[2]
    return prepared


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error and everything it wraps: causes, contexts, and exceptions carried in args or `reason`."""
    pending, seen = [error], set()
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        wrapped = [current.__cause__, current.__context__, getattr(current, "reason", None), *current.args]
        pending.extend(item for item in wrapped if isinstance(item, BaseException))


def _first(error: BaseException, kind: type[BaseException]) -> BaseException | None:
    return next((cause for cause in _causes(error) if isinstance(cause, kind)), None)


def _tls_reason(error: BaseException) -> str:
    verify = _first(error, ssl.SSLCertVerificationError)
    if isinstance(verify, ssl.SSLCertVerificationError):
        return f"certificate verify failed: {verify.verify_message or verify.reason}"
    tls = _first(error, ssl.SSLError)
    if isinstance(tls, ssl.SSLError):
        return str(tls.reason or tls)
    return str(error)


def _connect_reason(error: BaseException, dial: Dial) -> str:
    if _first(error, ConnectionRefusedError) is not None:
        return f"{dial} refused the connection"
    malformed = _first(error, http.client.HTTPException)
    # RemoteDisconnected is an HTTPException too, but it means no answer at all, said below.
    if malformed is not None and not isinstance(malformed, http.client.RemoteDisconnected):
        return f"{dial}: not a valid HTTP answer ({type(malformed).__name__}: {malformed})"
    # requests' own errors are OSErrors too, but only the socket's error carries a strerror.
    socket_error = next((c for c in _causes(error) if isinstance(c, OSError) and c.strerror), None)
    if isinstance(socket_error, OSError):
        return f"{dial}: {socket_error.strerror}"
    return f"{dial}: the server closed the connection without an answer"


def describe_failure(
    error: requests.RequestException, dial: Dial, host: str, timeout: float
) -> CaptureFailure:
    if isinstance(error, requests.exceptions.SSLError):
        return CaptureFailure("tls", f"{host}: {_tls_reason(error)}")
    if isinstance(error, requests.exceptions.ConnectTimeout):
        return CaptureFailure("timeout", f"connecting to {dial} took longer than {timeout:g}s")
    if isinstance(error, requests.exceptions.ReadTimeout):
        return CaptureFailure("timeout", f"{host} sent no answer within {timeout:g}s")
    return CaptureFailure("connect", _connect_reason(error, dial))


def send(
    capture_session: CaptureSession, prepared: requests.PreparedRequest, dial: Dial
) -> requests.Response:
    """Send one request to the pinned address; the body is left unread on the returned response."""
    options = capture_session.options
    host = urlsplit(prepared.url or "").hostname or "the server"
    head_deadline = HeadDeadline(options.body_deadline)
    capture_session.adapter.pin(dial, head_deadline)
    late = CaptureFailure(
        "timeout", f"{host} did not finish the head of its answer within {head_deadline.seconds:g}s"
    )
    try:
        with head_deadline:
            response = capture_session.session.send(
                prepared, stream=True, allow_redirects=False, timeout=(options.timeout, options.timeout)
            )
    except requests.RequestException as error:
        raise (
            late if head_deadline.expired else describe_failure(error, dial, host, options.timeout)
        ) from error
    if head_deadline.expired:
        # http.client takes the cut connection for the end of the headers; what it parsed is not the answer.
        response.close()
        raise late
    return response


def _distinguished_name(rdns: Any) -> str | None:
    parts = [f"{key}={value}" for rdn in rdns or () for key, value in rdn]
    return ", ".join(parts) or None


def _describe_tls(sock: Any) -> tuple[TlsPeer, bytes] | None:
    """The TLS session and leaf certificate (DER) of a connected socket; None when it is not TLS."""
    if not isinstance(sock, ssl.SSLSocket):
        return None
    der = sock.getpeercert(binary_form=True) or b""
    details: dict[str, Any] = dict(sock.getpeercert() or {})
    cipher = sock.cipher()
    peer = TlsPeer(
        version=sock.version(),
        cipher=cipher[0] if cipher else None,
        certificate_sha256=hashlib.sha256(der).hexdigest() if der else None,
        subject=_distinguished_name(details.get("subject")),
        issuer=_distinguished_name(details.get("issuer")),
        not_before=details.get("notBefore"),
        not_after=details.get("notAfter"),
    )
    return peer, der


def peer_tls(response: requests.Response) -> tuple[TlsPeer, bytes] | None:
    """The TLS peer of the connection a response came on, as seen when it connected; None over http."""
    found: tuple[TlsPeer, bytes] | None = getattr(response.raw.connection, "tls_peer", None)
    return found


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
