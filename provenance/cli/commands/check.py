"""`provenance check REPORT...`: capture and check every footnote; append a run to each report's ledger."""

from __future__ import annotations

import argparse
from pathlib import Path

from provenance.cli.common import EXIT_FINDINGS, EXIT_OK, emit, network_options, progress, warc_info
from provenance.cli.parsing import add_network_options

HELP = "capture and check every footnote; append to the ledger"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("reports", nargs="+", type=Path, metavar="REPORT")
    parser.add_argument(
        "--citations", type=Path, help="CSL-JSON file whose items (id = label) add or override"
    )
    parser.add_argument("--ledger", type=Path, help="ledger path (default: REPORT.ledger.jsonl)")
    parser.add_argument(
        "--offline", action="store_true", help="no network: skip captures, run everything else"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    add_network_options(parser)


def _recorded_options(args: argparse.Namespace) -> dict[str, object]:
    """The options that shape a run's results, as the run line records them."""
    return {
        "offline": args.offline,
        "allow_private": args.allow_private,
        "connect_to": [str(rule) for rule in args.connect_to],
        "timeout": args.timeout,
        "max_bytes": args.max_bytes,
        "jobs": args.jobs,
        "per_host": args.per_host,
        "archive_dir": str(args.archive_dir),
        "ca_bundle": str(args.ca_bundle) if args.ca_bundle else None,
        "proxy": args.proxy,
    }


def run(args: argparse.Namespace, argv: list[str]) -> int:
    from provenance.outputs.json_format import JsonFormat
    from provenance.outputs.table import TableFormat
    from provenance.pipeline import CheckSettings, check_report, load_citations, read_reports, resolve_ledgers

    ledgers = resolve_ledgers(args.reports, args.ledger)
    reports = read_reports(args.reports)
    settings = CheckSettings(
        archive_dir=args.archive_dir,
        network=network_options(args),
        citations=load_citations(args.citations),
        offline=args.offline,
        jobs=args.jobs,
        per_host=args.per_host,
        info=warc_info(args, argv),
        recorded_options=_recorded_options(args),
        on_capture=progress(),
    )
    results = [
        check_report(report, ledger, settings) for report, ledger in zip(reports, ledgers, strict=True)
    ]
    emit(TableFormat().render(results), to_stdout=False)
    if args.json:
        emit(JsonFormat().render(results), to_stdout=True)
    return EXIT_OK if all(result.all_verified for result in results) else EXIT_FINDINGS
