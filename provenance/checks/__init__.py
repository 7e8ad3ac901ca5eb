"""Per-footnote checks, each a pure function of `CheckInput`, and the footnote status they add up to."""

from __future__ import annotations

from collections.abc import Sequence

from provenance.checks.archived import check_archived
from provenance.checks.author import check_author
from provenance.checks.captured import check_captured, person_must_look
from provenance.checks.date import check_date
from provenance.checks.interface import Check, CheckInput
from provenance.checks.locator import check_locator
from provenance.checks.quote import check_quote
from provenance.checks.retraction import as_retracted_words
from provenance.checks.schema import check_schema
from provenance.checks.title import check_title
from provenance.models import CONTENT_CHECKS, CheckName, CheckResult, FootnoteStatus

# Order is the order users read them in.
CHECKS: tuple[Check, ...] = (
    check_locator,
    check_schema,
    check_captured,
    check_date,
    check_author,
    check_quote,
    check_title,
    check_archived,
)

# A footnote is verified only when these pass (DESIGN.md section 3).
_REQUIRED: tuple[CheckName, ...] = ("locator", "schema", "captured")


# The checks that compare what the source says with what the report says of it.
_CONTENT: frozenset[Check] = frozenset((check_date, check_author, check_quote, check_title))


def run_checks(given: CheckInput, checks: Sequence[Check] = CHECKS) -> tuple[CheckResult, ...]:
    # A retracted source the report says is retracted is compared as the retracted words the report cites.
    content = as_retracted_words(given)
    return tuple(check(content if check in _CONTENT else given) for check in checks)


def footnote_status(results: Sequence[CheckResult], look: bool = False) -> FootnoteStatus:
    """What the checks add up to. `look` (`person_must_look`): `captured` warns only for what a person can
    settle by looking (a paywalled article, a page not read as rendered), not because the capture was cut."""
    by_name: dict[str, str] = {result.name: result.status for result in results}
    if by_name.get("locator") == "fail":
        return "unlocatable"
    if "fail" in by_name.values():
        return "failed"
    # A URL `provenance locate` proposed and no person confirmed: it is checked, but a person must look.
    candidate = by_name.get("locator") == "warn"
    # A paywalled article, a page not read as rendered: checked on what the capture holds, but a person must
    # read what it does not.
    looked_for = look and by_name.get("captured") == "warn"
    # A note dated to the month or the year only (`January 2022`): `schema` warns, and `date` holds the source
    # to that month, but no more than that was checked: a person must look.
    dated_loosely = by_name.get("schema") == "warn"
    allowed = {"locator": candidate, "captured": looked_for, "schema": dated_loosely}
    if not all(by_name.get(name) == "pass" or allowed.get(name, False) for name in _REQUIRED):
        # Offline, or a body cut short: nothing is wrong, but nothing could be confirmed either.
        return "error"
    if (
        candidate
        or looked_for
        or dated_loosely
        or any(by_name.get(name) == "warn" for name in CONTENT_CHECKS)
    ):
        return "unconfirmed"
    return "verified"


__all__ = ["CHECKS", "Check", "CheckInput", "footnote_status", "person_must_look", "run_checks"]
