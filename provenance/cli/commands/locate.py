"""`provenance locate REPORT`: propose the posts that unlinked footnotes cite, for a person to confirm.

A `--ledger` is held to what `check` holds it to before anything is fetched or written: not a folder nor the
report, in a folder that exists (a typo'd folder was made, and the run went to a new ledger beside the one
meant), and not the ledger of another report that is still there (the search was appended to it).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from provenance.cli.common import EXIT_FINDINGS, EXIT_OK, emit, network_options, warc_info
from provenance.cli.config import add_config_options
from provenance.cli.parsing import GivenOnce, add_network_options, file_path, int_between, written_file_path
from provenance.loading import CodeLoading

HELP = "find candidate posts for footnotes without a link (a person confirms them)"
EPILOG = """\
exit codes: 0 every unlinked footnote has a candidate (or the report cites nothing unlinked; posts tied at the
top are candidates, none proposed: a person chooses); 1 one has none,
or the report has marker-like text but no notes could be read (--allow-empty accepts that); 2 usage or input
error (a bad registry or citations file: nothing fetched or written); 3 internal error.
Without --accounts it lists the speakers it found; give a registry (CSV or YAML, as examples/accounts.csv)
to search their accounts.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "report", type=file_path, metavar="REPORT", help="the report whose unlinked notes to search for"
    )
    parser.add_argument(
        "--accounts",
        action=GivenOnce,
        type=file_path,
        metavar="FILE",
        help="accounts registry (CSV or YAML: name, aliases, platform, handle, id, url, notes)",
    )
    parser.add_argument(
        "--citations",
        type=written_file_path,
        metavar="OUT",
        help="CSL-JSON file to write or update with the candidates (default: REPORT.citations.json)",
    )
    parser.add_argument(
        "--window",
        type=int_between(0, 30),
        default=1,
        metavar="DAYS",
        help="days searched on each side of the cited day (of the month, for a note giving only the month), "
        "0 to 30 (default 1)",
    )
    parser.add_argument(
        "--ledger",
        action=GivenOnce,
        type=written_file_path,
        help="ledger path (default: REPORT.ledger.jsonl)",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    parser.add_argument(
        "--allow-empty",
        action="store_true",
        help="a report with marker-like text but no notes exits 0 (default: exit 1, as check does)",
    )
    add_network_options(parser)
    add_config_options(parser)


def run(args: argparse.Namespace, argv: list[str]) -> int:
    with CodeLoading():
        from provenance.check_inputs import default_ledger_path
        from provenance.locate.files import (
            CitationsTarget,
            default_citations_path,
            kept_by_locate,
            read_registry,
        )
        from provenance.locate.locate import LocateSettings, locate_report
        from provenance.outputs.locate_json import render_locate_json
        from provenance.outputs.locate_table import render_locate
        from provenance.readers import read_report
        from provenance.results import reads_no_notes
        from provenance.settings import recorded_locate_options

    report = read_report(args.report)
    if args.ledger is not None:
        check_named_ledger(args.ledger, args.report)
    registry = read_registry(args.accounts)
    ledger = args.ledger or default_ledger_path(args.report)
    kept = kept_by_locate(args.report, ledger, args.accounts, args.archive_dir)
    citations = CitationsTarget.read(args.citations or default_citations_path(args.report), kept)
    settings = LocateSettings(
        archive_dir=args.archive_dir,
        network=network_options(args),
        info=warc_info(args, argv),
        window=args.window,
        existing=citations.hints,
        recorded_options=recorded_locate_options(vars(args), registry.sha256),
    )
    result = locate_report(report, registry.accounts, ledger, settings)
    written = citations.update(result.searches)
    emit(render_locate([result], written), to_stdout=not args.json)
    if args.json:
        emit(render_locate_json([result], written), to_stdout=True, document=True)
    # As `check` on the same report: notes in a style that could not be read are no pass, however few of them
    # were searched for.
    if reads_no_notes(report) and not args.allow_empty:
        return EXIT_FINDINGS
    return EXIT_OK if all(search.candidates for search in result.searches) else EXIT_FINDINGS


def check_named_ledger(ledger: Path, report: Path) -> None:
    """`--ledger` as `check` takes it (see the module's docstring): a mistake is a UsageError, InputError."""
    from provenance.check_inputs import InputOptions, check_ledger_follows_report, check_ledger_is_no_input
    from provenance.errors import InputError
    from provenance.escaping import escape_unprintable

    check_ledger_is_no_input(ledger, [report], InputOptions(ledger=ledger))
    folder = ledger.parent
    if not folder.exists():
        raise InputError(
            f"{escape_unprintable(str(ledger))}: the ledger's folder {escape_unprintable(str(folder))} does "
            "not exist; create it first"
        )
    check_ledger_follows_report(ledger, report)
