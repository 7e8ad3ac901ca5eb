"""The capture workers at interpreter work, and the checks that give way to them (`capture.rush`)."""

from __future__ import annotations

import threading

import pytest

from provenance.capture.cancel import Cancellation, Cancelled
from provenance.capture.options import NetworkOptions
from provenance.capture.retry import sleep_unless_cancelled
from provenance.capture.rush import Rush, waiting
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
