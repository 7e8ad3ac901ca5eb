"""A Portuguese act as it is designated: its kind, its number over its year, and the day of the Diário da
República it was published in, the year left out (`Decreto-Lei n.º 20/2024, de 12 de março`).

That day is the act's own, as Portuguese law cites every act, and its year is the number's. Read as any day,
it had no year (`12 de março`: "a title's or another part's year is not read with it"), so a note citing an
act so had no date, and its designation as a title warned against the act's page, titled by the number
alone (`Decreto-Lei n.º 20/2024`).

Pure and bounded: one pattern of runs no two of which can hold the same characters, searched once in a
note's first `_MOST_NOTE_CHARS` characters.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from provenance.patterns import on_first_use

# An act's kind and number, as the Diário da República writes them (`n.º`, also typed `n.°`, `nº`, `n. º`).
PORTUGUESE_ACT = (
    r"(?:Decreto-Lei|Decreto\s{1,3}Regulamentar|Lei|Portaria|Despacho)\s{1,3}n\.?\s{0,3}[°º]\s{0,3}"
    r"\d{1,5}(?:-[A-Z])?/\d{4}"
)
_MONTHS = (
    *("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro"),
    *("novembro", "dezembro"),
)
_DESIGNATION = on_first_use(
    rf"(?<![\w-])(?P<act>{PORTUGUESE_ACT}),\s{{1,3}}de\s{{1,3}}(?P<day>\d{{1,2}})\s{{1,3}}de\s{{1,3}}"
    rf"(?P<month>{'|'.join(_MONTHS)})(?![\w-])",
    re.IGNORECASE,
)
_MOST_NOTE_CHARS = 2_000


@dataclass(frozen=True, repr=False, eq=False)
class ActDesignation:
    """A Portuguese act as designated: its kind and number (`Decreto-Lei n.º 20/2024`), its day, and the
    words of the whole designation as written."""

    act: str
    day: dt.date
    written: str


def portuguese_act_designation(words: str) -> ActDesignation | None:
    """The first Portuguese act `words` designate with its day (`Decreto-Lei n.º 20/2024, de 12 de março`),
    the year the number's; None where they designate none so, or a day no calendar has."""
    found = _DESIGNATION().search(words[:_MOST_NOTE_CHARS])
    if found is None:
        return None
    year = int(found["act"][-4:])
    try:
        day = dt.date(year, _MONTHS.index(found["month"].casefold()) + 1, int(found["day"]))
    except ValueError:
        return None  # `de 31 de fevereiro`
    return ActDesignation(" ".join(found["act"].split()), day, " ".join(found.group().split()))
