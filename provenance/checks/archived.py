"""`archived`: does an independent archive (a Memento TimeGate, RFC 7089) hold a copy of the source?

Never a `fail`: no archived copy is a `warn`, and it does not keep a footnote from `verified` (it is not a
claim of the citation). When the live source failed, the memento itself is captured and the content
checks read it.
"""

from __future__ import annotations

from provenance.checks.interface import CheckInput
from provenance.models import SAYS_NO_MEMENTO, CheckResult


def check_archived(given: CheckInput) -> CheckResult:
    if given.offline:
        return CheckResult(name="archived", status="skip", detail="offline: no archive asked")
    if not given.archive_lookup:
        return CheckResult(name="archived", status="skip", detail="archive lookup turned off")
    lookup = given.archive
    if lookup is None:
        return CheckResult(name="archived", status="skip", detail="nothing to look up: no URL")
    if lookup.memento_url is None:
        why = lookup.error or f"HTTP {lookup.http_status}"
        # Only the TimeGate's own answer says it has no copy: a lookup skipped, unanswered or refused
        # (429, 5xx) found nothing because nothing could be looked at.
        said = lookup.http_status in SAYS_NO_MEMENTO
        found = (
            f"no archived copy at {lookup.timegate}"
            if said
            else f"not known whether {lookup.timegate} holds an archived copy"
        )
        return CheckResult(name="archived", status="warn", detail=f"{found} ({why})")
    when = lookup.memento_datetime or "date not given"
    kept = "; captured into this WARC and read" if lookup.captured else ""
    return CheckResult(
        name="archived",
        status="pass",
        detail=f"memento of {when}: {lookup.memento_url}{kept}",
        cited=lookup.accept_datetime,
        found=lookup.memento_datetime,
    )
