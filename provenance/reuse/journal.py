"""The journal beside a ledger: one line per capture as it finishes, so an interrupted run's work is found.

`REPORT.ledger.jsonl.journal`, JSON Lines, appended and flushed to disk as each capture finishes, under the
ledger's lock. The run that commits its lines to the ledger removes it (before the lock is released); a run
that never commits leaves it for the next run, which reuses what it lists (each WARC re-hashed first).

Anyone who can write beside the ledger can write a journal, so under `--sign` an entry counts only when it
is signed by the signing key: a run with `--sign` signs each entry it writes (Ed25519, over the canonical JSON
of the entry without its `public_key` and `signature`), and a run with `--sign` reuses only entries whose
signature by its own key holds. An entry of a run without `--sign` carries none. For the same reason the
journal's name is written only as a regular file: a symbolic link there is not followed, a FIFO not waited on
(the run then journals nothing, and a stopped run's captures are fetched again).
"""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import errno
import logging
import os
import stat
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from provenance.files import sync_file
from provenance.ledger.paths import journal_path
from provenance.models import utc_now
from provenance.reuse import Candidate, qualifies, started

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from provenance.models import Capture

log = logging.getLogger("provenance.reuse")

MAX_JOURNAL_BYTES = 256 * 1024 * 1024  # far above any real run's journal; a bound on a damaged one
# Anyone who can write beside the ledger can put something else under the journal's name: a symbolic link
# (followed, the run appended its lines to whatever file it named, a shell's profile as well) or a FIFO (the
# open waited for a reader for ever, past SIGTERM). Neither is followed or waited on: the journal is off.
_APPEND_FLAGS = (
    os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
)


def __getattr__(name: str) -> Any:
    if name == "JournalEntry":  # made on first use, with the models it holds: see `provenance.run_models`
        from provenance.run_models import JournalEntry

        return JournalEntry
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def journal_candidates(
    ledger: Path, profile: str, since: dt.datetime, signer: str | None = None
) -> list[Candidate]:
    """The captures an interrupted run listed in `ledger`'s journal that qualify for reuse; under `--sign`
    (`signer`: the signing key's public key, base64), only those it signed."""
    from provenance.files import open_regular_file

    try:
        with open_regular_file(journal_path(ledger), MAX_JOURNAL_BYTES) as stream:
            lines = stream.read().split(b"\n")
    except FileNotFoundError:
        return []
    except OSError as error:
        log.warning("%s cannot be read (%s): its captures are fetched again", journal_path(ledger), error)
        return []
    from provenance.run_models import JournalEntry

    found = []
    unsigned = 0
    for raw in lines:  # a line cut by a kill, or not an entry at all, is passed over
        try:
            entry = JournalEntry.model_validate_json(raw)
        except ValidationError:
            continue
        capture = entry.capture
        if entry.profile == profile and qualifies(capture) and started(capture) >= since:
            if signer is not None and not entry.signed_by(signer):
                unsigned += 1
                continue
            found.append(Candidate(capture, "journal", recorded_at=entry.at))
    if unsigned:
        log.warning(
            "%s: %d entries not signed by the --sign key: not reused, fetched again",
            journal_path(ledger),
            unsigned,
        )
    return found


class Journal:
    """Appends finished captures to a ledger's journal, each line on disk before its capture is checked: by
    `record`, or by the `sync` after a few `record(..., synced=False)` (one disk sync for them all)."""

    def __init__(self, ledger: Path, profile: str, key: Ed25519PrivateKey | None = None) -> None:
        self._path = journal_path(ledger)
        self.ledger_dir = ledger.parent
        self._profile = profile
        self._key = key  # `--sign`: each entry is signed, so a run with the same key may reuse it
        self._failed = False
        # Lines written and not yet synced; held through a sync, so that a `sync` that finds none waits for
        # one under way (another thread's) to end: its lines may be among those.
        self._syncing = threading.Lock()
        self._unsynced = False

    def record(self, capture: Capture, synced: bool = True) -> None:
        """Add `capture` (ledger form), on disk when this returns unless not `synced` (then by the next
        `sync`). A journal that cannot be written costs a resume, never the run."""
        if self._failed:
            return
        from provenance.run_models import JournalEntry

        entry = JournalEntry(at=utc_now(), profile=self._profile, capture=capture)
        if self._key is not None:
            from provenance.seal.keys import public_key_base64

            signature = base64.b64encode(self._key.sign(entry.signed_bytes())).decode("ascii")
            entry = entry.model_copy(
                update={"public_key": public_key_base64(self._key.public_key()), "signature": signature}
            )
        line = entry.model_dump_json().encode("utf-8") + b"\n"
        try:
            descriptor = os.open(self._path, _APPEND_FLAGS, 0o666)
            try:
                if not stat.S_ISREG(os.fstat(descriptor).st_mode):
                    raise OSError(errno.EINVAL, "not a regular file")
                os.write(descriptor, line)
                if synced:
                    os.fsync(descriptor)
            finally:
                os.close(descriptor)
        except OSError as error:
            self._fail(error)
            return
        if not synced:
            with self._syncing:
                self._unsynced = True

    def sync(self) -> None:
        """Put the lines `record` wrote without a sync on disk (one sync for them all)."""
        with self._syncing:
            if not self._unsynced or self._failed:
                return
            try:
                sync_file(self._path)
            except OSError as error:
                self._fail(error)
            self._unsynced = False

    def _fail(self, error: OSError) -> None:
        self._failed = True
        log.warning("%s cannot be written (%s): an interrupted run will fetch again", self._path, error)


def discard_journal(ledger: Path) -> None:
    """The run's lines are in the ledger: its journal has nothing left to offer. Its name is removed now,
    its disk blocks freed by a thread of their own.

    Removing a file frees its blocks, and on a busy disk that waits for the file system's journal: the
    capture row's journal (200 entries, synced in batches) took 13-28 ms to remove at a load of 5, the
    longest step of the run's end. Held open while its name is removed, the file loses only its name
    (0.05 ms); its blocks are freed when it is closed, beside the run's last steps (its lock let go, its
    outputs written). No run sees the file once its name is gone; a crash meanwhile leaves a nameless file
    the file system reclaims itself."""
    held: int | None = None
    if os.name == "posix":  # elsewhere a file held open cannot be removed
        with contextlib.suppress(OSError):  # no journal (nothing captured), or a link: removed as before
            held = os.open(journal_path(ledger), _HELD_OPEN)
            if not stat.S_ISREG(os.fstat(held).st_mode):  # a FIFO or a device put in its place: let go
                os.close(held)
                held = None
    try:
        journal_path(ledger).unlink(missing_ok=True)
    except OSError as error:
        log.warning("%s cannot be removed (%s)", journal_path(ledger), error)
    if held is not None:
        threading.Thread(target=os.close, args=(held,), name="journal freed", daemon=True).start()


# The journal held open for its removal: never through a link, never waiting on a FIFO.
_HELD_OPEN = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
