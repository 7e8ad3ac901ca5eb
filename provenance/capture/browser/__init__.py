"""Browser capture (`--browser`): Chromium, driven by Playwright, behind a filtering, recording proxy."""

from provenance.capture.browser.capture import BrowserCapturer
from provenance.capture.browser.chromium import find_chromium

__all__ = ["BrowserCapturer", "find_chromium"]
