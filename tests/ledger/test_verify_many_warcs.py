"""A ledger naming many WARC files: they are read ahead by several readers (forked processes where this one
can fork, else threads), and what verify says is still said in ledger order, each file named, none left out
because another one was damaged or slow."""

from __future__ import annotations

import multiprocessing
import os
import shutil
import threading
import time
from concurrent.futures import Executor
from pathlib import Path

import pytest

from provenance import cli
from provenance.errors import InputError
from provenance.forking import usable_cores
from provenance.ledger import verify
from provenance.ledger.verify import Verification, verify_ledger
from provenance.models import Capture, FootnoteStatus
from provenance.wacz.verify import verify_bundle
from tests.ledger.builders import make_capture, write_report, write_run, write_warc
from tests.wacz.conftest import rewrite_bundle

NOTES = 8
DAMAGED = {2: "truncated gzip", 4: "a folder in its place", 6: "missing", 8: "a byte appended"}


def _many_warcs(tmp_path: Path, report: Path) -> tuple[Path, list[Path]]:
    """A run of NOTES footnotes, each captured into its own gzipped WARC; the first is the largest, so it is
    the last to be read although its line comes first."""
    (tmp_path / "archives").mkdir()
    captures: list[tuple[FootnoteStatus, Capture | None]] = []
    warcs = []
    for note in range(1, NOTES + 1):
        name = f"archives/note{note}.warc.gz"
        body = os.urandom(4_000_000 if note == 1 else 20_000 + note)
        records = write_warc(tmp_path / name, body=body, gzip=True)
        captures.append(("verified", make_capture(tmp_path, name, records, body=body)))
        warcs.append(tmp_path / name)
    ledger = tmp_path / "report.md.ledger.jsonl"
    write_run(ledger, report, captures)
    return ledger, warcs


def _damage(warcs: list[Path]) -> None:
    truncated = warcs[1]
    truncated.write_bytes(truncated.read_bytes()[: truncated.stat().st_size * 2 // 3])
    warcs[3].unlink()
    warcs[3].mkdir()
    warcs[5].unlink()
    with warcs[7].open("ab") as stream:
        stream.write(b"\0")


def _line(note: int) -> int:
    return note + 1  # line 1 is the run line


@pytest.mark.tampers_with_evidence
def test_problems_in_many_warcs_come_out_in_ledger_order_each_file_named(
    tmp_path: Path, report: Path
) -> None:
    ledger, warcs = _many_warcs(tmp_path, report)
    _damage(warcs)

    verification = verify_ledger(ledger)

    lines = [problem.line or 0 for problem in verification.problems]
    assert lines == sorted(lines), "problems are listed in ledger order, whichever file was read first"
    assert set(lines) == {_line(note) for note in DAMAGED}
    for problem in verification.problems:
        assert problem.file == str(warcs[(problem.line or 0) - 2]), problem
    codes = {(problem.line, problem.code) for problem in verification.problems}
    assert {
        (_line(2), "record-digest-mismatch"),  # the cut record no longer matches its digest
        (_line(4), "warc-unreadable"),
        (_line(6), "warc-missing"),
        (_line(8), "warc-hash-mismatch"),
    } <= codes


@pytest.mark.tampers_with_evidence
def test_a_damaged_warc_in_the_middle_leaves_every_other_footnote_checked(
    tmp_path: Path, report: Path
) -> None:
    ledger, warcs = _many_warcs(tmp_path, report)
    _damage(warcs)

    verification = verify_ledger(ledger)

    evidence = {footnote.label: footnote.evidence for footnote in verification.footnotes}
    assert evidence == {str(note): "damaged" if note in DAMAGED else "intact" for note in range(1, NOTES + 1)}
    assert verification.warc_files == NOTES - 2, "every file that could be opened was read"


@pytest.mark.tampers_with_evidence
def test_the_same_verdict_every_time_whatever_order_the_files_are_read_in(
    tmp_path: Path, report: Path
) -> None:
    ledger, warcs = _many_warcs(tmp_path, report)
    _damage(warcs)

    verdicts = [verify_ledger(ledger) for _ in range(3)]

    assert verdicts[0].problems
    assert verdicts[1] == verdicts[0]
    assert verdicts[2] == verdicts[0]


@pytest.mark.tampers_with_evidence
def test_a_warc_named_by_many_lines_is_read_once_and_each_line_told(tmp_path: Path, report: Path) -> None:
    (tmp_path / "archives").mkdir()
    shared = tmp_path / "archives" / "shared.warc.gz"
    records = write_warc(shared, gzip=True)
    capture = make_capture(tmp_path, "archives/shared.warc.gz", records)
    ledger = tmp_path / "report.md.ledger.jsonl"
    write_run(ledger, report, [("verified", capture)] * 20)
    with shared.open("ab") as stream:
        stream.write(b"\0")

    verification = verify_ledger(ledger)

    assert verification.warc_files == 1
    mismatches = [problem.line for problem in verification.problems if problem.code == "warc-hash-mismatch"]
    assert mismatches == [_line(note) for note in range(1, 21)]


@pytest.mark.tampers_with_evidence
def test_a_missing_warc_named_again_after_many_others_is_counted_once_as_missing(
    tmp_path: Path, report: Path
) -> None:
    (tmp_path / "archives").mkdir()
    captures: list[tuple[FootnoteStatus, Capture | None]] = []
    for note in range(40):  # more files than verify keeps, so the first is let go before it is named again
        name = f"archives/note{note}.warc"
        captures.append(("verified", make_capture(tmp_path, name, write_warc(tmp_path / name))))
    captures.append(captures[0])
    (tmp_path / "archives" / "note0.warc").unlink()
    ledger = tmp_path / "report.md.ledger.jsonl"
    write_run(ledger, write_report(report, len(captures)), captures)

    verification = verify_ledger(ledger)

    missing = [problem.line for problem in verification.problems if problem.code == "warc-missing"]
    assert missing == [_line(1), _line(41)]
    assert [warning for warning in verification.warnings if "missing" in warning] == [
        "1 WARC file(s) missing: if the archive folder was moved, name its new place with --archive-dir DIR "
        "(each file is found by name, proved by its hash)"
    ]


def _reading_threads() -> list[threading.Thread]:
    return [thread for thread in threading.enumerate() if thread.name.startswith("verify-warc")]


def test_no_reader_outlives_a_verification(tmp_path: Path, report: Path) -> None:
    ledger, _ = _many_warcs(tmp_path, report)

    assert verify_ledger(ledger).intact

    assert _reading_threads() == []
    assert multiprocessing.active_children() == []


def test_no_reader_outlives_a_verification_that_ends_in_an_error(tmp_path: Path, report: Path) -> None:
    ledger, _ = _many_warcs(tmp_path, report)

    with pytest.raises(InputError, match="cannot read report"):
        verify_ledger(ledger, report_path=tmp_path / "no-such-report.md")

    assert _reading_threads() == []
    assert multiprocessing.active_children() == []


def _read_in_processes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Have verification read its WARC files in forked processes (skipped where it cannot fork) even beside
    this test process's other threads: idle daemons (a capture's deadline watcher) that hold no lock the
    reading processes take. The kinds of readers verification then started, as it starts them."""
    if not hasattr(os, "fork") or usable_cores() < 2:
        pytest.skip("reading processes need fork and two cores")
    monkeypatch.setattr(verify, "_can_read_in_processes", lambda: True)
    started: list[str] = []
    start_readers = verify._CaptureCheck._start_readers

    def recorded(check: verify._CaptureCheck) -> Executor:
        readers = start_readers(check)
        started.append(type(readers).__name__)
        return readers

    monkeypatch.setattr(verify._CaptureCheck, "_start_readers", recorded)
    return started


@pytest.fixture
def damaged_read_in_processes(
    tmp_path: Path, report: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, list[str]]:
    """A ledger of many WARC files, some of them cut, missing, made a folder or grown (`_damage`), that
    verification reads in processes; and the kinds of readers it starts (`_read_in_processes`)."""
    started = _read_in_processes(monkeypatch)
    ledger, warcs = _many_warcs(tmp_path, report)
    _damage(warcs)
    return ledger, started


@pytest.mark.tampers_with_evidence
def test_reading_processes_and_reading_threads_give_the_same_verification(
    damaged_read_in_processes: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    ledger, started = damaged_read_in_processes
    in_processes = verify_ledger(ledger)
    monkeypatch.setattr(verify, "_can_read_in_processes", lambda: False)

    on_threads = verify_ledger(ledger)

    assert started == ["ProcessPoolExecutor", "ThreadPoolExecutor"]
    assert {problem.code for problem in in_processes.problems} >= {"warc-missing", "warc-hash-mismatch"}
    assert in_processes == on_threads


@pytest.mark.tampers_with_evidence
@pytest.mark.parametrize(
    "ahead", [16, 1], ids=["all-files-asked-for-at-once", "files-asked-for-after-the-death"]
)
def test_a_reading_process_that_dies_leaves_its_files_read_here_with_the_same_verdict(
    damaged_read_in_processes: tuple[Path, list[str]], monkeypatch: pytest.MonkeyPatch, ahead: int
) -> None:
    verifier = os.getpid()
    ledger, started = damaged_read_in_processes
    expected = verify_ledger(ledger)
    monkeypatch.setattr(
        verify, "_WARCS_AHEAD", ahead
    )  # 1: each file is asked for once the one before is read
    read_in_full = verify.read_warc_file

    def killed_on_the_third_file(path: Path, size: int, stop: threading.Event | None = None) -> object:
        if os.getpid() != verifier and path.name == "note3.warc.gz":
            os._exit(9)  # as the kernel's out-of-memory killer would end it
        return read_in_full(path, size, stop)

    monkeypatch.setattr(verify, "read_warc_file", killed_on_the_third_file)

    assert verify_ledger(ledger) == expected
    assert started == ["ProcessPoolExecutor", "ProcessPoolExecutor"]
    assert multiprocessing.active_children() == []
    assert _reading_threads() == []


@pytest.mark.tampers_with_evidence
def test_moved_warcs_are_all_found_in_archive_dir(tmp_path: Path, report: Path) -> None:
    ledger, _ = _many_warcs(tmp_path, report)
    shutil.move(tmp_path / "archives", tmp_path / "moved")

    verification: Verification = verify_ledger(ledger, archive_dir=tmp_path / "moved")

    assert verification.intact
    assert verification.warc_files == NOTES


@pytest.mark.tampers_with_evidence
def test_warcs_read_ahead_from_inside_a_bundle_each_have_their_damage_named(
    tmp_path: Path, report: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger, _ = _many_warcs(tmp_path, report)
    packed = tmp_path / "brief.wacz"
    assert cli.main(["pack", str(ledger), "-o", str(packed)]) == 0, capsys.readouterr().err

    def flip_notes_3_and_6(entries: dict[str, bytes]) -> dict[str, bytes]:
        changed = dict(entries)
        for name, data in entries.items():
            if name.endswith(("note3.warc.gz", "note6.warc.gz")):
                changed[name] = data[:-100] + bytes([data[-100] ^ 0x01]) + data[-99:]
        return changed

    damaged = rewrite_bundle(packed, tmp_path / "damaged.wacz", flip_notes_3_and_6)
    verification = verify_bundle(damaged).ledger

    assert verification is not None
    assert verification.warc_files == NOTES
    # The WARCs' problems (the built lines' notes are not the bundled report's: named apart, as they are).
    about_warcs = [problem for problem in verification.problems if not problem.code.startswith("ledger-")]
    lines = [problem.line or 0 for problem in about_warcs]
    assert lines == sorted(lines)
    assert set(lines) == {_line(3), _line(6)}
    assert {"warc-hash-mismatch"} <= {problem.code for problem in about_warcs}


def test_reading_processes_are_ended_at_once_when_verification_is_interrupted(
    tmp_path: Path, report: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    started = _read_in_processes(monkeypatch)
    ledger, _ = _many_warcs(tmp_path, report)
    finished = tmp_path / "the slow read finished"
    verifier = os.getpid()
    read_in_full = verify.read_warc_file

    def slow_on_the_fifth_file(path: Path, size: int, stop: threading.Event | None = None) -> object:
        if os.getpid() != verifier and path.name == "note5.warc.gz":
            time.sleep(3)  # a large file still being read when the user presses Ctrl-C
            finished.touch()
        return read_in_full(path, size, stop)

    def interrupted(*args: object) -> object:
        raise KeyboardInterrupt

    monkeypatch.setattr(verify, "read_warc_file", slow_on_the_fifth_file)
    monkeypatch.setattr(verify, "check_capture", interrupted)

    with pytest.raises(KeyboardInterrupt):
        verify_ledger(ledger)

    assert started == ["ProcessPoolExecutor"]
    assert multiprocessing.active_children() == []
    time.sleep(3.5)
    assert not finished.exists(), "the reading process went on with a file nobody wanted"
