"""The one thread that keeps every hop's head deadline."""

from __future__ import annotations

import socket
import threading
import time

from provenance.capture.cancel import Cancellation
from provenance.capture.guard import DeadlineWatcher, HopGuard


def test_hooks_run_in_deadline_order_and_forgotten_ones_never() -> None:
    watcher = DeadlineWatcher()
    called: list[str] = []
    last = threading.Event()
    now = time.monotonic()

    def late() -> None:
        called.append("late")
        last.set()

    watcher.call_at(now + 0.2, late)
    forgotten = watcher.call_at(now + 0.1, lambda: called.append("forgotten"))
    watcher.call_at(now + 0.05, lambda: called.append("early"))
    watcher.forget(forgotten)
    assert last.wait(10)
    assert called == ["early", "late"]


def test_many_deadlines_share_one_thread() -> None:
    watcher = DeadlineWatcher()
    before = threading.active_count()
    called: list[int] = []
    all_called = threading.Event()

    def hook(n: int) -> None:
        called.append(n)
        if len(called) == 100:
            all_called.set()

    for n in range(100):
        watcher.call_at(time.monotonic(), lambda n=n: hook(n))  # type: ignore[misc]
    assert all_called.wait(10)
    assert threading.active_count() <= before + 1


def test_forgotten_deadlines_do_not_pile_up() -> None:
    watcher = DeadlineWatcher()
    tokens = [watcher.call_at(time.monotonic() + 3600, lambda: None) for _ in range(500)]
    for token in tokens:
        watcher.forget(token)  # a long run forgets nearly every deadline (the heads came in time)
    assert len(watcher) < 100


def test_a_hook_that_fails_does_not_stop_the_later_ones() -> None:
    watcher = DeadlineWatcher()
    later = threading.Event()

    def broken() -> None:
        raise OSError("socket already gone")

    now = time.monotonic()
    watcher.call_at(now, broken)
    watcher.call_at(now + 0.01, later.set)
    assert later.wait(10)


def test_the_body_deadline_cuts_a_read_that_never_ends_and_says_so() -> None:
    server, client = socket.socketpair()
    with server, client, HopGuard(60, Cancellation()) as guard:
        guard.watch(client)
        guard.cut_body_at(0.1)
        client.settimeout(10)
        assert client.recv(1) == b"", "the cut ends a read the server keeps open"
        assert guard.body_read() is False


def test_a_body_read_before_its_deadline_is_not_cut() -> None:
    server, client = socket.socketpair()
    with server, client, HopGuard(60, Cancellation()) as guard:
        guard.watch(client)
        guard.cut_body_at(0.1)
        assert guard.body_read() is True
        time.sleep(0.3)
        server.sendall(b"x")
        client.settimeout(10)
        assert client.recv(1) == b"x"
