"""Each WARC file is read once per verify, whatever path spells it and whichever records its lines name, and
each line is still told what a read of the file for that line alone would tell it."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.ledger import verify
from provenance.ledger.verify import Verification, verify_ledger
from provenance.models import Capture, Problem, WarcRecordRef
from provenance.warc import reader
from tests.ledger.builders import make_capture, write_run, write_warc
from tests.support.warcs import gzip_bomb_member

LINES = 40


def _spelled(number: int) -> str:
    return "archives/" + "../archives/" * number + "shared.warc.gz"


def _captures(tmp_path: Path, records: tuple[WarcRecordRef, ...]) -> list[Capture]:
    """Lines naming the one file, each by another path and most with other records: all, one, none, or one
    the file does not hold; and other `bytes`, which bound how far it is read."""
    base = make_capture(tmp_path, "archives/shared.warc.gz", records)
    forged = records[0].model_copy(update={"id": "<urn:uuid:not-in-the-file>"})
    listings = [records, records[:1], records[1:], (), (*records, forged)]
    return [
        base.model_copy(
            update={
                "warc": _spelled(number),
                "records": listings[number % len(listings)],
                "bytes": (0, base.bytes, 10**10)[number % 3],
                "warc_bytes": None if number % 2 else base.warc_bytes,
            }
        )
        for number in range(LINES)
    ]


def _said(verification: Verification, line: int) -> list[tuple[str, str, str | None, str | None]]:
    return [_what(problem) for problem in verification.problems if problem.line == line]


def _what(problem: Problem) -> tuple[str, str, str | None, str | None]:
    return problem.code, problem.message, problem.expected, problem.actual


def _count_reads(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    reads: list[object] = []
    hashing_reader = reader._HashingReader

    class CountedReader(hashing_reader):  # type: ignore[misc, valid-type]
        def __init__(self, *args: object, **kwargs: object) -> None:
            reads.append(args[0])
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(reader, "_HashingReader", CountedReader)
    # Counted here only if read here: with no other thread running (this file run alone), verify reads in
    # forked processes, whose reads this process never sees.
    monkeypatch.setattr(verify, "_can_read_in_processes", lambda: False)
    return reads


@pytest.mark.tampers_with_evidence
@pytest.mark.parametrize("bombed", [False, True], ids=["honest", "bomb"])
def test_a_warc_named_by_many_spellings_and_records_is_read_once_each_line_told_as_if_read_for_it(
    tmp_path: Path, report: Path, monkeypatch: pytest.MonkeyPatch, bombed: bool
) -> None:
    # A line naming records another line's read did not keep, or the file by another path
    # (`archives/../archives/x`), read it again: a gzip bomb named by a thousand such lines was read a
    # thousand times, a few tenths of a second each.
    (tmp_path / "archives").mkdir()
    shared = tmp_path / "archives" / "shared.warc.gz"
    records = write_warc(shared, gzip=True)
    if bombed:  # inflates past the bound of a line whose `bytes` is 0, not of one whose `bytes` is large
        shared.write_bytes(gzip_bomb_member(70 << 20) + shared.read_bytes())
    captures = _captures(tmp_path, records)
    ledger = tmp_path / "report.md.ledger.jsonl"
    write_run(ledger, report, [("verified", capture) for capture in captures])
    reads = _count_reads(monkeypatch)

    verification = verify_ledger(ledger)

    assert len(reads) == 1, f"the WARC was read {len(reads)} times"
    # The first 100 problems are listed: the lines before the last one listed are listed whole.
    last = max(problem.line or 0 for problem in verification.problems)
    assert last > LINES // 2
    for number, capture in enumerate(captures[: last - 2]):
        alone = tmp_path / f"alone{number}" / "report.md.ledger.jsonl"
        alone.parent.mkdir()
        (alone.parent / "archives").symlink_to(tmp_path / "archives")
        write_run(alone, report, [("verified", capture)])
        expected = [what for what in _said(verify_ledger(alone), 2) if what[0] != "report-changed"]
        assert _said(verification, number + 2) == expected, f"line {number + 2}"
    if bombed:
        codes = {problem.code for problem in verification.problems}
        assert "warc-malformed" in codes
        assert "record-unlisted" in codes
