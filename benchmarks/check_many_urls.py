"""How long `provenance check` takes on a report citing many URLs, served on 127.0.0.1.

Prints the figures side by side with a baseline: the same report captured one URL at a time (`--jobs 1`).
Each page answers after a fixed delay to stand in for network latency, so concurrency shows.

    python3 benchmarks/check_many_urls.py [--urls 100] [--delay 0.05] [--hosts 10]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from local_server import serve

PAGE = (
    "<html><head><title>Page</title></head><body>" + "<p>Evidence paragraph.</p>" * 400 + "</body></html>"
).encode()


def _report(urls: int, hosts: int) -> str:
    body = " ".join(f"Claim {n}.[{n}]" for n in range(1, urls + 1))
    notes = "\n".join(
        f"[{n}] Desk {n}, January 21, 2022, http://site{n % hosts}.example/page/{n}"
        for n in range(1, urls + 1)
    )
    return f"Benchmark report\n\n{body}\n\n{notes}\n"


def _time_check(folder: Path, port: int, jobs: int) -> float:
    report = folder / f"report-jobs{jobs}.txt"
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "provenance", "check", str(report), "--jobs", str(jobs),
         "--connect-to", f"::127.0.0.1:{port}", "--archive-dir", str(folder / "archives")],
        check=False, capture_output=True,
    )  # fmt: skip
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--urls", type=int, default=100)
    parser.add_argument("--delay", type=float, default=0.05, help="seconds each page waits before answering")
    parser.add_argument("--hosts", type=int, default=10)
    args = parser.parse_args()
    server = serve(PAGE, args.delay)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for jobs in (1, 16):
            (folder / f"report-jobs{jobs}.txt").write_text(_report(args.urls, args.hosts), encoding="utf-8")
        baseline = _time_check(folder, server.server_address[1], jobs=1)
        current = _time_check(folder, server.server_address[1], jobs=16)
        warcs = len(list((folder / "archives").glob("*.warc.gz")))
    server.shutdown()
    print(
        f"{args.urls} URLs on {args.hosts} hosts, {args.delay * 1000:.0f} ms per page, "
        f"{warcs} WARC files written"
    )
    print(f"{'run':<28}{'seconds':>10}{'URLs/s':>10}")
    for name, seconds in (("baseline: --jobs 1", baseline), ("default: --jobs 16", current)):
        print(f"{name:<28}{seconds:>10.2f}{args.urls / seconds:>10.1f}")
    print(f"speed-up over baseline: {baseline / current:.1f}x")


if __name__ == "__main__":
    main()
