"""A small HTTP proxy on 127.0.0.1 for tests: CONNECT tunnels for https, absolute-form forwarding for http.

It resolves host names from its own table, as a newsroom proxy resolves names the machine behind it cannot:

    with TestProxy({"news.example": ("127.0.0.1", server.port)}) as proxy:
        options = NetworkOptions(proxy=proxy.url)

`seen` keeps each request head it received (CONNECT lines and forwarded requests) in order. With
`credentials`, a request without the matching `Proxy-Authorization` is answered 407.
"""

from __future__ import annotations

import base64
import contextlib
import select
import socket
import socketserver
import threading
from collections.abc import Mapping
from types import TracebackType
from urllib.parse import urlsplit

_HEAD_LIMIT = 64 * 1024


class _Handler(socketserver.BaseRequestHandler):
    server: _Server

    def handle(self) -> None:
        client: socket.socket = self.request
        client.settimeout(10)
        head = _read_head(client)
        if head is None:
            return
        proxy = self.server.proxy
        lines = head.decode("latin-1").split("\r\n")
        proxy.remember(head)
        if not proxy.authorised(lines[1:]):
            client.sendall(b"HTTP/1.1 407 Proxy Authentication Required\r\nContent-Length: 0\r\n\r\n")
            return
        method, target, _ = lines[0].split(" ", 2)
        if method == "CONNECT":
            self._tunnel(client, target)
        else:
            self._forward(client, head, target)

    def _upstream(self, authority: str) -> socket.socket | None:
        host = authority.rpartition(":")[0]
        address = self.server.proxy.hosts.get(host.lower())
        if address is None:
            return None
        return socket.create_connection(address, timeout=10)

    def _tunnel(self, client: socket.socket, authority: str) -> None:
        upstream = self._upstream(authority)
        if upstream is None:
            client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            return
        with upstream:
            client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
            _relay(client, upstream, self.server.proxy.stopping)

    def _forward(self, client: socket.socket, head: bytes, target: str) -> None:
        parts = urlsplit(target)
        upstream = self._upstream(f"{parts.hostname}:{parts.port or 80}")
        if upstream is None:
            client.sendall(b"HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n")
            return
        origin_form = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        first, _, rest = head.partition(b"\r\n")
        method = first.split(b" ", 1)[0]
        kept = [line for line in rest.split(b"\r\n") if not line.lower().startswith(b"proxy-")]
        with upstream:
            upstream.sendall(b"%s %s HTTP/1.1\r\n" % (method, origin_form.encode()) + b"\r\n".join(kept))
            _relay(client, upstream, self.server.proxy.stopping)


def _read_head(sock: socket.socket) -> bytes | None:
    data = b""
    while b"\r\n\r\n" not in data and len(data) < _HEAD_LIMIT:
        try:
            chunk = sock.recv(4096)
        except OSError:
            return None
        if not chunk:
            return None
        data += chunk
    return data


def _relay(one: socket.socket, other: socket.socket, stopping: threading.Event) -> None:
    """Copy bytes both ways until either side closes (or the proxy stops)."""
    peers = {one: other, other: one}
    while not stopping.is_set():
        ready, _, _ = select.select(list(peers), [], [], 0.1)
        for sock in ready:
            try:
                data = sock.recv(65536)
            except OSError:
                return
            if not data:
                with contextlib.suppress(OSError):
                    peers[sock].shutdown(socket.SHUT_WR)
                return
            peers[sock].sendall(data)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    proxy: TestProxy


class TestProxy:
    """An HTTP proxy on 127.0.0.1 that knows the host names in `hosts` (name → (ip, port))."""

    __test__ = False  # not a test class, whatever its name says to pytest

    def __init__(
        self, hosts: Mapping[str, tuple[str, int]], credentials: tuple[str, str] | None = None
    ) -> None:
        self.hosts = {name.lower(): address for name, address in hosts.items()}
        self.credentials = credentials
        self.seen: list[str] = []
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.proxy = self
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05})

    @property
    def url(self) -> str:
        if self.credentials:
            return f"http://{self.credentials[0]}:{self.credentials[1]}@127.0.0.1:{self.port}"
        return f"http://127.0.0.1:{self.port}"

    def remember(self, head: bytes) -> None:
        with self._lock:
            self.seen.append(head.decode("latin-1"))

    def authorised(self, header_lines: list[str]) -> bool:
        if self.credentials is None:
            return True
        token = base64.b64encode(":".join(self.credentials).encode()).decode()
        return f"proxy-authorization: basic {token}".lower() in (line.lower() for line in header_lines)

    def __enter__(self) -> TestProxy:
        self._thread.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join()
