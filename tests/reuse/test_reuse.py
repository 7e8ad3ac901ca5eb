"""Cache: a second check reuses a capture of the same URL younger than --max-age from the ledger's history,
recorded as reused with its original time and hashes, after re-hashing its WARC; anything doubtful is
fetched again."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from tests.support.cli import run_provenance
from tests.support.servers import FixtureServer, Reply

PAGE = b"<html><head><title>Convoy struck</title></head><body><p>The convoy was struck.</p></body></html>"
REPORT = (
    "Struck.[^1] Gone.[^2]\n\n"
    "[^1]: Desk, January 21, 2022, http://news.example/a\n"
    "[^2]: Desk, January 21, 2022, http://news.example/gone\n"
)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fixture_server: FixtureServer) -> Path:
    monkeypatch.chdir(tmp_path)
    fixture_server.routes["/a"] = Reply(body=PAGE)
    fixture_server.routes["/gone"] = Reply(status=404, body=b"not here")
    (tmp_path / "brief.md").write_text(REPORT, encoding="utf-8")
    return tmp_path


def _check(capsys: pytest.CaptureFixture[str], server: FixtureServer, *argv: str) -> tuple[int, str]:
    code = cli.main(["check", "brief.md", "-q", "--connect-to", f"::127.0.0.1:{server.port}", *argv])
    return code, capsys.readouterr().err


def _runs(ledger: Path) -> list[dict[str, dict[str, Any]]]:
    """Each run's footnote lines by label."""
    runs: list[dict[str, dict[str, Any]]] = []
    for line in map(json.loads, ledger.read_text(encoding="utf-8").splitlines()):
        if line["kind"] == "run":
            runs.append({})
        elif line["kind"] == "footnote":
            runs[-1][line["label"]] = line
    return runs


def test_a_second_check_reuses_a_young_capture_with_its_original_time_and_hashes(
    workdir: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    _check(capsys, fixture_server)
    _check(capsys, fixture_server)

    assert fixture_server.hits["/a"] == 1, "the page was not fetched again"
    assert fixture_server.hits["/gone"] == 2, "a failed capture is always tried again"
    first, second = _runs(workdir / "brief.md.ledger.jsonl")
    before, after = first["1"]["capture"], second["1"]["capture"]
    assert after["reused"]["source"] == "ledger"
    assert after["reused"]["line"] == first["1"]["seq"]
    same = ("warc", "warc_sha256", "started_at", "finished_at", "records", "ip")
    assert {key: after[key] for key in same} == {key: before[key] for key in same}
    captured = next(c for c in second["1"]["checks"] if c["name"] == "captured")
    assert captured["status"] == "pass"
    assert f"reused: captured {before['started_at']} by an earlier run" in captured["detail"]
    assert second["1"]["status"] == first["1"]["status"], "the checks read the reused WARC as before"
    assert second["2"]["capture"]["reused"] is None
    assert cli.main(["verify", "brief.md.ledger.jsonl"]) == 0


def test_max_age_0_always_fetches(
    workdir: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    _check(capsys, fixture_server)
    _check(capsys, fixture_server, "--max-age", "0")
    assert fixture_server.hits["/a"] == 2
    assert _runs(workdir / "brief.md.ledger.jsonl")[1]["1"]["capture"]["reused"] is None


def test_a_capture_older_than_max_age_is_fetched_again(
    workdir: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    _check(capsys, fixture_server)
    _check(capsys, fixture_server, "--max-age", "0.001")  # a millisecond: the first run's capture is older
    assert fixture_server.hits["/a"] == 2


def test_a_capture_made_with_other_capture_settings_is_not_reused(
    workdir: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    _check(capsys, fixture_server)
    _check(capsys, fixture_server, "--max-bytes", "10M")  # a cap that could have cut what was kept
    _check(capsys, fixture_server, "--user-agent", "newsroom-bot/2")
    assert fixture_server.hits["/a"] == 3


@pytest.mark.tampers_with_evidence
def test_a_warc_that_no_longer_matches_its_hash_is_not_reused_but_fetched_again(
    workdir: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    _check(capsys, fixture_server)
    first = _runs(workdir / "brief.md.ledger.jsonl")[0]["1"]["capture"]
    assert (first["http_status"], first["error"], first["truncated"]) == (200, None, False), first
    warc = workdir / first["warc"]
    forged = bytearray(warc.read_bytes())
    forged[-1] ^= 0xFF  # one byte, the size unchanged: only the hash can tell
    warc.write_bytes(bytes(forged))

    # A real process, so the warning is read where a user reads it: on stderr.
    again = run_provenance(
        ["check", "brief.md", "-q", "--connect-to", f"::127.0.0.1:{fixture_server.port}"], workdir
    )

    assert fixture_server.hits["/a"] == 2
    assert "no longer matches its recorded size and SHA-256: not reused, fetched again" in again.stderr
    second = _runs(workdir / "brief.md.ledger.jsonl")[1]["1"]["capture"]
    assert second["reused"] is None and second["warc"] != str(warc.relative_to(workdir))


def test_a_ledger_whose_chain_is_broken_gives_nothing_to_reuse_and_says_so(
    workdir: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    _check(capsys, fixture_server)
    ledger = workdir / "brief.md.ledger.jsonl"
    lines = ledger.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1].replace('"label":"1"', '"label":"7"')  # an edit the next line's prev gives away
    ledger.write_text("".join(lines), encoding="utf-8")

    _, err = _check(capsys, fixture_server)

    assert fixture_server.hits["/a"] == 2
    assert "captures not reused: the ledger's hash chain does not hold at line 3" in err


@pytest.mark.parametrize(
    ("convert", "conversion"),
    [
        (lambda data: data.replace(b"\n", b"\r\n"), "CRLF line ends (git's autocrlf)"),
        (lambda data: b"\xef\xbb\xbf" + data, "a byte order mark (an editor's save)"),
    ],
    ids=["crlf", "bom"],
)
def test_a_ledger_converted_by_git_or_an_editor_still_gives_its_captures_to_reuse(
    workdir: Path,
    fixture_server: FixtureServer,
    capsys: pytest.CaptureFixture[str],
    convert: Callable[[bytes], bytes],
    conversion: str,
) -> None:
    # Its chain was hashed with the carriage returns or the mark, which verify reads as conversions: the run
    # said the chain did not hold at line 2 and fetched every page again.
    _check(capsys, fixture_server)
    ledger = workdir / "brief.md.ledger.jsonl"
    ledger.write_bytes(convert(ledger.read_bytes()))

    _, err = _check(capsys, fixture_server)

    assert "does not hold" not in err, conversion
    assert fixture_server.hits["/a"] == 1, f"the page was fetched again from a ledger with {conversion}"


@pytest.mark.parametrize("argv", [["--offline"], ["--max-age", "0"]], ids=["offline", "no-reuse"])
def test_a_run_appended_after_a_break_in_the_chain_says_so_though_it_reuses_nothing(
    workdir: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    # The chain was walked only to find captures to reuse: offline, a run was appended to a tampered ledger
    # without a word.
    _check(capsys, fixture_server)
    ledger = workdir / "brief.md.ledger.jsonl"
    lines = ledger.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1].replace('"label":"1"', '"label":"7"')
    ledger.write_text("".join(lines), encoding="utf-8")

    _, err = _check(capsys, fixture_server, *argv)

    assert "the ledger's hash chain does not hold at line 3 (provenance verify names the problem)" in err
    assert "captures not reused" not in err, "nothing was to be reused"
    assert len(_runs(ledger)) == 2, "the run is appended all the same: nothing is ever lost"


def test_a_reused_capture_names_the_ledger_line_counted_from_1_as_verify_and_an_editor_count(
    workdir: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # The detail named the line's `seq` (from 0): "ledger line 1" pointed a reviewer at the run line, one
    # above the footnote line that recorded the capture, where verify says "line 2".
    _check(capsys, fixture_server)
    _check(capsys, fixture_server)

    ledger = workdir / "brief.md.ledger.jsonl"
    number = next(n for n, text in enumerate(ledger.read_text().splitlines(), 1) if '"label":"1"' in text)
    captured = next(c for c in _runs(ledger)[1]["1"]["checks"] if c["name"] == "captured")
    assert f"by an earlier run (ledger line {number});" in captured["detail"]
