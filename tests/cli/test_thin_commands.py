"""The command line stays thin: a command builds objects from its arguments, calls the library, renders.

`check` had grown to some 350 lines of orchestration (verified copies and their encodings, output files, the
TimeGate from the environment, shard specs, the table's width): logic no other caller could reuse or test
without a command line. These tests fail when a command module starts doing such work itself again.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from provenance.cli.parsing import COMMANDS

COMMANDS_DIR = Path(__file__).resolve().parents[2] / "provenance" / "cli" / "commands"

# Reading and writing files, asking the terminal: the library's edges do these, never a command itself.
_IO_NAMES = {
    "open",
    "read_input",
    "write_atomically",
    "create_new_file",
    "check_output_path",
    "ensure_folder",
    "read_text",
    "read_bytes",
    "write_text",
    "write_bytes",
    "unlink",
    "isatty",
    "get_terminal_size",
}
_LONGEST_FUNCTION = 60  # lines; add_arguments (a declaration of options) is exempt


def _tree(command: str) -> ast.Module:
    return ast.parse((COMMANDS_DIR / f"{COMMANDS[command]}.py").read_text(encoding="utf-8"))


def _called_names(tree: ast.Module) -> set[str]:
    """The names of the functions called, as `name` or `attribute`; `os.<anything>` as itself."""
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            function = node.func
            if isinstance(function, ast.Name):
                names.add(function.id)
            elif isinstance(function, ast.Attribute):
                on_os = isinstance(function.value, ast.Name) and function.value.id == "os"
                names.add(f"os.{function.attr}" if on_os else function.attr)
    return names


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_command_reads_and_writes_no_file_itself(command: str) -> None:
    called = {name for name in _called_names(_tree(command)) if name in _IO_NAMES or name.startswith("os.")}
    assert not called, f"{command}: file or terminal I/O belongs in the library: {sorted(called)}"


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_a_command_is_a_few_lines_that_build_call_and_render(command: str) -> None:
    for node in _tree(command).body:
        if isinstance(node, ast.FunctionDef) and node.name != "add_arguments":
            length = (node.end_lineno or node.lineno) - node.lineno + 1
            assert length <= _LONGEST_FUNCTION, f"{command}.{node.name}: {length} lines of orchestration"
