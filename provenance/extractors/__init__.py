"""Platform extractors, one module per platform, and `extractor_for`, which picks one by the cited URL.

A cited link shortener's or redirector's (`t.co`, `bit.ly`, `lnkd.in`, `facebook.com/l.php?u=`,
`google.com/url?q=`: `is_redirector`) is read from where its redirects led, by that page's extractor: an X
post or a Telegram post behind `t.co` or `bit.ly` is read as one, not as a web page (where a Telegram post's
page, read as a web page, was a script shell, and a deleted one's generic page was content). The cited link
stays named in the post's `fields`. Where it led to a page that lists posts and is none
(`led_to_no_post`: any `/@<name>` profile, a subreddit's or a user's page on Reddit, a TikTok tag's, a
YouTube channel's, a Telegram channel's preview), that page is a soft 404 naming where it led: the note
cites one post, and a quote found among a listing's previews passed on a page that is none of them. One
that led to a site's home page, search or error page, a sign-in or consent page is judged as a cited
page's redirect there is (`pages.redirect_problem`). A shortener leading to an article is read as the
article.

A page that is a third party's copy of another (a machine translation, Google's cache, a reader's copy:
`pages.third_party_copy`), cited or reached by a redirect, is read, but its text and title (and a
translation's byline) are not the source's words: they are left unread, and `unread` says whose copy it is,
so no quote, title or shown name is confirmed on a translator's or a copier's words.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from provenance.capture.location import redirect_target
from provenance.extractors.bluesky import BlueskyExtractor
from provenance.extractors.edgar import EdgarExtractor
from provenance.extractors.github import GitHubExtractor
from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.internet_archive import InternetArchiveItemExtractor
from provenance.extractors.judgments import JudgmentDayExtractor
from provenance.extractors.login_walled import LoginWalledExtractor
from provenance.extractors.mastodon import MastodonExtractor
from provenance.extractors.pages import (
    holds_a_lone_surrogate,
    redirect_problem,
    third_party_copy,
    without_lone_surrogates,
)
from provenance.extractors.reddit import RedditExtractor
from provenance.extractors.telegram import TelegramExtractor
from provenance.extractors.tiktok import TikTokExtractor
from provenance.extractors.twitter import TwitterExtractor
from provenance.extractors.vk import VkExtractor
from provenance.extractors.web import WebExtractor
from provenance.extractors.wikipedia import WikipediaRevisionExtractor
from provenance.extractors.youtube import YouTubeExtractor
from provenance.models import SourcePost
from provenance.side_urls import (
    REDDIT_DOMAINS,
    TELEGRAM_DOMAINS,
    TIKTOK_DOMAINS,
    VK_DOMAINS,
    YOUTUBE_DOMAINS,
    is_redirector,
    on_domain,
)
from provenance.warc.reader import StoredResponse

log = logging.getLogger("provenance.extractors")

__all__ = [
    "EXTRACTORS",
    "CapturedPage",
    "Extractor",
    "extract_source",
    "extractor_for",
    "is_redirector",
    "led_to_no_post",
    "redirected_destination",
]

# The first that handles a URL reads it; the web extractor handles every URL, so it comes last.
EXTRACTORS: tuple[Extractor, ...] = (
    TelegramExtractor(),
    TwitterExtractor(),
    BlueskyExtractor(),
    YouTubeExtractor(),
    TikTokExtractor(),  # before the login-walled pages', which read TikTok's as web pages
    RedditExtractor(),
    VkExtractor(),
    LoginWalledExtractor(),
    MastodonExtractor(),  # a post's path on any host no platform above is known by
    WikipediaRevisionExtractor(),  # a web page, dated by the revision its permanent link names
    JudgmentDayExtractor(),  # a web page, dated by a BAILII judgment's day or a statute version's
    GitHubExtractor(),  # a web page, read as the commit, issue post or comment its link names
    EdgarExtractor(),  # a web page, dated by an EDGAR filing's day or a current report's Date of Report
    InternetArchiveItemExtractor(),  # a web page, with the item's own text beside it
    WebExtractor(),
)


def extractor_for(url: str) -> Extractor:
    return next(extractor for extractor in EXTRACTORS if extractor.handles(url))


_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_MAX_HOPS = 20


def redirected_destination(url: str, responses: tuple[StoredResponse, ...]) -> str:
    """Where a redirector's `url` led: the first page its redirects (and those of the redirectors it sent
    on to) named that is no redirector's and that the capture holds; `url` itself for any other link, or
    where that page is not in the capture."""
    if not is_redirector(url):
        return url
    page = CapturedPage(url=url, responses=responses)
    current = page.first(url)
    for _ in range(_MAX_HOPS):
        if current is None or current.status not in _REDIRECTS:
            return url
        location = current.header("Location")
        target = redirect_target(current.uri, location) if location else None
        if target is None:
            return url
        following = page.first(target)
        if following is None:
            return url
        if not is_redirector(target):
            return following.uri
        current = following
    return url


# Pages of a platform that list posts and are none, by their path's first segment (lowercase) and how many
# segments such a page has: a subreddit's or a user's (`/r/<sub>/`, `/user/<name>/submitted/`), a TikTok
# tag's or sound's, a YouTube channel's (`/channel/<id>/videos`), its search and its playlists'.
_LISTINGS = {
    "reddit": {"r": (2, 3), "u": (2, 3), "user": (2, 3), "search": (1, 1)},
    "tiktok": {"tag": (2, 2), "music": (2, 2), "search": (1, 2), "discover": (1, 2)},
    "youtube": {"channel": (2, 3), "c": (2, 3), "user": (2, 3), "results": (1, 1), "playlist": (1, 1)},
    "telegram": {"s": (2, 2)},  # a channel's preview page, `t.me/s/<channel>`: its latest posts
    "linkedin": {"company": (2, 3), "in": (2, 3)},  # a company's or a member's page (`/company/<name>/posts`)
}
# A listing's third segment on Reddit: a subreddit's or a user's sort or tab (`/r/<sub>/new/`); others, a
# post's (`/r/<sub>/comments/<id>/`) or the wiki's, are no listing.
_REDDIT_TABS = frozenset(
    {"hot", "new", "top", "rising", "controversial", "best", "submitted", "comments", "overview", "posts"}
)
_PLATFORM_HOSTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "reddit": ("Reddit", REDDIT_DOMAINS),
    "tiktok": ("TikTok", TIKTOK_DOMAINS),
    "youtube": ("YouTube", YOUTUBE_DOMAINS),
    "telegram": ("Telegram", TELEGRAM_DOMAINS),
    "linkedin": ("LinkedIn", ("linkedin.com",)),
}
# Hosts whose page of one segment, with no query, is a page's or an account's (`facebook.com/<page>`,
# `instagram.com/<user>/`): their posts' links have more (`/p/<id>/`, `/<page>/posts/<id>`) or a query
# (`/story.php?story_fbid=`, `/watch?v=`), or a file's name (`/permalink.php`).
_PROFILE_AT_ONE_SEGMENT: dict[str, tuple[str, ...]] = {
    "Facebook": ("facebook.com",),
    "Instagram": ("instagram.com",),
}


def led_to_no_post(url: str) -> str | None:
    """What page `url` is, where a shortener's or a share link's redirects led there and it shows posts but
    is none, nor an article: a profile (a path of one `/@<name>` segment: Mastodon's, TikTok's, YouTube's,
    Medium's; a Facebook page's or an Instagram account's of one segment), a subreddit's or a user's page, a
    TikTok tag's, a YouTube channel's or playlist's, a Telegram channel's preview, a LinkedIn company's
    (`_LISTINGS`). None for any other page: a post's, an article's (VK's `/@<owner>-<title>` among them), a
    YouTube community post's (`/@<name>/community?lb=<id>`), a Reddit wiki's."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    segments = [segment.lower() for segment in parts.path[:300].split("/") if segment][:4]
    # VK's `/@<owner>-<title>` is an article of its own, no profile.
    if len(segments) == 1 and segments[0].startswith("@") and not on_domain(url, *VK_DOMAINS):
        return "a profile page"
    for name, hosts in _PROFILE_AT_ONE_SEGMENT.items():
        if len(segments) == 1 and "." not in segments[0] and not parts.query and on_domain(url, *hosts):
            return f"{name}'s page of an account, listing posts"
    for platform, (name, hosts) in _PLATFORM_HOSTS.items():
        if not segments or not on_domain(url, *hosts):
            continue
        shape = _LISTINGS[platform].get(segments[0])
        if platform == "youtube" and segments[0].startswith("@"):
            shape = (2, 2) if "lb=" not in parts.query else None  # `/@<name>/videos`; `?lb=`: a post
        if shape is None or not shape[0] <= len(segments) <= shape[1]:
            return None
        if platform == "reddit" and len(segments) == 3 and segments[2] not in _REDDIT_TABS:
            return None
        if platform == "youtube" and "lb=" in parts.query:
            return None  # `/channel/<id>/community?lb=<id>`: a community post
        return f"a {name} page listing posts (a channel's, a subreddit's, a profile's, a tag's)"
    return None


def extract_source(
    url: str,
    responses: tuple[StoredResponse, ...],
    start: str | None = None,
    main_text: bool = True,
    failures: tuple[tuple[str, str], ...] = (),
) -> SourcePost:
    """What the source at `url` says, read from the responses its WARC holds (from `start`, when given: an
    archived copy of `url` read by the extractor of `url`). `main_text` False: no check will look for words
    in the text, which may then be the page's whole visible text instead of its main text. `failures`: why
    requests the capture made got no answer, by URL (`CapturedPage.failures`).

    Extractors never raise on hostile content; should one still fail (a parser library's own bug on a
    crafted page), the page is taken as saying nothing, so its checks warn instead of the run stopping.
    """
    # A shortened link is read by the extractor of where it led, from there (an archived copy is read by
    # the extractor of the page it copies: `start` says where it is).
    read_url = redirected_destination(url, responses) if start is None else url
    extractor = extractor_for(read_url)
    try:
        page = CapturedPage(
            url=read_url, responses=responses, start=start, main_text=main_text, failures=failures
        )
        post = extractor.extract(page)
        if read_url != url:
            post = post.model_copy(update={"fields": {**post.fields, "shortened link": url[:500]}})
            post = _where_it_led_is_no_post(post, url, read_url)
        elif is_redirector(url) and post.problem is None and is_redirector(post.url):
            post = _the_redirector_s_own_page(post)
        return _writable(_as_a_copy_where_one(_undecoded_where_so(post, page, responses), url))
    except Exception as error:  # untrusted markup through third-party parsers: one page never stops a run
        why = without_lone_surrogates(f"{type(error).__name__}: {str(error)[:120]}")
    log.warning("%s: the captured page could not be read (%s)", url, why)
    return SourcePost(
        platform=extractor.platform, url=url, fields={"not read": f"the page could not be read: {why}"}
    )


def _where_it_led_is_no_post(post: SourcePost, url: str, read_url: str) -> SourcePost:
    """`post`, read at `read_url`, where the shortener's or share link `url` led, as the problem that page
    is where it is no post: a site's home page, search or error page, a sign-in or consent page, a domain
    seller's (judged as a cited page's redirect is: `pages.redirect_problem`), or a page listing posts
    (`led_to_no_post`). A page whose own problem is said already keeps it."""
    if post.problem is not None:
        return post
    moved = redirect_problem(url, read_url)
    if moved is not None:
        problem, detail = moved.problem, f"the link {url[:200]} {moved.detail}"
    else:
        listing = led_to_no_post(read_url)
        if listing is None:
            return post
        problem = "soft-404"
        detail = f"the link {url[:200]} led to {listing}, {read_url[:200]}: no post, not the one cited"
    return post.model_copy(update={"problem": problem, "problem_detail": detail})


def _writable(post: SourcePost) -> SourcePost:
    """`post` with each lone surrogate in what it says made U+FFFD (`without_lone_surrogates`), as a browser
    shows one: a JSON string's `\\ud800` (a page's JSON-LD author, a status's words, `ytInitialData`) is
    one in the text parsed, which no UTF-8 writes, and the run stopped where the ledger line naming it was
    written (exit 3)."""
    changed: dict[str, object] = {}
    for name, value in post:
        if isinstance(value, str):
            if holds_a_lone_surrogate(value):
                changed[name] = without_lone_surrogates(value)
        elif name == "fields" and any(
            holds_a_lone_surrogate(key) or holds_a_lone_surrogate(text) for key, text in value.items()
        ):
            changed[name] = {
                without_lone_surrogates(key): without_lone_surrogates(text) for key, text in value.items()
            }
    return post.model_copy(update=changed) if changed else post


def _undecoded_where_so(
    post: SourcePost, page: CapturedPage, responses: tuple[StoredResponse, ...]
) -> SourcePost:
    """`post`, said to hold only part of the page (`partial: undecoded`) where the page's answer has a body
    whose Content-Encoding did not decode to its end: a gzip stream the server cut short under an honest
    length decoded to its first part, which every check read as the whole page, and the footnote was
    verified on it."""
    if post.problem is not None or post.partial is not None:
        return post
    if not any(response.undecoded for response in responses):  # the usual case: one look per response
        return post
    main = page.answer()
    if main is None or main.undecoded is None:
        return post
    return post.model_copy(update={"partial": "undecoded", "partial_detail": main.undecoded})


def _the_redirector_s_own_page(post: SourcePost) -> SourcePost:
    """`post`, read from a shortener's or a redirector's own page where its link led nowhere else (Google's
    "Redirect Notice", "You're leaving Facebook", LinkedIn's "This link will take you to a page that's not on
    LinkedIn"): a stub that only sends its reader on, as one that does so by a meta refresh is, not the page
    it links to, which the capture does not hold."""
    host = urlsplit(post.url).hostname or post.url[:100]
    return post.model_copy(
        update={
            "problem": "empty",
            "problem_detail": f"the page is {host}'s own, which only sends its reader on to the page its "
            "link names (a shortener's or redirector's notice); that page is not in the capture",
        }
    )


# Where `web` says an author came from the byline the page shows (its text, which a translator translates),
# not from its metadata.
_SHOWN_BYLINES = ("byline <a rel=author>", "byline itemprop=author", "byline class")


def _as_a_copy_where_one(post: SourcePost, cited_url: str) -> SourcePost:
    """`post`, without the text and title a third party's copy of the source gives as its own (a machine
    translation's words passed `quote` as the source's), nor, in a translation, the author its byline shows
    (a translator's rendering of the name): what the copy is stays said, in `unread`, and the rest (the
    metadata the copy passes on: date, author) is read as it was."""
    copy = third_party_copy(cited_url) or third_party_copy(post.url)
    if copy is None:
        return post
    translated_byline = copy.translated and any(key in post.fields for key in _SHOWN_BYLINES)
    words = "text, title and byline" if translated_byline else "text and title"
    said = f"its {words} are not the source's: the page is {copy.what}; cite and check the original"
    return post.model_copy(
        update={
            "text": "",
            "title": None,
            "author": None if translated_byline else post.author,
            "unread": f"{said}; {post.unread}" if post.unread else said,
            # `captured` warns on it: a footnote is never verified on a copy, whatever metadata it passes on.
            "partial": post.partial or "copy",
            "partial_detail": post.partial_detail if post.partial else f"the page is {copy.what}",
            "fields": {**post.fields, "not the source": copy.what[:500]},
        }
    )
