"""Reading the files a user names on the command line: one place, one set of one-line errors."""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
import stat
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from provenance.errors import InputError


def read_input(path: Path, what: str) -> bytes:
    """The bytes of `path`; each way it can fail is an `InputError` naming the path and `what` it is."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not a {what}") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot be read ({error.strerror or error})") from None


def ensure_folder(path: Path, what: str) -> Path:
    """`path` as an existing folder, created if needed; an `InputError` when it cannot be."""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise InputError(f"{path}: is a file, but the {what} must be a folder") from None
    except OSError as error:
        raise InputError(f"{path}: cannot create the {what} ({error.strerror or error})") from None
    return path


def open_regular_file(path: Path) -> BinaryIO:
    """`path` opened for reading if it is a regular file; OSError otherwise.

    A ledger can name anything: a pipe would block the open, a device such as /dev/zero would never end.
    """
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    return os.fdopen(descriptor, "rb")


def check_output_path(path: Path, what: str) -> None:
    """Refuse an output path that could not be written, before any work is done: a bad path writes nothing."""
    if path.is_dir():
        raise InputError(f"{path}: is a directory; the {what} must be a file path")
    if path.exists() and not path.is_file():
        raise InputError(f"{path}: is not a regular file; the {what} must be a file path")
    folder = path.parent
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder for the {what}")
    if not os.access(folder, os.W_OK):
        raise InputError(f"{folder}: permission denied; cannot write the {what} there")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_atomically(path: Path, data: bytes, what: str) -> None:
    """Write `path` whole or not at all: a temporary file beside it, flushed, then renamed over it."""
    temporary: Path | None = None
    try:
        descriptor, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        temporary = Path(name)
        with os.fdopen(descriptor, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, 0o666 & ~_umask())  # mkstemp makes it private; an output is as any new file
        os.replace(temporary, path)
    except OSError as error:
        if temporary is not None:
            with contextlib.suppress(OSError):
                temporary.unlink()
        raise InputError(f"{path}: cannot write the {what} ({error.strerror or error})") from None


@contextlib.contextmanager
def create_new_file(path: Path, what: str, mode: int = 0o666) -> Iterator[BinaryIO]:
    """Write a new file at `path` whole or not at all, never replacing one: for evidence and keys.

    The bytes go to a temporary file beside it, created with `mode` less the umask (so a private key is never
    readable by others, not even for a moment), flushed, then hard-linked to `path`, which fails if the name
    exists. An error inside the block, or an existing `path`, leaves nothing behind.
    """
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(8)}.tmp")
    try:
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, mode)
    except OSError as error:
        raise InputError(f"{path}: cannot create the {what} ({error.strerror or error})") from None
    try:
        with os.fdopen(descriptor, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        os.link(temporary, path)
    except FileExistsError:
        raise InputError(f"{path}: already exists; the {what} is never overwritten") from None
    except OSError as error:
        raise InputError(f"{path}: cannot write the {what} ({error.strerror or error})") from None
    finally:
        temporary.unlink(missing_ok=True)
