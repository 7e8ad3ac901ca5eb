"""Captures shared out to forked processes: how a run is split (hosts whole, `--jobs` shared out exactly)
and how a process's results come back (all of them, in order; a crash or an early end named, never a short
run)."""

from __future__ import annotations

import os
import select
import signal
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from provenance.capture.processes import (
    CaptureProcess,
    CaptureProcessEnded,
    CaptureProcessFailed,
    capture_in_processes,
    share_out,
    split_by_host,
)
from provenance.errors import UsageError
from provenance.forking import reap_ended
from provenance.waiting import wait_in_steps
from tests.support.cli import run_python


def test_each_host_goes_whole_to_one_share_and_the_shares_are_near_equal() -> None:
    hosts = [f"site{n % 5}.example" for n in range(50)] + ["big.example"] * 30
    shares = split_by_host(hosts, 2)
    assert sorted(index for share in shares for index in share) == list(range(len(hosts)))
    for host in set(hosts):  # a per-host limit holds only if one process has all of a host's captures
        assert sum(any(hosts[i] == host for i in share) for share in shares) == 1
    assert sorted(len(share) for share in shares) == [40, 40]


def test_one_host_is_one_share_however_many_processes_there_could_be() -> None:
    assert split_by_host(["news.example"] * 20, 4) == [list(range(20))]


@given(total=st.integers(1, 64), sizes=st.lists(st.integers(1, 500), min_size=1, max_size=8))
def test_jobs_are_shared_out_exactly_with_at_least_one_per_share(total: int, sizes: list[int]) -> None:
    assume(total >= len(sizes))  # a run never has more processes than --jobs
    parts = share_out(total, sizes)
    assert sum(parts) == total, "the processes together never capture more at once than --jobs"
    assert min(parts) >= 1
    for part, size in zip(parts, sizes, strict=True):  # proportional, up to rounding
        assert abs(part - 1 - (total - len(sizes)) * size / sum(sizes)) < 1


def _results(run_share: Callable[[Callable[[Any], None]], None]) -> list[Any]:
    process = CaptureProcess(run_share)
    try:
        return list(process.results())
    finally:
        process.wait()


def test_a_process_sends_back_every_result_in_order() -> None:
    def run_share(send: Callable[[Any], None]) -> None:
        for n in range(300):
            send((n, "x" * n))

    assert _results(run_share) == [(n, "x" * n) for n in range(300)]


def test_a_share_that_raises_what_cannot_travel_is_a_failed_capture_process_naming_it() -> None:
    class LocalBug(Exception):  # a class pickle cannot find by name
        pass

    def run_share(send: Callable[[Any], None]) -> None:
        send(1)
        raise LocalBug("a bug in the share")

    with pytest.raises(CaptureProcessFailed, match="LocalBug: a bug in the share"):
        _results(run_share)


def test_a_users_error_in_a_share_is_raised_here_as_it_was_there() -> None:
    def run_share(send: Callable[[Any], None]) -> None:
        raise UsageError("archives: no space left on device")

    with pytest.raises(UsageError, match="no space left") as raised:
        _results(run_share)
    assert raised.value.exit_code == 2  # the same one-line error and exit code as a run in one process


def test_a_process_that_ends_before_its_share_is_done_is_a_failure_not_a_short_run() -> None:
    def run_share(send: Callable[[Any], None]) -> None:
        send(1)
        os._exit(0)  # as if killed: the parent must not take one result for the whole share

    with pytest.raises(CaptureProcessEnded, match="exited with status 0 before its captures were done"):
        _results(run_share)


def test_the_run_goes_on_once_each_process_has_sent_its_shares_end_not_once_it_has_ended(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A process ends only once its memory is freed (5-15 ms for a capture process): its last message says
    # its share is done, and the run's last steps (its ledger appended) need not wait for more. Here the
    # child's end is held until the test lets it go, or for 60 s at most (a loaded machine can take longer
    # than a short hold to return from the run; only a run that waits for the end waits out the hold).
    hold_read, hold_write = os.pipe()
    real_exit = os._exit

    def ending_slowly(code: int) -> None:  # runs in the child only: this process never calls `os._exit`
        os.close(hold_write)
        select.select([hold_read], [], [], 60)
        real_exit(code)

    monkeypatch.setattr(os, "_exit", ending_slowly)
    sent: list[int] = []
    try:
        capture_in_processes(
            [1, 2], lambda share: None, lambda share, send: send(os.getpid()), sent.append, lambda: None
        )
    finally:
        monkeypatch.undo()
        os.close(hold_read)
    (child,) = sent
    try:
        still_there = os.waitid(os.P_PID, child, os.WEXITED | os.WNOHANG | os.WNOWAIT) is None
    finally:
        os.close(hold_write)  # the child may end now
    assert still_there, "the run waited for the capture process's end, not for its last message"
    os.waitid(os.P_PID, child, os.WEXITED | os.WNOWAIT)  # until it has ended, left unreaped
    reap_ended()  # as the next capture process's fork does, or this process's exit
    with pytest.raises(ChildProcessError):  # reaped: no zombie left behind
        os.waitpid(child, os.WNOHANG)


def test_a_capture_process_finds_what_its_parent_held_frozen_so_that_no_collection_copies_it() -> None:
    # A collection in the child writes to every object it walks: unfrozen, a big parent's heap is copied
    # page by page (seconds, longer than a stop's grace period).
    import gc

    gc.unfreeze()  # as if no earlier fork in this session had frozen anything
    results = CaptureProcess(lambda send: send(gc.get_freeze_count())).results()
    assert next(results) > 0


def test_stopping_a_process_cancels_its_share_and_reaps_it_within_the_grace_period() -> None:
    def run_share(send: Callable[[Any], None]) -> None:
        try:  # as a share does: its threads send, its main thread waits (and is where a signal lands)
            threading.Thread(target=send, args=("started",)).start()
            # Waiting in steps, as the scheduler does: the kernel may give SIGTERM to the sending thread
            # while it is still alive, and a plain sleep would then never reach the Python handler, which
            # runs in the main thread only (a run on a loaded machine was killed after the grace period).
            with (never := threading.Condition()):
                wait_in_steps(never, lambda: False)
        except KeyboardInterrupt:
            send("cancelled")  # a share's captures see the stop as Ctrl-C and clean up
            raise

    process = CaptureProcess(run_share)
    results = process.results()
    assert next(results) == "started"
    process.stop()
    with pytest.raises(ChildProcessError):  # reaped: no zombie left behind
        os.waitpid(process.pid, os.WNOHANG)
    assert next(results) == "cancelled"
    with pytest.raises(CaptureProcessEnded):  # and a stopped share is never taken for a whole one
        next(results)


def test_ctrl_c_and_the_parents_stop_arriving_together_cancel_the_share_once_and_quietly() -> None:
    # Ctrl-C reaches the whole process group while the parent, stopping, sends SIGTERM: both can be pending
    # before the process handles the first. The second must find a handler, not an ignored signal (Python
    # then prints a traceback, "Signal 15 ignored due to race condition", into the user's terminal).
    both = {signal.SIGINT, signal.SIGTERM}

    def run_share(send: Callable[[Any], None]) -> None:
        printed: list[str] = []
        sys.unraisablehook = lambda unraisable: printed.append(str(unraisable.exc_value))
        signal.pthread_sigmask(signal.SIG_BLOCK, both)
        os.kill(os.getpid(), signal.SIGINT)
        os.kill(os.getpid(), signal.SIGTERM)
        try:
            signal.pthread_sigmask(signal.SIG_UNBLOCK, both)  # both arrive before either is handled
            time.sleep(60)
        except KeyboardInterrupt:
            # Python handles what is still pending before it sets a handler (as it may in any later wait).
            signal.signal(signal.SIGUSR1, signal.SIG_DFL)
            send(printed)
            raise

    results = CaptureProcess(run_share).results()
    assert next(results) == [], "nothing printed"
    with pytest.raises(CaptureProcessEnded, match="exited with status 130"):
        next(results)


def test_a_process_whose_parent_is_killed_cancels_its_share_instead_of_running_on_alone(
    tmp_path: Path,
) -> None:
    # A parent process (itself forked from here) starts a share that waits; the parent is killed with SIGKILL,
    # which it cannot catch to stop its child: the child must end all the same, its share cancelled.
    ended = tmp_path / "ended"
    child_pid = tmp_path / "child"

    def run_share(send: Callable[[Any], None]) -> None:
        try:
            child_pid.write_text(str(os.getpid()))
            time.sleep(60)
        except KeyboardInterrupt:
            ended.write_text("cancelled")
            raise

    parent = os.fork()
    if parent == 0:
        try:
            CaptureProcess(run_share)
            time.sleep(60)
        finally:
            os._exit(0)
    deadline = time.monotonic() + 30
    while not child_pid.exists() and time.monotonic() < deadline:
        time.sleep(0.01)
    os.kill(parent, signal.SIGKILL)
    os.waitpid(parent, 0)
    # The file exists from its creation, before its text is written: waited for until it says something.
    while not (ended.exists() and ended.read_text()) and time.monotonic() < deadline:
        time.sleep(0.01)
    assert ended.read_text() == "cancelled"


_SIGNAL_IN_THE_FORK_WINDOW = """
import os, signal, sys
from provenance.capture.processes import CaptureProcess, CaptureProcessEnded

script = os.getpid()
sig = getattr(signal, sys.argv[1])
signal.signal(signal.SIGINT, signal.default_int_handler)  # as an interactive run has it


def _raise(signum, frame):
    raise KeyboardInterrupt


signal.signal(signal.SIGTERM, _raise)  # as a run that takes SIGTERM for Ctrl-C
close = os.close


def close_in_the_window(fd):  # the child's first call after the fork, before it has its own handlers
    if os.getpid() != script:
        os.kill(os.getpid(), sig)
    close(fd)


os.close = close_in_the_window
try:
    process = CaptureProcess(lambda send: send("captured"))
    try:
        got = list(process.results())
    except CaptureProcessEnded as ended:
        got = [str(ended)]
    process.wait()
    print("the script's own process:", os.getpid() == script, got, flush=True)
except KeyboardInterrupt:
    print("ran on in the script, own process:", os.getpid() == script, flush=True)
os._exit(0)
"""


@pytest.mark.parametrize("name", ["SIGINT", "SIGTERM"])
def test_ctrl_c_or_sigterm_just_after_the_fork_cancels_the_share_and_never_runs_on_in_the_parents_code(
    name: str,
) -> None:
    # Sent by the child to itself from the first call it makes after the fork, so the signal lands in the
    # window every time: unheld, it was a KeyboardInterrupt out of `CaptureProcess()` in the child, which
    # then ran the rest of the parent's script (a test session, a run) as a second copy.
    done = run_python(_SIGNAL_IN_THE_FORK_WINDOW, name, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 1, lines  # only the script's own process went on
    assert lines[0].startswith("the script's own process: True")
    assert "exited with status 130 before its captures were done" in lines[0]  # cancelled, as Ctrl-C asks


_SIGNAL_TO_THE_PARENT_IN_THE_FORK_WINDOW = """
import os, signal, sys
from provenance.capture.processes import capture_in_processes

script = os.getpid()
sig = getattr(signal, sys.argv[1])
signal.signal(signal.SIGINT, signal.default_int_handler)


def _raise(signum, frame):
    raise KeyboardInterrupt


signal.signal(signal.SIGTERM, _raise)
armed = []
os.register_at_fork(after_in_parent=lambda: armed.append(1))
close = os.close


def close_in_the_window(fd):  # the parent's first call after the fork, before the child is known
    if armed and os.getpid() == script:
        armed.clear()
        os.kill(script, sig)  # to the parent alone, as `kill PID` sends it
    close(fd)


os.close = close_in_the_window


def there(share, send):
    import time

    time.sleep(60)


try:
    capture_in_processes([1, 2], lambda share: None, there, lambda sent: None, lambda: None)
    print("ran on", flush=True)
except KeyboardInterrupt:
    try:
        os.waitpid(-1, os.WNOHANG)
        print("a capture process left running", flush=True)
    except ChildProcessError:
        print("stopped, and no capture process left", flush=True)
os._exit(0)
"""


@pytest.mark.parametrize("name", ["SIGINT", "SIGTERM"])
def test_ctrl_c_or_sigterm_to_the_parent_just_after_a_fork_stops_that_capture_process_too(
    name: str,
) -> None:
    # Sent by the parent to itself from its first call after the fork: raised before `CaptureProcess()`
    # returned, it left a child the run did not know of, capturing on (for 60 s here) after the run stopped.
    done = run_python(_SIGNAL_TO_THE_PARENT_IN_THE_FORK_WINDOW, name, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["stopped, and no capture process left"]
