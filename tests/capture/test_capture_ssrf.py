"""The network policy end to end: forms attackers use to reach internal addresses never reach the server."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from provenance.capture.options import NetworkOptions
from tests.capture.conftest import Capturer
from tests.support.servers import FixtureServer, Reply, redirect

SSRF_URLS = [
    "http://2130706433:{port}/secret",  # decimal 127.0.0.1
    "http://0x7f000001:{port}/secret",  # hex
    "http://0177.1:{port}/secret",  # octal, short form
    "http://127.1:{port}/secret",
    "http://[::ffff:127.0.0.1]:{port}/secret",  # IPv4-mapped IPv6
    "http://localhost:{port}/secret",
    "http://LOCALHOST.:{port}/secret",
]


@pytest.fixture
def secret_server(fixture_server: FixtureServer) -> FixtureServer:
    fixture_server.routes["/secret"] = Reply(body=b"internal")
    return fixture_server


@pytest.fixture
def ipv6_secret_server() -> Iterator[FixtureServer]:
    try:
        server = FixtureServer({"/secret": Reply(body=b"internal")}, host="::1")
    except OSError:
        pytest.skip("no IPv6 loopback here")
    with server:
        yield server


@pytest.mark.parametrize("template", SSRF_URLS)
def test_internal_address_forms_are_blocked_before_any_traffic(
    template: str, secret_server: FixtureServer, capture: Capturer, archive_dir: Path
) -> None:
    outcome = capture(template.format(port=secret_server.port), NetworkOptions())
    assert outcome.blocked, outcome.error
    assert outcome.error is not None and "loopback address" in outcome.error
    assert outcome.capture is None
    assert secret_server.total_hits == 0
    assert list(archive_dir.iterdir()) == []


@pytest.mark.parametrize("template", SSRF_URLS)
def test_allow_private_lets_internal_addresses_through(
    template: str, secret_server: FixtureServer, capture: Capturer
) -> None:
    outcome = capture(template.format(port=secret_server.port), NetworkOptions(allow_private=True))
    assert outcome.error is None
    assert secret_server.hits["/secret"] == 1


def test_ipv6_loopback_is_blocked_unless_allowed(
    ipv6_secret_server: FixtureServer, capture: Capturer
) -> None:
    url = f"http://[::1]:{ipv6_secret_server.port}/secret"
    assert capture(url, NetworkOptions()).error == "blocked: ::1 is a loopback address"
    assert ipv6_secret_server.total_hits == 0
    assert capture(url, NetworkOptions(allow_private=True)).error is None
    assert ipv6_secret_server.hits["/secret"] == 1


def test_redirect_from_a_public_name_to_loopback_is_blocked(
    secret_server: FixtureServer, capture: Capturer
) -> None:
    secret_server.routes["/story"] = redirect(secret_server.url("/secret"))
    outcome = capture(
        "http://news.example/story", NetworkOptions(connect_to=(secret_server.rule("news.example"),))
    )
    # The target was never requested (not among the redirects): the detail names it.
    assert outcome.error == (
        "blocked: 127.0.0.1 is a loopback address (the redirect from http://news.example/story to "
        f"http://127.0.0.1:{secret_server.port}/secret)"
    )
    assert secret_server.hits == {"/story": 1}
    assert outcome.capture is not None and outcome.capture.redirects == ("http://news.example/story",)


def test_non_http_scheme_in_a_redirect_is_blocked(secret_server: FixtureServer, capture: Capturer) -> None:
    secret_server.routes["/story"] = redirect("file:///etc/passwd")
    outcome = capture(
        "http://news.example/story", NetworkOptions(connect_to=(secret_server.rule("news.example"),))
    )
    assert outcome.error == (
        "blocked: scheme 'file' is not fetched, only http and https "
        "(the redirect from http://news.example/story to file:///etc/passwd)"
    )


def test_a_redirect_to_a_port_no_browser_fetches_is_blocked_before_any_connection(
    secret_server: FixtureServer, capture: Capturer
) -> None:
    # Chromium refuses it (ERR_UNSAFE_PORT); the capture spoke HTTP to whatever listened there (SMTP here).
    secret_server.routes["/story"] = redirect("http://93.184.216.34:25/")
    outcome = capture(
        "http://news.example/story", NetworkOptions(connect_to=(secret_server.rule("news.example"),))
    )
    assert outcome.error == (
        "blocked: port 25 is another protocol's, which no browser fetches (the Fetch standard's bad ports) "
        "(the redirect from http://news.example/story to http://93.184.216.34:25/)"
    )
    assert outcome.capture is not None and outcome.capture.redirects == ("http://news.example/story",)


def test_a_url_without_a_scheme_is_named_as_such_not_blocked_as_scheme_none(capture: Capturer) -> None:
    # `provenance capture news.example/story` printed "blocked: scheme 'none' is not fetched".
    outcome = capture("news.example/story", NetworkOptions())
    assert outcome.error == "url: 'news.example/story' has no scheme: give an http:// or https:// URL"
    assert outcome.capture is None


def test_proxy_variables_are_ignored(
    secret_server: FixtureServer, capture: Capturer, monkeypatch: pytest.MonkeyPatch
) -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        dead_proxy = f"http://127.0.0.1:{probe.getsockname()[1]}"
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy"):
        monkeypatch.setenv(name, dead_proxy)
    secret_server.routes["/story"] = Reply(body=b"ok")
    outcome = capture(
        "http://news.example/story", NetworkOptions(connect_to=(secret_server.rule("news.example"),))
    )
    assert outcome.error is None
    assert secret_server.hits["/story"] == 1
