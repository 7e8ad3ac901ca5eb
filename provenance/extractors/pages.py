"""What every HTML page shares: decoding, visible text, publication times, and pages that are not content.

A 200 answer is not yet the cited content. `page_problem` names the two ways a page can look fine to a status
check and still say nothing: a *soft 404* (an error text, or a redirect to the site's home page) and a
*script shell* (a page whose visible text is empty or a "turn on JavaScript" notice until scripts run).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from provenance.models import SourceProblem
from provenance.warc.reader import StoredResponse

# Texts longer than this are cut before any search: checks need the passage, not a whole book.
MAX_TEXT = 200_000
MAX_NESTING = 512
_TAG = re.compile(r"<(/)?([A-Za-z][A-Za-z0-9:-]*)[^<>]*?(/)?>")
_VOID = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "basefont",
        "bgsound",
        "frame",
        "keygen",
    }
)
_INVISIBLE = ["script", "style", "noscript", "template", "svg", "iframe", "object"]

# What an error page says. A title, heading or short text is an error when one of its parts (a title split at
# its separators, a text at its sentence stops) says only this: "Page not found | City Ledger", "Oops! We
# can't find that page." Words inside a longer phrase are not enough: "Weapons not found at the site,
# inspectors say" and "Flight 404 lands safely" are headlines.
_ERROR_PHRASE = (
    r"(?:error\W*)?404(?:\W*error)?(?:\W*not found)?|(?:page|file|article|post|story) not found|not found"
    r"|(?:the |this |that )?(?:page|article|post|story|video|content) (?:(?:can.t|cannot|could not) be found"
    r"|(?:does not|doesn.t) exist|(?:isn.t|is not|is no longer|no longer) available|(?:is )?unavailable"
    r"|(?:has been|was) (?:removed|deleted))"
    r"|(?:we )?(?:can.t|cannot|couldn.t|could not) find (?:that|this|the|your|what you.re looking for)"
    r"(?: page| article| post| content)?(?: you(?:.re| are| were) looking for| you requested)?"
    r"|nothing (?:was )?found|video unavailable|no longer (?:available|exists)"
)
_ERROR_PART = re.compile(
    rf"(?:(?:oops|whoops|sorry|error|uh oh|hmm)\b\W*)*(?:{_ERROR_PHRASE})(?:\W+(?:{_ERROR_PHRASE}))*[\W\d]*",
    re.IGNORECASE,
)
_TITLE_SEPARATORS = re.compile(r"\s+[|\u2013\u2014\u00b7:-]+\s+|\s*\|\s*")
_SENTENCE_STOPS = re.compile(r"(?<=[.!?])\s+|\n")
_MAX_ERROR_TEXT = 2000  # an error title, heading or sentence is short; a longer one is read no further
_MAX_ERROR_PART = 200


def error_message(text: str | None, parts: re.Pattern[str] | None = _TITLE_SEPARATORS) -> str | None:
    """The part of a title (or of a short text split into sentences, or a whole heading: `parts` None) that
    says only "not found", if any."""
    text = (text or "")[:_MAX_ERROR_TEXT]
    for part in parts.split(text)[:20] if parts else [text]:
        if len(part) <= _MAX_ERROR_PART and _ERROR_PART.fullmatch(part.strip()):
            return part.strip()
    return None


_SCRIPT_NOTICE = re.compile(
    r"javascript is (?:not available|disabled|required)|enable javascript|(?:requires|need) javascript"
    r"|turn on javascript|javascript (?:must|needs to) be enabled",
    re.IGNORECASE,
)
_SHORT_PAGE_CHARS = 400  # visible text under this many characters is a page with no content of its own
_EMPTY_PAGE_WORDS = 12


_FIELD_CHARS = 500


def raw_fields(fields: Mapping[str, str | None]) -> dict[str, str]:
    """The raw fields an extractor read, for the record: empty ones dropped, each cut at 500 characters."""
    return {name: value[:_FIELD_CHARS] for name, value in fields.items() if value}


def nesting_depth(html: str) -> int:
    """How deep the markup's elements nest, in one pass over the tags (void elements and `/>` aside)."""
    depth = deepest = 0
    for tag in _TAG.finditer(html):
        if tag.group(1):
            depth = max(0, depth - 1)
        elif not tag.group(3) and tag.group(2).lower() not in _VOID:
            depth += 1
            deepest = max(deepest, depth)
    return deepest


def decode_html(response: StoredResponse) -> str:
    """The body as text, in the charset its header or its `<meta>` names (UTF-8 when neither does).

    HTML parsers spend time in proportion to depth for every tag, so markup nested deeper than MAX_NESTING
    (crafted: real pages stay far below) is not read at all: it comes back as "" and the page says nothing.
    """
    from w3lib.encoding import html_to_unicode

    _, text = html_to_unicode(response.header("Content-Type"), response.body)
    # Each level of nesting opens with a `<`: markup with fewer of them needs no count.
    return str(text) if text.count("<") <= MAX_NESTING or nesting_depth(text) <= MAX_NESTING else ""


def parse_html(html: str) -> LexborHTMLParser:
    return LexborHTMLParser(html)


def squeeze(text: str) -> str:
    """Runs of whitespace made one space, ends stripped."""
    return " ".join(text.split())


def node_text(node: LexborNode) -> str:
    """A node's text with `<br>` as a line break and inline markup joined without inserted spaces."""
    copy = LexborHTMLParser(node.html or "")
    for br in copy.css("br"):
        br.replace_with("\n")
    root = copy.body or copy.root
    text = root.text(separator="") if root is not None else ""
    return "\n".join(squeeze(line) for line in text.splitlines()).strip()


def visible_text(html: str) -> str:
    """What a browser without JavaScript shows of the body, whitespace squeezed, at most MAX_TEXT."""
    return visible_text_of(LexborHTMLParser(html))


def visible_text_of(tree: LexborHTMLParser) -> str:
    """`visible_text` of a parsed page. The tree loses its invisible elements: read it last."""
    tree.strip_tags(_INVISIBLE)
    body = tree.body
    return squeeze(body.text(separator=" ") if body is not None else "")[:MAX_TEXT]


def page_title(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first("title")
    title = squeeze(node.text()) if node is not None else ""
    return title or None


MAX_META = 2000  # a page with more `<meta>` tags than this is not telling us anything in the rest


def meta_tags(tree: LexborHTMLParser) -> dict[str, str]:
    """Each `<meta name|property|itemprop=…>` name (lowercase) and its first non-empty content."""
    found: dict[str, str] = {}
    for node in tree.css("meta")[:MAX_META]:
        attributes = node.attributes
        key = (
            attributes.get("property") or attributes.get("name") or attributes.get("itemprop") or ""
        ).lower()
        content = squeeze(attributes.get("content") or "")
        if key and content and key not in found:
            found[key] = content
    return found


def meta_content(metas: Mapping[str, str], *names: str) -> str | None:
    """The content of the first of `names` the page's `<meta>` tags give."""
    return next((metas[name.lower()] for name in names if name.lower() in metas), None)


@dataclass(frozen=True)
class PublishedTime:
    at: dt.datetime  # UTC
    day_only: bool  # the value named a calendar day (or a time without zone): only its day is known


# Times a page can give that the date check can still move by a day either way (`9999-12-31T23:00Z` cannot).
_FIRST_YEAR, _LAST_YEAR = 2, 9998


def parse_published(value: str | None) -> PublishedTime | None:
    """An ISO 8601 or RFC 2822 time. A date alone, or a time without a zone, is kept as its calendar day.
    None when it is none of these, or in the years 1 or 9999."""
    if not value:
        return None
    text = value.strip()[:64]
    parsed: dt.datetime | None = None
    try:
        parsed = dt.datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        try:
            parsed = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            return None
    if not _FIRST_YEAR <= parsed.year <= _LAST_YEAR:
        return None  # no publication time, and one that cannot be moved across time zones
    if parsed.tzinfo is None:
        day = parsed.date()
        return PublishedTime(dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC), day_only=True)
    day_only = len(text) <= len("2022-01-21")
    return PublishedTime(parsed.astimezone(dt.UTC), day_only=day_only)


def _path_is_root(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.path in ("", "/") and not parts.query


@dataclass(frozen=True)
class PageProblem:
    problem: SourceProblem
    detail: str


def page_problem(
    cited_url: str,
    final_url: str,
    title: str | None,
    text: str,
    has_scripts: bool,
    heading: str | None = None,
) -> PageProblem | None:
    """A soft 404 or a script shell, judged from what a page shows without running scripts (its title, its
    first `<h1>`, its visible text)."""
    if not _path_is_root(cited_url) and _path_is_root(final_url) and cited_url != final_url:
        return PageProblem("soft-404", f"redirected to the site's home page {final_url}")
    if title and error_message(title):
        return PageProblem("soft-404", f"the page's title is an error: {title[:120]!r}")
    if heading and error_message(heading, None):
        return PageProblem("soft-404", f"the page's heading is an error: {squeeze(heading)[:120]!r}")
    short = len(text) < _SHORT_PAGE_CHARS
    if short and _SCRIPT_NOTICE.search(text):  # only a short page can be a notice (a long search, else)
        return PageProblem("script-shell", f"the page shows only {squeeze(text)[:120]!r} without JavaScript")
    if short and error_message(text, _SENTENCE_STOPS):
        return PageProblem("soft-404", f"the page's text is an error: {squeeze(text)[:120]!r}")
    # Words counted only as far as the threshold: a long page is not split into all of its words.
    if has_scripts and len(text.split(maxsplit=_EMPTY_PAGE_WORDS)) < _EMPTY_PAGE_WORDS:
        shown = f"{squeeze(text)[:80]!r}" if text.strip() else "no text"
        return PageProblem("script-shell", f"the page shows {shown} until its scripts run")
    return None
