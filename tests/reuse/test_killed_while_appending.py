"""A real `check` killed outright (SIGKILL) at each step of putting its run in the ledger: after a capture is
journaled, with the new ledger written beside the old under a temporary name, and just after the rename. The
ledger is always a whole chain that verifies, the next run works, and nothing the killed run left lingers."""

from __future__ import annotations

import shutil
import signal
from pathlib import Path

import pytest

from tests.support.cli import run_provenance, run_python
from tests.support.servers import FixtureServer, Reply

REPORT = (
    "One.[^a] Two.[^b]\n\n"
    "[^a]: Desk, January 21, 2022, http://news.example/a\n"
    "[^b]: Desk, January 21, 2022, http://news.example/b\n"
)
PAGE = b"<html><head><title>A page</title></head><body><p>Words on a page.</p></body></html>"

# `check` with SIGKILL sent to itself at one step, by a stand-in for the call made at that step.
_KILLED_CHECK = """
import os, signal, sys, types
import provenance.ledger.writer as writer
import provenance.reuse.journal as journal
from provenance.cli import main

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

point = sys.argv[1]
if point == "journaled":
    record = journal.Journal.record
    def record_then_die(self, *args, **kwargs):
        record(self, *args, **kwargs)
        self.sync()
        die()
    journal.Journal.record = record_then_die
elif point == "before-rename":
    writer.os = types.SimpleNamespace(**{**vars(os), "replace": die})
elif point == "after-rename":
    writer.sync_folder = die
sys.exit(main(sys.argv[2:]))
"""


@pytest.fixture(scope="module")
def checked_offline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of REPORT checked once `--offline` (its ledger holds that run), for each test to copy."""
    folder = tmp_path_factory.mktemp("checked-offline")
    (folder / "brief.md").write_text(REPORT, encoding="utf-8")
    assert run_provenance(["check", "brief.md", "--offline", "-q"], folder).returncode == 1
    return folder


@pytest.mark.parametrize("point", ["journaled", "before-rename", "after-rename"])
def test_a_check_killed_while_it_appends_leaves_a_whole_ledger_and_no_litter_after_the_next_run(
    tmp_path: Path, fixture_server: FixtureServer, checked_offline: Path, point: str
) -> None:
    fixture_server.routes.update({"/a": Reply(body=PAGE), "/b": Reply(body=PAGE)})
    folder = shutil.copytree(checked_offline, tmp_path / "desk")  # a ledger holding one run
    ledger = folder / "brief.md.ledger.jsonl"
    network = ["--connect-to", f"::127.0.0.1:{fixture_server.port}", "-q", "--no-archive-lookup"]
    before = ledger.read_bytes()

    killed = run_python(_KILLED_CHECK, point, "check", "brief.md", *network, cwd=folder)

    assert killed.returncode == -signal.SIGKILL, killed.stderr
    after_kill = ledger.read_bytes()
    if point == "after-rename":
        assert after_kill.startswith(before) and len(after_kill) > len(before), "the rename is the commit"
    else:
        assert after_kill == before, "a run killed before the rename appends nothing"
    assert run_provenance(["verify", "brief.md.ledger.jsonl"], folder).returncode == 0

    resumed = run_provenance(["check", "brief.md", *network], folder)

    assert resumed.returncode in (0, 1), resumed.stderr  # a finished run, whatever its findings
    assert ledger.read_bytes().startswith(after_kill)
    verified = run_provenance(["verify", "brief.md.ledger.jsonl"], folder)
    assert verified.returncode == 0, verified.stdout + verified.stderr
    assert "journal" not in verified.stderr  # the next run's commit removed the killed run's journal
    left = sorted(path.name for path in folder.iterdir() if path.name.startswith(".brief.md.ledger"))
    assert left == [], "a temporary ledger the killed run left is removed by the next run"
    assert not (folder / "brief.md.ledger.jsonl.journal").exists()
    assert not (folder / "brief.md.ledger.jsonl.lock").exists()
