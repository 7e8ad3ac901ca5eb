"""`session.prepare_request` builds the request without `Session.prepare_request`'s merges: the very request
requests' own path makes (method, URL, headers in order, body, cookies sent), whatever the session holds, but
for the credentials in a URL, which are never sent."""

from __future__ import annotations

from collections.abc import Sequence
from http.cookiejar import Cookie

import pytest
import requests

from provenance.capture.options import NetworkOptions
from provenance.capture.session import CaptureSession, open_session, prepare_request


def _by_requests(
    capture_session: CaptureSession, method: str, url: str, headers: Sequence[tuple[str, str]], body: bytes
) -> requests.PreparedRequest:
    """The plain path: requests' `Session.prepare_request`, with the URL and Host header `prepare_request`
    sets after it."""
    request = requests.Request(method, url, headers=dict(headers), data=body or None)
    prepared = capture_session.session.prepare_request(request)
    prepared.url = url
    prepared.headers["Host"] = url.split("/")[2].rpartition("@")[2]
    return prepared


def _cookie(name: str, value: str, domain: str, path: str = "/", expires: int | None = None) -> Cookie:
    cookie: Cookie = requests.cookies.create_cookie(  # type: ignore[no-untyped-call]
        name, value, domain=domain, path=path, expires=expires
    )
    return cookie


def _seen(prepared: requests.PreparedRequest) -> tuple[object, ...]:
    cookies = sorted(
        (cookie.name, cookie.value, cookie.domain) for cookie in getattr(prepared, "_cookies", None) or ()
    )
    return (prepared.method, prepared.url, list(prepared.headers.items()), prepared.body, cookies)


CASES = [
    ("GET", "http://news.example/a?b=1", (), b""),
    ("get", "https://news.example:8443/a%20b/../c", (), b""),
    ("GET", "http://news.example/", (("user-agent", "Browser/1"), ("X-Page", "yes")), b""),
    ("GET", "http://news.example/", (("Accept", "a"), ("accept", "b")), b""),  # the last one wins
    ("POST", "http://news.example/form", (("Content-Type", "application/x-www-form-urlencoded"),), b"q=1"),
    ("POST", "http://news.example/form", (), b""),  # Content-Length: 0
    ("POST", "https://tsa.example/", (("Content-Type", "application/timestamp-query"),), b"\x30\x00"),
    ("GET", "http://news.example/", (("Cookie", "given=1"),), b""),  # a Cookie header given wins
    ("GET", "http://xn--bcher-kva.example/b%C3%BCcher", (), b""),
]


@pytest.mark.parametrize(("method", "url", "headers", "body"), CASES)
@pytest.mark.parametrize("with_cookies", [False, True])
@pytest.mark.parametrize("through_proxy", [False, True])
def test_the_request_is_the_one_requests_prepares(
    method: str,
    url: str,
    headers: Sequence[tuple[str, str]],
    body: bytes,
    with_cookies: bool,
    through_proxy: bool,
) -> None:
    options = NetworkOptions(proxy="http://proxy.example:3128") if through_proxy else NetworkOptions()
    capture_session = open_session(options)
    if with_cookies:
        jar = capture_session.session.cookies
        jar.set_cookie(_cookie("sid", "1", "news.example"))
        jar.set_cookie(_cookie("other", "2", "elsewhere.example"))
        jar.set_cookie(_cookie("deep", "3", "news.example", path="/form"))
        jar.set_cookie(_cookie("gone", "4", "news.example", expires=1))  # expired: never sent
    try:
        fast = prepare_request(capture_session, method, url, headers, body)
        jar_before = sorted((cookie.name, cookie.value) for cookie in capture_session.session.cookies)
        plain = _by_requests(capture_session, method, url, headers, body)
        assert _seen(fast) == _seen(plain)
        assert fast.hooks == plain.hooks
        # Preparing a request leaves the session's own jar as it was.
        assert sorted((cookie.name, cookie.value) for cookie in capture_session.session.cookies) == jar_before
    finally:
        capture_session.close()


@pytest.mark.parametrize(
    "url",
    [
        "http://",
        "http://*.example/",
        "http://.example/",
        "http://news.example:99999/a",  # a port out of range
        "http://news.example:8x/a",  # a port that is no number
        "http://ne ws.example/a?q=1",  # a character no host holds
        "http://[::1/a",  # an IPv6 address not closed
        "http://*.example",  # no path at all
        "http:/news.example/a?next=http://b.example/",  # no authority: the `://` is the query's
    ],
)
def test_a_url_requests_refuses_is_refused_the_same_way(url: str) -> None:
    capture_session = open_session(NetworkOptions())
    with pytest.raises(requests.RequestException) as plain:
        _by_requests(capture_session, "GET", url, (), b"")
    with pytest.raises(requests.RequestException) as fast:
        prepare_request(capture_session, "GET", url, (), b"")
    assert (type(fast.value), str(fast.value)) == (type(plain.value), str(plain.value))


@pytest.mark.parametrize("url", ["http://user:p%40ss@news.example/private", "https://user:pw@news.example/"])
def test_credentials_in_the_url_are_not_sent_as_basic_auth(url: str) -> None:
    # requests turns them into `Authorization: Basic ...`: a report's link logged in as whoever it named.
    capture_session = open_session(NetworkOptions())
    try:
        prepared = prepare_request(capture_session, "GET", url, (), b"")
    finally:
        capture_session.close()
    assert "Authorization" not in prepared.headers
    assert prepared.headers["Host"] == "news.example"


def test_the_operators_own_url_may_carry_credentials_as_basic_auth() -> None:
    # A `--tsa` URL with an account in it: the operator's, given to that server on purpose.
    capture_session = open_session(NetworkOptions())
    try:
        url = "https://user:pw@tsa.example/"
        prepared = prepare_request(capture_session, "POST", url, (), b"q", url_credentials=True)
    finally:
        capture_session.close()
    assert prepared.headers["Authorization"] == "Basic dXNlcjpwdw=="


@pytest.mark.parametrize(
    "url",
    [
        "http://news.example/a%zz/b",  # an escape that is none: requests writes it as it stands
        "http://news.example/a/../b?q=%",
        "http://news.example\\a",
        "http://news.example\\@evil.example/a",  # the authority ends at a backslash for urllib3
    ],
)
def test_a_url_requests_takes_is_taken(url: str) -> None:
    capture_session = open_session(NetworkOptions())
    fast = prepare_request(capture_session, "GET", url, (), b"")
    assert _seen(fast) == _seen(_by_requests(capture_session, "GET", url, (), b""))


def test_an_origin_is_parsed_once_for_all_its_requests(monkeypatch: pytest.MonkeyPatch) -> None:
    # requests parsed, escaped and joined each URL again, though the checks it makes read only the scheme
    # and the authority. The URL sent is the one given either way.
    parsed: list[str] = []
    parse_url = requests.models.parse_url

    def counted(url: str) -> object:
        parsed.append(url)
        return parse_url(url)

    monkeypatch.setattr(requests.models, "parse_url", counted)
    capture_session = open_session(NetworkOptions())
    urls = [f"http://once.example:8080/page/{number}?q={number}" for number in range(5)]
    prepared = [prepare_request(capture_session, "GET", url, (), b"") for url in urls]
    assert [request.url for request in prepared] == urls
    assert len(parsed) <= 1


def test_a_header_requests_refuses_is_refused_each_time() -> None:
    capture_session = open_session(NetworkOptions())
    bad = (("X-Note", "a\r\nInjected: 1"),)
    with pytest.raises(requests.RequestException) as plain:
        _by_requests(capture_session, "GET", "http://news.example/", bad, b"")
    for _ in range(2):  # a refused set of headers is not kept as checked
        with pytest.raises(requests.RequestException) as fast:
            prepare_request(capture_session, "GET", "http://news.example/", bad, b"")
        assert (type(fast.value), str(fast.value)) == (type(plain.value), str(plain.value))
