"""Ed25519 signatures over a ledger head (DESIGN.md section 3). Pure: keys in, base64 text out, and back.

What is signed is the head as the ledger writes it, the ASCII of its 64 lowercase hex digits, so anyone can
check a signature with standard tools (`openssl pkeyutl -verify -rawin`) from the line alone.
"""

from __future__ import annotations

import base64
import binascii
from typing import Literal

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from provenance.seal.keys import public_key_base64, public_key_from_base64

SignatureCheck = Literal["valid", "invalid", "malformed"]


def sign_head(key: Ed25519PrivateKey, head: str) -> tuple[str, str]:
    """(public key, signature), both base64, of `head` (the hex SHA-256 the signature seals)."""
    signature = key.sign(head.encode("ascii"))
    return public_key_base64(key.public_key()), base64.b64encode(signature).decode("ascii")


def check_signature(public_key: str, signature: str, head: str) -> SignatureCheck:
    """Does `signature` (base64) by `public_key` (base64 raw) sign `head`? `malformed`: not even decodable."""
    key = public_key_from_base64(public_key)
    try:
        raw_signature = base64.b64decode(signature, validate=True)
    except (binascii.Error, ValueError):
        return "malformed"
    if key is None:
        return "malformed"
    try:
        key.verify(raw_signature, head.encode("ascii"))
    except InvalidSignature:
        return "invalid"
    return "valid"
