"""Capture test helpers; every WARC a capture test leaves in its tmp_path is checked by warcio's checker."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from provenance.capture.capture import capture_url
from provenance.capture.options import CaptureRequest, NetworkOptions, WarcInfo
from provenance.models import CaptureOutcome
from tests.support.warcs import check_warc

INFO = WarcInfo(
    software="provenance/0.1.0", operator="tester", hostname="test-host", command_line="provenance check r.md"
)

Capturer = Callable[..., CaptureOutcome]


@pytest.fixture(autouse=True)
def every_warc_passes_warcio_check(tmp_path: Path) -> Iterator[None]:
    """After each test, `warcio check` must pass on every WARC the test wrote (so no test can forget)."""
    yield
    for path in sorted(tmp_path.rglob("*.warc.gz")):
        check_warc(path)


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
