"""Where a platform serves a post's side documents, captured into the post's WARC beside it (DESIGN.md §4):
Telegram's server-rendered widget, X's syndication JSON and oEmbed, Bluesky's public AppView answer
(`getPostThread`), YouTube's oEmbed, a Mastodon instance's status API. Planned from the cited URL before any
answer (`side_urls`), and for a shortened link from where it led, once it has (`redirected_side_follow_ups`),
which also asks, for an X post whose syndication JSON says it was edited, for another version's (the latest,
or where the latest is cited the first). A Mastodon post that one instance keeps a copy of is asked of its
author's own instance too, once the copy's status has named it (`mastodon_origin_follow_ups`). A Reddit post
or comment whose JSON was refused (403, 429) is asked of old.reddit.com's page too (`reddit_page_follow_ups`).

Apart from the extractors, which read those documents, because `check` names the side URLs of every footnote
before its first request: this module loads nothing but URL parsing, and the extractors' page-reading code
(HTML parser, WARC reader, checks: a sixth of the instructions before a check's first request) loads on
first use, while the first answers are awaited.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING, BinaryIO
from urllib.parse import parse_qs, quote, urlsplit

from provenance.citations.platforms import (
    bluesky_post,
    mastodon_post,
    misskey_note,
    pleroma_object,
    post_locator,
    reddit_post,
    reddit_share_link,
    tiktok_short_link,
    tiktok_video,
    vk_link,
)
from provenance.digits import ascii_int, is_ascii_number
from provenance.urls import has_dot_segment

if TYPE_CHECKING:
    from provenance.capture.options import FollowUp, FollowUps

TELEGRAM_DOMAINS = ("t.me", "telegram.me", "telegram.dog")
TWITTER_DOMAINS = ("twitter.com", "x.com")
YOUTUBE_DOMAINS = ("youtube.com", "youtu.be")
TWITTER_SYNDICATION = "https://cdn.syndication.twimg.com/tweet-result"
TWITTER_OEMBED = "https://publish.twitter.com/oembed"
BLUESKY_DOMAINS = ("bsky.app",)
# Bluesky's public AppView: answers without login, as the web app signed out does.
BLUESKY_POST_THREAD = "https://public.api.bsky.app/xrpc/app.bsky.feed.getPostThread"
YOUTUBE_OEMBED = "https://www.youtube.com/oembed"
_DIGITS36 = "0123456789abcdefghijklmnopqrstuvwxyz"
_GROUP = re.compile(r"[A-Za-z0-9_]{1,64}")  # a public chat's username, as `t.me` links spell it


def side_urls(url: str) -> tuple[str, ...]:
    """The side documents of the post at `url`, to capture into the same WARC; () for any other page."""
    host = host_of(url)  # once: `check` asks this of every footnote's URL before its first request
    if _host_on(host, TELEGRAM_DOMAINS):
        widget = None if is_telegram_preview_url(url) else telegram_widget_url(url)
        return (widget,) if widget else ()
    if _host_on(host, TWITTER_DOMAINS):
        handle, post_id = twitter_post(url)
        if post_id is None:
            return ()
        status_url = f"https://twitter.com/{handle or 'i'}/status/{post_id}"
        return (syndication_url(post_id), twitter_oembed_url(status_url))
    if _host_on(host, BLUESKY_DOMAINS):
        thread = bluesky_thread_url(url)
        return (thread,) if thread else ()
    if _host_on(host, YOUTUBE_DOMAINS):
        video = youtube_video_id(url)
        return () if video is None else (youtube_oembed_url(video),)
    if _host_on(host, TIKTOK_DOMAINS):
        return tiktok_side_urls(url)  # TikTok's block, at the end of this module
    if _host_on(host, REDDIT_DOMAINS):
        return reddit_side_urls(url)  # Reddit's block, at the end of this module
    if _host_on(host, VK_DOMAINS):
        return vk_side_urls(url)  # VK's block, at the end of this module
    return mastodon_side_urls(url)  # Mastodon's block, at the end of this module: any host


# Link shorteners: a link of theirs is only a redirect to another page.
_SHORTENERS = frozenset(
    {"t.co", "bit.ly", "bitly.com", "lnkd.in", "ow.ly", "buff.ly", "tinyurl.com", "goo.gl", "is.gd", "t.ly"}
    | {"cutt.ly", "rebrand.ly", "dlvr.it", "trib.al", "shorturl.at", "tiny.cc", "wp.me"}
    | {"vk.cc"}  # VK's own: a post behind it was read as a web page, a repost's words as the reposter's
    # Bluesky's own (starter packs', profiles' and posts' short links): read where it led, by that page's
    # extractor (a post as the post; a starter pack or a profile, no post, as what it shows).
    | {"go.bsky.app"}
)
# Redirectors of platforms that send their readers on to a link through a page of their own.
_REDIRECTOR_PATHS = {
    **dict.fromkeys(("facebook.com", "m.facebook.com", "l.facebook.com", "lm.facebook.com"), "/l.php"),
    "l.instagram.com": "/",
    **dict.fromkeys(("youtube.com", "m.youtube.com"), "/redirect"),  # the mobile site's too
    **dict.fromkeys(("vk.com", "m.vk.com", "away.vk.com"), "/away.php"),
}


def is_redirector(url: str) -> bool:
    """Whether `url` is a link shortener's link or a platform's redirector (`facebook.com/l.php?u=`,
    `google.<tld>/url?q=`, `youtube.com/redirect?q=`, `vk.com/away.php?to=`) or TikTok's share link
    (`vm.tiktok.com/<code>/`, `www.tiktok.com/t/<code>/`), which shows nothing of its own but sends its reader
    on."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".").removeprefix("www.")
    except ValueError:
        return False
    if host in _SHORTENERS:
        return True
    if _REDIRECTOR_PATHS.get(host) == parts.path:
        return True
    if tiktok_short_link(url) or reddit_share_link(
        url
    ):  # their share links (`vm.tiktok.com/<code>/`, `/s/<code>`)
        return True
    labels = host.split(".")
    return labels[0] == "google" and 1 < len(labels) <= 3 and parts.path == "/url"


def redirected_side_follow_ups(url: str) -> FollowUps | None:
    """The capture hook for the side documents chosen once the cited page has answered: those of the post a
    shortened link (`t.co/…`, `bit.ly/…`) led to, and an edited X post's other version.

    `side_urls` plans from the cited URL, before any answer: a shortener's link names no post, so none of the
    post's side documents were asked for, and an X post behind `t.co` was read from X's page alone, a script
    shell (a Telegram post behind `bit.ly` likewise lost its widget). Once the main answer is in the WARC,
    this asks for the side documents of the page the extractor will read
    (`extractors.redirected_destination`: where the shortener's redirects led), those not already asked for.

    An X post's syndication JSON, once it has answered, may say the post was edited (`edit_control` lists
    its versions' ids): the latest version's syndication JSON is asked too where an older one is cited, and
    the first version's where the latest is (`extractors.twitter.other_version_url`, one request to the same
    host), so that the capture holds the words the post shows now, or had when posted, beside the cited
    version's, which hold none of them.
    None for a link no shortener's and no X post's: nothing to ask, and no WARC opened after its answer."""
    shortened = is_redirector(url)
    if not shortened and twitter_post(url)[1] is None:
        return None  # most links: the extractor reads the cited URL, whose side documents are planned
    planned = frozenset(side_urls(url))

    def choose(stream: BinaryIO) -> Sequence[FollowUp]:
        # Loaded here, once a capture has its answer: planning a run's requests loads no WARC reading.
        from provenance.capture.options import FollowUp
        from provenance.extractors import redirected_destination
        from provenance.extractors.twitter import other_version_url
        from provenance.warc.reader import read_responses

        responses = tuple(read_responses(stream))
        destination = redirected_destination(url, responses) if shortened else url
        if shortened and destination == url:
            return ()
        sides = [FollowUp(side) for side in side_urls(destination) if side not in planned]
        other = other_version_url(destination, responses)
        return (*sides, *((FollowUp(other, follow_redirects=False),) if other is not None else ()))

    return choose


# Kept for the run: the extractors each ask it of a capture's URL (`on_domain`) as they are tried in turn.
@functools.lru_cache(maxsize=1024)
def host_of(url: str) -> str:
    """The lowercase host of `url` without a trailing dot, or '' when it has none."""
    try:
        return (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return ""


def on_domain(url: str, *domains: str) -> bool:
    """Whether `url`'s host is one of `domains` or a subdomain of one."""
    return _host_on(host_of(url), domains)


def _host_on(host: str, domains: tuple[str, ...]) -> bool:
    return any(host == domain or host.endswith("." + domain) for domain in domains)


# ---- Telegram ----


def telegram_post(url: str) -> tuple[str | None, str | None]:
    """(channel, post id) of a Telegram post URL, a public group's topic message's included, else (None,
    None)."""
    if not on_domain(url, *TELEGRAM_DOMAINS):
        return None, None
    found = post_locator(url)
    return found if found[1] is not None else _topic_message(url)


def _topic_message(url: str) -> tuple[str | None, str | None]:
    """(group, message id) of a message in a public group's topic, `t.me/<group>/<topic>/<id>`, else (None,
    None). Its id counts within the group, as any of its messages': the widget of `<group>/<id>` shows it.

    Without it such a link had no widget asked for: its page's `og:title`, the group's name, was read as the
    author of a member's words, and no time was read."""
    try:
        path = urlsplit(url).path
    except ValueError:
        return None, None
    segments = [segment for segment in path.split("/") if segment]
    if segments[:1] == ["s"]:
        segments = segments[1:]
    if len(segments) != 3:  # a private chat's (`t.me/c/<chat>/<topic>/<id>`) has four
        return None, None
    group, topic, message = segments
    if _GROUP.fullmatch(group) is None or ascii_int(topic) is None or ascii_int(message) is None:
        return None, None
    return group, message


def telegram_widget_url(url: str) -> str | None:
    """The server-rendered widget of a public post URL; None for private (`t.me/c/...`) or non-post URLs."""
    channel, post_id = telegram_post(url)
    if channel is None or post_id is None:
        return None
    return f"https://t.me/{channel}/{post_id}?embed=1&mode=tme"


def is_telegram_private_url(url: str) -> bool:
    """`t.me/c/<chat>/<id>`: a post of a private channel or group, which opens only for its members."""
    segments = [segment for segment in urlsplit(url).path.split("/") if segment]
    return on_domain(url, *TELEGRAM_DOMAINS) and segments[:1] == ["c"] and len(segments) >= 2


def telegram_comment(url: str) -> str | None:
    """The comment a Telegram post URL points to (`t.me/<channel>/<id>?comment=<n>`): a message in the
    channel's discussion group under that post, by whoever wrote it; None for the post itself."""
    if not on_domain(url, *TELEGRAM_DOMAINS) or telegram_post(url)[1] is None:
        return None
    comment = parse_qs(urlsplit(url).query).get("comment", [""])[0]
    return comment if is_ascii_number(comment) else None


def is_telegram_preview_url(url: str) -> bool:
    """`t.me/s/<channel>[/<id>]`: a channel's preview page, which shows several posts."""
    segments = [segment for segment in urlsplit(url).path.split("/") if segment]
    return on_domain(url, *TELEGRAM_DOMAINS) and segments[:1] == ["s"] and len(segments) >= 2


# ---- X/Twitter ----


def twitter_post(url: str) -> tuple[str | None, str | None]:
    """(handle, post id) of an X/Twitter status URL, else (None, None); Twitter's old links, which named the
    status after a hashbang (`twitter.com/#!/<user>/status/<id>`, 2010 to 2012), included."""
    if not on_domain(url, *TWITTER_DOMAINS):
        return None, None
    found = post_locator(url)
    if found[1] is not None:
        return found
    try:
        fragment = urlsplit(url).fragment
    except ValueError:
        return found
    # The fragment is never sent: such a link fetches X's home page, and the post is known only from here,
    # by which its syndication JSON and oEmbed are asked for.
    return post_locator(f"https://twitter.com{fragment[1:]}") if fragment.startswith("!/") else found


def _radix36(value: float) -> str:
    """`value.toString(36)` as JavaScript writes it (V8's shortest digits that still round-trip)."""
    integer = math.floor(value)
    fraction = value - integer
    delta = max(0.5 * (math.nextafter(value, math.inf) - value), math.nextafter(0.0, 1.0))
    digits: list[str] = []
    if fraction >= delta:
        while True:
            fraction *= 36
            delta *= 36
            digit = int(fraction)
            digits.append(_DIGITS36[digit])
            fraction -= digit
            if (fraction > 0.5 or (fraction == 0.5 and digit & 1)) and fraction + delta > 1:
                while True:  # round the digits up, carrying into the integer part when they all overflow
                    if not digits:
                        integer += 1
                        break
                    last = _DIGITS36.index(digits.pop())
                    if last + 1 < 36:
                        digits.append(_DIGITS36[last + 1])
                        break
                break
            if fraction < delta:
                break
    whole = ""
    while True:
        integer, remainder = divmod(integer, 36)
        whole = _DIGITS36[int(remainder)] + whole
        if integer == 0:
            break
    return whole + ("." + "".join(digits) if digits else "")


def syndication_token(post_id: str) -> str:
    """The token the syndication endpoint wants: base 36 of (id / 1e15) x pi, zeros and the point removed."""
    # JavaScript reads the id as a double first; so must we, or a rare id gives another token.
    return _radix36(float(int(post_id)) / 1e15 * math.pi).replace("0", "").replace(".", "")


def syndication_url(post_id: str) -> str:
    return f"{TWITTER_SYNDICATION}?id={post_id}&token={syndication_token(post_id)}"


def twitter_oembed_url(status_url: str) -> str:
    return f"{TWITTER_OEMBED}?url={quote(status_url, safe='')}&omit_script=1"


# ---- Bluesky ----


def bluesky_thread_url(url: str) -> str | None:
    """The public AppView's answer for the post a Bluesky post URL names (`getPostThread` of its at-URI,
    without replies or parents: the post alone), or None for any other URL."""
    found = bluesky_post(url)
    if found is None:
        return None
    account, rkey = found
    return f"{BLUESKY_POST_THREAD}?uri={bluesky_at_uri(account, rkey)}&depth=0&parentHeight=0"


def bluesky_at_uri(account: str, rkey: str) -> str:
    """The at-URI of the post `rkey` of `account` (a handle or a DID)."""
    return f"at://{account}/app.bsky.feed.post/{rkey}"


# ---- YouTube ----


# What an embed's path names in a video id's place: a playlist's player (`/embed/videoseries?list=<id>`) or a
# channel's live stream (`/embed/live_stream?channel=<id>`), no video. Read as ids, oEmbed was asked for a
# video named `videoseries` (none: the embed read as a deleted video).
_EMBEDDED_NO_VIDEO = frozenset({"videoseries", "live_stream"})


def youtube_video_id(url: str) -> str | None:
    """The id in `youtube.com/watch?v=<id>`, `/watch/<id>`, `youtu.be/<id>`, `/shorts/<id>`, `/live/<id>`,
    `/embed/<id>`, `/v/<id>`, and the one an `attribution_link?u=/watch%3Fv%3D<id>` leads to; None for any
    other URL, a playlist's or a channel's embed (`_EMBEDDED_NO_VIDEO`) or a channel's live page
    (`/@<handle>/live`: whatever it streams when opened) included."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if has_dot_segment(parts.path):
        return None  # `embed/<id>/../../watch?v=<another>`: a browser opens the other
    segments = [segment for segment in parts.path.split("/") if segment]
    if on_domain(url, "youtu.be"):
        return segments[0] if segments else None
    if segments[:1] == ["watch"]:
        # `/watch/<id>` names its video in the path, as YouTube reads it (unread, no oEmbed was asked, and the
        # video read as a bare page); beside a `v=` naming another, which one plays is YouTube's to say.
        named = set(parse_qs(parts.query).get("v", [])) | set(segments[1:2])
        return named.pop() if len(named) == 1 and len(segments) <= 2 else None  # nor of `v=AAA&v=BBB`
    if len(segments) >= 2 and segments[0] in ("shorts", "live", "embed", "v"):
        return None if segments[1] in _EMBEDDED_NO_VIDEO else segments[1]
    if segments == ["attribution_link"]:
        # YouTube's redirector to a page of its own (`?a=…&u=/watch%3Fv%3D<id>%26feature%3Dshare`) leads to
        # the video its `u` names: read as no video, no oEmbed was asked and the watch page it led to was read
        # as a bare page (no channel; a premiere not yet shown, or a stream dated by the day it was set up,
        # passed). Only a path on YouTube's host, and never another redirector's, is followed.
        target = parse_qs(parts.query).get("u", [])
        path = target[0] if len(target) == 1 else ""
        if path.startswith("/") and not path.startswith(("//", "/attribution_link")):
            return youtube_video_id(f"https://www.youtube.com{path}")
    return None


# Front ends that show YouTube's videos under YouTube's paths (`/watch?v=<id>`, `/embed/<id>`): Invidious
# (`invidious.<any>`, `inv.<any>`, yewtu.be) and Piped (`piped.<any>`, with `/w/<id>` besides). Their page is
# their rewriting of the video, not YouTube's word.
_YOUTUBE_MIRROR_LABELS = frozenset({"invidious", "inv", "piped"})
_YOUTUBE_MIRROR_HOSTS = frozenset({"yewtu.be"})
# YouTube's own hosts whose pages show a video without its watch page's metadata (the date it was published):
# the privacy-enhanced player, the mobile site and YouTube Music.
_YOUTUBE_PLAYER_HOSTS = frozenset({"youtube-nocookie.com", "m.youtube.com", "music.youtube.com"})
# What a link holds, in any case, to be one of the above: most links hold none, and are not split.
_YOUTUBE_MIRROR_WORDS = ("youtu", "invidious", "inv.", "piped", "yewtu")
_VIDEO_ID = re.compile(r"[A-Za-z0-9_-]{11}")


def mirrored_youtube_video(url: str) -> str | None:
    """YouTube's own watch URL of the video a mirror's or a player's link shows (`https://yewtu.be/watch?v=…`,
    `piped.video/w/…`, `youtube-nocookie.com/embed/…`, `youtube.com/embed/…` or `/v/…`, `m.youtube.com/…`,
    `music.youtube.com/…`), or None for any other URL: what is cited is the video, captured from its watch
    page (its date, its description) and oEmbed, never read from the mirror's rewriting or a bare player."""
    lowered = url.lower()
    if not any(word in lowered for word in _YOUTUBE_MIRROR_WORDS):
        return None  # most links: asked of every note's link
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").rstrip(".").removeprefix("www.")
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https"):
        return None
    segments = [segment for segment in parts.path.split("/") if segment]
    if host == "youtube.com":
        # A watch page, a short, a live stream are the video's own pages; only the players are not.
        video = youtube_video_id(url) if segments[:1] in (["embed"], ["v"]) else None
    elif host in _YOUTUBE_PLAYER_HOSTS or host in _YOUTUBE_MIRROR_HOSTS:
        video = youtube_video_id(url)
    elif host.split(".", 1)[0] in _YOUTUBE_MIRROR_LABELS and "." in host:
        piped = len(segments) == 2 and segments[0] == "w"
        video = segments[1] if piped else youtube_video_id(url)
    else:
        return None
    return youtube_watch_url(video) if video and _VIDEO_ID.fullmatch(video) else None


def youtube_watch_url(video: str) -> str:
    return f"https://www.youtube.com/watch?v={video}"


def youtube_oembed_url(video: str) -> str:
    return f"{YOUTUBE_OEMBED}?url={quote(youtube_watch_url(video), safe='')}&format=json"


# ---- Mastodon ----

MASTODON_STATUS_API = "/api/v1/statuses/"


def mastodon_status_api_url(url: str) -> str | None:
    """The public API of the instance a Mastodon post's link is on, for that post
    (`https://<instance>/api/v1/statuses/<id>`: JSON, without login on most instances), or None for any other
    URL. The id is the instance's own (a remote account's post has a local id there), so the instance the
    link is on is asked, never the account's."""
    found = mastodon_post(url)
    return f"https://{found[0]}{MASTODON_STATUS_API}{found[2]}" if found else None


def mastodon_side_urls(url: str) -> tuple[str, ...]:
    """`side_urls` of a link of a Mastodon post's shape, on any host: its status API."""
    api = mastodon_status_api_url(url)
    return (api,) if api else ()


# Top-level names no public instance is on (`localhost`, mDNS's `.local`, Tor's `.onion`, names kept for
# private networks): a status's `uri` naming one is never asked, whatever the network policy would say.
_PRIVATE_TOP_LABELS = frozenset(
    {
        *("localhost", "local", "internal", "onion", "arpa", "invalid"),  # kept by RFCs
        *("lan", "home", "corp", "intranet", "private"),  # by routers and companies
    }
)
_DOMAIN_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_MAX_STATUS_URI = 2_000  # a status's `uri` and `url` are short; a longer one is read as naming nothing


def _public_domain(host: str) -> bool:
    """Whether `host` is a domain name (letters, digits and hyphens, as DNS has them) of two labels or more
    under a public top-level name: no address (`10.0.0.1`, whose last label is a number), no name of a
    private network."""
    labels = host.split(".")
    top = labels[-1]
    if len(labels) < 2 or not all(_DOMAIN_LABEL.fullmatch(label) for label in labels):
        return False
    return (top.isalpha() or top.startswith("xn--")) and top not in _PRIVATE_TOP_LABELS


def is_public_domain(host: str) -> bool:
    """`_public_domain`, for the fediverse's readers choosing a host a page or a status names."""
    return _public_domain(host)


def mastodon_origin(status: object, instance: str) -> str | None:
    """The instance a status read on `instance` was posted on, when it is another's (a remote account's post,
    of which `instance` keeps a copy): the domain of its account's `acct` (`alice@b.example`), else the
    host of its `uri`. None for a local post, or an answer that is no status."""
    if not isinstance(status, dict) or not isinstance(status.get("account"), dict):
        return None
    acct = status["account"].get("acct")
    domain = acct.partition("@")[2].lower().rstrip(".") if isinstance(acct, str) else ""
    uri = status.get("uri")
    origin = domain or (host_of(uri).lower() if isinstance(uri, str) and len(uri) <= _MAX_STATUS_URI else "")
    return origin if origin and origin != instance else None


def mastodon_origin_api_url(status: object, instance: str) -> str | None:
    """The status API of the post on its author's own instance (`mastodon_origin`), for a status `instance`
    keeps a copy of: built from the status's `uri` (else its `url`) when it has a Mastodon post's shape
    (`mastodon_post`: `/users/<user>/statuses/<id>`, `/@<user>/<id>`) on that very instance, under a public
    domain name. None for a local post, or where neither names the post there (the copy's account and its
    `uri` naming two instances, a server whose ids are no Mastodon's): the origin is then not asked."""
    origin = mastodon_origin(status, instance)
    if origin is None or not _public_domain(origin):
        return None
    assert isinstance(status, dict)  # mastodon_origin gives None for any other
    for key in ("uri", "url"):
        named = status.get(key)
        found = mastodon_post(named) if isinstance(named, str) and len(named) <= _MAX_STATUS_URI else None
        if found is not None and found[0] == origin:
            return f"https://{origin}{MASTODON_STATUS_API}{found[2]}"
    return None


# WebFinger (RFC 7033), which names a fediverse account `user@domain` whose server may be on another host
# (`@alice@example.com`, served by social.example.com: Mastodon's LOCAL_DOMAIN and WEB_DOMAIN).
WEBFINGER = "/.well-known/webfinger?resource=acct:"
_WEBFINGER_USER = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.-]{0,63}")


def webfinger_url(host: str, user: str, domain: str) -> str | None:
    """`host`'s WebFinger answer for the account `user@domain`, or None where `host` is no public domain name
    (`_public_domain`) or `user` no fediverse username: a note's words choose no request to a private name."""
    if not _public_domain(host) or _WEBFINGER_USER.fullmatch(user) is None:
        return None
    return f"https://{host}{WEBFINGER}{user}@{domain}"


def mastodon_origin_follow_ups(url: str, cited_handle: str | None = None) -> FollowUps | None:
    """The capture hook asking a Mastodon post's own instance for it, when the link is to another instance's
    copy (`https://a.example/@alice@b.example/<id>`): once the status API of the link's instance has
    answered, the origin's status API (`mastodon_origin_api_url`), one request without redirects, into the
    same WARC. A hostile or stale instance can show a post in alice's name she never wrote, or one she
    deleted or edited: only her instance says what she posted. A local post's status chooses nothing. A
    shortened link (`bit.ly/…`) is read as the post it led to, once that post's status API has answered
    (`redirected_side_follow_ups` asks for it). A Misskey note's link (`misskey_note`) asks for its activity
    and author instead (`extractors.misskey.misskey_follow_ups`). A Pleroma post's ActivityPub id
    (`pleroma_object`, `/objects/<uuid>`) asks, once its redirect to its `/notice/<flake id>` is captured, for
    that notice's status API (`extractors.mastodon.notice_of_object`). Where the note names the post's
    account on another domain than the instance's (`cited_handle` `alice@example.com` for a post of
    social.example.com's alice), that domain's WebFinger answer for the name and the instance's, once the
    status has answered (`extractors.mastodon.cited_account_webfinger_urls`). A copy of a remote account's
    post named on a domain its server is not on (`acct` `alice@example.com`, its `uri` on
    social.example.com) asks that domain's WebFinger answer for the name, and only once it names the
    server's actor so, the server's answer and its status API (`extractors.mastodon.origin_webfinger_urls`,
    `origin_status_api_url`). A copy of a Misskey-family note (its `uri` `https://b.example/notes/<id>` on
    its account's instance) asks that note's activity and author (`extractors.mastodon.origin_note_url`).
    A status that says it was edited (`edited_at`), the link's instance's or its author's instance's, asks
    for its edit history (`extractors.mastodon.edit_history_urls`).
    None for a link of no Mastodon
    post, no Misskey note, no Pleroma object and no shortener's."""
    shortened = is_redirector(url)
    objects = pleroma_object(url) is not None
    if not shortened and not objects and mastodon_status_api_url(url) is None and misskey_note(url) is None:
        return None

    def choose(stream: BinaryIO) -> Sequence[FollowUp]:
        # Loaded here, once a capture has its answer: planning a run's requests loads no WARC reading.
        from provenance.capture.options import FollowUp
        from provenance.extractors import redirected_destination
        from provenance.extractors.mastodon import (
            cited_account_webfinger_urls,
            edit_history_urls,
            notice_of_object,
            origin_note_url,
            origin_status_api_url,
            origin_webfinger_urls,
        )
        from provenance.warc.reader import read_responses

        responses = tuple(read_responses(stream))
        post = redirected_destination(url, responses) if shortened else url
        # A Pleroma post's ActivityPub id names no status its API knows: the notice it was sent on to does (a
        # request already made is not made again: `capture._follow_ups`).
        notice = notice_of_object(url, responses) if objects else None
        notice_api = mastodon_status_api_url(notice) if notice is not None else None
        if objects and notice_api is None:
            return ()
        post = notice or post
        if misskey_note(post) is not None:
            from provenance.extractors.misskey import misskey_follow_ups

            return misskey_follow_ups(post, responses)
        home_note = origin_note_url(post, responses)
        if home_note is not None:
            # A copy of a Misskey-family note: its own instance's activity and author, as its link asks.
            from provenance.extractors.misskey import misskey_follow_ups

            return misskey_follow_ups(home_note, responses)
        origin = origin_status_api_url(post, responses)
        asked = (FollowUp(notice_api),) if notice_api is not None else ()
        named = cited_account_webfinger_urls(post, responses, cited_handle) if cited_handle else ()
        # A remote account named on a domain its server is not on: its name's WebFinger before its server.
        split = origin_webfinger_urls(post, responses)
        # An edited status's versions: what it said when posted, where its words now are an edit's.
        edits = edit_history_urls(post, responses)
        return (
            *asked,
            *((FollowUp(origin, follow_redirects=False),) if origin else ()),
            *(FollowUp(one, follow_redirects=False) for one in (*named, *split, *edits)),
        )

    return choose


# ---- TikTok ----

TIKTOK_DOMAINS = ("tiktok.com",)
# TikTok's public oEmbed: answers without login, for a video's link, with its caption (`title`), its
# account's display name (`author_name`) and username (`author_unique_id`), and the embed's blockquote
# (`cite`, `data-video-id`).
TIKTOK_OEMBED = "https://www.tiktok.com/oembed"


def tiktok_oembed_url(url: str) -> str | None:
    """TikTok's oEmbed answer for the video a link names (`citations.platforms.tiktok_video`), asked with the
    video's page link as TikTok writes it (`https://www.tiktok.com/@<user>/video/<id>`, or the old share
    form `https://m.tiktok.com/v/<id>.html` for a link naming no user); None for any other URL."""
    found = tiktok_video(url)
    if found is None:
        return None
    user, video = found
    page = f"https://www.tiktok.com/@{user}/video/{video}" if user else f"https://m.tiktok.com/v/{video}.html"
    return f"{TIKTOK_OEMBED}?url={quote(page, safe='')}"


def tiktok_side_urls(url: str) -> tuple[str, ...]:
    """`side_urls` of a TikTok link: the video's oEmbed answer; () for a share link (asked once it has
    redirected: `redirected_side_follow_ups`), a profile, a tag's page."""
    oembed = tiktok_oembed_url(url)
    return (oembed,) if oembed else ()


# ---- Reddit ----

REDDIT_DOMAINS = ("reddit.com", "redd.it")
# Reddit's public JSON of a post (`[<post's Listing>, <comments' Listing>]`), on the host every client may
# ask; its `raw_json=1` keeps `&`, `<` and `>` in the words as written, not escaped as HTML, and `limit=1`
# with `depth=1` keeps a long thread's answer to the post and one comment (the cited one, on its permalink).
REDDIT_JSON = "https://www.reddit.com/comments/"


def reddit_json_url(url: str) -> str | None:
    """Reddit's public JSON of the post or comment a link names (`reddit_post`): the post's,
    `https://www.reddit.com/comments/<post id>/.json?raw_json=1&limit=1&depth=1`, or the comment's
    permalink's, whose second Listing starts with that comment (`/comments/<post id>/_/<comment id>/.json`:
    Reddit reads no slug). One spelling whatever the host, subreddit or slug of the link, so a share link's
    or `redd.it` link's destination asks for what was planned already. None for any other link."""
    found = reddit_post(url)
    if found is None:
        return None
    post, comment = found
    thing = f"{post}/_/{comment}" if comment else post
    return f"{REDDIT_JSON}{thing}/.json?raw_json=1&limit=1&depth=1"


def reddit_side_urls(url: str) -> tuple[str, ...]:
    """`side_urls` of a link on Reddit's hosts: the JSON of the post or comment it names."""
    found = reddit_json_url(url)
    return (found,) if found else ()


# Reddit's server-rendered pages: a post's (`/comments/<post id>/`) or a comment's permalink's
# (`/comments/<post id>/_/<comment id>/`), each thing a `div.thing` with its id and words in its markup; often
# served where the JSON is refused to clients not signed in.
OLD_REDDIT = "https://old.reddit.com/comments/"
# The JSON's answers that say nothing of the post: a refusal of clients not signed in, a server's error.
_REDDIT_JSON_REFUSED = frozenset({401, 403, 429, 500, 502, 503, 504})


def old_reddit_url(url: str) -> str | None:
    """old.reddit.com's page of the post or comment a link names (`reddit_post`); None for any other link."""
    found = reddit_post(url)
    if found is None:
        return None
    post, comment = found
    return f"{OLD_REDDIT}{post}/_/{comment}/" if comment else f"{OLD_REDDIT}{post}/"


def reddit_page_follow_ups(url: str) -> FollowUps | None:
    """The capture hook asking old.reddit.com for the post or comment a Reddit link names (`old_reddit_url`)
    when Reddit's JSON of it (`reddit_json_url`, of the page a share link led to) answered a refusal (401,
    403, 429) or a server's error, or a comment's thread without the comment (a `more` placeholder in its
    place): the server-rendered page is read in its place (`extractors.reddit`). A JSON that answered, and a
    link of no Reddit post, ask nothing. None for a link not on Reddit's hosts."""
    if not on_domain(url, *REDDIT_DOMAINS):
        return None

    def choose(stream: BinaryIO) -> Sequence[FollowUp]:
        # Loaded here, once a capture has its answer: planning a run's requests loads no WARC reading.
        from provenance.capture.options import FollowUp
        from provenance.extractors import redirected_destination
        from provenance.warc.reader import read_responses

        responses = tuple(read_responses(stream))
        post = redirected_destination(url, responses)
        json_url, page_url = reddit_json_url(post), old_reddit_url(post)
        answer = next((response for response in responses if response.uri == json_url), None)
        if page_url is None or answer is None:
            return ()
        unsent = _reddit_comment_unsent(post, answer.status, answer.body, answer.uri)
        if answer.status not in _REDDIT_JSON_REFUSED and not unsent:
            return ()
        return (FollowUp(page_url),)

    return choose


def _reddit_comment_unsent(url: str, status: int | None, body: bytes, json_uri: str) -> bool:
    """Whether Reddit's JSON answered a comment's link with its thread and a `more` placeholder where the
    comment should be (`extractors.reddit` reads no comment there)."""
    from provenance.extractors.pages import json_of
    from provenance.extractors.reddit import read_reddit_json

    wanted = reddit_post(url)
    if wanted is None or wanted[1] is None or status != 200:
        return False
    data = json_of(body)
    comments = data[1] if isinstance(data, list) and len(data) > 1 else None
    children = comments.get("data", {}).get("children") if isinstance(comments, dict) else None
    placeholder = isinstance(children, list) and any(
        isinstance(child, dict) and child.get("kind") == "more" for child in children[:100]
    )
    return placeholder and read_reddit_json(status, data, json_uri, wanted) is None


# ---- VK ----

VK_DOMAINS = ("vk.com", "vk.ru")
# A wall post's own page, server-rendered for a visitor not signed in: asked beside a link that opens the post
# over another page (`vk.com/<community>?w=wall-1_2`), whose page is the community's wall, where the post may
# not be at all.
VK_POST_PAGE = "https://vk.com/wall"


def vk_post_page_url(url: str) -> str | None:
    """The own page of the wall post a VK link names (`https://vk.com/wall<owner>_<post>`), or None for
    any other link (a comment's, a video's, a profile's)."""
    found = vk_link(url)
    if found is None or found.kind != "wall" or found.reply is not None:
        return None
    return f"{VK_POST_PAGE}{found.post_id}"


def vk_side_urls(url: str) -> tuple[str, ...]:
    """`side_urls` of a link on VK's hosts: the post's own page where the link opens it over another."""
    found = vk_link(url)
    page = vk_post_page_url(url) if found is not None and found.overlay else None
    return (page,) if page else ()


# ---- Internet Archive ----

_ARCHIVE_ITEM_HOSTS = frozenset({"archive.org", "www.archive.org"})
# The item's own text, as the Internet Archive derives it from an uploaded file (`<file>_djvu.txt`, the
# OCR of a scan or a PDF's text) and its item page links to (`FULL TEXT download`): the document's words,
# where the page shows only its uploader's description of them. A book's text runs to a few MB: its body is
# kept to `INTERNET_ARCHIVE_TEXT_MAX_BYTES` (the run's `--max-bytes` is 50 MB), a cut one marked so.
INTERNET_ARCHIVE_TEXT_MAX_BYTES = 4_000_000
# Where the item's text, read, is kept in its page's `fields` (`extractors.internet_archive`), for the quote
# check, which reads no page.
INTERNET_ARCHIVE_ITEM_TEXT = "item's own text"
INTERNET_ARCHIVE_ITEM_TEXT_FROM = "item's own text from"
INTERNET_ARCHIVE_ITEM_TEXT_CUT = "item's own text cut"
_ITEM_TEXT_SUFFIX = "_djvu.txt"
# A link to a file of an item (`href="/stream/<item>/<file>"`, `/download/…`, the host written or not).
# Each part is a run of characters the next cannot hold (no quote in the file's path): no backtracking.
_ITEM_FILE_LINK = re.compile(
    r'href="(?:https?://(?:www\.)?archive\.org)?/(?:stream|download)/([^"/?#\s]{1,200})/([^"?#\s]{1,300})"'
)
_MOST_ITEM_PAGE_BYTES = 2_000_000  # of the item page looked in for the link: its download box is in it
_MOST_ITEM_FILE_LINKS = 500


def internet_archive_item(url: str | None) -> str | None:
    """The item's identifier when `url` is an Internet Archive item's page (`archive.org/details/<item>`,
    perhaps with a file's path after it); None for any other URL, an uploader's own page
    (`/details/@<name>`) among them."""
    if not url:
        return None
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
    except ValueError:  # a malformed address (`http://[::1`) is no item's
        return None
    if host not in _ARCHIVE_ITEM_HOSTS:
        return None
    segments = parts.path.split("/")
    if len(segments) < 3 or segments[1] != "details" or not segments[2] or segments[2].startswith("@"):
        return None
    return segments[2]


def internet_archive_text_url(item: str, page: bytes) -> str | None:
    """The item's own text an item page links to (`/stream/<item>/<file>_djvu.txt`), as
    `https://archive.org/stream/…`; None where the page links to none of this item's (another item's text,
    in a list of related items, is not this one's)."""
    html = page[:_MOST_ITEM_PAGE_BYTES].decode("utf-8", "replace")
    for count, found in enumerate(_ITEM_FILE_LINK.finditer(html)):
        if count >= _MOST_ITEM_FILE_LINKS:
            break
        linked_item, file = found.groups()
        if linked_item == item and file.endswith(_ITEM_TEXT_SUFFIX) and not has_dot_segment(f"/{file}"):
            return f"https://archive.org/stream/{item}/{file.replace('&amp;', '&')}"
    return None


def internet_archive_text_follow_ups(url: str) -> FollowUps | None:
    """The capture hook asking for an Internet Archive item's own text (`internet_archive_text_url`) once
    its item page has answered, into the same WARC, its body kept to `INTERNET_ARCHIVE_TEXT_MAX_BYTES`.
    A page linking no text (a video, an item without OCR) asks nothing. None for a link of no item's page."""
    item = internet_archive_item(url)
    if item is None:
        return None

    def choose(stream: BinaryIO) -> Sequence[FollowUp]:
        # Loaded here, once a capture has its answer: planning a run's requests loads no WARC reading.
        from provenance.capture.options import FollowUp
        from provenance.extractors.interface import CapturedPage
        from provenance.warc.reader import read_responses

        answer = CapturedPage(url=url, responses=tuple(read_responses(stream))).answer()
        if answer is None or answer.status != 200 or internet_archive_item(answer.uri) != item:
            return ()
        text = internet_archive_text_url(item, answer.body)
        return (FollowUp(text, max_bytes=INTERNET_ARCHIVE_TEXT_MAX_BYTES),) if text else ()

    return choose
