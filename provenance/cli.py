"""The command line: parse arguments, call the library, render. Errors are caught once, in `main`."""

from __future__ import annotations

import argparse
import getpass
import os
import re
import shlex
import socket
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from provenance import __version__
from provenance.capture.options import CaptureRequest, ConnectTo, NetworkOptions, WarcInfo
from provenance.capture.scheduler import capture_all
from provenance.errors import ProvenanceError, UsageError
from provenance.files import ensure_folder
from provenance.json_schemas import generate_schemas
from provenance.ledger.verify import verify_ledger
from provenance.models import CaptureOutcome
from provenance.outputs.extract import render_extract_csl, render_extract_json
from provenance.outputs.json_format import JsonFormat
from provenance.outputs.table import TableFormat
from provenance.outputs.verification import render_verification_json, render_verification_text
from provenance.pipeline import (
    CheckSettings,
    check_report,
    cite_footnotes,
    load_citations,
    read_reports,
    resolve_ledgers,
)
from provenance.readers import read_report

EXIT_OK, EXIT_FINDINGS, EXIT_INTERNAL = 0, 1, 3  # usage errors exit with ProvenanceError.exit_code (2)


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad command line as one `UsageError` line instead of usage text."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    return value


def _positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be more than 0 seconds")
    return value


_SIZE = re.compile(r"^(\d+)\s*(|b|k|kb|m|mb|g|gb|kib|mib|gib)$")
_SIZE_UNITS = {"k": 1000, "m": 1000**2, "g": 1000**3, "kib": 1024, "mib": 1024**2, "gib": 1024**3}


def _byte_size(text: str) -> int:
    """`50000000`, `50M`, `50MB`, `512KiB`: a positive number of bytes."""
    match = _SIZE.match(text.strip().lower())
    if not match or int(match[1]) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size in bytes (e.g. 50000000, 50M, 512KiB)")
    unit = match[2].removesuffix("b") if match[2] in ("b", "kb", "mb", "gb") else match[2]
    return int(match[1]) * _SIZE_UNITS.get(unit, 1)


def _sha256_hex(text: str) -> str:
    value = text.strip().lower()
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise argparse.ArgumentTypeError(f"{text!r} is not a SHA-256 in hex (64 characters)")
    return value


def _connect_to(text: str) -> ConnectTo:
    try:
        return ConnectTo.parse(text)
    except UsageError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _add_network_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("network")
    group.add_argument("--archive-dir", type=Path, default=Path("archives"), help="where WARC files go")
    group.add_argument("--jobs", type=_positive_int, default=16, help="captures at once (16)")
    group.add_argument("--per-host", type=_positive_int, default=4, help="captures at once to one host (4)")
    group.add_argument(
        "--allow-private", action="store_true", help="also fetch private and loopback addresses"
    )
    group.add_argument(
        "--connect-to",
        type=_connect_to,
        action="append",
        default=[],
        metavar="H1:P1:H2:P2",
        help="as curl: connect to H2:P2 for requests to H1:P1 (empty H1 or P1 matches any)",
    )
    group.add_argument("--timeout", type=_positive_float, default=30.0, help="seconds per connect/read (30)")
    group.add_argument("--max-bytes", type=_byte_size, default=50_000_000, help="cap per response body (50M)")
    group.add_argument("--ca-bundle", type=Path, help="PEM file of trusted CAs (else the system store)")
    group.add_argument("--proxy", help="proxy URL; proxy environment variables are ignored")
    group.add_argument("--operator", help="who runs the capture, for the record (default: the login name)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="provenance", description="Verify that a report's footnotes lead to what they claim."
    )
    parser.add_argument("--version", action="version", version=f"provenance {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on internal errors")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    check = commands.add_parser("check", help="capture and check every footnote; append to the ledger")
    check.add_argument("reports", nargs="+", type=Path, metavar="REPORT")
    check.add_argument(
        "--citations", type=Path, help="CSL-JSON file whose items (id = label) add or override"
    )
    check.add_argument("--ledger", type=Path, help="ledger path (default: REPORT.ledger.jsonl)")
    check.add_argument(
        "--offline", action="store_true", help="no network: skip captures, run everything else"
    )
    check.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    _add_network_options(check)

    extract = commands.add_parser("extract", help="print footnotes and citations (no network)")
    extract.add_argument("report", type=Path, metavar="REPORT")
    extract.add_argument(
        "--citations", type=Path, help="CSL-JSON file whose items (id = label) add or override"
    )
    extract.add_argument("--format", choices=("json", "csl"), default="json")

    capture = commands.add_parser("capture", help="capture URLs into WARC files, no report needed")
    capture.add_argument("urls", nargs="+", metavar="URL")
    capture.add_argument("--json", action="store_true", help="print the captures as JSON on stdout")
    _add_network_options(capture)

    verify = commands.add_parser("verify", help="re-verify a ledger and its evidence offline")
    verify.add_argument("ledger", type=Path, metavar="LEDGER")
    verify.add_argument("--report", type=Path, help="the report the ledger belongs to")
    verify.add_argument(
        "--anchor",
        type=_sha256_hex,
        metavar="HEAD",
        help="a head recorded elsewhere (e.g. printed by an earlier check): it must still be in the chain",
    )
    verify.add_argument("--json", action="store_true", help="print one JSON document on stdout")

    schema = commands.add_parser("schema", help="write the JSON Schemas generated from the models")
    schema.add_argument("--out", type=Path, default=Path("schemas"), help="folder to write to (schemas/)")
    return parser


def _network(args: argparse.Namespace) -> NetworkOptions:
    return NetworkOptions(
        allow_private=args.allow_private,
        connect_to=tuple(args.connect_to),
        timeout=args.timeout,
        max_bytes=args.max_bytes,
        ca_bundle=str(args.ca_bundle) if args.ca_bundle else None,
        proxy=args.proxy,
    )


def _operator(args: argparse.Namespace) -> str:
    if args.operator:
        return str(args.operator)
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def _warc_info(args: argparse.Namespace, argv: Sequence[str]) -> WarcInfo:
    return WarcInfo(
        software=f"provenance/{__version__}",
        operator=_operator(args),
        hostname=socket.gethostname(),
        command_line=shlex.join(["provenance", *argv]),
    )


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


def _progress() -> Callable[[CaptureRequest, CaptureOutcome], None] | None:
    """One line per finished capture on an interactive terminal; nothing in logs and pipes."""
    if not sys.stderr.isatty():
        return None

    def show(request: CaptureRequest, outcome: CaptureOutcome) -> None:
        capture = outcome.capture
        answer = f"HTTP {capture.http_status}" if capture else (outcome.error or "failed")
        label = f"[{request.label}] " if request.label else ""
        print(f"  {label}{answer}  {request.url}", file=sys.stderr, flush=True)

    return show


def _emit(text: str, to_stdout: bool) -> None:
    (sys.stdout if to_stdout else sys.stderr).write(text)


def _cmd_check(args: argparse.Namespace, argv: Sequence[str]) -> int:
    ledgers = resolve_ledgers(args.reports, args.ledger)
    reports = read_reports(args.reports)
    info = _warc_info(args, argv)
    settings = CheckSettings(
        archive_dir=args.archive_dir,
        network=_network(args),
        citations=load_citations(args.citations),
        offline=args.offline,
        jobs=args.jobs,
        per_host=args.per_host,
        info=info,
        recorded_options=_recorded_options(args),
        on_capture=_progress(),
    )
    results = [
        check_report(report, ledger, settings) for report, ledger in zip(reports, ledgers, strict=True)
    ]
    _emit(TableFormat().render(results), to_stdout=False)
    if args.json:
        _emit(JsonFormat().render(results), to_stdout=True)
    return EXIT_OK if all(result.all_verified for result in results) else EXIT_FINDINGS


def _cmd_extract(args: argparse.Namespace, argv: Sequence[str]) -> int:
    report = read_report(args.report)
    cited = cite_footnotes(report, load_citations(args.citations))
    text = render_extract_csl(cited) if args.format == "csl" else render_extract_json(report, cited)
    _emit(text, to_stdout=True)
    return EXIT_OK


def _cmd_capture(args: argparse.Namespace, argv: Sequence[str]) -> int:
    requests = [CaptureRequest(url=url, name=f"capture-{index + 1}") for index, url in enumerate(args.urls)]
    outcomes = capture_all(
        requests,
        ensure_folder(args.archive_dir, "archive folder"),
        _network(args),
        _warc_info(args, argv),
        jobs=args.jobs,
        per_host=args.per_host,
        on_done=_progress(),
    )
    for outcome in outcomes:
        capture = outcome.capture
        where = f"{capture.warc} sha256 {capture.warc_sha256}" if capture else "nothing captured"
        status = f"HTTP {capture.http_status}" if capture else "failed"
        _emit(f"{outcome.url}: {status}; {where}{f' ({outcome.error})' if outcome.error else ''}\n", False)
    if args.json:
        _emit(_json_list([o.model_dump_json() for o in outcomes]), to_stdout=True)
    return EXIT_OK if all(o.error is None for o in outcomes) else EXIT_FINDINGS


def _json_list(items: list[str]) -> str:
    return "[" + ",\n".join(items) + "]\n"


def _cmd_verify(args: argparse.Namespace, argv: Sequence[str]) -> int:
    result = verify_ledger(args.ledger, args.report, args.anchor)
    render = render_verification_json if args.json else render_verification_text
    _emit(render(result), to_stdout=True)
    return EXIT_OK if result.intact else EXIT_FINDINGS


def _cmd_schema(args: argparse.Namespace, argv: Sequence[str]) -> int:
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    for name, text in generate_schemas().items():
        temp = out / f".{name}.tmp"
        temp.write_text(text, encoding="utf-8")
        os.replace(temp, out / name)
        _emit(f"wrote {out / name}\n", to_stdout=False)
    return EXIT_OK


_COMMANDS = {
    "check": _cmd_check,
    "extract": _cmd_extract,
    "capture": _cmd_capture,
    "verify": _cmd_verify,
    "schema": _cmd_schema,
}


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            raise UsageError(f"provenance: choose a command: {', '.join(_COMMANDS)} (see provenance --help)")
        return _COMMANDS[args.command](args, argv)
    except ProvenanceError as error:
        print(f"provenance: error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("provenance: interrupted", file=sys.stderr)
        return 130
    except Exception as error:  # a bug: say so in one line, show the traceback only on request
        if debug:
            traceback.print_exc()
        print(
            f"provenance: internal error (a bug): {type(error).__name__}: {error}; "
            "rerun with --debug for details",
            file=sys.stderr,
        )
        return EXIT_INTERNAL


def main_entry() -> None:
    sys.exit(main())
