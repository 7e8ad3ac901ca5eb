"""A fetch that gets no answer still leaves evidence, as `wget --warc-file` does: the request that was (or
would have been) sent, and a metadata record saying what failed and when, hashed and in the ledger."""

from __future__ import annotations

import base64
import hashlib
import json
import socket
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives.serialization import Encoding

from provenance import cli
from provenance.capture.options import ConnectTo, NetworkOptions
from provenance.models import CaptureOutcome
from tests.capture.conftest import Capturer
from tests.support.servers import FixtureServer, LocalCA, Reply, redirect, stall
from tests.support.warcs import read_records


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


def _evidence(outcome: CaptureOutcome) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """The records of the outcome's WARC and its metadata document."""
    assert outcome.capture is not None, outcome.error
    records = read_records(Path(outcome.capture.warc))
    assert [r["type"] for r in records][-1] == "metadata"
    return records, json.loads(records[-1]["payload"])


def test_a_dns_failure_leaves_the_request_that_would_have_been_sent(capture: Capturer) -> None:
    outcome = capture("http://no-such-host.invalid/page?q=1", NetworkOptions(timeout=5))
    assert outcome.error is not None and outcome.error.startswith("dns: ")
    assert outcome.capture is not None and outcome.capture.error == outcome.error
    assert (outcome.capture.http_status, outcome.capture.ip) == (None, None)
    records, metadata = _evidence(outcome)
    assert [r["type"] for r in records] == ["warcinfo", "request", "metadata"]
    request = records[1]
    assert request["headers"]["WARC-Target-URI"] == "http://no-such-host.invalid/page?q=1"
    assert request["http_status_line"] == "GET /page?q=1 HTTP/1.1"
    assert ("Host", "no-such-host.invalid") in request["http_headers"]
    assert "WARC-IP-Address" not in request["headers"], "no address was ever connected to"
    failure = metadata["failed_attempt"]
    assert failure["url"] == "http://no-such-host.invalid/page?q=1"
    assert failure["error"] == outcome.error
    assert (failure["request_sent"], failure["connected_to"]) == (False, None)
    assert failure["at"].endswith("Z")
    assert [ref.type for ref in outcome.capture.records] == ["warcinfo", "request", "metadata"]


def test_a_refused_connection_leaves_evidence_of_the_attempt(capture: Capturer) -> None:
    port = _closed_port()
    options = NetworkOptions(connect_to=(ConnectTo("news.example", None, "127.0.0.1", port),))
    outcome = capture("http://news.example/", options)
    assert outcome.error == f"connect: 127.0.0.1:{port} refused the connection"
    records, metadata = _evidence(outcome)
    assert [r["type"] for r in records] == ["warcinfo", "request", "metadata"]
    assert "WARC-IP-Address" not in records[1]["headers"]
    assert metadata["failed_attempt"]["request_sent"] is False
    assert metadata["failed_attempt"]["dialled"] == f"127.0.0.1:{port}"


def test_a_tls_failure_leaves_evidence_with_the_address_connected_to(
    tls_fixture_server: FixtureServer, capture: Capturer
) -> None:
    # No CA bundle given: the test CA is not trusted, so the handshake fails after the TCP connection.
    outcome = capture(
        "https://news.example/", NetworkOptions(connect_to=(tls_fixture_server.rule("news.example"),))
    )
    assert outcome.error is not None and outcome.error.startswith(
        "tls: news.example: certificate verify failed"
    )
    records, metadata = _evidence(outcome)
    assert records[1]["headers"]["WARC-IP-Address"] == "127.0.0.1"
    assert (metadata["failed_attempt"]["request_sent"], metadata["failed_attempt"]["connected_to"]) == (
        False,
        "127.0.0.1",
    )
    assert tls_fixture_server.total_hits == 0


def test_a_timeout_after_the_request_went_out_says_it_was_sent(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/stall"] = stall(30)
    outcome = capture(
        "http://news.example/stall",
        NetworkOptions(connect_to=(fixture_server.rule("news.example"),), timeout=0.3),
    )
    assert outcome.error is not None and outcome.error.startswith("timeout: news.example sent no answer")
    records, metadata = _evidence(outcome)
    request = records[1]
    assert request["headers"]["WARC-IP-Address"] == "127.0.0.1"
    assert request["http_status_line"] == "GET /stall HTTP/1.1"
    assert metadata["failed_attempt"]["request_sent"] is True
    assert (metadata["failed_attempt"]["tls"], metadata["failed_attempt"]["certificate_der_base64"]) == (
        None,
        None,
    ), "plain http made no TLS session"
    assert [name for name, _ in request["http_headers"]] == [
        name for name, _ in fixture_server.requests[0].headers
    ]


def test_a_trusted_tls_server_that_then_gave_no_answer_is_named_by_its_certificate(
    tls_fixture_server: FixtureServer, local_ca: LocalCA, capture: Capturer
) -> None:
    # The handshake proved who the server was; the attempt kept only the request, not who failed to answer.
    tls_fixture_server.routes["/stall"] = stall(30)
    options = NetworkOptions(
        connect_to=(tls_fixture_server.rule("news.example"),), ca_bundle=str(local_ca.ca_pem), timeout=0.3
    )
    outcome = capture("https://news.example/stall", options)
    assert outcome.error is not None and outcome.error.startswith("timeout: news.example sent no answer")
    _, metadata = _evidence(outcome)
    failure = metadata["failed_attempt"]
    server_der = x509.load_pem_x509_certificate(local_ca.cert_pem.read_bytes()).public_bytes(Encoding.DER)
    assert base64.b64decode(failure["certificate_der_base64"]) == server_der
    assert failure["tls"]["certificate_sha256"] == hashlib.sha256(server_der).hexdigest()
    assert failure["tls"]["issuer"] == "commonName=provenance test CA"
    assert failure["presented_certificate"] is None, "a trusted certificate was not refused"


def test_a_failure_after_a_redirect_keeps_the_hop_and_the_failed_attempt(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/moved"] = redirect("http://no-such-host.invalid/next")
    outcome = capture(
        "http://news.example/moved",
        NetworkOptions(connect_to=(fixture_server.rule("news.example"),), timeout=5),
    )
    assert outcome.error is not None and outcome.error.startswith("dns: ")
    assert outcome.capture is not None
    assert outcome.capture.redirects == ("http://news.example/moved", "http://no-such-host.invalid/next")
    assert (outcome.capture.final_url, outcome.capture.http_status) == (
        "http://no-such-host.invalid/next",
        None,
    )
    records, _ = _evidence(outcome)
    assert [r["type"] for r in records] == ["warcinfo", "request", "response", "request", "metadata"]


def test_a_blocked_fetch_is_refused_before_any_attempt_and_leaves_no_warc(
    fixture_server: FixtureServer, capture: Capturer, archive_dir: Path
) -> None:
    outcome = capture(fixture_server.url("/"), NetworkOptions())
    assert outcome.blocked and outcome.capture is None
    assert list(archive_dir.iterdir()) == []


def test_a_failed_attempt_is_in_the_ledger_as_a_failed_capture_and_verify_passes(
    tmp_path: Path, local_ca: LocalCA, capsys: Any
) -> None:
    port = _closed_port()
    report = tmp_path / "r.md"
    report.write_text(
        "Claim.[^1]\n\n[^1]: Desk, January 21, 2022, https://news.example/a\n", encoding="utf-8"
    )
    argv = ["check", str(report), "--archive-dir", str(tmp_path / "archives"), "--json"]
    code = cli.main([*argv, "--connect-to", f"news.example::127.0.0.1:{port}"])
    document = json.loads(capsys.readouterr().out)
    assert code == 1
    footnote = document["reports"][0]["footnotes"][0]
    captured = next(check for check in footnote["checks"] if check["name"] == "captured")
    assert captured["status"] == "fail" and "refused the connection" in captured["detail"]
    line = json.loads((tmp_path / "r.md.ledger.jsonl").read_text(encoding="utf-8").splitlines()[1])
    assert line["capture"]["error"] == f"connect: 127.0.0.1:{port} refused the connection"
    assert line["capture"]["http_status"] is None and (tmp_path / line["capture"]["warc"]).is_file()
    assert cli.main(["verify", str(tmp_path / "r.md.ledger.jsonl")]) == 0


def test_side_requests_that_fail_leave_their_attempts_in_the_same_warc(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/post"] = Reply(body=b"post")
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),), timeout=5)
    outcome = capture("http://news.example/post", options, side_urls=("http://no-such-host.invalid/embed",))
    assert outcome.error is None
    records, metadata = _evidence(outcome)
    assert [r["type"] for r in records] == ["warcinfo", "request", "response", "request", "metadata"]
    (side,) = metadata["side_requests"]
    assert side["failed_attempt"]["url"] == "http://no-such-host.invalid/embed"
