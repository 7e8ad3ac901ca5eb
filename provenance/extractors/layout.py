"""Where an element stands in a page: in the site's chrome, hidden, in a block named as a side block.

Two readers ask, each for its own decision. `pages` removes what is not the page's own (the site's chrome,
hidden elements, consent dialogs) before judging page problems; `web` keeps side blocks (reader comments,
related links, sidebars, navigation, the page's footer) and hidden or chrome paywall boxes from speaking for
the article. The words they share are defined here once: the chrome's tags and their ARIA roles, what hides an
element (its attributes, or a bare class or id rule of the page's own stylesheet), the class and id words that
name a side block and how such words are read, and the bounded walk from an element to the elements around it.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Iterator, Mapping
from typing import NamedTuple

from selectolax.lexbor import LexborNode

from provenance import html_nesting
from provenance.patterns import on_first_use

# An element's attributes as the parser gives them (`LexborNode.attributes`: read once, asked several times).
Attributes = Mapping[str, str | None]
# How deep a page's markup may nest to be read at all (`pages.decode_html`): real pages stay far below.
MAX_NESTING = html_nesting.MAX_NESTING
MAX_ANCESTORS = MAX_NESTING + 16


def ancestors(node: LexborNode | None, limit: int = MAX_ANCESTORS) -> Iterator[LexborNode]:
    """`node` and the elements around it, innermost first, at most `limit` of them (the parser nests no
    deeper than `MAX_NESTING`: a crafted page cannot make the walk long)."""
    for _ in range(limit):
        if node is None:
            return
        yield node
        node = node.parent


def holders(anchors: Iterable[LexborNode | None]) -> set[int]:
    """The `mem_id`s of the anchors and of every element around one of them: the page's frame, never removed
    as chrome nor judged a side block, whatever it is called (an unclosed `<header>` swallows the article)."""
    return {node.mem_id for anchor in anchors for node in ancestors(anchor)}


# The site's chrome: each part's element and the ARIA role that marks any element as that part.
CHROME_ROLES = {"nav": "navigation", "header": "banner", "footer": "contentinfo", "aside": "complementary"}


class Chrome:
    """Some parts of the site's chrome (names in `CHROME_ROLES`: `nav`, `header`, `footer`, `aside`), found
    by element or by ARIA role."""

    def __init__(self, *parts: str) -> None:
        self.parts = parts
        self._elements = frozenset(parts)
        self._roles = frozenset(CHROME_ROLES[part] for part in parts)
        # Roles as written: the selector does not match `role="Navigation"`, `holds` does.
        self.selector = ", ".join([*parts, *(f"[role={CHROME_ROLES[part]}]" for part in parts)])

    def holds(self, node: LexborNode, attributes: Attributes, by_element: bool = True) -> bool:
        """Whether the node (with these attributes) is one of these parts: by its role, or (`by_element`) by
        what element it is."""
        if by_element and node.tag in self._elements:
            return True
        return (attributes.get("role") or "").strip().lower() in self._roles

    def shows(self, node: LexborNode) -> bool:
        """Whether a browser shows the node outside these parts: no element around it (nor it) is hidden
        or one of them."""
        for around in ancestors(node):
            attributes = around.attributes
            if hides(attributes) or self.holds(around, attributes):
                return False
        return True


# What a browser does not show until a script shows it: the `hidden` attribute, `aria-hidden="true"`, and
# these style declarations. The selector (which finds them to remove) reads `aria-hidden` as written and a
# declaration with no space or one on either side of its colon; `hides` (asked of one element) reads any case
# and spacing.
# `hidden="until-found"` hides nothing for good: find-in-page finds its words and a click opens it (a mobile
# Wikipedia page's collapsed sections), so they are the page's.
HIDDEN_STYLES = ("display:none", "visibility:hidden")
HIDDEN_ATTRIBUTE = "[hidden]:not([hidden=until-found i])"
# A declaration as written with a space on either side of its colon, or both (`display :none`).
_COLONS = (":", ": ", " :", " : ")
HIDING_STYLE = ", ".join(
    f"[style*='{declaration.replace(':', colon)}' i]" for declaration in HIDDEN_STYLES for colon in _COLONS
)
# A `<dialog>` is shown only once opened (a browser's own stylesheet: `dialog:not([open])`), as a script does.
CLOSED_DIALOG = "dialog:not([open])"
HIDDEN_SELECTOR = ", ".join([HIDDEN_ATTRIBUTE, "[aria-hidden=true]", CLOSED_DIALOG, HIDING_STYLE])
_MAX_NAME = 200  # of a class, id or style value read
_MAX_NAME_TOKENS = 20


def hides(attributes: Attributes) -> bool:
    """Whether an element with these attributes hides itself (`hidden`, `aria-hidden`, a hiding style in its
    first 200 characters, spaces aside); the elements around it are not asked."""
    if "hidden" in attributes and (attributes["hidden"] or "").lower() != "until-found":
        return True
    if (attributes.get("aria-hidden") or "").lower() == "true":
        return True
    style = (attributes.get("style") or "")[:_MAX_NAME].replace(" ", "").lower()
    # A loop, not `any()`: asked of every element around a candidate, a generator's cost shows.
    for declaration in HIDDEN_STYLES:  # noqa: SIM110
        if declaration in style:
            return True
    return False


# A page's own stylesheet (its `<style>` elements) hides elements by class or id as often as by `style`:
# `.gone{display:none}` hides `<p class="gone">` from every reader. Only what no reader sees counts: `display:
# none` and `visibility:hidden`, not a screen-reader-only text (`.sr-only`, `.visually-hidden`: clipped or
# off-screen, read aloud to a reader who listens), nor `opacity:0` (a text that fades in once the page has
# loaded), nor `height:0;overflow:hidden` or `max-height` (a "read more" expander's or an accordion's
# collapsed text, opened by a click), nor `font-size:0` (inline blocks set apart, their children sized
# again), nor `text-indent:-9999px` (a logo's name behind its image). This is no CSS engine: a rule counts
# only when it stands in no `@media` or other at-rule (a phone's layout is not every reader's) and each
# selector in it is a bare class or id (`.gone`, `#note, .gone`) or one the page's parser finds
# (`_plain_selector`: element names, classes, ids and attributes, with the combinators between them:
# `div.note p`, `.a > .b`, `[data-hidden]`; at most `MAX_HIDING_SELECTORS` of them). A selector with a
# pseudo-class hides by a state a reader's click or a script changes (`:not(.open)`, `:hover`, `:checked`):
# not read. A class or id that any rule, of any shape and anywhere, shows again (`display:block`,
# `visibility:visible`: `.open .gone{display:block}`, a media query's) is not hidden by it, nor is what a
# selector naming one finds (`.tabs .pane{display:none}` beside `.tabs .active{display:block}`).
MAX_STYLESHEET = 1_000_000  # characters of a page's `<style>` elements read
_MAX_RULE_DEPTH = 32  # blocks open at once: deeper rules are not read
_BARE_NAME = on_first_use(r"[.#]-?[A-Za-z_][A-Za-z0-9_-]*")
_NAMED_IN_SELECTOR = on_first_use(r"[.#]-?[A-Za-z_][A-Za-z0-9_-]*")
# What a selector the parser finds is written in: no `:` (a pseudo-class), `\\` (an escape), `(`, `,`, `@`,
# nor `~` (a general sibling, found by a walk along every sibling).
_PLAIN_SELECTOR = on_first_use(r"[A-Za-z0-9_.#\[\]=\"' >+*^$|-]+")
_TIGHT_COMBINATOR = on_first_use(r" ?([>+]) ?")
_MAX_SELECTOR = 200
_MAX_SELECTOR_PARTS = 4
# Selectors kept: each costs the parser a look at every element.
MAX_HIDING_SELECTORS = 64


def _plain_selector(selector: str) -> str | None:
    """The selector with its spaces made one and none around `>` or `+`, when what it names is found in
    linear time: compounds joined by `>` (a parent), `+` (the previous sibling) and at most three descendant
    combinators (a space), which `pages` reads part by part, by one walk up from each element a part finds
    (the parser walks every ancestor for each descendant combinator, and again at each: `.a .b div` over a
    tower of elements 512 deep took seconds); None for any other."""
    tight = _TIGHT_COMBINATOR().sub(r"\1", " ".join(selector.split()))
    if not tight or len(tight) > _MAX_SELECTOR or not _PLAIN_SELECTOR().fullmatch(tight):
        return None
    parts = tight.split(" ")
    if len(parts) > _MAX_SELECTOR_PARTS or any(
        not part or part.count("[") != part.count("]") for part in parts
    ):
        return None  # more descendant combinators, or a space inside an attribute's value
    return tight


class StylesheetHiding(NamedTuple):
    """What a page's stylesheet hides from every reader (`stylesheet_hiding`)."""

    names: frozenset[str]  # bare classes and ids: `.gone`, `#note`
    showing: frozenset[str]  # classes and ids some rule shows: an element naming one may be shown
    selectors: tuple[str, ...] = ()  # other selectors the parser finds: `div.note p`, `[data-hidden]`


def _without_css_comments(css: str) -> str:
    """The stylesheet without its `/* comments */` (an unclosed one runs to the end), in one pass."""
    kept, position = [], 0
    while (start := css.find("/*", position)) >= 0:
        kept.append(css[position:start])
        end = css.find("*/", start + 2)
        if end < 0:
            return "".join(kept)
        position = end + 2
    kept.append(css[position:])
    return "".join(kept)


def _css_rules(css: str) -> Iterator[tuple[str, str, bool]]:
    """(selector, declarations, whether it stands inside an at-rule) of each rule of a stylesheet, in one
    pass over its braces (a rule is a block holding no block)."""
    preludes: list[str] = []
    start, leaf, skipped = 0, False, 0
    # The next `{` and the next `}`, each found by a search in C that goes on from the last one found.
    next_open, next_close = css.find("{"), css.find("}")
    while next_open >= 0 or next_close >= 0:
        if next_close < 0 or 0 <= next_open < next_close:
            at, next_open = next_open, css.find("{", next_open + 1)
            if skipped or len(preludes) >= _MAX_RULE_DEPTH:
                skipped += 1
            else:
                preludes.append(css[start:at].rsplit(";", 1)[-1].strip())
            leaf = True
        else:
            at, next_close = next_close, css.find("}", next_close + 1)
            if skipped:
                skipped -= 1
                leaf = False
            elif preludes:
                prelude = preludes.pop()
                if leaf:
                    yield prelude, css[start:at], any(open_.startswith("@") for open_ in preludes)
                leaf = False
        start = at + 1


def _declared(declarations: str) -> Iterator[tuple[str, str]]:
    """(property, value) of each declaration, lowercase and without spaces (`display`, `none!important`)."""
    for declaration in declarations.split(";"):
        name, colon, value = declaration.partition(":")
        if colon:
            yield "".join(name.split()).lower(), "".join(value.split()).lower()


def _may_set_display_or_visibility(declarations: str) -> bool:
    """Whether a rule's declarations may name `display` or `visibility` as `_declared` reads a property's
    name (without its spaces, lowercase): one look at the whole block, where reading each declaration of
    every rule took a news page's stylesheet of 700 rules most of its reading time."""
    squashed = "".join(declarations.split()).lower()
    return "display" in squashed or "visibility" in squashed


def stylesheet_hiding(css: str) -> StylesheetHiding:
    """The bare classes and ids (`.gone`, `#note`) and the other plain selectors (`div.note p`) a page's
    stylesheet hides from every reader, and the classes and ids any of its rules shows (an element naming one
    may be shown: it is not hidden, nor is what a selector naming one finds). A stylesheet that sets anything
    `visibility:visible` hides nothing by `visibility:hidden`: an element inside one so hidden is shown when
    it is made visible again, and the element is removed with all it holds."""
    hiding: set[str] = set()
    invisible: set[str] = set()  # hidden by `visibility` only
    selected: dict[
        str, bool
    ] = {}  # plain selectors, in order, and whether `display` hides (else `visibility`)
    showing: set[str] = set()
    made_visible = False
    for selector, declarations, in_at_rule in _css_rules(_without_css_comments(css[:MAX_STYLESHEET])):
        if not _may_set_display_or_visibility(declarations):
            continue  # most rules (a margin, a colour, a font): nothing hidden, nothing shown
        displays_none, hides_visibility, shows = False, False, False
        for name, value in _declared(declarations):
            if name == "display":
                displays_none, shows = (True, shows) if value.startswith("none") else (displays_none, True)
            elif name == "visibility":
                hidden = value.startswith(("hidden", "collapse"))
                hides_visibility, shows = (True, shows) if hidden else (hides_visibility, True)
                made_visible = made_visible or value.startswith("visible")
        if shows:
            showing.update(_NAMED_IN_SELECTOR().findall(selector))
        if (displays_none or hides_visibility) and not in_at_rule:
            named = [part.strip() for part in selector.split(",")]
            if named and all(_BARE_NAME().fullmatch(part) for part in named):
                (hiding if displays_none else invisible).update(named)
            elif named and all(plain := [_plain_selector(part) for part in named]):
                for part in filter(None, plain):
                    if len(selected) < MAX_HIDING_SELECTORS or part in selected:
                        selected[part] = selected.get(part, False) or displays_none
    if not made_visible:
        hiding |= invisible
    kept = tuple(
        part
        for part, by_display in selected.items()
        if (by_display or not made_visible)
        and not any(name in showing for name in _NAMED_IN_SELECTOR().findall(part))
    )
    return StylesheetHiding(frozenset(hiding - showing), frozenset(showing), kept)


def names_hidden_by(attributes: Attributes, hiding: frozenset[str], showing: frozenset[str]) -> bool:
    """Whether an element with these attributes is hidden by the page's stylesheet (`stylesheet_hiding`):
    its class or id is one the stylesheet hides, and `shows_itself` does not say otherwise."""
    names = _names_of(attributes)
    return any(name in hiding for name in names) and not shows_itself(attributes, showing, names)


def _names_of(attributes: Attributes) -> list[str]:
    names = [f".{token}" for token in (attributes.get("class") or "")[:_MAX_NAME].split()[:_MAX_NAME_TOKENS]]
    return names + [f"#{identifier}" for identifier in (attributes.get("id") or "").split()[:1]]


def shows_itself(attributes: Attributes, showing: frozenset[str], names: list[str] | None = None) -> bool:
    """Whether an element the stylesheet hides may be shown all the same: one of its classes or its id is
    one a rule shows, or its own `style` sets `display` or `visibility` (which wins over the stylesheet)."""
    if any(name in showing for name in (_names_of(attributes) if names is None else names)):
        return True
    style = (attributes.get("style") or "").lower()
    return "display" in style or "visibility" in style


def class_or_id_containing(parts: Iterable[str]) -> str:
    """A CSS selector for elements whose class or id contains one of `parts`, in any case: the candidates a
    reading of their whole words (`names_one_of`) then judges."""
    return ", ".join(f'[{attribute}*="{part}" i]' for part in parts for attribute in ("class", "id"))


_NAME_WORDS = on_first_use(r"[-_\s]+|(?<=[a-z0-9])(?=[A-Z])")
# A class that describes a state or a topic names no block: `has-sidebar`, `no-comments`, `is-latest`, and
# WordPress's `category-comment` or `tag-trending` on an article.
_DESCRIBING_WORDS = frozenset(("has", "no", "with", "without", "is", "show", "hide", "category", "tag"))


def naming_words(value: str) -> Iterator[list[str]]:
    """The lowercase words (split at `-`, `_` and lowercase-to-capital changes) of each token of a class or
    id value that names a thing, not a state or topic (a token opening with a describing word); the first
    200 characters and 20 tokens read."""
    for token in value[:_MAX_NAME].split()[:_MAX_NAME_TOKENS]:
        words = [word.lower() for word in _NAME_WORDS().split(token) if word]
        if words and words[0] not in _DESCRIBING_WORDS:
            yield words


def names_one_of(value: str, names: frozenset[str]) -> bool:
    """Whether a class or id value names one of `names`: a word of one of its naming tokens, or two words
    joined (`tp-modal` is `tpmodal`)."""
    for words in naming_words(value):
        joined = (first + second for first, second in itertools.pairwise(words))
        if any(word in names for word in words) or any(pair in names for pair in joined):
            return True
    return False


# Blocks that are not the content by their class or id: reader comments, related, recommended and "latest"
# links, "read next" strips, sidebars. A class or id names one when one of its words, or two of them joined,
# is one of these: `comments-area`, `relatedStories`, `c-more-stories`, `read-next`.
SIDE_WORDS = frozenset(
    (
        "comment",
        "comments",
        "commentlist",
        "replies",
        "responses",
        "disqus",
        "related",
        "recommended",
        "recommendations",
        "outbrain",
        "taboola",
        "sidebar",
        "latest",
        "morestories",
        "mostread",
        "popular",
        "trending",
        # "Read next" strips, inside an article as often as beside it: `recirc`, `c-recirculation`,
        # `read-next`, `upNext`.
        "recirc",
        "recirculation",
        "readnext",
        "upnext",
    )
)
# Lexbor finds the candidates (case-insensitively); `names_side_block` then judges their whole words.
_SIDE_CANDIDATE_PARTS = (
    *(
        "comment",
        "replies",
        "responses",
        "disqus",
        "related",
        "recommend",
        "outbrain",
        "taboola",
        "sidebar",
        "latest",
    ),
    *("stories", "mostread", "most-read", "most_read", "popular", "trending"),
    *("recirc", "next"),  # `read-next`, `upNext`: judged by their words (`__next`, Next.js's root, is none)
)
SIDE_NAMED_SELECTOR = class_or_id_containing(_SIDE_CANDIDATE_PARTS)


def names_side_block(attributes: Attributes) -> bool:
    """Whether an element's class or id names a side block (`SIDE_WORDS`)."""
    return any(names_one_of(attributes.get(name) or "", SIDE_WORDS) for name in ("class", "id"))
