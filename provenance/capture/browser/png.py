"""Text inside a PNG: the screenshot says when and of what it was taken, even once copied out of the WARC."""

from __future__ import annotations

import datetime as dt
import struct
import zlib

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def _text_chunk(keyword: str, text: str) -> bytes:
    # tEXt is Latin-1 by definition; a URL with other characters is kept in its percent-encoded form anyway.
    return _chunk(b"tEXt", keyword.encode("latin-1") + b"\0" + text.encode("latin-1", errors="replace"))


def with_capture_text(png: bytes, taken_at: dt.datetime, page_url: str) -> bytes:
    """`png` with `Creation Time` (RFC 1123, as the PNG standard suggests) and a `Comment` naming the page,
    placed right after the header chunk; the image itself is unchanged. Not a PNG: returned as it is."""
    header_end = len(PNG_SIGNATURE) + 8 + 13 + 4  # signature, then IHDR: length, type, 13 bytes, CRC
    if not png.startswith(PNG_SIGNATURE) or png[12:16] != b"IHDR":
        return png
    stamp = taken_at.astimezone(dt.UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")
    text = _text_chunk("Creation Time", stamp) + _text_chunk(
        "Comment", f"Full-page screenshot of {page_url} taken by provenance at {stamp}"
    )
    return png[:header_end] + text + png[header_end:]
