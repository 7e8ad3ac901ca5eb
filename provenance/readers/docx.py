"""DOCX reports (Word, Google Docs, LibreOffice, pandoc): footnotes and endnotes with their references.

A DOCX file is a zip of XML parts. Notes live in `word/footnotes.xml` and `word/endnotes.xml`; the body
(`word/document.xml`) points to them with `w:footnoteReference` / `w:endnoteReference`. A note's links are
`w:hyperlink` elements resolved through the part's relationships (`word/_rels/*.rels`), `HYPERLINK "…"` field
codes (the address wherever it stands among the field's switches; each compared with the text it shows, as a
`w:hyperlink`'s is), and URLs written out in its text.
A character Word writes as a symbol (`w:sym`: its code in a text font, or a symbol font's byte) is read as its
Unicode character, Symbol's by its table; a pictograph is nothing. Text is read as it reads with tracked
changes accepted and without hidden runs (by their own properties, their character style or their
paragraph's style): no deleted words, no link whose every run is deleted or hidden (nor
a `HYPERLINK` field whose result shows no text or picture), and a paragraph whose mark is deleted run on
into the next. A line break (`w:br`, `w:cr`) or a tab in a note is a line break in its text (in the body, a
space, but a tab between the words of a note typed by hand, which the plain-text rules read so). Word
numbers notes by the order of their references, footnotes in decimal and endnotes in lower-case roman unless
`word/settings.xml` says otherwise; that number is the label (`1 (2)` where an earlier note showed the same:
endnotes set to 1, 2, … beside footnotes, one custom mark for two notes, as the ODT reader labels them).
A cross-reference set as a note reference (a `NOTEREF` field with `\f`, to the bookmark on a note's reference)
cites that note again, as a second reference would; it numbers no note.

A document has no lines: `line` is the paragraph number in the body (every paragraph counts, in tables and
text boxes too, a box's once, not again in its VML copy under `mc:Fallback`) and `location` says so
(`paragraph 12`). A document whose notes were typed by hand (`[1] …` under a Sources heading, no Word notes)
is read by the plain-text rules, paragraph by paragraph (a list Word numbers in decimal read with the numbers
it shows, where they are told for sure: `ListNumbers`; an item nested in a numbered one, `◦ archived: …`, goes
on with it), its marks in the body digits set in superscript (by
the run or its character style) as often as `¹`: such digits are read there as `¹` (beside Word's notes they
stay digits: `m2`, `106`); more sources under their heading in no note (typed bullets, Word's "List Bullet",
a paragraph of its own) are said (`sources-beside-notes`, as in a text report). Text
Word imports on opening (`w:altChunk`: an HTML part) is not read: a document with no notes and such a part is
a style not read, not one citing nothing.

The bytes are untrusted: the zip's entries are counted from its end records before `zipfile` reads its
directory (`MAX_PARTS` at most), each part is checked against its stated sizes before a byte of it is
inflated (over `MAX_PART_BYTES`, over `MAX_TOTAL_BYTES` with the parts read before it, or inflating more than
`zips.MAX_INFLATION` times: a zip bomb) and read with a bound, XML is parsed by defusedxml (no DTD, so no
entity expansion and no network), the elements of all parts are counted before any becomes a tree (a million
at most), and text is walked without recursion.
"""

from __future__ import annotations

import contextlib
import io
import pyexpat
import re
import zipfile
from collections import Counter
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from typing import NamedTuple
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from provenance.digits import roman_numeral
from provenance.models import Context, Finding, Footnote, ReportFormat
from provenance.readers.assembly import (
    MARK,
    MARKERS_WITHOUT_NOTES,
    MarkerDraft,
    NoteDraft,
    ParagraphDraft,
    assemble_footnotes,
    block_quote_draft,
    collapse_note_lines,
    continued_quote_draft,
    goes_on_with_quote,
    lead_in_draft,
    leading_marks,
    markers_without_notes,
    note_lines,
    quote_left_open,
    whole_quote,
    without_links_shown_without_scheme,
    without_marks,
    without_own_edges,
)
from provenance.readers.interface import ReaderError, ReadResult, ReportReader
from provenance.readers.plaintext import (
    links_without_notes,
    read_plain_text,
    sources_beside_notes,
    sources_without_notes,
)
from provenance.readers.signatures import is_docx as is_docx
from provenance.urls import (
    FoundUrl,
    is_http_url,
    iter_urls,
    schemes_added,
    shown_link_differs,
    without_invisible_characters,
)
from provenance.zips import ZIP_MEMBER_ERRORS, ZIP_OPEN_ERRORS, entries_over, inflation_over, is_encrypted

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
# Bounds on what is decompressed: one part, and all parts read together.
MAX_PART_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 192 * 1024 * 1024
# Bound on the zip's entries, counted before `zipfile` reads (and keeps) its whole central directory: a
# million empty entries in a 47 MB file took 446 MB and 7.5 s to be refused. Word writes a few dozen parts,
# one more per image.
MAX_PARTS = 10_000
# Bound on the XML elements of all parts read together, counted before a part becomes a tree. The byte bounds
# alone let a 189 KB file unpack to 64 MB of `<w:p><w:r><w:t>a</w:t></w:r></w:p>`: 5.7 million elements, 49 s
# and 1.5 GB as a tree. A 300-page memo as Word writes it (10,000 paragraphs, 2,000 notes) has some 400,000.
MAX_ELEMENTS = 1_000_000
# Each note reference becomes a marker with its paragraph's context (some 40 microseconds and 700 bytes);
# a long report has a few thousand. Half a million references in one paragraph took 20 s and 370 MB.
MAX_NOTE_REFERENCES = 50_000
_MAX_NOTE_LABEL = 10_000
# A field's instruction is its name and arguments, each quoted (`"…"`, a quote or backslash in it escaped by a
# backslash) or not; an argument opening with a backslash is a switch. A `HYPERLINK` field leads to its one
# argument that is no switch nor a switch's value, wherever it stands among them: Word writes the address
# first (`HYPERLINK "https://…" \o "tooltip"`), but a field typed or written by another program may put a
# switch first (`HYPERLINK \o "tooltip" "https://…"`), and its link was read as none, or a local one
# (`HYPERLINK \l "_Toc1"`: a place in the document) as a web address.
_FIELD_ARGUMENT = re.compile(r'"((?:[^"\\]|\\.)*)"?|(\S+)', re.DOTALL)
_FIELD_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
# The `HYPERLINK` switches that take a value: `\l` a place in the target, `\o` a tooltip, `\t` a frame.
_HYPERLINK_SWITCHES_WITH_VALUES = frozenset({"\\l", "\\o", "\\t"})
# A cross-reference to a note, formatted as a note reference (Word's Insert > Cross-reference > Footnote
# number (formatted)): `NOTEREF _Ref123 \f \h`, whose result is the note's number set as its reference mark.
# Word's way to cite a note again: the passage before it is that note's claim as well.
NOTEREF_FIELD = re.compile(r"^\s*NOTEREF\s+(?P<bookmark>[^\s\\]+)", re.IGNORECASE)
FORMATTED_AS_NOTE_REFERENCE = re.compile(r"\\f(?![A-Za-z])")
_SKIPPED = frozenset({f"{_W}del", f"{_W}moveFrom", f"{_W}instrText", f"{_W}delText", f"{_W}rPr", f"{_W}pPr"})
_SPACES = frozenset({f"{_W}tab", f"{_W}br", f"{_W}cr", f"{_W}ptab"})
_LINE_BREAKS = frozenset({f"{_W}br", f"{_W}cr"})
# In a note, a tab parts its fields as a line break does (`Two Majors`, a tab, `Telegram`, a tab, the date):
# read as a space, the name ran on into `Two Majors Telegram`, and the link's channel stood for the author.
# The tab Word's template puts after the note's number leaves an empty line, which is dropped.
_NOTE_LINE_BREAKS = _LINE_BREAKS | {f"{_W}tab", f"{_W}ptab"}
# Elsewhere a tab is kept as one: whitespace to the readers of Word's notes, but a note typed by hand under
# Sources is read by the plain-text rules, which part its fields at a tab between words as in a note's text.
_TABS = frozenset({f"{_W}tab", f"{_W}ptab"})
# Only a tab between words parts anything (one indenting a paragraph or ending it is a space); it is held as
# a noncharacter while the paragraph's whitespace is collapsed. The look-behind lets a match start only where
# a run of tabs starts.
_TAB_BETWEEN_WORDS = re.compile(r"(?<=\S)\t[\t ]*(?=\S)")
_KEPT_TAB = "\ufdd6"
# Where a line break ends a line of a note: the note's text keeps it (`Two Majors`, a break, `Telegram, 21
# January 2022`, a break, the link). Read as a space, the name ran on into `Two Majors Telegram`, which names
# no one, and the URL's channel stood for the author: another channel's post passed. (A noncharacter: no
# note's text holds it.)
_LINE_BREAK = "\ufdd5"
_TEXT = frozenset({f"{_W}t", f"{_W}sym"})
_PICTURES = frozenset({f"{_W}drawing", f"{_W}pict", f"{_W}object"})
_ALTERNATE_CONTENT = "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent"
_CHOICE = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Choice"


class DocxReader(ReportReader):
    format = ReportFormat.DOCX
    suffixes = (".docx", ".docm", ".dotx")

    def read(self, data: bytes, name: str) -> ReadResult:
        package = ZipPackage(data, name)
        document = package.xml("word/document.xml")
        if document is None:
            raise ReaderError(f"{name}: not a DOCX document (no word/document.xml)")
        styles = package.xml("word/styles.xml")
        try:
            return read_docx_parts(
                document,
                package.relationships("word/_rels/document.xml.rels"),
                _NotesPart(package, "footnote"),
                _NotesPart(package, "endnote"),
                _number_formats(package.xml("word/settings.xml"), document),
                _quote_styles(styles),
                _superscript_styles(styles),
                list_numbers(package.xml("word/numbering.xml")),
                _hiding_styles(styles),
            )
        except _TooManyReferences:
            raise ReaderError(
                f"{name}: word/document.xml holds more than {MAX_NOTE_REFERENCES:,} note references: not read"
            ) from None


class ZipPackage:
    """The zip, read part by part within the size bounds."""

    def __init__(self, data: bytes, name: str, what: str = "a DOCX document") -> None:
        # `what` names the format a broken zip is not (the ODT reader opens its packages here too).
        self._name = name
        self._total = 0
        self._elements = 0
        stream = io.BytesIO(data)
        try:
            parts = entries_over(stream, MAX_PARTS)
            if parts is None:
                self._zip = zipfile.ZipFile(stream)
        except ZIP_OPEN_ERRORS as error:
            raise ReaderError(f"{name}: not {what} (a broken zip: {error})") from None
        if parts is not None:
            raise ReaderError(f"{name}: not {what} ({parts} zip entries, over {MAX_PARTS})")

    def part(self, path: str) -> bytes | None:
        try:
            info = self._zip.getinfo(path)
        except KeyError:
            return None
        if info.file_size > MAX_PART_BYTES:
            raise ReaderError(f"{self._name}: {path} is {info.file_size} bytes unpacked, over the limit")
        if self._total + info.file_size > MAX_TOTAL_BYTES:
            raise ReaderError(
                f"{self._name}: {path} is {info.file_size} bytes unpacked, over the limit of "
                f"{MAX_TOTAL_BYTES} bytes for the parts read together"
            )
        if info.header_offset + info.compress_size > self._zip.start_dir:
            # A stated compressed size no bigger than the bytes there is what makes the ratio below a bound.
            raise ReaderError(
                f"{self._name}: {path} cannot be unpacked (its stated compressed size, {info.compress_size} "
                "bytes, runs past the zip's data)"
            )
        # Refused before a byte is inflated: a footnote of 63 MB of text (a 64 KB file) took 49 s and 510 MB.
        bomb = inflation_over(info)
        if bomb is not None:
            raise ReaderError(f"{self._name}: {path} is {bomb}: not read")
        if is_encrypted(info):
            # Word's own password protection is no zip at all; an encrypted part is a crafted package.
            raise ReaderError(f"{self._name}: {path} cannot be unpacked (it is encrypted)")
        try:
            with self._zip.open(info) as stream:
                # The size in the zip directory can lie (a zip bomb): read one byte past the bound to know.
                data = stream.read(MAX_PART_BYTES + 1)
        except ZIP_MEMBER_ERRORS as error:
            raise ReaderError(f"{self._name}: {path} cannot be unpacked ({error})") from None
        self._total += len(data)
        if len(data) > MAX_PART_BYTES or self._total > MAX_TOTAL_BYTES:
            raise ReaderError(f"{self._name}: {path} unpacks to more than the limit ({MAX_PART_BYTES} bytes)")
        return data

    def xml(self, path: str) -> Element | None:
        data = self.part(path)
        if data is None:
            return None
        self._elements += elements_in(data, MAX_ELEMENTS - self._elements)
        if self._elements > MAX_ELEMENTS:
            raise ReaderError(
                f"{self._name}: its XML holds more than {MAX_ELEMENTS:,} elements (at {path}; a 300-page "
                "report holds some 400,000): not read"
            )
        try:
            root: Element = fromstring(data, forbid_dtd=True)
        except (DefusedXmlException, SyntaxError, ValueError, LookupError) as error:  # LookupError: see above
            raise ReaderError(f"{self._name}: {path} is not well-formed XML ({error})") from None
        return root

    def relationships(self, path: str) -> dict[str, str]:
        """External link targets by relationship id."""
        root = self.xml(path)
        if root is None:
            return {}
        return {
            str(rel.get("Id")): str(rel.get("Target"))
            for rel in root.iter(f"{_REL}Relationship")
            if rel.get("TargetMode") == "External" and rel.get("Id") and rel.get("Target")
        }


class _TooManyReferences(Exception):
    pass


class _Counted(Exception):
    """Counting stops: past the limit, or at a DTD or an XML error, which the parser proper then names."""


def elements_in(data: bytes, limit: int) -> int:
    """How many elements the XML holds, counting no further than `limit` + 1.

    Expat alone counts a million elements in about a second; building them into a tree takes some seven and
    300 MB, so a part is counted before it is parsed. Counting stops at a DTD: nothing is expanded here.
    """
    counter = pyexpat.ParserCreate()
    count = 0

    def start(*_: object) -> None:
        nonlocal count
        count += 1
        if count > limit:
            raise _Counted

    def refuse(*_: object) -> None:
        raise _Counted

    counter.StartElementHandler = start
    counter.StartDoctypeDeclHandler = refuse
    # An XML declaration's encoding is the file's word: expat asks Python for it, and a name Python does
    # not know, or knows only as a codec of bytes (`rot13`), is a LookupError, a multi-byte one a ValueError.
    with contextlib.suppress(_Counted, pyexpat.ExpatError, LookupError, ValueError):
        counter.Parse(data, True)
    return count


@dataclass
class _NotesPart:
    package: ZipPackage | None
    kind: str  # "footnote" or "endnote"
    notes: dict[str, Element] = field(default_factory=dict)
    links: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.package is None:
            return
        root = self.package.xml(f"word/{self.kind}s.xml")
        if root is None:
            return
        self.links = self.package.relationships(f"word/_rels/{self.kind}s.xml.rels")
        for note in root.iter(f"{_W}{self.kind}"):
            # Separators and continuation notices are layout, not notes.
            if note.get(f"{_W}type") in (None, "normal") and note.get(f"{_W}id") is not None:
                self.notes.setdefault(str(note.get(f"{_W}id")), note)


class _NoteNumbering(NamedTuple):
    """How Word numbers a kind of note: its format (`decimal`, `lowerRoman`) and the number it starts at."""

    format: str
    start: int = 1
    restarts: bool = False  # numbered anew in each section (`w:numRestart w:val="eachSect"`)


# Word starts numbering at no more than this (its dialog's limit); a larger `w:numStart` is hostile.
_MAX_NUMBER_START = 16383


def _number_formats(settings: Element | None, document: Element | None = None) -> dict[str, _NoteNumbering]:
    """Each kind of note's numbering: the document's (`w:footnotePr` in settings.xml), as its section says
    (`w:sectPr` at the body's end, where Word writes the dialog's "Apply to: whole document"): a report whose
    footnotes are set to a, b, c there had them read as 1, 2, 3, and one continuing a chapter (`Start at:
    12`) from 1."""
    numbering = {"footnote": _NoteNumbering("decimal"), "endnote": _NoteNumbering("lowerRoman")}
    body = document.find(f"{_W}body") if document is not None else None
    last_section = body.find(f"{_W}sectPr") if body is not None else None
    return _in_section(_in_section(numbering, settings), last_section)


def _in_section(numbering: Mapping[str, _NoteNumbering], holder: Element | None) -> dict[str, _NoteNumbering]:
    """`numbering` as the `w:footnotePr` and `w:endnotePr` of `holder` (a section's `w:sectPr`, or settings)
    change it."""
    changed = dict(numbering)
    if holder is None:
        return changed
    for kind, (number_format, start, restarts) in numbering.items():
        properties = holder.find(f"{_W}{kind}Pr")
        if properties is None:
            continue
        format_element = properties.find(f"{_W}numFmt")
        if format_element is not None and format_element.get(f"{_W}val"):
            number_format = str(format_element.get(f"{_W}val"))
        start_element = properties.find(f"{_W}numStart")
        start_value = start_element.get(f"{_W}val", "") if start_element is not None else ""
        if start_value.isascii() and start_value.isdigit() and 1 <= int(start_value) <= _MAX_NUMBER_START:
            start = int(start_value)
        restart_element = properties.find(f"{_W}numRestart")
        if restart_element is not None:
            restarts = restart_element.get(f"{_W}val") == "eachSect"
        changed[kind] = _NoteNumbering(number_format, start, restarts)
    return changed


def _sections(
    paragraphs: Sequence[Element], numbering: Mapping[str, _NoteNumbering]
) -> tuple[list[int], list[dict[str, _NoteNumbering]]]:
    """The section of each paragraph (a section ends with the paragraph whose `w:pPr` holds its `w:sectPr`;
    the last, at the body's end, is `numbering`'s), and each section's numbering: a report whose chapters
    are sections numbering their notes anew (`w:numRestart`) had chapter 2's notes read as 4, 5, 6."""
    closing = [paragraph.find(f"{_W}pPr/{_W}sectPr") for paragraph in paragraphs]
    section_of: list[int] = []
    numberings: list[dict[str, _NoteNumbering]] = []
    for section in closing:
        section_of.append(len(numberings))
        if section is not None and len(numberings) < MAX_NOTE_REFERENCES:
            numberings.append(_in_section(numbering, section))
    numberings.append(dict(numbering))
    return section_of, numberings


@dataclass
class WalkedParagraph:
    """A paragraph's text (`MARK` at each note reference), its references, its links."""

    text: list[str] = field(default_factory=list)
    references: list[tuple[str, str, str | None]] = field(default_factory=list)  # kind, id, custom mark
    links: list[str] = field(default_factory=list)
    # Where in `text` each of `links` starts showing (the index of its first piece): its place among the
    # addresses the text writes out (`links_in_reading_order`).
    link_starts: list[int] = field(default_factory=list)
    misleading_links: list[tuple[str, str]] = field(default_factory=list)
    # The bookmarks on its note references (`_Ref123`: the note reference each first holds), and its
    # cross-references to notes (`NOTEREF_FIELD`): for each, the index of its reference, the bookmark it
    # names, where its `MARK` stands in `text` and the number it shows (put back if it names no note).
    bookmarks: dict[str, tuple[str, str]] = field(default_factory=dict)
    cross_references: list[tuple[int, str, int, str]] = field(default_factory=list)
    # Digits set in superscript (`w:vertAlign`), as a mark typed by hand is (`claim.` and a raised `1`): by
    # where in `text` each run of such pieces starts, its digits as Unicode's superscript ones (`¹`), and ""
    # for the pieces after the first. Read so only where the document has no notes of Word's (`typed_text`).
    raised_digits: dict[int, str] = field(default_factory=dict)


def _walk(
    paragraph: Element,
    links: dict[str, str],
    walked: WalkedParagraph,
    superscript_styles: frozenset[str] = frozenset(),
    hiding_styles: Mapping[str, bool] | None = None,
    line_break: str = " ",
    line_breaks: frozenset[str] = _LINE_BREAKS,
) -> None:
    """Text in reading order, without recursion; nested paragraphs (text boxes) are left to the caller.
    `superscript_styles`: the character styles that set text in superscript (`_superscript_styles`);
    `hiding_styles`: the styles that hide their text, or show it (`_hiding_styles`); `line_break`: what a
    line break (`w:br`, `w:cr`; in a note, a tab too: `line_breaks`) is in the text (a space; in a note,
    `_LINE_BREAK`)."""
    hiding = hiding_styles or {}
    hidden_by_paragraph = hiding.get(_style(paragraph), False) if hiding else False
    fields: list[list[str]] = []  # open complex fields: their instruction text so far
    custom_mark_pending: list[int] = []
    open_bookmarks: dict[str, str] = {}  # by id, the names of the bookmarks open at this point
    # The depth of the open field whose result is a cross-reference's number (0: none), and that number.
    cross_reference_depth = 0
    shown_number: list[str] = []
    # The outermost open link: its text so far and the targets of every link in it. A link's text is read as
    # the walk goes, once, not by walking its subtree again: that took 8 s for 20,000 links nested in one
    # another (a 3 KB file) and over a minute for 40,000. Word never nests links; where a crafted file does,
    # a reader sees the outermost link's text, so every target inside it is compared with that.
    shown: list[str] | None = None
    shown_from = 0  # where in `walked.text` its text starts
    targets: dict[str, None] = {}
    # Whether the outermost open link holds a run a reader sees. A link whose every run is a tracked
    # deletion (`w:hyperlink` around `w:del`: how Word records a link removed, or replaced, with changes
    # tracked) or hidden is no link of the text as it reads: kept, a footnote whose link was replaced cited
    # the old address first and was checked against it.
    shown_run = False
    # A `HYPERLINK` field's result being read (outside any link): the depth of its field, its target and
    # the text it shows, compared with the target at its end as a link's is (`compare_shown_text`).
    field_link: tuple[int, str] | None = None
    field_shown: list[str] = []
    # Each open `HYPERLINK` field's target, by the depth of its field, with how many pieces of text had been
    # read where its result began: its link is the paragraph's only where its result shows text. A result
    # all hidden or deleted with changes tracked (or a field with none) shows the reader no link: read, the
    # note's first link was an address nothing in it shows, captured and checked in place of the one it shows.
    field_targets: dict[int, tuple[str, int, int]] = {}  # ... and where in `walked.text` its result starts
    text_read = 0  # pieces of text read that a reader sees
    raised = 0  # how many superscript runs are open (one, but in a crafted file)
    raised_at: list[int] = []  # where in `walked.text` the text of a superscript run stands
    pending: list[Element | None] = list(reversed(paragraph))  # None: the end of the outermost link
    while pending:
        element = pending.pop()
        if element is _RAISED_END:
            raised -= 1
            continue
        if element is None:
            if shown_run:
                walked.links.extend(targets)
                walked.link_starts.extend(shown_from for _ in targets)
                compare_shown_text("".join(shown or ()), targets, walked)
            shown, targets, shown_run = None, {}, False
            continue
        tag = element.tag
        if tag in _SKIPPED or tag == f"{_W}p":
            if tag == f"{_W}instrText" and fields:
                fields[-1].append(element.text or "")
            continue
        if tag in _TEXT:
            text = element.text or "" if tag == f"{_W}t" else _symbol_text(element)
            text_read += 1 if text.strip() else 0
            if cross_reference_depth:
                shown_number.append(text)  # the number the marker put in its place shows
                continue
            if shown is not None:
                shown.append(text)
            elif field_link is not None:
                field_shown.append(text)
            if custom_mark_pending:
                # The text after a custom-mark reference is the mark itself (`*`, `†`), not prose.
                index = custom_mark_pending.pop()
                kind, note_id, _ = walked.references[index]
                walked.references[index] = (kind, note_id, text)
                continue
            if raised:
                raised_at.append(len(walked.text))
            walked.text.append(text)
        elif tag in _SPACES:
            walked.text.append(line_break if tag in line_breaks else "\t" if tag in _TABS else " ")
        elif tag == f"{_W}noBreakHyphen":
            walked.text.append("-")
        elif tag in (f"{_W}footnoteReference", f"{_W}endnoteReference"):
            kind = "footnote" if tag == f"{_W}footnoteReference" else "endnote"
            walked.references.append((kind, str(element.get(f"{_W}id")), None))
            walked.text.append(MARK)
            for name in open_bookmarks.values():
                walked.bookmarks.setdefault(name, walked.references[-1][:2])
            open_bookmarks.clear()  # a bookmark names the first reference it holds
            if element.get(f"{_W}customMarkFollows") in ("1", "true", "on"):
                custom_mark_pending.append(len(walked.references) - 1)
        elif tag == f"{_W}fldChar":
            step = element.get(f"{_W}fldCharType")
            if step == "begin":
                fields.append([])
            elif step == "separate" and fields:
                instruction = "".join(fields[-1])
                target = _field_target(instruction)
                if target is not None:
                    field_targets[len(fields)] = (target, text_read, len(walked.text))
                if target is not None and shown is None and field_link is None:
                    field_link, field_shown = (len(fields), target), []
                fields[-1] = []
                if not cross_reference_depth and _cross_reference(instruction, walked):
                    cross_reference_depth = len(fields)
            elif step == "end" and fields:
                if cross_reference_depth == len(fields):
                    end_cross_reference("".join(shown_number), walked)
                    cross_reference_depth, shown_number = 0, []
                opened = field_targets.pop(len(fields), None)
                if opened is not None and text_read > opened[1]:
                    walked.links.append(opened[0])
                    walked.link_starts.append(opened[2])
                if field_link is not None and field_link[0] == len(fields):
                    if opened is not None and text_read > opened[1]:
                        compare_shown_text("".join(field_shown), {field_link[1]: None}, walked)
                    field_link, field_shown = None, []
                fields.pop()  # a field of no result shows nothing: its instruction is no link
        elif tag == f"{_W}bookmarkStart":
            open_bookmarks[str(element.get(f"{_W}id"))] = str(element.get(f"{_W}name"))
        elif tag == f"{_W}bookmarkEnd":
            open_bookmarks.pop(str(element.get(f"{_W}id")), None)
        else:
            if tag == _ALTERNATE_CONTENT and _choice_is_text(element):
                # Word writes a checkbox or a symbol twice: as `w:sym` for readers that know it (`mc:Choice`)
                # and as plain text for others (`mc:Fallback`). Read once, from the first.
                pending.extend(child for child in reversed(element) if child.tag != _FALLBACK)
                continue
            if tag == f"{_W}r" and _hidden(element, hiding, hidden_by_paragraph):
                # Hidden text (Word's Font > Hidden: a note to self, a draft's words) is not what a reader of
                # the report sees: read as shown, a hidden “…” was a quote to compare and its note warned.
                pending.extend(child for child in reversed(element) if child.tag not in _HIDDEN_WHEN_VANISHED)
                continue
            if tag == f"{_W}r":
                shown_run = shown_run or shown is not None
                if field_targets and any(child.tag in _PICTURES for child in element):
                    text_read += 1  # a linked picture shows its link as text does
                if _superscript(element, superscript_styles):
                    raised += 1
                    pending.append(_RAISED_END)
            elif tag == f"{_W}hyperlink":
                target = links.get(str(element.get(f"{_R}id")))
                if target:
                    targets[target] = None
                if shown is None:
                    shown, shown_from = [], len(walked.text)
                    pending.append(None)
            elif tag == f"{_W}fldSimple":
                instruction = str(element.get(f"{_W}instr", ""))
                target = _field_target(instruction)
                if target is not None:
                    # Its text is the link's shown text, read as a `w:hyperlink`'s is (to the marker below);
                    # inside a link, it is one more target of that link's text.
                    targets[target] = None
                    if shown is None:
                        shown, shown_run, shown_from = [], False, len(walked.text)
                        pending.append(None)
                if not cross_reference_depth and _cross_reference(instruction, walked):
                    # Its text is the number the marker shows: read once here, not walked.
                    end_cross_reference("".join(t.text or "" for t in element.iter(f"{_W}t")), walked)
                    continue
            pending.extend(reversed(element))
    if cross_reference_depth:  # a cross-reference's field left open (never by Word): its text is not lost
        walked.text.append("".join(shown_number))
    _read_raised_digits(raised_at, walked)


# The end of a superscript run, in `_walk`'s pending elements.
_RAISED_END = Element("raised-end")
# Digits set in superscript as a note's mark is (`1`, `1,2`, `3-5`), and those digits as Unicode sets them.
DIGIT_MARKS = re.compile(r"\s{0,3}\d{1,3}(?:[,\-\u2013]\d{1,3}){0,10}\s{0,3}")
SUPERSCRIPT_DIGITS = str.maketrans("0123456789,-\u2013", "⁰¹²³⁴⁵⁶⁷⁸⁹,⁻⁻")


def _superscript(run: Element, superscript_styles: frozenset[str]) -> bool:
    """Whether a run is set in superscript: by its own properties (Word's Ctrl+Shift+=, Google Docs' and
    LibreOffice's superscript: `w:vertAlign w:val="superscript"`), or else by its character style (a mark
    typed in Word's "Footnote Reference" style, `superscript_styles`)."""
    position = run.find(f"{_W}rPr/{_W}vertAlign")
    if position is not None:
        return position.get(f"{_W}val") == "superscript"
    style = run.find(f"{_W}rPr/{_W}rStyle")
    return style is not None and style_key(str(style.get(f"{_W}val") or "")) in superscript_styles


def _superscript_styles(styles: Element | None) -> frozenset[str]:
    """The ids (as `style_key` gives them) of the character styles whose own properties set text in
    superscript: Word's "Footnote Reference" and "Endnote Reference", a style of one's own."""
    return frozenset(
        style_key(str(style.get(f"{_W}styleId")))
        for style in (styles.iter(f"{_W}style") if styles is not None else ())
        if style.get(f"{_W}type") == "character"
        and style.get(f"{_W}styleId")
        and (position := style.find(f"{_W}rPr/{_W}vertAlign")) is not None
        and position.get(f"{_W}val") == "superscript"
    )


def _read_raised_digits(raised_at: Sequence[int], walked: WalkedParagraph) -> None:
    """Each run of adjacent superscript pieces (Word splits `1,2` over runs as it edits) that is digits as a
    mark is, kept in `walked.raised_digits`: once each, in linear time."""
    start = 0
    while start < len(raised_at):
        end = start + 1
        while end < len(raised_at) and raised_at[end] == raised_at[end - 1] + 1:
            end += 1
        first, last = raised_at[start], raised_at[end - 1]
        digits = "".join(walked.text[first : last + 1])
        if DIGIT_MARKS.fullmatch(digits):
            walked.raised_digits[first] = digits.translate(SUPERSCRIPT_DIGITS)
            walked.raised_digits.update(dict.fromkeys(range(first + 1, last + 1), ""))
        start = end


@dataclass(frozen=True)
class ListNumbers:
    """The numbers Word shows before the paragraphs of its numbered lists (Home > Numbering, Google Docs'
    numbered list), which are in no paragraph's text: a Sources list numbered so under notes typed by hand
    (`said “we left”.¹` … `Sources` `1. Rybar, …`) read as no notes, and the report as citing without them.

    Only a list's first level in decimal numbers, by its number text (`%1.`, `[%1]`), and only where one list
    numbers its paragraphs alone: lists of one kind (`w:abstractNum`) go on with each other's numbers in
    Word, so where two share a kind, their numbers are not told and none is read (wrongly numbered, a
    marker would cite another note)."""

    # For each list (`w:numId`) numbered in decimal at its first level: its kind, its number text, its start,
    # and whether it starts anew there (`w:startOverride`) rather than going on from its kind's other lists.
    lists: dict[str, tuple[str, str, int, bool]] = field(default_factory=dict)

    def shown(self, paragraphs: Sequence[Element]) -> list[str]:
        """Each paragraph's shown number and a space (`1. `), or "" where it shows none read here."""
        placed = [_list_of(paragraph) for paragraph in paragraphs]
        used: dict[str, set[str]] = {}  # the lists used, by kind
        for list_id, _ in placed:
            if list_id is not None and list_id in self.lists:
                used.setdefault(self.lists[list_id][0], set()).add(list_id)
        told = {
            list_id
            for lists in used.values()
            for list_id in lists
            if len(lists) == 1 or all(self.lists[other][3] for other in lists)
        }
        counters: Counter[str] = Counter()
        shown: list[str] = []
        under: str | None = None  # the told list whose item (or an item nested in it) the last paragraph was
        for list_id, level in placed:
            if list_id is not None and list_id == under and level > 0:
                # An item nested in a numbered one (`1. Rybar, …` then `◦ archived: …`), set in under it as
                # Word shows it: read as a paragraph of its own, it ended the notes (the next note lost,
                # its links `sources-beside-notes`). Indented, it goes on with its note.
                shown.append(_NESTED_ITEM_INDENT)
                continue
            under = list_id if list_id is not None and list_id in told and level == 0 else None
            if under is None:
                shown.append("")
                continue
            _, text, start, _ = self.lists[under]
            shown.append(text.replace("%1", str(start + counters[under])) + " ")
            counters[under] += 1
        return shown


# What a paragraph nested in a numbered note is read after: set in, as a line going on with its note in text.
_NESTED_ITEM_INDENT = "    "


def _list_of(paragraph: Element) -> tuple[str | None, int]:
    """The list a paragraph is an item of by its own properties (`w:numPr`), and its level; None: none."""
    numbering = paragraph.find(f"{_W}pPr/{_W}numPr")
    if numbering is None:
        return None, 0
    list_id = numbering.find(f"{_W}numId")
    level = numbering.find(f"{_W}ilvl")
    level_value = level.get(f"{_W}val") if level is not None else "0"
    return (
        list_id.get(f"{_W}val") if list_id is not None else None,
        int(level_value)
        if level_value is not None and level_value.isdigit() and len(level_value) < 3
        else -1,
    )


# A number text of the first level alone (`%1.`, `%1)`, `[%1]`, `(%1)`): a level's number shown with others'
# (`%1.%2`) is no note's.
_FIRST_LEVEL_TEXT = re.compile(r"[\[(]?%1[.)\]]?")


def list_numbers(numbering: Element | None) -> ListNumbers:
    """The decimal lists of `word/numbering.xml` (`ListNumbers`); none where the part is missing."""
    if numbering is None:
        return ListNumbers()
    kinds: dict[str, tuple[str, int]] = {}  # each kind numbered in decimal at its first level: text, start
    for kind in numbering.iter(f"{_W}abstractNum"):
        level = next((lvl for lvl in kind.iter(f"{_W}lvl") if lvl.get(f"{_W}ilvl") == "0"), None)
        if level is None:
            continue
        number_format = level.find(f"{_W}numFmt")
        text = level.find(f"{_W}lvlText")
        start = _start(level.find(f"{_W}start"))
        text_value = text.get(f"{_W}val") if text is not None else None
        if (
            number_format is not None
            and number_format.get(f"{_W}val") == "decimal"
            and text_value is not None
            and _FIRST_LEVEL_TEXT.fullmatch(text_value)
            and start is not None
        ):
            kinds[str(kind.get(f"{_W}abstractNumId"))] = (text_value, start)
    lists: dict[str, tuple[str, str, int, bool]] = {}
    for instance in numbering.iter(f"{_W}num"):
        kind_id = instance.find(f"{_W}abstractNumId")
        kind_key = str(kind_id.get(f"{_W}val")) if kind_id is not None else None
        if kind_key not in kinds:
            continue
        text_value, start = kinds[kind_key]
        restarts = False
        for override in instance.iter(f"{_W}lvlOverride"):
            anew = _start(override.find(f"{_W}startOverride"))
            if override.get(f"{_W}ilvl") == "0" and anew is not None:
                start, restarts = anew, True
        lists[str(instance.get(f"{_W}numId"))] = (kind_key, text_value, start, restarts)
    return ListNumbers(lists)


def _start(element: Element | None) -> int | None:
    value = element.get(f"{_W}val") if element is not None else None
    return int(value) if value is not None and value.isdigit() and len(value) < 5 else None


def typed_text(walked: WalkedParagraph) -> str:
    """A paragraph's text in a document of notes typed by hand: its digits set in superscript as the
    superscript digits they stand for (`_read_raised_digits`), marks the plain-text rules know; a tab
    between words kept (`_TABS`), any other a space."""
    raised = walked.raised_digits
    text = "".join(raised.get(at, piece) for at, piece in enumerate(walked.text))
    if "\t" not in text:
        return without_marks(text)
    return without_marks(_TAB_BETWEEN_WORDS.sub(_KEPT_TAB, text)).replace(_KEPT_TAB, "\t")


_HIDDEN_WHEN_VANISHED = frozenset({f"{_W}t", f"{_W}sym", *_SPACES, f"{_W}noBreakHyphen"})
_OFF = frozenset({"0", "false", "off"})


def _hidden(
    run: Element, hiding_styles: Mapping[str, bool] | None = None, by_paragraph: bool = False
) -> bool:
    """Whether a run's text is hidden: by its own properties (`w:vanish`, not switched off), else by its
    character style, else by its paragraph's style (`_hiding_styles`), as Word applies them."""
    vanish = run.find(f"{_W}rPr/{_W}vanish")
    if vanish is not None:
        return vanish.get(f"{_W}val") not in _OFF
    style = run.find(f"{_W}rPr/{_W}rStyle")
    if style is not None and hiding_styles:
        stated = hiding_styles.get(style_key(str(style.get(f"{_W}val") or "")))
        if stated is not None:
            return stated
    return by_paragraph


_MAX_STYLE_DEPTH = 20  # of a style's `w:basedOn` chain: Word's built-in styles go a few deep


def _hiding_styles(styles: Element | None) -> dict[str, bool]:
    """The character and paragraph styles (by `style_key`) that state, themselves or by the style they are
    based on, whether their text is hidden (`w:vanish`): True where they hide it. Text hidden by a style
    (a "Hidden" character style, a draft's paragraph style) is hidden as Ctrl+Shift+H's is: read, hidden
    words inside a quote were compared with the source as the quote's, and a hidden link was a note's
    first."""
    if styles is None:
        return {}
    own: dict[str, tuple[bool | None, str]] = {}  # each style's own statement, and the style it is based on
    for style in styles.iter(f"{_W}style"):
        style_id = style.get(f"{_W}styleId")
        if style.get(f"{_W}type") not in ("character", "paragraph") or not style_id:
            continue
        vanish = style.find(f"{_W}rPr/{_W}vanish")
        based_on = style.find(f"{_W}basedOn")
        own.setdefault(
            style_key(str(style_id)),
            (
                None if vanish is None else vanish.get(f"{_W}val") not in _OFF,
                style_key(str(based_on.get(f"{_W}val") or "")) if based_on is not None else "",
            ),
        )
    stated: dict[str, bool] = {}
    for key in own:
        name, seen = key, 0
        while name in own and seen < _MAX_STYLE_DEPTH:
            hidden, name = own[name][0], own[name][1]
            seen += 1
            if hidden is not None:
                stated[key] = hidden
                break
    return stated


def _choice_is_text(alternate: Element) -> bool:
    """Whether an `mc:AlternateContent`'s first `mc:Choice` holds text or a symbol of its own, or in a run of
    its own (its children and theirs only: a nested one is judged when it is reached, so each element is
    looked at once and a deep nest is read in linear time)."""
    choice = alternate.find(_CHOICE)
    return choice is not None and any(
        child.tag in _TEXT or (child.tag == f"{_W}r" and any(part.tag in _TEXT for part in child))
        for child in choice
    )


# A symbol font's characters, as Word writes them in a `w:sym` (`w:char` F020-F0FF: the font's byte plus
# F000), in Unicode: Adobe's Symbol encoding (Unicode's SYMBOL.TXT), but for the characters that are ASCII's
# own and those with no Unicode character. Wingdings and other pictograph fonts map to nothing here.
_SYMBOL_FONT = dict(
    zip(
        b"\"$'*-@\\^~" + bytes(range(0x41, 0x5B)) + bytes(range(0x61, 0x7B)) + bytes(range(0xA0, 0xC0)),
        "\u2200\u2203\u220b\u2217\u2212\u2245\u2234\u22a5\u223c"
        "\u0391\u0392\u03a7\u0394\u0395\u03a6\u0393\u0397\u0399\u03d1\u039a\u039b\u039c\u039d\u039f"
        "\u03a0\u0398\u03a1\u03a3\u03a4\u03a5\u03c2\u03a9\u039e\u03a8\u0396"
        "\u03b1\u03b2\u03c7\u03b4\u03b5\u03c6\u03b3\u03b7\u03b9\u03d5\u03ba\u03bb\u03bc\u03bd\u03bf"
        "\u03c0\u03b8\u03c1\u03c3\u03c4\u03c5\u03d6\u03c9\u03be\u03c8\u03b6"
        "\u20ac\u03d2\u2032\u2264\u2044\u221e\u0192\u2663\u2666\u2665\u2660\u2194\u2190\u2191\u2192"
        "\u2193\u00b0\u00b1\u2033\u2265\u00d7\u221d\u2202\u2022\u00f7\u2260\u2261\u2248\u2026\u23d0"
        "\u23af\u21b5",
        strict=True,
    )
)
_SYMBOL_FONTS = frozenset({"symbol"})


def _symbol_text(symbol: Element) -> str:
    """The character a `w:sym` shows, in Unicode: its `w:char` itself where that is one (`201C` in a text
    font), a symbol font's character by its table (`_SYMBOL_FONT`), ASCII where that font's byte is ASCII's;
    nothing where it has no Unicode character (a pictograph). Dropped, a `“` Word wrote so opened no quote."""
    try:
        code = int(str(symbol.get(f"{_W}char", "")), 16)
    except ValueError:
        return ""
    if not 0xE000 <= code <= 0xF8FF:  # not the private use area: a character of its own
        return chr(code) if 0x20 <= code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else ""
    if 0xF020 <= code <= 0xF0FF and str(symbol.get(f"{_W}font", "")).strip().lower() in _SYMBOL_FONTS:
        byte = code - 0xF000
        return _SYMBOL_FONT.get(byte, chr(byte) if byte < 0x7F and byte != 0x60 else "")
    return ""


def compare_shown_text(shown: str, targets: dict[str, None], walked: WalkedParagraph) -> None:
    text = shown.strip()  # once: a long text is no URL, and is not copied again for every target
    for target in targets:
        if shown_link_differs(text, target):
            walked.misleading_links.append((text, target))


def _cross_reference(instruction: str, walked: WalkedParagraph) -> bool:
    """Whether `instruction` is a cross-reference to a note set as a note reference (`NOTEREF_FIELD`): if
    so, a marker in its place, to be matched to the note its bookmark holds (`resolve_cross_references`)."""
    match = NOTEREF_FIELD.match(instruction)
    if match is None or not FORMATTED_AS_NOTE_REFERENCE.search(instruction, match.end()):
        return False
    walked.cross_references.append((len(walked.references), match.group("bookmark"), len(walked.text), ""))
    walked.references.append(("", "", None))
    walked.text.append(MARK)
    return True


def end_cross_reference(shown_number: str, walked: WalkedParagraph) -> None:
    """The number the last cross-reference shows, kept to be put back where it names no note."""
    index, bookmark, at, _ = walked.cross_references[-1]
    walked.cross_references[-1] = (index, bookmark, at, shown_number)


def resolve_cross_references(walked_paragraphs: Sequence[WalkedParagraph]) -> set[tuple[int, int]]:
    """Each cross-reference to a note made a reference to the note its bookmark holds, or, where none does,
    taken out (its number put back as text); the (paragraph, reference) of each made one."""
    bookmarks: dict[str, tuple[str, str]] = {}
    for walked in walked_paragraphs:
        for name, reference in walked.bookmarks.items():
            bookmarks.setdefault(name, reference)
    made: set[tuple[int, int]] = set()
    for number, walked in enumerate(walked_paragraphs):
        if not walked.cross_references:
            continue
        unresolved: set[int] = set()
        for index, bookmark, at, shown_number in walked.cross_references:
            target = bookmarks.get(bookmark)
            if target is None:
                walked.text[at] = shown_number
                unresolved.add(index)
            else:
                walked.references[index] = (*target, None)
        kept = [index for index in range(len(walked.references)) if index not in unresolved]
        resolved = {index for index, *_ in walked.cross_references} - unresolved
        walked.references = [walked.references[index] for index in kept]
        made.update((number, position) for position, index in enumerate(kept) if index in resolved)
    return made


def _join_paragraphs_whose_mark_is_deleted(
    root: Element, paragraphs: Sequence[Element], walked_paragraphs: list[WalkedParagraph]
) -> None:
    """Paragraphs joined as the text reads with its tracked changes accepted: a paragraph whose mark is a
    tracked deletion (`w:pPr/w:rPr/w:del`, an editor joining two paragraphs) runs on into the one after it.

    Its words are put at the start of the later paragraph (the one whose number the joined paragraph keeps);
    it is left empty. Read apart, a quote before the deleted mark was cited by no note, and the note cited
    after it in the joined paragraph came out verified without the quote compared. Each run of joined
    paragraphs is put together once (linear time however long the run)."""
    following: dict[int, Element] = {}  # a paragraph's next sibling, when that is a paragraph too
    for element in root.iter():
        children = list(element)
        for first, second in pairwise(children):
            if first.tag == f"{_W}p" and second.tag == f"{_W}p":
                following[id(first)] = second
    index_of = {id(paragraph): number for number, paragraph in enumerate(paragraphs)}
    run: list[int] = []
    for number, paragraph in enumerate(paragraphs):
        run.append(number)
        after = following.get(id(paragraph))
        if after is not None and index_of.get(id(after)) == number + 1 and _mark_deleted(paragraph):
            continue
        if len(run) > 1:
            walked_paragraphs[number] = _joined([walked_paragraphs[earlier] for earlier in run])
            for earlier in run[:-1]:
                walked_paragraphs[earlier] = WalkedParagraph()
        run = []


def _mark_deleted(paragraph: Element) -> bool:
    return paragraph.find(f"{_W}pPr/{_W}rPr/{_W}del") is not None


def _joined(parts: Sequence[WalkedParagraph]) -> WalkedParagraph:
    """One paragraph of `parts` read in order, a space between them (where their mark stood)."""
    joined = WalkedParagraph()
    for part in parts:
        if joined.text:
            joined.text.append(" ")
        joined.cross_references.extend(
            (index + len(joined.references), bookmark, at + len(joined.text), shown)
            for index, bookmark, at, shown in part.cross_references
        )
        joined.raised_digits.update(
            (at + len(joined.text), digits) for at, digits in part.raised_digits.items()
        )
        joined.text.extend(part.text)
        joined.references.extend(part.references)
        joined.links.extend(part.links)
        joined.misleading_links.extend(part.misleading_links)
        for name, reference in part.bookmarks.items():
            joined.bookmarks.setdefault(name, reference)  # a bookmark names the first reference it holds
    return joined


def _field_target(instruction: str) -> str | None:
    """The web address a `HYPERLINK` field leads to (None: no such field, or one to no web address)."""
    arguments = _FIELD_ARGUMENT.finditer(instruction)
    name = next(arguments, None)
    if name is None or name[2] is None or name[2].upper() != "HYPERLINK":
        return None
    for argument in arguments:
        quoted, bare = argument[1], argument[2]
        if bare is not None and bare.startswith("\\"):
            if bare.lower() in _HYPERLINK_SWITCHES_WITH_VALUES:
                next(arguments, None)  # the switch's value: a tooltip or a place, not the target
            continue
        target = _FIELD_ESCAPE.sub(r"\1", quoted) if quoted is not None else bare
        return target if is_http_url(target) else None
    return None


_NOTES = frozenset({f"{_W}footnote", f"{_W}endnote"})
# Word writes a text box or shape twice, as a drawing (`mc:Choice`) and as VML for older readers
# (`mc:Fallback`), each with the box's paragraphs: read in both, every paragraph after a text box was
# numbered one too far for each of the box's paragraphs, and the notes cited there located in the wrong one.
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _paragraphs(root: Element) -> Iterator[Element]:
    """Every paragraph in document order, nested ones (tables, text boxes) included, without recursion.

    A note inside `root` (never in Word; a crafted file nests them) is a note of its own, read once as such:
    read as part of every note around it too, 1,000 notes nested in one another (6 KB) took 9 s and 5 MB.
    """
    for paragraph, _ in _paragraphs_and_rows(root):
        yield paragraph


def _paragraphs_and_rows(root: Element) -> Iterator[tuple[Element, Element | None]]:
    """`_paragraphs`, each with the table row it stands in (the innermost), if any."""
    pending: list[tuple[Element, Element | None]] = [(element, None) for element in reversed(root)]
    while pending:
        element, row = pending.pop()
        if element.tag == f"{_W}p":
            yield element, row
        elif element.tag in _NOTES or element.tag == _FALLBACK:
            continue
        row = element if element.tag == f"{_W}tr" else row
        pending.extend((child, row) for child in reversed(element))


def body_paragraphs(data: bytes, name: str) -> list[tuple[int, int, str]]:
    """The body's paragraphs as `(number, number, text)`, numbered from 1 as the reader numbers a passage's
    paragraph (its `line`): what `provenance locate` reads before a citing passage that names its speaker
    by a pronoun only. The text is each paragraph's typed characters, a tab or a break read as a space; a
    paragraph of a quotation's style (Word's "Quote") is given in quote marks (a quotation, not the
    report's telling)."""
    package = ZipPackage(data, name)
    document = package.xml("word/document.xml")
    if document is None:
        raise ReaderError(f"{name}: not a DOCX document (no word/document.xml)")
    quote_styles = _quote_styles(package.xml("word/styles.xml"))
    body = document.find(f"{_W}body")
    typed, spaces = f"{_W}t", (f"{_W}tab", f"{_W}br", f"{_W}cr")
    found: list[tuple[int, int, str]] = []
    for number, (paragraph, _) in enumerate(_paragraphs_and_rows(body if body is not None else document), 1):
        parts = [
            (element.text or "") if element.tag == typed else " "
            for element in paragraph.iter()
            if element.tag == typed or element.tag in spaces
        ]
        text = "".join(parts)
        found.append((number, number, f"\u201c{text}\u201d" if _style(paragraph) in quote_styles else text))
    return found


def read_docx_parts(
    document: Element,
    links: dict[str, str],
    footnotes: _NotesPart,
    endnotes: _NotesPart,
    number_formats: Mapping[str, _NoteNumbering],
    quote_styles: frozenset[str] = frozenset(),
    superscript_styles: frozenset[str] = frozenset(),
    numbers: ListNumbers | None = None,
    hiding_styles: Mapping[str, bool] | None = None,
) -> ReadResult:
    body = document.find(f"{_W}body")
    paragraphs, rows = _unzipped(_paragraphs_and_rows(body if body is not None else document))
    walked_paragraphs = []
    references = 0
    for paragraph in paragraphs:
        walked = WalkedParagraph()
        _walk(paragraph, links, walked, superscript_styles, hiding_styles)
        walked_paragraphs.append(walked)
        references += len(walked.references)
        if references > MAX_NOTE_REFERENCES:
            raise _TooManyReferences
    _join_paragraphs_whose_mark_is_deleted(
        body if body is not None else document, paragraphs, walked_paragraphs
    )
    cross_references = resolve_cross_references(walked_paragraphs)
    parts = {"footnote": footnotes, "endnote": endnotes}
    if not any(part.notes for part in parts.values()):
        # Notes typed by hand: their marks in the body are often digits set in superscript, read as the
        # superscript digits they show. Read as plain digits, `said “we left”.1` cited nothing: without notes
        # the report had "nothing to verify", and with a Sources list its notes had no claim to compare.
        shown_numbers = (numbers or ListNumbers()).shown(paragraphs)
        typed = typed_notes(
            [shown_numbers[index] + typed_text(walked) for index, walked in enumerate(walked_paragraphs)],
            [walked.links for walked in walked_paragraphs],
        )
        if typed.footnotes or any(finding.code == MARKERS_WITHOUT_NOTES for finding in typed.findings):
            return typed
        imported = document.find(f".//{_W}altChunk")
        return typed if imported is None else ReadResult((), (*typed.findings, _IMPORTED_TEXT_NOT_READ))
    labels: dict[tuple[str, str], str] = {}
    section_of, sections = _sections(paragraphs, number_formats)
    counters = {kind: numbering.start - 1 for kind, numbering in sections[0].items()}
    numbered_in = dict.fromkeys(counters, 0)  # the section each kind's last note was numbered in

    def numbered(kind: str, paragraph: int) -> str:
        """The next label of a note of `kind` cited in the paragraph of that index (from 0)."""
        section = section_of[paragraph] if paragraph < len(section_of) else len(sections) - 1
        numbering = sections[section][kind]
        if numbering.restarts and section != numbered_in[kind]:
            counters[kind] = numbering.start - 1
        numbered_in[kind] = section
        counters[kind] += 1
        return _numbered(counters[kind], numbering.format)

    first_paragraph: dict[tuple[str, str], int] = {}
    distinct = _DistinctLabels()
    # Numbered by their references, as Word numbers them; a cross-reference cites a note, numbers none.
    for number, walked in enumerate(walked_paragraphs, start=1):
        for position, (kind, note_id, custom) in enumerate(walked.references):
            key = (kind, note_id)
            if key not in labels and (number - 1, position) not in cross_references:
                label = numbered(kind, number - 1)
                labels[key] = distinct(custom or label)
                first_paragraph[key] = number
    markers: list[MarkerDraft] = []
    set_in = _set_in_as_quotes(paragraphs, [row is not None for row in rows], walked_paragraphs)
    quoted = [
        set_in[number] or (_style(paragraph) in quote_styles) for number, paragraph in enumerate(paragraphs)
    ]
    placed = placements(walked_paragraphs, quoted)
    cite_rows(walked_paragraphs, rows, placed)
    for number, walked in enumerate(walked_paragraphs, start=1):
        for (kind, note_id, _), (draft, mark) in zip(walked.references, placed[number - 1], strict=True):
            key = (kind, note_id)
            if key not in labels:  # a cross-reference to a note no reference cites
                labels[key] = distinct(numbered(kind, number - 1))
                first_paragraph[key] = number
            markers.append(MarkerDraft(label=labels[key], line=number, paragraph=draft, mark=mark))
    ordered: list[tuple[int, int, NoteDraft]] = []
    for kind, part in parts.items():
        for note_id, element in part.notes.items():
            key = (kind, note_id)
            if key not in labels:
                labels[key] = distinct(numbered(kind, len(paragraphs)))
            cited_in = first_paragraph.get(key)
            note = _note(element, labels[key], cited_in, kind, part.links, hiding_styles)
            ordered.append((cited_in or len(paragraphs) + 1, len(ordered), note))
    # Notes in the order the reader meets them: by their first reference, unreferenced ones last.
    return assemble_footnotes([note for _, _, note in sorted(ordered, key=lambda item: item[:2])], markers)


# A document whose text Word imports when it opens it (`w:altChunk`: an HTML, MHT or RTF part, as
# html-docx-js and other HTML-to-Word converters write a whole report) holds no paragraphs of its own to
# read: with no notes found it was "nothing to verify" and passed, however it cites.
_IMPORTED_TEXT_NOT_READ = Finding(
    code=MARKERS_WITHOUT_NOTES,
    message=(
        "no notes found, but text of the document is in a part Word imports when it opens it (w:altChunk), "
        "which is not read: unsupported style? (save it again from Word, or export it as HTML)"
    ),
)


# The paragraph styles that set a quotation apart, by name: Word's "Quote" and "Intense Quote" (Word keeps
# a built-in style's English name in styles.xml whatever the language of its menus: a German document's
# `Zitat` style is named "Quote"), pandoc's "Block Text", LibreOffice's "Quotations". Compared without case
# and spaces; by id too, for a document without styles.xml.
QUOTE_STYLE_NAMES = frozenset({"quote", "intensequote", "blocktext", "blockquote", "quotations", "quotation"})


def _unzipped(
    pairs: Iterator[tuple[Element, Element | None]],
) -> tuple[list[Element], list[Element | None]]:
    paragraphs: list[Element] = []
    rows: list[Element | None] = []
    for paragraph, row in pairs:
        paragraphs.append(paragraph)
        rows.append(row)
    return paragraphs, rows


def cite_rows(
    walked_paragraphs: Sequence[WalkedParagraph],
    rows: Sequence[Element | None],
    placed: list[list[tuple[ParagraphDraft, int]]],
) -> None:
    """A table cell that holds nothing but references (a Sources column: `| Mayor | “We will win” | ¹ |`)
    cites its row: its references' paragraph is the row's text before it, cited by nothing else, and then
    theirs. Read alone, the row's quote was no footnote's, and each note came out verified with nothing
    compared (and an empty context). The text is given to the first such cell after it only."""
    since: dict[int, list[int]] = {}  # per row, its paragraphs since its last one with references
    for number, (walked, row) in enumerate(zip(walked_paragraphs, rows, strict=True)):
        if row is None:
            continue
        before = since.setdefault(id(row), [])
        if not walked.references:
            before.append(number)
            continue
        since[id(row)] = []
        texts = ["".join(walked_paragraphs[earlier].text) for earlier in before]
        if without_marks("".join(walked.text)) or not without_marks(" ".join(texts)):
            continue  # a cell with words of its own cites them, as any paragraph does
        draft = ParagraphDraft(" ".join([*texts, "".join(walked.text)]), location=f"paragraph {number + 1}")
        placed[number] = [(draft, mark) for _, mark in placed[number]]


# A paragraph set in from the left margin this much deeper than the body's paragraphs (in twentieths of a
# point: 1 cm) is a block quote, as the writers who have no quotation style (Google Docs) or do not use it
# (Word's Increase Indent, the ruler) set one apart: its words are quoted as a "Quote" paragraph's are. Else
# a note cited inside it or opening the paragraph after it came out verified without the words compared.
_QUOTE_INDENT_TWIPS = 567
# Deeper than this past the body a paragraph is set so for its layout (a signature, a letter's address).
_QUOTE_MAX_INDENT_TWIPS = 4320
# Styles whose paragraphs are set in for what they are, not as quotations: list items, headings, tables of
# contents, captions, titles, a bibliography's entries. Compared as `style_key` gives them, by their start.
NOT_QUOTE_STYLES = ("list", "heading", "toc", "caption", "title", "subtitle", "bibliography", "footnote")
_NOT_QUOTE_ALIGNMENTS = frozenset({"center", "right", "end", "distribute"})


def _left_indent(paragraph: Element) -> int | None:
    """The paragraph's own left indentation in twips (0 where it sets none), or None where it is set in as
    no quotation is: a list's item, a hanging indent (a bibliography), centred or right-aligned text."""
    properties = paragraph.find(f"{_W}pPr")
    if properties is None:
        return 0
    if properties.find(f"{_W}numPr") is not None:
        return None
    alignment = properties.find(f"{_W}jc")
    if alignment is not None and alignment.get(f"{_W}val") in _NOT_QUOTE_ALIGNMENTS:
        return None
    indentation = properties.find(f"{_W}ind")
    if indentation is None:
        return 0
    if _twips(indentation.get(f"{_W}hanging")) > 0:
        return None
    return _twips(indentation.get(f"{_W}left") or indentation.get(f"{_W}start"))


def _twips(value: str | None) -> int:
    return int(value) if value is not None and value.isdigit() and len(value) < 7 else 0


def _set_in_as_quotes(
    paragraphs: Sequence[Element], in_cells: Sequence[bool], walked_paragraphs: Sequence[WalkedParagraph]
) -> list[bool]:
    """Which paragraphs are block quotes by their indentation (`_QUOTE_INDENT_TWIPS`): set in from the body's
    own indentation (the one most of its paragraphs with text have, the smaller of two as common), outside
    tables, in no list, heading or other such style (`NOT_QUOTE_STYLES`), and holding text."""
    indents = [_left_indent(paragraph) for paragraph in paragraphs]
    styled = [_style(paragraph).startswith(NOT_QUOTE_STYLES) for paragraph in paragraphs]
    return set_in_by_indent(indents, styled, in_cells, walked_paragraphs)


def set_in_by_indent(
    indents: Sequence[int | None],
    not_quote_styles: Sequence[bool],
    in_cells: Sequence[bool],
    walked_paragraphs: Sequence[WalkedParagraph],
) -> list[bool]:
    """`_set_in_as_quotes` given each paragraph's left indentation in twips (None: set in as no quotation
    is) and whether its style is one of `NOT_QUOTE_STYLES`: the ODT reader's rule too."""
    has_text = [bool(without_marks("".join(walked.text))) for walked in walked_paragraphs]
    counts = Counter(
        indent
        for indent, in_cell, text in zip(indents, in_cells, has_text, strict=True)
        if indent is not None and not in_cell and text
    )
    if not counts:
        return [False] * len(indents)
    base = min(counts, key=lambda indent: (-counts[indent], indent))
    return [
        indent is not None
        and text
        and not in_cell
        and base + _QUOTE_INDENT_TWIPS <= indent <= base + _QUOTE_MAX_INDENT_TWIPS
        and not styled
        for styled, indent, in_cell, text in zip(not_quote_styles, indents, in_cells, has_text, strict=True)
    ]


def style_key(name: str) -> str:
    return "".join(name.split()).lower()


def _quote_styles(styles: Element | None) -> frozenset[str]:
    """The ids of the paragraph styles that set a quotation apart (`QUOTE_STYLE_NAMES`)."""
    ids = set(QUOTE_STYLE_NAMES)
    for style in styles.iter(f"{_W}style") if styles is not None else ():
        style_id = style.get(f"{_W}styleId")
        name = style.find(f"{_W}name")
        named = style_key(str(name.get(f"{_W}val") or "")) if name is not None else ""
        if style_id and named in QUOTE_STYLE_NAMES:
            ids.add(style_key(style_id))
    return frozenset(ids)


def _style(paragraph: Element) -> str:
    style = paragraph.find(f"{_W}pPr/{_W}pStyle")
    return style_key(str(style.get(f"{_W}val") or "")) if style is not None else ""


def placements(
    walked_paragraphs: Sequence[WalkedParagraph], quoted: Sequence[bool]
) -> list[list[tuple[ParagraphDraft, int]]]:
    """For each paragraph, the paragraph draft and mark of each of its references, in order.

    A run of paragraphs in a quotation style (`QUOTE_STYLE_NAMES`) or set in as one (`_set_in_as_quotes`)
    is a block quote: its words are one quoted passage, cited by a reference inside it, as “…” would be,
    and by the references that open the paragraph right after it (`[4] said the mayor.`); else a footnote
    cited there came out verified without the quoted words compared. Every other paragraph is its own
    draft."""
    placed: list[list[tuple[ParagraphDraft, int]]] = [[] for _ in walked_paragraphs]
    carried: list[str] = []  # the words of a quotation left open in the paragraphs before, without markers
    number = 0
    while number < len(walked_paragraphs):
        if not (number < len(quoted) and quoted[number]):
            walked = walked_paragraphs[number]
            text = "".join(walked.text)
            goes_on = bool(carried) and goes_on_with_quote(text)
            first = len(placed[number])  # those before cite the block quote before this paragraph
            if len(walked.references) > first:
                location = f"paragraph {number + 1}"
                draft = (
                    continued_quote_draft(carried, without_own_edges(text), location)
                    if goes_on and not first
                    else ParagraphDraft(text, location=location)
                )
                placed[number].extend((draft, mark) for mark in range(first, len(walked.references)))
            before = placed[number - 1] if number and not walked.references and not carried else []
            if before and (words := whole_quote(text)) is not None:
                # A paragraph of one quotation after one that introduces it (`The mayor said:¹`).
                lead_in = lead_in_draft(before[-1][0], block_quote_draft([without_own_edges(words)]))
                if lead_in is not None:
                    placed[number - 1] = [(lead_in if d is before[-1][0] else d, m) for d, m in before]
            open_words = None if walked.references or (carried and not goes_on) else quote_left_open(text)
            if open_words:
                carried.append(open_words)  # in place: a long run of such paragraphs costs linear time
            else:
                carried = []
            number += 1
            continue
        carried = []
        end = number
        while end < len(quoted) and quoted[end]:
            end += 1
        _place_block_quote(walked_paragraphs, number, end, placed)
        number = end
    return placed


def _place_block_quote(
    walked_paragraphs: Sequence[WalkedParagraph],
    start: int,
    end: int,
    placed: list[list[tuple[ParagraphDraft, int]]],
) -> None:
    """The references in paragraphs `start` to `end` (a block quote), and those opening the paragraph after
    it, placed in one draft whose text, but for a last paragraph of attribution, is a quoted passage."""
    following = walked_paragraphs[end] if end < len(walked_paragraphs) else None
    after = min(leading_marks("".join(following.text)), len(following.references)) if following else 0
    inside = [walked_paragraphs[number] for number in range(start, end)]
    texts = [without_own_edges("".join(walked.text)) for walked in inside]
    if not after and not any(walked.references for walked in inside):
        # A block quote that cites nothing itself: the words of the reference that introduces it, if one
        # ends the paragraph before it by a colon (`The mayor said:¹`), else of no footnote.
        before = placed[start - 1] if start else []
        lead_in = lead_in_draft(before[-1][0], block_quote_draft(texts)) if before else None
        if lead_in is not None:
            placed[start - 1] = [
                (lead_in if draft is before[-1][0] else draft, mark) for draft, mark in before
            ]
        return
    draft = block_quote_draft(texts, after, location=f"paragraph {start + 1}")
    mark = 0
    for number in range(start, end):
        for _ in walked_paragraphs[number].references:
            placed[number].append((draft, mark))
            mark += 1
    for _ in range(after):
        placed[end].append((draft, mark))
        mark += 1


def _note(
    element: Element,
    label: str,
    paragraph: int | None,
    kind: str,
    links: dict[str, str],
    hiding_styles: Mapping[str, bool] | None = None,
) -> NoteDraft:
    texts = []
    found: list[FoundUrl] = []
    written: list[str] = []
    in_order: list[str] = []
    misleading: list[tuple[str, str]] = []
    for paragraph_element in _paragraphs(element):
        walked = WalkedParagraph()
        _walk(
            paragraph_element,
            links,
            walked,
            hiding_styles=hiding_styles,
            line_break=_LINE_BREAK,
            line_breaks=_NOTE_LINE_BREAKS,
        )
        read = without_invisible_characters(without_marks("".join(walked.text)))
        text = collapse_note_lines(read, _LINE_BREAK)
        written_out = list(iter_urls(text)) if text else []
        if text:
            texts.append(text)
            found.extend(written_out)
        written.extend(walked.links)
        in_order.extend(links_in_reading_order(walked, written_out, _LINE_BREAK))
        misleading.extend(walked.misleading_links)
    if texts and not label.isalnum() and texts[0].startswith(label):
        # A custom mark (`*`, `†`: `w:customMarkFollows`) is typed at the note's start, where Word puts a
        # numbered note's `w:footnoteRef`: it is the note's label, not its text.
        texts[0] = texts[0][len(label) :].lstrip()
    text = "\n\n".join(part for part in texts if part)
    where = f"{kind} {label}, cited in paragraph {paragraph}" if paragraph else f"{kind} {label}, not cited"
    return NoteDraft(
        label=label,
        text=text,
        line=paragraph or 1,
        urls=without_links_shown_without_scheme(in_order, found, written),
        schemes_added=schemes_added(found, written),
        location=where,
        misleading_links=tuple(misleading),
    )


# Put where each link starts showing in a note paragraph's text to find that place once the text is read;
# a noncharacter, taken out of the text first.
_LINK_START = "\ufdd7"


def links_in_reading_order(walked: WalkedParagraph, found: Sequence[FoundUrl], line_break: str) -> list[str]:
    """A note paragraph's links and the addresses its text writes out (`found` in its text as read, where a
    `line_break` is one of its lines'), in the order they stand in it, a link before an address it shows (as
    the HTML and Markdown readers give them). Its links were put before every address written out: in
    `Rybar, Telegram, t.me/rybar/1234 (archived)`, `archived` linked to an archive's copy (or to another
    post), that copy was captured and checked as the source in place of the post the note names first."""
    if not walked.links:
        return [item.url for item in found]
    starts = Counter(walked.link_starts)
    pieces = [piece.replace(_LINK_START, "") for piece in walked.text]
    marked = "".join(_LINK_START * starts[index] + piece for index, piece in enumerate(pieces))
    marked += _LINK_START * starts[len(pieces)]
    read = collapse_note_lines(without_invisible_characters(without_marks(marked)), line_break)
    offsets = [match.start() - index for index, match in enumerate(re.finditer(_LINK_START, read))]
    if len(offsets) != len(walked.links):  # a link whose place was dropped with its line: as before
        return [*walked.links, *(item.url for item in found)]
    located = sorted(
        [
            *((offset, 0, url) for offset, url in zip(offsets, _sorted_links(walked), strict=True)),
            *((item.offset, 1, item.url) for item in found),
        ],
        key=lambda place: place[:2],  # links at one place (nested) as they were read
    )
    return [url for _, _, url in located]


def _sorted_links(walked: WalkedParagraph) -> list[str]:
    """A paragraph's links in the order their places stand in its text (`walked.link_starts`)."""
    placed = sorted(zip(walked.link_starts, walked.links, strict=True), key=lambda pair: pair[0])
    return [url for _, url in placed]


class _DistinctLabels:
    """Each note's label: its number or mark as shown, set apart where an earlier note showed the same
    (`1 (2)`, as the ODT reader does): footnotes and endnotes both numbered 1, 2, … (endnotes set to decimal,
    as many set them), or one custom mark (`*`) for two notes. One label for two notes made them one: the
    endnote's source was the footnote's second link, never checked, and its claim compared with the
    footnote's source."""

    def __init__(self) -> None:
        self._used: set[str] = set()
        self._shown_before: Counter[str] = Counter()

    def __call__(self, mark: str) -> str:
        label = mark
        while label in self._used:  # a few times at most: only a custom mark can look like `1 (2)`
            self._shown_before[mark] += 1
            label = f"{mark} ({self._shown_before[mark] + 1})"
        self._used.add(label)
        return label


def _numbered(number: int, number_format: str) -> str:
    if number_format in ("lowerRoman", "upperRoman"):
        roman = roman_numeral(number)
        return roman if number_format == "upperRoman" else roman.lower()
    if number_format in ("lowerLetter", "upperLetter") and number <= 26 * _MAX_NOTE_LABEL:
        # Word repeats the letter past z: a, …, z, aa, bb.
        letter = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
        return letter.upper() if number_format == "upperLetter" else letter
    return str(number)


def typed_notes(paragraph_texts: Sequence[str], paragraph_links: Sequence[Sequence[str]] = ()) -> ReadResult:
    """Notes typed by hand (`[1] …`, `¹ …`): the plain-text rules on the paragraphs, one per text paragraph.
    `paragraph_links`, each paragraph's link targets, tell a Sources list of links shown as words.

    Paragraph k is put on line 2k - 1 of the text (blank lines between), and mapped back.
    """
    text = "\n\n".join(paragraph.replace("\n", " ") for paragraph in paragraph_texts)
    result = read_plain_text(text)
    with_links = "\n\n".join(
        " ".join((paragraph.replace("\n", " "), *paragraph_links[index]))
        if index < len(paragraph_links)
        else paragraph.replace("\n", " ")
        for index, paragraph in enumerate(paragraph_texts)
    )
    if result.footnotes:
        # Notes read, and more sources under their heading in no note (`- WarGonzo, …`, a paragraph of Word's
        # "List Bullet", `and WarGonzo, https://…` as a paragraph of its own): said, as in a text report, not
        # passed on the notes alone.
        beside = sources_beside_notes(with_links, note_lines(result.footnotes))
        if beside is not None:
            result = ReadResult(result.footnotes, (*result.findings, beside))
    else:
        # Markers, or a Sources list of bullets or of Word's own numbering (its numbers are in no paragraph's
        # text), with no note read: a report that cites, not one with nothing to verify.
        unsupported = (
            markers_without_notes(text)
            or sources_without_notes(with_links)
            or links_without_notes(with_links)
        )
        if unsupported is not None:
            result = ReadResult((), (*result.findings, unsupported))

    def paragraph_of(line: int) -> int:
        return (line + 1) // 2

    footnotes = tuple(
        Footnote(
            label=note.label,
            text=note.text,
            line=paragraph_of(note.line),
            location=f"paragraph {paragraph_of(note.line)}",
            urls=note.urls,
            contexts=tuple(
                Context(
                    line=paragraph_of(context.line),
                    location=f"paragraph {paragraph_of(context.line)}",
                    text=context.text,
                    quotes=context.quotes,
                )
                for context in note.contexts
            ),
            findings=tuple(_in_paragraphs(finding) for finding in note.findings),
        )
        for note in result.footnotes
    )
    return ReadResult(footnotes, tuple(_in_paragraphs(finding) for finding in result.findings))


def _in_paragraphs(finding: Finding) -> Finding:
    if finding.line is None:
        return finding
    paragraph = (finding.line + 1) // 2
    message = re.sub(
        r"\b(?:on )?line (\d+)", lambda match: f"in paragraph {(int(match[1]) + 1) // 2}", finding.message
    )
    return finding.model_copy(update={"line": paragraph, "message": message})
