"""Every reader of a WARC survives a damaged one: a file cut anywhere, a line of a head dropped, bytes
changed. A reused capture's WARC or a ledger's evidence comes from whoever wrote the files: damage is a
finding (or a shorter reading), never a crash of the command."""

from __future__ import annotations

import datetime as dt
import gzip
import io
import random
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from provenance.capture.options import WarcInfo
from provenance.warc.reader import ReadLimits, read_capture, read_heads, read_warc_once
from provenance.warc.writer import RequestHead, WarcFile, response_body

_LIMITS = ReadLimits(file_bytes=10_000_000, content_bytes=10_000_000)
READERS: dict[str, Callable[[bytes], object]] = {
    "read_capture": lambda data: read_capture(io.BytesIO(data)),
    "read_heads": lambda data: read_heads(io.BytesIO(data)),
    "read_warc_once": lambda data: read_warc_once(io.BytesIO(data), _LIMITS),
}


def _capture(archive_dir: Path) -> bytes:
    """A capture's WARC as the tool writes it: warcinfo, request, response, metadata (gzip members)."""
    warc = WarcFile(archive_dir, "damaged", dt.datetime.now(dt.UTC))
    now = dt.datetime.now(dt.UTC)
    warc.write_warcinfo(WarcInfo(software="provenance", operator="o", hostname="h", command_line="c"), now)
    answer = response_body("HTTP/1.1 200 OK", [("Content-Type", "text/html; charset=utf-8")])
    answer.write(b"<html><head><title>Desk report</title></head><body><p>Claim.</p></body></html>")
    request = RequestHead("GET /a HTTP/1.1", [("Host", "news.example")])
    warc.write_exchange("http://news.example/a", "192.0.2.1", now, request, answer, None)
    answer.close()
    warc.write_metadata("http://news.example/a", now, {"exchanges": [{"url": "http://news.example/a"}]})
    path, _ = warc.publish()
    return path.read_bytes()


def _damaged(packed: bytes) -> Iterator[bytes]:
    """The file cut at many places, each line of its records dropped, and bytes changed at random (seeded),
    each both as written (gzip members) and inflated."""
    rng = random.Random(36)
    for whole in (packed, gzip.decompress(packed)):
        for end in range(0, len(whole), 17):
            yield whole[:end]
        lines = whole.split(b"\r\n")
        for index in range(len(lines)):
            yield b"\r\n".join(lines[:index] + lines[index + 1 :])
        for _ in range(60):
            changed = bytearray(whole)
            for _ in range(rng.randint(1, 3)):
                changed[rng.randrange(len(changed))] = rng.randrange(256)
            yield bytes(changed)


@pytest.mark.parametrize("reader", sorted(READERS))
def test_no_damage_to_a_capture_s_warc_crashes_a_reader(archive_dir: Path, reader: str) -> None:
    read, whole = READERS[reader], _capture(archive_dir)
    read(whole)  # whole, it reads
    crashed = []
    for data in _damaged(whole):
        try:
            read(data)
        except Exception as error:  # what any damage raised, named in the failure
            crashed.append(f"{type(error).__name__}: {error}"[:120])
    assert crashed == []
