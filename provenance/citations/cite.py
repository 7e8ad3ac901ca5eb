"""A report's footnotes as citations: each note parsed, the `--citations` file applied, every finding kept.

No network and no ledger: `extract` needs only this, so it does not load the capture or the ledger code.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, overload

from provenance.citations.back_references import CITES_NOTE_UNCLEAR, EarlierNotes
from provenance.citations.dates import find_date
from provenance.citations.legal import work_on_legislation_of
from provenance.citations.parse import (
    CaseNote,
    ParsedCitation,
    case_of,
    legislation_of,
    parse_citation,
    retrieved_wiki_day,
)
from provenance.citations.validation import (
    FILING_PARTY_UNNAMED,
    LEGISLATION_NAMES_NO_AUTHOR,
    WIKI_PAGE_UNDATED,
    validate_citation,
    wiki_page_undated,
)
from provenance.files import read_input
from provenance.hashing import sha256_hex
from provenance.models import Citation, Finding, Footnote, Report
from provenance.numeric_days import Order, read_in, report_s_order
from provenance.quotes import blank_quotes
from provenance.results import CitedFootnote
from provenance.urls import blank_urls

if TYPE_CHECKING:
    from provenance.citations.csl import CitationOverrides


@dataclass(frozen=True, repr=False, eq=False)
class CitationsFile:
    """A `--citations` file as loaded: its overrides by footnote label, and its hash for the record."""

    path: str
    sha256: str
    overrides: Mapping[str, CitationOverrides]


# Far above any citations file a person keeps; a bound so a hostile one cannot exhaust memory.
MAX_CITATIONS_BYTES = 50_000_000


def load_citations(path: Path | None) -> CitationsFile | None:
    if path is None:
        return None
    from provenance.citations.csl import load_citations_file

    data = read_input(path, "citations file", max_bytes=MAX_CITATIONS_BYTES)
    return CitationsFile(
        path=str(path), sha256=sha256_hex(data), overrides=load_citations_file(data, str(path))
    )


def cite_footnotes(report: Report, citations: CitationsFile | None) -> tuple[CitedFootnote, ...]:
    """Parse each footnote into a citation, apply the citations file, and collect every finding."""
    return tuple(iter_cited_footnotes(report, citations))


def iter_cited_footnotes(report: Report, citations: CitationsFile | None) -> Iterator[CitedFootnote]:
    """`cite_footnotes` one footnote at a time, for a caller that need not hold them all. A note citing an
    earlier note's source (`Id.`, `Supra note 3`) takes that note's citation (`back_references`): what each
    note may be cited for is kept, one entry a note, so the work stays linear in the number of notes."""
    earlier = EarlierNotes()
    order = NumericDayOrder(report.footnotes)
    for footnote in report.footnotes:
        cited = cite_footnote(footnote, citations, earlier, order)
        earlier.add(cited)
        yield cited


# A note's date written in numbers whose day and month could swap (`12/03/2024`), read in the order the
# report's other notes prove it writes them in (`25/03/2024`: day first): a warning, not a certainty.
DATE_IN_THE_REPORT_S_ORDER = "date-in-the-report-s-order"


class NumericDayOrder:
    """The order a report's notes prove they write their numeric dates in (`numeric_days.report_s_order`:
    `25/03/2024` in one note is day first), read over the notes' own words (their links and quoted passages
    blanked: a page's path or a source's words are not the report's writing) the first time a note's date
    reads two ways, and only then: most reports have none, and pay nothing."""

    def __init__(self, footnotes: Iterable[Footnote]) -> None:
        self._footnotes = footnotes
        self._read = False
        self._order: Order | None = None

    def __call__(self) -> Order | None:
        if not self._read:
            texts = (blank_quotes(blank_urls(footnote.text)) for footnote in self._footnotes)
            self._order, self._read = report_s_order(texts), True
        return self._order


class NumberedFootnotes(Sequence[tuple[int, Footnote]]):
    """A report's footnotes with their positions, for `CitingByPosition`: a slice is another such sequence of
    the report's slice (a report's notes are made when asked for, and a process of
    `forking.map_in_two_processes` takes all of its half out at once, as it does of the notes themselves)."""

    def __init__(self, footnotes: Sequence[Footnote], positions: range | None = None) -> None:
        self._footnotes = footnotes
        self._positions = range(len(footnotes)) if positions is None else positions

    def __len__(self) -> int:
        return len(self._positions)

    @overload
    def __getitem__(self, index: int) -> tuple[int, Footnote]: ...

    @overload
    def __getitem__(self, index: slice) -> NumberedFootnotes: ...

    def __getitem__(self, index: int | slice) -> tuple[int, Footnote] | NumberedFootnotes:
        if isinstance(index, slice):
            return NumberedFootnotes(self._footnotes[index], self._positions[index])
        return self._positions[index], self._footnotes[index]

    def __iter__(self) -> Iterator[tuple[int, Footnote]]:
        return zip(self._positions, self._footnotes, strict=True)


class CitingByPosition:
    """Cites a report's notes with their positions (`NumberedFootnotes`), in order from any of them on (each
    process of `forking.map_in_two_processes` its half), each with the notes before it (`back_references`),
    so `extract` gives an `Id.` note the source `check` and `--format csl` give it. A process that starts
    partway cites the notes before its first only once one of its notes refers back to a note it has not
    seen (most reports: never)."""

    def __init__(self, footnotes: Sequence[Footnote], citations: CitationsFile | None) -> None:
        self._footnotes = footnotes
        self._citations = citations
        self._earlier = EarlierNotes()
        self._next: int | None = None  # the position of the note expected next
        self._started_at = 0  # where this process began: the notes before it are not in `_earlier`
        self._since_start: list[CitedFootnote] | None = []  # what it cited, until it cites those before
        self._order = NumericDayOrder(footnotes)  # over the whole report's notes, not this process's alone

    def __call__(self, numbered: tuple[int, Footnote]) -> CitedFootnote:
        at, footnote = numbered
        if self._next is None:
            self._started_at = at
        elif at != self._next:
            raise ValueError(f"notes cited out of order: {at}, where {self._next} was next")
        self._next = at + 1
        cited = cite_footnote(footnote, self._citations, self._earlier, self._order)
        if self._since_start is not None and self._started_at and _unclear(cited):
            # A reference this process cannot judge alone: the notes before its first, then its own so far.
            earlier = EarlierNotes()
            for before in self._footnotes[: self._started_at]:
                earlier.add(cite_footnote(before, self._citations, earlier, self._order))
            for own in self._since_start:
                earlier.add(own)
            self._earlier, self._since_start = earlier, None
            cited = cite_footnote(footnote, self._citations, earlier, self._order)
        elif self._since_start is not None and self._started_at:
            self._since_start.append(cited)
        self._earlier.add(cited)
        return cited


def _unclear(cited: CitedFootnote) -> bool:
    return any(finding.code == CITES_NOTE_UNCLEAR for finding in cited.findings)


def cite_footnote(
    footnote: Footnote,
    citations: CitationsFile | None,
    earlier: EarlierNotes | None = None,
    order: NumericDayOrder | None = None,
) -> CitedFootnote:
    """One footnote parsed into a citation, the citations file applied, with every finding about it. Given
    the notes before it (`earlier`), a note citing one of their sources by reference takes its citation;
    given its report's `order` of numeric dates, a date of the note's that reads two ways is read in it."""
    parsed = parse_citation(footnote)
    if (
        order is not None
        and parsed.findings
        and any(found.code == "ambiguous-date" for found in parsed.findings)
    ):
        parsed = _in_the_report_s_order(footnote, parsed, order())
    citation = parsed.citation  # made by validation, as `apply_overrides` makes one
    if " on the " in footnote.text and (citation.author is None or " on the " in citation.author):
        citation = _as_a_work_on_legislation(footnote, citation)
    referenced: tuple[Finding, ...] = ()
    if parsed.back_reference is not None and citation.url is None and earlier is not None:
        taken, said = earlier.source_of(footnote, citation, parsed.back_reference)
        referenced = (said,)
        citation = taken or citation
    differs: tuple[Finding, ...] = ()
    if citations is not None and footnote.label in citations.overrides:
        from provenance.citations.csl import apply_overrides
        from provenance.citations.file_claims import citations_file_differs

        read = citation  # the note's own parse, or the source of the note it cites
        citation = apply_overrides(read, citations.overrides[footnote.label])
        # What the file claims in place of the note's own words, against the note's own parse.
        found = citations_file_differs(footnote, read, citation)
        differs = (found,) if found is not None else ()
    checked = validate_citation(citation, validated=True, day_without_its_year=parsed.day_without_its_year)
    # A wiki page's retrieval day, and a court record's case, said where the note's date or author is missing:
    # read again then (few notes), not kept for every note.
    accessed = retrieved_wiki_day(footnote, citation) if parsed.only_unpublished_dates else None
    if accessed is not None:
        checked = tuple(_retrieved_wiki_page(finding, accessed) for finding in checked)
    reason = why_no_date(parsed)
    if reason is not None:
        checked = tuple(_why_no_date(finding, reason) for finding in checked)
    missing_author = checked and any(finding.code == "missing-author" for finding in checked)
    case = case_of(footnote) if missing_author else None
    if case is not None:
        checked = tuple(_for_a_case(finding, case) for finding in checked)
    legislation = legislation_of(footnote) if missing_author and case is None else None
    if legislation is not None:
        checked = tuple(_for_legislation(finding, legislation) for finding in checked)
    if parsed.back_reference is not None:
        reference = parsed.back_reference
        unclear = next((found.message for found in referenced if found.code == CITES_NOTE_UNCLEAR), None)
        checked = tuple(_by_reference(finding, reference, unclear) for finding in checked)
    findings = footnote.findings + parsed.findings + referenced + differs + checked
    return CitedFootnote(footnote=footnote, citation=citation, findings=findings)


def _in_the_report_s_order(footnote: Footnote, parsed: ParsedCitation, order: Order | None) -> ParsedCitation:
    """`parsed` with its date written in numbers whose day and month could swap (`12/03/2024`, of a
    four-digit year) read in the `order` the report's other notes prove (`NumericDayOrder`), its
    `ambiguous-date` finding said as a warning naming the reading; as it is where the report proves none.
    Left without a date, the note's date check weighed both readings, and one the report plainly means (a
    day-first report's 12 March) could not fail on a source of the other day."""
    found = find_date(blank_quotes(footnote.text), year_apart=True) if order is not None else None
    written = found.text if found is not None and found.ambiguous and found.text[-4:].isdigit() else None
    day = read_in(written, order) if written is not None and order is not None else None
    if day is None:
        return parsed
    said = (
        f"date {written!r} read {order} ({day.day} {day:%B %Y}), as the report's other notes write their "
        "numeric dates (one of them with a day over 12): write the month as a word or use YYYY-MM-DD"
    )
    findings = tuple(
        Finding(code=DATE_IN_THE_REPORT_S_ORDER, message=said, line=finding.line, field="date")
        if finding.code == "ambiguous-date"
        else finding
        for finding in parsed.findings
    )
    return replace(parsed, citation=parsed.citation.model_copy(update={"date": day}), findings=findings)


def _as_a_work_on_legislation(footnote: Footnote, citation: Citation) -> Citation:
    """The citation of a note naming a book on a statute (`Smith on the Data Protection Act 2018, s. 155`):
    its writers are its author, and the book's name its title where the note gives none. Read as the
    statute, it named no author; read as a name, the book's whole name was its author (`Haddad on the
    Criminal Code`). Read again only where the note names no author, or one holding `on the`."""
    work = work_on_legislation_of(footnote)
    if work is None:
        return citation
    if citation.author is not None and not citation.author.startswith(work.name.partition(" on the ")[0]):
        return citation  # a name the note gives before the book's
    update = {"author": work.writers} | ({"title": work.name} if citation.title is None else {})
    return citation.model_copy(update=update)


_ONLY_UNPUBLISHED_DATES = (
    "no date: the note's only full days are when the source was read, deleted or the state it was cited in "
    "(accessed, retrieved, deleted, as of …), or a day it is counted from (two days after the strike of …), "
    "not when it was published; add the day it was published (e.g. January 21, 2022)"
)


_ONLY_A_RANGE_OF_DAYS = (
    "no one date: the note gives a range of days, or either of two, not the day the source was published "
    "(a post of any day in it would be taken for the cited one); give that day (e.g. January 21, 2022)"
)


def why_no_date(parsed: ParsedCitation) -> str | None:
    """Why a note that gives full days has no date of the source, or None where it gives none at all."""
    if parsed.only_unpublished_dates:
        return _ONLY_UNPUBLISHED_DATES
    if parsed.lunar_hijri_date is not None and not parsed.only_a_range_of_days:
        return (
            f"no date: its date could not be read (Lunar Hijri: {parsed.lunar_hijri_date!r}); give the day "
            "it was published in the Gregorian calendar (e.g. January 21, 2022)"
        )
    return _ONLY_A_RANGE_OF_DAYS if parsed.only_a_range_of_days else None


def _why_no_date(finding: Finding, reason: str) -> Finding:
    """A missing date said with its reason, where the note gives days that are not the publication's one day:
    the writer who put `(as of March 5, 2023)` or `January 21 - February 3, 2022` sees why they do not
    count."""
    if finding.code != "missing-date":
        return finding
    return finding.model_copy(update={"message": reason})


def _retrieved_wiki_page(finding: Finding, accessed: dt.date) -> Finding:
    """A wiki page's missing publication date said with the day the note retrieved it (`accessed`), which is
    kept as its access date: "no date" failed a note giving what a wiki page is cited by."""
    if finding.code not in ("missing-date", WIKI_PAGE_UNDATED):
        return finding
    return wiki_page_undated(accessed)


def _for_a_case(finding: Finding, case: CaseNote) -> Finding:
    """A missing author said with its reason, where the note cites a court's record by its case: the parties
    in its caption are the case's, not the document's authors. A parenthetical naming no court leaves no one
    to hold the court's document to (it fails, as any note naming no author). A party's filing that names no
    filer (`Complaint`) is complete for its kind: which party filed it the note does not say, and guessing
    (a complaint's first party) is wrong for a counterclaim's, a third party's or an intervenor's; it warns
    (`FILING_PARTY_UNNAMED`), so the footnote is at most unconfirmed and a person confirms who filed it."""
    if finding.code != "missing-author":
        return finding
    if case.by_the_court:
        message = (
            # A law report alone (`[2024] 1 WLR 123`) has no parenthetical to blame: its series holds several
            # courts' judgments, so the court is not guessed from it.
            f"no author: the note cites a court record of {case.caption} and names no court (none in a "
            "parenthetical; a law report's series, such as [2024] AC 45, holds several courts' judgments); "
            "the caption's parties are not its authors; give the court here or in the citations file"
        )
        return finding.model_copy(update={"message": message})
    message = (
        f"no author: the note cites a party's filing ({case.document}) in {case.caption} and names no one "
        "who filed it; the caption's parties are the case's, and which of them filed it is not said, so no "
        "author is checked against the source; a person should confirm who filed it (or name the filer: "
        "`Motion of Acme Corp. to ...`, or the author in the citations file)"
    )
    return Finding(code=FILING_PARTY_UNNAMED, message=message, field="author")


def _for_legislation(finding: Finding, legislation: str) -> Finding:
    """A missing author said with its reason, where the note cites legislation (`Data Protection Act 2018, s.
    155(1)`): it names no author, and "the note names no author, outlet or account" failed a complete note.
    It warns (`LEGISLATION_NAMES_NO_AUTHOR`): the footnote is at most unconfirmed, as nothing but the link,
    the date and the quoted words holds the page to that legislation."""
    if finding.code != "missing-author":
        return finding
    message = (
        f"no author: the note cites legislation ({legislation}), which names none, so no author is checked; "
        "a person should confirm the page is that legislation"
    )
    return Finding(code=LEGISLATION_NAMES_NO_AUTHOR, message=message, field="author")


def _by_reference(finding: Finding, reference: str, unclear: str | None) -> Finding:
    """A missing author or link said with its reason, where the note cites another note's source by
    reference (`Ibid.`, `Same as [2]`): nothing of that note is carried over, so this note is checked on its
    own words, and "names no author" sent the writer looking at a note that plainly means someone. Where
    which note it means is unclear (`unclear`, `back_references`), that is said instead, with why."""
    if finding.code not in ("missing-author", "missing-url"):
        return finding
    named = "author" if finding.code == "missing-author" else "URL"
    if unclear is not None:
        return finding.model_copy(update={"message": f"no {named}: {unclear}; give the {named} here"})
    message = (
        f"no {named}: the note cites another note's source ({reference!r}), whose {named} it does not "
        f"repeat, and is checked only on its own words; give the {named} here"
    )
    return finding.model_copy(update={"message": message})


def unmatched_citation_warnings(
    labels: Iterable[str], citations: CitationsFile | None, file: object
) -> list[str]:
    """A warning for each id in the citations file `file` that names no footnote label of `labels`: a typo,
    or a stale item. The id is quoted as far as a message is (`csl.clipped`): an id of 100 KB was a warning
    of 100 KB."""
    if citations is None:
        return []
    from provenance.citations.csl import clipped  # loaded already: the file was read by it

    known = set(labels)
    return [
        f"{file}: item id {clipped(repr(label))} matches no footnote of the report{_meant(label, known)}"
        for label in citations.overrides
        if label not in known
    ]


def _meant(label: str, known: set[str]) -> str:
    """` (did you mean '1'?)` for an id written as its marker is (`[1]`, `[^1]`, `1.`, ` 1`), where that
    label is a footnote's: the id is the label alone."""
    bare = label.strip().strip("[]^.:)(").strip()
    return f" (did you mean {bare!r}?)" if bare != label and bare in known else ""
