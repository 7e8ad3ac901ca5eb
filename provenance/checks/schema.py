"""`schema`: does the citation carry what the citation schema requires?"""

from __future__ import annotations

from provenance.checks.interface import CheckInput
from provenance.citations import parse_citation, validate_citation
from provenance.citations.back_references import CITES_NOTE
from provenance.citations.cite import DATE_IN_THE_REPORT_S_ORDER, why_no_date
from provenance.citations.parse import ParsedCitation
from provenance.citations.validation import (
    FILING_PARTY_UNNAMED,
    IMPRECISE_DATE_CODES,
    LEGISLATION_NAMES_NO_AUTHOR,
    WIKI_PAGE_UNDATED,
)
from provenance.models import CheckResult, CheckStatus, Finding


def _why_no_date(parsed: ParsedCitation | None, finding: Finding) -> str:
    """A note's date that could be read two ways, or a range of days, is there, but not one day: the detail
    says so, where "no date" sent the writer looking for a date the note plainly gives (`03/02/2022`)."""
    if finding.code != "missing-date" or parsed is None:
        return finding.message
    ambiguous = [found for found in parsed.findings if found.code == "ambiguous-date"]
    # Days that are no day of publication (`accessed …`), or a range of days: said why, as `extract` does.
    return ambiguous[0].message if ambiguous else why_no_date(parsed) or finding.message


# Findings that name a day and month the note gives without a year to read them with, where it gives one.
_DATE_CODES = frozenset(("missing-date", "year-only-date"))


# Findings whose reason the note's reading gave (`citations.cite.cite_footnote`): an author or link missing
# from a note that cites another note's source by reference (`Id.`, `Ibid.`, `Same as [2]`).
_REASONED_CODES = frozenset(("missing-author", "missing-url", WIKI_PAGE_UNDATED))
# What the note's reading may say in place of a missing author: a party's filing naming no filer, legislation.
_IN_PLACE_OF = {"missing-author": ("missing-author", FILING_PARTY_UNNAMED, LEGISLATION_NAMES_NO_AUTHOR)}
# Findings of a note complete for its kind, which the check warns of (the footnote is at most unconfirmed):
# a date to the month or the year, a wiki page's, a party's filing that names no filer, legislation.
_WARNED_CODES = IMPRECISE_DATE_CODES | {FILING_PARTY_UNNAMED, LEGISLATION_NAMES_NO_AUTHOR}


def _as_reasoned(finding: Finding, given: CheckInput) -> Finding:
    """`finding` said as the note's reading said it, with its reason, where that reading found it too: "the
    note names no author, outlet or account" sent a legal writer looking at an `Id.` note that plainly means
    the one before it, which `extract` already said."""
    if finding.code not in _REASONED_CODES:
        return finding
    codes = _IN_PLACE_OF.get(finding.code, (finding.code,))
    reasoned = (found for found in given.findings if found.code in codes and found.field == finding.field)
    return next(reasoned, finding)


def check_schema(given: CheckInput) -> CheckResult:
    findings = tuple(_as_reasoned(finding, given) for finding in validate_citation(given.citation))
    # The note parsed again (once) only where its date is missing or imprecise, to say why.
    parsed = parse_citation(given.footnote) if any(f.code in _DATE_CODES for f in findings) else None
    if parsed is not None and parsed.day_without_its_year is not None:
        # `21 January` beside no year it could take: said, so the writer knows what to add, as `extract` says.
        findings = tuple(
            _as_reasoned(finding, given)
            for finding in validate_citation(given.citation, day_without_its_year=parsed.day_without_its_year)
        )
    in_order = next((found for found in given.findings if found.code == DATE_IN_THE_REPORT_S_ORDER), None)
    if not findings and in_order is not None:
        # A day read in the order the report's other notes prove: likely what the writer meant, not certain.
        return CheckResult(name="schema", status="warn", detail=in_order.message)
    if not findings:
        # A note citing another note's source (`Id.`) passes on that note's fields: said, so the reader of the
        # ledger knows the link and the author are not on this note (`citations.back_references`).
        taken = next((found.message for found in given.findings if found.code == CITES_NOTE), None)
        whence = f" ({taken})" if taken is not None else ""
        return CheckResult(
            name="schema", status="pass", detail=f"url, platform, date and author present{whence}"
        )
    # A note dated to the month or the year only (`January 2022`) is complete for its kind, and the `date`
    # check holds the source to that month: it warns (the footnote is at most unconfirmed), where "no date"
    # failed a true note.
    status: CheckStatus = "warn" if all(found.code in _WARNED_CODES for found in findings) else "fail"
    return CheckResult(
        name="schema", status=status, detail="; ".join(_why_no_date(parsed, found) for found in findings)
    )
