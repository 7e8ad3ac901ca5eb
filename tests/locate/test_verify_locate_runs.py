"""verify reads a locate run as a run: its body is locate lines, and lines of the other kind are named."""

from __future__ import annotations

from pathlib import Path

from provenance.hashing import sha256_file
from provenance.ledger.verify import verify_ledger
from provenance.ledger.writer import LedgerWriter
from provenance.models import (
    Citation,
    Counts,
    FootnoteLine,
    LocateLine,
    ReportFormat,
    ReportRef,
    RunLine,
    SummaryLine,
    ToolInfo,
)


def _locate_run(folder: Path, body: str) -> Path:
    report = folder / "sitrep.txt"
    report.write_text("[1] Telegram, January 21, 2022.\n", encoding="utf-8")
    ledger = folder / "sitrep.txt.ledger.jsonl"
    digest = sha256_file(report)
    with LedgerWriter(ledger, digest) as writer:
        writer.add(
            RunLine,
            command="locate",
            tool=ToolInfo(name="provenance", version="0.1.0"),
            report=ReportRef(path=report.name, sha256=digest, format=ReportFormat.TEXT),
            operator="tester",
            host="localhost",
            options={"window": 1},
        )
        if body == "locate":
            writer.add(
                LocateLine,
                label="1",
                platform=None,
                date=None,
                window=1,
                speakers=(),
                quotes=(),
                accounts=(),
                candidates=(),
                capture=None,
                notes=("the citing passage names nobody who posted",),
            )
        else:
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
        counts = Counts() if body == "locate" else Counts(unlocatable=1)
        writer.add(SummaryLine, counts=counts, total=1, seconds=0.1)
    return ledger


def test_a_locate_run_with_its_locate_lines_and_summary_is_intact(tmp_path: Path) -> None:
    result = verify_ledger(_locate_run(tmp_path, "locate"))

    assert result.intact and result.runs == 1


def test_a_footnote_line_inside_a_locate_run_is_named(tmp_path: Path) -> None:
    result = verify_ledger(_locate_run(tmp_path, "footnote"))

    assert [(p.code, p.line) for p in result.problems] == [("line-wrong-run", 2)]
