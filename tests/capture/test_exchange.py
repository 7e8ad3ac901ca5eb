"""One exchange under the policy, recorded: any method, the caller's headers, the request body kept."""

from __future__ import annotations

import datetime as dt
import hashlib
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import requests

from provenance.capture.exchange import (
    AttemptFailed,
    OutgoingRequest,
    fetch_and_record,
    record_failed_attempt,
)
from provenance.capture.failure import CaptureFailure
from provenance.capture.options import NetworkOptions
from provenance.capture.session import open_session
from provenance.warc.writer import RequestRecord, WarcFile
from tests.support.servers import FixtureRequestHandler, FixtureServer, Reply
from tests.support.warcs import read_records


def _echo_body(handler: FixtureRequestHandler) -> None:
    length = int(handler.headers.get("Content-Length") or 0)
    received = handler.rfile.read(length)
    handler.reply(Reply(201, b"got " + received, (("Content-Type", "text/plain"), ("Set-Cookie", "a=1"))))


def _published(warc: WarcFile) -> Path:
    path, _ = warc.publish()
    return path


def test_a_post_is_sent_with_its_body_and_headers_and_both_are_recorded(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    fixture_server.routes["/form"] = _echo_body
    session = open_session(NetworkOptions(connect_to=(fixture_server.rule("news.example"),)))
    warc = WarcFile(archive_dir, "exchange", dt.datetime.now(dt.UTC))
    request = OutgoingRequest(
        "http://news.example/form", "POST", (("User-Agent", "Browser/1"), ("X-Page", "yes")), b"q=1&r=2"
    )
    exchange = fetch_and_record(session, request, warc, keep_body=True)
    session.close()

    assert (exchange.status, exchange.status_line, exchange.body) == (
        201,
        "HTTP/1.1 201 Created",
        b"got q=1&r=2",
    )
    assert ("Set-Cookie", "a=1") in exchange.headers
    seen = dict(fixture_server.requests[-1].headers)
    assert (seen["User-Agent"], seen["X-Page"]) == ("Browser/1", "yes")
    records = read_records(_published(warc))
    sent = next(record for record in records if record["type"] == "request")
    assert sent["http_status_line"].startswith("POST /form")
    assert sent["payload"] == b"q=1&r=2"
    assert sent["headers"]["WARC-Payload-Digest"] == "sha256:" + hashlib.sha256(b"q=1&r=2").hexdigest()
    answer = next(record for record in records if record["type"] == "response")
    assert answer["headers"]["WARC-Record-ID"] == exchange.response_record_id


def test_a_refused_target_writes_nothing(fixture_server: FixtureServer, archive_dir: Path) -> None:
    session = open_session(NetworkOptions())
    warc = WarcFile(archive_dir, "exchange", dt.datetime.now(dt.UTC))
    with pytest.raises(CaptureFailure, match=r"^blocked: 127\.0\.0\.1 is a loopback address"):
        fetch_and_record(session, OutgoingRequest(fixture_server.url("/")), warc)
    session.close()
    assert warc.records == []
    warc.discard()
    assert fixture_server.total_hits == 0


def test_a_resource_record_names_the_record_it_was_made_from(archive_dir: Path) -> None:
    warc = WarcFile(archive_dir, "resource", dt.datetime.now(dt.UTC))
    made = dt.datetime(2024, 5, 1, 12, 0, tzinfo=dt.UTC)
    record_id = warc.write_resource(
        "urn:test:picture", made, b"\x89PNG...", "image/png", "<urn:uuid:page>", {"X-Made-By": "test"}
    )
    (record,) = read_records(_published(warc))
    assert record["type"] == "resource"
    assert record["headers"]["WARC-Record-ID"] == record_id
    assert record["headers"]["WARC-Concurrent-To"] == "<urn:uuid:page>"
    assert record["headers"]["WARC-Date"].startswith("2024-05-01T12:00:00")
    assert (record["headers"]["X-Made-By"], record["payload"]) == ("test", b"\x89PNG...")


def test_an_answer_arriving_after_the_capture_stopped_taking_exchanges_is_not_written(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    fixture_server.routes["/late"] = Reply(body=b"late")
    session = open_session(NetworkOptions(connect_to=(fixture_server.rule("news.example"),)))
    warc = WarcFile(archive_dir, "exchange", dt.datetime.now(dt.UTC))
    warc.stop_exchanges()
    with pytest.raises(CaptureFailure, match=r"^archive: the capture had finished"):
        fetch_and_record(session, OutgoingRequest("http://news.example/late"), warc)
    session.close()
    assert warc.records == []
    warc.discard()


def test_the_request_record_is_made_while_the_answer_is_awaited_and_written_before_the_answer(
    fixture_server: FixtureServer, archive_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The server answers only once the client has made its request record: made after the answer came
    # (on the worker's way to its next request), the exchange would wait for an answer that never comes.
    made = threading.Event()
    making = WarcFile.request_record

    def noting(warc: WarcFile, *args: Any) -> RequestRecord | None:
        record = making(warc, *args)
        made.set()
        return record

    def answer_once_made(handler: FixtureRequestHandler) -> None:
        made.wait(10)
        handler.reply(Reply(200, b"<p>page</p>" if made.is_set() else b"never made", ()))

    monkeypatch.setattr(WarcFile, "request_record", noting)
    fixture_server.routes["/page"] = answer_once_made
    session = open_session(NetworkOptions(connect_to=(fixture_server.rule("news.example"),)))
    warc = WarcFile(archive_dir, "exchange", dt.datetime.now(dt.UTC), opened_later=True)
    exchange = fetch_and_record(session, OutgoingRequest("http://news.example/page"), warc)
    session.close()

    request, response = read_records(_published(warc))
    assert response["payload"] == b"<p>page</p>"
    assert request["type"] == "request" and request["http_status_line"].startswith("GET /page HTTP/1.1")
    assert request["headers"]["WARC-Concurrent-To"] == exchange.response_record_id
    assert response["headers"]["WARC-Concurrent-To"] == request["headers"]["WARC-Record-ID"]
    assert request["headers"]["WARC-IP-Address"] == "127.0.0.1"
    assert [record.id for record in warc.records] == [
        request["headers"]["WARC-Record-ID"],
        exchange.response_record_id,
    ]


def test_a_request_that_got_no_answer_is_kept_as_its_request_record_alone(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # Its record was made while the answer was awaited, linked to an answer that never came: what is kept
    # is the request record of a failed attempt, linked to nothing.
    fixture_server.routes["/slow"] = lambda handler: time.sleep(1.5)
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),), timeout=0.3)
    session = open_session(options)
    warc = WarcFile(archive_dir, "exchange", dt.datetime.now(dt.UTC), opened_later=True)
    with pytest.raises(AttemptFailed) as failed:
        fetch_and_record(session, OutgoingRequest("http://news.example/slow"), warc)
    record_failed_attempt(warc, failed.value.attempt)
    session.close()

    (request,) = read_records(_published(warc))
    assert request["type"] == "request" and request["http_status_line"].startswith("GET /slow HTTP/1.1")
    assert "WARC-Concurrent-To" not in request["headers"]


def test_a_request_record_that_cannot_be_made_while_the_answer_is_awaited_is_made_as_it_is_written(
    fixture_server: FixtureServer, archive_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Made inside the request's sending, a failure there would have been taken for the request's own.
    def failing(warc: WarcFile, *args: Any) -> RequestRecord | None:
        raise MemoryError

    monkeypatch.setattr(WarcFile, "request_record", failing)
    fixture_server.routes["/page"] = Reply(200, b"<p>page</p>", ())
    session = open_session(NetworkOptions(connect_to=(fixture_server.rule("news.example"),)))
    warc = WarcFile(archive_dir, "exchange", dt.datetime.now(dt.UTC), opened_later=True)
    exchange = fetch_and_record(session, OutgoingRequest("http://news.example/page"), warc)
    session.close()

    request, response = read_records(_published(warc))
    assert exchange.status == 200 and response["payload"] == b"<p>page</p>"
    assert request["headers"]["WARC-Concurrent-To"] == exchange.response_record_id


def test_each_request_record_is_the_request_requests_own_session_prepares(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # The request is prepared without requests' merges and URL parsing, and an answer is read for cookies
    # only where it sets one: the records must hold the very requests requests' own path makes, the second
    # hop to an origin (its URL checked already) with the cookie the first answer set.
    fixture_server.routes["/first"] = Reply(200, b"first", (("Set-Cookie", "sid=7; Path=/"),))
    fixture_server.routes["/second"] = Reply(200, b"second", (("Content-Type", "text/plain"),))
    session = open_session(NetworkOptions(connect_to=(fixture_server.rule("news.example"),)))
    warc = WarcFile(archive_dir, "exchange", dt.datetime.now(dt.UTC))
    expected = []
    for path in ("/first", "/second", "/second?q=a/../b"):
        url = f"http://news.example{path}"
        plain = session.session.prepare_request(requests.Request("GET", url))
        head = url.split("/", 3)[3]
        expected.append((f"GET /{head} HTTP/1.1", [*plain.headers.items(), ("Host", "news.example")]))
        fetch_and_record(session, OutgoingRequest(url), warc)
    session.close()
    recorded = [
        (record["http_status_line"], record["http_headers"])
        for record in read_records(_published(warc))
        if record["type"] == "request"
    ]
    assert recorded == expected
    assert ("Cookie", "sid=7") in recorded[1][1]
