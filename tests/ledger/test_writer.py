from __future__ import annotations

import errno
import json
import multiprocessing
import os
import shutil
import stat
from multiprocessing.synchronize import Barrier
from pathlib import Path

import pytest

from provenance.errors import InputError, OutputError
from provenance.hashing import sha256_file, sha256_hex
from provenance.ledger.verify import verify_ledger
from provenance.ledger.writer import LedgerWriter
from provenance.models import Counts, SummaryLine
from tests.ledger.builders import write_run

ASSETS = Path(__file__).parents[1] / "assets" / "ledger"


class _Interrupted(Exception):
    pass


def test_a_new_ledger_starts_at_seq_0_chained_to_the_report(tmp_path: Path, report: Path) -> None:
    ledger = tmp_path / "report.md.ledger.jsonl"

    head = write_run(ledger, report, [("unlocatable", None)])

    data = ledger.read_bytes()
    lines = [json.loads(line) for line in data.splitlines()]
    assert data.endswith(b"\n")
    assert [line["seq"] for line in lines] == [0, 1, 2]
    assert lines[0]["prev"] == sha256_file(report)
    assert head == sha256_hex(data.splitlines()[-1])


def test_the_head_counts_lines_added_but_not_yet_written(tmp_path: Path, report: Path) -> None:
    with LedgerWriter(tmp_path / "l.jsonl", sha256_file(report)) as writer:
        assert writer.head == sha256_file(report)
        writer.add(SummaryLine, counts=Counts(), total=0, seconds=0)
        pending_head = writer.head

    assert pending_head == sha256_hex((tmp_path / "l.jsonl").read_bytes().rstrip(b"\n"))


def test_appending_a_run_never_rewrites_earlier_bytes(tmp_path: Path, report: Path) -> None:
    ledger = tmp_path / "report.md.ledger.jsonl"
    first_head = write_run(ledger, report, [("unlocatable", None)])
    before = ledger.read_bytes()

    write_run(ledger, report, [("unlocatable", None)])

    after = ledger.read_bytes()
    assert after.startswith(before)
    appended = [json.loads(line) for line in after[len(before) :].splitlines()]
    assert (appended[0]["seq"], appended[0]["prev"]) == (3, first_head)


def test_an_exception_inside_the_block_leaves_the_ledger_as_it_was(tmp_path: Path, report: Path) -> None:
    ledger = tmp_path / "report.md.ledger.jsonl"
    write_run(ledger, report, [("unlocatable", None)])
    before = ledger.read_bytes()

    with pytest.raises(_Interrupted), LedgerWriter(ledger, sha256_file(report)) as writer:
        writer.add(SummaryLine, counts=Counts(), total=0, seconds=0)
        raise _Interrupted

    assert ledger.read_bytes() == before
    assert sorted(path.name for path in tmp_path.iterdir()) == sorted([report.name, ledger.name])


def test_an_exception_before_the_first_commit_creates_no_ledger(tmp_path: Path, report: Path) -> None:
    ledger = tmp_path / "report.md.ledger.jsonl"

    with pytest.raises(_Interrupted), LedgerWriter(ledger, sha256_file(report)) as writer:
        writer.add(SummaryLine, counts=Counts(), total=0, seconds=0)
        raise _Interrupted

    assert not ledger.exists()


@pytest.mark.parametrize("stop", [KeyboardInterrupt, SystemExit])
def test_a_stop_from_outside_keeps_the_lines_up_to_the_last_complete_run_and_no_more(
    tmp_path: Path, report: Path, stop: type[BaseException]
) -> None:
    # A CI step's time limit (SIGTERM) or Ctrl-C: a run marked complete is whole, and kept; what was added
    # after it (a run half made) is not. An error (above) still writes nothing.
    ledger = tmp_path / "report.md.ledger.jsonl"
    with pytest.raises(stop), LedgerWriter(ledger, sha256_file(report)) as writer:
        writer.add(SummaryLine, counts=Counts(), total=0, seconds=0)
        writer.complete()
        whole_head = writer.head
        writer.add(SummaryLine, counts=Counts(), total=1, seconds=0)
        raise stop

    assert len(ledger.read_bytes().splitlines()) == 1
    assert sha256_hex(ledger.read_bytes().rstrip(b"\n")) == whole_head
    assert not list(tmp_path.glob("*.lock"))


def test_a_stop_before_any_complete_run_creates_no_ledger(tmp_path: Path, report: Path) -> None:
    ledger = tmp_path / "report.md.ledger.jsonl"
    with pytest.raises(KeyboardInterrupt), LedgerWriter(ledger, sha256_file(report)) as writer:
        writer.add(SummaryLine, counts=Counts(), total=0, seconds=0)
        raise KeyboardInterrupt

    assert not ledger.exists()


def test_an_error_after_a_complete_run_still_writes_nothing(tmp_path: Path, report: Path) -> None:
    ledger = tmp_path / "report.md.ledger.jsonl"
    with pytest.raises(_Interrupted), LedgerWriter(ledger, sha256_file(report)) as writer:
        writer.add(SummaryLine, counts=Counts(), total=0, seconds=0)
        writer.complete()
        raise _Interrupted

    assert not ledger.exists()


@pytest.mark.parametrize(
    ("asset", "says"),
    [("last_line_cut_short.jsonl", "line 3 is cut short"), ("last_line_not_a_ledger_line.jsonl", "line 4")],
)
def test_a_damaged_last_line_is_refused_naming_file_and_line(
    tmp_path: Path, report: Path, asset: str, says: str
) -> None:
    ledger = tmp_path / asset
    shutil.copy(ASSETS / asset, ledger)
    before = ledger.read_bytes()

    with pytest.raises(InputError, match=says) as refused:
        write_run(ledger, report, [("unlocatable", None)])

    assert str(ledger) in str(refused.value)
    assert ledger.read_bytes() == before


def test_a_ledger_changed_behind_the_lock_is_not_overwritten(tmp_path: Path, report: Path) -> None:
    ledger = tmp_path / "report.md.ledger.jsonl"
    write_run(ledger, report, [("unlocatable", None)])

    with (
        pytest.raises(InputError, match="changed while this run was written"),
        LedgerWriter(ledger, sha256_file(report)) as writer,
    ):
        writer.add(SummaryLine, counts=Counts(), total=0, seconds=0)
        with ledger.open("ab") as intruder:
            intruder.write(b"written by a tool that ignores the lock\n")

    assert ledger.read_bytes().endswith(b"written by a tool that ignores the lock\n")


def test_appending_keeps_the_ledgers_file_mode(tmp_path: Path, report: Path) -> None:
    ledger = tmp_path / "report.md.ledger.jsonl"
    write_run(ledger, report, [("unlocatable", None)])
    ledger.chmod(0o640)

    write_run(ledger, report, [("unlocatable", None)])

    assert stat.S_IMODE(ledger.stat().st_mode) == 0o640


def _append_run_after(barrier: Barrier, ledger: Path, report: Path) -> None:
    barrier.wait()
    write_run(ledger, report, [("unlocatable", None), ("unlocatable", None), ("unlocatable", None)])


def test_writers_in_separate_processes_serialize_and_keep_the_chain(tmp_path: Path, report: Path) -> None:
    ledger = tmp_path / "report.md.ledger.jsonl"
    context = multiprocessing.get_context("fork")
    writers = 4
    barrier = context.Barrier(writers)
    processes = [
        context.Process(target=_append_run_after, args=(barrier, ledger, report)) for _ in range(writers)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join()

    assert [process.exitcode for process in processes] == [0] * writers
    verification = verify_ledger(ledger)
    assert verification.problems == ()
    assert verification.runs == writers


def test_a_commit_that_fails_midway_leaves_the_old_ledger_and_no_temporary_file(
    tmp_path: Path, report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger = tmp_path / "report.md.ledger.jsonl"
    write_run(ledger, report, [("unlocatable", None)])
    before = ledger.read_bytes()

    def disk_gone(descriptor: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", disk_gone)
    with pytest.raises(OutputError, match="Input/output error"):
        write_run(ledger, report, [("unlocatable", None)])

    assert ledger.read_bytes() == before
    assert not list(tmp_path.glob("*.tmp"))


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        (errno.ENOSPC, "No space left on device"),
        (errno.EDQUOT, "Disk quota exceeded"),
        (errno.EFBIG, "File too large"),
    ],
)
def test_a_full_disk_quota_or_file_size_limit_while_appending_is_the_users_error_not_a_bug(
    tmp_path: Path, report: Path, monkeypatch: pytest.MonkeyPatch, code: int, reason: str
) -> None:
    ledger = tmp_path / "report.md.ledger.jsonl"
    write_run(ledger, report, [("unlocatable", None)])
    before = ledger.read_bytes()

    def disk_full(descriptor: int) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, "fsync", disk_full)
    with pytest.raises(OutputError) as raised:
        write_run(ledger, report, [("unlocatable", None)])

    assert str(raised.value) == (
        f"cannot append the run to ledger {ledger}: {reason}; nothing was appended, the ledger is as it was"
    )
    assert raised.value.exit_code == 2  # a message to act on, not the internal error (exit 3) of a bug
    assert ledger.read_bytes() == before
    assert not list(tmp_path.glob("*.tmp"))


def test_a_temporary_ledger_a_killed_run_left_is_removed_by_the_next_run_and_nothing_else_is(
    tmp_path: Path, report: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A SIGKILL between writing the new ledger and renaming it leaves `.LEDGER.<hex>.tmp`: the next run,
    under the lock, removes it (and says so); another ledger's, a WARC's part file and look-alikes stay."""
    ledger = tmp_path / "report.md.ledger.jsonl"
    write_run(ledger, report, [("unlocatable", None)])
    stale = tmp_path / f".report.md.ledger.jsonl.{'0123456789abcdef' * 2}.tmp"
    stale.write_bytes(ledger.read_bytes() + b'{"half": "a run"}\n')
    probe = tmp_path / f".report.md.ledger.jsonl.{'f' * 32}.probe"
    probe.write_bytes(b"")
    kept = [
        tmp_path / f".other.md.ledger.jsonl.{'0' * 32}.tmp",  # another ledger's, under its own lock
        tmp_path / ".report.md.ledger.jsonl.not-hex-at-all-not-hex-at-all-.tmp",
        tmp_path / f".report.md.ledger.jsonl.{'0' * 31}.tmp",
        tmp_path / f".report.md.ledger.jsonl.{'0' * 32}.tmp.keep",
        tmp_path / ".report.md.warc.gz.0123abcd.part",
    ]
    for path in kept:
        path.write_bytes(b"x")

    write_run(ledger, report, [("unlocatable", None)])

    assert not stale.exists() and not probe.exists()
    assert all(path.exists() for path in kept)
    assert f"removed {stale.name}, left beside ledger {ledger} by a run killed while it wrote" in caplog.text
    assert verify_ledger(ledger).intact


def test_a_run_appended_to_a_ledger_converted_whole_to_crlf_chains_on_and_keeps_its_line_ends(
    tmp_path: Path, report: Path
) -> None:
    # A Windows checkout (git's autocrlf) gives every line CR LF. The next run chained over the last line's
    # hash with its CR and wrote LF lines after CR LF ones: `verify` then called the ledger damaged.
    ledger = tmp_path / "report.md.ledger.jsonl"
    write_run(ledger, report, [("unlocatable", None)])
    converted = ledger.read_bytes().replace(b"\n", b"\r\n")
    ledger.write_bytes(converted)

    write_run(ledger, report, [("unlocatable", None)])

    after = ledger.read_bytes()
    assert after.startswith(converted), "nothing written before is rewritten"
    assert after.count(b"\n") == after.count(b"\r\n") == 6, "the new lines end as the file's do"
    verification = verify_ledger(ledger)
    assert verification.intact, verification.problems
    assert verification.ledger_crlf


def test_a_ledger_with_crlf_on_some_lines_only_is_refused_not_chained_onto(
    tmp_path: Path, report: Path
) -> None:
    ledger = tmp_path / "report.md.ledger.jsonl"
    write_run(ledger, report, [("unlocatable", None)])
    lines = ledger.read_bytes().splitlines()
    ledger.write_bytes(lines[0] + b"\r\n" + b"".join(line + b"\n" for line in lines[1:]))
    before = ledger.read_bytes()

    with pytest.raises(InputError, match="1 of its 3 lines end with CR LF, the others not") as refused:
        write_run(ledger, report, [("unlocatable", None)])

    assert str(ledger) in str(refused.value)
    assert ledger.read_bytes() == before
