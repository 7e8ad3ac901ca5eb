"""Opening the files a user or a ledger names: one place, one set of refusals, one set of one-line errors.

Where a file points is untrusted: a FIFO blocks the open, a device such as /dev/zero never ends, and files
under /proc or /sys claim sizes they do not hold (/proc/self/pagemap says ~275 GB). So a file is opened
without blocking, checked with `fstat` to be a regular file outside those trees, and read no further than
the size `fstat` gave (or a caller's smaller limit).
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import stat
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from provenance.errors import InputError

# The largest report read unless `--max-report-bytes` says otherwise: far above any real report, a bound for a
# hostile one.
DEFAULT_MAX_REPORT_BYTES = 50_000_000
# Kernel interfaces and devices, not files, even where they look like regular files.
_SPECIAL_TREES = ("/proc", "/sys", "/dev")
_OPEN_FLAGS = (
    os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_BINARY", 0)
)
_FILE_KINDS = (
    (stat.S_ISFIFO, "a FIFO (named pipe)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class FileTooLarge(OSError):
    """A file over the caller's size limit; `size` and `limit` in bytes."""

    def __init__(self, path: Path, size: int, limit: int) -> None:
        super().__init__(errno.EFBIG, f"{size} bytes, over the limit of {limit}", str(path))
        self.size = size
        self.limit = limit


def _kind(mode: int) -> str:
    return next((name for test, name in _FILE_KINDS if test(mode)), "not a regular file")


def _opened_path(descriptor: int, path: Path) -> str:
    """Where the open descriptor really points: symlinks resolved by the kernel where it says so."""
    try:
        return os.readlink(f"/proc/self/fd/{descriptor}")
    except OSError:
        return os.path.realpath(path)


def _special_tree(real_path: str) -> str | None:
    return next(
        (tree for tree in _SPECIAL_TREES if real_path == tree or real_path.startswith(tree + "/")), None
    )


class _BoundedFile(io.RawIOBase):
    """A regular file's descriptor seen as `limit` bytes long: reads and seeks never go past that size."""

    def __init__(self, descriptor: int, limit: int) -> None:
        super().__init__()
        self._descriptor = descriptor
        self._limit = limit
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def fileno(self) -> int:
        return self._descriptor

    def tell(self) -> int:
        return self._position

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        base = {os.SEEK_SET: 0, os.SEEK_CUR: self._position, os.SEEK_END: self._limit}[whence]
        if base + offset < 0:
            raise OSError(errno.EINVAL, "seek before the start of the file")
        self._position = os.lseek(self._descriptor, base + offset, os.SEEK_SET)
        return self._position

    def readinto(self, buffer: memoryview | bytearray) -> int:  # type: ignore[override]
        wanted = min(len(buffer), self._limit - self._position)
        if wanted <= 0:
            return 0
        data = os.read(self._descriptor, wanted)
        buffer[: len(data)] = data
        self._position += len(data)
        return len(data)

    def close(self) -> None:
        if not self.closed:
            try:
                os.close(self._descriptor)
            finally:
                super().close()


def open_regular_file(path: Path, max_bytes: int | None = None) -> BinaryIO:
    """`path` opened for reading if it is a regular file outside /proc, /sys and /dev; OSError otherwise.

    Reads stop at the size `fstat` reported, so a file that grows while it is read is read as it was.
    `max_bytes` refuses a larger file before anything is read (`FileTooLarge`).
    """
    if "\x00" in str(path):
        raise OSError(errno.EINVAL, "the path holds a NUL character", str(path).replace("\x00", "\\x00"))
    descriptor = os.open(path, _OPEN_FLAGS)
    try:
        status = os.fstat(descriptor)
        if stat.S_ISDIR(status.st_mode):
            raise IsADirectoryError(errno.EISDIR, "is a directory", str(path))
        if not stat.S_ISREG(status.st_mode):
            raise OSError(errno.EINVAL, f"{_kind(status.st_mode)}, not a regular file", str(path))
        tree = _special_tree(_opened_path(descriptor, path))
        if tree is not None:
            raise OSError(
                errno.EINVAL, f"a file under {tree}, a kernel interface, not a regular file", str(path)
            )
        if max_bytes is not None and status.st_size > max_bytes:
            raise FileTooLarge(path, status.st_size, max_bytes)
        bounded = _BoundedFile(descriptor, status.st_size)
    except BaseException:
        os.close(descriptor)
        raise
    return io.BufferedReader(bounded)


def describe_os_error(error: OSError) -> str:
    """Why an open or read failed, in a few words (`no such file`, `permission denied`, ...)."""
    if isinstance(error, FileNotFoundError):
        return "no such file"
    if isinstance(error, PermissionError):
        return "permission denied"
    return str(error.strerror or error)


def directory_given_for(path: Path, what: str) -> str:
    """What is said of a folder named where a file is read; for a report, how to check the reports in it
    (`check` takes glob patterns, `extract` and `locate` one report: "docs: is a directory, not a report"
    left a user to find that out)."""
    article = "an" if what[:1].lower() in "aeiou" else "a"
    said = f"{path}: is a directory, not {article} {what}"
    if what == "report":
        pattern = f"{path.as_posix().rstrip('/')}/**/*.md"
        return f"{said}; to check the reports in it: provenance check '{pattern}'"
    return said


def read_input(path: Path, what: str, max_bytes: int | None = None, limit_option: str | None = None) -> bytes:
    """The bytes of `path`; each way it can fail is an `InputError` naming the path and `what` it is.

    `limit_option` names the option that raises `max_bytes`, for the message when the file is larger.
    """
    try:
        with open_regular_file(path, max_bytes) as stream:
            return stream.read()
    except FileTooLarge as error:
        raise InputError(
            f"{path}: the {what} is {error.size} bytes, over the limit of {error.limit}"
            + (f" (raise it with {limit_option})" if limit_option else "")
        ) from None
    except IsADirectoryError:
        raise InputError(directory_given_for(path, what)) from None
    except OSError as error:
        reason = describe_os_error(error)
        if isinstance(error, FileNotFoundError) and os.path.islink(path):
            # `ls` lists it: "no such file" of a name the user sees sent them looking for a typo.
            reason = f"a symbolic link to {_link_target(path)}, which does not exist"
        elif not isinstance(error, FileNotFoundError | PermissionError) and error.errno == errno.EINVAL:
            reason += f"; the {what} must be a regular file"
        raise InputError(f"{path}: {reason}") from None


def _link_target(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:  # gone or replaced since
        return "a path"


def check_utf8_name(path: Path, what: str) -> None:
    """A path a ledger records (a report's, the archive folder's in each WARC path) must be text: the ledger
    is UTF-8 JSON, and a name that is not UTF-8 (a file system takes any bytes) stopped the run as a bug
    after its captures were made."""
    try:
        os.fspath(path).encode("utf-8")
    except UnicodeEncodeError:
        shown = os.fsencode(path).decode("utf-8", "backslashreplace")
        raise InputError(
            f"{shown}: the name of the {what} is not UTF-8, and the ledger records it as text: rename it"
        ) from None


def what_is_there(path: Path) -> str:
    """What a path that is no folder names, in a few words: `a file`, `a character device` (/dev/full)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return "not a folder"
    return "a file" if stat.S_ISREG(mode) else _kind(mode)


# The option that names each folder `ensure_folder` makes: a folder the user never named (`archives/`, the
# default) is refused with the way to name another.
_FOLDER_OPTIONS = {"archive folder": "--archive-dir DIR", "schema folder": "--out DIR"}


def ensure_folder(path: Path, what: str) -> Path:
    """`path` as an existing folder this process can write in, created (with its parents) if needed; else an
    `InputError`."""
    option = _FOLDER_OPTIONS.get(what)
    instead = f"; name another with {option}" if option else ""
    try:
        path.mkdir(parents=True, exist_ok=True)
    except FileExistsError:
        raise InputError(
            f"{path}: is {what_is_there(path)}, but the {what} must be a folder{instead}"
        ) from None
    except OSError as error:
        raise InputError(f"{path}: cannot create the {what} ({error.strerror or error}){instead}") from None
    if not path.is_dir():
        raise InputError(f"{path}: is {what_is_there(path)}, but the {what} must be a folder{instead}")
    if not os.access(path, os.W_OK | os.X_OK):  # found now, not by each capture after its page was fetched
        raise InputError(f"{path}: cannot write in the {what}{instead}")
    return path


# An existing file whose name ends so is evidence (a WARC file, a WACZ bundle), wherever it lies.
_EVIDENCE_SUFFIXES = (".warc", ".warc.gz", ".wacz")

# An HTML view replaces only an earlier view: `--html note.html` wrote over note.html, an HTML report (a
# format `check` reads) the user meant to keep, without a word. A view opens with its head, whose title names
# it (`outputs.html_view`) within its first bytes; an empty file is replaced too (a name made ready for it).
HTML_VIEW = "HTML view"
_VIEW_TITLE = b"<title>Provenance ledger"
_VIEW_HEAD_BYTES = 8192


def is_a_written_view(head: bytes) -> bool:
    """Whether a file whose first bytes are `head` is an HTML view this tool wrote (or empty)."""
    return not head.strip() or _VIEW_TITLE in head


def _head_of(path: Path) -> bytes:
    try:
        with open(path, "rb") as stream:
            return stream.read(_VIEW_HEAD_BYTES)
    except OSError:
        return b""  # unreadable: the write that follows names why


@dataclass(frozen=True, repr=False, eq=False)
class KeptFiles:
    """What no output may replace, each named by what it is: the files a run reads or appends to (reports,
    ledgers with their journals and locks, a citations file, a key) and the folders where evidence is kept.

    Outputs are written by renaming a new file over the old name, which gets past a read-only mode and leaves
    nothing of what was there: an HTML view written over a ledger or a report would be a loss without trace.
    """

    files: tuple[tuple[Path, str], ...] = ()
    folders: tuple[tuple[Path, str], ...] = ()


NOTHING_KEPT = KeptFiles()


def same_file(path: Path, other: Path) -> bool:
    """Whether two paths name one file: the same inode (a hard link, a symlink) or, where either is not there
    yet, the same path once symlinks and `..` are resolved."""
    try:
        return os.path.samefile(path, other)
    except ValueError:  # a NUL in a path (a ledger may name anything): no file has such a name
        return False
    except OSError:  # one is not there yet: it would be made under the name the other resolves to
        pass
    try:
        return os.path.realpath(path) == os.path.realpath(other)
    except ValueError:  # the one not there has a NUL in its name (checked after the other was not found)
        return False


def is_inside(path: Path, folder: Path) -> bool:
    """Whether `path`, its links and `..` resolved, is in `folder` or a folder under it (a path holding a
    NUL, which names no file, is taken as inside: opening it then says it is not there)."""
    try:
        return _inside(path, folder)
    except ValueError:
        return True


def _inside(path: Path, folder: Path) -> bool:
    return Path(os.path.realpath(path)).is_relative_to(os.path.realpath(folder))


def _is_read_only(status: os.stat_result, path: Path) -> bool:
    # No write bit at all is an operator's way of saying "closed", also to root, whom `access` lets write.
    return not status.st_mode & 0o222 or not os.access(path, os.W_OK)


def check_output_path(path: Path, what: str, kept: KeptFiles = NOTHING_KEPT) -> None:
    """Refuse an output path, before any work is done, that could not be written or would replace what must
    be kept: a file of `kept`, an existing file inside one of its folders, an existing WARC or WACZ file, an
    existing file that is read-only, and for an HTML view an existing file that is no view
    (`is_a_written_view`). A refused path writes nothing."""
    if path.is_dir():
        raise InputError(f"{path}: is a directory; the {what} must be a file path")
    if path.exists() and not path.is_file():
        raise InputError(f"{path}: is not a regular file; the {what} must be a file path")
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        raise InputError(f"{folder}: is a file, not a folder; the {what} cannot be made inside it")
    if not folder.is_dir():
        raise InputError(f"{folder}: no such folder for the {what}; create it first or name another")
    if not os.access(folder, os.W_OK):
        raise InputError(f"{folder}: permission denied; cannot write the {what} there")
    for kept_file, kind in kept.files:
        if same_file(path, kept_file):
            raise InputError(f"{path}: is {kind}; the {what} would replace it: name another file")
    if not path.exists():
        return
    # A file already in an evidence folder may be evidence of any name; a new one replaces nothing (a view
    # beside the WARCs of `--archive-dir .` is the user's choice).
    for kept_folder, kind in kept.folders:
        if _inside(path, kept_folder):
            raise InputError(f"{path}: is in {kind} {kept_folder}; the {what} must be written elsewhere")
    if path.name.lower().endswith(_EVIDENCE_SUFFIXES):
        raise InputError(f"{path}: is evidence (a WARC or WACZ file); the {what} never replaces it")
    if _is_read_only(path.stat(), path):
        raise InputError(f"{path}: is read-only; the {what} never replaces a file closed to writing")
    if what == HTML_VIEW and not is_a_written_view(_head_of(path)):
        raise InputError(
            f"{path}: is a file no `provenance` view was written to (an HTML report?); the {what} would "
            "replace it: name another file"
        )


def check_output_paths(outputs: Sequence[tuple[Path, str]], kept: KeptFiles = NOTHING_KEPT) -> None:
    """`check_output_path` for each output, and no two of them one file (the last written would win)."""
    for index, (path, what) in enumerate(outputs):
        check_output_path(path, what, kept)
        for earlier, earlier_what in outputs[:index]:
            if same_file(path, earlier):
                raise InputError(f"{path}: named for both the {earlier_what} and the {what}: name two files")


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# fsync of a file opened to read syncs its data on POSIX; Windows (`_commit`) needs it open to write.
_FILE_SYNC_MODE = os.O_RDWR if os.name == "nt" else os.O_RDONLY


def sync_file(path: Path) -> None:
    """fsync the file at `path`: its data, whichever descriptor wrote it, is on disk. Raises OSError."""
    descriptor = os.open(path, _FILE_SYNC_MODE)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def sync_folder(folder: Path) -> None:
    """fsync `folder`, so the names made in it since (a rename, a hard link) are on disk: without it a crash
    could lose a new name whose bytes were already synced. Raises OSError."""
    if os.name == "nt":  # Windows opens no folder as a file; a new name there is durable once made
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


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
    exists, and the folder synced, so the new name outlasts a crash once this returns. An error inside the
    block, or an existing `path`, leaves nothing behind.
    """
    import secrets  # here: it loads hashlib and OpenSSL, which `extract` and `--version` never use

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
        try:
            # Without it a crash could lose the new name after the file was reported made (a key, a bundle).
            sync_folder(path.parent)
        except OSError:
            path.unlink(missing_ok=True)
            raise
    except FileExistsError:
        raise InputError(f"{path}: already exists; the {what} is never overwritten") from None
    except OSError as error:
        raise InputError(f"{path}: cannot write the {what} ({error.strerror or error})") from None
    finally:
        temporary.unlink(missing_ok=True)
