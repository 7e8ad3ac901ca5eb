"""`provenance check REPORT...`: capture and check every footnote; append a run to each report's ledger."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from provenance.cli import keep_until_exit, parsing
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
    STANDARD_OUTPUT,
    GivenOnce,
    add_citations_option,
    add_network_options,
    add_report_format_option,
    add_report_size_option,
    duration,
    file_path,
    http_url,
    output_path,
    report_pattern,
    seconds_between,
    shard,
    written_file_path,
)
from provenance.errors import ProvenanceError, UsageError
from provenance.loading import CodeLoading

if TYPE_CHECKING:
    from provenance.capture.options import NetworkOptions
    from provenance.capture.scheduler import CaptureFunction
    from provenance.check_inputs import InputOptions
    from provenance.citations.cite import CitationsFile
    from provenance.output_files import OutputKind
    from provenance.results import CheckStopped, ReportResult
    from provenance.settings import CheckSettings

HELP = "capture and check every footnote; append to the ledger"
EPILOG = parsing.EPILOG  # exit codes and footnote statuses, as `provenance --help` lists them
_DAY = 86_400.0


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "reports",
        nargs="+",
        type=report_pattern,
        metavar="REPORT",
        help="report files or glob patterns ('docs/**/*.md')",
    )
    add_citations_option(parser)
    parser.add_argument(
        "--ledger",
        action=GivenOnce,
        type=written_file_path,
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
        help="a --citations item whose id names no footnote is an error (exit 2 before anything runs), "
        "not a warning; no other warning changes",
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
        type=shard,
        metavar="I/N",
        help="check only part I of N of the reports, split by path (a CI matrix of N machines, I = 1..N)",
    )
    outputs = parser.add_argument_group("output")
    outputs.add_argument("--json", action="store_true", help="print one JSON document on stdout")
    outputs.add_argument(
        "--sarif", type=output_path, metavar="PATH", help="write SARIF 2.1.0 results to PATH (- for stdout)"
    )
    outputs.add_argument(
        "--junit", type=output_path, metavar="PATH", help="write JUnit XML results to PATH (- for stdout)"
    )
    outputs.add_argument(
        "--html",
        action=GivenOnce,
        type=output_path,
        metavar="PATH",
        help="write the HTML view of this run's ledgers to PATH (- for stdout)",
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
        "--sign",
        action=GivenOnce,
        type=file_path,
        metavar="KEYFILE",
        help="sign the run's head with this key (provenance keygen)",
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
        help="Memento TimeGate for archived copies (default $PROVENANCE_TIMEGATE, else the Internet "
        "Archive's, https://web.archive.org/web/)",
    )
    archive.add_argument(
        "--no-archive-lookup", action="store_true", help="ask no archive for copies (`archived: skip`)"
    )
    add_network_options(parser)
    add_config_options(parser)


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
    from provenance.outputs.lint import LintFormat
    from provenance.pipeline import lint_reports

    from_file = args.config_file.options if args.config_file is not None else set()
    for dest, option in _NOT_WITH_LINT.items():
        if getattr(args, dest) and option not in from_file:  # a default from the file never stops a lint
            raise UsageError(f"--lint writes nothing and fetches nothing: drop {option}")
    results, warnings = lint_reports(args.reports, _input_options(args), args.strict_quotes)
    for warning in warnings:
        warn(warning)
    if not args.quiet:
        emit(LintFormat(allow_empty=args.allow_empty).render(results), to_stdout=True)
    failed = any(
        result.failed or result.notes_missing or (result.notes_unread and not args.allow_empty)
        for result in results
    )
    return EXIT_FINDINGS if failed else EXIT_OK


# The output options that take a path, or `-` for standard output.
_OUTPUT_OPTIONS: dict[OutputKind, str] = {"sarif": "--sarif", "junit": "--junit", "html": "--html"}


def _printed_output(args: argparse.Namespace) -> OutputKind | None:
    """The output asked for on standard output (`--sarif -`), if any; two documents there at once (two `-`,
    or one and `--json`) could not be read apart: a usage error."""
    printed = [kind for kind in _OUTPUT_OPTIONS if getattr(args, kind) == STANDARD_OUTPUT]
    claims = [*(["--json"] if args.json else []), *(f"{_OUTPUT_OPTIONS[kind]} -" for kind in printed)]
    if len(claims) > 1:
        raise UsageError(
            f"{' and '.join(claims)}: each would print on standard output, where only one document can go; "
            "give the others a file path"
        )
    return printed[0] if printed else None


def _output_file(args: argparse.Namespace, kind: OutputKind) -> Path | None:
    """The file an output option names; None when it names none, or standard output (`-`)."""
    path = getattr(args, kind)
    return path if isinstance(path, Path) else None


def _input_options(args: argparse.Namespace) -> InputOptions:
    from provenance.check_inputs import InputOptions
    from provenance.output_files import OutputFiles
    from provenance.outputs.paths import repository_paths

    return InputOptions(
        ledger=args.ledger,
        shard=args.shard,
        from_format=args.from_format,
        max_report_bytes=args.max_report_bytes,
        citations=args.citations,
        strict=args.strict,
        outputs=OutputFiles(
            sarif=_output_file(args, "sarif"),
            junit=_output_file(args, "junit"),
            html=_output_file(args, "html"),
            paths=repository_paths(os.environ),
            allow_empty=args.allow_empty,
            printed=_printed_output(args),
        ),
        attach=args.attach,
        archive_dir=args.archive_dir,
        key=args.sign,
    )


def _settings(
    args: argparse.Namespace, argv: list[str], network: NetworkOptions, citations: CitationsFile | None
) -> CheckSettings:
    from provenance.seal.sealing import SealSettings
    from provenance.settings import CheckSettings, recorded_check_options, resolve_timegate

    timegate = resolve_timegate(args.timegate, not (args.offline or args.no_archive_lookup), os.environ)
    key = None
    if args.sign:
        from provenance.seal.keys import key_file_exposure, load_private_key  # only for a signed run

        key = load_private_key(args.sign)
        exposure = key_file_exposure(args.sign)
        if exposure is not None:
            warn(exposure)
    seal = SealSettings(key=key, tsa_urls=tuple(args.tsa), network=network)
    return CheckSettings(
        archive_dir=args.archive_dir,
        network=network,
        citations=citations,
        offline=args.offline,
        jobs=args.jobs,
        per_host=args.per_host,
        info=warc_info(args, argv),
        recorded_options=recorded_check_options(vars(args), timegate),
        seal=seal,
        timegate=timegate,
        strict_quotes=args.strict_quotes,
        lock_timeout=args.lock_timeout,
        max_age=args.max_age,
    )


def _leave_settings_tsa_aside(args: argparse.Namespace) -> None:
    """`--offline` with a TSA: a usage error when the command line asked for it; a settings file's TSA (a
    team's default, not this run's request) is left aside with a warning, as `--lint` does."""
    config = args.config_file
    file_tsa = config.settings.get("tsa") if config is not None else None
    if file_tsa is None or args.tsa != ([file_tsa] if isinstance(file_tsa, str) else list(file_tsa)):
        raise UsageError("--tsa asks a time-stamping authority over the network, which --offline forbids")
    warn(f"{config.path}: its tsa is not asked: --offline fetches nothing")
    args.tsa = []


def _offline_without_a_browser(args: argparse.Namespace, argv: list[str]) -> None:
    """`--offline --browser`: a usage error when the command line asked for both (a browser that captures
    nothing: the run looked like a browser run, and its ledger recorded one); a settings file's browser (a
    team's default, not this run's request) is left aside with a warning, as its TSA is."""
    if "--browser" in argv or args.config_file is None or "--browser" not in args.config_file.options:
        raise UsageError("--browser captures pages in a browser, and --offline captures nothing: drop one")
    warn(f"{args.config_file.path}: its browser is not started: --offline captures nothing")
    args.browser = False


def run(args: argparse.Namespace, argv: list[str]) -> int:
    if args.lint:
        return _lint(args)
    if args.offline and args.browser:
        _offline_without_a_browser(args, argv)
    with CodeLoading():
        from provenance.check_inputs import gather_inputs
        from provenance.pipeline import check_reports, reading_pool, spread_over_hosts
        from provenance.results import CheckStopped

    if args.offline and args.tsa:
        _leave_settings_tsa_aside(args)
    _printed_output(args)  # two documents on standard output: the first mistake named, before any fetch
    network = network_options(args)  # a bad network option is the first mistake named
    options = _input_options(args)
    inputs = gather_inputs(args.reports, options)
    # Before an empty part returns: a bad key or TimeGate is a mistake on every machine of a CI matrix.
    settings = _settings(args, argv, network, inputs.citations)
    for warning in inputs.warnings:
        warn(warning)
    if not inputs.reports:
        # An empty part of a CI matrix still leaves what the job uploads or reads: a SARIF file, a JUnit file
        # and a JSON document, each with no report (a missing file failed the upload step).
        _write_outputs(args, options, [])
        return EXIT_OK
    progress = None
    if not args.quiet:
        from provenance.cli.progress import CheckProgress

        progress = CheckProgress()
    # A large run's captures are shared out to forked processes, each reading back its own (`pipeline`);
    # where they cannot be (one host), processes that read captures back pay for themselves when main texts
    # are read. Those are forked first, before the progress display or a browser starts a thread.
    shared_out = spread_over_hosts(inputs.linked, args.jobs, network)
    fork_captures = not (args.browser or args.offline) and shared_out
    reading = 0 if args.offline or fork_captures else inputs.quoted  # captures whose main text is read
    try:
        with (
            reading_pool(reading, browser=args.browser) as readers,
            _capture_function(args) as capture,
            progress or contextlib.nullcontext(),
        ):
            settings = replace(settings, capture=capture, readers=readers, fork_captures=fork_captures)
            if progress is not None:
                settings = replace(
                    settings, on_capture=progress.finished, on_captures_start=progress.start_report
                )
            results = check_reports(inputs.reports, inputs.ledgers, settings)
    except CheckStopped as stopped:
        _end_stopped(args, options, stopped)
    keep_until_exit(results)  # never freed: the program ends without freeing them
    printed = options.outputs.write(results)
    _show(args, results, printed)
    passed = all(
        result.all_verified and not result.notes_missing and (args.allow_empty or not result.notes_unread)
        for result in results
    )
    return EXIT_OK if passed else EXIT_FINDINGS


def _capture_function(args: argparse.Namespace) -> contextlib.AbstractContextManager[CaptureFunction]:
    """How each URL is captured: in a browser started for the run (`--browser`), else over HTTP by code that
    loads only once something is to be captured (`settings.capture_over_http`): a check that captures
    nothing (`--offline`, every capture reused, no link) never loads requests, urllib3 and warcio."""
    if args.browser and not args.offline:
        return capture_function(args)
    from provenance.settings import capture_over_http

    return contextlib.nullcontext(capture_over_http)


def _end_stopped(args: argparse.Namespace, options: InputOptions, stopped: CheckStopped) -> NoReturn:
    """A check stopped (Ctrl-C, SIGTERM: a CI step's time limit) still leaves the outputs asked for, with
    what it had checked (each footnote not checked an `error`); it then ends as its stop ends it (130, 143),
    also when an output cannot be written (said in a warning)."""
    printed = False
    try:
        printed = _write_outputs(args, options, stopped.results, stopped=True)
    except ProvenanceError as error:
        warn(str(error))
    # A stopped CI step's log shows its annotations too: the report it never recorded is an error there.
    _annotate(args, stopped.results, machine_owned=args.json or printed)
    _say_unrecorded(stopped.results)
    made = sum(
        result.outcome is not None and result.outcome.capture is not None
        for report in stopped.results
        for result in report.footnotes
    )
    if made and args.max_age > 0:  # what to do next, for the user who stopped it (or whose CI step timed out)
        kept = f"the {made} captures made so far are kept" if made > 1 else "the capture made so far is kept"
        again = f"the same command run again reuses {'them' if made > 1 else 'it'} and fetches the rest"
        warn(f"stopped: {kept}; {again}")
    raise stopped.stop from None


def _say_unrecorded(results: list[ReportResult]) -> None:
    """A stop said only "interrupted": whoever stopped the check (or whose CI step timed out) must know which
    ledgers hold no run of it, so what they show is not taken for this check's results."""
    unrecorded = [str(result.ledger) for result in results if result.stopped]
    if not unrecorded:
        return
    named = ", ".join(unrecorded[:3]) + (f" and {len(unrecorded) - 3} more" if len(unrecorded) > 3 else "")
    which = "its ledger" if len(unrecorded) == 1 else "their ledgers"
    reports = "a report was" if len(unrecorded) == 1 else f"{len(unrecorded)} reports were"
    warn(f"stopped before {reports} finished: nothing of this check was appended to {which}: {named}")


def _write_outputs(
    args: argparse.Namespace, options: InputOptions, results: list[ReportResult], stopped: bool = False
) -> bool:
    """The output files asked for, and the document asked for on standard output (`--json`, `--sarif -`);
    whether such a document was printed. `stopped`: the check was stopped (the JSON document says so)."""
    printed = options.outputs.write(results)
    if printed is not None:
        emit(printed, to_stdout=True, document=True)
    if args.json:
        from provenance.outputs.json_format import JsonFormat

        emit(JsonFormat(stopped=stopped).render(results), to_stdout=True, document=True)
    return printed is not None


def _show(args: argparse.Namespace, results: list[ReportResult], printed: str | None) -> None:
    """What a run tells the user beyond its output files (`printed`: the output asked for on standard
    output, `--sarif -`): each renderer loaded only when it is asked for."""
    if args.attach:
        from provenance.verified_copies import write_verified_copies

        for warning in write_verified_copies(results):
            warn(warning)
    # stdout carries the human table unless a machine format owns it, so `> out.txt` keeps the table.
    machine_owned = args.json or printed is not None
    if not args.quiet:
        from provenance.outputs.table import TableFormat
        from provenance.terminal import stream_encoding, terminal_width, wants_color

        stream = sys.stderr if machine_owned else sys.stdout
        table = TableFormat(
            width=terminal_width(stream, os.environ),
            color=wants_color(stream, os.environ),
            encoding=stream_encoding(stream),
        )
        emit(table.render(results), to_stdout=not machine_owned)
    for result in results:
        for warning in result.warnings:
            warn(f"{result.ledger}: {warning}")
    if args.connect_to and not args.offline and any(result.footnotes for result in results):
        # Evidence of a page served from an address the operator chose: a reviewer of the verdict must know.
        rules = ", ".join(str(rule) for rule in args.connect_to)
        warn(
            f"captured through --connect-to {rules}: the hosts these name were reached at the addresses "
            "given, not their own; the ledger keeps the rules (options.connect_to), each WARC the address "
            "reached (WARC-IP-Address)"
        )
    if args.json:
        from provenance.outputs.json_format import JsonFormat

        emit(JsonFormat().render(results), to_stdout=True, document=True)
    if printed is not None:
        emit(printed, to_stdout=True, document=True)
    _annotate(args, results, machine_owned)


def _annotate(args: argparse.Namespace, results: list[ReportResult], machine_owned: bool) -> None:
    """GitHub's workflow annotations, in a GitHub Actions run: on stdout unless a document owns it."""
    if os.environ.get("GITHUB_ACTIONS") == "true":
        from provenance.outputs.github import GithubAnnotationsFormat
        from provenance.outputs.paths import repository_paths

        annotations = GithubAnnotationsFormat(repository_paths(os.environ), args.allow_empty)
        emit(annotations.render(results), to_stdout=not machine_owned)
