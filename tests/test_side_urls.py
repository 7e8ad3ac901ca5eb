"""The side documents captured beside a cited post: Telegram's widget, X's syndication JSON and oEmbed,
YouTube's oEmbed; nothing for any other page."""

from __future__ import annotations

import pytest

from provenance.side_urls import (
    YOUTUBE_OEMBED,
    is_telegram_private_url,
    side_urls,
    syndication_token,
    syndication_url,
    telegram_widget_url,
    twitter_oembed_url,
    youtube_video_id,
)
from tests.support.cli import run_python

TWEET = "1484307299693617728"
SYNDICATION = syndication_url(TWEET)
OEMBED = twitter_oembed_url(f"https://twitter.com/MinPressOffice/status/{TWEET}")
WIDGET = "https://t.me/rybar/12345?embed=1&mode=tme"


def test_every_telegram_host_and_form_of_a_post_gets_its_widget() -> None:
    for url in (
        "https://t.me/rybar/12345",
        "https://telegram.me/rybar/12345",
        "https://t.me/s/rybar/12345?single",
        "http://t.me/rybar/12345",
    ):
        assert telegram_widget_url(url) == WIDGET
    assert side_urls("https://t.me/rybar/12345") == (WIDGET,)


def test_a_public_group_topic_s_message_gets_the_widget_of_its_id_in_the_group() -> None:
    # `t.me/<group>/<topic>/<id>`: the id counts within the group, and the widget of `<group>/<id>` shows it.
    widget = "https://t.me/kherson_chat/4471?embed=1&mode=tme"
    assert side_urls("https://t.me/kherson_chat/12/4471") == (widget,)
    assert telegram_widget_url("https://telegram.me/kherson_chat/12/4471?single") == widget
    assert side_urls("https://t.me/c/1326223284/12/4471") == ()  # a private chat's topic: no public widget
    assert side_urls("https://t.me/kherson_chat/news/4471") == ()  # no topic's number: no post
    assert side_urls("https://t.me/kherson_chat/12/" + "9" * 40) == ()


def test_a_post_id_of_more_digits_than_any_is_no_post_and_gets_no_side_urls() -> None:
    # The syndication token is computed from the id: int() of 5,000 digits stopped the check (exit 3).
    assert side_urls("https://x.com/desk/status/" + "9" * 5000) == ()
    assert side_urls("https://t.me/desk/" + "9" * 5000) == ()


def test_a_channel_preview_or_a_private_telegram_post_has_no_widget() -> None:
    assert side_urls("https://t.me/s/rybar") == ()
    assert side_urls("https://t.me/s/rybar/12345") == ()  # the preview page holds the posts itself
    assert telegram_widget_url("https://t.me/c/1326223284/77") is None  # private: no public widget
    assert side_urls("https://t.me/c/1326223284/77") == ()


def test_a_private_telegram_link_is_told_from_a_public_post() -> None:
    assert is_telegram_private_url("https://t.me/c/1326223284/77")
    assert is_telegram_private_url("https://telegram.me/c/1326223284/77")
    assert not is_telegram_private_url("https://t.me/rybar/12345")
    assert not is_telegram_private_url("https://t.me/s/rybar/12345")
    assert not is_telegram_private_url("https://example.com/c/1326223284/77")


@pytest.mark.parametrize(
    ("post_id", "token"),
    # As JavaScript's ((id / 1e15) * Math.PI).toString(36) with zeros and the point removed gives them.
    [("1683920951807971329", "42y6zv7ufp"), ("20", "6dq1a2xwd93"), ("1234567890123456789", "2zqic77uqyk")],
)
def test_syndication_token_matches_what_the_embed_script_computes(post_id: str, token: str) -> None:
    assert syndication_token(post_id) == token


def test_an_x_post_gets_syndication_json_and_oembed_in_every_url_form() -> None:
    for url in (
        f"https://x.com/MinPressOffice/status/{TWEET}",
        f"https://twitter.com/MinPressOffice/status/{TWEET}",
        f"https://mobile.twitter.com/MinPressOffice/status/{TWEET}?s=20",
    ):
        assert side_urls(url) == (SYNDICATION, OEMBED)
    assert side_urls(f"https://x.com/i/web/status/{TWEET}")[0] == SYNDICATION
    assert side_urls("https://x.com/MinPressOffice") == ()  # a profile, not a post


def test_youtube_video_ids_in_every_url_form_and_the_oembed_asked_for() -> None:
    for url in (
        "https://youtu.be/abc123",
        "https://www.youtube.com/watch?v=abc123&t=4",
        "https://m.youtube.com/shorts/abc123",
    ):
        assert youtube_video_id(url) == "abc123"
        (oembed,) = side_urls(url)
        assert oembed.startswith(f"{YOUTUBE_OEMBED}?url=https%3A%2F%2Fwww.youtube.com%2Fwatch%3Fv%3Dabc123")
    assert side_urls("https://www.youtube.com/@citycounciltv") == ()


@pytest.mark.parametrize(
    "url", ["https://www.youtube.com/watch/dQw4w9WgXcQ", "https://m.youtube.com/watch/dQw4w9WgXcQ?t=4"]
)
def test_a_watch_link_naming_its_video_in_the_path_is_that_video_and_asks_its_oembed(url: str) -> None:
    # `/watch/<id>` was read as no video: no oEmbed was asked, and the watch page read as a bare web page
    # (no player check of a premiere, no channel).
    assert youtube_video_id(url) == "dQw4w9WgXcQ"
    (oembed,) = side_urls(url)
    assert oembed.endswith("watch%3Fv%3DdQw4w9WgXcQ&format=json")


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch/AAAAAAAAAAA?v=BBBBBBBBBBB",  # two videos: YouTube picks one
        "https://www.youtube.com/watch/AAAAAAAAAAA/BBBBBBBBBBB",
        "https://www.youtube.com/@citycounciltv/live",  # whatever the channel streams when it is opened
        "https://www.youtube.com/channel/UCabc/live",
    ],
)
def test_a_watch_link_naming_two_videos_or_a_channel_s_live_page_names_none(url: str) -> None:
    assert youtube_video_id(url) is None
    assert side_urls(url) == ()
    assert youtube_video_id("https://www.youtube.com/watch/AAAAAAAAAAA?v=AAAAAAAAAAA") == "AAAAAAAAAAA"


def test_a_playlist_s_or_a_channel_s_embed_names_no_video_and_asks_no_oembed() -> None:
    # `videoseries` was read as a video id: oEmbed was asked for `watch?v=videoseries`, which shows none, and
    # the cited playlist read as a deleted video.
    for url in (
        "https://www.youtube.com/embed/videoseries?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG",
        "https://www.youtube-nocookie.com/embed/videoseries?list=PLx0sYbCqOb8TBPRdmBHs5Iftvv9TPboYG",
        "https://www.youtube.com/embed/live_stream?channel=UCabc",
    ):
        assert youtube_video_id(url) is None
        assert side_urls(url) == ()
    for url in ("https://www.youtube.com/embed/dQw4w9WgXcQ?start=4", "https://www.youtube.com/v/dQw4w9WgXcQ"):
        assert youtube_video_id(url) == "dQw4w9WgXcQ"
        (oembed,) = side_urls(url)
        assert oembed.endswith("watch%3Fv%3DdQw4w9WgXcQ&format=json")


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/embed/AAAAAAAAAAA/../../watch?v=BBBBBBBBBBB",
        "https://youtu.be/AAAAAAAAAAA/../BBBBBBBBBBB",
        "https://www.youtube.com/shorts/AAAAAAAAAAA/%2e%2e/BBBBBBBBBBB",
        "https://www.youtube.com/watch?v=AAAAAAAAAAA&v=BBBBBBBBBBB",  # two videos: YouTube picks one
    ],
)
def test_a_youtube_link_that_may_open_another_video_names_none(url: str) -> None:
    # A browser opens `embed/AAA/../../watch?v=BBB` as the video BBB; read as AAA, oEmbed's title and channel
    # of AAA were checked (and the link's YouTube watch page of AAA captured in its place).
    assert youtube_video_id(url) is None
    assert side_urls(url) == ()
    # The true cases beside them: the same links without the step up, or naming one video twice.
    assert youtube_video_id("https://youtu.be/AAAAAAAAAAA") == "AAAAAAAAAAA"
    assert youtube_video_id("https://www.youtube.com/watch?v=AAAAAAAAAAA&v=AAAAAAAAAAA") == "AAAAAAAAAAA"


def test_any_other_page_has_no_side_documents() -> None:
    for url in ("https://news.example/a", "https://not-t.me/rybar/1", "https://www.facebook.com/x/posts/1"):
        assert side_urls(url) == ()


def test_naming_side_urls_loads_no_page_reading_code() -> None:
    # `check` names them for every footnote before its first request: the extractors, the WARC reader and
    # the HTML parser load later, while the first answers are awaited.
    done = run_python(
        "import sys; from provenance.side_urls import side_urls; side_urls('https://t.me/rybar/1'); "
        "print(*sys.modules)"
    )
    loaded = set(done.stdout.split())
    assert "provenance.side_urls" in loaded, done.stderr
    assert {"provenance.extractors", "provenance.warc.reader", "selectolax"}.isdisjoint(loaded)


def test_a_bluesky_post_gets_the_public_apis_thread_of_the_post_alone() -> None:
    thread = (
        "https://public.api.bsky.app/xrpc/app.bsky.feed.getPostThread?uri=at://harbour.bsky.social/"
        "app.bsky.feed.post/3lbg46235ui27&depth=0&parentHeight=0"
    )
    assert side_urls("https://bsky.app/profile/Harbour.bsky.social/post/3lbg46235ui27?ref=x") == (thread,)
    did = "did:plc:ewvi7nxzyoun6zhxrhs64oiz"
    (by_did,) = side_urls(f"https://bsky.app/profile/{did}/post/3lbg46235ui27")
    assert f"uri=at://{did}/app.bsky.feed.post/3lbg46235ui27&" in by_did
    for not_a_post in (
        "https://bsky.app/profile/harbour.bsky.social",
        "https://go.bsky.app/AbCd",
        "https://bsky.app/",
    ):
        assert side_urls(not_a_post) == ()


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/attribution_link?a=xYz_12&u=%2Fwatch%3Fv%3DdQw4w9WgXcQ%26feature%3Dshare",
        "https://m.youtube.com/attribution_link?u=/watch?v=dQw4w9WgXcQ&feature=share",
    ],
)
def test_an_attribution_link_names_the_video_it_leads_to_and_asks_its_oembed(url: str) -> None:
    # YouTube's redirector to one of its pages was read as no video: no oEmbed was asked, and the watch page
    # it led to read as a bare page (no channel, no premiere's or stream's reading of its player and date).
    assert youtube_video_id(url) == "dQw4w9WgXcQ"
    (oembed,) = side_urls(url)
    assert oembed.endswith("watch%3Fv%3DdQw4w9WgXcQ&format=json")


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/attribution_link?u=%2F%40citycounciltv",  # a channel's page: no video
        "https://www.youtube.com/attribution_link?u=https%3A%2F%2Fexample.org%2Fwatch%3Fv%3DdQw4w9WgXcQ",
        "https://www.youtube.com/attribution_link?u=%2F%2Fexample.org%2Fwatch%3Fv%3DdQw4w9WgXcQ",
        "https://www.youtube.com/attribution_link?u=%2Fwatch%3Fv%3DAAAAAAAAAAA&u=%2Fwatch%3Fv%3DBBBBBBBBBBB",
        "https://www.youtube.com/attribution_link?u=%2Fattribution_link%3Fu%3D%252Fwatch%253Fv%253DdQw4w9WgXcQ",
    ],
)
def test_an_attribution_link_to_no_video_on_youtube_s_own_host_names_none(url: str) -> None:
    assert youtube_video_id(url) is None
    assert side_urls(url) == ()
