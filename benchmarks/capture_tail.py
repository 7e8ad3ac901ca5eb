"""What the capture row's `check` does after the server's last answer (its tail), process by process.

    python3 benchmarks/capture_tail.py [--runs 3] [--delay 0.1]

`check` of the capture row's report (`run.capture_report`: 200 footnotes on 50 hosts, `--jobs 32`) against
`latency_server.py` answering each page after `--delay` seconds, each run in a fresh folder. A probe in the
process itself (and, through the fork, in each capture process) notes, in milliseconds from the program's
first line on the clock every process shares: when each footnote's checks ended (`pipeline._checked`), when
each process began and ended its share of the captures, when the report's run was made
(`pipeline._finish_report`), when the ledger's new file was renamed into place, and when the program
returned; each with the CPU seconds its process had used by then (`time.process_time`, which a loaded
machine moves less than the wall clock); and how long the thread that checks the captures waited, in all,
for their WARC files' disk syncs (`capture.after.once_on_disk`), time in which it checked nothing. Per
run it prints the server's last answer, then for each process how many footnotes it checked after that
answer, when its last check ended and those waits, then the run's last steps.

From the server's last answer to the end is the tail: the checks still queued behind the last answers (in
whichever process has more of them), then the run made, sealed and appended, and the exit. The wall-clock
times move with the machine's load; read them beside the CPU figures.
"""

from __future__ import annotations

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from run import Sizes, capture_report, local_server, page_times

ROOT = Path(__file__).resolve().parents[1]

# Run as `python -c`: one line per event on stderr (`@name=ms pid=N cpu=ms`), then the command as usual.
_PROBE = """
import functools, os, sys, time
T0 = time.monotonic()
sys.stderr.write(f"@@origin={T0!r}\\n")  # the first line, on the clock every process shares

def say(name):
    ms, cpu = (time.monotonic() - T0) * 1000, time.process_time() * 1000
    sys.stderr.write(f"@{name}={ms:.1f} pid={os.getpid()} cpu={cpu:.1f}\\n")

import provenance.pipeline as pipeline

def noted(name, begun=False):
    step = getattr(pipeline, name)

    @functools.wraps(step)
    def noting(*args, **kwargs):
        if begun:
            say(name + " begun")
        try:
            return step(*args, **kwargs)
        finally:
            say(name)

    setattr(pipeline, name, noting)

noted("_checked")
noted("_capture_share", begun=True)
noted("_finish_report", begun=True)

on_disk = pipeline.once_on_disk
waited = [0.0]

def once_on_disk(*args, **kwargs):  # the checks' thread waiting for WARC files' disk syncs
    started = time.monotonic()
    try:
        return on_disk(*args, **kwargs)
    finally:
        waited[0] += time.monotonic() - started
        sys.stderr.write(f"@disk={waited[0] * 1000:.1f} pid={os.getpid()} cpu=0\\n")

pipeline.once_on_disk = once_on_disk

def hook(event, args):
    if event == "os.rename" and str(args[1]).endswith(".ledger.jsonl"):
        say("ledger appended")

sys.addaudithook(hook)
sys.argv = ["provenance", *sys.argv[1:]]
from provenance.entry import run
try:
    run()
finally:
    say("returned")
"""
_EVENT = re.compile(r"^@([a-z_ ]+)=([0-9.]+) pid=([0-9]+) cpu=([0-9.]+)$")
_SKIPPED = ("_checked", "_capture_share begun", "disk")  # not listed one by one
_ORIGIN = re.compile(r"^@@origin=([0-9.]+)$")


@dataclass(frozen=True)
class Event:
    name: str
    ms: float  # from the program's first line
    pid: int
    cpu: float  # ms of CPU its process had used


def one_run(port: int, folder: Path) -> tuple[list[Event], float | None, float]:
    """One `check`: its events in order, the server's last answer and the program's end (ms)."""
    text, _ = capture_report(Sizes())
    (folder / "report.txt").write_text(text, encoding="utf-8")
    env = {key: value for key, value in os.environ.items() if not key.lower().endswith("_proxy")}
    env.update(PYTHONPATH=str(ROOT), PROVENANCE_TIMEGATE="none")
    command = [
        sys.executable, "-c", _PROBE, "check", "report.txt", "--jobs", "32", "--per-host", "4", "-q",
        "--connect-to", f"::127.0.0.1:{port}", "--archive-dir", "archives",
    ]  # fmt: skip
    page_times(port)  # the server's figures start afresh
    done = subprocess.run(command, env=env, cwd=folder, capture_output=True, text=True, check=False)
    ended = time.monotonic()
    events: list[Event] = []
    start = ended
    for line in done.stderr.splitlines():
        if (origin := _ORIGIN.match(line)) is not None:
            start = float(origin.group(1))
        elif (match := _EVENT.match(line)) is not None:
            name, ms, pid, cpu = match.groups()
            events.append(Event(name, float(ms), int(pid), float(cpu)))
    times = page_times(port, start)
    return events, times.last_answer * 1000 if times is not None else None, (ended - start) * 1000


def describe(events: list[Event], last_answer: float | None, end: float) -> list[str]:
    """The run's tail in lines of text: each process's checks after the last answer, then the last steps."""
    if not events:
        return ["  (no events: did the check run?)"]
    parent = events[0].pid
    answer = last_answer if last_answer is not None else 0.0
    lines = [f"  last answer {answer:.0f} ms, end {end:.0f} ms: tail {end - answer:.0f} ms"]
    for pid in dict.fromkeys(event.pid for event in events):
        own = [event for event in events if event.pid == pid]
        checks = [event for event in own if event.name == "_checked"]
        begun = next((event for event in own if event.name == "_capture_share begun"), None)
        disk = [event.ms for event in own if event.name == "disk"]  # the running total of the waits
        late = [event for event in checks if event.ms > answer]
        who = "parent" if pid == parent else "capture process"
        if checks:
            last = checks[-1]
            lines.append(
                f"  {who} {pid}: {len(checks)} footnotes checked, {len(late)} after the last answer, "
                f"the last at {last.ms:.0f} ms ({last.ms - answer:+.0f} ms); CPU from its share's start to "
                f"its last check {last.cpu - (begun.cpu if begun else 0.0):.0f} ms; before its checks, it "
                f"waited {disk[-1] if disk else 0.0:.0f} ms in all for WARC files' disk syncs"
            )
        for event in own:
            if event.name not in _SKIPPED:
                lines.append(
                    f"    {event.name:24} {event.ms:7.0f} ms ({event.ms - answer:+5.0f}), "
                    f"CPU {event.cpu:.0f} ms"
                )
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--delay", type=float, default=0.1, metavar="S", help="the server's delay (0.1)")
    args = parser.parse_args()
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "provenance")], check=True)
    with local_server(args.delay) as port, tempfile.TemporaryDirectory() as scratch:
        for n in range(args.runs):
            folder = Path(scratch) / str(n)
            folder.mkdir()
            print(f"run {n + 1}:")
            print("\n".join(describe(*one_run(port, folder))))
    print(f"\nLoad average (1 min) at the end: {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
