"""Searching an account's posts around a date, every page read kept in the search's WARC.

- Telegram: the channel's public preview, paged back with `?before=<id>` (see `locate.telegram`); only the
  posts the page gives to the searched channel (`data-post`): a page of another channel's posts is unread.
- X/Twitter: no public search without a login, so the Wayback Machine's CDX API lists the archived status URLs
  of the account (twitter.com and x.com) for the id prefixes of the window; ids are snowflakes, so each is
  kept or dropped by its own time; each kept post is read from the syndication JSON, or else its memento (of
  more than `MAX_POSTS_READ`, those posted nearest the cited day, the window's middle). A
  post the JSON gives to another account is not this one's (an address with any handle leads to the post),
  unless that account's id is the one the registry gives: the account, renamed since.
- Bluesky and Mastodon: the account's own posts from the platform's public API (see `locate.feeds`); an
  answer that is not the API's (401, 403, 429, 5xx) says the account could not be searched.
- Reddit: the user's public listings of posts and comments (see `locate.feeds`); a refused page (403, 429)
  says the account could not be searched, never that it did not post; Reddit's word that the account is gone
  (deleted, suspended) is said.
- Any platform (and Telegram when the preview shows nothing): the CDX listing of the account's URL prefix for
  captures made in the window, each read from its memento: only a copy of a URL at or under the account's
  (`/rybar`, not `/rybar_official`), that the archive answered 200 for, once per URL; a memento the archive
  sends on to another page's copy (a redirect's) is not the listed post.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Protocol

from provenance.capture.series import Page
from provenance.citations.platforms import canonical_url, post_locator, snowflake_datetime
from provenance.locate import feeds, reading
from provenance.locate.cdx import (
    MAX_ROWS,
    CdxAnswerError,
    CdxRow,
    cdx_query_url,
    parse_cdx,
    status_id_prefixes,
    status_time,
)
from provenance.locate.rank import FoundPost
from provenance.locate.registry import AccountMatch
from provenance.locate.telegram import (
    CITED_DAY,
    ChannelPost,
    PreviewPage,
    preview_url,
    search_channel,
)
from provenance.models import Platform
from provenance.side_urls import syndication_url

MAX_POSTS_READ = 60  # posts read one by one (syndication, mementos) per account and window
# An archive copy is usually made soon after a post; the fallback listing looks this long after the window.
ARCHIVE_LAG = dt.timedelta(days=7)


@dataclass
class AccountSearch:
    """What one account's search gave: posts in the window, and notes for the reviewer."""

    account: AccountMatch
    posts: list[FoundPost] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    pages: int = 0
    answered: bool = False  # some listing of the account's posts was read (else nothing could be searched)
    # The account's own listing (its Telegram preview) was read through the window, no page missing: a window
    # without posts then has none. An archive lists only the copies someone made.
    read_whole: bool = False


def search_account(
    series: Fetcher,
    match: AccountMatch,
    start: dt.datetime,
    end: dt.datetime,
    core: tuple[dt.datetime, dt.datetime] | None = None,
    focus: dt.datetime | None = None,
    cited: str = CITED_DAY,
) -> AccountSearch:
    """The account's posts in [start, end), by the best method its platform allows; a listing read page by
    page (a Telegram preview) reads the `core` span (the cited day, or month: named `cited` in the notes)
    first, should its pages run out, and of a core too busy to read whole, the hours around `focus` (the
    note's moment) first."""
    account = match.account
    result = AccountSearch(match)
    if account.platform is Platform.TELEGRAM and account.handle:
        if not _search_telegram(series, result, account.handle, start, end, core, focus, cited):
            _search_archive(series, result, f"t.me/{account.handle}/", start, end)
    elif account.platform is Platform.TWITTER and account.handle:
        _search_twitter(series, result, account.handle, start, end, cited)
    elif account.platform is Platform.BLUESKY and account.handle:
        _search_bluesky(series, result, account.handle, start, end)
    elif account.platform is Platform.MASTODON and account.handle:
        _search_mastodon(series, result, account.handle, start, end)
    elif account.platform is Platform.REDDIT and account.handle:
        _search_reddit(series, result, account.handle, start, end)
    elif account.url:
        _search_archive(series, result, account.url.split("://", 1)[-1], start, end)
    else:
        result.notes.append(f"{account.label}: no way to search {account.platform.value} without a url")
    return result


class Fetcher(Protocol):
    """What a search reads its pages through: a `CaptureSeries` (each page into its WARC), or `PagesOnce`."""

    def fetch(self, url: str) -> Page: ...


# What `PagesOnce` keeps of the bodies it fetched, at most: a page past it is fetched again when asked again.
_KEPT_BYTES = 64 * 1024 * 1024


class PagesOnce:
    """The pages of one locate run's searches that read the same accounts, each URL fetched once into their
    one WARC: a note dated to a month and another dated to a day of it (or a passage's day) paged the same
    channel's preview twice, every shared page in the WARC twice. What a search asks for again is the answer
    the first fetch got, an error too (asking again at once would not be kinder to a server that refused).
    Bodies kept are bounded (`_KEPT_BYTES`): past that, a page is fetched again rather than held."""

    def __init__(self, series: Fetcher, kept_bytes: int = _KEPT_BYTES) -> None:
        self._series = series
        self._pages: dict[str, Page] = {}
        self._room = kept_bytes

    def fetch(self, url: str) -> Page:
        page = self._pages.get(url)
        if page is not None:
            return page
        page = self._series.fetch(url)
        if len(page.body) <= self._room:
            self._room -= len(page.body)
            self._pages[url] = page
        return page


def _fetch(series: Fetcher, result: AccountSearch, url: str) -> Page:
    result.pages += 1
    return series.fetch(url)


def _why(page: Page) -> str:
    return page.error or f"HTTP {page.status}"


# --- Telegram --------------------------------------------------------------------------------------------


def _search_telegram(
    series: Fetcher,
    result: AccountSearch,
    channel: str,
    start: dt.datetime,
    end: dt.datetime,
    core: tuple[dt.datetime, dt.datetime] | None = None,
    focus: dt.datetime | None = None,
    cited: str = CITED_DAY,
) -> bool:
    """Page through the channel's preview; False when the preview itself could not be read. A page cut at
    --max-bytes shows its oldest posts only (a preview lists them oldest first): the search reads on below
    them, so those after the cut are never read, and the note says so (the last post shown, perhaps cut in
    its words, is left out). Read as whole, the footnote was told no post of the window holds the quoted
    words, of a window half of whose posts were never read."""
    cut_pages = 0

    def read_page(before: int | None) -> PreviewPage:
        nonlocal cut_pages
        page = _fetch(series, result, preview_url(channel, before))
        if not page.ok:
            return PreviewPage(posts=(), error=_why(page))
        own, others = reading.preview_posts(page, channel)
        if others and not own:
            # Telegram shows no other channel's posts under `t.me/s/<channel>`: a redirect, or a hostile page.
            shown = ", ".join(f"@{other}" for other in others[:3]) + (", …" if len(others) > 3 else "")
            return PreviewPage(posts=(), error=f"the page shows posts of {shown}, not of @{channel}")
        if page.truncated:
            cut_pages += 1
            last = max((post.id for post in own if not post.pinned), default=None)
            own = tuple(post for post in own if post.id != last)
        return PreviewPage(posts=own)

    found = search_channel(read_page, start, end, core, focus, cited)
    for said in (found.error, found.note):
        if said:
            result.notes.append(f"https://t.me/s/{channel}: {said}")
    if cut_pages:
        result.notes.append(
            f"https://t.me/s/{channel}: {cut_pages} preview page(s) were cut at --max-bytes: the posts after "
            "each cut were not read, and the window may hold more posts (raise --max-bytes)"
        )
    # A service notice (a pin, a new photo) is no one's post: listed, it was proposed as the cited post when
    # no quote told the window's posts apart.
    result.posts += [_telegram_post(post, result.account) for post in found.posts if not post.service_notice]
    result.answered = result.answered or found.error is None
    result.read_whole = found.error is None and found.note is None and not cut_pages
    return found.error is None


def _telegram_post(post: ChannelPost, match: AccountMatch) -> FoundPost:
    return FoundPost(
        url=post.url,
        posted_at=post.posted_at,
        text=post.text,
        account=match,
        via="telegram preview",
        forwarded_from=post.forwarded_from,
        forwarded_url=post.forwarded_url,
        edited=post.edited,
        words_unseen=post.words_unseen,
        in_reply_to=post.in_reply_to,
        addressed=post.in_reply_to_author,
        repost_of=post.repost_of,
    )


# --- Bluesky and Mastodon: the platform's public API ------------------------------------------------------


def _api_page(series: Fetcher, result: AccountSearch, url: str) -> tuple[Any, str | None]:
    """The JSON of one API page, or (None, why not): an answer but 200 JSON says nothing of the posts."""
    page = _fetch(series, result, url)
    if not page.ok:
        return None, _why(page)
    data = feeds.api_json(page.body)
    return (data, None) if data is not None else (None, "the answer is not JSON")


def _keep_api_posts(
    result: AccountSearch, found: feeds.FeedPage, via: str, start: dt.datetime, end: dt.datetime
) -> None:
    for post in found.posts:
        if post.posted_at is None or start <= post.posted_at < end:
            result.posts.append(
                FoundPost(
                    url=post.url,
                    posted_at=post.posted_at,
                    text=post.text,
                    account=result.account,
                    via=via,
                    edited=post.edited,
                )
            )


def _search_bluesky(
    series: Fetcher, result: AccountSearch, actor: str, start: dt.datetime, end: dt.datetime
) -> None:
    """Page the author feed back from now until a page reaches before `start`."""
    cursor: str | None = None
    cursors: set[str] = set()
    foreign = 0
    for _ in range(feeds.MAX_FEED_PAGES):
        url = feeds.author_feed_url(actor, cursor)
        data, error = _api_page(series, result, url)
        found = feeds.read_author_feed(data, url, actor) if error is None else None
        if found is None:
            said = error or _bluesky_refusal(data)
            result.notes.append(
                f"@{actor}: Bluesky's author feed could not be read ({said}): not searched"
                if not result.answered
                else f"@{actor}: a page of the author feed could not be read ({said}); the window may hold "
                "more posts"
            )
            return
        result.answered = True
        _keep_api_posts(result, found, "bluesky api", start, end)
        foreign += found.foreign
        if found.foreign:
            result.notes.append(
                f"@{actor}: the author feed shows {found.foreign} post(s) under another handle (renamed, or "
                "one that no longer checks out?): not read as this account's; the window may hold more"
            )
        if found.next is None or (found.oldest is not None and found.oldest < start):
            result.read_whole = not foreign
            return
        if found.next in cursors:
            result.notes.append(_looping(f"@{actor}: the author feed"))
            return
        cursors.add(found.next)
        cursor = found.next
    result.notes.append(
        f"@{actor}: stopped after {feeds.MAX_FEED_PAGES} pages of the author feed before the window's start; "
        "the window may hold more posts"
    )


def _looping(listing: str) -> str:
    """What to say of a listing whose next page is one already read (a cursor or id it gave before): a
    hostile or broken server, read round and round to the page limit, each page's posts found again."""
    return (
        f"{listing} sends back to a page already read (its next page's cursor repeats): stopped there; the "
        "window may hold more posts"
    )


def _bluesky_refusal(data: Any) -> str:
    if isinstance(data, dict) and isinstance(data.get("message"), str):
        return f"it answers {data['message'][:160]!r}"
    return "no feed in the answer"


def _search_mastodon(
    series: Fetcher, result: AccountSearch, handle: str, start: dt.datetime, end: dt.datetime
) -> None:
    """Look the account up on its instance, then read its statuses from the window's end down to its start."""
    url = feeds.lookup_url(handle)
    data, error = _api_page(series, result, url)
    account_id = feeds.read_lookup(data, handle) if error is None else None
    if account_id is None:
        said = error or "its answer names no such account"
        result.notes.append(
            f"@{handle}: the instance's account lookup could not be read ({said}): not searched"
        )
        return
    max_id, since_id = feeds.mastodon_id_at(end), feeds.mastodon_id_at(start) - 1
    for _ in range(feeds.MAX_STATUS_PAGES):
        url = feeds.statuses_url(handle, account_id, max_id, since_id)
        data, error = _api_page(series, result, url)
        found = feeds.read_statuses(data, url, handle) if error is None else None
        if found is None:
            said = error or "no list of statuses in the answer"
            result.notes.append(
                f"@{handle}: the account's statuses could not be read ({said}): not searched"
                if not result.answered
                else f"@{handle}: a page of the account's statuses could not be read ({said}); the window "
                "may hold more posts"
            )
            return
        result.answered = True
        _keep_api_posts(result, found, "mastodon api", start, end)
        if found.next is None or (found.oldest is not None and found.oldest < start):
            result.read_whole = True
            return
        if int(found.next) >= max_id:
            # Statuses are listed newest first, below `max_id`: a page of none below it goes round.
            result.notes.append(_looping(f"@{handle}: the account's statuses"))
            return
        max_id = int(found.next)
    result.notes.append(
        f"@{handle}: stopped after {feeds.MAX_STATUS_PAGES} pages of statuses; the window may hold more posts"
    )


def _search_reddit(
    series: Fetcher, result: AccountSearch, user: str, start: dt.datetime, end: dt.datetime
) -> None:
    """Page each of the user's listings (posts, comments) back from now to a page before `start`."""
    whole = True
    for listing, kind in feeds.REDDIT_LISTINGS.items():
        after: str | None = None
        afters: set[str] = set()
        read_any = False
        listed = 0
        for _ in range(feeds.MAX_REDDIT_PAGES):
            url = feeds.reddit_listing_url(user, listing, after)
            page = _fetch(series, result, url)
            data = feeds.api_json(page.body) if page.body else None
            gone = feeds.reddit_account_gone(page.status, data)
            if gone is not None:
                result.notes.append(f"u/{user}: {gone}: its {listing} listing could not be searched")
                return
            found = feeds.read_reddit_listing(data, url, user, kind) if page.ok else None
            if (
                found is None
                and page.status == 403
                and not read_any
                and _reddit_suspended(series, result, user)
            ):
                result.notes.append(
                    f"u/{user}: Reddit says the account is suspended: its {listing} listing is refused, and "
                    "could not be searched"
                )
                return
            if found is None:
                said = _why(page) if not page.ok else "no Listing in the answer"
                refusal = " (Reddit refuses many clients not signed in)" if page.status in (403, 429) else ""
                result.notes.append(
                    f"u/{user}: Reddit's {listing} listing could not be read ({said}){refusal}: not searched"
                    if not read_any
                    else f"u/{user}: a page of Reddit's {listing} listing could not be read ({said}); the "
                    "window may hold more"
                )
                whole = False
                break
            read_any = result.answered = True
            listed += found.listed
            _keep_api_posts(result, found, "reddit json", start, end)
            if found.oldest is not None and found.oldest < start:
                break
            if found.next is not None and found.next in afters:
                whole = False
                result.notes.append(_looping(f"u/{user}: Reddit's {listing} listing"))
                break
            if found.next is None:
                if listed >= feeds.REDDIT_LISTING_CAP:
                    whole = False
                    result.notes.append(
                        f"u/{user}: Reddit's {listing} listing ends after {listed} things, before the "
                        "window's start: Reddit lists no older ones; the window may hold more"
                    )
                break
            after = found.next
            afters.add(after)
        else:
            whole = False
            result.notes.append(
                f"u/{user}: stopped after {feeds.MAX_REDDIT_PAGES} pages of the {listing} listing before the "
                "window's start; the window may hold more"
            )
    result.read_whole = whole


def _reddit_suspended(series: Fetcher, result: AccountSearch, user: str) -> bool:
    page = _fetch(series, result, feeds.reddit_about_url(user))
    return page.ok and feeds.reddit_suspended(feeds.api_json(page.body), user)


# --- X / Twitter -----------------------------------------------------------------------------------------


def _cdx_rows(series: Fetcher, result: AccountSearch, url: str) -> list[CdxRow] | None:
    """The listing's rows; None (and a note) when the archive could not be asked or gave no listing."""
    page = _fetch(series, result, url)
    if not page.ok:
        result.notes.append(f"archive listing {url}: {_why(page)}")
        return None
    try:
        rows = parse_cdx(page.body)
    except CdxAnswerError as error:
        result.notes.append(f"archive listing {url}: {error}")
        return None
    result.answered = True
    if len(rows) >= MAX_ROWS:
        result.notes.append(
            f"archive listing {url}: cut at {MAX_ROWS:,} rows; the window may hold more posts"
        )
    return rows


def _search_twitter(
    series: Fetcher,
    result: AccountSearch,
    handle: str,
    start: dt.datetime,
    end: dt.datetime,
    cited: str = CITED_DAY,
) -> None:
    statuses: dict[str, CdxRow] = {}
    answered = False
    prefixes = status_id_prefixes(start, end)
    if not prefixes:
        result.notes.append(
            f"@{handle}: X status ids of before November 2010 carry no time, so the archive's listing cannot "
            "be kept to the window; find the post by other means"
        )
        return
    for host in ("twitter.com", "x.com"):
        for prefix in prefixes:
            query = cdx_query_url(f"{host}/{handle}/status/{prefix}*", start=start.date())
            rows = _cdx_rows(series, result, query)
            answered = answered or rows is not None
            for row in rows or ():
                user, post_id = post_locator(row.original)
                if post_id is None or (user or "").lower() != handle.lower():
                    continue
                posted_at = status_time(post_id)  # None: no snowflake (sequential, or too long)
                if (
                    posted_at is not None
                    and start <= posted_at < end
                    and (post_id not in statuses or row.status == "200")
                ):
                    statuses[post_id] = row
    if not statuses:
        if answered:
            result.notes.append(f"@{handle}: the archive lists no status of this account in the window")
        return
    chosen = nearest_the_middle(list(statuses), start, end)
    if len(statuses) > MAX_POSTS_READ and cited != CITED_DAY:
        # A month's middle is no day the note gives: which of its days were read is what a reviewer needs.
        times = [at for post_id in chosen if (at := status_time(post_id)) is not None]
        result.notes.append(
            f"@{handle}: {len(statuses)} archived statuses in the window; read the {MAX_POSTS_READ} posted "
            f"nearest the middle of {cited}, from {min(times):%Y-%m-%d %H:%M} to {max(times):%Y-%m-%d %H:%M} "
            f"UTC: a post of {cited} outside those was not read (give the post's day, or its link)"
        )
    elif len(statuses) > MAX_POSTS_READ:
        result.notes.append(
            f"@{handle}: {len(statuses)} archived statuses in the window; read the {MAX_POSTS_READ} posted "
            "nearest the cited day (the window may hold more posts)"
        )
    for post_id in chosen:
        post = _read_status(series, result, handle, post_id, statuses[post_id])
        if post is not None:
            result.posts.append(post)


def nearest_the_middle(post_ids: list[str], start: dt.datetime, end: dt.datetime) -> list[str]:
    """Of status ids (snowflakes, each with its time), the `MAX_POSTS_READ` posted nearest the middle of
    [start, end), the cited day (the window is the same span before and after it), in id order. The first
    by id were read: of a busy account, all from the day before the cited one, and its posts never read."""
    middle = start + (end - start) / 2

    def distance(post_id: str) -> dt.timedelta:
        posted_at = status_time(post_id)
        return abs(posted_at - middle) if posted_at is not None else end - start

    nearest = sorted(post_ids, key=lambda post_id: (distance(post_id), int(post_id)))[:MAX_POSTS_READ]
    return sorted(nearest, key=int)


def _read_status(
    series: Fetcher, result: AccountSearch, handle: str, post_id: str, row: CdxRow
) -> FoundPost | None:
    url = f"https://x.com/{handle}/status/{post_id}"
    posted_at = snowflake_datetime(post_id)
    page = _fetch(series, result, syndication_url(post_id))
    syndicated = reading.syndication_text(page, post_id) if page.ok else None
    author = syndicated.author if syndicated else None
    text = syndicated.text if syndicated else None
    addressed = syndicated.addressed if syndicated else None
    repost_of = syndicated.repost_of if syndicated else None
    forwarded_from = syndicated.forwarded_from if syndicated else None
    forwarded_url = syndicated.forwarded_url if syndicated else None
    if syndicated is not None and author is not None and author.lower() != handle.lower():
        account_id = result.account.account.id
        if account_id is None or syndicated.author_id != account_id:
            # An address with any handle leads to the post: an archived link that named the wrong account
            # lists another account's post under this one. Or the account was renamed: its id tells.
            known = f" (account id {syndicated.author_id})" if syndicated.author_id else ""
            result.notes.append(
                f"{url}: listed under @{handle}, but the post is @{author}'s{known}; not this account's"
                + ("" if account_id else ", unless it was renamed: the registry's id column tells")
            )
            return None
        # The account the registry gives by its id, renamed since the archive copied the post: its post, at
        # the address that names it now. Refused as "@new's", the account's own post was no candidate.
        note = (
            f"@{handle}: the account (id {account_id}) is @{author} now, renamed since the archive copied "
            f"its posts: they are given at the addresses that name @{author}"
        )
        if note not in result.notes:
            result.notes.append(note)
        url = f"https://x.com/{author}/status/{post_id}"
    via = "syndication"
    if text is None:
        memento = _fetch(series, result, row.memento_url)
        archived = (
            reading.archived_post(memento, url) if memento.ok and _copy_of(memento, row.original) else None
        )
        text = archived[2] if archived else None
        via = "memento"
    if text is None:
        result.notes.append(
            f"{url}: listed in the archive, but neither the syndication JSON nor the memento could be read"
        )
        return None
    return FoundPost(
        url=url,
        posted_at=posted_at,
        text=text,
        account=result.account,
        via=via,
        addressed=addressed,
        repost_of=repost_of,
        forwarded_from=forwarded_from,
        forwarded_url=forwarded_url,
        versions=syndicated.versions if syndicated else (),
    )


# --- any platform: archived copies -----------------------------------------------------------------------


def _without_scheme(url: str) -> str:
    rest = url.split("://", 1)[-1].lower()
    return rest.removeprefix("www.")


def _copy_of(memento: Page, original: str) -> bool:
    """Whether the memento read is a copy of `original` (or of the same post at another address, as
    twitter.com's at x.com): the archive sends a copy of a redirect on to the target's copy, another page
    whose words are not the listed URL's."""
    final = memento.final_url
    if final is None or "id_/" not in final:
        return final is None or final == memento.url
    copied = final.split("id_/", 1)[1]
    if _without_scheme(copied) == _without_scheme(original):
        return True
    copied_post, listed_post = post_locator(copied), post_locator(original)
    return listed_post[1] is not None and (
        (copied_post[0] or "").lower(),
        copied_post[1],
    ) == ((listed_post[0] or "").lower(), listed_post[1])


def _copies_of_the_account(rows: list[CdxRow], prefix: str) -> list[CdxRow]:
    """The listed copies that are the account's pages, once each: a copy the archive answered 200 for, of a
    URL at or under the account's (`/rybar` lists `/rybar_official`'s pages too; a redirect's or an error
    page's copy is no post), the first of each URL."""
    wanted = _without_scheme(prefix)
    kept: dict[str, CdxRow] = {}
    for row in rows:
        original = _without_scheme(row.original)
        beyond = original[len(wanted) : len(wanted) + 1]
        error_or_redirect = row.status is not None and row.status.isdigit() and row.status != "200"
        if error_or_redirect or not original.startswith(wanted):
            continue
        if not wanted.endswith("/") and beyond not in ("", "/", "?", "#"):
            continue
        kept.setdefault(original, row)
    return list(kept.values())


def _search_archive(
    series: Fetcher, result: AccountSearch, prefix: str, start: dt.datetime, end: dt.datetime
) -> None:
    query = cdx_query_url(f"{prefix}*", start=start.date(), end=(end + ARCHIVE_LAG).date())
    rows = _cdx_rows(series, result, query)
    if rows == []:
        result.notes.append(f"{prefix}: the archive lists no copy made in the window")
    copies = _copies_of_the_account(rows or [], prefix)
    if len(copies) > MAX_POSTS_READ:
        result.notes.append(
            f"{prefix}: {len(copies)} archived pages in the window; read the first {MAX_POSTS_READ} "
            "(the window may hold more posts)"
        )
    read: dict[str, int] = {}  # a post's key → where its post is in `result.posts`
    for row in copies[:MAX_POSTS_READ]:
        key, address = _archived_post_key(row.original)
        earlier = read.get(key)
        if earlier is not None and _timed(result.posts[earlier]):
            continue  # another copy of a post read with its time (`t.me/c/5` and `t.me/c/5?embed=1`)
        memento = _fetch(series, result, row.memento_url)
        if not memento.ok or not _copy_of(memento, row.original):
            continue
        archived = reading.archived_post(memento, row.original)
        if archived is None:
            continue
        posted_at, day_only, text = archived
        # A day alone (its midnight UTC) is kept when the day touches the window; ranking judges it by day.
        if posted_at is not None and not (
            start <= posted_at < end or (day_only and start.date() <= posted_at.date() <= end.date())
        ):
            continue
        post = FoundPost(
            url=address,
            posted_at=posted_at,
            text=text,
            account=result.account,
            via="memento",
            day_only=day_only,
        )
        if earlier is not None:
            # Two copies of one post, each a candidate, tied with itself: the one giving its time is kept.
            if _timed(post):
                result.posts[earlier] = post
            continue
        read[key] = len(result.posts)
        result.posts.append(post)


def _archived_post_key(original: str) -> tuple[str, str]:
    """(what tells an archived copy's post, the address to give it): a post's channel and id, and its own
    address, for a Telegram or X post's copies (`t.me/c/5`, `t.me/c/5?embed=1`, `?single`), else the URL."""
    channel, post_id = post_locator(original)
    if channel is None or post_id is None:
        return _without_scheme(original), original
    return f"{channel.casefold()}/{post_id}", canonical_url(original)


def _timed(post: FoundPost) -> bool:
    return post.posted_at is not None and not post.day_only
