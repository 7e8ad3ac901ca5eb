"""Politeness and resilience: which answers are worth asking again, how long to wait first, and a minimum
interval between requests to one host.

A request is asked again (at most `NetworkOptions.retries` times) when the failure is likely to pass: no
connection, no answer in time, a connection cut inside the answer's head, `429 Too Many Requests` or a 5xx
that says "later" (500, 502, 503, 504). A `Retry-After` the server sends is honoured when it fits (at most
`MAX_RETRY_AFTER` and what is left of the footnote's budget); a server that asks for longer is not asked
again in this run. Otherwise the wait grows exponentially from `NetworkOptions.retry_base` with jitter (half
fixed, half random), so captures that failed together do not all come back at once.

A host that gave no answer at all to the run's last `UNANSWERED_LIMIT` attempts to reach it, over at least
`UNANSWERED_SPAN` seconds, is asked for no more side documents or archive lookups until it answers again
(`UnansweredHosts`): with the Internet Archive down, every footnote's lookup otherwise waited out its timeout
and retries, four at a time (`--per-host`), and a 200-footnote check took minutes at the defaults where its
pages took seconds. The cited URLs themselves are always asked.

Pure, apart from the clock and the waits, which a cancel (Ctrl-C) cuts short.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import hashlib
import math
import os
import random
import struct
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from provenance.capture.cancel import Cancellation

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
RETRY_FAILURES = frozenset({"connect", "timeout", "disconnect"})  # CaptureFailure kinds
MAX_RETRY_AFTER = 120.0  # seconds: a server asking for longer gets no second request in this run


def retry_after_seconds(headers: Sequence[tuple[str, str]], now: dt.datetime) -> float | None:
    """The wait a `Retry-After` header asks for (delay-seconds or an HTTP-date), or None when there is none
    or it cannot be read."""
    value = next((v.strip() for name, v in headers if name.lower() == "retry-after"), None)
    if not value:
        return None
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, (when - now).total_seconds())


def backoff_seconds(attempt: int, base: float, jitter: Callable[[], float] = random.random) -> float:
    """The wait before retry number `attempt` (0 for the first): half of `base * 2**attempt` fixed, the
    other half random."""
    full = math.ldexp(base, attempt)  # base * 2**attempt
    return full / 2 + jitter() * full / 2


def sleep_unless_cancelled(seconds: float, cancellation: Cancellation) -> None:
    """Wait `seconds`, or less when the run is cancelled (then `Cancelled` is raised)."""
    woken = threading.Event()
    token = cancellation.on_cancel(woken.set)
    try:
        woken.wait(seconds)
    finally:
        cancellation.forget(token)
    cancellation.check()


# Attempts in a row that got no answer at all, and the seconds they must span (from the first one's start to
# the last one's failure): an outage shorter than that (a few refused connections while a server restarts)
# gives nothing up, a host that lets every attempt time out is given up after its first few.
UNANSWERED_LIMIT = 3
UNANSWERED_SPAN = 10.0


@dataclass(frozen=True)
class GivenUp:
    """Why a host gets no more optional requests: its last `attempts`, over `seconds`, got no answer."""

    host: str
    attempts: int
    seconds: float

    def __str__(self) -> str:
        return (
            f"{self.host} gave no answer to the run's last {self.attempts} attempts to reach it, over "
            f"{self.seconds:.0f}s"
        )


@dataclass
class UnansweredHosts:
    """The attempts in a row each host gave no answer to (no connection, no answer in time, a hang-up before
    the answer) in this run; any answer from the host starts the count again.

    Counted over all of the run's capture processes when `folder` is given (the `--per-host` slots' folder,
    made before they fork): `--per-host` is shared by them, so each would otherwise see only its part of the
    first attempts that time out together, and wait out the next round too. Each host has a file there of
    one record per attempt (appended, so two processes' records never mix), emptied by an answer."""

    limit: int = UNANSWERED_LIMIT
    span: float = UNANSWERED_SPAN
    folder: Path | None = None
    # Without a folder, this process's count: host -> (attempts, when the first began, when the last failed).
    _counts: dict[str, tuple[int, float, float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def answered(self, host: str) -> None:
        if self.folder is None:
            with self._lock:
                self._counts.pop(host, None)
            return
        with contextlib.suppress(OSError):  # none yet (the usual case), or the run's folder is gone
            os.truncate(self._path(host), 0)

    def not_answered(self, host: str, began: dt.datetime, failed: dt.datetime) -> None:
        if self.folder is None:
            with self._lock:
                count, first, _ = self._counts.get(host, (0, began.timestamp(), 0.0))
                self._counts[host] = (count + 1, first, failed.timestamp())
            return
        try:
            descriptor = os.open(self._path(host), _APPEND, 0o600)
        except OSError:  # the run's folder is gone: the host is simply never given up
            return
        try:
            os.write(descriptor, _ATTEMPT.pack(began.timestamp(), failed.timestamp()))
        finally:
            os.close(descriptor)

    def given_up(self, host: str) -> GivenUp | None:
        """Why `host` gets no more optional requests, or None while it may still get them."""
        count, first, last = self._read(host)
        if count < self.limit or last - first < self.span:
            return None
        return GivenUp(host, count, last - first)

    def _read(self, host: str) -> tuple[int, float, float]:
        """How many attempts in a row got no answer, when the first began and the last failed."""
        if self.folder is None:
            with self._lock:
                return self._counts.get(host, (0, 0.0, 0.0))
        try:
            descriptor = os.open(self._path(host), os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
        except OSError:
            return 0, 0.0, 0.0
        try:
            count = os.fstat(descriptor).st_size // _ATTEMPT.size
            first = os.pread(descriptor, _ATTEMPT.size, 0)
            last = os.pread(descriptor, _ATTEMPT.size, (count - 1) * _ATTEMPT.size) if count else b""
        finally:
            os.close(descriptor)
        if len(first) < _ATTEMPT.size or len(last) < _ATTEMPT.size:  # emptied meanwhile by an answer
            return 0, 0.0, 0.0
        return count, _ATTEMPT.unpack(first)[0], _ATTEMPT.unpack(last)[1]

    def _path(self, host: str) -> Path:
        assert self.folder is not None
        return (
            self.folder
            / f"unanswered-{hashlib.sha256(host.encode('utf-8', 'surrogatepass')).hexdigest()[:32]}"
        )


_ATTEMPT = struct.Struct("<dd")  # when an attempt that got no answer began and failed, in POSIX seconds
_APPEND = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW


@dataclass
class HostPacer:
    """`--host-interval`: requests to one host start at least `interval` seconds apart, across every capture
    of the run. Each request reserves the next free start time for its host, first come first served."""

    clock: Callable[[], float] = time.monotonic
    _next_start: dict[str, float] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def reserve(self, host: str, interval: float) -> float:
        """Take the next start time at `host`; how many seconds from now it is."""
        with self._lock:
            now = self.clock()
            start = max(now, self._next_start.get(host, now))
            self._next_start[host] = start + interval
            return start - now
