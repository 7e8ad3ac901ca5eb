"""Loading a command's code with the cyclic garbage collector paused.

A command's start-up makes long-lived objects by the hundred thousand (modules, classes, functions, compiled
patterns, built validators); as they are made, the collector walks the young ones again and again and finds
nothing to free: 15 ms of the 0.2 s a check spends importing. Paused while code loads, then what was loaded is
frozen, so no later collection of the run walks it either. Nothing here is imported but `gc`: the program's
first code uses it before anything else is loaded."""

from __future__ import annotations

import gc
from types import TracebackType


class CodeLoading:
    """`with CodeLoading(): import ...`: the collector paused for the imports, what they made frozen after.
    A collector that was already off (a caller that turned it off, an enclosing `CodeLoading`) stays off."""

    def __enter__(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, trace: TracebackType | None
    ) -> None:
        if self._was_enabled:
            gc.freeze()
            gc.enable()
