"""Running `provenance` as a real process: for signals, exit codes and console output as a user sees them.

The child imports the package from this checkout (PYTHONPATH), whichever copy is installed, so each working
tree tests its own code.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]


def provenance_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    env.update(extra or {})
    return env


def provenance_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "provenance", *args]


def run_provenance(
    args: Sequence[str], cwd: Path, env: Mapping[str, str] | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run `provenance ARGS` to completion in `cwd`; stdout and stderr captured as text."""
    return subprocess.run(
        provenance_command(*args),
        cwd=cwd,
        env=provenance_env(env),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def start_provenance(
    args: Sequence[str], cwd: Path, env: Mapping[str, str] | None = None
) -> subprocess.Popen[str]:
    """Start `provenance ARGS` in `cwd` and return at once (to signal it); stdout and stderr piped as text."""
    return subprocess.Popen(
        provenance_command(*args),
        cwd=cwd,
        env=provenance_env(env),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
