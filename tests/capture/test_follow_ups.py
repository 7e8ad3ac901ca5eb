"""Follow-up requests: chosen from the WARC written so far, recorded into the same WARC."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
    seen: list[list[tuple[str, int | None]]] = []  # what each call saw

    def choose(stream: BinaryIO) -> Sequence[FollowUp]:
        seen.append([(r.uri, r.status) for r in read_responses(stream)])
        return (FollowUp("http://news.example/tg/http://news.example/gone", (("Accept-Datetime", "x"),)),)

    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    request = CaptureRequest(url="http://news.example/gone", name="f", follow_ups=choose)
    outcome = capture_url(request, archive_dir, options, INFO)
    assert seen[0] == [("http://news.example/gone", 404)]
    assert len(seen) == 2 and len(seen[1]) == 3, "asked again with its answers, it chose nothing new"
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


def test_follow_ups_are_chosen_again_after_each_round_until_nothing_new_is_chosen(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # An archive with no copy of the URL as cited is asked again for its canonical form: the second request
    # is chosen only once the first one's answer is in the WARC.
    fixture_server.routes.update(
        {"/page": Reply(body=b"ok"), "/tg/one": Reply(404, b"none"), "/tg/two": Reply(body=b"copy")}
    )
    rounds: list[list[str]] = []

    def choose(stream: BinaryIO) -> Sequence[FollowUp]:
        uris = [r.uri for r in read_responses(stream)]
        rounds.append(uris)
        if "http://news.example/tg/one" not in uris:
            return (FollowUp("http://news.example/tg/one"),)
        return (FollowUp("http://news.example/tg/two"),)

    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    capture_url(
        CaptureRequest(url="http://news.example/page", name="f", follow_ups=choose),
        archive_dir,
        options,
        INFO,
    )
    assert rounds[1] == ["http://news.example/page", "http://news.example/tg/one"]
    assert fixture_server.hits["/tg/one"] == 1 and fixture_server.hits["/tg/two"] == 1, "never asked twice"
    assert len(rounds) == 3


def test_joined_follow_ups_ask_each_chooser_from_the_warc_s_start() -> None:
    # The shortened link's side documents and the archive lookup are chosen from one WARC: passed on where
    # the first chooser left the stream, at its end, the second would read nothing and choose nothing.
    import io

    from provenance.capture.options import joined_follow_ups

    def reading(name: str) -> Callable[[BinaryIO], Sequence[FollowUp]]:
        def choose(stream: BinaryIO) -> Sequence[FollowUp]:
            return (FollowUp(f"https://{name}.example/{stream.read().decode()}"),)

        return choose

    joined = joined_follow_ups(reading("first"), None, reading("second"))
    assert joined is not None
    chosen = [follow_up.url for follow_up in joined(io.BytesIO(b"warc"))]
    assert chosen == ["https://first.example/warc", "https://second.example/warc"]
    only = reading("only")
    assert joined_follow_ups(None, only) is only
    assert joined_follow_ups(None, None) is None
