"""The publication date a note gives, in the spellings footnotes use.

Only a full day counts: `January 2022` or `2022` alone cannot be checked against a post, so they are not
dates. A slash date whose day and month could be swapped is reported as ambiguous instead of guessed. A
year-first date of a Solar Hijri year (`1400/11/01`, in Persian digits too: 21 January 2022) is read in
that calendar, as are its months and the Hebrew calendar's named in Latin letters (`12 Esfand 1400`, `21
Shevat 5782`); a numeric date of another year before 1583 (a Lunar Hijri `1443/06/18`) is no Gregorian
day, and not read (`lunar_hijri_date` finds it, for the note to be told why; `lunar_hijri_day` gives its
day by the tabular calendar, which the observed one may run a day or two from: a day to hold the note's
Gregorian day near, never the note's date). Harvard's day and month after the title take the year in
brackets after the author (`Smith, J. (2022) 'Title', The Guardian, 21 January.`), or Chicago's after it
(`Smith, John. 2022. "Title." The Guardian, January 21.`); a range of them (`19-21 January.`) is no one
day, as `19-21 January 2022` is none. In a note (`year_apart`), one day and month without their year take
its one year written as a part of its own (`Rybar, on 21 January, Telegram, 2022.`, `Рыбарь, 21 января,
Telegram, 2022.`, in each language whose months are read), never a title's. A
two-digit year (`21.01.22`, `21 Jan 22`,
Korean `22년 1월 21일`) or a Japanese or Taiwanese era's (`令和4年1月21日`, `111年1月21日`; `R4.1.21` in a
note in Japanese script) is read only where the note gives no date of a four-digit year, and is ambiguous
in a note in Japanese, Chinese or Korean script where its numbers also make a day year first (`22/01/21`),
or in Thai script, where it may be the Buddhist era's (`21/01/65`); a year of the Buddhist era, as Thailand
counts (`21/01/2565`; in two digits after a Thai month's name, `21 ม.ค. 65`), as its Gregorian year. Nor is a
range's first or last day (`between January 19 and January 23, 2022`; two dates joined, `January 21,
2022 \u2013 February 3, 2022`, `2022-01-21/2022-02-03`, ISO 8601's shorter `2022-01-21/02-03`,
`2022-01-21/03` and `2022-01-21/P2W`, or a date and the range's last day, its year left out: `January
21, 2022 \u2013 February 3`), nor a day either of two (`21 or 22 January 2022`, `21/22 January 2022`,
`21./22. Januar 2022`, `21-22.01.2022`), nor two days of a month (`19 and 23 January 2022`, `19 e 23
gennaio 2022`; `19 - 23 January 2022`, `Bulletin 19 - 23 January 2022`; after a number's sign, `Report
No. 19 - 23 January 2022`, the 19 is the title's, and the 23rd is read): the note gives no one day.
Dates inside a URL, a document's number written as a day after a number's sign (`Order No. 21/01/2022`,
`Приказ №21.01.2022`), access dates (`Retrieved 5 February 2023`, `accessed ...`), the day a page is cited
as it stood on (`as of March 5, 2023`, `Stand: 05.03.2023`) and the day a post was deleted (`deleted
January 25, 2022`) say nothing about when the source was published. A date the note says is the
publication's (`posted 25 January 2022`) is its date, whatever dates come before it (a title's, left
unquoted); an update's, the day what it shows was filmed, or a document's, its number beside it (`от
21.01.2022 № 15`), only where the note gives no other.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import math
import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

# `Compiled` is also the type of the formats' patterns here (tests/citations/test_dates.py names it so).
from provenance.deferred_patterns import deferred_compile
from provenance.patterns import Compiled as Compiled
from provenance.patterns import on_first_use
from provenance.urls import blank_urls
from provenance.zones import NAMED_ZONES


def _by_first_character(words: str) -> str:
    """`words`, alternatives of literal characters (`a|b|…`, with `\\[` and `.` the only syntax among them),
    grouped by their first character (`a(?:ccessed|rchive|…)|r(?:etrieved|…)`): `re` enters every alternative
    in turn wherever one of them may start; grouped, only those of the character there. Matches where the
    alternatives match."""
    groups: dict[str, list[str]] = {}
    for word in words.split("|"):
        first = word[:2] if word.startswith("\\") else word[:1]
        groups.setdefault(first, []).append(word[len(first) :])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
# Russian and Ukrainian put the month, in the genitive, after the day: `21 января 2022`, `21 січня 2022`;
# citation styles abbreviate it (`21 янв. 2022`, `21 січ. 2022`), and some notes give its nominative. So do
# Belarusian (`21 студзеня 2022`), Serbian (`21. јануара 2022.`, or `21. јануар 2022.`), Bulgarian and
# Macedonian (`21 януари 2022`, `21 јануари 2022`): unread, the note had no day.
_SLAVIC_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("января", "январь", "янв", "січня", "січ", "студзеня", "јануара", "јануар", "януари", "јануари"),
            (
                "февраля",
                "февраль",
                "фев",
                "февр",
                "лютого",
                "лют",
                "лютага",
                "фебруара",
                "фебруар",
                "февруари",
            ),
            # \u0431\u0435\u0440: the abbreviation of березня
            ("марта", "март", "мар", "березня", "\u0431\u0435\u0440", "сакавіка"),
            ("апреля", "апрель", "апр", "квітня", "квіт", "красавіка", "априла", "април"),
            ("мая", "май", "травня", "трав", "маја", "мај"),
            ("июня", "июнь", "июн", "червня", "черв", "чэрвеня", "јуна", "јун", "юни", "јуни"),
            ("июля", "июль", "июл", "липня", "лип", "ліпеня", "јула", "јул", "юли", "јули"),
            ("августа", "август", "авг", "серпня", "серп", "жніўня"),
            (
                "сентября",
                "сентябрь",
                "сен",
                "сент",
                "вересня",
                "вер",
                "верасня",
                "септембра",
                "септембар",
                "септември",
            ),
            ("октября", "октябрь", "окт", "жовтня", "жовт", "кастрычніка", "октобра", "октобар", "октомври"),
            (
                "ноября",
                "ноябрь",
                "ноя",
                "нояб",
                "листопада",
                "лист",
                "лістапада",
                "новембра",
                "новембар",
                "ноември",
            ),
            ("декабря", "декабрь", "дек", "грудня", "груд", "снежня", "децембра", "децембар", "декември"),
        ),
        start=1,
    )
    for name in names
}
# Russian's months in the genitive, as a day names them (`21 января`), January first: each month's first name
# above. Other modules read days written out too (the quote check, locate's passages).
RUSSIAN_GENITIVE_MONTHS = tuple(
    next(name for name, number in _SLAVIC_MONTHS.items() if number == month) for month in range(1, 13)
)
# Ukrainian and Belarusian typed on a keyboard without their i (U+0456) write the Latin one (U+0069) for it
# (`21 \u0441i\u0447\u043d\u044f 2022`): unread, the note had no day.
_SLAVIC_MONTHS |= {
    name.replace("\u0456", "i"): number for name, number in _SLAVIC_MONTHS.items() if "\u0456" in name
}
# Longest first, each a whole word, abbreviated with or without its stop (`21 янв. 2022`, as GOST writes).
_SLAVIC_MONTH = rf"(?P<month>{'|'.join(sorted(_SLAVIC_MONTHS, key=len, reverse=True))})(?!\w)\.?"
# French, German and Spanish put the day first too: `21 janvier 2022`, `1er février 2022`, `21. Januar 2022`,
# `21 de enero de 2022`; accents may be left out (`aout`, `Maerz`), French and Spanish abbreviate (`janv.`,
# `21 ene. 2022`), German as English does after the day's stop (`21. Jan. 2022`, `3.März 2022`).
_FRENCH_GERMAN_SPANISH_MONTHS = (
    ("janvier", "janv", "januar", "jänner", "jän", "jan", "enero", "ene"),
    ("février", "fevrier", "févr", "fevr", "februar", "feber", "feb", "febrero"),
    ("mars", "märz", "maerz", "marz", "mär", "mrz", "marzo"),
    ("avril", "avr", "apr", "abril", "abr"),
    ("mai", "mayo"),
    ("juin", "juni", "jun", "junio"),
    ("juillet", "juil", "juli", "jul", "julio"),
    ("août", "aout", "aug", "agosto", "ago"),
    ("septembre", "septiembre", "setiembre", "sept", "sep"),
    ("octobre", "oktober", "okt", "octubre"),
    ("novembre", "noviembre", "nov"),
    ("décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic"),
)
# So do Italian (`21 gennaio 2022`, abbreviated `21 gen. 2022`), Portuguese (`21 de janeiro de 2022`, as
# Brazil's ABNT abbreviates it `21 fev. 2022`, `21 set. 2022`), Polish in the genitive (`21 stycznia 2022`),
# Turkish (`21 Ocak 2022`, its dotless i written or not), Arabic, in Egypt's names and the Levant's (`21
# يناير 2022`, `21 كانون الثاني 2022`), and Hebrew, the month mostly after `ב` (in: `21 בינואר
# 2022`): unread, the note had no day, or another of its days (an update's) was taken for it.
_MORE_DAY_FIRST_MONTHS = (
    (
        "\u05d1\u05d9\u05e0\u05d5\u05d0\u05e8",
        "\u05d9\u05e0\u05d5\u05d0\u05e8",
        "gennaio",
        "gen",
        "janeiro",
        "stycznia",
        "ocak",
        "\u064a\u0646\u0627\u064a\u0631",
        "\u0643\u0627\u0646\u0648\u0646 \u0627\u0644\u062b\u0627\u0646\u064a",
    ),
    (
        "\u05d1\u05e4\u05d1\u05e8\u05d5\u05d0\u05e8",
        "\u05e4\u05d1\u05e8\u05d5\u05d0\u05e8",
        "febbraio",
        "fevereiro",
        "fev",
        "lutego",
        "şubat",
        "subat",
        "\u0641\u0628\u0631\u0627\u064a\u0631",
        "\u0634\u0628\u0627\u0637",
    ),
    (
        "\u05d1\u05de\u05e8\u05e5",
        "\u05de\u05e8\u05e5",
        "março",
        "marco",
        "marca",
        "mart",
        "\u0645\u0627\u0631\u0633",
        "\u0622\u0630\u0627\u0631",
        "\u0627\u0630\u0627\u0631",
    ),
    (
        "\u05d1\u05d0\u05e4\u05e8\u05d9\u05dc",
        "\u05d0\u05e4\u05e8\u05d9\u05dc",
        "aprile",
        "kwietnia",
        "nisan",
        "\u0623\u0628\u0631\u064a\u0644",
        "\u0625\u0628\u0631\u064a\u0644",
        "\u0627\u0628\u0631\u064a\u0644",
        "\u0646\u064a\u0633\u0627\u0646",
    ),
    (
        "\u05d1\u05de\u05d0\u05d9",
        "\u05de\u05d0\u05d9",
        "maggio",
        "mag",
        "maio",
        "maja",
        "may\u0131s",
        "mayis",
        "\u0645\u0627\u064a\u0648",
        "\u0623\u064a\u0627\u0631",
        "\u0627\u064a\u0627\u0631",
    ),
    (
        "\u05d1\u05d9\u05d5\u05e0\u05d9",
        "\u05d9\u05d5\u05e0\u05d9",
        "giugno",
        "giu",
        "junho",
        "czerwca",
        "haziran",
        "\u064a\u0648\u0646\u064a\u0648",
        "\u062d\u0632\u064a\u0631\u0627\u0646",
    ),
    (
        "\u05d1\u05d9\u05d5\u05dc\u05d9",
        "\u05d9\u05d5\u05dc\u05d9",
        "luglio",
        "lug",
        "julho",
        "lipca",
        "temmuz",
        "\u064a\u0648\u0644\u064a\u0648",
        "\u062a\u0645\u0648\u0632",
    ),
    (
        "\u05d1\u05d0\u05d5\u05d2\u05d5\u05e1\u05d8",
        "\u05d0\u05d5\u05d2\u05d5\u05e1\u05d8",
        "sierpnia",
        "ağustos",
        "agustos",
        "\u0623\u063a\u0633\u0637\u0633",
        "\u0627\u063a\u0633\u0637\u0633",
        "\u0622\u0628",
    ),
    (
        "\u05d1\u05e1\u05e4\u05d8\u05de\u05d1\u05e8",
        "\u05e1\u05e4\u05d8\u05de\u05d1\u05e8",
        "settembre",
        "setembro",
        "set",
        "września",
        "wrzesnia",
        "eylül",
        "eylul",
        "\u0633\u0628\u062a\u0645\u0628\u0631",
        "\u0623\u064a\u0644\u0648\u0644",
        "\u0627\u064a\u0644\u0648\u0644",
    ),
    (
        "\u05d1\u05d0\u05d5\u05e7\u05d8\u05d5\u05d1\u05e8",
        "\u05d0\u05d5\u05e7\u05d8\u05d5\u05d1\u05e8",
        "ottobre",
        "ott",
        "outubro",
        "out",
        "października",
        "pazdziernika",
        "ekim",
        "\u0623\u0643\u062a\u0648\u0628\u0631",
        "\u0627\u0643\u062a\u0648\u0628\u0631",
        "\u062a\u0634\u0631\u064a\u0646 \u0627\u0644\u0623\u0648\u0644",
        "\u062a\u0634\u0631\u064a\u0646 \u0627\u0644\u0627\u0648\u0644",
    ),
    (
        "\u05d1\u05e0\u05d5\u05d1\u05de\u05d1\u05e8",
        "\u05e0\u05d5\u05d1\u05de\u05d1\u05e8",
        "novembro",
        "listopada",
        "kas\u0131m",
        "kasim",
        "\u0646\u0648\u0641\u0645\u0628\u0631",
        "\u062a\u0634\u0631\u064a\u0646 \u0627\u0644\u062b\u0627\u0646\u064a",
    ),
    (
        "\u05d1\u05d3\u05e6\u05de\u05d1\u05e8",
        "\u05d3\u05e6\u05de\u05d1\u05e8",
        "dicembre",
        "dezembro",
        "grudnia",
        "aral\u0131k",
        "aralik",
        "\u062f\u064a\u0633\u0645\u0628\u0631",
        "\u0643\u0627\u0646\u0648\u0646 \u0627\u0644\u0623\u0648\u0644",
        "\u0643\u0627\u0646\u0648\u0646 \u0627\u0644\u0627\u0648\u0644",
    ),
)
# Greek, in the genitive after the day (`21 \u0399\u03b1\u03bd\u03bf\u03c5\u03b1\u03c1\u03af\u03bf\u03c5
# 2022`), its accents written or left out (as capitals leave them), or abbreviated (`21 \u0399\u03b1\u03bd.
# 2022`): unread, the note had no day. Escaped: ruff takes Greek letters for Latin ones.
_GREEK_MONTHS = (
    (
        "\u03b9\u03b1\u03bd\u03bf\u03c5\u03b1\u03c1\u03af\u03bf\u03c5",
        "\u03b9\u03b1\u03bd\u03bf\u03c5\u03b1\u03c1\u03b9\u03bf\u03c5",
        "\u03b9\u03b1\u03bd",
    ),
    (
        "\u03c6\u03b5\u03b2\u03c1\u03bf\u03c5\u03b1\u03c1\u03af\u03bf\u03c5",
        "\u03c6\u03b5\u03b2\u03c1\u03bf\u03c5\u03b1\u03c1\u03b9\u03bf\u03c5",
        "\u03c6\u03b5\u03b2",
    ),
    (
        "\u03bc\u03b1\u03c1\u03c4\u03af\u03bf\u03c5",
        "\u03bc\u03b1\u03c1\u03c4\u03b9\u03bf\u03c5",
        "\u03bc\u03b1\u03c1",
    ),
    (
        "\u03b1\u03c0\u03c1\u03b9\u03bb\u03af\u03bf\u03c5",
        "\u03b1\u03c0\u03c1\u03b9\u03bb\u03b9\u03bf\u03c5",
        "\u03b1\u03c0\u03c1",
    ),
    ("\u03bc\u03b1\u0390\u03bf\u03c5", "\u03bc\u03b1\u03ca\u03bf\u03c5", "\u03bc\u03b1\u03b9\u03bf\u03c5"),
    (
        "\u03b9\u03bf\u03c5\u03bd\u03af\u03bf\u03c5",
        "\u03b9\u03bf\u03c5\u03bd\u03b9\u03bf\u03c5",
        "\u03b9\u03bf\u03c5\u03bd",
    ),
    (
        "\u03b9\u03bf\u03c5\u03bb\u03af\u03bf\u03c5",
        "\u03b9\u03bf\u03c5\u03bb\u03b9\u03bf\u03c5",
        "\u03b9\u03bf\u03c5\u03bb",
    ),
    (
        "\u03b1\u03c5\u03b3\u03bf\u03cd\u03c3\u03c4\u03bf\u03c5",
        "\u03b1\u03c5\u03b3\u03bf\u03c5\u03c3\u03c4\u03bf\u03c5",
        "\u03b1\u03c5\u03b3",
    ),
    (
        "\u03c3\u03b5\u03c0\u03c4\u03b5\u03bc\u03b2\u03c1\u03af\u03bf\u03c5",
        "\u03c3\u03b5\u03c0\u03c4\u03b5\u03bc\u03b2\u03c1\u03b9\u03bf\u03c5",
        "\u03c3\u03b5\u03c0\u03c4",
        "\u03c3\u03b5\u03c0",
    ),
    (
        "\u03bf\u03ba\u03c4\u03c9\u03b2\u03c1\u03af\u03bf\u03c5",
        "\u03bf\u03ba\u03c4\u03c9\u03b2\u03c1\u03b9\u03bf\u03c5",
        "\u03bf\u03ba\u03c4",
    ),
    (
        "\u03bd\u03bf\u03b5\u03bc\u03b2\u03c1\u03af\u03bf\u03c5",
        "\u03bd\u03bf\u03b5\u03bc\u03b2\u03c1\u03b9\u03bf\u03c5",
        "\u03bd\u03bf\u03b5\u03bc",
        "\u03bd\u03bf\u03b5",
    ),
    (
        "\u03b4\u03b5\u03ba\u03b5\u03bc\u03b2\u03c1\u03af\u03bf\u03c5",
        "\u03b4\u03b5\u03ba\u03b5\u03bc\u03b2\u03c1\u03b9\u03bf\u03c5",
        "\u03b4\u03b5\u03ba",
    ),
)
# Indonesian and Malay (`21 Januari 2022`, `21 Ogos 2022`) and Dutch (`21 januari 2022`, `21 mrt. 2022`) put
# the day first too; their other months' names are English's or German's: unread, the note had no day.
_MALAY_DUTCH_MONTHS = (
    ("januari",),
    ("februari",),
    ("maret", "mac", "maart", "mrt"),
    (),
    ("mei",),
    (),
    ("julai",),
    ("agustus", "agu", "agt", "ogos", "augustus"),
    (),
    (),
    (),
    ("desember", "disember"),
)
# Persian names the Gregorian months too, after the day (`۲۱ ژانویه ۲۰۲۲`, as Iran's and Afghanistan's news
# date a day abroad), its letters Persian or Arabic: unread, the note had no day.
_PERSIAN_GREGORIAN_MONTHS: tuple[tuple[str, ...], ...] = (
    ("\u0698\u0627\u0646\u0648\u06cc\u0647",),
    ("\u0641\u0648\u0631\u06cc\u0647",),
    (),  # \u0645\u0627\u0631\u0633, March, is among the Arabic names
    ("\u0622\u0648\u0631\u06cc\u0644", "\u0622\u0648\u0631\u064a\u0644"),
    ("\u0645\u0647", "\u0645\u06cc", "\u0645\u064a"),
    ("\u0698\u0648\u0626\u0646",),
    ("\u0698\u0648\u0626\u06cc\u0647", "\u0698\u0648\u0626\u064a\u0647", "\u062c\u0648\u0644\u0627\u06cc"),
    ("\u0627\u0648\u062a", "\u0622\u06af\u0648\u0633\u062a"),
    ("\u0633\u067e\u062a\u0627\u0645\u0628\u0631",),
    ("\u0627\u06a9\u062a\u0628\u0631", "\u0627\u0643\u062a\u0628\u0631"),
    ("\u0646\u0648\u0627\u0645\u0628\u0631",),
    ("\u062f\u0633\u0627\u0645\u0628\u0631",),
)
# Their ezafe, as Persian's Wikipedia writes a day (`۲۱ ژانویهٔ ۲۰۲۲`, the hamza above the last letter, or
# joined to it): unread, the note had no day.
_PERSIAN_GREGORIAN_MONTHS = tuple(
    (
        *names,
        *(f"{name}\u0654" for name in names if name.endswith("\u0647")),
        *(f"{name[:-1]}\u06c0" for name in names if name.endswith("\u0647")),
    )
    for names in _PERSIAN_GREGORIAN_MONTHS
)
# Urdu names the Gregorian months after the day too (`21 جنوری 2022`, as Pakistan's press and its
# ministries' posts date), in its own letters (`ی`, `ک`, `ٹ`): unread, the note had no day.
_URDU_MONTHS: tuple[tuple[str, ...], ...] = (
    ("\u062c\u0646\u0648\u0631\u06cc",),
    ("\u0641\u0631\u0648\u0631\u06cc",),
    ("\u0645\u0627\u0631\u0686",),
    ("\u0627\u067e\u0631\u06cc\u0644",),
    ("\u0645\u0626\u06cc",),
    ("\u062c\u0648\u0646",),
    ("\u062c\u0648\u0644\u0627\u0626\u06cc",),
    ("\u0627\u06af\u0633\u062a",),
    ("\u0633\u062a\u0645\u0628\u0631",),
    ("\u0627\u06a9\u062a\u0648\u0628\u0631",),
    ("\u0646\u0648\u0645\u0628\u0631",),
    ("\u062f\u0633\u0645\u0628\u0631",),
)
# Croatian (`21. siječnja 2022.`, in the genitive, or the nominative, `siječanj`) and Serbian and Bosnian in
# Latin letters (`21. januara 2022.`, `21. septembar 2022.`), their marks written or left out: unread, the
# note had no day. Croatian's October, `listopad`, is Polish's November: `_listopad` tells them apart. The
# other names of Serbian's Latin months are German's (`januar`, `jun`) or Turkish's (`mart`).
_CROATIAN_SERBIAN_LATIN_MONTHS = (
    ("siječnja", "sijecnja", "siječanj", "sijecanj", "januara"),
    ("veljače", "veljace", "veljača", "veljaca", "februara"),
    ("ožujka", "ozujka", "ožujak", "ozujak", "marta"),
    ("travnja", "travanj", "aprila", "april"),
    ("svibnja", "svibanj", "maj"),
    ("lipnja", "lipanj", "juna"),
    ("srpnja", "srpanj", "jula"),
    ("kolovoza", "kolovoz", "avgusta", "avgust", "augusta"),
    ("rujna", "rujan", "septembra", "septembar"),
    ("oktobra", "oktobar"),
    ("studenoga", "studenog", "studeni", "novembra", "novembar"),
    ("prosinca", "prosinac", "decembra", "decembar"),
)
# Czech, Slovak and Slovenian, in the genitive after the stopped day (`21. ledna 2022`, `21. januára 2022`,
# `21. januarja 2022`), their marks written or left out: unread, the note had no day. Czech's November,
# `listopadu`, is no Croatian October's `listopada`; its August, `srpna`, no Croatian July's `srpnja`.
_CZECH_SLOVAK_SLOVENIAN_MONTHS = (
    ("ledna", "januára", "januarja"),
    ("února", "unora", "februára", "februarja"),
    ("března", "brezna"),
    ("dubna", "apríla"),
    ("května", "kvetna", "mája"),
    ("června", "cervna", "júna", "junija"),
    ("července", "cervence", "júla", "julija"),
    ("srpna",),
    ("září", "zari"),
    ("října", "rijna", "októbra"),
    ("listopadu",),
    ("prosince",),
)
# Romanian (`21 ianuarie 2022`, abbreviated `21 ian. 2022`, `21 febr. 2022`), Hungarian's names (`január`,
# `március`, `szept.`; its dates are year first, `_HUNGARIAN_YEAR_FIRST`), Slovak's and Slovenian's
# nominatives (`21. marec 2022`, `21. junij 2022`), Czech's (`21. duben 2022`), Finnish in the partitive
# and the nominative (`21. tammikuuta 2022`, `21. tammikuu 2022`, its `\u00e4` written or left out), Estonian
# (`21. jaanuar 2022`, `21. veebr. 2022`), Danish's and Estonian's March (`21. marts 2022`), Swedish's August
# (`21 augusti 2022`) and Catalan (`21 de gener de 2022`): unread, the note had no day. The ASCII spellings
# that are names or words (Hungarian's `Julius`, `Junius`, `Marc`) are left out, and Romanian's `ian`, a
# name too, needs its stop (`_STOPPED_ABBREVIATIONS`).
_MORE_EUROPEAN_MONTHS = (
    (
        "ianuarie", "ian", "janu\u00e1r", "tammikuuta", "tammikuu", "jaanuar", "jaan", "gener",
    ),
    (
        "februarie", "febr", "febru\u00e1r", "\u00fanor", "unor", "helmikuuta", "helmikuu", "veebruar",
        "veebr", "febrer",
    ),
    (
        "martie", "m\u00e1rcius", "marcius", "m\u00e1rc", "marec", "b\u0159ezen", "brezen", "maaliskuuta",
        "maaliskuu", "m\u00e4rts", "marts", "mar\u00e7",
    ),
    (
        "aprilie", "\u00e1prilis", "aprilis", "\u00e1pr", "apr\u00edl", "duben", "huhtikuuta", "huhtikuu",
        "aprill",
    ),
    ("m\u00e1jus", "majus", "m\u00e1j", "kv\u011bten", "kveten", "toukokuuta", "toukokuu", "maig"),
    (
        "iunie", "iun", "j\u00fanius", "j\u00fan", "junij", "\u010derven", "cerven", "kes\u00e4kuuta",
        "kesakuuta", "kes\u00e4kuu", "kesakuu", "juuni", "juny",
    ),
    (
        "iulie", "iul", "j\u00falius", "j\u00fal", "julij", "\u010dervenec", "cervenec", "hein\u00e4kuuta",
        "heinakuuta", "hein\u00e4kuu", "heinakuu", "juuli", "juliol",
    ),
    ("augusztus", "srpen", "elokuuta", "elokuu", "augusti", "agost"),
    ("septembrie", "szeptember", "szept", "syyskuuta", "syyskuu", "setembre"),
    ("octombrie", "okt\u00f3ber", "\u0159\u00edjen", "rijen", "lokakuuta", "lokakuu", "oktoober"),
    ("noiembrie", "marraskuuta", "marraskuu"),
    ("decembrie", "prosinec", "joulukuuta", "joulukuu", "detsember", "dets", "desembre"),
)  # fmt: skip
# Polish's abbreviations (`21 sty. 2022`, `21 lut 2022`, as Polish notes and the press date), with their
# stop or without: unread, a well-formed note had no date. Only in small letters, as Polish writes them:
# capitalised, most are words or names (German's `Sie`, `Lis`, `Gru`, Spanish's `Paz`); and `lip` and `lis`
# not after a stopped day, as Croatian writes its own (`21. lip. 2022` is June's, `21. lis.` October's).
# (`mar`, `maj` are read already.)
_POLISH_ABBREVIATIONS = (
    ("sty",), ("lut",), (), ("kwi",), (), ("cze",), ("lip",), ("sie",), ("wrz",), ("pa\u017a", "paz"),
    ("lis",), ("gru",),
)  # fmt: skip
_POLISH_SMALL_ONLY = frozenset(name for names in _POLISH_ABBREVIATIONS for name in names)
_CROATIAN_TOO = frozenset(("lip", "lis"))
# Each name also as `_named_month` looks it up, case-folded (`ΐ` folds to three characters).
_WESTERN_MONTHS = {
    key: number
    for table in (
        _FRENCH_GERMAN_SPANISH_MONTHS,
        _POLISH_ABBREVIATIONS,
        _MORE_DAY_FIRST_MONTHS,
        _GREEK_MONTHS,
        _MALAY_DUTCH_MONTHS,
        _PERSIAN_GREGORIAN_MONTHS,
        _URDU_MONTHS,
        _CROATIAN_SERBIAN_LATIN_MONTHS,
        _CZECH_SLOVAK_SLOVENIAN_MONTHS,
        _MORE_EUROPEAN_MONTHS,
    )
    for number, names in enumerate(table, start=1)
    for name in names
    for key in (name, name.casefold())
}
# Arabic names a month twice, the Levant's name and Egypt's joined by a slash (`21 كانون الثاني/يناير 2022`,
# as Al Jazeera dates): unread, the note had no day. The two must name one month.
_ARABIC_MONTH_NAMES = "|".join(
    sorted(
        (name for names in _MORE_DAY_FIRST_MONTHS for name in names if "\u0620" <= name[0] <= "\u064a"),
        key=len,
        reverse=True,
    )
)
_ARABIC_SECOND_NAME = rf"(?:\s{{0,2}}/\s{{0,2}}(?P<month2>{_ARABIC_MONTH_NAMES})(?!\w))?"
# Longest first, grouped by their first letter: `re` enters only the names of the letter it stands on, not
# each of the 500 in turn (a note in German read them all after each of its numbers).
_WESTERN_MONTH = (
    rf"(?P<month>{_by_first_character('|'.join(sorted(_WESTERN_MONTHS, key=len, reverse=True)))})\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
# The day's number, and its ordinal's sign or stop: French `1er`, Spanish's, Portuguese's and Italian's first
# (`1º de enero`, `1.º de enero`, `1° febbraio`), Greek's (`21η Ιανουαρίου`, `1ης`): read as no date, a
# Brazilian or Spanish note of any month's first day had none.
_WESTERN_DAY_END = r"(?:er\s+|\.?[\u00ba\u00b0]\s*|\u03b7\u03c2?\s+|\.\s*|\s+)"
_WESTERN_DAY = rf"(?P<day>\d{{1,2}}){_WESTERN_DAY_END}"
_YEAR = r"(?P<year>\d{4})(?!\d)"
# After an APA day (`2022, January 21`): no year of its own, which would make it a day, month first, and the
# number before it something else (`… 5th 1021, March 12, 2024`). Bounded: linear.
_NO_YEAR_AFTER = r"(?!,?\s{0,3}\d{4}(?!\d))"
# Between a day and the month after it: `21 January`, `21st of January`, `21-Jan`, `21. January`.
_DAY_TO_MONTH = r"(?:\s+(?:of\s+)?|-|\.\s*)"
# A Russian or Ukrainian day's ordinal ending: `21-\u0433\u043e`, `21-\u0435`, Ukrainian's
# `21-\u043e\u0433\u043e`.
_CYRILLIC_ORDINAL = r"-?(?:\u0433\u043e|\u043e\u0433\u043e|\u043e\u0435|\u0435)"
# Between the month and the year after it: `January 2022`, `January, 2022`, `Jan-2022`; and right after the
# month's stop, as Folha de S.Paulo and others date (`21.jan.2022`, `21.fev.2022`: unread, no date).
_MONTH_TO_YEAR = r"(?:,?\s+|-|(?<=\.))"
# A month's name, then its day: after spaces (`January 21`, `January the 21st`) or a dash (`Jan-21`, whose
# `dash` says a dash, not a comma, stands before the year).
_MONTH_TO_DAY = r"(?:\s+(?:the\s+)?|(?P<dash>-))"

# Also as citation styles write them in Russian (GOST R 7.0.100: `дата обращения: 05.02.2023`), Ukrainian
# (DSTU 8302: `дата звернення`), French (`consulté le`), German (`abgerufen am`, `Zugriff am`) and Spanish
# (`consultado el`, `fecha de consulta`): in those styles a web source often has no other date.
# Vancouver's `[cited 2022 Jan 21]` is its access date, as are `date of access` and `downloaded`.
# So are those of the other languages whose months are read, as their Wikipedias cite: Italian (`URL
# consultato il`, `Archiviato dall'url originale il`, `ultimo accesso`), Portuguese (`Consultado em`, `acesso
# em`), Polish (`dostęp`, `pobrano`), Turkish (`Erişim tarihi`), Arabic (`اطلع عليه بتاريخ`, `تاريخ الوصول`),
# Spanish's `fecha de acceso`, `visitado`, `consulta:`; and German's `Abruf:`, French's `dernière
# consultation`, Russian's `дата просмотра`, Ukrainian's `дата перегляду`, an archive's `snapshot`: read as
# the note's day, a post of the day it was read passed.
# A capture's day is the note's reader's too (`screenshot taken on`, `captured`, `saved`, `archive date:`), as
# is one reached through an archive (`accessed via the Wayback Machine on`: two words at most name it).
# So is the day a list, a register or a dashboard is cited as it stood on (`(as of March 5, 2023)`, `as at
# 5 March 2023`, `Stand: 05.03.2023`, `Datenstand`, `по состоянию на 5 марта 2023`, `станом на 5 березня
# 2023`, `à jour au`, `état au`, `situation au`, `a fecha de`, `actualizado a`, `con corte al`): the page may
# have been published years before, and its date check failed a correct note. `Stand` takes no comma after
# it (`The Last Stand, 5 March 2023` is a title and its date); French `en date du` is left out: `lettre en
# date du 5 mars` is the letter's own date.
# So is the day a post was deleted (`(deleted January 25, 2022)`, `удалено`, `видалено`): read as the note's
# other day, it made a correct note's day a warning; alone, it was compared as the post's day and passed a
# note that never says when the post was published.
# 閲覧 and 参照 (read), アクセス, 访问 and 訪問 (visited), 检索 and 檢索 (retrieved), 取得 (obtained); Korean
# 접속 (accessed), 열람 (read), 검색 (retrieved).
_EAST_ASIAN_ACCESS = (
    "(?:\u95b2\u89a7|\u53c2\u7167|\u30a2\u30af\u30bb\u30b9|\u8bbf\u95ee|\u8a2a\u554f|\u68c0\u7d22"
    "|\u6aa2\u7d22|\u53d6\u5f97|\uc811\uc18d|\uc5f4\ub78c|\uac80\uc0c9"
    # Archived and cited (`存档于`, `存檔於`, Baidu Baike's `引用日期`): read as the note's day,
    # a true note failed.
    "|\u5b58\u6863|\u5b58\u6a94|\u5f15\u7528(?=\u65e5\u671f))"
)
_ACCESS_WORDS = on_first_use(
    r"(?:(?:retrieved|accessed|access date|date of access|archive date|archived(?: from the original| copy)?"
    r"|visited|viewed|consulted|checked|captured|screenshot(?:ted| taken)?|snapshot(?: taken| of)?|saved"
    r"|downloaded|\[cited|дата обращения|дата доступа|дата просмотра|дата звернення|дата перегляду"
    r"|переглянуто|consulté(?:e)?|consultation|abgerufen|abruf(?:datum)?|visitado|consulta|consultazione"
    r"|zugegriffen|aufgerufen|zugriff|consultado|fecha de (?:consulta|acceso)|recuperado|accedido|accesado"
    r"|consultato|(?:ultimo |data di )?accesso|visitato|archiviato(?: dall'url originale)?|acess(?:o|ad[oa])"
    r"|arquivado(?: do original)?|(?:data )?dost\u0119pu?|dostep|pobrano|eri[s\u015f]im(?: tarihi)?"
    r"|eri[s\u015f]ildi|\u062a\u0627\u0631\u064a\u062e \u0627\u0644\u0648\u0635\u0648\u0644"
    r"|\u0627\u0637\u0644\u0639 \u0639\u0644\u064a\u0647(?: \u0628\u062a\u0627\u0631\u064a\u062e)?"
    # Arabic's date of perusal (`تاريخ الاطلاع`, `تم الاطلاع عليه في`), of the visit (`تمت الزيارة في`) and
    # reached (`تم الوصول إليه في`): read as the publication's, a post of the day it was read passed.
    # Russian's `просмотрено` and `дата посещения` (viewed, date of the visit), Ukrainian's `дата доступу`.
    r"|(?:\u062a\u0627\u0631\u064a\u062e |\u062a\u0645 )?\u0627\u0644\u0627\u0637\u0644\u0627\u0639"
    r"(?: \u0639\u0644\u064a\u0647)?(?: \u0641\u064a| \u0628\u062a\u0627\u0631\u064a\u062e)?"
    r"|(?:\u062a\u0645\u062a |\u062a\u0627\u0631\u064a\u062e )\u0627\u0644\u0632\u064a\u0627\u0631\u0629"
    r"(?: \u0641\u064a| \u0628\u062a\u0627\u0631\u064a\u062e)?"
    r"|\u062a\u0645 \u0627\u0644\u0648\u0635\u0648\u0644(?: \u0625\u0644\u064a\u0647)?"
    r"(?: \u0641\u064a| \u0628\u062a\u0627\u0631\u064a\u062e)?"
    r"|просмотрено|дата посещения|дата доступу"
    # Belarusian's, Serbian's, Bulgarian's and Macedonian's, as their Wikipedias cite; Greek's (retrieved,
    # archived from the original), escaped: ruff takes Greek letters for Latin ones.
    # Vietnamese's `Truy cập` (accessed) and `Lưu trữ bản gốc` (archived from the original), the letters
    # composed or not: any of a few in their places.
    # `ngày` (day) after them (`Truy cập ngày 25/01/2022`): the access date was read as the note's.
    r"|(?:truy\s{1,3}c\S{1,4}p|l\S{1,2}u\s{1,3}tr\S{1,3}(?:\s{1,3}b\S{1,3}n\s{1,3}g\S{1,3}c)?)"
    r"(?:\s{1,3}ng\S{1,3}y)?"
    # Persian's, as its Wikipedia cites (reviewed, archived from the original, access), escaped.
    r"|\u0628\u0627\u0632\u0628\u06cc\u0646\u06cc\u200c?\s?\u0634\u062f\u0647(?: \u062f\u0631)?"
    r"|\u0628\u0627\u06cc\u06af\u0627\u0646\u06cc\u200c?\s?\u0634\u062f\u0647"
    r"(?: \u0627\u0632 \u0627\u0635\u0644\u06cc)?(?: \u062f\u0631)?"
    r"|(?:\u062a\u0627\u0631\u06cc\u062e )?\u062f\u0633\u062a\u0631\u0633\u06cc(?: \u062f\u0631)?"
    # Indonesian's, Malay's and Dutch's (accessed, retrieved, archived from the original).
    r"|diakses(?: pada)?(?: tanggal)?|dicapai(?: pada)?|diarsipkan(?: dari versi asli)?(?: pada)?"
    r"(?: tanggal)?|diarkibkan(?: daripada yang asal)?(?: pada)?|geraadpleegd(?: op)?"
    r"|gearchiveerd(?: van het origineel)?(?: op)?"
    r"|праверана|приступљено|посетено на|посетен на"
    # Hebrew's, as its Wikipedia cites (`אוחזר ב־25 בינואר 2022`: retrieved on; date of access, viewed,
    # checked, archived), escaped; `ב` (on) and its hyphen or maqaf after them below. Unread, the access
    # date written first was the note's.
    r"|\u05d0\u05d5\u05d7\u05d6\u05e8|\u05e0\u05d3\u05dc\u05d4|\u05e0\u05e6\u05e4\u05d4|\u05e0\u05d1\u05d3\u05e7"
    r"|\u05ea\u05d0\u05e8\u05d9\u05da \u05d2\u05d9\u05e9\u05d4"
    r"|\u05d4\u05d5\u05e2\u05d1\u05e8 \u05dc\u05d0\u05e8\u05db\u05d9\u05d5\u05df"
    # Croatian's, Serbian's and Bosnian's in Latin letters (`Pristupljeno 5. veljače 2023.`, `Datum
    # pristupa`, `Preuzeto`, `Arhivirano iz originala`).
    r"|pristupljeno(?: dana)?|datum pristupa|preuzeto(?: dana)?"
    # Czech's, Slovak's and Slovenian's (`citováno 5. února 2023`, `navštíveno`, `citované`, `pridobljeno`).
    r"|citov\u00e1no|citovan\u00e9|cit\.|nav\u0161t\u00edveno|nav\u0161t\u00edven\u00e9|pridobljeno"
    r"|dostopano"
    # Hungarian's, Romanian's, Finnish's, Swedish's, Danish's and Norwegian's and Estonian's, as their
    # Wikipedias cite (`Let\u00f6lt\u00e9s ideje: 2023. febru\u00e1r 5.`, `Accesat la 5 februarie 2023`,
    # `Viitattu 5.2.2023`, `L\u00e4st 5 februari 2023`, `Hentet 5. februar 2023`, `Vaadatud 5.02.2023`): read
    # as the note's day, a post of the day it was read passed.
    r"|let\u00f6ltve|let\u00f6lt\u00e9s(?: ideje)?|hozz\u00e1f\u00e9r\u00e9s(?: ideje)?"
    r"|accesat(?: la| \u00een)?"
    r"|viitattu|h\u00e4mtad|l\u00e4st|hentet|vaadatud"
    # Lithuanian's (viewed, visited, checked: `žiūrėta 2024-05-01`) and Latvian's (viewed: `skatīts 2024.
    # gada 1. maijā`), with their letters or without: read as the note's day, a post of the day it was read
    # passed.
    r"|\u017ei\u016br\u0117ta|ziureta|aplankyta|tikrinta|skat\u012bts|skatits|apl\u016bkots|aplukots"
    r"|arhivirano(?: iz originala| s izvornika)?(?: na| dana)?"
    r"|(?:архивирано|архивирана|архивиран)(?: из оригинала| от оригинала)?(?: на)?"
    r"|архівавана"
    r"|\u03b1\u03bd[\u03b1\u03ac]\u03ba\u03c4[\u03b7\u03ae]\u03b8\u03b7\u03ba\u03b5"
    r"(?: \u03c3\u03c4\u03b9\u03c2)?"
    r"|\u03b1\u03c1\u03c7\u03b5\u03b9\u03bf\u03b8\u03b5\u03c4[\u03b7\u03ae]\u03b8\u03b7\u03ba\u03b5"
    r"(?: \u03b1\u03c0[\u03bf\u03cc] \u03c4\u03bf"
    r" \u03c0\u03c1\u03c9\u03c4[\u03bf\u03cc]\u03c4\u03c5\u03c0\u03bf)?"
    r"(?: \u03c3\u03c4\u03b9\u03c2)?)"
    r"(?:\s+(?:via|through|from|at)\s+(?:the\s+)?[\w.]+(?:\s+[\w.]+)?\s*,?)?"
    r"(?:\s+(?:on|le|am|el|il|em|z dnia|\u05d1))?\s*[:,\u05be-]?"
    r"|(?:\bas (?:of|at)|(?<!such )\bas on|по состоянию на|состояние на|станом на|\b[àa] jour au|\b[ée]tat au"
    r"|\bsituation au|\ba fecha de|\bactualizad[oa]s? al?|\bcon corte al?)\s*[:,]?"
    r"|\b(?:daten)?stand(?: vom| per| am)?\s*:?"
    # A deletion's day right before the date: not `removed from Kherson, 21 January 2022` (a title's words).
    r"|\b(?:deleted|removed|taken down|удален(?:\u043e|\u0430|\u044b)?|удал\u0451н"
    r"|видален(?:\u043e|\u0430|\u0456)?)(?:\s+(?:on|\u0432|\u0443))?\s*[:,-]?"
    # Japanese, Chinese and Korean access dates (`閲覧日: 2023年2月5日`, `访问日期`, `검색일`).
    f"|{_EAST_ASIAN_ACCESS}(?:\u65e5(?:\u671f)?|\uc77c|[\u4e8e\u65bc])?\\s*[:\uff1a,-]?"  # `检索于`: on
    r")\s*$",
    re.IGNORECASE,
)
_ACCESS_LOOKBEHIND = 40
# A date after these words is when the source changed, not when it was published: another date wins over it.
# So is the day what it shows was filmed, recorded or photographed (`Video filmed January 21, 2022, Rybar,
# Telegram, January 23, 2022`): taken for the note's, the post of the 23rd warned as of another day.
# In Russian, Ukrainian, German, French, Spanish, Portuguese and Italian too (`обновлено 25.01.2022`,
# `оновлено`, `aktualisiert am`, `mis à jour le`, `actualizado el`, `atualizado em`, `aggiornato il`): read as
# plain, the update's day beside the publication's made the note one of two days, and alone before it, the
# note's.
_UPDATE_WORDS = on_first_use(
    r"(?:updated|last updated|modified|last modified|edited|revised|filmed|recorded|photographed"
    r"|обновлено|обновлена|изменено|отредактировано|оновлено|змінено|відредаговано|aktualisiert"
    r"|ge\u00e4ndert|bearbeitet|mis \u00e0 jour|modifi\u00e9e?|actualizad[oa]|editad[oa]|modificad[oa]"
    r"|atualizad[oa]|aggiornat[oa]"
    # Arabic's `آخر تحديث` (last update), `تم التحديث` (updated), `تحديث:`.
    r"|(?:\u0622\u062e\u0631 |\u062a\u0645 \u0627\u0644)?\u062a\u062d\u062f\u064a\u062b(?: \u0641\u064a)?"
    # Turkish's (`güncellendi`, `son güncelleme`), Indonesian's (`diperbarui`), Vietnamese's (`cập nhật`, the
    # letters composed or not), Persian's (`به‌روزرسانی`, `به‌روز شده`) and Hebrew's (`עודכן`): read as plain,
    # the update's day beside the publication's made the note one of two days.
    r"|(?:son\s{1,3})?g\u00fcncelle(?:ndi|me)|diperbarui(?:\s{1,3}pada)?|c\S{1,4}p\s{1,3}nh\S{1,4}t"
    r"|\u0628\u0647\u200c?\s?\u0631\u0648\u0632(?:\u0631\u0633\u0627\u0646\u06cc|\s\u0634\u062f\u0647)"
    r"(?: \u062f\u0631)?"
    r"|\u05e2\u05d5\u05d3\u05db\u05df(?: \u05dc\u05d0\u05d7\u05e8\u05d5\u05e0\u05d4)?)"
    r"(?:\s+(?:on|в|\u043e|am|le|el|em|il))?\s*[:,-]?\s*$",
    re.IGNORECASE,
)

# A date after these words is when the source was published, whatever dates come before it: a title's date
# left unquoted (`Situation report for 21 January 2022, Telegram, posted 25 January 2022`) was taken for the
# note's, and the report of the 21st passed. Not an original's (`originally posted`): the cited copy is
# another post.
_PUBLISHED_WORDS = on_first_use(
    r"(?:(?<!originally )(?:posted|published|tweeted|uploaded)(?:\s+online)?|publication date"
    r"|date of publication|date (?:posted|published)|опубликовано|опубликована|опубликован|дата публикации"
    r"|опубліковано|дата публікації|publiée?|veröffentlicht|publicad[oa]"
    # Arabic's `نشر في`, `نُشر في`, `تاريخ النشر` (published on, date of publication).
    r"|(?<![\u0620-\u064a])\u0646\u064f?\u0634\u0650?\u0631"
    r"(?: \u0641\u064a| \u0628\u062a\u0627\u0631\u064a\u062e)?"
    r"|\u062a\u0627\u0631\u064a\u062e \u0627\u0644\u0646\u0634\u0631"
    # Turkish's (published, date of publication, the dotless i written or not), Indonesian's (`diterbitkan`,
    # `dipublikasikan`), Persian's (`منتشر شده`, `تاریخ انتشار`) and Hebrew's (`פורסם`, `תאריך פרסום`).
    r"|yay[\u0131i][nm]land[\u0131i]|yay[\u0131i]nlanma|yay[\u0131i]n\s{1,3}tarihi|diterbitkan|dipublikasikan"
    r"|\u0645\u0646\u062a\u0634\u0631\s\u0634\u062f\u0647(?: \u062f\u0631)?"
    r"|\u062a\u0627\u0631\u06cc\u062e \u0627\u0646\u062a\u0634\u0627\u0631"
    r"|\u05e4\u05d5\u05e8\u05e1\u05dd|\u05ea\u05d0\u05e8\u05d9\u05da \u05e4\u05e8\u05e1\u05d5\u05dd)"
    r"(?:\s+(?:on|at|le|am|el|в|pada|\u05d1))?"
    r"\s*[:,-]?\s*$",
    re.IGNORECASE,
)


class DateFind(NamedTuple):
    """The first date in a text: `date` when it is one day; `ambiguous` when day and month could swap;
    `in_a_range` when the text's only days bound a range (`between January 19 and January 23, 2022`), or are
    either of two (`21 or 22 January 2022`)."""

    date: dt.date | None
    ambiguous: bool = False
    text: str = ""
    in_a_range: bool = False
    # A note's one day and month without their year (`21 January`), where no year of the note could be read
    # with it (`find_date(..., year_apart=True)`): said, so the writer knows what to add.
    without_its_year: str = ""


# The Hebrew calendar's years of the sources cited (`_HEBREW_YEAR`): no Gregorian day (`15 Nisan 5784`, which
# Turkish's `Nisan`, April, read as 15 April 5784 beside its Hebrew day: two days).
_HEBREW_YEARS = range(5600, 5811)


def _valid(year: int, month: int, day: int) -> dt.date | None:
    if year in _HEBREW_YEARS:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _matched(match: re.Match[str], source: str) -> str:
    return source[match.start() : match.end()]


_BUDDHIST_ERA_OFFSET = 543
_BUDDHIST_ERA_YEARS = range(1940 + _BUDDHIST_ERA_OFFSET, 2101 + _BUDDHIST_ERA_OFFSET)
# A two-digit year as `%y` reads it (`22` is 2022, `99` is 1999); an era's year from the era's first.
_TWO_DIGIT_YEARS_BEFORE_2000 = 69
_ERAS = {
    "\u4ee4\u548c": 2019,  # 令和, Reiwa
    "\u5e73\u6210": 1989,  # 平成, Heisei
    "\u662d\u548c": 1926,  # 昭和, Showa
    "R": 2019,  # Reiwa, Heisei and Showa by their initials (`R4.1.21`), as Japanese forms write them
    "H": 1989,
    "S": 1926,
    "\u6c11\u570b": 1912,  # 民國, the Republic of China (Taiwan)
    "\u6c11\u56fd": 1912,  # 民国
}


def _year(match: re.Match[str]) -> int:
    written = match.group("year")
    if len(written) == 4:
        year = int(written)
        # Thailand counts its years from the Buddha (`2565` is 2022): no Gregorian post is of those years.
        return year - _BUDDHIST_ERA_OFFSET if year in _BUDDHIST_ERA_YEARS else year
    era = match.groupdict().get("era")
    if era is not None:
        era = era.upper() if len(era) == 1 else era  # `r4.1.21` in the lowered text
        return _ERAS[era] + (0 if written == "\u5143" else int(written) - 1)  # 元年, the era's first
    year = int(written)
    if len(written) == 3:
        return _ERAS["\u6c11\u570b"] + year - 1  # Taiwan's year without its era's name (`111年`)
    return year + (1900 if year >= _TWO_DIGIT_YEARS_BEFORE_2000 else 2000)


# Croatian's October, `listopad`, is Polish's November. Croatian stops the day (`21. listopada 2022.`),
# Polish does not (`21 listopada 2022 r.`); a note's letters tell them apart first (Polish `ł`, `ś`; Croatian
# `č`, `š`; both write `ć`). Read as Polish, a Croatian note's post of 21 October failed as a month off.
_LISTOPAD = frozenset(("listopada", "listopad"))
_POLISH_LETTERS = frozenset("ąęłńóśźż")
_CROATIAN_LETTERS = frozenset("čđšž")
_LETTERS_AROUND = 200


def _listopad_by_letters(source: str, start: int, end: int) -> int | None:
    """October in a Croatian note, November in a Polish one (`_LISTOPAD`), as the letters around
    `start`-`end` tell; None where they do not."""
    letters = set(source[max(0, start - _LETTERS_AROUND) : end + _LETTERS_AROUND].casefold())
    polish, croatian = bool(letters & _POLISH_LETTERS), bool(letters & _CROATIAN_LETTERS)
    if polish != croatian:
        return 11 if polish else 10
    return None


def _listopad(match: re.Match[str], source: str) -> int:
    """October in a Croatian note, November in a Polish one (`_LISTOPAD`)."""
    by_letters = _listopad_by_letters(source, match.start(), match.end())
    if by_letters is not None:
        return by_letters
    day_stopped = source[match.end("day") : match.start("month")].lstrip().startswith(".")
    return 10 if day_stopped else 11


# Abbreviations that are English words too (`10 out 2022`, `2 set 2022`): a month only with the stop that
# Portuguese's ABNT and Italian notes write after them (`21 out. 2022`, `21 set. 2022`, `21 gen. 2022`).
# Not `ago`, which Spanish and Italian notes write without it (`21 ago 2022`): English's `ago` stands after
# a length of time (`2 years ago 2022`), never between a day's number and a year.
_STOPPED_ABBREVIATIONS = frozenset(("out", "set", "gen", "ian"))


def _named_month(match: re.Match[str], source: str) -> DateFind:
    # casefold, not lower: `re.IGNORECASE` also matches letters that only fold to a month's (a long s in
    # `sep`, a rounded ve in `вересня`), and a name missing from both tables was a crash.
    written, day, year = match.group("month", "day", "year")
    name = written.casefold()
    month = _SLAVIC_MONTHS.get(name) or _WESTERN_MONTHS.get(name) or _MONTHS.get(name[:3])
    if name in _STOPPED_ABBREVIATIONS and not source.startswith(".", match.end("month")):
        return DateFind(None, False, _matched(match, source))
    if name in _POLISH_SMALL_ONLY and (
        not written.islower()
        or (name in _CROATIAN_TOO and source[match.end("day") : match.start("month")].lstrip()[:1] == ".")
    ):
        return DateFind(None, False, _matched(match, source))
    if name in _LISTOPAD:
        month = _listopad(match, source)
    start, end = match.span()
    # Only some formats name a second month (`_ARABIC_SECOND_NAME`): asked of the pattern, not of a
    # dict of every group built for each date read (a third of this function's work).
    second = match.group("month2") if "month2" in match.re.groupindex else None
    if month is None or (second is not None and _WESTERN_MONTHS.get(second) != month):
        return DateFind(None, False, source[start:end])
    # A four-digit year (most notes') read here, not by `_year`, which asks for the era's group too.
    if len(year) == 4 and int(year) not in _BUDDHIST_ERA_YEARS:
        return DateFind(_valid(int(year), month, int(day)), False, source[start:end])
    return DateFind(_valid(_year(match), month, int(day)), False, source[start:end])


# The Solar Hijri years that stand for days from 1921 to 2042 (`1400/11/01`, as Iran and Afghanistan date, is
# 21 January 2022): read as Gregorian, the note was dated 1 November 1400. (A Lunar Hijri year of these
# numbers is a day of 1882-2000, before the sources cited.) No Gregorian day is written with a year before
# the calendar's start (1583): a numeric date of another such year (Lunar Hijri `1443/06/18`) is not read.
_SOLAR_HIJRI_YEARS = range(1300, 1421)
_FIRST_GREGORIAN_YEAR = 1583
# The days the 33-year rule counts to 1 Farvardin of a year, less this, are that day's Gregorian ordinal
# (1 Farvardin 1400 is 21 March 2021); the rule holds for 1178-1634.
_SOLAR_HIJRI_EPOCH = 366 - dt.date(1, 1, 1).toordinal()


def _solar_hijri(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Solar Hijri date: six months of 31 days, five of 30, Esfand of 29 (30 in a
    leap year)."""
    if not (1 <= month <= 12 and 1 <= day <= (31 if month <= 6 else 30)):
        return None
    counted = year + 1595
    days = -355668 + 365 * counted + (counted // 33) * 8 + ((counted % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month <= 6 else 186 + (month - 7) * 30
    gregorian = dt.date.fromordinal(days - _SOLAR_HIJRI_EPOCH)
    if month == 12 and day == 30 and gregorian == _solar_hijri(year + 1, 1, 1):
        return None  # the 30th of Esfand of a common year
    return gregorian


def _numeric(year_first: bool) -> Callable[[re.Match[str], str], DateFind]:
    def read(match: re.Match[str], source: str) -> DateFind:
        year, first, second = _year(match), int(match.group("a")), int(match.group("b"))
        if year_first and year in _SOLAR_HIJRI_YEARS:
            date = _solar_hijri(year, first, second)
        elif year < _FIRST_GREGORIAN_YEAR:
            date = None
        else:
            date = _valid(year, first, second) if year_first else _valid(year, second, first)
        return DateFind(date, text=_matched(match, source))

    return read


# Persian names the Solar Hijri months (`1 بهمن 1400`, in Persian digits too, is 21 January 2022): read as no
# month, the note had no day. So does Afghanistan's Dari, by the zodiac's names (`1 دلو 1400`, Dalw, is 1
# Bahman).
_PERSIAN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            (
                "\u0641\u0631\u0648\u0631\u062f\u06cc\u0646",
                "\u0641\u0631\u0648\u0631\u062f\u064a\u0646",
                "\u062d\u0645\u0644",
            ),
            (
                "\u0627\u0631\u062f\u06cc\u0628\u0647\u0634\u062a",
                "\u0627\u0631\u062f\u064a\u0628\u0647\u0634\u062a",
                "\u062b\u0648\u0631",
            ),
            ("\u062e\u0631\u062f\u0627\u062f", "\u062c\u0648\u0632\u0627"),
            ("\u062a\u06cc\u0631", "\u062a\u064a\u0631", "\u0633\u0631\u0637\u0627\u0646"),
            ("\u0645\u0631\u062f\u0627\u062f", "\u0627\u0633\u062f"),
            (
                "\u0634\u0647\u0631\u06cc\u0648\u0631",
                "\u0634\u0647\u0631\u064a\u0648\u0631",
                "\u0633\u0646\u0628\u0644\u0647",
            ),
            ("\u0645\u0647\u0631", "\u0645\u06cc\u0632\u0627\u0646", "\u0645\u064a\u0632\u0627\u0646"),
            ("\u0622\u0628\u0627\u0646", "\u0627\u0628\u0627\u0646", "\u0639\u0642\u0631\u0628"),
            ("\u0622\u0630\u0631", "\u0627\u0630\u0631", "\u0642\u0648\u0633"),
            ("\u062f\u06cc", "\u062f\u064a", "\u062c\u062f\u06cc", "\u062c\u062f\u064a"),
            ("\u0628\u0647\u0645\u0646", "\u062f\u0644\u0648"),
            ("\u0627\u0633\u0641\u0646\u062f", "\u062d\u0648\u062a"),
        ),
        start=1,
    )
    for name in names
}
_PERSIAN_MONTH = rf"(?P<month>{'|'.join(sorted(_PERSIAN_MONTHS, key=len, reverse=True))})(?!\w)"


def _persian_month(match: re.Match[str], source: str) -> DateFind:
    year = int(match.group("year"))
    month, day = _PERSIAN_MONTHS[match.group("month")], int(match.group("day"))
    date = _solar_hijri(year, month, day) if year in _SOLAR_HIJRI_YEARS else None
    return DateFind(date, text=_matched(match, source))


# The order a note says its numeric dates are written in, in brackets after the date (`01/02/2022
# (DD/MM/YYYY)`, `(day/month/year)`, `(MM-DD-YY)`, French `(jj/mm/aaaa)`, Italian `(gg/mm/aaaa)`, German
# `(TT/MM/JJJJ)`) or before it (`Date (DD/MM/YYYY): 01/02/2022`): read as ambiguous, a note that says which of
# its numbers is the day failed `schema`. Asked only of a date whose day and month could swap.
_ORDER_PART = r"\s{0,2}[/.-]\s{0,2}"
_SAID_ORDER = (
    r"[(\[]\s{0,2}(?P<first>dd?|day|jj?|gg?|tt?|mm?|month)"
    rf"{_ORDER_PART}(?P<second>dd?|day|jj?|gg?|tt?|mm?|month){_ORDER_PART}(?:y{{2,4}}|year|a{{2,4}}|j{{4}})"
    r"\s{0,2}[)\]]"
)
# Or by whose order it is (`(US date)`, `(American format)`: month first; `(UK date)`, `(European format)`:
# day first).
_SAID_CUSTOM = (
    r"[(\[]\s{0,2}(?:(?P<us>US|U\.S\.|American)|UK|U\.K\.|British|European|EU)\s{1,2}(?:date|format|style)"
    r"\s{0,2}[)\]]"
)
_ORDER_SAID_AFTER = on_first_use(rf"\s{{0,3}}(?:{_SAID_ORDER}|{_SAID_CUSTOM})", re.IGNORECASE)
_ORDER_SAID_BEFORE = on_first_use(rf"(?:{_SAID_ORDER}|{_SAID_CUSTOM})\s{{0,3}}:?\s{{0,3}}$", re.IGNORECASE)
_ORDER_REACH = 32  # `(month/day/year): `, and room
_DAY_WORDS = frozenset(("d", "dd", "day", "j", "jj", "g", "gg", "t", "tt"))
_MONTH_WORDS = frozenset(("m", "mm", "month"))


def _said_day_first(match: re.Match[str], source: str) -> bool | None:
    """Whether the note says its numeric date at `match` is written day first (`(DD/MM/YYYY)` after it or
    before it), month first (`(MM/DD/YYYY)`), or None where it says neither."""
    said = _ORDER_SAID_AFTER().match(source, match.end()) or _ORDER_SAID_BEFORE().search(
        source, max(0, match.start() - _ORDER_REACH), match.start()
    )
    if said is None:
        return None
    if said["first"] is None:
        return said["us"] is None  # `(US date)`: month first; `(UK date)`: day first
    first, second = said["first"].casefold(), said["second"].casefold()
    if first in _DAY_WORDS and second in _MONTH_WORDS:
        return True
    if first in _MONTH_WORDS and second in _DAY_WORDS:
        return False
    return None


def _slashed(match: re.Match[str], source: str) -> DateFind:
    # 21/01/2022 is day-first, 01/21/2022 month-first; 03/04/2022 could be either, so it is not guessed,
    # unless the note says which (`_said_day_first`).
    year, first, second = _year(match), int(match.group("a")), int(match.group("b"))
    if year < _FIRST_GREGORIAN_YEAR:
        return DateFind(None)  # another calendar's year (`01/11/1400`): no Gregorian day
    if first != second and first <= 12 and second <= 12:
        day_first = _said_day_first(match, source)
        if day_first is not None:
            day, month = (first, second) if day_first else (second, first)
            return DateFind(_valid(year, month, day), text=_matched(match, source))
        return DateFind(None, ambiguous=True, text=_matched(match, source))
    day, month = (first, second) if first > 12 else (second, first)
    return DateFind(_valid(year, month, day), text=_matched(match, source))


# A numeric date in Arabic-Indic digits (`١٢-٠٣-٢٠٢٤`, `١٢/٠٣/٢٠٢٤`): its two numbers before the four-digit
# year, one mark between each. Only those digits and one mark: read whole with `fullmatch`, linear.
_ARABIC_INDIC_NUMERIC_DATE = on_first_use(
    r"(?P<a>[\u0660-\u0669]{1,2}) ?(?P<mark>[-/.]) ?(?P<b>[\u0660-\u0669]{1,2}) ?(?P=mark) ?"
    r"(?P<year>[\u0660-\u0669]{4})"
)
_MOST_ARABIC_NUMERIC_DATE_CHARS = 16


def read_day_first_in_arabic(found: DateFind) -> DateFind:
    """`found` (`find_date`'s, on a page written in Arabic) read day first where it is a numeric date in
    Arabic-Indic digits whose day and month could swap (`١٢-٠٣-٢٠٢٤`, 12 March 2024): Arabic's writers put
    the day first, and such a date on an Arabic newspaper's page dated nothing. The caller says the page is
    in Arabic; any other find, and the same date in ASCII digits, is returned as it was."""
    if not found.ambiguous or len(found.text) > _MOST_ARABIC_NUMERIC_DATE_CHARS:
        return found
    written = _ARABIC_INDIC_NUMERIC_DATE().fullmatch(found.text)
    if written is None:
        return found
    year = int(written["year"])  # int() reads Arabic-Indic digits as their values
    if year < _FIRST_GREGORIAN_YEAR:
        return found
    day = _valid(year, int(written["b"]), int(written["a"]))
    return found._replace(date=day, ambiguous=False) if day is not None else found


def _year_month_day(match: re.Match[str], source: str) -> DateFind:
    year, month, day = _year(match), int(match.group("a")), int(match.group("b"))
    date = _valid(year, month, day) if year >= _FIRST_GREGORIAN_YEAR else None
    return DateFind(date, text=_matched(match, source))


# The day's sign: 日, or as Chinese writes it colloquially, 号 (Taiwan's 號): `2022年1月21号`, unread, was no
# date.
_CHINESE_DAY = "[\u65e5\u53f7\u865f]"
_NIAN = "\u5e74"
_EAST_ASIAN_FORMATS: tuple[tuple[Compiled, Callable[[re.Match[str], str], DateFind], str], ...] = tuple(
    (
        on_first_use(
            rf"(?<!\d)(?P<year>\d{{4}})\s*{year}\s*(?P<a>\d{{1,2}})\s*{month}\s*(?P<b>\d{{1,2}})\s*{day}"
        ),
        _year_month_day,
        year,
    )
    for year, month, day in ((_NIAN, "\u6708", _CHINESE_DAY), ("\ub144", "\uc6d4", "\uc77c"))
)
# Each format with what its every match holds: a month's name, a Cyrillic letter, or a separator (`_NAMED`,
# `_CYRILLIC`): a text without it is not searched for that format.
_NAMED = "month name"
_CYRILLIC = "Cyrillic letter"
_WESTERN = "French, German or Spanish month name"
_SPANISH_FIRST = "Spanish month name before the day"
_PERSIAN = "Persian month name"
_ROMAN = "Roman numeral month"
_THAI = "Thai month name"
_VIETNAMESE = "Vietnamese word for month"
_SPANISH_MONTHS = (
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre"
    # Hungarian's, as a note written month first gives them (`janu\u00e1r 21, 2022`); Hungarian's own
    # order, the year first, is `_HUNGARIAN_YEAR_FIRST`'s.
    "|janu\u00e1r|febru\u00e1r|m\u00e1rcius|marcius|\u00e1prilis|aprilis|m\u00e1jus|majus|j\u00fanius"
    "|j\u00falius|augusztus|szeptember|okt\u00f3ber"
)
# What every match of that format holds: in the lowered text (a fifth of the time `re.IGNORECASE` takes), or
# in the text as it is.
_LOWERED_SPANISH_MONTH_AND_DAY = on_first_use(rf"(?:{_by_first_character(_SPANISH_MONTHS)})\s+\d")
_SPANISH_MONTH_AND_DAY = on_first_use(rf"(?:{_SPANISH_MONTHS})\s+\d", re.IGNORECASE)
_ROMAN_MONTHS = {
    numeral: number
    for number, numeral in enumerate(
        ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"), 1
    )
}


def _roman_month(match: re.Match[str], source: str) -> DateFind:
    date = _valid(_year(match), _ROMAN_MONTHS[match.group("month")], int(match.group("day")))
    return DateFind(date, text=_matched(match, source))


# Polish, Czech and Russian legal writing number the month in capital Roman numerals: `21.I.2022`, `21 I
# 2022`, `21-I-2022`, `21. XII. 2021`, and with slashes, `21/I/2022` (as Italian and Spanish forms write
# it). Read as no date, the note had none. Spelt to open with the day's digit (as `_digits_after_none_of`
# below), read in the text as it is (a capital `I` is no lowered `i`).
_ROMAN_FORMAT: tuple[Compiled, Callable[[re.Match[str], str], DateFind], str] = (
    on_first_use(
        r"(?P<day>\d(?<![\w./\u2013-]\d)\d?)(?:\.\s?|\s|-|/)(?P<month>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)"
        r"(?:\.\s?|\s|-|/)(?P<year>\d{4})(?![\d/])"
    ),
    _roman_month,
    _ROMAN,
)

# Thai names the month after the day, in full or abbreviated, the year often of the Buddhist era (`21 มกราคม
# 2565`, `21 ม.ค. 2565`, `21 มกราคม พ.ศ. 2565`: 21 January 2022). Read as no date, the note had none.
_THAI_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("มกราคม", "ม.ค."),
            ("กุมภาพันธ์", "ก.พ."),
            ("มีนาคม", "มี.ค."),
            ("เมษายน", "เม.ย."),
            ("พฤษภาคม", "พ.ค."),
            ("มิถุนายน", "มิ.ย."),
            ("กรกฎาคม", "ก.ค."),
            ("สิงหาคม", "ส.ค."),
            ("กันยายน", "ก.ย."),
            ("ตุลาคม", "ต.ค."),
            ("พฤศจิกายน", "พ.ย."),
            ("ธันวาคม", "ธ.ค."),
        ),
        start=1,
    )
    for name in names
}
_THAI_MONTH = "|".join(re.escape(name) for name in sorted(_THAI_MONTHS, key=len, reverse=True))


def _thai_month(match: re.Match[str], source: str) -> DateFind:
    date = _valid(_year(match), _THAI_MONTHS[match.group("month")], int(match.group("day")))
    return DateFind(date, text=_matched(match, source))


def _thai_month_of_a_short_year(match: re.Match[str], source: str) -> DateFind:
    """A Thai month's day whose year is two digits: the Buddhist era's last two (`65`: 2565, 2022)."""
    year = 2500 + int(match.group("year")) - _BUDDHIST_ERA_OFFSET
    date = _valid(year, _THAI_MONTHS[match.group("month")], int(match.group("day")))
    return DateFind(date, text=_matched(match, source))


_THAI_FORMAT: tuple[Compiled, Callable[[re.Match[str], str], DateFind], str] = (
    on_first_use(
        rf"(?<![\d.\u2013-])(?P<day>\d{{1,2}})\s*(?P<month>{_THAI_MONTH})\s*(?:\u0e1e\.\s?\u0e28\.\s*)?"
        r"(?P<year>\d{4})(?!\d)"
    ),
    _thai_month,
    _THAI,
)


def _may_hold_a_roman_month(text: str) -> bool:
    """Whether `text` holds what every Roman month's day does: a numeral's last letter, then a stop, a space
    or a dash. Asked of the text piece by piece: a tenth of the pattern's search (`benchmarks`); most notes
    hold none of the letters, found faster alone."""
    if "I" not in text and "V" not in text and "X" not in text:
        return False
    return (
        "I." in text
        or "I " in text
        or "I-" in text
        or "V." in text
        or "V " in text
        or "V-" in text
        or "X." in text
        or "X " in text
        or "X-" in text
        or "I/" in text
        or "V/" in text
        or "X/" in text
    )


# GOST R 7.0.100 dates a web source by its year alone, then, after a dash, its day and month (`Рыбарь //
# Telegram. — 2022. — 21 янв. — URL: …`, `— 2022. — 21 января.`): unread, every standard GOST note had no
# date and failed `schema`. Only that shape: a year that no digit, stop, slash or dash runs on to, its stop
# and a dash, then a day and a Cyrillic month that no year follows. The dash left out, as GOST R 7.0.5's
# references and Ukraine's DSTU 8302 write it (`// Известия. 2022. 21 янв.`, `Українська правда. 2022. 21
# січ.`), or an issue's number between (`2022. № 12. 21 янв.`): unread, the note had no date either.
_GOST_FORMAT: tuple[Compiled, Callable[[re.Match[str], str], DateFind], str] = (
    on_first_use(
        rf"(?<![\w./\u2013-]){_YEAR}\.\s{{0,3}}(?:[\u2014\u2013-]\s{{0,3}})?"
        r"(?:\u2116\s{0,2}\d{1,5}\.\s{0,3}(?:[\u2014\u2013-]\s{0,3})?)?"
        rf"(?P<day>\d{{1,2}})\s{{1,3}}{_SLAVIC_MONTH}(?!\s{{0,3}}\d)",
        re.IGNORECASE,
    ),
    _named_month,
    _CYRILLIC,
)


def _vietnamese(match: re.Match[str], source: str) -> DateFind:
    date = _valid(_year(match), int(match.group("a")), int(match.group("day")))
    return DateFind(date, text=_matched(match, source))


# Vietnamese numbers the month after the word for it (`ngày 21 tháng 1 năm 2022`: day 21, month 1, year 2022;
# `21 tháng 01, 2022`), its letters composed or not: unread, the note had no date. The match opens at `ngày`
# (day) where it is written, for a range's words before it (`từ ngày 19 đến ngày 23 tháng 1`).
_VIETNAMESE_MONTH_WORD = "th(?:\u00e1|a\u0301?)ng"
_VIETNAMESE_FORMAT: tuple[Compiled, Callable[[re.Match[str], str], DateFind], str] = (
    on_first_use(
        r"(?<![\w.\u2013-])(?:ng(?:\u00e0|a\u0300?)y\s{1,3})?(?P<day>\d{1,2})\s{1,3}"
        rf"{_VIETNAMESE_MONTH_WORD}\s{{1,3}}(?P<a>\d{{1,2}})(?:\s{{1,3}}n(?:\u0103|a\u0306?)m|,)\s{{1,3}}{_YEAR}",
        re.IGNORECASE,
    ),
    _vietnamese,
    _VIETNAMESE,
)
_ANY_VIETNAMESE_MONTH_WORD = on_first_use(_VIETNAMESE_MONTH_WORD, re.IGNORECASE)

# The Solar Hijri months as English notes spell Persian's (`12 Esfand 1400`, `1 Bahman 1400`) or Dari's
# zodiac (`1 Dalw 1400`), and the Hebrew calendar's months (`21 Shevat 5782`: 23 January 2022): unread, the
# note had no date and failed `schema` on a day it gives. The Hebrew calendar is arithmetic (no moon is
# seen), so its day is exact; its day opens at the sunset before, as a zone's day runs ahead of another's,
# which the `date` check's zones from UTC-12 to UTC+14 take in. Only a year of either calendar's sources
# (Solar Hijri 1300-1420; Hebrew 5600-5810, 1839-2050): `21 Tir 2022` is no date.
_SOLAR_HIJRI_LATIN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("farvardin", "farwardin", "hamal"),
            ("ordibehesht", "ordibehisht", "sawr", "saur", "sowr"),
            ("khordad", "khurdad", "jawza", "jowza", "jauza"),
            ("tir", "saratan"),
            ("mordad", "amordad", "murdad", "asad"),
            ("shahrivar", "shahriwar", "sonbola", "sunbula", "sonbole"),
            ("mehr", "mihr", "mizan"),
            ("aban", "aqrab", "aghrab"),
            ("azar", "adhar", "qaws", "qaus"),
            ("dey", "dei", "jadi", "jaddi"),
            ("bahman", "dalw", "dalv"),
            ("esfand", "isfand", "espand", "hut", "hoot"),
        ),
        start=1,
    )
    for name in names
}
# Numbered from Nisan, as the calendar counts them; Adar alone is a common year's (in a leap year either of
# two: read as no date), Adar I (a negative number here) and Adar II a leap year's.
_HEBREW_ADAR, _HEBREW_ADAR_II = 12, 13
_HEBREW_LATIN_MONTHS = {
    name: number
    for number, names in (
        (1, ("nisan", "nissan")),
        (2, ("iyar", "iyyar")),
        (3, ("sivan",)),
        (4, ("tammuz", "tamuz")),
        (5, ("av", "ab", "menachem av")),
        (6, ("elul",)),
        (7, ("tishrei", "tishri", "tishre")),
        (8, ("cheshvan", "heshvan", "marcheshvan", "marheshvan", "chesvan", "mar cheshvan")),
        (9, ("kislev", "kislew", "chislev")),
        (10, ("tevet", "teves", "tebeth", "teveth")),
        (11, ("shevat", "shvat", "sh'vat", "sh\u2019vat", "shebat")),
        (_HEBREW_ADAR, ("adar",)),
        (_HEBREW_ADAR_II, ("adar ii", "adar bet", "adar beit", "adar sheni", "adar 2")),
        (-_HEBREW_ADAR, ("adar i", "adar aleph", "adar alef", "adar rishon", "adar 1")),
    )
    for name in names
}
_SOLAR_HIJRI_LATIN_YEAR = r"(?:13\d\d|14[01]\d|1420)"
_HEBREW_YEAR = r"(?:5[67]\d\d|580\d|5810)"


def _alternatives(names: dict[str, int]) -> str:
    """The names as a pattern's alternatives, longest first (`adar ii` before `adar`), any space a space's."""
    return "|".join(re.escape(name).replace(r"\ ", r"\s") for name in sorted(names, key=len, reverse=True))


def _other_calendar(match: re.Match[str], source: str) -> DateFind:
    day = int(match.group("day"))
    solar, hebrew = match.group("solar"), match.group("hebrew")
    date = None
    if solar is not None and match.group("solar_year") is not None:
        month = _SOLAR_HIJRI_LATIN_MONTHS[re.sub(r"\s+", " ", solar.lower())]
        date = _solar_hijri(int(match.group("solar_year")), month, day)
    elif hebrew is not None and match.group("hebrew_year") is not None:
        month = _HEBREW_LATIN_MONTHS[re.sub(r"\s+", " ", hebrew.lower())]
        date = _hebrew(int(match.group("hebrew_year")), month, day)
    return DateFind(date, text=_matched(match, source))


def _hebrew_elapsed_days(year: int) -> int:
    """Days from the calendar's epoch to 1 Tishrei of `year`, before the year-length corrections (the molad
    of Tishrei in parts of an hour, the day put off where it falls on Sunday, Wednesday or Friday)."""
    months = (235 * year - 234) // 19
    parts = 12084 + 13753 * months
    day = months * 29 + parts // 25920
    return day + 1 if (3 * (day + 1)) % 7 < 3 else day


def _hebrew_new_year(year: int) -> int:
    """The Gregorian ordinal of 1 Tishrei of `year` (Calendrical Calculations' reckoning)."""
    before, this, after = (_hebrew_elapsed_days(year + shift) for shift in (-1, 0, 1))
    correction = 2 if after - this == 356 else 1 if this - before == 382 else 0
    return _HEBREW_EPOCH + this + correction


# 1 Tishrei of year 1 (7 October 3761 BCE, Julian), as a Gregorian ordinal.
_HEBREW_EPOCH = -1373427


def _hebrew(year: int, month: int, day: int) -> dt.date | None:
    """The Gregorian day of a Hebrew date; None where the month or the day is none of that year's (Adar II
    of a common year), or Adar alone in a leap year (either Adar)."""
    leap = (7 * year + 1) % 19 < 7
    if month < 0:  # Adar I: a leap year's first Adar
        if not leap:
            return None
        month = _HEBREW_ADAR
    elif (month == _HEBREW_ADAR and leap) or (month == _HEBREW_ADAR_II and not leap):
        return None
    length = _hebrew_new_year(year + 1) - _hebrew_new_year(year)

    def days_in(number: int) -> int:
        if number in (2, 4, 6, 10, _HEBREW_ADAR_II) or (number == _HEBREW_ADAR and not leap):
            return 29
        if number == 8 and length % 10 != 5:  # Cheshvan is long only in a year of 355 or 385 days
            return 29
        return 29 if number == 9 and length % 10 == 3 else 30  # Kislev is short in one of 353 or 383

    if not 1 <= day <= days_in(month):
        return None
    last = _HEBREW_ADAR_II if leap else _HEBREW_ADAR
    months = range(7, month) if month >= 7 else (*range(7, last + 1), *range(1, month))
    return dt.date.fromordinal(_hebrew_new_year(year) + sum(days_in(m) for m in months) + day - 1)


# Searched only where the note gives no other day, or only an update's (`find_date`): no note in Gregorian
# days pays for it.
_OTHER_CALENDAR_DAY = on_first_use(
    rf"(?<![\d.\u2013-])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s{{1,3}}(?:of\s{{1,3}})?"
    rf"(?:(?P<solar>{_alternatives(_SOLAR_HIJRI_LATIN_MONTHS)})"
    rf"|(?P<hebrew>{_alternatives(_HEBREW_LATIN_MONTHS)}))(?![\w'\u2019])"
    rf",?\s{{1,3}}(?:(?P<solar_year>{_SOLAR_HIJRI_LATIN_YEAR})|(?P<hebrew_year>{_HEBREW_YEAR}))(?!\d)",
    re.IGNORECASE,
)


# The month first, as American notes write it (`Shevat 21, 5782`, `Bahman 1, 1400`).
_OTHER_CALENDAR_MONTH_FIRST = on_first_use(
    rf"(?<![\w'\u2019])(?:(?P<solar>{_alternatives(_SOLAR_HIJRI_LATIN_MONTHS)})"
    rf"|(?P<hebrew>{_alternatives(_HEBREW_LATIN_MONTHS)}))\s{{1,3}}(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf",?\s{{1,3}}(?:(?P<solar_year>{_SOLAR_HIJRI_LATIN_YEAR})|(?P<hebrew_year>{_HEBREW_YEAR}))(?!\d)",
    re.IGNORECASE,
)


def _other_calendar_day(text: str) -> DateFind:
    """The first Solar Hijri or Hebrew day of `text` named in Latin letters that is no access date."""
    if "13" not in text and "14" not in text and "56" not in text and "57" not in text and "58" not in text:
        return DateFind(None)  # every such day's year opens with one of them
    matches = [*_OTHER_CALENDAR_DAY().finditer(text), *_OTHER_CALENDAR_MONTH_FIRST().finditer(text)]
    for match in sorted(matches, key=lambda match: match.start()):
        found = _other_calendar(match, text)
        if found.date is not None and not _is_access_date(text, match.start()):
            return found
    return DateFind(None)


# Each of APA's days before their month is written in brackets after the year and a comma (`(2022, 21`):
# a note without that is not searched for them.
_APA_DAY_FIRST = "APA's year, then its day"
_APA_YEAR_THEN_DAY = on_first_use(r"\(\d{4},\s{1,3}\d")
_APA_DAY_FIRST_FORMAT: tuple[Compiled, Callable[[re.Match[str], str], DateFind], str] = (
    on_first_use(rf"\({_YEAR},\s{{1,3}}{_DAY}\s{{1,3}}{_MONTH}\s{{0,3}}\)", re.IGNORECASE),
    _named_month,
    _APA_DAY_FIRST,
)
# So do APA's Spanish, French, German, Italian and Portuguese notes: (2022, 21 de enero), (2022, 21. Januar).
_APA_WESTERN_DAY_FIRST_FORMAT: tuple[Compiled, Callable[[re.Match[str], str], DateFind], str] = (
    on_first_use(
        rf"\({_YEAR},\s{{1,3}}{_WESTERN_DAY}(?:de\s+)?\b{_WESTERN_MONTH}(?!\w)\s{{0,3}}\)", re.IGNORECASE
    ),
    _named_month,
    _APA_DAY_FIRST,
)
# Hungarian writes the year first, its stop, the month and the day (`2022. janu\u00e1r 21.`, `2022. szept.
# 21.`), the day's ending after a hyphen where a word follows (`2022. janu\u00e1r 21-\u00e9n`: on the 21st,
# `21-i`: of the 21st): unread, the note had no day. Not a bound's (`21-ig`, until; `21-t\u0151l`, from) nor
# a range's first day (`2022. janu\u00e1r 19\u201321.`): no one day. Nor a day without its stop or ending,
# as English writes a month and its day after a sentence's year (`Annual report 2021. Jan 5, 2022`): the
# month-first date's, not the year before it.
_HUNGARIAN_YEAR_FIRST = "Hungarian year, then its month"
_HUNGARIAN_MONTHS = (
    "janu\u00e1r|jan|febru\u00e1r|febr|feb|m\u00e1rcius|marcius|m\u00e1rc|\u00e1prilis|aprilis|\u00e1pr|apr"
    "|m\u00e1jus|majus|m\u00e1j|j\u00fanius|j\u00fan|j\u00falius|j\u00fal|augusztus|aug|szeptember|szept"
    "|okt\u00f3ber|okt|november|nov|december|dec"
)
_HUNGARIAN_DAY_ENDING = "-?(?:[a\u00e1e\u00e9]n|j[a\u00e1e\u00e9]n|[ae]?i|j[ae]i)(?!\\w)"
_HUNGARIAN_FORMAT: tuple[Compiled, Callable[[re.Match[str], str], DateFind], str] = (
    on_first_use(
        rf"(?P<year>\d(?<![\w.]\d)\d{{3}})\.\s{{0,3}}(?P<month>{_HUNGARIAN_MONTHS})(?!\w)\.?\s{{1,3}}"
        rf"(?P<day>\d{{1,2}})(?!\d)(?!\s{{0,3}}[\u2013\u2014-]\s{{0,3}}\d)(?:\.|{_HUNGARIAN_DAY_ENDING})",
        re.IGNORECASE,
    ),
    _named_month,
    _HUNGARIAN_YEAR_FIRST,
)
# What every match of it holds, in the lowered text: a year's last two digits, its stop, and the first
# letters of one of the months.
_HUNGARIAN_YEAR_AND_MONTH = "\\d\\d\\.\\s{0,3}(?:j[a\u00e1\u00fa]|fe|m[a\u00e1]|[a\u00e1]p|au|sz|ok|no|de)"
_LOWERED_HUNGARIAN_YEAR_AND_MONTH = on_first_use(_HUNGARIAN_YEAR_AND_MONTH)
_ANY_HUNGARIAN_YEAR_AND_MONTH = on_first_use(_HUNGARIAN_YEAR_AND_MONTH, re.IGNORECASE)
# Lithuanian writes the year first, `m.` (metai, the year), the month in the genitive, the day and `d.`
# (diena, the day) after it (`2022 m. sausio 21 d.`); Latvian the year, its stop and `gada` (of the year),
# then the day stopped and the month in the nominative or the locative (`2022. gada 21. janvāris`, `2022.
# gada 21. janvārī`: on 21 January), their marks written or left out: unread, the note had no day. Not a
# range's first day (`2022 m. sausio 21\u201322 d.`, `2022. gada 21.\u201322. janvārī`), which runs on to
# no `d.` and no month.
_BALTIC_YEAR_FIRST = "Lithuanian or Latvian year first"
_LITHUANIAN_MONTHS = (
    ("sausio",), ("vasario",), ("kovo",), ("baland\u017eio", "balandzio"), ("gegu\u017e\u0117s", "geguzes"),
    ("bir\u017eelio", "birzelio"), ("liepos",), ("rugpj\u016b\u010dio", "rugpjucio"),
    ("rugs\u0117jo", "rugsejo"), ("spalio",), ("lapkri\u010dio", "lapkricio"), ("gruod\u017eio", "gruodzio"),
)  # fmt: skip
_LATVIAN_MONTHS = (
    ("janv\u0101ris", "janvaris", "janv\u0101r\u012b", "janvari"),
    ("febru\u0101ris", "februaris", "febru\u0101r\u012b", "februari"),
    ("marts", "mart\u0101", "marta"),
    ("apr\u012blis", "aprilis", "apr\u012bl\u012b", "aprili"),
    ("maijs", "maij\u0101", "maija"),
    ("j\u016bnijs", "junijs", "j\u016bnij\u0101", "junija"),
    ("j\u016blijs", "julijs", "j\u016blij\u0101", "julija"),
    ("augusts", "august\u0101", "augusta"),
    ("septembris", "septembr\u012b", "septembri"),
    ("oktobris", "oktobr\u012b", "oktobri"),
    ("novembris", "novembr\u012b", "novembri"),
    ("decembris", "decembr\u012b", "decembri"),
)
_BALTIC_MONTHS = {
    name: number
    for table in (_LITHUANIAN_MONTHS, _LATVIAN_MONTHS)
    for number, names in enumerate(table, start=1)
    for name in names
}


def _baltic_names(table: tuple[tuple[str, ...], ...]) -> str:
    return "|".join(sorted((name for names in table for name in names), key=len, reverse=True))


def _baltic_month(match: re.Match[str], source: str) -> DateFind:
    # One pattern for both (one search, one test of the text a note), each language's day and month its own
    # groups: Lithuanian's, or else Latvian's.
    lithuanian = match.group("month") is not None
    written, day = match.group("month", "day") if lithuanian else match.group("lv_month", "lv_day")
    month = _BALTIC_MONTHS.get(written.casefold())
    day_read = None if month is None else _valid(int(match.group("year")), month, int(day))
    return DateFind(day_read, False, _matched(match, source))


_BALTIC_FORMAT: tuple[Compiled, Callable[[re.Match[str], str], DateFind], str] = (
    on_first_use(
        rf"(?<![\w.])(?P<year>\d{{4}})(?:\s{{0,3}}m\.\s{{0,3}}(?P<month>{_baltic_names(_LITHUANIAN_MONTHS)})(?!\w)"
        r"\s{1,3}(?P<day>\d{1,2})\s{0,3}d(?!\w)"
        r"|\.\s{0,3}gada\s{1,3}(?P<lv_day>\d{1,2})\.\s{0,3}"
        rf"(?P<lv_month>{_baltic_names(_LATVIAN_MONTHS)})(?!\w))",
        re.IGNORECASE,
    ),
    _baltic_month,
    _BALTIC_YEAR_FIRST,
)
_FORMATS: tuple[tuple[Compiled, Callable[[re.Match[str], str], DateFind], str], ...] = (
    # January 21, 2022; January the 21st, 2022; and dashed as US forms and file names write it, Jan-21-2022
    # (unread, the note had no date): a dash after the day only with one before it (`January 21-22, 2022`
    # is two days).
    (
        on_first_use(rf"\b{_MONTH}{_MONTH_TO_DAY}{_DAY}(?(dash)-|,?\s+){_YEAR}", re.IGNORECASE),
        _named_month,
        _NAMED,
    ),
    # 21 January 2022, 21st of January, 2022, 21-Jan-2022; and the German day's stop that non-native writers
    # keep before an English month's name (`21. January 2022`, `3.March 2022`), which `_WESTERN` has not.
    (
        on_first_use(
            rf"(?<![\d.\u2013-]){_DAY}{_DAY_TO_MONTH}{_MONTH}{_MONTH_TO_YEAR}{_YEAR}", re.IGNORECASE
        ),
        _named_month,
        _NAMED,
    ),
    (
        # Serbian stops the day (`21. јануара 2022.`); Russian and Ukrainian may write it as an ordinal, its
        # ending after it (`_CYRILLIC_ORDINAL`: `21-\u0433\u043e января 2022`, `21-\u0435 января`), which read
        # as no date, or as its month alone; and a
        # comma before the year, as the Western day-first dates take one (`21 января, 2022 \u0433.`):
        # unread, the note had no date.
        on_first_use(
            rf"(?<![\d.\u2013-]){_DAY}(?:\.|{_CYRILLIC_ORDINAL})?\s+{_SLAVIC_MONTH},?\s+{_YEAR}",
            re.IGNORECASE,
        ),
        _named_month,
        _CYRILLIC,
    ),
    # 21 janvier 2022, 1er février 2022, 21. Januar 2022, 21.Jan. 2022, 21 de enero de 2022, and as Latin
    # America writes it, 21 de enero del 2022; Hebrew's day after `ב-` (on: `ב-21 בינואר 2022`), a hyphen
    # that joins no range (`20-21 בינואר`): read as no date.
    (
        on_first_use(
            rf"(?<![\d.\u2013])(?<![^\u05d1]-){_WESTERN_DAY}(?:de\s+)?\b{_WESTERN_MONTH}(?!\w){_ARABIC_SECOND_NAME}"
            rf"(?:(?:\s+del?)?,?\s+|(?<=\.)|\.(?=\d)){_YEAR}",
            re.IGNORECASE,
        ),
        _named_month,
        _WESTERN,
    ),
    # Spanish, as some Latin American notes write it: enero 21, 2022; and as Colombia's, enero 21 de 2022
    # (unread, the note had no day)
    (
        on_first_use(rf"\b(?P<month>{_SPANISH_MONTHS})\s+{_DAY},?\s+(?:del?\s+)?{_YEAR}", re.IGNORECASE),
        _named_month,
        _SPANISH_FIRST,
    ),
    # Persian, a Solar Hijri day: 1 بهمن 1400 (its digits Persian or not)
    (
        on_first_use(rf"(?<![\d.\u2013-])(?P<day>\d{{1,2}})\s+{_PERSIAN_MONTH}\s+{_YEAR}"),
        _persian_month,
        _PERSIAN,
    ),
    # APA: (2022, January 21); not where a year follows the day, which makes the number before the month
    # no year (`98 Cal. App. 5th 1021, March 12, 2024`: a reporter's page, read as the year 1021).
    (
        on_first_use(rf"(?<!\d){_YEAR},?\s+{_MONTH}\s+{_DAY}\b{_NO_YEAR_AFTER}", re.IGNORECASE),
        _named_month,
        _NAMED,
    ),
    # APA as British and European writers date it, the day first: (2022, 21 January). Unread, the note had
    # no date and failed `schema`. Only in APA's brackets, where no year can follow the month.
    _APA_DAY_FIRST_FORMAT,
    _APA_WESTERN_DAY_FIRST_FORMAT,
    (
        on_first_use(r"(?<![\d-])(?P<year>\d{4})-(?P<a>\d{2})-(?P<b>\d{2})(?![\d-])"),
        _numeric(year_first=True),
        "-",
    ),
    (
        on_first_use(r"(?<![\d/])(?P<year>\d{4})/(?P<a>\d{1,2})/(?P<b>\d{1,2})(?![\d/])"),
        _numeric(year_first=True),
        "/",
    ),
    # 2022.01.21, 2022. 1. 21. (Korean, Hungarian, Chinese): unread, the note had no date. Not a version's
    # (`v2022.1.2`) nor within a longer run of dotted numbers.
    (
        on_first_use(r"(?<![\w.])(?P<year>\d{4})\.\s?(?P<a>\d{1,2})\.\s?(?P<b>\d{1,2})(?!\d|\.\d)"),
        _numeric(year_first=True),
        ".",
    ),
    # 21.01.2022, also closing a sentence (`21.01.2022.`), and with a space after each stop (`21. 1. 2022`, as
    # Czech, Slovak and German write it); not within a longer run of dotted numbers.
    (
        on_first_use(r"(?<![\d.])(?P<a>\d{1,2})\.\s?(?P<b>\d{1,2})\.\s?(?P<year>\d{4})(?!\.?\d)"),
        _numeric(year_first=False),
        ".",
    ),
    (on_first_use(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{4})(?![\d/])"), _slashed, "/"),
    # 21-01-2022: day or month first, as with slashes.
    (on_first_use(r"(?<![\d-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<year>\d{4})(?![\d-])"), _slashed, "-"),
    # Chinese and Japanese `2022年1月21日`, Korean `2022년 1월 21일`: searched only in a text holding the
    # year's sign.
    *_EAST_ASIAN_FORMATS,
    _ROMAN_FORMAT,
    _THAI_FORMAT,
    _GOST_FORMAT,
    _VIETNAMESE_FORMAT,
    _HUNGARIAN_FORMAT,
    _BALTIC_FORMAT,
)
_ANY_MONTH = on_first_use(_MONTH, re.IGNORECASE)
# A western month's name as the pattern above takes it: a whole word (`januar` is not the start of `January`,
# which made every English note of January and February read by that pattern too).
_ANY_WESTERN_MONTH = on_first_use(rf"\b{_WESTERN_MONTH}(?!\w)", re.IGNORECASE)
_LOWERED_ANY_WESTERN_MONTH = on_first_use(
    rf"(?=[{''.join(sorted({name[0] for name in _WESTERN_MONTHS}))}])\b{_WESTERN_MONTH}(?!\w)"
)
# What every match of that pattern holds, in the lowered text: a digit, the day's end (`er `, a stop, a space)
# and the first three letters of a month's name, or `de` of `de enero`; so does every match of Hungarian's
# year-first dates (`2022. szept. 21.`). Most notes have none of it (`1 on`, `2, 2022`, `3 to 5`): looked for
# from each digit, it spares the search for a month's name from each letter. Three letters, grouped by the
# first: with two, Finnish's `toukokuu` made every English `3 to 5` search for the names.
_WESTERN_MONTH_STARTS = (
    _by_first_character(
        "|".join(sorted({name[:3] for name in (*_WESTERN_MONTHS, *_HUNGARIAN_MONTHS.split("|"))}))
    )
    + r"|de\s"
)
_LOWERED_WESTERN_DAY_AND_MONTH = on_first_use(rf"\d{_WESTERN_DAY_END}(?:{_WESTERN_MONTH_STARTS})")
# The same in an ASCII text, which holds no ordinal's sign (`º`, `°`) nor Greek's ending: a search of fewer
# alternatives from each of a note's digits.
_ASCII_WESTERN_DAY_AND_MONTH = on_first_use(rf"\d(?:er\s+|\.\s*|\s+)(?:{_WESTERN_MONTH_STARTS})")
# The Cyrillic block, and the letters that `re.IGNORECASE` takes for some of its own (`ᲀ` for `в`, ...).
_ANY_CYRILLIC = re.compile("[\u0400-\u04ff\u1c80-\u1c8f]")
_ANY_ARABIC_LETTER = on_first_use("[\u0620-\u064a\u066e-\u06d3]")


# A number's sign right before a date of digits (`Order No. 21/01/2022`, `Приказ №21.01.2022`, `Bulletin
# #21.01.2022`, `Décret n° 21-01-2022`): a document's number, written as a day; read as the note's date, a
# post of that day passed a note that never says when the post was published.
_NUMBER_SIGN_BEFORE = on_first_use(
    r"(?:(?<![^\W\d_])(?:no|nr|n[\u00ba\u00b0]|n\.\u00ba|n\u00fam|num|n\u00famero|num\u00e9ro|numero|nummer)\.?"
    r"|[\u2116#])\s{0,3}$",
    re.IGNORECASE,
)
# The last characters of those, one of which a text before a date ends with (its spaces dropped) where the
# pattern may match: most dates follow none.
_NUMBER_SIGN_LAST = frozenset("#\u2116.oOsSrR\u00ba\u00b0mM")
_NUMBER_SIGN_REACH = 12


def _after_a_number_sign(text: str, start: int, written: str) -> bool:
    """Whether the date `written` at `start` of `text` is all digits and stops, slashes or dashes, right after
    a number's sign. A month's name makes it a date (`NOS 21 januari 2022`: the broadcaster's)."""
    if not written.replace(".", "").replace("/", "").replace("-", "").replace(" ", "").isdigit():
        return False
    before = text[max(0, start - _NUMBER_SIGN_REACH) : start]
    last = before.rstrip()[-1:]
    return last in _NUMBER_SIGN_LAST and _NUMBER_SIGN_BEFORE().search(before) is not None


# A document's date: `от`, `від`, `of`, `dated`, `vom`, `du` right before it, and its number's sign right
# after it (`Указ от 21.01.2022 № 15`, `Federal Law of 21.01.2022 No. 5-FZ`) or its number before that word
# (`Приказ № 15 от 21.01.2022`, `Order No. 15 of 21 January 2022`): the day the document was signed, which the
# post or the page that publishes it may follow by days. It is the note's date only where the note gives no
# other, as an update's is: beside the post's day (`…, Telegram, 25.01.2022`) it was the note's, and the note
# one of two days. A post's number after its day (`Telegram, 21.01.2022, № 12345`) leaves it the post's.
_DOCUMENT_NUMBER_AFTER = on_first_use(
    r"\s{0,3},?\s{0,3}(?:\u2116|no\.?|nr\.?|n[\u00b0\u00ba]\.?)\s{0,3}\d", re.IGNORECASE
)
_DOCUMENT_WORD = r"(?:\u043e\u0442|\u0432\u0456\u0434|of|dated|vom|du|del|de)\s{1,3}$"
_DOCUMENT_WORD_BEFORE = on_first_use(rf"(?<!\w){_DOCUMENT_WORD}", re.IGNORECASE)
_DOCUMENT_NUMBER_BEFORE = on_first_use(
    rf"(?:\u2116|\bno\.?|\bnr\.?|\bn[\u00b0\u00ba]\.?)\s{{0,3}}[\w./-]{{1,20}}\s{{1,3}}{_DOCUMENT_WORD}",
    re.IGNORECASE,
)
_DOCUMENT_REACH = 32
_DOCUMENT_WORDS = frozenset(("\u043e\u0442", "\u0432\u0456\u0434", "of", "dated", "vom", "du", "del", "de"))
_LONGEST_DOCUMENT_WORD_ROOM = 12  # the longest word, `dated`, its spaces (at most 3), and what stands before


def is_document_date(text: str, start: int, end: int) -> bool:
    """Whether the date at `start`-`end` of `text` is a document's, its number beside it (`от 21.01.2022 №
    15`, `№ 15 от 21.01.2022`)."""
    before = text[max(0, start - _DOCUMENT_REACH) : start]
    # The word right before the date first, as plain strings: most dates follow none of these, and the
    # pattern, searched from every place of the text before, cost a twentieth of reading a note.
    words = before[-_LONGEST_DOCUMENT_WORD_ROOM:].split()
    if (
        not words
        or words[-1].casefold() not in _DOCUMENT_WORDS
        or _DOCUMENT_WORD_BEFORE().search(before) is None
    ):
        return False
    if _DOCUMENT_NUMBER_AFTER().match(text, end) is not None:
        return True
    return _DOCUMENT_NUMBER_BEFORE().search(before) is not None


def _is_access_date(text: str, start: int) -> bool:
    return _ACCESS_WORDS().search(text[max(0, start - _ACCESS_LOOKBEHIND) : start]) is not None


def _is_update_date(text: str, start: int) -> bool:
    return _UPDATE_WORDS().search(text[max(0, start - _ACCESS_LOOKBEHIND) : start]) is not None


def _is_publication_date(text: str, start: int) -> bool:
    return _PUBLISHED_WORDS().search(text[max(0, start - _ACCESS_LOOKBEHIND) : start]) is not None


# The fast reading of a note. With `re.IGNORECASE` an ASCII letter matches its other case and, of all other
# characters, only these four; and `str.lower` keeps every other character one character long, of the same
# kind (digit, space, word character) and outside ASCII (tests/citations/test_dates.py checks every code
# point). So in a text without them, a pattern of lowercase letters matches the lowered text without the
# flag at the same places, as it matches the text itself with the flag.
_FOLDS_TO_ASCII = deferred_compile("[\u0130\u0131\u017f\u212a]")


def _digits_after_none_of(name: str, after: str, count: str) -> str:
    # `(?<![...])(?P<name>\d{n,m})` spelt to open with the digit: `re` then skips to the places that hold a
    # digit instead of trying the look-behind at every place (the digit just read is the second character
    # of the look-behind, so it looks at the character before it, as the plain spelling does).
    return rf"(?P<{name}>\d(?<![{after}]\d)\d{count})"


# `_FORMATS` for that lowered text, in the order and with the matches of `_FORMATS`, each spelt to start
# where it can match (a digit, a month's first letter): a note is read in half the time.
_FAST_DAY = _digits_after_none_of("day", r"\d.\u2013-", "?") + "(?:st|nd|rd|th)?"
_FAST_APA_YEAR = _digits_after_none_of("year", r"\d", "{3}")
_FAST_ISO_YEAR = _digits_after_none_of("year", r"\d-", "{3}")
_FAST_SLASHED_YEAR = _digits_after_none_of("year", r"\d/", "{3}")
_FAST_DOTTED_FIRST = _digits_after_none_of("a", r"\d.", "?")
_FAST_DOTTED_YEAR = _digits_after_none_of("year", r"\w.", "{3}")
_FAST_SLASHED_FIRST = _digits_after_none_of("a", r"\d/", "?")
_FAST_DASHED_FIRST = _digits_after_none_of("a", r"\d-", "?")
_FAST_FORMATS: tuple[tuple[Compiled, Callable[[re.Match[str], str], DateFind], str], ...] = (
    (
        on_first_use(rf"(?=[adfjmnos])\b{_MONTH}{_MONTH_TO_DAY}{_DAY}(?(dash)-|,?\s+){_YEAR}"),
        _named_month,
        _NAMED,
    ),
    (on_first_use(rf"{_FAST_DAY}{_DAY_TO_MONTH}{_MONTH}{_MONTH_TO_YEAR}{_YEAR}"), _named_month, _NAMED),
    _FORMATS[2],  # Cyrillic: read in the text as it is, with `re.IGNORECASE`
    _FORMATS[3],  # French, German, Spanish: the same
    _FORMATS[4],  # Spanish, the month first: the same
    _FORMATS[5],  # Persian: the same
    (on_first_use(rf"{_FAST_APA_YEAR}(?!\d),?\s+{_MONTH}\s+{_DAY}\b{_NO_YEAR_AFTER}"), _named_month, _NAMED),
    _APA_DAY_FIRST_FORMAT,  # with `re.IGNORECASE`: read in the lowered text too
    _APA_WESTERN_DAY_FIRST_FORMAT,  # the same
    (
        on_first_use(rf"{_FAST_ISO_YEAR}-(?P<a>\d{{2}})-(?P<b>\d{{2}})(?![\d-])"),
        _numeric(year_first=True),
        "-",
    ),
    (
        on_first_use(rf"{_FAST_SLASHED_YEAR}/(?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})(?![\d/])"),
        _numeric(year_first=True),
        "/",
    ),
    (
        on_first_use(rf"{_FAST_DOTTED_YEAR}\.\s?(?P<a>\d{{1,2}})\.\s?(?P<b>\d{{1,2}})(?!\d|\.\d)"),
        _numeric(year_first=True),
        ".",
    ),
    (
        on_first_use(rf"{_FAST_DOTTED_FIRST}\.\s?(?P<b>\d{{1,2}})\.\s?(?P<year>\d{{4}})(?!\.?\d)"),
        _numeric(year_first=False),
        ".",
    ),
    (on_first_use(rf"{_FAST_SLASHED_FIRST}/(?P<b>\d{{1,2}})/(?P<year>\d{{4}})(?![\d/])"), _slashed, "/"),
    (on_first_use(rf"{_FAST_DASHED_FIRST}-(?P<b>\d{{1,2}})-(?P<year>\d{{4}})(?![\d-])"), _slashed, "-"),
    *_EAST_ASIAN_FORMATS,  # no letter to lower
    _ROMAN_FORMAT,  # read in the text as it is
    _THAI_FORMAT,  # no letter to lower
    _GOST_FORMAT,  # Cyrillic: read in the text as it is, with `re.IGNORECASE`
    _VIETNAMESE_FORMAT,  # the same
    _HUNGARIAN_FORMAT,  # the same
    _BALTIC_FORMAT,  # the same
)
_LOWERED_ANY_MONTH = on_first_use(_MONTH)
# The formats whose every match opens where `_ANY_MONTH` (`_LOWERED_ANY_MONTH` in the lowered text) matches:
# a month's name, then its day (`January 21, 2022`).
_MONTH_FIRST, _FAST_MONTH_FIRST = _FORMATS[0][0], _FAST_FORMATS[0][0]
# The formats whose every match opens with a day, then a month's name (`21 January 2022`, `21st of January`),
# or a year, then a month's name (`2022, January 21`, APA's): in an ASCII text, searched from where the day or
# the year before the first month named may open (`_where_a_day_may_open`, `_where_a_year_may_open`), not
# from the note's start. A match of a later month's name opens after the first month named: what stands
# between a day or a year and its month's name holds no month's name.
_FAST_DAY_FIRST, _FAST_YEAR_FIRST = _FAST_FORMATS[1][0], _FAST_FORMATS[6][0]
# What stands between a day and its month's name (`_FAST_DAY`, `_DAY_TO_MONTH`): its digits, the ordinal's
# ending (`st`, `nd`, `rd`, `th`), `of`, a stop, a dash, and the spaces (`\s` in an ASCII text takes those
# `str.isspace` takes). None of their letters opens a month's name of three letters all among them.
_DAY_BEFORE_A_MONTH = "0123456789stndrhof.- \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"
_ASCII_SPACES = " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"


def _where_a_day_may_open(lowered: str, month_at: int) -> int:
    """Where in the lowered ASCII text a match of `_FAST_DAY_FIRST` may first open, `month_at` where a month
    is first named: at the day before that month, or later."""
    return len(lowered[:month_at].rstrip(_DAY_BEFORE_A_MONTH))


def _where_a_year_may_open(lowered: str, month_at: int) -> int:
    """Where in the lowered ASCII text a match of `_FAST_YEAR_FIRST` may first open, `month_at` where a month
    is first named: at the year of four digits, its comma and its spaces before that month, or later."""
    year_end = lowered[:month_at].rstrip(_ASCII_SPACES)
    return max(0, len(year_end.removesuffix(",")) - 4)


# A day whose year has two digits (`21.01.22`, `21/01/22`, `21 Jan 22`, `21-Jan-22`, `Jan 21st '22`), or
# an era's year (`令和4年1月21日` in Japan, `民國111年1月21日` in Taiwan): read only where the note gives no
# date of a four-digit year, each in a shape whose last number can only be the year. Unread, the note had no
# date and failed as one without. A comma before the year, or a month first, takes the year's apostrophe
# (`January 21, 22 people`); slashes whose day and month could swap are ambiguous as with four digits; a
# dashed `21-01-22` (or `22-01-21`) is not read, nor are numbers run on from a word or a stop (`v1.2.22`,
# `10.1.22.5`), nor a time (`21 Jan 22:05`).
_SHORT_YEAR = r"(?P<year>\d{2})"
# Kana, CJK ideographs and Hangul: a note in Japanese, Chinese or Korean. Compiled on first use: a class of
# 50,000 characters took 36 M instructions at import (`benchmarks/instructions.py`).
_EAST_ASIAN_SCRIPT = on_first_use("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_THAI_SCRIPT = on_first_use("[\u0e01-\u0e5b]")


def _or_year_first_in_east_asian_script(
    read: Callable[[re.Match[str], str], DateFind],
) -> Callable[[re.Match[str], str], DateFind]:
    """`read`, but ambiguous in a note written in Japanese, Chinese or Korean where the numbers also make a
    day year first: those write a two-digit year first (`22/01/21`, `22.01.21.`: 21 January 2022), and read
    day first, a true note of 2022 failed as of 22 January 2021, and one of that day passed."""

    def read_either(match: re.Match[str], source: str) -> DateFind:
        found = read(match, source)
        if found.date is not None and _THAI_SCRIPT().search(source) is not None:
            # Thai writes the Buddhist era's year in two digits too (`21/01/65`: 2565, 2022): read as 2065,
            # a true note failed; as the era's, a note of 2022's `21/01/22` would be of 1979.
            return DateFind(None, ambiguous=True, text=_matched(match, source))
        if _EAST_ASIAN_SCRIPT().search(source) is None:
            return found
        year = int(match.group("a"))
        year += 1900 if year >= _TWO_DIGIT_YEARS_BEFORE_2000 else 2000
        year_first = _valid(year, int(match.group("b")), int(match.group("year")))
        if year_first is None or (found.date == year_first and not found.ambiguous):
            return found
        return DateFind(None, ambiguous=True, text=_matched(match, source))

    return read_either


def _in_japanese_script(
    read: Callable[[re.Match[str], str], DateFind],
) -> Callable[[re.Match[str], str], DateFind]:
    """`read`, in a note with kana or CJK ideographs; no date in another."""

    def read_in_japanese(match: re.Match[str], source: str) -> DateFind:
        return read(match, source) if _JAPANESE_SCRIPT().search(source) is not None else DateFind(None)

    return read_in_japanese


_JAPANESE_SCRIPT = on_first_use("[\u3040-\u30ff\u4e00-\u9fff]")
_SHORT_YEAR_FORMATS: tuple[tuple[Compiled, Callable[[re.Match[str], str], DateFind], str], ...] = (
    (
        on_first_use(
            rf"\b{_MONTH}{_MONTH_TO_DAY}{_DAY}(?(dash)-|,?\s+['\u2019]){_SHORT_YEAR}(?![\d'\u2019-]|[:.]\d)",
            re.IGNORECASE,
        ),
        _named_month,
        _NAMED,
    ),
    (
        on_first_use(
            rf"(?<![\w.\u2013-]){_DAY}{_DAY_TO_MONTH}{_MONTH}(?:\s+['\u2019]?|,\s*['\u2019]|-){_SHORT_YEAR}(?!\w|[:.]\d)",
            re.IGNORECASE,
        ),
        _named_month,
        _NAMED,
    ),
    # Russian and Ukrainian, the month's name abbreviated as GOST writes it and the year in two digits (`21
    # янв. 22`, `21 січ. 22 \u0440.`, `21 января 22 \u0433.`): read as no date. Not where a word in small
    # Cyrillic letters runs on after the number (`21 января 15 человек`, a count), nor a time (`21 января
    # 22:05`).
    (
        on_first_use(
            rf"(?<![\w.\u2013-]){_DAY}\.?\s+{_SLAVIC_MONTH}\s+{_SHORT_YEAR}(?!\w|[:.]\d)"
            r"(?:\s{0,3}(?:\u0433\.?|\u0433\u043e\u0434\u0430|\u0440\.?|\u0440\u043e\u043a\u0443)(?!\w))?"
            r"(?!\s{1,3}(?-i:[\u0430-\u044f\u0451\u0454\u0456\u0457\u0491\u045e]))",
            re.IGNORECASE,
        ),
        _named_month,
        _CYRILLIC,
    ),
    (
        on_first_use(r"(?<![\w.])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<year>\d{2})(?!\w|[.:]?\d)"),
        _or_year_first_in_east_asian_script(_numeric(year_first=False)),
        ".",
    ),
    (
        on_first_use(r"(?<![\w./])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>\d{2})(?![\w/]|[.:]\d)"),
        _or_year_first_in_east_asian_script(_slashed),
        "/",
    ),
    (
        on_first_use(
            r"(?P<era>\u4ee4\u548c|\u5e73\u6210|\u662d\u548c|\u6c11[\u570b\u56fd])\s*(?P<year>\d{1,3}|\u5143)\s*\u5e74"
            rf"\s*(?P<a>\d{{1,2}})\s*\u6708\s*(?P<b>\d{{1,2}})\s*{_CHINESE_DAY}"
        ),
        _year_month_day,
        "\u5e74",
    ),
    # Taiwan writes its years without the era's name too (`111年1月21日` is 21 January 2022): a year of three
    # digits from 100 (2011), which no other calendar a note is dated in writes so.
    (
        on_first_use(
            rf"(?<!\d)(?P<year>1\d\d)\s*\u5e74\s*(?P<a>\d{{1,2}})\s*\u6708\s*(?P<b>\d{{1,2}})\s*{_CHINESE_DAY}"
        ),
        _year_month_day,
        "\u5e74",
    ),
    # Chinese and Japanese write it in two digits too, without an era's name (`22年1月21日`: 21 January 2022):
    # read as no date. Not the last digits of a longer year, nor an era's year (`平成22年`, read above).
    (
        on_first_use(
            r"(?<![\d\u548c\u6210\u570b\u56fd])(?P<year>\d{2})\s*\u5e74\s*(?P<a>\d{1,2})\s*\u6708"
            rf"\s*(?P<b>\d{{1,2}})\s*{_CHINESE_DAY}"
        ),
        _year_month_day,
        "\u5e74",
    ),
    # Korean writes the year in two digits too (`22년 1월 21일`: 21 January 2022): read as no date.
    (
        on_first_use(r"(?<!\d)(?P<year>\d{2})\s*\ub144\s*(?P<a>\d{1,2})\s*\uc6d4\s*(?P<b>\d{1,2})\s*\uc77c"),
        _year_month_day,
        "\ub144",
    ),
    # Japanese forms write an era by its initial, its year, month and day with stops (`R4.1.21`: Reiwa 4, 21
    # January 2022): read only in a note in Japanese script, where no version or section number is likelier.
    (
        on_first_use(
            r"(?<![\w.])(?P<era>[RHS])(?P<year>\d{1,2})\.(?P<a>\d{1,2})\.(?P<b>\d{1,2})(?![\w.]|\.\d)",
            re.IGNORECASE,
        ),
        _in_japanese_script(_year_month_day),
        ".",
    ),
    # Thai writes the Buddhist era's year in two digits after a month's name too (`21 ม.ค. 65`: 2565, 2022).
    (
        on_first_use(
            rf"(?<![\d.\u2013-])(?P<day>\d{{1,2}})\s*(?P<month>{_THAI_MONTH})\s*(?:\u0e1e\.\s?\u0e28\.\s*)?"
            r"(?P<year>\d{2})(?!\d)"
        ),
        _thai_month_of_a_short_year,
        _THAI,
    ),
)


def _formats_of_ascii_text(
    formats: tuple[tuple[Compiled, Callable[[re.Match[str], str], DateFind], str], ...],
) -> tuple[tuple[Compiled, Callable[[re.Match[str], str], DateFind], str], ...]:
    """`formats` without those whose every match holds a character beyond ASCII (a Cyrillic letter, a Persian
    or a Thai month's name, 年 or 년): `_candidates` passes over each of them in an ASCII text (most notes)
    after a few tests, and went through them all for each note."""
    beyond_ascii = (_CYRILLIC, _PERSIAN, _THAI)
    return tuple(
        each
        for each in formats
        if each[2] not in beyond_ascii and (each[2] in _FORMAT_NEEDS or each[2].isascii())
    )


# What `_candidates` tests a text for before a format's search, other than a separator in it (`-`, `年`).
_FORMAT_NEEDS = frozenset(
    [
        _NAMED,
        _CYRILLIC,
        _WESTERN,
        _SPANISH_FIRST,
        _PERSIAN,
        _ROMAN,
        _THAI,
        _VIETNAMESE,
        _APA_DAY_FIRST,
        _HUNGARIAN_YEAR_FIRST,
        _BALTIC_YEAR_FIRST,
    ]
)
_ASCII_FAST_FORMATS = _formats_of_ascii_text(_FAST_FORMATS)
_ASCII_SHORT_YEAR_FORMATS = _formats_of_ascii_text(_SHORT_YEAR_FORMATS)
# What every match of those holds: two digits after a digit and a stop, a slash or a dash, or after an
# apostrophe; a day, a word and the year's two digits; or the sign of a year. A note without a date mostly
# has none of it (`post 15, https://t.me/rybar/15`), and is not read again for the formats. Spelt to open
# with the one character each starts with: a third of the time of the alternatives searched from every place.
_MAY_HOLD_A_SHORT_YEAR = on_first_use(
    "[\\d'\u2019\u5e74\ub144](?:(?<=\\d)[./-]\\d\\d(?!\\d)|(?<=['\u2019])\\d\\d(?!\\d)|(?<=[\u5e74\ub144])"
    "|(?<=\\d)[^\\W\\d_]{0,2}[\\s.-]*(?:[^\\W\\d_]{2}\\s+)?[^\\W\\d_]{3,9}\\.?[\\s,-]+['\u2019]?\\d\\d(?!\\d)"
    # A Thai month's name, abbreviated with stops (`21 ม.ค. 65`).
    "|(?<=\\d)\\s{0,3}[\u0e01-\u0e4f][\u0e01-\u0e4f.\\s]{1,24}\\d\\d(?!\\d))"
)


def _may_hold_a_short_year(text: str) -> bool:
    """`_MAY_HOLD_A_SHORT_YEAR` found in `text`. Each of its shapes needs an apostrophe, 年 or 년, or three
    digits: a text without them (most names: `Desk 17`, `Rybar`) is passed over without the search, which
    cost about 9 k instructions a note's name (`parse._names_someone` asks once or twice a note). Without an
    apostrophe, 年 or 년, each shape needs a stop, a slash, a dash or a letter after a digit: a name whose
    digits end it (`Desk 605`, `Desk 1024`) is passed over too (`_DIGITS_END_IT`)."""
    if "'" in text or "\u2019" in text or "\u5e74" in text or "\ub144" in text:
        return _MAY_HOLD_A_SHORT_YEAR().search(text) is not None
    if text.isascii():
        # The same tests on its bytes, its digits as `0` (`_holds_four_digits`), in C: not a call for each
        # character, nor a search.
        digits = text.encode("ascii").translate(_ASCII_DIGITS_AS_ZERO)
        if digits.count(b"0") < 3 or not digits[digits.find(b"0") :].strip(_ASCII_ZERO_AND_SPACES):
            return False
    elif sum(map(str.isdecimal, text)) < 3 or _DIGITS_END_IT().fullmatch(text) is not None:
        return False
    return _MAY_HOLD_A_SHORT_YEAR().search(text) is not None


# A text whose first digit is followed by digits and spaces alone (`Desk 605`): nothing after a digit is a
# stop, a slash, a dash or a letter, one of which every shape of `_MAY_HOLD_A_SHORT_YEAR` without an
# apostrophe, 年 or 년 holds there. `\D` and `\d` take no character in common: linear time.
_DIGITS_END_IT = on_first_use(r"\D*\d[\d\s]*")
# A digit, as `_ASCII_DIGITS_AS_ZERO` writes it, and the spaces `\s` takes in an ASCII text.
_ASCII_ZERO_AND_SPACES = b"0 \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f"


def _grouped_on_first_use(words: str) -> Compiled:
    """`words` grouped by first character (`_by_first_character`) and compiled the first time the returned
    function is called: not at import, where most runs would group them for nothing."""
    return functools.cache(lambda: re.compile(_by_first_character(words)))


# What every match of `_ACCESS_WORDS` and of `_UPDATE_WORDS` holds, in lower case: text before a date
# without one is neither (most notes), known without the patterns' search from each of 40 places.
_ACCESS_KEY_WORDS = (
    "retrieved|accessed|access date|date of access|archive|visited|viewed|consult|checked|captured|screenshot"
    "|saved|downloaded|\\[cited|deleted|removed|taken down|удал|видал|snapshot|abruf|visitado|просмотр"
    "|перегляду|посещения|доступу|\u0627\u0644\u0627\u0637\u0644\u0627\u0639|\u0627\u0644\u0632\u064a\u0627\u0631\u0629"
    "|обращения|доступа|звернення|переглянуто|abgerufen|abrufdatum|zugegriffen|aufgerufen|zugriff|recuperado"
    "|accedido|acceso|accesado|consultato|accesso|visitato|archiviato|acesso|acessad|arquivado|dost\u0119p|dostep"
    "|pobrano|eri\u015fim|erisim|eri\u015fil|erisil|\u0627\u0644\u0648\u0635\u0648\u0644|\u0627\u0637\u0644\u0639"
    "|as of|as at|as on|состояни|станом на|jour au|tat au|situation au|a fecha de|actualizad|corte a"
    "|stand|\u95b2\u89a7|\u53c2\u7167|\u30a2\u30af\u30bb\u30b9|\u8bbf\u95ee|\u8a2a\u554f|\u68c0\u7d22"
    "|\u6aa2\u7d22|\u53d6\u5f97|\uc811\uc18d|\uc5f4\ub78c|\uac80\uc0c9|\u5b58\u6863|\u5b58\u6a94|\u5f15\u7528"
    "|\u0628\u0627\u0632\u0628\u06cc\u0646\u06cc|\u0628\u0627\u06cc\u06af\u0627\u0646\u06cc|\u062f\u0633\u062a\u0631\u0633\u06cc"
    "|diakses|dicapai|diarsip|diarkib|geraadpleegd|gearchiveerd|truy c|l\u01b0u tr|lu\u031bu tr"
    "|праверан|приступ|посетен|архив|архіва|pristup|preuzeto|arhivir|citov|cit.|nav\u0161t\u00edven"
    "|pridobljen|dostopan|\u03b1\u03bd\u03b1\u03ba\u03c4|\u03b1\u03bd\u03ac\u03ba\u03c4|\u03b1\u03c1\u03c7\u03b5\u03b9\u03bf\u03b8\u03b5\u03c4"
    "|\u05d0\u05d5\u05d7\u05d6\u05e8|\u05e0\u05d3\u05dc\u05d4|\u05d2\u05d9\u05e9\u05d4|\u05e0\u05e6\u05e4\u05d4|\u05e0\u05d1\u05d3\u05e7"
    "|\u05dc\u05d0\u05e8\u05db\u05d9\u05d5\u05df|let\u00f6lt|hozz\u00e1f\u00e9r|accesat|viitattu|h\u00e4mtad|l\u00e4st"
    "|hentet|vaadatud|\u017ei\u016br\u0117t|ziuret|aplankyt|tikrint|skat\u012bt|skatit|apl\u016bkot|aplukot"
)
_ACCESS_KEYS = _grouped_on_first_use(_ACCESS_KEY_WORDS)
_UPDATE_KEY_WORDS = (
    "updated|modified|edited|revised|filmed|recorded|photographed|обновлен|изменено|отредактир|оновлено"
    "|змінено|відредаг|aktualisiert|geändert|bearbeitet|à jour|modifié|actualizad|editad|modificad|atualizad"
    "|aggiornat|\u062a\u062d\u062f\u064a\u062b|g\u00fcncelle|diperbarui|nh\u1eadt|nha\u0323\u0302t|nhat"
    "|\u0631\u0648\u0632|\u05e2\u05d5\u05d3\u05db\u05df"
)
_UPDATE_KEYS = _grouped_on_first_use(_UPDATE_KEY_WORDS)
_PUBLISHED_KEY_WORDS = (
    "posted|publi|tweeted|uploaded|опубликова|публикац|опубліков|публікац|veröffentlicht|\u0646\u0634\u0631"
    "|\u0646\u064f\u0634|yay\u0131nlan|yayinlan|yay\u0131mlan|yayimlan|yay\u0131n tarihi|yayin tarihi"
    "|diterbitkan"
    "|\u0627\u0646\u062a\u0634\u0627\u0631|\u0645\u0646\u062a\u0634\u0631|\u05e4\u05d5\u05e8\u05e1\u05dd|\u05e4\u05e8\u05e1\u05d5\u05dd"
)
_PUBLISHED_KEYS = _grouped_on_first_use(_PUBLISHED_KEY_WORDS)


# Any of the three: the text before most dates holds none, known in one search of the 40 characters, not
# three (a third to a half of their instructions, `benchmarks/instructions.py`).
_ANY_DATE_KEYS = _grouped_on_first_use(f"{_ACCESS_KEY_WORDS}|{_UPDATE_KEY_WORDS}|{_PUBLISHED_KEY_WORDS}")
# A day the note counts the source's from, or bounds it by, in the part of the note before it: `posted two
# days after the 19 January 2022 strike`, `published three days after the explosion of 18 January 2022`, `on
# the anniversary of 24.02.2022`, `deux jours après l'attaque du 19 janvier 2022`. Read as the note's, a post
# of the day it was really published failed the date check as another day's, and one of the event's day
# passed. Not where the note then says the publication's (`after the strike, posted 21 January 2022`). A
# bound right before the day (`after 21 January 2022`, `since`, `après le`, `nach dem`, `después del`,
# `после`) is read as the note's day only where it gives no other (`Life after 24 February 2022, Telegram,
# 3 March 2022`): the `date` check then warns that the note gives a bound, not the post's day.
_RELATIVE_KEY_WORDS = (
    "after|before|since|until|till|following|prior to|ahead of|anniversar|eve of|после|спустя|перед|накануне"
    "|годовщин|після|напередодні|річниц|après|apres|avant|depuis|dès|nach d|vor d|seit|jahrestag|después"
    "|despues|antes|desde|tras|aniversario|dopo|prima d"
)
_RELATIVE_WORDS = on_first_use(
    r"(?<!\w)(?:after|before|since|until|till|following|prior\s{1,3}to|ahead\s{1,3}of|anniversary|eve\s{1,3}of"
    r"|\u043f\u043e\u0441\u043b\u0435|\u0441\u043f\u0443\u0441\u0442\u044f|\u043f\u0435\u0440\u0435\u0434"
    r"|\u043d\u0430\u043a\u0430\u043d\u0443\u043d\u0435|\u0433\u043e\u0434\u043e\u0432\u0449\u0438\u043d\w{0,4}"
    r"|\u043f\u0456\u0441\u043b\u044f|\u043d\u0430\u043f\u0435\u0440\u0435\u0434\u043e\u0434\u043d\u0456"
    r"|\u0440\u0456\u0447\u043d\u0438\u0446\w{0,4}|apr\u00e8s|apres|avant|depuis|d\u00e8s|anniversaire"
    r"|nach\s{1,3}d(?:em|er)|vor\s{1,3}d(?:em|er)|seit|jahrestag\w{0,2}|despu\u00e9s|despues|antes|desde|tras"
    r"|aniversario|dopo|prima\s{1,3}d\w{0,3}|anniversario)(?!\w)",
    re.IGNORECASE,
)
_ANY_DATE_OR_RELATIVE_KEYS = _grouped_on_first_use(
    f"{_ACCESS_KEY_WORDS}|{_UPDATE_KEY_WORDS}|{_PUBLISHED_KEY_WORDS}|{_RELATIVE_KEY_WORDS}"
)
_RELATIVE_KEYS = _grouped_on_first_use(_RELATIVE_KEY_WORDS)
_PART_STOPS = ",;:()[]"


# The articles French, Spanish and German put between a bound and its day (`après le`, `después del`): the
# bound is still right before the day, as the `date` check reads it.
_ARTICLES_AFTER_A_BOUND = frozenset(("le", "de", "del", "el", "dem", "der"))
_NOT_RELATIVE, _BOUND_RIGHT_BEFORE, _COUNTED_FROM = 0, 1, 2


def _relative_date(text: str, start: int) -> int:
    """Whether the date at `start` of `text` is a day the source's is counted from (`two days after the 19
    January 2022 strike`: `_COUNTED_FROM`) or bounded by, the bound right before it (`after 21 January 2022`:
    `_BOUND_RIGHT_BEFORE`), as the part of the note before it says (`_RELATIVE_WORDS`); else
    `_NOT_RELATIVE`."""
    before = text[max(0, start - _ACCESS_LOOKBEHIND) : start]
    part = before[max(before.rfind(stop) for stop in _PART_STOPS) + 1 :]
    words = list(_RELATIVE_WORDS().finditer(part))  # the last says what the date is: 40 characters at most
    if not words or _PUBLISHED_KEYS().search(part.lower(), words[-1].end()) is not None:
        return _NOT_RELATIVE
    between = part[words[-1].end() :].strip().casefold()
    return _BOUND_RIGHT_BEFORE if not between or between in _ARTICLES_AFTER_A_BOUND else _COUNTED_FROM


# A day that opens or closes a range (`between January 19 and January 23, 2022`, `from 19 to 23 January 2022`,
# `January 19 to January 23, 2022`, `vom 19. bis 23. Januar 2022`, `du 19 au 23 janvier 2022`, and Russian's
# and Ukrainian's `\u0441 19 \u043f\u043e 23`): the note gives no one day. Its last day read as the post's
# failed a post of a day inside it, and passed one of that day as confirmed. (`19\u201323 January 2022` is no
# day of any format.) Each part bounded.
_RANGE_OPENERS = (
    r"between|zwischen(?:\s{1,3}dem)?|entre(?:\s{1,3}el)?|\u043c\u0435\u0436\u0434\u0443|from|vom|du|del"
    r"|\u0441|\u0437|van|tussen|dari|antara|\u03b1\u03c0\u03cc"
    # Croatian's, Serbian's and Polish's (`od 19. do 23. siječnja 2022.`, `između 19. i 23.`, `од 19. до 23.
    # јануара`, `od 19 do 23 stycznia`): the last day was read as the note's.
    r"|od|\u043e\u0434|izme(?:\u0111|dj|d)u|\u0438\u0437\u043c\u0435\u0452\u0443|mi\u0119dzy"
)
# Its month a word, or a Roman numeral (`19 I \u2013 21 I 2022`, `19.I. \u2013 21.I.2022`).
_RANGE_FIRST_DAY = (
    r"(?:[^\W\d_]{3,9}\.?\s{1,3})?\d{1,2}(?:st|nd|rd|th|er|\.|" + _CYRILLIC_ORDINAL + ")?"
    r"(?:\s{1,3}(?:of\s{1,3})?[^\W\d_]{3,9}\.?|\s{0,3}[IVX]{1,4}\.?)?(?:,?\s{1,3}\d{4})?,?"
)
# `and` joins the two days of a range only after `between` (`Jan 2 and 21 January 2022` are two days).
_RANGE_AND = r"and|und|et|y|\u0438|i"
# And in the other languages whose months are read: Spanish's and Portuguese's `a`, Vietnamese's `đến`
# (`từ ngày 19 đến ngày 23 tháng 1 năm 2022`), Greek's `έως`, Indonesian's and Malay's `sampai`, `hingga`,
# `s.d.`, `s/d`, Dutch's `tot`, Thai's `ถึง`, Persian's `تا`.
_RANGE_TO = (
    r"to|through|thru|till|until|bis|au|al|a|\u043f\u043e|\u0434\u043e|\u0111\u1ebfn|\u03ad\u03c9\u03c2"
    r"|\u03b5\u03c9\u03c2|sampai|hingga|s\.\s?d\.|s/d|tot|\u0e16\u0e36\u0e07|\u062a\u0627|do"
)
_EITHER_DAY = r"\d{1,2}(?:st|nd|rd|th|\.|" + _CYRILLIC_ORDINAL + ")?"
# `or` in the languages notes date in: English, German, French, Spanish, Russian, Ukrainian; Greek's `ή`,
# Indonesian's `atau`, Persian's `یا`, Vietnamese's `hoặc` (not Dutch's `of`: `report 3 of 21 January`).
_RANGE_OR = (
    r"or|oder|ou|o|\u0438\u043b\u0438|\u0430\u0431\u043e|\u0447\u0438|\u03ae|atau|\u06cc\u0627|\u064a\u0627"
    r"|ho\u1eb7c|ili|lub|albo"
)
_RANGE_END = on_first_use(
    rf"\b(?:{_RANGE_OPENERS})\s{{1,3}}{_RANGE_FIRST_DAY}\s{{1,3}}(?:{_RANGE_AND})\s{{1,3}}$"
    rf"|{_RANGE_FIRST_DAY}\s{{1,3}}(?:{_RANGE_TO})\s{{1,3}}$"
    rf"|{_RANGE_FIRST_DAY}\s{{0,3}}[\u2013\u2014]\s{{0,3}}$"
    # A day either of two (`21 or 22 January 2022`, the night of `21/22 January 2022`): the later was read as
    # the note's, and a post of the earlier failed.
    rf"|(?<![\d/]){_EITHER_DAY}\s{{1,3}}(?:{_RANGE_OR})\s{{1,3}}$|(?<![\d/.])\d{{1,2}}\.?/$",
    re.IGNORECASE,
)
_RANGE_START = on_first_use(rf"\b(?:{_RANGE_OPENERS})\s{{1,3}}$", re.IGNORECASE)
# Matched where a range's first day ends: the word or dash, then the last day (`from 21 January 2022 -
# Telegram` is no range).
_RANGE_GOES_ON = on_first_use(
    rf"\s{{0,3}}(?:(?:{_RANGE_AND}|{_RANGE_TO})\s|[\u2013\u2014-])\s{{0,3}}(?:[^\W\d_]{{3,9}}\.?\s{{1,3}})?\d",
    re.IGNORECASE,
)
# How the lowered text before a range's day ends (its opener, or the word or dash before its last day): most
# notes' dates follow none of them. A test of its end, not a search of the 40 characters (12,000 instructions
# a note).
_RANGE_ENDINGS = (
    " between", " zwischen", " zwischen dem", " entre", " entre el", " \u043c\u0435\u0436\u0434\u0443",
    " from", " vom", " du", " del", " \u0441", " \u0437", " and", " und", " et", " y", " \u0438", " to",
    " through", " thru", " till", " until", " bis", " au", " al", " \u043f\u043e", " \u0434\u043e", "\u2013",
    "\u2014", "-", "/", "\uff5e", "\u301c", "~", "\u81f3", " or", " oder", " ou", " o", " \u0438\u043b\u0438",
    " \u0430\u0431\u043e", " \u0447\u0438", " \u0111\u1ebfn", " van", " tussen", " dari", " antara",
    " \u03b1\u03c0\u03cc", " a", " \u03ad\u03c9\u03c2", " \u03b5\u03c9\u03c2", " sampai", " hingga", " s.d.",
    " s. d.", " s/d", " tot", " \u0e16\u0e36\u0e07", " \u062a\u0627", " \u03ae", " atau", " \u06cc\u0627",
    " \u064a\u0627", " ho\u1eb7c", " e", " i", " \u0456", " \u0442\u0430", " en", " dan", " od",
    " \u043e\u0434", " izme\u0111u", " izmedju", " izmedu", " \u0438\u0437\u043c\u0435\u0452\u0443",
    " mi\u0119dzy", " do", " ili", " lub", " albo",
)  # fmt: skip


# Their last characters: a date after none of them (most dates: after a comma or a name's letter) is tested
# no further, not against each of the hundred endings.
_RANGE_ENDINGS_LAST = frozenset(ending[-1] for ending in _RANGE_ENDINGS)


def _may_end_a_range(before: str) -> bool:
    end = before[-16:].rstrip()
    return end[-1:] in _RANGE_ENDINGS_LAST and f" {end}".endswith(_RANGE_ENDINGS)


# Two full dates joined as a range (`January 21, 2022 \u2013 February 3, 2022`, `21.01.2022\u201303.02.2022`,
# ISO 8601's `2022-01-21/2022-02-03`, `21 January 2022 to 3 February 2022`, `21.01.22\u201303.02.22`, the
# wave dash of Chinese and Japanese), or a full date and the range's last day, its year left out (`January
# 21, 2022 \u2013 February 3`, `2022\u5e741\u670821\u65e5\uff5e2\u67083\u65e5`, `\uff5e23\u65e5`): the first
# was read as the note's day, and a post of that day passed as confirmed (one inside the range failed),
# though the note gives no one day. Only a day right after the join makes a range (`21 January 2022 -
# Telegram`, `- 14:05`, `- 12 killed` do not).
# The first date's year may close with a stop, as Croatian and Serbian write every year (`21. siječnja 2022.
# do 3. veljače 2022.`, `21. 1. 2022. \u2013 3. 2. 2022.`).
_RANGE_JOIN = (
    r"\.?(?:\s{0,3}[\u2013\u2014\uff5e\u301c~/-]\s{0,3}|\s{0,3}\u81f3\s{0,3}"
    rf"|,?\s{{1,3}}(?:{_RANGE_TO})\s{{1,3}})"
)
_RANGE_JOIN_BEFORE = on_first_use(rf"(?:{_RANGE_JOIN})$", re.IGNORECASE)
_RANGE_JOIN_AFTER = on_first_use(_RANGE_JOIN, re.IGNORECASE)
# How every join starts, its comma and spaces dropped (`Jan. 21, 2022, to Feb. 3, 2022`): most notes' dates
# are followed by none of them, and are not read again.
_RANGE_JOIN_STARTS = (
    "\u2013", "\u2014", "\uff5e", "\u301c", "~", "-", "/", "\u81f3", "to", "thr", "til", "unt", "bis", "au",
    "al", "\u043f\u043e", "\u0434\u043e", "\u0111\u1ebfn", "a ", "\u03ad\u03c9\u03c2", "\u03b5\u03c9\u03c2",
    "sampai", "hingga", "s.d.", "s. d.", "s/d", "tot", "\u0e16\u0e36\u0e07", "\u062a\u0627", "do ",
)  # fmt: skip
_RANGE_JOIN_REACH = 12  # a comma, three spaces, `through`
# A range's last day without its year, right after the join: a month's name and a day (`February 3`, `3
# February`, `3 f\u00e9vrier`, in Russian too), or a day as Chinese, Japanese or Korean write it
# (`2\u67083\u65e5`, `23\u65e5`, `2\uc6d4 3\uc77c`). A number alone is not one.
_ANY_MONTH_NAME = "|".join(
    month.replace("(?P<month>", "(?:") for month in (_MONTH, _SLAVIC_MONTH, _WESTERN_MONTH)
)
_RANGE_LAST_DAY = on_first_use(
    rf"(?:{_ANY_MONTH_NAME})\s{{1,3}}\d{{1,2}}(?!\d)"
    rf"|\d{{1,2}}(?:st|nd|rd|th|er|\.)?\s{{0,3}}(?:of\s{{1,3}}|de\s{{1,3}})?(?:{_ANY_MONTH_NAME})(?!\w)"
    r"|\d{1,2}\s{0,3}(?:\u6708\s{0,3}\d{1,2}\s{0,3})?\u65e5|\d{1,2}\s{0,3}(?:\uc6d4\s{0,3}\d{1,2}\s{0,3})?\uc77c",
    re.IGNORECASE,
)


def _may_join_a_range(after: str) -> bool:
    """Whether the lowered text right after a date may open with a range's join (`_RANGE_JOIN`), or with an
    ISO 8601 interval's time and solidus (`_ISO_INTERVAL_GOES_ON`)."""
    return after.removeprefix(".").replace(",", " ").lstrip().startswith(_RANGE_JOIN_STARTS) or (
        after[:1] == "t" and after[1:2].isdigit()
    )


# ISO 8601 writes an interval's end without what it shares with its start (`2022-01-21/02-03`,
# `2022-01-21/03`), or as a duration (`2022-01-21/P2W`), after the start's time too
# (`2022-01-21T10:00/2022-02-03T12:00`): its first day was read as the note's, and a post of that day passed,
# though the note gives no one day. Not an end of a time alone, or of the same day (`2022-01-21T10:00/12:00`,
# `2022-01-21T10:00/2022-01-21T12:00`).
_ISO_INTERVAL_GOES_ON = on_first_use(
    r"(?:T\d{2}(?::?\d{2}){0,2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?"
    r"/(?:P(?:T?\d)|(?P<end>\d{4}-\d{2}-\d{2})|\d{2}-\d{2}(?![\d:])|\d{2}(?![\d:-]))"
)
_ISO_DAY = on_first_use(r"\d{4}-\d{2}-\d{2}")


def _dates_of(window: str) -> Iterator[tuple[int, int, int, DateFind]]:
    """Every date of `window`, of a four-digit year or of a two-digit or an era's."""
    yield from _candidates(window, read_words=False)
    yield from _candidates(window, read_words=False, short_years=True)


# One day written twice, joined as a range is (`21 января 2022 / 21 January 2022`, a note in two languages;
# `21.01.2022 \u2013 21.01.2022`), is that day: read as a range, the note had no date.
def _a_full_date_ends_the(window: str, day: dt.date | None) -> bool:
    """Whether a full date of another day than `day` ends the window."""
    return any(
        start - back == len(window) and found.date != day for _, start, back, found in _dates_of(window)
    )


def _a_day_opens_the(window: str, day: dt.date | None) -> bool:
    """Whether a full date of another day than `day`, or a day without its year, opens the window."""
    opening = [found.date for _, start, _, found in _dates_of(window) if start == 0]
    if opening:
        return any(date != day for date in opening)
    return _RANGE_LAST_DAY().match(window) is not None


# Two days of one month, its name and year written once after the second, joined by a hyphen (`19 - 23
# January 2022`, `21-22.01.2022`) or by `and` (`19 and 23 January 2022`, Italian's and Portuguese's `19 e 23
# gennaio`, `19 y 23 de enero`, `19 und 23. Januar`, `19 et 23 janvier`, Polish's `i`, Russian's `и`,
# Ukrainian's `та` and its one letter's, Dutch's `en`, Indonesian's `dan`): the second was read as the note's
# day, and a post of that day passed, one of the first failed, though the note gives two days
# (`_two_days_before`).
_DAYS_AND = r"and|und|et|y|e|i|\u0438|\u0456|\u0442\u0430|en|dan"
_DAY_JOINED_BEFORE = on_first_use(
    rf"(?<![\d/.:,])(?P<first>\d{{1,2}})(?:st|nd|rd|th|\.|{_CYRILLIC_ORDINAL})?(?:\s{{1,3}}(?:(?P<and>{_DAYS_AND})|-)\s{{1,3}}|-)$",
    re.IGNORECASE,
)
# What comes before a hyphen's first day where it is plainly a title's number, not a range's first day: a
# number's sign (`Report No. 19 - 23 January 2022`, `Issue 19 - 23 January 2022`, `vol. 3 - 21 January
# 2022`, `Выпуск 19 - 23 января 2022`): the date is the note's. After any other word (`Bulletin 19 - 23
# January 2022`, `Sitrep 19 - 23 January 2022`), as at a part's start (`ISW, 19 - 23 January 2022`), the
# two days are a range's: the 23rd was read as the note's, and a post of that day passed, one of the 21st
# failed, where the note may date the bulletin to five days.
_NUMBER_SIGN_ENDS = on_first_use(
    r"(?:\b(?:no|nr|n[\u00ba\u00b0o]|num|n\u00fam|nummer|num\u00e9ro|numero|n\u00famero|vol|issue|iss|ausgabe"
    r"|heft|part|pt|\u0432\u044b\u043f\u0443\u0441\u043a|\u0432\u044b\u043f|\u043d\u043e\u043c\u0435\u0440"
    r"|\u0432\u0438\u043f\u0443\u0441\u043a)\.?|[\u2116#])\s{0,3}$",
    re.IGNORECASE,
)
# A month's name right before the first day: `Jan 2 and 21 January 2022` are two dates, the second the note's.
_A_MONTH_NAME_ENDS = on_first_use(rf"(?:{_ANY_MONTH_NAME})\s{{1,3}}$", re.IGNORECASE)


def _two_days_before(text: str, start: int, end: int, before: str) -> bool:
    """Whether the date at `start`-`end` of `text` is the second of two days of its month written before it
    (`19 - 23 January 2022`, `19 e 23 gennaio 2022`), `before` the text before it."""
    joined = _DAY_JOINED_BEFORE().search(before)
    day = re.match(r"\d{1,2}(?!\d)", text[start:end])
    if joined is None or day is None or not 1 <= int(joined.group("first")) < int(day.group()):
        return False  # `Sitrep 25 - 21 January 2022`: no range runs back
    opening = before[: joined.start()]
    if joined.group("and") is not None:
        return _A_MONTH_NAME_ENDS().search(opening) is None
    return _NUMBER_SIGN_ENDS().search(opening) is None


# APA's range of days of one month, its year first (`(2022, January 21\u201322)`): the last day alone after
# the dash, closing the bracket. The first was read as the note's day, and a post of the 22nd failed the date
# check of a note that gives both days. A number after a date written day last elsewhere is not read so.
_DAY_CLOSING_A_YEAR_FIRST_RANGE = on_first_use(r"\s{0,3}[\u2013\u2014-]\s{0,3}\d{1,2}(?!\d)\s{0,3}\)")


def _in_a_range(text: str, start: int, end: int, day: dt.date | None) -> bool:
    """Whether the date at `start`-`end` of `text` (the day `day`) opens or closes a range of days."""
    before = text[max(0, start - _ACCESS_LOOKBEHIND) : start]
    if _GOST_FORMAT[0]().match(text, start) is not None:
        # GOST ends each part with `. — `: a title's number before its year (`Выпуск 15. — 2022. — 21 янв.`)
        # is no range's first day, and the day read as none, the note failed `schema`.
        before = ""
    if _RANGE_END().search(before) is not None or _two_days_before(text, start, end, before):
        return True
    if _RANGE_START().search(before) is not None and _RANGE_GOES_ON().match(text, end) is not None:
        return True
    # A full date, then the join, then this one; or this one, the join and a day.
    joined_before = _RANGE_JOIN_BEFORE().search(before)
    if joined_before is not None and _a_full_date_ends_the(before[: joined_before.start()], day):
        return True
    interval = _ISO_INTERVAL_GOES_ON().match(text, end) if _ISO_DAY().fullmatch(text, start, end) else None
    if interval is not None and interval.group("end") != text[start:end]:
        return True
    if text[start : start + 4].isdigit() and _DAY_CLOSING_A_YEAR_FIRST_RANGE().match(text, end) is not None:
        return True
    joined_after = _RANGE_JOIN_AFTER().match(text, end)
    return joined_after is not None and _a_day_opens_the(
        text[joined_after.end() : joined_after.end() + _ACCESS_LOOKBEHIND], day
    )


# How a date ranks among a note's (the first of the lowest rank is the note's); a range's days only tell that
# the note gives no one day.
_PUBLISHED, _PLAIN, _UPDATE, _RANGE = 0, 1, 2, 3


# The formats read in the text as it is, with `re.IGNORECASE`, not in the lowered text.
_READ_AS_WRITTEN = frozenset((_CYRILLIC, _WESTERN, _PERSIAN, _ROMAN, _VIETNAMESE, _HUNGARIAN_YEAR_FIRST))


def _candidates(
    text: str, read_words: bool = True, short_years: bool = False
) -> Iterator[tuple[int, int, int, DateFind]]:
    """Every date of `text` that counts, with its sort key: (its rank: a date said to be the publication's,
    any other, an update's; where; longest first). Without `read_words`, every date: an access or an as-of
    date too. With `short_years`, only the dates of a two-digit or an era's year."""
    # Most notes, their quotes and links blanked, are ASCII: none of `_FOLDS_TO_ASCII`, no Cyrillic letter.
    is_ascii = text.isascii()
    lowered = text.lower() if is_ascii or _FOLDS_TO_ASCII.search(text) is None else None
    subject, formats, any_month = (
        (text, _FORMATS, _ANY_MONTH) if lowered is None else (lowered, _FAST_FORMATS, _LOWERED_ANY_MONTH)
    )
    if short_years:
        formats = _SHORT_YEAR_FORMATS  # each with `re.IGNORECASE`: read in the lowered text too
    if is_ascii:
        formats = _ASCII_SHORT_YEAR_FORMATS if short_years else _ASCII_FAST_FORMATS
    named: bool | None = None  # whether a month is named, found out the first time it matters
    month_at = 0  # where a month is first named (when `named`)
    day_at = year_at = 0  # where its day, its year may open before it, in an ASCII text (when `named`)
    apa: bool | None = None  # whether APA's `(2022, 21` is written, found out the same way
    western_day: bool | None = None  # whether a day and a western month's first letters are written, the same
    for pattern, read, needed in formats:
        if len(needed) == 1:  # a separator (`-`, `/`, `.`, `年`): most formats, tested first
            if needed not in text:
                continue
        elif needed is _NAMED:
            if named is None:
                month = any_month().search(subject)
                named, month_at = month is not None, month.start() if month is not None else 0
                if is_ascii:
                    day_at = _where_a_day_may_open(subject, month_at)
                    year_at = _where_a_year_may_open(subject, month_at)
            if not named:
                continue
        elif needed is _CYRILLIC:
            if is_ascii or _ANY_CYRILLIC.search(text) is None:
                continue
        elif needed is _WESTERN:
            if lowered is None and _ANY_WESTERN_MONTH().search(text) is None:
                continue
            if lowered is not None:
                if western_day is None:
                    western_day = _western_day_and_month(lowered, is_ascii)
                if not western_day or _LOWERED_ANY_WESTERN_MONTH().search(lowered) is None:
                    continue
        elif needed is _HUNGARIAN_YEAR_FIRST:
            # Its every match holds a year's digit, its stop and a month's first letters, as the western
            # dates' test asks: a note that fails that test (most) is not searched again.
            if lowered is not None:
                if western_day is None:
                    western_day = _western_day_and_month(lowered, is_ascii)
                if not western_day:
                    continue
            hungarian = (
                _ANY_HUNGARIAN_YEAR_AND_MONTH if lowered is None else _LOWERED_HUNGARIAN_YEAR_AND_MONTH
            )
            if hungarian().search(subject) is None:
                continue
        elif needed is _BALTIC_YEAR_FIRST:
            # Its every match holds Lithuanian's `m.` or Latvian's `gada`: looked for as strings.
            if lowered is None:
                if "m." not in text and "M." not in text and "gada" not in text.lower():
                    continue
            elif "m." not in lowered and "gada" not in lowered:
                continue
        elif needed is _PERSIAN:
            if is_ascii or _ANY_ARABIC_LETTER().search(text) is None:
                continue
        elif needed is _SPANISH_FIRST:
            spanish = _SPANISH_MONTH_AND_DAY() if lowered is None else _LOWERED_SPANISH_MONTH_AND_DAY()
            if spanish.search(subject) is None:
                continue
        elif needed is _VIETNAMESE:
            # In ASCII the word can only be written `thang`: looked for as a string, not searched for.
            if ("thang" not in subject) if is_ascii else _ANY_VIETNAMESE_MONTH_WORD().search(text) is None:
                continue
        elif needed is _THAI:
            if "\u0e04" not in text and "\u0e22" not in text and "\u0e1e" not in text:
                continue  # every Thai month's name holds one of them
        elif needed is _ROMAN:
            if not _may_hold_a_roman_month(text):
                continue
        elif needed is _APA_DAY_FIRST:
            if apa is None:
                apa = "(" in text and _APA_YEAR_THEN_DAY().search(text) is not None
            if not apa:
                continue
        elif needed not in text:
            continue
        as_written = needed in _READ_AS_WRITTEN
        # A format whose every match opens with a month's name is searched from the first one named on: the
        # note's words before it (its name, its title) are not tried at each place.
        opens_at = month_at if pattern is _MONTH_FIRST or pattern is _FAST_MONTH_FIRST else 0
        if is_ascii:  # the same for a format whose match opens with a day or a year, then the month
            if pattern is _FAST_DAY_FIRST:
                opens_at = day_at
            elif pattern is _FAST_YEAR_FIRST:
                opens_at = year_at
        for match in pattern().finditer(text if as_written else subject, opens_at):
            found = read(match, text)
            if not (found.date or found.ambiguous):
                continue
            start = match.start()
            if not read_words:
                yield _PLAIN, start, start - match.end(), found
                continue
            before = None if lowered is None else lowered[max(0, start - _ACCESS_LOOKBEHIND) : start]
            # Whether the words before it may say what the date is (an access's, an update's, a post's).
            said = before is None or _ANY_DATE_OR_RELATIVE_KEYS().search(before) is not None
            if said and (before is None or _ACCESS_KEYS().search(before)) and _is_access_date(text, start):
                continue
            if _after_a_number_sign(text, start, found.text):
                continue
            may_be_a_range = (
                lowered is None
                or _may_end_a_range(before or "")
                or _may_join_a_range(lowered[match.end() : match.end() + _RANGE_JOIN_REACH])
            )
            if may_be_a_range and _in_a_range(text, start, match.end(), found.date):
                yield _RANGE, start, start - match.end(), found
                continue
            relative = _NOT_RELATIVE
            if said and (before is None or _RELATIVE_KEYS().search(before) is not None):
                relative = _relative_date(text, start)
                if relative == _COUNTED_FROM:
                    continue
            rank = _PLAIN
            # An update's day, or a document's (`от 21.01.2022 № 15`), or a bound's: the note's only if it
            # gives no other.
            if (
                (said and (before is None or _UPDATE_KEYS().search(before)) and _is_update_date(text, start))
                or is_document_date(text, start, match.end())
                or relative == _BOUND_RIGHT_BEFORE
            ):
                rank = _UPDATE
            elif (
                said
                and (before is None or _PUBLISHED_KEYS().search(before))
                and _is_publication_date(text, start)
            ):
                rank = _PUBLISHED
            yield rank, start, start - match.end(), found


def _western_day_and_month(lowered: str, is_ascii: bool) -> bool:
    """Whether the lowered text holds a digit, the day's end and a western month's first letters, as every
    match of the western day-first dates (`_WESTERN`) and of Hungarian's year-first ones does."""
    day_and_month = _ASCII_WESTERN_DAY_AND_MONTH if is_ascii else _LOWERED_WESTERN_DAY_AND_MONTH
    return day_and_month().search(lowered) is not None


# Every format has a four-digit year: text without four digits in a row holds no date (a name, say). Spelt
# digit by digit, not `\d{4}`: `re` then skips to a digit instead of trying the repeat at every place (a
# note's words looked through in 60 % of the instructions; asked two or three times a note).
_FOUR_DIGITS = re.compile(r"\d\d\d\d")
# An ASCII text's digits as one byte (`0`), each other character as itself: four digits in a row are
# `0000` in its bytes. Looked for so in C (`_holds_four_digits`), not by `re`, which tests each character
# for a Unicode digit through a function call (3,400 of `find_date`'s 144,000 instructions on a note).
_ASCII_DIGITS_AS_ZERO = bytes.maketrans(b"123456789", b"000000000")


def _holds_four_digits(text: str) -> bool:
    """`_FOUR_DIGITS.search(text) is not None`: an ASCII text's (most notes') bytes looked through in C."""
    if text.isascii():
        return b"0000" in text.encode("ascii").translate(_ASCII_DIGITS_AS_ZERO)
    return _FOUR_DIGITS.search(text) is not None


# And a day of one or two digits beside it: every format's match holds five digits or more
# (tests/citations/test_dates.py counts the fewest each format's pattern can match). A name or a title with
# a number of four digits and no other (`Desk 1024`, `Report 2022`) is not searched for each format
# (`holds_date`, asked of each note's leading name). Not asked by `find_date`, of a whole note, which holds
# five digits or more in all but a few. `\D*` and `\d` take no character in common: linear time.
_FIVE_DIGITS = re.compile(r"\d(?:\D*\d){4}")
_HYPHENS_TO_ASCII = str.maketrans("\u2010\u2011", "--")
_A_DIGIT = re.compile(r"\d")
# A day's digits and a word after them, as every day and month written day first holds (`21 января`, `21.
# Januar`, `1er février`, `21 de enero`, the ordinal's ending after a hyphen).
_A_DIGIT_THEN_A_WORD = re.compile(r"\d[.-]?\s{0,3}[^\W\d_]")


# The commonest whole days, each where one format reads it (`January 13, 2022`, `13 January 2022`, their
# months abbreviated as citation styles do, `Jan. 13, 2022`, `13 Sept 2022`, and `2022-01-13`), in a lowered
# text: where a note's only digits are one of them, `_one_whole_day` reads it without trying every format.
# Found here, then read by the format's own pattern and reader. A month's name is `_MONTH`'s, unnamed.
_A_MONTH_S_NAME = _MONTH.replace("(?P<month>", "(?:")
_WHOLE_DAY = re.compile(
    rf"(?P<month_first>{_A_MONTH_S_NAME} \d\d?, \d\d\d\d)"
    rf"|(?P<day_first>\d\d? {_A_MONTH_S_NAME} \d\d\d\d)"
    r"|(?P<iso>\d\d\d\d-\d\d-\d\d)"
)


_LONGEST_BEFORE_THE_YEAR = len("september 30, ")
_COMMAS_AFTER_OTHER_DIGITS = 2
# A note's opening name and its number, which may have four digits (`Desk 1024`, `Report 2021`), where it is
# the note's first part (up to its first comma) and holds its only digits before its day: one number after
# capitalised words, which no format reads as a day (each needs a day and a month beside its year).
_A_NAME_AND_ITS_NUMBER = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2} [0-9]+")


@functools.cache
def _formats_of_whole_days() -> dict[str, tuple[Compiled, Callable[[re.Match[str], str], DateFind]]]:
    """The format of `_FAST_FORMATS` reading each of `_WHOLE_DAY`'s shapes, by its group's name."""
    iso = next(each for each in _FAST_FORMATS if each[2] == "-")
    day_first = next(each for each in _FAST_FORMATS if each[0] is _FAST_DAY_FIRST)
    return {
        "month_first": (_FAST_FORMATS[0][0], _FAST_FORMATS[0][1]),
        "day_first": (day_first[0], day_first[1]),
        "iso": (iso[0], iso[1]),
    }


def _one_whole_day(text: str) -> DateFind | None:
    """What `find_date` finds in an ASCII `text` whose only digits, its URLs blanked, are one whole day of
    `_WHOLE_DAY`'s shapes and a few two commas or more before it (a name's: `Desk 12, "…", January 13,
    2022`; of four digits only as an opening name's number, `Desk 1024, …`), with no word before it that
    says it is an access's day or one counted from; None where that is not so, and `find_date` reads the
    text whole. Every format's match holds a year of four digits, and none spans two commas: no other day
    is read, so no range of days, and an update's or a document's day is the note's one. Most notes are
    dated so, and were tried for each format, at some 140 k instructions a note;
    tests/citations/test_dates_whole_day.py holds that this finds what they find, and fails without each
    of these tests."""
    blanked = blank_urls(text)
    digits = blanked.encode("ascii").translate(_ASCII_DIGITS_AS_ZERO)
    # The last four digits: no digit stands after the day, so they are its year's (or none is read here).
    year_at = digits.rfind(b"0000")
    if year_at < 0:
        return None
    lowered = blanked.lower()
    # The year ends a day written `January 13, 2022` or `13 January 2022`, or opens `2022-01-13`.
    whole = _WHOLE_DAY.search(lowered, max(0, year_at - _LONGEST_BEFORE_THE_YEAR), year_at + 10)
    if whole is None or whole.lastgroup is None:
        return None
    start, end = whole.span()
    last_digit_before = digits.rfind(b"0", 0, start)
    if digits.find(b"0", end) >= 0 or (
        last_digit_before >= 0 and blanked.count(",", last_digit_before, start) < _COMMAS_AFTER_OTHER_DIGITS
    ):
        return None
    if last_digit_before >= 0 and digits.find(b"0000", 0, start) >= 0:
        # Four other digits, which a format may read as a year (`2021-05-01, …, January 13, 2022`): only
        # an opening name's number (`Desk 1024, "…", January 13, 2022`, the notes of a long report).
        name_ends = blanked.find(",")
        if last_digit_before > name_ends or _A_NAME_AND_ITS_NUMBER.fullmatch(blanked, 0, name_ends) is None:
            return None
    pattern, read = _formats_of_whole_days()[whole.lastgroup]
    match = pattern().match(lowered, start)
    if match is None:
        return None
    found = read(match, blanked)
    if found.date is None or _after_a_number_sign(blanked, start, found.text):
        return None
    before = lowered[max(0, start - _ACCESS_LOOKBEHIND) : start]
    # The words before it are read as `_candidates` reads them, where their stems stand there (a stem may
    # stand in a name, `cit.` in `City Hall`, which says nothing of the day). An access's day, or
    # one the source's is counted from, is no candidate there; an update's (or a bound's) is one of a lower
    # rank, which changes nothing for a note's only day: the other calendars' days read in its place hold
    # a year of four digits, which no note read here holds before its day's year.
    if _ANY_DATE_OR_RELATIVE_KEYS().search(before) is not None and (
        (_ACCESS_KEYS().search(before) is not None and _is_access_date(blanked, start))
        or (_RELATIVE_KEYS().search(before) is not None and _relative_date(blanked, start) != _NOT_RELATIVE)
    ):
        return None
    return found


def find_date(text: str, *, year_apart: bool = False) -> DateFind:
    """The first full date in `text` (earliest in the text; the longest spelling when two start together),
    a date said to be the publication's (`posted 25 January 2022`) before any other, a date of an update only
    when the note gives no other.

    `year_apart`: `text` is a note's words, its quoted passages blanked, whose one day and month without
    their year take the note's one year written apart (`Rybar, on 21 January, Telegram, 2022.`): not a
    page's text, whose years and days may be anything's (`_day_beside_the_note_s_year`)."""
    if text.isascii():
        whole = _one_whole_day(text)
        if whole is not None:
            return whole
    return _find_date_read_whole(text, year_apart=year_apart)


def _find_date_read_whole(text: str, *, year_apart: bool) -> DateFind:
    """`find_date` with every format tried."""
    first = None
    if _holds_four_digits(text):
        first = min(
            _candidates(blank_urls(text)), key=_sort_key, default=None
        )  # the first of equals, as sorted
    if first is None and ("\u2010" in text or "\u2011" in text):
        # Unicode's hyphens, as typesetting keeps a date on one line (`21\u2011Jan\u20112022`,
        # `2022\u201001\u201021`): read as ASCII's, where the note had no date.
        return find_date(text.translate(_HYPHENS_TO_ASCII), year_apart=year_apart)
    if first is None and _may_hold_a_short_year(text):
        first = min(_candidates(blank_urls(text), short_years=True), key=_sort_key, default=None)
    if first is not None and first[0] == _RANGE:
        return DateFind(None, in_a_range=True)
    if first is None and _holds_four_digits(text) and _holds_two_days_of_one_month(blank_urls(text)):
        return DateFind(None, in_a_range=True)
    if first is None or first[0] == _UPDATE:
        # A Solar Hijri or Hebrew day (`12 Esfand 1400`, `21 Shevat 5782`), before an update's.
        other = _other_calendar_day(blank_urls(text))
        if other.date is not None:
            return other
    if first is None and ("(" in text or _CHICAGO_YEAR_NEAR in text[:_CHICAGO_REACH]):
        harvard = _harvard_day(blank_urls(text))
        if not year_apart or harvard.date is not None or harvard.in_a_range:
            return harvard
    if first is None and year_apart:
        blanked = blank_urls(text)
        if _A_DIGIT.search(blanked) is not None:  # most notes without a date give no number at all
            compact = _compact_day(blanked)
            return compact if compact.date is not None else _day_beside_the_note_s_year(blanked)
    return DateFind(None) if first is None else first[3]


# ISO 8601's basic format, a note's part of its own (`Rybar, Telegram, 20220121, https://t.me/...`, as
# exports and file names date): unread, the note had no date and failed `schema`. Only where the note gives
# no other date, as a whole part (a comma, a semicolon, a bracket or a dash before and after it, or the
# note's start or end), of a year of the sources cited and a real day: never a number in a URL (blanked),
# an id or a number after a word (`post 20220121`, `No. 20220121`), a file's name (`20220121.pdf`), nor one
# of two.
_COMPACT_DAY = on_first_use(
    r"(?<![\w./:#\u2116-])(?P<year>(?:19|20)\d\d)(?P<a>0[1-9]|1[0-2])(?P<b>0[1-9]|[12]\d|3[01])"
    r"(?![\w/:-]|\.\w|,\d)"
)
# So is ISO 8601's day written without its zeros (`2022-1-21`, as spreadsheets export `yyyy-m-d`), only as
# a part of its own: not a standard's number (`EN 1993-1-1:2005`), whose words stand before it.
_UNPADDED_ISO_DAY = on_first_use(
    r"(?<![\w./:#\u2116-])(?P<year>(?:19|20)\d\d)-(?P<a>\d{1,2})-(?P<b>\d{1,2})(?![\w/:-]|\.\w|,\d)"
)
# And a day, month and year written together, as military and logistics notes write them (`21JAN2022`,
# `21JAN22`): read only there, where the note gives no other date, not searched for in every note's digits.
_MONTH_WITHOUT_ITS_STOP = _MONTH.removesuffix(r"\.?")
_TIGHT_DAY = on_first_use(
    rf"(?<![\w./:#\u2116-])(?P<day>\d{{1,2}}){_MONTH_WITHOUT_ITS_STOP}(?P<year>\d{{4}}|\d{{2}})"
    r"(?![\w/:-]|\.\w|,\d)",
    re.IGNORECASE,
)
_MOST_COMPACT_DAYS = 8  # more numbers of eight digits than a note of one source gives: a list, none its date
_PART_OPENS = frozenset(",;([\u2013\u2014")
_PART_CLOSES = frozenset(",;.)]\u2013\u2014")


def _compact_day(text: str) -> DateFind:
    """The one day of `text` (a note's words, its URLs blanked) written `20220121`, `2022-1-21` or
    `21JAN2022` as a part of its own."""
    found = None
    written = itertools.chain(
        _COMPACT_DAY().finditer(text), _UNPADDED_ISO_DAY().finditer(text), _TIGHT_DAY().finditer(text)
    )
    for match in itertools.islice(written, _MOST_COMPACT_DAYS):
        before, after = text[: match.start()].rstrip()[-1:], text[match.end() :].lstrip()[:1]
        if (before and before not in _PART_OPENS) or (after and after not in _PART_CLOSES):
            continue
        if found is not None or _is_access_date(text, match.start()) or _is_update_date(text, match.start()):
            return DateFind(None)
        found = match
    if found is None:
        return DateFind(None)
    return _named_month(found, text) if "month" in found.re.groupindex else _year_month_day(found, text)


# Harvard (Cite Them Right) gives a newspaper's or a web post's year after its author, its day and month
# after the title, their year left out: `Smith, J. (2022) 'Troops at the border', The Guardian, 21 January.
# Available at: … (Accessed: 5 February 2023)`. Unread, a well-formed note had no date (its only full day the
# access date) and failed `schema`. Only with one year in brackets, and one day and month after it that is no
# access date; two days are no one day.
_HARVARD_YEAR = on_first_use(r"\((?P<year>\d{4})[a-z]?\)")
_HARVARD_REACH = 2000  # a note's opening, where its author and year are
# Chicago's author-date style (16th edition) gives the year as a sentence of its own after the author, the
# day and month after the title: `Mendelsohn, Daniel. 2010. "But Enough about Me." New Yorker, January 25.`
# Unread, the note was dated to the year alone. Only a year right after the note's opening words (its
# author's name, no digit in it), where no year is in brackets.
_CHICAGO_REACH = 100
_CHICAGO_YEAR_NEAR = ". "
_CHICAGO_YEAR = on_first_use(
    # The name's words, and up to three initials' or names' stops (`Smith, J. A.`), then the year's sentence.
    rf"\s{{0,3}}[^\d.()]{{1,{_CHICAGO_REACH}}}(?:\.\s{{0,3}}[^\d.()]{{1,12}}){{0,3}}"
    r"\.\s{1,3}(?P<year>\d{4})[a-z]?\.(?!\S)"
)
_ORDINAL = r"(?:st|nd|rd|th)?"
_HARVARD_MONTH = rf"(?:{_MONTH.removeprefix('(?P<month>')[:-4]})\.?"
_HARVARD_JOIN = r"\s{0,3}(?:[\u2013\u2014/-]|\s(?:and|or|&)\s)\s{0,3}"
_HARVARD_DAY_AND_MONTH = on_first_use(
    # A range of days, or either of two (`19-21 January`, `19 January \u2013 21 January`, `30 January \u2013
    # 2 February`, `January 19\u201321`, `21 or 22 January`): no one day, as `19-21 January 2022` is none.
    rf"(?P<range>(?<![\d.])\d{{1,2}}{_ORDINAL}\.?(?:\s+(?:of\s+)?{_HARVARD_MONTH})?{_HARVARD_JOIN}\d{{1,2}}"
    rf"{_ORDINAL}\.?\s+(?:of\s+)?{_HARVARD_MONTH}(?!\w)(?!,?\s*\d)"
    rf"|(?<![\w.]){_HARVARD_MONTH}\s+\d{{1,2}}{_ORDINAL}{_HARVARD_JOIN}(?:{_HARVARD_MONTH}\s+)?\d{{1,2}}{_ORDINAL}"
    r"(?![\w\u2013\u2014/-])(?!,?\s*\d))"
    # Not a range's or a list's last day (`19-21 January`, `19, 21 January`, `19 and 21 January`).
    r"|(?<![\d./\u2013\u2014-])(?<![\d./\u2013\u2014-]\s)(?<!\d,\s)(?<!\d\sand\s)(?<!\d\sor\s)"
    rf"{_DAY}\s+(?:of\s+)?{_MONTH}(?![\w])(?!,?\s*\d)"
    rf"|(?<![\w.])(?P<month2>{_MONTH.removeprefix('(?P<month>')[:-4]})\.?\s+(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?"
    r"(?![\w\u2013\u2014/-])(?!\s?[\u2013\u2014-])(?!,?\s*\d)",
    re.IGNORECASE,
)


def _harvard_day(text: str) -> DateFind:
    """The day of a Harvard note's year in brackets (or Chicago's after the author) and its day and month
    after it; None where there is not one of each."""
    years = list(itertools.islice(_HARVARD_YEAR().finditer(text, 0, _HARVARD_REACH), 2))
    if not years:
        chicago = _CHICAGO_YEAR().match(text)
        years = [chicago] if chicago is not None else []
    if len(years) != 1:
        return DateFind(None)
    days = set()
    written = ""
    a_range = ""
    for match in _HARVARD_DAY_AND_MONTH().finditer(text, years[0].end()):
        if _is_access_date(text, match.start()):
            continue
        if match["range"] is not None:
            a_range = a_range or match["range"]
            continue
        name = (match["month"] or match["month2"]).casefold()[:3]
        date = _valid(int(years[0]["year"]), _MONTHS[name], int(match["day"] or match["day2"]))
        if date is None:
            return DateFind(None)
        days.add(date)
        if len(days) > 1:
            return DateFind(None)
        written = written or match.group()
    if len(days) == 1:
        return DateFind(days.pop(), text=written)
    return DateFind(None, text=a_range, in_a_range=bool(a_range))


# A note's day and month without their year, its year written apart as a part of the note of its own:
# `Rybar, on 21 January, Telegram, 2022.`, `Medvedev, Telegram post of 21 January (2022).` Read as the year
# alone, a post of any day of 2022 passed. Only the note's one year (its quoted passages blanked: a title's
# year, `"Kherson 2022"`, completes no day), standing between the note's stops (`, 2022.`, `(2022)`), not in
# its words (`Kherson 2022, post of 21 January`, `Report 2022.`, `since 2022`), and no number's (`No. 2022`);
# and one day and month, no access's, update's or range's. Else the day is said (`DateFind.without_its_year`).
# In the other languages whose months are read too (`Рыбарь, 21 января, Telegram, 2022.`, `Spiegel, 21.
# Januar, Telegram, 2022.`, `Le Monde, publié le 21 janvier (2022).`), the year with its word after it
# (Russian's `\u0433.`, Ukrainian's `\u0440.`, Polish's `r.`) or a preposition before it (`, в 2022 \u0433.`,
# `, en 2022`):
# only English's was read, and the note was dated to the year alone, its day not even said.
_STOPS_BEFORE_A_YEAR_APART = frozenset(",.;:([\u2013\u2014")
_STOPS_AFTER_A_YEAR_APART = frozenset(",.;:)]")
_YEAR_APART_REACH = 8  # the spaces around the year
_YEAR_APART_WORD_REACH = 16  # a preposition or a year's word, and the spaces around them
_PREPOSITION_BEFORE_A_YEAR = on_first_use(r"(?<=[,.;:(\s])(?:in|en|im|w|\u0432|\u0443)$", re.IGNORECASE)
_YEAR_S_WORD_AFTER = on_first_use(
    r"(?:\u0433\u043e\u0434\u0430|\u0440\u043e\u043a\u0443|roku|\u0433|\u0440|r)(?!\w)",
    re.IGNORECASE,
)


def _preposition_start(text: str, start: int) -> int:
    """Where the preposition before the year at `start` of `text` starts (`, в 2022`, `, en 2022`), or
    `start` where there is none."""
    window = max(0, start - _YEAR_APART_WORD_REACH)
    preposition = _PREPOSITION_BEFORE_A_YEAR().search(text[window:start].rstrip())
    return start if preposition is None else window + preposition.start()


def _stands_apart(text: str, start: int, end: int) -> bool:
    """Whether the year at `start`-`end` of `text` is a part of the note of its own: between its stops,
    with its preposition before it and its word after it (`, в 2022 \u0433.`)."""
    start = _preposition_start(text, start)
    before = text[max(0, start - _YEAR_APART_REACH) : start].rstrip()
    after = text[end : end + _YEAR_APART_WORD_REACH].lstrip()
    word = _YEAR_S_WORD_AFTER().match(after)
    if word is not None:
        after = after[word.end() :].lstrip()
    after = after[:_YEAR_APART_REACH]
    opens = (not before and start <= _YEAR_APART_REACH) or before[-1:] in _STOPS_BEFORE_A_YEAR_APART
    closes = (not after and end + _YEAR_APART_WORD_REACH >= len(text)) or (
        after[:1] in _STOPS_AFTER_A_YEAR_APART
    )
    return bool(opens and closes) and (before[-1:] != "(" or after[:1] == ")")


# A day and month without their year in the other languages whose months are read (`21 января`, `21.
# Januar`, `le 21 janvier`, `21 de enero`, `21 stycznia`), as the full dates of `_FORMATS` write them.
_OTHER_DAY_AND_MONTH = on_first_use(
    rf"(?<![\d./\u2013\u2014-])(?P<slavic>\d{{1,2}}(?:\.|{_CYRILLIC_ORDINAL})?\s{{1,3}}"
    rf"{_SLAVIC_MONTH.replace('(?P<month>', '(?:')})(?!,?\s{{0,3}}\d)"
    rf"|(?<![\d./\u2013\u2014])(?<![^\u05d1]-)(?P<western>\d{{1,2}}"
    r"(?:er\s{1,3}|\.?[\u00ba\u00b0]\s{0,3}|\u03b7\u03c2?\s{1,3}|\.\s{0,3}|\s{1,3})"
    rf"(?:de\s{{1,3}})?\b{_WESTERN_MONTH.replace('(?P<month>', '(?:')})(?!\w)(?!,?\s{{0,3}}\d)",
    re.IGNORECASE,
)
_A_LEAP_YEAR = 2000  # read with a day and month without their year, for its month (29 February too)


def _days_without_their_year(text: str) -> Iterator[tuple[re.Match[str], tuple[int, int] | None]]:
    """Each day and month without its year in `text` that is no access's or update's, with its month and
    day; None for a range's or two days' (`19-21 January`, `19 \u0438 21 января`)."""
    for match in _HARVARD_DAY_AND_MONTH().finditer(text):
        if _is_access_date(text, match.start()) or _is_update_date(text, match.start()):
            continue
        if match["range"] is not None:
            yield match, None
            continue
        name = (match["month"] or match["month2"]).casefold()[:3]
        yield match, (_MONTHS[name], int(match["day"] or match["day2"]))
    yield from _other_days_without_their_year(text)


def _other_days_without_their_year(text: str) -> Iterator[tuple[re.Match[str], tuple[int, int] | None]]:
    """`_days_without_their_year` in the other languages whose months are read (`_OTHER_DAY_AND_MONTH`)."""
    if text.isascii() and _ASCII_WESTERN_DAY_AND_MONTH().search(text.lower()) is None:
        return  # most notes in English: no other language's month after a day
    read: dict[str, tuple[int, int] | None] = {}  # each spelling read once (a crafted note repeats one)
    for match in _OTHER_DAY_AND_MONTH().finditer(text):
        start = match.start()
        if _is_access_date(text, start) or _is_update_date(text, start):
            continue
        before = text[max(0, start - _ACCESS_LOOKBEHIND) : start]
        if _RANGE_END().search(before) is not None or _DAY_JOINED_BEFORE().search(before) is not None:
            yield match, None
            continue
        # Read as `_FORMATS` read it with a year: each language's month, and the abbreviations that need
        # their stop or their small letters (`21 set`, `21 Sty` are none).
        written = match.group()
        if written not in read:
            found = find_date(f"{written} {_A_LEAP_YEAR}").date
            read[written] = None if found is None else (found.month, found.day)
        if read[written] is not None:
            yield match, read[written]


def holds_day_without_its_year(text: str) -> bool:
    """Whether `text` (a part of a note) holds a day and month in a language other than English (`21
    stycznia`, `le 21 janvier`, `21 de enero`, `21 января`): no one's name. Read as one, a note's author was
    `21 stycznia`, and the author check compared it with the channel's name."""
    if _A_DIGIT_THEN_A_WORD.search(text) is None:
        return False  # most names: no digit, or one at their end (`Desk 5`)
    return any(month_and_day is not None for _, month_and_day in _other_days_without_their_year(text))


_LONGEST_ABBREVIATION = 4  # `janv.`, `Sept.`, `нояб.`: a longer name's stop ends its sentence


def _without_a_sentence_s_stop(written: str) -> str:
    """A day and month as written, without the stop of the sentence it ends (`21 January.`, `21 января.`),
    as the note is told to write it; an abbreviation's stop kept (`21 Jan.`, `21 janv.`)."""
    if not written.endswith("."):
        return written
    month = written[:-1].rsplit(maxsplit=1)[-1]
    return written[:-1] if len(month) > _LONGEST_ABBREVIATION and month.isalpha() else written


def _day_beside_the_note_s_year(text: str) -> DateFind:
    """The day of a note's one day and month without their year and its one year written apart; where the
    year is not there so, the day and month as written (`without_its_year`)."""
    days: set[tuple[int, int]] = set()
    written = ""
    for match, month_and_day in _days_without_their_year(text):
        if month_and_day is None:
            return DateFind(None)  # `19-21 January`: no one day, with a year or without
        days.add(month_and_day)
        if len(days) > 1:
            return DateFind(None)
        written = written or _without_a_sentence_s_stop(match.group())
    if not days:
        return DateFind(None)
    years = list(itertools.islice(_A_YEAR().finditer(text), _MOST_PERIODS + 1))
    if 1 < len(years) <= _MOST_PERIODS:
        # A full day's year (an access date's, `accessed 5 February 2023`) is no year the note gives apart.
        full_days = _Spans((first, first - back) for _, first, back, _ in _candidates(text, read_words=False))
        years = [year for year in years if not full_days.overlap(*year.span())]
    if len(years) == 1:
        start, end = years[0].span()
        # From its preposition: `janvier, en 2022` is no range's end (`en`, Dutch's and).
        if _stands_apart(text, start, end) and not _not_the_source_s(
            text, None, _preposition_start(text, start), end, True
        ):
            month, day = days.pop()
            date = _valid(int(years[0].group()), month, day)
            return DateFind(date, text=written) if date is not None else DateFind(None)
    return DateFind(None, without_its_year=written)


# Two days of one month joined, its name and year written once (`20\u201321 January 2022`, `19.\u201321.
# Januar 2022`, `January 20\u201321, 2022`): no format reads a day of it, and the note read as one without a
# date (`date` skipped). A range of days, as `between January 19 and January 23, 2022` is.
# Their days may be ordinals (`21st\u201322nd January 2022`), or the month first, joined by a slash or `or`
# too (`Jan. 21/22, 2022`, `January 21 or 22, 2022`): read as no date, the note was one without (`date`
# skipped), not one of several days. So are Hungarian's, the year first (`2022. janu\u00e1r 19\u201321.`).
_DAYS_OF_ONE_MONTH = on_first_use(
    rf"(?<![\d.])\d{{1,2}}{_ORDINAL}\.?\s{{0,3}}[\u2013\u2014-]\s{{0,3}}\d{{1,2}}{_ORDINAL}\.?\s{{1,3}}(?:de\s{{1,3}})?"
    rf"(?:{_ANY_MONTH_NAME})(?!\w)(?:\s{{1,3}}de)?,?\s{{1,3}}\d{{4}}(?!\d)"
    rf"|\b(?:{_ANY_MONTH_NAME})\s{{1,3}}\d{{1,2}}{_ORDINAL}\s{{0,3}}(?:[\u2013\u2014/-]|\s(?:or|and|&)\s)\s{{0,3}}"
    rf"\d{{1,2}}{_ORDINAL},?\s{{1,3}}\d{{4}}(?!\d)"
    rf"|(?<![\w.])\d{{4}}\.\s{{0,3}}(?:{_HUNGARIAN_MONTHS})(?!\w)\.?\s{{1,3}}\d{{1,2}}\.?\s{{0,3}}[\u2013\u2014-]\s{{0,3}}"
    rf"\d{{1,2}}(?!\d)",
    re.IGNORECASE,
)
# What every match of `_DAYS_OF_ONE_MONTH` holds: a day's last digit (and its ordinal), the join and the next
# day's first digit (`21\u201322`, `21st or 22nd`). `_DAYS_OF_ONE_MONTH` tries its months' names at each word
# of a note, and took 10 s on a crafted one of 900 kB (`(D (D (D ... 2022`); this opens at a digit and
# looks a few characters on.
_TWO_DAYS_JOINED = on_first_use(
    r"\d(?:st|nd|rd|th)?\.?\s{0,3}(?:[\u2013\u2014/-]|\s(?:or|and|&)\s)\s{0,3}\d", re.IGNORECASE
)


def _holds_two_days_of_one_month(text: str) -> bool:
    """`_DAYS_OF_ONE_MONTH().search(text) is not None`, the months' names not tried where no two days are
    joined (most notes)."""
    return _TWO_DAYS_JOINED().search(text) is not None and _DAYS_OF_ONE_MONTH().search(text) is not None


_MAX_OTHER_DAYS = 5


def other_days(text: str, day: dt.date) -> tuple[dt.date, ...]:
    """The other days `text` gives as plainly as `day` (its first date, `find_date`'s): full dates that are
    not an access, an as-of or an update date; none where a date is said to be the publication's (`posted
    25 January 2022`), which is then the note's without a doubt. `Report on the 21 January 2022 strike,
    Telegram, 25 January 2022` gives two days, and which is the post's only a person can tell."""
    # Every format has a four-digit year: a note with fewer than two gives one day at most (most notes),
    # unless its days are of two-digit or era years (`21.01.22, 25.01.22`), read only where no four-digit
    # year's is: read as one day, its first passed.
    if next(itertools.islice(_FOUR_DIGITS.finditer(text), 1, None), None) is not None:
        found = list(_candidates(blank_urls(text)))
    elif not _may_hold_a_short_year(text):
        return ()
    elif _FOUR_DIGITS.search(text) is not None and next(_candidates(blank_urls(text)), None) is not None:
        return ()  # the note's day is its one date of a four-digit year
    else:
        found = list(_candidates(blank_urls(text), short_years=True))
    if any(rank == _PUBLISHED for rank, *_ in found):
        return ()
    days = dict.fromkeys(each.date for rank, *_, each in found if rank == _PLAIN and each.date is not None)
    if day not in days:
        return ()
    return tuple(other for other in days if other != day)[:_MAX_OTHER_DAYS]


_A_WORD = on_first_use(r"[^\W\d_]+")


def _month_named(word: str) -> int | None:
    name = word.casefold()
    return _SLAVIC_MONTHS.get(name) or _WESTERN_MONTHS.get(name) or _MONTHS.get(name[:3])


def months_of_a_range(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The first and the last month, as (year, month), of the days that bound a note's range (`find_date`'s
    `in_a_range`: `19-21 January 2022`, `January 21, 2022 \u2013 March 3, 2022`): where its days fall, as
    far as a month. None where a bound's year is not written (`between January 19 and January 23, 2022`,
    `January 21, 2022 \u2013 February 3`, `2022-01-21/P2W`): its other bound may be in any month."""
    text = blank_urls(text)
    bounds = [
        found.date for rank, *_, found in _candidates(text) if rank == _RANGE and found.date is not None
    ]
    if len(bounds) == 1:
        return None
    months = [(day.year, day.month) for day in bounds]
    for match in _DAYS_OF_ONE_MONTH().finditer(text):
        named = (_month_named(word) for word in _A_WORD().findall(match.group()))
        month = next((number for number in named if number is not None), None)
        year = _FOUR_DIGITS.findall(match.group())
        if month is not None and year:
            months.append((int(year[-1]), month))
    return (min(months), max(months)) if months else None


def holds_date(text: str) -> bool:
    """Whether `text` holds a full day, whatever the words before it say of it: `Stand vom 05.03.2023` or `По
    состоянию на 05.03.2023` opening a note gives no publication date, and is no one's name either."""
    if text.isascii():
        # Its digits counted in its bytes (`_holds_four_digits`), in C: a name of four digits (`Desk 1234`)
        # is not searched for a fifth by `re`.
        digits = text.encode("ascii").translate(_ASCII_DIGITS_AS_ZERO)
        five_digits = b"0000" in digits and digits.count(b"0") >= 5
    else:
        five_digits = _FOUR_DIGITS.search(text) is not None and _FIVE_DIGITS.search(text) is not None
    if five_digits and any(found.date for *_, found in _candidates(blank_urls(text), read_words=False)):
        return True
    return _may_hold_a_short_year(text) and any(
        found.date for *_, found in _candidates(blank_urls(text), read_words=False, short_years=True)
    )


# --- a note dated to the month or the year only -------------------------------------------------------------
# `January 2022`, `Jan. 2022`, `février 2022`, `Januar 2022`, `enero de 2022`, `январь 2022`, `січень 2022`,
# `2022 Jan` (Vancouver), `(2022, January)` (APA), ISO 8601's `2022-01`; or a year alone (`Annual report
# 2021`, APA's `(2022)`): the note dates its source, to no one day. Read only where it gives no full date
# (`find_date`), in English, French, German, Spanish, Russian, Ukrainian, Italian, Portuguese, Polish,
# Turkish, Dutch, Indonesian and Malay. Not a month or a year of a full day (`accessed 5 March 2023`), of an
# access, an as-of or an update (`accessed January 2022`), of a bound (`since 2014`, `before March 2022`) or
# an approximation (`c. 2022`), of a range (`January\u2013March 2022`, `2021\u20132022`, `2022-01/2022-03`),
# nor a number (`No. 2022`, `pp. 2010`, `S/2022/15`, `2022-123`); a note of two months or two years gives no
# one of them.
_PERIOD_MONTH_NAMES = (
    ("january", "jan", "janvier", "janv", "januar", "jänner", "jän", "enero"),
    ("february", "feb", "février", "fevrier", "févr", "fevr", "februar", "febrero"),
    ("march", "mar", "mars", "märz", "maerz", "marz", "mär", "mrz", "marzo"),
    ("april", "apr", "avril", "avr", "abril"),
    ("may", "mai", "mayo"),
    ("june", "jun", "juin", "juni", "junio"),
    ("july", "jul", "juillet", "juil", "juli", "julio"),
    ("august", "aug", "août", "aout", "agosto"),
    ("september", "sep", "sept", "septembre", "septiembre", "setiembre"),
    ("october", "oct", "octobre", "oktober", "okt", "octubre"),
    ("november", "nov", "novembre", "noviembre"),
    ("december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre"),
    # Russian's and Ukrainian's month in the prepositional (`в январе 2022`, `\u0443 січні 2022`); Ukrainian's
    # nominative (`січень 2022`). Russian's nominative and genitive are `_SLAVIC_MONTHS`'.
    ("январе", "січень", "січні"),
    ("феврале", "лютий", "лютому"),
    ("марте", "березень", "березні"),
    ("апреле", "квітень", "квітні"),
    ("мае", "травень", "травні"),
    ("июне", "червень", "червні"),
    ("июле", "липень", "липні"),
    ("августе", "серпень", "серпні"),
    ("сентябре", "вересень", "вересні"),
    ("октябре", "жовтень", "жовтні"),
    ("ноябре", "листопад", "листопаді"),
    ("декабре", "грудень", "грудні"),
    # Italian's (`gennaio 2022`, `gennaio del 2022`), Portuguese's (`janeiro de 2022`), and Polish's in the
    # nominative (`styczeń 2022`), the genitive (`z stycznia 2022`), the locative (`w styczniu 2022`) and the
    # instrumental (`przed styczniem 2022`, a bound), its marks written or left out: read as the year alone,
    # a post of another month passed. `marco`, `marca` and `maja` only as a month is written, in small
    # letters: capitalised, a name (`Rossi, Marco, 2022`, `Kowalska, Maja, 2022`) or a newspaper's (`Marca,
    # 2022`). Polish's November, `listopad`, is Croatian's October: `_a_month_of` asks the note's letters.
    # Their abbreviations (Brazil's ABNT `fev. 2022`, Italian `gen. 2022`, Spanish `ene. 2022`), not those
    # that are words too (`set`, `out`, `ago`: `data set. 2022`).
    ("gennaio", "gen", "janeiro", "styczeń", "styczen", "stycznia", "styczniu", "styczniem", "ene"),
    ("febbraio", "fevereiro", "fev", "luty", "lutego", "lutym"),
    ("março", "marco", "marzec", "marca", "marcu", "marcem"),
    ("aprile", "kwiecień", "kwiecien", "kwietnia", "kwietniu", "kwietniem", "abr"),
    ("maggio", "mag", "maio", "maj", "maja", "maju", "majem"),
    ("giugno", "giu", "junho", "czerwiec", "czerwca", "czerwcu", "czerwcem"),
    ("luglio", "lug", "julho", "lipiec", "lipca", "lipcu", "lipcem"),
    ("sierpień", "sierpien", "sierpnia", "sierpniu", "sierpniem"),
    (
        "settembre",
        "setembro",
        "wrzesień",
        "wrzesien",
        "września",
        "wrzesnia",
        "wrześniu",
        "wrzesniu",
        "wrześniem",
        "wrzesniem",
    ),
    (
        "ottobre",
        "ott",
        "outubro",
        "październik",
        "pazdziernik",
        "października",
        "pazdziernika",
        "październiku",
        "pazdzierniku",
        "październikiem",
        "pazdziernikiem",
    ),
    ("novembro", "listopad", "listopada", "listopadzie", "listopadem"),
    ("dicembre", "dic", "dezembro", "grudzień", "grudzien", "grudnia", "grudniu", "grudniem"),
    # Turkish's (`Ocak 2022`), Dutch's (`januari 2022`), Indonesian's and Malay's (`Agustus 2022`, `Ogos
    # 2022`): read as the year alone, as the others were. Not `kasim`, a name without Turkish's dotless i,
    # nor Malay's `mac` (a Mac); `mei` only in small letters, as Dutch writes it (`Mei`, a name).
    ("ocak", "januari"),
    ("şubat", "subat", "februari"),
    ("mart", "maart", "maret"),
    ("nisan",),
    ("may\u0131s", "mayis", "mei"),
    ("haziran",),
    ("temmuz", "julai"),
    ("ağustos", "agustos", "agustus", "augustus", "ogos"),
    ("eylül", "eylul"),
    ("ekim",),
    ("kas\u0131m",),
    ("aral\u0131k", "aralik", "desember", "disember"),
)
_PERIOD_MONTHS: dict[str, int] = {
    **{name.casefold(): number for name, number in _SLAVIC_MONTHS.items()},
    **{
        name.casefold(): number % 12 + 1
        for number, names in enumerate(_PERIOD_MONTH_NAMES, start=0)
        for name in names
    },
}
# A year of the sources cited (not a Lunar or Solar Hijri one, `1443`, `1400`): every month or year read is
# found from one, so a note is searched once, for its few years, not for each month's name from each place.
_A_YEAR = on_first_use(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# The word before the year, a month's name or not (`January 2022`, `Jan. 2022`, `enero de 2022`); the one
# after it (Vancouver's `2022 Jan`, APA's `(2022, January)`), not before a day (`2022 Jan 21` is a day's).
_WORD_BEFORE_THE_YEAR = on_first_use(
    r"(?<!\w)(?P<word>[^\W\d_]{3,12})\.?,?\s{1,3}(?:(?:de|del|of)\s{1,3})?$", re.IGNORECASE
)
_WORD_BEFORE_REACH = 24  # `septiembre del `, and room
_WORD_AFTER_THE_YEAR = on_first_use(r",?\s{1,3}(?P<word>[^\W\d_]{3,12})(?!\w)(?!\.?,?\s{0,3}\d)")
_ISO_MONTH_AFTER_THE_YEAR = on_first_use(r"-(?P<a>0[1-9]|1[0-2])(?!\w|[/\u2013\u2014-]|[.,:]\d)")
# What a year may not follow (a number's digits: `S/2022`, `v.2022`, `2021-2022`, `No.2022`), and what it may
# not run on to (`2022-123`, `2022/15`, `2022.5`, `2022,5`, `2022:1`, a range `2021\u20132022`, `2021-22`).
_BEFORE_A_NUMBER = frozenset("./:,'\u2019\u2013\u2014-")
_NUMBER_RUNS_ON = on_first_use(r"\w|[/\u2013\u2014-]|[.,:]\d|\s{1,3}[\u2013\u2014-]\s{0,3}\d|['\u2019]s")
# A day beside a year alone: a day of a date no format reads (`February 30, 2022`, `(2022, 30 February)`, a
# month's name unread, `21 Tir 2022`), not the year of a source dated to no day; or a number's (`Desk 5,
# 2022`), where the year is as likely a number's too.
_A_DAY_BEFORE_THE_YEAR = on_first_use(
    r"(?<!\d)\d{1,2}(?:st|nd|rd|th|er|\.)?,?\s{1,3}(?:[^\W\d_]{2,12}\.?,?\s{1,3})?$", re.IGNORECASE
)
_A_DAY_AFTER_THE_YEAR = on_first_use(r",?\s{1,3}\d{1,2}(?!\d)")
# Joins of a range, before or after a month or a year (`January \u2013 March 2022`, `2021 and 2022`).
_PERIOD_JOIN = (
    r"(?:[\u2013\u2014/-]\s{0,3}|(?:to|through|thru|till|until|and|or|bis|und|oder|au|et|ou|hasta|al|y|o"
    r"|a|e|i|do|lub|albo|at\u00e9"  # Italian's and Portuguese's, Polish's (`od stycznia do marca 2022`)
    r"|ve|en|tot|dan|hingga|sampai"  # Turkish's, Dutch's, Indonesian's (`Ocak ve Şubat 2022`)
    r"|\u043f\u043e|\u0434\u043e|\u0438|\u0438\u043b\u0438|\u0442\u0430|\u0456|\u0430\u0431\u043e)\s{1,3})"
)
_PERIOD_JOINED_BEFORE = on_first_use(
    rf"(?:(?<!\w)(?P<word>[^\W\d_]{{3,12}})\.?|\d)\s{{0,3}},?\s{{0,3}}{_PERIOD_JOIN}$", re.IGNORECASE
)
_PERIOD_JOINED_AFTER = on_first_use(
    rf"\.?\s{{0,3}}{_PERIOD_JOIN}(?:(?P<word>[^\W\d_]{{3,12}})(?!\w)|\d)", re.IGNORECASE
)
# A bound, an approximation, a season, a quarter or a half right before (`since 2014`, `before March 2022`,
# `c. 2022`, `Q1 2022`); a winter or a summer (`Winter 2022`, which may open in December 2021, `summer of
# 2022`, the southern hemisphere's December to February), which may fall in two years. Not a spring or an
# autumn (`Spring 2022`, `autumn of 2022`, `printemps 2022`, `осень 2022`), in its one year in either
# hemisphere: read as no date, a journal's `Foreign Affairs, Spring 2022` failed `schema` as a note without
# one, where a citations file's `"season": 1` dates it to its year. (`fall` stays a bound: `the fall of
# Kabul, 2021`.)
_BOUNDS = frozenset(
    (
        "since", "before", "after", "until", "till", "by", "from", "between", "through", "seit", "vor",
        "nach", "bis", "ab", "depuis", "avant", "apr\u00e8s", "d\u00e8s", "desde", "hasta", "entre", "circa",
        "ca", "c", "around", "about", "approximately", "approx", "\u0441", "\u0434\u043e",
        "\u043f\u043e\u0441\u043b\u0435", "\u043f\u0435\u0440\u0435\u0434", "\u043e\u043a\u043e\u043b\u043e",
        "\u0437", "\u0432\u0456\u0434", "\u043f\u0456\u0441\u043b\u044f",
        "\u0431\u043b\u0438\u0437\u044c\u043a\u043e", "winter", "summer", "fall", "hiver", "\u00e9t\u00e9",
        "sommer", "invierno", "verano", "\u0437\u0438\u043c\u0430", "\u0437\u0438\u043c\u043e\u0439",
        "\u043b\u0435\u0442\u043e", "\u043b\u0435\u0442\u043e\u043c", "\u043b\u0456\u0442\u043e", "q1",
        "q2", "q3", "q4", "h1", "h2",
        # Italian, Portuguese and Polish ones (`dal gennaio 2022`, `até janeiro de 2022`, `od stycznia 2022`).
        # Not Italian's summer, `estate`, English's too (`Real Estate, January 2022`), nor `ate` (`até`).
        "da", "dal", "dalla", "dopo", "entro", "fino", "inverno", "at\u00e9", "ap\u00f3s", "apos",
        "ver\u00e3o", "od", "do", "przed", "po", "ok", "oko\u0142o", "zima", "lato",
        # Dutch and Indonesian ones (`sinds januari 2022`, `sejak Januari 2022`).
        "sinds", "voor", "vanaf", "tot", "sejak", "sebelum", "setelah", "sampai", "hingga",
    )
)  # fmt: skip
# Bounds of two words (`antes de 2022`, `jusqu'en 2022`): the first with the second.
_BOUNDS_OF_TWO_WORDS = frozenset(
    (
        ("antes", "de"),
        ("despu\u00e9s", "de"),
        ("jusqu", "en"),
        ("jusqu", "au"),
        ("end", "of"),
        ("prima", "di"),
        ("prima", "del"),
        ("fino", "a"),
        ("fino", "al"),
        ("depois", "de"),
        ("partir", "de"),
    )
)
# A number's sign or a page's before a year (`No. 2022`, `pp. 2010`, `Resolution 2022`, `S. 2022`).
_PERIOD_NUMBER_BEFORE = on_first_use(
    r"(?:(?<!\w)(?:no|nos|nr|n[\u00ba\u00b0o]|num|n\u00fam|nummer|num\u00e9ro|numero|n\u00famero|vol|issue"
    r"|iss|ausgabe|heft|part|pt|p|pp|pg|page|pages|para|paras|art|ch|chap|chapter|sec|section|fig|table|s|ss"
    r"|resolution|res|law|act|decree|order|code|case|file|op|opus|rfc|iso|iec|din|isbn|issn|ref|id|gost"
    r"|\u0433\u043e\u0441\u0442|\u0434\u0441\u0442\u0443|\u0441\u0442\u0440|\u0441\u0442"
    r"|\u0432\u044b\u043f|\u0432\u044b\u043f\u0443\u0441\u043a|\u043d\u043e\u043c\u0435\u0440)\.?"
    r"|[\u2116#\u00a7])\s{0,3}$",
    re.IGNORECASE,
)
# A day right before the month (`31 February 2022`, no day of any format): not a month alone.
_PERIOD_DAY_BEFORE = on_first_use(
    r"\d(?:st|nd|rd|th|er|\.)?\s{0,3}(?:(?:of|de)\s{1,3})?$|\d-?\u0433\u043e\s{1,3}$", re.IGNORECASE
)
_PERIOD_REACH = 40
_DAY_REACH = 16  # `September 21st, `
# More years than a note of one source gives (a list, a table): none is its one date, and each asked of
# the words around it, a note of 20,000 years took seconds.
_MOST_PERIODS = 32
ENGLISH_MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December",
)  # fmt: skip


def _a_month(word: str | None) -> int | None:
    return _PERIOD_MONTHS.get(word.casefold()) if word is not None else None


_NAMES_TOO = frozenset(("marco", "marca", "maja", "mei"))


def _a_month_of(text: str, word: re.Match[str], year_end: int) -> int | None:
    """The month `word` (a match's group `word`) names where it stands in `text`, beside a year ending at
    `year_end`: not Rio de Janeiro's, nor a name's (`_NAMES_TOO` capitalised), and Polish's November
    (`listopad 2022`) only in a note of Polish letters, not Croatian ones (its October), or with Polish's
    `r.` after the year (`listopad 2022 r.`, where a title's letters were in quotes, blanked)."""
    name, start = word["word"].casefold(), word.start("word")
    if name in _NAMES_TOO and not word["word"].islower():
        return None
    if name.startswith("listopad"):
        by_letters = _listopad_by_letters(text, start, word.end("word"))
        polish_year = by_letters is None and text[year_end : year_end + 5].lstrip().startswith("r.")
        return 11 if by_letters == 11 or polish_year else None
    if name == "janeiro" and text[max(0, start - 12) : start].casefold().split()[-2:] == ["rio", "de"]:
        return None  # `Rio de Janeiro, 2022`: a city, then a year
    return _a_month(name)


_PUNCTUATION_AROUND_A_WORD = "()[],;:.'\"\u201c\u201d\u00ab\u00bb"
_JOIN_WORDS = frozenset(
    (
        "to", "through", "thru", "till", "until", "and", "or", "bis", "und", "oder", "au", "et", "ou",
        "hasta", "al", "y", "o", "\u043f\u043e", "\u0434\u043e", "\u0438", "\u0438\u043b\u0438",
        "\u0442\u0430", "\u0456", "\u0430\u0431\u043e", "a", "e", "i", "do", "lub", "albo", "at\u00e9",
        "ve", "en", "tot", "dan", "hingga", "sampai",
    )
)  # fmt: skip


def _bounded(before: str) -> bool:
    """Whether `before` ends with a bound's, an approximation's or a season's words (`since `, `c. `): its
    last words, as plain strings (a pattern searched from each of 40 places was most of a note's reading)."""
    if not before[-1:].isspace():
        return False
    words = [word.strip(_PUNCTUATION_AROUND_A_WORD).casefold() for word in before.split()[-3:]]
    if words and words[-1] in ("the", "of"):
        words.pop()
    if not words:
        return False
    if words[-1] in _BOUNDS:
        return True
    first, _, second = words[-1].partition("'")  # `jusqu'en`
    pair = (first, second) if second else (words[-2] if len(words) > 1 else "", words[-1])
    return pair in _BOUNDS_OF_TWO_WORDS


def _joined(text: str, before: str, end: int) -> bool:
    """Whether a month or a year ending at `end`, `before` the text before it, is a range's end: a month,
    a year or a day joined to it before or after (`January \u2013 March 2022`, `2021 and 2022`)."""
    tail = before.rstrip()
    # Most text before a month or a year ends with no dash, slash or joining word: known without a search.
    if tail[-1:] in ("\u2013", "\u2014", "/", "-") or tail[-9:].rpartition(" ")[2].casefold() in _JOIN_WORDS:
        joined = _PERIOD_JOINED_BEFORE().search(before)
        if joined is not None and (joined["word"] is None or _a_month(joined["word"]) is not None):
            return True
    after = _PERIOD_JOINED_AFTER().match(text, end)
    return after is not None and (after["word"] is None or _a_month(after["word"]) is not None)


def _not_the_source_s(text: str, lowered: str | None, start: int, end: int, number: bool) -> bool:
    """Whether the month, the season or the year at `start`-`end` of `text` is no date of the source's: an
    access's, an update's, a bound's, a range's end (or, where it may be a number's digits, `number`, a
    number's). `lowered`: the text lowered, as `_candidates` reads it, where that keeps its characters'
    places."""
    before = text[max(0, start - _PERIOD_REACH) : start]
    lowered_before = None if lowered is None else lowered[max(0, start - _PERIOD_REACH) : start]
    # As in `_candidates`: most text before a date holds none of the words that say what the date is.
    said = lowered_before is None or _ANY_DATE_KEYS().search(lowered_before) is not None
    return (
        (said and _is_access_date(text, start))
        or (said and _is_update_date(text, start))
        or _bounded(before)
        or _joined(text, before, end)
        or (number and _PERIOD_NUMBER_BEFORE().search(before) is not None)
    )


def find_month_or_year(text: str) -> str | None:
    """The month (`2022-01`) or the year (`2022`) a note that gives no full date dates its source to: its
    one month, or where it names none, its one year; None where it gives neither, or two. Asked only of a
    note without a full day (`find_date`): `January 21, 2022` is a day, not a month."""
    if not _holds_four_digits(text):
        return None
    text = blank_urls(text)
    years = list(itertools.islice(_A_YEAR().finditer(text), _MOST_PERIODS + 1))
    if not years or len(years) > _MOST_PERIODS:
        return None
    lowered = text.lower() if text.isascii() or _FOLDS_TO_ASCII.search(text) is None else None
    days: _Spans | None = None  # the full days' spans, found where a month or a year may be in one
    months: set[str] = set()
    alone: set[str] = set()
    seasons: set[str] = set()
    for year in years:
        start, end = year.span()
        before_the_year = _WORD_BEFORE_THE_YEAR().search(text, max(0, start - _WORD_BEFORE_REACH), start)
        opens_a_number = start > 0 and (text[start - 1] in _BEFORE_A_NUMBER or text[start - 1].isalnum())
        runs_on = _NUMBER_RUNS_ON().match(text, end) is not None
        iso = None if opens_a_number else _ISO_MONTH_AFTER_THE_YEAR().match(text, end)
        after = None if opens_a_number else _WORD_AFTER_THE_YEAR().match(text, end)
        month_before = None if before_the_year is None else _a_month_of(text, before_the_year, end)
        if before_the_year is not None and month_before and not runs_on:
            # `January 2022`; not `31 February 2022`, a day of no format.
            start, month = before_the_year.start(), month_before
            if _PERIOD_DAY_BEFORE().search(text, max(0, start - _PERIOD_REACH), start):
                continue
            number = False
        elif iso is not None:
            end, month, number = iso.end(), int(iso["a"]), True
        elif after is not None and (month_after := _a_month_of(text, after, end)):
            end, month, number = after.end(), month_after, False
        elif (
            opens_a_number
            or runs_on
            or _A_DAY_BEFORE_THE_YEAR().search(text, max(0, start - _DAY_REACH - 8), start)
            or _A_DAY_AFTER_THE_YEAR().match(text, end)
        ):
            continue
        elif not _ends_its_part(text, end):
            continue  # `on the 2022 elections`, `in 2022 by @user`: a year in the note's words, not its date
        else:
            month, number = None, True
        # Every full day holding the year has its day's number beside it (`March 5, 2023`, `2022 Jan 21`).
        near = text[max(0, start - _DAY_REACH) : start] + text[end : end + _DAY_REACH]
        if days is None and any(character.isdigit() for character in near):
            days = _Spans((first, first - back) for _, first, back, _ in _candidates(text, read_words=False))
        season = None
        if month is None:  # `Winter 2022`: the season's code, its year in it
            season = _SEASON_BEFORE_THE_YEAR().search(text, max(0, start - _PERIOD_REACH), start)
        if (days is not None and days.overlap(start, end)) or _not_the_source_s(
            text, lowered, start if season is None else season.start(), end, number
        ):
            continue  # a full day's (`accessed 5 March 2023`), an access's, a bound's, a range's, a number's
        if season is not None:
            seasons.add(f"{year.group()}-{_SEASON_WORDS[season['season'].casefold()]}")
        elif month is None:
            alone.add(year.group())
        else:
            months.add(f"{year.group()}-{month:02d}")
    if months:
        return months.pop() if len(months) == 1 else None
    if len(seasons) == 1 and {season[:4] for season in seasons} >= alone:
        return seasons.pop()  # `Winter 2022` (and its year written again, `2022`, if at all)
    if len(alone) == 1:
        return alone.pop()
    return season_of_two_years(text) if not alone and not seasons else None


def _ends_its_part(text: str, end: int) -> bool:
    """Whether a year ending at `end` ends a part of the note (`ISW, "…", 2022, https://…`, `(2021).`,
    `Annual report 2021`, a URL after it), as a note's date of a year stands: a year running on into words
    (`a post on the 2022 elections`) names what the source is about, not when it was made."""
    return _A_PART_ENDS().match(text, end) is not None  # a URL after it is blanked to spaces


_A_PART_ENDS = on_first_use(r"\s*(?:[,.;:)\]—]|\Z)")


class _Spans:
    """Spans of a text (start, end), asked whether one overlaps a given span in a search of them, not a walk
    through each."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        # The furthest end of the spans up to each one: a span overlaps one opening before it that reaches it.
        self._reach = list(itertools.accumulate((end for _, end in self.spans), max))

    def overlap(self, start: int, end: int) -> bool:
        before = bisect.bisect_left(self.spans, (end,))  # the spans that open before `end`
        return before > 0 and self._reach[before - 1] > start


# EDTF's and CSL's season codes in place of a month (`2021-24`: winter 2021), as `Citation.date_month_or_year`
# holds a summer's or a winter's.
SEASON_CODES = {"21": "spring", "22": "summer", "23": "autumn", "24": "winter"}
# A note's winter or summer of one year (`Foreign Affairs, Winter 2022`, `summer of 2022`, `hiver 2022`, `зима
# 2022`): its code, as a citations file's `[[2022]]` and `"season": 4` gives it (`2022-24`: December 2021 to
# February 2023, every reading of it, the southern hemisphere's too). Read as no date, the note failed
# `schema` as one without, where the file's same season warned as a season only.
_SEASON_WORDS = {
    **dict.fromkeys(
        (
            *("winter", "hiver", "invierno", "inverno", "zima", "\u0437\u0438\u043c\u0430"),
            "\u0437\u0438\u043c\u043e\u0439",
        ),
        "24",
    ),
    **dict.fromkeys(
        (
            *("summer", "\u00e9t\u00e9", "sommer", "verano", "ver\u00e3o", "lato"),
            *("\u043b\u0435\u0442\u043e", "\u043b\u0435\u0442\u043e\u043c", "\u043b\u0456\u0442\u043e"),
        ),
        "22",
    ),
}
_SEASON_BEFORE_THE_YEAR = on_first_use(
    rf"(?<!\w)(?P<season>{'|'.join(_SEASON_WORDS)})(?:\s{{1,3}}of)?\s{{1,3}}$", re.IGNORECASE
)


# A winter or a summer a note names by its two years (`Winter 2021-22`, `winter 2021/2022`, `зима 2021/2022`,
# `hiver 2021-2022`, the southern `Summer 2021/22`): December of the first to February of the second, as
# `Citation.date_month_or_year` holds it, EDTF's interval `2021-12/2022-02`. Read as no date, `schema` failed
# a journal's `Winter 2021-22` issue as a note without one.
_SEASON_OF_TWO_YEARS = on_first_use(
    r"(?<!\w)(?:winter|summer|hiver|\u00e9t\u00e9|sommer|invierno|verano|inverno|ver\u00e3o|zima|lato"
    r"|\u0437\u0438\u043c\u0430|\u043b\u0435\u0442\u043e|\u043b\u0456\u0442\u043e)(?:\s{1,3}of)?\s{1,3}"
    r"(?P<first>\d{4})\s{0,2}[-/\u2013\u2014]\s{0,2}(?P<second>\d{4}|\d{2})(?![\w/]|[-.]\d)",
    re.IGNORECASE,
)


def season_of_two_years(text: str) -> str | None:
    """The one winter or summer a note names by its two years (`Winter 2021-22`: `2021-12/2022-02`), or
    None where it names none, two, or years that do not follow each other."""
    found = {
        f"{first:04d}-12/{first + 1:04d}-02"
        for match in itertools.islice(_SEASON_OF_TWO_YEARS().finditer(text), _MOST_PERIODS)
        if (first := int(match["first"])) < 9999
        and (
            int(match["second"]) == first + 1
            if len(match["second"]) == 4
            else match["second"] == f"{(first + 1) % 100:02d}"
        )
    }
    return found.pop() if len(found) == 1 else None


def month_or_year_in_words(period: str) -> str:
    """`2022-01` as `January 2022`, `2021-24` as `winter 2021`, `2021-12/2022-02` as `December 2021 to
    February 2022`, `2022` as it is."""
    if "/" in period:
        first, _, last = period.partition("/")
        return f"{month_or_year_in_words(first)} to {month_or_year_in_words(last)}"
    year, _, month = period.partition("-")
    if month in SEASON_CODES:
        return f"{SEASON_CODES[month]} {year}"
    return f"{ENGLISH_MONTHS[int(month) - 1]} {year}" if month else year


# A Lunar Hijri date, which no format reads: a numeric one of a year after the Solar Hijri years read
# (`1443/06/18`, `18/06/1443`, `18.06.1443 هـ`: 21 January 2022), or a day of a Lunar Hijri month
# (`18 Jumada al-Akhirah 1443`, `18 جمادى الآخرة 1443`). The note dates its source, in a calendar not read:
# "gives no full date" sent its writer looking for a date it gives.
# Each month as English, French, German, Urdu and Indonesian notes transliterate it (`Jumada al-Ula`, `Jumada
# I`, `Jumadal Ula`, `Rabi ul Awwal`, `Rabi-us-Sani`, `Rabi II`, `Dhul Hijjah`, `Dhu'l-Hijja`, `Zul Hijjah`,
# `Dhu al-Qi'dah`, `Ramzan`, `Shawal`, `Moharram`), and in Arabic, `جمادى` also as `جمادي`, the last two
# months after `ذو` or, in the genitive, `ذي` (`18 ذي الحجة 1443`): unread, a Hijri day days from the note's
# Gregorian one was not compared, and the post of the Gregorian day passed.
_HIJRI_MARK = "[\u02bf\u02be'\u2018\u2019`]"
_HIJRI_ORDINAL = (
    r"awwal|awal|ula|oula|uwla|ulaa|akhirah|akhira|akhir|akhar|akhr|ukhra|thaniyah|thaniya|thani|thany|sani|tsani"
    r"|ii|i(?!\w)"
)
_LUNAR_HIJRI_MONTHS = (
    rf"muh?arr?am|moharr?am|safar|rabi{_HIJRI_MARK}?a?[-\s]{{0,3}}(?:(?:al|ul|el|us|as|ath|at|ut|uth)[-\s]{{0,3}})?"
    rf"(?:{_HIJRI_ORDINAL})|jumad[ai]?[-\s]{{0,3}}(?:(?:al|ul|el|us)[-\s]{{0,3}})?(?:{_HIJRI_ORDINAL})|rajab"
    rf"|sha{_HIJRI_MARK}?a?ban|ramad[ah]n|rama?zan|shaww?al|(?:dhu|dhi|zu|zi|du|thu)(?:{_HIJRI_MARK}?[-\s]{{0,3}}"
    rf"(?:al|l|el))?[-\s]{{0,3}}(?:[qk][aie]{{1,2}}{_HIJRI_MARK}?[aie]?d(?:ah|a|eh)?|hij+(?:ah|a|eh)?|haj+(?:ah|a)?)"
    r"|\u0645\u062d\u0631\u0645|\u0635\u0641\u0631|\u0631\u0628\u064a\u0639|\u062c\u0645\u0627\u062f[\u0649\u064a\u06cc]"
    r"|\u0631\u062c\u0628|\u0634\u0639\u0628\u0627\u0646|\u0631\u0645\u0636\u0627\u0646"
    r"|\u0634\u0648\u0627\u0644|\u0630[\u0648\u064a] \u0627\u0644\u0642\u0639\u062f\u0629"
    r"|\u0630[\u0648\u064a] \u0627\u0644\u062d\u062c\u0629"
)
_LUNAR_HIJRI_YEAR = r"1(?:4[2-9]\d|5[0-7]\d|58[0-2])"  # after the Solar Hijri years, before 1583
_LUNAR_HIJRI_DATE = on_first_use(
    rf"(?<![\d/.-]){_LUNAR_HIJRI_YEAR}(?P<a>[/.-])\d{{1,2}}(?P=a)\d{{1,2}}(?![\d/.-])"
    rf"|(?<![\d/.-])\d{{1,2}}(?P<b>[/.-])\d{{1,2}}(?P=b){_LUNAR_HIJRI_YEAR}(?![\d/.-])"
    rf"|(?<!\d)\d{{1,2}}\s{{1,3}}(?:{_LUNAR_HIJRI_MONTHS})(?:\s{{1,3}}[^\W\d_]{{2,12}}){{0,2}}\s{{1,3}}1[34]\d\d(?!\d)",
    re.IGNORECASE,
)


# Arabic-Indic and Persian digits, each as the ASCII digit of its value: an Arabic or Persian note writes its
# Lunar Hijri date in them as often as not, and the year's pattern starts with an ASCII `1`: read as no date,
# a Hijri day far from the note's Gregorian one was not compared. One character for one: what is found stands
# where it was written.
_EASTERN_DIGITS = str.maketrans(
    {
        **{0x0660 + value: str(value) for value in range(10)},
        **{0x06F0 + value: str(value) for value in range(10)},
    }
)


# Every match of `_LUNAR_HIJRI_DATE` holds its year, whose first two digits are `13`, `14` or `15`, each digit
# ASCII or Arabic-Indic or Persian (read as ASCII's): a text holding none of them (most notes: `2022`, `21`)
# is not searched. Plain `in` tests: a class of such digits compiles to a table of 65,536 entries.
_LUNAR_HIJRI_YEAR_OPENINGS = ("13", "14", "15")
# An ASCII `1` before an Eastern `3`, `4` or `5`: where the text holds no Eastern `1`, the only other way.
_MIXED_LUNAR_HIJRI_YEAR_OPENINGS = tuple(f"1{digit}" for digit in "\u0663\u0664\u0665\u06f3\u06f4\u06f5")
# And the year is four digits of its own, no digit before or after it, in each of the three patterns: a
# text's `13`, `14` or `15` of a day or a longer number (`January 14`, `Desk 114`) holds no year. Opened by
# its `1`, which `re` skips to, then whether a digit stood before it. A note dated `January 14, 2022` is so
# spared the search of `_LUNAR_HIJRI_DATE` (about 150,000 instructions in a note of 100 characters).
_LUNAR_HIJRI_YEAR_ALONE = on_first_use(r"1[345]\d\d(?!\d)(?<!\d\d\d\d\d)")


def _may_hold_a_lunar_hijri_year(text: str) -> bool:
    """Whether `text` holds a Lunar Hijri year's first two digits, as every Lunar Hijri date does:
    `lunar_hijri_date` runs on every note `check` dates, and its search, of three patterns tried at every
    place, was most of its work on a note of no such date."""
    if any(opening in text for opening in _LUNAR_HIJRI_YEAR_OPENINGS):
        return True
    if text.isascii():
        return False
    if "\u0661" in text or "\u06f1" in text:
        read = text.translate(_EASTERN_DIGITS)
        return any(opening in read for opening in _LUNAR_HIJRI_YEAR_OPENINGS)
    return any(opening in text for opening in _MIXED_LUNAR_HIJRI_YEAR_OPENINGS)


def lunar_hijri_date(text: str) -> str | None:
    """The first Lunar Hijri date of `text` (outside its URLs), as written; None where it gives none."""
    if not _holds_four_digits(text) or not _may_hold_a_lunar_hijri_year(text):
        return None
    blanked = blank_urls(text)
    searched = blanked if blanked.isascii() else blanked.translate(_EASTERN_DIGITS)
    if _LUNAR_HIJRI_YEAR_ALONE().search(searched) is None:  # a day's `14`, a number's `114`, a link's `1443`
        return None
    found = _LUNAR_HIJRI_DATE().search(searched)
    return blanked[found.start() : found.end()] if found is not None else None


# The month of a Lunar Hijri date's name, by the start of its name (folded, its spaces, hyphens and marks
# dropped) and the word after `Rabi` or `Jumada`: first (`al-Awwal`, `al-Ula`, `I`, `الأول`, `الأولى`) or
# second (`al-Thani`, `al-Akhirah`, `us-Sani`, `II`, `الآخر`, `الثاني`).
_LUNAR_HIJRI_MONTH_STARTS = (
    ("muharram", 1), ("muharam", 1), ("moharram", 1), ("moharam", 1),
    ("safar", 2), ("rajab", 7), ("shaban", 8), ("shaaban", 8), ("ramad", 9), ("ramzan", 9), ("ramazan", 9),
    ("shaww", 10), ("shawal", 10),
    ("\u0645\u062d\u0631\u0645", 1), ("\u0635\u0641\u0631", 2), ("\u0631\u062c\u0628", 7),
    ("\u0634\u0639\u0628\u0627\u0646", 8), ("\u0631\u0645\u0636\u0627\u0646", 9),
    ("\u0634\u0648\u0627\u0644", 10), ("\u0630\u0648\u0627\u0644\u0642\u0639\u062f\u0629", 11),
    ("\u0630\u064a\u0627\u0644\u0642\u0639\u062f\u0629", 11),
    ("\u0630\u0648\u0627\u0644\u062d\u062c\u0629", 12), ("\u0630\u064a\u0627\u0644\u062d\u062c\u0629", 12),
)  # fmt: skip
# `Dhu al-Qa'dah`, `Zul Qadah`, `Dhul Hijjah`, `Zilhaj`: how the last two months' names start, then the
# letters that tell the eleventh (`q`, `k`) from the twelfth (`h`), an article between or not.
_DHU = on_first_use(r"(?:dhu|dhi|zu|zi|du|thu)(?:al|l|el)?(?P<which>[qkh])")
_FIRST_OF_TWO = (
    "awwal",
    "awal",
    "ula",
    "oula",
    "uwla",
    "\u0627\u0644\u0623\u0648\u0644",
    "\u0627\u0644\u0627\u0648\u0644",
    "\u0623\u0648\u0644",
)
_SECOND_OF_TWO = (
    "than",
    "sani",
    "akh",
    "ukhra",
    "\u0627\u0644\u0622\u062e\u0631",
    "\u0627\u0644\u0627\u062e\u0631",
    "\u0622\u062e\u0631",
    "\u0627\u0644\u062b\u0627\u0646",
    "\u062b\u0627\u0646",
)
_ARTICLES = ("al", "ul", "el", "us", "as", "ath", "at", "ut", "uth")


# 1 Muharram 1 AH by the tabular calendar's civil epoch: 16 July 622 (Julian), 19 July in the proleptic
# Gregorian calendar Python counts in.
_LUNAR_HIJRI_EPOCH = dt.date(622, 7, 19).toordinal() - 1
_LUNAR_HIJRI_NUMBERS = on_first_use(r"\d+")


def _lunar_hijri_month(written: str) -> int | None:
    """The number of the Lunar Hijri month `written` (its name and what follows it), None when unread."""
    folded = re.sub(r"[\s\-'`\u02bf\u02be\u2018\u2019]", "", written.casefold())
    for start, number in _LUNAR_HIJRI_MONTH_STARTS:
        if folded.startswith(start):
            return number
    dhu = _DHU().match(folded)
    if dhu is not None:
        return 12 if dhu.group("which") == "h" else 11
    for start, first in (
        ("rabi", 3),
        ("jumad", 5),
        ("\u0631\u0628\u064a\u0639", 3),
        ("\u062c\u0645\u0627\u062f", 5),
    ):
        if folded.startswith(start):
            rest = folded[len(start) : len(start) + 14]
            # The second's words first: `Rabi ul Akhir` holds `ula`.
            if any(word in rest for word in _SECOND_OF_TWO):
                return first + 1
            if any(word in rest for word in _FIRST_OF_TWO):
                return first
            # A Roman numeral after the name, its article dropped (`Rabi II`, `Jumada I`, `Jumadal-I`).
            numeral = rest.lstrip("a\u0649\u064a")
            numeral = next((numeral[len(a) :] for a in _ARTICLES if numeral.startswith(a)), numeral)
            if numeral.startswith("ii"):
                return first + 1
            if numeral.startswith("i"):
                return first
    return None


def lunar_hijri_day(text: str) -> dt.date | None:
    """The Gregorian day of the first Lunar Hijri date of `text` (`lunar_hijri_date`) by the tabular
    (arithmetical) calendar, which the observed one, by the moon seen, may differ from by a day or two: a day
    to hold the note's Gregorian day near, never one to date the post by. None where it gives none, or its
    month or day is no Lunar Hijri one."""
    written = lunar_hijri_date(text)
    if written is None:
        return None
    numbers = [int(number) for number in _LUNAR_HIJRI_NUMBERS().findall(written)]
    if len(numbers) == 3:
        year, month, day = numbers if numbers[0] > 31 else numbers[::-1]
    else:
        day, year = numbers[0], numbers[-1]
        found = _lunar_hijri_month(written[len(str(day)) :].lstrip())
        if found is None:
            return None
        month = found
    if not (1 <= month <= 12 and 1 <= day <= 30):
        return None
    days = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30
    return dt.date.fromordinal(_LUNAR_HIJRI_EPOCH + days)


def _sort_key(candidate: tuple[int, int, int, DateFind]) -> tuple[int, int, int]:
    return candidate[0], candidate[1], candidate[2]


# --- the time of day beside the date ------------------------------------------------------------------------


class CitedTime(NamedTuple):
    """A time of day a note gives beside its date: `at` in UTC when the note names a zone; else the day and
    the time as written (naive), which a zone from UTC-12 to UTC+14 may have meant."""

    at: dt.datetime
    # As the note writes it (`UTC`, `MSK`, `Kyiv time`, `+03:00`); Russian and Ukrainian words (`мск`, `по
    # Москве`, `за київським часом`) as `Moscow time` or `Kyiv time`.
    zone: str | None = None
    # The other moment the note's words may mean: `midnight` opens the day or closes it.
    also: dt.datetime | None = None


# `14:05`, `2:05 pm`, `2 p.m.`, `14.05 Uhr`, `14 Uhr`, `24:00` (the day's end), a time written with a stop
# where it says it is one (`9.15 am`, `20.15 h`, `09.15 GMT`: `_a_dotted_time`) or stands alone right after
# the date (`January 21, 2022, 9.15`: `_next_to_the_date`), French `20h15`, `20 h 15`, four digits where a
# zone or `hrs` follows (`1830Z`, `0915 EST`, `1830 hrs`, as military notes write a time; a date-time group
# of the note's day, `211830ZJAN22`, or of another zone's letter, `211430AJAN22` at UTC+1), each with an
# optional zone:
# `Z`, `UTC`, `UTC+3`, `(GMT+02:00)`, `MSK`, `Kyiv time`, `CET`, `MESZ`, `+03:00`, a zone of one offset
# (`JST`, `HKT`, `PKT`), `Eastern time` and `Pacific time` (summer time as the US keeps it), Moscow's and
# Kyiv's in words (`мск`, `по Москве`, `за київським часом`). Zones whose name means several offsets (`EST`,
# also written in summer; `CST`, US or China) are not read here. `noon` and `midnight` (`12 noon`, `midnight
# UTC`) only with a zone: without one they fit any post of a whole hour, and a title's `Midnight raid` is no
# time. Starts at a digit that no digit, colon or stop comes before (no part of `21.01.2022`, `1:30:15` or a
# year), or at one of those words. Compiled on first use: only `locate` reads times; compiled at import, every
# check would pay 6 M instructions before its first request.
# The month and two-digit year that end a military date-time group (`211830ZJAN22`).
_DTG_MONTH_YEAR = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\d{2}(?!\w)"
# A date-time group's zone letter other than `Z` (`211430AJAN22` is 14:30 at UTC+1): A to M east (J, the
# local time, left out: it names no zone), N to Y west. Read as no time, the note's day alone passed a post
# made hours from it; read as UTC, it would fail a true one.
_MILITARY_ZONE_HOURS = {
    **{letter: hours for hours, letter in enumerate("ABCDEFGHI", start=1)},
    "K": 10, "L": 11, "M": 12,
    **{letter: -hours for hours, letter in enumerate("NOPQRSTUVWXY", start=1)},
}  # fmt: skip


@functools.cache
def _clock() -> re.Pattern[str]:
    zones = (
        r"utc|gmt|msk|eest|eet|cest|cet|mesz|mez|moscow time|kyiv time|kiev time"
        rf"|hst|pkt|hkt|sgt|jst|kst|eastern time|pacific time|{_WORDED_ZONES}"
    )
    return re.compile(
        # Four digits with no colon (`1830Z`, `0915 EST`, `1830 hrs`) only where a zone or `hrs` says it is a
        # time: a number or a year alone is none. Military's date-time group gives the day first and the
        # month and year after the zone (`211830ZJAN22`: `_clock_moments` holds its day to the note's).
        r"(?:(?<![\d:.])(?:(?P<dtg_day>[0-3]\d)(?=\d{4}[a-ik-z]" + _DTG_MONTH_YEAR + r"))?"
        r"(?P<hour4>[01]\d|2[0-3])(?P<minute4>[0-5]\d)"
        rf"(?=[a-ik-z]{_DTG_MONTH_YEAR}|z\b|\s?(?:hrs|hours)\b|\s{{0,3}}\(?(?:{zones})\b"
        rf"|[\s,]{{0,3}}\(?(?-i:[A-Z]{{1,4}}T|{_OTHER_ZONE_NAMES})(?!\w))"
        r"(?:\s?(?:hrs|hours)\b\.?)?"
        r"|(?<![\d:.])(?P<hour>\d{1,2})(?:(?P<sep>[:.]|\s?h\s?)(?P<minute>\d{2})(?::\d{2})?)?(?!\d)"
        r"(?:\s?(?P<meridiem>[ap])\.?\s?m\b\.?|\s?(?P<uhr>uhr|h|sati|\u010dasova|casova)\b"
        r"|\s(?P<said>noon|midnight)\b)?"
        r"|\b(?P<word>noon|midnight)\b)"
        rf"(?:(?P<zulu>z)(?:\b|(?={_DTG_MONTH_YEAR}))|(?P<dtg_zone>[a-ik-y])(?={_DTG_MONTH_YEAR})"
        rf"|\s*\(?(?P<zone>{zones})\b"
        r"(?:\s*(?P<sign>[+\u2212-])\s*(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?)?\)?"
        r"|\s?(?P<bare_sign>[+\u2212-])(?P<bare_hours>\d{2}):?(?P<bare_minutes>\d{2})(?!\d))?",
        re.IGNORECASE,
    )


# Moscow's and Kyiv's time in Russian and Ukrainian words (`20:15 мск`, `по Москве`, `за київським часом`);
# each spelt with a space any run of one to three spaces may stand for.
_MOSCOW_WORDS = (
    "\u043c\u0441\u043a",
    "\u043f\u043e \u043c\u043e\u0441\u043a\u0432\u0435",
    "\u043f\u043e \u043c\u043e\u0441\u043a\u043e\u0432\u0441\u043a\u043e\u043c\u0443"
    " \u0432\u0440\u0435\u043c\u0435\u043d\u0438",
    "\u043c\u043e\u0441\u043a\u043e\u0432\u0441\u043a\u043e\u0433\u043e"
    " \u0432\u0440\u0435\u043c\u0435\u043d\u0438",
)
_KYIV_WORDS = (
    "\u043f\u043e \u043a\u0438\u0435\u0432\u0443",
    "\u043f\u043e \u043a\u0438\u0435\u0432\u0441\u043a\u043e\u043c\u0443"
    " \u0432\u0440\u0435\u043c\u0435\u043d\u0438",
    "\u0437\u0430 \u043a\u0438\u0454\u0432\u043e\u043c",
    "\u0437\u0430 \u043a\u0438\u0457\u0432\u0441\u044c\u043a\u0438\u043c \u0447\u0430\u0441\u043e\u043c",
    "\u043a\u0438\u0457\u0432\u0441\u044c\u043a\u043e\u0433\u043e \u0447\u0430\u0441\u0443",
)
_WORDED_ZONES = "|".join(
    name.replace(" ", r"\s{1,3}") for name in sorted(_MOSCOW_WORDS + _KYIV_WORDS, key=len, reverse=True)
)
# How far from the date a time may stand and still be its time: `January 21, 2022, 14:05`, `21 Jan 2022 at
# 2:05 pm`, `14:05 Uhr, 21. Januar 2022`; an access date's time further on is not the source's.
_TIME_REACH = 24
_FIXED_ZONES = {
    "utc": 0, "gmt": 0, "z": 0, "eet": 2, "eest": 3, "cet": 1, "cest": 2, "mez": 1, "mesz": 2,
    "hst": -10, "pkt": 5, "hkt": 8, "sgt": 8, "jst": 9, "kst": 9,
}  # fmt: skip


def _last_sunday(year: int, month: int) -> dt.date:
    last = dt.date(year, month, 31)
    return last - dt.timedelta(days=(last.weekday() + 1) % 7)


def _european_summer(day: dt.date) -> bool:
    """EU summer time, kept by Kyiv (and Berlin): the last Sunday of March to the last Sunday of October."""
    return _last_sunday(day.year, 3) <= day < _last_sunday(day.year, 10)


def _nth_sunday(year: int, month: int, nth: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (nth - 1))


def _us_summer(day: dt.date) -> bool:
    """US daylight time: the second Sunday of March to the first Sunday of November (from 2007; before, the
    first Sunday of April to the last Sunday of October)."""
    if day.year >= 2007:
        return _nth_sunday(day.year, 3, 2) <= day < _nth_sunday(day.year, 11, 1)
    return _nth_sunday(day.year, 4, 1) <= day < _last_sunday(day.year, 10)


def _zone_hours(zone: str, day: dt.date) -> int:
    zone = " ".join(zone.split())
    if zone in _FIXED_ZONES:
        return _FIXED_ZONES[zone]
    if zone in ("eastern time", "pacific time"):
        return (-5 if zone == "eastern time" else -8) + (1 if _us_summer(day) else 0)
    if zone in ("msk", "moscow time", *_MOSCOW_WORDS):
        # Moscow kept UTC+4 all year from March 2011 to October 2014, UTC+3 since.
        return 4 if dt.date(2011, 3, 27) <= day < dt.date(2014, 10, 26) else 3
    return 3 if _european_summer(day) else 2  # Kyiv time: EET, EEST in summer


def _clock_offset(match: re.Match[str], day: dt.date) -> tuple[dt.timedelta | None, str | None]:
    """The UTC offset and the zone as written, (None, None) for a time without a zone."""
    if match.group("zulu"):
        return dt.timedelta(0), "Z"
    if match.group("dtg_zone"):
        letter_hours = _MILITARY_ZONE_HOURS[match.group("dtg_zone").upper()]
        return dt.timedelta(hours=letter_hours), f"UTC{letter_hours:+d}"
    sign, hours, minutes = match.group("sign", "hours", "minutes")
    zone = match.group("zone")
    if zone is None and match.group("bare_sign"):
        sign, hours, minutes = match.group("bare_sign", "bare_hours", "bare_minutes")
    elif zone is None:
        return None, None
    offset = dt.timedelta(hours=_zone_hours(zone.casefold(), day)) if zone else dt.timedelta(0)
    if sign:
        shift = dt.timedelta(hours=int(hours), minutes=int(minutes or 0))
        offset += -shift if sign in "-\u2212" else shift
    written = " ".join(match.group(0)[match.start("zone" if zone else "bare_sign") - match.start() :].split())
    # Russian and Ukrainian words named as a detail in English names them: `(its Moscow time)`.
    named = " ".join(zone.casefold().split()) if zone else ""
    if named in _MOSCOW_WORDS or named in _KYIV_WORDS:
        written = "Moscow time" if named in _MOSCOW_WORDS else "Kyiv time"
    return offset, written.strip("()")


def _clock_moments(
    match: re.Match[str], day: dt.date, next_to_the_date: bool = False
) -> tuple[dt.datetime, ...]:
    """The local moments on `day` the time `match` may mean: none for no time, two for `midnight`.
    `next_to_the_date`: `match` stands alone right after the date (`_next_to_the_date`)."""
    next_day = dt.datetime.combine(day, dt.time()) + dt.timedelta(days=1)
    word = (match.group("word") or match.group("said") or "").casefold()
    if word:
        if not (match.group("zulu") or match.group("zone") or match.group("bare_sign")):
            return ()  # `January 21, 2022, midnight raid`: a title's word, or a time of any zone's whole hour
        if match.group("hour") is not None and (match.group("hour"), match.group("minute")) not in (
            ("12", None),
            ("12", "00"),
        ):
            return ()  # `3 noon`
        if word == "noon":
            return (dt.datetime.combine(day, dt.time(12)),)
        return dt.datetime.combine(day, dt.time()), next_day  # midnight opens the day, or closes it
    if match.group("hour4") is not None:
        if match.group("dtg_day") is not None and int(match.group("dtg_day")) != day.day:
            return ()  # a date-time group of another day: the note's two days are `checks.date`'s to weigh
        return (dt.datetime.combine(day, dt.time(int(match.group("hour4")), int(match.group("minute4")))),)
    hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
    meridiem = (match.group("meridiem") or "").casefold()
    if match.group("sep") == "." and not (next_to_the_date or _a_dotted_time(match)):
        return ()  # `21.01` is a day and a month, `9.15` a number; `9.15 am GMT`, `14.05 Uhr` are times, as
        # is `January 21, 2022, 9.15`
    if match.group("minute") is None and not (
        meridiem or (match.group("uhr") or "").casefold() in _HOURS_WORDS
    ):
        return ()  # a number alone; `14 h` may be hours counted
    if meridiem:
        if not 1 <= hour <= 12:
            return ()
        hour = hour % 12 + (12 if meridiem == "p" else 0)
    if (hour, minute) == (24, 0) and not meridiem:
        return (next_day,)  # `24:00`: the day's end
    if hour > 23 or minute > 59:
        return ()
    return (dt.datetime.combine(day, dt.time(hour, minute)),)


# A zone's abbreviation that `_clock` does not read (`EST`, `CLT`), written after a time in capitals, as
# `checks.date` reads it beside the time: with it, `9.15 EST` is a time of a zone the check compares.
# The zones `checks.date` reads after a time whose names do not end in `T` (`WIB`, `WITA`): with them, four
# digits (`0915 WIB`) are a time too. Read as no time, the note's day alone passed a post of 09:15 UTC.
_OTHER_ZONE_NAMES = "|".join(name for name in NAMED_ZONES if not name.endswith("T"))
_UNREAD_ZONE_AFTER = on_first_use(rf"[\s,]{{0,3}}\(?(?:[A-Z]{{1,4}}T|{_OTHER_ZONE_NAMES})(?!\w)")


# A time written with a stop alone (`9.15`) right after the date, a comma or `at` between, and nothing after
# it but the note's end or a stop, comma, semicolon or bracket (`January 21, 2022, 9.15.`), as British notes
# write a time: taken for a number, the note was compared by its day alone, and a post of 20:40 passed it.
# A time the post was not made at warns (`checks.date`), showing both: a number there is seen by hand.
# Croatian, Serbian and Bosnian write the time with a stop too, after the year's (`21. siječnja 2022. u
# 14.05`), or with `sati` (hours) after it, as German writes `Uhr` (`14.05 sati`); Russian and Ukrainian
# after their words for at.
_TO_A_TIME_NEXT_TO_THE_DATE = on_first_use(
    r"\.?\s{0,3},?\s{0,3}(?:(?:at|u|um|\u0432|\u043e)\s{1,3})?", re.IGNORECASE
)
# The words for hours a time is written with (`14 Uhr`, `14 sati`): a whole hour alone is a time with them.
_HOURS_WORDS = frozenset(("uhr", "sati", "\u010dasova", "casova"))
_AFTER_A_TIME_NEXT_TO_THE_DATE = on_first_use(r"\s{0,3}(?:$|[,;)\]]|\.(?!\d))")


def _next_to_the_date(text: str, end: int, match: re.Match[str]) -> bool:
    """Whether the time `match` stands alone right after the date that ends at `end`."""
    return (
        _TO_A_TIME_NEXT_TO_THE_DATE().fullmatch(text, end, match.start()) is not None
        and _AFTER_A_TIME_NEXT_TO_THE_DATE().match(text, match.end()) is not None
    )


def _a_dotted_time(match: re.Match[str]) -> bool:
    """Whether a time written with a stop (`9.15`) says it is one: with am or pm, `Uhr` or `h`, or a zone
    after it (`9.15 am GMT`, `09.15 GMT`, `20.15 мск`, `20.15 h`, `9.15 EST`), as OSCOLA and British,
    German and Russian notes write times. A stop alone is a day and a month (`21.01`) or a number (`9.15`);
    nor is a sign with four digits a zone after it (`21.01-2022`)."""
    if match.group("meridiem") or match.group("uhr") or match.group("zone"):
        return True
    return (
        match.group("bare_sign") is None and _UNREAD_ZONE_AFTER().match(match.string, match.end()) is not None
    )


# Words a video's or a recording's length follows (`YouTube video, 2:15,`, as Chicago cites a video; `audio,
# 45:10`, `duration: 3:02`, `длительность 2:15`): read as a time of day, a correct note's post of another time
# warned.
_LENGTH_WORDS = on_first_use(
    r"\b(?:video|audio|duration|length|running time|runtime|длительность|продолжительность|dauer|durée"
    r"|duración)\s{0,3}[,:]?\s{0,3}$",
    re.IGNORECASE,
)
_LENGTH_LOOKBEHIND = 24


def _a_length(text: str, match: re.Match[str]) -> bool:
    """Whether the time `match` found is a length (`YouTube video, 2:15`): right after such a word, with no am
    or pm, `Uhr` or zone to make it a time of day."""
    said = ("meridiem", "uhr", "zulu", "dtg_zone", "zone", "bare_sign", "said", "word")
    if any(match.group(name) for name in said) or _UNREAD_ZONE_AFTER().match(text, match.end()):
        return False  # `video, 9:15 EST` is a time
    return (
        _LENGTH_WORDS().search(text[max(0, match.start() - _LENGTH_LOOKBEHIND) : match.start()]) is not None
    )


def find_time(text: str, day: dt.date) -> CitedTime | None:
    """The time of day a note gives beside its date `day` (`January 21, 2022, 14:05`, `21 Jan 2022 at 2:05 pm
    UTC`, `21. Januar 2022, 14:05 Uhr MEZ`): in UTC when it names a zone, or gives the time in one beside it
    (`09:15 (07:15 UTC)`); None when it gives no time there, or the day is the calendar's first or last (a
    note's typo, `31 December 9999`: its time moved by a zone, or its next day, is none Python holds)."""
    return _find_time(text, day, in_the_eve_s_offset=True)


def _find_time(text: str, day: dt.date, in_the_eve_s_offset: bool) -> CitedTime | None:
    """The time of day a note gives beside its date `day` (`January 21, 2022, 14:05`, `21 Jan 2022 at 2:05 pm
    UTC`, `21. Januar 2022, 14:05 Uhr MEZ`): in UTC when it names a zone, or gives the time in one beside it
    (`09:15 (07:15 UTC)`), and where `in_the_eve_s_offset`, also in the day before's offset on a day summer
    time begins or ends; None when it gives no time there, or the day is the calendar's first or last."""
    if day in (dt.date.min, dt.date.max):
        return None
    blanked = blank_urls(text)
    found = find_date(text)
    if found.date != day or not found.text:
        return None
    start = blanked.find(found.text)
    end = start + len(found.text)
    # The time after the date, else the one before it: each looked for only within reach of it.
    after = _clock().search(blanked, end, min(len(blanked), end + _TIME_REACH + 40))
    if after is not None and after.start() - end > _TIME_REACH:
        after = None
    # Not the time the note's writer read or saved the source (`January 21, 2022, accessed 14:05`): taken for
    # the post's, a post of another time warned.
    # Nor the time it was updated or edited (`January 21, 2022, updated 14:05 UTC`): a post of 09:15 warned.
    between = blanked[end : after.start()].lower() if after is not None else ""
    if after is not None and (_ACCESS_KEYS().search(between) or _UPDATE_KEYS().search(between)):
        after = None
    before = _clock().search(blanked, max(0, start - _TIME_REACH - 40), start)
    if before is not None and start - before.end() > _TIME_REACH:
        before = None
    for match in (after, before):
        if match is None or _a_length(blanked, match) or _an_offset(blanked, match.start()):
            continue
        moments = _clock_moments(match, day, match is after and _next_to_the_date(blanked, end, match))
        if not moments:
            continue
        offset, zone = _clock_offset(match, day)
        if offset is None:
            converted = _zoned_time_beside(blanked, match, moments[0]) if len(moments) == 1 else None
            if converted is not None:
                return converted
            return CitedTime(moments[0], also=moments[1] if len(moments) > 1 else None)
        if abs(offset) > dt.timedelta(hours=14):
            return None
        at, *also = ((moment - offset).replace(tzinfo=dt.UTC) for moment in moments)
        if not also and _standard_time_named_in_summer(match, day):
            also = [at - dt.timedelta(hours=1)]
        # On the day summer time begins or ends (`27 March 2022, 02:30 Kyiv time`, before the change at
        # 04:00 there), the time may be in the day before's offset: read in the day's alone, a post made then
        # warned.
        eve_offset = _clock_offset(match, day - dt.timedelta(days=1))[0] if in_the_eve_s_offset else None
        if not also and eve_offset is not None and eve_offset != offset:
            also = [(moments[0] - eve_offset).replace(tzinfo=dt.UTC)]
        return CitedTime(at, zone, also[0] if also else None)
    return None


# A zone's offset written with its minutes (`(UTC+5:45)`, `GMT+05:30`, `(+05:30)`): a sign glued to the clock,
# or after UTC or GMT. Read as a time of day (05:45), the note's day in Nepal's zone was no zone's day, and a
# post of 18:20 UTC, 00:05 there, was a time off.
_OFFSET_SIGN_BEFORE = on_first_use(r"(?:(?:UTC|GMT)\s?[+\-\u2212]\s?|[+\u2212]|\(\s?-)$", re.IGNORECASE)


def _an_offset(text: str, start: int) -> bool:
    """Whether the clock read at `start` is a zone's offset (`UTC+5:45`), not a time of day."""
    return _OFFSET_SIGN_BEFORE().search(text[max(0, start - 6) : start]) is not None


# A time in a zone written right after a time without one, in brackets or after a slash (`09:15 (07:15
# UTC)`, `09:15 local (07:15 GMT)`, `9:15 EST / 14:15 UTC`): the moment the note gives. Read as the first
# alone, a time of some zone, a post of 09:15 UTC passed a note that says 07:15 UTC.
_TO_A_ZONED_TIME_BESIDE = on_first_use(
    r"\s{0,3}(?:[A-Za-z]{1,5}(?:\s{1,3}time)?\s{0,3})?[(\[/]\s{0,3}", re.IGNORECASE
)
# How far a local time may be from the same moment in UTC: UTC-12 to UTC+14.
_LOCAL_AHEAD = (dt.timedelta(hours=-12), dt.timedelta(hours=14))


def _zoned_time_beside(text: str, match: re.Match[str], local: dt.datetime) -> CitedTime | None:
    """The time with a zone written right after the time `match` (read as `local`, in no zone), in UTC on the
    day that makes it `local` in some zone from UTC-12 to UTC+14 (`01:15 (23:15 UTC)` is of the day before);
    None where none is."""
    to = _TO_A_ZONED_TIME_BESIDE().match(text, match.end())
    zoned = _clock().match(text, to.end()) if to is not None else None
    if zoned is None:
        return None
    moments = _clock_moments(zoned, local.date())
    offset, zone = _clock_offset(zoned, local.date())
    if len(moments) != 1 or offset is None or abs(offset) > _LOCAL_AHEAD[1]:
        return None
    at = moments[0] - offset
    for shift in (dt.timedelta(0), dt.timedelta(days=-1), dt.timedelta(days=1)):
        if _LOCAL_AHEAD[0] <= local - (at + shift) <= _LOCAL_AHEAD[1]:
            return CitedTime((at + shift).replace(tzinfo=dt.UTC), zone)
    return None


# Central and Eastern European standard time, which many write for the local time all year (`14:05 CET` in
# July, as `EST` for New York's): in summer the name may mean the summer time too. Read as standard time only,
# a post made at 14:05 in Berlin's summer warned.
_NAMED_ALL_YEAR = frozenset(("cet", "mez", "eet"))


def _standard_time_named_in_summer(match: re.Match[str], day: dt.date) -> bool:
    zone = match.group("zone")
    return (
        zone is not None
        and zone.casefold() in _NAMED_ALL_YEAR
        and not match.group("sign")
        and _european_summer(day)
    )


# What follows a note's day where a zone is named right after it, no time given (`January 21, 2022 (UTC)`,
# `21.01.2022 (мск)`, `January 21, 2022, Kyiv time`): a letter, a comma or a bracket before it, and the
# year's stop, as Croatian and Serbian write it (`21. siječnja 2022. (UTC)`).
_ZONE_AFTER_A_DAY = on_first_use(r"\.?[\s,]{0,3}\(?(?:[^\W\d_]|[+\u2212]\d)")
_ZONE_AFTER_A_DAY_REACH = 40
# The word for year after a Russian, Ukrainian, Croatian or Serbian date (`21 января 2022 года (мск)`, its
# abbreviation, `року`, `godine`), before the zone: read as what the zone follows, it hid the zone.
_YEAR_WORD_AFTER = on_first_use(
    r"\.?\s{0,3}(?:\u0433\u043e\u0434\u0430|\u0440\u043e\u043a\u0443|godine|\u0433\u043e\u0434\u0438\u043d\u0435"
    r"|god|\u0433|\u0440)\b\.?",
    re.IGNORECASE,
)


class ZonedDay(NamedTuple):
    """The day a note gives in a zone it names, no time given: the zone as written, and the moments (UTC)
    the day opens at in it (two for a standard time's name written in summer, `CET`: its summer time's
    too), and those it closes at: 23 hours later on the day summer time begins, 25 on the day it ends."""

    zone: str
    opens: tuple[dt.datetime, ...]
    closes: tuple[dt.datetime, ...] = ()


def find_zoned_day(text: str, day: dt.date) -> ZonedDay | None:
    """The zone a note names right after its day `day` where it gives no time (`January 21, 2022 (UTC)`,
    `21.01.2022 (мск)`, `January 21, 2022, Kyiv time`), of those `find_time` reads (a place's name or an
    IANA zone's is `checks.date`'s to read); None where it names none, or gives a time."""
    if find_time(text, day) is not None:
        return None
    blanked = blank_urls(text)
    found = find_date(blanked)
    if found.date != day or not found.text:
        return None
    end = blanked.find(found.text) + len(found.text)
    year_word = _YEAR_WORD_AFTER().match(blanked, end)
    end = year_word.end() if year_word is not None else end
    after = blanked[end : end + _ZONE_AFTER_A_DAY_REACH]
    if _ZONE_AFTER_A_DAY().match(after) is None:
        return None
    # The day's first minute written before the zone, where `find_time` reads it (after a comma too: `,
    # Kyiv time`).
    midnight = _find_time(f"{found.text}, 00:00 {after.lstrip(' ,.')}", day, in_the_eve_s_offset=False)
    if midnight is None or midnight.zone is None:
        return None
    if midnight.zone.isascii() and midnight.zone.isalpha() and midnight.zone.islower():
        # A word after the day, not a zone's abbreviation: French `cet` (this) in `21 janvier 2022, cet
        # article …`. With no time beside it, nothing says it is a time's.
        return None
    # The day closes at the next midnight, in the day's offset; it opened in the day before's, which a change
    # to or from summer time that night (`27 March 2022, Kyiv time`, at 04:00 there) makes another. Read in
    # the day's offset, the day opened an hour late in spring, and in autumn a post of its first hour warned.
    readings = (midnight.at,) if midnight.also is None else (midnight.at, midnight.also)
    if day in (dt.date.min, dt.date.max):
        return ZonedDay(midnight.zone, readings)  # no day before or after it to read (a note's typo)
    closes = tuple(at + dt.timedelta(days=1) for at in readings)
    eve = day - dt.timedelta(days=1)
    before = _find_time(f"{eve.isoformat()}, 00:00 {after.lstrip(' ,.')}", eve, in_the_eve_s_offset=False)
    opened = before if before is not None and before.zone == midnight.zone else midnight
    if opened is midnight:
        return ZonedDay(midnight.zone, tuple(at - dt.timedelta(days=1) for at in closes), closes)
    opens = tuple(at + dt.timedelta(days=1) for at in (opened.at, opened.also) if at is not None)
    return ZonedDay(midnight.zone, opens, closes)
