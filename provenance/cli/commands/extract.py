"""`provenance extract REPORT`: the footnotes and their citations as JSON or CSL-JSON, without the network."""

from __future__ import annotations

import argparse
from pathlib import Path

from provenance.cli.common import EXIT_OK, emit
from provenance.cli.parsing import add_report_format_option

HELP = "print footnotes and citations (no network)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("report", type=Path, metavar="REPORT")
    parser.add_argument(
        "--citations", type=Path, help="CSL-JSON file whose items (id = label) add or override"
    )
    parser.add_argument("--format", choices=("json", "csl"), default="json")
    add_report_format_option(parser)


def run(args: argparse.Namespace, argv: list[str]) -> int:
    from provenance.outputs.extract import render_extract_csl, render_extract_json
    from provenance.pipeline import cite_footnotes, load_citations
    from provenance.readers import read_report

    report = read_report(args.report, args.from_format)
    cited = cite_footnotes(report, load_citations(args.citations))
    text = render_extract_csl(cited) if args.format == "csl" else render_extract_json(report, cited)
    emit(text, to_stdout=True)
    return EXIT_OK
