"""One hop's watch over its connection: the head deadline, cancellation, a log of what went on the wire."""

from __future__ import annotations

import contextlib
import heapq
import itertools
import logging
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from provenance.capture.cancel import Cancellation

if TYPE_CHECKING:
    from provenance.models import TlsPeer

log = logging.getLogger("provenance.capture")


@dataclass(repr=False, eq=False)
class WireLog:
    """What one hop's connection did, as the connection itself saw it: the evidence of a failed attempt."""

    connected_to: str | None = None  # the address a TCP connection was made to
    local_address: str | None = None  # the local address it was made from (chain of custody)
    request_head: bytes | None = None  # the request's head exactly as sent; None until it was sent
    tls: tuple[TlsPeer, bytes] | None = None  # the TLS peer and its leaf certificate (DER)


class DeadlineWatcher:
    """One thread that calls each registered hook when its deadline passes, for every hop of the process.

    A `threading.Timer` per hop would start a thread per hop (hundreds in a run, each waiting for the GIL);
    here a hop's deadline is an entry in a heap, and the one thread sleeps until the earliest of them.
    """

    def __init__(self) -> None:
        self._wake = threading.Condition()
        self._heap: list[tuple[float, int, Callable[[], None]]] = []
        self._pending: set[int] = set()
        self._tokens = itertools.count()
        self._thread: threading.Thread | None = None

    def call_at(self, deadline: float, hook: Callable[[], None]) -> int:
        """Call `hook` (from the watcher's thread) once `time.monotonic()` passes `deadline`; a token to
        `forget` it by."""
        with self._wake:
            token = next(self._tokens)
            heapq.heappush(self._heap, (deadline, token, hook))
            self._pending.add(token)
            if self._thread is None:
                # A daemon: a hop still waiting at exit cannot keep the process alive.
                self._thread = threading.Thread(target=self._run, name="hop deadlines", daemon=True)
                self._thread.start()
            elif self._heap[0][1] == token:
                self._wake.notify()  # a new earliest deadline: sleep less
            return token

    def forget(self, token: int) -> None:
        """The hook will not be called (the hop got its head in time, or ended)."""
        with self._wake:
            self._pending.discard(token)
            if len(self._heap) > 64 + 2 * len(self._pending):
                # Forgotten entries would stay until their deadline, holding their hops: drop them now.
                self._heap = [entry for entry in self._heap if entry[1] in self._pending]
                heapq.heapify(self._heap)

    def _run(self) -> None:
        while True:
            with self._wake:
                while not self._heap or self._heap[0][0] > time.monotonic():
                    self._wake.wait(self._heap[0][0] - time.monotonic() if self._heap else None)
                _, token, hook = heapq.heappop(self._heap)
                due = token in self._pending
                self._pending.discard(token)
            if due:
                try:
                    hook()
                except Exception:  # a bug in one hop's hook must not leave every later hop unguarded
                    log.exception("a hop's deadline hook failed")

    def __len__(self) -> int:
        """How many deadlines are held (forgotten ones included until they are dropped)."""
        with self._wake:
            return len(self._heap)


_WATCHER = DeadlineWatcher()


class HopGuard:
    """Cuts a hop's connection when its answer's head is not all in by the deadline, or when the run is
    cancelled; keeps the hop's `WireLog`.

    The socket timeout bounds each wait, not their sum: without the head deadline, a server sending a header
    line (or a TLS handshake byte) every few seconds would hold the capture forever. The guard lasts the
    whole exchange, head and body, so a cancel also cuts a body that is still streaming, and so does the
    body's own deadline once `cut_body_at` set it: a body's framing (a chunk-size line, the trailers) is read
    in one call that a check between reads cannot end, and a server sending it a byte at a time held the
    capture past every deadline.
    """

    def __init__(self, head_seconds: float, cancellation: Cancellation) -> None:
        self.head_seconds = head_seconds
        self.head_expired = False
        self.body_expired = False
        self.wire = WireLog()
        self._cancellation = cancellation
        self._lock = threading.Lock()
        self._head_done = False
        self._finished = False
        self._cut = False
        # Duplicates: shutdown acts on the connection whichever descriptor is used, and these stay valid (and
        # cannot be reused for another file) even after TLS wraps the original or urllib3 closes it.
        self._sockets: list[socket.socket] = []
        self._deadline: int | None = None
        self._body_deadline: int | None = None
        self._body_done = False
        self._token: int | None = None
        # Called once the request is sent, while its answer is awaited (`request_sent`): work of the capture
        # that need not be done before the request goes out. It must not raise.
        self.while_waiting: Callable[[], None] | None = None

    @property
    def cancelled(self) -> bool:
        return self._cancellation.cancelled

    def __enter__(self) -> HopGuard:
        self._deadline = _WATCHER.call_at(time.monotonic() + self.head_seconds, self._expire_head)
        self._token = self._cancellation.on_cancel(self._cut_all)
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._forget_deadline()
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

    def request_sent(self, head: bytes) -> None:
        """The request went on the wire as `head`: kept as evidence, then `while_waiting` (once)."""
        self.wire.request_head = head
        work, self.while_waiting = self.while_waiting, None
        if work is not None:
            work()

    def head_arrived(self) -> bool:
        """The whole head is in: from now only a cancel cuts the connection (the body has its own limit).

        False when the head deadline had already cut it: then what was parsed is not the whole head."""
        with self._lock:
            self._head_done = True
            expired = self.head_expired
        self._forget_deadline()
        return not expired

    def cut_body_at(self, seconds: float) -> None:
        """Cut the connection once `seconds` pass from now, unless `body_read` came first."""
        self._body_deadline = _WATCHER.call_at(time.monotonic() + seconds, self._expire_body)

    def body_read(self) -> bool:
        """Reading the body is over: the body deadline no longer cuts the connection.

        False when it had already cut it: then the reads that ended were ended by the cut, and the body is
        not known to be whole, whatever they returned (a body read to the connection's end looks whole)."""
        with self._lock:
            self._body_done = True
            expired = self.body_expired
        if self._body_deadline is not None:
            _WATCHER.forget(self._body_deadline)
        return not expired

    def _forget_deadline(self) -> None:
        if self._deadline is not None:
            _WATCHER.forget(self._deadline)
        if self._body_deadline is not None:
            _WATCHER.forget(self._body_deadline)

    def _expire_body(self) -> None:
        with self._lock:
            if self._body_done or self._finished:
                return
            self.body_expired = True
        self._cut_all()

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
