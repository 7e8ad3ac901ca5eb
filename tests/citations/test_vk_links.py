"""VK links: a wall post named by its path (`wall<owner>_<post>`) or open over another page (`?w=wall…`), on
vk.com, m.vk.com and vk.ru; a comment's, a video's, a clip's or a photo's link is no wall post, nor is a
profile's or a community's page."""

from __future__ import annotations

import pytest

from provenance.citations.platforms import VkLink, linked_post_id, platform_from_host, vk_link
from provenance.models import Platform
from provenance.side_urls import side_urls


@pytest.mark.parametrize(
    ("url", "found"),
    [
        ("https://vk.com/wall-12345_678", VkLink("wall", "-12345", "678")),
        ("https://vk.com/wall12345_678", VkLink("wall", "12345", "678")),
        ("https://m.vk.com/wall-12345_678?from=group", VkLink("wall", "-12345", "678")),
        ("https://vk.ru/wall-12345_678", VkLink("wall", "-12345", "678")),
        ("https://vk.com/harbourwatch?w=wall-12345_678", VkLink("wall", "-12345", "678", overlay=True)),
        ("https://vk.com/wall-12345_678?reply=680", VkLink("wall", "-12345", "678", reply="680")),
        ("https://vk.com/harbourwatch?w=wall-12345_678_r680", VkLink("wall", "-12345", "678", "680", True)),
        ("https://vk.com/video-12345_4", VkLink("video", "-12345", "4")),
        ("https://vk.com/clip-12345_4", VkLink("clip", "-12345", "4")),
        ("https://vk.com/photo-12345_4", VkLink("photo", "-12345", "4")),
        (
            "https://vk.com/harbourwatch?z=photo-12345_4%2Fwall-12345_678",
            VkLink("photo", "-12345", "4", None, True),
        ),
    ],
)
def test_a_vk_link_names_what_it_shows(url: str, found: VkLink) -> None:
    assert vk_link(url) == found


@pytest.mark.parametrize(
    "url",
    [
        "https://vk.com/harbourwatch",
        "https://vk.com/club12345",
        "https://vk.com/wall-12345",
        "https://vk.com/@harbourwatch-bridge-closures",
        "https://vk.com/away.php?to=https%3A%2F%2Fexample.org",
        "https://notvk.com/wall-12345_678",
        "https://vk.com.example.org/wall-12345_678",
    ],
)
def test_a_profile_an_article_or_another_sites_link_names_no_vk_post(url: str) -> None:
    assert vk_link(url) is None


def test_a_wall_posts_id_is_owner_and_post_and_a_comments_is_vks_own_spelling() -> None:
    assert linked_post_id("https://vk.com/wall-12345_678") == "-12345_678"
    assert linked_post_id("https://vk.com/harbourwatch?w=wall-12345_678") == "-12345_678"
    assert linked_post_id("https://vk.com/wall-12345_678?reply=680") == "-12345_678_r680"
    assert linked_post_id("https://vk.com/video-12345_4") is None
    assert linked_post_id("https://vk.com/harbourwatch") is None


def test_vk_ru_is_vks() -> None:
    assert platform_from_host("vk.ru") is Platform.VK
    assert platform_from_host("m.vk.ru") is Platform.VK


def test_a_post_open_over_a_community_page_is_asked_on_its_own_page_too() -> None:
    assert side_urls("https://vk.com/harbourwatch?w=wall-12345_678") == ("https://vk.com/wall-12345_678",)
    assert side_urls("https://vk.com/wall-12345_678") == ()
    assert side_urls("https://vk.com/harbourwatch") == ()
    assert side_urls("https://vk.com/wall-12345_678?reply=680") == ()


def test_a_vk_video_link_cites_vk() -> None:
    # VK Video's own site shows VK's videos and clips (`extractors.vk` reads them): its links were cited as a
    # web page's, the platform `web`.
    assert platform_from_host("vkvideo.ru") is Platform.VK
    assert platform_from_host("m.vkvideo.ru") is Platform.VK
    assert platform_from_host("notvkvideo.ru") is not Platform.VK
