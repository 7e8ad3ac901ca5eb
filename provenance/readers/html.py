"""HTML reports: notes are the elements that `<a href="#id">` markers in the body point to.

Covers the shapes Pandoc, Wikipedia and news sites produce: a marker is a fragment link that looks like one
(inside `<sup>`, a noteref role or class, or text such as `1` / `[1]`), and its target (`li`, `p`, ...) is the
note. Notes nobody points to are found beside the referenced ones (same list, same element name, an `id`) and
by the `doc-endnote` / `doc-footnote` roles.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from urllib.parse import parse_qs, unquote, urlsplit

from provenance.models import ReportFormat
from provenance.readers.assembly import (
    MARK,
    PASSAGE_END,
    PASSAGE_START,
    MarkerDraft,
    NoteDraft,
    ParagraphDraft,
    assemble_footnotes,
    collapse_whitespace,
    markers_without_footnotes,
    unique,
)
from provenance.readers.decoding import decode_text
from provenance.readers.interface import ReadResult, ReportReader
from provenance.urls import FoundUrl, iter_urls, schemes_added, shown_link_differs

if TYPE_CHECKING:
    from bs4 import BeautifulSoup
    from bs4.element import PageElement, Tag

_HIDDEN = ("script", "style", "template", "noscript")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BLOCKS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "body", "dd", "div", "dl", "dt", "figcaption"),
        *("figure", "footer", "header", "li", "main", "nav", "ol", "p", "pre", "section", "table"),
        *("td", "th", "tr", "ul"),
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
_MARKER_SIDE_ID = re.compile(r"^(?:ftnt_ref|_?ftnref|_?ednref)\d+$", re.IGNORECASE)
_NOTE_SIDE_ID = re.compile(r"^(?:ftnt|_ftn|_edn)\d+$", re.IGNORECASE)
_AFTER_ID_STEM = re.compile(r"[^A-Za-z_].*", re.DOTALL)
# Hand-written notes link back to their marker with an arrow or a caret and no class to say so.
_BACKLINK_TEXT = re.compile(r"^[\s\u21a9\u2191\u2934\ufe0e^]+$")
# A block quote's last line (after a `<br>` or in a block of its own) that starts with one of these names who
# is quoted (`— the mayor`): it is left out of the quoted words (a dash inside a line is not looked at).
_ATTRIBUTION_DASHES = ("\u2014", "\u2015", "\u2013", "--")


class _PassageEnd:
    """Where `_gather` closes the quoted passage of a `<q>` it opened."""


_PASSAGE_END_HERE = _PassageEnd()


@dataclass(frozen=True)
class _Marker:
    anchor: Tag
    label: str
    note: Tag | None


class _NearestAncestor:
    """The nearest proper ancestor that matches, remembered for every element on the way up.

    bs4's `find_parent` walks up from each element afresh: for n markers nested n deep that is quadratic.
    """

    def __init__(self, matches: Callable[[Tag], bool]) -> None:
        self._matches = matches
        self._memo: dict[int, Tag | None] = {}  # element id -> nearest matching ancestor-or-self

    def __call__(self, element: Tag) -> Tag | None:
        climbed: list[Tag] = []
        node = element.parent
        found: Tag | None = None
        while node is not None:
            if id(node) in self._memo:
                found = self._memo[id(node)]
                break
            if self._matches(node):
                found = node
                break
            climbed.append(node)
            node = node.parent
        for passed in climbed:
            self._memo[id(passed)] = found
        if found is not None:
            self._memo[id(found)] = found
        return found


@dataclass(frozen=True)
class _Ancestry:
    """Per document: the nearest `<sup>`, Wikipedia backlink box, block and context block of an element."""

    sup: _NearestAncestor = field(default_factory=lambda: _NearestAncestor(lambda tag: tag.name == "sup"))
    backlink_box: _NearestAncestor = field(
        default_factory=lambda: _NearestAncestor(
            lambda tag: "mw-cite-backlink" in tag.get_attribute_list("class")
        )
    )
    block: _NearestAncestor = field(
        default_factory=lambda: _NearestAncestor(lambda tag: tag.name in _BLOCKS and tag.name != "body")
    )
    context_block: _NearestAncestor = field(
        default_factory=lambda: _NearestAncestor(lambda tag: tag.name in _CONTEXT_BLOCKS)
    )
    block_quote: _NearestAncestor = field(
        default_factory=lambda: _NearestAncestor(lambda tag: tag.name == "blockquote")
    )
    _outermost_quotes: dict[int, Tag] = field(default_factory=dict)

    def outermost_block_quote(self, element: Tag) -> Tag | None:
        """The outermost `<blockquote>` around `element`. Each block quote's is remembered, so markers in
        block quotes nested n deep cost linear time."""
        climbed: list[Tag] = []
        quote = self.block_quote(element)
        while quote is not None and id(quote) not in self._outermost_quotes:
            climbed.append(quote)
            quote = self.block_quote(quote)
        if quote is not None:
            outermost: Tag | None = self._outermost_quotes[id(quote)]
        else:
            outermost = climbed[-1] if climbed else None
        if outermost is not None:
            for passed in climbed:
                self._outermost_quotes[id(passed)] = outermost
        return outermost


@dataclass
class _Text:
    """Text gathered from an element: paragraphs split at block elements, and URLs in document order."""

    paragraphs: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    misleading_links: list[tuple[str, str]] = field(default_factory=list)
    found: list[FoundUrl] = field(default_factory=list)
    marks: list[int] = field(default_factory=list)
    passages: bool = False  # whether the text holds `PASSAGE_START` / `PASSAGE_END`
    _current: list[str] = field(default_factory=list)

    def add(self, text: str) -> None:
        self._current.append(text)
        found = list(iter_urls(text))
        self.found.extend(found)
        self.urls.extend(item.url for item in found)

    def add_link(self, href: str) -> None:
        self.links.append(href)
        self.urls.append(href)

    def add_mark(self, box: Tag) -> None:
        """A marker's place: `MARK` in the text, and which marker box it was."""
        self._current.append(MARK)
        self.marks.append(id(box))

    def add_passage_edge(self, edge: str) -> None:
        self._current.append(edge)
        self.passages = True

    def break_paragraph(self) -> None:
        paragraph = collapse_whitespace("".join(self._current))
        if paragraph:
            self.paragraphs.append(paragraph)
        self._current = []


class HtmlReader(ReportReader):
    format = ReportFormat.HTML
    suffixes = (".html", ".htm", ".xhtml")

    def read(self, data: bytes, name: str) -> ReadResult:
        return read_html(decode_text(data, name))


def read_html(text: str) -> ReadResult:
    # bs4 is imported here, not with the module: with lxml and soupsieve it costs ~0.2 s of every start-up
    # (`extract` of a Markdown report included) that reads no HTML.
    from bs4 import BeautifulSoup

    # The characters that mark quoted passages in a paragraph (assembly.py) are unknown characters here.
    text = text.replace(PASSAGE_START, "\ufffd").replace(PASSAGE_END, "\ufffd")
    soup = BeautifulSoup(text, "html.parser")
    for hidden in soup.find_all(_HIDDEN):
        hidden.decompose()
    targets = _fragment_targets(soup)
    ancestry = _Ancestry()
    markers = [
        marker
        for anchor in soup.find_all("a", href=True)
        if (marker := _marker(anchor, targets, ancestry)) is not None
    ]
    marker_boxes = {id(_marker_box(marker.anchor, ancestry)) for marker in markers}
    notes = _notes(soup, [marker.note for marker in markers if marker.note is not None], ancestry)
    labels = _note_labels(notes, markers)
    note_ids = {id(note) for note in notes}
    paragraphs = _Paragraphs(marker_boxes, _boxes_after_block_quotes(soup, marker_boxes), ancestry)
    result = assemble_footnotes(
        [_note_draft(note, labels[id(note)], marker_boxes, note_ids, ancestry) for note in notes],
        [paragraphs.marker_draft(marker, labels[id(marker.note)]) for marker in markers if marker.note],
    )
    # A marker whose target is missing is matched by nothing, even when its text equals some note's label.
    orphans = markers_without_footnotes(
        (marker.label or str(marker.anchor.get("href")), _line(marker.anchor), None)
        for marker in markers
        if marker.note is None
    )
    return ReadResult(result.footnotes, (*orphans, *result.findings))


def _fragment_targets(soup: BeautifulSoup) -> dict[str, Tag]:
    """Each `id` (or old-style `<a name>`) and the first element carrying it, as a browser resolves it."""
    targets: dict[str, Tag] = {}
    for element in soup.find_all(True):
        for key in ("id", "name") if element.name == "a" else ("id",):
            value = element.get(key)
            if isinstance(value, str) and value:
                targets.setdefault(value, element)
    return targets


def _marker(anchor: Tag, targets: dict[str, Tag], ancestry: _Ancestry) -> _Marker | None:
    href = str(anchor.get("href", ""))
    if (
        not href.startswith("#")
        or len(href) < 2
        or _is_backlink(anchor, ancestry)
        or not _looks_like_marker(anchor, ancestry)
    ):
        return None
    target = targets.get(unquote(href[1:]))
    label = anchor.get_text(strip=True).strip("[]() ")
    if target is None:
        return _Marker(anchor=anchor, label=label, note=None)
    note = _note_of_target(target, ancestry)
    return None if note is None else _Marker(anchor=anchor, label=label, note=note)


def _is_backlink(anchor: Tag, ancestry: _Ancestry) -> bool:
    return (
        "doc-backlink" in anchor.get_attribute_list("role")
        or not _BACKLINK_CLASSES.isdisjoint(anchor.get_attribute_list("class"))
        or ancestry.backlink_box(anchor) is not None
        or _MARKER_SIDE_ID.match(unquote(str(anchor.get("href", "")))[1:]) is not None
        or (
            str(anchor.get("href", "")).startswith("#")
            and _BACKLINK_TEXT.match(anchor.get_text(strip=True)) is not None
        )
    )


def _looks_like_marker(anchor: Tag, ancestry: _Ancestry) -> bool:
    classes = [*anchor.get_attribute_list("class"), *_parent_classes(anchor)]
    return (
        "doc-noteref" in anchor.get_attribute_list("role")
        or any(_NOTEREF_CLASS.search(name) for name in classes if name)
        or ancestry.sup(anchor) is not None
        or _MARKER_TEXT.match(anchor.get_text(strip=True)) is not None
    )


def _parent_classes(anchor: Tag) -> list[str]:
    parent = anchor.parent
    return [] if parent is None else [name for name in parent.get_attribute_list("class") if name]


def _note_of_target(target: Tag, ancestry: _Ancestry) -> Tag | None:
    """The note a fragment target stands for, or None when the link is navigation or a backlink."""
    if target.name == "a" and not target.has_attr("href"):
        # An old-style named anchor marks the start of the note that holds it.
        return ancestry.context_block(target)
    if target.name == "a" and _MARKER_SIDE_ID.match(unquote(str(target.get("href")))[1:]):
        return _word_processor_note(target, ancestry)
    if target.name in ("a", "sup") or target.name in _STRUCTURE:
        return None
    return target


def _word_processor_note(anchor: Tag, ancestry: _Ancestry) -> Tag | None:
    """The note a word processor's note anchor opens: its paragraph, or the `<div>` that paragraph opens
    (Google Docs and Word wrap each note in a `<div>`, one `<p>` per note paragraph)."""
    from bs4.element import Tag

    block = ancestry.context_block(anchor)
    parent = block.parent if block is not None else None
    if block is not None and block.name == "p" and parent is not None and parent.name == "div":
        first = next((child for child in parent.children if isinstance(child, Tag)), None)
        if first is block:
            return parent
    return block


def _notes(soup: BeautifulSoup, referenced: Iterable[Tag], ancestry: _Ancestry) -> list[Tag]:
    """Referenced notes, their unreferenced siblings, and role-marked notes, in document order."""
    found: dict[int, Tag] = {}
    # Each (parent, element name, id stem) is scanned once, however many notes share it.
    scanned: set[tuple[int, str, str]] = set()
    for note in referenced:
        found.setdefault(id(note), note)
        stem = _id_stem(note)
        if stem is None or note.parent is None or (id(note.parent), note.name, stem) in scanned:
            continue
        scanned.add((id(note.parent), note.name, stem))
        for sibling in note.parent.find_all(note.name, recursive=False):
            if _id_stem(sibling) == stem:
                found.setdefault(id(sibling), sibling)
    for anchor in soup.find_all("a", href=True):
        # A word processor's note nobody cites still opens with its note-side anchor.
        name = anchor.get("id") or anchor.get("name")
        if isinstance(name, str) and _NOTE_SIDE_ID.match(name):
            opened = _note_of_target(anchor, ancestry)
            if opened is not None:
                found.setdefault(id(opened), opened)
    for element in soup.find_all(role=True):
        if not _NOTE_ROLES.isdisjoint(element.get_attribute_list("role")):
            found.setdefault(id(element), element)
    return sorted(found.values(), key=_position)


def _id_stem(element: Tag) -> str | None:
    """The id's leading name (`fn`, `cite_note`), so paragraph ids beside notes are not taken for notes."""
    value = element.get("id")
    return _AFTER_ID_STEM.sub("", value) if isinstance(value, str) and value else None


def _position(element: Tag) -> tuple[int, int]:
    return (element.sourceline or 0, element.sourcepos or 0)


def _note_labels(notes: list[Tag], markers: list[_Marker]) -> dict[int, str]:
    """A note's label is its first marker's text; an unreferenced note is numbered by its position.

    Notes that share an `id` share the label, so the later one is reported as a duplicate.
    """
    by_note: dict[int, str] = {}
    for marker in markers:
        if marker.note is not None and marker.label:
            by_note.setdefault(id(marker.note), marker.label)
    by_id = {
        note.get("id"): label for note in notes if (label := by_note.get(id(note))) and note.has_attr("id")
    }
    return {
        id(note): by_note.get(id(note)) or by_id.get(note.get("id")) or _written_label(note) or str(ordinal)
        for ordinal, note in enumerate(notes, start=1)
    }


def _written_label(note: Tag) -> str | None:
    """The number a word processor wrote in a note's own anchor (`[4]`), for a note nobody cites."""
    from bs4.element import Tag

    anchor = note.find("a", href=True)
    name = anchor.get("id") or anchor.get("name") if isinstance(anchor, Tag) else None
    if isinstance(anchor, Tag) and isinstance(name, str) and _NOTE_SIDE_ID.match(name):
        return anchor.get_text(strip=True).strip("[]() ") or None
    return None


def _note_draft(
    note: Tag, label: str, marker_boxes: set[int], note_ids: set[int], ancestry: _Ancestry
) -> NoteDraft:
    text = _Text()
    # A note inside another note (hostile nesting) is its own note, not part of the outer one's text.
    _gather(
        note,
        text,
        skip=lambda tag: _is_backlink_box(tag, ancestry) or id(tag) in marker_boxes or id(tag) in note_ids,
    )
    text.break_paragraph()
    note_text = _without_leading_label("\n\n".join(text.paragraphs), label)
    return NoteDraft(
        label=label,
        text=note_text,
        line=_line(note),
        urls=unique(text.urls),
        schemes_added=schemes_added(text.found, text.links),
        misleading_links=tuple(text.misleading_links),
    )


def _without_leading_label(paragraph: str, label: str) -> str:
    """A note written as `1. text` or `[1] text` repeats its label, which is no part of what it cites."""
    for prefix in (f"[{label}]", f"{label}.", f"{label})", f"{label}:"):
        rest = paragraph.removeprefix(prefix)
        if rest != paragraph and (prefix.startswith("[") or rest[:1].isspace()):
            return rest.lstrip()
    return paragraph


def _is_backlink_box(tag: Tag, ancestry: _Ancestry) -> bool:
    return (tag.name == "a" and _is_backlink(tag, ancestry)) or "mw-cite-backlink" in tag.get_attribute_list(
        "class"
    )


def _boxes_after_block_quotes(soup: BeautifulSoup, marker_boxes: set[int]) -> list[tuple[Tag, list[Tag]]]:
    """Each `<blockquote>` with the marker boxes that come right after it (`</blockquote><sup>…`), with
    nothing but spaces and other such boxes between. Each element is looked at for one quote only."""
    from bs4.element import NavigableString, Tag

    found: list[tuple[Tag, list[Tag]]] = []
    for quote in soup.find_all("blockquote"):
        boxes: list[Tag] = []
        for sibling in quote.next_siblings:
            if isinstance(sibling, Tag) and id(sibling) in marker_boxes:
                boxes.append(sibling)
            elif not (isinstance(sibling, NavigableString) and not sibling.strip()):
                break
        if boxes:
            found.append((quote, boxes))
    return found


class _Paragraphs:
    """The body paragraph of each marker, gathered once per block and shared by the markers in it.

    A marker in a `<blockquote>`, or right after one, has the whole (outermost) block quote as its
    paragraph, and its text is a quoted passage of that paragraph (`_block_quote_text`).
    """

    def __init__(
        self, marker_boxes: set[int], boxes_after_quotes: list[tuple[Tag, list[Tag]]], ancestry: _Ancestry
    ) -> None:
        self._marker_boxes = marker_boxes
        self._ancestry = ancestry
        self._boxes_after_quote = {id(quote): boxes for quote, boxes in boxes_after_quotes}
        self._quote_before_box = {id(box): quote for quote, boxes in boxes_after_quotes for box in boxes}
        self._gathered: dict[int, tuple[ParagraphDraft, dict[int, int]]] = {}

    def marker_draft(self, marker: _Marker, label: str) -> MarkerDraft:
        anchor = marker.anchor
        box = _marker_box(anchor, self._ancestry)
        quote = self._ancestry.outermost_block_quote(anchor) or self._quote_before_box.get(id(box))
        block = quote or self._ancestry.block(anchor) or anchor.parent or anchor
        key = id(block)
        if key not in self._gathered:
            text = _Text()
            if quote is not None:
                paragraph_text = self._block_quote_text(quote, text)
            else:
                # Nested blocks are paragraphs of their own: each text is gathered for its nearest block
                # only, so deep nesting costs linear time.
                _gather(
                    block,
                    text,
                    skip=lambda tag: tag.name in _BLOCKS,
                    mark=lambda tag: id(tag) in self._marker_boxes,
                    passages=True,
                )
                text.break_paragraph()
                paragraph_text = " ".join(text.paragraphs)
            places = {box: index for index, box in reversed(list(enumerate(text.marks)))}
            self._gathered[key] = (ParagraphDraft(paragraph_text, passages=text.passages), places)
        paragraph, places = self._gathered[key]
        mark = places.get(id(box), 0)
        return MarkerDraft(label=label, line=_line(anchor), paragraph=paragraph, mark=mark)

    def _block_quote_text(self, quote: Tag, text: _Text) -> str:
        """A block quote's text as one paragraph: a quoted passage of its lines but a last line of
        attribution, then the marker boxes right after it. Nested blocks are gathered with it."""
        _gather(
            quote, text, skip=lambda tag: False, mark=lambda tag: id(tag) in self._marker_boxes, passages=True
        )
        text.break_paragraph()
        lines = text.paragraphs
        attribution = ""
        if len(lines) > 1 and lines[-1].startswith(_ATTRIBUTION_DASHES):
            lines, attribution = lines[:-1], " " + lines[-1]
        after = self._boxes_after_quote.get(id(quote), [])
        text.marks.extend(id(box) for box in after)
        text.passages = True
        return PASSAGE_START + " ".join(lines) + PASSAGE_END + attribution + MARK * len(after)


def _line(element: Tag) -> int:
    return element.sourceline or 1


def _marker_box(anchor: Tag, ancestry: _Ancestry) -> Tag:
    """What a marker occupies in the text: its `<sup>` when it has one, else the link itself."""
    sup = ancestry.sup(anchor)
    return sup if sup is not None and sup.get_text(strip=True) == anchor.get_text(strip=True) else anchor


def _gather(
    element: Tag,
    text: _Text,
    skip: Callable[[Tag], bool],
    mark: Callable[[Tag], bool] = lambda tag: False,
    passages: bool = False,
) -> None:
    """The text of `element` in document order; iterative, so 2,000 nested elements are no RecursionError.

    With `passages` (a body paragraph), a `<q>` element's text is a quoted passage and a `<br>` ends a line
    (a paragraph of `text`, which a body paragraph joins with a space as the `<br>` would read).
    """
    from bs4.element import NavigableString, PreformattedString, Tag

    pending: list[PageElement | _PassageEnd | None] = list(reversed(element.contents))
    while pending:
        child = pending.pop()
        if child is None:
            text.break_paragraph()
        elif isinstance(child, _PassageEnd):
            text.add_passage_edge(PASSAGE_END)
        elif isinstance(child, Tag):
            if mark(child):
                text.add_mark(child)
            elif skip(child):
                continue
            elif child.name == "br":
                if passages:
                    text.break_paragraph()
                else:
                    text.add(" ")
            elif child.name == "q" and passages:
                text.add_passage_edge(PASSAGE_START)
                pending.append(_PASSAGE_END_HERE)
                pending.extend(reversed(child.contents))
            elif child.name in _BLOCKS:
                text.break_paragraph()
                pending.append(None)
                pending.extend(reversed(child.contents))
            else:
                _gather_link(child, text)
                pending.extend(reversed(child.contents))
        elif isinstance(child, NavigableString) and not isinstance(child, PreformattedString):
            text.add(str(child))


def _gather_link(tag: Tag, text: _Text) -> None:
    href = tag.get("href") if tag.name == "a" else None
    if isinstance(href, str) and href.lower().startswith(("http://", "https://")):
        target = _without_redirector(href)
        text.add_link(target)
        shown = _shown_text(tag)
        if shown_link_differs(shown, target):
            text.misleading_links.append((shown.strip(), target))


def _shown_text(tag: Tag, limit: int = 600) -> str:
    """The start of a link's text, read no further than `limit` characters (its strings lazily)."""
    shown: list[str] = []
    size = 0
    for string in tag.strings:
        shown.append(string)
        size += len(string)
        if size > limit:
            break
    return "".join(shown)


def _without_redirector(href: str) -> str:
    """Google Docs sends every link through `https://www.google.com/url?q=<link>&sa=D…`: the link is `q`."""
    parts = urlsplit(href)
    if parts.hostname in ("www.google.com", "google.com") and parts.path == "/url":
        target = parse_qs(parts.query).get("q", [""])[0]
        if target.lower().startswith(("http://", "https://")):
            return target
    return href
