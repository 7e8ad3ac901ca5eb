"""One hop's watch over its connection: the head deadline, cancellation, a log of what went on the wire."""

from __future__ import annotations

import contextlib
import socket
import threading
from dataclasses import dataclass

from provenance.capture.cancel import Cancellation
from provenance.models import TlsPeer


@dataclass
class WireLog:
    """What one hop's connection did, as the connection itself saw it: the evidence of a failed attempt."""

    connected_to: str | None = None  # the address a TCP connection was made to
    local_address: str | None = None  # the local address it was made from (chain of custody)
    request_head: bytes | None = None  # the request's head exactly as sent; None until it was sent
    tls: tuple[TlsPeer, bytes] | None = None  # the TLS peer and its leaf certificate (DER)


class HopGuard:
    """Cuts a hop's connection when its answer's head is not all in by the deadline, or when the run is
    cancelled; keeps the hop's `WireLog`.

    The socket timeout bounds each wait, not their sum: without the head deadline, a server sending a header
    line (or a TLS handshake byte) every few seconds would hold the capture forever. The guard lasts the
    whole exchange, head and body, so a cancel also cuts a body that is still streaming.
    """

    def __init__(self, head_seconds: float, cancellation: Cancellation) -> None:
        self.head_seconds = head_seconds
        self.head_expired = False
        self.wire = WireLog()
        self._cancellation = cancellation
        self._lock = threading.Lock()
        self._head_done = False
        self._finished = False
        self._cut = False
        # Duplicates: shutdown acts on the connection whichever descriptor is used, and these stay valid (and
        # cannot be reused for another file) even after TLS wraps the original or urllib3 closes it.
        self._sockets: list[socket.socket] = []
        self._timer = threading.Timer(head_seconds, self._expire_head)
        self._timer.daemon = True
        self._token: int | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancellation.cancelled

    def __enter__(self) -> HopGuard:
        self._timer.start()
        self._token = self._cancellation.on_cancel(self._cut_all)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._timer.cancel()
        if self._token is not None:
            self._cancellation.forget(self._token)
        with self._lock:
            self._finished = True
            for sock in self._sockets:
                sock.close()
            self._sockets.clear()

    def watch(self, sock: socket.socket) -> None:
        """Guard `sock` from now on (before it connects, so a cancel also stops a slow connect)."""
        with self._lock:
            if self._finished:
                return
            self._sockets.append(sock.dup())
            if self._cut:
                _shut(self._sockets[-1])

    def head_arrived(self) -> bool:
        """The whole head is in: from now only a cancel cuts the connection (the body has its own limit).

        False when the head deadline had already cut it: then what was parsed is not the whole head."""
        with self._lock:
            self._head_done = True
            expired = self.head_expired
        self._timer.cancel()
        return not expired

    def _expire_head(self) -> None:
        with self._lock:
            if self._head_done or self._finished:
                return
            self.head_expired = True
        self._cut_all()

    def _cut_all(self) -> None:
        with self._lock:
            self._cut = True
            for sock in self._sockets:
                _shut(sock)


def _shut(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):  # already closed by the other side
        sock.shutdown(socket.SHUT_RDWR)
