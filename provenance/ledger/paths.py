"""Where a ledger keeps its files: the ledger, and beside it the journal of a run under way and the lock.

Named in one place, because more than the writer must know them: no output of a run may land on any of them.
"""

from __future__ import annotations

from pathlib import Path

from provenance.errors import InputError


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
