"""Is a capture offered for reuse consistent with time and with its own WARC? Pure comparisons, no I/O.

A ledger line or a journal entry is untrusted input (a pull request can add both, and a WARC beside them),
and a reused capture is not fetched by the run that relies on it: before one is handed out, what it says is
held to what can be checked without the network.

- Time: it started before it finished, it did not finish in the future (beyond `CLOCK_SKEW`: machines that
  share a ledger may disagree a little), and not after the ledger line or journal entry that recorded it (a
  capture is recorded once it has finished, by the same clock).
- Its WARC: the file is whole and its records' digests hold (as `verify` checks them), the records the
  capture names are there as named, and the WARC's own headers say what the capture says: a request for the
  cited URL, a response from `final_url` with the capture's HTTP status and from its IP address, and every
  record dated between `started_at` and `finished_at` (WARC-Date has microseconds, the capture milliseconds).
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from provenance.escaping import escape_unprintable

if TYPE_CHECKING:  # the WARC reader loads on first use, not before a check's first request
    from provenance.models import Capture
    from provenance.warc.reader import RecordDigests, WarcContents

# How far the clocks of two machines that share a ledger (a laptop, a CI runner) may be taken to disagree.
# Beyond it a time is not believed: the cost of a wrong guess is one fetch, and a warning says why.
CLOCK_SKEW = dt.timedelta(minutes=1)
_WARC_DATE_SLACK = dt.timedelta(seconds=1)
_EXCERPT_CHARS = 120


def excerpt(text: str) -> str:
    """Text from a ledger or a WARC as a warning quotes it: cut short, its unprintable characters escaped."""
    return escape_unprintable(text if len(text) <= _EXCERPT_CHARS else text[: _EXCERPT_CHARS - 1] + "…")


def parse_utc(text: str | None) -> dt.datetime | None:
    """An ISO 8601 time as the ledger or a WARC writes it (`Z` or an offset; none read as UTC); None when
    it is not one."""
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=dt.UTC)


def time_problem(capture: Capture, recorded_at: str | None, recorder: str, now: dt.datetime) -> str | None:
    """Why the capture's times cannot be true, or None. `recorded_at` is the `at` of the `recorder` (a
    ledger line, a journal entry) that listed it."""
    started, finished = parse_utc(capture.started_at), parse_utc(capture.finished_at)
    if started is None or finished is None:
        return "its times cannot be read"
    if finished < started:
        return f"it finished ({capture.finished_at}) before it started ({capture.started_at})"
    if finished > now + CLOCK_SKEW:
        return f"it is dated in the future ({capture.started_at} to {capture.finished_at})"
    recorded = parse_utc(recorded_at)
    if recorded_at is not None and recorded is None:
        return f"the {recorder} that lists it has no readable time"
    if recorded is not None:
        if recorded > now + CLOCK_SKEW:
            return f"the {recorder} that lists it is dated in the future ({recorded_at})"
        if finished > recorded:
            return f"it finished ({capture.finished_at}) after the {recorder} that lists it ({recorded_at})"
    return None


def warc_problem(capture: Capture, contents: WarcContents) -> str | None:
    """Why the WARC as read (`contents`, every record's digests kept) does not hold what the capture says,
    or None."""
    from provenance.warc.evidence import check_capture, check_warc_itself

    for problem in (*check_warc_itself(0, "", contents), *check_capture(0, "", capture, contents)):
        found = f" (recorded {problem.expected}, found {problem.actual})" if problem.expected else ""
        return f"{problem.message}{found}"
    records = list(contents.records.values())
    requested = capture.redirects[0] if capture.redirects else capture.url
    if capture.redirects and not _same_url(capture.url, requested):
        return f"it names {excerpt(capture.url)} but says it requested {excerpt(requested)}"
    if not any(record.type == "request" and record.uri == requested for record in records):
        return f"its WARC holds no request for {excerpt(requested)}"
    answers = [record for record in records if record.type == "response" and record.uri == capture.final_url]
    if not answers:
        return f"its WARC holds no response from {excerpt(capture.final_url)}"
    if not any(record.status == capture.http_status for record in answers):
        statuses = ", ".join(sorted({str(record.status) for record in answers}))
        return f"it says HTTP {capture.http_status}, its WARC's response says {statuses}"
    if not any(record.status == capture.http_status and record.ip == capture.ip for record in answers):
        addresses = ", ".join(sorted({excerpt(record.ip or "none") for record in answers}))
        return f"it says it was made from {capture.ip or 'no address'}, its WARC says {addresses}"
    return _date_problem(capture, records)


def _same_url(cited: str, requested: str) -> bool:
    from provenance.capture.failure import CaptureFailure
    from provenance.capture.uri import request_uri

    try:
        return request_uri(cited) == requested
    except CaptureFailure:
        return False


def _date_problem(capture: Capture, records: list[RecordDigests]) -> str | None:
    started, finished = parse_utc(capture.started_at), parse_utc(capture.finished_at)
    if started is None or finished is None:
        return "its times cannot be read"
    for record in records:
        date = parse_utc(record.date)
        if date is None:
            return f"a record of its WARC has no readable WARC-Date ({excerpt(record.date or 'none')})"
        if not started - _WARC_DATE_SLACK <= date <= finished + _WARC_DATE_SLACK:
            return (
                f"its WARC's records are dated {excerpt(record.date or '')}, outside the capture's "
                f"{capture.started_at} to {capture.finished_at}"
            )
    return None
