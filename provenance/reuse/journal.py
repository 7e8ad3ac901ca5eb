"""The journal beside a ledger: one line per capture as it finishes, so an interrupted run's work is found.

`REPORT.ledger.jsonl.journal`, JSON Lines, appended and flushed to disk as each capture finishes, under the
ledger's lock. The run that commits its lines to the ledger removes it (before the lock is released); a run
that never commits leaves it for the next run, which reuses what it lists (each WARC re-hashed first).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path
from typing import Literal

from pydantic import ValidationError

from provenance.ledger.paths import journal_path
from provenance.models import Capture, Model, UtcTimestamp, utc_now
from provenance.reuse import Candidate, qualifies, started

log = logging.getLogger("provenance.reuse")

MAX_JOURNAL_BYTES = 256 * 1024 * 1024  # far above any real run's journal; a bound on a damaged one


class JournalEntry(Model):
    """One finished capture, as the ledger would record it (its WARC path relative to the ledger's folder)."""

    kind: Literal["capture"] = "capture"
    at: UtcTimestamp
    profile: str  # the run's capture settings (reuse.capture_profile)
    capture: Capture


def journal_candidates(ledger: Path, profile: str, since: dt.datetime) -> list[Candidate]:
    """The captures an interrupted run listed in `ledger`'s journal that qualify for reuse."""
    from provenance.files import open_regular_file

    try:
        with open_regular_file(journal_path(ledger), MAX_JOURNAL_BYTES) as stream:
            lines = stream.read().split(b"\n")
    except FileNotFoundError:
        return []
    except OSError as error:
        log.warning("%s cannot be read (%s): its captures are fetched again", journal_path(ledger), error)
        return []
    found = []
    for raw in lines:  # a line cut by a kill, or not an entry at all, is passed over
        try:
            entry = JournalEntry.model_validate_json(raw)
        except ValidationError:
            continue
        capture = entry.capture
        if entry.profile == profile and qualifies(capture) and started(capture) >= since:
            found.append(Candidate(capture, "journal"))
    return found


class Journal:
    """Appends finished captures to a ledger's journal, each line on disk before the next capture is told."""

    def __init__(self, ledger: Path, profile: str) -> None:
        self._path = journal_path(ledger)
        self.ledger_dir = ledger.parent
        self._profile = profile
        self._failed = False

    def record(self, capture: Capture) -> None:
        """Add `capture` (ledger form). A journal that cannot be written costs a resume, never the run."""
        if self._failed:
            return
        entry = JournalEntry(at=utc_now(), profile=self._profile, capture=capture)
        line = entry.model_dump_json().encode("utf-8") + b"\n"
        try:
            descriptor = os.open(self._path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
            try:
                os.write(descriptor, line)
                os.fsync(descriptor)
            finally:
                os.close(descriptor)
        except OSError as error:
            self._failed = True
            log.warning("%s cannot be written (%s): an interrupted run will fetch again", self._path, error)


def discard_journal(ledger: Path) -> None:
    """The run's lines are in the ledger: its journal has nothing left to offer."""
    try:
        journal_path(ledger).unlink(missing_ok=True)
    except OSError as error:
        log.warning("%s cannot be removed (%s)", journal_path(ledger), error)
