"""The WARC files a capture writes are standard `.warc.gz` files, though ISA-L deflates them (low level)."""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import subprocess
import zlib
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from provenance.capture.capture import capture_url
from provenance.capture.options import CaptureRequest, NetworkOptions
from tests.capture.conftest import INFO
from tests.support.servers import FixtureServer, Reply

PAGE = b"<html><head><title>Bridge</title></head><body>" + b"<p>The bridge reopened.</p>" * 2000 + b"</body>"


def _compressed_members(data: bytes) -> list[bytes]:
    """Each gzip member of `data` as stored."""
    members = []
    while data:
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        member.decompress(data)
        rest = member.unused_data
        members.append(data[: len(data) - len(rest)])
        data = rest
    return members


def _first_block_is_stored(member: bytes) -> bool:
    """Whether a gzip member's first deflate block is a stored one (BTYPE 00, RFC 1951 3.2.3); our members
    have no optional header fields, so the deflate data starts at byte 10."""
    assert member[3] == 0, "no optional gzip header fields"
    return member[10] & 0b110 == 0


def _gzip_members(data: bytes) -> list[bytes]:
    """Each gzip member of `data`, decompressed on its own."""
    members = []
    while data:
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        members.append(member.decompress(data) + member.flush())
        assert member.eof, "a gzip member is cut short"
        data = member.unused_data
    return members


@pytest.fixture
def captured(fixture_server: FixtureServer, archive_dir: Path) -> Path:
    fixture_server.routes["/page"] = Reply(body=PAGE)
    fixture_server.routes["/random"] = Reply(
        body=os.urandom(300_000), headers=(("Content-Type", "application/octet-stream"),)
    )
    fixture_server.routes["/gzipped"] = Reply(
        body=gzip.compress(os.urandom(200_000)),
        headers=(("Content-Type", "text/html"), ("Content-Encoding", "gzip")),
    )
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    request = CaptureRequest(
        url="http://news.example/page",
        name="r-fn1",
        side_urls=("http://news.example/gzipped", "http://news.example/random"),
    )
    outcome = capture_url(request, archive_dir, options, INFO)
    assert outcome.capture is not None
    return Path(outcome.capture.warc)


def test_every_record_is_its_own_gzip_member_that_any_gzip_reader_reads(captured: Path) -> None:
    data = captured.read_bytes()
    members = _gzip_members(data)
    with captured.open("rb") as stream:
        records = list(ArchiveIterator(stream))
    assert len(members) == len(records) == 8  # warcinfo, 3 x (request, response), metadata
    assert all(member.startswith(b"WARC/1.1\r\n") for member in members)
    assert gzip.decompress(data) == b"".join(members)  # Python's gzip reads the concatenation too


@pytest.mark.skipif(shutil.which("gzip") is None, reason="needs the gzip command")
def test_gzip_command_accepts_the_file_and_gives_the_same_bytes(captured: Path) -> None:
    assert subprocess.run(["gzip", "-t", str(captured)], check=False).returncode == 0
    unpacked = subprocess.run(["gzip", "-dc", str(captured)], capture_output=True, check=True).stdout
    assert unpacked == gzip.decompress(captured.read_bytes())


def test_digests_match_the_bytes_as_warcio_reads_them(captured: Path) -> None:
    with captured.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type != "response":
                continue
            payload = record.raw_stream.read()  # as stored: Content-Encoding kept
            assert record.rec_headers.get_header("WARC-Payload-Digest") == (
                "sha256:" + hashlib.sha256(payload).hexdigest()
            )


def test_an_already_compressed_body_does_not_grow_the_file(captured: Path) -> None:
    # The gzipped side body (200 kB of random bytes, gzip-encoded) is stored as it came, deflated at the
    # lowest level that never grows incompressible bytes: the file is barely larger than what it holds.
    members = _gzip_members(captured.read_bytes())
    assert captured.stat().st_size < sum(len(member) for member in members) * 1.01


def test_bodies_that_do_not_compress_are_stored_and_the_page_is_deflated(captured: Path) -> None:
    # A body compressed already (by its Content-Encoding, or random bytes that no deflate shrinks) goes into
    # stored blocks, which cost nothing to write and are read back at memory speed; the page is deflated.
    members = _compressed_members(captured.read_bytes())
    plain = [_gzip_members(member)[0] for member in members]
    responses = {
        text.split(b"WARC-Target-URI: ", 1)[1].split(b"\r\n", 1)[0].decode(): member
        for text, member in zip(plain, members, strict=True)
        if b"WARC-Type: response" in text
    }
    assert not _first_block_is_stored(responses["http://news.example/page"])
    assert _first_block_is_stored(responses["http://news.example/gzipped"])
    assert _first_block_is_stored(responses["http://news.example/random"])
