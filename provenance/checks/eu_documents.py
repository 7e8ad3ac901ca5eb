"""An EU court's document held to the kind of document its note cites: the court's judgment, its order, or an
Advocate General's opinion in the case.

curia and EUR-Lex show each document of a case apart, at its own address (EUR-Lex's CELEX numbers say which:
`62021CJ0418` the judgment, `62021CC0418` the Advocate General's opinion, `62021CO0418` an order), under the
same parties. A note citing the judgment against the opinion's page passed `title` on the parties and
`author` on the court, though the page holds another's words, delivered on another day; so did the reverse.
Where the page's kind (`extractors.judgments`, kept in `EU_DOCUMENT_KIND`) is not one the note's words
name (`citations.courts.cited_eu_document_kinds`; a note naming none cites the case, the court's decision,
which no opinion is), `title` and `author` warn, saying what the page is and, where its CELEX number is
known, the number of the document the note cites.
"""

from __future__ import annotations

from provenance.checks.interface import CheckInput
from provenance.citations.courts import (
    EU_DOCUMENT_KINDS,
    JUDGMENT,
    OPINION,
    celex_number,
    cited_eu_document_kinds,
)
from provenance.extractors.judgments import EU_DOCUMENT_KIND, EU_DOCUMENT_KIND_FROM
from provenance.models import CheckResult, Platform
from provenance.urls import blank_urls


def _cited_otherwise(given: CheckInput) -> str | None:
    """What the page is and what the note cites, where the page is an EU court's document of another kind
    than the note's words name; None where they agree, or the page is none."""
    source = given.source_read
    if source is None or source.platform is not Platform.WEB:
        return None
    shown = source.fields.get(EU_DOCUMENT_KIND)
    if shown not in EU_DOCUMENT_KINDS:
        return None
    cited = cited_eu_document_kinds(blank_urls(given.footnote.text))
    if shown in cited or (not cited and shown != OPINION):
        return None
    where = source.fields.get(EU_DOCUMENT_KIND_FROM, "")
    what = " or ".join(EU_DOCUMENT_KINDS[kind] for kind in sorted(cited)) or "the court's decision"
    said = f"the page is {EU_DOCUMENT_KINDS[shown]} ({where}), not {what} the note cites"
    celex = celex_number(where)
    wanted = sorted(cited) or [JUDGMENT]
    if celex is None or len(wanted) != 1:
        return f"{said}: cite that document's own page"
    return f"{said}: cite that document's own page (CELEX {celex.with_kind(wanted[0])})"


_ADVOCATE_GENERAL = "Advocate General "
_NAMED_AS = ("advocate general ", "advocate-general ", "ag ")
_MOST_NOTE_CHARS = 2_000


def _names_the_advocate_general(given: CheckInput, result: CheckResult) -> CheckResult | None:
    """`author`'s warning as a pass where the page is an Advocate General's opinion the note cites, naming
    that Advocate General as the page's heading does (`Opinion of Advocate General Varela`, `AG Varela's
    Opinion` of `OPINION OF ADVOCATE GENERAL VARELA`): the note's author is the case's court (its number's),
    and the opinion is the Advocate General's, whom the note names. None for any other."""
    source = given.source_read
    if result.name != "author" or result.status != "warn" or source is None or not source.author:
        return None
    if not source.author.startswith(_ADVOCATE_GENERAL):
        return None
    name = " ".join(source.author.removeprefix(_ADVOCATE_GENERAL).split()).casefold()
    words = f" {' '.join(blank_urls(given.footnote.text[:_MOST_NOTE_CHARS]).split()).casefold()}"
    named = any(
        f" {as_named}{name}{after}" in words for as_named in _NAMED_AS for after in (" ", ",", "'", "\u2019")
    )
    if not named:
        return None
    return result.model_copy(
        update={
            "status": "pass",
            "detail": f"the note cites {source.author}'s opinion, which the page is "
            f"({source.fields.get(EU_DOCUMENT_KIND_FROM, 'its heading')})",
        }
    )


def held_to_the_eu_document_cited(given: CheckInput, result: CheckResult) -> CheckResult:
    """`result`, `title`'s or `author`'s, as a warning saying so where the page is an EU court's document of
    another kind than the note cites (`_cited_otherwise`): the parties and the court are the same for a
    case's judgment and its Advocate General's opinion, so neither confirms which the page is. A fail stays
    a fail, saying it too. Where the note cites the opinion the page is, `author`'s warning that the note's
    court is not the page's Advocate General is a pass where the note names that Advocate General
    (`_names_the_advocate_general`); any other result as it is."""
    otherwise = _cited_otherwise(given)
    if otherwise is None:
        shown = given.source_read.fields.get(EU_DOCUMENT_KIND) if given.source_read is not None else None
        named = _names_the_advocate_general(given, result) if shown == OPINION else None
        return named or result
    if result.status == "fail":
        return result.model_copy(update={"detail": f"{result.detail}; {otherwise}"})
    detail = otherwise if result.status == "skip" else f"{result.detail}; {otherwise}"
    return result.model_copy(update={"status": "warn", "detail": detail})
