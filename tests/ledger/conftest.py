"""Fixtures: a report and a one-run ledger beside it, ready to be tampered with."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.ledger.builders import SOURCE_URL, LedgerFiles, make_capture, write_run, write_warc


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "report.md"
    path.write_text(
        f"A claim.[^1] Another.[^2]\n\n[^1]: {SOURCE_URL}\n[^2]: An interview.\n", encoding="utf-8"
    )
    return path


@pytest.fixture
def ledger_files(tmp_path: Path, report: Path) -> LedgerFiles:
    """One run: footnote 1 captured into `capture.warc`, footnote 2 unlocatable; four lines in all."""
    (tmp_path / "archives").mkdir()
    warc = tmp_path / "archives" / "capture.warc"
    records = write_warc(warc)
    ledger = tmp_path / "report.md.ledger.jsonl"
    capture = make_capture(tmp_path, "archives/capture.warc", records)
    write_run(ledger, report, [("verified", capture), ("unlocatable", None)])
    return LedgerFiles(folder=tmp_path, ledger=ledger, report=report, warc=warc, records=records)
