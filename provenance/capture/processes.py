"""A share of a run's captures in a forked process, its results sent back as each is made.

Capturing is Python work (HTTP, WARC writing, reading the page back) under one interpreter lock per process:
in one process, 200 captures keep one core busy while the others idle. A forked process has its own lock, so
each core captures its own share (its hosts: per-host limits hold across the processes).

Linux only, and only from a process with one thread: a fork copies just the thread that makes it, and a lock
another thread held would stay locked in the copy. What the child sends is pickled over a pipe; it is the
child's own code talking to its parent, never input from outside.
"""

from __future__ import annotations

import functools
import gc
import os
import signal
import struct
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

from provenance.errors import ProvenanceError
from provenance.forking import can_fork, leave_to_end, reap_ended
from provenance.waiting import wait_in_steps

_LENGTH = struct.Struct(">Q")
Share = TypeVar("Share")
_STOP_GRACE = 2.0  # seconds a stopped child gets to remove its partial files before it is killed
_PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies
_HELD_ACROSS_FORK = (signal.SIGINT, signal.SIGTERM)


class CaptureProcessFailed(Exception):
    """The capture process's share raised what no capture should: a bug (it catches what captures raise)."""


class CaptureProcessEnded(ProvenanceError):
    """A capture process ended before sending every result, not by a bug of its own: killed by someone else
    or by the system (out of memory). The run cannot be whole: it stops, exit 3."""

    exit_code = 3


@dataclass(frozen=True, repr=False, eq=False)
class _Crash:
    """What a capture process sends back when its share ended with an exception."""

    what: str  # the exception the child's share ended with
    exception: BaseException | None  # the exception itself, when it pickles: raised here as it was there


def can_fork_captures() -> bool:
    """Whether this process can fork capture processes now: as `forking.can_fork` says, and on Linux (the
    TLS and system libraries of macOS are not safe to use in a forked child that does not exec)."""
    return sys.platform.startswith("linux") and can_fork()


def split_by_host(hosts: Sequence[str], parts: int) -> list[list[int]]:
    """The indices of `hosts` in `parts` shares of about equal size, each host wholly in one share (the
    busiest hosts placed first, each in the share that has least so far); empty shares left out."""
    by_host: dict[str, list[int]] = {}
    for index, host in enumerate(hosts):
        by_host.setdefault(host, []).append(index)
    shares: list[list[int]] = [[] for _ in range(max(1, parts))]
    for indices in sorted(by_host.values(), key=len, reverse=True):
        min(shares, key=len).extend(indices)
    return [sorted(share) for share in shares if share]


def share_out(total: int, sizes: Sequence[int]) -> list[int]:
    """`total` (at least one per size) in parts as near proportional to `sizes` as whole numbers allow, their
    sum exactly `total` (the largest remainders rounded up)."""
    weight = sum(sizes) or 1
    spare = total - len(sizes)
    exact = [spare * size / weight for size in sizes]
    parts = [1 + int(value) for value in exact]
    by_remainder = sorted(range(len(sizes)), key=lambda i: int(exact[i]) - exact[i])
    for index in by_remainder[: total - sum(parts)]:
        parts[index] += 1
    return parts


class CaptureProcess:
    """A forked child running `run_share(send)`; each `send(result)` arrives here, in `results()`."""

    def __init__(self, run_share: Callable[[Callable[[Any], None]], None]) -> None:
        # Loaded here, before the fork, so that the child has it too: a run that forks no capture process
        # (one of a few hosts, or not on Linux) never loads it (4 M instructions before a check's first
        # request).
        import pickle  # noqa: F401

        reap_ended()  # an earlier run's capture processes, let go as they were ending (`let_end`)
        # What this process holds so far is frozen: no collection walks it again, so the child does not copy
        # the pages a walk would touch (as the `gc.freeze` documentation advises). A child forked from a big
        # heap that collects copies it all: 2 s for 9 M objects here, the whole grace period of a stop.
        gc.freeze()
        reading, writing = os.pipe()
        parent = os.getpid()
        # Ctrl-C or SIGTERM held back across the fork: one landing in the child before it has its own
        # handlers would be a KeyboardInterrupt raised in the parent's code, which the child would then run
        # on in (the rest of the run, a test session). Held, it waits: the parent gets it once its mask is
        # back, the child once its handlers are set.
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD_ACROSS_FORK)
        try:
            pid = os.fork()
        except BaseException:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
            raise
        if pid == 0:  # the child: never returns, whatever happens
            try:
                os.close(reading)
                _run_child(run_share, writing, parent, mask)
            finally:
                os._exit(1)
        self.pid = pid
        self._ended = False
        try:
            try:
                os.close(writing)
                self._pipe = os.fdopen(reading, "rb")
            finally:
                signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # one held meanwhile is raised here
        except BaseException:  # the run stops before its caller knows of this child: stopped here
            self.stop()
            raise

    def results(self) -> Iterator[Any]:
        """What the child sends, in order, until it has sent everything (CaptureProcessFailed if it ends
        before that or reports a crash)."""
        with self._pipe:
            while head := self._pipe.read(_LENGTH.size):
                if len(head) < _LENGTH.size:
                    break
                (size,) = _LENGTH.unpack(head)
                data = self._pipe.read(size)
                if len(data) < size:
                    break
                item = _unpickled(data)
                if isinstance(item, _Crash):
                    raise item.exception or CaptureProcessFailed(f"a capture process stopped: {item.what}")
                if item is None:  # the end of the share
                    return
                yield item
        raise CaptureProcessEnded(
            f"capture process {self.pid} {self._how_it_ended()} before its captures were done; "
            "the run stopped and wrote nothing to the ledger"
        )

    def _how_it_ended(self) -> str:
        """How the child ended, its pipe closed. Looked at, not reaped: `stop` and `wait` reap it, so no
        signal ever goes to a number a new process has taken."""
        try:
            ended = os.waitid(os.P_PID, self.pid, os.WEXITED | os.WNOWAIT)
        except ChildProcessError:  # reaped already (stopped from another thread)
            return "ended"
        if ended is None:  # only with WNOHANG, not asked for here
            return "ended"
        if ended.si_code not in (os.CLD_KILLED, os.CLD_DUMPED):
            return f"exited with status {ended.si_status}"
        number = ended.si_status
        try:
            name = signal.Signals(number).name
        except ValueError:
            name = f"signal {number}"
        if number == signal.SIGKILL:
            return f"was killed ({name}: by someone, or by the system out of memory)"
        return f"was killed ({name})"

    def wait(self) -> None:
        """Reap the child once it has sent everything."""
        if not self._ended:
            os.waitpid(self.pid, 0)
            self._ended = True

    def let_end(self) -> None:
        """The child has sent everything (`results` came to its end): it ends on its own, reaped now if it has
        ended, else later (`forking.leave_to_end`: at the next fork, or as this process ends). Its last
        message, not its end, says its share is done: a process ends once its memory is freed (5-15 ms
        here), which the run's last steps (the ledger appended) need not wait for."""
        if not self._ended:
            self._ended = True
            leave_to_end(self.pid)

    def stop(self) -> None:
        """Cancel the child's captures as Ctrl-C would (it removes its partial files), then reap it: killed
        if it is not done within a grace period."""
        if self._ended:
            return
        self._ended = True
        try:
            os.kill(self.pid, signal.SIGTERM)
            deadline = time.monotonic() + _STOP_GRACE
            while os.waitpid(self.pid, os.WNOHANG) == (0, 0):
                if time.monotonic() > deadline:
                    os.kill(self.pid, signal.SIGKILL)
                    os.waitpid(self.pid, 0)
                    return
                time.sleep(0.01)
        except ChildProcessError:  # already reaped
            pass


def _interrupt_once(signum: int, frame: object) -> None:
    # A handler that does nothing, not SIG_IGN: Ctrl-C and the parent's SIGTERM can both arrive before this
    # runs, and Python meets the second, still pending, ignored, with a traceback printed into the terminal.
    if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:
        signal.signal(signal.SIGINT, _already_interrupted)
    signal.signal(signal.SIGTERM, _already_interrupted)
    raise KeyboardInterrupt


def _already_interrupted(signum: int, frame: object) -> None:
    """A later Ctrl-C or SIGTERM: the share is already being cancelled, and that must not be cut short."""


def _end_with_parent(parent: int) -> None:
    """Ask Linux to send this process SIGTERM when its parent dies, even by SIGKILL: its captures are then
    cancelled (their partial files removed) rather than run on with nobody to hear of them."""
    import ctypes

    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (OSError, AttributeError):  # not Linux after all, or no prctl: the parent's stop still ends it
        return
    if os.getppid() != parent:  # the parent died before the request was made
        os.kill(os.getpid(), signal.SIGTERM)


def _pickled(item: Any) -> bytes:
    import pickle  # loaded by `CaptureProcess` before it forks

    return pickle.dumps(item, protocol=pickle.HIGHEST_PROTOCOL)


def _unpickled(data: bytes) -> Any:
    import pickle

    return pickle.loads(data)


def _run_child(
    run_share: Callable[[Callable[[Any], None]], None], writing: int, parent: int, mask: Iterable[int]
) -> None:
    """The child's whole life, Ctrl-C and SIGTERM held until its handlers are set (then `mask`, the
    parent's, is its own)."""
    code = 0
    try:
        # Ctrl-C reaches the whole process group, and the parent's stop sends SIGTERM: the first of them
        # cancels the share (its captures remove their partial files), any later one must not cut that short.
        if signal.getsignal(signal.SIGINT) is not signal.SIG_IGN:  # as the parent: a script's background
            signal.signal(signal.SIGINT, _interrupt_once)  # job ignores Ctrl-C, and so does its child
        signal.signal(signal.SIGTERM, _interrupt_once)
        pipe = os.fdopen(writing, "wb")
        sending = threading.Lock()

        def send(item: Any) -> None:
            data = _pickled(item)
            with sending:
                pipe.write(_LENGTH.pack(len(data)) + data)
                pipe.flush()

        try:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)  # one held since the fork lands here
            _end_with_parent(parent)
            run_share(send)
            send(None)
        except KeyboardInterrupt:
            code = 130
        except BaseException as crash:  # raised again in the parent, or named there as a bug
            send(_Crash(f"{type(crash).__name__}: {crash}", _if_it_travels(crash)))
            code = 1
        pipe.flush()
    except BaseException:
        code = 1
    finally:
        # Never back into the parent's code: no `finally` of the parent's stack, no exit handlers, no flush
        # of buffers the parent also holds.
        os._exit(code)


def _if_it_travels(exception: BaseException) -> BaseException | None:
    """`exception` if it comes out of pickle as it went in (a user's error keeps its message and exit code
    in the parent), else None."""
    try:
        _unpickled(_pickled(exception))
    except Exception:  # whatever stops it, its text still goes
        return None
    return exception


def capture_in_processes(
    shares: Sequence[Share],
    capture_here: Callable[[Share], None],
    capture_there: Callable[[Share, Callable[[Any], None]], None],
    on_sent: Callable[[Any], None],
    on_failure: Callable[[], None],
) -> None:
    """`capture_here(shares[0])` in this process and `capture_there(share, send)` for each other share in a
    forked process of its own; `on_sent` is called here (from one receiving thread per process, while this
    process captures its own share) with each result a process sends. Returns when every share is done: when
    each process has sent its share's end, not when it has ended (`CaptureProcess.let_end`).

    On Ctrl-C or SIGTERM here, or an exception, every process is stopped (its partial files removed) before
    the exception goes on. A process that fails (it raised, or ended before sending all its results) or a
    result `on_sent` could not take calls `on_failure` (which must make `capture_here` end soon: the run
    cannot be whole), then every other process is stopped and the failure raised."""
    children: list[CaptureProcess] = []
    problems: list[BaseException] = []
    receiving = threading.Condition()
    left = [len(shares) - 1]

    def receive(child: CaptureProcess) -> None:
        try:
            for item in child.results():
                on_sent(item)
        except BaseException as problem:  # raised in the caller's thread below
            problems.append(problem)
            on_failure()
        finally:
            with receiving:
                left[0] -= 1
                receiving.notify_all()

    try:
        for share in shares[1:]:  # every fork before the first thread starts; a stop meanwhile stops them
            children.append(CaptureProcess(functools.partial(capture_there, share)))
        for child in children:
            threading.Thread(
                target=receive, args=(child,), name=f"captures of {child.pid}", daemon=True
            ).start()
        capture_here(shares[0])
        with receiving:
            wait_in_steps(receiving, lambda: left[0] == 0 or bool(problems))
        if problems:
            raise problems[0]
    except BaseException:
        for child in children:
            child.stop()
        raise
    for child in children:  # each sent its share's end: nothing it does now changes the run
        child.let_end()
