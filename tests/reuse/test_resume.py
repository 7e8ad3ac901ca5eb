"""Resume: a real `check` killed outright (SIGKILL, as a CI timeout or the OOM killer does) mid-run leaves the
ledger untouched and verifiable; the next run reuses the captures the killed one finished (listed in the
journal beside the ledger, each WARC re-hashed) and fetches only what was missing."""

from __future__ import annotations

import json
import signal
import time
from pathlib import Path

from tests.support.cli import run_provenance, start_provenance
from tests.support.servers import FixtureRequestHandler, FixtureServer, Reply

REPORT = (
    "One.[^a] Two.[^b] Three.[^c]\n\n"
    "[^a]: Desk, January 21, 2022, http://news.example/a\n"
    "[^b]: Desk, January 21, 2022, http://news.example/b\n"
    "[^c]: Desk, January 21, 2022, http://news.example/c\n"
)
PAGE = b"<html><head><title>A page</title></head><body><p>Words on a page.</p></body></html>"


def _hangs_the_first_time(handler: FixtureRequestHandler) -> None:
    """The first request for /c gets no answer (the run is killed while it waits); later ones get the page."""
    if handler.fixture.hits["/c"] == 1:
        handler.fixture.stopping.wait(120)
        return
    handler.reply(Reply(body=PAGE))


def _wait_for_lines(path: Path, count: int, patience: float = 60.0) -> None:
    """Until `path` holds `count` whole lines (another process writes them), or fail after `patience`."""
    deadline = time.monotonic() + patience
    while time.monotonic() < deadline:
        if path.exists() and path.read_bytes().count(b"\n") >= count:
            return
        time.sleep(0.02)
    raise AssertionError(f"{path} never held {count} lines")


def test_a_run_killed_mid_capture_leaves_the_ledger_intact_and_the_next_run_fetches_only_the_rest(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    fixture_server.routes.update(
        {"/a": Reply(body=PAGE), "/b": Reply(body=PAGE), "/c": _hangs_the_first_time}
    )
    (tmp_path / "brief.md").write_text(REPORT, encoding="utf-8")
    ledger = tmp_path / "brief.md.ledger.jsonl"
    network = ["--connect-to", f"::127.0.0.1:{fixture_server.port}", "-q"]
    assert run_provenance(["check", "brief.md", "--offline", "-q"], tmp_path).returncode == 1
    before = ledger.read_bytes()

    killed = start_provenance(["check", "brief.md", *network], tmp_path)
    try:
        _wait_for_lines(tmp_path / "brief.md.ledger.jsonl.journal", 2)  # /a and /b finished and journaled
        fixture_server.wait_for_in_flight(1, 60)  # /c is being fetched
        killed.send_signal(signal.SIGKILL)
        killed.communicate(timeout=60)
    finally:
        killed.kill()
        killed.wait()
    assert killed.returncode == -signal.SIGKILL

    assert ledger.read_bytes() == before, "a killed run appends nothing"
    assert run_provenance(["verify", "brief.md.ledger.jsonl"], tmp_path).returncode == 0
    assert list((tmp_path / "archives").glob(".*.part")), "the killed capture left its partial file"

    resumed = run_provenance(["check", "brief.md", *network], tmp_path)

    assert resumed.returncode in (0, 1), resumed.stderr  # a finished run, whatever its findings
    assert (fixture_server.hits["/a"], fixture_server.hits["/b"], fixture_server.hits["/c"]) == (1, 1, 2)
    lines = [json.loads(line) for line in ledger.read_text(encoding="utf-8").splitlines()]
    captures = {
        line["label"]: line["capture"]
        for line in lines[len(before.splitlines()) :]
        if line["kind"] == "footnote"
    }
    assert captures["a"]["reused"]["source"] == "journal"
    assert captures["b"]["reused"]["source"] == "journal"
    assert captures["c"]["reused"] is None
    assert not (tmp_path / "brief.md.ledger.jsonl.journal").exists(), "the committed run removed its journal"
    assert not list((tmp_path / "archives").glob(".*.part")), (
        "the next run removed the killed one's partial file"
    )
    assert run_provenance(["verify", "brief.md.ledger.jsonl"], tmp_path).returncode == 0
