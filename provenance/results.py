"""What a check run produced, per footnote and per report: the data the output formats render."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from provenance.models import (
    Citation,
    Finding,
    Footnote,
    FootnoteStatus,
    Report,
)

if TYPE_CHECKING:
    from provenance.models import CaptureOutcome, CheckResult, Counts, MementoLookup, SourcePost


@dataclass(frozen=True)
class CitedFootnote:
    """A footnote with the citation read from it and every finding about it (reader, parser, schema)."""

    footnote: Footnote
    citation: Citation
    findings: tuple[Finding, ...]


@dataclass(frozen=True)
class FootnoteResult:
    """A footnote checked: its capture, its checks and its status."""

    cited: CitedFootnote
    outcome: CaptureOutcome | None
    checks: tuple[CheckResult, ...]
    status: FootnoteStatus
    source: SourcePost | None = None  # what the checks read: the live source or its archived copy
    archive: MementoLookup | None = None  # the TimeGate's answer, when one was asked

    @property
    def label(self) -> str:
        return self.cited.footnote.label


@dataclass(frozen=True)
class ReportResult:
    """A report checked: each footnote's result and its ledger's head after the run."""

    report: Report
    ledger: Path
    footnotes: tuple[FootnoteResult, ...]
    head: str
    seconds: float
    warnings: tuple[str, ...] = ()  # what went wrong short of a finding, e.g. a TSA that gave no timestamp
    # The check was stopped (Ctrl-C, SIGTERM) before this report's run was made: its ledger holds none of
    # these results (`head` is the ledger's head before the check), and the footnotes it had not checked
    # are `error` (`not_checked`).
    stopped: bool = False

    @property
    def counts(self) -> Counts:
        return count_statuses(self.footnotes)

    @property
    def all_verified(self) -> bool:
        return all(result.status == "verified" for result in self.footnotes)

    @property
    def notes_unread(self) -> bool:
        """The report cites (it has marker-like text) but no notes were read: never a pass by default."""
        return reads_no_notes(self.report)

    @property
    def notes_missing(self) -> bool:
        """A marker cites a note the report does not have: a claim whose source nobody can check."""
        return cites_missing_notes(self.report)

    @property
    def missing_note_findings(self) -> tuple[Finding, ...]:
        """The findings naming each marker whose note is missing, for formats that pin them to a line."""
        if not self.notes_missing:
            return ()
        return tuple(f for f in self.report.findings if f.code == "marker-without-footnote")

    def failing_findings(self, allow_empty: bool = False) -> tuple[Finding, ...]:
        """The report's own findings that keep `check` from passing, for the formats that list what failed
        (SARIF, JUnit, annotations): each marker whose note is missing, and, unless `--allow-empty`, the one
        finding that the report cites though no notes could be read."""
        if allow_empty or not self.notes_unread:
            return self.missing_note_findings
        return tuple(f for f in self.report.findings if f.code == "markers-without-notes")[:1]


class CheckStopped(BaseException):
    """A check stopped from outside (Ctrl-C, SIGTERM) once its ledgers were locked: what it had checked by
    then, every report in it (`results`), for the outputs asked for; `stop`, what stopped it, is raised
    again once they are written, so the run ends as that stop ends it (130, 143)."""

    def __init__(self, stop: BaseException, results: Sequence[ReportResult]) -> None:
        super().__init__(stop)
        self.stop = stop
        self.results = list(results)


NOT_CHECKED = "not checked: the check was stopped (Ctrl-C, SIGTERM) before this footnote was checked"
STOPPED_REPORT = (
    "the check was stopped before this report was finished: its ledger holds no run of it; each footnote "
    "not checked by then is `error`"
)


def not_checked(cited: CitedFootnote) -> FootnoteResult:
    """A footnote a stopped check never finished: `error`, and no check claims to have passed or failed."""
    from provenance.models import CheckResult  # see `provenance.run_models`

    skipped = CheckResult(name="captured", status="skip", detail=NOT_CHECKED)
    return FootnoteResult(cited=cited, outcome=None, checks=(skipped,), status="error")


@dataclass(frozen=True)
class LintResult:
    """One report's footnotes checked without the network (`check --lint`): no capture, no ledger."""

    report: Report
    footnotes: tuple[FootnoteResult, ...]

    @property
    def failed(self) -> tuple[FootnoteResult, ...]:
        """The footnotes a check fails for: no locator, a citation the schema refuses (an offline check)."""
        return tuple(r for r in self.footnotes if any(c.status == "fail" for c in r.checks))

    @property
    def notes_unread(self) -> bool:
        return reads_no_notes(self.report)

    @property
    def notes_missing(self) -> bool:
        return cites_missing_notes(self.report)


def reads_no_notes(report: Report) -> bool:
    """The report cites (it has marker-like text) but no notes were read: never a pass by default."""
    return any(finding.code == "markers-without-notes" for finding in report.findings)


def cites_missing_notes(report: Report) -> bool:
    """A marker in the body names a note the report does not have: never a pass. (When no notes were read
    at all, every marker has none: that is `reads_no_notes`, which `--allow-empty` may accept.)"""
    codes = {finding.code for finding in report.findings}
    return "marker-without-footnote" in codes and "markers-without-notes" not in codes


def count_statuses(results: Sequence[FootnoteResult]) -> Counts:
    from provenance.models import Counts

    tally: Counter[str] = Counter(result.status for result in results)
    return Counts(**{status: tally[status] for status in Counts.model_fields})
