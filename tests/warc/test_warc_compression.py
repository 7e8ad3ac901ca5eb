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
    fixture_server.routes["/gzipped"] = Reply(
        body=gzip.compress(os.urandom(200_000)),
        headers=(("Content-Type", "text/html"), ("Content-Encoding", "gzip")),
    )
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    request = CaptureRequest(
        url="http://news.example/page", name="r-fn1", side_urls=("http://news.example/gzipped",)
    )
    outcome = capture_url(request, archive_dir, options, INFO)
    assert outcome.capture is not None
    return Path(outcome.capture.warc)


def test_every_record_is_its_own_gzip_member_that_any_gzip_reader_reads(captured: Path) -> None:
    data = captured.read_bytes()
    members = _gzip_members(data)
    with captured.open("rb") as stream:
        records = list(ArchiveIterator(stream))
    assert len(members) == len(records) == 6  # warcinfo, 2 x (request, response), metadata
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
