"""Instagram's and Threads' links: which are posts (and which only look like one), the account a link
writes, one spelling per post, the media id a shortcode stands for and the time that id carries."""

from __future__ import annotations

import datetime as dt

import pytest

from provenance.citations.platforms import (
    canonical_url,
    copies_of_one_page,
    meta_id_time,
    meta_media_id,
    platform_from_host,
    post_locator,
)
from provenance.models import Platform

# A post shown as posted 2020-08-26 13:43:27 UTC, and its media id (a question on Instagram's ids, where the
# epoch 1314220021721 was found from such posts).
CODE = "CEWsh68Kc5C"
MEDIA_ID = "2384288897814875714"
POSTED = dt.datetime(2020, 8, 26, 13, 43, 27, 313000, tzinfo=dt.UTC)
# Zuckerberg's Threads post of Llama 3.1 (23 July 2024).
THREADS_CODE = "C9wK8SrvY5T"
THREADS_MEDIA_ID = "3418280240869117523"
# A private account's post, shared under a code that is no media id.
PRIVATE_CODE = "CpRIVATEshareKEYabcdefghijklmnopqrstuvwxyz0"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (f"https://www.instagram.com/p/{CODE}/", (None, MEDIA_ID)),
        (f"https://instagram.com/p/{CODE}/?igsh=MWQ1ZGUxMzBkMA==", (None, MEDIA_ID)),
        (f"https://www.instagram.com/reel/{CODE}/", (None, MEDIA_ID)),
        (f"https://www.instagram.com/reels/{CODE}", (None, MEDIA_ID)),
        (f"https://www.instagram.com/tv/{CODE}/", (None, MEDIA_ID)),
        (f"https://www.instagram.com/natgeo/p/{CODE}/", ("natgeo", MEDIA_ID)),
        (f"https://m.instagram.com/natgeo/reel/{CODE}/", ("natgeo", MEDIA_ID)),
        (f"https://www.threads.net/@zuck/post/{THREADS_CODE}", ("zuck", THREADS_MEDIA_ID)),
        (f"https://www.threads.com/@zuck/post/{THREADS_CODE}?xmt=AQGz", ("zuck", THREADS_MEDIA_ID)),
        (f"https://threads.net/t/{THREADS_CODE}", (None, THREADS_MEDIA_ID)),
        # A private post's code names the post, but no media id: never guessed.
        (f"https://www.instagram.com/p/{PRIVATE_CODE}/", (None, None)),
        # A code whose id is of a time before Threads opened (2011) is no Threads post's.
        ("https://www.threads.net/@user/post/123", ("user", None)),
    ],
)
def test_a_post_s_link_names_its_account_and_media_id(
    url: str, expected: tuple[str | None, str | None]
) -> None:
    assert post_locator(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://www.instagram.com/natgeo/",  # a profile
        "https://www.instagram.com/stories/natgeo/3180886213946991380/",  # a story
        "https://www.instagram.com/stories/highlights/17895286474123456/",  # a highlight
        "https://www.instagram.com/s/aGlnaGxpZ2h0OjE3OTU0/",  # a highlight's share link
        "https://www.instagram.com/explore/tags/ukraine/",
        "https://www.threads.net/@zuck",  # a profile
        f"https://www.threads.net/zuck/post/{THREADS_CODE}",  # no `@`: no account's path
        f"https://www.instagram.com/p/{CODE}/c/17900000000000000/",  # a comment's link
        f"https://example.com/p/{CODE}/",
    ],
)
def test_a_link_that_names_no_post_names_no_post_id(url: str) -> None:
    assert post_locator(url) == (None, None)


def test_threads_net_and_threads_com_are_one_site_whose_posts_have_one_spelling() -> None:
    assert platform_from_host("www.threads.net") is Platform.THREADS
    assert platform_from_host("threads.com") is Platform.THREADS
    assert canonical_url(f"https://threads.net/@zuck/post/{THREADS_CODE}?xmt=AQGz&slof=1") == (
        f"https://www.threads.com/@zuck/post/{THREADS_CODE}"
    )
    assert copies_of_one_page(
        f"https://www.threads.net/@zuck/post/{THREADS_CODE}",
        f"https://www.threads.com/@zuck/post/{THREADS_CODE}",
    )


def test_an_instagram_post_s_link_is_spelt_without_who_shared_it() -> None:
    assert canonical_url(f"https://instagram.com/p/{CODE}?igsh=MWQ1ZGUxMzBkMA==") == (
        f"https://www.instagram.com/p/{CODE}/"
    )
    assert canonical_url(f"https://www.instagram.com/reels/{CODE}/?utm_source=ig_web_copy_link") == (
        f"https://www.instagram.com/reel/{CODE}/"
    )
    # Not a post: its spelling is its own.
    assert (
        canonical_url("https://www.instagram.com/natgeo/?hl=en") == "https://www.instagram.com/natgeo/?hl=en"
    )


def test_a_shortcode_is_its_media_id_in_url_safe_base64() -> None:
    assert meta_media_id(CODE) == int(MEDIA_ID)
    assert meta_media_id("CEUIzQYpqgl") == 2383568809444681765
    assert meta_media_id(PRIVATE_CODE) is None
    assert meta_media_id("abc+/") is None  # standard base64's letters are none of it
    assert meta_media_id("__________") is not None
    assert meta_media_id("___________") is None  # 66 bits: no 64-bit id


@pytest.mark.parametrize(
    ("code", "platform", "expected"),
    [
        (CODE, Platform.INSTAGRAM, POSTED),
        ("CEUIzQYpqgl", Platform.INSTAGRAM, dt.datetime(2020, 8, 25, 13, 52, 46, 90000, tzinfo=dt.UTC)),
        (THREADS_CODE, Platform.THREADS, dt.datetime(2024, 7, 23, 4, 59, 40, 720000, tzinfo=dt.UTC)),
        # An Instagram post of 2020 is no Threads post: Threads opened in 2023.
        (CODE, Platform.THREADS, None),
        # Instagram's first posts were counted from 1: read as sharded ids, they fall on its epoch.
        ("d", Platform.INSTAGRAM, None),
        ("BAAAAAAA", Platform.INSTAGRAM, None),
        (PRIVATE_CODE, Platform.INSTAGRAM, None),
        # An id of a time to come (2030) is no post's yet.
        ("G" + "A" * 10, Platform.INSTAGRAM, None),
    ],
)
def test_a_shortcode_carries_the_time_its_media_was_made(
    code: str, platform: Platform, expected: dt.datetime | None
) -> None:
    now = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    assert meta_id_time(code, platform, now) == expected
