"""Waiting in the main thread for a run's captures (`capture.cancel.wait_in_steps`)."""

from __future__ import annotations

import signal
import threading
from types import FrameType

import pytest

from provenance.capture.cancel import wait_in_steps


class _Stopped(Exception):
    pass


def _stop(signum: int, frame: FrameType | None) -> None:
    raise _Stopped


def test_a_signal_another_thread_receives_still_reaches_the_main_threads_handler_while_it_waits() -> None:
    # The system may give Ctrl-C to any thread of the process; its handler runs in the main thread, which
    # here waits on a condition nobody will notify. A plain `wait_for` would sleep on (until the watchdog).
    condition = threading.Condition()
    waiting, gave_up = threading.Event(), threading.Event()
    receiver_done = threading.Event()

    def done() -> bool:  # asked first when the main thread starts waiting
        waiting.set()
        return gave_up.is_set()

    def receiver() -> None:  # a thread alive while the main one waits, like a capture worker
        receiver_done.wait(30)

    def watchdog() -> None:
        waiting.wait(30)
        signal.pthread_kill(thread.ident or 0, signal.SIGUSR1)
        if not receiver_done.wait(10):
            gave_up.set()
            with condition:
                condition.notify_all()

    previous = signal.signal(signal.SIGUSR1, _stop)
    thread = threading.Thread(target=receiver, daemon=True)
    thread.start()
    threading.Thread(target=watchdog, daemon=True).start()
    try:
        with pytest.raises(_Stopped), condition:
            wait_in_steps(condition, done)
    finally:
        receiver_done.set()
        signal.signal(signal.SIGUSR1, previous)
    assert not gave_up.is_set()


def test_waiting_ends_as_soon_as_what_it_waits_for_is_done() -> None:
    condition = threading.Condition()
    done = threading.Event()

    def finish() -> None:
        with condition:
            done.set()
            condition.notify_all()

    threading.Thread(target=finish, daemon=True).start()
    with condition:
        wait_in_steps(condition, done.is_set)
    assert done.is_set()
