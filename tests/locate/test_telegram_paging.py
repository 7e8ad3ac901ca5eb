"""Paging a channel preview back to a window: bisecting over ids, then reading back until older than it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

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
