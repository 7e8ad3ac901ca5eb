"""`find_date` searches a note for a day, then its month (`21 January 2022`), or a year, then its month
(`2022, January 21`), from where the day or the year before the first month named may open, not from the
note's start: the same dates, in the same order, read in fewer instructions. The old search, from the start,
is each test's reference."""

from __future__ import annotations

from unittest import mock

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.citations import dates
from provenance.citations.dates import find_date

# Pieces of notes, and what a day, a year and a month's name may stand beside: ordinals' endings, `of`,
# stops, dashes, commas, the spaces `str.isspace` takes in ASCII, letters that open a month's name, words
# that hold one (`mayor`, `octopus`, `desk`).
_PIECES = (
    "Desk ", "Reuters", "Report number 7 on the bridge", "7", "8", "21", "05", "2022", "1999", "12022", ", ",
    ",", ".", ". ", "-", " ", "   ", "\t", "\x1c", "\x1f", "\n", "of ", "of", "st", "nd", "rd", "th",
    "January", "Jan", "jan.", "Sept.", "sep", "Oct", "octo", "Nov", "nod", "Dec", "dece", "feb", "March",
    "may", "Mayor", "June", "de ", "fo", "(", ")", "t", "o", "d", "n", "s", "f", "accessed ", "published ",
    "updated ", "between ", " to ", " and ", "\u2013", "/", "No. ", "\u201c", "janvier", "Januar", "enero",
)  # fmt: skip
_NOTES = st.lists(st.sampled_from(_PIECES), max_size=16).map("".join)

# The shapes real notes give, and the benchmark's (`benchmarks/run.py`).
_REAL_NOTES = (
    "Desk 7,                                , January 8, 2022,",
    "Desk 7, \u201cReport number 7 on the bridge\u201d, January 8, 2022, https://site7.example/news/2022/01/report-7",
    "Reuters, 5 March 2024",
    "Reuters, 5th of March, 2024",
    "Reuters, 5 Mar. 2024, accessed 7 March 2024",
    "Rybar (D 21.01.2022)",
    "ISW, January 21-22, 2022",
    "ISW, 21-22 January 2022",
    "ISW, 19 - 23 January 2022",
    "Report No. 19 - 23 January 2022",
    "Smith, J. (2022, January 21). Title. Site.",
    "Smith 2022, January 21, p. 4",
    "Desk 2022, 8 January 2022",
    "Kyiv Independent, 2022-01-21, retrieved 2022-02-03",
    "Desk 17, published 21 January 2022, updated 3 February 2022",
    "Mayor 7 of Sept 8, 2022",
    "Desk 1234, 21st January 2022",
)


def _first_matches(pattern: dates.Compiled, lowered: str, start: int) -> list[tuple[tuple[int, int], object]]:
    return [(match.span(), match.groupdict()) for match in pattern().finditer(lowered, start)]


@settings(max_examples=3000, deadline=None)
@given(_NOTES)
@example("desk 7,                                , january 8, 2022,")
@example("5th of march, 2024")
@example("2022, january 21")
@example("8 nov 2022 and 2022, dec 3")
def test_a_day_or_a_year_before_a_month_opens_no_earlier_than_the_search_starts(note: str) -> None:
    """Every match of the two formats, searched from where `_candidates` now starts them, is a match of the
    search from the start (the old one), and the other way round."""
    if not note.isascii():
        return  # searched from the start, as before
    lowered = note.lower()
    month = dates._LOWERED_ANY_MONTH().search(lowered)
    if month is None:
        return  # neither format is searched
    day_at = dates._where_a_day_may_open(lowered, month.start())
    assert _first_matches(dates._FAST_DAY_FIRST, lowered, day_at) == _first_matches(
        dates._FAST_DAY_FIRST, lowered, 0
    )
    year_at = dates._where_a_year_may_open(lowered, month.start())
    assert _first_matches(dates._FAST_YEAR_FIRST, lowered, year_at) == _first_matches(
        dates._FAST_YEAR_FIRST, lowered, 0
    )


def _searched_from_the_start(note: str, *, year_apart: bool = False) -> dates.DateFind:
    """`find_date` as it was: the two formats searched from the note's start."""
    with (
        mock.patch.object(dates, "_where_a_day_may_open", lambda lowered, month_at: 0),
        mock.patch.object(dates, "_where_a_year_may_open", lambda lowered, month_at: 0),
    ):
        return find_date(note, year_apart=year_apart)


@settings(max_examples=1500, deadline=None)
@given(_NOTES)
@example("Reuters, 5 March 2024")
@example("Smith, 2022, January 21")
@example("Desk 7, 21st of January, 2022")
def test_find_date_reads_what_the_search_from_the_start_read(note: str) -> None:
    assert find_date(note) == _searched_from_the_start(note)


@pytest.mark.parametrize("note", _REAL_NOTES)
def test_find_date_reads_real_notes_as_the_search_from_the_start_did(note: str) -> None:
    assert find_date(note) == _searched_from_the_start(note)
    assert find_date(note, year_apart=True) == _searched_from_the_start(note, year_apart=True)


def test_the_note_s_words_before_its_date_are_not_searched_for_its_day() -> None:
    """The benchmark's note: its day format is searched from the comma before `January`, its year format
    from four places before it (where `2022, January` would open)."""
    lowered = "desk 7,                                , january 8, 2022,"
    month_at = lowered.index("january")
    assert dates._where_a_day_may_open(lowered, month_at) == lowered.index(", january") + 1
    assert dates._where_a_year_may_open(lowered, month_at) == lowered.index(", january") - 4
