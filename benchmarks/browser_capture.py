"""Capture time per page with and without the browser (`provenance capture URL... [--browser]`).

Serves article pages on 127.0.0.1, each with what a news page asks for (a stylesheet, a script that fetches
the text as JSON, three images), every answer after a fixed delay that stands in for network latency, and
prints the seconds per page of a plain capture (the baseline) beside a browser capture, one page at a time
and at the default concurrency.

    python3 benchmarks/browser_capture.py [--pages 8] [--delay 0.05]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from local_server import serve  # beside this script

ARTICLE = (
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Council votes to reopen the bridge</title>"
    "<link rel='stylesheet' href='/site.css'></head><body><h1>Council votes to reopen the bridge</h1>"
    "<article id='story'></article>"
    + "".join(f"<img src='/photo-{n}.png' width='300' height='200'>" for n in range(3))
    + "<script>fetch(location.pathname + '.json').then(r => r.json()).then(s => {"
    "document.getElementById('story').innerHTML = s.html; });</script></body></html>"
).encode()
STORY = json.dumps({"html": "<p>The city council voted on Friday to reopen the bridge.</p>" * 40}).encode()
STYLE = b"body { font-family: serif; max-width: 40em; margin: auto; } img { display: block; }"
# A valid 1x1 PNG.
PHOTO = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


def _answer(path: str) -> tuple[bytes, str]:
    if path.endswith(".json"):
        return STORY, "application/json"
    if path.endswith(".css"):
        return STYLE, "text/css"
    if path.endswith(".png"):
        return PHOTO, "image/png"
    return ARTICLE, "text/html; charset=utf-8"


def _time_capture(folder: Path, port: int, pages: int, *options: str) -> float:
    urls = [f"http://site{n % 4}.example/2022/01/21/story-{n}" for n in range(pages)]
    archive = folder / f"archives{'-'.join(options)}"
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "provenance", "capture", *urls, *options,
         "--connect-to", f"::127.0.0.1:{port}", "--archive-dir", str(archive)],
        check=False, capture_output=True, text=True,
    )  # fmt: skip
    seconds = time.perf_counter() - started
    if result.returncode != 0 or len(list(archive.glob("*.warc.gz"))) != pages:
        raise SystemExit(f"capture {' '.join(options)} failed:\n{result.stderr}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--pages", type=int, default=8)
    parser.add_argument("--delay", type=float, default=0.05, help="seconds each answer waits before coming")
    args = parser.parse_args()
    server = serve(_answer, args.delay)
    port = server.server_address[1]
    runs = [
        ("baseline: plain, --jobs 1", ("--jobs", "1")),
        ("browser, --jobs 1", ("--browser", "--jobs", "1")),
        ("plain, default jobs", ()),
        ("browser, default jobs", ("--browser",)),
    ]
    with tempfile.TemporaryDirectory() as tmp:
        timings = [(name, _time_capture(Path(tmp), port, args.pages, *options)) for name, options in runs]
    server.shutdown()
    print(
        f"{args.pages} article pages (6 requests each), {args.delay * 1000:.0f} ms per answer, on 127.0.0.1"
    )
    print(f"{'run':<28}{'seconds':>10}{'s/page':>10}")
    for name, seconds in timings:
        print(f"{name:<28}{seconds:>10.2f}{seconds / args.pages:>10.2f}")
    plain, browser = timings[0][1], timings[1][1]
    more = (browser - plain) / args.pages
    print(f"browser over plain, one page at a time: {browser / plain:.1f}x ({more:.2f} s more per page)")


if __name__ == "__main__":
    main()
