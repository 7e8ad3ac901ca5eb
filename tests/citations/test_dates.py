"""The date a note gives its source: only full, unambiguous days count."""

from __future__ import annotations

import datetime as dt

import pytest

from provenance.citations.dates import find_date

JAN_21 = dt.date(2022, 1, 21)


@pytest.mark.parametrize(
    "text",
    [
        "January 21, 2022",
        "Jan. 21, 2022",
        "Jan 21 2022",
        "21 January 2022",
        "21 Jan. 2022",
        "21st of January, 2022",
        "2022-01-21",
        "2022-01-21T14:05:00Z",
        "2022-01-21 14:05",
        "2022/01/21",
        "21/01/2022",
        "01/21/2022",
        "21.01.2022",
        "Haddad, L. (2022, January 21). Council vote.",
        "Rybar, Telegram, JANUARY 21, 2022, 14:05",
        "21-Jan-2022",
        "Рыбарь, Telegram, 21 января 2022 года",
        "Генштаб, 21 січня 2022 року",
    ],
)
def test_spelling_gives_the_day(text: str) -> None:
    assert find_date(text).date == JAN_21


@pytest.mark.parametrize(
    "text",
    [
        "January 2022",
        "2022",
        "February 30, 2022",
        "31.02.2022",
        "13/13/2022",
        "https://news.example/2022/01/21/story",
        "Retrieved 21 January 2022.",
        "(accessed January 21, 2022)",
        "no date here",
    ],
)
def test_coarse_invalid_or_irrelevant_dates_are_not_dates(text: str) -> None:
    found = find_date(text)
    assert (found.date, found.ambiguous) == (None, False)


def test_day_month_swap_is_ambiguous_not_guessed() -> None:
    found = find_date("Lina Haddad, 03/04/2022")
    assert (found.date, found.ambiguous, found.text) == (None, True, "03/04/2022")


def test_equal_day_and_month_is_not_ambiguous() -> None:
    assert find_date("04/04/2022").date == dt.date(2022, 4, 4)


def test_first_date_is_the_source_date() -> None:
    text = '"Council vote". City News. 21 January 2022. Updated 3 February 2022. Retrieved 5 March 2023.'
    assert find_date(text).date == JAN_21


def test_date_after_a_url_is_found_but_the_url_date_is_not() -> None:
    assert find_date("https://news.example/2021/12/01/a (February 2, 2022)").date == dt.date(2022, 2, 2)


def test_matched_text_is_reported() -> None:
    assert find_date("Rybar, 21 Jan. 2022, https://t.me/rybar/1").text == "21 Jan. 2022"


@pytest.mark.parametrize(
    "text",
    ["20\u201321 January 2022", "20-21 January 2022", "20\u201321 \u044f\u043d\u0432\u0430\u0440\u044f 2022"],
)
def test_a_range_of_days_is_not_one_day(text: str) -> None:
    # "20\u201321 January 2022" was read as 21 January: a post of the 20th then failed its date check.
    assert find_date(text).date is None


def test_an_update_date_gives_way_to_the_publication_date() -> None:
    # The update came first in the note and was taken for the publication date: a good source failed.
    note = "Updated: January 23, 2022. Originally published January 21, 2022."
    assert find_date(note).date == dt.date(2022, 1, 21)
    assert find_date("Rybar, Telegram, updated January 23, 2022").date == dt.date(2022, 1, 23)
