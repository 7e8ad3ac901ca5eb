"""Ctrl-C and `kill -9` in the middle of a run: prompt, clean, and nothing half-written left for good."""

from __future__ import annotations

import datetime as dt
import signal
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from provenance.capture import capture as capture_module
from provenance.capture import exchange
from provenance.capture.options import NetworkOptions
from provenance.capture.policy import Dial
from provenance.capture.session import Budget, CaptureSession
from provenance.warc.parts import remove_stale_parts
from provenance.warc.writer import WarcFile
from tests.capture.conftest import Capturer
from tests.support.cli import run_provenance, start_provenance
from tests.support.servers import FixtureServer, Reply, redirect, stall

NOTE = "Claim.[^1]\n\n[^1]: Desk, January 21, 2022, http://news.example/slow\n"


def _start_check(tmp_path: Path, server: FixtureServer) -> subprocess.Popen[str]:
    (tmp_path / "r.md").write_text(NOTE, encoding="utf-8")
    rule = f"news.example::127.0.0.1:{server.port}"
    # Without a prompt cancel the capture would wait 60 s for the stalled answer.
    return start_provenance(["check", "r.md", "--connect-to", rule, "--timeout", "60"], cwd=tmp_path)


def _parts(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.part")) if folder.is_dir() else []


def _partial_file_made(folder: Path, patience: float = 30.0) -> list[Path]:
    """The partial files in `folder` once there is one: a capture makes its file while its first answer is
    awaited, just after the request the server saw went out."""
    give_up = time.monotonic() + patience
    while not (parts := _parts(folder)) and time.monotonic() < give_up:
        time.sleep(0.01)
    return parts


def test_ctrl_c_cancels_in_flight_captures_at_once_and_leaves_no_partial_file(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    fixture_server.routes["/slow"] = stall(60)
    process = _start_check(tmp_path, fixture_server)
    try:
        fixture_server.wait_for_in_flight(1, patience=30)
        assert _partial_file_made(tmp_path / "archives"), "the capture is under way, writing its partial file"
        process.send_signal(signal.SIGINT)
        _, stderr = process.communicate(timeout=15)  # an upper bound, not a measure: 60 s without the fix
    finally:
        process.kill()
    assert process.returncode == 130
    assert stderr.strip().splitlines()[-1] == "provenance: interrupted"
    assert _parts(tmp_path / "archives") == []
    assert list((tmp_path / "archives").iterdir()) == []
    assert not (tmp_path / "r.md.ledger.jsonl").exists(), "an interrupted run appends nothing"


def test_a_run_after_kill_9_removes_the_partial_files_it_left_and_says_so(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    fixture_server.routes["/slow"] = stall(60)
    process = _start_check(tmp_path, fixture_server)
    try:
        fixture_server.wait_for_in_flight(1, patience=30)
        _partial_file_made(tmp_path / "archives")
    finally:
        process.kill()  # SIGKILL: no clean-up can run
        process.communicate(timeout=15)
    (left,) = _parts(tmp_path / "archives")

    fixture_server.routes["/slow"] = Reply(body=b"page")
    rule = f"news.example::127.0.0.1:{fixture_server.port}"
    result = run_provenance(["check", "r.md", "--connect-to", rule], cwd=tmp_path)
    assert result.returncode in (0, 1), result.stderr
    assert f"removed archives/{left.name}, a partial WARC file left by an interrupted run" in result.stderr
    assert _parts(tmp_path / "archives") == []
    assert len(list((tmp_path / "archives").glob("*.warc.gz"))) == 1


def test_a_partial_file_another_run_is_still_writing_is_kept(archive_dir: Path) -> None:
    writing = WarcFile(archive_dir, "busy", dt.datetime.now(dt.UTC))
    try:
        (part,) = _parts(archive_dir)
        assert remove_stale_parts(archive_dir, older_than=time.time() + 60) == []
        assert part.exists()
    finally:
        writing.discard()


def test_a_partial_file_newer_than_this_run_is_kept(archive_dir: Path) -> None:
    left = archive_dir / ".r.md-fn1-20240101T000000Z-0badf00d.warc.gz.x1y2z3.part"
    left.write_bytes(b"half a record")
    assert remove_stale_parts(archive_dir, older_than=time.time() - 60) == []
    assert remove_stale_parts(archive_dir, older_than=time.time() + 60) == [left]
    assert not left.exists()


def _use_up_the_budget(session: CaptureSession) -> None:
    assert session.budget is not None
    session.budget = Budget(session.budget.seconds, time.monotonic())


@pytest.mark.parametrize("waiting_for", ["turn", "name"])
def test_a_budget_used_up_by_the_wait_for_a_turn_or_a_name_fails_the_capture_and_sends_nothing(
    fixture_server: FixtureServer, capture: Capturer, monkeypatch: pytest.MonkeyPatch, waiting_for: str
) -> None:
    """A wait for a slot, a turn (`--host-interval`) or a name lookup that took the last of the footnote's
    budget left a request with a timeout of 0, which requests refuses: a 200-footnote check against a
    dead archive stopped after 21 minutes with exit 3 (`ValueError: Invalid timeout (0.0, 0.0)`)."""
    fixture_server.routes["/page"] = Reply(body=b"ok")
    if waiting_for == "turn":
        monkeypatch.setattr(CaptureSession, "wait_for_turn", lambda session, url: _use_up_the_budget(session))
    else:
        sessions: list[CaptureSession] = []
        from provenance.capture.policy import plan_dial
        from provenance.capture.session import open_session

        def keep_session(options: NetworkOptions, budget: float | None = None) -> CaptureSession:
            sessions.append(open_session(options, budget))
            return sessions[-1]

        def slow_lookup(*arguments: Any, **keywords: Any) -> Dial:
            dial = plan_dial(*arguments, **keywords)
            _use_up_the_budget(sessions[-1])
            return dial

        monkeypatch.setattr(capture_module, "open_session", keep_session)
        monkeypatch.setattr(exchange, "plan_dial", slow_lookup)
    outcome = capture("http://news.example/page", NetworkOptions(connect_to=(fixture_server.rule(),)))
    assert outcome.error is not None
    assert outcome.error.startswith("timeout: the capture used up its 180s budget (--footnote-timeout)")
    assert fixture_server.hits["/page"] == 0


def test_a_slow_redirect_chain_is_stopped_by_the_footnote_budget(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    # Each hop answers well within --timeout; twenty of them would take ten seconds. The budget leaves the
    # first hop four times its pause, so that a loaded machine still gets at least one answer in it.
    for hop in range(20):
        fixture_server.routes[f"/hop{hop}"] = stall(0.5, then=redirect(f"/hop{hop + 1}"))
    options = NetworkOptions(
        connect_to=(fixture_server.rule("news.example"),), timeout=5, footnote_timeout=2.0, max_redirects=30
    )
    outcome = capture("http://news.example/hop0", options)
    assert outcome.error is not None
    assert outcome.error.startswith("timeout: the capture used up its 2s budget (--footnote-timeout)")
    assert outcome.capture is not None, "the hops that answered are kept"
    assert 1 <= len(outcome.capture.redirects) < 20
    assert fixture_server.total_hits < 20


@pytest.mark.parametrize("value", ["0", "-5", "soon"])
def test_footnote_timeout_must_be_a_positive_number(tmp_path: Path, value: str) -> None:
    result = run_provenance(["capture", "http://news.example/", "--footnote-timeout", value], cwd=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1 and "--footnote-timeout" in result.stderr
