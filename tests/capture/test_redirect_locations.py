"""A redirect's `Location` followed as a browser reads it (capture.location): a plain and a `--browser`
capture of one link end on the same host, and the target recorded is the one a reader reaches."""

from __future__ import annotations

import pytest

from provenance.capture.location import as_a_browser_reads, redirect_target
from provenance.capture.options import NetworkOptions
from provenance.urls import joined_url
from tests.capture.conftest import Capturer
from tests.support.servers import FixtureServer, raw_answer

PAGE = b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 10\r\n\r\nthe answer"
BASE = "http://news.example/a/story"


def _followed(location: str, base: str = BASE) -> str | None:
    return joined_url(base, as_a_browser_reads(location, base.partition(":")[0]))


@pytest.mark.parametrize(
    ("location", "reached"),
    [
        # A browser reads `\` as `/` in http(s): these leave news.example; RFC 3986 asked news.example for
        # `/%5Cevil.example/x`.
        ("/\\evil.example/x", "http://evil.example/x"),
        ("\\\\evil.example/x", "http://evil.example/x"),
        ("https:\\\\evil.example", "https://evil.example"),
        ("http:\\\\evil.example/x", "http://evil.example/x"),
        (
            "//evil.example\\@news.example/",
            "http://evil.example/@news.example/",
        ),  # requests: host news.example
        # Slashes after the scheme or `//` are skipped, however many.
        ("///evil.example/x", "http://evil.example/x"),
        ("https:evil.example/x", "https://evil.example/x"),  # another scheme than the page's
        ("https:/evil.example/x", "https://evil.example/x"),
        # Tabs and newlines anywhere dropped; C0 controls and spaces at either end.
        ("/x\t/y\n", "http://news.example/x/y"),
        ("//evil\r\n.example/", "http://evil.example/"),
        ("  /next  ", "http://news.example/next"),
        ("\x01/next\x1f", "http://news.example/next"),
        # A host's escapes are decoded by a browser's host parser.
        ("//%65vil.example/x", "http://evil.example/x"),
        ("/\\u@%65vil.example:8080/%41", "http://u@evil.example:8080/%41"),
        ("https:%65vil.example", "https://evil.example"),
        ("//%C3%BCber.example/", "http://\u00fcber.example/"),
    ],
)
def test_a_location_is_read_as_a_browser_reads_it(location: str, reached: str) -> None:
    assert _followed(location) == reached


@pytest.mark.parametrize(
    ("location", "reached"),
    [
        ("/next", "http://news.example/next"),
        ("next?page=2#top", "http://news.example/a/next?page=2#top"),
        ("https://news.example/a/story", "https://news.example/a/story"),
        ("//www.news.example/x", "http://www.news.example/x"),
        ("/../../x", "http://news.example/x"),  # dot segments above the root stop at it, as a browser's do
        ("http:/other/x", "http://news.example/other/x"),  # the page's own scheme and one slash: a path
        ("http:next", "http://news.example/a/next"),
        ("/search?q=a\\b", "http://news.example/search?q=a\\b"),  # a query's `\` is the query's
        ("http://b\u00fccher.example/", "http://b\u00fccher.example/"),  # made IDNA where it is requested
        ("//ev%2Fil.example/", "http://ev%2Fil.example/"),  # a host no browser takes: refused as before
        ("//%FF.example/", "http://%FF.example/"),
    ],
)
def test_a_location_read_alike_by_both_is_followed_as_before(location: str, reached: str) -> None:
    assert _followed(location) == joined_url(BASE, location) == reached


@pytest.mark.parametrize("location", ["javascript:alert(1)", "data:text/html,hi", "FILE:///etc/passwd"])
def test_a_location_of_another_scheme_is_left_for_the_policy_to_refuse(location: str) -> None:
    assert as_a_browser_reads(location, "http") == location


def test_a_long_location_is_read_in_linear_time() -> None:
    location = "/" + "a\\" * 50_000 + "?" + "\t" * 100_000 + "q"
    assert _followed(location) == "http://news.example/" + "a/" * 50_000 + "?q"


@pytest.mark.parametrize(
    ("location", "reached"),
    [
        ("http://user:secret@10.0.0.1/x", "http://10.0.0.1/x"),
        ("//KEY@evil.example:8080/x?a=b@c", "http://evil.example:8080/x?a=b@c"),  # an `@` in the query stays
        ("/\\u:p@%65vil.example/", "http://evil.example/"),
        ("/next", "http://news.example/next"),  # the page's own user name, never sent, is not carried on
    ],
)
def test_a_redirect_target_holds_no_user_name_or_password(location: str, reached: str) -> None:
    assert redirect_target("http://me:pw@news.example/a/story", location) == reached


def _options(server: FixtureServer) -> NetworkOptions:
    return NetworkOptions(connect_to=(server.rule("news.example"), server.rule("evil.example")))


def _redirect_to(location: bytes) -> bytes:
    return b"HTTP/1.1 302 Found\r\nLocation: " + location + b"\r\nContent-Length: 0\r\n\r\n"


def test_a_backslash_location_is_followed_to_the_host_a_browser_reaches(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    # The browser left news.example for evil.example; the plain capture asked news.example for
    # `/%5Cevil.example/x`: one link, two hosts, and the redirect recorded was not the one a reader followed.
    fixture_server.routes["/story"] = raw_answer(_redirect_to(b"/\\evil.example/x"))
    fixture_server.routes["/x"] = raw_answer(PAGE)
    outcome = capture("http://news.example/story", _options(fixture_server))
    assert outcome.error is None and outcome.capture is not None
    assert outcome.capture.redirects == ("http://news.example/story", "http://evil.example/x")
    assert outcome.capture.final_url == "http://evil.example/x"


def test_a_backslash_location_to_a_private_address_is_blocked_as_any_redirect(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/story"] = raw_answer(_redirect_to(b"/\\127.0.0.1/secret"))
    outcome = capture("http://news.example/story", _options(fixture_server))
    assert outcome.error == (
        "blocked: 127.0.0.1 is a loopback address "
        "(the redirect from http://news.example/story to http://127.0.0.1/secret)"
    )
    assert fixture_server.hits == {"/story": 1}


def test_a_location_with_spaces_around_it_is_followed_to_the_path_it_names(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/story"] = raw_answer(_redirect_to(b"/next\x01  "))
    fixture_server.routes["/next"] = raw_answer(PAGE)
    outcome = capture("http://news.example/story", _options(fixture_server))
    assert outcome.error is None and outcome.capture is not None
    assert outcome.capture.final_url == "http://news.example/next"


def test_a_location_of_100_kb_is_named_not_followed_nor_a_crash(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/story"] = raw_answer(_redirect_to(b"/" + b"a" * 100_000))
    outcome = capture("http://news.example/story", _options(fixture_server))
    assert outcome.error is not None and outcome.error.endswith(
        "not a valid HTTP answer (LineTooLong: got more than 65536 bytes when reading header line)"
    )
    assert fixture_server.hits == {"/story": 1}


@pytest.mark.parametrize(
    ("location", "scheme"),
    [
        (b"javascript:alert(1)", "javascript"),
        (b" data:text/html,hi", "data"),
        (b"\tfile:///etc/passwd", "file"),
    ],
)
def test_a_location_of_another_scheme_is_never_followed(
    location: bytes, scheme: str, fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/story"] = raw_answer(_redirect_to(location))
    outcome = capture("http://news.example/story", _options(fixture_server))
    assert outcome.error is not None
    assert outcome.error.startswith(f"blocked: scheme '{scheme}' is not fetched, only http and https")
    assert fixture_server.hits == {"/story": 1}


def test_a_location_whose_host_is_escaped_is_followed_to_the_host_a_browser_reaches(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    # A browser decodes `%65vil.example` to evil.example; the plain capture asked DNS for `%65vil.example`.
    fixture_server.routes["/story"] = raw_answer(_redirect_to(b"//%65vil.example/x"))
    fixture_server.routes["/x"] = raw_answer(PAGE)
    outcome = capture("http://news.example/story", _options(fixture_server))
    assert outcome.error is None and outcome.capture is not None
    assert outcome.capture.redirects == ("http://news.example/story", "http://evil.example/x")


def test_a_blocked_redirect_names_its_target_without_the_password_it_carried(
    fixture_server: FixtureServer, capture: Capturer, caplog: pytest.LogCaptureFixture
) -> None:
    # The detail quoted `http://user:secret@10.0.0.1/`: a credential in the ledger, SARIF and a CI log.
    fixture_server.routes["/story"] = raw_answer(_redirect_to(b"http://user:secret@10.0.0.1/admin"))
    with caplog.at_level("DEBUG"):
        outcome = capture("http://news.example/story", _options(fixture_server))
    assert outcome.error == (
        "blocked: 10.0.0.1 is a private address "
        "(the redirect from http://news.example/story to http://10.0.0.1/admin)"
    )
    assert "secret" not in caplog.text
    assert fixture_server.hits == {"/story": 1}


def test_a_redirect_to_an_address_with_a_password_is_followed_and_recorded_without_it(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/story"] = raw_answer(_redirect_to(b"http://user:secret@evil.example/x"))
    fixture_server.routes["/x"] = raw_answer(PAGE)
    outcome = capture("http://news.example/story", _options(fixture_server))
    assert outcome.error is None and outcome.capture is not None
    assert outcome.capture.redirects == ("http://news.example/story", "http://evil.example/x")
    assert "secret" not in outcome.capture.model_dump_json()
