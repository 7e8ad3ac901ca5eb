"""What follows each capture, done beside the captures (`capture.after`)."""

from __future__ import annotations

import threading

import pytest

from provenance.capture.after import AfterCaptures, FollowUp, OnDisk
from provenance.capture.cancel import Cancellation
from provenance.capture.options import CaptureRequest
from provenance.capture.rush import Rush
from provenance.models import CaptureOutcome

WAIT = 10.0  # seconds: only reached when the behaviour under test is broken


def _captured(n: int) -> tuple[CaptureRequest, CaptureOutcome]:
    url = f"http://news.example/{n}"
    return CaptureRequest(url=url, name=str(n), label=str(n)), CaptureOutcome(url=url)


def test_a_capture_is_handed_over_at_once_while_the_one_before_is_still_being_checked() -> None:
    checking, release = threading.Event(), threading.Event()
    checked: list[str] = []

    def check(request: CaptureRequest, outcome: CaptureOutcome) -> None:
        checking.set()
        assert release.wait(WAIT)
        checked.append(request.name)

    with AfterCaptures(1, lambda *_: None, check, Cancellation()) as after:
        after.hand_over(*_captured(1))
        assert checking.wait(WAIT)
        after.hand_over(*_captured(2))  # returns while the first check still waits
        assert checked == []
        release.set()
        after.wait()
    assert checked == ["1", "2"]


def test_each_capture_is_recorded_and_settled_before_it_is_checked_and_all_are_done_when_the_block_ends() -> (
    None
):
    events: list[tuple[str, str]] = []
    with AfterCaptures(
        1,
        lambda request, _: events.append(("record", request.name)),
        lambda request, _: events.append(("check", request.name)),
        Cancellation(),
        lambda: events.append(("settle", "")),
    ) as after:
        for n in range(1, 51):
            after.hand_over(*_captured(n))
    assert [name for step, name in events if step == "record"] == [str(n) for n in range(1, 51)]
    assert [name for step, name in events if step == "check"] == [str(n) for n in range(1, 51)]
    for n in range(1, 51):
        checked = events.index(("check", str(n)))
        assert events.index(("record", str(n))) < checked
        assert ("settle", "") in events[events.index(("record", str(n))) : checked]


def _queued_while_the_first_is_checked(
    later: tuple[int, ...], events: list[str], record: FollowUp, on_disk: OnDisk | None = None
) -> None:
    """Capture 1 handed over, then `later` ones while it is checked, so they wait together; each step as
    `events` (a check as `check <name> <error>`)."""
    checking, release = threading.Event(), threading.Event()

    def check(request: CaptureRequest, outcome: CaptureOutcome) -> None:
        if request.name == "1":
            checking.set()
            assert release.wait(WAIT)
        events.append(f"check {request.name} {outcome.error}")

    extra = () if on_disk is None else (on_disk,)
    with AfterCaptures(1, record, check, Cancellation(), lambda: events.append("settle"), *extra) as after:
        after.hand_over(*_captured(1))
        assert checking.wait(WAIT)
        for n in later:
            after.hand_over(*_captured(n))
        release.set()


def test_captures_waiting_together_are_recorded_then_settled_once_then_checked() -> None:
    events: list[str] = []

    # 2, 3 and 4 are queued while the first is checked: one disk sync for the three
    _queued_while_the_first_is_checked(
        (2, 3, 4), events, lambda request, _: events.append(f"record {request.name}")
    )

    assert events == [
        "record 1", "settle", "check 1 None", "record 2", "record 3", "record 4", "settle", "check 2 None",
        "check 3 None", "check 4 None",
    ]  # fmt: skip


def test_the_evidence_of_captures_waiting_together_is_on_disk_before_any_of_them_is_recorded() -> None:
    events: list[str] = []
    failed = "archive: cannot write 3.warc.gz: Input/output error (EIO, errno 5)"

    def on_disk(request: CaptureRequest, outcome: CaptureOutcome) -> CaptureOutcome:
        events.append(f"on disk {request.name}")
        return CaptureOutcome(url=outcome.url, error=failed) if request.name == "3" else outcome

    _queued_while_the_first_is_checked(
        (2, 3),
        events,
        lambda request, outcome: events.append(f"record {request.name} {outcome.error}"),
        on_disk,
    )

    assert events == [
        "on disk 1", "record 1 None", "settle", "check 1 None",
        "on disk 2", "on disk 3", "record 2 None", f"record 3 {failed}", "settle", "check 2 None",
        f"check 3 {failed}",
    ]  # fmt: skip


def test_once_the_run_is_cancelled_captures_still_waiting_are_recorded_but_not_checked() -> None:
    cancellation = Cancellation()
    recorded: list[str] = []
    checked: list[str] = []
    checking, release = threading.Event(), threading.Event()

    def check(request: CaptureRequest, outcome: CaptureOutcome) -> None:
        checking.set()
        assert release.wait(WAIT)
        checked.append(request.name)

    with AfterCaptures(1, lambda request, _: recorded.append(request.name), check, cancellation) as after:
        after.hand_over(*_captured(1))
        assert checking.wait(WAIT)
        for n in (2, 3):
            after.hand_over(*_captured(n))
        cancellation.cancel()  # Ctrl-C while the first capture is being checked
        release.set()
    assert recorded == ["1", "2", "3"]  # a stopped run's next run finds all three
    assert checked == ["1"]


def test_leaving_the_block_by_an_exception_still_records_every_capture_handed_over() -> None:
    recorded: list[str] = []
    with (
        pytest.raises(KeyboardInterrupt),
        AfterCaptures(
            1, lambda request, _: recorded.append(request.name), lambda *_: None, Cancellation()
        ) as after,
    ):
        for n in range(1, 6):
            after.hand_over(*_captured(n))
        raise KeyboardInterrupt
    assert recorded == ["1", "2", "3", "4", "5"]


def test_a_crash_in_a_check_stops_the_run_and_is_raised_once_everything_handed_over_is_recorded() -> None:
    cancellation = Cancellation()
    recorded: list[str] = []

    def check(request: CaptureRequest, outcome: CaptureOutcome) -> None:
        if request.name == "2":
            raise ZeroDivisionError("a bug")

    with AfterCaptures(2, lambda request, _: recorded.append(request.name), check, cancellation) as after:
        for n in range(1, 5):
            after.hand_over(*_captured(n))
        with pytest.raises(ZeroDivisionError, match="a bug"):
            after.wait()
    assert cancellation.cancelled  # the captures still out stop
    assert sorted(recorded) == ["1", "2", "3", "4"]


def test_several_threads_check_captures_at_once_when_asked_for() -> None:
    # Two checks that each wait for the other to start can only both end if they run at the same time.
    both = threading.Barrier(2, timeout=WAIT)

    def meet(request: CaptureRequest, outcome: CaptureOutcome) -> None:
        both.wait()

    with AfterCaptures(2, lambda *_: None, meet, Cancellation()) as after:
        after.hand_over(*_captured(1))
        after.hand_over(*_captured(2))
        after.wait()


def test_a_check_waits_until_no_capture_worker_is_at_work_so_the_next_requests_go_out_first() -> None:
    rush = Rush()
    events: list[str] = []
    handed, leave = threading.Event(), threading.Event()

    def worker(after: AfterCaptures) -> None:
        with rush.at_work():  # between an answer and the next request
            after.hand_over(*_captured(1))
            handed.set()
            assert leave.wait(WAIT)
            events.append("next request sent")

    with AfterCaptures(
        1, lambda *_: None, lambda *_: events.append("check 1"), Cancellation(), rush=rush
    ) as after:
        thread = threading.Thread(target=worker, args=(after,))
        thread.start()
        assert handed.wait(WAIT)
        # The check thread has the capture, and gives way: it could have checked it by now were it not for
        # the worker at work (it waits up to MOST_HELD_BACK, far longer than this).
        assert rush.calm(0.02) is False
        leave.set()
        thread.join()
    assert events == ["next request sent", "check 1"]


def test_a_check_held_back_by_a_worker_that_never_pauses_still_runs_after_most_held_back() -> None:
    rush = Rush()
    checked = threading.Event()
    with (
        rush.at_work(),
        AfterCaptures(1, lambda *_: None, lambda *_: checked.set(), Cancellation(), rush=rush) as after,
    ):
        after.hand_over(*_captured(1))
        assert checked.wait(WAIT)  # while this thread is still at work
        assert rush.working == 1
