"""The capture workers between an answer and their next request, and the work that gives way to them.

A capture worker's cycle is a wait on the network, then interpreter work: the answer recorded, the WARC
published, the next capture's file made and its request sent. The threads that follow the captures
(`capture.after`: reading each capture back and checking it) need the same interpreter lock, and a check
begun while answers were coming in held each worker from its next request: the capture row's 32 first
requests went out over 45 ms against 17 ms for requests alone, and each later wave of them over 40-80 ms.

A `Rush` counts the workers at that work. A worker is counted for its whole capture (`at_work`) but for its
waits (`waiting`: on the network for an answer, or asleep until a retry, a pause's end or a free slot); the
work that gives way (`calm`) waits until no worker is counted, for `at_most` seconds, so that it is never held
for long by a worker that does not pause (a large body's reading, say), and then runs while the workers wait.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator

_here = threading.local()  # the `Rush` this thread works for, while it is at work; and whether it is counted


class Rush:
    """How many capture workers are at interpreter work now (see the module's docstring)."""

    def __init__(self) -> None:
        self._calm = threading.Condition(threading.Lock())
        self._working = 0

    @property
    def working(self) -> int:
        """The workers counted now."""
        return self._working

    @contextlib.contextmanager
    def at_work(self) -> Iterator[None]:
        """The block as this thread's capture work: counted, but for its `waiting` blocks. Nested in one
        thread, only the outer block counts."""
        if getattr(_here, "rush", None) is not None:
            yield
            return
        _here.rush, _here.counted = self, True
        self._change(1)
        try:
            yield
        finally:
            if _here.counted:
                self._change(-1)
            _here.rush, _here.counted = None, False

    def calm(self, at_most: float) -> bool:
        """Wait until no worker is at work, for `at_most` seconds; whether none is."""
        with self._calm:
            return self._calm.wait_for(lambda: self._working == 0, at_most)

    def _change(self, by: int) -> None:
        with self._calm:
            self._working += by
            if self._working == 0:
                self._calm.notify_all()


@contextlib.contextmanager
def waiting() -> Iterator[None]:
    """The block as a wait of this thread's capture (on the network, or asleep): not counted as work. A
    thread that is not at a `Rush`'s work just runs the block."""
    rush: Rush | None = getattr(_here, "rush", None)
    if rush is None or not _here.counted:
        yield
        return
    _here.counted = False
    rush._change(-1)
    try:
        yield
    finally:
        rush._change(1)
        _here.counted = True


def leave_for_next_request(work: Callable[[], None]) -> None:
    """`work` (which must not raise) left by this thread's capture for its next one to do once that one's
    request is sent, while its answer is awaited (`do_left_work`): what a capture does once answered but
    that need not come before the next request (publishing its WARC: 0.4 ms of interpreter work a capture)
    then fills a wait instead of holding up the wave's next requests."""
    left: list[Callable[[], None]] | None = getattr(_here, "left", None)
    if left is None:
        left = _here.left = []
    left.append(work)


def has_left_work() -> bool:
    """Whether this thread holds work left for its next request (`leave_for_next_request`)."""
    return bool(getattr(_here, "left", None))


def do_left_work() -> None:
    """Do the work this thread's earlier capture left (`leave_for_next_request`), if any, now."""
    left: list[Callable[[], None]] | None = getattr(_here, "left", None)
    while left:
        left.pop(0)()
