"""Partial WARC files: each one is locked by the process writing it, so one left by a killed run is found.

A capture writes `.<final name>.<random>.part` in the archive folder and holds an exclusive `flock` on it
until the file is published or discarded. A process killed with `kill -9` cannot remove its file, but the
kernel drops its lock; a later run that can take the lock knows no writer is left and removes the file.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

try:
    import fcntl
except ImportError:  # not POSIX: files are not locked, and none is ever taken for stale
    fcntl = None  # type: ignore[assignment]

PART_SUFFIX = ".part"
_PART_PATTERN = f".*.warc.gz.*{PART_SUFFIX}"


def lock_part(descriptor: int) -> None:
    """Hold the lock that marks a partial file as being written, for as long as `descriptor` is open."""
    if fcntl is not None:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _remove_if_unlocked(path: Path, older_than: float) -> bool:
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK)
    except OSError:
        return False  # gone, a symlink, or unreadable: not ours to remove
    try:
        details = os.fstat(descriptor)
        if not stat.S_ISREG(details.st_mode) or details.st_mtime >= older_than:
            return False
        assert fcntl is not None
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False  # a live capture is writing it
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
        return True
    finally:
        os.close(descriptor)


def remove_stale_parts(archive_dir: Path, older_than: float) -> list[Path]:
    """Remove the partial WARC files no process is writing any more and last changed before `older_than`
    (a `time.time()` value: when this run took its lock); the files removed."""
    if fcntl is None:
        return []
    try:
        candidates = sorted(archive_dir.glob(_PART_PATTERN))
    except OSError:
        return []
    return [path for path in candidates if _remove_if_unlocked(path, older_than)]
