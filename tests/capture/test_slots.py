"""`--per-host` for every request: each exchange holds a slot of its host; slots count across threads and
processes, go with a process that dies, and a wait for one gives up when the caller's `wait` says so. The
folder of slots goes with its run, and one a killed run left goes with the next run."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path

import pytest

from provenance.capture.cancel import Cancelled
from provenance.capture.failure import CaptureFailure
from provenance.capture.options import NetworkOptions
from provenance.capture.session import open_session
from provenance.capture.slots import HostSlots, remove_abandoned_slots
from tests.support.cli import provenance_env

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="slots are file locks (POSIX)")


class _GaveUp(Exception):
    pass


def _give_up(seconds: float) -> None:
    raise _GaveUp


@pytest.fixture
def slots() -> Iterator[HostSlots]:
    with HostSlots.for_run(2) as made:
        assert made is not None
        yield made


def test_no_more_than_per_host_exchanges_with_one_host_at_once_and_other_hosts_are_not_held_up(
    slots: HostSlots,
) -> None:
    with ExitStack() as held:
        held.enter_context(slots.held("archive.example", _give_up))
        held.enter_context(slots.held("archive.example", _give_up))
        with pytest.raises(_GaveUp):
            held.enter_context(slots.held("archive.example", _give_up))
        held.enter_context(slots.held("news.example", _give_up))
    with slots.held("archive.example", _give_up):  # all let go at the end of the block
        pass


def test_a_waiting_exchange_takes_the_slot_a_finished_one_lets_go(slots: HostSlots) -> None:
    pauses: list[float] = []
    first, second = ExitStack(), ExitStack()
    first.enter_context(slots.held("archive.example", _give_up))
    second.enter_context(slots.held("archive.example", _give_up))
    threading.Timer(0.1, first.close).start()

    with slots.held("archive.example", lambda seconds: _pause(pauses, seconds)):
        pass
    second.close()
    assert pauses, "it waited"
    assert pauses[0] < pauses[-1] <= 0.05, "short looks first, then longer ones, never long"


def _pause(pauses: list[float], seconds: float) -> None:
    pauses.append(seconds)
    time.sleep(seconds)


def _holder(slots: HostSlots, host: str) -> subprocess.Popen[str]:
    """Another process holding one slot of `host` until it is killed; started once it holds it."""
    program = (
        "import sys, time\nfrom pathlib import Path\nfrom provenance.capture.slots import HostSlots\n"
        "def wait(seconds):\n    raise SystemExit('no free slot')\n"
        "with HostSlots(Path(sys.argv[1]), int(sys.argv[2])).held(sys.argv[3], wait):\n"
        "    print('held', flush=True)\n    time.sleep(60)\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", program, str(slots.folder), str(slots.per_host), host],
        env=provenance_env(),
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline() == "held\n"
    return process


def test_a_slot_another_process_holds_counts_and_goes_when_that_process_dies(slots: HostSlots) -> None:
    holder = _holder(slots, "archive.example")
    try:
        with (
            slots.held("archive.example", _give_up),
            pytest.raises(_GaveUp),
            slots.held("archive.example", _give_up),
        ):
            pass
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    with slots.held("archive.example", _give_up), slots.held("archive.example", _give_up):
        pass


def test_a_capture_waiting_for_a_slot_gives_up_when_its_budget_would_run_out_or_the_run_is_cancelled(
    slots: HostSlots,
) -> None:
    options = NetworkOptions(slots=slots)
    with slots.held("archive.example", _give_up), slots.held("archive.example", _give_up):
        session = open_session(options, budget=0.2)
        started = time.monotonic()
        with pytest.raises(CaptureFailure) as failure, session.slot("http://archive.example/web/x"):
            pass
        # Not a measure of the 0.2 s: the slots are never let go, so a wait that did not give up never ends.
        assert time.monotonic() - started < 10
        assert failure.value.kind == "timeout"
        assert "waiting for a free slot at archive.example (--per-host)" in str(failure.value)

        threading.Timer(0.1, options.cancellation.cancel).start()
        with pytest.raises(Cancelled), open_session(options).slot("http://archive.example/web/x"):
            pass


def test_the_run_s_slot_folder_is_removed_when_the_run_is_over() -> None:
    with HostSlots.for_run(4) as made:
        assert made is not None
        folder = made.folder
        with made.held("news.example", _give_up):
            assert any(folder.iterdir())
    assert not folder.exists()


def test_where_files_cannot_be_locked_a_run_keeps_no_slots(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("provenance.capture.slots.fcntl", None)
    with HostSlots.for_run(4) as made:
        assert made is None


def test_slots_that_cannot_be_taken_any_more_let_requests_go_with_one_warning(
    slots: HostSlots, caplog: pytest.LogCaptureFixture
) -> None:
    shutil.rmtree(slots.folder)  # as a cleaner of /tmp might, in the middle of a run
    # Three at once where two slots are kept: none could be taken, none was waited for.
    with (
        slots.held("news.example", _give_up),
        slots.held("news.example", _give_up),
        slots.held("news.example", _give_up),
    ):
        pass
    said = [record.getMessage() for record in caplog.records]
    assert sum("slots cannot be taken" in message for message in said) == 1


@pytest.fixture
def temporary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temporary folder of the test's own, for this process and the ones it starts."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    return tmp_path


@contextmanager
def _run_holding_slots() -> Iterator[tuple[subprocess.Popen[str], Path]]:
    """Another run with its slot folder made, and that folder; the run is killed outright when the block ends
    (if it was not before)."""
    program = (
        "import time\nfrom provenance.capture.slots import HostSlots\n"
        "with HostSlots.for_run(2) as slots:\n"
        "    print(slots.folder, flush=True)\n"
        "    time.sleep(60)\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", program], env=provenance_env(), stdout=subprocess.PIPE, text=True
    ) as process:
        assert process.stdout is not None
        try:
            yield process, Path(process.stdout.readline().strip())
        finally:
            process.kill()


def _slot_folders(temporary: Path) -> set[Path]:
    return set(temporary.glob("provenance-slots-*"))


def test_a_slot_folder_a_killed_run_left_is_removed_by_the_next_run(temporary: Path) -> None:
    with _run_holding_slots() as (killed, left):
        killed.kill()  # SIGKILL
        killed.wait()
    assert left.is_dir(), "a run killed outright cannot remove its own folder"

    with HostSlots.for_run(2) as made:
        assert made is not None
        assert _slot_folders(temporary) == {made.folder}, "the killed run's folder is gone"
    assert _slot_folders(temporary) == set()


def test_the_slot_folder_of_a_run_still_going_is_left_to_it(temporary: Path) -> None:
    with _run_holding_slots() as (_, theirs), HostSlots.for_run(2) as made:
        assert made is not None
        assert _slot_folders(temporary) == {theirs, made.folder}
    assert theirs.is_dir()


def test_a_folder_without_a_run_file_is_removed_only_once_it_is_a_day_old(temporary: Path) -> None:
    # Made by a version before the `run` file, or by a run this very instant: it may still be in use.
    recent, old = temporary / "provenance-slots-recent", temporary / "provenance-slots-old"
    for folder in (recent, old):
        folder.mkdir()
        (folder / ("0" * 32 + ".0")).touch()
    two_days_ago = time.time() - 2 * 86_400
    os.utime(old, (two_days_ago, two_days_ago))
    remove_abandoned_slots(temporary)
    assert recent.is_dir()
    assert not old.exists()


def test_a_run_file_that_is_not_a_file_never_holds_the_sweep_up(temporary: Path) -> None:
    # A FIFO opened for reading waits for a writer: the sweep must not.
    odd = temporary / "provenance-slots-odd"
    odd.mkdir()
    os.mkfifo(odd / "run")
    remove_abandoned_slots(temporary)
    assert not odd.exists(), "no run holds it: removed like any other"
