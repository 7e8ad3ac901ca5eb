"""Names as transliterations write them: one spelling for the sounds they write differently.

Shared by the `author` check (is the cited author the source's?) and `locate` (which registry account does the
report name?), so both treat Gurulyov and Gurulev, Andrey and Andrei, Zelensky and Zelenskyy as one name.
"""

from __future__ import annotations

import re

# Ю and Я are `yu`/`iu` and `ya`/`ia` (Yulia/Iuliia, Mariya/Maria, Natalya/Natalia), never `u` or `a`: folded
# to those, Yuri was Uri, Yana Ana and Maya Ma, and a cited author passed on another person's name.
_SPELLING_VARIANTS = (
    ("yo", "e"),
    ("ye", "e"),
    ("yu", "iu"),
    ("ya", "ia"),
    ("kh", "h"),
    ("ph", "f"),
    ("ou", "u"),
    ("oo", "u"),
    ("ee", "i"),
    ("dh", "d"),
    ("th", "t"),
    ("gh", "g"),
    ("ck", "k"),
    ("q", "k"),
    ("w", "v"),
    ("y", "i"),
)
_DOUBLED = re.compile(r"([a-z])\1+")


def fold_spelling(name: str) -> str:
    """One spelling for the sounds transliterations write differently (`name` in lowercase ASCII):
    Gurulyov/Gurulev, Andrey/Andrei, Zelensky/Zelenskyy."""
    for written, sound in _SPELLING_VARIANTS:
        name = name.replace(written, sound)
    return _DOUBLED.sub(r"\1", name)
