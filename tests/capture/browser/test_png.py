"""The screenshot states when and of what it was taken, in text chunks any PNG reader shows."""

from __future__ import annotations

import datetime as dt
import io
import zlib

from PIL import Image

from provenance.capture.browser.png import with_capture_text


def _tiny_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (3, 2), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def test_the_capture_time_and_page_are_written_into_the_png_without_changing_the_image() -> None:
    taken = dt.datetime(2024, 5, 1, 12, 30, 5, tzinfo=dt.UTC)
    stamped = with_capture_text(_tiny_png(), taken, "https://news.example/story")
    image = Image.open(io.BytesIO(stamped))
    image.load()  # every chunk's CRC checked, the pixels decoded
    assert image.size == (3, 2)
    assert image.info["Creation Time"] == "Wed, 01 May 2024 12:30:05 +0000"
    assert "https://news.example/story" in image.info["Comment"]


def test_bytes_that_are_not_a_png_are_left_alone() -> None:
    data = b"GIF89a" + zlib.compress(b"x")
    assert with_capture_text(data, dt.datetime.now(dt.UTC), "https://a.example/") == data
