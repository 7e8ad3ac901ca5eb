"""What kept a footnote from being verified, in the words every output format shares."""

from __future__ import annotations

from provenance.models import CheckResult, CheckStatus
from provenance.results import FootnoteResult

# Worst first: the check a CI system files a footnote under is the first of these it finds.
_SEVERITY: tuple[CheckStatus, ...] = ("fail", "warn", "skip")


def not_passing(result: FootnoteResult) -> tuple[CheckResult, ...]:
    """The checks that stand between this footnote and `verified`.

    A footnote in `error` failed nothing: the checks it skipped are what stopped it. Elsewhere a skip only
    follows from a failure already shown (no URL, so nothing to capture), and repeating it says nothing new.
    """
    shown: tuple[CheckStatus, ...] = _SEVERITY if result.status == "error" else ("fail", "warn")
    return tuple(check for check in result.checks if check.status in shown)


def leading_check(result: FootnoteResult) -> CheckResult | None:
    """The most severe check that did not pass (first in the order the checks ran), or None."""
    for status in _SEVERITY:
        for check in result.checks:
            if check.status == status:
                return check
    return None


def reasons_text(result: FootnoteResult, separator: str = "; ") -> str:
    return separator.join(f"{check.name} {check.status}: {check.detail}" for check in not_passing(result))
