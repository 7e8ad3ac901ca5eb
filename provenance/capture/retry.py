"""Politeness and resilience: which answers are worth asking again, how long to wait first, and a minimum
interval between requests to one host.

A request is asked again (at most `NetworkOptions.retries` times) when the failure is likely to pass: no
connection, no answer in time, a connection cut inside the answer's head, `429 Too Many Requests` or a 5xx
that says "later" (500, 502, 503, 504). A `Retry-After` the server sends is honoured when it fits (at most
`MAX_RETRY_AFTER` and what is left of the footnote's budget); a server that asks for longer is not asked
again in this run. Otherwise the wait grows exponentially from `NetworkOptions.retry_base` with jitter (half
fixed, half random), so captures that failed together do not all come back at once.

Pure, apart from the clock and the waits, which a cancel (Ctrl-C) cuts short.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import math
import random
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

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
