"""What a TLS server proved about itself: the session it made and the certificate it presented.

A server whose certificate was refused (expired, for another name, self-signed, from a CA not trusted) proved
nothing, but what it offered is evidence too: a court may ask which certificate stood at the address. The
refused handshake gives no certificate (Python's ssl keeps none from a failed verification), so one more
handshake, that checks nothing and sends no request, fetches it (`presented_certificates`). Only a refused
certificate costs this second connection; a capture that succeeds makes none.

The leaf alone does not say who vouched for it: the chain the server sent with it (its intermediates) does,
so it is kept as sent, in order, bounded (`MOST_CHAIN_CERTIFICATES`, `MOST_CHAIN_BYTES`). Python's ssl before
3.13 gives no chain, so the second handshake offers TLS 1.2 at most, whose Certificate message comes in the
clear, and reads the chain from the bytes the server sent (`certificates_in_handshake`); a server that speaks
only TLS 1.3 is asked a third time, as before, for its leaf alone.
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


# The chain kept from a refused server: at most this many certificates after the leaf, and this many bytes
# of them (a real chain is two or three certificates of 1-2 KB); the bytes read for it are bounded too.
MOST_CHAIN_CERTIFICATES = 8
MOST_CHAIN_BYTES = 64 * 1024
_MOST_HANDSHAKE_BYTES = 256 * 1024
_HANDSHAKE_RECORD = 22
_CERTIFICATE_MESSAGE = 11


def certificates_in_handshake(received: bytes) -> tuple[bytes, ...]:
    """The certificates (DER, leaf first) of the first Certificate message in `received`, the bytes a TLS 1.2
    server sent from the start of its handshake; () when they hold none whole. Reading stops at the first
    record that is not a handshake (ChangeCipherSpec: what follows is encrypted). Each loop moves on by at
    least one header, so hostile bytes cost one pass."""
    handshake = bytearray()
    at = 0
    while at + 5 <= len(received) and received[at] == _HANDSHAKE_RECORD:
        length = int.from_bytes(received[at + 3 : at + 5], "big")
        handshake += received[at + 5 : at + 5 + length]
        at += 5 + length
    at = 0
    while at + 4 <= len(handshake):
        kind, length = handshake[at], int.from_bytes(handshake[at + 1 : at + 4], "big")
        body = bytes(handshake[at + 4 : at + 4 + length])
        at += 4 + length
        if kind != _CERTIFICATE_MESSAGE:
            continue
        if len(body) < length:
            return ()  # cut: not all of it came
        certificates: list[bytes] = []
        end = min(len(body), 3 + int.from_bytes(body[:3], "big"))
        place = 3
        while place + 3 <= end:
            size = int.from_bytes(body[place : place + 3], "big")
            if place + 3 + size > end:
                break  # a certificate said longer than what holds it: not kept cut
            certificates.append(body[place + 3 : place + 3 + size])
            place += 3 + size
        return tuple(certificates)
    return ()


def _tls12_chain(sock: socket.socket, server_name: str) -> tuple[bytes, ...]:
    """A TLS 1.2 handshake over `sock` that checks nothing, and the certificates the server sent in it."""
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE  # to see what was offered, not to trust it: nothing is sent over it
    context.maximum_version = ssl.TLSVersion.TLSv1_2  # its Certificate message is not encrypted
    incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
    tls = context.wrap_bio(incoming, outgoing, server_hostname=server_name)
    received = bytearray()
    while len(received) < _MOST_HANDSHAKE_BYTES:
        try:
            tls.do_handshake()
            break
        except ssl.SSLWantReadError:
            sock.sendall(outgoing.read())
            data = sock.recv(16384)
            if not data:
                break
            received += data
            incoming.write(data)
        except ssl.SSLError:
            break  # a handshake refused after the Certificate message still showed it
    # Read once, at the end: read after each `recv`, bytes that came one at a time cost a square.
    return certificates_in_handshake(bytes(received))


def presented_certificates(
    ip: str, port: int, server_name: str, timeout: float, watch: Callable[[socket.socket], None]
) -> tuple[bytes, ...]:
    """The certificates (DER, leaf first, as sent) the server at `ip`:`port` presents for `server_name`,
    fetched by a handshake that checks nothing and is closed at once (no request is sent); () when none
    came. Of a server that speaks only TLS 1.3, the leaf alone. `watch` guards each socket before it
    connects (the hop's deadline and cancellation cut it)."""
    family = socket.AF_INET6 if ":" in ip else socket.AF_INET
    try:
        with socket.socket(family, socket.SOCK_STREAM) as sock:
            watch(sock)
            sock.settimeout(timeout)
            sock.connect((ip, port))
            chain = _tls12_chain(sock, server_name)
    except TimeoutError:
        return ()  # a server that let this wait out would let the next: one wait, as before the chain
    except (OSError, ValueError):  # ssl.SSLError is an OSError; a name SNI cannot carry is a ValueError
        chain = ()
    if chain:
        return chain
    leaf = _presented_leaf(ip, port, server_name, timeout, watch, family)
    return (leaf,) if leaf else ()


def _presented_leaf(
    ip: str,
    port: int,
    server_name: str,
    timeout: float,
    watch: Callable[[socket.socket], None],
    family: socket.AddressFamily,
) -> bytes:
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


def chain_record(chain: tuple[bytes, ...]) -> dict[str, Any]:
    """The certificates a refused server sent after its leaf, as the metadata record keeps them: each as
    `certificate_record` keeps it, in the order sent, bounded; `left_out` counts those beyond the bounds."""
    kept: list[dict[str, str | None]] = []
    size = 0
    for der in chain[:MOST_CHAIN_CERTIFICATES]:
        size += len(der)
        if size > MOST_CHAIN_BYTES:
            break
        kept.append(certificate_record(der))
    return {"certificates": kept, "left_out": len(chain) - len(kept)}


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
