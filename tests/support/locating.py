"""`provenance locate` of a report `brief.txt` with its registry `accounts.csv`, in the working folder, its
requests sent to a local fixture server: for the platforms' feed tests."""

from __future__ import annotations

import json
from typing import Any

import pytest

from provenance import cli
from tests.support.servers import FixtureServer, LocalCA


def locate_brief(
    capsys: pytest.CaptureFixture[str], server: FixtureServer, local_ca: LocalCA
) -> tuple[int, dict[str, dict[str, Any]]]:
    """`locate`'s exit code and its JSON footnotes by label (the candidates kept in `found.json`)."""
    network = ["--connect-to", f"::127.0.0.1:{server.port}", "--ca-bundle", str(local_ca.ca_pem)]
    argv = ["locate", "brief.txt", "--accounts", "accounts.csv", "--citations", "found.json", "--json"]
    code = cli.main([*argv, *network])
    out, err = capsys.readouterr()
    assert "Traceback" not in err
    document = json.loads(out)
    return code, {footnote["label"]: footnote for footnote in document["reports"][0]["footnotes"]}
