"""The ledger file edge: append one run atomically, under an exclusive lock, never rewriting earlier bytes."""

from __future__ import annotations

import fcntl
import hashlib
import os
import stat
import uuid
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any, BinaryIO, TypeVar

from pydantic import BaseModel

from provenance.errors import InputError, LedgerFormatError
from provenance.ledger.chain import ChainState, line_hash, parse_line, seal

L = TypeVar("L", bound=BaseModel)


@dataclass(frozen=True)
class _Snapshot:
    """What the ledger held when it was read: enough to prove later that those bytes did not change."""

    size: int
    sha256: str
    line_count: int
    last_line: bytes  # with its newline, if it has one; empty for an empty ledger


class LedgerWriter:
    """Append one run to a ledger: `with LedgerWriter(path, report_sha256) as ledger: ledger.add(...)`.

    Lines are sealed into the chain as they are added but reach the file only when the block ends without an
    exception; then the ledger is replaced in one step by its old bytes plus the new lines.
    """

    def __init__(self, path: Path, report_sha256: str) -> None:
        self._path = path
        self._report_sha256 = report_sha256
        self._lock_file: int | None = None
        self._snapshot: _Snapshot | None = None
        self._state: ChainState | None = None
        self._pending: list[bytes] = []

    def __enter__(self) -> LedgerWriter:
        self._lock_file = _lock(self._path)
        try:
            self._snapshot = _read_snapshot(self._path)
            self._state = _chain_state(self._path, self._snapshot, self._report_sha256)
        except BaseException:
            self._unlock()
            raise
        self._pending = []
        return self

    def add(self, line_type: type[L], **fields: Any) -> L:
        line, encoded, self._state = seal(self._open_state(), line_type, **fields)
        self._pending.append(encoded)
        return line

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
        return self._snapshot.last_line.removesuffix(b"\n") if self._snapshot else b""

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        try:
            if exc_type is None and self._pending:
                _append_atomically(self._path, self._snapshot, self._pending)
        finally:
            self._pending = []
            self._state = None
            self._unlock()

    def _open_state(self) -> ChainState:
        if self._state is None:
            raise RuntimeError("LedgerWriter is used outside its `with` block")
        return self._state

    def _unlock(self) -> None:
        if self._lock_file is not None:
            os.close(self._lock_file)  # closing the descriptor releases the flock
            self._lock_file = None


def _lock(path: Path) -> int:
    # A sibling lock file rather than the ledger itself, because the ledger is replaced on every commit.
    lock_path = path.with_name(path.name + ".lock")
    try:
        descriptor = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o666)
    except OSError as error:
        raise InputError(f"cannot lock ledger {path}: {error.strerror} ({lock_path})") from None
    fcntl.flock(descriptor, fcntl.LOCK_EX)
    return descriptor


def _read_snapshot(path: Path) -> _Snapshot | None:
    try:
        with path.open("rb") as stream:
            return _copy_lines(stream, sink=None)
    except FileNotFoundError:
        return None
    except OSError as error:
        raise InputError(f"cannot read ledger {path}: {error.strerror}") from None


def _copy_lines(stream: BinaryIO, sink: BinaryIO | None) -> _Snapshot:
    """Read a ledger to its end, hashing it and copying it to `sink` when given."""
    digest = hashlib.sha256()
    size = line_count = 0
    last_line = b""
    for last_line in stream:
        digest.update(last_line)
        size += len(last_line)
        line_count += 1
        if sink is not None:
            sink.write(last_line)
    return _Snapshot(size=size, sha256=digest.hexdigest(), line_count=line_count, last_line=last_line)


def _chain_state(path: Path, snapshot: _Snapshot | None, report_sha256: str) -> ChainState:
    if snapshot is None or snapshot.size == 0:
        return ChainState(next_seq=0, head=report_sha256)
    where = f"ledger {path}, line {snapshot.line_count}"
    if not snapshot.last_line.endswith(b"\n"):
        raise InputError(f"{where} is cut short (no newline at its end); repair or move the ledger first")
    encoded = snapshot.last_line[:-1]
    try:
        last = parse_line(encoded)
    except LedgerFormatError as error:
        raise InputError(f"{where}: {error}; repair or move the ledger first") from None
    return ChainState(next_seq=last.seq + 1, head=line_hash(encoded))


def _append_atomically(path: Path, snapshot: _Snapshot | None, lines: list[bytes]) -> None:
    """Replace the ledger by its old bytes plus `lines`, so a crash leaves either the old or the new file."""
    temporary = path.with_name(f".{path.name}.{uuid.uuid4().hex}.tmp")
    try:
        with _create(temporary) as out:
            copied = _copy_existing(path, out)
            if copied != snapshot:
                raise InputError(f"ledger {path} changed while this run was written; run the check again")
            out.write(b"".join(line + b"\n" for line in lines))
            out.flush()
            os.fsync(out.fileno())
        if snapshot is not None:
            os.chmod(temporary, stat.S_IMODE(path.stat().st_mode))
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    _fsync_folder(path.parent)


def _create(path: Path) -> BinaryIO:
    # os.open applies the umask to 0o666, so a new ledger gets the same mode as any file the user creates.
    try:
        return os.fdopen(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), "wb")
    except OSError as error:
        raise InputError(f"cannot write the ledger into {path.parent}: {error.strerror}") from None


def _copy_existing(path: Path, out: BinaryIO) -> _Snapshot | None:
    try:
        with path.open("rb") as stream:
            return _copy_lines(stream, sink=out)
    except FileNotFoundError:
        return None


def _fsync_folder(folder: Path) -> None:
    # Without this the rename itself may be lost in a crash, leaving the old ledger after a reported success.
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
