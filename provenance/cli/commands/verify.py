"""`provenance verify LEDGER`: re-verify a ledger and the evidence it names, offline."""

from __future__ import annotations

import argparse
from pathlib import Path

from provenance.cli.common import EXIT_FINDINGS, EXIT_OK, emit
from provenance.cli.parsing import sha256_hex

HELP = "re-verify a ledger and its evidence offline"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("ledger", type=Path, metavar="LEDGER")
    parser.add_argument("--report", type=Path, help="the report the ledger belongs to")
    parser.add_argument(
        "--anchor",
        type=sha256_hex,
        metavar="HEAD",
        help="a head recorded elsewhere (e.g. printed by an earlier check): it must still be in the chain",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")


def run(args: argparse.Namespace, argv: list[str]) -> int:
    from provenance.ledger.verify import verify_ledger
    from provenance.outputs.verification import render_verification_json, render_verification_text

    result = verify_ledger(args.ledger, args.report, args.anchor)
    render = render_verification_json if args.json else render_verification_text
    emit(render(result), to_stdout=True)
    return EXIT_OK if result.intact else EXIT_FINDINGS
