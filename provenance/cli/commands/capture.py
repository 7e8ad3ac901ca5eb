"""`provenance capture URL...`: capture URLs into WARC files, no report needed."""

from __future__ import annotations

import argparse
import dataclasses

from provenance.cli.common import EXIT_FINDINGS, EXIT_OK, capture_function, emit, network_options, warc_info
from provenance.cli.config import add_config_options
from provenance.cli.parsing import add_network_options, capture_target
from provenance.loading import CodeLoading

HELP = "capture URLs into WARC files, no report needed"
EPILOG = """\
exit codes: 0 every URL captured; 1 a capture failed (it is said which, and why); 2 usage error (a name that
is a file or folder here, a URL that is not an absolute http(s) one: nothing is written); 3 internal error.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "urls",
        nargs="+",
        type=capture_target,
        metavar="URL",
        help="http(s) URLs, each into its own WARC file",
    )
    parser.add_argument("--json", action="store_true", help="print the captures as JSON on stdout")
    add_network_options(parser)
    add_config_options(parser)


def run(args: argparse.Namespace, argv: list[str]) -> int:
    with CodeLoading():
        from provenance.capture.options import CaptureRequest
        from provenance.capture.scheduler import capture_all
        from provenance.capture.slots import HostSlots
        from provenance.cli.progress import CheckProgress
        from provenance.outputs.captures import render_captures_json, render_captures_text

    requests = [CaptureRequest(url=url, name=f"capture-{index + 1}") for index, url in enumerate(args.urls)]
    options = network_options(args)  # a bad option stops here, before the archive folder is made
    with (
        HostSlots.for_run(args.per_host) as slots,  # redirects of many URLs may meet at one host
        capture_function(args) as capture_one,
        CheckProgress() as progress,
    ):
        progress.start_report("capture", len(requests))
        outcomes = capture_all(
            requests,
            args.archive_dir,
            dataclasses.replace(options, slots=slots),
            warc_info(args, argv),
            jobs=args.jobs,
            per_host=args.per_host,
            on_done=progress.finished,
            capture=capture_one,
        )
    emit(render_captures_text(outcomes), to_stdout=False)
    if args.json:
        emit(render_captures_json(outcomes), to_stdout=True, document=True)
    return EXIT_OK if all(outcome.error is None for outcome in outcomes) else EXIT_FINDINGS
