"""The locate table's line for a footnote: which platform it was searched on, or which platform the note or
its passage names that `locate` cannot search."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from provenance.citations import parse_citation
from provenance.locate.locate import FootnoteSearch, LocateResult
from provenance.locate.speakers import LocateQuery
from provenance.models import Context, Footnote, Platform, Report, ReportFormat
from provenance.outputs.locate_table import render_locate

SHA = "0" * 64


def _searched(note: str, passage: str, platform: Platform | None) -> LocateResult:
    """A locate run of one report whose unlinked note [1] reads `note`, cited by `passage`: no candidate."""
    footnote = Footnote(label="1", text=note, line=3, contexts=(Context(line=1, text=passage),))
    query = LocateQuery("1", platform, dt.date(2024, 3, 2), (), ())
    search = FootnoteSearch(footnote, parse_citation(footnote).citation, query, (), (), None, ())
    report = Report(
        path="brief.md", format=ReportFormat.MARKDOWN, sha256=SHA, footnotes=(footnote,), findings=()
    )
    return LocateResult(report, Path("brief.md.ledger.jsonl"), (search,), (), head=SHA, seconds=0.5)


@pytest.mark.parametrize(
    ("note", "passage", "shown"),
    [
        ("Truth Social, March 2, 2024.", "Jonas Examplar wrote.[1]", "Truth Social"),
        ("March 2, 2024.", "Jonas Examplar wrote on Truth Social.[1]", "Truth Social"),
        ("Jonas Examplar, Rumble, March 2, 2024.", "He posted.[1]", "Rumble"),
    ],
    ids=["note", "passage", "rumble"],
)
def test_the_locate_table_names_the_platform_a_note_names_and_says_locate_cannot_search_it(
    note: str, passage: str, shown: str
) -> None:
    # Before: `[1] platform?, 2024-03-02`, as if the note named no platform, though its notes below said
    # it names Truth Social.
    lines = render_locate([_searched(note, passage, None)], None).splitlines()
    assert lines[1].startswith(f"  [1] {shown} (a platform locate cannot search), 2024-03-02 · speaker:")


def test_the_locate_table_says_platform_unknown_only_when_nothing_names_one() -> None:
    lines = render_locate([_searched("March 2, 2024.", "Jonas Examplar wrote.[1]", None)], None).splitlines()
    assert lines[1].startswith("  [1] platform?, 2024-03-02")
    telegram = _searched("Telegram, March 2, 2024.", "Jonas Examplar wrote.[1]", Platform.TELEGRAM)
    assert render_locate([telegram], None).splitlines()[1].startswith("  [1] telegram, 2024-03-02")
