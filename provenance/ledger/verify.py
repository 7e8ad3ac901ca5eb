"""Offline verification of a ledger: the chain, the run structure, every WARC it names, and the report.

The ledger is streamed, one line at a time, past a list of line checks (`LineCheck`): the chain, the run
structure, the captures' evidence, the report and the anchor each keep only what they need between lines, so a
ledger of millions of lines verifies in memory that grows only with the WARC files it names (each read
once, its records kept packed: `_CaptureCheck`). Damage is never raised: each finding becomes a `Problem`
naming line, file, and expected vs actual value; the first `MAX_PROBLEMS_LISTED` in file order are kept,
the rest counted. Seals likewise: every one is judged, the first of each kind are kept (`SealTally`).

A footnote line's capture must be of the URL its citation gives (a check captures that URL, as cited):
another footnote's intact capture moved onto its line is no evidence of its source. It lists its WARC's
records once each, in the order the file holds them (as the capture wrote them): a WARC rewritten with its
records reordered keeps every record's digests, but is not the file the capture wrote. Reordered with its
listing alike, the order itself is held to the writer's (`writing_order_problems`): its warcinfo first, each
response right after its request, the redirect hops in the order they were followed.

A footnote line's status is what its checks add up to, and a verified one carries every check the contract
names, each once (`ledger.statuses`): a line that says otherwise is as written (its chain may hold) but says
more than its checks did, a warning naming it, and said beside its footnote. A problem when no `check` ever
wrote such a line (a status other than failed beside a check that fails; verified with nothing captured, or
beside a locator, schema or captured check that did not pass): the line refutes its own status.

A capture a `check` run made from an address that is not public is held to the run's options, which must
allow it (`--allow-private`, `--allow-host`, `--connect-to`, a proxy): a run line whose `--connect-to` was
taken out no longer says that the hosts were reached at the operator's chosen address (`_RouteCheck`).

The report the last run names is read only in the ledger's folder (its links and `..` resolved): one named
outside it is a warning that it was not compared, unless the caller gave it (`--report`). So is a ledger
named for a report beside it (`REPORT.ledger.jsonl`) whose last run names another file: that other file was
compared, not the report the ledger is for. A report whose hash differs is read again, and each note whose
text or citing passages read otherwise than the last run recorded, each note gone and each added, is a
problem of its own (`_ReportCheck`). A report whose hash matches (given with `--report`, a bundle's own, or
the one the last run names beside the ledger: the file with the recorded hash is the report) is read too,
from the bytes just hashed: each footnote line of the last run that records its note or citing passages
otherwise than the report reads them, or a note the report has not, is a warning at that line (`--strict`: a
problem): it may have been rewritten, its chain hashed again from there (the chain holds), or the version of
provenance that made the run read the report otherwise; only a seal tells the two apart.

A new kind of check (signatures, timestamps) is one more `LineCheck` in `line_checks`.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import heapq
import ipaddress
import json
import multiprocessing
import os
import signal
import stat
import threading
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Executor, Future, ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, BinaryIO, Literal, Protocol

import rfc8785
from pydantic import Field

from provenance.capture.ranges import special_kind
from provenance.errors import InputError, LedgerFormatError, ProvenanceError
from provenance.escaping import escape_unprintable
from provenance.files import DEFAULT_MAX_REPORT_BYTES, describe_os_error, is_inside, open_regular_file
from provenance.forking import can_fork
from provenance.hashing import sha256_hex
from provenance.ledger.canonical import canonical_json
from provenance.ledger.chain import parse_line, try_parse_line
from provenance.ledger.lines import BYTE_ORDER_MARK, MAX_LINE_BYTES, RawLine, line_content, read_lines
from provenance.ledger.paths import evidence_path, journal_path
from provenance.ledger.statuses import status_misstated, status_refuted, statuses_of
from provenance.models import (
    Capture,
    Counts,
    Footnote,
    FootnoteLine,
    LedgerLine,
    LocateLine,
    Model,
    PrintableText,
    Problem,
    RunLine,
    SummaryLine,
    VerifyLine,
)
from provenance.reach import connect_to_rules
from provenance.seal.verification import SealCheck, SealKind, SealResult, SealStatus, SealTally
from provenance.verdict import (
    LAST_RUN_LISTED,
    EvidenceTracker,
    FootnoteEvidence,
    RunEvidence,
    RunsNotListed,
    contradicting_checks,
    verified_of_nothing_captured,
)
from provenance.waiting import result_in_steps
from provenance.warc.consistency import (
    CLOCK_SKEW,
    Recorder,
    check_agreement,
    check_listing,
    check_times,
    excerpt,
    parse_utc,
)
from provenance.warc.evidence import check_capture, check_warc_itself, largest_read_limits, read_limits
from provenance.warc.naming import is_warc_file_name, path_from_ledger
from provenance.warc.reader import RecordDigests, WarcContents, WarcRead, read_warc_once

if TYPE_CHECKING:
    from cryptography import x509

MAX_PROBLEMS_LISTED = 100
# A file whose first lines hold no JSON object is something else (a report, a WARC), not a damaged ledger.
_LINES_TO_RECOGNISE = 100


def _ledger_lines(named: Sequence[str], count: int) -> str:
    """`ledger lines 2, 5 and 3 more`: the lines of a warning, the first `named` of `count` (one: `line`)."""
    more = f" and {count - len(named)} more" if count > len(named) else ""
    return f"ledger line{'s' if count > 1 else ''} {', '.join(named)}{more}"


class Verification(Model):
    ledger: str
    lines: int
    runs: int
    head: str | None
    warc_files: int
    records: int
    report_checked: bool
    problems: tuple[Problem, ...]
    # The last run's footnote lines were compared with the notes of the report read (the one it hashed, as
    # given, bundled or beside the ledger, or the changed one): what the lines say the report said is what it
    # says.
    notes_compared: bool = False
    # The report has CRLF line ends where the run hashed LF (a Windows checkout, git's autocrlf): its hash is
    # the recorded one with each CR before a LF taken out, so it is the report checked.
    report_crlf: bool = False
    # Every line of the ledger ends CRLF (a Windows checkout, git's autocrlf): each is read and chained
    # without its CR, as `check` wrote it, so its lines, chain, head and seals are as written. A warning.
    ledger_crlf: bool = False
    # How many of those lines (and notes with no line) differ from an unchanged report's notes: warned of.
    lines_unlike_report: int = 0
    # Those lines by ledger line, each with what it records otherwise (`its note`, `the passages citing
    # it`): said beside the footnote too, where a reader of its note looks.
    unlike_report: dict[int, PrintableText] = Field(default_factory=dict)
    more_problems: int = 0  # found but not listed, beyond the first MAX_PROBLEMS_LISTED
    warnings: tuple[str, ...] = ()  # what could not be checked; `verify --strict` counts them as problems
    anchor: str | None = None
    anchor_line: int | None = None  # the line whose hash is the anchor, when it was found
    seals: tuple[SealResult, ...] = ()  # the first MAX_SEALS_LISTED signatures and timestamps, as judged
    # Seals judged but not listed (beyond the first of their kind), counted by kind and status.
    more_seals: dict[SealKind, dict[SealStatus, int]] = Field(default_factory=dict)
    # Of those, the last of each kind, as judged: the seal over the latest runs, in line order.
    last_seals_not_listed: tuple[SealResult, ...] = ()
    last_sound_seal_line: int | None = None  # the last seal that verifies, listed or not
    # Seals (listed or not) after a line where the chain breaks: sound over the head each names, which the
    # lines before it no longer hash to.
    seals_over_changed_lines: int = 0
    last_trusted_seal_line: int | None = None  # the last seal a --trust key or --tsa-ca root vouched for
    # The lines, other than seals, after that seal (verify records): the first and how many. None when none.
    after_trusted_seal: tuple[int, int] | None = None
    footnotes: tuple[FootnoteEvidence, ...] = ()  # the last run's, each with whether its evidence is intact
    # The last run's footnote lines that record `verified` beside what says otherwise, or a status their own
    # checks do not add up to, by line: what does (`quote: warn`, `no title check`, `locator recorded more
    # than once`). Warned of; said beside the footnote too, where a reader of its status looks. A line its
    # own checks refute (`quote: fail` beside verified) is a problem instead, listed beside it as such.
    unsupported: dict[int, PrintableText] = Field(default_factory=dict)
    # Every run, with how many of its footnotes are damaged; of a ledger of more runs than
    # `RUNS_LISTED_FIRST` and `RUNS_LISTED_LAST`, those between are counted in `runs_not_listed`.
    run_evidence: tuple[RunEvidence, ...] = ()
    runs_not_listed: RunsNotListed | None = None
    # The runs after the last seal that verifies (its first run line, how many), when there is such a seal:
    # counted as the lines come, whether or not the runs are listed.
    unsealed_runs: tuple[int, int] | None = None

    @property
    def lines_after_anchor(self) -> int:
        """Lines no anchor vouches for: appended after it (a later run, or a forgery only a seal can tell)."""
        return self.lines - self.anchor_line if self.anchor_line is not None else 0

    @property
    def seal_counts(self) -> Counter[tuple[SealKind, SealStatus]]:
        """Every seal judged, listed or not, by (kind, status)."""
        counts = Counter((seal.kind, seal.status) for seal in self.seals)
        for kind, statuses in self.more_seals.items():
            for status, count in statuses.items():
                counts[(kind, status)] += count
        return counts

    @property
    def problem_count(self) -> int:
        return len(self.problems) + self.more_problems

    @property
    def intact(self) -> bool:
        return self.problem_count == 0


@dataclass(frozen=True)
class LedgerEntry:
    """One line of the ledger as verification sees it."""

    number: int  # 1-based
    raw: bytes | None  # without the newline; None when longer than MAX_LINE_BYTES (hashed, not kept)
    hash: str
    parsed: LedgerLine | None  # None when the line does not parse


@dataclass(frozen=True)
class VerifyContext:
    """What every check may need besides the lines: where the ledger is and what the caller asked for."""

    file: str  # the ledger, as named on the command line
    folder: Path  # the ledger's folder: paths in the ledger are relative to it
    report_path: Path | None = None  # --report: compare this file instead of the recorded path
    archive_dir: Path | None = None  # --archive-dir: find each WARC by its file name here
    anchor: str | None = None
    max_report_bytes: int = DEFAULT_MAX_REPORT_BYTES
    trusted_keys: frozenset[str] = frozenset()  # --trust: base64 Ed25519 public keys
    tsa_roots: tuple[x509.Certificate, ...] = ()  # --tsa-ca
    opener: EvidenceOpener | None = None  # evidence read from elsewhere than the ledger's folder (a bundle)
    # The ledger opened again, from its start: the few footnote lines unlike the report are read a second time
    # to quote them (`_ReportCheck` keeps their digests only). None: they are named unquoted.
    reopen: Callable[[], BinaryIO] | None = None


class EvidenceOpener(Protocol):
    """Where the files a ledger names are read from when they are not beside it: the WARCs and the report."""

    def name(self, recorded: str) -> str:
        """How problems name the file the ledger records as `recorded`."""
        ...

    def open(self, recorded: str, max_bytes: int) -> BinaryIO:
        """The file, bounded; FileNotFoundError when it is absent, `FileTooLarge` over `max_bytes`."""
        ...

    def size(self, recorded: str) -> int:
        """The file's size; FileNotFoundError when it is absent."""
        ...


class LineCheck(Protocol):
    """A check that sees every line in order, then the end of the ledger; it keeps its own state.

    `see` is called for every line, millions of times for a large ledger: return an empty tuple (falsy)
    when a line holds nothing for the check; any iterable of problems otherwise.
    """

    def see(self, entry: LedgerEntry) -> Iterable[Problem]: ...

    def finish(self) -> Iterable[Problem]: ...


@dataclass
class _Tally:
    """Counts a check reports into the verdict."""

    lines: int = 0
    runs: int = 0
    head: str | None = None
    warc_files: int = 0
    records: int = 0
    report_checked: bool = False
    notes_compared: bool = False
    report_crlf: bool = False
    ledger_crlf: bool = False
    lines_unlike_report: int = 0
    unlike_report: dict[int, str] = field(default_factory=dict)
    anchor_line: int | None = None
    warnings: list[str] = field(default_factory=list)
    seals: SealTally = field(default_factory=SealTally)
    unsupported: dict[int, str] = field(default_factory=dict)  # the current run's; see `Verification`


class ProblemList:
    """The first `limit` problems in file order (line, then as found), and how many more there were.

    `add_lazily` builds a problem only if it will be listed: a ledger of millions of bad lines costs a count
    per line, not a message per line.
    """

    def __init__(
        self, limit: int = MAX_PROBLEMS_LISTED, observer: Callable[[Problem], None] | None = None
    ) -> None:
        self._limit = limit
        self._kept: list[tuple[int, int, Problem]] = []  # a max-heap by (line, arrival), negated
        self._arrivals = 0
        self._observer = observer  # sees every problem built, listed or not
        self.more = 0

    def add(self, problem: Problem) -> None:
        if self._observer is not None:
            self._observer(problem)
        self._arrivals += 1
        key = (-_file_order(problem.line), -self._arrivals, problem)
        if len(self._kept) < self._limit:
            heapq.heappush(self._kept, key)
        else:
            if key > self._kept[0]:
                heapq.heapreplace(self._kept, key)
            self.more += 1

    def add_lazily(self, line: int | None, make: Callable[[], Problem]) -> None:
        if len(self._kept) < self._limit or -_file_order(line) > self._kept[0][0]:
            self.add(make())
        else:
            self._arrivals += 1
            self.more += 1

    def extend(self, problems: Iterable[Problem]) -> None:
        for problem in problems:
            self.add(problem)

    def listed(self) -> tuple[Problem, ...]:
        return tuple(problem for _, _, problem in sorted(self._kept, reverse=True))


def _file_order(line: int | None) -> int:
    return line if line is not None else 1 << 62


def verify_ledger(
    ledger_path: Path,
    report_path: Path | None = None,
    anchor: str | None = None,
    archive_dir: Path | None = None,
    max_report_bytes: int = DEFAULT_MAX_REPORT_BYTES,
    trusted_keys: frozenset[str] = frozenset(),
    tsa_roots: tuple[x509.Certificate, ...] = (),
) -> Verification:
    """Check a ledger offline. Raises `InputError` only when the ledger file itself cannot be read or is not a
    ledger at all, or when an explicitly given report cannot be read.

    `anchor` is a head recorded elsewhere (a CI log, a message, a signed note): the ledger must still hold the
    line it is the hash of, or lines were removed or rewritten even if the chain itself is whole.
    """
    context = VerifyContext(
        file=str(ledger_path),
        folder=ledger_path.parent,
        report_path=report_path,
        archive_dir=archive_dir,
        anchor=anchor.strip().lower() if anchor is not None else None,
        max_report_bytes=max_report_bytes,
        trusted_keys=trusted_keys,
        tsa_roots=tsa_roots,
        reopen=lambda: open_regular_file(ledger_path),
    )
    try:
        stream = open_regular_file(ledger_path)
    except OSError as error:
        raise InputError(f"cannot read ledger {ledger_path}: {describe_os_error(error)}") from None
    with stream:
        return verify_stream(stream, context)


def verify_stream(stream: BinaryIO, context: VerifyContext) -> Verification:
    """Verify the ledger read from `stream`, one line at a time; see `verify_ledger`."""
    tally = _Tally()
    evidence = EvidenceTracker()
    problems = ProblemList(observer=evidence.note)
    recognised = False
    line_ends = _LineEnds()
    with _CaptureCheck(context, tally) as captures:
        checks = line_checks(context, tally, captures)
        lines = (
            (raw, _entry(raw, context.file, problems, line_ends))
            for raw in read_lines(stream, MAX_LINE_BYTES)
        )
        for raw_line, entry in captures.read_ahead(lines):
            evidence.see(entry)
            if not recognised:
                recognised = entry.parsed is not None or _is_json_object(raw_line)
                if not recognised and entry.number >= _LINES_TO_RECOGNISE:
                    raise _not_a_ledger(context.file)
            tally.lines = entry.number
            tally.head = entry.hash
            for check in checks:
                found = check.see(entry)
                if found:
                    problems.extend(found)
        if tally.lines == 0:
            problems.add(Problem.at(None, context.file, "empty-ledger", "the ledger has no lines"))
        elif not recognised:
            raise _not_a_ledger(context.file)
        line_ends.finish(context.file, problems, tally)
        for check in checks:
            problems.extend(check.finish())
    return Verification(
        ledger=escape_unprintable(context.file),
        lines=tally.lines,
        runs=tally.runs,
        head=tally.head,
        warc_files=tally.warc_files,
        records=tally.records,
        report_checked=tally.report_checked,
        notes_compared=tally.notes_compared,
        report_crlf=tally.report_crlf,
        ledger_crlf=tally.ledger_crlf,
        lines_unlike_report=tally.lines_unlike_report,
        unlike_report=tally.unlike_report,
        problems=problems.listed(),
        more_problems=problems.more,
        warnings=(*tally.warnings, *_not_listed(evidence)),
        anchor=context.anchor,
        anchor_line=tally.anchor_line,
        seals=tuple(tally.seals.listed),
        more_seals=tally.seals.not_listed,
        last_seals_not_listed=tuple(
            sorted(tally.seals.last_not_listed.values(), key=lambda seal: seal.line or 0)
        ),
        last_sound_seal_line=tally.seals.last_sound,
        seals_over_changed_lines=tally.seals.over_changed_lines,
        last_trusted_seal_line=tally.seals.last_trusted,
        after_trusted_seal=tally.seals.after_trusted,
        footnotes=evidence.last_run(),
        unsupported=tally.unsupported,
        run_evidence=evidence.runs,
        runs_not_listed=evidence.runs_not_listed,
        unsealed_runs=tally.seals.unsealed_runs,
    )


def _not_listed(evidence: EvidenceTracker) -> list[str]:
    """Said of a last run with more footnote lines than a report can have notes: the rest are not listed."""
    if not evidence.last_run_not_listed:
        return []
    return [
        f"the last run has {evidence.last_run_not_listed:,} footnote lines beyond the {LAST_RUN_LISTED:,} a "
        "report can have notes: they are checked, not listed"
    ]


def line_checks(context: VerifyContext, tally: _Tally, captures: _CaptureCheck) -> list[LineCheck]:
    """Every check a ledger goes through, in the order their problems are found on a line."""
    chain = _ChainCheck(context.file)  # sees each line before the seal check asks where the chain broke
    return [
        chain,
        _StructureCheck(context.file, tally),
        captures,
        _TimeCheck(context.file, dt.datetime.now(dt.UTC)),
        _OrderCheck(tally),
        _ReportCheck(context, tally),
        _RouteCheck(tally),
        _LeftBesideCheck(context, tally, captures),
        _AnchorCheck(context, tally),
        SealCheck(
            context.file,
            context.trusted_keys,
            context.tsa_roots,
            tally.seals,
            tally.warnings,
            chain_broken_at=lambda: chain.broken_at,
            sealed_line=chain.line_of,
        ),
    ]


def _not_a_ledger(file: str) -> LedgerFormatError:
    return LedgerFormatError(
        f"not a ledger: {file} (none of its first lines is a JSON object; "
        "a ledger is the JSON Lines file `provenance check` writes, REPORT.ledger.jsonl)"
    )


# --- the lines --------------------------------------------------------------------------------------------


def _converted(by: str) -> str:
    return (
        f"which `check` never writes: the file was converted after it was written ({by}); the line is read "
        "and chained without it, but the file is not as written"
    )


class _LineEnds:
    """Which lines end with a carriage return, judged once the last line is read.

    A ledger whose every line ends CRLF was converted as a whole (git's autocrlf in a Windows checkout, a
    copy through Windows): each line is read and chained without its CR, as `check` wrote it, so nothing a
    line says, no hash of the chain, its head or a seal over it changed. A warning, as a report with CRLF
    line ends is: a problem at every line made each footnote of an intact ledger "EVIDENCE DAMAGED" (one
    with nothing captured too) and the verdict NOT INTACT, in every Windows checkout of it. Some lines only
    with a CR (one edited in an editor, or appended to): a problem at each of those lines, as before.
    """

    def __init__(self) -> None:
        self._converted: list[int] = []  # the first MAX_PROBLEMS_LISTED lines ending CRLF
        self._converted_count = 0
        self._plain = 0  # lines ended by a newline alone

    def see(self, number: int, carriage_return: bool, complete: bool) -> None:
        if carriage_return:
            self._converted_count += 1
            if len(self._converted) < MAX_PROBLEMS_LISTED:
                self._converted.append(number)
        elif complete:  # a last line without its newline has no line end to judge
            self._plain += 1

    def finish(self, file: str, problems: ProblemList, tally: _Tally) -> None:
        if not self._converted_count:
            return
        if not self._plain:
            tally.ledger_crlf = True
            tally.warnings.append(
                "every line of the ledger ends with CRLF, which `check` never writes: the file was converted "
                "after it was written (git's autocrlf, a copy through Windows); each line was read and "
                "chained without its CR, as `check` wrote it, so its lines, chain and seals are as written"
            )
            return
        by = "git's autocrlf, an editor, a copy through Windows"
        message = (
            f"the line ends with a carriage return (CRLF line ends) where the other lines do not, "
            f"{_converted(by)}"
        )
        for number in self._converted:
            problems.add(Problem.at(number, file, "carriage-return", message))
        problems.more += self._converted_count - len(self._converted)


def _entry(raw_line: RawLine, file: str, problems: ProblemList, line_ends: _LineEnds) -> LedgerEntry:
    """The line parsed; what is wrong with it as a line (length, end, JSON form) goes into `problems`.

    A byte order mark before the first line and a carriage return at a line's end are conversions of the file
    as a whole (an editor, git's autocrlf), not edits of what a line says: the line is read and chained
    without it, so that "line 3 changed" is said only of a line whose content changed. A byte order mark is
    a problem; line ends are judged once every line is read (`_LineEnds`).
    """
    number, raw = raw_line.number, raw_line.data
    if raw is None:
        message = f"the line is {raw_line.size} bytes, over {MAX_LINE_BYTES}: not read"
        problems.add(
            Problem(
                line=number,
                file=file,
                code="line-too-long",
                message=message,
                expected=f"at most {MAX_LINE_BYTES} bytes",
                actual=f"{raw_line.size} bytes",
            )
        )
        return LedgerEntry(number, None, raw_line.sha256, None)
    sha256 = raw_line.sha256
    if number == 1 and raw.startswith(BYTE_ORDER_MARK):
        raw = raw[len(BYTE_ORDER_MARK) :]
        sha256 = sha256_hex(raw)
        message = f"the file begins with a byte order mark (EF BB BF), {_converted('saved by an editor')}"
        problems.add(Problem.at(number, file, "byte-order-mark", message))
    carriage_return = raw.endswith(b"\r")
    line_ends.see(number, carriage_return, raw_line.complete)
    if carriage_return:
        raw = raw[:-1]
        sha256 = sha256_hex(raw)
    parsed = try_parse_line(raw)
    if not raw_line.complete:
        problems.add(Problem.at(number, file, "missing-final-newline", _no_final_newline(parsed is not None)))
    if parsed is None:
        problems.add_lazily(number, lambda: _unparseable(number, file, raw))
    elif not _is_canonical(raw):
        problems.add(Problem.at(number, file, "not-canonical", _not_canonical(raw)))
    return LedgerEntry(number, raw, sha256, parsed)


def _no_final_newline(whole: bool) -> str:
    """Why the last line lacks its newline. `check` replaces the ledger whole when it appends (a crash leaves
    the old file or the new one), so neither is a crash while appending."""
    if whole:
        return (
            "the last line does not end with a newline, though it is whole: `check` ends every line with "
            "one, so the file lost it after it was written (an editor, or a copy cut off by one byte)"
        )
    return (
        "the last line is cut short (no newline, and not a whole line): `check` replaces the ledger whole "
        "when it appends, so a crash leaves no half line; the file was cut off after it was written (a copy "
        "or download interrupted, a disk full while copying); the lines before it are judged as they are"
    )


def _unparseable(number: int, file: str, raw: bytes) -> Problem:
    try:
        parse_line(raw)
        message = "not a ledger line"
    except LedgerFormatError as error:
        message = str(error)
    return Problem.at(number, file, "unparseable-line", message)


def _not_canonical(raw: bytes) -> str:
    """What is wrong with a line that parses but is not canonical: a key given twice is said by name, since
    readers differ on which value they read (this one and Python's `json`, the last; others the first)."""
    twice = _key_given_twice(raw)
    if twice is None:
        return "the line is not RFC 8785 JSON"
    return escape_unprintable(
        f"the line is not RFC 8785 JSON: it gives the key {json.dumps(twice[:100])} twice in one object "
        "(canonical JSON never does; the value read here is the last, another reader may take the first)"
    )


def _key_given_twice(raw: bytes) -> str | None:
    found: list[str] = []

    def pairs(items: list[tuple[str, object]]) -> dict[str, object]:
        seen: set[str] = set()
        for key, _ in items if not found else ():
            if key in seen:
                found.append(key)
                break
            seen.add(key)
        return dict(items)

    try:
        json.loads(raw, object_pairs_hook=pairs)
    except (ValueError, RecursionError):
        return None
    return found[0] if found else None


def _is_canonical(raw: bytes) -> bool:
    try:
        canonical = canonical_json(json.loads(raw))
    except (ValueError, RecursionError, rfc8785.CanonicalizationError):
        return False
    return canonical == raw


def _is_json_object(line: RawLine) -> bool:
    """Whether a line holds a JSON object; a line too long to keep counts if it starts like one, and so does
    a line that begins as a compact object's member does (`{"`): a ledger cut short inside its first line (a
    copy interrupted, a full disk) is damaged evidence, named line by line, not some other file given by
    mistake. A pretty-printed JSON document's first line is a lone `{`, and counts only if it parses."""
    if not line.start.lstrip().startswith(b"{"):
        return False
    if line.data is None or line.start.startswith(b'{"'):
        return True
    try:
        return isinstance(json.loads(line.data), dict)
    except (ValueError, RecursionError):
        return False


# --- the chain --------------------------------------------------------------------------------------------


class _ChainCheck:
    """`seq` counts 0, 1, …; each `prev` is the hash of the line before (line 1's: its report's sha256, so
    line 1 is a run line).

    A line whose bytes changed keeps its own `seq` and `prev`, so it shows only as the next line's `prev` no
    longer matching it: that is named as the changed line itself.

    `broken_at` is the first line where the chain of hashes cannot be followed (the changed line, a line whose
    `prev` does not match, or a line that does not parse), None while it holds: a seal after it vouches for
    the head it names, not for the lines before it as they are now.
    """

    def __init__(self, file: str) -> None:
        self._file = file
        self._expected_seq = 0
        self._previous: LedgerEntry | None = None
        self.broken_at: int | None = None
        # The heads a later line may name as its prev other than the line before: of the last `_HEADS_KEPT`
        # lines that end a run or follow one (a summary, a seal, a verify record), hash → line.
        self._heads: OrderedDict[str, int] = OrderedDict()

    def line_of(self, head: str) -> int | None:
        """The line, of those that end a run or follow one, whose hash is `head`; None if none kept is."""
        return self._heads.get(head)

    def see(self, entry: LedgerEntry) -> Sequence[Problem]:
        parsed, previous = entry.parsed, self._previous
        self._previous = entry
        if parsed is not None and not isinstance(parsed, RunLine | FootnoteLine | LocateLine):
            self._heads[entry.hash] = entry.number
            if len(self._heads) > _HEADS_KEPT:
                self._heads.popitem(last=False)
        if parsed is None:
            self._expected_seq += 1
            self._break_at(entry.number)
            return ()
        expected_seq, self._expected_seq = self._expected_seq, parsed.seq + 1
        problems = []
        if parsed.seq != expected_seq:
            # Said against the line before, since that is what the expected number follows from: after a
            # swap, "expected 3" alone reads as a claim about this line's place in the file.
            what = (
                f"seq (one more than line {previous.number}'s)"
                if previous is not None and previous.parsed is not None
                else f"seq (line {entry.number} of the file)"
            )
            problems.append(
                Problem.mismatch(entry.number, self._file, "seq-out-of-order", what, expected_seq, parsed.seq)
            )
        if previous is None:
            if not isinstance(parsed, RunLine):
                # Only a run line's prev can be checked without the line before: a ledger that begins with
                # a seal or a verify record lost the lines its prev hashes (cut off its start), and a seal
                # there vouched, intact, for lines no longer in the file.
                self._break_at(entry.number)
                problems.append(
                    Problem.at(
                        entry.number,
                        self._file,
                        "first-line-not-a-run",
                        f"the ledger begins with a {parsed.kind!r} line, not a run line (whose prev is its "
                        f"report's sha256): its prev {parsed.prev} is the hash of lines not in the file (the "
                        "ledger's start cut off?)",
                    )
                )
            elif parsed.prev != parsed.report.sha256:
                what = "prev (the report's sha256)"
                problems.append(
                    Problem.mismatch(
                        entry.number, self._file, "prev-mismatch", what, parsed.report.sha256, parsed.prev
                    )
                )
        elif parsed.prev != previous.hash:
            if isinstance(parsed, RunLine) and parsed.seq == 0 and parsed.prev == parsed.report.sha256:
                # Said plainly: "seq expected 4, found 0" and a prev mismatch read as two lines damaged.
                problems.append(
                    Problem.at(
                        entry.number,
                        self._file,
                        "another-ledger-begins",
                        f"line {entry.number} begins another ledger (seq 0, its prev its report's sha256, "
                        "as a ledger's first line has): two ledgers were joined here",
                    )
                )
            found = list(self._prev_problems(previous, entry, parsed.seq))
            self._break_at(min(problem.line or entry.number for problem in found))
            problems += found
        return problems

    def _break_at(self, number: int) -> None:
        if self.broken_at is None:
            self.broken_at = number

    def _prev_problems(self, previous: LedgerEntry, entry: LedgerEntry, seq: int) -> Iterator[Problem]:
        assert entry.parsed is not None
        earlier = self._heads.get(entry.parsed.prev)
        if earlier is not None and earlier < previous.number:
            between = (
                f"line {previous.number} was"
                if earlier + 1 == previous.number
                else f"lines {earlier + 1} to {previous.number} were"
            )
            # Its prev is the head of an earlier line, as it stands: this line was written over that head
            # (a seal of the head a bundle was packed at, say), and the lines between came after it, or it
            # was moved here. "Line N-1 changed" blamed a line as written, and marked its footnote damaged.
            yield Problem(
                line=entry.number,
                file=self._file,
                code="prev-names-an-earlier-line",
                message=(
                    f"line {entry.number}'s prev is the hash of line {earlier}, not of line "
                    f"{previous.number} before it: it was written over the head of line {earlier}, and "
                    f"{between} put between them (inserted after it was written, or it was moved here)"
                ),
                expected=previous.hash,
                actual=entry.parsed.prev,
            )
            return
        if previous.parsed is not None and previous.parsed.seq + 1 == seq:
            # In sequence, so no line was removed, inserted or moved here: the likely story is that the line
            # before changed (or this line's prev did; the prev-mismatch below keeps that reading open).
            yield Problem(
                line=previous.number,
                file=self._file,
                code="line-changed",
                message=(
                    f"line {previous.number} changed (its hash no longer matches line {entry.number}'s prev)"
                ),
                expected=entry.parsed.prev,
                actual=previous.hash,
            )
        yield Problem.mismatch(
            entry.number,
            self._file,
            "prev-mismatch",
            "prev (hash of the line before)",
            previous.hash,
            entry.parsed.prev,
        )

    def finish(self) -> Sequence[Problem]:
        return ()


# --- the runs ---------------------------------------------------------------------------------------------


_UNEARNED_NAMED = 10  # lines named in the warning; the rest are counted
_HEADS_KEPT = 4096  # heads of runs' ends and seals a later line's prev is looked up in


class _StructureCheck:
    """Each run: one `run` line, its body lines, then one `summary` that counts them.

    A `check` run's body is `footnote` lines, a `locate` run's is `locate` lines (they carry no status, so a
    locate run's summary counts none and totals the footnotes searched). Lines of other kinds (seals:
    signature, timestamp) seal a finished run's head: they go between runs.
    """

    def __init__(self, file: str, tally: _Tally) -> None:
        self._file = file
        self._tally = tally
        self._run: RunLine | None = None
        self._run_start: int | None = None
        self._statuses: Counter[str] = Counter()
        self._body = 0
        self._unread = 0  # lines of the open run that could not be read (too long, or not a ledger line)
        self._unearned: list[int] = []  # lines recording `verified` beside checks that say otherwise
        # Lines recording `verified` with nothing captured (no capture, or no `captured` check that passes):
        # the first `_UNEARNED_NAMED`, and how many in all.
        self._uncaptured: list[int] = []
        self._uncaptured_count = 0
        # Lines whose status is not what their checks add up to (`ledger.statuses`): as above.
        self._misstated: list[int] = []
        self._misstated_count = 0

    def see(self, entry: LedgerEntry) -> Sequence[Problem]:
        if entry.parsed is None:
            self._unread += self._run_start is not None  # named as such where it was read
            return ()
        return list(self._problems(entry))

    def _problems(self, entry: LedgerEntry) -> Iterator[Problem]:
        parsed = entry.parsed
        if isinstance(parsed, RunLine):
            self._tally.runs += 1
            if self._run_start is not None:
                yield self._unclosed_run()
            self._run, self._run_start, self._statuses, self._body = parsed, entry.number, Counter(), 0
            self._unread = 0
            self._tally.unsupported = {}
        elif isinstance(parsed, FootnoteLine | LocateLine | SummaryLine) and self._run_start is None:
            yield Problem.at(
                entry.number, self._file, "line-outside-run", f"a {parsed.kind!r} line stands outside a run"
            )
        elif isinstance(parsed, FootnoteLine | LocateLine):
            self._body += 1
            refuted = status_refuted(parsed) if isinstance(parsed, FootnoteLine) else None
            if isinstance(parsed, FootnoteLine) and refuted is not None:
                self._statuses[parsed.status] += 1
                yield self._refuted(entry.number, parsed, refuted)
            elif isinstance(parsed, FootnoteLine):
                self._statuses[parsed.status] += 1
                against = contradicting_checks(parsed)
                said = []
                if against:
                    self._unearned.append(entry.number)
                    said.append(", ".join(f"{check.name}: {check.status}" for check in against))
                if verified_of_nothing_captured(parsed):
                    said.append("nothing captured")
                    self._uncaptured_count += 1
                    if len(self._uncaptured) < _UNEARNED_NAMED:
                        self._uncaptured.append(entry.number)
                misstated = status_misstated(parsed)
                if misstated is not None:
                    said.append(misstated)
                    self._misstated_count += 1
                    if len(self._misstated) < _UNEARNED_NAMED:
                        self._misstated.append(entry.number)
                if said:
                    self._tally.unsupported[entry.number] = "; ".join(said)
            command = self._run.command if self._run is not None else "check"
            if parsed.kind != ("footnote" if command == "check" else "locate"):
                yield Problem.at(
                    entry.number,
                    self._file,
                    "line-wrong-run",
                    f"a {parsed.kind!r} line stands inside a {command!r} run",
                )
        elif isinstance(parsed, SummaryLine):
            yield from self._check_summary(entry.number, parsed)
            self._run_start = None
        elif parsed is not None and self._run_start is not None:
            yield Problem.at(
                entry.number, self._file, "line-inside-run", f"a {parsed.kind!r} line stands inside a run"
            )

    def finish(self) -> Sequence[Problem]:
        if self._unearned:
            # A warning, not a problem: the line is as it was written (its chain holds), but what it says of
            # itself does not hold; `--strict` counts it.
            named = [str(number) for number in self._unearned[:_UNEARNED_NAMED]]
            self._tally.warnings.append(
                f"{_ledger_lines(named, len(self._unearned))} record verified beside a check that fails, a "
                "date, author, quote or title check that warns, or a locator or schema check that did not "
                "pass: a verified footnote has none of these (edited, or written by a faulty tool)"
            )
        if self._uncaptured:
            # As above: a verified footnote was captured and its `captured` check passed (DESIGN.md section
            # 3); a line that says verified of nothing captured lists as verified, "nothing captured", in
            # silence.
            named = [str(number) for number in self._uncaptured]
            self._tally.warnings.append(
                f"{_ledger_lines(named, self._uncaptured_count)} record verified with nothing captured (no "
                "capture, or no captured check that passes): a verified footnote was captured (edited, or "
                "written by a faulty tool)"
            )
        if self._misstated:
            # As above: `check` records every check the contract names, once, and the status they add up to
            # (DESIGN.md section 3); a line that lost its locator check, or says unconfirmed beside a check
            # that fails, verified intact once its chain was computed again.
            named = [str(number) for number in self._misstated]
            self._tally.warnings.append(
                f"{_ledger_lines(named, self._misstated_count)} record a status their checks do not add up "
                "to (a verified footnote without a check the contract names, a check recorded twice, a "
                "status its checks do not give, or captured passing beside no whole 2xx answer): `check` "
                "records every check, once, and the status they give (edited, or written by a faulty tool)"
            )
        return [self._unclosed_run()] if self._run_start is not None else []

    def _refuted(self, number: int, footnote: FootnoteLine, refuted: str) -> Problem:
        # A problem, not a warning: no `check` wrote such a line, and its status is the promise a reader of
        # the ledger (or of verify's listing, "[1] verified") takes from it.
        return Problem(
            line=number,
            file=self._file,
            code="status-refuted",
            message=(
                f"the line records {footnote.status} beside {refuted}: its own checks refute it (edited, or "
                "written by a faulty tool)"
            ),
            expected=" or ".join(sorted(statuses_of(footnote.checks))),
            actual=footnote.status,
        )

    def _unclosed_run(self) -> Problem:
        return Problem.at(
            self._run_start, self._file, "run-not-closed", "this run has no summary line after its footnotes"
        )

    def _check_summary(self, number: int, summary: SummaryLine) -> Iterator[Problem]:
        counted = Counts.model_validate(self._statuses)
        if self._unread and self._summary_allows_unread(summary, counted):
            # A body line too long to read, or not a ledger line, is named where it is; the summary, which
            # counted it as written, was "not matching" too: a second problem, at a line that is as written.
            return
        if summary.counts != counted:
            yield Problem.mismatch(
                number,
                self._file,
                "summary-mismatch",
                "counts",
                counted.model_dump_json(),
                summary.counts.model_dump_json(),
            )
        if summary.total != self._body:
            yield Problem.mismatch(number, self._file, "summary-mismatch", "total", self._body, summary.total)

    def _summary_allows_unread(self, summary: SummaryLine, counted: Counts) -> bool:
        """Whether the summary counts what the run's lines read say, and as many more lines as were not read
        (a `locate` run's summary counts no statuses, only its lines)."""
        said, read = summary.counts.model_dump(), counted.model_dump()
        more = [said[status] - read[status] for status in said]
        locate = self._run is not None and self._run.command == "locate"
        return (
            summary.total == self._body + self._unread
            and min(more, default=0) >= 0
            and sum(more) == (0 if locate else self._unread)
        )


# --- the times --------------------------------------------------------------------------------------------


class _TimeCheck:
    """Each run line's own times, and each capture's: against each other, the clock, the line that records
    it and its run's line (`warc.consistency.check_times`).

    A `check` run's line is sealed once its run has ended (it records `started_at` and `finished_at`): every
    capture its footnotes name, made in the run or reused from before it, had finished by its `at`. A run
    line without them (a `locate` run, or a `check` run of older ledgers) was sealed before its captures
    began: then only the capture's own line bounds it.
    """

    def __init__(self, file: str, now: dt.datetime) -> None:
        self._file = file
        self._now = now
        self._run: Recorder | None = None  # the run line that bounds the captures of the lines after it

    def see(self, entry: LedgerEntry) -> Sequence[Problem]:
        parsed = entry.parsed
        if isinstance(parsed, RunLine):
            sealed_after = parsed.finished_at is not None
            self._run = (
                Recorder(parsed.at, f"its run's line {entry.number}", judged=True) if sealed_after else None
            )
            return list(self._run_problems(entry.number, parsed))
        if isinstance(parsed, SummaryLine):
            self._run = None
        if not isinstance(parsed, FootnoteLine | LocateLine) or parsed.capture is None:
            return ()
        recorders = [Recorder(parsed.at, f"its line {entry.number}")]
        if self._run is not None:
            recorders.append(self._run)
        return list(check_times(entry.number, self._file, parsed.capture, recorders, self._now))

    def _run_problems(self, number: int, run: RunLine) -> Iterator[Problem]:
        # In the order the run writes them: started_at when it starts, finished_at, then its line's at.
        recorded = (("started_at", run.started_at), ("finished_at", run.finished_at), ("at", run.at))
        times = [(name, text) for name, text in recorded if text is not None]
        moments: list[dt.datetime] = []
        for name, text in times:
            moment = parse_utc(text)
            if moment is None:
                yield self._run_problem(number, f"the run line's {name} is not a time", "a UTC time", text)
                return
            moments.append(moment)
        if max(moments) > self._now + CLOCK_SKEW:
            now = self._now.isoformat(timespec="milliseconds").replace("+00:00", "Z")
            found = ", ".join(f"{name} {text}" for name, text in times)
            yield self._run_problem(
                number, "the run line is dated in the future", f"times before {now}", found
            )
        for before, after, moment, next_moment in zip(times, times[1:], moments, moments[1:], strict=False):
            if next_moment < moment:
                message = f"the run line's {after[0]} is before its {before[0]}"
                expected = f"a time from {before[1]} on"
                yield self._run_problem(number, message, expected, after[1])

    def _run_problem(self, number: int, message: str, expected: str, actual: str) -> Problem:
        return Problem(
            line=number,
            file=self._file,
            code="run-time-impossible",
            message=message,
            expected=expected,
            actual=actual,
        )

    def finish(self) -> Sequence[Problem]:
        return ()


class _OrderCheck:
    """The lines' own times, in file order: `check` appends each run after the lines before it, on one clock
    or a few kept in step, so a line dated before an earlier line (beyond `CLOCK_SKEW`) was moved there (runs
    reordered, the chain computed again over the new order: whole, and intact without a seal) or written on a
    clock set back. A warning, not a problem: no hash breaks, and a clock can be wrong; `--strict` counts it.
    Verify records are left out: whoever verified wrote them on their own clock.
    """

    def __init__(self, tally: _Tally) -> None:
        self._tally = tally
        self._latest: tuple[dt.datetime, int] | None = None  # the latest time so far, and its line
        self._first: tuple[int, str, int, str] | None = None  # the first line dated back, and the line before
        self._count = 0

    def see(self, entry: LedgerEntry) -> Sequence[Problem]:
        parsed = entry.parsed
        if parsed is None or isinstance(parsed, VerifyLine):
            return ()
        written = parse_utc(parsed.at)
        if written is None:
            return ()
        latest = self._latest
        if latest is None or written >= latest[0]:  # the last line of that time: the nearest one above
            self._latest = (written, entry.number)
        elif written < latest[0] - CLOCK_SKEW:
            self._count += 1
            if self._first is None:
                self._first = (entry.number, parsed.at, latest[1], _utc_text(latest[0]))
        return ()

    def finish(self) -> Sequence[Problem]:
        if self._first is not None:
            line, at, earlier, earlier_at = self._first
            more = f" ({self._count} lines in all)" if self._count > 1 else ""
            self._tally.warnings.append(
                f"line {line} is dated {at}, before line {earlier} above it ({earlier_at}){more}: "
                "lines were moved (runs reordered, the chain computed again: only a seal or a timestamp "
                "proves the order) or written on a clock set back"
            )
        return ()


def _utc_text(moment: dt.datetime) -> str:
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


class _RouteCheck:
    """Each capture a `check` run made (started once its run had started: not one it reused) from an address
    that is not public (127.0.0.1, 10.0.0.5), against the run's options: the network policy refuses such an
    address unless `--allow-private`, `--allow-host` or `--connect-to` allowed it, or a proxy chose it. A run
    line whose options allow none of these beside such a capture was edited (its `--connect-to` taken out, so
    that verify no longer says the hosts were reached at the operator's chosen address), or the capture was.
    A warning, not a problem: no hash breaks; `--strict` counts it.
    """

    def __init__(self, tally: _Tally) -> None:
        self._tally = tally
        self._run: RunLine | None = None
        self._started: dt.datetime | None = None
        self._lines: list[tuple[int, str]] = []  # the first `_UNEARNED_NAMED`: line, address
        self._count = 0

    def see(self, entry: LedgerEntry) -> Sequence[Problem]:
        parsed = entry.parsed
        if isinstance(parsed, RunLine):
            self._run = parsed if parsed.command == "check" else None
            self._started = parse_utc(parsed.started_at)
        elif isinstance(parsed, FootnoteLine) and (ip := self._refused(parsed.capture)) is not None:
            self._count += 1
            if len(self._lines) < _UNEARNED_NAMED:
                self._lines.append((entry.number, ip))
        return ()

    def _refused(self, capture: Capture | None) -> str | None:
        """The address the capture, made in the run, was answered from, when the run's options refuse it."""
        if capture is None or not capture.ip or self._run is None or self._started is None:
            return None  # a locate run, or a run line of before `started_at`: what it reused is unknown
        started = parse_utc(capture.started_at)
        if started is None or started < self._started:
            return None  # reused from an earlier run, whose options allowed it
        try:
            address = ipaddress.ip_address(capture.ip)
        except ValueError:
            return None
        if special_kind(address) is None:
            return None
        options = self._run.options
        allowed = (
            options.get("allow_private") is not False
            or options.get("allow_hosts") not in (None, [])
            or connect_to_rules(options)
            or options.get("proxy")
        )
        return None if allowed else capture.ip

    def finish(self) -> Sequence[Problem]:
        if self._lines:
            named = [f"{number} ({escape_unprintable(ip)})" for number, ip in self._lines]
            self._tally.warnings.append(
                f"{_ledger_lines(named, self._count)} "
                "record a capture answered from an address that is not public, by a run whose options "
                "allow none (no --allow-private, --allow-host, --connect-to or proxy): the network policy "
                "refuses such an address, so the run's options were edited (a --connect-to taken out?) or "
                "the capture was"
            )
        return ()


# --- the WARC files ---------------------------------------------------------------------------------------

# What a WARC path names (the file's identity and size, or why it cannot be read), kept for this many
# spellings; one let go is opened again to find its file (a system call), never read again.
_PATHS_KEPT = 4096
_MISSING_LOOKED_UP = 100  # missing WARCs looked for by name beside the ledger
# Reading ahead: how many WARC files are read (or wait, read) before the line that names them is checked
# (enough that the other threads go on reading while one reads a large file), at most how many lines and
# bytes of ledger are held to find them. Each file is read once, whatever path names it: what is kept of it
# for the lines that name it again is its records' ids, headers and digests (`WarcRead`: 1.5 to 3 KB for a
# capture's handful of records, some 2 MB for a forged file of 10,000), for the whole verification: so memory
# grows with the WARC files a ledger names (30 MB for 20,000 captures), never with how often it names them.
_WARCS_AHEAD = 16
_LINES_AHEAD = 256
_BYTES_AHEAD = 16 << 20
# Beyond this many threads the Python between two hash calls, which holds the GIL, would be what they wait on.
_MAX_READING_THREADS = 8


def _reading_threads() -> int:
    """One reader per core this process may run on: hashing and inflating let other threads run."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return min(cores, _MAX_READING_THREADS)


def _can_read_in_processes() -> bool:
    """Whether the WARC files can be read by forked processes (see `_CaptureCheck`)."""
    return can_fork()


def _start_reader_process() -> None:
    """A reading process leaves Ctrl-C and SIGTERM to the verification that forked it, which ends it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@dataclass(frozen=True)
class _Named:
    """The file a path names: who it is (device and inode, or its name in a bundle) and its size."""

    key: object
    size: int


def _kept_size(line: RawLine) -> int:
    return line.size if line.data is not None else 0


class _CaptureCheck:
    """Each WARC a footnote line names: read once, its own digests checked once, each capture compared with
    it: the records it lists, every record it does not, and what the listed records' headers say
    (`warc.evidence`, `warc.consistency`). The file's own damage is listed at the first line that names it
    and named in one problem at every other, so each footnote resting on it is shown damaged.

    The files are read ahead of the line being checked, by one reader per core, while the lines are still
    checked one by one in ledger order: problems come out in the same order, with the same content, as when
    each file is read as its line comes. Each reader streams its file, and only a few files are read ahead at
    once, so memory stays bounded. Files on disk are read by forked processes where this one can fork
    (`forking.can_fork`): hashing and inflating let threads run at once, but the Python between two hash
    calls holds the interpreter's lock, and on threads a gigabyte of WARCs took 5 to 15 % longer. A bundle's
    entries, read from the zip this process opened, and any file when a process cannot be had, are read on
    threads. What a process read is what a thread would have read: a reading process that fails is replaced
    by reading the file here.
    """

    def __init__(self, context: VerifyContext, tally: _Tally) -> None:
        self._context = context
        self._tally = tally
        self._named: OrderedDict[str, _Named | Problem] = OrderedDict()  # by path, as spelled
        self._read: dict[object, WarcRead | Problem] = {}  # by file: each read once
        self._reading: dict[object, Future[WarcRead | Problem]] = {}  # read ahead, not yet used
        self._pool: Executor | None = None  # started by the first WARC named
        self._readers = _reading_threads()
        self._stop = threading.Event()  # set when verification ends early: reads in flight give up
        self._checked_files: set[str] = set()
        self._missing: set[str] = set()  # by name: a file let go and read again is still one file

    def __enter__(self) -> _CaptureCheck:
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        if isinstance(self._pool, ProcessPoolExecutor) and any(not f.done() for f in self._reading.values()):
            _end_processes(self._pool)  # verification ended early: what they are reading is not wanted
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def read_ahead(
        self, lines: Iterator[tuple[RawLine, LedgerEntry]]
    ) -> Iterator[tuple[RawLine, LedgerEntry]]:
        """`lines` as they come, each WARC a line names already being read by the time the line is yielded."""
        held: deque[tuple[RawLine, LedgerEntry]] = deque()
        held_bytes = 0
        for line in lines:
            started = self._start_reading(line[1])
            if not started and not held and not self._reading:
                yield line  # nothing is being read: no need to look further ahead
                continue
            held.append(line)
            held_bytes += _kept_size(line[0])
            while held and (
                len(self._reading) >= _WARCS_AHEAD or len(held) > _LINES_AHEAD or held_bytes > _BYTES_AHEAD
            ):
                yielded = held.popleft()
                held_bytes -= _kept_size(yielded[0])
                yield yielded
        yield from held

    def see(self, entry: LedgerEntry) -> Sequence[Problem]:
        parsed = entry.parsed
        if not isinstance(parsed, FootnoteLine | LocateLine) or parsed.capture is None:
            return ()
        problems = list(self._problems(entry.number, parsed.capture))
        if isinstance(parsed, FootnoteLine) and parsed.capture.url != parsed.citation.url:
            # A check captures the URL the footnote cites, as cited (a reused capture is one of that URL):
            # a capture of another URL is no evidence of what the footnote cites, however intact. Another
            # footnote's capture moved onto this one's line needs no WARC to be forged.
            problems.append(
                Problem(
                    line=entry.number,
                    file=self._context.file,
                    code="capture-not-of-citation",
                    message="the capture is of another URL than the one the footnote cites",
                    expected=excerpt(parsed.citation.url or "(no URL)"),
                    actual=excerpt(parsed.capture.url),
                )
            )
        return problems

    def _problems(self, number: int, capture: Capture) -> Iterator[Problem]:
        path = self.warc_path(capture)
        file = str(path)
        if PurePath(capture.warc).is_absolute():
            yield Problem.at(
                number,
                file,
                "warc-path-absolute",
                "the WARC path is absolute, not relative to the ledger",
            )
            return
        if not is_warc_file_name(capture.warc):
            yield Problem.at(
                number,
                file,
                "warc-name-refused",
                "not a WARC file name (a capture's WARC ends in .warc.gz or .warc): not read",
            )
            return
        contents = self._contents(capture, path)
        if isinstance(contents, Problem):
            yield contents.model_copy(update={"line": number})
            return
        itself = list(check_warc_itself(number, file, contents))
        if file not in self._checked_files:
            self._checked_files.add(file)
            self._tally.warc_files += 1
            self._tally.records += contents.record_count
            yield from itself
        elif itself:
            # Every line that names a damaged file rests on it (a capture reused by a later run, a URL cited
            # twice): the damage is listed in full at the first, and named once at each of the others, so
            # that none of their footnotes is shown with its evidence intact.
            first = itself[0]
            more = f" (and {len(itself) - 1} more of the file's own problems)" if len(itself) > 1 else ""
            yield first.model_copy(update={"message": first.message + more})
        yield from check_capture(number, file, capture, contents)
        if contents.error is None:  # a file read in part is named as such; what it lacks would be noise
            yield from check_listing(number, file, capture, contents)
            yield from listing_order_problems(number, file, capture, contents)
            yield from writing_order_problems(number, file, capture, contents)
            yield from check_agreement(number, file, capture, contents)

    def finish(self) -> Sequence[Problem]:
        if self._missing and self._context.archive_dir is None:
            beside = self._missing_found_beside()
            found = (
                f"; they lie by name in {beside} (a ledger moved without the folder its paths name): "
                f"verify with --archive-dir {beside}"
                if beside is not None
                else ""
            )
            self._tally.warnings.append(
                escape_unprintable(
                    f"{len(self._missing)} WARC file(s) missing: if the archive folder was moved, name "
                    "its new place with --archive-dir DIR (each file is found by name, proved by its hash)"
                    + found
                )
            )
        return ()

    def _missing_found_beside(self) -> Path | None:
        """The folder beside the ledger (`archives/`, as `check` makes it, or the ledger's own) that holds a
        regular file under the name of each missing WARC (the first `_MISSING_LOOKED_UP`): the ledger was
        moved with its archives, not in the layout its relative paths name. Only named: the files are read
        from there, each proved by its hash, when the user gives that folder (`--archive-dir`)."""
        names = {PurePath(path).name for path in heapq.nsmallest(_MISSING_LOOKED_UP, self._missing)}
        for folder in (self._context.folder / "archives", self._context.folder):
            try:
                if all(stat.S_ISREG(os.stat(folder / name).st_mode) for name in names):
                    return folder
            except OSError:
                continue
        return None

    def warc_path(self, capture: Capture) -> Path:
        """Where the WARC a capture names is read from (a bundle's entry is named by its name there)."""
        if self._context.opener is not None:
            return Path(self._context.opener.name(capture.warc))
        return evidence_path(capture.warc, self._context.folder, self._context.archive_dir)

    def _start_reading(self, entry: LedgerEntry) -> bool:
        """Start reading the WARC the line names, unless it is read already, is never to be read, or not for
        this line; whether a read was started."""
        parsed = entry.parsed
        if not isinstance(parsed, FootnoteLine | LocateLine) or parsed.capture is None:
            return False
        capture = parsed.capture
        if PurePath(capture.warc).is_absolute() or not is_warc_file_name(capture.warc):
            return False
        path = self.warc_path(capture)
        named = self._name(capture, path)
        if isinstance(named, Problem) or named.size > read_limits(capture).file_bytes:
            return False
        if named.key in self._read or named.key in self._reading:
            return False
        if self._pool is None:
            self._pool = self._start_readers()
        future: Future[WarcRead | Problem] | None = None
        if isinstance(self._pool, ProcessPoolExecutor):
            try:
                future = self._pool.submit(_read_in_process, path, named.size)
            except BrokenProcessPool:  # a reader died (killed, out of memory): the files to come, on threads
                self._pool.shutdown(wait=True, cancel_futures=True)
                self._pool = self._reading_threads()
        if future is None:
            future = self._pool.submit(self._read_one, capture, path, named.size)
        self._reading[named.key] = future
        return True

    def _start_readers(self) -> Executor:
        if self._context.opener is None and _can_read_in_processes():
            return ProcessPoolExecutor(
                self._readers,
                mp_context=multiprocessing.get_context("fork"),
                initializer=_start_reader_process,
            )
        return self._reading_threads()

    def _reading_threads(self) -> ThreadPoolExecutor:
        return ThreadPoolExecutor(self._readers, thread_name_prefix="verify-warc")

    def _contents(self, capture: Capture, path: Path) -> WarcContents | Problem:
        named = self._name(capture, path)
        if isinstance(named, Problem):
            if named.code == "warc-missing":
                self._missing.add(str(path))
            return named
        limits = read_limits(capture, named.size)
        if named.size > limits.file_bytes:
            recorded = (
                f"the ledger recorded {capture.warc_bytes}"
                if capture.warc_bytes is not None
                else f"more than its capture can account for (at most {limits.file_bytes})"
            )
            message = f"the WARC file is {named.size} bytes, {recorded}: not read"
            expected = (
                f"{capture.warc_bytes} bytes"
                if capture.warc_bytes is not None
                else f"at most {limits.file_bytes} bytes"
            )
            return Problem(
                line=None,
                file=str(path),
                code="warc-too-large",
                message=message,
                expected=expected,
                actual=f"{named.size} bytes",
            )
        read = self._read.get(named.key)
        if read is None:
            reading = self._reading.pop(named.key, None)
            read = _read_result(reading) if reading is not None else None
            if read is None:
                read = self._read_one(capture, path, named.size)
            self._read[named.key] = read
        if isinstance(read, Problem):
            return read.model_copy(update={"file": str(path)})
        return read.contents(_record_ids(capture), limits.content_bytes)

    def _name(self, capture: Capture, path: Path) -> _Named | Problem:
        """The file `path` names, or why it cannot be read; remembered for the last `_PATHS_KEPT` paths."""
        key = str(path)
        named = self._named.get(key)
        if named is None:
            named = self._identify(capture, path)
            self._named[key] = named
            if len(self._named) > _PATHS_KEPT:
                self._named.popitem(last=False)
        return named

    def _identify(self, capture: Capture, path: Path) -> _Named | Problem:
        opener = self._context.opener
        try:
            if opener is not None:
                return _Named(opener.name(capture.warc), opener.size(capture.warc))
            outside = self._linked_outside(path)
            if outside is not None:
                return outside
            with open_regular_file(path) as stream:
                status = os.fstat(stream.fileno())
            if not is_warc_file_name(os.path.realpath(path)):
                # A link named like a WARC to a file that is not one (a key, a .env) is no more read than
                # that file named as it is: its hash and size in a problem would tell of a secret.
                return Problem.at(
                    None,
                    str(path),
                    "warc-name-refused",
                    "a link to a file that is not a WARC file by its name (a capture's WARC ends in .warc.gz "
                    "or .warc): not read",
                )
            return _Named((status.st_dev, status.st_ino), status.st_size)
        except FileNotFoundError:
            return Problem.at(None, str(path), "warc-missing", "the WARC file is missing")
        except OSError as error:
            return _unreadable(path, error)

    def _linked_outside(self, path: Path) -> Problem | None:
        """A WARC file that is a link leading out of both the folder its path names (its links resolved)
        and the ledger's folder: not opened. A ledger from elsewhere (a pull request: git keeps links)
        named a WARC file anywhere on the verifier's machine (another case's evidence), read silently: its
        headers quoted in problems, its records counted as this ledger's evidence. A link within the
        ledger's folder (a WARC kept in `store/`), or a folder that is a link (`archives` on another disk,
        its file in it), is read through as before; evidence kept elsewhere is named with --archive-dir."""
        try:
            real = os.path.realpath(path)  # a loop is left as it is: opening it names it
            if is_inside(Path(real), path.parent) or is_inside(Path(real), self._context.folder):
                return None
        except (OSError, ValueError):  # a NUL in the path: opening it says why it cannot be read
            return None
        return Problem(
            line=None,
            file=str(path),
            code="warc-link-outside",
            message=(
                "the WARC file is a link to a file outside its folder and the ledger's: not read (a ledger "
                "may name only evidence beside it; if that file is the evidence, name its folder with "
                "--archive-dir, where it is proved by its hash)"
            ),
            expected=escape_unprintable(f"a file in {os.path.realpath(path.parent)}"),
            actual=escape_unprintable(real),
        )

    def _read_one(self, capture: Capture, path: Path, size: int) -> WarcRead | Problem:
        """The file read whole (on a reading thread, or on this one) at the largest limits a line may set for
        a file of its size; a problem when it cannot be."""
        opener = self._context.opener
        if opener is None:
            return read_warc_file(path, size, self._stop)
        limits = largest_read_limits(size)
        try:
            with opener.open(capture.warc, limits.file_bytes) as stream:
                return read_warc_once(stream, limits, self._stop)
        except OSError as error:
            return _read_failure(path, error)


def read_warc_file(path: Path, size: int, stop: threading.Event | None = None) -> WarcRead | Problem:
    """The WARC file at `path`, of `size` bytes when it was named, read whole at the largest limits a line may
    set for a file of that size (see `WarcRead`); a problem when it cannot be. Where `stop` is set, reading
    ends early (see `read_warc_stream`)."""
    limits = largest_read_limits(size)
    try:
        with open_regular_file(path, limits.file_bytes) as stream:
            return read_warc_once(stream, limits, stop)
    except OSError as error:
        return _read_failure(path, error)


def _read_in_process(path: Path, size: int) -> WarcRead | Problem:
    """`read_warc_file` in a reading process: sent there by name, found there as this module holds it."""
    return read_warc_file(path, size)


def _read_failure(path: Path, error: OSError) -> Problem:
    if isinstance(error, FileNotFoundError):
        return Problem.at(None, str(path), "warc-missing", "the WARC file is missing")
    return _unreadable(path, error)  # replaced or grown since it was named: read as it is named next time


def _read_result(reading: Future[WarcRead | Problem]) -> WarcRead | Problem | None:
    """What a reader read; None when its process died (killed, out of memory): the file is then read here."""
    try:
        return result_in_steps(reading)
    except BrokenProcessPool:
        return None


def _end_processes(pool: ProcessPoolExecutor) -> None:
    """End the pool's reading processes at once (as `_stop` ends the threads' reading): each is in the middle
    of a file nobody wants any more. Python has no public way to do it before 3.14."""
    for process in list((pool._processes or {}).values()):
        process.terminate()


def _unreadable(path: Path, error: OSError) -> Problem:
    return Problem.at(
        None,
        str(path),
        "warc-unreadable",
        f"the WARC file cannot be read: {describe_os_error(error)}",
    )


def _record_ids(capture: Capture) -> frozenset[str]:
    return frozenset(ref.id for ref in capture.records)


def listing_order_problems(
    number: int | None, file: str, capture: Capture, contents: WarcContents
) -> Iterator[Problem]:
    """The records a capture lists against the order its WARC holds them in (`contents.records`, in file
    order). A capture lists each record it writes once, as it writes it (`warc.writer`), so a record listed
    twice, or records listed in another order than the file holds them, say the line or the file was changed:
    a WARC rewritten with its records reordered (its hash recorded again) kept every record's digests and
    verified intact, though it is not the file the capture wrote."""
    listed: dict[str, None] = {}
    twice: list[str] = []
    for ref in capture.records:
        if ref.id in listed and len(twice) < _MAX_NAMED:
            twice.append(ref.id)
        listed[ref.id] = None
    for record_id in twice:
        yield Problem.at(
            number,
            file,
            "record-listed-twice",
            f"the ledger lists the record {excerpt(record_id)} twice: a capture lists each record it wrote "
            "once",
        )
    as_listed = [record_id for record_id in listed if record_id in contents.records]
    in_file = [record_id for record_id in contents.records if record_id in listed]
    if as_listed != in_file:
        yield Problem.mismatch(
            number,
            file,
            "records-out-of-order",
            "the order of the records the ledger lists (a capture lists them as it writes them) and the "
            "order the WARC holds them in",
            excerpt(", ".join(as_listed)),
            excerpt(", ".join(in_file)),
        )


_MAX_NAMED = 3  # records listed twice, named one by one


def writing_order_problems(
    number: int | None, file: str, capture: Capture, contents: WarcContents
) -> Iterator[Problem]:
    """The order of the records the capture lists, as its WARC holds them, against the order the capture
    writes them in (`warc.writer`): its warcinfo first, each response right after the request it answers
    (one exchange, written whole), and the requests of its redirect hops in the order it followed them
    (`redirects`). A forger who reorders the file and the line's listing alike (the file's hash and the chain
    computed again) keeps every record's digests and the listing's order: the order itself is then the only
    evidence left of what happened when, and a file that puts a response before its request, or the last hop
    before the first, tells of a capture that could not have been. What the writer leaves open is not judged:
    side requests and metadata may fall anywhere, and a request may go unanswered (a failed attempt)."""
    records = list(contents.records.values())
    warcinfo = next((place for place, record in enumerate(records) if record.type == "warcinfo"), None)
    if warcinfo is not None and warcinfo > 0:
        yield Problem.mismatch(
            number,
            file,
            "record-order-impossible",
            "the WARC's first record (the capture writes its warcinfo before any other)",
            "warcinfo",
            excerpt(records[0].type),
        )
    for place, record in enumerate(records):
        if record.type != "response":
            continue
        before = records[place - 1] if place > 0 else None
        if before is None or before.type != "request" or before.uri != record.uri:
            yield Problem.mismatch(
                number,
                file,
                "record-order-impossible",
                "the record before a response (the capture writes each exchange's request, then its "
                "response)",
                excerpt(f"a request for {record.uri}"),
                excerpt(_described(before) if before is not None else "none: it is first"),
            )
            break  # one is enough to say the file is not as written; the rest would follow from it
    yield from _hops_out_of_order(number, file, capture, records)


def _described(record: RecordDigests) -> str:
    return f"a {record.type} for {record.uri}" if record.uri else f"a {record.type} record"


def _hops_out_of_order(
    number: int | None, file: str, capture: Capture, records: Sequence[RecordDigests]
) -> Iterator[Problem]:
    """The redirect hops' requests in the file against `redirects`: each hop is requested after the one
    before it answered. A hop the file holds no request for (spelt otherwise, or a line without its hops) is
    `check_agreement`'s to name, not this order's."""
    places: dict[str, list[int]] = {}
    for place, record in enumerate(records):
        if record.type == "request" and record.uri is not None:
            places.setdefault(record.uri, []).append(place)
    after = -1  # the place of the last hop's request found so far
    for hop, url in enumerate(capture.redirects):
        found = places.get(url)
        if not found:
            continue
        later = bisect.bisect_right(found, after)
        if later == len(found):
            previous = capture.redirects[hop - 1] if hop > 0 else ""
            yield Problem.mismatch(
                number,
                file,
                "record-order-impossible",
                "the order of the redirect hops' requests in the WARC (the capture requests each hop after "
                "the one before it answered)",
                excerpt(f"{previous} before {url}"),
                excerpt(f"{url} before {previous}"),
            )
            return
        after = found[later]


# --- the report -------------------------------------------------------------------------------------------


# The last run's notes kept to compare with the report's: per footnote line its label, its line and a digest
# of its text and of its citing passages, some 300 bytes, never the text itself (a long report's lines, its
# passages long paragraphs, held 50 million characters): the few differences named are quoted from a second
# read of those lines (`_ReportCheck._recorded_texts`). Beyond this many lines (a report is read with at most
# 20,000 notes), or this many characters of their labels, none are compared: a forged ledger of millions of
# footnote lines costs no more.
_NOTES_KEPT = 100_000
_LABEL_CHARS_KEPT = 4 << 20
_NOTES_NAMED = 20  # notes named one problem each when a changed report is compared; the rest counted in one
# The reader a run recorded (`Report.format`), as `--from` names it.
_FROM_FORMAT = {"text": "txt", "markdown": "md"}


def _passages_digest(passages: Iterable[str]) -> bytes:
    """The SHA-256 of citing passages, each length-prefixed (passages split otherwise differ)."""
    digest = hashlib.sha256()
    for passage in passages:
        encoded = passage.encode("utf-8", "surrogatepass")
        digest.update(len(encoded).to_bytes(8, "big"))
        digest.update(encoded)
    return digest.digest()


def _note_digests(text: str, passages: Iterable[str]) -> bytes:
    """What a footnote line's note is compared by: the SHA-256 of its text, then of its citing passages."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest() + _passages_digest(passages)


@dataclass(frozen=True, slots=True)
class _RecordedNote:
    """A footnote line of the last run, as the report's notes are compared with it: by digest."""

    number: int  # its ledger line
    digests: bytes  # `_note_digests` of its text and its citing passages (`contexts`), as recorded

    def text_differs(self, note: Footnote) -> bool:
        return self.digests[:32] != hashlib.sha256(note.text.encode("utf-8", "surrogatepass")).digest()

    def passages_differ(self, note: Footnote) -> bool:
        return self.digests[32:] != _passages_digest(context.text for context in note.contexts)


@dataclass(frozen=True)
class _RecordedText:
    """A footnote line's note and citing passages, read again to quote where it differs from the report."""

    text: str
    passages: tuple[str, ...]


class _ReportCheck:
    """The report (the given one, else the last run's recorded path) against the last run's hash, then its
    notes against the last run's footnote lines (`notes_compared`), whether its hash matches or not.

    A report whose hash differs is read again (with the reader the run recorded), and its notes compared with
    the last run's footnote lines by label: each note whose text or citing passages read otherwise now, each
    one no longer there, each one not checked is a problem of its own (the ledger's verdicts are of the
    report it hashed: what a changed note says now, no run checked). Lines that only moved are not named.
    """

    def __init__(self, context: VerifyContext, tally: _Tally) -> None:
        self._context = context
        self._tally = tally
        self._last_run: tuple[int, RunLine] | None = None
        # The last `check` run, whose footnote lines `_notes` keeps: a `locate` run appended after it (the
        # same report searched for its unlinked notes) records none, and leaves them to be compared.
        self._check_run: tuple[int, RunLine] | None = None
        self._in_check_run = False
        self._notes: dict[str, _RecordedNote] | None = {}  # None: more than kept, not compared
        self._label_chars = 0

    def see(self, entry: LedgerEntry) -> Sequence[Problem]:
        parsed = entry.parsed
        if isinstance(parsed, RunLine):
            self._last_run = (entry.number, parsed)
            self._in_check_run = parsed.command == "check"
            if self._in_check_run:
                self._check_run = (entry.number, parsed)
                self._notes, self._label_chars = {}, 0
        elif isinstance(parsed, FootnoteLine) and self._in_check_run and self._notes is not None:
            if parsed.label in self._notes:
                return ()  # a repeat of a label: the first line of it is the one compared
            self._label_chars += len(parsed.label)
            if len(self._notes) >= _NOTES_KEPT or self._label_chars > _LABEL_CHARS_KEPT:
                self._notes = None
            else:
                digests = _note_digests(parsed.text, (context.text for context in parsed.contexts))
                self._notes[parsed.label] = _RecordedNote(entry.number, digests)
        return ()

    def finish(self) -> Sequence[Problem]:
        return list(self._problems())

    def _problems(self) -> Iterator[Problem]:
        if self._last_run is None:
            return
        number, run = self._last_run
        given, opener = self._context.report_path, self._context.opener
        path = given if given is not None else path_from_ledger(run.report.path, self._context.folder)
        if given is None and opener is None and not is_inside(path, self._context.folder):
            # A ledger from elsewhere can name any file (../../.env, /etc/passwd, a link out of the folder):
            # its hash, printed in a mismatch, would tell a guessable secret, and a file whose hash a forger
            # knows would pass for the report. The user names it with --report, or it is not compared.
            self._tally.warnings.append(
                escape_unprintable(
                    f"the report {run.report.path} named by line {number} is outside the ledger's folder "
                    f"{self._context.folder}: it was not read, and not compared with its recorded hash; "
                    "give it with --report REPORT"
                )
            )
            return
        limit = self._context.max_report_bytes
        try:
            # Read once, whole (the bounds refuse a larger file before a byte is read): hashed, then its
            # notes read from the same bytes. `read()`, not `read(limit + 1)`, which sets aside the limit.
            if given is None and opener is not None:
                path = Path(opener.name(run.report.path))
                with opener.open(run.report.path, limit) as stream:
                    data = stream.read()
            else:
                with open_regular_file(path, limit) as stream:
                    data = stream.read()
        except OSError as error:
            if given is not None:
                raise InputError(f"cannot read report {path}: {describe_os_error(error)}") from None
            self._tally.warnings.append(
                escape_unprintable(
                    f"the report {path} named by line {number} could not be compared with its recorded hash "
                    f"({describe_os_error(error)}); give it with --report REPORT"
                )
            )
            return
        self._tally.report_checked = True
        actual = sha256_hex(data)
        if actual != run.report.sha256 and _line_ends_converted(data, run):
            # A Windows checkout (git's autocrlf) gave a text report CRLF line ends: the bytes the run hashed
            # are the file's with each CR before a LF taken out, so the report is the one checked, its notes
            # compared from those bytes. Said, not a problem: nothing the run checked changed.
            data, actual = data.replace(b"\r\n", b"\n"), run.report.sha256
            self._tally.report_crlf = True
        if actual != run.report.sha256:
            what = "the report's sha256 recorded by the last run"
            yield Problem.mismatch(number, str(path), "report-changed", what, run.report.sha256, actual)
            checked = self._checked_run(number, run)
            if checked is not None:
                yield from self._notes_changed(*checked, path, data)
        else:
            checked = self._checked_run(number, run)
            if checked is not None:
                self._lines_unlike_report(*checked, path, data)
        if given is None and opener is None:
            self._named_report_unchecked(number, run, path)

    def _checked_run(self, number: int, run: RunLine) -> tuple[int, RunLine] | None:
        """The run whose footnote lines the report's notes are compared with: the last run (line `number`)
        when it is a check; when it is a locate run (which records none) of the report the last check run
        hashed, that check run; else none."""
        if run.command == "check":
            return number, run
        if self._check_run is not None and self._check_run[1].report.sha256 == run.report.sha256:
            return self._check_run
        return None

    def _notes_changed(self, number: int, run: RunLine, path: Path, data: bytes) -> Iterator[Problem]:
        """The notes of the changed report that differ from the last run's footnote lines, one problem each
        (the first `_NOTES_NAMED`, then how many more); a warning when they could not be compared, or when
        none differs (what changed lies elsewhere in the report's text)."""
        recorded = self._notes
        if recorded is None:
            self._report_warning(
                f"its notes were not compared: the last run has over {_NOTES_KEPT:,} footnote lines, or over "
                f"{_LABEL_CHARS_KEPT >> 20} million characters of their labels (a report is read with at "
                "most 20,000 notes)"
            )
            return
        now = self._read_notes(
            run, path, data, lambda why: self._report_warning(f"its notes were not compared: {why}")
        )
        if now is None:
            return
        self._tally.notes_compared = True
        differences = list(_differing_notes(recorded, now))
        texts = self._recorded_texts(differences[:_NOTES_NAMED])
        found = list(_note_differences(number, str(path), differences[:_NOTES_NAMED], texts))
        yield from found
        if len(differences) > _NOTES_NAMED:
            yield Problem.at(
                number,
                str(path),
                "report-notes-changed",
                f"{len(differences) - _NOTES_NAMED} more of the report's notes differ from the last run's",
            )
        if not differences:
            self._report_warning(
                f"each of its {len(recorded)} notes, and the passages citing them, read as the last run "
                "recorded them: what changed lies elsewhere in its text (or in its lines' places)"
            )

    def _lines_unlike_report(self, number: int, run: RunLine, path: Path, data: bytes) -> None:
        """The check run's footnote lines against the notes of the report it hashed, unchanged: a line whose
        note or citing passages read otherwise than the report's, one for a note the report has not, a note
        of the report the run has no line for, each a warning naming the footnote (`verify --strict` counts
        it as a problem). A warning, not a problem: the line may have been rewritten and its chain hashed
        again from there (an unsealed ledger's chain then holds), but a report read by another version of
        provenance than the one that made the run may read otherwise too (its readers change from version to
        version), and NOT INTACT of an honest ledger would accuse whoever made it. Only a seal proves the
        lines unchanged since it was made."""
        if run.command != "check":
            return
        if self._notes is None:
            self._tally.warnings.append(
                escape_unprintable(
                    f"the footnote lines of the run at line {number} were not compared with the report's "
                    f"notes: the run has over {_NOTES_KEPT:,} of them, or over {_LABEL_CHARS_KEPT >> 20} "
                    "million characters of their labels (a report is read with at most 20,000 notes)"
                )
            )
            return
        now = self._read_notes(run, path, data, lambda why: self._unchanged_report_warning(path, why))
        if now is None:
            return
        self._tally.notes_compared = True
        differences = list(_differing_notes(self._notes, now))
        _mark_lines_unlike(differences, self._tally.unlike_report)
        texts = self._recorded_texts(differences[:_NOTES_NAMED])
        found = list(_lines_unlike_notes(number, str(path), differences[:_NOTES_NAMED], texts))
        self._tally.lines_unlike_report = len(differences)
        why = (
            ": rewritten since the run (an unsealed ledger's chain can be hashed again; only a seal proves "
            "its lines unchanged), or the report read otherwise by the version of provenance that made the "
            "run"
        )
        for said in found:
            self._tally.warnings.append(escape_unprintable(f"{said}{why}"))
        if len(differences) > _NOTES_NAMED:
            self._tally.warnings.append(
                f"line {number}: {len(differences) - _NOTES_NAMED} more of the run's footnote lines differ "
                "from the report's notes"
            )

    def _recorded_texts(self, differences: Sequence[_NoteDifference]) -> dict[int, _RecordedText]:
        """The note and citing passages of each footnote line in `differences`, by line, read again from the
        ledger (one bounded pass, up to the last of those lines) to quote them: only their digests were kept.
        A line that reads otherwise now than its digests (the file changed since it was read) is left out,
        and so is every line when the ledger cannot be read again: the difference is then named unquoted."""
        wanted = {
            found.recorded.number: found.recorded for found in differences if found.recorded is not None
        }
        reopen = self._context.reopen
        if not wanted or reopen is None:
            return {}
        texts: dict[int, _RecordedText] = {}
        last = max(wanted)
        try:
            with reopen() as stream:
                for raw in read_lines(stream, MAX_LINE_BYTES):
                    if raw.number > last:
                        break
                    recorded = wanted.get(raw.number)
                    if recorded is None or raw.data is None:
                        continue
                    parsed = try_parse_line(line_content(raw) or b"")
                    if not isinstance(parsed, FootnoteLine):
                        continue
                    passages = tuple(context.text for context in parsed.contexts)
                    if _note_digests(parsed.text, passages) == recorded.digests:
                        texts[raw.number] = _RecordedText(parsed.text, passages)
        except OSError:
            pass  # quoted as far as it was read
        return texts

    def _unchanged_report_warning(self, path: Path, said: str) -> None:
        """Why the notes of a report given or bundled, unchanged, could not be compared (`said`)."""
        number = self._last_run[0] if self._last_run is not None else 0
        self._tally.warnings.append(
            escape_unprintable(
                f"the report {path} has the hash the run at line {number} recorded, "
                f"but its notes were not compared with the run's footnote lines: {said}"
            )
        )

    def _read_notes(
        self, run: RunLine, path: Path, data: bytes, warn: Callable[[str], None]
    ) -> dict[str, Footnote] | None:
        """The notes of the report's bytes (`data`) as read now, by label (the first of a label); None, said
        in a warning, when they read as no report."""
        from provenance.readers import read_report_bytes

        recorded_format = str(run.report.format)
        try:
            report = read_report_bytes(data, str(path), _FROM_FORMAT.get(recorded_format, recorded_format))
        except ProvenanceError as error:  # it reads as no report now: no comparison
            warn(f"it reads as no report now ({error})")
            return None
        notes: dict[str, Footnote] = {}
        for footnote in report.footnotes:
            notes.setdefault(footnote.label, footnote)
        return notes

    def _report_warning(self, said: str) -> None:
        number = self._last_run[0] if self._last_run is not None else 0
        self._tally.warnings.append(
            escape_unprintable(f"the report changed since the run at line {number} checked it; {said}")
        )

    def _named_report_unchecked(self, number: int, run: RunLine, compared: Path) -> None:
        """A warning when the ledger is named for a report beside it (`REPORT.ledger.jsonl`, as `check`
        names it) that is not the one its last run names: "report hash checked" was said of another file (a
        run appended naming an old copy of the report kept it intact) while the report the ledger is for was
        not compared at all."""
        name = Path(self._context.file).name
        if not name.endswith(_LEDGER_SUFFIX) or len(name) == len(_LEDGER_SUFFIX):
            return
        named = self._context.folder / name[: -len(_LEDGER_SUFFIX)]
        try:
            if not stat.S_ISREG(os.stat(named).st_mode) or os.path.samefile(named, compared):
                return
        except OSError:
            return  # no such report beside the ledger (renamed, or a ledger named by --ledger)
        self._tally.warnings.append(
            escape_unprintable(
                f"the ledger is named for the report {named}, but its last run (line {number}) names "
                f"{run.report.path}: that file was compared, and {named} was not; give it with --report "
                "REPORT to compare it"
            )
        )


# Reports read as text, whose line ends a checkout may convert (a DOCX, ODT or PDF is a binary file to git).
_TEXT_FORMATS = frozenset({"text", "markdown", "html"})


def _line_ends_converted(data: bytes, run: RunLine) -> bool:
    """The report `data`, of a text format, is the one `run` hashed with LF line ends turned into CRLF: every
    LF has a CR before it, and taking those CRs out gives the recorded hash."""
    if str(run.report.format) not in _TEXT_FORMATS or b"\r\n" not in data:
        return False
    if data.count(b"\n") != data.count(b"\r\n"):
        return False  # a LF without its CR: not a file converted whole
    return sha256_hex(data.replace(b"\r\n", b"\n")) == run.report.sha256


@dataclass(frozen=True)
class _NoteDifference:
    """One way a run's footnote lines and a report's notes differ: a note the report has not (`gone`), its
    text or its citing passages read otherwise (`text`, `passages`), or a note the run has no line for
    (`added`)."""

    kind: Literal["gone", "text", "passages", "added"]
    label: str
    recorded: _RecordedNote | None  # the run's footnote line; None for an added note
    now: Footnote | None  # the report's note; None for a note gone


def _differing_notes(
    recorded: dict[str, _RecordedNote], now: dict[str, Footnote]
) -> Iterator[_NoteDifference]:
    """Each difference between the last run's footnote lines (`recorded`) and a report's notes (`now`), in the
    order the run recorded them, then the notes it has no line for."""
    for label, note in recorded.items():
        current = now.get(label)
        if current is None:
            yield _NoteDifference("gone", label, note, None)
            continue
        if note.text_differs(current):
            yield _NoteDifference("text", label, note, current)
        if note.passages_differ(current):
            yield _NoteDifference("passages", label, note, current)
    for label, footnote in now.items():
        if label not in recorded:
            yield _NoteDifference("added", label, None, footnote)


def _quotes(found: _NoteDifference, texts: dict[int, _RecordedText]) -> tuple[str, str]:
    """The run's words and the report's for a difference, each cut around where they differ; the run's, when
    its line could not be read again (`_ReportCheck._recorded_texts`), said to be as that line records."""
    if found.recorded is None:
        return "no such note", excerpt(found.now.text) if found.now is not None else ""
    text = texts.get(found.recorded.number)
    unread = f"as ledger line {found.recorded.number} records it (not read again)"
    if found.now is None:
        return (excerpt(text.text) if text is not None else unread), "no such note"
    if found.kind == "text":
        then, now = (text.text if text is not None else None), found.now.text
    else:
        then = (" / ".join(text.passages) or "no citing passage") if text is not None else None
        now = " / ".join(context.text for context in found.now.contexts) or "no citing passage"
    return _where_they_differ(then, now) if then is not None else (unread, excerpt(now))


def _note_differences(
    number: int, file: str, differences: Sequence[_NoteDifference], texts: dict[int, _RecordedText]
) -> Iterator[Problem]:
    """Each note that differs between the last run's footnote lines and the report now, a problem at the run's
    line (`_differing_notes`), quoted from `texts`."""
    for found in differences:
        where = f"note [{found.label}] (ledger line {found.recorded.number if found.recorded else number})"
        code, message = {
            "gone": ("report-note-removed", f"{where} is no longer in the report: the last run checked it"),
            "text": (
                "report-note-changed",
                f"{where} reads otherwise in the report now: the last run checked it as recorded",
            ),
            "passages": (
                "report-passage-changed",
                f"the passages citing {where} read otherwise in the report now: the last run compared the "
                "source with them as recorded",
            ),
            "added": (
                "report-note-added",
                f"note [{found.label}] in the report now was not checked by the last run (line {number})",
            ),
        }[found.kind]
        before, after = _quotes(found, texts)
        yield Problem(line=number, file=file, code=code, message=message, expected=before, actual=after)


_UNLIKE_REPORT = {
    "gone": "a note that is not in the report",
    "text": "its note otherwise than the report reads it",
    "passages": "the passages citing it otherwise than the report reads them",
}


def _mark_lines_unlike(differences: Iterable[_NoteDifference], by_line: dict[int, str]) -> None:
    """What each footnote line of `differences` records otherwise than the report, into `by_line` by line."""
    for found in differences:
        if found.recorded is not None:
            what = _UNLIKE_REPORT[found.kind]
            said = by_line.get(found.recorded.number)
            by_line[found.recorded.number] = f"{said}, and {what}" if said else what


def _lines_unlike_notes(
    number: int, report: str, differences: Sequence[_NoteDifference], texts: dict[int, _RecordedText]
) -> Iterator[str]:
    """Each footnote line of the last run that differs from the note of the report it hashed (read from the
    unchanged report), said at the footnote's line, then each note of the report it has no line for, at the
    run's (`_differing_notes`), quoted from `texts`."""
    hashed = f"the report {report} the run at line {number} hashed (its sha256 as recorded)"
    for found in differences:
        line = found.recorded.number if found.recorded else number
        where = f"footnote line {line} (note [{found.label}])"
        said = {
            "gone": f"{where} records a note that is not in {hashed}",
            "text": f"{where} records the note otherwise than {hashed} reads it now",
            "passages": f"{where} records the passages citing it otherwise than {hashed} reads them now",
            "added": f"note [{found.label}] of {hashed} has no footnote line in that run",
        }[found.kind]
        before, after = _quotes(found, texts)
        yield f"line {line}: {said} (the report: {after!r}; the line: {before!r})"


_SHOWN_BEFORE_A_CHANGE = 30  # characters the two excerpts keep before the first that differs


def _where_they_differ(recorded: str, now: str) -> tuple[str, str]:
    """The two texts as a problem quotes them, each from a little before the first character that differs:
    a long note changed near its end read the same in two excerpts cut at their start."""
    same = 0
    for old, new in zip(recorded, now, strict=False):
        if old != new:
            break
        same += 1
    start = max(0, same - _SHOWN_BEFORE_A_CHANGE)
    cut = "…" if start else ""
    return excerpt(cut + recorded[start:]), excerpt(cut + now[start:])


_LEDGER_SUFFIX = ".ledger.jsonl"  # `check` names a report's ledger REPORT.ledger.jsonl (DESIGN.md section 2)


# --- what lies beside the ledger and its evidence, unaccounted for ---------------------------------------

_UNACCOUNTED_NAMED = 10  # files named in the warning; the rest are counted
# Bounds on what a forged ledger can make this check hold or list: real ledgers name one or two folders.
_FOLDERS_LOOKED_IN = 16
_REPORT_NAMES_KEPT = 1000


class _LeftBesideCheck:
    """What a court should hear of besides the lines: a run's journal left beside the ledger, and WARC files
    of the ledger's reports in its archive folders that no line names. Each is a warning, not a problem: the
    ledger's own evidence is as intact without them, and neither is evidence of anything (a journal is the
    unsigned scratch of a run that never appended; a file no line names is vouched for by nothing), but
    either says that sources were captured which the ledger does not account for (a run killed or stopped
    before it appended, still under way, or a file put there), which whoever relies on the ledger should be
    told rather than find. `--strict` counts them, as it counts every warning: a gate asking that nothing be
    left unexplained should stop until someone has looked (a WARC a killed run left stays until it is moved
    or removed; a journal goes with the next run of the report). Anyone who can write in the folder can make
    `--strict` fail this way; no one can make anything pass by it.

    A folder is one the ledger's WARCs are in (or `--archive-dir`); a file is unaccounted for when its name
    is that of a capture of a report one of the ledger's runs checked (`<report name>-fn…`, see
    `warc.naming`), so the WARCs of other reports' ledgers sharing the folder are theirs to account for, not
    named here (nor is a file named for another report, planted or not). Listing a folder reads no WARC.

    What this cannot tell: the journal is never read as evidence, so a journal replaced by another run's
    unsigned one (the same report, any capture profile) is named only as a journal; a capture reused from it
    by the next `check` (each WARC re-hashed against its entry, see `reuse.journal`; under `--sign` only
    entries signed by the key) verifies on its line like a capture that run fetched.
    """

    def __init__(self, context: VerifyContext, tally: _Tally, captures: _CaptureCheck) -> None:
        self._context = context
        self._tally = tally
        self._captures = captures
        self._report_names: set[str] = set()
        self._folders: dict[str, str | None] = {}  # folder as spelled -> resolved (None: beyond the bound)
        self._named: dict[str, set[str]] = {}  # resolved folder -> names of the WARCs lines name in it

    def see(self, entry: LedgerEntry) -> Sequence[Problem]:
        if self._context.opener is not None:
            return ()  # a bundle: nothing lies beside it
        parsed = entry.parsed
        if isinstance(parsed, RunLine):
            if len(self._report_names) < _REPORT_NAMES_KEPT:
                self._report_names.add(PurePath(parsed.report.path).name)
        elif (
            isinstance(parsed, FootnoteLine | LocateLine)
            and parsed.capture is not None
            and not PurePath(parsed.capture.warc).is_absolute()  # refused unread: names no folder
        ):
            folder, name = os.path.split(self._captures.warc_path(parsed.capture))
            resolved = self._resolved(folder)
            if resolved is not None:
                self._named.setdefault(resolved, set()).add(name)
        return ()

    def _resolved(self, folder: str) -> str | None:
        if folder not in self._folders:
            resolved = None
            if len(self._folders) < _FOLDERS_LOOKED_IN:
                try:
                    resolved = os.path.realpath(folder or ".")
                except ValueError:  # a NUL in a forged path: no folder
                    resolved = None
            self._folders[folder] = resolved
        return self._folders[folder]

    def finish(self) -> Sequence[Problem]:
        if self._context.opener is not None:
            return ()
        self._journal_left()
        self._unaccounted_warcs()
        return ()

    def _journal_left(self) -> None:
        journal = journal_path(Path(self._context.file))
        try:
            status = os.lstat(journal)
        except OSError:
            return
        if stat.S_ISREG(status.st_mode) and status.st_size == 0:
            return  # nothing was journaled
        self._tally.warnings.append(
            escape_unprintable(
                f"a run's journal {journal} lies beside the ledger: a run (killed, stopped before it "
                "appended, or still under way) captured sources the ledger does not record; they are not "
                "verified here, and the next check of the report reuses those it can prove and removes it"
            )
        )

    def _unaccounted_warcs(self) -> None:
        prefixes = tuple(f"{name}-fn" for name in self._report_names)
        if not prefixes:
            return
        unaccounted: list[str] = []
        for folder, named in self._named.items():
            try:
                with os.scandir(folder) as entries:
                    unaccounted += (
                        os.path.join(folder, entry.name)
                        for entry in entries
                        if entry.name.startswith(prefixes)
                        and is_warc_file_name(entry.name)
                        and entry.name not in named
                    )
            except OSError:
                continue  # a folder not there is named by each missing WARC's problem
        if not unaccounted:
            return
        unaccounted.sort()
        shown = ", ".join(unaccounted[:_UNACCOUNTED_NAMED])
        more = len(unaccounted) - _UNACCOUNTED_NAMED
        self._tally.warnings.append(
            escape_unprintable(
                f"{len(unaccounted)} WARC file(s) of this ledger's report(s) that no line names: {shown}"
                f"{f' and {more} more' if more > 0 else ''}: captured by a run that never appended (killed "
                "or stopped), or put there; nothing vouches for them (move or remove them once explained)"
            )
        )


# --- the anchor -------------------------------------------------------------------------------------------


class _AnchorCheck:
    def __init__(self, context: VerifyContext, tally: _Tally) -> None:
        self._anchor = context.anchor
        self._file = context.file
        self._tally = tally

    def see(self, entry: LedgerEntry) -> Sequence[Problem]:
        if self._anchor is not None and self._tally.anchor_line is None and entry.hash == self._anchor:
            self._tally.anchor_line = entry.number
        return ()

    def finish(self) -> Sequence[Problem]:
        if self._anchor is None or self._tally.anchor_line is not None:
            return ()
        return [
            Problem(
                line=None,
                file=self._file,
                code="anchor-missing",
                message=(
                    f"no line of the ledger has the anchored head {self._anchor}: "
                    "lines were removed or rewritten"
                ),
                expected=f"a line whose hash is {self._anchor}",
                actual=f"the head {self._tally.head}" if self._tally.head else "no line",
            )
        ]


__all__ = [
    "MAX_PROBLEMS_LISTED",
    "LedgerEntry",
    "LineCheck",
    "ProblemList",
    "Verification",
    "VerifyContext",
    "line_checks",
    "verify_ledger",
    "verify_stream",
]
