"""Address pinning needs requests' `get_connection_with_tls_context` hook (2.32.2 on): without it, refuse.

With requests 2.32.1 the adapter's hook is never called and urllib3 resolves the host name again, so a name
could answer one address to the policy and another to the connection. The run must stop before any fetch.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.cli import REPO_ROOT, run_provenance
from tests.support.servers import FixtureServer, Reply


@pytest.fixture(scope="session")
def requests_2_32_1(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The real requests 2.32.1, installed from the package index into a folder of its own."""
    target = tmp_path_factory.mktemp("requests-2.32.1")
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--disable-pip-version-check"]
    installed = subprocess.run(
        [*pip, "--target", str(target), "requests==2.32.1"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if installed.returncode != 0:
        pytest.skip(f"requests 2.32.1 cannot be installed here: {installed.stderr.strip()[-200:]}")
    return target


def test_requests_without_the_pinning_hook_stops_the_run_before_any_fetch(
    tmp_path: Path, fixture_server: FixtureServer, requests_2_32_1: Path
) -> None:
    fixture_server.routes["/"] = Reply(body=b"page")
    result = run_provenance(
        ["capture", "http://news.example/", "--connect-to", f"news.example::127.0.0.1:{fixture_server.port}"],
        cwd=tmp_path,
        env={"PYTHONPATH": f"{requests_2_32_1}:{REPO_ROOT}", "PYTHONWARNINGS": "ignore"},
    )
    assert result.returncode == 3, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("provenance: error: requests 2.32.1 cannot pin"), lines
    assert "requests>=2.32.2" in lines[0]
    assert fixture_server.total_hits == 0
    assert not (tmp_path / "archives").exists() or not any((tmp_path / "archives").iterdir())
