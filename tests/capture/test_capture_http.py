"""Capturing over plain HTTP: what ends up in the WARC and in the Capture."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

import pytest

from provenance.capture.options import NetworkOptions
from provenance.warc.writer import ORIGINAL_CONTENT_LENGTH, ORIGINAL_TRANSFER_ENCODING
from tests.capture.conftest import Capturer
from tests.support.servers import FixtureServer, Reply, chunked, raw_answer, redirect
from tests.support.warcs import read_records

ASSETS = Path(__file__).parents[1] / "assets" / "capture"
ARTICLE = (ASSETS / "article.html").read_bytes()


def _sha256(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def _options(server: FixtureServer, **changes: object) -> NetworkOptions:
    return NetworkOptions(connect_to=(server.rule("news.example"),), **changes)  # type: ignore[arg-type]


def test_redirect_chain_is_followed_and_every_hop_recorded(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes.update(
        {"/a": redirect("/b", 301), "/b": redirect("http://news.example/c"), "/c": Reply(body=ARTICLE)}
    )
    outcome = capture("http://news.example/a", _options(fixture_server))
    assert outcome.error is None and outcome.capture is not None
    assert outcome.capture.redirects == (
        "http://news.example/a",
        "http://news.example/b",
        "http://news.example/c",
    )
    assert (outcome.capture.final_url, outcome.capture.http_status) == ("http://news.example/c", 200)
    responses = [r for r in read_records(Path(outcome.capture.warc)) if r["type"] == "response"]
    assert [r["headers"]["WARC-Target-URI"] for r in responses] == list(outcome.capture.redirects)
    assert [r["http_status_line"].split()[1] for r in responses] == ["301", "302", "200"]
    assert responses[-1]["payload"] == ARTICLE


def test_too_many_redirects_stop_with_an_error(fixture_server: FixtureServer, capture: Capturer) -> None:
    fixture_server.routes["/loop"] = redirect("/loop")
    outcome = capture("http://news.example/loop", _options(fixture_server, max_redirects=3))
    assert outcome.error == "redirects: more than 3"
    assert outcome.capture is not None and len(outcome.capture.redirects) == 4


def test_a_redirect_naming_two_addresses_is_followed_to_neither(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    # requests joined them: `/one, /two` was requested, a 404 from an address the server never named.
    fixture_server.routes["/two"] = raw_answer(
        b"HTTP/1.1 302 Found\r\nLocation: /one\r\nLocation: /two\r\nContent-Length: 0\r\n\r\n"
    )
    outcome = capture("http://news.example/two", _options(fixture_server))
    assert outcome.error == "redirect to two addresses at once: '/one' and '/two'"
    assert outcome.capture is not None and outcome.capture.redirects == ("http://news.example/two",)
    assert outcome.capture.http_status == 302


def test_a_redirect_s_password_is_not_quoted_in_the_detail_of_one_that_is_not_followed(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    # The detail goes to the ledger, the SARIF file and the CI log: `user:secret@` stays in the WARC alone.
    fixture_server.routes["/two"] = raw_answer(
        b"HTTP/1.1 302 Found\r\nLocation: http://user:secret@a.example/one\r\n"
        b"Location: http://user:secret@b.example/two\r\nContent-Length: 0\r\n\r\n"
    )
    fixture_server.routes["/bad"] = raw_answer(
        b"HTTP/1.1 302 Found\r\nLocation: http://user:secret@[::1/\r\nContent-Length: 0\r\n\r\n"
    )
    two = capture("http://news.example/two", _options(fixture_server))
    assert two.error == "redirect to two addresses at once: 'http://a.example/one' and 'http://b.example/two'"
    bad = capture("http://news.example/bad", _options(fixture_server))
    assert bad.error is not None and bad.error.startswith("redirect to an address that does not parse")
    assert "secret" not in bad.error


def test_a_redirect_saying_its_location_twice_alike_is_followed(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/twice"] = raw_answer(
        b"HTTP/1.1 302 Found\r\nLocation: /one\r\nLocation: /one\r\nContent-Length: 0\r\n\r\n"
    )
    fixture_server.routes["/one"] = Reply(body=ARTICLE)
    outcome = capture("http://news.example/twice", _options(fixture_server))
    assert outcome.error is None and outcome.capture is not None
    assert (outcome.capture.final_url, outcome.capture.http_status) == ("http://news.example/one", 200)


def test_not_found_is_captured_as_evidence_with_an_http_error(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/gone"] = Reply(404, b"<h1>Post not found</h1>")
    outcome = capture("http://news.example/gone", _options(fixture_server))
    assert outcome.error == "http 404"
    assert outcome.capture is not None and outcome.capture.http_status == 404
    assert outcome.capture.error == "http 404"
    response = next(r for r in read_records(Path(outcome.capture.warc)) if r["type"] == "response")
    assert response["payload"] == b"<h1>Post not found</h1>"


def test_gzip_body_is_stored_as_gzip_with_digest_of_the_gzip_bytes(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    compressed = gzip.compress(ARTICLE)
    fixture_server.routes["/z"] = Reply(
        body=compressed, headers=(("Content-Type", "text/html"), ("Content-Encoding", "gzip"))
    )
    outcome = capture("http://news.example/z", _options(fixture_server))
    assert outcome.capture is not None and outcome.capture.bytes == len(compressed)
    response = next(r for r in read_records(Path(outcome.capture.warc)) if r["type"] == "response")
    assert response["payload"] == compressed
    assert response["headers"]["WARC-Payload-Digest"] == _sha256(compressed)
    assert ("Content-Encoding", "gzip") in response["http_headers"]


def test_chunked_body_is_stored_dechunked_with_the_header_renamed(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/chunks"] = chunked([b"first part, ", b"second part"])
    outcome = capture("http://news.example/chunks", _options(fixture_server))
    response = next(r for r in read_records(Path(outcome.capture.warc)) if r["type"] == "response")  # type: ignore[union-attr]
    assert response["payload"] == b"first part, second part"
    assert response["headers"]["WARC-Payload-Digest"] == _sha256(b"first part, second part")
    names = [name.lower() for name, _ in response["http_headers"]]
    assert "transfer-encoding" not in names
    assert (ORIGINAL_TRANSFER_ENCODING, "chunked") in response["http_headers"]


@pytest.mark.parametrize("declared", [b"100", b"3"], ids=["longer-than-the-body", "shorter-than-the-body"])
def test_a_content_length_sent_beside_chunked_framing_is_kept_renamed(
    fixture_server: FixtureServer, capture: Capturer, declared: bytes
) -> None:
    # The chunks frame the body, not the length (RFC 9112 6.3); kept as `Content-Length`, it told a replay
    # tool to wait for 97 bytes that never come, or to show 3 bytes of a page the checks read whole.
    fixture_server.routes["/both"] = raw_answer(
        b"HTTP/1.1 200 OK\r\nContent-Length: " + declared + b"\r\nTransfer-Encoding: chunked\r\n\r\n"
        b"5\r\nwhole\r\n5\r\n body\r\n0\r\n\r\n"
    )
    outcome = capture("http://news.example/both", _options(fixture_server))
    assert outcome.capture is not None and outcome.capture.truncated is False
    response = next(r for r in read_records(Path(outcome.capture.warc)) if r["type"] == "response")
    assert response["payload"] == b"whole body"
    assert [name.lower() for name, _ in response["http_headers"]] == [
        ORIGINAL_CONTENT_LENGTH.lower(),
        ORIGINAL_TRANSFER_ENCODING.lower(),
    ]
    assert (ORIGINAL_CONTENT_LENGTH, declared.decode()) in response["http_headers"]


def test_a_content_length_that_framed_the_body_beside_a_coding_read_as_it_came_is_kept_as_sent(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    # http.client removes chunked framing only for a Transfer-Encoding of exactly `chunked`: this body was
    # read as it came, its length framing it.
    fixture_server.routes["/coded"] = raw_answer(
        b"HTTP/1.1 200 OK\r\nContent-Length: 8\r\nTransfer-Encoding: gzip, chunked\r\n\r\n"
        b"3\r\nabc\r\n0\r\n\r\n"
    )
    outcome = capture("http://news.example/coded", _options(fixture_server))
    assert outcome.capture is not None
    response = next(r for r in read_records(Path(outcome.capture.warc)) if r["type"] == "response")
    assert response["payload"] == b"3\r\nabc\r\n"
    assert ("Content-Length", "8") in response["http_headers"]


def test_a_content_length_that_framed_the_body_is_kept_as_sent(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/plain"] = raw_answer(b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nwhole body")
    outcome = capture("http://news.example/plain", _options(fixture_server))
    assert outcome.capture is not None
    response = next(r for r in read_records(Path(outcome.capture.warc)) if r["type"] == "response")
    assert response["http_headers"] == [("Content-Length", "10")]
    assert response["payload"] == b"whole body"


def test_response_headers_keep_order_and_duplicates(fixture_server: FixtureServer, capture: Capturer) -> None:
    headers = (("X-B", "2"), ("Set-Cookie", "a=1"), ("X-A", "1"), ("Set-Cookie", "b=2"))
    fixture_server.routes["/h"] = Reply(body=b"x", headers=headers)
    outcome = capture("http://news.example/h", _options(fixture_server))
    response = next(r for r in read_records(Path(outcome.capture.warc)) if r["type"] == "response")  # type: ignore[union-attr]
    sent = [(n, v) for n, v in response["http_headers"] if n in ("X-A", "X-B", "Set-Cookie")]
    assert sent == list(headers)


def test_non_ascii_header_bytes_are_stored_as_the_server_sent_them(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    head = 'HTTP/1.1 200 OK\r\nContent-Disposition: inline; filename="café.html"\r\nContent-Length: 1\r\n\r\n'
    fixture_server.routes["/utf8"] = raw_answer(head.encode("utf-8") + b"x")
    fixture_server.routes["/latin1"] = raw_answer(
        b"HTTP/1.1 200 OK\r\nX-Town: Cr\xe9teil\r\nContent-Length: 0\r\n\r\n"
    )
    for path, sent in (("/utf8", "café".encode()), ("/latin1", b"Cr\xe9teil")):
        outcome = capture(f"http://news.example{path}", _options(fixture_server))
        assert outcome.capture is not None
        assert sent in gzip.decompress(Path(outcome.capture.warc).read_bytes())


def test_a_utf8_redirect_location_is_followed_to_its_percent_encoded_url(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    location = "HTTP/1.1 302 Found\r\nLocation: /café menu\r\nContent-Length: 0\r\n\r\n"
    fixture_server.routes["/old"] = raw_answer(location.encode("utf-8"))
    fixture_server.routes["/caf%C3%A9%20menu"] = Reply(body=b"menu")
    outcome = capture("http://news.example/old", _options(fixture_server))
    assert outcome.capture is not None and outcome.capture.http_status == 200
    assert outcome.capture.final_url == "http://news.example/caf%C3%A9%20menu"
    records = read_records(Path(outcome.capture.warc))
    uris = [r["headers"]["WARC-Target-URI"] for r in records if r["type"] in ("request", "response")]
    assert uris[-2:] == ["http://news.example/caf%C3%A9%20menu"] * 2


@pytest.mark.parametrize(
    "location", ["http://[::1", "http://[news.example]/p", "http://news.example:99999999/"]
)
def test_a_redirect_to_an_address_that_does_not_parse_is_the_footnote_s_error_not_the_run_s(
    fixture_server: FixtureServer, capture: Capturer, location: str
) -> None:
    # urljoin raised ValueError out of the capture: the whole run stopped with an internal error (exit 3).
    fixture_server.routes["/old"] = redirect(location)
    outcome = capture("http://news.example/old", _options(fixture_server))
    assert outcome.error is not None and repr(location) in outcome.error, outcome.error
    assert outcome.capture is not None and outcome.capture.http_status == 302
    responses = [r for r in read_records(Path(outcome.capture.warc)) if r["type"] == "response"]
    assert [r["headers"]["WARC-Target-URI"] for r in responses] == ["http://news.example/old"]


def test_warc_records_follow_the_conventions(fixture_server: FixtureServer, capture: Capturer) -> None:
    fixture_server.routes["/p"] = Reply(body=ARTICLE)
    outcome = capture("http://news.example/p?x=1", _options(fixture_server), label="fn3")
    assert outcome.capture is not None
    records = read_records(Path(outcome.capture.warc))
    assert [r["type"] for r in records] == ["warcinfo", "request", "response", "metadata"]
    assert (
        b"operator: tester" in records[0]["payload"]
        and b"command-line: provenance check r.md" in records[0]["payload"]
    )
    request, response = records[1]["headers"], records[2]["headers"]
    assert request["WARC-Concurrent-To"] == response["WARC-Record-ID"]
    assert response["WARC-Concurrent-To"] == request["WARC-Record-ID"]
    for headers in (request, response):
        assert headers["WARC-Target-URI"] == "http://news.example/p?x=1"
        assert headers["WARC-IP-Address"] == "127.0.0.1"
    assert records[1]["http_status_line"] == "GET /p?x=1 HTTP/1.1"
    assert ("Host", "news.example") in records[1]["http_headers"]
    assert fixture_server.requests[0].headers[-1] == ("Host", "news.example")
    metadata = json.loads(records[3]["payload"])
    assert (metadata["label"], metadata["final_url"], metadata["ip"]) == (
        "fn3",
        "http://news.example/p?x=1",
        "127.0.0.1",
    )


def test_capture_lists_every_record_with_its_sha256_digests(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/p"] = Reply(body=ARTICLE)
    outcome = capture("http://news.example/p", _options(fixture_server))
    assert outcome.capture is not None
    path = Path(outcome.capture.warc)
    records = read_records(path)
    assert [ref.id for ref in outcome.capture.records] == [r["headers"]["WARC-Record-ID"] for r in records]
    assert [ref.block_digest for ref in outcome.capture.records] == [
        r["headers"]["WARC-Block-Digest"] for r in records
    ]
    assert all(ref.block_digest.startswith("sha256:") for ref in outcome.capture.records)
    assert outcome.capture.records[2].payload_digest == _sha256(ARTICLE)
    assert outcome.capture.warc_sha256 == hashlib.sha256(path.read_bytes()).hexdigest()
    assert outcome.capture.bytes == len(ARTICLE) and outcome.capture.truncated is False


def test_side_urls_go_into_the_same_warc_and_their_failures_do_not_fail_the_capture(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes.update({"/post": Reply(body=b"post"), "/embed": Reply(body=b"widget")})
    options = _options(fixture_server)
    outcome = capture(
        "http://news.example/post",
        options,
        side_urls=("http://news.example/embed", "http://news.example/missing", "http://127.0.0.1:9/"),
    )
    assert outcome.error is None and outcome.capture is not None
    records = read_records(Path(outcome.capture.warc))
    targets = [r["headers"]["WARC-Target-URI"] for r in records if r["type"] == "response"]
    assert targets == ["http://news.example/post", "http://news.example/embed", "http://news.example/missing"]
    sides = json.loads(records[-1]["payload"])["side_requests"]
    assert [side["error"] for side in sides] == [None, "http 404", "blocked: 127.0.0.1 is a loopback address"]
    assert outcome.capture.bytes == len(b"post") + len(b"widget") + len(b"not found")


def test_cookies_set_by_a_redirect_are_sent_on_the_next_hop(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes.update(
        {
            "/login": Reply(302, headers=(("Location", "/wall"), ("Set-Cookie", "consent=yes; Path=/"))),
            "/wall": Reply(body=b"ok"),
        }
    )
    capture("http://news.example/login", _options(fixture_server))
    assert ("Cookie", "consent=yes") in fixture_server.requests[1].headers
