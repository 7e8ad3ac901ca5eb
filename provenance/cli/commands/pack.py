"""`provenance pack LEDGER -o BUNDLE.wacz`: the ledger and all its evidence in one WACZ file."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from provenance.cli.common import EXIT_OK, emit, refuse_a_missing_ledger, refuse_what_is_no_ledger, warn
from provenance.cli.parsing import GivenOnce, file_path, written_file_path
from provenance.escaping import escape_unprintable

if TYPE_CHECKING:
    from pathlib import Path

    from provenance.wacz.pack import PackResult

HELP = "pack an intact ledger (re-verified first), its report and its WARCs into one WACZ bundle"
EPILOG = """\
exit codes: 0 the bundle written (its footnotes' statuses are the ledger's, whatever they are); 2 usage or
input error (no ledger, a ledger that is not intact: `provenance verify LEDGER` lists why; a bundle that
exists: never replaced; nothing written); 3 internal error.
Evidence moved elsewhere: --archive-dir DIR reads each WARC by its file name there, as `verify --archive-dir`
does; a file there whose hash is not the ledger's is a problem, and nothing is packed. A report kept elsewhere
than beside the ledger: --report REPORT packs it, when its hash is the one the last run recorded.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "ledger", type=file_path, metavar="LEDGER", help="the ledger to pack with its evidence"
    )
    parser.add_argument(
        "-o",
        "--output",
        action=GivenOnce,  # two bundles named: the first was dropped without a word
        type=written_file_path,
        required=True,
        metavar="BUNDLE.wacz",
        help="bundle to create (never replaced)",
    )
    parser.add_argument(
        "--html",
        action=GivenOnce,
        type=file_path,
        metavar="PATH",
        help="the HTML view to include (default: LEDGER with .html, if present)",
    )
    parser.add_argument(
        "--archive-dir",
        action=GivenOnce,
        type=file_path,
        metavar="DIR",
        help="find each WARC by its file name in DIR (after the evidence moved); each is proved by its hash "
        "and packed where the ledger names it",
    )
    parser.add_argument(
        "--report",
        action=GivenOnce,
        type=file_path,
        metavar="REPORT",
        help="the report the ledger's last run checked, read from here (when it is not beside the ledger); "
        "packed only when its hash is the one recorded",
    )
    parser.add_argument(
        "--sign",
        action=GivenOnce,
        type=file_path,
        metavar="KEYFILE",
        help="sign the bundle's datapackage digest with this key",
    )


def run(args: argparse.Namespace, argv: list[str]) -> int:
    from provenance.ledger.paths import refuse_what_is_no_archive_dir
    from provenance.seal.keys import key_file_exposure, load_private_key
    from provenance.wacz.pack import pack_ledger

    refuse_a_missing_ledger(args.ledger)
    refuse_what_is_no_ledger(args.ledger, "pack")
    if args.archive_dir is not None:
        refuse_what_is_no_archive_dir(args.archive_dir, args.ledger)
    key = load_private_key(args.sign) if args.sign else None
    exposure = key_file_exposure(args.sign) if args.sign else None
    if exposure is not None:
        warn(exposure)
    result = pack_ledger(args.ledger, args.output, args.html, key, args.archive_dir, args.report)
    if result.missing_report is not None:
        warn(
            escape_unprintable(
                f"the report {result.missing_report} named by the ledger is "
                f"{result.report_left_out_because}: the bundle holds no report (its datapackage.json says "
                "so); `pack --report REPORT` packs it from where it is, and whoever receives this bundle "
                f"can compare the report with `provenance verify {result.bundle} --report REPORT`"
            )
        )
    if result.report_line_ends_converted:
        warn(
            "the report has CRLF line ends (a Windows checkout's): packed with LF ends, as the run hashed it"
        )
    if result.ledger_line_ends_converted:
        warn("the ledger has CRLF line ends (a Windows checkout's): packed with LF ends, as `check` wrote it")
    if result.lines_unlike_report:
        warn(escape_unprintable(_lines_unlike_report(result, args.ledger)))
    if result.left_out_report_count:
        warn(escape_unprintable(_left_out_reports(result)))
    if result.stale_view is not None:
        import shlex

        heads = ", ".join(result.stale_view_heads)
        warn(
            escape_unprintable(
                f"the HTML view {result.stale_view} beside the ledger was made from it as it was before "
                f"(head {heads}), not as packed: a run or a seal appended since is not in it; left out "
                f"of the bundle (`provenance show {shlex.quote(str(args.ledger))}` makes it again)"
            )
        )
    if result.view is not None and result.signed_by is None:
        warn(
            f"the HTML view {result.view} is packed in a bundle no key signed: nothing vouches for what it "
            "shows, and `verify --trust` fails it (give --sign)"
        )
    signed = f"; signed by {result.signed_by}" if result.signed_by else ""
    no_report = ", NO REPORT" if result.missing_report is not None else ""
    bundle = escape_unprintable(str(result.bundle))  # a file name is anything a shell let through
    emit(
        f"{bundle}: {result.files} files, {result.warcs} WARC file{'' if result.warcs == 1 else 's'}"
        f"{no_report}; datapackage.json sha256 {result.datapackage_sha256}{signed}\n",
        to_stdout=True,
    )
    return EXIT_OK


def _lines_unlike_report(result: PackResult, ledger: Path) -> str:
    """The last run's footnote lines that differ from the notes of its unchanged report, counted: verify
    warns of each, and a bundle made of them in silence carried them to whoever receives it."""
    import shlex

    return (
        f"{result.lines_unlike_report} difference(s) between the last run's footnote lines and the notes of "
        f"the report {result.last_report}, which has the hash the run recorded: rewritten since the run "
        "(only a seal proves lines unchanged), or the report read otherwise by the version that made it; "
        f"packed as they are (`provenance verify {shlex.quote(str(ledger))}` names them)"
    )


def _left_out_reports(result: PackResult) -> str:
    """The reports of earlier runs the bundle does not hold, each with why: a report edited between two
    runs was bundled as the last run's alone, and the earlier run's lines had no report to be read with."""
    named = ", ".join(
        f"{left.recorded} of the run at line {left.line} ({left.why})" for left in result.left_out_reports
    )
    more = result.left_out_report_count - len(result.left_out_reports)
    named += f" and {more} more" if more > 0 else ""
    held = f" and {result.run_reports} earlier run(s)' reports" if result.run_reports else ""
    return (
        f"the reports of earlier runs not in the bundle: {named}; it holds those runs and their evidence, "
        f"and the last run's report ({result.last_report}){held}, each with the hash its run recorded"
    )
