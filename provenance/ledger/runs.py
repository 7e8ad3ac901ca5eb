"""A ledger read back as runs, for views of it (`provenance show`, `check --html`).

Lines that do not parse are left out here: `verify` is the one that names them, and a view built from a
damaged ledger says so beside what it shows.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, TypeAlias

from provenance import models  # its run models (ledger lines) are made on first use: `run_models`
from provenance.errors import InputError, LedgerFormatError
from provenance.files import open_regular_file
from provenance.ledger.chain import parse_line
from provenance.ledger.lines import MAX_LINE_BYTES, RawLine, chained_sha256, line_content, read_lines

if TYPE_CHECKING:
    from provenance.models import (
        FootnoteLine,
        LocateLine,
        RunLine,
        SignatureLine,
        SummaryLine,
        TimestampLine,
        VerifyLine,
    )

# Lines that stand between runs and speak about the head before them: seals and recorded verifications.
AfterRunLine: TypeAlias = "SignatureLine | TimestampLine | VerifyLine"


@dataclass(frozen=True, repr=False, eq=False)
class RecordedRun:
    """One run as its ledger lines hold it: a `check` run (footnote lines) or a `locate` run (locate ones)."""

    run: RunLine
    footnotes: tuple[FootnoteLine, ...]
    summary: SummaryLine | None  # None when the run was never closed (a damaged ledger)
    head: str  # hash of the run's last line: what a seal or an anchor of this run names
    after: tuple[AfterRunLine, ...] = ()  # seals and verify records that follow the run, before the next
    locates: tuple[LocateLine, ...] = ()

    @property
    def is_locate(self) -> bool:
        return self.run.command == "locate"


@dataclass(frozen=True, repr=False, eq=False)
class LedgerHistory:
    """Every run a ledger holds, its head and its number of lines."""

    runs: tuple[RecordedRun, ...]
    head: str | None  # hash of the ledger's last line
    lines: int


def read_history(path: Path) -> LedgerHistory:
    """Every run in the ledger at `path`, oldest first. Raises `InputError` when the file cannot be read.

    The ledger is streamed as `verify` reads it: a line longer than `MAX_LINE_BYTES` is hashed, not held or
    parsed, so a forged ledger of one endless line costs no more memory than that bound."""
    try:
        with open_regular_file(path) as stream:
            return _history(read_lines(stream, MAX_LINE_BYTES))
    except FileNotFoundError:
        raise InputError(f"{path}: no such ledger") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read the ledger ({error.strerror or error})") from None


def _history(raw_lines: Iterable[RawLine]) -> LedgerHistory:
    runs: list[RecordedRun] = []
    # The seals and verify records after each closed run, gathered here and joined to their run once at the
    # end: adding each to the run's tuple as it came copied the tuple, quadratic in a ledger of many seals.
    afters: list[list[AfterRunLine]] = []
    current: RunLine | None = None
    footnotes: list[FootnoteLine] = []
    locates: list[LocateLine] = []
    current_head = ""  # hash of the open run's last line so far
    head: str | None = None
    count = 0

    def close(summary: SummaryLine | None) -> None:
        if current is not None:
            runs.append(RecordedRun(current, tuple(footnotes), summary, current_head, locates=tuple(locates)))
            afters.append([])

    for raw in raw_lines:
        # Read and hashed as `verify` reads and the seals name them: without an editor's byte order mark
        # (it dropped the first run) or git's carriage returns (the heads shown matched no seal).
        data = line_content(raw)
        count, head = raw.number, chained_sha256(raw, data)
        if data is None:
            continue  # too long to be a line `check` wrote: `verify` names it
        try:
            line = parse_line(data)
        except LedgerFormatError:
            continue
        if isinstance(line, models.RunLine):
            close(None)
            current, footnotes, locates = line, [], []
        elif isinstance(line, models.FootnoteLine) and current is not None:
            footnotes.append(line)
        elif isinstance(line, models.LocateLine) and current is not None:
            locates.append(line)
        elif isinstance(line, models.SummaryLine) and current is not None:
            current_head = head
            close(line)
            current = None
            continue
        elif isinstance(line, models.SignatureLine | models.TimestampLine | models.VerifyLine):
            if runs and current is None:
                afters[-1].append(line)
            continue
        else:
            continue
        current_head = head
    close(None)
    joined = tuple(
        replace(run, after=tuple(after)) if after else run for run, after in zip(runs, afters, strict=True)
    )
    return LedgerHistory(joined, head, count)


# What every run line holds (canonical JSON has no spaces): a line without it is not parsed.
_RUN_KIND = b'"kind":"run"'
# Far above a run line (its options, versions and findings); a longer line is not parsed: a forged one of
# tens of megabytes of tiny values would make millions of objects.
_MAX_RUN_LINE = 1 << 20
_MOST_REPORTS = 1_000  # reports a ledger's runs name, kept (a real ledger names one, or a few renamed)


def last_run_report(path: Path) -> str | None:
    """The report the ledger's last run checked, as its run line names it (relative to the ledger's folder);
    None when there is no such ledger, no run in it, or a file that cannot be read (the writer names that
    problem)."""
    reports = run_reports(path)
    return reports[-1] if reports else None


def run_reports(path: Path) -> list[str]:
    """The reports the ledger's runs checked, each once, in the order of their last runs (the last run's
    last), as the run lines name them (relative to the ledger's folder); none when there is no such ledger or
    a file that cannot be read. One pass over the lines; only a line holding `"kind":"run"` is parsed, and a
    forged ledger naming more than `_MOST_REPORTS` reports keeps the last ones."""
    found: dict[str, None] = {}
    try:
        with open_regular_file(path) as stream:
            for line in read_lines(stream, _MAX_RUN_LINE):  # a longer line is skipped, never held whole
                data = line_content(line)
                report = _run_report(data) if data is not None and _RUN_KIND in data else None
                if report is not None:
                    found.pop(report, None)
                    found[report] = None
                    if len(found) > _MOST_REPORTS:
                        del found[next(iter(found))]
    except OSError:
        return []
    return list(found)


def _run_report(data: bytes) -> str | None:
    try:
        value = json.loads(data)
    except (ValueError, RecursionError):
        return None
    if not isinstance(value, dict) or value.get("kind") != "run":
        return None
    report = value.get("report")
    path = report.get("path") if isinstance(report, dict) else None
    return path if isinstance(path, str) and path else None


_MOST_FOLDERS = 16  # folders kept: real ledgers name one or two


@functools.cache
def _warc_value() -> re.Pattern[bytes]:
    """A capture's WARC as a footnote or locate line names it (canonical JSON: no space, a quote in a value
    escaped, so this is a key, never text). Linear: the two alternatives of a character cannot overlap."""
    return re.compile(rb'"warc":"((?:[^"\\]|\\.)*)"')


def evidence_folders(path: Path) -> list[str]:
    """The folders holding the WARC files the ledger's lines name, each once, as the lines name them
    (relative to the ledger's folder; the first `_MOST_FOLDERS`); none when the ledger cannot be read. One
    pass; no line is parsed, only its `"warc"` values read."""
    found: dict[str, None] = {}
    try:
        with open_regular_file(path) as stream:
            for line in read_lines(stream, MAX_LINE_BYTES):
                if line.data is None or b'"warc":"' not in line.data:
                    continue
                for match in _warc_value().finditer(line.data):
                    try:
                        warc = json.loads(b'"' + match.group(1) + b'"')
                    except ValueError:
                        continue
                    if isinstance(warc, str) and warc:
                        found.setdefault(str(PurePath(warc).parent), None)
                        if len(found) >= _MOST_FOLDERS:
                            return list(found)
    except OSError:
        return []
    return list(found)
