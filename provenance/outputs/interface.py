"""Output formats for check results: each returns a string; the CLI decides where it goes."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Sequence

from provenance.results import ReportResult


class CheckFormat(ABC):
    """Renders the results of one `provenance check` run (one result per report)."""

    @abstractmethod
    def render(self, results: Sequence[ReportResult]) -> str: ...
