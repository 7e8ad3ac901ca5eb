"""HTML reports: notes are the elements that `<a href="#id">` markers in the body point to.

Covers the shapes Pandoc, Wikipedia and news sites produce: a marker is a fragment link that looks like one
(inside `<sup>`, a noteref role or class, or text such as `1` / `[1]`), and its target (`li`, `p`, ...) is the
note; a target that only marks a place (a named anchor, an empty element, a word processor's or Substack's
anchor linking back to the marker) stands for the note that holds it. Notes nobody points to are found
beside the referenced ones (same list, same element name, an `id`) and by the `doc-endnote` / `doc-footnote`
roles. With no linked notes, unlinked `<sup>1</sup>` markers cite a numbered list after them (`<ol>`, or
paragraphs opening `1.`, `[1]`, `Note 1:`, `¹`), and so do `[1]` and `¹` markers typed in the text where a
notes heading has such a list under it, or with no heading `[1]` markers where the last paragraphs open
`[1]`, `[2]`, … (`_bracket_markers_as_superscripts`). What a note or a citing
paragraph hides in place (`hidden`, an inline `display: none`) or keeps for screen readers only (`sr-only`, a
font of no size, a clip to nothing) is no part of its text or links (but for a marker it holds), nor is a
link showing nothing (no word, no picture).
A page of no notes read whose notes heading has links under it is `markers-without-notes`, one with links
in its body only `links-without-notes` (`_citing_without_notes`); one of notes read whose notes heading has
more links under it in bulleted items, in no note, says so (`sources-beside-notes`, `_sources_beside_notes`).

The report is parsed as a browser parses it (Lexbor's HTML5 tree building: a `<div>` ends an open `<p>`,
stray table text moves before its table, `<html>` and `<body>` are added). Lexbor keeps no positions in the
markup, so each start tag is given its line as an attribute before the markup is parsed
(`_with_start_tag_lines`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import islice
from urllib.parse import parse_qs, unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from provenance.digits import is_ascii_number
from provenance.html_nesting import TagReader, TooDeeplyNested
from provenance.models import Finding, ReportFormat
from provenance.readers.assembly import (
    ATTRIBUTION_DASHES,
    CODE_END,
    CODE_START,
    MARK,
    MAX_ENTRIES,
    MAX_FOOTNOTES,
    PASSAGE_END,
    PASSAGE_START,
    RAISED_NOT_A_POWER,
    MarkerDraft,
    NoteDraft,
    ParagraphDraft,
    ReportTooLong,
    assemble_footnotes,
    chapters_numbered_on,
    collapse_note_lines,
    collapse_whitespace,
    lead_in_draft,
    links_counted,
    links_without_notes_at,
    markers_without_footnotes,
    markers_without_notes_at,
    refuse_too_many,
    sources_beside_notes_at,
    sources_without_notes_at,
    without_links_shown_without_scheme,
)
from provenance.readers.decoding import declared_html_encoding, decode_text
from provenance.readers.interface import ReadResult, ReportReader
from provenance.urls import (
    FoundUrl,
    is_http_url,
    iter_urls,
    schemes_added,
    shown_link_differs,
    without_invisible_characters,
)

_HIDDEN = ["script", "style", "template", "noscript"]
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt", "figcaption"),
        *("figure", "footer", "header", "li", "main", "nav", "ol", "p", "pre", "section", "table"),
        *("td", "th", "tr", "ul", "details", "summary"),
        *_HEADINGS,
    }
)
_CONTEXT_BLOCKS = ("p", "li", "blockquote", "td", "th", "dd", "dt", "figcaption", "div")
# Fragment targets that are document structure, not notes: a link to them is navigation.
_STRUCTURE = frozenset(
    {"article", "body", "footer", "header", "html", "main", "nav", "section", "table", *_HEADINGS}
)
_BACKLINK_CLASSES = frozenset({"footnote-back", "footnote-backref", "footnote-return", "reversefootnote"})
_NOTEREF_CLASS = re.compile(r"footnote-?ref|noteref|^reference$", re.IGNORECASE)
_NOTE_ROLES = frozenset({"doc-endnote", "doc-footnote"})
# `1`, `[1]`, and Word's endnote numbers `[i]`, `[iv]`.
_MARKER_TEXT = re.compile(r"^\[?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*\]?$")
# Word processors link both ways between a marker and its note and tell them apart by id: the marker's is
# `ftnt_ref1` (Google Docs "Download as HTML") or `_ftnref1` / `_ednref1` (Word "Save as Web Page"), the
# note's `ftnt1` / `_ftn1` / `_edn1`. A link to a marker-side id is a backlink; a note-side id names a note.
# Substack does the same: the marker is `<a id="footnote-anchor-1" href="#footnote-1">`, and its target the
# note's own number, `<a id="footnote-1" href="#footnote-anchor-1">`, opening the note's `<div>`. So does
# LibreOffice ("Save as HTML"), by name: the marker `<a name="sdfootnote1anc" href="#sdfootnote1sym">`, the
# note's `<a name="sdfootnote1sym" href="#sdfootnote1anc">` (`sdendnote…` for endnotes); read as a backlink
# and no note, its report was `markers-without-notes`.
_MARKER_SIDE_ID = re.compile(
    r"^(?:(?:ftnt_ref|_?ftnref|_?ednref|footnote-anchor-)\d+|sd(?:foot|end)note\d+anc)$", re.IGNORECASE
)
_NOTE_SIDE_ID = re.compile(r"^(?:(?:ftnt|_ftn|_edn)\d+|sd(?:foot|end)note\d+sym)$", re.IGNORECASE)
_AFTER_ID_STEM = re.compile(r"[^A-Za-z_].*", re.DOTALL)
# Hand-written notes link back to their marker with an arrow or a caret and no class to say so.
_BACKLINK_TEXT = re.compile(r"^[\s\u21a9\u2191\u2934\ufe0e^]+$")
# A block quote's last line (after a `<br>` or in a block of its own) that starts with one of these names who
# is quoted (`— the mayor`): it is left out of the quoted words (a dash inside a line is not looked at).


# Lexbor keeps no positions in the markup: before it parses, each start tag is given an attribute of this name
# holding its line. The name is a noncharacter, which the report's own markup never keeps (it is replaced, as
# the passage marks are), so no attribute of the report's is taken for it.
_LINE_ATTRIBUTE = "\ufdd2"
# Where a `<br>` ends a line of a note: the note's text keeps it as a line break (`Two Majors<br>Telegram, 21
# January 2022<br>https://…` is three parts). Read as a space, the name ran on into `Two Majors Telegram`,
# which names no one, and the URL's channel stood for the author: another channel's post passed.
_LINE_BREAK = "\ufdd5"
# The attribute as written into a start tag: were `_with_start_tag_lines` to take text for a tag (markup
# Lexbor reads as text), it is taken out of the text again.
_WRITTEN_LINE = re.compile(' \ufdd2="[0-9]*"')
# The noncharacters readers give a meaning (`MARK`, the passage edges, the line attribute's name): in a
# report's text they are unknown characters.
_OWN_CHARACTERS = re.compile(
    f"[{MARK}{PASSAGE_START}{PASSAGE_END}{CODE_START}{CODE_END}{_LINE_ATTRIBUTE}{_LINE_BREAK}]"
)
# The elements whose line a footnote may report: links (markers), the blocks an old-style named anchor's note
# can be, and any element with an `id` or a `role` (a link's target, a role-marked note). Only these are given
# their line: Lexbor holds an attribute in about 280 bytes, a third of a tree of spans and links.
_MAY_REPORT_A_LINE = frozenset({"a", "sup", *_CONTEXT_BLOCKS})
_ID_OR_ROLE = re.compile("id|role", re.IGNORECASE)
# The text read of a label, a backlink or a link's shown text: no label is this long.
_MAX_LABEL_TEXT = 1_000
_MAX_SHOWN_TEXT = 600  # the start of a link's text is enough to tell it from its target
# How far into a note its word processor's anchor is looked for (it opens the note: `<div><p><a …>`).
_WRITTEN_LABEL_ELEMENTS = 32


class _PassageEnd:
    """Where `_gather` closes the quoted passage of a `<q>` it opened."""


_PASSAGE_END_HERE = _PassageEnd()


class _CodeEnd:
    """Where `_gather` closes the code of a `<code>`, `<kbd>`, `<samp>` or `<pre>` it opened."""


_CODE_END_HERE = _CodeEnd()
# Elements whose text is code, typed keys or a program's output: their quote marks quote no source (`Press
# <kbd>"Enter"</kbd>`, `<code>“not a quote”</code>` in a config), their words are read as written.
_CODE_ELEMENTS = frozenset({"code", "kbd", "samp", "pre"})


@dataclass(frozen=True)
class _Marker:
    anchor: LexborNode
    label: str
    note: LexborNode | None


class _NearestAncestor:
    """The nearest proper ancestor that matches, remembered for every element on the way up, so each element
    is climbed past once: for n markers nested n deep, walking up from each afresh is quadratic.

    Elements are told apart by `mem_id`: Lexbor makes a new Python object for a node at each access, and
    its `==` compares serialized markup (two empty `<li>` are equal).
    """

    def __init__(self, matches: Callable[[LexborNode], bool]) -> None:
        self._matches = matches
        self._memo: dict[int, LexborNode | None] = {}  # element mem_id -> nearest matching ancestor-or-self

    def __call__(self, element: LexborNode) -> LexborNode | None:
        climbed: list[int] = []
        node = element.parent
        found: LexborNode | None = None
        while node is not None and node.is_element_node:
            key = node.mem_id
            if key in self._memo:
                found = self._memo[key]
                break
            if self._matches(node):
                found = node
                break
            climbed.append(key)
            node = node.parent
        for passed in climbed:
            self._memo[passed] = found
        if found is not None:
            self._memo[found.mem_id] = found
        return found


@dataclass(frozen=True)
class _Ancestry:
    """Per document: the nearest `<sup>`, Wikipedia backlink box, block and context block of an element."""

    sup: _NearestAncestor = field(default_factory=lambda: _NearestAncestor(lambda tag: tag.tag == "sup"))
    backlink_box: _NearestAncestor = field(
        default_factory=lambda: _NearestAncestor(lambda tag: "mw-cite-backlink" in _classes(tag))
    )
    block: _NearestAncestor = field(
        default_factory=lambda: _NearestAncestor(lambda tag: tag.tag in _BLOCKS and tag.tag != "body")
    )
    context_block: _NearestAncestor = field(
        default_factory=lambda: _NearestAncestor(lambda tag: tag.tag in _CONTEXT_BLOCKS)
    )
    block_quote: _NearestAncestor = field(
        default_factory=lambda: _NearestAncestor(lambda tag: tag.tag == "blockquote")
    )
    _outermost_quotes: dict[int, LexborNode] = field(default_factory=dict)

    def outermost_block_quote(self, element: LexborNode) -> LexborNode | None:
        """The outermost `<blockquote>` around `element`. Each block quote's is remembered, so markers in
        block quotes nested n deep cost linear time."""
        climbed: list[LexborNode] = []
        quote = self.block_quote(element)
        while quote is not None and quote.mem_id not in self._outermost_quotes:
            climbed.append(quote)
            quote = self.block_quote(quote)
        if quote is not None:
            outermost: LexborNode | None = self._outermost_quotes[quote.mem_id]
        else:
            outermost = climbed[-1] if climbed else None
        if outermost is not None:
            for passed in climbed:
                self._outermost_quotes[passed.mem_id] = outermost
        return outermost


@dataclass
class _Text:
    """Text gathered from an element: paragraphs split at block elements, and URLs in document order.

    A paragraph's written-out URLs are found in its whole text, once it ends (`break_paragraph`): one
    written over inline elements (`https://t.me/<wbr>rybar/123`, Word's and Google Docs' `<span>`s within
    it) was read as `https://t.me/` in the first element, the channel's home page given as the note's link.
    Each link stands among them where its text starts."""

    paragraphs: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    misleading_links: list[tuple[str, str]] = field(default_factory=list)
    found: list[FoundUrl] = field(default_factory=list)
    marks: list[int] = field(default_factory=list)
    passages: bool = False  # whether the text holds `PASSAGE_START` / `PASSAGE_END`
    code: bool = False  # whether the text holds `CODE_START` / `CODE_END`
    _current: list[str] = field(default_factory=list)
    _current_size: int = 0  # the characters in `_current`
    _current_links: list[tuple[int, str]] = field(default_factory=list)  # where in the paragraph, target

    def add(self, text: str) -> None:
        self._current.append(text)
        self._current_size += len(text)

    def add_link(self, href: str) -> None:
        self.links.append(href)
        self._current_links.append((self._current_size, href))

    def add_mark(self, box: LexborNode) -> None:
        """A marker's place: `MARK` in the text, and which marker box it was."""
        self.add(MARK)
        self.marks.append(box.mem_id)

    def add_passage_edge(self, edge: str) -> None:
        self.add(edge)
        self.passages = True

    def add_code_edge(self, edge: str) -> None:
        self.add(edge)
        self.code = True

    def break_line(self) -> None:
        """A note's `<br>`: its paragraph goes on, on a line of its own."""
        self.add(_LINE_BREAK)

    def break_paragraph(self) -> None:
        written = "".join(self._current)
        self._take_urls(written)
        paragraph = collapse_note_lines(written, _LINE_BREAK)
        if paragraph.strip(CODE_START + CODE_END):  # an empty `<pre>` is no line
            self.paragraphs.append(paragraph)
        self._current, self._current_size, self._current_links = [], 0, []

    def _take_urls(self, written: str) -> None:
        """The paragraph's links and written-out URLs, in the order they stand (a link before the URL its
        text writes out). The marks readers give a meaning end a URL as a space does."""
        found = list(iter_urls(_OWN_CHARACTERS.sub(" ", written))) if written else []
        self.found.extend(found)
        links = iter(self._current_links)
        link = next(links, None)
        for item in found:
            while link is not None and link[0] <= item.offset:
                self.urls.append(link[1])
                link = next(links, None)
            self.urls.append(item.url)
        while link is not None:
            self.urls.append(link[1])
            link = next(links, None)


class HtmlReader(ReportReader):
    format = ReportFormat.HTML
    suffixes = (".html", ".htm", ".xhtml")

    def read(self, data: bytes, name: str) -> ReadResult:
        return read_html(decode_text(data, name, declared_html_encoding(data)))

    def prose(self, text: str) -> str:
        # A `*` in markup is a stylesheet's or a script's (` * Theme URI: https://…` in a comment), not a
        # note's symbol (`assembly._symbol_marker`).
        return text.replace("*", " ")


def read_html(text: str) -> ReadResult:
    # The characters that mark quoted passages in a paragraph (assembly.py) and lines in the markup are
    # unknown characters here.
    for own in (PASSAGE_START, PASSAGE_END, CODE_START, CODE_END, _LINE_ATTRIBUTE):
        text = text.replace(own, "\ufffd")
    tree = LexborHTMLParser(_with_start_tag_lines(text))
    del text
    tree.strip_tags(_HIDDEN)
    targets = _fragment_targets(tree)
    ancestry = _Ancestry()
    markers = [
        marker for anchor in tree.css("a[href]") if (marker := _marker(anchor, targets, ancestry)) is not None
    ]
    del targets
    marker_boxes = {(box := _marker_box(marker.anchor, ancestry)).mem_id: box for marker in markers}
    notes = _notes(tree, [marker.note for marker in markers if marker.note is not None], ancestry)
    if not markers and not notes:
        # No linked notes: a news site's or a CMS's `<sup>1</sup>` markers, cited from a numbered list, or its
        # `[1]` markers typed in the text (made superscripts first).
        body = tree.body
        page = _superscript_page(body, ancestry) if body is not None else _SuperscriptPage()
        bracketed = _bracket_markers_as_superscripts(tree, page, ancestry)
        # The tree changed where `[1]` markers were made superscripts: read again, else as read.
        return _read_superscript_notes(tree, ancestry, bracketed, None if bracketed else page)
    labels = _note_labels(notes, markers)
    note_ids = {note.mem_id for note in notes}
    unlinked, listed = _unlinked_superscripts(tree.body, notes, markers, labels, ancestry)
    for _, sup, _ in unlinked:
        marker_boxes[(box := _marker_box(sup, ancestry)).mem_id] = box
    if listed:
        labels.update((note.mem_id, label) for note, label in listed)
        note_ids.update(note.mem_id for note, _ in listed)
        root = tree.root
        notes = [node for node in (root.traverse() if root is not None else ()) if node.mem_id in note_ids]
    paragraphs = _Paragraphs(tree.body, marker_boxes, _boxes_after_block_quotes(tree, marker_boxes), ancestry)
    marker_drafts = [
        paragraphs.marker_draft(marker, labels[marker.note.mem_id]) for marker in markers if marker.note
    ]
    for _, sup, sup_labels in unlinked:
        draft = paragraphs.marker_draft(_Marker(anchor=sup, label=sup_labels[0], note=None), sup_labels[0])
        marker_drafts.extend(draft._replace(label=label) for label in sup_labels)
        refuse_too_many(len(marker_drafts), MAX_ENTRIES, "footnote markers")
    result = assemble_footnotes(
        [_note_draft(note, labels[note.mem_id], marker_boxes, note_ids, ancestry) for note in notes],
        marker_drafts,
    )
    # A marker whose target is missing is matched by nothing, even when its text equals some note's label.
    orphans = markers_without_footnotes(
        (marker.label or _attribute(marker.anchor, "href"), _line(marker.anchor), None)
        for marker in markers
        if marker.note is None
    )
    beside = _sources_beside_notes(tree.body, note_ids)
    return ReadResult(result.footnotes, (*orphans, *result.findings, *beside))


# The blocks a report's paragraphs are (a `div` holds paragraphs more often than it is one).
_PARAGRAPHS = ("p", "li", "blockquote", "dd", "dt", "figcaption", "td", "th", "pre", *_HEADINGS)


def body_paragraphs(text: str) -> list[tuple[int, int, str]]:
    """The document's paragraphs in order as `(line, line, text)`, the line of each one's start tag (1 where
    none is known: a heading's); a paragraph inside another (`<li><p>`, `<blockquote><p>`) is part of the
    outer one's text, read once; a block quote's text is given in quote marks (a quotation, not the
    report's telling). What `provenance locate` reads before a citing passage that names its
    speaker by a pronoun only."""
    for own in (PASSAGE_START, PASSAGE_END, CODE_START, CODE_END, _LINE_ATTRIBUTE):
        text = text.replace(own, "\ufffd")
    tree = LexborHTMLParser(_with_start_tag_lines(text))
    del text
    tree.strip_tags(_HIDDEN)
    inside: set[int] = set()  # each outer paragraph's nodes: every node is walked at most twice
    found: list[tuple[int, int, str]] = []
    for element in tree.css(", ".join(_PARAGRAPHS)):
        if element.mem_id in inside:
            continue
        strings = []
        for node in element.traverse(include_text=True):
            inside.add(node.mem_id)
            if node.is_text_node:
                strings.append(_text_of(node))
            elif node.tag in _BLOCKS or node.tag == "br":
                strings.append(" ")  # a line or block of its own; inline text runs on (`<a>X</a>,`)
        line, text = _line(element), collapse_whitespace("".join(strings))
        found.append((line, line, f"\u201c{text}\u201d" if element.tag == "blockquote" else text))
    return found


def _sources_beside_notes(
    body: LexborNode | None, note_ids: set[int], paragraph_notes: bool = False
) -> tuple[Finding, ...]:
    """`sources-beside-notes` for a report with notes read whose last notes heading has bulleted items
    (`<ul><li>`) under it (before the next heading), in no note and in no page's navigation, header or
    footer (`_is_page_frame`), linking to web pages that no other link of the page gives and no note's text
    writes out: those links were never checked, and the report passed on its notes alone. Where the notes
    are paragraphs opening with their number (`paragraph_notes`: `<p>[1] …</p>`), a paragraph among them
    that opens with none is such an entry too, as in a text report (`<p>Also reported by WarGonzo:
    https://…</p>` after note 1 was read as no note's, its link never checked). One pass over the body;
    each element is climbed past once (`_NearestAncestor`)."""
    if body is None:
        return ()
    in_note = _NearestAncestor(lambda tag: tag.mem_id in note_ids)
    item = _NearestAncestor(lambda tag: tag.tag == "li")
    paragraph = _NearestAncestor(lambda tag: tag.tag == "p")
    in_page_frame = _NearestAncestor(_is_page_frame)
    headings: list[int] = []
    heading_place, heading, place = -1, "", 0
    listed: list[tuple[int, LexborNode, str]] = []  # each bulleted item's link: its place, element, target
    elsewhere: set[str] = set()  # every other link's target, and the URLs the notes write out
    for place, element in enumerate(body.traverse()):
        name = element.tag
        if element.mem_id in note_ids:
            elsewhere.update(found.url for found in iter_urls(element.text(deep=True)))
        if name in _HEADINGS or name == "p":
            text, complete, _ = _opening(element)
            opening = collapse_whitespace(text)
            heads = complete and _NOTES_HEADING_TEXT.fullmatch(opening) is not None
            if name in _HEADINGS or heads:  # `<p><b>Sources</b></p>` heads the notes as `<h2>` does
                headings.append(place)
            if heads:
                heading_place, heading = place, opening.rstrip(":").strip()
            elif (
                paragraph_notes
                and name == "p"
                and element.mem_id not in note_ids
                and in_note(element) is None
                and in_page_frame(element) is None
            ):
                # A web address written out in such a paragraph, as in a link's.
                listed.extend((place, element, found.url) for found in iter_urls(element.text(deep=True)))
        elif name == "a" and is_http_url(target := (element.attributes.get("href") or "").strip()):
            bullet = item(element)
            parent = bullet.parent if bullet is not None else None
            if (
                (
                    (parent is not None and parent.tag == "ul")
                    or (paragraph_notes and paragraph(element) is not None)
                )
                and in_note(element) is None
                and in_page_frame(element) is None
            ):
                listed.append((place, element, target))
            else:
                elsewhere.add(target)
    if heading_place < 0:
        return ()
    following = bisect.bisect_right(headings, heading_place)
    end = headings[following] if following < len(headings) else place + 1
    beside = [(element, target) for place, element, target in listed if heading_place < place < end]
    elsewhere.update(target for place, _, target in listed if not heading_place < place < end)
    # Each page once, where its first link or written-out address stands.
    unchecked: dict[str, LexborNode] = {}
    for element, target in beside:
        if target not in elsewhere:
            unchecked.setdefault(target, element)
    if not unchecked:
        return ()
    return (sources_beside_notes_at(len(unchecked), heading, _line(next(iter(unchecked.values())))),)


# A site's frame written without its elements: `<div role="contentinfo">`, `<div id="footer">`, `<div
# class="site-footer">`, `<ul class="nav-menu">`. Its links (About, Privacy, Subscribe, the site's accounts)
# are no sources, and after the notes they were said as sources beside them.
_FRAME_ROLES = frozenset({"banner", "contentinfo", "navigation"})
_FRAME_NAME = re.compile(r"(?:^|[-_])(?:footer|nav|navbar|navigation|menu|sidebar)(?:$|[-_])", re.IGNORECASE)


def _is_page_frame(element: LexborNode) -> bool:
    """Whether `element` is a page's navigation, header or footer: by its element, its role, or a word of its
    id or class."""
    if element.tag in ("nav", "header", "footer"):
        return True
    attributes = element.attributes
    if (attributes.get("role") or "").strip().lower() in _FRAME_ROLES:
        return True
    names = [attributes.get("id") or "", *(attributes.get("class") or "").split()]
    return any(_FRAME_NAME.search(name) is not None for name in islice(names, _MAX_FRAME_NAMES))


_MAX_FRAME_NAMES = 16  # a hostile class list of thousands of names is looked at only in its start


def _with_start_tag_lines(markup: str) -> str:
    """`markup` with the line of each start tag that may need it (`_MAY_REPORT_A_LINE`, an `id`, a `role`)
    written in as its first attribute (`<p ﷒="12" class=…>`).

    Tags are read as the HTML tokenizer reads them (`TagReader`): a `<` in a comment, in an attribute value
    or in the text of a `script`, `style`, `title` or `textarea` starts no tag. A first attribute is the one a
    browser keeps of two with the same name; a `<![CDATA[` section in an SVG drawing is text. Were the parser
    to read as text what was taken for a tag after all, the attribute is taken out of the text (`_text_of`).

    Markup nested deeper than a browser nests it is refused (`html_nesting`): tree building takes time in
    proportion to the depth at every tag, and no report comes near.
    """
    pieces: list[str] = []
    line, counted, taken = 1, 0, 0  # the line markup[counted] is on; markup[:taken] is in `pieces`
    try:
        for match, name in TagReader(markup):
            if name not in _MAY_REPORT_A_LINE and _ID_OR_ROLE.search(match.group("attributes")) is None:
                continue
            tag = match.start("name") - 1
            line += markup.count("\n", counted, tag)
            counted = tag
            name_end = match.end("name")
            pieces += (markup[taken:name_end], f' {_LINE_ATTRIBUTE}="{line}"')
            taken = name_end
    except TooDeeplyNested as error:
        line += markup.count("\n", counted, error.offset)
        raise ReportTooLong(f"line {line}: {error}: not read (close the elements left open)") from None
    pieces.append(markup[taken:])
    return "".join(pieces)


def _attribute(element: LexborNode, name: str) -> str:
    """The attribute's value; "" when the element has none (or it has no value)."""
    return element.attributes.get(name) or ""


def _classes(element: LexborNode) -> list[str]:
    return _attribute(element, "class").split() if element.is_element_node else []


def _text_of(node: LexborNode) -> str:
    """A text node's text, without the characters readers mark markers and passages with: a character
    reference to one (`&#xffff;`) is decoded by the parser, after `read_html` replaced them in the markup."""
    text = node.text_content or ""
    if _LINE_ATTRIBUTE in text:
        text = _WRITTEN_LINE.sub("", text)
    return _OWN_CHARACTERS.sub("\ufffd", text)


def _strings(element: LexborNode, limit: int = _MAX_LABEL_TEXT) -> list[str]:
    """The texts in `element`, in document order, read lazily and no further than `limit` characters."""
    strings: list[str] = []
    size = 0
    for node in element.traverse(include_text=True):
        if node.is_text_node:
            string = _text_of(node)
            strings.append(string)
            size += len(string)
            if size > limit:
                break
    return strings


def _stripped_text(element: LexborNode) -> str:
    """An element's texts each stripped of spaces and joined: a label as it reads."""
    return "".join(string.strip() for string in _strings(element))


def _fragment_targets(tree: LexborHTMLParser) -> dict[str, LexborNode]:
    """Each `id` (or old-style `<a name>`) and the first element carrying it, as a browser resolves it."""
    targets: dict[str, LexborNode] = {}
    root = tree.root
    for element in root.traverse() if root is not None else ():
        if not element.is_element_node:
            continue
        value = element.id
        if value:
            targets.setdefault(value, element)
        if element.tag == "a" and (name := _attribute(element, "name")):
            targets.setdefault(name, element)
    return targets


def _marker(anchor: LexborNode, targets: dict[str, LexborNode], ancestry: _Ancestry) -> _Marker | None:
    href = _in_document(anchor, targets)
    if (
        not href.startswith("#")
        or len(href) < 2
        or _is_backlink(anchor, ancestry)
        or not _looks_like_marker(anchor, ancestry)
    ):
        return None
    target = targets.get(unquote(href[1:]))
    label = _stripped_text(anchor).strip("[]() ")
    if target is None:
        return _Marker(anchor=anchor, label=label, note=None)
    note = _note_of_target(target, ancestry)
    return None if note is None else _Marker(anchor=anchor, label=label, note=note)


# A link to a fragment of another file of the book (`endnotes.xhtml#note-1`): an EPUB's chapters and its
# notes read as one page (unzipped and joined, or converted), as its reader shows them. Where the page holds
# that fragment, it is the note; read as a link away, the report's notes were none (`markers-without-notes`).
# Only an `.xhtml` file (an EPUB's) or a link the book says is a note reference (`epub:type="noteref"`): a web
# page's link to another page's `#fn1` is no note of this one.
_OTHER_FILE_FRAGMENT = re.compile(
    r"(?:\.\./)?[\w./-]{1,200}\.(?P<extension>x?html?)#(?P<fragment>[^#\s]{1,200})", re.IGNORECASE
)


def _in_document(anchor: LexborNode, targets: dict[str, LexborNode]) -> str:
    """The anchor's `href`, as a fragment of this page (`#note-1`) where it names another of the book's
    files and a fragment this page holds (`_OTHER_FILE_FRAGMENT`)."""
    href = _attribute(anchor, "href")
    if href.startswith("#") or "#" not in href:
        return href
    other = _OTHER_FILE_FRAGMENT.fullmatch(href)
    if other is None or unquote(other["fragment"]) not in targets:
        return href
    if other["extension"].lower() != "xhtml" and "noteref" not in _attribute(anchor, "epub:type").split():
        return href
    return f"#{other['fragment']}"


def _is_backlink(anchor: LexborNode, ancestry: _Ancestry) -> bool:
    attributes = anchor.attributes
    href = attributes.get("href") or ""
    if not href.startswith("#") and _OTHER_FILE_FRAGMENT.fullmatch(href) is not None:
        href = href[href.index("#") :]
    return (
        attributes.get("role") == "doc-backlink"
        or attributes.get("epub:type") == "backlink"
        or not _BACKLINK_CLASSES.isdisjoint((attributes.get("class") or "").split())
        or ancestry.backlink_box(anchor) is not None
        or _MARKER_SIDE_ID.match(unquote(href)[1:]) is not None
        or (href.startswith("#") and _BACKLINK_TEXT.match(_stripped_text(anchor)) is not None)
    )


def _looks_like_marker(anchor: LexborNode, ancestry: _Ancestry) -> bool:
    parent = anchor.parent
    classes = [*_classes(anchor), *(_classes(parent) if parent is not None else [])]
    return (
        _attribute(anchor, "role") == "doc-noteref"
        or any(_NOTEREF_CLASS.search(name) for name in classes)
        or ancestry.sup(anchor) is not None
        or _MARKER_TEXT.match(_stripped_text(anchor)) is not None
    )


def _note_of_target(target: LexborNode, ancestry: _Ancestry) -> LexborNode | None:
    """The note a fragment target stands for, or None when the link is navigation or a backlink."""
    name = target.tag
    if name == "a" and "href" not in target.attributes:
        # An old-style named anchor marks the start of the note that holds it.
        return ancestry.context_block(target)
    if name == "a" and _MARKER_SIDE_ID.match(unquote(_attribute(target, "href"))[1:]):
        return _word_processor_note(target, ancestry)
    if name in ("a", "sup") or name in _STRUCTURE:
        return None
    if name not in _BLOCKS and _is_empty(target):
        # An empty element marks a place, as a named anchor does: WordPress's Easy Footnotes links each
        # marker to an empty `<span id>` opening the note's `<li>`. Read as the note, the span gave it no
        # text and no link. Only a list item's or a paragraph's: an empty place in a larger block is no note.
        block = ancestry.context_block(target)
        return block if block is not None and block.tag in _PLACE_NOTE_BLOCKS else target
    return target


_PLACE_NOTE_BLOCKS = frozenset({"li", "p", "dd"})


def _is_empty(element: LexborNode) -> bool:
    """Whether `element` holds nothing but blanks (looked at without reading its subtree: a marker's target
    may hold the whole document, and every marker may point to it)."""
    child = element.child
    return child is None or (
        child.next is None and child.tag == "-text" and not (child.text_content or "").strip()
    )


def _word_processor_note(anchor: LexborNode, ancestry: _Ancestry) -> LexborNode | None:
    """The note a word processor's note anchor opens: its paragraph, or the `<div>` that paragraph opens
    (Google Docs and Word wrap each note in a `<div>`, one `<p>` per note paragraph)."""
    block = ancestry.context_block(anchor)
    parent = block.parent if block is not None else None
    if block is not None and block.tag == "p" and parent is not None and parent.tag == "div":
        first = next((child for child in parent.iter() if child.is_element_node), None)
        if first is not None and first.mem_id == block.mem_id:
            return parent
    return block


def _notes(tree: LexborHTMLParser, referenced: Iterable[LexborNode], ancestry: _Ancestry) -> list[LexborNode]:
    """Referenced notes, their unreferenced siblings, and role-marked notes, in document order."""
    found: dict[int, LexborNode] = {}
    # Each parent's children are sorted by (element name, id stem) once, however many notes it holds.
    kin: dict[int, dict[tuple[str, str], list[LexborNode]]] = {}
    taken: set[tuple[int, str, str]] = set()
    for note in referenced:
        found.setdefault(note.mem_id, note)
        stem = _id_stem(note)
        parent = note.parent
        if stem is None or parent is None or (parent.mem_id, note.tag or "", stem) in taken:
            continue
        taken.add((parent.mem_id, note.tag or "", stem))
        if parent.mem_id not in kin:
            kin[parent.mem_id] = _children_by_name_and_stem(parent)
        for sibling in kin[parent.mem_id].get((note.tag or "", stem), []):
            found.setdefault(sibling.mem_id, sibling)
    del kin
    for anchor in tree.css("a[href]"):
        # A word processor's note nobody cites still opens with its note-side anchor.
        name = anchor.id or _attribute(anchor, "name")
        if name and _NOTE_SIDE_ID.match(name):
            opened = _note_of_target(anchor, ancestry)
            if opened is not None:
                found.setdefault(opened.mem_id, opened)
    for element in tree.css("[role]"):
        if _attribute(element, "role") in _NOTE_ROLES:
            found.setdefault(element.mem_id, element)
    # Tree order, as a browser shows them.
    root = tree.root
    return [node for node in (root.traverse() if root is not None else ()) if node.mem_id in found]


def _children_by_name_and_stem(parent: LexborNode) -> dict[tuple[str, str], list[LexborNode]]:
    children: dict[tuple[str, str], list[LexborNode]] = {}
    for child in parent.iter():
        if child.is_element_node and (stem := _id_stem(child)) is not None:
            children.setdefault((child.tag or "", stem), []).append(child)
    return children


def _id_stem(element: LexborNode) -> str | None:
    """The id's leading name (`fn`, `cite_note`), so paragraph ids beside notes are not taken for notes."""
    value = element.id
    return _AFTER_ID_STEM.sub("", value) if value else None


def _note_labels(notes: list[LexborNode], markers: list[_Marker]) -> dict[int, str]:
    """A note's label is its first marker's text; an unreferenced note is numbered by its position.

    Notes that share an `id` share the label, so the later one is reported as a duplicate. A note of its own
    `id` whose markers show an earlier note's label is set apart (`1 (2)`, as the DOCX and ODT readers do):
    Word's "Save as Web Page" shows footnote `[1]` and endnote `[1]` alike where endnotes are numbered as
    footnotes are, and the two notes were made one, the endnote's source its never-checked second link.
    """
    by_note: dict[int, str] = {}
    for marker in markers:
        if marker.note is not None and marker.label:
            by_note.setdefault(marker.note.mem_id, marker.label)
    ids = {note.mem_id: _attribute(note, "id") for note in notes if "id" in note.attributes}
    by_id: dict[str | None, str] = {
        ids[note.mem_id]: label
        for note in notes
        if (label := by_note.get(note.mem_id)) and note.mem_id in ids
    }
    labels: dict[int, str] = {}
    owners: dict[str, str | int] = {}  # each label given, to the `id` (or the note, where it has none) it is
    shown_before: Counter[str] = Counter()
    for ordinal, note in enumerate(notes, start=1):
        mark = (
            by_note.get(note.mem_id)
            or by_id.get(ids.get(note.mem_id))
            or _written_label(note)
            or str(ordinal)
        )
        owner = ids.get(note.mem_id) or note.mem_id
        label = mark
        while owners.setdefault(label, owner) != owner:  # a few times at most: a mark can look like `1 (2)`
            shown_before[mark] += 1
            label = f"{mark} ({shown_before[mark] + 1})"
        labels[note.mem_id] = label
    return labels


def _written_label(note: LexborNode) -> str | None:
    """The number a word processor wrote in a note's own anchor (`[4]`), for a note nobody cites."""
    elements = islice(note.traverse(), 1, _WRITTEN_LABEL_ELEMENTS)
    anchor = next((node for node in elements if node.tag == "a" and "href" in node.attributes), None)
    name = (anchor.id or _attribute(anchor, "name")) if anchor is not None else None
    if anchor is not None and name and _NOTE_SIDE_ID.match(name):
        return _stripped_text(anchor).strip("[]() ") or None
    return None


def _note_draft(
    note: LexborNode,
    label: str,
    marker_boxes: dict[int, LexborNode],
    note_ids: set[int],
    ancestry: _Ancestry,
) -> NoteDraft:
    text = _Text()
    # A note inside another note (hostile nesting) is its own note, not part of the outer one's text.
    _gather(
        _children(note),
        text,
        skip=lambda tag: (
            _is_backlink_box(tag, ancestry)
            or tag.mem_id in marker_boxes
            or tag.mem_id in note_ids
            or _hidden_in_place(tag)
        ),
    )
    text.break_paragraph()
    note_text = _without_leading_label("\n\n".join(text.paragraphs), label)
    return NoteDraft(
        label=label,
        text=note_text,
        line=_line(note),
        urls=without_links_shown_without_scheme(text.urls, text.found, text.links),
        schemes_added=schemes_added(text.found, text.links),
        misleading_links=tuple(text.misleading_links),
    )


# An element's own word that it is not shown: the `hidden` attribute, or an inline style of `display: none`
# or `visibility: hidden` (a stylesheet's rules are not read: a report's are its site's); or that it is there
# for screen readers only: a class saying so (`sr-only`), or the inline styles that make such text, a font of
# no size, a clip to a box of a pixel or none (`clip: rect(0 0 0 0)`, `clip-path: inset(50%)`), a place off
# the page (`left: -9999px`) or no opacity.
_HIDING_STYLE = re.compile(
    r"(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?(?:;|$)", re.IGNORECASE
)
_NO_SIZE_FONT = re.compile(
    r"(?:^|;)\s*font-size\s*:\s*(?:0+(?:\.0*)?|\.0+)(?:[a-z]{1,4}|%)?\s*(?:!\s*important\s*)?(?:;|$)",
    re.IGNORECASE,
)
# `rect(0 0 0 0)`, `rect(1px, 1px, 1px, 1px)`: four lengths of a pixel or none.
_CLIPPED_AWAY = re.compile(
    r"(?:^|;)\s*(?:clip\s*:\s*rect\(\s*(?:[01](?:px)?\s*(?:,\s*)?){4}\)"
    r"|clip-path\s*:\s*inset\(\s*(?:50|[6-9]\d|100)(?:\.\d{1,4})?%\s*\)"
    # Moved off the page, the older way to keep text for screen readers (`left: -9999px`, `text-indent:
    # -9999px`), or drawn fully transparent.
    r"|(?:left|top|text-indent)\s*:\s*-\d{4,6}(?:\.\d{1,4})?px"
    r"|opacity\s*:\s*(?:0+(?:\.0*)?|\.0+)%?\s*(?:!\s*important\s*)?(?:;|$))",
    re.IGNORECASE,
)
_SCREEN_READER_ONLY = frozenset(
    {
        *("screen-reader-text", "screen-reader-only", "sr-only", "visually-hidden", "visuallyhidden"),
        *("element-invisible", "hidden-visually", "u-hidden-visually", "a11y-hidden", "assistive-text"),
    }
)


def _hidden_in_place(element: LexborNode) -> bool:
    """Whether a note's part is hidden where it stands, or there for screen readers only. Its words and links
    are none of the note as its reader sees it: a hidden link read as the note's first was the address
    captured and compared, not the one the note shows (a screen-reader-only "Skip to source" link before it
    was the note's source, and its words the author's name). (A note itself hidden, shown on demand as a
    tooltip or pop-up, is still read.)"""
    attributes = element.attributes
    if "hidden" in attributes:
        return True
    style = attributes.get("style") or ""
    if style and (
        _HIDING_STYLE.search(style) is not None
        or _NO_SIZE_FONT.search(style) is not None
        or _CLIPPED_AWAY.search(style) is not None
    ):
        return True
    return not _SCREEN_READER_ONLY.isdisjoint(_classes(element))


def _without_leading_label(paragraph: str, label: str) -> str:
    """A note written as `1. text`, `[1] text` or `Note 1: text`, or opening with its label alone
    (`<details><summary>1</summary>text`), repeats its label, which is no part of what it cites; nor is a
    paragraph of its own that only opens a folded note (`<summary>Show source</summary>`: `_DISCLOSURE`)."""
    written = _NUMBERED_OPENING.match(paragraph)
    number = (written.group(3) or (written.group(4) or "").translate(_FROM_RAISED)) if written else None
    if written is not None and number and label.isdigit() and int(number) == int(label):
        return paragraph[written.end() :].lstrip()
    for prefix in (f"[{label}]", f"{label}.", f"{label})", f"{label}:", f"{label}\n\n"):
        rest = paragraph.removeprefix(prefix)
        if rest != paragraph and (prefix.startswith("[") or prefix.endswith("\n") or rest[:1].isspace()):
            return rest.lstrip()
    first, parted, rest = paragraph.partition("\n\n")
    if parted and rest and len(first) <= _LONGEST_DISCLOSURE and _DISCLOSURE.fullmatch(first):
        return rest
    return paragraph


# What a note folded in `<details>` may show as its `<summary>` before the citation: a word to open it
# (`Show source`, `1 source`, `Details`), no part of what it cites. Read as the note's opening, it was the
# author held to the post's channel, and the true citation under it warned.
_DISCLOSURE = re.compile(
    r"(?:(?:show|view|see|open|expand|toggle)\s+)?(?:the\s+)?(?:[0-9]{1,3}\s+)?"
    r"(?:sources?|links?|references?|details|citations?|notes?)\s*[\u25b8\u25be\u25ba\u25bc+:]?",
    re.IGNORECASE,
)
_LONGEST_DISCLOSURE = 40


def _is_backlink_box(tag: LexborNode, ancestry: _Ancestry) -> bool:
    return (tag.tag == "a" and _is_backlink(tag, ancestry)) or "mw-cite-backlink" in _classes(tag)


def _boxes_after_block_quotes(
    tree: LexborHTMLParser, marker_boxes: dict[int, LexborNode]
) -> list[tuple[LexborNode, list[LexborNode]]]:
    """Each `<blockquote>` with the marker boxes that come right after it (`</blockquote><sup>…`), with
    nothing but spaces and other such boxes between, or that open the paragraph right after it
    (`</blockquote><p><sup>…</sup> said the mayor.</p>`, or a `<div>` a CMS writes for one: else the quoted
    words were no marker's, and its footnote came out verified without them compared), and those in the
    caption of a `<figure>` that holds it alone (`<figcaption>— the mayor<sup>1</sup>`). Each element is
    looked at for one quote only."""
    captioned = _boxes_in_captions_of_quotes(marker_boxes.values())
    found: list[tuple[LexborNode, list[LexborNode]]] = []
    for quote in tree.css("blockquote"):
        boxes, stop = _boxes_from(quote.next, marker_boxes)
        holder = quote
        for _ in range(_MAX_QUOTE_WRAPPERS):
            # The block quote ends the element it is wrapped in (`<div class="quote"><blockquote>…
            # </blockquote></div><p><sup>1</sup> said the mayor.</p>`): what follows the wrapper follows it.
            parent = holder.parent
            if boxes or stop is not None or parent is None or parent.tag not in _QUOTE_WRAPPERS:
                break
            holder = parent
            boxes, stop = _boxes_from(holder.next, marker_boxes)
        if not boxes and stop is not None:
            boxes = _boxes_opening(stop, marker_boxes)
        taken = {box.mem_id for box in boxes}
        boxes += (box for box in captioned.get(quote.mem_id, []) if box.mem_id not in taken)
        if boxes:
            found.append((quote, boxes))
    return found


# The elements a CMS wraps a block quote in, and how many wrappers are looked through.
_QUOTE_WRAPPERS = frozenset({"div", "section", "figure"})
_MAX_QUOTE_WRAPPERS = 3


# The blocks a reader takes for the paragraph after a block quote when a marker opens them: a `<p>`, or the
# `<div>` a CMS writes instead (`<div><sup>1</sup> said the mayor.</div>`), entered down to its first
# paragraph. Not a list item (a list's first point), a heading or a section: they start something new.
_NEXT_PARAGRAPHS = frozenset({"p", "div"})


def _boxes_opening(block: LexborNode, marker_boxes: dict[int, LexborNode]) -> list[LexborNode]:
    """The marker boxes `block` opens with, when it is a paragraph (`_NEXT_PARAGRAPHS`), looked for down
    through the paragraphs it opens with (`<div><p><sup>1</sup>…`). Each node is looked at for one quote
    only: the nodes walked open their parent (nothing but spaces and boxes before them), and the node after a
    block quote opens none, the block quote being before it."""
    node: LexborNode | None = block
    while node is not None and node.is_element_node and node.tag in _NEXT_PARAGRAPHS:
        boxes, node = _boxes_from(node.child, marker_boxes)
        if boxes:
            return boxes
    return []


def _boxes_in_captions_of_quotes(boxes: Iterable[LexborNode]) -> dict[int, list[LexborNode]]:
    """The marker boxes in the `<figcaption>` of a `<figure>` that holds one `<blockquote>`, by that block
    quote: `<figure><blockquote>…</blockquote><figcaption>— the mayor<sup>1</sup></figcaption></figure>`, a
    CMS's quote block, cites the quote wherever in the caption the marker is. A figure of two quotes is left
    alone (which one the caption cites is not clear)."""
    caption = _NearestAncestor(lambda tag: tag.tag == "figcaption")
    quote_of_figure: dict[int, LexborNode | None] = {}
    found: dict[int, list[LexborNode]] = {}
    for box in boxes:
        figcaption = caption(box)
        figure = figcaption.parent if figcaption is not None else None
        if figure is None or figure.tag != "figure":
            continue
        if figure.mem_id not in quote_of_figure:
            quotes = [child for child in figure.iter() if child.tag == "blockquote"]
            quote_of_figure[figure.mem_id] = quotes[0] if len(quotes) == 1 else None
        quote = quote_of_figure[figure.mem_id]
        if quote is not None:
            found.setdefault(quote.mem_id, []).append(box)
    return found


def _boxes_from(
    node: LexborNode | None, marker_boxes: dict[int, LexborNode]
) -> tuple[list[LexborNode], LexborNode | None]:
    """The marker boxes from `node` on among its siblings, nothing but spaces between, and the node that ends
    them (None at the end). Each node is looked at once: a paragraph follows one block quote at most."""
    boxes: list[LexborNode] = []
    while node is not None:
        if node.is_element_node and node.mem_id in marker_boxes:
            boxes.append(node)
        elif not _is_blank(node):
            return boxes, node
        node = node.next
    return boxes, None


def _is_blank(node: LexborNode) -> bool:
    """Spaces, or a comment (which a browser does not show)."""
    if node.is_text_node:
        return not _text_of(node).strip()
    return node.is_comment_node


class _Paragraphs:
    """The body paragraph of each marker, gathered once per block and shared by the markers in it.

    A marker in a `<blockquote>`, or right after one, has the whole (outermost) block quote as its
    paragraph, and its text is a quoted passage of that paragraph (`_block_quote_text`).
    """

    def __init__(
        self,
        body: LexborNode | None,
        marker_boxes: dict[int, LexborNode],
        boxes_after_quotes: list[tuple[LexborNode, list[LexborNode]]],
        ancestry: _Ancestry,
    ) -> None:
        self._marker_boxes = marker_boxes
        self._ancestry = ancestry
        self._boxes_after_quote = {quote.mem_id: boxes for quote, boxes in boxes_after_quotes}
        self._quote_before_box = {box.mem_id: quote for quote, boxes in boxes_after_quotes for box in boxes}
        self._gathered: dict[int, tuple[ParagraphDraft, dict[int, int]]] = {}
        self._body_runs = _BodyRuns(body)

    def _unseen(self, element: LexborNode) -> bool:
        """Whether an element of a paragraph is hidden in place, or there for screen readers only
        (`_hidden_in_place`), and holds no marker: its words are none of the paragraph as its reader reads
        it. Read, words hidden inside a quote (`“we <span style="display:none">did not </span>retreat”`)
        were compared with the source in place of the quote the reader sees, and could confirm it."""
        return _hidden_in_place(element) and not any(
            node.mem_id in self._marker_boxes for node in element.traverse()
        )

    def marker_draft(self, marker: _Marker, label: str) -> MarkerDraft:
        anchor = marker.anchor
        box = _marker_box(anchor, self._ancestry)
        quote = self._ancestry.outermost_block_quote(anchor) or self._quote_before_box.get(box.mem_id)
        block = quote or self._ancestry.block(anchor)
        run = self._body_runs.run_of(anchor) if block is None else None
        gathered: LexborNode | None = None  # the block gathered, when the paragraph is one
        if run is not None:
            key, nodes = run[0].mem_id, run
        else:
            gathered = block or anchor.parent or anchor
            # Its children are listed only where it is gathered: once a block, not once a marker in it.
            key, nodes = gathered.mem_id, []
        if key not in self._gathered:
            if gathered is not None:
                nodes = _children(gathered)
            text = _Text()
            if quote is not None:
                paragraph_text = self._block_quote_text(quote, text)
            else:
                # Nested blocks are paragraphs of their own: each text is gathered for its nearest block
                # only, so deep nesting costs linear time.
                _gather(
                    nodes,
                    text,
                    skip=lambda tag: tag.tag in _BLOCKS or self._unseen(tag),
                    mark=lambda tag: tag.mem_id in self._marker_boxes,
                    passages=True,
                )
                text.break_paragraph()
                paragraph_text = " ".join(text.paragraphs)
            places = {box: index for index, box in reversed(list(enumerate(text.marks)))}
            draft = ParagraphDraft(paragraph_text, passages=text.passages, code=text.code)
            if quote is None and gathered is not None:
                draft = self._with_block_quote_introduced(gathered, draft)
            self._gathered[key] = (draft, places)
        paragraph, places = self._gathered[key]
        mark = places.get(box.mem_id, 0)
        return MarkerDraft(label=label, line=_line(anchor), paragraph=paragraph, mark=mark)

    def _with_block_quote_introduced(self, paragraph: LexborNode, draft: ParagraphDraft) -> ParagraphDraft:
        """`draft` (of `paragraph`) with the block quote right after it, when the paragraph introduces one
        that cites nothing itself by a marker at its end after a colon (`The mayor said:<sup>1</sup>` then
        `<blockquote>`): that marker cites the quoted words (`assembly.lead_in_draft`). Else they were no
        marker's, and the note came out verified without them compared."""
        if paragraph.tag not in _NEXT_PARAGRAPHS:
            return draft
        _, after = _boxes_from(paragraph.next, {})
        if after is None or after.tag != "blockquote" or after.mem_id in self._boxes_after_quote:
            return draft
        quoted = _Text()
        quote_text = self._block_quote_text(after, quoted)
        if quoted.marks:  # a marker in the block quote cites it
            return draft
        return lead_in_draft(draft, ParagraphDraft(quote_text, passages=True)) or draft

    def _block_quote_text(self, quote: LexborNode, text: _Text) -> str:
        """A block quote's text as one paragraph: a quoted passage of its lines but a last line of
        attribution, then the marker boxes right after it. Nested blocks are gathered with it."""
        _gather(
            _children(quote),
            text,
            skip=self._unseen,
            mark=lambda tag: tag.mem_id in self._marker_boxes,
            passages=True,
        )
        text.break_paragraph()
        lines = text.paragraphs
        attribution = ""
        if len(lines) > 1 and lines[-1].startswith(ATTRIBUTION_DASHES):
            lines, attribution = lines[:-1], " " + lines[-1]
        after = self._boxes_after_quote.get(quote.mem_id, [])
        text.marks.extend(box.mem_id for box in after)
        text.passages = True
        return PASSAGE_START + " ".join(lines) + PASSAGE_END + attribution + MARK * len(after)


class _BodyRuns:
    """The runs of text and inline elements right in `<body>`, between its blocks: a browser shows each as a
    paragraph of its own, though no element holds it (text before a `<p>` or after a `<div>` that ended a
    `<p>`, table text moved out of its table). The body's children are sorted into runs once."""

    def __init__(self, body: LexborNode | None) -> None:
        self._body = body
        self._runs: list[list[LexborNode]] = []
        self._run_of: dict[int, int] = {}  # child of the body's mem_id -> its run's index in `_runs`
        self._top = _NearestAncestor(lambda tag: tag.parent is not None and self._is_body(tag.parent))

    def _is_body(self, element: LexborNode) -> bool:
        return self._body is not None and element.mem_id == self._body.mem_id

    def run_of(self, element: LexborNode) -> list[LexborNode] | None:
        """The run `element` is in, when it is in one (it is no block and no block holds it)."""
        parent = element.parent
        if self._body is None or parent is None:
            return None
        top = element if self._is_body(parent) else self._top(element)
        if top is None:
            return None
        if not self._runs:
            self._sort_children(self._body)
        index = self._run_of.get(top.mem_id)
        return None if index is None else self._runs[index]

    def _sort_children(self, body: LexborNode) -> None:
        run: list[LexborNode] = []
        for child in _children(body):
            if child.is_element_node and child.tag in _BLOCKS:
                run = []
                continue
            if not run:
                self._runs.append(run)
            run.append(child)
            self._run_of[child.mem_id] = len(self._runs) - 1


def _line(element: LexborNode) -> int:
    """The line of the element's start tag; 1 for an element the parser added (an implied `<tbody>`) or one
    whose line no footnote reports (`_MAY_REPORT_A_LINE`)."""
    value = element.attributes.get(_LINE_ATTRIBUTE) or ""
    return int(value) if is_ascii_number(value) else 1


def _marker_box(anchor: LexborNode, ancestry: _Ancestry) -> LexborNode:
    """What a marker occupies in the text: its `<sup>` when it has one, else the link itself."""
    sup = ancestry.sup(anchor)
    return sup if sup is not None and _stripped_text(sup) == _stripped_text(anchor) else anchor


def _children(element: LexborNode) -> list[LexborNode]:
    return list(element.iter(include_text=True))


def _gather(
    nodes: list[LexborNode],
    text: _Text,
    skip: Callable[[LexborNode], bool],
    mark: Callable[[LexborNode], bool] = lambda tag: False,
    passages: bool = False,
) -> None:
    """The text of `nodes` (an element's children) in document order; iterative, so 2,000 nested elements are
    no RecursionError.

    With `passages` (a body paragraph), a `<q>` element's text is a quoted passage, a code element's
    (`_CODE_ELEMENTS`) is code, and a `<br>` ends a line (a paragraph of `text`, which a body paragraph
    joins with a space as the `<br>` would read). In a note, a `<br>` is a line break in the paragraph's
    text (`_Text.break_line`).
    """
    pending: list[LexborNode | _PassageEnd | _CodeEnd | None] = [*reversed(nodes)]
    while pending:
        child = pending.pop()
        if child is None:
            text.break_paragraph()
        elif isinstance(child, _PassageEnd):
            text.add_passage_edge(PASSAGE_END)
        elif isinstance(child, _CodeEnd):
            text.add_code_edge(CODE_END)
        elif child.is_element_node:
            name = child.tag
            if mark(child):
                text.add_mark(child)
            elif skip(child):
                continue
            elif name == "br":
                if passages:
                    text.break_paragraph()
                else:
                    text.break_line()
            elif name == "q" and passages:
                text.add_passage_edge(PASSAGE_START)
                pending.append(_PASSAGE_END_HERE)
                pending.extend(reversed(_children(child)))
            elif name in _CODE_ELEMENTS and passages:
                if name in _BLOCKS:  # `<pre>`: its lines are a paragraph of their own
                    text.break_paragraph()
                    pending.append(None)
                text.add_code_edge(CODE_START)
                pending.append(_CODE_END_HERE)
                pending.extend(reversed(_children(child)))
            elif name in _BLOCKS:
                text.break_paragraph()
                pending.append(None)
                pending.extend(reversed(_children(child)))
            else:
                if name == "a":
                    _gather_link(child, text)
                pending.extend(reversed(_children(child)))
        elif child.is_text_node:
            # A note's words as they read: no soft hyphen or zero-width character inside its address,
            # handle or date (`urls.without_invisible_characters`).
            text.add(_text_of(child) if passages else without_invisible_characters(_text_of(child)))


# What a browser leaves out of a link's address (the URL standard): C0 controls and spaces at either end, and
# tabs and line breaks anywhere. Kept, `href=" https://…"` or one broken over lines was no web link at all,
# and its note had no source.
_URL_EDGES = "".join(map(chr, range(0x21)))
_URL_TABS_AND_BREAKS = str.maketrans("", "", "\t\n\r")


def _gather_link(tag: LexborNode, text: _Text) -> None:
    href = _attribute(tag, "href").strip(_URL_EDGES).translate(_URL_TABS_AND_BREAKS)
    if href.lower().startswith(("http://", "https://")) and not _shows_nothing(tag):
        target = _without_redirector(href)
        text.add_link(target)
        shown = _shown_text(tag)
        if shown_link_differs(shown, target):
            text.misleading_links.append((shown.strip(), target))


# What a link may show instead of words: an icon or a picture.
_PICTURES = frozenset({"img", "svg", "picture", "video", "canvas", "object", "embed", "iframe", "input"})


def _shows_nothing(link: LexborNode) -> bool:
    """Whether a link shows its reader nothing: no word and no picture, once what it hides in place or keeps
    for screen readers only is left out (`<a href="…"><span class="sr-only">Rybar's post</span></a>`, or an
    empty `<a href="…"></a>`). No link of the note as it reads, it was the note's first, its source; as a
    `HYPERLINK` field of DOCX showing nothing is. A link too large to look through shows something, and so
    does one holding an empty element of a class (`<i class="fa fa-telegram"></i>`: an icon font's)."""
    pending = [*reversed(_children(link))]
    for _ in range(_MAX_SHOWN_NODES):
        if not pending:
            return True
        node = pending.pop()
        if node.is_text_node:
            if _text_of(node).strip():
                return False
        elif node.is_element_node and not _hidden_in_place(node):
            children = _children(node)
            if node.tag in _PICTURES or (not children and _attribute(node, "class")):
                return False  # a picture, or an empty element of a class: an icon its stylesheet draws
            pending.extend(reversed(children))
    return False


# Text set apart for screen readers and not shown (WordPress adds `<span class="screen-reader-text">(opens in
# a new tab)</span>` to each link opening a new tab) is no part of what a link shows its reader
# (`_hidden_in_place`).
_MAX_SHOWN_NODES = 2_000  # of a link's subtree: a link shows a few words


def _shown_text(link: LexborNode) -> str:
    """The text a link shows its reader, to compare with its target: without what is hidden in place
    (`_hidden_in_place`) or there for screen readers only, whose words made a link showing one URL and
    leading to another show none (`https://t.me/rybar/1(opens in a new tab)`), and nothing was said. As far
    as `_MAX_SHOWN_TEXT` characters go."""
    pieces: list[str] = []
    size = 0
    pending = [*reversed(_children(link))]
    for _ in range(_MAX_SHOWN_NODES):
        if not pending or size > _MAX_SHOWN_TEXT:
            break
        node = pending.pop()
        if node.is_text_node:
            piece = _text_of(node)
            pieces.append(piece)
            size += len(piece)
        elif node.is_element_node and not _hidden_in_place(node):
            pending.extend(reversed(_children(node)))
    return "".join(pieces)


def _without_redirector(href: str) -> str:
    """Google Docs sends every link through `https://www.google.com/url?q=<link>&sa=D…`: the link is `q`."""
    parts = urlsplit(href)
    if parts.hostname in ("www.google.com", "google.com") and parts.path == "/url":
        target = parse_qs(parts.query).get("q", [""])[0]
        if target.lower().startswith(("http://", "https://")):
            return target
    return href


# Reports with no linked notes: news sites, CMS exports and many briefs cite with unlinked superscripts
# (`…disappear.”<sup>1</sup>`) and write the notes as a numbered list after the body, most often under a
# heading (`<h2>Sources</h2><ol><li>…`). Such a `<sup>` is a marker of the list's note of its number.

# The words a notes heading is made of, alone or two joined (`Sources and notes`, `Notes et références`).
_NOTES_WORD = (
    r"(?:notes|footnotes|endnotes|references|sources|citations|bibliography|works\s+cited"
    r"|примечания|источники|ссылки|сноски|литература|примітки|джерела|посилання|виноски|література"
    r"|notes\s+de\s+bas\s+de\s+page|références|bibliographie"
    r"|anmerkungen|fußnoten|fussnoten|endnoten|quellen|quellenangaben|einzelnachweise|belege|nachweise"
    r"|literatur|notas(?:\s+al\s+pie)?|fuentes|referencias|bibliografía|citas)"
)
# (`\u0456` is the Ukrainian "and".)
_NOTES_HEADING_TEXT = re.compile(
    rf"{_NOTES_WORD}(?:\s+(?:and|&|et|und|y|и|\u0456|та)\s+{_NOTES_WORD})?\s*:?", re.IGNORECASE
)
# A superscript's whole text when it is a marker: `1`, `[2]`, `1,2`, `3-5` (ASCII digits, no leading sign).
_SUPERSCRIPT_TEXT = re.compile(r"\[?([0-9]{1,3}(?:\s{0,10}[,\u2013-]\s{0,10}[0-9]{1,3}){0,20})\]?")
# What a superscript right after makes a power: a digit (`10<sup>6</sup>`), a unit (`km<sup>2</sup>`) or a
# lone small letter (`x<sup>2</sup>`, as `assembly.RAISED_NOT_A_POWER` reads `x²`: read as marker 2, the
# quoted words before it were note 2's).
_POWER_BASE = re.compile(
    r"(?:[0-9]|(?<!\w)(?:k?m|cm|mm|[µμ]m|ft|mi|yd|к?м|см|мм)|(?-i:(?<!\w)[b-z]))$", re.IGNORECASE
)
# The end of the text before a marker that sits where a sentence's punctuation ends (`Claim.<sup>3</sup>`).
_AFTER_PUNCTUATION = re.compile(r"[.,;:!?)\]\"\u201d\u00bb\u2019']\s*$")
# A note written as a paragraph or an item that opens with its number: `1.`, `1)`, `[1]`, `Note 1:` (as a
# text report's notes under their heading are: a Medium or Ghost export's `<p>Note 1: …</p>` was no note, and
# the report with its `<sup>1</sup>` markers was refused as markers-without-notes).
_RAISED_DIGITS = "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079"  # ⁰ to ⁹
_FROM_RAISED = str.maketrans(_RAISED_DIGITS, "0123456789")
# ... or with its number in raised digits (`¹ Rybar, …`), as Medium and other editors without footnotes have
# them typed.
_NUMBERED_OPENING = re.compile(
    r"(?:\[([0-9]{1,4})\]|([0-9]{1,4})[.)](?!\S)"
    r"|(?i:(?:foot)?note)[ \t]{1,10}([0-9]{1,4})[ \t]{0,10}[.:)\u2013\u2014-](?!\S)"
    f"|([{_RAISED_DIGITS}]{{1,4}})(?![{_RAISED_DIGITS}]))"
)
# How far into an element its opening is read (a heading's words, a note's number, a superscript's text),
# and how far back the text before a superscript is looked for: each element costs a bounded time.
_OPENING_NODES = 32
_OPENING_CHARS = 160
# A range in a superscript wider than this names only its ends (as in text reports).
_MAX_SUPERSCRIPT_RANGE = 50


def _opening(element: LexborNode) -> tuple[str, bool, bool]:
    """The start of `element`'s text, whether that is all of it, and whether a link is in that start."""
    pieces: list[str] = []
    size = 0
    linked = False
    for count, node in enumerate(element.traverse(include_text=True)):
        if count > _OPENING_NODES or size > _OPENING_CHARS:
            return "".join(pieces), False, linked
        if node.is_text_node:
            piece = _text_of(node)
            pieces.append(piece)
            size += len(piece)
        elif count and node.tag == "a" and "href" in node.attributes:
            linked = True
    return "".join(pieces), size <= _OPENING_CHARS, linked


def _text_before(sup: LexborNode, markers: set[int]) -> str:
    """The text right before `sup` in its block ("" after a block edge or another marker), a few nodes back
    at most: its last characters tell a power from a marker."""
    node = sup.prev
    for _ in range(_OPENING_NODES):
        if node is None:
            return ""
        if node.is_text_node:
            text = _text_of(node)
            if text:
                return text[-8:]
            node = node.prev
        elif node.is_element_node:
            if node.mem_id in markers or node.tag in _BLOCKS or node.tag == "br":
                return ""
            node = node.last_child or node.prev
        else:  # a comment
            node = node.prev
    return ""


def _superscript_labels(text: str) -> list[str]:
    """The note numbers a superscript marker's text names: `1,2` two, `3-5` three."""
    labels: list[str] = []
    for listed in text.strip("[] ").split(","):
        for part in _range_or_numbers(listed):
            labels.extend(_range_labels(part))
    return labels


def _range_or_numbers(part: str) -> list[str]:
    """`part` of a list as a range (`3-5`) or a number, or, with more than one dash, its numbers: `1-3-5` is
    no range (split at its first dash, `3-5` was read as one number, and the report refused with an internal
    error)."""
    dashed = part.replace("\u2013", "-")
    return dashed.split("-") if dashed.count("-") > 1 else [dashed]


def _range_labels(part: str) -> list[str]:
    """The labels a number (`3`) or a range (`3-5`) names: a range too wide, its ends."""
    low, _, high = part.partition("-")
    first = int(low)
    last = int(high) if high.strip() else first
    if 0 <= last - first <= _MAX_SUPERSCRIPT_RANGE:
        return [str(number) for number in range(first, last + 1)]
    return list(dict.fromkeys((str(first), str(last))))


@dataclass
class _SuperscriptPage:
    """What one pass over the body finds for superscript notes, each element with its place in tree order."""

    markers: list[tuple[int, LexborNode, list[str]]] = field(default_factory=list)
    headings: list[int] = field(default_factory=list)  # every heading, a notes heading or not
    notes_headings: list[int] = field(default_factory=list)
    lists: list[tuple[int, LexborNode]] = field(default_factory=list)  # `<ol>`
    numbered: list[tuple[int, LexborNode, str]] = field(default_factory=list)  # `<p>`/`<li>` opening `1.`
    # The first superscript number that is a link to no note (`<sup><a href="javascript:void(0)">1</a>`: a
    # note shown in a tooltip, or the source's own address): it cites, and no note of it is read.
    first_linked: LexborNode | None = None
    # Each link to a web page (`<a href="https://…">`), for a report with no notes read whose notes heading
    # has links under it (`_citing_without_notes`).
    links: list[tuple[int, LexborNode]] = field(default_factory=list)
    last_notes_heading: str = ""

    @functools.cached_property
    def list_places(self) -> list[int]:
        return [place for place, _ in self.lists]

    @functools.cached_property
    def numbered_places(self) -> list[int]:
        return [place for place, _, _ in self.numbered]


def _superscript_page(
    body: LexborNode, ancestry: _Ancestry, bracketed: frozenset[int] = frozenset()
) -> _SuperscriptPage:
    """One pass over the body (`_SuperscriptPage`). A superscript in `bracketed` was a `[1]` typed in the text
    (`_bracket_markers_as_superscripts`): a marker wherever it stands, as `in 2022[1]` is no power."""
    page = _SuperscriptPage()
    marker_ids: set[int] = set()
    link = _NearestAncestor(lambda tag: tag.tag == "a" and "href" in tag.attributes)
    for place, element in enumerate(body.traverse()):
        name = element.tag
        if name == "sup":
            text, complete, linked = _opening(element)
            found = _SUPERSCRIPT_TEXT.fullmatch(text.strip()) if complete else None
            outer = ancestry.sup(element)
            cites = (
                found is not None
                and (outer is None or outer.mem_id not in marker_ids)
                and (
                    element.mem_id in bracketed
                    or _POWER_BASE.search(_text_before(element, marker_ids)) is None
                )
            )
            if cites and (linked or link(element) is not None):
                page.first_linked = page.first_linked or element
            elif cites and found is not None:
                page.markers.append((place, element, _superscript_labels(found.group(1))))
                marker_ids.add(element.mem_id)
                refuse_too_many(len(page.markers), MAX_ENTRIES, "footnote markers")
        elif name == "ol":
            page.lists.append((place, element))
        elif name in _HEADINGS or name in ("p", "li"):
            text, complete, _ = _opening(element)
            opening = collapse_whitespace(text)
            heads = complete and _NOTES_HEADING_TEXT.fullmatch(opening) is not None
            if name in _HEADINGS or heads:  # `<p><b>Sources</b></p>` heads the notes as `<h2>` does
                page.headings.append(place)
                if heads:
                    page.notes_headings.append(place)
                    page.last_notes_heading = opening
            elif number := _NUMBERED_OPENING.match(opening):
                raised = (number.group(4) or "").translate(_FROM_RAISED)
                label = number.group(1) or number.group(2) or number.group(3) or raised
                page.numbered.append((place, element, label))
        elif name == "a" and is_http_url((element.attributes.get("href") or "").strip()):
            page.links.append((place, element))
    return page


def _superscript_notes(page: _SuperscriptPage, ancestry: _Ancestry) -> list[tuple[LexborNode, str]]:
    """The notes the superscripts cite, each with its label: the numbered list after the last marker under
    the first notes heading that has one, else the first numbered list after the last marker."""
    last_marker = page.markers[-1][0]
    for heading in page.notes_headings:
        if heading > last_marker:
            following = bisect.bisect_right(page.headings, heading)
            end = page.headings[following] if following < len(page.headings) else None
            notes = _numbered_list(page, heading, end, ancestry)
            if notes:
                return notes
    return _numbered_list(page, last_marker, None, ancestry)


def _numbered_list(
    page: _SuperscriptPage, start: int, end: int | None, ancestry: _Ancestry
) -> list[tuple[LexborNode, str]]:
    """The first numbered list between places `start` and `end` (to the next heading when None): an `<ol>`'s
    items, numbered from its `start` (an item's `value` renumbers it), or the `<p>`/`<li>` items that open
    with their number, whichever comes first."""
    # Each found by a bisection of its places (in tree order): a report with many notes headings after its
    # last marker asks once for each, and a scan from the start each time was quadratic.
    after_start = bisect.bisect_right(page.list_places, start)
    ol = page.lists[after_start] if after_start < len(page.lists) else None
    first: int | None = bisect.bisect_right(page.numbered_places, start)
    if first == len(page.numbered):
        first = None
    if first is not None and end is None:
        following = bisect.bisect_right(page.headings, page.numbered[first][0])
        item_end = page.headings[following] if following < len(page.headings) else None
    else:
        item_end = end
    if ol is not None and (end is None or ol[0] < end) and (first is None or ol[0] < page.numbered[first][0]):
        return _list_items_continued(ol[1])
    if first is None:
        return []
    items: list[tuple[LexborNode, str]] = []
    taken: set[int] = set()
    for place, element, label in islice(page.numbered, first, None):
        if item_end is not None and place > item_end:
            break
        block = ancestry.context_block(element)
        if block is not None and block.mem_id in taken:
            continue  # a paragraph of an item already taken (`<li><p>1. …`)
        taken.add(element.mem_id)
        items.append((element, str(int(label))))
    return items


def _list_items_continued(ol: LexborNode) -> list[tuple[LexborNode, str]]:
    """`_list_items` of `ol` and of each `<ol>` right after it (nothing but white space between) that goes
    on with its numbering (`start="2"`): Notion's HTML export writes each item of a numbered list as a list
    of its own. Only note 1 was read, its other markers said to cite no footnote."""
    items = _list_items(ol)
    node = ol.next
    while node is not None and items and len(items) < MAX_FOOTNOTES:
        if node.is_text_node and not (node.text_content or "").strip():
            node = node.next
            continue
        if not node.is_element_node or node.tag != "ol":
            break
        more = _list_items(node)
        last = items[-1][1]
        if not more or not is_ascii_number(last) or more[0][1] != str(int(last) + 1):
            break
        items.extend(more)
        node = node.next
    return items


def _next_chapters_list(ol: LexborNode) -> LexborNode | None:
    """The `<ol>` after `ol` among its siblings with nothing but a chapter's heading between them (an
    `<h3>`, or a short paragraph without a link: `<p><b>Chapter 2</b></p>`); None where anything else stands
    between (a page's list of other articles after the notes is no chapter's notes). Each sibling is looked
    at once."""
    node = ol.next
    while node is not None:
        if node.is_element_node:
            if node.tag == "ol":
                return node
            if node.tag not in _HEADINGS and not (node.tag == "p" and _short_unlinked(node)):
                return None
        elif node.is_text_node and (node.text_content or "").strip():
            return None
        node = node.next
    return None


def _short_unlinked(element: LexborNode) -> bool:
    text, complete, linked = _opening(element)
    return complete and not linked and len(text.strip()) <= 100


def _list_items(ol: LexborNode) -> list[tuple[LexborNode, str]]:
    """An `<ol>`'s items, each with the number a browser shows it by: from its `start` (by default 1, or, in
    a `reversed` list, how many items it has), counting up, or down in a `reversed` list; an item's `value`
    renumbers it and those after it. Counted up, a reversed list's `2.` item was note 1, its source checked
    against the words that note 1's marker cites."""
    lis = [child for child in ol.iter() if child.tag == "li"]
    counts_down = "reversed" in ol.attributes
    start = _attribute(ol, "start").strip()
    first = len(lis) if counts_down else 1
    number = int(start) if is_ascii_number(start.removeprefix("-")) else first
    items: list[tuple[LexborNode, str]] = []
    for child in lis:
        value = _attribute(child, "value").strip()
        if is_ascii_number(value.removeprefix("-")):
            number = int(value)
        items.append((child, str(number)))
        number += -1 if counts_down else 1
    return items


def _unlinked_superscripts(
    body: LexborNode | None,
    notes: list[LexborNode],
    markers: list[_Marker],
    labels: dict[int, str],
    ancestry: _Ancestry,
) -> tuple[list[tuple[int, LexborNode, list[str]]], list[tuple[LexborNode, str]]]:
    """In a report with linked markers, the unlinked `<sup>3</sup>` markers of notes no linked marker cites,
    and the items of their numbered list that are no note yet, each with its label.

    A hand-written report links most markers and forgets some (`Claim.<sup>3</sup>` beside
    `<sup><a href="#fn1">1</a></sup>`, its note a Sources item without an id): footnote 3 was never read, and
    `check` said every footnote was verified. Each such marker now cites the note labelled with its number
    (an item of the numbered list after it); with none, it is a marker without a footnote, so the run cannot
    pass over it. A superscript number a linked marker already cites is another citation of its note where it
    stands after the sentence's punctuation (`… repeated “…”.<sup>1</sup>`), and text after a word: in a
    Wikipedia article every note is linked, and `E = mc<sup>2</sup>` is no second citation of note 2. Nor is
    a superscript inside a note a marker (`<li id="fn1">p. 12<sup>3</sup>`)."""
    if body is None:
        return [], []
    cited = {labels[marker.note.mem_id] for marker in markers if marker.note is not None}
    note_ids = {note.mem_id for note in notes}
    in_note = _NearestAncestor(lambda tag: tag.mem_id in note_ids)
    page = _superscript_page(body, ancestry)
    all_sups = {sup.mem_id for _, sup, _ in page.markers}

    def citing(sup: LexborNode, sup_labels: list[str]) -> list[str]:
        # A number a linked marker also cites is that note cited again only where a marker stands, after the
        # sentence's punctuation (`… repeated “…”.<sup>1</sup>`: its quoted words were no note's, and went
        # unchecked); after a word it is a power (`E = mc<sup>2</sup>` beside a linked note 2).
        uncited = [label for label in sup_labels if label not in cited]
        if len(uncited) == len(sup_labels) or not _AFTER_PUNCTUATION.search(_text_before(sup, all_sups)):
            return uncited
        return sup_labels

    page.markers = [
        (place, sup, kept_labels)
        for place, sup, sup_labels in page.markers
        if in_note(sup) is None and (kept_labels := citing(sup, sup_labels))
    ]
    if not page.markers:
        return [], []
    wanted = {label for _, _, sup_labels in page.markers for label in sup_labels}
    known = set(labels.values())
    listed = [
        (note, label)
        for note, label in _superscript_notes(page, ancestry)
        if label in wanted and label not in known and note.mem_id not in note_ids
    ]
    # A number that names no note is a forgotten note only where a marker stands, after the sentence's
    # punctuation (`Claim.<sup>3</sup>`); right after a word it is as likely a power (`x<sup>2</sup>`, `E =
    # mc<sup>2</sup>` in a report whose notes are linked): left as text, not a marker without a footnote.
    named = known | {label for _, label in listed}
    sup_ids = {sup.mem_id for _, sup, _ in page.markers}
    kept = [
        (place, sup, sup_labels)
        for place, sup, sup_labels in page.markers
        if any(label in named for label in sup_labels)
        or _AFTER_PUNCTUATION.search(_text_before(sup, sup_ids)) is not None
    ]
    return kept, listed


def _read_superscript_notes(
    tree: LexborHTMLParser,
    ancestry: _Ancestry,
    bracketed: frozenset[int] = frozenset(),
    page: _SuperscriptPage | None = None,
) -> ReadResult:
    """The footnotes of a report whose markers are unlinked superscripts (`bracketed`: those that were `[1]`
    in the text); where no numbered list of notes follows them, or where its superscript numbers are links to
    no note (`_SuperscriptPage.first_linked`), the report's `markers-without-notes` finding (it cites, and
    nothing it cites was read). `page`: the body's `_SuperscriptPage`, where it is already read."""
    body = tree.body
    if page is None:
        page = _superscript_page(body, ancestry, bracketed) if body is not None else _SuperscriptPage()
    if not page.markers and page.first_linked is not None:
        # Linked superscript numbers and no note read: a style not read, not a report that cites nothing.
        label = _stripped_text(page.first_linked)
        return ReadResult((), (markers_without_notes_at(f"<sup>{label}</sup>", _line(page.first_linked)),))
    if not page.markers:
        return ReadResult((), _citing_without_notes(page))
    notes = _superscript_notes(page, ancestry)
    if not notes:
        _, first, labels = page.markers[0]
        return ReadResult((), (markers_without_notes_at(f"<sup>{','.join(labels)}</sup>", _line(first)),))
    notes, marker_offsets = _chapters_numbered_on(page, notes)
    marker_boxes = {(box := _marker_box(sup, ancestry)).mem_id: box for _, sup, _ in page.markers}
    note_ids = {note.mem_id for note, _ in notes}
    paragraphs = _Paragraphs(body, marker_boxes, _boxes_after_block_quotes(tree, marker_boxes), ancestry)
    markers: list[MarkerDraft] = []
    for _, sup, labels in page.markers:
        draft = paragraphs.marker_draft(_Marker(anchor=sup, label=labels[0], note=None), labels[0])
        markers.extend(draft._replace(label=label) for label in labels)
        refuse_too_many(len(markers), MAX_ENTRIES, "footnote markers")
    if marker_offsets is not None:
        markers = [
            marker._replace(label=str(int(marker.label) + offset))
            for marker, offset in zip(markers, marker_offsets, strict=True)
        ]
    drafts = [_note_draft(note, label, marker_boxes, note_ids, ancestry) for note, label in notes]
    result = assemble_footnotes(drafts, markers)
    beside = _sources_beside_notes(body, note_ids, any(note.tag == "p" for note, _ in notes))
    return ReadResult(result.footnotes, (*result.findings, *beside)) if beside else result


# A marker typed in the text, `[1]` or `[1, 2]`, as a plain-text report writes it, or in raised digits (`¹`,
# where it is no power: `km²`, `10⁶`, as `assembly.RAISED_NOT_A_POWER` reads them).
_BRACKET_MARKER = re.compile(
    r"\[([0-9]{1,3}(?:[ \t]{0,3}[,\u2013-][ \t]{0,3}[0-9]{1,3}){0,20})\]"
    f"|{RAISED_NOT_A_POWER}[{_RAISED_DIGITS}]{{1,3}}"
)
# Where a `[1]` is no marker: a link's text (`[1]` linking to a page), code, a heading, a superscript.
_NO_BRACKET_MARKER_IN = frozenset({"a", "sup", "sub", *_CODE_ELEMENTS, *_HEADINGS})


def _bracket_markers_as_superscripts(
    tree: LexborHTMLParser, page: _SuperscriptPage, ancestry: _Ancestry
) -> frozenset[int]:
    """In a report of no superscript or linked markers whose notes heading has a numbered list under it (the
    `<p>[1] Rybar, Telegram, …</p>` of a Medium, Substack or Ghost export, `<p>Note 1: …</p>`, an `<ol>`),
    each `[1]` typed in the text before that heading made a `<sup>[1]</sup>` in
    the tree, so it is read as a superscript marker is: the ids of those superscripts. Such a report was
    `markers-without-notes` and refused. With no notes heading, the notes are the last paragraphs opening
    `[1]`, `[2]`, … (`_last_bracketed_notes`), where `[n]` markers stand before them and no other numbered
    list between. A paragraph above the notes heading that opens with `[1]` is body
    text with a marker, never a note. `page`: the body as `_superscript_page` reads it. One pass over the
    body; the tree is changed only here."""
    body = tree.body
    if body is None:
        return frozenset()
    if page.markers or page.first_linked is not None:
        return frozenset()
    heading = -1
    for place in page.notes_headings:
        following = bisect.bisect_right(page.headings, place)
        end = page.headings[following] if following < len(page.headings) else None
        if _numbered_list(page, place, end, ancestry):
            heading = place
            break
    unheaded = heading < 0
    if unheaded:
        # No notes heading: the notes are the last paragraphs opening `[1]`, `[2]`, … (as a text report's).
        heading = _last_bracketed_notes(page)
        if heading < 0:
            return frozenset()
    no_marker_in = _NearestAncestor(lambda tag: tag.tag in _NO_BRACKET_MARKER_IN)
    found: list[tuple[LexborNode, list[re.Match[str]]]] = []
    count, place, last_marker = 0, -1, -1
    for node in body.traverse(include_text=True):
        if node.is_element_node:
            place += 1
            if place >= heading:
                break
            continue
        if not node.is_text_node or no_marker_in(node) is not None:
            continue
        text = _text_of(node)
        # Every `[n]`, a note of the list or not: one that names no note is a marker without a footnote.
        cited = list(_BRACKET_MARKER.finditer(text))
        if cited:
            found.append((node, cited))
            count += len(cited)
            last_marker = place
            refuse_too_many(count, MAX_ENTRIES, "footnote markers")
    if unheaded and (
        not found
        or _any_between(page.list_places, last_marker, heading)
        or _any_between(page.numbered_places, last_marker, heading)
    ):
        # The notes after the last marker would be read from the first numbered list after it: not these.
        return frozenset()
    bracketed: set[int] = set()
    for node, cited in found:
        text = _text_of(node)
        line = str(_line(block)) if (block := ancestry.context_block(node)) is not None else "1"
        taken = 0
        for match in cited:
            if match.start() > taken:
                node.insert_before(text[taken : match.start()])
            sup = tree.create_node("sup")
            sup.insert_child(match.group().translate(_FROM_RAISED))
            sup.attrs[_LINE_ATTRIBUTE] = line
            node.insert_before(sup)  # a copy of `sup` is inserted
            if (inserted := node.prev) is not None:
                bracketed.add(inserted.mem_id)
            taken = match.end()
        if taken < len(text):
            node.insert_before(text[taken:])
        node.decompose()
    return frozenset(bracketed)


def _last_bracketed_notes(page: _SuperscriptPage) -> int:
    """The place of the last paragraph or item that opens with `[1]`, where it opens a run of such notes
    (`[1]`, `[2]`, … in the numbered openings after it); -1 where there is none."""
    for index in range(len(page.numbered) - 1, -1, -1):
        place, element, label = page.numbered[index]
        if label != "1":
            continue
        opening = _NUMBERED_OPENING.match(collapse_whitespace(_opening(element)[0]))
        return place if opening is not None and opening.group(1) is not None else -1
    return -1


def _any_between(places: list[int], after: int, before: int) -> bool:
    """Whether any of the sorted `places` is after `after` and before `before`."""
    return bisect.bisect_right(places, after) < bisect.bisect_left(places, before)


def _citing_without_notes(page: _SuperscriptPage) -> tuple[Finding, ...]:
    """A report with no note read whose last notes heading has links to web pages under it (`<h2>Sources</h2>`
    over a `<ul>` of links, or an `<ol>` no marker cites): sources in a style not read, `markers-without-
    notes`. Read as citing nothing, `check` said "nothing to verify" and passed it, none of them checked.
    Links in the body with no notes heading over them are `links-without-notes` (said, not failed)."""
    if not page.links:
        return ()
    under: list[tuple[int, LexborNode]] = []
    if page.notes_headings:
        heading = page.notes_headings[-1]
        under = page.links[bisect.bisect_right(page.links, heading, key=lambda link: link[0]) :]
    if not under:
        return (links_without_notes_at(len(page.links), _line(page.links[0][1])),)
    line = _line(under[0][1])
    where = f"{links_counted(len(under))} under {page.last_notes_heading!r}, the first on line {line}"
    return (sources_without_notes_at(where, line),)


def _chapters_numbered_on(
    page: _SuperscriptPage, notes: list[tuple[LexborNode, str]]
) -> tuple[list[tuple[LexborNode, str]], list[int] | None]:
    """The notes of every chapter, where the notes' `<ol>` is the first of several, each numbered anew and
    each a chapter's (`<h3>Chapter 2</h3>` and its list), and the chapters' markers are numbered anew after
    their headings too: numbered on (`assembly.chapters_numbered_on`), with how far each marker (each label
    of `page.markers` in turn) is. Only the first list was read: chapter 2's markers cited chapter 1's notes
    and its own sources were never checked, nothing said. Else the notes as they are, and None."""
    ol = notes[0][0].parent
    if ol is None or ol.tag != "ol":
        return notes, None
    chapters = list(notes)
    while (ol := _next_chapters_list(ol)) is not None:
        items = _list_items(ol)
        if not items or items[0][1] != "1" or len(chapters) + len(items) > MAX_FOOTNOTES:
            break
        chapters.extend(items)
    if len(chapters) == len(notes):
        return notes, None
    places = [place for place, _, labels in page.markers for _ in labels]
    after_heading = [
        bisect.bisect_left(page.headings, place) > bisect.bisect_right(page.headings, before)
        for before, place in zip([-1, *places], places, strict=False)
    ]
    labels = [label for _, _, sup_labels in page.markers for label in sup_labels]
    offsets = chapters_numbered_on([label for _, label in chapters], labels, after_heading)
    if offsets is None:
        return notes, None
    of_notes, of_markers = offsets
    return [
        (note, str(int(label) + by)) for (note, label), by in zip(chapters, of_notes, strict=True)
    ], of_markers
