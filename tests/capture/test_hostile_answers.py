"""Answers a careless or hostile server sends (interim 1xx heads, framing that contradicts itself): what the
capture records and how it names what it could not record."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from provenance.capture.options import NetworkOptions
from tests.capture.conftest import Capturer
from tests.support.servers import FixtureRequestHandler, FixtureServer, Handler, raw_answer
from tests.support.warcs import read_records

PAGE = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n\r\nthe answer"


def _options(server: FixtureServer) -> NetworkOptions:
    return NetworkOptions(connect_to=(server.rule("news.example"),))


def _response(warc: str) -> dict[str, object]:
    return next(record for record in read_records(Path(warc)) if record["type"] == "response")


@pytest.mark.parametrize(
    "interim",
    [
        pytest.param(b"HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n", id="103"),
        pytest.param(b"HTTP/1.1 102 Processing\r\n\r\n", id="102"),
        pytest.param(b"HTTP/1.1 103 Early Hints\r\n\r\n" * 3 + b"HTTP/1.1 102 Processing\r\n\r\n", id="many"),
        pytest.param(b"HTTP/1.1 100 Continue\r\n\r\n", id="100"),  # skipped by http.client all along
    ],
)
def test_an_interim_1xx_answer_is_skipped_for_the_final_answer_after_it(
    fixture_server: FixtureServer, capture: Capturer, interim: bytes
) -> None:
    fixture_server.routes["/hints"] = raw_answer(interim + PAGE)
    outcome = capture("http://news.example/hints", _options(fixture_server))
    assert outcome.error is None and outcome.capture is not None
    assert (outcome.capture.http_status, outcome.capture.bytes) == (200, 10)
    response = _response(outcome.capture.warc)
    assert response["http_status_line"] == "HTTP/1.1 200 OK"
    assert response["payload"] == b"the answer"


def test_a_switching_protocols_answer_is_still_the_answer_recorded(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    upgrade = b"HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n"
    fixture_server.routes["/upgrade"] = raw_answer(upgrade)
    outcome = capture("http://news.example/upgrade", _options(fixture_server))
    assert outcome.capture is not None and outcome.capture.http_status == 101


@pytest.mark.parametrize(
    "lengths",
    [
        pytest.param(b"Content-Length: 5\r\nContent-Length: 20\r\n", id="two-fields"),
        pytest.param(b"Content-Length: 5, 20\r\n", id="one-field-two-values"),
    ],
)
def test_content_lengths_that_differ_are_named_not_a_valid_http_answer(
    fixture_server: FixtureServer, capture: Capturer, lengths: bytes
) -> None:
    fixture_server.routes["/lengths"] = raw_answer(
        b"HTTP/1.1 200 OK\r\n" + lengths + b"\r\nhello world 12345678"
    )
    outcome = capture("http://news.example/lengths", _options(fixture_server))
    assert outcome.capture is not None and outcome.capture.http_status is None
    assert outcome.error == (
        f"answer: 127.0.0.1:{fixture_server.port}: not a valid HTTP answer "
        "(InvalidHeader: Content-Length contained multiple unmatching values (5, 20))"
    )


def test_a_content_length_repeated_with_one_value_is_an_answer(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/same"] = raw_answer(
        b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\nContent-Length: 5\r\n\r\nhello"
    )
    outcome = capture("http://news.example/same", _options(fixture_server))
    assert outcome.error is None and outcome.capture is not None
    assert (outcome.capture.http_status, outcome.capture.bytes) == (200, 5)


@pytest.mark.parametrize("length", [b"+5", b"1_0", b"-5", b"5, +5"])
def test_a_content_length_python_reads_though_it_is_not_digits_is_not_a_valid_answer(
    fixture_server: FixtureServer, capture: Capturer, length: bytes
) -> None:
    # `+5` read 5 bytes of the 10 sent and stored them as the whole answer; a careful reader finds no length.
    fixture_server.routes["/length"] = raw_answer(
        b"HTTP/1.1 200 OK\r\nContent-Length: " + length + b"\r\n\r\nhelloEXTRA"
    )
    outcome = capture("http://news.example/length", _options(fixture_server))
    assert outcome.capture is not None and outcome.capture.http_status is None
    assert outcome.error == (
        f"answer: 127.0.0.1:{fixture_server.port}: not a valid HTTP answer "
        f"(HTTPException: Content-Length {length.decode()!r} is not a number of digits)"
    )


@pytest.mark.parametrize(
    ("length", "stored"),
    [
        pytest.param(b" 10 ", b"helloEXTRA", id="spaces-around"),
        pytest.param(b"10, 10", b"helloEXTRA", id="said-twice"),
        pytest.param(b"5", b"hello", id="fewer-than-sent"),
        pytest.param(b"0x5", b"helloEXTRA", id="no-number-read-to-the-end"),
    ],
)
def test_a_content_length_of_digits_or_of_no_number_frames_the_body_as_before(
    fixture_server: FixtureServer, capture: Capturer, length: bytes, stored: bytes
) -> None:
    fixture_server.routes["/length"] = raw_answer(
        b"HTTP/1.1 200 OK\r\nContent-Length: " + length + b"\r\n\r\nhelloEXTRA"
    )
    outcome = capture("http://news.example/length", _options(fixture_server))
    assert outcome.error is None and outcome.capture is not None
    assert (outcome.capture.http_status, outcome.capture.truncated) == (200, False)
    assert _response(outcome.capture.warc)["payload"] == stored


@pytest.mark.parametrize(
    ("line", "said"),
    [
        pytest.param(b"Content Type: text/html", "'Content Type: text/html'", id="space-in-name"),
        pytest.param(b"Content-Length : 5", "'Content-Length : 5'", id="space-before-colon"),
        pytest.param(b"no colon here", "'no colon here'", id="no-colon"),
        pytest.param(b"X-A: a\rb", "'b'", id="bare-cr"),
    ],
)
def test_a_head_line_that_is_no_header_is_not_a_valid_answer_not_headers_silently_lost(
    fixture_server: FixtureServer, capture: Capturer, line: bytes, said: str
) -> None:
    # http.client stopped reading headers there: the Content-Length after it was lost, the body read to the
    # close (`helloEXTRA`, where a browser shows `hello`), and the WARC kept no header at all.
    fixture_server.routes["/head"] = raw_answer(
        b"HTTP/1.1 200 OK\r\n" + line + b"\r\nContent-Length: 5\r\n\r\nhelloEXTRA"
    )
    outcome = capture("http://news.example/head", _options(fixture_server))
    assert outcome.capture is not None and outcome.capture.http_status is None
    assert outcome.error == (
        f"answer: 127.0.0.1:{fixture_server.port}: not a valid HTTP answer (HTTPException: a header line "
        f"that is no header ({said}): the lines after it were not read)"
    )


def test_a_folded_header_value_and_a_line_before_the_first_header_leave_the_answer_read(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    # obs-fold (RFC 9112 5.2) is one header's value; a line of whitespace first is dropped, as 2.2 allows.
    fixture_server.routes["/fold"] = raw_answer(
        b"HTTP/1.1 200 OK\r\n X-Lead: dropped\r\nX-A: one\r\n two\r\nContent-Length: 5\r\n\r\nhelloEXTRA"
    )
    outcome = capture("http://news.example/fold", _options(fixture_server))
    assert outcome.error is None and outcome.capture is not None and outcome.capture.http_status == 200
    response = _response(outcome.capture.warc)
    assert response["payload"] == b"hello"
    assert response["http_headers"] == [("X-A", "one two"), ("Content-Length", "5")]


def _framing_trickled(
    start: bytes, byte: bytes, end: bytes, count: int = 300, pause: float = 0.05
) -> Handler:
    """Send `start`, then `byte` once per `pause` seconds `count` times (each well within the read timeout,
    all of them far past the body deadline), then `end`."""

    def send(handler: FixtureRequestHandler) -> None:
        handler.wfile.write(start)
        handler.wfile.flush()
        for _ in range(count):
            if handler.fixture.stopping.wait(pause):
                return
            handler.wfile.write(byte)
            handler.wfile.flush()
        handler.wfile.write(end)

    return send


CHUNKED = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"


@pytest.mark.parametrize(
    ("handler", "stored"),
    [
        pytest.param(
            _framing_trickled(CHUNKED + b"5\r\nhello\r\n0\r\n", b"X: y\r\n", b"\r\n"), b"hello", id="trailers"
        ),
        pytest.param(
            _framing_trickled(CHUNKED + b"5;", b"a", b"\r\nhello\r\n0\r\n\r\n"), b"", id="size-line"
        ),
        pytest.param(
            _framing_trickled(CHUNKED + b"5\r\nhello\r\n", b"0", b"5\r\nworld\r\n0\r\n\r\n"),
            b"hello",
            id="next-size-line",
        ),
    ],
)
def test_chunk_framing_that_trickles_in_is_cut_at_the_whole_body_deadline(
    fixture_server: FixtureServer, capture: Capturer, handler: Handler, stored: bytes
) -> None:
    fixture_server.routes["/framing"] = handler
    started = time.monotonic()
    outcome = capture(
        "http://news.example/framing",
        NetworkOptions(connect_to=(fixture_server.rule("news.example"),), timeout=0.25),
    )
    assert time.monotonic() - started < 5, "each byte came in time, the whole body never"
    assert outcome.capture is not None and outcome.capture.http_status == 200
    assert (outcome.capture.truncation, outcome.capture.bytes) == ("time", len(stored))
    response = _response(outcome.capture.warc)
    assert response["headers"]["WARC-Truncated"] == "time"  # type: ignore[index]
    assert response["payload"] == stored


def test_a_chunked_body_with_extensions_and_trailers_sent_at_once_is_whole(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/chunked"] = raw_answer(
        CHUNKED + b"5;name=value\r\nhello\r\n6\r\n world\r\n0\r\nX-Signature: abc\r\n\r\n"
    )
    outcome = capture(
        "http://news.example/chunked",
        NetworkOptions(connect_to=(fixture_server.rule("news.example"),), timeout=0.25),
    )
    assert outcome.error is None and outcome.capture is not None
    assert (outcome.capture.truncation, outcome.capture.bytes) == (None, 11)
    assert _response(outcome.capture.warc)["payload"] == b"hello world"


@pytest.mark.parametrize(
    ("framing", "stored"),
    [
        pytest.param(b"5\r\nhelloXX5\r\nworld\r\n0\r\n\r\n", b"hello", id="chunk-longer-than-said"),
        pytest.param(b"0x5\r\nhello\r\n0\r\n\r\n", b"", id="0x-size"),
        pytest.param(b"+5\r\nhello\r\n0\r\n\r\n", b"", id="signed-size"),
        pytest.param(b"-5\r\nhello\r\n0\r\n\r\n", b"", id="negative-size"),
        pytest.param(b"5\r\nhello\r\n5_0\r\n" + b"x" * 80 + b"\r\n0\r\n\r\n", b"hello", id="underscore"),
        pytest.param(b"5\r\nhello\r\nzz\r\nworld\r\n0\r\n\r\n", b"hello", id="not-hex"),
        pytest.param(b"5\r\nhello\r\n", b"hello", id="no-last-chunk"),
    ],
)
def test_chunk_framing_that_is_broken_ends_the_body_there_as_cut_never_whole(
    fixture_server: FixtureServer, capture: Capturer, framing: bytes, stored: bytes
) -> None:
    # http.client read `0x5`, `+5` and `5_0` as sizes (Python's int) and tossed the two bytes after a
    # chunk's data unread: `helloXX` lost `XX`, and `helloworld` was stored as the whole answer.
    fixture_server.routes["/framing"] = raw_answer(CHUNKED + framing)
    outcome = capture("http://news.example/framing", _options(fixture_server))
    assert outcome.capture is not None and outcome.capture.http_status == 200
    assert (outcome.capture.truncated, outcome.capture.truncation) == (True, "disconnect")
    response = _response(outcome.capture.warc)
    assert response["headers"]["WARC-Truncated"] == "disconnect"  # type: ignore[index]
    assert response["payload"] == stored


@pytest.mark.parametrize(
    "framing",
    [
        pytest.param(b"0005 ;a=b\r\nhello\r\n00A\r\n0123456789\r\n0\r\nT: x\r\n\r\n", id="zeros-space-ext"),
        pytest.param(b" 5\t\r\nhello\r\na\r\n0123456789\r\n0\r\n\r\n", id="spaces-around"),
        pytest.param(b"5\nhello\r\nA\n0123456789\r\n0\n\n", id="bare-lf-lines"),
    ],
)
def test_chunk_framing_that_is_odd_but_valid_is_a_whole_body(
    fixture_server: FixtureServer, capture: Capturer, framing: bytes
) -> None:
    fixture_server.routes["/framing"] = raw_answer(CHUNKED + framing)
    outcome = capture("http://news.example/framing", _options(fixture_server))
    assert outcome.error is None and outcome.capture is not None
    assert (outcome.capture.truncated, outcome.capture.bytes) == (False, 15)
    assert _response(outcome.capture.warc)["payload"] == b"hello0123456789"


def _redirect_to(location: bytes) -> bytes:
    return b"HTTP/1.1 302 Found\r\nLocation: " + location + b"\r\nContent-Length: 0\r\n\r\n"


def test_a_location_whose_bytes_are_not_utf8_is_followed_byte_for_byte_not_a_crash(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    # A Latin-1 server's `café`: requests raised UnicodeDecodeError and the whole run was an internal error.
    fixture_server.routes["/old"] = raw_answer(_redirect_to(b"/caf\xe9 menu"))
    fixture_server.routes["/caf%E9%20menu"] = raw_answer(PAGE)
    outcome = capture("http://news.example/old", _options(fixture_server))
    assert outcome.error is None and outcome.capture is not None
    assert outcome.capture.redirects == ("http://news.example/old", "http://news.example/caf%E9%20menu")
    assert outcome.capture.http_status == 200


def test_a_utf8_location_is_followed_as_utf8(fixture_server: FixtureServer, capture: Capturer) -> None:
    fixture_server.routes["/old"] = raw_answer(_redirect_to("/café".encode()))
    fixture_server.routes["/caf%C3%A9"] = raw_answer(PAGE)
    outcome = capture("http://news.example/old", _options(fixture_server))
    assert outcome.error is None and outcome.capture is not None
    assert outcome.capture.redirects == ("http://news.example/old", "http://news.example/caf%C3%A9")
    assert outcome.capture.http_status == 200
