"""Searching a Telegram channel's public preview (`https://t.me/s/<channel>`) for the posts of a time window.

The preview shows about twenty posts a page, newest last; `?before=<id>` shows the page of posts older than
that id. Message ids carry no time, so the page where the window ends is found by bisecting over ids (each
probe is one page, whose posts bound the answer), then pages are read backwards until they are older than the
window. A channel with years of posts after the cited day costs a few dozen pages, not thousands. A post the
preview shows pinned above a page (`ChannelPost.pinned`) is a candidate like any other, but never bounds the
page: an old pin taken for the page's oldest post ended the search on the newest page.

The paging logic is pure given `read_page`, the one function that fetches (and records) a page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field

MAX_PAGES = 80
_PAGE_SPAN = 20  # about how many posts one preview page shows


@dataclass(frozen=True)
class ChannelPost:
    id: int
    url: str
    posted_at: dt.datetime | None
    text: str
    # Whose post it forwards, when another account's (`'Grey Zone' (@grey_zone)`): its words are theirs.
    forwarded_from: str | None = None
    # The original post a forward of another's links to (`https://t.me/grey_zone/12345`), when public.
    forwarded_url: str | None = None
    # A post the channel pinned, which its preview shows on every page, out of the page's order of ids and
    # times: a candidate of its own, but no bound of the page.
    pinned: bool = False
    # The preview says the post was edited: it shows only the last version's words.
    edited: bool = False
    # A channel's service notice (a pin, a new photo or name): no one posted it, so it is no candidate, but
    # its time bounds the page as a post's does.
    service_notice: bool = False
    # The preview shows none of the message's words ("Please open Telegram to view this post", a restriction
    # notice): whatever it says was never compared with a quote.
    words_unseen: bool = False
    # The words of the message it replies to, as the preview shows them above its own (cut short): not its
    # words, but the message they are may be the one a report quotes.
    in_reply_to: str | None = None
    # Who wrote the message it replies to, as the preview names them above the reply.
    in_reply_to_author: str | None = None


@dataclass(frozen=True)
class PreviewPage:
    """One preview page as read: its posts (any order), or why it could not be read."""

    posts: tuple[ChannelPost, ...]
    error: str | None = None


ReadPage = Callable[[int | None], PreviewPage]  # `before` id (None: the newest page) → the page


def preview_url(channel: str, before: int | None = None) -> str:
    return f"https://t.me/s/{channel}" + (f"?before={before}" if before is not None else "")


@dataclass
class ChannelSearch:
    """The posts of the window found in a channel, how many pages it took, and what went wrong if anything."""

    posts: list[ChannelPost] = field(default_factory=list)
    pages: int = 0
    error: str | None = None
    note: str | None = None


class _Pager:
    def __init__(self, read_page: ReadPage, search: ChannelSearch) -> None:
        self._read = read_page
        self._search = search
        self._cache: dict[int | None, PreviewPage] = {}

    def page(self, before: int | None) -> PreviewPage:
        """The page below `before`; a page that could not be read stops the search (_Unreadable)."""
        if before not in self._cache:
            if self._search.pages >= MAX_PAGES:
                raise _TooManyPages
            self._search.pages += 1
            self._cache[before] = self._read(before)
        page = self._cache[before]
        if page.error is not None:
            raise _Unreadable(page.error)
        return page


class _TooManyPages(Exception):
    pass


class _Unreadable(Exception):
    pass


def _listed(posts: tuple[ChannelPost, ...]) -> list[ChannelPost]:
    """The posts a page lists in their order, a pinned post shown above them left out: an old pinned post
    taken for the page's oldest made the search stop on the newest page, or bisect below the window."""
    return [post for post in posts if not post.pinned]


def _timed(posts: tuple[ChannelPost, ...]) -> list[ChannelPost]:
    return [post for post in _listed(posts) if post.posted_at is not None]


def _boundary(pager: _Pager, top: PreviewPage, end: dt.datetime) -> int:
    """An id to page back from so that the first page read holds the last post at or before `end`.

    Bisects over ids: `newer` is the smallest id seen posted after `end`, `older` the largest id known to be
    at or before it (or below every post). Near the boundary a page read just below `newer` settles it.
    """
    newer = min(post.id for post in _timed(top.posts))
    older = 0
    while True:
        state = (older, newer)
        near = newer - older <= _PAGE_SPAN
        probe = newer if near else (older + newer) // 2
        page = pager.page(probe)
        timed = _timed(page.posts)
        listed = _listed(page.posts)
        if not listed:
            older = max(older, probe - 1)  # nothing exists below the probe
        for post in timed:
            if post.posted_at is not None and post.posted_at > end:
                newer = min(newer, post.id)
            else:
                older = max(older, post.id)
        if near and (not listed or any(p.posted_at is not None and p.posted_at <= end for p in timed)):
            return newer
        if newer - older <= 1 or (older, newer) == state:
            return newer


def search_channel(read_page: ReadPage, start: dt.datetime, end: dt.datetime) -> ChannelSearch:
    """Every post of the channel posted in [start, end), read from its preview pages."""
    search = ChannelSearch()
    pager = _Pager(read_page, search)
    try:
        top = pager.page(None)
    except _Unreadable as unreadable:
        search.error = str(unreadable)
        return search
    try:
        if not top.posts:
            search.error = "the preview page shows no posts (no such public channel, or its preview is off)"
            return search
        timed_top = _timed(top.posts)
        oldest_shown = min((post.posted_at for post in timed_top if post.posted_at), default=None)
        before = _boundary(pager, top, end) if oldest_shown is not None and oldest_shown > end else None
        _walk_back(pager, before, start, end, search)
    except _TooManyPages:
        search.note = f"stopped after {MAX_PAGES} pages; the window may hold more posts"
    except _Unreadable as unreadable:
        search.note = f"a page could not be read ({unreadable}); the window may hold more posts"
    return search


def _walk_back(
    pager: _Pager, before: int | None, start: dt.datetime, end: dt.datetime, search: ChannelSearch
) -> None:
    seen: set[int] = set()
    while True:
        page = pager.page(before)
        # One id once: a pinned post of the page is shown twice on it, above the page and in its place.
        fresh = list({post.id: post for post in page.posts if post.id not in seen}.values())
        if not fresh:
            return
        seen.update(post.id for post in fresh)
        search.posts += [post for post in fresh if post.posted_at is None or start <= post.posted_at < end]
        timed = _timed(page.posts)
        if timed and min(post.posted_at for post in timed if post.posted_at) < start:
            return
        listed = _listed(page.posts)
        if not listed:
            return
        before = min(post.id for post in listed)
        if before <= 1:
            return
