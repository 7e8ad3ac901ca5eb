"""`locator`: does the footnote point somewhere a capture can reach?"""

from __future__ import annotations

from provenance.checks.interface import CheckInput
from provenance.models import CheckResult


def check_locator(given: CheckInput) -> CheckResult:
    url = given.citation.url
    if url is None:
        return CheckResult(
            name="locator",
            status="fail",
            detail="no URL or other locator: the source cannot be found or captured",
        )
    return CheckResult(name="locator", status="pass", detail=url)
