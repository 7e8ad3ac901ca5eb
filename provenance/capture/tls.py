"""What a TLS server proved about itself: the session it made and the certificate it presented."""

from __future__ import annotations

import hashlib
import ssl
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
