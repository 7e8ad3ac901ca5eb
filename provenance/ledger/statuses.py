"""What a footnote line's status promises of the checks beside it, as `verify` holds a line to it.

`check` records every check the contract names (DESIGN.md section 3: `locator`, `schema`, `captured`, `date`,
`author`, `quote`, `title`, `archived`), each once, and a status they add up to (`checks.footnote_status`).
A line rewritten with a check taken out (its `locator: warn`, its `schema: fail`) or a better status than its
checks give (`unconfirmed` beside `date: fail`), the chain computed again, verified intact: every hash agrees,
and what the line says of itself does not. Only a verified footnote must carry every named check (it is the
promise that each was made and passed); any status must be one its checks add up to; and a `captured` check
that passes stands beside a capture that got a whole 2xx answer (a 404 recorded beside `captured: pass`).

Some misstatements no `check` ever wrote, in any version (each has given `failed` or `unlocatable` beside a
check that fails, and `verified` only beside a capture and a locator, schema and captured check that pass):
a line saying so refutes itself, a problem (`status_refuted`). The others (a verified line beside a content
check that warns, or without a title or archived check) are what older versions of `check` wrote: a warning.

The rule is `checks.footnote_status`'s, written again here: `verify` loads no check (their patterns and
tables take longer to load than a ledger takes to verify). Its tests hold the two to the same answers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import get_args

from provenance.models import CONTENT_CHECKS, CheckName, CheckResult, FootnoteLine, FootnoteStatus
from provenance.verdict import contradicting_checks, verified_of_nothing_captured

# Every check the contract names: `check` records each, once, on every footnote it checks.
NAMED_CHECKS: tuple[CheckName, ...] = get_args(CheckName)
_REQUIRED: tuple[CheckName, ...] = ("locator", "schema", "captured")


def statuses_of(checks: Sequence[CheckResult]) -> frozenset[FootnoteStatus]:
    """The statuses `checks.footnote_status` gives these checks, with or without `look` (whether a person can
    settle a `captured` warning by looking: the line does not record it, so either is allowed)."""
    by_name: dict[str, str] = {check.name: check.status for check in checks}
    if by_name.get("locator") == "fail":
        return frozenset({"unlocatable"})
    if "fail" in by_name.values():
        return frozenset({"failed"})
    candidate = by_name.get("locator") == "warn"  # a URL `locate` proposed, which no person confirmed
    content_warns = any(by_name.get(name) == "warn" for name in CONTENT_CHECKS)
    dated_loosely = by_name.get("schema") == "warn"  # a note dated to the month or the year only
    statuses: set[FootnoteStatus] = set()
    for look in (False, True):
        looked_for = look and by_name.get("captured") == "warn"
        allowed = {"locator": candidate, "captured": looked_for, "schema": dated_loosely}
        if not all(by_name.get(name) == "pass" or allowed.get(name, False) for name in _REQUIRED):
            statuses.add("error")
        elif candidate or looked_for or dated_loosely or content_warns:
            statuses.add("unconfirmed")
        else:
            statuses.add("verified")
    return frozenset(statuses)


_FAILED_STATUSES: frozenset[FootnoteStatus] = frozenset({"failed", "unlocatable"})


def status_refuted(footnote: FootnoteLine) -> str | None:
    """What on the line refutes the status it records (`date: fail`, `nothing captured`, `no locator check`),
    a thing no version of `check` wrote: a check that fails beside any status but failed or unlocatable, or a
    verified line with no capture, or whose locator, schema or captured check is missing or (any of them,
    when recorded twice) did not pass. None when nothing does."""
    failing = [check.name for check in footnote.checks if check.status == "fail"]
    if failing and footnote.status not in _FAILED_STATUSES:
        return ", ".join(f"{name}: fail" for name in dict.fromkeys(failing))
    if footnote.status != "verified":
        return None
    if footnote.capture is None:
        return "nothing captured"
    said = [f"{check.name}: {check.status}" for check in footnote.checks if check.name in _REQUIRED]
    said = [what for what in said if not what.endswith(": pass")]
    recorded = {check.name for check in footnote.checks}
    said += [f"no {name} check" for name in _REQUIRED if name not in recorded]
    return ", ".join(dict.fromkeys(said)) or None


def status_misstated(footnote: FootnoteLine) -> str | None:
    """Why the line's status is not what its checks say (a short phrase: "no locator, schema check"); None
    when it is. A verified line beside a check that contradicts it is `verdict.contradicting_checks`'s to
    name, and one with nothing captured `verdict.verified_of_nothing_captured`'s: said here too, each would
    be said twice."""
    names = Counter(check.name for check in footnote.checks)
    said: list[str] = []
    twice = [name for name in NAMED_CHECKS if names[name] > 1]
    if twice:
        said.append(f"{', '.join(twice)} recorded more than once")
    if footnote.status == "verified":
        missing = [name for name in NAMED_CHECKS if name not in names]
        if missing:
            said.append(f"no {', '.join(missing)} check")
    against_capture = _captured_pass_misstated(footnote)
    if against_capture is not None:
        said.append(against_capture)
    allowed = statuses_of(footnote.checks)
    named_elsewhere = contradicting_checks(footnote) or verified_of_nothing_captured(footnote)
    if footnote.status not in allowed and not named_elsewhere:
        said.append(f"its checks add up to {' or '.join(sorted(allowed))}")
    return "; ".join(said) or None


def _captured_pass_misstated(footnote: FootnoteLine) -> str | None:
    """What the line's own capture says against a `captured` check that passes: `checks.captured` passes only
    a whole 2xx answer (a 4xx or 5xx fails, an error or a cut body never passes), so a line that records a
    404 beside `captured: pass` was edited. A line with no capture is `verified_of_nothing_captured`'s."""
    capture = footnote.capture
    passed = any(check.name == "captured" and check.status == "pass" for check in footnote.checks)
    if not passed or capture is None:
        return None
    status = capture.http_status
    if status is None or not 200 <= status < 300:
        return f"captured passes beside {f'HTTP {status}' if status is not None else 'no HTTP answer'}"
    if capture.truncated:
        return "captured passes beside a body cut short"
    if capture.error is not None:
        return "captured passes beside a capture error"
    return None


__all__ = ["NAMED_CHECKS", "status_misstated", "status_refuted", "statuses_of"]
