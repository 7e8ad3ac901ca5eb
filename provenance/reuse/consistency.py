"""Is a capture offered for reuse consistent with time and with its own WARC? Pure comparisons, no I/O.

A ledger line or a journal entry is untrusted input (a pull request can add both, and a WARC beside them),
and a reused capture is not fetched by the run that relies on it: before one is handed out, what it says is
held to what can be checked without the network, by the checks `verify` holds every capture to
(`warc.consistency`): its times, its WARC whole and its records' digests holding, every record of the WARC
one the capture lists, and the WARC's own headers saying what the capture says (a request for the cited URL,
a response from `final_url` with the capture's HTTP status and from its IP address, every record dated
between `started_at` and `finished_at`). The first problem found is the reason a warning gives.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from provenance.warc.consistency import CLOCK_SKEW, Recorder, check_times, excerpt, parse_utc

if TYPE_CHECKING:  # the WARC reader loads on first use, not before a check's first request
    from provenance.models import Capture, Problem
    from provenance.warc.reader import WarcContents

__all__ = ["CLOCK_SKEW", "excerpt", "parse_utc", "time_problem", "warc_problem"]


def time_problem(capture: Capture, recorded_at: str | None, recorder: str, now: dt.datetime) -> str | None:
    """Why the capture's times cannot be true, or None. `recorded_at` is the `at` of the `recorder` (a
    ledger line, a journal entry) that listed it."""
    recorders = (Recorder(recorded_at, f"the {recorder} that lists it"),)
    for problem in check_times(None, "", capture, recorders, now):
        return _reason(problem)
    return None


def warc_problem(capture: Capture, contents: WarcContents) -> str | None:
    """Why the WARC as read (`contents`, every record's digests kept) does not hold what the capture says,
    or None."""
    from provenance.warc.consistency import check_agreement, check_listing
    from provenance.warc.evidence import check_capture, check_warc_itself

    found = (
        *check_warc_itself(None, "", contents),
        *check_capture(None, "", capture, contents),
        *check_listing(None, "", capture, contents),
        *check_agreement(None, "", capture, contents),
    )
    return _reason(found[0]) if found else None


def _reason(problem: Problem) -> str:
    if problem.expected is None and problem.actual is None:
        return problem.message
    return f"{problem.message} (expected {problem.expected}, found {problem.actual})"
