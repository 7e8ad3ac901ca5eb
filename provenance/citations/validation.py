"""The citation schema check: does a citation carry what its source needs to be verified?"""

from __future__ import annotations

import datetime as dt

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from provenance.citations.platforms import is_wiki_page, post_locator
from provenance.models import Citation, Finding, Platform, VerifiableCitation

_MISSING_MESSAGES = {
    "url": "no URL: the note names no link to the source",
    "platform": "no platform: the note names no link and no platform (Telegram, X, a web page, ...)",
    "date": "no date: the note gives no full date of the source (e.g. January 21, 2022 or 2022-01-21)",
    "author": "no author: the note names no author, outlet or account",
}
_POST_URL_EXAMPLES = {
    Platform.TELEGRAM: "https://t.me/<channel>/<id>",
    Platform.TWITTER: "https://x.com/<user>/status/<id>",
    Platform.BLUESKY: "https://bsky.app/profile/<handle>/post/<id>",
}


# The codes of a date given to the month or the year only: the note dates its source, to no one day. The
# schema check warns of them, where it fails a missing date (`checks.schema`).
# A wiki page's, dated by no publication day (`WIKI_PAGE_UNDATED`), warns too: it has none to give.
WIKI_PAGE_UNDATED = "wiki-page-undated"
IMPRECISE_DATE_CODES = frozenset(("month-only-date", "season-only-date", "year-only-date", WIKI_PAGE_UNDATED))
# A party's filing cited by its case that names no one who filed it (`Complaint \u00b6 12, Doe v. Roe, ...`):
# complete for its kind (a filing's author is a party the note does not name), so the schema check warns
# and the footnote is at most unconfirmed: a person confirms who filed it (`cite._for_a_case`).
FILING_PARTY_UNNAMED = "filing-party-unnamed"
# A note citing legislation by its name or number (`Data Protection Act 2018, s. 155(1)`): a statute, a code,
# a regulation or a treaty names no author, so none is checked; the schema check warns (the footnote is at
# most unconfirmed), as nothing but its link, date and quoted words holds the page to that legislation
# (`cite._for_legislation`).
LEGISLATION_NAMES_NO_AUTHOR = "legislation-names-no-author"


def wiki_page_undated(accessed: dt.date | None = None) -> Finding:
    """What a note citing a wiki page without a publication day is told (`platforms.is_wiki_page`): a wiki
    page is revised continually and has none; the day it was retrieved (`accessed`) is when the cited
    revision was read, not the page's date, and is not compared as one."""
    read = (
        f"the day the note gives it as retrieved ({accessed.isoformat()}) is its access date, when the cited "
        "revision was read, and is not compared as a publication date"
        if accessed is not None
        else "a day the note gives it as retrieved is when the cited revision was read, not compared as a "
        "publication date"
    )
    message = (
        f"no publication date: a wiki page is revised continually and has none; {read}; a person should "
        "compare the revision the note read (the page's history, or an archived copy)"
    )
    return Finding(code=WIKI_PAGE_UNDATED, message=message, field="date")


def _imprecise_date(period: str, day_without_its_year: str | None) -> Finding:
    """What a note dated to the month or the year only (`date_month_or_year`) misses: a day to check to."""
    from provenance.citations.dates import SEASON_CODES, month_or_year_in_words

    month = "-" in period
    if "/" in period or period.partition("-")[2] in SEASON_CODES:
        # `2021-24`, winter 2021, or a note's `Winter 2021-22`: a season, not a month.
        code, unit = "season-only-date", "season"
    else:
        code, unit = ("month-only-date", "month") if month else ("year-only-date", "year")
    dated = f"date to the {unit} only: the note dates the source to {month_or_year_in_words(period)}"
    year, _, season = period.partition("-")
    if day_without_its_year is not None and not month:
        message = f"{dated}, and gives {_without_its_year(day_without_its_year)}"
    elif season in ("22", "24") and year.isdigit() and 1 < int(year) < 9999:
        # A winter or a summer of one year (`2022-24`: a note's `Winter 2022`, a file's `"season": 4`): the
        # `date` check warns of a post anywhere in its wide span, which the writer is told here.
        message = (
            f"{dated}, not to a day; {month_or_year_in_words(period)} may be read from December "
            f"{int(year) - 1} to February {int(year) + 1} (a season across either new year, or the other "
            "hemisphere's); a full date (e.g. January 21, 2022) lets the post be checked to the day"
        )
    else:
        message = (
            f"{dated}, not to a day; a full date (e.g. January 21, 2022) lets the post be checked to the day"
        )
    return Finding(code=code, message=message, field="date")


def _without_its_year(day: str) -> str:
    """`21 January without its year; ...`: what a note that writes its day apart from any year it reads
    with it should add (`dates.DateFind.without_its_year`)."""
    return (
        f"{day} without its year (a title's or another part's year is not read with it); write the year "
        "beside the day (e.g. January 21, 2022)"
    )


def _schema_finding(
    error: ErrorDetails, given: dict[str, object], day_without_its_year: str | None
) -> Finding:
    field = str(error["loc"][0]) if error["loc"] else "citation"
    period = given.get("date_month_or_year")
    if field == "date" and given.get("date") is None and isinstance(period, str):
        return _imprecise_date(period, day_without_its_year)
    if field == "date" and given.get("date") is None and isinstance(url := given.get("url"), str):
        linked = given.get("original_url") or url
        if isinstance(linked, str) and is_wiki_page(linked):
            return wiki_page_undated()
    if field == "date" and given.get("date") is None and day_without_its_year is not None:
        message = f"no date: the note gives {_without_its_year(day_without_its_year)}"
        return Finding(code="missing-date", message=message, field=field)
    if given.get(field) in (None, ""):
        message = _MISSING_MESSAGES.get(field, f"no {field}: the citation schema requires it")
        return Finding(code=f"missing-{field}", message=message, field=field)
    return Finding(code=f"invalid-{field}", message=f"invalid {field}: {error['msg']}", field=field)


def _post_id_finding(citation: Citation) -> tuple[Finding, ...]:
    example = _POST_URL_EXAMPLES.get(citation.platform) if citation.platform else None
    # A cited archived copy links the post through the original it copies.
    linked = citation.original_url or citation.url
    if example is None or post_locator(linked or "")[1] is not None:
        return ()
    # Here: `side_urls` imports `citations.platforms`, whose package imports this module.
    from provenance.side_urls import is_redirector

    if is_redirector(linked or ""):
        # A platform's own short link (`go.bsky.app/<code>`) is read where it leads, as `bit.ly`'s is: the
        # post it led to is checked (a starter pack is no post: `captured` fails, saying so).
        return ()
    message = f"no post id: {linked} is not a link to one {citation.platform} post; link the post ({example})"
    return (Finding(code="missing-post-id", message=message, field="post_id"),)


def _schema_findings_by_validation(
    citation: Citation, day_without_its_year: str | None = None
) -> tuple[Finding, ...]:
    given = citation.model_dump(exclude_none=True)
    try:
        VerifiableCitation.model_validate(given)
    except ValidationError as error:
        return tuple(_schema_finding(detail, given, day_without_its_year) for detail in error.errors())
    return ()


def _schema_findings(citation: Citation, day_without_its_year: str | None = None) -> tuple[Finding, ...]:
    # A validated citation differs from a `VerifiableCitation` only in four fields that may be absent (and an
    # author that may be empty): with those given it passes, known without dumping and validating it again
    # (a tenth of what `extract` spends on a footnote). tests/citations/test_schema.py checks the two agree.
    if citation.platform is not None and citation.author and citation.date is not None and citation.url:
        return ()
    return _schema_findings_by_validation(citation, day_without_its_year)


def validate_citation(
    citation: Citation, *, validated: bool = False, day_without_its_year: str | None = None
) -> tuple[Finding, ...]:
    """One finding per problem with the citation; an empty tuple means it passes the citation schema.

    `validated`: the citation was made by validation (not `model_construct` or `model_copy`), so each field
    it has is known to be valid and only the required ones need looking at.
    `day_without_its_year`: the note's one day and month written without a year it could be read with
    (`ParsedCitation.day_without_its_year`, `21 January`): its missing or year-only date says so.
    """
    schema_findings = (
        _schema_findings(citation, day_without_its_year)
        if validated
        else _schema_findings_by_validation(citation, day_without_its_year)
    )
    if any(finding.field == "url" for finding in schema_findings):
        return schema_findings
    return schema_findings + _post_id_finding(citation)
