"""Signatures over a head: valid only for that head and key, and checkable with openssl alone."""

from __future__ import annotations

import base64
import subprocess
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from provenance.hashing import sha256_hex
from provenance.seal.keys import KeyFiles, load_private_key
from provenance.seal.signing import check_signature, sign_head

HEAD = sha256_hex(b"a ledger line")


def _flip_byte(signature: str, index: int) -> str:
    raw = bytearray(base64.b64decode(signature))
    raw[index] ^= 0x01
    return base64.b64encode(bytes(raw)).decode("ascii")


def test_a_signature_checks_out_for_its_head() -> None:
    public_key, signature = sign_head(Ed25519PrivateKey.generate(), HEAD)
    assert check_signature(public_key, signature, HEAD) == "valid"


def test_a_flipped_signature_byte_is_invalid() -> None:
    public_key, signature = sign_head(Ed25519PrivateKey.generate(), HEAD)
    assert check_signature(public_key, _flip_byte(signature, 17), HEAD) == "invalid"


def test_a_signature_does_not_carry_over_to_another_head() -> None:
    public_key, signature = sign_head(Ed25519PrivateKey.generate(), HEAD)
    assert check_signature(public_key, signature, sha256_hex(b"another line")) == "invalid"


def test_a_signature_checked_against_another_key_is_invalid() -> None:
    _, signature = sign_head(Ed25519PrivateKey.generate(), HEAD)
    other_key, _ = sign_head(Ed25519PrivateKey.generate(), HEAD)
    assert check_signature(other_key, signature, HEAD) == "invalid"


def test_undecodable_key_or_signature_is_malformed() -> None:
    public_key, signature = sign_head(Ed25519PrivateKey.generate(), HEAD)
    assert check_signature(public_key, "not base64!", HEAD) == "malformed"
    assert check_signature("c2hvcnQ=", signature, HEAD) == "malformed"


def test_openssl_verifies_our_signature_over_the_head_text(tmp_path: Path, signing_key: KeyFiles) -> None:
    _, signature = sign_head(load_private_key(signing_key.private), HEAD)
    (tmp_path / "head.txt").write_text(HEAD, encoding="ascii")  # the 64 hex digits, no newline
    (tmp_path / "signature.bin").write_bytes(base64.b64decode(signature))
    command = [
        "openssl", "pkeyutl", "-verify", "-pubin", "-inkey", str(signing_key.public), "-rawin",
        "-in", "head.txt", "-sigfile", "signature.bin",
    ]  # fmt: skip
    verified = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert verified.returncode == 0 and "Signature Verified Successfully" in verified.stdout
    (tmp_path / "head.txt").write_text(sha256_hex(b"another line"), encoding="ascii")
    refused = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, check=False)
    assert refused.returncode != 0
