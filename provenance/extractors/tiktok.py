"""TikTok: a video read from TikTok's oEmbed answer captured beside its page, its time from its id.

A video's page (`www.tiktok.com/@<user>/video/<id>`, a photo post's `/@<user>/photo/<id>`, older shares'
`m.tiktok.com/v/<id>.html`: `citations.platforms.tiktok_video`) is a script app; read as a web page it gave a
footnote little to be judged on, and a removed video's page may still carry TikTok's generic tags. What a
video says comes from one side request (DESIGN.md section 4) kept in the footnote's WARC,
`https://www.tiktok.com/oembed?url=<the video's link>`, which answers without login:
- `title` (the caption, its hashtags and mentions as text), `author_name` (the account's display name),
  `author_unique_id` (its username), `author_url` (`https://www.tiktok.com/@<username>`), `embed_product_id`
  and the embed's `html` (`<blockquote cite="…/@<username>/video/<id>" data-video-id="<id>">`);
- HTTP 400 or 404 (with a JSON `code` and `message`, or `status_msg`) when TikTok will not show the video:
  removed, private, or never was. That makes it unavailable.

Rules, as a fact-checker reads a video:
- The answer is this video only when the ids it names (`data-video-id`, the blockquote's `cite`,
  `embed_product_id`) are the cited id, and its username (`author_unique_id`, and the one `author_url`
  names) is one account: any other answer is not read (a wrong answer never passes as the post). The
  `@<user>` in the cited link is no proof of whose the video is (TikTok shows it under any name written
  there): the account is the answer's, and a note's `@handle` is compared with its username, never with the
  display name alone (an answer naming no username is not read).
- Its words are the caption; its author the display name, its handle the username.
- Its time is the id's: the upper 32 bits of a TikTok id are the Unix second it was made (as X's snowflake,
  known offline), read only when that is a sane time (after TikTok's first videos, not after the capture).
- The page itself is not the video's evidence, but it can say the video is not there: a login wall (not
  for words of the caption oEmbed gives that its title holds: TikTok titles a video's page with its
  caption, `Sign up for the march! | TikTok`), the page's own data (`__UNIVERSAL_DATA_FOR_REHYDRATION__`'s
  `webapp.video-detail`, a photo post's page's `webapp.photo-detail`, or `SIGI_STATE`'s `VideoPage`) giving
  a `statusCode` other than 0 (10204 not found, 10216 private, …), or the page showing TikTok's "Video
  currently unavailable" notice. Then the video is unavailable, whatever oEmbed answered (a cache may keep
  an answer after the video is gone). Only that JSON is read from the page's data, bounded, never its
  markup.
- A photo post (`/@<user>/photo/<id>`: pictures under a caption) is read as a video is: oEmbed is asked with
  its `/video/<id>` link (`side_urls.tiktok_oembed_url`; its refusal is said of a photo post, not a video),
  and its id, a video's, dates it alike; its page's data is its `webapp.photo-detail`, read as a video's
  `webapp.video-detail` is (read for a video's alone, a deleted photo post whose oEmbed answer a cache kept
  passed as there).
- Without oEmbed's answer the page is a `script-shell`: nothing is verified on it. An archived copy of the
  page (a Wayback memento, read from where it starts; oEmbed's answer is seldom archived) is read as a web
  page, its tags as the archive kept them, once its data does not say the video is gone; where its data
  (`webapp.video-detail`'s or a photo post's `webapp.photo-detail`'s `itemInfo.itemStruct`, `SIGI_STATE`'s
  `ItemModule`, the older page's `__NEXT_DATA__` `props.pageProps.itemInfo.itemStruct`) describes the cited
  video (its `id`), its words are that video's `desc`, its language the data's `textLanguage` (never the
  page's `<html lang>`, TikTok's interface's in its fetcher's language), and its author the video's `author`
  (`nickname`, `uniqueId`), not what the page draws without scripts (TikTok's frame, videos it suggests): a
  script shell read as a web page, the copy is read all the same; where it keeps no data of the video, its
  tags are read (its title, the caption), never its markup's text (TikTok's frame, the videos it suggests,
  their captions: a suggested video's words passed `quote` as the video's), and one with no title of its own
  either shows nothing of the video (`script-shell`). A title that is TikTok's own (`TikTok - Make Your Day`,
  which it gives its home page and a page whose caption its scripts did not set) is no title of the video. A
  copy whose data describes other videos, not the cited one, is not read as it (`script-shell`, saying which).

A TikTok link that names no video (a profile `/@<user>`, a tag's page `/tag/<name>`, a sound's `/music/…`)
is read as a web page, or named a login wall, as before. A share link (`vm.tiktok.com/<code>/`,
`www.tiktok.com/t/<code>/`) is read as the video it redirected to, whose oEmbed answer is asked for once the
redirect is in the WARC (`side_urls.redirected_side_follow_ups`).
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from provenance.citations.platforms import http_date, tiktok_id_number, tiktok_id_time, tiktok_video
from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.login_walled import login_wall
from provenance.extractors.pages import (
    MAX_TEXT,
    REFUSED_FOR_NOW,
    decode_html,
    json_of,
    page_title,
    raw_fields,
    refused_for_now,
    text_value,
    visible_text,
)
from provenance.extractors.web import is_html, read_web_page
from provenance.html_nesting import within_nesting
from provenance.models import Platform, SourcePost
from provenance.side_urls import TIKTOK_DOMAINS, TIKTOK_OEMBED, on_domain, tiktok_oembed_url
from provenance.warc.reader import StoredResponse

_MAX_JSON = 1_000_000
# How far into the page its data is looked for, and how long that data may be: TikTok's page is a few
# hundred kilobytes; a page past these bounds is not read for it.
_PAGE_SCAN = 3_000_000
_MAX_PAGE_DATA = 2_000_000
_PAGE_DATA_IDS = ('id="__UNIVERSAL_DATA_FOR_REHYDRATION__"', 'id="SIGI_STATE"', 'id="__NEXT_DATA__"')
_MAX_PAGE_ITEMS = 100  # videos of `SIGI_STATE`'s `ItemModule` looked at: a video's page describes a few
# What oEmbed answers for a video TikTok will not show (removed, private, never was).
_REFUSALS = frozenset({400, 404})
# What TikTok's page shows in a removed or private video's place.
_UNAVAILABLE_NOTICE = "video currently unavailable"
_MAX_SAID = 160
# How much of a page's title is compared with the caption; and how many of its first words a title cut
# short must share with the caption to be the caption's (`Log in | TikTok`, TikTok's wall, shares two with a
# caption `Log in to vote`).
_MAX_TITLE = 2_000
_CAPTION_START_WORDS = 3


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _said(data: Any) -> str:
    """What a refusal says of itself (` ('Something went wrong', code 400)`), or ''."""
    data = _dict(data)
    message = next(
        (text_value(data.get(key)) for key in ("message", "status_msg", "msg") if text_value(data.get(key))),
        None,
    )
    code = next((data.get(key) for key in ("code", "status_code") if isinstance(data.get(key), int)), None)
    parts = [repr(message[:_MAX_SAID]) if message else None, f"code {code}" if code is not None else None]
    shown = ", ".join(part for part in parts if part)
    return f" ({shown})" if shown else ""


def oembed_video_id(data: Any) -> str | None:
    """The one video id an oEmbed answer names (its blockquote's `data-video-id` and `cite`, its
    `embed_product_id`), or None when it names none, or several."""
    data = _dict(data)
    named: list[str] = []
    markup = data.get("html")
    if isinstance(markup, str):
        # The markup, as deep as a browser nests it: a crafted answer cannot make the parse quadratic.
        blockquote = LexborHTMLParser(within_nesting(markup[:_MAX_JSON])).css_first("blockquote")
        attributes = blockquote.attributes if blockquote is not None else {}
        named += [attributes.get("data-video-id") or ""]
        cited = tiktok_video(attributes.get("cite") or "")
        named += [cited[1]] if cited else []
    product = data.get("embed_product_id")
    named += [product] if isinstance(product, str) else []
    ids = {found for found in named if found}
    if len(ids) != 1:
        return None
    (only,) = ids
    return only if tiktok_id_number(only) is not None else None


def _username(data: dict[str, Any]) -> str | None:
    """The account's username the answer names (`author_unique_id`, and the `/@<username>` of its
    `author_url`), or None when it names none, or two."""
    unique = text_value(data.get("author_unique_id"))
    author_url = text_value(data.get("author_url")) or ""
    try:
        segments = [segment for segment in urlsplit(author_url).path.split("/") if segment]
    except ValueError:
        segments = []
    linked = segments[0][1:] if len(segments) == 1 and segments[0].startswith("@") else None
    names = {name.casefold(): name for name in (unique, linked) if name}
    return next(iter(names.values())) if len(names) == 1 else None


def cited_post_kind(url: str) -> str:
    """What TikTok calls the post a link names: `photo post` for a photo post's link (`/@<user>/photo/<id>`),
    else `video`."""
    try:
        segments = [segment for segment in urlsplit(url[:2_000]).path.split("/") if segment]
    except ValueError:
        return "video"
    return "photo post" if len(segments) == 3 and segments[1] == "photo" else "video"


def read_tiktok_oembed(
    status: int | None, data: Any, api_uri: str, wanted_id: str | None, kind: str = "video"
) -> SourcePost | None:
    """TikTok's oEmbed answer (its HTTP status and JSON) as the video `wanted_id`: unavailable where oEmbed
    refuses it, said of the post as the cited link names it (`kind`: `video`, `photo post`); None when it
    says nothing that is that video's (not JSON, another video's id, no id, no username or two)."""

    def refused(answer: str) -> SourcePost:
        return SourcePost(
            platform=Platform.TIKTOK,
            url=api_uri,
            post_id=wanted_id,
            problem="unavailable",
            problem_detail=f"TikTok's oEmbed answers {answer}{_said(data)}: the {kind} is removed or "
            "private, or never was",
        )

    if status in _REFUSALS:
        return refused(f"HTTP {status}")
    if status != 200 or not isinstance(data, dict):
        return None
    if "html" not in data and ("status_msg" in data or data.get("code") not in (None, 0)):
        return refused("with an error")  # under HTTP 200: TikTok's word that it shows no video for this link
    shown_id = oembed_video_id(data)
    handle = _username(data)
    if wanted_id is None or shown_id != wanted_id or handle is None:
        return None
    caption = data.get("title")
    return SourcePost(
        platform=Platform.TIKTOK,
        url=api_uri,
        canonical_url=f"https://www.tiktok.com/@{handle}/video/{shown_id}",
        post_id=shown_id,
        author=text_value(data.get("author_name")),
        handle=handle,
        text=caption[:MAX_TEXT] if isinstance(caption, str) else "",
        fields=raw_fields(
            {
                "oembed title": text_value(caption),
                "oembed author_name": text_value(data.get("author_name")),
                "oembed author_unique_id": text_value(data.get("author_unique_id")),
                "oembed author_url": text_value(data.get("author_url")),
                "oembed video id": shown_id,
            }
        ),
    )


def _page_data(html: str) -> Any:
    """The JSON of the page's own data script (`__UNIVERSAL_DATA_FOR_REHYDRATION__`, else `SIGI_STATE`, else
    the older page's `__NEXT_DATA__`), or None: found by its id within `_PAGE_SCAN` characters, read up to its
    `</script>`, at most `_MAX_PAGE_DATA` long."""
    scanned = html[:_PAGE_SCAN]
    for marker in _PAGE_DATA_IDS:
        at = scanned.find(marker)
        opened = scanned.find(">", at) if at >= 0 else -1
        closed = scanned.find("</script>", opened) if opened >= 0 else -1
        if closed > opened >= 0 and closed - opened <= _MAX_PAGE_DATA:
            return json_of(scanned[opened + 1 : closed].encode(), _MAX_PAGE_DATA * 4)
    return None


# Where the page's data describes the post it shows, and what TikTok calls that post there: a video's page's
# `webapp.video-detail`, a photo post's page's (`/@<user>/photo/<id>`: pictures under a caption)
# `webapp.photo-detail`, each with its `statusCode` and `itemInfo.itemStruct`.
_DETAIL_SCOPES = (("webapp.video-detail", "video"), ("webapp.photo-detail", "photo post"))


def _post_detail(data: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The page data's description of the post the page shows (`_DETAIL_SCOPES`), or {}, and what post it
    is (`video`, `photo post`): read for a video's alone, a photo post's page, whose data is its
    `webapp.photo-detail`, was never read (its caption, its author, its `statusCode` saying it is gone)."""
    scope = _dict(data.get("__DEFAULT_SCOPE__"))
    return next(
        ((_dict(scope[key]), what) for key, what in _DETAIL_SCOPES if _dict(scope.get(key))), ({}, "video")
    )


def page_says_unavailable(html: str) -> tuple[str, str] | None:
    """Why the post's page says the post is not there, and what post its data says it is (`video`, `photo
    post`), or None: its data's `statusCode` other than 0 (with its `statusMsg`), or TikTok's "Video
    currently unavailable" notice in what it shows."""
    data = _dict(_page_data(html))
    described, what = _post_detail(data)
    detail = described or _dict(data.get("VideoPage")) or _dict(_dict(data.get("props")).get("pageProps"))
    code = detail.get("statusCode")
    if isinstance(code, int) and not isinstance(code, bool) and code != 0:
        message = text_value(detail.get("statusMsg"))
        said = f" ({message[:_MAX_SAID]!r})" if message else ""
        return f"the {what}'s page says statusCode {code}{said}", what
    if _UNAVAILABLE_NOTICE in visible_text(html).casefold():
        return "the video's page shows TikTok's notice 'Video currently unavailable'", "video"
    return None


def _page_videos(html: str) -> dict[str, dict[str, Any]]:
    """The videos the page's own data describes, by id: `__UNIVERSAL_DATA_FOR_REHYDRATION__`'s
    `webapp.video-detail` (a photo post's page's `webapp.photo-detail`) `itemInfo.itemStruct` (its `author` an
    object; the older page's `__NEXT_DATA__` gives it as `props.pageProps.itemInfo.itemStruct`), or
    `SIGI_STATE`'s `ItemModule`
    (each item's `author` its username, `nickname` its name), each whose `id` is its key's; each as
    (`desc`, `author` display name, `uniqueId` username, `createTime`)."""
    data = _dict(_page_data(html))
    items: list[dict[str, Any]] = []
    detail = _post_detail(data)[0] or _dict(_dict(data.get("props")).get("pageProps"))
    struct = _dict(_dict(detail.get("itemInfo")).get("itemStruct"))
    if struct:
        author = _dict(struct.get("author"))
        items.append({**struct, "uniqueId": author.get("uniqueId"), "nickname": author.get("nickname")})
    module = _dict(data.get("ItemModule"))
    for key, value in list(module.items())[:_MAX_PAGE_ITEMS]:
        item = _dict(value)
        if item.get("id") == key:
            items.append({**item, "uniqueId": item.get("author"), "nickname": item.get("nickname")})
    return {item["id"]: item for item in items if isinstance(item.get("id"), str)}


def _without_interface_language(post: SourcePost) -> SourcePost:
    """`post` (TikTok's page read as a web page) without the language its `<html lang>` names: TikTok's
    interface's, in the language of whoever fetched it (an archive's crawler, a browser), never the video's
    (a Russian caption's page, fetched from Germany, said `de`)."""
    return post.model_copy(update={"language": None}) if post.language else post


# The language TikTok's data gives a caption (`textLanguage`), "un" where it names none.
_UNNAMED_LANGUAGE = "un"


def _caption_language(item: dict[str, Any]) -> str | None:
    """The language TikTok's data says the video's caption is in (`itemStruct.textLanguage`); None where it
    names none."""
    named = text_value(item.get("textLanguage"))
    if named is None or not named.isascii() or not named.isalpha() or len(named) > 3:
        return None
    return None if named.lower() == _UNNAMED_LANGUAGE else named.lower()


def _read_archived_page(page: CapturedPage, main: StoredResponse, html: str | None, video: str) -> SourcePost:
    """An archived copy of the video's page (no oEmbed answer archived with it), read as the web page it
    is, its tags as the archive kept them, but for the video its own data describes: the cited video's
    caption is its words, its author's name and username its author (a page that gives no data of the
    video draws nothing of its caption without scripts, its title often TikTok's own `TikTok - Make Your
    Day`); a page whose data describes other videos, not the cited one, is not read as it."""
    post = _without_interface_language(
        _without_tiktoks_own_title(read_web_page(page.url, main, Platform.TIKTOK, page.main_text))
    )
    # A page that draws little but TikTok's frame is a script shell as a web page, its data the video's all
    # the same; any other problem (an empty answer, an error page) is what the copy is.
    readable = html is not None and post.problem in (None, "script-shell")
    videos = _page_videos(html) if html is not None and readable else {}
    item = videos.get(video)
    if item is None and videos:
        others = ", ".join(sorted(videos)[:3])
        return SourcePost(
            platform=Platform.TIKTOK,
            url=main.uri,
            post_id=video,
            problem="script-shell",
            problem_detail=f"the archived copy of TikTok's video page describes another video ({others}), "
            f"not the cited {video}: what it shows without scripts is not the cited video's",
        )
    if item is None and post.problem is None and post.title is None:
        # No data of the video and no title of its own (TikTok's, or none): the copy shows nothing of it, and
        # passed `captured` and `archived` on TikTok's frame.
        return SourcePost(
            platform=Platform.TIKTOK,
            url=main.uri,
            problem="script-shell",
            problem_detail="the archived copy of TikTok's video page keeps no data of the video and no title "
            "of its own (TikTok's, or none): what it shows without scripts is TikTok's frame, nothing of the "
            "video",
            fields=post.fields,
        )
    if item is None and post.problem is None:
        # No data of the video: the page's markup is what TikTok drew without it, its frame and the videos
        # it suggests (their captions: read as the video's words, a suggested video's passed `quote`). Its
        # tags, the video's (its title the caption), are read; its text is not the video's.
        why = (
            "an archived copy of TikTok's video page that keeps no data of the video: what its markup shows "
            "(TikTok's frame, the videos it suggests) is not the video's words"
        )
        return post.model_copy(update={"text": "", "unread": f"{why}; {post.unread}" if post.unread else why})
    if item is None:
        return post
    handle = text_value(item.get("uniqueId"))
    caption = text_value(item.get("desc"))
    fields = {
        **post.fields,
        **raw_fields(
            {
                "page data video id": video,
                "page data desc": caption,
                "page data author uniqueId": handle,
                "page data author nickname": text_value(item.get("nickname")),
                "page data createTime": str(item.get("createTime"))[:40] if "createTime" in item else None,
            }
        ),
    }
    return post.model_copy(
        update={
            "problem": None,
            "problem_detail": None,
            "post_id": video,
            "text": (caption or "")[:MAX_TEXT],
            "language": _caption_language(item),
            "author": text_value(item.get("nickname")) if handle else None,
            "handle": handle,
            "canonical_url": f"https://www.tiktok.com/@{handle}/video/{video}"
            if handle
            else post.canonical_url,
            "fields": fields,
        }
    )


# The titles TikTok gives a page whatever it shows (its home page's, a video page's before its scripts set the
# caption, an error's): a video's page is titled with its caption (`Dogs at the beach #scout | TikTok`).
TIKTOKS_OWN_TITLES = frozenset({"tiktok - make your day", "tiktok"})


def _without_tiktoks_own_title(post: SourcePost) -> SourcePost:
    """`post` without a title that is TikTok's own (`TIKTOKS_OWN_TITLES`), no title of the video: read as
    one, a cited title "Make Your Day" passed `title`. It stays among the fields read."""
    if post.title is None or " ".join(post.title.split()).casefold() not in TIKTOKS_OWN_TITLES:
        return post
    fields = {**post.fields, "TikTok's own title": post.title}
    return post.model_copy(update={"title": None, "fields": fields})


def _capture_time(*responses: StoredResponse | None) -> dt.datetime | None:
    """When the capture was made, as its answers' `Date` headers say; None when none says."""
    for response in responses:
        stamp = response.header("Date") if response is not None else None
        when = http_date(stamp) if stamp else None
        if when is not None:
            return when
    return None


def _caption(page: CapturedPage, video: str) -> str | None:
    """The caption oEmbed's answer gives for `video`, when it answers as that video; else None."""
    oembed = page.answer_to(TIKTOK_OEMBED)
    if oembed is None or oembed.status != 200:
        return None
    post = read_tiktok_oembed(oembed.status, json_of(oembed.body, _MAX_JSON), oembed.uri, video)
    return post.text if post is not None and post.problem is None and post.text else None


def _spaced(text: str) -> str:
    return " ".join(text[:_MAX_TITLE].split()).casefold()


def _wall_beyond_the_caption(final_url: str, html: str, wall: str, caption: str | None) -> str | None:
    """`wall` (`login_walled.login_wall`'s reason), or None where the video's page was called a login wall
    only for its caption's words: TikTok titles a video's page with its caption (`Sign up for the march!
    #vote | TikTok`), and words asking to log in or sign up there are the caption's, not a wall's. The title
    counts as the caption's where it holds the caption whole, or starts with its first words (TikTok cuts a
    long one), at least `_CAPTION_START_WORDS` of them; the rest of the title, the page's path and a password
    form are still asked: `Log in | TikTok` is a wall whatever the caption says."""
    if not caption:
        return wall
    tree = LexborHTMLParser(html)
    if tree.css_first("input[type=password]") is not None:
        return wall
    title, said = _spaced(page_title(tree) or ""), _spaced(caption)
    unlike = (at for at, (seen, own) in enumerate(zip(title, said, strict=False)) if seen != own)
    shared = next(unlike, min(len(title), len(said)))
    # The caption whole, anywhere in the title; else the words the title starts with, up to the last whole
    # one (`sign up for the ma…` shares a word cut short).
    whole = said if said in title else said[:shared]
    if whole != said and said[len(whole) : len(whole) + 1] != " ":
        whole = whole.rpartition(" ")[0]
    if len(whole.split()) < _CAPTION_START_WORDS:  # `Log in`, a caption as short as TikTok's wall's title
        return wall
    rest = title.replace(whole, " ", 1)
    asked = f"<html><head><title>{escape(rest)}</title></head></html>"
    return wall if login_wall(final_url, asked) is not None else None


class TikTokExtractor(Extractor):
    platform = Platform.TIKTOK

    def handles(self, url: str) -> bool:
        return on_domain(url, *TIKTOK_DOMAINS)

    def extract(self, page: CapturedPage) -> SourcePost:
        found = tiktok_video(page.url)
        main = page.answer()
        html = decode_html(main) if main is not None and is_html(main) else None
        wall = login_wall(main.uri, html) if main is not None and html is not None else None
        if wall is not None and main is not None and html is not None and found is not None:
            wall = _wall_beyond_the_caption(main.uri, html, wall, _caption(page, found[1]))
        if wall is not None:
            return SourcePost(
                platform=self.platform,
                url=main.uri if main else page.url,
                problem="login-wall",
                problem_detail=wall,
            )
        if found is None:
            # A profile, a tag's page, a share link that led nowhere captured: no video to ask oEmbed for.
            if main is None:
                return SourcePost(platform=self.platform, url=page.url)
            return _without_interface_language(read_web_page(page.url, main, self.platform, page.main_text))
        video = found[1]
        oembed = page.answer_to(TIKTOK_OEMBED)
        id_time = tiktok_id_time(video, _capture_time(oembed, main))
        published_from = "the video id (its upper 32 bits: Unix seconds)" if id_time else None
        url = main.uri if main is not None else page.url
        gone = (
            page_says_unavailable(html)
            if html is not None and main is not None and main.status == 200
            else None
        )
        if gone is not None:
            return SourcePost(
                platform=self.platform,
                url=url,
                post_id=video,
                problem="unavailable",
                problem_detail=f"{gone[0]}: the {gone[1]} is removed or private"
                + (
                    ", though oEmbed still answers for it"
                    if oembed is not None and oembed.status == 200
                    else ""
                ),
                published=id_time,
                published_from=published_from,
            )
        data = json_of(oembed.body, _MAX_JSON) if oembed is not None else None
        # A photo post's link asks oEmbed with its `/video/<id>` link: its refusal is said of a photo post.
        kind = cited_post_kind(page.url)
        post = None if oembed is None else read_tiktok_oembed(oembed.status, data, oembed.uri, video, kind)
        if post is not None:
            return post.model_copy(update={"published": id_time, "published_from": published_from})
        if page.start is not None and oembed is None and main is not None:
            # An archived copy of the page (no oEmbed answer is archived with it): read as the web page it
            # is, and by the data it keeps of the cited video, never another's.
            archived = _read_archived_page(page, main, html, video)
            if archived.problem is None and archived.post_id == video:
                return archived.model_copy(update={"published": id_time, "published_from": published_from})
            return archived
        failure: str | None = None
        if oembed is not None:
            shown = oembed_video_id(data)
            why = (
                f"answered for another video, {shown}, not the cited {video}"
                if shown is not None and shown != video
                else f"answered HTTP {oembed.status} with no video it could read as the cited one"
            )
        else:
            planned = tiktok_oembed_url(page.url)
            failure = page.failure(planned) if planned else None
            why = "was not captured" + (f" ({failure})" if failure else "")
        # A refusal for a while (HTTP 429, or the request held back after one): no word on the video.
        refused = refused_for_now(oembed, failure)
        return SourcePost(
            platform=self.platform,
            url=url,
            post_id=video,
            problem="challenge" if refused else "script-shell",
            problem_detail=f"TikTok's oEmbed {why}: {REFUSED_FOR_NOW}"
            if refused
            else f"TikTok's {kind} page is a script app that shows no {kind} without JavaScript; "
            f"TikTok's oEmbed {why}",
            published=id_time,
            published_from=published_from,
        )
