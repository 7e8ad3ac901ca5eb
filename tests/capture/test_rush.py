"""The capture workers at interpreter work, and the checks that give way to them (`capture.rush`)."""

from __future__ import annotations

import threading
import time

import pytest

from provenance.capture.cancel import Cancellation, Cancelled
from provenance.capture.options import NetworkOptions
from provenance.capture.retry import sleep_unless_cancelled
from provenance.capture.rush import Rush, do_left_work, has_left_work, leave_for_next_request, waiting
from tests.capture.conftest import Capturer
from tests.support.servers import FixtureRequestHandler, FixtureServer, Reply

WAIT = 10.0  # seconds: only reached when the behaviour under test is broken
PAGE = Reply(body=b"<html><body><p>The bridge reopened.</p></body></html>")


def test_a_rush_with_no_worker_at_work_is_calm_at_once() -> None:
    rush = Rush()
    with rush.at_work():
        pass
    assert rush.calm(0) is True and rush.working == 0


def test_calm_waits_for_the_worker_at_work_and_gives_up_after_at_most_seconds_while_it_works() -> None:
    rush = Rush()
    started, leave, left = threading.Event(), threading.Event(), threading.Event()

    def worker() -> None:
        with rush.at_work():
            started.set()
            assert leave.wait(WAIT)
        left.set()

    thread = threading.Thread(target=worker)
    thread.start()
    assert started.wait(WAIT)
    assert rush.calm(0.01) is False  # still at work: the wait ends, unsatisfied
    leave.set()
    assert rush.calm(WAIT) is True and left.wait(WAIT)
    thread.join()


def test_a_worker_is_not_counted_while_it_waits_and_counted_again_after() -> None:
    rush = Rush()
    with rush.at_work():
        assert rush.working == 1
        with waiting():
            assert rush.working == 0 and rush.calm(0)
        assert rush.working == 1
        with rush.at_work():  # nested in one thread: still one worker
            assert rush.working == 1
    assert rush.working == 0


def test_a_sleep_before_a_retry_is_a_wait_not_work() -> None:
    rush = Rush()
    cancellation = Cancellation()
    seen: list[bool] = []

    def look() -> None:  # calm only once the worker sleeps; the cancel then ends its sleep
        seen.append(rush.calm(WAIT))
        cancellation.cancel()

    with rush.at_work():
        looker = threading.Thread(target=look)
        looker.start()
        with pytest.raises(Cancelled):
            sleep_unless_cancelled(WAIT, cancellation)
        looker.join()
        assert rush.working == 1  # awake, at work again
    assert seen == [True]


def test_waiting_outside_a_capture_counts_nothing() -> None:
    rush = Rush()
    with waiting():
        assert rush.working == 0
    assert rush.working == 0


def test_a_capture_is_at_work_but_for_its_wait_on_the_network_and_not_after_it(
    capture: Capturer, fixture_server: FixtureServer
) -> None:
    rush = Rush()
    at_work_while_answered: list[int] = []

    def answer(handler: FixtureRequestHandler) -> None:
        at_work_while_answered.append(rush.working)  # the capture's thread is waiting for this answer
        handler.reply(PAGE)

    fixture_server.routes["/post"] = answer
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),), rush=rush)

    outcome = capture("http://news.example/post", options)

    assert outcome.error is None and outcome.capture is not None
    assert at_work_while_answered == [0]
    assert rush.working == 0  # the capture over, no worker is left counted


def test_work_a_capture_left_is_done_once_the_next_request_is_out_and_before_its_answer(
    capture: Capturer, fixture_server: FixtureServer
) -> None:
    left_done = threading.Event()
    requests_in_when_done: list[int] = []
    answered_after_it: list[bool] = []

    def left_work() -> None:
        # Done before the request went out, it would hold the request back: the server would see none.
        deadline = time.monotonic() + WAIT
        while not fixture_server.requests and time.monotonic() < deadline:
            time.sleep(0.001)
        requests_in_when_done.append(len(fixture_server.requests))
        left_done.set()

    def answer(handler: FixtureRequestHandler) -> None:
        answered_after_it.append(left_done.wait(WAIT))  # the answer waits for the left work (bounded)
        handler.reply(PAGE)

    fixture_server.routes["/post"] = answer
    leave_for_next_request(left_work)
    assert has_left_work()

    outcome = capture(
        "http://news.example/post", NetworkOptions(connect_to=(fixture_server.rule("news.example"),))
    )

    assert outcome.error is None and outcome.capture is not None
    assert requests_in_when_done == [1]  # once the request was out
    assert answered_after_it == [True]  # while its answer was awaited, not after it came
    assert not has_left_work()


def test_left_work_is_done_once_in_the_order_it_was_left_and_only_by_its_own_thread() -> None:
    done: list[str] = []
    leave_for_next_request(lambda: done.append("first"))
    leave_for_next_request(lambda: done.append("second"))

    def in_another_thread() -> None:
        do_left_work()
        done.append(f"other: {has_left_work()}")

    other = threading.Thread(target=in_another_thread)
    other.start()
    other.join()
    assert done == ["other: False"]
    do_left_work()
    do_left_work()
    assert done == ["other: False", "first", "second"] and not has_left_work()


def test_work_a_capture_left_is_done_when_its_worker_next_sleeps_not_after_the_sleep() -> None:
    """A next capture that first waits (a retry's pause, a host's free slot) does the left work as it
    begins to wait: that wait does not hold it back."""
    # Seen while the sleep still runs (it ends only when cancelled below), not timed against a short sleep:
    # a loaded machine can take longer than any short sleep to get to the work.
    done, cancellation = threading.Event(), Cancellation()
    left_after: list[bool] = []

    def worker() -> None:
        leave_for_next_request(done.set)
        with pytest.raises(Cancelled):
            sleep_unless_cancelled(600, cancellation)
        left_after.append(has_left_work())

    sleeping = threading.Thread(target=worker)
    sleeping.start()
    try:
        assert done.wait(WAIT), "the left work waited for the sleep's end"
    finally:
        cancellation.cancel()
        sleeping.join(WAIT)
    assert left_after == [False]
