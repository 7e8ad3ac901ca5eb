"""What `verify` concludes for a reader: per footnote, is its evidence intact; per run, how many are not.

Problems come from every check, named by ledger line; a footnote's evidence is intact when no problem names
its line (its own bytes, its WARC file and records). The last run is listed footnote by footnote (it is the
report as it stands); earlier runs are counted, so memory stays flat on a ledger of many runs.
"""

from __future__ import annotations

import bisect
from collections import deque
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
LINK_PROBLEMS = frozenset({"prev-mismatch", "seq-out-of-order"})


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


class _Entry(Protocol):
    @property
    def number(self) -> int: ...

    @property
    def parsed(self) -> LedgerLine | None: ...


class EvidenceTracker:
    """Sees every line (`see`) and every problem (`note`), in whatever order the checks find them.

    Memory is flat: per run its first line (to find a problem's run), per footnote only the last run's, and a
    short window of lines already counted (a line's problems come together, or one line later for the chain).
    """

    def __init__(self) -> None:
        self.runs: list[RunEvidence] = []
        self._starts: list[int] = []
        self._last: dict[int, FootnoteEvidence] = {}  # the current (last) run's footnotes by line
        self.last_run_not_listed = 0  # its footnote lines beyond `LAST_RUN_LISTED`
        self._counted: deque[int] = deque(maxlen=_RECENT)
        self._recent_body: deque[tuple[int, int]] = deque(maxlen=_RECENT)  # (line, its run's index)
        self._early: list[Problem] = []  # problems about a line found before the line was seen
        self._seen = 0

    def see(self, entry: _Entry) -> None:
        self._seen = entry.number
        self._record(entry)
        early, self._early = self._early, []
        for problem in early:
            self.note(problem)

    def _record(self, entry: _Entry) -> None:
        parsed = entry.parsed
        if isinstance(parsed, RunLine):
            self._last, self.last_run_not_listed = {}, 0
            self._starts.append(entry.number)
            self.runs.append(
                RunEvidence(
                    line=entry.number,
                    command=parsed.command,
                    started_at=parsed.started_at or parsed.at,
                    operator=parsed.operator,
                    footnotes=0,
                    damaged=0,
                    routes=route_notes(parsed.options),
                )
            )
        elif isinstance(parsed, FootnoteLine | LocateLine) and self.runs:  # a line of the run's body
            run = self.runs[-1]
            self.runs[-1] = run.model_copy(update={"footnotes": run.footnotes + 1})
            self._recent_body.append((entry.number, len(self.runs) - 1))
        if isinstance(parsed, FootnoteLine) and self.runs and len(self._last) >= LAST_RUN_LISTED:
            self.last_run_not_listed += 1
        elif isinstance(parsed, FootnoteLine) and self.runs:
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
        if number is None or not self._starts or number <= self._starts[0] or problem.code in LINK_PROBLEMS:
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
        index = next((index for line, index in self._recent_body if line == number), None)
        if index is None:
            if footnote is None and number > self._starts[-1] and not self.last_run_not_listed:
                return  # a line of the last run that is no footnote (a summary, a seal)
            index = bisect.bisect_left(self._starts, number) - 1
            if number - self.runs[index].line > self.runs[index].footnotes:
                return  # the run's body lines follow its run line
        self._counted.append(number)
        run = self.runs[index]
        self.runs[index] = run.model_copy(update={"damaged": run.damaged + 1})

    def last_run(self) -> tuple[FootnoteEvidence, ...]:
        return tuple(self._last.values())
