"""Output formats for check results and recorded runs: each returns a string; the CLI decides where."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from provenance.ledger.runs import RecordedRun
from provenance.ledger.verify import Verification
from provenance.models import LocateLine
from provenance.results import ReportResult


class CheckFormat(ABC):
    """Renders the results of one `provenance check` run (one result per report)."""

    @abstractmethod
    def render(self, results: Sequence[ReportResult]) -> str: ...


@dataclass(frozen=True)
class LedgerView:
    """One recorded run of a ledger, with what a view shows beside it (read at the edge, by the caller)."""

    ledger: str  # the ledger's path as the user named it
    recorded: RecordedRun
    run_number: int  # 1-based, among the ledger's runs
    runs_in_ledger: int
    ledger_head: str | None
    verification: Verification | None  # None when the view did not re-verify the ledger
    # Each WARC the run records (its path as recorded) → where the page links it, a relative path from the
    # page's folder: beside the ledger as recorded, or by its name in the --archive-dir it moved to.
    warc_links: Mapping[str, str]
    archive_dir: str | None = None  # --archive-dir: the folder the WARCs were read from, as given
    screenshots: Mapping[str, bytes] = field(default_factory=dict)  # footnote label → PNG bytes
    located: Mapping[str, LocateLine] = field(default_factory=dict)  # label → a later `locate` search
    verified_at: str | None = None  # when `verification` was made (UTC, ISO 8601 with Z)


class LedgerFormat(ABC):
    """Renders recorded runs of one or more ledgers (a view a reviewer opens)."""

    @abstractmethod
    def render(self, views: Sequence[LedgerView]) -> str: ...
