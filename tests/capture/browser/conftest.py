"""Browser capture fixtures: one Playwright driver for the session (each capture still gets its own
Chromium and profile, as in a real run)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from provenance.capture.browser import BrowserCapturer
from provenance.capture.options import CaptureRequest, NetworkOptions
from provenance.models import CaptureOutcome
from tests.capture.conftest import INFO

ASSETS = Path(__file__).resolve().parents[2] / "assets" / "browser"

BrowserCapture = Callable[..., CaptureOutcome]


def asset(name: str) -> bytes:
    return (ASSETS / name).read_bytes()


@pytest.fixture(scope="session")
def browser_capturer() -> Iterator[BrowserCapturer]:
    with BrowserCapturer() as capturer:
        yield capturer


@pytest.fixture
def capture_in_browser(browser_capturer: BrowserCapturer, archive_dir: Path) -> BrowserCapture:
    """capture_in_browser(url, options, name=...) -> CaptureOutcome, into `archive_dir`."""

    def run(url: str, options: NetworkOptions, name: str = "page") -> CaptureOutcome:
        return browser_capturer.capture(
            CaptureRequest(url=url, name=name, label="1"), archive_dir, options, INFO
        )

    return run
