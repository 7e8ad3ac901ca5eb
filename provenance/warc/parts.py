"""Partial WARC files: each one is locked by the process writing it, so one left by a killed run is found.

A capture writes `.<final name>.<random>.part` in the archive folder and holds an exclusive `flock` on it
until the file is published or discarded. A process killed with `kill -9` cannot remove its file, but the
kernel drops its lock; a later run that can take the lock knows no writer is left and removes the file.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
from pathlib import Path

try:
    import fcntl
except ImportError:  # not POSIX: files are not locked, and none is ever taken for stale
    fcntl = None  # type: ignore[assignment]

PART_SUFFIX = ".part"
_PART_PATTERN = f".*.warc.gz.*{PART_SUFFIX}"


# How often a new partial file is made again after another run's sweep took the one just made.
_ATTEMPTS = 10


def create_part(archive_dir: Path, prefix: str) -> tuple[int, Path]:
    """A new partial file in `archive_dir`, open, locked and still under its name.

    Another run's sweep (`remove_stale_parts`) can meet a file between its creation and its lock, take it for
    one a killed run left, and remove it: the lock is then refused (the sweep holds it), or taken on a file no
    longer named; either way another file is made. `OSError` when that keeps happening, or the folder refuses.
    """
    folder = os.fspath(archive_dir)
    if not os.path.isabs(folder):  # an absolute one is not normalised again (`normpath`: 15 k instructions)
        folder = os.path.abspath(folder)
    for _ in range(_ATTEMPTS):
        descriptor, name = _new_file(folder, prefix)
        try:
            if lock_part(descriptor) and _still_named(descriptor, name):
                return descriptor, Path(name)
        except BaseException:
            os.close(descriptor)
            raise
        os.close(descriptor)  # taken by a sweep, which removes it (or has)
    raise OSError(errno.EAGAIN, "each new partial file was removed by another run at once")


# As `tempfile.mkstemp` opens its file: made new (never one already there, nor where a link points), for
# reading and writing; `os.open` makes the descriptor one no child process inherits.
_NEW_FILE_FLAGS = os.O_RDWR | os.O_CREAT | os.O_EXCL
_NEW_FILE_FLAGS |= getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_BINARY", 0)
_NAME_TRIES = 100


def _new_file(folder: str, prefix: str) -> tuple[int, str]:
    """A new file in `folder` (absolute) named `prefix`, 12 random hex digits and `.part`, open, which only
    its owner may read or write: what `tempfile.mkstemp` made, without its name generator and the checks of
    its arguments (a partial file made, locked and named: 101 k -> 68 k instructions, one a capture). Another
    name is tried where one is taken."""
    for _ in range(_NAME_TRIES):
        name = os.path.join(folder, f"{prefix}{os.urandom(6).hex()}{PART_SUFFIX}")
        try:
            return os.open(name, _NEW_FILE_FLAGS, 0o600), name
        except FileExistsError:
            continue
    raise FileExistsError(errno.EEXIST, "no new partial file's name was free", folder)


def lock_part(descriptor: int) -> bool:
    """Take the lock that marks a partial file as being written, held for as long as `descriptor` is open;
    False when another process holds it."""
    if fcntl is None:
        return True
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _still_named(descriptor: int, name: str) -> bool:
    if fcntl is None:  # not POSIX: nothing is swept
        return True
    try:
        named = os.stat(name, follow_symlinks=False)
    except FileNotFoundError:
        return False
    opened = os.fstat(descriptor)
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


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
