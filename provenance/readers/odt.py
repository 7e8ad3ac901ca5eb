"""OpenDocument Text reports (LibreOffice Writer, pandoc): notes where they are cited, links, typed notes.

An `.odt` file is a zip of XML parts (`.fodt`, the flat form, is the same XML in one file). A note stands in
the body where it is cited: a `text:note` (`text:note-class` footnote or endnote) holds the mark as shown
(`text:note-citation`, whose `text:label` is a custom mark) and the note's paragraphs (`text:note-body`).
The label is that mark (`1 (2)` for the second note showing `1`: numbering restarted by chapter or page, a
custom mark used twice). A note's links are `text:a` elements (`xlink:href`; each compared with the text it
shows, as DOCX links are) and URLs written out in its text. A cross-reference to a note set as a note's mark
cites that note again, as in DOCX: Writer's `text:note-ref` showing the note's number inside superscript
text, or Word's `NOTEREF … \\f` as LibreOffice keeps it from a DOCX (a `field:fieldmark` naming the bookmark
on the note); one in the line of text ("see note 3") is the number it shows.

Text is read as it reads with tracked changes accepted and without hidden text: the deleted words an ODF
file keeps apart (`text:tracked-changes`: every `text:changed-region`, its `text:deletion` content) are not
read, nor comments (`office:annotation`), nor hidden text (a span or paragraph whose style, or a style it
inherits, sets `text:display="none"`; `text:hidden-text` and `text:hidden-paragraph` fields that hide; a
section set hidden), nor a link with nothing shown. `text:s`, `text:tab` and `text:line-break` are spaces,
but a line break or a tab in a note, which is a line break in its text (and a tab between the words of a
note typed by hand, which the plain-text rules read so).

A document has no lines: `line` is the paragraph number in the body (every `text:p` and `text:h` counts, in
tables, frames and text boxes too) and `location` says so (`paragraph 12`), as for DOCX, whose reader this
one shares its rules with (`docx.py`: block quotes by style, or set in from the body's margin by a
paragraph style's `fo:margin-left` outside lists, tables and centred text; a table row cited by a cell of only
marks; notes typed by hand under a Sources heading read by the plain-text rules paragraph by paragraph (a
list numbered in decimal read with the numbers it shows, where told for sure: `_shown_list_numbers`), their
marks in the body digits set in superscript as often as `¹`: such digits are read there as `¹`).

The bytes are untrusted, and are opened as DOCX packages are (`docx.ZipPackage`: entries counted before
`zipfile` reads the directory, each part's sizes checked before a byte is inflated, zip bombs refused,
defusedxml with no DTD, every part's elements counted before it becomes a tree); a password-protected file
(its manifest names encryption data) is named as such; text is walked without recursion, and style
inheritance is followed a bounded number of steps.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from xml.etree.ElementTree import Element

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from provenance.models import ReportFormat
from provenance.readers.assembly import (
    MARK,
    MarkerDraft,
    NoteDraft,
    assemble_footnotes,
    collapse_note_lines,
    collapse_whitespace,
    without_links_shown_without_scheme,
    without_marks,
)
from provenance.readers.docx import (
    DIGIT_MARKS,
    FORMATTED_AS_NOTE_REFERENCE,
    MAX_ELEMENTS,
    MAX_NOTE_REFERENCES,
    MAX_PART_BYTES,
    NOT_QUOTE_STYLES,
    NOTEREF_FIELD,
    QUOTE_STYLE_NAMES,
    SUPERSCRIPT_DIGITS,
    WalkedParagraph,
    ZipPackage,
    cite_rows,
    compare_shown_text,
    elements_in,
    end_cross_reference,
    links_in_reading_order,
    placements,
    resolve_cross_references,
    set_in_by_indent,
    style_key,
    typed_notes,
)
from provenance.readers.interface import ReaderError, ReadResult, ReportReader
from provenance.readers.signatures import not_a_text_document
from provenance.urls import FoundUrl, is_http_url, iter_urls, schemes_added, without_invisible_characters

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_XLINK = "{http://www.w3.org/1999/xlink}"
_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
# Where LibreOffice keeps a Word field it has no field of its own for (`NOTEREF`, from a DOCX).
_FO = "{urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}"
_FIELD = "{urn:openoffice:names:experimental:ooo-ms-interop:xmlns:field:1.0}"
_PARAGRAPHS = frozenset({f"{_TEXT}p", f"{_TEXT}h"})
# Never text a reader of the report sees: deleted words kept for tracked changes, comments, the mark of a
# ruby's annotation, an image's alternative text. Read, a deleted link was a note's first URL.
_NOT_READ = frozenset(
    {
        f"{_TEXT}tracked-changes",
        f"{_OFFICE}annotation",
        f"{_TEXT}ruby-text",
        f"{_SVG}title",
        f"{_SVG}desc",
        f"{_OFFICE}forms",
    }
)
_SPACES = frozenset({f"{_TEXT}s", f"{_TEXT}tab", f"{_TEXT}line-break"})
# Where a line break ends a line of a note: the note's text keeps it (`Two Majors`, a break, `Telegram, 21
# January 2022`). Read as a space, the name ran on into `Two Majors Telegram`, which names no one, and the
# URL's channel stood for the author: another channel's post passed. (A noncharacter: no note's text holds
# it.)
_LINE_BREAK = "\ufdd5"
# In a note, a tab parts its fields as a line break does (`Two Majors`, a tab, `Telegram`): read as a space,
# the name ran on into `Two Majors Telegram` and the link's channel stood for the author. A tab before the
# note's text leaves an empty line, which is dropped.
_NOTE_LINE_BREAKS = frozenset({f"{_TEXT}line-break", f"{_TEXT}tab"})
# Elsewhere a tab is kept as one (`"\t"`, whitespace to the readers of the document's own notes): a note typed
# by hand under Sources is read by the plain-text rules, which part its fields at a tab between words. Only
# such a tab is kept (`_typed_text`), held as a noncharacter while the paragraph's whitespace is collapsed;
# the look-behind lets a match start only where a run of tabs starts.
_TAB_BETWEEN_WORDS = re.compile(r"(?<=\S)\t[\t ]*(?=\S)")
_KEPT_TAB = "\ufdd6"
_NOTE = f"{_TEXT}note"
_LINK = f"{_TEXT}a"
# Style inheritance followed this far: LibreOffice's deepest built-in chain is some five styles.
_MAX_STYLE_DEPTH = 32
# A condition that always holds (`text:condition="ooow:1"`), for a hiding field without its evaluated value.
_ALWAYS = frozenset({"1", "true"})


class OdtReader(ReportReader):
    format = ReportFormat.ODT
    suffixes = (".odt", ".fodt", ".ott")

    def read(self, data: bytes, name: str) -> ReadResult:
        if data.startswith(b"PK"):
            content, styles = _zipped_parts(data, name)
        else:
            content = styles = _flat_document(data, name)
        if content.find(f"{_OFFICE}body/{_OFFICE}text") is None:
            kinds = [child.tag.removeprefix(_OFFICE) for child in content.iterfind(f"{_OFFICE}body/*")]
            what = f"its body is {kinds[0]}" if kinds else "it has no body"
            raise ReaderError(f"{name}: not an OpenDocument text document ({what}): not a report")
        try:
            return read_odt_parts(content, _Styles((content, styles)))
        except _TooManyReferences:
            raise ReaderError(
                f"{name}: holds more than {MAX_NOTE_REFERENCES:,} notes and references to them: not read"
            ) from None


def _zipped_parts(data: bytes, name: str) -> tuple[Element, Element | None]:
    package = ZipPackage(data, name, "an OpenDocument text document")
    mimetype = package.part("mimetype")
    if mimetype is not None:
        stated = mimetype.decode("ascii", "replace").strip()
        other = not_a_text_document(stated) if stated.startswith("application/vnd.oasis.") else None
        if other is not None:
            raise ReaderError(f"{name}: {other}: not a report")
    manifest = package.part("META-INF/manifest.xml")
    if manifest is not None and b"encryption-data" in manifest:
        # Writer's File > Save with password: the parts are encrypted, and read as they are they would only
        # fail to inflate.
        raise ReaderError(f"{name}: a password-protected OpenDocument file: save it again without a password")
    content = package.xml("content.xml")
    if content is None:
        raise ReaderError(f"{name}: not an OpenDocument text document (no content.xml)")
    return content, package.xml("styles.xml")


def _flat_document(data: bytes, name: str) -> Element:
    """A flat ODF file (`.fodt`): one XML document, bounded as a package's parts are."""
    if len(data) > MAX_PART_BYTES:
        raise ReaderError(f"{name}: {len(data)} bytes, over the limit for one XML document")
    if elements_in(data, MAX_ELEMENTS) > MAX_ELEMENTS:
        raise ReaderError(f"{name}: its XML holds more than {MAX_ELEMENTS:,} elements: not read")
    try:
        root: Element = fromstring(data, forbid_dtd=True)
    except (DefusedXmlException, SyntaxError, ValueError, LookupError) as error:
        raise ReaderError(f"{name}: not an OpenDocument text document (bad XML: {error})") from None
    if root.tag != f"{_OFFICE}document":
        raise ReaderError(f"{name}: not an OpenDocument text document (its root is not office:document)")
    mimetype = str(root.get(f"{_OFFICE}mimetype", ""))
    other = not_a_text_document(mimetype) if mimetype else None
    if other is not None:
        raise ReaderError(f"{name}: {other}: not a report")
    return root


class _TooManyReferences(Exception):
    pass


@dataclass(frozen=True)
class _Style:
    parent: str | None
    hidden: bool | None  # its own `text:display` (None: as its parent's)
    raised: bool | None  # its own `style:text-position`: set as superscript (None: as its parent's)
    names: tuple[str, ...]  # its name and display name, as `style_key` gives them
    # Its own left margin in twips (None: as its parent's), and whether its own paragraph properties set its
    # lines as no quotation is set (centred or at the right, a hanging indent; None: as its parent's).
    margin: int | None = None
    not_quote_layout: bool | None = None


class _Styles:
    """The document's named and automatic styles by family and name: which hide their text (`text:display`
    "none", as set or inherited) and which set a quotation apart (`docx.QUOTE_STYLE_NAMES`: LibreOffice's
    "Quotations", pandoc's "Block Text")."""

    def __init__(self, roots: Sequence[Element | None]) -> None:
        self._styles: dict[tuple[str, str], _Style] = {}
        # The list styles numbering their first level in decimal: the text before and after the number, and
        # the first number.
        self.decimal_lists: dict[str, tuple[str, str, int]] = {}
        for root in roots:
            if root is None:
                continue
            for group in (f"{_OFFICE}styles", f"{_OFFICE}automatic-styles"):
                for list_style in root.iterfind(f"{group}/{_TEXT}list-style"):
                    name = list_style.get(f"{_STYLE}name")
                    first = next(
                        (
                            level
                            for level in list_style.iterfind(f"{_TEXT}list-level-style-number")
                            if level.get(f"{_TEXT}level") == "1"
                        ),
                        None,
                    )
                    start = first.get(f"{_TEXT}start-value", "1") if first is not None else ""
                    if (
                        name
                        and first is not None
                        and first.get(f"{_STYLE}num-format") == "1"
                        and first.get(f"{_TEXT}display-levels", "1") == "1"
                        and start.isdigit()
                        and len(start) < 5
                    ):
                        self.decimal_lists.setdefault(
                            name,
                            (
                                first.get(f"{_STYLE}num-prefix", ""),
                                first.get(f"{_STYLE}num-suffix", ""),
                                int(start),
                            ),
                        )
                for style in root.iterfind(f"{group}/{_STYLE}style"):
                    name = style.get(f"{_STYLE}name")
                    if not name:
                        continue
                    display = position = None
                    for properties in style.iterfind(f"{_STYLE}text-properties"):
                        display = properties.get(f"{_TEXT}display", display)
                        position = properties.get(f"{_STYLE}text-position", position)
                    margin, layout = _layout(style.find(f"{_STYLE}paragraph-properties"))
                    shown_name = str(style.get(f"{_STYLE}display-name") or name.replace("_20_", " "))
                    key = (str(style.get(f"{_STYLE}family", "")), name)
                    self._styles.setdefault(
                        key,
                        _Style(
                            style.get(f"{_STYLE}parent-style-name"),
                            None if display is None else display == "none",
                            None if position is None else _raised(position),
                            (style_key(name), style_key(shown_name)),
                            margin,
                            layout,
                        ),
                    )

    def _chain(self, family: str, name: str | None) -> Iterator[tuple[str, _Style | None]]:
        """The style named and those it inherits from, each with its definition (None where the document
        defines none: a built-in style a writer leaves out of styles.xml is still named)."""
        seen: set[str] = set()
        while name and name not in seen and len(seen) < _MAX_STYLE_DEPTH:
            seen.add(name)
            style = self._styles.get((family, name))
            yield name, style
            if style is None:
                return
            name = style.parent

    def hides(self, family: str, name: str | None) -> bool:
        stated = (
            style.hidden for _, style in self._chain(family, name) if style and style.hidden is not None
        )
        return next(stated, False)

    def raises(self, name: str | None) -> bool:
        """Whether a text style sets its text as superscript, as a note's mark is set."""
        stated = (
            style.raised for _, style in self._chain("text", name) if style and style.raised is not None
        )
        return next(stated, False)

    def indent(self, name: str | None) -> int | None:
        """A paragraph style's left margin in twips, None where it sets its lines as no quotation is."""
        chain = [style for _, style in self._chain("paragraph", name) if style]
        if next((style.not_quote_layout for style in chain if style.not_quote_layout is not None), False):
            return None
        return next((style.margin for style in chain if style.margin is not None), 0)

    def not_quote_style(self, name: str | None) -> bool:
        """Whether a paragraph style is a list's, a heading's or another of `docx.NOT_QUOTE_STYLES`."""
        return any(
            key.startswith(NOT_QUOTE_STYLES)
            for named, style in self._chain("paragraph", name)
            for key in (style.names if style else (style_key(named.replace("_20_", " ")),))
        )

    def quotes(self, name: str | None) -> bool:
        return any(
            key in QUOTE_STYLE_NAMES
            for named, style in self._chain("paragraph", name)
            for key in (style.names if style else (style_key(named.replace("_20_", " ")),))
        )


_LENGTH = re.compile(r"(-?\d{1,9}(?:\.\d{1,9})?)(in|cm|mm|pt|pc|px)")
_TWIPS_PER = {"in": 1440.0, "cm": 1440 / 2.54, "mm": 144 / 2.54, "pt": 20.0, "pc": 240.0, "px": 15.0}
_NOT_QUOTE_ALIGNMENTS = frozenset({"center", "end", "right"})


def _twips(length: str | None) -> int | None:
    """An ODF length (`0.7874in`, `2cm`, `36pt`) in twips; None for none or a relative one (`10%`)."""
    match = _LENGTH.fullmatch((length or "").strip())
    return round(float(match[1]) * _TWIPS_PER[match[2]]) if match else None


def _layout(properties: Element | None) -> tuple[int | None, bool | None]:
    """A paragraph style's own left margin in twips and whether it sets its lines as no quotation is."""
    if properties is None:
        return None, None
    margin = _twips(properties.get(f"{_FO}margin-left"))
    first_line = _twips(properties.get(f"{_FO}text-indent"))
    align = properties.get(f"{_FO}text-align")
    not_quote = None
    if align is not None or first_line is not None:
        not_quote = align in _NOT_QUOTE_ALIGNMENTS or (first_line or 0) < 0
    return margin, not_quote


def _raised(position: str) -> bool:
    """`style:text-position` (`super 58%`, `33% 58%`, `sub`, `0% 100%`) raises the text."""
    first = position.split()[0] if position.split() else ""
    if first == "super":
        return True
    try:
        return float(first.removesuffix("%")) > 0
    except ValueError:
        return False


def _hidden_field(element: Element) -> bool:
    """Whether a `text:hidden-text` or `text:hidden-paragraph` field hides: by the value its writer evaluated
    (`text:is-hidden`), or by a condition that always holds where it states none."""
    stated = element.get(f"{_TEXT}is-hidden")
    if stated is not None:
        return stated == "true"
    condition = str(element.get(f"{_TEXT}condition", "")).rpartition(":")[2].strip().lower()
    return condition in _ALWAYS


@dataclass
class _Paragraph:
    walked: WalkedParagraph = field(default_factory=WalkedParagraph)
    notes: list[Element] = field(default_factory=list)  # the notes it cites, in order
    # Where in `walked.text` digits set in superscript stand (`claim.¹` typed as a raised 1), with those
    # digits as superscript characters: the marks of notes typed by hand, for the plain-text rules.
    raised_digits: dict[int, str] = field(default_factory=dict)


def _walk(paragraph: Element, styles: _Styles, line_break: str = " ") -> _Paragraph:
    """A paragraph's text (`MARK` at each note), its notes, its links, in reading order without recursion;
    nested paragraphs (frames, text boxes) are left to the caller. A hidden paragraph is read as empty.
    `line_break`: what a `text:line-break` is in the text (a space; in a note, `_LINE_BREAK`, which a
    `text:tab` is there too)."""
    read = _Paragraph()
    if styles.hides("paragraph", paragraph.get(f"{_TEXT}style-name")):
        return read
    walked = read.walked
    # The outermost open link: its shown text so far and its target (see `docx._walk` on nested links).
    shown: list[str] | None = None
    shown_from = 0  # where in `walked.text` its text starts
    target: str | None = None
    open_bookmarks: dict[str, None] = {}  # the bookmarks open here: each names the next note
    raised = 0  # how many superscript spans are open
    # How deep in `field:fieldmark-start`s the walk is, the depth of the one that is a cross-reference to a
    # note (Word's `NOTEREF` set as a note's mark; 0: none) and the number it shows.
    fieldmark_depth = cross_reference_depth = 0
    shown_number: list[str] = []
    pending: list[Element | str | None] = list(reversed(_children(paragraph)))  # None: the link's end
    while pending:
        item = pending.pop()
        if item is _RAISED_END:
            raised -= 1
            continue
        if isinstance(item, str) and cross_reference_depth:
            shown_number.append(item)  # the number a cross-reference shows: not prose
            continue
        if item is None:
            text = "".join(shown or ())
            if target is not None and text.strip():
                # A link nothing of which is shown (every word hidden) is no link of the text as it reads.
                walked.links.append(target)
                walked.link_starts.append(shown_from)
                compare_shown_text(text, {target: None}, walked)
            shown, target = None, None
            continue
        if isinstance(item, str):
            if raised and DIGIT_MARKS.fullmatch(item):
                read.raised_digits[len(walked.text)] = item.translate(SUPERSCRIPT_DIGITS)
            walked.text.append(item)
            if shown is not None:
                shown.append(item)
            continue
        tag = item.tag
        if tag in _PARAGRAPHS or tag in _NOT_READ:
            continue
        if tag in _SPACES:
            breaks_line = tag in _NOTE_LINE_BREAKS if line_break != " " else tag == f"{_TEXT}line-break"
            walked.text.append(line_break if breaks_line else "\t" if tag == f"{_TEXT}tab" else " ")
            if shown is not None:
                shown.append(" ")
        elif tag == _NOTE:
            citation = item.find(f"{_TEXT}note-citation")
            shown_mark = "" if citation is None else "".join(citation.itertext())
            label = shown_mark if citation is None else str(citation.get(f"{_TEXT}label") or shown_mark)
            kind = "endnote" if item.get(f"{_TEXT}note-class") == "endnote" else "footnote"
            key = str(id(item))
            walked.references.append((kind, key, collapse_whitespace(label) or None))
            walked.text.append(MARK)
            read.notes.append(item)
            for name in (*open_bookmarks, _NOTE_ID + str(item.get(f"{_TEXT}id"))):
                walked.bookmarks.setdefault(name, (kind, key))
            open_bookmarks.clear()  # a bookmark names the first note it holds
        elif tag in (f"{_TEXT}bookmark-start", f"{_TEXT}bookmark"):
            open_bookmarks[str(item.get(f"{_TEXT}name"))] = None
        elif tag == f"{_TEXT}bookmark-end":
            open_bookmarks.pop(str(item.get(f"{_TEXT}name")), None)
        elif tag == f"{_TEXT}note-ref" and raised and item.get(f"{_TEXT}reference-format") in _NOTE_NUMBER:
            # Writer's cross-reference to a note set as a note's mark: it cites that note again.
            _cite_again(walked, _NOTE_ID + str(item.get(f"{_TEXT}ref-name")), "".join(item.itertext()))
        elif tag == f"{_FIELD}fieldmark-start":
            code = next(
                (
                    str(param.get(f"{_FIELD}value", ""))
                    for param in item.iterfind(f"{_FIELD}param")
                    if param.get(f"{_FIELD}name") == "vnd.oasis.opendocument.field.code"
                ),
                "",
            )
            match = NOTEREF_FIELD.match(code)
            cites = match is not None and bool(FORMATTED_AS_NOTE_REFERENCE.search(code, match.end()))
            fieldmark_depth += 1
            if match is not None and cites and not cross_reference_depth:
                _cite_again(walked, match.group("bookmark"), "")
                shown_number, cross_reference_depth = [], fieldmark_depth
        elif tag == f"{_FIELD}fieldmark-end" and fieldmark_depth:
            if cross_reference_depth == fieldmark_depth:
                end_cross_reference("".join(shown_number), walked)
                cross_reference_depth = 0
            fieldmark_depth -= 1
        elif tag == f"{_TEXT}hidden-paragraph":
            if _hidden_field(item):
                return _Paragraph()
        elif tag == f"{_TEXT}hidden-text":
            if not _hidden_field(item):
                pending.append(str(item.get(f"{_TEXT}string-value", "")))
        elif tag == f"{_TEXT}span" and styles.hides("text", item.get(f"{_TEXT}style-name")):
            continue  # hidden words (a note to self): read, a hidden “…” was a quote to compare
        elif tag == f"{_TEXT}span" and styles.raises(item.get(f"{_TEXT}style-name")):
            raised += 1
            pending.append(_RAISED_END)
            pending.extend(reversed(_children(item)))
        elif tag == _LINK and shown is None:
            href = str(item.get(f"{_XLINK}href", "")).strip()
            target = href if is_http_url(href) else None
            shown, shown_from = [], len(walked.text)
            pending.append(None)
            pending.extend(reversed(_children(item)))
        else:
            pending.extend(reversed(_children(item)))
    if cross_reference_depth:  # a cross-reference's field left open (never by Writer): its number is not lost
        walked.text.append("".join(shown_number))
    return read


# Digits set in superscript as a note's mark is (`1`, `1,2`, `3-5`), and those digits as Unicode sets them.
# The end of a superscript span, in `_walk`'s pending items.
_RAISED_END = Element("raised-end")
# Each note's `text:id`, among the bookmarks a cross-reference names (no bookmark's name holds a NUL).
_NOTE_ID = "\0"
# The formats of a `text:note-ref` that show the note's number (not its page, chapter or direction).
_NOTE_NUMBER = frozenset({None, "text", "number", "number-no-superior", "number-all-superior"})


def _cite_again(walked: WalkedParagraph, bookmark: str, shown_number: str) -> None:
    """A cross-reference to the note `bookmark` names, as `docx._cross_reference` records one: a mark in its
    place, matched to that note once every paragraph is read (`docx.resolve_cross_references`)."""
    walked.cross_references.append((len(walked.references), bookmark, len(walked.text), shown_number))
    walked.references.append(("", "", None))
    walked.text.append(MARK)


def _shown_list_numbers(root: Element, styles: _Styles) -> dict[int, str]:
    """The number (and a space) each paragraph opening an item of a list numbered in decimal shows (`1. `),
    by the paragraph's `id`: its numbers are in no paragraph's text, and a Sources list numbered so under
    notes typed by hand read as no notes. Only a list's first level, where its numbers are told for sure: a
    list that goes on from another (`text:continue-numbering`, `text:continue-list`) is not numbered. A
    numbered item's other paragraphs (a nested list's too) are set in, going on with its note."""
    shown: dict[int, str] = {}
    pending: list[tuple[Element, bool]] = [(child, False) for child in reversed(root)]
    while pending:
        element, in_list = pending.pop()
        if element.tag == _NOTE or element.tag in _NOT_READ:
            continue
        if element.tag == f"{_TEXT}list" and not in_list:
            _number_items(element, styles, shown)
        nested = in_list or element.tag == f"{_TEXT}list"
        pending.extend((child, nested) for child in reversed(element))
    return shown


def _number_items(listed: Element, styles: _Styles, shown: dict[int, str]) -> None:
    numbering = styles.decimal_lists.get(listed.get(f"{_TEXT}style-name") or "")
    goes_on = listed.get(f"{_TEXT}continue-numbering") == "true" or listed.get(f"{_TEXT}continue-list")
    if numbering is None or goes_on:
        return
    prefix, suffix, number = numbering
    for item in listed.iterfind(f"{_TEXT}list-item"):
        restart = item.get(f"{_TEXT}start-value") or ""
        if restart.isdigit() and len(restart) < 5:
            number = int(restart)
        first = next(iter(item), None)
        if first is not None and first.tag in _PARAGRAPHS:
            shown[id(first)] = f"{prefix}{number}{suffix} "
            # The item's other paragraphs, its nested list's among them (`1. Rybar, …` then `◦ archived: …`),
            # set in under its number as Writer shows them: read as paragraphs of their own, they ended the
            # notes (the next note lost, its links `sources-beside-notes`). Set in, they go on with the note.
            for paragraph in item.iter():
                if paragraph.tag in _PARAGRAPHS and paragraph is not first:
                    shown[id(paragraph)] = _SET_IN_UNDER_ITS_NUMBER
        number += 1


# What an item's paragraph after its first is read after: set in, as a line going on with its note in text.
_SET_IN_UNDER_ITS_NUMBER = "    "


def _typed_text(read: _Paragraph) -> str:
    """A paragraph's text for the plain-text rules: its raised digits as superscript ones, a tab between
    words kept (they part a typed note's fields as in a note's text), any other a space."""
    text = "".join(read.raised_digits.get(at, piece) for at, piece in enumerate(read.walked.text))
    if "\t" not in text:
        return without_marks(text)
    return without_marks(_TAB_BETWEEN_WORDS.sub(_KEPT_TAB, text)).replace(_KEPT_TAB, "\t")


def _children(element: Element) -> list[Element | str]:
    """An element's content in order: its text, then each child followed by the text after it."""
    content: list[Element | str] = [element.text] if element.text else []
    for child in element:
        content.append(child)
        if child.tail:
            content.append(child.tail)
    return content


def _paragraphs_and_rows(root: Element, styles: _Styles) -> Iterator[tuple[Element, Element | None, bool]]:
    """Every paragraph and heading in document order, nested ones (tables, frames, text boxes) included,
    without recursion, each with the table row it stands in (the innermost), if any, and whether it is in a
    list; not those in notes (read as notes), deleted text, comments, or a hidden section."""
    pending: list[tuple[Element, Element | None, bool]] = [
        (element, None, False) for element in reversed(root)
    ]
    while pending:
        element, row, in_list = pending.pop()
        tag = element.tag
        if tag in _PARAGRAPHS:
            yield element, row, in_list
        elif tag == _NOTE or tag in _NOT_READ or _hidden_section(element, styles):
            continue
        row = element if tag == f"{_TABLE}table-row" else row
        in_list = in_list or tag == f"{_TEXT}list"
        pending.extend((child, row, in_list) for child in reversed(element))


def _hidden_section(element: Element, styles: _Styles) -> bool:
    if element.tag != f"{_TEXT}section":
        return False
    display = element.get(f"{_TEXT}display")
    return (
        display == "none"
        or (display == "condition" and _hidden_field(element))
        or styles.hides("section", element.get(f"{_TEXT}style-name"))
    )


def body_paragraphs(data: bytes, name: str) -> list[tuple[int, int, str]]:
    """The body's paragraphs as `(number, number, text)`, numbered from 1 as the reader numbers a passage's
    paragraph (its `line`: every `text:p` and `text:h`, in tables, frames and text boxes too): what
    `provenance locate` reads before a citing passage that names its speaker by a pronoun only. A hidden
    paragraph is empty; one in a quotation's style (Writer's "Quotations") is given in quote marks (a
    quotation, not the report's telling), as `docx.body_paragraphs` gives Word's."""
    if data.startswith(b"PK"):
        content, styles_part = _zipped_parts(data, name)
    else:
        content = styles_part = _flat_document(data, name)
    styles = _Styles((content, styles_part))
    body = content.find(f"{_OFFICE}body/{_OFFICE}text")
    root = body if body is not None else content
    found: list[tuple[int, int, str]] = []
    for number, (paragraph, _, _) in enumerate(_paragraphs_and_rows(root, styles), 1):
        text = "".join(_walk(paragraph, styles).walked.text).replace(MARK, "")
        quoted = styles.quotes(paragraph.get(f"{_TEXT}style-name"))
        found.append((number, number, f"\u201c{text}\u201d" if quoted and text.strip() else text))
    return found


def read_odt_parts(content: Element, styles: _Styles) -> ReadResult:
    body = content.find(f"{_OFFICE}body/{_OFFICE}text")
    root = body if body is not None else content
    paragraphs: list[Element] = []
    rows: list[Element | None] = []
    in_lists: list[bool] = []
    read_paragraphs: list[_Paragraph] = []
    references = 0
    for paragraph, row, in_list in _paragraphs_and_rows(root, styles):
        read = _walk(paragraph, styles)
        # Notes and cross-references to them: each becomes a marker with its paragraph's context.
        references += len(read.walked.references)
        if references > MAX_NOTE_REFERENCES:
            raise _TooManyReferences
        paragraphs.append(paragraph)
        rows.append(row)
        in_lists.append(in_list)
        read_paragraphs.append(read)
    walked_paragraphs = [read.walked for read in read_paragraphs]
    # Each paragraph's own notes, before its cross-references are made references to notes too.
    own_notes = [
        [reference for reference in walked.references if reference[1]] for walked in walked_paragraphs
    ]
    resolve_cross_references(walked_paragraphs)  # one naming no note is the number it shows
    if not any(read.notes for read in read_paragraphs):
        # Notes typed by hand: their marks in the body are often digits set in superscript, which Unicode's
        # superscript digits stand for here. Read as the digits they are, `said “we left”.1` cited nothing:
        # without notes the report had "nothing to verify", and with a Sources list its notes had no claim.
        numbers = _shown_list_numbers(root, styles)
        return typed_notes(
            [
                numbers.get(id(paragraph), "") + _typed_text(read)
                for paragraph, read in zip(paragraphs, read_paragraphs, strict=True)
            ],
            [read.walked.links for read in read_paragraphs],
        )
    # Each note, read where it stands; the label is its mark as shown (numbered as Writer numbers notes
    # where a crafted one shows none). A mark shown again by a later note (numbering restarted for each
    # chapter or page, one custom `*` for several notes) is that note's all the same, set apart by how many
    # notes showed it before (`1 (2)`): one label for two notes made them one, the later one never checked.
    counters = {"footnote": 0, "endnote": 0}
    labels: dict[str, str] = {}
    shown_before: Counter[str] = Counter()
    used: set[str] = set()
    notes: list[NoteDraft] = []
    for number, (read, own) in enumerate(zip(read_paragraphs, own_notes, strict=True), start=1):
        for (kind, key, shown_label), element in zip(own, read.notes, strict=True):
            counters[kind] += 1
            mark = shown_label or str(counters[kind])
            label = mark
            while label in used:  # a few times at most: only a custom mark can look like `1 (2)`
                shown_before[mark] += 1
                label = f"{mark} ({shown_before[mark] + 1})"
            used.add(label)
            labels[key] = label
            notes.append(_note(element, label, number, kind, styles))
    style_names = [paragraph.get(f"{_TEXT}style-name") for paragraph in paragraphs]
    set_in = set_in_by_indent(
        [
            None if in_list or paragraph.tag != f"{_TEXT}p" else styles.indent(name)
            for paragraph, name, in_list in zip(paragraphs, style_names, in_lists, strict=True)
        ],
        [styles.not_quote_style(name) for name in style_names],
        [row is not None for row in rows],
        walked_paragraphs,
    )
    quoted = [by_indent or styles.quotes(name) for by_indent, name in zip(set_in, style_names, strict=True)]
    placed = placements(walked_paragraphs, quoted)
    cite_rows(walked_paragraphs, rows, placed)
    markers = [
        MarkerDraft(label=labels[key], line=number, paragraph=draft, mark=mark)
        for number, walked in enumerate(walked_paragraphs, start=1)
        for (_, key, _), (draft, mark) in zip(walked.references, placed[number - 1], strict=True)
    ]
    return assemble_footnotes(notes, markers)


def _note(element: Element, label: str, paragraph: int, kind: str, styles: _Styles) -> NoteDraft:
    texts: list[str] = []
    found: list[FoundUrl] = []
    written: list[str] = []
    in_order: list[str] = []
    misleading: list[tuple[str, str]] = []
    body = element.find(f"{_TEXT}note-body")
    for paragraph_element, _, _ in _paragraphs_and_rows(body, styles) if body is not None else ():
        walked = _walk(paragraph_element, styles, _LINE_BREAK).walked
        read = without_invisible_characters(without_marks("".join(walked.text)))
        text = collapse_note_lines(read, _LINE_BREAK)
        written_out = list(iter_urls(text)) if text else []
        if text:
            texts.append(text)
            found.extend(written_out)
        written.extend(walked.links)
        in_order.extend(links_in_reading_order(walked, written_out, _LINE_BREAK))
        misleading.extend(walked.misleading_links)
    return NoteDraft(
        label=label,
        text="\n\n".join(texts),
        line=paragraph,
        urls=without_links_shown_without_scheme(in_order, found, written),
        schemes_added=schemes_added(found, written),
        location=f"{kind} {label}, cited in paragraph {paragraph}",
        misleading_links=tuple(misleading),
    )
