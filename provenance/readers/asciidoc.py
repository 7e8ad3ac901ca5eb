"""AsciiDoc footnotes in a report read as text (`.adoc`, `.txt`): `footnote:[its text]` is a note where it
stands, numbered 1, 2, 3 in turn as Asciidoctor numbers them; `footnote:id[its text]` names it and
`footnote:id[]` cites it again (as does the older `footnoteref:[id,text]` and `footnoteref:[id]`). Read as
plain text, a report of them had no notes (`markers-without-notes`) and nothing it cites was checked.

The note's text runs to its first `]` not escaped (`\\]`) and not the end of a link's text
(`https://t.me/rybar/1[Telegram post]`, `link:…[…]`), within its paragraph; a link is read as its text and
its address. Each macro's paragraph is its citing passage; a paragraph of a quote block (`____`) is quoted
words. Literal, listing, passthrough and comment blocks are not read. Loaded only for a report that holds
`footnote:` (`plaintext.PlainTextReader`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from provenance.readers.assembly import (
    MARK,
    MAX_ENTRIES,
    PASSAGE_END,
    PASSAGE_START,
    MarkerDraft,
    NoteDraft,
    ParagraphDraft,
    assemble_footnotes,
    collapse_whitespace,
    refuse_too_many,
    unique,
    without_own_edges,
)
from provenance.readers.interface import ReadResult
from provenance.urls import iter_urls, schemes_added

# A footnote macro's opening: `footnote:[`, `footnote:id[`, `footnoteref:[`; not one escaped (`\footnote:[`).
_MACRO = re.compile(r"(?<!\\)footnote(?P<ref>ref)?:(?P<id>[A-Za-z0-9_-]{0,64})\[")
# A delimited block whose content is not prose: listing `----`, literal `....`, passthrough `++++`,
# comment `////`. A quote block `____` is quoted words.
_VERBATIM_DELIMITER = re.compile(r"(?:-{4,}|\.{4,}|\+{4,}|/{4,})[ \t]*")
_QUOTE_DELIMITER = re.compile(r"_{4,}[ \t]*")
# A line that is no prose: a comment, a block's attributes (`[quote, Rybar]`), a document attribute.
_NOT_PROSE = re.compile(r"//(?!/)|\[[^\]]*\][ \t]*$|:[\w-]+:(?:[ \t]|$)")
# A line that opens a block of its own: a section title, a list item.
_OPENS_BLOCK = re.compile(r"={1,6}[ \t]|(?:[*.-]{1,5}|[0-9]{1,9}\.)[ \t]")
# Where a link's text opens: after an address (`https://…[`) or a `link:` / `mailto:` target, of at most
# `_MAX_TARGET` characters (a longer word is looked at no further: reading stays linear).
_LINK_TARGET = re.compile(r"(?:link:|mailto:)\S+|[A-Za-z][A-Za-z0-9+.-]*://\S+")
_MAX_TARGET = 4096


@dataclass
class _Reading:
    notes: list[NoteDraft] = field(default_factory=list)
    markers: list[MarkerDraft] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)  # by a named note's id, its label
    numbered: int = 0


def read_asciidoc(text: str) -> ReadResult | None:
    """The notes of a report with AsciiDoc footnote macros, or None where it has none."""
    if _MACRO.search(text) is None:
        return None
    text = without_own_edges(text.replace(MARK, "\ufffd"))
    reading = _Reading()
    lines = text.split("\n")
    paragraph: list[str] = []
    start = 0
    verbatim: str | None = None  # the delimiter of the verbatim block open
    quoted = False  # inside a quote block
    for number, line in enumerate(lines):
        stripped = line.strip()
        if verbatim is not None:
            if stripped == verbatim:
                verbatim = None
            continue
        ends = not stripped or _VERBATIM_DELIMITER.fullmatch(stripped) or _QUOTE_DELIMITER.fullmatch(stripped)
        if ends or _NOT_PROSE.match(stripped):
            _read_paragraph(reading, paragraph, start, quoted)
            paragraph = []
            if stripped and _VERBATIM_DELIMITER.fullmatch(stripped):
                verbatim = stripped
            elif stripped and _QUOTE_DELIMITER.fullmatch(stripped):
                quoted = not quoted
            continue
        if paragraph and _OPENS_BLOCK.match(stripped):
            _read_paragraph(reading, paragraph, start, quoted)
            paragraph = []
        if not paragraph:
            start = number
        paragraph.append(line)
    _read_paragraph(reading, paragraph, start, quoted)
    if not reading.notes:
        return None
    return assemble_footnotes(reading.notes, reading.markers)


def _read_paragraph(reading: _Reading, lines: list[str], start: int, quoted: bool) -> None:
    """The macros of one paragraph (its `lines`, the first the report's line `start`, from 0): each a
    marker in the paragraph's text, each that opens a note a note."""
    if not lines:
        return
    joined = "\n".join(lines)
    pieces: list[str] = []
    marks: list[tuple[str, int]] = []  # each marker's label and line
    done = 0
    line = start + 1
    search_from = 0
    while (macro := _MACRO.search(joined, search_from)) is not None:
        close, note_text = _note_text(joined, macro.end())
        if close < 0:
            break  # no `]` in the paragraph: its rest is text
        line += joined.count("\n", done, macro.start())
        pieces.append(joined[done : macro.start()])
        label = _label(reading, macro.group("ref") is not None, macro.group("id"), note_text, line)
        if label is not None:
            pieces.append(MARK)
            marks.append((label, line))
        refuse_too_many(len(reading.markers) + len(marks), MAX_ENTRIES, "footnote markers")
        line += joined.count("\n", macro.start(), close)
        done = search_from = close + 1
    if not marks:
        return
    pieces.append(joined[done:])
    body = collapse_whitespace("".join(pieces)).strip()
    if quoted:
        body = PASSAGE_START + body + PASSAGE_END
    paragraph = ParagraphDraft(body, passages=quoted)
    reading.markers.extend(
        MarkerDraft(label=label, line=line, paragraph=paragraph, mark=mark)
        for mark, (label, line) in enumerate(marks)
    )


def _label(reading: _Reading, old_style: bool, name: str, content: str, line: int) -> str | None:
    """The label a macro cites, the note it opens added: a note with text is numbered in turn, one named
    again with no text (`footnote:id[]`, `footnoteref:[id]`) cites the note of that name. None for an
    empty note of no name (`footnote:[]`), which Asciidoctor leaves out."""
    if old_style:
        name, _, content = content.partition(",")
        name = name.strip()
    content = collapse_whitespace(content).strip()
    if name and name in reading.labels:
        return reading.labels[name]
    if not content:
        return name or None  # a note named before it is given (said: `marker … has no footnote`)
    reading.numbered += 1
    label = str(reading.numbered)
    if name:
        reading.labels[name] = label
    found = list(iter_urls(content))
    reading.notes.append(
        NoteDraft(
            label=label,
            text=content,
            line=line,
            urls=unique(item.url for item in found),
            schemes_added=schemes_added(found),
        )
    )
    refuse_too_many(len(reading.notes), MAX_ENTRIES, "footnote definitions")
    return label


def _note_text(text: str, start: int) -> tuple[int, str]:
    """Where the note opening at `start` ends (its `]`; -1 where the paragraph has none) and its text, a
    link in it as its text and its address (`Telegram post (https://t.me/rybar/1)`). One pass."""
    pieces: list[str] = []
    done = start
    word_start = start  # where the word being read starts (a link's address, before its `[`)
    link: tuple[int, int] | None = None  # an open link text: where its target and its text start
    index = start
    length = len(text)
    while index < length:
        char = text[index]
        if char == "\\" and index + 1 < length and text[index + 1] in "[]":
            pieces += (text[done:index], text[index + 1])
            index += 2
            done = index
            continue
        if char.isspace():
            word_start = index + 1
        elif (
            char == "["
            and link is None
            and index - word_start <= _MAX_TARGET
            and _LINK_TARGET.fullmatch(text, word_start, index)
        ):
            link = (word_start, index + 1)
        elif char == "]":
            if link is None:
                pieces.append(text[done:index])
                return index, "".join(pieces)
            target, shown = link
            address = text[target : shown - 1].removeprefix("link:")
            words = text[shown:index].strip()
            pieces += (text[done:target], f"{words} ({address})" if words else address)
            done, link = index + 1, None
        index += 1
    return -1, ""
