"""`provenance extract REPORT`: the footnotes and their citations as JSON or CSL-JSON, without the network."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import closing
from itertools import islice

from provenance.cli import keep_until_exit
from provenance.cli.common import EXIT_OK, emit, output_errors_named, warn
from provenance.cli.parsing import (
    GivenOnce,
    add_citations_option,
    add_report_format_option,
    add_report_size_option,
    file_path,
)
from provenance.loading import CodeLoading

HELP = "print footnotes and citations (no network)"
EPILOG = """\
exit codes: 0 printed (a note's findings are in the document, never an exit code); 2 usage or input error
(a missing, unreadable or binary report, a malformed citations file: nothing printed); 3 internal error.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "report",
        type=file_path,
        metavar="REPORT",
        help="a report file (text, Markdown, HTML, DOCX, ODT or PDF)",
    )
    add_citations_option(parser)
    parser.add_argument(
        "--format",
        action=GivenOnce,  # `--format json --format csl` printed CSL without a word
        choices=("json", "csl"),
        default="json",
        help="json: each footnote with its text, line, links, citing passages, citation and findings "
        "(default); csl: a CSL-JSON array of the citations, id = footnote label",
    )
    add_report_format_option(parser)
    add_report_size_option(parser)


def run(args: argparse.Namespace, argv: list[str]) -> int:
    with CodeLoading():  # what the imports make lives to the end: frozen, kept out of the collector's passes
        from provenance.citations.cite import (
            CitingByPosition,
            NumberedFootnotes,
            cite_footnote,
            cite_footnotes,
            load_citations,
            unmatched_citation_warnings,
        )
        from provenance.forking import map_in_two_processes
        from provenance.outputs.extract import (
            extract_footnote_utf8,
            iter_extract_utf8_of_footnotes,
            render_extract_csl,
        )
        from provenance.readers import read_report_lazily
        from provenance.readers.assembly import footnote_labels

    # The collector looks for cycles after 10,000 new objects, not 700: reading makes tens of thousands that
    # live to the end, and checking them again and again was 5 % of an extract of thousands of footnotes.
    gc.set_threshold(10_000)

    report = read_report_lazily(args.report, args.from_format, args.max_report_bytes)
    keep_until_exit(report)  # never freed: the program ends without freeing it (10,000 notes: 5-10 ms)
    # The report, too, lives to the end: citing it must not pay for walking through it (8 % of citing).
    gc.freeze()
    citations = load_citations(args.citations)
    for warning in unmatched_citation_warnings(footnote_labels(report.footnotes), citations, args.citations):
        warn(warning)
    if args.format == "csl":
        emit(render_extract_csl(cite_footnotes(report.whole(), citations)), to_stdout=True, document=True)
        return EXIT_OK
    # Each footnote made, cited and written in turn: nothing of a large report is held twice. On two cores a
    # forked process makes, cites and writes the second half of a long report meanwhile, in the UTF-8 the
    # document is written in (`emit`'s for a document), so its bytes are written as they come.
    # By position, so each process cites a note with the notes before it (`Id.`: the one before's source).
    cite = CitingByPosition(report.footnotes, citations)
    footnotes = map_in_two_processes(
        lambda numbered: extract_footnote_utf8(cite(numbered)),
        NumberedFootnotes(report.footnotes),
        # The first footnote made, cited and written once before the fork and thrown away: the validators,
        # patterns and modules that take are made once, not in each process (0.13 G instructions).
        warm_up=lambda: extract_footnote_utf8(cite_footnote(report.footnotes[0], citations)),
    )
    with closing(footnotes):  # on an error (a reader gone away), the child is ended at once
        for pieces in _batches(iter_extract_utf8_of_footnotes(report, footnotes)):
            _write_document(b"".join(pieces))
    return EXIT_OK


def _write_document(data: bytes) -> None:
    """UTF-8 bytes of the document on stdout, as `emit` writes a document's text: straight to the bytes under
    the text stream where it has them and writes lines ended as they are (not on Windows, where the text
    stream ends each line with CR LF)."""
    binary = getattr(sys.stdout, "buffer", None)
    if binary is None or os.linesep != "\n":
        emit(data.decode("utf-8"), to_stdout=True, document=True)
        return
    with output_errors_named():
        sys.stdout.flush()  # what was written as text goes first (in `extract`, nothing)
        binary.write(data)


def _batches(pieces: Iterable[bytes], size: int = 64) -> Iterator[list[bytes]]:
    """`pieces` in lists of `size`: written to stdout a list at a time, not a footnote at a time (each write
    has its cost: one per footnote was 2 % of a long report)."""
    remaining = iter(pieces)
    while batch := list(islice(remaining, size)):
        yield batch
