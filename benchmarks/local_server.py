"""One page served on 127.0.0.1 for the benchmarks: every GET gets it, after `delay` seconds."""

from __future__ import annotations

import http.server
import threading
import time
from collections.abc import Callable

# The body and content type to answer a request path with, for a site of several kinds of file.
Answer = Callable[[str], tuple[bytes, str]]


def serve(page: bytes | Answer, delay: float = 0.0) -> http.server.ThreadingHTTPServer:
    """A started server answering every GET with `page` as UTF-8 HTML (or with what `page(path)` gives);
    `shutdown()` it when done."""

    def answer(path: str) -> tuple[bytes, str]:
        return page(path) if callable(page) else (page, "text/html; charset=utf-8")

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if delay:
                time.sleep(delay)  # stands in for network latency
            body, content_type = answer(self.path.partition("?")[0])
            self.send_response(200)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
