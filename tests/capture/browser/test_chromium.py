"""Finding the system's Chromium: `PROVENANCE_CHROMIUM`, else PATH; a clear usage error otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance.capture.browser.chromium import CHROMIUM_VARIABLE, find_chromium
from provenance.errors import UsageError


def _executable(folder: Path, name: str) -> Path:
    path = folder / name
    path.write_text("#!/bin/sh\n")
    path.chmod(0o755)
    return path


def test_the_variable_names_the_chromium_to_run(tmp_path: Path) -> None:
    chosen = _executable(tmp_path, "my-chromium")
    assert find_chromium({CHROMIUM_VARIABLE: str(chosen), "PATH": ""}) == chosen


def test_a_variable_naming_no_executable_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "not-executable").write_text("")
    for named in (tmp_path / "missing", tmp_path / "not-executable", tmp_path):
        with pytest.raises(UsageError, match=f"{CHROMIUM_VARIABLE}=.* is not an executable file"):
            find_chromium({CHROMIUM_VARIABLE: str(named)})


def test_chromium_is_found_on_path_else_the_error_says_how_to_install_it(tmp_path: Path) -> None:
    found = _executable(tmp_path, "chromium")
    assert find_chromium({"PATH": str(tmp_path)}) == found
    with pytest.raises(UsageError, match=r"apt-get install -y chromium"):
        find_chromium({"PATH": str(tmp_path / "empty")})
