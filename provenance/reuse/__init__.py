"""Cache and resume: a capture made earlier is reused instead of fetching the URL again.

A capture qualifies when it is of the same URL, was made with the same capture settings (`CAPTURE_SETTINGS`:
what changes the bytes a fetch keeps), is younger than `--max-age`, succeeded (a 2xx answer, not cut short, no
error: a failure is always tried again) and its WARC file still hashes to the recorded SHA-256. Two places
hold such captures:

- the ledger's own history: the footnote lines of earlier runs, read only as far as the hash chain holds
  (a ledger whose chain is broken gives nothing to reuse);
- the journal beside the ledger (`REPORT.ledger.jsonl.journal`), where a run lists each capture as it
  finishes. A run that is interrupted (Ctrl-C, a crash, a CI timeout, `kill -9`) never appends to the
  ledger, but its finished captures are in the journal, so the next run reuses them and fetches only the
  rest. A run that commits its lines to the ledger removes the journal (its captures are then in the
  ledger's history).

The journal is written and read only under the ledger's lock. Ledger and journal are untrusted input like
any file (lines checked against the model, bounded, a cut last line ignored; a pull request can add lines and
WARCs): a candidate is handed out only when its WARC still hashes to the recorded SHA-256 and is consistent
with the capture and with time (`reuse.consistency`: not dated in the future or after the line that
recorded it; the WARC's records name its URL, its IP address, its status and fall within its times), and
its WARC path is relative to the ledger's folder, as `verify` requires (`../archives/…` is; `/x.warc.gz` is
not). Under `--sign`, only what the signing key vouches for is a candidate at all (`reuse.history`,
`reuse.journal`). A reused capture keeps its original times and hashes and says where it came from
(`capture.reused`).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, Any, Literal

from provenance.escaping import escape_unprintable
from provenance.models import utc_now
from provenance.reuse.consistency import time_problem, warc_problem
from provenance.warc.naming import path_from_ledger

if TYPE_CHECKING:
    from provenance.models import Capture, CaptureOutcome

log = logging.getLogger("provenance.reuse")

DEFAULT_MAX_AGE = 86_400.0  # seconds: a day

# The recorded options that shape what a fetch keeps: a capture made under other values is not reused.
CAPTURE_SETTINGS = (
    "allow_private",
    "browser",
    "ca_bundle",
    "connect_to",
    "max_bytes",
    "proxy",
    "timegate",
    "tls_trust",  # the CA bundle in effect, --ca-bundle's or the environment's, by SHA-256
    "user_agent",
)


def capture_profile(options: Mapping[str, Any]) -> str:
    """The capture settings among a run's recorded options, as one comparable string."""
    return json.dumps({name: options.get(name) for name in CAPTURE_SETTINGS}, sort_keys=True)


def qualifies(capture: Capture) -> bool:
    """A capture worth reusing: answered 2xx, whole, without an error. Anything else is fetched again."""
    status = capture.http_status
    return status is not None and 200 <= status < 300 and not capture.truncated and capture.error is None


def started(capture: Capture) -> dt.datetime:
    return dt.datetime.fromisoformat(capture.started_at.replace("Z", "+00:00"))


@dataclass(frozen=True, repr=False, eq=False)
class Candidate:
    """A capture that may be reused, as recorded (WARC path relative to the ledger's folder); where from."""

    capture: Capture
    source: Literal["ledger", "journal"]
    line: int | None = None  # the ledger line's seq, for the ledger (its line in the file is seq + 1)
    recorded_at: str | None = None  # the `at` of the ledger line or journal entry that lists it

    def describe(self) -> str:
        """Where it was found, for a warning."""
        where = f"ledger line {ledger_file_line(self.line)}" if self.source == "ledger" else "the journal"
        return f"the capture of {escape_unprintable(self.capture.url)} in {where}"


def ledger_file_line(seq: int | None) -> str:
    """A ledger line's place in the file as `verify` names it (from 1), from its `seq` (from 0)."""
    return "?" if seq is None else str(seq + 1)


class ReusableCaptures:
    """The newest candidate per URL for one ledger; `take` re-hashes its WARC before handing it out."""

    def __init__(self, ledger_dir: Path, candidates: Iterable[Candidate]) -> None:
        self._ledger_dir = ledger_dir
        self._by_url: dict[str, list[Candidate]] = {}
        for candidate in candidates:
            self._by_url.setdefault(candidate.capture.url, []).append(candidate)
        for found in self._by_url.values():
            found.sort(key=lambda c: c.capture.started_at, reverse=True)

    def __len__(self) -> int:
        return len(self._by_url)

    def take(self, url: str) -> CaptureOutcome | None:
        """The newest capture of `url` whose WARC still matches its hash, as an outcome of this run (its
        WARC path usable from here); None when there is none and the URL must be fetched."""
        now = dt.datetime.now(dt.UTC)
        found = self._by_url.get(url, [])
        for candidate in list(found):
            found.remove(candidate)  # refused once is refused (and warned of) once; handed out, it stays
            recorder = "ledger line" if candidate.source == "ledger" else "journal entry"
            untimely = time_problem(candidate.capture, candidate.recorded_at, recorder, now)
            if untimely is not None:
                log.warning(
                    "%s is not reused, fetched again: %s", candidate.describe(), escape_unprintable(untimely)
                )
                continue
            if PurePath(candidate.capture.warc).is_absolute():
                # `verify` refuses such a line unread (`warc-path-absolute`): reused, it would be recorded
                # again relative to the ledger, a line verify reads, naming a file anywhere on the disk.
                log.warning(
                    "%s is not reused, fetched again: its WARC path %s is absolute, not relative to the "
                    "ledger",
                    candidate.describe(),
                    escape_unprintable(candidate.capture.warc),
                )
                continue
            warc = path_from_ledger(candidate.capture.warc, self._ledger_dir)
            if _still_matches(warc, candidate):
                found.insert(0, candidate)
                from provenance.models import CaptureOutcome, CaptureReuse  # see `provenance.run_models`

                reuse = CaptureReuse(source=candidate.source, line=candidate.line, checked_at=utc_now())
                capture = candidate.capture.model_copy(update={"warc": str(warc), "reused": reuse})
                return CaptureOutcome(url=url, capture=capture)
        return None


def _still_matches(warc: Path, candidate: Candidate) -> bool:
    """Whether the WARC still hashes to what was recorded and holds what the capture says (read once, within
    the bounds `verify` reads it in); a warning names what does not."""
    from provenance.warc.evidence import read_limits
    from provenance.warc.reader import read_warc

    capture = candidate.capture
    if not warc.name.endswith(".warc.gz"):  # a journal or ledger that names some other file is not believed
        log.warning("%s is not a WARC file this tool writes: not reused", warc)
        return False
    try:
        size = warc.stat().st_size
        if capture.warc_bytes is not None and size != capture.warc_bytes:
            contents = None
        else:
            contents = read_warc(warc, read_limits(capture, size))
    except OSError as error:
        log.info("%s cannot be read (%s): not reused", warc, error.strerror or error)
        return False
    if contents is None or contents.sha256 != capture.warc_sha256:
        log.warning("%s no longer matches its recorded size and SHA-256: not reused, fetched again", warc)
        return False
    disagreement = warc_problem(capture, contents)
    if disagreement is not None:
        log.warning(
            "%s is not reused, fetched again: %s (%s)",
            candidate.describe(),
            escape_unprintable(disagreement),
            warc,
        )
        return False
    return True
