"""Turning what a reader found (notes, and the markers that point to them) into footnotes with findings.

Every reader ends here, so matching markers to notes and naming what does not match is the same for every
format.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from provenance.models import Context, Finding, Footnote
from provenance.quotes import find_quotes
from provenance.readers.interface import ReadResult

_WHITESPACE = re.compile(r"\s+")


def collapse_whitespace(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


@dataclass(frozen=True)
class NoteDraft:
    """A footnote as a reader found it in the footnote block, before markers are matched to it."""

    label: str
    text: str
    line: int
    urls: tuple[str, ...]


@dataclass(frozen=True)
class MarkerDraft:
    """A body marker: the label it points to, its line, and its paragraph with the markers removed."""

    label: str
    line: int
    paragraph: str


def assemble_footnotes(notes: Sequence[NoteDraft], markers: Sequence[MarkerDraft]) -> ReadResult:
    """Match markers to notes and report what does not match, the same way for every format."""
    firsts: dict[str, NoteDraft] = {}
    repeats: dict[str, list[NoteDraft]] = {}
    for note in notes:
        if note.label in firsts:
            repeats.setdefault(note.label, []).append(note)
        else:
            firsts[note.label] = note
    contexts: dict[str, list[Context]] = {}
    orphans = []
    for marker in markers:
        if marker.label in firsts:
            text = collapse_whitespace(marker.paragraph)
            contexts.setdefault(marker.label, []).append(
                Context(line=marker.line, text=text, quotes=find_quotes(text))
            )
        else:
            orphans.append(marker_without_footnote(marker.label, marker.line))
    footnotes = tuple(
        Footnote(
            label=note.label,
            text=note.text,
            line=note.line,
            urls=note.urls,
            contexts=tuple(contexts.get(note.label, ())),
            findings=_note_findings(note, repeats.get(note.label, ()), note.label in contexts),
        )
        for note in firsts.values()
    )
    return ReadResult(footnotes=footnotes, findings=tuple(orphans))


def marker_without_footnote(label: str, line: int) -> Finding:
    return Finding(
        code="marker-without-footnote", message=f"marker {label} on line {line} has no footnote", line=line
    )


def _note_findings(note: NoteDraft, repeats: Iterable[NoteDraft], referenced: bool) -> tuple[Finding, ...]:
    findings = [
        Finding(
            code="duplicate-label",
            message=(
                f"footnote {note.label} on line {repeat.line} repeats the label of the footnote on line "
                f"{note.line}; only the first is used"
            ),
            line=repeat.line,
        )
        for repeat in repeats
    ]
    if not referenced:
        findings.append(
            Finding(
                code="unreferenced-footnote",
                message=f"footnote {note.label} on line {note.line} is not referenced in the text",
                line=note.line,
            )
        )
    return tuple(findings)
