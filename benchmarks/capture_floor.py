"""The floor under the capture row: the least any capture tool built on provenance's own libraries can take.

    python3 benchmarks/capture_floor.py PORT URL_FILE OUT_DIR [--jobs 32]

Fetches every URL of URL_FILE through the server at 127.0.0.1:PORT (the Host header keeps the real name, as
`--connect-to` does) with `requests`, and writes each answer into a WARC file of its own with `warcio`: one
process per core (forked once the libraries are loaded), `--jobs` threads between them, one session per
thread. Nothing else: no per-host limit, no address checks, no request record, no reading back, no checks,
no ledger. What `check` takes beyond this is provenance's own work; what this takes is what Python, requests
and warcio cost on this machine before any of it.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlsplit

import requests
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

_sessions = threading.local()


def _capture(port: int, out: Path, index: int, url: str) -> None:
    session = getattr(_sessions, "session", None)
    if session is None:
        session = _sessions.session = requests.Session()
        session.trust_env = False
    parts = urlsplit(url)
    local = parts._replace(scheme="http", netloc=f"127.0.0.1:{port}").geturl()
    answer = session.get(local, headers={"Host": parts.netloc}, stream=True, timeout=30)
    body = answer.raw.read(decode_content=False)
    head = StatusAndHeaders(
        f"{answer.status_code} {answer.reason}", list(answer.raw.headers.items()), "HTTP/1.1"
    )
    with open(out / f"{index}.warc.gz", "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(
            writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=head)
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("port", type=int)
    parser.add_argument("urls", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--jobs", type=int, default=32)
    args = parser.parse_args()
    urls = args.urls.read_text(encoding="utf-8").split()
    args.out.mkdir(parents=True, exist_ok=True)
    processes = max(1, min(len(os.sched_getaffinity(0)), args.jobs))
    children = []
    for part in range(1, processes):  # forked once loaded, as provenance forks its capture processes
        pid = os.fork()
        if pid == 0:
            status = 1
            try:
                _capture_part(args, urls, part, processes)
                status = 0
            finally:
                os._exit(status)  # never on into the parent's code
        children.append(pid)
    _capture_part(args, urls, 0, processes)
    failed = [pid for pid in children if os.waitstatus_to_exitcode(os.waitpid(pid, 0)[1]) != 0]
    sys.exit(1 if failed else 0)


def _capture_part(args: argparse.Namespace, urls: list[str], part: int, parts: int) -> None:
    mine = list(enumerate(urls))[part::parts]
    with ThreadPoolExecutor(max(1, args.jobs // parts)) as pool:
        list(pool.map(lambda item: _capture(args.port, args.out, *item), mine))


if __name__ == "__main__":
    main()
