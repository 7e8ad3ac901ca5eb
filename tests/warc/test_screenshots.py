"""A view shows a screenshot only when it is the very attachment the ledger recorded."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

import pytest

from provenance.files import open_regular_file
from provenance.views import load_view
from provenance.warc import screenshots
from provenance.warc.evidence import read_limits
from provenance.warc.screenshots import read_screenshot
from tests.ledger.builders import write_run
from tests.outputs.ledgers import write_capture_warc
from tests.support.warcs import gzip_bomb_member

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64  # the signature is all a view checks before the hash


def test_the_recorded_screenshot_is_read_back(tmp_path: Path) -> None:
    (tmp_path / "archives").mkdir()
    capture = write_capture_warc(tmp_path / "archives", "r-fn1", "https://news.example/a", PNG, tmp_path)
    assert read_screenshot(capture, tmp_path) == PNG


def test_a_screenshot_whose_hash_differs_from_the_record_is_not_shown(tmp_path: Path) -> None:
    (tmp_path / "archives").mkdir()
    capture = write_capture_warc(tmp_path / "archives", "r-fn1", "https://news.example/a", PNG, tmp_path)
    (shot,) = capture.attachments
    altered = capture.model_copy(update={"attachments": (shot.model_copy(update={"sha256": "0" * 64}),)})
    assert read_screenshot(altered, tmp_path) is None


def test_no_screenshot_without_an_attachment_or_a_readable_warc(tmp_path: Path) -> None:
    (tmp_path / "archives").mkdir()
    plain = write_capture_warc(tmp_path / "archives", "r-fn1", "https://news.example/a", None, tmp_path)
    assert read_screenshot(plain, tmp_path) is None
    shot = write_capture_warc(tmp_path / "archives", "r-fn2", "https://news.example/b", PNG, tmp_path)
    assert read_screenshot(shot, tmp_path / "elsewhere") is None


# --- a ledger and WARCs from anyone ------------------------------------------------------------------------


@pytest.mark.tampers_with_evidence  # the bomb has no digest: warcio check would fail it, as it should
def test_a_gzip_bomb_before_the_screenshot_is_inflated_no_further_than_its_capture_allows(
    tmp_path: Path,
) -> None:
    # The view read every record before the screenshot's whole, unbounded: a WARC of 1 MB inflating to 1 GiB
    # took `show` 0.5 s for each footnote naming it, a 10 MB one 10 GiB. It is now read as `verify` reads it.
    (tmp_path / "archives").mkdir()
    capture = write_capture_warc(tmp_path / "archives", "r-fn1", "https://news.example/a", PNG, tmp_path)
    warc = tmp_path / capture.warc
    warc.write_bytes(gzip_bomb_member(256 << 20) + warc.read_bytes())
    bombed = capture.model_copy(update={"warc_bytes": None})  # as a ledger written before sizes were recorded

    assert read_limits(bombed, warc.stat().st_size).content_bytes < 256 << 20
    assert read_screenshot(bombed, tmp_path) is None, "the screenshot past the bomb was read"


def test_a_warc_named_by_many_footnotes_is_read_once_for_their_screenshots(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each footnote's screenshot was read from its WARC anew: one bomb named by a thousand lines, each
    # spelling its path another way (`archives/../archives/x`, ...), was a thousand reads of it.
    (tmp_path / "archives").mkdir()
    capture = write_capture_warc(tmp_path / "archives", "r-fn1", "https://news.example/a", PNG, tmp_path)
    folder, name = capture.warc.rsplit("/", 1)
    captures = [
        capture.model_copy(update={"warc": f"{folder}/{'../archives/' * number}{name}"})
        for number in range(50)
    ]
    report = tmp_path / "report.md"
    report.write_text("A claim.[^1]\n\n[^1]: https://news.example/a\n", encoding="utf-8")
    ledger = tmp_path / "report.md.ledger.jsonl"
    write_run(ledger, report, [("verified", each) for each in captures])
    opened = []

    def counted_open(path: Path, max_bytes: int | None = None) -> BinaryIO:
        opened.append(path)
        return open_regular_file(path, max_bytes)

    monkeypatch.setattr(screenshots, "open_regular_file", counted_open)

    view = load_view(ledger, tmp_path / "view.html", verify=False)

    assert sorted(view.screenshots, key=int) == [str(number) for number in range(1, 51)]
    assert set(view.screenshots.values()) == {PNG}
    assert len(opened) == 1, f"the WARC was opened {len(opened)} times"
