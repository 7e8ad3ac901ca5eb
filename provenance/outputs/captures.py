"""What `provenance capture` prints: a line per URL (its answer and its WARC file with the file's hash), or
the outcomes as JSON. A URL is shown with control characters and what a CI runner would obey as a workflow
command (`##[`) escaped."""

from __future__ import annotations

from collections.abc import Sequence

from provenance.escaping import disarm_workflow_commands
from provenance.escaping import escape_unprintable as shown
from provenance.models import CaptureOutcome


def _line(outcome: CaptureOutcome) -> str:
    capture = outcome.capture
    where = f"{capture.warc} sha256 {capture.warc_sha256}" if capture else "nothing captured"
    status = f"HTTP {capture.http_status}" if capture and capture.http_status is not None else "failed"
    error = f" ({outcome.error})" if outcome.error else ""
    return disarm_workflow_commands(shown(f"{outcome.url}: {status}; {where}{error}")) + "\n"


def render_captures_text(outcomes: Sequence[CaptureOutcome]) -> str:
    return "".join(_line(outcome) for outcome in outcomes)


def render_captures_json(outcomes: Sequence[CaptureOutcome]) -> str:
    return "[" + ",\n".join(outcome.model_dump_json() for outcome in outcomes) + "]\n"
