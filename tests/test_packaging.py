"""Packaging promises a user relies on: requests new enough for address pinning, a build backend that
reads the SPDX license field, and the license file shipped with the package."""

from __future__ import annotations

import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.version import Version

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _requirement(name: str, listed: list[str]) -> Requirement:
    return next(r for r in map(Requirement, listed) if r.name == name)


def test_requests_older_than_the_pinning_hook_cannot_be_installed() -> None:
    # get_connection_with_tls_context appeared in requests 2.32.2; before it urllib3 silently resolves again.
    requests = _requirement("requests", PYPROJECT["project"]["dependencies"])
    assert Version("2.32.1") not in requests.specifier and Version("2.32.2") in requests.specifier


def test_the_build_backend_reads_an_spdx_license_and_ships_the_license_file() -> None:
    setuptools = _requirement("setuptools", PYPROJECT["build-system"]["requires"])
    assert Version("76.0") not in setuptools.specifier, "license = '...' (PEP 639) needs setuptools 77"
    assert PYPROJECT["project"]["license"] == "Apache-2.0"
    assert all((ROOT / name).is_file() for name in PYPROJECT["project"]["license-files"])
