"""A run of many captures reads them back in worker processes (one per core) while it keeps fetching: the
verdicts are the same as when this process reads them, and a signal still leaves nothing behind."""

from __future__ import annotations

import json
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from provenance import cli, pipeline
from provenance.check_inputs import InputOptions, gather_inputs
from provenance.pipeline import POOL_FROM_CAPTURES
from tests.support.check_runs import report_citing, verdicts
from tests.support.cli import assert_stopped_cleanly, start_provenance, stop_midway
from tests.support.servers import FixtureServer, Reply, stall

PAGE = (
    b"<html lang=en><head><title>Bridge reopened</title><meta name=author content='Lina Haddad'>"
    b"<meta property='article:published_time' content='2022-01-21T09:00:00Z'></head><body><article>"
    b"<h1>Bridge reopened</h1><p>The council voted to reopen the bridge on Friday.</p>"
    b"</article></body></html>"
)
MANY = POOL_FROM_CAPTURES + 4


def _report(path: str) -> str:
    return report_citing([f"http://news.example/{path}/{n}" for n in range(1, MANY + 1)])


def test_worker_processes_read_captures_back_to_the_same_verdicts(
    tmp_path: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    for n in range(1, MANY + 1):
        fixture_server.routes[f"/page/{n}"] = Reply(body=PAGE)
    options = ["--json", "--no-archive-lookup", "--connect-to", str(fixture_server.rule("news.example"))]
    for name in ("pool", "here"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "report.txt").write_text(_report("page"), encoding="utf-8")
    # A fresh process has no other thread when the run starts, so it forks its readers...
    process = start_provenance(["check", "report.txt", *options], tmp_path / "pool")
    try:
        # ...while this one (the fixture server's threads are running) reads every capture itself, meanwhile.
        code = cli.main(["check", str(tmp_path / "here" / "report.txt"), *options])
        out, err = process.communicate(timeout=120)
    finally:
        process.kill()
        process.wait()
    forked = subprocess.CompletedProcess(process.args, process.returncode, out, err)
    here = json.loads(capsys.readouterr().out)
    assert forked.returncode == code, forked.stderr
    assert "Exception ignored" not in forked.stderr, "the processes end with the run, not in the exit"
    read_in_pool = verdicts(json.loads(forked.stdout))
    assert read_in_pool == verdicts(here)
    assert {title for *_, title in read_in_pool} == {"Bridge reopened"}


def test_a_signal_while_the_readers_run_leaves_no_lock_and_no_ledger(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    fixture_server.routes["/page/1"] = Reply(body=PAGE)
    for n in range(2, MANY + 1):
        fixture_server.routes[f"/page/{n}"] = stall(60)
    (tmp_path / "report.txt").write_text(_report("page"), encoding="utf-8")
    code, err = stop_midway(
        ["check", "report.txt", "--no-archive-lookup", "--per-host", str(MANY), "--jobs", str(MANY),
         "--connect-to", str(fixture_server.rule("news.example"))],
        tmp_path, fixture_server, MANY - 1, signal.SIGINT,
    )  # fmt: skip
    assert code == 130, err
    assert_stopped_cleanly(tmp_path, "report.txt", err)


def test_only_footnotes_with_a_link_and_quoted_words_to_find_call_for_worker_processes(
    tmp_path: Path,
) -> None:
    (tmp_path / "report.txt").write_text(
        "The council “voted to reopen the bridge”.[1]\n\nThe council voted.[2]\n\n"
        "The mayor said “it is open”.[3]\n\nSources\n"
        "[1] Lina Haddad, January 21, 2022, http://news.example/1\n"
        "[2] Lina Haddad, January 21, 2022, http://news.example/2\n"
        "[3] Lina Haddad, speech, January 21, 2022\n",
        encoding="utf-8",
    )
    inputs = gather_inputs([str(tmp_path / "report.txt")], InputOptions())
    assert [bool(note.urls) for note in inputs.reports[0].footnotes] == [True, True, False]
    assert inputs.quoted == 1, "only [1] has its source's main text read"


def test_captures_read_back_in_this_process_are_read_one_at_a_time(
    tmp_path: Path, fixture_server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(1, MANY + 1):
        fixture_server.routes[f"/page/{n}"] = Reply(body=PAGE)
    (tmp_path / "report.txt").write_text(_report("page"), encoding="utf-8")
    reading, most, read = [0], [0], []
    real = pipeline._read_source

    def counted(*arguments: Any) -> Any:
        reading[0] += 1
        most[0] = max(most[0], reading[0])
        try:
            time.sleep(0.005)  # long enough for another capture's thread to arrive meanwhile
            return real(*arguments)
        finally:
            reading[0] -= 1
            read.append(1)

    monkeypatch.setattr(pipeline, "_read_source", counted)
    options = ["--no-archive-lookup", "--jobs", str(MANY), "--per-host", str(MANY), "-q"]
    rule = str(fixture_server.rule("news.example"))
    assert cli.main(["check", str(tmp_path / "report.txt"), *options, "--connect-to", rule]) == 0
    assert len(read) == MANY and most[0] == 1
