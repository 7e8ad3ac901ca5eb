"""What `provenance capture` prints: a line per URL (its answer and its WARC file with the file's hash), or
the outcomes as JSON. A URL is shown with control characters and what a CI runner would obey as a workflow
command (`##[`) escaped. The JSON holds the same strings, with what a runner would obey and what reorders a
shown line written as JSON escapes (`json_text`), as every JSON document a command prints."""

from __future__ import annotations

from collections.abc import Sequence

from provenance.escaping import disarm_workflow_commands
from provenance.escaping import escape_unprintable as shown
from provenance.models import CaptureOutcome
from provenance.outputs.json_text import disarm_workflow_commands_json, escape_shown_controls


def _line(outcome: CaptureOutcome) -> str:
    capture = outcome.capture
    where = f"{capture.warc} sha256 {capture.warc_sha256}" if capture else "nothing captured"
    status = f"HTTP {capture.http_status}" if capture and capture.http_status is not None else "failed"
    error = f" ({outcome.error})" if outcome.error else ""
    return disarm_workflow_commands(shown(f"{outcome.url}: {status}; {where}{error}")) + "\n"


def render_captures_text(outcomes: Sequence[CaptureOutcome]) -> str:
    return "".join(_line(outcome) for outcome in outcomes)


def render_captures_json(outcomes: Sequence[CaptureOutcome]) -> str:
    # A server's words are in it (a redirect's target, an error): printed in a CI log, a URL's `##[error]`
    # was obeyed, and a right-to-left override reordered the line.
    text = "[" + ",\n".join(outcome.model_dump_json() for outcome in outcomes) + "]\n"
    return disarm_workflow_commands_json(escape_shown_controls(text))
