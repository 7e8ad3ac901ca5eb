"""`provenance locate --json` of one report against one accounts registry, run in a test's own folder with
its requests sent to a loopback copy of the platforms' pages (tests/locate/site.py): what locate's end-to-end
tests of one footnote each share."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from tests.locate.site import Site
from tests.support.servers import FixtureServer, LocalCA


@dataclass(frozen=True)
class Locator:
    """Runs `locate` with `registry` (written as `accounts.csv`) in the working folder, through `server`."""

    capsys: pytest.CaptureFixture[str]
    server: FixtureServer
    local_ca: LocalCA
    registry: str

    def __call__(self, report: str) -> tuple[int, dict[str, Any], str]:
        """`locate --json` of `report` (written as `brief.txt`): its exit code, the report's one footnote,
        and what it wrote to stderr (its table)."""
        Path("accounts.csv").write_text(self.registry, encoding="utf-8")
        Path("brief.txt").write_text(report, encoding="utf-8")
        network = [
            "--connect-to",
            f"::127.0.0.1:{self.server.port}",
            "--ca-bundle",
            str(self.local_ca.ca_pem),
        ]
        code = cli.main(["locate", "brief.txt", "--accounts", "accounts.csv", "--json", *network])
        out, err = self.capsys.readouterr()
        assert "Traceback" not in err
        (footnote,) = json.loads(out)["reports"][0]["footnotes"]
        return code, footnote, err


# What the `locating` fixture (tests/locate/conftest.py) gives: a Locator for a site and a registry, the
# site served until the test ends.
Locating = Callable[[Site, str], Locator]
