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

The journal is written and read only under the ledger's lock; it is untrusted input like any file (lines
checked against the model, bounded, a cut last line ignored), and nothing in it is believed without the hash.
A reused capture keeps its original times and hashes and says where it came from (`capture.reused`).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from provenance.models import Capture, CaptureOutcome, CaptureReuse, utc_now
from provenance.warc.naming import path_from_ledger

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


@dataclass(frozen=True)
class Candidate:
    """A capture that may be reused, as recorded (WARC path relative to the ledger's folder); where from."""

    capture: Capture
    source: Literal["ledger", "journal"]
    line: int | None = None  # the ledger line's seq, for the ledger


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
        for candidate in self._by_url.get(url, ()):
            warc = path_from_ledger(candidate.capture.warc, self._ledger_dir)
            if _still_matches(warc, candidate.capture):
                reuse = CaptureReuse(source=candidate.source, line=candidate.line, checked_at=utc_now())
                capture = candidate.capture.model_copy(update={"warc": str(warc), "reused": reuse})
                return CaptureOutcome(url=url, capture=capture)
        return None


def _still_matches(warc: Path, capture: Capture) -> bool:
    from provenance.hashing import sha256_file

    if not warc.name.endswith(".warc.gz"):  # a journal or ledger that names some other file is not believed
        log.warning("%s is not a WARC file this tool writes: not reused", warc)
        return False
    try:
        resized = capture.warc_bytes is not None and warc.stat().st_size != capture.warc_bytes
        if not resized and sha256_file(warc, capture.warc_bytes) == capture.warc_sha256:
            return True
    except OSError as error:
        log.info("%s cannot be read (%s): not reused", warc, error.strerror or error)
        return False
    log.warning("%s no longer matches its recorded size and SHA-256: not reused, fetched again", warc)
    return False
