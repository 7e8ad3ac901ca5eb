"""The check interface: each check is a small pure function of what one footnote knows."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from provenance.models import Capture, CaptureOutcome, CheckResult, Citation, Context, Footnote


@dataclass(frozen=True)
class CheckInput:
    """Everything a check may look at. No I/O happens inside a check."""

    footnote: Footnote
    citation: Citation
    outcome: CaptureOutcome | None  # None when nothing was attempted (no URL, or --offline)
    offline: bool = False

    @property
    def contexts(self) -> tuple[Context, ...]:
        return self.footnote.contexts

    @property
    def capture(self) -> Capture | None:
        return self.outcome.capture if self.outcome else None


Check = Callable[[CheckInput], CheckResult]
