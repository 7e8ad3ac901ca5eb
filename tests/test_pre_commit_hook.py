"""The pre-commit hook this repository ships (`.pre-commit-hooks.yaml`), run by the real `pre-commit` in a
temporary git repository, as a team that adds it to its report repository would.

No network: the hook's repository is a local snapshot of this checkout (as it is now, uncommitted changes
included), and pre-commit's virtualenv takes the dependencies from this interpreter's site-packages
(`VIRTUALENV_SYSTEM_SITE_PACKAGES`, `PIP_NO_INDEX`).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

import pytest

from tests.support.cli import REPO_ROOT

_IDENTITY = ("-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false")

BAD_REPORT = "The convoy was struck.[^1]\n\n[^1]: Telegram, January 21, 2022.\n"
GOOD_REPORT = (
    "The convoy was struck.[^1]\n\n[^1]: Rybar, Telegram, January 21, 2022, https://t.me/rybar/999.\n"
)


def _git(*args: str, cwd: Path, env: Mapping[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", *_IDENTITY, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False
    )


def _snapshot_of_this_checkout(target: Path) -> str:
    """This checkout's files (tracked, and new ones not ignored) committed in a fresh repository at `target`;
    the commit's id, for `rev:`."""
    listed = _git("ls-files", "-z", "--cached", "--others", "--exclude-standard", cwd=REPO_ROOT).stdout
    for name in filter(None, listed.split("\0")):
        source = REPO_ROOT / name
        if source.is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, target / name)
    for step in (("init", "-q"), ("add", "-A"), ("commit", "-q", "-m", "snapshot")):
        assert _git(*step, cwd=target).returncode == 0
    return _git("rev-parse", "HEAD", cwd=target).stdout.strip()


def _pre_commit(*args: str, cwd: Path, env: Mapping[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture(scope="module")
def hook_source(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, dict[str, str]]:
    """This checkout as a hook repository, and an environment whose pre-commit home has its hook installed
    (once for the module: building the hook's virtualenv is the slow part)."""
    root = tmp_path_factory.mktemp("pre-commit")
    source = root / "provenance-hook-source"
    source.mkdir()
    rev = _snapshot_of_this_checkout(source)
    env = {
        **os.environ,
        "PRE_COMMIT_HOME": str(root / "pre-commit-home"),
        "PIP_NO_INDEX": "1",  # nothing from a package index: the tests never touch the network
        "VIRTUALENV_SYSTEM_SITE_PACKAGES": "1",
        "PIP_NO_BUILD_ISOLATION": "0",  # build with this interpreter's setuptools, not a downloaded one
        "PIP_DISABLE_PIP_VERSION_CHECK": "1",
    }
    env.pop("PYTHONPATH", None)  # the hook runs the package pre-commit installed, not this checkout's copy
    return source, rev, env


@pytest.fixture
def report_repository(
    tmp_path: Path, hook_source: tuple[Path, str, dict[str, str]]
) -> tuple[Path, dict[str, str]]:
    """A git repository whose .pre-commit-config.yaml uses this repository's hook, installed as a git hook."""
    source, rev, env = hook_source
    repository = tmp_path / "reports"
    repository.mkdir()
    assert _git("init", "-q", cwd=repository).returncode == 0
    (repository / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {source}\n    rev: {rev}\n    hooks:\n      - id: provenance-lint\n"
    )
    installed = _pre_commit("install", "--install-hooks", cwd=repository, env=env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    return repository, env


def test_commit_of_a_report_with_an_unlocatable_footnote_is_refused_and_names_its_line(
    report_repository: tuple[Path, dict[str, str]],
) -> None:
    repository, env = report_repository
    (repository / "brief.md").write_text(BAD_REPORT)
    _git("add", "brief.md", ".pre-commit-config.yaml", cwd=repository)

    refused = _git("commit", "-m", "add brief", cwd=repository, env=env)

    assert refused.returncode == 1
    output = refused.stdout + refused.stderr
    assert "brief.md:3: error: [1] locator: no URL or other locator" in output
    assert "nothing was fetched or verified" in output
    assert _git("rev-parse", "--verify", "-q", "HEAD", cwd=repository).returncode != 0  # no commit made
    assert sorted(path.name for path in repository.iterdir()) == [
        ".git",
        ".pre-commit-config.yaml",
        "brief.md",
    ]


def test_commit_of_a_report_whose_citations_are_complete_passes_offline_and_writes_nothing(
    report_repository: tuple[Path, dict[str, str]],
) -> None:
    repository, env = report_repository
    (repository / "brief.md").write_text(GOOD_REPORT)
    (repository / "notes.py").write_text("# [1] not a report: the hook leaves other files alone\n")
    _git("add", "-A", cwd=repository)

    committed = _git("commit", "-m", "add brief", cwd=repository, env=env)

    assert committed.returncode == 0, committed.stdout + committed.stderr
    assert "provenance citations" in committed.stdout + committed.stderr
    # Nothing was captured, so no ledger and no archive: the working tree is exactly what was committed.
    assert _git("status", "--porcelain", "--ignored", cwd=repository).stdout == ""


def test_a_folder_of_reports_named_as_the_readme_shows_passes_its_figures_and_data_by(
    tmp_path: Path, hook_source: tuple[Path, str, dict[str, str]]
) -> None:
    # `files: ^reports/` replaces the hook's own pattern: a PNG beside the reports was handed to the tool
    # ("binary file, not a report", exit 2) and the commit refused.
    source, rev, env = hook_source
    repository = tmp_path / "desk"
    (repository / "reports").mkdir(parents=True)
    assert _git("init", "-q", cwd=repository).returncode == 0
    (repository / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {source}\n    rev: {rev}\n    hooks:\n      - id: provenance-lint\n"
        "        files: ^reports/\n"
    )
    (repository / "reports" / "brief.md").write_text(GOOD_REPORT)
    (repository / "reports" / "figure.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (repository / "reports" / "figures.zip").write_bytes(b"PK\x05\x06" + bytes(18))
    (repository / "reports" / "casualties.csv").write_text("date,count\n2022-01-21,[1]\n")
    (repository / "reports" / "sources.json").write_text('{"see": "[1]"}\n')
    installed = _pre_commit("install", "--install-hooks", cwd=repository, env=env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    _git("add", "-A", cwd=repository)

    committed = _git("commit", "-m", "add brief and its figure", cwd=repository, env=env)

    assert committed.returncode == 0, committed.stdout + committed.stderr
    # A report there is still checked, under every suffix the readers take (identify tags some not at all).
    for name in ("late.md", "late.mdown", "late.text"):
        (repository / "reports" / name).write_text(BAD_REPORT)
    _git("add", "-A", cwd=repository)
    refused = _git("commit", "-m", "add late", cwd=repository, env=env)
    said = refused.stdout + refused.stderr
    assert refused.returncode == 1
    assert all(f"{name}:3: error: [1] locator" in said for name in ("late.md", "late.mdown")), said
    assert "late.text:" in said, said
