"""The main thread's waits (`waiting`): a signal another thread received still reaches its handler."""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from contextlib import contextmanager
from types import FrameType

import pytest

from provenance.waiting import result_in_steps, wait_in_steps


class _Stopped(Exception):
    pass


def _stop(signum: int, frame: FrameType | None) -> None:
    raise _Stopped


@contextmanager
def _signal_to_another_thread(waiting: threading.Event, give_up: Callable[[], None]) -> Iterator[None]:
    """Once `waiting` is set (the main thread waits), SIGUSR1 goes to another live thread of the process, as
    the system may send Ctrl-C to any thread; its handler (raising `_Stopped`) runs in the main thread. If
    the main thread has not stopped 10 s later, `give_up` ends its wait, so a broken wait fails the test
    instead of hanging it."""
    stopped = threading.Event()

    def receiver() -> None:  # a thread alive while the main one waits, like a capture worker
        stopped.wait(30)

    def watchdog() -> None:
        waiting.wait(30)
        time.sleep(0.2)  # into the wait itself
        signal.pthread_kill(thread.ident or 0, signal.SIGUSR1)
        if not stopped.wait(10):
            give_up()

    previous = signal.signal(signal.SIGUSR1, _stop)
    thread = threading.Thread(target=receiver, daemon=True)
    thread.start()
    threading.Thread(target=watchdog, daemon=True).start()
    try:
        with pytest.raises(_Stopped):
            yield
    finally:
        stopped.set()
        signal.signal(signal.SIGUSR1, previous)


def test_a_signal_another_thread_receives_reaches_the_main_thread_waiting_on_a_condition() -> None:
    condition = threading.Condition()
    waiting, gave_up = threading.Event(), threading.Event()

    def give_up() -> None:
        with condition:
            gave_up.set()
            condition.notify_all()

    with _signal_to_another_thread(waiting, give_up), condition:
        waiting.set()
        wait_in_steps(condition, gave_up.is_set)
    assert not gave_up.is_set()


def test_a_signal_another_thread_receives_reaches_the_main_thread_waiting_for_a_result() -> None:
    future: Future[str] = Future()
    waiting = threading.Event()
    with _signal_to_another_thread(waiting, lambda: future.set_result("gave up")):
        waiting.set()
        result_in_steps(future)
    assert not future.done()


def test_waiting_ends_as_soon_as_what_it_waits_for_is_done() -> None:
    condition = threading.Condition()
    done = threading.Event()
    future: Future[str] = Future()

    def finish() -> None:
        with condition:
            done.set()
            condition.notify_all()
        future.set_result("read")

    threading.Thread(target=finish, daemon=True).start()
    with condition:
        wait_in_steps(condition, done.is_set)
    assert result_in_steps(future) == "read"
