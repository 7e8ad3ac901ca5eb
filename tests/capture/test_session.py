"""`open_session`: a requests session whose only adapter is the capture's pinned one, built without requests'
default adapters, and otherwise the session requests itself makes."""

from __future__ import annotations

import pytest
import requests
from requests.cookies import RequestsCookieJar

from provenance.capture.guard import HopGuard
from provenance.capture.options import NetworkOptions
from provenance.capture.pinning import PinnedAdapter
from provenance.capture.policy import parse_target, plan_dial
from provenance.capture.session import CaptureSession, open_session, prepare_request, send
from tests.support.servers import FixtureServer, Reply

_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,application/json;q=0.9,*/*;q=0.8"
# What `open_session` sets to the capture's own values rather than requests' defaults.
_THE_CAPTURES_OWN = {"headers", "cookies", "proxies", "adapters", "trust_env"}


def test_the_session_has_every_attribute_requests_gives_a_session_with_its_defaults() -> None:
    plain = requests.Session()
    capture_session = open_session(NetworkOptions())
    try:
        ours = capture_session.session
        names = set(requests.Session.__attrs__) | set(vars(plain))
        assert names <= set(vars(ours)), "an attribute of requests' Session is not set: see _PinnedSession"
        for name in sorted(names - _THE_CAPTURES_OWN):
            assert getattr(ours, name) == getattr(plain, name), name
    finally:
        plain.close()
        capture_session.close()


def test_every_request_of_either_scheme_goes_through_the_pinned_adapter_only() -> None:
    capture_session = open_session(NetworkOptions())
    try:
        session = capture_session.session
        assert isinstance(capture_session.adapter, PinnedAdapter)
        assert list(session.adapters) == ["https://", "http://"]  # the order `Session.mount` leaves
        assert all(adapter is capture_session.adapter for adapter in session.adapters.values())
        assert session.get_adapter("http://news.example/a") is capture_session.adapter
        assert session.get_adapter("HTTPS://news.example/a") is capture_session.adapter
    finally:
        capture_session.close()


def test_the_session_sends_only_the_capture_headers_and_reads_nothing_from_the_environment() -> None:
    capture_session = open_session(NetworkOptions(user_agent="Agent/1"))
    try:
        session = capture_session.session
        assert list(session.headers.items()) == [
            ("User-Agent", "Agent/1"),
            ("Accept", _ACCEPT),
            ("Accept-Encoding", "gzip, deflate"),
            ("Connection", "close"),
        ]
        assert session.trust_env is False
        assert session.proxies == {}
        assert isinstance(session.cookies, RequestsCookieJar) and len(session.cookies) == 0
    finally:
        capture_session.close()


def test_through_a_proxy_the_session_names_it_for_both_schemes() -> None:
    capture_session = open_session(NetworkOptions(proxy="http://proxy.example:3128"))
    try:
        assert capture_session.session.proxies == {
            "http": "http://proxy.example:3128",
            "https": "http://proxy.example:3128",
        }
    finally:
        capture_session.close()


def test_two_sessions_share_no_cookie_jar_headers_or_hooks() -> None:
    first, second = open_session(NetworkOptions()), open_session(NetworkOptions())
    try:
        assert first.session.cookies is not second.session.cookies
        assert first.session.headers is not second.session.headers
        assert first.session.hooks is not second.session.hooks
        assert first.adapter is not second.adapter
    finally:
        first.close()
        second.close()


def test_closing_a_session_closes_the_pool_of_each_hop_it_sent(fixture_server: FixtureServer) -> None:
    # The adapter keeps no pool manager of its own (each hop's pool is made for its pinned address): what
    # closing the session must close is those pools, and their connections with them.
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    capture_session = open_session(options)
    pools = []
    for path in ("/a", "/b"):
        prepared = prepare_request(capture_session, "GET", f"http://news.example{path}")
        with HopGuard(5.0, options.cancellation) as guard:
            dial = plan_dial(parse_target(prepared.url or ""), options, timeout=5.0)
            send(capture_session, prepared, dial, guard).close()
        pools.append(capture_session.adapter._pools[-1])
    assert pools[0].pool is None, "pinning the second hop closed the first hop's pool"
    assert pools[1].pool is not None
    capture_session.close()
    assert pools[1].pool is None
    assert capture_session.adapter._pools == []


def _sent(capture_session: CaptureSession, options: NetworkOptions, url: str) -> requests.PreparedRequest:
    prepared = prepare_request(capture_session, "GET", url)
    with HopGuard(5.0, options.cancellation) as guard:
        dial = plan_dial(parse_target(url), options, timeout=5.0)
        send(capture_session, prepared, dial, guard).close()
    return prepared


def test_an_answer_that_sets_no_cookie_is_not_handed_to_the_jar(
    fixture_server: FixtureServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # cookielib would find none in it, after a mock request and response and two walks over its headers.
    handed: list[object] = []
    extract = RequestsCookieJar.extract_cookies

    def counted(jar: RequestsCookieJar, response: object, request: object) -> None:
        if jar is capture_session.session.cookies:  # not the answer's own jar, which requests fills too
            handed.append(response)
        extract(jar, response, request)  # type: ignore[arg-type]

    monkeypatch.setattr(RequestsCookieJar, "extract_cookies", counted)
    fixture_server.routes["/plain"] = Reply(200, b"plain", (("Content-Type", "text/plain"),))
    fixture_server.routes["/sets"] = Reply(200, b"sets", (("set-COOKIE", "sid=7; Path=/"),))
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    capture_session = open_session(options)
    try:
        _sent(capture_session, options, "http://news.example/plain")
        assert handed == []
        _sent(capture_session, options, "http://news.example/sets")  # any case of the name, as cookielib
        assert len(handed) == 1
        # The cookie it set goes with the next hop, as requests' own sending does.
        assert _sent(capture_session, options, "http://news.example/plain").headers["Cookie"] == "sid=7"
    finally:
        capture_session.close()
