"""A date a web page writes all in numbers whose day and month could swap (`12/03/2024`: 12 March read day
first, 3 December month first), read in the order the page itself shows, or in none.

htmldate, which dates a page where nothing else does, reads such a date day first on every page: a US
outlet's `12/03/2024`, its readers' 3 December, dated the page 12 March, a true note citing 3 December
failed and one citing 12 March passed. The order is taken from what the page says, the strongest evidence
first:

- its own dates: a numeric date whose day is over 12 proves the order the site writes them in
  (`25/03/2024`, `03/25/2024`), and an ISO day of its metadata (`"dateModified": "2024-12-03"`) that is one
  reading and not the other says which it is;
- else its place: its host's country-code domain (`.uk`, `.de`: day first; `.us`, and the US government's
  `.gov` and `.mil`: month first), the region of its `og:locale` or `<html lang>` (`en-GB`: day first,
  `en-PH` month first), a language written day first where no region is named (`fr`, `de`);
- else two together of what only hints at it: `en-US` (what English-language CMSes declare unless told
  otherwise, British blogs among them) and the order the page's dates in words take (`March 5, 2024` month
  first, `5 March 2024` day first).

Evidence of the tier that speaks pointing both ways decides nothing: the day is then read both ways, and the
date check neither passes nor fails a note on it. A day the page also gives in a form one order reads
(`2024-03-12`, `March 12, 2024`) is left as htmldate read it (`written_plainly`). A report's notes prove
their own order as a page's dates do (`report_s_order`). Slashed and dashed dates only: a dotted one
(`12.03.2024`) is day first wherever it is written, as `citations.dates` reads it. Pure logic: no I/O.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Literal

from provenance.patterns import on_first_use

Order = Literal["day first", "month first"]
DAY_FIRST: Order = "day first"
MONTH_FIRST: Order = "month first"

# The source's `fields` key of a page's numeric date read two ways (`12/03/2024`), read by the date check.
READ_TWO_WAYS = "numeric date (reads two ways)"
# The source's `fields` key of how a page's numeric date was read (`12/03/2024, month first (en-US, …)`).
READ_ONE_WAY = "numeric date (read in the page's order)"

# Two numbers of one or two digits and a year of two or four, one mark between each, the same mark twice
# (`12/03/2024`, `3-12-24`): never inside a longer run of digits and marks (`2024-12-03`, `1/12/03/2024`).
# Every quantifier bounded: each start tries a few characters at most.
_NUMERIC_DATE = on_first_use(r"(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2(\d{4}|\d\d)(?![\d/-])")
_MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
)
# An English date in words, month first (`March 5, 2024`, `Mar. 5th 2024`) or day first (`5 March 2024`,
# `5th of March, 2024`).
_DATE_IN_WORDS = on_first_use(
    rf"\b(?:(?P<month_first>{_MONTH} \d\d?(?:st|nd|rd|th)?,? \d{{4}})"
    rf"|(?P<day_first>\d\d?(?:st|nd|rd|th)? (?:of )?{_MONTH},? \d{{4}}))\b",
    re.IGNORECASE,
)
_MOST_DATES = 200  # of a page's dates of one kind looked at: a page listing more proves nothing more

# The countries (their codes, as a domain or a locale's region writes them) whose numeric dates put the
# month first; those that write them year first, or both ways (Canada, Puerto Rico), say nothing of the
# two; every other writes them day first.
_MONTH_FIRST_COUNTRIES = frozenset(("us", "ph", "mh"))
_NEITHER_COUNTRIES = frozenset(("ca", "pr", "cn", "tw", "jp", "kr", "kp", "hu", "lt", "mn", "ir", "za", "se"))
# The country-code domains sites everywhere take for their letters (`.io`, `.ai`, `.tv`, `.fm`): no word of
# the site's place.
_GENERIC_COUNTRY_DOMAINS = frozenset(
    (
        *("io", "ai", "co", "tv", "me", "fm", "ly", "gg", "to", "cc", "ws", "la", "so", "sh", "am", "ac"),
        *("vc", "gl", "im", "is", "gd", "ms", "nu", "tk", "ml", "ga", "cf", "gq", "st", "pw", "md", "ag"),
        *("cx", "sc"),
    )
)
# The US government's and military's domains, which no other country's sites use.
_MONTH_FIRST_DOMAINS = frozenset(("gov", "mil"))
# The languages (ISO 639-1) a page in which writes its numeric dates day first, where it names no region:
# not English (the US's month first, the UK's day first), nor those written year first (Chinese, Japanese,
# Korean, Hungarian, Lithuanian, Mongolian, Persian, Basque), nor Filipino and Tagalog (month first).
_NOT_DAY_FIRST_LANGUAGES = frozenset(("en", "zh", "ja", "ko", "hu", "lt", "mn", "fa", "eu", "fil", "tl", ""))


def _read(first: int, second: int, year: int, order: Order) -> dt.date | None:
    day, month = (first, second) if order == DAY_FIRST else (second, first)
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _numbers(match: re.Match[str]) -> tuple[int, int, int]:
    year = match.group(4)
    return int(match.group(1)), int(match.group(3)), int(year) + (2000 if len(year) == 2 else 0)


def readings(written: str) -> tuple[dt.date, dt.date] | None:
    """The two days a numeric date whose day and month could swap reads as (`12/03/2024`: 12 March day
    first, then 3 December month first); None for any other text, a date one order alone reads included."""
    match = _NUMERIC_DATE().fullmatch(written.strip())
    if match is None:
        return None
    first, second, year = _numbers(match)
    day_first, month_first = _read(first, second, year, DAY_FIRST), _read(first, second, year, MONTH_FIRST)
    if day_first is None or month_first is None or day_first == month_first:
        return None
    return day_first, month_first


def _numeric_dates(text: str) -> Iterator[re.Match[str]]:
    return itertools.islice(_NUMERIC_DATE().finditer(text), _MOST_DATES)


def written_two_ways(day: dt.date, text: str) -> str | None:
    """The first numeric date in `text` that reads as `day` one way and as another day the other
    (`12/03/2024` for 12 March 2024 or 3 December 2024), as written; None where there is none."""
    for match in _numeric_dates(text):
        both = readings(match.group(0))
        if both is not None and day in both:
            return match.group(0)
    return None


def written_plainly(day: dt.date, text: str) -> bool:
    """Whether `text` gives `day` in a form one order alone reads: ISO (`2024-03-12`, `2024/03/12`) or in
    English words (`March 12, 2024`, `12 March 2024`): htmldate's day may be that one's, not a numeric
    date's beside it that reads it two ways."""
    if day.isoformat() in text or day.isoformat().replace("-", "/") in text:
        return True
    from provenance.citations.dates import find_date

    words = itertools.islice(_DATE_IN_WORDS().finditer(text), _MOST_DATES)
    return any(find_date(match.group(0)).date == day for match in words)


def _orders_shown(text: str) -> set[Order]:
    """The orders the numeric dates of `text` that only one order reads prove (`25/03/2024`: day first). Of
    four-digit years only: `13-12-10` is as likely a score or a code as a date."""
    shown: set[Order] = set()
    for match in _numeric_dates(text):
        first, second, year = _numbers(match)
        if len(match.group(4)) != 4:
            continue
        if first > 12 and _read(first, second, year, DAY_FIRST) is not None:
            shown.add(DAY_FIRST)
        elif second > 12 and _read(first, second, year, MONTH_FIRST) is not None:
            shown.add(MONTH_FIRST)
    return shown


def _orders_of_machine_days(both: tuple[dt.date, dt.date], machine_days: Iterable[str]) -> set[Order]:
    """The orders whose reading is a day the page's metadata gives in ISO form (`2024-12-03`, or a time's)."""
    shown: set[Order] = set()
    for value in itertools.islice(machine_days, _MOST_DATES):
        try:
            day = dt.date.fromisoformat(value.strip()[:10])
        except ValueError:
            continue
        if day in both:
            shown.add(DAY_FIRST if day == both[0] else MONTH_FIRST)
    return shown


def _order_of_country(country: str) -> Order | None:
    if country in _MONTH_FIRST_COUNTRIES:
        return MONTH_FIRST
    return None if country in _NEITHER_COUNTRIES else DAY_FIRST


def _orders_of_place(host: str, declared: Sequence[str]) -> tuple[set[Order], bool]:
    """The orders the page's host and declared locales (`og:locale`, `<html lang>`) say its place writes
    numeric dates in, and whether it declares `en-US`, which says little alone (`_orders_hinted`)."""
    orders: set[Order] = set()
    top = host.rstrip(".").rsplit(".", 1)[-1].lower()
    if top in _MONTH_FIRST_DOMAINS:
        orders.add(MONTH_FIRST)
    elif (
        len(top) == 2
        and top.isalpha()
        and top not in _GENERIC_COUNTRY_DOMAINS
        and (order := _order_of_country(top)) is not None
    ):
        orders.add(order)
    us_english = False
    for locale in declared:
        language, _, region = locale.strip()[:40].lower().replace("_", "-").partition("-")
        region = region[:2] if len(region) >= 2 and region[:2].isalpha() else ""
        if region == "us" and language == "en":
            us_english = True
        elif region and region not in _NEITHER_COUNTRIES:
            orders.add(_order_of_country(region) or DAY_FIRST)
        elif language not in _NOT_DAY_FIRST_LANGUAGES and language.isalpha():
            orders.add(DAY_FIRST)
    return orders, us_english


def _orders_hinted(text: str, us_english: bool) -> list[Order]:
    """What only hints at the page's order, once each: `en-US` declared (month first), and each order its
    English dates in words take (`March 5, 2024`: month first; `5 March 2024`: day first)."""
    hints: list[Order] = [MONTH_FIRST] if us_english else []
    taken: set[str] = set()
    for match in itertools.islice(_DATE_IN_WORDS().finditer(text), _MOST_DATES):
        taken.add(match.lastgroup or "")
    hints += [MONTH_FIRST] if "month_first" in taken else []
    hints += [DAY_FIRST] if "day_first" in taken else []
    return hints


def page_s_order(
    written: str, text: str, machine_days: Iterable[str], host: str, declared: Sequence[str]
) -> tuple[Order, str] | None:
    """The order the page reads its numeric date `written` in (`12/03/2024`), and what says so, from its
    `text`, the ISO days of its metadata (`machine_days`), its `host` and its `declared` locales (see
    above); None where nothing decides, or the tier that speaks points both ways."""
    both = readings(written)
    if both is None:
        return None
    shown = _orders_shown(text) | _orders_of_machine_days(both, machine_days)
    if shown:
        return (shown.pop(), "the page's own dates") if len(shown) == 1 else None
    placed, us_english = _orders_of_place(host, declared)
    if placed:
        return (placed.pop(), "the page's site and locale") if len(placed) == 1 else None
    hints = _orders_hinted(text, us_english)
    if len(hints) >= 2 and len(set(hints)) == 1:
        return hints[0], "its en-US locale and its dates in words" if us_english else "its dates in words"
    return None


def report_s_order(notes: Iterable[str]) -> Order | None:
    """The order a report writes its notes' numeric dates in, where those of them only one order reads prove
    it (`25/03/2024` in one note: day first, and its `12/03/2024` in another is 12 March); None where none
    does, or they prove both. Each note's text is read up to `_MOST_NOTE_CHARS`, at most `_MOST_NOTES` of
    them: linear in the report."""
    shown: set[Order] = set()
    for note in itertools.islice(notes, _MOST_NOTES):
        shown |= _orders_shown(note[:_MOST_NOTE_CHARS])
        if len(shown) > 1:
            return None
    return shown.pop() if shown else None


_MOST_NOTES = 100_000
_MOST_NOTE_CHARS = 10_000


def read_in(written: str, order: Order) -> dt.date | None:
    """The day the numeric date `written` is in `order`; None where it is no date read two ways."""
    both = readings(written)
    return None if both is None else both[0] if order == DAY_FIRST else both[1]


def both_readings_said(written: str) -> str:
    """The two days `written` reads as, for a detail: `12 March 2024 or 3 December 2024`."""
    both = readings(written)
    if both is None:
        return written
    return " or ".join(f"{day.day} {day:%B %Y}" for day in both)
