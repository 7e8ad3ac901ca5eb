"""capture_all: order of outcomes and the limits on concurrent captures."""

from __future__ import annotations

import threading
from pathlib import Path

from provenance.capture.options import CaptureRequest, NetworkOptions, WarcInfo
from provenance.capture.scheduler import capture_all
from provenance.models import CaptureOutcome
from tests.capture.conftest import INFO
from tests.support.servers import FixtureServer, Reply, hold_until_concurrent


def _requests(urls: list[str]) -> list[CaptureRequest]:
    return [CaptureRequest(url=url, name=f"r-fn{i}", label=str(i)) for i, url in enumerate(urls)]


def test_outcomes_come_back_in_request_order(fixture_server: FixtureServer, archive_dir: Path) -> None:
    for i in range(6):
        fixture_server.routes[f"/{i}"] = Reply(body=f"page {i}".encode())
    urls = [f"http://news.example/{i}" for i in (5, 0, 3, 1, 4, 2)] + ["http://127.0.0.1/"]
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    outcomes = capture_all(_requests(urls), archive_dir, options, INFO, jobs=3)
    assert [o.url for o in outcomes] == urls
    assert [o.capture.final_url for o in outcomes[:-1] if o.capture] == urls[:-1]
    assert outcomes[-1].blocked


def test_at_most_per_host_captures_reach_one_host_at_once(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    fixture_server.routes["/slow"] = hold_until_concurrent(3, patience=0.5)
    urls = ["http://news.example/slow"] * 6
    options = NetworkOptions(connect_to=(fixture_server.rule(),))
    outcomes = capture_all(_requests(urls), archive_dir, options, INFO, jobs=16, per_host=2)
    assert all(o.error is None for o in outcomes)
    assert fixture_server.max_in_flight == 2


def test_at_most_jobs_captures_run_at_once(fixture_server: FixtureServer, archive_dir: Path) -> None:
    fixture_server.routes["/slow"] = hold_until_concurrent(3, patience=0.5)
    urls = [f"http://host{i}.example/slow" for i in range(6)]
    options = NetworkOptions(connect_to=(fixture_server.rule(),))
    outcomes = capture_all(_requests(urls), archive_dir, options, INFO, jobs=2, per_host=4)
    assert all(o.error is None for o in outcomes)
    assert fixture_server.max_in_flight == 2


def test_other_hosts_are_not_held_up_by_a_busy_host(fixture_server: FixtureServer, archive_dir: Path) -> None:
    fixture_server.routes["/slow"] = hold_until_concurrent(2, patience=0.5)
    urls = ["http://busy.example/slow", "http://busy.example/slow", "http://other.example/slow"]
    options = NetworkOptions(connect_to=(fixture_server.rule(),))
    capture_all(_requests(urls), archive_dir, options, INFO, jobs=2, per_host=1)
    # The second busy.example capture must wait without taking a job slot, so other.example runs beside the
    # first one.
    assert fixture_server.max_in_flight == 2
    assert {r.headers[-1] for r in fixture_server.requests[:2]} == {
        ("Host", "busy.example"),
        ("Host", "other.example"),
    }


def test_no_requests_give_no_outcomes(archive_dir: Path) -> None:
    assert capture_all([], archive_dir, NetworkOptions(), INFO) == []


def test_each_finished_capture_is_reported_once_with_its_outcome(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    fixture_server.routes["/a"] = Reply(body=b"a")
    urls = ["http://news.example/a", "http://news.example/missing", "http://127.0.0.1/"]
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    reported: list[tuple[str | None, str]] = []
    outcomes = capture_all(
        _requests(urls), archive_dir, options, INFO, on_done=lambda r, o: reported.append((r.label, o.url))
    )
    assert sorted(reported) == [("0", urls[0]), ("1", urls[1]), ("2", urls[2])]
    assert [o.url for o in outcomes] == urls


def test_a_fixed_pool_of_jobs_workers_runs_every_capture(archive_dir: Path) -> None:
    threads: set[str] = set()
    lock = threading.Lock()

    def record_thread(
        request: CaptureRequest, folder: Path, options: NetworkOptions, info: WarcInfo
    ) -> CaptureOutcome:
        with lock:
            threads.add(threading.current_thread().name)
        return CaptureOutcome(url=request.url, error="not fetched")

    urls = [f"http://site{n % 7}.example/{n}" for n in range(60)]
    outcomes = capture_all(
        _requests(urls), archive_dir, NetworkOptions(), INFO, jobs=3, capture=record_thread
    )
    assert [o.url for o in outcomes] == urls
    assert 1 <= len(threads) <= 3  # never a thread per capture
