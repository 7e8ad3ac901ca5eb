"""How long packing a ledger into a WACZ bundle and verifying it take, beside what standard tools take.

A report citing `--urls` pages of `--megabytes` each is checked against a server on 127.0.0.1, then packed
and verified. The baseline is what a reviewer would run by hand on the same bytes: `sha256sum` of every WARC
(the hashes `verify LEDGER` recomputes) and `unzip -t` of the bundle (the CRC of every entry, which is about
what reading the bundle in place costs). Our verify does more than either: every WARC record's digests too.

    python3 benchmarks/bundle.py [--urls 20] [--megabytes 5]
"""

from __future__ import annotations

import argparse
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from local_server import serve


def _page(megabytes: float) -> bytes:
    """HTML that compresses about as real pages do (words drawn at random), not a run of one byte."""
    words = [f"word{n}" for n in range(5000)]
    chooser = random.Random(11)
    text = " ".join(chooser.choice(words) for _ in range(int(megabytes * 1_000_000 / 8)))
    return f"<html><head><title>Page</title></head><body><p>{text}</p></body></html>".encode()


def _timed(command: list[str], folder: Path) -> float:
    started = time.perf_counter()
    subprocess.run(command, cwd=folder, check=True, capture_output=True)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--urls", type=int, default=20)
    parser.add_argument("--megabytes", type=float, default=5.0)
    args = parser.parse_args()
    server = serve(_page(args.megabytes))
    provenance = [sys.executable, "-m", "provenance"]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        notes = "\n".join(
            f"[{n}] Desk {n}, January 21, 2022, http://site.example/page/{n}" for n in range(1, args.urls + 1)
        )
        body = " ".join(f"Claim {n}.[{n}]" for n in range(1, args.urls + 1))
        (folder / "report.txt").write_text(f"Report\n\n{body}\n\n{notes}\n", encoding="utf-8")
        rule = f"::127.0.0.1:{server.server_address[1]}"
        subprocess.run(
            [*provenance, "check", "report.txt", "--connect-to", rule, "--no-archive-lookup", "-q"],
            cwd=folder,
            check=False,
        )
        warcs = sorted(str(path) for path in (folder / "archives").glob("*.warc.gz"))
        stored = sum(os.path.getsize(path) for path in warcs)
        rows = [
            ("pack LEDGER", _timed([*provenance, "pack", "report.txt.ledger.jsonl", "-o", "b.wacz"], folder)),
            ("verify LEDGER", _timed([*provenance, "verify", "report.txt.ledger.jsonl"], folder)),
            ("verify BUNDLE.wacz", _timed([*provenance, "verify", "b.wacz"], folder)),
            ("baseline: sha256sum WARCs", _timed(["sha256sum", *warcs], folder)),
            ("baseline: unzip -t bundle", _timed(["unzip", "-tq", "b.wacz"], folder)),
        ]
    server.shutdown()
    megabytes = stored / 1_000_000
    pages = f"{args.urls} pages of {args.megabytes:g} MB"
    print(f"{pages}, {len(warcs)} WARC files, {megabytes:.1f} MB stored (gzip)")
    print(f"{'step':<28}{'seconds':>10}{'MB/s':>10}")
    for name, seconds in rows:
        print(f"{name:<28}{seconds:>10.2f}{megabytes / seconds:>10.1f}")


if __name__ == "__main__":
    main()
