"""What the terminal (or the file or log standing in for one) allows: how wide to draw, whether in colour."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TextIO

from provenance.digits import ascii_int

DEFAULT_WIDTH = 120  # a file, a log, or a terminal that does not say
_NARROWEST = 40  # narrower than this, a table is unreadable: the default is drawn instead


def terminal_width(stream: TextIO, environment: Mapping[str, str]) -> int:
    """The terminal's width when `stream` is one that knows it; else `COLUMNS`; else 120.

    A terminal can report 0 columns (a pseudo-terminal nobody sized, as `script` makes): rich drew no table
    at all in 0 columns, so that is taken as no width."""
    try:
        if stream.isatty():
            columns = os.get_terminal_size(stream.fileno()).columns
            if columns > 0:
                return columns
    except (OSError, ValueError):
        pass
    given = environment.get("COLUMNS", "")
    width = ascii_int(given)
    return width if width is not None and width >= _NARROWEST else DEFAULT_WIDTH


def wants_color(stream: TextIO, environment: Mapping[str, str]) -> bool:
    """Colour on a terminal, unless `NO_COLOR` is set (no-color.org)."""
    return stream.isatty() and "NO_COLOR" not in environment
