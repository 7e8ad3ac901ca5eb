"""What several commands share once their arguments are parsed: network settings, provenance, output.

Every command module imports this one while the parser is built, so the capture library is imported inside
the functions that use it: `provenance --version` and `--help` load none of it.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from provenance import __version__

if TYPE_CHECKING:
    from provenance.capture.options import NetworkOptions, WarcInfo
    from provenance.capture.scheduler import CaptureFunction

EXIT_OK, EXIT_FINDINGS = 0, 1  # usage errors exit with ProvenanceError.exit_code (2), bugs with 3


def network_options(args: argparse.Namespace) -> NetworkOptions:
    """The network options, files and URLs among them checked first: a mistake is exit 2 before any fetch."""
    from provenance.capture.options import NetworkOptions, checked_ca_bundle

    return NetworkOptions(
        allow_private=args.allow_private,
        allow_hosts=tuple(args.allow_host),
        connect_to=tuple(args.connect_to),
        timeout=args.timeout,
        footnote_timeout=args.footnote_timeout,
        max_bytes=args.max_bytes,
        ca_bundle=checked_ca_bundle(args.ca_bundle) if args.ca_bundle else None,
        proxy=args.proxy,  # NetworkOptions refuses a proxy it cannot use (UsageError)
        user_agent=_user_agent(args.user_agent, args.contact),
        retries=args.retries,
        host_interval=args.host_interval / 1000,
        contact=args.contact,
    )


def _user_agent(given: str | None, contact: str | None) -> str:
    """--user-agent as given (with --contact's URL added when it does not name it), else the tool's own."""
    from provenance.capture.options import tool_user_agent

    if given is None:
        return tool_user_agent(contact)
    return f"{given} (+{contact})" if contact and contact not in given else given


# Chromium processes at once, whatever --jobs: each takes a few hundred MB and a CPU while it renders.
MAX_BROWSERS = 4


@contextlib.contextmanager
def capture_function(args: argparse.Namespace) -> Iterator[CaptureFunction]:
    """How each URL is captured: over plain HTTP, or (`--browser`) in Chromium for the whole run."""
    from provenance.capture.capture import capture_url

    if not args.browser or getattr(args, "offline", False):
        yield capture_url
        return
    from provenance.capture.browser import BrowserCapturer

    with BrowserCapturer(max_browsers=min(args.jobs, MAX_BROWSERS)) as browser:
        yield browser.capture


def operator_name(args: argparse.Namespace) -> str:
    """`--operator`, else the login name: who ran the command, for the record."""
    if args.operator:
        return str(args.operator)
    import getpass  # here, as socket and shlex in `warc_info`: `--version`, `--help` and `extract` never ask

    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def warc_info(args: argparse.Namespace, argv: Sequence[str]) -> WarcInfo:
    import shlex
    import socket

    from provenance.capture.options import WarcInfo

    return WarcInfo(
        software=f"provenance/{__version__}",
        operator=operator_name(args),
        hostname=socket.gethostname(),
        command_line=shlex.join(["provenance", *_without_passwords(argv)]),
    )


def _without_passwords(argv: Sequence[str]) -> list[str]:
    """The command line as the record keeps it: a URL's password (`--proxy http://user:pw@host`) never."""
    from provenance.capture.proxy import redacted

    kept = []
    for arg in argv:
        name, equals, value = arg.partition("=") if arg.startswith("--") else ("", "", arg)
        kept.append(f"{name}{equals}{redacted(value)}")
    return kept


def emit(text: str, to_stdout: bool, document: bool = False) -> None:
    """`text` on stdout or stderr; a `document` (JSON, SARIF, JUnit, HTML) always in UTF-8, human text in
    what the terminal's encoding can show (`terminal.write_text`)."""
    from provenance.terminal import write_text

    with output_errors_named():
        write_text(sys.stdout if to_stdout else sys.stderr, text, document)


@contextlib.contextmanager
def output_errors_named() -> Iterator[None]:
    """A write that fails (a full disk: ENOSPC) is a one-line error, exit 2, not a bug; a reader gone away
    (`| head`) is left to `cli.main`."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as error:
        from provenance.errors import OutputError
        from provenance.files import describe_os_error

        raise OutputError(f"cannot write the output: {describe_os_error(error)}") from error


def warn(message: str) -> None:
    """One warning line on stderr: something the user should know that does not stop the run (its text may
    come from a report or a server: control characters are shown escaped)."""
    from provenance.escaping import disarm_workflow_commands, escape_unprintable

    said = escape_unprintable(" ".join(message.split()))
    print(f"provenance: warning: {disarm_workflow_commands(said)}", file=sys.stderr)


LEDGER_SUFFIX = ".ledger.jsonl"


def missing_ledger_message(ledger: Path, report_beside: bool) -> str:
    """What `verify`, `show` and `pack` say of a ledger that does not exist: the mistake a new user makes is
    running one of them before any `check`, so the line names the command that writes the ledger (each
    command said it its own way: `no such ledger`, `cannot read ledger …: no such file`, none saying what to
    do next). `report_beside`: the report the name is made from (REPORT.ledger.jsonl) is a file there."""
    said = f"cannot read ledger {ledger}: no such file"
    if report_beside and ledger.name.endswith(LEDGER_SUFFIX):
        report = ledger.with_name(ledger.name.removesuffix(LEDGER_SUFFIX))
        return f"{said}; no check of {report} has written it yet: run `provenance check {report}` first"
    return f"{said} (a ledger is the REPORT.ledger.jsonl `provenance check` writes, or the --ledger it names)"


# What a report is saved as (`readers.REPORT_SUFFIXES` is not imported for it: `verify` loads no reader).
_REPORT_SUFFIXES = frozenset((".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".odt", ".pdf"))


def refuse_what_is_no_ledger(given: Path, command: str) -> None:
    """Stop (UsageError) when `verify`, `show` or `pack` is given, for its ledger, a file that is plainly
    something else a new user has at hand: the report itself (`provenance verify brief.md`), the HTML view
    (`brief.md.ledger.html`) or, to `show` and `pack`, a bundle. The line names the ledger to give instead,
    or the command that writes it; `verify brief.md` said "not a ledger", `show brief.md` "the ledger holds
    no run to show", neither where the ledger is. A file that opens as a ledger line would (`{`), or cannot be
    opened, is left to the ledger's reader."""
    from provenance.errors import UsageError
    from provenance.escaping import escape_unprintable
    from provenance.files import open_regular_file

    try:
        with open_regular_file(given) as stream:
            head = stream.read(4)
    except OSError:
        return
    if head[:1] in (b"", b"{"):
        return
    import shlex

    name = escape_unprintable(str(given))
    if command != "verify" and head == b"PK\x03\x04" and given.suffix.lower() == ".wacz":
        verify = shlex.quote(str(given))
        raise UsageError(
            f"{name}: a WACZ bundle, not a ledger; check it with `provenance verify {verify}` "
            "(its ledger is inside it, under provenance/)"
        )
    if given.name.endswith(".ledger.html"):
        ledger = given.with_name(given.name.removesuffix(".html") + ".jsonl")
        said = f"{name}: the HTML view of a ledger, not the ledger"
    elif given.suffix.lower() in _REPORT_SUFFIXES or Path(f"{given}{LEDGER_SUFFIX}").is_file():
        ledger = Path(f"{given}{LEDGER_SUFFIX}")
        said = f"{name}: a report, not a ledger"
    else:
        return
    shown_ledger = escape_unprintable(str(ledger))
    if ledger.is_file():
        bundle = " -o BUNDLE.wacz" if command == "pack" else ""
        raise UsageError(
            f"{said}; its ledger is {shown_ledger}: `provenance {command} {shlex.quote(str(ledger))}{bundle}`"
        )
    if said.endswith("a report, not a ledger"):
        raise UsageError(
            f"{said}; no check of it has written {shown_ledger} yet: run "
            f"`provenance check {shlex.quote(str(given))}` first, then give {command} its ledger"
        )
    raise UsageError(f"{said}; its ledger {shown_ledger} is not there")


def refuse_a_missing_ledger(ledger: Path) -> None:
    """Stop with `missing_ledger_message` when nothing is at `ledger`; a link to nothing is said as one
    (`show` said "no such ledger" of it, `verify` "no such file", with no word of the link)."""
    import os

    if os.path.exists(ledger):
        return
    from provenance.errors import InputError

    if os.path.islink(ledger):
        target = os.readlink(ledger)
        raise InputError(f"cannot read ledger {ledger}: a symbolic link to {target}, which does not exist")
    named_for = ledger.name.removesuffix(LEDGER_SUFFIX)
    report_beside = named_for != ledger.name and ledger.with_name(named_for).is_file()
    raise InputError(missing_ledger_message(ledger, report_beside))
