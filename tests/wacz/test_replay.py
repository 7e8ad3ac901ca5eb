"""A bundle replays in ReplayWeb.page: the app (npm `replaywebpage`) served from 127.0.0.1, in real Chromium.

The app comes from the npm registry, fetched by .ci/run into .cache/replaywebpage (or named by
PROVENANCE_REPLAYWEBPAGE); nothing is fetched while the test runs.
"""

from __future__ import annotations

import functools
import os
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Frame, Page

REPO = Path(__file__).resolve().parents[2]
EMBED = """<!doctype html><html><head><script src="./ui.js"></script></head><body>
<replay-web-page source="brief.wacz" url="http://news.example/article" replayBase="./" embed="replayonly">
</replay-web-page></body></html>"""


@pytest.fixture(scope="module")
def replay_app() -> Path:
    app = Path(os.environ.get("PROVENANCE_REPLAYWEBPAGE", REPO / ".cache" / "replaywebpage"))
    if not (app / "ui.js").is_file():
        message = f"ReplayWeb.page is not at {app}: fetch it as .ci/run does (npm pack replaywebpage)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return app


class _QuietFiles(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: the test asserts on what the page shows."""


@pytest.fixture
def served(replay_app: Path, bundle: Path, tmp_path: Path) -> Iterator[str]:
    """The app, the bundle and a page embedding one in the other, over HTTP on 127.0.0.1."""
    site = tmp_path / "site"
    site.mkdir()
    for item in replay_app.iterdir():
        if item.name not in ("brief.wacz", "embed.html"):
            (site / item.name).symlink_to(item)
    (site / "brief.wacz").symlink_to(bundle)
    (site / "embed.html").write_text(EMBED, encoding="utf-8")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietFiles, directory=str(site)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/embed.html"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_a_bundle_replays_the_captured_page_in_replaywebpage(served: str, page: Page) -> None:
    def is_replay(frame: Frame) -> bool:
        return "mp_/http://news.example/article" in frame.url

    with page.expect_event("framenavigated", predicate=is_replay, timeout=60_000):  # an upper bound
        page.goto(served)
    replayed = next(frame for frame in page.frames if is_replay(frame))
    replayed.wait_for_selector("text=The council voted to reopen the bridge.", timeout=60_000)
