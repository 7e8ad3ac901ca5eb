"""What follows each capture (recording it, reading it back, checking it) done beside the captures.

A capture worker holds one of the run's `--jobs` places from its request to its published WARC. What comes
after is disk syncs and interpreter work: done by the worker, it kept the place from the next request (200
captures at 100 ms each: a median of 50 ms between an answer and that worker's next request). Handed over
here, the worker starts its next request at once, and threads of their own do the rest as captures come in.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from provenance.capture.cancel import Cancellation
from provenance.capture.failure import ArchiveWriteError
from provenance.capture.options import CaptureRequest
from provenance.waiting import wait_in_steps
from provenance.warc.durable import WarcSyncs, unpublish

log = logging.getLogger("provenance.capture")

if TYPE_CHECKING:
    from provenance.capture.rush import Rush
    from provenance.models import CaptureOutcome

FollowUp = Callable[[CaptureRequest, "CaptureOutcome"], None]
# A capture once its evidence is on disk: the same outcome, or one that says why it could not be (`on_disk`).
OnDisk = Callable[[CaptureRequest, "CaptureOutcome"], "CaptureOutcome"]


# The longest a check waits for the captures' workers to pause (`Rush.calm`): longer than a wave of answers
# takes to handle (16 workers of a process: 20-40 ms), short enough that a worker that never pauses (a large
# body's reading) delays each check by no more.
MOST_HELD_BACK = 0.05


def _as_it_is(request: CaptureRequest, outcome: CaptureOutcome) -> CaptureOutcome:
    return outcome


class AfterCaptures:
    """Threads that take each capture handed over: `record` it (even once the run is cancelled: a stopped
    run's next run finds it), then `check` it (not once the run is cancelled).

    One thread takes every capture waiting when it comes for the next: it puts their evidence on disk
    (`on_disk`, which may sync several WARCs at once: the worker that published one went on without waiting
    for the disk), records them all, calls `settle` once (the records' disk sync: one for the lot, not one
    per capture), then checks them in turn (several threads take one capture each). Each capture's evidence
    is on disk before it is recorded, and its record settled before it is checked; what `on_disk` returns is
    what is recorded and checked. Given the captures' `rush`, a check starts once no capture worker is at
    interpreter work (or `MOST_HELD_BACK` seconds on): the workers' next requests go out first.

    Used as a context manager: leaving waits until every capture handed over is recorded (and checked, unless
    cancelled), however the block was left. A crash in `record` or `check` (a bug) cancels the run, so that
    its captures stop; `wait` raises it."""

    def __init__(
        self,
        threads: int,
        record: FollowUp,
        check: FollowUp,
        cancellation: Cancellation,
        settle: Callable[[], None] = lambda: None,
        on_disk: OnDisk = _as_it_is,
        rush: Rush | None = None,
    ) -> None:
        self._on_disk = on_disk
        self._rush = rush
        self._record = record
        self._check = check
        self._settle = settle
        self._cancellation = cancellation
        self._queue: queue.SimpleQueue[tuple[CaptureRequest, CaptureOutcome] | None] = queue.SimpleQueue()
        self._threads = [
            threading.Thread(target=self._work, name=f"after captures {n}", daemon=True)
            for n in range(max(1, threads))
        ]
        self._done = threading.Condition()
        self._running = 0  # threads not ended yet
        self._crashes: list[BaseException] = []

    def __enter__(self) -> AfterCaptures:
        for thread in self._threads:
            thread.start()
            self._running += 1
        return self

    def hand_over(self, request: CaptureRequest, outcome: CaptureOutcome) -> None:
        self._queue.put((request, outcome))

    def hand_over_crash(self, crash: BaseException) -> None:
        """A crash (a bug) of a capture's work that could not raise where it ran: the run stops, as for a
        crash here, and `wait` raises it."""
        self._crashes.append(crash)
        self._cancellation.cancel()

    def wait(self) -> None:
        """Wait until every capture handed over is done; raise the first crash, if any."""
        self._end()
        if self._crashes:
            raise self._crashes[0]

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        if kind is not None:
            # Stopped (Ctrl-C, SIGTERM) once the captures were in, while one is still checked or its report
            # sealed: that work is cut short too, and a report it finishes is known not to be whole (a run
            # is kept on a stop only when it was whole before it).
            self._cancellation.cancel()
        self._end()

    def _end(self) -> None:
        # The count, not `Thread.join`: a join that Ctrl-C interrupted can report a running thread as ended
        # (CPython 3.11). Each thread ends at the first end mark it takes, after what was queued before it.
        with self._done:
            for _ in range(self._running):
                self._queue.put(None)
            wait_in_steps(self._done, lambda: self._running == 0)

    def _work(self) -> None:
        try:
            ended = False
            while not ended and (item := self._queue.get()) is not None:
                waiting, ended = self._waiting_after(item)
                batch = [landed for captured in waiting if (landed := self._landed(*captured)) is not None]
                # A journal's disk sync took 3-7 ms on a busy disk: one per capture, this thread fell behind
                # the captures (200 at 100 ms each: the last checked 0.6 s after the last answer).
                recorded = [captured for captured in batch if self._done_safely(self._record, *captured)]
                if not self._done_safely(self._settle):
                    continue
                for captured in recorded:
                    if self._rush is not None:  # the workers' next requests first (`capture.rush`)
                        self._rush.calm(MOST_HELD_BACK)
                    if not self._cancellation.cancelled:
                        self._done_safely(self._check, *captured)
        finally:
            with self._done:
                self._running -= 1
                self._done.notify_all()

    def _waiting_after(
        self, first: tuple[CaptureRequest, CaptureOutcome]
    ) -> tuple[list[tuple[CaptureRequest, CaptureOutcome]], bool]:
        """`first` and every capture queued behind it now (only `first` where several threads share the
        queue: each of them checks a capture of its own, in a reading process of its own); whether an end mark
        came after them."""
        batch = [first]
        while len(self._threads) == 1:
            try:
                item = self._queue.get_nowait()
            except queue.Empty:
                return batch, False
            if item is None:
                return batch, True
            batch.append(item)
        return batch, False

    def _landed(
        self, request: CaptureRequest, outcome: CaptureOutcome
    ) -> tuple[CaptureRequest, CaptureOutcome] | None:
        """The capture as `on_disk` leaves it; None when that crashed (a bug: the run stops, as below)."""
        try:
            return request, self._on_disk(request, outcome)
        except BaseException as crash:
            self._crashes.append(crash)
            self._cancellation.cancel()
            return None

    def _done_safely(self, step: Callable[..., None], *arguments: object) -> bool:
        """`step(*arguments)`; False when it crashed (a bug: the run stops, and `wait` raises it)."""
        try:
            step(*arguments)
        except BaseException as crash:
            self._crashes.append(crash)
            self._cancellation.cancel()
            return False
        return True


def once_on_disk(outcome: CaptureOutcome, syncs: WarcSyncs) -> CaptureOutcome:
    """`outcome` once its WARC, published with `syncs`, is on disk (with every other file waiting there);
    if that sync failed, the capture's disk error (`archive: cannot write ...`) and no capture, as when
    `publish` itself fails: the file is removed, since no line may name a file not known to be on disk."""
    if outcome.capture is None:
        return outcome
    path = Path(outcome.capture.warc)
    error = syncs.sync(path)
    if error is None:
        return outcome
    from provenance.models import CaptureOutcome  # made on first use: see `provenance.run_models`

    unpublish(path)
    failure = ArchiveWriteError(str(path), error)
    log.info("%s: %s", outcome.url, failure)
    return CaptureOutcome(url=outcome.url, error=str(failure))
