"""When the capture row's `check` reaches each step of its start, and what loading the capture stack in
another process at the same time (issue 13's idea) would save at most.

    python3 benchmarks/start_timeline.py [--runs 9]

`check` of the capture row's report (`run.capture_report`: 200 footnotes on 50 hosts, `--jobs 32`) against
`latency_server.py` answering at once, each run in a fresh folder (a second run would reuse its captures).
Each milestone is taken in the process itself by an audit hook, in milliseconds from the program's first
line: the report is opened (`provenance.check_inputs.gather_inputs`), the capture stack starts to load
(`provenance.capture.scheduler`: requests, urllib3, warcio; once the run knows it will capture), the first
capture process is forked, and each process sends its first request (`socket.connect`).

The second variant loads requests, urllib3 and warcio before the clock starts: what the parent's start
would take if another process, forked before the heavy imports, loaded them while the parent reads and
cites the report, and took over the first requests (the parent still needs them for its own share
after). No timing of one run means much on a shared machine: the best and the median of `--runs` each,
the two variants in turn so that a change of load weighs on both alike.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import Sizes, capture_report, local_server

ROOT = Path(__file__).resolve().parents[1]

# Run as `python -c`: milestones on stderr, one line per process (`@name=ms`), then the command as usual.
_PROBE = """
import os, sys, time
PRELOAD
T0 = time.perf_counter()
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

sys.addaudithook(hook)
sys.argv = ["provenance", *sys.argv[1:]]
from provenance.entry import run
run()
"""
_PRELOAD = "import requests, urllib3, warcio.statusandheaders, warcio.warcwriter"
_MILESTONE = re.compile(r"^@([a-z ]+)=([0-9.]+) pid=([0-9]+)$")
_VARIANTS = {"as it is": "", "capture stack loaded elsewhere": _PRELOAD}


def timeline(preload: str, port: int, folder: Path) -> dict[str, float]:
    """One `check`: each milestone's time in ms; the first request of the parent and of the first forked
    process apart (`first request`, `first request (forked)`)."""
    text, _ = capture_report(Sizes())
    (folder / "report.txt").write_text(text, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.lower().endswith("_proxy")}
    env.update(PYTHONPATH=str(ROOT), PROVENANCE_TIMEGATE="none")
    command = [
        sys.executable, "-c", _PROBE.replace("PRELOAD", preload), "check", "report.txt", "--jobs", "32",
        "--per-host", "4", "-q", "--connect-to", f"::127.0.0.1:{port}", "--archive-dir", "archives",
    ]  # fmt: skip
    done = subprocess.run(command, env=env, cwd=folder, capture_output=True, text=True, check=False)
    milestones: dict[str, float] = {}
    parent: str | None = None
    for line in done.stderr.splitlines():
        if (match := _MILESTONE.match(line)) is None:
            continue
        name, ms, pid = match.group(1), float(match.group(2)), match.group(3)
        parent = parent or pid  # the first line is always the parent's
        if name == "first request" and pid != parent:
            name = "first request (forked)"
        milestones.setdefault(name, ms)
    return milestones


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=9)
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "provenance")], check=True)
    runs: dict[str, list[dict[str, float]]] = {label: [] for label in _VARIANTS}
    with local_server(0.0) as port, tempfile.TemporaryDirectory() as scratch:
        for n in range(args.runs):
            for label, preload in _VARIANTS.items():
                folder = Path(scratch) / f"{n}-{len(runs[label])}-{label.split()[0]}"
                folder.mkdir()
                runs[label].append(timeline(preload, port, folder))
    names = ["report read", "capture stack", "fork", "first request", "first request (forked)"]
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
