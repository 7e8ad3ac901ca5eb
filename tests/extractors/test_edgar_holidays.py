"""EDGAR's filing days: a weekday that is no federal holiday, each holiday found by its rule (5 U.S.C. 6103),
kept on the Friday before or the Monday after where it falls on a weekend. Read as any weekday, a report
signed the day before a Friday holiday and filed the Monday after was not filed "the next working day"."""

from __future__ import annotations

import datetime as dt

from provenance.extractors.edgar import federal_holidays, next_filing_day


def test_the_federal_holidays_of_a_year_are_found_by_their_rules() -> None:
    assert sorted(federal_holidays(2024)) == [
        dt.date(2024, 1, 1),
        dt.date(2024, 1, 15),  # the third Monday of January
        dt.date(2024, 2, 19),  # the third Monday of February
        dt.date(2024, 5, 27),  # the last Monday of May
        dt.date(2024, 6, 19),
        dt.date(2024, 7, 4),
        dt.date(2024, 9, 2),  # the first Monday of September
        dt.date(2024, 10, 14),  # the second Monday of October
        dt.date(2024, 11, 11),
        dt.date(2024, 11, 28),  # the fourth Thursday of November
        dt.date(2024, 12, 25),
    ]


def test_a_fixed_holiday_on_a_weekend_is_kept_on_the_nearest_weekday() -> None:
    holidays_2021 = federal_holidays(2021)
    assert dt.date(2021, 6, 18) in holidays_2021  # Juneteenth on a Saturday: the Friday before
    assert dt.date(2021, 12, 24) in holidays_2021  # Christmas on a Saturday
    assert dt.date(2021, 12, 31) in holidays_2021  # New Year's Day 2022, a Saturday, kept in 2021
    assert dt.date(2022, 1, 1) not in federal_holidays(2022)
    assert dt.date(2022, 12, 26) in federal_holidays(2022)  # Christmas on a Sunday: the Monday after
    assert dt.date(2023, 1, 2) in federal_holidays(2023)  # New Year's Day on a Sunday


def test_a_holiday_is_kept_only_from_the_year_it_was_made_one() -> None:
    assert dt.date(2020, 6, 19) not in federal_holidays(2020)  # Juneteenth, from 2021
    assert dt.date(1985, 1, 21) not in federal_holidays(1985)  # Martin Luther King Jr. Day, from 1986
    assert dt.date(1986, 1, 20) in federal_holidays(1986)


def test_the_next_filing_day_passes_over_weekends_and_holidays() -> None:
    assert next_filing_day(dt.date(2024, 3, 14)) == dt.date(2024, 3, 15)  # Thursday: Friday
    assert next_filing_day(dt.date(2024, 3, 15)) == dt.date(2024, 3, 18)  # Friday: Monday
    assert next_filing_day(dt.date(2025, 7, 3)) == dt.date(2025, 7, 7)  # Independence Day on a Friday
    assert next_filing_day(dt.date(2025, 11, 26)) == dt.date(2025, 11, 28)  # Thanksgiving, then Friday
    assert next_filing_day(dt.date(2024, 5, 24)) == dt.date(2024, 5, 28)  # Memorial Day weekend
    assert next_filing_day(dt.date(2021, 12, 30)) == dt.date(2022, 1, 3)  # 31 December kept for 1 January
