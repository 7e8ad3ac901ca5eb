"""Bodies cut short, servers that stall, and fetches that never reach a server."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from provenance.capture.options import ConnectTo, NetworkOptions
from provenance.warc.reader import read_responses
from tests.capture.conftest import Capturer
from tests.support.servers import (
    FixtureServer,
    Reply,
    disconnect_after,
    raw_answer,
    stall,
    trickle,
    trickle_headers,
)
from tests.support.warcs import read_records

BODY = bytes(range(256)) * 40


def _options(server: FixtureServer, **changes: object) -> NetworkOptions:
    return NetworkOptions(connect_to=(server.rule("news.example"),), **changes)  # type: ignore[arg-type]


def _types(warc: str) -> list[str]:
    return [record["type"] for record in read_records(Path(warc))]


def _response(warc: str) -> dict[str, object]:
    return next(r for r in read_records(Path(warc)) if r["type"] == "response")


def test_body_over_max_bytes_keeps_the_first_bytes_and_says_length(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/big"] = Reply(body=BODY)
    outcome = capture("http://news.example/big", _options(fixture_server, max_bytes=1000))
    assert outcome.capture is not None
    assert (outcome.capture.truncated, outcome.capture.truncation, outcome.capture.bytes) == (
        True,
        "length",
        1000,
    )
    response = _response(outcome.capture.warc)
    assert response["payload"] == BODY[:1000]
    assert response["headers"]["WARC-Truncated"] == "length"  # type: ignore[index]


def test_body_of_exactly_max_bytes_is_not_truncated(fixture_server: FixtureServer, capture: Capturer) -> None:
    fixture_server.routes["/exact"] = Reply(body=BODY[:1000])
    outcome = capture("http://news.example/exact", _options(fixture_server, max_bytes=1000))
    assert outcome.capture is not None and outcome.capture.truncated is False
    assert "WARC-Truncated" not in _response(outcome.capture.warc)["headers"]  # type: ignore[operator]


def test_early_disconnect_keeps_what_arrived_and_says_disconnect(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/cut"] = disconnect_after(BODY[:100], declared=1000)
    outcome = capture("http://news.example/cut", _options(fixture_server))
    assert outcome.capture is not None
    assert (outcome.capture.truncation, outcome.capture.bytes) == ("disconnect", 100)
    response = _response(outcome.capture.warc)
    assert response["payload"] == BODY[:100]
    assert response["headers"]["WARC-Truncated"] == "disconnect"  # type: ignore[index]


def test_trickling_body_is_cut_at_the_whole_body_deadline(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/slow"] = trickle(BODY[:400], pause=0.02)
    outcome = capture("http://news.example/slow", _options(fixture_server, timeout=0.25))
    assert outcome.capture is not None
    assert outcome.capture.truncation == "time"
    assert 0 < outcome.capture.bytes < 400
    response = _response(outcome.capture.warc)
    assert response["payload"] == BODY[: outcome.capture.bytes]
    assert response["headers"]["WARC-Truncated"] == "time"  # type: ignore[index]


def test_server_that_never_answers_is_a_timeout_kept_as_an_attempt(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/stall"] = stall(30)
    outcome = capture("http://news.example/stall", _options(fixture_server, timeout=0.3))
    assert outcome.error is not None and outcome.error.startswith("timeout: news.example sent no answer")
    assert outcome.capture is not None and outcome.capture.http_status is None
    assert _types(outcome.capture.warc) == ["warcinfo", "request", "metadata"]


def test_headers_that_trickle_in_are_cut_at_the_whole_head_deadline(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    # Each header line comes well within the read timeout; all of them would take a minute.
    fixture_server.routes["/slow-head"] = trickle_headers(count=600, pause=0.1)
    outcome = capture("http://news.example/slow-head", _options(fixture_server, timeout=0.5))
    assert outcome.error is not None
    assert outcome.error.startswith("timeout: news.example did not finish the head of its answer")
    assert outcome.capture is not None and outcome.capture.http_status is None
    assert _types(outcome.capture.warc) == ["warcinfo", "request", "metadata"], "a cut head is not an answer"


def test_server_closing_without_an_answer_after_the_request_is_a_disconnect_not_a_connect_error(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    # The server read the request and hung up: `connect:` told a reader no connection was made.
    fixture_server.routes["/hangup"] = lambda handler: handler.connection.shutdown(socket.SHUT_RDWR)
    outcome = capture("http://news.example/hangup", _options(fixture_server))
    assert outcome.capture is not None and outcome.capture.http_status is None
    assert outcome.error == (
        f"disconnect: 127.0.0.1:{fixture_server.port}: the server closed the connection without an answer"
    )


def test_a_port_nothing_listens_on_is_a_connect_error(capture: Capturer) -> None:
    with socket.create_server(("127.0.0.1", 0)) as closed:
        port = closed.getsockname()[1]
    options = NetworkOptions(connect_to=(ConnectTo("news.example", None, "127.0.0.1", port),), retries=0)
    outcome = capture("http://news.example/", options)
    assert outcome.error == f"connect: 127.0.0.1:{port} refused the connection"


@pytest.mark.parametrize(
    ("answer", "why"),
    [
        (b"HTTP/1.1 200 OK\r\nX-Big: " + b"a" * 70_000 + b"\r\n\r\n", "header line"),
        (b"HTTP/1.1 200 OK\r\n" + b"X-Many: 1\r\n" * 600 + b"\r\n", "more than 500 headers"),
        (b"<html>no status line, no headers</html>", "<html>"),
        # Each line within http.client's bounds, the whole past what the WARC reader reads back (a head of
        # 1.2 MB was captured, then could not be read, and its footnote was an error).
        (
            b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-Big-%d: " % i + b"a" * 60_000 + b"\r\n" for i in range(20)),
            "a head longer than 524288 bytes, more than a browser reads",
        ),
    ],
)
def test_an_answer_that_is_not_valid_http_is_named_as_such(
    fixture_server: FixtureServer, capture: Capturer, answer: bytes, why: str
) -> None:
    fixture_server.routes["/bad"] = raw_answer(answer)
    outcome = capture("http://news.example/bad", _options(fixture_server))
    assert outcome.capture is not None and outcome.capture.http_status is None
    assert outcome.error is not None
    # An answer came: `connect:` told a reader none did (nor any connection).
    assert outcome.error.startswith(f"answer: 127.0.0.1:{fixture_server.port}: not a valid HTTP answer")
    assert why in outcome.error


def test_a_large_head_a_browser_reads_is_captured_and_read_back(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    big = b"".join(b"X-Big-%d: " % i + b"a" * 20_000 + b"\r\n" for i in range(12))  # 240 KB
    fixture_server.routes["/big"] = raw_answer(b"HTTP/1.1 200 OK\r\n" + big + b"Content-Length: 2\r\n\r\nok")
    outcome = capture("http://news.example/big", _options(fixture_server))
    assert outcome.error is None and outcome.capture is not None and outcome.capture.http_status == 200
    with Path(outcome.capture.warc).open("rb") as stream:
        (response,) = read_responses(stream)
    assert (response.body, len(response.headers)) == (b"ok", 13)


def test_a_head_of_more_than_100_header_lines_a_browser_reads_is_captured_and_read_back(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    # http.client's own bound of 100 lines failed it as "not a valid HTTP answer (got more than 100 headers)".
    # 400 of them (500 lines are taken, the blank one that ends them included), each read back from the WARC.
    cookies = b"".join(b"Set-Cookie: c%d=v; Path=/\r\n" % i for i in range(399))
    fixture_server.routes["/cookies"] = raw_answer(
        b"HTTP/1.1 200 OK\r\n" + cookies + b"Content-Length: 2\r\n\r\nok"
    )
    outcome = capture("http://news.example/cookies", _options(fixture_server))
    assert outcome.error is None and outcome.capture is not None and outcome.capture.http_status == 200
    with Path(outcome.capture.warc).open("rb") as stream:
        (response,) = read_responses(stream)
    assert (response.body, len(response.headers)) == (b"ok", 400)


def test_a_redirect_body_is_stored_and_capped_like_any_body(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    # requests' Session.send reads a redirect's whole body into memory, without any cap, before returning
    # it: such a body was never stored, and a huge one would exhaust memory.
    fixture_server.routes.update(
        {"/old": Reply(301, BODY, (("Location", "/new"),)), "/new": Reply(body=b"new")}
    )
    outcome = capture("http://news.example/old", _options(fixture_server, max_bytes=1000))
    assert outcome.capture is not None and outcome.capture.http_status == 200
    first = _response(outcome.capture.warc)
    assert first["payload"] == BODY[:1000]
    assert first["headers"]["WARC-Truncated"] == "length"  # type: ignore[index]
    assert outcome.capture.bytes == 1000 + len(b"new")
