"""Hostile input against the command line, as an attacker or a careless operator would try it: special files,
huge and deep inputs, out-of-range numbers, broken ledgers and locks. Prints the tally (tried / defended).

An attack is defended when `provenance` exits with the expected code (2 for bad input, one line on stderr, no
traceback; 0 or 1 where the input is merely damaged) within the time limit and leaves no lock, temporary or
partial file behind. Each attack runs in a fresh folder, as a real process, with no network.

    python3 benchmarks/hostile_cli.py [--timeout 90]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REPORT = "Claim.[^1]\n\n[^1]: Desk, January 21, 2022, http://news.example/a\n"
Setup = Callable[[Path], object]


@dataclass(frozen=True)
class Attack:
    name: str
    argv: Sequence[str]
    expected: tuple[int, ...]
    setup: Setup | None = None


def _run(argv: Sequence[str], folder: Path, timeout: float) -> tuple[int | None, str, float]:
    started = time.perf_counter()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "provenance", *argv],
            cwd=folder,
            env={**os.environ, "PYTHONPATH": str(REPO)},
            capture_output=True,
            text=True,
            timeout=timeout,
        )
    except subprocess.TimeoutExpired:
        return None, "", time.perf_counter() - started
    return done.returncode, done.stderr, time.perf_counter() - started


def _checked_ledger(folder: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "provenance", "check", "report.md", "--offline"],
        cwd=folder,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        check=False,
    )


def _write(name: str, data: bytes) -> Setup:
    return lambda folder: (folder / name).write_bytes(data)


def _fifo(name: str) -> Setup:
    return lambda folder: os.mkfifo(folder / name)


def _folder(name: str) -> Setup:
    return lambda folder: (folder / name).mkdir()


def _symlink(name: str, target: str) -> Setup:
    return lambda folder: (folder / name).symlink_to(target)


def _ledger_and_fifo(folder: Path) -> None:
    _checked_ledger(folder)
    os.mkfifo(folder / "pipe")


def _closed_ledger(folder: Path) -> None:
    _checked_ledger(folder)
    (folder / "report.md.ledger.jsonl").chmod(0o444)


def _attacks() -> list[Attack]:
    usage = (2,)
    check = ["check", "report.md"]
    offline = [*check, "--offline"]
    attacks = [
        Attack("report /dev/zero", ["check", "/dev/zero"], usage),
        Attack("report /dev/stdin", ["check", "/dev/stdin"], usage),
        Attack("report FIFO", ["check", "pipe"], usage, _fifo("pipe")),
        Attack("report /proc/self/environ", ["check", "/proc/self/environ"], usage),
        Attack(
            "report symlink to /proc/self/pagemap",
            ["check", "p.md"],
            usage,
            _symlink("p.md", "/proc/self/pagemap"),
        ),
        Attack("report is a folder", ["check", "."], usage),
        Attack("report of 60 MB", ["check", "big.md"], usage, _write("big.md", b"a" * 60_000_000)),
        Attack("--citations FIFO", [*offline, "--citations", "pipe"], usage, _fifo("pipe")),
        Attack(
            "--citations [ x 100,000",
            [*offline, "--citations", "c.json"],
            usage,
            _write("c.json", b"[" * 100_000),
        ),
        Attack(
            "--citations {...} nested 100,000",
            [*offline, "--citations", "c.json"],
            usage,
            _write("c.json", b'{"a":' * 100_000),
        ),
        Attack("--citations /dev/zero", [*offline, "--citations", "/dev/zero"], usage),
        Attack(
            "--citations id is a list",
            [*offline, "--citations", "c.json"],
            usage,
            _write("c.json", b'[{"id": [1]}]'),
        ),
        Attack(
            "--citations year 10**20",
            [*offline, "--citations", "c.json"],
            usage,
            _write("c.json", b'[{"id": "1", "issued": {"date-parts": [[99999999999999999999, 1, 1]]}}]'),
        ),
        Attack(
            "--citations 10 MB title",
            [*offline, "--citations", "c.json"],
            (1,),
            _write("c.json", json.dumps([{"id": "1", "title": "x" * 10_000_000}]).encode()),
        ),
        Attack("--ledger FIFO", [*offline, "--ledger", "pipe"], usage, _fifo("pipe")),
        Attack("--ledger /dev/null", [*offline, "--ledger", "/dev/null"], usage),
        Attack("--ledger under /proc", [*offline, "--ledger", "/proc/self/x.jsonl"], usage),
        Attack("--ledger in a missing folder", [*offline, "--ledger", "no/x.jsonl"], usage),
        Attack("--ledger is a folder", [*offline, "--ledger", "folder"], usage, _folder("folder")),
        Attack("ledger chmod 444", offline, usage, _closed_ledger),
        Attack(
            "ledger symlink to /dev/zero", offline, usage, _symlink("report.md.ledger.jsonl", "/dev/zero")
        ),
        Attack(
            "ledger of one 10 MB line, no newline",
            offline,
            usage,
            _write("report.md.ledger.jsonl", b"x" * 10_000_000),
        ),
        Attack(
            "ledger of binary garbage",
            offline,
            usage,
            _write("report.md.ledger.jsonl", bytes(range(256)) * 100 + b"\n"),
        ),
        Attack(
            "lock file is a FIFO",
            [*offline, "--lock-timeout", "2"],
            (1, 2),
            _fifo("report.md.ledger.jsonl.lock"),
        ),
        Attack(
            "lock file is a folder",
            [*offline, "--lock-timeout", "2"],
            usage,
            _folder("report.md.ledger.jsonl.lock"),
        ),
        Attack(
            "lock file symlink elsewhere",
            [*offline, "--lock-timeout", "2"],
            (1, 2),
            _symlink("report.md.ledger.jsonl.lock", "/tmp/x"),
        ),
        *(
            Attack(f"--timeout {value}", [*check, "--timeout", value], usage)
            for value in ("1e10", "inf", "1e300", "nan", "-1", "0")
        ),
        Attack("--jobs 10**30", [*check, "--jobs", "1" + "0" * 30], usage),
        Attack("--max-bytes 10**30", [*check, "--max-bytes", "1" + "0" * 30], usage),
        Attack("--footnote-timeout inf", [*check, "--footnote-timeout", "inf"], usage),
        Attack("--lock-timeout inf", [*check, "--lock-timeout", "inf"], usage),
        Attack("--ca-bundle /dev/zero", [*check, "--ca-bundle", "/dev/zero"], usage),
        Attack("--ca-bundle FIFO", [*check, "--ca-bundle", "pipe"], usage, _fifo("pipe")),
        Attack(
            "--ca-bundle broken PEM",
            [*check, "--ca-bundle", "ca.pem"],
            usage,
            _write("ca.pem", b"-----BEGIN CERTIFICATE-----\n!!!\n-----END CERTIFICATE-----\n"),
        ),
        Attack("--proxy notaurl", [*check, "--proxy", "notaurl"], usage),
        Attack("--proxy http://[::1", [*check, "--proxy", "http://[::1"], usage),
        Attack(
            "--archive-dir under a file",
            [*check, "--archive-dir", "report.md/x", "--connect-to", "::127.0.0.1:9"],
            usage,
        ),
        Attack(
            "--archive-dir under /proc",
            [*check, "--archive-dir", "/proc/x", "--connect-to", "::127.0.0.1:9"],
            usage,
        ),
        Attack("schema --out a file", ["schema", "--out", "report.md"], usage),
        Attack("schema --out /proc/x", ["schema", "--out", "/proc/x"], usage),
        Attack("schema --out /dev/null", ["schema", "--out", "/dev/null"], usage),
        Attack("verify /dev/zero", ["verify", "/dev/zero"], usage),
        Attack("verify /dev/urandom", ["verify", "/dev/urandom"], usage),
        Attack("verify FIFO", ["verify", "pipe"], usage, _fifo("pipe")),
        Attack("verify a report", ["verify", "report.md"], usage),
        Attack("verify an empty file", ["verify", "l.jsonl"], (1,), _write("l.jsonl", b"")),
        Attack(
            "verify 200,000 lines of {}", ["verify", "l.jsonl"], (1,), _write("l.jsonl", b"{}\n" * 200_000)
        ),
        Attack(
            "verify one 100 MB line",
            ["verify", "l.jsonl"],
            (1,),
            _write("l.jsonl", b'{"a":"' + b"x" * 100_000_000 + b'"}\n'),
        ),
        Attack(
            "verify a line of [ x 100,000",
            ["verify", "l.jsonl"],
            (1,),
            _write("l.jsonl", b"{}\n" + b"[" * 100_000 + b"\n"),
        ),
        Attack(
            "verify a line nested 100,000 deep",
            ["verify", "l.jsonl"],
            (1,),
            _write("l.jsonl", b"{}\n" + b'{"a":' * 100_000 + b"\n"),
        ),
        Attack(
            "verify --report FIFO",
            ["verify", "report.md.ledger.jsonl", "--report", "pipe"],
            usage,
            _ledger_and_fifo,
        ),
        Attack(
            "verify --report /dev/zero",
            ["verify", "report.md.ledger.jsonl", "--report", "/dev/zero"],
            usage,
            _checked_ledger,
        ),
        Attack(
            "verify --archive-dir /proc/self",
            ["verify", "report.md.ledger.jsonl", "--archive-dir", "/proc/self"],
            (0, 1),
            _checked_ledger,
        ),
        Attack(
            "verify --anchor junk",
            ["verify", "report.md.ledger.jsonl", "--anchor", "zz"],
            usage,
            _checked_ledger,
        ),
        Attack(
            "a status URL with a 5,000-digit post id",
            ["check", "long.md", "--no-archive-lookup", "--timeout", "1", "--connect-to", "::127.0.0.1:9"],
            (1,),
            _write("long.md", ("Claim.[^1]\n\n[^1]: https://x.com/a/status/" + "9" * 5000 + "\n").encode()),
        ),
        Attack("extract /dev/zero", ["extract", "/dev/zero"], usage),
        Attack("extract --max-report-bytes 0", ["extract", "report.md", "--max-report-bytes", "0"], usage),
        Attack("unknown command", ["frobnicate"], usage),
    ]
    return attacks


def _leftovers(folder: Path, before: set[str]) -> list[str]:
    return [
        path.name
        for path in folder.rglob("*")
        if path.name not in before and path.name.endswith((".lock", ".tmp", ".part", ".probe"))
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=90.0, help="seconds an attack may take (a hang)")
    options = parser.parse_args()
    defended = 0
    attacks = _attacks()
    with tempfile.TemporaryDirectory() as root:
        for index, attack in enumerate(attacks):
            folder = Path(root) / str(index)
            folder.mkdir()
            (folder / "report.md").write_text(REPORT, encoding="utf-8")
            if attack.setup is not None:
                attack.setup(folder)
            before = {path.name for path in folder.rglob("*")}
            code, err, seconds = _run(attack.argv, folder, options.timeout)
            lines = err.strip().splitlines()
            left = _leftovers(folder, before)
            ok = (
                code in attack.expected
                and "Traceback" not in err
                and not left
                and (code != 2 or len(lines) == 1)
            )
            defended += ok
            said = lines[-1][:100] if lines else ""
            print(f"{'ok ' if ok else 'BAD'} {attack.name:42} exit {code!s:4} {seconds:5.1f}s  {said}")
            shutil.rmtree(folder, ignore_errors=True)
    print(f"\n{len(attacks)} attacks tried, {defended} defended")


if __name__ == "__main__":
    main()
