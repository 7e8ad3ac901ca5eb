"""A capture series: pages read one after another, each decoded for the reader, all kept in one WARC."""

from __future__ import annotations

import gzip
from pathlib import Path

from provenance.capture.options import NetworkOptions
from provenance.capture.series import CaptureSeries
from tests.capture.conftest import INFO
from tests.support.servers import FixtureServer, Reply, redirect
from tests.support.warcs import read_records

GZIP = (("Content-Type", "text/html"), ("Content-Encoding", "gzip"))


def test_every_page_of_a_search_lands_in_one_warc_and_is_read_decoded(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    fixture_server.routes.update(
        {
            "/s/example": Reply(body=gzip.compress(b"<p>newest</p>"), headers=GZIP),
            "/old": redirect("/s/example?before=10"),
            "/s/example?before=10": Reply(body=b"<p>older</p>"),
        }
    )
    options = NetworkOptions(connect_to=(fixture_server.rule("t.me"),))

    with CaptureSeries(archive_dir, "sitrep.txt-fn1-locate", options, INFO, label="1") as series:
        first = series.fetch("http://t.me/s/example")
        second = series.fetch("http://t.me/old")
        capture = series.publish()

    assert first.body == b"<p>newest</p>" and first.ok
    assert second.body == b"<p>older</p>" and second.final_url == "http://t.me/s/example?before=10"
    assert capture is not None and Path(capture.warc).parent == archive_dir
    assert capture.redirects == (
        "http://t.me/s/example",
        "http://t.me/old",
        "http://t.me/s/example?before=10",
    )
    stored = [r for r in read_records(Path(capture.warc)) if r["type"] == "response"]
    assert len(stored) == 3, "each exchange, redirect hops too, is kept as received"
    assert len(list(archive_dir.iterdir())) == 1


def test_a_gzip_bomb_is_read_only_up_to_the_byte_limit(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    fixture_server.routes["/bomb"] = Reply(body=gzip.compress(b"a" * 5_000_000), headers=GZIP)
    options = NetworkOptions(connect_to=(fixture_server.rule("t.me"),), max_bytes=100_000)

    with CaptureSeries(archive_dir, "bomb", options, INFO) as series:
        page = series.fetch("http://t.me/bomb")
        series.publish()

    assert len(page.body) == 100_000 and page.truncated


def test_a_series_that_exchanged_nothing_leaves_no_file(archive_dir: Path) -> None:
    with CaptureSeries(archive_dir, "nothing", NetworkOptions(), INFO) as series:
        page = series.fetch("http://127.0.0.1:9/")
        assert series.publish() is None

    assert page.error is not None and page.error.startswith("blocked:")
    assert list(archive_dir.iterdir()) == []
