"""When the capture row's `check` reaches each step of its start, and what loading the capture stack in
another process at the same time (issue 13's idea) would save at most.

    python3 benchmarks/start_timeline.py [--runs 9] [--delay 0.1]
    python3 benchmarks/start_timeline.py --instructions [--against REF]

`check` of the capture row's report (`run.capture_report`: 200 footnotes on 50 hosts, `--jobs 32`) against
`latency_server.py` answering at once (or after `--delay` seconds, as in the capture row), each run in a
fresh folder (a second run would reuse its captures).
Each milestone is taken in the process itself by an audit hook, in milliseconds from the program's first
line: the report is opened (`provenance.check_inputs.gather_inputs`), the capture stack starts to load
(`provenance.capture.scheduler`: requests, urllib3, warcio; once the run knows it will capture), the first
capture process is forked, and each process sends its first request (`socket.connect`). Then the run's end:
the server's last answer (as `latency_server.py` saw it), the ledger appended (its new file renamed into
place), and the end (the command exited and its output closed, as the caller saw it). From the last answer to
the end is the tail: the last captures read back and checked, the run's lines sealed and appended, the
process's exit.

The second variant loads requests, urllib3 and warcio before the clock starts: what the parent's start
would take if another process, forked before the heavy imports, loaded them while the parent reads and
cites the report, and took over the first requests (the parent still needs them for its own share
after). No timing of one run means much on a shared machine: the best and the median of `--runs` each,
the two variants in turn so that a change of load weighs on both alike.

`--instructions`: the instructions the same `check` has run when it reaches each milestone, counted by
valgrind's callgrind (one run per milestone, the process ended there; a forked process's count includes
its parent's before the fork), for this tree and (`--against REF`) the code at a git revision. Unlike
`instructions.py`'s row of imports, it counts what the start does after them (reading and citing the
report, making the requests, sharing them out), and the same at any load up to the fork; each first request
is made by one of several threads, whose turns differ from run to run: those counts move by about 1 %
(0.015 G). Needs valgrind.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import Sizes, Tree, capture_report, local_server, page_times, trees_to_measure

ROOT = Path(__file__).resolve().parents[1]

# Run as `python -c`: milestones on stderr, one line per process (`@name=ms`), then the command as usual.
_PROBE = """
import os, sys, time
PRELOAD
T0 = time.perf_counter()
sys.stderr.write(f"@@origin={time.monotonic()!r}\\n")  # the first line, on the clock every process shares
seen = set()

def say(name):
    sys.stderr.write(f"@{name}={(time.perf_counter() - T0) * 1000:.1f} pid={os.getpid()}\\n")

def hook(event, args):
    if event == "import" and args[0] == "provenance.capture.scheduler" and "stack" not in seen:
        seen.add("stack"); say("capture stack")
    elif event == "open" and "read" not in seen and str(args[0]).endswith("report.txt"):
        seen.add("read"); say("report read")
    elif event == "os.fork" and "fork" not in seen:
        seen.add("fork"); say("fork")
    elif event == "socket.connect" and ("connect", os.getpid()) not in seen:
        seen.add(("connect", os.getpid())); say("first request")
    elif event == "os.rename" and str(args[1]).endswith(".ledger.jsonl") and "ledger" not in seen:
        seen.add("ledger"); say("ledger appended")

sys.addaudithook(hook)
sys.argv = ["provenance", *sys.argv[1:]]
from provenance.entry import run
run()
"""
# Run as `python -c` under callgrind: the process that reaches milestone STOP ends there, its pid written to
# STOP_PID (callgrind writes one file per process). For a forked process's first request, the parent waits
# at its own first request for the forked one to reach it, then ends too.
_STOPPING = """
import os, sys, time
STOP = os.environ["STOP_AT"]
PARENT = os.getpid()
seen = set()

def stop(name):
    if name == STOP:
        with open(os.environ["STOP_PID"] + ".part", "w") as marker:
            marker.write(str(os.getpid()))
        os.rename(os.environ["STOP_PID"] + ".part", os.environ["STOP_PID"])
        os._exit(0)
    if name == "first request" and STOP == "first request (forked)":
        for _ in range(1200):  # the forked process's count is the one asked for: it is waited for
            if os.path.exists(os.environ["STOP_PID"]):
                break
            time.sleep(0.1)
        os._exit(0)

def hook(event, args):
    if event == "import" and args[0] == "provenance.capture.scheduler" and "stack" not in seen:
        seen.add("stack"); stop("capture stack")
    elif event == "open" and "read" not in seen and str(args[0]).endswith("report.txt"):
        seen.add("read"); stop("report read")
    elif event == "os.fork" and "fork" not in seen:
        seen.add("fork"); stop("fork")
    elif event == "socket.connect" and os.getpid() not in seen:
        seen.add(os.getpid()); stop("first request" if os.getpid() == PARENT else "first request (forked)")
    elif event == "os.rename" and str(args[1]).endswith(".ledger.jsonl"):
        stop("ledger appended")

sys.addaudithook(hook)
sys.argv = ["provenance", *sys.argv[1:]]
from provenance.entry import run
run()
"""
_PRELOAD = "import requests, urllib3, warcio.statusandheaders, warcio.warcwriter"
_MILESTONE = re.compile(r"^@([a-z ]+)=([0-9.]+) pid=([0-9]+)$")
_ORIGIN = re.compile(r"^@@origin=([0-9.]+)$")
_VARIANTS = {"as it is": "", "capture stack loaded elsewhere": _PRELOAD}


def timeline(preload: str, port: int, folder: Path) -> dict[str, float]:
    """One `check`: each milestone's time in ms; the first request of the parent and of the first forked
    process apart (`first request`, `first request (forked)`)."""
    text, _ = capture_report(Sizes())
    (folder / "report.txt").write_text(text, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.lower().endswith("_proxy")}
    env.update(PYTHONPATH=str(ROOT), PROVENANCE_TIMEGATE="none")
    command = _check_command(_PROBE.replace("PRELOAD", preload), port)
    page_times(port)  # the server's figures start afresh
    done = subprocess.run(command, env=env, cwd=folder, capture_output=True, text=True, check=False)
    ended = time.monotonic()
    milestones: dict[str, float] = {}
    parent: str | None = None
    for line in done.stderr.splitlines():
        if (origin := _ORIGIN.match(line)) is not None:
            start = float(origin.group(1))
            milestones["end"] = (ended - start) * 1000
            if (times := page_times(port, start)) is not None:
                milestones["last answer"] = times.last_answer * 1000
            continue
        if (match := _MILESTONE.match(line)) is None:
            continue
        name, ms, pid = match.group(1), float(match.group(2)), match.group(3)
        parent = parent or pid  # the first line is always the parent's
        if name == "first request" and pid != parent:
            name = "first request (forked)"
        milestones.setdefault(name, ms)
    return milestones


def _check_command(probe: str, port: int) -> list[str]:
    return [
        sys.executable, "-c", probe, "check", "report.txt", "--jobs", "32", "--per-host", "4", "-q",
        "--connect-to", f"::127.0.0.1:{port}", "--archive-dir", "archives",
    ]  # fmt: skip


def instructions_to(milestone: str, tree: Tree, port: int) -> int | None:
    """The instructions the capture row's `check` from `tree` has run when it reaches `milestone`, in the
    process that reaches it (a forked process's count with its parent's before the fork); None if no
    process reached it."""
    with tempfile.TemporaryDirectory(prefix="provenance-timeline-") as scratch:
        folder = Path(scratch)
        text, _ = capture_report(Sizes())
        (folder / "report.txt").write_text(text, encoding="utf-8")
        marker = folder / "stopped.pid"
        env = {key: value for key, value in os.environ.items() if not key.lower().endswith("_proxy")}
        env.update(
            PYTHONPATH=str(tree.path),
            PROVENANCE_TIMEGATE="none",
            PYTHONHASHSEED="0",
            STOP_AT=milestone,
            STOP_PID=str(marker),
        )
        out = folder / "callgrind.%p"
        subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *_check_command(_STOPPING, port)],
            env=env,
            cwd=folder,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            check=False,
        )
        if not marker.exists():
            return None
        counted = folder / f"callgrind.{marker.read_text().strip()}"
        for line in counted.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith(("summary:", "totals:")):
                return int(line.split()[1])
    return None


def count_milestones(against: str | None) -> None:
    """`--instructions`: a Markdown table of the instructions to each milestone, per tree."""
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (Debian: apt-get install valgrind)")
    with tempfile.TemporaryDirectory(prefix="provenance-bench-") as tmp, local_server(0.0) as port:
        trees = trees_to_measure(against, Path(tmp))
        jobs = [(name, tree) for name in _NAMES for tree in trees]
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            counts = dict(
                zip(jobs, pool.map(lambda job: instructions_to(job[0], job[1], port), jobs), strict=True)
            )
    print("| milestone (instructions from the first) | " + " | ".join(tree.label for tree in trees) + " |")
    print("| --- |" + " --- |" * len(trees))
    for name in _NAMES:
        cells = [counts[name, tree] for tree in trees]
        print(f"| {name} | " + " | ".join("-" if n is None else f"{n / 1e9:.3f} G" for n in cells) + " |")


_NAMES = [
    "report read", "capture stack", "fork", "first request", "first request (forked)", "ledger appended"
]  # fmt: skip
# Timed only: the server's last answer and the command's end are no step of the process to stop it at.
_TIMED = [*_NAMES[:-1], "last answer", "ledger appended", "end"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument(
        "--instructions", action="store_true", help="count instructions to each milestone (callgrind)"
    )
    parser.add_argument("--against", metavar="REF", help="with --instructions: also the code at REF")
    parser.add_argument(
        "--delay",
        type=float,
        default=0.0,
        metavar="S",
        help="the server answers each page after S seconds (the capture row's 0.1; default 0: at once)",
    )
    args = parser.parse_args()
    if args.against and not args.instructions:
        parser.error("--against counts instructions: give --instructions too")
    if args.instructions:
        count_milestones(args.against)
        return
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "provenance")], check=True)
    runs: dict[str, list[dict[str, float]]] = {label: [] for label in _VARIANTS}
    with local_server(args.delay) as port, tempfile.TemporaryDirectory() as scratch:
        for n in range(args.runs):
            for label, preload in _VARIANTS.items():
                folder = Path(scratch) / f"{n}-{len(runs[label])}-{label.split()[0]}"
                folder.mkdir()
                runs[label].append(timeline(preload, port, folder))
    names = _TIMED
    head = f"milestone (ms from the first line; best / median of {args.runs})"
    print(f"| {head} | " + " | ".join(_VARIANTS) + " |")
    print("| --- |" + " --- |" * len(_VARIANTS))
    for name in names:
        cells = []
        for label in _VARIANTS:
            values = [run[name] for run in runs[label] if name in run]
            cells.append(f"{min(values):.0f} / {statistics.median(values):.0f}" if values else "-")
        print(f"| {name} | " + " | ".join(cells) + " |")
    print(f"\nLoad average (1 min) at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
