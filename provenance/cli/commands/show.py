"""`provenance show LEDGER -o PATH`: the HTML view of a ledger's run, one file a reviewer opens from disk."""

from __future__ import annotations

import argparse

from provenance.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    emit,
    refuse_a_missing_ledger,
    refuse_what_is_no_ledger,
    warn,
)
from provenance.cli.parsing import GivenOnce, file_path, int_between, written_file_path
from provenance.escaping import disarm_workflow_commands, escape_unprintable

HELP = "write the HTML view of a ledger's run (re-verified first; exit 1 when it is not intact)"
EPILOG = """\
exit codes: 0 the page written, the ledger intact (or not re-verified: --no-verify); 1 the page written,
the ledger not intact (the page says so; `provenance verify LEDGER` lists each problem); 2 usage or input
error (no ledger, a file that is none, a page that would replace another file, an --archive-dir that is no
folder: nothing written); 3 internal error.
Evidence moved elsewhere: --archive-dir DIR re-verifies each WARC by its file name there, as `verify
--archive-dir` does, and the page links it and shows its screenshot from there.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "ledger", type=file_path, metavar="LEDGER", help="the ledger to show (REPORT.ledger.jsonl)"
    )
    parser.add_argument(
        "-o",
        "--output",
        action=GivenOnce,
        type=written_file_path,
        metavar="PATH",
        help="the HTML file (default: LEDGER with .html)",
    )
    parser.add_argument(
        "--run", type=int_between(1, 1_000_000_000), metavar="N", help="which run, from 1 (default: the last)"
    )
    parser.add_argument(
        "--archive-dir",
        action=GivenOnce,
        type=file_path,
        metavar="DIR",
        help="find each WARC by its file name in DIR (after the evidence moved): re-verified, and linked and "
        "its screenshot shown from there",
    )
    parser.add_argument(
        "--no-verify",
        action="store_true",
        help="do not re-verify the ledger and its WARC files first (the page says it was not verified)",
    )


def run(args: argparse.Namespace, argv: list[str]) -> int:
    from provenance.ledger.paths import refuse_what_is_no_archive_dir
    from provenance.outputs.html_view import describe_written_view
    from provenance.views import load_view, view_path, write_html_view

    refuse_a_missing_ledger(args.ledger)
    refuse_what_is_no_ledger(args.ledger, "show")
    if args.archive_dir is not None:
        refuse_what_is_no_archive_dir(args.archive_dir, args.ledger)
    output = view_path(args.ledger, args.output, args.archive_dir)
    view = load_view(args.ledger, output, args.run, verify=not args.no_verify, archive_dir=args.archive_dir)
    write_html_view([view], output)
    # A name, escaped; and in a CI log no command a runner obeys (a report is named by whoever added it).
    emit(
        disarm_workflow_commands(describe_written_view(escape_unprintable(str(output)), view)), to_stdout=True
    )
    # The page says what verify found; the exit code says it too, as `verify` would, for a script or CI.
    damaged = view.verification is not None and not view.verification.intact
    if damaged:  # the line counts them; where they are listed, and what to do (moved evidence), is verify's
        import shlex

        command = shlex.join(
            ["provenance", "verify", str(args.ledger)]
            + (["--archive-dir", str(args.archive_dir)] if args.archive_dir is not None else [])
        )
        moved = "" if args.archive_dir is not None else " (evidence moved elsewhere: give --archive-dir DIR)"
        warn(f"the ledger is not intact: `{command}` lists each problem and what to do{moved}")
    return EXIT_FINDINGS if damaged else EXIT_OK
