"""HTTPS against a local server whose certificate a test CA signed."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import hashlib
import json
import socket
import ssl
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat
from cryptography.x509.oid import NameOID

from provenance.capture import pinning
from provenance.capture.diagnosis import Phase, describe_failure, tls_reason_words
from provenance.capture.options import CaptureRequest, ConnectTo, NetworkOptions
from provenance.capture.policy import Dial
from provenance.capture.scheduler import capture_all
from tests.capture.conftest import INFO, Capturer
from tests.support.servers import FixtureServer, LocalCA, Reply, make_test_ca
from tests.support.warcs import read_records

WIDGET = b'<div class="tgme_widget_message" data-post="channel/42">text</div>'


@pytest.fixture(autouse=True)
def no_ca_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)


@pytest.fixture
def trusted_widget(tls_fixture_server: FixtureServer, local_ca: LocalCA) -> NetworkOptions:
    """t.me sent to the TLS fixture server (serving the widget at /channel/42); the test CA trusted."""
    tls_fixture_server.routes["/channel/42"] = Reply(body=WIDGET)
    return NetworkOptions(connect_to=(tls_fixture_server.rule("t.me", 443),), ca_bundle=str(local_ca.ca_pem))


def test_https_with_the_trusted_test_ca_is_captured_under_the_real_url(
    trusted_widget: NetworkOptions, capture: Capturer
) -> None:
    outcome = capture("https://t.me/channel/42", trusted_widget)
    assert outcome.error is None and outcome.capture is not None
    response = next(r for r in read_records(Path(outcome.capture.warc)) if r["type"] == "response")
    assert response["headers"]["WARC-Target-URI"] == "https://t.me/channel/42"
    assert response["payload"] == WIDGET


def test_the_tls_certificate_the_server_presented_is_kept_as_evidence(
    trusted_widget: NetworkOptions, local_ca: LocalCA, capture: Capturer
) -> None:
    outcome = capture("https://t.me/channel/42", trusted_widget)
    assert outcome.capture is not None and outcome.capture.tls is not None
    server_der = x509.load_pem_x509_certificate(local_ca.cert_pem.read_bytes()).public_bytes(Encoding.DER)
    tls = outcome.capture.tls
    assert tls.certificate_sha256 == hashlib.sha256(server_der).hexdigest()
    assert tls.version and tls.version.startswith("TLS")
    assert tls.issuer == "commonName=provenance test CA"
    metadata = next(r for r in read_records(Path(outcome.capture.warc)) if r["type"] == "metadata")
    (exchange,) = json.loads(metadata["payload"])["exchanges"]
    assert base64.b64decode(exchange["certificate_der_base64"]) == server_der
    assert exchange["tls"]["certificate_sha256"] == tls.certificate_sha256


def test_plain_http_has_no_tls_evidence(fixture_server: FixtureServer, capture: Capturer) -> None:
    fixture_server.routes["/"] = Reply(body=b"x")
    outcome = capture(
        "http://news.example/", NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    )
    assert outcome.capture is not None and outcome.capture.tls is None


def test_https_without_trusting_the_ca_is_a_tls_error_and_no_request_is_sent(
    tls_fixture_server: FixtureServer, capture: Capturer
) -> None:
    tls_fixture_server.routes["/channel/42"] = Reply(body=WIDGET)
    outcome = capture(
        "https://t.me/channel/42", NetworkOptions(connect_to=(tls_fixture_server.rule("t.me"),))
    )
    assert outcome.error is not None and outcome.error.startswith("tls: t.me: certificate verify failed")
    assert outcome.capture is not None and outcome.capture.http_status is None
    assert outcome.capture.tls is None, "an untrusted peer proves nothing"
    assert tls_fixture_server.hits["/channel/42"] == 0


def _metadata(warc: str) -> dict[str, Any]:
    record = next(r for r in read_records(Path(warc)) if r["type"] == "metadata")
    document: dict[str, Any] = json.loads(record["payload"])
    return document


def _der(pem: Path) -> bytes:
    return x509.load_pem_x509_certificate(pem.read_bytes()).public_bytes(Encoding.DER)


def test_a_certificate_from_an_untrusted_ca_is_kept_as_what_the_server_presented(
    tls_fixture_server: FixtureServer, local_ca: LocalCA, capture: Capturer
) -> None:
    tls_fixture_server.routes["/channel/42"] = Reply(body=WIDGET)
    outcome = capture(
        "https://t.me/channel/42", NetworkOptions(connect_to=(tls_fixture_server.rule("t.me"),))
    )
    assert outcome.error == "tls: t.me: certificate verify failed: unable to get local issuer certificate"
    assert outcome.capture is not None and outcome.capture.tls is None, "an untrusted peer proves nothing"
    presented = _metadata(outcome.capture.warc)["failed_attempt"]["presented_certificate"]
    server_der = _der(local_ca.cert_pem)
    assert base64.b64decode(presented["der_base64"]) == server_der
    assert presented["sha256"] == hashlib.sha256(server_der).hexdigest()
    assert (presented["subject"], presented["issuer"]) == ("CN=t.me", "CN=provenance test CA")
    assert tls_fixture_server.hits["/channel/42"] == 0, "no request goes over the second handshake"


def _expired_certificate(folder: Path) -> LocalCA:
    """A CA (trust its `ca_pem`) and a certificate for news.example it signed that expired yesterday."""
    root = make_test_ca("expired-certificate test CA")
    key = ec.generate_private_key(ec.SECP256R1())
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder(
            not_valid_before=now - dt.timedelta(days=9), not_valid_after=now - dt.timedelta(days=1)
        )
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "news.example")]))
        .issuer_name(root.cert.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .add_extension(x509.SubjectAlternativeName([x509.DNSName("news.example")]), critical=False)
        .sign(root.key, hashes.SHA256())
    )
    ca = LocalCA(folder / "ca.pem", folder / "server.pem", folder / "server-key.pem", ("news.example",))
    ca.ca_pem.write_bytes(root.cert.public_bytes(Encoding.PEM))
    ca.cert_pem.write_bytes(cert.public_bytes(Encoding.PEM))
    ca.key_pem.write_bytes(key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8, NoEncryption()))
    return ca


def test_an_expired_certificate_is_named_expired_and_kept(tmp_path: Path, capture: Capturer) -> None:
    expired = _expired_certificate(tmp_path)
    with FixtureServer({"/": Reply(body=b"x")}, tls=expired) as server:
        options = NetworkOptions(connect_to=(server.rule("news.example"),), ca_bundle=str(expired.ca_pem))
        outcome = capture("https://news.example/", options)
        assert server.hits["/"] == 0
    assert outcome.error == "tls: news.example: certificate verify failed: certificate has expired"
    assert outcome.capture is not None
    presented = _metadata(outcome.capture.warc)["failed_attempt"]["presented_certificate"]
    assert base64.b64decode(presented["der_base64"]) == _der(expired.cert_pem)
    assert presented["not_after"] < dt.datetime.now(dt.UTC).isoformat()


def test_a_failed_attempt_that_was_not_refused_for_its_certificate_keeps_none(
    tls_fixture_server: FixtureServer, local_ca: LocalCA, capture: Capturer
) -> None:
    # A plain-http request to the TLS port: no certificate was refused, so no handshake is made to fetch one.
    outcome = capture(
        "http://news.example/",
        NetworkOptions(connect_to=(tls_fixture_server.rule("news.example"),), timeout=2),
    )
    assert outcome.error is not None and outcome.capture is not None
    assert _metadata(outcome.capture.warc)["failed_attempt"]["presented_certificate"] is None


def test_certificate_is_checked_against_the_requested_name(
    tls_fixture_server: FixtureServer, local_ca: LocalCA, capture: Capturer
) -> None:
    tls_fixture_server.routes["/"] = Reply(body=b"x")
    options = NetworkOptions(
        connect_to=(tls_fixture_server.rule("evil.example"),), ca_bundle=str(local_ca.ca_pem)
    )
    outcome = capture("https://evil.example/", options)
    assert outcome.error is not None and outcome.error.startswith(
        "tls: evil.example: certificate verify failed"
    )
    assert tls_fixture_server.hits["/"] == 0
    assert outcome.capture is not None
    presented = _metadata(outcome.capture.warc)["failed_attempt"]["presented_certificate"]
    assert base64.b64decode(presented["der_base64"]) == _der(local_ca.cert_pem)
    assert presented["subject"] == "CN=t.me", "the certificate for other names, as the server offered it"


def test_ca_bundle_from_the_environment_is_honoured(
    tls_fixture_server: FixtureServer, local_ca: LocalCA, capture: Capturer, monkeypatch: pytest.MonkeyPatch
) -> None:
    tls_fixture_server.routes["/"] = Reply(body=b"x")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(local_ca.ca_pem))
    outcome = capture(
        "https://news.example/", NetworkOptions(connect_to=(tls_fixture_server.rule("news.example"),))
    )
    assert outcome.error is None
    assert tls_fixture_server.hits["/"] == 1


def test_unreadable_ca_bundle_is_a_tls_error(capture: Capturer, tmp_path: Path) -> None:
    outcome = capture("https://t.me/x/1", NetworkOptions(ca_bundle=str(tmp_path / "missing.pem")))
    assert outcome.error is not None and outcome.error.startswith("tls: cannot load the CA bundle")


def _count_context_builds(monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """Every TLS context built from now on (by CA bundle), in a fresh cache."""
    built: list[str | None] = []
    create = ssl.create_default_context

    def counting(*args: Any, cafile: str | None = None, **kwargs: Any) -> ssl.SSLContext:
        built.append(cafile)
        return create(*args, cafile=cafile, **kwargs)

    monkeypatch.setattr(pinning, "_CONTEXTS", {})
    monkeypatch.setattr(ssl, "create_default_context", counting)
    return built


def test_many_https_captures_at_once_build_the_tls_context_once(
    trusted_widget: NetworkOptions, archive_dir: Path, local_ca: LocalCA, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Loading a CA store takes tens of milliseconds of CPU: captures that all start at once must not each
    # build their own (32 of them once took 1.3 s).
    built = _count_context_builds(monkeypatch)
    requests = [CaptureRequest(url="https://t.me/channel/42", name=f"r-fn{n}") for n in range(12)]
    outcomes = capture_all(requests, archive_dir, trusted_widget, INFO, jobs=12, per_host=12)
    assert all(outcome.error is None for outcome in outcomes)
    assert built == [str(local_ca.ca_pem)]


def test_plain_http_captures_build_no_tls_context(
    fixture_server: FixtureServer, archive_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = _count_context_builds(monkeypatch)
    fixture_server.routes["/a"] = Reply(body=b"page")
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    requests = [CaptureRequest(url="http://news.example/a", name=f"r-fn{n}") for n in range(4)]
    assert all(o.error is None for o in capture_all(requests, archive_dir, options, INFO, jobs=4))
    assert built == []


@pytest.mark.parametrize(
    ("reason", "in_handshake", "said"),
    [
        (
            "TLSV1_ALERT_PROTOCOL_VERSION",
            True,
            "the server and this client share no TLS version (this client speaks TLS 1.2 and later) "
            "(TLSV1_ALERT_PROTOCOL_VERSION)",
        ),
        (
            "WRONG_VERSION_NUMBER",
            True,
            "the server did not answer in TLS (plain HTTP on an https port?) (WRONG_VERSION_NUMBER)",
        ),
        (
            "UNEXPECTED_EOF_WHILE_READING",
            True,
            "the server closed the connection during the TLS handshake (UNEXPECTED_EOF_WHILE_READING)",
        ),
        (
            "UNEXPECTED_EOF_WHILE_READING",
            False,
            "the server closed the connection without an answer (UNEXPECTED_EOF_WHILE_READING)",
        ),
        ("SOME_NEW_REASON", True, "SOME_NEW_REASON"),
    ],
)
def test_a_tls_failure_is_named_in_words_beside_openssls_code(
    reason: str, in_handshake: bool, said: str
) -> None:
    assert tls_reason_words(reason, in_handshake) == said


@contextlib.contextmanager
def _raw_tls_peer(answer: Callable[[socket.socket], None]) -> Iterator[int]:
    """A TCP server on 127.0.0.1 that hands each connection to `answer` (no TLS of its own); its port."""
    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(5)

    def serve() -> None:
        with contextlib.suppress(OSError):
            connection, _ = server.accept()
            with connection:
                answer(connection)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield server.getsockname()[1]
    finally:
        server.close()
        thread.join(5)


def _reset_on_client_hello(connection: socket.socket) -> None:
    connection.recv(5)  # part of the ClientHello: closing with the rest unread sends a reset
    connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")


def _close_on_client_hello(connection: socket.socket) -> None:
    connection.settimeout(0.3)
    with contextlib.suppress(OSError):
        while connection.recv(4096):
            pass
    connection.shutdown(socket.SHUT_WR)


def test_a_reset_inside_the_tls_handshake_is_named_so(capture: Capturer) -> None:
    # What a filter that cuts a ClientHello naming a blocked host looks like: no request was ever seen.
    with _raw_tls_peer(_reset_on_client_hello) as port:
        options = NetworkOptions(connect_to=(ConnectTo("news.example", None, "127.0.0.1", port),), retries=0)
        outcome = capture("https://news.example/", options)
    assert outcome.error == f"connect: 127.0.0.1:{port}: Connection reset by peer during the TLS handshake"


def test_a_close_inside_the_tls_handshake_is_named_so(capture: Capturer) -> None:
    with _raw_tls_peer(_close_on_client_hello) as port:
        options = NetworkOptions(connect_to=(ConnectTo("news.example", None, "127.0.0.1", port),), retries=0)
        outcome = capture("https://news.example/", options)
    assert outcome.error == (
        "tls: news.example: the server closed the connection during the TLS handshake "
        "(UNEXPECTED_EOF_WHILE_READING)"
    )


def test_a_tls_handshake_left_unanswered_is_a_timeout_saying_no_request_was_sent(capture: Capturer) -> None:
    # A server, or a filter on the way, that holds the ClientHello and never answers it: the request never
    # went, where "news.example sent no answer" told a reader the server had it and stayed silent.
    def hold(connection: socket.socket) -> None:
        connection.settimeout(5)
        with contextlib.suppress(OSError):
            while connection.recv(4096):
                pass

    with _raw_tls_peer(hold) as port:
        options = NetworkOptions(
            connect_to=(ConnectTo("news.example", None, "127.0.0.1", port),), retries=0, timeout=0.5
        )
        outcome = capture("https://news.example/", options)
    assert outcome.error == (
        "timeout: news.example did not finish the TLS handshake within 0.5s: no request was sent"
    )


def test_a_reset_after_the_request_went_out_is_named_so_not_a_handshake_one(capture: Capturer) -> None:
    def reset_after_the_request(connection: socket.socket) -> None:
        connection.recv(1)
        _reset_on_client_hello(connection)

    with _raw_tls_peer(reset_after_the_request) as port:
        options = NetworkOptions(connect_to=(ConnectTo("news.example", None, "127.0.0.1", port),), retries=0)
        outcome = capture("http://news.example/", options)
    # The server had the request: a `connect:` error told a reader no connection was ever made.
    assert outcome.error == (
        f"disconnect: 127.0.0.1:{port}: Connection reset by peer after the request was sent"
    )


@pytest.mark.parametrize(
    ("phase", "said"),
    [
        ("sent", "disconnect: news.example: the server closed the connection without an answer"),
        ("handshake", "tls: news.example: the server closed the connection during the TLS handshake"),
    ],
)
def test_a_tls_eof_is_a_disconnect_once_the_request_went_and_a_tls_failure_before(
    phase: Phase, said: str
) -> None:
    eof = ssl.SSLEOFError(8, "EOF occurred in violation of protocol")
    eof.reason = "UNEXPECTED_EOF_WHILE_READING"
    failure = describe_failure(
        requests.exceptions.SSLError(eof), Dial("127.0.0.1", 443), "news.example", 5, phase
    )
    assert str(failure) == f"{said} (UNEXPECTED_EOF_WHILE_READING)"


def test_a_tls_session_closed_after_the_request_went_out_is_a_disconnect(
    capture: Capturer, local_ca: LocalCA
) -> None:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(local_ca.cert_pem, local_ca.key_pem)

    def hang_up_after_the_request(connection: socket.socket) -> None:
        with context.wrap_socket(connection, server_side=True) as session:
            session.recv(4096)  # the request read, then closed without a close_notify or an answer

    with _raw_tls_peer(hang_up_after_the_request) as port:
        rule = ConnectTo("news.example", None, "127.0.0.1", port)
        options = NetworkOptions(connect_to=(rule,), retries=0, ca_bundle=str(local_ca.ca_pem))
        outcome = capture("https://news.example/", options)
    assert outcome.error == (
        f"disconnect: 127.0.0.1:{port}: the server closed the connection without an answer"
    )
    assert outcome.capture is not None and outcome.capture.http_status is None


def _sending_its_issuer_too(local_ca: LocalCA, folder: Path) -> LocalCA:
    """`local_ca`'s server certificate, served with the CA's certificate after it (as an intermediate is)."""
    chained = LocalCA(local_ca.ca_pem, folder / "chain.pem", local_ca.key_pem, local_ca.names)
    chained.cert_pem.write_bytes(local_ca.cert_pem.read_bytes() + local_ca.ca_pem.read_bytes())
    return chained


def test_a_refused_certificate_is_kept_with_the_chain_the_server_sent_after_it(
    local_ca: LocalCA, tmp_path: Path, capture: Capturer
) -> None:
    # The leaf alone does not say who vouched for it: the certificates sent after it do.
    with FixtureServer({"/": Reply(body=b"x")}, tls=_sending_its_issuer_too(local_ca, tmp_path)) as server:
        outcome = capture("https://t.me/", NetworkOptions(connect_to=(server.rule("t.me"),)))
        assert server.hits["/"] == 0
    assert outcome.capture is not None
    failed = _metadata(outcome.capture.warc)["failed_attempt"]
    assert base64.b64decode(failed["presented_certificate"]["der_base64"]) == _der(local_ca.cert_pem)
    chain = failed["presented_chain"]
    assert [base64.b64decode(each["der_base64"]) for each in chain["certificates"]] == [_der(local_ca.ca_pem)]
    assert chain["certificates"][0]["subject"] == "CN=provenance test CA"
    assert chain["left_out"] == 0


def test_a_refused_server_that_sent_its_leaf_alone_keeps_an_empty_chain(
    tls_fixture_server: FixtureServer, local_ca: LocalCA, capture: Capturer
) -> None:
    outcome = capture("https://t.me/", NetworkOptions(connect_to=(tls_fixture_server.rule("t.me"),)))
    assert outcome.capture is not None
    failed = _metadata(outcome.capture.warc)["failed_attempt"]
    assert base64.b64decode(failed["presented_certificate"]["der_base64"]) == _der(local_ca.cert_pem)
    assert failed["presented_chain"] == {"certificates": [], "left_out": 0}


def test_a_refused_server_that_speaks_only_tls_1_3_still_has_its_leaf_kept(
    tls_fixture_server: FixtureServer, local_ca: LocalCA, capture: Capturer
) -> None:
    # The chain is read from a TLS 1.2 handshake; a server that refuses one is asked again for its leaf.
    tls_fixture_server._server.socket.context.minimum_version = ssl.TLSVersion.TLSv1_3  # type: ignore[attr-defined]
    outcome = capture("https://t.me/", NetworkOptions(connect_to=(tls_fixture_server.rule("t.me"),)))
    assert outcome.capture is not None
    failed = _metadata(outcome.capture.warc)["failed_attempt"]
    assert base64.b64decode(failed["presented_certificate"]["der_base64"]) == _der(local_ca.cert_pem)
    assert failed["presented_chain"] == {"certificates": [], "left_out": 0}
