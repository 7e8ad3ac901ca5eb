"""What a TLS server proved about itself: the session it made and the certificate it presented.

A server whose certificate was refused (expired, for another name, self-signed, from a CA not trusted) proved
nothing, but what it offered is evidence too: a court may ask which certificate stood at the address. The
refused handshake gives no certificate (Python's ssl keeps none from a failed verification), so one more
handshake, that checks nothing and sends no request, fetches it (`presented_certificate`). Only a refused
certificate costs this second connection; a capture that succeeds makes none.
"""

from __future__ import annotations

import base64
import hashlib
import socket
import ssl
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from provenance.models import TlsPeer


def _distinguished_name(rdns: Any) -> str | None:
    parts = [f"{key}={value}" for rdn in rdns or () for key, value in rdn]
    return ", ".join(parts) or None


def describe_tls(sock: Any) -> tuple[TlsPeer, bytes] | None:
    """The TLS session and leaf certificate (DER) of a connected socket; None when it is not TLS."""
    if not isinstance(sock, ssl.SSLSocket):
        return None
    der = sock.getpeercert(binary_form=True) or b""
    details: dict[str, Any] = dict(sock.getpeercert() or {})
    cipher = sock.cipher()
    from provenance.models import TlsPeer  # made once a server has answered: see `provenance.run_models`

    peer = TlsPeer(
        version=sock.version(),
        cipher=cipher[0] if cipher else None,
        certificate_sha256=hashlib.sha256(der).hexdigest() if der else None,
        subject=_distinguished_name(details.get("subject")),
        issuer=_distinguished_name(details.get("issuer")),
        not_before=details.get("notBefore"),
        not_after=details.get("notAfter"),
    )
    return peer, der


def presented_certificate(
    ip: str, port: int, server_name: str, timeout: float, watch: Callable[[socket.socket], None]
) -> bytes:
    """The leaf certificate (DER) the server at `ip`:`port` presents for `server_name`, fetched by a handshake
    that checks nothing and is closed at once (no request is sent); b"" when none came. `watch` guards the
    socket before it connects (the hop's deadline and cancellation cut it)."""
    family = socket.AF_INET6 if ":" in ip else socket.AF_INET
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # to see what was offered, not to trust it: nothing is sent over it
    try:
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            watch(sock)
            sock.settimeout(timeout)
            sock.connect((ip, port))
            with context.wrap_socket(sock, server_hostname=server_name) as tls:
                return tls.getpeercert(binary_form=True) or b""
    except (OSError, ValueError):  # ssl.SSLError is an OSError; a name SNI cannot carry is a ValueError
        return b""


def certificate_record(der: bytes) -> dict[str, str | None]:
    """A certificate as the metadata record keeps it: its DER, its SHA-256 and what it names, read from
    the DER (a certificate that does not parse keeps only its bytes and their digest)."""
    record: dict[str, str | None] = {
        "sha256": hashlib.sha256(der).hexdigest(),
        "der_base64": base64.b64encode(der).decode(),
        "subject": None,
        "issuer": None,
        "not_before": None,
        "not_after": None,
    }
    from cryptography import x509  # only for a refused certificate: nothing loads it on the happy path

    try:
        certificate = x509.load_der_x509_certificate(der)
        record |= {
            "subject": certificate.subject.rfc4514_string(),
            "issuer": certificate.issuer.rfc4514_string(),
            "not_before": certificate.not_valid_before_utc.isoformat(),
            "not_after": certificate.not_valid_after_utc.isoformat(),
        }
    except ValueError:
        pass
    return record
