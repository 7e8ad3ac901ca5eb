"""The TLS the recording proxy speaks to Chromium inside a CONNECT tunnel.

The browser's https requests end at the proxy, which fetches them itself over a connection that checks the
real server's certificate (and records it). Between Chromium and the proxy, on loopback, TLS only has to
exist: one throwaway self-signed certificate serves every host, and the browser context is told to accept
it (`ignore_https_errors`). That is safe because the proxy is the browser's only way out: no connection the
browser makes reaches anything but the proxy.
"""

from __future__ import annotations

import datetime as dt
import functools
import ssl
import tempfile
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def _self_signed_pem() -> tuple[bytes, bytes]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "provenance recording proxy")])
    now = dt.datetime.now(dt.UTC)
    certificate = (
        x509.CertificateBuilder(
            not_valid_before=now - dt.timedelta(days=1), not_valid_after=now + dt.timedelta(days=7)
        )
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .sign(key, hashes.SHA256())
    )
    key_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return certificate.public_bytes(serialization.Encoding.PEM), key_pem


@functools.lru_cache(maxsize=1)
def interception_context() -> ssl.SSLContext:
    """The server-side TLS context for tunnels from the browser: HTTP/1.1 only (no h2 offered)."""
    certificate_pem, key_pem = _self_signed_pem()
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.set_alpn_protocols(["http/1.1"])
    # load_cert_chain reads files only; the key lives on disk just long enough to be loaded.
    with tempfile.TemporaryDirectory(prefix="provenance-proxy-tls-") as folder:
        cert_path, key_path = Path(folder) / "cert.pem", Path(folder) / "key.pem"
        cert_path.write_bytes(certificate_pem)
        key_path.touch(mode=0o600)
        key_path.write_bytes(key_pem)
        context.load_cert_chain(cert_path, key_path)
    return context
