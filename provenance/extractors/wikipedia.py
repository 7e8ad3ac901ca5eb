"""A page of Wikipedia or another Wikimedia wiki: its authors as the wiki names them, and a revision cited by
its link dated by that revision, its edit summaries and the words an edit removed kept out of its text.

A permanent link (`/w/index.php?title=<article>&oldid=<revision>`, `/wiki/<article>?oldid=<revision>`,
`/wiki/Special:PermanentLink/<revision>`) shows the article as one edit left it, and the note cites it by that
revision's day ("revision of 3 March 2024"); so does a diff link, which shows the later revision it compares
(`diff=<revision>&oldid=<before>`, `diff=prev&oldid=<revision>`, `Special:Diff/<revision>`,
`Special:Diff/<before>/<revision>`; the special pages under the wiki's own names too,
`Spezial:PermanentLink/<revision>`, `Служебная:Постоянная_ссылка/<revision>`), on Wikipedia in any language,
its mobile hosts (`en.m.wikipedia.org`) and the other Wikimedia wikis (Wikinews, Wikisource, Wikidata's items,
Wiktionary, Commons, ...), and MobileFrontend's diff on a mobile host (`Special:MobileDiff/<revision>`,
`Special:MobileDiff/<before>...<revision>`). A diff whose link names no revision (`diff=next`, `diff=cur`)
shows the one its page names (`wgDiffNewId`). A diff to the current revision (`diff=cur&oldid=<revision>`, or
`diff=0`, which MediaWiki reads as `cur`) shows whichever revision is current when it is opened, not one fixed
in time: the revision its link names is the older one it compares, kept with its time and user as its left
column shows them (`fields["revision compared with the current one"]`, `fields["compared revision's time"]`,
`fields["compared revision's editor"]`; the time and user only where the page's `wgDiffOldId` and the
column's link name that revision), for the `date` and `author` checks to hold a note citing that revision to
(`checks.wiki_edits`). The page is
read as any other web page (`extractors.web`), but its JSON-LD `datePublished` and `dateModified` are the
article's (when it was started, when it was last edited, whichever revision is shown): read as the cited
revision's time, a note citing the revision's own day failed against the day the article was started years
before. The revision's time is the one the page shows over the article ("This is an old revision of this page,
as edited by ... at 14:02, 3 March 2024", in UTC for a reader who is not logged in; a diff's "Revision as of
14:02, 3 March 2024" over the later revision's column; a mobile diff's heading, `#mw-mf-diff-info`), taken
only where the page's `wgRevisionId` (and a diff's `wgDiffNewId`) is the cited revision (or the page names
none, or `0` as a special page does); a line in the wiki's own language (`3. März 2024 um 14:02 Uhr`), whose
time is in the wiki's zone and not UTC, gives the revision's day only. Else, or where it is written in a form
not read here, the page gives no time: a person compares the day by hand.

What the page shows over the revision is not the article's words: the editor's edit summary (`<span
class="comment">`, which a web page's reading took for a reader's comment) is kept as `fields["edit
summaries"]`, and the lines a diff shows the edit removed (the revision before it) as `fields["lines the edit
removed"]`; a quote found only there is no word of the revision cited. A mobile diff's summary is its
`#mw-mf-diff-comment`; its heading and its user's box are no words of the revision either, and its page's
title is MobileFrontend's (`Changes to <article>`): the article its heading names is the title.
The user the page shows as the shown revision's editor (`as edited by <a class="mw-userlink">X</a>` over an
old revision, the later column's user link in a diff, the link in a mobile diff's `#mw-mf-userinfo
.mw-mf-user`, which has no `mw-userlink`) is kept as `fields["editor"]`, under the same conditions
as its time (the page shows the cited revision): the `author` check holds a note's `edit by X` to it.

A wiki's article names no writer: its JSON-LD author is "Contributors to Wikimedia projects", its publisher
the Wikimedia Foundation, which hosts it. Read so, a note crediting the article to `Wikipedia` or `Wikipedia
contributors` (as the wiki's own "Cite this page" writes it) warned as if it named someone the page does not
show. The author is the wiki's contributors by the wiki's name (`Wikipedia contributors`), its publisher the
wiki (`Wikipedia`); the JSON-LD's words stay in `fields` (`author`, `JSON-LD publisher`). A note naming a
person still names no one the page shows (an edit's user wrote one edit of many).

Bounded: the revision line is read from its own element (at most `_MOST_INFO_CHARS` of it), the revision ids
from the page's first `_MOST_CONFIG_CHARS` characters (MediaWiki writes its config in the head); at most
`_MOST_PARTS` summaries and removed lines are taken out.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from urllib.parse import parse_qsl, unquote, urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from provenance.citations.dates import ENGLISH_MONTHS, find_date
from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.pages import decode_html, squeeze
from provenance.extractors.web import WebExtractor
from provenance.html_nesting import within_nesting
from provenance.models import Platform, SourcePost
from provenance.patterns import on_first_use
from provenance.side_urls import host_of

REVISION_FIELD = "wikipedia revision"
EDIT_SUMMARIES_FIELD = "edit summaries"
REMOVED_LINES_FIELD = "lines the edit removed"
EDITOR_FIELD = "editor"
# A diff to the article's current revision (`diff=cur&oldid=<revision>`): the revision it compares with the
# current one (its `oldid`, the left column), that revision's time or day and its user as the column shows.
COMPARED_REVISION_FIELD = "revision compared with the current one"
COMPARED_TIME_FIELD = "compared revision's time"
COMPARED_EDITOR_FIELD = "compared revision's editor"
_MOST_INFO_CHARS = 2_000
_MOST_CONFIG_CHARS = 300_000
_MOST_ID_DIGITS = 12
_MOST_PARTS = 200  # edit summaries and removed lines taken out of a page; a crafted page may hold more
_MOST_KEPT_CHARS = 20_000  # of each field they are kept in

# The wikis by their domains, each with the name its pages go by. Of wikimedia.org's hosts only its wikis
# (not the Foundation's site, its blog or its bug tracker).
_WIKI_DOMAINS = {
    "wikipedia.org": "Wikipedia",
    "wikinews.org": "Wikinews",
    "wikisource.org": "Wikisource",
    "wikidata.org": "Wikidata",
    "wikiquote.org": "Wikiquote",
    "wikibooks.org": "Wikibooks",
    "wikiversity.org": "Wikiversity",
    "wikivoyage.org": "Wikivoyage",
    "wiktionary.org": "Wiktionary",
    "commons.wikimedia.org": "Wikimedia Commons",
    "species.wikimedia.org": "Wikispecies",
    "meta.wikimedia.org": "Meta-Wiki",
}
# The collective author a wiki's JSON-LD names, and its publisher's opening (`Wikimedia Foundation, Inc.`).
_WIKI_AUTHOR = "contributors to wikimedia projects"
_WIKI_HOST = "wikimedia foundation"

_MONTHS = tuple(month.casefold() for month in ENGLISH_MONTHS)
_MONTH = "|".join(_MONTHS)
# `14:02, 3 March 2024` (day first, as English Wikipedia writes it) or `14:02, March 3, 2024`.
_REVISION_TIME = on_first_use(
    rf"\b(\d{{1,2}}):(\d{{2}}), (?:(\d{{1,2}}) ({_MONTH}) (\d{{4}})|({_MONTH}) (\d{{1,2}}), (\d{{4}}))\b",
    re.IGNORECASE,
)
_CONFIG_REVISION = on_first_use(r'"wgRevisionId":\s?(\d{1,12})\b')
_CONFIG_DIFF_NEW = on_first_use(r'"wgDiffNewId":\s?(\d{1,12})\b')
_CONFIG_DIFF_OLD = on_first_use(r'"wgDiffOldId":\s?(\d{1,12})\b')
# The special namespace's name in a wiki's language (a localised wiki answers both its own and English's),
# and the permanent link's and the diff's page names there (`Spezial:Permanenter_Link/N`,
# `Служебная:Постоянная_ссылка/N`; the English names work on every wiki), case folded, `_` for a space.
_SPECIAL_NAMESPACES = frozenset(
    (
        "special",
        "spezial",
        "spécial",
        "especial",
        "speciale",
        "specjalna",
        "speciaal",
        "speciális",
        "speciální",
        "özel",
        "служебная",
        "спеціальна",
        "специјална",
        "ειδικό",
    )
)
_PERMANENT_LINK_PAGES = frozenset(
    (
        "permanentlink",
        "permanenter_link",
        "lien_permanent",
        "enlacepermanente",
        "linkpermanente",
        "link_permanente",
        "link_permanentny",
        "постоянная_ссылка",
        "постійне_посилання",
    )
)
# MobileFrontend's diff page too (`Special:MobileDiff/N`, `Special:MobileDiff/M...N`), on mobile hosts.
_DIFF_PAGES = frozenset(("diff", "mobilediff"))
_MOST_SPECIAL_CHARS = 200  # of the namespace and page name before the `/`: far more than any wiki's
# The fields `extractors.web` reads the article's own dates into (JSON-LD `datePublished`, `dateModified`).
_ARTICLE_DATES = ("JSON-LD datePublished", "modified")
# Where MediaWiki shows an edit's summary: over an old revision, and over each column of a diff.
_SUMMARIES = "#mw-revision-info .comment, .diff-otitle .comment, .diff-ntitle .comment, #mw-mf-diff-comment"
# The words a diff shows an edit removed: a two-column diff's left cells, an inline diff's struck words.
_REMOVED = "td.diff-deletedline, table.diff del, .mw-diff-inline-deleted, #mw-mf-diffview del"
# The diff's column headings (each revision's time, user and links): the interface's words, no article's.
# A mobile diff's (MobileFrontend's): its heading (the article, bytes changed, the time) and its user's box.
_DIFF_HEADINGS = "td.diff-otitle, td.diff-ntitle, #mw-mf-diff-info, #mw-mf-userinfo"
# The user link MediaWiki shows with the revision it shows: over an old revision, over a diff's later column.
_REVISION_USER = "#mw-revision-info a.mw-userlink"
# A mobile diff shows its revision's user in a box of its own, without `mw-userlink`: its link there.
_DIFF_NEW_USER = "#mw-diff-ntitle2 a.mw-userlink, #mw-mf-userinfo .mw-mf-user a"
_DIFF_OLD_USER = "#mw-diff-otitle2 a.mw-userlink"


def wiki_name(url: str) -> str | None:
    """The name of the Wikimedia wiki `url` is on (`Wikipedia`, `Wikinews`, ...); None for another site."""
    host = host_of(url)
    return next(
        (name for domain, name in _WIKI_DOMAINS.items() if host == domain or host.endswith("." + domain)),
        None,
    )


def _digits(value: str) -> str | None:
    return value if value.isascii() and value.isdigit() and len(value) <= _MOST_ID_DIGITS else None


def _names_the_current(diff: str) -> bool:
    """Whether a diff link's `diff` names the article's current revision: `cur`, or `0`, which MediaWiki reads
    as `cur` (`diff=0&oldid=N` compares N with the current revision; `diff=0` alone, the current one with the
    one before it). Read as revision 0, no line of the page dated it, and its left column (N) was read as the
    revision before the one shown."""
    return diff.casefold() == "cur" or (_digits(diff) is not None and int(diff) == 0)


def cited_revision(url: str) -> str | None:
    """The revision id a wiki's permanent link or diff link names, as the revision its page shows (a diff's
    later one); None for any other link (an article's current page, a diff to the next or the current
    revision, which the link does not name, another site)."""
    if wiki_name(url) is None:
        return None
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query[:2_000]))
    oldid = _digits(query.get("oldid", ""))
    if "diff" in query:
        diff = query["diff"]
        # `diff=prev&oldid=N` shows N against the one before it; `diff=N` shows N, whatever `oldid` says; a
        # diff to the current revision names none.
        if _names_the_current(diff):
            return None
        return oldid if diff.casefold() == "prev" else _digits(diff)
    if oldid is not None:
        return oldid
    special = _special_page(url)
    if special is None:
        return None
    kind, rest = special
    if kind == "permanent":
        return _digits(rest.strip("/"))
    # `Special:Diff/N`, `Special:Diff/N/prev`: N; `Special:Diff/M/N`: N (`/next`, `/cur` name none); a
    # mobile diff's range `Special:MobileDiff/M...N`: N.
    first, _, second = rest.strip("/").partition("/")
    first = first[:_MOST_SPECIAL_CHARS].rpartition("...")[2]
    return _digits(first) if second in ("", "prev") else _digits(second)


def _special_page(url: str) -> tuple[str, str] | None:
    """Which of the special pages that show one revision a wiki's link opens (`permanent`, `diff`), and what
    follows its name (`/243118765`), in the wiki's language or English's (`/wiki/Spezial:PermanentLink/N`,
    `/w/index.php?title=Special:Diff/N`); None for any other page.

    A link under a localised name (`Spezial:`, `Служебная:`) was read as the article's current page: dated
    by the article's first edit, and a note citing the revision's day failed."""
    parts = urlsplit(url)
    path = unquote(parts.path[:2_000])
    _, wiki_path, title = path.partition("/wiki/")
    if not wiki_path:
        title = dict(parse_qsl(parts.query[:2_000])).get("title", "")
    namespace, colon, rest = title[:2_000].partition(":")
    if not colon or len(namespace) > _MOST_SPECIAL_CHARS:
        return None
    name, slash, after = rest.partition("/")
    name = name[:_MOST_SPECIAL_CHARS].casefold().replace(" ", "_")
    if not slash or namespace.casefold() not in _SPECIAL_NAMESPACES:
        return None
    if name in _PERMANENT_LINK_PAGES:
        return "permanent", after
    if name in _DIFF_PAGES:
        return "diff", after
    return None


def compared_with_the_current(url: str) -> str | None:
    """The revision a wiki's diff link compares with the article's current one (`diff=cur&oldid=N`,
    `Special:Diff/N/cur`): N; None for any other link. Such a link shows whichever revision is current when
    it is opened, not one fixed in time: the revision it names is the older one."""
    if wiki_name(url) is None:
        return None
    query = dict(parse_qsl(urlsplit(url).query[:2_000]))
    if "diff" in query:
        return _digits(query.get("oldid", "")) if _names_the_current(query["diff"]) else None
    special = _special_page(url)
    if special is None or special[0] != "diff":
        return None
    first, _, second = special[1].strip("/").partition("/")
    return _digits(first) if second.casefold() == "cur" else None


def current_named_as(url: str) -> str:
    """How a wiki's diff link to the article's current revision names it, for a check's detail: `diff=cur`,
    `diff=0` (MediaWiki reads it as `cur`), or `Special:Diff/…/cur`. A detail said "(diff=cur)" of a
    `diff=0` link, which its reader would not find in the link."""
    diff = dict(parse_qsl(urlsplit(url).query[:2_000])).get("diff")
    if diff is not None and _names_the_current(diff):
        return f"diff={diff[:_MOST_SPECIAL_CHARS]}"
    return "Special:Diff/…/cur" if compared_with_the_current(url) is not None else "diff=cur"


def _is_a_diff(url: str) -> bool:
    """Whether a wiki's link is to a diff (`diff=` in its query, `Special:Diff/` in its path)."""
    parts = urlsplit(url)
    if "diff" in dict(parse_qsl(parts.query[:2_000])):
        return True
    special = _special_page(url)
    return special is not None and special[0] == "diff"


def _shown_revision_line(tree: LexborHTMLParser, diff: bool) -> LexborNode | None:
    """The element that dates the revision the page shows: a diff's later column's heading, or an old
    revision's box."""
    if diff:
        return tree.css_first("#mw-diff-ntitle1") or tree.css_first("#mw-mf-diff-info")
    return tree.css_first("#mw-revision-date") or tree.css_first("#mw-revision-info")


def _line_of_the_revision(
    html: str, revision: str, diff: bool, tree: LexborHTMLParser | None
) -> tuple[LexborHTMLParser, LexborNode] | None:
    """The page's tree and the element that dates the revision it shows; None where the page shows another
    revision than `revision`, or no such element. `diff`: the page is a diff, whose later revision is the one
    shown."""
    config = html[:_MOST_CONFIG_CHARS]
    for pattern in (_CONFIG_REVISION, _CONFIG_DIFF_NEW) if diff else (_CONFIG_REVISION,):
        shown = pattern().search(config)
        # `0`: a special page's (a mobile diff's), which names no revision; its heading dates the one shown.
        if shown is not None and shown.group(1) not in (revision, "0"):
            return None
    tree = tree if tree is not None else LexborHTMLParser(within_nesting(html))
    line = _shown_revision_line(tree, diff)
    if line is None:
        return None
    if diff:
        # The heading links the revision it dates (`…&oldid=N`): another's is no time of the cited one.
        linked = line.css_first("a[href]")
        href = (linked.attributes.get("href") or "") if linked is not None else ""
        if dict(parse_qsl(urlsplit(href[:2_000]).query)).get("oldid", revision) != revision:
            return None
    return tree, line


def _compared_revision(html: str, tree: LexborHTMLParser, revision: str) -> dict[str, str]:
    """What a diff to the current revision's page shows of the older revision it compares (`revision`, the
    link's `oldid`) in its left column: its time (ISO, `…Z`) or, in the wiki's own language, its day, and its
    user, as `fields`; none of them where the page's `wgDiffOldId` or the column's link names another."""
    shown = _CONFIG_DIFF_OLD().search(html[:_MOST_CONFIG_CHARS])
    line = tree.css_first("#mw-diff-otitle1")
    if (shown is not None and shown.group(1) != revision) or line is None:
        return {}
    linked = line.css_first("a[href]")
    href = (linked.attributes.get("href") or "") if linked is not None else ""
    if dict(parse_qsl(urlsplit(href[:2_000]).query)).get("oldid", revision) != revision:
        return {}
    said = _words_of(line)
    made = _time_in(said)
    day = _day_in(said) if made is None else None
    fields: dict[str, str] = {}
    if made is not None:
        fields[COMPARED_TIME_FIELD] = made.isoformat().replace("+00:00", "Z")
    elif day is not None:
        fields[COMPARED_TIME_FIELD] = day.isoformat()
    name = _user_at(tree, _DIFF_OLD_USER)
    if name is not None:
        fields[COMPARED_EDITOR_FIELD] = name
    return fields


def _mobile_diff_article(tree: LexborHTMLParser) -> str | None:
    """The article a mobile diff's heading names (`#mw-mf-diff-info h2`); None on any other page. The page's
    own title is MobileFrontend's (`Changes to <article>`), and it has no OpenGraph title naming the article
    as a desktop diff's has: a note's title of the article warned as only part of it."""
    heading = tree.css_first("#mw-mf-diff-info h2")
    name = squeeze(heading.text(separator=" ")[:_MOST_INFO_CHARS]) if heading is not None else ""
    return name or None


def _words_of(line: LexborNode) -> str:
    """The words of the element that dates a revision (its first `_MOST_INFO_CHARS`)."""
    return line.text(separator=" ")[:_MOST_INFO_CHARS]


def _editor_shown(tree: LexborHTMLParser, diff: bool) -> str | None:
    """The wiki user the page shows as the editor of the revision it shows (an old revision's `as edited by
    <user>`, a diff's later column's user); None where it names none. Asked only where the page shows the
    cited revision (`_line_of_the_revision`)."""
    return _user_at(tree, _DIFF_NEW_USER if diff else _REVISION_USER)


def _user_at(tree: LexborHTMLParser, where: str) -> str | None:
    """The wiki user the first element `where` selects names (a revision's user link); None for none."""
    user = tree.css_first(where)
    name = squeeze(user.text(separator=" ")[:_MOST_INFO_CHARS]) if user is not None else ""
    return name or None


def _time_in(said: str) -> dt.datetime | None:
    """The time a revision line says in English (`14:02, 3 March 2024`: UTC, as English wikis show it to a
    reader who is not logged in); None where it says none this reads."""
    found = _REVISION_TIME().search(said)
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


def _day_in(said: str) -> dt.date | None:
    """The day a revision line writes in the wiki's language (`3. März 2024 um 14:02 Uhr`, `14:02, 3 марта
    2024`); None where it holds no one day.

    A wiki in another language shows its times in its own zone (the German Wikipedia's in Berlin's), not
    UTC: the day is the one its readers see and cite, the time of day is not read as UTC's. Such a line
    gave no time, and a note citing the revision's day could not be confirmed."""
    found = find_date(said)
    return found.date if found.date is not None and not found.ambiguous and not found.in_a_range else None


def revision_time(
    html: str, revision: str, diff: bool = False, tree: LexborHTMLParser | None = None
) -> dt.datetime | None:
    """When the revision the page shows was made, as its revision line says in English (`_time_in`); None
    where the page shows another revision than `revision`, or no revision line this reads. `diff`: the page
    is a diff, whose later revision is the one shown."""
    found = _line_of_the_revision(html, revision, diff, tree)
    return _time_in(_words_of(found[1])) if found is not None else None


@dataclasses.dataclass(frozen=True)
class _RevisionParts:
    """What a revision's or a diff's page shows over the revision, taken out of its markup: the markup
    without them, and the words of each kind."""

    markup: str
    summaries: str
    removed: str


def _taken_out(tree: LexborHTMLParser, selector: str) -> list[str]:
    """The words of the elements `selector` finds (the first `_MOST_PARTS`, none inside another), each
    removed from the tree."""
    nodes = tree.css(selector)[:_MOST_PARTS]
    words: list[str] = []
    for node in nodes:
        said = squeeze(node.text(separator=" ")[:_MOST_INFO_CHARS])
        if said:
            words.append(said)
    for node in reversed(nodes):  # innermost first: no node removed is read again
        node.decompose()
    return words


def _revision_parts(html: str, tree: LexborHTMLParser) -> _RevisionParts | None:
    """The page's edit summaries and the lines its diff shows removed, taken out of `tree` (parsed from
    `html`); None where it shows none (a page that names neither's markup is not walked)."""
    if "comment" not in html and "diff-" not in html:
        return None
    summaries = _taken_out(tree, _SUMMARIES)
    removed = _taken_out(tree, _REMOVED)
    headings = _taken_out(tree, _DIFF_HEADINGS)
    if not (summaries or removed or headings):
        return None
    return _RevisionParts(
        markup=tree.html or html,
        summaries=" | ".join(summaries)[:_MOST_KEPT_CHARS],
        removed=" | ".join(removed)[:_MOST_KEPT_CHARS],
    )


def _without_revision_parts(page: CapturedPage, parts: _RevisionParts) -> CapturedPage:
    """The captured page with its answer's body the markup without what shows over the revision, read as
    UTF-8 (the WARC keeps the bytes received)."""
    main = page.answer()
    if main is None:
        return page
    headers = tuple(pair for pair in main.headers if pair[0].lower() != "content-type")
    body = dataclasses.replace(
        main,
        body=parts.markup.encode("utf-8", errors="replace"),
        headers=(*headers, ("Content-Type", "text/html; charset=utf-8")),
    )
    responses = tuple(body if response is main else response for response in page.responses)
    return dataclasses.replace(page, responses=responses)


def _named_as_the_wiki_names_them(post: SourcePost, wiki: str) -> SourcePost:
    """The post with its JSON-LD's collective author and host (`Contributors to Wikimedia projects`,
    `Wikimedia Foundation, Inc.`) named as the wiki names them (`Wikipedia contributors`, `Wikipedia`); any
    other author is left as read."""
    author = post.author if (post.author or "").casefold() != _WIKI_AUTHOR else f"{wiki} contributors"
    publisher = post.publisher
    fields = dict(post.fields)
    if publisher is None or publisher.casefold().startswith(_WIKI_HOST):
        if publisher is not None:
            fields["JSON-LD publisher"] = publisher
        publisher = wiki
    if (author, publisher) == (post.author, post.publisher):
        return post
    return post.model_copy(update={"author": author, "publisher": publisher, "fields": fields})


class WikipediaRevisionExtractor(Extractor):
    """A Wikimedia wiki's page, read as a web page: its authors as the wiki names them, and a revision's
    (a permanent link's, a diff's) dated by that revision, what shows over it kept out of its words."""

    platform = Platform.WEB

    def handles(self, url: str) -> bool:
        return wiki_name(url) is not None

    def extract(self, page: CapturedPage) -> SourcePost:
        revision = cited_revision(page.url)
        diff = _is_a_diff(page.url)
        main = page.answer()
        html = decode_html(main) if main is not None and main.status == 200 else ""
        # A diff whose link names no revision (`diff=next`, `diff=cur`) shows the one its page names as the
        # diff's later one: read as the article's current page, it was dated by the article's first edit.
        named_by_the_page = revision is None and diff and bool(html)
        if named_by_the_page:
            shown = _CONFIG_DIFF_NEW().search(html[:_MOST_CONFIG_CHARS])
            revision = shown.group(1) if shown is not None else None
        tree = LexborHTMLParser(html) if (revision is not None or diff) and html else None
        # Dated, and its editor read, before what shows over the revision is taken out: a diff's column
        # heading dates it and names its user. Its line found once: a page showing another revision gives
        # neither.
        dating = (
            _line_of_the_revision(html, revision, diff, tree)
            if revision is not None and tree is not None
            else None
        )
        said = _words_of(dating[1]) if dating is not None else None
        # The older revision a diff to the current one compares, read before its column is taken out.
        compared = compared_with_the_current(page.url) if named_by_the_page else None
        compared_fields = (
            _compared_revision(html, tree, compared) if compared is not None and tree is not None else {}
        )
        editor = _editor_shown(dating[0], diff) if dating is not None else None
        made = _time_in(said) if said is not None else None
        day = _day_in(said) if said is not None and made is None else None
        article = _mobile_diff_article(tree) if diff and tree is not None else None
        parts = _revision_parts(html, tree) if tree is not None else None
        read = _without_revision_parts(page, parts) if parts is not None else page
        post = WebExtractor().extract(read)
        wiki = wiki_name(page.url)
        post = _named_as_the_wiki_names_them(post, wiki) if wiki else post
        if article is not None:
            post = post.model_copy(update={"title": article})
        fields = dict(post.fields)
        if parts is not None:
            kept = {EDIT_SUMMARIES_FIELD: parts.summaries, REMOVED_LINES_FIELD: parts.removed}
            fields |= {name: words for name, words in kept.items() if words}
        # A diff shows a revision (its later one) even where neither its link nor its page names which: the
        # article's dates are never that revision's.
        if tree is None or post.problem is not None or (revision is None and not diff):
            return post.model_copy(update={"fields": fields}) if fields != post.fields else post
        # The article's first and latest edits are kept under names that say whose they are: read as the
        # page's own (`modified`), the latest edit said the quoted words may predate an update the cited
        # revision never had.
        fields = {name: value for name, value in fields.items() if name not in _ARTICLE_DATES}
        fields |= {f"article's {name}": post.fields[name] for name in _ARTICLE_DATES if name in post.fields}
        if revision is not None:
            fields[REVISION_FIELD] = revision
        if editor is not None:
            fields[EDITOR_FIELD] = editor
        if compared is not None:
            fields[COMPARED_REVISION_FIELD] = compared
            fields |= compared_fields
        whose = f"revision {revision}" + (
            ", the article's current one as the diff's page names it, which the link "
            f"({current_named_as(page.url)}) shows"
            if compared is not None
            else ", the diff's later one as its page names it"
            if named_by_the_page
            else ""
        )
        if made is None and day is None:
            # The article's dates are not the revision's: no time rather than the article's first edit.
            return post.model_copy(
                update={
                    "published": None,
                    "published_from": None,
                    "published_day_only": False,
                    "fields": fields,
                }
            )
        if made is None and day is not None:
            return post.model_copy(
                update={
                    "published": dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC),
                    "published_from": f"the day of {whose}, as the page shows it in the wiki's own time",
                    "published_day_only": True,
                    "fields": fields,
                }
            )
        return post.model_copy(
            update={
                "published": made,
                "published_from": f"the time of {whose}, as the page shows it",
                "published_day_only": False,
                "fields": fields,
            }
        )
