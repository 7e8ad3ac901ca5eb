"""Shared fixtures: local HTTP(S) servers on 127.0.0.1 and a test CA (see tests/support/servers.py)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.servers import FixtureServer, LocalCA, make_local_ca


@pytest.fixture(scope="session")
def local_ca(tmp_path_factory: pytest.TempPathFactory) -> LocalCA:
    """A test CA and a server certificate for TLS_NAMES and 127.0.0.1; trust it with `ca_bundle`."""
    return make_local_ca(tmp_path_factory.mktemp("local-ca"))


@pytest.fixture
def fixture_server() -> Iterator[FixtureServer]:
    """A started plain-HTTP FixtureServer on 127.0.0.1 with an empty route table (add to `.routes`)."""
    with FixtureServer() as server:
        yield server


@pytest.fixture
def tls_fixture_server(local_ca: LocalCA) -> Iterator[FixtureServer]:
    """A started HTTPS FixtureServer on 127.0.0.1 whose certificate `local_ca` signed."""
    with FixtureServer(tls=local_ca) as server:
        yield server


@pytest.fixture
def archive_dir(tmp_path: Path) -> Path:
    """An empty folder for WARC files."""
    folder = tmp_path / "archives"
    folder.mkdir()
    return folder
