"""A reader that stops reading (`provenance verify LEDGER | head -1`) ends the run quietly: no traceback, no
"internal error", the exit status a shell gives a tool its reader left (141, 128 + SIGPIPE). An output the
shell closed (`>&-`) is discarded; one that cannot be written (a full disk) is a one-line error, exit 2."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.ledger.builders import LedgerFiles
from tests.support.cli import provenance_command, provenance_env


def _run_into_a_closed_pipe(args: list[str], cwd: Path, close_stderr_too: bool = False) -> tuple[int, str]:
    """`provenance ARGS` with stdout (and, if asked, stderr) a pipe whose reader has already gone."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(
            provenance_command(*args),
            cwd=cwd,
            env=provenance_env(),
            stdin=subprocess.DEVNULL,
            stdout=write_end,
            stderr=write_end if close_stderr_too else subprocess.PIPE,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    return done.returncode, (done.stderr or b"").decode()


def test_verify_into_a_reader_that_went_away_exits_141_without_a_word(ledger_files: LedgerFiles) -> None:
    code, err = _run_into_a_closed_pipe(["verify", str(ledger_files.ledger)], ledger_files.folder)

    assert (code, err) == (141, "")


def test_extract_json_into_a_closed_pipe_is_no_internal_error(workdir: Path) -> None:
    notes = "".join(f"Claim {n}.[^{n}]\n\n" for n in range(1, 200))
    notes += "".join(f"[^{n}]: Desk, January 21, 2022, https://news.example/{n}\n" for n in range(1, 200))
    (workdir / "r.md").write_text(notes, encoding="utf-8")

    code, err = _run_into_a_closed_pipe(["extract", "r.md", "--format", "json"], workdir)

    assert (code, err) == (141, "")


def test_a_closed_stdout_and_stderr_together_end_quietly(ledger_files: LedgerFiles) -> None:
    code, _ = _run_into_a_closed_pipe(
        ["verify", str(ledger_files.ledger)], ledger_files.folder, close_stderr_too=True
    )

    assert code == 141


def _run_with_stdout_closed(args: list[str], cwd: Path) -> tuple[int, str]:
    """`provenance ARGS` started with no descriptor 1 at all, as a shell's `>&-` leaves it."""
    done = subprocess.run(
        provenance_command(*args),
        cwd=cwd,
        env=provenance_env(),
        stdin=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: os.close(1),
        timeout=120,
        check=False,
    )
    return done.returncode, done.stderr.decode()


def test_extract_with_stdout_closed_by_the_shell_is_no_internal_error(workdir: Path) -> None:
    (workdir / "r.md").write_text("A claim.[^1]\n\n[^1]: Desk, January 21, 2022\n", encoding="utf-8")

    code, err = _run_with_stdout_closed(["extract", "r.md"], workdir)

    assert (code, err) == (0, "")


def test_check_with_stdout_closed_writes_a_ledger_that_verifies_and_says_no_internal_error(
    workdir: Path,
) -> None:
    # With descriptor 1 closed, the first file the run opens would take its number: the ledger must not.
    (workdir / "r.md").write_text("A claim.[^1]\n\n[^1]: Desk, January 21, 2022\n", encoding="utf-8")

    code, err = _run_with_stdout_closed(["check", "--offline", "r.md"], workdir)

    assert code == 1 and "internal error" not in err and "Traceback" not in err, err
    assert _run_with_stdout_closed(["verify", "r.md.ledger.jsonl"], workdir) == (0, "")


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full to fill")
@pytest.mark.parametrize("command", [["extract", "r.md"], ["extract", "r.md", "--format", "csl"]])
def test_output_onto_a_full_disk_is_a_one_line_error_not_a_bug(workdir: Path, command: list[str]) -> None:
    (workdir / "r.md").write_text("A claim.[^1]\n\n[^1]: Desk, January 21, 2022\n", encoding="utf-8")
    with Path("/dev/full").open("wb") as full:
        done = subprocess.run(
            provenance_command(*command),
            cwd=workdir,
            env=provenance_env(),
            stdin=subprocess.DEVNULL,
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=120,
            check=False,
        )

    assert (done.returncode, done.stderr.decode()) == (
        2,
        "provenance: error: cannot write the output: No space left on device\n",
    )
