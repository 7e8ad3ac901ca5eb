"""verify's per-footnote account: a problem counts against the footnote line it names, whenever found."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance.hashing import sha256_hex
from provenance.ledger.canonical import canonical_json
from provenance.ledger.verify import verify_ledger
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
