"""A server that hangs up inside its status line or headers gave a cut answer, never a complete empty one."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from provenance.capture.options import NetworkOptions
from tests.capture.conftest import Capturer
from tests.support.servers import FixtureServer, raw_answer
from tests.support.warcs import read_records

CUT_HEADS = [
    pytest.param(b"HTTP/1.1 200 OK\r\nContent-Type: te", id="inside-a-header-line"),
    pytest.param(b"HTTP/1.1 200 OK\r\n", id="only-a-status-line"),
    pytest.param(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", id="before-the-empty-line"),
    pytest.param(b"HTTP/1.1 200 OK", id="inside-the-status-line"),
]
CUT = "disconnect: the server closed the connection inside the headers"


@pytest.mark.parametrize("head", CUT_HEADS)
def test_a_head_cut_by_the_server_is_kept_as_a_truncated_answer(
    fixture_server: FixtureServer, capture: Capturer, head: bytes
) -> None:
    fixture_server.routes["/cut"] = raw_answer(head)
    outcome = capture(
        "http://news.example/cut", NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    )
    assert outcome.error == CUT
    assert outcome.capture is not None
    assert (outcome.capture.truncated, outcome.capture.truncation) == (True, "disconnect")
    response = next(r for r in read_records(Path(outcome.capture.warc)) if r["type"] == "response")
    assert response["headers"]["WARC-Truncated"] == "disconnect"
    assert response["http_status_line"] == "HTTP/1.1 200 OK"


def test_a_complete_empty_answer_is_not_mistaken_for_a_cut_one(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/empty"] = raw_answer(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\n")
    outcome = capture(
        "http://news.example/empty", NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    )
    assert outcome.error is None and outcome.capture is not None and not outcome.capture.truncated


def test_a_cut_head_is_never_verified(
    tmp_path: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    fixture_server.routes["/cut"] = raw_answer(b"HTTP/1.1 200 OK\r\nContent-Type: te")
    report = tmp_path / "r.md"
    report.write_text(
        "Claim.[^1]\n\n[^1]: Desk, January 21, 2022, http://news.example/cut\n", encoding="utf-8"
    )
    argv = ["check", str(report), "--archive-dir", str(tmp_path / "archives"), "--json"]
    code = cli.main([*argv, "--connect-to", f"news.example::127.0.0.1:{fixture_server.port}"])
    footnote: dict[str, Any] = json.loads(capsys.readouterr().out)["reports"][0]["footnotes"][0]
    assert code == 1 and footnote["status"] == "failed"
    captured = next(check for check in footnote["checks"] if check["name"] == "captured")
    assert captured["status"] == "fail" and CUT in captured["detail"]
    assert cli.main(["verify", str(tmp_path / "r.md.ledger.jsonl")]) == 0
