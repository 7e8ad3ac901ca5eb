"""The benchmarks' web server on 127.0.0.1, in a process of its own (so it never competes for the measured
process's interpreter): every host name's pages, each answered after a fixed delay, and one large body.

    python3 benchmarks/latency_server.py [--delay 0.1]

Prints its port on the first line of stdout, then serves until killed. Requests may name the page in origin
form (`GET /page/1`, after `--connect-to`) or absolute form (`GET http://site1.example/page/1`, from a client
told to use this server as its HTTP proxy), so every client keeps the report's real URLs.

- `/body/N` answers N random bytes at once (a 1 MiB random block repeated: as incompressible to a gzip
  window as fresh random bytes);
- `/_times` answers, as JSON, when the first page request since the last `/_times` arrived and when the last
  page answer went out (`time.monotonic()`, one clock for every process of the machine), how many pages
  were asked for, and when each page request arrived (`arrivals`, in order): where a client's time went,
  start-up before its first request, the end after its last answer, and how soon each of its slots sent
  its next request after an answer (`run.PageTimes.cycle`);
- `/busy/N/...` answers `429 Too Many Requests` with `Retry-After: N` at once (a rate-limited archive);
  `/busy/none/...` answers it without a `Retry-After`;
- any other path answers an HTML page of about 8 KB after `--delay` seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from urllib.parse import urlsplit

PAGE = (
    "<!doctype html><html><head><meta charset=utf-8><title>Desk report</title>"
    '<meta name="author" content="Desk"><meta property="article:published_time" content="2022-01-21">'
    "</head><body><article><h1>Desk report</h1>"
    + "<p>The ministry said on Friday that the bridge was reopened to traffic after repairs.</p>" * 90
    + "</article></body></html>"
).encode()
BLOCK = os.urandom(1 << 20)


async def _send_body(writer: asyncio.StreamWriter, size: int) -> None:
    writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\n")
    writer.write(b"Content-Length: %d\r\n\r\n" % size)
    left = size
    while left > 0:
        chunk = BLOCK[: min(left, len(BLOCK))]
        writer.write(chunk)
        left -= len(chunk)
        await writer.drain()


class _Times:
    """When page requests came and answers went, since the last `/_times`."""

    first_request: float | None = None
    last_answer: float | None = None
    pages = 0

    def __init__(self) -> None:
        self.arrivals: list[float] = []

    def asked(self) -> None:
        now = time.monotonic()
        if self.first_request is None:
            self.first_request = now
        self.pages += 1
        self.arrivals.append(now)

    def answered(self) -> None:
        self.last_answer = time.monotonic()

    def taken(self) -> bytes:
        """The figures as JSON, and a fresh start for the next client."""
        figures = {
            "first_request": self.first_request,
            "last_answer": self.last_answer,
            "pages": self.pages,
            "arrivals": self.arrivals,
        }
        self.first_request = self.last_answer = None
        self.pages = 0
        self.arrivals = []
        return json.dumps(figures).encode()


TIMES = _Times()


async def _serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, delay: float) -> None:
    try:
        while True:
            head = await reader.readuntil(b"\r\n\r\n")
            line, _, fields = head.decode("latin-1").partition("\r\n")
            target = line.split(" ")[1] if line.count(" ") >= 2 else "/"
            path = urlsplit(target).path if "://" in target else target
            close = "connection: close" in fields.lower()
            if path.startswith("/body/") and path[6:].isdigit():
                await _send_body(writer, int(path[6:]))
            elif path.startswith("/busy/") and (after := path[6:].partition("/")[0]).isdigit():
                writer.write(
                    b"HTTP/1.1 429 Too Many Requests\r\nRetry-After: %s\r\nContent-Length: 0\r\n%s\r\n"
                    % (after.encode(), b"Connection: close\r\n" if close else b"")
                )
                await writer.drain()
            elif path.startswith("/busy/none/"):
                writer.write(
                    b"HTTP/1.1 429 Too Many Requests\r\nContent-Length: 0\r\n%s\r\n"
                    % (b"Connection: close\r\n" if close else b"")
                )
                await writer.drain()
            elif path == "/_times":
                figures = TIMES.taken()
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n"
                    b"Connection: close\r\n\r\n%s" % (len(figures), figures)
                )
                await writer.drain()
                break
            else:
                TIMES.asked()
                await asyncio.sleep(delay)
                writer.write(
                    b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                    b"Content-Length: %d\r\n%s\r\n"
                    % (len(PAGE), b"Connection: close\r\n" if close else b"")
                    + PAGE
                )
                await writer.drain()
                TIMES.answered()
            if close:
                break
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


async def _main(delay: float) -> None:
    server = await asyncio.start_server(lambda r, w: _serve(r, w, delay), "127.0.0.1", 0, backlog=1024)
    print(server.sockets[0].getsockname()[1], flush=True)
    await server.serve_forever()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--delay", type=float, default=0.1, help="seconds each page waits before answering")
    args = parser.parse_args()
    try:
        asyncio.run(_main(args.delay))
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
