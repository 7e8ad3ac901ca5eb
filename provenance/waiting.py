"""The main thread's waits, short enough that a signal's handler always gets to run.

Python runs a signal's handler (Ctrl-C's KeyboardInterrupt, SIGTERM's stop) in the main thread, but the system
delivers a signal to whichever thread of the process it likes, and a main thread blocked on a lock with no
time limit is not woken by a signal another thread received: under load, a check waiting for its captures
ignored Ctrl-C until it was killed, its partial files left behind. The main thread therefore waits in steps,
after each of which a pending handler runs.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import TypeVar

_STEP = 0.1  # seconds

Result = TypeVar("Result")


def wait_in_steps(condition: threading.Condition, done: Callable[[], bool]) -> None:
    """`condition.wait_for(done)` (with `condition` held), woken every `_STEP` so that, in the main thread, a
    signal that another thread received still reaches its handler."""
    while not condition.wait_for(done, _STEP):
        pass


def result_in_steps(future: Future[Result]) -> Result:
    """`future.result()`, woken every `_STEP` as `wait_in_steps` is."""
    while True:
        try:
            return future.result(timeout=_STEP)
        except TimeoutError:
            continue
