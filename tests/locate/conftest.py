"""Fixtures of locate's end-to-end tests (see tests/locate/runs.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest

from tests.locate.runs import Locating, Locator
from tests.locate.site import Site, serve
from tests.support.servers import FixtureServer, LocalCA


@pytest.fixture
def locating(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], local_ca: LocalCA
) -> Iterator[Locating]:
    """Makes Locators that run in the test's own folder (the working folder from here on), each serving its
    site on a TLS server of its own until the test ends."""
    monkeypatch.chdir(tmp_path)
    with ExitStack() as servers:

        def locator(site: Site, registry: str) -> Locator:
            server = servers.enter_context(FixtureServer(tls=local_ca))
            serve(site, server)
            return Locator(capsys, server, local_ca, registry)

        yield locator
