"""Running `provenance` as a real process: for signals, exit codes and console output as a user sees them.

The child imports the package from this checkout (PYTHONPATH), whichever copy is installed, so each working
tree tests its own code.
"""

from __future__ import annotations

import fcntl
import os
import pty
import select
import signal
import struct
import subprocess
import sys
import termios
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from tests.support.servers import FixtureServer

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


def run_python(
    program: str, *args: str, cwd: Path | None = None, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """Run `python -c PROGRAM ARGS` with this checkout's package importable; output captured as text."""
    return subprocess.run(
        [sys.executable, "-c", program, *args],
        cwd=cwd,
        env=provenance_env(),
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


def on_a_terminal(
    args: Sequence[str], cwd: Path, columns: int = 120, env: Mapping[str, str] | None = None
) -> str:
    """Everything a real process prints to a terminal until it exits: a pseudo-terminal `columns` wide (0: one
    nobody sized, as `script` makes), its stdout and stderr both."""
    main, child = pty.openpty()
    fcntl.ioctl(child, termios.TIOCSWINSZ, struct.pack("HHHH", 40 if columns else 0, columns, 0, 0))
    process = subprocess.Popen(
        provenance_command(*args),
        cwd=cwd,
        env=provenance_env({"TERM": "xterm", **(env or {})}),
        stdin=subprocess.DEVNULL,
        stdout=child,
        stderr=child,
    )
    os.close(child)
    chunks = []
    try:
        while True:
            ready, _, _ = select.select([main], [], [], 60)
            if not ready:
                raise AssertionError("the process printed nothing for 60 s")
            try:
                chunk = os.read(main, 65536)
            except OSError:  # the terminal's other side closed: the process has exited
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        process.wait(timeout=60)
        os.close(main)
    return b"".join(chunks).decode("utf-8", "replace")


# Ctrl-C and SIGTERM, each with the exit code a run it stops ends with (128 + the signal, as shells report).
each_stop_signal = pytest.mark.parametrize(
    ("signum", "exit_code"),
    [(signal.SIGINT, 130), (signal.SIGTERM, 128 + signal.SIGTERM)],
    ids=["INT", "TERM"],
)


def stop_midway(
    args: Sequence[str], cwd: Path, server: FixtureServer, in_flight: int, signum: signal.Signals
) -> tuple[int, str]:
    """Run `provenance ARGS` in `cwd` and send it `signum` once `server` has `in_flight` of its requests at
    once (the test fails if they never come); its exit code and stderr."""
    process = subprocess.Popen(
        provenance_command(*args),
        cwd=cwd,
        env=provenance_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        server.wait_for_in_flight(in_flight, 60)
        reached = server.max_in_flight >= in_flight
        process.send_signal(signum if reached else signal.SIGKILL)
        _, err = process.communicate(timeout=60)
    finally:
        process.kill()
        process.wait()
    assert reached, f"{server.max_in_flight} of {in_flight} requests reached the server; the run said: {err}"
    return process.returncode, err


def assert_stopped_cleanly(folder: Path, report: str, err: str) -> None:
    """A stopped check of `folder/report` said so without a traceback and left nothing behind: no partial
    WARC, no ledger lock, no ledger."""
    assert "Traceback" not in err
    assert not list((folder / "archives").glob("*.part")), "a cut capture's partial WARC is removed"
    assert not (folder / f"{report}.ledger.jsonl.lock").exists()
    assert not (folder / f"{report}.ledger.jsonl").exists()
