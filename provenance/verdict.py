"""What `verify` concludes for a reader: per footnote, is its evidence intact; per run, how many are not.

Problems come from every check, named by ledger line; a footnote's evidence is intact when no problem names
its line (its own bytes, its WARC file and records). The last run is listed footnote by footnote (it is the
report as it stands); earlier runs are counted, so memory stays flat on a ledger of many runs.
"""

from __future__ import annotations

import bisect
from collections import deque
from dataclasses import dataclass
from typing import Literal, Protocol

from provenance.models import (
    CONTENT_CHECKS,
    CheckResult,
    FootnoteLine,
    LedgerLine,
    LocateLine,
    Model,
    PrintableText,
    Problem,
    RunLine,
    SummaryLine,
)
from provenance.reach import route_notes

EvidenceState = Literal["intact", "damaged", "none"]


# Checks a verified footnote passed (`checks.footnote_status`'s required ones; `captured`, which needs a
# capture beside it, is `verified_of_nothing_captured`'s): a locator that warns is a URL nobody confirmed.
_PASSED_WHEN_VERIFIED = frozenset(("locator", "schema"))


def contradicting_checks(footnote: FootnoteLine) -> tuple[CheckResult, ...]:
    """The checks a footnote line records that contradict the `verified` it records (DESIGN.md section 3: a
    verified footnote has no check that fails, no content check that warns, and its locator and schema
    checks passed); none for another status. A line so recorded was edited, or written by a faulty tool:
    its chain may still hold."""
    if footnote.status != "verified":
        return ()
    return tuple(
        check
        for check in footnote.checks
        if check.status == "fail"
        or (check.status == "warn" and check.name in CONTENT_CHECKS)
        or (check.status != "pass" and check.name in _PASSED_WHEN_VERIFIED)
    )


def verified_of_nothing_captured(footnote: FootnoteLine) -> bool:
    """Whether a footnote line records `verified` without a capture and a `captured` check that passed: a
    verified footnote was captured (DESIGN.md section 3), so such a line was edited or written by a faulty
    tool."""
    if footnote.status != "verified":
        return False
    captured = any(check.name == "captured" and check.status == "pass" for check in footnote.checks)
    return footnote.capture is None or not captured


_PROBLEMS_KEPT = 3  # per footnote, for the listing; verify lists them all
_RECENT = 16
# The last run's footnote lines listed, each with its evidence: as many as a report can have notes
# (`readers.assembly.MAX_FOOTNOTES`); a forged ledger's run of millions more is counted, not held (each
# listed line costs a model: a 2-million-line run held 3 GB).
LAST_RUN_LISTED = 20_000
# Problems with a line's link to the one before, not with the line: when line N changed, line N+1's `prev`
# no longer matches, though line N+1 and its evidence are as recorded. The verdict still counts them.
LINK_PROBLEMS = frozenset({"prev-mismatch", "seq-out-of-order", "prev-names-an-earlier-line"})


class FootnoteEvidence(Model):
    """One footnote of the last run: its ledger status, and whether what backs it is still as recorded."""

    line: int
    label: PrintableText  # (these come from the ledger: escaped as verify prints them, in JSON too)
    status: PrintableText  # as the run recorded it: verified, failed, unconfirmed, ...
    url: PrintableText | None
    warc: PrintableText | None
    evidence: EvidenceState  # none: nothing was captured for it
    problems: tuple[PrintableText, ...] = ()  # the first few, as one-line messages


class RunEvidence(Model):
    line: int
    command: PrintableText
    started_at: PrintableText | None
    operator: PrintableText
    footnotes: int  # footnote lines (a check run) or locate lines (a locate run): its body
    damaged: int  # footnote lines some problem names
    # How its requests left the usual route (--connect-to, --proxy, --ca-bundle), as its options record it:
    # an address that "captured from" names may be one the operator chose.
    routes: tuple[PrintableText, ...] = ()


class RunsNotListed(Model):
    """The runs between the first `RUNS_LISTED_FIRST` and the last `RUNS_LISTED_LAST`, counted, not listed."""

    first_line: int  # the first one's run line
    last_line: int  # the last one's
    runs: int
    footnotes: int  # their body lines, as `RunEvidence.footnotes` counts them
    check_footnotes: int  # of those, the footnote lines of `check` runs
    damaged: int  # their footnote lines some problem names


# Runs listed one by one: the first few (how the ledger began) and the last ones (the report as it stands,
# and every run a real ledger has: one per `check`, so years of CI). A forged ledger of a million run lines
# made a model each, with its operator and options' text: memory in proportion, then a million lines of
# output. The runs between are counted (`RunsNotListed`).
RUNS_LISTED_FIRST = 100
RUNS_LISTED_LAST = 10_000
_TEXT_KEPT = 300  # characters of a run line's operator, time or route kept: far above a real one


def _kept(text: str) -> str:
    return text if len(text) <= _TEXT_KEPT else text[: _TEXT_KEPT - 1] + "…"


@dataclass
class _Between:
    """`RunsNotListed` as it is counted."""

    first_line: int
    last_line: int = 0
    runs: int = 0
    footnotes: int = 0
    check_footnotes: int = 0
    damaged: int = 0


class _Run:
    """A run as it is counted: its counts change with every body line and problem, its model is made once."""

    __slots__ = ("command", "damaged", "footnotes", "gone", "line", "operator", "routes", "started_at")

    def __init__(self, line: int, run: RunLine) -> None:
        self.line = line
        self.command = run.command
        self.started_at = _kept(run.started_at or run.at)
        self.operator = _kept(run.operator)
        self.routes = tuple(_kept(route) for route in route_notes(run.options))
        self.footnotes = 0
        self.damaged = 0
        self.gone = False  # counted into the runs not listed: what it gains is counted there

    def model(self) -> RunEvidence:
        return RunEvidence(
            line=self.line,
            command=self.command,
            started_at=self.started_at,
            operator=self.operator,
            footnotes=self.footnotes,
            damaged=self.damaged,
            routes=self.routes,
        )


class _Entry(Protocol):
    @property
    def number(self) -> int: ...

    @property
    def parsed(self) -> LedgerLine | None: ...


class EvidenceTracker:
    """Sees every line (`see`) and every problem (`note`), in whatever order the checks find them.

    Memory is flat: the first `RUNS_LISTED_FIRST` and the last `RUNS_LISTED_LAST` runs (the ones between
    counted together), per footnote only the last run's, and a short window of lines already counted (a
    line's problems come together, or one line later for the chain).
    """

    def __init__(self) -> None:
        self._first: list[_Run] = []
        self._latest: deque[_Run] = deque()  # after the first: the last RUNS_LISTED_LAST
        self._latest_starts: deque[int] = deque()
        self._between: _Between | None = None
        self._last: dict[int, FootnoteEvidence] = {}  # the current (last) run's footnotes by line
        self.last_run_not_listed = 0  # its footnote lines beyond `LAST_RUN_LISTED`
        self._counted: deque[int] = deque(maxlen=_RECENT)
        self._recent_body: deque[tuple[int, _Run]] = deque(maxlen=_RECENT)  # (line, its run)
        self._early: list[Problem] = []  # problems about a line found before the line was seen
        self._seen = 0
        self._open = False  # a run line seen, its summary not yet

    @property
    def runs(self) -> tuple[RunEvidence, ...]:
        """The runs listed: the first ones, then the last ones (those between: `runs_not_listed`)."""
        return tuple(run.model() for run in (*self._first, *self._latest))

    @property
    def runs_not_listed(self) -> RunsNotListed | None:
        between = self._between
        if between is None:
            return None
        return RunsNotListed(
            first_line=between.first_line,
            last_line=between.last_line,
            runs=between.runs,
            footnotes=between.footnotes,
            check_footnotes=between.check_footnotes,
            damaged=between.damaged,
        )

    def see(self, entry: _Entry) -> None:
        self._seen = entry.number
        self._record(entry)
        early, self._early = self._early, []
        for problem in early:
            self.note(problem)

    def _current(self) -> _Run | None:
        if self._latest:
            return self._latest[-1]
        return self._first[-1] if self._first else None

    def _add_run(self, run: _Run) -> None:
        if len(self._first) < RUNS_LISTED_FIRST:
            self._first.append(run)
            return
        self._latest.append(run)
        self._latest_starts.append(run.line)
        if len(self._latest) > RUNS_LISTED_LAST:
            self._latest_starts.popleft()
            self._set_aside(self._latest.popleft())

    def _set_aside(self, run: _Run) -> None:
        run.gone = True
        between = self._between
        if between is None:
            between = self._between = _Between(first_line=run.line)
        between.last_line = run.line
        between.runs += 1
        between.footnotes += run.footnotes
        between.check_footnotes += run.footnotes if run.command == "check" else 0
        between.damaged += run.damaged

    def _record(self, entry: _Entry) -> None:
        parsed = entry.parsed
        if isinstance(parsed, RunLine):
            self._last, self.last_run_not_listed = {}, 0
            self._add_run(_Run(entry.number, parsed))
            self._open = True
            return
        run = self._current()
        if run is None:
            return
        if isinstance(parsed, SummaryLine):
            self._open = False
        # A line of the run's body; one that cannot be read (too long, not a ledger line) inside an open
        # run is counted as one, its problem against the run: "evidence intact" was said of a run holding it.
        if isinstance(parsed, FootnoteLine | LocateLine) or (parsed is None and self._open):
            run.footnotes += 1
            self._recent_body.append((entry.number, run))
        if isinstance(parsed, FootnoteLine) and len(self._last) >= LAST_RUN_LISTED:
            self.last_run_not_listed += 1
        elif isinstance(parsed, FootnoteLine):
            capture = parsed.capture
            self._last[entry.number] = FootnoteEvidence(
                line=entry.number,
                label=parsed.label,
                status=parsed.status,
                url=parsed.citation.url,
                warc=capture.warc if capture else None,
                evidence="intact" if capture else "none",
            )

    def note(self, problem: Problem) -> None:
        number = problem.line
        if number is not None and number > self._seen:
            self._early.append(problem)  # a line's own problems (its form, its length) come before it is seen
            return
        first = self._first[0].line if self._first else None
        if number is None or first is None or number <= first or problem.code in LINK_PROBLEMS:
            return
        footnote = self._last.get(number)
        if footnote is not None:
            kept = footnote.problems
            if len(kept) < _PROBLEMS_KEPT:
                kept = (*kept, problem.message)
            self._last[number] = footnote.model_copy(update={"evidence": "damaged", "problems": kept})
        if number in self._counted:
            return
        # A body line's problems come while it is recent, wherever it stands: a footnote line after the
        # run's seals (outside the run, a problem itself) is counted in the run it was counted with.
        run: _Run | _Between | None = next((run for line, run in self._recent_body if line == number), None)
        if run is None:
            current = self._current()
            if (
                footnote is None
                and current is not None
                and number > current.line
                and not self.last_run_not_listed
            ):
                return  # a line of the last run that is no footnote (a summary, a seal)
            run = self._run_of(number)
            if run is None:
                return
        self._counted.append(number)
        if isinstance(run, _Run) and run.gone:
            run = self._between
        if run is not None:
            run.damaged += 1

    def _run_of(self, number: int) -> _Run | _Between | None:
        """The run whose body holds line `number`, found by its run line; None for a run line, a summary or a
        seal. A line of the runs not listed, named after its own line has gone by (rare: a line's problems
        come as it does), is counted as one of their body lines."""
        if self._latest_starts and number > self._latest_starts[0]:
            run = self._latest[bisect.bisect_left(self._latest_starts, number) - 1]
        elif self._between is not None and number > self._between.first_line:
            return self._between
        else:
            run = self._first[bisect.bisect_left([run.line for run in self._first], number) - 1]
        return run if number - run.line <= run.footnotes else None

    def last_run(self) -> tuple[FootnoteEvidence, ...]:
        return tuple(self._last.values())
