"""RFC 3161 trusted timestamps over a ledger head: asking a time-stamping authority, and checking its token.

The request is for SHA-256 with the sealed line's bytes as the message, so the token's message imprint is the
head itself (the 32 bytes whose hex the next line carries as `prev`), with a nonce and a request for the TSA's
certificate. The whole TimeStampResp is kept, so `openssl ts -verify -digest HEAD -in TOKEN -CAfile CA` checks
it too. Asking is I/O (`request_timestamp`); checking a stored token is pure (`check_timestamp`). Both read
a token's certificates in DER's order, whatever order the TSA listed them in (`certificates_in_der_order`).

A trusted token's signing certificate is also held to the hash its signed attributes name (ESSCertIDv2, or
ESSCertID), as `openssl ts -verify` holds it: rfc3161_client matches it by issuer and serial number only, so
another certificate of the same issuer, serial number and key, with other usages or dates, stood in for it.

An answer `grantedWithMods` holds a token as a `granted` one does (RFC 3161 section 2.4.2: status 0 or 1, a
TimeStampToken MUST be present); the TSA changed something of the request, such as its policy or certReq.
What the token vouches for is checked in it as in any other: SHA-256 of the sealed head, its genTime, its
signature and chain (and, when `check` asks, the nonce sent). So `check` keeps it and `verify` judges it as
`openssl ts -verify` does: rfc3161_client verifies only `granted` answers, and a sound token from such a TSA
was `untrusted` ("not signed by a TSA the given --tsa-ca certifies", which was not so). The status is not
covered by the token's signature: the verifier is handed the answer with its status read as granted
(`_status_read_as_granted`), and the detail says it was granted with modifications. An answer of another
status (a `rejection`) grants no timestamp and is said to be one, not "not a TimeStampResp".
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import re
import threading
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from provenance.capture.proxy import redacted
from provenance.errors import InputError, ProvenanceError
from provenance.files import read_input
from provenance.hashing import sha256_hex

if TYPE_CHECKING:  # imported where used: `verify` of a ledger without seals needs neither (start-up)
    from cryptography import x509
    from rfc3161_client import TimeStampResponse

    from provenance.capture.options import NetworkOptions

_SHA256 = "2.16.840.1.101.3.4.2.1"  # the OID of SHA-256, as a message imprint names it
_REPLY_LIMIT = 1 << 20  # a TimeStampResp with a certificate chain is a few KB
_CA_FILE_LIMIT = 4 << 20  # a CA bundle of a few hundred certificates
# What reading a damaged token raises, from any of its parts: rfc3161_client and cryptography parse lazily, so
# a token that decodes can still fail at its genTime, its imprint or a certificate (ValueError; KeyError and
# cryptography's InvalidVersion, an Exception of its own, from a certificate). One flipped bit of a stored
# token made `verify` and `show` stop with an internal error (exit 3).
_MALFORMED: tuple[type[Exception], ...] = (binascii.Error, ValueError, KeyError, TypeError, OverflowError)


# What a trusted token's detail adds: its chain held at its genTime, and what an offline verify cannot know.
REVOCATION_NOT_CHECKED = (
    "its certificates were valid at the token's time; whether one was revoked was not checked "
    "(verify is offline: no CRL or OCSP is fetched)"
)


class TimestampError(ProvenanceError):
    """A TSA could not give a usable token: unreachable, an HTTP error, or an answer that is not one."""


@dataclass(frozen=True)
class Timestamp:
    """A token as a `timestamp` line stores it."""

    tsa: str
    token: str  # base64 DER TimeStampResp
    gen_time: str  # UTC, ISO 8601 with Z


def load_tsa_roots(paths: Sequence[Path]) -> tuple[x509.Certificate, ...]:
    """Every certificate in the PEM files given with `--tsa-ca`; `InputError` for a file that holds none."""
    if not paths:
        return ()
    from cryptography import x509

    roots: list[x509.Certificate] = []
    for path in paths:
        data = read_input(path, "TSA root certificate file", max_bytes=_CA_FILE_LIMIT)
        try:
            roots += x509.load_pem_x509_certificates(data)
        except ValueError:
            raise InputError(f"{path}: no PEM certificate in it (give the TSA's root CA as PEM)") from None
    return tuple(roots)


def utc_text(moment: dt.datetime) -> str:
    return moment.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")


def request_timestamp(url: str, sealed_line: bytes, network: NetworkOptions) -> Timestamp:
    """Ask the TSA at `url` for a token over the head `sha256(sealed_line)`; `TimestampError` if none comes.

    The request goes the way a capture's does (`network`): the network policy (no private address unless
    allowed), `--connect-to`, `--proxy`, the CA bundle and the timeouts. The answer is checked before it is
    kept: granted, the nonce sent, and the head as its message imprint.
    """
    from rfc3161_client import HashAlgorithm, TimestampRequestBuilder

    query = TimestampRequestBuilder().data(sealed_line).hash_algorithm(HashAlgorithm.SHA256).build()
    reply = _post_within(url, query.as_bytes(), network)
    try:
        return _checked_reply(url, reply, query.nonce, sealed_line)
    except _MALFORMED:  # rfc3161_client parses a token's parts as they are read: any can fail
        raise TimestampError(f"TSA {redacted(url)}: the answer is not an RFC 3161 TimeStampResp") from None


def _checked_reply(url: str, reply: bytes, nonce: int | None, sealed_line: bytes) -> Timestamp:
    from rfc3161_client import decode_timestamp_response

    response = decode_timestamp_response(certificates_in_der_order(reply))
    if response.status not in _GRANTED:
        raise TimestampError(f"TSA {redacted(url)}: refused the request ({_status_said(response)})")
    if response.tst_info.nonce != nonce:
        raise TimestampError(
            f"TSA {redacted(url)}: the token does not carry the nonce that was sent (a replayed answer?)"
        )
    problem = _imprint_problem(response, sha256_hex(sealed_line))
    if problem is not None:
        raise TimestampError(f"TSA {redacted(url)}: {problem}")
    return Timestamp(
        tsa=redacted(url),  # a TSA's account key in its URL is the operator's, not the ledger's readers'
        token=base64.b64encode(reply).decode("ascii"),
        gen_time=utc_text(response.tst_info.gen_time),
    )


def _post_within(url: str, query: bytes, network: NetworkOptions) -> bytes:
    """`_post`, given at most 4x the timeout in all: a TSA sending its answer a byte at a time, each byte just
    within the socket timeout, must not hold the run. The request goes on in a daemon thread, then is left."""
    deadline = 4 * network.timeout
    outcome: list[bytes | Exception] = []

    def ask() -> None:
        try:
            outcome.append(_post(url, query, network))
        except Exception as error:  # handed to the caller's thread as it is
            outcome.append(error)

    worker = threading.Thread(target=ask, name=f"tsa {url}", daemon=True)
    worker.start()
    worker.join(deadline)
    if not outcome:
        raise TimestampError(f"TSA {redacted(url)}: no complete answer within {deadline:g}s")
    if isinstance(outcome[0], Exception):
        raise outcome[0]
    return outcome[0]


def _post(url: str, query: bytes, network: NetworkOptions) -> bytes:
    import requests
    import urllib3

    from provenance.capture.failure import CaptureFailure
    from provenance.capture.guard import HopGuard
    from provenance.capture.policy import parse_target, plan_dial
    from provenance.capture.session import open_session, prepare_request, send

    session = open_session(network)
    try:
        headers = (("Content-Type", "application/timestamp-query"),)
        # A TSA that asks for an account takes it in its URL, which the operator gave (`--tsa`).
        prepared = prepare_request(session, "POST", url, headers, query, url_credentials=True)
        with HopGuard(network.body_deadline, network.cancellation) as guard:
            answer = send(session, prepared, plan_dial(parse_target(url), network), guard)
            try:
                if answer.status_code != 200:
                    status = f"HTTP {answer.status_code} {answer.reason or ''}".rstrip()
                    raise TimestampError(f"TSA {redacted(url)}: {status}")
                reply = answer.raw.read(_REPLY_LIMIT + 1, decode_content=True)
            finally:
                answer.close()
    except CaptureFailure as failure:  # refused by the policy, no name, no connection, a timeout
        raise TimestampError(f"TSA {redacted(url)}: {failure}") from None
    except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as error:
        raise TimestampError(f"TSA {redacted(url)}: {_failure(error, network.timeout)}") from None
    finally:
        session.close()
    if len(reply) > _REPLY_LIMIT:
        raise TimestampError(
            f"TSA {redacted(url)}: the answer is over {_REPLY_LIMIT} bytes; not a time-stamp reply"
        )
    return reply


def _failure(error: Exception, timeout: float) -> str:
    """requests' and urllib3's long error text, said in a few words."""
    import requests
    import urllib3

    if isinstance(error, requests.Timeout | urllib3.exceptions.TimeoutError | TimeoutError):
        return f"no answer within {timeout:g}s"
    if isinstance(error, requests.exceptions.SSLError):
        return "the TLS handshake failed (a certificate not trusted? see --ca-bundle)"
    if isinstance(error, requests.ConnectionError):
        return "cannot connect (refused, unreachable, or the name does not resolve)"
    if isinstance(error, urllib3.exceptions.HTTPError | OSError):
        return "the connection broke before the whole answer came"
    return f"the request failed ({type(error).__name__})"


_CERTIFICATES_TAG = 0xA0  # SignedData's `certificates [0] IMPLICIT CertificateSet`
# PKIStatus (RFC 3161 section 2.4.2), by value: 0 and 1 hold a token.
_PKI_STATUS_NAMES = (
    "granted",
    "grantedWithMods",
    "rejection",
    "waiting",
    "revocationWarning",
    "revocationNotification",
)
_GRANTED, _GRANTED_WITH_MODS = (0, 1), 1
# How a token's detail says it was granted with modifications: views repeat that part (`modifications_said`).
GRANTED_WITH_MODIFICATIONS = "the TSA granted it with modifications"
_INTEGER_ONE = b"\x02\x01\x01"  # DER of the INTEGER 1: a status grantedWithMods


def modifications_said(detail: str) -> str:
    """The part of a sound timestamp's detail that says its TSA granted it with modifications, or "": a view
    that shows such a timestamp in its own words (`valid, from a TSA …`) says that part too."""
    said = detail.find(GRANTED_WITH_MODIFICATIONS)
    return detail[said:] if said >= 0 else ""


def _status_said(response: TimeStampResponse) -> str:
    """An answer's status by its RFC 3161 name, with the TSA's own words: `rejection: bad request`."""
    status = response.status
    name = _PKI_STATUS_NAMES[status] if 0 <= status < len(_PKI_STATUS_NAMES) else f"status {status}"
    try:
        words = "; ".join(response.status_string)
    except _MALFORMED:
        words = ""
    return f"{name}: {words}" if words else name


def _status_read_as_granted(reply: bytes) -> bytes:
    """`reply`, a `grantedWithMods` answer, with its status read as `granted`, for rfc3161_client's verifier,
    which verifies only granted answers. The status is outside the token and its signature (PKIStatusInfo,
    before the ContentInfo): one byte of the same length, the token unchanged. ValueError if not shaped so."""
    try:
        response = _der_element(reply, 0)
        status_info = _der_children(reply, response)[0]
        status = _der_children(reply, status_info)[0]
    except IndexError:
        raise ValueError("not a TimeStampResp") from None
    if reply[status.at : status.end] != _INTEGER_ONE:
        raise ValueError("the status is not grantedWithMods")
    return reply[: status.start] + b"\x00" + reply[status.end :]


def certificates_in_der_order(reply: bytes) -> bytes:
    """`reply` with the certificates of its token in the order DER gives a SET OF (sorted by their bytes).

    A TSA that sends its chain (openssl ts with `certs =`, and the public TSAs that send theirs) may list it
    leaf first: a BER order rfc3161_client refuses to parse, so a sound token from such a TSA was "not an
    RFC 3161 TimeStampResp" at `check` (no timestamp) and at `verify` (invalid). The certificates are not
    covered by the token's signature, and reordering them changes no length: the token is the same. What is
    kept is the TSA's answer as sent; this is only what is parsed. A reply not shaped as expected is
    returned as it is, for the parser to say what is wrong with it.
    """
    try:
        response = _der_element(reply, 0)
        token = _der_children(reply, response)[1]  # after its status: the ContentInfo
        content = _der_children(reply, token)[1]  # after its contentType: [0] EXPLICIT
        signed_data = _der_children(reply, content)[0]
        for part in _der_children(reply, signed_data):
            if part.tag == _CERTIFICATES_TAG:
                certificates = _der_children(reply, part)
                ordered = sorted(reply[element.at : element.end] for element in certificates)
                return reply[: part.start] + b"".join(ordered) + reply[part.end :]
    except (IndexError, ValueError):
        pass
    return reply


@dataclass(frozen=True)
class _DerElement:
    tag: int
    at: int  # where its tag is
    start: int  # where its contents are
    end: int


def _der_element(data: bytes, at: int) -> _DerElement:
    """The DER element at `at`; ValueError if its length is not DER's or runs past `data`."""
    tag, size = data[at], data[at + 1]
    start = at + 2
    if size >= 0x80:  # long form: the next `size & 0x7F` bytes are the length (0: BER's indefinite length)
        count = size & 0x7F
        if not 0 < count <= 4:
            raise ValueError("not a DER length")
        size = int.from_bytes(data[start : start + count], "big")
        start += count
    end = start + size
    if end > len(data):
        raise ValueError("an element longer than the reply")
    return _DerElement(tag, at, start, end)


def _der_children(data: bytes, parent: _DerElement) -> list[_DerElement]:
    """The elements that make up `parent`'s contents, in order (each step goes forward: linear)."""
    children: list[_DerElement] = []
    at = parent.start
    while at < parent.end:
        child = _der_element(data, at)
        if child.end > parent.end:
            raise ValueError("an element longer than the one holding it")
        children.append(child)
        at = child.end
    return children


# The signed attributes naming the TSA's certificate by its hash (RFC 5035 ESSCertIDv2, RFC 2634 ESSCertID):
# the attribute's OID content bytes, and the hash an ESSCertID without an algorithm of its own uses.
_SIGNING_CERTIFICATE_V2 = bytes.fromhex("2a864886f70d010910022f")  # 1.2.840.113549.1.9.16.2.47
_SIGNING_CERTIFICATE = bytes.fromhex("2a864886f70d010910020c")  # 1.2.840.113549.1.9.16.2.12
_SIGNED_ATTRIBUTES_TAG = 0xA0  # SignerInfo's `signedAttrs [0] IMPLICIT`
_ESS_HASHES = {  # AlgorithmIdentifier OID content bytes → hashlib name
    bytes.fromhex("608648016503040201"): "sha256",
    bytes.fromhex("608648016503040202"): "sha384",
    bytes.fromhex("608648016503040203"): "sha512",
}


def signing_certificate_hash(reply: bytes) -> tuple[str, bytes] | None:
    """The hash algorithm and hash of the certificate the token's only signer names in its signed
    attributes (the first ESSCertIDv2, or ESSCertID: SHA-1), which its signature covers; None when it names
    none (or the reply is not shaped so). `openssl ts -verify` holds the signing certificate to it: a
    certificate of the same issuer, serial number and key but other contents (say, other usages or dates)
    put in its place verifies the signature and chains to the root all the same."""
    try:
        response = _der_element(reply, 0)
        token = _der_children(reply, response)[1]
        content = _der_children(reply, token)[1]
        signed_data = _der_children(reply, content)[0]
        signer_infos = _der_children(reply, signed_data)[-1]
        (signer_info,) = _der_children(reply, signer_infos)
        for part in _der_children(reply, signer_info):
            if part.tag != _SIGNED_ATTRIBUTES_TAG:
                continue
            for attribute in _der_children(reply, part):
                kind, values = _der_children(reply, attribute)[:2]
                oid = reply[kind.start : kind.end]
                if oid not in (_SIGNING_CERTIFICATE_V2, _SIGNING_CERTIFICATE):
                    continue
                certificates = _der_children(reply, _der_children(reply, values)[0])[0]
                first = _der_children(reply, _der_children(reply, certificates)[0])
                algorithm = "sha1" if oid == _SIGNING_CERTIFICATE else "sha256"
                if first[0].tag == 0x30:  # ESSCertIDv2's hashAlgorithm, when not the default SHA-256
                    named = _der_children(reply, first[0])[0]
                    algorithm = _ESS_HASHES.get(reply[named.start : named.end], "unknown")
                    first = first[1:]
                return algorithm, reply[first[0].start : first[0].end]
    except (IndexError, ValueError):
        pass
    return None


def _signing_certificate_problem(reply: bytes, signer_der: bytes | None) -> str | None:
    """What is wrong with the certificate that signed the token, as its signed attributes name it."""
    named = signing_certificate_hash(reply)
    if named is None:
        return "the token names no signing certificate (ESSCertIDv2) in its signed attributes"
    algorithm, expected = named
    if signer_der is None or algorithm == "unknown":
        return None  # no certificate to hold to it: the verifier has said so; an unknown hash: not judged
    if hashlib.new(algorithm, signer_der).digest() != expected:
        return (
            "the certificate that signed the token is not the one its signed attributes name "
            f"(ESSCertIDv2 {algorithm} {expected.hex()}): another certificate of the same issuer, serial "
            "number and key was put in its place"
        )
    return None


def _imprint_problem(response: TimeStampResponse, head: str) -> str | None:
    imprint = response.tst_info.message_imprint
    if imprint.hash_algorithm.dotted_string != _SHA256:
        return f"the token's message imprint is not SHA-256 ({imprint.hash_algorithm.dotted_string})"
    if imprint.message != bytes.fromhex(head):
        return f"the token is over {imprint.message.hex()}, not the sealed head {head}"
    return None


# --- checking a stored token -------------------------------------------------------------------------------

TimestampStatus = Literal["trusted", "unchecked", "untrusted", "invalid"]


@dataclass(frozen=True)
class TimestampCheck:
    status: TimestampStatus
    detail: str
    gen_time: str | None = None  # from the token, when it could be read
    tsa_name: str | None = None  # the signing certificate's subject, when the token carries it
    details: TokenDetails | None = None  # what else the token says of its time and its signer


@dataclass(frozen=True)
class TokenDetails:
    """What a court asks of a timestamp beyond its time: how exact the TSA says it is (genTime ± accuracy,
    RFC 3161 section 2.4.2), which token (its serial number), under which policy, and which certificate signed
    it (its SHA-256, as `openssl x509 -fingerprint -sha256` prints it, without the colons)."""

    accuracy: str | None  # `±1 s`, `±0.5 s`; None when the token states none
    accuracy_seconds: float  # the same in seconds; 0 when the token states none
    serial: str
    policy: str
    signer_sha256: str | None  # None when the token carries no certificate matching its signer
    # The signing certificate's notAfter (UTC, ISO 8601 with Z), and whether it has passed since: a token
    # made while the certificate was valid stands after it expires (that is what a timestamp is for).
    signer_valid_until: str | None = None
    signer_expired_since: bool = False


def check_timestamp(
    token: str, head: str, gen_time: str, roots: list[x509.Certificate], now: dt.datetime | None = None
) -> TimestampCheck:
    """Is `token` an RFC 3161 token over `head` at `gen_time`, and (given `roots`) from a TSA they certify?

    Without roots only what the token says about itself is checked (granted, the head, the time): `unchecked`,
    since anyone can make such a token. With roots its CMS signature and certificate chain are checked too:
    `trusted`, or `untrusted` when they do not lead to one of the roots (or the signature is broken). The
    chain is judged at the token's genTime, not now, and no revocation list is read: a trusted detail says so.

    Either way, a token whose genTime falls outside its signing certificate's notBefore..notAfter is
    `untrusted`, the detail naming both: a TSA's key vouches for no time when its certificate did not cover it
    (signed after it expired, or antedated before it was issued). A certificate that expired after the token's
    time (`now`: the clock) leaves the token standing; a trusted detail says which of the two it is.
    """
    try:
        return _checked_token(token, head, gen_time, roots, now or dt.datetime.now(dt.UTC))
    except _MALFORMED:  # rfc3161_client and cryptography parse a token's parts as they are read
        return TimestampCheck("invalid", "the token is not a base64 RFC 3161 TimeStampResp")


def _checked_token(
    token: str, head: str, gen_time: str, roots: list[x509.Certificate], now: dt.datetime
) -> TimestampCheck:
    from rfc3161_client import VerificationError, VerifierBuilder, decode_timestamp_response

    reply = certificates_in_der_order(base64.b64decode(token, validate=True))
    response = decode_timestamp_response(reply)
    if response.status not in _GRANTED:  # before its parts are read: a rejection has none
        detail = f"the TSA did not grant a timestamp ({_status_said(response)}): its answer holds no token"
        return TimestampCheck("invalid", detail)
    token_time = utc_text(response.tst_info.gen_time)
    signer_certificate = _signer_certificate(response)
    signer = signer_certificate.subject.rfc4514_string() if signer_certificate is not None else None
    details = _token_details(response, signer_certificate, now)
    modified = ""
    if response.status == _GRANTED_WITH_MODS:
        modified = f"; {GRANTED_WITH_MODIFICATIONS} ({_status_said(response)}), a token all the same"
    problem = _imprint_problem(response, head)
    if problem is not None:
        return TimestampCheck("invalid", problem, token_time, signer, details)
    if _parse_utc(gen_time) != response.tst_info.gen_time.astimezone(dt.UTC):
        detail = f"the line says gen_time {gen_time}, the token says {token_time}"
        return TimestampCheck("invalid", detail, token_time, signer, details)
    # A token that carries no certificate (its TSA ignored certReq) names its signer only by issuer and
    # serial number: the TSA's certificate given with --tsa-ca beside its root is that signer, checked as an
    # embedded one is (its timeStamping EKU, its chain to a root). Without it the token was untrusted
    # whatever --tsa-ca named.
    named = None if response.signed_data.certificates else _certificate_of_signer(response, roots)
    signing = signer_certificate if signer_certificate is not None else named
    outside = _outside_validity(signing, response.tst_info.gen_time) if signing is not None else None
    if outside is not None:
        # Said in these words, before the chain is checked: rfc3161_client's "certificate has expired" (or
        # no word at all, without --tsa-ca) did not say that the token's own time is what it fails.
        detail = f"not a trusted time: {outside}{modified}"
        return TimestampCheck("untrusted", detail, token_time, signer, details)
    if not roots:
        detail = f"the TSA's signature and certificate were not checked (give --tsa-ca){modified}"
        return TimestampCheck("unchecked", detail, token_time, signer, details)
    if modified:
        response = decode_timestamp_response(_status_read_as_granted(reply))
    try:
        verifier = VerifierBuilder(roots=list(roots), tsa_certificate=named).build()
        verifier.verify(response, bytes.fromhex(head))
    except VerificationError as error:
        detail = (
            f"not signed by a TSA the given --tsa-ca certifies: {_verification_said(error, signing, roots)}"
        )
        return TimestampCheck("untrusted", detail, token_time, signer, details)
    from cryptography.hazmat.primitives.serialization import Encoding

    ess = _signing_certificate_problem(reply, signing.public_bytes(Encoding.DER) if signing else None)
    if ess is not None:
        detail = f"not signed by a TSA the given --tsa-ca certifies: {ess}"
        return TimestampCheck("untrusted", detail, token_time, signer, details)
    # The chain is checked at the token's genTime (RFC 3161 practice: a TSA certificate expired since still
    # vouches for the times it signed while valid); nothing is fetched, so revocation is not checked.
    # The modifications last: views show a sound timestamp in their own words and repeat that part.
    lifetime = _lifetime_said(signing, now) if signing is not None else ""
    detail = f"signed by a TSA the given --tsa-ca certifies; {REVOCATION_NOT_CHECKED}{lifetime}{modified}"
    return TimestampCheck("trusted", detail, token_time, signer, details)


_ROOTS_NAMED = 3  # --tsa-ca roots named in a detail; the rest counted


def _verification_said(
    error: Exception, signing: x509.Certificate | None, roots: Sequence[x509.Certificate]
) -> str:
    """Why the token's chain failed, in words: rfc3161_client gave OpenSSL's error stack for a certificate
    that leads to no root given ("ErrorStack([Error { code: 276824181, library: …"), which named neither
    the TSA's certificate nor the roots it was held to."""
    said = str(error)
    if not said.startswith("Error while verifying certificates:") or signing is None:
        return said
    reason = re.search(r'data: "Verify error: ?([^"]{1,200})"', said[:4000])
    named = ", ".join(root.subject.rfc4514_string() for root in roots[:_ROOTS_NAMED])
    more = f" and {len(roots) - _ROOTS_NAMED} more" if len(roots) > _ROOTS_NAMED else ""
    return (
        f"the certificate that signed the token ({signing.subject.rfc4514_string()}, issued by "
        f"{signing.issuer.rfc4514_string()}) does not lead to a --tsa-ca root ({named}{more})"
        + (f": {reason.group(1)}" if reason else "")
    )


def _outside_validity(certificate: x509.Certificate, made: dt.datetime) -> str | None:
    """Why the certificate that signed a token vouches for no time at `made`, its genTime; None when its
    notBefore..notAfter covers it."""
    made = made.astimezone(dt.UTC)
    start, end = certificate.not_valid_before_utc, certificate.not_valid_after_utc
    valid = f"the TSA's certificate is valid from {utc_text(start)} to {utc_text(end)}"
    if made > end:
        return (
            f"the token says it was made at {utc_text(made)}, after its TSA's certificate had expired "
            f"({valid}): signed by an expired certificate"
        )
    if made < start:
        return (
            f"the token says it was made at {utc_text(made)}, before its TSA's certificate was valid "
            f"({valid}): dated before the certificate existed"
        )
    return None


def _lifetime_said(certificate: x509.Certificate, now: dt.datetime) -> str:
    """A trusted token's certificate: valid until when, or expired since it signed (the token stands)."""
    end = certificate.not_valid_after_utc
    if end < now:
        return (
            f"; the TSA's certificate expired at {utc_text(end)}, after the token was made: a timestamp made "
            "while it was valid stands"
        )
    return f"; the TSA's certificate is valid until {utc_text(end)}"


def _token_details(
    response: TimeStampResponse, signer: x509.Certificate | None, now: dt.datetime
) -> TokenDetails | None:
    """None when a part of them cannot be read: said of the token as a whole by the checks that follow."""
    try:
        return _read_token_details(response, signer, now)
    except _MALFORMED:
        return None


def _read_token_details(
    response: TimeStampResponse, signer: x509.Certificate | None, now: dt.datetime
) -> TokenDetails:
    from cryptography.hazmat.primitives import hashes

    info = response.tst_info
    accuracy = None
    seconds = 0.0
    if info.accuracy is not None:
        parts = info.accuracy
        seconds = (parts.seconds or 0) + (parts.millis or 0) / 1_000 + (parts.micros or 0) / 1_000_000
        accuracy = f"±{seconds:g} s"
    return TokenDetails(
        accuracy=accuracy,
        accuracy_seconds=seconds,
        serial=str(info.serial_number),
        policy=info.policy.dotted_string,
        signer_sha256=signer.fingerprint(hashes.SHA256()).hex() if signer is not None else None,
        signer_valid_until=utc_text(signer.not_valid_after_utc) if signer is not None else None,
        signer_expired_since=signer is not None and signer.not_valid_after_utc < now,
    )


def _signer_certificate(response: TimeStampResponse) -> x509.Certificate | None:
    from cryptography import x509
    from cryptography.utils import CryptographyDeprecationWarning

    infos = list(response.signed_data.signer_infos)
    if len(infos) != 1:
        return None
    for der in response.signed_data.certificates:
        try:
            with (
                warnings.catch_warnings()
            ):  # a damaged certificate is named invalid, not warned about on stderr
                warnings.simplefilter("ignore", CryptographyDeprecationWarning)
                certificate = x509.load_der_x509_certificate(der)
                if (
                    certificate.issuer == infos[0].issuer
                    and certificate.serial_number == infos[0].serial_number
                ):
                    return certificate
        except x509.InvalidVersion:  # not a ValueError: a certificate of no known version names no one
            return None
    return None


def _certificate_of_signer(
    response: TimeStampResponse, certificates: Sequence[x509.Certificate]
) -> x509.Certificate | None:
    """Of `certificates`, the one the token's only signer names (by issuer and serial number); else None."""
    infos = list(response.signed_data.signer_infos)
    if len(infos) != 1:
        return None
    for certificate in certificates:
        if certificate.issuer == infos[0].issuer and certificate.serial_number == infos[0].serial_number:
            return certificate
    return None


def _parse_utc(text: str) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(dt.UTC)
    except ValueError:
        return None
