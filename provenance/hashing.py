"""SHA-256 helpers shared by the readers, the capture and the ledger, and the one read size for streams."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import BinaryIO

from provenance.files import open_regular_file

# How much of a stream is read at a time wherever one is hashed, copied or streamed.
CHUNK_SIZE = 1 << 16


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def sha256_stream(stream: BinaryIO) -> str:
    """Hash a stream the caller owns, reading it to the end in chunks."""
    digest = hashlib.sha256()
    while chunk := stream.read(CHUNK_SIZE):
        digest.update(chunk)
    return digest.hexdigest()


def sha256_file(path: Path, max_bytes: int | None = None) -> str:
    """Hash a regular file (see `files.open_regular_file`: special files refused, reads bounded)."""
    with open_regular_file(path, max_bytes) as stream:
        return sha256_stream(stream)
