"""Dates in Romanian, Hungarian, Finnish, Estonian, Danish, Swedish, Catalan, Czech, Slovak, Slovenian,
Lithuanian and Latvian notes, their access dates, and the prose and names that only look like them."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from provenance.citations import parse_citation
from provenance.citations.dates import DateFind, find_date, other_days
from provenance.models import Footnote

JAN_21 = dt.date(2022, 1, 21)
FEB_5_2022 = dt.date(2022, 2, 5)


# Each was read as a note without a date (`date` skipped): a wrong day in it went unnoticed.
@pytest.mark.parametrize(
    ("note", "day"),
    [
        # Romanian: the name, its abbreviation with its stop.
        ("Ion Popescu, Adev\u0103rul, 21 ianuarie 2022", JAN_21),
        ("Ion Popescu, Adev\u0103rul, 21 ian. 2022", JAN_21),
        ("Ion Popescu, Adev\u0103rul, 21 febr. 2022", dt.date(2022, 2, 21)),
        ("Ion Popescu, Adev\u0103rul, 3 martie 2022", dt.date(2022, 3, 3)),
        ("Ion Popescu, Adev\u0103rul, 3 decembrie 2021", dt.date(2021, 12, 3)),
        # Finnish: the partitive and the nominative, `\u00e4` written or left out.
        ("Matti Virtanen, Helsingin Sanomat, 21. tammikuuta 2022", JAN_21),
        ("Matti Virtanen, Helsingin Sanomat, 21. tammikuu 2022", JAN_21),
        ("Matti Virtanen, HS, 3. kes\u00e4kuuta 2022", dt.date(2022, 6, 3)),
        ("Matti Virtanen, HS, 3. kesakuuta 2022", dt.date(2022, 6, 3)),
        ("Matti Virtanen, HS, 3. hein\u00e4kuu 2022", dt.date(2022, 7, 3)),
        ("Matti Virtanen, HS, 3. heinakuu 2022", dt.date(2022, 7, 3)),
        # Estonian.
        ("Mari Tamm, Postimees, 21. jaanuar 2022", JAN_21),
        ("Mari Tamm, Postimees, 21. m\u00e4rts 2022", dt.date(2022, 3, 21)),
        ("Mari Tamm, Postimees, 21. detsember 2021", dt.date(2021, 12, 21)),
        # Danish's March, Swedish's August.
        ("Lars Hansen, Politiken, 21. marts 2022", dt.date(2022, 3, 21)),
        ("Anna Svensson, Dagens Nyheter, 21 augusti 2022", dt.date(2022, 8, 21)),
        # Catalan.
        ("Joan Puig, La Vanguardia, 21 de gener de 2022", JAN_21),
        ("Joan Puig, Ara, 21 de mar\u00e7 de 2022", dt.date(2022, 3, 21)),
        ("Joan Puig, Ara, 21 de juliol de 2022", dt.date(2022, 7, 21)),
        # Czech's nominatives (its genitives, `21. \u0159\u00edjna`, were read already).
        ("Jan Nov\u00e1k, iDNES, 21. duben 2022", dt.date(2022, 4, 21)),
        ("Jan Nov\u00e1k, iDNES, 21. \u0159\u00edjen 2022", dt.date(2022, 10, 21)),
        ("Jan Nov\u00e1k, iDNES, 21. \u010dervenec 2022", dt.date(2022, 7, 21)),
        # Slovak's and Slovenian's nominatives.
        ("J\u00e1n Kov\u00e1\u010d, SME, 21. marec 2022", dt.date(2022, 3, 21)),
        ("J\u00e1n Kov\u00e1\u010d, SME, 21. apr\u00edl 2022", dt.date(2022, 4, 21)),
        ("Janez Novak, Delo, 21. junij 2022", dt.date(2022, 6, 21)),
        ("Janez Novak, Delo, 21. julij 2022", dt.date(2022, 7, 21)),
        # Lithuanian writes the year, `m.`, the month in the genitive, the day and `d.`; Latvian the year,
        # `gada`, the day stopped and the month in the nominative or the locative.
        ("Jonas Petraitis, LRT, 2022 m. sausio 21 d.", JAN_21),
        ("Jonas Petraitis, LRT, 2022 m. sausio 21 d., https://www.lrt.lt/naujienos/1", JAN_21),
        ("Jonas Petraitis, 15min, 2022 m. baland\u017eio 3 d.", dt.date(2022, 4, 3)),
        ("Jonas Petraitis, 15min, 2022 m. balandzio 3 d.", dt.date(2022, 4, 3)),  # its marks left out
        ("Jonas Petraitis, Delfi, 2021 m. gruod\u017eio 31 d.", dt.date(2021, 12, 31)),
        ("Jonas Petraitis, Delfi, 2022m. rugs\u0117jo 1d.", dt.date(2022, 9, 1)),
        ("J\u0101nis B\u0113rzi\u0146\u0161, LSM, 2022. gada 21. janv\u0101ris", JAN_21),
        ("J\u0101nis B\u0113rzi\u0146\u0161, LSM, 2022. gada 21. janv\u0101r\u012b", JAN_21),  # on 21 January
        ("J\u0101nis B\u0113rzi\u0146\u0161, Delfi, 2022. gada 3. mart\u0101", dt.date(2022, 3, 3)),
        ("Janis Berzins, Delfi, 2022. gada 3. julija", dt.date(2022, 7, 3)),
        ("J\u0101nis B\u0113rzi\u0146\u0161, TVNET, 2021. gada 31. decembris", dt.date(2021, 12, 31)),
    ],
)
def test_a_date_in_those_languages_gives_the_day(note: str, day: dt.date) -> None:
    assert find_date(note).date == day
    assert parse_citation(Footnote(label="1", text=note, line=1)).citation.date == day


# Hungarian writes the year first, its stop, the month and the day with its stop or its ending.
@pytest.mark.parametrize(
    ("note", "day"),
    [
        ("Nagy P\u00e9ter, Index, 2022. janu\u00e1r 21.", JAN_21),
        ("Nagy P\u00e9ter, Index, 2022. szept. 3.", dt.date(2022, 9, 3)),
        ("Nagy P\u00e9ter, Index, 2022. okt\u00f3ber 3. 10:30", dt.date(2022, 10, 3)),
        ("Nagy P\u00e9ter, Index, 2022. janu\u00e1r 21-\u00e9n", JAN_21),  # on the 21st
        ("Nagy P\u00e9ter, Index, 2022. m\u00e1rcius 1-j\u00e9n", dt.date(2022, 3, 1)),
        ("Nagy P\u00e9ter, Index, a 2022. janu\u00e1r 21-i adás", JAN_21),  # of the 21st
        # Month first, as a note in an English layout writes it.
        ("Nagy P\u00e9ter, Index, janu\u00e1r 21, 2022", JAN_21),
    ],
)
def test_a_hungarian_date_gives_the_day(note: str, day: dt.date) -> None:
    assert find_date(note).date == day


def test_a_hungarian_bound_is_no_day() -> None:
    # `21-ig`: until the 21st; `21-t\u0151l`: from it. No day a post was published.
    assert find_date("Nagy P\u00e9ter, Index, 2022. janu\u00e1r 21-ig") == DateFind(None)
    assert find_date("Nagy P\u00e9ter, Index, 2022. janu\u00e1r 21-t\u0151l") == DateFind(None)


@pytest.mark.parametrize("join", ["\u2013", "-", " \u2013 ", "\u2014"])
def test_a_hungarian_range_of_days_is_flagged_a_range(join: str) -> None:
    note = f"Nagy P\u00e9ter, Index, 2022. janu\u00e1r 19{join}21."
    assert find_date(note) == DateFind(None, in_a_range=True)


@pytest.mark.parametrize(
    "note",
    [
        # A sentence's year, then an English month-first date: that date, not the year before it.
        "Smith, J. Annual report 2021. Jan 5, 2022.",
        "Annual report 2021. Dec 5 2022",
    ],
)
def test_a_year_ending_a_sentence_before_an_english_date_is_not_hungarian(note: str) -> None:
    assert find_date(note).date.year == 2022  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "note",
    [
        "Jonas Petraitis, LRT, 2022 m. sausio 21\u201322 d.",  # a range
        "Jonas Petraitis, LRT, 2022 m. sausio 21-22 d.",
        "J\u0101nis B\u0113rzi\u0146\u0161, LSM, 2022. gada 21.\u201322. janv\u0101r\u012b",
        "Jonas Petraitis, LRT, 2022 m. sausio",  # a month, no day
        "Jonas Petraitis, LRT, 2022 m. sausio 21",  # no `d.`: a count as likely as a day
        "Jonas Petraitis, LRT, 2022 m. vasario 31 d.",  # 31 February
        "J\u0101nis B\u0113rzi\u0146\u0161, LSM, 2022. gada janv\u0101ris",
        "J\u0101nis B\u0113rzi\u0146\u0161, LSM, 2022. gada 21 janv\u0101ris",  # no day's stop
    ],
)
def test_a_lithuanian_or_latvian_range_or_month_without_one_real_day_is_no_date(note: str) -> None:
    assert find_date(note).date is None


# Access dates as those languages' Wikipedias cite them: an access day was the post's date, and a post of
# the day it was read passed; beside the note's own day it was a second one.
_ACCESSED = [
    "Let\u00f6lt\u00e9s ideje: 2023-02-05",
    "Let\u00f6ltve: 2023-02-05",
    "Hozz\u00e1f\u00e9r\u00e9s ideje: 2023-02-05",
    "Accesat la 05.02.2023",
    "Accesat \u00een 05.02.2023",
    "Viitattu 5.2.2023",
    "L\u00e4st 5 februari 2023",
    "H\u00e4mtad 5 februari 2023",
    "Hentet 5. februar 2023",
    "Vaadatud 5.02.2023",
]


@pytest.mark.parametrize("accessed", _ACCESSED)
def test_an_access_date_in_those_languages_is_no_publication_date(accessed: str) -> None:
    note = f"Nagy, Index. {accessed}"
    assert find_date(note) == DateFind(None)
    dated = f"Nagy, Index, 05.02.2022. {accessed}"
    assert find_date(dated).date == FEB_5_2022
    assert other_days(dated, FEB_5_2022) == ()


# The same with the month named in the note's language, now read: still an access day.
@pytest.mark.parametrize(
    "accessed",
    [
        "Let\u00f6lt\u00e9s ideje: 2023. febru\u00e1r 5.",
        "Hozz\u00e1f\u00e9r\u00e9s ideje: 2023. febru\u00e1r 5.",
        "Accesat la 5 februarie 2023",
        "Viitattu 5. helmikuuta 2023",
        "Vaadatud 5. veebruar 2023",
    ],
)
def test_an_access_date_with_a_newly_read_month_is_no_publication_date(accessed: str) -> None:
    assert find_date(f"Nagy, Index. {accessed}") == DateFind(None)


def test_a_hungarian_note_s_own_day_beside_its_access_day_is_its_date() -> None:
    note = "Nagy P\u00e9ter, Index, 2022. febru\u00e1r 5. Let\u00f6lt\u00e9s ideje: 2023. febru\u00e1r 6."
    assert find_date(note).date == FEB_5_2022
    assert other_days(note, FEB_5_2022) == ()


@pytest.mark.parametrize(
    "note",
    [
        # `Ian`, a name, is Romanian's January only with its stop.
        "Ian Smith, 21 Ian 2022",
        "Ian Smith, blog, 21 ian 2022",
        # `leden`, Czech's January, is Dutch's members: left out.
        "De Vries, 21 leden 2022",
        "Vereniging, 3 leden 2022 jaarverslag",
        # Hungarian's unaccented `Julius`, `Junius` and `Marc` are names: left out.
        "Smith, 21 Julius 2022",
        "Smith, 21 Junius 2022",
        "Smith, 21 Marc 2022",
        # English's `marts` between no day and year.
        "Walmart opened 21 marts in 2022",
    ],
)
def test_names_and_words_only_like_those_months_are_no_date(note: str) -> None:
    assert find_date(note).date is None


@pytest.mark.parametrize(
    "note",
    [
        "2022. janu\u00e1r 1" * 8000,  # each day runs into the next year's digits
        "2022. jan " * 10_000,  # a year and a month without their day
        "2022. szept. 3-" * 7000,  # a range's first day, again and again
        "22. j" * 20_000,  # a year's stop and a month's first letter
        "2022. janu\u00e1r 19" + "\u20131" * 50_000,  # a range that never ends
        "21 tammikuu " * 8500,  # days and months without a year
        "21. kes" * 14_000 + "2022",  # a month's first letters
        "1 de gener de " * 7000,  # Catalan's `de` between them
        "2022 m. sausio 21 " * 6000,  # Lithuanian without the day's `d.`
        "2022 m. " * 12_500,  # a year's `m.` without its month
        "2022. gada 21.\u2013" * 6500,  # Latvian's range that never ends
        "2022. gada " * 9000,
    ],
    ids=lambda note: note[:12],
)
def test_a_crafted_note_of_those_dates_is_read_in_linear_time(note: str) -> None:
    started = time.process_time()
    assert find_date(note).date is None
    assert find_date(note, year_apart=True).date is None
    assert time.process_time() - started < 5
