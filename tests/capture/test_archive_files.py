"""Where WARC files go and that an existing one is never overwritten."""

from __future__ import annotations

import datetime as dt
import re
import secrets
import time
from pathlib import Path

import pytest

from provenance.capture.capture import Unpublished, capture_answers, capture_url
from provenance.capture.exchange import utc_text
from provenance.capture.failure import CaptureFailure
from provenance.capture.options import CaptureRequest, NetworkOptions
from provenance.warc import writer as warc
from tests.capture.conftest import INFO, Capturer
from tests.support.servers import FixtureRequestHandler, FixtureServer, Reply


@pytest.fixture
def options(fixture_server: FixtureServer) -> NetworkOptions:
    fixture_server.routes["/"] = Reply(body=b"page")
    return NetworkOptions(connect_to=(fixture_server.rule("news.example"),))


def test_warc_is_named_after_the_request_time_and_a_random_suffix(
    options: NetworkOptions, capture: Capturer, archive_dir: Path
) -> None:
    outcome = capture("http://news.example/", options, name="brief.md-fn3")
    assert outcome.capture is not None
    path = Path(outcome.capture.warc)
    assert path.parent == archive_dir
    assert re.fullmatch(r"brief\.md-fn3-\d{8}T\d{6}Z-[0-9a-f]{8}\.warc\.gz", path.name)
    assert [p.name for p in archive_dir.iterdir()] == [path.name]  # no temporary file left behind


def test_two_captures_of_one_footnote_get_two_files(
    options: NetworkOptions, capture: Capturer, archive_dir: Path
) -> None:
    first = capture("http://news.example/", options, name="r-fn1")
    second = capture("http://news.example/", options, name="r-fn1")
    assert first.capture is not None and second.capture is not None
    assert first.capture.warc != second.capture.warc
    assert len(list(archive_dir.iterdir())) == 2


def test_an_existing_file_is_never_overwritten(archive_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(secrets, "token_hex", lambda _: "0badcafe")
    started = dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC)
    first = warc.WarcFile(archive_dir, "r-fn1", started)
    first.write_warcinfo(INFO, started)
    existing, _ = first.publish()
    kept = existing.read_bytes()
    second = warc.WarcFile(archive_dir, "r-fn1", started)
    second.write_warcinfo(INFO, started)
    second.write_metadata("http://news.example/", started, {"other": "capture"})
    with pytest.raises(
        CaptureFailure, match=r"^archive: .*r-fn1-20240102T030405Z-0badcafe\.warc\.gz already exists"
    ):
        second.publish()
    assert existing.read_bytes() == kept
    assert list(archive_dir.iterdir()) == [existing]


def test_missing_archive_folder_is_an_archive_error(
    options: NetworkOptions, capture: Capturer, tmp_path: Path
) -> None:
    outcome = capture_url(
        CaptureRequest("http://news.example/", "r-fn1"), tmp_path / "missing", options, INFO
    )
    assert outcome.error is not None and outcome.error.startswith("archive: cannot write in")


def test_a_capture_makes_its_file_while_its_first_answer_is_awaited_not_before_the_request(
    capture: Capturer, fixture_server: FixtureServer, archive_dir: Path
) -> None:
    made_while_awaited: list[bool] = []

    def answer(handler: FixtureRequestHandler) -> None:
        # The request is in: its capture makes its partial file now, before this answer goes out.
        give_up = time.monotonic() + 5
        while not (found := bool(list(archive_dir.glob(".*.part")))) and time.monotonic() < give_up:
            time.sleep(0.01)
        made_while_awaited.append(found)
        handler.reply(Reply(body=b"page"))

    fixture_server.routes["/"] = answer
    outcome = capture(
        "http://news.example/", NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    )

    assert outcome.error is None and outcome.capture is not None
    assert made_while_awaited == [True]
    assert [p.name for p in archive_dir.iterdir()] == [Path(outcome.capture.warc).name]


def test_a_capture_left_unpublished_is_a_partial_file_until_published_then_the_capture_url_gives(
    options: NetworkOptions, archive_dir: Path
) -> None:
    request = CaptureRequest("http://news.example/", "r-fn1", label="1")
    answered = capture_answers(request, archive_dir, options, INFO)
    assert isinstance(answered, Unpublished)
    assert [
        p.name for p in archive_dir.iterdir() if not p.name.startswith(".")
    ] == []  # only the partial file

    outcome = answered.publish()

    assert outcome.error is None and outcome.capture is not None
    assert [p.name for p in archive_dir.iterdir()] == [Path(outcome.capture.warc).name]
    assert outcome.capture.finished_at == utc_text(
        answered.finished
    )  # the last answer in, not the publishing
    direct = capture_url(
        CaptureRequest("http://news.example/", "r-fn2", label="1"), archive_dir, options, INFO
    )
    assert direct.capture is not None
    assert [record.type for record in direct.capture.records] == [r.type for r in outcome.capture.records]
    assert (direct.capture.http_status, direct.capture.bytes) == (
        outcome.capture.http_status,
        outcome.capture.bytes,
    )


def test_a_capture_left_unpublished_that_cannot_be_published_is_an_archive_error_and_leaves_no_file(
    options: NetworkOptions, archive_dir: Path
) -> None:
    answered = capture_answers(CaptureRequest("http://news.example/", "r-fn1"), archive_dir, options, INFO)
    assert isinstance(answered, Unpublished)
    answered.warc.final_path.write_bytes(b"a file already there")

    outcome = answered.publish()

    assert outcome.capture is None and outcome.error is not None and "already exists" in outcome.error
    assert [p.name for p in archive_dir.iterdir()] == [answered.warc.final_path.name]  # no partial file left
    answered.warc.final_path.unlink()  # not a WARC: the folder's check at the end would refuse it
