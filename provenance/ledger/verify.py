"""Offline verification of a ledger: the chain, the run structure, every WARC it names, and the report.

Files are read at the edge (`verify_ledger`, `warc.reader.read_warc`, `_check_report`); the checks
themselves are pure functions of what was read. Damage is never raised: each finding becomes a `Problem`
naming line, file, and expected vs actual value.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import rfc8785

from provenance.errors import InputError, LedgerFormatError
from provenance.hashing import sha256_file
from provenance.ledger.chain import line_hash, parse_line
from provenance.models import (
    Capture,
    Counts,
    FootnoteLine,
    LedgerLine,
    LocateLine,
    Model,
    Problem,
    RunLine,
    SummaryLine,
)
from provenance.warc.evidence import check_capture, check_warc_itself
from provenance.warc.naming import path_from_ledger
from provenance.warc.reader import WarcContents, read_warc


class Verification(Model):
    ledger: str
    lines: int
    runs: int
    head: str | None
    warc_files: int
    records: int
    report_checked: bool
    problems: tuple[Problem, ...]
    anchor: str | None = None
    anchor_line: int | None = None  # the line whose hash is the anchor, when it was found

    @property
    def lines_after_anchor(self) -> int:
        """Lines no anchor vouches for: appended after it (a later run, or a forgery only a seal can tell)."""
        return self.lines - self.anchor_line if self.anchor_line is not None else 0

    @property
    def intact(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class _Line:
    number: int  # 1-based
    raw: bytes  # without the newline
    parsed: LedgerLine | None  # None when the line does not parse
    hash: str = field(init=False)

    def __post_init__(self) -> None:
        # Hashed once here; the chain, the head and the anchor all compare against it.
        object.__setattr__(self, "hash", line_hash(self.raw))


def verify_ledger(
    ledger_path: Path, report_path: Path | None = None, anchor: str | None = None
) -> Verification:
    """Check a ledger offline. Raises `InputError` only when the ledger file itself cannot be read.

    `anchor` is a head recorded elsewhere (a CI log, a message, a signed note): the ledger must still hold the
    line it is the hash of, or lines were removed or rewritten even if the chain itself is whole.
    """
    data = _read_ledger(ledger_path)
    file = str(ledger_path)
    raw_lines, problems = _split_lines(data, file)
    parsed = [_parse(number, raw, file) for number, raw in enumerate(raw_lines, start=1)]
    lines = [line for line, _ in parsed]
    problems += [problem for _, problem in parsed if problem is not None]
    problems += _check_chain(lines, file)
    problems += _check_structure(lines, file)
    warcs = _read_warcs(lines, ledger_path.parent)
    problems += _check_captures(lines, warcs, ledger_path.parent)
    report_checked, report_problems = _check_report(lines, ledger_path.parent, report_path)
    problems += report_problems
    anchor_line = _find_anchor(lines, anchor)
    if anchor is not None and anchor_line is None:
        problems.append(
            Problem.at(
                None,
                file,
                "anchor-missing",
                f"no line of the ledger has the anchored head {anchor}: lines were removed or rewritten",
            )
        )
    return Verification(
        ledger=file,
        lines=len(lines),
        runs=sum(isinstance(line.parsed, RunLine) for line in lines),
        head=lines[-1].hash if lines else None,
        warc_files=sum(contents is not None for contents in warcs.values()),
        records=sum(len(contents.records) for contents in warcs.values() if contents is not None),
        report_checked=report_checked,
        problems=tuple(sorted(problems, key=_in_file_order)),
        anchor=anchor,
        anchor_line=anchor_line,
    )


def _find_anchor(lines: Sequence[_Line], anchor: str | None) -> int | None:
    if anchor is None:
        return None
    wanted = anchor.strip().lower()
    return next((line.number for line in lines if line.hash == wanted), None)


def _read_ledger(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read ledger {path}: {error.strerror}") from None


def _in_file_order(problem: Problem) -> int:
    return problem.line if problem.line is not None else 1 << 62


# --- the lines --------------------------------------------------------------------------------------------


def _split_lines(data: bytes, file: str) -> tuple[list[bytes], list[Problem]]:
    if not data:
        return [], [Problem.at(None, file, "empty-ledger", "the ledger has no lines")]
    raw_lines = data.split(b"\n")
    if raw_lines[-1] == b"":
        return raw_lines[:-1], []
    cut = Problem.at(
        len(raw_lines),
        file,
        "missing-final-newline",
        "the last line does not end with a newline (cut short?)",
    )
    return raw_lines, [cut]


def _parse(number: int, raw: bytes, file: str) -> tuple[_Line, Problem | None]:
    try:
        parsed = parse_line(raw)
    except LedgerFormatError as error:
        return _Line(number, raw, None), Problem.at(number, file, "unparseable-line", str(error))
    if not _is_canonical(raw):
        return _Line(number, raw, parsed), Problem.at(
            number, file, "not-canonical", "the line is not RFC 8785 JSON"
        )
    return _Line(number, raw, parsed), None


def _is_canonical(raw: bytes) -> bool:
    try:
        canonical: bytes = rfc8785.dumps(json.loads(raw))
    except (ValueError, rfc8785.CanonicalizationError):
        return False
    return canonical == raw


def _check_chain(lines: Sequence[_Line], file: str) -> Iterator[Problem]:
    first_run = next((line.parsed for line in lines if isinstance(line.parsed, RunLine)), None)
    expected_prev = first_run.report.sha256 if first_run else None
    expected_seq = 0
    for line in lines:
        if line.parsed is not None:
            if line.parsed.seq != expected_seq:
                yield Problem.mismatch(
                    line.number, file, "seq-out-of-order", "seq", expected_seq, line.parsed.seq
                )
            if expected_prev is not None and line.parsed.prev != expected_prev:
                what = "prev (the report's sha256)" if line.number == 1 else "prev (hash of the line before)"
                yield Problem.mismatch(
                    line.number, file, "prev-mismatch", what, expected_prev, line.parsed.prev
                )
            expected_seq = line.parsed.seq + 1
        else:
            expected_seq += 1
        expected_prev = line.hash


def _check_structure(lines: Sequence[_Line], file: str) -> Iterator[Problem]:
    """Each run: one `run` line, its body lines, then one `summary` that counts them.

    A `check` run's body is `footnote` lines, a `locate` run's is `locate` lines (they carry no status, so
    a locate run's summary counts none and totals the footnotes searched).
    """
    run: RunLine | None = None
    run_start: int | None = None
    body: list[FootnoteLine | LocateLine] = []
    for line in lines:
        parsed = line.parsed
        if isinstance(parsed, RunLine):
            if run_start is not None:
                yield _unclosed_run(run_start, file)
            run, run_start, body = parsed, line.number, []
        elif isinstance(parsed, FootnoteLine | LocateLine | SummaryLine) and run_start is None:
            yield Problem.at(
                line.number, file, "line-outside-run", f"a {parsed.kind!r} line stands outside a run"
            )
        elif isinstance(parsed, FootnoteLine | LocateLine):
            body.append(parsed)
            expected = "footnote" if run is None or run.command == "check" else "locate"
            if parsed.kind != expected:
                yield Problem.at(
                    line.number,
                    file,
                    "line-wrong-run",
                    f"a {parsed.kind!r} line stands inside a {run.command if run else 'check'!r} run",
                )
        elif isinstance(parsed, SummaryLine):
            yield from _check_summary(line.number, parsed, body, file)
            run_start = None
        elif parsed is not None and run_start is not None:
            # Seal lines (signature, timestamp) seal a finished run's head, so they belong between runs.
            yield Problem.at(
                line.number, file, "line-inside-run", f"a {parsed.kind!r} line stands inside a run"
            )
    if run_start is not None:
        yield _unclosed_run(run_start, file)


def _unclosed_run(line: int, file: str) -> Problem:
    return Problem.at(line, file, "run-not-closed", "this run has no summary line after its footnotes")


def _check_summary(
    number: int, summary: SummaryLine, footnotes: Sequence[FootnoteLine | LocateLine], file: str
) -> Iterator[Problem]:
    statuses = [footnote.status for footnote in footnotes if isinstance(footnote, FootnoteLine)]
    counted = Counts.model_validate(Counter(statuses))
    if summary.counts != counted:
        yield Problem.mismatch(
            number,
            file,
            "summary-mismatch",
            "counts",
            counted.model_dump_json(),
            summary.counts.model_dump_json(),
        )
    if summary.total != len(footnotes):
        yield Problem.mismatch(number, file, "summary-mismatch", "total", len(footnotes), summary.total)


# --- the WARC files ---------------------------------------------------------------------------------------


def _captures(lines: Sequence[_Line]) -> Iterator[tuple[int, Capture]]:
    for line in lines:
        if isinstance(line.parsed, FootnoteLine | LocateLine) and line.parsed.capture is not None:
            yield line.number, line.parsed.capture


def _read_warcs(lines: Sequence[_Line], folder: Path) -> dict[str, WarcContents | None]:
    """Every WARC the ledger names, read once each; None for a file that is missing or unreadable.

    An absolute path breaks the ledger's contract (paths are relative to its folder) and is not read at all.
    """
    names = dict.fromkeys(c.warc for _, c in _captures(lines) if not Path(c.warc).is_absolute())
    return {warc: read_warc(path_from_ledger(warc, folder)) for warc in names}


def _check_captures(
    lines: Sequence[_Line], warcs: dict[str, WarcContents | None], folder: Path
) -> Iterator[Problem]:
    checked_files: set[str] = set()
    for number, capture in _captures(lines):
        file = str(path_from_ledger(capture.warc, folder))
        if Path(capture.warc).is_absolute():
            yield Problem.at(
                number, file, "warc-path-absolute", "the WARC path is absolute, not relative to the ledger"
            )
            continue
        contents = warcs[capture.warc]
        if contents is None:
            yield Problem.at(
                number, file, "warc-missing", "the WARC file is missing, unreadable or not a regular file"
            )
            continue
        if file not in checked_files:
            checked_files.add(file)
            yield from check_warc_itself(number, file, contents)
        yield from check_capture(number, file, capture, contents)


# --- the report -------------------------------------------------------------------------------------------


def _check_report(
    lines: Sequence[_Line], folder: Path, report_path: Path | None
) -> tuple[bool, list[Problem]]:
    """Compare the report (the given one, else the last run's path if it exists) with the last run's hash."""
    runs = [(line.number, line.parsed) for line in lines if isinstance(line.parsed, RunLine)]
    if not runs:
        return False, []
    number, last_run = runs[-1]
    path = report_path if report_path is not None else folder / last_run.report.path
    if report_path is None and not path.is_file():
        return False, []
    try:
        actual = sha256_file(path)
    except OSError as error:
        if report_path is not None:
            raise InputError(f"cannot read report {path}: {error.strerror}") from None
        return False, [Problem.at(number, str(path), "report-unreadable", str(error.strerror))]
    if actual == last_run.report.sha256:
        return True, []
    what = "the report's sha256 recorded by the last run"
    return True, [Problem.mismatch(number, str(path), "report-changed", what, last_run.report.sha256, actual)]
