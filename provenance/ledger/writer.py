"""The ledger file edge: append one run atomically, under an exclusive lock, never rewriting earlier bytes.

Before anything else, entering a `LedgerWriter` proves the run can be written: the ledger's folder exists and
can take a new file, the ledger is a regular file (not a symbolic link, which the new file would replace) that
is not read-only (a read-only ledger is an operator's way of saying "closed"), the lock is held, and the
ledger's last line is whole. A caller that enters every writer before fetching anything (see
`pipeline.check_reports`) therefore stops with exit 2 before any evidence is written.
"""

from __future__ import annotations

import contextlib
import errno
import hashlib
import json
import logging
import os
import socket
import stat
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, TypeVar

from pydantic import BaseModel

from provenance.errors import InputError, LedgerFormatError, OutputError
from provenance.escaping import escape_unprintable
from provenance.files import describe_os_error, open_regular_file, sync_folder
from provenance.hashing import CHUNK_SIZE
from provenance.ledger.chain import ChainState, PreparedLine, line_hash, parse_line, seal, seal_prepared
from provenance.ledger.lines import MAX_LINE_BYTES
from provenance.ledger.paths import lock_path
from provenance.models import utc_now

L = TypeVar("L", bound=BaseModel)

DEFAULT_LOCK_TIMEOUT = 600.0  # seconds another run's lock is waited for (`check --lock-timeout`)
_OWNER_BYTES = 4096  # what is read of a lock file to say whose it is
# A lock taken within this many seconds is taken without a word: "waiting for the lock" is said only of a
# wait a person would notice: a short --lock-timeout (0: never wait) that runs out says one line, its error.
_SILENT_LOCK_WAIT = 2.0
_log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Snapshot:
    """What the ledger held when it was read: enough to prove later that those bytes did not change."""

    size: int
    sha256: str
    line_count: int
    last_line: bytes | None  # without its newline; None for an empty ledger or an over-long last line
    last_line_complete: bool
    carriage_returns: int = 0  # lines ending CR LF: a file converted after it was written (git's autocrlf)

    @property
    def crlf(self) -> bool:
        """Whether every line ends CR LF: converted whole (a Windows checkout), each line still as written."""
        return self.line_count > 0 and self.carriage_returns == self.line_count


class LedgerWriter:
    """Append one run to a ledger: `with LedgerWriter(path, report_sha256) as ledger: ledger.add(...)`.

    Lines are sealed into the chain as they are added but reach the file only when the block ends without an
    exception; then the ledger is replaced in one step by its old bytes plus the new lines. A block stopped
    from outside (Ctrl-C, SIGTERM: a CI step's time limit) writes the lines added up to the last `complete()`,
    a whole run, and nothing added after it; an error writes nothing. The lock file (`LEDGER.lock`, beside the
    ledger) is removed when the block ends, however it ends.
    """

    def __init__(self, path: Path, report_sha256: str, lock_timeout: float = DEFAULT_LOCK_TIMEOUT) -> None:
        self._path = path
        self._report_sha256 = report_sha256
        self._lock_timeout = lock_timeout
        self._lock: _LedgerLock | None = None
        self._snapshot: _Snapshot | None = None
        self._state: ChainState | None = None
        self._pending: list[bytes] = []
        self._complete = 0  # how many of the pending lines make whole runs (`complete`)
        self._on_commit: list[Callable[[], None]] = []

    def on_commit(self, callback: Callable[[], None]) -> None:
        """Call `callback` once the run's lines are in the file, before the lock is released (a journal the
        run made redundant is removed there, where no other run can be writing it)."""
        self._on_commit.append(callback)

    def __enter__(self) -> LedgerWriter:
        _check_not_a_link(self._path)
        _check_folder(self._path)
        _check_not_closed(self._path)
        self._lock = _LedgerLock.acquire(self._path, self._lock_timeout)
        try:
            _remove_stale_temporaries(self._path)
            self._snapshot = _read_snapshot(self._path)
            self._state = _chain_state(self._path, self._snapshot, self._report_sha256)
            _check_folder_takes_a_file(self._path)
        except BaseException:
            self._unlock()
            raise
        self._pending = []
        self._complete = 0
        return self

    def complete(self) -> None:
        """The lines added so far are a whole run: kept if the block is then stopped from outside."""
        self._complete = len(self._pending)

    def add(self, line_type: type[L], **fields: Any) -> L:
        line, encoded, self._state = seal(self._open_state(), line_type, **fields)
        self._pending.append(encoded)
        return line

    def add_prepared(self, prepared: PreparedLine) -> None:
        """`add` of a line validated and encoded earlier (`chain.prepare_line`)."""
        encoded, self._state = seal_prepared(self._open_state(), prepared)
        self._pending.append(encoded)

    @property
    def head(self) -> str:
        """The hash of the last line, counting the lines added but not yet written."""
        return self._open_state().head

    @property
    def last_line(self) -> bytes:
        """The bytes of the last line (without its newline), counting the lines added but not yet written.

        The head is their SHA-256; a trusted timestamp is asked for over them.
        """
        self._open_state()
        if self._pending:
            return self._pending[-1]
        return _as_written(self._snapshot.last_line or b"", self._snapshot) if self._snapshot else b""

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        # A stop is not an Exception (KeyboardInterrupt, the CLI's Terminated): the runs finished before it
        # are whole and kept, as their captures are; an error may have left any line wrong: none is written.
        stopped = exc_type is not None and not issubclass(exc_type, Exception)
        kept = self._pending if exc_type is None else self._pending[: self._complete] if stopped else []
        try:
            if kept:
                _append_atomically(self._path, self._snapshot, kept)
                for callback in self._on_commit:
                    callback()
        finally:
            self._pending = []
            self._complete = 0
            self._state = None
            self._unlock()

    def _open_state(self) -> ChainState:
        if self._state is None:
            raise RuntimeError("LedgerWriter is used outside its `with` block")
        return self._state

    def _unlock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None


# --- before the lock: can this ledger be written at all? --------------------------------------------------


def _check_folder(path: Path) -> None:
    folder = path.parent
    if not folder.exists():
        raise InputError(f"{path}: the ledger's folder {folder} does not exist; create it first")
    if not folder.is_dir():
        raise InputError(f"{path}: {folder} is not a folder")
    mode = folder.stat().st_mode
    # Write bits are honoured even for root, whom the system would let write: a folder its owner made
    # read-only is a statement about the ledgers in it.
    if not mode & 0o222 or not os.access(folder, os.W_OK | os.X_OK):
        raise InputError(
            f"{path}: the ledger's folder {folder} is read-only; the ledger cannot be appended to (name a "
            "ledger in a folder you can write with --ledger PATH)"
        )


def _check_not_a_link(path: Path) -> None:
    """A run replaces the ledger's file by a new one (`_append_atomically`): through a symbolic link that
    would put a regular file in the link's place, the run in it and the file linked to left without it (and
    its WARC paths, relative to its folder, named from another); a link is not followed either, since a new
    file made where a link points (one planted in a checkout) could be anywhere."""
    if not path.is_symlink():
        return
    try:
        target = os.readlink(path)
    except OSError:
        target = "?"
    raise InputError(
        f"ledger {path} is a symbolic link (to {escape_unprintable(target)}): a run would replace the link, "
        "not append to the file it names; give that file as --ledger"
    )


def _check_not_closed(path: Path) -> None:
    try:
        status = path.stat()
    except FileNotFoundError:
        return
    except OSError as error:
        raise InputError(f"cannot read ledger {path}: {describe_os_error(error)}") from None
    if stat.S_ISREG(status.st_mode) and (not status.st_mode & 0o222 or not os.access(path, os.W_OK)):
        raise InputError(
            f"ledger {path} is read-only, which marks it closed: nothing is appended "
            "(make it writable to add runs, or give another --ledger)"
        )


def _check_folder_takes_a_file(path: Path) -> None:
    """The ledger is replaced by a new file in its folder: prove before any fetch that one can be made."""
    probe = _temporary_name(path, "probe")
    try:
        os.close(os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as error:
        raise InputError(f"cannot write the ledger into {path.parent}: {describe_os_error(error)}") from None
    probe.unlink()


def _temporary_name(path: Path, kind: str) -> Path:
    """A new file beside the ledger, named for it and this run alone: `.LEDGER.<32 hex>.tmp` (or `.probe`)."""
    return path.with_name(f".{path.name}.{uuid.uuid4().hex}.{kind}")


def _is_temporary_of(name: str, ledger: Path) -> bool:
    """Whether `name` is one `_temporary_name` gives for `ledger`: nothing else is ever removed."""
    prefix = f".{ledger.name}."
    if not name.startswith(prefix):
        return False
    middle, dot, kind = name[len(prefix) :].partition(".")
    hex_digits = "0123456789abcdef"
    return (
        bool(dot)
        and kind in ("tmp", "probe")
        and len(middle) == 32
        and all(character in hex_digits for character in middle)
    )


def _remove_stale_temporaries(path: Path) -> None:
    """Remove what a run of this ledger killed outright (SIGKILL, the OOM killer) left beside it: the new
    ledger it was writing under a temporary name, never renamed (its run was never appended), or a probe.
    Only under the lock, where no living run of this ledger is writing one; each removal is logged. Without
    this each such kill left a hidden copy of the ledger for good (a new run never trips on one: its own
    temporary name is new)."""
    try:
        with os.scandir(path.parent) as entries:
            stale = [entry.name for entry in entries if _is_temporary_of(entry.name, path)]
    except OSError:
        return  # the folder's own problems are named by the checks before and after this
    for name in stale:
        try:
            (path.parent / name).unlink()
        except OSError as error:
            _log.warning(
                "cannot remove %s, left by a run that was killed: %s", name, describe_os_error(error)
            )
            continue
        _log.warning(
            "removed %s, left beside ledger %s by a run killed while it wrote (that run appended nothing)",
            name,
            path,
        )


# --- the lock ---------------------------------------------------------------------------------------------


class _LedgerLock:
    """An exclusive lock on `LEDGER.lock` beside the ledger, which says whose it is while held.

    A sibling file rather than the ledger itself, because the ledger is replaced on every commit. The file is
    removed while still locked, so no run is ever left a lock file to find; a run waiting on the removed file
    takes a new one (the file it locked must still be the one named). The lock is `flock` on the file, as
    filelock takes it on Unix, so runs of either kind exclude each other; filelock itself (43 M instructions
    to load, before a check's first request) is loaded only where there is no `flock`: Windows, or a file
    system without it.
    """

    def __init__(self, path: Path, lock: _Flock | Any) -> None:
        self._path = path
        self._lock = lock
        self._identity = _identity(path)

    @classmethod
    def acquire(cls, ledger: Path, timeout: float) -> _LedgerLock:
        path = lock_path(ledger)
        if path.is_symlink():
            # filelock before 3.20.1 (CVE-2025-68146; pyproject allows 3.13) opens the lock file through a
            # link and truncates what it names: a link planted in a checkout would empty any file it chose.
            raise InputError(
                f"cannot lock ledger {ledger}: its lock file {path} is a symbolic link; remove it"
            )
        silent = min(timeout, _SILENT_LOCK_WAIT)
        try:
            try:
                lock = _taken_lock(path, silent)
            except _LockTimeout:
                if timeout <= silent:
                    raise
                _log.warning("waiting for the lock on %s, held by %s", ledger, _owner(path))
                lock = _taken_lock(path, timeout - silent)
        except _LockTimeout:
            raise InputError(
                f"ledger {ledger} is locked by another run ({_owner(path)}); gave up after {timeout:g}s "
                "(--lock-timeout)"
            ) from None
        except OSError as error:
            raise InputError(f"cannot lock ledger {ledger}: {describe_os_error(error)} ({path})") from None
        held = cls(path, lock)
        held._write_owner()
        return held

    def _write_owner(self) -> None:
        owner = {"pid": os.getpid(), "host": socket.gethostname(), "since": utc_now()}
        try:
            descriptor = os.open(self._path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
            try:
                os.ftruncate(descriptor, 0)
                os.write(descriptor, json.dumps(owner).encode() + b"\n")
            finally:
                os.close(descriptor)
        except OSError:
            pass  # whose lock it is helps a waiting run's message; the lock holds without it

    def release(self) -> None:
        try:
            if self._identity is not None and _identity(self._path) == self._identity:
                self._path.unlink()
        except OSError:
            pass  # a lock file left behind is harmless: the next run takes and removes it
        finally:
            self._lock.release()


class _LockTimeout(Exception):
    """The lock was not taken within the time given."""


# `flock` refused because another process holds the lock (some file systems say EACCES), and refused because
# the file system cannot lock at all (filelock then takes the lock its own way).
_CONTENDED = frozenset({errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK})
_NO_FLOCK = frozenset({errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOLCK})
_LOCK_POLL = 0.05  # seconds between attempts at a held lock, as filelock's default
_LOCK_OPENING = os.O_RDWR | getattr(os, "O_NOFOLLOW", 0)


def _taken_lock(path: Path, timeout: float) -> _Flock | Any:
    """The lock on `path` taken within `timeout` seconds (else `_LockTimeout`): with `flock`, or with
    filelock where there is none."""
    if _Flock.usable:
        try:
            return _Flock.taken(path, timeout)
        except _NoFlock:
            pass
    import filelock

    lock = filelock.FileLock(str(path))
    try:
        lock.acquire(timeout=timeout)
    except filelock.Timeout:
        raise _LockTimeout from None
    return lock


class _NoFlock(Exception):
    """The lock file's file system has no `flock`."""


class _Flock:
    """`flock` on an open lock file, held until `release`."""

    usable = os.name == "posix"

    def __init__(self, descriptor: int) -> None:
        self._descriptor = descriptor

    @classmethod
    def taken(cls, path: Path, timeout: float) -> _Flock:
        import fcntl

        deadline = time.monotonic() + timeout
        while True:
            try:
                descriptor, made = os.open(path, _LOCK_OPENING | os.O_CREAT | os.O_EXCL, 0o644), True
            except FileExistsError:
                try:
                    descriptor, made = os.open(path, _LOCK_OPENING), False
                except FileNotFoundError:  # removed by its holder since: make it again
                    continue
            try:
                fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
                opened = os.fstat(descriptor)
            except BaseException as error:
                os.close(descriptor)
                if not isinstance(error, OSError):  # Ctrl-C: the lock goes with its descriptor
                    raise
                if error.errno in _NO_FLOCK:
                    if made:  # filelock takes a file it finds as another run's lock
                        with contextlib.suppress(OSError):
                            path.unlink()
                    raise _NoFlock from None
                if error.errno not in _CONTENDED:
                    raise
                left = deadline - time.monotonic()
                if left <= 0:
                    raise _LockTimeout from None
                time.sleep(min(_LOCK_POLL, left))
                continue
            if _identity(path) == (opened.st_dev, opened.st_ino):
                return cls(descriptor)
            os.close(descriptor)  # its holder removed it before letting go: lock the file now named

    def release(self) -> None:
        os.close(self._descriptor)  # which lets go of the lock


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        status = os.lstat(path)
    except OSError:
        return None
    return status.st_dev, status.st_ino


def _owner(lock_path: Path) -> str:
    """Whose lock it is, as its holder wrote it: `pid 123 on host.example since 2024-05-01T10:00:00.000Z`."""
    try:
        with open_regular_file(lock_path, _OWNER_BYTES) as stream:
            owner = json.loads(stream.read(_OWNER_BYTES))
        return f"pid {int(owner['pid'])} on {str(owner['host'])[:100]} since {str(owner['since'])[:40]}"
    except (OSError, ValueError, KeyError, TypeError):
        return "a run that did not say who it is"


# --- reading the tail -------------------------------------------------------------------------------------


def _read_snapshot(path: Path) -> _Snapshot | None:
    try:
        with open_regular_file(path) as stream:
            return _copy_lines(stream, sink=None)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise InputError(f"cannot read ledger {path}: {describe_os_error(error)}") from None


def _copy_lines(stream: BinaryIO, sink: BinaryIO | None) -> _Snapshot:
    """Read a ledger to its end in chunks, hashing it, counting its lines, keeping only its last line, and
    copying it to `sink` when given: memory stays at one chunk plus one line, whatever the ledger holds."""
    digest = hashlib.sha256()
    size = line_count = carriage_returns = 0
    line, last_line = bytearray(), None
    too_long = False  # the line being read is over MAX_LINE_BYTES: counted and hashed, not kept
    while chunk := stream.read(CHUNK_SIZE):
        digest.update(chunk)
        size += len(chunk)
        if sink is not None:
            sink.write(chunk)
        start = 0
        while start < len(chunk):
            end = chunk.find(b"\n", start)
            piece = chunk[start:] if end == -1 else chunk[start:end]
            if not too_long:
                line += piece
                too_long = len(line) > MAX_LINE_BYTES
            if end == -1:
                break
            line_count += 1
            carriage_returns += (piece[-1:] or line[-1:]) == b"\r"
            last_line = None if too_long else bytes(line)
            line, too_long, start = bytearray(), False, end + 1
    complete = not line and not too_long
    if not complete:
        line_count += 1
        last_line = None if too_long else bytes(line)
    return _Snapshot(
        size=size,
        sha256=digest.hexdigest(),
        line_count=line_count,
        last_line=last_line,
        last_line_complete=complete,
        carriage_returns=carriage_returns,
    )


def _as_written(line: bytes, snapshot: _Snapshot) -> bytes:
    """A line of the ledger read in `snapshot` as `check` wrote it: without the CR a conversion of the whole
    file to CR LF line ends put before its newline (the chain hashes each line without its line end)."""
    return line[:-1] if snapshot.crlf and line.endswith(b"\r") else line


def _chain_state(path: Path, snapshot: _Snapshot | None, report_sha256: str) -> ChainState:
    if snapshot is None or snapshot.size == 0:
        return ChainState(next_seq=0, head=report_sha256)
    where = f"ledger {path}, line {snapshot.line_count}"
    if not snapshot.last_line_complete:
        raise InputError(f"{where} is cut short (no newline at its end); repair or move the ledger first")
    if 0 < snapshot.carriage_returns < snapshot.line_count:
        # Some lines converted to CR LF, others not: edited after it was written. Chained onto, the new run
        # would seal a file `verify` calls damaged.
        raise InputError(
            f"ledger {path}: {snapshot.carriage_returns} of its {snapshot.line_count} lines end with CR LF, "
            "the others not: it was changed after it was written; run `provenance verify` on it, restore it "
            "as written, then check again"
        )
    encoded = None if snapshot.last_line is None else _as_written(snapshot.last_line, snapshot)
    if encoded is None:
        raise InputError(f"{where} is too long to be a ledger line; repair or move the ledger first")
    try:
        last = parse_line(encoded)
    except LedgerFormatError as error:
        raise InputError(f"{where}: {error}; repair or move the ledger first") from None
    return ChainState(next_seq=last.seq + 1, head=line_hash(encoded))


def _append_atomically(path: Path, snapshot: _Snapshot | None, lines: list[bytes]) -> None:
    """Replace the ledger by its old bytes plus `lines`, so a crash leaves either the old or the new file."""
    temporary = _temporary_name(path, "tmp")
    try:
        with _create(temporary) as out:
            copied = _copy_existing(path, out)
            if copied != snapshot:
                raise InputError(f"ledger {path} changed while this run was written; run the check again")
            # A ledger converted whole to CR LF (a Windows checkout) goes on as it is: every line of the file
            # ends alike, as `verify` reads it intact (new LF lines after CR LF ones would read as edits).
            end = b"\r\n" if snapshot is not None and snapshot.crlf else b"\n"
            out.write(b"".join(line + end for line in lines))
            out.flush()
            os.fsync(out.fileno())
        if snapshot is not None:
            os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))
        os.replace(temporary, path)
    except OSError as error:
        # A full disk, a quota, a file size limit, a failing disk: the user's to act on, not a bug (exit 3).
        temporary.unlink(missing_ok=True)
        raise OutputError(
            f"cannot append the run to ledger {path}: {describe_os_error(error)}; nothing was appended, the "
            "ledger is as it was"
        ) from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    # Without this the rename itself may be lost in a crash, leaving the old ledger after a reported success.
    sync_folder(path.parent)


def _create(path: Path) -> BinaryIO:
    # os.open applies the umask to 0o666, so a new ledger gets the same mode as any file the user creates.
    try:
        return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), "wb")
    except OSError as error:
        raise InputError(f"cannot write the ledger into {path.parent}: {error.strerror}") from None


def _copy_existing(path: Path, out: BinaryIO) -> _Snapshot | None:
    try:
        with open_regular_file(path) as stream:
            return _copy_lines(stream, sink=out)
    except FileNotFoundError:
        return None
