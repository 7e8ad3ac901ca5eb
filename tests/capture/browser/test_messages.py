"""What the recording proxy forwards to the origin and gives back to the browser."""

from __future__ import annotations

from provenance.capture.browser.messages import (
    ARCHIVABLE_ENCODINGS,
    NOT_FETCHED_HEADER,
    absolute_url,
    browser_answer,
    connect_authority,
    is_websocket_upgrade,
    refusal_answer,
    tunnel_url,
    upstream_headers,
)


def test_hop_by_hop_and_proxy_headers_never_reach_the_origin() -> None:
    browser = [
        ("Host", "news.example"),
        ("Proxy-Connection", "keep-alive"),
        ("Connection", "keep-alive, X-Secret"),
        ("X-Secret", "for the proxy only"),
        ("Proxy-Authorization", "Basic abc"),
        ("User-Agent", "Chromium"),
        ("Cookie", "a=1"),
        ("Content-Length", "3"),
    ]
    assert upstream_headers(browser) == [
        ("User-Agent", "Chromium"),
        ("Cookie", "a=1"),
        ("Accept-Encoding", ARCHIVABLE_ENCODINGS),
    ]


def test_the_origin_is_asked_only_for_encodings_every_warc_reader_can_undo() -> None:
    forwarded = upstream_headers([("Accept-Encoding", "gzip, deflate, br, zstd"), ("Accept", "*/*")])
    assert forwarded == [("Accept-Encoding", "gzip, deflate"), ("Accept", "*/*")]


def test_the_browser_gets_the_origins_status_line_and_every_set_cookie_with_its_own_framing() -> None:
    answer = browser_answer(
        "GET",
        "HTTP/1.0 404 Not Here",
        [
            ("Set-Cookie", "a=1"),
            ("Transfer-Encoding", "chunked"),
            ("Content-Length", "999"),
            ("Set-Cookie", "b=2"),
            ("Content-Encoding", "gzip"),
        ],
        b"body",
    )
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.split(b"\r\n") == [
        b"HTTP/1.1 404 Not Here",
        b"Set-Cookie: a=1",
        b"Set-Cookie: b=2",
        b"Content-Encoding: gzip",
        b"Content-Length: 4",
    ]
    assert body == b"body"


def test_an_answer_to_head_keeps_the_origins_length_and_sends_no_body() -> None:
    answer = browser_answer("HEAD", "HTTP/1.1 200 OK", [("Content-Length", "1234")], b"")
    assert answer == b"HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n"


def test_a_header_byte_outside_ascii_goes_back_as_it_came() -> None:
    answer = browser_answer("GET", "HTTP/1.1 200 OK", [("X-Name", "caf\xe9")], b"")
    assert b"X-Name: caf\xe9\r\n" in answer


def test_a_header_that_would_split_the_answer_is_left_out() -> None:
    answer = browser_answer("GET", "HTTP/1.1 200 OK", [("X-Bad", "a\r\nSet-Cookie: evil=1")], b"")
    assert b"evil" not in answer


def test_a_challenge_never_reaches_the_browser_which_would_answer_it_with_the_urls_password() -> None:
    # Chromium answers `WWW-Authenticate: Basic` with the user name and password of the URL it asked for.
    origin = [("WWW-Authenticate", 'Basic realm="x"'), ("Content-Type", "text/html")]
    answer = browser_answer("GET", "HTTP/1.1 401 Unauthorized", origin, b"<p>sign in</p>")
    head = answer.partition(b"\r\n\r\n")[0].split(b"\r\n")
    assert head == [b"HTTP/1.1 401 Unauthorized", b"Content-Type: text/html", b"Content-Length: 14"]


def test_requests_in_a_tunnel_are_named_as_the_page_wrote_them() -> None:
    assert tunnel_url("https", "news.example:443", "/a?b=1") == "https://news.example/a?b=1"
    assert tunnel_url("https", "news.example:8443", "/") == "https://news.example:8443/"
    assert tunnel_url("http", "[::1]:80", "/x") == "http://[::1]/x"
    assert tunnel_url("https", "news.example:443", "http://elsewhere/") is None


def test_only_http_urls_and_host_port_targets_are_accepted() -> None:
    assert absolute_url("http://news.example/a") == "http://news.example/a"
    assert absolute_url("/relative") is None
    assert absolute_url("file:///etc/passwd") is None
    assert connect_authority("news.example:443") == "news.example:443"
    for junk in ("news.example", "news.example:0", "a/b:443", "user@host:443", ":443", "host:99999"):
        assert connect_authority(junk) is None


def test_a_port_of_digits_that_are_not_ascii_is_refused_not_a_crash() -> None:
    # `²` passes str.isdigit but not int(): a page's one request for `host:²` stopped its capture.
    assert connect_authority("news.example:\u00b2") is None
    assert connect_authority("news.example:\u0664\u0664\u0663") is None, "Arabic-Indic 443 is no port"
    assert connect_authority("news.example:" + "4" * 5000) is None, "more digits than int() takes"
    assert tunnel_url("https", "news.example:\u00b2", "/a") == "https://news.example:\u00b2/a"


def test_a_websocket_handshake_is_recognised() -> None:
    assert is_websocket_upgrade([("Connection", "Upgrade"), ("Upgrade", "websocket")])
    assert not is_websocket_upgrade([("Connection", "keep-alive")])


def test_the_proxys_own_answer_says_it_is_not_the_origins_and_why() -> None:
    answer = refusal_answer(403, "Forbidden", "blocked: 10.0.0.1 is a private address")
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 403 Forbidden\r\n")
    assert f"{NOT_FETCHED_HEADER}: blocked: 10.0.0.1 is a private address".encode() in head.split(b"\r\n")
    assert b"10.0.0.1 is a private address" in body
