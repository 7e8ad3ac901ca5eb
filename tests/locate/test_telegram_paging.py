"""Paging a channel preview back to a window: bisecting over ids, then reading back until older than it."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import replace

import pytest

from provenance.locate.rank import cited_day_bounds, window_bounds
from provenance.locate.telegram import MAX_PAGES, ChannelPost, PreviewPage, search_channel

BASE = dt.datetime(2022, 1, 1, tzinfo=dt.UTC)


class Channel:
    """A channel of hourly posts (some ids deleted) whose preview shows the 20 posts below `before`."""

    def __init__(self, count: int, deleted_every: int = 7) -> None:
        self.posts = {
            i: ChannelPost(i, f"https://t.me/example/{i}", BASE + dt.timedelta(hours=i), f"post {i}")
            for i in range(1, count + 1)
            if i % deleted_every
        }
        self.ids = sorted(self.posts)
        self.asked: list[int | None] = []

    def read(self, before: int | None) -> PreviewPage:
        self.asked.append(before)
        shown = [i for i in self.ids if before is None or i < before][-20:]
        return PreviewPage(tuple(self.posts[i] for i in shown))


def _window(first_hour: int, last_hour: int) -> tuple[dt.datetime, dt.datetime]:
    return BASE + dt.timedelta(hours=first_hour), BASE + dt.timedelta(hours=last_hour)


def test_a_day_deep_in_a_long_channel_is_found_in_a_few_dozen_pages_not_thousands() -> None:
    channel = Channel(20_000)
    start, end = _window(5_000, 5_024)

    found = search_channel(channel.read, start, end)

    expected = [i for i in channel.ids if start <= channel.posts[i].posted_at < end]  # type: ignore[operator]
    assert sorted(post.id for post in found.posts) == expected
    assert found.pages <= 30 and found.note is None


class PinnedChannel(Channel):
    """A channel whose preview shows an old post it pinned above every page of posts."""

    def __init__(self, count: int, pinned: int) -> None:
        super().__init__(count)
        self.pinned = replace(self.posts[pinned], pinned=True)

    def read(self, before: int | None) -> PreviewPage:
        return PreviewPage((self.pinned, *super().read(before).posts))


def test_an_old_post_shown_pinned_above_every_page_is_no_bound_of_the_page() -> None:
    # Taken for each page's oldest post, the pin (of hour 3) stopped the search on the newest page, older
    # than any window: the window's posts were never read, and `locate` proposed none of them.
    channel = PinnedChannel(2_000, pinned=3)
    start, end = _window(1_000, 1_024)

    found = search_channel(channel.read, start, end)

    expected = [i for i in channel.ids if start <= channel.posts[i].posted_at < end]  # type: ignore[operator]
    assert sorted(post.id for post in found.posts) == expected
    assert found.note is None


def test_a_pinned_post_of_the_window_is_still_found() -> None:
    channel = PinnedChannel(2_000, pinned=1_010)
    start, end = _window(1_000, 1_024)

    found = search_channel(channel.read, start, end)

    expected = [i for i in channel.ids if start <= channel.posts[i].posted_at < end]  # type: ignore[operator]
    assert sorted(post.id for post in found.posts) == expected


def test_a_window_on_the_newest_page_reads_back_from_the_top() -> None:
    channel = Channel(100)
    start, end = _window(60, 200)

    found = search_channel(channel.read, start, end)

    assert channel.asked[0] is None
    assert sorted(post.id for post in found.posts) == [i for i in channel.ids if i >= 60]


def test_a_window_before_the_channel_existed_finds_nothing_and_stops() -> None:
    channel = Channel(500)
    start, end = _window(-500, -100)

    found = search_channel(channel.read, start, end)

    assert found.posts == [] and found.error is None and found.pages <= 15


def test_an_empty_preview_says_the_channel_shows_nothing() -> None:
    found = search_channel(lambda before: PreviewPage(()), *_window(0, 10))

    assert found.error is not None and "shows no posts" in found.error


def test_a_preview_whose_pages_never_end_is_cut_at_the_page_limit_and_says_so() -> None:
    def endless(before: int | None) -> PreviewPage:
        top = before or 10**9
        return PreviewPage(
            tuple(
                ChannelPost(i, f"https://t.me/x/{i}", BASE + dt.timedelta(days=1), "x")
                for i in range(top - 20, top)
            )
        )

    found = search_channel(endless, BASE, BASE + dt.timedelta(days=2))

    assert found.pages == MAX_PAGES and found.note is not None and "stopped after" in found.note


def test_a_page_that_fails_midway_stops_the_search_and_says_the_window_may_hold_more() -> None:
    channel = Channel(5_000)

    def flaky(before: int | None) -> PreviewPage:
        return PreviewPage((), error="http 429") if before is not None else channel.read(before)

    found = search_channel(flaky, *_window(1_000, 1_024))

    assert found.posts == [] and found.error is None
    assert found.note == "a page could not be read (http 429); the window may hold more posts"


class BusyChannel:
    """A channel posting `per_day` posts a day, evenly, for `days` days from BASE (some ids deleted)."""

    def __init__(self, days: int, per_day: int) -> None:
        step = dt.timedelta(days=1) / per_day
        self.posts = {
            i: ChannelPost(i, f"https://t.me/busy/{i}", BASE + i * step, f"post {i}")
            for i in range(1, days * per_day + 1)
            if i % 7
        }
        self.ids = sorted(self.posts)

    def read(self, before: int | None) -> PreviewPage:
        below = len(self.ids) if before is None else bisect.bisect_left(self.ids, before)
        return PreviewPage(tuple(self.posts[i] for i in self.ids[max(0, below - 20) : below]))

    def posted(self, start: dt.datetime, end: dt.datetime) -> set[int]:
        return {i for i, post in self.posts.items() if start <= post.posted_at < end}  # type: ignore[operator]


CITED = (BASE + dt.timedelta(days=20)).date()


def test_a_channel_of_400_posts_a_day_has_its_whole_window_read_within_the_page_limit() -> None:
    # A bisection of a dozen pages, then the window read back from its end: stopped at 80 pages, "the window
    # may hold more posts", for a channel posting 400 a day.
    channel = BusyChannel(60, 400)
    start, end = window_bounds(CITED, 1)

    found = search_channel(channel.read, start, end, cited_day_bounds(CITED))

    assert {post.id for post in found.posts} == channel.posted(start, end)
    assert found.note is None and found.pages < MAX_PAGES


def test_a_channel_too_busy_to_read_whole_has_its_cited_day_read_first_and_says_what_was_not() -> None:
    # Read from the window's end back, the page limit was spent on the day after the cited one: 187 posts of
    # the cited day were never read, and the note said only that the window may hold more posts.
    channel = BusyChannel(60, 600)
    start, end = window_bounds(CITED, 1)
    core = cited_day_bounds(CITED)

    found = search_channel(channel.read, start, end, core)

    assert channel.posted(*core) <= {post.id for post in found.posts}
    assert found.note is not None and found.note.startswith(
        "stopped after 80 pages (the channel posts about 600 a day): the cited day in every time zone "
        "(2022-01-20 10:00 to 2022-01-22 12:00 UTC), and the posts before it back to 2022-01-19 "
    )
    assert found.note.endswith(
        "and from 2022-01-22 12:00 to 2022-01-23 12:00 UTC may not all have been read, and it may hold more "
        "posts there"
    )


def _utc_day(day: dt.date, hours: float = 0) -> dt.datetime:
    return dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC) + dt.timedelta(hours=hours)


def test_a_cited_day_busier_than_the_page_limit_is_read_from_its_middle_and_says_which_hours() -> None:
    channel = BusyChannel(60, 1_000)
    start, end = window_bounds(CITED, 1)

    found = search_channel(channel.read, start, end, cited_day_bounds(CITED))

    assert found.pages == MAX_PAGES and found.note is not None
    assert channel.posted(_utc_day(CITED), _utc_day(CITED, 24)) <= {post.id for post in found.posts}
    assert found.note.startswith("the channel posted more than ")
    assert found.note.endswith(
        "UTC whole; a post of the cited day outside those hours was not read (give the note's time of day, "
        "or the post's link)"
    )


@pytest.mark.parametrize("per_day", [2_000, 4_000])
def test_a_channel_of_thousands_of_posts_a_day_has_its_cited_day_s_middle_read_first(per_day: int) -> None:
    # Read from the core's end back, a channel of 2,000 posts a day had 12:00 UTC on the day after the cited
    # one back to 17:00 UTC on the cited day read: none of the cited day's morning, in any zone from UTC-7
    # east; its posts were "held by no post read".
    channel = BusyChannel(30, per_day)
    start, end = window_bounds(CITED, 1)

    found = search_channel(channel.read, start, end, cited_day_bounds(CITED))

    read = {post.id for post in found.posts}
    middle = (
        (_utc_day(CITED, 8), _utc_day(CITED, 14))
        if per_day > 2_000
        else (_utc_day(CITED, 2), _utc_day(CITED, 20))
    )
    assert channel.posted(*middle) <= read, "the hours where the cited day falls in the most zones"
    assert found.note is not None and found.note.startswith(
        f"the channel posted more than {len(read):,} posts in the cited day in every time zone (2022-01-20 "
        "10:00 to 2022-01-22 12:00 UTC), more than 80 pages hold: read from its middle, the hours where the "
        "day falls in most zones, "
    )
    hours = found.note.split("most zones, ")[1].split(" UTC whole")[0]
    first, last = (
        dt.datetime.strptime(moment, "%Y-%m-%d %H:%M").replace(tzinfo=dt.UTC)
        for moment in hours.split(" to ")
    )
    assert channel.posted(first + dt.timedelta(minutes=1), last) <= read, "the hours it says were read whole"


@pytest.mark.parametrize("per_day", [24, 400])
def test_the_page_of_a_day_deep_in_a_steady_channel_is_found_by_its_posting_rate_in_a_few_pages(
    per_day: int,
) -> None:
    # Bisected over ids, the first page of a day 20,000 posts back cost eleven pages.
    channel = BusyChannel(800 * 24 // per_day + 30, per_day)
    day = (BASE + dt.timedelta(days=800 * 24 // per_day)).date()
    start, end = cited_day_bounds(day)

    found = search_channel(channel.read, start, end)

    assert {post.id for post in found.posts} == channel.posted(start, end)
    walk = len(channel.posted(start, end)) // 20 + 1
    assert found.pages <= walk + 6


def test_hostile_previews_that_loop_or_climb_are_read_a_bounded_number_of_pages() -> None:
    start, end = window_bounds(CITED, 1)
    late = end + dt.timedelta(days=3)
    same = PreviewPage(tuple(ChannelPost(i, f"https://t.me/x/{i}", late, "x") for i in range(100, 120)))

    looping = search_channel(lambda before: same, start, end, cited_day_bounds(CITED))

    def climbing(before: int | None) -> PreviewPage:
        # Every `before=` answered with posts above it, in the window: the chain never ends.
        first = (before or 10) + 1
        at = BASE + dt.timedelta(days=20)
        return PreviewPage(
            tuple(ChannelPost(i, f"https://t.me/x/{i}", at, "x") for i in range(first, first + 20))
        )

    climbed = search_channel(climbing, start, end, cited_day_bounds(CITED))

    assert looping.posts == [] and looping.pages <= 5
    assert climbed.pages <= MAX_PAGES and climbed.note is not None


def test_a_channel_too_busy_for_its_cited_day_is_read_around_the_moment_the_note_gives_first() -> None:
    # Read around the day's middle (11:00 UTC), the posts of 04:00 to 06:00 UTC were never read, though the
    # note gave 05:00 UTC.
    channel = BusyChannel(30, 4_000)
    start, end = window_bounds(CITED, 1)
    focus = _utc_day(CITED, 5)

    found = search_channel(channel.read, start, end, cited_day_bounds(CITED), focus)

    assert channel.posted(_utc_day(CITED, 4), _utc_day(CITED, 6)) <= {post.id for post in found.posts}
    assert found.note is not None and "read around the note's time (2022-01-21 05:00 UTC), " in found.note
