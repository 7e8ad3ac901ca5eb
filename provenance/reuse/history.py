"""The captures a ledger's earlier runs recorded, read as candidates for reuse.

Read as far as the hash chain holds: a line whose `prev` is not the hash of the line before it means the
ledger was changed or damaged, and then nothing in it is reused (`provenance verify` names the problem).

The chain proves only that lines were appended, not who appended them: anyone who can write the file can
append a run and recompute the chain. So a run is also held to time: a run whose lines are dated before the
lines of the runs before it (beyond `CLOCK_SKEW`) was not appended when it says, and nothing in it is reused.
A capture a run reused from an earlier line is offered only as that line (`_original`), so it is held to
the rules of the run that made it. Under `--sign`, a run vouches for its captures only with its own seal:
only runs sealed by a signature made with the signing key (a `signature` line of the run, valid over the
head it seals, after the captures) give candidates.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from provenance.escaping import escape_unprintable
from provenance.ledger.lines import MAX_LINE_BYTES, chained_sha256, line_content, read_lines
from provenance.reuse import Candidate, capture_profile, ledger_file_line, qualifies, started
from provenance.reuse.consistency import CLOCK_SKEW, parse_utc

if TYPE_CHECKING:
    from provenance.models import Capture

log = logging.getLogger("provenance.reuse")


class _Run:
    """One run of the ledger as it is read: its capture settings, its candidates, what speaks against it."""

    def __init__(self, seq: int | None, options: object, before: tuple[dt.datetime, str] | None) -> None:
        self.seq = seq
        self.profile = capture_profile(options) if isinstance(options, dict) else None
        self.before = before  # the latest time a line before this run is dated, and as it is written
        self.pending: list[Candidate] = []  # not (yet) sealed by the signing key
        self.sealed: list[Candidate] = []  # sealed by a signature made with the signing key
        self.untimely: str | None = None

    def see_time(self, seq: int | None, at: object) -> None:
        moment = parse_utc(at) if isinstance(at, str) else None
        if self.untimely is None and moment is not None and self.before is not None:
            latest, written = self.before
            if moment < latest - CLOCK_SKEW:
                where = f"ledger line {ledger_file_line(seq)}"
                self.untimely = f"{where} is dated {at}, before the runs it follows ({written})"

    def candidates(self, signer: str | None) -> list[Candidate]:
        """What this run offers: under `--sign` (a `signer`), only what its seal covers."""
        offered = self.sealed if signer is not None else self.pending
        if signer is not None and self.pending:
            log.info(
                "the run at ledger line %s is not sealed by the --sign key: its captures are not reused",
                ledger_file_line(self.seq),
            )
        if offered and self.untimely is not None:
            log.warning(
                "the run at ledger line %s is not reused from (its captures are fetched again): %s",
                ledger_file_line(self.seq),
                escape_unprintable(self.untimely),
            )
            return []
        return offered


def ledger_candidates(
    ledger: Path, profile: str | None, since: dt.datetime, signer: str | None = None
) -> tuple[list[Candidate], str | None]:
    """The captures in `ledger` made with capture settings `profile`, since `since`, that qualify for reuse
    (none when `profile` is None: the chain is only walked); under `--sign`, `signer` (the signing key's
    public key, base64) and only from runs it sealed. Also a warning when the ledger could not be trusted
    for it: a run appended after a break in its chain should not go unsaid."""
    not_reused = "" if profile is None else "captures not reused: "
    from provenance.files import describe_os_error, open_regular_file

    try:
        stream = open_regular_file(ledger)
    except FileNotFoundError:
        return [], None
    except OSError as error:
        return [], f"{not_reused}the ledger cannot be read ({describe_os_error(error)})"
    found: list[Candidate] = []
    previous: str | None = None
    run: _Run | None = None
    latest: tuple[dt.datetime, str] | None = None  # the latest time a line read so far is dated
    with stream:
        # Streamed in bounded memory, as `verify` reads: a line too long to be one `check` wrote is hashed,
        # never held, and breaks the chain here (a forged line of 300 MB took the run 1.2 GB).
        for raw in read_lines(stream, MAX_LINE_BYTES):
            # Chained as `verify` and the writer chain it: without an editor's byte order mark before the
            # first line and a carriage return at a line's end (git's autocrlf). Hashed with them, a ledger
            # so converted was said to break its chain at line 2, and none of its captures was reused.
            number, encoded = raw.number, line_content(raw)
            line = _object(encoded) if encoded is not None else None
            chained = line is not None and previous in (None, line.get("prev"))
            if line is None or not chained or not raw.complete:
                return [], (
                    f"{not_reused}the ledger's hash chain does not hold at line {number} "
                    "(provenance verify names the problem)"
                )
            previous = chained_sha256(raw, encoded)
            if profile is None:
                continue
            kind, seq, at = line.get("kind"), line.get("seq"), line.get("at")
            if kind == "run":
                if run is not None:
                    found.extend(run.candidates(signer))
                run = _Run(seq if isinstance(seq, int) else None, line.get("options"), latest)
            if run is None:
                continue
            run.see_time(seq if isinstance(seq, int) else None, at)
            moment = parse_utc(at) if isinstance(at, str) else None
            if moment is not None and (latest is None or moment > latest[0]):
                latest = moment, str(at)
            if kind == "footnote" and run.profile == profile and isinstance(line.get("capture"), dict):
                capture = _capture(line["capture"])
                if (
                    capture is not None
                    and qualifies(capture)
                    and started(capture) >= since
                    and _original(capture, signer)
                ):
                    recorded_at = at if isinstance(at, str) else None
                    line_seq = seq if isinstance(seq, int) else None
                    run.pending.append(Candidate(capture, "ledger", line_seq, recorded_at))
            elif kind == "signature" and signer is not None and _sealed_by(line, signer):
                run.sealed.extend(run.pending)
                run.pending.clear()
    if run is not None:
        found.extend(run.candidates(signer))
    return found, None


def _original(capture: Capture, signer: str | None) -> bool:
    """Whether a capture a run recorded is offered as that run's: one it fetched itself. One it reused from
    an earlier ledger line is not (that line is offered itself, held to its own run: a run appended out of
    time, or not sealed by the `--sign` key, is not vouched for by a later run that copied its capture). One
    it reused from a journal is found nowhere else: offered without `--sign`; under it, not, since earlier
    versions of the tool reused unsigned journal entries."""
    reuse = capture.reused
    return reuse is None or (reuse.source == "journal" and signer is None)


def _sealed_by(line: dict[str, Any], signer: str) -> bool:
    """Whether a `signature` line is a valid signature by `signer` over the head it seals (its `prev`, which
    the chain walk has already found to be the hash of the line before it)."""
    public_key, signature, head = line.get("public_key"), line.get("signature"), line.get("prev")
    if public_key != signer or not isinstance(signature, str) or not isinstance(head, str):
        return False
    from provenance.seal.signing import check_signature

    try:
        return check_signature(public_key, signature, head) == "valid"
    except UnicodeEncodeError:  # a head that is not ASCII is no head this tool sealed
        return False


def _object(encoded: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(encoded)
    except (ValueError, RecursionError):  # nested too deep for the parser: no line `check` wrote
        return None
    return value if isinstance(value, dict) else None


def _capture(value: dict[str, Any]) -> Capture | None:
    try:
        from provenance.models import Capture  # see `provenance.run_models`

        return Capture.model_validate(value)
    except ValidationError:
        return None
