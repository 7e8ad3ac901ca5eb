"""Markdown code spans found without a parser: for a Markdown report read by the plain-text rules (one
written with `[1]` or `¹` notes), whose code is still code."""

from __future__ import annotations

import re

_BACKTICKS = re.compile(r"`+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def code_spans(text: str) -> list[tuple[int, int]]:
    """Where each code span of `text` starts and ends, its backticks included, in order. A code span ends at
    the next run of as many backticks within its paragraph; one that never does is text (CommonMark: an
    unmatched backtick is literal, so `Open `“we leave”` hides no quote). Linear: each run of backticks is
    looked at once."""
    runs: list[tuple[int, int, int]] = []  # each run of backticks: start, end, and its paragraph
    paragraph = 0
    for run in _BACKTICKS.finditer(text):
        if runs and _BLANK_LINE.search(text, runs[-1][1], run.start()):
            paragraph += 1
        runs.append((run.start(), run.end(), paragraph))
    # For each run, the next run of as many backticks in its paragraph (CommonMark's closing run).
    closing: list[int | None] = [None] * len(runs)
    later: dict[tuple[int, int], int] = {}
    for index in range(len(runs) - 1, -1, -1):
        start, end, paragraph = runs[index]
        key = (paragraph, end - start)
        closing[index] = later.get(key)
        later[key] = index
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(runs):
        close = closing[index]
        if close is None:  # no run closes it: its backticks are text
            index += 1
            continue
        spans.append((runs[index][0], runs[close][1]))
        index = close + 1
    return spans
