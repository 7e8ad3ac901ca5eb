"""What reusing captures saves: the same check run again, reusing (default --max-age) and fetching (0).

    python3 benchmarks/reuse.py [--footnotes 60] [--delay 0.5] [--jobs 8]

A report citing `--footnotes` pages on 10 host names, every page answered after `--delay` seconds by
`latency_server.py` on 127.0.0.1. Three `check` runs of it into one ledger: the first fetches every page; the
second reuses them all (each WARC re-hashed); the third, `--max-age 0`, fetches them all again. Prints one
Markdown table: wall-clock seconds and how many captures each run fetched and reused.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SERVER = Path(__file__).resolve().with_name("latency_server.py")


def _report(footnotes: int) -> str:
    body = " ".join(f"Claim {n}.[^{n}]" for n in range(1, footnotes + 1))
    notes = "\n".join(
        f"[^{n}]: Desk, January 21, 2022, http://site{n % 10}.example/page/{n}"
        for n in range(1, footnotes + 1)
    )
    return f"{body}\n\n{notes}\n"


def _last_run_counts(ledger: Path) -> tuple[int, int]:
    """(fetched, reused) captures of the ledger's last run."""
    fetched = reused = 0
    for line in map(json.loads, ledger.read_text(encoding="utf-8").splitlines()):
        if line["kind"] == "run":
            fetched = reused = 0
        elif line["kind"] == "footnote" and line["capture"]:
            if line["capture"]["reused"]:
                reused += 1
            else:
                fetched += 1
    return fetched, reused


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--footnotes", type=int, default=60)
    parser.add_argument("--delay", type=float, default=0.5)
    parser.add_argument("--jobs", type=int, default=8)
    args = parser.parse_args()
    server = subprocess.Popen(
        [sys.executable, str(SERVER), "--delay", str(args.delay)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert server.stdout is not None
        port = int(server.stdout.readline())
        with tempfile.TemporaryDirectory() as folder:
            work = Path(folder)
            (work / "report.md").write_text(_report(args.footnotes), encoding="utf-8")
            env = {**os.environ, "PYTHONPATH": str(ROOT), "PROVENANCE_TIMEGATE": "none"}
            common = ["check", "report.md", "-q", "--no-config", "--jobs", str(args.jobs), "--per-host", "8"]
            common += ["--connect-to", f"::127.0.0.1:{port}"]
            shape = f"{args.footnotes} footnotes on 10 hosts, each page after {args.delay:g} s"
            print(f"{shape}, --jobs {args.jobs}\n")
            print("| run | seconds | fetched | reused |\n| --- | ---: | ---: | ---: |")
            for name, extra in (
                ("first", []),
                ("again (reuse)", []),
                ("again, --max-age 0", ["--max-age", "0"]),
            ):
                started = time.perf_counter()
                subprocess.run(
                    [sys.executable, "-m", "provenance", *common, *extra], cwd=work, env=env, check=False
                )
                seconds = time.perf_counter() - started
                fetched, reused = _last_run_counts(work / "report.md.ledger.jsonl")
                print(f"| {name} | {seconds:.2f} | {fetched} | {reused} |")
    finally:
        server.kill()
        server.wait()


if __name__ == "__main__":
    main()
