"""`--proxy`: the proxy resolves names, https is tunnelled so the TLS evidence is the origin's, the proxy is
recorded as such (never as the origin's address), and the request record is what went on the wire."""

from __future__ import annotations

import base64
import hashlib
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from provenance import cli
from provenance.capture.options import NetworkOptions
from provenance.capture.proxy import redacted
from provenance.errors import UsageError
from tests.capture.conftest import Capturer
from tests.support.proxy import TestProxy
from tests.support.servers import FixtureServer, LocalCA, Reply, trickle_headers
from tests.support.warcs import read_records

PAGE = b"<html><body>page</body></html>"


@pytest.fixture
def proxy(fixture_server: FixtureServer, tls_fixture_server: FixtureServer) -> Iterator[TestProxy]:
    """A proxy that knows news.example (plain http) and t.me (https); this machine resolves neither."""
    hosts = {
        "news.example": ("127.0.0.1", fixture_server.port),
        "t.me": ("127.0.0.1", tls_fixture_server.port),
    }
    with TestProxy(hosts) as running:
        yield running


def _records(warc: str) -> list[dict[str, Any]]:
    return read_records(Path(warc))


def test_https_through_a_proxy_is_tunnelled_and_keeps_the_origins_tls_evidence(
    proxy: TestProxy, tls_fixture_server: FixtureServer, local_ca: LocalCA, capture: Capturer
) -> None:
    tls_fixture_server.routes["/durov/1"] = Reply(body=PAGE)
    outcome = capture("https://t.me/durov/1", NetworkOptions(proxy=proxy.url, ca_bundle=str(local_ca.ca_pem)))
    assert outcome.error is None and outcome.capture is not None
    assert proxy.seen[0].startswith("CONNECT t.me:443 HTTP/1.")
    origin = x509.load_pem_x509_certificate(local_ca.cert_pem.read_bytes())
    fingerprint = hashlib.sha256(origin.public_bytes(Encoding.DER)).hexdigest()
    assert outcome.capture.tls is not None and outcome.capture.tls.certificate_sha256 == fingerprint
    assert (outcome.capture.ip, outcome.capture.proxy) == (None, f"http://127.0.0.1:{proxy.port}")
    records = _records(outcome.capture.warc)
    request, response = records[1], records[2]
    assert request["http_status_line"] == "GET /durov/1 HTTP/1.1", "inside the tunnel: origin-form"
    for record in (request, response):
        assert "WARC-IP-Address" not in record["headers"], "the origin's address was never known here"
    assert response["payload"] == PAGE
    exchange = json.loads(records[-1]["payload"])["exchanges"][0]
    assert (exchange["ip"], exchange["proxy"]) == (None, f"http://127.0.0.1:{proxy.port}")


def test_plain_http_through_a_proxy_is_recorded_in_absolute_form_as_sent(
    proxy: TestProxy, fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/a"] = Reply(body=PAGE)
    outcome = capture("http://news.example/a?x=1", NetworkOptions(proxy=proxy.url))
    assert outcome.error is None and outcome.capture is not None
    assert proxy.seen[0].startswith("GET http://news.example/a?x=1 HTTP/1.1\r\n")
    request = _records(outcome.capture.warc)[1]
    assert request["http_status_line"] == "GET http://news.example/a?x=1 HTTP/1.1"
    assert request["headers"]["WARC-Target-URI"] == "http://news.example/a?x=1"
    assert "WARC-IP-Address" not in request["headers"]
    assert fixture_server.requests[0].path == "/a?x=1"


def test_names_this_machine_cannot_resolve_are_resolved_by_the_proxy(
    proxy: TestProxy, fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/a"] = Reply(body=PAGE)
    assert capture("http://news.example/a", NetworkOptions(timeout=5)).error.startswith("dns: ")  # type: ignore[union-attr]
    outcome = capture("http://news.example/a", NetworkOptions(proxy=proxy.url))
    assert outcome.error is None


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1/",
        "http://2130706433/",
        "http://0x7f000001/",
        "http://[::1]/",
        "http://localhost/",
        "http://127.0.0.1%2e/",  # a proxy that decodes escapes as browsers do reads 127.0.0.1.
        "http://%31%32%37.0.0.1/",
        "http://localhost%2E/",
    ],
)
def test_a_private_address_is_still_refused_through_a_proxy(
    proxy: TestProxy, capture: Capturer, url: str
) -> None:
    outcome = capture(url, NetworkOptions(proxy=proxy.url))
    assert outcome.blocked, outcome.error
    assert proxy.seen == []


def test_a_public_address_literal_still_goes_through_the_proxy(
    capture: Capturer, fixture_server: FixtureServer
) -> None:
    fixture_server.routes["/a"] = Reply(body=PAGE)
    with TestProxy({"93.184.216.34": ("127.0.0.1", fixture_server.port)}) as proxy:
        outcome = capture("http://93.184.216.34/a", NetworkOptions(proxy=proxy.url))
    assert outcome.error is None and outcome.capture is not None and outcome.capture.http_status == 200


def test_the_head_deadline_holds_through_a_proxy(
    proxy: TestProxy, fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/slow-head"] = trickle_headers(count=600, pause=0.1)
    outcome = capture("http://news.example/slow-head", NetworkOptions(proxy=proxy.url, timeout=0.5))
    assert outcome.error is not None
    assert outcome.error.startswith("timeout: news.example did not finish the head of its answer")


def test_a_tunnel_the_proxy_refuses_is_a_proxy_error_kept_as_an_attempt(
    proxy: TestProxy, capture: Capturer
) -> None:
    outcome = capture("https://unknown.example/", NetworkOptions(proxy=proxy.url))
    assert outcome.error is not None and outcome.error.startswith(f"proxy: http://127.0.0.1:{proxy.port}: ")
    assert "502" in outcome.error
    assert outcome.capture is not None and outcome.capture.http_status is None
    assert [r["type"] for r in _records(outcome.capture.warc)] == ["warcinfo", "request", "metadata"]


def test_proxy_credentials_reach_the_proxy_and_never_the_evidence(
    fixture_server: FixtureServer, tls_fixture_server: FixtureServer, local_ca: LocalCA, capture: Capturer
) -> None:
    fixture_server.routes["/a"] = Reply(body=PAGE)
    tls_fixture_server.routes["/durov/1"] = Reply(body=PAGE)
    hosts = {
        "news.example": ("127.0.0.1", fixture_server.port),
        "t.me": ("127.0.0.1", tls_fixture_server.port),
    }
    with TestProxy(hosts, credentials=("desk", "s3cret")) as proxy:
        options = NetworkOptions(proxy=proxy.url, ca_bundle=str(local_ca.ca_pem))
        outcomes = [capture("http://news.example/a", options), capture("https://t.me/durov/1", options)]
    secret = base64.b64encode(b"desk:s3cret")
    for outcome in outcomes:
        assert outcome.error is None and outcome.capture is not None
        assert outcome.capture.proxy == f"http://127.0.0.1:{proxy.port}"
        data = b"".join(
            r["payload"] + json.dumps(r["http_headers"]).encode() for r in _records(outcome.capture.warc)
        )
        assert b"s3cret" not in data and secret not in data
    forwarded = _records(outcomes[0].capture.warc)[1]  # type: ignore[union-attr]
    assert ("Proxy-Authorization", "[redacted]") in forwarded["http_headers"]


@pytest.mark.parametrize("value", ["notaurl", "socks5://127.0.0.1:1080", "http://", "http://proxy:99999"])
def test_a_proxy_that_cannot_be_used_is_a_usage_error(value: str) -> None:
    with pytest.raises(UsageError, match="--proxy"):
        NetworkOptions(proxy=value)


@pytest.mark.parametrize(
    ("url", "shown"),
    [
        ("http://APIKEY@proxy.example:8010", "http://***@proxy.example:8010"),
        ("http://desk:s3cret@proxy.example:3128", "http://desk:***@proxy.example:3128"),
        ("http://desk:@proxy.example:3128", "http://desk:***@proxy.example:3128"),
        ("http://proxy.example:3128", "http://proxy.example:3128"),  # no credentials: nothing hidden
    ],
)
def test_a_proxy_user_name_given_alone_is_hidden_as_its_password_would_be(url: str, shown: str) -> None:
    assert redacted(url) == shown


def test_a_proxy_url_that_does_not_parse_is_named_without_its_credentials() -> None:
    with pytest.raises(UsageError) as error:
        NetworkOptions(proxy="http://desk:s3cret@[::1")
    assert "s3cret" not in str(error.value)
    assert "'http://***@[::1'" in str(error.value)


def test_a_proxy_key_given_as_the_user_name_is_not_in_the_warc(
    tmp_path: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    fixture_server.routes["/a"] = Reply(body=PAGE)
    with TestProxy({"news.example": ("127.0.0.1", fixture_server.port)}) as proxy:
        keyed = proxy.url.replace("http://", "http://APIKEY123@")
        code = cli.main(
            ["capture", "http://news.example/a", "--archive-dir", str(tmp_path / "a"), "--proxy", keyed]
        )
    assert "APIKEY123" not in "".join(capsys.readouterr())
    assert code == 0
    (warc,) = (tmp_path / "a").glob("*.warc.gz")
    info = next(r for r in read_records(warc) if r["type"] == "warcinfo")
    assert b"APIKEY123" not in info["payload"]
    assert f"--proxy 'http://***@127.0.0.1:{proxy.port}'".encode() in info["payload"]


def test_check_records_the_proxy_without_its_credentials(
    tmp_path: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    fixture_server.routes["/a"] = Reply(body=PAGE)
    report = tmp_path / "r.md"
    report.write_text("Claim.[^1]\n\n[^1]: Desk, January 21, 2022, http://news.example/a\n", encoding="utf-8")
    with TestProxy(
        {"news.example": ("127.0.0.1", fixture_server.port)}, credentials=("desk", "s3cret")
    ) as proxy:
        code = cli.main(
            ["check", str(report), "--archive-dir", str(tmp_path / "archives"), "--proxy", proxy.url]
        )
    capsys.readouterr()
    assert code in (0, 1)
    ledger = (tmp_path / "r.md.ledger.jsonl").read_text(encoding="utf-8")
    assert "s3cret" not in ledger
    run, footnote = (json.loads(line) for line in ledger.splitlines()[:2])
    assert run["options"]["proxy"] == f"http://desk:***@127.0.0.1:{proxy.port}"
    assert footnote["capture"]["proxy"] == f"http://127.0.0.1:{proxy.port}"
    (warc,) = (tmp_path / "archives").glob("*.warc.gz")
    assert all(b"s3cret" not in r["payload"] for r in read_records(warc))
