"""A note dated by one whole day (`January 13, 2022`, `13 January 2022`, `2022-01-13`) and nothing else a
date could be read from is read the short way (`dates._one_whole_day`): where that way answers, it answers
what trying every format does."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.citations import dates
from provenance.citations.dates import find_date

# What stands before the day in the notes the tests hold: names with numbers, quoted titles (blanked, as
# `parse` gives them), signals, labels, words that say what a day is (accessed, updated, posted, as of, a
# document's number, a range's start), other dates of every shape, times and languages.
_OPENINGS = [
    *("Desk 12, \u201c                \u201d, ", "Rybar, Telegram, ", 'Jane Smith, "          ", ', ""),
    *(
        "Reuters, ",
        "Desk 7, ",
        "Desk 2022, \u201c   \u201d, ",
        "Desk 12 ",
        "Report No. ",
        "No. 5, \u201c \u201d, ",
    ),
    *("accessed ", "Accessed: ", "retrieved ", "updated ", "Updated on ", "posted ", "published ", "as of "),
    *(
        "between ",
        "from ",
        "12 - ",
        "12 or ",
        "12, ",
        "12 and ",
        "Jan. 12, 2022, \u201c \u201d, ",
        "12.01.2022, ",
    ),
    *(
        "2021-05-01 \u201c \u201d, ",
        "order of ",
        "Decree No. 15 of ",
        "#",
        "No. ",
        "two days after ",
        "since ",
    ),
    *("\u201c21 January 2022\u201d, ", '"   " 12 ', "Monday, ", "Thursday ", "the ", "on ", "dated "),
    *(
        "\u0420\u044b\u0431\u0430\u0440\u044c, ",
        "Rybar (@rybar), ",
        "(2022) ",
        "Smith. 2022. ",
        "Desk 12 \u201c",
    ),
    *("\u201cJan 12\u201d \u2013 ", '"12" to ', "Decree No. XV of ", "Order no. A/B dated ", '"5" and '),
    *("Desk 2,                 , ", "Desk 12, , ", "12,, ", "Report 7, Kyiv, ", "1, 2, ", "3.1, , "),
    *("21st of ", "12:30, ", "Kyiv, ", "\u2014 ", "(", "[", "Telegram | ", "Feb 1-", "Desk 1999, "),
    # A stem of those words in a name (`cit.` in `City`), and the words after two commas of other digits.
    *("City Hall, ", "Kyiv City Council, Facebook, ", "Desk 12, Stand, ", "Desk, Publications, "),
    *("21 Shevat 5782, Desk, updated ", "Desk 5, Telegram, two days after the ", "1, 2, after ", "Mon., "),
    # Four other digits: an opening name's number (the notes of a long report), or a year of another day.
    *("Desk 1024, \u201c   \u201d, ", "Report 2021, Kyiv, ", "Kyiv Desk 2022, , ", "May 2021, , "),
    *("2021-05-01, , ", "Desk 1024, 12, , ", "Desk, Desk 1024, , ", "Desk 2021 12, , ", "12 Esfand 1400, , "),
    *("Desk 12 2021, , ", "Shevat 5782, Desk, updated ", "desk 2021, , ", "Desk 20210121, , "),
]
_MONTHS = ["January", "February", "March", "May", "September", "December", "june", "JULY", "Jan.", "Sept"]
_MONTHS += ["Sept.", "Sep.", "Feb", "Dec.", "aug", "Mar.", "Jun.", "Janu", "Jan..", "Octo"]
_YEARS = ["2022", "1999", "2024", "5782", "2022a", "22"]
_DAYS = ["13", "1", "01", "31", "30", "29", "0", "21st", "9"]
_AFTER = [
    *[""] * 6,
    *(", https://site12.example/news/2022/01/report-12", ", https://t.me/rybar/5", ".", " (accessed)"),
    *(" - February 3, 2022", " through 23", "-14", " to 15", " at 9:15 MSK", ", 12:30", " 12:30 UTC"),
    *(" or 14 January 2022", ", updated March 1, 2022", ", 12", " (archived)", "\u201d", " 5782", "/5"),
    *(
        ", p. 12",
        ", 20220121",
        ", \u0440\u044b\u0431\u0430\u0440\u044c",
        ", 21 \u044f\u043d\u0432\u0430\u0440\u044f",
    ),
    *(", posted January 21, 2022", ", published 2022-01-21", " (first published 21 January 2022)"),
    *(" \u2013 ", ", Jan. 21", ", 1443/06/18", ", 12 Esfand 1400", ", n.d.", "th"),
]


@st.composite
def _notes(draw: st.DrawFn) -> str:
    month, day, year = (
        draw(st.sampled_from(_MONTHS)),
        draw(st.sampled_from(_DAYS)),
        draw(st.sampled_from(_YEARS)),
    )
    shape = draw(st.sampled_from(["month_first", "day_first", "iso", "iso"]))
    if shape == "month_first":
        day_text = f"{month} {day}{draw(st.sampled_from([', ', ' ', ',  ']))}{year}"
    elif shape == "day_first":
        day_text = f"{day}{draw(st.sampled_from([' ', '  ', ' of ']))}{month} {year}"
    else:
        day_text = f"{year}-{draw(st.sampled_from(['01', '1', '13', '02']))}-{day.zfill(2)[:2]}"
    openings = draw(st.lists(st.sampled_from(_OPENINGS), max_size=2))
    return "".join(openings) + day_text + "".join(draw(st.lists(st.sampled_from(_AFTER), max_size=2)))


@settings(max_examples=3000, deadline=None)
@given(_notes(), st.booleans())
@example(
    "Desk 12, \u201c                \u201d, January 13, 2022, https://site12.example/news/2022/01/report-12",
    True,
)
@example("accessed January 13, 2022", True)
@example("Desk 12 January 13, 2022", True)
@example("January 13, 2022 - February 3, 2022", True)
@example("between January 12 and January 13, 2022", True)
@example("12.01.2022, January 13, 2022", True)
@example("#January 13, 2022", True)
@example("Decree No. 15 of 13 January 2022", False)
@example("Desk, accessed Jan. 13, 2022", False)
@example("Desk 5, Telegram, two days after the 13 January 2022", False)
@example("21 Shevat 5782, Desk, updated 13 January 2022", False)
@example("2021-05-01, , 13 January 2022", True)
@example("Desk 1024, , 2021-05-01, , January 13, 2022", True)
@example("Desk 1024, \u201c  \u201d, January 13, 2022, https://site24.example/news/2022/01/report-1024", True)
def test_a_whole_day_read_the_short_way_is_what_every_format_reads(note: str, year_apart: bool) -> None:
    short = dates._one_whole_day(note) if note.isascii() else None
    if short is not None:
        assert short == dates._find_date_read_whole(note, year_apart=year_apart)
    assert find_date(note, year_apart=year_apart) == dates._find_date_read_whole(note, year_apart=year_apart)


def test_the_benchmark_s_note_is_read_the_short_way() -> None:
    # Its words as `parse` gives them: the quoted title and the link blanked.
    note = "Desk 12,                                 , January 13, 2022,"
    found = dates._one_whole_day(note)
    assert found is not None and found.text == "January 13, 2022"


def test_the_notes_of_a_long_report_are_read_the_short_way() -> None:
    # From its thousandth note on, the benchmark's names have four digits (`Desk 1024`), which a year has.
    note = "Desk 1024,                                   , January 13, 2022,"
    found = dates._one_whole_day(note)
    assert found is not None and found.text == "January 13, 2022"


def test_a_day_after_another_year_is_left_to_the_whole_reading() -> None:
    # The earlier day is the note's first: every format's reading takes it.
    note = "Desk, 2021-05-01, Kyiv, January 13, 2022"
    assert dates._one_whole_day(note) is None
    assert find_date(note).text == "2021-05-01"


def test_abbreviated_months_and_a_city_s_name_are_read_the_short_way() -> None:
    # `City` holds the stem `cit.` of a citation's access words, which says nothing of the day after it.
    for note, written in (
        ("City Hall, Jan. 21, 2022,", "Jan. 21, 2022"),
        ("Rybar, 21 Sept 2022,", "21 Sept 2022"),
        ("Kyiv City Council, Facebook, January 21, 2022,", "January 21, 2022"),
    ):
        found = dates._one_whole_day(note)
        assert found is not None and found.text == written


def test_an_access_day_is_left_to_the_whole_reading() -> None:
    assert dates._one_whole_day("Rybar, Telegram, accessed January 13, 2022") is None
    assert find_date("Rybar, Telegram, accessed January 13, 2022").date is None
