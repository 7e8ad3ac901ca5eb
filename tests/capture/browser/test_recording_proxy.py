"""The recording proxy on its own, spoken to as Chromium would: who may use it, what it records."""

from __future__ import annotations

import base64
import datetime as dt
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

from provenance.capture.browser.recording_proxy import ProxyLimits, RecordingProxy, recording_proxy
from provenance.capture.options import NetworkOptions
from provenance.capture.session import Budget
from provenance.warc.writer import WarcFile
from tests.support.servers import FixtureServer, Reply


@pytest.fixture
def proxy(fixture_server: FixtureServer, archive_dir: Path) -> Iterator[RecordingProxy]:
    fixture_server.routes["/"] = Reply(body=b"<p>page</p>")
    warc = WarcFile(archive_dir, "proxied", dt.datetime.now(dt.UTC))
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    with recording_proxy(warc, options, Budget.starting_now(60)) as running:
        yield running
    warc.discard()


def _ask(proxy: RecordingProxy, head: str) -> bytes:
    with socket.create_connection(("127.0.0.1", proxy.endpoint.port), timeout=10) as connection:
        connection.sendall(head.encode())
        answer = b""
        while b"\r\n\r\n" not in answer:
            chunk = connection.recv(65536)
            if not chunk:
                break
            answer += chunk
        return answer


def _credentials(proxy: RecordingProxy) -> str:
    pair = f"{proxy.endpoint.username}:{proxy.endpoint.password}".encode()
    return f"Proxy-Authorization: Basic {base64.b64encode(pair).decode()}\r\n"


def test_another_local_process_without_the_captures_credentials_records_nothing(
    proxy: RecordingProxy, fixture_server: FixtureServer
) -> None:
    for head in (
        "GET http://news.example/ HTTP/1.1\r\nHost: news.example\r\n\r\n",
        "GET http://news.example/ HTTP/1.1\r\nProxy-Authorization: Basic cHJvdmVuYW5jZTpndWVzcw==\r\n\r\n",
        "CONNECT news.example:443 HTTP/1.1\r\nHost: news.example:443\r\n\r\n",
    ):
        assert _ask(proxy, head).startswith(b"HTTP/1.1 407 Proxy Authentication Required\r\n")
    assert fixture_server.total_hits == 0
    assert proxy.warc.records == [] and proxy.log.snapshot() == []


def test_the_captures_own_browser_is_answered_with_what_was_recorded(
    proxy: RecordingProxy, fixture_server: FixtureServer
) -> None:
    answer = _ask(
        proxy, f"GET http://news.example/ HTTP/1.1\r\nHost: news.example\r\n{_credentials(proxy)}\r\n"
    )
    assert answer.startswith(b"HTTP/1.1 200 OK\r\n")
    assert fixture_server.hits["/"] == 1
    (entry,) = proxy.log.snapshot()
    assert entry.exchange is not None and entry.exchange.status == 200
    assert [record.type for record in proxy.warc.records] == ["request", "response"]
    sent = dict(fixture_server.requests[0].headers)
    assert "Proxy-Authorization" not in sent  # the credentials stay between browser and proxy


def test_a_websocket_handshake_is_refused_and_logged_without_reaching_the_server(
    proxy: RecordingProxy, fixture_server: FixtureServer
) -> None:
    head = (
        "GET http://news.example/socket HTTP/1.1\r\nHost: news.example\r\nConnection: Upgrade\r\n"
        f"Upgrade: websocket\r\nSec-WebSocket-Version: 13\r\n{_credentials(proxy)}\r\n"
    )
    answer = _ask(proxy, head)
    assert answer.startswith(b"HTTP/1.1 403 Forbidden\r\n")
    assert b"X-Provenance-Not-Fetched: blocked: WebSockets are not captured" in answer
    assert fixture_server.total_hits == 0
    (entry,) = proxy.log.snapshot()
    assert (entry.url, entry.error) == ("http://news.example/socket", "blocked: WebSockets are not captured")


def test_a_page_over_its_request_budget_is_refused_the_rest(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    fixture_server.routes["/"] = Reply(body=b"<p>page</p>")
    warc = WarcFile(archive_dir, "budget", dt.datetime.now(dt.UTC))
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    with recording_proxy(warc, options, Budget.starting_now(60), ProxyLimits(max_requests=1)) as proxy:
        head = f"GET http://news.example/ HTTP/1.1\r\nHost: news.example\r\n{_credentials(proxy)}\r\n"
        assert _ask(proxy, head).startswith(b"HTTP/1.1 200 OK")
        assert _ask(proxy, head).startswith(b"HTTP/1.1 502 Bad Gateway")
        second = proxy.log.snapshot()[-1]
    warc.discard()
    assert second.error == "budget: the page asked for more requests than the 1 allowed"
    assert fixture_server.hits["/"] == 1
