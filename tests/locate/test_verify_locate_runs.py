"""verify reads a locate run as a run: its body is locate lines, and lines of the other kind are named."""

from __future__ import annotations

from pathlib import Path

from provenance.hashing import sha256_file
from provenance.ledger.verify import verify_ledger
from provenance.ledger.writer import LedgerWriter
from provenance.models import Citation, Counts, FootnoteLine, SummaryLine
from provenance.outputs.verification import render_verification_text
from tests.ledger.builders import add_run_line, write_locate_run


def _locate_run(folder: Path, body: str) -> Path:
    report = folder / "sitrep.txt"
    report.write_text("[1] Telegram, January 21, 2022.\n", encoding="utf-8")
    ledger = folder / "sitrep.txt.ledger.jsonl"
    if body == "locate":
        write_locate_run(ledger, report, capture=None)
        return ledger
    digest = sha256_file(report)
    with LedgerWriter(ledger, digest) as writer:
        add_run_line(writer, report, digest, command="locate")
        writer.add(
            FootnoteLine,
            label="1",
            text="x",
            line=1,
            contexts=(),
            citation=Citation(),
            findings=(),
            capture=None,
            checks=(),
            status="unlocatable",
        )
        writer.add(SummaryLine, counts=Counts(unlocatable=1), total=1, seconds=0.1)
    return ledger


def test_a_locate_run_with_its_locate_lines_and_summary_is_intact(tmp_path: Path) -> None:
    result = verify_ledger(_locate_run(tmp_path, "locate"))

    assert result.intact and result.runs == 1


def test_verify_counts_a_locate_runs_searches_not_its_missing_footnote_lines(tmp_path: Path) -> None:
    text = render_verification_text(verify_ledger(_locate_run(tmp_path, "locate")))

    assert "intact (3 lines, 1 run, 0 WARC files, 0 records" in text
    assert ": 1 footnote searched, evidence intact" in text


def test_a_footnote_line_inside_a_locate_run_is_named(tmp_path: Path) -> None:
    result = verify_ledger(_locate_run(tmp_path, "footnote"))

    assert [(p.code, p.line) for p in result.problems] == [("line-wrong-run", 2)]
