"""Fixtures for the command tests: a working folder, and a report with a one-run ledger and its WARC."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ledger.builders import SOURCE_URL, LedgerFiles, make_capture, write_run, write_warc


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def ledger_files(workdir: Path) -> LedgerFiles:
    """`report.md`, its ledger (one run: footnote 1 captured into archives/capture.warc) and the WARC."""
    report = workdir / "report.md"
    report.write_text(f"A claim.[^1]\n\n[^1]: {SOURCE_URL}\n", encoding="utf-8")
    (workdir / "archives").mkdir()
    warc = workdir / "archives" / "capture.warc"
    records = write_warc(warc)
    ledger = workdir / "report.md.ledger.jsonl"
    write_run(ledger, report, [("verified", make_capture(workdir, "archives/capture.warc", records))])
    return LedgerFiles(folder=workdir, ledger=ledger, report=report, warc=warc, records=records)
