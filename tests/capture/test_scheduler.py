"""capture_all: order of outcomes and the limits on concurrent captures."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from provenance.capture.options import CaptureRequest, NetworkOptions, WarcInfo
from provenance.capture.rush import do_left_work, leave_for_next_request
from provenance.capture.scheduler import capture_all
from provenance.models import CaptureOutcome
from tests.capture.conftest import INFO
from tests.support.servers import FixtureServer, Reply, hold_at_limit


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
    fixture_server.routes["/slow"] = hold_at_limit(2)
    urls = ["http://news.example/slow"] * 6
    options = NetworkOptions(connect_to=(fixture_server.rule(),))
    outcomes = capture_all(_requests(urls), archive_dir, options, INFO, jobs=16, per_host=2)
    assert all(o.error is None for o in outcomes)
    assert fixture_server.max_in_flight == 2


def test_at_most_jobs_captures_run_at_once(fixture_server: FixtureServer, archive_dir: Path) -> None:
    fixture_server.routes["/slow"] = hold_at_limit(2)
    urls = [f"http://host{i}.example/slow" for i in range(6)]
    options = NetworkOptions(connect_to=(fixture_server.rule(),))
    outcomes = capture_all(_requests(urls), archive_dir, options, INFO, jobs=2, per_host=4)
    assert all(o.error is None for o in outcomes)
    assert fixture_server.max_in_flight == 2


def test_other_hosts_are_not_held_up_by_a_busy_host(fixture_server: FixtureServer, archive_dir: Path) -> None:
    fixture_server.routes["/slow"] = hold_at_limit(2)
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


def test_work_each_capture_left_for_its_workers_next_is_done_before_the_captures_end(
    archive_dir: Path,
) -> None:
    """A worker's last capture has no next request to do its work beside: the worker does it before it
    waits or ends, and `capture_all` returns only once every capture's left work is done."""
    done: list[str] = []
    lock = threading.Lock()

    def leave_work(
        request: CaptureRequest, folder: Path, options: NetworkOptions, info: WarcInfo
    ) -> CaptureOutcome:
        do_left_work()  # as a capture does once its request is out

        def left() -> None:
            time.sleep(0.01)  # long enough that a run not waiting for it would end first
            with lock:
                done.append(request.url)

        leave_for_next_request(left)
        return CaptureOutcome(url=request.url, error="not fetched")

    urls = [f"http://site{n % 3}.example/{n}" for n in range(12)]
    capture_all(_requests(urls), archive_dir, NetworkOptions(), INFO, jobs=4, per_host=1, capture=leave_work)
    assert sorted(done) == sorted(urls)


# Run in a fresh interpreter: the capture stack and one capture, and at the first connection what is loaded.
_FIRST_REQUEST_PROBE = """
import socket, sys
from pathlib import Path

loaded_at_connect = []
sys.addaudithook(
    lambda event, args: event == "socket.connect" and not loaded_at_connect
    and loaded_at_connect.append(sorted({"pydantic", "provenance.models"} & set(sys.modules)))
)
from provenance.capture.after import AfterCaptures
from provenance.capture.options import CaptureRequest, ConnectTo, NetworkOptions, WarcInfo
from provenance.capture.processes import CaptureProcess
from provenance.capture.retry import HostStanding
from provenance.capture.rush import do_left_work, leave_for_next_request
from provenance.capture.scheduler import capture_all
from provenance.capture.slots import HostSlots
from provenance.warc.durable import WarcSyncs

loaded_at_start = sorted({"pydantic", "provenance.models"} & set(sys.modules))
info = WarcInfo(software="provenance/0.1.0", operator="t", hostname="h", command_line="provenance check r.md")
options = NetworkOptions(connect_to=(ConnectTo.parse(sys.argv[1]),))
[outcome] = capture_all(
    [CaptureRequest(url="http://news.example/", name="r-fn1", label="1")], Path(sys.argv[2]), options, info
)
print(loaded_at_start, loaded_at_connect, outcome.capture is not None and outcome.capture.http_status)
"""


def test_a_capture_process_sends_its_first_request_without_loading_pydantic(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # A capture process forked early loads the capture stack while the run still reads its reports: the
    # models (pydantic, 80 ms) on its way to the first request would make it ready no sooner than the run.
    # They load once the capture is described (after the answer): the capture is still whole.
    fixture_server.routes["/"] = Reply(body=b"<p>page</p>")
    rule = str(fixture_server.rule("news.example"))
    done = subprocess.run(
        [sys.executable, "-c", _FIRST_REQUEST_PROBE, rule, str(archive_dir)],
        capture_output=True,
        text=True,
        check=False,
        cwd=archive_dir,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[0] == "[] [[]] 200"
