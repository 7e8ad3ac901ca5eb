"""TikTok's links: which are videos (and which only look like one), which are share links, the oEmbed answer a
video's link asks for, and the time a video's id carries."""

from __future__ import annotations

import datetime as dt

import pytest

from provenance.citations.platforms import tiktok_id_time, tiktok_short_link, tiktok_video
from provenance.side_urls import is_redirector, side_urls, tiktok_oembed_url

VIDEO = "6718335390845095173"  # @scout2015's video of 2019-07-27 13:32:33 UTC, as its id says
VIDEO_URL = f"https://www.tiktok.com/@scout2015/video/{VIDEO}"
OEMBED = f"https://www.tiktok.com/oembed?url=https%3A%2F%2Fwww.tiktok.com%2F%40scout2015%2Fvideo%2F{VIDEO}"
POSTED = dt.datetime(2019, 7, 27, 13, 32, 33, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (VIDEO_URL, ("scout2015", VIDEO)),
        (
            f"https://tiktok.com/@scout2015/video/{VIDEO}?is_from_webapp=1&sender_device=pc",
            ("scout2015", VIDEO),
        ),
        (f"https://www.tiktok.com/@scout2015/photo/{VIDEO}", ("scout2015", VIDEO)),
        (f"https://m.tiktok.com/v/{VIDEO}.html", (None, VIDEO)),
        (f"https://www.tiktok.com/embed/v2/{VIDEO}", (None, VIDEO)),
        (f"https://www.tiktok.com/@/video/{VIDEO}", (None, VIDEO)),
    ],
)
def test_a_tiktok_video_s_link_names_its_video(url: str, expected: tuple[str | None, str]) -> None:
    assert tiktok_video(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://www.tiktok.com/@scout2015",  # a profile
        "https://www.tiktok.com/@scout2015/live",
        "https://www.tiktok.com/tag/foryoupage",
        "https://www.tiktok.com/music/original-sound-6689804660171082501",  # a sound's page: digits, no video
        "https://www.tiktok.com/@scout2015/video/not-a-number",
        f"https://www.tiktok.com/@scout2015/video/{'9' * 30}",  # no 64-bit id
        f"https://tiktok.com.evil.example/@scout2015/video/{VIDEO}",
        f"https://nottiktok.com/@scout2015/video/{VIDEO}",
        "https://vm.tiktok.com/ZMabc123/",  # a share link: a video only once it has redirected
        f"ftp://www.tiktok.com/@scout2015/video/{VIDEO}",
    ],
)
def test_a_tiktok_link_that_names_no_video_is_none(url: str) -> None:
    assert tiktok_video(url) is None
    assert side_urls(url) == ()


def test_a_video_s_side_document_is_its_oembed_answer() -> None:
    assert side_urls(VIDEO_URL) == (OEMBED,)
    assert tiktok_oembed_url(f"https://m.tiktok.com/v/{VIDEO}.html") == (
        f"https://www.tiktok.com/oembed?url=https%3A%2F%2Fm.tiktok.com%2Fv%2F{VIDEO}.html"
    )


@pytest.mark.parametrize(
    ("url", "short"),
    [
        ("https://vm.tiktok.com/ZMabc123/", True),
        ("https://vt.tiktok.com/ZSabc123/", True),
        ("https://www.tiktok.com/t/ZTabc123/", True),
        ("https://www.tiktok.com/tag/ZTabc123", False),
        ("https://www.tiktok.com/t/", False),
        (VIDEO_URL, False),
        ("https://vm.tiktok.com.evil.example/ZMabc123/", False),
    ],
)
def test_tiktok_s_share_links_are_redirectors(url: str, short: bool) -> None:
    # Read as pages of their own, a share link named no video, so oEmbed was never asked for it.
    assert (tiktok_short_link(url), is_redirector(url)) == (short, short)


@pytest.mark.parametrize(
    ("video", "expected"),
    [
        (VIDEO, POSTED),
        ("7006694664724122881", dt.datetime(2021, 9, 11, 15, 13, 48, tzinfo=dt.UTC)),  # createTime 1631373229
        ("12345", None),  # 1970: before TikTok
        (str(int(dt.datetime(2027, 6, 1, tzinfo=dt.UTC).timestamp()) << 32), None),  # after the capture
        (str(1 << 64), None),
        ("-1", None),
    ],
)
def test_a_tiktok_id_carries_the_second_its_video_was_made(video: str, expected: dt.datetime | None) -> None:
    assert tiktok_id_time(video, now=dt.datetime(2026, 12, 5, tzinfo=dt.UTC)) == expected
