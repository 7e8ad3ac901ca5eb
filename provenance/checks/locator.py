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
    if given.citation.located == "candidate":
        # `provenance locate` proposed this URL; only a person's confirmation makes it the cited source.
        return CheckResult(
            name="locator",
            status="warn",
            detail=f"{url} is a candidate from provenance locate, not confirmed: "
            'a person must check it and set custom.located to "confirmed" in the citations file',
        )
    return CheckResult(name="locator", status="pass", detail=url)
