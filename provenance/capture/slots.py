"""`--per-host` for every request: at most N exchanges with one host name at once, over the whole run.

The scheduler limits the captures of each host (`capture.scheduler`), but a capture also asks other hosts:
every capture asks the TimeGate (web.archive.org by default), a post asks its platform's side hosts, a
redirect leads anywhere. Without a limit on requests, sixteen captures of sixteen sites asked the TimeGate
sixteen times at once. Here each exchange holds a slot of its host while it runs (request, answer, record),
and waits for one while all are taken. An exchange never waits for a slot while it holds one, so no two
captures can wait on each other.

A slot is an `flock` on a file of a folder made for the run before its capture processes are forked: a lock
belongs to an open file, so slots are counted across threads and processes alike, and a process that dies
lets its slots go with it. The folder (empty files only) is removed when the run ends; one killed outright
(SIGKILL) leaves it in the temporary folder.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import shutil
import tempfile
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


class HostSlots:
    """`per_host` slots per host name, in `folder` (see the module's docstring)."""

    def __init__(self, folder: Path, per_host: int) -> None:
        self.folder = folder
        self.per_host = max(1, per_host)
        self._failed = False  # warned that slots cannot be taken

    @classmethod
    @contextlib.contextmanager
    def for_run(cls, per_host: int) -> Iterator[HostSlots | None]:
        """Slots in a new private folder, removed when the run is over; None where files cannot be locked, or
        no folder can be made (a warning says so: requests then go unlimited, as captures do not)."""
        if fcntl is None:
            yield None
            return
        try:
            folder = Path(tempfile.mkdtemp(prefix="provenance-slots-"))
        except OSError as error:
            log.warning("no folder for --per-host slots (%s): requests to a host are not limited", error)
            yield None
            return
        try:
            yield cls(folder, per_host)
        finally:
            shutil.rmtree(folder, ignore_errors=True)

    @contextlib.contextmanager
    def held(self, host: str, wait: Callable[[float], None]) -> Iterator[None]:
        """One slot of `host` for the time of the block. While all are taken, `wait(seconds)` is called
        between two looks: it sleeps, and raises to give up (a cancelled run, a used-up budget)."""
        stem = hashlib.sha256(host.encode("utf-8", "surrogatepass")).hexdigest()[:32]
        pause = _FIRST_WAIT
        try:
            while (descriptor := self._take(stem)) is None:
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

    def _take(self, stem: str) -> int | None:
        for slot in range(self.per_host):
            descriptor = os.open(
                self.folder / f"{stem}.{slot}", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600
            )
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
