"""A ledger that cannot take a run is refused on entry, before anything else happens; the lock is bounded,
says whose it is, and never outlives the run."""

from __future__ import annotations

import errno
import logging
import multiprocessing
import os
import socket
import threading
from collections.abc import Iterator
from multiprocessing.process import BaseProcess
from multiprocessing.synchronize import Event
from pathlib import Path

import pytest

from provenance.errors import InputError
from provenance.hashing import sha256_file
from provenance.ledger.writer import LedgerWriter
from provenance.models import Counts, SummaryLine
from tests.ledger.builders import write_run
from tests.support.cli import run_python


def _lock_file(ledger: Path) -> Path:
    return ledger.with_name(ledger.name + ".lock")


def _files(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def _hold_lock(ledger: Path, report_sha256: str, held: Event, release: Event) -> None:
    with LedgerWriter(ledger, report_sha256):
        held.set()
        release.wait(60)


@pytest.fixture
def other_run(tmp_path: Path, report: Path) -> Iterator[tuple[Path, BaseProcess, Event]]:
    """Another process holding the ledger's lock until the test sets the event it is given."""
    ledger = tmp_path / "report.md.ledger.jsonl"
    context = multiprocessing.get_context("fork")
    held, release = context.Event(), context.Event()
    holder = context.Process(target=_hold_lock, args=(ledger, sha256_file(report), held, release))
    holder.start()
    assert held.wait(30), "the other run never took the lock"
    try:
        yield ledger, holder, release
    finally:
        release.set()
        holder.join(30)


def test_a_lock_held_by_another_run_is_waited_for_only_up_to_the_timeout_and_names_its_holder(
    report: Path, other_run: tuple[Path, BaseProcess, Event]
) -> None:
    ledger, holder, _ = other_run

    with pytest.raises(InputError) as refused, LedgerWriter(ledger, sha256_file(report), lock_timeout=0.2):
        pass

    message = str(refused.value)
    assert f"pid {holder.pid} on {socket.gethostname()} since " in message
    assert "--lock-timeout" in message


@pytest.mark.parametrize("lock_timeout", [0, 0.2])
def test_a_short_lock_timeout_that_runs_out_says_only_its_error_not_that_it_is_waiting(
    report: Path,
    other_run: tuple[Path, BaseProcess, Event],
    caplog: pytest.LogCaptureFixture,
    lock_timeout: float,
) -> None:
    """A user error is one line: `--lock-timeout 0` printed "waiting for the lock" above its refusal."""
    ledger, _, _ = other_run

    with (
        caplog.at_level(logging.WARNING, logger="provenance.ledger.writer"),
        pytest.raises(InputError) as refused,
        LedgerWriter(ledger, sha256_file(report), lock_timeout=lock_timeout),
    ):
        pass

    assert "is locked by another run" in str(refused.value)
    assert [record.getMessage() for record in caplog.records] == []


def test_a_waiting_run_takes_the_lock_when_the_other_run_ends_and_leaves_no_lock_file(
    tmp_path: Path, report: Path, other_run: tuple[Path, BaseProcess, Event]
) -> None:
    ledger, holder, release = other_run
    written: list[str] = []
    waiting = threading.Event()

    class _Waiting(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            if "waiting for the lock" in record.getMessage():
                waiting.set()

    log = logging.getLogger("provenance.ledger.writer")
    handler = _Waiting()
    log.addHandler(handler)

    def wait_and_write() -> None:
        written.append(write_run(ledger, report, [("unlocatable", None)]))

    waiter = threading.Thread(target=wait_and_write)
    waiter.start()
    try:
        assert waiting.wait(30), "the second run did not wait for the lock"
    finally:
        log.removeHandler(handler)
    release.set()  # the holder removes its lock file while it still holds it, then lets go
    holder.join(30)
    waiter.join(60)

    assert written, "the waiting run never got the lock"
    assert not _lock_file(ledger).exists()


def test_no_lock_file_is_left_after_a_run_or_after_a_failure_inside_it(tmp_path: Path, report: Path) -> None:
    ledger = tmp_path / "report.md.ledger.jsonl"
    write_run(ledger, report, [("unlocatable", None)])
    assert not _lock_file(ledger).exists()

    with pytest.raises(RuntimeError), LedgerWriter(ledger, sha256_file(report)) as writer:
        writer.add(SummaryLine, counts=Counts(), total=0, seconds=0)
        raise RuntimeError("a bug in the middle of a run")

    assert _files(tmp_path) == sorted([report.name, ledger.name])


def test_a_read_only_ledger_is_closed_and_refused_before_the_lock(tmp_path: Path, report: Path) -> None:
    ledger = tmp_path / "report.md.ledger.jsonl"
    write_run(ledger, report, [("unlocatable", None)])
    ledger.chmod(0o444)
    before = ledger.read_bytes()

    with pytest.raises(InputError, match="is read-only, which marks it closed"):
        write_run(ledger, report, [("unlocatable", None)])

    assert ledger.read_bytes() == before
    assert _files(tmp_path) == sorted([report.name, ledger.name])


def test_a_read_only_ledger_folder_is_refused_before_the_lock(tmp_path: Path, report: Path) -> None:
    folder = tmp_path / "ledgers"
    folder.mkdir()
    ledger = folder / "report.md.ledger.jsonl"
    write_run(ledger, report, [("unlocatable", None)])
    before = ledger.read_bytes()
    folder.chmod(0o555)
    try:
        # What to do too: a report in a folder shared read-only (a mounted archive) is checked elsewhere.
        with pytest.raises(InputError, match=r"ledger's folder .* is read-only.*with --ledger PATH\)$"):
            write_run(ledger, report, [("unlocatable", None)])
        assert _files(folder) == [ledger.name]
    finally:
        folder.chmod(0o755)
    assert ledger.read_bytes() == before


def test_a_ledger_in_a_missing_folder_is_refused_and_the_folder_not_made(
    tmp_path: Path, report: Path
) -> None:
    ledger = tmp_path / "nonexistent" / "dir" / "x.jsonl"

    with pytest.raises(InputError, match="does not exist; create it first"):
        write_run(ledger, report, [("unlocatable", None)])

    assert _files(tmp_path) == [report.name]


def test_a_fifo_as_the_ledger_is_refused_not_waited_on(tmp_path: Path, report: Path) -> None:
    ledger = tmp_path / "report.md.ledger.jsonl"
    os.mkfifo(ledger)

    with pytest.raises(InputError, match="FIFO"):
        write_run(ledger, report, [("unlocatable", None)])

    assert not _lock_file(ledger).exists()


def test_a_ledger_whose_last_line_is_one_endless_line_is_refused_in_bounded_memory(
    tmp_path: Path, report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from provenance.ledger import writer

    monkeypatch.setattr(writer, "MAX_LINE_BYTES", 1000)
    ledger = tmp_path / "report.md.ledger.jsonl"
    ledger.write_bytes(b"x" * 100_000 + b"\n")

    with pytest.raises(InputError, match="line 1 is too long to be a ledger line"):
        write_run(ledger, report, [("unlocatable", None)])


def test_a_ledger_that_is_a_symbolic_link_is_refused_and_neither_link_nor_file_changes(
    tmp_path: Path, report: Path
) -> None:
    kept = tmp_path / "kept"
    kept.mkdir()
    real = kept / "report.md.ledger.jsonl"
    write_run(real, report, [("unlocatable", None)])
    before = real.read_bytes()
    link = tmp_path / "report.md.ledger.jsonl"
    link.symlink_to(real)

    with pytest.raises(
        InputError, match=r"is a symbolic link \(to .*kept/report\.md\.ledger\.jsonl\): a run"
    ):
        write_run(link, report, [("unlocatable", None)])

    # Replaced by a copy holding the run, the link had left the file it named without it.
    assert link.is_symlink() and real.read_bytes() == before
    assert _files(tmp_path) == sorted(["kept", link.name, report.name])


def test_a_link_planted_where_a_new_ledger_goes_makes_no_file_where_it_points(
    tmp_path: Path, report: Path
) -> None:
    elsewhere = tmp_path / "elsewhere" / ".profile"
    elsewhere.parent.mkdir()
    link = tmp_path / "report.md.ledger.jsonl"
    link.symlink_to(elsewhere)

    with pytest.raises(InputError, match="is a symbolic link"):
        write_run(link, report, [("unlocatable", None)])

    assert not elsewhere.exists() and link.is_symlink()


def test_a_ledger_reached_through_a_linked_folder_is_appended_to(tmp_path: Path, report: Path) -> None:
    real_folder = tmp_path / "real"
    real_folder.mkdir()
    (tmp_path / "linked").symlink_to(real_folder)
    ledger = tmp_path / "linked" / "report.md.ledger.jsonl"
    write_run(ledger, report, [("unlocatable", None)])
    first = (real_folder / ledger.name).read_bytes()

    write_run(ledger, report, [("unlocatable", None)])

    assert (real_folder / ledger.name).read_bytes().startswith(first)
    assert len((real_folder / ledger.name).read_bytes()) > len(first)


class _FileLockBefore3201:
    """How filelock before 3.20.1 opened its lock file (CVE-2025-68146), which pyproject's floor allows:
    through a link, truncating what it names."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._descriptor: int | None = None

    def acquire(self, timeout: float = -1) -> None:
        self._descriptor = os.open(self._path, os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o644)

    def release(self) -> None:
        if self._descriptor is not None:
            os.close(self._descriptor)
            self._descriptor = None


def test_a_lock_file_planted_as_a_symbolic_link_is_refused_and_the_file_it_names_kept(
    tmp_path: Path, report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import filelock

    monkeypatch.setattr(filelock, "FileLock", _FileLockBefore3201)
    precious = tmp_path / "precious.txt"
    precious.write_bytes(b"kept\n")
    ledger = tmp_path / "report.md.ledger.jsonl"
    _lock_file(ledger).symlink_to(precious)

    with pytest.raises(InputError, match=r"its lock file .*\.lock is a symbolic link; remove it"):
        write_run(ledger, report, [("unlocatable", None)])

    assert precious.read_bytes() == b"kept\n"
    assert not ledger.exists()


def test_a_ledger_is_locked_and_written_with_the_old_filelocks_open_where_no_link_is_planted(
    tmp_path: Path, report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import filelock

    monkeypatch.setattr(filelock, "FileLock", _FileLockBefore3201)
    ledger = tmp_path / "report.md.ledger.jsonl"

    write_run(ledger, report, [("unlocatable", None)])

    assert ledger.read_bytes().count(b"\n") == 3


def test_a_lock_another_kind_of_run_holds_with_filelock_is_waited_for_and_then_taken(
    tmp_path: Path, report: Path
) -> None:
    """An older provenance (or any program) locking `LEDGER.lock` with filelock excludes this run, and
    this run's lock excludes it: both are `flock` on the same file."""
    import filelock

    ledger = tmp_path / "report.md.ledger.jsonl"
    other = filelock.FileLock(str(_lock_file(ledger)))
    other.acquire()
    try:
        with (
            pytest.raises(InputError, match="is locked by another run"),
            LedgerWriter(ledger, sha256_file(report), lock_timeout=0.2),
        ):
            pass
    finally:
        other.release()

    with LedgerWriter(ledger, sha256_file(report)), pytest.raises(filelock.Timeout):
        filelock.FileLock(str(_lock_file(ledger))).acquire(timeout=0.2)
    write_run(ledger, report, [("unlocatable", None)])
    assert ledger.read_bytes().count(b"\n") == 3
    assert not _lock_file(ledger).exists()


def test_a_ledger_is_locked_without_loading_filelock_where_flock_works(tmp_path: Path, report: Path) -> None:
    program = (
        "import sys\nfrom pathlib import Path\nfrom provenance.ledger.writer import LedgerWriter\n"
        "with LedgerWriter(Path(sys.argv[1]), 'a' * 64):\n"
        "    print(Path(sys.argv[1] + '.lock').exists(), 'filelock' in sys.modules)\n"
    )
    done = run_python(program, str(tmp_path / "report.md.ledger.jsonl"), timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "False"]


@pytest.mark.filterwarnings("ignore:flock not supported")  # filelock's own word as it falls back
def test_a_file_system_without_flock_still_locks_the_ledger_through_filelock(
    tmp_path: Path, report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import fcntl

    import filelock

    def no_flock(descriptor: int, operation: int) -> None:
        raise OSError(errno.ENOSYS, "Function not implemented")

    monkeypatch.setattr(fcntl, "flock", no_flock)
    taken: list[str] = []
    real_file_lock = filelock.FileLock

    def file_lock(path: str) -> filelock.BaseFileLock:
        taken.append(path)
        return real_file_lock(path)

    monkeypatch.setattr(filelock, "FileLock", file_lock)
    ledger = tmp_path / "report.md.ledger.jsonl"

    write_run(ledger, report, [("unlocatable", None)])

    assert taken == [str(_lock_file(ledger))]
    assert ledger.read_bytes().count(b"\n") == 3
