"""The journal beside a ledger is untrusted input: a line cut by a kill, a line that is no entry, an entry
made with other capture settings or that failed, are all passed over; only what qualifies is offered."""

from __future__ import annotations

import datetime as dt
import json
import os
import threading
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from provenance.hashing import sha256_hex
from provenance.ledger.paths import journal_path
from provenance.models import Capture
from provenance.reuse import Candidate, ReusableCaptures
from provenance.reuse.journal import Journal, discard_journal, journal_candidates
from provenance.seal.keys import public_key_base64
from tests.outputs.builders import capture
from tests.reuse.making import after, captured
from tests.support.servers import FixtureServer, Reply

SINCE = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)


def _capture(url: str, status: int = 200, error: str | None = None) -> Capture:
    return capture(url, http_status=status).model_copy(update={"error": error})


def test_only_whole_entries_of_the_same_settings_that_succeeded_are_offered(tmp_path: Path) -> None:
    ledger = tmp_path / "brief.md.ledger.jsonl"
    journal = Journal(ledger, profile="same")
    journal.record(_capture("http://news.example/a"))
    journal.record(_capture("http://news.example/gone", status=404, error="http 404"))
    Journal(ledger, profile="other").record(_capture("http://news.example/b"))
    with journal_path(ledger).open("ab") as stream:
        stream.write(b'{"not": "an entry"}\n{"kind": "capture", "at": "2026-01-01T00:00:0')  # cut by a kill

    offered = journal_candidates(ledger, "same", SINCE)

    assert [candidate.capture.url for candidate in offered] == ["http://news.example/a"]
    assert offered[0].source == "journal"


def test_lines_recorded_without_a_sync_are_the_same_lines_and_one_sync_puts_them_all_on_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    synced: list[int] = []
    real_fsync = os.fsync

    def counted_fsync(descriptor: int) -> None:
        synced.append(descriptor)
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", counted_fsync)
    ledger = tmp_path / "brief.md.ledger.jsonl"
    journal = Journal(ledger, profile="same")
    urls = [f"http://news.example/{n}" for n in range(3)]
    for url in urls:
        journal.record(_capture(url), synced=False)
    assert synced == []
    journal.sync()
    journal.sync()  # nothing written since: no second sync
    assert len(synced) == 1
    journal.record(_capture("http://news.example/synced"))
    assert len(synced) == 2

    offered = journal_candidates(ledger, "same", SINCE)
    assert [candidate.capture.url for candidate in offered] == [*urls, "http://news.example/synced"]


def test_entries_older_than_the_limit_are_not_offered(tmp_path: Path) -> None:
    ledger = tmp_path / "brief.md.ledger.jsonl"
    Journal(ledger, profile="same").record(_capture("http://news.example/a"))
    assert journal_candidates(ledger, "same", dt.datetime(2026, 1, 2, tzinfo=dt.UTC)) == []


def test_a_journal_that_is_not_a_regular_file_gives_nothing(tmp_path: Path) -> None:
    ledger = tmp_path / "brief.md.ledger.jsonl"
    journal_path(ledger).mkdir()
    assert journal_candidates(ledger, "same", SINCE) == []


def test_a_symbolic_link_under_the_journals_name_is_not_followed_and_the_file_it_names_is_untouched(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    ledger = tmp_path / "brief.md.ledger.jsonl"
    profile = tmp_path / "home" / ".bashrc"  # a planted link: appended JSON would run as shell there
    profile.parent.mkdir()
    profile.write_bytes(b"# mine\n")
    journal_path(ledger).symlink_to(profile)

    journal = Journal(ledger, profile="same")
    journal.record(_capture("http://news.example/a"))
    journal.record(_capture("http://news.example/b"))

    assert profile.read_bytes() == b"# mine\n"
    assert journal_path(ledger).is_symlink()
    warnings = [record.getMessage() for record in caplog.records if record.levelname == "WARNING"]
    assert len(warnings) == 1 and "cannot be written" in warnings[0], warnings


def test_a_fifo_under_the_journals_name_is_not_waited_on(tmp_path: Path) -> None:
    ledger = tmp_path / "brief.md.ledger.jsonl"
    os.mkfifo(journal_path(ledger))
    journal = Journal(ledger, profile="same")

    recording = threading.Thread(
        target=journal.record, args=(_capture("http://news.example/a"),), daemon=True
    )
    recording.start()
    recording.join(5)
    waiting = recording.is_alive()
    if waiting:  # the old open waits for a reader: be one, so the thread ends
        os.close(os.open(journal_path(ledger), os.O_RDONLY | os.O_NONBLOCK))
        recording.join(5)

    assert not waiting, "the capture's thread waited on the FIFO (a check then hung, past SIGTERM)"


def test_a_journal_under_a_linked_folder_is_written(tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    (tmp_path / "linked").symlink_to(tmp_path / "real")
    ledger = tmp_path / "linked" / "brief.md.ledger.jsonl"

    Journal(ledger, profile="same").record(_capture("http://news.example/a"))

    offered = journal_candidates(ledger, "same", SINCE)
    assert [candidate.capture.url for candidate in offered] == ["http://news.example/a"]
    assert (tmp_path / "real" / journal_path(ledger).name).is_file()


def test_a_candidate_naming_a_file_that_is_no_warc_is_not_reused_even_when_its_hash_matches(
    tmp_path: Path,
) -> None:
    (tmp_path / "notes.txt").write_bytes(b"not evidence")
    named = _capture("http://news.example/a").model_copy(
        update={"warc": "notes.txt", "warc_sha256": sha256_hex(b"not evidence"), "warc_bytes": 12}
    )
    assert ReusableCaptures(tmp_path, [Candidate(named, "journal")]).take("http://news.example/a") is None


def test_a_candidate_whose_warc_matches_is_handed_out_with_where_it_came_from(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    fixture_server.routes["/a"] = Reply(body=b"<html><body><p>A page.</p></body></html>")
    kept = captured(fixture_server, tmp_path, "http://news.example/a")

    outcome = ReusableCaptures(tmp_path, [Candidate(kept, "ledger", 4, after(kept))]).take(
        "http://news.example/a"
    )

    assert outcome is not None and outcome.capture is not None and outcome.capture.reused is not None
    assert (outcome.capture.reused.source, outcome.capture.reused.line) == ("ledger", 4)
    assert outcome.capture.warc == str(tmp_path / kept.warc)


def test_under_sign_only_entries_signed_by_the_same_key_are_offered(tmp_path: Path) -> None:
    ledger = tmp_path / "brief.md.ledger.jsonl"
    ours, theirs = Ed25519PrivateKey.generate(), Ed25519PrivateKey.generate()
    Journal(ledger, profile="same", key=ours).record(_capture("http://news.example/ours"))
    Journal(ledger, profile="same").record(_capture("http://news.example/unsigned"))
    Journal(ledger, profile="same", key=theirs).record(_capture("http://news.example/theirs"))
    signer = public_key_base64(ours.public_key())

    offered = journal_candidates(ledger, "same", SINCE, signer)

    assert [candidate.capture.url for candidate in offered] == ["http://news.example/ours"]
    assert len(journal_candidates(ledger, "same", SINCE)) == 3, "without --sign, a signature is not asked for"


def test_under_sign_an_entry_whose_signature_no_longer_covers_it_is_not_offered(tmp_path: Path) -> None:
    # A signed entry copied and edited (its capture's address changed): the key's owner never signed that.
    ledger = tmp_path / "brief.md.ledger.jsonl"
    key = Ed25519PrivateKey.generate()
    Journal(ledger, profile="same", key=key).record(_capture("http://news.example/a"))
    entry = json.loads(journal_path(ledger).read_text(encoding="utf-8"))
    entry["capture"]["ip"] = "93.184.216.34"
    journal_path(ledger).write_text(json.dumps(entry) + "\n", encoding="utf-8")

    assert journal_candidates(ledger, "same", SINCE, public_key_base64(key.public_key())) == []


def test_a_fifo_put_in_the_journal_s_place_is_removed_without_being_held_open(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The journal is held open while its name is removed, so that its blocks are freed off the run's path;
    # something else put in its place (a FIFO, a device) is no file of the run's: never held open, only its
    # name removed, as before.
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs here")
    ledger = tmp_path / "report.txt.ledger.jsonl"
    fifo = Path(f"{ledger}.journal")
    os.mkfifo(fifo)
    started: list[str] = []
    real_start = threading.Thread.start

    def start(thread: threading.Thread) -> None:
        started.append(thread.name)
        real_start(thread)

    monkeypatch.setattr(threading.Thread, "start", start)
    discard_journal(ledger)
    assert not fifo.exists()
    assert "journal freed" not in started
