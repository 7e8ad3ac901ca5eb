"""How `provenance verify` grows with a hostile ledger: lines of `{}` (issue 6: 2,000,000 of them took 50 s
and 3.4 GB when every line and problem was kept).

Each size runs in its own process; the figures are its wall time and peak memory (max RSS), side by side with
the same ledger at a quarter of the size, so the growth factor shows (streaming: time about 4x, memory flat).

    python3 benchmarks/verify_ledgers.py [--lines 2000000]
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _verify(ledger: Path) -> tuple[float, float]:
    """Seconds and peak megabytes of `provenance verify LEDGER` in a fresh process."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "provenance", "verify", str(ledger)],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        capture_output=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    if done.returncode != 1:
        raise SystemExit(f"verify exited {done.returncode}: {done.stderr.decode()[-300:]}")
    # ru_maxrss of the children so far: each run is larger than the one before, so this is the last run's.
    return seconds, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=2_000_000)
    options = parser.parse_args()
    sizes = (options.lines // 4, options.lines)
    print(f"{'ledger':24} {'seconds':>8} {'peak MB':>8}")
    figures = []
    with tempfile.TemporaryDirectory() as folder:
        for lines in sizes:
            ledger = Path(folder) / f"objects-{lines}.jsonl"
            ledger.write_bytes(b"{}\n" * lines)
            seconds, megabytes = _verify(ledger)
            figures.append((seconds, megabytes))
            print(f"{lines:>10,} lines of {{}}  {seconds:8.2f} {megabytes:8.0f}")
    (small_time, small_memory), (large_time, large_memory) = figures
    print(f"growth x4 lines: time x{large_time / small_time:.1f}, memory x{large_memory / small_memory:.2f}")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")


if __name__ == "__main__":
    main()
