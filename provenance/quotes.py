"""Quoted passages in prose: what a report or a note puts in quotation marks, in every style reports use.

The one quote finder of the project: the readers use it for the quotes of a citing passage, the citation
parser for a note's title. Every alternative stops at the next opening mark of its own kind, so a run of
opening marks (`“` x 100,000) costs linear time.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

# A straight quote opens only at a word start and closes only after a non-space, so the inch mark in
# `a 12" screen` pairs with nothing. A single curly quote opens at a word start and closes where no letter
# follows, so the apostrophe in `it's` (curly) does not close it. Every alternative opens with its mark and
# looks behind it from there (at the character before the mark): `re` then skips to the places that hold a
# mark instead of trying the alternatives at every place (tests/test_quotes.py: the two spellings agree).
#
# A writer who mixes styles (`“…"`, `"…”`: a quote pasted from elsewhere, an editor's autocorrect) still
# quotes: left unpaired, a made-up quote was never compared and its footnote came out verified. A quote that
# opens curly closes at a straight mark only when no `”` closes it first, and a straight one closes at a `”`
# only when neither mark of its own style comes first, so quotes within quotes keep their pairs.
_QUOTED = re.compile(
    r"“(?P<curly>[^“”]*)”"
    r'|“(?P<curly_straight>[^“”"]*[^\s“”"])"'
    r"|„(?P<low>[^„“”]*)[“”]"
    r"|«(?P<guillemet>[^«»]*)»"
    r"|\u2018(?<!\w\u2018)(?P<single>[^\u2018]*?)\u2019(?!\w)"
    r'|"(?<![^\s(\[{\u2014\u2013-]")(?=[^\s"])(?P<straight_curly>[^"“”]*?[^\s"“”])”'
    r'|"(?<![^\s(\[{\u2014\u2013-]")(?=[^\s"])(?P<straight>[^"]*?[^\s"])"'
)


# The quoted text one citing passage keeps for its footnote (`readers.assembly`), wherever it stands in its
# paragraph; quotes beyond it are counted as left out, and the quote check cannot pass on them.
MAX_QUOTED_CHARS = 10_000


class Quote(NamedTuple):
    """A quoted passage (stripped, marks left out) and where it lies in the text, marks included."""

    text: str
    start: int
    end: int


def iter_quotes(text: str) -> Iterator[Quote]:
    """The quoted passages of `text` in order; empty quotes are left out."""
    for match in _QUOTED.finditer(text):
        inner = match.group(match.lastindex or 0)  # the one group of the alternative that matched
        if inner.strip():
            yield Quote(text=inner.strip(), start=match.start(), end=match.end())


def find_quotes(text: str) -> tuple[str, ...]:
    """The quoted passages of `text` in order, each stripped; empty quotes are left out."""
    return tuple(quote.text for quote in iter_quotes(text))
