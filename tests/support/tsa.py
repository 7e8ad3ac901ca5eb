"""A real RFC 3161 time-stamping authority on 127.0.0.1 answered by `openssl ts -reply` (DESIGN.md section 5)

    with LocalTSA(tmp_path) as tsa:
        ... check --tsa tsa.url ... verify --tsa-ca tsa.ca_pem

Its certificates are made here: a throwaway CA and a TSA certificate it signed, with the critical
extendedKeyUsage timeStamping that RFC 3161 requires. The openssl configuration has no `certs =` line, so a
reply carries the TSA's own certificate (when the request asks for it) and a verifier must bring the CA.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tests.support.servers import FixtureRequestHandler, FixtureServer, Reply, make_test_ca

_QUERY_LIMIT = 64 * 1024
TSA_POLICY = "1.3.6.1.4.1.55555.1.1"  # an arbitrary test policy OID


@dataclass(frozen=True)
class TsaFiles:
    ca_pem: Path  # the root a verifier trusts: `--tsa-ca`, `openssl ts -verify -CAfile`
    ca_key_pem: Path  # the root's key: a test issues another certificate under it
    cert_pem: Path  # the TSA's own certificate
    key_pem: Path
    config: Path  # openssl's `[ tsa ]` configuration


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )


def make_tsa_files(
    folder: Path, name: str = "provenance test TSA", not_after: dt.datetime | None = None
) -> TsaFiles:
    """A CA, a TSA certificate it signed (critical EKU timeStamping), their keys and openssl's TSA config;
    the TSA's certificate valid as long as the CA's, or until `not_after`."""
    folder.mkdir(parents=True, exist_ok=True)
    root = make_test_ca(f"{name} root CA")
    ca_key, ca_cert = root.key, root.cert
    tsa_key = ec.generate_private_key(ec.SECP256R1())
    tsa_cert = (
        x509.CertificateBuilder(not_valid_before=root.not_before, not_valid_after=not_after or root.not_after)
        .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)]))
        .issuer_name(ca_cert.subject)
        .public_key(tsa_key.public_key())
        .serial_number(x509.random_serial_number())
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.TIME_STAMPING]), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(tsa_key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False
        )
        .sign(ca_key, hashes.SHA256())
    )
    files = TsaFiles(
        ca_pem=folder / "tsa-ca.pem",
        ca_key_pem=folder / "tsa-ca-key.pem",
        cert_pem=folder / "tsa.pem",
        key_pem=folder / "tsa-key.pem",
        config=folder / "tsa.cnf",
    )
    files.ca_pem.write_bytes(ca_cert.public_bytes(serialization.Encoding.PEM))
    files.ca_key_pem.write_bytes(_pem_key(ca_key))
    files.cert_pem.write_bytes(tsa_cert.public_bytes(serialization.Encoding.PEM))
    files.key_pem.write_bytes(_pem_key(tsa_key))
    (folder / "tsa-serial").write_text("01\n", encoding="ascii")
    files.config.write_text(
        "\n".join(
            [
                "[ tsa ]",
                "default_tsa = tsa_config",
                "[ tsa_config ]",
                f"serial = {folder / 'tsa-serial'}",
                "crypto_device = builtin",
                f"signer_cert = {files.cert_pem}",
                f"signer_key = {files.key_pem}",
                "signer_digest = sha256",
                f"default_policy = {TSA_POLICY}",
                "digests = sha256, sha384, sha512",
                "accuracy = secs:1",
                "ordering = yes",
                "tsa_name = yes",
                "ess_cert_id_alg = sha256",
                "",
            ]
        ),
        encoding="ascii",
    )
    return files


def openssl_reply(files: TsaFiles, query: bytes) -> bytes:
    """The DER TimeStampResp `openssl ts -reply` gives for a DER TimeStampReq."""
    with tempfile.TemporaryDirectory() as work:
        query_path, reply_path = Path(work) / "query.tsq", Path(work) / "reply.tsr"
        query_path.write_bytes(query)
        subprocess.run(
            [
                "openssl", "ts", "-reply", "-config", str(files.config),
                "-queryfile", str(query_path), "-out", str(reply_path),
            ],
            check=True,
            capture_output=True,
            timeout=30,
        )  # fmt: skip
        return reply_path.read_bytes()


class LocalTSA:
    """An HTTP time-stamping authority on 127.0.0.1: POST a TimeStampReq to `url`, get openssl's answer.

    `requests` counts the queries answered. A query that openssl refuses outright gets HTTP 400.
    """

    def __init__(self, folder: Path, name: str = "provenance test TSA") -> None:
        self.files = make_tsa_files(folder, name)
        self.requests = 0
        self._serial_lock = threading.Lock()  # openssl increments one serial file per reply
        self._server = FixtureServer({"/tsa": self._answer})

    @property
    def url(self) -> str:
        return self._server.url("/tsa")

    @property
    def ca_pem(self) -> Path:
        return self.files.ca_pem

    def _answer(self, handler: FixtureRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        query = handler.rfile.read(min(length, _QUERY_LIMIT))
        try:
            with self._serial_lock:
                reply = openssl_reply(self.files, query)
                self.requests += 1
        except subprocess.CalledProcessError:
            handler.reply(Reply(400, b"bad time-stamp query", (("Content-Type", "text/plain"),)))
            return
        handler.reply(Reply(200, reply, (("Content-Type", "application/timestamp-reply"),)))

    def __enter__(self) -> LocalTSA:
        self._server.start()
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, tb: TracebackType | None
    ) -> None:
        self._server.stop()


def openssl_ts_verify(reply: bytes, head: str, ca_pem: Path) -> subprocess.CompletedProcess[str]:
    """`openssl ts -verify -digest HEAD -in REPLY -CAfile CA`: the standard tool's judgement of a token."""
    with tempfile.TemporaryDirectory() as work:
        reply_path = Path(work) / "reply.tsr"
        reply_path.write_bytes(reply)
        return subprocess.run(
            [
                "openssl", "ts", "-verify", "-digest", head, "-in", str(reply_path),
                "-CAfile", str(ca_pem),
            ],
            capture_output=True,
            text=True,
            timeout=30,
            check=False,
        )  # fmt: skip
