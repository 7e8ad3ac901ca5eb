"""`locator`: does the footnote point somewhere a capture can reach, and are its claims the note's own?

A `--citations` file that gives an author, a date, a title, a handle or a post id other than the note states
(`citations.file_claims`, a finding of the footnote's) makes `locator` warn, as it does for a file's URL
other than the note's link: the checks compare the file's claim, never the one the report's reader sees, so
such a footnote is never `verified`. So is one whose label a note of other words repeats in the report
(`repeat-text-differs`): the program that shows the report may show the repeat, whose claims nothing compared;
a repeat of the same words is harmless, and one with another link warns for that link.

A note's status link on a mirror of X (fxtwitter.com, nitter, xcancel.com) cites X's post by its id: X's own
URL is captured in its place (`parse.cited_url`), and the detail says so; so is YouTube's watch page for a
link to a video on a mirror (Invidious, Piped) or a player (`youtube-nocookie.com/embed/…`, `/embed/…`), and
Telegram's or Bluesky's own post for a viewer's link to one (TGStat, FxBluesky), and the page Telegram's
Instant View link names (`t.me/iv?url=<page>`: Telegram's copy of it); a Bluesky post named by its AT URI
(`at://did:plc:…/app.bsky.feed.post/<rkey>`) is captured from its bsky.app link; the detail names both.

A link whose host may pass for another (`urls.look_alike_host`: `t.me` in a Cyrillic `e`, `t.me.evil.example`,
`https://x.com@evil.example/…`), an archive's copy of such a link or a shortener's link that led to one,
warns; so does a link to a host that only looks like one the note names in its words or its link's text
(`twitter.com` for `twltter.com`, `urls.named_host_look_alike`), or a platform it names in words (`on
Twitter`, a link to `twiter.com`), naming both.

A note whose words name one platform as the post's (`Twitter`, `on X`, `X post`, APA's `[Tweet]. X.`,
`Telegram`) while its link (an archive's copy: its original; a shortener's, `bit.ly/…`: the post its
redirects led to, when captured) is a post on another known platform (a Telegram post, a YouTube video, a
Mastodon post or a Misskey note by its path on any host) warns, naming both: the report's reader is told of
one platform, the checks compare a post on another. Not for a web page's link (an article about a tweet),
words naming two platforms (`a Telegram post shared on X`, `the Telegram channel's X account`) or only the
link's, nor a platform named only as where the post was found or passed on (`via Twitter`, `shared on X`) or
what it is of or about (`a screenshot of a Facebook post`); a quoted title's words, a handle's
(`@rybar.bsky.social`) and an account's name before its handle in brackets (`Telegram Daily (@tgdaily)`)
are no claim. A platform's own redirector (`youtube.com/redirect?q=…`, `vk.com/away.php?to=…`,
`l.facebook.com/l.php?u=…`) reads as the platform's link, but sends its reader off it: where it leads (its
redirects, when captured; else its query) is a page on no platform the note names as the post's (an
article), `locator` warns, naming both.

A citations file naming another known platform (`custom.platform`, `container-title`) than the one its link is
on warns likewise: the run's citation claims one platform's post, the checks compare another's.

A link to a search's results (`google.com/search?q=…`, `x.com/search?q=…`, `t.me/s/<channel>?q=…`, YouTube's
`/results?search_query=…`, a site's `/search?q=…`) or to a tag's list of posts (`x.com/hashtag/<tag>`) warns:
it names no one source, and lists other results to each reader and at each time.

A link written in the note and followed at once by an ellipsis (`https://t.me/rybar/12…`, as X and Telegram
show a long link cut) may be cut short: the URL finder drops the ellipsis as prose punctuation, and the post
it names (`rybar/12`) may be another than the one meant (`rybar/12345`), by the same author. `locator` warns.
"""

from __future__ import annotations

import itertools
import re
from urllib.parse import parse_qs, urlsplit

from provenance.checks.interface import CheckInput
from provenance.citations.file_claims import CITATIONS_FILE_DIFFERS
from provenance.citations.parse import cited_url, mirror_of_the_cited_post, note_prose, uncited_links
from provenance.citations.platforms import (
    mastodon_platform,
    misskey_note,
    platform_from_host,
    platform_from_words,
    platform_hosts,
)
from provenance.models import PLATFORM_NAMES, CheckResult, Platform
from provenance.patterns import on_first_use
from provenance.quotes import blank_quotes
from provenance.readers.assembly import REPEAT_TEXT_DIFFERS
from provenance.side_urls import TELEGRAM_DOMAINS, is_redirector, on_domain, telegram_comment, telegram_post
from provenance.urls import cut_short_urls, look_alike_host, named_host_look_alike

# The readers' finding for a link whose text is another URL than its target (readers/assembly.py).
_LINK_TEXT_DIFFERS = "link-text-differs"
_SHOWN_LINKS = 3  # of the note's other links, named in the detail


# Platforms whose posts third parties' viewers show (`platforms.mirrored_post`), by the name a reader knows.
_VIEWED_PLATFORMS = {Platform.TELEGRAM: "Telegram", Platform.BLUESKY: "Bluesky"}


# How a report's reader knows each platform, for a detail naming two.
_PLATFORM_NAMES = {**PLATFORM_NAMES, Platform.TWITTER: "X/Twitter"}
# A capital X standing alone where a note writes its site, which `platform_from_words` leaves for a letter:
# APA's `[Tweet]. X.` or `[Post]. X.`, a comma's `Rybar, X, 21 January 2022`, a bracket's `Rybar (X)`.
_X_AS_SITE = on_first_use(r"(?:^|[,;(]|\]\.)[ \t]{0,3}X[ \t]{0,3}(?:[,;)]|\.(?=\s|$)|$)")
_TWEET_FORMAT = on_first_use(r"\[(?:Re)?[Tt]weet\]")  # APA's description of an X post
_CAPITAL_X = on_first_use(r"(?<![\w.@/-])X(?![\w-])")
_WORD = on_first_use(r"[^\s/]+")
_WORD_EDGES = "\"'\u201c\u201d\u2018\u2019«»()[]{}<>.,;:!?"
_LAST_WORD = on_first_use(r"(\S+)\s+$")
# Words before a platform's name that make it another thing's place, not the cited post's: where it was
# found or passed on (`via Twitter`, `shared on X`, `from Telegram`), where a video was first uploaded or
# shown (`originally broadcast on YouTube`), what the post shows or is about (`a screenshot of a Facebook
# post`, `about the Twitter ban`).
_RELAYED_ON = on_first_use(
    r"\b(?:via|from|through|(?:shared|(?:re|cross-?)posted|forwarded|mirrored|embedded|quoted|uploaded|"
    r"retweeted|reposted|found|seen)(?: (?:on|to|in|from|at))?|also (?:on|in|at)"
    r"|(?:of|about) (?:an? |the |his |her |their |its )?|originally(?: \w+){0,2})\s*$",
    re.IGNORECASE,
)
_RELAY_REACH = 30  # characters before a platform's name: the longest such words and their spaces
# A handle in brackets after an account's name (`Telegram Daily (@tgdaily)`, APA's `Rybar [@rybar]`): the
# words before it, back to a comma, a stop or the note's start, are the account's name.
_HANDLE_IN_BRACKETS = on_first_use(r"[(\[][ \t]{0,2}@")
_NAME_REACH = 60  # characters before such a handle: an account's name, longer ones are not looked for
_NAME_START = on_first_use(r"[,;:.()\[\]]")
_MOST_WORDS_READ = 400  # a note's words; past them a platform's name is not looked for
_MOST_QUERY_READ = 4_000  # characters of a redirector's query read for where it sends its reader


def _account_names(prose: str) -> list[tuple[int, int]]:
    """Where the note's words give an account's name before its handle in brackets (`Telegram Daily
    (@tgdaily)`): words each capitalized, one at least no platform's own name (`Twitter (@rybar)` names the
    platform). A platform's word in such a name (`Telegram Daily`, `YouTube Insider`) is the account's, not
    the post's platform; `Rybar on Telegram (@rybar)` is no name, and names it."""
    names: list[tuple[int, int]] = []
    for handle in itertools.islice(_HANDLE_IN_BRACKETS().finditer(prose), _MOST_WORDS_READ):
        end = handle.start()
        reach = max(0, end - _NAME_REACH)
        boundaries = list(_NAME_START().finditer(prose, reach, end))
        if not boundaries and reach > 0:
            continue  # no start in reach: no name of an account's length
        start = boundaries[-1].end() if boundaries else 0
        words = prose[start:end].split()
        if (
            words
            and all(word[0].isupper() or word[0].isdigit() for word in words)
            and any(platform_from_words(word) is None for word in words)
        ):
            names.append((start, end))
    return names


def _named_platforms(prose: str) -> dict[Platform, bool]:
    """The platforms the note's words (`prose`, its quotes blanked) name, each with whether any naming of it
    is the cited post's: each word `platform_from_words` reads as one (`Telegram`, `Twitter/X`, `on X`, `X
    post`), APA's `[Tweet]` and a capital X standing as a site (`[Tweet]. X.`). A name after words that make
    it where the post was found or passed on (`via Twitter`, `shared on X`) is another thing's place. A
    handle's or a domain's word (`@rybar.bsky.social`) names an account, not the site, and is not read."""
    found: list[tuple[int, Platform]] = []
    for match in itertools.islice(_WORD().finditer(prose), _MOST_WORDS_READ):
        word = match.group().strip(_WORD_EDGES)
        if word and not any(mark in word for mark in "@._"):
            platform = platform_from_words(word)
            if platform is not None:
                found.append((match.start(), platform))
    for match in itertools.islice(_CAPITAL_X().finditer(prose), _MOST_WORDS_READ):
        # `on X`, `X post`, `X (formerly Twitter)`: read with the word before it and a few after.
        before = _LAST_WORD().search(prose[max(0, match.start() - _RELAY_REACH) : match.start()])
        window = (before.group(1) + " " if before else prose[: match.start()]) + prose[match.start() :][:30]
        if platform_from_words(window) is Platform.TWITTER:
            found.append((match.start(), Platform.TWITTER))
    sites = itertools.chain(_X_AS_SITE().finditer(prose), _TWEET_FORMAT().finditer(prose))
    found += [(match.start(), Platform.TWITTER) for match in itertools.islice(sites, _MOST_WORDS_READ)]
    names = _account_names(prose)
    found = [(at, platform) for at, platform in found if not any(start <= at < end for start, end in names)]
    named: dict[Platform, bool] = {}
    for start, platform in found:
        own = _RELAYED_ON().search(prose[max(0, start - _RELAY_REACH) : start]) is None
        named[platform] = named.get(platform, False) or own
    return named


def named_platform_differs(prose: str, link: str) -> str | None:
    """What the note's words say of the cited post's platform where its link is on another known platform
    (`the note says X/Twitter, its link is on Telegram`), or None: for a link to a web page (an article about
    a tweet), for words naming no platform, two (`a Telegram post shared on X`), the link's, or one only as
    where the post was found or passed on (`via Twitter`)."""
    hosts = _hosts(link)
    # A Mastodon post is known by its link's path, on any host, as the citation's platform is; a Misskey
    # note's likewise, read as the fediverse's (`extractors.mastodon`).
    misskey = misskey_note(link) is not None
    linked = (
        mastodon_platform(link)
        or (Platform.MASTODON if misskey else None)
        or (platform_from_host(hosts[0]) if hosts else Platform.WEB)
    )
    if linked not in _PLATFORM_NAMES:
        return None
    named = _named_platforms(blank_quotes(prose))
    if len(named) != 1 or linked in named:
        return None
    ((said, as_the_posts),) = named.items()
    linked_name = "Misskey" if misskey else _PLATFORM_NAMES[linked]
    return f"the note says {_PLATFORM_NAMES[said]}, its link is on {linked_name}" if as_the_posts else None


# Where a platform's redirector (`side_urls.is_redirector`) sends its reader, by its query's name for it:
# `youtube.com/redirect?q=`, `vk.com/away.php?to=`, `l.facebook.com/l.php?u=`, `google.com/url?q=`/`url=`.
_REDIRECTOR_TARGET_KEYS = ("q", "u", "to", "url")


def _redirector_target(link: str) -> str | None:
    """The http(s) link a platform's redirector link names in its query, or None."""
    try:
        fields = parse_qs(urlsplit(link).query[:_MOST_QUERY_READ])
    except ValueError:
        return None
    for key in _REDIRECTOR_TARGET_KEYS:
        target = fields.get(key, [""])[0]
        if target.lower().startswith(("http://", "https://")):
            return target
    return None


def redirect_leaves_the_platform(prose: str, link: str, led_to: str | None) -> str | None:
    """What the note's words say of the cited post's platform where its link is a platform's redirector
    (`youtube.com/redirect?q=…`, `vk.com/away.php?to=…`, `l.facebook.com/l.php?u=…`) sending its reader off
    to a page on no platform the note names (where its redirects led, when captured; else the page its query
    names), or None. The link reads as the platform's, as the note's words do: the page compared is an
    article, and an article's author and date matching the note's verified a claimed platform post."""
    hosts = _hosts(link)
    if not hosts or not is_redirector(link):
        return None
    redirector = platform_from_host(hosts[0])
    if redirector not in _PLATFORM_NAMES:
        return None  # a shortener's link (`bit.ly/…`) is on no platform: `named_platform_differs` reads it
    target = led_to if led_to is not None and not is_redirector(led_to) else _redirector_target(link)
    target_hosts = _hosts(target)
    if target is None or not target_hosts:
        return None
    reached = mastodon_platform(target) or platform_from_host(target_hosts[0])
    named = _named_platforms(blank_quotes(prose))
    said = [platform for platform, as_the_posts in named.items() if as_the_posts]
    if reached is redirector or not said or reached in said:
        return None
    platforms = " and ".join(_PLATFORM_NAMES[platform] for platform in said)
    page = f"a post on {_PLATFORM_NAMES[reached]}" if reached in _PLATFORM_NAMES else "a page on no platform"
    return (
        f"the note says {platforms}, its link is {_PLATFORM_NAMES[redirector]}'s redirect to {target}, {page}"
    )


# A search's words in its results page's query (`?q=`, YouTube's `?search_query=`, Yandex's `?text=`, Baidu's
# `?wd=`, VK's `?c[q]=`), beside a `/search` part of its path, or YouTube's `/results` (a news site's
# `/results/…` are an election's).
_SEARCH_KEYS = frozenset(("q", "query", "text", "search_query", "wd", "keyword", "keywords", "c[q]"))
# Search engines whose results page is their home page's address with a query (`duckduckgo.com/?q=…`).
_SEARCH_HOMES = ("duckduckgo.com", "yandex.ru", "yandex.com", "ya.ru", "startpage.com", "ecosia.org")
# A tag's page, which lists the posts that carry it: `x.com/hashtag/<tag>`, `tiktok.com/tag/<tag>`,
# `instagram.com/explore/tags/<tag>`.
_TAG_PARTS = (("hashtag",), ("explore", "tags"), ("tag",))
_TAG_HOSTS = (
    *("twitter.com", "x.com", "facebook.com", "instagram.com", "tiktok.com", "youtube.com", "threads.net"),
    "threads.com",
)


def search_results(url: str) -> str | None:
    """What `url` is where it is a search's results page, or a tag's list of posts (`google.com/search?q=…`,
    `x.com/search?q=…`, `t.me/s/<channel>?q=…`, `youtube.com/results?search_query=…`, `x.com/hashtag/<tag>`),
    said as a detail's words; None for any other page. A site's `/search` part with no search's words in its
    query (`/search-and-rescue`, `/search` alone) is none."""
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").removeprefix("www.")
        keys = {key.casefold() for key in parse_qs(parts.query[:_MOST_QUERY_READ], keep_blank_values=True)}
    except ValueError:
        return None
    written = [segment for segment in parts.path[:300].split("/") if segment][:4]
    segments = [segment.casefold() for segment in written]
    for tag in _TAG_PARTS:
        if len(segments) != len(tag) + 1 or tuple(segments[: len(tag)]) != tag:
            continue
        if on_domain(url, *_TAG_HOSTS):
            return f"the list of the posts tagged {written[-1]!r}"
    if not keys & _SEARCH_KEYS or on_domain(url, "webcache.googleusercontent.com"):
        return None  # Google's cache answers `/search?q=cache:<URL>` with its copy of that page
    if segments[:1] == ["s"] and len(segments) == 2 and on_domain(url, *TELEGRAM_DOMAINS):
        return f"a search of the channel {written[1]}'s posts"
    youtube = segments == ["results"] and on_domain(url, "youtube.com")
    if "search" in segments[:3] or youtube or (not segments and on_domain(url, *_SEARCH_HOMES)):
        return f"a search's results on {host}"
    return None


def _hosts(*urls: str | None) -> list[str]:
    """The hosts of the URLs that are given and parse."""
    hosts = []
    for url in urls:
        try:
            host = urlsplit(url).hostname if url is not None else None
        except ValueError:
            host = None
        if host:
            hosts.append(host)
    return hosts


def cut_short(text: str, url: str) -> bool:
    """Whether `url` (or a mirror's link to it) is written in `text` with an ellipsis right after it, as a
    link shown cut is."""
    return any(cut == url or cited_url(cut) == url for cut in cut_short_urls(text))


def check_locator(given: CheckInput) -> CheckResult:
    url = given.citation.url
    if url is None:
        return CheckResult(
            name="locator",
            status="fail",
            detail="no URL or other locator: the source cannot be found or captured",
        )
    if given.citation.located == "candidate":
        # `provenance locate` proposed this URL; only a person's confirmation makes it the cited source.
        return CheckResult(
            name="locator",
            status="warn",
            detail=f"{url} is a candidate from provenance locate, not confirmed: "
            'a person must check it and set custom.located to "confirmed" in the citations file',
        )
    look_alike = look_alike_host(url)
    if look_alike is not None:
        return CheckResult(
            name="locator",
            status="warn",
            detail=f"{url}: {look_alike}: a look-alike of another site? Compare by hand",
        )
    original = given.citation.original_url
    look_alike = look_alike_host(original) if original is not None and original != url else None
    if look_alike is not None:
        # An archive's copy of a look-alike (`web.archive.org/web/…/https://t.me.evil.example/…`) reads as a
        # copy of the site it imitates: the archive's host is no one's look-alike, its original is.
        return CheckResult(
            name="locator",
            status="warn",
            detail=f"{url}, a copy of {original}: {look_alike}: a look-alike of another site? Compare by "
            "hand",
        )
    # Where a shortener's link led (`t.co/…`, `bit.ly/…`): the page read is that one's, a reader's click
    # goes there too, and a look-alike there (`t.me.evil.example`, punycode) is no less one.
    led_to = given.live.url if given.live is not None and given.live.url != url else None
    look_alike = look_alike_host(led_to) if led_to is not None else None
    if look_alike is not None:
        return CheckResult(
            name="locator",
            status="warn",
            detail=f"{url} led to {led_to}: {look_alike}: a look-alike of another site? Compare by hand",
        )
    # The platform the note names in words (`on Twitter`): its hosts are named as much as `twitter.com` is.
    in_words = platform_from_words(note_prose(given.footnote))
    platform_hosts_named = platform_hosts(in_words) if in_words is not None else ()
    named = named_host_look_alike(given.footnote.text, _hosts(url, original, led_to), platform_hosts_named)
    if named is not None:
        # `twitter.com`, the note's words or its link's text, for a link to `twltter.com`: the reader is
        # told of one site, the capture is of another.
        name, host = named
        written = name.lower() in given.footnote.text.lower()
        shown = repr(name) if written else f"the platform {in_words}, at {name!r}"
        return CheckResult(
            name="locator",
            status="warn",
            detail=f"{url}: the note names {shown}, and the link leads to {host!r}, another host that looks "
            "like it: a look-alike? Compare by hand",
        )
    # An archive's copy is of its original: a Wayback copy of a Telegram post is a Telegram post. A
    # shortener's link (`bit.ly/…`) is on no platform: the post read, and the one a reader's click opens, is
    # where its redirects led; offline, or where they led nowhere captured, that is not known.
    cited = original or url
    led_to_post = led_to is not None and is_redirector(cited) and not is_redirector(led_to)
    compared = led_to if led_to is not None and led_to_post else cited
    platform_differs = named_platform_differs(note_prose(given.footnote), compared)
    if platform_differs is not None:
        # The reader of the report is told of one platform, the checks compare the post of another.
        where = f"{url} led to {led_to}" if led_to_post else url
        return CheckResult(
            name="locator",
            status="warn",
            detail=f"{where}: {platform_differs}: is this the post the note means? Compare by hand",
        )
    claimed = given.citation.platform
    linked_hosts = _hosts(cited)
    linked = mastodon_platform(cited) or (platform_from_host(linked_hosts[0]) if linked_hosts else None)
    if claimed in _PLATFORM_NAMES and linked in _PLATFORM_NAMES and claimed is not linked:
        # Only a citations file sets another platform than the link's (`custom.platform`, `container-title`):
        # the run's citation claimed a Telegram post, the checks compared the X post its link names.
        return CheckResult(
            name="locator",
            status="warn",
            detail=f"{url}: the citations file says {_PLATFORM_NAMES[claimed]}, its link is on "
            f"{_PLATFORM_NAMES[linked]}: is this the post the file means? Compare by hand",
        )
    left = redirect_leaves_the_platform(note_prose(given.footnote), cited, led_to)
    if left is not None:
        # The reader is told of a platform's post, the checks compare the page its redirector sends to.
        return CheckResult(
            name="locator",
            status="warn",
            detail=f"{url}: {left}: is this the post the note means? Compare by hand",
        )
    misleading = next(
        (finding for finding in given.footnote.findings if finding.code == _LINK_TEXT_DIFFERS), None
    )
    if misleading is not None:
        # The printed report shows one source, the link leads to another: which one the author meant is
        # for a person to say, whatever the target turns out to hold.
        return CheckResult(name="locator", status="warn", detail=f"{url}: {misleading.message}")
    if cut_short(given.footnote.text, url):
        # A cut link names another post, or page, than the whole one: the same author's post 12 for 12345.
        return CheckResult(
            name="locator",
            status="warn",
            detail=f"{url}: the note writes the link with an ellipsis after it, as a link shown cut short "
            "is: it may name another post or page than the one meant; give the whole link",
        )
    comment = telegram_comment(url)
    if comment is not None:
        # Telegram's widget and page show the channel's post: the comment, by whoever wrote it, is not
        # captured.
        channel, post_id = telegram_post(url)
        return CheckResult(
            name="locator",
            status="warn",
            detail=f"{url} points to comment {comment} under the post {channel}/{post_id}: the capture "
            "holds the channel's post, not the comment; compare the comment by hand, or cite its own link in "
            "the discussion group",
        )
    if _names_a_linkedin_comment(url):
        # LinkedIn opens a comment's link on the post's page: the post's card is what is read, not the
        # comment, whose writer is someone else.
        return CheckResult(
            name="locator",
            status="warn",
            detail=f"{url} points to a comment under a LinkedIn post: the capture holds the post's page, not "
            "the comment; compare the comment by hand",
        )
    searched = search_results(original or url)
    if searched is not None:
        # A search names no one source: its results are whatever matches its words, for each reader and at
        # each time, and the post a quote matched in them was neither captured as a post nor dated.
        return CheckResult(
            name="locator",
            status="warn",
            detail=f"{url}: {searched}, not one source: what it lists depends on when, and by whom, it is "
            "opened; cite the post or page itself",
        )
    others = uncited_links(given.footnote, given.citation)
    if others:
        # One source is captured per note: a second link's page, or a second source's, is not checked, and a
        # note confirmed only in part is not confirmed.
        more = len(others) - _SHOWN_LINKS
        shown = ", ".join(others[:_SHOWN_LINKS]) + (f" and {more} more" if more > 0 else "")
        plural = len(others) > 1
        return CheckResult(
            name="locator",
            status="warn",
            detail=f"the note's other link{'s' if plural else ''}, {shown}, {'are' if plural else 'is'} not "
            f"captured or checked (the cited source is {url}): check by hand, or give each source its own "
            "footnote",
        )
    repeat = next((found for found in given.footnote.findings if found.code == REPEAT_TEXT_DIFFERS), None)
    if repeat is not None:
        # The report may show the repeat's claims (another date, another author), which nothing compared.
        return CheckResult(
            name="locator",
            status="warn",
            detail=f"{url}: {repeat.message}: check which note the report shows, or give each its own label",
        )
    differs = next((found for found in given.findings if found.code == CITATIONS_FILE_DIFFERS), None)
    if differs is not None:
        return CheckResult(name="locator", status="warn", detail=differs.message)
    mirror = mirror_of_the_cited_post(given.footnote, given.citation)
    if mirror is not None and given.citation.platform is Platform.YOUTUBE:
        # The same video by its id; what the mirror's or the player's page shows was not captured.
        return CheckResult(
            name="locator",
            status="pass",
            detail=f"{url}: YouTube's own watch page of the video, captured in place of the note's link "
            f"{mirror}, a mirror's or a player's page that does not show the video's date and description as "
            "YouTube does",
        )
    if mirror is not None and mirror.startswith("at://"):
        # No viewer's page: the AT URI names the post exactly, and bsky.app's link to it is that post's.
        return CheckResult(
            name="locator",
            status="pass",
            detail=f"{url}: Bluesky's own post, the one the note names by its AT URI {mirror}",
        )
    if mirror is not None and on_domain(mirror, *TELEGRAM_DOMAINS):
        # Telegram's Instant View of an article (`t.me/iv?url=<page>`): the page it names was captured.
        return CheckResult(
            name="locator",
            status="pass",
            detail=f"{url}: the page itself, captured in place of the note's link {mirror}, Telegram's "
            "Instant View of it, a third party's copy that is not the publisher's page",
        )
    if mirror is not None and given.citation.platform in _VIEWED_PLATFORMS:
        # The same post by its channel and id; what the viewer's page shows of it was not captured.
        platform = _VIEWED_PLATFORMS[given.citation.platform]
        return CheckResult(
            name="locator",
            status="pass",
            detail=f"{url}: {platform}'s own post, captured from {platform} in place of the note's link "
            f"{mirror}, a viewer's page that is not {platform}'s word",
        )
    if mirror is not None:
        # The same post by its id; what the mirror's page shows of it was neither captured nor compared.
        return CheckResult(
            name="locator",
            status="pass",
            detail=f"{url}: X's own post, captured from X in place of the note's link {mirror}, a mirror's "
            "page that is not X's word",
        )
    return CheckResult(name="locator", status="pass", detail=url)


def _names_a_linkedin_comment(url: str) -> bool:
    """`linkedin.com/feed/update/urn:li:activity:N?commentUrn=…` (or `replyUrn=`): a comment under a post."""
    if not on_domain(url, "linkedin.com"):
        return False
    query = parse_qs(urlsplit(url).query)
    return bool(query.get("commentUrn") or query.get("replyUrn"))
