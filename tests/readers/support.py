"""Reading the reader assets the way users hand reports over: as files."""

from __future__ import annotations

from pathlib import Path

from provenance.models import Footnote, Report
from provenance.readers import read_report
from provenance.readers.interface import ReadResult

ASSETS = Path(__file__).parent.parent / "assets" / "readers"


def read_asset(name: str) -> Report:
    return read_report(ASSETS / name)


def by_label(report: Report | ReadResult) -> dict[str, Footnote]:
    return {footnote.label: footnote for footnote in report.footnotes}


def finding_codes(report: Report | ReadResult) -> list[tuple[str, str | None, int | None]]:
    """Every finding as (code, footnote label or None for report-level, line)."""
    codes: list[tuple[str, str | None, int | None]] = [
        (finding.code, None, finding.line) for finding in report.findings
    ]
    for footnote in report.footnotes:
        codes.extend((finding.code, footnote.label, finding.line) for finding in footnote.findings)
    return codes


def cited_in_reading_order(report: Report) -> list[tuple[int, int, Footnote]]:
    """Each (paragraph line, note index, note) a Markdown report cites, in reading order; a note cited in
    two paragraphs comes twice, as converters to DOCX and PDF repeat it."""
    return sorted(
        (context.line, index, note)
        for index, note in enumerate(report.footnotes)
        for context in note.contexts
    )


def oracle_notes(report: Report) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(text, URLs, quotes of the citing passage) per citation, in reading order: what a converted copy of a
    Markdown report must give back."""
    return [
        (note.text, note.urls, next(c.quotes for c in note.contexts if c.line == line))
        for line, _, note in cited_in_reading_order(report)
    ]


def notes_as_read(report: Report) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    """(text, URLs, quotes of its first citing passage) per note, as `oracle_notes` gives them."""
    return [
        (note.text, note.urls, note.contexts[0].quotes if note.contexts else ()) for note in report.footnotes
    ]


# A Markdown report whose notes write an address out and link words after it (an archive's copy, another
# post): converted to DOCX or ODT, each note's links must come in the order the Markdown reader gives.
LINKS_AMONG_WRITTEN_ADDRESSES = (
    "Rybar wrote “the front is holding”.[^1] The mayor answered “the bridge is closed”.[^2]\n\n"
    "[^1]: Rybar, Telegram, 21 January 2022, t.me/rybar/1234"
    " ([archived](https://web.archive.org/web/20220121/https://t.me/rybar/1234)).\n"
    "[^2]: Mayor, Telegram, 22 January 2022, t.me/citynews/12;"
    " see also [WarGonzo's reply](https://t.me/wargonzo/5500).\n"
)
