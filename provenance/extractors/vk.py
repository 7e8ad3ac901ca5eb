"""VK (VKontakte): a wall post read from VK's server-rendered page of it, never from another post on the page.

VK serves a visitor not signed in the HTML of a public wall post: its own page (`vk.com/wall<owner>_<post>`,
`m.vk.com/…`), or, for a link that opens the post over another page (`vk.com/<community>?w=wall-1_2`), the
post's own page asked beside it (`side_urls.vk_side_urls`). Which links name what: `platforms.vk_link`.

Rules, as a fact-checker reads a post:
- Only the element whose id names the cited post is read: the desktop's `div.post` whose `id` is
  `post<owner>_<post>` or whose `data-post-id` is `<owner>_<post>`, m.vk.com's `div.wall_item` whose
  `data-post-id` is; never a comment's (`div.reply`: its id of the same form, in the wall's numbering) nor
  one inside another post's repost. A community page's pinned post, the wall's first post, a recommended
  post are other posts: a page without the cited one's element is not read (its own word in the post's
  place, "Post not found", "This page is hidden", a login form, is said; else `script-shell`). VK repeats
  a pinned post further down a wall with less markup: the copy with the most words is read.
- Its author is the header's author link (desktop `.post_header .post_author a.author`, the redesigned
  desktop's `.PostHeader a.PostHeaderTitle__authorLink`, m.vk.com `.wi_head a.pi_author`): who posted, who may
  not be the wall's owner; its handle the link's path (`rybar`, `club12345`), its id `data-from-id` where
  given. An archived copy's links (the Wayback Machine's `/web/<stamp>/https://vk.com/rybar`) are read as the
  pages they link (`pages.linked_out_of_a_copy`), the author's and the repost's alike. A community's post
  signed by the member who wrote it (`signer_id`: desktop `div.wall_signed`, m.vk.com `div.pi_signed`, under
  the post's own words, never a repost's) is that member's, the community its publisher, as a signed Telegram
  channel post is (`signed_by`).
- Its words are its own text block (desktop `div.wall_post_text`, m.vk.com `div.pi_text` in its
  `div.wi_body`, the 2024 desktop's "show more" text `div[data-testid=showmoretext]`), never a comment's
  under it nor one inside the repost it shows (desktop `div.copy_quote`, the redesigned desktop's
  `div.PostCopyQuote`, whether or not the post's element is marked a repost, m.vk.com `div.pic_body_wrap`):
  a repost's words and author are the original poster's, kept as `quoted_post` and
  `quoted_post_author`, never the post's own; a repost with no words of its own names the reposted post's
  author as a Telegram forward's original author is (`forwarded_from`, with their account where the name is
  the reposter's own; none for a repost of the reposter's own post), so that `checks.author` never passes
  the repost as the reposter's own post. A post VK marks as a repost (its element's `data-copy`, the
  reposted post's id, or its class `post_copy`) whose shown repost is in none of those blocks (markup of
  another generation) has no words read as its own on the desktop: which of its text blocks are the
  reposted post's is not known (m.vk.com's own block is known by its place). "Show more" is dropped, and
  the rest of a long text it hides (sent whole, hidden until clicked) is read as the post's.
- Its time is a Unix `time`, `data-time` or `data-ts` attribute of its header's date, or a `<time>`'s
  `datetime` with its offset (exact); else the date its header shows with its year and time of day
  ("21 Jan 2022 at 10:15 am", "21 янв 2022 в 10:15"; or the date link's `title`, a `rel_date`'s
  `abs_time`), which VK shows a visitor not signed in in Moscow time: read as UTC+3 (UTC+4 from 27 March
  2011 to 26 October 2014); the time of an earlier date is not read (Moscow's summer time then). A date
  with its year but no time is the day shown. A date without its year ("12 авг в 10:30", this year's, as
  the redesigned desktop shows them), "today" or "yesterday" is relative to a day the capture does not
  say VK meant: not read.
- A comment's link (`?reply=`, `?w=wall-1_2_r3`) names a comment, not the post above it, and a video's, a
  clip's or a photo's link names no wall post, on vk.com or on VK Video's own site (`vkvideo.ru/video-1_2`,
  `/clip-1_2`, read here, not as a web page: `vk_video_link`): their page's problems are said (VK's words
  for a deleted, blocked or private video: "Видео удалено", "изъята из публичного доступа"), but neither is
  read as a post (`unread` says what the link names); a video's title, author and date are not read.
- A post for a community's paying VK Donut subscribers shows anyone else its header over a stub in its words'
  place ("Запись доступна только подписчикам VK Donut", "This post is only available to VK Donut
  subscribers", markup whose classes name Donut holding every word shown, or the community's own stub words
  over VK's button to subscribe, `/donut/<community>`), or VK's page says only that: a `login-wall`, its
  header's author and date kept, never a post of the stub's words or of none, nor a deleted post.
- VK's notice that it withholds a post or a video in the country it is asked from ("Этот материал
  заблокирован на территории РФ …", "… blocked in your country"), in its notice box or on a page of few
  words, is `unavailable` naming a region block (shown elsewhere, or in an archived copy), never a page
  that needs its scripts.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from provenance.citations.platforms import VkLink, vk_link
from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.pages import (
    MAX_TEXT,
    decode_html,
    linked_out_of_a_copy,
    node_text,
    raw_fields,
    squeeze,
)
from provenance.extractors.web import is_html, read_web_page
from provenance.models import Platform, SourcePost
from provenance.patterns import on_first_use
from provenance.side_urls import VK_POST_PAGE, vk_post_page_url
from provenance.warc.reader import StoredResponse

_MAX_HTML = 3_000_000
_MAX_CANDIDATES = 20  # elements naming the cited post: a page shows it once, a pinned post twice
_MAX_DEPTH = 200  # ancestors looked at to know whether an element is inside a repost
_QUOTE_CLASSES = frozenset({"copy_quote", "pic_body_wrap"})
# The redesigned desktop's repost block (`PostCopyQuote PostCopyQuote--redesignV3`): known by its class's
# stem, whatever generation its modifier names.
_QUOTE_CLASS_STEM = "PostCopyQuote"
_QUOTE_SELECTOR = 'div.copy_quote, div.pic_body_wrap, div[class*="PostCopyQuote"]'
# A post's element; a comment's (`div.reply`, under a post) has an id of the same form (`post-12345_680`), in
# the same numbering as the wall's posts: never read as a post.
_POST_CLASSES = frozenset({"post", "wall_item"})
_COMMENT_CLASSES = frozenset({"reply", "reply_item", "ReplyItem"})
# The redesigned desktop's of 2024 on (`vkit` components) shows a post's words in its "show more" text
# (`div[data-testid=showmoretext]`, its classes `vkitShowMoreText__root--<hash>`), whole, clamped by CSS.
_TEXT_SELECTOR = (
    "div.wall_post_text, div.pi_text, "
    'div[data-testid="showmoretext"], div[data-testid="showmoretext-in-expanded"]'
)
# A post's header: the legacy desktop's `div.post_header`, the redesigned desktop's `div.PostHeader`
# (`Post--redesignV3`), m.vk.com's `div.wi_head`; its author link in each.
_HEADER_SELECTOR = "div.post_header, div.PostHeader, div.wi_head"
_AUTHOR_SELECTOR = "a.author, a.PostHeaderTitle__authorLink, a.pi_author, .post_author a"
_AUTHOR_NAME_SELECTOR = ".PostHeaderTitle__authorName"
# A community's post signed by the member who wrote it: the legacy desktop's `div.wall_signed` (its link
# `a.wall_signed_by`), m.vk.com's `div.pi_signed`.
_SIGNED_SELECTOR = ".wall_signed_by, .wall_signed, .pi_signed"
_COPY_AUTHOR_SELECTOR = "a.copy_author, a.pi_author, .copy_post_author a, .copy_post_header_info a"
# Where a header shows its date: the legacy desktop's `span.rel_date` (in `div.post_date`; its `abs_time` the
# date in full where its text says "two minutes ago"), m.vk.com's `a.wi_date`, the redesigned desktop's
# `a.PostHeaderSubtitle__link` (its `title` the full date) and its `.PostHeaderSubtitle__item`.
_DATE_SELECTOR = (
    "span.rel_date, a.wi_date, .post_date a, a.PostHeaderSubtitle__link, .PostHeaderSubtitle__item, "
    '[data-testid="post_date_block_preview"]'
)
_SHOWN_ATTRIBUTES = ("title", "abs_time")
_UNIX_ATTRIBUTES = ("time", "data-time", "data-ts")
# "Show more"'s button inside a long text, whose rest follows it hidden until clicked.
_MORE_SELECTOR = '.wall_post_more, .pi_text_more, .PostTextMore, button[data-testid="showmoretext-button"]'

# The dates VK shows, lowercased and squeezed: `21 jan 2022 at 10:15 am`, `jan 21, 2022 at 10:15 am`,
# `21 янв 2022 в 10:15`, `21 января 2022`. Each part a bounded run: linear on any input.
_SHOWN_DATE = on_first_use(
    r"(?:(?P<day>[0-9]{1,2})\s+(?P<month>[a-zа-яё]{3,9})\.?|(?P<month2>[a-z]{3,9})\.?\s+(?P<day2>[0-9]{1,2}),)"  # noqa: RUF001
    r"\s+(?P<year>[0-9]{4})"
    r"(?:\s+(?:at|в)\s+(?P<hour>[0-9]{1,2}):(?P<minute>[0-9]{2})(?:\s*(?P<ampm>am|pm))?)?"
)
_MONTH_NAMES = (
    ("jan", "янв"),
    ("feb", "фев"),
    ("mar", "мар"),
    ("apr", "апр"),
    ("may", "мая", "май"),
    ("jun", "июн"),
    ("jul", "июл"),
    ("aug", "авг"),
    ("sep", "сен"),
    ("oct", "окт"),
    ("nov", "ноя"),
    ("dec", "дек"),
)
# A month by its name's first three letters (`jan`, `january`, `янв`, `января`; May's `мая` and `май`).
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names}
# Moscow's offset from UTC by the local time it began: UTC+4 all year from 27 March 2011, UTC+3 from
# 26 October 2014. Before 2011 Moscow kept summer time (UTC+4 in summer, UTC+3 in winter, changed at night):
# not read.
_MSK_SINCE_2014 = dt.datetime(2014, 10, 26, 2, 0)
_MSK_SINCE_2011 = dt.datetime(2011, 3, 27, 2, 0)
_FIRST_VK_TIME = 1_136_073_600  # 2006-01-01: VK began in October 2006
_LAST_SANE_TIME = 4_102_444_800  # 2100-01-01

# What VK's page says in place of a post, lowercased: deleted, not found, hidden, private, blocked.
_GONE = on_first_use(
    r"post not found|post (?:was|has been) deleted|this post (?:was|has been) deleted|post deleted"
    r"|this page (?:is hidden|has been (?:deleted|blocked|removed))|this (?:is a )?(?:private|closed)"
    r" (?:community|group|profile)|this profile is private|access (?:denied|restricted)"
    r"|запись (?:не найдена|удалена|была удалена)|пост удал[её]н|страница (?:скрыта|удалена|заблокирована)"
    r"|это (?:закрытое|частное) сообщество|закрытая группа|доступ (?:запрещ[её]н|ограничен)"
    r"|профиль закрыт|сообщество заблокировано"
)
# What VK's page of a video says in place of it, lowercased: deleted, not found, blocked, private.
_VIDEO_GONE = on_first_use(
    r"видео(?:запись)? (?:был[оа] )?(?:удален[оа]|не найден[оа]|недоступн[оа]|заблокирован[оа])"  # noqa: RUF001
    r"|изъят[аоы]? из публичного доступа|скрыт[оа] настройками приватности"  # noqa: RUF001
    r"|доступ к видео(?:записи)? ограничен"
    r"|video (?:not found|(?:was|has been) (?:deleted|removed|blocked)|is (?:unavailable|private|restricted))"
    r"|this video (?:was|has been|is) (?:deleted|removed|blocked|unavailable|private|restricted)"
    r"|removed from public access|video file not found"
)
# What VK's page says in place of a post or a video it withholds in the country it is asked from, by a
# government's demand ("Этот материал заблокирован на территории РФ на основании требования …", "This
# material is blocked in your country"), lowercased: the post is there, shown elsewhere. Unread, such a page
# was said to need its scripts, which no later capture from that country gets past.
_WITHHELD_HERE = on_first_use(
    r"заблокирован\w{0,3} (?:на территории|в вашей стране)|недоступ\w{0,4} (?:на территории|в вашей стране)"
    r"|(?:blocked|not available|unavailable) (?:in your (?:country|region)|in the russian federation"
    r"|on the territory of)"
)
# VK Donut: a community's post for its paying subscribers alone, which VK shows anyone else as its header
# (author, date) over a stub in its words' place ("Запись доступна только подписчикам VK Donut", "This post
# is only available to VK Donut subscribers", a button to subscribe), marked by classes naming Donut
# (`donut_stub`, `PostDonutStub`). Read as the post, the stub's words (or none) passed `captured`, and a note
# without a quote was verified on a post whose words nobody here saw; read as a page of few words, it could be
# taken for a deleted one. Both words are asked (lowercased, `in` tests: no pattern over Cyrillic): VK's name
# for the scheme, and what it says of who may read the post.
_DONUT_NAME = "vk donut"
_DONUT_SAYS = (
    *("доступна только", "доступен только", "доступно только", "только для подписчиков"),
    *("только подписчикам", "для донов", "only available to", "available only to", "only for"),
    "subscribers only",
)
_DONUT_MARKS = '[class*="donut" i]'  # `donut_stub`, `PostDonutStub`, `DonutPlaceholder`
_MAX_DONUT_WORDS = 400  # a stub's few words: a post's long text naming VK Donut is the post's words
_DONUT_BUTTONS = 'a[href*="/donut/" i][class*="button" i]'  # `FlatButton`, `vkuiButton`: a link is no button
_LOGIN_WORDS = on_first_use(r"log in to vk|sign in to vk|войдите на сайт|войдите,? чтобы|войти во вконтакте")
_LOGIN_HOSTS = frozenset({"id.vk.com", "oauth.vk.com", "login.vk.com"})
_LOGIN_PATHS = frozenset({"login", "join", "auth", "login.php"})
_WHAT = {
    "video": "a video",
    "clip": "a clip (a short video)",
    "photo": "a photo",
}
# VK Video's own site, whose video's (`vkvideo.ru/video-<owner>_<id>`) and clip's (`/clip-…`) pages are VK's
# pages of them, as `vk.com/video-…` is.
_VK_VIDEO_HOSTS = frozenset({"vkvideo.ru", "www.vkvideo.ru", "m.vkvideo.ru"})
_VK_VIDEO_ITEM = on_first_use(r"/(?P<kind>video|clip)(?P<owner>-?[0-9]{1,20})_(?P<item>[0-9]{1,20})/?")


def vk_video_link(url: str) -> VkLink | None:
    """The video or clip a link on VK Video's site names (`https://vkvideo.ru/video-12345_456239017`), or
    None for any other link."""
    if "vkvideo." not in url.lower():
        return None  # most links
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").rstrip(".")
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or host not in _VK_VIDEO_HOSTS:
        return None
    found = _VK_VIDEO_ITEM().fullmatch(parts.path[:100])
    if found is None:
        return None
    return VkLink(kind=found.group("kind"), owner=found.group("owner"), item=found.group("item"))


def _classes(node: LexborNode) -> set[str]:
    return set((node.attributes.get("class") or "").split())


def _is_quote(classes: set[str]) -> bool:
    """Whether an element of `classes` is a block showing a repost: its words and author another's."""
    return bool(classes & _QUOTE_CLASSES) or any(name.startswith(_QUOTE_CLASS_STEM) for name in classes)


def _is_comment(classes: set[str]) -> bool:
    return bool(classes & _COMMENT_CLASSES)


def _inside(node: LexborNode, kind: Callable[[set[str]], bool], stop: LexborNode | None = None) -> bool:
    """Whether an ancestor of `node` (below `stop`) is of the `kind` its classes say (`_is_quote`,
    `_is_comment`)."""
    current = node.parent
    for _ in range(_MAX_DEPTH):
        if current is None or (stop is not None and current.mem_id == stop.mem_id):
            return False
        if kind(_classes(current)):
            return True
        current = current.parent
    return True  # nested deeper than any real post: taken as inside, so not read as the post's own


def _post_nodes(tree: LexborHTMLParser, post_id: str) -> list[LexborNode]:
    """The elements of the cited post (`post_id`: `<owner>_<post>`, digits and `-` alone), outside any
    repost another post shows, and outside one another: an element of the post inside another of it is
    part of that one, read with it, and an element matching both its id and its `data-post-id` is one (VK
    nests none so; each read again, twenty such elements around the page's text had it parsed twenty
    times over, 20 s for a page of 3 MB)."""
    selector = f'div[id="post{post_id}"], div[data-post-id="{post_id}"]'
    # One element matching both parts of the selector is found twice: read once.
    found = list({node.mem_id: node for node in tree.css(selector)[: 2 * _MAX_CANDIDATES]}.values())
    found = [
        node
        for node in found[:_MAX_CANDIDATES]
        if _classes(node) & _POST_CLASSES
        and not _classes(node) & _COMMENT_CLASSES
        and not _inside(node, _is_quote)
    ]
    ids = {node.mem_id for node in found}
    return [node for node in found if not _within_one_of(node, ids)]


def _within_one_of(node: LexborNode, ids: set[int]) -> bool:
    """Whether an ancestor of `node` (within `_MAX_DEPTH`) is one of the elements `ids` names."""
    current = node.parent
    for _ in range(_MAX_DEPTH):
        if current is None:
            return False
        if current.mem_id in ids:
            return True
        current = current.parent
    return False


def _words(block: LexborNode) -> str:
    """The words a text block shows, "Show more" read as its reader reads it once clicked: the button gone,
    the rest it hid shown."""
    copy = LexborHTMLParser(block.html or "")
    for more in copy.css(_MORE_SELECTOR)[:20]:
        hidden = more.next
        if hidden is not None and hidden.tag == "span" and "style" in hidden.attributes:
            del hidden.attrs["style"]
        more.decompose()
    root = copy.body or copy.root
    return node_text(root) if root is not None else ""


def _own(nodes: list[LexborNode], post: LexborNode) -> list[LexborNode]:
    return [node for node in nodes if not _inside(node, _is_quote, stop=post)]


def _own_text_block(post: LexborNode) -> LexborNode | None:
    """The post's own text block: the first outside its repost and the comments under it (m.vk.com's in the
    post's `div.wi_body`): the redesigned desktop shows a comment's words in the same "show more" block as
    the post's, and a post of a photo alone had the first comment's words read as its own."""
    own = [
        block for block in _own(post.css(_TEXT_SELECTOR)[:50], post) if not _inside(block, _is_comment, post)
    ]
    for block in own:
        if "pi_text" in _classes(block):
            parent = block.parent
            if parent is None or "wi_body" not in _classes(parent):
                continue
        return block
    return None


def _repost(post: LexborNode, page_uri: str) -> dict[str, str | None]:
    """The post another's post shows inside it: its words and author, kept as another's."""
    quote = next(
        (node for node in post.css(_QUOTE_SELECTOR)[:10] if not _inside(node, _is_quote, post)),
        None,
    )
    if quote is None:
        return {}
    blocks = quote.css(_TEXT_SELECTOR)[:10]
    author = quote.css_first(_COPY_AUTHOR_SELECTOR)
    link = quote.css_first("a.published_by_date, a.pic_desc_a, .copy_post_date a")
    path = _vk_path(_href(link, page_uri)) if link is not None else None
    return {
        "quoted_post": "\n".join(part for part in (_words(block) for block in blocks) if part)[:MAX_TEXT]
        or "(a repost: its words are not the post's)",
        "quoted_post_author": squeeze(author.text()) if author is not None else None,
        "quoted_post_uri": f"https://vk.com{path}" if path is not None and len(path) < 300 else None,
        "quoted_post_author_link": _href(author, page_uri)[:300] or None if author is not None else None,
        "quoted_post_author_id": (author.attributes.get("data-from-id") or "")[:40] or None
        if author is not None
        else None,
    }


_MAX_NAME = 300  # a name VK shows is a few words: a hostile page's megabyte is not compared whole


def _reposted_from(
    repost: dict[str, str | None], author: str | None, author_link: LexborNode | None, page_uri: str
) -> str | None:
    """Whose post a repost with no words of its own shows (its author's name, with their account where the
    name is the reposter's own: a namesake, an impersonator), named as a Telegram forward's original author
    is (`forwarded_from`), so that `checks.author` never passes the repost as the reposter's own post: read
    only as the reposted words, a note crediting the repost to the reposter, with no quote to search, passed
    `author`, and one crediting the words' author failed it. None for a repost of the reposter's own post
    (its account's id or link the same), or one whose author VK does not show."""
    name = (repost.get("quoted_post_author") or "")[:_MAX_NAME]
    if not name:
        return None
    own_id = (author_link.attributes.get("data-from-id") or None) if author_link is not None else None
    own_handle = _handle(author_link, page_uri) if author_link is not None else None
    their_id = repost.get("quoted_post_author_id")
    their_link = repost.get("quoted_post_author_link") or ""
    their_handle = _handle_of(their_link)
    if (own_id and their_id and own_id == their_id) or (
        own_handle and their_handle and own_handle.casefold() == their_handle.casefold()
    ):
        return None
    from provenance.names import speaker_key  # the key `checks.author` compares names by

    if author and speaker_key(name[:_MAX_NAME]) == speaker_key(author[:_MAX_NAME]):
        return f"{name} (@{their_handle})" if their_handle else f"{name} (another account)"
    return name


# The id VK gives a repost's element of the post it reposts (`data-copy="-999_12"`): `<owner>_<post>`.
_COPIED_ID = on_first_use(r"-?[0-9]{1,20}_[0-9]{1,20}")


def _unseen_repost(post: LexborNode) -> dict[str, str | None]:
    """What is kept of the post a repost shows when VK marks the post a repost (`data-copy`, class
    `post_copy`) but none of its blocks is a repost's this reader knows (`copy_quote`, `pic_body_wrap`);
    {} for a post not marked so."""
    copied = (post.attributes.get("data-copy") or "").strip()
    if not copied and "post_copy" not in _classes(post):
        return {}
    if "wall_item" in _classes(post):
        # m.vk.com's: its own words are told by their place (the `pi_text` of its `wi_body`), a repost's
        # are not there, whatever block shows them.
        return {}
    return {
        "quoted_post": "(a repost, shown in markup this reader does not know: none of the post's words are "
        "told apart from the reposted post's)",
        "quoted_post_uri": f"https://vk.com/wall{copied}" if _COPIED_ID().fullmatch(copied) else None,
    }


def _header(post: LexborNode) -> LexborNode | None:
    return next(iter(_own(post.css(_HEADER_SELECTOR)[:10], post)), None)


def _handle(link: LexborNode, page_uri: str) -> str | None:
    """The account a link names by its path (`/rybar` -> `rybar`, `/club12345`), or None."""
    return _handle_of(_href(link, page_uri))


def _href(link: LexborNode, page_uri: str) -> str:
    """Where a link of the page at `page_uri` leads: an archived copy's link (the Wayback Machine's
    `/web/<stamp>/https://vk.com/rybar`) as the page it links (`pages.linked_out_of_a_copy`), any other as
    written. Read as written, a Wayback copy gave the post's author no account, and its repost a link to no
    page (`https://vk.com/web/<stamp>/…`)."""
    return linked_out_of_a_copy(link.attributes.get("href") or "", page_uri)


def _vk_path(href: str) -> str | None:
    """The path (and query) of a link on VK's own site, relative (`/wall-1_2`) or whole
    (`https://vk.com/wall-1_2`, m.vk.com's); None for a link elsewhere."""
    if href.startswith("/") and not href.startswith("//"):
        return href
    for site in ("https://vk.com/", "https://m.vk.com/"):
        if href.startswith(site):
            return "/" + href.removeprefix(site)
    return None


def _handle_of(href: str) -> str | None:
    """The account an address names by its path (`/rybar` -> `rybar`), or None."""
    path = urlsplit(href).path if href.startswith(("/", "https://vk.com/", "https://m.vk.com/")) else ""
    name = path.strip("/")
    return name if name and re.fullmatch(r"[A-Za-z0-9_.]{1,64}", name) else None


def _unix_time(value: str | None) -> dt.datetime | None:
    if value is None or not value.isascii() or not value.isdigit() or len(value) > 12:
        return None
    seconds = int(value)
    if not _FIRST_VK_TIME <= seconds <= _LAST_SANE_TIME:
        return None
    return dt.datetime.fromtimestamp(seconds, dt.UTC)


def _iso_time(value: str | None) -> dt.datetime | None:
    """An ISO 8601 time with its offset (one without says no zone: not read)."""
    try:
        moment = dt.datetime.fromisoformat(value[:40]) if value else None
    except ValueError:
        return None
    if moment is None or moment.tzinfo is None:
        return None
    return moment.astimezone(dt.UTC) if _FIRST_VK_TIME <= moment.timestamp() <= _LAST_SANE_TIME else None


def _moscow_offset(local: dt.datetime) -> dt.timezone | None:
    if local >= _MSK_SINCE_2014:
        return dt.timezone(dt.timedelta(hours=3))
    if local >= _MSK_SINCE_2011:
        return dt.timezone(dt.timedelta(hours=4))
    return None


def shown_time(text: str) -> tuple[dt.datetime, bool] | None:
    """(the time, whether only its day is known) a date VK shows means, read in Moscow time (UTC+3; +4 from
    March 2011 to October 2014); None for a date without its year, a relative one ("today at 10:15",
    "вчера в 9:00"), a time before 2011, or no date."""
    found = _SHOWN_DATE().fullmatch(squeeze(text).lower()[:80])
    if found is None:
        return None
    day = found.group("day") or found.group("day2")
    word = found.group("month") or found.group("month2")
    year = found.group("year")
    month = _MONTHS.get(word[:3])
    if month is None:
        return None
    hour_text = found.group("hour")
    try:
        if hour_text is None:
            return dt.datetime(int(year), month, int(day), tzinfo=dt.UTC), True
        hour, minute, ampm = int(hour_text), int(found.group("minute")), found.group("ampm")
        if ampm is not None:
            if not 1 <= hour <= 12:
                return None
            hour = hour % 12 + (12 if ampm == "pm" else 0)
        local = dt.datetime(int(year), month, int(day), hour, minute)
    except ValueError:
        return None
    offset = _moscow_offset(local)
    return (local.replace(tzinfo=offset).astimezone(dt.UTC), False) if offset is not None else None


def _published(header: LexborNode | None) -> tuple[dt.datetime | None, bool, str | None, str | None]:
    """(time, day only, where it came from, the date as shown) of the post's header."""
    if header is None:
        return None, False, None, None
    for node in header.css("[time], [data-time], [data-ts]")[:10]:
        for name in _UNIX_ATTRIBUTES:
            moment = _unix_time(node.attributes.get(name))
            if moment is not None:
                return moment, False, f"the `{name}` of the post's date on VK's page (Unix time)", None
    for node in header.css("time[datetime]")[:10]:
        moment = _iso_time(node.attributes.get("datetime"))
        if moment is not None:
            return moment, False, "the `datetime` of the post's `<time>` on VK's page", None
    shown: str | None = None
    for node in header.css(_DATE_SELECTOR)[:10]:
        for text in (*(node.attributes.get(name) for name in _SHOWN_ATTRIBUTES), node.text()):
            if not text:
                continue
            shown = shown or squeeze(text)[:100]
            read = shown_time(text)
            if read is not None:
                moment, day_only = read
                where = "the post's date as VK's page shows it" + (
                    ", a day without its time" if day_only else ", read in Moscow time"
                )
                return moment, day_only, where, squeeze(text)[:100]
    return None, False, None, shown


def _donut_words(words: str) -> bool:
    """Whether `words` (a few, lowercased) are VK's stub for a post for its VK Donut subscribers alone."""
    return _DONUT_NAME in words and any(said in words for said in _DONUT_SAYS)


def _donut_stub(post: LexborNode, text: str) -> str | None:
    """The words VK shows in place of a VK Donut post's own words (`_DONUT_MARKS`, `_donut_words`), in the
    post's own element (never a repost's or a comment's); None where the post shows its words."""
    header = _header(post)
    for node in _own(post.css(_DONUT_MARKS)[:10], post):
        # A mark in the header (a badge beside the author) is none of the words' place.
        if _inside(node, _is_comment, stop=post) or (
            header is not None and _within_one_of(node, {header.mem_id})
        ):
            continue
        words = squeeze(node.text(separator=" "))[:_MAX_DONUT_WORDS]
        # A community's own stub (VK shows its Donut placeholder text in the words' place, which need not
        # name VK Donut): the block marked Donut holds every word read as the post's. Read as the post,
        # the stub's words passed `captured`.
        if _donut_words(words.lower()) or not text.strip() or squeeze(text) in words:
            return words or "(a VK Donut stub, no words)"
    shown = squeeze(text)
    if len(shown) > _MAX_DONUT_WORDS:
        return None
    if _donut_words(shown.lower()):
        return shown
    # VK's button to subscribe to the community's VK Donut (`/donut/<community>`) under a few words of the
    # post's own: the words are the community's stub, whatever they say.
    for button in _own(post.css(_DONUT_BUTTONS)[:10], post):
        if _inside(button, _is_comment, stop=post) or (
            header is not None and _within_one_of(button, {header.mem_id})
        ):
            continue
        return shown or "(a VK Donut stub, no words)"
    return None


def _for_donut_subscribers(post: SourcePost, stub: str) -> SourcePost:
    """`post`, a VK Donut post's header read, as the wall it is for anyone not subscribed: its author and
    date kept as the page shows them, none of its words (the stub's are VK's, not the post's)."""
    return post.model_copy(
        update={
            "text": "",
            "problem": "login-wall",
            "problem_detail": f"a post for VK Donut subscribers only: VK's page shows {stub[:200]!r} in "
            f"place of the post's words ({post.url[:200]}): only the community's paying subscribers, signed "
            "in, see them; its author and date as the header shows them",
            "fields": raw_fields({**post.fields, "VK Donut stub": stub[:_MAX_DONUT_WORDS]}),
        }
    )


def read_vk_post(html: str, page_uri: str, wanted: VkLink) -> SourcePost | None:
    """VK's server-rendered page as the cited wall post (`wanted`): the element whose id names it, read from
    its own header and text; None when the page shows no such element."""
    tree = LexborHTMLParser(html[:_MAX_HTML])
    nodes = _post_nodes(tree, wanted.post_id)
    if not nodes:
        return None
    blocks = [(_own_text_block(node), node) for node in nodes]
    words = [(_words(block) if block is not None else "", node) for block, node in blocks]
    text, post = max(words, key=lambda pair: len(pair[0]))
    header = _header(post)
    author_link = header.css_first(_AUTHOR_SELECTOR) if header is not None else None
    author_name = author_link.css_first(_AUTHOR_NAME_SELECTOR) if author_link is not None else None
    author = squeeze((author_name or author_link).text()) if author_link is not None else None
    published, day_only, published_from, shown = _published(header)
    repost = _repost(post, page_uri)
    unseen = _unseen_repost(post) if not repost else {}
    if unseen:
        # Read whole, a repost's text blocks, the reposted post's among them, passed a quote of the original
        # poster's words attributed to the account that only reposted them.
        text, repost = "", unseen
    # The member who signed the post, not one who signed the post it reposts (nor a comment under it): read
    # as this post's, the original's signer was its author.
    signed = next(
        (
            node
            for node in _own(post.css(_SIGNED_SELECTOR)[:10], post)
            if not _inside(node, _is_comment, stop=post)
        ),
        None,
    )
    signer = (squeeze(signed.text())[:200] or None) if signed is not None else None
    fields = {
        "read from": f"VK's server-rendered page ({page_uri[:300]})",
        "post id": wanted.post_id,
        "author": author,
        "author link": _href(author_link, page_uri)[:300] if author_link is not None else None,
        "date as shown": shown,
        "signed_by": signer,
        **repost,
    }
    if repost and not text.strip():
        # A repost with no words of its own: the reposter's post of another's words, as a forward is.
        fields["forwarded_from"] = (
            _reposted_from(repost, author, author_link, page_uri)
            if not unseen
            else (f"the author of the post it reposts ({repost.get('quoted_post_uri') or 'not shown'})")
        )
        fields["forwarded_from_url"] = repost.get("quoted_post_uri") if fields["forwarded_from"] else None
    read = SourcePost(
        platform=Platform.VK,
        url=page_uri,
        canonical_url=f"{VK_POST_PAGE}{wanted.post_id}",
        post_id=wanted.post_id,
        author=signer or author or None,
        handle=_handle(author_link, page_uri) if author_link is not None else None,
        publisher=(author or None) if signer else None,
        author_id=(author_link.attributes.get("data-from-id") or None) if author_link is not None else None,
        published=published,
        published_day_only=day_only,
        published_from=published_from,
        text=text[:MAX_TEXT],
        fields=raw_fields(fields),
    )
    stub = _donut_stub(post, text) if not repost else None
    return _for_donut_subscribers(read, stub) if stub is not None else read


def _login_wall(response: StoredResponse, text: str) -> str | None:
    parts = urlsplit(response.uri)
    host = (parts.hostname or "").lower()
    first = parts.path.strip("/").split("/", 1)[0].lower()
    if host in _LOGIN_HOSTS or first in _LOGIN_PATHS:
        return f"VK sent the visitor to its login page ({response.uri[:200]})"
    found = _LOGIN_WORDS().search(text)
    return f"VK's page asks its visitor to log in ({found.group(0)!r})" if found else None


# Where VK writes its word in place of a post or a video (its error page's box), and how short a page's
# words must be to be read as such a word where it has no such box: a video's description or a post's words
# saying "blocked in the Russian Federation" are no notice.
_NOTICE_BOXES = ".message_page_body, .service_msg"
_NOTICE_CHARS = 2000


def _notice_of(tree: LexborHTMLParser | None, words: str) -> str:
    """The words of VK's notice box on the page (lowercased), else the page's words where they are few."""
    boxes = tree.css(_NOTICE_BOXES)[:5] if tree is not None else []
    if boxes:
        return squeeze(" ".join(box.text(separator=" ") for box in boxes)).lower()[:_NOTICE_CHARS]
    return words if len(words) <= _NOTICE_CHARS else ""


def _in_place_of_the_post(response: StoredResponse, cited: str, what: str) -> SourcePost | None:
    """What VK's page says in place of the cited thing (`what`): a login wall; the page's own error as any
    web page's is read (`web.read_web_page`: "Запись удалена или не существует."); else VK's words for a
    deleted, hidden or private post or page, a 404; else an empty page or a script shell. None when it says
    none of these."""
    html = decode_html(response) if is_html(response) else ""
    tree = LexborHTMLParser(html[:_MAX_HTML]) if html else None
    words = squeeze(tree.text(separator=" ")).lower()[:MAX_TEXT] if tree is not None else ""
    login = _login_wall(response, words)
    if login is not None:
        return SourcePost(platform=Platform.VK, url=response.uri, problem="login-wall", problem_detail=login)
    notice = _notice_of(tree, words)
    if _donut_words(notice):
        # VK's page saying only that the post is for its VK Donut subscribers: there, walled, never deleted.
        return SourcePost(
            platform=Platform.VK,
            url=response.uri,
            problem="login-wall",
            problem_detail=f"a post for VK Donut subscribers only: VK's page says so in place of {what} "
            f"({response.uri[:200]}): only the community's paying subscribers, signed in, see it",
        )
    # Said before the page's own error (a title of "Ошибка"): the post is withheld there, not gone.
    withheld = _WITHHELD_HERE().search(notice)
    if withheld is not None:
        return SourcePost(
            platform=Platform.VK,
            url=response.uri,
            problem="unavailable",
            problem_detail=f"a region block: VK's page says {withheld.group(0)!r} in place of {what} "
            f"({response.uri[:200]}): VK withholds it where the page was fetched from, as a government asked "
            "(it may still be shown elsewhere, or in an archived copy)",
        )
    shown = read_web_page(cited, response, Platform.VK, main_text=False)
    said_by_page = (
        SourcePost(
            platform=Platform.VK, url=shown.url, problem=shown.problem, problem_detail=shown.problem_detail
        )
        if shown.problem is not None
        else None
    )
    if said_by_page is not None and shown.problem not in ("script-shell", "empty"):
        return said_by_page
    gone = _GONE().search(words) or (
        _VIDEO_GONE().search(words) if what.startswith(("a video", "a clip")) else None
    )
    if gone is not None or response.status in (404, 410):
        said = f"says {gone.group(0)!r}" if gone is not None else f"answers HTTP {response.status}"
        return SourcePost(
            platform=Platform.VK,
            url=response.uri,
            problem="unavailable",
            problem_detail=f"VK's page {said} in place of {what} ({response.uri[:200]})",
        )
    return said_by_page


class VkExtractor(Extractor):
    platform = Platform.VK

    def handles(self, url: str) -> bool:
        return vk_link(url) is not None or vk_video_link(url) is not None

    def extract(self, page: CapturedPage) -> SourcePost:
        wanted = vk_link(page.url) or vk_video_link(page.url)
        main = page.answer()
        if wanted is None or main is None:
            return SourcePost(platform=self.platform, url=main.uri if main is not None else page.url)
        if wanted.kind != "wall" or wanted.reply is not None:
            return self._not_a_post(page.url, main, wanted)
        side = vk_post_page_url(page.url) if wanted.overlay else None
        # The post's own page first, where asked beside a page the link opens it over.
        asked = [(side, page.answer(side)) if side is not None else (None, None), (page.url, main)]
        for _, answer in asked:
            if answer is not None and answer.status == 200 and not answer.cut and is_html(answer):
                read = read_vk_post(decode_html(answer), answer.uri, wanted)
                if read is not None:
                    return read
        what = f"the post wall{wanted.post_id}"
        for url, answer in asked:
            if url is not None and answer is not None:
                said = _in_place_of_the_post(answer, url, what)
                if said is not None:
                    return said
        return SourcePost(
            platform=self.platform,
            url=main.uri,
            problem="script-shell",
            problem_detail=f"VK's page shows no element of {what} (its `post{wanted.post_id}`): another "
            "post on the page (a pinned one, the wall's first) is not the cited one, and the page may need "
            "its scripts to show it",
        )

    def _not_a_post(self, cited: str, main: StoredResponse, wanted: VkLink) -> SourcePost:
        """A comment's, a video's, a clip's or a photo's page: its problems said, nothing read as a post's."""
        if wanted.reply is not None:
            what = f"a comment (reply {wanted.reply}) under the post wall{wanted.post_id}"
        else:
            what = f"{_WHAT.get(wanted.kind, wanted.kind)}, {wanted.kind}{wanted.post_id}"
        said = _in_place_of_the_post(main, cited, what)
        if said is not None:
            return said
        return SourcePost(
            platform=self.platform,
            url=main.uri,
            unread=f"the link names {what}, not a wall post: its page is not read as a post",
            fields={"link names": what[:500]},
        )
