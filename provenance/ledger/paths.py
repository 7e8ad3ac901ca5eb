"""Where a ledger keeps its files: the ledger, and beside it the journal of a run under way and the lock;
and where the WARCs it names are read from, beside it or moved (`--archive-dir`).

Named in one place, because more than the writer must know them: no output of a run may land on any of them.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath

from provenance.errors import InputError, UsageError


def journal_path(ledger: Path) -> Path:
    return ledger.with_name(_named(ledger).name + ".journal")


def lock_path(ledger: Path) -> Path:
    return ledger.with_name(_named(ledger).name + ".lock")


def _named(ledger: Path) -> Path:
    """A ledger path with a file name: `.` or `/` (`locate --ledger .`) has none to put its files beside,
    and was an internal error (a ValueError of pathlib)."""
    if not ledger.name:
        raise InputError(f"{ledger}: is a directory, not a ledger")
    return ledger


def ledger_files(ledger: Path) -> tuple[tuple[Path, str], ...]:
    """The ledger and the files beside it, each with what it is (for a message that names it)."""
    return (
        (ledger, "a ledger"),
        (journal_path(ledger), "a ledger's journal"),
        (lock_path(ledger), "a ledger's lock"),
    )


def evidence_path(recorded: str, ledger_dir: Path, archive_dir: Path | None = None) -> Path:
    """Where the WARC a ledger records as `recorded` is read from: the path it records, from the ledger's
    folder; or, after the evidence moved (`--archive-dir DIR`), its file name in `archive_dir`, where only
    its hash, checked against the ledger's, proves it is the file the ledger names. `verify`, `pack` and
    `show` look in the same place, so what one proved the others read."""
    if archive_dir is not None:
        return archive_dir / PurePath(recorded).name
    return ledger_dir / recorded


def refuse_what_is_no_archive_dir(archive_dir: Path, ledger: Path) -> None:
    """`--archive-dir` must be a folder. A relative one is taken from the current folder, as every path
    on the command line is, while the ledger's own paths are taken from the ledger's folder: given from
    elsewhere (`pack case/r.md.ledger.jsonl --archive-dir evidence`), the line names the folder meant."""
    if archive_dir.is_dir():
        return
    if archive_dir.exists():
        raise UsageError(f"--archive-dir {archive_dir}: is not a folder")
    beside = ledger.parent / archive_dir
    if not archive_dir.is_absolute() and ledger.parent != Path(".") and beside.is_dir():
        raise UsageError(
            f"--archive-dir {archive_dir}: does not exist here (a relative folder is taken from the current "
            f"folder, not the ledger's); did you mean --archive-dir {os.path.normpath(beside)}?"
        )
    raise UsageError(f"--archive-dir {archive_dir}: does not exist (taken from the current folder)")
