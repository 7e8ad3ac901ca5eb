"""README's two opening commands are the ones users and CI run: they must name files that exist, and CI must
run the test command exactly as README writes it (a drift here means CI tests something users never run)."""

from __future__ import annotations

import os
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _opening_commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = re.search(r"```sh\n(.*?)```", text, re.DOTALL)
    assert block is not None and text.index("```sh") < 40, "README opens with a shell block"
    return [line for line in block.group(1).splitlines() if line.strip()]


def test_readme_opens_with_the_install_and_run_command_and_the_test_command() -> None:
    run, test = _opening_commands()
    assert run.startswith("python3 -m pip install -e . && provenance check ")
    assert (ROOT / run.rsplit(" ", 1)[1]).is_file(), (
        "the example the first command checks ships with the project"
    )
    assert test.endswith("python3 -m pytest")


def test_ci_runs_the_readme_test_command_exactly() -> None:
    _, test = _opening_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    assert test in ci


def test_ci_stops_when_the_set_up_fails_before_running_the_tests() -> None:
    # In `set-up && pytest` under `set -e`, a failing set-up skips the tests and CI goes on to pass; run
    # alone on a line first, its failure stops CI.
    _, test = _opening_commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    set_up = test.split(" && ")[0]
    assert "set -euo pipefail" in ci
    assert set_up in ci and ci.index(set_up) < ci.index(test)


def test_the_set_up_script_the_test_command_calls_is_executable() -> None:
    _, test = _opening_commands()
    script = ROOT / test.split(" && ")[0]
    assert script.is_file() and os.access(script, os.X_OK)
