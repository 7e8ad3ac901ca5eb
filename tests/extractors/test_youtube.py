"""YouTube: a video oEmbed still names while its watch page says it is gone, and one only kept from this
visitor."""

from __future__ import annotations

import pytest

from provenance.extractors import extract_source
from provenance.side_urls import youtube_oembed_url
from tests.extractors.support import answer, asset

VIDEO = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
OEMBED = answer(youtube_oembed_url("dQw4w9WgXcQ"), asset("youtube_oembed.json"), json=True)
TITLE = "Bridge reopening: council session, 21 January 2022"


def _watch_page(status: str, reason: str) -> str:
    player = f'{{"responseContext":{{}},"playabilityStatus":{{"status":"{status}","reason":"{reason}"}}}}'
    return (
        "<html lang='en'><head><title> - YouTube</title></head><body><div id='player'></div>"
        f"<script>var ytInitialPlayerResponse = {player};</script></body></html>"
    )


def test_a_video_oembed_still_names_but_its_watch_page_says_is_gone_is_unavailable() -> None:
    # oEmbed's answer (cached, or slower to forget than the player) named the video: its title and channel
    # passed `captured`, `title` and `author` on a watch page saying "Video unavailable".
    post = extract_source(VIDEO, (answer(VIDEO, _watch_page("ERROR", "Video unavailable")), OEMBED))
    assert post.problem == "unavailable"
    assert post.problem_detail == (
        f"the watch page's player says 'Video unavailable' (ERROR), though oEmbed still names the video "
        f"{TITLE!r}: the two disagree on whether it is there"
    )


@pytest.mark.parametrize(
    ("status", "reason"),
    [
        ("OK", ""),
        ("LOGIN_REQUIRED", "Sign in to confirm your age"),
        ("UNPLAYABLE", "The uploader has not made this video available in your country"),
    ],
)
def test_a_video_oembed_names_is_read_while_its_player_plays_it_or_only_keeps_it_from_this_visitor(
    status: str, reason: str
) -> None:
    post = extract_source(VIDEO, (answer(VIDEO, _watch_page(status, reason)), OEMBED))
    assert (post.problem, post.title, post.author) == (None, TITLE, "City Council TV")


def test_only_the_watch_page_s_own_player_says_whether_its_video_is_gone() -> None:
    # A later `playabilityStatus` (another video's, in the page's data) is not the cited video's player.
    page = _watch_page("OK", "").replace(
        "</body>",
        '<script>var other = {"playabilityStatus":{"status":"ERROR","reason":"Video unavailable"}};'
        "</script></body>",
    )
    assert extract_source(VIDEO, (answer(VIDEO, page), OEMBED)).problem is None
