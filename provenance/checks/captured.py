"""`captured`: was the cited source fetched and preserved as a successful answer?"""

from __future__ import annotations

from provenance.checks.interface import CheckInput
from provenance.models import CheckResult


def check_captured(given: CheckInput) -> CheckResult:
    outcome = given.outcome
    if outcome is None:
        reason = "offline: no capture attempted" if given.offline else "nothing to capture: no URL"
        return CheckResult(name="captured", status="skip", detail=reason)
    capture = outcome.capture
    if capture is None:
        return CheckResult(name="captured", status="fail", detail=outcome.error or "nothing was fetched")
    where = f"{capture.bytes} bytes in {capture.warc}"
    status = capture.http_status
    if status is None or not 200 <= status < 300:
        answer = f"HTTP {status}" if status is not None else "no HTTP answer"
        why = f" ({outcome.error})" if outcome.error and outcome.error != f"http {status}" else ""
        return CheckResult(name="captured", status="fail", detail=f"{answer}{why}; kept as evidence: {where}")
    if capture.truncated:
        return CheckResult(
            name="captured",
            status="warn",
            detail=f"HTTP {status} but the body was cut ({capture.truncation}); {where}",
        )
    return CheckResult(name="captured", status="pass", detail=f"HTTP {status}, {where}")
