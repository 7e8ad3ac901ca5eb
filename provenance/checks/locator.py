"""`locator`: does the footnote point somewhere a capture can reach, and are its claims the note's own?

A `--citations` file may add what a note leaves out, or correct what was misread from it; where it gives an
author, a date (or a day that is neither reading of the note's ambiguous `03/04/2022`), a title, a handle or a
post id other than one the note itself states (and not written in the note), the checks compare the file's
claim, never the one the report's reader sees: `locator` warns, as it does for a file's URL other than the
note's link, so such a footnote is never `verified`.

A note's status link on a mirror of X (fxtwitter.com, nitter, xcancel.com) cites X's post by its id: X's own
URL is captured in its place (`parse.cited_url`), and the detail says so.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

from provenance.checks.interface import CheckInput
from provenance.checks.matching import handle_key
from provenance.citations.dates import find_date
from provenance.citations.parse import mirror_of_the_cited_post, note_prose, parse_citation, uncited_links
from provenance.models import CheckResult, Citation, Footnote
from provenance.quotes import blank_quotes
from provenance.side_urls import telegram_comment, telegram_post
from provenance.urls import look_alike_host

# The readers' finding for a link whose text is another URL than its target (readers/assembly.py).
_LINK_TEXT_DIFFERS = "link-text-differs"
_SHOWN_LINKS = 3  # of the note's other links, named in the detail
_WORD = re.compile(r"[^\W_]+")
_NUMBER = re.compile(r"\d+")  # as `citations.dates` reads a date's digits


def check_locator(given: CheckInput) -> CheckResult:
    url = given.citation.url
    if url is None:
        return CheckResult(
            name="locator",
            status="fail",
            detail="no URL or other locator: the source cannot be found or captured",
        )
    if given.citation.located == "candidate":
        # `provenance locate` proposed this URL; only a person's confirmation makes it the cited source.
        return CheckResult(
            name="locator",
            status="warn",
            detail=f"{url} is a candidate from provenance locate, not confirmed: "
            'a person must check it and set custom.located to "confirmed" in the citations file',
        )
    look_alike = look_alike_host(url)
    if look_alike is not None:
        return CheckResult(
            name="locator",
            status="warn",
            detail=f"{url}: {look_alike}: a look-alike of another site? Compare by hand",
        )
    misleading = next(
        (finding for finding in given.footnote.findings if finding.code == _LINK_TEXT_DIFFERS), None
    )
    if misleading is not None:
        # The printed report shows one source, the link leads to another: which one the author meant is
        # for a person to say, whatever the target turns out to hold.
        return CheckResult(name="locator", status="warn", detail=f"{url}: {misleading.message}")
    comment = telegram_comment(url)
    if comment is not None:
        # Telegram's widget and page show the channel's post: the comment, by whoever wrote it, is not
        # captured.
        channel, post_id = telegram_post(url)
        return CheckResult(
            name="locator",
            status="warn",
            detail=f"{url} points to comment {comment} under the post {channel}/{post_id}: the capture "
            "holds the channel's post, not the comment; compare the comment by hand, or cite its own link in "
            "the discussion group",
        )
    others = uncited_links(given.footnote, given.citation)
    if others:
        # One source is captured per note: a second link's page, or a second source's, is not checked, and a
        # note confirmed only in part is not confirmed.
        more = len(others) - _SHOWN_LINKS
        shown = ", ".join(others[:_SHOWN_LINKS]) + (f" and {more} more" if more > 0 else "")
        plural = len(others) > 1
        return CheckResult(
            name="locator",
            status="warn",
            detail=f"the note's other link{'s' if plural else ''}, {shown}, {'are' if plural else 'is'} not "
            f"captured or checked (the cited source is {url}): check by hand, or give each source its own "
            "footnote",
        )
    contradicted = _claims_other_than_the_notes(given.footnote, given.citation)
    if contradicted:
        return CheckResult(
            name="locator",
            status="warn",
            detail=f"the citations file gives {'; '.join(contradicted)}: the checks compare the file's, not "
            "what the report's reader sees; make the note and the file agree",
        )
    mirror = mirror_of_the_cited_post(given.footnote, given.citation)
    if mirror is not None:
        # The same post by its id; what the mirror's page shows of it was neither captured nor compared.
        return CheckResult(
            name="locator",
            status="pass",
            detail=f"{url}: X's own post, captured from X in place of the note's link {mirror}, a mirror's "
            "page that is not X's word",
        )
    return CheckResult(name="locator", status="pass", detail=url)


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


def _claims_other_than_the_notes(footnote: Footnote, citation: Citation) -> list[str]:
    """What the citation claims in place of another value the note states (`author 'B' where the note says
    'A'`): a citations file's override. A value written in the note (a misread author corrected in the file)
    is the note's own claim, and one holding the note's whole says more, not otherwise; the account the note's
    author was read from (its handle) stays checked."""
    note = parse_citation(footnote).citation
    written = _words(note_prose(footnote))
    found: list[str] = []

    def other(field: str, said: object, checked: object) -> None:
        found.append(f"{field} {str(checked)!r} where the note says {str(said)!r}")

    def not_written(said: str, checked: str) -> bool:
        # A file's value that holds the note's whole (a full title where the note shortens it, a given name
        # beside the note's family name) claims all the note does: comparing it compares the note's too.
        return not _holds_in_order(_words(checked), _words(said)) and _words(checked) not in written

    named = note.author is not None and (
        note.handle is None or handle_key(note.author) != handle_key(note.handle)
    )
    if named and note.author and citation.author and not_written(note.author, citation.author):
        other("author", note.author, citation.author)
    if note.date is not None and citation.date is not None and note.date != citation.date:
        other("the date", note.date, citation.date)
    ambiguous = find_date(blank_quotes(note_prose(footnote))) if note.date is None and citation.date else None
    if ambiguous is not None and ambiguous.ambiguous and citation.date not in _both_readings(ambiguous.text):
        # `03/04/2022` is March 4 or April 3: a file may say which, not name a third day.
        other("the date", ambiguous.text, citation.date)
    if note.title and citation.title and not_written(note.title, citation.title):
        other("the title", note.title, citation.title)
    if note.handle and citation.handle and handle_key(note.handle) != handle_key(citation.handle):
        other("the handle", f"@{note.handle}", f"@{citation.handle}")
    if note.post_id and citation.post_id and note.post_id != citation.post_id:
        other("the post id", note.post_id, citation.post_id)
    return found
