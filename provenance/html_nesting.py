"""How deep a browser's HTML5 tree building nests the elements of markup, read from its tags alone.

Tree building looks through the stack of open elements at most tags (is a `<p>` open in button scope? which
`<li>` does this close? is this end tag's element in scope?), so markup nested n deep costs n² in Lexbor as
in any HTML5 parser: 30,000 nested `<div>` took Lexbor 15.8 s, and 4 MB of nested `<blockquote>` over a
minute. Markup is therefore read only as deep as a browser nests it: Chromium stops nesting at 512 levels
(elements deeper are made siblings), and real pages stay far below (a Wikipedia article, a news story, a
Google Docs or Word export: 10 to 40 levels). At that bound the cost is linear: 4 MB of towers 510 deep take
Lexbor 0.5 s.

`TagReader` reads the tags as the HTML tokenizer does (a `<` in a comment, in an attribute value or in the
text of a `<script>` starts no tag) and keeps a sketch of the tree builder's stack of open elements: end tags
close what they close in a browser (`</div>` closes the `<p>` and `<span>` left open inside; `</div>` does
nothing across a `<table>`), and so do start tags (`<p>` and `<li>` end the open `<p>` or `<li>`, `<td>` the
open cell). Where the sketch is unsure, it keeps elements open: it may count a level too many, never lets
markup nest deeper than it says. It also counts the formatting elements (`<b>`, `<font>`, …) left open
across a block, which a browser opens again in every later block ("reconstructs"): a crafted page opens
thousands at every paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from provenance.patterns import on_first_use

# How deep markup may nest to be read: as deep as Chromium nests it.
MAX_NESTING = 512
# How many elements left open a browser may open again in all (`<p><b>x</p><p>y` opens the `<b>` again
# in the second paragraph). Real pages reopen a few per paragraph; a crafted one thousands at every one.
MAX_REOPENED = 200_000

# A tag's attributes up to its `>`, as the HTML tokenizer reads them: a name (anything up to a space, `/`,
# `>` or `=`), maybe `=` and a value (quoted: up to its closing quote, however far; else up to a space or
# `>`). Possessive throughout, so a pattern that fails never tries again: each character is read once.
_ATTRIBUTE_LIST = r"""
    (?: [\t\n\f\r /]*+ [^\t\n\f\r />][^\t\n\f\r />=]*+ [\t\n\f\r ]*+
        (?: = [\t\n\f\r ]*+ (?: "[^"]*+(?:"|\Z) | '[^']*+(?:'|\Z) | [^\t\n\f\r >"'][^\t\n\f\r >]*+ )?+ )?+
    )*+
"""
_ATTRIBUTES = rf"{_ATTRIBUTE_LIST} [\t\n\f\r /]*+ (?: > | \Z )"
# A start tag's attributes that end in `/>` (`<path d="…"/>`, not `<g id=a/>`, whose value is `a/`): in SVG
# and MathML, the element ends there.
_SELF_CLOSING = on_first_use(rf"{_ATTRIBUTE_LIST} [\t\n\f\r /]* / >", re.VERBOSE | re.ASCII | re.DOTALL)
# Everything up to the next tag (text, comments, doctypes), then that tag: a start tag (its name and
# attributes), an end tag (its name) or a `<![CDATA[` (text up to `]]>` in SVG and MathML, else a comment
# up to `>`). Each match reads on from where the last ended.
_UP_TO_A_TAG = re.compile(
    rf"""
    (?: [^<]++
      | <!-- (?: > | -> | .*?--!?> | .*+ )
      | <(?: !(?!(?-i:\[CDATA\[)) | \? )[^>]*+ (?: > | \Z )
      | </(?![a-z])[^>]*+ (?: > | \Z )
      | <(?![a-z]|/[a-z]|!(?-i:\[CDATA\[))
    )*+
    (?: <(?P<name>[a-z][^\t\n\f\r />]*+) (?P<attributes> {_ATTRIBUTES} )
      | </(?P<end>[a-z][^\t\n\f\r />]*+) {_ATTRIBUTES}
      | (?P<cdata> <!(?-i:\[CDATA\[) )
      | \Z
    )
    """,
    re.VERBOSE | re.IGNORECASE | re.ASCII | re.DOTALL,
)
# The text of an element whose text holds no tags (`script`, `style`, `title`, `textarea`, …), up to its end
# tag; `plaintext` runs to the end.
_RAW_TEXT = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"})
# Its end tag (`</script` in any ASCII case, then a space, `/` or `>`), searched for from where its text
# starts: the search skips to each `</` in C. A pattern that tried the end tag at every character (`.*?`
# before a lookahead) took 51 M instructions over a page's 140 KB of scripts, more than reading the rest of
# the page.
_RAW_TEXT_END = {
    name: on_first_use(rf"</{name}[\t\n\f\r />]", re.IGNORECASE | re.ASCII) for name in _RAW_TEXT
}


def _raw_text_end(markup: str, position: int, name: str) -> int:
    """Where the text of the raw-text element `name` (lower case) that runs from `position` ends: at its end
    tag, else at the markup's end."""
    found = _RAW_TEXT_END[name]().search(markup, position)
    return found.start() if found is not None else len(markup)


_HTML_ANNOTATION = on_first_use(
    r"""encoding[\t\n\f\r ]*=[\t\n\f\r ]*["']?(?:text/html|application/xhtml\+xml)["'\t\n\f\r >]""",
    re.IGNORECASE | re.ASCII,
)

_VOID = frozenset(
    {
        *("area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img"),
        *("input", "keygen", "link", "meta", "param", "source", "track", "wbr"),
    }
)
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Start tags that end an open `<p>` (in button scope). `<table>` does too, but not in quirks mode: left out.
_CLOSES_P = frozenset(
    {
        *("address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl"),
        *("fieldset", "figcaption", "figure", "footer", "header", "hgroup", "main", "menu", "nav", "ol"),
        *("p", "search", "section", "summary", "ul", "pre", "listing", "form", "li", "dd", "dt"),
        *("plaintext", "hr", "xmp"),
        *_HEADINGS,
    }
)
# End tags that close their element when it is in (default) scope, whatever is open inside it.
_SCOPED_ENDS = frozenset(
    {
        *("address", "article", "aside", "blockquote", "button", "center", "details", "dialog", "dir"),
        *("div", "dl", "fieldset", "figcaption", "figure", "footer", "header", "hgroup", "listing"),
        *("main", "menu", "nav", "ol", "pre", "search", "section", "summary", "ul", "dd", "dt"),
        *("applet", "marquee", "object", "select"),
    }
)
# Start tags before which a browser does not open again the formatting elements left open: blocks, and
# what goes in the head.
_NO_REOPEN = frozenset(
    {
        *(name for name in _CLOSES_P if name != "xmp"),
        *("table", "textarea", "iframe", "noembed", "noframes", "noscript", "template", "script", "style"),
        *("title", "base", "basefont", "bgsound", "link", "meta", "frameset", "frame", "body", "html"),
        *("head", "rb", "rp", "rt", "rtc"),
    }
)
_FORMATTING = frozenset(
    {"a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"}
)
# Elements whose end clears the formatting elements left open inside them.
_MARKERS = frozenset({"applet", "marquee", "object", "template", "td", "th", "caption"})
_TABLE_SECTIONS = frozenset({"tbody", "thead", "tfoot"})
_TABLE_PARTS = frozenset({"caption", "colgroup", "tr", "td", "th", *_TABLE_SECTIONS})
_NOT_PUSHED = frozenset({"html", "head", "body", "frameset"})
_RUBY = frozenset({"rb", "rp", "rt"})
# Start tags that leave foreign content (SVG, MathML) for HTML; `font` only with these attributes. (The
# spec's list has `sup` too; Lexbor keeps it in SVG or MathML.)
_BREAKOUT = frozenset(
    {
        *("b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed"),
        *("head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby"),
        *("s", "small", "span", "strong", "strike", "sub", "table", "tt", "u", "ul", "var"),
        *_HEADINGS,
    }
)
_FONT_BREAKOUT = on_first_use(
    r"(?:^|[\t\n\f\r /])(?:color|face|size)[\t\n\f\r /=>]", re.IGNORECASE | re.ASCII
)
_SPECIAL = frozenset(
    {
        *("address", "applet", "area", "article", "aside", "base", "basefont", "bgsound", "blockquote"),
        *("body", "br", "button", "caption", "center", "col", "colgroup", "dd", "details", "dir", "div"),
        *("dl", "dt", "embed", "fieldset", "figcaption", "figure", "footer", "form", "frame", "frameset"),
        *("head", "header", "hgroup", "hr", "html", "iframe", "img", "input", "keygen", "li", "link"),
        *("listing", "main", "marquee", "menu", "meta", "nav", "noembed", "noframes", "noscript"),
        *("object", "ol", "p", "param", "plaintext", "pre", "script", "search", "section", "select"),
        *("source", "style", "summary", "table", "tbody", "td", "template", "textarea", "tfoot", "th"),
        *("thead", "title", "tr", "track", "ul", "wbr", "xmp"),
        *_HEADINGS,
    }
)
_SVG_INTEGRATION = frozenset({"foreignobject", "desc", "title"})
_MATH_TEXT_INTEGRATION = frozenset({"mi", "mo", "mn", "ms", "mtext"})

# Kinds of stack entries, each kept as a stack of their positions, so "is X in scope" is one comparison.
_SCOPE = "scope"  # ends the default scope
_BUTTON = "button"  # ends button scope too
_LIST = "list"  # ends list item scope too
_TABLE = "table"  # ends table scope
_SPECIAL_KIND = "special"
_NOT_LI = "not-li"  # special, but not address, div, p, li: where the search for an open `<li>` stops
_NOT_DD = "not-dd"  # likewise for `<dd>` and `<dt>`
_MODE = "mode"  # table, table parts and template: what tells the insertion mode in a table
_HTML = "html"  # an HTML element (not SVG or MathML)
_INTEGRATION = "integration"  # where SVG or MathML holds HTML again
_FOREIGN = "foreign"  # an SVG or MathML element: Lexbor does not look for a `<button>` past one


def _html_kinds(name: str) -> tuple[str, ...]:
    kinds = [_HTML]
    if name in ("applet", "caption", "html", "table", "td", "th", "marquee", "object", "template"):
        kinds.append(_SCOPE)
    if name == "button":
        kinds.append(_BUTTON)
    if name in ("ol", "ul"):
        kinds.append(_LIST)
    if name in ("html", "table", "template"):
        kinds.append(_TABLE)
    if name in _SPECIAL:
        kinds.append(_SPECIAL_KIND)
        if name not in ("address", "div", "p", "li"):
            kinds.append(_NOT_LI)
        if name not in ("address", "div", "p", "dd", "dt"):
            kinds.append(_NOT_DD)
    if name in _TABLE_PARTS or name in ("table", "template"):
        kinds.append(_MODE)
    return tuple(kinds)


_HTML_KINDS = {
    name: _html_kinds(name)
    for name in (*_SPECIAL, *_TABLE_PARTS, *_FORMATTING, "button", "ol", "ul", "template", "marquee")
}
_OTHER_HTML_KINDS = (_HTML,)
# Start tags with a rule of their own (`_OpenElements._start_html`); any other is opened where it stands.
_STARTS_OF_NOTE = frozenset(
    {
        *_HTML_KINDS,
        *_NOT_PUSHED,
        *_TABLE_PARTS,
        *_CLOSES_P,
        *_VOID,
        *_NO_REOPEN,
        *_RUBY,
        *("rtc", "option", "optgroup", "svg", "math"),
    }
)
# SVG and MathML elements that end scopes and are special; an integration point holds HTML again.
_FOREIGN_BOUNDARY_KINDS = (_SCOPE, _SPECIAL_KIND, _NOT_LI, _NOT_DD)


class TooDeeplyNested(Exception):
    """Markup nested deeper than a browser nests it, or reopening too many elements left open; `offset` is
    where in the markup its tag starts."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.offset = offset


@dataclass(slots=True)
class _Entry:
    key: str  # the name, or "~name" for an SVG or MathML element
    kinds: tuple[str, ...]
    tag: str = ""  # a formatting element's whole tag, to tell alike ones apart
    foreign: str = ""  # "svg" or "math" for foreign elements


@dataclass
class _LeftOpen:
    """The formatting elements left open since the last marker (`<td>`, `<object>`, …), in order, which a
    browser opens again at the next text or inline tag; at most three alike (its "Noah's Ark" clause)."""

    entries: list[_Entry | None] = field(default_factory=list)  # None: taken off the list since
    alike: dict[str, list[int]] = field(default_factory=dict)  # a tag -> its places in `entries`
    by_name: dict[str, list[int]] = field(default_factory=dict)  # a name -> its places, latest last
    count: int = 0


class _OpenElements:
    """A sketch of the tree builder's stack of open elements (see the module's docstring)."""

    def __init__(self) -> None:
        self.entries: list[_Entry] = []
        self._positions: dict[str, list[int]] = {}  # key -> positions in `entries`, innermost last
        self._kinds: dict[str, list[int]] = {}  # kind -> positions in `entries`, innermost last
        self._left_open: list[_LeftOpen] = [_LeftOpen()]  # one per marker open, and one outside them
        self.left_open = 0  # in all of `_left_open`
        self.reopened = 0
        self._plain: dict[str, _Entry] = {}  # an entry for each name of an element with no rule of its own

    @property
    def depth(self) -> int:
        """How deep the browser's stack is at most: its open elements and those it may open again."""
        return len(self.entries) + self.left_open

    def _top(self, kind: str) -> int:
        found = self._kinds.get(kind)
        return found[-1] if found else -1

    def _innermost(self, key: str) -> int:
        found = self._positions.get(key)
        return found[-1] if found else -1

    def _in_scope(self, key: str, *kinds: str) -> int:
        """Where the innermost `key` is when no element of `kinds` is open inside it, else -1."""
        at = self._innermost(key)
        return at if at >= 0 and all(self._top(kind) <= at for kind in kinds) else -1

    def current(self) -> _Entry | None:
        return self.entries[-1] if self.entries else None

    def push(self, entry: _Entry) -> None:
        at = len(self.entries)
        self.entries.append(entry)
        self._positions.setdefault(entry.key, []).append(at)
        for kind in entry.kinds:
            self._kinds.setdefault(kind, []).append(at)
        if entry.key in _MARKERS:
            self._left_open.append(_LeftOpen())

    def pop_to(self, at: int, closed: int = -1) -> None:
        """Close the elements from position `at` inwards; the one at `closed` by its own end tag (a
        formatting element closed otherwise stays on the browser's list, to be opened again)."""
        if at < 0:
            return
        while len(self.entries) > at:
            position = len(self.entries) - 1
            entry = self.entries.pop()
            self._positions[entry.key].pop()
            for kind in entry.kinds:
                self._kinds[kind].pop()
            if entry.key in _MARKERS:
                self.left_open -= self._left_open.pop().count
            elif entry.tag and position != closed:
                self._leave_open(entry)

    def _leave_open(self, entry: _Entry) -> None:
        level = self._left_open[-1]
        place = len(level.entries)
        level.entries.append(entry)
        level.by_name.setdefault(entry.key, []).append(place)
        alike = level.alike.setdefault(entry.tag, [])
        alike.append(place)
        level.count += 1
        self.left_open += 1
        if len(alike) > 3:
            self._take_off(level, alike.pop(0))

    def _take_off(self, level: _LeftOpen, place: int) -> None:
        if level.entries[place] is not None:
            level.entries[place] = None
            level.count -= 1
            self.left_open -= 1

    def forget_left_open(self, name: str) -> None:
        """A stray end tag takes the latest formatting element of its name left open off the list."""
        level = self._left_open[-1]
        places = level.by_name.get(name)
        while places:
            place = places.pop()
            entry = level.entries[place]
            if entry is not None:
                level.alike[entry.tag].remove(place)
                self._take_off(level, place)
                return

    def reopen(self) -> None:
        """Text or an inline tag: the browser opens again the formatting elements left open (since the
        last marker), inside the current element."""
        level = self._left_open[-1]
        if not level.entries:
            return
        reopened = [entry for entry in level.entries if entry is not None]
        self.left_open -= level.count
        self._left_open[-1] = _LeftOpen()
        self.reopened += len(reopened)
        for entry in reopened:
            self.push(entry)

    # The tree builder's steps, as far as they change the stack's depth.

    def start(self, name: str, attributes: str) -> bool:
        """A start tag, with HTML's rules unless in SVG or MathML (then False); `name` in lower case."""
        current = self.current()
        if current is not None and current.foreign:
            integration = _INTEGRATION in current.kinds and (
                current.key[1:] not in _MATH_TEXT_INTEGRATION or name not in ("mglyph", "malignmark")
            )
            annotated_svg = current.key == "~annotation-xml" and name == "svg"
            if not integration and not annotated_svg:
                if name not in _BREAKOUT and not (name == "font" and _FONT_BREAKOUT().search(attributes)):
                    if _SELF_CLOSING().fullmatch(attributes) is None:
                        self._push_foreign(name, attributes, current.foreign)
                    return False
                self._leave_foreign_content()
        return self._start_html(name, attributes)

    def _leave_foreign_content(self) -> None:
        """A tag that breaks out of SVG or MathML closes them up to the nearest HTML element or integration
        point, and is read as HTML."""
        self.pop_to(max(self._top(_HTML), self._top(_INTEGRATION)) + 1)

    def _push_foreign(self, name: str, attributes: str, space: str) -> None:
        kinds: tuple[str, ...] = (_FOREIGN,)
        if (space == "svg" and name in _SVG_INTEGRATION) or (
            space == "math" and name in _MATH_TEXT_INTEGRATION
        ):
            kinds = (_FOREIGN, *_FOREIGN_BOUNDARY_KINDS, _INTEGRATION)
        elif space == "math" and name == "annotation-xml":
            kinds = (_FOREIGN, *_FOREIGN_BOUNDARY_KINDS)
            if _HTML_ANNOTATION().search(attributes):
                kinds = (*kinds, _INTEGRATION)
        self.push(_Entry(f"~{name}", kinds, "", space))

    def _start_html(self, name: str, attributes: str) -> bool:
        if name not in _STARTS_OF_NOTE:  # an inline or unknown element: the most common case
            if self._left_open[-1].entries:
                self.reopen()
            entry = self._plain.get(name)
            if entry is None:
                entry = self._plain[name] = _Entry(name, _OTHER_HTML_KINDS)
            self.push(entry)
            return True
        if name in _NOT_PUSHED:
            return True
        if (name in _TABLE_PARTS or name == "table") and self._start_table_part(name):
            return True
        if name in _CLOSES_P:
            self.pop_to(self._in_scope("p", _SCOPE, _BUTTON))
        if name in _HEADINGS:
            current = self.current()
            if current is not None and current.key in _HEADINGS:
                self.pop_to(len(self.entries) - 1)
        elif name == "li":
            self.pop_to(self._in_scope("li", _NOT_LI))
        elif name in ("dd", "dt"):
            at = max(self._innermost("dd"), self._innermost("dt"))
            self.pop_to(at if at >= self._top(_NOT_DD) else -1)
        elif name == "button":
            self.pop_to(self._in_scope("button", _SCOPE, _FOREIGN))
        elif name in ("a", "nobr"):
            # A link or `nobr` still open is closed first (by the adoption agency), as its end tag would.
            self.reopen()
            self._end_other(name)
        elif name in ("option", "optgroup"):
            if (current := self.current()) is not None and current.key in (name, "option"):
                self.pop_to(len(self.entries) - 1)
        elif (name in _RUBY or name == "rtc") and self._in_scope("ruby", _SCOPE) >= 0:
            while (current := self.current()) is not None and (
                current.key in _RUBY or (current.key == "rtc" and name in ("rb", "rtc"))
            ):
                self.pop_to(len(self.entries) - 1)
        if name not in _NO_REOPEN and self._left_open[-1].entries:
            self.reopen()
        if name in ("svg", "math"):
            if _SELF_CLOSING().fullmatch(attributes) is None:
                self._push_foreign(name, attributes, name)
            return False
        if name not in _VOID:
            tag = f"{name} {attributes}" if name in _FORMATTING else ""
            self.push(_Entry(name, _HTML_KINDS.get(name, _OTHER_HTML_KINDS), tag))
        return True

    def _start_table_part(self, name: str) -> bool:
        """A table's or a table part's start tag; True when it is dealt with (a table part outside a table
        is ignored, one in a `<template>` opened)."""
        mode = self._top(_MODE)
        if mode < 0 or self.entries[mode].key == "template":
            if mode >= 0 and name != "table":
                self.push(_Entry(name, _HTML_KINDS[name]))
            return name != "table"
        if name == "table":
            if self.entries[mode].key not in ("td", "th", "caption"):
                self.pop_to(self._in_scope("table", _TABLE))
            return False
        if name in ("td", "th"):
            self.pop_to(max(self._in_scope("td", _TABLE), self._in_scope("th", _TABLE)))
        elif name == "tr":
            self.pop_to(self._in_scope("tr", _TABLE))
        elif name in _TABLE_SECTIONS:
            self.pop_to(max(self._in_scope(section, _TABLE) for section in _TABLE_SECTIONS))
        else:  # caption, colgroup: back to the table
            table = self._in_scope("table", _TABLE)
            self.pop_to(table + 1 if table >= 0 else -1)
        if name in ("tr", "td", "th"):
            # A row outside a table section, a cell outside a row: the section and the row are implied.
            if self.entries[self._top(_MODE)].key == "table":
                self.push(_Entry("tbody", _HTML_KINDS["tbody"]))
            if name != "tr" and self.entries[self._top(_MODE)].key in _TABLE_SECTIONS:
                self.push(_Entry("tr", _HTML_KINDS["tr"]))
        self.push(_Entry(name, _HTML_KINDS[name]))
        return True

    def end(self, name: str) -> None:
        """An end tag; `name` in lower case."""
        current = self.current()
        if current is not None and current.key == name:  # the usual case: it closes the current element
            self.pop_to(len(self.entries) - 1, closed=len(self.entries) - 1)
            return
        if current is not None and current.foreign:
            if name in ("br", "p"):
                self._leave_foreign_content()
            elif (at := self._innermost(f"~{name}")) > self._top(_HTML):
                self.pop_to(at)
                return
        if name in _NOT_PUSHED or name == "br":
            return
        if name == "p":
            self.pop_to(self._in_scope("p", _SCOPE, _BUTTON))
        elif name == "li":
            self.pop_to(self._in_scope("li", _SCOPE, _LIST))
        elif name in _HEADINGS:
            at = max(self._innermost(heading) for heading in _HEADINGS)
            self.pop_to(at if at >= self._top(_SCOPE) else -1)
        elif name in _TABLE_PARTS or name in ("table", "template"):
            self.pop_to(self._in_scope(name, _TABLE))
        elif name in _SCOPED_ENDS:
            self.pop_to(self._in_scope(name, _SCOPE))
        elif name == "form":
            current = self.current()
            if current is not None and current.key == "form":  # else a browser takes it out of the middle
                self.pop_to(len(self.entries) - 1)
        else:
            self._end_other(name)

    def _end_other(self, name: str) -> None:
        """A formatting element's end tag, or any other: its element is closed with what is open inside it,
        unless a special element is (then a browser moves elements about, and the depth stays)."""
        at = self._innermost(name)
        if at >= 0:
            if self._top(_SPECIAL_KIND) <= at:
                self.pop_to(at, closed=at)
        elif name in _FORMATTING:
            self.forget_left_open(name)


class TagReader:
    """The start tags of `markup` in order, each as its match (spanning the text before it) and its name in
    lower case, while the nesting stays within `max_depth`; past it (or past `max_reopened` elements opened
    again), `TooDeeplyNested` at that tag."""

    def __init__(self, markup: str, max_depth: int | None = None, max_reopened: int | None = None) -> None:
        self._markup = markup
        self._max_depth = MAX_NESTING if max_depth is None else max_depth
        self._max_reopened = MAX_REOPENED if max_reopened is None else max_reopened
        self.deepest = 0

    def __iter__(self) -> Iterator[tuple[re.Match[str], str]]:
        markup = self._markup
        stack = _OpenElements()
        entries = stack.entries
        next_tag = _UP_TO_A_TAG.match
        position, end = 0, len(markup)
        while position < end:
            match = next_tag(markup, position)
            if match is None:  # pragma: no cover - the pattern matches at every position
                return
            position = match.end()
            kind = match.lastgroup
            if kind == "attributes":
                tag_start = match.start("name") - 1
                if match.start() < tag_start:
                    stack.reopen()  # text (or a comment) before the tag
                name = match.group("name").lower()
                html = stack.start(name, match.group("attributes"))
                depth = len(entries) + stack.left_open
                if depth > self.deepest:
                    self.deepest = depth
                    if depth > self._max_depth:
                        raise TooDeeplyNested(
                            f"elements nested more than {self._max_depth} deep, deeper than a browser nests"
                            " them",
                            tag_start,
                        )
                self._check_reopened(stack, tag_start)
                yield match, name
                if html and name in _RAW_TEXT:
                    position = _raw_text_end(markup, position, name)
                elif html and name == "plaintext":
                    return
            elif kind == "end":
                end_start = match.start("end") - 2
                if match.start() < end_start:
                    stack.reopen()
                    self._check_reopened(stack, end_start)
                stack.end(match.group("end").lower())
            elif kind == "cdata":
                current = stack.current()
                close = "]]>" if current is not None and current.foreign else ">"
                found = markup.find(close, position)
                position = end if found < 0 else found + len(close)
            else:
                return

    def _check_reopened(self, stack: _OpenElements, offset: int) -> None:
        if stack.reopened > self._max_reopened:
            raise TooDeeplyNested(
                "formatting elements left open (<b>, <font>, …) opened again more than"
                f" {self._max_reopened:,} times, in every later paragraph",
                offset,
            )


def within_nesting(markup: str, max_depth: int | None = None) -> str:
    """`markup` up to the start tag that would nest it deeper than `max_depth` (or reopen too many elements
    left open): all of it for any real page."""
    try:
        for _ in TagReader(markup, max_depth):
            pass
    except TooDeeplyNested as error:
        return markup[: error.offset]
    return markup
