"""Per-footnote checks, each a pure function of `CheckInput`, and the footnote status they add up to."""

from __future__ import annotations

from collections.abc import Sequence

from provenance.checks.captured import check_captured
from provenance.checks.interface import Check, CheckInput
from provenance.checks.locator import check_locator
from provenance.checks.schema import check_schema
from provenance.models import CheckName, CheckResult, FootnoteStatus

# Order is the order users read them in; later issues append date, author, quote and archived.
CHECKS: tuple[Check, ...] = (check_locator, check_schema, check_captured)

# A footnote is verified only when these pass (DESIGN.md section 3).
_REQUIRED: tuple[CheckName, ...] = ("locator", "schema", "captured")


def run_checks(given: CheckInput, checks: Sequence[Check] = CHECKS) -> tuple[CheckResult, ...]:
    return tuple(check(given) for check in checks)


def footnote_status(results: Sequence[CheckResult]) -> FootnoteStatus:
    by_name: dict[str, str] = {result.name: result.status for result in results}
    if by_name.get("locator") == "fail":
        return "unlocatable"
    if "fail" in by_name.values():
        return "failed"
    if all(by_name.get(name) == "pass" for name in _REQUIRED):
        return "verified"
    # Offline, or a body cut short: nothing is wrong, but nothing could be confirmed either.
    return "error"


__all__ = ["CHECKS", "Check", "CheckInput", "footnote_status", "run_checks"]
