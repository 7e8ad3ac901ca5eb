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
from concurrent.futures import ThreadPoolExecutor
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
# A capture checked: what it returns finishes the check (keeps its result, or sends it on).
Finish = Callable[[], None]
Check = Callable[[CaptureRequest, "CaptureOutcome"], Finish]
# A capture once its evidence is on disk: the same outcome, or one that says why it could not be (`on_disk`).
OnDisk = Callable[[CaptureRequest, "CaptureOutcome"], "CaptureOutcome"]


# The longest a check waits for the captures' workers to pause (`Rush.calm`): longer than a wave of answers
# takes to handle (16 workers of a process: 20-40 ms), short enough that a worker that never pauses (a large
# body's reading) delays each check by no more.
MOST_HELD_BACK = 0.05


def _as_it_is(request: CaptureRequest, outcome: CaptureOutcome) -> CaptureOutcome:
    return outcome


def _raised(crash: BaseException) -> Finish:
    def finish() -> None:
        raise crash

    return finish


class AfterCaptures:
    """Threads that take each capture handed over: `record` it (even once the run is cancelled: a stopped
    run's next run finds it), then `check` it (not once the run is cancelled).

    One thread takes every capture waiting when it comes for the next (several threads take one capture
    each) and checks them in turn, while a thread beside it puts their evidence on disk (`on_disk`, which may
    sync several WARCs at once: the worker that published one went on without waiting for the disk), records
    them all, and calls `settle` once (the records' disk sync: one for the lot, not one per capture). A check
    only reads its capture's WARC, written and flushed already, so it need not wait for the syncs (a
    process's checks waited 0.06-0.85 s in all for them, and checked nothing meanwhile). What `check` returns
    finishes the check (keeps or sends its result): it is called only once the capture's evidence is on disk
    and its record settled. What `on_disk` returns is what is recorded; where that is not the capture
    checked (its sync failed), that check is thrown away and the capture checked again as `on_disk` left it.
    Given the captures' `rush`, a check starts once no capture worker is at interpreter work (or
    `MOST_HELD_BACK` seconds on): the workers' next requests go out first.

    Used as a context manager: leaving waits until every capture handed over is recorded (and checked, unless
    cancelled), however the block was left. A crash in `record` or `check` (a bug) cancels the run, so that
    its captures stop; `wait` raises it."""

    def __init__(
        self,
        threads: int,
        record: FollowUp,
        check: Check,
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
        # Each thread's captures put on disk and recorded while it checks them.
        self._on_disk_and_recorded = ThreadPoolExecutor(len(self._threads), "after captures' disk")
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
        self._on_disk_and_recorded.shutdown()

    def _work(self) -> None:
        try:
            ended = False
            while not ended and (item := self._queue.get()) is not None:
                waiting, ended = self._waiting_after(item)
                landing = self._on_disk_and_recorded.submit(self._recorded, waiting)
                checks: list[Finish | None] = []
                finished = 0
                for captured in waiting:
                    checks.append(self._checked(*captured))
                    # The checks made so far are finished as soon as their captures are on disk and recorded,
                    # not after the batch's last check; that one waits for them.
                    if len(checks) == len(waiting) or landing.done():
                        landed = landing.result()
                        for index in range(finished, len(checks)):
                            self._finish(*waiting[index], checks[index], landed[index])
                        finished = len(checks)
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

    def _recorded(self, waiting: list[tuple[CaptureRequest, CaptureOutcome]]) -> list[CaptureOutcome | None]:
        """Each capture of `waiting` as `on_disk` left it, recorded, once the records are settled; None for
        one whose step crashed, and for all when `settle` crashed (a bug: the run stops, as below)."""
        landed = [self._landed(*captured) for captured in waiting]
        # A journal's disk sync took 3-7 ms on a busy disk: one per capture, this thread fell behind the
        # captures (200 at 100 ms each: the last checked 0.6 s after the last answer).
        recorded = [
            outcome if outcome is not None and self._done_safely(self._record, request, outcome) else None
            for (request, _), outcome in zip(waiting, landed, strict=True)
        ]
        return recorded if self._done_safely(self._settle) else [None] * len(waiting)

    def _landed(self, request: CaptureRequest, outcome: CaptureOutcome) -> CaptureOutcome | None:
        """The capture as `on_disk` leaves it; None when that crashed (a bug: the run stops, as below)."""
        try:
            return self._on_disk(request, outcome)
        except BaseException as crash:
            self._crashes.append(crash)
            self._cancellation.cancel()
            return None

    def _finish(
        self,
        request: CaptureRequest,
        outcome: CaptureOutcome,
        finish: Finish | None,
        landed: CaptureOutcome | None,
    ) -> None:
        """Finish the check of a capture handed over as `outcome`, now on disk and recorded as `landed` (None:
        a step crashed, and the run stops). A check begun before the run was cancelled is finished, as when
        it began after the sync: a stopped run keeps the footnotes checked by then."""
        if landed is not None and landed is not outcome:  # its sync failed: checked again as it is now
            finish = self._checked(request, landed)
        if landed is not None and finish is not None:
            self._done_safely(finish)

    def _checked(self, request: CaptureRequest, outcome: CaptureOutcome) -> Finish | None:
        """What finishes the capture's check; None once the run is cancelled. A crash (a bug) is raised by
        the finish: a check thrown away (its capture's sync failed) crashed on a file no longer there."""
        if self._rush is not None:  # the workers' next requests first (`capture.rush`)
            self._rush.calm(MOST_HELD_BACK)
        if self._cancellation.cancelled:
            return None
        try:
            return self._check(request, outcome)
        except BaseException as crash:
            return _raised(crash)

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
