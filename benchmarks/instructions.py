"""Instructions provenance runs to start and to read a report, counted by valgrind's callgrind, beside what
any tool on its libraries runs, and (`--against REF`) beside the code at a git revision.

Wall-clock seconds on a shared machine move by half within an hour (README "Speed"), more than a start-up
change moves them; an instruction count is the same at any moment, so a change of a few percent shows. It is
not time: a cache miss or a system call costs more than an instruction. Each figure is one run under
callgrind (10-60 s each), with the bytecode compiled first (no row counts compiling) and hash seeds fixed.

    python3 benchmarks/instructions.py [--against REF] [--footnotes 900]

Rows: `python -c pass`; importing requests and warcio (what the capture floor, `capture_floor.py`, loads);
`provenance --version`; what `check` imports before its first request; `extract` of a one-footnote report;
`extract` of a Markdown report of N footnotes, and per footnote what it adds (N stays below the count from
which `extract` forks a second process, which callgrind would count apart). Needs valgrind (Debian:
`apt-get install valgrind`). A benchmark, not a test: it prints a Markdown table and exits 0.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import Tree, markdown_report, provenance, trees_to_measure

_CHECK_IMPORTS = "import provenance.cli, provenance.cli.commands.check, provenance.pipeline"
_FLOOR_IMPORTS = "import concurrent.futures, requests, warcio.statusandheaders, warcio.warcwriter"
_FORKED_FROM = 1_000  # provenance.forking.MIN_FORKED_ITEMS: from this many notes `extract` forks


@dataclass(frozen=True)
class Work:
    label: str
    arguments: tuple[str, ...]  # after the interpreter
    ours: bool = True  # run with each tree's code (else once, as a bound)


def count_instructions(command: Sequence[str], env: dict[str, str], cwd: Path) -> int:
    """The instructions `command` ran (all of them, from the first), as callgrind counts them."""
    with tempfile.TemporaryDirectory(prefix="provenance-callgrind-") as folder:
        out = Path(folder) / "callgrind.out"
        done = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command],
            env={**env, "PYTHONHASHSEED": "0"},
            cwd=cwd,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            check=False,
        )
        if done.returncode not in (0, 1) or not out.exists():
            raise SystemExit(
                f"{' '.join(command[:4])}: exit {done.returncode}\n{done.stderr.decode()[-2000:]}"
            )
        for line in out.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    raise SystemExit(f"{' '.join(command[:4])}: callgrind wrote no total")


def _reports(folder: Path, count: int) -> tuple[Path, Path]:
    one = folder / "one.md"
    one.write_text("Claim.[^1]\n\n[^1]: Desk, January 21, 2022, http://news.example/a\n", encoding="utf-8")
    many = folder / "many.md"
    many.write_text(markdown_report(count), encoding="utf-8")
    return one, many


def _giga(count: int) -> str:
    return f"{count / 1e9:.3f} G"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--against", metavar="REF", help="also count the code at git revision REF")
    parser.add_argument(
        "--footnotes", type=int, default=900, help="notes in the larger extract (below 1,000: one process)"
    )
    args = parser.parse_args()
    if not 2 <= args.footnotes < _FORKED_FROM:
        # From 1,000 notes `extract` makes half of them in a forked process, whose instructions callgrind
        # counts apart: the figure per footnote would be about half the truth.
        parser.error(f"--footnotes must be from 2 to {_FORKED_FROM - 1} (one process)")
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    with tempfile.TemporaryDirectory(prefix="provenance-bench-") as tmp:
        folder = Path(tmp)
        trees = trees_to_measure(args.against, folder)
        one, many = _reports(folder, args.footnotes)
        works = [
            Work("`python -c pass`", ("-c", "pass"), ours=False),
            Work(
                "importing requests and warcio (the capture floor's start)",
                ("-c", _FLOOR_IMPORTS),
                ours=False,
            ),
            Work("`provenance --version`", ("-m", "provenance", "--version")),
            Work("what `check` imports before its first request", ("-c", _CHECK_IMPORTS)),
            Work("`extract` of a one-footnote report", ("-m", "provenance", "extract", str(one))),
            Work(f"`extract` of {args.footnotes:,} footnotes", ("-m", "provenance", "extract", str(many))),
        ]
        jobs = [(work, tree) for work in works for tree in (trees if work.ours else trees[:1])]

        def run(job: tuple[Work, Tree]) -> int:
            work, tree = job
            command, env = provenance(tree)
            return count_instructions([command[0], *work.arguments], env, tree.path)

        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            counts = dict(zip(jobs, pool.map(run, jobs), strict=True))
    print("| work | " + " | ".join(tree.label for tree in trees) + " |")
    print("| --- | " + " | ".join("---" for _ in trees) + " |")
    for work in works:
        cells = [_giga(counts[work, tree]) if (work, tree) in counts else "(a bound)" for tree in trees]
        print(f"| {work.label} | " + " | ".join(cells) + " |")
    per_note = [
        (counts[works[-1], tree] - counts[works[-2], tree]) / (args.footnotes - 1) / 1e3 for tree in trees
    ]
    print(
        "| each further footnote of `extract` | " + " | ".join(f"{value:.0f} k" for value in per_note) + " |"
    )


if __name__ == "__main__":
    main()
