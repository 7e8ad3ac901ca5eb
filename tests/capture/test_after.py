"""What follows each capture, done beside the captures (`capture.after`)."""

from __future__ import annotations

import threading

import pytest

from provenance.capture.after import AfterCaptures, Check, Finish, FollowUp, OnDisk
from provenance.capture.cancel import Cancellation
from provenance.capture.options import CaptureRequest
from provenance.capture.rush import Rush
from provenance.models import CaptureOutcome

WAIT = 10.0  # seconds: only reached when the behaviour under test is broken


def _captured(n: int) -> tuple[CaptureRequest, CaptureOutcome]:
    url = f"http://news.example/{n}"
    return CaptureRequest(url=url, name=str(n), label=str(n)), CaptureOutcome(url=url)


def _kept(events: list[str], event: str) -> Finish:
    """A check's finish that notes `event` (the result kept or sent)."""
    return lambda: events.append(event)


def _nothing_to_finish() -> None:
    pass


def _checked_only(step: FollowUp) -> Check:
    """A check that is `step` and leaves nothing to finish."""

    def check(request: CaptureRequest, outcome: CaptureOutcome) -> Finish:
        step(request, outcome)
        return _nothing_to_finish

    return check


def _one_thread(events: list[str], steps: tuple[str, ...]) -> list[str]:
    """The `events` that begin with one of `steps`, in order: those one of the two threads notes."""
    return [event for event in events if event.startswith(steps)]


def test_a_capture_is_handed_over_at_once_while_the_one_before_is_still_being_checked() -> None:
    checking, release = threading.Event(), threading.Event()
    checked: list[str] = []

    def check(request: CaptureRequest, outcome: CaptureOutcome) -> Finish:
        checking.set()
        assert release.wait(WAIT)
        return _kept(checked, request.name)

    with AfterCaptures(1, lambda *_: None, check, Cancellation()) as after:
        after.hand_over(*_captured(1))
        assert checking.wait(WAIT)
        after.hand_over(*_captured(2))  # returns while the first check still waits
        assert checked == []
        release.set()
        after.wait()
    assert checked == ["1", "2"]


def test_each_check_is_finished_only_once_its_capture_is_recorded_and_settled_and_all_by_the_block_end() -> (
    None
):
    events: list[str] = []

    def check(request: CaptureRequest, outcome: CaptureOutcome) -> Finish:
        events.append(f"check {request.name}")
        return _kept(events, f"finish {request.name}")

    with AfterCaptures(
        1,
        lambda request, _: events.append(f"record {request.name}"),
        check,
        Cancellation(),
        lambda: events.append("settle"),
    ) as after:
        for n in range(1, 51):
            after.hand_over(*_captured(n))
    assert _one_thread(events, ("record",)) == [f"record {n}" for n in range(1, 51)]
    assert _one_thread(events, ("finish",)) == [f"finish {n}" for n in range(1, 51)]
    for n in range(1, 51):
        finished = events.index(f"finish {n}")
        assert events.index(f"check {n}") < finished
        assert "settle" in events[events.index(f"record {n}") : finished]


def test_a_capture_is_checked_while_its_evidence_goes_to_disk_and_its_check_finished_only_after() -> None:
    events: list[str] = []
    checking = threading.Event()

    def on_disk(request: CaptureRequest, outcome: CaptureOutcome) -> CaptureOutcome:
        # The sync is out until the check has begun: a check that waited for it would never begin.
        assert checking.wait(WAIT)
        events.append(f"on disk {request.name}")
        return outcome

    def check(request: CaptureRequest, outcome: CaptureOutcome) -> Finish:
        checking.set()
        events.append(f"check {request.name}")
        return _kept(events, f"finish {request.name}")

    with AfterCaptures(
        1, lambda request, _: events.append(f"record {request.name}"), check, Cancellation(), on_disk=on_disk
    ) as after:
        after.hand_over(*_captured(1))
        after.wait()
    assert events.index("check 1") < events.index("on disk 1")
    assert events[-3:] == ["on disk 1", "record 1", "finish 1"]


def test_every_capture_waiting_together_is_checked_while_their_evidence_goes_to_disk() -> None:
    events: list[str] = []
    first_checking, release, last_checked = threading.Event(), threading.Event(), threading.Event()

    def on_disk(request: CaptureRequest, outcome: CaptureOutcome) -> CaptureOutcome:
        if request.name == "2":  # 2 and 3 wait together: their syncs are out until both are checked
            assert last_checked.wait(WAIT)
        events.append(f"on disk {request.name}")
        return outcome

    def check(request: CaptureRequest, outcome: CaptureOutcome) -> Finish:
        if request.name == "1":
            first_checking.set()
            assert release.wait(WAIT)
        events.append(f"check {request.name}")
        if request.name == "3":
            last_checked.set()
        return _kept(events, f"finish {request.name}")

    with AfterCaptures(1, lambda *_: None, check, Cancellation(), on_disk=on_disk) as after:
        after.hand_over(*_captured(1))
        assert first_checking.wait(WAIT)
        after.hand_over(*_captured(2))
        after.hand_over(*_captured(3))
        release.set()
        after.wait()
    assert events[-6:] == ["check 2", "check 3", "on disk 2", "on disk 3", "finish 2", "finish 3"]


def _queued_while_the_first_is_checked(
    later: tuple[int, ...], events: list[str], record: FollowUp, on_disk: OnDisk | None = None
) -> None:
    """Capture 1 handed over, then `later` ones while it is checked, so they wait together; each step as
    `events` (a check as `check <name> <error>`, its finish as `finish <name> <error>`)."""
    checking, release = threading.Event(), threading.Event()

    def check(request: CaptureRequest, outcome: CaptureOutcome) -> Finish:
        if request.name == "1":
            checking.set()
            assert release.wait(WAIT)
        events.append(f"check {request.name} {outcome.error}")
        return _kept(events, f"finish {request.name} {outcome.error}")

    extra = () if on_disk is None else (on_disk,)
    with AfterCaptures(1, record, check, Cancellation(), lambda: events.append("settle"), *extra) as after:
        after.hand_over(*_captured(1))
        assert checking.wait(WAIT)
        for n in later:
            after.hand_over(*_captured(n))
        release.set()


def test_captures_waiting_together_are_recorded_then_settled_once_then_their_checks_finished() -> None:
    events: list[str] = []

    # 2, 3 and 4 are queued while the first is checked: one disk sync for the three
    _queued_while_the_first_is_checked(
        (2, 3, 4), events, lambda request, _: events.append(f"record {request.name}")
    )

    assert _one_thread(events, ("record", "settle")) == [
        "record 1", "settle", "record 2", "record 3", "record 4", "settle"
    ]  # fmt: skip
    assert _one_thread(events, ("finish",)) == [f"finish {n} None" for n in range(1, 5)]
    assert events.index("finish 2 None") > len(events) - 1 - events[::-1].index("settle")


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

    assert _one_thread(events, ("on disk", "record", "settle")) == [
        "on disk 1", "record 1 None", "settle",
        "on disk 2", "on disk 3", "record 2 None", f"record 3 {failed}", "settle",
    ]  # fmt: skip
    assert _one_thread(events, ("finish",)) == ["finish 1 None", "finish 2 None", f"finish 3 {failed}"]


def test_a_capture_whose_sync_failed_never_carries_the_check_made_while_the_sync_was_out() -> None:
    events: list[str] = []
    failed = "archive: cannot write 1.warc.gz: Input/output error (EIO, errno 5)"
    checked_before_the_sync_ended = threading.Event()

    def on_disk(request: CaptureRequest, outcome: CaptureOutcome) -> CaptureOutcome:
        assert checked_before_the_sync_ended.wait(WAIT)
        return CaptureOutcome(url=outcome.url, error=failed)

    def check(request: CaptureRequest, outcome: CaptureOutcome) -> Finish:
        events.append(f"check {outcome.error}")
        checked_before_the_sync_ended.set()
        return _kept(events, f"finish {outcome.error}")

    with AfterCaptures(1, lambda *_: None, check, Cancellation(), on_disk=on_disk) as after:
        after.hand_over(*_captured(1))
        after.wait()
    assert events == ["check None", f"check {failed}", f"finish {failed}"]


def test_a_crash_in_a_check_thrown_away_for_a_failed_sync_does_not_stop_the_run() -> None:
    cancellation = Cancellation()
    finished: list[str | None] = []
    checked_before_the_sync_ended = threading.Event()

    def on_disk(request: CaptureRequest, outcome: CaptureOutcome) -> CaptureOutcome:
        assert checked_before_the_sync_ended.wait(WAIT)
        return CaptureOutcome(url=outcome.url, error="archive: cannot write 1.warc.gz")

    def check(request: CaptureRequest, outcome: CaptureOutcome) -> Finish:
        if outcome.error is None:  # its file removed while it was read: no crash of the capture it now is
            checked_before_the_sync_ended.set()
            raise FileNotFoundError("1.warc.gz")
        return lambda: finished.append(outcome.error)

    with AfterCaptures(1, lambda *_: None, check, cancellation, on_disk=on_disk) as after:
        after.hand_over(*_captured(1))
        after.wait()  # raises nothing
    assert not cancellation.cancelled
    assert finished == ["archive: cannot write 1.warc.gz"]


def test_once_the_run_is_cancelled_captures_still_waiting_are_recorded_but_not_checked() -> None:
    cancellation = Cancellation()
    recorded: list[str] = []
    checked: list[str] = []
    checking, release = threading.Event(), threading.Event()

    def check(request: CaptureRequest, outcome: CaptureOutcome) -> Finish:
        checking.set()
        assert release.wait(WAIT)
        return _kept(checked, request.name)

    with AfterCaptures(1, lambda request, _: recorded.append(request.name), check, cancellation) as after:
        after.hand_over(*_captured(1))
        assert checking.wait(WAIT)
        for n in (2, 3):
            after.hand_over(*_captured(n))
        cancellation.cancel()  # Ctrl-C while the first capture is being checked
        release.set()
    assert recorded == ["1", "2", "3"]  # a stopped run's next run finds all three
    assert checked == ["1"]  # the check under way is kept


def test_leaving_the_block_by_an_exception_still_records_every_capture_handed_over() -> None:
    recorded: list[str] = []
    with (
        pytest.raises(KeyboardInterrupt),
        AfterCaptures(
            1,
            lambda request, _: recorded.append(request.name),
            _checked_only(lambda *_: None),
            Cancellation(),
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

    with AfterCaptures(
        2, lambda request, _: recorded.append(request.name), _checked_only(check), cancellation
    ) as after:
        for n in range(1, 5):
            after.hand_over(*_captured(n))
        with pytest.raises(ZeroDivisionError, match="a bug"):
            after.wait()
    assert cancellation.cancelled  # the captures still out stop
    assert sorted(recorded) == ["1", "2", "3", "4"]


def test_a_crash_in_finishing_a_check_stops_the_run_and_is_raised() -> None:
    cancellation = Cancellation()

    def finish() -> None:
        raise ZeroDivisionError("a bug")

    with AfterCaptures(1, lambda *_: None, lambda *_: finish, cancellation) as after:
        after.hand_over(*_captured(1))
        with pytest.raises(ZeroDivisionError, match="a bug"):
            after.wait()
    assert cancellation.cancelled


def test_several_threads_check_captures_at_once_when_asked_for() -> None:
    # Two checks that each wait for the other to start can only both end if they run at the same time.
    both = threading.Barrier(2, timeout=WAIT)

    def meet(request: CaptureRequest, outcome: CaptureOutcome) -> None:
        both.wait()

    with AfterCaptures(2, lambda *_: None, _checked_only(meet), Cancellation()) as after:
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
        1, lambda *_: None, _checked_only(lambda *_: events.append("check 1")), Cancellation(), rush=rush
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
        AfterCaptures(
            1, lambda *_: None, _checked_only(lambda *_: checked.set()), Cancellation(), rush=rush
        ) as after,
    ):
        after.hand_over(*_captured(1))
        assert checked.wait(WAIT)  # while this thread is still at work
        assert rush.working == 1
