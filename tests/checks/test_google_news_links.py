"""The story a Google News link opens by script (`captured.google_news_target`), named where the capture of
the link fails: its page shows nothing of the story."""

from __future__ import annotations

import base64

import pytest

from provenance.checks.captured import google_news_target

STORY = "https://en.yna.co.kr/view/AEN20240312009800315"


def _id_of(address: bytes, tail: bytes = b"\xd2\x01\x00") -> str:
    """A Google News article id as it was written until 2024: base64 of a message whose field 4 is the
    story's address."""
    message = b"\x08\x13\x22" + bytes([len(address)]) + address + tail
    return base64.urlsafe_b64encode(message).decode().rstrip("=")


@pytest.mark.parametrize(
    "link",
    [
        f"https://news.google.com/rss/articles/{_id_of(STORY.encode())}?oc=5",
        f"https://news.google.com/articles/{_id_of(STORY.encode())}?hl=en-GB&gl=GB&ceid=GB:en",
        f"https://news.google.com/read/{_id_of(STORY.encode(), b'')}",
    ],
)
def test_a_google_news_link_names_the_story_its_id_holds(link: str) -> None:
    assert google_news_target(link) == STORY


def test_a_long_address_s_length_in_two_bytes_is_read() -> None:
    long_story = "https://www.example-news.kr/" + "politics/" * 20 + "5348123"
    address = long_story.encode()
    message = b"\x08\x13\x22" + bytes([(len(address) & 0x7F) | 0x80, len(address) >> 7]) + address
    key = base64.urlsafe_b64encode(message).decode().rstrip("=")
    assert google_news_target(f"https://news.google.com/rss/articles/{key}") == long_story


@pytest.mark.parametrize(
    "link",
    [
        # A later id: a key only Google reads, no address in it.
        "https://news.google.com/rss/articles/CBMiWkFVX3lxTE5xR2JYc2FVZ3FfT0t6dG9kV2s?oc=5",
        # An id cut short: the length it gives runs past its end.
        "https://news.google.com/articles/CBMiggFodHRwczovL2FwbmV3cy5jb20vYXJ0aWNsZS9qYXBhbi1lYXN0",
        # Not an address, nor base64, nor Google News's.
        f"https://news.google.com/rss/articles/{_id_of(b'javascript:alert(1)')}",
        "https://news.google.com/rss/articles/%%%not-base64%%%",
        f"https://news.example/rss/articles/{_id_of(STORY.encode())}",
        "https://news.google.com/topstories?hl=en-GB",
        "http://[::1",
        None,
    ],
)
def test_a_link_whose_id_holds_no_address_names_none(link: str | None) -> None:
    assert google_news_target(link) is None


def test_an_address_with_a_space_or_control_character_is_none() -> None:
    assert google_news_target(f"https://news.google.com/read/{_id_of(b'https://a.example/ b')}") is None
