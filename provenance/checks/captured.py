"""`captured`: was the cited source fetched and preserved, and is what came back the cited content?

A 200 answer can still be a deleted post, a login wall, a page empty without JavaScript, a soft 404, a bot
check, a cookie-consent wall or an empty body: each fails, named, because the capture then holds nothing the
report could rest on. A paywalled article is the cited content, but the capture may hold only its opening:
it warns, named, so the footnote is never `verified` on words the capture may not hold.
"""

from __future__ import annotations

from provenance.checks.interface import CheckInput
from provenance.models import Capture, CheckResult, SourcePart, SourceProblem

_PROBLEMS: dict[SourceProblem, str] = {
    "unavailable": "deleted or unavailable",
    "login-wall": "login wall",
    "script-shell": "script shell",
    "soft-404": "soft 404",
    "challenge": "bot check",
    "consent-wall": "consent wall",
    "empty": "empty answer",
}
_PARTS: dict[SourcePart, str] = {"paywall": "paywall"}
# What an error status (a 403, a 503) was, when the page says: it fails either way, and this says why.
_NAMED_WITH_STATUS: frozenset[SourceProblem] = frozenset({"challenge", "login-wall", "consent-wall"})


def _instead(given: CheckInput) -> str:
    source = given.source
    if source is None or not source.memento_url:
        return ""
    return (
        f"; the archived copy of {source.memento_datetime or 'unknown date'} was captured and checked instead"
    )


def _reused(capture: Capture) -> str:
    """Said on every result of a reused capture: this run did not fetch it, an earlier one did."""
    reuse = capture.reused
    if reuse is None:
        return ""
    by = f"an earlier run (ledger line {reuse.line})" if reuse.source == "ledger" else "an interrupted run"
    return f" (reused: captured {capture.started_at} by {by}; its WARC still matches its SHA-256)"


def partial_only(given: CheckInput) -> bool:
    """Whether `captured` warns only because the source shows part of its content (a paywall), the capture
    itself whole: the checks were made on what the page shows, and a person must read the rest (the footnote
    is unconfirmed). A body the capture cut short is the tool's limit: no check could be completed (error)."""
    live, outcome = given.live, given.outcome
    capture = outcome.capture if outcome is not None else None
    return live is not None and live.partial is not None and capture is not None and not capture.truncated


def check_captured(given: CheckInput) -> CheckResult:
    outcome = given.outcome
    if outcome is None:
        reason = "offline: no capture attempted" if given.offline else "nothing to capture: no URL"
        return CheckResult(name="captured", status="skip", detail=reason)
    capture = outcome.capture
    if capture is None:
        if outcome.local_failure:  # not the source's doing: the check could not be made (status `error`)
            return CheckResult(
                name="captured", status="skip", detail=f"the evidence could not be kept: {outcome.error}"
            )
        return CheckResult(name="captured", status="fail", detail=outcome.error or "nothing was fetched")
    if capture.http_status is None and outcome.error:
        return CheckResult(
            name="captured", status="fail", detail=f"{outcome.error}; no answer{_instead(given)}"
        )
    where = f"{capture.bytes} bytes in {capture.warc}{_reused(capture)}"
    status = capture.http_status
    live = given.live
    # A 2xx with an error is a cut answer (the server hung up inside its headers): never a pass.
    if status is None or not 200 <= status < 300 or outcome.error:
        answer = f"HTTP {status}" if status is not None else "no HTTP answer"
        why = f" ({outcome.error})" if outcome.error and outcome.error != f"http {status}" else ""
        if not why and live is not None and live.problem in _NAMED_WITH_STATUS:
            why = f" ({_PROBLEMS[live.problem]}: {live.problem_detail})"
        return CheckResult(
            name="captured",
            status="fail",
            detail=f"{answer}{why}; kept as evidence: {where}{_instead(given)}",
        )
    if live is None:
        # Captured, but what was stored could not be read back: nothing was compared, so nothing can pass
        # (the footnote is an `error`, never `verified` on an unread page).
        return CheckResult(
            name="captured",
            status="skip",
            detail=f"HTTP {status}, but the answer could not be read back from {capture.warc}: not checked",
        )
    if live.problem is not None:
        return CheckResult(
            name="captured",
            status="fail",
            detail=f"{_PROBLEMS[live.problem]}: {live.problem_detail}; {where}{_instead(given)}",
        )
    cut = f"HTTP {status} but the body was cut ({capture.truncation})" if capture.truncated else ""
    # Captured, yet a side document in it could not be read (Telegram's widget answered 429): said here, with
    # the capture, since the checks that miss what it gives (a date) only see that it is missing.
    unread = f"; {live.unread}" if live.unread else ""
    if live.partial is not None:
        partial = f"{_PARTS[live.partial]}: {live.partial_detail}"
        return CheckResult(
            name="captured",
            status="warn",
            detail="; ".join(part for part in (partial, cut, where) if part) + unread,
        )
    if cut:
        return CheckResult(name="captured", status="warn", detail=f"{cut}; {where}{unread}")
    return CheckResult(name="captured", status="pass", detail=f"HTTP {status}, {where}{unread}")
