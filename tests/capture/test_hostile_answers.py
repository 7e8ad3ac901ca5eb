"""Answers a careless or hostile server sends (interim 1xx heads, framing that contradicts itself): what the
capture records and how it names what it could not record."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.capture.options import NetworkOptions
from tests.capture.conftest import Capturer
from tests.support.servers import FixtureServer, raw_answer
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
        f"connect: 127.0.0.1:{fixture_server.port}: not a valid HTTP answer "
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
