"""What several commands share once their arguments are parsed: network settings, provenance, output."""

from __future__ import annotations

import argparse
import contextlib
import getpass
import shlex
import socket
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING

from provenance import __version__
from provenance.capture.options import DEFAULT_USER_AGENT, CaptureRequest, NetworkOptions, WarcInfo
from provenance.capture.proxy import redacted

if TYPE_CHECKING:
    from provenance.capture.scheduler import CaptureFunction
    from provenance.models import CaptureOutcome

EXIT_OK, EXIT_FINDINGS = 0, 1  # usage errors exit with ProvenanceError.exit_code (2), bugs with 3


def network_options(args: argparse.Namespace) -> NetworkOptions:
    return NetworkOptions(
        allow_private=args.allow_private,
        connect_to=tuple(args.connect_to),
        timeout=args.timeout,
        footnote_timeout=args.footnote_timeout,
        max_bytes=args.max_bytes,
        ca_bundle=str(args.ca_bundle) if args.ca_bundle else None,
        proxy=args.proxy,
        user_agent=args.user_agent or DEFAULT_USER_AGENT,
    )


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


def _operator(args: argparse.Namespace) -> str:
    if args.operator:
        return str(args.operator)
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


def warc_info(args: argparse.Namespace, argv: Sequence[str]) -> WarcInfo:
    return WarcInfo(
        software=f"provenance/{__version__}",
        operator=_operator(args),
        hostname=socket.gethostname(),
        command_line=shlex.join(["provenance", *_without_passwords(argv)]),
    )


def _without_passwords(argv: Sequence[str]) -> list[str]:
    """The command line as the record keeps it: a URL's password (`--proxy http://user:pw@host`) never."""
    kept = []
    for arg in argv:
        name, equals, value = arg.partition("=") if arg.startswith("--") else ("", "", arg)
        kept.append(f"{name}{equals}{redacted(value)}")
    return kept


def progress() -> Callable[[CaptureRequest, CaptureOutcome], None] | None:
    """One line per finished capture on an interactive terminal; nothing in logs and pipes."""
    if not sys.stderr.isatty():
        return None

    def show(request: CaptureRequest, outcome: CaptureOutcome) -> None:
        capture = outcome.capture
        answered = capture is not None and capture.http_status is not None
        answer = f"HTTP {capture.http_status}" if capture and answered else (outcome.error or "failed")
        label = f"[{request.label}] " if request.label else ""
        print(f"  {label}{answer}  {request.url}", file=sys.stderr, flush=True)

    return show


def emit(text: str, to_stdout: bool) -> None:
    (sys.stdout if to_stdout else sys.stderr).write(text)
