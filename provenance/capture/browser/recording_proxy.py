"""The recording proxy: the browser's only way out, fetching every request itself under the network policy.

Why a proxy rather than the DevTools protocol (the fidelity trade-off):
- Chromium is started with this proxy as its fixed proxy for every scheme, loopback included, and resolves
  no name itself (see `chromium.network_flags`). Whatever the page does (documents, frames in other
  processes, workers, beacons, redirects, preloads), a request either reaches this proxy or fails: the design
  fails closed. Request interception through DevTools (Playwright routing, `Fetch`) misses the requests of
  some targets and every redirect hop, which then go to the network unchecked.
- Each request is fetched by the project's own transport: the target is checked by the policy (public
  addresses only unless allowed, `--connect-to`), the connection is pinned to the checked address, the
  answer is capped and timed out like any capture, and the exchange is written to the footnote's WARC with
  the real status line and headers as they came over the wire, before the browser sees a byte of it.
- What the browser receives is exactly what was recorded: the origin's status line, headers and stored body
  (Content-Encoding kept; the browser decodes it), only the framing being the proxy's own, and no
  `WWW-Authenticate` challenge (Chromium would answer it with a URL's user name and password: never sent).
- The price: the origin sees the proxy's HTTP/1.1 (no HTTP/2 or 3, `Connection: close`, encodings limited
  to gzip and deflate so every WARC reader can decode what is stored); a page's requests are recorded as
  the proxy sent them, which is the truth of what was fetched; WebSockets are refused (nothing streams into
  a finished WARC), and so is everything that is not HTTP.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import datetime as dt
import secrets
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from provenance.capture.browser.certificate import interception_context
from provenance.capture.browser.messages import (
    absolute_url,
    browser_answer,
    connect_authority,
    is_websocket_upgrade,
    refusal_answer,
    tunnel_url,
    upstream_headers,
)
from provenance.capture.cancel import Cancellation, Cancelled
from provenance.capture.exchange import (
    AttemptFailed,
    Exchange,
    FailedAttempt,
    OutgoingRequest,
    fetch_and_record,
    record_failed_attempt,
    utc_text,
)
from provenance.capture.failure import ArchiveWriteError, CaptureFailure
from provenance.capture.options import NetworkOptions
from provenance.capture.session import Budget, CaptureSession, open_session
from provenance.digits import ascii_int
from provenance.warc.writer import WarcFile

_TLS_HANDSHAKE = 0x16
PROXY_AUTHENTICATION_REQUIRED = (
    b"HTTP/1.1 407 Proxy Authentication Required\r\n"
    b'Proxy-Authenticate: Basic realm="provenance"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n'
)
_REFUSALS = {"blocked": (403, "Forbidden"), "timeout": (504, "Gateway Timeout")}


@dataclass(frozen=True)
class ProxyEndpoint:
    """Where the browser finds the recording proxy, and the credentials it must give."""

    port: int
    username: str
    password: str


@dataclass(frozen=True)
class ProxyLimits:
    """What one page may ask for in all: beyond these, requests are refused (and logged as such)."""

    max_requests: int = 1000
    max_total_bytes: int = 200_000_000


@dataclass(frozen=True)
class BrowserRequest:
    """One request the page made and what became of it: recorded (`exchange`) or not fetched (`error`,
    with the attempt when the network was tried)."""

    method: str
    url: str
    at: str  # UTC, when the proxy received it
    destination: str | None = None  # the browser's `Sec-Fetch-Dest`, when it sent one
    exchange: Exchange | None = None
    error: str | None = None
    failed_attempt: FailedAttempt | None = None

    def record(self) -> dict[str, Any]:
        exchange = self.exchange
        return {
            "method": self.method,
            "url": self.url,
            "at": self.at,
            "destination": self.destination,
            "http_status": exchange.status if exchange else None,
            "response_record": exchange.response_record_id if exchange else None,
            "truncated": exchange.truncation if exchange else None,
            "error": self.error,
            "failed_attempt": self.failed_attempt.record() if self.failed_attempt else None,
        }


class RequestLog:
    """Every request the page made, in the order their fate was known, and the budget spent."""

    def __init__(self, limits: ProxyLimits) -> None:
        self.limits = limits
        self.archive_error: ArchiveWriteError | None = None  # the first failure to write the evidence here
        self._entries: list[BrowserRequest] = []
        self._received = 0
        self._bytes = 0
        self._lock = threading.Lock()

    def admit(self) -> str | None:
        """Count one more request; why it is over budget, if it is."""
        with self._lock:
            self._received += 1
            if self._received > self.limits.max_requests:
                return f"budget: the page asked for more requests than the {self.limits.max_requests} allowed"
            if self._bytes >= self.limits.max_total_bytes:
                return f"budget: the page's answers reached {self.limits.max_total_bytes} bytes"
            return None

    def add(self, entry: BrowserRequest) -> None:
        with self._lock:
            self._entries.append(entry)
            if entry.exchange is not None:
                self._bytes += entry.exchange.body_bytes

    def archive_failed(self, error: ArchiveWriteError) -> None:
        with self._lock:
            self.archive_error = self.archive_error or error

    def snapshot(self) -> list[BrowserRequest]:
        with self._lock:
            return list(self._entries)


class _ProxyHandler(BaseHTTPRequestHandler):
    """One connection from the browser: plain requests in absolute form, or a CONNECT tunnel."""

    protocol_version = "HTTP/1.1"
    server: _ProxyServer
    _tunnel: tuple[str, str] | None = None  # (scheme, authority) once inside a CONNECT tunnel

    def setup(self) -> None:
        super().setup()
        # An idle browser connection is let go after the capture's timeout, like any other wait.
        self.connection.settimeout(self.server.options.timeout)
        self.server.opened(self.connection)

    def finish(self) -> None:
        with contextlib.suppress(OSError):
            super().finish()
        self.server.closed(self.connection)

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the request log, not stderr, is the record of what happened."""

    def _authorised(self) -> bool:
        """Whether the request carries this capture's credentials; if not, it is asked for them (407).

        Only the capture's own Chromium knows them: another local process cannot put records into this
        footnote's WARC through the proxy. Inside a CONNECT tunnel, the CONNECT was authorised."""
        if self._tunnel is not None or self.headers.get("Proxy-Authorization") == self.server.authorization:
            return True
        self.wfile.write(PROXY_AUTHENTICATION_REQUIRED)
        self.wfile.flush()
        self.close_connection = True  # anything the request still holds (a body) is not read
        return False

    def do_CONNECT(self) -> None:
        if not self._authorised():
            return
        authority = connect_authority(self.path)
        if self._tunnel is not None or authority is None:
            self._refuse("url: not a CONNECT target the proxy accepts")
            self.close_connection = True
            return
        self.wfile.write(b"HTTP/1.1 200 Connection Established\r\n\r\n")
        self.wfile.flush()
        # TLS in the tunnel for https and wss; plain HTTP for ws:// (and http:// to odd ports).
        first = self.connection.recv(1, socket.MSG_PEEK)
        if not first:
            self.close_connection = True
            return
        scheme = "http"
        if first[0] == _TLS_HANDSHAKE:
            tls = interception_context().wrap_socket(self.connection, server_side=True)
            self.server.closed(self.connection)  # now owned by the TLS socket
            self.server.opened(tls)
            self.connection = tls
            self.rfile = tls.makefile("rb")
            self.wfile = tls.makefile("wb")
            scheme = "https"
        self._tunnel = (scheme, authority)
        self.close_connection = False

    def _forward(self) -> None:
        if not self._authorised():
            return
        headers = list(self.headers.items())
        url = tunnel_url(*self._tunnel, self.path) if self._tunnel else absolute_url(self.path)
        if url is None:
            self._refuse(f"url: {self.path!r} is not a request the proxy accepts")
            return
        at = utc_text(dt.datetime.now(dt.UTC))
        entry = BrowserRequest(self.command, url, at, destination=self.headers.get("Sec-Fetch-Dest"))
        refused = self._refusal_before_fetch(headers)
        if refused is not None:
            self._not_fetched(entry, refused)
            return
        body = self._request_body()
        if isinstance(body, str):
            self._not_fetched(entry, body)
            self.close_connection = True  # the body, unread, is still on the connection
            return
        request = OutgoingRequest(url, self.command, upstream_headers(headers), body)
        session = self.server.open_session()
        try:
            exchange = fetch_and_record(session, request, self.server.warc, keep_body=True)
        except Cancelled:
            self.close_connection = True  # the capture is over (or the run was cancelled)
            return
        except AttemptFailed as failure:
            self._keep_attempt(failure.attempt)
            self._not_fetched(dataclasses.replace(entry, failed_attempt=failure.attempt), str(failure))
            return
        except CaptureFailure as failure:
            if isinstance(failure, ArchiveWriteError):
                self.server.log.archive_failed(failure)
            self._not_fetched(entry, str(failure))
            return
        finally:
            session.close()
        self.server.log.add(dataclasses.replace(entry, exchange=exchange))
        answer = browser_answer(self.command, exchange.status_line, exchange.headers, exchange.body or b"")
        self.wfile.write(answer)
        self.wfile.flush()
        if exchange.truncation is not None:
            self.close_connection = True  # what is stored is all there is; the browser must not wait for more

    def _keep_attempt(self, attempt: FailedAttempt) -> None:
        """The attempt as evidence (its request record), as a plain capture keeps one."""
        try:
            record_failed_attempt(self.server.warc, attempt)
        except ArchiveWriteError as error:
            self.server.log.archive_failed(error)
        except CaptureFailure:
            pass  # the capture had finished: the request log still says what happened

    def _refusal_before_fetch(self, headers: list[tuple[str, str]]) -> str | None:
        if is_websocket_upgrade(headers):
            return "blocked: WebSockets are not captured"
        return self.server.log.admit()

    def _request_body(self) -> bytes | str:
        """The request's body, or why it is not forwarded."""
        if self.headers.get("Transfer-Encoding"):
            return "url: a request body without Content-Length is not forwarded"
        length_text = (self.headers.get("Content-Length") or "0").strip()
        length = ascii_int(length_text)
        if length is None:
            return f"url: Content-Length {length_text[:40]!r} is not a number"
        if length > self.server.options.max_bytes:
            return f"url: a request body of {length} bytes is over --max-bytes"
        return self.rfile.read(length) if length else b""

    def _not_fetched(self, entry: BrowserRequest, error: str) -> None:
        self.server.log.add(dataclasses.replace(entry, error=error))
        self._refuse(error)

    def _refuse(self, error: str) -> None:
        status, reason = _REFUSALS.get(error.partition(":")[0], (502, "Bad Gateway"))
        self.wfile.write(refusal_answer(status, reason, error))
        self.wfile.flush()

    do_GET = do_HEAD = do_POST = do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _forward


class _ProxyServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, warc: WarcFile, options: NetworkOptions, budget: Budget, log: RequestLog) -> None:
        super().__init__(("127.0.0.1", 0), _ProxyHandler)
        self.warc = warc
        self.options = options
        self.budget = budget
        self.log = log
        self.credentials = ("provenance", secrets.token_urlsafe(24))
        self.authorization = "Basic " + base64.b64encode(":".join(self.credentials).encode()).decode()
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()

    def open_session(self) -> CaptureSession:
        """A session for one of the page's requests, within the capture's one budget."""
        session = open_session(self.options)
        session.budget = self.budget
        return session

    def opened(self, connection: socket.socket) -> None:
        with self._connections_lock:
            self._connections.add(connection)

    def closed(self, connection: socket.socket) -> None:
        with self._connections_lock:
            self._connections.discard(connection)

    def close_connections(self) -> None:
        with self._connections_lock:
            for connection in self._connections:
                with contextlib.suppress(OSError):
                    connection.shutdown(socket.SHUT_RDWR)
            self._connections.clear()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: a browser closing a connection mid-answer is normal at the end of a capture."""


class RecordingProxy:
    """A proxy on 127.0.0.1 (a free port) for one page's capture, recording into that capture's WARC.

    Its requests share the capture's `budget` and stop with the run (`options.cancellation`) or with the
    proxy, whichever comes first: `stop` cuts what is still in flight."""

    def __init__(
        self, warc: WarcFile, options: NetworkOptions, budget: Budget, limits: ProxyLimits | None = None
    ) -> None:
        self.warc = warc
        self.log = RequestLog(limits or ProxyLimits())
        self._run = options.cancellation
        self._stopping = Cancellation()
        self._token = self._run.on_cancel(self._stopping.cancel)
        # The browser's own requests (a page's scripts, styles, images) are not held to `--per-host` slots:
        # the browser limits its connections per host itself, and a page of many resources on one host
        # would wait for slots beyond its load timeout.
        proxied = dataclasses.replace(options, cancellation=self._stopping, slots=None)
        self._server = _ProxyServer(warc, proxied, budget, self.log)
        self.endpoint = ProxyEndpoint(self._server.server_address[1], *self._server.credentials)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="recording proxy",
            daemon=True,
        )

    def start(self) -> RecordingProxy:
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop recording (answers still in flight are cut and not written), accepting, and connections."""
        self.warc.stop_exchanges()
        self._stopping.cancel()
        self._run.forget(self._token)
        self._server.shutdown()
        self._server.server_close()
        self._server.close_connections()
        self._thread.join()


@contextlib.contextmanager
def recording_proxy(
    warc: WarcFile, options: NetworkOptions, budget: Budget, limits: ProxyLimits | None = None
) -> Iterator[RecordingProxy]:
    proxy = RecordingProxy(warc, options, budget, limits).start()
    try:
        yield proxy
    finally:
        proxy.stop()
