"""Capture test helpers (every WARC a test leaves in its tmp_path is checked by tests/conftest.py)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from provenance.capture.capture import capture_url
from provenance.capture.options import CaptureRequest, NetworkOptions, WarcInfo
from provenance.models import CaptureOutcome

INFO = WarcInfo(
    software="provenance/0.1.0", operator="tester", hostname="test-host", command_line="provenance check r.md"
)

Capturer = Callable[..., CaptureOutcome]


@pytest.fixture
def capture(archive_dir: Path) -> Capturer:
    """capture(url, options, name=..., label=..., side_urls=...) -> CaptureOutcome, into `archive_dir`."""

    def run(
        url: str,
        options: NetworkOptions,
        name: str = "cap",
        label: str | None = "1",
        side_urls: tuple[str, ...] = (),
    ) -> CaptureOutcome:
        return capture_url(
            CaptureRequest(url=url, name=name, label=label, side_urls=side_urls), archive_dir, options, INFO
        )

    return run
