"""Where a ledger keeps its files: the ledger, and beside it the journal of a run under way and the lock.

Named in one place, because more than the writer must know them: no output of a run may land on any of them.
"""

from __future__ import annotations

from pathlib import Path


def journal_path(ledger: Path) -> Path:
    return ledger.with_name(ledger.name + ".journal")


def lock_path(ledger: Path) -> Path:
    return ledger.with_name(ledger.name + ".lock")


def ledger_files(ledger: Path) -> tuple[tuple[Path, str], ...]:
    """The ledger and the files beside it, each with what it is (for a message that names it)."""
    return (
        (ledger, "a ledger"),
        (journal_path(ledger), "a ledger's journal"),
        (lock_path(ledger), "a ledger's lock"),
    )
