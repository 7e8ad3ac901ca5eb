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
# What the notes call the span read first: the cited day, or for a note dated to a month, that month.
CITED_DAY = "the cited day"
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
    # The channel's own earlier post it forwards again (`Forwarded from <itself>`), when the header links it.
    repost_of: str | None = None


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
        self._first: tuple[int, dt.datetime] | None = None  # the lowest id seen with its time
        self._last: tuple[int, dt.datetime] | None = None  # the highest

    def page(self, before: int | None) -> PreviewPage:
        """The page below `before`; a page that could not be read stops the search (_Unreadable)."""
        if before not in self._cache:
            if self._search.pages >= MAX_PAGES:
                raise _TooManyPages
            self._search.pages += 1
            self._cache[before] = self._read(before)
            self._seen(self._cache[before])
        page = self._cache[before]
        if page.error is not None:
            raise _Unreadable(page.error)
        return page

    def _seen(self, page: PreviewPage) -> None:
        for post in _timed(page.posts):
            assert post.posted_at is not None
            if self._first is None or post.id < self._first[0]:
                self._first = (post.id, post.posted_at)
            if self._last is None or post.id > self._last[0]:
                self._last = (post.id, post.posted_at)

    @property
    def pages_read(self) -> int:
        return self._search.pages

    def ids_a_page(self) -> float | None:
        """About how many ids one page spans (deleted ids counted), over the pages read of 2 posts or more."""
        spans = [
            (max(ids) - min(ids)) * len(ids) / (len(ids) - 1)
            for page in self._cache.values()
            if len(ids := [post.id for post in _listed(page.posts)]) >= 2
        ]
        return sum(spans) / len(spans) if spans else None

    def posts_a_day(self) -> int | None:
        """About how many posts a day the channel made between the lowest and highest ids read (deleted ids
        counted), when the pages read span an hour or more."""
        if self._first is None or self._last is None:
            return None
        seconds = (self._last[1] - self._first[1]).total_seconds()
        if seconds < 3600:
            return None
        return round((self._last[0] - self._first[0]) * 86400 / seconds)


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


def _rate(posts: list[ChannelPost]) -> float | None:
    """Ids per second over timed posts (a page's): how fast the channel posts there, if the page tells."""
    timed = sorted((post.id, post.posted_at) for post in posts if post.posted_at is not None)
    if len(timed) < 2:
        return None
    (first_id, first_at), (last_id, last_at) = timed[0], timed[-1]
    seconds = (last_at - first_at).total_seconds()
    return (last_id - first_id) / seconds if seconds > 0 and last_id > first_id else None


def _boundary(pager: _Pager, top: PreviewPage, end: dt.datetime) -> int:
    """An id to page back from so that the first page read holds the last post at or before `end`.

    Searches over ids: `newer` is the smallest id seen posted after `end`, `older` the largest id known to be
    at or before it (or below every post). Each probe is the id the posting rate puts at `end` (between the
    two posts that bound it, or from the top page's rate while no post before `end` is known), a bisection
    whenever that did not halve the span: a busy channel's day is found in a few pages, not the dozen a
    bisection takes, which a walk of its window then lacked. Near the boundary a page read just below `newer`
    settles it.
    """
    timed_top = _timed(top.posts)
    newer = min(post.id for post in timed_top)
    newer_at = min(post.posted_at for post in timed_top if post.id == newer and post.posted_at is not None)
    older, older_at = 0, None
    rate = _rate(timed_top)
    guessing = True
    while True:
        state = (older, newer)
        near = newer - older <= _PAGE_SPAN
        guess = _estimate(older, older_at, newer, newer_at, end, rate) if guessing and not near else None
        probe = newer if near else guess if guess is not None else (older + newer) // 2
        page = pager.page(probe)
        timed = _timed(page.posts)
        listed = _listed(page.posts)
        if not listed and probe - 1 > older:
            older, older_at = probe - 1, None  # nothing exists below the probe
        for post in timed:
            assert post.posted_at is not None
            if post.posted_at > end:
                if post.id < newer:
                    newer, newer_at = post.id, post.posted_at
            elif post.id > older:
                older, older_at = post.id, post.posted_at
        rate = _rate(timed) or rate
        if near and (not listed or any(p.posted_at is not None and p.posted_at <= end for p in timed)):
            return newer
        if newer - older <= 1 or ((older, newer) == state and guess is None):
            return newer
        # An estimate that did not halve the span (a channel posting unevenly, ids deleted): the next probe
        # bisects; after a bisection, the rate is asked again.
        guessing = guess is None or (newer - older) * 2 <= state[1] - state[0]


def _estimate(
    older: int,
    older_at: dt.datetime | None,
    newer: int,
    newer_at: dt.datetime,
    end: dt.datetime,
    rate: float | None,
) -> int | None:
    """The id the posting rate puts at `end`, half a page up so that the page below it holds `end`, kept
    inside (older, newer); None when nothing tells the rate."""
    if older_at is not None and newer_at > older_at:
        share = (end - older_at) / (newer_at - older_at)
        guess = older + share * (newer - older)
    elif rate is not None:
        guess = newer - rate * (newer_at - end).total_seconds()
    else:
        return None
    # The page below the probe shows ids above `older`, and the probe is below `newer`: each tells something.
    return int(min(max(guess + _PAGE_SPAN // 2, older + _PAGE_SPAN), newer - 1))


def search_channel(
    read_page: ReadPage,
    start: dt.datetime,
    end: dt.datetime,
    core: tuple[dt.datetime, dt.datetime] | None = None,
    focus: dt.datetime | None = None,
    cited: str = CITED_DAY,
) -> ChannelSearch:
    """Every post of the channel posted in [start, end), read from its preview pages: the `core` span first
    (the cited day in every time zone), then the days before it, then the days after it, so that a channel
    too busy to be read whole in `MAX_PAGES` pages has its cited day read, and the note says what was not.
    Read from the window's end back, a channel of 400 posts a day spent its pages on the day after the cited
    one, and the cited day's posts were never read. A channel whose core the pages left cannot hold at its
    posting rate (over about 800 posts a day) has the core's middle read first (`_middle_to_read`), and the
    note names the hours read whole (`_busy_note`): around `focus` (the moment the note gives, in a zone it
    names) when there is one. `cited` names the core in the notes: `the cited month (2022-01)` for a note
    dated to a month, whose core is the whole month."""
    search = ChannelSearch()
    pager = _Pager(read_page, search)
    try:
        top = pager.page(None)
    except _Unreadable as unreadable:
        search.error = str(unreadable)
        return search
    if not top.posts:
        search.error = "the preview page shows no posts (no such public channel, or its preview is off)"
        return search
    core_start, core_end = core if core is not None else (start, end)
    core_start, core_end = max(core_start, start), min(core_end, end)
    found: dict[int, ChannelPost] = {}
    seen: set[int] = set()
    read: list[str] = []
    middle: tuple[dt.datetime, dt.datetime] | None = None
    middle_ids: set[int] = set()  # the posts read before the core's hours after its middle
    try:
        core_top = _start_id(pager, top, core_end)
        middle = _middle_to_read(pager, core_start, core_end, focus)
        if middle is not None:
            # Too busy for its pages to hold the cited day in every zone: its middle first, the hours where
            # the cited day falls in most zones, then the core's hours before and after it.
            middle_top = _start_id(pager, top, middle[1])
            below = _walk_back(pager, middle_top, middle[0], (start, end), found, seen)
            read.append("middle")
            if below is not None:
                below = _walk_back(pager, below, core_start, (start, end), found, seen)
            read.append("middle and before")
            middle_ids = set(found)
            _walk_back(pager, core_top, middle[1], (start, end), found, seen)
        else:
            below = _walk_back(pager, core_top, core_start, (start, end), found, seen)
        read.append("core")
        if start < core_start and below is not None:
            _walk_back(pager, below, start, (start, end), found, seen)
        read.append("before")
        if core_end < end:
            _walk_back(pager, _start_id(pager, top, end), core_end, (start, end), found, seen)
    except _TooManyPages:
        if middle is not None and "core" not in read:
            search.note = _busy_note(read, (core_start, core_end), middle, found, middle_ids, focus, cited)
        else:
            search.note = _cut_note(read, (start, end), (core_start, core_end), pager, found, cited)
    except _Unreadable as unreadable:
        search.note = f"a page could not be read ({unreadable}); the window may hold more posts"
    search.posts = list(found.values())
    return search


# Pages kept aside, when the cited day is read from its middle, for finding the middle's last page.
_PROBES = 8


def _middle_to_read(
    pager: _Pager, core_start: dt.datetime, core_end: dt.datetime, focus: dt.datetime | None = None
) -> tuple[dt.datetime, dt.datetime] | None:
    """The span of the core to read first when the pages left cannot hold the whole core at the channel's
    posting rate (more than about 800 posts a day): as many hours as they hold, centred on the core's middle
    (11:00 UTC on the cited day, where the day falls in the most zones from UTC-12 to UTC+14); None when the
    core fits, or nothing tells the rate. Read from its end back, a channel of 2,000 posts a day had the
    last 19 hours of the core read, none of the cited day's morning in UTC, and a post of 05:00 UTC was
    "held by no post read". Centred on `focus` instead (kept within the core) when the note gives the moment:
    read around the day's middle, a post at 05:00 UTC on a channel of 4,000 posts a day was not read though
    the note said `05:00 UTC`."""
    busy, page_ids = pager.posts_a_day(), pager.ids_a_page()
    if not busy or not page_ids:
        return None
    left = MAX_PAGES - pager.pages_read - _PROBES
    core = core_end - core_start
    needed = busy * (core / dt.timedelta(days=1)) / page_ids
    if needed <= left:
        return None
    span = core * max(0.0, left) / needed
    middle = core_start + core / 2
    if focus is not None:
        middle = min(max(focus, core_start + span / 2), core_end - span / 2)
    return middle - span / 2, middle + span / 2


def _busy_note(
    read: list[str],
    core: tuple[dt.datetime, dt.datetime],
    middle: tuple[dt.datetime, dt.datetime],
    found: dict[int, ChannelPost],
    middle_ids: set[int],
    focus: dt.datetime | None = None,
    cited: str = CITED_DAY,
) -> str:
    """What a search of a channel too busy for the pages to hold its cited day read (its middle first): the
    hours read whole, and that a post outside them was not read. `middle_ids`: the posts read before the
    walk back from the core's end began (when it did)."""
    in_core = {
        post.id: post.posted_at
        for post in found.values()
        if post.posted_at is not None and core[0] <= post.posted_at < core[1]
    }
    first = core[0] if "middle and before" in read else min(in_core.values(), default=middle[1])
    last = middle[1]
    after = [at for post_id, at in in_core.items() if post_id not in middle_ids and at >= middle[1]]
    after = after if "middle and before" in read else []
    count = len(in_core)
    text = (
        f"the channel posted more than {count:,} posts in {cited} in every time zone ({_utc(core[0])} "
        f"to {_utc(core[1])} UTC), more than {MAX_PAGES} pages hold: read "
        + (
            f"around the note's time ({_utc(focus)} UTC), "
            if focus is not None and cited == CITED_DAY
            # A month-dated note's focus is the day its passage gives the post.
            else f"around the day the passage gives ({focus:%Y-%m-%d}), "
            if focus is not None
            else "from its middle, the hours where the day falls in most zones, "
            if cited == CITED_DAY
            else "from its middle, "
        )
        + f"{_utc(first)} to {_utc(last)} UTC whole"
    )
    if after:
        text += f", and back from {_utc(core[1])} to {_utc(min(after))} UTC"
    if cited != CITED_DAY:
        # A month-dated note: its day, not a time of day, is what narrows the search.
        return (
            text + f"; a post of {cited} outside those hours was not read (give the post's day, or its link)"
        )
    return (
        text + "; a post of the cited day outside those hours was not read (give the note's time of day, or "
        "the post's link)"
    )


def _start_id(pager: _Pager, top: PreviewPage, end: dt.datetime) -> int | None:
    """The id to page back from for the posts at or before `end`: None (the newest page) when the top page
    reaches back to it."""
    oldest_shown = min((post.posted_at for post in _timed(top.posts) if post.posted_at), default=None)
    return _boundary(pager, top, end) if oldest_shown is not None and oldest_shown > end else None


def _cut_note(
    read: list[str],
    window: tuple[dt.datetime, dt.datetime],
    core: tuple[dt.datetime, dt.datetime],
    pager: _Pager,
    found: dict[int, ChannelPost],
    cited: str = CITED_DAY,
) -> str:
    """What a search stopped at the page limit read whole, and what it may not have."""
    busy = pager.posts_a_day()
    said = f"stopped after {MAX_PAGES} pages" + (f" (the channel posts about {busy:,} a day)" if busy else "")
    core_text = f"{cited} in every time zone ({_utc(core[0])} to {_utc(core[1])} UTC)"
    if "core" not in read:
        return f"{said}, before {core_text} was read whole; the window may hold more posts, {cited} too"
    reached = window[0] if "before" in read else core[0]
    if "before" not in read:
        earlier = [post.posted_at for post in found.values() if post.posted_at and post.posted_at < core[0]]
        reached = min(earlier, default=core[0])
    whole = core_text + (f", and the posts before it back to {_utc(reached)}" if reached < core[0] else "")
    unread = [
        f"from {_utc(first)} to {_utc(last)} UTC"
        for first, last in ((window[0], reached), (core[1], window[1]))
        if first < last
    ]
    verb = "were" if reached < core[0] else "was"
    return (
        f"{said}: {whole} {verb} read whole; the window's posts {' and '.join(unread)} may not all have been "
        "read, and it may hold more posts there"
    )


def _utc(moment: dt.datetime) -> str:
    return f"{moment.astimezone(dt.UTC):%Y-%m-%d %H:%M}"


def _walk_back(
    pager: _Pager,
    before: int | None,
    stop_at: dt.datetime,
    window: tuple[dt.datetime, dt.datetime],
    found: dict[int, ChannelPost],
    seen: set[int],
) -> int | None:
    """Read pages back from `before`, keeping the window's posts, until a page reaches before `stop_at`, was
    read already, or the channel's first post; the id to go on from, None at the channel's first post."""
    start, end = window
    while True:
        page = pager.page(before)
        # One id once: a pinned post of the page is shown twice on it, above the page and in its place.
        fresh = list({post.id: post for post in page.posts if post.id not in seen}.values())
        if not fresh:
            return before
        seen.update(post.id for post in fresh)
        for post in fresh:
            if post.posted_at is None or start <= post.posted_at < end:
                found.setdefault(post.id, post)
        listed = _listed(page.posts)
        if not listed:
            return None
        timed = _timed(page.posts)
        before = min(post.id for post in listed)
        if before <= 1:
            return None
        if timed and min(post.posted_at for post in timed if post.posted_at) < stop_at:
            return before
