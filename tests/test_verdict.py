"""verify's per-footnote account: a problem counts against the footnote line it names, whenever found."""

from __future__ import annotations

import json
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

import pytest

from provenance.hashing import sha256_hex
from provenance.ledger.canonical import canonical_json
from provenance.ledger.verify import verify_ledger
from provenance.models import LedgerLine, ReportFormat, ReportRef, RunLine, ToolInfo
from provenance.outputs.verification import render_verification_text
from provenance.verdict import EvidenceTracker
from tests.ledger.builders import make_capture, write_run, write_warc

pytestmark = pytest.mark.tampers_with_evidence


@pytest.fixture
def two_runs(tmp_path: Path) -> Path:
    """Two runs of a report whose first footnote was captured, the second not: 8 lines."""
    report = tmp_path / "report.md"
    report.write_text("A claim.[^1] Another.[^2]\n\n[^1]: https://example.org/post/1\n[^2]: An interview.\n")
    (tmp_path / "archives").mkdir()
    records = write_warc(tmp_path / "archives" / "capture.warc")
    ledger = tmp_path / "report.md.ledger.jsonl"
    for _ in range(2):
        capture = make_capture(tmp_path, "archives/capture.warc", records)
        write_run(ledger, report, [("verified", capture), ("unlocatable", None)])
    return ledger


def _change_line(ledger: Path, number: int, old: bytes, new: bytes) -> None:
    lines = ledger.read_bytes().splitlines()
    assert old in lines[number - 1]
    lines[number - 1] = lines[number - 1].replace(old, new)
    ledger.write_bytes(b"".join(line + b"\n" for line in lines))


def test_an_intact_ledger_lists_the_last_runs_footnotes_and_counts_every_run(two_runs: Path) -> None:
    result = verify_ledger(two_runs)
    assert result.intact
    assert [(f.line, f.label, f.evidence) for f in result.footnotes] == [(6, "1", "intact"), (7, "2", "none")]
    assert [(r.line, r.footnotes, r.damaged) for r in result.run_evidence] == [(1, 2, 0), (5, 2, 0)]


def test_a_footnote_line_changed_in_an_earlier_run_counts_against_that_run(two_runs: Path) -> None:
    # The chain check finds it one line later, as the next line's prev; it is named as line 2 all the same.
    _change_line(two_runs, 2, b'"line":3,', b'"line":9,')  # the note's line in the report
    result = verify_ledger(two_runs)
    assert not result.intact and 2 in {p.line for p in result.problems}
    # Line 3's prev no longer matches too, but line 3 itself is as recorded: one footnote is damaged, not two.
    assert [(r.line, r.damaged) for r in result.run_evidence] == [(1, 1), (5, 0)]
    assert all(f.evidence != "damaged" for f in result.footnotes)


def test_a_damaged_warc_marks_each_footnote_that_names_it(two_runs: Path) -> None:
    warc = two_runs.parent / "archives" / "capture.warc"
    warc.write_bytes(warc.read_bytes().replace(b"the cited evidence", b"the cited evidencE"))
    result = verify_ledger(two_runs)
    assert [(f.label, f.evidence) for f in result.footnotes] == [("1", "damaged"), ("2", "none")]
    assert result.footnotes[0].problems  # what is wrong, said where the footnote is listed
    assert [(r.line, r.damaged) for r in result.run_evidence] == [(1, 1), (5, 1)]


def test_a_problem_with_a_summary_line_is_not_counted_as_a_footnote(two_runs: Path) -> None:
    _change_line(two_runs, 4, b'"seconds":1.5', b'"seconds":2.5')
    result = verify_ledger(two_runs)
    assert not result.intact
    assert [(r.line, r.damaged) for r in result.run_evidence] == [(1, 0), (5, 0)]


def test_a_footnote_line_after_the_runs_summary_counts_as_damaged_in_its_run(two_runs: Path) -> None:
    """A run is never "evidence intact" while one of the footnotes listed under it is EVIDENCE DAMAGED."""
    lines = two_runs.read_bytes().splitlines()
    stray = json.loads(lines[5])  # a footnote of the last run, appended again after its summary
    stray.update(seq=len(lines), prev=sha256_hex(lines[-1]), label="3")
    two_runs.write_bytes(two_runs.read_bytes() + canonical_json(stray) + b"\n")
    result = verify_ledger(two_runs)
    assert {(p.line, p.message) for p in result.problems} == {(9, "a 'footnote' line stands outside a run")}
    assert [(f.line, f.evidence) for f in result.footnotes] == [(6, "intact"), (7, "none"), (9, "damaged")]
    assert [(r.line, r.footnotes, r.damaged) for r in result.run_evidence] == [(1, 2, 0), (5, 3, 1)]


def test_a_last_run_of_more_footnote_lines_than_a_report_holds_is_counted_not_held(
    two_runs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A forged run of two million footnote lines held a model each (3 GB); beyond what a report can hold
    # they are checked and counted, and a damaged one past the list still counts against its run.
    monkeypatch.setattr("provenance.verdict.LAST_RUN_LISTED", 1)
    monkeypatch.setattr("provenance.ledger.verify.LAST_RUN_LISTED", 1)
    intact = verify_ledger(two_runs)
    assert intact.intact
    assert [(f.line, f.label) for f in intact.footnotes] == [(6, "1")]
    assert any("1 footnote lines beyond the 1 a report can have notes" in w for w in intact.warnings)
    assert [(r.line, r.footnotes) for r in intact.run_evidence] == [(1, 2), (5, 2)]
    _change_line(two_runs, 7, b'"label":"2"', b'"label":"9"')  # the unlisted line, rewritten
    damaged = verify_ledger(two_runs)
    assert not damaged.intact and 7 in {p.line for p in damaged.problems}
    assert [(r.line, r.damaged) for r in damaged.run_evidence][-1] == (5, 1)


@pytest.fixture
def many_runs(tmp_path: Path) -> Path:
    """Seven runs of one footnote, captured into the one WARC: 21 lines, the runs at lines 1, 4, 7, …"""
    report = tmp_path / "report.md"
    report.write_text("A claim.[^1] Another.[^2]\n\n[^1]: https://example.org/post/1\n[^2]: An interview.\n")
    (tmp_path / "archives").mkdir()
    records = write_warc(tmp_path / "archives" / "capture.warc")
    ledger = tmp_path / "report.md.ledger.jsonl"
    for _ in range(7):
        write_run(ledger, report, [("verified", make_capture(tmp_path, "archives/capture.warc", records))])
    return ledger


def _listing(monkeypatch: pytest.MonkeyPatch, first: int, last: int) -> None:
    monkeypatch.setattr("provenance.verdict.RUNS_LISTED_FIRST", first)
    monkeypatch.setattr("provenance.verdict.RUNS_LISTED_LAST", last)


def test_a_ledger_of_more_runs_than_are_listed_lists_the_first_and_last_and_counts_those_between(
    many_runs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A forged ledger of a million run lines made a model for each (its operator and options' text with
    # it), then printed a line for each. The ones between the first and the last are counted.
    _listing(monkeypatch, first=2, last=3)
    result = verify_ledger(many_runs)
    assert result.intact and result.runs == 7
    assert [r.line for r in result.run_evidence] == [1, 4, 13, 16, 19]
    between = result.runs_not_listed
    assert between is not None
    assert (between.first_line, between.last_line, between.runs, between.footnotes, between.damaged) == (
        7,
        10,
        2,
        2,
        0,
    )
    text = render_verification_text(result)
    assert "… 2 more runs (run lines 7 to 10), not listed: 2 footnotes, evidence intact (only the" in text
    shown = [
        line.split(" (")[0] for line in text.splitlines() if " run at line " in line or "more runs" in line
    ]
    assert shown == [
        "check run at line 1",
        "check run at line 4",
        "… 2 more runs",
        "check run at line 13",
        "check run at line 16",
        "check run at line 19",
    ]


def test_a_damaged_footnote_of_a_run_not_listed_is_counted_with_the_runs_not_listed(
    many_runs: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _listing(monkeypatch, first=1, last=2)
    _change_line(many_runs, 8, b'"label":"1"', b'"label":"7"')  # run 3's footnote, rewritten
    result = verify_ledger(many_runs)
    assert not result.intact and 8 in {p.line for p in result.problems}
    assert result.runs_not_listed is not None and result.runs_not_listed.damaged == 1
    assert all(run.damaged == 0 for run in result.run_evidence)
    assert "4 more runs (run lines 4 to 13), not listed: 4 footnotes, 1 with damaged evidence" in (
        render_verification_text(result)
    )


def test_the_runs_kept_for_the_verdict_stay_bounded_however_many_run_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Measured on `verify` of a forged ledger of 20,000 bare run lines: 20 MB of RunEvidence models (1 KB
    # each, and each run line's operator and options' text beside), 1 GB for a million; now the first
    # RUNS_LISTED_FIRST and last RUNS_LISTED_LAST runs, whatever the number of run lines.
    _listing(monkeypatch, first=10, last=100)
    run = RunLine(
        seq=0,
        at="2024-01-01T00:00:00Z",
        prev="0" * 64,
        tool=ToolInfo(name="provenance", version="1"),
        report=ReportRef(path="r.md", sha256="0" * 64, format=ReportFormat.MARKDOWN),
        operator="o" * 5_000,  # each run's own text: kept (in part) only for the runs listed
        host="h",
        options={},
    )
    tracker = EvidenceTracker()

    def peak_after(runs: int) -> int:
        tracemalloc.start()
        for number in range(1, runs + 1):
            tracker.see(_Seen(number, run.model_copy(update={"operator": f"{number}" + run.operator})))
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        return peak

    peak_after(200)  # the listed runs filled
    assert peak_after(20_000) < 2_000_000
    assert len(tracker.runs) == 110
    between = tracker.runs_not_listed
    assert between is not None and between.runs == 20_200 - 110


@dataclass(frozen=True)
class _Seen:
    number: int
    parsed: LedgerLine | None
