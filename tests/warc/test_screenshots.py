"""A view shows a screenshot only when it is the very attachment the ledger recorded."""

from __future__ import annotations

from pathlib import Path

from provenance.warc.screenshots import read_screenshot
from tests.outputs.ledgers import write_capture_warc

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
