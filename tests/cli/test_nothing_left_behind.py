"""Nothing left behind: a real `provenance` process, stopped by a real signal or by an exit-2 error, leaves no
`LEDGER.lock` and an untouched ledger; an exit 2 for one report writes nothing for any report."""

from __future__ import annotations

import os
import signal
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from provenance import cli
from tests.support.cli import (
    assert_stopped_cleanly,
    each_stop_signal,
    run_provenance,
    start_provenance,
    stop_midway,
)
from tests.support.servers import FixtureServer, Reply, stall

CITED = "Claim.[1]\n\n[1] Desk, January 21, 2022, http://news.example/{path}\n"


def _files(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


@each_stop_signal
def test_a_signal_in_the_middle_of_a_capture_leaves_no_lock_and_no_ledger(
    tmp_path: Path, fixture_server: FixtureServer, signum: signal.Signals, exit_code: int
) -> None:
    fixture_server.routes["/slow"] = stall(60)
    (tmp_path / "report.txt").write_text(CITED.format(path="slow"), encoding="utf-8")
    args = ["check", "report.txt", "--connect-to", f"news.example:80:127.0.0.1:{fixture_server.port}"]
    # A timeout the stop always comes well within (it is sent as the request arrives): with 3 s, a loaded
    # machine could let the capture time out first, and the run end as a finished one.
    code, err = stop_midway([*args, "--timeout", "30"], tmp_path, fixture_server, 1, signum)
    assert fixture_server.max_in_flight == 1
    assert code == exit_code, err
    assert_stopped_cleanly(tmp_path, "report.txt", err)


def test_an_archive_folder_that_cannot_be_made_is_exit_2_and_leaves_no_lock(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_text(CITED.format(path="a"), encoding="utf-8")
    (tmp_path / "blocker").write_text("a file where a folder should go", encoding="utf-8")

    done = run_provenance(
        ["check", "report.txt", "--archive-dir", "blocker/archives", "--connect-to", "::127.0.0.1:9"],
        tmp_path,
    )

    assert done.returncode == 2, done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert _files(tmp_path) == ["blocker", "report.txt"], "no ledger, no lock file"


@pytest.fixture
def unwritable_archive(tmp_path: Path) -> Iterator[Path]:
    """An archive folder that exists but cannot be written in: mode 0555, and immutable where the write bits
    do not bind (root), so the system itself refuses the write."""
    folder = tmp_path / "archives"
    folder.mkdir()
    folder.chmod(0o555)
    immutable = False
    try:
        if os.access(folder, os.W_OK):
            immutable = subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode == 0
            if os.access(folder, os.W_OK):
                pytest.skip("no way to make a folder unwritable for this user here")
        yield folder
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


def test_an_archive_folder_that_cannot_be_written_is_exit_2_before_anything_is_fetched(
    tmp_path: Path, fixture_server: FixtureServer, unwritable_archive: Path
) -> None:
    # Each capture found it after its page was fetched: every footnote an `error`, and a run appended.
    fixture_server.routes["/a"] = Reply(body=b"<p>ok</p>")
    (tmp_path / "report.txt").write_text(CITED.format(path="a"), encoding="utf-8")
    rule = f"news.example:80:127.0.0.1:{fixture_server.port}"

    argv = ["check", "report.txt", "--archive-dir", "archives", "--connect-to", rule]
    done = run_provenance(argv, tmp_path)

    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == (
        "provenance: error: archives: cannot write in the archive folder; name another with --archive-dir DIR"
    )
    assert fixture_server.total_hits == 0
    assert _files(tmp_path) == ["archives", "report.txt"], "no ledger, no lock file"


MARKDOWN_CITED = "Claim.[^1]\n\n[^1]: Desk, January 21, 2022, http://news.example/a\n"


@pytest.fixture
def two_reports(tmp_path: Path, fixture_server: FixtureServer, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """`a.md` and `b.md` citing a served page, in the current folder; the options that reach the server."""
    monkeypatch.chdir(tmp_path)
    fixture_server.routes["/a"] = Reply(body=b"<p>ok</p>")
    for name in ("a.md", "b.md"):
        (tmp_path / name).write_text(MARKDOWN_CITED, encoding="utf-8")
    return ["--connect-to", f"news.example:80:127.0.0.1:{fixture_server.port}"]


def _assert_nothing_for_any_report(
    folder: Path, server: FixtureServer, capsys: pytest.CaptureFixture[str], served: list[str], says: str
) -> None:
    code = cli.main(["check", "a.md", "b.md", *served])

    _, err = capsys.readouterr()
    assert code == 2, err
    assert says in err
    assert sum(server.hits.values()) == 0, "nothing fetched for a.md either"
    assert _files(folder) == ["a.md", "b.md", "b.md.ledger.jsonl"], "no ledger, WARC or lock for a.md"


def test_a_corrupt_second_ledger_stops_the_check_before_anything_is_fetched_for_the_first(
    tmp_path: Path, fixture_server: FixtureServer, two_reports: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "b.md.ledger.jsonl").write_bytes(b'{"not": "a ledger line"}\n')

    _assert_nothing_for_any_report(tmp_path, fixture_server, capsys, two_reports, "b.md.ledger.jsonl")


def test_a_read_only_second_ledger_stops_the_check_before_anything_is_fetched(
    tmp_path: Path, fixture_server: FixtureServer, two_reports: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["check", "b.md", "--offline"]) == 1
    (tmp_path / "b.md.ledger.jsonl").chmod(0o444)
    capsys.readouterr()

    _assert_nothing_for_any_report(tmp_path, fixture_server, capsys, two_reports, "read-only")


@each_stop_signal
def test_a_stopped_check_keeps_the_run_of_each_report_it_finished_and_the_journal_of_the_others(
    tmp_path: Path, fixture_server: FixtureServer, signum: signal.Signals, exit_code: int
) -> None:
    # A CI step stopped for time (SIGTERM) lost the ledger of every report, finished or not: lines reached
    # the file only when the whole check ended. A finished report's run is whole; it is kept.
    fixture_server.routes["/a"] = Reply(body=b"<html><body><p>An article.</p></body></html>")
    fixture_server.routes["/slow"] = stall(60)
    (tmp_path / "done.txt").write_text(CITED.format(path="a"), encoding="utf-8")
    (tmp_path / "slow.txt").write_text(CITED.format(path="slow"), encoding="utf-8")
    rule = f"news.example:80:127.0.0.1:{fixture_server.port}"
    process = start_provenance(
        ["check", "done.txt", "slow.txt", "--connect-to", rule, "--no-archive-lookup"], tmp_path
    )
    try:
        assert process.stderr is not None
        said = []
        # A footnote's progress line comes once its report's run is made (the report is finished).
        for line in process.stderr:
            said.append(line)
            if "news.example/a" in line:
                break
        process.send_signal(signum)
        _, err = process.communicate(timeout=60)
    finally:
        process.kill()
        process.wait()
    err = "".join(said) + err
    assert process.returncode == exit_code, err
    assert "Traceback" not in err
    # What to do next: the same command goes on from what was made.
    assert "stopped: the capture made so far is kept; the same command run again reuses it" in err
    assert run_provenance(["verify", "done.txt.ledger.jsonl"], tmp_path).returncode == 0
    assert not (tmp_path / "done.txt.ledger.jsonl.journal").exists(), "its captures are in its ledger"
    assert not (tmp_path / "slow.txt.ledger.jsonl").exists()
    assert not list(tmp_path.glob("*.lock"))
