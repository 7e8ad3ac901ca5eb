"""Ctrl-C while a run is being timestamped: the ledger is left exactly as it was, and still verifies.

A run's seals are asked for by the worker that captured its last footnote, after the captures, while the
run's lines wait in memory; Ctrl-C gives the captures 2 s to clean up. Stopped then, a ledger must not keep a
run without its seals, seals without their run, or half of either: a run and its seals are committed in
one atomic replacement of the ledger, or not at all. Each test runs a real process, a local TSA backed by
`openssl ts -reply` behind a relay that holds the query, and a real SIGINT.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import threading
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.cli import provenance_command, provenance_env, run_provenance
from tests.support.servers import FixtureRequestHandler, FixtureServer, Reply
from tests.support.tsa import LocalTSA

CITED = "A claim.[1]\n\n[1] News Desk, January 21, 2022, http://news.example/a\n"
ARTICLE = b"<html><head><title>A claim</title></head><body><p>A claim, reported.</p></body></html>"


class HeldTSA:
    """A TSA that holds each query until `release` is set (or the server stops), then answers it as the
    real local TSA does: the worker is caught in the middle of stamping for as long as a test needs."""

    def __init__(self, real: LocalTSA) -> None:
        self.real = real
        self.release = threading.Event()
        self.server = FixtureServer({"/tsa": self._answer})

    @property
    def url(self) -> str:
        return self.server.url("/tsa")

    def _answer(self, handler: FixtureRequestHandler) -> None:
        query = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
        self.release.wait(60)
        if handler.fixture.stopping.is_set():
            return
        asked = urllib.request.Request(
            self.real.url, data=query, headers={"Content-Type": "application/timestamp-query"}
        )
        with urllib.request.urlopen(asked, timeout=30) as answer:
            handler.reply(Reply(200, answer.read(), (("Content-Type", "application/timestamp-reply"),)))


@pytest.fixture
def held_tsa(local_tsa: LocalTSA) -> Iterator[HeldTSA]:
    held = HeldTSA(local_tsa)
    with held.server:
        yield held
        held.release.set()


@pytest.fixture(scope="module")
def checked_once(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[str]]]:
    """A report citing a page served for the whole module, checked once (the ledger holds one whole run):
    its folder, which each test copies, and the options that reach the server."""
    folder = tmp_path_factory.mktemp("checked-once")
    with FixtureServer({"/a": Reply(body=ARTICLE)}) as server:
        (folder / "report.txt").write_text(CITED, encoding="utf-8")
        network = ["--connect-to", f"news.example:80:127.0.0.1:{server.port}", "--max-age", "0"]
        first = run_provenance(["check", "report.txt", *network], folder)
        assert first.returncode in (0, 1) and "Traceback" not in first.stderr, first.stderr
        yield folder, network


@pytest.fixture
def desk(tmp_path: Path, checked_once: tuple[Path, list[str]]) -> tuple[Path, list[str]]:
    """A copy of the report checked once, with its ledger and archive (the ledger names them relative to its
    folder), in this test's own folder; the options that reach the server."""
    folder, network = checked_once
    shutil.copytree(folder, tmp_path / "desk")
    return tmp_path / "desk", network


@pytest.mark.parametrize(
    "answer", ["never", "within the grace period"], ids=["tsa-stalls", "tsa-answers-after-ctrl-c"]
)
def test_ctrl_c_while_a_run_is_timestamped_leaves_the_ledger_as_it_was(
    desk: tuple[Path, list[str]], local_tsa: LocalTSA, held_tsa: HeldTSA, answer: str
) -> None:
    folder, network = desk
    ledger = folder / "report.txt.ledger.jsonl"
    before = ledger.read_bytes()
    # The first TSA answers at once (its timestamp is a line of the run in memory); the second is held.
    command = provenance_command(
        "check",
        "report.txt",
        *network,
        "--tsa",
        local_tsa.url,
        "--tsa",
        held_tsa.url,
        "--allow-private",
        "--timeout",
        "30",
    )
    process = subprocess.Popen(
        command, cwd=folder, env=provenance_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        held_tsa.server.wait_for_in_flight(1, 60)
        assert held_tsa.server.max_in_flight == 1, "the run never asked the second TSA"
        process.send_signal(signal.SIGINT)
        if answer != "never":
            held_tsa.release.set()  # the stamp arrives while the captures' grace period runs
        _, err = process.communicate(timeout=60)
    finally:
        process.kill()
        process.wait()

    assert process.returncode == 130, err
    assert "Traceback" not in err
    assert ledger.read_bytes() == before, "no run, no seal, no part of either was appended"
    assert not (folder / "report.txt.ledger.jsonl.lock").exists()
    verified = run_provenance(["verify", "report.txt.ledger.jsonl"], folder)
    assert verified.returncode == 0, verified.stdout + verified.stderr


def test_a_run_that_is_not_interrupted_commits_with_both_seals(
    desk: tuple[Path, list[str]], local_tsa: LocalTSA, held_tsa: HeldTSA
) -> None:
    # The same run left alone: the held TSA answers, and the run and its two seals are appended as one.
    folder, network = desk
    held_tsa.release.set()
    done = run_provenance(
        ["check", "report.txt", *network, "--tsa", local_tsa.url, "--tsa", held_tsa.url, "--allow-private"],
        folder,
    )
    assert "Traceback" not in done.stderr and "no timestamp" not in done.stderr, done.stderr
    lines = (folder / "report.txt.ledger.jsonl").read_text(encoding="utf-8").splitlines()
    kinds = [json.loads(line)["kind"] for line in lines]
    assert kinds == ["run", "footnote", "summary"] * 2 + ["timestamp"] * 2
    trusted = ["--tsa-ca", str(local_tsa.ca_pem)]
    verified = run_provenance(["verify", "report.txt.ledger.jsonl", *trusted], folder)
    assert verified.returncode == 0, verified.stdout + verified.stderr
