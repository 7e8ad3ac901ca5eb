"""`provenance verify LEDGER`: re-verify a ledger and the evidence it names, offline."""

from __future__ import annotations

import argparse
from pathlib import Path

from provenance.cli.common import EXIT_FINDINGS, EXIT_OK, emit, warn
from provenance.cli.parsing import add_report_size_option, sha256_hex

HELP = "re-verify a ledger and its evidence offline"
EPILOG = """\
exit codes: 0 intact; 1 a problem found (each named: line, file, expected and found), or, with --strict,
something that could not be checked; 2 usage or input error (not a ledger, unreadable file); 3 internal error.
A missing report (named by the ledger) is a warning: it was not compared; --strict makes that exit 1.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("ledger", type=Path, metavar="LEDGER", help="the ledger (REPORT.ledger.jsonl)")
    parser.add_argument(
        "--report",
        type=Path,
        help="the report the ledger belongs to (default: the path its last run recorded)",
    )
    parser.add_argument(
        "--archive-dir",
        type=Path,
        metavar="DIR",
        help="find each WARC by its file name in DIR (after the evidence moved); each is proved by its hash",
    )
    parser.add_argument(
        "--anchor",
        type=sha256_hex,
        metavar="HEAD",
        help="a head recorded elsewhere (e.g. printed by an earlier check): it must still be in the chain",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 when something could not be checked (a missing report), not only on problems",
    )
    add_report_size_option(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")


def run(args: argparse.Namespace, argv: list[str]) -> int:
    from provenance.ledger.verify import verify_ledger
    from provenance.outputs.verification import render_verification_json, render_verification_text

    result = verify_ledger(
        args.ledger,
        args.report,
        args.anchor,
        archive_dir=args.archive_dir,
        max_report_bytes=args.max_report_bytes,
    )
    for warning in result.warnings:
        warn(warning)
    render = render_verification_json if args.json else render_verification_text
    emit(render(result), to_stdout=True)
    if not result.intact or (args.strict and result.warnings):
        return EXIT_FINDINGS
    return EXIT_OK
