"""Planted evidence: an attacker who can write beside the ledger (a pull request in CI can add a journal,
ledger lines and a WARC) captures a fake page on their own server and lists it for the victim's next check.
The victim's check must fetch the cited URL instead, and say why, so that `verified` (and, under `--sign`,
a signature that `verify --trust` calls INTACT) never rests on a capture nobody checked."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from provenance.hashing import sha256_hex
from provenance.ledger.canonical import canonical_json
from provenance.ledger.paths import journal_path
from provenance.reuse import capture_profile
from provenance.reuse.journal import JournalEntry
from provenance.seal.keys import load_private_key
from provenance.seal.signing import sign_head
from tests.support.servers import FixtureServer, Reply

FAKE = (
    b"<html><head><title>Convoy struck</title></head>"
    b"<body><p>Desk. January 21, 2022. The convoy was struck.</p></body></html>"
)
REPORT = "Struck.[^1]\n\n[^1]: Desk, January 21, 2022, http://news.example/a\n"


@pytest.fixture
def victim(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "victim"
    folder.mkdir()
    (folder / "brief.md").write_text(REPORT, encoding="utf-8")
    monkeypatch.chdir(folder)
    return folder


def _check(capsys: pytest.CaptureFixture[str], server: FixtureServer, folder: Path, *argv: str) -> str:
    """`check brief.md` in `folder`, every host sent to `server`; its stderr."""
    with contextlib.chdir(folder):
        cli.main(["check", "brief.md", "-q", "--connect-to", f"::127.0.0.1:{server.port}", *argv])
    return capsys.readouterr().err


def _lines(ledger: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in ledger.read_text(encoding="utf-8").splitlines()]


def _last_capture(ledger: Path) -> dict[str, Any]:
    capture: dict[str, Any] = [line for line in _lines(ledger) if line["kind"] == "footnote"][-1]["capture"]
    return capture


def _fake_capture(
    capsys: pytest.CaptureFixture[str], server: FixtureServer, tmp_path: Path, victim: Path
) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The attacker's run: the cited URL captured from their own server (serving the fake page) with the
    victim's settings, its WARC copied into the victim's archives/. Its ledger lines, and its capture."""
    attacker = tmp_path / "attacker"
    attacker.mkdir()
    shutil.copy(victim / "brief.md", attacker / "brief.md")
    server.routes["/a"] = Reply(body=FAKE)
    _check(capsys, server, attacker)
    server.routes["/a"] = Reply(status=404, body=b"not here")  # the real site: the page is gone
    lines = _lines(attacker / "brief.md.ledger.jsonl")
    capture = _last_capture(attacker / "brief.md.ledger.jsonl")
    (victim / "archives").mkdir(exist_ok=True)
    shutil.copy(attacker / capture["warc"], victim / capture["warc"])
    return lines, capture


def _append(ledger: Path, lines: list[dict[str, Any]], key: Path | None = None) -> None:
    """Lines appended as an attacker would: `seq` and `prev` recomputed so the chain holds; sealed with `key`
    when one is given."""
    raw = ledger.read_bytes().splitlines()
    seq, prev = len(raw), sha256_hex(raw[-1])
    lines = [dict(line) for line in lines]
    if key is not None:
        lines.append({"kind": "signature", "algorithm": "ed25519", "at": lines[-1]["at"]})
    with ledger.open("ab") as stream:
        for line in lines:
            line.update(seq=seq, prev=prev)
            if line["kind"] == "signature" and key is not None:
                line["public_key"], line["signature"] = sign_head(load_private_key(key), prev)
            encoded = canonical_json(line)
            stream.write(encoded + b"\n")
            seq, prev = seq + 1, sha256_hex(encoded)


def _plant_journal(victim: Path, lines: list[dict[str, Any]], capture: dict[str, Any], at: str) -> None:
    """A one-line journal beside the victim's ledger listing `capture` under the settings of `lines`' run."""
    profile = capture_profile(lines[0]["options"])
    entry = JournalEntry.model_validate({"at": at, "profile": profile, "capture": capture})
    journal = journal_path(victim / "brief.md.ledger.jsonl")
    journal.write_text(entry.model_dump_json() + "\n", encoding="utf-8")


def _keygen(folder: Path, name: str) -> Path:
    assert cli.main(["keygen", "-o", str(folder / name)]) == 0
    return folder / name


def test_a_planted_journal_entry_dated_in_the_future_is_not_reused(
    victim: Path, tmp_path: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # Repro A: a one-line journal holding the attacker's capture, dated 2099, from a made-up public address.
    lines, capture = _fake_capture(capsys, fixture_server, tmp_path, victim)
    capture.update(started_at="2099-01-01T00:00:00.000Z", finished_at="2099-01-01T00:00:01.000Z")
    capture.update(ip="93.184.216.34")
    _plant_journal(victim, lines, capture, at="2099-01-01T00:00:02.000Z")
    hits = fixture_server.hits["/a"]

    err = _check(capsys, fixture_server, victim)

    assert fixture_server.hits["/a"] == hits + 1, "the cited URL was fetched"
    assert "the capture of http://news.example/a in the journal is not reused, fetched again" in err
    assert "dated in the future" in err
    footnote = [line for line in _lines(victim / "brief.md.ledger.jsonl") if line["kind"] == "footnote"][-1]
    assert footnote["capture"]["reused"] is None and footnote["status"] == "failed"


def test_a_planted_journal_entry_whose_address_is_not_its_warcs_is_not_reused(
    victim: Path, tmp_path: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # Its times left as they were (consistent), only the address made up: the WARC says 127.0.0.1.
    lines, capture = _fake_capture(capsys, fixture_server, tmp_path, victim)
    capture["ip"] = "93.184.216.34"
    _plant_journal(victim, lines, capture, at=lines[-1]["at"])
    hits = fixture_server.hits["/a"]

    err = _check(capsys, fixture_server, victim)

    assert fixture_server.hits["/a"] == hits + 1
    assert "the capture's ip is not the WARC-IP-Address" in err
    assert "(expected 93.184.216.34, found 127.0.0.1)" in err
    assert _last_capture(victim / "brief.md.ledger.jsonl")["reused"] is None


def test_a_planted_run_dated_before_the_runs_it_follows_is_not_reused(
    victim: Path,
    tmp_path: Path,
    fixture_server: FixtureServer,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Repro B without --sign: the attacker's run (made first) appended after the victim's later one. Made
    # a moment earlier here, not minutes: the clocks are taken to agree exactly.
    monkeypatch.setattr("provenance.reuse.history.CLOCK_SKEW", dt.timedelta(0))
    fixture_server.routes["/a"] = Reply(status=404, body=b"not here")
    lines, _ = _fake_capture(capsys, fixture_server, tmp_path, victim)
    _check(capsys, fixture_server, victim)
    _append(victim / "brief.md.ledger.jsonl", lines)  # its lines keep the times they were made at
    hits = fixture_server.hits["/a"]

    err = _check(capsys, fixture_server, victim)

    assert fixture_server.hits["/a"] == hits + 1
    # The planted run line is the ledger file's 4th line (its seq 3).
    assert "the run at ledger line 4 is not reused from (its captures are fetched again)" in err
    assert "before the runs it follows" in err
    assert _last_capture(victim / "brief.md.ledger.jsonl")["reused"] is None


def test_under_sign_an_unsigned_run_appended_to_a_signed_ledger_is_not_reused(
    victim: Path, tmp_path: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # Repro B: a signed run records the 404; the attacker appends an unsigned run holding the fake capture,
    # consistent in every way (dated now, after the signed run; its WARC as it says).
    key = _keygen(tmp_path, "k1.key")
    fixture_server.routes["/a"] = Reply(status=404, body=b"not here")
    _check(capsys, fixture_server, victim, "--sign", str(key))
    lines, _ = _fake_capture(capsys, fixture_server, tmp_path, victim)
    _append(victim / "brief.md.ledger.jsonl", lines)
    hits = fixture_server.hits["/a"]

    _check(capsys, fixture_server, victim, "--sign", str(key))

    assert fixture_server.hits["/a"] == hits + 1, "the cited URL was fetched"
    last = [line for line in _lines(victim / "brief.md.ledger.jsonl") if line["kind"] == "footnote"][-1]
    assert last["capture"]["reused"] is None and last["status"] == "failed"


def test_under_sign_a_run_sealed_by_another_key_is_not_reused(
    victim: Path, tmp_path: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    key, theirs = _keygen(tmp_path, "k1.key"), _keygen(tmp_path, "k2.key")
    fixture_server.routes["/a"] = Reply(status=404, body=b"not here")
    _check(capsys, fixture_server, victim, "--sign", str(key))
    lines, _ = _fake_capture(capsys, fixture_server, tmp_path, victim)
    _append(victim / "brief.md.ledger.jsonl", lines, key=theirs)
    hits = fixture_server.hits["/a"]

    _check(capsys, fixture_server, victim, "--sign", str(key))

    assert fixture_server.hits["/a"] == hits + 1
    assert _last_capture(victim / "brief.md.ledger.jsonl")["reused"] is None


def test_under_sign_a_capture_a_signed_run_had_reused_is_not_reused_again(
    victim: Path, tmp_path: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # What a version before this check left (the reviewer's victim3): a run signed with the victim's own key
    # that had reused the planted capture from the attacker's unsigned run. Its seal vouches for the line, not
    # for where the capture came from.
    key = _keygen(tmp_path, "k1.key")
    fixture_server.routes["/a"] = Reply(status=404, body=b"not here")
    _check(capsys, fixture_server, victim, "--sign", str(key))
    lines, _ = _fake_capture(capsys, fixture_server, tmp_path, victim)
    ledger = victim / "brief.md.ledger.jsonl"
    planted_line = len(_lines(ledger)) + 1
    _append(ledger, lines)
    reused = [dict(line) for line in lines]
    reused[1]["capture"] = {
        **reused[1]["capture"],
        "reused": {"source": "ledger", "line": planted_line, "checked_at": reused[1]["at"]},
    }
    _append(ledger, reused, key=key)
    hits = fixture_server.hits["/a"]

    _check(capsys, fixture_server, victim, "--sign", str(key))

    assert fixture_server.hits["/a"] == hits + 1
    assert _last_capture(ledger)["reused"] is None


def test_under_sign_an_unsigned_journal_entry_is_not_reused(
    victim: Path, tmp_path: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # Repro A under --sign, the entry consistent in every way: only the signing key's signature counts.
    key = _keygen(tmp_path, "k1.key")
    lines, capture = _fake_capture(capsys, fixture_server, tmp_path, victim)
    _plant_journal(victim, lines, capture, at=lines[-1]["at"])
    hits = fixture_server.hits["/a"]

    err = _check(capsys, fixture_server, victim, "--sign", str(key))

    assert fixture_server.hits["/a"] == hits + 1
    assert "1 entries not signed by the --sign key: not reused, fetched again" in err
    assert _last_capture(victim / "brief.md.ledger.jsonl")["reused"] is None


def test_under_sign_a_run_sealed_by_the_same_key_is_reused(
    victim: Path, fixture_server: FixtureServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    key = _keygen(tmp_path, "k1.key")
    fixture_server.routes["/a"] = Reply(body=FAKE)
    _check(capsys, fixture_server, victim, "--sign", str(key))
    _check(capsys, fixture_server, victim, "--sign", str(key))

    assert fixture_server.hits["/a"] == 1
    reused = _last_capture(victim / "brief.md.ledger.jsonl")["reused"]
    assert reused is not None and reused["source"] == "ledger"
    assert cli.main(["verify", "brief.md.ledger.jsonl", "--trust", str(key) + ".pub"]) == 0


def test_under_sign_a_journal_entry_signed_by_the_same_key_is_reused(
    victim: Path, fixture_server: FixtureServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # What a signed run stopped before its end leaves: its journal, each entry signed with its key.
    from provenance.reuse.journal import Journal
    from tests.reuse.making import captured

    key = _keygen(tmp_path, "k1.key")
    fixture_server.routes["/a"] = Reply(status=404, body=b"not here")
    _check(capsys, fixture_server, victim, "--sign", str(key))  # the settings' profile, in the run line
    fixture_server.routes["/a"] = Reply(body=FAKE)
    ledger = victim / "brief.md.ledger.jsonl"
    profile = capture_profile(_lines(ledger)[0]["options"])
    Journal(ledger, profile, load_private_key(key)).record(
        captured(fixture_server, victim, "http://news.example/a")
    )
    hits = fixture_server.hits["/a"]

    _check(capsys, fixture_server, victim, "--sign", str(key))

    assert fixture_server.hits["/a"] == hits
    assert _last_capture(ledger)["reused"]["source"] == "journal"
