"""Searching an account's pages: which listed copies and preview posts become found posts (a stand-in series
answers each URL; no network)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from typing import cast

import pytest

from provenance.capture.series import CaptureSeries, Page
from provenance.locate.cdx import MAX_ROWS, CdxRow
from provenance.locate.registry import Account, AccountMatch
from provenance.locate.search import MAX_POSTS_READ, PagesOnce, nearest_the_middle, search_account
from provenance.models import Platform
from provenance.side_urls import syndication_url

START = dt.datetime(2022, 1, 20, 10, tzinfo=dt.UTC)
END = dt.datetime(2022, 1, 22, 12, tzinfo=dt.UTC)
_HEADER = ["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"]


class _Series:
    """Answers each URL with its page (a redirect's final URL given with it), else 404; counts fetches."""

    def __init__(self, pages: Mapping[str, tuple[bytes, str | None]]) -> None:
        self.pages = pages
        self.fetched: list[str] = []

    def fetch(self, url: str) -> Page:
        self.fetched.append(url)
        key = "cdx" if url.startswith("https://web.archive.org/cdx/") else url
        if key not in self.pages:
            return Page(url, url, 404, (), b"", None, False)
        body, final = self.pages[key]
        return Page(url, final or url, 200, (("Content-Type", "text/html"),), body, None, False)


def _post_page(text: str) -> bytes:
    return (
        f'<html><head><meta property="og:description" content="{text}">'
        '<meta property="article:published_time" content="2022-01-21T10:00:00Z"></head></html>'
    ).encode()


def _listing(*rows: tuple[str, str, str]) -> bytes:
    return json.dumps(
        [
            _HEADER,
            *([original, stamp, original, "text/html", status, "D", "1"] for original, stamp, status in rows),
        ]
    ).encode()


def _memento(stamp: str, original: str) -> str:
    return CdxRow(stamp, original, "200", "text/html").memento_url


def _search(account: Account, series: _Series) -> list[tuple[str, str]]:
    found = search_account(cast(CaptureSeries, series), AccountMatch(account, 1.0, "x", "x"), START, END)
    return [(post.url, post.text) for post in found.posts]


VK = Account(name="Rybar", platform=Platform.VK, url="https://vk.com/rybar")


def test_a_listed_copy_of_another_account_under_the_same_prefix_is_not_the_account_s_post() -> None:
    # `vk.com/rybar*` lists `vk.com/rybar_official`'s pages too: their words were found as Rybar's posts.
    series = _Series(
        {
            "cdx": (_listing(("https://vk.com/rybar_official", "20220121120000", "200")), None),
            _memento("20220121120000", "https://vk.com/rybar_official"): (
                _post_page("Bridge reopened."),
                None,
            ),
        }
    )

    assert _search(VK, series) == []


def test_the_account_s_own_page_and_the_pages_under_it_are_read() -> None:
    pages = {
        "cdx": (
            _listing(
                ("https://vk.com/rybar", "20220121120000", "200"),
                ("https://vk.com/rybar/wall1", "20220121130000", "200"),
                ("https://vk.com/rybar?w=wall2", "20220121140000", "200"),
            ),
            None,
        ),
        _memento("20220121120000", "https://vk.com/rybar"): (_post_page("Front page."), None),
        _memento("20220121130000", "https://vk.com/rybar/wall1"): (_post_page("Bridge reopened."), None),
        _memento("20220121140000", "https://vk.com/rybar?w=wall2"): (_post_page("Road closed."), None),
    }

    assert _search(VK, _Series(pages)) == [
        ("https://vk.com/rybar", "Front page."),
        ("https://vk.com/rybar/wall1", "Bridge reopened."),
        ("https://vk.com/rybar?w=wall2", "Road closed."),
    ]


def test_a_copy_that_redirected_to_another_page_is_not_the_listed_post() -> None:
    # The archive's copy of a redirect leads to the target's copy: the channel's front page was read as the
    # listed post, dated by it and ranked for its words.
    listed = "https://t.me/desk/41"
    memento = _memento("20220121120000", listed)
    elsewhere = _memento("20220121120005", "https://t.me/other_desk/7")
    series = _Series(
        {
            "cdx": (_listing((listed, "20220121120000", "200")), None),
            memento: (_post_page("Bridge reopened."), elsewhere),
        }
    )
    account = Account(name="Desk", platform=Platform.TELEGRAM, handle="desk")

    assert _search(account, series) == []


def test_a_copy_sent_on_to_another_moment_of_the_same_url_is_read() -> None:
    listed = "https://t.me/desk/41"
    memento = _memento("20220121120000", listed)
    series = _Series(
        {
            "cdx": (_listing((listed, "20220121120000", "200")), None),
            memento: (_post_page("Bridge reopened."), _memento("20220121120007", "http://t.me/desk/41")),
        }
    )
    account = Account(name="Desk", platform=Platform.TELEGRAM, handle="desk")

    assert _search(account, series) == [(listed, "Bridge reopened.")]


def test_a_listed_redirect_or_error_copy_is_not_read_and_a_url_listed_twice_is_read_once() -> None:
    rows = (
        ("https://t.me/desk/40", "20220121110000", "302"),
        ("https://t.me/desk/41", "20220121120000", "200"),
        ("http://t.me/desk/41", "20220121120500", "200"),
        ("https://t.me/desk/42", "20220121130000", "404"),
    )
    series = _Series(
        {"cdx": (_listing(*rows), None)}
        | {_memento(stamp, url): (_post_page(f"Post at {stamp}."), None) for url, stamp, _ in rows}
    )
    account = Account(name="Desk", platform=Platform.TELEGRAM, handle="desk")

    assert _search(account, series) == [("https://t.me/desk/41", "Post at 20220121120000.")]
    assert sum("id_/" in url for url in series.fetched) == 1


def test_a_forward_in_the_channel_s_preview_is_found_as_a_forward_of_its_author_s_post() -> None:
    preview = (
        b'<html><body><div class="tgme_widget_message" data-post="desk/41">'
        b'<div class="tgme_widget_message_forwarded_from">Forwarded from <a '
        b'class="tgme_widget_message_forwarded_from_name" href="https://t.me/grey_zone/5">Grey Zone</a></div>'
        b'<div class="tgme_widget_message_text">Bridge reopened.</div>'
        b'<time datetime="2022-01-21T10:00:00+00:00"></time></div></body></html>'
    )
    account = Account(name="Desk", platform=Platform.TELEGRAM, handle="desk")
    series = _Series({"https://t.me/s/desk": (preview, None)})

    found = search_account(cast(CaptureSeries, series), AccountMatch(account, 1.0, "x", "x"), START, END)

    assert [(post.url, post.forwarded_from, post.forwarded_url) for post in found.posts] == [
        ("https://t.me/desk/41", "'Grey Zone' (@grey_zone)", "https://t.me/grey_zone/5")
    ]


def test_a_service_notice_in_the_preview_is_no_post_found_and_a_hidden_post_is_found_unseen() -> None:
    # "Desk pinned «…»" is no one's post: found, it was listed (first, when no quote told posts apart) and
    # written to the citations file as the cited post. A story shown only in the app is a post, words unseen.
    preview = (
        b'<html><body><div class="tgme_widget_message service_message" data-post="desk/41">'
        b'<div class="tgme_widget_message_text">Desk pinned \xc2\xabBridge reopened.\xc2\xbb</div>'
        b'<time datetime="2022-01-21T10:00:00+00:00"></time></div>'
        b'<div class="tgme_widget_message" data-post="desk/42"><div class="tgme_widget_message_bubble">'
        b'<div class="message_media_not_supported_wrap">Please open Telegram to view this post</div></div>'
        b'<time datetime="2022-01-21T11:00:00+00:00"></time></div>'
        b'<div class="tgme_widget_message" data-post="desk/43">'
        b'<div class="tgme_widget_message_text">Bridge reopened.</div>'
        b'<time datetime="2022-01-21T12:00:00+00:00"></time></div></body></html>'
    )
    account = Account(name="Desk", platform=Platform.TELEGRAM, handle="desk")
    series = _Series({"https://t.me/s/desk": (preview, None)})

    found = search_account(cast(CaptureSeries, series), AccountMatch(account, 1.0, "x", "x"), START, END)

    assert [(post.url, post.words_unseen, post.text) for post in found.posts] == [
        ("https://t.me/desk/42", True, ""),
        ("https://t.me/desk/43", False, "Bridge reopened."),
    ]


def _snowflake(at: dt.datetime) -> str:
    return str((int(at.timestamp() * 1000) - 1288834974657) << 22)


@pytest.mark.parametrize(
    ("author", "account_id", "found"),
    [
        ("other_desk", None, False),
        ("other_desk", "77", False),
        ("Desk", None, True),
        ("desk_now", "42", True),
    ],
)
def test_a_status_listed_under_the_account_but_posted_by_another_is_not_the_account_s(
    author: str, account_id: str | None, found: bool
) -> None:
    # x.com/<any handle>/status/<id> leads to the post: an archived link naming the wrong account listed
    # @other_desk's post as @desk's, proposed with speaker 1.00. The account's own post, renamed since
    # (@desk_now, the registry's id 42 in the JSON), is its post.
    post_id = _snowflake(dt.datetime(2022, 1, 21, 10, tzinfo=dt.UTC))
    listed = f"https://twitter.com/desk/status/{post_id}"
    tweet = {
        "__typename": "Tweet",
        "id_str": post_id,
        "text": "Bridge reopened.",
        "user": {"screen_name": author, "id_str": "42"},
    }
    series = _Series(
        {
            "cdx": (_listing((listed, "20220121120000", "200")), None),
            syndication_url(post_id): (json.dumps(tweet).encode(), None),
        }
    )
    account = Account(name="Desk", platform=Platform.TWITTER, handle="desk", id=account_id)

    result = search_account(cast(CaptureSeries, series), AccountMatch(account, 1.0, "x", "x"), START, END)

    posts = [(post.url, post.text) for post in result.posts]
    shown = "desk_now" if author == "desk_now" else "desk"
    assert posts == ([(f"https://x.com/{shown}/status/{post_id}", "Bridge reopened.")] if found else [])
    said = (
        f"https://x.com/desk/status/{post_id}: listed under @desk, but the post is @other_desk's (account id "
        "42); not this account's"
    )
    assert any(note.startswith(said) for note in result.notes) is not found


@pytest.mark.parametrize("pages", [61, 60])
def test_an_archive_listing_of_more_pages_than_are_read_says_the_window_may_hold_more(pages: int) -> None:
    # The first 60 were read and the rest left in silence: the cited post could be among them, and the best
    # of those read was proposed as though the window had been read whole.
    rows = [(f"https://vk.com/rybar/wall{index}", "20220121120000", "200") for index in range(pages)]
    series = _Series({"cdx": (_listing(*rows), None)})

    found = search_account(cast(CaptureSeries, series), AccountMatch(VK, 1.0, "x", "x"), START, END)

    said = "vk.com/rybar: 61 archived pages in the window; read the first 60 (the window may hold more posts)"
    assert found.notes == ([said] if pages == 61 else [])


@pytest.mark.parametrize(
    ("account", "original"),
    [
        (VK, "https://vk.com/rybar/wall{}"),
        (Account(name="Desk", platform=Platform.TWITTER, handle="desk"), "https://x.com/desk/status/{}"),
    ],
    ids=["any-platform", "x"],
)
def test_an_archive_listing_cut_at_its_row_limit_says_the_window_may_hold_more(
    account: Account, original: str
) -> None:
    rows = [(original.format(index), "20220121120000", "200") for index in range(MAX_ROWS)]
    series = _Series({"cdx": (_listing(*rows), None)})

    found = search_account(cast(CaptureSeries, series), AccountMatch(account, 1.0, "x", "x"), START, END)

    assert any(
        note.startswith("archive listing https://web.archive.org/cdx/search/cdx?")
        and note.endswith(": cut at 5,000 rows; the window may hold more posts")
        for note in found.notes
    )


def test_of_a_busy_account_s_archived_statuses_those_posted_on_the_cited_day_are_read() -> None:
    # 300 posts a day, all archived, searched a day either side of the cited day: the first 60 by id were
    # read, every one from two days before it, and the footnote's post, on the day, never was.
    start, end = START - dt.timedelta(days=1), END + dt.timedelta(days=1)
    every = dt.timedelta(minutes=5)
    ids = [_snowflake(start + index * every) for index in range(int((end - start) / every))]
    cited = _snowflake(dt.datetime(2022, 1, 21, 12, tzinfo=dt.UTC))
    assert cited in ids and len(ids) > MAX_POSTS_READ
    pages: dict[str, tuple[bytes, str | None]] = {
        "cdx": (
            _listing(*((f"https://twitter.com/desk/status/{i}", "20220125000000", "200") for i in ids)),
            None,
        )
    }
    for post_id in ids:
        text = "Bridge reopened." if post_id == cited else f"Update {post_id}."
        tweet = {"__typename": "Tweet", "id_str": post_id, "text": text, "user": {"screen_name": "desk"}}
        pages[syndication_url(post_id)] = (json.dumps(tweet).encode(), None)
    account = Account(name="Desk", platform=Platform.TWITTER, handle="desk")

    found = search_account(
        cast(CaptureSeries, _Series(pages)), AccountMatch(account, 1.0, "x", "x"), start, end
    )

    assert len(found.posts) == MAX_POSTS_READ
    assert f"https://x.com/desk/status/{cited}" in [post.url for post in found.posts]
    middle = start + (end - start) / 2
    assert all(
        abs(post.posted_at - middle) <= dt.timedelta(hours=3) for post in found.posts if post.posted_at
    )
    said = (
        f"@desk: {len(ids)} archived statuses in the window; read the {MAX_POSTS_READ} posted nearest the "
        "cited day (the window may hold more posts)"
    )
    assert said in found.notes


def test_an_account_with_no_more_statuses_than_are_read_has_each_read() -> None:
    ids = [_snowflake(START + index * dt.timedelta(hours=1)) for index in range(MAX_POSTS_READ)]

    assert nearest_the_middle(list(reversed(ids)), START, END) == ids


def test_a_reply_in_the_channel_s_preview_is_found_with_the_words_it_answers_kept_apart() -> None:
    # The message a post answers is a lead to the post a report may quote (`rank.score_post` says so); its
    # words are never the reply's own.
    preview = (
        b'<html><body><div class="tgme_widget_message" data-post="desk/41">'
        b'<a class="tgme_widget_message_reply" href="https://t.me/desk/7">'
        b'<div class="tgme_widget_message_text js-message_reply_text">The bridge was struck.</div></a>'
        b'<div class="tgme_widget_message_text js-message_text">Confirmed.</div>'
        b'<time datetime="2022-01-21T10:00:00+00:00"></time></div></body></html>'
    )
    account = Account(name="Desk", platform=Platform.TELEGRAM, handle="desk")
    series = _Series({"https://t.me/s/desk": (preview, None)})

    found = search_account(cast(CaptureSeries, series), AccountMatch(account, 1.0, "x", "x"), START, END)

    assert [(post.url, post.text, post.in_reply_to) for post in found.posts] == [
        ("https://t.me/desk/41", "Confirmed.", "The bridge was struck.")
    ]


def test_a_reply_in_the_preview_is_found_with_whom_it_answers() -> None:
    # Telegram names the author of the message a reply answers above it, not in the reply's words: without
    # it, the reply's `You wrote «…»` gave the words to nobody, and they ranked as the channel's own.
    preview = (
        b'<html><body><div class="tgme_widget_message" data-post="desk/41">'
        b'<a class="tgme_widget_message_reply" href="https://t.me/rumours/7">'
        b'<div class="tgme_widget_message_author"><span class="tgme_widget_message_author_name">'
        b"Rumour Mill</span></div>"
        b'<div class="tgme_widget_message_text js-message_reply_text">The bridge was struck.</div></a>'
        b'<div class="tgme_widget_message_text js-message_text">'
        b"You wrote \xc2\xabThe bridge was struck\xc2\xbb. False.</div>"
        b'<time datetime="2022-01-21T10:00:00+00:00"></time></div></body></html>'
    )
    account = Account(name="Desk", platform=Platform.TELEGRAM, handle="desk")
    series = _Series({"https://t.me/s/desk": (preview, None)})

    found = search_account(cast(CaptureSeries, series), AccountMatch(account, 1.0, "x", "x"), START, END)

    assert [(post.url, post.addressed) for post in found.posts] == [("https://t.me/desk/41", "Rumour Mill")]


def test_an_archived_x_reply_is_found_with_the_account_it_answers() -> None:
    # X's JSON says whom a reply answers (`in_reply_to_screen_name`); the reply's text need not open with it.
    post_id = _snowflake(dt.datetime(2022, 1, 21, 10, tzinfo=dt.UTC))
    listed = f"https://twitter.com/desk/status/{post_id}"
    tweet = {
        "__typename": "Tweet",
        "id_str": post_id,
        "text": "You wrote “the bridge was struck”. False.",
        "in_reply_to_screen_name": "rumourmill",
        "user": {"screen_name": "desk", "id_str": "42"},
    }
    series = _Series(
        {
            "cdx": (_listing((listed, "20220121120000", "200")), None),
            syndication_url(post_id): (json.dumps(tweet).encode(), None),
        }
    )
    account = Account(name="Desk", platform=Platform.TWITTER, handle="desk")

    result = search_account(cast(CaptureSeries, series), AccountMatch(account, 1.0, "x", "x"), START, END)

    assert [post.addressed for post in result.posts] == ["rumourmill"]


def test_a_channel_s_forward_of_its_own_post_is_found_as_a_repost_of_it() -> None:
    preview = (
        b'<html><body><div class="tgme_widget_message" data-post="desk/41">'
        b'<div class="tgme_widget_message_forwarded_from">Forwarded from <a '
        b'class="tgme_widget_message_forwarded_from_name" href="https://t.me/desk/5">Desk</a></div>'
        b'<div class="tgme_widget_message_text">Bridge reopened.</div>'
        b'<time datetime="2022-01-21T10:00:00+00:00"></time></div></body></html>'
    )
    account = Account(name="Desk", platform=Platform.TELEGRAM, handle="desk")
    series = _Series({"https://t.me/s/desk": (preview, None)})

    found = search_account(cast(CaptureSeries, series), AccountMatch(account, 1.0, "x", "x"), START, END)

    assert [(post.url, post.forwarded_from, post.repost_of) for post in found.posts] == [
        ("https://t.me/desk/41", None, "https://t.me/desk/5")
    ]


def test_an_archived_x_repost_of_the_account_s_own_post_names_the_post_it_reposts() -> None:
    # Its id is the repost's, of the cited day; its words the account's own post's of the day before: read
    # as a post of its own, it tied with that post, and no post was proposed.
    original_id = _snowflake(dt.datetime(2022, 1, 21, 1, tzinfo=dt.UTC))
    repost_id = _snowflake(dt.datetime(2022, 1, 21, 10, tzinfo=dt.UTC))
    words = "Dialogue, not drones, is the only way forward."
    user = {"screen_name": "desk", "id_str": "42"}
    original = {"__typename": "Tweet", "id_str": original_id, "text": words, "user": user}
    repost = {
        "__typename": "Tweet",
        "id_str": repost_id,
        "text": f"RT @desk: {words}",
        "user": user,
        "retweeted_tweet": {**original, "created_at": "2022-01-21T01:00:00.000Z"},
    }
    series = _Series(
        {
            "cdx": (
                _listing(
                    (f"https://twitter.com/desk/status/{original_id}", "20220121120000", "200"),
                    (f"https://twitter.com/desk/status/{repost_id}", "20220121120000", "200"),
                ),
                None,
            ),
            syndication_url(original_id): (json.dumps(original).encode(), None),
            syndication_url(repost_id): (json.dumps(repost).encode(), None),
        }
    )
    account = Account(name="Desk", platform=Platform.TWITTER, handle="desk")

    result = search_account(cast(CaptureSeries, series), AccountMatch(account, 1.0, "x", "x"), START, END)

    assert sorted((post.url, post.text, post.repost_of) for post in result.posts) == sorted(
        [
            (f"https://x.com/desk/status/{original_id}", words, None),
            (f"https://x.com/desk/status/{repost_id}", words, f"https://x.com/desk/status/{original_id}"),
        ]
    )


def test_two_archived_copies_of_one_telegram_post_are_one_post_at_its_address_with_its_time() -> None:
    # `t.me/desk/41` (its description alone) and `t.me/desk/41?embed=1` (the widget, with its time): two
    # candidates of the same words, tied with each other, and none proposed.
    plain, embed = "https://t.me/desk/41", "https://t.me/desk/41?embed=1"
    widget = (
        b'<html><head><meta property="og:description" content="Bridge reopened."></head><body>'
        b'<time datetime="2022-01-21T10:00:00+00:00">10:00</time></body></html>'
    )
    series = _Series(
        {
            "cdx": (_listing((plain, "20220121120000", "200"), (embed, "20220121120005", "200")), None),
            _memento("20220121120000", plain): (
                b'<html><head><meta property="og:description" content="Bridge reopened."></head></html>',
                None,
            ),
            _memento("20220121120005", embed): (widget, None),
        }
    )
    account = Account(name="Desk", platform=Platform.TELEGRAM, handle="desk")

    found = search_account(cast(CaptureSeries, series), AccountMatch(account, 1.0, "x", "x"), START, END)

    assert [(post.url, post.text, post.posted_at) for post in found.posts] == [
        (plain, "Bridge reopened.", dt.datetime(2022, 1, 21, 10, tzinfo=dt.UTC))
    ]


class _SamePage:
    """Answers each URL beginning with a prefix with one page, whatever its cursor (a hostile API)."""

    def __init__(self, pages: Mapping[str, bytes]) -> None:
        self.pages = pages
        self.fetched: list[str] = []

    def fetch(self, url: str) -> Page:
        self.fetched.append(url)
        for prefix, body in self.pages.items():
            if url.startswith(prefix):
                return Page(url, url, 200, (("Content-Type", "application/json"),), body, None, False)
        return Page(url, url, 404, (), b"", None, False)


_NOON = "2022-01-21T12:00:00.000Z"


def _bluesky_loop() -> tuple[Account, dict[str, bytes]]:
    did, handle = "did:plc:deskexampleaaaaaaaaaaaaa", "desk.example.social"
    post = {
        "uri": f"at://{did}/app.bsky.feed.post/3kdesk0001",
        "cid": "c",
        "author": {"did": did, "handle": handle},
        "record": {"text": "Bridge reopened.", "createdAt": _NOON},
        "indexedAt": _NOON,
    }
    page = {"feed": [{"post": post}], "cursor": "same"}
    account = Account(name="Desk", platform=Platform.BLUESKY, handle=handle)
    return account, {"https://public.api.bsky.app/": json.dumps(page).encode()}


def _mastodon_loop() -> tuple[Account, dict[str, bytes]]:
    status = {
        "id": str((int(dt.datetime(2022, 1, 21, 12, tzinfo=dt.UTC).timestamp() * 1000) << 16) + 7),
        "created_at": _NOON,
        "content": "<p>Bridge reopened.</p>",
        "url": "https://social.example/@desk/1",
        "uri": "https://social.example/users/desk/statuses/1",
        "account": {"id": "5", "acct": "desk", "username": "desk"},
        "visibility": "public",
    }
    account = Account(name="Desk", platform=Platform.MASTODON, handle="desk@social.example")
    return account, {
        "https://social.example/api/v1/accounts/lookup": json.dumps({"id": "5", "acct": "desk"}).encode(),
        "https://social.example/api/v1/accounts/5/statuses": json.dumps([status]).encode(),
    }


def _reddit_loop() -> tuple[Account, dict[str, bytes]]:
    thing = {
        "kind": "t3",
        "data": {
            "id": "1b0001",
            "name": "t3_1b0001",
            "title": "Bridge reopened.",
            "selftext": "",
            "author": "desk",
            "subreddit": "harbourtown",
            "created_utc": dt.datetime(2022, 1, 21, 12, tzinfo=dt.UTC).timestamp(),
            "permalink": "/r/harbourtown/comments/1b0001/bridge/",
            "is_self": True,
        },
    }
    listing = {"kind": "Listing", "data": {"children": [thing], "after": "t3_same"}}
    account = Account(name="Desk", platform=Platform.REDDIT, handle="desk")
    return account, {"https://www.reddit.com/user/desk/": json.dumps(listing).encode()}


@pytest.mark.parametrize("looping", [_bluesky_loop, _mastodon_loop, _reddit_loop])
def test_a_feed_whose_next_page_is_one_already_read_stops_there_and_says_so(looping: object) -> None:
    # A cursor given back again was followed to the page limit (30 pages of Bluesky's feed, 25 of Mastodon's,
    # 10 of each Reddit listing), each the same page, its posts found again, then "stopped after N pages".
    account, pages = looping()  # type: ignore[operator]
    series = _SamePage(pages)

    found = search_account(cast(CaptureSeries, series), AccountMatch(account, 1.0, "x", "x"), START, END)

    assert len(series.fetched) <= 5
    assert {post.text for post in found.posts} == {"Bridge reopened."}
    assert any("sends back to a page already read" in note for note in found.notes)
    assert not found.read_whole


def test_an_archived_x_repost_of_another_s_post_is_their_words_not_the_account_s() -> None:
    # The JSON gave the repost no words of its own, so its archived copy was read, showing the reposted words
    # as the account's own post: proposed at speaker 1.00 for words another account posted.
    repost_id = _snowflake(dt.datetime(2022, 1, 21, 10, tzinfo=dt.UTC))
    listed = f"https://twitter.com/desk/status/{repost_id}"
    words = "The bridge was struck overnight."
    other = {"screen_name": "rumourmill", "name": "Rumour Mill", "id_str": "77"}
    repost = {
        "__typename": "Tweet",
        "id_str": repost_id,
        "text": "",
        "user": {"screen_name": "desk", "id_str": "42"},
        "retweeted_tweet": {"id_str": "1484000000000000000", "text": words, "user": other},
    }
    series = _Series(
        {
            "cdx": (_listing((listed, "20220121120000", "200")), None),
            syndication_url(repost_id): (json.dumps(repost).encode(), None),
            _memento("20220121120000", listed): (_post_page(words), None),
        }
    )
    account = Account(name="Desk", platform=Platform.TWITTER, handle="desk")

    result = search_account(cast(CaptureSeries, series), AccountMatch(account, 1.0, "x", "x"), START, END)

    (post,) = result.posts
    assert (post.text, post.forwarded_url) == (words, "https://x.com/rumourmill/status/1484000000000000000")
    assert post.forwarded_from is not None and "Rumour Mill" in post.forwarded_from
    assert not any("id_/" in url for url in series.fetched), "its archived copy is not read as its words"


def test_pages_once_fetches_each_url_once_its_refusal_too_and_refetches_what_it_could_not_keep() -> None:
    series = _Series({"https://t.me/s/a": (b"x" * 10, None), "https://t.me/s/b": (b"y" * 30, None)})
    pages = PagesOnce(series, kept_bytes=20)
    first = pages.fetch("https://t.me/s/a")
    assert pages.fetch("https://t.me/s/a") is first and first.body == b"x" * 10
    refused = pages.fetch("https://t.me/s/gone")
    assert refused.status == 404 and pages.fetch("https://t.me/s/gone") is refused
    # 30 bytes do not fit the 10 left of 20 kept: fetched again rather than held.
    pages.fetch("https://t.me/s/b")
    pages.fetch("https://t.me/s/b")
    assert series.fetched == [
        "https://t.me/s/a",
        "https://t.me/s/gone",
        "https://t.me/s/b",
        "https://t.me/s/b",
    ]
