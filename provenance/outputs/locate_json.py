"""`locate --json`: per report, each unlinked footnote as its ledger line records it (candidates, parts), and
`unranked`: why its candidates are listed in an order no score gave (no quote, a translation, texts cut), or
null when they are ranked and the first is a proposal."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from provenance.locate.locate import LocateResult, located_candidate
from provenance.outputs.json_text import disarm_workflow_commands_json, indented_json


def render_locate_json(results: Sequence[LocateResult], citations: Path | None) -> str:
    document = {
        "reports": [
            {
                "report": result.report.path,
                "ledger": str(result.ledger),
                "citations": str(citations) if citations else None,
                "findings": [finding.model_dump(mode="json") for finding in result.report.findings],
                "linked": list(result.linked),
                "footnotes": [
                    {
                        "label": search.label,
                        "platform": search.query.platform.value if search.query.platform else None,
                        "date": search.query.date.isoformat() if search.query.date else None,
                        "speakers": [speaker.name for speaker in search.query.speakers],
                        "quotes": list(search.query.quotes),
                        "accounts": [match.account.label for match in search.accounts],
                        "candidates": [
                            located_candidate(candidate).model_dump(mode="json")
                            for candidate in search.candidates
                        ],
                        # Why the candidates are listed in an order no score gave (nothing singled a post
                        # out), else null: a program taking the first candidate for the proposal took the
                        # window's first post of the day, the notes alone saying it was none.
                        "unranked": search.unranked,
                        "warc": search.capture.warc if search.capture else None,
                        "notes": list(search.notes),
                    }
                    for search in result.searches
                ],
            }
            for result in results
        ]
    }
    return disarm_workflow_commands_json(indented_json(document))
