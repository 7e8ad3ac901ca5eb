"""A Wikipedia article cited by a permanent link to one revision: dated by that revision, not by the article.

A permanent link (`/w/index.php?title=<article>&oldid=<revision>`, `/wiki/<article>?oldid=<revision>`,
`/wiki/Special:PermanentLink/<revision>`) shows the article as one edit left it, and the note cites it by that
revision's day ("revision of 3 March 2024"). The page is read as any other web page (`extractors.web`), but
its JSON-LD `datePublished` and `dateModified` are the article's (when it was started, when it was last
edited, whichever revision is shown): read as the cited revision's time, a note citing the revision's own day
failed against the day the article was started years before. The revision's time is the one the page shows
over the article ("This is an old revision of this page, as edited by … at 14:02, 3 March 2024", in UTC for
a reader who is not logged in), taken only where the page's `wgRevisionId` is the cited revision (or the page
names none); else, or where it is written in a form not read here (another language's months), the page
gives no time: a person compares the day by hand.

Bounded: the revision line is read from its own element (at most `_MOST_INFO_CHARS` of it), the revision id
from the page's first `_MOST_CONFIG_CHARS` characters (MediaWiki writes its config in the head).
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import parse_qsl, unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser

from provenance.citations.dates import ENGLISH_MONTHS
from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.pages import decode_html
from provenance.extractors.web import WebExtractor
from provenance.html_nesting import within_nesting
from provenance.models import Platform, SourcePost
from provenance.patterns import on_first_use
from provenance.side_urls import on_domain

REVISION_FIELD = "wikipedia revision"
_MOST_INFO_CHARS = 2_000
_MOST_CONFIG_CHARS = 300_000
_MOST_ID_DIGITS = 12

_MONTHS = tuple(month.casefold() for month in ENGLISH_MONTHS)
_MONTH = "|".join(_MONTHS)
# `14:02, 3 March 2024` (day first, as English Wikipedia writes it) or `14:02, March 3, 2024`.
_REVISION_TIME = on_first_use(
    rf"\b(\d{{1,2}}):(\d{{2}}), (?:(\d{{1,2}}) ({_MONTH}) (\d{{4}})|({_MONTH}) (\d{{1,2}}), (\d{{4}}))\b",
    re.IGNORECASE,
)
_CONFIG_REVISION = on_first_use(r'"wgRevisionId":\s?(\d{1,12})\b')
_PERMANENT_LINK = "special:permanentlink/"
# The fields `extractors.web` reads the article's own dates into (JSON-LD `datePublished`, `dateModified`).
_ARTICLE_DATES = ("JSON-LD datePublished", "modified")


def cited_revision(url: str) -> str | None:
    """The revision id a Wikipedia permanent link names; None for any other link (an article's current page,
    a diff between two revisions, another site)."""
    if not on_domain(url, "wikipedia.org"):
        return None
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query[:2_000]))
    if "diff" in query:
        return None
    oldid = query.get("oldid", "")
    if oldid.isascii() and oldid.isdigit() and len(oldid) <= _MOST_ID_DIGITS:
        return oldid
    path = unquote(parts.path[:2_000]).casefold()
    _, found, rest = path.partition(_PERMANENT_LINK)
    revision = rest.strip("/")
    if found and revision.isascii() and revision.isdigit() and len(revision) <= _MOST_ID_DIGITS:
        return revision
    return None


def revision_time(html: str, revision: str) -> dt.datetime | None:
    """When the revision the page shows was made, as its revision line says (UTC); None where the page shows
    another revision than `revision`, or no revision line this reads."""
    shown = _CONFIG_REVISION().search(html[:_MOST_CONFIG_CHARS])
    if shown is not None and shown.group(1) != revision:
        return None
    tree = LexborHTMLParser(within_nesting(html))
    line = tree.css_first("#mw-revision-date") or tree.css_first("#mw-revision-info")
    if line is None:
        return None
    found = _REVISION_TIME().search(line.text(separator=" ")[:_MOST_INFO_CHARS])
    if found is None:
        return None
    hour, minute, day, month, year, other_month, other_day, other_year = found.groups()
    month_name = (month or other_month).casefold()
    try:
        return dt.datetime(
            int(year or other_year),
            _MONTHS.index(month_name) + 1,
            int(day or other_day),
            int(hour),
            int(minute),
            tzinfo=dt.UTC,
        )
    except ValueError:
        return None  # no time of the calendar (`31 February`, `25:00`)


class WikipediaRevisionExtractor(Extractor):
    """A Wikipedia permanent link's page, read as a web page dated by its revision."""

    platform = Platform.WEB

    def handles(self, url: str) -> bool:
        return cited_revision(url) is not None

    def extract(self, page: CapturedPage) -> SourcePost:
        post = WebExtractor().extract(page)
        revision = cited_revision(page.url)
        main = page.answer()
        if revision is None or main is None or main.status != 200 or post.problem is not None:
            return post
        made = revision_time(decode_html(main), revision)
        # The article's first and latest edits are kept under names that say whose they are: read as the
        # page's own (`modified`), the latest edit said the quoted words may predate an update the cited
        # revision never had.
        fields = {name: value for name, value in post.fields.items() if name not in _ARTICLE_DATES}
        fields |= {f"article's {name}": post.fields[name] for name in _ARTICLE_DATES if name in post.fields}
        fields[REVISION_FIELD] = revision
        if made is None:
            # The article's dates are not the revision's: no time rather than the article's first edit.
            return post.model_copy(
                update={
                    "published": None,
                    "published_from": None,
                    "published_day_only": False,
                    "fields": fields,
                }
            )
        return post.model_copy(
            update={
                "published": made,
                "published_from": f"the time of revision {revision}, as the page shows it",
                "published_day_only": False,
                "fields": fields,
            }
        )
