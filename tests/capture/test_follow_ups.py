"""Follow-up requests: chosen from the WARC written so far, recorded into the same WARC."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from provenance.capture.capture import capture_url
from provenance.capture.options import CaptureRequest, FollowUp, NetworkOptions
from provenance.warc.reader import read_responses
from tests.capture.conftest import INFO
from tests.support.servers import FixtureServer, Reply, redirect
from tests.support.warcs import read_records


def test_follow_ups_see_the_capture_so_far_and_go_into_the_same_warc(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    fixture_server.routes.update(
        {
            "/gone": Reply(404, b"gone"),
            "/tg/http://news.example/gone": redirect("/memento"),
            "/memento": Reply(body=b"old"),
        }
    )
    seen: list[tuple[str, int | None]] = []

    def choose(stream: BinaryIO) -> Sequence[FollowUp]:
        seen.extend((r.uri, r.status) for r in read_responses(stream))
        return (FollowUp("http://news.example/tg/http://news.example/gone", (("Accept-Datetime", "x"),)),)

    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    request = CaptureRequest(url="http://news.example/gone", name="f", follow_ups=choose)
    outcome = capture_url(request, archive_dir, options, INFO)
    assert seen == [("http://news.example/gone", 404)]
    assert outcome.capture is not None and outcome.capture.http_status == 404, (
        "the main answer is still the one"
    )
    records = read_records(Path(outcome.capture.warc))
    uris = [r["headers"]["WARC-Target-URI"] for r in records if r["type"] == "response"]
    assert uris == [
        "http://news.example/gone",
        "http://news.example/tg/http://news.example/gone",
        "http://news.example/memento",
    ]
    asked = next(r for r in fixture_server.requests if r.path.startswith("/tg/"))
    assert dict(asked.headers)["Accept-Datetime"] == "x"
    memento = next(r for r in fixture_server.requests if r.path == "/memento")
    assert "Accept-Datetime" not in dict(memento.headers), "the header goes with the first hop only"


def test_a_follow_up_that_asks_for_one_hop_does_not_follow_the_redirect(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    fixture_server.routes.update({"/page": Reply(body=b"ok"), "/tg": redirect("/memento")})
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    request = CaptureRequest(
        url="http://news.example/page",
        name="f",
        follow_ups=lambda _: (FollowUp("http://news.example/tg", follow_redirects=False),),
    )
    capture_url(request, archive_dir, options, INFO)
    assert fixture_server.hits["/memento"] == 0 and fixture_server.hits["/tg"] == 1


def test_an_archived_copy_is_kept_even_when_the_site_itself_is_unreachable(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    fixture_server.routes["/memento"] = Reply(body=b"old copy")
    # The site is refused by the network policy (a loopback address); the archive host is served locally.
    options = NetworkOptions(connect_to=(fixture_server.rule("archive.example"),))
    request = CaptureRequest(
        url="http://127.0.0.1:9/page",
        name="f",
        follow_ups=lambda _: (FollowUp("http://archive.example/memento"),),
    )
    outcome = capture_url(request, archive_dir, options, INFO)
    assert outcome.capture is not None and outcome.capture.http_status is None
    assert outcome.error is not None and outcome.error.startswith("blocked:")
    records = read_records(Path(outcome.capture.warc))
    assert [r["payload"] for r in records if r["type"] == "response"] == [b"old copy"]
