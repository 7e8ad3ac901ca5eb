"""Any web page: embedded metadata (JSON-LD, OpenGraph and `article:*`, microdata), `<time>`, main text.

Libraries made for the job read each part: `extruct` the embedded items (JSON-LD and microdata),
`trafilatura` the main text without navigation and boilerplate, `htmldate` a publication day where no metadata
names one, `selectolax` the rest (OpenGraph's `<meta property>` tags among it).
Every field read is kept in `SourcePost.fields` under the name of where it came from, so a reviewer sees why.
Only the page's content speaks for it: the date of its article item (the one that names the page, where
another story's item stands beside it; none of a side block's, nor a teaser's or a card's that names
another page of the site), not of the site's, an image's or a list's (`ItemList`) item, nor of an item that
names another page (a section's `WebPage`), nor of the clip an article embeds (a `VideoObject` on a page
OpenGraph calls an article), and
never a date or a word from a side block (reader comments, related links, sidebars, navigation, its footer) or
from after the end of the article that holds the headline (other stories, whatever their block is called), nor
a teaser's of another story wherever it stands (a "Latest" widget's line or card, its link titled as a story),
nor the date the site's masthead shows (the day the page is read), nor a clock's or weather box's `<time>` of
the day the page was read (its `Date`, an archive's `Memento-Datetime`) in a block beside the headline's and
the article's text (`_CaptureDayClock`), nor the day in the page's address, its
headline or its prose (the day it is about), nor an event's time an event page shows (marked `startDate`,
`dtstart`, labelled "When:", or an `Event` item's start), nor a `<time>` at the moment its metadata says it
changed (`article:modified_time`), unless it is marked as the publication's. A paper's landing page is dated
and authored by its `citation_publication_date` and `citation_author` tags where nothing else names them. A
Persian page's `<time>` or metadata of a Solar Hijri day (`1400-11-01`) is read in that calendar; another
page's of those years gives no day; a Thai page's of a Buddhist Era year (`2565-01-21`) is read as the
Gregorian one.
A live blog's `LiveBlogPosting` gives its span (its start to its latest update) and its
dated entries (`liveBlogUpdate`), kept for the date check (`_live_blog`); a page whose address or title
says it is live and gives no `LiveBlogPosting` (or one without its `liveBlogUpdate`s) has its entries read
from its markup (three or more elements of their own id, each holding a `<time>` and none of another
moment, or of a `data-timestamp` as WordPress's Liveblog plugin dates them, outside side blocks:
`_entries_in_the_markup`), named by the permalink each holds, and is dated by
its earliest entry where no metadata dates it. The writer of the entry the note's link names (its update's
`author`, its byline) is credited beside the blog's. The day a page was
changed is its metadata's, an "Updated" `<time>`'s, else its byline's "Updated" day (`_update_line_day`;
never a line only its footer or a sidebar shows: the site's), with the time beside that day where the page
settles its zone (`Last Updated: 21 Jan 2022, 09:15 IST` on an Indian site, `Updated 11:02 PM EST, Thu
January 20, 2022`). A day alone in
its metadata gives way to the moment on it that `article:published_time`, microdata or its byline's
`<time>` gives. A line that says when the page was printed or made for its reader (a print version's
"Printed from … on 05/12/2026") dates nothing. A page no
metadata, `<time>` or htmldate dates is dated by its publication line in its own language (`21 января
2022`), only beside its byline or headline (`_publication_line`; a byline no markup marks, right under the
headline, as a marked one: `By Lina Haddad | January 21, 2022`), else by the dateline opening one of its
first paragraphs, a press release's or a wire story's, where it gives the year (`NEW YORK, January 21, 2022
/PRNewswire/ --`: `_dateline_day`), or where the page's own dates (the day or month in its address, the
time it was changed) agree on the year of one without it (`KYIV, Jan 21 (Reuters) -`: `_in_the_page_s_year`).
The page's title is its `og:title`, else its article item's headline (read as the text it shows: `&amp;`
decoded, `<em>` dropped; a headline cut at 110 characters or with an ellipsis gives way to the whole one its
`<h1>` or `<title>` shows), else its `<title>`; not an `og:title` that is only the site's name (some sites
set it on every page). A reference an `og:title` or a `<title>` still holds once read, escaped twice
(`&amp;#039;`), is read as the character it writes. OpenGraph tags whose `og:url` is the site's home on
another of its pages are the home page's (an SEO plugin's, set on every page): their title (but one the
`<title>` opens with), description and address are not the page's. A later page of a paginated article
(`?page=2`, `/page/2/`) is titled without the marker of its number ("… (page 2)", "Seite 2: …"), a print
version (`?print=1`, `/print/`) without its bracketed marker ("… (print version)"). A page that goes on over
more pages (a live blog's older entries, an article's next part: `rel=next`, a link to its next page's
number, a live blog's "Load more" button) says where in `fields["continues at"]`, and a cited entry
(`#block-…`) no element of the page holds in `fields["cited entry not on the page"]`: quoted words from
there are not on the captured page. Where nothing else names the writer, a plain byline line right under the
headline (`<p>By Lina Haddad</p>`) does (`_unmarked_byline`).
A page that lists several articles (a home, section or tag page, or one that names such a page its own:
`/tag/kherson/`, `/author/lina-haddad/`, `/latest/`), or calls itself a search's (with no results too), a
tag's or an author's page, in place of the cited article, reached by a redirect from it or answered at its
own address, is a soft 404: its cards' dates and teasers are others'. So is one with a card or two that calls
itself a tag's or a search's ("Tag: Kherson"), reached from the article's address; such a page cited as
itself dates nothing (`fields["not dated"]`). An AMP address (`/amp` at the end or
the start of the article's path) redirected to the article is the article, whatever cards follow it; an AMP
or print version answered at the cited address that names another article its own (a canonical address
whose slug shares no word with the cited one's) is a soft 404.
An article whose text is only a notice (a byline and a date at most beside it) is not the article: a removal
("This article has been removed at the request of the author.") is a soft 404, a region's block ("This
content is no longer available in your region") makes it unavailable. A subscribe-to-continue prompt
opening a line of a short article is a paywall's, in a box named for one or not.
A publisher's note on its own article, in a box of its own (its words open it, after a label at most), is
read for what it says of the article: a retraction ("This article has been retracted", or a title headed
"RETRACTED:") makes the page unavailable, its words withdrawn; a correction ("An earlier version of this
article quoted …", "This story has been updated to remove …") is kept out of the article's text (in
`fields["correction note"]`), as what the article got wrong or took out is not what it says. A quotation
it sets in a `<figure>` (a `<blockquote>` beside its `<figcaption>`) is in its text. A post it embeds (X's
`blockquote.twitter-tweet`, Instagram's, TikTok's, Bluesky's, Mastodon's, Telegram's, Facebook's `.fb-post`,
Reddit's) is not: it is kept in `fields["embedded posts"]`, a line each naming who wrote it and when as its
markup gives them, unless the page is nothing but a headline over its embeds.
A Wayback Machine copy is read as the page at its original address, without what the archive adds to it
(its banner, its print line, its playback and analytics scripts): a page is a script shell by its own
scripts, not the archive's (a copy served as kept, `id_`, holds nothing of the archive's).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import json
import re
from collections.abc import Callable, Container, Iterator
from typing import Any, NamedTuple
from urllib.parse import parse_qsl, urldefrag, urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from provenance.citations.dates import (
    ENGLISH_MONTHS,
    find_date,
    find_time,
    other_days,
    read_day_first_in_arabic,
)
from provenance.citations.platforms import wayback_original
from provenance.escaping import escape_unprintable
from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.layout import (
    MAX_NESTING,
    SIDE_NAMED_SELECTOR,
    Chrome,
    ancestors,
    class_or_id_containing,
    hides,
    holders,
    names_one_of,
    names_side_block,
    naming_words,
)
from provenance.extractors.pages import (
    EMBEDDED_POSTS,
    MAX_META,
    MAX_TEXT,
    ONLINE_FIRST,
    PREPRINT_VERSION_SHOWN,
    PREPRINT_VERSIONS,
    RETRACTION,
    SENTENCE_STOPS,
    PageProblem,
    PublishedTime,
    decode_html,
    empty_answer,
    error_message,
    first_named,
    is_home_url,
    meta_content,
    meta_tags,
    own_text,
    page_problem,
    page_title,
    parse_html,
    parse_published,
    raw_fields,
    says_gate,
    shown_references,
    squeeze,
    title_parts,
    visible_text_of,
    without_never_shown,
)
from provenance.html_nesting import within_nesting
from provenance.models import Platform, SourcePost
from provenance.names import DESCRIBING_WORDS, META_AUTHOR_NOT_THE_BYLINE, ORGANISATION_WORDS
from provenance.patterns import Compiled, on_first_use
from provenance.readers.signatures import is_pdf
from provenance.urls import joined_url
from provenance.warc.reader import StoredResponse

_HTML_TYPES = ("text/html", "application/xhtml+xml")
_PDF_TYPES = ("application/pdf", "application/x-pdf")
# Below this many characters the main-text extractor kept too little; the visible text is read instead.
_MIN_MAIN_TEXT = 200
# The main-text extractor reads at most this much markup (its time grows fast with size; an article's text
# comes early). A quote past it is "not found", never a false pass.
_MAX_MAIN_TEXT_HTML = 1_500_000
# Crafted JSON-LD nests as deep as the JSON parser allows: how far names and items are followed.
_MAX_LD_STEPS = 10_000
_MAX_NAME_DEPTH = 8
_MAX_NAMES = 20
_MAX_HEADING = 500


def is_html(response: StoredResponse) -> bool:
    content_type = (response.header("Content-Type") or "").lower()
    if any(kind in content_type for kind in _HTML_TYPES):
        return True
    return not content_type and response.body.lstrip()[:15].lower().startswith((b"<!doctype html", b"<html"))


def _items(value: Any) -> Iterator[dict[str, Any]]:
    """JSON-LD items, flattened: lists and `@graph` opened up, in document order (without recursion: a
    crafted document nests as deep as its parser allows), at most _MAX_LD_STEPS values looked at."""
    pending = [value]
    for _ in range(_MAX_LD_STEPS):
        if not pending:
            return
        current = pending.pop()
        if isinstance(current, list):
            pending.extend(reversed(current))
        elif isinstance(current, dict):
            yield current
            pending.append(current.get("@graph"))


def _name(value: Any, depth: int = 0) -> str | None:
    """A person or organisation name from a JSON-LD or microdata value (string, object or list of them)."""
    if depth > _MAX_NAME_DEPTH:
        return None
    if isinstance(value, str):
        return squeeze(value) or None
    if isinstance(value, list):
        names = [name for name in (_name(item, depth + 1) for item in value[:_MAX_NAMES]) if name]
        return ", ".join(names) or None
    if isinstance(value, dict):
        properties = value.get("properties")  # microdata in extruct's uniform form
        inner = value.get("name") or (properties.get("name") if isinstance(properties, dict) else None)
        return _name(inner, depth + 1)
    return None


def _first(items: list[dict[str, Any]], keys: tuple[str, ...]) -> tuple[str, str] | None:
    for item in items:
        for key in keys:
            value = item.get(key)
            if isinstance(value, list):
                value = value[0] if value else None
            if isinstance(value, str) and value.strip():
                return key, value.strip()
    return None


# schema.org's Article and its subtypes, and its kinds of post: an item of one of these is the page's content.
_ARTICLE_TYPES = frozenset(
    (
        "Article",
        "AdvertiserContentArticle",
        "NewsArticle",
        "AnalysisNewsArticle",
        "AskPublicNewsArticle",
        "BackgroundNewsArticle",
        "OpinionNewsArticle",
        "ReportageNewsArticle",
        "ReviewNewsArticle",
        "Report",
        "SatiricalArticle",
        "ScholarlyArticle",
        "MedicalScholarlyArticle",
        "TechArticle",
        "APIReference",
        "SocialMediaPosting",
        "BlogPosting",
        "LiveBlogPosting",
        "DiscussionForumPosting",
    )
)
# Items about the site, its owners, its navigation or a reader's comment: never the cited content.
_FRAME_TYPES = frozenset(
    (
        "WebSite",
        "Organization",
        "NewsMediaOrganization",
        "Corporation",
        "GovernmentOrganization",
        "NGO",
        "Person",
        "ImageObject",
        "BreadcrumbList",
        "ListItem",
        # A list of other pages (related or most-read stories): its name ("Most read") titled the page.
        "ItemList",
        "SiteNavigationElement",
        "WPHeader",
        "WPFooter",
        "WPSideBar",
        "Comment",
    )
)
_PAGE_TYPES = frozenset(
    (
        "WebPage",
        "ItemPage",
        "AboutPage",
        "CollectionPage",
        "ProfilePage",
        "QAPage",
        "FAQPage",
        "SearchResultsPage",
    )
)


def _types(item: dict[str, Any]) -> frozenset[str]:
    """An item's types without their vocabulary (`http://schema.org/NewsArticle`, `schema:NewsArticle`)."""
    kinds = item.get("@type")
    names = kinds[:_MAX_NAMES] if isinstance(kinds, list) else [kinds]
    return frozenset(name.rsplit("/", 1)[-1].rsplit(":", 1)[-1] for name in names if isinstance(name, str))


# The field naming the kind of recording a page is the page of (`_episode_type`).
RECORDING = "recording"
# The JSON-LD types of an episode's page: a podcast's, a radio or television programme's.
_EPISODE_TYPES = frozenset(("PodcastEpisode", "RadioEpisode", "TVEpisode", "Episode"))


def _episode_type(items: list[dict[str, Any]]) -> str | None:
    """`JSON-LD PodcastEpisode` where one of the page's JSON-LD items is an episode (`_EPISODE_TYPES`): its
    page holds its title and notes, and what is said in it only in its recording; else None."""
    for item in items:
        episode = sorted(_types(item) & _EPISODE_TYPES)
        if episode:
            return f"JSON-LD {episode[0]}"
    return None


def _content_items(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The items that are the page's content, in document order: its article (or post) items where it has
    any, else every item that is not about the site (`_FRAME_TYPES`). A site's name, an image's date or an
    embedded video's author, often listed before the article, are not the article's."""
    articles = [item for item in items if _types(item) & _ARTICLE_TYPES]
    return articles or [item for item in items if not _types(item) & _FRAME_TYPES]


def _page_key(url: str, host_too: bool = True) -> str:
    """A page's address as items write it, for telling whether one names this page: without its scheme,
    `www.`, fragment (`#article`, as Yoast's `@id`s end) and closing slash; its path alone without
    `host_too` (as an item may name it: `"url": "/2022/01/21/council"`)."""
    try:
        parts = urlsplit(url.strip()[:2000])
    except ValueError:  # `http://[x` in a hostile item: no page's address
        return ""
    host = parts.netloc.lower().removeprefix("www.") if host_too else ""
    query = f"?{parts.query}" if parts.query else ""
    return f"{host}{parts.path.rstrip('/')}{query}"


def _named_pages(item: dict[str, Any]) -> Iterator[str]:
    """The addresses an item gives for itself: its `url`, `@id` and `mainEntityOfPage` (a URL, or an item
    with an `@id` or `url`), the first of a list."""
    for key in ("url", "@id", "mainEntityOfPage"):
        value = item.get(key)
        if isinstance(value, list):
            value = value[0] if value else None
        if isinstance(value, dict):
            value = value.get("@id") or value.get("url")
        address = _page_key(value) if isinstance(value, str) else ""
        if address:
            yield address


def _content_date(items: list[dict[str, Any]], page: frozenset[str] = frozenset()) -> tuple[str, str] | None:
    """(key, value) of the publication time of the item that is the page's content (`_content_items`), not
    of whichever item comes first.

    On a page with an article (or post) item, only such items speak: of those that name this page (`page`:
    its addresses as `_page_key` writes them) where one does, else of all; the first `datePublished` of one,
    else the first one's `dateCreated`. A page's items may describe other stories too (a related story's
    item before the article's own): its date was the article's. On a page without (a video page, say), the
    first `datePublished` of an item that is not about the site, else the `uploadDate` or `dateCreated` of
    the main item: the first such item that is not a web page around it (a video page often has [WebPage,
    VideoObject]).
    """
    content = _content_items(items)
    if any(_types(item) & _ARTICLE_TYPES for item in content):
        content = _the_page_s_articles(content, page)
        return _first(content, ("datePublished",)) or _first(content[:1], ("dateCreated",))
    content = _not_of_another_page(content, page)
    main = [item for item in content if not _types(item) & _PAGE_TYPES][:1]
    return _first(content, ("datePublished",)) or _first(main, ("uploadDate", "dateCreated"))


def _the_page_s_articles(content: list[dict[str, Any]], page: frozenset[str]) -> list[dict[str, Any]]:
    """Of the article items `content`, the page's own: those that name this page (`page`) where one does;
    else those that name no other page of its site (a teaser's or a card's item names its own story's
    page, on the same host or by a path alone), of which those that name no page at all where there are
    any. A teaser's `NewsArticle` listed before the article's own (which names no page), or a card's
    microdata item on a page whose article has none, gave the page its date and its writer, and a note
    citing them failed (or one citing the teaser's passed). An item that names the article's address on
    another host (its syndicated copy) is still its own."""
    own = [item for item in content if any(name in page for name in _named_pages(item))]
    if own or not page:
        return own or content
    hosts = {key.split("/", 1)[0] for key in page if key and not key.startswith("/")}

    def names_another_page_here(item: dict[str, Any]) -> bool:
        names = list(_named_pages(item))
        return bool(names) and all(name.startswith("/") or name.split("/", 1)[0] in hosts for name in names)

    kept = [item for item in content if not names_another_page_here(item)]
    unnamed = [item for item in kept if next(_named_pages(item), None) is None]
    return unnamed or kept


# The media an article embeds (a clip, a podcast's episode), which a player's script describes in JSON-LD of
# its own beside none of the article's.
_MEDIA_TYPES = frozenset(("VideoObject", "AudioObject", "MediaObject", "Clip"))


def _without_an_article_s_media(items: list[dict[str, Any]], og: dict[str, str]) -> list[dict[str, Any]]:
    """`items` without the media items (`_MEDIA_TYPES`) of a page whose OpenGraph calls it an article
    (`og:type` `article`, or an `article:published_time`): the clip its player describes is not the
    article. Read as its content item where the page had no article item, the clip's upload day dated the
    article and its name titled it, and a note citing the article's day and headline failed. A video's own
    page (`og:type` `video.other`) is its video's."""
    if og.get("og:type", "").strip().lower() != "article" and "article:published_time" not in og:
        return items
    return [item for item in items if not (_types(item) and _types(item) <= _MEDIA_TYPES)]


def _not_of_another_page(items: list[dict[str, Any]], page: frozenset[str]) -> list[dict[str, Any]]:
    """`items` without those that name pages (`_named_pages`), none of them this one (`page`), query strings
    aside: a section's or the site's `WebPage` or `CollectionPage` item, which some templates put on every
    article (`"url": "https://news.example/politics/"`), gave the article the section's founding day and its
    name ("Politics") for a title."""
    if not page:
        return items
    pages = {name.partition("?")[0] for name in page}
    kept = []
    for item in items:
        names = [name.partition("?")[0] for name in _named_pages(item)]
        if not names or any(name in pages for name in names):
            kept.append(item)
    return kept


def _content_author(
    items: list[dict[str, Any]], page: frozenset[str] = frozenset()
) -> tuple[str, bool] | None:
    """The author of the item that is the page's content, and whether it names only organisations (the
    outlet, a desk or an agency: an `Organization` item or a list of them), not a person.

    As for its date (`_content_date`): on a page with article items, those that name this page (`page`)
    speak where one does. A related story's item listed before the article's own named its writer as the
    article's, and a note citing that writer passed. An author given only by its `@id` is the item of the
    page's that has that `@id` (Yoast's `@graph` names a `Person` so)."""
    content = _content_items(items)
    if any(_types(item) & _ARTICLE_TYPES for item in content):
        content = _the_page_s_articles(content, page)
    value = next((item.get("author") for item in content if item.get("author")), None)
    values = [_referred(one, items) for one in (value[:_MAX_NAMES] if isinstance(value, list) else [value])]
    name = _name(values if isinstance(value, list) else values[0])
    if name is None:
        return None
    organisations = all(isinstance(one, dict) and _types(one) & _ORGANISATION_TYPES for one in values)
    return name, organisations


def _referred(value: Any, items: list[dict[str, Any]]) -> Any:
    """A JSON-LD value that only refers to another item by its `@id` (`{"@id": ".../#/schema/person/1"}`, as
    Yoast's `@graph` names an article's author), as that item; any other value as it is."""
    if not isinstance(value, dict) or value.get("name") or not isinstance(value.get("@id"), str):
        return value
    return next((item for item in items if item.get("@id") == value["@id"] and item is not value), value)


# schema.org's kinds of organisation an article names as its author when no person is named.
_ORGANISATION_TYPES = frozenset(
    (
        "Organization",
        "NewsMediaOrganization",
        "Corporation",
        "GovernmentOrganization",
        "NGO",
        "EducationalOrganization",
        "OnlineBusiness",
        "LocalBusiness",
    )
)


def _squashed(name: str) -> str:
    """A name as a site's names are compared with it: case folded, letters and digits only."""
    return "".join(character for character in name.casefold() if character.isalnum())


def _site_keys(names: list[str | None], url: str) -> frozenset[str]:
    """The page's names for its site (`og:site_name`, its publisher, `application-name`) and its host name's
    labels but the last (`bridgenews` for www.bridgenews.example), squashed."""
    try:
        labels = (urlsplit(url).hostname or "").split(".")[:-1][-_MAX_NAMES:]
    except ValueError:  # an address that names no host
        labels = []
    return frozenset(key for key in map(_squashed, [*(name or "" for name in names), *labels]) if key)


# schema.org's Boolean false as pages write it: JSON `false`, `"false"`, `"False"`, `https://schema.org/False`.
_MAX_BOOLEAN = 60


def _says_false(value: Any) -> bool:
    """Whether a JSON-LD or microdata value (or one of the first values of a list) is schema.org's false."""
    for one in value[:_MAX_NAMES] if isinstance(value, list) else [value]:
        if one is False:
            return True
        if isinstance(one, str):
            name = one.strip()[:_MAX_BOOLEAN].rsplit("/", 1)[-1].rsplit(":", 1)[-1]
            if name.lower() == "false":
                return True
    return False


def _not_free(items: list[dict[str, Any]], syntax: str) -> str | None:
    """How the page's article (or post) item marks itself as not free to read, if it does: its own
    `isAccessibleForFree` false, or a `hasPart` so marked (Google's markup for paywalled content). Where the
    page has no article item, its web page item speaks; never the site's, an image's or an embedded video's
    (a members-only video beside a free article does not wall the article)."""
    content = _content_items(items)
    own = [item for item in content if _types(item) & _ARTICLE_TYPES]
    own = own or [item for item in content if _types(item) & _PAGE_TYPES]
    for item in own:
        if _says_false(item.get("isAccessibleForFree")):
            return f"{syntax} isAccessibleForFree false"
        parts = item.get("hasPart")
        for part in parts[:_MAX_NAMES] if isinstance(parts, list) else [parts]:
            if isinstance(part, dict) and _says_false(part.get("isAccessibleForFree")):
                selector = part.get("cssSelector")
                selector = squeeze(selector)[:80] if isinstance(selector, str) else ""
                return f"{syntax} hasPart isAccessibleForFree false" + (f" ({selector})" if selector else "")
    return None


def _has_embedded_items(tree: LexborHTMLParser) -> bool:
    """Whether the page has JSON-LD or microdata for extruct to read (a type's case and its character
    references are as the parser decoded them, so no spelling of them is missed)."""
    if tree.css_first("[itemscope]") is not None:
        return True
    return any("ld+json" in (node.attributes.get("type") or "").lower() for node in tree.tags("script"))


def _embedded(html: str, url: str, tree: LexborHTMLParser) -> dict[str, Any]:
    """JSON-LD and microdata items, read by extruct; nothing for a page without any (extruct and the
    parsers it loads cost a fifth of a second to import, and a parse of the page each time)."""
    if not _has_embedded_items(tree):
        return {}
    import extruct

    try:
        data: dict[str, Any] = extruct.extract(
            html, base_url=url, syntaxes=["json-ld", "microdata"], uniform=True, errors="ignore"
        )
    except Exception:  # extruct parses hostile markup with several libraries; none may stop a check
        return {}
    return data


def _json_ld_outside_side_blocks(
    tree: LexborHTMLParser, url: str, ld: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The JSON-LD items (`ld`: the page's) without those of scripts in side blocks: a related story's card
    may carry its own `NewsArticle` item, which is not the article's and must not date it."""
    scripts = [
        node for node in tree.tags("script") if "ld+json" in (node.attributes.get("type") or "").lower()
    ]
    layout = _PageLayout(tree)
    kept = [node for node in scripts if not layout.place(node)[0]]
    if len(kept) == len(scripts):
        return ld
    if not kept:
        return []
    import extruct

    markup = "<html><head>" + "".join(node.html or "" for node in kept) + "</head></html>"
    try:
        data: dict[str, Any] = extruct.extract(
            markup, base_url=url, syntaxes=["json-ld"], uniform=True, errors="ignore"
        )
    except Exception:  # as in `_embedded`: hostile markup never stops a check
        return []
    return list(_items(data.get("json-ld")))


# OpenGraph's namespaces, whose `prefix:` needs no declaration (the properties read here are all in them).
_OPENGRAPH_PREFIXES = frozenset(("og", "article", "book", "profile", "music", "video", "product"))


def _in_the_head(node: LexborNode) -> bool:
    """Whether the element is a child of the page's `<head>` (as `head > meta` selects, without a query)."""
    parent = node.parent
    return parent is not None and parent.tag == "head"


def _dated_times(tree: LexborHTMLParser) -> list[LexborNode]:
    """The page's `<time>` elements with a `datetime` (as `time[datetime]` selects, without a query)."""
    return [node for node in tree.tags("time") if "datetime" in node.attributes]


def _canonical_link(tree: LexborHTMLParser) -> LexborNode | None:
    """The page's first `<link rel=canonical>`, found by name (`first_named`); its `rel` in any case, as
    lexbor's query `link[rel=canonical]` takes it."""
    links = tree.tags("link")
    return next((node for node in links if (node.attributes.get("rel") or "").lower() == "canonical"), None)


def opengraph_properties(tree: LexborHTMLParser) -> dict[str, str]:
    """The page's OpenGraph properties: each `<meta property content>` of its head in one of OpenGraph's
    namespaces, with its first non-empty value (else its first value), as OpenGraph readers take them."""
    found: dict[str, str] = {}
    for node in [node for node in tree.tags("meta") if _in_the_head(node)][:MAX_META]:
        attributes = node.attributes
        name, content = attributes.get("property"), attributes.get("content")
        if name is None or content is None or name.partition(":")[0] not in _OPENGRAPH_PREFIXES:
            continue
        if name not in found or (content.strip() and not found[name].strip()):
            found[name] = content
    return found


def _microdata_items(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Microdata items as flat dicts of their properties (uniform form), nested items included."""
    found: list[dict[str, Any]] = []
    pending = list(data.get("microdata") or [])
    while pending and len(found) < 100:
        item = pending.pop(0)
        if not isinstance(item, dict):
            continue
        found.append(item)
        pending.extend(value for value in item.values() if isinstance(value, dict))
    return found


# Blocks of a page that are not its content: reader comments, related, recommended and "latest" links,
# sidebars (`layout.SIDE_WORDS`), navigation and the page's own footer. A `<time>` in one of them dates a
# comment or another story, and their words are not the article's: neither may confirm a citation. The banner
# is no side block: an article's `<header>` holds its byline and its time.
_SIDE_CHROME = Chrome("aside", "nav", "footer")
# An AMP page's own chrome: its menu drawer (`amp-sidebar`, other stories' links and days in it), its consent
# dialog and its cookie notice, none shown until a reader opens or is asked, none the article's.
_AMP_CHROME = ("amp-sidebar", "amp-consent", "amp-user-notification")
_SIDE_CANDIDATES = ", ".join([*_SIDE_CHROME.parts, *_AMP_CHROME, "[role]", SIDE_NAMED_SELECTOR])
_MAX_SIDE_BLOCKS = 20_000  # candidates judged; a page with more has no fallback text or guessed date
_MAX_TIMES = 200


def _is_content_container(node: LexborNode) -> bool:
    return node.tag in ("article", "main") or (node.attributes.get("itemprop") or "").lower() == "articlebody"


class _PageLayout:
    """Which of a page's elements are side blocks (`_SIDE_CHROME`, `layout.SIDE_WORDS`), not its content.

    A `<footer>` inside an `<article>` is the article's own (bylines and dates sit there); the page's footer
    is a side block. An element that holds the page's first `<h1>` or its `<main>` is the page's frame, never
    a side block, whatever it is called (`<div class="content-sidebar-wrap">` wraps whole articles).
    """

    def __init__(self, tree: LexborHTMLParser) -> None:
        self._frame = holders((first_named(tree, "h1"), tree.css_first("main")))
        self._article_footers = {node.mem_id for node in tree.css("article footer")[:_MAX_SIDE_BLOCKS]}
        # Each element's place, once judged: the times of a page share most of their ancestors.
        self._places: dict[int, tuple[bool, bool]] = {}

    def is_side_block(self, node: LexborNode) -> bool:
        return self._is_side_block(node, node.attributes)

    def _is_side_block(self, node: LexborNode, attributes: dict[str, str | None]) -> bool:
        if node.tag in ("html", "body") or node.mem_id in self._frame:
            return False
        # An article's own `<footer>` is a side block only by its role.
        by_element = node.tag != "footer" or node.mem_id not in self._article_footers
        return (
            _SIDE_CHROME.holds(node, attributes, by_element)
            or node.tag in _AMP_CHROME
            or names_side_block(attributes)
        )

    def place(self, node: LexborNode) -> tuple[bool, bool]:
        """Whether the node is in a side block or a post the page embeds, and whether it is in an
        `<article>`, `<main>` or an `itemprop=articleBody` (it or one of its ancestors)."""
        walked: list[LexborNode] = []
        place = (False, False)
        for ancestor in ancestors(node):
            known = self._places.get(ancestor.mem_id)
            if known is not None:
                place = known
                break
            walked.append(ancestor)
        for ancestor in reversed(walked):
            # A post the article embeds is another's words, with its writer's name and time: neither credits
            # nor dates the article, whatever element holds it (`_EMBEDDED_POSTS`).
            attributes = ancestor.attributes
            apart = (
                place[0]
                or self._is_side_block(ancestor, attributes)
                or _is_an_embedded_post(ancestor, attributes)
            )
            place = (apart, place[1] or _is_content_container(ancestor))
            self._places[ancestor.mem_id] = place
        return place

    def side_blocks(self, tree: LexborHTMLParser) -> list[LexborNode] | None:
        """The side blocks, in document order; None when there are more candidates than are judged."""
        candidates = tree.css(_SIDE_CANDIDATES)
        if len(candidates) > _MAX_SIDE_BLOCKS:
            return None
        return [node for node in candidates if self.is_side_block(node)]


def _without_side_blocks(tree: LexborHTMLParser) -> bool:
    """Removes the page's side blocks from the tree; False (the tree unchanged) when there are too many."""
    blocks = _PageLayout(tree).side_blocks(tree)
    if blocks is None:
        return False
    # Last first: a block inside another is removed before the one around it, so no node removed is read.
    for node in reversed(blocks):
        node.decompose()
    return True


# When a page was changed is not when it was published: a page that gives only that has no publication
# date (htmldate falls back to such dates, and to the copyright year's 1 January, when it finds nothing else).
_MODIFIED_META_NAMES = frozenset(
    (
        "lastdate", "lastmod", "lastmodified", "last-modified", "modified", "utime", "article:modified",
        "article:modified_date", "article:modified_time", "article:post_modified", "bt:moddate",
        "datemodified", "dateupdate", "dateupdated", "dc.modified", "dc.date.modified", "dcterms.modified",
        "modificationdate", "modified_time", "og:article:modified_time", "og:modified_time",
        "og:updated_time", "revision_date", "updated_time", "copyrightyear",
    )
)  # fmt: skip
_MODIFIED_META_ATTRIBUTES = ("name", "property", "itemprop", "http-equiv")
_MODIFIED_CLASS_WORDS = re.compile(r"updated|modified|lastmod", re.IGNORECASE)
# WordPress marks a post never changed `entry-date published updated`: its one date is the publication's.
_PUBLISHED_CLASS_WORDS = on_first_use(r"publish|pubdate", re.IGNORECASE)
# The words a page puts before a date it was changed on: "Updated", "Last modified on", "Mis à jour le",
# "Update:", and German's "Stand:" (the page as it stood then: a list's or a register's latest change); and
# as the news sites reports cite write them: Russian's and Ukrainian's "Обновлено в", "Последнее
# обновление", "Оновлено", French's "Modifié le", "Actualisé le", Spanish's "Última actualización",
# Turkish's "Güncelleme Tarihi:", Arabic's "آخر تحديث" ("last update"), Persian's "به‌روزرسانی" (with or
# without its zero-width non-joiner), Italian's, Portuguese's, Polish's, Serbian's and Bulgarian's. Each
# of these, unread, made an update's `<time>` the page's publication.
_UPDATE_WORDS = (
    r"(?:last\s+)?(?:updated|modified|edited|revised|amended)|mis à jour|modifié|actualisé"
    r"|(?:zuletzt\s+)?aktualisiert|geändert|actualizad[oa]|última actualización|modificad[oa]"
    r"|(?:последнее\s+)?обновлени[ея]|обновлен[оа]?|изменен[оа]?|(?:востаннє\s+)?оновлено"  # noqa: RUF001
    r"|(?:останнє\s+)?оновлення|змінено|обновено|ažurirano"
    r"|(?:son\s+)?güncelle(?:me|nme|ndi)(?:\s+tarihi)?"
    r"|(?:آخر\s+)?تحديث|تم\s+التحديث"
    r"|(?:آخرین\s+)?(?:به[\u200c\s]?روز[\u200c\s]?رسانی|بروزرسانی|به[\u200c\s]?روز[\u200c\s]?شده)"
    r"|aggiornat[oa]|ultimo aggiornamento|atualizad[oa]|última atualização|aktualizacja|zaktualizowano"
    # Dutch's and Swedish's: unread, `Bijgewerkt 25 januari 2022` under the headline dated the page.
    r"|(?:laatst\s+)?(?:bijgewerkt|gewijzigd)|(?:senast\s+)?(?:uppdaterad|\u00e4ndrad)"
)
_UPDATE_LABEL = re.compile(
    rf"(?:(?:{_UPDATE_WORDS})(?:\s+(?:on|at|le|à|am|um|el|em|il|в|\u043e|o))?"
    r"|\bupdate\s*:|\bstand(?:\s*:|\s+vom))"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
# An update word needs no space before the day after it: a definition list's or a table's label and value
# (`<dt>Updated</dt><dd>25 January 2022</dd>`) read as one text run together (`Updated25 January 2022`), and
# the update's day dated the page.
_UPDATE_LINE = re.compile(
    rf"\s*(?:(?:{_UPDATE_WORDS})(?![^\W\d_])|update\s*:|stand(?:\s*:|\s+vom\b))",
    re.IGNORECASE,
)
_MAX_LABEL = 40  # the text right before a `<time>` that can say what its date is
_MAX_UPDATE_LINE = 160  # a line that gives an update's date is short; a longer one is the article's text
_MAX_UPDATE_LINES = 5_000  # elements looked at for such a line


def _marks_a_modification(node: LexborNode) -> bool:
    """Whether a `<time>` (or a `<meta>`) gives when the page was changed, not when it was published: by its
    name (`article:modified_time`, itemprop `dateModified`), its class (`updated`, WordPress's own), or the
    label right before it ("Updated <time>")."""
    attributes = node.attributes
    for name in _MODIFIED_META_ATTRIBUTES:
        value = attributes.get(name)
        if value and value.strip().lower() in _MODIFIED_META_NAMES:
            return True
    # Its class, id or test id (`class="updated"`, `id="last-updated"`, `data-testid="updated-timestamp"`).
    for name in ("class", "id", "data-testid"):
        value = attributes.get(name) or ""
        if _MODIFIED_CLASS_WORDS.search(value) and not _PUBLISHED_CLASS_WORDS().search(value):
            return True
    # What it says of itself when pointed at (`title="Last updated"`).
    for name in ("title", "aria-label"):
        if _UPDATE_LINE.match((attributes.get(name) or "")[:_MAX_LABEL]):
            return True
    return _UPDATE_LABEL.search(_label_before(node)) is not None


# A date struck through beside the one that corrects it (`<del>January 20</del> January 21, 2022`, `<s>`,
# `<strike>`): no longer the page's. Read, the struck day dated the page, and a true note failed.
_STRUCK_TAGS = frozenset(("del", "s", "strike"))
_STRUCK = "del, s, strike"
_STRUCK_DEPTH = 4  # a struck `<time>`'s own elements around it (`<del><span><time>`)


def _is_struck(node: LexborNode) -> bool:
    """Whether an element (a `<time>`) stands inside a struck one, a few elements out at most."""
    return any(around.tag in _STRUCK_TAGS for around in ancestors(node.parent, _STRUCK_DEPTH))


def _is_empty(node: LexborNode) -> bool:
    """Whether an element shows no text (an icon), known from at most a few of its nodes."""
    return _is_short(node, 0)


def _label_before(node: LexborNode) -> str:
    """The last characters of what stands right before an element: the text before it, or the short
    element before it (`<span>Updated:</span> <time>`), spaces and icons between them aside."""
    before = node.prev
    # Spaces, and up to a few empty elements (an icon: `<span>Updated</span><i class="icon"></i><time>`).
    empty_elements = 0
    while before is not None and (
        (before.tag == "-text" and not (before.text_content or "").strip())
        or (before.tag != "-text" and empty_elements < 3 and _is_empty(before))
    ):
        empty_elements += before.tag != "-text"
        before = before.prev
    if before is None:
        return ""
    if before.tag == "-text":
        return (before.text_content or "")[-_MAX_LABEL:]
    return before.text()[-_MAX_LABEL:] if _is_short(before, _MAX_LABEL) else ""


# Where a `<header>` is the article's or a section's, not the site's banner (as ARIA reads it: a `<header>`
# inside none of these is the page's `banner`).
_SECTIONING_TAGS = frozenset(("article", "aside", "main", "nav", "section"))
# A class or id word that names the site's banner whatever element it is (`masthead`, `site-header`).
_BANNER_WORDS = frozenset(("masthead", "siteheader"))
# A bar above the site's header (`top-bar`, `topbar`, `header-top`, `td-header-top-menu`), where many a
# newspaper's theme shows the day it is read: the site's banner too, where no sectioning element holds it
# (an article's own `article-top-bar` holds its byline's date).
_TOP_BAR_WORDS = frozenset(("topbar", "headertop", "topheader"))
_TOP_BAR_PARTS = ("topbar", "top-bar", "top_bar", "header-top", "header_top", "top-header", "top_header")
_BANNER_CANDIDATES = ", ".join(
    (
        "header",
        '[role="banner" i]',
        class_or_id_containing(("masthead", "site-header", "siteheader", "headertop", "topheader")),
        class_or_id_containing(_TOP_BAR_PARTS),
    )
)
_MAX_BANNERS = 200


def _site_banners(tree: LexborHTMLParser) -> list[LexborNode]:
    """The site's banners (a `<header>` in no sectioning element, an element of role `banner`, or one whose
    class or id names a masthead) that do not hold the page's first `<h1>`: a newspaper's masthead shows the
    day it is read ("Monday, 5 December 2026"), which is no article's date. A banner that holds the headline
    is the article's own header."""
    heading = first_named(tree, "h1")
    if heading is None:
        return []  # no headline to tell the site's banner from the article's header by
    headline_holders = holders((heading,))
    banners = []
    for node in tree.css(_BANNER_CANDIDATES)[:_MAX_BANNERS]:
        if node.mem_id in headline_holders:
            continue
        attributes = node.attributes
        named = (attributes.get("role") or "").strip().lower() == "banner" or any(
            names_one_of(attributes.get(name) or "", _BANNER_WORDS) for name in ("class", "id")
        )
        if named:
            banners.append(node)
            continue
        top_bar = node.tag != "header" and any(
            names_one_of(attributes.get(name) or "", _TOP_BAR_WORDS) for name in ("class", "id")
        )
        if (node.tag == "header" or top_bar) and not any(
            each.tag in _SECTIONING_TAGS for each in ancestors(node)
        ):
            banners.append(node)
    return banners


_MAX_ORDERED_ELEMENTS = 200_000  # elements put in document order; a page with more keeps what follows


def _headline_article(tree: LexborHTMLParser) -> LexborNode | None:
    """The article that holds the page's first `<h1>`: the innermost `<article>`, `<main>` or
    `itemprop=articleBody` around it; None when none is."""
    heading = first_named(tree, "h1")
    if heading is None:
        return None
    return next((node for node in ancestors(heading.parent) if _is_content_container(node)), None)


def _after_the_article(tree: LexborHTMLParser, nodes: list[LexborNode]) -> set[int]:
    """The `mem_id`s of those of `nodes` that come after the end of the article holding the headline
    (`_headline_article`): the stories a page lists after its article (`<div class="river">`, a `<section>`
    of `<main>` after the `<article>`) are others', whatever their blocks are called."""
    article = _headline_article(tree)
    if article is None:
        return set()
    elements = tree.css("*")
    if len(elements) > _MAX_ORDERED_ELEMENTS:
        return set()
    wanted = {node.mem_id for node in nodes}
    after: set[int] = set()
    end: int | None = None
    for index, element in enumerate(elements):
        if end is None and element.mem_id == article.mem_id:
            end = index + len(article.css("*"))  # its elements follow it, in document order
        elif end is not None and index > end and element.mem_id in wanted:
            after.add(element.mem_id)
    return after


def _without_what_follows_the_article(tree: LexborHTMLParser) -> None:
    """Removes what comes after the end of the article holding the headline (`_after_the_article`)."""
    article = _headline_article(tree)
    for around in ancestors(article) if article is not None else ():
        if around.tag in ("html", "body"):
            return
        while around.next is not None:
            around.next.decompose()


def _headline_s_block(tree: LexborHTMLParser) -> LexborNode | None:
    """The block that holds the page's first `<h1>` and the article's text: the article around it
    (`_headline_article`), else its innermost ancestor holding more than a line's text; None where that is
    the page's `<body>` (a flat page, whose lines stand beside the headline's)."""
    article = _headline_article(tree)
    if article is not None:
        return article
    heading = first_named(tree, "h1")
    for around in ancestors(heading.parent) if heading is not None else ():
        if around.tag in ("html", "body"):
            return None
        if not _is_short(around, _MIN_MAIN_TEXT):
            return around
    return None


def _without_what_stands_beside(block: LexborNode) -> None:
    """Removes what the page's `<body>` holds before and after `block` (its head, with its tags, stays)."""
    for around in ancestors(block):
        if around.tag in ("html", "body"):
            return
        while around.next is not None:
            around.next.decompose()
        while around.prev is not None:
            around.prev.decompose()


_MAX_PUBLISHED_MARK = 200  # of a `<time>`'s class, id or itemprop read

# A `<time datetime>` (or a metadata time) of a Solar Hijri day (`1400-11-01`, as Iranian and Afghan sites
# write it: 21 January 2022): read as Gregorian, the page was dated the year 1400, and a true note failed.
# It is read in that calendar (`citations.dates`) only on a Persian page (its `lang`, or its title's or
# headline's letters that Persian has and Arabic has not) and only where no Gregorian day of the web is meant
# (a year before 1990); another page's value of those years is read as no date at all.
_FIRST_WEB_YEAR = 1990
_SOLAR_HIJRI_YEARS = range(1300, 1421)  # as `citations.dates` reads them
_VALUE_DAY = re.compile(r"\s{0,8}((\d{4})-\d\d-\d\d)")  # `\d` takes Persian's and Arabic's digits too
_PERSIAN_LANGUAGES = frozenset(("fa", "prs", "pes", "ps"))
_PERSIAN_LETTERS = on_first_use("[\u067e\u0686\u0698\u06a9\u06af\u06cc]")  # پ چ ژ ک گ ی
_URDU_LETTERS = on_first_use("[\u0679\u0688\u0691\u06ba\u06be\u06d2]")  # Urdu's ٹ ڈ ڑ ں ے and do-chashmi he


def _is_persian(tree: LexborHTMLParser) -> bool:
    """Whether the page is written in Persian (or Pashto): its `lang` says so, or its title or headline has
    letters Arabic has not, or the page's language as its other declarations give it (`_tree_s_language`)."""
    html_node = first_named(tree, "html")
    language = (html_node.attributes.get("lang") or "") if html_node is not None else ""
    if language.strip().lower().replace("_", "-").split("-")[0] in _PERSIAN_LANGUAGES:
        return True
    heading = first_named(tree, "h1")
    shown = f"{page_title(tree) or ''} {heading.text()[:_MAX_HEADING] if heading is not None else ''}"
    if _PERSIAN_LETTERS().search(shown) is not None and _URDU_LETTERS().search(shown) is None:
        return True
    return _tree_s_language(tree, language) in _PERSIAN_LANGUAGES


# A page in Arabic writes its numeric dates day first (`١٢-٠٣-٢٠٢٤`: `read_day_first_in_arabic`): its `lang`
# says so, or, where it declares none, its title and headline are in Arabic's letters, none of them Persian's
# or Urdu's (whose pages date otherwise).
_ARABIC_LETTERS = on_first_use("[\u0621-\u064a]")


def _is_arabic(tree: LexborHTMLParser) -> bool:
    """Whether the page is written in Arabic: its `<html lang>` says so; where it says no language, its title
    and headline are mostly Arabic's letters (and none Persian's or Urdu's only). A page declaring another
    language (an English page quoting an Arabic date) is not."""
    html_node = first_named(tree, "html")
    language = (html_node.attributes.get("lang") or "") if html_node is not None else ""
    code = language.strip().lower().replace("_", "-").split("-")[0]
    if code:
        return code == "ar"
    heading = first_named(tree, "h1")
    shown = f"{page_title(tree) or ''} {heading.text()[:_MAX_HEADING] if heading is not None else ''}"
    if _PERSIAN_LETTERS().search(shown) is not None or _URDU_LETTERS().search(shown) is not None:
        return False
    arabic = len(_ARABIC_LETTERS().findall(shown))
    return arabic > 0 and arabic * 2 > sum(character.isalpha() for character in shown)


_MAX_LD_SCRIPT = 200_000  # characters of a JSON-LD script read for its article's `inLanguage`
_MAX_LD_SCRIPTS = 10
_WORDS_SAMPLE = 4000  # characters of the page's paragraphs its declarations are held to


def _tree_s_language(tree: LexborHTMLParser, html_lang: str) -> str | None:
    """The page's language as `_page_language`, the one place that decides it, reads it from the page's
    declarations (`<html lang>`, its article item's `inLanguage`, `og:locale`, `content-language`, `<meta
    name=language>`), held to the words of its paragraphs. Asked only of a page whose metadata holds a year
    another calendar may write (`_as_gregorian`) and whose `<html lang>`, title and headline did not say: a
    Thai outlet on an English template (`<html lang="en">`, `og:locale` `th_TH`), a Persian one whose article
    item says `fa`, had their Buddhist Era and Solar Hijri years read as Gregorian."""
    article_s: object = None
    for script in tree.css('script[type*="ld+json" i]')[:_MAX_LD_SCRIPTS]:
        written = script.text()
        if "inLanguage" not in written or len(written) > _MAX_LD_SCRIPT:
            continue
        try:
            data = json.loads(written)
        except (ValueError, RecursionError):
            continue
        article_s = next(
            (
                item["inLanguage"]
                for item in _items(data)
                if _types(item) & _ARTICLE_TYPES and item.get("inLanguage")
            ),
            None,
        )
        if article_s is not None:
            break
    words = " ".join(node.text() for node in tree.tags("p")[:_MAX_NAMES])[:_WORDS_SAMPLE]
    language, _, _ = _page_language(
        html_lang or None,
        words,
        article_s,
        lambda: _other_language_declarations(opengraph_properties(tree), meta_tags(tree), tree),
    )
    return language


def _datetime_of(node: LexborNode, tree: LexborHTMLParser) -> str | None:
    """A `<time>`'s `datetime`, as `_as_gregorian` writes it; where it gives a time of day without a zone
    (`2022-01-20T20:30`) and the time it shows names one (`January 20, 2022 8:30 PM ET`), that moment."""
    value = _as_gregorian(node.attributes.get("datetime"), tree)
    if value and len(value) > len("2022-01-20") and value[-1:] not in "zZ" and "+" not in value[10:]:
        return _zoned_as_shown(value, node, tree) or value
    return value


# The hour and minute of a time shown (`8:30 PM`, `20:30`, `20.30`), its am or pm. Bounded, linear.
_SHOWN_CLOCK = on_first_use(r"(?<![\d:.])([01]?\d|2[0-3])[:.]([0-5]\d)(?:\s{0,2}([AaPp])\.?\s?[Mm]\.?)?")


def _zoned_as_shown(value: str, node: LexborNode, tree: LexborHTMLParser | None = None) -> str | None:
    """The moment (ISO) of a `<time>`'s `datetime` without a zone, in the zone the time it shows names (its
    own text, else its line's: `<time datetime="2022-01-20T20:30">January 20, 8:30 PM</time> ET`), where that
    shows the same hour and minute; None where it names none. Read as the day alone, a note citing the next
    day, the day in UTC, warned "a time zone may explain it". A zone several places share (`IST`) is read
    where the page's locale or `lang` (`tree`'s: `_page_s_countries`) says which."""
    try:
        written = dt.datetime.fromisoformat(value.strip()[:40])
    except ValueError:
        return None
    if written.tzinfo is not None or written.time() == dt.time(0):
        return None
    for line in (node, node.parent):
        if line is None or not _is_short(line, _MAX_UPDATE_LINE):
            return None
        shown = squeeze(line.text())
        clock = _CLOCK_AND_ZONE().search(shown)
        said = _SHOWN_CLOCK().match(shown, clock.start()) if clock is not None else None
        if clock is None or said is None:
            continue
        hour, meridiem = int(said.group(1)), (said.group(3) or "").lower()
        hour = hour % 12 + (12 if meridiem == "p" else 0) if meridiem else hour
        if (hour, int(said.group(2))) != (written.hour, written.minute):
            return None
        moment = _zoned_moment(
            f"{written.date().isoformat()} {clock.group(0)}",
            None if tree is None else functools.partial(_locale_s_countries, tree),
        )
        if moment is not None:
            return moment
    return None


# A Thai page's time in the Buddhist Era (`2565-01-21`, 543 years ahead: 21 January 2022), as Thai sites'
# systems write it: read as Gregorian, the page was dated the year 2565, and a true note failed.
_BUDDHIST_ERA = 543
_BUDDHIST_ERA_YEARS = range(_FIRST_WEB_YEAR + _BUDDHIST_ERA, 2100 + _BUDDHIST_ERA)
_THAI_LETTERS = on_first_use("[\u0e01-\u0e5b]")


def _is_thai(tree: LexborHTMLParser) -> bool:
    """Whether the page is written in Thai: its `lang` says so, or its title or headline has Thai letters, or
    the page's language as its other declarations give it (`_tree_s_language`)."""
    html_node = first_named(tree, "html")
    language = (html_node.attributes.get("lang") or "") if html_node is not None else ""
    if language.strip().lower().replace("_", "-").split("-")[0] == "th":
        return True
    heading = first_named(tree, "h1")
    shown = f"{page_title(tree) or ''} {heading.text()[:_MAX_HEADING] if heading is not None else ''}"
    return _THAI_LETTERS().search(shown) is not None or _tree_s_language(tree, language) == "th"


# An Arabic page's system may write its metadata's and `<time>`'s times in Arabic-Indic digits
# (`"datePublished": "٢٠٢٤-٠٣-١٢"`, with its time and zone so written), which no ISO reader takes: the page
# had no date, and a true note warned "no publication date". A year before the web's is the Hijri calendar's
# (`١٤٤٥-٠٩-٠٢`), no Gregorian day.
_ARABIC_INDIC_AS_ASCII = str.maketrans(
    "\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669", "0123456789"
)


def _in_ascii_digits(value: str, tree: LexborHTMLParser) -> str | None:
    """`value`, an Arabic page's time in Arabic-Indic digits, in ASCII digits where its year is the web's
    (`2024-03-12T09:30:00+03:00`); None on a page in another language, or for another calendar's year."""
    ascii_value = value.translate(_ARABIC_INDIC_AS_ASCII)
    written = _VALUE_DAY.match(ascii_value)
    if written is None or not written.group(2).isascii() or int(written.group(2)) < _FIRST_WEB_YEAR:
        return None
    return ascii_value if _is_arabic(tree) else None


def _as_gregorian(value: str | None, tree: LexborHTMLParser) -> str | None:
    """A time the page gives (a `<time>`'s, its metadata's), a Solar Hijri day written as the Gregorian one
    on a Persian page (see above), a Buddhist Era year as the Gregorian one on a Thai page, Arabic-Indic
    digits as ASCII ones on an Arabic page (`_in_ascii_digits`); None where it gives no day."""
    written = _VALUE_DAY.match(value or "")
    if value is None or written is None:
        return value
    if not written.group(2).isascii() and (ascii_value := _in_ascii_digits(value, tree)) is not None:
        return ascii_value
    year = int(written.group(2))
    if year in _BUDDHIST_ERA_YEARS and written.group(2).isascii() and _is_thai(tree):
        return f"{value[: written.start(2)]}{year - _BUDDHIST_ERA}{value[written.end(2) :]}"
    if year >= _FIRST_WEB_YEAR or year not in _SOLAR_HIJRI_YEARS:
        return value
    found = find_date(written.group(1)) if _is_persian(tree) else None
    if found is None or found.date is None:
        return None
    return found.date.isoformat() + value[written.end() :]


# An event's time, which an event page shows (on a line of its own, after its text or in its header): the
# day the page is about, not when it was published. Taken for the page's own where no metadata dated it, a
# note citing the day the event was announced failed, and one citing the event's day passed. Known by its
# microdata property (`startDate`), its class (hCalendar's `dtstart`, The Events Calendar's
# `tribe-event-date-start`, `event-date`, `start-time`), the start or end of an `Event` item of the page's
# JSON-LD it gives, or the label before it ("When:", "Starts", "Date and time:", "Doors open").
_EVENT_ITEMPROPS = frozenset(("startdate", "enddate", "doortime"))
_EVENT_CLASS = on_first_use(
    r"dtstart|dtend|(?<![a-z])(?:event[-_]?(?:date|time|start|end)|(?:start|end)[-_](?:date|time))",
    re.IGNORECASE,
)
_EVENT_LABEL = on_first_use(
    r"(?:\bwhen|\bstarts?|\bbegins?|\bends?|\bdoors(?: open)?|\bdate (?:and|&) time|\bevent date"
    r"|когда|начало|дата проведения|коли|початок|дата проведення|quand|wann|beginn|cu[aá]ndo|quando)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)
# The kinds of event whose start is a publication's, not an event the page announces.
_PUBLISHING_EVENTS = frozenset(("PublicationEvent", "BroadcastEvent"))
_MINUTE = 16  # `2022-02-10T18:00`: an event's time is given to the minute, or as its day alone


def _event_times(items: list[dict[str, Any]]) -> frozenset[str]:
    """The starts and ends (`_minute`) of the page's JSON-LD `Event` items (`MusicEvent`, `SocialEvent`,
    …)."""
    times: set[str] = set()
    for item in items:
        kinds = _types(item)
        if not any(kind.endswith("Event") for kind in kinds) or kinds & _PUBLISHING_EVENTS:
            continue
        for key in ("startDate", "endDate", "doorTime"):
            value = item.get(key)
            if isinstance(value, str) and value.strip():
                times.add(_minute(value))
    return frozenset(times)


def _minute(value: str) -> str:
    """A time as far as its minute, written one way (`2022-02-10 18:00` as `2022-02-10T18:00`)."""
    return value.strip()[:_MINUTE].replace(" ", "T")


def _an_event_s_time(node: LexborNode, event_times: frozenset[str]) -> bool:
    """Whether a `<time>` gives when an event the page announces happens (above), not when it was
    published."""
    attributes = node.attributes
    itemprop = (attributes.get("itemprop") or "")[:_MAX_PUBLISHED_MARK].lower().split()
    if _EVENT_ITEMPROPS.intersection(itemprop):
        return True
    # Its class, or its holder's (`<span class="tribe-event-date-start"><time>`).
    for marked in (node, node.parent):
        marks = marked.attributes if marked is not None else {}
        if any(
            _EVENT_CLASS().search((marks.get(name) or "")[:_MAX_PUBLISHED_MARK]) for name in ("class", "id")
        ):
            return True
    if event_times and _minute(attributes.get("datetime") or "") in event_times:
        return True
    label = _label_before(node)
    # A time first in its line's value (`<dt>When</dt><dd><time>`): the label stands before the value.
    if not label.strip() and node.parent is not None and node.parent.tag not in ("article", "main", "body"):
        label = _label_before(node.parent)
    return _EVENT_LABEL().search(label) is not None


def _shown_publication_time(
    tree: LexborHTMLParser,
    event_times: frozenset[str] = frozenset(),
    updated: dt.datetime | None = None,
    captured: dt.date | None = None,
) -> str | None:
    """The `datetime` of the first `<time>` the page marks as its publication's (`pubdate`, or a class, id or
    `itemprop` naming publication: `entry-date published`, `datePublished`), else of the first in its
    article that stands before the article's text (a byline's: one in the text gives the day it is about);
    outside its side blocks, the site's banner and what follows the article, and not one that gives when
    the page was changed (marked so, or at the moment its metadata says it changed: `_at_the_update`), nor an
    event's (`_an_event_s_time`), nor a clock's showing the day the page was `captured`
    (`_CaptureDayClock`)."""
    times = _dated_times(tree)[:_MAX_TIMES]
    if not times:
        return None
    clock = _CaptureDayClock(tree, captured)
    layout = _PageLayout(tree)
    banners = {node.mem_id for node in _site_banners(tree)}
    after = _after_the_article(tree, times)
    first_in_article: LexborNode | None = None
    for node in times:
        if _marks_a_modification(node) or node.mem_id in after or _an_event_s_time(node, event_times):
            continue
        if _at_the_update(node, updated) or _in_a_headline_sentence(node):
            continue
        if clock.shows(node):
            continue
        in_side_block, in_article = layout.place(node)
        if in_side_block or any(around.mem_id in banners for around in ancestors(node)):
            continue
        attributes = node.attributes
        if "pubdate" in attributes or any(
            _PUBLISHED_CLASS_WORDS().search((attributes.get(name) or "")[:_MAX_PUBLISHED_MARK])
            for name in ("class", "id", "itemprop")
        ):
            return _datetime_of(node, tree)
        first_in_article = first_in_article or (node if in_article else None)
    if first_in_article is not None and _before_the_text(first_in_article):
        return _datetime_of(first_in_article, tree)
    return None


_MAX_BYLINE_WALK = 2_000  # elements of an article walked to find whether a `<time>` comes before its text


def _before_the_text(node: LexborNode) -> bool:
    """Whether an element stands in its article (`<article>`, else `<main>`) before the article's first
    paragraph longer than a line, as a byline does; found within the article's first _MAX_BYLINE_WALK
    elements."""
    article = next((around for around in ancestors(node.parent) if around.tag in ("article", "main")), None)
    if article is None:
        return False
    for count, inner in enumerate(article.traverse()):
        if count > _MAX_BYLINE_WALK:
            return False
        if inner.mem_id == node.mem_id:
            return True
        if inner.tag in _PROSE_TAGS and not _is_short(inner, _MAX_UPDATE_LINE):
            return False
    return False


_PROSE_REACH = 4  # elements around a `<time>` looked at for the paragraph that holds it


def _in_prose(node: LexborNode) -> bool:
    """Whether a `<time>` stands in a paragraph of the text (`The vote is set for <time>21 January</time>`),
    longer than a line: the day it gives is one the article is about, not when it was published. Taken for
    the page's own, a note citing the event's day passed. A byline's or a dateline's line is short."""
    prose = _paragraph_around(node)
    return prose is not None and not _is_short(prose, _MAX_UPDATE_LINE)


# The elements that close the search for a `<time>`'s paragraph: a heading's time is no paragraph's, nor is
# one of an entry set in a list (the BBC's live page: `<li><article><header><time>`).
_PROSE_BOUNDS = frozenset(("header", "article"))


def _paragraph_around(node: LexborNode) -> LexborNode | None:
    """The paragraph (`_PROSE_TAGS`) a `<time>` stands in, looked for no further out than its header or its
    article (`_PROSE_BOUNDS`). The item of a list holding a whole live blog's entry, its header's time
    among it, was taken for a paragraph: no entry of the BBC's live pages was read."""
    for around in ancestors(node.parent, _PROSE_REACH):
        if around.tag in _PROSE_TAGS:
            return around
        if around.tag in _PROSE_BOUNDS:
            return None
    return None


_SENTENCE_ENDS = (".", "!", "?", "\u2026")


def _in_a_sentence_of_the_text(node: LexborNode) -> bool:
    """Whether a `<time>` stands inside a sentence of the article's text: after its first paragraph longer
    than a line (`_before_the_text`), words before and after it in its paragraph or item, which ends as a
    sentence does (`The vote, held on <time>January 18</time>, was close.`); before it, words of the story
    joined to it (`_reads_as_a_sentence`: `Voting ended <time>Jan 21</time>.`), however short its paragraph
    (`_in_prose` asks a longer one). The day it gives is one the story tells of: taken for the page's, a
    note citing that day passed. A byline's line (`By Lina Haddad, <time>...</time>`) and a dateline
    (`Kyiv \u2014 <time>Jan 21</time> \u2014 Officials said ...`) stand before the text and are no
    sentence."""
    prose = next(
        (around for around in ancestors(node.parent, _PROSE_REACH) if around.tag in _PROSE_TAGS), None
    )
    if prose is None:
        return False
    whole = squeeze(prose.text(separator=" "))
    shown = squeeze(node.text(separator=" "))
    before, found, after = whole.partition(shown) if shown else ("", "", "")
    if not found:
        return False
    if _before_the_text(node):
        return _reads_as_a_sentence(before, after)
    if not whole.rstrip(" )\"'\u2019\u201d").endswith(_SENTENCE_ENDS):
        return False
    return any(character.isalpha() for character in before) and any(c.isalpha() for c in after)


_SENTENCE_WORD = 3  # letters of a word in lower case that a byline's line holds none of beside its day
# What sets a dateline's or a byline's day apart from the words around it (`Kyiv \u2014 <time>`, `Lina
# Haddad, <time>`, `<time> (Reuters) -`, `<time> /PRNewswire/ --`, `<time> | Politics`): a story's
# sentence joins its day to its words (`Voting ended <time>`, `<time> officials said`).
_CLAUSE_BREAKS = (",", ";", ":", "|", "(", ")", "/", "\u2014", "\u2013", " - ", "--", "\u00b7", "\u2022")
# Short words a byline's line joins to its day (`Posted <time>Jan 21</time> from Kyiv`, `... with AFP`):
# none of them makes the line a sentence.
_BYLINE_LINE_JOINERS = frozenset({"and", "from", "with", "for", "via", "the", "am", "pm", "a.m.", "p.m."})


def _reads_as_a_sentence(before: str, after: str) -> bool:
    """Whether the words joined to a `<time>` that stands before the article's text make a sentence of the
    story (`The council voted on <time>21 January 2022</time> to reopen the bridge.`, `Voting ended
    <time>Jan 21</time>.`, `Kyiv reopened <time>Jan 21</time>.`), not a byline's line (`Posted on
    <time>...</time> by Lina Haddad.`, `By Lina Haddad, <time>...</time> at 9:00 a.m. ET.`) nor a dateline
    (`Kyiv \u2014 <time>Jan 21</time> \u2014 Officials said ...`, `KYIV, <time>Jan. 21</time> (Reuters) -
    ...`): a word in lower case of three letters or more (a byline line's own short words aside) in the
    words joined to the day on either side, up to a comma, a dash or a bracket (`_CLAUSE_BREAKS`), a
    byline's or a publication's label aside; or a sentence set as a headline is (`_reads_as_a_headline`).
    Taken for the page's day, the day a short opening sentence tells of passed a note citing it; read only
    on both sides, `Voting ended <time>Jan 21</time>.` and `<time>Jan 21</time> officials said ...` still
    dated the page."""
    if _reads_as_a_headline(before, after):
        return True
    _, joined_before, joined_after = _words_joined_to_a_day(before, after)
    return any(
        word[:1].islower()
        and sum(character.isalpha() for character in word) >= _SENTENCE_WORD
        and word.lower() not in _BYLINE_LINE_JOINERS
        for side in (joined_before, joined_after)
        for word in side.split()
    )


def _words_joined_to_a_day(before: str, after: str) -> tuple[str, str, str]:
    """(the words before a `<time>` with a byline's or a publication's label that opens them left out, the
    words joined to it before, and after): joined up to a comma, a dash or a bracket (`_CLAUSE_BREAKS`)."""
    unlabelled = _BYLINE_LEAD().sub("", before.lstrip(), count=1)
    unlabelled = _PUBLICATION_LABEL().sub(" ", unlabelled, count=1)
    joined_before = unlabelled
    joined_after = after
    for mark in _CLAUSE_BREAKS:
        joined_before = joined_before.rpartition(mark)[2]
        joined_after = joined_after.partition(mark)[0]
    # The label may stand after a place or a name (`Kyiv | Published <time>`): left out there too.
    joined_before = _PUBLICATION_LABEL().sub(" ", joined_before.lstrip(), count=1)
    return unlabelled, joined_before, joined_after


# A preposition of time that opens a sentence on its day (`On <time>March 2</time>, officials said ...`): a
# byline's line puts a label or a name before its day (`Posted on`, `By Lina Haddad on`), never one alone.
_SENTENCE_OPENING_PREPOSITIONS = frozenset({"on", "in", "at", "since", "until", "after", "before"})
# Words of a clause in title case (`Officials Said The Bridge Would Open`) joined to a day: more than a
# writer's name (`Lina Haddad`, `Omar Al Khalil`) holds, its short words and a byline line's joiners aside.
_TITLE_CASE_CLAUSE = 4


def _reads_as_a_headline(before: str, after: str) -> bool:
    """Whether a `<time>` stands in a sentence set as a headline is, in title case or capitals, where no word
    in lower case tells a sentence from a byline's line: its line opens with a preposition of time alone
    before the day, and words follow it (`On <time>2024-03-02</time> Officials Said The Bridge Would
    Open`, `On <time>...</time>, Officials Said ...`); or the words joined to the day on both sides are a
    clause (`The Council Voted <time>Jan 21</time> To Reopen The Bridge`: _TITLE_CASE_CLAUSE words or more
    of three letters or more, a byline line's joiners aside), more than a name, a place or a credit holds
    (`Lina Haddad`, `From Kyiv With AFP`). A byline's line opens with its label or a name (`Posted On
    <time>...</time> By Lina Haddad`). Taken for the page's day, the day of the event such a sentence
    tells of passed a note citing it."""
    unlabelled, joined_before, joined_after = _words_joined_to_a_day(before, after)
    opening = unlabelled.split()
    if (
        len(opening) == 1
        and opening[0].lower() in _SENTENCE_OPENING_PREPOSITIONS
        and any(character.isalpha() for character in after)
    ):
        return True
    counted = [
        word
        for word in f"{joined_before} {joined_after}".split()
        if sum(character.isalpha() for character in word) >= _SENTENCE_WORD
        and word.lower() not in _BYLINE_LINE_JOINERS
    ]
    return len(counted) >= _TITLE_CASE_CLAUSE


# The elements that hold a line of their own, a `<time>`'s line among them (a paragraph, a heading, a deck).
_LINE_TAGS = frozenset({"p", "li", "div", "dd", "td", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6"})


def _in_a_headline_sentence(node: LexborNode) -> bool:
    """Whether a `<time>` stands in a short line (the nearest of `_LINE_TAGS` around it, `_PROSE_REACH` at
    most) that is a sentence set as a headline (`_reads_as_a_headline`: `On <time>2024-03-02</time>
    Officials Said The Bridge Would Open`), wherever it stands: in a paragraph, a deck, a subheading,
    before the article's text or on a page without an `<article>`. The day is the event's it tells of."""
    line = next((around for around in ancestors(node.parent, _PROSE_REACH) if around.tag in _LINE_TAGS), None)
    if line is None or not _is_short(line, _MAX_UPDATE_LINE):
        return False
    shown = squeeze(node.text(separator=" "))
    before, found, after = squeeze(line.text(separator=" ")).partition(shown) if shown else ("", "", "")
    return bool(found) and _reads_as_a_headline(before, after)


def _time_element(tree: LexborHTMLParser) -> str | None:
    """The `datetime` of the page's own `<time>`: the first one in its article (or `<main>`), else the first
    marked `pubdate`, else the first on the page; never one in a side block (a comment's, a related
    story's), nor one after the end of the article that holds the headline (another story's), nor one in the
    site's banner (`_site_banners`: the day the page is read), nor one that gives when the page was
    changed."""
    return _time_elements(tree)[0]


def _time_elements(
    tree: LexborHTMLParser,
    url: str | None = None,
    event_times: frozenset[str] = frozenset(),
    updated: dt.datetime | None = None,
    captured: dt.date | None = None,
) -> tuple[str | None, list[str]]:
    """`_time_element`, and the `datetime`s of every `<time>` in the article it was chosen from (the first
    one's among them; none when it was chosen outside an article); never an event's (`_an_event_s_time`),
    nor a clock's showing the day the page was `captured` (`_CaptureDayClock`)."""
    layout = _PageLayout(tree)
    clock = _CaptureDayClock(tree, captured)
    banners = {node.mem_id for node in _site_banners(tree)}
    times = _dated_times(tree)[:_MAX_TIMES]
    after = _after_the_article(tree, times) if times else set()
    # Nor one in a card of another story (`_story_cards`), wherever the cards stand.
    cards = _story_cards(tree, layout, url) if times and url else set()
    pubdate = anywhere = None
    in_article: list[str] = []
    for node in times:
        if _marks_a_modification(node) or node.mem_id in after or _in_prose(node) or _is_struck(node):
            continue
        if _an_event_s_time(node, event_times) or _at_the_update(node, updated):
            continue
        if clock.shows(node) or _in_a_headline_sentence(node):
            continue
        in_side_block, inside = layout.place(node)
        if in_side_block or (cards and any(around.mem_id in cards for around in ancestors(node))):
            continue
        if url and _beside_another_article_s_link(node, url):
            continue  # a related story's teaser line (`<li><a href="/2019/05/02/…">…</a> <time>`)
        if inside:
            if not _in_a_sentence_of_the_text(node):
                in_article.append(_datetime_of(node, tree) or "")
            continue
        if in_article or any(around.mem_id in banners for around in ancestors(node)):
            continue
        anywhere = anywhere or node
        pubdate = pubdate or (node if "pubdate" in node.attributes else None)
    if in_article:
        return in_article[0], in_article
    chosen = pubdate or anywhere
    return (_datetime_of(chosen, tree) if chosen is not None else None), []


_CARD_LINE = 300  # a teaser's line: a linked title and its time
_CARD_LINE_DEPTH = 3
_CLOCK_REACH = dt.timedelta(days=1)  # a site's clock shows its zone's day, a day from the capture's UTC day


def capture_day(response: StoredResponse) -> dt.date | None:
    """The UTC day the page was read: the day a web archive made its copy (its `Memento-Datetime`), else the
    day the server answered (its `Date`); None without either (or with an unreadable one)."""
    written = response.header("Memento-Datetime") or response.header("Date")
    if not written or len(written) > _MAX_LABEL * 2:
        return None
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(written).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


class _CaptureDayClock:
    """Tells a `<time>` that is a clock's or a weather box's showing the day the page was read (`shows`): on
    the day the server answered (a day either way, for the site's zone), in a block beside the one that holds
    the headline and the article's text (a top row, a column no class names: `<div class="col-md-4">`; a
    block with less text than the headline's), not beside the headline itself (a byline's place). Taken for
    the article's time where no metadata dated it, the capture's day failed a true note, and passed a note
    citing that day. The headline's blocks, and each block's text length, are found once for all the page's
    `<time>`s."""

    def __init__(self, tree: LexborHTMLParser, captured: dt.date | None) -> None:
        self._captured = captured
        headline = first_named(tree, "h1") if captured else None
        self._lines = list(ancestors(headline)) if headline is not None else []
        self._chain = {around.mem_id: index for index, around in enumerate(self._lines)}
        self._sizes: dict[int, int] = {}

    @property
    def can_tell(self) -> bool:
        """Whether any `<time>` can be told a clock's: the day the page was read is known, and a headline."""
        return self._captured is not None and bool(self._lines)

    def shows(self, node: LexborNode) -> bool:
        if self._captured is None or not self._lines:
            return False
        when = parse_published(node.attributes.get("datetime"))
        if when is None or abs(when.at.date() - self._captured) > _CLOCK_REACH:
            return False
        branch = node  # the block the `<time>` stands in, beside the headline's
        for around in ancestors(node.parent):
            index = self._chain.get(around.mem_id)
            if index is None:
                branch = around
                continue
            if index < 2:
                return False  # in the headline, or beside it in the block that holds it
            # The block around the headline (below the one both stand in) holds the article's text: more than
            # the `<time>`'s (a headline's block beside the article's body, whose first line is its byline).
            block = self._lines[index - 1]
            return not _is_short(block, _MIN_MAIN_TEXT) and _text_size(block, self._sizes) > _text_size(
                branch, self._sizes
            )
        return False


def _text_size(node: LexborNode, sizes: dict[int, int]) -> int:
    """How many characters of text `node` holds, measured once (`sizes`, by `mem_id`)."""
    size = sizes.get(node.mem_id)
    if size is None:
        size = sizes[node.mem_id] = len(node.text())
    return size


def _beside_another_article_s_link(node: LexborNode, url: str, frame: Container[int] = frozenset()) -> bool:
    """Whether a `<time>` (or a byline) outside any article stands on a short line (its holder, up to
    `_CARD_LINE_DEPTH` above it, none of the headline's `frame`) beside a link to another article
    (`_links_another_article`): a related story's teaser (`Read more: <a href="/2019/05/02/…">…</a>
    <time>`, its title of four words or more), one too few for `_story_cards`' three. Taken for the page's
    own time where no metadata dated it, the teaser's day passed a note citing it."""
    for holder in ancestors(node.parent, _CARD_LINE_DEPTH):
        if holder.tag in ("main", "body", "html", "article") or holder.mem_id in frame:
            return False
        if not _is_short(holder, _CARD_LINE):
            return False
        for link in holder.css("a[href]")[:_MAX_LINE_NODES]:
            # A story's title (a byline's link, to the writer's page, is a name of fewer words).
            titled = len(squeeze(link.text()).split()) > _MIN_TITLE_WORDS
            if titled and _links_another_article(url, link.attributes.get("href") or ""):
                return True
    return False


_MAX_TEASER_LINKS = 2_000  # links looked at for other stories' teasers


def _teaser_lines(tree: LexborHTMLParser, url: str) -> list[LexborNode]:
    """The short blocks (up to `_CARD_LINE_DEPTH` above a link, `_CARD_LINE` characters at most) that hold a
    link titled as a story (four words or more) to another article of the site: a "Latest" widget's teasers,
    a related story's card, in a column no class names a sidebar. In document order, the outermost of each
    nest; never one holding the page's headline. Read by htmldate, a teaser's day (`<span
    class="post-date">February 1, 2024</span>`) dated a page that shows none, and a note citing it passed."""
    frame = holders((first_named(tree, "h1"),))
    found: dict[int, LexborNode] = {}
    for link in tree.css("a[href]")[:_MAX_TEASER_LINKS]:
        if not _links_another_article(url, link.attributes.get("href") or ""):
            continue
        if len(squeeze(link.text()[:_CARD_LINE]).split()) <= _MIN_TITLE_WORDS:
            continue
        line = None
        for holder in ancestors(link.parent, _CARD_LINE_DEPTH):
            if holder.tag in ("main", "body", "html", "article") or holder.mem_id in frame:
                break
            if not _is_short(holder, _CARD_LINE):
                break
            line = holder
        if line is not None:
            found.setdefault(line.mem_id, line)
    lines = list(found.values())
    kept = {line.mem_id for line in lines}
    # The outermost of each nest (one removed inside another already removed is not touched again).
    return [line for line in lines if not any(around.mem_id in kept for around in ancestors(line.parent))]


# Where a page shows its byline in markup: a link marked `rel=author`, an element whose `itemprop` is
# `author`, or whose class names an author, a byline or a contributor (`byline`, `author-name`,
# `c-byline__author`, a broadcaster's `…-Text-TextContributorName` in its two-line byline block, which reads
# as no byline: unread, the outlet named as the JSON-LD author was the page's one, and a note crediting the
# writer warned).
_BYLINE_CANDIDATES = ", ".join(
    (
        'a[rel~="author" i]',
        '[itemprop~="author" i]',
        '[class*="author" i]',
        '[class*="byline" i]',
        '[class*="contributor" i]',
    )
)
_BYLINE_WORDS = frozenset(("author", "authors", "byline", "bylines", "contributor"))
# A class word beside `author` that makes the element something else about the author or a byline: a photo,
# a biography, a job title, a date, "more from this author", a quotation's source.
_NOT_BYLINE_WORDS = frozenset(
    (
        "bio",
        "biography",
        "avatar",
        "image",
        "img",
        "photo",
        "picture",
        "pic",
        "about",
        "more",
        "other",
        "follow",
        "social",
        "icon",
        "label",
        "title",
        "role",
        "position",
        "job",
        "date",
        "time",
        "quote",
        "description",
        "desc",
        "email",
    )
)
# A byline inside a quotation or a figure names who said or photographed something, not who wrote the page.
_QUOTING_TAGS = frozenset(("blockquote", "q", "figure", "figcaption"))
_UNREAD_TAGS = frozenset(("script", "style", "noscript", "template", "time"))
_BLOCK_TAGS = frozenset(("p", "div", "li", "ul", "ol", "section", "article", "table", *_QUOTING_TAGS))
_MAX_BYLINE_CANDIDATES = 50
_MAX_BYLINE_NODES = 200  # nodes of one candidate read: a byline is a few words
_MAX_BYLINE_CHARS = 120
_MAX_BYLINE_WORDS = 12
_BYLINE_LEAD = on_first_use(
    r"^(?:(?:written|posted|published|reported|reporting|words|story|text)\s+)?by\b\s*:?\s*"
    r"|^authors?\b\s*:?\s*|^(?:text|words|story)\s*:\s*"  # `Text:`, but not `Story` Musgrave's name
    r"|^(?:автор[ыи]?|текст)\s*:\s*"  # Russian and Ukrainian sites: `Автор: Лина Хаддад`
    r"|^(?:подготовил[аи]?|підготува(?:в|ла|ли))\s*:?\s+"  # `Подготовил Иван Петров`: prepared by
    # A programme's host on its page (`Ведущий: Иван Петров`, `Ведуча: Олена Коваль`): the label was kept in
    # the name, and a note citing the host warned.
    r"|^(?:ведущ(?:ий|ая|ие)|веду(?:чий|ча|чі))\s*:\s*"
    # French's, Spanish's and German's "by" before a capitalised name (`Par Jean Dupont`, `Von Hans Müller`;
    # not `von der Leyen`'s particle), and the label before the writer's name on Turkish, Spanish, French,
    # German, Arabic and Persian sites (`Yazar:`, `Autor:`, `Auteur :`, `بقلم` "by the pen of", `نویسنده:`).
    r"|^(?:par|por|von)\s+(?=(?-i:[A-ZÀ-ÞА-ЯЁ]))"
    r"|^(?:yazar|muhabir|autora?|auteure?|verfasser|الكاتب|نویسنده|نوشته)\s*:\s*|^(?:بقلم|به قلم)\s*:?\s*"
    # Arabic newspapers' "wrote" before the writer (`كتب: سامي الحداد`, `كتبت ريم`): kept in the name, and a
    # note crediting the writer was compared with the verb.
    r"|^كتبت?(?:\s*:\s*|\s+)",
    re.IGNORECASE,
)
# Where a byline goes on to credit another role than the writer's (`By Lina Haddad; Editor: Omar Khalil`,
# `Text: Lina Haddad / Photos: Omar Khalil`, `By Lina Haddad, edited by Omar Khalil`, a health site's
# `Medically reviewed by`): the editor, photographer, reviewer or translator is no author, and was read as one
# (the editor's name after `Editor:` passed); nor is a name marked as an author right after such a credit.
# A byline that opens with such a credit (`Photo: Omar Khalil`) names no writer; one in brackets after the
# name (`Jean Dupont (avec AFP)`) ends the name as the bare credit does (the byline read as no name at all).
# Cyrillic credits are matched as word openings (`фото`, `фотограф`, `редактора`), as those languages decline
# and compound them.
_OTHER_ROLE = on_first_use(
    r"(?:^|[,;/|\s])\s?\(?(?:(?:with\s+)?(?:additional\s+)?reporting\s+by|edit(?:ed|ing)\s+by|editors?\b|photos?\b"
    r"|photograph(?:s|y|ed\s+by)\b|pictures?\b|images?\b|illustrations?\b|graphics\b|video\b"
    r"|translat(?:ed|ion|or)\b|fact[- ]check(?:ed|ing|er)?\b|(?:medically\s+)?reviewed\s+by"
    # A wire's or a contributor's credit after the writer (`Lina Haddad with AFP`, `... and agencies`): the
    # byline read as no name at all, and its writer went unread.
    r"|with\b|(?:and\s+)?(?:news\s+)?agencies\b"
    # ... and French's, German's and Spanish's (`Jean Dupont avec AFP`, `mit dpa`, `con EFE`), in lower case
    # only: Con Coughlin's first name is no credit.
    r"|(?-i:avec|mit|con)\b"
    # The same credits on Russian, Ukrainian and German sites (`Редактор:`, `Фото:`, `Fotos:`).
    r"|редактор|фото|видео|відео|перевод|переклад|иллюстрац|ілюстрац|fotos?\b|redaktion\b|übersetzung\b"
    # ... on Russian's and Ukrainian's for the desk and editing (`Редакция:`, `Редагування:`), on Turkish,
    # Spanish, French, German, Arabic and Persian sites (`Fotoğraf:`, `Editör:`, `Çeviri:`, `Fotografía:`,
    # `Edición:`, `Traducción:`, `édité par`, `traduit par`, `übersetzt von`, `bearbeitet von`; `صورة`,
    # `تصوير` "photo", `تحرير` "editing", `ترجمة` "translation"; `عکس` "photo", `ویراستار` "editor",
    # `ترجمه`, `مترجم` "translator")
    r"|редакц|редагув|foto\u011fraf|edit\u00f6r|\u00e7eviri|\u00e7eviren|fotograf\u00eda\b|fotografia\b"
    r"|cr\u00e9dits?\s+(?:photos?|images?)|edici\u00f3n\b|traducci\u00f3n\b|traducido\s+por|[ée]dit[ée]e?\s+par|traduit(?:e)?\s+par|traduction\b"
    r"|übersetzt\s+von|bearbeitet\s+von|mitarbeit\b|صورة|تصوير|تحرير|ترجمة|عکس|ویراستار|ویرایش|ترجمه|مترجم"
    # A source credit names where the text came from, not who wrote it: `Источник:` (a wire's name after
    # it), `Джерело: Укрінформ`, `Quelle: dpa`, `Fuente: EFE`, `Kaynak: AA`, `المصدر: رويترز`, `منبع: ایرنا`
    # (with its colon: Kaynak is a surname too)
    r"|(?:source|sources|источник|джерело|quelle|fuente|fonte|kaynak|المصدر|منبع)\s*:)",
    re.IGNORECASE,
)
# What often follows the name in a byline: a date, a place, the outlet (`By Lina Haddad | 21 January`), and
# a date without a mark before it (`By Lina Haddad, 21 January 2022`): no name has a digit.
_BYLINE_TAIL = on_first_use(r"\s+[|\u00b7\u2022\u2013\u2014]\s+|\s+-\s+")
_BYLINE_DATE = on_first_use(r"\d")
# What is left of a month-first date cut at its first digit (`By Priya Sharma Published on Jan 21, 2022`, one
# element; its spans' words run together where no space stands between them, `SharmaPublished`, a capital
# then starting the label): its label and month, kept in the name, made it no name, and the byline was not
# read. Only after a label or `on` (`By Theresa May 21, 2022`'s `May` is her name); the label with its colon
# too (`By Priya Sharma Updated: Jan 21, 2022`, as Indian sites write it).
_DATE_LABEL_LEFT = on_first_use(
    r"(?:(?:\s+|(?<=[^\W\d_])(?-i:(?=[LPUM])))(?:last\s+)?(?:published|updated|posted|modified)(?:\s+on|\s?:)?"
    r"|\s+on)"
    r"(?:\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?)?$",
    re.IGNORECASE,
)
# A month right before the day and year that cut the byline (`Priya Sharma January 20, 2022`, its spans run
# together or not: `SharmaJanuary`): no word of the name, which read as none ("Priya Sharma January"), and a
# note crediting the writer warned. Not a month a name may end in (`Theresa May`, `Ben June`, `Tom April`,
# `Ann August`), nor one a day-first date follows (`Theresa May 21 January 2022`).
_MONTH_LEFT = on_first_use(
    r"(?:\s+|(?<=[^\W\d_])(?-i:(?=[JFMSOND])))"
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|jul(?:y)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?"
    r"|dec(?:ember)?)\.?$",
    re.IGNORECASE,
)
_DAY_AND_YEAR = on_first_use(r"\d{1,2}(?:st|nd|rd|th)?,?\s{1,3}\d{4}(?!\d)")
_BYLINE_EDGES = " ,;:.|-\u00b7\u2022\u2013\u2014"
# A wire's or an outlet's initials in brackets after the name (`Jean Dupont (AFP)`, in Latin or Cyrillic
# capitals): no part of the name (a note citing the writer warned).
_WIRE_IN_BRACKETS = on_first_use(r"\s{1,4}\([A-Z\u0410-\u042f\u0401]{2,8}\)$")
# ... or after a slash, as Indian papers credit their news service between the name and the date (`Priya
# Sharma / TNN / Updated: Jan 21, 2022, 09:15 IST`, `TOI.in / Updated: …`): the slashes and the service's
# initials were kept in the name ("Priya Sharma / TNN /").
_WIRE_AFTER_SLASH = on_first_use(r"\s{1,4}/\s{1,4}[A-Z]{2,8}$")
# Where the writer filed from, in brackets after the name, as Le Monde credits its correspondents (`Jean
# Dupont (Lyon, correspondant)`, `Lina Haddad (Kyiv)`): no part of the name, which read "Jean Dupont (Lyon",
# and a note crediting the writer warned. Only a bracket that closes the byline (`Robert (Bob) Smith` keeps
# his).
_PLACE_IN_BRACKETS = on_first_use(r"\s{1,4}\([^()]{1,80}\)$")
# Where each writer filed from, as the Guardian writes it (`Lina Haddad in Kyiv`, `Lina Haddad in Kyiv and
# Omar Khalil in Moscow`, `Lina Haddad in New York`): a place of one to three capitalised words after `in`,
# before `and`, the end, or a comma and the next writer's place (not a category list: `By Lina Haddad in
# Politics, World`). Kept, its `in` made the byline no name, and a note crediting the
# writer warned. Bounded, linear: each word's letters, then a space or hyphen, then a capital.
_PLACE_AFTER_IN = on_first_use(
    r"\s{1,3}in\s{1,3}(?-i:[A-Z])[^\W\d_]{1,30}(?:[\s-](?-i:[A-Z])[^\W\d_]{1,30}){0,2}"
    r"(?=\s{1,3}and\s|\s{0,3},[^,]{1,60}\sin\s|$)"
)


def _byline_kind(node: LexborNode) -> int | None:
    """How plainly an element says it holds the byline (0 most plainly: `rel=author`, then `itemprop`, then
    a class), or None when it holds something else."""
    attributes = node.attributes
    if node.tag == "a" and "author" in (attributes.get("rel") or "").lower().split():
        return 0
    if "author" in (attributes.get("itemprop") or "").lower().split():
        return 1
    for words in naming_words(attributes.get("class") or ""):
        if _BYLINE_WORDS.intersection(words) and not _NOT_BYLINE_WORDS.intersection(words):
            return 2
    return None


def _byline_text(node: LexborNode) -> str | None:
    """The name a byline element shows (its `itemprop=name` inside, if any), without "By" before it or a
    date or place after it; None when what it shows is not a name of a few words."""
    root = (node.css_first('[itemprop~="name" i]') if node.attributes.get("itemprop") else None) or node
    pieces: list[str] = []
    for index, inner in enumerate(root.traverse(include_text=True)):
        if index >= _MAX_BYLINE_NODES or (index and inner.tag in _BLOCK_TAGS):
            return None  # a box about the author (name, biography, links), not a byline
        if inner.tag == "-text" and (inner.parent is None or inner.parent.tag not in _UNREAD_TAGS):
            pieces.append(inner.text_content or "")
    joined = "".join(pieces)
    if len(joined) > 4 * _MAX_BYLINE_CHARS:
        return None
    # Arabic's comma parts names as a comma does (the author check parts a list of names at commas).
    lined = squeeze(joined).replace("\u060c", ",")
    text = _BYLINE_TAIL().split(_BYLINE_LEAD().sub("", lined), maxsplit=1)[0]
    other_role = _OTHER_ROLE().search(text)
    text = text[: other_role.start()] if other_role else text
    digit = _BYLINE_DATE().search(text)
    dated = digit is not None and _DAY_AND_YEAR().match(text, digit.start()) is not None
    text = (text[: digit.start()] if digit is not None else text).strip(_BYLINE_EDGES)
    text = _PLACE_IN_BRACKETS().sub("", text) if text.endswith(")") else text
    text = _PLACE_AFTER_IN().sub("", text) if " in " in text else text
    text = _DATE_LABEL_LEFT().sub("", text).strip(_BYLINE_EDGES)
    text = _MONTH_LEFT().sub("", text).strip(_BYLINE_EDGES) if dated else text
    text = _WIRE_IN_BRACKETS().sub("", text)
    if "/" in text:
        text = _WIRE_AFTER_SLASH().sub("", text.strip(_BYLINE_EDGES + "/")).strip(_BYLINE_EDGES)
    if not text or len(text) > _MAX_BYLINE_CHARS or len(text.split()) > _MAX_BYLINE_WORDS:
        return None
    if "://" in text or _names_only_a_section_or_a_role(text):
        return None
    # A title after the name, as a government's statement credits its speaker ("Antony J. Blinken, Secretary
    # of State", "Lina Haddad, staff writer"): the byline read as no name at all. Names after the comma
    # ("Lina Haddad, Omar Khalil and Ana Ruiz") are co-writers, kept.
    named, comma, role = text.partition(",")
    if (
        comma
        and _looks_like_a_name(named)
        and (not _looks_like_a_name(role) or _names_only_a_section_or_a_role(role))
    ):
        return named.strip(_BYLINE_EDGES)
    return text


# Words a byline element may show that are no part of a name: a label ("About the author", "Updated"), a
# link ("View all posts"), WordPress's default "admin", or what is left of a date once its digits are cut.
_NOT_NAME_WORDS = frozenset(
    (
        *("about", "author", "authors", "byline", "written", "posted", "published", "updated", "by"),
        *("more", "view", "all", "see", "read", "follow", "contact", "profile", "posts", "articles"),
        *("stories", "share", "comments", "reply", "admin", "administrator", "guest"),
        *("ago", "min", "mins", "minutes", "hour", "hours", "today", "yesterday"),
    )
)
# A date's words alone (the digits of "January 21, 2022" cut), which are names only beside other words
# (Theresa May, June Carter).
_DATE_WORDS = frozenset(
    (
        *("january", "february", "march", "april", "may", "june", "july", "august", "september"),
        *("october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday"),
        *("saturday", "sunday"),
    )
)
# Words written in lower case inside names and lists of names: particles (de, van, al-, d') and joiners.
_NAME_PARTICLES = frozenset(
    (
        *("and", "&", "de", "del", "della", "der", "den", "des", "di", "da", "do", "dos", "das", "du"),
        *("van", "von", "zu", "la", "le", "el", "al", "bin", "ibn", "bint", "ben", "y", "e", "ter", "ten"),
        *("d", "l", "et", "und", "\u0438", "\u0456", "\u0442\u0430"),
    )
)
_NAME_PARTICLE_PREFIX = on_first_use(r"[-'\u2019]")


def _looks_like_a_name(text: str) -> bool:
    """Whether a byline's text reads as a name or a list of names: no label, link or date words, and, in a
    script with capitals, every word but a particle capitalised (a biography's sentence, "About the author"
    and "Posted on January" are not names; a name in Arabic or Chinese has no capitals to look at)."""
    stripped = (word.strip(_BYLINE_EDGES + "()\"'\u201c\u201d") for word in text.split())
    words = [word for word in stripped if word]
    keys = [word.casefold() for word in words]
    if not keys or any(key in _NOT_NAME_WORDS for key in keys) or all(key in _DATE_WORDS for key in keys):
        return False
    for word, key in zip(words, keys, strict=True):
        first = next((character for character in word if character.isalpha()), None)
        if first is None or not first.islower() or key in _NAME_PARTICLES:
            continue
        if _NAME_PARTICLE_PREFIX().split(key, maxsplit=1)[0] not in _NAME_PARTICLES:
            return False
    return True


def _page_byline(
    tree: LexborHTMLParser,
    metas: dict[str, str],
    outlet: frozenset[str],
    names_only: bool = False,
    url: str | None = None,
) -> tuple[str, str] | None:
    """(where, name) of the person the page itself shows as its author: its `<meta name=author>`, else the
    byline in its markup (`_BYLINE_CANDIDATES`) most plainly marked, those in its article first; never one in
    a side block (a reader comment's author, a related story's byline) or in a quotation; with the others
    marked as it is in its byline line (`_co_bylines`: several writers). None when the page names only its
    outlet, or shows bylines only after the end of its article (`_after_the_article`) or in
    story cards nested in it (`_in_a_card_inside`), or in cards of other stories anywhere (`_story_cards`,
    the page at `url`). With
    `names_only`, a byline element's text counts only when it reads as a name
    (`_looks_like_a_name`): on a page that names no author elsewhere, nothing else stands beside it."""
    for name in ("author", "parsely-author", "sailthru.author"):
        value = meta_content(metas, name)
        if not value or "://" in value or _squashed(value) in outlet:
            continue
        if not _names_only_a_section_or_a_role(value):  # `Staff Writer` names no writer
            return f"byline meta {name}", value
    best: tuple[tuple[bool, int, int], str] | None = None
    candidates = tree.css(_BYLINE_CANDIDATES)[:_MAX_BYLINE_CANDIDATES]
    if not candidates:
        return None
    layout = _PageLayout(tree)  # three queries of the page: only where a byline is to be placed
    headline = _headline_article(tree)
    headline = headline if headline is not None and headline.tag == "article" else None  # not `<main>`
    # The `<article>` cards a page lists after its own article (one whose headline links nowhere, as a
    # card's does) are other stories': they make the page no list of articles (its byline went unread).
    cards = tree.tags("article")[:_MAX_BYLINE_CANDIDATES] if names_only and headline is not None else []
    cards = cards if not _headline_is_linked(tree) else []
    # After the end of the article holding the headline stand others' names, whatever their blocks are
    # called (a list of reader comments, the next story), as for its time (`_time_element`).
    after = _after_the_article(tree, [*candidates, *cards])
    if names_only and _lists_articles(tree, layout, (after, cards) if cards else None):
        return None
    story_cards = _story_cards(tree, layout, url) if url else set()
    frame = holders((first_named(tree, "h1"),)) if url else set()
    for order, node in enumerate(candidates):
        kind = _byline_kind(node)
        if kind is None or (best is not None and best[0] <= (False, kind, order)) or node.mem_id in after:
            continue
        if headline is not None and _in_a_card_inside(node, headline):
            continue
        if kind == 1 and _another_article_s_author(node, tree):
            continue
        if story_cards and any(around.mem_id in story_cards for around in ancestors(node)):
            continue
        # A teaser's line (a "Most read" list's: `<li><a href="/2022/01/18/…">…</a> <span class="byline">By
        # John Smith</span></li>`), one or two too few for `_story_cards`, wherever it stands: its byline is
        # that story's writer's, credited as the page's where the article names none.
        if url and _beside_another_article_s_link(node, url, frame):
            continue
        in_side_block, in_article = layout.place(node)
        if in_side_block or any(around.tag in _QUOTING_TAGS for around in ancestors(node)):
            continue
        if _credited_as_another_role(node):
            continue
        text = _byline_text(node)
        if text is None or _squashed(text) in outlet or (names_only and not _looks_like_a_name(text)):
            continue
        rank = (not in_article, kind, order)
        if best is None or rank < best[0]:
            best = (rank, text)
    if best is None:
        return None
    (_, kind, order), text = best
    if kind < 2:  # a mark on each name: the others so marked in its byline line are its co-writers
        names = [text]
        for other in _co_bylines(candidates, order, kind):
            named = _byline_text(other)
            if named and named not in names and _squashed(named) not in outlet:
                names += [named] if not names_only or _looks_like_a_name(named) else []
        text = ", ".join(names)
    return ("byline <a rel=author>", "byline itemprop=author", "byline class")[kind], text


def _unmarked_byline(tree: LexborHTMLParser, outlet: frozenset[str]) -> tuple[str, str] | None:
    """(where, name) of a byline no markup marks, on the line right under the headline: `<p>By Lina
    Haddad</p>`, a label before names alone (`By`, `Par`, `Автор:`). A small site's theme sets its byline so;
    a note crediting the writer warned "no author found". None where that line is anything else (a deck, a
    date, "By the numbers: …")."""
    line = _unmarked_byline_line(tree)
    text = _byline_text(line) if line is not None else None
    if text is None or _squashed(text) in outlet:
        return None
    return "byline line under the headline", text


# The dateline a Korean news agency's or newspaper's story opens with, the writers after it
# (`(서울=연합뉴스) 이서연 기자 =`, `(가온=뉴스1) 이서연 김민수 기자 =`, `(워싱턴=뉴시스) 박지훈 특파원 =`): a
# place and the outlet in brackets, one to four names of two to five Hangul syllables, "reporter" or
# "correspondent", and `=`. Bounded, linear: each name's syllables, then a separator.
_KOREAN_DATELINE_BYLINE = on_first_use(
    r"\((?:[^()=]{1,30})=(?:[^()=]{1,30})\)\s{0,3}"
    r"(?P<names>[\uac00-\ud7a3]{2,5}(?:(?:\s{1,2}|\s{0,2}[,\u00b7]\s{0,2})[\uac00-\ud7a3]{2,5}){0,3})"
    r"\s{0,3}(?:\uae30\uc790|\ud2b9\ud30c\uc6d0)\s{0,3}="
)
_KOREAN_DATELINE_REACH = 120


def _korean_dateline_byline(tree: LexborHTMLParser) -> tuple[str, str] | None:
    """(where, names) of the writers a Korean story's dateline names (`(서울=연합뉴스) 이서연 기자 =`:
    `_KOREAN_DATELINE_BYLINE`) at the opening of one of the article's first paragraphs, where no markup
    marks a byline: a note crediting the reporter warned that the page credits only its outlet."""
    headline = first_named(tree, "h1")
    holder = next((around for around in ancestors(headline) if around.tag in ("article", "main")), None)
    holder = holder or (headline.parent if headline is not None else None)
    if holder is None:
        return None
    for paragraph in holder.css("p")[:_DATELINE_PARAGRAPHS]:
        opening = squeeze(paragraph.text()[: _KOREAN_DATELINE_REACH * 2])[:_KOREAN_DATELINE_REACH]
        match = _KOREAN_DATELINE_BYLINE().match(opening)
        if match is not None:
            names = re.split(r"[\s,\u00b7]+", match.group("names"))
            return "dateline of a Korean story", ", ".join(name for name in names if name)
    return None


def _unmarked_byline_line(tree: LexborHTMLParser) -> LexborNode | None:
    """The line right under the headline when it is a byline no markup marks (`_unmarked_byline`): a label
    before a name, or a person's name and the day alone (`_names_a_person_and_a_day`)."""
    headline = first_named(tree, "h1")
    line = _line_under_the_headline(headline) if headline is not None else None
    if line is None or line.tag not in _BYLINE_LINE_TAGS or not _is_short(line, _MAX_BYLINE_CHARS):
        return None
    shown = squeeze(line.text())
    lead = _BYLINE_LEAD().match(shown)
    if lead is None or not lead.group(0).strip():
        if not _names_a_person_and_a_day(shown):
            return None
        if _named_as_a_place(tree, _words_before_the_day(shown)):
            return None  # `Baton Rouge | 21 January 2022` over a text telling of what happened in Baton Rouge
    text = _byline_text(line)
    if text is None or not _looks_like_a_name(text):
        return None
    if _headline_is_linked(tree):
        return None  # a front page's lead story's card: its headline links to the story, its byline is its
    return line


# Where a line under the headline parts a name from the day, with no "By" before the name (`Jane Doe | 21
# January 2022`, `Jane Doe — Jan. 21, 2022`, `Jane Doe, 21.01.2022`).
_NAME_DAY_SEPARATOR = on_first_use(r"\s[|\u00b7\u2022\u2013\u2014/-]\s|,\s")


def _words_before_the_day(shown: str) -> str:
    """What a line under the headline writes before its separator and its day (`_NAME_DAY_SEPARATOR`):
    `Baton Rouge` of `Baton Rouge | 21 January 2022`; the whole line where no separator parts it."""
    parted = _NAME_DAY_SEPARATOR().search(shown)
    return (shown[: parted.start()] if parted is not None else shown).strip()


def _dateline_place(tree: LexborHTMLParser, line: LexborNode) -> str:
    """The place a line under the headline names before its day, where it is a dateline's
    (`New Delhi | 21 January 2022`, `BATON ROUGE - Jan. 21, 2022`): two to four capitalised words that a
    place's first or last word (`_PLACE_FIRST_WORDS`, `_PLACE_LAST_WORDS`), capitals alone, or the text
    (`_named_as_a_place`) show to be a place; else "". Its words are no deck's: counted as such, the line
    gave no date where `Kyiv | 21 January 2022`, one word, did."""
    if not _is_short(line, _MAX_BYLINE_CHARS):
        return ""
    shown = squeeze(line.text())
    words = _words_before_the_day(shown)
    parts = words.split()
    if words == shown or not 2 <= len(parts) <= _MOST_NAME_WORDS:
        return ""
    if not all(part[:1].isupper() and part.translate(_NAME_MARKS).isalpha() for part in parts):
        return ""
    keys = [part.casefold().rstrip(".") for part in parts]
    if keys[0] in _PLACE_FIRST_WORDS or keys[-1] in _PLACE_LAST_WORDS or words.isupper():
        return words
    return words if _named_as_a_place(tree, words) else ""


# The words before a place in a story's text (`in Baton Rouge`, `near Nizhny Novgorod`), and after it
# (`Baton Rouge-based`): where the text names the line's words so, they are a place (a dateline), not a
# writer. No list of places is needed, nor could one be whole: a place no list holds was credited as the
# page's author. A person named after "in" (`in Jane Doe's view`) is followed by a possessive, not taken.
_PLACE_PREPOSITIONS = (" in ", " near ", " outside ", " across ", " around ", " throughout ")
_MAX_TEXT_FOR_PLACES = 20_000  # characters of the article's text looked in: its opening tells where
_MAX_PLACE_MENTIONS = 50  # mentions of the words looked at, a crafted page holding more


def _named_as_a_place(tree: LexborHTMLParser, words: str) -> bool:
    """Whether the article's text (the headline's article, else `<main>`, else the page's body; its first
    `_MAX_TEXT_FOR_PLACES` characters) names `words` as a place: after a preposition of place
    (`_PLACE_PREPOSITIONS`) or before `-based`, as whole words, not as a possessor (`in Jane Doe's`)."""
    if not words:
        return False
    holder = _headline_article(tree) or tree.css_first("main") or tree.body
    if holder is None:
        return False
    text = (
        " "
        + squeeze(holder.text(separator=" ")[: _MAX_TEXT_FOR_PLACES * 2])[:_MAX_TEXT_FOR_PLACES].casefold()
    )
    place = words.casefold()
    if f"{place}-based" in text:
        return True
    start = 0
    for _ in range(_MAX_PLACE_MENTIONS):
        found = text.find(place, start)
        if found < 0:
            return False
        start = found + len(place)
        after = text[start : start + 1]
        if after.isalnum() or after in ("'", "\u2019", "-"):
            continue  # a longer word (`Rougeville`), a possessive, a compound
        if any(text.endswith(preposition, 0, found) for preposition in _PLACE_PREPOSITIONS):
            return True
    return False


_MOST_NAME_WORDS = 4  # a person's given names and family name; a longer run of capitals is a deck's
_NAME_MARKS = str.maketrans("", "", ".-'\u2019")
# A section, a desk, a kind of story or a newsroom's role, lowercased: what a byline element or a line under
# the headline shows where it names no person (`Politics | 21 January 2022`, `World News - Jan. 21, 2022`,
# `By Staff`, `Staff Reporter`, `Web Desk`, `The Editors`). A byline of these words alone is no writer's.
_SECTION_AND_ROLE_WORDS = frozenset(
    (
        *("news", "world", "politics", "political", "business", "economy", "markets", "money", "finance"),
        *("sport", "sports", "opinion", "opinions", "analysis", "comment", "culture", "arts", "science"),
        *("health", "tech", "technology", "travel", "lifestyle", "life", "style", "food", "entertainment"),
        *("local", "national", "international", "breaking", "latest", "live", "update", "updates"),
        *("review", "reviews", "feature", "features", "interview", "editorial", "editorials", "report"),
        *("reports", "press", "release", "statement", "media", "video", "videos", "photo", "photos"),
        *("gallery", "podcast", "podcasts", "blog", "column", "columns", "letters", "education", "climate"),
        *("environment", "weather", "crime", "justice", "law", "security", "defence", "defense", "war"),
        *("staff", "team", "desk", "newsroom", "editor", "editors", "correspondent", "correspondents"),
        *("reporter", "reporters", "writer", "writers", "admin", "administrator", "guest", "contributor"),
        *("contributors", "contributing", "senior", "special", "web", "online", "digital", "the"),
        # ... and the kinds of a government's or an institution's publications (`Public Notice | 21 January
        # 2022`, `Fact Sheet`, `Media Advisory`), which a title-cased line under the headline names so.
        *("notice", "notices", "announcement", "announcements", "bulletin", "briefing", "newsletter"),
        *("event", "events", "advisory", "speech", "speeches", "transcript", "remarks", "readout", "fact"),
        *("sheet", "factsheet", "guidance", "consultation", "circular", "decree", "resolution", "research"),
        *("publication", "publications", "study", "paper", "insight", "insights", "commentary", "explainer"),
        *(
            "brief",
            "digest",
            "roundup",
            "recap",
            "daily",
            "weekly",
            "monthly",
            "annual",
            "public",
            "official",
        ),
        # Russian's and Ukrainian's (novosti, politika, redaktsiya, novyny; polityka, redaktsiia; ekonomika,
        # ekonomika), German's, French's and Spanish's sections and desks.
        *("\u043d\u043e\u0432\u043e\u0441\u0442\u0438", "\u043f\u043e\u043b\u0438\u0442\u0438\u043a\u0430"),
        *("\u0440\u0435\u0434\u0430\u043a\u0446\u0438\u044f", "\u043d\u043e\u0432\u0438\u043d\u0438"),
        *(
            "\u043f\u043e\u043b\u0456\u0442\u0438\u043a\u0430",
            "\u0440\u0435\u0434\u0430\u043a\u0446\u0456\u044f",
        ),
        *(
            "\u044d\u043a\u043e\u043d\u043e\u043c\u0438\u043a\u0430",
            "\u0435\u043a\u043e\u043d\u043e\u043c\u0456\u043a\u0430",
        ),
        *("nachrichten", "politik", "wirtschaft", "redaktion", "meinung", "kultur", "ausland", "inland"),
        *("actualit\u00e9s", "politique", "\u00e9conomie", "soci\u00e9t\u00e9", "r\u00e9daction", "monde"),
        *("noticias", "pol\u00edtica", "econom\u00eda", "mundo", "redacci\u00f3n", "internacional"),
    )
)
# What a line under the headline names where it names no person, besides those: an organisation's words
# (anywhere in it), and the words places' names open with (`New York`, `San Francisco`, `Port Moresby`) or
# end with (`Kansas City`, `Gaza Strip`), only there: `Juan San Mart\u00edn`, `Mary Santa` and `Carlos Del
# Rio` are people, and were credited to no one. A place of one word (`Kyiv, 21.01.2022`, a dateline) is no
# name of a person either: a person's name there has two words at least.
_NOT_A_PERSON_S_WORDS = _SECTION_AND_ROLE_WORDS | frozenset(
    (
        *("department", "ministry", "office", "service", "agency", "agencies", "government", "council"),
        *("committee", "embassy", "page", "home", "top"),
    )
)
_PLACE_FIRST_WORDS = frozenset(
    (
        *("east", "west", "north", "south", "middle", "new", "san", "santa", "santo", "s\u00e3o", "sao"),
        *("los", "las", "saint", "st", "port", "fort", "mount", "lake", "upper", "lower", "great"),
        *("greater", "central", "united", "hong", "tel", "abu", "buenos", "kuala", "cape", "addis", "phnom"),
        *("rio", "sri", "costa", "puerto", "saudi", "el"),
    )
)
_PLACE_LAST_WORDS = frozenset(
    (
        *("city", "island", "islands", "republic", "bay", "beach", "valley", "county", "province"),
        *("region", "oblast", "kingdom", "coast", "district", "state", "states", "strip", "bank", "town"),
        *("america", "europe", "asia", "africa", "union", "east"),
    )
)


def _names_no_person(words: list[str]) -> bool:
    """Whether a line's words before its day (`_names_a_person_and_a_day`) name a section, a desk or an
    organisation (a word of `_NOT_A_PERSON_S_WORDS` anywhere), or a place by the word it opens or ends
    with (`_PLACE_FIRST_WORDS`, `_PLACE_LAST_WORDS`)."""
    keys = [word.casefold().rstrip(".") for word in words]
    return (
        any(key in _NOT_A_PERSON_S_WORDS for key in keys)
        or keys[0] in _PLACE_FIRST_WORDS
        or keys[-1] in _PLACE_LAST_WORDS
    )


def _names_only_a_section_or_a_role(text: str) -> bool:
    """Whether a byline's text is only a section's, a desk's or a role's words (`Politics`, `Staff`, `Staff
    Reporter`, `The Editors`; `_SECTION_AND_ROLE_WORDS`), joined by `and`: it names no writer."""
    words = [word.strip(_BYLINE_EDGES + "()'\u2019").casefold() for word in text.split()]
    words = [word for word in words if word and word not in ("and", "&")]
    return bool(words) and all(word in _SECTION_AND_ROLE_WORDS for word in words)


def _names_a_person_and_a_day(shown: str) -> bool:
    """Whether a line under the headline is a person's name and the day alone, with no label before the
    name (`Jane Doe | 21 January 2022`, `Jane Doe — Jan. 21, 2022`, `Jane Doe, 21.01.2022`): two to four
    capitalised words (`_looks_like_a_name`), none in capitals alone (a dateline's place) nor a section's, a
    desk's or a place's word (`_NOT_A_PERSON_S_WORDS`), then the day, and nothing else but its time."""
    parted = _NAME_DAY_SEPARATOR().search(shown)
    if parted is None:
        return False
    name, day = shown[: parted.start()].strip(), shown[parted.end() :]
    words = name.split()
    if not 2 <= len(words) <= _MOST_NAME_WORDS or not _looks_like_a_name(name):
        return False
    # Letters, and an initial's point, a hyphen or an apostrophe (`J. Doe`, `Anne-Marie O'Neil`): no
    # label's colon (`Photo: Reuters`), no digit.
    if not all(word.translate(_NAME_MARKS).isalpha() for word in words):
        return False
    if any(word.isupper() and len(word.rstrip(".")) > 1 for word in words):
        return False
    if _names_no_person(words):
        return False
    found = find_date(day)
    if found.date is None or found.ambiguous or found.in_a_range:
        return False
    rest = _CLOCK_AND_ZONE().sub(" ", day.replace(found.text, " ", 1), count=1)
    return not any(any(character.isalpha() for character in word) for word in rest.split())


# Where a byline line's credits part: the label before a name is read from the last of these on.
_CREDIT_SEPARATORS = on_first_use(r"[.;|/\u00b7\u2022\u2013\u2014]")


def _credited_as_another_role(node: LexborNode) -> bool:
    """Whether the words right before a marked name credit it with another role than the writer's
    (`Photo: <a rel=author>Omar Khalil</a>`, `Medically reviewed by <span itemprop=author>...`): the
    photographer or the reviewer a line names first was taken for the author."""
    label = _CREDIT_SEPARATORS().split(_label_before(node))[-1]
    credits = list(_OTHER_ROLE().finditer(label))  # a label is a few words (`_MAX_LABEL` characters)
    if not credits or _is_the_writers_credit(credits[-1].group(0)):
        return False
    # The credit ends the label (`Photo: `), not one that names its own (`Photo: Omar Khalil` before it).
    return not label[credits[-1].end() :].strip(" :")


def _is_the_writers_credit(credit: str) -> bool:
    """Whether an `_OTHER_ROLE` credit is a wire's `Reporting by`, whose reporter is its writer."""
    return " ".join(credit.strip(" ,;/|").split()).lower() == "reporting by"


# The elements a byline line is written in, around its names' links (`<p class="byline">By <a>..</a> and ..`).
_BYLINE_LINE_TAGS = frozenset(("p", "div", "li", "address", "header", "dd"))


def _co_bylines(candidates: list[LexborNode], chosen: int, kind: int) -> list[LexborNode]:
    """The other candidates marked as `candidates[chosen]` is (`rel=author`, `itemprop=author`) in the same
    short line around it (`By <a rel=author>Lina Haddad</a> and <a rel=author>Sam Reed</a>`): a byline of
    several writers, each marked (the first alone was the author, and a note citing the second warned)."""
    node = candidates[chosen]
    line = next((around for around in ancestors(node.parent, 4) if around.tag in _BYLINE_LINE_TAGS), None)
    if line is None or not _is_short(line, 2 * _MAX_BYLINE_CHARS):
        return []
    # Only names before another role's credit (`Photos:`, `Edited by`) in the line are writers'.
    written = squeeze(line.text())
    roles = (role for role in _OTHER_ROLE().finditer(written) if not _is_the_writers_credit(role.group(0)))
    end = next((role.start() for role in roles), len(written))
    return [
        other
        for index, other in enumerate(candidates)
        if index != chosen
        and _byline_kind(other) == kind
        and any(around.mem_id == line.mem_id for around in ancestors(other.parent, 4))
        and 0 <= written.find(squeeze(other.text())) < end
    ]


def _headline_is_linked(tree: LexborHTMLParser) -> bool:
    """Whether the page's first `<h1>` holds a link or stands in one, as a story card's headline does."""
    heading = first_named(tree, "h1")
    if heading is None:
        return False
    return heading.css_first("a[href]") is not None or any(
        around.tag == "a" for around in ancestors(heading.parent, _CARD_DEPTH)
    )


# A story's card links its headline to the story: a heading in a link, or a link in a heading.
_LINKED_HEADING = ", ".join(
    f"a[href] {heading}, {heading} a[href]" for heading in ("h2", "h3", "h4", "h5", "h6")
)


def _another_article_s_author(node: LexborNode, tree: LexborHTMLParser) -> bool:
    """Whether an `itemprop=author` element is the author of a microdata article item that does not hold
    the page's headline: a teaser card's (`<div itemscope itemtype=NewsArticle>` in the article's text),
    whose writer was read as the page's byline. The page's own item, wherever it stands, gives its author
    before any byline is read (`_content_author`)."""
    item = next((around for around in ancestors(node.parent) if "itemscope" in around.attributes), None)
    if item is None:
        return False
    kind = (item.attributes.get("itemtype") or "")[:_MAX_PUBLISHED_MARK].strip().rsplit("/", 1)[-1]
    if kind in _PICTURE_AND_MEDIA_TYPES:
        return True  # a photo's or a video's own author (`ImageObject`'s photographer), no writer of the page
    return kind in _ARTICLE_TYPES and not _of_the_headline_s_item(node, tree)


# The items a page's photo or video is given in: their `author` is the photographer's or the maker's.
_PICTURE_AND_MEDIA_TYPES = _MEDIA_TYPES | frozenset(("ImageObject", "Photograph", "ImageGallery"))


def _in_a_card_inside(node: LexborNode, headline: LexborNode) -> bool:
    """Whether `node` stands in an `<article>` inside the `<article>` holding the headline (`headline`) that
    links its own heading elsewhere: a related story's card, whatever the block around it is called
    (`<div class="recirc">`), so its byline is another's. An `<article>` inside the `<main>` that holds the
    headline is the story itself, and one whose heading links nowhere may hold the story's own text."""
    # The elements between `node` and the headline's article, innermost first; none when it is outside it.
    between: list[LexborNode] = []
    for around in ancestors(node.parent):
        if around.mem_id == headline.mem_id:
            break
        between.append(around)
    else:
        return False
    nested = next((around for around in between if around.tag == "article"), None)
    return nested is not None and nested.css_first(_LINKED_HEADING) is not None


def _path_segments(url: str) -> list[str]:
    return [segment for segment in urlsplit(url).path.lower().split("/") if segment]


def _redirected_to_a_listing(
    cited_url: str,
    final_url: str,
    tree: LexborHTMLParser,
    ld: list[dict[str, Any]],
    og: dict[str, str],
    html: str = "",
) -> PageProblem | None:
    """A redirect from the cited page up to a page that lists several articles (a section or tag page: where a
    site sends the link of an article it took down), or to one whose path names it a listing (a tag, an
    author, a page of an archive) at any depth, which says nothing of its own as an article does. Its first
    card's date, byline and words are another story's, or a teaser of the cited one at best. Its cards are
    `<article>`s, or blocks that are none (`<div class="card">`), each a linked headline or a linked title
    and its teaser, where the page shows little besides them and no headline in an `<article>` (a moved
    article is no listing for the related stories after it)."""
    cited, final = _path_segments(cited_url), _path_segments(final_url)
    if _amp_variant_of(cited, final):
        return None
    # Up to a shorter path, or to a listing named so at any depth (`/2022/01/page/2/`, `/news/tag/bridge`).
    listing = bool(set(final[:_MAX_NAMES]) & _LISTING_SEGMENTS - set(cited[:_MAX_NAMES]))
    if (len(final) >= len(cited) and not listing) or og.get("og:type", "").lower() == "article":
        return None
    if any(_types(item) & _ARTICLE_TYPES for item in ld):
        return None
    layout = _PageLayout(tree)
    if not _lists_articles(tree, layout) and not _only_cards(tree, layout, final_url, html):
        # A tag's or a search's page with a card or two (a new tag's), which calls itself one ("Tag:
        # Kherson"), reached from the article's address at a listing's (`/tag/kherson/`): its first card's
        # day passed a note's date.
        headline = first_named(tree, "h1")
        calls_itself = _names_a_listing(tree) if listing else None
        if calls_itself is None or any(around.tag == "article" for around in ancestors(headline)):
            return None
        return PageProblem(
            "soft-404",
            f"redirected to {final_url[:200]}, a page that calls itself a list of articles "
            f"({escape_unprintable(calls_itself[:120])!r}), not the cited one",
        )
    return PageProblem(
        "soft-404",
        f"redirected to {final_url[:200]}, a page that lists several articles (a section page?), not the "
        "cited one",
    )


def _a_listing_s_own_page(
    tree: LexborHTMLParser, url: str, ld: list[dict[str, Any]], og: dict[str, str]
) -> str | None:
    """Why the page is a tag's, a section's, an author's or a search's own (cited as itself, or at its own
    address), if it is: it calls itself one (`_names_a_listing`: "Tag: Kherson", "Search results"), or its
    address names it one (`/tag/kherson/`, `/author/lina-haddad/`), with no article's item and no headline
    in an `<article>`. Its days are its cards' stories', not its own: the first card's passed a note's
    date."""
    if og.get("og:type", "").lower() == "article" or any(_types(item) & _ARTICLE_TYPES for item in ld):
        return None
    headline = first_named(tree, "h1")
    if headline is None or any(around.tag == "article" for around in ancestors(headline)):
        return None
    calls_itself = _names_a_listing(tree)
    if calls_itself is not None:
        return f"the page calls itself a list of articles ({escape_unprintable(calls_itself[:120])!r})"
    # Named so by one of its last two segments (`/tag/kherson/`, `/search`), a page number after them
    # aside (`/tag/kherson/page/2/`): a permalink under a category (`/category/politics/council-votes-to-
    # reopen-the-bridge/`) is an article's.
    segments = _path_segments(url)[-_MAX_NAMES:]
    if len(segments) >= 2 and segments[-2] == "page" and segments[-1].isdigit():
        segments = segments[:-2]
    named = [segment for segment in segments[-2:] if segment in _LISTING_SEGMENTS - {"page"}]
    if named and not _DATED_PATH().search(urlsplit(url).path[:_MAX_PATH]):
        return f"its address names it a list of articles (/{named[0]}/)"
    return None


def _only_cards(tree: LexborHTMLParser, layout: _PageLayout, address: str, html: str) -> bool:
    """Whether the page at `address` shows three or more cards that are no `<article>` (linked headlines, or
    linked titles, each with its teaser: `_linked_headline_cards`, `_linked_title_cards`) of other articles,
    no headline in an `<article>`, and little text besides them."""
    if not html:
        return False
    cards = _linked_headline_cards(tree, layout, other_articles_than=address) or _linked_title_cards(
        tree, layout, address
    )
    headline = first_named(tree, "h1")
    if not cards or any(around.tag == "article" for around in ancestors(headline)):
        return False
    cards_text = sum(len(squeeze(card.text(separator=" "))) for card in cards)
    return len(own_text(html)) - cards_text < _LISTING_OWN_CHARS


# The segment that makes an article's address its AMP or its print version's: `/2022/01/21/ferry/amp`,
# `/amp/2022/01/21/ferry`, `/print/2022/01/21/ferry`.
_VARIANT_SEGMENTS = frozenset(("amp", "print"))
_SLUG_WORD = on_first_use(r"[^\W\d_]{4,}|\d{5,}")
_MIN_SLUG_WORDS = 3


def _slug_words(segments: list[str]) -> set[str]:
    """The words of an address's slug (its last segment of three words or more, its extension aside) of four
    letters or more, and its long numbers (a story's id)."""
    slug = next((segment for segment in reversed(segments) if segment.count("-") >= 2), "")
    words = _SLUG_WORD().findall(slug.partition(".")[0])
    return set(words) if len(slug.split("-")) >= _MIN_SLUG_WORDS else set()


def _another_article_s_variant(cited_url: str, canonical: str | None) -> PageProblem | None:
    """An AMP or print version answered at the cited address (the cited address's own, no redirect) that
    names another article its own: its canonical address, on the same site, is not the cited one without
    its `amp` or `print` segment, and their slugs share no word nor id ("council-votes-to-reopen-bridge"
    and "ferry-service-suspended-winter"). An AMP page must name its article so; a slug edited with its
    headline keeps some of its words. Its headline, date, byline and words are the other article's: with
    no title cited, a quote the other article repeats verified the footnote."""
    if not canonical:
        return None
    cited = _path_segments(cited_url)[:_MAX_NAMES]
    if not cited or not (cited[0] in _VARIANT_SEGMENTS or cited[-1] in _VARIANT_SEGMENTS):
        return None
    article = cited[1:] if cited[0] in _VARIANT_SEGMENTS else cited[:-1]
    named_url = joined_url(cited_url, canonical[:2000]) or ""
    named = _path_segments(named_url)[:_MAX_NAMES]
    if not _names_the_same_site(cited_url, named_url) or named == article:
        return None
    own, other = _slug_words(article), _slug_words(named)
    if not own or not other or own & other:
        return None
    return PageProblem(
        "soft-404",
        f"the page is another article's {'AMP' if 'amp' in (cited[0], cited[-1]) else 'print'} version: it"
        f" names {escape_unprintable(named_url[:200])} its own, not the cited article",
    )


def _names_the_same_site(one: str, other: str) -> bool:
    hosts = [(urlsplit(url).hostname or "").removeprefix("www.") for url in (one, other)]
    return bool(hosts[0]) and hosts[0] == hosts[1]


def _amp_variant_of(cited: list[str], final: list[str]) -> bool:
    """Whether the cited path (its segments) is the AMP variant of the final one: the same path with an `amp`
    segment at its end or its start (`/2022/01/21/ferry/amp`, `/amp/2022/01/21/ferry`). A site that no longer
    serves AMP sends it to the article itself, one segment shorter, which is no page above it: a related
    stories' strip of `<article>` cards made the article a section page (soft 404)."""
    if len(cited) != len(final) + 1:
        return False
    return (cited[-1] == "amp" and cited[:-1] == final) or (cited[0] == "amp" and cited[1:] == final)


# What an article's address looks like, as news sites and blogs write it: a day in its path (`/2022/01/21/`),
# a slug of three words or more (`council-votes-bridge`), or a long number (a story's id).
_DATED_PATH = on_first_use(r"/(?:19|20)\d\d/(?:0?[1-9]|1[0-2])/")
_LONG_NUMBER = on_first_use(r"\d{5,}")
# Path segments of a page that lists articles, not of an article: a tag, a category, an author, a page of an
# archive. A cited page under one of these is a listing, and its cards are what was cited.
_LISTING_SEGMENTS = frozenset(
    {"tag", "tags", "category", "categories", "topic", "topics", "author", "authors", "page", "archive"}
    | {"archives", "section", "sections", "search", "label", "labels"}
)
# A page that lists articles says next to nothing of its own besides its cards: a title, a line of intro.
_LISTING_OWN_CHARS = 500


def _looks_like_an_article(url: str) -> bool:
    """Whether `url` has an article's address (`_DATED_PATH`, a slug, a long number), under no listing's."""
    segments = _path_segments(url)[:_MAX_NAMES]
    if not segments or set(segments) & _LISTING_SEGMENTS:
        return False
    slug = segments[-1].partition(".")[0]
    path = urlsplit(url).path[:2000]
    return bool(_DATED_PATH().search(path) or slug.count("-") >= 2 or _LONG_NUMBER().fullmatch(slug))


def _names_an_ancestor(cited_url: str, named: str) -> bool:
    """Whether `named` (the page's canonical URL or `og:url`) is a page above the cited one on its site: its
    home or a section the cited path lies under."""
    try:
        cited, other = urlsplit(cited_url), urlsplit(joined_url(cited_url, named) or "")
    except ValueError:
        return False
    hosts = [(parts.hostname or "").removeprefix("www.") for parts in (cited, other)]
    above, below = _path_segments(other.geturl()), _path_segments(cited_url)
    return hosts[0] == hosts[1] and len(above) < len(below) and below[: len(above)] == above


def _names_a_listing_address(cited_url: str, named: str) -> bool:
    """Whether `named` (the page's canonical URL or `og:url`) is a list's address: under a tag, an author, a
    search (`_LISTING_SEGMENTS`: `/tag/kherson/`, `/author/lina-haddad/`), or a section's one segment deep
    (`/latest/`), not an article's. A moved article's new address, short or not, is none."""
    address = joined_url(cited_url, named[:2000]) or ""
    segments = _path_segments(address)[:_MAX_NAMES]
    if set(segments) & _LISTING_SEGMENTS:
        return True
    return len(segments) == 1 and not _looks_like_an_article(address)


_MIN_HEADLINE_CARDS = 3
_CARD_DEPTH = 4  # a card's link and its headline stand this close
_HEADLINE_TAGS = frozenset(("h2", "h3", "h4", "h5", "h6"))


def _linked_headline_cards(
    tree: LexborHTMLParser, layout: _PageLayout, other_articles_than: str | None = None
) -> list[LexborNode]:
    """The blocks around the page's linked headlines outside its side blocks, each a story's card (the
    headline's parent, or its link's where the link holds the headline), when there are three or more of
    them linking to different pages; else none. With `other_articles_than` (the cited URL), only headlines
    linking to another article's address count: a heading linked to its own section (`#history`), to a
    section page or to the cited page itself heads the article's own part."""
    cards: dict[int, LexborNode] = {}
    links: set[str] = set()
    for node in tree.css(_LINKED_HEADING)[:_MAX_BYLINE_CANDIDATES]:
        # The selector finds a heading in a link, or a link in a heading: the other is around it or in it.
        near = list(ancestors(node.parent, _CARD_DEPTH))
        link: LexborNode | None = node
        heading: LexborNode | None = node
        if node.tag == "a":
            heading = next((around for around in near if around.tag in _HEADLINE_TAGS), None)
        else:
            link = node.css_first("a[href]") or next((around for around in near if around.tag == "a"), None)
        card = heading.parent if heading is not None else None
        if card is not None and card.tag == "a":
            card = card.parent
        if card is None or link is None or layout.place(card)[0]:
            continue
        href = link.attributes.get("href") or ""
        if other_articles_than is not None and not _links_another_article(other_articles_than, href):
            continue
        cards[card.mem_id] = card
        links.add(href)
    found = [card for card in cards.values() if not any(a.mem_id in cards for a in ancestors(card.parent))]
    return found if len(found) >= _MIN_HEADLINE_CARDS and len(links) >= _MIN_HEADLINE_CARDS else []


def _story_card_nodes(tree: LexborHTMLParser, layout: _PageLayout, url: str) -> list[LexborNode]:
    """The page's cards of other stories (`_linked_headline_cards`: three or more linked headlines, each
    leading to another article than the one at `url`, with its byline and time), wherever they stand (a
    strip of them above the article, in a block named for none), but one that holds the page's first `<h1>`:
    the first card's byline and time were the article's where it gives none of its own."""
    cards = _linked_headline_cards(tree, layout, other_articles_than=url)
    if not cards:
        return []
    frame = holders((first_named(tree, "h1"),))
    return [card for card in cards if card.mem_id not in frame]


def _story_cards(tree: LexborHTMLParser, layout: _PageLayout, url: str) -> set[int]:
    """The `mem_id`s of `_story_card_nodes`."""
    return {card.mem_id for card in _story_card_nodes(tree, layout, url)}


_MAX_TITLE_LINKS = 300
_MIN_TITLE_WORDS = 3  # a story's title, not a menu's or a tag's word


def _linked_title_cards(tree: LexborHTMLParser, layout: _PageLayout, cited_url: str) -> list[LexborNode]:
    """The cards of a list whose stories' titles are links in no heading (`<div class="title"><a>`), outside
    the page's side blocks: around each link to another article (`_links_another_article`) of a few words,
    the largest block up to `_CARD_DEPTH` above it that holds no other such link; three or more of them, else
    none. Read only on a page that names a page above the cited one its own (a home page answered at a removed
    article's address, its canonical URL the site's): its cards' teasers were read as the article."""
    links: dict[int, LexborNode] = {}
    hrefs: set[str] = set()
    for link in tree.css("a[href]")[:_MAX_TITLE_LINKS]:
        href = link.attributes.get("href") or ""
        if len(squeeze(link.text()).split()) < _MIN_TITLE_WORDS or layout.place(link)[0]:
            continue
        if _links_another_article(cited_url, href):
            links[link.mem_id] = link
            hrefs.add(href)
    if len(hrefs) < _MIN_HEADLINE_CARDS:
        return []
    cards: dict[int, LexborNode] = {}
    for link in links.values():
        card = link
        for around in ancestors(link.parent, _CARD_DEPTH):
            if around.tag in ("body", "html", "main") or any(
                other.mem_id in links and other.mem_id != link.mem_id
                for other in around.css("a[href]")[:_MAX_TITLE_LINKS]
            ):
                break
            card = around
        cards[card.mem_id] = card
    return list(cards.values()) if len(cards) >= _MIN_HEADLINE_CARDS else []


def _headed_as_a_home(tree: LexborHTMLParser) -> bool:
    """Whether the page has no `<h1>`, or one that says only its title (a home page's: the site's name)."""
    heading = first_named(tree, "h1")
    if heading is None:
        return True
    return squeeze(heading.text())[:_MAX_HEADING].casefold() == squeeze(page_title(tree) or "").casefold()


def _heads_a_link_away(card: LexborNode, cited_url: str) -> bool:
    """Whether an `<article>`'s linked headline leads to another page: a liveblog's entries head themselves
    with links to their own places on the page (`#block-3`), and its page of them was read as a list of other
    stories (a soft 404)."""
    for node in card.css(_LINKED_HEADING)[:_MAX_BYLINE_CANDIDATES]:
        link = node if node.tag == "a" else node.css_first("a[href]")
        href = (link.attributes.get("href") or "").strip() if link is not None else ""
        target = joined_url(cited_url, href[:2000]) if href and not href.startswith("#") else None
        if target and not _a_place_on(cited_url, target):
            return True
    return False


def _a_place_on(page_url: str, target: str) -> bool:
    """Whether `target` is the page itself, or a place on it: its address with a fragment, whatever its query
    says (`?page=with:block-3#block-3`, as the Guardian links a liveblog's entry)."""
    address, fragment = urldefrag(target)
    if _page_key(address) == _page_key(urldefrag(page_url)[0]):
        return True
    return bool(fragment) and _path_segments(address) == _path_segments(page_url)


def _links_another_article(cited_url: str, href: str) -> bool:
    """Whether a link leads to an article's address (`_looks_like_an_article`) other than the cited one."""
    target = joined_url(cited_url, href[:2000].strip())
    if not target or not _looks_like_an_article(target):
        return False
    return _page_key(target.partition("#")[0]) != _page_key(cited_url.partition("#")[0])


# What a list of articles calls itself in its title or its heading, as WordPress and its SEO plugins name a
# search, a tag, a category or an author's page: "Search Results for: bridge", "You searched for bridge",
# "Tag: bridge", "Lina Haddad, Author at City Ledger". Not "Archive: ...", which heads a newspaper's pieces
# from its archive, nor "Page 2 of 10", which an article in pages says too, nor "Results for 'Kent'", which
# heads an election's.
_LISTING_NAME = on_first_use(
    r"search results for\s*[:\"'\u201c\u2018\u00ab].{0,100}|you searched for\s.{1,100}"
    r"|(?:tag|category|author|topic)\s?:\s.{1,100}|[^,]{1,100}, author at .{1,100}"
    # A search that found nothing, or some results ("No results for “council bridge a”", "3 results for
    # bridge", "Did you mean: council bridge?", "Search results"), ...
    r"|(?:no|[\d,]{1,9}) (?:search )?results? (?:found )?for\s.{1,100}|did you mean\b.{0,100}|search results"
    # ... and a search's or a tag's page in the languages whose sites reports cite most: Russian, Ukrainian,
    # German, French, Spanish, Italian, Portuguese, Polish, Dutch, Turkish, Arabic ("Результаты поиска: мост",
    # "По запросу «мост» ничего не найдено", "Suchergebnisse für „Brücke“", "Schlagwort: Brücke")
    r"|(?:результаты поиска|результати пошуку|suchergebnisse|r\u00e9sultats de (?:la )?recherche"
    r"|resultados de (?:la )?b\u00fasqueda|risultati (?:della )?ricerca|resultados da (?:pesquisa|busca)"
    r"|wyniki wyszukiwania|zoekresultaten|arama sonu\u00e7lar\u0131|نتائج البحث)(?:\W.{0,100})?"
    r"|по запросу .{1,100}?(?:ничего не найдено|не найдено|найден[оы]? \d.{0,40})"
    r"|за запитом .{1,100}?(?:нічого не знайдено|не знайдено|знайдено \d.{0,40})"
    r"|(?:тег|метка|теги|тэг|мітка|schlagwort|stichwort|mot-cl\u00e9|etiqueta|etichetta|etiket|tagi?)"
    r"\s?:\s.{1,100}",
    re.IGNORECASE,
)
# A heading that is only a search's name: "Search", "Поиск", "Suche", "Recherche" (as a title's part, a
# section's name too: "Ranking update | Search | Search Engine Land").
_SEARCH_HEADING = on_first_use(
    r"search|поиск|пошук|suche|recherche|b\u00fasqueda|ricerca|pesquisa|busca|wyszukiwanie|szukaj|zoeken"
    r"|arama|بحث",
    re.IGNORECASE,
)


def _names_a_listing(tree: LexborHTMLParser) -> str | None:
    """The part of the page's title, or its first `<h1>`, that calls the page a list of articles."""
    node = first_named(tree, "h1")
    heading = squeeze(node.text())[:_MAX_HEADING] if node else ""
    if _SEARCH_HEADING().fullmatch(heading):
        return heading
    named = [*title_parts(page_title(tree)), heading]
    return next((part for part in named if _LISTING_NAME().fullmatch(part)), None)


def _listing_in_place_of_the_article(
    cited_url: str,
    tree: LexborHTMLParser,
    html: str,
    ld: list[dict[str, Any]],
    og: dict[str, str],
    names_itself: str | None,
) -> PageProblem | None:
    """A page that lists several articles answered at the cited article's own address, with no redirect (as
    many CMSs answer the link of an article they took down: with their home or section page). It names itself
    a page above the cited one (its canonical URL or `og:url`), or the cited address is an article's, and it
    shows nothing of its own besides the cards: no article's item, no headline in an `<article>`, no text. A
    card's date and teaser are another story's, or the cited one's teaser at best."""
    if og.get("og:type", "").lower() == "article" or any(_types(item) & _ARTICLE_TYPES for item in ld):
        return None
    if is_home_url(cited_url):
        return None  # the home page cited (`/index.html`, `/en/`): a list of stories is what it is
    above = names_itself is not None and _names_an_ancestor(cited_url, names_itself)
    if not above and not _looks_like_an_article(cited_url):
        return None
    calls_itself = _names_a_listing(tree)
    if calls_itself is not None:  # whatever page it names itself (`/tag/bridge/`, or the cited address)
        return PageProblem(
            "soft-404",
            f"the page calls itself a list of articles ({escape_unprintable(calls_itself[:120])!r}), not the "
            "cited one: a search, tag or author page answered at the article's address",
        )
    if names_itself and not above and not _names_a_listing_address(cited_url, names_itself):
        return None  # it names another page as its own: the article, moved, or the cited page itself
    # ... but where it names a tag's, an author's or a section's page its own, its cards are read as a page
    # above the cited one's are: such a page answered at a removed article's address passed a quote found in
    # a card's teaser.
    above = above or names_itself is not None
    layout = _PageLayout(tree)
    cards = [
        node
        for node in tree.tags("article")[:_MAX_BYLINE_CANDIDATES]
        if not layout.place(node)[0] and _heads_a_link_away(node, cited_url)
    ]
    cards = [card for card in cards if not any(a.tag == "article" for a in ancestors(card.parent))]
    if len(cards) < 2 and names_itself:
        # Cards that are no `<article>` (`<div class="card">`), each a linked headline and its teaser: read
        # on a page that names itself a page above the cited one (an article may head its own sections
        # with links) ...
        cards = _linked_headline_cards(tree, layout) or _linked_title_cards(tree, layout, cited_url)
    elif len(cards) < 2 and _headed_as_a_home(tree):
        # ... and on a page that names no page its own, as many a home page does, when they link to other
        # articles and no headline of its own heads them: a removed article's address answered with the
        # home page's cards verified a quote found in one of their teasers. (A short post above a list
        # of recent posts has its headline.)
        cards = _linked_headline_cards(tree, layout, other_articles_than=cited_url)
    headline = first_named(tree, "h1")
    if len(cards) < 2 or any(around.tag == "article" for around in ancestors(headline)):
        return None  # a headline in an `<article>`: the page's own article, beside cards of others
    cards_text = sum(len(squeeze(card.text(separator=" "))) for card in cards)
    if len(own_text(html)) - cards_text >= _LISTING_OWN_CHARS:
        return None
    named = f" (it names itself {escape_unprintable(names_itself[:200])})" if names_itself else ""
    return PageProblem(
        "soft-404",
        f"the page lists several articles{named}, not the cited one: a home or section page answered at the "
        "article's address",
    )


def _home_page_in_place_of_the_article(
    cited_url: str,
    tree: LexborHTMLParser,
    ld: list[dict[str, Any]],
    og: dict[str, str],
    names_itself: str | None,
    site_names: list[str | None],
) -> PageProblem | None:
    """The site's home page answered at the cited article's own address, with no redirect and no cards of
    articles to tell it by (a front page of a welcome text, a landing page): it names the site's home its own
    (its canonical URL or `og:url`), says nothing of an article (no `og:type` article, no article item, no
    `<article>` around its `<h1>`), and its `<h1>`, where it has one, says only the site's name. Read as the
    article, its welcome text passed a quote it happens to hold, its title a cited title of the site's name.
    An article whose canonical link names the home page by the site's mistake keeps its own headline."""
    if not names_itself or is_home_url(cited_url) or not _looks_like_an_article(cited_url):
        return None
    named = joined_url(cited_url, names_itself[:2000]) or ""
    if not is_home_url(named) or not _names_an_ancestor(cited_url, named):
        return None
    if og.get("og:type", "").lower() == "article" or any(_types(item) & _ARTICLE_TYPES for item in ld):
        return None
    heading = first_named(tree, "h1")
    if heading is not None:
        if any(around.tag == "article" for around in ancestors(heading)):
            return None
        shown = _squashed(heading.text()[:_MAX_HEADING])
        names = _site_keys(site_names, cited_url) | _home_link_names(tree, cited_url)
        if shown and shown not in names:
            return None
    return PageProblem(
        "soft-404",
        f"the page names the site's home page {escape_unprintable(named[:200])} its own and shows no "
        "article: the home page answered at the article's address",
    )


# A side block whose class or id names reader comments (`layout.SIDE_WORDS`' first words).
_COMMENT_WORDS = frozenset(("comment", "comments", "commentlist", "replies", "responses", "disqus"))
# What is kept of the words outside the article, each kind: searched only to say where a quote missing from
# the article stands, never for the article's words.
MAX_OUTSIDE_TEXT = 20_000


def _outside_the_article(tree: LexborHTMLParser, comment_blocks: list[LexborNode]) -> dict[str, str]:
    """The words a page shows outside its article: in its reader comments (`reader_comments`), and in its
    other side blocks (`elsewhere_on_the_page`: links to other stories, sidebars); empty where it has none,
    or too many blocks to judge. The comments' blocks and an AMP page's chrome (`_AMP_CHROME`; outermost, in
    document order) are put in `comment_blocks`, to be taken out of the text."""
    blocks = _PageLayout(tree).side_blocks(tree)
    comments: list[str] = []
    elsewhere: list[str] = []
    read: set[int] = set()
    for node in blocks or ():
        if any(around.mem_id in read for around in ancestors(node.parent)):
            continue  # read with the block around it
        read.add(node.mem_id)
        attributes = node.attributes
        in_comments = any(
            names_one_of(attributes.get(name) or "", _COMMENT_WORDS) for name in ("class", "id")
        )
        (comments if in_comments else elsewhere).append(squeeze(node.text(separator=" ")))
        if in_comments or node.tag in _AMP_CHROME:
            comment_blocks.append(node)
    elsewhere += _lists_under_a_more_heading(tree, read)
    kept = {"reader_comments": " | ".join(comments), "elsewhere_on_the_page": " | ".join(elsewhere)}
    return {name: words[:MAX_OUTSIDE_TEXT] for name, words in kept.items() if words}


# A heading over a list of other posts outside the article, as blog platforms write it (Medium's "More from
# <author>" and "Recommended from Medium", Substack's "Read next"), in an element no class names a side
# block: its posts' titles and blurbs are not the article's, and a quote of one said "not found verbatim".
_MORE_HEADINGS = ("more from ", "recommended from ", "read next", "you might also like")
_MOST_MORE_HEADINGS = 50


def _lists_under_a_more_heading(tree: LexborHTMLParser, read: set[int]) -> list[str]:
    """The words of each element that holds a `_MORE_HEADINGS` heading and its list, outside every
    `<article>` and not in a side block read already (`read`: their `mem_id`s)."""
    found: list[str] = []
    for heading in tree.css("h2, h3, h4")[: _MOST_MORE_HEADINGS * 20]:
        words = squeeze(heading.text(separator=" ")[:200]).casefold()
        if not words.startswith(_MORE_HEADINGS) or heading.parent is None:
            continue
        around = list(ancestors(heading.parent))
        if any(node.tag == "article" or node.mem_id in read for node in around):
            continue
        found.append(squeeze(heading.parent.text(separator=" ")))
        if len(found) >= _MOST_MORE_HEADINGS:
            break
    return found


# Posts of social platforms an article embeds, as each platform's embed code sets them in the page (and a
# captured page holds them as text): the post's words are its author's, not the article's, and a quote found
# only there passed as the article's. Each selector with the platform's name, and "an" or "a" before it.
_EMBEDDED_POSTS: tuple[tuple[str, str, str], ...] = (
    # (a word the markup holds wherever the selector matches, the selector, the platform)
    ("twitter-", "blockquote.twitter-tweet, blockquote.twitter-video", "an X"),
    ("instagram-media", "blockquote.instagram-media", "an Instagram"),
    ("tiktok-embed", "blockquote.tiktok-embed", "a TikTok"),
    ("bluesky-embed", "blockquote.bluesky-embed", "a Bluesky"),
    ("mastodon-embed", "blockquote.mastodon-embed", "a Mastodon"),
    ("telegram-post", ".telegram-post, [data-telegram-post]", "a Telegram"),
    ("fb-post", ".fb-post", "a Facebook"),
    ("reddit-embed-bq", "blockquote.reddit-embed-bq", "a Reddit"),
)
_MOST_EMBEDDED_POSTS = 10_000  # taken out of the text; a crafted page may hold more
_MOST_RECORDED_POSTS = 100  # kept apart with their words; a quote only in another is "not found"
_MAX_EMBEDDED_WORDS = 3_000  # of one post's text as kept
# "CEO (@hlceo)", "CEO (@hlceo.bsky.social)": the handle as X's, Bluesky's and Instagram's embeds write it.
_HANDLE_IN_BRACKETS = on_first_use(r"\( ?@([\w.\-]{1,100}(?:@[\w.\-]{1,100})?) ?\)")
_REDDIT_USER = on_first_use(r"\bu/([\w\-]{3,30})")
_PROFILE_IN_ADDRESS = on_first_use(r"^https?://([^/?#]{1,100})/@([\w.\-]{1,100})")
_SHORTEST_OWN_TEXT = 1  # words of the article's own beside its title, else the page is only its embeds


class EmbeddedPost(NamedTuple):
    """A post an article embeds: who wrote it and when, as its markup says, and its words."""

    label: str  # "an X post by @hlceo (CEO, January 21, 2022)"
    words: str

    def record(self) -> str:
        """The post as `fields["embedded posts"]` keeps it: its label, a tab, its words (one line each)."""
        return f"{self.label}\t{self.words}"


# The class words and the attribute that mark an embedded post (`_EMBEDDED_POSTS`' selectors), tested on each
# element whose place `_PageLayout` judges: a set lookup, not a selector match, on a path every page takes.
_EMBEDDED_BLOCKQUOTE_CLASSES = frozenset(
    ("twitter-tweet", "twitter-video", "instagram-media", "tiktok-embed", "bluesky-embed", "mastodon-embed",
     "reddit-embed-bq")
)  # fmt: skip
_EMBEDDED_POST_CLASSES = frozenset(("telegram-post", "fb-post"))
_EMBEDDED_POST_ATTRIBUTE = "data-telegram-post"


def _is_an_embedded_post(node: LexborNode, attributes: dict[str, str | None]) -> bool:
    """Whether the element (its `attributes`) is a post the page embeds, as `_EMBEDDED_POSTS` finds them
    (never a script)."""
    if node.tag in ("script", "iframe"):
        return False
    if _EMBEDDED_POST_ATTRIBUTE in attributes:
        return True
    words = (attributes.get("class") or "").split()
    if not words:
        return False
    return not _EMBEDDED_POST_CLASSES.isdisjoint(words) or (
        node.tag == "blockquote" and not _EMBEDDED_BLOCKQUOTE_CLASSES.isdisjoint(words)
    )


def _embedded_post_nodes(tree: LexborHTMLParser, html: str) -> list[tuple[LexborNode, str]]:
    """The outermost posts the page embeds (`_EMBEDDED_POSTS`), at most `_MOST_EMBEDDED_POSTS`, each with
    its platform's name; never a script (Telegram's widget script holds no words). The tree is searched for
    a platform's only where the markup (`html`) holds its word: most pages embed none."""
    found: list[tuple[LexborNode, str]] = []
    for word, selector, platform in _EMBEDDED_POSTS:
        for node in tree.css(selector)[:_MOST_EMBEDDED_POSTS] if word in html else ():
            if node.tag not in ("script", "iframe"):
                found.append((node, platform))
    if not found:
        return found
    ids = {node.mem_id for node, _ in found}
    outermost = [
        (node, name) for node, name in found if not any(a.mem_id in ids for a in ancestors(node.parent))
    ]
    return outermost[:_MOST_EMBEDDED_POSTS]


def _embedded_post(node: LexborNode, platform: str) -> EmbeddedPost:
    """Who wrote the post and when, as its embed code writes them (X's and Bluesky's `— CEO (@hlceo) January
    21, 2022`, Facebook's `Posted by CEO on …`, Reddit's `by u/hlceo`, TikTok's `cite` address, Telegram's
    `data-telegram-post`), and its words."""
    words = squeeze(node.text(separator=" "))
    attributes = node.attributes
    handle: str | None = None
    name: str | None = None
    date: str | None = None
    tail = words[-300:]  # the author's line closes X's, Bluesky's and Facebook's embeds
    # The last in it: a handle the post's words mention in brackets comes before its author's.
    if (bracketed := next(reversed(list(_HANDLE_IN_BRACKETS().finditer(tail))), None)) is not None:
        handle = "@" + bracketed.group(1)
        # The name before it, after X's dash or Instagram's "A post shared by".
        before = tail[: bracketed.start()].rpartition("\u2014")[2].rpartition(" by ")[2]
        name = squeeze(before)[-100:] or None
    elif (reddit := _REDDIT_USER().search(tail)) is not None:
        handle = "u/" + reddit.group(1)
    cited = attributes.get("cite") or attributes.get("data-embed-url") or attributes.get("data-href") or ""
    if handle is None and (profile := _PROFILE_IN_ADDRESS().match(cited)) is not None:
        handle = f"@{profile.group(2)}" + ("" if "tiktok.com" in profile.group(1) else f"@{profile.group(1)}")
    telegram = attributes.get("data-telegram-post") or attributes.get("data-post") or ""
    if handle is None and "/" in telegram:
        handle = "@" + telegram.partition("/")[0][:100]
    if platform == "a Facebook" and "Posted by " in tail:
        name = squeeze(tail.rpartition("Posted by ")[2].rpartition(" on ")[0]) or None
    links = node.css("a")
    time = node.css_first("time")
    if time is not None:
        date = time.attributes.get("datetime") or squeeze(time.text())
    elif links and platform in ("an X", "a Bluesky", "a Facebook"):
        date = squeeze(links[-1].text()) or None
    who = handle or name
    label = f"{platform} post" + (f" by {who}" if who else "")
    details = [part[:100] for part in (name if handle and name else None, date) if part]
    label += f" ({', '.join(details)})" if details else ""
    return EmbeddedPost(label.replace("\t", " "), words[:_MAX_EMBEDDED_WORDS])


def _embedded_posts_field(posts: list[EmbeddedPost]) -> dict[str, str]:
    """`fields["embedded posts"]`: one line per post (`EmbeddedPost.record`), bounded; none without posts."""
    if not posts:
        return {}
    return {EMBEDDED_POSTS: "\n".join(post.record() for post in posts)[:MAX_OUTSIDE_TEXT]}


def _has_own_words(text: str, title: str | None) -> bool:
    """Whether the article's text says anything beside its title (a page of a headline and embeds: no)."""
    own = squeeze(text)
    shown_title = squeeze(title or "")
    if shown_title and own.startswith(shown_title):
        own = own[len(shown_title) :]
    return len(own.split()) >= _SHORTEST_OWN_TEXT


# A line of the article's body that links to another story under a label ("Read more: Mayor vows …", "See
# also:", "Lire aussi :", "Читайте также:"), or a label's line and the list of links right after it: the
# words are the other story's headline, not the article's, and a quote found only there verified the
# footnote (nor is that headline a part of the page's title). Kept as `elsewhere_on_the_page`. Lowercased,
# the longer first: each is looked for in the page's visible text before any element is.
_RELATED_LABELS = tuple(
    sorted(
        (
            *("read more", "read also", "also read", "see also", "more on this", "more on this story"),
            *("related:", "related stories", "related story", "related articles", "related coverage"),
            *("lire aussi", "\u00e0 lire aussi", "lesen sie auch", "mehr zum thema", "leia tamb\u00e9m"),
            *("lea tambi\u00e9n", "lee tambi\u00e9n", "leggi anche", "czytaj tak\u017ce", "czytaj te\u017c"),
            *("\u0447\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043a\u0436\u0435",
              "\u0447\u0438\u0442\u0430\u0439\u0442\u0435 \u0442\u0430\u043a\u043e\u0436"),
            *("lees ook", "l\u00e4s ocks\u00e5", "les ogs\u00e5", "l\u00e6s ogs\u00e5"),
        ),
        key=len,
        reverse=True,
    )
)  # fmt: skip
_RELATED_SEPARATORS = ":\uff1a|\u00bb\u203a\u25ba\u25b6>\u2014\u2013-"
_RELATED_LEAD = " \u00bb\u203a\u25ba\u25b6>\u2022\u00b7*-\u2014\u2013"  # a bullet or arrow before a label
_RELATED_LINE_TAGS = frozenset(("p", "div", "li", "h2", "h3", "h4", "h5", "h6", "dd"))
_RELATED_LINE_DEPTH = 3  # the label's element stands this close to its line
_MAX_RELATED_LINE = 300  # a label and a headline or two
_MAX_RELATED_LIST = 1500  # a few headlines
_MIN_RELATED_WORDS = 2  # after the label: a headline, not a button's arrow


def _related_story_lines(tree: LexborHTMLParser, lowered: str) -> list[LexborNode]:
    """The lines (and lists) of the article's body that link to other stories under a label
    (`_RELATED_LABELS`), outermost, in no side block (already elsewhere) and no quotation. `lowered` is the
    page's visible text, lowercased: a page that holds no label is not walked."""
    labels = [label for label in _RELATED_LABELS if label in lowered]
    if not labels:
        return []
    # Lexbor folds ASCII letters' case alone: a Cyrillic label is looked for as a line's start writes it.
    written = dict.fromkeys(form for label in labels for form in (label, label.capitalize(), label.upper()))
    selector = ", ".join(f'*:lexbor-contains("{form}" i)' for form in written)
    try:
        holders_ = tree.css(selector)[:_MAX_HOLDERS]
    except Exception:  # selectolax's selector errors have no class of their own
        return []
    layout: _PageLayout | None = None
    found: dict[int, LexborNode] = {}
    for holder in holders_:
        line = next(
            (around for around in ancestors(holder, _RELATED_LINE_DEPTH) if around.tag in _RELATED_LINE_TAGS),
            None,
        )
        if line is None or line.mem_id in found or not _is_short(line, _MAX_RELATED_LINE):
            continue
        text = squeeze(line.text(separator=" "))
        opening = text.lstrip(_RELATED_LEAD).lower()
        label = next((label for label in labels if opening.startswith(label)), None)
        if label is None:
            continue
        rest = opening[len(label) :]
        if rest and not rest[0].isspace() and rest[0] not in _RELATED_SEPARATORS:
            continue  # the label's word is a longer word's opening ("relatedness")
        rest = rest.strip().lstrip(_RELATED_SEPARATORS).strip()
        lines = [line]
        if not rest:
            listed = _next_line(line, True)  # "See also:" over a list of links
            if listed is None or listed.tag not in ("ul", "ol") or not _is_short(listed, _MAX_RELATED_LIST):
                continue
            lines.append(listed)
            rest = squeeze(listed.text(separator=" "))
            linked = [listed]
        else:
            linked = [line]
        if len(rest.split()) < _MIN_RELATED_WORDS:
            continue
        link_words = sum(len(a.text().split()) for node in linked for a in node.css("a[href]"))
        if link_words * 2 < len(rest.split()):
            continue  # mostly the article's own words: a sentence that opens with the label
        if any(around.tag in _QUOTING_TAGS for around in ancestors(line.parent)):
            continue
        layout = layout or _PageLayout(tree)
        if layout.place(line)[0]:
            continue
        for node in lines:
            found[node.mem_id] = node
    return [node for node in found.values() if not any(a.mem_id in found for a in ancestors(node.parent))]


# A publisher's note on its own article, in a box of its own: a retraction ("This article has been
# retracted", "We have withdrawn this story"), or a correction of words the article no longer says ("An
# earlier version of this article quoted the mayor as saying …", "This story has been updated to remove a
# quote …"). Each speaks of "this article": a story about another's retraction ("The journal retracted the
# study") or an update with news ("Update: the ministry said …") is none.
_THIS_PIECE = r"this (?:article|story|report|piece|post|page|column|op-ed)"
_RETRACTION = on_first_use(
    # (Not "… was withdrawn on 24 January 2022": a government's page superseded, as GOV.UK marks one, still
    # says what it said.)
    rf"{_THIS_PIECE} (?:has been|was|is being|is) (?:retracted|withdrawn(?! on\b))"
    rf"|(?:has|have) (?:retracted|withdrawn) {_THIS_PIECE}"
    # ... in Russian, Ukrainian, German, French, Spanish and Italian
    r"|(?:эта|данная) (?:статья|публикация) (?:была )?отозвана|(?:ця|дана) (?:стаття|публікація) (?:була )?"
    r"відкликана|dieser (?:artikel|beitrag) wurde zur\u00fcckgezogen|cet article a \u00e9t\u00e9"
    r" (?:retir\u00e9|r\u00e9tract\u00e9)|este art\u00edculo (?:ha sido|fue) (?:retirado|retractado)"
    r"|questo articolo \u00e8 stato ritirato",
    re.IGNORECASE,
)
# "RETRACTED: Council votes …", "Withdrawn: …", Springer's "RETRACTED ARTICLE: …" in the page's title or its
# heading (not "Retraction: …", which heads a journal's notice of one: a page of its own).
_RETRACTED_TITLE = re.compile(r"\W{0,3}(?:retracted|withdrawn)(?: article)?\W{0,3}\s?:", re.IGNORECASE)
_CORRECTION = on_first_use(
    rf"an? (?:earlier|previous|prior|original) version of {_THIS_PIECE}"
    # ... as the Guardian says it after its amendment's day: "An earlier version said the fine was £12m"
    r"|an? (?:earlier|previous|prior|original) version (?:said|stated|misstated|gave|reported|named|quoted"
    r"|described|referred|misidentified|misspelled|wrongly|incorrectly)\b"
    rf"|{_THIS_PIECE} (?:has been|was) (?:updated|amended|corrected|edited|changed)"
    # ... on a day, as the Guardian says it: "This article was amended on 22 January 2022 to correct …"
    r"(?: on .{1,40}?)? to (?:remove|correct|clarify|delete|omit|amend|reflect|fix)"
    rf"|(?:quotes?|words|remarks?|comments?|statements?) (?:\w{{1,30}} ){{0,3}}(?:(?:has|have) been|was|were)"
    rf" removed from {_THIS_PIECE}"
    # ... in Russian, Ukrainian, German, French, Spanish, Italian, Portuguese, Polish and Dutch: "an earlier
    # version of this article"
    r"|в (?:первоначальной|предыдущей|прежней|ранней) версии (?:этой |этого |данной |данного )?"
    r"(?:статьи|материала|новости|публикации|текста)"
    r"|(?:в|у) (?:попередній|первісній|початковій) версії (?:цієї |цього )?(?:статті|матеріалу|новини"  # noqa: RUF001
    r"|публікації|тексту)"
    r"|in einer (?:fr\u00fcheren|vorherigen|ersten) (?:version|fassung) dieses (?:artikels|beitrags|textes)"
    r"|une (?:version )?(?:pr\u00e9c\u00e9dente|ant\u00e9rieure|premi\u00e8re) (?:version )?de cet article"
    r"|una versi\u00f3n (?:anterior|previa) de este art\u00edculo"
    r"|una versione precedente di questo articolo|uma vers\u00e3o anterior deste artigo"
    r"|poprzednia wersja tego artyku\u0142u|een eerdere versie van dit artikel",
    re.IGNORECASE,
)
_NOTE_BLOCKS = frozenset(("p", "div", "aside", "section", "span", "em", "i", "small", "li", "footer"))
_MAX_NOTE_CHARS = 1000  # a note is a sentence or a few, in its box
_NOTE_LABEL_CHARS = 100  # "Editor's note (January 22, 2022, 3:15 p.m. ET): " before the note's words
# A word a note says, in one of the page's texts: only the boxes around these are read (each box's text is
# read, and the page's largest are the whole page's: read for every box, a crafted page took seconds).
_NOTE_WORD = on_first_use(
    r"retracted|withdrawn|version|versi\u00f3n|vers\u00e3o|wersja|versie|fassung|верси|версі|отозван|відкликан"
    r"|zur\u00fcckgezogen|retir\u00e9|r\u00e9tract\u00e9|retirado|retractado|ritirato"
    r"|(?:updated|amended|corrected|edited|changed)(?: on .{1,40}?)? to|removed from",
    re.IGNORECASE,
)
_MAX_NOTE_WORDS = 20
_NOTE_DEPTH = 6  # a note's words stand this close to its box


# A word every note `_RETRACTION` or `_CORRECTION` finds holds (`_NOTE_WORD`'s), lowercased: looked for before
# either is searched for in the page's text (most pages hold none), which took 1.4 ms on an article of 8 KB,
# more than half of reading it.
_NOTE_STEMS = (
    *("retract", "rétracté", "withdrawn", "vers", "wersja", "fassung", "верс", "отозван", "відкликан"),
    *("zurückgezogen", "retir", "ritirato", "updated", "amended", "corrected", "edited", "changed"),
    "removed from",
)


# Those an ASCII text may hold: a text of ASCII alone is not searched for the others (a pass each).
_ASCII_NOTE_STEMS = tuple(stem for stem in _NOTE_STEMS if stem.isascii())


def _may_hold_a_note(lowered: str) -> bool:
    """Whether the page's visible text (lowercased) holds a word of a publisher's note (`_NOTE_STEMS`)."""
    return any(stem in lowered for stem in (_ASCII_NOTE_STEMS if lowered.isascii() else _NOTE_STEMS))


def _note_text(shown: str, lowered: str | None = None) -> str:
    """The page's visible text where it may hold a publisher's note (`_may_hold_a_note`), else empty: asked
    once for both searches, the retraction's and the correction notes' (each asking cost 0.3 M instructions
    on an article of 8 KB, 2 % of a capture)."""
    return shown if _may_hold_a_note(shown.lower() if lowered is None else lowered) else ""


def _publisher_s_notes(tree: LexborHTMLParser, says: Compiled, shown: str) -> list[LexborNode]:
    """The boxes (the innermost blocks of up to `_MAX_NOTE_CHARS` characters, in no quotation and no side
    block) that open with what `says()` finds, after a label at most: a publisher's note on its own article,
    not a sentence of its prose, a quotation of another's, nor another story's teaser in a sidebar or a
    reader's comment. `shown` is the page's visible text where it may hold a note (`_note_text`), else empty:
    a page that says none of it is not walked, nor its pattern compiled (neither matches empty text)."""
    root = tree.body
    if root is None or not shown:
        return []
    said = says()
    if not said.search(shown):
        return []
    layout = _PageLayout(tree)
    notes: dict[int, LexborNode] = {}
    texts: dict[int, str] = {}  # each box read once: the words of a page's prose share their box
    words = 0
    for text_node in root.traverse(include_text=True):
        if text_node.tag != "-text" or not _NOTE_WORD().search(text_node.text_content or ""):
            continue
        words += 1
        if words > _MAX_NOTE_WORDS:
            break
        for around in ancestors(text_node.parent, _NOTE_DEPTH):
            if around.tag not in _NOTE_BLOCKS:
                continue
            text = texts.get(around.mem_id)
            if text is None:
                text = texts[around.mem_id] = squeeze(around.text(separator=" "))
            if len(text) > _MAX_NOTE_CHARS:
                break
            found = said.search(text)
            if found is not None and _opens_a_note(around, text[: found.start()]):
                quoted = any(node.tag in ("blockquote", "q", "figure") for node in ancestors(around.parent))
                if not quoted and (not layout.place(around)[0] or _in_a_note_s_aside(around, layout)):
                    notes[around.mem_id] = around
                break
    # A note inside another (its paragraph in its box) goes with it.
    return [note for note in notes.values() if not any(a.mem_id in notes for a in ancestors(note.parent))]


def _in_a_note_s_aside(box: LexborNode, layout: _PageLayout) -> bool:
    """Whether a note's box stands in a side block only by an `<aside>` (or an element of the `complementary`
    role) that holds the note alone: no class or id naming it a side block (`related`, `sidebar`,
    `comments`), no post the page embeds, and no more words than a note and its label. Publishers set their
    corrections apart so (`<aside class="correction">`, a `<div class="correction">` in an `<aside>`), and
    read as a side block, a figure the note withdrew came out as the page's sidebar's words, never as what
    the publisher corrected; a sidebar of other stories holds more than one note's words."""
    outermost: LexborNode | None = None
    for around in ancestors(box):
        if not layout.is_side_block(around):
            continue
        attributes = around.attributes
        aside = around.tag == "aside" or (attributes.get("role") or "").strip().lower() == "complementary"
        if not aside or names_side_block(attributes) or _is_an_embedded_post(around, attributes):
            return False
        outermost = around
    return outermost is not None and _is_short_text(outermost, _MAX_NOTE_CHARS + _NOTE_LABEL_CHARS)


# What a note's label is not: a sentence of prose before the note's words ("… retracted the study. Its page
# now reads"; not "Jan. 22" nor "3:15 p.m. ET"), or a quotation mark opening them.
_NOT_A_LABEL = on_first_use(r"[^\W\d_]{3}[.!?]\s+[^\W\d_]|[\"\u201c\u201e\u00ab\u2018']\s*$")


# A label's end: "Editor's note:", "Correction, January 22 —", "Update (3:15 p.m.)".
_LABEL_END = on_first_use(r"[:\u2014\u2013)-]\s*$")
# How a page sets a note apart from its prose: in italics or small print, or in a box named for it.
_NOTE_TAGS = frozenset(("em", "i", "small", "strong", "b", "aside"))
_NOTE_CLASS_WORDS = frozenset(
    (
        *("note", "notes", "correction", "corrections", "retraction", "editor", "editors", "notice"),
        *("update", "updates", "alert", "banner", "disclaimer", "clarification"),
    )
)
_NOTE_MARK_DEPTH = 3


def _opens_a_note(box: LexborNode, before: str) -> bool:
    """Whether a box's words that say a note's are its opening: after nothing, or after a label at most
    ("Editor's note (January 22, 2022, 3:15 p.m. ET): "), not prose leading to a quotation of it; a sentence
    whose subject comes first ("City Ledger has withdrawn this story") only in a box set apart as a note
    (italics, small print, a class that names a note): "The Times has retracted this story, its editor
    said" opens a paragraph of an article about another's."""
    if len(before) > _NOTE_LABEL_CHARS or _NOT_A_LABEL().search(before) is not None:
        return False
    if not before.strip() or _LABEL_END().search(before):
        return True
    for node in ancestors(box, _NOTE_MARK_DEPTH):
        if node.tag in _NOTE_TAGS or _names_a_note(node):
            return True
    # ... or its words all in italics inside it (`<p><em>…</em></p>`)
    styled = box.css_first("em, i, small")
    return styled is not None and squeeze(styled.text()) == squeeze(box.text())


def _names_a_note(node: LexborNode) -> bool:
    """Whether an element's class or id names a note (`editors-note`, `correction`, `gem-c-notice`)."""
    for name in ("class", "id"):
        for words in naming_words(node.attributes.get(name) or ""):
            if _NOTE_CLASS_WORDS.intersection(words):
                return True
    return False


def _retraction(tree: LexborHTMLParser, title: str | None, shown: str) -> PageProblem | None:
    """The publisher's retraction of the article the page shows, in a note of its own or its title or
    heading: its words are withdrawn, and no footnote rests on them, whatever they say (`shown`: as
    `_publisher_s_notes`). Its note is said first where it has one: its words say when and why, where a
    label before its title ("RETRACTED ARTICLE: …") says only that it was."""
    notes = _publisher_s_notes(tree, _RETRACTION, shown)
    if notes:
        said = escape_unprintable(squeeze(notes[0].text(separator=" "))[:200])
        return PageProblem("unavailable", f"the publisher retracted the article: the page says {said!r}")
    heading = first_named(tree, "h1")
    for named in (title, squeeze(heading.text())[:_MAX_HEADING] if heading is not None else None):
        if named and _RETRACTED_TITLE.match(named):
            said = escape_unprintable(named[:120])
            return PageProblem("unavailable", f"the publisher retracted the article: it is headed {said!r}")
    return _indexed_as_retracted(tree)


# An index's record of a paper (PubMed's, Europe PMC's) says it was retracted in its own words: a heading
# "Retraction in" over the link to the notice, and NLM's publication type "Retracted Publication". Neither
# speaks of "this article", so `_RETRACTION` found none, and the abstract was read as standing.
_INDEX_RETRACTION_HEADINGS = frozenset(("retraction in", "retraction notice in"))
_RETRACTED_PUBLICATION = "retracted publication"
_MOST_INDEX_NODES = 200


def _indexed_as_retracted(tree: LexborHTMLParser) -> PageProblem | None:
    """The retraction an index's record of the paper shows (its "Retraction in" heading, its publication
    type "Retracted Publication"); None where it shows neither."""
    for node in tree.css("h2, h3, h4")[:_MOST_INDEX_NODES]:
        if squeeze(node.text())[:40].casefold() in _INDEX_RETRACTION_HEADINGS:
            said = escape_unprintable(squeeze(node.text())[:40])
            return PageProblem("unavailable", f"the publisher retracted the article: the page lists {said!r}")
    for node in tree.tags("li")[:_MOST_INDEX_NODES]:
        if squeeze(node.text())[:40].casefold() == _RETRACTED_PUBLICATION:
            return PageProblem(
                "unavailable", "the publisher retracted the article: its type is 'Retracted Publication'"
            )
    return None


# A notice standing in the article's place, the page keeping its headline, byline and dates: the article
# removed ("This article has been removed at the request of the author.", "Статья удалена по просьбе
# автора", "Cet article a été supprimé") or shown nowhere in the reader's region ("This content is no longer
# available in your region": `says_gate`). Said of "this" (or "the") article, whole, as its element's first
# sentence: prose telling of another's removal ("The ministry said the article has been removed from its
# site") is no notice.
_REMOVAL_NOTICE = on_first_use(
    r"(?:editor.s note:\s?|note:\s?)?(?:this|the) (?:article|story|content|report|piece|post|page|item)"
    r" (?:has been|was|is) (?:removed|deleted|unpublished|taken down|withdrawn)"
    r"(?:(?: (?:at|on) the (?:request|demand) of| by) (?:the|its|our)"
    r" (?:author|writer|publisher|editor|owner)s?"
    r"| (?:due to|because of|for) (?:legal|editorial|copyright) (?:reasons|concerns)"
    r"| (?:following|by|under|due to) (?:a )?court (?:order|ruling|decision))?"
    # ... in Russian, Ukrainian, French, German and Spanish
    r"|(?:эта |данная )?(?:статья|публикация|материал|новость|запись) (?:был[аио]? )?"
    r"(?:удал[её]н[аоы]?|снят[аоы]? с публикации)"  # noqa: RUF001
    r"(?: по (?:просьбе|требованию|решению|предписанию) (?:автора|редакции|героя публикации|правообладателя"
    r"|суда|роскомнадзора|ркн|генпрокуратуры|генеральной прокуратуры|прокуратуры))?"
    r"|(?:ця |дана )?(?:стаття|публікація|матеріал|новина) (?:була |був |було )?(?:видален[аоийо]|видалено"
    r"|знят[аоий] з публікації)(?: на (?:прохання|вимогу|рішення) (?:автора|редакції|суду))?"
    r"|(?:cet article|ce contenu|cette page|cette publication|l.article) a \u00e9t\u00e9"
    r" (?:retir\u00e9|supprim\u00e9)e?(?: \u00e0 la demande de (?:son|l.) auteur)?"
    r"|(?:dieser|der) (?:artikel|beitrag|inhalt) wurde (?:auf wunsch (?:des autors|der autorin) )?"
    r"(?:entfernt|gel\u00f6scht|depubliziert)"
    r"|(?:este|el) (?:art\u00edculo|contenido) (?:ha sido|fue) (?:eliminado|retirado)"
    r"(?: a petici\u00f3n (?:del|de su) autor)?",
    re.IGNORECASE,
)
# A word one of those notices holds, lowercased: an article whose text holds none is not walked.
_NOTICE_STEMS = (
    *("removed", "deleted", "unpublished", "taken down", "withdrawn", "удал", "снят", "видален", "знят"),
    *("retiré", "supprimé", "entfernt", "gelöscht", "depubliziert", "eliminado", "retirado"),
    *("your country", "your region", "your location", "your area", "вашем регионе", "вашей стране"),
    *("вашому регіоні", "вашій країні", "votre pays", "votre région", "ihrem land", "tu país", "su país"),
    *("tu región", "su región"),
    # ... and the words of a site's own "no longer available" (`error_message`) in the article's place
    *("no longer", "not found", "available", "disponible", "verfügbar", "недоступ", "nicht mehr"),
)
_ARTICLE_NOTICE_REACH = 1500  # an article this long is a live one, whatever a line of it says
_SHORT_ARTICLE = 3500  # an article longer is neither a notice nor a teaser (`_TEASER_CHARS` and its prompt)
_BESIDE_THE_NOTICE = 300  # what the article shows besides its headline and the notice: a byline, a date
_MAX_NOTICE_NODES = 300
_MAX_NOTICE_CHARS = 500


def _says_removed(sentence: str) -> bool:
    """Whether an article's first sentence says only that it was removed (`_REMOVAL_NOTICE`), or is a site's
    own "not found" or "no longer available" (`error_message`: `This article is no longer available`, `Cet
    article n'est plus disponible`, `Материал недоступен`), as a soft 404 keeps its article's template."""
    if _REMOVAL_NOTICE().fullmatch(sentence) is not None:
        return True
    return bool(sentence) and error_message(sentence, None) is not None


def _short_article(tree: LexborHTMLParser) -> tuple[LexborNode, str] | None:
    """The block holding the headline and the article's text (`_headline_s_block`), and its text, where it
    is short enough to be a notice or a teaser (`_SHORT_ARTICLE`); None else, known without reading more of
    a longer one: most pages are asked, and their words are not searched for a notice's or a prompt's."""
    block = _headline_s_block(tree)
    if block is None or not _is_short_text(block, _SHORT_ARTICLE):
        return None
    return block, squeeze(block.text(separator=" "))


def _notice_in_place_of_the_article(
    tree: LexborHTMLParser, article: tuple[LexborNode, str] | None
) -> PageProblem | None:
    """A removal or region notice (`_REMOVAL_NOTICE`, `says_gate`) that is the article's text: the first
    sentence of an element of the `article` holding the headline (`_short_article`), which shows little
    else (a byline, a date: `_BESIDE_THE_NOTICE` characters besides its headline). The page kept its title,
    byline and dates, and came out verified; a live article quoting such words in its prose is longer, and
    they open no element of it."""
    heading = first_named(tree, "h1")
    if article is None or heading is None or len(article[1]) > _ARTICLE_NOTICE_REACH:
        return None
    block, whole = article
    lowered = whole.lower()
    if not any(stem in lowered for stem in _NOTICE_STEMS):
        return None
    heading_chars = len(squeeze(heading.text()))
    for parent in _text_elements(block):
        said = squeeze(parent.text(separator=" ")[: _MAX_NOTICE_CHARS * 2])[:_MAX_NOTICE_CHARS]
        # Asked first, as it is cheap: an element beside which the article shows more is no notice in its
        # place, and the patterns (the costliest a page's reading compiles) wait for one that could be.
        if len(whole) - len(said) - heading_chars > _BESIDE_THE_NOTICE:
            continue
        first = SENTENCE_STOPS.split(said, maxsplit=1)[0].rstrip(" .!")
        removed = _says_removed(first)
        if not removed and not says_gate(first):
            continue
        shown = escape_unprintable(said[:200])
        if removed:
            return PageProblem("soft-404", f"the article's text is only a notice: the page says {shown!r}")
        return PageProblem("unavailable", f"the page says {shown!r} in place of the article")
    return None


_MAX_BLOCKS_AFTER = 300  # blocks after the headline's article walked for a notice: a crafted page has more


def _blocks_after(start: LexborNode) -> Iterator[LexborNode]:
    """What the page shows after `start` in its body, block by block: the elements (and loose texts) that
    follow it, then those that follow each element around it, up to the `<body>`; never the site's side
    blocks and footer (`_SIDE_CHROME`, a class or id naming a side block), which are no article's text."""
    for around in ancestors(start):
        if around.tag in ("html", "body"):
            return
        sibling = around.next
        while sibling is not None:
            if sibling.tag == "-text" or not (
                _SIDE_CHROME.holds(sibling, sibling.attributes) or names_side_block(sibling.attributes)
            ):
                yield sibling
            sibling = sibling.next


def _notice_after_the_article(tree: LexborHTMLParser) -> PageProblem | None:
    """A removal or region notice (as `_notice_in_place_of_the_article` reads one) that the page sets after
    the article holding the headline, or beside the headline where no article holds it: in a block after the
    `<article>` inside `<main>`, or in a `<main>` beside an empty `<article>`. The article itself shows its
    headline and at most a byline and a date, and what follows shows nothing but the notice besides
    (`_BESIDE_THE_NOTICE` characters in all): a live article's text after its headline's block is longer, and
    a notice quoted in it opens none of its elements (nor is a quotation read)."""
    heading = first_named(tree, "h1")
    if heading is None:
        return None
    start = _headline_article(tree) or heading
    heading_chars = len(squeeze(heading.text()))
    if not _is_short_text(start, 2 * (heading_chars + _BESIDE_THE_NOTICE)):
        return None
    beside = len(squeeze(start.text(separator=" "))) - heading_chars
    found: tuple[str, bool] | None = None
    for count, block in enumerate(_blocks_after(start)):
        if beside > _BESIDE_THE_NOTICE or count >= _MAX_BLOCKS_AFTER:
            return None
        if block.tag == "-text":
            beside += len(squeeze(block.text_content or ""))
            continue
        for parent in _text_elements(block):
            said = squeeze(parent.text(separator=" ")[: _MAX_NOTICE_CHARS * 2])[:_MAX_NOTICE_CHARS]
            first = SENTENCE_STOPS.split(said, maxsplit=1)[0].rstrip(" .!")
            # The patterns are asked only of a short element's first sentence holding a notice's word: the
            # words after it count as the article's (a long paragraph is no notice, and is not matched).
            could_be = found is None and beside + len(said) - len(first) <= _BESIDE_THE_NOTICE
            if could_be and any(stem in first.lower() for stem in _NOTICE_STEMS):
                removed = _says_removed(first)
                if removed or says_gate(first):
                    found = (said, removed)
                    beside += len(said) - len(first)
                    continue
            beside += len(said)
            if beside > _BESIDE_THE_NOTICE:
                return None
    if found is None or beside > _BESIDE_THE_NOTICE:
        return None
    shown = escape_unprintable(found[0][:200])
    if found[1]:
        return PageProblem(
            "soft-404", f"the article shows no text, only a notice after it: the page says {shown!r}"
        )
    return PageProblem("unavailable", f"the page says {shown!r} in place of the article")


def _text_elements(block: LexborNode) -> Iterator[LexborNode]:
    """The elements of `block` that hold text of their own, in page order, each once, in no quotation (a
    quotation of a notice or a prompt is what an article shows, not what it says); among its first
    `_MAX_NOTICE_NODES` nodes."""
    read: set[int] = set()
    for count, node in enumerate(block.traverse(include_text=True)):
        parent = node.parent
        if count >= _MAX_NOTICE_NODES:
            return
        if node.tag != "-text" or parent is None or parent.mem_id in read:
            continue
        if not (node.text_content or "").strip():
            continue
        read.add(parent.mem_id)
        if not any(around.tag in _QUOTING_TAGS for around in ancestors(parent, _NOTE_DEPTH)):
            yield parent


def _is_short_text(node: LexborNode, limit: int) -> bool:
    """Whether the element's text is at most `limit` characters, known without reading more than that."""
    length = 0
    for inner in node.traverse(include_text=True):
        length += len(inner.text_content or "") if inner.tag == "-text" else 0
        if length > limit:
            return False
    return True


def _without_correction_notes(tree: LexborHTMLParser, shown: str) -> str | None:
    """The words of the page's correction notes ("An earlier version of this article quoted …"), taken out
    of the tree, or None where it has none: what a note says the article got wrong, or took out, is not
    what it says, and a quote found only there verified the footnote (`shown`: as `_publisher_s_notes`)."""
    notes = _publisher_s_notes(tree, _CORRECTION, shown)
    said = " | ".join(squeeze(node.text(separator=" ")) for node in notes)
    for node in notes:
        node.decompose()
    return said[:MAX_OUTSIDE_TEXT] or None


def _lists_articles(
    tree: LexborHTMLParser, layout: _PageLayout, after: tuple[set[int], list[LexborNode]] | None = None
) -> bool:
    """Whether the page lists several articles of its own (a front or section page: cards outside its side
    blocks, each with its byline): the first card's byline is not the page's author. With `after` (the
    `mem_id`s after its own article, and its `<article>`s, found already), those after it do not count."""
    following, articles = after if after is not None else (set(), tree.tags("article"))
    own = (
        node
        for node in articles[:_MAX_BYLINE_CANDIDATES]
        if not layout.place(node)[0] and node.mem_id not in following
    )
    return next(own, None) is not None and next(own, None) is not None


@functools.cache
def _main_text_options() -> Any:
    """trafilatura's options for `_main_text` (no comments, tables, recall before precision, no fallback
    extractors), made once: made again for every page from `extract`'s keywords, they read its settings file's
    values one by one (0.16 M instructions a page). It copies them before changing one."""
    from trafilatura.settings import Extractor as MainTextOptions

    return MainTextOptions(comments=False, tables=True, recall=True, fast=True)


def _main_text(html: str, content_text: Callable[[], str]) -> str:
    """The main text by trafilatura; when it keeps less than _MIN_MAIN_TEXT (a short article, or none found),
    the page's visible text without its side blocks instead (trafilatura's short texts keep a related link
    or the navigation; a quote in either, or in a comment, is not the article's)."""
    import trafilatura

    try:
        main = trafilatura.extract(
            # Words in a `<template>` or a `hidden` element are on no reader's screen: a quote found only
            # there is not on the page.
            without_never_shown(html[:_MAX_MAIN_TEXT_HTML]),
            options=_main_text_options(),
        )
    except Exception:  # a heuristic over untrusted markup: when it breaks, the visible text still serves
        main = None
    text = squeeze(main or "")
    if len(text) >= _MIN_MAIN_TEXT:
        return text[:MAX_TEXT]
    return (content_text() or text)[:MAX_TEXT]


_MOST_FIGURES = 500


def _without_quotations_figures(tree: LexborHTMLParser) -> bool:
    """Whether the article set quotations in `<figure>`s (a `<blockquote>` in one, as HTML sets a quotation
    beside its source's `<figcaption>`, and WordPress its pull-quote block), now unwrapped from them: the
    main-text extractor drops every `<figure>` as an image's, and a quotation the article shows in one,
    which it keeps in a bare `<blockquote>`, was "not found" on the page. (An embedded post's markup it
    drops wherever it stands.)"""
    figures = [
        figure for figure in tree.tags("figure")[:_MOST_FIGURES] if figure.css_first("blockquote") is not None
    ]
    for figure in figures:
        figure.unwrap()
    return bool(figures)


# A mark linking a word of the text to the page's own note (`evaluation<a href="#fn3"><sup>3</sup></a> was`,
# `<sup><a href="#cite_note-4">[4]</a></sup>`, `*`): no word of the text. Left in, it was glued to the word
# before it (`evaluation3`), and a court's or an encyclopedia's words quoted across it were a near match only.
_MOST_IN_PAGE_LINKS = 2_000
_MARK_DIGITS = 3  # digits of a note's number at most


def _is_footnote_mark(link: LexborNode) -> bool:
    """Whether `link`, an `<a href="#...">`, only marks a note: its text a number of at most three digits
    (maybe in brackets) or an asterisk, set in a `<sup>` (inside or around it) or in brackets."""
    shown = (link.text() or "").strip()
    bracketed = shown.startswith("[") and shown.endswith("]")
    number = shown[1:-1].strip() if bracketed else shown
    if not (number == "*" or (number.isdigit() and number.isascii() and len(number) <= _MARK_DIGITS)):
        return False
    parent = link.parent
    return bracketed or link.css_first("sup") is not None or (parent is not None and parent.tag == "sup")


def _without_footnote_marks(tree: LexborHTMLParser) -> bool:
    """Whether the page's marks of its own notes (`_is_footnote_mark`) were taken out of the tree."""
    marks = [link for link in tree.css('a[href^="#"]')[:_MOST_IN_PAGE_LINKS] if _is_footnote_mark(link)]
    for mark in marks:
        parent = mark.parent
        mark.decompose()
        if parent is not None and parent.tag == "sup" and not (parent.text() or "").strip():
            parent.decompose()
    return bool(marks)


def _content_text(tree: LexborHTMLParser) -> str:
    """The visible text without side blocks ("" for a page with too many to judge). The tree loses its
    invisible elements and side blocks: read it last."""
    return visible_text_of(tree) if _without_side_blocks(tree) else ""


def _without_comments(html: str) -> str:
    """The markup without its `<!-- comments -->` (an unclosed one runs to the end), in one pass."""
    kept, position = [], 0
    while (start := html.find("<!--", position)) >= 0:
        kept.append(html[position:start])
        end = html.find("-->", start + 4)
        if end < 0:
            return "".join(kept)
        position = end + 3
    kept.append(html[position:])
    return "".join(kept)


# A publication line without a `<time>`, in the page's language (`21 января 2022, 10:15`, `٢١ يناير ٢٠٢٢`):
# htmldate reads English's and a few others' month names only, and the page went undated (a true note
# warned). It is read (`citations.dates`) only where it stands as the article's publication line: the
# byline's own line, or the line right before or after the byline or the headline; a short line (not prose),
# not an update's, outside side blocks, quotations and the site's banner, giving one day and at most a few
# words beside it (a label, a weekday, the byline's name): a deck that names the day the story is about says
# more. Asked only where neither metadata, a `<time>` nor htmldate dates the page.
_BYLINE_LINE_WORDS = 2  # `Опубликовано: пятница,` beside the day and the name
_HEADLINE_LINE_WORDS = 1  # a label or a weekday: `Situation report, 21 January 2022` is a deck's
_SIBLING_STEPS = 4  # spaces and empty elements skipped to reach the next line
# The label that opens a publication line, with the preposition it takes (`Опубликовано в пятницу, 21 января
# 2022`, `Published on Friday, …`, `Publié le vendredi …`, `First published on: 20-01-2022 at 21:15 IST`,
# `Originally published …`): the label says what the day is, and is no word of a deck's. Counted as words, it
# and its preposition left the day's line undated (a true note warned).
_PUBLICATION_LABEL = on_first_use(
    r"^\W{0,4}(?:опубликовано|опубліковано|(?:(?:first|originally)\s{1,4})?(?:published|posted)|publiée?"
    r"|publicad[oa]|veröffentlicht"
    r"|yay\u0131nlanma(?: tarihi)?|yay\u0131nland\u0131|نشر(?: في| بتاريخ)?)"
    r"(?:\s{1,4}(?:в|у|on|le|am|el|en))?(?=\W|$)",  # noqa: RUF001
    re.IGNORECASE,
)


def _next_line(node: LexborNode, forward: bool) -> LexborNode | None:
    """The element right after (or before) `node`, spaces and empty elements between them skipped."""
    sibling = node.next if forward else node.prev
    for _ in range(_SIBLING_STEPS):
        if sibling is None:
            return None
        if sibling.tag == "-text" and (sibling.text_content or "").strip():
            return None  # text between: no line of its own
        if sibling.tag != "-text" and not _is_empty(sibling):
            return sibling
        sibling = sibling.next if forward else sibling.prev
    return None


# What a site sets between its headline and its byline or dateline (`New Delhi | 21 January 2022`): a photo
# (`<figure>` and its caption, `<picture>`, `<img>`, alone or in a wrapper of their own) and a share bar
# (a class or id naming sharing, or only links to the platforms' share forms and buttons). Read as the line
# under the headline, they hid the line after them: the page had no date and its writer none.
_MOST_SET_BETWEEN = 3
_PHOTO_TAGS = frozenset(("figure", "picture", "img"))
_SHARE_BAR_WORDS = frozenset(
    ("share", "sharing", "shares", "social", "sharebar", "socialshare", "sharetools")
)
_SHARE_FORMS = (
    "twitter.com/intent/",
    "twitter.com/share",
    "x.com/intent/",
    "facebook.com/sharer",
    "facebook.com/dialog/share",
    "linkedin.com/share",
    "linkedin.com/sharearticle",
    "api.whatsapp.com/send",
    "wa.me/?",
    "whatsapp://send",
    "t.me/share",
    "telegram.me/share",
    "vk.com/share.php",
    "reddit.com/submit",
    "mailto:",
)
_MOST_SHARE_LINKS = 20


def _line_under_the_headline(headline: LexborNode) -> LexborNode | None:
    """The line under the headline (`_next_line`), past at most `_MOST_SET_BETWEEN` photos and share bars
    (`_set_between_headline_and_line`)."""
    line = _next_line(headline, forward=True)
    for _ in range(_MOST_SET_BETWEEN):
        if line is None or not _set_between_headline_and_line(line):
            return line
        line = _next_line(line, forward=True)
    return None if line is not None and _set_between_headline_and_line(line) else line


def _set_between_headline_and_line(node: LexborNode) -> bool:
    """Whether an element under the headline is a photo (`_PHOTO_TAGS`, or a wrapper holding only such) or a
    share bar: at most a line of text, named for sharing by its class or id, or whose words are all those of
    its links and buttons and whose every link (at least one) opens a platform's share form
    (`_SHARE_FORMS`). A byline's line (`<div><a href="/authors/lina">Lina Haddad</a></div>`) is neither."""
    if node.tag in _PHOTO_TAGS:
        return True
    shown = (child for child in node.iter() if child.tag != "-text" or (child.text_content or "").strip())
    children = list(itertools.islice(shown, _MOST_SET_BETWEEN + 1))
    if (
        children
        and len(children) <= _MOST_SET_BETWEEN
        and all(child.tag in _PHOTO_TAGS for child in children)
    ):
        return True
    # An element with no element in it (a line of text alone, as most are) holds no `<time>` and no link:
    # not queried for them (two queries of every line read under a headline).
    if not _is_short(node, _MAX_BYLINE_CHARS) or (children and node.css_first("time") is not None):
        return False
    if any(names_one_of(node.attributes.get(name) or "", _SHARE_BAR_WORDS) for name in ("class", "id")):
        return True
    links = node.css("a")[: _MOST_SHARE_LINKS + 1] if children else []
    if not links or len(links) > _MOST_SHARE_LINKS:
        return False
    if not all(
        any(form in (link.attributes.get("href") or "").lower() for form in _SHARE_FORMS) for link in links
    ):
        return False
    pressed = links + node.css("button")[:_MOST_SHARE_LINKS]
    letters = sum(character.isalnum() for character in node.text())
    return letters == sum(character.isalnum() for inner in pressed for character in inner.text())


def _unstruck_text(line: LexborNode) -> str:
    """A short line's text without what it strikes through (`<del>January 20</del> January 21, 2022`)."""
    if line.css_first(_STRUCK) is None:
        return line.text()
    copy = LexborHTMLParser(line.html or "")
    for node in copy.css(_STRUCK)[:_MAX_LINE_NODES]:
        node.decompose()
    body = copy.body
    return body.text() if body is not None else ""


# A bare "Date:" before a day (`Date: 14 February 2022`), which a press release's date line and an event's
# both write; and the label of an event's place or hour on the line beside it (`Location: Town Hall`,
# `Venue:`, `Where:`, `Time:`), which makes the day the event's, not the page's publication.
_BARE_DATE_LABEL = on_first_use(
    r"\W{0,4}(?:date|datum|fecha|data|\u0434\u0430\u0442\u0430)\s{0,2}:\s{0,4}", re.IGNORECASE
)
_VENUE_LABEL = on_first_use(
    r"\W{0,4}(?:location|venue|where|place|address|time|hours?|ort|lieu|lugar|luogo|local"
    r"|\u043c\u0435\u0441\u0442\u043e|\u043c\u0456\u0441\u0446\u0435|\u0432\u0440\u0435\u043c\u044f|\u0447\u0430\u0441)\s{0,2}:",
    re.IGNORECASE,
)


def _beside_a_venue_line(line: LexborNode) -> bool:
    """Whether the line before or after `line` opens with an event's place or hour (`_VENUE_LABEL`)."""
    for forward in (True, False):
        other = _next_line(line, forward)
        if other is None or not _is_short(other, _MAX_UPDATE_LINE):
            continue
        if _VENUE_LABEL().match(squeeze(other.text())) is not None:
            return True
    return False


def _dated_line(
    line: LexborNode,
    name: str,
    most_words: int,
    other_time: Callable[[LexborNode], bool] | None = None,
    in_arabic: Callable[[], bool] | None = None,
) -> tuple[str, str] | None:
    """The day a short line gives (ISO), and the line's words that give it (before an update's), when it is
    a publication line (see above): beside the day, the byline's `name` and at most `most_words` words, the
    time of day and its zone not counted; not a line whose `<time>` gives another time than the
    publication's (`other_time`: an event's, the update's). On a page in Arabic (`in_arabic`, asked only of
    a date whose day and month could swap), a numeric date in Arabic-Indic digits is read day first."""
    if not _is_short(line, _MAX_UPDATE_LINE) or line.tag in _QUOTING_TAGS or _marks_a_modification(line):
        return None
    if other_time is not None and any(other_time(node) for node in line.css("time")[:_MAX_LINE_NODES]):
        return None
    text = squeeze(_unstruck_text(line))
    update = _UPDATE_LINE.search(text)
    if update is not None:
        # "Published 21 January 2022, last updated 23 January 2022", the Guardian's "Fri 21 Jan 2022 10.00 GMT
        # / Last modified on Sun 23 Jan 2022": the day before the update's words is the publication's (read
        # whole, the line was an update's, and a true note warned "only when it was changed").
        text = text[: update.start()].rstrip(_BYLINE_EDGES + " ")
        if find_date(text).date is None:
            return None
    found = find_date(text)
    if found.ambiguous and in_arabic is not None and in_arabic():
        found = read_day_first_in_arabic(found)
    if found.date is None or found.ambiguous or found.in_a_range or other_days(text, found.date):
        return None
    # An event's day, its label before it (`When: 14 February 2022, 18:00`, `Date and time: …`): the day the
    # page announces, which a note citing it passed as the page's publication day.
    before = text[: max(0, text.find(found.text))]
    if _EVENT_LABEL().search(before) is not None:
        return None
    if _BARE_DATE_LABEL().fullmatch(before) is not None and _beside_a_venue_line(line):
        return None
    rest = text.replace(found.text, " ", 1)
    rest = rest.replace(name, " ", 1) if name else rest
    # The byline's own element holding its name and the day (`By Priya Sharma Published on Jan 21, 2022, 9:15
    # AM ET`): its "By" and the label after the name are no deck's words. Counted, they left the line
    # undated, and its time unread (the page dated by its day alone). Only before a label: `By Lina Haddad
    # Situation report, 21 January 2022` holds a deck's words.
    unled = _BYLINE_LEAD().sub("", rest.lstrip(), count=1) if name else rest
    labelled = _PUBLICATION_LABEL().subn(" ", unled, count=1)
    rest = labelled[0] if labelled[1] else _PUBLICATION_LABEL().sub(" ", rest, count=1)
    # `January 20, 2022 8:30 PM Kyiv time`: the time and its zone say when on the day, no deck's words.
    rest = _CLOCK_AND_ZONE().sub(" ", rest, count=1)
    if sum(any(character.isalpha() for character in word) for word in rest.split()) > most_words:
        return None
    return found.date.isoformat(), text


# A byline's time of day with its zone (`8:30 PM ET`, `20:30 MSK`, `20:30 Kyiv time`, `(CET)`, `8:30 p.m.
# Eastern Standard Time`): one hour and minute, am or pm, then a zone's letters or name. Every quantifier
# bounded.
_CLOCK_AND_ZONE = on_first_use(
    r"(?<![\d:.])(?:[01]?\d|2[0-3])[:.][0-5]\d(?:\s{0,2}[AaPp]\.?\s?[Mm]\.?)?"
    r"(?:\s{0,2}\(?(?:[A-Z]{2,5}|\u041c\u0421\u041a|\u043c\u0441\u043a"
    r"|[A-Z][a-z]{2,12}(?:\s(?:Standard|Daylight))?(?:\s[Tt]ime)?)\)?)?(?!\w)"
)


# A byline's time of day and the zone it names (`8:30 PM ET`, `20:30 WIB`, `8:30 p.m. Eastern Standard Time`),
# read in the zone's one clock (`zones.one_clock`, the table the `date` check reads a note's zone from): the
# IANA zone whose offset on the day `zoneinfo` knows (`EST` written in summer means New York's summer time, as
# `ET` does), or the name's one offset (`WIB`, `PHT`). The zones of one offset `citations.dates.find_time`
# reads itself (`CET`, `MSK`, `Kyiv time`); a name several zones share (`MST`: Arizona's or Denver's) gives
# no moment, nor do `IST`, `CST`, `BST` and `AST` but where the page says which place's it is
# (`zones.SHARED_CLOCKS`: its host's country, locale, language or own times' offset).
@functools.cache
def _zoned_clock() -> re.Pattern[str]:
    from provenance.zones import SPELLED_ZONES

    spelled = "|".join(region.capitalize() for region in SPELLED_ZONES)
    return re.compile(
        # Its seconds too, where a site prints them (`9:15:42 PM IST`): the byline gave no moment.
        r"(?<![\d:.])(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)(?::(?P<second>[0-5]\d))?"
        r"(?:\s{0,2}(?P<meridiem>[AaPp])\.?\s?[Mm]\.?)?\s{0,2}\(?(?:(?P<zone>[A-Z]{2,4})(?!\w)"
        # Or written out (`8:30 p.m. Eastern`, `Eastern Standard Time`), not another zone's or place's name
        # (`Central European Time`, `Eastern Ukraine`): no capitalised word after it.
        rf"|(?P<spelled>{spelled})(?:\s(?:Standard|Daylight))?(?:\s[Tt]ime)?(?![\w/])(?!\s{{1,3}}[A-Z]))"
    )


# A page whose markup holds no time of day as `find_time` and `_zoned_clock` read one (`8:30`, `20.30`,
# `20h30`, `20 h 30`, `8 PM`, `8 p.m.`, `20 Uhr`) shows no byline moment: its byline's line is not looked
# for (a walk of the page: a quarter of a millisecond, every such page of every capture).
_MAY_SHOW_A_CLOCK = on_first_use(r"\d(?:[:.h][0-5]\d|\s?[AaPp]\.?\s?[Mm]|\s(?:h\s?[0-5]\d|Uhr))")
# The same for markup of ASCII alone, where `\d` and `\s` are these characters: a set the engine looks each
# character up in, where `\d` asks Unicode's tables (the search over a page's markup took half the time).
_ASCII_SPACE = r"[\t-\r\x1c-\x1f ]"
_MAY_SHOW_A_CLOCK_IN_ASCII = on_first_use(
    rf"[0-9](?:[:.h][0-5][0-9]|{_ASCII_SPACE}?[AaPp]\.?{_ASCII_SPACE}?[Mm]"
    rf"|{_ASCII_SPACE}(?:h{_ASCII_SPACE}?[0-5][0-9]|Uhr))"
)


# Every time of day `_MAY_SHOW_A_CLOCK_IN_ASCII` finds opens with a digit, then a mark (`[:.h]`) or a
# meridiem's letter, or a space and then a meridiem's letter, an `h` or `Uhr`'s `U`. ASCII markup mapped so
# (each digit a `0`, each of those letters and marks an `A`, each space a ` `) shows every place one may open
# as `0A` or `0 A`: a search the engine runs from the `0` alone, its bytes found at C speed. Searched
# unmapped, every character of the page was tried against `[0-9]` (a quarter of a million instructions on
# an 8 KB page showing no clock); now only those places are matched with the pattern itself.
_CLOCK_OPENING_MAP = bytes.maketrans(
    b"0123456789" + b":.hAaPpU" + b"\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f ", b"0" * 10 + b"A" * 8 + b" " * 10
)


@functools.cache
def _clock_opening() -> re.Pattern[bytes]:
    return re.compile(rb"0 ?A")


def _may_show_a_clock(html: str) -> bool:
    """Whether `html` holds a time of day as `_MAY_SHOW_A_CLOCK` finds one."""
    if not html.isascii():
        return _MAY_SHOW_A_CLOCK().search(html) is not None
    pattern, openings = _MAY_SHOW_A_CLOCK_IN_ASCII(), _clock_opening()
    mapped = html.encode("ascii").translate(_CLOCK_OPENING_MAP)
    opening = openings.search(mapped)
    while opening is not None:
        if pattern.match(html, opening.start()) is not None:
            return True
        opening = openings.search(mapped, opening.start() + 1)
    return False


def _zoned_moment(text: str, countries: Callable[[], list[str]] | None = None) -> str | None:
    """The moment (ISO, in its own offset) a publication line gives with its day, its time of day and its
    zone (`January 20, 2022 8:30 PM ET`, `20 января 2022, 20:30 MSK`, `20 January 2022, 20:30 Kyiv time`);
    None where it names no zone, or one that may mean several offsets on the day, unless the page's
    `countries` (`_page_s_countries`) settle which place's clock a name several share is (`IST`)."""
    text = text[: _MAX_UPDATE_LINE * 2]
    day = find_date(text).date
    if day is None:
        return None
    timed = find_time(text, day)
    if timed is not None and timed.at.tzinfo is not None:
        return None if timed.also is not None else timed.at.isoformat()
    from provenance.zones import SHARED_CLOCKS, one_clock, shared_clock

    clock = _zoned_clock().search(text)
    zone = one_clock(clock.group("zone") or clock.group("spelled")) if clock is not None else None
    if clock is not None and zone is None and countries is not None and clock.group("zone") in SHARED_CLOCKS:
        zone = shared_clock(clock.group("zone"), countries())
    if clock is None or zone is None:
        return None
    hour = int(clock.group("hour"))
    meridiem = (clock.group("meridiem") or "").lower()
    if meridiem and not 1 <= hour <= 12:
        return None
    hour = hour % 12 + (12 if meridiem == "p" else 0) if meridiem else hour
    local = dt.datetime.combine(
        day, dt.time(hour, int(clock.group("minute")), int(clock.group("second") or 0))
    )
    if not isinstance(zone, str):
        return local.replace(tzinfo=dt.timezone(dt.timedelta(hours=zone))).isoformat()
    import zoneinfo  # only for a page dated by its byline's time: most are not

    return local.replace(tzinfo=zoneinfo.ZoneInfo(zone)).isoformat()


def _page_s_countries(
    url: str | None, og: dict[str, str], tree: LexborHTMLParser, ld: list[dict[str, Any]]
) -> list[str]:
    """The countries (their codes) the page says it is of: its host's country-code domain (`.in`), the region
    and the language of its `og:locale` and `<html lang>` (`en_IN`, `hi`: `zones.COUNTRY_LANGUAGES`), the
    offset of its own metadata times where only one such country's clock has it (`+05:30`, `+08:00`:
    `zones.COUNTRY_OFFSETS`). Read by `_zoned_moment` only for a byline's zone several places share."""
    from provenance.zones import COUNTRY_LANGUAGES, COUNTRY_OFFSETS

    countries: list[str] = []
    top = (urlsplit(url or "").hostname or "").rsplit(".", 1)[-1]
    if len(top) == 2 and top.isalpha():
        countries.append(top)
    html_node = first_named(tree, "html")
    for declared in (
        og.get("og:locale"),
        html_node.attributes.get("lang") if html_node is not None else None,
    ):
        parts = (declared or "").strip()[:40].lower().replace("_", "-").split("-")
        # `en_US` / `en-US` is what English-language CMSes declare unless told otherwise (a Chinese outlet's
        # English site on a .com host too): no word of the page's place. Read as the US, its `CST` was
        # Chicago's, fourteen hours from Beijing's, and a note citing the wrong day passed `date`.
        if len(parts) > 1 and len(parts[1]) == 2 and parts[1] != "us":
            countries.append(parts[1])
        if parts[0] in COUNTRY_LANGUAGES:
            countries.append(COUNTRY_LANGUAGES[parts[0]])
    times = [item.get(key) for item in ld[:_MAX_NAMES] for key in ("datePublished", "dateModified")]
    times += [og.get("article:published_time"), og.get("article:modified_time")]
    for value in times:
        try:
            at = dt.datetime.fromisoformat(value.strip()[:40]) if isinstance(value, str) else None
        except ValueError:
            continue
        offset = at.utcoffset() if at is not None else None
        country = COUNTRY_OFFSETS.get(offset.total_seconds() / 3600) if offset is not None else None
        if country is not None:
            countries.append(country)
    return countries


def _locale_s_countries(tree: LexborHTMLParser) -> list[str]:
    """The countries the page's `og:locale` and `<html lang>`, and the host of the address it names its own
    (its canonical link, else its `og:url`: `.in`), say it is of (`_page_s_countries`). Without the host, a
    `<time>` showing IST on an Indian site that declares no region was read as its day alone."""
    og = opengraph_properties(tree)
    canonical = tree.css_first("link[rel=canonical]")
    own = (canonical.attributes.get("href") if canonical is not None else None) or og.get("og:url")
    return _page_s_countries(own[:2000] if own else None, og, tree, [])


def _publication_line(
    tree: LexborHTMLParser, url: str | None = None, other_time: Callable[[LexborNode], bool] | None = None
) -> tuple[str, str] | None:
    """The day of the article's publication line without a `<time>` (see above), and the line's words that
    give it; None when there is none. Never a line of a card of another story (`_story_cards`, the page at
    `url`), nor one whose `<time>` is another time than the publication's (`other_time`)."""
    layout = _PageLayout(tree)
    byline: LexborNode | None = None
    candidates = tree.css(_BYLINE_CANDIDATES)[:_MAX_BYLINE_CANDIDATES]
    after = _after_the_article(tree, candidates) if candidates else set()  # another story's byline
    cards = _story_cards(tree, layout, url) if url else set()
    story = _headline_article(tree)
    story = story if story is not None and story.tag == "article" else None
    for node in candidates:
        if _byline_kind(node) is None or node.mem_id in after:
            continue
        if story is not None and _in_a_card_inside(node, story):
            continue  # a related story's card, and its day
        if any(around.tag in _QUOTING_TAGS or around.mem_id in cards for around in ancestors(node)):
            continue
        if not layout.place(node)[0]:
            byline = node
            break
    if byline is None:
        # A byline no markup marks, on the line right under the headline (`<p>By Lina Haddad | January 21,
        # 2022</p>`, and `Published 21 Jan 2022, 09:00 GMT` on the line after): read as the byline's line,
        # its name and "By" no deck's words. Read as the headline's next line, it held too many words, and
        # the line after it was never read: the page had no date.
        byline = _unmarked_byline_line(tree)
    # (a line, the byline's name it may hold, how many other words it may hold)
    lines: list[tuple[LexborNode, str, int]] = []
    if byline is not None:
        name = _byline_text(byline) or ""
        parent = byline.parent
        # The byline's line (`<div class="meta">By … · 21 January 2022</div>`), not the article or column it
        # opens: the line before a `<main>` is the site's top row, whose date strip shows the day it is read.
        around = [byline]
        if parent is not None and parent.tag not in ("body", "html") and _is_short(parent, _MAX_UPDATE_LINE):
            around.append(parent)
        lines += [(node, name, _BYLINE_LINE_WORDS) for node in around]
        lines += [
            (sibling, "", _BYLINE_LINE_WORDS)
            for node in around
            for forward in (True, False)
            if (sibling := _next_line(node, forward))
        ]
    headline = first_named(tree, "h1")
    if headline is not None and not layout.place(headline)[0]:
        siblings = [
            _next_line(headline, True),
            _next_line(headline, False),
            _line_under_the_headline(headline),
        ]
        lines += [
            (sibling, _dateline_place(tree, sibling), _HEADLINE_LINE_WORDS)
            for count, sibling in enumerate(siblings)
            if sibling is not None and (count < 2 or sibling is not siblings[0])
        ]
    banners = {node.mem_id for node in _site_banners(tree)}  # the day the masthead shows is the reader's
    for line, name, most_words in lines:
        if line.tag in ("h1", "body", "html") or layout.place(line)[0]:
            continue
        if any(around.mem_id in banners or around.mem_id in cards for around in ancestors(line)):
            continue
        dated = _dated_line(line, name, most_words, other_time, lambda: _is_arabic(tree))
        if dated is not None:
            return dated
    return None


# The blocks an article's prose is written in; one longer than a line is no date's label.
_PROSE_TAGS = ("p", "li", "blockquote", "pre", "td")


def _htmldate(
    html: str,
    url: str | None = None,
    event_times: frozenset[str] = frozenset(),
    updated: dt.datetime | None = None,
    captured: dt.date | None = None,
) -> str | None:
    from htmldate import find_date

    # htmldate also searches the raw markup, comments included: a date no reader can see (a template's
    # commented-out tag, or a planted one) must not confirm a citation. Nor may a date in a side block (a
    # reader comment's, a related story's) or in the site's banner (`_site_banners`), nor JSON-LD, which
    # `_content_date` has read item by item (htmldate takes the first `datePublished` of any item, an
    # embedded video's as well as the article's).
    tree = parse_html(_without_comments(html))
    if not _without_side_blocks(tree):
        return None
    for node in reversed(_site_banners(tree)):  # nor the day the site's masthead shows
        node.decompose()
    for node, _ in _embedded_post_nodes(tree, html):  # nor a post's the article embeds (its writer's day)
        node.decompose()
    _without_what_follows_the_article(tree)  # nor another story's, listed after the article
    for card in _story_card_nodes(tree, _PageLayout(tree), url) if url else ():  # nor another story's card
        card.decompose()  # (the cards hold none of one another)
    for line in reversed(_teaser_lines(tree, url) if url else []):  # nor a "Latest" widget's teaser's
        line.decompose()
    # Nor a site's date strip above its article (`<div class="date-today">Sunday, 6 December 2026</div>`, the
    # same on every page): the day the page was read, which a note citing that day passed and a true note
    # failed on. A day near the capture's is taken only where the block holding the headline shows it.
    block = _headline_s_block(tree) if captured is not None else None
    clock = _CaptureDayClock(tree, captured)  # nor a clock's day, known by the headline
    times = _dated_times(tree)[:_MAX_TIMES] if clock.can_tell else []
    for node in [node for node in times if clock.shows(node)]:
        node.decompose()
    # Nor a date the headline or the article's prose names: htmldate takes the first in the `<title>` or the
    # `<h1>` ("Situation report, 21 January 2022" may be published days later), and, where nothing marks a
    # date, the first ISO date in the text ("the data of 2022-01-21"): the day a page is about, not its own.
    # Nor a struck day (`<del>January 20</del> January 21, 2022`), in the same walk.
    for node in tree.css(f"title, h1, {_STRUCK}")[:_MAX_UPDATE_LINES]:
        node.decompose()
    # Nor a `<time>` in a sentence of the text (`_in_a_sentence_of_the_text`), known before the long
    # paragraphs it follows are taken out.
    for node in [
        node
        for node in tree.tags("time")[:_MAX_TIMES]
        if _in_a_sentence_of_the_text(node) or _in_a_headline_sentence(node)
    ]:
        node.decompose()
    prose = tree.css(", ".join(_PROSE_TAGS))[:_MAX_UPDATE_LINES]
    for node in reversed([node for node in prose if not _is_short(node, _MAX_UPDATE_LINE)]):
        node.decompose()
    for node in tree.css('script[type*="ld+json" i]'):
        node.decompose()
    for node in tree.css("meta, time")[:_MAX_UPDATE_LINES]:
        # Nor an event's time (htmldate reads every `<time>`).
        shows_another_time = node.tag == "time" and (
            _an_event_s_time(node, event_times)
            or _at_the_update(node, updated)
            or bool(url and _beside_another_article_s_link(node, url))  # a related story's teaser's
        )
        if _marks_a_modification(node) or shows_another_time or _gives_only_a_month(node):
            node.decompose()
    _without_update_lines(tree)
    # Nor the date in the page's address (`/2022/01/21/`), which htmldate reads from its canonical link (when
    # given no URL) and from a `<meta name="og:url">` before anything the page shows: a page moved or
    # republished keeps an address of another day, and its shown date is the one a reader checks.
    for node in tree.css('meta[name="og:url" i]'):
        node.decompose()
    try:
        found = find_date(tree.html or "", url="", extensive_search=False, original_date=True)
        if found and block is not None and captured is not None and _near_the_day(str(found), captured):
            _without_what_stands_beside(block)
            found = find_date(tree.html or "", url="", extensive_search=False, original_date=True)
    except Exception:  # as above: a heuristic, never a reason to stop
        return None
    return str(found) if found else None


# The JSON-LD keys of an item's days whose ISO value may say which way the page's numeric date reads.
_LD_DAYS = ("datePublished", "dateModified", "dateCreated", "uploadDate")


def _in_the_page_s_order(
    published: tuple[str, str],
    text: str,
    ld: list[dict[str, Any]],
    metas: dict[str, str],
    url: str | None,
    declared: list[str],
) -> tuple[tuple[str, str], dict[str, str]]:
    """htmldate's day (`published`) where the page writes it in numbers whose day and month could swap
    (`12/03/2024`), which htmldate reads day first on every page: the day the page's order reads it as
    (`numeric_days.page_s_order`: its own dates, its site and the locales `declared`), and the `fields` saying
    how; or htmldate's day, with the date as written in `fields`, where nothing on the page decides.
    A US page's `12/03/2024`, 3 December to its readers, was dated 12 March, and a true note failed."""
    from provenance.numeric_days import (
        READ_ONE_WAY,
        READ_TWO_WAYS,
        page_s_order,
        read_in,
        written_plainly,
        written_two_ways,
    )

    try:
        day = dt.date.fromisoformat(published[1][:10])
    except ValueError:
        return published, {}
    said = " ".join((text, *itertools.islice(metas.values(), _MAX_UPDATE_LINES)))
    written = written_two_ways(day, said)
    if written is None or written_plainly(day, said):
        return published, {}
    machine_days = [
        value
        for value in (*(item.get(key) for item in ld[:_MAX_NAMES] for key in _LD_DAYS), *metas.values())
        if isinstance(value, str)
    ]
    order = page_s_order(written, said, machine_days, urlsplit(url or "").hostname or "", declared)
    if order is None:
        return published, {READ_TWO_WAYS: written}
    read = read_in(written, order[0])
    if read is None:
        return published, {}
    return (published[0], read.isoformat()), {READ_ONE_WAY: f"{written}, {order[0]} ({order[1]})"}


def _near_the_day(found: str, captured: dt.date) -> bool:
    """Whether htmldate's day (`2026-12-06`) is a day or less from the capture's (`_CLOCK_REACH`)."""
    try:
        return abs(dt.date.fromisoformat(found[:10]) - captured) <= _CLOCK_REACH
    except ValueError:
        return False


# A tag's or `<time>`'s value naming a month and no day (`2022-01`, `2022/1`): htmldate completes it with a
# day of its own (dateutil's default: the day of the month it runs on), no word of the page's, and a true
# note of the 21st failed on "2022-01-06".
_MONTH_ONLY = on_first_use(r"\s{0,8}\d{4}[-/](?:0?[1-9]|1[0-2])\s{0,8}")


def _gives_only_a_month(node: LexborNode) -> bool:
    """Whether a `<meta>` or `<time>` gives a month without its day (`_MONTH_ONLY`)."""
    value = node.attributes.get("datetime" if node.tag == "time" else "content") or ""
    return len(value) <= _MAX_MONTH_VALUE and _MONTH_ONLY().fullmatch(value) is not None


_MAX_MONTH_VALUE = 24


def _modified(
    ld: list[dict[str, Any]],
    metas: dict[str, str],
    tree: LexborHTMLParser,
    page: frozenset[str] = frozenset(),
) -> str | None:
    """When the page says it was changed (its article item's `dateModified`, of the page's own article
    items as for its date: `_the_page_s_articles`; a modification `<meta>`, a `<time>` marked as an update):
    shown beside a missing publication date, and named where a note cites that day; never taken for the
    publication's."""
    from_metadata = _modified_in_metadata(ld, metas, page)
    if from_metadata is not None:
        return from_metadata
    marked = (node for node in _dated_times(tree)[:_MAX_TIMES] if _marks_a_modification(node))
    # Read as the publication's `<time>` is (`_datetime_of`): in the zone its shown time names, where its
    # `datetime` gives none (`<time datetime="2022-01-21T09:15">21 Jan 2022, 09:15 IST</time>` on an Indian
    # page: the update was at 03:45 UTC, not 09:15).
    return next((_datetime_of(node, tree) for node in marked), None)


def _modified_in_metadata(
    ld: list[dict[str, Any]], metas: dict[str, str], page: frozenset[str] = frozenset()
) -> str | None:
    """`_modified`, as the page's metadata gives it (its article item's `dateModified`, a modification
    `<meta>`)."""
    content = _content_items(ld)
    if any(_types(item) & _ARTICLE_TYPES for item in content):
        content = _the_page_s_articles(content, page)
    from_ld = _first(content, ("dateModified",))
    if from_ld is not None:
        return from_ld[1]
    names = ("article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified")
    return meta_content(metas, *names)


def _update_instant(
    ld: list[dict[str, Any]], metas: dict[str, str], page: frozenset[str]
) -> dt.datetime | None:
    """The moment the page's metadata says it was changed, where it gives one to the minute or closer (a day
    alone says no moment); None otherwise."""
    written = _modified_in_metadata(ld, metas, page)
    when = parse_published(written) if written else None
    return when.at if when is not None and not when.day_only else None


def _at_the_update(node: LexborNode, updated: dt.datetime | None) -> bool:
    """Whether a `<time>` gives the moment the page's metadata says it was changed (`updated`), to the
    minute and with its zone: a theme that shows its byline's time from the last change, unmarked. Taken
    for the publication where the metadata names none, the update's day passed a note as the page's
    publication day, and the day the page first came out failed. Not one its class or `itemprop` marks as the
    publication's (WordPress's `entry-date published updated`, on a post never changed: the metadata's
    change is its publication, and the page went undated)."""
    if updated is None:
        return False
    marks = f"{node.attributes.get('class') or ''} {node.attributes.get('itemprop') or ''}"[: _MAX_LABEL * 4]
    if _PUBLISHED_CLASS_WORDS().search(marks):
        return False
    when = parse_published(node.attributes.get("datetime"))
    return when is not None and not when.day_only and abs(when.at - updated) < dt.timedelta(minutes=1)


# How much of a page's visible text, from its top, is looked at for its "Updated" line: its header and byline.
_UPDATE_LINE_REACH = 3000
_UPDATE_DAY_REACH = 48


# An update's label with the date right after it (`Updated: January 25, 2022`, `Last updated on 25
# January 2022`, `Mis à jour le 25 janvier 2022`), compiled on first use. Every quantifier bounded.
_UPDATE_LINE_LABEL = on_first_use(
    rf"(?<!\w)(?:{_UPDATE_WORDS})(?!\w)\s{{0,3}}:?\s{{0,3}}(?:(?:on|le|am|el|il|em)\s{{1,3}})?(?=\w)",
    re.IGNORECASE,
)


# A word stem every label of `_UPDATE_WORDS` holds, looked for (case folded) before the label's pattern runs:
# searched over a page's opening, the pattern's many alternatives at every word cost a capture 0.3 ms (4 M
# instructions, a quarter of its whole work), on pages most of which say nothing of an update.
_UPDATE_STEMS = (
    "updat", "modif", "edit", "revis", "amend", "mis à jour", "actualis", "aktualis", "geändert",
    "actualiz", "обновл", "изменен", "оновл", "змінено", "обновено", "ažurir", "güncelle", "تحديث", "روز",
    "بروزرسانی", "aggiorna", "atualiz", "aktualiz", "zaktualiz", "bijgewerkt", "gewijzigd", "uppdaterad",
    "\u00e4ndrad",
)  # fmt: skip
_ASCII_UPDATE_STEMS = tuple(stem for stem in _UPDATE_STEMS if stem.isascii())  # all an ASCII opening may hold


def _a_later_day(value: str, than: str | None) -> bool:
    """Whether ISO time or day `value` opens with a later day than `than`'s (each as written, in its own
    zone); False where either is no ISO day."""
    try:
        return than is not None and dt.date.fromisoformat(value[:10]) > dt.date.fromisoformat(than[:10])
    except ValueError:
        return False


def _update_line_day(
    shown_text: str, tree: LexborHTMLParser | None = None, countries: Callable[[], list[str]] | None = None
) -> str | None:
    """The day the page's "Updated" line gives (ISO), in its visible text's opening, where no metadata or
    `<time>` says when it was changed: `Published January 21, 2022 · Updated January 25, 2022` in a byline
    without `<time>`s. Unread, a note citing the day the page shows as its update's failed, where one
    citing a `<time>`'s, or `dateModified`'s, warned. Not a line only the page's side blocks show (`tree`):
    a WordPress footer's "Site last updated 2 February 2024" is the site's, and a note citing that day,
    not the article's, warned where it fails. The moment, where the line gives its time with a zone the page
    settles as a byline's (`Last Updated: 21 Jan 2022, 09:15 IST` on an Indian page, `Updated Jan 21, 2022
    9:15 AM ET`: `_zoned_moment`, the page's `countries`)."""
    opening = shown_text[:_UPDATE_LINE_REACH]
    folded = opening.casefold()
    if not any(stem in folded for stem in (_ASCII_UPDATE_STEMS if folded.isascii() else _UPDATE_STEMS)):
        return None
    in_side_blocks: str | None = None
    for label in _UPDATE_LINE_LABEL().finditer(opening):
        after = opening[label.end() : label.end() + _UPDATE_DAY_REACH]
        found = find_date(after)
        if found.date is None or not found.text or found.ambiguous:
            continue
        start = after.find(found.text)
        # Its time before its day, as CNN and AP write an update (`Updated 11:02 PM EST, Thu January 20,
        # 2022`): unread, the page had no update's day, and a note citing it failed where it warns.
        clock = _CLOCK_AND_ZONE().match(after) if start != 0 else None
        between = after[clock.end() : start].strip(" ,") if clock is not None else after[:start]
        if start != 0 and (between or clock is None) and not _names_its_weekday(between, found.date):
            continue
        span = after[: start + len(found.text)] if clock is not None else after[start:]
        if tree is not None:
            # The elements whose own text shows the day, found by the parser (a pass in C): only side blocks'?
            shown_in = _own_text_holders(tree, found.text)
            if shown_in:
                layout = _PageLayout(tree)
                if all(layout.place(node)[0] for node in shown_in):
                    continue
                return _update_line_moment(span, found.text, found.date, countries)
            # Its words split across elements: compared with the side blocks' text, without whitespace (the
            # visible text and an element's text space words apart alike).
            line = "".join(opening[label.start() : label.end() + start + len(found.text)].split())
            if in_side_blocks is None:
                in_side_blocks = "".join(_side_blocks_text(tree).split())
            if in_side_blocks.count(line) >= "".join(opening.split()).count(line):
                continue  # every such line the opening shows is a side block's
        return _update_line_moment(span, found.text, found.date, countries)
    return None


# Between an update's day and its time: a comma, a bar or a dash, `at` (`21 Jan 2022, 09:15 IST`, `January
# 21, 2022 at 6 a.m. ET`, `Sun 23 Jan 2022 12.00 GMT`). Bounded, over a few characters.
_DAY_TO_CLOCK = on_first_use(r"[\s,|\u00b7\u2013\u2014-]{0,6}(?:at\s{1,3})?")


def _update_line_moment(
    line: str, shown_day: str, day: dt.date, countries: Callable[[], list[str]] | None
) -> str:
    """The moment an "Updated" line (from its day on, as it shows it, `shown_day`: `21 Jan 2022, 09:15 IST`;
    or from its time on to its day: `11:02 PM EST, Thu January 20, 2022`) gives with the time right after
    (or before) its day and a zone the page settles; else that `day` (ISO). Not a time further on (`Updated
    Jan 21, 2022 Published Jan 20, 2022 9:15 PM ET`: the publication's)."""
    if line.endswith(shown_day):  # its time before its day (`11:02 PM EST, Thu January 20, 2022`)
        moment = _zoned_moment(line, countries)
    else:
        rest = line[len(shown_day) :]
        gap = _DAY_TO_CLOCK().match(rest) if _may_show_a_clock(rest) else None
        clock = _CLOCK_AND_ZONE().match(rest, gap.end()) if gap is not None else None
        moment = _zoned_moment(shown_day + rest[: clock.end()], countries) if clock is not None else None
    at = parse_published(moment) if moment else None
    if moment is None or at is None or at.day_only or not _a_moment_on(("", moment, at), day):
        return day.isoformat()
    return moment


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _names_its_weekday(before: str, day: dt.date) -> bool:
    """Whether the words before a date are its weekday alone, in English, whole or cut to three letters
    (`Sun 23 Jan 2022`, as the Guardian writes a last modification; `Sunday, January 23, 2022`)."""
    word = before.strip().rstrip(",").lower()
    weekday = _WEEKDAYS[day.weekday()]
    return word in (weekday, weekday[:3])


_MAX_HOLDERS = 50


def _own_text_holders(tree: LexborHTMLParser, words: str) -> list[LexborNode]:
    """The elements whose own text (not their children's) holds `words`, as written, at most
    `_MAX_HOLDERS`; none where the parser cannot look for them."""
    quoted = words[:100].replace("\\", "\\\\").replace('"', '\\"')
    if "\n" in quoted:
        return []
    try:
        return tree.css(f'*:lexbor-contains("{quoted}")')[:_MAX_HOLDERS]
    except Exception:  # selectolax's selector errors have no class of their own
        return []


def _side_blocks_text(tree: LexborHTMLParser) -> str:
    """The text of the page's side blocks (the outermost of each nest), "" where there are more than are
    judged."""
    blocks = _PageLayout(tree).side_blocks(tree) or []
    kept: set[int] = set()
    texts: list[str] = []
    for block in blocks:
        if any(around.mem_id in kept for around in ancestors(block.parent)):
            continue
        kept.add(block.mem_id)
        texts.append(block.text(separator=" "))
    return " ".join(texts)


# A line that says when the page was printed, fetched or made for its reader (a print version's "Printed
# from cityledger.example on 05/12/2026", "Retrieved 5 December 2026", "Page generated 2026-12-05"): the day
# it is read, never its publication's. Every quantifier bounded.
_READ_DAY_LINE = on_first_use(
    r"\s{0,8}(?:(?:this\s{1,3}(?:page|article|story)\s{1,3}was\s{1,3})?(?:printed|generated|retrieved"
    r"|accessed|downloaded)(?:\s{1,3}(?:from|on|at)\b|\s{0,3}:|\s{1,3}\d)|print(?:ed)?\s{1,3}(?:date|on)\b"
    r"|page\s{1,3}generated\b|gedruckt\s{1,3}am\b|imprim[ée]\s{1,3}le\b|impreso\s{1,3}el\b"
    r"|распечатано\b|дата\s{1,3}печати\b)",
    re.IGNORECASE,
)


def _says_the_read_day(own: str) -> bool:
    """Whether a short line says when the page was printed or fetched (`_READ_DAY_LINE`): opening with it,
    or after the site's name and address and no date ("City Ledger \u2014 cityledger.example \u2014 Printed on
    06/12/2026", "\u00a9 City Ledger. Printed on …": read as the article's day, it failed a true note)."""
    found = _READ_DAY_LINE().search(own)
    if found is None:
        return False
    return found.start() == 0 or find_date(own[: found.start()]).date is None


def _without_update_lines(tree: LexborHTMLParser) -> None:
    """Removes the short lines that give when the page was changed ("Updated: 25 January 2022"), or when it
    was printed or fetched (`_READ_DAY_LINE`): htmldate reads dates in a page's text, and takes such a
    line's when the page shows no other (a print version's "Printed from … on 05/12/2026", the day of its
    capture, dated it, before the byline's day a later reading finds, and a true note failed)."""
    lines = tree.css("p, span, div, li, small, em, strong, dd")[:_MAX_UPDATE_LINES]
    changed = [
        node
        for node in lines
        if (own := node.text(deep=False)[:_MAX_UPDATE_LINE])
        and (_UPDATE_LINE.match(own) or _says_the_read_day(own))
        and _is_short(node, _MAX_UPDATE_LINE)
    ]
    for node in reversed(changed):  # the last first: one inside another is removed before the one around it
        node.decompose()


_MAX_LINE_NODES = 32


def _is_short(node: LexborNode, limit: int) -> bool:
    """Whether the element holds at most `limit` characters of text in at most `_MAX_LINE_NODES` nodes, known
    without reading more of it than that (a line, not a section: reading each candidate's whole text made a
    crafted page of nested lines quadratic)."""
    length = 0
    for count, inner in enumerate(node.traverse(include_text=True)):
        if count > _MAX_LINE_NODES:
            return False
        length += len(inner.text_content or "") if inner.tag == "-text" else 0
        if length > limit:
            return False
    return True


# The microdata properties that date an item (`_content_date`), as an element writes them.
_ITEM_DATES = ("datePublished", "dateCreated", "uploadDate")
_ITEM_DATE_CANDIDATES = ", ".join(f'[itemprop*="{name}" i]' for name in _ITEM_DATES)
_MAX_ITEM_DATES = 2_000


def _dated_outside_side_blocks(items: list[dict[str, Any]], tree: LexborHTMLParser) -> list[dict[str, Any]]:
    """The microdata items whose dates the page gives outside its side blocks and before the end of the
    article holding the headline: a related story's card in a sidebar, a "trending" strip or after the
    article is an item of its own (a `BlogPosting` with its `datePublished`), and
    when it came before the article's it dated the page. extruct's items do not say where they stand, so
    each date is looked for among the page's dating elements (`itemprop=datePublished`, ...) outside
    them."""
    layout = _PageLayout(tree)
    shown: set[str] = set()
    nodes = tree.css(_ITEM_DATE_CANDIDATES)[:_MAX_ITEM_DATES]
    # Nor after the end of the article holding the headline, as for authors: the cards of other stories a
    # page lists after its article, in a block named for none (`<section class="more">`), dated it.
    after = _after_the_article(tree, nodes) if nodes else set()
    for node in nodes:
        attributes = node.attributes
        if not set((attributes.get("itemprop") or "").split()) & set(_ITEM_DATES) or layout.place(node)[0]:
            continue
        if node.mem_id in after and not _of_the_headline_s_item(node, tree):
            continue
        written = (attributes.get("content"), attributes.get("datetime"), node.text()[:200])
        shown.update(value.strip() for value in written if value and value.strip())

    def dated_outside(item: dict[str, Any]) -> bool:
        dates = (item.get(name) for name in _ITEM_DATES)
        values = (value[0] if isinstance(value, list) and value else value for value in dates)
        return all(value.strip() in shown for value in values if isinstance(value, str) and value.strip())

    return [item for item in items if dated_outside(item)]


_MAX_ITEM_AUTHORS = 200


def _authored_outside_side_blocks(
    items: list[dict[str, Any]], tree: LexborHTMLParser
) -> list[dict[str, Any]]:
    """The microdata items whose authors the page names in its own places: a related story's card in a
    sidebar or after the article is an item of its own (a `NewsArticle` with its `author`), and so is a
    reader's comment (`UserComments`), and when one came before the article's it named the page's author.
    As for their dates (`_dated_outside_side_blocks`), each author is looked for among the page's
    `itemprop=author` elements outside side blocks, figures and quotations and not after the end of the
    article holding the headline; an item naming another is left out."""
    layout = _PageLayout(tree)
    nodes = tree.css('[itemprop~="author" i]')[:_MAX_ITEM_AUTHORS]
    after = _after_the_article(tree, nodes) if nodes else set()
    shown: set[str] = set()
    for node in nodes:
        if node.mem_id in after or layout.place(node)[0]:
            continue
        # Marked in a figure's caption or a quotation (as a byline there is: `_QUOTING_TAGS`), or after
        # another role's credit (`Photo:`), it credits a photograph or names a speaker, whatever its item:
        # a photographer's credit passed as the author.
        if any(around.tag in _QUOTING_TAGS for around in ancestors(node)) or _credited_as_another_role(node):
            continue
        inner = node.css_first('[itemprop~="name" i]')
        written = [node.attributes.get("content"), (inner or node).text()[: _MAX_BYLINE_CHARS * 4]]
        written.append(inner.attributes.get("content") if inner is not None else None)
        shown.update(squeeze(value) for value in written if value and value.strip())

    def authored_outside(item: dict[str, Any]) -> bool:
        value = item.get("author")
        values = value[:_MAX_NAMES] if isinstance(value, list) else [value]
        return all(name is None or squeeze(name) in shown for name in map(_name, values))

    return [item for item in items if authored_outside(item)]


def _metas_outside_side_blocks(tree: LexborHTMLParser) -> dict[str, str]:
    """`pages.meta_tags` without the `<meta>` tags of side blocks: a related story's card may carry its own
    `<meta itemprop="datePublished">`, which is not the article's; nor those after the end of the article
    holding the headline (the cards of other stories listed after it, in a block named for none); nor the
    `<meta itemprop>` of a microdata item that does not hold the headline (a card's, wherever it stands:
    its item is read as one, `_content_date`, and one that names another story's page does not date this
    one)."""
    layout = _PageLayout(tree)
    in_body = tree.css("body meta")[:MAX_META]
    after = _after_the_article(tree, in_body) if in_body else set()
    return meta_tags(
        tree,
        lambda node: (
            (node.mem_id not in after or _of_the_headline_s_item(node, tree))
            and not layout.place(node)[0]
            and not _another_item_s_property(node, tree)
        ),
    )


def _another_item_s_property(node: LexborNode, tree: LexborHTMLParser) -> bool:
    """Whether a `<meta>` in the body is a property (`itemprop`, no `name` or `property`) of a microdata
    item that does not hold the page's headline."""
    attributes = node.attributes
    if "itemprop" not in attributes or "name" in attributes or "property" in attributes:
        return False
    in_an_item = any("itemscope" in around.attributes for around in ancestors(node.parent))
    return in_an_item and not _of_the_headline_s_item(node, tree)


def _of_the_headline_s_item(node: LexborNode, tree: LexborHTMLParser) -> bool:
    """Whether the microdata item `node` is a property of (its nearest `itemscope`) also holds the page's
    first `<h1>`: the article's own item, whose dates a template may write after the article's end."""
    item = next((around for around in ancestors(node.parent) if "itemscope" in around.attributes), None)
    heading = first_named(tree, "h1")
    if item is None or heading is None:
        return False
    return any(around.mem_id == item.mem_id for around in ancestors(heading))


# How far apart two of a page's publication times may be and still be one day in some zones, each written
# its own way (a day alone, a time in UTC, a time in the site's zone).
_DATES_APART = dt.timedelta(days=2)


def _published(
    ld: list[dict[str, Any]],
    og: dict[str, str],
    micro: list[dict[str, Any]],
    metas: dict[str, str],
    tree: Any,
    html: str,
    page: frozenset[str] = frozenset(),
    url: str | None = None,
    captured: dt.date | None = None,
    unyeared: list[str] | None = None,
) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    """(where, value) of the publication time, from the most explicit source that gives one (`page`: the
    page's addresses, as `_page_key` writes them; an article item's `dateCreated`, when it was written, only
    after `article:published_time` and microdata); and (where, value) of the first other metadata time that
    is more than `_DATES_APART` from it, if any, else of the `<time>` the page shows as published
    (`_shown_publication_time`; not on a live blog) when it is: a page whose JSON-LD and
    `article:published_time`, or whose metadata and byline, name different days has no one publication day
    to confirm a note's. Dated by its article's first `<time>`, the other is another of that article's
    (`_another_entry_s_day`: a live blog's entries). Where a wire's dateline without its year is all that
    dates the page and its own dates give no year, the dateline as written is put in `unyeared` (read once
    here, not again for the record)."""

    def candidates() -> Iterator[tuple[str, str | None]]:
        # Each asked for only when those before it give no time: the later ones walk the page. An article
        # item's JSON-LD `dateCreated` (given where it has no `datePublished`) is when it was written, often
        # a draft a day before it went out: it speaks after `article:published_time` and microdata (it came
        # first, and a note citing the draft's day passed where `article:published_time` gave another).
        created: list[tuple[str, str | None]] = []
        ld_date = _content_date(ld, page)
        if ld_date is not None and ld_date[0] == "dateCreated":
            created.append((f"JSON-LD {ld_date[0]}", ld_date[1]))
        else:
            yield (f"JSON-LD {ld_date[0]}", ld_date[1]) if ld_date else ("", None)
        yield "article:published_time", og.get("article:published_time")
        micro_date = _content_date(_dated_outside_side_blocks(micro, tree), page) if micro else None
        yield (f"microdata {micro_date[0]}", micro_date[1]) if micro_date else ("", None)
        yield from created
        outside: dict[str, str] | None = None
        for name in (
            *("datePublished", "uploadDate", "date", "pubdate", "DC.date.issued", "parsely-pub-date"),
            # A paper's or a report's landing page: its publication day as scholars' indexes read it.
            *("citation_publication_date", "citation_date", "dcterms.issued"),
        ):
            if meta_content(metas, name) is not None:
                outside = _metas_outside_side_blocks(tree) if outside is None else outside
                written = _dashed_day(meta_content(outside, name))
                later = (
                    _later_day_of_its_year(written, outside) if name == "citation_publication_date" else None
                )
                yield later or (f"meta {name}", written)

    # A Persian page's metadata gives a Solar Hijri day as its `<time>` does (`_as_gregorian`).
    gregorian = ((where, _as_gregorian(value, tree)) for where, value in candidates() if value)
    dated = ((where, value, parse_published(value)) for where, value in gregorian if value)
    first = next(((where, value, when) for where, value, when in dated if when is not None), None)
    if first is not None:
        # Only the article's items and `article:published_time` name its publication for sure: a bare
        # `<meta name="date">` may be when the page was made.
        dated = (each for each in dated if not each[0].startswith("meta "))
        if _a_day_alone(first[1]):
            # A day alone (`"datePublished": "2022-01-21"`, or its midnight) where `article:published_time`
            # or microdata gives the moment on it (`2022-01-20T23:30:00-05:00`): dated by the day, a note
            # citing the day of the site's own zone warned "a time zone may explain it" for nothing.
            rest = list(dated)
            timed = next((each for each in rest if _a_moment_on(each, first[2].at.date())), None)
            if timed is not None and timed[2] is not None:
                first = (timed[0], timed[1], timed[2])
            dated = (each for each in rest if each is not timed)
        other = next(
            (
                (where, value)
                for where, value, when in dated
                if when and abs(when.at - first[2].at) > _DATES_APART
            ),
            None,
        )
        if other is None and not any("LiveBlogPosting" in _types(item) for item in ld):
            # The day the page shows its reader as its publication's (a `<time class="published">`) is as
            # much the page's as its metadata's: a republished or migrated article's JSON-LD gives the day
            # it was loaded, its byline the day it was written. A live blog's entries are each dated.
            updated = _update_instant(ld, metas, page)
            event_times = _event_times(ld)
            shown = _shown_publication_time(tree, event_times, updated, captured)
            when = parse_published(shown) if shown else None
            if when is not None and abs(when.at - first[2].at) > _DATES_APART:
                other = ("<time> the page shows", shown or "")
            elif (
                shown
                and when
                and _a_day_alone(first[1])
                and _a_moment_on(("", shown, when), first[2].at.date())
            ):
                first = ("<time> the page shows", shown, when)  # the byline's moment on the metadata's day
            elif _a_day_alone(first[1]) and (when is None or when.day_only) and _may_show_a_clock(html):
                # The byline's time in words with its zone (`January 20, 2022 8:30 PM ET`): the moment the
                # page states, where its metadata gives the day alone (`"datePublished": "2022-01-21"`, the
                # day in UTC). Dated by that day, a note citing the 20th, the site's own, warned "a time zone
                # may explain it". Never over a metadata time (read only here), nor one on another day.
                line = _publication_line(
                    tree,
                    url,
                    lambda node: _an_event_s_time(node, event_times) or _at_the_update(node, updated),
                )
                moment = (
                    _zoned_moment(line[1], lambda: _page_s_countries(url, og, tree, ld)) if line else None
                )
                at = parse_published(moment) if moment else None
                if moment and at is not None and _a_moment_on(("", moment, at), first[2].at.date()):
                    first = ("the time and zone the byline shows", moment, at)
        return (first[0], first[1]), other
    # Asked only when no metadata dates the page: finding the article's own `<time>` walks the page.
    event_times = _event_times(ld)
    updated = _update_instant(ld, metas, page)
    element, in_article = _time_elements(tree, url, event_times, updated, captured)
    chosen = parse_published(element) if element else None
    if element and chosen is not None:
        return ("<time datetime>", element), _another_entry_s_day(chosen, in_article)
    labelled = _labelled_publication_day(tree) or _issue_line_day(tree, html)
    if labelled is not None:
        return labelled, None
    found = _htmldate(html, url, event_times, updated, captured)
    if found and not _may_show_a_clock(html):
        return ("htmldate", found), None
    line = _publication_line(
        tree, url, lambda node: _an_event_s_time(node, event_times) or _at_the_update(node, updated)
    )
    if found:
        # htmldate gives the day alone: the byline's time with its zone on that day (`Published on Jan 20,
        # 2022, 9:15 PM ET`) is the moment the page states. Dated by the day, a note citing the day before in
        # UTC, or after, warned "a time zone may explain it" for nothing.
        moment = _zoned_moment(line[1], lambda: _page_s_countries(url, og, tree, ld)) if line else None
        at = parse_published(moment) if moment else None
        on_the_day = parse_published(found)
        if (
            moment
            and at is not None
            and on_the_day is not None
            and _a_moment_on(("", moment, at), on_the_day.at.date())
        ):
            return ("the time and zone the byline shows", moment), None
        return ("htmldate", found), None
    if line:
        # With its time and zone where it gives them (`January 20, 2022 8:30 PM ET`): the moment, not the day.
        moment = _zoned_moment(line[1], lambda: _page_s_countries(url, og, tree, ld))
        if moment is not None:
            return ("the time and zone the byline shows", moment), None
        return ("date line by the byline or headline", line[0]), None
    dateline = _dateline_day(tree)
    if dateline is None:
        return None, None
    written, day = dateline
    if day is not None:
        return ("the dateline opening the article", day), None
    # A wire story's dateline gives no year (`KYIV, Jan 21 (Reuters) -`): the page's own dates give it, where
    # they agree; never today's.
    in_the_year = _in_the_page_s_year(written, url, updated)
    if in_the_year is None and unyeared is not None:
        unyeared.append(written)
    return in_the_year, None


# A wire story's or a press release's dateline, opening its first paragraphs: the place in capitals, maybe a
# region, the day, the agency or the wire (`NEW YORK, January 21, 2022 /PRNewswire/ --`, `LONDON, Jan. 21,
# 2022 (GLOBE NEWSWIRE) --`, `BERLIN, 21. Januar 2022 (dpa) -`). Every quantifier bounded, over a line's
# opening alone.
_DATELINE = on_first_use(
    r"(?P<place>[^,\n]{2,60}),\s{0,3}(?:[^,\n]{2,30},\s{0,3})?(?P<day>[^(/\s][^(/\n]{5,39}?)\s{0,3}"
    r"(?:\([^)\n]{2,40}\)|/[^/\n]{2,40}/)\s{0,3}(?:-{1,2}|\u2014|\u2013)"
)
_DATELINE_PARAGRAPHS = 3  # of the article's first paragraphs looked at for its dateline
_DATELINE_REACH = 160


# A label a page sets before its publication day in a definition list or a table's row (gov.uk's
# `<dt>Published</dt><dd>20 January 2022</dd>`), lowercased, without its colon. Not "Last updated" nor
# "Updated" (the page's change, read as the update lines are), nor an event's "Date". The same labels in the
# languages whose written-out days the tool reads (`<dt>Ver\u00f6ffentlicht</dt><dd>21. Januar 2022</dd>`,
# `Publi\u00e9 le`, `Publicado`, `Pubblicato`, Russian's and Ukrainian's `Opublikovano`, `Gepubliceerd`,
# `Opublikowano`, `Publicerad`, Turkish's `Yay\u0131nlanma`): unread, such a page had no date where its
# English twin had one. Their update labels (`Aktualisiert`, `Mis \u00e0 jour`, `Obnovleno`) are none.
_PUBLISHED_LABELS = frozenset(
    (
        *("published", "first published", "published on", "date published", "publication date"),
        "date of publication",
        *("ver\u00f6ffentlicht", "ver\u00f6ffentlicht am", "erschienen", "erschienen am"),
        *("ver\u00f6ffentlichungsdatum", "erscheinungsdatum"),
        *("publi\u00e9", "publi\u00e9 le", "publi\u00e9e le", "date de publication", "mis en ligne le"),
        *(
            "publicado",
            "publicado el",
            "publicado em",
            "fecha de publicaci\u00f3n",
            "data de publica\u00e7\u00e3o",
        ),
        *("pubblicato", "pubblicato il", "data di pubblicazione", "data pubblicazione"),
        *(
            "\u043e\u043f\u0443\u0431\u043b\u0438\u043a\u043e\u0432\u0430\u043d\u043e",
            "\u0434\u0430\u0442\u0430 \u043f\u0443\u0431\u043b\u0438\u043a\u0430\u0446\u0438\u0438",
        ),  # Russian
        *(
            "\u043e\u043f\u0443\u0431\u043b\u0456\u043a\u043e\u0432\u0430\u043d\u043e",
            "\u0434\u0430\u0442\u0430 \u043f\u0443\u0431\u043b\u0456\u043a\u0430\u0446\u0456\u0457",
        ),  # Ukrainian
        *("gepubliceerd", "gepubliceerd op", "publicatiedatum"),
        *("opublikowano", "data publikacji"),
        *("publicerad", "publicerat", "publiceringsdatum"),
        *("yay\u0131nlanma", "yay\u0131nlanma tarihi", "yay\u0131n tarihi", "yay\u0131nland\u0131"),
    )
)
_MAX_LABELS = 500  # `<dt>`s and `<th>`s looked at: a crafted page may hold many more
_MAX_LABEL_STEPS = 4  # nodes walked from a label to its value (the white space between them)
_MAX_LABELLED_VALUE = 100  # characters of a value read as a day


def _labelled_publication_day(tree: LexborHTMLParser) -> tuple[str, str] | None:
    """(where, day) of the day a definition list or a table labels as the page's publication
    (`_PUBLISHED_LABELS`: `<dt>Published</dt><dd>20 January 2022</dd>`, `<th>Published</th><td>…</td>`),
    outside side blocks and the posts the page embeds; the first such label's, where its value is a day.
    A gov.uk page gives its day only so: it had none."""
    layout: _PageLayout | None = None
    for label in tree.css("dt, th")[:_MAX_LABELS]:
        shown = squeeze(label.text()[: _MAX_LABELLED_VALUE * 2])
        # Turkish's dotless i stays itself lowercased; its capital I (`YAYINLANMA`) lowercases to a dotted i.
        named = shown.rstrip(":").strip().lower().replace("yayin", "yay\u0131n")
        if named not in _PUBLISHED_LABELS and named not in _PUBLISHED_IN_LABELS:
            continue
        value = label.next
        for _ in range(_MAX_LABEL_STEPS):
            if value is None or value.is_element_node:
                break
            value = value.next
        if value is None or value.tag != ("dd" if label.tag == "dt" else "td"):
            continue
        layout = layout or _PageLayout(tree)
        if layout.place(label)[0]:
            continue
        written = squeeze(value.text()[: _MAX_LABELLED_VALUE * 2])[:_MAX_LABELLED_VALUE]
        if parse_published(written, midnight_is_a_day=True) is not None:
            return f"<{label.tag}>{shown}</{label.tag}>", written
        issue_s_day = _day_of_the_issue(named, written)
        if issue_s_day is not None:
            return f"{PUBLISHED_IN_AN_ISSUE}<{label.tag}>{shown}</{label.tag}> {written!r}", issue_s_day
    return None


# What the source of a day read so opens with: the date check passes the day the entry's title dates its act
# by too (`checks.date`).
PUBLISHED_IN_AN_ISSUE = "the gazette's issue it was published in, "
# A label a gazette's page sets before the issue it was published in (the BOE's `<dt>Publicado en:</dt>
# <dd>«BOE» núm. 112, de 11 de mayo de 2023, páginas 65432 a 65447 (16 págs.)</dd>`), lowercased, without its
# colon: the issue's day is the entry's publication. Read as no day (the value is more than a day), a
# resolution cited by the day the gazette published it warned "no publication date".
_PUBLISHED_IN_LABELS = frozenset(("publicado en", "published in", "publi\u00e9 au", "publi\u00e9 dans"))


def _day_of_the_issue(label: str, written: str) -> str | None:
    """The ISO day of the issue a page's `label` (lowercased, without its colon) says it was published in
    (`_PUBLISHED_IN_LABELS`), as its value `written` gives it: its one full day; None for another label, or
    a value giving no day, a range, a day that may be read two ways, or more than one day."""
    if label not in _PUBLISHED_IN_LABELS:
        return None
    found = find_date(written)
    if found.date is None or found.ambiguous or found.in_a_range or other_days(written, found.date):
        return None
    return found.date.isoformat()


# The line a gazette's page shows an entry's issue on, the line alone: Italy's Gazzetta Ufficiale (`GU Serie
# Generale n.60 del 12-03-2024`, its day first as Italian writes it) and Portugal's Diário da República
# (`Diário da República n.º 51/2024, Série I de 2024-03-12`). Read as any date, the first was either of two
# days and the second was none: a decree cited by the day the gazette published it warned "no publication
# date". Each run bounded, matched whole: linear.
_ISSUE_LINE = on_first_use(
    r"\(?GU\s{0,3}(?:Serie\s{1,3}Generale\s{1,3})?n\.\s{0,3}\d{1,4}\s{1,3}del\s{1,3}"
    r"(?P<day>\d{1,2})-(?P<month>\d{1,2})-(?P<year>\d{4})\)?"
    r"|Di[a\u00e1]rio\s{1,3}da\s{1,3}Rep[u\u00fa]blica\s{1,3}n\.?\s{0,3}[\u00b0\u00ba]\s{0,3}\d{1,4}/\d{4},?\s{1,3}"
    r"S[e\u00e9]rie\s{1,3}I{1,3}(?:\s{1,3}-\s{1,3}[A-Z]|\s{1,3}Suplemento)?\s{1,3}de\s{1,3}"
    r"(?P<iso>\d{4}-\d{2}-\d{2})"
)
_ISSUE_LINE_HINTS = ("Serie Generale", "GU n.", "S\u00e9rie I", "Serie I")
_ISSUE_LINE_TAGS = "span, div, p, a, dd, li, h2, h3, h4"
_MAX_ISSUE_LINE = 120  # characters of an element's text read as an issue's line


def _issue_line_day(tree: LexborHTMLParser, html: str) -> tuple[str, str] | None:
    """(where, ISO day) of the issue a gazette's page shows its entry was published in, on a line of its own
    (`_ISSUE_LINE`), outside side blocks; None where the page shows none (most pages: their markup names no
    gazette's series, and no element is looked at)."""
    if not any(hint in html for hint in _ISSUE_LINE_HINTS):
        return None
    layout: _PageLayout | None = None
    for node in tree.css(_ISSUE_LINE_TAGS)[:_MAX_LABELS]:
        shown = squeeze(node.text()[: _MAX_ISSUE_LINE * 2])
        issue = _ISSUE_LINE().fullmatch(shown) if len(shown) <= _MAX_ISSUE_LINE else None
        if issue is None:
            continue
        layout = layout or _PageLayout(tree)
        if layout.place(node)[0]:
            continue
        if issue["iso"]:
            day = parse_published(issue["iso"])
        else:
            day = parse_published(f"{issue['year']}-{int(issue['month']):02}-{int(issue['day']):02}")
        if day is not None:
            return f"{PUBLISHED_IN_AN_ISSUE}the line {shown!r}", day.at.date().isoformat()
    return None


# The row a gazette's entry names the department it comes from in, as the BOE's `<dt>Departamento:</dt>
# <dd>Ministerio para la Transición Ecológica y el Reto Demográfico</dd>`: the ministry, which a note credits
# as the entry's author (no byline names one). Kept in `fields[GAZETTE_DEPARTMENT]` for the author check.
GAZETTE_DEPARTMENT = "gazette department"
_DEPARTMENT_LABEL = "departamento"
_MAX_DEPARTMENT_CHARS = 200


def _gazette_department(tree: LexborHTMLParser, html: str) -> str | None:
    """The department a gazette's entry names in its `<dt>Departamento:</dt><dd>…</dd>` row (the first such
    row, its value short), or None (most pages: their markup has no such word, and nothing is looked at)."""
    if "Departamento" not in html:
        return None
    for listing in tree.tags("dl")[:_MAX_LABELS]:
        rows = itertools.islice(listing.iter(), _MAX_LABELS)  # its elements, the text between them left out
        for label, value in itertools.pairwise(rows):
            named = squeeze(label.text()[:_MAX_DEPARTMENT_CHARS]).rstrip(":").strip().lower()
            if label.tag != "dt" or named != _DEPARTMENT_LABEL:
                continue
            shown = squeeze(value.text()[: _MAX_DEPARTMENT_CHARS * 2]) if value.tag == "dd" else ""
            return shown if 0 < len(shown) <= _MAX_DEPARTMENT_CHARS else None
    return None


def _dateline_day(tree: LexborHTMLParser) -> tuple[str, str | None] | None:
    """The day the dateline opening one of the article's first paragraphs gives, as it is written and as an
    ISO day where its year is with it (`NEW YORK, January 21, 2022 /PRNewswire/ --`; a wire's `KYIV, Jan 21
    (Reuters) -` gives none); None where there is none. Asked only where nothing else dates the page: a press
    release shows its day there alone, and a note of that day warned "no date on the page"."""
    headline = first_named(tree, "h1")
    if headline is None:
        return None
    holder = next((around for around in ancestors(headline) if around.tag in ("article", "main")), None)
    holder = holder or headline.parent
    if holder is None:
        return None
    layout = _PageLayout(tree)
    for paragraph in holder.css("p")[:_DATELINE_PARAGRAPHS]:
        if layout.place(paragraph)[0]:
            continue
        shown = squeeze(paragraph.text())
        opening = shown[:_DATELINE_REACH]
        alone = _place_and_day_alone(shown) if len(shown) <= _DATELINE_ALONE else None
        if alone is not None and not _beside_a_venue_line(paragraph):  # an event's day beside its place
            return alone
        match = _DATELINE().match(opening)
        if match is None or any(letter.islower() for letter in match.group("place")):
            continue  # a dateline's place is in capitals: not a sentence's opening words
        read = _a_dateline_s_day(match.group("day").strip())
        if read is not None:
            return read
    return None


def _a_dateline_s_day(day: str) -> tuple[str, str | None] | None:
    """(`day` as written, its ISO day where it gives its year) where `day` is wholly one day, with or
    without its year (`Jan. 21, 2022`, `Jan 21`); else None."""
    found = find_date(day)
    if found.date is not None and not found.ambiguous and found.text == day:
        return day, found.date.isoformat()
    return (day, None) if _month_and_day(day) is not None else None


# A paragraph of its own that is only a place and a day, the story's dateline set apart from its text (`KYIV,
# January 21, 2022`, `Kyiv, 21 January 2022 \u2014`, `WASHINGTON, D.C., Jan. 21, 2022`): the place's words
# each capitalised, the day the whole rest. Unread, a page dated only so had no date.
_DATELINE_ALONE = 80
_MOST_PLACE_WORDS = 4
_DATELINE_DASHES = " -\u2013\u2014"


def _place_and_day_alone(shown: str) -> tuple[str, str | None] | None:
    """(the day as written, its ISO day where its year is given) of a paragraph that is only a place and
    a day, maybe a region between them and a dash after (`_DATELINE_ALONE`); None where it is anything
    else (a sentence, a label before a day: `Updated, 21 January 2022`)."""
    # `New Delhi | 21 January 2022`: a site's dateline parts its place from its day by a bar; under a deck,
    # the line was read nowhere and the page had no date.
    text = shown.rstrip(_DATELINE_DASHES).replace(" | ", ", ", 1)
    for commas in (1, 2):
        parts = text.split(",", commas)
        if len(parts) <= commas:
            return None
        day = parts[commas].strip()
        place = " ".join(parts[:commas]).split()
        if not 1 <= len(place) <= _MOST_PLACE_WORDS + commas - 1:
            return None
        if not all(word[0].isupper() and not any(c.isdigit() or c == ":" for c in word) for word in place):
            return None  # a sentence's words, a number, a label (`Photo: Reuters, 21 January 2022`)
        if any(_UPDATE_LINE.match(word) for word in place):
            return None
        read = _a_dateline_s_day(day)
        if read is not None:
            return read
    return None


_LEAP_YEAR = 2000


def _month_and_day(written: str) -> dt.date | None:
    """The month and day a dateline writes without its year (`Jan 21`, `21 January`, `21. Januar`), in a
    leap year (so `Feb 29` is one); None where it writes no such day alone."""
    for dated in (f"{written}, {_LEAP_YEAR}", f"{written} {_LEAP_YEAR}"):
        found = find_date(dated)
        if found.date is not None and not found.ambiguous and found.text == dated:
            return found.date
    return None


# A year and month in the page's address, maybe its day (`/2022/01/21/`, `/2022/01/`, Reuters'
# `…-2022-01-21/`, Al Jazeera's `/2022/1/21/`, the Guardian's `/2022/jan/21/`): one separator throughout.
_PATH_DAY = on_first_use(
    r"(?<![0-9])((?:19|20)[0-9]{2})([-/_])(0?[1-9]|1[0-2]|[a-z]{3})(?:\2(0?[1-9]|[12][0-9]|3[01]))?(?![0-9])",
    re.IGNORECASE,
)
_PATH_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_PATH_MONTH_REACH = dt.timedelta(days=17)  # from a month's middle to its days, and a late wire's two
_MAX_PATH = 2_000


def _in_the_page_s_year(written: str, url: str | None, updated: dt.datetime | None) -> tuple[str, str] | None:
    """(where, ISO day) of a dateline's day without its year (`Jan 21`), in the year the page's own dates
    give it: the day or month its address names (`/2022/01/21/`, within two days of it, or in that month),
    and the moment its metadata says it was changed (within two days after). Every date the page gives must
    agree on one day; a page giving none, or dates that disagree, is not dated: a year guessed (today's, say)
    passed a note citing an article of another year."""
    shown = _month_and_day(written)
    if shown is None:
        return None
    anchors: list[tuple[dt.date, dt.timedelta, str]] = []
    path = urlsplit(url).path[:_MAX_PATH] if url else ""
    for match in _PATH_DAY().finditer(path):
        year, written_month, day = int(match.group(1)), match.group(3).lower(), match.group(4)
        if not written_month.isdigit() and written_month not in _PATH_MONTHS:
            continue  # `/2022/abc/`: no month
        month = int(written_month) if written_month.isdigit() else _PATH_MONTHS.index(written_month) + 1
        try:
            named = dt.date(year, month, int(day) if day else 15)
        except ValueError:
            return None  # `/2022/02/30/`: no day, so no year
        anchors.append((named, _DATES_APART if day else _PATH_MONTH_REACH, "the page's address"))
    if updated is not None:
        anchors.append((updated.date(), _DATES_APART, "when the page says it was changed"))
    days: set[dt.date] = set()
    for named, reach, _ in anchors:
        near = [
            candidate
            for candidate in (_on_year(shown, year) for year in (named.year - 1, named.year, named.year + 1))
            if candidate is not None and abs(candidate - named) <= reach
        ]
        if len(near) != 1:
            return None
        days.add(near[0])
    if len(days) != 1:
        return None
    day = days.pop()
    if updated is not None and day > updated.date() + dt.timedelta(days=1):
        return None  # published after it was changed: the two do not agree
    givers = " and ".join(dict.fromkeys(anchor[2] for anchor in anchors))
    return f"the dateline opening the article ({written[:40]}), its year from {givers}", day.isoformat()


def _on_year(shown: dt.date, year: int) -> dt.date | None:
    """The month and day `shown` in `year`; None where that year has no such day (`Feb 29`)."""
    try:
        return shown.replace(year=year)
    except ValueError:
        return None


# How many of a live blog's entries (`liveBlogUpdate`) are kept, each cut as every field is: the date check
# reads them for the entry that holds the quoted words.
_MAX_LIVE_ENTRIES = 100
# The query keys a live blog names one of its entries by (`?post=123`, `?pinned_post_locator=urn:asset:…`).
_ENTRY_KEYS = frozenset(
    (
        *("post", "postid", "post_id", "entry", "entryid", "entry_id", "update", "updateid", "update_id"),
        *("block", "pinned_post_locator", "pinned_post_asset_id"),
    )
)


def _live_blog(ld: list[dict[str, Any]], modified: str | None = None) -> dict[str, str | None]:
    """A live blog's span and entries, as its `LiveBlogPosting` item gives them: `live blog`, from its start
    (`coverageStartTime`, else `datePublished`) to its latest time (`dateModified`, `coverageEndTime`, an
    entry's, the page's update `modified`), and `live blog entry N`, each entry (`liveBlogUpdate`) as
    `TIME #fragment | headline and text` (the fragment of its own address, where it gives one). Empty for
    any other page.

    A live blog runs for days, its entries each dated: dated by its first day alone, a note citing the blog
    on the day of the entry it quotes failed `date`."""
    blog = next((item for item in ld if "LiveBlogPosting" in _types(item)), None)
    if blog is None:
        return {}
    start = _first([blog], ("coverageStartTime", "datePublished"))
    opened = parse_published(start[1]) if start is not None else None
    if start is None or opened is None:
        return {}
    found: dict[str, str | None] = {}
    times = [_first([blog], (key,)) for key in ("dateModified", "coverageEndTime")]
    # The page's update (`article:modified_time`) where the item gives none.
    times.append(("modified", modified) if modified else None)
    updates = blog.get("liveBlogUpdate")
    entries = updates if isinstance(updates, list) else [updates]
    for item in entries[:_MAX_LIVE_ENTRIES]:
        if not isinstance(item, dict):
            continue
        written = _first([item], ("datePublished", "dateCreated", "dateModified"))
        times.append(written)
        if written is None:
            continue
        words = (_value(_first([item], (key,))) for key in ("headline", "articleBody", "text"))
        text = " ".join(_as_text(each) for each in words if each)
        # The entry's own address (`https://…/live/…#block-61eb0c1f`), which a note may cite.
        named = _entry_s_name(_value(_first([item], ("url", "@id"))) or "")
        if text or named:
            found[f"live blog entry {len(found) + 1}"] = f"{written[1][:40]}{named} | {text}"
    parsed = ((value[1], parse_published(value[1])) for value in times if value is not None)
    latest = max(((when.at, value) for value, when in parsed if when is not None), default=None)
    end = latest[1] if latest is not None and latest[0] > opened.at else start[1]
    return {"live blog": f"{start[1][:40]} to {end[:40]}"} | found


# A page whose address or title says it is live (`/live/`, `/liveblog/`, `/live-news/`, `…-live`, `live-…`,
# "Ukraine war live:", "as it happened", "Liveticker"): only such a page's entries are read from its markup
# (`_entries_in_the_markup`). Every quantifier bounded; matched against an address's path or a title.
_LIVE_ADDRESS = on_first_use(
    r"(?:^|[/_-])(?:live|liveblog|live-?blog|live-?news|live-?updates?|live-?coverage|liveticker|newsticker"
    r"|en-direct|directo|en-vivo)(?=$|[/_?#.-])",
    re.IGNORECASE,
)
_LIVE_TITLE = on_first_use(
    r"\b(?:live|liveblog|as it happened|live updates|liveticker|newsticker|en direct|en vivo|en directo)\b"
    r"|\b(?:онлайн|прямой эфир|трансляция)(?!\w)",
    re.IGNORECASE,
)
# The elements a live blog's markup sets each entry in, named by its id (`<article id="block-61eb…">`, the
# BBC's `<article id="post_61eb…">`, `<li id="…">`, `<div id="h_1a2b…">`), and how far up from the entry's
# `<time>` the one that holds it is looked for.
_LIVE_ENTRY_TAGS = frozenset(("article", "section", "li", "div"))
_ENTRY_REACH = 8
_MAX_ENTRY_LINKS = 20
_MAX_ENTRY_TEXT = 500


def _reads_as_live(addresses: tuple[str | None, ...], titles: tuple[str | None, ...]) -> bool:
    """Whether a page's address or title says it is a live blog (the cheap facts read before its markup is
    searched for entries)."""
    try:
        paths = [urlsplit(address[:2000]).path for address in addresses if address]
    except ValueError:  # an address that names no host
        paths = []
    return any(_LIVE_ADDRESS().search(each) for each in paths) or any(
        _LIVE_TITLE().search(title[:_MAX_HEADING]) for title in titles if title
    )


# A live blog's entry read from its markup: its time as written, its name (` #block-61eb…`), its opening
# words, its time as read, and its element.
_MarkedEntry = tuple[str, str, str, PublishedTime, LexborNode]


def _entries_in_the_markup(
    tree: LexborHTMLParser, event_times: frozenset[str] = frozenset()
) -> list[_MarkedEntry]:
    """A live blog's entries as its markup sets them, where no `LiveBlogPosting` gives them: each an element
    of its own id (`_LIVE_ENTRY_TAGS`) holding a `<time datetime>` (its first that gives no update, nor one
    in its prose), not in a side block (a comment, the site's "latest" widget). Each as (time as written,
    its name as its address gives it: a permalink it holds, else its id, text, time as read); none where
    fewer than `_MIN_ENTRIES` are found: a page of one or two dated parts is an article."""
    layout = _PageLayout(tree)
    seen: set[int] = set()
    entries: list[_MarkedEntry] = []
    for node in _dated_times(tree)[:_MAX_TIMES]:
        if len(entries) >= _MAX_LIVE_ENTRIES:
            break
        if _marks_a_modification(node) or _in_prose(node) or _an_event_s_time(node, event_times):
            continue  # nor an event's time: a programme's dated items are no live blog's entries
        entry = next(
            (
                around
                for around in ancestors(node.parent, _ENTRY_REACH)
                if around.tag in _LIVE_ENTRY_TAGS and (around.attributes.get("id") or "").strip()
            ),
            None,
        )
        if entry is None or entry.mem_id in seen:
            continue
        seen.add(entry.mem_id)
        written = _datetime_of(node, tree)
        when = parse_published(written) if written else None
        if written is None or when is None or layout.place(entry)[0]:
            continue
        text = _opening_text(entry, node)
        if text is not None:
            entries.append((written, _entry_s_own_name(entry), text, when, entry))
    if len(entries) < _MIN_ENTRIES:
        entries = _entries_of_timestamps(tree, layout)
    return entries if len(entries) >= _MIN_ENTRIES else []


# An entry's time as its element's `data-timestamp` gives it (Automattic's Liveblog plugin, on WordPress
# news sites: `<div id="liveblog-entry-123" data-timestamp="1642948500">`): seconds since 1970, or ms.
_TIMESTAMP = on_first_use(r"\d{10}(?:\d{3})?")


def _entries_of_timestamps(tree: LexborHTMLParser, layout: _PageLayout) -> list[_MarkedEntry]:
    """A live blog's entries as elements of their own id and a `data-timestamp`, where no `<time>` dates
    them (`_entries_in_the_markup`); not in a side block."""
    entries: list[_MarkedEntry] = []
    for entry in tree.css("[id][data-timestamp]")[:_MAX_TIMES]:
        if len(entries) >= _MAX_LIVE_ENTRIES:
            break
        stamp = (entry.attributes.get("data-timestamp") or "").strip()
        if entry.tag not in _LIVE_ENTRY_TAGS or not _TIMESTAMP().fullmatch(stamp) or layout.place(entry)[0]:
            continue
        seconds = int(stamp) // (1000 if len(stamp) > 10 else 1)
        written = dt.datetime.fromtimestamp(seconds, dt.UTC).isoformat().replace("+00:00", "Z")
        when = parse_published(written)
        text = _opening_text(entry, entry)
        if when is not None and text is not None:
            entries.append((written, _entry_s_own_name(entry), text, when, entry))
    return entries


_MAX_ENTRY_NODES = 2000  # of an entry's elements and texts walked for its opening words
_UNSHOWN_TEXT_TAGS = frozenset(("script", "style", "template", "noscript"))
_ENTRY_LINE_TAGS = frozenset(("br", "h1", "h2", "h3", "h4", "h5", "h6", "header", "footer", "time", "figure"))


def _opening_text(node: LexborNode, own_time: LexborNode) -> str | None:
    """An entry's opening words, up to `_MAX_ENTRY_TEXT` characters, its scripts' and styles' left out:
    read a part at a time, so an entry holding the rest of the page (crafted, or a wrapper of the others)
    costs no more than a short one. None where they hold a `<time>` of another moment than its own
    (`own_time`), not an update's: a list of entries (the "Key events" box, each line linking one), whose
    words are several entries' and no one's of its time."""
    parts: list[str] = []
    size = 0
    own = own_time.attributes.get("datetime")
    for count, inner in enumerate(node.traverse(include_text=True)):
        if count > _MAX_ENTRY_NODES or size > _MAX_ENTRY_TEXT:
            break
        another = inner.tag == "time" and inner.attributes.get("datetime") not in (None, own)
        if another and not _marks_a_modification(inner):
            return None
        if inner.tag != "-text":
            # A block's or a line's edge parts words; an inline element's (`<b>Na</b>to`) does not.
            if inner.tag in _BLOCK_TAGS or inner.tag in _ENTRY_LINE_TAGS:
                parts.append(" ")
            continue
        if inner.parent is None or inner.parent.tag not in _UNSHOWN_TEXT_TAGS:
            parts.append((inner.text_content or "")[: _MAX_ENTRY_TEXT + 1])
            size += len(parts[-1])
    return squeeze("".join(parts))[:_MAX_ENTRY_TEXT]


def _entry_s_own_name(entry: LexborNode) -> str:
    """How a live blog's entry in the markup is named, as `_entry_s_name` writes it: by the permalink it
    holds (`?page=with:block-61eb#block-61eb`, `?post=123`, `…/h_1a2b…`) that names its id, else by its id
    (` #block-61eb`; CNN's ` /h_1a2b…`, as its entries' addresses give it)."""
    own = (entry.attributes.get("id") or "").strip()[:200]
    # Its opening's links alone, walked a node at a time: an entry may hold the rest of the page (crafted).
    opening = itertools.islice(entry.traverse(), _MAX_ENTRY_NODES)
    links = (node for node in opening if node.tag == "a" and node.attributes.get("href"))
    for link in itertools.islice(links, _MAX_ENTRY_LINKS):
        named = _entry_s_name(link.attributes.get("href") or "")
        # A query's value names it by its id's key (`?post=123` for `post-123`, the BBC's
        # `?pinned_post_locator=urn:asset:61eb…` for `post_61eb…`).
        key = named.partition("=")[2].rsplit(":", 1)[-1]
        if named[2:] == own[:60] or (named.startswith(" ?") and key and key in own):
            return named
    if any(blank.isspace() for blank in own):
        return ""
    return f" /{own[:60]}" if own.startswith("h_") else f" #{own[:60]}"


# A second publication time a live blog's `<time>`s give: an entry's, or its byline's beside its metadata's.
_TIMES_OF_ENTRIES = ("<time> the page shows", "<time> of another entry")


def _metadata_time(published: tuple[str, str] | None) -> str | None:
    """The page's publication time where its metadata gave it, not one of its entries' `<time>`s."""
    return published[1] if published and published[0] != "<time datetime>" else None


def _dated_as_a_live_blog(
    published: tuple[str, str] | None,
    other: tuple[str, str] | None,
    entries: list[_MarkedEntry],
) -> tuple[tuple[str, str] | None, tuple[str, str] | None]:
    """A live blog's publication time and other time, its entries read from its markup: dated by its first
    `<time>` (its newest entry), it is dated by its earliest entry instead, as a `LiveBlogPosting` by its
    start; and another entry's time, or one shown in its byline, is no second publication time (the date
    check reads the entries: `_live_blog_in_the_markup`)."""
    if other is not None and other[0] in _TIMES_OF_ENTRIES:
        other = None
    if published is None or published[0] == "<time datetime>":
        earliest = min(entries, key=lambda entry: entry[3].at)
        published = ("<time> of the live blog's earliest entry", earliest[0])
    return published, other


# The elements an entry credits its writer in (`<p class="block-byline">`, the BBC's
# `lx-stream-post__contributor-name`, `itemprop=author`).
_ENTRY_WRITER = (
    '[class*="byline" i], [class*="contributor" i], [class*="author" i], [itemprop~="author" i], '
    '[rel~="author" i]'
)


def _cited_entry_s_writer(
    cited_url: str, blog: dict[str, Any] | None, entries: list[_MarkedEntry]
) -> str | None:
    """The writer a live blog's entry credits, where the note's link names that entry (`#block-61eb…`,
    `?post=123`): its `liveBlogUpdate`'s `author`, else its byline in the markup. A blog is written by many,
    its page crediting one or a few: a note crediting the entry's writer warned "the source shows" another."""
    named = _entry_s_name(cited_url)
    if not named:
        return None
    updates = blog.get("liveBlogUpdate") if blog is not None else None
    for item in (updates if isinstance(updates, list) else [updates])[:_MAX_LIVE_ENTRIES]:
        if isinstance(item, dict) and _entry_s_name(_value(_first([item], ("url", "@id"))) or "") == named:
            return _name(item.get("author"))
    for _, entry_name, _, _, node in entries:
        if entry_name == named:
            credit = node.css_first(_ENTRY_WRITER)
            return _byline_text(credit) if credit is not None else None
    return None


def _live_blog_in_the_markup(
    entries: list[_MarkedEntry], published: str | None, modified: str | None
) -> dict[str, str | None]:
    """`_live_blog`'s fields for a live blog whose entries only its markup gives (`_entries_in_the_markup`):
    its span from its first time (its metadata's publication, or its earliest entry's) to its latest (an
    entry's, or its update `modified`), and each entry as `TIME #name | text`."""
    times = [(when.at, written) for written, _, _, when, _ in entries]
    for value in (published, modified):
        when = parse_published(value) if value else None
        if value and when is not None:
            times.append((when.at, value))
    start, end = min(times)[1], max(times)[1]
    found: dict[str, str | None] = {"live blog": f"{start[:40]} to {end[:40]}"}
    for number, (written, named, text, _, _) in enumerate(entries, 1):
        found[f"live blog entry {number}"] = f"{written[:40]}{named} | {text[:_MAX_ENTRY_TEXT]}"
    return found


def _entry_s_name(address: str) -> str:
    """How a live blog's entry is named in its own address, as the date check reads a note's link: ` #block-
    61eb0c1f` (its fragment), ` /h_1a2b3c4d5e6f` (CNN's entry path), ` ?post=123` (the query key naming it,
    the BBC's `?pinned_post_locator=…`); "" where the address names no entry."""
    path, _, fragment = address[:2000].partition("#")
    path, _, query = path.partition("?")
    last = path.rstrip("/").rsplit("/", 1)[-1][:60]
    asked = next((part for part in query.split("&") if part.partition("=")[0].lower() in _ENTRY_KEYS), "")
    named = (
        f" #{fragment[:60]}"
        if fragment
        else (f" /{last}" if last.startswith("h_") else (f" ?{asked}"[:61] if asked else ""))
    )
    return "" if any(blank.isspace() for blank in named[1:]) else named


def _a_day_alone(value: str) -> bool:
    """Whether a publication time is a day alone (`2022-01-21`, or its midnight, as the web extractor reads
    a page's)."""
    when = parse_published(value, midnight_is_a_day=True)
    return when is not None and when.day_only


def _a_moment_on(candidate: tuple[str, str, PublishedTime | None], day: dt.date) -> bool:
    """Whether a publication time (where, value, as read) is a moment (not a day alone) that falls on `day`
    in some zone from UTC-12 to UTC+14."""
    when = candidate[2]
    if when is None or _a_day_alone(candidate[1]):
        return False
    return (when.at - dt.timedelta(hours=12)).date() <= day <= (when.at + dt.timedelta(hours=14)).date()


_MIN_ENTRIES = 3  # dated `<time>`s in one article that make it a live blog's or a timeline's entries


def _another_entry_s_day(chosen: PublishedTime, in_article: list[str]) -> tuple[str, str] | None:
    """Where the article that dates the page holds three or more `<time>`s (a live blog's entries, a
    timeline's), the first more than `_DATES_APART` from the chosen one's: the first entry's day is not
    surely the post's (a live blog puts its newest entry first)."""
    if len(in_article) < _MIN_ENTRIES:
        return None
    for value in in_article[1:]:
        when = parse_published(value)
        if when is not None and abs(when.at - chosen.at) > _DATES_APART:
            return "<time> of another entry", value
    return None


# A paywall's own box, by the names paywall vendors and sites give it: a class or id word (split as side
# blocks' are) that is one of these, or two of them joined (Piano's `tp-modal`).
_PAYWALL_WORDS = frozenset(
    ("paywall", "paywalled", "regwall", "piano", "tpmodal", "meter", "metered", "gate", "paygate")
)
_PAYWALL_CANDIDATE_PARTS = ("paywall", "regwall", "piano", "tp-modal", "meter", "gate")
_PAYWALL_CANDIDATES = class_or_id_containing(_PAYWALL_CANDIDATE_PARTS)
# What such a box says when it stands where the rest of the article would be: subscribe (or sign in, or
# register) to go on reading. "Subscribe" alone, a newsletter or an offer is what any page's menus say.
_PAYWALL_PROMPT = on_first_use(
    r"\b(?:subscribe|sign in|log in|register|sign up)(?: now| today| for free)?"
    r" to (?:continue|keep) reading\b"
    r"|\b(?:subscribe|subscribers?) to (?:continue|read (?:this|the full|the rest)|unlock)\b"
    r"|\bto (?:continue|keep) reading,? (?:please )?(?:subscribe|sign in|log in|register)\b"
    # Substack's: "Keep reading with a 7-day free trial", "Subscribe to The Ledger to keep reading this post".
    r"|\bkeep reading with a \d{1,3}-day free trial\b"
    r"|\bsubscribe to [^.!?]{1,80} to (?:continue|keep) reading\b"
    r"|\b(?:this|the) (?:article|story|content) is (?:only |exclusively )?(?:for|available to|reserved for)"
    r" (?:subscribers|members)\b"
    # The same in the languages of the sites reports cite: Le Monde's "Il vous reste 82.23% de cet article à
    # lire. La suite est réservée aux abonnés", Spiegel's "Jetzt weiterlesen mit SPIEGEL+" and "Weiterlesen
    # mit Abo", El País's "Suscríbete para seguir leyendo", "Только для подписчиков", "Тільки для
    # передплатників", Turkish's "Okumaya devam etmek için abone olun", Arabic's "اشترك لمواصلة القراءة"
    # ("subscribe to continue reading") and "للمشتركين فقط" ("for subscribers only").
    r"|\b(?:r\u00e9serv\u00e9e?s? (?:aux|\u00e0 nos) abonn\u00e9s"
    r"|abonnez-vous pour (?:lire la suite|continuer \u00e0 lire)"
    r"|il vous reste \d{1,3}(?:[.,]\d{1,2})?\s?% de cet article \u00e0 lire"
    r"|(?:jetzt )?weiterlesen mit (?:[^.!?]{1,40}\+|abo\b|[^.!?]{1,40} abo\b)"
    r"|(?:nur|exklusiv) f\u00fcr abonnenten"
    r"|(?:suscr\u00edbete|reg\u00edstrate) para (?:seguir|continuar) leyendo|exclusivo para suscriptores"
    r"|только для (?:подписчиков|подписчиц)|оформите подписку,? чтобы (?:продолжить чтение|читать дальше)"
    r"|(?:тільки|лише) для (?:передплатників|підписників)"
    r"|доступ(?:ен|на|но) только (?:подписчикам|по подписке)"
    r"|(?:okumaya devam etmek|devam\u0131n\u0131 okumak) i\u00e7in abone olun|abonelere \u00f6zel)"
    r"|(?:اشترك|سجل)(?: الآن)? (?:لمواصلة|لمتابعة|لإكمال) القراءة|للمشتركين فقط",
    re.IGNORECASE,
)
# An offer to sign in for those who already pay: a paywall's box says it beside its prompt, but a free
# article's end may say it too, so it counts only in a box named for a paywall.
_SIGN_IN_OFFER = on_first_use(
    r"\balready a (?:subscriber|member)\b|\bd\u00e9j\u00e0 abonn\u00e9|\bsie sind bereits abonnent"
    r"|\bya (?:eres|soy) suscriptor",
    re.IGNORECASE,
)
# A paywalled page shows its headline and an opening of a few paragraphs; an article shown whole is longer.
_TEASER_CHARS = 1500
_MAX_PAYWALL_BOXES = 50
_MAX_PROMPT_TEXT = 2000
# A box in the site's navigation, banner or footer is the site's offer, not a wall over this article.
_PAYWALL_CHROME = Chrome("nav", "header", "footer")


def _names_paywall(value: str) -> bool:
    return names_one_of(value, _PAYWALL_WORDS)


def _paywall_prompt(tree: LexborHTMLParser, html: str) -> str | None:
    """A subscribe-to-continue prompt in a box named for a paywall, shown beside a text of its own too short
    to be a whole article; None on any other page (a Subscribe link in the menus, a newsletter box, a meter's
    prompt beside an article shown whole)."""
    for node in tree.css(_PAYWALL_CANDIDATES)[:_MAX_PAYWALL_BOXES]:
        named = (node.attributes.get(name) or "" for name in ("class", "id"))
        if not any(_names_paywall(value) for value in named) or not _PAYWALL_CHROME.shows(node):
            continue
        box = squeeze(node.text(separator=" "))[:_MAX_PROMPT_TEXT]
        prompt = _PAYWALL_PROMPT().search(box) or _SIGN_IN_OFFER().search(box)
        if prompt is None:
            continue
        # Asked only of a page with such a prompt: its own text is read by parsing it again.
        own = max(0, len(own_text(html)) - len(box))
        if own >= _TEASER_CHARS:
            return None
        return f"the page shows {own} characters of its own and a paywall's prompt {prompt.group(0)!r}"
    return None


# A word each of `_PAYWALL_PROMPT`'s prompts holds, lowercased: an article whose text holds none is not
# searched for one.
_PROMPT_STEMS = (
    *("continue reading", "keep reading", "subscri", "members", "abonn", "il vous reste", "weiterlesen"),
    *("leyendo", "suscriptores", "подпис", "передплат", "підпис", "abone", "القراءة", "للمشتركين"),
)
_PROMPT_LEAD = 40  # a prompt opens its element: after a bullet or a word at most ("Premium: Subscribe …")


def _unmarked_paywall_prompt(tree: LexborHTMLParser, article: tuple[LexborNode, str] | None) -> str | None:
    """A subscribe-to-continue prompt (`_PAYWALL_PROMPT`) opening an element of the `article` holding the
    headline (`_short_article`), in no box named for a paywall, where the article shows a text too short to
    be whole beside it: a teaser page ("Subscribe to continue reading.") whose wall no class names was read
    as the whole article. An offer to sign in alone (`_SIGN_IN_OFFER`), or a prompt beside a whole article,
    is none."""
    if article is None:
        return None
    block, whole = article
    lowered = whole.lower()
    if not any(stem in lowered for stem in _PROMPT_STEMS):
        return None
    layout = _PageLayout(tree)
    for element in _text_elements(block):
        said = squeeze(element.text(separator=" ")[: _MAX_PROMPT_TEXT * 2])[:_MAX_PROMPT_TEXT]
        prompt = _PAYWALL_PROMPT().search(said)
        if prompt is None or prompt.start() > _PROMPT_LEAD or "newsletter" in said.lower():
            continue  # "Subscribe to our newsletter to continue reading the day's stories" offers another
        if not _PAYWALL_CHROME.shows(element) or layout.place(element)[0]:
            continue  # the site's offer in its menus, or a box beside the article's text (`<aside>`)
        shown = max(0, len(whole) - len(said))
        if shown >= _TEASER_CHARS:
            return None
        return f"the article shows {shown} characters and a prompt {prompt.group(0)!r} after them"
    return None


def _paywall(
    ld: list[dict[str, Any]],
    micro: list[dict[str, Any]],
    tree: LexborHTMLParser,
    html: str,
    metas: dict[str, str],
    article: tuple[LexborNode, str] | None = None,
) -> str | None:
    """Why the page may show only the opening of its article, if it may: its structured data says the
    article is not free to read (or its `article:content_tier` says `locked`, OpenGraph's word for it), or a
    paywall's prompt stands beside a short text, in a box named for a paywall or opening a line of the
    `article` (`_short_article`). A `metered` tier is shown whole to a reader
    under the meter's count, as the capture is."""
    marked = _not_free(ld, "JSON-LD") or _not_free(micro, "microdata")
    if marked is None and (meta_content(metas, "article:content_tier") or "").lower() == "locked":
        marked = "article:content_tier locked"
    if marked is not None:
        return f"the page marks its article as not free to read ({marked})"
    return _paywall_prompt(tree, html) or _unmarked_paywall_prompt(tree, article)


# A server's or a framework's error answered 200 in a short body of text or JSON (`Not Found`, `404 page not
# found`, `{"error": "Not Found"}`, `{"detail": "Not found."}`): no document, whatever its type.
_MAX_ERROR_BODY = 2000
_MAX_ERROR_VALUES = 20
_ERROR_TEXT_CHARS = 400
_PLAIN_TYPES = ("text/plain", "application/json", "application/problem+json", "text/json")


def _error_answer(response: StoredResponse, kind: str) -> str | None:
    """What a short text or JSON answer says when all it says is an error (its text, or one of its JSON
    string values, say only "not found"); None for any other answer, or a longer one."""
    body = response.body
    if response.cut or len(body) > _MAX_ERROR_BODY or kind.lower() not in _PLAIN_TYPES:
        return None
    text = body.decode("utf-8", errors="replace").strip()
    # A text says only an error when it is as short as an error page's (a document may hold the words).
    said: list[str] = [text] if len(text) < _ERROR_TEXT_CHARS else []
    if text.startswith("{"):
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):  # `{"a": [[[[…` two thousand bytes deep
            data = None
        if isinstance(data, dict):  # an error's members: `{"error": "...", "message": "..."}`
            said = [value for value in list(data.values())[:_MAX_ERROR_VALUES] if isinstance(value, str)]
            nested = data.get("error")  # `{"error": {"code": 404, "message": "Not Found"}}`
            if isinstance(nested, dict):
                said += [
                    value for value in list(nested.values())[:_MAX_ERROR_VALUES] if isinstance(value, str)
                ]
    for value in said:
        found = error_message(value.replace("_", " "), SENTENCE_STOPS)
        if found is not None:
            return f"the {kind} answer says only {escape_unprintable(found[:120])!r}"
    return None


def _is_pdf(content_type: str, body: bytes) -> bool:
    return content_type.lower() in _PDF_TYPES or is_pdf(body)


def _read_pdf(response: StoredResponse, platform: Platform) -> SourcePost:
    """A cited PDF (a government report, a court filing): its pages' text and its /Title, read by the report
    reader's PDF parser within the same limits. The /Title is its title only where its opening pages show
    it (`_shows_its_title`): a file made from another's (last year's report, a template) keeps that one's
    /Title, and "Microsoft Word - draft.docx" names no document; the title check then reads the document's
    opening, as a reader does, and the /Title stays in `fields`. Its /Author stays in `fields`: the metadata
    names whoever made the file (a clerk, a word processor's user), often not who the document names as its
    author; its CreationDate is when the file was made, not when the document was published, so no date is
    read. A PDF that parser refuses, or a body cut before its end (its cross-reference table, at the end, is
    missing, and the text read would be a part taken for the whole), is said to be unread, and why."""
    from provenance.readers.interface import ReaderError  # the readers only when a PDF is cited
    from provenance.readers.pdf import read_pdf_text

    content_type = {"Content-Type": response.header("Content-Type")}
    if response.cut:
        why = "the capture holds only the start of it (cut at --max-bytes, or by the server)"
        return SourcePost(
            platform=platform,
            url=response.uri,
            fields=raw_fields(content_type),
            unread=f"its PDF body is not read: {why}",
        )
    try:
        document = read_pdf_text(response.body, MAX_TEXT)
    except ReaderError as error:
        return SourcePost(
            platform=platform,
            url=response.uri,
            fields=raw_fields(content_type),
            unread=f"its PDF body is not read: {escape_unprintable(str(error))[:300]}",
        )
    title = escape_unprintable(document.title) if document.title else None
    author = escape_unprintable(document.author) if document.author else None
    shown = title if title and _shows_its_title(document.text, title) else None
    unshown = "its pages do not show it" if title and not shown else None
    dateline = _pdf_dateline(document.text)
    return SourcePost(
        platform=platform,
        url=response.uri,
        title=shown,
        published=dt.datetime.fromisoformat(dateline[1]).replace(tzinfo=dt.UTC) if dateline else None,
        published_from=f"the dateline on its first page ({dateline[0]!r})" if dateline else None,
        published_day_only=dateline is not None,
        text=document.text,
        fields=raw_fields(
            content_type | {"PDF /Title": title, "PDF /Title unread": unshown, "PDF /Author": author}
        ),
    )


# The lines of a PDF's opening searched for its dateline, a line of its own that is only a place and a day
# (`Geneva, 2 April 2024`), as a report's cover, a letter's head or a statement sets it: read nowhere, a
# document that dates itself so had no date, and a note citing its day warned.
_DATELINE_LINES = 20
_DATELINE_CHARS = 3000


def _pdf_dateline(text: str) -> tuple[str, str] | None:
    """(the line as written, its ISO day) of the one dateline among the opening lines of a PDF's text (with
    its year: `_place_and_day_alone`, or a press release's line of its release day: `_release_line_day`);
    None where there is none, or where two give different days (a
    timeline's entries, a letter answering another's of an earlier day)."""
    found: dict[str, str] = {}
    for line in text[:_DATELINE_CHARS].splitlines()[:_DATELINE_LINES]:
        shown = squeeze(line)
        read = (
            _place_and_day_alone(shown) or _release_line_day(shown) if len(shown) <= _DATELINE_ALONE else None
        )
        if read is not None and read[1] is not None:
            found.setdefault(read[1], shown)
    if len(found) != 1:
        return None
    ((day, shown),) = found.items()
    return shown, day


# A press release's line of the day it was released (`For immediate release: 13 March 2024`, `FOR IMMEDIATE
# RELEASE - 13 March 2024`, `Release date: 13 March 2024`): the label, a colon or dash, the day alone.
# Not an embargo's line, which gives the moment a release may first be published, often days after it was
# sent. Bounded: the label's words, then at most three marks.
_RELEASE_LINE = on_first_use(
    r"(?:for\s{1,3}immediate\s{1,3}release|release\s{1,3}date|date\s{1,3}of\s{1,3}release)"
    r"\s{0,3}[:,\u2013\u2014-]?\s{0,3}",
    re.IGNORECASE,
)


def _release_line_day(shown: str) -> tuple[str, str | None] | None:
    """(the day as written, its ISO day) of a press release's line of its release day (`_RELEASE_LINE`):
    read nowhere, a release the PDF dates only so showed no publication date, and a note of its day
    warned."""
    label = _RELEASE_LINE().match(shown)
    if label is None or label.end() == len(shown):
        return None
    return _a_dateline_s_day(shown[label.end() :].strip())


# The opening of a document where its title stands (a cover, a first page's heading) ...
_TITLE_PAGES_CHARS = 3000
_MAX_TITLE_WORDS = 60
_TITLE_WORDS = on_first_use(r"\w+")


def _shows_its_title(text: str, title: str) -> bool:
    """Whether the opening of a PDF's text shows its /Title's words, in their order, one after another (case,
    punctuation and line breaks aside)."""
    wanted = _TITLE_WORDS().findall(title.casefold())[:_MAX_TITLE_WORDS]
    if not wanted:
        return False
    shown = " ".join(_TITLE_WORDS().findall(text[:_TITLE_PAGES_CHARS].casefold()))
    return f" {' '.join(wanted)} " in f" {shown} "


# A page's `<html lang>` is its site's template's language: a multilingual outlet's Spanish article on its
# English template, a site that declares `en` on every page, was said to be in English. Its words are looked
# at (`latin_words.standing_language`: their script, and for a Latin language its commonest words) only where
# it declares a language whose script or words tell it apart, and the text is long enough to say anything.
_LANGUAGES_TOLD_APART = frozenset(
    ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "be", "bg", "ar", "fa", "he", "el", "ja",
     "zh", "ko", "th", "ka", "hy", "hi")
)  # fmt: skip
_FEWEST_CHARACTERS = 80  # a shorter text (a caption, a title) says nothing of the page's language
PAGE_TEMPLATE = "the page's `<html lang>`, most often its site's template's language, whatever the article's"
# The other places a page declares its article's language, each as `fields["language from"]` names it: the
# article item's own first, then, where neither it nor `<html lang>` stands, the page's other tags.
ARTICLE_ITEM = "the article's JSON-LD `inLanguage`"
_LOCALE = "the page's `og:locale`"
_CONTENT_LANGUAGE = "the page's `<meta http-equiv=content-language>`"
_LANGUAGE_META = "the page's `<meta name=language>`"
# Last, where the page declares nothing its words do not gainsay: the answer's header, site-wide.
CONTENT_LANGUAGE_HEADER = "the answer's `Content-Language` header, most often its site's"
# A language named, not coded (`<meta name="language" content="Ukrainian">`, `"inLanguage": "Español"`).
_LANGUAGE_NAMES = {
    "english": "en", "german": "de", "deutsch": "de", "french": "fr", "fran\u00e7ais": "fr", "spanish": "es",
    "espa\u00f1ol": "es", "italian": "it", "italiano": "it", "portuguese": "pt", "portugu\u00eas": "pt",
    "dutch": "nl", "nederlands": "nl", "polish": "pl", "polski": "pl", "russian": "ru",
    "\u0440\u0443\u0441\u0441\u043a\u0438\u0439": "ru", "ukrainian": "uk",
    "\u0443\u043a\u0440\u0430\u0457\u043d\u0441\u044c\u043a\u0430": "uk", "belarusian": "be",
    "bulgarian": "bg", "arabic": "ar", "persian": "fa", "farsi": "fa", "hebrew": "he", "greek": "el",
    "japanese": "ja", "chinese": "zh", "korean": "ko", "thai": "th", "georgian": "ka", "armenian": "hy",
    "hindi": "hi", "turkish": "tr", "t\u00fcrk\u00e7e": "tr",
}  # fmt: skip
_LANGUAGE_CODE = on_first_use(r"[a-z]{2,3}")
_NO_LANGUAGE = frozenset(("und", "mul", "zxx", "mis"))  # undetermined, several, none, uncoded: no language


def _language_code(value: object) -> str | None:
    """The language a page's declaration names (`uk_UA`, `es-419`, `Ukrainian`, a JSON-LD `Language` item
    with its code or name): its primary subtag, lowercase; None for none, or several (`de, en`)."""
    if isinstance(value, list):
        value = value[0] if len(value) == 1 else None
    if isinstance(value, dict):
        value = value.get("alternateName") or value.get("name")
    if not isinstance(value, str) or "," in value:
        return None
    written = value.strip()[:40].casefold()
    code = written.replace("_", "-").split("-")[0]
    if _LANGUAGE_CODE().fullmatch(code):
        return None if code in _NO_LANGUAGE else code
    return _LANGUAGE_NAMES.get(written)


def _standing(code: str, text: str, by: str) -> tuple[bool, str | None]:
    """(whether the language `code`, declared by `by`, stands: the words do not gainsay it, or cannot tell;
    why it was set aside, or None)."""
    if code not in _LANGUAGES_TOLD_APART or len(text) < _FEWEST_CHARACTERS:
        return True, None
    from provenance.extractors.latin_words import standing_language  # only a page declaring such a language

    chosen, set_aside = standing_language([code], text, by)
    return chosen is not None, set_aside


def _page_language(
    declared: str | None,
    text: str,
    article_s: object = None,
    others: Callable[[], list[tuple[object, str]]] | None = None,
) -> tuple[str | None, str | None, str | None]:
    """(the page's language, where its words do not gainsay it; the declaration it is from (`PAGE_TEMPLATE`,
    `ARTICLE_ITEM`, ...); where none stands, why the first was set aside, else None).

    The article item's own `inLanguage` (`article_s`) and `<html lang>` (`declared`) first: where both stand
    and differ, and the words tell neither apart, the page's language is not said. Where neither stands, the
    page's other declarations (`others`: `og:locale`, `content-language`, `<meta name=language>`), in order.
    A Ukrainian outlet's page declaring only `og:locale` `uk_UA`, or a Spanish article whose item says `es` on
    an English template, was said to be in no language, or in English."""
    html_code = (declared or "").strip().split("-")[0].split("_")[0].lower()[:20] or None
    item_code = _language_code(article_s)
    set_aside: str | None = None
    standing: list[tuple[str, str]] = []
    tried: set[str] = set()
    # An item saying what `<html lang>` says adds nothing: the template's declaration, named as such.
    item_code = item_code if item_code != html_code else None
    for code, by in ((item_code, ARTICLE_ITEM), (html_code, PAGE_TEMPLATE)):
        if code is None:
            continue
        tried.add(code)
        stands, why = _standing(code, text, by)
        if stands:
            standing.append((code, by))
        set_aside = set_aside or why
    if len(standing) > 1:
        (first, first_by), (second, second_by) = standing
        said = f"{first[:20]}: declared by {first_by}, {second[:20]}: by {second_by}"
        return None, None, f"{said}; the words tell neither apart"
    if standing:
        return standing[0][0], standing[0][1], None
    for value, by in others() if others is not None else ():
        code = _language_code(value)
        if code is None or code in tried:
            continue
        tried.add(code)
        stands, why = _standing(code, text, by)
        if stands:
            return code, by, None
        set_aside = set_aside or why
    return None, None, set_aside


def _other_language_declarations(
    og: dict[str, str], metas: dict[str, str], tree: LexborHTMLParser, header: str | None = None
) -> list[tuple[object, str]]:
    """The page's declarations of its language other than `<html lang>` and its article item's, then the
    answer's `Content-Language` `header`, in the order `_page_language` reads them; asked only of a page where
    neither of those stands. A Ukrainian page declaring nothing but that header was said to be in none."""
    head = tree.head
    node = head.css_first("meta[http-equiv=content-language i]") if head is not None else None
    return [
        (og.get("og:locale"), _LOCALE),
        (node.attributes.get("content") if node is not None else None, _CONTENT_LANGUAGE),
        (meta_content(metas, "language", "content-language"), _LANGUAGE_META),
        (header, CONTENT_LANGUAGE_HEADER),
    ]


def read_web_page(
    cited_url: str, response: StoredResponse, platform: Platform = Platform.WEB, main_text: bool = True
) -> SourcePost:
    """What an HTML page says about itself; a PDF, its text and title (`_read_pdf`); a short text or JSON
    answer that says only "not found", a soft 404 (`_error_answer`); any other answer, only its type.

    The page is parsed once for every field read here. Its main text (without navigation and boilerplate)
    is read only when `main_text` says a check will look for words in it, or when the page has no title
    (the title check then reads the text's opening words); else the text is the page's whole visible text,
    as `fields["text"]` says, and nothing a check compares is left unread.
    """
    empty = empty_answer(response)
    if empty is not None:
        return SourcePost(
            platform=platform, url=response.uri, problem=empty.problem, problem_detail=empty.detail
        )
    if not is_html(response):
        kind = escape_unprintable((response.header("Content-Type") or "").partition(";")[0].strip()[:60])
        if _is_pdf(kind, response.body):
            return _read_pdf(response, platform)
        error = _error_answer(response, kind)
        if error is not None:
            return SourcePost(
                platform=platform,
                url=response.uri,
                problem="soft-404",
                problem_detail=error,
                fields=raw_fields({"Content-Type": response.header("Content-Type")}),
            )
        # Another kind of document has a text, a date and an author, but not one this reader reads: the
        # checks say so rather than that the source has none.
        return SourcePost(
            platform=platform,
            url=response.uri,
            fields=raw_fields({"Content-Type": response.header("Content-Type")}),
            unread=f"its {kind or 'untyped'} body is not read",
        )
    html = decode_html(response)
    if not html and response.body:
        return SourcePost(
            platform=platform,
            url=response.uri,
            fields={"not read": f"the markup nests deeper than {MAX_NESTING} levels"},
        )
    tree = parse_html(html)
    # A Wayback Machine copy is read as the page at its original address: the archive writes its prefix
    # before the page's own addresses (its canonical link, its og:url), and its host names no site.
    own_url = _copied_address(response.uri, response.uri)
    if own_url != response.uri and _without_the_archive_s_insert(tree, response.uri):
        # Judged, and read, without what the archive put in the page: none of it is the page's.
        html = tree.html or html
    data = _embedded(html, response.uri, tree)
    og = opengraph_properties(tree)
    ld = _without_an_article_s_media(list(_items(data.get("json-ld"))), og)
    micro = _microdata_items(data)
    metas = meta_tags(tree)
    page_heading = page_title(tree)
    publisher = og.get("og:site_name") or _name(next((i["publisher"] for i in ld if "publisher" in i), ""))
    application = meta_content(metas, "application-name")
    og_title = shown_references(og["og:title"]) if og.get("og:title") else None
    if og_title and _names_the_site(og_title, [publisher, application], own_url, page_heading):
        og_title = None
    canonical_node = _canonical_link(tree)
    canonical = canonical_node.attributes.get("href") if canonical_node is not None else None
    og_url = og.get("og:url")
    if own_url != response.uri:
        canonical = _copied_address(canonical, response.uri) if canonical else canonical
        og_url = _copied_address(og_url, response.uri) if og_url else og_url
    # OpenGraph tags an SEO plugin gives every page as the home page's (`og:url` the site's home, on an
    # article's address): their title is the site's tagline ("City Ledger - News from the river towns"),
    # their description the site's, and a note citing the article's headline warned of another.
    home_s_tags = bool(og_url) and _the_home_page_s_tags(og_url or "", own_url)
    if home_s_tags and og_title and not _opens_the_title(og_title, page_heading):
        og_title = None
    addresses = dict.fromkeys((cited_url, response.uri, own_url, canonical, og_url, og.get("og:url")))
    page = frozenset(
        _page_key(address, host_too) for address in addresses if address for host_too in (True, False)
    )
    headline = _value(_first(_not_of_another_page(_content_items(ld), page), ("headline", "name")))
    title = og_title or (_as_text(headline) if headline else None) or page_heading
    # The article's own items: a related story's card in a side block may carry its `NewsArticle` item.
    dating_ld = (
        _without_an_article_s_media(_json_ld_outside_side_blocks(tree, response.uri, ld), og) if ld else ld
    )
    author, outlet_author, byline, meta_overruled = _author(
        dating_ld, micro, metas, tree, [publisher, application], own_url, page
    )
    # A wire's dateline without its year on a page whose own dates give none: read by the date check, which
    # says why the page has no day.
    unyeared: list[str] = []
    published, other_published = _published(
        dating_ld, og, micro, metas, tree, html, page, own_url, capture_day(response), unyeared
    )
    # Kept beside a publication time too: a note citing the "Updated" day a page shows is told so by `date`.
    modified = _modified(dating_ld, metas, tree, page)
    # A live blog whose entries only its markup gives (no `LiveBlogPosting`, or one without its
    # `liveBlogUpdate`s): read where its address or title says it is live, or its item that it is one, before
    # the tree loses its invisible parts.
    blog = next((item for item in ld if "LiveBlogPosting" in _types(item)), None)
    marked_entries = (
        _entries_in_the_markup(tree, _event_times(ld))
        if (blog is not None and not blog.get("liveBlogUpdate"))
        or (blog is None and _reads_as_live((cited_url, own_url), (og_title, page_heading)))
        else []
    )
    if marked_entries:
        published, other_published = _dated_as_a_live_blog(published, other_published, marked_entries)
    # The writer of the entry the note's link names, beside the blog's: a note crediting it warned.
    writer = _cited_entry_s_writer(cited_url, blog, marked_entries) if blog or marked_entries else None
    if writer and (not author or _squashed(writer) not in _squashed(author)):
        author = f"{author}, {writer}" if author else writer
    when: PublishedTime | None = parse_published(published[1], midnight_is_a_day=True) if published else None
    html_node = first_named(tree, "html")
    language = html_node.attributes.get("lang") if html_node is not None else None
    heading = first_named(tree, "h1")
    heading_text = squeeze(heading.text())[:_MAX_HEADING] if heading is not None else None
    from_heading = _headline_in_the_h1(title, heading_text, tree, [publisher, application], own_url)
    title = from_heading or title
    if title and not og_title and not from_heading and headline and title == _as_text(headline):
        # The article item's headline, cut where search engines cut one: the page's own, whole.
        title = _uncut(title, (heading_text, page_heading)) or title
    has_scripts = tree.css_first("script") is not None
    viewed_pdf = _viewed_pdf(tree, response.uri) if platform is Platform.WEB else None
    shown_text = visible_text_of(tree)  # last: it strips the tree's invisible elements
    numeric_day: dict[str, str] = {}
    if published and published[0] == "htmldate":
        declared = [og.get("og:locale") or "", language or ""]
        # With its `<time>`s' values, which htmldate reads too (`<time datetime="12/03/2024">`).
        times = (node.attributes.get("datetime") or "" for node in tree.tags("time")[:_MAX_TIMES])
        said = " ".join((shown_text, *times))
        published, numeric_day = _in_the_page_s_order(published, said, dating_ld, metas, own_url, declared)
        when = parse_published(published[1], midnight_is_a_day=True)
    # Read before the article's text, which may take the version list out of the tree as a side block.
    preprint_versions = _arxiv_versions(response.uri, shown_text) or _rxiv_versions(
        response.uri, canonical, tree, shown_text
    )
    version_shown = _rxiv_version_shown(response.uri, canonical) if preprint_versions else None
    if modified is None or not _a_later_day(modified, published[1] if published else None):
        # Metadata that says the page changed no later than the day it was published (a CMS writes its
        # `dateModified` as its `datePublished`) is overruled by the "Updated" line the page shows a later
        # day in: kept as the metadata's, the update went unsaid beside a changed headline.
        shown_update = _update_line_day(
            shown_text, tree, lambda: _page_s_countries(own_url, og, tree, dating_ld)
        )
        if modified is None or (shown_update is not None and _a_later_day(shown_update, modified)):
            modified = shown_update
    problem = page_problem(
        cited_url,
        response.uri,
        page_heading,
        shown_text,
        has_scripts,
        heading_text,
        html=html,
        tree=tree,
        cut=response.cut,
        refresh_header=response.header("Refresh"),
    )
    if problem is None:
        problem = _redirected_to_a_listing(cited_url, response.uri, tree, ld, og, html)
    lowered = shown_text.lower() if problem is None else ""
    note_text = _note_text(shown_text, lowered) if problem is None else ""  # read by both searches for a note
    retraction = _retraction(tree, page_heading, note_text) if problem is None else None
    problem = problem or retraction
    # A retracted article's words are read all the same, kept beside its problem: a report that says the
    # piece was retracted ("the study, since retracted, claimed …") cites them as retracted words, and the
    # checks compare them (`checks.retraction`). Other problems a page shows end its reading, as before.
    reading = problem is None or problem is retraction
    # The article's block where it is short: a notice may stand in its place, or a prompt end its teaser.
    article = _short_article(tree) if problem is None else None
    if problem is None:
        problem = _notice_in_place_of_the_article(tree, article)
    if problem is None:
        problem = _notice_after_the_article(tree)
    cited_path, final_path = _path_segments(cited_url), _path_segments(response.uri)
    # An AMP address sent to its article is judged as that article's address answered (`_amp_variant_of`).
    answered_at = response.uri if _amp_variant_of(cited_path, final_path) else cited_url
    if problem is None and not response.cut and _path_segments(answered_at) == final_path:
        names_itself = canonical or og_url
        problem = _listing_in_place_of_the_article(answered_at, tree, html, ld, og, names_itself)
        if problem is None:
            site = [publisher, application]
            problem = _home_page_in_place_of_the_article(answered_at, tree, ld, og, names_itself, site)
        if problem is None and answered_at == cited_url:
            problem = _another_article_s_variant(cited_url, names_itself)
    paywall = _paywall(ld, micro, tree, html, metas, article) if reading else None
    # A tag's or a search's page cited as itself dates nothing: its days are its cards' stories'.
    listing = _a_listing_s_own_page(tree, response.uri, ld, og) if problem is None and published else None
    if listing is not None:
        published, other_published, when = None, None, None
    title = squeeze(title) if title else None
    # A later page of a paginated article is titled with its number ("… (page 2)"): not the article's title.
    page_number = _page_number(cited_url) if title else None
    title = _without_page_marker(title, page_number) if title and page_number else title
    # So is a print version ("… (print version)").
    title = _without_print_marker(title) if title and _names_a_print_version(cited_url) else title
    # The publisher's correction notes out of the tree first: one set apart in an `<aside>` of its own is no
    # side block's words (`_in_a_note_s_aside`), and read as one, a figure it withdrew was the sidebar's.
    corrected = _without_correction_notes(tree, note_text) if reading else None
    # Read before the article's text, which may take the side blocks out of the tree.
    comment_blocks: list[LexborNode] = []
    outside = _outside_the_article(tree, comment_blocks) if main_text and reading else {}
    # And out of the article's text, kept with what stands outside it: its lines linking other stories.
    related = _related_story_lines(tree, lowered) if main_text and reading else []
    if related:
        said = " | ".join(squeeze(node.text(separator=" ")) for node in related)
        elsewhere = outside.get("elsewhere_on_the_page")
        outside["elsewhere_on_the_page"] = (f"{elsewhere} | {said}" if elsewhere else said)[:MAX_OUTSIDE_TEXT]
        comment_blocks.extend(related)
    # Where a live blog's older entries, or a paginated article's next part, go on: words quoted from them are
    # not on this page (read by the quote check, which says so where it does not find them).
    continues_at = _continues_at(tree, response.uri) if main_text and reading else None
    if continues_at is None and main_text and reading and (blog is not None or marked_entries):
        continues_at = _loads_more(tree)  # a live blog's older entries fetched by its script, on a click
    entry_elsewhere = _entry_not_on_the_page(cited_url, html) if continues_at else None
    # The posts the article embeds (an X post's `blockquote.twitter-tweet`, …): out of its text too, kept
    # apart with who wrote them; their words quoted as the article's passed. (Not a platform's own page read
    # as a web page: its post is the page's content.) One in a comment goes with the comment.
    embedded = _embedded_post_nodes(tree, html) if main_text and reading and platform is Platform.WEB else []
    if embedded:
        in_comments = {block.mem_id for block in comment_blocks}
        embedded = [pair for pair in embedded if not any(a.mem_id in in_comments for a in ancestors(pair[0]))]
        in_posts = {node.mem_id for node, _ in embedded}
        comment_blocks = [b for b in comment_blocks if not any(a.mem_id in in_posts for a in ancestors(b))]
    embedded_posts = [_embedded_post(node, name) for node, name in embedded[:_MOST_RECORDED_POSTS]]
    for node, _ in embedded:
        node.decompose()
    # Out of the text too: trafilatura keeps a comment section it does not know (wpDiscuz's `wpd-comment`,
    # Facebook's `fb-comments`), and a reader's words passed a quote as the article's; and an AMP page's
    # menu drawer and consent dialog, which opened its text.
    for block in reversed(comment_blocks):
        block.decompose()
    if main_text or not title:
        # Without its correction notes, where it has any (the tree has lost them, and what no reader sees);
        # with the quotations it sets in figures.
        unwrapped = _without_quotations_figures(tree)
        unmarked = _without_footnote_marks(tree)
        changed = corrected or comment_blocks or embedded or unwrapped or unmarked
        text_html = (tree.html or html) if changed else html
        # Read before the text, whose fallback takes the side blocks out of the tree.
        quotation_blocks = _quotation_blocks(tree) if main_text and reading else []
        text, text_from = _main_text(text_html, lambda: _content_text(tree)), None
        set_apart = _blocks_in_the_text(quotation_blocks, text)
        if embedded_posts and not _has_own_words(text, title):
            # A page that is only the posts it embeds (a headline over them): they are what it shows.
            text = "\n".join((text, *(post.words for post in embedded_posts))).strip()[:MAX_TEXT]
    else:
        text, text_from = shown_text[:MAX_TEXT], "the visible text (no quoted words to look for)"
        set_apart = {}
    shown_elsewhere = (
        viewed_pdf if viewed_pdf is not None and reading and _has_few_words_of_its_own(text, title) else None
    )
    article_items = [item for item in _not_of_another_page(dating_ld, page) if _types(item) & _ARTICLE_TYPES]
    language, language_from, language_set_aside = _page_language(
        language,
        text,
        next((item["inLanguage"] for item in article_items if item.get("inLanguage")), None),
        lambda: _other_language_declarations(og, metas, tree, response.header("Content-Language")),
    )
    return SourcePost(
        platform=platform,
        url=response.uri,
        canonical_url=canonical or (None if home_s_tags else og_url),
        author=author,
        publisher=publisher,
        published=when.at if when else None,
        published_day_only=when.day_only if when else False,
        published_from=published[0] if published else None,
        # A viewer's page: its `<title>` (`report.pdf`, the document's name) and its few words are the
        # shell's, not the document's. Given as the page's, a note's title passed on them and its quote
        # could: the checks say the document is elsewhere (`unread`); the shell's title and words are kept
        # in `fields`.
        title=None if shown_elsewhere else title,
        text="" if shown_elsewhere else text,
        unread=f"a viewer's page: its document is the PDF {shown_elsewhere}, not read here"
        if shown_elsewhere
        else None,
        language=language,
        problem=problem.problem if problem else None,
        problem_detail=problem.detail if problem else None,
        partial="paywall" if paywall else ("elsewhere" if shown_elsewhere else None),
        partial_detail=f"{paywall}; the capture may hold only its opening"
        if paywall
        else (
            f"the page shows the PDF {shown_elsewhere} in a viewer and says little else: cite and check "
            "the PDF"
            if shown_elsewhere
            else None
        ),
        fields=raw_fields(
            {
                "title": page_heading,
                "og:title": og.get("og:title"),
                # Read by the title check: the article item's headline where the og:title, read first, is
                # another (a headline edited since, the og:title left as it was).
                "headline": _as_text(headline) if headline and og_title and headline != og_title else None,
                # The title read from the page's `<h1>`: the page gives no other, or only its site's name.
                "h1": from_heading,
                "og:site_name": og.get("og:site_name"),
                "og:description": None if home_s_tags else og.get("og:description"),
                "canonical": canonical,
                "author": author,
                "author (the outlet)": outlet_author,
                # Read by the author check, which says why a note citing it does not pass.
                META_AUTHOR_NOT_THE_BYLINE: meta_overruled,
                byline[0] if byline else "byline": byline[1] if byline else None,
                "application-name": application,
                # Read by the author check: a note may name a journal as the author of what it publishes
                # under its own name (a retraction note), as it names a site.
                "journal": _journal_name(metas),
                published[0] if published else "published": published[1] if published else None,
                # Read by the date check, which confirms no day where the page names two.
                "other publication time": f"{other_published[1][:40]} ({other_published[0]})"
                if other_published
                else None,
                "modified": modified,
                "continues at": continues_at,
                # The entry the note's link names (`#block-…`), where no element of this page has its id.
                "cited entry not on the page": entry_elsewhere,
                "dateline (no year)": unyeared[0] if unyeared else None,
                # How htmldate's day was read where the page wrote it in numbers whose day and month could
                # swap (`12/03/2024`): in the page's order, or both ways (read by the date check); nothing
                # where the page is dated by nothing after all (a listing's own page).
                **(numeric_day if published else {}),
                # A viewer's page of a PDF (`_viewed_pdf`): the document it shows is that file, not its words.
                DOCUMENT_SHOWN_ELSEWHERE: (
                    f"{shown_elsewhere}: the page shows this PDF in a viewer and says little else; cite and "
                    "check the PDF"
                    if shown_elsewhere
                    else None
                ),
                # The viewer's own title and words, which are not the document's (`title` and `text` left
                # empty).
                "viewer's title": title if shown_elsewhere else None,
                "viewer's words": text[:_MOST_SHELL_CHARS] if shown_elsewhere else None,
                # Why no day the page shows is its publication's: a tag's or a search's page.
                "not dated": f"{listing}: a day it shows is a story's it lists" if listing else None,
                "text": text_from,
                # Kept for the record, out of the text: what a correction says the article got wrong.
                "correction note": corrected,
                # Read by the date check: a preprint's versions, each with its day.
                PREPRINT_VERSIONS: preprint_versions,
                # ... and the version the page shows, whose day its metadata gives (medRxiv's `v2`).
                PREPRINT_VERSION_SHOWN: version_shown,
                # Read by the date check: a journal article's day online, before its issue's (`published`).
                ONLINE_FIRST: _online_first_day(metas, when) if published else None,
                # Read by the checks: the publisher's retraction, the page's words read all the same.
                RETRACTION: retraction.detail if retraction is not None else None,
                # Why the language `<html lang>` declares is not said to be the page's (`_page_language`).
                "declared language": language_set_aside,
                # Where a declaration other than `<html lang>` gave the page's language.
                "language from": language_from if language_from != PAGE_TEMPLATE else None,
                # Read by the quote check: words a note places at a time in the episode are said there.
                RECORDING: _episode_type(ld),
                # Read by the author check: the ministry a gazette's entry says it comes from.
                GAZETTE_DEPARTMENT: _gazette_department(tree, html),
            }
        )
        | outside
        # Read by the quote check: words the article sets apart in a quotation block (another's, often, it
        # quotes to dispute), which a note giving them to the page's writer must not pass. Not cut at a raw
        # field's length: a quote from a long block's end was not found in it.
        | set_apart
        | _embedded_posts_field(embedded_posts)
        # Read by the date check: a live blog's entries are each dated, days after its first.
        | raw_fields(_live_blog_fields(dating_ld, marked_entries, _metadata_time(published), modified)),
    )


# A preprint's versions, as its server lists them: arXiv's submission history (`[v1] Mon, 3 Jan 2022
# 18:59:59 UTC (1,234 KB)`, one line a version), read on arXiv's own pages. A note may cite a later version by
# the day it was posted (the page's metadata dates the first): the date check reads them
# (`fields[PREPRINT_VERSIONS]`).
_ARXIV_VERSION = on_first_use(
    r"\[v(\d{1,3})\]\s{0,20}(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s{1,5})?(\d{1,2})\s(Jan|Feb|Mar|Apr|May|Jun|Jul"
    r"|Aug|Sep|Oct|Nov|Dec)\s(\d{4})\s(\d{2}):(\d{2}):(\d{2})\sUTC"
)
_MONTHS_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MOST_VERSIONS = 50


def _arxiv_versions(page_url: str, shown: str) -> str | None:
    """The versions an arXiv abstract page lists in its submission history (`shown`: its visible text), each
    with when it was submitted, as `v1 2022-01-03T18:59:59Z | v2 …`; None on another site's page, or where
    it lists none."""
    host = (urlsplit(page_url).hostname or "").lower()
    if not (host == "arxiv.org" or host.endswith(".arxiv.org")) or "[v" not in shown:
        return None
    versions: dict[int, str] = {}
    for found in _ARXIV_VERSION().finditer(shown):
        number, day, month, year, hour, minute, second = found.groups()
        try:
            at = dt.datetime(
                int(year), _MONTHS_SHORT.index(month) + 1, int(day), int(hour), int(minute), int(second)
            )
        except ValueError:
            continue  # no moment of the calendar (`31 Feb`)
        versions.setdefault(int(number), at.strftime("%Y-%m-%dT%H:%M:%SZ"))
        if len(versions) >= _MOST_VERSIONS:
            break
    return " | ".join(f"v{number} {at}" for number, at in sorted(versions.items())) or None


# medRxiv's and bioRxiv's pages (Cold Spring Harbor's preprint servers, one markup): an abstract page links
# its preprint's other versions (`/content/10.1101/2024.03.11.24304050v1`), each with the day it was posted
# (`Version 1 (March 12, 2024)`), and says the day of the one it shows (`Posted April 02, 2024.`). The
# unversioned link shows the latest; its metadata dates that one alone, and a note citing the first version's
# day failed. They give a day, no time: the date check compares them as whole days.
_RXIV_HOSTS = ("medrxiv.org", "biorxiv.org")
_RXIV_VERSION_LINK = on_first_use(r"/content/(10\.1101/[0-9.]{1,40})v(\d{1,3})(?![\w-])")
_RXIV_PREPRINT = on_first_use(r"/content/(10\.1101/[0-9.]{1,40})(?![\w-])")
_MONTH_DAY_YEAR = on_first_use(
    rf"(?<![A-Za-z])({'|'.join(ENGLISH_MONTHS)})\s{{1,3}}(\d{{1,2}}),\s{{1,3}}(\d{{4}})(?!\d)"
)
_POSTED_DAY = on_first_use(
    rf"Posted\s{{1,3}}((?:{'|'.join(ENGLISH_MONTHS)})\s{{1,3}}\d{{1,2}},\s{{1,3}}\d{{4}})(?!\d)"
)
_MOST_VERSION_LINKS = 200  # of a page's links to its preprint's versions, read for their days
_VERSION_DAY_REACH = 300  # characters of a version's link, or of what follows it, its day is looked for in


def _rxiv_versions(page_url: str, canonical: str | None, tree: LexborHTMLParser, shown: str) -> str | None:
    """The versions a medRxiv or bioRxiv abstract page lists (links to its preprint's `…v1`, `…v2`, each with
    the day in its words or the words after it), and the one it shows (its canonical link's version, dated by
    its `Posted April 02, 2024.` line), as `v1 2024-03-12 | v2 2024-04-02`; None on another site's page, or
    where it dates no version but the one it shows."""
    host = (urlsplit(page_url).hostname or "").lower()
    if not any(host == name or host.endswith(f".{name}") for name in _RXIV_HOSTS):
        return None
    named = (joined_url(page_url, canonical[:2000]) if canonical else None) or page_url
    shown_version = _RXIV_VERSION_LINK().search(urlsplit(named).path)
    preprint = shown_version or _RXIV_PREPRINT().search(urlsplit(page_url).path)
    if preprint is None:
        return None
    versions: dict[int, str] = {}
    linked = (node for node in tree.css("a[href]") if "v" in (node.attributes.get("href") or ""))
    matched = 0
    for node in linked:
        found = _RXIV_VERSION_LINK().search(urlsplit(node.attributes.get("href") or "").path)
        if found is None or found.group(1) != preprint.group(1):
            continue
        matched += 1
        if matched > _MOST_VERSION_LINKS or len(versions) >= _MOST_VERSIONS:
            break
        # Its words, else the text right after it (`Version 1</a> (March 12, 2024).`): a text node, not an
        # element that may hold the next link, so each of the page's characters is read once.
        day = _long_day(node.text()[:_VERSION_DAY_REACH])
        after = node.next
        if day is None and after is not None and after.tag == "-text":
            day = _long_day(after.text()[:_VERSION_DAY_REACH])
        if day is not None:
            versions.setdefault(int(found.group(2)), day)
    posted = _POSTED_DAY().search(shown)
    day = _long_day(posted.group(1)) if posted is not None else None
    if shown_version is not None and day is not None:
        versions.setdefault(int(shown_version.group(2)), day)
    if len(versions) < 2:
        return None  # the one it shows: its metadata's day
    return " | ".join(f"v{number} {day}" for number, day in sorted(versions.items()))


def _rxiv_version_shown(page_url: str, canonical: str | None) -> str | None:
    """The version of its preprint a medRxiv or bioRxiv page shows, as its canonical link names it (else its
    own address: `…v2`), as `v2`; None on another site's page, or where neither names one (the unversioned
    link shows the latest, which it does not number)."""
    host = (urlsplit(page_url).hostname or "").lower()
    if not any(host == name or host.endswith(f".{name}") for name in _RXIV_HOSTS):
        return None
    named = (joined_url(page_url, canonical[:2000]) if canonical else None) or page_url
    shown = _RXIV_VERSION_LINK().search(urlsplit(named).path)
    return f"v{int(shown.group(2))}" if shown is not None else None


def _long_day(written: str) -> str | None:
    """The first day `written` gives as `March 12, 2024`, as `2024-03-12`; None where it gives none."""
    found = _MONTH_DAY_YEAR().search(written)
    if found is None:
        return None
    month, day, year = found.groups()
    try:
        return dt.date(int(year), ENGLISH_MONTHS.index(month) + 1, int(day)).isoformat()
    except ValueError:
        return None  # no day of the calendar (`February 30, 2024`)


# A journal article's landing page gives the day its issue came out (`citation_publication_date`, the page's
# publication day, as a note in Vancouver style cites it) and the day it was published online before it
# (`citation_online_date`, the "Published 05 March 2024" it shows): kept beside it, a note citing either day.
_ONLINE_DAY_TAG = "citation_online_date"


def _online_first_day(metas: dict[str, str], published: PublishedTime | None) -> str | None:
    """The day the page's `citation_online_date` gives (`2024-03-05`) where it is before the publication day
    read (`published`); None where it gives none, or the same day or a later one (a preprint server's day of
    its latest version)."""
    day = _dashed_day(meta_content(metas, _ONLINE_DAY_TAG))
    if published is None or not day or _ISO_DAY().fullmatch(day[:10]) is None:
        return None
    try:
        online = dt.date.fromisoformat(day[:10])
    except ValueError:
        return None  # no day of the calendar (`2024-02-30`)
    return online.isoformat() if online < published.at.date() else None


# A journal's name, as scholars' indexes read it (Highwire's tag, else PRISM's).
_JOURNAL_TAGS = ("citation_journal_title", "prism.publicationName")
_LONGEST_JOURNAL_NAME = 300


def _journal_name(metas: dict[str, str]) -> str | None:
    """The journal the page's `<meta>` tags name (`_JOURNAL_TAGS`), whitespace collapsed; None where none
    names one."""
    name = squeeze(meta_content(metas, *_JOURNAL_TAGS) or "")[:_LONGEST_JOURNAL_NAME]
    return name or None


# An article's quotation blocks (`<blockquote>`): a newsletter quotes the fact sheet it disputes in one, and
# those words, found in its text, passed as its writer's own. Kept apart in `fields["blockquote"]`, joined by
# the quote check's joiner, as Telegram's quote formatting is.
_MOST_QUOTATION_BLOCKS = 20
_MOST_BLOCKQUOTE_ELEMENTS = 200  # read of a page, to find its first 20 outside side blocks and embedded posts
_QUOTATION_BLOCK_JOINER = " | "


def _quotation_blocks(tree: LexborHTMLParser) -> list[str]:
    """The words of the page's outermost `<blockquote>`s (at most `_MOST_QUOTATION_BLOCKS`), whitespace
    collapsed, outside its side blocks and the posts it embeds (an X post's `blockquote.twitter-tweet` is its
    writer's, named apart); a block holding the joiner, or no letter or digit, is left out."""
    elements = tree.tags("blockquote")[:_MOST_BLOCKQUOTE_ELEMENTS]
    if not elements:
        return []
    layout = _PageLayout(tree)
    kept: list[str] = []
    seen: set[int] = set()
    for element in elements:
        seen.add(element.mem_id)
        if element.parent is not None and any(a.mem_id in seen for a in ancestors(element.parent)):
            continue  # read with the block around it
        if layout.place(element)[0]:
            continue
        words = squeeze(element.text(separator=" "))[:MAX_TEXT]
        if _QUOTATION_BLOCK_JOINER in words or not any(char.isalnum() for char in words):
            continue
        kept.append(words)
        if len(kept) >= _MOST_QUOTATION_BLOCKS:
            break
    return kept


def _blocks_in_the_text(blocks: list[str], text: str) -> dict[str, str]:
    """`{"blockquote": …}`: the quotation `blocks` the page's `text` holds as written (the quote check reads a
    block only where it can take it out of the text), joined by `_QUOTATION_BLOCK_JOINER`, whole blocks only
    up to `MAX_OUTSIDE_TEXT` characters (a block cut short names not all its words); empty where none is."""
    found: list[str] = []
    size = 0
    for block in dict.fromkeys(blocks):
        if block not in text or size + len(block) > MAX_OUTSIDE_TEXT:
            continue
        found.append(block)
        size += len(block) + len(_QUOTATION_BLOCK_JOINER)
    return {"blockquote": _QUOTATION_BLOCK_JOINER.join(found)} if found else {}


DOCUMENT_SHOWN_ELSEWHERE = "document shown elsewhere"
# What holds a PDF on a page that shows one: the file itself (`<embed src="/report.pdf">`, `<iframe>`,
# `<object data>`), or a viewer given its address in a parameter (pdf.js's `viewer.html?file=/report.pdf`,
# Google's `docs.google.com/viewer?url=…`).
_PDF_HOLDERS = "embed[src], iframe[src], object[data]"
_MAX_PDF_HOLDERS = 50
_PDF_PARAMETERS = ("file", "url", "src", "doc")
_MAX_PDF_ADDRESS = 2_000
_MOST_SHELL_WORDS = 60  # a viewer's page: its title, a "Download" link, a line or two; an article has more
_MOST_SHELL_CHARS = 1_000  # of a viewer's words kept in `fields` (60 words, unless some are very long)


def _viewed_pdf(tree: LexborHTMLParser, page_url: str) -> str | None:
    """The address of the first PDF an `<embed>`, `<iframe>` or `<object>` of the page shows (a `.pdf`
    path, a `type="application/pdf"`, or a viewer's `file=`/`url=` parameter naming a `.pdf`), outside its
    side blocks; None where there is none."""
    holders = tree.css(_PDF_HOLDERS)[:_MAX_PDF_HOLDERS]
    if not holders:
        return None
    layout = _PageLayout(tree)
    for holder in holders:
        attributes = holder.attributes
        written = (attributes.get("data" if holder.tag == "object" else "src") or "").strip()[
            :_MAX_PDF_ADDRESS
        ]
        if not written or layout.place(holder)[0]:
            continue
        address = urljoin(page_url, written)
        parts = urlsplit(address)
        if parts.scheme not in ("http", "https"):
            continue
        typed = (attributes.get("type") or "").strip().lower() in _PDF_TYPES
        if typed or parts.path.lower().endswith(".pdf"):
            return address
        for name, value in parse_qsl(parts.query)[:_MAX_PDF_HOLDERS]:
            if name.lower() in _PDF_PARAMETERS and urlsplit(value).path.lower().endswith(".pdf"):
                named = urljoin(address, value)
                return named if urlsplit(named).scheme in ("http", "https") else None
    return None


def _has_few_words_of_its_own(text: str, title: str | None) -> bool:
    """Whether a page's text says little besides its title (`_MOST_SHELL_WORDS` words at most): a viewer's
    page of a document, not an article that sets a PDF beside its words."""
    words = text.split()
    titled = len(title.split()) if title and text.startswith(title) else 0
    return len(words) - titled <= _MOST_SHELL_WORDS


def _live_blog_fields(
    ld: list[dict[str, Any]],
    marked_entries: list[_MarkedEntry],
    published: str | None,
    modified: str | None,
) -> dict[str, str | None]:
    """A live blog's span and entries (`_live_blog`), its entries read from its markup where its
    `LiveBlogPosting` gives none, or where it has none (`_live_blog_in_the_markup`), its item's span kept."""
    live = _live_blog(ld, modified)
    if not marked_entries:
        return live
    start, _, end = (live.get("live blog") or "").partition(" to ")
    return _live_blog_in_the_markup(marked_entries, start or published, end or modified)


def _author(
    ld: list[dict[str, Any]],
    micro: list[dict[str, Any]],
    metas: dict[str, str],
    tree: LexborHTMLParser,
    site_names: list[str | None],
    url: str,
    page: frozenset[str] = frozenset(),
) -> tuple[str | None, str | None, tuple[str, str] | None, str | None]:
    """The page's author; the outlet it names as author, when the page's byline names a person instead;
    (where, name) of that byline; and the `<meta>` author the byline overruled (below), if any.

    Embedded items (JSON-LD outside side blocks, then microdata; the article's own: `_content_author`,
    `page` its addresses), else the author `<meta>` tags (and a Twitter card's "Written by" field), say who
    the author is. Many
    outlets name themselves there (an `Organization`, or a name equal to the site's) and show the writer in
    the page's byline: then the byline is the author, and the outlet stays named beside it unless it is the
    page's publisher, which the author check reads too. A page that names no author there at all (a plain
    blog or news page) may still show a byline: then that byline is the author, if it reads as a name.

    A `<meta>` author is often the site's owner's, set on every page by the theme: where the byline the page
    shows in its markup names someone else (no word of the two names shared), the article is the byline's (a
    guest's), and a note citing the owner passed on the meta alone."""
    structured = _content_author(ld, page) or (
        _content_author(_authored_outside_side_blocks(micro, tree), page) if micro else None
    )
    if structured is not None and _names_only_a_section_or_a_role(structured[0]):
        # `"author": {"@type": "Person", "name": "Staff"}`, `Politics`: no writer, and no outlet's name
        # either; the page's other marks of its author are read as where its items name none.
        structured = None
    from_meta: str | None = None
    if structured is None:
        # `article:author` is often the writer's profile URL (OpenGraph asks for one): no name to compare, and
        # the byline the page shows went unread.
        names = ("author", "article:author", "parsely-author", "sailthru.author")
        values = [meta_content(metas, name) for name in names]
        # Ghost and Yoast name the writer in a Twitter card's labelled field: `twitter:label1` "Written by",
        # `twitter:data1` the name (the page had no author where its theme shows no byline).
        if (meta_content(metas, "twitter:label1") or "").casefold() == "written by":
            values.append(meta_content(metas, "twitter:data1"))
        # A paper's or a report's landing page (a repository's, a journal's) names its authors as scholars'
        # indexes read them: one `citation_author` each.
        # PubMed writes them in one `citation_authors` tag, separated by semicolons.
        scholarly = "citation_author" in metas or "citation_authors" in metas
        values.append(_scholarly_authors(tree) if scholarly else None)
        meta = next(
            (
                value
                for value in values
                if value
                and value.strip()
                and "://" not in value
                and not _names_only_a_section_or_a_role(value)
            ),
            None,
        )
        structured = (meta, False) if meta else None
        from_meta = meta
    outlet = _site_keys(site_names, url)
    if structured is None:
        shown_only = (
            _page_byline(tree, metas, outlet, names_only=True, url=url)
            or _unmarked_byline(tree, outlet)
            or _korean_dateline_byline(tree)
        )
        return (shown_only[1], None, shown_only, None) if shown_only else (None, None, None, None)
    name, organisations = structured
    if from_meta is not None and _squashed(from_meta) not in outlet:
        in_markup = _overruling_byline(tree, from_meta, outlet, url)
        if in_markup is not None:
            return in_markup[1], None, in_markup, from_meta
    if not organisations and _squashed(name) not in outlet:
        return name, None, None, None
    byline = _page_byline(tree, metas, outlet | {_squashed(name)}, url=url)
    overruled = None
    if byline is not None and byline[0].startswith("byline meta"):
        # The outlet in the items, and the `<meta>` author as its writer: the same theme's owner, perhaps.
        in_markup = _overruling_byline(tree, byline[1], outlet | {_squashed(name)}, url)
        byline, overruled = (in_markup, byline[1]) if in_markup is not None else (byline, None)
    if byline is None:
        return name, None, None, None
    shown = byline[1] if _squashed(name) in outlet else f"{byline[1]}, {name}"
    return shown, name, byline, overruled


def _scholarly_authors(tree: LexborHTMLParser) -> str | None:
    """The names a page's `citation_author` tags give (Highwire Press's, which scholars' indexes read on a
    paper's landing page), each as its writer is named (`Haddad, Lina` is Lina Haddad), in their order."""
    names: list[str] = []
    tags = tree.css('meta[name="citation_author" i]')[:_MAX_NAMES]
    listed = tree.css_first('meta[name="citation_authors" i]') if not tags else None
    joined = (
        (listed.attributes.get("content") or "")[: _MAX_HEADING * _MAX_NAMES] if listed is not None else ""
    )
    each = [node.attributes.get("content") or "" for node in tags] or joined.split(";")[:_MAX_NAMES]
    for content in each:
        written = squeeze(content)[:_MAX_HEADING]
        family, comma, given = written.partition(",")
        name = (
            f"{given.strip()} {family.strip()}" if comma and given.strip() and "," not in given else written
        )
        if name and "://" not in name and name not in names:
            names.append(name)
    return ", ".join(names) or None


# A day written with slashes, year first (`2022/01/21`), as a `citation_publication_date` gives it.
_SLASHED_DAY = on_first_use(r"\s{0,8}(\d{4})/(\d{1,2})/(\d{1,2})\s{0,8}")


# A preprint server writes a paper's year alone as its first day (medRxiv's `citation_publication_date`
# `2024/01/01`) and its day in another tag: the day it went online, or Dublin Core's. Read first, the first
# day of the year left a note citing the day it was posted unconfirmed.
_DAY_OF_THE_YEAR_TAGS = ("citation_online_date", "dc.date")
_ISO_DAY = on_first_use(r"(\d{4})-(\d{2})-(\d{2})")


def _later_day_of_its_year(written: str | None, metas: dict[str, str]) -> tuple[str, str] | None:
    """(where, day) of the first `_DAY_OF_THE_YEAR_TAGS` tag giving a later day of the year `written` names
    by its first day alone (`2024-01-01`, a `citation_publication_date` as dashed); None for any other
    value, or where no such tag gives a later day of that year."""
    if not written or len(written) != len("2024-01-01"):
        return None
    first = _ISO_DAY().fullmatch(written)
    if first is None or first.group(2, 3) != ("01", "01"):
        return None
    for name in _DAY_OF_THE_YEAR_TAGS:
        day = _dashed_day(meta_content(metas, name))
        found = _ISO_DAY().match(day[:10]) if day else None
        if day and found is not None and found.group(1) == first.group(1) and day[:10] > written:
            try:
                dt.date.fromisoformat(day[:10])
            except ValueError:
                continue  # no day of the calendar (`2024-02-30`)
            return f"meta {name}", day
    return None


def _dashed_day(value: str | None) -> str | None:
    """`value`, a day written `2022/01/21` written `2022-01-21`; any other value as it is."""
    slashed = _SLASHED_DAY().fullmatch(value[:64]) if value else None
    if slashed is None:
        return value
    year, month, day = slashed.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _overruling_byline(
    tree: LexborHTMLParser, meta: str, outlet: frozenset[str], url: str | None = None
) -> tuple[str, str] | None:
    """(where, name) of the byline the page shows in its markup (no `<meta>` read) where it names other people
    than the `<meta>` author `meta` (`_reads_as_people`, no word of the two names shared), else None."""
    in_markup = _page_byline(tree, {}, outlet | {_squashed(meta)}, names_only=True, url=url)
    if in_markup is None or not _reads_as_people(in_markup[1]):
        return None
    return None if _name_words_of(in_markup[1]) & _name_words_of(meta) else in_markup


_NAME_WORD = on_first_use(r"\w{2,}")


# Words a byline may show in place of a writer's name: a role or a desk (`Staff Writer`, `Senior Reporter`,
# `The Editors`), which names no one the meta's name could be told from.
_NO_PERSON_S_WORDS = (
    DESCRIBING_WORDS
    | ORGANISATION_WORDS
    | frozenset(
        [
            *("the", "staff", "writer", "writers", "team", "editors", "editorial", "desk", "newsroom"),
            *("contributor", "contributors", "reporters", "guest", "senior", "admin", "news", "redaktion"),
        ]
    )
)
_MOST_BYLINE_WORDS = 12


def _reads_as_people(byline: str) -> bool:
    """Whether a byline reads as one person's name or a few (`Omar Khalil`, `Omar Khalil, Lina Haddad`): two
    words or more, each capitalised (or a name's particle, or `and` between names), none a role's or a desk's
    (`_NO_PERSON_S_WORDS`); initials alone (`JS`) are too little to tell a writer from the meta's."""
    words = [word.strip(".,;:'\u2019()") for word in byline.split()][: _MOST_BYLINE_WORDS + 1]
    names = [word for word in words if word and word.casefold() not in ("and", "&")]
    return (
        2 <= len(names) <= _MOST_BYLINE_WORDS
        and all(word[:1].isupper() or word.casefold() in _NAME_PARTICLES for word in names)
        and not any(word.casefold() in _NO_PERSON_S_WORDS for word in names)
    )


def _name_words_of(name: str) -> set[str]:
    """The words of two letters or more a name is written with, case folded (`J. Owner`: `owner`)."""
    return set(_NAME_WORD().findall(name.casefold()))


def _names_the_site(og_title: str, site_names: list[str | None], url: str, page_heading: str | None) -> bool:
    """Whether an `og:title` is only the site's name (one it gives, its host's, or the part of its `<title>`
    after the headline: `Council votes | City Ledger`), as some sites set it on every page: it is not the
    article's headline, which the cited title was compared with (and warned)."""
    key = _squashed(og_title)
    parts = [_squashed(part) for part in title_parts(page_heading)]
    if not key or (parts and key == parts[0]):
        return False
    sites = _site_keys(site_names, url)
    if key in sites or key in parts[1:]:
        return True
    # The site's name and its tagline (`City Ledger - News from the river towns`), as a theme writes it on
    # every page: its first part is the site's name (a headline's comes last), and none of the others is a
    # part of the `<title>`, which names more than the site.
    own = [_squashed(part) for part in title_parts(og_title)]
    return len(own) > 1 and own[0] in sites and bool(set(parts) - sites) and not set(own[1:]) & set(parts)


def _the_home_page_s_tags(og_url: str, own_url: str) -> bool:
    """Whether a page's `og:url` names its site's home page, the page itself being none: its OpenGraph tags
    are the home page's."""
    return is_home_url(og_url) and not is_home_url(own_url) and _names_the_same_site(og_url, own_url)


def _opens_the_title(og_title: str, page_heading: str | None) -> bool:
    """Whether an `og:title` is the headline the page's `<title>` opens with (`Council votes | City
    Ledger`)."""
    parts = title_parts(page_heading)
    return bool(parts) and _squashed(og_title) == _squashed(parts[0])


# The query keys and path parts that name a later page of a paginated article (`?page=2`, `/page/2/`).
# (Not WordPress's `?p=123`: a post's id.)
_PAGE_KEYS = frozenset(("page", "pg", "paged", "seite", "pagina", "strona", "strana", "stranica"))
_PAGE_PATH = on_first_use(r"/page/(\d{1,4})/?$")
# A title's page marker, at its end (`… - Page 2`, `… (page 2 of 3)`, `… | Seite 2`) or its start (`Seite 2 -
# …`), its number read. Every quantifier bounded; matched against a title of at most _MAX_HEADING characters.
_PAGE_WORDS = (
    r"(?:page|pg\.?|p\.|seite|p\u00e1gina|pagina|strona|\u0441\u0442\u0440\u0430\u043d\u0438\u0446\u0430"
    r"|\u0441\u0442\u043e\u0440\u0456\u043d\u043a\u0430|\u0441\u0442\u0440\.)"
)
_PAGE_MARKER_AT_END = on_first_use(
    rf"\s{{0,3}}(?:[-\u2013\u2014|:\u00b7]\s{{0,3}}|[(\[]\s{{0,2}}){_PAGE_WORDS}\s{{0,2}}(?P<number>\d{{1,4}})"
    r"(?:\s{1,3}(?:of|von|de|di|z|из|/)\s{1,3}\d{1,4})?\s{0,2}[)\]]?(?=\s{0,3}(?:[-\u2013\u2014|:\u00b7]|$))",
    re.IGNORECASE,
)
_PAGE_MARKER_AT_START = on_first_use(
    rf"^{_PAGE_WORDS}\s{{0,2}}(?P<number>\d{{1,4}})\s{{0,3}}[-\u2013\u2014|:\u00b7]\s{{0,3}}", re.IGNORECASE
)


# What names a print version: a query key (`?print=1`, `?output=print`, `?view=print`) or a path part
# (`/print/`); and its marker at the end of a title, in brackets ("(print version)", "[Printer-friendly]").
_PRINT_WORDS = frozenset(("print", "printable", "printer", "printview", "print-version", "printversion"))
_PRINT_MARKER_AT_END = on_first_use(
    r"\s{0,3}[(\[]\s{0,2}(?:print(?:er)?(?:[- ]friendly)?|printable)(?:\s{1,3}(?:version|view|edition|page))?"
    r"\s{0,2}[)\]](?=\s{0,3}$|\s{0,3}[|\u00b7\u2022\u2013\u2014:-]\s{0,3}[^|\u00b7\u2022\u2013\u2014:-]{1,60}$)",
    re.IGNORECASE,
)


def _names_a_print_version(url: str) -> bool:
    """Whether an address names a page's print version (`?print=1`, `?output=print`, `/print/`)."""
    try:
        parts = urlsplit(url[:2000])
    except ValueError:  # an address that names no host
        return False
    pairs = (part.partition("=") for part in parts.query.split("&"))
    if any(key.lower() in _PRINT_WORDS or value.lower() in _PRINT_WORDS for key, _, value in pairs):
        return True
    return any(part.lower() in _PRINT_WORDS for part in parts.path.split("/")[-3:])


def _without_print_marker(title: str) -> str:
    """A title without the bracketed marker of a print version at its end (`Council votes (print version)`:
    `Council votes`), or before the site's name (`Council votes (print version) | City Ledger`: `Council votes
    | City Ledger`, which the title check reads as the headline and its site; with the marker left in, a note
    citing the headline warned "only part of the page's title")."""
    marker = _PRINT_MARKER_AT_END().search(title[:_MAX_HEADING])
    if marker is None or not title[: marker.start()].strip():
        return title
    return f"{title[: marker.start()].strip()} {title[marker.end() :].strip()}".strip()


def _page_number(url: str) -> int | None:
    """The number of the later page of a paginated article an address names (`?page=2`, `/page/2/`), or
    None (its first page, or no page's)."""
    try:
        parts = urlsplit(url[:2000])
    except ValueError:  # an address that names no host
        return None
    named = next(
        (
            value
            for key, _, value in (part.partition("=") for part in parts.query.split("&"))
            if key.lower() in _PAGE_KEYS
        ),
        None,
    )
    if named is None:
        in_path = _PAGE_PATH().search(parts.path)
        named = in_path.group(1) if in_path else None
    number = int(named) if named and named.isdigit() and len(named) <= 4 else None
    return number if number is not None and number >= 2 else None


_NEXT_PAGE_LINKS = 'link[rel~="next" i], a[rel~="next" i], a[href*="page" i], a[href*="pg=" i]'
_MAX_NEXT_PAGE_LINKS = 100


def _continues_at(tree: LexborHTMLParser, url: str) -> str | None:
    """The address of the page's next page, where it names one (a live blog's "Older posts", `<link
    rel=next>`, a paginated article's "Next page": `?page=2`, `/page/2/`): the same address but for its page
    number, one more than this page's, or another named by a `rel=next` link. None where it names none
    (`rel=next` on a blog's post naming the next post is another page's address)."""
    this = _page_number(url) or 1
    here = _without_page_number(url)
    if here is None:
        return None
    for node in tree.css(_NEXT_PAGE_LINKS)[:_MAX_NEXT_PAGE_LINKS]:
        href = (node.attributes.get("href") or "").strip()
        if not href or len(href) > _MAX_PATH:
            continue
        target = joined_url(url, href)
        if not target or _without_page_number(target) != here:
            continue
        # Marked the next (`rel=next`), it may name its page as it likes (the Guardian's
        # `?page=with:block-…`); else by its number.
        marked = "next" in (node.attributes.get("rel") or "").lower().split()
        if _page_number(target) == this + 1 or (marked and urldefrag(target)[0] != urldefrag(url)[0]):
            return target
    return None


# A live blog's button that fetches its older entries by script ("Load more", "Show older posts").
_LOAD_MORE = on_first_use(
    r"(?:(?:load|show|see|view) (?:more|older|earlier)(?: (?:posts|entries|updates|events))?"
    r"|(?:older|earlier|previous|more) (?:posts|entries|updates))[ .\u2026]{0,3}",
    re.IGNORECASE,
)
_MAX_BUTTONS = 100
_MAX_BUTTON_TEXT = 40


def _loads_more(tree: LexborHTMLParser) -> str | None:
    """What a live blog's button for its older entries says (`older entries loaded by the page's script (its
    "Load more" button)`), where its page holds one and names no next page; None otherwise."""
    for node in tree.css("button, [role=button]")[:_MAX_BUTTONS]:
        said = squeeze(node.text())
        if len(said) <= _MAX_BUTTON_TEXT and _LOAD_MORE().fullmatch(said):
            return f"older entries loaded by the page's script (its {said!r} button)"
    return None


def _entry_not_on_the_page(cited_url: str, html: str) -> str | None:
    """The entry a note's link names by its fragment (`#block-61ea…`: `_entry_s_name`), where no element of
    the page has that id: on a live blog that goes on over pages, an older entry on a later one."""
    named = _entry_s_name(cited_url).strip()
    if not named.startswith("#"):
        return None
    given = named[1:]
    written = (f'id="{given}"', f"id='{given}'", f"id={given}>", f"id={given} ")
    return None if any(each in html for each in written) else named


def _without_page_number(url: str) -> tuple[str, str, str] | None:
    """(host, path, query) of an address, its page number taken out (`/live/?page=2`: `/live/`); None where
    it names no host."""
    try:
        parts = urlsplit(url[:_MAX_PATH])
    except ValueError:
        return None
    if not parts.netloc:
        return None
    path = parts.path
    in_path = _PAGE_PATH().search(path)
    path = path[: in_path.start()] if in_path else path
    query = "&".join(
        part for part in parts.query.split("&") if part and part.partition("=")[0].lower() not in _PAGE_KEYS
    )
    return parts.netloc.lower(), path.rstrip("/") or "/", query


def _without_page_marker(title: str, number: int) -> str:
    """A title without the marker of the page `number` of its article (`Council votes (page 2)`: `Council
    votes`), where it holds one; as it is where it holds none or another page's."""
    for pattern in (_PAGE_MARKER_AT_START(), _PAGE_MARKER_AT_END()):
        marker = pattern.search(title[:_MAX_HEADING])
        if marker is not None and int(marker.group("number")) == number:
            rest = squeeze(f"{title[: marker.start()]} {title[marker.end() :]}")
            return rest or title
    return title


def _headline_in_the_h1(
    title: str | None, heading: str | None, tree: LexborHTMLParser, site_names: list[str | None], url: str
) -> str | None:
    """The page's first `<h1>` as its title, where the page gives none (no og:title, article item or
    `<title>`) or only its site's name (`<title>City Ledger</title>` on every page of a theme): the headline
    a reader sees there was never compared, and a cited title warned against the site's name, or the text's
    opening words. None where the `<h1>` is a link (a card's headline, a logo's) or names the site itself."""
    shown = _squashed(heading or "")
    if not heading or not shown or (title and shown in _squashed(title)):
        return None  # most pages: the `<title>` holds the headline
    outlet = _site_keys(site_names, url)
    if shown in outlet:
        return None
    if title and _squashed(title) not in outlet and _squashed(title) not in _home_link_names(tree, url):
        return None
    if _headline_is_linked(tree):
        return None
    # Nor a dialog's heading (a cookie or consent box's "We value your privacy"), nor one no reader sees.
    first = first_named(tree, "h1")
    for around in ancestors(first):
        attributes = around.attributes
        if hides(attributes) or (attributes.get("role") or "").strip().lower() in _DIALOG_ROLES:
            return None
    return heading


_MOST_HOME_LINKS = 20
_DIALOG_ROLES = frozenset(("dialog", "alertdialog"))


def _home_link_names(tree: LexborHTMLParser, url: str) -> frozenset[str]:
    """The names the page's links to its site's home show (a masthead's `<a href="/">City Ledger</a>`, a
    logo's `alt`), squashed: the site's name where the page names it nowhere else."""
    try:
        parts = urlsplit(url)
        homes = {"/", f"//{parts.netloc}/", f"{parts.scheme}://{parts.netloc}/"}
    except ValueError:
        return frozenset()
    names: set[str] = set()
    links = tree.css('a[href$="/"]')
    linked = (link for link in links if (link.attributes.get("href") or "").strip() in homes)
    for link in itertools.islice(linked, _MOST_HOME_LINKS):
        image = link.css_first("img[alt]")
        shown = link.text() or (image.attributes.get("alt") or "" if image is not None else "")
        names.add(_squashed(shown[:_MAX_HEADING]))
    return frozenset(names - {""})


def _copied_address(address: str, copy_url: str) -> str:
    """`address`, as a Wayback Machine copy at `copy_url` writes it (the archive's prefix before it, whole or
    from `/web/`), as the page wrote it: its original address; any other address, or one on a page that is
    no copy, as written. A relative address the copy kept as the page wrote it (a copy served with `id_`)
    is the page's own, joined to the original address, not to the archive's."""
    written = address.strip()[:2000]
    try:
        original = wayback_original(urljoin(copy_url, written))
        if original is not None:
            return original
        page = wayback_original(copy_url)
        if page is None or urlsplit(written).scheme:
            return address
        return urljoin(page, written)
    except ValueError:  # `http://[x`: no address to read
        return address


# The Wayback Machine's banner on a copy it serves without `id_`: its toolbar (hidden until its scripts run),
# its donation frame, and its print line "The Wayback Machine - <address>" (shown to a reader without CSS).
_WAYBACK_BANNER = "#wm-ipp-base, #wm-ipp, #wm-ipp-print, #donato"
_MOST_BANNER_PARTS = 20
# The hosts of the scripts the archive adds to its copy (its playback, its analytics: `/_static/js/…`,
# `//archive.org/includes/athena.js`), and the words of those it writes in the page (`__wm.init(…)`,
# `__wm.rw(0)`, `archive_analytics.send_pageview`). The page's own scripts it serves as copies of theirs
# (`/web/20220121000000js_/https://site/app.js`), and its inline ones as they were.
_ARCHIVE_SCRIPT_HOSTS = frozenset({"archive.org", "web.archive.org", "web-static.archive.org"})
_ARCHIVE_SCRIPT_WORDS = ("__wm.", "archive_analytics")
_MOST_SCRIPTS = 2_000
_ARCHIVE_SCRIPT_CHARS = 2_000  # the archive's own are short: a longer inline script is the page's


def _without_the_archive_s_insert(tree: LexborHTMLParser, copy_url: str) -> bool:
    """Whether a Wayback copy's page (`tree`, at `copy_url`) held what the archive puts in a copy it serves
    without `id_`, now taken out of it: its banner and its scripts. Its print line ("The Wayback Machine -
    <address>") opened the text of a short article, where a quote was looked for; and its scripts, counted
    as the page's, made a short server-rendered page's copy a "script shell" the live page was not, so the
    copy was no archived copy of a page gone. A copy served as it was kept (`/web/<time>id_/…`) holds
    nothing of the archive's, and its scripts (their addresses as the page wrote them) are the page's."""
    try:
        stamp = urlsplit(copy_url).path.split("/", 3)[2:3]  # `/web/<time>[id_]/` or `/<collection>/<time>…/`
    except ValueError:
        stamp = []
    if stamp and stamp[0].endswith("id_"):
        return False
    banner = tree.css(_WAYBACK_BANNER)[:_MOST_BANNER_PARTS]
    for node in reversed(banner):  # a part inside another (the toolbar in its base) before the one around it
        node.decompose()
    archive_s = [
        script
        for script in itertools.islice(tree.tags("script"), _MOST_SCRIPTS)
        if _the_archive_s_script(script, copy_url)
    ]
    for script in archive_s:
        script.decompose()
    return bool(banner or archive_s)


def _the_archive_s_script(script: LexborNode, copy_url: str) -> bool:
    """Whether `script`, on a Wayback copy at `copy_url`, is one the archive added (`_ARCHIVE_SCRIPT_HOSTS`,
    `_ARCHIVE_SCRIPT_WORDS`), not the page's own."""
    source = (script.attributes.get("src") or "").strip()[:2000]
    if source:
        try:
            address = urljoin(copy_url, source)
            host = (urlsplit(address).hostname or "").removeprefix("www.")
        except ValueError:
            return False
        return host in _ARCHIVE_SCRIPT_HOSTS and wayback_original(address) is None
    words = script.text(deep=False)
    return len(words) <= _ARCHIVE_SCRIPT_CHARS and any(word in words for word in _ARCHIVE_SCRIPT_WORDS)


# A headline cut at search engines' limit (110 characters), or with an ellipsis where it was cut.
_CUT_HEADLINE_CHARS = 100
_MIN_CUT_HEADLINE_CHARS = 20
_ELLIPSES = ("...", "\u2026")


def _uncut(headline: str, shown: tuple[str | None, ...]) -> str | None:
    """The headline the page shows (its `<h1>`, else its `<title>`, of `shown`) where the article item's
    `headline` is its start, cut (JSON-LD's is cut to 110 characters by many sites, an ellipsis after it
    or none): read as the page's title, the cut headline made a true cited title warn against the page's
    `<title>`. None where `headline` is no such cut."""
    cut = headline.rstrip()
    ellipsis = cut.endswith(_ELLIPSES)
    for mark in _ELLIPSES:
        cut = cut.removesuffix(mark)
    cut = cut.rstrip()
    if not (ellipsis and len(cut) >= _MIN_CUT_HEADLINE_CHARS) and len(cut) < _CUT_HEADLINE_CHARS:
        return None
    for whole in shown:
        if whole and len(whole) > len(cut) and squeeze(whole).startswith(cut):
            return squeeze(whole)
    return None


def _as_text(value: str) -> str:
    """A JSON-LD value as the text it shows: HTML character references decoded and markup dropped (sites
    write `&amp;`, `&#8217;` and `<em>` in a `headline`, where the cited title has `&`, a curly quote and
    no tag). A reference still left once decoded, the headline escaped twice (`Putin&amp;#8217;s war`,
    `Q&amp;amp;A`, as WordPress's SEO plugins write it), is read as the character it writes, as an
    og:title's is (`shown_references`): left, the true title "Putin\u2019s war" warned ("the numbers differ:
    8217")."""
    if "&" not in value and "<" not in value:
        return value
    body = parse_html(f"<p>{value[: _MAX_HEADING * 4]}</p>").body
    return shown_references(squeeze(body.text(separator=""))) if body is not None else value


def _value(found: tuple[str, str] | None) -> str | None:
    return found[1] if found else None


class WebExtractor(Extractor):
    """Any page no platform module claims."""

    platform = Platform.WEB

    def handles(self, url: str) -> bool:
        return True

    def extract(self, page: CapturedPage) -> SourcePost:
        response = page.answer()
        if response is None:
            return SourcePost(platform=self.platform, url=page.url)
        return read_web_page(page.url, response, self.platform, page.main_text)


def read_as_web_page(page: CapturedPage, most_chars: int) -> tuple[SourcePost, LexborHTMLParser | None]:
    """`page` read as a web page, and the tree of its markup's first `most_chars` characters where that
    reading found content answered 200, for an extractor that reads more of it (a judgment's court, a
    filing's day, a commit's author); None where the page is no content to read further."""
    post = WebExtractor().extract(page)
    main = page.answer()
    if main is None or main.status != 200 or post.problem is not None:
        return post, None
    return post, LexborHTMLParser(within_nesting(decode_html(main)[:most_chars]))
