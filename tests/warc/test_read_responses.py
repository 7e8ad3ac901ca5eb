"""Reading responses back from a WARC as stored: decoded bodies, in order, every read bounded."""

from __future__ import annotations

import gzip
from pathlib import Path

from provenance.capture.capture import capture_url
from provenance.capture.options import CaptureRequest, NetworkOptions, WarcInfo
from provenance.warc.reader import read_responses
from tests.support.servers import FixtureServer, Reply, redirect

INFO = WarcInfo(software="provenance/test", operator="t", hostname="host", command_line="provenance check")
PAGE = b"<html><body><p>The council voted to reopen the bridge.</p></body></html>"


def _capture(server: FixtureServer, archive_dir: Path, url: str, *side_urls: str) -> Path:
    options = NetworkOptions(connect_to=(server.rule("news.example"),))
    outcome = capture_url(CaptureRequest(url=url, name="r", side_urls=side_urls), archive_dir, options, INFO)
    assert outcome.capture is not None
    return Path(outcome.capture.warc)


def test_responses_come_back_in_order_with_gzip_bodies_decoded(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    fixture_server.routes.update(
        {
            "/old": redirect("/article", 301),
            "/article": Reply(
                body=gzip.compress(PAGE),
                headers=(("Content-Type", "text/html"), ("Content-Encoding", "gzip")),
            ),
            "/side.json": Reply(body=b'{"ok": true}', headers=(("Content-Type", "application/json"),)),
        }
    )
    warc = _capture(fixture_server, archive_dir, "http://news.example/old", "http://news.example/side.json")
    with warc.open("rb") as stream:
        responses = read_responses(stream)
    assert [(r.uri, r.status) for r in responses] == [
        ("http://news.example/old", 301),
        ("http://news.example/article", 200),
        ("http://news.example/side.json", 200),
    ]
    assert responses[0].header("location") == "/article"
    assert responses[1].body == PAGE and not responses[1].cut


def test_a_body_that_inflates_past_the_bound_is_cut_there(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    bomb = gzip.compress(b"A" * 5_000_000)  # 5 MB of text from a few KB on the wire
    fixture_server.routes["/bomb"] = Reply(
        body=bomb, headers=(("Content-Type", "text/html"), ("Content-Encoding", "gzip"))
    )
    warc = _capture(fixture_server, archive_dir, "http://news.example/bomb")
    with warc.open("rb") as stream:
        (response,) = read_responses(stream, max_body=1000)
    assert len(response.body) == 1000 and response.cut


def test_bytes_that_are_not_a_warc_give_no_responses(tmp_path: Path) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"this is not a WARC file\n" * 10)
    with junk.open("rb") as stream:
        assert read_responses(stream) == ()
