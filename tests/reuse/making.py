"""Real captures for the reuse tests: a ledger line or journal entry, planted or not, names a WARC this tool
wrote."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from provenance.capture.capture import capture_url
from provenance.capture.options import CaptureRequest, NetworkOptions, WarcInfo
from provenance.models import Capture
from tests.support.servers import FixtureServer

INFO = WarcInfo(software="provenance/test", operator="t", hostname="host", command_line="provenance check")


def captured(server: FixtureServer, ledger_dir: Path, url: str, *side_urls: str) -> Capture:
    """A real capture of `url` (served by `server` for news.example), its WARC in `ledger_dir/archives` and
    named as a ledger records it (relative to `ledger_dir`, with its size)."""
    options = NetworkOptions(connect_to=(server.rule("news.example"),))
    request = CaptureRequest(url=url, name="brief.md-fn1", side_urls=side_urls)
    (ledger_dir / "archives").mkdir(exist_ok=True)
    outcome = capture_url(request, ledger_dir / "archives", options, INFO)
    assert outcome.capture is not None, outcome.error
    warc = Path(outcome.capture.warc)
    return outcome.capture.model_copy(
        update={"warc": str(warc.relative_to(ledger_dir)), "warc_bytes": warc.stat().st_size}
    )


def after(capture: Capture, seconds: float = 1) -> str:
    """A time `seconds` after the capture finished (before, when negative), as the ledger writes times."""
    finished = dt.datetime.fromisoformat(capture.finished_at.replace("Z", "+00:00"))
    return (finished + dt.timedelta(seconds=seconds)).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
