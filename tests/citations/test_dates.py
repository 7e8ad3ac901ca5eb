"""The date a note gives its source: only full, unambiguous days count."""

from __future__ import annotations

import datetime as dt
import re
import time
from collections.abc import Callable
from re import _constants, _parser  # type: ignore[attr-defined]
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.citations import dates, parse_citation, validate_citation
from provenance.citations.dates import find_date, other_days
from provenance.models import Footnote
from provenance.urls import blank_urls

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
        "the 21st of January 2022",
        "January the 21st, 2022",  # unread, the note had no date
        "JANUARY THE 21ST, 2022",
        "2022-01-21",
        "2022-01-21T14:05:00Z",
        "2022-01-21 14:05",
        "2022/01/21",
        "21/01/2022",
        "01/21/2022",
        "21.01.2022",
        "Telegram, 21.01.2022.",
        "21-01-2022",
        "01-21-2022",
        "Haddad, L. (2022, January 21). Council vote.",
        "Rybar, Telegram, JANUARY 21, 2022, 14:05",
        "21-Jan-2022",
        "Рыбарь, Telegram, 21 января 2022 года",
        "Генштаб, 21 січня 2022 року",
        "Telegram, 21. Januar 2022.",
        "Telegram, 21. Jan. 2022, 14:05 Uhr",
        "21. JÄNNER 2022",
        "21.Januar 2022",
        "Le Quotidien, 21 janvier 2022",
        "Le Quotidien, 21 janv. 2022",
        "Die Zeitung, 21. Januar 2022",
        "Der Standard, 21. Jänner 2022",
        "El Diario, 21 de enero de 2022",
        "Рыбарь // Telegram. 21 янв. 2022. URL: https://t.me/rybar/1",
        "Генштаб, 21 січ. 2022",
    ],
)
def test_spelling_gives_the_day(text: str) -> None:
    assert find_date(text).date == JAN_21


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("3. März 2022", dt.date(2022, 3, 3)),
        ("3. Mär. 2022", dt.date(2022, 3, 3)),
        ("5. Mai 2022", dt.date(2022, 5, 5)),
        ("21. Okt. 2022", dt.date(2022, 10, 21)),
        ("1. Dezember 2021", dt.date(2021, 12, 1)),
    ],
)
def test_german_month_names_give_the_day(text: str, day: dt.date) -> None:
    assert find_date(text).date == day


# Unread, a note in these languages had no day (or another of its days, an update's, was taken for it).
@pytest.mark.parametrize(
    "text",
    [
        "Rybar, Telegram, 21 stycznia 2022",
        "Rybar, Telegram, 21 gennaio 2022",
        "Rybar, Telegram, 21 de janeiro de 2022",
        "Rybar, Telegram, 21 Ocak 2022",
        "Rybar, Telegram, 21 \u064a\u0646\u0627\u064a\u0631 2022",
        "Rybar, Telegram, 21 \u0643\u0627\u0646\u0648\u0646 \u0627\u0644\u062b\u0627\u0646\u064a 2022",
        "Rybar, Telegram, enero 21, 2022",
        "Rybar, Telegram, ENERO 21 2022",
        "Rybar, Telegram, enero 21 de 2022",  # as Colombia writes it
        "Rybar, Telegram, Enero 21 del 2022",
    ],
)
def test_italian_portuguese_polish_turkish_arabic_and_month_first_spanish_give_the_day(text: str) -> None:
    assert find_date(text).date == JAN_21


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Urdu's Gregorian months, as Pakistan's press and ministries date (Latin digits or Urdu's own):
        # unread, the note had no day.
        ("\u062c\u06cc\u0648 \u0646\u06cc\u0648\u0632\u060c 21 \u062c\u0646\u0648\u0631\u06cc 2022", JAN_21),
        (
            "\u0688\u0627\u0646\u060c \u06f2\u06f1 \u062c\u0646\u0648\u0631\u06cc "
            "\u06f2\u06f0\u06f2\u06f2",  # in Urdu's digits
            JAN_21,
        ),
        ("\u0688\u0627\u0646\u060c 3 \u0627\u06a9\u062a\u0648\u0628\u0631 2022", dt.date(2022, 10, 3)),
        ("\u0688\u0627\u0646\u060c 1 \u0645\u0626\u06cc 2022", dt.date(2022, 5, 1)),
        ("\u0688\u0627\u0646\u060c 15 \u062c\u0648\u0646 2022", dt.date(2022, 6, 15)),
        ("\u0688\u0627\u0646\u060c 31 \u062f\u0633\u0645\u0628\u0631 2021", dt.date(2021, 12, 31)),
    ],
)
def test_urdu_month_names_give_the_day(text: str, day: dt.date) -> None:
    assert find_date(text).date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Brazil's ABNT (NBR 6023) abbreviates every month but May: unread, a well-formed note had no day.
        (
            "SILVA, J. Tropas na fronteira. Folha de S.Paulo, S\u00e3o Paulo, 21 jan. 2022. "
            "Dispon\u00edvel em: https://folha.example/a. Acesso em: 5 fev. 2023.",
            JAN_21,
        ),
        ("SILVA, J. Tropas. Folha, 21 fev. 2022.", dt.date(2022, 2, 21)),
        ("SILVA, J. Tropas. Folha, 21 set. 2022.", dt.date(2022, 9, 21)),
        ("SILVA, J. Tropas. Folha, 21 out. 2022.", dt.date(2022, 10, 21)),
        ("SILVA, J. Tropas. Folha, 21 de ago. de 2022.", dt.date(2022, 8, 21)),
        # Italian and Spanish notes abbreviate too.
        ("Rossi M., Truppe al confine, La Repubblica, 21 gen. 2022", JAN_21),
        ("Rossi M., Truppe al confine, La Repubblica, 21 giu. 2022", dt.date(2022, 6, 21)),
        ("Rossi M., Truppe al confine, La Repubblica, 21 ott. 2022", dt.date(2022, 10, 21)),
        ("Garc\u00eda M., Tropas en la frontera, El Pa\u00eds, 21 ene. 2022", JAN_21),
        ("Garc\u00eda M., Tropas en la frontera, El Pa\u00eds, 21 de abr. de 2022", dt.date(2022, 4, 21)),
        ("Garc\u00eda M., Tropas en la frontera, El Pa\u00eds, 21 dic. 2022", dt.date(2022, 12, 21)),
        # The abbreviations that are English words too are months only with their stop.
        ("Example News, Top 10 out 2022", None),
        ("Example News, won 2 set 2022", None),
    ],
)
def test_an_abbreviated_portuguese_italian_or_spanish_month_gives_the_day(
    text: str, day: dt.date | None
) -> None:
    assert find_date(text).date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Polish abbreviates the month, with its stop or without; Spanish and Italian write `ago` without it:
        # unread, a well-formed note had no date.
        ("Wyborcza, Wojska na granicy, 21 sty. 2022, https://wyborcza.pl/a", JAN_21),
        ("Wyborcza, Wojska na granicy, 21 sty 2022 r.", JAN_21),
        ("Wyborcza, Wojska na granicy, 21 lut 2022", dt.date(2022, 2, 21)),
        ("Wyborcza, 21 kwi. 2022", dt.date(2022, 4, 21)),
        ("Wyborcza, 21 cze 2022", dt.date(2022, 6, 21)),
        ("Wyborcza, 21 lip 2022", dt.date(2022, 7, 21)),
        ("Wyborcza, 21 sie 2022", dt.date(2022, 8, 21)),
        ("Wyborcza, 21 wrz. 2022", dt.date(2022, 9, 21)),
        ("Wyborcza, 21 pa\u017a. 2022", dt.date(2022, 10, 21)),
        ("Wyborcza, 21 lis 2022", dt.date(2022, 11, 21)),
        ("Wyborcza, 21 gru. 2022", dt.date(2022, 12, 21)),
        ("Garc\u00eda M., Tropas en la frontera, El Pa\u00eds, 21 ago 2022", dt.date(2022, 8, 21)),
        ("Rossi M., Truppe al confine, La Repubblica, 21 AGO 2022", dt.date(2022, 8, 21)),
        # English's `ago` after a length of time, words and names capitalised (German's `Sie`), and
        # Croatian's `lip.` and `lis.` after a stopped day (its June and October): no day.
        ("Blog, published 2 years ago 2022", None),
        ("Interview: am 21 Sie 2022", None),
        ("Jan Lis, 21 Lis 2022", None),
        ("Jutarnji list, 21. lip. 2022.", None),
        ("Jutarnji list, 21. lis. 2022.", None),
    ],
)
def test_an_abbreviated_polish_month_or_spanish_ago_without_its_stop_gives_the_day(
    text: str, day: dt.date | None
) -> None:
    assert find_date(text).date == day
    assert parse_citation(Footnote(label="1", text=text, line=1)).citation.date == day


def test_a_crafted_note_of_polish_abbreviations_is_read_in_linear_time() -> None:
    assert find_date("21 sty " * 15_000).date is None  # about 100 kB of days without their year
    assert find_date("21. lis. " * 11_000 + "2022").date is None


# Hebrew names the month after the day, mostly after `ב` (in): unread, the note had no date.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Rybar, Telegram, 21 \u05d1\u05d9\u05e0\u05d5\u05d0\u05e8 2022", JAN_21),  # 21 בינואר 2022
        ("Rybar, Telegram, 21 \u05d9\u05e0\u05d5\u05d0\u05e8 2022", JAN_21),  # without ב
        ("Rybar, Telegram, 3 \u05d1\u05de\u05d0\u05d9 2022", dt.date(2022, 5, 3)),  # 3 במאי 2022
        ("Rybar, Telegram, 1 \u05d1\u05d3\u05e6\u05de\u05d1\u05e8 2021", dt.date(2021, 12, 1)),  # בדצמבר
    ],
)
def test_a_hebrew_month_gives_the_day(text: str, day: dt.date) -> None:
    assert find_date(text).date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("21 Şubat 2022", dt.date(2022, 2, 21)),
        ("21 May\u0131s 2022", dt.date(2022, 5, 21)),
        ("21 MAYIS 2022", dt.date(2022, 5, 21)),
        ("21 października 2022", dt.date(2022, 10, 21)),
        ("21 marca 2022", dt.date(2022, 3, 21)),
        ("21 Mart 2022", dt.date(2022, 3, 21)),
        ("21 marzo 2022", dt.date(2022, 3, 21)),
        ("21 \u062a\u0634\u0631\u064a\u0646 \u0627\u0644\u0623\u0648\u0644 2022", dt.date(2022, 10, 21)),
        ("21 May 2022", dt.date(2022, 5, 21)),  # English, as before
    ],
)
def test_those_months_give_their_number(text: str, day: dt.date) -> None:
    assert find_date(text).date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Persian names the Solar Hijri months: 1 Bahman 1400, in Persian digits or not, is 21 January 2022.
        ("Rybar, Telegram, \u06f1 \u0628\u0647\u0645\u0646 \u06f1\u06f4\u06f0\u06f0", JAN_21),
        ("Rybar, Telegram, 1 \u0628\u0647\u0645\u0646 1400", JAN_21),
        ("30 \u062f\u06cc 1400", dt.date(2022, 1, 20)),
        ("1 \u0641\u0631\u0648\u0631\u062f\u06cc\u0646 1400", dt.date(2021, 3, 21)),
        ("1 \u0628\u0647\u0645\u0646 1000", None),  # no Solar Hijri year of the sources cited
        # Afghanistan's Dari names them by the zodiac: 1 Dalw 1400 is 1 Bahman; each was unread.
        ("Tolonews, 1 \u062f\u0644\u0648 1400", JAN_21),
        ("Tolonews, \u06f1 \u062f\u0644\u0648 \u06f1\u06f4\u06f0\u06f0", JAN_21),
        ("1 \u062d\u0645\u0644 1401", dt.date(2022, 3, 21)),
        ("1 \u062c\u062f\u06cc 1400", dt.date(2021, 12, 22)),
        ("21 \u0627\u0633\u062f 2022", None),  # a name, not of a Solar Hijri year
    ],
)
def test_persian_month_names_give_the_solar_hijri_day(text: str, day: dt.date | None) -> None:
    assert find_date(text).date == day


# Persian names the Gregorian months too (`۲۱ ژانویه ۲۰۲۲`), as Iran's news dates a day abroad: the note had
# no date. Its Wikipedia's access words (`بازبینی‌شده در`, `تاریخ دسترسی`) make none.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Rybar, Telegram, \u06f2\u06f1 \u0698\u0627\u0646\u0648\u06cc\u0647 \u06f2\u06f0\u06f2\u06f2",
            JAN_21,
        ),
        ("Rybar, Telegram, 21 \u0698\u0627\u0646\u0648\u06cc\u0647 2022", JAN_21),
        ("Rybar, Telegram, 21 \u0645\u0647 2022", dt.date(2022, 5, 21)),
        ("Rybar, Telegram, 21 \u0627\u06a9\u062a\u0628\u0631 2022", dt.date(2022, 10, 21)),
        ("Rybar, Telegram, 21 \u0627\u0643\u062a\u0628\u0631 2022", dt.date(2022, 10, 21)),  # Arabic kaf
        (
            "Rybar, Telegram. "
            "\u0628\u0627\u0632\u0628\u06cc\u0646\u06cc\u200c\u0634\u062f\u0647 \u062f\u0631 "
            "5 \u0641\u0648\u0631\u06cc\u0647 2023",
            None,
        ),
        (
            "Rybar, Telegram. \u062a\u0627\u0631\u06cc\u062e "
            "\u062f\u0633\u062a\u0631\u0633\u06cc: 5 \u0641\u0648\u0631\u06cc\u0647 2023",
            None,
        ),
    ],
)
def test_persian_names_of_the_gregorian_months_give_the_day(text: str, day: dt.date | None) -> None:
    assert find_date(text).date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Desk, “Desk report”, 21. January 2022, http://site1.example/page/1", JAN_21),
        ("3. March 2022", dt.date(2022, 3, 3)),
        ("3.March 2022", dt.date(2022, 3, 3)),
        ("21. Jan 2022", JAN_21),
        ("21. MAY 2022", dt.date(2022, 5, 21)),
        ("1. December, 2021", dt.date(2021, 12, 1)),
    ],
)
def test_a_german_stop_after_the_day_before_an_english_month_gives_the_day(text: str, day: dt.date) -> None:
    # Non-native writers mix the two (`21. January 2022`): the note had no date ("schema fail: no date").
    assert find_date(text).date == day


def test_a_german_stop_before_a_word_that_only_starts_like_a_month_is_no_date() -> None:
    assert find_date("21. Junior 2022").date is None


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


@pytest.mark.parametrize(
    ("note", "published"),
    [
        ("Le Quotidien, 1er février 2022", dt.date(2022, 2, 1)),
        ("Le Quotidien, 12 AOÛT 2022", dt.date(2022, 8, 12)),
        ("Le Quotidien, 12 aout 2022", dt.date(2022, 8, 12)),
        ("Die Zeitung, 3. März 2022", dt.date(2022, 3, 3)),
        ("Die Zeitung, 24. Dezember 2022", dt.date(2022, 12, 24)),
        ("El Diario, 5 de septiembre de 2022", dt.date(2022, 9, 5)),
        ("El País, 30 diciembre 2022", dt.date(2022, 12, 30)),
    ],
)
def test_a_french_german_or_spanish_month_name_gives_the_day(note: str, published: dt.date) -> None:
    # A note written in French, German or Spanish had no date ("schema fail: no date"): its footnote failed.
    assert find_date(note).date == published


@pytest.mark.parametrize(
    "note",
    [
        # GOST R 7.0.100 (Russian) and DSTU 8302 (Ukrainian) give a web source only its access date.
        "Рыбарь // Telegram. URL: https://t.me/rybar/1 (дата обращения: 05.02.2023).",
        "Генштаб // Telegram. URL: https://t.me/a/1 (дата звернення: 05.02.2023).",
        "Claire Dubois, Le Quotidien, https://lq.example/a (consulté le 5 février 2023)",
        "Max Muster, Die Zeitung, https://z.example/a, abgerufen am 05.02.2023",
        "Max Muster, Die Zeitung, https://z.example/a (Zugriff am 5. Februar 2023)",
        "Ana García, El Diario, https://d.example/a (consultado el 5 de febrero de 2023)",
        "Ana García, El Diario, https://d.example/a. Fecha de consulta: 05/02/2023",
        # `дата доступа` (Russian as written in Belarus), `переглянуто` (Ukrainian: viewed), `Abrufdatum`.
        "Рыбарь, Telegram, https://t.me/rybar/1 (дата доступа: 05.02.2023).",
        "Генштаб, Telegram, https://t.me/a/1 (переглянуто 05.02.2023).",
        "Max Muster, Die Zeitung, https://z.example/a (Abrufdatum: 05.03.2023)",
    ],
)
def test_an_access_date_in_another_language_is_not_the_publication_date(note: str) -> None:
    # "дата обращения: 05.02.2023" was read as the day the post was published: its date check failed
    # with the day the report's author looked at it.
    found = find_date(note)
    assert (found.date, found.ambiguous) == (None, False)


# Access dates in the citation styles of the other languages whose months are read (Wikipedia's among them):
# a note's only date, an access date, was compared as the post's day, and a post of that day passed; beside
# the note's own day it was a second day, and a correct note warned.
_ACCESSED_IN_OTHER_LANGUAGES = [
    "Ana Garc\u00eda, El Diario, Fecha de acceso: 30 de enero de 2022",
    "Rybar, Telegram, URL consultato il 30 gennaio 2022",
    "Rybar, Telegram. Archiviato dall'url originale il 30 gennaio 2022.",
    "Rybar, Telegram, ultimo accesso 30 gennaio 2022",
    "Rybar, Telegram. Consultado em 30 de janeiro de 2022",
    "Rybar, Telegram, acesso em 30 de janeiro de 2022",
    "Rybar, Telegram, Acessado em: 30 de janeiro de 2022",
    "Rybar, Telegram [dost\u0119p 30 stycznia 2022]",
    "Rybar, Telegram, dost\u0119p: 30.01.2022",
    "Rybar, Telegram, Eri\u015fim tarihi: 30 Ocak 2022",
    "Max Muster, Die Zeitung (Abruf: 30.01.2022)",
    "Max Muster, Die Zeitung, letzter Abruf am 30.01.2022",
    "Le Monde, derni\u00e8re consultation le 30 janvier 2022",
    "Ana Garc\u00eda, El Pa\u00eds (visitado el 30 de enero de 2022)",
    "Ana Garc\u00eda, El Pa\u00eds (consulta: 30/01/2022)",
    "Rybar, Telegram (data di consultazione: 30 gennaio 2022)",
    "\u0420\u044b\u0431\u0430\u0440\u044c, Telegram (\u0434\u0430\u0442\u0430 "
    "\u043f\u0440\u043e\u0441\u043c\u043e\u0442\u0440\u0430: 30.01.2022)",  # дата просмотра
    "\u0413\u0435\u043d\u0448\u0442\u0430\u0431, Telegram (\u0434\u0430\u0442\u0430 "
    "\u043f\u0435\u0440\u0435\u0433\u043b\u044f\u0434\u0443: 30.01.2022)",  # дата перегляду
    "Rybar, Telegram (archive.ph snapshot, January 30, 2022)",
    "Rybar, Telegram (snapshot of January 30, 2022)",
    "Rybar, Telegram, \u0627\u0637\u0644\u0639 \u0639\u0644\u064a\u0647 "
    "\u0628\u062a\u0627\u0631\u064a\u062e 30 \u064a\u0646\u0627\u064a\u0631 2022",
]


@pytest.mark.parametrize("note", _ACCESSED_IN_OTHER_LANGUAGES)
def test_an_access_date_in_those_languages_citation_styles_is_no_publication_date(
    note: str,
) -> None:
    assert find_date(note) == dates.DateFind(None)


@pytest.mark.parametrize("accessed", _ACCESSED_IN_OTHER_LANGUAGES)
def test_beside_such_an_access_date_the_note_s_own_day_is_its_only_one(accessed: str) -> None:
    for note in (f"{accessed}, 21.01.2022", f"21.01.2022, {accessed}"):
        assert find_date(note).date == JAN_21
        assert other_days(note, JAN_21) == ()


@pytest.mark.parametrize(
    "note",
    [
        "City News, accessed via the Wayback Machine on 5 February 2023.",
        "City News, accessed through archive.org, 5 February 2023.",
        "City News, last checked February 5, 2023.",
        "City News, page captured February 5, 2023.",
        "Screenshot taken February 5, 2023, of https://t.me/rybar/1234",
        "City News, screenshot, 5 February 2023.",
        "City News, saved February 5, 2023.",
        "City News. Archive date: 5 February 2023.",
        "Archived copy, February 5, 2023, https://archive.ph/AbCdE",
        "Retrieved from https://t.me/rybar/5 on 5 February 2023",
        "Rybar. Situation report [Internet]. Telegram; 2021 [cited 2023 Feb 5]. Available from: t.me/rybar/5",
        "City News, https://c.example/a (date of access: 05.02.2023)",
        "City News, report (PDF), downloaded 5 February 2023.",
    ],
)
def test_the_day_a_source_was_captured_or_reached_through_an_archive_is_not_its_date(note: str) -> None:
    # Each was read as the day the source was published: the date check then failed with the day the
    # report's author took the screenshot, or passed a page published on it.
    found = find_date(note)
    assert (found.date, found.ambiguous) == (None, False)


@pytest.mark.parametrize(
    "note",
    [
        "Ministry of Defence, “Sites list,” https://example.gov/sites (as of March 5, 2023).",
        "UNHCR, “Ukraine Refugee Situation,” https://data.example/ukraine, as at 5 March 2023.",
        "OHCHR, Civilian casualties, status as of 5 March 2023, https://ohchr.example/casualties.",
        "Oryx, “Equipment Losses,” https://oryx.example/losses (current as of March 5, 2023).",
        "ACLED dashboard, https://acled.example/dash, updated as of 5 March 2023.",
        "Bundesamt, „Register“, https://example.de/register, Stand: 05.03.2023.",
        "Statistisches Bundesamt, https://destatis.example/bev (Stand vom 05.03.2023).",
        "Bundesregierung, Lieferungen, https://bund.example/liste, Stand 5. März 2023.",
        "Destatis, Tabelle 12411, https://destatis.example/t, Datenstand: 05.03.2023.",
        "Минобороны, https://mil.example/list (по состоянию на 5 марта 2023).",
        "Генштаб, https://t.me/a/1, станом на 5 березня 2023.",
        "INSEE, Population légale, https://insee.example/pop, à jour au 5 mars 2023.",
        "Ministère des Armées, https://defense.example/sites (état au 5 mars 2023).",
        "Santé publique France, https://spf.example/tb, situation au 5 mars 2023.",
        "INE, Padrón, https://ine.example/padron, datos a fecha de 5 de marzo de 2023.",
        "Ministerio de Sanidad, https://sanidad.example/inf (actualizado a 5 de marzo de 2023).",
        "World Bank, GDP table, https://wb.example/gdp (as of 2023-03-05).",
    ],
)
def test_the_day_a_page_is_cited_as_it_stood_on_is_not_its_publication_date(note: str) -> None:
    # A list, a register or a dashboard cited as of a day was dated that day: the date check then compared
    # the page's own publication date with it and failed (or warned on) a correct note.
    found = find_date(note)
    assert (found.date, found.ambiguous) == (None, False)


@pytest.mark.parametrize(
    ("note", "published"),
    [
        # Alone, the day the post was deleted was compared as its publication and passed on a post of that
        # day: the note never says when the post was published.
        ("Rybar, Telegram, deleted January 21, 2022, https://t.me/rybar/5", None),
        ("Rybar, Telegram, post removed on 21 January 2022, https://t.me/rybar/5", None),
        ("Рыбарь, Telegram, удалено 21.01.2022, https://t.me/rybar/5", None),
        # Beside the publication day, it was the note's other day: the date check warned on a correct note.
        (
            "Rybar, Telegram, January 21, 2022 (deleted January 25, 2022), https://t.me/rybar/5",
            dt.date(2022, 1, 21),
        ),
        ("Рибар, Telegram, 21.01.2022 (видалено 25.01.2022), https://t.me/rybar/5", dt.date(2022, 1, 21)),
        # The true case beside them: a note's own day, with no deletion's.
        ("Rybar, Telegram, January 21, 2022 (since deleted), https://t.me/rybar/5", dt.date(2022, 1, 21)),
    ],
)
def test_the_day_a_post_was_deleted_is_not_its_publication_date(note: str, published: dt.date | None) -> None:
    found = find_date(note)
    assert found.date == published
    assert published is None or other_days(note, published) == ()


@pytest.mark.parametrize(
    ("note", "published"),
    [
        ("Rybar, January 21, 2022, https://t.me/rybar/5 (as of March 5, 2023)", dt.date(2022, 1, 21)),
        ("OHCHR, “Update,” status as of 5 March 2023, published 7 March 2023.", dt.date(2023, 3, 7)),
        (
            "Bundesamt, Bericht, 10. Januar 2023, https://example.de/b, Stand: 05.03.2023.",
            dt.date(2023, 1, 10),
        ),
        (
            "Генштаб, 6 березня 2023 (дані станом на 5 березня 2023).",
            dt.date(2023, 3, 6),
        ),
        ("El País, 6 de marzo de 2023, datos a fecha de 5 de marzo de 2023.", dt.date(2023, 3, 6)),
    ],
)
def test_a_publication_date_beside_an_as_of_date_is_kept(note: str, published: dt.date) -> None:
    assert find_date(note).date == published


@pytest.mark.parametrize(
    "note",
    [
        # A title's `Stand` before its date's comma, and French `en date du` (a letter's own date).
        "The Last Stand, 5 March 2023, https://kyivindependent.example/a",
        "Le Figaro, lettre en date du 5 mars 2023, https://lefigaro.example/a",
        "Oficio con fecha de 5 de marzo de 2023, https://min.example/o",
        # `stand` and `as on` inside other words and phrases.
        "Grandstand 5 March 2023, https://sport.example/a",
        "Rallies such as on 5 March 2023, https://news.example/r",
    ],
)
def test_words_only_like_an_as_of_leave_the_publication_date(note: str) -> None:
    assert find_date(note).date == dt.date(2023, 3, 5)


def test_a_publication_date_after_an_access_date_is_still_read() -> None:
    found = find_date("City News (accessed via the Wayback Machine, February 5, 2023; January 21, 2022).")
    assert found.date == dt.date(2022, 1, 21)


def test_day_month_swap_is_ambiguous_not_guessed() -> None:
    found = find_date("Lina Haddad, 03/04/2022")
    assert (found.date, found.ambiguous, found.text) == (None, True, "03/04/2022")


def test_a_day_month_swap_written_with_dashes_is_ambiguous_too() -> None:
    found = find_date("Lina Haddad, 03-04-2022")
    assert (found.date, found.ambiguous, found.text) == (None, True, "03-04-2022")


# A year first before its stops (Korean, Hungarian, Chinese), or a space after each stop (Czech, Slovak,
# German): unread, the note had no date, and `schema` failed its footnote.
@pytest.mark.parametrize(
    "text",
    [
        "Rybar, Telegram, 2022.01.21",
        "Rybar, Telegram, 2022. 1. 21.",
        "Rybar, Telegram, 21. 1. 2022",
        "Rybar, Telegram, 21. 01. 2022.",
    ],
)
def test_a_dotted_date_of_the_year_first_or_spaced_stops_gives_the_day(text: str) -> None:
    assert find_date(text).date == JAN_21


@pytest.mark.parametrize("text", ["Rybar, app v2022.1.2", "Rybar, 2022.13.01", "Rybar, 10.2022.1.21"])
def test_numbers_only_like_a_year_first_dotted_date_are_no_date(text: str) -> None:
    assert find_date(text).date is None


def test_a_dotted_date_within_a_longer_run_of_dotted_numbers_is_not_a_date() -> None:
    # A sentence's full stop after `21.01.2022` was taken for more of a number: the note had no date.
    assert find_date("version 1.21.01.2022.5").date is None
    assert find_date("21.01.2022.5").date is None


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
    [
        "20\u201321 January 2022",
        "20-21 January 2022",
        "20\u201321 \u044f\u043d\u0432\u0430\u0440\u044f 2022",
        "19.\u201321. Januar 2022",
        "January 20\u201321, 2022",
        "20-21 de enero de 2022",
    ],
)
def test_a_range_of_days_is_not_one_day(text: str) -> None:
    # "20\u201321 January 2022" was read as 21 January: a post of the 20th then failed its date check. It is
    # a range's days, not a note without any (`date` warns for it).
    assert find_date(text) == dates.DateFind(None, in_a_range=True)


# A range's last day was read as the note's: a post of a day inside the range failed, and one of that last day
# passed as confirmed, though the note gives no one day.
@pytest.mark.parametrize(
    "text",
    [
        "Rybar, Telegram posts between January 19 and January 23, 2022, https://t.me/rybar/5",
        "Rybar, Telegram, between 19 and 23 January 2022",
        "Rybar, Telegram, between January 19, 2022 and January 23, 2022",
        "Rybar, Telegram, from January 19 to January 23, 2022",
        "Rybar, Telegram, from 19 January 2022 to 23 January 2022",
        "Rybar, Telegram, January 19 through January 23, 2022",
        "Rybar, Telegram, January 19 \u2013 January 23, 2022",
        "Rybar, Telegram, vom 19. bis 23. Januar 2022",
        "Rybar, Telegram, du 19 au 23 janvier 2022",
        "Rybar, Telegram, del 19 al 23 de enero de 2022",
        "Rybar, Telegram, \u0441 19 \u043f\u043e 23 \u044f\u043d\u0432\u0430\u0440\u044f 2022",
    ],
)
def test_a_range_s_first_or_last_day_is_not_the_note_s_day(text: str) -> None:
    found = find_date(text)
    assert found.date is None and found.in_a_range


# A range's or an either-day's words in the languages whose months are read (Spanish's and Portuguese's `a`,
# Greek's `έως` and `ή`, Indonesian's `sampai`, `hingga`, `s.d.` and `atau`, Dutch's `tot`, Thai's `ถึง`,
# Persian's `تا` and `یا`, Vietnamese's `hoặc`): its last day was read as the note's, and a post of that day
# passed, though the note gives no one day.
@pytest.mark.parametrize(
    "text",
    [
        "Rybar, Telegram, 19 a 23 de enero de 2022",
        "Rybar, Telegram, de 19 a 23 de janeiro de 2022",
        "Rybar, Telegram, 21 de enero de 2022 a 3 de febrero de 2022",
        "Rybar, Telegram, 19 \u03ad\u03c9\u03c2 23 "
        "\u0399\u03b1\u03bd\u03bf\u03c5\u03b1\u03c1\u03af\u03bf\u03c5 2022",
        "Rybar, Telegram, 19 \u03ae 23 \u0399\u03b1\u03bd\u03bf\u03c5\u03b1\u03c1\u03af\u03bf\u03c5 2022",
        "Rybar, Telegram, 19 sampai 23 Januari 2022",
        "Rybar, Telegram, 19 hingga 23 Januari 2022",
        "Rybar, Telegram, 19 s.d. 23 Januari 2022",
        "Rybar, Telegram, 19 atau 23 Januari 2022",
        "Rybar, Telegram, 21 Januari 2022 sampai 3 Februari 2022",
        "Rybar, Telegram, van 19 tot 23 januari 2022",
        "Rybar, Telegram, 19 \u0e16\u0e36\u0e07 23 \u0e21.\u0e04. 2565",
        "Rybar, Telegram, \u06f1\u06f9 \u062a\u0627 \u06f2\u06f3 "
        "\u0698\u0627\u0646\u0648\u06cc\u0647 \u06f2\u06f0\u06f2\u06f2",
        "Rybar, Telegram, 19 \u06cc\u0627 23 \u0698\u0627\u0646\u0648\u06cc\u0647 2022",
        "Rybar, Telegram, 19 ho\u1eb7c 23 th\u00e1ng 1 n\u0103m 2022",
    ],
)
def test_a_range_in_the_other_languages_whose_months_are_read_gives_no_one_day(text: str) -> None:
    assert find_date(text) == dates.DateFind(None, in_a_range=True)


# Two days of a month joined by a spaced hyphen at a part's start, or by `and` in the languages whose months
# are read: the second was read as the note's day, and a post of that day passed, though the note gives two.
@pytest.mark.parametrize(
    "text",
    [
        "Rybar, Telegram, 19 - 23 January 2022",
        "Rybar, Telegram (19 - 23 January 2022)",
        "19 - 23 January 2022, Rybar, Telegram",
        "Rybar, Telegram, 19 and 23 January 2022",
        "Rybar, Telegram, 19 e 23 gennaio 2022",
        "Rybar, Telegram, 19 y 23 de enero de 2022",
        "Rybar, Telegram, 19. und 23. Januar 2022",
        "Rybar, Telegram, 19 et 23 janvier 2022",
        "Rybar, Telegram, 19 i 23 stycznia 2022",
        "Rybar, Telegram, 19 и 23 января 2022",
    ],
)
def test_two_days_of_a_month_written_before_its_name_give_no_one_day(text: str) -> None:
    assert find_date(text) == dates.DateFind(None, in_a_range=True)


@pytest.mark.parametrize(
    "text",
    [
        "Smith, J. (2022, January 21\u201322). Troops at the border. Example News.",
        "Smith, J. (2022, January 21-22). Troops at the border. Example News.",
        "Smith, J. (2022, January 21 \u2013 22). Troops at the border. Example News.",
    ],
)
def test_apa_s_range_of_days_of_one_month_gives_no_one_day(text: str) -> None:
    # `(2022, January 21-22)` (an en dash or a hyphen) was read as the 21st: a post of the 22nd failed the
    # date check of a note that gives both days.
    assert find_date(text) == dates.DateFind(None, in_a_range=True)
    assert parse_citation(Footnote(label="1", text=text, line=1)).only_a_range_of_days


def test_a_number_after_a_dash_after_a_date_is_no_range_s_last_day_unless_apa_s_bracket_closes() -> None:
    for text in ("(2022, January 21 \u2013 22 killed)", "Rybar, Telegram, (January 21, 2022 - 22)"):
        assert find_date(text).date == dt.date(2022, 1, 21), text


def test_two_days_joined_by_a_spaced_hyphen_after_a_word_are_a_range_after_a_number_s_sign_a_title_s() -> (
    None
):
    # `Bulletin 19 - 23 January 2022` was read as the 23rd: a post of that day passed, one of the 21st failed.
    for text in ("ISW, Bulletin 19 - 23 January 2022", "Rybar, Sitrep 19 - 23 January 2022"):
        assert find_date(text) == dates.DateFind(None, in_a_range=True), text
    # After a number's sign the first is the title's number: the note's day is the second.
    for text in (
        "ISW, Bulletin No. 19 - 23 January 2022",
        "Rybar, Sitrep #19 - 23 January 2022",
        "Рыбарь, Выпуск 19 - 23 января 2022",
    ):
        assert find_date(text).date == dt.date(2022, 1, 23), text


def test_two_days_of_a_dotted_date_joined_by_a_hyphen_or_a_stop_and_slash_give_no_one_day() -> None:
    # Each was read as the 22nd: a post of that day passed, one of the 21st failed.
    for text in ("Rybar, Telegram, 21-22.01.2022", "Rybar, Telegram, 21./22. Januar 2022"):
        assert find_date(text) == dates.DateFind(None, in_a_range=True), text
    # A number's sign makes the first a title's number; a date of one day is read.
    for text in ("Rybar, № 15-21.01.2022", "Rybar, Telegram, 21.01.2022", "Rybar, Telegram, 01-21-2022"):
        assert find_date(text).date == JAN_21, text


def test_a_document_s_day_is_the_note_s_only_where_it_gives_no_other() -> None:
    # The law's or the order's day, its number beside it, was the note's: beside the post's day the note was
    # one of two days, the law's compared first.
    for text in (
        "Федеральный закон от 21.01.2022 № 5-ФЗ, Telegram, 25.01.2022",
        "Приказ № 15 от 21.01.2022, Telegram, 25 января 2022",
        "Наказ Міноборони № 15 від 21.01.2022, Telegram, 25.01.2022",
        "Order No. 15 of 21 January 2022, Telegram, 25 January 2022",
        "Decree No. 15 dated 21 January 2022; Telegram, 25 January 2022",
    ):
        assert find_date(text).date == dt.date(2022, 1, 25), text
        assert other_days(text, dt.date(2022, 1, 25)) == (), text
    # Alone, it is the note's date; a number not the date's leaves two days.
    assert find_date("Federal Law of 21.01.2022 No. 5-FZ").date == JAN_21
    assert other_days("Rybar, no. 5, 21 January 2022, 25 January 2022", JAN_21) == (dt.date(2022, 1, 25),)


def test_a_document_s_number_written_as_a_day_after_a_number_s_sign_is_no_date() -> None:
    # Each was read as 21 January 2022: a post of that day passed a note that never says when it was posted.
    for text in (
        "Ministry of Defence, Order No. 21/01/2022, Telegram",
        "Минобороны, Приказ №21.01.2022, Telegram",
        "Міноборони, Наказ № 21-01-2022, Telegram",
        "Rybar, Bulletin #21.01.2022",
        "Journal officiel, D\u00e9cret n\u00b0 21-01-2022",
    ):
        assert find_date(text).date is None, text
    # Beside the post's day, the number is no other day of the note's.
    text = "Ministry of Defence, Order No. 21/01/2022, Telegram, 25 January 2022"
    assert find_date(text).date == dt.date(2022, 1, 25)
    assert other_days(text, dt.date(2022, 1, 25)) == ()
    # A month's name, or a number between, leaves the date the note's.
    for text in ("NOS 21 januari 2022", "Post no. 5, 21.01.2022", "Rybar, \u2116 15, 21.01.2022"):
        assert find_date(text).date == JAN_21, text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Rybar, Situation Report No. 19 - 23 January 2022", dt.date(2022, 1, 23)),  # a title's number
        ("Rybar, Issue 19 - 23 January 2022", dt.date(2022, 1, 23)),
        ("Rybar, vol. 3 - 21 January 2022", JAN_21),
        ("Rybar, Sitrep, 25 - 21 January 2022", JAN_21),  # no range runs back
        ("Rybar, Telegram - 21 January 2022", JAN_21),
        ("Rybar, Telegram, Jan. 2 and 21 January 2022", JAN_21),  # two dates, the second the note's
    ],
)
def test_a_number_a_hyphen_or_and_joins_to_the_date_that_is_no_first_day_leaves_the_date(
    text: str, day: dt.date
) -> None:
    assert find_date(text).date == day


# `_may_end_a_range` looks at the last character first: every ending must still be found after it.
@pytest.mark.parametrize("ending", dates._RANGE_ENDINGS)
def test_the_text_before_a_date_ending_with_any_range_word_or_dash_may_end_a_range(ending: str) -> None:
    assert dates._may_end_a_range(f"sitrep 3, 19{ending}  ")
    assert not dates._may_end_a_range(f"sitrep 3, 19{ending},  ")


@pytest.mark.parametrize(
    "text",
    [
        "Rybar, Telegram, 23 de enero de 2022",
        "Rybar, Telegram, 23 de enero de 2022, a las 14:05",
        "Rybar, Telegram, 23 Januari 2022, atau https://t.me/rybar/5",
        "Rybar, Telegram, Situation report 3 of 23 January 2022",  # English's `of`: a report of the day
    ],
)
def test_a_day_beside_no_range_word_is_still_the_note_s(text: str) -> None:
    assert find_date(text).date == dt.date(2022, 1, 23)


@pytest.mark.parametrize(
    "text",
    [
        "Rybar, Telegram, 21 January 2022",
        "Rybar, Report from Kherson, 21 January 2022",  # `from` opening no range
        "Rybar, Telegram, from 21 January 2022",
        "Rybar, video from 21 January 2022 - Telegram",  # no day after the dash
        "Rybar, video from 21 January 2022 to the present, Telegram",
        "Rybar, Telegram, Jan 2 and 21 January 2022",  # `and` without `between`: no range
        # The day the note says is the post's, beside a range a title gives.
        "Rybar, posts between 19 and 23 January 2022, Telegram, posted 21 January 2022",
    ],
)
def test_a_day_beside_no_range_or_said_to_be_the_post_s_is_the_note_s(text: str) -> None:
    assert find_date(text).date == JAN_21


# Two full dates joined as a range: the first was read as the note's day, and a post of that day passed as
# confirmed (one inside the range failed with it), though the note gives no one day.
@pytest.mark.parametrize(
    "text",
    [
        "Rybar, Telegram, January 21, 2022 \u2013 February 3, 2022",
        "Rybar, Telegram, January 21, 2022 - February 3, 2022",
        "Rybar, Telegram, 21.01.2022\u201303.02.2022",
        "Rybar, Telegram, 21.01.2022 - 03.02.2022",
        "Rybar, Telegram, 2022-01-21/2022-02-03",  # ISO 8601's interval
        "Rybar, Telegram, 2022-01-21 \u2013 2022-02-03",
        "Rybar, Telegram, 21 January 2022 to 3 February 2022",
        "Rybar, Telegram, Jan. 21, 2022, to Feb. 3, 2022",
        "Rybar, Telegram, 21.01.2022 bis 03.02.2022",
        # Two-digit years, and the wave dash of Chinese and Japanese, its range's last year left out or not.
        "Rybar, Telegram, 21.01.22\u201303.02.22",
        "Rybar, Telegram, 21.01.22 - 03.02.22",
        "Rybar, Telegram, 2022\u5e741\u670821\u65e5\uff5e2022\u5e742\u67083\u65e5",
        "Rybar, Telegram, 2022\u5e741\u670821\u65e5\uff5e2\u67083\u65e5",  # the last day without its year
        "Rybar, Telegram, 2022\u5e741\u670821\u65e5\u301c23\u65e5",  # 2022年1月21日〜23日
        "Rybar, Telegram, 2022\u5e741\u670821\u65e5\u81f32022\u5e742\u67083\u65e5",  # 至
        "Rybar, Telegram, 2022\ub144 1\uc6d4 21\uc77c ~ 2\uc6d4 3\uc77c",  # 2022년 1월 21일 ~ 2월 3일
        # The range's last day without its year.
        "Rybar, Telegram, January 21, 2022 \u2013 February 3",
        "Rybar, Telegram, 21 January 2022 - 3 February",
        "Rybar, Telegram, 21 \u044f\u043d\u0432\u0430\u0440\u044f 2022 \u2013 3 "
        "\u0444\u0435\u0432\u0440\u0430\u043b\u044f 2022",
    ],
)
def test_a_range_of_two_full_dates_gives_no_one_day(text: str) -> None:
    assert find_date(text) == dates.DateFind(None, in_a_range=True)


# ISO 8601's interval with its end abbreviated, or a duration, or after the start's time: its first day was
# read as the note's, and a post of that day passed, though the note gives no one day.
@pytest.mark.parametrize(
    "text",
    [
        "Rybar, Telegram, 2022-01-21/02-03",
        "Rybar, Telegram, 2022-01-21/03",
        "Rybar, Telegram, 2022-01-21/P2W",
        "Rybar, Telegram, 2022-01-21T10:00/2022-02-03T12:00",
        "Rybar, Telegram, 2022-01-21T10:00Z/02-03",
    ],
)
def test_an_iso_interval_with_its_end_abbreviated_gives_no_one_day(text: str) -> None:
    assert find_date(text) == dates.DateFind(None, in_a_range=True)


@pytest.mark.parametrize(
    "text",
    [
        "Rybar, Telegram, 2022-01-21T10:00/12:00",  # hours of one day
        "Rybar, Telegram, 2022-01-21T10:00/2022-01-21T12:00",
        "Rybar, Telegram, 2022-01-21, post 03/05",
        "Rybar, Telegram, 2022-01-21T10:00Z",
    ],
)
def test_an_iso_interval_within_one_day_or_a_day_alone_is_that_day(text: str) -> None:
    assert find_date(text).date == JAN_21


@pytest.mark.parametrize(
    "text",
    [
        "Rybar, Telegram, January 21, 2022 - 14:05 UTC",  # a time after the dash, no day
        "Rybar - January 21, 2022 - Telegram",
        "Rybar, Telegram, 21 January 2022 - 12 killed in Kherson",
        "Rybar, Telegram, 21.01.2022 / https://t.me/rybar/5",
        "Rybar, Telegram, posted January 21, 2022 - updated January 23, 2022",
        "Rybar, Telegram, 21.01.2022 - accessed 25.01.2022",
        "Rybar, Telegram, January 21, 2022, today's report",
        "Rybar, Telegram, January 21, 2022 - May 2022 archive",  # no day after the dash
        "Rybar, Telegram, 21 January 2022 - 3 Marchers killed",
        "Rybar, Telegram, 2022\u5e741\u670821\u65e5 ~ 12\u4eba",  # 12人: a number, no day
    ],
)
def test_a_full_date_joined_to_no_other_full_date_is_the_note_s(text: str) -> None:
    assert find_date(text).date == JAN_21


def test_a_note_of_two_digit_years_gives_its_other_days_too() -> None:
    # `21.01.22, 25.01.22` gave no other day (only four-digit years were looked at): the first passed as the
    # note's, where two days as plainly warn.
    assert other_days("Rybar, Telegram, 21.01.22, 25.01.22", JAN_21) == (dt.date(2022, 1, 25),)
    assert other_days("Rybar, Telegram, 21.01.22 (accessed 25.01.22)", JAN_21) == ()
    assert other_days("Rybar, Telegram, 21.01.2022, 25.01.22", JAN_21) == ()  # a four-digit year's is the day


# A day either of two: the later was read as the note's, and a post of the earlier failed its date check.
@pytest.mark.parametrize(
    "text",
    [
        "Rybar, Telegram, 21 or 22 January 2022",
        "Rybar, Telegram, 21st or 22nd January 2022",
        "Rybar, Telegram, night of 21/22 January 2022",
        "Rybar, Telegram, 21. oder 22. Januar 2022",
        "Rybar, Telegram, 21 \u0438\u043b\u0438 22 \u044f\u043d\u0432\u0430\u0440\u044f 2022",  # или
    ],
)
def test_a_day_either_of_two_is_not_one_day(text: str) -> None:
    assert find_date(text) == dates.DateFind(None, in_a_range=True)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Rybar, Telegram, 1 or 2 killed, 22 January 2022", dt.date(2022, 1, 22)),  # no day before `or`
        ("Rybar, Telegram, 21 January 2022 or 22 January 2022", JAN_21),  # two days, as plainly
    ],
)
def test_a_day_after_a_number_that_is_no_day_is_the_note_s(text: str, day: dt.date) -> None:
    assert find_date(text).date == day


def test_an_update_date_gives_way_to_the_publication_date() -> None:
    # The update came first in the note and was taken for the publication date: a good source failed.
    note = "Updated: January 23, 2022. Originally published January 21, 2022."
    assert find_date(note).date == dt.date(2022, 1, 21)
    assert find_date("Rybar, Telegram, updated January 23, 2022").date == dt.date(2022, 1, 23)


@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Situation report for 21 January 2022, Telegram, posted 25 January 2022",
        "Rybar, Strike of 21.01.2022, Telegram (published on: 25.01.2022)",
        "Rybar, Telegram, 21 January 2022 strike, date of publication 25 January 2022",
        "\u0420\u044b\u0431\u0430\u0440\u044c, \u041e\u0431\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0430 "
        "\u043d\u0430 21 \u044f\u043d\u0432\u0430\u0440\u044f 2022, Telegram, "
        "\u043e\u043f\u0443\u0431\u043b\u0438\u043a\u043e\u0432\u0430\u043d\u043e 25 "
        "\u044f\u043d\u0432\u0430\u0440\u044f 2022",
    ],
)
def test_a_date_said_to_be_the_publication_s_wins_over_an_earlier_date_in_the_note(note: str) -> None:
    # The first date was taken, a title's left unquoted: the report of the 21st, posted on the 25th, was
    # dated the 21st, and a post of the 21st passed.
    assert find_date(note).date == dt.date(2022, 1, 25)


@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Telegram, January 21, 2022",
        "Rybar, Telegram, posted January 21, 2022, updated January 23, 2022",
        "Rybar, Telegram, January 21, 2022 (a repost; originally posted January 19, 2022)",
        "Rybar, Telegram, January 21, 2022. Published by the channel's editors.",
    ],
)
def test_the_first_date_stays_the_note_s_where_no_other_is_said_to_be_the_publication_s(note: str) -> None:
    assert find_date(note).date == dt.date(2022, 1, 21)


def _rank(text: str, start: int, end: int, day: dt.date | None) -> int:
    if dates._in_a_range(text, start, end, day):
        return 3
    if dates._is_update_date(text, start):
        return 2
    return 0 if dates._is_publication_date(text, start) else 1


def _every_format_searched(text: str) -> dates.DateFind:
    """find_date without its shortcuts: every format searched in every text, those of a two-digit or an
    era's year where no other gives a date."""
    text = blank_urls(text)
    first = _first_of_formats(text, dates._FORMATS) if re.search(r"\d{4}", text) else None
    if first is None:
        first = _first_of_formats(text, dates._SHORT_YEAR_FORMATS)
    if first is not None and first[0] == 3:
        return dates.DateFind(None, in_a_range=True)
    if first is None and re.search(r"\d{4}", text) and dates._DAYS_OF_ONE_MONTH().search(text):
        return dates.DateFind(None, in_a_range=True)
    if first is None or first[0] == 2:
        other = dates._other_calendar_day(text)  # `12 Esfand 1400`, `21 Shevat 5782`
        if other.date is not None:
            return other
    if first is None:
        return dates._harvard_day(text)  # `(2022) … 21 January`
    return first[3]


def _first_of_formats(
    text: str, formats: tuple[tuple[dates.Compiled, Callable[[re.Match[str], str], dates.DateFind], str], ...]
) -> tuple[int, int, int, dates.DateFind] | None:
    found = [
        (_rank(text, match.start(), match.end(), each.date), match.start(), -len(match.group(0)), each)
        for pattern, read, _ in formats
        for match in pattern().finditer(text)
        for each in (read(match, text),)
    ]
    kept = [
        item
        for item in found
        if (item[3].date or item[3].ambiguous) and not dates._is_access_date(text, item[1])
    ]
    return min(kept, key=lambda item: item[:3]) if kept else None


# 21 вересня 2022 (Ukrainian), its first letter the rounded ve that `re.IGNORECASE` takes for `в`.
_VERESNYA = "21 \u1c80\u0435\u0440\u0435\u0441\u043d\u044f 2022"
_DATE_PIECES = [
    "21", "1", "2022", " ", ", ", "-", "/", ".", "st ", "of ", "the ", "January ", "jan", "Sept", "MAY ",
    "(", ")", "-\u0433\u043e ", "\u044f\u043d\u0432\u0430\u0440\u044f ",
    "21 \u044f\u043d\u0432\u0430\u0440\u044f 2022", "21 \u0441\u0456\u0447\u043d\u044f 2022", _VERESNYA,
    "\u0432\u0435\u0440\u0435\u0441\u043d\u044f", "\u017fep 3, 2022", "\u212a",
    "retrieved ", "Accessed on ", "[cited ", "Date of access: ", "DOWNLOADED ", "updated: ", "posted ",
    "PUBLISHED ON ", "Publ\u0130shed: ", "originally ",
    "\u043e\u043f\u0443\u0431\u043b\u0438\u043a\u043e\u0432\u0430\u043d\u043e ",
    "https://x.example/2022/01/21 ", "www.a.example/2022-01-21 ",
    "“", "Desk ",
    # Capitals, and the four letters that fold to ASCII ones, for the lowered fast reading.
    "APRIL ", "Apr\u0131l ", "\u0130", "\u0131", "RETRIEVED ", "Retr\u0130eved ",
    "Archived from the original ", "LAST MODIFIED ", "Dec. ", "\u212a",
    # German: a stop after the day, the month's name after it.
    "21. ", "Januar ", "M\u00c4RZ ", "Dez. ", "J\u00e4nner ", "Mai", "Junior ",
    # French, German and Spanish months and access words.
    "janvier ", "1er ", "21. ", "M\u00e4rz ", "AO\u00dbT ", "de enero de ", "\u017feptembre ", "okt. ",
    "consult\u00e9 le ", "abgerufen am ", "Zugriff am ", "consultado el ",
    "URL consultato il ", "Acessado em: ", "Abruf: ", "snapshot of ", "visitado el ", "dost\u0119p ",
    "Eri\u015fim tarihi: ", "Fecha de acceso: ",
    "screenshot taken on ", "Accessed via the Wayback Machine on ", "CAPTURED ", "Archive date: ", "saved ",
    "deleted ", "REMOVED on ", "\u0443\u0434\u0430\u043b\u0435\u043d\u043e ",
    "Abrufdatum: ", "\u0434\u0430\u0442\u0430 \u0434\u043e\u0441\u0442\u0443\u043f\u0430: ",
    "\u0434\u0430\u0442\u0430 \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u044f: ",
    "21 \u044f\u043d\u0432. 2022", "\u043c\u0430\u0440\u0442 ", "\u043c\u0430\u0440\u0442\u0430 ",
    # Italian, Portuguese, Polish, Turkish, Arabic months; Spanish's month first; a range's words.
    "\u0628\u0647\u0645\u0646 ", "\u06f1\u06f4\u06f0\u06f0", "\u062f\u06cc ",
    "gennaio ", "Stycznia ", "OCAK ", "May\u0131s ", "\u064a\u0646\u0627\u064a\u0631 ", "enero ", "ENERO ",
    "between ", " and ", "from ", " to ", "\u2013", "vom ", " bis ", "\u0441 ", " \u043f\u043e ",
    # As-of words: `as of`, `Stand:`, `Datenstand`, `по состоянию на`, `станом на`, French, Spanish.
    "as of ", "AS AT ", "Stand: ", "STAND VOM ", "Datenstand ", "\u00c0 JOUR AU ", "\u00e9tat au ",
    "a fecha de ", "Actualizado al ", "\u0441\u0442\u0430\u043d\u043e\u043c \u043d\u0430 ",
    "\u041f\u041e \u0421\u041e\u0421\u0422\u041e\u042f\u041d\u0418\u042e \u041d\u0410 ",
    # Roman numeral months: `21.I.2022`, `21 XII 2021`, a range of them.
    "I", ".I.", " I ", "XII", "IV", "\u2013 ",
    # Thai months and Buddhist era years: `21 มกราคม 2565`, `21 ม.ค. 2565`.
    "\u0e21\u0e01\u0e23\u0e32\u0e04\u0e21 ", "\u0e21.\u0e04. ", "2565", "\u0e1e.\u0e28. ",
    # Two-digit and era years: `21.01.22`, `Jan 21st '22`, `令和4年1月21日`, `民國111年1月21日`.
    "22", "'", "\u2019", "\u4ee4\u548c4\u5e741\u670821\u65e5", "\u6c11\u570b111\u5e74", "1\u670821\u65e5",
    "111\u5e74", "\u05d1\u05d9\u05e0\u05d5\u05d0\u05e8 ", "\u05de\u05d0\u05d9 ",
    "\uff5e", "\u301c", "2\u67083\u65e5", "3 February", "21.01.22", " or ", " oder ", "21/",
    "2022. 1. 21.", "21. 1. ", "v", ". ",
    # Greek, Belarusian, Serbian and Bulgarian months, and their access words.
    "\u0399\u03b1\u03bd\u03bf\u03c5\u03b1\u03c1\u03af\u03bf\u03c5 ", "\u039c\u0391\u03aa\u039f\u03a5 ",
    "\u03bc\u03b1\u0390\u03bf\u03c5 ", "\u0399\u03b1\u03bd. ", "студзеня ", "јануара ", "ЯНУАРИ ",
    "\u0391\u03bd\u03b1\u03ba\u03c4\u03ae\u03b8\u03b7\u03ba\u03b5 ", "Приступљено ", "Посетен на ",
    # Indonesian, Malay and Dutch months, and their access words.
    "Januari ", "MEI ", "Ogos ", "mrt. ", "Diakses tanggal ", "geraadpleegd op ",
    # Vietnamese: `ngày 21 tháng 1 năm 2022`, a range's `đến`, `Truy cập`.
    "ng\u00e0y ", "th\u00e1ng ", "TH\u00c1NG ", " n\u0103m ", " \u0111\u1ebfn ", "Truy c\u1eadp ",
    "65", "\u0e56\u0e55", "\u0e52\u0e51 ",
    "\u0698\u0627\u0646\u0648\u06cc\u0647 ", "\u0645\u0647 ", "\u06f2\u06f0\u06f2\u06f2",
    "\u0628\u0627\u0632\u0628\u06cc\u0646\u06cc\u200c\u0634\u062f\u0647 \u062f\u0631 ",
    # Their ranges' words: `19 a 23`, `sampai`, `s.d.`, `tot`, `έως`, `ή`, `تا`.
    " a ", " sampai ", " s.d. ", " tot ", " \u03ad\u03c9\u03c2 ", " \u03ae ", " \u062a\u0627 ",
    "22/01/21", "\u30c6\u30ec", "\ud154\ub808 ", "22\ub144 1\uc6d4 21\uc77c", "R4.1.21", "h31.",
    # Solar Hijri and Hebrew months in Latin letters: `12 Esfand 1400`, `21 Shevat 5782`, `15 Nisan 5784`.
    "Esfand ", "Shevat ", "Nisan ", "Adar II ", "1400", "5782",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=10))
def test_the_formats_a_note_is_not_searched_for_could_not_have_matched(pieces: list[str]) -> None:
    # find_date skips a format when the text lacks what its every match holds (a month name, a Cyrillic
    # letter, a separator): it must find what searching every format finds.
    text = "".join(pieces)
    assert find_date(text) == _every_format_searched(text)


def _fewest_digits(items: _parser.SubPattern | list[tuple[Any, Any]]) -> int:
    """The fewest decimal digits a match of the parsed pattern `items` holds (a set counts where all it takes
    are digits; a look-around, a back-reference or any other item counts none: a bound from below)."""
    fewest = 0
    for op, value in items:
        if op is _constants.LITERAL:
            fewest += chr(value).isdecimal()
        elif op is _constants.IN:
            fewest += bool(value) and all(
                (kind is _constants.CATEGORY and what is _constants.CATEGORY_DIGIT)
                or (kind is _constants.LITERAL and chr(what).isdecimal())
                or (kind is _constants.RANGE and all(chr(c).isdecimal() for c in range(what[0], what[1] + 1)))
                for kind, what in value
            )
        elif op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            fewest += value[0] * _fewest_digits(value[2])
        elif op is _constants.SUBPATTERN:
            fewest += _fewest_digits(value[3])
        elif op is _constants.ATOMIC_GROUP:
            fewest += _fewest_digits(value)
        elif op is _constants.BRANCH:
            fewest += min(_fewest_digits(branch) for branch in value[1])
    return fewest


def test_every_format_of_a_four_digit_year_matches_five_digits_or_more() -> None:
    # holds_date searches no format in a text of fewer (`dates._FIVE_DIGITS`).
    assert (
        _fewest_digits(_parser.parse(r"\d(?:\D*\d){4}")) == 5 and _fewest_digits(_parser.parse("[0-9a]")) == 0
    )
    for pattern, _, _ in (*dates._FORMATS, *dates._FAST_FORMATS):
        assert _fewest_digits(_parser.parse(pattern().pattern, pattern().flags)) >= 5, pattern().pattern


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([*_DATE_PIECES, "Desk 1024", "\u0661\u0662\u0663\u0664", "5"]), max_size=10))
@example(["Desk 1024"])
@example(["Report 2022, ", "5"])
@example([""])
def test_holds_date_is_every_format_searched(pieces: list[str]) -> None:
    text = "".join(pieces)
    blanked = blank_urls(text)
    searched = any(found.date for *_, found in dates._candidates(blanked, read_words=False)) or any(
        found.date for *_, found in dates._candidates(blanked, read_words=False, short_years=True)
    )
    assert dates.holds_date(text) == searched


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789\u0661\u0662\u00b2\u00b9 a.-\x00\x7f\xff", max_size=16))
@example("Desk 2022")
@example("1\u00b2\u00b934")
@example("\u0661\u0662\u0661\u0662")
def test_four_digits_are_found_in_c_as_the_pattern_finds_them(text: str) -> None:
    # `find_date` and `holds_date` ask first whether a text holds four digits in a row; an ASCII text's
    # bytes are looked through in C (a superscript or an Arabic-Indic digit sends the text to the pattern).
    assert dates._holds_four_digits(text) == (dates._FOUR_DIGITS.search(text) is not None)


_SHORT_YEAR_ALPHABET = "0123456789\u0661\u0662'\u2019\u5e74\ub144 \t\u2003.,-/JanFebruary\u0e21.\u0e04\u00b2"


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=_SHORT_YEAR_ALPHABET, max_size=24))
@example("Desk 17")
@example("Desk 605")
@example("Desk 1024 ")
@example("605 Jan 22")
@example("605 \u0e21.\u0e04. 65")
@example("21 Jan 22")
@example("21.01.22")
@example("\u0662\u0661 Jan 22")
@example("Jan '22")
@example("22\u5e741")
def test_a_text_passed_over_for_short_years_is_one_their_search_finds_nothing_in(text: str) -> None:
    # `_may_hold_a_short_year` skips the search where no apostrophe, 年 or 년 and fewer than three digits
    # are, or digits and spaces alone follow the first digit: the search must find nothing there, or a
    # note's two-digit-year day would be missed.
    assert dates._may_hold_a_short_year(text) == (dates._MAY_HOLD_A_SHORT_YEAR().search(text) is not None)


def test_a_long_run_of_digits_and_letters_is_looked_through_in_linear_time() -> None:
    text = "1a" * 4 + "b" * 1_000_000 + "1"
    assert dates._FIVE_DIGITS.search(text) is not None and dates._FIVE_DIGITS.search(text[:-1]) is None
    assert not dates.holds_date(text[:-1])


_WESTERN_PIECES = [
    "21", "1", "\u0663", "2022", " ", "  ", "\n", ". ", ".", "er ", "ER ", "de ", "DE ", "De ", ",", "-",
    "on ", "No ", "Desk ", "January ", "Januar", "J\u00c4NNER ", "janv. ", "F\u00e9vrier ", "F\u00c9VRIER ",
    "m\u00e4rz", "MAERZ ", "mrz ", "AVRIL ", "Abril ", "ao\u00fbt ", "Agosto ", "sept. ", "Setiembre ",
    "oktober ", "OCTUBRE ", "noviembre ", "D\u00c9C. ", "Dezember ", "diciembre ", "enero ", "ENERO ",
    "mayo ", "JUIN ", "julio ", "stycznia ", "Gennaio ", "janeiro ", "OCAK ", "May\u0131s ", "\u015eubat ",
    "\u064a\u0646\u0627\u064a\u0631 ", "\u0643\u0627\u0646\u0648\u0646 \u0627\u0644\u062b\u0627\u0646\u064a ",
    "Januari ", "MEI ", "mac ", "Ogos ", "mrt. ", "Desember ", "sije\u010dnja ", "LISTOPADA ", "studeni ",
    "O\u017dUJKA ", "januara ", "septembar ", "Pristupljeno ",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WESTERN_PIECES), max_size=10))
@example(["21", ". ", "Januar", " ", "2022"])
@example(["1", "er ", "F\u00c9VRIER ", "2022"])
@example(["3", ".", "m\u00e4rz", " ", "2022"])
@example(["21", " ", "DE ", "ENERO ", "de ", "2022"])
def test_a_note_without_a_day_and_a_month_s_first_letters_holds_no_western_date(pieces: list[str]) -> None:
    # The French, German and Spanish pattern is searched only when the lowered note holds a digit, the end of
    # a day and the first two letters of one of those months' names: where the pattern matches, so must that.
    text = "".join(pieces)
    if dates._FORMATS[3][0]().search(text) is not None:
        assert dates._LOWERED_WESTERN_DAY_AND_MONTH().search(text.lower()) is not None
    assert find_date(text) == _every_format_searched(text)


def test_a_month_written_with_letters_that_only_fold_to_its_name_is_read_not_a_crash() -> None:
    # `re.IGNORECASE` matches them, so the month table must too: a long s, a rounded ve.
    assert find_date("\u017fep 3, 2022").date == dt.date(2022, 9, 3)
    assert find_date(_VERESNYA).date == dt.date(2022, 9, 21)


def test_the_fast_reading_of_a_lowered_note_sees_what_ignorecase_sees_for_every_character() -> None:
    # find_date reads a text lowered, without `re.IGNORECASE`, only when it has none of the characters other
    # than ASCII letters that the flag matches with an ASCII letter; and lowering must keep every other
    # character one character long, outside ASCII and of the same kind for the patterns. A Python whose
    # Unicode tables break this must fail here, not miss dates.
    others = "".join(chr(code) for code in range(0x80, 0x110000) if not 0xD800 <= code < 0xE000)
    folding = {match.group() for match in re.finditer("[a-z]", others, re.IGNORECASE)}
    assert folding == set(dates._FOLDS_TO_ASCII.findall(others))
    kinds = [re.compile(kind) for kind in (r"\d", r"\s", r"\w", r"[\u2013]")]
    for char in others:
        lowered = char.lower()
        if lowered == char or char in folding:
            continue
        assert len(lowered) == 1 and not lowered.isascii(), char
        assert [bool(kind.match(char)) for kind in kinds] == [bool(kind.match(lowered)) for kind in kinds]


D = dt.date(2022, 1, 21)


def _utc(hour: int, minute: int, day: int = 21, month: int = 1) -> dt.datetime:
    return dt.datetime(2022, month, day, hour, minute, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("text", "at", "zone"),
    [
        ("Telegram, January 21, 2022, 14:05.", dt.datetime(2022, 1, 21, 14, 5), None),
        ("Telegram, 21 Jan 2022 at 2:05 pm", dt.datetime(2022, 1, 21, 14, 5), None),
        ("21 Jan 2022 at 12:30 a.m.", dt.datetime(2022, 1, 21, 0, 30), None),
        ("14:05, 21 January 2022", dt.datetime(2022, 1, 21, 14, 5), None),
        ("21. Januar 2022, 14:05 Uhr", dt.datetime(2022, 1, 21, 14, 5), None),
        ("21 Jan 2022 at 2:05 pm UTC", _utc(14, 5), "UTC"),
        ("January 21, 2022, 14:05 MSK", _utc(11, 5), "MSK"),
        ("January 21, 2022, 14:05 Kyiv time", _utc(12, 5), "Kyiv time"),
        ("January 21, 2022, 14:05 (UTC+3)", _utc(11, 5), "UTC+3"),
        ("January 21, 2022, 2 p.m. GMT-5", _utc(19, 0), "GMT-5"),
        ("21. Januar 2022, 14.05 Uhr MEZ", _utc(13, 5), "MEZ"),
        ("2022-01-21T14:05:00Z", _utc(14, 5), "Z"),
        ("2022-01-21T14:05:00+03:00", _utc(11, 5), "+03:00"),
        # The post's time, with an access time after it.
        ("January 21, 2022, 09:15, accessed January 25, 2022, 14:05", dt.datetime(2022, 1, 21, 9, 15), None),
    ],
)
def test_the_time_beside_the_date_is_read_in_utc_when_a_zone_is_named(
    text: str, at: dt.datetime, zone: str | None
) -> None:
    assert dates.find_time(text, D) == dates.CitedTime(at, zone)


# Read as no zone, these left the check a stand-in table of offsets to try (UTC+3 or +4 for `мск` in 2022).
@pytest.mark.parametrize(
    ("text", "day", "at", "zone"),
    [
        ("21.01.2022, 20:15 \u043c\u0441\u043a", D, _utc(17, 15), "Moscow time"),
        (
            "21.01.2022, 20:15 \u043f\u043e \u041c\u043e\u0441\u043a\u0432\u0435",
            D,
            _utc(17, 15),
            "Moscow time",
        ),
        (
            "01.03.2013, 20:15 \u043c\u0441\u043a",
            dt.date(2013, 3, 1),
            _utc(16, 15, 1, 3).replace(year=2013),
            "Moscow time",
        ),
        (
            "21.01.2022, 11:15 \u043f\u043e \u043a\u0438\u0435\u0432\u0441\u043a\u043e\u043c\u0443"
            " \u0432\u0440\u0435\u043c\u0435\u043d\u0438",
            D,
            _utc(9, 15),
            "Kyiv time",
        ),
        (
            "21.07.2022, 20:15 \u0437\u0430 \u041a\u0438\u0454\u0432\u043e\u043c",
            dt.date(2022, 7, 21),
            _utc(17, 15, 21, 7),
            "Kyiv time",
        ),
        ("January 21, 2022, 9:15 Eastern time", D, _utc(14, 15), "Eastern time"),
        ("July 21, 2022, 9:15 Eastern time", dt.date(2022, 7, 21), _utc(13, 15, 21, 7), "Eastern time"),
        ("January 21, 2022, 9:15 Pacific time", D, _utc(17, 15), "Pacific time"),
        ("January 21, 2022, 9:15 JST", D, _utc(0, 15), "JST"),
        ("January 21, 2022, 9:15 HST", D, _utc(19, 15), "HST"),
    ],
)
def test_a_zone_of_one_offset_on_the_day_is_read(text: str, day: dt.date, at: dt.datetime, zone: str) -> None:
    assert dates.find_time(text, day) == dates.CitedTime(at, zone)


# A time written with a stop, as OSCOLA and British, German and Russian notes write it, was no time: the
# note was compared by its day alone, and a post of 20:15 UTC passed `21 January 2022, 9.15 am GMT`.
@pytest.mark.parametrize(
    ("text", "at", "zone"),
    [
        ("Rybar, Telegram, 21 January 2022, 9.15 am GMT", _utc(9, 15), "GMT"),
        ("Rybar, Telegram, 21 January 2022, 09.15 GMT", _utc(9, 15), "GMT"),
        (
            "\u0420\u044b\u0431\u0430\u0440\u044c, 21.01.2022, 20.15 \u043c\u0441\u043a",
            _utc(17, 15),
            "Moscow time",
        ),
        ("Rybar, Telegram, 21 January 2022, 9.15 p.m.", dt.datetime(2022, 1, 21, 21, 15), None),
        ("Rybar, Telegram, 21. Januar 2022, 20.15 h", dt.datetime(2022, 1, 21, 20, 15), None),
        # French writes an `h` for the stop.
        ("Rybar, Telegram, 21 janvier 2022, 20h15", dt.datetime(2022, 1, 21, 20, 15), None),
        ("Rybar, Telegram, 21 janvier 2022 \u00e0 20 h 15 UTC", _utc(20, 15), "UTC"),
        # A zone the check reads by its name beside the time (`checks.date`).
        ("Rybar, Telegram, 21 January 2022, 9.15 EST", dt.datetime(2022, 1, 21, 9, 15), None),
    ],
)
def test_a_time_written_with_a_stop_and_am_pm_h_or_a_zone_is_read(
    text: str, at: dt.datetime, zone: str | None
) -> None:
    assert dates.find_time(text, D) == dates.CitedTime(at, zone)


# A time written with a stop alone right after the date, as British notes write it, was taken for a number:
# the note was compared by its day alone, and a post of another time passed.
@pytest.mark.parametrize(
    "text",
    [
        "Rybar, Telegram, 21 January 2022, 9.15",
        "Rybar, Telegram, January 21, 2022, 9.15.",
        "Rybar, Telegram, 21 January 2022 at 9.15, https://t.me/rybar/5",
        "Rybar, Telegram, 21.01.2022, 9.15",
    ],
)
def test_a_time_written_with_a_stop_alone_right_after_the_date_is_read(text: str) -> None:
    assert dates.find_time(text, D) == dates.CitedTime(dt.datetime(2022, 1, 21, 9, 15))


@pytest.mark.parametrize(
    "text",
    [
        "Rybar, Telegram, 21 January 2022, 9.15 million views",  # a number
        "Rybar, Telegram, 21 January 2022, 9.15%",
        "Rybar, Telegram, 21 January 2022, p. 9.15",
        "Rybar, Telegram, 21 January 2022, 9.15.3",
        "Rybar, Telegram, 21.01, 21 January 2022",
        "Rybar, Telegram, 21 January 2022, 14 h",  # hours counted, as well as a time
        "Rybar 21.01-2022, 21 January 2022",  # no zone's offset
    ],
)
def test_numbers_with_a_stop_that_say_nothing_more_are_no_time(text: str) -> None:
    assert dates.find_time(text, D) is None


# A video's or a recording's length beside the date, as Chicago cites a video, was read as a time of day: a
# correct note's post of another time warned.
@pytest.mark.parametrize(
    "text",
    [
        'Rybar. "Strike." YouTube video, 2:15. Posted January 21, 2022. https://youtu.be/x',
        'Rybar, "Strike," January 21, 2022, YouTube video, 2:15, https://youtu.be/x',
        "Rybar, Strike, podcast audio, 45:10, January 21, 2022",
        "Рыбарь, видео, длительность: 2:15, 21.01.2022",
    ],
)
def test_a_length_after_video_audio_or_a_duration_word_is_no_time_of_day(text: str) -> None:
    assert dates.find_time(text, D) is None


def test_a_time_of_day_beside_such_a_word_is_still_read() -> None:
    assert dates.find_time("Rybar, YouTube video, 2:15 pm UTC, January 21, 2022", D) == dates.CitedTime(
        _utc(14, 15), "UTC"
    )
    assert dates.find_time("Rybar, YouTube video, January 21, 2022, 2:15 EST", D) == dates.CitedTime(
        dt.datetime(2022, 1, 21, 2, 15)
    )
    assert dates.find_time("Rybar, Telegram video, January 21, 2022, 14:05", D) == dates.CitedTime(
        dt.datetime(2022, 1, 21, 14, 5)
    )


def test_a_zone_whose_name_means_several_offsets_is_left_to_the_check() -> None:
    # `EST` is written in summer too, `CST` is the US's or China's: read as no zone, with its time.
    assert dates.find_time("January 21, 2022, 9:15 EST", D) == dates.CitedTime(
        dt.datetime(2022, 1, 21, 9, 15)
    )


def test_kyiv_and_berlin_time_keep_summer_time() -> None:
    july = dt.date(2022, 7, 21)

    assert dates.find_time("July 21, 2022, 14:05 Kyiv time", july) == dates.CitedTime(
        _utc(11, 5, day=21, month=7), "Kyiv time"
    )
    assert dates.find_time("21. Juli 2022, 14:05 Uhr MESZ", july) == dates.CitedTime(
        _utc(12, 5, day=21, month=7), "MESZ"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Telegram, 21.01.2022.",  # a day and a month, not 21:01
        "Telegram, January 21, 2022. Retrieved January 23, 2022, 10:00.",  # the access time
        "Telegram, January 21, 2022, 25:70",
        "Telegram, January 21, 2022, 13 pm",
        "Telegram, January 21, 2022, post 14",
        "Telegram, January 22, 2022, 14:05",  # another day than the cited one
        # The time the note's writer read or saved the post, right after its day: taken for the post's time,
        # a post of 09:15 warned.
        "Telegram, January 21, 2022, accessed 14:05",
        "Telegram, January 21, 2022 (retrieved at 14:05 UTC)",
        "Telegram, January 21, 2022, screenshot 14:05",
        # The time it was updated or edited, right after its day: a post of 09:15 warned.
        "Telegram, January 21, 2022, updated 14:05 UTC",
        "Telegram, January 21, 2022, edited 14:05",
        "Telegram, 21.01.2022, обновлено 14:05 мск",
    ],
)
def test_no_time_is_read_where_the_note_gives_none_for_the_cited_day(text: str) -> None:
    assert dates.find_time(text, D) is None


def test_noon_midnight_and_the_day_s_end_with_a_zone_are_read_as_their_moments() -> None:
    # Unread, `midnight UTC` left the time uncompared and a post of 12:00 UTC passed.
    utc = dt.UTC
    assert dates.find_time("January 21, 2022, 12 noon UTC", D) == dates.CitedTime(
        dt.datetime(2022, 1, 21, 12, 0, tzinfo=utc), "UTC"
    )
    assert dates.find_time("January 21, 2022, noon (GMT+3)", D) == dates.CitedTime(
        dt.datetime(2022, 1, 21, 9, 0, tzinfo=utc), "GMT+3"
    )
    # Midnight opens the day, or closes it: either moment.
    assert dates.find_time("January 21, 2022, midnight UTC", D) == dates.CitedTime(
        dt.datetime(2022, 1, 21, 0, 0, tzinfo=utc), "UTC", dt.datetime(2022, 1, 22, 0, 0, tzinfo=utc)
    )
    assert dates.find_time("January 21, 2022, 24:00 UTC", D) == dates.CitedTime(
        dt.datetime(2022, 1, 22, 0, 0, tzinfo=utc), "UTC"
    )
    assert dates.find_time("January 21, 2022, 24:00", D) == dates.CitedTime(dt.datetime(2022, 1, 22, 0, 0))


def test_central_european_time_named_in_summer_may_mean_the_summer_time() -> None:
    # Many write `CET` for Berlin's time all year, as `EST` for New York's: read as UTC+1 only, a post made at
    # 09:15 in Berlin's summer (07:15 UTC) warned.
    july, utc = dt.date(2022, 7, 21), dt.UTC
    assert dates.find_time("July 21, 2022, 9:15 CET", july) == dates.CitedTime(
        dt.datetime(2022, 7, 21, 8, 15, tzinfo=utc), "CET", dt.datetime(2022, 7, 21, 7, 15, tzinfo=utc)
    )
    # In winter, or with its offset written out, it is one moment.
    assert dates.find_time("January 21, 2022, 9:15 CET", D) == dates.CitedTime(
        dt.datetime(2022, 1, 21, 8, 15, tzinfo=utc), "CET"
    )
    assert dates.find_time("July 21, 2022, 9:15 CEST", july) == dates.CitedTime(
        dt.datetime(2022, 7, 21, 7, 15, tzinfo=utc), "CEST"
    )


@pytest.mark.parametrize(
    "text",
    [
        "Telegram, January 21, 2022, Midnight raid on Kherson",  # a title's word
        "Telegram, January 21, 2022, 12 noon",  # any zone's whole hour: nothing to compare
        "Telegram, January 21, 2022, 3 noon UTC",
        "Telegram, January 21, 2022, 24:30 UTC",
    ],
)
def test_noon_or_midnight_without_a_zone_or_beside_another_hour_is_no_time(text: str) -> None:
    assert dates.find_time(text, D) is None


def test_four_digits_a_zone_or_hrs_makes_a_time_are_read_as_one() -> None:
    # `1830Z`, as military and OSINT notes write a time, was no time: a post of 09:15 UTC passed `0415Z`.
    utc = dt.UTC
    assert dates.find_time("January 21, 2022, 0415Z", D) == dates.CitedTime(
        dt.datetime(2022, 1, 21, 4, 15, tzinfo=utc), "Z"
    )
    assert dates.find_time("21 January 2022 (2100 MSK)", D) == dates.CitedTime(
        dt.datetime(2022, 1, 21, 18, 0, tzinfo=utc), "MSK"
    )
    # A zone `checks.date` reads by its name (`EST`), or `hrs`: a time whose zone is for the check to say.
    assert dates.find_time("January 21, 2022, 1830 EST", D) == dates.CitedTime(
        dt.datetime(2022, 1, 21, 18, 30)
    )
    assert dates.find_time("January 21, 2022, 1830 hrs", D) == dates.CitedTime(
        dt.datetime(2022, 1, 21, 18, 30)
    )


@pytest.mark.parametrize(
    "text",
    [
        "Telegram, January 21, 2022, 1234",  # a number
        "Telegram, January 21, 2022, report 1830",
        "Telegram, January 21, 2022, 2400Z",
        "Telegram, January 21, 2022, 1875 UTC",
    ],
)
def test_four_digits_nothing_says_is_a_time_are_none(text: str) -> None:
    assert dates.find_time(text, D) is None


def test_a_military_date_time_group_of_the_note_s_day_is_its_time_in_utc() -> None:
    # `211830ZJAN22` was no time: the note's day alone passed a post of 09:15 UTC.
    assert dates.find_time("January 21, 2022, 211830ZJAN22", D) == dates.CitedTime(
        dt.datetime(2022, 1, 21, 18, 30, tzinfo=dt.UTC), "Z"
    )
    # Another day's group is no time of the note's day.
    assert dates.find_time("January 21, 2022, 221830ZJAN22", D) is None


def test_a_military_date_time_group_of_another_zone_letter_is_its_time_in_that_zone() -> None:
    # `211430AJAN22` (14:30 at UTC+1) was no time: the note's day alone passed a post of 09:15 UTC.
    assert dates.find_time("21 January 2022, 211430AJAN22", D) == dates.CitedTime(
        dt.datetime(2022, 1, 21, 13, 30, tzinfo=dt.UTC), "UTC+1"
    )
    assert dates.find_time("21 January 2022, 210415RJAN22", D) == dates.CitedTime(
        dt.datetime(2022, 1, 21, 9, 15, tzinfo=dt.UTC), "UTC-5"
    )
    assert dates.find_time("21 January 2022, 211430MJAN22", D) == dates.CitedTime(
        dt.datetime(2022, 1, 21, 2, 30, tzinfo=dt.UTC), "UTC+12"
    )
    # `J` is the writer's local time, some zone's: no zone read, nor is a letter outside a group one.
    assert dates.find_time("21 January 2022, 211430JJAN22", D) is None
    assert dates.find_time("21 January 2022, 1430A", D) is None


def test_a_time_in_a_zone_bracketed_after_a_time_in_none_is_the_note_s_moment() -> None:
    # `09:15 (07:15 UTC)` was read as 09:15 in some zone: a post of 09:15 UTC passed.
    assert dates.find_time("January 21, 2022, 09:15 (07:15 UTC)", D) == dates.CitedTime(
        dt.datetime(2022, 1, 21, 7, 15, tzinfo=dt.UTC), "UTC"
    )
    assert dates.find_time("January 21, 2022, 4:15 a.m. local / 09:15 GMT", D) == dates.CitedTime(
        dt.datetime(2022, 1, 21, 9, 15, tzinfo=dt.UTC), "GMT"
    )
    # Its day is the one on which the first is its local time: 23:15 UTC the day before is 01:15 at UTC+2.
    assert dates.find_time("January 21, 2022, 01:15 (23:15 UTC)", D) == dates.CitedTime(
        dt.datetime(2022, 1, 20, 23, 15, tzinfo=dt.UTC), "UTC"
    )
    # Brackets holding no time leave the time some zone's.
    assert dates.find_time("January 21, 2022, 09:15 (source: Rybar)", D) == dates.CitedTime(
        dt.datetime(2022, 1, 21, 9, 15)
    )


def test_four_digits_that_are_no_time_leave_the_time_after_them_read() -> None:
    assert dates.find_time("January 21, 2022, report 1234, 14:05", D) == dates.CitedTime(
        dt.datetime(2022, 1, 21, 14, 5)
    )


def test_reading_the_time_of_a_long_crafted_note_stays_linear() -> None:
    note = "January 21, 2022, " + "1:" * 200_000 + " " + "12 " * 200_000

    assert dates.find_time(note, D) is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Read as Gregorian, 1400/11/01 (here in Persian digits, after `Telegram,` in Persian) was 1 November
        # 1400: the date check compared a day six centuries off.
        (
            "\u062a\u0644\u06af\u0631\u0627\u0645\u060c \u06f1\u06f4\u06f0\u06f0/\u06f1\u06f1/\u06f0\u06f1",
            JAN_21,
        ),
        ("Rybar, Telegram, 1400/11/01", JAN_21),
        ("Rybar, Telegram, 1400-11-01", JAN_21),
        ("Rybar, Telegram, 1399/12/30", dt.date(2021, 3, 20)),  # the 30th of Esfand of a leap year
        ("Rybar, Telegram, 1403/01/01", dt.date(2024, 3, 20)),
        # Gregorian days as before.
        ("Rybar, Telegram, 2022/01/21", JAN_21),
        ("Rybar, Telegram, 1999-12-31", dt.date(1999, 12, 31)),
    ],
)
def test_a_solar_hijri_date_gives_its_gregorian_day(text: str, day: dt.date) -> None:
    assert find_date(text).date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # English notes spell the Solar Hijri months (and Dari's zodiac) in Latin letters: unread, the note
        # had no date and failed `schema` on a day it gives.
        ("Rybar, Telegram post, 12 Esfand 1400, https://t.me/rybar/1234.", dt.date(2022, 3, 3)),
        ("Tasnim News, 1 Bahman 1400", JAN_21),
        ("Tolonews, 1 Dalw 1400", JAN_21),
        ("IRNA, 1st of Farvardin, 1401", dt.date(2022, 3, 21)),
        ("IRNA, 30 Esfand 1400", None),  # 1400 is a common year: Esfand has 29 days
        ("Rybar, 21 Tir 2022", None),  # no Solar Hijri year
        # The Hebrew calendar's, as Israeli and Jewish outlets date: 21 Shevat 5782 is 23 January 2022.
        ("Arutz Sheva, 21 Shevat 5782, https://example.com/a", dt.date(2022, 1, 23)),
        ("Haaretz, 21st of Sh\u2019vat, 5782", dt.date(2022, 1, 23)),
        ("1 Tishrei 5783", dt.date(2022, 9, 26)),
        ("1 Tishrei 5785", dt.date(2024, 10, 3)),
        ("15 Nisan 5784", dt.date(2024, 4, 23)),
        ("30 Kislev 5782", dt.date(2021, 12, 4)),
        ("30 Cheshvan 5782", None),  # a short Cheshvan
        ("14 Adar II 5782", dt.date(2022, 3, 17)),
        ("14 Adar I 5782", dt.date(2022, 2, 15)),
        ("14 Adar 5783", dt.date(2023, 3, 7)),
        ("14 Adar 5782", None),  # a leap year: either Adar
        ("14 Adar II 5783", None),  # a common year has one
        ("21 Av 2022", None),
        # The month first, as American notes write it.
        ("The Forward, Shevat 21, 5782", dt.date(2022, 1, 23)),
        ("Tehran Times, Bahman 1, 1400", JAN_21),
        # Before an update's day, as any day is; an access date is none.
        ("Arutz Sheva, 21 Shevat 5782 (updated January 25, 2022)", dt.date(2022, 1, 23)),
        ("IRNA. Accessed 12 Esfand 1400", None),
    ],
)
def test_solar_hijri_and_hebrew_months_in_latin_letters_give_their_gregorian_day(
    text: str, day: dt.date | None
) -> None:
    assert find_date(text).date == day


def test_a_hebrew_date_makes_the_note_dated_for_schema() -> None:
    footnote = Footnote(
        label="1", text="Rybar, Telegram post, 21 Shevat 5782, https://t.me/rybar/1236.", line=1
    )
    parsed = parse_citation(footnote)
    assert parsed.citation.date == dt.date(2022, 1, 23)
    assert not [found for found in validate_citation(parsed.citation) if found.code == "missing-date"]


def test_a_crafted_run_of_days_and_calendar_words_is_read_in_linear_time() -> None:
    note = "1 of " * 20_000 + "14 adar " * 10_000 + "adar 1 " * 10_000 + "1400"
    assert find_date(note).date is None


@pytest.mark.parametrize(
    "text",
    [
        "Rybar, Telegram, 1400/12/30",  # Esfand has 29 days in a common year
        "Rybar, Telegram, 1400/07/31",  # the second half year's months have 30
        "Rybar, Telegram, 1443/06/18",  # a Lunar Hijri year: no Gregorian day
        "Rybar, Telegram, 18/06/1443",
        "Rybar, Telegram, 18.06.1443",
    ],
)
def test_a_date_of_another_calendar_that_is_no_day_is_not_read(text: str) -> None:
    assert find_date(text).date is None


@pytest.mark.parametrize(
    ("text", "published"),
    [
        # The day the video was filmed came first and was taken for the post's: the post of the 23rd warned.
        ("Video filmed January 21, 2022, Rybar, Telegram, January 23, 2022", dt.date(2022, 1, 23)),
        ("Footage recorded on 21 January 2022, Rybar, Telegram, 23 January 2022", dt.date(2022, 1, 23)),
        ("Photographed January 21, 2022; Rybar, Telegram, January 23, 2022", dt.date(2022, 1, 23)),
        ("Rybar, Telegram, January 23, 2022 (filmed January 21, 2022)", dt.date(2022, 1, 23)),
        # The only day the note gives is still its date, as an update's is.
        ("Rybar, Telegram, filmed January 21, 2022", JAN_21),
        ("Rybar, video filmed January 21, 2022, posted January 23, 2022", dt.date(2022, 1, 23)),
    ],
)
def test_the_day_a_video_was_filmed_gives_way_to_the_notes_other_day(text: str, published: dt.date) -> None:
    assert find_date(text).date == published
    assert other_days(text, published) == ()


# GOST R 7.0.100's year alone, then its day and month after a dash: unread, every standard GOST note had no
# date, and its footnote failed `schema`.
@pytest.mark.parametrize(
    "text",
    [
        "Рыбарь // Telegram. — 2022. — 21 янв. — URL: https://t.me/rybar/1 (дата обращения: 05.02.2023).",
        "Рыбарь // Telegram. \u2013 2022. \u2013 21 января. \u2013 URL: https://t.me/rybar/1",
        "Рыбар // Telegram. - 2022. - 21 січ. - URL: https://t.me/rybar/1",
        # A title's number before the year is no range's first day.
        "Рыбарь. Выпуск 15. — 2022. — 21 янв. — URL: https://t.me/rybar/1",
    ],
)
def test_a_gost_year_then_its_day_and_month_after_a_dash_gives_the_day(text: str) -> None:
    assert find_date(text).date == JAN_21
    assert other_days(text, JAN_21) == ()
    citation = parse_citation(Footnote(label="1", text=text, line=1)).citation
    assert citation.date == JAN_21
    assert "missing-date" not in [finding.code for finding in validate_citation(citation)]


@pytest.mark.parametrize(
    "text",
    [
        "Рыбарь // Telegram. — 2022. — 31 февр.",  # no such day
        "Рыбарь. — Москва, 2022. — 150 \u0441.",  # pages, not a month
        "Рыбарь // Telegram. — v1.2022. — 21 янв.",  # no year alone
    ],
)
def test_no_gost_day_is_read_where_the_year_is_not_alone_or_the_day_is_none(text: str) -> None:
    assert find_date(text).date is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Chinese, Japanese and Korean dates were no dates: a correct note said it gave none.
        ("Rybar\u3001Telegram\u30012022\u5e741\u670821\u65e5", JAN_21),
        ("Rybar, Telegram, 2022\u5e7401\u670821\u65e5", JAN_21),
        ("Rybar, Telegram, 2022\ub144 1\uc6d4 21\uc77c", JAN_21),
        # Their access dates are no publication's, as in the other languages.
        (
            "Rybar\u30012022\u5e741\u670821\u65e5\u3001\u95b2\u89a7\u65e5\uff1a2023\u5e742\u67085\u65e5",
            JAN_21,
        ),
        ("Rybar\u3001\u95b2\u89a7\u65e5\uff1a2023\u5e742\u67085\u65e5", None),
        ("Rybar, \u8bbf\u95ee\u65e5\u671f\uff1a2023\u5e742\u67085\u65e5", None),
        ("Rybar, \uac80\uc0c9\uc77c: 2023\ub144 2\uc6d4 5\uc77c", None),
        # `检索于` (retrieved on), `存档于`/`存檔於` (archived on), Baidu Baike's `引用日期` (date
        # cited): read as the publication's day, a true note dated otherwise failed.
        ("\u65b0\u534e\u793e, \u68c0\u7d22\u4e8e2023\u5e742\u67085\u65e5", None),
        ("\u65b0\u534e\u793e\uff0c\u5b58\u6863\u4e8e2023\u5e742\u67085\u65e5", None),
        ("\u65b0\u83ef\u793e\uff0c\u5b58\u6a94\u65bc2023\u5e742\u67085\u65e5", None),
        ("\u65b0\u534e\u793e \u5f15\u7528\u65e5\u671f2023\u5e742\u67085\u65e5", None),
        (
            "\u65b0\u534e\u793e, 2022\u5e741\u670821\u65e5 (\u68c0\u7d22\u4e8e2023\u5e742\u67085\u65e5)",
            JAN_21,
        ),
        ("\u5f15\u7528 2022\u5e741\u670821\u65e5", JAN_21),  # `引用` alone is no access word
        # No such month or day; no year before the Gregorian calendar's.
        ("Rybar, 2022\u5e7413\u670821\u65e5", None),
        ("Rybar, 1400\u5e741\u67081\u65e5", None),
    ],
)
def test_a_chinese_japanese_or_korean_date_gives_the_day(text: str, day: dt.date | None) -> None:
    assert find_date(text).date == day


# A day whose year has two digits, or an era's: unread, the note had no date, and its footnote failed as one
# without (a false fail).
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Rybar, Telegram, 21.01.22", JAN_21),
        ("Rybar, Telegram, 21.01.22.", JAN_21),
        ("Rybar, Telegram, 21/01/22", JAN_21),
        ("Rybar, Telegram, 01/21/22", JAN_21),
        ("Rybar, Telegram, 21 Jan 22", JAN_21),
        ("Rybar, Telegram, 21-Jan-22", JAN_21),
        ("Rybar, Telegram, Jan 21st '22", JAN_21),
        ("Rybar, Telegram, January 21, \u201922", JAN_21),
        ("Rybar, Telegram, 3.5.99", dt.date(1999, 5, 3)),
        ("\u4ee4\u548c4\u5e741\u670821\u65e5", JAN_21),  # 令和4年1月21日, Japan's Reiwa era
        ("\u4ee4\u548c\u5143\u5e745\u67081\u65e5", dt.date(2019, 5, 1)),  # 令和元年: its first year
        ("\u5e73\u621030\u5e7412\u67081\u65e5", dt.date(2018, 12, 1)),  # 平成30年, Heisei
        ("\u6c11\u570b111\u5e741\u670821\u65e5", JAN_21),  # 民國111年, the Republic of China's
        ("\u6c11\u56fd111\u5e74 1\u6708 21\u65e5", JAN_21),
        ("Rybar, Telegram, 111\u5e741\u670821\u65e5", JAN_21),  # 111年: Taiwan's year, its era unnamed
        # Korean's two-digit year (22년 1월 21일), and a Japanese era by its initial (`R4.1.21`,
        # `H31.4.30`) in a note in Japanese script: read as no date, the note failed `schema`.
        ("\ub77c\uc774\ubc14, \ud154\ub808\uadf8\ub7a8, 22\ub144 1\uc6d4 21\uc77c", JAN_21),
        ("\u30e9\u30a4\u30d0\u30fc\u3001Telegram\u3001R4.1.21", JAN_21),
        ("\u30e9\u30a4\u30d0\u30fc\u3001H31.4.30", dt.date(2019, 4, 30)),
    ],
)
def test_a_two_digit_or_an_era_s_year_gives_the_day(text: str, day: dt.date) -> None:
    assert find_date(text).date == day
    assert dates.holds_date(text)


def test_a_two_digit_year_s_day_and_month_that_could_swap_are_ambiguous() -> None:
    found = find_date("Rybar, Telegram, 03/04/22")
    assert (found.date, found.ambiguous, found.text) == (None, True, "03/04/22")


@pytest.mark.parametrize(
    "text",
    [
        "accessed 21.01.22",  # the reader's day, as with four digits
        "January 21, 22 people were killed",  # a month first without the year's apostrophe
        "21 January, 22 people were killed",
        "Rybar, Telegram, v1.2.22",  # a version, not a day
        "10.1.22.5",
        "21 Jan 22:05",  # a time
        "21-01-22",  # dashed: day first, or year first as ISO
        "31.02.22",
        "\u6c11\u570b111\u5e74",  # a year alone
        "\u7b2c1111\u5e741\u670821\u65e5",  # no year of Taiwan's, nor a Gregorian one of three digits
        "Rybar, Telegram, 20220121",  # eight digits run together: a day, or an id's digits, not told apart
        "Rybar, Telegram, post 20220121-2",
        "Rybar, Telegram, rule R4.1.21",  # an era's initial only in a note in Japanese script
        "\u30e9\u30a4\u30d0\u30fc R4.1.21.5",
    ],
)
def test_numbers_only_like_a_two_digit_year_s_day_are_no_date(text: str) -> None:
    found = find_date(text)
    assert (found.date, found.ambiguous) == (None, False)


def test_a_four_digit_year_s_date_wins_over_a_two_digit_year_s() -> None:
    # A two-digit year is read only where the note gives no other date: `21.01.22` here is a document's
    # number, not the post's day.
    assert find_date("Order 21.01.22, Telegram, 25 January 2022").date == dt.date(2022, 1, 25)
    assert find_date("Rybar, 21.01.22, accessed 5 March 2023").date == JAN_21


# Polish, Czech and Russian legal writing number the month in Roman numerals: read as no date, the note had
# none and failed as one without.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Sąd Najwyższy, wyrok z 21.I.2022", JAN_21),
        ("Rybar, Telegram, 21 I 2022 r.", JAN_21),
        ("Rybar, Telegram, 21-I-2022", JAN_21),
        ("Rybar, Telegram, 21. XII. 2021", dt.date(2021, 12, 21)),
        ("Rybar, Telegram, 4.IV.2022", dt.date(2022, 4, 4)),
        ("Rybar, Telegram, 21.IX.2022, accessed 5.III.2023", dt.date(2022, 9, 21)),
    ],
)
def test_a_roman_numeral_month_gives_the_day(text: str, day: dt.date) -> None:
    assert find_date(text).date == day


@pytest.mark.parametrize(
    "text",
    [
        "accessed 5.III.2023",
        "21 i 2022",  # lower case: a word (Polish `and`), not a month
        "v1.I.2022",
        "31.II.2022",
        "World War II 2022",
    ],
)
def test_words_only_like_a_roman_numeral_month_s_day_are_no_date(text: str) -> None:
    found = find_date(text)
    assert (found.date, found.ambiguous) == (None, False)


@pytest.mark.parametrize(
    "text",
    [
        "19 I \u2013 21 I 2022",
        "19.I. \u2013 21.I.2022",
        "from 19 I to 21 I 2022",
        "between 19 I and 21 I 2022",
    ],
)
def test_a_range_of_roman_numeral_months_days_is_not_one_day(text: str) -> None:
    # Its last day read as the note's passed a post of that day as confirmed.
    assert find_date(text) == dates.DateFind(None, in_a_range=True)


# Belarusian, Serbian, Bulgarian and Macedonian months after the day, and Greek's (in the genitive, accents
# written or not, or abbreviated): the note had no date.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Рыбар, Telegram, 21 студзеня 2022", JAN_21),
        ("Рыбар, Telegram, 21 жніўня 2022", dt.date(2022, 8, 21)),
        ("Рыбар, Telegram, 21. јануара 2022.", JAN_21),
        ("Рыбар, Telegram, 21 децембра 2022", dt.date(2022, 12, 21)),
        ("Рибар, Telegram, 21 януари 2022 \u0433.", JAN_21),
        ("Рибар, Telegram, 21 октомври 2022", dt.date(2022, 10, 21)),
        ("Рибар, Telegram, 21 јуни 2022", dt.date(2022, 6, 21)),
        ("Rybar, Telegram, 21 \u0399\u03b1\u03bd\u03bf\u03c5\u03b1\u03c1\u03af\u03bf\u03c5 2022", JAN_21),
        ("Rybar, Telegram, 21 \u0399\u0391\u039d\u039f\u03a5\u0391\u03a1\u0399\u039f\u03a5 2022", JAN_21),
        ("Rybar, Telegram, 21 \u0399\u03b1\u03bd. 2022", JAN_21),
        ("Rybar, Telegram, 21 \u039c\u03b1\u0390\u03bf\u03c5 2022", dt.date(2022, 5, 21)),  # ΐ folds to 3
        ("Rybar, Telegram, 21 \u039c\u0391\u03aa\u039f\u03a5 2022", dt.date(2022, 5, 21)),
        (
            "Rybar, Telegram, 21 \u0391\u03c5\u03b3\u03bf\u03cd\u03c3\u03c4\u03bf\u03c5 2022",
            dt.date(2022, 8, 21),
        ),
    ],
)
def test_greek_belarusian_serbian_bulgarian_and_macedonian_months_give_the_day(
    text: str, day: dt.date
) -> None:
    assert find_date(text).date == day


# Their Wikipedias' access and archive words: with the months read, the access date was the note's.
@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Telegram. \u0391\u03bd\u03b1\u03ba\u03c4\u03ae\u03b8\u03b7\u03ba\u03b5 "
        "\u03c3\u03c4\u03b9\u03c2 5 \u03a6\u03b5\u03b2\u03c1\u03bf\u03c5\u03b1\u03c1\u03af\u03bf\u03c5 2023.",
        "Рыбар, Telegram. Праверана 5 лютага 2023.",
        "Рыбар, Telegram. Приступљено 5. фебруара 2023.",
        "Рыбар, Telegram. Архивирано из оригинала 5. фебруара 2023.",
        "Рибар, Telegram. Посетен на 5 февруари 2023.",
        "Рибар, Telegram. Посетено на 5 февруари 2023.",
    ],
)
def test_an_access_date_in_greek_belarusian_serbian_or_bulgarian_is_no_publication_date(note: str) -> None:
    assert find_date(note) == dates.DateFind(None)
    assert find_date(f"{note} 21.01.2022").date == JAN_21


# Arabic's access words as its notes write them (date of perusal, visited on, reached on), Russian's `viewed`
# and `date of the visit`, Ukrainian's `date of access`: each day was read as the publication's, and a post
# made the day the writer read it passed.
@pytest.mark.parametrize(
    "note",
    [
        "ريبار، Telegram، تاريخ الاطلاع: 5 فبراير 2023",
        "Rybar, Telegram, تم الاطلاع عليه في 5 فبراير 2023",
        "Rybar, Telegram, تمت الزيارة في 5 فبراير 2023",
        "Rybar, Telegram, تم الوصول إليه في 5 فبراير 2023",
        "Рыбарь, Telegram, просмотрено 05.02.2023",
        "Рыбарь, Telegram (дата посещения: 05.02.2023)",
        "Рибар, Telegram (дата доступу: 05.02.2023)",
    ],
)
def test_an_access_date_in_arabic_russian_or_ukrainian_words_not_read_before_is_no_publication_date(
    note: str,
) -> None:
    assert find_date(note) == dates.DateFind(None)
    assert find_date(f"21.01.2022, {note}").date == JAN_21


# Indonesian, Malay and Dutch months after the day: the note had no date.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Rybar, Telegram, 21 Januari 2022", JAN_21),
        ("Rybar, Telegram, 21 Maret 2022", dt.date(2022, 3, 21)),
        ("Rybar, Telegram, 21 Mei 2022", dt.date(2022, 5, 21)),
        ("Rybar, Telegram, 21 Agustus 2022", dt.date(2022, 8, 21)),
        ("Rybar, Telegram, 21 Desember 2022", dt.date(2022, 12, 21)),
        ("Rybar, Telegram, 21 Mac 2022", dt.date(2022, 3, 21)),
        ("Rybar, Telegram, 21 Julai 2022", dt.date(2022, 7, 21)),
        ("Rybar, Telegram, 21 Ogos 2022", dt.date(2022, 8, 21)),
        ("Rybar, Telegram, 21 Disember 2022", dt.date(2022, 12, 21)),
        ("Rybar, Telegram, 21 januari 2022", JAN_21),
        ("Rybar, Telegram, 21 maart 2022", dt.date(2022, 3, 21)),
        ("Rybar, Telegram, 21 mrt. 2022", dt.date(2022, 3, 21)),
        ("Rybar, Telegram, 21 augustus 2022", dt.date(2022, 8, 21)),
    ],
)
def test_indonesian_malay_and_dutch_months_give_the_day(text: str, day: dt.date) -> None:
    assert find_date(text).date == day


# Their access and archive words (their Wikipedias'): with the months read, an access date was the note's.
@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Telegram. Diakses tanggal 5 Februari 2023.",
        "Rybar, Telegram. Diakses pada 5 Februari 2023.",
        "Rybar, Telegram. Diarsipkan dari versi asli tanggal 5 Februari 2023.",
        "Rybar, Telegram. Dicapai pada 5 Februari 2023.",
        "Rybar, Telegram. Geraadpleegd op 5 februari 2023.",
        "Rybar, Telegram. Gearchiveerd van het origineel op 5 februari 2023.",
    ],
)
def test_an_access_date_in_indonesian_malay_or_dutch_is_no_publication_date(note: str) -> None:
    assert find_date(note) == dates.DateFind(None)
    assert find_date(f"{note} 21.01.2022").date == JAN_21


# Vietnamese numbers the month after its word (`ngày 21 tháng 1 năm 2022`): the note had no date.
@pytest.mark.parametrize(
    "text",
    [
        "Rybar, Telegram, ng\u00e0y 21 th\u00e1ng 1 n\u0103m 2022",
        "Rybar, Telegram, Ng\u00e0y 21 Th\u00e1ng 01 N\u0103m 2022",
        "Rybar, Telegram, NG\u00c0Y 21 TH\u00c1NG 1 N\u0102M 2022",
        "Rybar, Telegram, 21 th\u00e1ng 1, 2022",
        "Rybar, Telegram, ngay 21 thang 1 nam 2022",  # without its marks
        "Rybar, Telegram, NGAY 21 THANG 1 NAM 2022",  # ASCII: looked for in the lowered text
        "Rybar, Telegram, nga\u0300y 21 tha\u0301ng 1 na\u0306m 2022",  # its letters not composed
    ],
)
def test_a_vietnamese_date_gives_the_day(text: str) -> None:
    assert find_date(text).date == JAN_21


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("Rybar, Telegram, ng\u00e0y 31 th\u00e1ng 2 n\u0103m 2022", dates.DateFind(None)),  # no such day
        # A range (`from ... to ...`), and an access or archive date (`Truy cập`, `Lưu trữ bản gốc`).
        (
            "Rybar, Telegram, t\u1eeb ng\u00e0y 19 \u0111\u1ebfn ng\u00e0y 23 th\u00e1ng 1 n\u0103m 2022",
            dates.DateFind(None, in_a_range=True),
        ),
        (
            "Rybar, Telegram, ng\u00e0y 19 th\u00e1ng 1 n\u0103m 2022 "
            "\u0111\u1ebfn ng\u00e0y 23 th\u00e1ng 1 n\u0103m 2022",
            dates.DateFind(None, in_a_range=True),
        ),
        ("Rybar, Telegram. Truy c\u1eadp ng\u00e0y 5 th\u00e1ng 2 n\u0103m 2023.", dates.DateFind(None)),
        (
            "Rybar, Telegram. Truy ca\u0323\u0302p nga\u0300y 5 tha\u0301ng 2 na\u0306m 2023.",
            dates.DateFind(None),
        ),
        (
            "Rybar, Telegram. L\u01b0u tr\u1eef b\u1ea3n g\u1ed1c ng\u00e0y 5 th\u00e1ng 2 n\u0103m 2023.",
            dates.DateFind(None),
        ),
    ],
)
def test_a_vietnamese_date_of_no_day_a_range_or_an_access_is_no_publication_date(
    text: str, found: dates.DateFind
) -> None:
    assert find_date(text) == found


# Japanese, Chinese and Korean write a two-digit year first (`22/01/21`, `22.01.21.`: 21 January 2022): read
# day first in a note in their scripts, a true note of 2022 failed as of 22 January 2021, and one of that day
# passed.
@pytest.mark.parametrize(
    "text",
    [
        "Rybar, \u30c6\u30ec\u30b0\u30e9\u30e0, 22/01/21",  # テレグラム
        "\ub9ac\ubc14\ub974, \ud154\ub808\uadf8\ub7a8, 22.01.21.",  # 리바르, 텔레그램
        "Rybar, \u7535\u62a5, 21/01/22",  # 电报: 21 January 2022, or 22 January 2021
        # Thai's two-digit year may be the Buddhist era's (`65`: 2565, 2022): it was read as 2065.
        "Rybar, \u0e40\u0e17\u0e40\u0e25\u0e41\u0e01\u0e23\u0e21, 21/01/65",  # เทเลแกรม
        "Rybar, \u0e40\u0e17\u0e40\u0e25\u0e41\u0e01\u0e23\u0e21, 21.01.65",
    ],
)
def test_a_two_digit_year_s_day_in_an_east_asian_or_thai_note_that_reads_another_way_too_is_ambiguous(
    text: str,
) -> None:
    found = find_date(text)
    assert (found.date, found.ambiguous) == (None, True)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Rybar, Telegram, 22/01/21", dt.date(2021, 1, 22)),  # no East Asian script: day first
        ("Rybar, \u7535\u62a5, 22/13/21", None),  # no day either way
        ("Rybar, \u7535\u62a5, 22/01/21, 2022\u5e741\u670821\u65e5", JAN_21),  # a four-digit year's day
    ],
)
def test_a_two_digit_year_s_day_outside_east_asian_script_or_beside_a_full_date_is_read_as_before(
    text: str, day: dt.date | None
) -> None:
    assert find_date(text).date == day


# Thai names the month after the day, its year often the Buddhist era's (2565 is 2022): the note had no date,
# and a numeric date of 2565 was compared as a day 543 years on.
@pytest.mark.parametrize(
    "text",
    [
        "Rybar, Telegram, 21 \u0e21\u0e01\u0e23\u0e32\u0e04\u0e21 2565",  # 21 มกราคม 2565
        "Rybar, Telegram, 21 \u0e21.\u0e04. 2565",  # 21 ม.ค. 2565
        "21 \u0e21\u0e01\u0e23\u0e32\u0e04\u0e21 \u0e1e.\u0e28. 2565",  # 21 มกราคม พ.ศ. 2565
        "\u0e52\u0e51 \u0e21\u0e01\u0e23\u0e32\u0e04\u0e21 \u0e52\u0e55\u0e56\u0e55",  # in Thai digits
        "21 \u0e21\u0e01\u0e23\u0e32\u0e04\u0e21 2022",  # a Gregorian year stays one
        "Rybar, Telegram, 21/01/2565",
        "Rybar, Telegram, 2565-01-21",
    ],
)
def test_a_thai_month_or_a_buddhist_era_year_gives_the_gregorian_day(text: str) -> None:
    assert find_date(text).date == JAN_21


def test_a_thai_month_s_day_after_an_access_word_is_no_publication_date() -> None:
    assert find_date("accessed 21 \u0e21.\u0e04. 2565").date is None


# Thai writes the Buddhist era's year in two digits after a month's name too (`21 ม.ค. 65`): the note had no
# date.
@pytest.mark.parametrize(
    "text",
    [
        "Rybar, Telegram, 21 \u0e21.\u0e04. 65",  # 21 ม.ค. 65
        "Rybar, Telegram, 21 \u0e21\u0e01\u0e23\u0e32\u0e04\u0e21 65",  # 21 มกราคม 65
        "Rybar, Telegram, 21 \u0e21.\u0e04. \u0e1e.\u0e28. 65",  # 21 ม.ค. พ.ศ. 65
        "\u0e52\u0e51 \u0e21.\u0e04. \u0e56\u0e55",  # in Thai digits
    ],
)
def test_a_thai_month_s_two_digit_year_is_the_buddhist_era_s(text: str) -> None:
    assert find_date(text).date == JAN_21


def test_a_thai_month_s_two_digit_year_after_an_access_word_or_beside_a_full_date_is_not_read() -> None:
    assert find_date("accessed 21 \u0e21.\u0e04. 65").date is None
    assert find_date("21 \u0e21.\u0e04. 2565, 25 \u0e21.\u0e04. 65").date == JAN_21


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # By the tabular calendar; Umm al-Qura's and the moon seen give 21 January, 2 April, 9 July 2022.
        ("Rybar, 18 Jumada al-Akhirah 1443", dt.date(2022, 1, 22)),
        ("Rybar, 1443/06/18", dt.date(2022, 1, 22)),
        ("Rybar, 18.06.1443", dt.date(2022, 1, 22)),
        (
            "ريبار، 18 جمادى الآخرة 1443",
            dt.date(2022, 1, 22),
        ),
        ("Rybar, 1 Ramadan 1443", dt.date(2022, 4, 3)),
        ("Rybar, 10 Dhu al-Hijjah 1443", dt.date(2022, 7, 10)),
        ("Rybar, 12 Rabi al-Awwal 1443", dt.date(2021, 10, 19)),
        ("Rybar, 21 January 2022", None),
        # The month as other notes transliterate it, or in Arabic's other spellings: each was unread.
        ("Rybar, 18 Jumada al-Ula 1443", dt.date(2021, 12, 23)),
        ("Rybar, 18 Jumadal Ula 1443", dt.date(2021, 12, 23)),
        ("Rybar, 18 Jumada I 1443", dt.date(2021, 12, 23)),
        ("Rybar, 18 Jumada II 1443", dt.date(2022, 1, 22)),
        ("Rybar, 18 Jumada-us-Sani 1443", dt.date(2022, 1, 22)),
        ("Rybar, 18 Rabi II 1443", dt.date(2021, 11, 24)),
        ("Rybar, 18 Rabi-us-Sani 1443", dt.date(2021, 11, 24)),
        ("Rybar, 18 Rabi ul Akhir 1443", dt.date(2021, 11, 24)),
        ("Rybar, 18 Rabi I 1443", dt.date(2021, 10, 25)),
        ("Rybar, 10 Dhul Hijjah 1443", dt.date(2022, 7, 10)),
        ("Rybar, 10 Zul Hijjah 1443", dt.date(2022, 7, 10)),
        ("Rybar, 10 Dhu'l-Hijja 1443", dt.date(2022, 7, 10)),
        ("Rybar, 10 Zul Qaida 1443", dt.date(2022, 6, 10)),
        ("Rybar, 1 Ramzan 1443", dt.date(2022, 4, 3)),
        ("Rybar, 1 Shawal 1443", dt.date(2022, 5, 3)),
        ("Rybar, 18 Moharram 1443", dt.date(2021, 8, 27)),
        ("Rybar, 18 Sha'aban 1443", dt.date(2022, 3, 22)),
        (
            "ريبار، 18 جمادي الأولى 1443",
            dt.date(2021, 12, 23),
        ),
        (
            "ريبار، 10 ذي الحجة 1443",
            dt.date(2022, 7, 10),
        ),
        (
            "ريبار، 10 ذي القعدة 1443",
            dt.date(2022, 6, 10),
        ),
    ],
)
def test_a_lunar_hijri_date_gives_its_day_by_the_tabular_calendar(text: str, day: dt.date | None) -> None:
    assert dates.lunar_hijri_day(text) == day
    # Never the note's date: the observed calendar may run a day or two from it.
    if day is not None:
        assert find_date(text).date is None


@pytest.mark.parametrize(
    "note",
    [
        # Turkish's, Indonesian's and Persian's were read already; Vietnamese's before `ng\u00e0y` (day) and
        # Hebrew's were not, and the access date written first was the note's.
        "Rybar, eri\u015fim tarihi: 25 Ocak 2022, 21 Ocak 2022",
        "Rybar, diakses pada tanggal 25 Januari 2022, 21 Januari 2022",
        "Rybar, \u062a\u0627\u0631\u06cc\u062e \u062f\u0633\u062a\u0631\u0633\u06cc: "
        "\u06f2\u06f5 \u0698\u0627\u0646\u0648\u06cc\u0647 \u06f2\u06f0\u06f2\u06f2\u060c "
        "\u06f2\u06f1 \u0698\u0627\u0646\u0648\u06cc\u0647 \u06f2\u06f0\u06f2\u06f2",
        "Rybar, Truy c\u1eadp ng\u00e0y 25/01/2022. Ng\u00e0y 21/01/2022",
        "Rybar, truy c\u1eadp ng\u00e0y 25 th\u00e1ng 1 n\u0103m 2022, "
        "ng\u00e0y 21 th\u00e1ng 1 n\u0103m 2022",
        "Rybar, \u05d0\u05d5\u05d7\u05d6\u05e8 \u05d1\u05be25 \u05d1\u05d9\u05e0\u05d5\u05d0\u05e8 2022, "
        "21 \u05d1\u05d9\u05e0\u05d5\u05d0\u05e8 2022",
        "Rybar, \u05d0\u05d5\u05d7\u05d6\u05e8 \u05d1-25.01.2022, 21.01.2022",
        "Rybar, \u05ea\u05d0\u05e8\u05d9\u05da \u05d2\u05d9\u05e9\u05d4: 25 "
        "\u05d1\u05d9\u05e0\u05d5\u05d0\u05e8 2022, 21 \u05d1\u05d9\u05e0\u05d5\u05d0\u05e8 2022",
    ],
)
def test_an_access_date_in_turkish_indonesian_persian_vietnamese_or_hebrew_is_not_the_note_s(
    note: str,
) -> None:
    assert find_date(note).date == dt.date(2022, 1, 21)


HEBREW_JANUARY = "\u05d1\u05d9\u05e0\u05d5\u05d0\u05e8"
PERSIAN_JANUARY = "\u0698\u0627\u0646\u0648\u06cc\u0647"


@pytest.mark.parametrize(
    "note",
    [
        # An update's day beside the publication's made the note one of two days (`date` warned for nothing),
        # and, first, the note's.
        "Rybar, 21 Ocak 2022, g\u00fcncellendi 25 Ocak 2022",
        "Rybar, Son g\u00fcncelleme: 25 Ocak 2022, yay\u0131nland\u0131 21 Ocak 2022",
        "Rybar, 21 Januari 2022, diperbarui 25 Januari 2022",
        "Rybar, diperbarui pada 25 Januari 2022, diterbitkan 21 Januari 2022",
        "Rybar, 21 th\u00e1ng 1 n\u0103m 2022, c\u1eadp nh\u1eadt 25 th\u00e1ng 1 n\u0103m 2022",
        f"Rybar, 21 {PERSIAN_JANUARY} 2022, "
        f"\u0628\u0647\u200c\u0631\u0648\u0632\u0631\u0633\u0627\u0646\u06cc 25 {PERSIAN_JANUARY} 2022",
        f"Rybar, 21 {HEBREW_JANUARY} 2022, \u05e2\u05d5\u05d3\u05db\u05df 25 {HEBREW_JANUARY} 2022",
        # Hebrew's day after `ב-` (on) was no day: the note had none.
        f"Rybar, \u05e2\u05d5\u05d3\u05db\u05df \u05d1-25 {HEBREW_JANUARY} 2022, "
        f"\u05e4\u05d5\u05e8\u05e1\u05dd \u05d1-21 {HEBREW_JANUARY} 2022",
    ],
)
def test_an_update_s_day_in_turkish_indonesian_vietnamese_persian_or_hebrew_is_not_the_note_s(
    note: str,
) -> None:
    found = find_date(note)
    assert found.date == dt.date(2022, 1, 21)
    assert dates.other_days(note, dt.date(2022, 1, 21)) == ()


def test_a_day_said_published_in_turkish_persian_or_hebrew_is_the_note_s() -> None:
    # `Report on the 21 January 2022 strike, ..., published 25 January 2022`: the title's day was the note's.
    for published in (
        "yay\u0131nland\u0131",
        "\u0645\u0646\u062a\u0634\u0631 \u0634\u062f\u0647 \u062f\u0631",
        "\u05e4\u05d5\u05e8\u05e1\u05dd",
    ):
        note = f"Report on the 21 Ocak 2022 strike, Telegram, {published} 25 Ocak 2022"
        assert find_date(note).date == dt.date(2022, 1, 25), published


def test_a_hebrew_day_after_b_or_a_persian_month_in_its_ezafe_gives_the_day() -> None:
    assert find_date(f"Rybar, \u05d1-21 {HEBREW_JANUARY} 2022").date == dt.date(2022, 1, 21)
    for january in (f"{PERSIAN_JANUARY}\u0654", f"{PERSIAN_JANUARY[:-1]}\u06c0"):
        assert find_date(f"Rybar, \u06f2\u06f1 {january} \u06f2\u06f0\u06f2\u06f2").date == dt.date(
            2022, 1, 21
        )
    # A hyphen after a day still joins a range: no one day.
    assert find_date(f"Rybar, 20-21 {HEBREW_JANUARY} 2022").in_a_range


def test_a_lunar_hijri_date_in_arabic_indic_or_persian_digits_gives_its_day() -> None:
    # 18 Jumada al-Akhirah 1443 in Arabic-Indic digits: the year's pattern starts with an ASCII `1`, and the
    # date was read as none.
    arabic = (
        "\u0661\u0668 \u062c\u0645\u0627\u062f\u0649 \u0627\u0644\u0622\u062e\u0631\u0629 "
        "\u0661\u0664\u0664\u0663"
    )
    persian = (
        "\u06f1\u06f8 \u062c\u0645\u0627\u062f\u06cc \u0627\u0644\u0622\u062e\u0631 \u06f1\u06f4\u06f4\u06f3"
    )
    numeric = "\u0661\u0664\u0664\u0663/\u0660\u0666/\u0661\u0668"
    for written in (arabic, persian, numeric):
        note = f"\u0631\u064a\u0628\u0627\u0631\u060c {written} \u0647\u0640"
        # As written, in its own digits: the check finds it in the note to show it.
        assert dates.lunar_hijri_date(note) == written
        assert dates.lunar_hijri_day(note) == dt.date(2022, 1, 22)
        assert find_date(note).date is None


def test_a_spanish_year_after_del_or_an_arabic_month_named_twice_gives_the_day() -> None:
    # Each was unread: the note had no day, and `schema` failed it.
    for text in (
        "Rybar, Telegram, 21 de enero del 2022",
        "الجزيرة، 21 كانون الثاني/يناير 2022",
        "الجزيرة، 21 يناير/كانون الثاني 2022",
        "الجزيرة، 21 كانون الثاني / يناير 2022",
    ):
        assert find_date(text).date == JAN_21, text
    # Two names of two months give no day.
    assert find_date("الجزيرة، 21 كانون الثاني/فبراير 2022").date is None


def test_an_update_s_day_in_other_languages_is_the_note_s_only_where_it_gives_no_other() -> None:
    # Each update's day was read as a plain one: beside the publication's, the note gave two days.
    for text in (
        "Рыбарь, 21.01.2022, обновлено 25.01.2022",
        "Рыбарь, обновлено: 25.01.2022; 21.01.2022",
        "Укрінформ, 21.01.2022, оновлено 25.01.2022",
        "Der Spiegel, 21.01.2022, aktualisiert am 25.01.2022",
        "Le Monde, 21 janvier 2022, mis \u00e0 jour le 25 janvier 2022",
        "El Pa\u00eds, 21 de enero de 2022, actualizado el 25 de enero de 2022",
        "P\u00fablico, 21 de janeiro de 2022, atualizado em 25 de janeiro de 2022",
    ):
        assert find_date(text).date == JAN_21, text
        assert other_days(text, JAN_21) == (), text
    # Alone, it is the note's date; `actualizado a` is an as-of date, none.
    assert find_date("Рыбарь, обновлено 25.01.2022").date == dt.date(2022, 1, 25)
    assert find_date("El Pa\u00eds, actualizado a 25 de enero de 2022").date is None


def test_an_arabic_publication_or_update_word_ranks_its_day_as_english_s_do() -> None:
    # The event's day before `نشر في` (published on) was the note's, the two days a warning; an update's
    # day (`آخر تحديث`, last update) after the publication's was the note's other day.
    for text in (
        "الجزيرة، عن هجوم 20 يناير 2022، نشر في 21 يناير 2022",
        "الجزيرة، 21 يناير 2022، آخر تحديث 25 يناير 2022",
    ):
        assert find_date(text).date == JAN_21, text
        assert other_days(text, JAN_21) == (), text
    # `انتشر` (spread) is no publication.
    spread = "انتشر في 20 يناير 2022، 21 يناير 2022"
    assert find_date(spread).date == dt.date(2022, 1, 20)


# Croatian months (genitive or nominative, marks written or not), Serbian's and Bosnian's in Latin letters,
# and Serbian Cyrillic's nominatives: unread, the note had no day.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Rybar, Telegram, 21. siječnja 2022.", JAN_21),
        ("Rybar, Telegram, 21. sijecnja 2022.", JAN_21),
        ("Rybar, Telegram, 21. veljače 2022.", dt.date(2022, 2, 21)),
        ("Rybar, Telegram, 21. OŽUJKA 2022.", dt.date(2022, 3, 21)),
        ("Rybar, Telegram, 21. srpnja 2022. godine", dt.date(2022, 7, 21)),
        ("Rybar, Telegram, 21. kolovoz 2022.", dt.date(2022, 8, 21)),
        ("Rybar, Telegram, 21. studenoga 2022.", dt.date(2022, 11, 21)),
        ("Rybar, Telegram, 21. prosinca 2021.", dt.date(2021, 12, 21)),
        ("Rybar, Telegram, 21. januara 2022.", JAN_21),
        ("Rybar, Telegram, 21. avgusta 2022.", dt.date(2022, 8, 21)),
        ("Rybar, Telegram, 21. septembar 2022.", dt.date(2022, 9, 21)),
        ("Rybar, Telegram, 21. oktobra 2022.", dt.date(2022, 10, 21)),
        ("Rybar, Telegram, 21. MAJ 2022.", dt.date(2022, 5, 21)),
        ("Рыбар, Telegram, 21. јануар 2022.", JAN_21),
        ("Рыбар, Telegram, 21. септембар 2022.", dt.date(2022, 9, 21)),
    ],
)
def test_croatian_and_serbian_latin_months_give_the_day(text: str, day: dt.date) -> None:
    assert find_date(text).date == day


# Croatian's `listopad` is October, Polish's November: a Croatian note read as Polish failed its post of 21
# October as a month off.
@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Rybar, Telegram, 21. listopada 2022.", 10),
        ("Službena izjava, Telegram, 21 listopada 2022.", 10),  # no stop, but Croatian `ž`
        ("Oświadczenie, Telegram, 21. listopada 2022 r.", 11),  # a stop, but Polish letters
        ("Rybar, Telegram, 21 listopada 2022 r.", 11),
        ("Rybar, Telegram, 21 listopada 2022", 11),
    ],
)
def test_listopad_is_october_in_a_croatian_note_and_november_in_a_polish_one(text: str, month: int) -> None:
    assert find_date(text).date == dt.date(2022, month, 21)


# Their ranges and either-days (`od … do`, `između … i`, `ili`; Polish's `od … do`, `lub`), and a range's
# first year closed by its stop: the last or the first day was read as the note's.
@pytest.mark.parametrize(
    "text",
    [
        "Rybar, Telegram, od 19. do 23. siječnja 2022.",
        "Rybar, Telegram, između 19. i 23. siječnja 2022.",
        "Rybar, Telegram, 21. ili 22. siječnja 2022.",
        "Рыбар, Telegram, од 19. до 23. јануара 2022.",
        "Rybar, Telegram, od 19 do 23 stycznia 2022",
        "Rybar, Telegram, 21 lub 22 stycznia 2022",
        "Rybar, Telegram, 21. siječnja 2022. do 3. veljače 2022.",
        "Rybar, Telegram, 21. 1. 2022. \u2013 3. 2. 2022.",
    ],
)
def test_a_croatian_serbian_or_polish_range_gives_no_one_day(text: str) -> None:
    assert find_date(text) == dates.DateFind(None, in_a_range=True)


def test_a_date_closed_by_its_year_s_stop_before_a_dash_and_no_day_is_the_note_s() -> None:
    assert find_date("Rybar, Telegram, 21.01.2022. - Telegram").date == JAN_21
    assert find_date("Rybar, Telegram, 21. siječnja 2022. - 14:05").date == JAN_21


# Their Wikipedias' access and archive words in Latin letters: with the months read, the access date was the
# note's, or the note's second day.
@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Telegram. Pristupljeno 5. veljače 2023.",
        "Rybar, Telegram. Pristupljeno dana 5. februara 2023.",
        "Rybar, Telegram (datum pristupa: 5. 2. 2023.)",
        "Rybar, Telegram. Preuzeto 5. veljače 2023.",
        "Rybar, Telegram. Arhivirano iz originala 5. februara 2023.",
    ],
)
def test_a_croatian_or_serbian_latin_access_date_is_no_publication_date(note: str) -> None:
    assert find_date(note) == dates.DateFind(None)
    dated = f"Rybar, Telegram, 21. siječnja 2022. {note.removeprefix('Rybar, Telegram')}"
    assert find_date(dated).date == JAN_21
    assert other_days(dated, JAN_21) == ()


# Russian and Ukrainian write the day as an ordinal too, its ending `-\u0433\u043e` after it (`21-\u0433\u043e
# января 2022`): read as no date, the note failed `schema` for a day it gives; its ranges and either-days so
# written give no one day.
_GO = "\u0433\u043e"


@pytest.mark.parametrize(
    "text",
    [
        f"Рыбарь, Telegram, 21-{_GO} января 2022",
        f"Рибар, Telegram, 21-{_GO} січня 2022",
        f"Рыбарь, 21{_GO} января 2022",
    ],
)
def test_a_russian_or_ukrainian_ordinal_day_gives_the_day(text: str) -> None:
    assert find_date(text).date == JAN_21


@pytest.mark.parametrize(
    "text",
    [
        f"Рыбарь, Telegram, \u0441 19-{_GO} \u043f\u043e 23-{_GO} января 2022",
        f"Рыбарь, Telegram, 19-{_GO} \u0438 23-{_GO} января 2022",
        f"Рыбарь, Telegram, 21-{_GO} или 22-{_GO} января 2022",
        f"Рибар, Telegram, \u0437 19-{_GO} \u043f\u043e 23-{_GO} січня 2022",
    ],
)
def test_a_range_of_russian_or_ukrainian_ordinal_days_gives_no_one_day(text: str) -> None:
    assert find_date(text) == dates.DateFind(None, in_a_range=True)


# Two days joined by a slash with spaces around it (`21 Jan 2022 / 22 Jan 2022`): the first was read as the
# note's, and a post of that day passed, where the note gives either of two.
@pytest.mark.parametrize(
    "text", ["Rybar, Telegram, 21 Jan 2022 / 22 Jan 2022", "Rybar, 21.01.2022 / 22.01.2022"]
)
def test_two_days_joined_by_a_spaced_slash_give_no_one_day(text: str) -> None:
    assert find_date(text) == dates.DateFind(None, in_a_range=True)


# One day written twice as a range is written (a note in two languages, `21 января 2022 / 21 January 2022`):
# read as a range, the note had no date, and its true post was not confirmed.
@pytest.mark.parametrize(
    "text",
    [
        "Рыбарь, Telegram, 21 января 2022 / 21 January 2022",
        "Рыбарь, Telegram, 21 января 2022/21 January 2022",
        "Rybar, Telegram, 21.01.2022 \u2013 21.01.2022",
        "Rybar, Telegram, 21. siječnja 2022. / 21 January 2022",
    ],
)
def test_one_day_written_twice_as_a_range_is_that_day(text: str) -> None:
    assert find_date(text).date == JAN_21
    assert other_days(text, JAN_21) == ()


# A day the note gives in a zone it names, no time given: `locate` judges posts by that zone's day.
@pytest.mark.parametrize(
    ("note", "zone", "opens"),
    [
        ("Rybar, Telegram, January 21, 2022 (UTC).", "UTC", (dt.datetime(2022, 1, 21, tzinfo=dt.UTC),)),
        ("Рыбарь, Telegram, 21.01.2022 (мск)", "Moscow time", (dt.datetime(2022, 1, 20, 21, tzinfo=dt.UTC),)),
        (
            "Rybar, Telegram, January 21, 2022, Kyiv time",
            "Kyiv time",
            (dt.datetime(2022, 1, 20, 22, tzinfo=dt.UTC),),
        ),
        (
            "Rybar, Telegram, July 21, 2022 CET",
            "CET",
            (dt.datetime(2022, 7, 20, 23, tzinfo=dt.UTC), dt.datetime(2022, 7, 20, 22, tzinfo=dt.UTC)),
        ),
        # An offset with its minutes was read as a time of day (05:45), in no zone.
        (
            "Kathmandu Post, Telegram, January 21, 2022 (UTC+5:45)",
            "UTC+5:45",
            (dt.datetime(2022, 1, 20, 18, 15, tzinfo=dt.UTC),),
        ),
        (
            "Rybar, January 21, 2022 (GMT\u22123:30)",
            "GMT\u22123:30",
            (dt.datetime(2022, 1, 21, 3, 30, tzinfo=dt.UTC),),
        ),
    ],
)
def test_find_zoned_day_gives_the_zone_named_after_the_day_and_when_the_day_opens_in_it(
    note: str, zone: str, opens: tuple[dt.datetime, ...]
) -> None:
    day = find_date(note).date
    assert day is not None
    closes = tuple(each + dt.timedelta(days=1) for each in opens)
    assert dates.find_zoned_day(note, day) == dates.ZonedDay(zone, opens, closes)


@pytest.mark.parametrize(
    ("note", "opens", "closes"),
    [
        # Summer time begins at 04:00 in Kyiv: the day opens in winter's offset and closes in summer's.
        ("Rybar, 27 March 2022, Kyiv time", dt.datetime(2022, 3, 26, 22), dt.datetime(2022, 3, 27, 21)),
        ("Rybar, 30 October 2022, Kyiv time", dt.datetime(2022, 10, 29, 21), dt.datetime(2022, 10, 30, 22)),
        # New York's 13 March 2022: 05:00 UTC to 04:00 UTC the next day.
        ("Rybar, 13 March 2022 (Eastern time)", dt.datetime(2022, 3, 13, 5), dt.datetime(2022, 3, 14, 4)),
    ],
)
def test_find_zoned_day_opens_and_closes_a_day_of_a_change_of_summer_time_at_its_midnights(
    note: str, opens: dt.datetime, closes: dt.datetime
) -> None:
    # Read in the day's offset alone, Kyiv's 27 March opened at 21:00 UTC, an hour before its midnight.
    day = find_date(note).date
    assert day is not None
    zoned = dates.find_zoned_day(note, day)
    assert zoned is not None
    assert (zoned.opens, zoned.closes) == ((opens.replace(tzinfo=dt.UTC),), (closes.replace(tzinfo=dt.UTC),))


@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Telegram, January 21, 2022.",
        "Rybar, Telegram, January 21, 2022, Kyiv",  # a place: where it was posted, or the outlet's seat
        "Rybar, Telegram, January 21, 2022, 14:05 UTC",  # a time: `find_time`'s
        "Rybar, Telegram, January 21, 2022, Telegram channel",
        "Rybar, Telegram, 21 janvier 2022, cet article a été supprimé",  # French `cet`, no CET
    ],
)
def test_find_zoned_day_gives_none_without_a_zone_after_the_day_or_with_a_time(note: str) -> None:
    assert dates.find_zoned_day(note, JAN_21) is None


# Ukrainian and Belarusian typed without their i key (U+0456) write the Latin one in its place: unread, the
# note had no day, and failed `schema`.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Генштаб, Telegram, 21 \u0441\u0069чня 2022", JAN_21),
        ("Генштаб, Telegram, 21 \u0421\u0049\u0427\u041d\u042f 2022", JAN_21),
        ("Генштаб, Telegram, 21 кв\u0069тня 2022", dt.date(2022, 4, 21)),
        ("Генштаб, Telegram, 21 \u0441\u0069ч. 2022", JAN_21),
    ],
)
def test_a_ukrainian_month_typed_with_a_latin_i_gives_the_day(text: str, day: dt.date) -> None:
    assert find_date(text).date == day


# Two days of one month as ordinals, or the month first and the days joined by a slash, `or` or `and`: read as
# a note without a date (`date` skipped, saying nothing of the post's day), not as one dated to no one day.
@pytest.mark.parametrize(
    "text",
    [
        "Rybar, Telegram, January 21 or 22, 2022",
        "Rybar, Telegram, January 21 and 22, 2022",
        "Rybar, Telegram, January 21st\u201322nd, 2022",
        "Rybar, Telegram, 21st\u201322nd January 2022",
        "Rybar, Telegram, Jan. 21/22, 2022",
    ],
)
def test_two_days_of_one_month_written_once_give_no_one_day(text: str) -> None:
    assert find_date(text) == dates.DateFind(None, in_a_range=True)


# Croatian, Serbian and Bosnian write a time with a stop, after the year's stop and `u` (at), or with `sati`
# or `časova` (hours) after it; Russian after `в`: each was no time, and a post of another time passed.
@pytest.mark.parametrize(
    ("text", "at"),
    [
        ("Rybar, Telegram, 21. siječnja 2022. u 14.05", dt.datetime(2022, 1, 21, 14, 5)),
        ("Rybar, Telegram, 21. siječnja 2022. u 14.05 sati", dt.datetime(2022, 1, 21, 14, 5)),
        ("Rybar, Telegram, 21. januara 2022. u 14.05 \u010dasova", dt.datetime(2022, 1, 21, 14, 5)),
        ("Rybar, Telegram, 21. januara 2022. u 14 sati", dt.datetime(2022, 1, 21, 14)),
        ("Рыбарь, Telegram, 21 января 2022 \u0432 14.05", dt.datetime(2022, 1, 21, 14, 5)),
    ],
)
def test_a_croatian_serbian_or_russian_time_written_with_a_stop_is_read(text: str, at: dt.datetime) -> None:
    assert dates.find_time(text, D) == dates.CitedTime(at)


def test_a_number_with_a_stop_after_a_croatian_date_and_a_word_is_no_time() -> None:
    assert dates.find_time("Rybar, Telegram, 21. siječnja 2022. Izvješće 14.05", D) is None
    assert dates.find_time("Rybar, Telegram, 21.01.2022. 3.5 km", D) is None


# The word for year, or the year's stop, between the day and the zone: read as what the zone follows, it hid
# the zone, and the day was any zone's.
@pytest.mark.parametrize(
    ("note", "zone"),
    [
        ("Рыбарь, Telegram, 21 января 2022 \u0433. (мск)", "Moscow time"),
        ("Рыбарь, Telegram, 21 января 2022 года (по Москве)", "Moscow time"),
        ("Рибар, Telegram, 21 січня 2022 \u0440., за київським часом", "Kyiv time"),
        ("Rybar, Telegram, 21. siječnja 2022. godine (UTC)", "UTC"),
        ("Rybar, Telegram, 21. siječnja 2022. (UTC)", "UTC"),
    ],
)
def test_find_zoned_day_reads_the_zone_past_the_word_for_year_or_its_stop(note: str, zone: str) -> None:
    found = dates.find_zoned_day(note, JAN_21)
    assert found is not None and found.zone == zone


# Czech, Slovak and Slovenian months in the genitive after the stopped day: unread, the note had no day.
@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Rybar, Telegram, 21. ledna 2022", JAN_21),
        ("Rybar, Telegram, 21. \u00fanora 2022", dt.date(2022, 2, 21)),
        ("Rybar, Telegram, 21. srpna 2022", dt.date(2022, 8, 21)),  # Czech August
        ("Rybar, Telegram, 21. srpnja 2022.", dt.date(2022, 7, 21)),  # Croatian July
        ("Rybar, Telegram, 21. listopadu 2022", dt.date(2022, 11, 21)),  # Czech November
        ("Rybar, Telegram, 21. z\u00e1\u0159\u00ed 2022", dt.date(2022, 9, 21)),
        ("Rybar, Telegram, 21. janu\u00e1ra 2022", JAN_21),
        ("Rybar, Telegram, 21. okt\u00f3bra 2022", dt.date(2022, 10, 21)),
        ("Rybar, Telegram, 21. julija 2022", dt.date(2022, 7, 21)),
    ],
)
def test_czech_slovak_and_slovenian_months_give_the_day(text: str, day: dt.date) -> None:
    assert find_date(text).date == day


# Their Wikipedias' access words: with the months read, the access date was the note's.
@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Telegram [citov\u00e1no 5. \u00fanora 2023]",
        "Rybar, Telegram [cit. 5. \u00fanora 2023]",
        "Rybar, Telegram. Nav\u0161t\u00edveno 5. \u00fanora 2023.",
        "Rybar, Telegram [citovan\u00e9 5. febru\u00e1ra 2023]",
        "Rybar, Telegram. Pridobljeno 5. februarja 2023.",
    ],
)
def test_a_czech_slovak_or_slovenian_access_date_is_no_publication_date(note: str) -> None:
    assert find_date(note) == dates.DateFind(None)
    assert find_date(f"Rybar, Telegram, 21. ledna 2022 {note.removeprefix('Rybar, Telegram')}").date == JAN_21


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # Harvard gives the year after the author, the day and month after the title: unread, the note's only
        # full day was the access date, and a well-formed note failed `schema`.
        (
            "Smith, J. (2022) 'Russia moves troops to the border', The Guardian, 21 January. Available at: "
            "https://example.com/a (Accessed: 5 February 2023).",
            JAN_21,
        ),
        ("Rybar (2022) Bridge destroyed. Telegram, 21 Jan. Available at: https://t.me/rybar/1", JAN_21),
        ("Smith, J. (2022b) Title. Example News, January 21. Available at: https://example.com/a", JAN_21),
        # No one day: two of them, a range, no day that is, an access date alone, or no year in brackets.
        ("Smith, J. (2022) Report on the 19 January strike. Example News, 21 January.", None),
        ("Smith, J. (2022) Title. Example News, 19-21 January.", None),
        ("Smith, J. (2022) Title. Example News, January 19-21.", None),
        ("Smith, J. (2022) Title. Example News, 19 and 21 January.", None),
        ("Smith, J. (2022) Title. Example News, 30 February.", None),
        ("Smith, J. (2022) Title. Available at: https://example.com/a (Accessed: 5 February).", None),
        ("Smith, J. (2021) and (2022) Title. Example News, 21 January.", None),
        ("Smith, J. Title. Example News, 21 January.", None),
    ],
)
def test_a_harvard_note_s_day_and_month_take_its_year_in_brackets(text: str, day: dt.date | None) -> None:
    assert find_date(text).date == day


def test_a_harvard_note_is_dated_for_schema() -> None:
    note = (
        "Smith, J. (2022) 'Russia moves troops to the border', The Guardian, 21 January. Available at: "
        "https://example.com/a (Accessed: 5 February 2023)."
    )
    citation = parse_citation(Footnote(label="1", text=note, line=1)).citation
    assert citation.date == JAN_21 and validate_citation(citation) == ()


@pytest.mark.parametrize(
    ("days", "with_the_year"),
    [
        ("19-21 January", "19-21 January 2022"),
        ("19\u201321 Jan.", "19\u201321 Jan. 2022"),
        ("19th\u201321st January", "19th\u201321st January 2022"),
        ("January 19\u201321", "January 19\u201321, 2022"),
        ("21 or 22 January", "21 or 22 January 2022"),
        ("21/22 January", "21/22 January 2022"),
        # Two days each with its month: the first was read as the note's day, a post of the 21st failed.
        ("19 January \u2013 21 January", "19 January 2022 \u2013 21 January 2022"),
        ("30 January \u2013 2 February", "30 January 2022 \u2013 2 February 2022"),
    ],
)
def test_a_harvard_range_of_days_after_the_title_is_read_as_the_same_range_with_its_year(
    days: str, with_the_year: str
) -> None:
    # `Smith, J. (2022) 'Title', Outlet, 19-21 January.` was dated to the year 2022 alone (or to its first
    # day): its date check compared the year, where `19-21 January 2022` warns that no one day is given.
    harvard = f"Smith, J. (2022) 'Troops at the border', The Guardian, {days}. Available at: https://ex.com/a"
    plain = f"Smith, J. 'Troops at the border', The Guardian, {with_the_year}. Available at: https://ex.com/a"
    assert (find_date(harvard).date, find_date(harvard).in_a_range) == (None, True)
    assert (find_date(plain).date, find_date(plain).in_a_range) == (None, True)
    read = parse_citation(Footnote(label="1", text=harvard, line=1)).citation
    assert (read.date, read.date_month_or_year) == (None, None)
    assert [finding.code for finding in validate_citation(read)] == ["missing-date"]


def test_a_harvard_range_beside_one_day_or_an_access_date_leaves_the_day_alone() -> None:
    note = "Smith, J. (2022) Report on the 19-21 January talks. The Guardian, 25 January. (Accessed: 5 May)"
    assert find_date(note).date == dt.date(2022, 1, 25)
    access = "Smith, J. (2022) Title. The Guardian. (Accessed: 19-21 May)"
    assert find_date(access) == dates.DateFind(None)


@pytest.mark.parametrize(
    ("note", "day", "period"),
    [
        # Chicago's author-date (16th edition): the year a sentence of its own after the author, the day and
        # month after the title. Read as the year alone, a post of any day of 2010 passed.
        (
            "Mendelsohn, Daniel. 2010. \u201cBut Enough about Me.\u201d New Yorker, January 25.",
            dt.date(2010, 1, 25),
            None,
        ),
        ("Smith, John A. 2022. \u201cTroops.\u201d The Guardian, January 21. https://ex.com/a", JAN_21, None),
        ("Smith, J. A. 2022. Troops. The Guardian, 21 January. (Accessed: 5 March 2023)", JAN_21, None),
        # No day and month after it: the year alone, as before.
        ("Smith, John. 2022. \u201cTroops at the Border.\u201d The Guardian.", None, "2022"),
        # A year at the note's end, not after its opening words: no day is taken for it.
        ("Rybar, Telegram post no. 5, 21 January. Report 2022.", None, "2022"),
    ],
)
def test_a_chicago_note_s_day_and_month_take_its_year_after_the_author(
    note: str, day: dt.date | None, period: str | None
) -> None:
    citation = parse_citation(Footnote(label="1", text=note, line=1)).citation
    assert (citation.date, citation.date_month_or_year) == (day, period)


def test_a_crafted_harvard_note_is_read_in_linear_time() -> None:
    note = "(2022) " + "1 and " * 5_000 + "1 jan. " * 5_000 + "jan " * 5_000 + "2 jan."
    assert find_date(note).date is None
    ranges = "(2022) " + "1-2 Jan " * 12_000  # about 100 kB of ranges, each no one day
    assert find_date(ranges).in_a_range
    chicago = "a" * 99 + ". 2022. " + "1 jan " * 16_000  # Chicago's year, then 100 kB of no one day
    assert find_date(chicago).date is None
    assert find_date(". 2022. " * 12_000).date is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # APA's brackets, the day first as British and European writers put it: the note had no date.
        ("Smith, J. (2022, 21 January). Troops at the border. Example News. https://example.com/a", JAN_21),
        ("Smith, J. (2022, 21 Jan.). Troops at the border. Example News.", JAN_21),
        ("Smith, J. (2022, 21st January). Troops at the border. Example News.", JAN_21),
        ("Smith, J. (2022, 30 February). Troops at the border. Example News.", None),
        # APA's Spanish, German, Italian, Portuguese and French notes, the day first too.
        ("García, M. (2022, 21 de enero). Tropas en la frontera. El País. https://elpais.com/a", JAN_21),
        ("Müller, H. (2022, 21. Januar). Truppen an der Grenze. Der Spiegel.", JAN_21),
        ("Rossi, M. (2022, 21 gennaio). Truppe al confine. La Repubblica.", JAN_21),
        ("Silva, J. (2022, 21 de janeiro). Tropas na fronteira. Folha.", JAN_21),
        ("Dupont, J. (2022, 1er février). Les troupes. Le Monde.", dt.date(2022, 2, 1)),
    ],
)
def test_an_apa_day_written_before_its_month_is_read(text: str, day: dt.date | None) -> None:
    assert find_date(text).date == day


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # GOST R 7.0.5's references and DSTU 8302 leave out GOST R 7.0.100's dash: the note had no date.
        ("Иванов И. И. Заявление МИД // Известия. 2022. 21 января. URL: https://iz.ru/1", JAN_21),
        (
            "Петренко П. П. Заява міністерства. Українська правда. 2022. 21 січ. URL: https://x.ua/1",
            JAN_21,
        ),
        ("Иванов И. И. Заявление МИД // Известия. 2022. № 12. 21 янв.", JAN_21),  # the issue's number between
        ("Рыбарь // Telegram. — 2022. — 21 янв. — URL: https://t.me/rybar/1", JAN_21),  # as before
        ("Отчёт за 2022. 21 января 2023", dt.date(2023, 1, 21)),  # a year after the month: that day's
    ],
)
def test_a_gost_or_dstu_year_then_day_without_its_dash_is_read(text: str, day: dt.date) -> None:
    assert find_date(text).date == day


def test_every_word_saying_what_a_date_is_is_found_by_the_one_search_before_the_three() -> None:
    # `_candidates` looks for the access, update and publication words of the text before a date in one
    # search (`dates._ANY_DATE_KEYS`, grouped by first character) before the search for each: a word it
    # missed would leave an access date read as the note's, or a posted one ranked as any other.
    words = f"{dates._ACCESS_KEY_WORDS}|{dates._UPDATE_KEY_WORDS}|{dates._PUBLISHED_KEY_WORDS}"
    for word in words.split("|"):
        written = word.replace("\\[", "[")
        assert dates._ANY_DATE_KEYS().search(f"rybar, telegram, {written} ") is not None, written
    plain = re.compile(words)  # as found before: `cit.` finds `city` too
    for text in ("rybar, telegram, ", "desk 5,   , ", "lina haddad, city news, ", "[cite", "accesse", "pos"):
        assert (dates._ANY_DATE_KEYS().search(text) is None) is (plain.search(text) is None), text


@pytest.mark.parametrize(
    ("keys", "words"),
    [
        (dates._ACCESS_KEYS, dates._ACCESS_KEY_WORDS),
        (dates._UPDATE_KEYS, dates._UPDATE_KEY_WORDS),
        (dates._PUBLISHED_KEYS, dates._PUBLISHED_KEY_WORDS),
    ],
)
def test_each_kind_of_date_word_is_found_by_its_pattern_grouped_by_first_character(
    keys: Callable[[], re.Pattern[str]], words: str
) -> None:
    # The access, update and publication searches are grouped by first character (`_by_first_character`): a
    # word lost in the grouping would leave an access date read as the note's, or an update's as its post's.
    for word in words.split("|"):
        written = word.replace("\\[", "[")
        assert keys().search(f"rybar, telegram, {written} ") is not None, written
    plain = re.compile(words)
    for text in ("rybar, telegram, ", "lina haddad, city news, ", "[cite", "accesse", "pos", "updat", "as o"):
        assert (keys().search(text) is None) is (plain.search(text) is None), text


# --- a note dated to the month or the year only -------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "period"),
    [
        (
            "[3] OHCHR, \u201cUpdate on the human rights situation in Ukraine\u201d, January 2022, "
            "https://www.ohchr.org/en/update",
            "2022-01",
        ),
        ("Ministry of Defence, Annual report 2021, https://www.gov.uk/report", "2021"),
        ("@user, Twitter, Jan. 2022.", "2022-01"),
        ("Sept. 2022, Example News", "2022-09"),
        ("Le Monde, F\u00e9vrier 2022", "2022-02"),
        ("Der Spiegel, Januar 2022", "2022-01"),
        ("Der Spiegel, Dez. 2021", "2021-12"),
        ("El Pa\u00eds, enero de 2022", "2022-01"),
        ("\u0420\u0411\u041a, \u044f\u043d\u0432\u0430\u0440\u044c 2022 \u0433.", "2022-01"),
        ("\u0420\u0411\u041a, \u0432 \u044f\u043d\u0432\u0430\u0440\u0435 2022 \u0433.", "2022-01"),
        ("\u0423\u041f, \u0441\u0456\u0447\u0435\u043d\u044c 2022", "2022-01"),  # Ukrainian
        ("Report, 2022-01, https://example.org/a", "2022-01"),
        ("Doe J. Troops [Internet]. 2022 Jan [cited 2023 Feb 5]. Available from: x", "2022-01"),
        ("Smith, J. (2022, January). Troops at the border. Example News.", "2022-01"),
        ("Smith, J. (2022). Troops at the border. Example News.", "2022"),
        ("Rybar, Telegram, published March 2022", "2022-03"),
        # A month beside a year of the title's: the month is when the report was published.
        ("Ministry of Defence, Annual report 2021, January 2022", "2022-01"),
        # An access date's full day is no month of the source's; the year in the title is.
        ("Ministry of Defence, Annual report 2021, accessed 5 March 2023", "2021"),
    ],
)
def test_a_month_or_a_year_alone_is_read_as_the_note_s_month_or_year(note: str, period: str) -> None:
    assert dates.find_month_or_year(note) == period
    citation = parse_citation(Footnote(label="1", text=note, line=1)).citation
    assert (citation.date, citation.date_month_or_year) == (None, period)


@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Telegram, accessed January 2022, https://t.me/rybar/5",  # an access date
        "Register, as of January 2022",  # the day a list is cited as it stood on
        "Page, updated January 2022",
        "Report, January\u2013March 2022",  # a range of months
        "Report, January 2022 - March 2022",
        "Report, Jan 2022 and Feb 2022",  # two months
        "Report 2021\u20132022",  # a range of years
        "Report 2021-22",
        "Report 2021, Report 2020",  # two years
        "2022-01/2022-03",  # ISO 8601's interval
        "Law No. 2022, Kyiv",  # a number
        "Resolution 2022 of the council",
        "Report \u2116 2022",
        "pp. 2010-2015",  # a page range
        "Report S/2022/15",  # a document symbol
        "Order 2022-123",
        "COVID-19 in the oblast",
        "since 2014 the war",  # a bound
        "Report, before March 2022",
        "c. 2022",  # an approximation
        "Report, antes de 2022",
        "Rapport, jusqu'en 2022",
        "Report, Q1 2022",  # a quarter
        "RFC 1918, Address Allocation for Private Internets",  # a standard's number
        "Growth in the 1990's",  # a decade
        # A day no format reads, beside the year: a typo's, not a source dated to the year.
        "Rybar, Telegram, February 30, 2022, https://t.me/rybar/5",
        "Smith, J. (2022, 30 February). Troops at the border. Example News.",
        "Rybar, 21 Tir 2022",
        "31 February 2022",  # no day of any calendar, and no month alone either
        # A year in a quoted title is the title's (`G20 2022 summit`), not the source's.
        "Example News, \u201cThe G20 2022 summit\u201d, https://example.org/g20",
        "Rybar. (n.d.). Strikes of 2022 [Video]. Telegram.",  # the note says the source is undated
        "Rybar, Telegram, https://t.me/rybar/5",
        # A year running on into the note's words says what the source is about, not when it was made.
        "Telegram post on the 2022 elections, https://t.me/rybar/123",
        "Posted in Kyiv in 2022 by @user, https://x.com/user/status/1",
    ],
)
def test_no_month_or_year_is_read_from_an_access_a_range_a_bound_a_number_or_a_title(note: str) -> None:
    citation = parse_citation(Footnote(label="1", text=note, line=1)).citation
    assert (citation.date, citation.date_month_or_year) == (None, None)


@pytest.mark.parametrize(
    "note",
    [
        # A spring or an autumn falls in its one year in either hemisphere: read as no date, a journal's
        # issue failed `schema` as a note without one.
        'Smith, J. "Deterrence", Foreign Affairs, Spring 2022, https://site.example/a',
        'Smith, J. "Deterrence", Foreign Affairs, autumn of 2022, https://site.example/a',
        "Dupont, « Dissuasion », Politique étrangère, printemps 2022, https://site.example/a",
        "Смирнов И. Доклад // Журнал. Осень 2022. URL: https://site.example/a",
        "Müller, „Abschreckung“, Osteuropa, Herbst 2022, https://site.example/a",
    ],
)
def test_a_spring_or_an_autumn_dates_the_source_to_its_year(note: str) -> None:
    read = parse_citation(Footnote(label="1", text=note, line=1))
    assert (read.citation.date, read.citation.date_month_or_year) == (None, "2022")
    assert [finding.code for finding in validate_citation(read.citation)] == ["year-only-date"]


@pytest.mark.parametrize(
    ("note", "period"),
    [
        # A winter or a summer may fall in two years (December to February, the south's summer too): its
        # year alone would fail a post of the other's. (Its two years, `Winter 2021-22`, say which.) Its
        # code, as a citations file's `[[2022]]` and `"season": 4`, spans every reading (December 2021 to
        # February 2023); read as no date, the note failed `schema` where the file's same season warned.
        ('Smith, J. "Deterrence", Foreign Affairs, Winter 2022, https://site.example/a', "2022-24"),
        ('Smith, J. "Deterrence", Foreign Affairs, Summer 2022, https://site.example/a', "2022-22"),
        (
            'Smith, J. "Deterrence." Foreign Affairs 101, no. 1 (Winter 2022): 3-20. https://site.example/a',
            "2022-24",
        ),
        ("Rybar, Telegram, in the summer of 2022, https://t.me/rybar/12345", "2022-22"),
        ("Dupont, « Dissuasion », Politique étrangère, hiver 2022, https://site.example/a", "2022-24"),
        ("Смирнов И. Доклад // Журнал. Зима 2022. URL: https://site.example/a", "2022-24"),
    ],
)
def test_a_winter_or_a_summer_of_one_year_dates_the_source_to_its_season_as_a_citations_file_does(
    note: str, period: str
) -> None:
    citation = parse_citation(Footnote(label="1", text=note, line=1)).citation
    assert (citation.date, citation.date_month_or_year) == (None, period)
    assert [finding.code for finding in validate_citation(citation)] == ["season-only-date"]


@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Telegram, since winter 2022",  # a bound
        "Rybar, Telegram, accessed winter 2022",  # an access
        "Rybar, Telegram, Winter 2022 issue",  # a year running on into words
    ],
)
def test_a_bound_s_access_s_or_title_s_winter_is_no_season_of_the_source(note: str) -> None:
    assert dates.find_month_or_year(note) is None


@pytest.mark.parametrize(
    ("note", "period"),
    [
        ("Rossi M., \u201cTruppe al confine\u201d, La Repubblica, gennaio 2022", "2022-01"),
        ("Rossi M., \u201cTruppe al confine\u201d, La Repubblica, settembre del 2022", "2022-09"),
        ("Silva J., \u201cTropas na fronteira\u201d, Folha, janeiro de 2022", "2022-01"),
        ("Silva J., \u201cTropas na fronteira\u201d, publicado em mar\u00e7o de 2022", "2022-03"),
        ("Kowalski J., \u201eWojska na granicy\u201d, Gazeta, stycze\u0144 2022", "2022-01"),
        ("Kowalski J., \u201eWojska na granicy\u201d, opublikowano w styczniu 2022", "2022-01"),
        ("Kowalski J., raport z marca 2022", "2022-03"),
        ("Kowalski J., \u201eWojska na granicy\u201d, Gazeta, stycznia 2022 r.", "2022-01"),
        ("Kowalski J., \u201eWojska na granicy\u201d, Gazeta, pazdziernik 2022", "2022-10"),  # marks left out
        # Polish letters outside quotes (`ż`, `ę`, `ś`), or Polish's `r.` after the year: Polish's November.
        ("Kowalski J., Wojska zbli\u017caj\u0105 si\u0119 do granicy, Gazeta, listopad 2022", "2022-11"),
        ("Kowalski J., \u201eWojska zbli\u017caj\u0105 si\u0119\u201d, Gazeta, listopada 2022 r.", "2022-11"),
        # Croatian letters: Croatian's October, `listopad`, not read as November; its year still is.
        ("Horvat I., \u201eNaslov\u201d, Ve\u010dernji list, listopad 2022", "2022"),
        # Abbreviated, as Brazil's ABNT, Italian and Spanish notes write them.
        ("SILVA, J. Tropas na fronteira. Folha de S.Paulo, fev. 2022.", "2022-02"),
        ("Rossi M., \u201cTruppe al confine\u201d, La Repubblica, gen. 2022", "2022-01"),
        ("Garc\u00eda M., \u201cTropas\u201d, El Pa\u00eds, ene. de 2022", "2022-01"),
        ("Rossi M., \u201cTruppe al confine\u201d, La Repubblica, ott. 2022", "2022-10"),
        # Not one that is a word too: the year alone.
        ("SILVA, J. Tropas na fronteira. Folha de S.Paulo, set. 2022.", "2022"),
        # Their bounds' words that are English words too are no bounds of an English note's month.
        ("Knight Frank, Real Estate, January 2022", "2022-01"),
        # A city, a name, a newspaper: no month, the year alone.
        ("Folha, Rio de Janeiro, 2022", "2022"),
        ("Rossi, Marco, 2022. Truppe al confine", "2022"),
        ("Kowalska, Maja, 2022. Wojska na granicy", "2022"),
        ("Diario Marca, 2022", "2022"),
    ],
)
def test_an_italian_portuguese_or_polish_month_alone_is_the_note_s_month(note: str, period: str) -> None:
    # Read as the year alone, a post of another month of that year passed the date check.
    citation = parse_citation(Footnote(label="1", text=note, line=1)).citation
    assert (citation.date, citation.date_month_or_year) == (None, period)


@pytest.mark.parametrize(
    ("note", "period"),
    [
        ("Y\u0131lmaz A., \u201cS\u0131n\u0131rda askerler\u201d, H\u00fcrriyet, Ocak 2022", "2022-01"),
        ("Y\u0131lmaz A., H\u00fcrriyet, Kas\u0131m 2022", "2022-11"),
        ("Y\u0131lmaz A., H\u00fcrriyet, A\u011eUSTOS 2022", "2022-08"),
        ("de Vries J., \u201cTroepen aan de grens\u201d, NOS, maart 2022", "2022-03"),
        ("de Vries J., NOS, mei 2022", "2022-05"),
        ("Santoso B., \u201cPasukan di perbatasan\u201d, Kompas, Agustus 2022", "2022-08"),
        ("Ahmad R., Berita Harian, Ogos 2022", "2022-08"),
        # A name, not a month: the year alone.
        ("Reuters, Kasim, 2022", "2022"),
        ("Wang, Mei, 2022. Troops at the border", "2022"),
        ("Ahmad R., Mac 2022", "2022"),
    ],
)
def test_a_turkish_dutch_or_indonesian_month_alone_is_the_note_s_month(note: str, period: str) -> None:
    citation = parse_citation(Footnote(label="1", text=note, line=1)).citation
    assert (citation.date, citation.date_month_or_year) == (None, period)


@pytest.mark.parametrize(
    "note",
    [
        "Y\u0131lmaz A., H\u00fcrriyet, Ocak ve \u015eubat 2022",  # two months
        "de Vries J., NOS, januari tot maart 2022",  # a range
        "Santoso B., Kompas, sejak Januari 2022",  # a bound
    ],
)
def test_a_turkish_dutch_or_indonesian_range_or_bound_of_months_is_no_one_month(note: str) -> None:
    citation = parse_citation(Footnote(label="1", text=note, line=1)).citation
    assert (citation.date, citation.date_month_or_year) == (None, None)


@pytest.mark.parametrize(
    "note",
    [
        "Rossi M., La Repubblica, da gennaio a marzo 2022",  # a range of months
        "Rossi M., La Repubblica, gennaio e febbraio 2022",  # two months
        "Silva J., Folha, de janeiro a mar\u00e7o de 2022",
        "Kowalski J., Gazeta, od stycznia do marca 2022",
        "Kowalski J., Gazeta, stycze\u0144 i luty 2022",
        "Rossi M., La Repubblica, prima di gennaio 2022",  # a bound
        "Silva J., Folha, at\u00e9 janeiro de 2022",
        "Kowalski J., Gazeta, przed styczniem 2022",
    ],
)
def test_an_italian_portuguese_or_polish_range_or_bound_of_months_is_no_one_month(note: str) -> None:
    citation = parse_citation(Footnote(label="1", text=note, line=1)).citation
    assert (citation.date, citation.date_month_or_year) == (None, None)


@pytest.mark.parametrize(
    "note",
    [
        "Rossi M., La Repubblica, 21 gennaio 2022",
        "Silva J., Folha, 21 de janeiro de 2022",
        "Kowalski J., Gazeta, 21 stycznia 2022",
        "Kowalski J., Gazeta, 21 stycznia 2022 r.",
    ],
)
def test_an_italian_portuguese_or_polish_full_date_is_still_its_day(note: str) -> None:
    citation = parse_citation(Footnote(label="1", text=note, line=1)).citation
    assert (citation.date, citation.date_month_or_year) == (JAN_21, None)


@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Telegram, January 21, 2022, https://t.me/rybar/5",
        "Rybar, Telegram, January 19 - January 23, 2022, https://t.me/rybar/5",  # a range of days
        "Rybar, Telegram, 03/02/2022, https://t.me/rybar/5",  # ambiguous
    ],
)
def test_a_note_giving_a_day_a_range_of_days_or_an_ambiguous_day_has_no_month_or_year(note: str) -> None:
    assert parse_citation(Footnote(label="1", text=note, line=1)).citation.date_month_or_year is None


def test_a_month_or_a_year_alone_is_a_finding_of_its_own_not_a_missing_date() -> None:
    # "no date: the note gives no full date" was said of a note dated January 2022, and `schema` failed it.
    month = parse_citation(Footnote(label="1", text="OHCHR, January 2022, https://www.ohchr.org/a", line=1))
    year = parse_citation(Footnote(label="1", text="MoD, Annual report 2021, https://gov.uk/a", line=1))
    (month_finding,) = validate_citation(month.citation)
    (year_finding,) = validate_citation(year.citation)
    assert (month_finding.code, month_finding.field) == ("month-only-date", "date")
    assert "to January 2022, not to a day" in month_finding.message
    assert year_finding.code == "year-only-date" and "to 2021, not to a day" in year_finding.message


@pytest.mark.parametrize(
    ("note", "period"),
    [
        ("Smith, J. Troops. Foreign Affairs, Winter 2021-22, https://example.com/a", "2021-12/2022-02"),
        ("Smith, J. Troops. Journal, winter 2021/2022", "2021-12/2022-02"),
        (
            "\u0418\u0432\u0430\u043d\u043e\u0432, \u0436\u0443\u0440\u043d\u0430\u043b, "
            "\u0437\u0438\u043c\u0430 2021/2022",
            "2021-12/2022-02",
        ),
        ("Dupont, Revue, hiver 2021-2022", "2021-12/2022-02"),
        ("Jones, Review, Summer 2021/22", "2021-12/2022-02"),  # the southern summer
        ("Smith, Journal, Winter 2021-23", None),  # not two years that follow each other
        ("Smith, Journal, Winter 2021-22 and Winter 2022-23", None),  # two seasons: neither is its date
    ],
)
def test_a_note_s_winter_or_summer_of_two_years_dates_it_december_to_february(
    note: str, period: str | None
) -> None:
    # Read as no date, `schema` failed a journal's `Winter 2021-22` issue as a note without one.
    assert dates.find_month_or_year(note) == period


def test_a_crafted_note_of_many_winters_is_read_in_linear_time() -> None:
    for note in ("winter 2021-22-" * 7_000, "winter 2021/" * 9_000, "winter " * 15_000 + "2021-22"):
        dates.season_of_two_years(note)
    assert dates.season_of_two_years("x" * 100_000 + " winter 2021-22") == "2021-12/2022-02"


def test_a_crafted_note_of_many_months_and_years_is_read_in_linear_time() -> None:
    for note in (
        "January 2022 " * 8_000,
        "2022 " * 20_000,
        "x" * 100_000 + " January 2022",
        "\u044f\u043d\u0432\u0430\u0440\u044f 2022 " * 8_000,
        "2022 \u2013 " * 15_000,
        "accessed 2022 " * 8_000,
    ):
        dates.find_month_or_year(note)
    assert dates.find_month_or_year("x" * 100_000 + " January 2022") == "2022-01"
    assert dates.find_month_or_year("January 2022 " * 8_000) is None  # no one note's date among so many


@pytest.mark.parametrize(
    "note",
    [
        "Rybar, January 21, 2022 (UTC+5:45)",
        "Rybar, January 21, 2022 (GMT+05:30)",
        "Rybar, January 21, 2022 (+05:30)",
    ],
)
def test_a_zone_s_offset_with_minutes_after_the_day_is_no_time_of_day(note: str) -> None:
    # `(UTC+5:45)` was the time 05:45 in no zone: a post of the day at 18:20 UTC (00:05 in Nepal) was far off.
    assert dates.find_time(note, dt.date(2022, 1, 21)) is None
    # A time written before such an offset is still the note's time, in that zone.
    timed = dates.find_time("Rybar, January 21, 2022, 14:05 (UTC+5:45)", dt.date(2022, 1, 21))
    assert timed is not None and timed.at == dt.datetime(2022, 1, 21, 8, 20, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    "note",
    [
        # A day and month without their year, the note's one year written apart: read as the year alone, a
        # post of any day of 2022 passed.
        "Rybar, on 21 January, Telegram, 2022. https://t.me/rybar/123",
        "Medvedev, Telegram post of 21 January (2022). https://t.me/medvedev_telegram/45",
        "Rybar, post of Jan. 21, Telegram, 2022. https://t.me/rybar/123",
        "Rybar, post of 21 January, \u201cKherson 2022\u201d, Telegram, 2022. https://t.me/rybar/123",
        "Rybar, 21st January. 2022. https://t.me/rybar/123",
        # An access date's year is no second year of the note's.
        "Rybar, post of 21 January, Telegram, 2022. https://t.me/rybar/1 (accessed 5 February 2023)",
        "Rybar, post of 21 January, Telegram, 2022, https://t.me/rybar/1, retrieved 2023-02-05",
    ],
)
def test_a_note_s_day_without_its_year_takes_the_note_s_one_year_written_apart(note: str) -> None:
    read = parse_citation(Footnote(label="1", text=note, line=1))
    assert (read.citation.date, read.citation.date_month_or_year) == (JAN_21, None)
    assert validate_citation(read.citation) == ()


@pytest.mark.parametrize(
    ("note", "period", "written"),
    [
        # A title's year, quoted or in the note's words, a bound's or a number's, or one of two: no day's.
        ("Rybar, \u201cKherson 2022\u201d, post of 21 January, https://t.me/rybar/123", None, "21 January"),
        ("Rybar, Kherson 2022, post of 21 January, https://t.me/rybar/123", "2022", "21 January"),
        ("Rybar, on 21 January, since 2022. https://t.me/rybar/1", None, "21 January"),
        ("Rybar, Telegram, 21 January, No. 2022. https://t.me/rybar/1", None, "21 January"),
        ("Rybar, on 21 January, (2021), 2022. https://t.me/rybar/1", None, "21 January"),
        # Two days, a range, an access date: no one day to say, nor to read.
        ("Rybar, posts of 21 January and 25 January, Telegram, 2022.", "2022", None),
        ("Rybar, 19-21 January, Telegram, 2022. https://t.me/rybar/1", "2022", None),
        ("Rybar, Telegram, 2022, accessed 21 January. https://t.me/rybar/1", "2022", None),
        ("Rybar, Telegram, 30 February, 2021. https://t.me/rybar/1", None, None),
    ],
)
def test_a_note_s_day_without_a_year_it_may_take_keeps_no_year_and_is_said(
    note: str, period: str | None, written: str | None
) -> None:
    read = parse_citation(Footnote(label="1", text=note, line=1))
    assert (read.citation.date, read.citation.date_month_or_year) == (None, period)
    assert read.day_without_its_year == written


_GE = "\u0433"  # Russian's year's word (ruff takes the letter alone for a Latin r)
_ER = "\u0440"  # Ukrainian's


@pytest.mark.parametrize(
    "note",
    [
        # In the other languages whose months are read, as in English: read as the year alone (its day not
        # even said), a post of any day of 2022 passed.
        "Рыбарь, 21 января, Telegram, 2022. https://t.me/rybar/123",
        f"Рыбарь, пост от 21 января, Telegram, 2022 {_GE}. https://t.me/rybar/123",
        f"Рыбарь, 21 января, \u0432 2022 {_GE}. https://t.me/rybar/123",
        f"Генштаб, 21 січня, Telegram, 2022 {_ER}. https://t.me/rybar/123",
        "Der Spiegel, 21. Januar, Telegram, 2022. https://t.me/rybar/123",
        "Le Monde, publié le 21 janvier (2022). https://t.me/rybar/123",
        "Le Monde, le 21 janvier, en 2022. https://t.me/rybar/123",
        "El País, 21 de enero, Telegram, 2022. https://t.me/rybar/123",
        "Wyborcza, 21 stycznia, Telegram, 2022 r. https://t.me/rybar/123",
        "Repubblica, 21 gennaio, Telegram, 2022. https://t.me/rybar/123",
        "Rybar, on 21 January, in 2022. https://t.me/rybar/123",
    ],
)
def test_a_day_without_its_year_in_another_language_takes_the_note_s_year_written_apart(note: str) -> None:
    read = parse_citation(Footnote(label="1", text=note, line=1))
    assert (read.citation.date, read.citation.date_month_or_year) == (JAN_21, None)
    assert validate_citation(read.citation) == ()


@pytest.mark.parametrize(
    ("note", "written"),
    [
        # A title's year, quoted or in the note's words, a bound's, or one of two: no day's; the day is said
        # (without the stop that ends the note).
        ("Рыбарь, «Херсон 2022», 21 января. https://t.me/rybar/1", "21 января"),
        ("Le Monde, Bilan 2022, le 21 janvier, https://t.me/rybar/1", "21 janvier"),
        ("Rybar, 21 stycznia, od 2022. https://t.me/rybar/1", "21 stycznia"),
        ("Рыбарь, 21 января, Telegram, 2021, 2022. https://t.me/rybar/1", "21 января"),
    ],
)
def test_a_day_without_its_year_in_another_language_takes_no_title_s_year_and_is_said(
    note: str, written: str
) -> None:
    read = parse_citation(Footnote(label="1", text=note, line=1))
    assert read.citation.date is None
    assert read.day_without_its_year == written


@pytest.mark.parametrize(
    "note",
    [
        # A range's or two days of one month, in another language: no one day, with the year or without.
        "Рыбарь, 19-21 января, Telegram, 2022.",
        "Рыбарь, \u0441 19 по 21 января, Telegram, 2022.",
        "Le Monde, du 19 au 21 janvier, Telegram, 2022.",
        "Der Spiegel, 19. und 21. Januar, Telegram, 2022.",
        "El País, 21 de enero y 3 de febrero, Telegram, 2022.",
        # An abbreviation that is a word too, without its stop, is no month (`21 set`).
        "Rossi, 21 set, Telegram, 2022.",
    ],
)
def test_days_without_their_year_in_another_language_give_no_one_day(note: str) -> None:
    assert find_date(note, year_apart=True).date is None


def test_a_cyrillic_day_with_a_comma_before_its_year_is_read() -> None:
    # As the Western day-first dates take one: unread, `21 января, 2022 \u0433.` had no date.
    assert find_date(f"Rybar, Telegram, 21 января, 2022 {_GE}.").date == JAN_21
    assert find_date(f"Генштаб, 21 січня, 2022 {_ER}.").date == JAN_21


@pytest.mark.parametrize(
    "note",
    [
        # A day the post is counted from, words between it and the counting word: read as the note's, a post
        # of the day it was really published failed the date check, and one of the event's day passed.
        "Rybar, Telegram, posted two days after the 19 January 2022 strike, https://t.me/rybar/1",
        "Rybar, Telegram post published three days after the explosion of 18 January 2022",
        "Rybar, on the anniversary of 24.02.2022, Telegram, https://t.me/rybar/1",
        "Rybar, Telegram, a week before the vote of 21 January 2022",
        "Рыбарь, Telegram, через два дня после взрыва 19 января 2022 года",
        "Генштаб, Telegram, наступного дня після удару 19 січня 2022 року",
        "Le Monde, Telegram, deux jours après l'attaque du 19 janvier 2022",
        "Der Spiegel, Telegram, zwei Tage nach dem Angriff vom 19. Januar 2022",
        "El País, Telegram, dos días después del ataque del 19 de enero de 2022",
    ],
)
def test_a_day_the_post_is_counted_from_is_not_its_date(note: str) -> None:
    assert find_date(note).date is None


@pytest.mark.parametrize(
    ("note", "day"),
    [
        # The note's own day beside it, before it or said to be the publication's after the counting word.
        ("Rybar, after the strike, posted 21 January 2022", JAN_21),
        ("Rybar, after the strike posted 21 January 2022", JAN_21),
        ("Rybar, Telegram, 21 January 2022, two days after the 19 January 2022 strike", JAN_21),
        ("Afternoon update, Telegram, 21 January 2022", JAN_21),  # a word holding one is none
        ("Rybar, Telegram, Kherson before the retreat, 21 January 2022", JAN_21),
        # A bound right before a day is the note's only where it gives no other (the `date` check then warns
        # that it is a bound): `after 24 February 2022` was taken for a post of 3 March's day.
        ("Rybar, Life after 24 February 2022, Telegram, 3 March 2022", dt.date(2022, 3, 3)),
        ("Rybar, Telegram, posted after 21 January 2022", JAN_21),
        ("Rybar, Telegram, since 21 January 2022", JAN_21),
        ("Le Monde, Telegram, deux jours après le 21 janvier 2022", JAN_21),
        ("Рыбарь, Telegram, через два дня после 21 января 2022 года", JAN_21),
    ],
)
def test_the_note_s_own_day_beside_a_day_it_counts_from_is_its_date(note: str, day: dt.date) -> None:
    assert find_date(note).date == day


def test_a_crafted_note_of_days_counted_from_is_read_in_linear_time() -> None:
    counted = "after the 21 January 2022 " * 3_800 + "posted 22 January 2022"  # about 100 kB
    assert find_date(counted).date == dt.date(2022, 1, 22)
    words = "after " * 17_000 + "the 21 January 2022"
    assert find_date(words).date is None


def test_a_page_s_day_without_its_year_takes_no_year_written_apart() -> None:
    # A page's text (an extractor's, a title's) is no note: its years and days may be anything's.
    assert find_date("Posted 21 January. Copyright, 2022.") == dates.DateFind(None)
    assert find_date("Posted 21 January. Copyright, 2022.", year_apart=True).date == JAN_21


def test_a_crafted_note_of_days_without_their_year_is_read_in_linear_time() -> None:
    days = "21 January; " * 9_000 + "2022."  # about 100 kB of one day without its year
    assert find_date(days, year_apart=True).date == JAN_21
    commas = ", " * 50_000 + "21 January, x 2022"  # a year in words, after 100 kB of stops
    assert find_date(commas, year_apart=True).without_its_year == "21 January"
    accessed = "accessed 5 February 2023, " * 30 + "x " * 50_000 + "post of 21 January, Telegram, 2022."
    assert find_date(accessed, year_apart=True).date == JAN_21
    stops = "21 January" + " ." * 50_000 + " 2022."
    assert find_date(stops, year_apart=True).date == JAN_21  # the year a part of its own, far from the day
    russian = "21 января; " * 9_000 + f"2022 {_GE}."
    assert find_date(russian, year_apart=True).date == JAN_21
    german = "21. Januar; " * 9_000 + "2022."
    assert find_date(german, year_apart=True).date == JAN_21
    prepositions = ", \u0432 " * 30_000 + f"21 января, 2022 {_GE}."
    assert find_date(prepositions, year_apart=True).date == JAN_21
    words = "21 января" + f" {_GE}" * 40_000 + f" 2022 {_GE}."
    assert find_date(words, year_apart=True).without_its_year == "21 января"


@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Telegram, Jan-21-2022, https://t.me/rybar/12345",
        "Rybar, Telegram, JAN-21-2022, https://t.me/rybar/12345",
        "Rybar, Telegram, January-21st-2022",
        "Rybar, Telegram, Jan-21-22, https://t.me/rybar/12345",  # its year in two digits
    ],
)
def test_a_month_dash_day_dash_year_date_is_read(note: str) -> None:
    # Unread, a note of US forms' and file names' spelling had no date and failed `schema`.
    assert find_date(note, year_apart=True).date == JAN_21


@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Telegram, January 21-22, 2022",  # two days
        "Rybar, Telegram, Jan 21-22",  # two days, no year
        "Rybar, Telegram, Jan-21-22-5",  # a number of four parts
    ],
)
def test_a_month_and_a_dash_joining_two_days_is_no_date(note: str) -> None:
    assert find_date(note, year_apart=True).date is None


@pytest.mark.parametrize(
    "note",
    [
        "Рыбарь, Telegram, 21 янв. 22, https://t.me/rybar/12345",
        "Рыбарь // Telegram. 21 января 22 \u0433. URL: https://t.me/rybar/12345",
        "Рибар, Telegram, 21 січ. 22 \u0440., https://t.me/rybar/12345",
        "Рыбарь, 21 янв. 22 Telegram",
    ],
)
def test_a_cyrillic_month_s_day_of_a_two_digit_year_is_read(note: str) -> None:
    # Unread, a note dated as Russian and Ukrainian notes abbreviate had no date and failed `schema`.
    assert find_date(note, year_apart=True).date == JAN_21


@pytest.mark.parametrize(
    "note",
    [
        "Рыбарь, 21 января 15 человек погибли",  # a count after the day, no year
        "Рыбарь, 21 января 22:05",  # a time
    ],
)
def test_a_cyrillic_month_s_day_before_a_count_or_a_time_takes_no_two_digit_year(note: str) -> None:
    assert find_date(note, year_apart=True).date is None


@pytest.mark.parametrize(
    ("note", "day"),
    [
        ("人民日报, 微博, 22年1月21日, https://weibo.com/2803301701/L8abcdEfG", JAN_21),
        ("NHK, 22年 1月 21日", JAN_21),
        ("NHK, 平成22年1月21日", dt.date(2010, 1, 21)),  # an era's year stays the era's
        ("中央社, 111年1月21日", JAN_21),  # Taiwan's year of three digits stays Taiwan's
    ],
)
def test_a_chinese_or_japanese_day_of_a_two_digit_year_is_read(note: str, day: dt.date) -> None:
    assert find_date(note, year_apart=True).date == day


def test_a_crafted_note_of_two_digit_years_after_month_names_is_read_in_linear_time() -> None:
    for note in ("21 янв. " * 12_500, "21 янв. 22 " * 9_000, "22年1月" * 20_000):
        find_date(note, year_apart=True)
    assert find_date("x" * 100_000 + " 21 янв. 22", year_apart=True).date == JAN_21


@pytest.mark.parametrize(
    ("note", "day"),
    [
        ("Rybar, Telegram, 01/02/2022 (DD/MM/YYYY), https://t.me/rybar/12345", dt.date(2022, 2, 1)),
        ("Rybar, Telegram, 01/02/2022 (day/month/year)", dt.date(2022, 2, 1)),
        ("Rybar, Telegram, 02/01/2022 (MM/DD/YYYY)", dt.date(2022, 2, 1)),
        ("Rybar, Telegram, 01-02-2022 (dd-mm-yyyy)", dt.date(2022, 2, 1)),
        ("Rybar, Telegram, 01/02/22 (DD/MM/YY)", dt.date(2022, 2, 1)),
        ("Dupont, Le Monde, 01/02/2022 (jj/mm/aaaa)", dt.date(2022, 2, 1)),
        ("Rossi, La Repubblica, 01/02/2022 [gg/mm/aaaa]", dt.date(2022, 2, 1)),
        ("Rybar, Telegram, date (DD/MM/YYYY): 01/02/2022", dt.date(2022, 2, 1)),
        ("Rybar, Telegram, 02/01/2022 (US date)", dt.date(2022, 2, 1)),
        ("Rybar, Telegram, 02/01/2022 (American format)", dt.date(2022, 2, 1)),
        ("Rybar, Telegram, 01/02/2022 (UK date)", dt.date(2022, 2, 1)),
        ("Rybar, Telegram, 01/02/2022 (European format)", dt.date(2022, 2, 1)),
    ],
)
def test_a_numeric_date_whose_order_the_note_says_is_read_in_that_order(note: str, day: dt.date) -> None:
    # Read as ambiguous, a note saying which number is the day failed `schema` as one without a date.
    found = find_date(note, year_apart=True)
    assert (found.date, found.ambiguous) == (day, False)


@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Telegram, 01/02/2022",
        "Rybar, Telegram, 01/02/2022 (MM/MM/YYYY)",  # no day named
        "Rybar, Telegram, 01/02/2022 (2 pages)",
    ],
)
def test_a_numeric_date_of_two_readings_whose_order_the_note_does_not_say_stays_ambiguous(note: str) -> None:
    assert find_date(note, year_apart=True).ambiguous


@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Telegram, 20220121, https://t.me/rybar/12345",
        "Rybar, Telegram (20220121)",
        "Rybar, Telegram, 20220121.",
    ],
)
def test_a_compact_iso_day_written_as_a_part_of_its_own_is_the_note_s_date(note: str) -> None:
    # Unread, a note dated as exports and file names date had no date and failed `schema`.
    assert parse_citation(Footnote(label="1", text=note, line=1)).citation.date == JAN_21


@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Telegram, https://t.me/rybar/20220121",  # a post id in the link
        "Rybar, Telegram, post 20220121",  # a number after a word
        "Rybar, Order No. 20220121, Telegram",
        "Rybar, scan 20220121.pdf",  # a file's name
        "Rybar, 20220121.pdf",
        "Rybar, Telegram, 20220121, 20220122",  # two days
        "Rybar, Telegram, 2022012112",  # ten digits
        "Rybar, Telegram, 20221321",  # no month 13
    ],
)
def test_eight_digits_that_are_an_id_a_number_or_one_of_two_days_are_no_date(note: str) -> None:
    assert parse_citation(Footnote(label="1", text=note, line=1)).citation.date is None


def test_a_compact_iso_day_counts_only_where_the_note_gives_no_other_date() -> None:
    note = "Rybar, Telegram, 20220125, posted 21 January 2022"
    assert find_date(note, year_apart=True).date == JAN_21


def test_a_crafted_note_of_eight_digit_numbers_is_read_in_linear_time() -> None:
    for note in ("20220121, " * 10_000, ", 20220121" * 10_000, "2" * 100_000):
        find_date(note, year_apart=True)
    assert find_date("x" * 100_000 + ", 20220121", year_apart=True).date == JAN_21


@pytest.mark.parametrize(
    ("note", "day"),
    [
        ("Folha, Telegram, 1º de janeiro de 2022, https://t.me/rybar/12345", dt.date(2022, 1, 1)),
        ("El País, 1.º de enero de 2022, https://elpais.example/a", dt.date(2022, 1, 1)),
        ("Clarín, 1° de febrero de 2022, https://clarin.example/a", dt.date(2022, 2, 1)),
        ("La Repubblica, 1° febbraio 2022, https://repubblica.example/a", dt.date(2022, 2, 1)),
        ("Καθημερινή, 21η Ιανουαρίου 2022, https://kathimerini.example/a", JAN_21),
        ("Καθημερινή, 1ης Φεβρουαρίου 2022, https://kathimerini.example/a", dt.date(2022, 2, 1)),
    ],
)
def test_a_day_written_as_an_ordinal_before_a_western_or_greek_month_is_read(note: str, day: dt.date) -> None:
    # Unread, a Brazilian, Spanish or Italian note of any month's first day, or a Greek ordinal, had no date.
    assert find_date(note, year_apart=True).date == day


@pytest.mark.parametrize(
    ("note", "day"),
    [
        ("Rybar, Telegram, 21/I/2022, https://t.me/rybar/12345", JAN_21),
        ("Kowalski, Gazeta, 21/XII/2021", dt.date(2021, 12, 21)),
    ],
)
def test_a_roman_month_between_slashes_is_read(note: str, day: dt.date) -> None:
    # Unread, the note had no date; with stops or spaces (`21.I.2022`) it had one.
    assert find_date(note, year_apart=True).date == day


def test_an_iso_day_without_its_zeros_written_as_a_part_of_its_own_is_read() -> None:
    # As spreadsheets export `yyyy-m-d`: unread, the note had no date and failed `schema`.
    note = "Rybar, Telegram, 2022-1-21, https://t.me/rybar/12345"
    assert parse_citation(Footnote(label="1", text=note, line=1)).citation.date == JAN_21


@pytest.mark.parametrize(
    "note",
    [
        "Design to EN 1993-1-1:2005, 2022",  # a standard's number
        "Eurocode, EN 1993-1-1, 2005",
        "Rybar, Telegram, 2022-1-21, 2022-1-22",  # two days
    ],
)
def test_a_standard_s_number_or_two_iso_days_without_zeros_give_no_day(note: str) -> None:
    assert find_date(note, year_apart=True).date is None


@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Telegram, 21\u2011Jan\u20112022, https://t.me/rybar/12345",  # non-breaking hyphens
        "Rybar, Telegram, 2022\u201001\u201021, https://t.me/rybar/12345",  # Unicode's hyphen
        "Rybar, Telegram, 21\u2011Jan\u201122",
    ],
)
def test_a_date_joined_by_unicode_s_hyphens_is_read_as_with_ascii_s(note: str) -> None:
    # As typesetting keeps a date on one line (a PDF's notes): read as no date, or as its year alone.
    read = parse_citation(Footnote(label="1", text=note, line=1)).citation
    assert (read.date, read.date_month_or_year) == (JAN_21, None)


@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Telegram, 21JAN2022, https://t.me/rybar/12345",
        "Rybar, Telegram, 21Jan2022",
        "Rybar, Telegram, 21JAN22, https://t.me/rybar/12345",  # its year in two digits
    ],
)
def test_a_day_month_and_year_written_together_is_read(note: str) -> None:
    # As military and logistics notes write a day: unread, the note had no date and failed `schema`.
    assert find_date(note, year_apart=True).date == JAN_21


@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Telegram, 21decades 2022",  # a month's letters opening a word
        "Rybar, Telegram, 21JAN22:05",  # a time
    ],
)
def test_a_month_s_letters_run_on_into_a_word_or_a_time_give_no_day(note: str) -> None:
    assert find_date(note, year_apart=True).date is None


@pytest.mark.parametrize(
    ("note", "day"),
    [
        ("Folha de S.Paulo, 21.jan.2022 às 14h05, https://www1.folha.uol.com.br/a", JAN_21),
        ("Folha de S.Paulo, 21.set.2022, https://www1.folha.uol.com.br/a", dt.date(2022, 9, 21)),
        ("Folha de S.Paulo, 21.out.2022, https://www1.folha.uol.com.br/a", dt.date(2022, 10, 21)),
        ("Rybar, Telegram, 21 Jan.2022", JAN_21),
    ],
)
def test_a_year_right_after_the_month_s_stop_is_read(note: str, day: dt.date) -> None:
    # Folha de S.Paulo's own dates (`21.jan.2022`): unread, a note copying them had no date.
    assert find_date(note, year_apart=True).date == day


def test_a_word_abbreviation_without_its_stop_before_a_year_is_still_no_month() -> None:
    assert find_date("Folha, dados 21 out 2022", year_apart=True).date is None


@pytest.mark.parametrize(
    ("note", "day"),
    [
        ("Рыбарь, Telegram, 21-\u0435 января 2022, https://t.me/rybar/12345", JAN_21),
        ("Рыбарь, Telegram, 1-\u043e\u0435 февраля 2022, https://t.me/rybar/12345", dt.date(2022, 2, 1)),
        ("Рибар, Telegram, 21-\u043e\u0433\u043e січня 2022, https://t.me/rybar/12345", JAN_21),
    ],
)
def test_a_cyrillic_day_s_other_ordinal_endings_are_read(note: str, day: dt.date) -> None:
    # Read as the month alone (`21-\u0435 января 2022`: January 2022), a true note warned as dated to no day.
    read = parse_citation(Footnote(label="1", text=note, line=1)).citation
    assert (read.date, read.date_month_or_year) == (day, None)


def test_two_cyrillic_days_with_ordinal_endings_are_no_one_day() -> None:
    assert find_date("Рыбарь, 19-\u0435 и 21-\u0435 января 2022", year_apart=True).in_a_range


@pytest.mark.parametrize(
    "crafted",
    [
        "Jan-21-" * 14_000,
        "21JAN" * 20_000,
        "2022-1-" * 14_000,
        "21/I/" * 20_000,
        "01/02/ (DD/MM/" * 7_000,
        "21-\u0435 " * 20_000,
        "1\u00ba de " * 16_000,
        "21.jan." * 14_000,
        "winter of " * 10_000,
    ],
    ids=lambda crafted: crafted[:12],
)
def test_a_crafted_note_of_digits_dashes_and_month_names_is_read_in_linear_time(crafted: str) -> None:
    # Each spelling read since (a month between dashes, one run together, an ISO day without zeros, a Roman
    # month between slashes, a said order, ordinal endings, a month's stop before the year, a season): no
    # pattern backtracks over the whole note, and the note's own day after it is still read.
    assert find_date(crafted + ", 21 January 2022", year_apart=True).date == JAN_21


@pytest.mark.parametrize(
    "note",
    [
        "人民日报, 微博, 2022年1月21号, https://m.weibo.cn/status/4728123456789012",
        "中央社, 111年1月21號",  # Taiwan's year, and its sign of the day
        "人民日报, 22年1月21号",
    ],
)
def test_a_chinese_day_signed_as_colloquial_chinese_signs_it_is_read(note: str) -> None:
    # `号` (Taiwan's `號`) in place of `日`: read as no date, the note had none.
    assert find_date(note, year_apart=True).date == JAN_21


_ASCII_DATE_PIECES = [piece for piece in _DATE_PIECES if piece.isascii()]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_ASCII_DATE_PIECES), max_size=10))
@example(["21 ", "January", " 2022"])
def test_the_formats_an_ascii_text_is_not_read_for_match_nothing_in_it(pieces: list[str]) -> None:
    # `_candidates` reads an ASCII text (most notes) for `_ASCII_FAST_FORMATS` and `_ASCII_SHORT_YEAR_FORMATS`
    # only: each format left out must find nothing in such a text, as it is or lowered, or a date is missed.
    text = "".join(pieces)
    for every, ascii_only in (
        (dates._FAST_FORMATS, dates._ASCII_FAST_FORMATS),
        (dates._SHORT_YEAR_FORMATS, dates._ASCII_SHORT_YEAR_FORMATS),
    ):
        assert all(each in every for each in ascii_only)
        for pattern, _, _ in (each for each in every if each not in ascii_only):
            assert pattern().search(text) is None and pattern().search(text.lower()) is None, (
                pattern().pattern
            )


_MONTH_FIRST_PIECES = [
    "January", "jan", "JAN", "Jan.", "Mayor", "may", " ", "  ", ",", "-", "21", "2022", "the ", "Desk ",
    "Report ", "\u017f", "Sept", "ember", "a", "\u201c", "1",
]  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_MONTH_FIRST_PIECES), max_size=10))
@example(["Desk ", "21", ", ", "January", " ", "21", ", ", "2022"])
@example(["jan", "January", " ", "21", ", ", "2022"])
def test_a_month_first_date_is_searched_for_from_the_first_month_named(pieces: list[str]) -> None:
    # `_candidates` searches the formats whose every match opens with a month's name from where the first
    # month is named: they must find there all they find from the text's start.
    text = "".join(pieces)
    for formats, any_month, subject in (
        (dates._FORMATS, dates._ANY_MONTH, text),
        (dates._FAST_FORMATS, dates._LOWERED_ANY_MONTH, text.lower()),
    ):
        pattern = formats[0][0]()
        assert formats[0][0] in (dates._MONTH_FIRST, dates._FAST_MONTH_FIRST)
        month = any_month().search(subject)
        whole = [found.span() for found in pattern.finditer(subject)]
        from_month = [found.span() for found in pattern.finditer(subject, month.start())] if month else []
        assert whole == from_month


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789\u0661\u0662\u00b2a -.", max_size=16))
@example("Desk 1024")
@example("\u0661\u0662\u0663\u0664")
def test_four_digits_in_a_row_are_found_as_a_repeat_finds_them(text: str) -> None:
    # `_FOUR_DIGITS` is spelt digit by digit for speed: it must find what `\d{4}` finds, where it finds it.
    repeat = re.compile(r"\d{4}")
    assert [found.span() for found in dates._FOUR_DIGITS.finditer(text)] == [
        found.span() for found in repeat.finditer(text)
    ]


_JOINED_DAYS_PIECES = [
    "21", "1", "\u0663", "2022", " ", "   ", ".", ",", "-", "\u2013", "\u2014", "/", " or ", " OR ", " and ",
    " & ", "st", "ST", "nd", "\u017ft", "th", "January ", "Jan. ", "d\u00e9cembre", "janvier ", "de ", "of ",
    "\u044f\u043d\u0432\u0430\u0440\u044f ", "(D ", "x",
]  # fmt: skip


@given(st.lists(st.sampled_from(_JOINED_DAYS_PIECES), max_size=12))
@example(["21", "\u2013", "22", " ", "January ", "2022"])
@example(["January ", "21", "st", " or ", "22", "nd", ", ", "2022"])
@example(["Jan. ", "21", "/", "22", ", ", "2022"])
def test_two_days_of_one_month_are_found_as_searching_their_pattern_finds(pieces: list[str]) -> None:
    # `find_date` looks for two joined days before it tries `_DAYS_OF_ONE_MONTH`'s months' names at each
    # word: every text that pattern finds a range in must still be found so.
    text = "".join(pieces)
    assert dates._holds_two_days_of_one_month(text) == (dates._DAYS_OF_ONE_MONTH().search(text) is not None)


def test_a_crafted_note_of_words_before_a_year_is_read_in_linear_time() -> None:
    # `(D ` opens a word of a month's first letter at each third character: each tried for every month's name,
    # 900 kB of them took 10 s of CPU each (0.3 s now).
    started = time.process_time()
    assert find_date("(D " * 300_000 + "2022").date is None
    assert find_date("(D " * 300_000 + "2022", year_apart=True).date is None
    assert time.process_time() - started < 5


_LUNAR_HIJRI_PIECES = [
    "1443", "1350", "1582", "14", "15", "13", "1", "3", "4", "5", "2022", "18", "06",
    "\u0661\u0664\u0664\u0663", "\u0661", "\u0663", "\u0664", "\u0665", "\u06f1", "\u06f4", "\u06f5",
    "\u0668",
    "/", ".", "-", " ", ", ", "a", "Jumada al-Akhirah", "Ramzan", "Dhul Hijjah",
    "\u062c\u0645\u0627\u062f\u0649 \u0627\u0644\u0622\u062e\u0631\u0629", "\u0647\u0640",
    "https://t.me/rybar/", "https://t.me/rybar/1443", "\u201c", "\u0967\u096a",
]  # fmt: skip


def _lunar_hijri_date_searched_everywhere(text: str) -> str | None:
    """`lunar_hijri_date` without its test of the year's digits: the search run on every text."""
    if not dates._holds_four_digits(text):
        return None
    blanked = blank_urls(text)
    searched = blanked if blanked.isascii() else blanked.translate(dates._EASTERN_DIGITS)
    found = dates._LUNAR_HIJRI_DATE().search(searched)
    return blanked[found.start() : found.end()] if found is not None else None


@settings(max_examples=800, deadline=None)
@given(st.lists(st.sampled_from(_LUNAR_HIJRI_PIECES), max_size=12))
@example(["18", " ", "Ramzan", " ", "1443"])
@example(["1443", "/", "06", "/", "18"])
@example(["18", "/", "06", "/", "1", "\u0664", "4", "3"])  # an ASCII `1` before an Arabic-Indic `4`
@example(["\u06f1", "\u06f4", "4", "3", "-", "1", "-", "1"])
@example(["Rybar", ", ", "https://t.me/rybar/1443", " ", "2022"])
@example(["18", "/", "06", "/", "1443", "4"])  # no year of four digits: the pattern's `(?![\d/.-])`
@example(["\u0967", "1443", "/", "06", "/", "18"])  # a Devanagari digit before it
@example(["18", " ", "Ramzan", " ", "1443", "\u0668"])
def test_a_text_passed_over_for_lunar_hijri_dates_is_one_their_search_finds_nothing_in(
    pieces: list[str],
) -> None:
    # `lunar_hijri_date` searches only a text holding `13`, `14` or `15` (in any of the digits it reads)
    # opening four digits of their own outside its links: it must find what the search over every text
    # finds, or a Lunar Hijri day days from the note's Gregorian one would pass unremarked.
    text = "".join(pieces)
    assert dates.lunar_hijri_date(text) == _lunar_hijri_date_searched_everywhere(text)
    if _lunar_hijri_date_searched_everywhere(text) is not None:
        assert dates._may_hold_a_lunar_hijri_year(text)


@pytest.mark.parametrize(
    ("note", "day"),
    [
        # A state reporter's volume, series and page before the decision's day: the page was read as the year.
        ("Quintero v. Harborview Logistics, 98 Cal. App. 5th 1021, March 12, 2024", dt.date(2024, 3, 12)),
        ("Annual report, page 1021, March 12, 2024", dt.date(2024, 3, 12)),
        ("Report 2022, January 21, 2023", dt.date(2023, 1, 21)),
        # APA's own shape still reads the year first.
        ("Haddad, L. (2022, January 21). Council vote.", dt.date(2022, 1, 21)),
        ("Haddad (2022, Jan. 21), 14 pages", dt.date(2022, 1, 21)),
    ],
)
def test_a_number_before_a_month_whose_day_has_its_own_year_is_no_apa_year(note: str, day: dt.date) -> None:
    assert find_date(note).date == day
    assert parse_citation(Footnote(label="1", text=note, line=1)).citation.date == day
