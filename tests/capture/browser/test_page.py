"""What a browser page keeps of itself: the bounds on its screenshot and on what it makes, no browser run."""

from __future__ import annotations

from pathlib import Path

from provenance.capture.browser.page import (
    MAX_SCREENSHOT_HEIGHT,
    MAX_SCREENSHOT_WIDTH,
    TEXT_GONE_SHARE,
    PageSettings,
    Rendering,
    _screenshot_clip,
    _within_max_bytes,
    share_of_text_gone,
)


def test_a_screenshot_of_a_page_within_the_limits_is_of_all_of_it() -> None:
    rendering = Rendering(requested_url="http://news.example/")
    assert _screenshot_clip([1280, 9000], rendering) is None
    assert _screenshot_clip(None, rendering) is None  # the page did not say: Chromium's own full page
    assert rendering.notes == []


def test_a_screenshot_of_a_page_too_wide_and_too_tall_is_cut_both_ways_and_says_so() -> None:
    rendering = Rendering(requested_url="http://news.example/")
    clip = _screenshot_clip([50_000, 50_000], rendering)
    assert clip == {"x": 0, "y": 0, "width": MAX_SCREENSHOT_WIDTH, "height": MAX_SCREENSHOT_HEIGHT}
    assert rendering.notes == [
        f"screenshot: the first {MAX_SCREENSHOT_HEIGHT} of 50000 pixels",
        f"screenshot: the first {MAX_SCREENSHOT_WIDTH} of 50000 pixels of width",
    ]


def test_what_a_page_makes_over_max_bytes_is_not_kept_and_the_notes_say_so() -> None:
    settings = PageSettings.for_timeout(Path("/usr/bin/chromium"), "agent", 10.0, max_bytes=100)
    rendering = Rendering(requested_url="http://news.example/")
    assert _within_max_bytes("PDF", b"%PDF" + b"x" * 96, settings, rendering) == b"%PDF" + b"x" * 96
    assert _within_max_bytes("PDF", b"%PDF" + b"x" * 97, settings, rendering) is None
    assert rendering.notes == ["PDF: 101 bytes, over the 100 kept"]


def test_text_replaced_is_gone_and_text_added_around_it_is_not() -> None:
    article = "Bridge\nThe council voted to reopen the bridge.\n"
    assert share_of_text_gone(article, "This post was deleted.") == 1.0
    assert share_of_text_gone(article, "Advertisement\n" + article + "Related: the ferry\n") == 0.0
    assert share_of_text_gone(article, "  Bridge  \nThe council voted to reopen the bridge.") == 0.0
    assert share_of_text_gone("", "anything") == 0.0  # nothing was read, nothing is gone
    # A headline rotated, the article still there: a small share, under the line.
    assert share_of_text_gone(article + "Top story: rain", article + "Top story: sun") < TEXT_GONE_SHARE
