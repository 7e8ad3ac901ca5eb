"""Run many captures at once, within a global limit and a limit per host name."""

from __future__ import annotations

import contextlib
import heapq
import logging
import threading
import time
from collections import Counter, deque
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from provenance.capture.cancel import Cancelled
from provenance.capture.capture import capture_url
from provenance.capture.failure import CaptureFailure
from provenance.capture.options import CaptureRequest, NetworkOptions, WarcInfo
from provenance.capture.pinning import require_pinning_hook, ssl_context_for
from provenance.capture.rush import do_left_work, has_left_work
from provenance.capture.uri import host_key_of
from provenance.files import ensure_folder
from provenance.waiting import wait_in_steps
from provenance.warc.parts import remove_stale_parts

if TYPE_CHECKING:
    from provenance.models import CaptureOutcome

log = logging.getLogger("provenance.capture")

_CANCEL_GRACE = 2.0  # seconds the captures get to clean up after Ctrl-C

# How one request is captured: `capture_url` (plain HTTP), or a browser's capture of the page.
CaptureFunction = Callable[[CaptureRequest, Path, NetworkOptions, WarcInfo], "CaptureOutcome"]
# As `CaptureFunction`, or None from a capture whose outcome its caller took care of (`capture_all`).
_Capturing = Callable[[CaptureRequest, Path, NetworkOptions, WarcInfo], "CaptureOutcome | None"]


class _HostQueue:
    """The requests still to start, taken in order, skipping hosts already at their limit.

    Per host a queue of request indices; a heap holds the hosts that may start one more (keyed by their
    first waiting index), so taking the next startable request costs log(hosts), not a scan of all."""

    def __init__(self, hosts: Sequence[str], per_host: int) -> None:
        self.per_host = per_host
        self.running: Counter[str] = Counter()
        self._queues: dict[str, deque[int]] = {}
        for index, host in enumerate(hosts):
            self._queues.setdefault(host, deque()).append(index)
        self._ready = [(queue[0], host) for host, queue in self._queues.items()]
        heapq.heapify(self._ready)
        self._in_ready = set(self._queues)
        self.waiting = len(hosts)

    def take(self) -> tuple[int, str] | None:
        """The first waiting request whose host is under its limit (counted as running), or None."""
        if not self._ready:
            return None
        index, host = heapq.heappop(self._ready)
        self._in_ready.discard(host)
        queue = self._queues[host]
        queue.popleft()
        self.waiting -= 1
        self.running[host] += 1
        self._offer(host)
        return index, host

    def done(self, host: str) -> None:
        self.running[host] -= 1
        self._offer(host)

    def _offer(self, host: str) -> None:
        queue = self._queues[host]
        if queue and self.running[host] < self.per_host and host not in self._in_ready:
            heapq.heappush(self._ready, (queue[0], host))
            self._in_ready.add(host)


def _prepare_tls(requests: Sequence[CaptureRequest], options: NetworkOptions) -> None:
    """Build the TLS context before the first capture when some URL is https (a redirect to https builds it
    on demand, once): otherwise every capture starting at once would wait for it in turn."""
    urls = (url for request in requests for url in (request.url, *request.side_urls))
    if any(url[:6].lower() == "https:" for url in urls):
        with contextlib.suppress(CaptureFailure):  # a bundle that cannot load fails each https capture
            ssl_context_for(options)


def capture_all(
    requests: Sequence[CaptureRequest],
    archive_dir: Path,
    options: NetworkOptions,
    info: WarcInfo,
    jobs: int = 16,
    per_host: int = 4,
    on_done: Callable[[CaptureRequest, CaptureOutcome], None] | None = None,
    capture: _Capturing = capture_url,
    remove_stale: bool = True,
) -> list[CaptureOutcome]:
    """Capture every request into `archive_dir` (created if needed); outcomes in the order of `requests`.

    `on_done`, if given, is called once per capture as it finishes (from that capture's thread, one call at
    a time), so a caller can show progress. A `capture` that returns None has handed its outcome on itself:
    it is neither listed nor given to `on_done`.

    A fixed pool of `jobs` worker threads runs the captures, at most `per_host` to one host name at once.
    A worker takes the first waiting request whose host has a free slot, so a busy host never keeps other
    hosts waiting; a worker that finds every waiting host busy sleeps until the queue is empty (one that
    finishes a capture takes the next itself).
    """
    require_pinning_hook()  # before any capture starts: one clear stop rather than one per thread
    ensure_folder(archive_dir, "archive folder")
    if remove_stale:
        remove_partial_files_left(archive_dir)
    if not requests:
        return []
    _prepare_tls(requests, options)
    queue = _HostQueue([host_key_of(request.url) for request in requests], max(1, per_host))
    outcomes: list[CaptureOutcome | None] = [None] * len(requests)
    lock = threading.Lock()
    idle = threading.Condition(lock)  # workers that found every waiting host busy
    changed = threading.Condition(lock)  # the caller, waiting for the last capture
    reporting = threading.Lock()
    crashes: list[BaseException] = []

    leaving = 0  # workers holding work their last capture left for their next request (`capture.rush`)

    def all_done() -> bool:
        return queue.waiting == 0 and queue.running.total() == 0 and leaving == 0

    def next_request(carrying: bool) -> tuple[int, str] | None:
        """The next request to capture; None when there is none (or, for a worker `carrying` work left for
        its next request, none to start now: it does that work before it waits for one)."""
        with lock:
            while True:
                if options.cancellation.cancelled or queue.waiting == 0:
                    idle.notify_all()  # the other idle workers end too
                    return None
                taken = queue.take()
                if taken is not None or carrying:
                    return taken
                # Woken only at the end: a host slot freed by a finished capture is taken by its worker.
                idle.wait()

    def capture_one(index: int) -> None:
        try:
            outcome = capture(requests[index], archive_dir, options, info)
            outcomes[index] = outcome
            if on_done is not None and outcome is not None:
                with reporting:
                    on_done(requests[index], outcome)
        except Cancelled:
            pass  # the caller's thread is raising KeyboardInterrupt; the capture removed its partial file
        except BaseException as crash:  # a bug: re-raised in the caller's thread below
            crashes.append(crash)

    def work() -> None:
        nonlocal leaving
        carrying = False  # work left by this worker's last capture, done by its next (`capture.rush`)
        while True:
            taken = next_request(carrying)
            if taken is None:
                if not carrying:
                    return
                do_left_work()  # no next request to do it beside
                carrying = False
                with lock:
                    leaving -= 1
                    if all_done() or options.cancellation.cancelled:
                        changed.notify_all()
                continue
            index, host = taken
            try:
                capture_one(index)
            finally:
                left = has_left_work()  # the work `carrying` said is done: this capture did it
                with lock:
                    queue.done(host)
                    leaving += left - carrying
                    carrying = left
                    if all_done() or options.cancellation.cancelled:
                        changed.notify_all()

    def wake_everyone() -> None:  # a cancel from elsewhere (a failed capture process): idle workers end too
        with lock:
            idle.notify_all()
            changed.notify_all()

    def ended() -> bool:  # every capture done, or the run cancelled and no capture still running
        return all_done() or (options.cancellation.cancelled and queue.running.total() == 0)

    # Daemon threads: a capture that does not stop at a cancel cannot keep the process alive.
    workers = [
        threading.Thread(target=work, name=f"capture worker {n}", daemon=True)
        for n in range(min(max(1, jobs), len(requests)))
    ]
    woken = options.cancellation.on_cancel(wake_everyone)
    try:
        for worker in workers:
            worker.start()
        with changed:
            wait_in_steps(changed, ended)
    except BaseException:  # Ctrl-C, SIGTERM (`cli.Terminated`): the captures stop and clean up first
        _cancel(options, changed, idle, lambda: queue.running.total() == 0 and leaving == 0)
        raise
    finally:
        options.cancellation.forget(woken)
    if crashes:
        raise crashes[0]
    return [outcome for outcome in outcomes if outcome is not None]


def _cancel(
    options: NetworkOptions,
    changed: threading.Condition,
    idle: threading.Condition,
    all_done: Callable[[], bool],
) -> None:
    """Ctrl-C or SIGTERM: cut every connection and wake every wait (idle workers end, none starts another),
    then give the captures a moment to remove their partial files (each checks for the cancel between steps,
    so this takes well under a second).

    The wait is on the captures' own count, not `Thread.join`: a join that Ctrl-C interrupted can report a
    running thread as finished (CPython 3.11)."""
    options.cancellation.cancel()
    with changed:
        idle.notify_all()
        changed.wait_for(all_done, _CANCEL_GRACE)


def remove_partial_files_left(archive_dir: Path) -> None:
    """Partial WARC files that a killed run left (no process holds their lock any more) are removed, and
    each is named in a warning. Only files from before this run (whose ledger lock is already held); once
    per run, before its first capture: a file just made by one of its own captures is not locked yet."""
    removed = remove_stale_parts(archive_dir, older_than=time.time())
    for path in removed:
        log.warning("removed %s, a partial WARC file left by an interrupted run", path)
