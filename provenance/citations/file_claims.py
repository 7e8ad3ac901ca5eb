"""What a `--citations` file claims in place of what the note itself states.

A citations file may add what a note leaves out, or correct what was misread from it; where it gives an
author, a date (a day that is neither reading of the note's ambiguous `03/04/2022`, a day or a month outside
the month or the year the note dates its source to or the months its range of days spans, a month in place
of its day; a day of the note's day and month swapped is said to be so), a title, a handle, a post id or a
wiki edit's user other than one the note itself states (and not written in the note), the checks compare the
file's claim, never the one the report's reader sees. `cite_footnote` records it as a finding
(`CITATIONS_FILE_DIFFERS`), and `locator` warns of it, as it does of a file's URL other than the note's link,
so such a footnote is never `verified`. Worked out once, where the note's own parse is at hand, not again
for each check.

Pure: no I/O.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from provenance.citations.dates import ENGLISH_MONTHS, find_date, month_or_year_in_words, months_of_a_range
from provenance.citations.parse import note_prose
from provenance.citations.wiki_edits import wiki_user_key
from provenance.models import Citation, Finding, Footnote
from provenance.names import handle_key
from provenance.quotes import blank_quotes

CITATIONS_FILE_DIFFERS = "citations-file-differs"

_WORD = re.compile(r"[^\W_]+")
_NUMBER = re.compile(r"\d+")  # as `citations.dates` reads a date's digits


def citations_file_differs(footnote: Footnote, note: Citation, cited: Citation) -> Finding | None:
    """The finding for a citation (`cited`, the file applied) that claims in place of what the note states
    (`note`, its own parse), or None when the file only adds or restates."""
    claims = _claims_other_than_the_notes(footnote, note, cited)
    if not claims:
        return None
    return Finding(
        code=CITATIONS_FILE_DIFFERS,
        message=f"the citations file gives {'; '.join(claims)}: the checks compare the file's, not what the "
        "report's reader sees; make the note and the file agree",
        line=footnote.line,
    )


def _words(text: str) -> str:
    """`text`'s words as compared for being the same: case, accents and punctuation left out, one space
    between words and one either side (so that ` ann ` is found in ` ann smith `, never in ` joanna `)."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text).casefold() if not unicodedata.combining(c))
    return f" {' '.join(_WORD.findall(bare))} "


def _holds_in_order(words: str, part: str) -> bool:
    """Whether `words` holds each of `part`'s words in its order (`lina m haddad` holds `lina haddad`)."""
    remaining = iter(words.split())
    return all(word in remaining for word in part.split())


def _both_readings(slashed: str) -> tuple[dt.date, ...]:
    """The days a date whose day and month could swap (`03/04/2022`, `2022/03/04`) may be: either way."""
    numbers = _NUMBER.findall(slashed)
    years = [number for number in numbers if len(number) == 4]
    if len(numbers) != 3 or len(years) != 1:
        return ()
    first, second = (int(number) for number in numbers if number != years[0])
    readings = []
    for month, day in ((first, second), (second, first)):
        try:
            readings.append(dt.date(int(years[0]), month, day))
        except ValueError:
            continue
    return tuple(readings)


def _dated(citation: Citation) -> dt.date | str | None:
    """The day a citation gives, else its month or year (`2022-01`, `2022`)."""
    return citation.date or citation.date_month_or_year


def _within(checked: dt.date | str, said: dt.date | str) -> bool:
    """Whether the day, month or year `checked` lies within `said`'s: the same day, a day or a month of the
    note's month or year (the file saying which), not a month holding the note's day (the checks would pass
    a post of any day of it)."""
    if isinstance(said, dt.date):
        return checked == said
    if isinstance(checked, str) and (checked[5:] in ("22", "24") or "/" in checked):
        # A summer's or a winter's code (`2021-24`) spans December 2020 to February 2022: not within 2021;
        # nor is `2021-12/2022-02` (a note's `Winter 2021-22`).
        return checked == said
    if "/" in said:
        # The note's `Winter 2021-22` (`2021-12/2022-02`): a day or a month of December to February.
        month = (checked.isoformat() if isinstance(checked, dt.date) else checked)[:7]
        return month[5:] in ("12", "01", "02") and said[:7] <= month <= said[8:]
    if said[5:] in ("22", "24"):
        # The note's `Winter 2022` (`2022-24`): a day or a month of a reading of it says which (December 2021
        # to February 2022 or December 2022 to February 2023, or the southern June to August 2022); read as
        # none of the note's, a file naming the day of a note's `Winter 2022` kept it from being verified.
        return _of_a_reading_of_the_season(
            (checked.isoformat() if isinstance(checked, dt.date) else checked)[:7], said
        )
    return (checked.isoformat() if isinstance(checked, dt.date) else checked).startswith(said)


def _of_a_reading_of_the_season(month: str, season: str) -> bool:
    """Whether `month` (`2022-01`) falls in a reading of a summer's or a winter's code (`2022-24`): its
    months across the year's end (December of the year before to February of the year after) or the other
    hemisphere's (June to August of its year)."""
    if len(month) != 7 or not month[:4].isdigit() or not month[5:].isdigit():
        return False
    year = int(season[:4])
    across = month[5:] in ("12", "01", "02") and f"{year - 1:04d}-12" <= month <= f"{year + 1:04d}-02"
    return across or (month[5:] in ("06", "07", "08") and month[:4] == season[:4])


def _in_words(dated: dt.date | str) -> str:
    return str(dated) if isinstance(dated, dt.date) else month_or_year_in_words(dated)


def _how_the_day_differs(said: dt.date | str, checked: dt.date | str) -> str:
    """What makes the file's day another than the note's, where one slip tells it: the day and the month
    swapped (`3 February 2022` in the note, `[[2022, 3, 2]]` in the file), as one reading of `03/02/2022`
    gives the other."""
    if (
        isinstance(said, dt.date)
        and isinstance(checked, dt.date)
        and said.year == checked.year
        and (said.month, said.day) == (checked.day, checked.month)
    ):
        file_s, note_s = ENGLISH_MONTHS[checked.month - 1], ENGLISH_MONTHS[said.month - 1]
        return f" (the note's day and month swapped: {file_s} {checked.day}, not {note_s} {said.day})"
    return ""


def _claims_other_than_the_notes(footnote: Footnote, note: Citation, citation: Citation) -> list[str]:
    """What the citation claims in place of another value the note states (`author 'B' where the note says
    'A'`). A value written in the note (a misread author corrected in the file) is the note's own claim, and
    one holding the note's whole says more, not otherwise; the account the note's author was read from (its
    handle) stays checked."""
    written = _words(note_prose(footnote))
    found: list[str] = []

    def other(field: str, said: object, checked: object, how: str = "") -> None:
        found.append(f"{field} {str(checked)!r} where the note says {str(said)!r}{how}")

    def not_written(said: str, checked: str) -> bool:
        # A file's value that holds the note's whole (a full title where the note shortens it, a given name
        # beside the note's family name) claims all the note does: comparing it compares the note's too.
        return not _holds_in_order(_words(checked), _words(said)) and _words(checked) not in written

    named = note.author is not None and (
        note.handle is None or handle_key(note.author) != handle_key(note.handle)
    )
    if named and note.author and citation.author and not_written(note.author, citation.author):
        other("author", note.author, citation.author)
    # The note's day, month or year, and the file's in its place: a day of the note's month says which; a
    # day or a month outside it (`January 2022` in the note, March 2 in the file), or a month in place of
    # the note's day, is checked where the reader sees another.
    said_date, checked_date = _dated(note), _dated(citation)
    if said_date is not None and checked_date is not None and not _within(checked_date, said_date):
        how = _how_the_day_differs(said_date, checked_date)
        other("the date", _in_words(said_date), _in_words(checked_date), how)
    unquoted = blank_quotes(note_prose(footnote)) if note.date is None and citation.date else ""
    ambiguous = find_date(unquoted, year_apart=True) if unquoted else None
    dates_said = any(claim.startswith("the date ") for claim in found)
    if not dates_said and citation.date is not None and ambiguous is not None and ambiguous.without_its_year:
        # `“Kherson 2022”, post of 21 January`: the note's day without its year is its claim all the same;
        # a file's day of another day and month (`[[2022, 1, 25]]`) was taken silently, within the year.
        written = ambiguous.without_its_year
        day = find_date(f"{written} {citation.date.year}").date
        if day is not None and day != citation.date:
            other("the date", written, citation.date)
    if ambiguous is not None and ambiguous.ambiguous and citation.date not in _both_readings(ambiguous.text):
        # `03/04/2022` is March 4 or April 3: a file may say which, not name a third day.
        other("the date", ambiguous.text, citation.date)
    if citation.date is not None and ambiguous is not None and ambiguous.in_a_range:
        # `19-21 January 2022`: a file may say which day, not name one of another month.
        months = months_of_a_range(unquoted)
        if months is not None and not months[0] <= (citation.date.year, citation.date.month) <= months[1]:
            spans = " to ".join(
                dict.fromkeys(f"{ENGLISH_MONTHS[month - 1]} {year}" for year, month in months)
            )
            found.append(
                f"the date {str(citation.date)!r} outside the range of days the note gives ({spans})"
            )
    if note.title and citation.title and not_written(note.title, citation.title):
        other("the title", note.title, citation.title)
    if note.handle and citation.handle and handle_key(note.handle) != handle_key(citation.handle):
        other("the handle", f"@{note.handle}", f"@{citation.handle}")
    if note.post_id and citation.post_id and note.post_id != citation.post_id:
        other("the post id", note.post_id, citation.post_id)
    editors = (note.wiki_editor, citation.wiki_editor)
    if editors[0] and editors[1] and wiki_user_key(editors[0]) != wiki_user_key(editors[1]):
        other("the edit's user", *editors)
    return found
