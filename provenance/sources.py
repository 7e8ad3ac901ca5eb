"""What a footnote's capture says: the live source read from its WARC, and an archived copy if it failed.

The archived copy is asked of a Memento TimeGate (RFC 7089): a GET of `<timegate><cited URL>` with
`Accept-Datetime` set to noon UTC of the cited day redirects to the memento closest to it, whose answer
carries `Memento-Datetime`. The request is one more exchange in the footnote's WARC. The redirect is
followed and the memento itself is captured and read, whether or not the live source is usable: an archive's
answer naming a copy says nothing of what the copy holds. When the live source failed (an error status,
deleted, a login wall, a script shell, a soft 404), the content checks read the copy instead. Where the
redirect ends is the copy: a copy of another page (as its address, its answer's `Link: rel="original"` or
the TimeGate's names it, any of them; but for the page the cited link redirects to, live, when that is read
as the cited content: the archive kept the link's redirect to it), a page on the cited page's own site
(the live page itself: no archive's), or a page that is no copy (no `Memento-Datetime`, a URL that names no
archived page, such as the archive's login page), is no archived copy of the source; a page at the
archive's address for the page's copy is its copy, read as one, with or without a `Memento-Datetime`.
Nor is a copy that, read, holds something in place of the page (an error page, the archive's own note of a
redirect it recorded, a login wall, a deleted post's notice, the archive's own page, titled with its name,
whatever its words: the Wayback Machine's "Hrm.", archive.today's "No results") or shows nothing until
scripts run: it is not read as the source, and a copy the note names that answered at once is read for this
even beside a usable live source. Nor, beside a usable live web page, is a copy titled as another page: once
the parts both titles share (the site's name) are set aside, no word of the one is the other's (the address
reused for another article years later, the site's home page served in its place); a headline edited since
or a site renamed still shares its words. Nor is a copy of a web page that names no page its own, or names
(its canonical URL or `og:url`, the archive's prefix set aside) a page above the cited one, its home or a
section, and that, read as answered at the cited address, lists other articles in its place (as a live page
there would be judged: the site's home page the archive kept at a removed article's address).

Where the note names an archived copy beside its link, that copy is asked for first; a TimeGate that has no
copy of the URL as cited is asked again for its canonical form (`mobile.` host and tracking query gone). Each
is asked only when the one before said it has none. A cited URL that is itself an archived copy (a Wayback
Machine memento, or an Archive-It one: Wayback's software) is read as a copy of its original, by the
original's extractor; no archive is asked for a copy of that copy, unless the cited one could not be read. One
that went on to the archive's copy of another page is read as that page, but for a copy of a platform post
(one the "post among others" rule below names): another post's copy, a login page's, is no copy of the post
(`soft-404`). An archive.today copy is read as a page of its own, whose banner's time (when the copy was made)
is not taken for the source's publication. Its copy of a platform post's page (an X status, a Telegram,
Bluesky, Mastodon, Instagram, Threads, VK, Reddit, TikTok, YouTube or Facebook post, as its URL, its `Link:
rel="original"` or its banner's `Saved from` names it) is what the page's scripts drew: the post among others
(replies, the post it answers, quoted posts, the sidebar, suggested videos and their titles), in one markup
without the classes and data by which the platform's own reader finds the post; its text, byline and times are
not read as the post's: only its title, which the platform sets for the post alone, is (not a comment's
page's: its post's title), and an X, Instagram, Threads or TikTok post's time is its id's (a YouTube video's,
its microdata's `datePublished`, which YouTube gives the watched video alone; a Reddit post's or comment's or
a VK wall post's, the time of its own element, named by its id, where the copy keeps it); a copy showing the
platform's own word that there is no post (X's "Hmm...this page doesn't exist", Reddit's "Sorry, this post was
deleted by the person who originally posted it") is a copy of no post (`unavailable`), one titled only with
X's or YouTube's name (a page that drew no post: an error, a login wall) shows none (`script-shell`), a copy
of the platform's login page (titled `Login • Instagram`, saying `You must log in to continue`) shows none
either (`login-wall`), a title TikTok, Reddit, Facebook, VK, Instagram or Threads gives any page of its own
(`TikTok - Make Your Day`, `Reddit - Dive into anything`) is no title of the post, and one that names another
post than the cited link's (its URL, its `Link`, its banner: one post by its ids, however spelt) is no copy of
it (`soft-404`), but for an X repost's link, whose copy says X's `Name reposted` over another account's post
(and may say it was saved from that post's link, where X sent the repost's): its title gives the reposted
post's words and its author's name, which are that author's (`quoted_post`), never the reposter's, and its
time is the cited link's id's. A Wayback copy of a Facebook post's page (m.facebook.com's, mbasic's, as the
crawler was served it) is the post among its comments in one markup too: its text, byline and times are not
the post's, its words are those of the description Facebook gives the post alone (`og:description`), where it
gives one, and its title is kept (not a comment's link's). A Wayback copy of an archive.today copy shows
archive.today's page, and is read as that page is. Nor is a time a Perma.cc record's or a Ghostarchive copy's
page shows (its banner's, when the copy was made: `pages.third_party_copy`) read as the source's publication.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import email.utils
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO
from urllib.parse import parse_qsl, unquote, urljoin, urlsplit, urlunsplit

from provenance.capture.failure import CaptureFailure
from provenance.capture.location import redirect_target
from provenance.capture.options import FollowUp, FollowUps
from provenance.capture.uri import request_uri
from provenance.citations.platforms import (
    ARCHIVE_TODAY_HOSTS,
    canonical_url,
    http_date,
    memento_original,
    memento_time_in_url,
    meta_id_time,
    meta_post,
    on_web_archive,
    post_locator,
    wayback_original,
)
from provenance.files import open_regular_file
from provenance.models import SAYS_NO_MEMENTO, Citation
from provenance.urls import is_http_url

if TYPE_CHECKING:
    from selectolax.lexbor import LexborNode

    from provenance.models import CaptureOutcome, MementoLookup, SourcePost, Transformation
    from provenance.warc.reader import StoredResponse

# The extractors and the WARC reader load on first use, not with this module: `check` plans its captures
# with `archive_follow_ups` before its first request, and reads the first page only once it has come.


# Compiled on first use (an archive's answer, after a check's first request), not at import.
@functools.cache
def _link_entry() -> re.Pattern[str]:
    """`<URL>; rel="memento"; datetime="..."` entries of a Link header (RFC 7089 section 2.2.1). A URL holds
    no `<`: an entry tried at each `<` of a header of nothing else stops at the next one, not at its end (a
    header of 60,000 `<` took a minute). A parameter's quoted value is read whole, commas and all: read a
    character at a time up to the first comma, `datetime="Fri, 21 Jan 2022 …"` was cut after `Fri`, and no
    entry's date was ever read."""
    return re.compile(r'<(?P<url>[^<>]*)>(?P<params>(?:[^,<"]|"[^"]*")*)')


@functools.cache
def _datetime_param() -> re.Pattern[str]:
    return re.compile(r'datetime\s*=\s*"(?P<value>[^"]*)"', re.IGNORECASE)


_MAX_LINK_HEADER = 100_000


def timegate_url(timegate: str, url: str) -> str:
    """The TimeGate URL for `url`: the TimeGate base with the original URL appended (Wayback's form), without
    the user name and password a cited URL may carry (`https://user:secret@host/…`): they are the source's
    own credentials, which the archive, a third party, is never sent (nor does it key copies by them)."""
    return f"{timegate}{_without_userinfo(url)}"


def _without_userinfo(url: str) -> str:
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if "@" not in parts.netloc:
        return url
    return urlunsplit(parts._replace(netloc=parts.netloc.rpartition("@")[2]))


def _as_requested(url: str) -> str:
    """`url` as it was requested and stored in the WARC (`café` as `caf%C3%A9`, an IDNA host in punycode):
    the cited IRI itself matches no stored record."""
    try:
        return request_uri(url)
    except CaptureFailure:
        return url


def accept_datetime(day: dt.date | None) -> str | None:
    """`Accept-Datetime` for a cited day: its noon UTC, in HTTP date form; None without a day."""
    if day is None:
        return None
    return email.utils.format_datetime(dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC), True)


def _read_copy(
    original: str,
    responses: Sequence[StoredResponse],
    start: str,
    memento: StoredResponse,
    main_text: bool,
) -> SourcePost:
    """An archived copy of `original` (its answer from `start` on, ending in `memento`), read by the extractor
    of `original`: a copy of a tweet is read as a tweet, and says it is a copy and of when."""
    from provenance.extractors import extract_source

    post = extract_source(_as_requested(original), tuple(responses), start=start, main_text=main_text)
    # A Wayback copy of archive.today's copy is archive.today's page all the same.
    post = _without_what_is_not_the_posts(_without_the_archives_own_time(post, memento), memento, original)
    if _shown_archive_today_page(memento.uri) is None:
        from provenance.extractors.login_walled import without_a_facebook_posts_comments

        post = without_a_facebook_posts_comments(post, original, copy=True)
    own = _archive_s_own_page(post.title, original) if post.problem is None else None
    if own is not None:
        post = post.model_copy(update={"problem": "soft-404", "problem_detail": own})
    post = _a_listing_kept_at_the_address(post, original, memento)
    # An archive that names no Memento-Datetime still names the copy's time in its URL.
    made = memento.header("Memento-Datetime") or memento_time_in_url(memento.uri)
    return post.model_copy(update={"memento_url": memento.uri, "memento_datetime": made})


# The prefix the Wayback Machine writes before each address of a copy it serves without `id_`
# (`https://web.archive.org/web/20250101000000/http://news.example/`, `/web/20250101000000im_/…`).
_WAYBACK_PREFIX = re.compile(
    rb"(?:https?:)?(?://web\.archive\.org)?/web/[0-9]{1,14}(?:[a-z]{2}_)?/(?=https?:)"
)


def _a_listing_kept_at_the_address(post: SourcePost, original: str, memento: StoredResponse) -> SourcePost:
    """`post`, the archive's copy of the web page `original`, as the page it is where, read as answered at
    `original` (the archive's prefixes out of its addresses), it is a list of articles in the article's place
    (`web.read_web_page`'s `soft-404`), as a live page at the article's address is: tried where the copy names
    no page its own (no canonical URL, no `og:url`) or names a page above `original` on its site (its home,
    a section; the archive's prefix set aside), the pages that rule judges. Read at the archive's address,
    the copy's path was never the article's, the rule was not tried, and the home page the archive kept years
    later at a removed article's address passed a quote found in a card's teaser, and `archived` passed."""
    from provenance.models import Platform

    if post.platform is not Platform.WEB or post.problem is not None:
        return post
    if post.canonical_url and not _names_a_page_above(original, post.canonical_url, memento.uri):
        return post  # the page itself, or another article (moved): no list in the article's place
    from provenance.extractors.web import read_web_page

    as_served = dataclasses.replace(memento, uri=original, body=_WAYBACK_PREFIX.sub(b"", memento.body))
    judged = read_web_page(original, as_served, Platform.WEB, main_text=False)
    if judged.problem != "soft-404":
        return post
    return post.model_copy(
        update={"problem": judged.problem, "problem_detail": f"the archive's copy: {judged.problem_detail}"}
    )


def _names_a_page_above(original: str, named: str, copy_url: str) -> bool:
    """Whether `named` (the canonical URL or `og:url` of the copy at `copy_url`: relative, or in the
    archive's form, or as the page wrote it) is a page above `original` on its site: its home, or a section
    its path lies under."""
    try:
        in_archive = wayback_original(urljoin(copy_url, named[:2000]))
        cited, other = urlsplit(original), urlsplit(in_archive or urljoin(original, named[:2000]))
        hosts = [(parts.hostname or "").removeprefix("www.") for parts in (cited, other)]
    except ValueError:
        return False
    above = [part for part in other.path.split("/") if part]
    below = [part for part in cited.path.split("/") if part]
    return hosts[0] == hosts[1] and len(above) < len(below) and below[: len(above)] == above


# The titles an archive gives its own pages (its "Hrm. … has not archived that URL", "This URL has been
# excluded", "This snapshot cannot be displayed", archive.today's "No results"), never a copy's: a copy keeps
# the title of the page it copies.
_ARCHIVE_S_OWN_TITLES = frozenset(
    {"wayback machine", "internet archive: wayback machine", *ARCHIVE_TODAY_HOSTS}
)


def _archive_s_own_page(title: str | None, original: str) -> str | None:
    """What a copy titled `title` is, when it is the archive's own page in place of a copy of `original`
    (its title is the archive's name, whatever its words say), else None. A page on an archive's host,
    cited, is titled so in its own right."""
    if title is None or " ".join(title.split()).casefold() not in _ARCHIVE_S_OWN_TITLES:
        return None
    if on_web_archive(original):
        return None
    return f"the archive's own page, titled {title.strip()[:80]!r}, not a copy of a page"


# archive.today's copy is a page of its own, whose banner gives the time it was made (a `<time datetime>`,
# its `article:published_time`): read as the page's publication time, it confirmed any note dating the post
# on the day it was archived. Its copy's time is its `Memento-Datetime`, or its URL's `2022.01.21-093018`.
_ARCHIVE_TODAY_STAMP = re.compile(r"^/(?P<day>[0-9]{4}\.[0-9]{2}\.[0-9]{2})-(?P<time>[0-9]{6})/")
_SAME_MOMENT = dt.timedelta(seconds=60)


def _on_archive_today(url: str) -> bool:
    """Whether `url` is a page of archive.today (archive.ph, archive.is, …): a web archive other than the
    Wayback Machine and Archive-It (whose copies are Wayback's)."""
    if not on_web_archive(url):  # first: it reads any address, and most are on no archive
        return False
    host = (urlsplit(url.strip()).hostname or "").removeprefix("www.")
    return host not in ("web.archive.org", "wayback.archive.org", "wayback.archive-it.org")


def _shown_archive_today_page(url: str) -> str | None:
    """The archive.today page `url` shows: itself, or the one a Wayback copy at `url` copies (a copy of a
    copy, which shows archive.today's page as it was kept); None for any other page."""
    if _on_archive_today(url):
        return url
    inner = wayback_original(url)
    return inner if inner is not None and _on_archive_today(inner) else None


def _archive_today_copy_time(answer: StoredResponse) -> dt.datetime | None:
    """When archive.today made the copy `answer` is, or shows (its `Memento-Datetime`, else its URL's
    stamp; a Wayback copy of it, whose `Memento-Datetime` is the Wayback copy's own, by its URL's stamp);
    None for a page of any other host, or a copy that says neither."""
    page = _shown_archive_today_page(answer.uri)
    if page is None:
        return None
    made = http_date(answer.header("Memento-Datetime") or "") if page == answer.uri else None
    return made if made is not None else _archive_today_stamp(page)


def _archive_today_stamp(url: str) -> dt.datetime | None:
    """The time an archive.today copy's URL names (`/2022.01.21-093018/…`); None for any other URL."""
    stamp = _ARCHIVE_TODAY_STAMP.match(urlsplit(url).path) if _on_archive_today(url) else None
    if stamp is None:
        return None
    try:
        return dt.datetime.strptime(f"{stamp['day']} {stamp['time']}", "%Y.%m.%d %H%M%S").replace(
            tzinfo=dt.UTC
        )
    except ValueError:
        return None


def copy_time_in_url(url: str) -> str | None:
    """When an archived copy's URL says it was made, to the second: a Wayback Machine copy's 14-digit stamp
    or an archive.today copy's `2022.01.21-093018`, in the words `memento_time_in_url` gives (which
    `memento_moment` reads back); None for any other URL, or a stamp that names no moment."""
    made = _archive_today_stamp(url)
    if made is None:
        return memento_time_in_url(url)
    return f"{made:%Y-%m-%d %H:%M:%S} UTC, as its URL says"


def _without_the_archives_own_time(post: SourcePost, answer: StoredResponse) -> SourcePost:
    """`post` read from `answer`, without a publication time that is when archive.today made its copy: the
    time its banner gives, not the source's."""
    made = _archive_today_copy_time(answer)
    if made is None or post.published is None or post.published_day_only:
        return post
    if abs(post.published - made) > _SAME_MOMENT:
        return post
    # Kept among the fields read (the ledger's), said to be the copy's time: the date check finds no time.
    made_at = f"{post.published.isoformat()} ({post.published_from}), when the copy was made"
    fields = {**post.fields, "archive.today's time": made_at}
    return post.model_copy(update={"published": None, "published_from": None, "fields": fields})


def _without_an_archive_pages_times(post: SourcePost, cited: str, answer: StoredResponse) -> SourcePost:
    """`post` read from a web archive's own page of its copy (a Perma.cc record, a Ghostarchive copy:
    `pages.third_party_copy`), without the times it shows: its banner gives when the archive made its copy,
    which, read as the page's publication, confirmed a note dating the source on the day it was archived;
    which time shown is the source's the page does not say. They stay among the fields read, beside the page
    a Perma.cc record says it copies."""
    from provenance.extractors.pages import third_party_copy

    copy = third_party_copy(cited) or third_party_copy(answer.uri)
    if copy is None or not copy.archived:
        return post
    shown = (
        *((f"{post.published.isoformat()} ({post.published_from})",) if post.published is not None else ()),
        *((post.fields["other publication time"],) if "other publication time" in post.fields else ()),
    )
    fields = {key: value for key, value in post.fields.items() if key != "other publication time"}
    if shown:
        fields["times shown on the archive's page"] = "; ".join(shown)
    recorded = _perma_source_url(answer)
    if recorded is not None:
        fields["the page Perma.cc's record says it copies"] = recorded
    return post.model_copy(
        update={"published": None, "published_day_only": False, "published_from": None, "fields": fields}
    )


@functools.lru_cache(maxsize=2)
def _copy_html(answer: StoredResponse) -> str:
    """The copy's page as `pages.decode_html` gives it, decoded once for the several looks this module takes
    at one copy (its banner, its repost mark, its post's own element): a page of megabytes takes a second."""
    from provenance.extractors.pages import decode_html

    return decode_html(answer)


def _perma_source_url(answer: StoredResponse) -> str | None:
    """The page a Perma.cc record's page says its copy is of (`<input id=source_url value=…>`, its "Source
    page URL" among the record's details); None for any other page, or a record that names none."""
    if (urlsplit(answer.uri).hostname or "").removeprefix("www.") != "perma.cc":
        return None
    from selectolax.lexbor import LexborHTMLParser

    field = LexborHTMLParser(_copy_html(answer)).css_first("input#source_url")
    named = (field.attributes.get("value") or "").strip() if field is not None else ""
    return named[:2000] if is_http_url(named) else None


def _copied_post(answer: StoredResponse, cited: str) -> str | None:
    """The platform post (an X status, a Telegram post, a Bluesky or Mastodon post) whose page archive.today's
    copy `answer` is (or a Wayback copy of it shows), as its `Link: <…>; rel="original"`, the cited copy's URL
    or the copy's banner names it; None for any other page, or a page of another host."""
    page = _shown_archive_today_page(answer.uri)
    if page is None:
        return None
    link = answer.header("Link") if page == answer.uri else None  # a Wayback copy's names archive.today's
    original = _original_of(page, link) or memento_original(cited) or _saved_from(answer)
    if original is None or (post_locator(original)[1] is None and _other_platforms_post(original) is None):
        return None
    return original


def _other_platforms_post(url: str) -> str | None:
    """What a VK, Reddit, TikTok, YouTube or Facebook post's link names ("a post", "a comment": a Reddit or
    a VK comment's, a YouTube video's with one of its comments on top, `&lc=`, a Facebook post's with
    `comment_id=`; `post_locator` reads none of them), else None. Their pages are drawn by scripts as the
    others' are: a Reddit thread's comments, a VK wall post's comments and the posts around it, TikTok's and
    YouTube's comments and the videos they suggest (their titles), a Facebook post's comments (their words
    passed `quote` as the post's), all in one markup that archive.today keeps without the classes and data
    attributes by which their own readers find the cited post (`div.thing[data-fullname]`, `div.post`, the
    page's data script, which it drops)."""
    from provenance.citations.platforms import reddit_post, tiktok_video, vk_link

    reddit = reddit_post(url)
    if reddit is not None:
        return "a comment" if reddit[1] is not None else "a post"
    vk = vk_link(url)
    if vk is not None:  # a wall post, or a video's, a clip's or a photo's page, comments under each
        return "a comment" if vk.reply is not None else "a post"
    from provenance.side_urls import youtube_video_id

    if youtube_video_id(url) is not None:
        # A link to one of its comments (`&lc=`) opens the video's page with the comment on top.
        linked_comment = any(name == "lc" for name, _ in parse_qsl(urlsplit(url).query[:2000]))
        return "a comment" if linked_comment else "a post"
    if tiktok_video(url) is not None:
        return "a post"
    facebook = _facebook_post(url)
    return None if facebook is None else "a comment" if facebook[1] else "a post"


def _facebook_post(url: str) -> tuple[str, str] | None:
    """`extractors.login_walled.facebook_post`: loaded on first use, as the extractors are."""
    from provenance.extractors.login_walled import facebook_post

    return facebook_post(url)


def _saved_from(answer: StoredResponse) -> str | None:
    """The page archive.today's banner says its copy was saved from (`Saved from <input name=q value=…>` in
    its `#HEADER`), for a short link (`archive.ph/AbCd1`) whose answer names no original otherwise; None
    where the banner names none."""
    from selectolax.lexbor import LexborHTMLParser

    field = LexborHTMLParser(_copy_html(answer)).css_first("#HEADER input[name=q]")
    saved_from = (field.attributes.get("value") or "").strip() if field is not None else ""
    return saved_from if is_http_url(saved_from) else None


def _without_what_is_not_the_posts(post: SourcePost, answer: StoredResponse, cited: str) -> SourcePost:
    """`post` read from archive.today's copy of a platform post's page, without the text, the byline and the
    time it gives: archive.today runs the page's scripts and keeps what they drew, so its copy of a post
    holds the post among others (the post it answers, its replies, quoted posts, the sidebar), all in one
    markup, and a reply's words passed `quote` as the post's, the answered post's `<time>` `date`. Its
    title, which the platform sets for the post alone, is kept, and an X, Instagram or Threads post's time
    is its id's (as their own readers give it); what was left unread stays among the fields read."""
    if post.problem is not None:
        return post
    went_on = _another_pages_copy(answer, cited)
    if went_on is not None:
        return post.model_copy(update={"problem": "soft-404", "problem_detail": went_on})
    original = _copied_post(answer, cited)
    if original is None:
        return post
    cited_post = _post_the_copy_is_cited_as(cited)
    shown = (
        _originals_of(answer.uri, answer.header("Link"))
        if answer.uri == _shown_archive_today_page(answer.uri)
        else ()
    )
    banner = _saved_from(answer)
    other = next(
        (
            page
            for page in (original, *shown, *((banner,) if banner else ()))
            if cited_post is not None and not _same_post(page, cited_post)
        ),
        None,
    )
    reposted_by = _reposted_by(answer) if post_locator(original)[1] is not None else None
    if other is not None and not (reposted_by and _both_x_statuses(other, cited_post)):
        detail = (
            f"archive.today's copy cited as one of {cited_post} is of another page, {other}: no copy of the "
            "cited post"
        )
        return post.model_copy(update={"problem": "soft-404", "problem_detail": detail})
    notice = _platforms_notice_of_no_post(post.text)
    if notice is not None:
        detail = (
            f"archive.today's copy of the post {original} shows the platform's notice {notice!r} in its "
            "place: the post was not there when the copy was made"
        )
        return post.model_copy(update={"problem": "unavailable", "problem_detail": detail})
    login = _platforms_login_page(post.title, post.text)
    if login is not None:
        detail = (
            f"archive.today's copy of the post {original} is the platform's login page in its place "
            f"({login}): it shows none of the post"
        )
        return post.model_copy(update={"problem": "login-wall", "problem_detail": detail})
    if post.title is not None and " ".join(post.title.split()).casefold() in _NO_POSTS_TITLES:
        detail = (
            f"archive.today's copy of the post {original} shows none of it: its title is the platform's own "
            f"({post.title.strip()[:40]!r}), which it gives a page whose post it did not draw (an error, a "
            "login wall)"
        )
        return post.model_copy(update={"problem": "script-shell", "problem_detail": detail})
    kept = _a_reddit_things_own_reading(answer, original)
    if kept is not None:
        if kept.problem is not None:
            return post.model_copy(update={"problem": kept.problem, "problem_detail": kept.problem_detail})
        fields = {key: value for key, value in post.fields.items() if key != "other publication time"}
        return post.model_copy(
            update={
                **{
                    name: getattr(kept, name)
                    for name in (
                        "text",
                        "title",
                        "author",
                        "handle",
                        "author_id",
                        "post_id",
                        "published",
                        "published_from",
                        "canonical_url",
                    )
                },
                "published_day_only": False,
                "fields": {**fields, **kept.fields},
            }
        )
    why = (
        f"archive.today's copy of the post {original} is the page as its scripts drew it, the post among "
        "others (replies, quoted posts, the sidebar): its text, byline and times are not the post's alone"
    )
    # Nor is another time the copy shows (`date` warns on one days away from the post's).
    other_time = post.fields.get("other publication time")
    fields = {key: value for key, value in post.fields.items() if key != "other publication time"}
    fields["not the post's alone"] = why
    if post.author:
        fields["author shown on the copy"] = post.author
    shown_times = (
        *((f"{post.published.isoformat()} ({post.published_from})",) if post.published is not None else ()),
        *((other_time,) if other_time else ()),
    )
    if shown_times:
        fields["times shown on the copy"] = "; ".join(shown_times)
    # A repost's link (X sent it to the post it reposts, which the copy may say it was saved from) is dated
    # by its own id: when the account reposted it.
    reposted_link = cited_post if reposted_by and cited_post and _both_x_statuses(cited_post) else original
    id_time, id_named = post_id_time(reposted_link, _archive_today_copy_time(answer))
    id_day_only = False
    if id_time is None:
        own_time = (
            _a_youtube_videos_own_time(answer, original)
            or _a_reddit_things_own_time(answer, original)
            or _a_vk_posts_own_time(answer, original)
        )
        if own_time is not None:
            id_time, id_day_only, id_named = own_time
    title = post.title
    reposted = _reposted_post(title, reposted_by) if reposted_by and title else None
    if reposted is not None and title:
        # X titles the page with the reposted post's words and its author's name: they are that account's,
        # never the reposter's (a repost read live gives them so, `quoted_post`).
        words, whose = reposted
        fields.update(
            {
                "reposted by (X's words over the post)": f"{reposted_by} reposted",
                "title of the reposted post's page": title,
                "quoted_post": words,
                "quoted_post_author": whose,
            }
        )
        title = None
        why = (
            f"X shows the post as {reposted_by}'s repost of {whose}'s post, whose words its title gives "
            f"({words[:80]!r}): they are {whose}'s, not the reposter's; {why}"
        )
        fields["not the post's alone"] = why
    if title and " ".join(title.split()).casefold() in _PLATFORMS_OWN_TITLES:
        # A title the platform gives any page of its own (TikTok's `TikTok - Make Your Day`, Reddit's
        # `Reddit - Dive into anything`) names no post: a cited "Make Your Day" passed `title` on it.
        fields["the platform's own title"] = title
        title = None
    # A Facebook share's copy: whose post it shares and that post's words, kept as another's (`quote` names
    # them); read as no post's alone, a quote of them was only "not found verbatim".
    fields.update(_a_facebook_shares_shown_post(answer, original))
    if _other_platforms_post(original) == "a comment" and title:
        # The page of a comment is titled with its post's title (Reddit's `Bridge is open : r/ukraine`),
        # which is not the comment's words.
        fields["title of the comment's page (its post's)"] = title
        title = None
    return post.model_copy(
        update={
            "text": "",
            "title": title,
            "author": None,
            "published": id_time,
            "published_day_only": id_day_only,
            "published_from": id_named if id_time is not None else None,
            "unread": f"{why}; {post.unread}" if post.unread else why,
            "fields": fields,
        }
    )


# X's words over a post it shows as another account's repost (`Ministry Press Office reposted`, before 2023
# `… Retweeted`), an element of their own, as archive.today keeps them; and X's title of a post's page
# (`Name on X: "words" / X`).
_REPOST_MARK = re.compile(r"(?P<who>[^\n]{1,100}?)\s+(?:reposted|retweeted)", re.IGNORECASE)
_X_STATUS_TITLE = re.compile(
    r"(?P<name>[^\n]{1,100}?) on (?:X|Twitter): [\"\u201c](?P<words>.*)[\"\u201d](?: / (?:X|Twitter))?",
    re.DOTALL,
)
_MOST_MARK_NODES = 20_000  # elements looked at: X's mark is over the page's post, after its menus
_MOST_MARKS = 5  # elements whose own words end so, looked at whole
_LONGEST_MARK = 130
_LONGEST_TITLE = 2_000


def _reposted_by(answer: StoredResponse) -> str | None:
    """Who X's page, as archive.today's copy keeps it, says reposted the post it shows (its `Ministry Press
    Office reposted` over another's post: the cited link is a repost's), or None where it says no one did."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(_copy_html(answer))
    looked = 0
    first_post: LexborNode | None = None
    for node in tree.css("article, span, a, div")[:_MOST_MARK_NODES]:
        if node.tag == "article" and first_post is None:
            first_post = node
            continue
        own = (node.text(deep=False) or "").strip().casefold()
        if not own.endswith(("reposted", "retweeted")):
            continue
        if first_post is not None and not _inside_of(node, first_post):
            return None  # X's mark is over the page's post, or in its card: never a reply's below it
        looked += 1
        if looked > _MOST_MARKS:
            return None
        # The name is often an element of its own inside the mark (`<span><span>Name</span> reposted</span>`).
        for whole in (node, node.parent):
            words = " ".join((whole.text() if whole is not None else "")[: _LONGEST_MARK + 1].split())
            mark = _REPOST_MARK.fullmatch(words) if len(words) <= _LONGEST_MARK else None
            if mark is not None:
                return mark["who"]
    return None


_DEEPEST = 200  # ancestors looked at


def _inside_of(node: LexborNode, outer: LexborNode) -> bool:
    """Whether `node` is inside `outer` (within `_DEEPEST` ancestors)."""
    parent = node.parent
    for _ in range(_DEEPEST):
        if parent is None:
            return False
        if parent.mem_id == outer.mem_id:
            return True
        parent = parent.parent
    return False


def _reposted_post(title: str, reposted_by: str) -> tuple[str, str] | None:
    """(the words, the author's name) of the post X's title of a repost's page names (`Name on X: "words" /
    X`), where its author is not the reposter (whose repost of their own post is their words); else None."""
    named = _X_STATUS_TITLE.fullmatch(" ".join(title[:_LONGEST_TITLE].split()))
    if named is None or named["name"].casefold() == reposted_by.casefold():
        return None
    return named["words"], named["name"]


def _both_x_statuses(*links: str | None) -> bool:
    """Whether each of `links` is an X status's (None is none)."""
    from provenance.side_urls import twitter_post

    return all(link is not None and twitter_post(link)[1] is not None for link in links)


# archive.today's form of a link its copy shows (`https://archive.ph/o/AbCd1/https://…`): the page linked.
_ARCHIVE_TODAY_LINK = re.compile(
    r"https?://[^/]{1,100}/o/[A-Za-z0-9]{1,20}/(?P<linked>https?://.*)", re.DOTALL
)


def _linked_through_archive_today(href: str) -> str:
    """The page a link of archive.today's copy leads to (itself, unless archive.today wrote it as its own)."""
    linked = _ARCHIVE_TODAY_LINK.fullmatch(href.strip()[:2000])
    return linked["linked"] if linked is not None and _on_archive_today(href.strip()) else href


def _a_reddit_things_own_time(answer: StoredResponse, original: str) -> tuple[dt.datetime, bool, str] | None:
    """(when, False, what says it) of the Reddit post or comment whose page archive.today's copy `answer` is,
    where the copy kept the element Reddit gives it alone, named by its id (new Reddit's `shreddit-post`
    `t3_<post>` and its `created-timestamp`, old Reddit's `div.thing` and its `data-timestamp`: the readers of
    `extractors.reddit`, which read no other post's nor comment's); None where it kept none."""
    read = _a_reddit_things_own_reading(answer, original)
    if read is not None and read.problem is None and read.published is not None:
        return read.published, False, read.published_from or "Reddit's time of it"
    return None


def _a_reddit_things_own_reading(answer: StoredResponse, original: str) -> SourcePost | None:
    """The Reddit post `original` as archive.today's copy `answer` keeps its own element (new Reddit's
    `shreddit-post`, old Reddit's thing, named by its id), read by the Reddit readers; None where the copy
    keeps none: its comments and sidebar are never read as the post."""
    from provenance.citations.platforms import reddit_post

    wanted = reddit_post(original)
    if wanted is None:
        return None
    from provenance.extractors.reddit import read_new_reddit_post, read_old_reddit

    html = _copy_html(answer)
    for reader in (read_new_reddit_post, read_old_reddit):
        read = reader(html, answer.uri, wanted)
        if read is not None:
            return read
    return None


def _a_facebook_shares_shown_post(answer: StoredResponse, original: str) -> dict[str, str]:
    """What archive.today's copy `answer` of a Facebook share shows of the post it shares, where its header
    names the cited post's account as the sharer (`extractors.login_walled.the_share_on_a_copy`); else {}."""
    from provenance.extractors.login_walled import facebook_post, the_share_on_a_copy

    if facebook_post(original) is None:
        return {}
    return the_share_on_a_copy(original, _copy_html(answer), answer.uri)


def _a_vk_posts_own_time(answer: StoredResponse, original: str) -> tuple[dt.datetime, bool, str] | None:
    """(when, whether only its day is known, what says it) of the VK wall post whose page archive.today's
    copy `answer` is, where the copy kept the post's own element, named by its id, and its header's date
    (`extractors.vk.read_vk_post`, which reads no comment's, nor a repost's, nor another post's); None where
    it kept none, or for a comment's link."""
    from provenance.citations.platforms import vk_link

    wanted = vk_link(original)
    if wanted is None or wanted.kind != "wall" or wanted.reply is not None:
        return None
    from provenance.extractors.vk import read_vk_post

    read = read_vk_post(_copy_html(answer), answer.uri, wanted)
    if read is None or read.problem is not None or read.published is None:
        return None
    return read.published, read.published_day_only, read.published_from or "VK's time of the post"


_MOST_ITEMS = 50  # elements naming an item type looked at: a video's page names a few


def _a_youtube_videos_own_time(answer: StoredResponse, original: str) -> tuple[dt.datetime, bool, str] | None:
    """(when, whether only its day is known, what says it) of the YouTube video whose page archive.today's
    copy `answer` is, as its microdata (`itemtype` VideoObject, YouTube's for the watched video alone: the
    videos it suggests and the comments carry none) gives it in `datePublished` or `uploadDate`; None for any
    other page, or one that gives no such one item."""
    from provenance.side_urls import youtube_video_id

    if youtube_video_id(original) is None:
        return None
    from selectolax.lexbor import LexborHTMLParser

    from provenance.extractors.pages import parse_published

    items = [
        node
        for node in LexborHTMLParser(_copy_html(answer)).css("[itemtype]")[:_MOST_ITEMS]
        if (node.attributes.get("itemtype") or "").rstrip("/").casefold().endswith("schema.org/videoobject")
    ]
    if len(items) != 1:  # none, or more than one video's: which is the watched one's the page does not say
        return None
    named_id = items[0].css_first("meta[itemprop=videoId]")
    named_url = items[0].css_first("link[itemprop=url]")
    named = (
        *((named_id.attributes.get("content") or "",) if named_id is not None else ()),
        *(
            (youtube_video_id(_linked_through_archive_today(named_url.attributes.get("href") or "")) or "",)
            if named_url is not None
            else ()
        ),
    )
    if any(video != youtube_video_id(original) for video in named):
        return None  # the item of another video than the cited one's
    for name in ("datePublished", "uploadDate"):
        given = items[0].css_first(f"meta[itemprop={name}]")
        when = parse_published(given.attributes.get("content") if given is not None else None)
        if when is not None:
            return when.at, when.day_only, f"the video's microdata {name}"
    return None


def _another_pages_copy(answer: StoredResponse, cited: str) -> str | None:
    """Why a cited Wayback copy of a platform post is none, when it went on to the archive's copy of another
    page (the archive kept the post's address redirecting there: a login page, the channel of a Telegram post
    gone, another post but for an X retweet's), or None. Read as a page of its own, as a copy that went on to
    another page's is, what that page showed passed `quote` as the cited post's words."""
    asked = wayback_original(cited)
    shown = wayback_original(answer.uri) if asked is not None else None
    if (
        asked is None
        or shown is None
        or (post_locator(asked)[1] is None and _other_platforms_post(asked) is None)
    ):
        return None
    if _same_post(shown, asked):
        return None
    from provenance.side_urls import twitter_post

    if twitter_post(asked)[1] is not None and twitter_post(shown)[1] is not None:
        # X sent a retweet's link to the retweeted post, which the archive followed: what the link shows,
        # that post, is read as the page it is (`twitter.read_archived_status_page` reads it so).
        return None
    return (
        f"the cited copy of the post {asked} went on to the archive's copy of another page, {shown}: no copy "
        "of the cited post"
    )


def _post_the_copy_is_cited_as(cited: str) -> str | None:
    """The page a cited archived copy's URL names (through a Wayback copy of archive.today's copy, the page
    that copy's URL names), or None for a URL that names none (a short link)."""
    named = memento_original(cited)
    inner = memento_original(named) if named is not None and _on_archive_today(named) else None
    return inner or named


def _same_post(copied: str, cited: str) -> bool:
    """Whether a copy of `copied` is one of `cited`: one page (`_one_page`), or one post by its ids however
    its links spell it (a Reddit post with or without its title's slug, on old.reddit.com; a TikTok video
    under any username; a VK post on m.vk.com; an Instagram or Threads post with or without its account:
    ids the platform gives, never one an account may choose, as a Bluesky post's record key may be). Two
    links to a Facebook post that name it by ids of two kinds (`story.php?story_fbid=1…` and
    `/<page>/posts/pfbid0…`, to which Facebook sends the first) are not told apart: which post each is their
    ids do not say."""
    if _one_page(copied, cited):
        return True
    key = _post_key(copied)
    if key is not None and key == _post_key(cited):
        return True
    shown, asked = _facebook_post(copied), _facebook_post(cited)
    return shown is not None and asked is not None and _facebook_id_kind(shown) != _facebook_id_kind(asked)


def _facebook_id_kind(post: tuple[str, str]) -> tuple[bool, bool]:
    """What kind of id a Facebook post's link names it by: a `pfbid…` or a number (or a share link's code),
    and whether it names a comment."""
    return post[0].startswith("pfbid"), bool(post[1])


def _post_key(url: str) -> tuple[str, ...] | None:
    """What names one post whatever the link's spelling: its platform and ids; None for any other link."""
    from provenance.citations.platforms import reddit_post, tiktok_video, vk_link

    reddit = reddit_post(url)
    if reddit is not None:
        return ("reddit", reddit[0], reddit[1] or "")
    vk = vk_link(url)
    if vk is not None:
        return ("vk", vk.kind, vk.post_id, vk.reply or "")
    video = tiktok_video(url)
    if video is not None:
        return ("tiktok", video[1])
    meta = meta_post(url)
    if meta is not None:
        return ("meta", meta.platform.value, meta.code)
    facebook = _facebook_post(url)
    if facebook is not None:
        return ("facebook", *facebook)
    from provenance.side_urls import youtube_video_id

    youtube = youtube_video_id(url)
    return ("youtube", youtube) if youtube is not None else None


# What a platform's page of a post shows in the post's place when there is none to show (deleted, removed,
# never was), as archive.today keeps it: each the page's own word for the whole page, never one a post among
# others shows (X's "This post is unavailable" is a deleted quoted post's, in a post that is there).
_NO_POST_NOTICES = (
    "hmm...this page doesn't exist",  # X's page of a status deleted or never made
    "this account doesn't exist",  # X's, of a status of an account deleted
    "sorry, this post was deleted by the person who originally posted it",  # Reddit's
    "sorry, this post has been removed by the moderators of r/",
    "sorry, this post was removed by reddit",
)
# The title X and YouTube give a page of theirs that drew no post or video (its scripts failed, a login wall,
# a video gone): the page of one they drew is titled with its words (`Name on X: "…" / X`, `Title - YouTube`).
_NO_POSTS_TITLES = frozenset({"x", "twitter", "youtube", "- youtube"})
# The titles of Instagram's, Threads' and Facebook's login pages, and Facebook's words heading a page that
# asks to log in, which they give a visitor in the post's place: a copy of one passed `captured` as the post's
# copy (a page with no password field is no login form to the web reader).
_LOGIN_TITLES = frozenset(
    {
        "login • instagram",
        "log in • instagram",
        "login • threads",
        "log in • threads",
        "log in or sign up to view",
        "log into facebook",
        "log in to facebook",
        "facebook - log in or sign up",
        "facebook \u2013 log in or sign up",
    }
)
_LOGIN_NOTICES = ("you must log in to continue",)


def _platforms_login_page(title: str | None, text: str) -> str | None:
    """What says a copy is the platform's login page (its title, or its notice that one must log in), or
    None."""
    said = " ".join((title or "").split()).casefold()
    if said in _LOGIN_TITLES:
        return f"its title is {title!r}"
    shown = " ".join(text[:_NOTICE_SCAN].replace("\u2019", "'").split()).casefold()
    notice = next((notice for notice in _LOGIN_NOTICES if notice in shown), None)
    return f"it says {notice!r}" if notice is not None else None


# The titles TikTok, Reddit, Facebook, VK, Instagram and Threads give a page whatever it shows (a home page's,
# a page whose post their scripts drew without setting its title): no post's title, though it may show one.
# (TikTok's are `extractors.tiktok.TIKTOKS_OWN_TITLES`, not imported: the extractors load on first use.)
_PLATFORMS_OWN_TITLES = frozenset(
    {"tiktok - make your day", "tiktok", "reddit - dive into anything", "reddit", "facebook", "vk"}
    | {"вконтакте", "instagram", "threads"}
)
_NOTICE_SCAN = 20_000  # characters of the copy's text looked in: the notice is at the page's top


def _platforms_notice_of_no_post(text: str) -> str | None:
    """The platform's notice that there is no post, as the copy's text shows it (`_NO_POST_NOTICES`), or
    None."""
    shown = " ".join(text[:_NOTICE_SCAN].replace("\u2019", "'").replace("\u2026", "...").split()).casefold()
    return next((notice for notice in _NO_POST_NOTICES if notice in shown), None)


def post_id_time(post_url: str, copied_at: dt.datetime | None = None) -> tuple[dt.datetime | None, str]:
    """When a post was made as its link's id says, and what says it: an X status's snowflake id, an Instagram
    or Threads post's media id (its shortcode), a TikTok video's id (sane only before `copied_at`, when the
    copy was made); (None, "") for a post whose id gives no time (Telegram's, Bluesky's, Mastodon's, VK's,
    Reddit's)."""
    from provenance.citations.platforms import tiktok_id_time, tiktok_video
    from provenance.extractors.twitter import status_id_time
    from provenance.side_urls import twitter_post

    status_id = twitter_post(post_url)[1]
    if status_id is not None:
        return status_id_time(status_id), "snowflake id"
    meta = meta_post(post_url)
    if meta is not None:
        return meta_id_time(meta.code, meta.platform), "the media id of its shortcode"
    video = tiktok_video(post_url)
    if video is not None:
        return tiktok_id_time(video[1], copied_at), "the video id (its upper 32 bits: Unix seconds)"
    return None, ""


def _read_live(
    url: str,
    responses: tuple[StoredResponse, ...],
    main_text: bool = True,
    metadata: Sequence[Any] = (),
) -> tuple[SourcePost | None, bool]:
    """What the capture of the cited URL says, and whether it is usable: a 2xx answer with the cited content
    in it. A cited archived copy is read as the copy of its original that it is."""
    from provenance.extractors import CapturedPage, extract_source

    # The cited fragment is never sent, but it names the part of the page cited (a GitHub issue's comment,
    # `#issuecomment-<id>`): the extractor reads it; `CapturedPage.first` finds the page without it.
    fragment = url.partition("#")[2]
    url = _as_requested(url) + (f"#{fragment}" if fragment else "")
    answer = CapturedPage(url=url, responses=responses).answer()
    if answer is None:
        return None, False
    shown = next((response for response in responses if response.shown), None)
    if shown is not None and not answer.shown:
        # In a browser, the page went on by itself (a script, a refresh) to the document it ended on: what a
        # reader was left with is what is read, not the bytes first received.
        answer = shown
        responses = tuple(r for r in responses if r.uri != shown.uri or r is shown)
    # Only a Wayback copy is read as its original's copy: an archive.today copy is its archive's own page
    # (its URL may name the original, but what it shows is read as a page of archive.today).
    original = wayback_original(url)
    start = answer.uri if answer is shown else None
    # A cited archived copy is read as a copy only while the page shown is one (the archive's script may go
    # on to its nearest copy), and one of the cited page: a copy that redirected to another page's copy (the
    # archive kept the page's redirect) is read as the page it went on to, no copy of the cited one.
    copied = wayback_original(answer.uri)
    if original is not None and copied is not None and _one_page(copied, original):
        post = _read_copy(original, responses, start or url, answer, main_text)
    else:
        failures = _side_failures(metadata)
        post = extract_source(url, responses, start=start, main_text=main_text, failures=failures)
        post = _without_what_is_not_the_posts(_without_the_archives_own_time(post, answer), answer, url)
        post = _without_an_archive_pages_times(post, url, answer)
    answered = answer.status is not None and 200 <= answer.status < 300
    return post, answered and post.problem is None


@dataclass(frozen=True, repr=False, eq=False)
class ArchiveAsk:
    """One request for an archived copy: a TimeGate's for a spelling of the source, or a memento URL."""

    url: str  # as it is requested
    accept_datetime: str | None  # sent as `Accept-Datetime` (a memento URL names its own time: none)
    original: str | None = None  # the page whose copy is asked for

    @property
    def stored(self) -> str:
        """The URL as the WARC stores its request."""
        return _as_requested(self.url)


def archive_asks(url: str, citation: Citation, timegate: str) -> tuple[ArchiveAsk, ...]:
    """Where to ask for an archived copy of the source cited as `url`, in order; each is asked only when the
    ones before said they have no copy: the archived copy the note names beside its link; the TimeGate for
    the source as cited; the TimeGate for its canonical form, under which an archive may keep the copy that
    it does not under the cited spelling (`mobile.twitter.com/…?s=20`, `t.me/…?utm_source=share`).

    A cited archived copy is a copy of its original: the TimeGate is asked for the original (when the cited
    copy could not be read), never for a copy of the copy."""
    source = memento_original(url) or url
    day = accept_datetime(citation.date)
    named = citation.archived_url if citation.archived_url and source == url else None
    return (
        *((ArchiveAsk(named, None, source),) if named else ()),
        *(
            ArchiveAsk(timegate_url(timegate, spelling), day, spelling)
            for spelling in dict.fromkeys((source, canonical_url(source)))
        ),
    )


def _asks_made(
    asks: Sequence[ArchiveAsk], responses: Sequence[StoredResponse], metadata: Sequence[Any] = ()
) -> int:
    """How many of `asks` were made (they are made in order): answered, or failed as the metadata says."""
    stored = {response.uri for response in responses}
    return next(
        (
            i
            for i, ask in enumerate(asks)
            if ask.stored not in stored and _trail_error(metadata, ask.stored) is None
        ),
        len(asks),
    )


class LiveRead:
    """What a capture's archive lookup made of its live answers (`archive_follow_ups`), kept for `read_source`
    to take up: `_read_live` of the very same answers, read the same way (`main_text`, the side requests'
    failures), is the same source, and was extracted a second time (a page's whole reading, the costliest
    step of a capture read back)."""

    def __init__(self) -> None:
        self._key: tuple[Any, ...] | None = None
        self._read: tuple[SourcePost | None, bool] | None = None

    def keep(self, key: tuple[Any, ...], read: tuple[SourcePost | None, bool]) -> None:
        self._key, self._read = key, read

    def taken(self, key: tuple[Any, ...]) -> tuple[SourcePost | None, bool] | None:
        """The read kept under `key` (equal answers, compared by value), once; None for any other."""
        read = self._read if self._key == key else None
        self.drop()  # read once: the answers it holds are not kept for the rest of the run
        return read

    def drop(self) -> None:
        """Keep nothing more (the footnote was read back, or had nothing to read)."""
        self._key = self._read = None


def archive_follow_ups(
    url: str, citation: Citation, timegate: str, main_text: bool = False, kept: LiveRead | None = None
) -> FollowUps:
    """The capture hook: ask for an archived copy (`archive_asks`, one after another while each says it has
    none), and follow the answer to the memento, which is read as a copy whether or not the cited source
    failed. A cited archived copy that was read is asked for nothing.

    The live answers are read as `read_source` will read them (`main_text`: whether a check will look for
    quoted words in its text), and kept in `kept` for it to take up."""
    asks = archive_asks(url, citation, timegate)
    cites_a_copy = wayback_original(url) is not None
    # Whether the live answers are usable, by those answers: each round reads the WARC again, the live
    # answers before the archive's as the round before read them, and they were extracted once per round.
    usable_by_live: dict[tuple[StoredResponse, ...], bool] = {}

    def choose(stream: BinaryIO) -> Sequence[FollowUp]:
        from provenance.warc.reader import read_responses

        responses = read_responses(stream)
        stored = {ask.stored for ask in asks}
        split = next((i for i, r in enumerate(responses) if r.uri in stored), len(responses))
        live = responses[:split]
        usable = usable_by_live.get(live)
        if usable is None:
            # Whether the page is usable does not depend on its main text; what is read of it, kept, is read
            # again by nobody.
            read = _read_live(url, live, main_text=main_text)
            usable = usable_by_live[live] = read[1]
            if kept is not None:
                kept.keep(_live_key(url, live, main_text, ()), read)
        if usable and cites_a_copy:
            return ()
        made = _asks_made(asks, responses[split:])
        if made:
            led = _where_the_link_led(url, responses[:split]) if usable else None
            last = _lookup(asks[made - 1].stored, None, responses[split:], None, asks[made - 1].original, led)
            # Another spelling is asked for only when the archive said it has none of this one: a copy
            # found ends the lookup, and an archive that refused (429, 5xx) is not asked again.
            if last.memento_url is not None or last.http_status not in SAYS_NO_MEMENTO:
                return ()
        if made == len(asks):
            return ()
        # An ask that got no answer at all (refused, unreachable) is chosen again here, and the capture,
        # which never requests a URL twice, stops the lookup there.
        ask = asks[made]
        headers = (("Accept-Datetime", ask.accept_datetime),) if ask.accept_datetime else ()
        # The redirect is followed even beside a usable live source: the copy it names is no copy until it
        # answered as one (it may be the archive's capture of a redirect or a 404, its "not archived" page).
        return (FollowUp(ask.url, headers=headers, follow_redirects=True),)

    return choose


@dataclass(frozen=True, repr=False, eq=False)
class ReadSource:
    """What a footnote's WARC says: the live source, what the content checks read, the TimeGate's answer."""

    live: SourcePost | None
    source: SourcePost | None
    archive: MementoLookup | None
    # What was done to the captured bytes (`custody`), read in the same pass; None when the WARC was not read.
    transformations: tuple[Transformation, ...] | None = None


def _memento_date_from_link(link: str | None, memento_url: str) -> str | None:
    for entry in _link_entry().finditer((link or "")[:_MAX_LINK_HEADER]):
        if entry.group("url") == memento_url and "memento" in entry.group("params"):
            found = _datetime_param().search(entry.group("params"))
            if found:
                return found.group("value")
    return None


def _trail_error(metadata: Sequence[Any], url: str) -> str | None:
    """Why the capture's request for `url` failed, as its metadata record says."""
    for document in metadata:
        sides = document.get("side_requests") if isinstance(document, dict) else None
        for side in sides if isinstance(sides, list) else ():
            if isinstance(side, dict) and side.get("url") == url and isinstance(side.get("error"), str):
                return str(side["error"])
    return None


def _side_failures(metadata: Sequence[Any]) -> tuple[tuple[str, str], ...]:
    """Why each side request that got no answer got none (its URL and error), as the metadata says."""
    found: list[tuple[str, str]] = []
    for document in metadata:
        sides = document.get("side_requests") if isinstance(document, dict) else None
        for side in sides if isinstance(sides, list) else ():
            if not isinstance(side, dict) or side.get("http_status") is not None:
                continue
            url, error = side.get("url"), side.get("error")
            if isinstance(url, str) and isinstance(error, str):
                found.append((url, error))
    return tuple(found)


def _original_of(memento_url: str, link: str | None) -> str | None:
    """The page an archived copy copies: its answer's `Link: <…>; rel="original"` (RFC 7089), else the page
    its URL names (a Wayback or archive.today copy); None when neither says."""
    return _link_original(link) or memento_original(memento_url)


def _link_original(link: str | None) -> str | None:
    """The page a `Link` header names `rel="original"`, or None."""
    for entry in _link_entry().finditer((link or "")[:_MAX_LINK_HEADER]):
        if _names_the_original(entry.group("params")):
            return entry.group("url").strip()
    return None


def _originals_of(memento_url: str, link: str | None) -> tuple[str, ...]:
    """Every page an archive's answer names as the one its copy at `memento_url` copies: its `Link: <…>;
    rel="original"` and the page its URL names (a Wayback or archive.today copy), either or both. A copy is
    of the cited page only when each names it: read alone, a Link naming the cited page made a copy whose
    Wayback address names another page its copy, and a TimeGate's redirect to an address that names no page
    (another archive's, an aggregator's) was taken for the page's copy whatever its Link named."""
    named = (_link_original(link), memento_original(memento_url))
    return tuple(dict.fromkeys(page for page in named if page is not None))


@functools.cache
def _rel_param() -> re.Pattern[str]:
    """An entry's `rel` parameter, quoted or not: read once, never searched again from each `rel` for an
    `original` further on (an entry of 20,000 `rel=` took 12 s)."""
    return re.compile(r'\brel\s*=\s*(?:"(?P<quoted>[^"]*)"|(?P<bare>[^\s;,"]*))', re.IGNORECASE)


def _names_the_original(params: str) -> bool:
    """Whether a Link entry's parameters give it the relation `original` (among others: `rel="original
    timegate"`)."""
    rel = _rel_param().search(params)
    if rel is None:
        return False
    value = rel.group("quoted") if rel.group("quoted") is not None else rel.group("bare")
    return "original" in value.lower().split()


def _one_page(copied: str, asked: str) -> bool:
    """Whether an archive's copy of `copied` is one of `asked`: the same page but for how archives respell
    an address (http or https, `www.` or not, a trailing slash, a default port, a post's URL forms, a path
    or a host written as sent, `caf%C3%A9` and `xn--…`, for the `café` cited, query fields in another
    order)."""
    return _page_key(copied) == _page_key(asked)


def _page_key(url: str) -> tuple[str, str, tuple[tuple[str, str], ...]]:
    """`url`'s host (without `www.`, with a port other than 80 or 443), path (decoded, without a trailing
    slash) and query fields (sorted). A post is its post id on X (any handle before it shows the one post)
    and its channel in any case on Telegram: an archive keeps a post under the spelling it was first
    captured in."""
    canonical = canonical_url(_as_requested(url))
    try:
        parts = urlsplit(canonical)
        port = parts.port
    except ValueError:  # an address that does not parse (`http://[::1`, an archive's `Link` may give one)
        return "", url, ()
    host = (parts.hostname or "").removeprefix("www.")
    if port not in (None, 80, 443):  # another port is another server, whose page is another page
        host = f"{host}:{port}"
    post_id = post_locator(canonical)[1] if host in ("x.com", "t.me") else None
    if post_id is not None:
        return host, f"/status/{post_id}" if host == "x.com" else parts.path.lower(), ()
    fields = tuple(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return host, unquote(parts.path).rstrip("/"), fields


def _where_the_link_led(url: str, responses: Sequence[StoredResponse]) -> str | None:
    """The page the cited `url` redirected to (its live capture, `responses`), when another; None when it
    did not redirect, or only to the same page respelt."""
    from provenance.extractors import CapturedPage

    answer = CapturedPage(url=_as_requested(url), responses=tuple(responses)).answer()
    return answer.uri if answer is not None and not _one_page(answer.uri, url) else None


def _lookup(
    asked: str,
    accept: str | None,
    responses: Sequence[StoredResponse],
    failure: str | None,
    original: str | None = None,
    led_to_live: str | None = None,
) -> MementoLookup:
    """What the TimeGate (or the archived copy the note names) at `asked` answered for a copy of `original`.
    A copy of another page (a copy that redirected to another page's, a named copy of another URL) is no
    archived copy of it, unless it is of `led_to_live`: the page the cited link redirected to, read as the
    cited content (a usable live source), which the archive's copy of the link also redirected to."""
    from provenance.extractors import CapturedPage
    from provenance.models import MementoLookup

    page = CapturedPage(url=asked, responses=tuple(responses))
    first = page.first(asked)
    if first is None:
        return MementoLookup(
            timegate=asked,
            accept_datetime=accept,
            error=failure or "no answer from the TimeGate",
        )
    final = page.answer(asked)
    location = first.header("Location")
    memento_datetime = final.header("Memento-Datetime") if final is not None else None
    named = (
        redirect_target(asked, location) if first.status in (301, 302, 303, 307, 308) and location else None
    )
    # Whether the TimeGate's redirect was followed (always, unless its fetch failed): where it ended is the
    # copy.
    followed = final is not None and final is not first
    copied: tuple[str, ...] = ()
    if final is not None and (followed or (memento_datetime and final.status == 200)):
        copied = _originals_of(final.uri, final.header("Link"))
        # Followed, the TimeGate's `Link: rel="original"` names the page it redirected for too, and so does
        # an archive.today copy's banner (`Saved from …`), which its short link's answer may alone give.
        said = _link_original(first.header("Link")) if followed else None
        banner = _saved_from(final) if final.status == 200 and _on_archive_today(final.uri) else None
        copied = tuple(dict.fromkeys(page for page in (*copied, said, banner) if page is not None))
    elif named is not None:
        # Unfollowed, the copy is known by its address and the TimeGate's `Link: rel="original"`.
        copied = _originals_of(named, first.header("Link"))
    # A redirect to the page's own site (the live page itself, its home page) leads to no archive: whatever
    # the TimeGate's `Link` calls it, what answered there is the site, no independent copy of its page.
    led_to = final.uri if followed and final is not None else named
    if original and led_to is not None and _page_key(led_to)[0] == _page_key(original)[0]:
        return MementoLookup(
            timegate=asked,
            accept_datetime=accept,
            http_status=first.status,
            error=f"its redirect leads to {led_to}, on the page's own site, not to an archive's copy",
        )
    other = (
        next(
            (
                page
                for page in copied
                if not _one_page(page, original) and not (led_to_live and _one_page(page, led_to_live))
            ),
            None,
        )
        if original
        else None
    )
    if other is not None:
        return MementoLookup(
            timegate=asked,
            accept_datetime=accept,
            http_status=first.status,
            error=f"its copy is of another page, {other}, not of {original}",
        )
    # Where a followed redirect ended at a page that names itself the page's copy (in the archive's address
    # form of it, or by its `Link`), that is the copy, fetched, and read as one, whether or not it gives its
    # Memento-Datetime (its URL's time is then its time): it was said to be "not fetched", and never read.
    if final is not None and final.status == 200 and (memento_datetime or (followed and copied)):
        # A copy that gives no Memento-Datetime is dated by the TimeGate's `Link` entry for it, if any.
        dated = memento_datetime or (
            _memento_date_from_link(first.header("Link"), final.uri) if followed else None
        )
        return MementoLookup(
            timegate=asked,
            accept_datetime=accept,
            http_status=first.status,
            memento_url=final.uri,
            memento_datetime=dated,
            captured=final is not first or first.status == 200,
        )
    if final is not None and followed and final.status == 200 and not copied:
        # The redirect, followed, ended at a page that says it is no copy: no `Memento-Datetime`, no
        # `rel="original"`, a URL that names no archived page (the archive's login or home page).
        return MementoLookup(
            timegate=asked,
            accept_datetime=accept,
            http_status=first.status,
            error=f"its redirect ended at {final.uri}, which is no archived copy (no Memento-Datetime)",
        )
    if named is not None:  # a redirect to an address that parses
        memento_url = named
        if failure or memento_url == asked:
            # Followed and failed (refused by the network policy, a redirect loop, no answer): the TimeGate
            # named a copy that could not be had, which is no archived copy.
            why = failure or "it redirects to itself"
            return MementoLookup(
                timegate=asked,
                accept_datetime=accept,
                http_status=first.status,
                error=f"its redirect to {memento_url} led nowhere: {why}",
            )
        return MementoLookup(
            timegate=asked,
            accept_datetime=accept,
            http_status=first.status,
            memento_url=memento_url,
            memento_datetime=_memento_date_from_link(first.header("Link"), memento_url),
        )
    return MementoLookup(
        timegate=asked, accept_datetime=accept, http_status=first.status, error=_no_memento(first.status)
    )


def _no_memento(status: int | None) -> str:
    """Why a TimeGate's answer named no copy: it said it has none (404, 410, or a page that is no memento),
    or it said nothing of the kind (429 Too Many Requests, 5xx): then whether a copy exists is unknown."""
    if status in SAYS_NO_MEMENTO:
        return "no memento for this URL"
    answered = f"HTTP {status}" if status is not None else "without a status"
    return f"the TimeGate answered {answered}, which says nothing of a copy"


def _live_key(
    url: str, live: tuple[StoredResponse, ...], main_text: bool, failures: tuple[tuple[str, str], ...]
) -> tuple[Any, ...]:
    """What `_read_live` reads a source from (its metadata only through the side requests' failures)."""
    return (url, live, main_text, failures)


def read_source(
    url: str,
    citation: Citation,
    outcome: CaptureOutcome | None,
    warc: Path,
    timegate: str | None,
    main_text: bool = True,
    kept: LiveRead | None = None,
) -> ReadSource:
    """Read the footnote's WARC (as stored) and say what the source, or its archived copy, says
    (`main_text`: whether a check will look for quoted words in its text; see `extract_source`). `kept`: what
    the capture's archive lookup read of the same live answers (`archive_follow_ups`), taken up where they
    are the answers stored."""
    if outcome is None or outcome.capture is None:
        return ReadSource(None, None, None)
    from provenance.custody import transformations_from_heads
    from provenance.extractors import CapturedPage
    from provenance.warc.reader import read_capture

    try:
        with open_regular_file(warc) as stream:
            stored = read_capture(stream)  # the WARC read once for the checks and the ledger
    except OSError:
        return ReadSource(None, None, None)
    responses, metadata = stored.responses, stored.metadata
    steps = transformations_from_heads(stored.heads)
    asks = archive_asks(url, citation, timegate) if timegate else ()
    asked = {ask.stored for ask in asks}
    split = next((i for i, r in enumerate(responses) if r.uri in asked), len(responses))
    taken = None
    if kept is not None:
        taken = kept.taken(_live_key(url, responses[:split], main_text, _side_failures(metadata)))
    live, usable = taken if taken is not None else _read_live(url, responses[:split], main_text, metadata)
    if not asks or (usable and wayback_original(url) is not None):
        # No archive asked, or none asked for a copy of the cited copy, which was itself read.
        return ReadSource(live, live if usable else None, None, steps)
    led = _where_the_link_led(url, responses[:split]) if usable else None
    lookup = _archive_lookup(asks, responses[split:], metadata, led)
    read = live if usable else None
    if not lookup.captured:
        return ReadSource(live, read, lookup, steps)
    memento = CapturedPage(url=lookup.timegate, responses=responses[split:]).answer()
    if memento is None:
        return ReadSource(live, read, lookup, steps)
    # The copy is read even beside a usable live source (a copy the note names, which answered at once), by
    # its main text only where the checks will read it: what the archive kept may be no copy of the page.
    original = memento_original(url) or url
    copy = _read_copy(original, responses[split:], lookup.timegate, memento, main_text and not usable)
    # The TimeGate's `Link` header may give the copy's date where the memento's answer does not.
    copy = copy.model_copy(update={"memento_datetime": lookup.memento_datetime or copy.memento_datetime})
    other = _another_pages_title(live, copy) if usable and live is not None else None
    if other is not None:
        # The archive kept another page at the address (a URL reused years later, the site's home page
        # served in the article's place): no copy of the page the live capture holds.
        return ReadSource(live, read, _no_copy_of_the_content(lookup, copy, other), steps)
    if copy.problem is not None:
        # What the archive kept in place of the page (an error page or its own note of a redirect it
        # recorded, a login wall, a bot check, a deleted post's notice, an empty answer), or a page that shows
        # nothing until scripts run: the Wayback Machine's own banner scripts make an empty copy one, and
        # whether the archive kept what the scripts would show is not known.
        return ReadSource(live, read, _no_copy_of_the_content(lookup, copy), steps)
    return ReadSource(live, read or copy, lookup, steps)


def _no_copy_of_the_content(
    lookup: MementoLookup, copy: SourcePost, kept: str | None = None
) -> MementoLookup:
    """The lookup whose copy, read, is no copy of the page's content: it names no archived copy, and says
    what the archive kept instead (`kept`, else the copy's problem)."""
    when = copy.memento_datetime or "an unknown date"
    if kept is None:
        kept = f"{copy.problem}: {copy.problem_detail}" if copy.problem_detail else str(copy.problem)
    return lookup.model_copy(
        update={
            "memento_url": None,
            "memento_datetime": None,
            "captured": False,
            "error": f"its copy of {when}, {lookup.memento_url}, holds no copy of the page ({kept})",
        }
    )


# Where a title parts its headline from its site's name (`Council vote | News Example`, `… - News Example`).
_TITLE_PARTS = re.compile(r"\s+[|\u00b7\u2010-\u2015\u2212-]+\s+|\s*\|\s*")


# A word of a title by which two titles are told to be of one page: four letters or more (`the`, `and`,
# `vote`'s shorter neighbours say nothing), or one character of a script written without spaces (Chinese,
# Japanese), whose words are not parted.
@functools.cache
def _title_word() -> re.Pattern[str]:
    # Compiled when a copy's title is first compared, not when `check` starts: its negated Unicode classes
    # take 4 ms to compile, before the first request.
    return re.compile(
        r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]|[^\W\d_\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{4,}"
    )


_MAX_TITLE = 500


def _title_words(parts: Sequence[str]) -> set[str]:
    return {word.casefold() for part in parts for word in _title_word().findall(part)}


def _another_pages_title(live: SourcePost, copy: SourcePost) -> str | None:
    """What the archive's copy is, read beside the live web page, when its title is another page's: once
    the parts both titles share (the site's name) are set aside, no word of the one is the other's
    (`Weather warning | News Example` for `Council vote | News Example`; the site's `Home` page). A title
    edited since (`Council votes to reopen bridge`), a site renamed, a title either page lacks, or only the
    site's name, is not judged. A platform's post is known by its id, not its title (`_same_post`)."""
    from provenance.models import Platform

    if live.platform is not Platform.WEB or copy.platform is not Platform.WEB or copy.problem is not None:
        return None
    if not live.title or not copy.title:
        return None
    live_parts = [part.strip() for part in _TITLE_PARTS.split(live.title[:_MAX_TITLE]) if part.strip()]
    copy_parts = [part.strip() for part in _TITLE_PARTS.split(copy.title[:_MAX_TITLE]) if part.strip()]
    shared = {part.casefold() for part in live_parts} & {part.casefold() for part in copy_parts}
    live_words = _title_words([part for part in live_parts if part.casefold() not in shared])
    copy_words = _title_words([part for part in copy_parts if part.casefold() not in shared])
    if not live_words or not copy_words or live_words & copy_words:
        return None
    return (
        f"another page: its title {copy.title.strip()[:120]!r} shares no word with the captured page's, "
        f"{live.title.strip()[:120]!r}"
    )


def _archive_lookup(
    asks: Sequence[ArchiveAsk],
    responses: Sequence[StoredResponse],
    metadata: Sequence[Any],
    led_to_live: str | None = None,
) -> MementoLookup:
    """What the archive lookup found: the first answer that named a copy, else the last answer had, with
    the asks before it that said they have none (`led_to_live`: see `_lookup`)."""
    made = max(_asks_made(asks, responses, metadata), 1)  # the first ask, even unanswered, says why
    lookups = [
        _lookup(
            ask.stored,
            ask.accept_datetime,
            responses,
            _trail_error(metadata, ask.stored),
            ask.original,
            led_to_live,
        )
        for ask in asks[:made]
    ]
    found = next((i for i, lookup in enumerate(lookups) if lookup.memento_url is not None), made - 1)
    before = tuple(lookup.timegate for lookup in lookups[:found])
    return lookups[found].model_copy(update={"asked_before": before})
