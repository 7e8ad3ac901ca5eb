"""A local RFC 3161 TSA (openssl ts -reply behind HTTP on 127.0.0.1) and a signing key, for the seal tests."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from provenance.seal.keys import KeyFiles, generate_key_files
from tests.support.tsa import LocalTSA


@pytest.fixture(scope="session")
def local_tsa(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalTSA]:
    with LocalTSA(tmp_path_factory.mktemp("tsa")) as tsa:
        yield tsa


@pytest.fixture
def signing_key(tmp_path: Path) -> KeyFiles:
    """A fresh key pair made as `provenance keygen` makes it, in its own folder."""
    (tmp_path / "keys").mkdir()
    return generate_key_files(tmp_path / "keys" / "signing.key")
