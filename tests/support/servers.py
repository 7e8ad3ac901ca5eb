"""Local servers for tests: a threaded HTTP(S) fixture server on 127.0.0.1 and a test CA for its TLS variant.

Tests reach these servers through `ConnectTo` rules (the `--connect-to` option), so the URLs in reports and
WARCs stay the real ones (`https://t.me/...`, `http://news.example/...`). Nothing here touches the internet.

    server = FixtureServer({"/": Reply(body=b"<p>hi</p>"), "/old": redirect("/")})
    with server:
        options = NetworkOptions(connect_to=(server.rule("news.example"),))
        ...
        assert server.hits["/"] == 1

A route is a `Reply` (status, headers, body) or a function that gets the request handler and writes whatever
bytes it likes (see `raw_answer`, `chunked`, `trickle`, `trickle_headers`, `stall`, `disconnect_after`,
`hold_until_concurrent`, `hold_at_limit`).
"""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import ssl
import threading
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from types import TracebackType
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from provenance.capture.options import ConnectTo

# Names the shared TLS fixture server holds a certificate for; add a name here when a test needs it.
TLS_NAMES = (
    "t.me",
    "telegram.me",
    "twitter.com",
    "x.com",
    "publish.twitter.com",
    "cdn.syndication.twimg.com",
    "web.archive.org",
    "www.youtube.com",
    "youtu.be",
    "www.facebook.com",
    "news.example",
    "localhost",
)


# --- routes ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reply:
    """A fixed answer. `Content-Length` and `Connection: close` are added unless the headers set framing."""

    status: int = 200
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "text/html; charset=utf-8"),)


Handler = Callable[["FixtureRequestHandler"], None]
Route = Reply | Handler


def redirect(location: str, status: int = 302) -> Reply:
    return Reply(status=status, headers=(("Location", location),))


def path_of(url: str) -> str:
    """The path and query of `url` as a fixture server's route names it (`https://x.com/a?b` is `/a?b`)."""
    return "/" + url.split("://", 1)[1].partition("/")[2]


def _write_head(handler: FixtureRequestHandler, status: int, headers: Iterable[tuple[str, str]]) -> None:
    handler.send_response(status)
    for name, value in headers:
        handler.send_header(name, value)
    handler.send_header("Connection", "close")
    handler.end_headers()
    handler.wfile.flush()


def chunked(parts: Sequence[bytes], content_type: str = "text/plain") -> Handler:
    """Send `parts` with chunked transfer encoding, one chunk each."""

    def send(handler: FixtureRequestHandler) -> None:
        _write_head(handler, 200, [("Content-Type", content_type), ("Transfer-Encoding", "chunked")])
        for part in parts:
            handler.wfile.write(b"%x\r\n%s\r\n" % (len(part), part))
        handler.wfile.write(b"0\r\n\r\n")

    return send


def trickle(body: bytes, pause: float) -> Handler:
    """Send a full Content-Length, then `body` one byte per `pause` seconds (until the client leaves)."""

    def send(handler: FixtureRequestHandler) -> None:
        _write_head(handler, 200, [("Content-Type", "text/plain"), ("Content-Length", str(len(body)))])
        for index in range(len(body)):
            if handler.fixture.stopping.wait(pause):
                return
            handler.wfile.write(body[index : index + 1])
            handler.wfile.flush()

    return send


def raw_answer(data: bytes) -> Handler:
    """Send `data` as it is (status line, headers and body, framing included), then close."""

    def send(handler: FixtureRequestHandler) -> None:
        handler.wfile.write(data)
        handler.wfile.flush()

    return send


def trickle_headers(count: int, pause: float) -> Handler:
    """Send a status line, then `count` header lines one per `pause` seconds (until the client leaves)."""

    def send(handler: FixtureRequestHandler) -> None:
        handler.wfile.write(b"HTTP/1.1 200 OK\r\n")
        handler.wfile.flush()
        for index in range(count):
            if handler.fixture.stopping.wait(pause):
                return
            handler.wfile.write(b"X-Slow-%d: 1\r\n" % index)
            handler.wfile.flush()
        handler.wfile.write(b"Content-Length: 0\r\n\r\n")

    return send


def stall(seconds: float, then: Reply | None = None) -> Handler:
    """Say nothing for `seconds` (or until the server stops), then answer `then` if given."""

    def send(handler: FixtureRequestHandler) -> None:
        if not handler.fixture.stopping.wait(seconds) and then is not None:
            handler.reply(then)

    return send


def disconnect_after(sent: bytes, declared: int) -> Handler:
    """Promise `declared` body bytes, send only `sent`, and close the connection."""

    def send(handler: FixtureRequestHandler) -> None:
        _write_head(handler, 200, [("Content-Type", "text/plain"), ("Content-Length", str(declared))])
        handler.wfile.write(sent)
        handler.wfile.flush()
        handler.connection.shutdown(socket.SHUT_RDWR)

    return send


def hold_until_concurrent(count: int, patience: float = 2.0, then: Reply | None = None) -> Handler:
    """Hold each request until `count` are in flight (or `patience` runs out), so a limit on them shows."""

    def send(handler: FixtureRequestHandler) -> None:
        handler.fixture.wait_for_in_flight(count, patience)
        handler.reply(then or Reply(body=b"ok"))

    return send


def hold_at_limit(
    limit: int, linger: float = 0.3, patience: float = 10.0, then: Reply | None = None
) -> Handler:
    """Hold each request until `limit` have been in flight at once, then `linger` more: a client sending
    more at once than its limit has the extra one in flight beside them (`max_in_flight` shows it).
    `patience` bounds the wait for the limit, generous as a loaded machine can be slow to send the second
    request: with `hold_until_concurrent(limit + 1, patience=0.5)`, a second request sent later than half
    a second was never in flight beside the first, and a limit that held looked like a limit of one."""

    def send(handler: FixtureRequestHandler) -> None:
        handler.fixture.wait_for_max_in_flight(limit, patience)
        handler.fixture.stopping.wait(linger)
        handler.reply(then or Reply(body=b"ok"))

    return send


# --- server ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SeenRequest:
    method: str
    path: str
    headers: tuple[tuple[str, str], ...]


class FixtureRequestHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    _left = False  # whether the request being served is counted in flight no longer

    @property
    def fixture(self) -> FixtureServer:
        return self.server.fixture

    def reply(self, reply: Reply) -> None:
        # The request is answered from here: counted in flight no longer, before its bytes go out. Left after
        # them, a thread the machine's load kept from its `leave` counted it still in flight while the client,
        # its answer read, already had its next request out (a limit of 4 was seen as 5).
        self._leave_once()
        headers = list(reply.headers)
        framed = {name.lower() for name, _ in headers} & {"content-length", "transfer-encoding"}
        if not framed:
            headers.append(("Content-Length", str(len(reply.body))))
        _write_head(self, reply.status, headers)
        if self.command != "HEAD":
            self.wfile.write(reply.body)

    def _leave_once(self) -> None:
        if not self._left:
            self._left = True
            self.fixture.leave()

    def _serve(self) -> None:
        self.close_connection = True
        self._left = False
        route = self.fixture.enter(SeenRequest(self.command, self.path, tuple(self.headers.items())))
        try:
            if isinstance(route, Reply):
                self.reply(route)
            else:
                route(self)
        except OSError:
            pass  # the client left early, which several tests cause on purpose
        finally:
            self._leave_once()

    do_GET = do_HEAD = do_POST = _serve

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests assert on `hits` and `requests`, not on a log."""


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    fixture: FixtureServer

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Quiet: failed TLS handshakes and dropped clients are expected in tests."""


class _Server6(_Server):
    address_family = socket.AF_INET6


class FixtureServer:
    """A threaded HTTP(S) server on 127.0.0.1 (or ::1) that answers from a route table and counts what it saw.

    `routes` maps a path (tried with its query first, then without) to a Route; unknown paths get 404.
    `hits` counts requests per path, `requests` keeps them in order, `max_in_flight` is the most requests it
    ever served at once.
    """

    def __init__(
        self, routes: Mapping[str, Route] | None = None, tls: LocalCA | None = None, host: str = "127.0.0.1"
    ) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.tls = tls
        self.host = host
        self.hits: Counter[str] = Counter()
        self.requests: list[SeenRequest] = []
        self.max_in_flight = 0
        self.stopping = threading.Event()
        self._in_flight = 0
        self._changed = threading.Condition()
        server_class = _Server6 if ":" in host else _Server
        self._server = server_class((host, 0), FixtureRequestHandler, bind_and_activate=True)
        self._server.fixture = self
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(tls.cert_pem, tls.key_pem)
            # Handshake in the handler thread, so one bad client cannot block the accept loop.
            self._server.socket = context.wrap_socket(
                self._server.socket, server_side=True, do_handshake_on_connect=False
            )
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05})

    @property
    def scheme(self) -> str:
        return "https" if self.tls else "http"

    @property
    def total_hits(self) -> int:
        return sum(self.hits.values())

    def url(self, path: str = "/") -> str:
        """This server's own address, e.g. `http://127.0.0.1:<port>/path`."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}{path}"

    def rule(self, host: str = "", port: int | None = None) -> ConnectTo:
        """A `--connect-to` rule sending host:port (empty: any) to this server."""
        return ConnectTo(host=host, port=port, target_host=self.host, target_port=self.port)

    def enter(self, seen: SeenRequest) -> Route:
        with self._changed:
            self.hits[seen.path] += 1
            self.requests.append(seen)
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)
            self._changed.notify_all()
        bare = seen.path.partition("?")[0]
        return self.routes.get(seen.path) or self.routes.get(bare) or Reply(404, b"not found")

    def leave(self) -> None:
        with self._changed:
            self._in_flight -= 1
            self._changed.notify_all()

    def wait_for_in_flight(self, count: int, patience: float) -> None:
        with self._changed:
            self._changed.wait_for(lambda: self._in_flight >= count or self.stopping.is_set(), patience)

    def wait_for_max_in_flight(self, count: int, patience: float) -> None:
        """Until `count` requests have been in flight at once, now or before: a waiter woken late (a loaded
        machine) finds the moment passed but still seen, where `wait_for_in_flight` would wait on."""
        with self._changed:
            self._changed.wait_for(lambda: self.max_in_flight >= count or self.stopping.is_set(), patience)

    def start(self) -> FixtureServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        with self._changed:
            self._changed.notify_all()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()

    def __enter__(self) -> FixtureServer:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


# --- test CA -----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LocalCA:
    """A throwaway CA and one server certificate it signed for `names` (and 127.0.0.1)."""

    ca_pem: Path  # trust this one: `NetworkOptions(ca_bundle=str(ca.ca_pem))`
    cert_pem: Path
    key_pem: Path
    names: tuple[str, ...] = field(default=())


def _name(common_name: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


@dataclass(frozen=True)
class RootCA:
    """A throwaway root: its key, its certificate, and the validity window to give what it signs."""

    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate
    not_before: dt.datetime
    not_after: dt.datetime


def make_test_ca(common_name: str) -> RootCA:
    """A self-signed CA valid from yesterday for 30 days, allowed to sign certificates (path length 0)."""
    now = dt.datetime.now(dt.UTC)
    not_before, not_after = now - dt.timedelta(days=1), now + dt.timedelta(days=30)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_cert = (
        x509.CertificateBuilder(not_valid_before=not_before, not_valid_after=not_after)
        .subject_name(_name(common_name))
        .issuer_name(_name(common_name))
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    return RootCA(ca_key, ca_cert, not_before, not_after)


def make_local_ca(folder: Path, names: Sequence[str] = TLS_NAMES) -> LocalCA:
    """Generate the CA and server certificate as PEM files in `folder`."""
    root = make_test_ca("provenance test CA")
    ca_key, ca_cert, not_before, not_after = root.key, root.cert, root.not_before, root.not_after
    key = ec.generate_private_key(ec.SECP256R1())
    alt_names: list[x509.GeneralName] = [x509.DNSName(name) for name in names]
    alt_names.append(x509.IPAddress(ipaddress.ip_address("127.0.0.1")))
    cert = (
        x509.CertificateBuilder(not_valid_before=not_before, not_valid_after=not_after)
        .subject_name(_name(names[0]))
        .issuer_name(ca_cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.SubjectAlternativeName(alt_names), critical=False)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    ca = LocalCA(folder / "ca.pem", folder / "server.pem", folder / "server-key.pem", tuple(names))
    ca.ca_pem.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    ca.cert_pem.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    ca.key_pem.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return ca
