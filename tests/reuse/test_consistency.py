"""A capture offered for reuse must agree with time and with its own WARC: a ledger line or journal entry is
untrusted input, and a planted one that names a real WARC (made on the attacker's own server) but claims
another address, status, URL or time is refused, with a warning naming it, so the URL is fetched."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from provenance.models import Capture
from provenance.reuse import Candidate, ReusableCaptures
from tests.reuse.making import after, captured
from tests.support.servers import FixtureServer, Reply, redirect

PAGE = b"<html><head><title>Convoy struck</title></head><body><p>The convoy was struck.</p></body></html>"
URL = "http://news.example/a"


def _take(ledger_dir: Path, capture: Capture, recorded_at: str | None = None) -> Capture | None:
    candidate = Candidate(capture, "journal", recorded_at=recorded_at or after(capture))
    outcome = ReusableCaptures(ledger_dir, [candidate]).take(capture.url)
    return outcome.capture if outcome is not None else None


@pytest.fixture
def served(fixture_server: FixtureServer) -> FixtureServer:
    fixture_server.routes.update(
        {
            "/a": Reply(body=PAGE),
            "/old": redirect("/a", 301),
            "/side.json": Reply(body=b"{}"),
            "/gone": Reply(status=404, body=b"not here"),
        }
    )
    return fixture_server


def test_a_capture_that_agrees_with_its_warc_and_with_time_is_reused(
    served: FixtureServer, tmp_path: Path
) -> None:
    # A redirect hop and a side request in the same WARC: the response from `final_url` is the one held to it.
    capture = captured(served, tmp_path, "http://news.example/old", "http://news.example/side.json")
    assert capture.final_url == "http://news.example/a" and capture.redirects[0] == "http://news.example/old"

    reused = _take(tmp_path, capture)

    assert reused is not None and reused.reused is not None and reused.reused.source == "journal"


def test_a_capture_dated_in_the_future_is_not_reused(
    served: FixtureServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    capture = captured(served, tmp_path, URL).model_copy(
        update={"started_at": "2099-01-01T00:00:00.000Z", "finished_at": "2099-01-01T00:00:01.000Z"}
    )
    assert _take(tmp_path, capture, recorded_at="2099-01-01T00:00:02.000Z") is None
    assert "the capture of http://news.example/a in the journal is not reused, fetched again" in caplog.text
    assert "the capture is dated in the future" in caplog.text
    assert "found 2099-01-01T00:00:00.000Z to 2099-01-01T00:00:01.000Z" in caplog.text


def test_a_capture_recorded_by_a_line_dated_in_the_future_is_not_reused(
    served: FixtureServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    capture = captured(served, tmp_path, URL)
    assert _take(tmp_path, capture, recorded_at="2099-01-01T00:00:00.000Z") is None
    assert "the journal entry that lists it is dated in the future" in caplog.text


def test_a_capture_that_finished_after_the_line_that_recorded_it_is_not_reused(
    served: FixtureServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    capture = captured(served, tmp_path, URL)
    assert _take(tmp_path, capture, recorded_at=after(capture, -60)) is None
    assert "after the journal entry that lists it" in caplog.text


def test_a_capture_that_finished_before_it_started_is_not_reused(
    served: FixtureServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    capture = captured(served, tmp_path, URL)
    capture = capture.model_copy(update={"started_at": after(capture, 0.5)})
    assert _take(tmp_path, capture, recorded_at=after(capture, 2)) is None
    assert "before it started" in caplog.text


def test_a_capture_whose_ip_disagrees_with_its_warc_is_not_reused(
    served: FixtureServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Made on the attacker's own machine (127.0.0.1), listed as fetched from a public address.
    capture = captured(served, tmp_path, URL).model_copy(update={"ip": "93.184.216.34"})
    assert _take(tmp_path, capture) is None
    assert (
        "the capture's ip is not the WARC-IP-Address of the WARC's response from http://news.example/a"
        in (caplog.text)
    )
    assert "(expected 93.184.216.34, found 127.0.0.1)" in caplog.text
    assert capture.warc in caplog.text, "the warning names the file"


def test_a_capture_whose_status_disagrees_with_its_warc_is_not_reused(
    served: FixtureServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # The site's own 404, listed as a 200 (a failure is never reused, so it is relabelled).
    capture = captured(served, tmp_path, "http://news.example/gone")
    assert capture.http_status == 404
    relabelled = capture.model_copy(update={"http_status": 200, "error": None})
    assert _take(tmp_path, relabelled) is None
    assert "the capture's http_status is not the status of the WARC's response" in caplog.text
    assert "(expected 200, found 404)" in caplog.text


def test_a_capture_whose_warc_holds_another_url_is_not_reused(
    served: FixtureServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # A page of the attacker's own site, listed as the capture of the cited URL.
    capture = captured(served, tmp_path, "http://news.example/side.json")
    cited = "http://news.example/a"
    planted = capture.model_copy(update={"url": cited, "final_url": cited, "redirects": (cited,)})
    assert _take(tmp_path, planted) is None
    assert "no record the capture lists is a request for the URL it requested first" in caplog.text
    assert "(expected http://news.example/a, found http://news.example/side.json)" in caplog.text


def test_a_capture_whose_url_is_not_the_one_it_requested_is_not_reused(
    served: FixtureServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    capture = captured(served, tmp_path, "http://news.example/side.json")
    planted = capture.model_copy(update={"url": "http://news.example/a"})
    assert _take(tmp_path, planted) is None
    assert "the first URL the capture requested (its redirects) is not its url" in caplog.text
    assert "(expected http://news.example/a, found http://news.example/side.json)" in caplog.text


def test_a_capture_whose_warc_records_lie_outside_its_times_is_not_reused(
    served: FixtureServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # Made an hour later than it says (the times moved back, into --max-age's window, say).
    capture = captured(served, tmp_path, URL)
    earlier = {
        "started_at": after(capture.model_copy(update={"finished_at": capture.started_at}), -3600),
        "finished_at": after(capture, -3600),
    }
    planted = capture.model_copy(update=earlier)
    assert _take(tmp_path, planted) is None
    assert "a record the capture lists is dated outside its started_at to finished_at" in caplog.text


def test_a_capture_naming_records_its_warc_does_not_hold_is_not_reused(
    served: FixtureServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    capture = captured(served, tmp_path, URL)
    other = captured(served, tmp_path, "http://news.example/gone")
    planted = capture.model_copy(update={"records": other.records})
    assert _take(tmp_path, planted) is None
    assert "that the ledger names" in caplog.text


def test_a_refused_candidate_is_warned_of_once_and_an_older_good_one_is_taken(
    served: FixtureServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    good = captured(served, tmp_path, URL)
    planted = captured(served, tmp_path, URL).model_copy(update={"ip": "93.184.216.34"})  # the newer one
    captures = ReusableCaptures(
        tmp_path,
        [Candidate(good, "ledger", 3, after(good)), Candidate(planted, "journal", None, after(planted))],
    )

    first, second = captures.take(URL), captures.take(URL)

    for taken in (first, second):
        assert taken is not None and taken.capture is not None
        assert taken.capture.warc_sha256 == good.warc_sha256
    assert caplog.text.count("is not reused, fetched again") == 1


def test_a_capture_whose_warc_path_is_absolute_is_not_reused(
    served: FixtureServer, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """verify refuses such a line unread; reused, it would come back relative to the ledger and be read."""
    capture = captured(served, tmp_path, URL)
    absolute = capture.model_copy(update={"warc": str(tmp_path / capture.warc)})

    with caplog.at_level(logging.WARNING, logger="provenance.reuse"):
        assert _take(tmp_path, absolute) is None

    assert f"its WARC path {tmp_path / capture.warc} is absolute, not relative to the ledger" in caplog.text


def test_a_capture_in_an_archive_folder_beside_the_ledgers_folder_is_reused(
    served: FixtureServer, tmp_path: Path
) -> None:
    """A ledger in a subfolder names `../archives/…`: that is where its captures are, and they are reused."""
    ledgers = tmp_path / "ledgers"
    ledgers.mkdir()
    capture = captured(served, tmp_path, URL)
    beside = capture.model_copy(update={"warc": f"../{capture.warc}"})

    reused = _take(ledgers, beside)

    assert reused is not None and reused.reused is not None
