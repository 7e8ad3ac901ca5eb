"""`provenance check REPORT...`: capture and check every footnote; append a run to each report's ledger."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from provenance.cli import parsing
from provenance.cli.common import (
    EXIT_FINDINGS,
    EXIT_OK,
    capture_function,
    emit,
    network_options,
    warc_info,
    warn,
)
from provenance.cli.config import add_config_options
from provenance.cli.parsing import (
    add_citations_option,
    add_network_options,
    add_report_format_option,
    add_report_size_option,
    http_url,
    seconds_between,
)
from provenance.errors import UsageError

if TYPE_CHECKING:
    from provenance.models import Report
    from provenance.results import ReportResult

HELP = "capture and check every footnote; append to the ledger"
EPILOG = parsing.EPILOG  # exit codes and footnote statuses, as `provenance --help` lists them
_DAY = 86_400.0
DEFAULT_TIMEGATE = "https://web.archive.org/web/"
# Where a site or a test suite names its own TimeGate (or `none`) once instead of on every command line.
TIMEGATE_VARIABLE = "PROVENANCE_TIMEGATE"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "reports", nargs="+", metavar="REPORT", help="report files or glob patterns ('docs/**/*.md')"
    )
    add_citations_option(parser)
    parser.add_argument(
        "--ledger",
        type=Path,
        help="ledger path, in an existing folder (default: REPORT.ledger.jsonl beside the report)",
    )
    parser.add_argument(
        "--offline", action="store_true", help="no network: skip captures, run everything else"
    )
    parser.add_argument(
        "--lint",
        action="store_true",
        help="citations only, for a pre-commit hook: no network, no ledger, no file written; exit 1 only "
        "when a footnote has no locator or its citation fails the schema (nothing is verified)",
    )
    add_report_format_option(parser)
    parser.add_argument(
        "--allow-empty",
        action="store_true",
        help="a report with marker-like text but no notes passes (default: exit 1, a style we cannot read)",
    )
    parser.add_argument(
        "--strict",
        action="store_true",
        help="make warnings errors (exit 2 before anything runs): a citations id that names no footnote",
    )
    parser.add_argument(
        "--lock-timeout",
        type=seconds_between(0, _DAY, zero_allowed=True),
        default=600.0,
        metavar="S",
        help="how long to wait for another run's lock on a ledger, 0 to 86400 seconds (default 600)",
    )
    add_report_size_option(parser)
    parser.add_argument(
        "--shard",
        type=shard_spec,
        metavar="I/N",
        help="check only part I of N of the reports, split by path (a CI matrix of N machines, I = 1..N)",
    )
    outputs = parser.add_argument_group("output")
    outputs.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    outputs.add_argument("--sarif", type=Path, metavar="PATH", help="write SARIF 2.1.0 results to PATH")
    outputs.add_argument("--junit", type=Path, metavar="PATH", help="write JUnit XML results to PATH")
    outputs.add_argument(
        "--html", type=Path, metavar="PATH", help="write the HTML view of this run's ledgers to PATH"
    )
    outputs.add_argument(
        "--attach",
        action="store_true",
        help="write NAME.verified.EXT beside each report: its links and an appendix name the evidence",
    )
    outputs.add_argument(
        "-q", "--quiet", action="store_true", help="no progress and no table; the exit code and files tell"
    )
    seals = parser.add_argument_group("seals")
    seals.add_argument(
        "--sign", type=Path, metavar="KEYFILE", help="sign the run's head with this key (provenance keygen)"
    )
    seals.add_argument(
        "--tsa",
        type=http_url,
        action="append",
        default=[],
        metavar="URL",
        help="RFC 3161 time-stamping authority to timestamp the run's head; repeat for several",
    )
    parser.add_argument(
        "--max-age",
        type=duration,
        default=_DAY,
        metavar="AGE",
        help="reuse a capture of the same URL younger than AGE (seconds, or 30m, 12h, 7d) that an earlier "
        "run of the ledger made, or an interrupted run left, instead of fetching it again; 0 always fetches "
        "(default 1d)",
    )
    checks = parser.add_argument_group("checks")
    checks.add_argument(
        "--strict-quotes", action="store_true", help="a quote not found verbatim fails (default: warns)"
    )
    archive = checks.add_mutually_exclusive_group()
    archive.add_argument(
        "--timegate",
        type=http_url,
        metavar="URL",
        help=f"Memento TimeGate for archived copies (default ${TIMEGATE_VARIABLE}, else {DEFAULT_TIMEGATE})",
    )
    archive.add_argument(
        "--no-archive-lookup", action="store_true", help="ask no archive for copies (`archived: skip`)"
    )
    add_network_options(parser)
    add_config_options(parser)


_MAX_SHARDS = 10_000


def shard_spec(text: str) -> tuple[int, int]:
    """`--shard I/N`: whole numbers with 1 <= I <= N <= 10000."""
    index, slash, count = text.partition("/")
    if not slash or not index.strip().isdigit() or not count.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not I/N (e.g. 2/4: the second of four parts)")
    part, parts = int(index), int(count)
    if not 1 <= parts <= _MAX_SHARDS or not 1 <= part <= parts:
        raise argparse.ArgumentTypeError(f"{text!r}: I/N needs 1 <= I <= N <= {_MAX_SHARDS}")
    return part, parts


_DURATION_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86_400}
_MAX_AGE_LIMIT = 366 * 86_400


def duration(text: str) -> float:
    """`0`, `3600`, `90s`, `30m`, `12h`, `7d`: a number of seconds from 0 to a year."""
    value = text.strip().lower()
    unit = value[-1:] if value[-1:] in _DURATION_UNITS else ""
    try:
        seconds = float(value.removesuffix(unit)) * _DURATION_UNITS[unit]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a duration (e.g. 0, 3600, 30m, 12h, 7d)") from None
    if not 0 <= seconds <= _MAX_AGE_LIMIT:
        raise argparse.ArgumentTypeError(f"{text!r} is not between 0 and 366 days")
    return seconds


def _timegate(args: argparse.Namespace) -> str | None:
    """--timegate, else $PROVENANCE_TIMEGATE (`none` turns lookups off), else the default; None: no lookup."""
    from provenance.errors import UsageError

    if args.no_archive_lookup or args.offline:
        return None
    if args.timegate:
        return str(args.timegate)
    variable = os.environ.get(TIMEGATE_VARIABLE)
    if variable is None:
        return DEFAULT_TIMEGATE
    if variable.strip().lower() in ("", "none", "off"):
        return None
    try:
        return http_url(variable.strip())
    except argparse.ArgumentTypeError as error:
        raise UsageError(f"${TIMEGATE_VARIABLE}: {error}") from None


def _recorded_options(args: argparse.Namespace) -> dict[str, object]:
    """The options that shape a run's results, as the run line records them."""
    from provenance.capture.proxy import redacted

    return {
        "offline": args.offline,
        "allow_private": args.allow_private,
        "allow_hosts": list(args.allow_host),
        "connect_to": [str(rule) for rule in args.connect_to],
        "timeout": args.timeout,
        "footnote_timeout": args.footnote_timeout,
        "max_age": args.max_age,
        "max_bytes": args.max_bytes,
        "jobs": args.jobs,
        "per_host": args.per_host,
        "archive_dir": str(args.archive_dir),
        "ca_bundle": str(args.ca_bundle) if args.ca_bundle else None,
        "proxy": redacted(args.proxy) if args.proxy else None,
        "strict_quotes": args.strict_quotes,
        "timegate": _timegate(args),
        "browser": args.browser,
        "user_agent": args.user_agent,
        "shard": "/".join(map(str, args.shard)) if args.shard else None,
        "contact": args.contact,
        "retries": args.retries,
        "host_interval_ms": args.host_interval,
        "config": _config_record(args),
    }


def _config_record(args: argparse.Namespace) -> dict[str, str] | None:
    """The config file the run's defaults came from, by path and hash, so its settings can be traced."""
    config = getattr(args, "config_file", None)
    return {"path": str(config.path), "sha256": config.sha256} if config is not None else None


def _output_files(args: argparse.Namespace) -> dict[str, Path]:
    """Each file output asked for, by what it is; every path is checked before any work starts."""
    from provenance.files import check_output_path

    asked = (("SARIF file", args.sarif), ("JUnit file", args.junit), ("HTML view", args.html))
    files = {what: path for what, path in asked if path}
    for what, path in files.items():
        check_output_path(path, what)
    return files


def verified_copy_path(report: Path) -> Path:
    """`brief.md` → `brief.verified.md`, beside the report (which is never touched)."""
    return report.with_name(f"{report.stem}.verified{report.suffix}")


def _check_attachable(reports: list[Report]) -> None:
    from provenance.files import check_output_path
    from provenance.outputs.attach import ATTACHABLE

    for report in reports:
        if report.format not in ATTACHABLE:
            raise UsageError(
                f"{report.path}: --attach writes copies of text, Markdown and HTML reports, "
                f"not {report.format.value.upper()}"
            )
        check_output_path(verified_copy_path(Path(report.path)), "verified copy")


def _write_verified_copies(results: list[ReportResult]) -> None:
    from provenance.files import read_input, write_atomically
    from provenance.hashing import sha256_hex
    from provenance.models import utc_now
    from provenance.outputs.attach import attach
    from provenance.views import relative_prefix

    checked_at = utc_now()
    for result in results:
        source = Path(result.report.path)
        data = read_input(source, "report file")
        if sha256_hex(data) != result.report.sha256:
            emit(f"provenance: warning: {source} changed during the run; no verified copy written\n", False)
            continue
        text, encoding = _decode_keeping_encoding(data)
        target = verified_copy_path(source)
        prefix = relative_prefix(result.ledger.parent, target.parent)
        write_atomically(target, attach(text, result, prefix, checked_at).encode(encoding), "verified copy")


def _decode_keeping_encoding(data: bytes) -> tuple[str, str]:
    """The report's text as it is (line ends included) and the encoding to write its copy in."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    if data.startswith(b"\xef\xbb\xbf"):
        return data.decode("utf-8-sig"), "utf-8-sig"
    return data.decode("utf-8"), "utf-8"


def table_width(stream: TextIO) -> int:
    """The terminal's width when the table goes to one; else `COLUMNS`, or 120 for a file or a log."""
    try:
        if stream.isatty():
            return os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError):
        pass
    columns = os.environ.get("COLUMNS", "")
    return int(columns) if columns.isdigit() and int(columns) >= 40 else 120


def _human_table(results: list[ReportResult], to_stdout: bool) -> str:
    from provenance.outputs.table import TableFormat

    stream = sys.stdout if to_stdout else sys.stderr
    color = stream.isatty() and "NO_COLOR" not in os.environ
    return TableFormat(width=table_width(stream), color=color).render(results)


# What --lint cannot do: each of these asks for a ledger, a capture or a file that a lint never makes.
_NOT_WITH_LINT = {
    "ledger": "--ledger",
    "json": "--json",
    "sarif": "--sarif",
    "junit": "--junit",
    "html": "--html",
    "attach": "--attach",
    "sign": "--sign",
    "tsa": "--tsa",
    "browser": "--browser",
}


def _lint(args: argparse.Namespace) -> int:
    """`--lint`: read every report and check its citations without the network; write nothing."""
    from provenance.citations.cite import load_citations
    from provenance.outputs.lint import LintFormat
    from provenance.pipeline import expand_report_paths, lint_report, read_reports

    for dest, option in _NOT_WITH_LINT.items():
        if getattr(args, dest) and option not in _config_settings(args):
            raise UsageError(f"--lint writes nothing and fetches nothing: drop {option}")
    reports = read_reports(expand_report_paths(args.reports), args.from_format, args.max_report_bytes)
    citations = load_citations(args.citations)
    results = [lint_report(report, citations, args.strict_quotes) for report in reports]
    if not args.quiet:
        emit(LintFormat(allow_empty=args.allow_empty).render(results), to_stdout=True)
    failed = any(result.failed or (result.notes_unread and not args.allow_empty) for result in results)
    return EXIT_FINDINGS if failed else EXIT_OK


def _config_settings(args: argparse.Namespace) -> set[str]:
    """The options the config file set (as `--name`): a default from the file never stops a lint."""
    config = getattr(args, "config_file", None)
    return {f"--{name.replace('_', '-')}" for name in config.settings} if config is not None else set()


def run(args: argparse.Namespace, argv: list[str]) -> int:
    if args.lint:
        return _lint(args)
    from provenance.citations.cite import load_citations, unmatched_citation_ids
    from provenance.cli.progress import CheckProgress
    from provenance.files import write_atomically
    from provenance.outputs.github import GithubAnnotationsFormat
    from provenance.outputs.html_view import HtmlViewFormat
    from provenance.outputs.interface import CheckFormat
    from provenance.outputs.json_format import JsonFormat
    from provenance.outputs.junit import JunitFormat
    from provenance.outputs.sarif import SarifFormat
    from provenance.pipeline import (
        CheckSettings,
        Shard,
        check_reports,
        expand_report_paths,
        read_reports,
        reading_pool,
        resolve_ledgers,
    )
    from provenance.seal.keys import load_private_key
    from provenance.seal.sealing import SealSettings
    from provenance.views import load_view

    if args.offline and args.tsa:
        raise UsageError("--tsa asks a time-stamping authority over the network, which --offline forbids")
    network = network_options(args)
    report_paths = expand_report_paths(args.reports)
    if args.shard is not None:
        # A mistake is one on every machine of the matrix, whichever reports its part holds.
        resolve_ledgers(report_paths, args.ledger)
        shard, matched = Shard(*args.shard), len(report_paths)
        report_paths = shard.select(report_paths)
        if not report_paths:
            _output_files(args)
            load_citations(args.citations)
            # Not an error: a matrix of N machines over fewer reports leaves some parts empty.
            warn(f"--shard {shard}: none of the {matched} reports is in this part; nothing checked")
            return EXIT_OK
    ledgers = resolve_ledgers(report_paths, args.ledger)
    files = _output_files(args)
    reports = read_reports(report_paths, args.from_format, args.max_report_bytes)
    citations = load_citations(args.citations)
    for label in unmatched_citation_ids(reports, citations):
        message = f"{args.citations}: item id {label!r} matches no footnote of the report"
        if args.strict:
            raise UsageError(f"{message} (--strict)")
        warn(message)
    if args.attach:
        _check_attachable(reports)
    seal = SealSettings(
        key=load_private_key(args.sign) if args.sign else None,
        tsa_urls=tuple(args.tsa),
        timeout=args.timeout,
        ca_bundle=str(args.ca_bundle) if args.ca_bundle else None,
        proxy=args.proxy,
    )
    settings = CheckSettings(
        archive_dir=args.archive_dir,
        network=network,
        citations=citations,
        offline=args.offline,
        jobs=args.jobs,
        per_host=args.per_host,
        info=warc_info(args, argv),
        recorded_options=_recorded_options(args),
        seal=seal,
        timegate=_timegate(args),
        strict_quotes=args.strict_quotes,
        lock_timeout=args.lock_timeout,
        max_age=args.max_age,
    )
    progress = None if args.quiet else CheckProgress()
    linked = 0 if args.offline else sum(bool(note.urls) for report in reports for note in report.footnotes)
    # The reading processes first: they are forked before the progress display or a browser starts a thread.
    with (
        reading_pool(linked, browser=args.browser) as readers,
        capture_function(args) as capture,
        progress or contextlib.nullcontext(),
    ):
        settings = replace(settings, capture=capture, readers=readers)
        if progress is not None:
            settings = replace(
                settings, on_capture=progress.finished, on_captures_start=progress.start_report
            )
        results = check_reports(reports, ledgers, settings)
    formats: dict[str, CheckFormat] = {"SARIF file": SarifFormat(), "JUnit file": JunitFormat()}
    for what, path in files.items():
        if what in formats:
            write_atomically(path, formats[what].render(results).encode("utf-8"), what)
    if args.html:
        # Built from the ledgers just written, so the page shows exactly what they record.
        views = [load_view(result.ledger, args.html, verify=False) for result in results]
        write_atomically(args.html, HtmlViewFormat().render(views).encode("utf-8"), "HTML view")
    if args.attach:
        _write_verified_copies(results)
    # stdout carries the human table unless a machine format owns it, so `> out.txt` keeps the table.
    if not args.quiet:
        emit(_human_table(results, to_stdout=not args.json), to_stdout=not args.json)
    for result in results:
        for warning in result.warnings:
            emit(f"provenance: warning: {result.ledger}: {warning}\n", to_stdout=False)
    if args.json:
        emit(JsonFormat().render(results), to_stdout=True)
    if os.environ.get("GITHUB_ACTIONS") == "true":
        emit(GithubAnnotationsFormat().render(results), to_stdout=not args.json)
    passed = all(result.all_verified and (args.allow_empty or not result.notes_unread) for result in results)
    return EXIT_OK if passed else EXIT_FINDINGS
