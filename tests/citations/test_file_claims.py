"""What a `--citations` file claims in place of what the note states (`citations.file_claims`)."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from provenance.citations.cite import CitationsFile, cite_footnote
from provenance.citations.csl import load_citations_file
from provenance.citations.file_claims import CITATIONS_FILE_DIFFERS
from provenance.models import Footnote


def _differs(note: str, issued: list[int]) -> str | None:
    """The citations-file-differs finding's message for `note` with a file dating it `issued`, or None."""
    item = json.dumps([{"id": "1", "type": "post", "issued": {"date-parts": [issued]}}])
    overrides = load_citations_file(item.encode(), "c.json")
    file = CitationsFile(path="c.json", sha256="0" * 64, overrides=overrides)
    footnote = Footnote(label="1", text=note, line=3, urls=tuple(u for u in note.split() if "://" in u))
    found = [f.message for f in cite_footnote(footnote, file).findings if f.code == CITATIONS_FILE_DIFFERS]
    return found[0] if found else None


@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Telegram, 3 February 2022, https://t.me/rybar/100",
        "Rybar, Telegram, 03.02.2022, https://t.me/rybar/100",  # day first, as Europe writes it
        "Rybar, Telegram, 2022-02-03, https://t.me/rybar/100",
    ],
)
def test_a_file_day_that_swaps_the_note_s_day_and_month_is_said_to_differ_and_how(note: str) -> None:
    # The note's 3 February against the file's `[[2022, 3, 2]]`, March 2: a slip of the kind `03/02/2022`
    # invites; the finding named two days without saying they are one slip from each other.
    message = _differs(note, [2022, 3, 2])
    assert message is not None
    assert message.startswith(
        "the citations file gives the date '2022-03-02' where the note says '2022-02-03' (the note's day and "
        "month swapped: March 2, not February 3)"
    )


def test_a_file_day_of_another_kind_is_said_to_differ_without_a_swap() -> None:
    message = _differs("Rybar, Telegram, 3 February 2022, https://t.me/rybar/100", [2022, 2, 4])
    assert message is not None and "where the note says '2022-02-03':" in message
    assert "swapped" not in message
    another_year = _differs("Rybar, Telegram, 3 March 2022, https://t.me/rybar/1", [2023, 3, 3])
    assert another_year is not None and "swapped" not in another_year


RYBAR_JANUARY = "Rybar, Telegram, January 2022, https://t.me/rybar/100"


@pytest.mark.parametrize(
    ("note", "issued", "said"),
    [
        # A day outside the note's month or year: the checks compared March 2 where the reader sees January.
        (RYBAR_JANUARY, [2022, 3, 2], "'2022-03-02' where the note says 'January 2022'"),
        ("Rossi M., ANSA, gennaio 2022", [2022, 3, 2], "'2022-03-02' where the note says 'January 2022'"),
        ("Smith, J. (2021). Troops. Example News.", [2022, 3, 2], "'2022-03-02' where the note says '2021'"),
        (RYBAR_JANUARY, [2022, 3], "'March 2022' where the note says 'January 2022'"),
        # A month in place of the note's day: a post of any day of it would pass.
        ("Rybar, Telegram, 21 January 2022", [2022, 1], "'January 2022' where the note says '2022-01-21'"),
        # A winter in place of the note's year: it spans December 2020 to February 2022, not 2021 alone.
        ("Smith, J. (2021). Troops. Example News.", [2021, 24], "'winter 2021' where the note says '2021'"),
        (
            "Smith, J. Troops. Foreign Affairs, Winter 2021-22",
            [2022, 3, 2],
            "'2022-03-02' where the note says 'December 2021 to February 2022'",
        ),
    ],
)
def test_a_file_date_outside_the_note_s_month_or_year_is_said_to_differ(
    note: str, issued: list[int], said: str
) -> None:
    message = _differs(note, issued)
    assert message is not None and f"the citations file gives the date {said}" in message


@pytest.mark.parametrize(
    ("note", "issued"),
    [
        (RYBAR_JANUARY, [2022, 1, 21]),  # the file says which day
        ("Smith, J. (2022). Troops. Example News. https://example.com/a", [2022, 1, 21]),
        ("Smith, J. (2022). Troops. Example News. https://example.com/a", [2022, 1]),
        (RYBAR_JANUARY, [2022, 1]),  # said again
        ("Rybar, Telegram, 3 February 2022, https://t.me/rybar/100", [2022, 2, 3]),
        ("Rybar, Telegram, 03/02/2022, https://t.me/rybar/100", [2022, 3, 2]),  # one reading of the note's
        ("Rybar, Telegram, 03/02/2022, https://t.me/rybar/100", [2022, 2, 3]),
        ("Rybar, Telegram, https://t.me/rybar/100", [2022, 3, 2]),  # the note gives no date: the file adds it
        ("Smith, J. Troops. Foreign Affairs, Winter 2021-22", [2022, 1, 15]),  # a day of the note's winter
        ("Smith, J. Troops. Foreign Affairs, Winter 2021-22", [2021, 12]),
    ],
)
def test_a_file_date_within_the_note_s_or_added_to_a_note_without_one_is_no_other_claim(
    note: str, issued: list[int]
) -> None:
    assert _differs(note, issued) is None


@pytest.mark.parametrize(
    ("note", "issued", "said"),
    [
        ("Rybar, Telegram, 19-21 January 2022", [2022, 3, 2], "(January 2022)"),
        ("Rybar, Telegram, January 19\u201321, 2022", [2021, 1, 20], "(January 2022)"),
        ("Rybar, January 21, 2022 \u2013 March 3, 2022", [2022, 4, 1], "(January 2022 to March 2022)"),
    ],
)
def test_a_file_day_outside_the_note_s_range_of_days_is_said_to_differ(
    note: str, issued: list[int], said: str
) -> None:
    # The checks compared the file's March 2 where the reader sees 19-21 January, and said nothing of it.
    message = _differs(note, issued)
    assert message is not None
    day = dt.date(*issued)
    assert message.startswith(f"the citations file gives the date '{day}' outside the range of days the note")
    assert f"the note gives {said}:" in message


@pytest.mark.parametrize(
    ("note", "issued"),
    [
        ("Rybar, Telegram, 19-21 January 2022", [2022, 1, 20]),  # the file says which day
        ("Rybar, Telegram, January 21, 2022 \u2013 March 3, 2022", [2022, 2, 15]),  # a month inside the range
        # A bound without its year: the range may reach any month, and a file's day is not doubted.
        ("Rybar, Telegram, between January 19 and January 23, 2022", [2022, 3, 2]),
        ("Rybar, Telegram, January 21, 2022 \u2013 February 3", [2022, 2, 2]),
    ],
)
def test_a_file_day_within_the_note_s_range_or_of_a_range_not_bounded_is_no_other_claim(
    note: str, issued: list[int]
) -> None:
    assert _differs(note, issued) is None


@pytest.mark.parametrize(
    "note",
    [
        # The note's day without its year, the year only a title's: the file's other day was taken silently
        # (within the note's year 2022, or where the note gives no year), the reader seeing 21 January.
        "Rybar, \u201cKherson 2022\u201d, post of 21 January, https://t.me/rybar/123",
        "Rybar, Kherson 2022, post of 21 January, https://t.me/rybar/123",
    ],
)
def test_a_file_day_other_than_the_note_s_day_without_its_year_is_said_to_differ(note: str) -> None:
    message = _differs(note, [2022, 1, 25])
    assert message is not None and "the date '2022-01-25' where the note says '21 January'" in message
    # The file giving the note's day its year says which year, no other day.
    assert _differs(note, [2022, 1, 21]) is None


@pytest.mark.parametrize(
    ("note", "written"),
    [
        ("Рыбарь, «Херсон 2022», 21 января. https://t.me/rybar/123", "21 января"),
        ("Der Spiegel, „Cherson 2022“, 21. Januar, https://t.me/rybar/123", "21. Januar"),
    ],
)
def test_a_file_day_other_than_the_note_s_day_without_its_year_in_another_language_is_said_to_differ(
    note: str, written: str
) -> None:
    # Only English's day without its year was read: the file's other day was taken silently.
    message = _differs(note, [2022, 1, 25])
    assert message is not None and f"the date '2022-01-25' where the note says '{written}'" in message
    assert _differs(note, [2022, 1, 21]) is None


@pytest.mark.parametrize(
    "issued",
    [
        [2022, 1, 15],  # the winter that opens 2022
        [2022, 12, 20],  # the winter that closes it
        [2022, 7, 4],  # the southern winter
        [2022, 2],
    ],
)
def test_a_file_day_within_a_reading_of_the_note_s_winter_is_no_other_claim(issued: list[int]) -> None:
    # The note's `Winter 2022` is read as its season's code (`2022-24`); a file's day of it says which, as a
    # day of the note's month does: said to differ, the footnote could never be verified.
    assert (
        _differs("Smith, J. Deterrence. Foreign Affairs, Winter 2022, https://example.com/a", issued) is None
    )


@pytest.mark.parametrize("issued", [[2022, 4, 15], [2023, 3, 1], [2021, 11, 30]])
def test_a_file_day_outside_every_reading_of_the_note_s_winter_is_said_to_differ(issued: list[int]) -> None:
    said = _differs("Smith, J. Deterrence. Foreign Affairs, Winter 2022, https://example.com/a", issued)
    assert said is not None and "winter 2022" in said
