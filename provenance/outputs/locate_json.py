"""`locate --json`: per report, each unlinked footnote as its ledger line records it (candidates, parts), and
`unranked`: why its candidates are listed in an order no score gave (no quote, a translation, texts cut), or
null when they are ranked and the first is a proposal; `tied`: the URLs of the candidates that share the best
score, when two or more do (then none is a proposal: a person chooses)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from provenance.locate.locate import FootnoteSearch, LocateResult, located_candidate
from provenance.locate.rank import tied_at_the_top
from provenance.locate.unsearchable import unsearchable_platform
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
                        # The platform the note or passage names that `locate` cannot search (`Truth Social`),
                        # where `platform` is null: a program reading null as "names none" misread it.
                        "unsearchable_platform": _unsearchable(search),
                        "date": search.query.date.isoformat() if search.query.date else None,
                        # A note without a day: the month (`2022-01`, searched whole) or year it gives.
                        "period": search.query.period,
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
                        # How many posts the window held where they are listed unranked: a cut list says
                        # so (`candidates` holds at most 40 of them).
                        "window_posts": search.window_posts,
                        # A program taking `candidates[0]` for the proposal took one of posts the score does
                        # not tell apart: they are named here, and none is proposed.
                        "tied": _tied(search),
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


def _tied(search: FootnoteSearch) -> list[str]:
    """The URLs of the ranked candidates tied at the top (none when they are listed unranked)."""
    if search.unranked is not None:
        return []
    return [candidate.post.url for candidate in tied_at_the_top(search.candidates)]


def _unsearchable(search: FootnoteSearch) -> str | None:
    footnote = search.footnote
    found = unsearchable_platform(footnote.text, search.citation.platform, footnote.contexts)
    return found.name if found is not None else None
