"""A filing on the SEC's EDGAR: its index page dated by the day it was filed, a current report (Form 8-K)
dated by its Date of Report, each credited to the company that filed it.

EDGAR's pages carry no metadata a web page is dated or credited by. Read as web pages, a filing's index
(`…/<accession>-index.htm`) was dated by whatever day htmldate took from it (the "Filing Date", the "Period
of Report" or the footer's "Modified" line, whichever came first) and credited to no one; a filing's own
document was dated the same way (a 10-K by its fiscal year's end, a day no note cites it by).

What is read:
- the index page: its `infoHead`/`info` pairs, the "Filing Date" as the filing's day (the "Period of
  Report" and the "Accepted" time kept in `fields`, and named beside the day), and the company marked
  `(Filer)` (`companyName`) as its author;
- a filing's document in inline XBRL: the `dei:` facts its cover is tagged with: the registrant's name
  (`dei:EntityRegistrantName`) as its author, the form (`dei:DocumentType`), and for a current report (8-K,
  6-K and their amendments) its Date of Report (`dei:DocumentPeriodEndDate`: "Date of earliest event
  reported", the day the report is dated by) as its day. Any other form's period end (a 10-K's fiscal year)
  is not the document's day, and a day htmldate guessed from its text is not read either: the document
  shows no day of its own, and a person compares the note's by hand (the index gives the filing's day);
- a current report's signature day: the `Date:` (or `Dated:`) line of the SIGNATURES block at its end
  (`March 15, 2024`, `2024-03-15`, or in numbers month first, `03/15/2024`), the day the report was
  signed, as a rule the day it was filed, kept in `fields[SIGNED_FIELD]` (the date check passes a note
  citing it, "Form 8-K, filed March 15, 2024", naming it). Where the block's `Date:` lines give different
  days, none is kept.

EDGAR files a submission it receives after its hours on its next filing day (`next_filing_day`): a weekday
that is no federal holiday, each holiday found by its rule (`federal_holidays`). A report signed before a
Friday holiday or Thanksgiving and cited as filed the Monday or the Friday after was taken for a day apart.

Bounded: the markup is read from its first `_MOST_HTML_CHARS` characters, each value cut at
`_MOST_VALUE_CHARS`.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from provenance.citations.dates import ENGLISH_MONTHS
from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.web import read_as_web_page
from provenance.models import Platform, SourcePost
from provenance.side_urls import on_domain

_MOST_HTML_CHARS = 3_000_000
_MOST_VALUE_CHARS = 300
_MOST_FACTS = 500

# `/Archives/edgar/data/<CIK>/<accession, 18 digits>/<file>`; the index is `<accession, dashed>-index.htm`.
_FILING_PATH = re.compile(r"/Archives/edgar/data/[0-9]{1,10}/[0-9]{18}/([A-Za-z0-9_.-]{1,200})")
_INDEX_FILE = re.compile(r"[0-9]{10}-[0-9]{2}-[0-9]{6}-index\.html?")
_DOCUMENT_FILE = re.compile(r"[A-Za-z0-9_.-]{1,200}\.html?")
_ISO_DAY = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_MONTHS = tuple(month.casefold() for month in ENGLISH_MONTHS)
# `March 12, 2024` (ixt:date-monthname-day-year-en), `12 March 2024` (…-day-monthname-year-en).
_WORDS_DAY = re.compile(
    r"(?:([A-Za-z]{3,9})\.?\s{1,3}([0-9]{1,2}),?\s{1,3}([0-9]{4})|([0-9]{1,2})\s{1,3}([A-Za-z]{3,9})\.?,?\s{1,3}"
    r"([0-9]{4}))"
)
# `03/15/2024`: EDGAR's filers are American, and write a day in numbers month first (a signature's `Date:`,
# an ixt:date-monthnumber-day-year cover fact).
_US_NUMERIC_DAY = re.compile(r"([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})(?![0-9])")
# Current reports: dated by the day of the earliest event they report, printed on their cover.
_CURRENT_REPORTS = frozenset({"8-K", "8-K/A", "6-K", "6-K/A", "8-K12B", "8-K12G3"})
_FILER_MARK = re.compile(r"\((?:Filer|Subject|Filed by)\)", re.IGNORECASE)
# The SIGNATURES block ends a current report: its heading (the last one, in capitals, as EDGAR's 8-Ks print
# it), then `Date: March 15, 2024` beside or above each signatory. Only the text just after the heading is
# read, and each `Date:` is followed by one bounded day: no pattern here repeats over what another does.
_SIGNATURES_HEADING = "SIGNATURE"
_MOST_SIGNATURE_CHARS = 4_000
_MOST_SIGNATURE_DAYS = 10
_SIGNATURE_DAY = re.compile(
    rf"\bDated?\s{{0,3}}:\s{{0,5}}({_ISO_DAY.pattern}|{_WORDS_DAY.pattern}|{_US_NUMERIC_DAY.pattern})",
    re.IGNORECASE,
)

FILING_DAY = "the filing's day, 'Filing Date' on EDGAR's index"
REPORT_DAY = (
    "the Date of Report on the {form}'s cover (dei:DocumentPeriodEndDate, the day of the earliest event "
    "reported)"
)
PERIOD_FIELD = "period of report"
SIGNED_FIELD = "signed"


# EDGAR files nothing on a day the federal government is closed: a weekend or a federal holiday (5 U.S.C.
# 6103), each by its rule: a fixed day (New Year's Day, Juneteenth from 2021, Independence Day, Veterans Day,
# Christmas), moved to the Friday before when it falls on a Saturday and to the Monday after on a Sunday;
# or a weekday of its month (the third Monday of January, from 1986, and of February; the last Monday of
# May; the first of September; the second of October; the fourth Thursday of November).
_FIXED_HOLIDAYS = ((1, 1, 0), (6, 19, 2021), (7, 4, 0), (11, 11, 0), (12, 25, 0))  # month, day, since
# Month, weekday (Monday 0), which of them (-1: the last) and the year it was first kept.
_WEEKDAY_HOLIDAYS = ((1, 0, 3, 1986), (2, 0, 3, 0), (5, 0, -1, 0), (9, 0, 1, 0), (10, 0, 2, 0), (11, 3, 4, 0))


def _nth_weekday(year: int, month: int, weekday: int, nth: int) -> dt.date:
    """The `nth` `weekday` (Monday 0) of a month; the last where `nth` is -1."""
    if nth < 0:
        last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))


def _observed(day: dt.date) -> dt.date:
    """The day a fixed holiday is kept: a Saturday's on the Friday before, a Sunday's on the Monday after."""
    return day + dt.timedelta(days={5: -1, 6: 1}.get(day.weekday(), 0))


def federal_holidays(year: int) -> frozenset[dt.date]:
    """The days the federal government keeps as holidays in `year`, as observed, by their rules
    (`_FIXED_HOLIDAYS`, `_WEEKDAY_HOLIDAYS`). Next year's New Year's Day on a Saturday is kept on this
    year's 31 December, and is one of them."""
    fixed = (
        _observed(dt.date(of_year, month, day))
        for of_year in (year, year + 1)
        for month, day, since in _FIXED_HOLIDAYS
        if of_year >= since
    )
    by_weekday = (
        _nth_weekday(year, month, weekday, nth)
        for month, weekday, nth, since in _WEEKDAY_HOLIDAYS
        if year >= since
    )
    return frozenset(day for day in (*fixed, *by_weekday) if day.year == year)


def next_filing_day(day: dt.date) -> dt.date:
    """The first day after `day` EDGAR files on: a weekday no federal holiday (`federal_holidays`). EDGAR
    files a submission it receives after its hours on that day."""
    after = day + dt.timedelta(days=1)
    while after.weekday() >= 5 or after in federal_holidays(after.year):
        after += dt.timedelta(days=1)
    return after


def edgar_file(url: str) -> str | None:
    """`index` for a filing's EDGAR index page, `document` for one of its HTML documents; None for any other
    link (EDGAR's search, a company's list of filings, the inline viewer `/ix?doc=`)."""
    try:
        if not on_domain(url, "sec.gov"):
            return None
        path = urlsplit(url).path[:400]
    except ValueError:
        return None
    found = _FILING_PATH.fullmatch(path)
    if found is None:
        return None
    name = found.group(1)
    if _INDEX_FILE.fullmatch(name):
        return "index"
    return "document" if _DOCUMENT_FILE.fullmatch(name) else None


def day_of(value: str) -> dt.date | None:
    """The calendar day `value` writes (`2024-03-12`, `March 12, 2024`, `12 March 2024`, `03/12/2024`, month
    first); None for none."""
    value = " ".join(value.split())[:_MOST_VALUE_CHARS]
    try:
        iso = _ISO_DAY.match(value)
        if iso is not None:
            return dt.date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        numeric = _US_NUMERIC_DAY.fullmatch(value.strip())
        if numeric is not None:
            return dt.date(int(numeric.group(3)), int(numeric.group(1)), int(numeric.group(2)))
        words = _WORDS_DAY.fullmatch(value.strip())
        if words is None:
            return None
        month_name, day, year = (words.group(1), words.group(2), words.group(3))
        if month_name is None:
            day, month_name, year = words.group(4), words.group(5), words.group(6)
        month = next((i for i, name in enumerate(_MONTHS, 1) if name.startswith(month_name.casefold())), 0)
        if len(month_name) < 3 or month == 0:
            return None
        return dt.date(int(year), month, int(day))
    except ValueError:
        return None


def index_facts(tree: LexborHTMLParser) -> dict[str, str]:
    """An EDGAR index page's labelled values (`Filing Date` → `2024-03-15`), each label's first."""
    facts: dict[str, str] = {}
    for group in tree.css(".formGrouping")[:50]:
        label = None
        for node in group.css(".infoHead, .info")[:100]:
            text = " ".join(node.text(separator=" ").split())[:_MOST_VALUE_CHARS]
            if "infoHead" in (node.attributes.get("class") or "").split():
                label = text
            elif label is not None:
                facts.setdefault(label, text)
                label = None
    return facts


def filer_name(tree: LexborHTMLParser) -> str | None:
    """The company EDGAR's index marks `(Filer)` (or `(Subject)`), as it writes it, without the mark."""
    for node in tree.css(".companyName")[:20]:
        shown = node.text(deep=False, separator=" ")[:_MOST_VALUE_CHARS]
        mark = _FILER_MARK.search(shown)
        if mark is not None:
            return " ".join(shown[: mark.start()].split()) or None
    return None


def cover_facts(tree: LexborHTMLParser) -> dict[str, str]:
    """The `dei:` facts an inline XBRL document tags (`dei:DocumentType` → `8-K`), each name's first."""
    facts: dict[str, str] = {}
    for node in tree.css('[name^="dei:"]')[:_MOST_FACTS]:
        name = node.attributes.get("name") or ""
        facts.setdefault(name[:100], " ".join(node.text(separator=" ").split())[:_MOST_VALUE_CHARS])
    return facts


def signature_day(tree: LexborHTMLParser) -> dt.date | None:
    """The day a current report's SIGNATURES block dates its signing (`Date: March 15, 2024`); None where it
    has no such block or line, or where its `Date:` lines give different days (which would it be?)."""
    body = tree.body
    if body is None:
        return None
    text = body.text(separator=" ")
    heading = text.rfind(_SIGNATURES_HEADING)
    if heading < 0:
        return None
    block = text[heading : heading + _MOST_SIGNATURE_CHARS]
    days = {
        day_of(found.group(1))
        for found in itertools.islice(_SIGNATURE_DAY.finditer(block), _MOST_SIGNATURE_DAYS)
    }
    days.discard(None)
    return days.pop() if len(days) == 1 else None


def _dated(post: SourcePost, day: dt.date | None, said: str) -> dict[str, object]:
    if day is None:
        return {"published": None, "published_from": None, "published_day_only": False}
    return {
        "published": dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC),
        "published_from": said,
        "published_day_only": True,
    }


class EdgarExtractor(Extractor):
    """An EDGAR filing's index page or document, read as a web page dated and credited by what EDGAR says
    of the filing."""

    platform = Platform.WEB

    def handles(self, url: str) -> bool:
        return edgar_file(url) is not None

    def extract(self, page: CapturedPage) -> SourcePost:
        post, tree = read_as_web_page(page, _MOST_HTML_CHARS)
        kind = edgar_file(page.url)
        if kind is None or tree is None:
            return post
        fields = dict(post.fields)
        update: dict[str, object]
        if kind == "index":
            facts = index_facts(tree)
            filed = day_of(facts.get("Filing Date", ""))
            period = day_of(facts.get("Period of Report", ""))
            said = FILING_DAY
            if period is not None and period != filed:
                fields[PERIOD_FIELD] = period.isoformat()
                said += f"; its 'Period of Report' is {period.isoformat()}"
            if facts.get("Accepted"):
                fields["accepted"] = facts["Accepted"]
            update = _dated(post, filed, said)
            author = filer_name(tree)
        else:
            facts = cover_facts(tree)
            form = facts.get("dei:DocumentType", "").upper()
            if form:
                fields["form"] = form
            reported = day_of(facts.get("dei:DocumentPeriodEndDate", ""))
            if form in _CURRENT_REPORTS:
                update = _dated(post, reported, REPORT_DAY.format(form=form))
                signed = signature_day(tree)
                if signed is not None:
                    fields[SIGNED_FIELD] = signed.isoformat()
            else:
                if reported is not None:
                    fields[PERIOD_FIELD] = reported.isoformat()
                update = _dated(post, None, "")
            author = facts.get("dei:EntityRegistrantName") or None
        if author:
            update["author"] = author
        update["fields"] = fields
        return post.model_copy(update=update)
