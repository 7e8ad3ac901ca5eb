"""A regular expression compiled the first time it is searched, under the name it was given at import.

`patterns.on_first_use` defers a pattern behind a call (`_NAME().search(text)`), which changes every line
that searches it. A pattern written `_NAME = deferred_compile(r"…")` is searched as before
(`_NAME.search(text)`): the first search compiles it and puts the compiled pattern in its module in place of
the stand-in, so every later search there is a plain pattern's, at no cost beyond it. A module that imported
the name before that keeps the stand-in, which from its first search on holds the compiled pattern's methods
as its own attributes.

Why: the notes a run reads are mostly of a few shapes, and compiled at import, the patterns for the others
(an inverted name, a dateline, a platform named in words) held up every `check` before its first request
(`benchmarks/instructions.py`): 0.1 G instructions compiling patterns the capture row's notes never search.
"""

from __future__ import annotations

import re
import sys
from typing import Any, cast

# What the stand-in takes over from the compiled pattern at its first use.
_PATTERN_ATTRIBUTES = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class _CompiledOnFirstUse:
    """Stands where a compiled pattern would: any attribute of one, asked for the first time, compiles it."""

    def __init__(self, source: str, flags: int, module: dict[str, Any]) -> None:
        self._source = source
        self._flags = flags
        self._module = module

    def __getattr__(self, name: str) -> Any:
        # Only called for an attribute not set yet: the first use (two threads at once both compile the same
        # pattern, which `re` gives them as one object).
        compiled = re.compile(self._source, self._flags)
        for key, value in list(self._module.items()):
            if value is self:
                self._module[key] = compiled
        for attribute in _PATTERN_ATTRIBUTES:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"deferred_compile({self._source!r}, {self._flags!r})"


def deferred_compile(source: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(source, flags)` the first time the result is used, for a pattern bound to a name of the
    calling module (see the module's docstring)."""
    module = sys._getframe(1).f_globals
    return cast(re.Pattern[str], _CompiledOnFirstUse(source, flags, module))
