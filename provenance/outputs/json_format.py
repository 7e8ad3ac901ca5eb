"""`--json`: one JSON document on stdout, shaped as DESIGN.md section 2 says.

A check stopped from outside (Ctrl-C, SIGTERM: a CI step's time limit) still prints its document, with what it
had checked: `stopped` says so, at the top (the run was stopped) and on each report it had not finished (its
ledger holds no run of it), so a pipeline that reads the counts does not take a part for the whole."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from provenance.outputs.interface import CheckFormat
from provenance.outputs.json_text import disarm_workflow_commands_json, indented_json
from provenance.results import FootnoteResult, ReportResult


def _evidence(result: FootnoteResult) -> dict[str, Any] | None:
    """Where the evidence lies (paths relative to the ledger's folder), for CI artifacts and reviewers."""
    capture = result.outcome.capture if result.outcome else None
    if capture is None:
        return None
    return {
        "warc": capture.warc,
        "warc_sha256": capture.warc_sha256,
        "http_status": capture.http_status,
        "final_url": capture.final_url,
    }


def _footnote(result: FootnoteResult) -> dict[str, Any]:
    cited = result.cited
    return {
        "label": result.label,
        "status": result.status,
        "url": cited.citation.url,
        "line": cited.footnote.line,
        # Only where a report has no lines to count (DOCX paragraphs, PDF pages), as `extract` says it.
        **({"location": cited.footnote.location} if cited.footnote.location else {}),
        "checks": [check.model_dump(mode="json", exclude_none=True) for check in result.checks],
        "findings": [finding.model_dump(mode="json", exclude_none=True) for finding in cited.findings],
        "capture": _evidence(result),
        "source": _source(result),
        "archive": result.archive.model_dump(mode="json") if result.archive else None,
    }


# What the source says, beside what the citation says (each check's `cited` and `found`); the text is in the
# ledger and the WARC.
_SOURCE_FIELDS = {"platform", "url", "author", "handle", "author_id", "published", "title", "language"}
_SOURCE_FIELDS |= {"problem", "problem_detail", "partial", "partial_detail"}
_SOURCE_FIELDS |= {"memento_url", "memento_datetime"}


def _source(result: FootnoteResult) -> dict[str, Any] | None:
    if result.source is None:
        return None
    return result.source.model_dump(mode="json", include=_SOURCE_FIELDS, exclude_none=True)


def _report(result: ReportResult) -> dict[str, Any]:
    return {
        "report": result.report.path,
        "ledger": str(result.ledger),
        # Stopped before its run was written to the ledger: its footnotes not checked by then are `error`.
        "stopped": result.stopped,
        "head": result.head,
        "counts": result.counts.model_dump(),
        "findings": [
            finding.model_dump(mode="json", exclude_none=True) for finding in result.report.findings
        ],
        "footnotes": [_footnote(footnote) for footnote in result.footnotes],
        # What went wrong short of a finding (a TSA that gave no timestamp): a pipeline must see it too.
        "warnings": list(result.warnings),
    }


class JsonFormat(CheckFormat):
    def __init__(self, stopped: bool = False) -> None:
        # The run was stopped (the command line knows): also when every report was recorded before the stop.
        self.stopped = stopped

    def render(self, results: Sequence[ReportResult]) -> str:
        document = {
            "reports": [_report(result) for result in results],
            "stopped": self.stopped or any(result.stopped for result in results),
        }
        return disarm_workflow_commands_json(indented_json(document))
