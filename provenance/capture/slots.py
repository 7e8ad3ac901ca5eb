"""`--per-host` for every request: at most N exchanges with one host name at once, over the whole run.

The scheduler limits the captures of each host (`capture.scheduler`), but a capture also asks other hosts:
every capture asks the TimeGate (web.archive.org by default), a post asks its platform's side hosts, a
redirect leads anywhere. Without a limit on requests, sixteen captures of sixteen sites asked the TimeGate
sixteen times at once. Here each exchange holds a slot of its host while it runs (request, answer, record),
and waits for one while all are taken. An exchange never waits for a slot while it holds one, so no two
captures can wait on each other.

A slot is an `flock` on a file of a folder made for the run before its capture processes are forked: a lock
belongs to an open file, so slots are counted across threads and processes alike, and a process that dies
lets its slots go with it. The folder (empty files only) is removed when the run ends. A run killed outright
(SIGKILL, the out-of-memory killer, a CI job's time limit) cannot remove its own: the next run does. Each run
holds a lock on the file `run` of its folder from the moment that file appears (it is locked first, then
named) to its end, in every one of its processes; a folder whose `run` file anyone can lock is no run's.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

try:
    import fcntl
except ImportError:  # not POSIX: no slots (such a system cannot fork capture processes either)
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger("provenance.capture")

# Waits between two looks for a free slot: short at first (most exchanges are short), then longer, so that
# many waiting captures do not keep the processes busy.
_FIRST_WAIT = 0.005
_LONGEST_WAIT = 0.05
_PREFIX = "provenance-slots-"
_RUN_FILE = "run"
# A folder without a `run` file was made by a version before that file, or is being made this instant: left
# alone unless it is older than this (a run of an older version may still be using it).
_UNMARKED_AGE = 86_400.0


class HostSlots:
    """`per_host` slots per host name, in `folder` (see the module's docstring)."""

    def __init__(self, folder: Path, per_host: int) -> None:
        self.folder = folder
        self.per_host = max(1, per_host)
        self._failed = False  # warned that slots cannot be taken
        # Each host's slot files by host name: a request asks for its host's slots once or more, each a hash
        # and a path made again otherwise. Bounded by the hosts of the run (its reports' and their pages').
        self._files: dict[str, tuple[str, ...]] = {}

    @classmethod
    @contextlib.contextmanager
    def for_run(cls, per_host: int) -> Iterator[HostSlots | None]:
        """Slots in a new private folder, removed when the run is over; None where files cannot be locked, or
        no folder can be made (a warning says so: requests then go unlimited, as captures do not)."""
        if fcntl is None:
            yield None
            return
        remove_abandoned_slots(Path(tempfile.gettempdir()))
        try:
            folder = Path(tempfile.mkdtemp(prefix=_PREFIX))
        except OSError as error:
            log.warning("no folder for --per-host slots (%s): requests to a host are not limited", error)
            yield None
            return
        try:
            marker = _mark_in_use(folder)
        except OSError as error:  # the slots work without it; only a sweep after a kill would miss the folder
            log.debug("slot folder %s not marked as in use: %s", folder, error)
            marker = None
        try:
            yield cls(folder, per_host)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
            if marker is not None:
                os.close(marker)

    @contextlib.contextmanager
    def held(self, host: str, wait: Callable[[float], None]) -> Iterator[None]:
        """One slot of `host` for the time of the block. While all are taken, `wait(seconds)` is called
        between two looks: it sleeps, and raises to give up (a cancelled run, a used-up budget)."""
        files = self._files.get(host)
        if files is None:  # two threads may both make them: the same names
            stem = hashlib.sha256(host.encode("utf-8", "surrogatepass")).hexdigest()[:32]
            folder = os.fspath(self.folder)
            files = self._files[host] = tuple(
                os.path.join(folder, f"{stem}.{slot}") for slot in range(self.per_host)
            )
        pause = _FIRST_WAIT
        try:
            while (descriptor := self._take(files)) is None:
                wait(pause)
                pause = min(pause * 2, _LONGEST_WAIT)
        except OSError as error:  # the folder went away, no descriptor left: politeness never fails a capture
            if not self._failed:
                self._failed = True
                log.warning("--per-host slots cannot be taken (%s): requests to a host go unlimited", error)
            yield
            return
        try:
            yield
        finally:
            os.close(descriptor)  # the lock goes with the last descriptor of its open file

    def _take(self, files: tuple[str, ...]) -> int | None:
        for name in files:
            descriptor = os.open(name, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:  # another exchange holds this slot
                os.close(descriptor)
                continue
            except BaseException:
                os.close(descriptor)
                raise
            return descriptor
        return None


def _mark_in_use(folder: Path) -> int:
    """Lock a new file of `folder` and only then name it `run`, so that no sweep ever finds it unlocked while
    the run lives; the descriptor (forked capture processes inherit it) holds the lock until the run ends."""
    assert fcntl is not None
    partial = folder / f".{_RUN_FILE}"
    descriptor = os.open(partial, os.O_RDWR | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        os.rename(partial, folder / _RUN_FILE)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor


def remove_abandoned_slots(temporary: Path) -> None:
    """Remove the slot folders in `temporary` that runs killed outright left: ours (this user's), and either
    with a `run` file no process holds a lock on, or without one and older than `_UNMARKED_AGE`. A folder
    still in use, another user's, or one that cannot be looked at is left as it is."""
    if fcntl is None:
        return
    try:
        with os.scandir(temporary) as listing:  # closed at once, not whenever the collector gets to it
            entries = [entry for entry in listing if entry.name.startswith(_PREFIX)]
    except OSError:
        return
    for entry in entries:
        try:
            status = entry.stat(follow_symlinks=False)
            if entry.is_dir(follow_symlinks=False) and status.st_uid == os.geteuid():
                _remove_if_abandoned(Path(entry.path), status.st_mtime)
        except OSError:
            continue


def _remove_if_abandoned(folder: Path, modified: float) -> None:
    assert fcntl is not None
    try:
        # Not blocking: a `run` that is a FIFO would otherwise hold the open until a writer came.
        descriptor = os.open(folder / _RUN_FILE, os.O_RDONLY | os.O_CLOEXEC | os.O_NOFOLLOW | os.O_NONBLOCK)
    except FileNotFoundError:
        if time.time() - modified > _UNMARKED_AGE:
            shutil.rmtree(folder, ignore_errors=True)
        return
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:  # a live run holds it
        return
    finally:
        os.close(descriptor)
    log.debug("removing %s, left by a run that was killed", folder)
    shutil.rmtree(folder, ignore_errors=True)
