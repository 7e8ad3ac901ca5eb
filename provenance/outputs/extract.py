"""`provenance extract` output: footnotes with their citations as JSON, or CSL-JSON items."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from provenance.citations import citation_to_csl
from provenance.models import Report
from provenance.outputs.json_text import indented_json, indented_json_ending_in_list
from provenance.results import CitedFootnote


def _footnote(item: CitedFootnote) -> dict[str, Any]:
    footnote = item.footnote
    # `location` only where a report has no lines to count (DOCX paragraphs, PDF pages).
    where = {"location": footnote.location} if footnote.location else {}
    return {
        "label": footnote.label,
        "text": footnote.text,
        "line": footnote.line,
        **where,
        "urls": list(footnote.urls),
        "contexts": [context.model_dump(mode="json", exclude_none=True) for context in footnote.contexts],
        "citation": item.citation.model_dump(mode="json"),
        "findings": [finding.model_dump(mode="json", exclude_none=True) for finding in item.findings],
    }


def render_extract_json(report: Report, cited: Sequence[CitedFootnote]) -> str:
    head = {
        "report": report.path,
        "format": report.format.value,
        "sha256": report.sha256,
        "findings": [finding.model_dump(mode="json", exclude_none=True) for finding in report.findings],
    }
    return indented_json_ending_in_list(head, "footnotes", (_footnote(item) for item in cited))


def render_extract_csl(cited: Sequence[CitedFootnote]) -> str:
    items = [citation_to_csl(item.footnote.label, item.citation) for item in cited]
    return indented_json(items)
