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
which `extract` forks a second process, which callgrind would count apart); `check` of 40 and of 140
footnotes citing pages of one host (one process: captures of one host are not shared out) from the
benchmarks' local server answering at once, and what each further capture adds (fetched, written to its
WARC, read back, checked, its ledger line made): the interpreter work that decides how many captures two
cores keep up with. That count moves by a few percent with the machine's load (threads that wait take
turns differently); the others do not. Needs valgrind (Debian: `apt-get install valgrind`). A benchmark, not
a test: it prints a Markdown table and exits 0.
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

from run import Sizes, Tree, capture_report, local_server, markdown_report, provenance, trees_to_measure

_CHECK_IMPORTS = (  # the capture code too: `pipeline` loads it once something is to be captured
    "import provenance.cli, provenance.cli.commands.check, provenance.pipeline, provenance.capture.scheduler"
)
_FLOOR_IMPORTS = "import concurrent.futures, requests, warcio.statusandheaders, warcio.warcwriter"
_FORKED_FROM = 1_000  # provenance.forking.MIN_FORKED_ITEMS: from this many notes `extract` forks
_CAPTURES = (40, 140)  # the two `check` runs whose difference gives the instructions of one capture


@dataclass(frozen=True)
class Work:
    label: str
    arguments: tuple[str, ...]  # after the interpreter
    ours: bool = True  # run with each tree's code (else once, as a bound)
    captures: int = 0  # a `check` of this many captures (`_CAPTURES`), its arguments made for each run


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


def _capture_reports(folder: Path) -> dict[int, Path]:
    """A plain-text report of each size in `_CAPTURES`, its footnotes citing pages of one host."""
    reports = {}
    for count in _CAPTURES:
        text, _ = capture_report(Sizes(footnotes=count, hosts=1))
        reports[count] = folder / f"captures-{count}.txt"
        reports[count].write_text(text, encoding="utf-8")
    return reports


def _check_arguments(report: Path, port: int, folder: Path) -> tuple[str, ...]:
    """`check` of `report` against the local server at `port`, its ledger and WARCs in `folder` (new for each
    run: a second run of a report would reuse its captures)."""
    folder.mkdir()
    copy = folder / report.name
    shutil.copyfile(report, copy)
    return (
        "-m", "provenance", "check", str(copy), "--jobs", "8", "--per-host", "8", "-q",
        "--connect-to", f"::127.0.0.1:{port}", "--archive-dir", str(folder / "archives"),
    )  # fmt: skip


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
    with (
        tempfile.TemporaryDirectory(prefix="provenance-bench-") as tmp,
        local_server(0.0) as port,
    ):
        folder = Path(tmp)
        trees = trees_to_measure(args.against, folder)
        one, many = _reports(folder, args.footnotes)
        captures = _capture_reports(folder)
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
            *(Work(f"`check` of {count} captures of one host", (), captures=count) for count in _CAPTURES),
        ]
        jobs = [(work, tree) for work in works for tree in (trees if work.ours else trees[:1])]

        def run(job: tuple[Work, Tree]) -> int:
            work, tree = job
            command, env = provenance(tree)
            arguments = work.arguments
            if work.captures:
                place = folder / f"check-{jobs.index(job)}"
                arguments = _check_arguments(captures[work.captures], port, place)
            return count_instructions([command[0], *arguments], env, tree.path)

        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            counts = dict(zip(jobs, pool.map(run, jobs), strict=True))
    print("| work | " + " | ".join(tree.label for tree in trees) + " |")
    print("| --- | " + " | ".join("---" for _ in trees) + " |")
    for work in works:
        cells = [_giga(counts[work, tree]) if (work, tree) in counts else "(a bound)" for tree in trees]
        print(f"| {work.label} | " + " | ".join(cells) + " |")
    extracts, checks = works[-4:-2], works[-2:]
    per_note = [
        (counts[extracts[1], tree] - counts[extracts[0], tree]) / (args.footnotes - 1) / 1e3 for tree in trees
    ]
    print(
        "| each further footnote of `extract` | " + " | ".join(f"{value:.0f} k" for value in per_note) + " |"
    )
    spread = _CAPTURES[1] - _CAPTURES[0]
    per_capture = [(counts[checks[1], tree] - counts[checks[0], tree]) / spread / 1e6 for tree in trees]
    print(
        "| each further capture of `check` | " + " | ".join(f"{value:.2f} M" for value in per_capture) + " |"
    )


if __name__ == "__main__":
    main()
