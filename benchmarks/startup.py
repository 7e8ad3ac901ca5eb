"""How long `provenance` takes to start: `--version`, `--help`, and `extract` of a 5-footnote report.

Prints each command's best and median wall time and its CPU time (user + system, less disturbed by other work
on a busy machine) over several runs, side by side with the bare interpreter's start as the baseline and the
goal for each command (issue 5: `--version` under 0.15 s, `extract` under 0.4 s). The modules that cost most
to import for `extract` follow (`python -X importtime`), so the next thing to cut is named.

    python3 benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
REPORT = """# Brief

The council said it \u201cvoted to reopen the bridge\u201d.[^1] The channel disagreed.[^2] A page is gone.[^3]
A moved page.[^4] An unlinked claim.[^5]

[^1]: Lina Haddad, \u201cCouncil vote\u201d, January 21, 2022, http://news.example/article
[^2]: Rybar (@rybar), Telegram, January 21, 2022, https://t.me/rybar/12345
[^3]: City desk, January 20, 2022, http://news.example/gone
[^4]: City desk, January 22, 2022, http://news.example/moved
[^5]: Telegram, January 21, 2022.
"""


def _environment() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO)}


def _time(command: list[str], cwd: Path) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=_environment(), check=True, capture_output=True)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _heaviest_imports(command: list[str], cwd: Path, count: int) -> list[tuple[int, str]]:
    """The top-level imports with the largest cumulative import time, in microseconds."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", *command[1:]], cwd=cwd, env=_environment(), capture_output=True
    )
    rows = []
    for line in done.stderr.decode().splitlines():
        match = re.match(r"import time:\s+\d+ \|\s+(\d+) \| ( *)(\S+)", line)
        if match and len(match[2]) <= 2:  # the module a command (or one of its first imports) asked for
            rows.append((int(match[1]), match[3]))
    return sorted(rows, reverse=True)[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    options = parser.parse_args()
    python = sys.executable
    with tempfile.TemporaryDirectory() as folder:
        cwd = Path(folder)
        (cwd / "brief.md").write_text(REPORT, encoding="utf-8")
        commands = [
            ("interpreter (baseline)", [python, "-c", "pass"], None),
            ("provenance --version", [python, "-m", "provenance", "--version"], 0.15),
            ("provenance --help", [python, "-m", "provenance", "--help"], None),
            ("provenance extract brief.md", [python, "-m", "provenance", "extract", "brief.md"], 0.4),
        ]
        print(f"{'command':32} {'best s':>8} {'median s':>9} {'cpu s':>7} {'goal s':>7}")
        for name, command, goal in commands:
            runs = [_time(command, cwd) for _ in range(options.runs)]
            walls = [wall for wall, _ in runs]
            cpu = min(cpu for _, cpu in runs)
            goal_text = f"{goal:7.2f}" if goal else "      -"
            print(f"{name:32} {min(walls):8.3f} {statistics.median(walls):9.3f} {cpu:7.3f} {goal_text}")
        print("\nheaviest imports of `extract` (cumulative, one run):")
        for microseconds, module in _heaviest_imports(commands[-1][1], cwd, 10):
            print(f"  {microseconds / 1e6:6.3f} s  {module}")
        load = os.getloadavg()[0]
        print(f"\nload average {load:.1f} on {os.cpu_count()} CPUs (figures are noisy when it is high)")


if __name__ == "__main__":
    main()
