"""Judging a ledger's seals: is each signature and timestamp sound, and by whom the caller trusts?

A seal vouches for its `prev`, the head before it, so for every line before it. Whether the chain of those
lines is whole is the chain check's job; here each seal is checked against its own `prev`, and a seal after
a line where the chain breaks says so (`chain_broken_at`): sound over the head it names, it no longer vouches
for the lines before it as they are now (one of them changed after it was sealed):

- a signature is `invalid` when it does not verify; when it does, it is `trusted` if its key was given with
  `--trust`, `untrusted` if other keys were given (a problem), and `valid` if none were (a warning: who holds
  the key was not checked);
- a timestamp is `invalid` when its token is not over `prev` at its `gen_time`; otherwise `trusted` when its
  TSA chains to a `--tsa-ca` root, `untrusted` when roots were given and it does not (a problem), and
  `unchecked` when none were (a warning). A token made outside its certificate's notBefore..notAfter is
  `untrusted` with or without roots (`check_timestamp`); one whose certificate expired after it stands.
  A token whose time is before the time a line it seals says it was written (beyond its accuracy and a
  minute's skew) is a problem whatever its status: the TSA saw the head before that line was, by its own
  time, written, so the lines' times (their captures' too) are not
  when they were recorded, or the TSA's clock is wrong. So is a line after a timestamp dated before its
  token's time (`line-before-timestamp`, once a timestamp): it chains over the token, so it was written
  after the TSA made it, and dated back. The timestamp line itself, dated before its own token's time, is
  the same problem: it was written once the TSA had answered.

With `--trust`, the last run must also be sealed by a trusted signature, and with `--tsa-ca` by a trusted
timestamp: stripping the seals off the end of a ledger, or appending an unsigned run, is a problem too.
Without them, a sealed ledger whose last run no seal follows (a run appended after the seals) is a warning:
nothing vouches for that run, and the seals before it say nothing about it. Either names every run after
the last such seal, not only the last run: two runs appended after the seals are both unsealed.
The last trusted seal is kept, with the lines after it that are not seals (a verify record), so that the
verdict says which lines a trusted seal covers and which none does.
Pure: the caller reads the keys and certificates.

Every seal is judged, but only the first `MAX_SEALS_LISTED` of each kind are kept as results (and warned
about); the rest are counted by kind and status (`SealTally`). A ledger of 320,000 seal lines kept a result
and a warning for each, and printed them all: 705 MB and 23.6 s. The last seal of each kind past them is
kept too (`SealTally.last_not_listed`): the one over the latest runs, which a ledger signed at every run of
a daily check for a year has past the first hundred (its latest run's page said it did not know whether
that run's signature verifies).
"""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, Protocol

from pydantic import Field

from provenance.models import LedgerLine, Model, PrintableText, Problem, RunLine, SignatureLine, TimestampLine
from provenance.seal.timestamps import TimestampCheck, check_timestamp, utc_text
from provenance.warc.consistency import CLOCK_SKEW, parse_utc

if TYPE_CHECKING:
    from cryptography import x509

SealKind = Literal["signature", "timestamp"]
SealStatus = Literal["trusted", "valid", "unchecked", "untrusted", "invalid"]
# Seals of one kind listed (and warned about) one by one; a ledger sealed once per run has a few. Beyond
# them, seals are counted: what a reader needs of thousands of seals is how many, and which failed first.
MAX_SEALS_LISTED = 100


class SealResult(Model):
    """One seal line as `verify` judged it."""

    line: int | None = Field(description="The seal's ledger line; None for a bundle's own signature.")
    kind: SealKind
    status: SealStatus
    # All text below comes from the ledger or a TSA's certificate: escaped as verify prints it, in JSON too.
    sealed_head: PrintableText
    detail: PrintableText
    public_key: PrintableText | None = None
    tsa: PrintableText | None = None
    tsa_name: PrintableText | None = None
    gen_time: PrintableText | None = None
    # A timestamp's token beyond its time: genTime ± accuracy, its serial number and policy, the SHA-256 of
    # the certificate that signed it (whose it is only a --tsa-ca root says).
    accuracy: PrintableText | None = None
    token_serial: PrintableText | None = None
    policy: PrintableText | None = None
    tsa_certificate_sha256: PrintableText | None = None
    # That certificate's notAfter, and whether it has passed since (a token made while it was valid stands).
    tsa_certificate_valid_until: PrintableText | None = None
    tsa_certificate_expired_since: bool = False
    sealed_through: int | None = Field(
        default=None,
        description=(
            "The line whose hash the seal names as its prev, when that is not the line before it (lines were "
            "put between them): it seals lines 1 to this one, not the lines after. None for the line before."
        ),
    )
    chain_broken_at: int | None = Field(
        default=None,
        description=(
            "The first line before this seal where the hash chain breaks (a line changed since it was "
            "sealed): the seal is judged over the head it names, which the lines before it no longer hash "
            "to. None when the chain up to the seal holds."
        ),
    )


@dataclass
class SealTally:
    """What verification keeps of a ledger's seals, flat in their number: the first `MAX_SEALS_LISTED` of each
    kind as judged, how many more of each kind and status were judged, and the line of the last seal that
    verifies (listed or not: it says whether the last run is covered)."""

    listed: list[SealResult] = field(default_factory=list)
    listed_by_kind: dict[SealKind, int] = field(default_factory=dict)
    not_listed: dict[SealKind, dict[SealStatus, int]] = field(default_factory=dict)
    last_sound: int | None = None
    over_changed_lines: int = 0  # seals, listed or not, after a line where the chain breaks
    last_trusted: int | None = None  # the last seal judged against a --trust key or --tsa-ca root, trusted
    # The lines other than seals after `last_trusted` (verify records, once the runs are checked): the first
    # of them and how many. No trusted seal covers them, whatever the verdict says of the lines before.
    after_trusted: tuple[int, int] | None = None
    # The runs after the last seal that verifies (the first one's line, how many), when there is one.
    unsealed_runs: tuple[int, int] | None = None
    # Of each kind, the last seal past those listed, as judged (also counted in `not_listed`).
    last_not_listed: dict[SealKind, SealResult] = field(default_factory=dict)

    def add(self, result: SealResult) -> bool:
        """Count `result`; keep it if fewer than `MAX_SEALS_LISTED` of its kind are. Whether it was kept."""
        if result.chain_broken_at is not None:
            self.over_changed_lines += 1
        listed = self.listed_by_kind.get(result.kind, 0)
        if listed < MAX_SEALS_LISTED:
            self.listed.append(result)
            self.listed_by_kind[result.kind] = listed + 1
            return True
        statuses = self.not_listed.setdefault(result.kind, {})
        statuses[result.status] = statuses.get(result.status, 0) + 1
        self.last_not_listed[result.kind] = result
        return False


class _Entry(Protocol):
    @property
    def number(self) -> int: ...

    @property
    def parsed(self) -> LedgerLine | None: ...


_RUNS_SINCE_KEPT = 1_000  # run lines kept since a seal, to count those after an earlier head it names


@dataclass
class _RunsSince:
    """The runs seen since a seal: the first one's line and how many."""

    first: int = 0
    count: int = 0
    lines: deque[int] = field(default_factory=lambda: deque(maxlen=_RUNS_SINCE_KEPT))  # the last ones

    def add(self, line: int) -> None:
        self.first = self.first or line
        self.count += 1
        self.lines.append(line)

    def after(self, line: int) -> _RunsSince:
        """These runs, less those before `line` (exact unless more than `_RUNS_SINCE_KEPT` lie after it)."""
        if self.first > line:
            return self
        later = _RunsSince()
        if not self.lines or self.lines[-1] <= line:  # the usual seal, over the line before it: none after
            return later
        for number in self.lines:
            if number > line:
                later.add(number)
        return later

    def which(self) -> str:
        """The runs, named: `the last run`, `the last 2 runs`."""
        return "the last run" if self.count == 1 else f"the last {self.count} runs"

    def are(self) -> str:
        return "is" if self.count == 1 else "are"


@dataclass
class _Stamp:
    """A timestamp's token time: every line after it was written later."""

    moment: dt.datetime
    line: int
    accuracy: float  # seconds either way, as the token states
    contradicted: bool = False  # a line after it said it was written before: said once


class SealCheck:
    """Sees every ledger line in order (a `ledger.verify.LineCheck`); puts each seal's result in `seals`
    and what only warrants a warning in `warnings` (for the seals listed; the others' warnings are counted
    into one line at the end)."""

    def __init__(
        self,
        file: str,
        trusted_keys: frozenset[str],
        tsa_roots: Sequence[x509.Certificate],
        seals: SealTally,
        warnings: list[str],
        chain_broken_at: Callable[[], int | None] = lambda: None,
        sealed_line: Callable[[str], int | None] = lambda head: None,
    ) -> None:
        self._file = file
        self._chain_broken_at = chain_broken_at  # the first line where the chain breaks, so far
        self._sealed_line = sealed_line  # the line, of those kept, whose hash is a head
        self._trusted_keys = trusted_keys
        self._tsa_roots = list(tsa_roots)
        self._last_run: int | None = None
        self._last_line = 0
        self._last_trusted = {"signature": 0, "timestamp": 0}  # line of the latest trusted seal of each kind
        # The runs after the last seal that verifies, and after the last trusted seal of each kind: the line
        # of the first of them and how many there are. Two runs appended after the seals are both unsealed:
        # naming only the last one said the one before it was sealed.
        self._unsealed = _RunsSince()
        self._untrusted: dict[SealKind, _RunsSince] = {"signature": _RunsSince(), "timestamp": _RunsSince()}
        self._after_trusted = _RunsSince()  # the lines, not seals, after the last trusted seal of either kind
        self._unlisted_warnings: dict[SealKind, int] = {}  # warnings of seals not listed, by kind
        self._latest_written: tuple[dt.datetime, int] | None = None  # the latest line time so far, its line
        self._latest_stamp: _Stamp | None = None  # the latest token time of the timestamps so far
        self._last_covered = 0  # the last line a seal that verifies covers (its prev's line)
        self.seals = seals
        self.warnings = warnings

    def see(self, entry: _Entry) -> Sequence[Problem]:
        parsed = entry.parsed
        written = parse_utc(parsed.at) if parsed is not None else None
        problems = [*self._written_before_stamped(entry.number, written), *self._judge(entry)]
        if written is not None and (self._latest_written is None or written > self._latest_written[0]):
            self._latest_written = (written, entry.number)
        return problems

    def _written_before_stamped(self, number: int, written: dt.datetime | None) -> tuple[Problem, ...]:
        """A line after a timestamp, dated before the TSA made its token: written after it, dated back.

        The line chains over the timestamp line, so over the token the TSA signed at its genTime: it was
        written after that. Dated earlier (beyond the token's accuracy and `CLOCK_SKEW`), its time, and its
        captures', are not when it was recorded (a clock set back), or the TSA's clock is ahead. Said once
        for each timestamp, at the first line that contradicts it.
        """
        stamp = self._latest_stamp
        if stamp is None or stamp.contradicted or written is None:
            return ()
        if written >= stamp.moment - CLOCK_SKEW - dt.timedelta(seconds=stamp.accuracy):
            return ()
        stamp.contradicted = True
        return (
            Problem(
                line=number,
                file=self._file,
                code="line-before-timestamp",
                message=(
                    f"this line says it was written at {utc_text(written)}, but it follows the timestamp "
                    f"on line {stamp.line}, whose token the TSA made at {utc_text(stamp.moment)}, later: the "
                    "line was written after that token and dated back (a clock set behind), or the TSA's "
                    "clock is wrong"
                ),
                expected=f"at or after {utc_text(stamp.moment)} (line {stamp.line}'s token)",
                actual=utc_text(written),
            ),
        )

    def _judge(self, entry: _Entry) -> Sequence[Problem]:
        parsed = entry.parsed
        self._last_line = entry.number
        if not isinstance(parsed, SignatureLine | TimestampLine):
            self._after_trusted.add(entry.number)
        if isinstance(parsed, RunLine):
            self._last_run = entry.number
            for runs in (self._unsealed, *self._untrusted.values()):
                runs.add(entry.number)
            return ()
        early: tuple[Problem, ...] = ()  # a token's time before a line it seals says it was written
        if isinstance(parsed, SignatureLine):
            result = self._signature(entry.number, parsed)
        elif isinstance(parsed, TimestampLine):
            result, early = self._timestamp(entry.number, parsed)
        else:
            return ()
        # A seal whose prev is the head of an earlier line than the one before it seals the lines up to that
        # one: sound over them if the chain holds that far, and over none of the lines put between.
        through = self._sealed_line(parsed.prev)
        sealed_through = through if through is not None and through < entry.number - 1 else None
        if sealed_through is not None:
            result = result.model_copy(update={"sealed_through": sealed_through})
        broken = self._chain_broken_at()
        if broken is not None and broken <= (sealed_through or entry.number):
            result = result.model_copy(update={"chain_broken_at": broken})
        listed = self.seals.add(result)
        # A seal over an earlier line's head covers the runs up to that line, none after it: those stay
        # unsealed, and a --trust key or --tsa-ca root that signed it vouches for nothing after that line.
        covered = sealed_through or entry.number
        if result.status != "invalid":
            self.seals.last_sound = entry.number
            self._last_covered = covered
            self._unsealed = self._unsealed.after(covered)
        if result.status == "trusted":
            self._last_trusted[result.kind] = covered
            self._untrusted[result.kind] = self._untrusted[result.kind].after(covered)
            self.seals.last_trusted = entry.number
            self._after_trusted = self._after_trusted.after(covered)
        elif result.status in ("invalid", "untrusted"):
            # A problem each: the problem list keeps the first of them and counts the rest.
            problem = Problem.at(entry.number, self._file, f"{result.kind}-{result.status}", result.detail)
            return (problem, *early)
        elif listed:
            self.warnings.append(f"line {entry.number}: {result.detail}")
        else:
            self._unlisted_warnings[result.kind] = self._unlisted_warnings.get(result.kind, 0) + 1
        return early

    def _stamped_before_written(self, number: int, checked: TimestampCheck) -> tuple[Problem, ...]:
        """A token's time before a line it seals says that line was written: one of the two clocks is wrong.

        The TSA's genTime is the latest the head, so every line before it, can have been written; a line
        dated after it (beyond the token's accuracy and `CLOCK_SKEW`, as `verify` allows a line's time
        past its own clock) was not written when it says: a run recorded on a clock set ahead (its
        captures' times too), or a TSA whose clock is behind. Only a token that could be read has a time.
        """
        stamped = parse_utc(checked.gen_time)
        if checked.status == "invalid" or stamped is None:
            return ()
        if self._latest_written is None:
            return ()
        written, line = self._latest_written
        accuracy = checked.details.accuracy_seconds if checked.details is not None else 0.0
        if written <= stamped + CLOCK_SKEW + dt.timedelta(seconds=accuracy):
            return ()
        return (
            Problem(
                line=number,
                file=self._file,
                code="timestamp-before-sealed-lines",
                message=(
                    f"the TSA's token says the head existed at {checked.gen_time}, but line {line}, which it "
                    f"seals, says it was written at {utc_text(written)}, later: the lines were not written "
                    "when they say (recorded on a clock set ahead) or the TSA's clock is wrong"
                ),
                expected=f"at or after {utc_text(written)} (line {line})",
                actual=checked.gen_time,
            ),
        )

    def finish(self) -> Sequence[Problem]:
        if self.seals.last_trusted is not None and self._after_trusted.count:
            self.seals.after_trusted = (self._after_trusted.first, self._after_trusted.count)
        for kind, count in self._unlisted_warnings.items():
            self.warnings.append(
                f"… and {count} more {kind}{'' if count == 1 else 's'} warned about as above, not listed "
                f"(only the first {MAX_SEALS_LISTED} {kind}s are)"
            )
        if self._last_run is None:
            return ()
        required: tuple[tuple[SealKind, str, bool, str], ...] = (
            ("signature", "signed", bool(self._trusted_keys), "signed with a --trust key"),
            (
                "timestamp",
                "timestamped",
                bool(self._tsa_roots),
                "timestamped by a TSA a --tsa-ca root certifies",
            ),
        )
        problems = tuple(
            Problem.at(
                self._last_run,
                self._file,
                f"run-not-{done}",
                f"{self._untrusted[kind].which()} {self._untrusted[kind].are()} not {what}: nothing vouches "
                f"for {'its' if self._untrusted[kind].count == 1 else 'their'} lines",
            )
            for kind, done, asked, what in required
            if asked and self._last_trusted[kind] < self._last_run
        )
        last_sound = self.seals.last_sound
        if last_sound is not None and self._last_covered < self._last_run:
            self.seals.unsealed_runs = (self._unsealed.first, self._unsealed.count)
        if not problems and last_sound is not None and self._last_covered < self._last_run:
            unsealed = self._unsealed
            after = (
                f"the last seal (line {last_sound})"
                if self._last_covered == last_sound
                else f"line {self._last_covered}, the last a seal covers (the seal on line {last_sound})"
            )
            self.warnings.append(
                f"{unsealed.which()} (lines {unsealed.first} to {self._last_line}) {unsealed.are()} covered "
                f"by no seal: added after {after}, nothing vouches for "
                f"{'it' if unsealed.count == 1 else 'them'} (give --trust or --tsa-ca to make that a problem)"
            )
        return problems

    def _signature(self, number: int, line: SignatureLine) -> SealResult:
        return judge_signature(line.public_key, line.signature, line.prev, self._trusted_keys, number)

    def _timestamp(self, number: int, line: TimestampLine) -> tuple[SealResult, tuple[Problem, ...]]:
        """The seal as judged, and the problem of a token dated before a line it seals."""
        checked = check_timestamp(line.token, line.prev, line.gen_time, self._tsa_roots)
        details = checked.details
        detail = checked.detail
        if checked.status == "unchecked":
            detail = (
                f"timestamp {line.gen_time} from {line.tsa} is over the head of lines 1 to {number - 1}, "
                f"but {detail}"
            )
        result = SealResult(
            line=number,
            kind="timestamp",
            status=checked.status,
            sealed_head=line.prev,
            detail=detail,
            tsa=line.tsa,
            tsa_name=checked.tsa_name,
            gen_time=checked.gen_time,
            accuracy=details.accuracy if details else None,
            token_serial=details.serial if details else None,
            policy=details.policy if details else None,
            tsa_certificate_sha256=details.signer_sha256 if details else None,
            tsa_certificate_valid_until=details.signer_valid_until if details else None,
            tsa_certificate_expired_since=details.signer_expired_since if details else False,
        )
        problems = self._stamped_before_written(number, checked)
        stamped = parse_utc(checked.gen_time) if checked.status != "invalid" else None
        if stamped is None:
            return result, problems
        accuracy = checked.details.accuracy_seconds if checked.details is not None else 0.0
        stamp = _Stamp(stamped, number, accuracy)
        problems += self._dated_before_its_token(line, stamp)
        if self._latest_stamp is None or stamped > self._latest_stamp.moment:
            self._latest_stamp = stamp  # the lines after it come later
        return result, problems

    def _dated_before_its_token(self, line: TimestampLine, stamp: _Stamp) -> tuple[Problem, ...]:
        """A timestamp line dated before the TSA made the token it holds: it was written after it, once the
        TSA had answered, so its time was set back (or the TSA's clock is ahead), as a line after it dated
        before the token is (`_written_before_stamped`). Said as that once: its next line, on the same
        clock, would only say it again."""
        written = parse_utc(line.at)
        if written is None or written >= stamp.moment - CLOCK_SKEW - dt.timedelta(seconds=stamp.accuracy):
            return ()
        stamp.contradicted = True
        return (
            Problem(
                line=stamp.line,
                file=self._file,
                code="line-before-timestamp",
                message=(
                    f"this timestamp line says it was written at {utc_text(written)}, but the token it "
                    f"holds was made by the TSA at {utc_text(stamp.moment)}, later: the line was written "
                    "after that token and dated back (a clock set behind), or the TSA's clock is wrong"
                ),
                expected=f"at or after {utc_text(stamp.moment)} (its token)",
                actual=utc_text(written),
            ),
        )


def judge_signature(
    public_key: str, signature: str, head: str, trusted_keys: frozenset[str], line: int | None = None
) -> SealResult:
    """A signature over `head` judged as the module docstring says; `line` None for a bundle's own."""
    from provenance.seal.signing import check_signature  # cryptography: only for a signed ledger

    checked = check_signature(public_key, signature, head)
    status: SealStatus
    if checked != "valid":
        status, detail = (
            "invalid",
            (
                "the signature does not verify: what it seals was changed, or the signature itself"
                if checked == "invalid"
                else "the signature or its key cannot be decoded"
            ),
        )
    elif public_key in trusted_keys:
        status, detail = "trusted", f"signed by trusted key {public_key}"
    elif trusted_keys:
        status, detail = "untrusted", f"signed by key {public_key}, which is not a --trust key"
    else:
        status = "valid"
        detail = f"signature valid, by key {public_key}; the key's holder was not checked (give --trust)"
    return SealResult(
        line=line, kind="signature", status=status, sealed_head=head, detail=detail, public_key=public_key
    )
