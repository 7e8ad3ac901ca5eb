"""Regular expressions compiled the first time they are asked for, not where their module is imported.

A report's notes are mostly of a few kinds: the patterns for the rarer ones (a Bluesky handle, a Reddit
user, a list entry of a plain-text report) are never searched in most runs, and compiled at import they held
up every `check` before its first request (`benchmarks/instructions.py`). A pattern the usual note is read
with stays compiled at import, where its cost is paid once either way.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

Compiled = Callable[[], re.Pattern[str]]


def on_first_use(source: str, flags: int = 0) -> Compiled:
    """`source` compiled with `flags` the first time the returned function is called, the same pattern
    object every call after."""
    return functools.cache(lambda: re.compile(source, flags))
