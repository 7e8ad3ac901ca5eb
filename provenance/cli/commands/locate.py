"""`provenance locate REPORT`: propose the posts that unlinked footnotes cite, for a person to confirm."""

from __future__ import annotations

import argparse
from pathlib import Path

from provenance.cli.common import EXIT_FINDINGS, EXIT_OK, emit, network_options, warc_info
from provenance.cli.config import add_config_options
from provenance.cli.parsing import add_network_options

HELP = "find candidate posts for footnotes without a link (a person confirms them)"


def _days(text: str) -> int:
    if not text.isdigit() or int(text) > 30:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of days from 0 to 30")
    return int(text)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "report", type=Path, metavar="REPORT", help="the report whose unlinked notes to search for"
    )
    parser.add_argument(
        "--accounts",
        type=Path,
        metavar="FILE",
        help="accounts registry (CSV or YAML: name, aliases, platform, handle, id, url, notes)",
    )
    parser.add_argument(
        "--citations",
        type=Path,
        metavar="OUT",
        help="CSL-JSON file to write or update with the candidates (default: REPORT.citations.json)",
    )
    parser.add_argument(
        "--window",
        type=_days,
        default=1,
        metavar="DAYS",
        help="days searched on each side of the cited day (1)",
    )
    parser.add_argument("--ledger", type=Path, help="ledger path (default: REPORT.ledger.jsonl)")
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    add_network_options(parser)
    add_config_options(parser)


def _recorded_options(args: argparse.Namespace, accounts_sha256: str | None) -> dict[str, object]:
    from provenance.capture.proxy import redacted

    return {
        "accounts": {"path": str(args.accounts), "sha256": accounts_sha256} if args.accounts else None,
        "window": args.window,
        "allow_private": args.allow_private,
        "connect_to": [str(rule) for rule in args.connect_to],
        "timeout": args.timeout,
        "max_bytes": args.max_bytes,
        "archive_dir": str(args.archive_dir),
        "ca_bundle": str(args.ca_bundle) if args.ca_bundle else None,
        "proxy": redacted(args.proxy) if args.proxy else None,
    }


def run(args: argparse.Namespace, argv: list[str]) -> int:
    from provenance.citations import load_citations_file
    from provenance.files import check_output_path, read_input, write_atomically
    from provenance.hashing import sha256_hex
    from provenance.locate.citations_file import update_citations_file
    from provenance.locate.locate import LocateSettings, locate_report
    from provenance.locate.registry import load_registry
    from provenance.outputs.locate_json import render_locate_json
    from provenance.outputs.locate_table import render_locate
    from provenance.pipeline import default_ledger_path
    from provenance.readers import read_report

    ledger = args.ledger or default_ledger_path(args.report)
    citations_path: Path = args.citations or Path(f"{args.report}.citations.json")
    report = read_report(args.report)
    registry_data = read_input(args.accounts, "accounts registry") if args.accounts else None
    registry = load_registry(registry_data, str(args.accounts)) if registry_data is not None else ()
    check_output_path(citations_path, "citations file")
    existing = read_input(citations_path, "citations file") if citations_path.exists() else None
    overrides = load_citations_file(existing, str(citations_path)) if existing else {}
    settings = LocateSettings(
        archive_dir=args.archive_dir,
        network=network_options(args),
        info=warc_info(args, argv),
        window=args.window,
        existing=overrides,
        recorded_options=_recorded_options(args, sha256_hex(registry_data) if registry_data else None),
    )
    result = locate_report(report, registry, ledger, settings)
    located = any(search.candidates for search in result.searches)
    if located:
        data = update_citations_file(existing, str(citations_path), result.searches)
        write_atomically(citations_path, data, "citations file")
    emit(render_locate([result], citations_path if located else None), to_stdout=not args.json)
    if args.json:
        emit(render_locate_json([result], citations_path if located else None), to_stdout=True)
    return EXIT_OK if all(search.candidates for search in result.searches) else EXIT_FINDINGS
