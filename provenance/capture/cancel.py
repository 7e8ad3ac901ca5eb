"""Stopping every capture of a run at once (Ctrl-C): wake what waits, cut what is connected."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable


class Cancelled(Exception):
    """The run was cancelled while this capture was in flight; nothing of it is kept."""


class Cancellation:
    """A run's cancel switch. Waits register a hook (shut this socket, set this event) for as long as they
    last; `cancel` runs every hook, so a capture blocked on the network returns at once instead of at its
    timeout, and sees `cancelled` and stops."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._cancelled = False
        self._hooks: dict[int, Callable[[], None]] = {}
        self._tokens = itertools.count()

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    def cancel(self) -> None:
        with self._lock:
            self._cancelled = True
            hooks = list(self._hooks.values())
            self._hooks.clear()
        for hook in hooks:
            hook()

    def on_cancel(self, hook: Callable[[], None]) -> int:
        """Run `hook` on cancel (at once if already cancelled); a token for `forget`."""
        with self._lock:
            token = next(self._tokens)
            if not self._cancelled:
                self._hooks[token] = hook
                return token
        hook()
        return token

    def forget(self, token: int) -> None:
        with self._lock:
            self._hooks.pop(token, None)

    def check(self) -> None:
        """Raise `Cancelled` once the run is cancelled: called between the steps of a capture."""
        if self._cancelled:
            raise Cancelled
