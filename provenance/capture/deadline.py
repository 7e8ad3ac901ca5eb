"""The head deadline: a hop's whole answer head must arrive in time, however slowly it trickles."""

from __future__ import annotations

import contextlib
import socket
import threading


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
