"""Which platform a URL or a note names, and the canonical form of post URLs.

Two URLs that point to the same post must compare equal after `canonical_url`, whatever mirror host, reader
view or tracking query the author copied, so captures and duplicate checks see one post.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple
from urllib.parse import SplitResult, parse_qs, urlsplit, urlunsplit

from provenance.deferred_patterns import deferred_compile
from provenance.digits import MAX_DIGITS, ascii_int, is_ascii_number
from provenance.models import Platform
from provenance.patterns import on_first_use
from provenance.urls import DEFAULT_PORTS, has_dot_segment, is_http_url

_HOST_PLATFORMS: dict[str, Platform] = {
    "t.me": Platform.TELEGRAM,
    "telegram.me": Platform.TELEGRAM,
    "telegram.dog": Platform.TELEGRAM,
    "twitter.com": Platform.TWITTER,
    "x.com": Platform.TWITTER,
    # Bluesky's web app (`staging.bsky.app`, its staging copy, shows the same network's posts at the same
    # paths, and counts as a subdomain). Not `bsky.social`: that is a host of accounts' data and handles.
    "bsky.app": Platform.BLUESKY,
    "facebook.com": Platform.FACEBOOK,
    "fb.com": Platform.FACEBOOK,
    "fb.watch": Platform.FACEBOOK,
    "youtube.com": Platform.YOUTUBE,
    "youtu.be": Platform.YOUTUBE,
    "instagram.com": Platform.INSTAGRAM,
    "tiktok.com": Platform.TIKTOK,
    "vk.com": Platform.VK,
    "vk.ru": Platform.VK,  # VK's second domain, the same pages (VK's block, at the end of this module)
    "vkvideo.ru": Platform.VK,  # VK Video's own site: VK's videos and clips (`extractors.vk` reads them)
    "reddit.com": Platform.REDDIT,
    "redd.it": Platform.REDDIT,
    "linkedin.com": Platform.LINKEDIN,
    # Threads (Meta's): one site under two names, threads.net sending on to threads.com since 2025.
    "threads.net": Platform.THREADS,
    "threads.com": Platform.THREADS,
    # Sina Weibo: its site and its mobile site (`m.weibo.cn`). No extractor of its own: a post's page is read
    # as any web page's (most answer a visitor with a login or a script shell, which the checks say).
    "weibo.com": Platform.WEIBO,
    "weibo.cn": Platform.WEIBO,
}

# The words that name a platform, Mastodon's (`mastodon`, `fediverse`) among them: one scan of a note.
_WORDS_OF_PLATFORMS: tuple[tuple[str, Platform], ...] = (
    ("telegram", Platform.TELEGRAM),
    ("twitter", Platform.TWITTER),
    ("bluesky", Platform.BLUESKY),
    ("bsky", Platform.BLUESKY),  # `bsky.app`, `alice.bsky.social`: Bluesky's own short name
    ("facebook", Platform.FACEBOOK),
    ("youtube", Platform.YOUTUBE),
    ("instagram", Platform.INSTAGRAM),
    ("tiktok", Platform.TIKTOK),
    ("vkontakte", Platform.VK),
    ("vk", Platform.VK),
    ("reddit", Platform.REDDIT),
    ("linkedin", Platform.LINKEDIN),
    ("weibo", Platform.WEIBO),
    ("mastodon", Platform.MASTODON),
    ("fediverse", Platform.MASTODON),
)
_WORD_PLATFORMS = dict(_WORDS_OF_PLATFORMS)
_PLATFORM_WORDS = re.compile(
    r"\b(" + "|".join(word for word, _ in _WORDS_OF_PLATFORMS) + r")\b", re.IGNORECASE
)
# A capital X names the platform only where no reader could take it for a letter or a variable.
_X_PLATFORM = deferred_compile(
    r"\bX (?:post|posts|thread|account|user|handle)\b"
    r"|\b(?:on|via|from) X(?![\w-])"
    r"|\bX \(formerly Twitter\)"
    r"|^\s*(?:\[[^\]]*\]:?\s*)?X\s*,"
)
# Meta's Threads, named in words: a capital `Threads` where English's plural noun cannot stand (`on Threads`,
# `Threads post`, a note's part of its own: `[5] Threads, May 1, 2024.`, `Mark Zuckerberg, Threads, …`).
# Unread, a note citing a Threads post by words alone named no platform, and `locate` searched the speaker's
# accounts everywhere else.
_THREADS_PLATFORM = deferred_compile(
    r"\bThreads (?:post|posts|account|user|profile)\b"
    r"|\b(?:on|via|from) Threads(?![\w-])"
    r"|^\s*(?:\[[^\]]*\]:?\s*)?Threads\s*,"
    r"|,[ \t]*Threads[ \t]*,"
)

# Ids of ASCII digits, no longer than any number read here (`digits.MAX_DIGITS`).
_ID = f"[0-9]{{1,{MAX_DIGITS}}}"
_TELEGRAM_POST = re.compile(
    rf"^https://t\.me/(?:c/(?P<internal>{_ID})|(?P<channel>[A-Za-z0-9_]+))/(?P<id>{_ID})$"
)
_TWITTER_POST = re.compile(rf"^https://x\.com/(?P<user>[A-Za-z0-9_]+)/status/(?P<id>{_ID})$")
# `i` is X's placeholder in `x.com/i/status/<id>` and `x.com/i/web/status/<id>`, not an account.
_TWITTER_PLACEHOLDER_USER = "i"
_TWITTER_EPOCH_MS = 1288834974657
# A snowflake is a 64-bit number (at most 20 digits); a longer "id" has no time, and would overflow a date.
_MAX_ID_DIGITS = 20

# ---- Bluesky ----
# A post's page: `https://bsky.app/profile/<handle or DID>/post/<rkey>`. A handle is a domain name
# (`alice.bsky.social`, `nytimes.com`), compared case-insensitively; a DID (`did:plc:<24 base32>`,
# `did:web:<domain>`) is the account itself, whatever its handle is now. The rkey is the record's key in the
# account's repository: another account's post may have the same one.
_BLUESKY_POST = re.compile(
    r"^https://bsky\.app/profile/(?P<account>[a-z0-9.:%-]{1,253})/post/(?P<rkey>[A-Za-z0-9._:~-]{1,512})$"
)
_BLUESKY_HANDLE_LABEL = on_first_use(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_BLUESKY_DID = on_first_use(r"did:plc:[a-z2-7]{24}|did:web:[a-z0-9.%-]{1,253}")
_BLUESKY_RKEY = on_first_use(r"[A-Za-z0-9._:~-]{1,512}")
# A TID, the rkey every normal client gives a post: 13 characters of base32-sortable, a 64-bit number whose
# top bit is 0 (so the first character is one of the first 16), then 53 bits of microseconds since the Unix
# epoch, then 10 bits of clock id. Set by the posting client: a client may write any rkey, or one of any time.
_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
_TID = on_first_use(r"[2-7a-j][2-7a-z]{12}")
# Bluesky's first posts (November 2022) and a far bound: a TID outside them is no sane post time.
_FIRST_BLUESKY_TIME = dt.datetime(2022, 11, 1, tzinfo=dt.UTC)
_LAST_SANE_TID_TIME = dt.datetime(2100, 1, 1, tzinfo=dt.UTC)


def is_bluesky_did(account: str) -> bool:
    """Whether `account` (as a post URL names it) is a DID (`did:plc:…`, `did:web:…`), not a handle."""
    return _BLUESKY_DID().fullmatch(account) is not None


def _bluesky_account(segment: str) -> str | None:
    """A Bluesky account as a post URL names it, lowercased (handles are case-insensitive; a DID's method
    and a `did:plc` id are lowercase), or None for a segment that is neither a handle nor a DID."""
    account = segment.lower()
    if len(account) > 253:
        return None
    if _BLUESKY_DID().fullmatch(account) is not None:
        return account
    # A handle is a domain name of two labels or more; its last (the top-level domain) is never all digits:
    # `1.2.3.4` is no handle.
    labels = account.split(".")
    if len(labels) < 2 or labels[-1].isdigit():
        return None
    return account if all(_BLUESKY_HANDLE_LABEL().fullmatch(label) for label in labels) else None


def _bluesky_post_url(segments: list[str]) -> str | None:
    if len(segments) != 4 or segments[0] != "profile" or segments[2] != "post":
        return None
    account, rkey = _bluesky_account(segments[1]), segments[3]
    if account is None or _BLUESKY_RKEY().fullmatch(rkey) is None or rkey in (".", ".."):
        return None
    return f"https://bsky.app/profile/{account}/post/{rkey}"


def tid_time(rkey: str) -> dt.datetime | None:
    """When a Bluesky rkey that is a TID says its post was made (UTC, to the microsecond): the time the
    posting client wrote into it, not the network's. None for an rkey that is no TID, or whose time is
    before Bluesky's first posts or past 2100 (a client may write any rkey: such a one dates nothing)."""
    if _TID().fullmatch(rkey) is None:
        return None
    value = 0
    for character in rkey:
        value = value * 32 + _TID_ALPHABET.index(character)
    moment = dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(microseconds=value >> 10)
    return moment if _FIRST_BLUESKY_TIME <= moment < _LAST_SANE_TID_TIME else None


# A Wayback Machine memento: `/web/<timestamp>[<modifier>_]/<original URL>`. The timestamp is 4 to 14 digits
# (a shorter one is a request for the copy nearest to it); a modifier (`id_`, `if_`, `im_`, …) asks for the
# copy without the archive's banner. Listings (`/web/2022*/…`) and calendars are no memento.
_WAYBACK_HOSTS = ("web.archive.org", "wayback.archive.org")
_WAYBACK_MEMENTO = re.compile(r"^/web/(?P<timestamp>[0-9]{4,14})(?:[a-z]{2}_)?/(?P<original>[^/].*)$")
# Archive-It (the Internet Archive's service for institutions' collections) runs the same Wayback software:
# its copies are `/<collection number or all>/<timestamp>[<modifier>_]/<original URL>`, whose stamp and
# original say what a Wayback copy's do. Its `/<collection>/*/…` listings and `/timemap/` are no memento.
_ARCHIVE_IT_HOSTS = ("wayback.archive-it.org",)
_ARCHIVE_IT_MEMENTO = re.compile(
    r"^/(?:[0-9]{1,10}|all)/(?P<timestamp>[0-9]{4,14})(?:[a-z]{2}_)?/(?P<original>[^/].*)$"
)
# archive.today (one archive under several names) names the original in two forms of its URLs:
# `/<timestamp>/<original URL>` (`2022.01.21-093000` or 4 to 14 digits: a request for the copy nearest to it)
# and `/newest/<original URL>` or `/oldest/<original URL>`. Its short form (`/<id>`) does not: which page
# such a copy is of is known only from the copy itself. `/o/<id>/<URL>` is a link out of a copy to the live
# web, `/timegate/`, `/timemap/` and `/search/` are services: none is a copy.
ARCHIVE_TODAY_HOSTS = (
    "archive.today",
    "archive.ph",
    "archive.is",
    "archive.li",
    "archive.vn",
    "archive.fo",
    "archive.md",
)
_ARCHIVE_TODAY_MEMENTO = deferred_compile(
    r"^/(?:(?P<timestamp>[0-9]{4}(?:\.[0-9]{2}\.[0-9]{2}(?:-[0-9]{6})?)?|[0-9]{5,14})|newest|oldest)"
    r"/(?P<original>[^/].*)$"
)
# Ghostarchive names the original in one form of its URLs, `/archive/<time>/<original URL>` (a time of 1 to
# 14 digits, the copy nearest to it: Wikipedia cites `/archive/20221009/<URL>`); its `/archive/<id>` and
# `/varchive/<id>` name none. Its page is its own (`extractors.pages.third_party_copy`), as archive.today's
# is.
_GHOSTARCHIVE_HOSTS = ("ghostarchive.org",)
_GHOSTARCHIVE_MEMENTO = re.compile(r"^/archive/(?P<timestamp>[0-9]{1,14})/(?P<original>[^/].*)$")
# The archive collapses the original's `//` in some links (`/web/2022/https:/t.me/…`); one without a scheme
# it takes for http.
_COLLAPSED_SCHEME = on_first_use(r"^(?P<scheme>https?):/+", re.IGNORECASE)


def _bare_host(host: str) -> str:
    host = host.strip().lower().rstrip(".")
    host = host.rsplit(":", 1)[0] if host.count(":") == 1 else host
    return host


def _http_link(url: str) -> tuple[SplitResult, str] | None:
    """`url` split, and its host bare (`_bare_host`), when it is an http(s) link; None for any other or for
    one that does not split (a bracket out of place, a port out of range)."""
    try:
        parts = urlsplit(url.strip())
        host = _bare_host(parts.hostname or "")
    except ValueError:
        return None
    return (parts, host) if parts.scheme.lower() in ("http", "https") else None


@lru_cache(maxsize=1024)
def platform_from_host(host: str) -> Platform:
    """The platform a host serves; subdomains (www., m., mobile., old.) count as the platform itself."""
    host = _bare_host(host)
    for domain, platform in _HOST_PLATFORMS.items():
        if host == domain or host.endswith("." + domain):
            return platform
    return Platform.WEB


# Wikimedia's wikis, whose pages are revised continually and have no one publication date: a note dates one
# by the day it was retrieved (`"Battle of X", Wikipedia, retrieved 21 January 2022`), the revision it read.
# Not Wikinews, whose articles are published on a day.
_WIKI_DOMAINS = ("wikipedia.org", "wikidata.org", "wikimedia.org", "wiktionary.org", "wikivoyage.org")


def is_wiki_page(url: str) -> bool:
    """Whether `url` is a page of one of Wikimedia's wikis (`_WIKI_DOMAINS`), on any language's host."""
    if "wiki" not in url:
        return False  # most links
    try:
        host = _bare_host(urlsplit(url).hostname or "")
    except ValueError:
        return False
    return any(host == domain or host.endswith("." + domain) for domain in _WIKI_DOMAINS)


def platform_hosts(platform: Platform) -> tuple[str, ...]:
    """The hosts that serve `platform` (`t.me`, `telegram.me`, `telegram.dog` for Telegram)."""
    return tuple(host for host, serves in _HOST_PLATFORMS.items() if serves is platform)


# What every match of `_PLATFORM_WORDS` in an ASCII text holds, lowered (`vkontakte` holds `vk`).
_PLATFORM_WORDS_LOWERED = tuple(word for word, _ in _WORDS_OF_PLATFORMS if word != "vkontakte")


def may_hold_a_word(text: str, lowered_words: tuple[str, ...]) -> bool:
    """Whether a case-blind pattern of plain words may match `text`: an ASCII text (most notes' names and
    titles) holding none of the words lowered (`lowered_words`) holds no match (case-blind, a pattern matches
    an ASCII text where it matches the text lowered), known without the pattern's search from each place.
    Any other text may."""
    if not text.isascii():
        return True
    lowered = text.lower()
    for word in lowered_words:  # a loop, not any() over a generator: a third of the time
        if word in lowered:
            break
    else:
        return False
    return True


def platform_from_words(text: str) -> Platform | None:
    """The platform a note names first in words (`Telegram`, `on X`), or None when it names none."""
    word = _PLATFORM_WORDS.search(text) if may_hold_a_word(text, _PLATFORM_WORDS_LOWERED) else None
    # Every way of naming X holds a capital X: a note without one is not searched for them.
    x_match = _X_PLATFORM.search(text) if "X" in text else None
    if x_match is not None and (word is None or x_match.start() < word.start()):
        return Platform.TWITTER
    threads = _THREADS_PLATFORM.search(text) if "Threads" in text else None
    if threads is not None and (word is None or threads.start() < word.start()):
        return Platform.THREADS
    return _platform_of_word(word.group(1)) if word is not None else None


def _platform_of_word(matched: str) -> Platform:
    """The platform of a word `_PLATFORM_WORDS` matched. A word matched without regard to case may not
    lowercase to its spelling here (`TIKTOK` with Turkish's capital dotted I, U+0130, lowercases to `ti` and a
    combining dot; a long s, U+017F, stays a long s): looked up by its lowercase alone, it stopped the run
    with a KeyError. Such a word is matched against each spelling as the pattern matched it."""
    platform = _WORD_PLATFORMS.get(matched.lower())
    if platform is not None:
        return platform
    return next(
        platform for word, platform in _WORDS_OF_PLATFORMS if re.fullmatch(word, matched, re.IGNORECASE)
    )


def _path_segments(parts: SplitResult) -> list[str]:
    """The path's segments, or none when a dot segment moves it (`urls.has_dot_segment`): a browser opens
    `x.com/u/status/1/../2` as the post 2, and read as 1 (its first three segments) the post checked was not
    the one the link leads to."""
    if has_dot_segment(parts.path):
        return []
    return [segment for segment in parts.path.split("/") if segment]


def _is_post_id(segment: str) -> bool:
    """Whether a path segment can be a post id: ASCII digits, no more than any number read here (a 5,000-digit
    id stopped a check where its side URLs were made: int() takes no more than 4,300)."""
    return ascii_int(segment) is not None


def _telegram_post_url(segments: list[str]) -> str | None:
    if segments[:1] == ["s"]:
        segments = segments[1:]
    if len(segments) == 2 and _is_post_id(segments[1]):
        return f"https://t.me/{segments[0]}/{segments[1]}"
    if len(segments) == 3 and segments[0] == "c" and all(map(_is_post_id, segments[1:])):
        return f"https://t.me/c/{segments[1]}/{segments[2]}"
    if len(segments) == 3 and all(map(_is_post_id, segments[1:])):
        # A message in a public group's topic (`t.me/<group>/<topic>/<id>`): its id counts within the group,
        # and `t.me/<group>/<id>` shows it. Named no post, a footnote citing one failed `schema` ("no post
        # id") while its message was read and its date and author confirmed.
        return f"https://t.me/{segments[0]}/{segments[2]}"
    return None


def _twitter_post_url(segments: list[str]) -> str | None:
    if segments[:2] == ["i", "web"]:
        segments = ["i", *segments[2:]]
    if len(segments) >= 3 and segments[1] in ("status", "statuses") and _is_post_id(segments[2]):
        return f"https://x.com/{segments[0]}/status/{segments[2]}"
    return None


def _post_url(platform: Platform, segments: list[str]) -> str | None:
    if platform is Platform.TELEGRAM:
        return _telegram_post_url(segments)
    if platform is Platform.TWITTER:
        return _twitter_post_url(segments)
    if platform is Platform.BLUESKY:
        return _bluesky_post_url(segments)
    if platform is Platform.TIKTOK:
        return _tiktok_post_url(segments)  # TikTok's block, below
    if platform in (Platform.INSTAGRAM, Platform.THREADS):
        return _meta_post_url(platform, segments)  # Instagram's and Threads' block, below
    return None


def _normalised_url(parts: SplitResult, host: str, port: int | None) -> str:
    scheme = parts.scheme.lower()
    netloc = f"[{host}]" if ":" in host else host
    if port is not None and port != DEFAULT_PORTS.get(scheme):
        netloc = f"{netloc}:{port}"
    userinfo = parts.netloc.rpartition("@")[0] if "@" in parts.netloc else ""
    if userinfo:
        netloc = f"{userinfo}@{netloc}"
    return urlunsplit((scheme, netloc, parts.path, parts.query, ""))


# A link `urlsplit` and `urlunsplit` give back as it is (lowercase scheme and host, no port, user, query or
# fragment; no tab or line break, which `urlsplit` drops): canonical as it stands unless it is a post's.
# Compiled on first use, as a check imports this module before its first request.
_PLAIN_PAGE_URL = on_first_use(r"(?P<scheme>https?)://(?P<host>[a-z0-9.-]+)(?:/[^\t\n\r?#]*)?")


_POST_PLATFORMS = (
    *(Platform.TELEGRAM, Platform.TWITTER, Platform.BLUESKY, Platform.TIKTOK),
    *(Platform.INSTAGRAM, Platform.THREADS),
)

# Sites that show X's posts under X's own paths (`/<user>/status/<id>`): embed fixers people paste from chat
# apps, Nitter's front ends (`nitter.<any>`, xcancel.com) and viewers such as TwStalker (`twstalker.com`,
# `mobile.twstalker.com`). A status link on one names X's post by its id, but the mirror's page is the
# mirror's rewriting, not X's word (`mirrored_x_post`): a TwStalker page was read as a web page of its own,
# its byline and words verifying an X post that X was never asked for.
_X_MIRRORS = (
    *("fxtwitter.com", "vxtwitter.com", "fixupx.com", "fixvx.com", "twittpr.com", "xcancel.com"),
    "twstalker.com",
)
_NITTER = "nitter"
# What every mirror's host holds, as a link is written in any case: a link holding none is no mirror's.
_MIRROR_WORDS = ("twitt", "fixupx", "fixvx", "xcancel", "twstalker", _NITTER)


def _is_x_mirror(host: str) -> bool:
    return host.split(".", 1)[0] == _NITTER or any(
        host == name or host.endswith("." + name) for name in _X_MIRRORS
    )


def mirrored_x_post(url: str) -> str | None:
    """X's own URL of the post a mirror's status link shows (`https://fxtwitter.com/u/status/1/en`,
    `https://nitter.net/u/status/1#m` → `https://x.com/u/status/1`), or None for any other URL: what is cited
    is X's post, to be captured from X (its page, syndication JSON and oEmbed), never read from the mirror."""
    lowered = url.lower()
    if "status" not in lowered or not any(word in lowered for word in _MIRROR_WORDS):
        return None  # most links: asked of every note's link, a parse of each cost `extract` 3 % a note
    link = _http_link(url)
    if link is None or not _is_x_mirror(link[1].removeprefix("www.")):
        return None
    parts = link[0]
    return _twitter_post_url(_path_segments(parts))


# Sites that show a Telegram post under a link naming its channel's username and the post's id: stat sites
# (TGStat, `tgstat.com/channel/@<channel>/<id>` and its national sites `tgstat.ru`, `uk.tgstat.com`, …;
# Telemetr, `telemetr.io/<language>/channels/<chat id>-<channel>/posts/<id>`) and catalogues (tlgrm.eu,
# `/channels/@<channel>/<id>`). Their page is their rendering of the post (their byline, "TGStat", and their
# copy of its words): read as a web page of its own, it passed a quote and an author for a Telegram post
# Telegram was never asked for. A link of theirs that names no username (TGStat's private channels, by an
# invite's hash) names no post Telegram shows publicly, and stays the page it is.
_TELEGRAM_VIEWERS = ("tgstat.com", "tgstat.ru", "telemetr.io", "tlgrm.eu")
# Embed fixers of Bluesky, as fxtwitter is of X (`fxbsky.app/profile/<account>/post/<rkey>`, pasted from chat
# apps), deer.social (a fork of Bluesky's web app, at its paths: read as a web page, a script shell, a true
# citation of the post failed), and SkyView (`skyview.social/?url=<the post's bsky.app link>`); Bluesky's own
# embed (`embed.bsky.app/embed/<DID>/app.bsky.feed.post/<rkey>`), a script's frame that shows no post without
# it.
_BLUESKY_MIRRORS = ("fxbsky.app", "bskx.app", "bskye.app", "deer.social")
_SKYVIEW = "skyview.social"
_BLUESKY_EMBED = "embed.bsky.app"
# Telegram's Instant View (`t.me/iv?url=<page>&rhash=…`): Telegram's rendering of another site's article,
# a third party's copy of it. The page it names is what is cited, captured in its place.
_INSTANT_VIEW_PATH = "/iv"
# What every such link holds, as it is written in any case: a link holding none is no viewer's
# (`_may_name_viewer` asks for each in turn).
_VIEWER_WORDS = ("tgstat", "telemetr", "tlgrm", "bsk", "skyview", "deer.social", _INSTANT_VIEW_PATH)
_TELEGRAM_USERNAME = on_first_use(r"[A-Za-z0-9_]{1,64}")
_LANGUAGE_SEGMENT = on_first_use(r"[a-z]{2}")


def _may_name_viewer(lowered: str) -> bool:
    """Whether a lowercased link holds one of `_VIEWER_WORDS`: asked of every note's link, written out as it
    costs a third of a generator over the tuple (tests/citations/test_platforms.py holds the two alike)."""
    return (
        "tgstat" in lowered
        or "telemetr" in lowered
        or "tlgrm" in lowered
        or "bsk" in lowered
        or "skyview" in lowered
        or "deer.social" in lowered
        or "/iv" in lowered
    )


def _on_host(host: str, names: tuple[str, ...]) -> bool:
    return any(host == name or host.endswith("." + name) for name in names)


def _viewed_telegram_post(segments: list[str]) -> str | None:
    """`https://t.me/<channel>/<id>` of a Telegram viewer's post path, or None."""
    if len(segments) in (4, 5) and _LANGUAGE_SEGMENT().fullmatch(segments[0]) is not None:
        segments = segments[1:]  # the page in a language: `/en/channel/…`, Telemetr's `/en/channels/…`
    if len(segments) == 4 and segments[0] == "channels" and segments[2] == "posts":
        chat, dash, channel = segments[1].partition("-")  # `<chat id>-<username>`: a username has no dash
        segments = ["channels", f"@{channel}", segments[3]] if dash and chat.isdigit() else []
    if len(segments) != 3 or segments[0] not in ("channel", "channels", "chat"):
        return None
    channel, post_id = segments[1].removeprefix("@"), segments[2]
    if not segments[1].startswith("@") or _TELEGRAM_USERNAME().fullmatch(channel) is None:
        return None
    return f"https://t.me/{channel}/{post_id}" if _is_post_id(post_id) else None


def _viewed_bluesky_post(host: str, parts: SplitResult) -> str | None:
    """`https://bsky.app/profile/<account>/post/<rkey>` of a Bluesky viewer's or embed's link, or None."""
    if host == _BLUESKY_EMBED:
        segments = _path_segments(parts)
        if len(segments) != 4 or segments[0] != "embed" or segments[2] != "app.bsky.feed.post":
            return None
        return _bluesky_post_url(["profile", segments[1], "post", segments[3]])
    if host == _SKYVIEW:
        named = parse_qs(parts.query).get("url", [])
        post = canonical_url(named[0]) if len(named) == 1 else None
        return post if post is not None and _bluesky_post_in(post) is not None else None
    if _on_host(host, _BLUESKY_MIRRORS):
        # A fixer's `/photo/1` or `/json` after the post's path is the same post.
        return _bluesky_post_url(_path_segments(parts)[:4])
    return None


def _instant_view_page(host: str, parts: SplitResult) -> str | None:
    """The page a Telegram Instant View link names (`https://t.me/iv?url=<page>&rhash=…`), or None: a link
    naming no http(s) page is left as it is (read as Telegram's page, a copy of no page it names)."""
    if platform_from_host(host) is not Platform.TELEGRAM or _path_segments(parts) != ["iv"]:
        return None
    named = parse_qs(parts.query).get("url", [])
    page = named[0].strip() if len(named) == 1 else ""
    return canonical_url(page) if is_http_url(page) else None


def mirrored_post(url: str) -> str | None:
    """Telegram's or Bluesky's own URL of the post a third party's link shows (`https://tgstat.com/channel/
    @rybar/5` → `https://t.me/rybar/5`, `https://fxbsky.app/profile/a.bsky.social/post/3k…` → `https://
    bsky.app/profile/a.bsky.social/post/3k…`), or the page Telegram's Instant View shows (`https://t.me/iv?
    url=<page>` → `<page>`), or None for any other URL: as with X's mirrors (`mirrored_x_post`), what is
    cited is the platform's post or the page, captured from it, never read from the viewer's rendering."""
    if not _may_name_viewer(url.lower()):
        return None  # most links: asked of every note's link
    link = _http_link(url)
    if link is None:
        return None
    parts, host = link[0], link[1].removeprefix("www.")
    if _on_host(host, _TELEGRAM_VIEWERS):
        return _viewed_telegram_post(_path_segments(parts))
    return _viewed_bluesky_post(host, parts) or _instant_view_page(host, parts)


@lru_cache(maxsize=1024)  # a citation's URL is made canonical where it is parsed, made and validated
def canonical_url(url: str) -> str:
    """One spelling per post: `https://t.me/<channel>/<id>`, `https://x.com/<user>/status/<id>`,
    `https://bsky.app/profile/<handle or DID, lowercased>/post/<rkey>`, `https://<instance>/@<user>/<id>`
    (`mastodon_post`), `https://www.tiktok.com/@<user>/video/<id>` (or `/photo/<id>`). A mirror's
    status link keeps its own (`mirrored_x_post` names X's post): a web archive's copy of a mirror's page is
    no copy of X's post.

    Any other URL keeps its path and query; only the scheme and host are lowercased and the default port and
    fragment dropped. A string that does not parse as a URL comes back stripped of surrounding spaces.
    """
    url = url.strip()
    mastodon = mastodon_canonical_url(url)  # Mastodon's block, at the end of this module
    if mastodon is not None:
        return mastodon
    plain = _PLAIN_PAGE_URL().fullmatch(url)
    if plain is not None and platform_from_host(plain.group("host")) not in _POST_PLATFORMS:
        return url  # most links: not split and put together again only to be the same
    return _split_canonical_url(url)


def _split_canonical_url(url: str) -> str:
    """`canonical_url` of a stripped URL, read by `urlsplit`."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    host = parts.hostname
    if not host:
        return url
    post_url = _post_url(platform_from_host(host), _path_segments(parts))
    return post_url or _normalised_url(parts, host, port)


# Every archive host above has one of these in its name. A URL's host is a piece of it, lowercased
# (`str.lower` maps each character on its own: a piece's lowercase is a piece of the lowercase of the whole),
# once `urlsplit` has dropped the tabs and line breaks it drops anywhere in a URL: a text without a mark, in
# any case, and without those characters names no archive's host (tests/citations/test_platforms.py checks
# every host). Not `archive` alone: a note that says it was archived is not searched again for URLs for that.
_ARCHIVE_HOST_MARKS = ("archive.", "archive-it.")  # `may_name_archive_host` spells them out


def may_name_archive_host(text: str) -> bool:
    """False when no URL in `text` (or `text` as a URL) can have an archive's host (`memento_original`,
    `wayback_original`): known without splitting a URL, as most links are no archive's."""
    lowered = text.lower()
    # The two marks of `_ARCHIVE_HOST_MARKS` looked for in turn, not by any() over a generator: this is asked
    # three times a note (of its text, of its link twice).
    return "archive." in lowered or "archive-it." in lowered or "\t" in text or "\r" in text or "\n" in text


def _archive_memento(
    url: str, hosts: tuple[str, ...], memento: re.Pattern[str]
) -> tuple[re.Match[str], SplitResult] | None:
    """An archive's memento URL's path read by `memento` (`original`, ...) and its parts, when its host is
    one of `hosts`; None for any other URL."""
    if not may_name_archive_host(url):  # most URLs: each was split three or four times only to learn this
        return None
    try:
        parts = urlsplit(url.strip())
        host = _bare_host(parts.hostname or "")
    except ValueError:
        return None
    found = memento.match(parts.path) if host in hosts else None
    return (found, parts) if found else None


def _wayback_memento(url: str) -> tuple[re.Match[str], SplitResult] | None:
    """A Wayback Machine (or Archive-It) memento URL's path read (`timestamp`, `original`) and its parts;
    None for any other URL."""
    if not may_name_archive_host(url):  # most URLs: known once, not once per archive
        return None
    return _archive_memento(url, _WAYBACK_HOSTS, _WAYBACK_MEMENTO) or _archive_memento(
        url, _ARCHIVE_IT_HOSTS, _ARCHIVE_IT_MEMENTO
    )


def memento_time_in_url(url: str) -> str | None:
    """When a Wayback Machine memento URL says its copy was made, to the second (`20220121093000` →
    `2022-01-21 09:30:00 UTC, as its URL says`), or None: a shorter stamp names no moment, only a range the
    archive picks from."""
    memento = _wayback_memento(url)
    stamp = memento[0].group("timestamp") if memento else ""
    if len(stamp) != 14:
        return None
    try:
        moment = dt.datetime.strptime(stamp, "%Y%m%d%H%M%S")
    except ValueError:
        return None
    return f"{moment:%Y-%m-%d %H:%M:%S}{_AS_ITS_URL_SAYS}"


_AS_ITS_URL_SAYS = " UTC, as its URL says"


def http_date(text: str) -> dt.datetime | None:
    """An HTTP-date (`Fri, 21 Jan 2022 09:30:00 GMT`, as `Memento-Datetime` gives one) as an aware time (a
    `-0000` zone read as UTC, as HTTP dates are); None when it does not parse or no calendar holds it."""
    import email.utils  # here: only an archive's answer asks, after a check's first request

    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)


def memento_moment(made: str) -> dt.datetime | None:
    """When a copy was made, as its `Memento-Datetime` gives it or as `memento_time_in_url` says its URL
    does; None when it does not parse."""
    if made.endswith(_AS_ITS_URL_SAYS):
        try:
            moment = dt.datetime.strptime(made.removesuffix(_AS_ITS_URL_SAYS), "%Y-%m-%d %H:%M:%S")
        except ValueError:
            return None
        return moment.replace(tzinfo=dt.UTC)
    return http_date(made)


def wayback_original(url: str) -> str | None:
    """The URL a Wayback Machine memento URL is an archived copy of, or None for any other URL.

    `https://web.archive.org/web/20220121000000/https://twitter.com/u/status/1` is a copy of
    `https://twitter.com/u/status/1`, and so is Archive-It's (the same software)
    `https://wayback.archive-it.org/1234/20220121000000/https://twitter.com/u/status/1`. Such a copy is
    captured and read as its original (the page the archive kept, with its banner), so capture and checks
    read it as the original's copy (`provenance.sources`).
    """
    return _original_in(_wayback_memento(url))


def memento_original(url: str) -> str | None:
    """The URL an archived copy's URL names as the page it copies: a Wayback Machine memento
    (`wayback_original`) or an archive.today copy of the forms that name it
    (`https://archive.ph/2022.01.21-093000/https://t.me/rybar/1`, `https://archive.ph/newest/<URL>`) or a
    Ghostarchive copy's (`https://ghostarchive.org/archive/20221009/<URL>`); None for any other URL, an
    archive.today short link (`https://archive.ph/AbCd1`) and a Ghostarchive id among them.

    It is the post a report means when it cites the copy, whose platform, account and post id are the
    original's. Only a Wayback copy is also read as the original's copy (`wayback_original`): an
    archive.today or Ghostarchive copy is captured and read as a page of its archive.
    """
    if not may_name_archive_host(url):  # most URLs: known once, not once per archive
        return None
    return (
        wayback_original(url)
        or _original_in(_archive_memento(url, ARCHIVE_TODAY_HOSTS, _ARCHIVE_TODAY_MEMENTO))
        or _original_in(_archive_memento(url, _GHOSTARCHIVE_HOSTS, _GHOSTARCHIVE_MEMENTO))
    )


def _original_in(memento: tuple[re.Match[str], SplitResult] | None) -> str | None:
    """The original URL a memento URL's `original` group names, made whole, or None."""
    if memento is None:
        return None
    found, parts = memento
    original = found.group("original")
    scheme = _COLLAPSED_SCHEME().match(original)
    if scheme is not None:
        original = f"{scheme.group('scheme').lower()}://{original[scheme.end() :]}"
    elif "://" not in original:
        original = f"http://{original}"
    # The original's own query is the memento URL's query (the archive keeps it after the original's path).
    original = f"{original}?{parts.query}" if parts.query else original
    return original if is_http_url(original) else None


def memento_archive(url: str) -> str | None:
    """The name of the web archive whose copy a memento URL (one `memento_original` reads) is, as CSL-JSON's
    `archive` names an archive, or None for any other URL."""
    if wayback_original(url) is not None:
        return (
            "Archive-It"
            if _archive_memento(url, _ARCHIVE_IT_HOSTS, _ARCHIVE_IT_MEMENTO)
            else "Internet Archive"
        )
    if _archive_memento(url, _GHOSTARCHIVE_HOSTS, _GHOSTARCHIVE_MEMENTO) is not None:
        return "Ghostarchive" if memento_original(url) is not None else None
    return "archive.today" if memento_original(url) is not None else None


def on_web_archive(url: str) -> bool:
    """Whether `url` is on the Wayback Machine's, Archive-It's or archive.today's host: a copy, or a service
    of an archive (a short link `https://archive.ph/AbCd1` names no original)."""
    try:
        host = urlsplit(url.strip()).hostname or ""
    except ValueError:  # an address that does not parse (`http://[::1`) is on no archive
        return False
    return _bare_host(host).removeprefix("www.") in (
        *_WAYBACK_HOSTS,
        *_ARCHIVE_IT_HOSTS,
        *ARCHIVE_TODAY_HOSTS,
    )


def copies_of_one_page(url: str, other: str) -> bool:
    """Whether two URLs name one page or post, whatever spelling each was copied in."""
    return canonical_url(url) == canonical_url(other)


# How `canonical_url` starts each Telegram, X and Bluesky post's link (`_TELEGRAM_POST`, `_TWITTER_POST`,
# `_BLUESKY_POST` match only at these starts).
_POST_URL_STARTS = (
    *("https://t.me/", "https://x.com/", "https://bsky.app/"),
    *("https://www.instagram.com/", "https://www.threads.com/"),  # `meta_post`'s
)


def post_locator(url: str) -> tuple[str | None, str | None]:
    """(handle or channel, post id) of a Telegram, X/Twitter, Bluesky, Mastodon, Instagram, Threads or
    Facebook post URL (a Mastodon handle is `user@instance`; a Facebook post's is its page's name), else
    (None, None).

    Private Telegram links (`t.me/c/<internal>/<id>`) and `x.com/i/status/<id>` name no account: the handle
    is None but the post id is known. A Bluesky URL that names its account by DID names no handle either
    (the DID is the account, not what it is called: `bluesky_post` gives it); its post id is the rkey.
    """
    canonical = canonical_url(url)
    if "facebook.com/" in canonical or "fb.com/" in canonical:
        facebook = facebook_post(canonical)  # Facebook's block, at the end of this module
        if facebook is not None:
            return facebook
    # Most links: no post's canonical start (below) nor Mastodon's path (`mastodon_post`'s own first test).
    if not canonical.startswith(_POST_URL_STARTS) and "/@" not in canonical and "/users/" not in canonical:
        return None, None
    telegram = _TELEGRAM_POST.match(canonical)
    if telegram:
        return telegram.group("channel"), telegram.group("id")
    twitter = _TWITTER_POST.match(canonical)
    if twitter:
        user = twitter.group("user")
        return (None if user == _TWITTER_PLACEHOLDER_USER else user), twitter.group("id")
    bluesky = _bluesky_post_in(canonical)
    if bluesky:
        account, rkey = bluesky
        return (None if is_bluesky_did(account) else account), rkey
    mastodon = mastodon_post(canonical)  # Mastodon's block, at the end of this module
    if mastodon is not None:
        return mastodon[1], mastodon[2]
    meta = meta_post(canonical)  # Instagram's and Threads' block, at the end of this module
    if meta is not None:
        return meta.user, meta_post_id(meta)
    return None, None


def bluesky_post(url: str) -> tuple[str, str] | None:
    """(handle or DID, rkey) of a Bluesky post URL, lowercased as `canonical_url` spells it; None for any
    other URL."""
    return _bluesky_post_in(canonical_url(url))


def _bluesky_post_in(canonical: str) -> tuple[str, str] | None:
    """(handle or DID, rkey) of a canonical URL that is a Bluesky post's: `canonical_url` gives back any
    other bsky.app URL as it is (`/profile/harbour/post/…`, whose account is no handle, is none)."""
    found = _BLUESKY_POST.match(canonical)
    if (
        found is None
        or _bluesky_post_url(["profile", found.group("account"), "post", found.group("rkey")]) is None
    ):
        return None
    return found.group("account"), found.group("rkey")


def snowflake_datetime(post_id: str) -> dt.datetime:
    """When an X/Twitter post was created, read from its snowflake id (UTC, millisecond precision).

    Ids from before November 2010 were sequential and carry no time; for them the result is meaningless.
    """
    if not is_ascii_number(post_id):
        raise ValueError(f"post id {post_id!r} is not a number")
    if len(post_id) > _MAX_ID_DIGITS:
        raise ValueError(f"a post id of {len(post_id)} digits is longer than any snowflake")
    ms = (int(post_id) >> 22) + _TWITTER_EPOCH_MS
    return dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(milliseconds=ms)


def snowflake_time(post_id: str) -> dt.datetime | None:
    """`snowflake_datetime`, or None for an id that is not a snowflake (not a number, or too long)."""
    try:
        return snowflake_datetime(post_id)
    except ValueError:
        return None


# ---- Mastodon (and the fediverse servers that speak its API) ----
#
# Mastodon has no host of its own: any server may run it. A post's link is known by its path alone,
# `/@<user>/<id>` or `/@<user>@<instance>/<id>` (a remote account's post, as another instance shows it) or
# `/users/<user>/statuses/<id>` (its ActivityPub id), or the web app's `/web/@<user>/<id>` and
# `/deck/@<user>/<id>`, or its embed's `/@<user>/<id>/embed`, on a host no other platform's. Other sites
# write `/@name/...` paths too (Medium's `/@user/<slug>`, TikTok's `/@user/video/<id>`, YouTube's
# `/@channel`): only two segments (after the app's `web` or `deck`, before `embed`), the second all digits,
# are a post's, and never on a host another platform is known by.
# Whether the host runs Mastodon is known only from its API's answer (`extractors.mastodon`): a look-alike
# path on another kind of site is read as the web page it is.
# Other servers that speak Mastodon's client API (`/api/v1/statuses/<id>`) have links of their own, each
# known by an id of its own shape, so that no other site's path of the same words is taken for theirs:
# Pleroma's and Akkoma's `/notice/<id>` (a 128-bit flake id in base62, 16 to 22 letters and digits, which
# names no account), GoToSocial's `/@<user>/statuses/<ULID>` (its ActivityPub id
# `/users/<user>/statuses/<ULID>`: 26 characters of Crockford's base32), Truth Social's
# `/@<user>/posts/<id>` (a Mastodon fork, on truthsocial.com alone). Misskey and its forks' `/notes/<id>`
# speak no Mastodon API: `misskey_note`, below.

# A Mastodon username: letters, digits, `_` (at most 30; other servers' allow `.` and `-`, up to 64 here).
_MASTODON_USER = on_first_use(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}")
_MASTODON_DOMAIN = on_first_use(r"[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10}")
# Hosts whose `/@name/<digits>` paths are no Mastodon post's (besides every host of `_HOST_PLATFORMS`).
_NOT_MASTODON_HOSTS = (
    "medium.com",
    "threads.net",
    "threads.com",
    "substack.com",
    "bsky.app",
    "github.com",
    "tumblr.com",
)
# `@user@instance` in a note: a fediverse handle written whole (a bare `@user` names an account on the
# instance the link is on).
_MASTODON_NOTE_HANDLE = on_first_use(
    r"(?<![\w@.])@(?P<user>[A-Za-z0-9_][A-Za-z0-9_.-]{0,63})@(?P<domain>[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,10})"
)
_MOST_NOTE_HANDLES = 20  # a note names an account or two
# The web app's own paths of a post (`/web/@<user>/<id>`, which Mastodon sends on to `/@<user>/<id>`, and the
# advanced view's `/deck/@<user>/<id>`): the same post by the same local id. Read as web pages, they were the
# app's shell or the post page's tags, never the instance's status API (its account, visibility, edits).
_MASTODON_APP_PATHS = ("web", "deck")
# A post's embed (`/@<user>/<id>/embed`, the frame a page's embed code shows): the same post, read likewise.
_MASTODON_EMBED = "embed"
_PLEROMA_NOTICE = "notice"
_PLEROMA_FLAKE_ID = on_first_use(r"[0-9A-Za-z]{16,22}")
_GOTOSOCIAL_STATUSES = "statuses"
_GOTOSOCIAL_ULID = on_first_use(r"[0-7][0-9A-HJKMNP-TV-Z]{25}")  # 48 bits of time first: at most 7 in front
TRUTH_SOCIAL_HOST = "truthsocial.com"
_TRUTH_SOCIAL_POSTS = "posts"


def _mastodon_host(host: str) -> bool:
    """Whether a post of Mastodon's may be on `host`: any host but those of a known platform or site."""
    bare = host.removeprefix("www.")
    if "." not in bare or platform_from_host(bare) is not Platform.WEB:
        return False
    return not any(bare == name or bare.endswith("." + name) for name in _NOT_MASTODON_HOSTS)


def _mastodon_account(segment: str, host: str) -> str | None:
    """`user@instance` of a path's `@user` (local to `host`) or `@user@other` (an account of `other`), or
    None when it is no account's. A remote account is another account than a local one of the same name."""
    if not segment.startswith("@"):
        return None
    user, at, domain = segment[1:].partition("@")
    if _MASTODON_USER().fullmatch(user) is None:
        return None
    if not at:
        return f"{user}@{host}"
    domain = domain.lower().rstrip(".")
    return f"{user}@{domain}" if _MASTODON_DOMAIN().fullmatch(domain) else None


def _instance_link(url: str) -> tuple[str, list[str]] | None:
    """(host, path segments) of an http(s) link on a host that may be a fediverse instance (one of no other
    platform), or None. An instance is named by its host alone: a link with a port other than its scheme's,
    or with a user name, is no post's link there (its status API and canonical link have neither)."""
    try:
        parts = urlsplit(url.strip())
        host = _bare_host(parts.hostname or "")
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https") or not _mastodon_host(host):
        return None
    if (port is not None and port != DEFAULT_PORTS.get(scheme)) or "@" in parts.netloc:
        return None
    return host, _path_segments(parts)


def mastodon_post(url: str) -> tuple[str, str | None, str] | None:
    """(instance, `user@instance` handle, post id) of a Mastodon post's link (`https://<instance>/@<user>/<id>`,
    `/@<user>@<other>/<id>`, `/users/<user>/statuses/<id>`, the web app's `/web/@<user>/<id>` and
    `/deck/@<user>/<id>`, its embed `/@<user>/<id>/embed`), or of another server's that speaks its API
    (Pleroma's `/notice/<flake id>`, whose handle is None: the link names no account; GoToSocial's
    `/@<user>/statuses/<ULID>`; Truth Social's `/@<user>/posts/<id>`), or None for any other URL. The id
    counts on the instance the link is on (a remote post seen there has a local id): the instance is where
    it is read."""
    if "/@" not in url and "/users/" not in url and "/notice/" not in url:
        return None  # most links: asked of every note's link
    found = _instance_link(url)
    if found is None:
        return None
    host, segments = found
    if len(segments) == 2 and segments[0] == _PLEROMA_NOTICE:
        flake = segments[1]
        # All digits is no flake id (a notice of another kind of site, numbered).
        return (host, None, flake) if _PLEROMA_FLAKE_ID().fullmatch(flake) and not flake.isdigit() else None
    if len(segments) == 4 and segments[0] == "users" and segments[2] == "statuses":
        segments = [f"@{segments[1]}", segments[3]]
        if _GOTOSOCIAL_ULID().fullmatch(segments[1]):
            segments.insert(1, _GOTOSOCIAL_STATUSES)  # GoToSocial's ActivityPub id of its post
    if len(segments) == 3 and segments[0] in _MASTODON_APP_PATHS and segments[1].startswith("@"):
        segments = segments[1:]
    elif len(segments) == 3 and segments[2] == _MASTODON_EMBED and segments[0].startswith("@"):
        segments = segments[:2]
    elif (
        len(segments) == 3
        and segments[1] == _GOTOSOCIAL_STATUSES
        and _GOTOSOCIAL_ULID().fullmatch(segments[2])
    ):
        # GoToSocial's post (a web view of its own, server-rendered), read by its API like Mastodon's.
        account = _mastodon_account(segments[0], host)
        return (host, account, segments[2]) if account is not None else None
    elif len(segments) == 3 and segments[1] == _TRUTH_SOCIAL_POSTS and host == TRUTH_SOCIAL_HOST:
        segments = [segments[0], segments[2]]
    if len(segments) != 2 or not _is_post_id(segments[1]):
        return None
    account = _mastodon_account(segments[0], host)
    if account is None:
        return None
    return host, account, str(ascii_int(segments[1]))


def mastodon_post_url(instance: str, handle: str | None, post_id: str) -> str | None:
    """The canonical link of a post on `instance`, in the shape of the server its id is of: Mastodon's
    `https://<instance>/@<user>/<id>` (the account written `@user@other` when it is another instance's),
    GoToSocial's `/@<user>/statuses/<ULID>`, Truth Social's `/@<user>/posts/<id>`, Pleroma's
    `/notice/<flake id>`. None for an id of none of their shapes, or where the link's shape needs an account
    and `handle` names none."""
    if _PLEROMA_FLAKE_ID().fullmatch(post_id) and not post_id.isdigit():
        return f"https://{instance}/{_PLEROMA_NOTICE}/{post_id}"
    if handle is None or not (is_ascii_number(post_id) or _GOTOSOCIAL_ULID().fullmatch(post_id)):
        return None
    user, _, domain = handle.partition("@")
    account = user if domain == instance else handle
    if _GOTOSOCIAL_ULID().fullmatch(post_id):
        return f"https://{instance}/@{account}/{_GOTOSOCIAL_STATUSES}/{post_id}"
    if instance == TRUTH_SOCIAL_HOST:
        return f"https://{instance}/@{account}/{_TRUTH_SOCIAL_POSTS}/{post_id}"
    return f"https://{instance}/@{account}/{post_id}"


def mastodon_canonical_url(url: str) -> str | None:
    """`mastodon_post`'s canonical link of a Mastodon post's URL, or None for any other URL."""
    found = mastodon_post(url)
    return mastodon_post_url(*found) if found else None


def mastodon_platform(url: str) -> Platform | None:
    """`Platform.MASTODON` when `url` has a Mastodon post's shape (`mastodon_post`), else None."""
    return Platform.MASTODON if mastodon_post(url) is not None else None


# Misskey and its forks (Sharkey, Firefish, Iceshrimp) speak no Mastodon API: a note's link is
# `https://<instance>/notes/<id>`, its id one of theirs (aid: 10 letters and digits, aidx: 16, meid or an
# object id: 24 hexadecimal digits, a ULID); its page is a script app with no words of its own. The note is
# read from its ActivityPub activity (`extractors.misskey`), and the link is no Mastodon post's: a citation's
# platform is not taken from this path.
_MISSKEY_NOTES = "notes"
_MISSKEY_NOTE_ID = on_first_use(r"[0-9a-z]{10}|[0-9a-z]{16}|[0-9a-f]{24}|[0-7][0-9A-HJKMNP-TV-Z]{25}")


def misskey_note(url: str) -> tuple[str, str] | None:
    """(instance, note id) of a Misskey note's link (`https://<instance>/notes/<id>`, an id of Misskey's
    shapes holding a digit and a letter, on a host of no other platform), or None for any other URL."""
    if "/notes/" not in url:
        return None
    found = _instance_link(url)
    if found is None:
        return None
    host, segments = found
    if (
        len(segments) != 2
        or segments[0] != _MISSKEY_NOTES
        or _MISSKEY_NOTE_ID().fullmatch(segments[1]) is None
    ):
        return None
    note_id = segments[1]
    # A slug of letters (`/notes/javascript`) or a number is no note's id: Misskey's hold both.
    if note_id.isdigit() or not any(character.isdigit() for character in note_id):
        return None
    return host, note_id


# Pleroma's and Akkoma's ActivityPub id of a post, `https://<instance>/objects/<uuid>` (the `url` Mastodon
# shows for their posts: its "open original page"): the post itself, but no id its status API knows. Asked for
# a page, the server sends it on to the post's `/notice/<flake id>` (`extractors.mastodon.notice_of_object`),
# which is read as any notice is. Only a UUID as Pleroma writes it (lower case, dashed): another site's
# `/objects/<name>` is no post's.
_PLEROMA_OBJECTS = "objects"
_PLEROMA_OBJECT_ID = on_first_use(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def pleroma_object(url: str) -> tuple[str, str] | None:
    """(instance, object UUID) of a Pleroma or Akkoma post's ActivityPub id (`https://<instance>/objects/<uuid>`,
    on a host of no other platform), or None for any other URL."""
    if "/objects/" not in url:
        return None
    found = _instance_link(url)
    if found is None:
        return None
    host, segments = found
    if (
        len(segments) != 2
        or segments[0] != _PLEROMA_OBJECTS
        or not _PLEROMA_OBJECT_ID().fullmatch(segments[1])
    ):
        return None
    return host, segments[1]


def mastodon_note_handle(handle: str | None, url: str, text: str) -> str | None:
    """The note's claim of who posted the Mastodon post (or Misskey note, or Pleroma object) at `url`,
    written whole: `@user@instance` as the note writes it, else the note's bare `@user` as the account of that
    name on the instance the link is on (what a bare handle names there). `handle` as it is for any other
    link, or when it is whole already.

    The link's `@alice@evil.example` is another account than the note's `@alice` on the instance the reader
    is on: compared by their bare names, an impersonator's post passed as alice's."""
    found = (
        (mastodon_post(url) or misskey_note(url) or pleroma_object(url))
        if handle is not None and "@" not in handle
        else None
    )
    if handle is None or found is None:
        return handle
    for match in itertools.islice(_MASTODON_NOTE_HANDLE().finditer(text), _MOST_NOTE_HANDLES):
        if match.group("user").casefold() == handle.casefold():
            return f"{match.group('user')}@{match.group('domain').lower()}"
    return f"{handle}@{found[0]}"


# Mastodon's ids (since 2.0, 2017) are milliseconds since the epoch shifted left 16 bits, plus a sequence.
_MASTODON_ID_SHIFT = 16
_MASTODON_FIRST = dt.datetime(2016, 3, 1, tzinfo=dt.UTC)  # Mastodon's first release: an id before is none
_MASTODON_MAX_ID_DIGITS = 20


def mastodon_id_time(post_id: str, now: dt.datetime | None = None) -> dt.datetime | None:
    """The time a Mastodon id carries (when the instance the link is on made the status: for a remote post,
    when it reached that instance), or None when the id is no time-based one (an older sequential id, a
    small number, a time before Mastodon or after `now`)."""
    number = ascii_int(post_id) if len(post_id) <= _MASTODON_MAX_ID_DIGITS else None
    if number is None:
        return None
    try:
        moment = dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(
            milliseconds=number >> _MASTODON_ID_SHIFT
        )
    except OverflowError:
        return None
    latest = (now or dt.datetime.now(dt.UTC)) + dt.timedelta(days=1)
    return moment if _MASTODON_FIRST <= moment <= latest else None


# ---- TikTok ----
#
# A video's page is `https://www.tiktok.com/@<user>/video/<id>` (a photo post's `/@<user>/photo/<id>`, the
# same numbering), older shares `m.tiktok.com/v/<id>.html`, the embed's player `/embed/v2/<id>` or
# `/embed/<id>`. The `@<user>` in a link is not proof of whose the video is: TikTok shows the video under any
# name written there; the account comes from what TikTok answers (`extractors.tiktok`). Its profile
# (`/@<user>`), a tag's (`/tag/<name>`) or a sound's page (`/music/<name>-<id>`) is no video, whatever
# digits it holds. A share link (`vm.tiktok.com/<code>/`, `vt.tiktok.com/<code>/`, `www.tiktok.com/t/<code>/`)
# names no video itself: it redirects to one (`tiktok_short_link`).

_TIKTOK_DOMAIN = "tiktok.com"
_TIKTOK_SHORT_HOSTS = frozenset({"vm.tiktok.com", "vt.tiktok.com"})
# A username: letters, digits, `_` and `.` (at most 24 characters on TikTok; 64 allowed here).
_TIKTOK_USER = on_first_use(r"[A-Za-z0-9_.]{1,64}")
_TIKTOK_SHORT_CODE = on_first_use(r"[A-Za-z0-9]{1,32}")
_TIKTOK_OLD_SHARE = on_first_use(r"([0-9]{1,20})\.html")
_TIKTOK_POST_KINDS = frozenset({"video", "photo"})
# A video's id is a 64-bit number whose upper 32 bits are the Unix second it was made (Douyin's and TikTok's
# `aweme_id`, as a snowflake); TikTok's (and Douyin's) first videos are of September 2016.
_TIKTOK_FIRST = dt.datetime(2016, 9, 1, tzinfo=dt.UTC)
_TIKTOK_ID_BITS = 64
_TIKTOK_TIME_SHIFT = 32


def _tiktok_host(url: str) -> tuple[str, list[str]] | None:
    """(host, path segments) of an http(s) link on tiktok.com or a subdomain, else None."""
    if _TIKTOK_DOMAIN not in url.lower():
        return None  # most links: asked of every note's link
    link = _http_link(url)
    if link is None:
        return None
    parts, host = link
    if host != _TIKTOK_DOMAIN and not host.endswith("." + _TIKTOK_DOMAIN):
        return None
    return host, _path_segments(parts)


def tiktok_video(url: str) -> tuple[str | None, str] | None:
    """(the username the link writes, or None, and the video id) of a TikTok video's or photo post's link
    (`/@<user>/video/<id>`, `/@<user>/photo/<id>`, `m.tiktok.com/v/<id>.html`, `/embed/v2/<id>`,
    `/embed/<id>`), or None for any other URL: a profile, a tag's or a sound's page, a share link (which
    names no video until it has redirected)."""
    found = _tiktok_host(url)
    if found is None:
        return None
    host, segments = found
    if host in _TIKTOK_SHORT_HOSTS:
        return None
    video: str | None = None
    user: str | None = None
    if len(segments) == 3 and segments[0].startswith("@") and segments[1] in _TIKTOK_POST_KINDS:
        named = segments[0][1:]
        user = named if _TIKTOK_USER().fullmatch(named) else None
        video = segments[2] if named == "" or user is not None else None
    elif len(segments) == 2 and segments[0] == "v":
        share = _TIKTOK_OLD_SHARE().fullmatch(segments[1])
        video = share.group(1) if share else None
    elif len(segments) == 3 and segments[:2] == ["embed", "v2"]:
        video = segments[2]
    elif len(segments) == 2 and segments[0] == "embed":
        video = segments[1]
    if video is None or tiktok_id_number(video) is None:
        return None
    return user, video


def _tiktok_post_url(segments: list[str]) -> str | None:
    """`https://www.tiktok.com/@<user>/video/<id>` (or `/photo/<id>`) of a video's or photo post's link on
    any of TikTok's hosts, without its query: the share button's `?is_from_webapp=1&sender_device=pc&_r=1`
    says who shared it, not which video it is. None for any other path (a profile, a share link, an embed or
    `m.tiktok.com/v/<id>.html`, a link naming no username), which keeps its own spelling."""
    if len(segments) != 3 or not segments[0].startswith("@") or segments[1] not in _TIKTOK_POST_KINDS:
        return None
    user, kind, video = segments[0][1:], segments[1], segments[2]
    if _TIKTOK_USER().fullmatch(user) is None or tiktok_id_number(video) is None:
        return None
    return f"https://www.tiktok.com/@{user}/{kind}/{video}"


def tiktok_video_under(url: str, handle: str | None, note_words: str) -> str | None:
    """The video id of a TikTok video's link written under `handle` (`/@<handle>/video/<id>`, any case) where
    the note's own words (`note_words`, its links blanked) write no `@`: the link's username is then the
    note's only claim of whose the video is. None for any other link, a link under another username, or a note
    naming an account by `@` itself.

    TikTok's ids name one video whatever the account, as X's do: the cited video shown under another username
    than its link's is the link's account renamed (or a wrong username in the link). A note that names an
    account by `@` (`Suki (@suki)`, `Rybar (@rybar on TikTok)`) claims that account's video: another's is
    not the cited one's, whatever its link writes."""
    video = tiktok_video(url) if handle and "@" not in note_words else None
    if video is None or video[0] is None or handle is None:
        return None
    return video[1] if video[0].casefold() == handle.casefold() else None


def tiktok_id_number(video: str) -> int | None:
    """A TikTok id as a number: ASCII digits of a 64-bit number, else None."""
    number = ascii_int(video) if len(video) <= 20 else None
    return number if number is not None and 0 < number < 1 << _TIKTOK_ID_BITS else None


def tiktok_short_link(url: str) -> bool:
    """Whether `url` is one of TikTok's share links (`vm.tiktok.com/<code>/`, `vt.tiktok.com/<code>/`,
    `www.tiktok.com/t/<code>/`), which redirect to the video they stand for."""
    found = _tiktok_host(url)
    if found is None:
        return False
    host, segments = found
    if host in _TIKTOK_SHORT_HOSTS:
        return len(segments) == 1 and _TIKTOK_SHORT_CODE().fullmatch(segments[0]) is not None
    return (
        len(segments) == 2 and segments[0] == "t" and _TIKTOK_SHORT_CODE().fullmatch(segments[1]) is not None
    )


def tiktok_id_time(video: str, now: dt.datetime | None = None) -> dt.datetime | None:
    """The second a TikTok video's id says it was made (its upper 32 bits, Unix seconds, UTC), or None when
    the id is no such number or its time is not sane: before TikTok's first videos (September 2016) or more
    than a day after `now` (the capture's time; the clock's when not given)."""
    number = tiktok_id_number(video)
    if number is None:
        return None
    moment = dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(seconds=number >> _TIKTOK_TIME_SHIFT)
    latest = (now or dt.datetime.now(dt.UTC)) + dt.timedelta(days=1)
    return moment if _TIKTOK_FIRST <= moment <= latest else None


# A note's `@user` as TikTok writes its usernames, dots and all (`@scout2015.fan`); a dot that ends it ends
# the sentence.
_TIKTOK_NOTE_HANDLE = on_first_use(r"(?<![\w@.])@(?P<user>[A-Za-z0-9_][A-Za-z0-9_.]{0,63})")


def tiktok_note_handle(handle: str | None, url: str, text: str) -> str | None:
    """The note's claim of whose the TikTok video at `url` is, whole: `scout2015.fan` where the note writes
    `@scout2015.fan` and `handle` (read as other platforms' handles are read, without dots) is `scout2015`;
    the username the link writes (`/@<user>/video/<id>`) where the note writes no `@` at all, as an X
    status link's handle is. `handle` as it is for any other link, or where the note writes it without a dot
    after it.

    Read up to its dot, the fan account `@scout2015.fan` a note names was `@scout2015`, and the video of
    @scout2015 passed as the fan account's. A note naming only `tiktok.com/@suki/video/<id>` claimed no
    account (the link is no post's to `post_locator`): @scout2015's video passed with its author unchecked."""
    if _tiktok_host(url) is None:
        return handle
    if handle is None:
        linked = tiktok_video(url) if "@" not in text else None
        return linked[0] if linked else None
    wanted = handle.casefold()
    for match in itertools.islice(_TIKTOK_NOTE_HANDLE().finditer(text), _MOST_NOTE_HANDLES):
        user = match.group("user").rstrip(".")
        if user.casefold() == wanted:
            return handle
        if user.casefold().startswith(wanted + "."):
            return user
    return handle


# ---- Reddit ----
# A post's link: `https://www.reddit.com/r/<subreddit>/comments/<post id>/<slug>/`, a comment's
# `…/comments/<post id>/<slug>/<comment id>/` (or `…/comments/<post id>/comment/<comment id>/`, as Reddit's
# own "share" of a comment spells it since 2023), a profile's post `/u/<user>/comments/…` or
# `/user/<user>/comments/…`, the bare `/comments/<post id>`, a gallery `/gallery/<post id>`, on Reddit's hosts
# (old., np., m., new., i., amp., sh., where Reddit served its new pages before www. did, and a language's,
# de., fr.: any one label before reddit.com is Reddit's own, and its page of a thread, rendered on the server
# with the replies, is never read as a web page); and `https://redd.it/<post id>`. Ids are base 36. A share
# link (`/r/<subreddit>/s/<code>`) names no post: only where it redirects does (`reddit_share_link`).
_REDDIT_DOMAIN = "reddit.com"
_REDDIT_SUBDOMAIN = on_first_use(r"[a-z0-9-]{1,63}")  # one label: `www`, `old`, `np`, `sh`, `de`
_REDDIT_SHORT_HOST = "redd.it"
_REDDIT_ID = on_first_use(r"[a-z0-9]{1,13}")
_REDDIT_NAME = on_first_use(r"[A-Za-z0-9_-]{1,64}")  # a subreddit's or a user's name
_REDDIT_SHARE_CODE = on_first_use(r"[A-Za-z0-9]{1,32}")
_REDDIT_PLACES = frozenset({"r", "u", "user"})


def _reddit_parts(url: str) -> tuple[str, list[str]] | None:
    """('reddit' or 'redd.it', path segments) of an http(s) link on Reddit's hosts, or None."""
    if "redd" not in url.lower():
        return None  # most links
    link = _http_link(url)
    if link is None:
        return None
    parts, host = link
    segments = _path_segments(parts)
    if host in (_REDDIT_SHORT_HOST, "www." + _REDDIT_SHORT_HOST):
        return _REDDIT_SHORT_HOST, segments
    subdomain, dot, domain = host.rpartition("." + _REDDIT_DOMAIN)
    if host == _REDDIT_DOMAIN or (dot and not domain and _REDDIT_SUBDOMAIN().fullmatch(subdomain)):
        return "reddit", segments
    return None


def reddit_post(url: str) -> tuple[str, str | None] | None:
    """(post id, comment id or None) of a link to a Reddit post or comment (lowercased, as Reddit's ids are),
    or None for any other link: a subreddit's page, a user's, a wiki's, a share link (`/s/<code>`), a
    search."""
    found = _reddit_parts(url)
    if found is None:
        return None
    host, segments = found
    if host == _REDDIT_SHORT_HOST:
        post = segments[0].lower() if len(segments) == 1 else ""
        return (post, None) if _REDDIT_ID().fullmatch(post) else None
    if len(segments) >= 2 and segments[0].lower() in _REDDIT_PLACES:
        if _REDDIT_NAME().fullmatch(segments[1]) is None:
            return None
        segments = segments[2:]
    if len(segments) == 2 and segments[0].lower() == "gallery":
        post = segments[1].lower()
        return (post, None) if _REDDIT_ID().fullmatch(post) else None
    if not 2 <= len(segments) <= 4 or segments[0].lower() != "comments":
        return None
    post = segments[1].lower()
    comment = segments[3].lower() if len(segments) == 4 else None
    if _REDDIT_ID().fullmatch(post) is None or (
        comment is not None and _REDDIT_ID().fullmatch(comment) is None
    ):
        return None
    return post, comment


def reddit_share_link(url: str) -> bool:
    """Whether `url` is a Reddit share link (`reddit.com/r/<subreddit>/s/<code>`, also under `/u/<user>/`),
    which names no post itself but redirects to one."""
    found = _reddit_parts(url)
    if found is None or found[0] != "reddit":
        return False
    segments = found[1]
    return (
        len(segments) == 4
        and segments[0].lower() in _REDDIT_PLACES
        and _REDDIT_NAME().fullmatch(segments[1]) is not None
        and segments[2] == "s"
        and _REDDIT_SHARE_CODE().fullmatch(segments[3]) is not None
    )


# How a note names a Reddit account: `u/<user>` or `/u/<user>` (a user name is 3 to 20 letters, digits, `_`
# and `-`), never inside a link (`reddit.com/u/<user>/`, after a `/` or a word's letter); or a note opening
# with a user name's one word that is no plain word (`harbour_watch, Reddit, …`: it holds a `_`, a `-` or a
# digit), Reddit showing no other name than the account's.
_REDDIT_NOTE_USER = on_first_use(r"(?<![\w/.-])/?[uU]/(?P<user>[A-Za-z0-9_-]{3,20})(?![\w/-])")
_REDDIT_NOTE_OPENING_USER = on_first_use(r"\s{0,20}(?P<user>[A-Za-z0-9_-]{3,20})\s{0,5}[,(;]")


def reddit_note_handle(handle: str | None, url: str, text: str) -> str | None:
    """The Reddit account a note names for the post or comment at `url` (`u/harbour_watch`, `/u/…`, or a
    note opening `harbour_watch, …`: the account's name, compared exactly), when it names none as an
    `@handle`; `handle` as it is for any other link. Read as a person's name, `u/harbour_watch` passed on a
    post of u/harbourwatch or u/harbour-watch, others' accounts, as names are compared without their
    punctuation."""
    if handle is not None or reddit_post(url) is None:
        return handle
    found = _REDDIT_NOTE_USER().search(text)
    if found is not None:
        return found.group("user")
    opening = _REDDIT_NOTE_OPENING_USER().match(text)
    user = opening.group("user") if opening is not None else ""
    return user if any(mark in user for mark in "_-0123456789") else None


def linked_post_id(url: str) -> str | None:
    """The id of the post a TikTok, YouTube, Reddit, VK, Pleroma or Misskey link names (a video's id; a Reddit
    comment's id where the link is a comment's, else its post's; a VK wall post's `<owner>_<post>`, a
    comment's `<owner>_<post>_r<comment>`; a notice's or a note's id), or None: `post_locator`
    reads Telegram's, X's, Bluesky's and Mastodon's with their accounts. The citation's post id says which
    post was cited, in `extract` and the ledger, as it does for the others."""
    # Each platform's own first test, on the link lowered once (most links are none of theirs): each function
    # below lowers it again only for a link that may be its platform's.
    lowered = url.lower()
    video = tiktok_video(url) if _TIKTOK_DOMAIN in lowered else None
    if video is not None:
        return video[1]
    youtube = youtube_video(url) if "youtu" in lowered else None  # YouTube's block, at the end of this module
    if youtube is not None:
        return youtube
    reddit = reddit_post(url) if "redd" in lowered else None
    if reddit is not None:
        return reddit[1] or reddit[0]
    vk = vk_link(url) if "vk." in lowered else None  # VK's block, at the end of this module
    if vk is not None and vk.kind == "wall":
        return vk.post_id + (f"_r{vk.reply}" if vk.reply else "")  # a comment as VK spells it: `-1_2_r3`
    notice = mastodon_post(url)  # Pleroma's `/notice/<flake id>`, which names no account
    if notice is not None:
        return notice[2]
    note = misskey_note(url)
    return note[1] if note is not None else None


# ---- VK ----
# A wall post's link: `https://vk.com/wall<owner>_<post>` (a negative owner is a community, a positive one a
# user), the same on `m.vk.com`, `vk.ru` and `m.vk.ru`; or any VK page with the post open over it,
# `?w=wall<owner>_<post>` (`vk.com/<community>?w=wall-12345_678`: the community's page, its wall and pinned
# post beneath the cited one). A comment under a post is `?reply=<id>` on the post's link, or
# `?w=wall<owner>_<post>_r<id>`: a comment, not the post. A video's, a clip's or a photo's link
# (`/video<owner>_<id>`, `/clip…`, `/photo…`, or a page with one open over it,
# `?z=photo-1_2%2Fwall-1_3`) names no wall post. Nor does a profile's or a community's page (`vk.com/<name>`,
# `/club<id>`, `/id<id>`): it is read as the web page it is. VK's ids are numbers of at most 20 digits here.
_VK_HOSTS = frozenset({"vk.com", "www.vk.com", "m.vk.com", "vk.ru", "www.vk.ru", "m.vk.ru"})
_VK_OBJECT = on_first_use(
    r"(?P<kind>wall|video|clip|photo)(?P<owner>-?[0-9]{1,20})_(?P<item>[0-9]{1,20})(?:_r(?P<reply>[0-9]{1,20}))?"
)
_VK_MAX_QUERY = 2_000  # a post's link has a short query; a longer one is not searched for one


@dataclass(frozen=True)
class VkLink:
    """What a VK link names: a `wall` post (or a comment under it: `reply`), a `video`, a `clip` or a
    `photo`, by its owner's id (negative for a community) and its own."""

    kind: str
    owner: str
    item: str
    reply: str | None = None
    overlay: bool = False  # named by `?w=`/`?z=` over another page, not by the link's path

    @property
    def post_id(self) -> str:
        """`<owner>_<item>`, as VK writes it (`-12345_678`)."""
        return f"{self.owner}_{self.item}"


def _vk_object(value: str, overlay: bool, reply: str | None = None) -> VkLink | None:
    found = _VK_OBJECT().fullmatch(value)
    if found is None or (found.group("reply") and found.group("kind") != "wall"):
        return None
    return VkLink(
        kind=found.group("kind"),
        owner=found.group("owner"),
        item=found.group("item"),
        reply=found.group("reply") or reply,
        overlay=overlay,
    )


def vk_link(url: str) -> VkLink | None:
    """The wall post, comment, video, clip or photo a link on VK's hosts names, or None for any other link
    (a profile's or a community's page, an article, a search, another site's)."""
    if "vk." not in url.lower():
        return None  # most links
    link = _http_link(url)
    if link is None or link[1] not in _VK_HOSTS:
        return None
    parts = link[0]
    query = parse_qs(parts.query[:_VK_MAX_QUERY]) if parts.query else {}
    replies = query.get("reply", [])
    reply = replies[0] if replies and is_ascii_number(replies[0]) and len(replies[0]) <= 20 else None
    # A post open over a page is the one its reader sees, whatever page is beneath.
    for shown in query.get("w", [])[:1]:
        found = _vk_object(shown, overlay=True)
        if found is not None and found.kind == "wall":
            return found
    for shown in query.get("z", [])[:1]:
        found = _vk_object(shown.split("/", 1)[0], overlay=True)
        if found is not None and found.kind != "wall":
            return found
    segments = _path_segments(parts)
    return _vk_object(segments[0], overlay=False, reply=reply) if len(segments) == 1 else None


# ---- Instagram and Threads ----
#
# A post's link names it by its shortcode: `https://www.instagram.com/p/<code>/` (a reel's `/reel/<code>/` or
# `/reels/<code>/`, an IGTV video's `/tv/<code>/`; since 2024 also under its account,
# `/<user>/p/<code>/`, `/<user>/reel/<code>/`), and a Threads post's `https://www.threads.com/@<user>/post/
# <code>` (threads.net is the same site; `/t/<code>` its short form). A story (`/stories/<user>/<id>/`), a
# highlight (`/stories/highlights/<id>/`, `/s/<code>`) or a profile is no post. The account a link writes is
# not proof of whose the post is: the code names one post whatever the account (as X's ids do).
#
# A public post's code is its media id in URL-safe base64 (`A-Z a-z 0-9 - _`, most significant digit first:
# instaloader's `shortcode_to_mediaid`), at most 11 characters for the 64 bits of the id; a post of a private
# account is shared under a longer code that is no media id, and is never read as one. The id is Instagram's
# sharded id (Threads' posts are numbered alike): its upper 41 bits (id >> 23) are milliseconds since
# Instagram's epoch, 1314220021721 (2011-08-24 21:07:01.721 UTC). Checked against real posts: media ids
# 2384288897814875714 and 2383568809444681765, shown as posted 2020-08-26 13:43:27 and 2020-08-25 13:52:46
# UTC, give those seconds; Threads' `C9wK8SrvY5T` (Zuckerberg's post of Llama 3.1, 23 July 2024) gives
# 2024-07-23 04:59 UTC. The time is when the media was made, at or shortly before the post was published
# (an upload's minutes; an id made before Instagram numbered its media so is no time: `meta_id_time`).

_INSTAGRAM_DOMAIN = "instagram.com"
_THREADS_DOMAINS = ("threads.com", "threads.net")
_INSTAGRAM_POST_KINDS = {"p": "p", "reel": "reel", "reels": "reel", "tv": "tv"}
# First segments that are Instagram's own pages, never an account's name before `/p/<code>/`.
_INSTAGRAM_PAGES = frozenset({"stories", "explore", "accounts", "direct", "s", "p", "reel", "reels", "tv"})
# A username on Instagram and Threads: letters, digits, `_` and `.`, at most 30.
_META_USER = on_first_use(r"[A-Za-z0-9_.]{1,30}")
# Any code a link may hold (a private post's share code is some 40 characters); a media id's is at most 11.
_META_CODE = on_first_use(r"[A-Za-z0-9_-]{1,80}")
_MEDIA_ID_CODE = on_first_use(r"[A-Za-z0-9_-]{1,11}")
_SHORTCODE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
_INSTAGRAM_EPOCH_MS = 1314220021721
_INSTAGRAM_ID_SHIFT = 23
# Ids made before Instagram numbered its media so (2010-2011) were counted from 1: read as sharded ids they
# fall within a second of its epoch. A day after it, no such id reaches.
_FIRST_SHARDED_TIME = dt.datetime(2011, 8, 25, 21, 7, 1, tzinfo=dt.UTC)
# Threads opened in July 2023 (its staff posted days before): an id before June 2023 is no Threads post's.
_FIRST_THREADS_TIME = dt.datetime(2023, 6, 1, tzinfo=dt.UTC)


class MetaPost(NamedTuple):
    """An Instagram or Threads post as its link names it: the platform, the account the link writes (None
    where it writes none), and the shortcode."""

    platform: Platform
    user: str | None
    code: str
    kind: str  # `p`, `reel`, `tv` (Instagram), `post` or `t` (Threads)


def _meta_post_in(platform: Platform, segments: list[str]) -> MetaPost | None:
    if platform is Platform.INSTAGRAM:
        user: str | None = None
        if len(segments) == 3 and segments[0] not in _INSTAGRAM_PAGES:
            user, segments = segments[0], segments[1:]
            if _META_USER().fullmatch(user) is None:
                return None
        if len(segments) != 2 or segments[0] not in _INSTAGRAM_POST_KINDS:
            return None
        code = segments[1]
        kind = _INSTAGRAM_POST_KINDS[segments[0]]
    elif platform is Platform.THREADS:
        if len(segments) == 2 and segments[0] == "t":
            user, code, kind = None, segments[1], "t"
        elif len(segments) == 3 and segments[0].startswith("@") and segments[1] == "post":
            user, code, kind = segments[0][1:], segments[2], "post"
            if _META_USER().fullmatch(user) is None:
                return None
        else:
            return None
    else:
        return None
    return MetaPost(platform, user, code, kind) if _META_CODE().fullmatch(code) else None


def _meta_post_url(platform: Platform, segments: list[str]) -> str | None:
    """`https://www.instagram.com/[<user>/]<p|reel|tv>/<code>/` or `https://www.threads.com/@<user>/post/
    <code>` (`/t/<code>`) of a post's link on any of their hosts, without its query (`?igsh=…`,
    `?utm_source=ig_web_copy_link`, `?xmt=…` say who shared it, `?img_index=2` which picture: the same
    post). None for any other path: a profile, a story, a highlight."""
    found = _meta_post_in(platform, segments)
    if found is None:
        return None
    if found.platform is Platform.THREADS:
        if found.user is None:
            return f"https://www.threads.com/t/{found.code}"
        return f"https://www.threads.com/@{found.user}/post/{found.code}"
    account = f"{found.user}/" if found.user else ""
    return f"https://www.instagram.com/{account}{found.kind}/{found.code}/"


def meta_post(url: str) -> MetaPost | None:
    """The Instagram or Threads post a link names (`MetaPost`), or None for any other URL: a profile, a
    story, a highlight, another site's page."""
    lowered = url.lower()
    if _INSTAGRAM_DOMAIN not in lowered and "threads." not in lowered:
        return None  # most links: asked of every note's link
    link = _http_link(url)
    if link is None:
        return None
    parts, host = link
    platform = platform_from_host(host)
    if platform not in (Platform.INSTAGRAM, Platform.THREADS):
        return None
    return _meta_post_in(platform, _path_segments(parts))


def meta_media_id(code: str) -> int | None:
    """The media id an Instagram or Threads shortcode stands for (base64 of `A-Z a-z 0-9 - _`, most
    significant digit first), or None for a code that is none: longer than 11 characters (a private post's
    share code), or of another alphabet, or of no 64-bit number."""
    if _MEDIA_ID_CODE().fullmatch(code) is None:
        return None
    value = 0
    for character in code:
        value = value * 64 + _SHORTCODE_ALPHABET.index(character)
    return value if 0 < value < 1 << 64 else None


def meta_post_id(post: MetaPost) -> str | None:
    """The media id (in decimal, as X's ids are given) a post's shortcode stands for, or None where it is
    none: a private post's share code; on Threads, an id of a time before Threads opened (`/post/123`)."""
    media_id = meta_media_id(post.code)
    if media_id is None:
        return None
    if post.platform is Platform.THREADS and _moment_of(media_id) < _FIRST_THREADS_TIME:
        return None
    return str(media_id)


def _moment_of(media_id: int) -> dt.datetime:
    return dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(
        milliseconds=(media_id >> _INSTAGRAM_ID_SHIFT) + _INSTAGRAM_EPOCH_MS
    )


def meta_id_time(
    code: str, platform: Platform = Platform.INSTAGRAM, now: dt.datetime | None = None
) -> dt.datetime | None:
    """When the media of an Instagram or Threads shortcode was made (UTC, to the millisecond): its media id's
    upper 41 bits, milliseconds since Instagram's epoch. None when the code is no media id, or its time is
    not sane: before Instagram numbered its media so (a day after its epoch), before Threads opened (for a
    Threads post), or more than a day after `now` (the capture's time; the clock's when not given)."""
    media_id = meta_media_id(code)
    if media_id is None:
        return None
    moment = _moment_of(media_id)
    first = _FIRST_THREADS_TIME if platform is Platform.THREADS else _FIRST_SHARDED_TIME
    latest = (now or dt.datetime.now(dt.UTC)) + dt.timedelta(days=1)
    return moment if first <= moment <= latest else None


# A note's `@user` as Instagram and Threads write usernames, dots and all (`@natgeo.fan`, `@nico1e.16`); a dot
# that ends it ends the sentence.
_META_NOTE_HANDLE = on_first_use(r"(?<![\w@.])@(?P<user>[A-Za-z0-9_][A-Za-z0-9_.]{0,29})")


def meta_note_handle(handle: str | None, url: str, text: str) -> str | None:
    """The note's claim of whose the Instagram or Threads post at `url` is, whole: `natgeo.fan` where the note
    writes `@natgeo.fan` and `handle` (read as other platforms' handles are, without dots) is `natgeo`.
    `handle` as it is for any other link, or where the note writes it without a dot after it.

    Read up to its dot, the fan account `@natgeo.fan` a note names was `@natgeo`, and @natgeo's post passed
    as the fan account's."""
    if handle is None or meta_post(url) is None:
        return handle
    wanted = handle.casefold()
    for match in itertools.islice(_META_NOTE_HANDLE().finditer(text), _MOST_NOTE_HANDLES):
        user = match.group("user").rstrip(".")
        if user.casefold() == wanted:
            return handle
        if user.casefold().startswith(wanted + "."):
            return user
    return handle


# ---- YouTube and Facebook ----
# A YouTube video's link names it by its id (`youtube.com/watch?v=<id>`, `youtu.be/<id>`, `/shorts/<id>`,
# `/live/<id>`, as `side_urls.youtube_video_id` reads them): eleven characters of `A-Z a-z 0-9 - _`. A
# Facebook post's link names it by a number or a `pfbid…` code: `facebook.com/<page>/posts/<id>`,
# `/<page>/videos/<id>` (or `/<page>/videos/<title>/<id>`), a group's `/groups/<group>/posts/<id>`
# (`/permalink/<id>`), `/permalink.php?story_fbid=<id>&id=<page id>` (`/story.php?…`), `/watch/?v=<id>`,
# `/reel/<id>`, a photo's `/photo/?fbid=<id>` (`/photo.php?…`, `/<page>/photos/a.<album>/<id>`); the page's
# name is its handle where the link writes one (not a number, not one of Facebook's own pages). Unread, a
# note citing either gave no post id in `extract` and the ledger. Never read from a
# tracking parameter (`?si=…`, `?mibextid=…`, `?__cft__[0]=…`, `&fbclid=…`) nor from a share link
# (`/share/p/<code>`, `fb.watch/<code>`), which names no post until it is followed.
_YOUTUBE_VIDEO_ID = on_first_use(r"[A-Za-z0-9_-]{11}")
_FACEBOOK_POST_ID = on_first_use(r"[0-9]{1,20}|pfbid0[0-9A-Za-z]{10,120}")
_FACEBOOK_NAME = on_first_use(r"[A-Za-z0-9][A-Za-z0-9.-]{0,79}")
# First segments that are Facebook's own pages, never a page's name before `/posts/<id>` or `/videos/<id>`.
_FACEBOOK_OWN_PAGES = frozenset(
    (
        *("groups", "watch", "reel", "reels", "share", "story.php", "permalink.php", "photo.php", "photo"),
        *("profile.php", "events", "pages", "people", "hashtag", "marketplace", "gaming", "stories", "media"),
        *("l.php", "sharer", "sharer.php", "plugins", "login", "login.php", "help", "search"),
    )
)
_FACEBOOK_STORY_PAGES = frozenset(("permalink.php", "story.php"))
_FACEBOOK_PHOTO_PAGES = frozenset(("photo", "photo.php"))


def youtube_video(url: str) -> str | None:
    """The id of the YouTube video a link on YouTube's own hosts names (`watch?v=<id>`, `youtu.be/<id>`,
    `/shorts/<id>`, `/live/<id>`, `/embed/<id>`), or None for any other link."""
    if "youtu" not in url.lower():
        return None  # most links: asked of every note's
    link = _http_link(url)
    if link is None or platform_from_host(link[1]) is not Platform.YOUTUBE:
        return None
    # Here: `side_urls` imports this module.
    from provenance.side_urls import youtube_video_id

    video = youtube_video_id(url.strip())
    return video if video is not None and _YOUTUBE_VIDEO_ID().fullmatch(video) else None


def _facebook_query_value(query: str, key: str) -> str | None:
    """The one value of `key` in a link's query, or None where it gives none or two."""
    values = parse_qs(query, max_num_fields=_MOST_QUERY_FIELDS).get(key, []) if key in query else []
    return values[0] if len(values) == 1 else None


_MOST_QUERY_FIELDS = 100  # a link's query holds a few; parse_qs refuses more (ValueError), read as none


def facebook_post(url: str) -> tuple[str | None, str] | None:
    """(the page's name, or None where the link writes none; the post's id) of a Facebook post's link
    (the block's comment above), or None for any other link."""
    link = _http_link(url)
    if link is None or platform_from_host(link[1]) is not Platform.FACEBOOK:
        return None
    parts, segments = link[0], _path_segments(link[0])
    first = segments[0].lower() if segments else ""
    try:
        if first in _FACEBOOK_STORY_PAGES and len(segments) == 1:
            post_id = _facebook_query_value(parts.query, "story_fbid")
            return _facebook_located(None, post_id)
        if first == "watch" and len(segments) == 1:
            return _facebook_located(None, _facebook_query_value(parts.query, "v"))
        if first in _FACEBOOK_PHOTO_PAGES and len(segments) == 1:
            return _facebook_located(None, _facebook_query_value(parts.query, "fbid"))
    except ValueError:
        return None  # more fields than a link holds
    if first == "reel" and len(segments) == 2:
        return _facebook_located(None, segments[1])
    if first == "groups" and len(segments) == 4 and segments[2] in ("posts", "permalink"):
        return _facebook_located(None, segments[3])
    kind = segments[1] if len(segments) > 1 else ""
    if (kind == "posts" and len(segments) == 3) or (kind in ("videos", "photos") and len(segments) in (3, 4)):
        name = segments[0]
        named = (
            first not in _FACEBOOK_OWN_PAGES
            and not name.isdigit()
            and _FACEBOOK_NAME().fullmatch(name) is not None
        )
        return _facebook_located(name if named else None, segments[-1])
    return None


def _facebook_located(name: str | None, post_id: str | None) -> tuple[str | None, str] | None:
    if post_id is None or _FACEBOOK_POST_ID().fullmatch(post_id) is None:
        return None
    return name, post_id
