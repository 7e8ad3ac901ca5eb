"""The program's first code (`entry`): Ctrl-C while the command line loads ends it with one line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.support.cli import provenance_env

# Ctrl-C while `provenance.cli` loads: the signal handler's KeyboardInterrupt, raised from within the import.
_INTERRUPTED_WHILE_LOADING = """
import sys

class Interrupt:
    def find_spec(self, name, path=None, target=None):
        if name == "provenance.cli":
            raise KeyboardInterrupt
        return None

sys.meta_path.insert(0, Interrupt())
from provenance.entry import run
run()
"""


def test_ctrl_c_while_the_command_line_loads_ends_the_program_with_one_line_and_exit_130(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", _INTERRUPTED_WHILE_LOADING, "--version"],
        cwd=tmp_path,
        env=provenance_env(),
        capture_output=True,
        text=True,
    )
    assert (done.returncode, done.stdout, done.stderr) == (130, "", "provenance: interrupted\n")


def test_python_dash_m_provenance_runs_the_program(tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "provenance", "--version"],
        cwd=tmp_path,
        env=provenance_env(),
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and done.stdout.startswith("provenance ")
