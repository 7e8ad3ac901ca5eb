"""Plain-text reports: `[1]` markers in the body and a block of numbered notes at the end (`[1]`, `^1`, `¹`,
and under a notes heading, or after the last rule where no other block is found, `1.` or `(1)`; under a
notes heading only, `**1.**`, `1 -` and `Note 1:`); or, where
the last lines are notes by symbol (`*`, `†`, `‡`, `§`), each cited and holding a link, those
(`_symbol_notes`).

A report whose chapters each end with notes under a notes heading of their own has each block read (those
before the last where they are in its style and hold a link: `_chapter_blocks`); a chapter's notes numbered
anew (`1. 2.`, then `1. 2.` again) are numbered on after the chapters before, with its markers
(`_numbered_on`), so a label may be a higher number than the report prints. So are the runs of one block
of notes numbered anew for each chapter (`1 2 1 2`), with the markers of the chapters under the headings
between them (`_runs_numbered_on`). A chapter's heading among the notes (`Chapter 2`, then its notes) is
neither a note's text nor the block's end (`_chapter_heading_among_notes`), nor is a paragraph that is a link
alone after a note's paragraph holding none: that note's link (`_link_after_linkless_note`).

A note's lines are joined by spaces, as a line wrapped is; a line broken where the next line's first word
would still have fit within the report's widest line was broken by its writer, and the break is kept in the
note's text (`Two Majors`, then `Telegram, 21 January 2022`: `_joined_or_kept`), as is a tab between a
note's words (`Two Majors<tab>Telegram<tab>…`).

A report of no notes read is said to cite all the same where it lists sources in a style not read (bullets or
unnumbered entries under a notes heading, a list of links after its last rule: `sources_without_notes`,
`markers-without-notes`, which `check` fails) or links to web pages in its text (`links_without_notes`,
`links-without-notes`, said only); the other readers ask the same of their text. A report of notes read
that lists more sources under its notes heading in no note (bullets; in a text report, or notes typed in a
DOCX or ODT document, any paragraph not set in that opens on no note's line) says so
(`sources_beside_notes`)."""

from __future__ import annotations

import bisect
import functools
import heapq
import re
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, pairwise

from provenance.digits import roman_numeral
from provenance.models import Finding, ReportFormat
from provenance.patterns import on_first_use
from provenance.readers.assembly import (
    CARET_NOT_A_POWER,
    CODE_END,
    CODE_START,
    MARK,
    MAX_ENTRIES,
    MAX_FOOTNOTES,
    RAISED_NOT_A_POWER,
    SUPERSCRIPT_TAG_MARKER,
    MarkerDraft,
    NoteDraft,
    ParagraphDraft,
    PendingNote,
    assemble_footnotes,
    block_quote_draft,
    chapters_numbered_on,
    collapse_whitespace,
    continued_quote_draft,
    goes_on_with_quote,
    lead_in_draft,
    leading_marks,
    links_counted,
    links_without_notes_at,
    mark_places,
    quote_left_open,
    refuse_too_many,
    sources_beside_notes_at,
    sources_without_notes_at,
    unique,
    whole_quote,
    without_own_edges,
)
from provenance.readers.backticks import code_spans
from provenance.readers.decoding import decode_text
from provenance.readers.interface import ReadResult, ReportReader
from provenance.urls import iter_urls, schemes_added, without_invisible_characters

# The words the HTML reader knows a notes heading by (`html._NOTES_WORD`): a German, Spanish or French report
# whose notes stand under `Quellen`, `Fuentes` or `Références` had no notes read (`markers-without-notes`).
_HEADING_WORD = (
    r"(?:notes|footnotes|endnotes|references|sources|citations|bibliography|works cited"
    r"|примечания|источники|ссылки|сноски|литература|примітки|джерела|посилання|виноски|література"
    r"|notes de bas de page|références|bibliographie"
    r"|anmerkungen|fußnoten|fussnoten|endnoten|quellen|quellenangaben|einzelnachweise|belege|nachweise"
    r"|literatur|notas(?: al pie)?|fuentes|referencias|bibliografía|citas)"
)
# `Notes`, `## Sources:`, `Notes and references`, `Примечания`, `Anmerkungen und Quellen` (`\u0456` is the
# Ukrainian "and").
NOTES_HEADING = re.compile(
    rf"^ {{0,3}}(?:#{{1,6}}[ \t]*)?{_HEADING_WORD}"
    rf"(?:[ \t]+(?:and|&|et|und|y|и|\u0456|та)[ \t]+{_HEADING_WORD})?"
    r"[ \t]*(?::[ \t]*)?$",
    re.IGNORECASE,
)


def is_notes_heading(line: str) -> bool:
    """Whether `line` is a notes heading (`NOTES_HEADING`). A heading's words hold no comma and no stop, and
    most lines of a report hold one or the other, or nothing: those are passed over without the pattern,
    whose forty-odd words are each tried at a line's start (a line of prose cost as much as 5,000
    instructions; `sources_beside_notes` looks at every line of a report that has notes)."""
    return bool(line) and "," not in line and "." not in line and NOTES_HEADING.match(line) is not None


_RULE = re.compile(r"^[ \t]*(?:[-=_*][ \t]*){3,}$")
_RULE_CHARS = "-=_*"  # what a rule is made of (`_RULE`)
# A label of 4 or more digits (`[1000]`, as a note opens or a marker names it) is more often a year (`the
# [2022] budget`) than a note: it counts only where the report has that many notes (`_NoteNumbering`,
# `_names_note`). ASCII digits without a leading zero, so that `[0012]` stays text as it always was.
_LONG_LABEL = r"[1-9][0-9]{3,6}"
# A range's end may be long (`[1-100000]`) so that a range too wide to expand is reported, not ignored.
# reStructuredText's `[1]_` is one: its `_` is no word of the passage.
_BRACKET_MARKER = (
    rf"\[(?P<bracketed>(?:{_LONG_LABEL}|\d{{1,3}})(?:[ \t]*[,\u2013-][ \t]*\d{{1,7}})*)\](?:_(?!\w))?"
)
# Not a power: `10^6`, `km^2`, `x^2` (`CARET_NOT_A_POWER`).
_CARET_MARKER = rf"{CARET_NOT_A_POWER}\^(?P<caret>{_LONG_LABEL}|\d{{1,3}})"
# Word processors and careful typists write notes with superscript digits: `defeat.¹`, `⁽²⁾`; `km²`, `10⁶`
# and `x²` are powers (`RAISED_NOT_A_POWER`).
_SUPERSCRIPT_DIGIT = "[\u2070\u00b9\u00b2\u00b3\u2074-\u2079]"
# Several notes raised together: a list (`¹,³`, `¹˒³` with a raised comma) or a range (`¹⁻³`, or with an en
# dash; the DOCX reader writes a raised `1-3` so). Read as its end numbers alone, a range's inner notes had no
# claim cited.
_SUPERSCRIPT_MARKER = (
    rf"\u207d?{RAISED_NOT_A_POWER}"
    rf"(?P<superscript>{_SUPERSCRIPT_DIGIT}{{1,3}}(?:[,\u02d2\u207b\u2013-]{_SUPERSCRIPT_DIGIT}{{1,3}}){{0,20}})"
    r"\u207e?"
)
_SUPERSCRIPT_DIGITS = str.maketrans(
    "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079\u02d2\u207b", "0123456789,-"
)
# A range wider than this is more likely a year span or a typo than a run of citations.
_MAX_RANGE = 50
# Notes named one by one that stand after the notes block (`_body_around_block`): a footer of 100,000 such
# lines is one report of this many, not 100,000 findings.
_MAX_STRAY_NOTES = 20


@dataclass(frozen=True)
class _NoteStyle:
    """How notes start a line in the footnote block, and which body markers go with them.

    `long_note_start` is a note's opening with a label of 4 or more digits, which starts a note only where it
    continues the numbering (`_NoteNumbering`); None where such labels are not read (superscripts).

    Each pattern is compiled when it is first used: a report's notes have one style, and the other styles'
    patterns, compiled at import, held up a check's first request.
    """

    note_start_pattern: str
    needs_heading: bool
    markers_pattern: str
    long_note_start_pattern: str | None = None

    @functools.cached_property
    def note_start(self) -> re.Pattern[str]:
        return re.compile(self.note_start_pattern)

    @functools.cached_property
    def markers(self) -> re.Pattern[str]:
        return re.compile(self.markers_pattern)

    @functools.cached_property
    def markers_with_tags(self) -> re.Pattern[str]:
        """`markers`, and unlinked HTML superscripts (`<sup>1</sup>`: a Markdown report's inline HTML)."""
        return re.compile(f"{self.markers_pattern}|{SUPERSCRIPT_TAG_MARKER}")

    @functools.cached_property
    def long_note_start(self) -> re.Pattern[str] | None:
        return None if self.long_note_start_pattern is None else re.compile(self.long_note_start_pattern)


# reStructuredText's notes open with `.. ` (`.. [1] Rybar, …`), cited by `[1]_`.
_BRACKET_STYLE = _NoteStyle(
    note_start_pattern=r"^ {0,3}(?:\.\.[ \t]+)?\[(?P<label>\d{1,3})\][.:]?[ \t]*",
    needs_heading=False,
    markers_pattern=_BRACKET_MARKER,
    long_note_start_pattern=rf"^ {{0,3}}(?:\.\.[ \t]+)?\[(?P<label>{_LONG_LABEL})\][.:]?[ \t]*",
)
_CARET_STYLE = _NoteStyle(
    note_start_pattern=r"^ {0,3}\^(?P<label>\d{1,3})[.):]?[ \t]+",
    needs_heading=False,
    markers_pattern=f"{_BRACKET_MARKER}|{_CARET_MARKER}",
    long_note_start_pattern=rf"^ {{0,3}}\^(?P<label>{_LONG_LABEL})[.):]?[ \t]+",
)
_SUPERSCRIPT_STYLE = _NoteStyle(
    note_start_pattern=rf"^ {{0,3}}\u207d?(?P<label>{_SUPERSCRIPT_DIGIT}{{1,3}})\u207e?[.):]?[ \t]*",
    needs_heading=False,
    markers_pattern=_SUPERSCRIPT_MARKER,
)
# Numbered lists are common in a body, so `1.` starts notes only under a notes heading.
_NUMBERED_STYLE = _NoteStyle(
    note_start_pattern=r"^ {0,3}(?P<label>\d{1,3})[.)][ \t]+",
    needs_heading=True,
    markers_pattern=f"{_BRACKET_MARKER}|{_CARET_MARKER}|{_SUPERSCRIPT_MARKER}",
    long_note_start_pattern=rf"^ {{0,3}}(?P<label>{_LONG_LABEL})[.)][ \t]+",
)
# Notes numbered in parentheses, `(1) …`: under a notes heading only, as `1.` notes are. A body's `(1)` is a
# marker only after a sentence's end or a closing quote (`… “we hold”.(1)`, `… hold.” (2)`): after a word or a
# colon it enumerates (`the plan: (1) rebuild, (2) repair`) and stays text.
_PARENTHESIZED_STYLE = _NoteStyle(
    note_start_pattern=r"^ {0,3}\((?P<label>\d{1,3})\)[.:]?[ \t]+",
    needs_heading=True,
    markers_pattern=_BRACKET_MARKER + r"|(?<=[.!?\"\u201d\u2019\u00bb])[ \t]?\((?P<parenthesized>\d{1,3})\)",
)
# Notes written `**1.** …` (the number set in bold), `1 - …` (a hyphen or a dash set apart by spaces) or
# `Note 1: …`: under a notes heading only, as `1.` notes are, and each a style of its own, so a block of
# `1.` notes does not take a wrapped line opening `12 - 15 March` for note 12. They were markers-without-
# notes, the report refused.
_BOLD_NUMBERED_STYLE = _NoteStyle(
    note_start_pattern=r"^ {0,3}\*\*(?P<label>\d{1,3})[.)]?\*\*[.)]?[ \t]+",
    needs_heading=True,
    markers_pattern=_NUMBERED_STYLE.markers_pattern,
)
_DASHED_STYLE = _NoteStyle(
    note_start_pattern=r"^ {0,3}(?P<label>\d{1,3})[ \t]+[-\u2013\u2014][ \t]+",
    needs_heading=True,
    markers_pattern=_NUMBERED_STYLE.markers_pattern,
)
_NOTE_WORD_STYLE = _NoteStyle(
    note_start_pattern=r"^ {0,3}(?i:(?:foot)?note)[ \t]+(?P<label>\d{1,3})[ \t]*[.:)\u2013\u2014-][ \t]+",
    needs_heading=True,
    markers_pattern=_NUMBERED_STYLE.markers_pattern,
)
_STYLES = (
    _BRACKET_STYLE,
    _CARET_STYLE,
    _SUPERSCRIPT_STYLE,
    _NUMBERED_STYLE,
    _PARENTHESIZED_STYLE,
    _BOLD_NUMBERED_STYLE,
    _DASHED_STYLE,
    _NOTE_WORD_STYLE,
)


class _NoteNumbering:
    """Which lines of a footnote block start notes, read in order from the block's first line.

    A label of 1-3 digits starts a note wherever it opens a line. A longer one starts a note only where it
    continues the numbering, the previous note's number plus one (`[999]`, then `[1000]`): a wrapped line
    that opens with `[2022]` after note 3 is a year in that note, not note 2022.
    """

    def __init__(self, style: _NoteStyle) -> None:
        self._style = style
        self._previous: int | None = None

    def note_start(self, line: str) -> re.Match[str] | None:
        """The opening of the note `line` starts, if it starts one; the numbering moves on to it."""
        match = self._style.note_start.match(line)
        if match is None and self._previous is not None and self._style.long_note_start is not None:
            match = self._style.long_note_start.match(line)
            if match is not None and int(match["label"]) != self._previous + 1:
                match = None
        if match is not None:
            self._previous = int(_label(match["label"]))
        return match

    def read(self, lines: Iterable[str]) -> None:
        """Follow the numbering through lines that are not tested for opening a paragraph of notes."""
        for line in lines:
            self.note_start(line)


@dataclass(frozen=True, repr=False, eq=False)
class _Layout:
    """Where the body ends and the footnote block lies (line indexes, end exclusive), and its note style."""

    body_end: int
    block_start: int
    block_end: int
    style: _NoteStyle


class PlainTextReader(ReportReader):
    format = ReportFormat.TEXT
    suffixes = (".txt", ".text")

    def read(self, data: bytes, name: str) -> ReadResult:
        text = decode_text(data, name)
        plain = _read_roman_numbered(text)
        if "footnote:" in text or "footnoteref:" in text:
            # AsciiDoc's notes (`footnote:[…]`), read by their own module, loaded only where they may be.
            from provenance.readers.asciidoc import read_asciidoc

            asciidoc = read_asciidoc(text)
            # A text report that shows the syntax (`write footnote:[…]`) has notes of its own: the more win.
            if asciidoc is not None and len(asciidoc.footnotes) >= len(plain.footnotes):
                return asciidoc
        return plain


def _read_roman_numbered(text: str) -> ReadResult:
    """`read_plain_text` of a text report, its notes labelled in roman numerals (`[i]`, `[ii]`: endnotes as
    Word numbers them, typed so) read as the numbers past its highest bracketed one, and labelled as the
    report shows them: `[i]` was no marker, and a quote it cites was given to the note before it (the
    ministry's words compared with Rybar's post), its endnote not read."""
    numbered = _roman_numbered(text) if "[i]" in text or "[I]" in text else None
    if numbered is None:
        return read_plain_text(_auto_numbered(text), line_breaks=True)
    text, labels = numbered
    result = read_plain_text(_auto_numbered(text), line_breaks=True)

    def label(number: str) -> str:
        return labels.get(number, number)

    def relabelled(finding: Finding) -> Finding:
        message = _LABEL_NAMED().sub(lambda named: f"{named[1]} {label(named[2])}", finding.message)
        return finding.model_copy(update={"message": message})

    return ReadResult(
        tuple(
            note.model_copy(
                update={"label": label(note.label), "findings": tuple(map(relabelled, note.findings))}
            )
            for note in result.footnotes
        ),
        tuple(map(relabelled, result.findings)),
    )


_ROMAN_NOTE_LINE = on_first_use(r"^ {0,3}\[([ivxlc]{1,9}|[IVXLC]{1,9})\](?=[.:]?[ \t])", re.MULTILINE)
_ROMAN_LABEL = on_first_use(r"\[([ivxlc]{1,9}|[IVXLC]{1,9})\]")
_BRACKETED_NUMBER = on_first_use(r"\[([0-9]{1,3})\]")
_LABEL_NAMED = on_first_use(r"\b(footnote|marker) ([0-9]{1,3})\b")


def _roman_numbered(text: str) -> tuple[str, dict[str, str]] | None:
    """`text` with the labels of its notes numbered `[i]`, `[ii]`, … in turn (opening lines, one case) as
    the numbers past its highest bracketed number, wherever they stand, and the label each number is read
    back as; None where no note line opens with `[i]` that a marker cites, or the numbers would pass 3
    digits."""
    count = 0
    upper = False
    for opening in _ROMAN_NOTE_LINE().finditer(text):
        numeral = opening[1]
        if count == 0 and numeral in ("i", "I"):
            upper = numeral == "I"
        expected = roman_numeral(count + 1).lower()
        if numeral == (expected.upper() if upper else expected):
            count += 1
    first = "I" if upper else "i"
    if count == 0 or text.count(f"[{first}]") < 2:  # `[i]` opens a note and cites it at least once
        return None
    highest = max((int(number[1]) for number in _BRACKETED_NUMBER().finditer(text)), default=0)
    # The numerals of the notes and a few past the last: a marker of a note left out is said to cite none
    # (`marker iii`); a checkbox `[x]` in a report of three notes stays text.
    reach = min(count + 5, 399, 999 - highest)
    if count > reach:
        return None
    numerals = (roman_numeral(n) for n in range(1, reach + 1))
    shown = {numeral if upper else numeral.lower(): str(highest + n) for n, numeral in enumerate(numerals, 1)}
    text = _ROMAN_LABEL().sub(lambda label: f"[{shown.get(label[1], label[1])}]", text)
    return text, {number: numeral for numeral, number in shown.items()}


# reStructuredText's auto-numbered notes: `.. [#] Rybar, …` cited by `[#]_`, numbered in turn (the n-th
# citation the n-th note). Read as they are, the report had no notes: `links-without-notes`, said only.
_AUTO_NUMBERED_NOTE = on_first_use(r"^( {0,3}\.\.[ \t]+)\[#\]", re.MULTILINE)
_AUTO_NUMBERED_MARKER = on_first_use(r"\[#\]_(?!\w)")


def _auto_numbered(text: str) -> str:
    """`text` with reStructuredText's `[#]_` citations and `.. [#]` notes numbered in turn (`[1]_`)."""
    if ".. [#]" not in text:  # most reports: no pass over the text
        return text
    cited = iter(range(1, MAX_FOOTNOTES + 1))
    text = _AUTO_NUMBERED_MARKER().sub(lambda _: f"[{next(cited, 0)}]_", text)
    numbered = iter(range(1, MAX_FOOTNOTES + 1))
    return _AUTO_NUMBERED_NOTE().sub(lambda note: f"{note[1]}[{next(numbered, 0)}]", text)


def read_plain_text(
    text: str, superscript_tags: bool = False, markdown_code: bool = False, line_breaks: bool = False
) -> ReadResult:
    """The notes of `text` and the markers citing them; with `superscript_tags` (a Markdown report read by
    these rules), `<sup>1</sup>` in the body is a marker as `¹` is, and with `markdown_code` (one too) a
    code span's quote marks quote nothing. In a plain-text report backticks are text. With `line_breaks` (a
    plain-text report's own lines, not a document's paragraphs or a PDF's lines), a note's line broken where
    the next word would have fit is kept apart from it (`_note`)."""
    lines = text.split("\n")
    widest = max(map(len, lines)) if line_breaks else 0
    layout = _find_layout(lines)
    if layout is None:
        by_symbol = _symbol_notes(lines, stars=not markdown_code, widest=widest)
        if by_symbol is not None:
            body, symbol_notes, markers_pattern = by_symbol
            labels = frozenset(note.label for note in symbol_notes)
            return assemble_footnotes(
                symbol_notes, *_find_markers(body, markers_pattern, labels, markdown_code)
            )
        return assemble_footnotes(
            (), *_find_markers(lines, _BRACKET_STYLE.markers, markdown_code=markdown_code)
        )
    chapters = [*_chapter_blocks(lines, layout), layout]
    note_lines = _without_chapter_headings(lines, layout)
    notes_by_chapter = [_split_notes(note_lines, chapter, widest) for chapter in chapters]
    # Numbered on, each chapter's notes are footnotes of their own: the report's bound holds for all of them.
    if len(chapters) > 1:
        refuse_too_many(
            sum(len({n.label for n in notes}) for notes in notes_by_chapter), MAX_FOOTNOTES, "footnotes"
        )
    labels = frozenset(note.label for notes in notes_by_chapter for note in notes)
    body, stray_notes = _body_around_block(lines, layout)
    for chapter in chapters[:-1]:
        body[chapter.body_end : chapter.block_end] = [""] * (chapter.block_end - chapter.body_end)
    style = layout.style
    markers, findings = _find_markers(
        body, style.markers_with_tags if superscript_tags else style.markers, labels, markdown_code
    )
    if len(chapters) > 1:
        notes, markers = _numbered_on(chapters, notes_by_chapter, markers)
    else:
        notes, markers = _runs_numbered_on(notes_by_chapter[0], markers, body)
    return assemble_footnotes(notes, markers, [*findings, *stray_notes])


def _chapter_blocks(lines: Sequence[str], last: _Layout) -> list[_Layout]:
    """The blocks of notes before the last one, each under a notes heading of its own (a chapter's `Notes`,
    its notes numbered anew or on) and in the last block's style, holding a link: read as body text, their
    lines were markers and their notes no footnotes, and the chapters' markers cited the last block's notes
    (`_numbered_on`). None where the last block stands under no heading. In linear time: each paragraph is
    looked at once."""
    if not is_notes_heading(lines[last.body_end]):
        return []
    headings = [index for index in range(last.body_end) if is_notes_heading(lines[index])]
    if not headings:
        return []
    paragraphs = _paragraphs(lines[: last.body_end])
    blocks: list[_Layout] = []
    first = 0  # the first paragraph after the heading
    for heading, stop in zip(headings, [*headings[1:], last.body_end], strict=True):
        while first < len(paragraphs) and paragraphs[first].first <= heading:
            first += 1
        if first == len(paragraphs) or paragraphs[first].first >= stop:
            continue
        if not last.style.note_start.match(lines[paragraphs[first].first]):
            continue
        numbering = _NoteNumbering(last.style)
        end = paragraphs[first].end
        for index in range(first, len(paragraphs)):
            paragraph = paragraphs[index]
            line = lines[paragraph.first]
            opens_note = numbering.note_start(line) is not None
            if paragraph.first >= stop or (index > first and not (opens_note or line[:1].isspace())):
                break
            numbering.read(lines[paragraph.first + 1 : paragraph.end])
            end = paragraph.end
        block = _Layout(
            body_end=heading, block_start=paragraphs[first].first, block_end=end, style=last.style
        )
        if any(iter_urls("\n".join(lines[block.block_start : block.block_end]))):
            blocks.append(block)
    return blocks


def _numbered_on(
    chapters: Sequence[_Layout],
    notes_by_chapter: Sequence[Sequence[NoteDraft | PendingNote]],
    markers: Sequence[MarkerDraft],
) -> tuple[list[NoteDraft | PendingNote], list[MarkerDraft]]:
    """Each chapter's notes, and the markers of its text (since the block before it), numbered on after the
    chapters before where its notes are numbered anew (`1. 2.` under chapter 1's Notes, `1. 2.` under chapter
    2's: read as they stood, chapter 2's notes repeated chapter 1's labels, and its markers cited chapter 1's
    sources), as the PDF reader numbers a chapter's endnotes on (`pdf._endnotes_numbered_on`). A block
    numbered on from the one before keeps its labels; text after the last block is the last chapter's."""
    offsets: list[int] = []
    highest = 0
    for notes in notes_by_chapter:
        numbers = [int(note.label) for note in notes if note.label.isdigit()]
        offset = highest if numbers and min(numbers) <= highest else 0
        offsets.append(offset)
        highest = max([highest, *(number + offset for number in numbers)])
    renumbered_notes = [
        note._replace(label=_moved_on(note.label, offset))
        for notes, offset in zip(notes_by_chapter, offsets, strict=True)
        for note in notes
    ]
    ends = [chapter.block_end for chapter in chapters[:-1]]
    renumbered_markers = [
        marker._replace(label=_moved_on(marker.label, offsets[bisect.bisect_left(ends, marker.line)]))
        for marker in markers
    ]
    return renumbered_notes, renumbered_markers


def _runs_numbered_on(
    notes: list[NoteDraft | PendingNote], markers: list[MarkerDraft], body: Sequence[str]
) -> tuple[list[NoteDraft | PendingNote], list[MarkerDraft]]:
    """One block of notes numbered anew for each chapter (`1 2 3 1 2 3`), its chapters' markers numbered anew
    as well, each chapter after a heading of the `body` (`_heading_lines`): numbered on
    (`assembly.chapters_numbered_on`). Read as they stood, chapter 2's notes repeated chapter 1's labels (only
    the first is used) and chapter 2's markers cited chapter 1's sources."""
    if len(notes) > MAX_FOOTNOTES or not any(note.label == "1" for note in notes[1:]):
        return notes, markers
    headings = _heading_lines(body)
    after_heading: list[bool] = []
    line = 0
    for marker in markers:
        after_heading.append(bisect.bisect_left(headings, marker.line) > bisect.bisect_right(headings, line))
        line = marker.line
    offsets = chapters_numbered_on(
        [note.label for note in notes], [marker.label for marker in markers], after_heading
    )
    if offsets is None:
        return notes, markers
    of_notes, of_markers = offsets
    return (
        [note._replace(label=_moved_on(note.label, by)) for note, by in zip(notes, of_notes, strict=True)],
        [
            marker._replace(label=_moved_on(marker.label, by))
            for marker, by in zip(markers, of_markers, strict=True)
        ],
    )


# A chapter's heading: a paragraph of one short line that ends no sentence and no marker (`Chapter 2`,
# `## II. The war`).
_MAX_HEADING_CHARS = 100
_ENDS_A_SENTENCE = tuple('.,;!?"\u201d\u2019\u00bb]')


def _heading_lines(body: Sequence[str]) -> list[int]:
    """The line numbers (from 1, as markers have them) of the `body`'s headings, in order."""
    return [paragraph.first + 1 for paragraph in _paragraphs(body) if _is_heading(body, paragraph)]


def _is_heading(lines: Sequence[str], paragraph: _Paragraph) -> bool:
    text = lines[paragraph.first].strip()
    return (
        paragraph.end - paragraph.first == 1
        and len(text) <= _MAX_HEADING_CHARS
        and not text.endswith(_ENDS_A_SENTENCE)
        and not text.startswith(">")
        and "://" not in text
    )


def _chapter_heading_among_notes(
    lines: Sequence[str], paragraphs: Sequence[_Paragraph], index: int, style: _NoteStyle
) -> bool:
    """Whether `paragraphs[index]`, among a block's notes, is a chapter's heading (`Chapter 2`, not set in)
    with the chapter's notes after it, the first holding a link (a numbered list of an appendix holds
    none). Read as the end of the block, the chapters' notes before it were body text, never checked, and
    every chapter's markers cited the last chapter's notes."""
    line = lines[paragraphs[index].first]
    if not (
        index + 1 < len(paragraphs)
        and not line[:1].isspace()
        and style.note_start.match(line) is None
        and _is_heading(lines, paragraphs[index])
        and style.note_start.match(lines[paragraphs[index + 1].first]) is not None
    ):
        return False
    note = paragraphs[index + 1]
    return any(iter_urls("\n".join(lines[note.first : note.end])))


def _without_chapter_headings(lines: list[str], layout: _Layout) -> list[str]:
    """`lines` with the chapters' headings in the block blanked (`_chapter_heading_among_notes`: the only
    paragraphs of a block that open no note and are not set in, but a note's link on a paragraph of its own,
    `_link_after_linkless_note`), so that no note ends with one."""
    style = layout.style
    block = lines[layout.block_start : layout.block_end]
    paragraphs = _paragraphs(block)
    headings = [
        paragraph.first
        for index, paragraph in enumerate(paragraphs)
        if not (line := block[paragraph.first])[:1].isspace()
        and style.note_start.match(line) is None
        and (style.long_note_start is None or style.long_note_start.match(line) is None)
        and not (index and _link_after_linkless_note(block, paragraph, paragraphs[index - 1]))
    ]
    if not headings:
        return lines
    blanked = list(lines)
    for heading in headings:
        blanked[layout.block_start + heading] = ""
    return blanked


def _moved_on(label: str, offset: int) -> str:
    return str(int(label) + offset) if offset and label.isdigit() else label


# Notes by symbol, as a short piece keeps a few: `*`, `†`, `‡`, `§` (or two or three of one, `**`, `††`) after
# a word, a quote or a sentence's end, and the last lines of the report each opening with one of them and
# citing a link (`† Telegram, January 21, 2022, https://…`), indented lines going on with the note. Read only
# where every such note is cited by its symbol in the text before it and holds a link: a list of bullets
# (`* https://…`, none cited), or `*` in a report that cites otherwise, is no note, and a report whose notes
# by symbol are not all so stays `markers-without-notes` (`assembly._symbol_marker`). In Markdown `*` is
# emphasis and a bullet, never a note's symbol.
_SYMBOLS = "*\u2020\u2021\u00a7"
_MAX_SYMBOL_NOTES = 12  # one, two or three of each symbol
_SYMBOL_NOTE_START = on_first_use(r" {0,3}(\*{1,3}|\u2020{1,3}|\u2021{1,3}|\u00a7{1,3})[ \t]+(?=\S)")
# A symbol after a word, a quote or a sentence's end, not before a word or another symbol; with `[1]` markers,
# which name no note here (each a `marker-without-footnote`, as in a report with no notes read).
_SYMBOL_AFTER = "(?<=[\\w.,;:!?\"'\u201d\u2019\u00bb)])"
_SYMBOL_NOT_BEFORE = "(?![\\w*\u2020\u2021\u00a7])"
_SYMBOL_MARKERS = on_first_use(
    f"{_BRACKET_MARKER}|{_SYMBOL_AFTER}(?P<symbol>\\*{{1,3}}|\u2020{{1,3}}|\u2021{{1,3}}|\u00a7{{1,3}})"
    + _SYMBOL_NOT_BEFORE
)
_SYMBOL_MARKERS_NO_STARS = on_first_use(
    f"{_BRACKET_MARKER}|{_SYMBOL_AFTER}(?P<symbol>\u2020{{1,3}}|\u2021{{1,3}}|\u00a7{{1,3}})"
    + _SYMBOL_NOT_BEFORE
)


def _symbol_notes(
    lines: Sequence[str], stars: bool, widest: int = 0
) -> tuple[list[str], list[NoteDraft], re.Pattern[str]] | None:
    """The body (the notes' lines blanked), the notes by symbol at the end of `lines`, and the pattern of
    their markers; None where the report's last lines are no such notes, each cited and holding a link."""
    openings: list[tuple[int, re.Match[str]]] = []
    for index in range(len(lines) - 1, -1, -1):  # up from the end, over blank and indented lines
        line = lines[index]
        if line.strip() and not line[:1].isspace():
            opening = _SYMBOL_NOTE_START().match(line)
            if opening is None:
                break
            openings.append((index, opening))
            if len(openings) > _MAX_SYMBOL_NOTES:  # a label twice: a list of bullets, not notes
                return None
    if not openings:
        return None
    openings.reverse()
    first = openings[0][0]
    notes: list[NoteDraft] = []
    labels: set[str] = set()
    ends = [start for start, _ in openings[1:]] + [len(lines)]
    for (begin, opening), end in zip(openings, ends, strict=True):
        label = opening.group(1)
        if (label.startswith("*") and not stars) or label in labels:
            return None
        labels.add(label)
        note = _note(lines, opening.end(), begin, end, label, widest)
        if not note.urls:
            return None
        notes.append(note)
    body = [*lines[:first], *[""] * (len(lines) - first)]
    pattern = _SYMBOL_MARKERS() if stars else _SYMBOL_MARKERS_NO_STARS()
    cited = {
        found.group("symbol") for line in body for found in pattern.finditer(line) if found.group("symbol")
    }
    if not all(note.label in cited for note in notes):
        return None
    return body, notes, pattern


def _body_around_block(lines: Sequence[str], layout: _Layout) -> tuple[list[str], list[Finding]]:
    """The report's lines with its notes heading and block blanked (each line keeps its number): the body
    before them and whatever text follows them (an addendum: `Extra.[7]`, whose marker was lost without a
    word). A line after the block that opens a note is not read as one (what follows a block is a footer
    as often as late notes): it is blanked, and named, so its note is moved into the block, not lost."""
    body = [*lines[: layout.body_end], *[""] * (layout.block_end - layout.body_end)]
    first, last = layout.block_start + 1, layout.block_end
    block = f"line {first}" if first == last else f"lines {first}-{last}"
    stray: list[Finding] = []
    # `1.` or `(1)` lines (any style read under a heading only) after a block of such notes are as often an
    # appendix's numbered list: read as text.
    numbered = layout.style.needs_heading
    for index in range(layout.block_end, len(lines)):
        opening = None if numbered else layout.style.note_start.match(lines[index])
        body.append("" if opening else lines[index])
        if opening is not None and len(stray) < _MAX_STRAY_NOTES:
            stray.append(
                Finding(
                    code="note-after-notes",
                    message=f"line {index + 1} opens note {_label(opening['label'])} after the notes block"
                    f" ({block}): it is not read; move it into the block",
                    line=index + 1,
                )
            )
    return body, stray


def _find_layout(lines: Sequence[str]) -> _Layout | None:
    paragraphs = _paragraphs(lines)
    return (
        _layout_under_heading(lines, paragraphs)
        or _trailing_layout(lines, paragraphs)
        or _layout_after_rule(lines, paragraphs)
    )


def _layout_after_rule(lines: Sequence[str], paragraphs: Sequence[_Paragraph]) -> _Layout | None:
    """Endnotes numbered `1.` or `(1)` after the report's last rule, no notes heading over them (`---`, then
    `1. Telegram, …, https://…`, as a Markdown report citing with `<sup>1</sup>` often ends): read as under a
    notes heading, where no other block of notes is found and the block holds a link (a list of steps after
    a section break is no notes). They were markers-without-notes, every source unchecked."""
    rule = next((index for index in range(len(lines) - 1, -1, -1) if _RULE.match(lines[index])), None)
    if rule is None:
        return None
    after = [paragraph for paragraph in paragraphs if paragraph.first > rule]
    for style in (_NUMBERED_STYLE, _PARENTHESIZED_STYLE):
        if after and style.note_start.match(lines[after[0].first]):
            end = _block_end(lines, after, style)
            if any(iter_urls("\n".join(lines[after[0].first : end]))):
                return _Layout(body_end=rule, block_start=after[0].first, block_end=end, style=style)
    return None


def _layout_under_heading(lines: Sequence[str], paragraphs: Sequence[_Paragraph]) -> _Layout | None:
    headings = [index for index, line in enumerate(lines) if is_notes_heading(line)]
    if not headings:
        return None
    heading = headings[-1]
    after = [paragraph for paragraph in paragraphs if paragraph.first > heading]
    for style in _STYLES:
        if after and _chapter_heading_among_notes(lines, after, 0, style):
            after = after[1:]  # `Notes`, then `Chapter 1` and its notes
        if after and style.note_start.match(lines[after[0].first]):
            end = _block_end(lines, after, style)
            return _Layout(body_end=heading, block_start=after[0].first, block_end=end, style=style)
    return None


def _trailing_layout(lines: Sequence[str], paragraphs: Sequence[_Paragraph]) -> _Layout | None:
    """The block is the last run of paragraphs that each open with a note or are indented continuations (or
    a note's link alone after it, `_link_after_linkless_note`).

    A body paragraph after one that starts with `[1]` splits the runs, which is how a body line opening
    with a marker is told apart from the footnote block; unindented text after the block is a footer.
    """
    for style in _STYLES:
        if style.needs_heading:
            continue
        last_run_start = None
        in_run = False
        numbering = _NoteNumbering(style)
        for index, paragraph in enumerate(paragraphs):
            if not in_run:  # a run's numbering starts with its first note
                numbering = _NoteNumbering(style)
            opens_note = numbering.note_start(lines[paragraph.first]) is not None
            if opens_note and not in_run:
                last_run_start = index
            in_run = opens_note or (
                in_run
                and (
                    lines[paragraph.first][:1].isspace()
                    or _chapter_heading_among_notes(lines, paragraphs, index, style)
                    or _link_after_linkless_note(lines, paragraph, paragraphs[index - 1])
                )
            )
            if in_run:
                numbering.read(lines[paragraph.first + 1 : paragraph.end])
        if last_run_start is not None:
            run = paragraphs[last_run_start:]
            end = _block_end(lines, run, style)
            return _Layout(
                body_end=run[0].first,
                block_start=run[0].first,
                block_end=end,
                style=style,
            )
    return None


@dataclass(frozen=True, repr=False, eq=False)
class _Paragraph:
    """A run of text lines: its first line index and the index after its last."""

    first: int
    end: int


def _paragraphs(lines: Sequence[str]) -> list[_Paragraph]:
    """Runs of lines between blank lines, rules and notes headings."""
    runs = []
    first = None
    for index, line in enumerate([*lines, ""]):
        # A rule's pattern tried only on a line that opens as a rule does (a pattern call a line was a
        # tenth of finding a long report's markers).
        separates = (
            not line.strip()
            or (line.lstrip(" \t")[0] in _RULE_CHARS and _RULE.match(line) is not None)
            or is_notes_heading(line)
        )
        if not separates and first is None:
            first = index
        elif separates and first is not None:
            runs.append(_Paragraph(first, index))
            first = None
    return runs


def _is_bare_link(line: str) -> bool:
    """Whether a line is one link and nothing else (`https://t.me/rybar/1234`)."""
    words = line.split()
    return len(words) == 1 and len(words[0]) > 4 and any(iter_urls(words[0]))


def _link_after_linkless_note(lines: Sequence[str], paragraph: _Paragraph, previous: _Paragraph) -> bool:
    """Whether `paragraph`, one line that is a link and nothing else, follows a paragraph of a note that
    holds no link: it is that note's link, as a writer who typed each note's link on a paragraph of its own
    (a DOCX note's, under Sources) gives it. Read as the block's end, the note had no link to check and every
    note after it was lost (`marker-without-footnote`)."""
    return (
        paragraph.end - paragraph.first == 1
        and _is_bare_link(lines[paragraph.first])
        and not any(iter_urls("\n".join(lines[previous.first : previous.end])))
    )


def _block_end(lines: Sequence[str], run: Sequence[_Paragraph], style: _NoteStyle) -> int:
    """The end of the leading run of paragraphs that belong to notes; `run[0]` opens a note. A paragraph
    that is a note's link alone goes on with it (`_link_after_linkless_note`)."""
    numbering = _NoteNumbering(style)
    for index, paragraph in enumerate(run):
        line = lines[paragraph.first]
        opens_note = numbering.note_start(line) is not None
        if (
            index
            and not (opens_note or line[:1].isspace())
            and not _link_after_linkless_note(lines, paragraph, run[index - 1])
        ):
            if _chapter_heading_among_notes(lines, run, index, style):
                numbering = _NoteNumbering(style)  # the next chapter's notes, numbered anew or on
                continue
            return run[index - 1].end
        numbering.read(lines[paragraph.first + 1 : paragraph.end])
    return run[-1].end


def _split_notes(lines: Sequence[str], layout: _Layout, widest: int = 0) -> list[NoteDraft | PendingNote]:
    """The notes of the footnote block, each found as the next one starts (no opening is held for all of
    them) and read only when its footnote is made (`PendingNote`): a long report's notes are then read half
    in `extract`'s forked process, not all before it forks (a 10,000-note text report: 120,000 instructions
    a note). A note that repeats an earlier note's label is read as well, at once (a pending note takes
    more memory than a short one read), its links the first note's too (`assembly`), up to as many repeats
    as a report has footnotes at most; past that it is reported by its line only (`duplicate-label`), its
    text not read: 400,000 lines of `[1] a` were 400,000 notes read (11 s, 600 MB)."""
    notes: list[NoteDraft | PendingNote] = []
    labels: set[str] = set()
    repeats_read = 0
    ends: Iterable[tuple[int, re.Match[str] | None]] = [(layout.block_end, None)]
    for (start, match), (end, _) in pairwise(chain(_note_starts(lines, layout), ends)):
        assert match is not None  # only the end has none, and it starts no note
        label = _label(match["label"])
        if label in labels:
            repeats_read += 1
            read = repeats_read <= MAX_FOOTNOTES
            notes.append(
                _note(lines, match.end(), start, end, label, widest)
                if read
                else NoteDraft(label=label, text="", line=start + 1, urls=())
            )
            refuse_too_many(len(notes), MAX_ENTRIES, "footnote definitions")
        else:
            labels.add(label)
            refuse_too_many(len(labels), MAX_FOOTNOTES, "footnotes")
            notes.append(_pending_note(lines, match.end(), start, end, label, widest))
    return notes


def _pending_note(
    lines: Sequence[str], opening: int, start: int, end: int, label: str, widest: int
) -> PendingNote:
    """`_note`, read when its footnote is made: holding its own lines, not the report's (all of them held
    while the footnotes are made)."""
    own = functools.partial(_note_of_own_lines, lines[start:end], opening, start + 1, label, widest)
    return PendingNote(label, start + 1, own)


def _note_of_own_lines(lines: Sequence[str], opening: int, line: int, label: str, widest: int) -> NoteDraft:
    """`_note` of a note's `lines` alone, the first on the report's `line`."""
    return _note(lines, opening, 0, len(lines), label, widest)._replace(line=line)


def _note_starts(lines: Sequence[str], layout: _Layout) -> Iterator[tuple[int, re.Match[str] | None]]:
    """Where each note of the footnote block starts: its line index and its opening."""
    numbering = _NoteNumbering(layout.style)
    for index in range(layout.block_start, layout.block_end):
        match = numbering.note_start(lines[index])
        if match is not None:
            yield index, match


# Where a note's line was broken before the next word would have reached the report's widest line: the
# writer put what follows on a line of its own (`[1] Two Majors`, then `Telegram, 21 January 2022`, then the
# link). Read as a space, the name ran on into `Two Majors Telegram`, which names no one, and the URL's
# channel stood for the author: another channel's post passed. (A noncharacter: no report's text holds it.)
_KEPT_BREAK = "\ufdd5"
# A tab between a note's words parts its fields as a line break does (`Two Majors`, a tab, `Telegram`, a
# tab, the date, as a table copied or a DOCX note typed with tabs reads): read as a space, the name ran on
# into `Two Majors Telegram` and the URL's channel stood for the author. A tab that indents a line, or ends
# one, parts nothing. The look-behind lets a match start only where a run of tabs starts.
_TAB_BETWEEN_WORDS = on_first_use(r"(?<=\S)\t[\t ]*(?=\S)")


def _note(lines: Sequence[str], opening: int, start: int, end: int, label: str, widest: int = 0) -> NoteDraft:
    """The note whose text starts at `opening` of line `start` (after its label) and runs to line `end`. Its
    lines are joined by spaces, but where `widest` (the report's widest line, 0: none) says a line was broken
    before the next word would have reached it: that line break is kept in the note's text, as is one for a
    tab between words (`_TAB_BETWEEN_WORDS`)."""
    if widest and end - start > 1:
        body = _joined_or_kept(lines, start, end, opening, widest)
    else:
        body = "\n".join([lines[start][opening:], *lines[start + 1 : end]])
    body = without_invisible_characters(body)  # its address, handle and date as they read
    if "\t" in body:
        body = _TAB_BETWEEN_WORDS().sub(_KEPT_BREAK, body)
    paragraphs = (_collapsed_lines(part) for part in re.split(r"\n[ \t]*\n", body))
    text = "\n\n".join(part for part in paragraphs if part)
    found = list(iter_urls(text))
    return NoteDraft(
        label=label,
        text=text,
        line=start + 1,
        urls=unique(item.url for item in found),
        schemes_added=schemes_added(found),
    )


def _joined_or_kept(lines: Sequence[str], start: int, end: int, opening: int, widest: int) -> str:
    """The lines `start` to `end` (the first from `opening` on), each joined to the next by `_KEPT_BREAK`
    where the next line's first word would have fit on it within `widest` characters (the writer broke the
    line), else by a newline (the line wrapped, or a blank line parts paragraphs)."""
    pieces = [lines[start][opening:]]
    previous = lines[start].rstrip()
    for line in lines[start + 1 : end]:
        words = line.split(maxsplit=1)
        broken = bool(words) and bool(previous) and len(previous) + 1 + len(words[0]) <= widest
        pieces.append(_KEPT_BREAK if broken else "\n")
        pieces.append(line)
        previous = line.rstrip()
    return "".join(pieces)


def _collapsed_lines(paragraph: str) -> str:
    """A note's paragraph with its whitespace collapsed, the line breaks kept (`_KEPT_BREAK`) made `\n`."""
    if _KEPT_BREAK not in paragraph:
        return collapse_whitespace(paragraph)
    return "\n".join(line for line in map(collapse_whitespace, paragraph.split(_KEPT_BREAK)) if line)


def _find_markers(
    body: Sequence[str],
    markers: re.Pattern[str],
    notes: frozenset[str] = frozenset(),
    markdown_code: bool = False,
) -> tuple[list[MarkerDraft], list[Finding]]:
    """Every marker of the body, by paragraph; `notes` (the labels the notes have) splits `³⁴` when needed;
    with `markdown_code`, its code spans are code (`_marked`)."""
    found: list[MarkerDraft] = []
    findings: list[Finding] = []
    seen = 0  # every marker-like match, named or not, repeated or not
    highest = 0  # the highest note number a marker has named so far (`_marker_labels`)
    runs = _paragraphs(body)
    quoted, set_in_code = _block_quotes(body, runs, indented=not markdown_code)
    # The block quote just read, citing nothing itself, while the paragraph right after it is read: the
    # markers that open that paragraph cite it (`> We will win.` then `[1] said the mayor.`).
    pending: list[str] = []
    # The markers (where they start and end in `found`) of the paragraph just read, and then of the one
    # before a block quote that cites nothing itself, with that block quote's lines and whether they hold
    # code: the marker that ends it by a colon (`The mayor said:[1]`) cites the block quote
    # (`_cite_from_lead_in`).
    lead_in: tuple[int, int, int] | None = None  # and the paragraph's index
    quote_lead_in: tuple[int, int, list[str], bool] | None = None
    # The words of a quotation left open in the paragraphs just read, which cite nothing: a paragraph that
    # goes on with it and cites cites them (`assembly.continued_quote_draft`).
    carried: list[str] = []
    for index, run in enumerate(runs):
        quote_before, pending = pending, []
        carried_before, carried = carried, []
        paragraph_text = "\n".join(body[run.first : run.end])
        # A match that names no note it may name (`[2022]`, `[2020-2022]` in a report of 12 notes) stays text.
        kept: list[tuple[re.Match[str], int, str, Sequence[str]]] = []
        # What each marker text names, read once a paragraph: `[1-50]` a thousand times is one reading.
        named: dict[str, tuple[Sequence[str], bool]] = {}
        line = run.first + 1
        counted = 0
        for match in markers.finditer(paragraph_text):
            seen += 1
            refuse_too_many(seen, MAX_ENTRIES, "footnote markers")
            line += paragraph_text.count("\n", counted, match.start())
            counted = match.start()
            group = next(group for group in match.groupdict().values() if group)
            match_findings: list[Finding] = []
            labels, names_a_note = named.get(group) or _names(group, line, match_findings, notes, highest)
            if not match_findings:  # a marker's findings name its line: one with findings is read each time
                named[group] = (labels, names_a_note)
            if names_a_note:
                kept.append((match, line, group, labels))
                findings.extend(match_findings)
                for label in labels:  # a loop, not `max` of a list made a marker
                    if label.isdigit() and int(label) > highest:
                        highest = int(label)
        if quote_lead_in is not None:
            if not (kept and not paragraph_text[: kept[0][0].start()].strip()):  # it opens with no marker
                _cite_from_lead_in(found, *quote_lead_in)
            quote_lead_in = None
        goes_on = bool(carried_before) and goes_on_with_quote(paragraph_text)
        if not kept and not quoted[index]:
            plain = not set_in_code[index] and "`" not in paragraph_text
            if plain and not carried_before and lead_in is not None and lead_in[2] == index - 1:
                # A paragraph of one quotation after one that introduces it (`The mayor said:[1]`).
                words = whole_quote(paragraph_text)
                if words is not None:
                    _cite_from_lead_in(found, lead_in[0], lead_in[1], [without_own_edges(words)], False)
            if (goes_on or not carried_before) and plain:
                open_words = quote_left_open(paragraph_text)
                if open_words:  # in place: a long run of such paragraphs costs linear time
                    carried = carried_before
                    carried.append(open_words)
            continue
        matches = [match for match, _, _, _ in kept]
        if set_in_code[index]:  # JSON or markup set in: its quote marks quote nothing, its markers still cite
            code = [(0, len(paragraph_text))]
        else:
            code = code_spans(paragraph_text) if markdown_code and "`" in paragraph_text else []
        marks = [(line, group, labels) for _, line, group, labels in kept]
        if quoted[index]:
            # A block quote's lines, each without its `>`: one quoted passage, cited by a marker in it.
            lines = (
                _QUOTE_PREFIX().sub("", _marked(without_own_edges(paragraph_text), matches, code)).split("\n")
            )
            if kept:
                found += _distinct_markers(block_quote_draft(lines, code=bool(code)), marks)
            elif lead_in is not None and lead_in[2] == index - 1:
                if index + 1 < len(runs) and not quoted[index + 1]:
                    quote_lead_in = (lead_in[0], lead_in[1], lines, bool(code))
                else:
                    _cite_from_lead_in(found, lead_in[0], lead_in[1], lines, bool(code))
            if not kept and index + 1 < len(runs) and not quoted[index + 1]:
                pending = lines
            continue
        marked = _marked(without_own_edges(paragraph_text) if code else paragraph_text, matches, code)
        after = min(leading_marks(marked), len(marks)) if quote_before else 0
        if after:
            found += _distinct_markers(block_quote_draft(quote_before, after, code=bool(code)), marks[:after])
            marked = _LEADING_MARKS().sub(
                "", marked, count=1
            )  # the rest of the paragraph, its own marks first
        if len(marks) > after:
            start = len(found)
            if goes_on and not after and not code:
                draft = continued_quote_draft(carried_before, without_own_edges(marked))
            else:
                draft = ParagraphDraft(marked, code=bool(code))
            found += _distinct_markers(draft, marks[after:])
            lead_in = (start, len(found), index)
    return found, findings


def _cite_from_lead_in(found: list[MarkerDraft], start: int, end: int, lines: list[str], code: bool) -> None:
    """The markers `found[start:end]` (of one paragraph) in one draft with the block quote of `lines` after
    their paragraph, where its last marker introduces it (`lead_in_draft`)."""
    draft = lead_in_draft(found[start].paragraph, block_quote_draft(lines, code=code))
    if draft is not None:
        found[start:end] = [marker._replace(paragraph=draft) for marker in found[start:end]]


# A line of a block quote as e-mail and Markdown write it: `> `, nested `>> `.
_QUOTE_LINE = re.compile(r"[ \t]{0,3}>")
_QUOTE_PREFIX = on_first_use(r"^[ \t]{0,3}>(?:[ \t]?>)*[ \t]?", re.MULTILINE)
# What opens a list's item, not a quotation, in an indented paragraph: `- `, `* `, `• `, `1. `, `a) `, `(1) `,
# `(b) `, `iv. `, a section's number `2.1 ` or `2.1. `; with the spaces after it, which set the item's text.
_LIST_ITEM = re.compile(
    r"[ \t]*(?:[-*\u2022\u2013\u00b7+]|\d{1,3}(?:\.\d{1,3}){0,3}[.)]|\d{1,3}(?:\.\d{1,3}){1,3}"
    r"|\([0-9a-zA-Z]{1,3}\)|[a-zA-Z][.)]|[ivxlcIVXLC]{1,6}[.)])[ \t]+"
)
# How much deeper than the body's least indented paragraph a paragraph is set to be a block quote.
_QUOTE_INDENT = 4
# Deeper than this past the body's indentation a paragraph is set right or centred, not quoted: a letter's
# `Yours faithfully,` and signature at column 40, a centred title or `-- end of report --`.
_QUOTE_MAX_INDENT = 16
# Inside a line, a run of spaces this long (or a tab) lines up a table's columns: prose and quotations are
# hard-wrapped with one space, at most two after a full stop.
_COLUMN_GAP = on_first_use(r"\S(?: {3}|\t)")
# A line of code or data set in as a block quote is (JSON, markup, a shell command): `{"url": …}`, `"date":
# "2022-01-21",`, `<a href=…>`, `$ provenance check`: its words quote no one. A JSON key is one word before a
# JSON value (`"Victory": that is what he promised.` opens a quotation).
_CODE_LINE = on_first_use(
    r"(?:[{}]|<[a-zA-Z/!]|\$ |#!|//|\"[\w.-]{1,40}\"\s*:\s*(?:[\"\[{\d-]|true\b|false\b|null\b))"
)
_LEADING_MARKS = on_first_use(f"^[{MARK}\\s]*")
# What a heading ends with that a sentence does not: a heading's indentation (`SUMMARY` at the margin over
# body paragraphs indented four) is not the body's.
_SENTENCE_END = frozenset(".!?:;,\"'\u201d\u2019)]\u00bb")


def _indent(line: str) -> int:
    width = len(line) - len(line.lstrip(" \t"))
    return width + 3 * line.count("\t", 0, width)  # a tab as four spaces


def _block_quotes(
    body: Sequence[str], runs: Sequence[_Paragraph], indented: bool
) -> tuple[list[bool], list[bool]]:
    """Which paragraphs of `body` are block quotes: every line opens with `>`, or (where `indented`: not in a
    Markdown report, whose indented lines are code) every line of the paragraph is set at least
    `_QUOTE_INDENT` deeper than most paragraphs open (a report that indents each paragraph's first line, or
    every line, quotes nothing by that) and it is no list item, no paragraph of a list's item (set where the
    item's text starts), no table, nothing set right or centred, and no code or data; and which paragraphs,
    set in so, are code or data (`{"url": …}`), whose quote marks quote nothing."""
    lines = [[line for line in body[run.first : run.end] if line.strip()] for run in runs]
    by_prefix = [all(_QUOTE_LINE.match(line) for line in run) for run in lines]
    if not indented or not runs:
        return by_prefix, [False] * len(runs)
    depths = [min(map(_indent, run)) for run in lines]
    # The body's own indentation: the one most paragraphs open with (the smaller of two as common), headings
    # left out (`SUMMARY` at the margin, each section's paragraph indented under it) when there are others.
    sentences = [run for run in lines if len(run) > 1 or run[0].rstrip()[-1] in _SENTENCE_END]
    openings = Counter(_indent(run[0]) for run in sentences or lines)
    base = min(openings, key=lambda depth: (-openings[depth], depth))
    quoted: list[bool] = []
    code: list[bool] = []
    # Where the text of the list item being read starts (`1.  The strike hit a depot.` at column 4): a
    # paragraph set there or a little deeper is that item's own (`    The ministry said…` under it).
    item_text: int | None = None
    for prefixed, depth, run in zip(by_prefix, depths, lines, strict=True):
        item = _LIST_ITEM.match(run[0])
        if item:
            item_text = len(run[0][: item.end()].expandtabs(4))
        elif item_text is not None and depth < item_text:
            item_text = None
        set_in = base + _QUOTE_INDENT <= depth and not item
        code.append(not prefixed and set_in and any(_CODE_LINE().match(line.lstrip()) for line in run))
        quoted.append(
            prefixed
            or (
                set_in
                and depth <= base + _QUOTE_MAX_INDENT
                and (item_text is None or depth >= item_text + _QUOTE_INDENT)
                and not code[-1]
                and not any(_COLUMN_GAP().search(line.strip()) or _RULE.match(line) for line in run)
            )
        )
    return quoted, code


def _names(
    group: str, line: int, findings: list[Finding], notes: frozenset[str], highest: int = 0
) -> tuple[Sequence[str], bool]:
    """The labels a marker's text names, and whether it names a note at all (`_find_markers`; `highest`:
    the highest note number named before it)."""
    if group[0] in _SYMBOLS:  # a note's symbol (`_symbol_notes`): itself, only where it has a note
        return (group,), group in notes
    if group.isascii() and group.isdigit():
        # One number (most markers): what `_marker_labels` names of it, without its steps for lists,
        # ranges and superscripts (a third of finding a marker). tests/readers/test_plaintext.py checks
        # the two agree.
        labels: tuple[str, ...] = (str(int(group)),) if _names_note(group, notes) else ()
    else:
        labels = tuple(_marker_labels(group, line, findings, notes, highest))
    return labels, any(_names_note(label, notes) for label in labels)


def _distinct_markers(
    paragraph: ParagraphDraft, marks: Sequence[tuple[int, str, Sequence[str]]]
) -> list[MarkerDraft]:
    """The markers of `paragraph`'s marks (each its line, its text and the labels it names), but for a marker
    that adds nothing to its footnote: one of a note at the place of an earlier one of that note
    (`mark_places`), counted in that one (`MarkerDraft.times`). `[1-50]` repeated 60,000 times in a paragraph
    made 3 million markers (600 MB, 20 s) for one context per note. The places are found only in a paragraph
    that names a note twice."""
    kept: list[tuple[str, int, int]] = []  # each marker kept: its label, line and mark
    counts: list[int] = []  # how many markers each stands for
    firsts: set[str] = set()
    places: list[tuple[int, int]] | None = None
    at_place: dict[tuple[str, int, int], int] = {}  # each note's places so far: its marker there (in `kept`)
    # Each marker text's places so far, its labels, and how many more markers of it stood there: a run of
    # one text (`[1-50]` again and again) is counted a mark at a time, not a label at a time.
    texts_at_place: dict[tuple[str, int, int], tuple[Sequence[str], list[int]]] = {}
    if len(marks) == 1 and len(set(marks[0][2])) == len(marks[0][2]):  # most paragraphs: each label once
        line, _, labels = marks[0]
        return [MarkerDraft(label, line, paragraph, 0) for label in labels]
    for mark, (line, text, labels) in enumerate(marks):
        if places is None:
            if firsts.isdisjoint(labels) and len(set(labels)) == len(labels):
                firsts.update(labels)
                kept.extend((label, line, mark) for label in labels)
                counts.extend([1] * len(labels))
                continue
            places = mark_places(paragraph)
            at_place = {(label, *places[first]): index for index, (label, _, first) in enumerate(kept)}
            for first, (_, earlier, named) in enumerate(marks[:mark]):
                texts_at_place.setdefault((earlier, *places[first]), (named, [0]))
        place = places[mark]
        if (text, *place) in texts_at_place:
            texts_at_place[(text, *place)][1][0] += 1
            continue
        texts_at_place[(text, *place)] = (labels, [0])
        for label in labels:
            index = at_place.get((label, *place))
            if index is None:
                at_place[(label, *place)] = len(kept)
                kept.append((label, line, mark))
                counts.append(1)
            else:
                counts[index] += 1
    for (_, window, run), (labels, repeats) in texts_at_place.items():
        for label in labels:
            counts[at_place[(label, window, run)]] += repeats[0]
    return [
        MarkerDraft(label, line, paragraph, mark, count)
        for (label, line, mark), count in zip(kept, counts, strict=True)
    ]


def _marked(text: str, matches: Sequence[re.Match[str]], code: Sequence[tuple[int, int]] = ()) -> str:
    """`text` with `MARK` in place of each of `matches` (in order, not overlapping), and `CODE_START` and
    `CODE_END` around each of the `code` spans (in order: a marker in one, `[1]` shown as code, is still
    there), the rest as it is."""
    pieces: list[str] = []
    taken = 0
    if not code:  # most paragraphs: the marks alone, cut in turn (not merged with no code edges)
        for match in matches:
            pieces += [text[taken : match.start()], MARK]
            taken = match.end()
        pieces.append(text[taken:])
        return "".join(pieces)
    cuts = heapq.merge(
        ((match.start(), 1, match.end(), MARK) for match in matches),
        ((at, 0, at, edge) for start, end in code for at, edge in ((start, CODE_START), (end, CODE_END))),
    )
    for start, _, end, put in cuts:
        pieces += [text[taken : max(start, taken)], put]
        taken = max(end, taken)
    pieces.append(text[taken:])
    return "".join(pieces)


def _marker_labels(
    labels: str, line: int, findings: list[Finding], notes: frozenset[str] = frozenset(), highest: int = 0
) -> Iterator[str]:
    """`5`, `5, 6` and `5-7` as the labels they name; a range wider than `_MAX_RANGE` is a finding.

    A list item or range end of 4 or more digits is named only when there is such a note (`_names_note`). A
    range names every number in it: in a marker that names a note at all (`_find_markers`), a number past the
    last note is a marker without a footnote, a finding, as it always was (`[998-1000]` with 999 notes).

    Superscript digits side by side are one number (`¹²` is note 12) unless there is no such note and each
    digit is one (`³⁴` is notes 3 and 4): Word sets adjacent note marks so, and a text copy keeps no gap.
    Where both are notes, the order notes are numbered in decides (`highest`: the highest number named
    before): notes are numbered as they are first cited, so `¹²` past note 11 is note 12, and where note 12
    cannot be cited yet, note `highest + 1` existing and not yet cited (the report's first marker), notes 1
    and 2. Read as note 12 there, the
    report's first passage was note 12's, compared with its source, and notes 1 and 2 cited nothing."""
    plain = labels.translate(_SUPERSCRIPT_DIGITS)
    split = plain != labels and len(plain) > 1 and plain.isdigit()  # `³⁴`, not `³,⁴` or `³⁻⁵`
    next_first = highest + 1  # the note a marker cites first next, where the notes are numbered so
    out_of_order = split and int(plain) > next_first >= int(plain[0]) and str(next_first) in notes
    if split and (_label(plain) not in notes or out_of_order) and all(d in notes for d in plain):
        yield from plain
        return
    parts = (number for part in plain.split(",") for number in _range_or_numbers(part))
    for part in parts:
        low, _, high = part.partition("-")
        low, high = low.strip(), high.strip()
        if high and 0 <= int(high) - int(low) <= _MAX_RANGE:
            yield from (str(number) for number in range(int(low), int(high) + 1))
            continue
        if high and int(high) - int(low) > _MAX_RANGE:
            findings.append(
                Finding(
                    code="range-too-wide",
                    message=(
                        f"marker range {int(low)}-{int(high)} on line {line} names more than "
                        f"{_MAX_RANGE} notes; only its ends are read"
                    ),
                    line=line,
                )
            )
        yield from (_label(number) for number in (low, high) if number and _names_note(number, notes))


def _range_or_numbers(part: str) -> list[str]:
    """`part` of a marker's list as a range (`3-5`) or a number, or, with more than one dash, its numbers:
    `1-3-5` is no range (split at its first dash, `3-5` was read as one number, and the report refused with
    an internal error)."""
    dashed = re.sub(r"[\u2013-]", "-", part)
    return dashed.split("-") if dashed.count("-") > 1 else [dashed]


def _names_note(number: str, notes: frozenset[str]) -> bool:
    """Whether a marker's `number` names a note: always with 1-3 digits (a missing note is a finding), with
    more only when that note exists, so that a year (`[2022]`, `[2020-2022]`) stays text. `0012` is no
    note's label (labels have no leading zeros) and is dropped as it always was."""
    return len(number) <= 3 or number in notes


def _label(number: str) -> str:
    return str(int(number.translate(_SUPERSCRIPT_DIGITS)))


# What a report no note was read from may still cite. A notes heading with links under it (`## Sources`, then
# `- https://…`, `• …`, or paragraphs each holding a link), or a list of links after the report's last rule
# (`---`, then `- …` or `1. …` with no marker in the body): sources in a style not read. Such a report was
# "no footnotes found: nothing to verify" and `check` passed it, every source unchecked; now it is
# `markers-without-notes` (`check` fails it unless `--allow-empty`). After a rule only a run of list entries
# to the end counts: a rule is as often a Markdown front matter's or a section break.
_LIST_ENTRY = on_first_use(
    r"[ \t]{0,3}(?:[-*+\u2022\u2023\u2043\u25aa\u25e6\u00b7\u2013\u2014]|\(?\d{1,3}[.):]|\[\d{1,3}\]:?"
    r"|\*\*\d{1,3}[.):]?\*\*)[ \t]"
)


def sources_without_notes(text: str) -> Finding | None:
    """The `markers-without-notes` finding for a report with no notes read whose last notes heading has links
    under it, or whose last rule is followed by nothing but list entries, one with a link; else None."""
    lines = text.split("\n")
    heading = rule = None
    for index, line in enumerate(lines):
        if is_notes_heading(line):
            heading = index
        elif _RULE.match(line):
            rule = index
    if heading is not None:
        links = sum(1 for _ in iter_urls("\n".join(lines[heading + 1 :])))
        if links:
            name = lines[heading].strip().lstrip("#").strip().rstrip(":").strip()
            return sources_without_notes_at(
                f"{links_counted(links)} under {name!r} on line {heading + 1}", heading + 1
            )
    if rule is None or rule < (heading if heading is not None else -1):
        return None
    entries = [line for line in lines[rule + 1 :] if line.strip()]
    if not entries or not all(_LIST_ENTRY().match(line) or line[:1].isspace() for line in entries):
        return None
    links = sum(1 for _ in iter_urls("\n".join(entries)))
    return (
        sources_without_notes_at(f"{links_counted(links)} listed after the rule on line {rule + 1}", rule + 1)
        if links
        else None
    )


def links_without_notes(text: str) -> Finding | None:
    """The `links-without-notes` finding for a report with no notes read whose `text` holds links."""
    links = iter_urls(text)
    first = next(links, None)
    if first is None:
        return None
    return links_without_notes_at(1 + sum(1 for _ in links), text.count("\n", 0, first.offset) + 1)


# A report whose notes were read may list more sources under its notes heading as bullets (`- WarGonzo, …,
# https://…`, opening a line and a paragraph: else it goes on with the note before it), which are no notes
# (`sources_beside_notes_at`); a link a note or the body also gives is left out. Where the reader says which
# lines open its notes (`note_lines`: a text report, notes typed in a DOCX or ODT document), any paragraph
# under the heading that opens on no note's line and is not set in (a set-in one goes on with a text note)
# is such an entry too: `and WarGonzo, https://…` as a paragraph of its own, or a bullet Word draws (a
# "List Bullet" paragraph: its bullet is numbering, in no text), was read as neither note nor bullet and
# its link never checked, nothing said.
_BULLET_ENTRY = re.compile(r"[-*+\u2022\u2023\u2043\u25aa\u25e6\u00b7][ \t]")
# A line after the first that opens with a bullet (`_BULLET_ENTRY`): `re` skips from line break to line break.
_BULLET_AFTER_LINE_BREAK = on_first_use(r"\n[-*+\u2022\u2023\u2043\u25aa\u25e6\u00b7][ \t]")


def _link_of_note_before(lines: Sequence[str], index: int, heading: int, note_lines: Collection[int]) -> bool:
    """Whether line `index` is a paragraph of one line, after one blank line, that is a link alone following
    the paragraph of a note (opening on one of `note_lines`, 1-based) that holds no link: the note's link,
    read as the note's (`_link_after_linkless_note`), not an entry of its own."""
    one_line = index + 1 == len(lines) or not lines[index + 1].strip()
    if index < heading + 3 or lines[index - 1].strip() or not one_line:
        return False
    if not _is_bare_link(lines[index]):
        return False  # before the note's paragraph is looked for: most entries are no link alone
    first = index - 2
    while first > heading + 1 and lines[first - 1].strip():
        first -= 1
    link = _Paragraph(index, index + 1)
    return first + 1 in note_lines and _link_after_linkless_note(lines, link, _Paragraph(first, index - 1))


def sources_beside_notes(text: str, note_lines: Collection[int] | None = None) -> Finding | None:
    """The `sources-beside-notes` finding for a report with notes read whose last notes heading has entries
    (bulleted ones; with `note_lines`, the 1-based lines its notes open on, any paragraph opening on no
    note's line) holding links that no other line of the report gives; else None."""
    if note_lines is None and _BULLET_AFTER_LINE_BREAK().search(text) is None:
        # Only bullets are entries, and no line after the first (a heading is before them) opens with one:
        # the lines are not split nor the heading looked for, one line at a time (in a Markdown report of
        # 10,000 notes and no bullet, a twentieth of reading it).
        return None
    # Lines ended by CR LF as by LF: `Notes\r` is no notes heading (`$` stops before LF alone), and a report
    # saved on Windows listing a source as a bullet under its notes said nothing.
    lines = (text.replace("\r\n", "\n") if "\r" in text else text).split("\n")
    heading = next((index for index in range(len(lines) - 1, -1, -1) if is_notes_heading(lines[index])), None)
    if heading is None:
        return None
    # A bullet right after a note's line, in its paragraph, goes on with that note.
    bullets: set[int] = set()
    for index in range(heading + 1, len(lines)):
        before = lines[index - 1]
        line = lines[index]
        opens_paragraph = index - 1 == heading or not before.strip()
        if _BULLET_ENTRY.match(line) and (index - 1 in bullets or opens_paragraph):
            bullets.add(index)
        elif note_lines is not None and line.strip() and index + 1 not in note_lines:
            # A paragraph opening on no note's line and not set in, and the lines that go on with one; but a
            # note's link on a paragraph of its own, which the note holds.
            opens_entry = (
                opens_paragraph
                and not line[:1].isspace()
                and not _link_of_note_before(lines, index, heading, note_lines)
            )
            if opens_entry or (index - 1 in bullets and not opens_paragraph):
                bullets.add(index)
    if not bullets:
        return None
    elsewhere = {
        found.url
        for found in iter_urls("\n".join(line for index, line in enumerate(lines) if index not in bullets))
    }
    listed = [
        (index, found.url)
        for index in sorted(bullets)
        for found in iter_urls(lines[index])
        if found.url not in elsewhere
    ]
    if not listed:
        return None
    name = lines[heading].strip().lstrip("#").strip().rstrip(":").strip()
    return sources_beside_notes_at(len(listed), name, listed[0][0] + 1)
