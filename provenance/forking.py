"""Bytes made item by item, the second half of the items by a forked process while this one makes the first.

`extract` of a report of thousands of footnotes spends most of its time citing each footnote and writing it
as JSON, one footnote independent of the others: on a machine with two cores, a second process does half of
them at the same time. The result is the same bytes in the same order; the first half is given out as it is
made, so output still streams. The pieces are bytes, ready to be written: the child's are written as it
sent them, not decoded here and encoded again. Where a second process cannot help or cannot be made (one
core, no `fork`, few items) or fails in any way, this process makes everything itself: the second process
is only ever a shortcut, never a different answer.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import signal
import struct
import threading
from collections.abc import Callable, Generator, Iterator, Sequence
from typing import TypeVar

Item = TypeVar("Item")

# Below this many items a fork (a few milliseconds) and the transfer of its text save nothing worth having.
MIN_FORKED_ITEMS = 1_000
_LENGTH = struct.Struct("<Q")  # each piece of text the child sends goes with its length in bytes


def usable_cores() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def can_fork() -> bool:
    """Whether a forked child can help: `fork` exists, two cores are ours, and this process runs one thread
    (a child forked beside other threads could wait forever on a lock one of them held)."""
    return hasattr(os, "fork") and usable_cores() >= 2 and threading.active_count() == 1


def map_in_two_processes(
    make: Callable[[Item], bytes],
    items: Sequence[Item],
    min_items: int = MIN_FORKED_ITEMS,
    warm_up: Callable[[], object] | None = None,
) -> Generator[bytes, None, None]:
    """`map(make, items)`, the second half of `items` made by a forked child at the same time.

    `make` must be a pure function of its item: what it changes in the child is lost with the child. Each
    process takes all of its half out of `items` before it makes a piece: a sequence that makes each item
    when asked for it (a report's footnotes, `readers.assembly.AssembledFootnotes`) then makes them one
    after the other, not each between two pieces, which is faster (a 10,000-footnote `extract`: 0.08 s).

    `warm_up`, where a child is forked, is called just before: what every process does once before its
    first piece (for `extract`, validators built, patterns compiled, modules loaded) is then done once, not
    again in the child. Its result is thrown away.
    """
    if len(items) < min_items or not can_fork():
        yield from map(make, items)
        return
    if warm_up is not None:
        warm_up()
    half = len(items) // 2
    child = _Child.start(make, items[half:])
    try:
        yield from map(make, list(items[:half]))
        made = child.result(len(items) - half)
    finally:
        child.stop()
    yield from map(make, items[half:]) if made is None else made


class _Child:
    """A forked process making the pieces of its items, sending them on a pipe once all are made."""

    def __init__(self, pid: int, pipe: int) -> None:
        self.pid: int | None = pid
        self.pipe: int | None = pipe
        self.sent = False  # every piece came whole: the child is done, or ending on its own

    @classmethod
    def start(cls, make: Callable[[Item], bytes], items: Sequence[Item]) -> _Child:
        reap_ended()
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # pragma: no cover  (the child: coverage does not follow it)
            os.close(read_end)
            _make_and_send(make, items, write_end)
        os.close(write_end)
        return cls(pid, read_end)

    def result(self, count: int) -> Iterator[bytes] | None:
        """The child's `count` pieces, or None when it did not make them all (it failed, or was killed).

        Taken once its pipe is closed, not once it has ended: the child closes it after its last piece, and
        a process ends only once its memory is freed (a 10,000-footnote `extract`'s child: tens of
        milliseconds, waited for before). Whole pieces, as many as were asked for, are the sign it made
        them all; it sends nothing until then (`_make_and_send`), and a child that fails or is killed
        while sending leaves a piece cut short or pieces missing.
        """
        assert self.pipe is not None and self.pid is not None
        data = bytearray()
        while chunk := os.read(self.pipe, 1 << 20):
            data += chunk
        if _count_pieces(data) != count:
            return None
        self.sent = True
        return _iter_pieces(data)

    def stop(self) -> None:
        """End the child if it is still at work (this process gave up: an error, a reader gone away; or the
        child failed), and reap it. One that sent its pieces is ending on its own: reaped if it has ended,
        else left to end while this process goes on (`extract` writes its pieces, then exits), and reaped at
        the next fork (`reap_ended`), as `subprocess` reaps a child it let go."""
        if self.pid is not None:
            if not self.sent:
                os.kill(self.pid, signal.SIGKILL)
                os.waitpid(self.pid, 0)
            else:
                leave_to_end(self.pid)
            self.pid = None
        if self.pipe is not None:
            os.close(self.pipe)
            self.pipe = None


# Children that sent all they had to send and were still ending when they were let go (`leave_to_end`).
_ENDING: list[int] = []


def _reaped(pid: int) -> bool:
    """Whether the child `pid` has ended, reaped now (or already reaped elsewhere); False while it runs."""
    try:
        return os.waitpid(pid, os.WNOHANG)[0] != 0
    except ChildProcessError:
        return True


def leave_to_end(pid: int) -> None:
    """Let the child `pid`, which has said all it had to say, end on its own: reaped now if it has ended, else
    at the next fork (`reap_ended`) or as this process ends (`_wait_for_ending`). A process ends only once
    its memory is freed (a forked capture process: 5-15 ms), which need not hold up its parent."""
    if not _reaped(pid):
        _ENDING.append(pid)


def reap_ended() -> None:
    """Reap the children left to end (`leave_to_end`) that have ended."""
    _ENDING[:] = [pid for pid in _ENDING if not _reaped(pid)]


@atexit.register
def _wait_for_ending() -> None:
    """Wait, as this process ends, for the children still ending (`_ENDING`): their output is long written,
    but a child left unreaped is no child of this process's any more, and its CPU time went uncounted by
    whoever measures this one (`resource.getrusage(RUSAGE_CHILDREN)`, `time`): `extract` looked cheaper."""
    for pid in _ENDING:
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, 0)
    _ENDING.clear()


def _make_and_send(  # pragma: no cover
    make: Callable[[Item], bytes], items: Sequence[Item], pipe: int
) -> None:
    """The child's whole life: make every piece, then send them all (made first, so the child never waits
    on a full pipe while the parent is still making its half). `os._exit`, never a normal exit: nothing
    of the parent's (buffered output, exit handlers) may run twice."""
    status = 1
    try:
        data = bytearray()
        for item in list(items):
            piece = make(item)
            data += _LENGTH.pack(len(piece))
            data += piece
        view = memoryview(data)
        while view:
            view = view[os.write(pipe, view) :]
        os.close(pipe)  # the parent takes the pieces now, not once this process's memory is freed
        status = 0
    except BaseException:  # any failure: the parent makes these pieces itself
        pass
    finally:
        os._exit(status)


def _count_pieces(data: bytearray) -> int | None:
    """How many whole pieces `data` holds, or None when it ends inside one."""
    count = offset = 0
    while offset < len(data):
        if offset + _LENGTH.size > len(data):
            return None
        offset += _LENGTH.size + _LENGTH.unpack_from(data, offset)[0]
        count += 1
    return count if offset == len(data) else None


def _iter_pieces(data: bytearray) -> Iterator[bytes]:
    """The pieces of `data` (whole, as `_count_pieces` found), each copied out only when it is asked for."""
    offset = 0
    while offset < len(data):
        (length,) = _LENGTH.unpack_from(data, offset)
        offset += _LENGTH.size
        yield bytes(data[offset : offset + length])
        offset += length
