"""Pure helpers shared by the text-based readers: decoding, quotes, bare URLs, and footnote assembly."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from provenance.errors import InputError
from provenance.models import Context, Finding, Footnote
from provenance.readers.interface import ReaderError, ReadResult
from provenance.urls import find_urls, iter_urls

__all__ = [
    "MarkerDraft",
    "NoteDraft",
    "assemble_footnotes",
    "collapse_whitespace",
    "decode_text",
    "find_quotes",
    "find_urls",
    "iter_urls",
    "marker_without_footnote",
    "unique",
]

_UTF8_BOM = b"\xef\xbb\xbf"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")

# A straight quote opens only at a word start and closes only after a non-space, so the inch mark in
# `a 12" screen` pairs with nothing.
_QUOTED = re.compile(
    r"“(?P<curly>[^“”]*)”"
    r"|„(?P<low>[^„“”]*)[“”]"
    r"|«(?P<guillemet>[^«»]*)»"
    r'|(?<![^\s(\[{\u2014\u2013-])"(?=\S)(?P<straight>[^"]*?\S)"'
)
_QUOTE_GROUPS = ("curly", "low", "guillemet", "straight")

_WHITESPACE = re.compile(r"\s+")


def decode_text(data: bytes, name: str) -> str:
    """The report's text with LF line ends; `name` is used in error messages."""
    if data.startswith(_UTF16_BOMS):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise ReaderError(f"{name}: not UTF-16 text despite its byte order mark") from None
    else:
        if b"\x00" in data:
            raise InputError(f"{name}: binary file, not a report")
        try:
            text = data.removeprefix(_UTF8_BOM).decode("utf-8")
        except UnicodeDecodeError as error:
            offset = error.start + (len(_UTF8_BOM) if data.startswith(_UTF8_BOM) else 0)
            raise ReaderError(
                f"{name}: not UTF-8 text (byte 0x{data[offset]:02x} at offset {offset})"
            ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def collapse_whitespace(text: str) -> str:
    return _WHITESPACE.sub(" ", text).strip()


def find_quotes(text: str) -> tuple[str, ...]:
    """The quoted passages of `text` in order, each stripped; empty quotes are left out."""
    quotes = []
    for match in _QUOTED.finditer(text):
        inner = next(match.group(group) for group in _QUOTE_GROUPS if match.group(group) is not None)
        if inner.strip():
            quotes.append(inner.strip())
    return tuple(quotes)


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
