"""One page served on 127.0.0.1 for the benchmarks: every GET gets it, after `delay` seconds."""

from __future__ import annotations

import http.server
import threading
import time


def serve(page: bytes, delay: float = 0.0) -> http.server.ThreadingHTTPServer:
    """A started server answering every GET with `page` as UTF-8 HTML; `shutdown()` it when done."""

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if delay:
                time.sleep(delay)  # stands in for network latency
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server
