"""Each hop's connection pool: made for the hop's pinned address alone, its idle connections kept without
the locks of urllib3's own queue, and its request target found without parsing the URL for proxies."""

from __future__ import annotations

import queue

import pytest
import requests.utils
from requests.adapters import HTTPAdapter

from provenance.capture.guard import HopGuard
from provenance.capture.options import NetworkOptions
from provenance.capture.pinning import IdleConnections, PinnedAdapter
from provenance.capture.policy import parse_target, plan_dial
from provenance.capture.session import CaptureSession, open_session, prepare_request, send
from tests.support.servers import FixtureServer, Reply


def _hop(capture_session: CaptureSession, options: NetworkOptions, url: str) -> tuple[bytes, object]:
    """One hop to `url` asking to keep the connection open; its body, and the connection it went over."""
    prepared = prepare_request(capture_session, "GET", url, headers=[("Connection", "keep-alive")])
    with HopGuard(5.0, options.cancellation) as guard:
        dial = plan_dial(parse_target(url), options, timeout=5.0)
        response = send(capture_session, prepared, dial, guard)
        connection = response.raw.connection
        body = response.raw.read()
    response.close()
    return body, connection


def test_a_hop_pinned_elsewhere_never_reuses_the_last_hops_connection() -> None:
    """The same host, port and scheme, pinned to another address for the second hop: the connection the
    first hop left idle in its pool (which holds the first hop's dial and guard, and would dial them again if
    taken) is not taken, and the second hop dials its own address."""
    with FixtureServer() as first, FixtureServer() as second:
        first.routes["/a"] = Reply(200, b"first")
        second.routes["/a"] = Reply(200, b"second")
        url = "http://news.example/a"
        capture_session = open_session(NetworkOptions(connect_to=(first.rule("news.example"),)))
        body, used = _hop(capture_session, NetworkOptions(connect_to=(first.rule("news.example"),)), url)
        assert body == b"first"
        (pool,) = capture_session.adapter._pools
        assert pool.pool is not None and pool.pool.qsize() == 1  # the connection went back, idle
        idle = pool.pool.get(block=False)
        pool.pool.put(idle, block=False)
        assert idle is used

        rerouted = NetworkOptions(connect_to=(second.rule("news.example"),))
        body, used_next = _hop(capture_session, rerouted, url)
        capture_session.close()
    assert body == b"second"
    assert used_next is not used
    assert pool.pool is None  # closed when the next hop was pinned
    assert (first.total_hits, second.total_hits) == (1, 1)


def test_a_hops_pool_keeps_its_idle_connections_without_locks(fixture_server: FixtureServer) -> None:
    fixture_server.routes["/a"] = Reply(200, b"a")
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    capture_session = open_session(options)
    _hop(capture_session, options, "http://news.example/a")
    (pool,) = capture_session.adapter._pools
    assert type(pool.pool) is IdleConnections
    capture_session.close()
    assert pool.pool is None


def test_idle_connections_are_kept_as_urllib3s_queue_keeps_them() -> None:
    idle = IdleConnections(1)
    with pytest.raises(queue.Empty):
        idle.get(block=False)
    idle.put("a", block=False)
    assert (idle.qsize(), idle.full(), idle.empty()) == (1, True, False)
    with pytest.raises(queue.Full):
        idle.put("b", block=False)
    assert idle.get(block=False) == "a"
    assert idle.empty()


_TARGETS = (
    "http://news.example/a/b?x=1#frag",
    "https://news.example",
    "http://user:pw@news.example:8080//twice?q",
    "https://news.example/%7Euser;p?q=%20",
)


@pytest.mark.parametrize("url", _TARGETS)
@pytest.mark.parametrize(
    "proxies", [{}, {"http": "http://proxy.example:3128", "https": "http://proxy.example:3128"}]
)
def test_the_request_target_is_the_one_requests_writes(url: str, proxies: dict[str, str]) -> None:
    prepared = requests.PreparedRequest()
    prepared.prepare(method="GET", url=url)
    adapter = PinnedAdapter(lambda: pytest.fail("no TLS context is needed"), 5.0)
    assert adapter.request_url(prepared, proxies) == HTTPAdapter.request_url(adapter, prepared, proxies)


def test_the_request_target_without_proxies_is_not_looked_up_among_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[object] = []

    def counted(url: str, proxies: object) -> object:
        asked.append(url)
        return requests.utils.select_proxy(url, proxies)  # type: ignore[arg-type]

    monkeypatch.setattr("requests.adapters.select_proxy", counted)  # where `request_url` finds it
    prepared = requests.PreparedRequest()
    prepared.prepare(method="GET", url="http://news.example/a?b")
    adapter = PinnedAdapter(lambda: pytest.fail("no TLS context is needed"), 5.0)
    assert adapter.request_url(prepared, {}) == "/a?b"
    assert asked == []
