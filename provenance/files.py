"""Reading the files a user names on the command line: one place, one set of one-line errors."""

from __future__ import annotations

import errno
import os
import stat
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
