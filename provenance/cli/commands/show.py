"""`provenance show LEDGER -o PATH`: the HTML view of a ledger's run, one file a reviewer opens from disk."""

from __future__ import annotations

import argparse
from pathlib import Path

from provenance.cli.common import EXIT_OK
from provenance.cli.parsing import int_between

HELP = "write the HTML view of a ledger's run (re-verified first)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "ledger", type=Path, metavar="LEDGER", help="the ledger to show (REPORT.ledger.jsonl)"
    )
    parser.add_argument(
        "-o", "--output", type=Path, metavar="PATH", help="the HTML file (default: LEDGER with .html)"
    )
    parser.add_argument(
        "--run", type=int_between(1, 1_000_000_000), metavar="N", help="which run, from 1 (default: the last)"
    )
    parser.add_argument(
        "--no-verify",
        action="store_true",
        help="do not re-verify the ledger and its WARC files first (the page says it was not verified)",
    )


def default_output(ledger: Path) -> Path:
    return ledger.with_suffix(".html") if ledger.suffix == ".jsonl" else Path(f"{ledger}.html")


def run(args: argparse.Namespace, argv: list[str]) -> int:
    from provenance.files import check_output_path, write_atomically
    from provenance.outputs.html_view import HtmlViewFormat
    from provenance.views import load_view

    output: Path = args.output or default_output(args.ledger)
    check_output_path(output, "HTML view")
    view = load_view(args.ledger, output, args.run, verify=not args.no_verify)
    write_atomically(output, HtmlViewFormat().render([view]).encode("utf-8"), "HTML view")
    verdict = (
        ""
        if view.verification is None
        else (
            " (ledger intact)"
            if view.verification.intact
            else f" ({len(view.verification.problems)} problem(s) found in the ledger)"
        )
    )
    print(f"{output}: view of run {view.run_number} of {view.runs_in_ledger}{verdict}")
    return EXIT_OK
