"""The URL a report cites is the URL requested: canonical forms are extra requests, never a replacement."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from provenance import cli
from provenance.capture.failure import CaptureFailure
from provenance.capture.options import NetworkOptions
from provenance.capture.uri import request_uri, same_resource
from tests.capture.conftest import Capturer
from tests.support.servers import FixtureServer, LocalCA, Reply
from tests.support.warcs import read_records

POST = b"<html><body><p>just setting up my twttr</p></body></html>"


@pytest.fixture
def platform_server(local_ca: LocalCA) -> Iterator[FixtureServer]:
    routes = {
        "/jack/status/20": Reply(body=POST),
        "/s/durov/123": Reply(body=POST),
        "/durov/123": Reply(body=POST),
    }
    with FixtureServer(routes, tls=local_ca) as server:
        yield server


def _check(workdir: Path, note: str, server: FixtureServer, ca: LocalCA) -> dict[str, object]:
    (workdir / "r.md").write_text(f"Claim.[^1]\n\n[^1]: {note}\n", encoding="utf-8")
    argv = ["check", str(workdir / "r.md"), "--archive-dir", str(workdir / "archives")]
    argv += ["--connect-to", f"::127.0.0.1:{server.port}", "--ca-bundle", str(ca.ca_pem), "--allow-private"]
    cli.main(argv)
    lines = (workdir / "r.md.ledger.jsonl").read_text(encoding="utf-8").splitlines()
    footnote: dict[str, object] = json.loads(lines[1])
    return footnote


def _requests_in(warc: str) -> list[tuple[str, str]]:
    """(WARC-Target-URI, request line) of every request record, in order."""
    records = read_records(Path(warc))
    return [
        (r["headers"]["WARC-Target-URI"], r["http_status_line"]) for r in records if r["type"] == "request"
    ]


def test_a_twitter_com_link_is_requested_at_twitter_com_not_replaced_by_x_com(
    tmp_path: Path, platform_server: FixtureServer, local_ca: LocalCA
) -> None:
    footnote = _check(
        tmp_path, "Jack Dorsey (@jack), Twitter, March 21, 2006, https://twitter.com/jack/status/20",
        platform_server, local_ca,
    )  # fmt: skip
    citation, capture = footnote["citation"], footnote["capture"]
    assert isinstance(citation, dict) and isinstance(capture, dict)
    assert citation["url"] == "https://twitter.com/jack/status/20"
    assert citation["canonical_url"] == "https://x.com/jack/status/20"
    hosts = [dict(seen.headers)["Host"] for seen in platform_server.requests]
    # The platform's side documents (syndication JSON, oEmbed) follow; see tests/extractors.
    assert hosts[:2] == ["twitter.com", "x.com"], (
        "the cited host first, its canonical form as an extra request"
    )
    assert _requests_in(str(tmp_path / str(capture["warc"])))[:2] == [
        ("https://twitter.com/jack/status/20", "GET /jack/status/20 HTTP/1.1"),
        ("https://x.com/jack/status/20", "GET /jack/status/20 HTTP/1.1"),
    ]
    assert capture["url"] == "https://twitter.com/jack/status/20"


def test_a_telegram_preview_link_is_requested_with_its_path_and_query(
    tmp_path: Path, platform_server: FixtureServer, local_ca: LocalCA
) -> None:
    footnote = _check(
        tmp_path,
        "Durov, Telegram, January 21, 2022, https://t.me/s/durov/123?embed=1",
        platform_server,
        local_ca,
    )
    capture = footnote["capture"]
    assert isinstance(capture, dict)
    assert [seen.path for seen in platform_server.requests] == ["/s/durov/123?embed=1", "/durov/123"]
    assert [uri for uri, _ in _requests_in(str(tmp_path / str(capture["warc"])))] == [
        "https://t.me/s/durov/123?embed=1",
        "https://t.me/durov/123",
    ]


def test_the_request_keeps_dot_segments_case_and_escapes_as_cited(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    cited = "http://news.example/a/../B/%7efoo/%41?q=a b&r=%zz#section"
    outcome = capture(cited, options)
    assert outcome.capture is not None and outcome.capture.url == cited
    assert [seen.path for seen in fixture_server.requests] == ["/a/../B/%7Efoo/%41?q=a%20b&r=%25zz"]
    assert _requests_in(outcome.capture.warc) == [
        (
            "http://news.example/a/../B/%7Efoo/%41?q=a%20b&r=%25zz",
            "GET /a/../B/%7Efoo/%41?q=a%20b&r=%25zz HTTP/1.1",
        )
    ]


def test_a_canonical_form_that_differs_only_by_its_fragment_is_not_fetched_twice(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/page"] = Reply(body=b"page")
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    outcome = capture("http://news.example/page#part-2", options, side_urls=("http://news.example/page",))
    assert outcome.capture is not None and fixture_server.hits["/page"] == 1


@pytest.mark.parametrize(
    ("cited", "requested"),
    [
        ("https://x.com/jack/status/20?s=20&t=abc", "https://x.com/jack/status/20?s=20&t=abc"),
        ("https://t.me/s/durov/123?embed=1#top", "https://t.me/s/durov/123?embed=1"),
        ("http://News.Example/A/./b/../c", "http://News.Example/A/./b/../c"),
        ("http://news.example", "http://news.example/"),
        ("http://news.example/p?", "http://news.example/p?"),
        ("http://news.example/café menu?q=ü", "http://news.example/caf%C3%A9%20menu?q=%C3%BC"),
        ("http://news.example/%e2%82%ac", "http://news.example/%E2%82%AC"),
        ("http://news.example/100%/x", "http://news.example/100%25/x"),
        ("http://news.example/p?a=[1]|{2}", "http://news.example/p?a=%5B1%5D%7C%7B2%7D"),
        ("HTTP://[::1]:8080/x", "http://[::1]:8080/x"),
        ("https://bücher.example/Straße", "https://xn--bcher-kva.example/Stra%C3%9Fe"),
        # Never sent: the URI the request is named by holds no user name or password.
        ("https://user:secret@news.example/p", "https://news.example/p"),
        ("https://twitter.com@evil.example/p@x", "https://evil.example/p@x"),
    ],
)
def test_a_cited_url_is_changed_only_by_percent_encoding_and_idna(cited: str, requested: str) -> None:
    assert request_uri(cited) == requested


def test_a_host_that_is_not_a_valid_international_name_is_a_url_error() -> None:
    with pytest.raises(CaptureFailure, match=r"^url: host name"):
        request_uri("http://a\u200d\u200d.example/")


@pytest.mark.parametrize(
    ("first", "second", "same"),
    [
        ("http://a.example/p?q=it's", "http://a.example/p?q=it%27s", True),  # Chromium escapes `'` in a query
        ("http://a.example/p?q=%7Bx%7D", "http://a.example/p?q={x}", True),  # and leaves `{}` as they are
        ("http://a.example/%7euser", "http://a.example/~user", True),  # unreserved (RFC 3986 6.2.2.2)
        ("http://a.example/caf%c3%a9", "http://a.example/caf%C3%A9", True),  # hex case
        ("http://a.example/p?a=1%262", "http://a.example/p?a=1&2", False),  # an escaped delimiter is data
        ("http://a.example/a%2Fb", "http://a.example/a/b", False),
        ("http://user:pw@a.example/p", "http://a.example/p", True),  # never sent: the same request
        ("http://a.example/p", "http://b.example/p", False),
    ],
)
def test_same_resource_allows_only_spellings_that_mean_the_same(first: str, second: str, same: bool) -> None:
    assert same_resource(first, second) is same


def _requests_with_authorization(server: FixtureServer) -> list[str]:
    return [
        seen.path
        for seen in server.requests
        if any(name.lower() == "authorization" for name, _ in seen.headers)
    ]


def test_a_cited_url_with_a_user_name_and_password_is_requested_without_them(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/private"] = Reply(status=401, headers=(("WWW-Authenticate", 'Basic realm="x"'),))
    outcome = capture(
        "http://user:secret@news.example/private",
        NetworkOptions(connect_to=(fixture_server.rule("news.example"),)),
    )
    assert _requests_with_authorization(fixture_server) == [], "the password went to the site"
    assert outcome.capture is not None and outcome.capture.http_status == 401
    assert outcome.error == "http 401"
    records = read_records(Path(outcome.capture.warc))
    request = next(r for r in records if r["type"] == "request")
    assert all(name.lower() != "authorization" for name, _ in request["http_headers"])
    # Named as it went: the request carried no password, and no record or ledger field that names what was
    # requested holds one. The cited URL (`capture.url`) is the report's own words.
    assert outcome.capture.url == "http://user:secret@news.example/private"
    assert not [r["type"] for r in records if "secret" in r["headers"].get("WARC-Target-URI", "")]
    assert (outcome.capture.final_url, outcome.capture.redirects) == (
        "http://news.example/private",
        ("http://news.example/private",),
    )


def test_a_redirect_to_a_url_with_a_user_name_and_password_is_followed_without_them(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/old"] = Reply(status=302, headers=(("Location", "http://u:pw@news.example/new"),))
    fixture_server.routes["/new"] = Reply(body=POST)
    outcome = capture(
        "http://news.example/old", NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    )
    assert _requests_with_authorization(fixture_server) == []
    assert outcome.error is None and outcome.capture is not None and outcome.capture.http_status == 200
    # The server's password is in its `Location` as received, and nowhere the tool names what it requested.
    assert outcome.capture.redirects == ("http://news.example/old", "http://news.example/new")
    targets = [r["headers"].get("WARC-Target-URI", "") for r in read_records(Path(outcome.capture.warc))]
    assert not [target for target in targets if "pw@" in target]
