"""Politeness and resilience: which answers are worth asking again, how long to wait first, and a minimum
interval between requests to one host.

A request is asked again (at most `NetworkOptions.retries` times) when the failure is likely to pass: no
connection, no answer in time, a connection cut inside the answer's head, `429 Too Many Requests` or a 5xx
that says "later" (500, 502, 503, 504). A `Retry-After` the server sends is honoured when it fits (at most
`MAX_RETRY_AFTER` and what is left of the footnote's budget); a server that asks for longer is not asked
again in this run. Otherwise the wait grows exponentially from `NetworkOptions.retry_base` with jitter (half
fixed, half random), so captures that failed together do not all come back at once. An optional request
(a side document, an archive lookup) is asked again after a `Retry-After` of at most
`MAX_OPTIONAL_RETRY_AFTER`: holding its footnote longer for it is not worth it.

Optional requests (side documents, archive lookups) are not sent to a host in bad standing (`HostStanding`):
- one that gave no answer at all to the run's last `UNANSWERED_LIMIT` attempts to reach it, over at least
  `UNANSWERED_SPAN` seconds, until it answers again: with the Internet Archive down, every footnote's lookup
  otherwise waited out its timeout and retries, four at a time (`--per-host`), and a 200-footnote check took
  minutes at the defaults where its pages took seconds. One optional request at a time probes it again,
  `PROBE_AFTER` seconds after its last attempt, then twice as long each time it stays silent. After a failure
  without an answer, an optional request waits `UNANSWERED_SETTLE` seconds before it is judged, for the
  attempts that went out with the failed one;
- one that answered any request `429` or a 5xx with a `Retry-After`, until that time has passed: with the
  archive rate-limiting, each footnote's lookup otherwise waited out the same pause on its own, holding its
  footnote, and asked again into it (a 200-footnote check took 7 minutes). A `429` without one pauses the
  host until its rate-limit reset header says (`asked_wait_seconds`), or when none does, for
  `UNSAID_429_PAUSE` seconds, or until the host answers a request sent since with neither a `429` nor a
  5xx (`lift_unsaid_pause`).
The cited URLs themselves are always asked: each is a claim of its own, and the attempt its own evidence.
One on a host in a pause it asked for waits the pause out first when a retry would (`exchange`).
But a cited URL on a host silent to the run's last attempts (as above) is not asked again, and each of its
waits is cut to `SILENT_HOST_TIMEOUT`: the failure is not passing, and with a platform blocked where the
check runs, each of its footnotes waited out three whole timeouts.

Pure, apart from the clock, the waits (which a cancel, Ctrl-C, cuts short) and `HostStanding`'s files.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import email.utils
import functools
import hashlib
import math
import os
import random
import re
import struct
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

from provenance.capture.cancel import Cancellation
from provenance.digits import is_ascii_number

try:
    import fcntl
except ImportError:  # not POSIX: no shared folder (`HostStanding.folder` is None), nothing to lock
    fcntl = None  # type: ignore[assignment]

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
# CaptureFailure kinds: no answer, or one that is no HTTP (`answer`: a server failing under load, say).
RETRY_FAILURES = frozenset({"connect", "timeout", "disconnect", "answer"})
MAX_RETRY_AFTER = 120.0  # seconds: a server asking for longer gets no second request in this run
# An optional request (a side document, an archive lookup) waits out no longer a `Retry-After`: the footnote
# it serves would wait for it, and the pause holds the host's other optional requests back anyway.
MAX_OPTIONAL_RETRY_AFTER = 5.0


def retry_after_seconds(headers: Sequence[tuple[str, str]], now: dt.datetime) -> float | None:
    """The wait a `Retry-After` header asks for (delay-seconds or an HTTP-date), or None when there is none
    or it cannot be read."""
    value = next((v.strip() for name, v in headers if name.lower() == "retry-after"), None)
    if not value:
        return None
    if is_ascii_number(value):
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, OverflowError):  # a date whose figures no calendar holds is no date
        return None
    if when.tzinfo is None:
        return None
    return max(0.0, (when - now).total_seconds())


# Rate limiters that send a `429` without a `Retry-After` may say when the limit resets instead: the IETF
# draft's `RateLimit-Reset` in seconds, or the older `X-RateLimit-Reset` (GitHub; X's syndication spells it
# `x-rate-limit-reset`) as a POSIX time, which some sites fill with seconds: a figure from
# `_POSIX_TIME_FROM` on (September 2001) is read as a time, a smaller one as seconds, and one from
# `_POSIX_MILLISECONDS_FROM` on (a time in the year 5138) as a time in milliseconds, as some APIs write it.
_RESET_HEADERS = frozenset({"ratelimit-reset", "x-ratelimit-reset", "x-rate-limit-reset"})
_POSIX_TIME_FROM = 1e9
_POSIX_MILLISECONDS_FROM = 1e11


@functools.cache
def _reset_figure() -> re.Pattern[str]:
    # Compiled on first use: only an answer that asks to slow down has one, after a check's first request.
    return re.compile(r"[0-9]{1,20}(?:\.[0-9]{1,9})?")


def _split_outside_quotes(text: str, separator: str) -> list[str]:
    """`text` split at each `separator` that is not inside a quoted string (`"a,b"`, `\\"` escaping a
    quote): the members of a structured header field (RFC 9651). One pass, linear in `text`."""
    parts: list[str] = []
    start = 0
    quoted = escaped = False
    for index, char in enumerate(text):
        if escaped:
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == separator and not quoted:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


def _key_and_figure(member: str) -> tuple[str, str]:
    key, _, figure = member.partition("=")
    return key.strip().lower(), figure.strip()


def rate_limit_field_wait(value: str) -> float | None:
    """The seconds until a quota the `RateLimit` field says is used up comes back, or None when it says of
    none (or cannot be read). The IETF draft writes it as a list of quota policies, each with the units it
    has left and the seconds until they come back (`RateLimit: "default";r=0;t=30`, from its 2024 revisions
    on), its earlier revisions as one dictionary (`RateLimit: limit=100, remaining=0, reset=30`). Of several
    policies used up, the longest wait: each must have come back before a request is let through."""
    waits: list[float] = []
    dictionary: dict[str, str] = {}
    for item in _split_outside_quotes(value, ","):
        name, *parameters = _split_outside_quotes(item, ";")
        key, figure = _key_and_figure(name)
        if figure:
            dictionary[key] = figure
        policy = dict(_key_and_figure(parameter) for parameter in parameters)
        if policy.get("r") == "0" and _reset_figure().fullmatch(policy.get("t", "")):
            waits.append(float(policy["t"]))
    if dictionary.get("remaining") == "0" and _reset_figure().fullmatch(dictionary.get("reset", "")):
        waits.append(float(dictionary["reset"]))
    return max((wait for wait in waits if wait > 0), default=None)


def asked_wait_seconds(status: int, headers: Sequence[tuple[str, str]], now: dt.datetime) -> float | None:
    """The wait an answer asks for: its `Retry-After`, or for a `429` without one, the time until its rate
    limit resets, when a header says so (a reset header, or the `RateLimit` field) and that time is still to
    come; None otherwise."""
    seconds = retry_after_seconds(headers, now)
    if seconds is not None or status != 429:
        return seconds
    for name, value in headers:
        figure_text = value.strip()  # (`strip` also takes control characters that `float` would refuse)
        if name.lower() in _RESET_HEADERS and _reset_figure().fullmatch(figure_text):
            figure = float(figure_text)
            if figure >= _POSIX_MILLISECONDS_FROM:
                figure /= 1000
            reset = figure - now.timestamp() if figure >= _POSIX_TIME_FROM else figure
            if reset > 0:
                return reset
    fields = [value for name, value in headers if name.lower() == "ratelimit"]
    # Several `RateLimit` lines are one field, their values joined by commas (RFC 9110, section 5.3).
    return rate_limit_field_wait(",".join(fields)) if fields else None


def backoff_seconds(attempt: int, base: float, jitter: Callable[[], float] = random.random) -> float:
    """The wait before retry number `attempt` (0 for the first): half of `base * 2**attempt` fixed, the
    other half random."""
    full = math.ldexp(base, attempt)  # base * 2**attempt
    return full / 2 + jitter() * full / 2


def sleep_unless_cancelled(seconds: float, cancellation: Cancellation) -> None:
    """Wait `seconds`, or less when the run is cancelled (then `Cancelled` is raised)."""
    from provenance.capture.rush import do_left_work, waiting  # loaded with the captures, not the options

    do_left_work()  # a worker's next request is no sooner for it: what its last capture left is done now
    woken = threading.Event()
    token = cancellation.on_cancel(woken.set)
    try:
        with waiting():  # asleep: what gives way to the captures' work may run (`capture.rush`)
            woken.wait(seconds)
    finally:
        cancellation.forget(token)
    cancellation.check()


# Attempts in a row that got no answer at all, and the seconds they must span (from the first one's start to
# the last one's failure): an outage shorter than that (a few refused connections while a server restarts)
# gives nothing up, a host that lets every attempt time out is given up after its first few.
UNANSWERED_LIMIT = 3
UNANSWERED_SPAN = 10.0
# A host given up is tried again by one optional request (a probe) this long after its last attempt, then
# after twice as long each time it stays silent, up to `PROBE_MAX`: else an archive down for a minute early
# in a run of thousands of reports would lose every later footnote's lookup. Longer than a short run lasts.
PROBE_AFTER = 60.0
PROBE_MAX = 960.0
# A cited URL on a host given up is still asked (its attempt is its footnote's evidence), but waited for this
# long at most where `--timeout` is longer: with a platform blocked where the check runs, each of its
# footnotes otherwise waited out a whole timeout, four at a time (40 footnotes: 5 minutes at the defaults).
# A host that answers at all answers in less, and an answer gives it back the whole `--timeout`.
SILENT_HOST_TIMEOUT = 10.0
# An optional request to a host whose last attempt got no answer less than this long ago waits until this long
# after it before it is judged: attempts that went out together fail together, a few milliseconds apart, and
# one that came between the first failure and the give-up went out and waited out its whole timeout too.
UNANSWERED_SETTLE = 2.0


@dataclass(frozen=True, repr=False, eq=False)
class GivenUp:
    """Why a host gets no more optional requests: its last `attempts`, over `seconds`, got no answer."""

    host: str
    attempts: int
    seconds: float
    last_failed: float  # when the last attempt failed, in POSIX seconds

    def __str__(self) -> str:
        return (
            f"{self.host} gave no answer to the run's last {self.attempts} attempts to reach it, over "
            f"{self.seconds:.0f}s"
        )


@dataclass(frozen=True, repr=False, eq=False)
class Pause:
    """Why a host gets no optional request for now: it answered `status` and asked for no requests until
    `until` (`asked`), or answered `429` without saying for how long (`UNSAID_429_PAUSE`)."""

    host: str
    status: int
    until: float  # POSIX seconds
    asked: bool = True

    def __str__(self) -> str:
        until = dt.datetime.fromtimestamp(self.until, dt.UTC).isoformat(timespec="seconds")[:-6] + "Z"
        if self.asked:
            return f"{self.host} answered HTTP {self.status} and asked for no requests until {until}"
        return (
            f"{self.host} answered HTTP {self.status} without saying how long to wait: not asked again "
            f"until {until}"
        )


# A `429` that says nothing of when to ask again (no `Retry-After`, no reset header) still says the host is
# limiting this run's requests: its optional requests wait this long, where each would be answered `429`
# again (and a limiter that counts refused requests too would only hold the limit longer).
UNSAID_429_PAUSE = 30.0
# The longest pause a `Retry-After` opens: a server asking for more is taken as asking for the rest of a run.
MAX_PAUSE = 86400.0


class _PauseRecord(NamedTuple):
    """A host's latest pause: until when (POSIX seconds; 0 for none), the status that opened it, whether the
    host asked for it, and when it began."""

    until: float
    status: int
    asked: bool
    since: float


_NO_PAUSE = _PauseRecord(0.0, 0, True, 0.0)


@dataclass(repr=False, eq=False)
class HostStanding:
    """What the run's answers say of each host, for the optional requests to it (side documents, archive
    lookups) and for asking a cited URL again: the attempts in a row it gave no answer to (no connection, no
    answer in time, a hang-up before the answer), which any answer from it starts again, and the pause it
    asked for (a `Retry-After`, a rate-limit reset) or that a `429` alone opened.

    Shared by all of the run's capture processes when `folder` is given (the `--per-host` slots' folder,
    made before they fork): `--per-host` is shared by them, so each would otherwise see only its part of the
    first attempts that time out together, and wait out the next round too. Each host has two files there of
    fixed-size records, appended (so two processes' records never mix): one per attempt without an answer
    (emptied by an answer), and one per pause that ends later than the last one kept."""

    limit: int = UNANSWERED_LIMIT
    span: float = UNANSWERED_SPAN
    probe_after: float = PROBE_AFTER
    settle: float = UNANSWERED_SETTLE
    silent_timeout: float = SILENT_HOST_TIMEOUT
    folder: Path | None = None
    # Without a folder, this process's figures: host -> (attempts, when the first began, when the last
    # failed), and host -> the latest pause.
    _counts: dict[str, tuple[int, float, float]] = field(default_factory=dict)
    _pauses: dict[str, _PauseRecord] = field(default_factory=dict)
    _probes: dict[str, tuple[int, float]] = field(default_factory=dict)  # host -> (probes, when the last)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    # With a folder, each host's files by (kind, host): a capture asks after its host's standing some seven
    # times, each a hash and a path made again otherwise. Bounded by the hosts of the run (its reports').
    _paths: dict[tuple[str, str], Path] = field(default_factory=dict)

    def answered(self, host: str) -> None:
        if self.folder is None:
            with self._lock:
                self._counts.pop(host, None)
                self._probes.pop(host, None)
            return
        for kind in ("unanswered", "probe"):
            path = self._path(kind, host)
            # None yet is the usual case: told by a look that raises nothing (a raised error for each was most
            # of this call, once after every answer).
            if os.access(path, os.F_OK):
                with contextlib.suppress(OSError):  # the run's folder is gone meanwhile
                    os.truncate(path, 0)

    def not_answered(self, host: str, began: dt.datetime, failed: dt.datetime) -> None:
        if self.folder is None:
            with self._lock:
                count, first, _ = self._counts.get(host, (0, began.timestamp(), 0.0))
                self._counts[host] = (count + 1, first, failed.timestamp())
            return
        _append(self._path("unanswered", host), _ATTEMPT.pack(began.timestamp(), failed.timestamp()))

    def pause(self, host: str, status: int, seconds: float, now: float, asked: bool = True) -> None:
        """`host` answered `status` at `now` (POSIX seconds) and asked for a pause of `seconds` (`asked`),
        or answered `429` without saying for how long (`seconds` is then this run's own choice). A pause
        that ends before the one kept changes nothing."""
        until = now + min(max(seconds, 0.0), MAX_PAUSE)
        self._change_pause(
            host, lambda kept: _PauseRecord(until, status, asked, now) if until > kept.until else None
        )

    def lift_unsaid_pause(self, host: str, sent: float, now: float) -> None:
        """`host` took a request sent at `sent` (POSIX seconds) and answered it at `now` with neither a
        `429` nor a 5xx: a pause this run chose after a `429` that said nothing of how long
        (`UNSAID_429_PAUSE`, a guess) ends, as the host takes requests again. Not for a request sent before
        the pause began (it went out with the one answered `429`), nor a pause the host asked for: it said
        until when."""

        def lifted(kept: _PauseRecord) -> _PauseRecord | None:
            if kept.asked or kept.until <= now or sent < kept.since:
                return None
            return kept._replace(until=now)

        self._change_pause(host, lifted)

    def _change_pause(self, host: str, change: Callable[[_PauseRecord], _PauseRecord | None]) -> None:
        """The pause of `host` as `change` makes it from the one kept (None: kept as it is). One change at a
        time, over the threads and the processes of the run: else a shorter pause written last could win."""
        if self.folder is None:
            with self._lock:
                changed = change(self._pauses.get(host, _NO_PAUSE))
                if changed is not None:
                    self._pauses[host] = changed
            return
        path = self._path("pause", host)
        if change(self._pause(host)) is None:  # the usual case, read without a lock: nothing to change
            return
        try:
            descriptor = os.open(path, _APPEND, 0o600)
        except OSError:  # the run's folder is gone: nothing is kept (no host is then held back)
            return
        try:
            if fcntl is not None:
                fcntl.flock(descriptor, fcntl.LOCK_EX)  # held for one read and one write: never long
            changed = change(self._pause(host))
            if changed is not None:
                os.write(descriptor, _PAUSE.pack(*changed))
        except OSError:  # a full or failing disk: the record is lost, never the capture
            pass
        finally:
            os.close(descriptor)  # (the lock goes with it)

    def given_up(self, host: str) -> GivenUp | None:
        """Why `host` gets no more optional requests for its silence, or None while it may still get them."""
        count, first, last = self._unanswered(host)
        if count < self.limit or last - first < self.span:
            return None
        return GivenUp(host, count, last - first, last)

    def settling(self, host: str, now: float) -> float:
        """Seconds an optional request to `host` waits, at `now`, before it is judged (`holding_back`): the
        rest of `settle` after an attempt that got no answer, unless the host is given up already."""
        count, first, last = self._unanswered(host)
        if count == 0 or (count >= self.limit and last - first >= self.span):
            return 0.0
        return max(0.0, last + self.settle - now)

    def holding_back(self, host: str, now: float) -> GivenUp | Pause | None:
        """Why an optional request to `host` is not sent at `now` (POSIX seconds), or None when it may be:
        a request to a host given up may be its probe, which this call then claims (one probe at a time)."""
        given_up = self.given_up(host)
        pause = self.paused(host, now)
        # A probe is claimed only when it may go: not while the host's pause lasts.
        if given_up and (pause or not self._claim_probe(host, given_up.last_failed, now)):
            return given_up
        return pause

    def paused(self, host: str, now: float) -> Pause | None:
        """The pause `host` is in at `now` (POSIX seconds), if any."""
        kept = self._pause(host)
        return Pause(host, kept.status, kept.until, kept.asked) if kept.until > now else None

    def _claim_probe(self, host: str, last_failed: float, now: float) -> bool:
        """Whether a probe of `host` is due at `now`; if so it is claimed (two processes may both claim one
        in the same instant: two probes, no harm)."""
        if self.folder is None:
            with self._lock:
                probes, last_probe = self._probes.get(host, (0, 0.0))
                if now - max(last_failed, last_probe) < self._probe_interval(probes):
                    return False
                self._probes[host] = (probes + 1, now)
                return True
        probes, _, last = _first_and_last(self._path("probe", host), _PROBE)
        last_probe = last[0] if last is not None else 0.0
        if now - max(last_failed, last_probe) < self._probe_interval(probes):
            return False
        _append(self._path("probe", host), _PROBE.pack(now))
        return True

    def _probe_interval(self, probes: int) -> float:
        return min(self.probe_after * 2.0 ** min(probes, 32), max(PROBE_MAX, self.probe_after))

    def _unanswered(self, host: str) -> tuple[int, float, float]:
        """How many attempts in a row got no answer, when the first began and the last failed."""
        if self.folder is None:
            with self._lock:
                return self._counts.get(host, (0, 0.0, 0.0))
        count, first, last = _first_and_last(self._path("unanswered", host), _ATTEMPT)
        if first is None or last is None:
            return 0, 0.0, 0.0
        return count, first[0], last[1]

    def _pause(self, host: str) -> _PauseRecord:
        """The latest pause of `host` (`_NO_PAUSE` for none)."""
        if self.folder is None:
            with self._lock:
                return self._pauses.get(host, _NO_PAUSE)
        _, _, last = _first_and_last(self._path("pause", host), _PAUSE)
        return _PauseRecord(*last) if last is not None else _NO_PAUSE

    def _path(self, kind: str, host: str) -> Path:
        assert self.folder is not None
        path = self._paths.get((kind, host))
        if path is None:  # two threads may both make it: the same path
            digest = hashlib.sha256(host.encode("utf-8", "surrogatepass")).hexdigest()
            path = self._paths[kind, host] = self.folder / f"{kind}-{digest[:32]}"
        return path


def _append(path: Path, record: bytes) -> None:
    """Append one record to `path` in one write; a run folder that is gone, or a disk that is full or
    failing, keeps nothing (no host is then held back): the run's politeness never fails a capture."""
    try:
        descriptor = os.open(path, _APPEND, 0o600)
    except OSError:
        return
    try:
        # One small write with O_APPEND: whole, or (a full disk) not at all; never mixed with another's.
        os.write(descriptor, record)
    except OSError:
        pass
    finally:
        os.close(descriptor)


_Record = tuple[Any, ...]


def _first_and_last(path: Path, layout: struct.Struct) -> tuple[int, _Record | None, _Record | None]:
    """How many records `path` holds, and its first and last, unpacked (None when it has none)."""
    if not os.access(path, os.F_OK):  # none (the usual case): told without an error raised and caught
        return 0, None, None
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW)
    except OSError:
        return 0, None, None
    try:
        count = os.fstat(descriptor).st_size // layout.size
        first = os.pread(descriptor, layout.size, 0)
        last = os.pread(descriptor, layout.size, (count - 1) * layout.size) if count else b""
    finally:
        os.close(descriptor)
    if len(first) < layout.size or len(last) < layout.size:  # emptied meanwhile by an answer
        return 0, None, None
    return count, layout.unpack(first), layout.unpack(last)


_ATTEMPT = struct.Struct("<dd")  # when an attempt that got no answer began and failed, in POSIX seconds
_PAUSE = struct.Struct("<dI?d")  # a `_PauseRecord`
_PROBE = struct.Struct("<d")  # when a probe of a host given up was claimed, in POSIX seconds
_APPEND = os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW


@dataclass(repr=False, eq=False)
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
