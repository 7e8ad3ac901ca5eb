"""What the terminal (or the file or log standing in for one) allows: how wide to draw, whether in colour,
which characters it can take."""

from __future__ import annotations

import codecs
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
    """Colour on a terminal, unless `NO_COLOR` is set to a value (no-color.org: "present and not an empty
    string"; an empty one, as `env NO_COLOR= cmd` or a blank CI default leaves, took the colour away)."""
    return stream.isatty() and not environment.get("NO_COLOR")


def stream_encoding(stream: TextIO) -> str:
    """The encoding text written to `stream` is shown in: `utf-8` where it says none (a test's buffer)."""
    return getattr(stream, "encoding", None) or "utf-8"


def _is_utf8(encoding: str | None) -> bool:
    try:
        return encoding is None or codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


def write_text(stream: TextIO, text: str, document: bool = False) -> None:
    """`text` written to `stream`, whatever encoding the locale gave it (`LANG=en_US.ISO-8859-1`,
    `PYTHONIOENCODING=ascii`, a legacy Windows console): a character it cannot take stopped the run as a bug
    (exit 3) after the ledger was written, with no table shown.

    A `document` (JSON, SARIF, JUnit XML, HTML) is UTF-8 by its own rules (RFC 8259; the XML and HTML
    declare it), so it goes out as UTF-8 bytes for the program that reads it; human text is shown in the
    stream's encoding, a character it lacks written as its escape (`\\u2192`), as stderr shows it."""
    encoding = getattr(stream, "encoding", None)
    if _is_utf8(encoding):
        stream.write(text)
        return
    binary = getattr(stream, "buffer", None)
    if document and binary is not None:
        stream.flush()
        binary.write(text.encode("utf-8"))
        binary.flush()
        return
    assert encoding is not None  # None was taken as UTF-8 above
    stream.write(text.encode(encoding, "backslashreplace").decode(encoding))
