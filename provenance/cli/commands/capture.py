"""`provenance capture URL...`: capture URLs into WARC files, no report needed."""

from __future__ import annotations

import argparse

from provenance.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    capture_function,
    emit,
    network_options,
    progress,
    warc_info,
)
from provenance.cli.config import add_config_options
from provenance.cli.parsing import add_network_options

HELP = "capture URLs into WARC files, no report needed"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("urls", nargs="+", metavar="URL", help="http(s) URLs, each into its own WARC file")
    parser.add_argument("--json", action="store_true", help="print the captures as JSON on stdout")
    add_network_options(parser)
    add_config_options(parser)


def run(args: argparse.Namespace, argv: list[str]) -> int:
    from provenance.capture.options import CaptureRequest
    from provenance.capture.scheduler import capture_all
    from provenance.files import ensure_folder

    requests = [CaptureRequest(url=url, name=f"capture-{index + 1}") for index, url in enumerate(args.urls)]
    options = network_options(args)  # a bad option stops here, before the archive folder is made
    with capture_function(args) as capture_one:
        outcomes = capture_all(
            requests,
            ensure_folder(args.archive_dir, "archive folder"),
            options,
            warc_info(args, argv),
            jobs=args.jobs,
            per_host=args.per_host,
            on_done=progress(),
            capture=capture_one,
        )
    for outcome in outcomes:
        capture = outcome.capture
        where = f"{capture.warc} sha256 {capture.warc_sha256}" if capture else "nothing captured"
        status = f"HTTP {capture.http_status}" if capture and capture.http_status is not None else "failed"
        emit(f"{outcome.url}: {status}; {where}{f' ({outcome.error})' if outcome.error else ''}\n", False)
    if args.json:
        emit("[" + ",\n".join(o.model_dump_json() for o in outcomes) + "]\n", to_stdout=True)
    return EXIT_OK if all(o.error is None for o in outcomes) else EXIT_FINDINGS
