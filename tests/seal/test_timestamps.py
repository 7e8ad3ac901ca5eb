"""RFC 3161 timestamps from a real local TSA: asked over a head, checked by our code and by openssl."""

from __future__ import annotations

import base64
import datetime as dt
import json
import subprocess
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID
from rfc3161_client import HashAlgorithm, TimestampRequestBuilder, decode_timestamp_response

from provenance.capture.options import NetworkOptions
from provenance.hashing import sha256_hex
from provenance.seal.timestamps import (
    REVOCATION_NOT_CHECKED,
    TimestampError,
    check_timestamp,
    request_timestamp,
    utc_text,
)
from tests.support.servers import FixtureRequestHandler, FixtureServer, Reply, disconnect_after, trickle
from tests.support.tsa import LocalTSA, TsaFiles, make_tsa_files, openssl_reply, openssl_ts_verify

SEALED_LINE = json.dumps({"kind": "summary", "seq": 2}).encode()
LOCAL = NetworkOptions(allow_private=True, timeout=10)  # the test TSAs listen on 127.0.0.1
HEAD = sha256_hex(SEALED_LINE)


def _roots(tsa: LocalTSA) -> list[x509.Certificate]:
    return [x509.load_pem_x509_certificate(tsa.ca_pem.read_bytes())]


def test_a_token_from_the_local_tsa_verifies_with_our_code_and_with_openssl(local_tsa: LocalTSA) -> None:
    stamp = request_timestamp(local_tsa.url, SEALED_LINE, LOCAL)
    checked = check_timestamp(stamp.token, HEAD, stamp.gen_time, _roots(local_tsa))
    assert checked.status == "trusted", checked.detail
    assert checked.tsa_name == "CN=provenance test TSA"
    by_openssl = openssl_ts_verify(base64.b64decode(stamp.token), HEAD, local_tsa.ca_pem)
    assert by_openssl.returncode == 0 and "Verification: OK" in by_openssl.stdout


def test_a_token_does_not_vouch_for_a_head_changed_after_timestamping(local_tsa: LocalTSA) -> None:
    stamp = request_timestamp(local_tsa.url, SEALED_LINE, LOCAL)
    changed = sha256_hex(SEALED_LINE + b" ")
    checked = check_timestamp(stamp.token, changed, stamp.gen_time, _roots(local_tsa))
    assert checked.status == "invalid" and f"not the sealed head {changed}" in checked.detail
    by_openssl = openssl_ts_verify(base64.b64decode(stamp.token), changed, local_tsa.ca_pem)
    assert by_openssl.returncode != 0 and "message imprint mismatch" in by_openssl.stderr


def test_without_a_tsa_root_the_token_is_read_but_its_signer_not_vouched_for(local_tsa: LocalTSA) -> None:
    stamp = request_timestamp(local_tsa.url, SEALED_LINE, LOCAL)
    checked = check_timestamp(stamp.token, HEAD, stamp.gen_time, roots=[])
    assert checked.status == "unchecked" and "--tsa-ca" in checked.detail


def test_a_token_from_a_tsa_the_given_root_does_not_certify_is_invalid(
    local_tsa: LocalTSA, tmp_path: Path
) -> None:
    with LocalTSA(tmp_path / "other", name="another TSA") as other:
        stamp = request_timestamp(other.url, SEALED_LINE, LOCAL)
    checked = check_timestamp(stamp.token, HEAD, stamp.gen_time, _roots(local_tsa))
    # It gave OpenSSL's error stack ("ErrorStack([Error { code: 276824181, …"), naming neither the TSA's
    # certificate nor the roots it was held to: two TSAs' timestamps in one ledger, one root given.
    assert checked.status == "untrusted"
    assert checked.detail == (
        "not signed by a TSA the given --tsa-ca certifies: the certificate that signed the token "
        "(CN=another TSA, issued by CN=another TSA root CA) does not lead to a --tsa-ca root "
        "(CN=provenance test TSA root CA): unable to get local issuer certificate"
    )


def test_a_gen_time_edited_in_the_line_is_caught_against_the_token(local_tsa: LocalTSA) -> None:
    stamp = request_timestamp(local_tsa.url, SEALED_LINE, LOCAL)
    checked = check_timestamp(stamp.token, HEAD, "2020-01-01T00:00:00Z", _roots(local_tsa))
    assert checked.status == "invalid" and "gen_time 2020-01-01T00:00:00Z" in checked.detail


def test_a_token_that_is_not_a_timestamp_reply_is_invalid() -> None:
    token = base64.b64encode(b"\x30\x03\x02\x01\x00").decode()
    assert check_timestamp(token, HEAD, "2024-01-01T00:00:00Z", []).status == "invalid"
    assert check_timestamp("%%%", HEAD, "2024-01-01T00:00:00Z", []).status == "invalid"


def test_a_tsa_s_account_key_in_its_url_is_kept_out_of_the_timestamp_line_and_its_errors(
    local_tsa: LocalTSA,
) -> None:
    # `--tsa https://desk:KEY@tsa.example/`: the key is sent (a TSA that asks for an account takes it in its
    # URL), but the timestamp line is read by whoever reads the ledger, and an error by the CI log's readers.
    from provenance.capture.options import ConnectTo

    port = int(local_tsa.url.rsplit(":", 1)[1].split("/")[0])
    network = NetworkOptions(connect_to=(ConnectTo.parse(f"tsa.example:80:127.0.0.1:{port}"),), timeout=10)
    stamp = request_timestamp("http://desk:s3cret@tsa.example/tsa", SEALED_LINE, network)
    assert "s3cret" not in stamp.tsa and stamp.tsa.endswith("@tsa.example/tsa")
    with (
        FixtureServer({"/tsa": Reply(503, b"down for maintenance")}) as server,
        pytest.raises(TimestampError, match="HTTP 503") as refused,
    ):
        request_timestamp(server.url("/tsa").replace("://", "://desk:s3cret@"), SEALED_LINE, LOCAL)
    assert "s3cret" not in str(refused.value)


def test_a_tsa_answering_an_http_error_gives_no_timestamp() -> None:
    with (
        FixtureServer({"/tsa": Reply(503, b"down for maintenance")}) as server,
        pytest.raises(TimestampError, match="HTTP 503"),
    ):
        request_timestamp(server.url("/tsa"), SEALED_LINE, LOCAL)


def test_a_tsa_answering_something_else_gives_no_timestamp() -> None:
    with (
        FixtureServer({"/tsa": Reply(200, b"<html>a login page</html>")}) as server,
        pytest.raises(TimestampError, match="not an RFC 3161 TimeStampResp"),
    ):
        request_timestamp(server.url("/tsa"), SEALED_LINE, LOCAL)


def test_a_tsa_replaying_an_old_answer_gives_no_timestamp(local_tsa: LocalTSA) -> None:
    old = base64.b64decode(request_timestamp(local_tsa.url, SEALED_LINE, LOCAL).token)
    with (
        FixtureServer({"/tsa": Reply(200, old)}) as replaying,
        pytest.raises(TimestampError, match="nonce"),
    ):
        request_timestamp(replaying.url("/tsa"), SEALED_LINE, LOCAL)


def test_an_unreachable_tsa_gives_no_timestamp() -> None:
    with FixtureServer() as server:
        url = server.url("/tsa")
    with pytest.raises(TimestampError, match=r"connect: .* refused the connection"):
        request_timestamp(url, SEALED_LINE, NetworkOptions(allow_private=True, timeout=5))


def test_a_tsa_trickling_its_answer_cannot_hold_the_run() -> None:
    # Each byte comes within the socket timeout; the whole answer would take a minute.
    with (
        FixtureServer({"/tsa": trickle(bytes(200), pause=0.3)}) as slow,
        pytest.raises(TimestampError, match=r"no complete answer within 2s"),
    ):
        request_timestamp(slow.url("/tsa"), SEALED_LINE, NetworkOptions(allow_private=True, timeout=0.5))


def test_a_tsa_cutting_its_answer_short_gives_no_timestamp() -> None:
    with (
        FixtureServer({"/tsa": disconnect_after(b"0\x82", declared=1000)}) as cut,
        pytest.raises(TimestampError, match="the connection broke before the whole answer came"),
    ):
        request_timestamp(cut.url("/tsa"), SEALED_LINE, NetworkOptions(allow_private=True, timeout=5))


def test_a_tsa_at_a_private_address_is_refused_unless_private_addresses_are_allowed(
    local_tsa: LocalTSA,
) -> None:
    # A TSA named in a settings file that a pull request changed must not reach into the CI machine's network.
    with pytest.raises(TimestampError, match=r"blocked: .*127\.0\.0\.1"):
        request_timestamp(local_tsa.url, SEALED_LINE, NetworkOptions(timeout=10))


def test_a_tsa_named_through_connect_to_is_reached_there_under_its_own_name(local_tsa: LocalTSA) -> None:
    from provenance.capture.options import ConnectTo

    port = int(local_tsa.url.rsplit(":", 1)[1].split("/")[0])
    rule = ConnectTo.parse(f"tsa.example:80:127.0.0.1:{port}")
    network = NetworkOptions(connect_to=(rule,), timeout=10)
    stamp = request_timestamp("http://tsa.example/tsa", SEALED_LINE, network)
    assert stamp.tsa == "http://tsa.example/tsa"
    assert check_timestamp(stamp.token, sha256_hex(SEALED_LINE), stamp.gen_time, []).status == "unchecked"


def _damaged(token: bytes) -> list[bytes]:
    """The token with each of its bytes inverted in turn: every place a stored token can be damaged."""
    return [token[:at] + bytes([token[at] ^ 0xFF]) + token[at + 1 :] for at in range(len(token))]


def test_a_stored_token_damaged_anywhere_is_invalid_or_untrusted_never_a_crash(local_tsa: LocalTSA) -> None:
    # rfc3161_client decodes a token's parts when they are read: one bit flipped in its genTime, its imprint
    # or a certificate raised ValueError (or KeyError, or cryptography's InvalidVersion) out of `verify`.
    stamp = request_timestamp(local_tsa.url, SEALED_LINE, LOCAL)
    roots = _roots(local_tsa)
    seen = set()
    for damaged in _damaged(base64.b64decode(stamp.token)):
        token = base64.b64encode(damaged).decode()
        for given in ([], roots):
            seen.add(check_timestamp(token, HEAD, stamp.gen_time, given).status)
    assert seen <= {"invalid", "untrusted", "unchecked", "trusted"} and "invalid" in seen


def test_a_tsa_answering_a_token_damaged_inside_gives_no_timestamp(local_tsa: LocalTSA) -> None:
    good = base64.b64decode(request_timestamp(local_tsa.url, SEALED_LINE, LOCAL).token)
    for damaged in _damaged(good):  # one that decodes as a whole but not in its parts: the lazy failure
        try:
            response = decode_timestamp_response(damaged)
        except ValueError:
            continue
        try:
            response.tst_info.nonce  # noqa: B018
        except ValueError:
            break
    else:
        pytest.fail("no damage of the token fails only when its parts are read")
    with (
        FixtureServer({"/tsa": Reply(200, damaged)}) as server,
        pytest.raises(TimestampError, match="not an RFC 3161 TimeStampResp"),
    ):
        request_timestamp(server.url("/tsa"), SEALED_LINE, LOCAL)


def _tsa_under_an_intermediate(tsa: LocalTSA) -> None:
    """Make `tsa` sign with a certificate an intermediate CA issued and send that chain (`certs =`), leaf
    first, as a TSA of a public CA does; its `ca_pem` becomes the root above the intermediate."""
    now = dt.datetime.now(dt.UTC)

    def issued(
        name: x509.Name, key: ec.EllipticCurvePrivateKey, issuer: x509.Name
    ) -> x509.CertificateBuilder:
        return (
            x509.CertificateBuilder(
                not_valid_before=now - dt.timedelta(days=1), not_valid_after=now + dt.timedelta(days=30)
            )
            .subject_name(name)
            .issuer_name(issuer)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
        )

    def named(*attributes: tuple[x509.ObjectIdentifier, str]) -> x509.Name:
        return x509.Name([x509.NameAttribute(oid, value) for oid, value in attributes])

    root_key, middle_key, leaf_key = (ec.generate_private_key(ec.SECP256R1()) for _ in range(3))
    ca = x509.BasicConstraints(ca=True, path_length=None)
    root_name = named((NameOID.COMMON_NAME, "chained test root"))
    root = (
        issued(root_name, root_key, root_name)
        .add_extension(ca, critical=True)
        .sign(root_key, hashes.SHA256())
    )
    middle = (
        issued(named((NameOID.COMMON_NAME, "chained test intermediate")), middle_key, root.subject)
        .add_extension(ca, critical=True)
        .sign(root_key, hashes.SHA256())
    )
    # A longer name makes the leaf's DER sort after the intermediate's: leaf first is then not DER's order.
    leaf_name = named(
        (NameOID.COMMON_NAME, "chained test TSA"),
        (NameOID.ORGANIZATION_NAME, "o" * 64),
        (NameOID.ORGANIZATIONAL_UNIT_NAME, "u" * 64),
    )
    leaf = issued(leaf_name, leaf_key, middle.subject)
    leaf = leaf.add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
    leaf = leaf.add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
    leaf_certificate = leaf.sign(middle_key, hashes.SHA256())
    pem = serialization.Encoding.PEM
    files = tsa.files
    files.ca_pem.write_bytes(root.public_bytes(pem))
    files.cert_pem.write_bytes(leaf_certificate.public_bytes(pem))
    files.key_pem.write_bytes(
        leaf_key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    chain = files.config.with_name("chain.pem")
    chain.write_bytes(middle.public_bytes(pem))
    files.config.write_text(files.config.read_text(encoding="ascii") + f"certs = {chain}\n", encoding="ascii")


def test_a_tsa_sending_its_chain_leaf_first_gives_a_token_trusted_under_its_root(tmp_path: Path) -> None:
    """openssl ts with `certs =` lists the TSA's certificate, then its chain: not in DER's order, and the
    token was "not an RFC 3161 TimeStampResp", so no timestamp was kept (and a stored one was invalid)."""
    with LocalTSA(tmp_path / "chained") as chained:
        _tsa_under_an_intermediate(chained)
        stamp = request_timestamp(chained.url, SEALED_LINE, LOCAL)
    reply = base64.b64decode(stamp.token)
    with pytest.raises(ValueError, match="InvalidSetOrdering"):
        decode_timestamp_response(reply)  # kept as the TSA sent it: the order the parser refuses
    checked = check_timestamp(stamp.token, HEAD, stamp.gen_time, _roots(chained))
    assert checked.status == "trusted", checked.detail
    assert checked.tsa_name is not None and checked.tsa_name.endswith("CN=chained test TSA")
    by_openssl = openssl_ts_verify(reply, HEAD, chained.ca_pem)
    assert by_openssl.returncode == 0 and "Verification: OK" in by_openssl.stdout


def test_a_chained_token_is_still_untrusted_under_another_root(local_tsa: LocalTSA, tmp_path: Path) -> None:
    with LocalTSA(tmp_path / "chained") as chained:
        _tsa_under_an_intermediate(chained)
        stamp = request_timestamp(chained.url, SEALED_LINE, LOCAL)
    checked = check_timestamp(stamp.token, HEAD, stamp.gen_time, _roots(local_tsa))
    assert checked.status == "untrusted" and "--tsa-ca" in checked.detail


def _reply_without_certificate(tsa: LocalTSA) -> bytes:
    """openssl ts's answer to a query not asking for the TSA's certificate (no `-cert`): none inside."""
    query = tsa.files.config.with_name("no-cert.tsq")
    subprocess.run(
        ["openssl", "ts", "-query", "-digest", HEAD, "-sha256", "-out", str(query)],
        check=True, capture_output=True, timeout=30,
    )  # fmt: skip
    reply = openssl_reply(tsa.files, query.read_bytes())
    assert not decode_timestamp_response(reply).signed_data.certificates
    return reply


def test_a_token_without_its_certificate_is_trusted_when_tsa_ca_gives_it_beside_the_root(
    local_tsa: LocalTSA,
) -> None:
    """A TSA that ignores certReq sends no certificate: with the root and the TSA's certificate given as
    --tsa-ca the token was still untrusted ("Certificates neither found in the answer or in the Verification
    Options"), as openssl ts -verify -untrusted TSA.pem -CAfile ROOT.pem trusts it."""
    reply = _reply_without_certificate(local_tsa)
    token = base64.b64encode(reply).decode()
    gen_time = utc_text(decode_timestamp_response(reply).tst_info.gen_time)
    tsa_certificate = x509.load_pem_x509_certificate(local_tsa.files.cert_pem.read_bytes())
    checked = check_timestamp(token, HEAD, gen_time, [*_roots(local_tsa), tsa_certificate])
    assert checked.status == "trusted", checked.detail


def test_a_token_without_its_certificate_is_untrusted_under_the_root_alone_or_the_tsa_alone(
    local_tsa: LocalTSA,
) -> None:
    reply = _reply_without_certificate(local_tsa)
    token = base64.b64encode(reply).decode()
    gen_time = utc_text(decode_timestamp_response(reply).tst_info.gen_time)
    tsa_certificate = x509.load_pem_x509_certificate(local_tsa.files.cert_pem.read_bytes())
    assert check_timestamp(token, HEAD, gen_time, _roots(local_tsa)).status == "untrusted"
    assert check_timestamp(token, HEAD, gen_time, [tsa_certificate]).status == "untrusted"  # a TSA is no root


# --- a TSA's status: grantedWithMods is a token, a rejection is none ----------------------------------------


def _with_status(reply: bytes, status: int) -> bytes:
    """`reply` with its PKIStatus set to `status`: outside the token, so its signature still holds."""
    at = reply.index(b"\x30\x03\x02\x01\x00")  # PKIStatusInfo { status granted }, as openssl writes it
    return reply[: at + 4] + bytes([status]) + reply[at + 5 :]


def test_a_token_granted_with_modifications_is_trusted_as_openssl_ts_verify_trusts_it(
    local_tsa: LocalTSA,
) -> None:
    # `check` keeps a grantedWithMods answer; rfc3161_client verifies only granted ones, so `verify` said
    # "not signed by a TSA the given --tsa-ca certifies: PKIStatus is not GRANTED" of a sound token.
    stamp = request_timestamp(local_tsa.url, SEALED_LINE, LOCAL)
    modified = _with_status(base64.b64decode(stamp.token), 1)
    by_openssl = openssl_ts_verify(modified, HEAD, local_tsa.ca_pem)
    assert by_openssl.returncode == 0 and "Verification: OK" in by_openssl.stdout
    token = base64.b64encode(modified).decode()
    checked = check_timestamp(token, HEAD, stamp.gen_time, _roots(local_tsa))
    assert checked.status == "trusted"
    assert checked.detail.startswith(
        f"signed by a TSA the given --tsa-ca certifies; {REVOCATION_NOT_CHECKED}"
    )
    assert checked.detail.endswith(
        "; the TSA granted it with modifications (grantedWithMods), a token all the same"
    )
    unchecked = check_timestamp(token, HEAD, stamp.gen_time, roots=[])
    assert unchecked.status == "unchecked" and "(grantedWithMods)" in unchecked.detail


def test_a_token_granted_with_modifications_vouches_for_nothing_more_than_a_granted_one(
    local_tsa: LocalTSA, tmp_path: Path
) -> None:
    stamp = request_timestamp(local_tsa.url, SEALED_LINE, LOCAL)
    token = base64.b64encode(_with_status(base64.b64decode(stamp.token), 1)).decode()
    changed = sha256_hex(SEALED_LINE + b" ")
    assert check_timestamp(token, changed, stamp.gen_time, _roots(local_tsa)).status == "invalid"
    with LocalTSA(tmp_path / "other", name="another TSA") as other:
        elsewhere = request_timestamp(other.url, SEALED_LINE, LOCAL)
    foreign = base64.b64encode(_with_status(base64.b64decode(elsewhere.token), 1)).decode()
    assert check_timestamp(foreign, HEAD, elsewhere.gen_time, _roots(local_tsa)).status == "untrusted"


def test_check_keeps_a_granted_with_modifications_answer_that_verify_then_trusts(local_tsa: LocalTSA) -> None:
    def modifying(handler: FixtureRequestHandler) -> None:
        query = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
        handler.reply(Reply(200, _with_status(openssl_reply(local_tsa.files, query), 1)))

    with FixtureServer({"/tsa": modifying}) as server:
        stamp = request_timestamp(server.url("/tsa"), SEALED_LINE, LOCAL)
    assert check_timestamp(stamp.token, HEAD, stamp.gen_time, _roots(local_tsa)).status == "trusted"


def test_a_stored_rejection_is_said_to_be_one_not_an_unreadable_token() -> None:
    # PKIStatusInfo { rejection, "bad request" }, no token: it was "not a base64 RFC 3161 TimeStampResp".
    rejection = bytes.fromhex("30123010020102300b0c09") + b"bad alg 1"
    checked = check_timestamp(base64.b64encode(rejection).decode(), HEAD, "2024-01-01T00:00:00Z", [])
    assert (checked.status, checked.detail) == (
        "invalid",
        "the TSA did not grant a timestamp (rejection: bad alg 1): its answer holds no token",
    )


def test_a_tsa_rejecting_the_request_gives_no_timestamp_and_names_the_rejection() -> None:
    rejection = bytes.fromhex("30123010020102300b0c09") + b"bad alg 1"
    with (
        FixtureServer({"/tsa": Reply(200, rejection)}) as server,
        pytest.raises(TimestampError, match=r"refused the request \(rejection: bad alg 1\)"),
    ):
        request_timestamp(server.url("/tsa"), SEALED_LINE, LOCAL)


# --- the TSA's certificate: judged at the token's time, its revocation unknown offline -------------------


def _token_of(folder: Path, not_after: dt.datetime) -> tuple[bytes, list[x509.Certificate]]:
    """A reply from a TSA whose certificate is valid until `not_after`, and the root that certifies it."""
    files = make_tsa_files(folder, not_after=not_after)
    query = TimestampRequestBuilder().data(SEALED_LINE).hash_algorithm(HashAlgorithm.SHA256).build()
    reply = openssl_reply(files, query.as_bytes())
    return reply, [x509.load_pem_x509_certificate(files.ca_pem.read_bytes())]


def _gen_time(reply: bytes) -> str:
    return utc_text(decode_timestamp_response(reply).tst_info.gen_time)


def test_a_token_whose_tsa_certificate_expired_since_is_trusted_and_says_revocation_was_not_checked(
    tmp_path: Path,
) -> None:
    # RFC 3161 practice: a TSA certificate that has expired since still vouches for the times it signed
    # while valid. Trusted, but revocation (a CRL, OCSP) is not checked offline: the detail said nothing
    # of it, as if a certificate revoked before the token's time would have been caught.
    # Valid for an hour and judged as if a day later: a certificate that expired 2 s after it was made
    # (a sleep of 2.5 s) expired before its token was signed when a loaded machine took longer to sign it.
    valid_until = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(hours=1)
    reply, roots = _token_of(tmp_path, valid_until)
    gen_time = _gen_time(reply)
    later = valid_until + dt.timedelta(days=1)
    checked = check_timestamp(base64.b64encode(reply).decode(), HEAD, gen_time, roots, now=later)
    not_after = utc_text(x509.load_der_x509_certificate(_signer_der(reply)).not_valid_after_utc)
    assert (checked.status, checked.detail) == (
        "trusted",
        "signed by a TSA the given --tsa-ca certifies; its certificates were valid at the token's time; "
        "whether one was revoked was not checked (verify is offline: no CRL or OCSP is fetched); the TSA's "
        f"certificate expired at {not_after}, after the token was made: a timestamp made while it was "
        "valid stands",
    )
    assert checked.details is not None and checked.details.signer_expired_since


def test_a_trusted_token_whose_tsa_certificate_is_still_valid_says_until_when(tmp_path: Path) -> None:
    until = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=30)
    reply, roots = _token_of(tmp_path, until)
    checked = check_timestamp(base64.b64encode(reply).decode(), HEAD, _gen_time(reply), roots)
    assert checked.status == "trusted"
    assert checked.detail.endswith(f"; the TSA's certificate is valid until {utc_text(until)}")
    assert checked.details is not None and not checked.details.signer_expired_since


def _signer_der(reply: bytes) -> bytes:
    (der,) = decode_timestamp_response(reply).signed_data.certificates
    return der


@pytest.mark.parametrize("with_roots", [True, False])
def test_a_token_signed_after_its_tsa_certificate_expired_is_no_trusted_time(
    tmp_path: Path, with_roots: bool
) -> None:
    # Without --tsa-ca it was `unchecked`, a warning, though the token's own certificate says its key
    # vouched for no time then; with it, rfc3161_client's "certificate has expired" did not say whose
    # dates against which time.
    not_after = dt.datetime.now(dt.UTC).replace(microsecond=0) - dt.timedelta(hours=1)
    reply, roots = _token_of(tmp_path, not_after)
    checked = check_timestamp(
        base64.b64encode(reply).decode(), HEAD, _gen_time(reply), roots if with_roots else []
    )
    assert checked.status == "untrusted"
    assert checked.detail.startswith(
        f"not a trusted time: the token says it was made at {_gen_time(reply)}, after its TSA's certificate "
        "had expired (the TSA's certificate is valid from "
    )
    assert f" to {utc_text(not_after)}): signed by an expired certificate" in checked.detail


def test_a_token_dated_before_its_tsa_certificate_was_valid_is_no_trusted_time(tmp_path: Path) -> None:
    # The asset of this failure mode: a TSA whose certificate starts tomorrow signs today (an antedated
    # token, or a certificate issued for a key that signed before it). Both openssl and we must refuse it.
    files = make_tsa_files(tmp_path)
    signer = x509.load_pem_x509_certificate(files.cert_pem.read_bytes())
    ca_key = serialization.load_pem_private_key(files.ca_key_pem.read_bytes(), None)
    assert isinstance(ca_key, ec.EllipticCurvePrivateKey)
    starts = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(days=1)
    later = x509.CertificateBuilder(
        issuer_name=signer.issuer,
        subject_name=signer.subject,
        public_key=signer.public_key(),
        serial_number=signer.serial_number,
        not_valid_before=starts,
        not_valid_after=signer.not_valid_after_utc,
        extensions=list(signer.extensions),
    ).sign(ca_key, hashes.SHA256())
    files.cert_pem.write_bytes(later.public_bytes(serialization.Encoding.PEM))
    query = TimestampRequestBuilder().data(SEALED_LINE).hash_algorithm(HashAlgorithm.SHA256).build()
    reply = openssl_reply(files, query.as_bytes())
    assert openssl_ts_verify(reply, HEAD, files.ca_pem).returncode != 0
    roots = [x509.load_pem_x509_certificate(files.ca_pem.read_bytes())]

    for given in (roots, []):
        checked = check_timestamp(base64.b64encode(reply).decode(), HEAD, _gen_time(reply), given)
        assert checked.status == "untrusted"
        valid_from = f"(the TSA's certificate is valid from {utc_text(starts)}"
        said = f"before its TSA's certificate was valid {valid_from}"
        assert said in checked.detail


# --- the TSA's certificate as the token's signed attributes name it (ESSCertIDv2) ---------------------------


def _same_names_and_key_other_dates(files: TsaFiles) -> tuple[x509.Certificate, x509.Certificate]:
    """The TSA's certificate, and another its root issued with the same issuer, serial number, subject, key
    and extensions but other dates, of the same DER length (so one can stand in the other's bytes)."""
    signer = x509.load_pem_x509_certificate(files.cert_pem.read_bytes())
    ca_key = serialization.load_pem_private_key(files.ca_key_pem.read_bytes(), None)
    assert isinstance(ca_key, ec.EllipticCurvePrivateKey)
    for hours in range(1, 50):  # an ECDSA signature's length varies by a byte or two
        builder = x509.CertificateBuilder(
            issuer_name=signer.issuer,
            subject_name=signer.subject,
            public_key=signer.public_key(),
            serial_number=signer.serial_number,
            not_valid_before=signer.not_valid_before_utc,
            not_valid_after=signer.not_valid_after_utc - dt.timedelta(hours=hours),
            extensions=list(signer.extensions),
        )
        other = builder.sign(ca_key, hashes.SHA256())
        if len(other.public_bytes(serialization.Encoding.DER)) == len(
            signer.public_bytes(serialization.Encoding.DER)
        ):
            return signer, other
    raise AssertionError("no certificate of the same length")


def test_a_token_whose_signing_certificate_was_swapped_for_another_of_the_same_key_is_untrusted(
    tmp_path: Path,
) -> None:
    # The signature covers the ESSCertIDv2 hash of the certificate that signed, not the certificate set:
    # one of the same issuer, serial and key verifies the signature and chains to the root. rfc3161_client
    # does not hold it to the hash (`openssl ts -verify` does): the token was trusted.
    files = make_tsa_files(tmp_path)
    query = TimestampRequestBuilder().data(SEALED_LINE).hash_algorithm(HashAlgorithm.SHA256).build()
    reply = openssl_reply(files, query.as_bytes())
    signer, other = _same_names_and_key_other_dates(files)
    swapped = reply.replace(
        signer.public_bytes(serialization.Encoding.DER), other.public_bytes(serialization.Encoding.DER)
    )
    assert swapped != reply
    assert openssl_ts_verify(swapped, HEAD, files.ca_pem).returncode != 0
    roots = [x509.load_pem_x509_certificate(files.ca_pem.read_bytes())]
    checked = check_timestamp(base64.b64encode(swapped).decode(), HEAD, _gen_time(reply), roots)
    assert checked.status == "untrusted"
    assert "is not the one its signed attributes name (ESSCertIDv2 sha256" in checked.detail
    sound = check_timestamp(base64.b64encode(reply).decode(), HEAD, _gen_time(reply), roots)
    assert sound.status == "trusted"
