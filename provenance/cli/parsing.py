"""The argument parser: shared value types and option groups; each command adds its own arguments."""

from __future__ import annotations

import argparse
import importlib
import re
from pathlib import Path
from types import ModuleType
from typing import NoReturn, Protocol
from urllib.parse import urlsplit

from provenance import __version__
from provenance.capture.options import ConnectTo
from provenance.errors import UsageError

# Command name → its module under provenance.cli.commands, in the order `--help` lists them.
COMMANDS: dict[str, str] = {
    "check": "check",
    "extract": "extract",
    "locate": "locate",
    "capture": "capture",
    "verify": "verify",
    "pack": "pack",
    "keygen": "keygen",
    "show": "show",
    "schema": "schema",
}


class CommandModule(Protocol):
    HELP: str

    def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace, argv: list[str]) -> int: ...


def command_module(name: str) -> CommandModule:
    module: ModuleType = importlib.import_module(f"provenance.cli.commands.{COMMANDS[name]}")
    return module  # each command module follows CommandModule


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad command line as one `UsageError` line instead of usage text."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message}")


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{text!r} must be at least 1")
    return value


def positive_float(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds") from None
    if not value > 0:
        raise argparse.ArgumentTypeError(f"{text!r} must be more than 0 seconds")
    return value


_SIZE = re.compile(r"^(\d+)\s*(|b|k|kb|m|mb|g|gb|kib|mib|gib)$")
_SIZE_UNITS = {"k": 1000, "m": 1000**2, "g": 1000**3, "kib": 1024, "mib": 1024**2, "gib": 1024**3}


def byte_size(text: str) -> int:
    """`50000000`, `50M`, `50MB`, `512KiB`: a positive number of bytes."""
    match = _SIZE.match(text.strip().lower())
    if not match or int(match[1]) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a size in bytes (e.g. 50000000, 50M, 512KiB)")
    unit = match[2].removesuffix("b") if match[2] in ("b", "kb", "mb", "gb") else match[2]
    return int(match[1]) * _SIZE_UNITS.get(unit, 1)


def sha256_hex(text: str) -> str:
    value = text.strip().lower()
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise argparse.ArgumentTypeError(f"{text!r} is not a SHA-256 in hex (64 characters)")
    return value


def http_url(text: str) -> str:
    """An absolute http(s) URL, as given."""
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise argparse.ArgumentTypeError(f"{text!r} is not an absolute http(s) URL")
    return text


def connect_to(text: str) -> ConnectTo:
    try:
        return ConnectTo.parse(text)
    except UsageError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


# Report formats by pandoc's short names, for `--from` (provenance.readers.FROM_FORMATS holds the readers).
REPORT_FORMATS = ("txt", "md", "html", "docx", "pdf")


def add_report_format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="from_format",
        choices=REPORT_FORMATS,
        metavar="FORMAT",
        help="read the report as this format: txt, md, html, docx or pdf (default: by content and suffix)",
    )


def add_network_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("network")
    group.add_argument("--archive-dir", type=Path, default=Path("archives"), help="where WARC files go")
    group.add_argument("--jobs", type=positive_int, default=16, help="captures at once (16)")
    group.add_argument("--per-host", type=positive_int, default=4, help="captures at once to one host (4)")
    group.add_argument(
        "--allow-private", action="store_true", help="also fetch private and loopback addresses"
    )
    group.add_argument(
        "--connect-to",
        type=connect_to,
        action="append",
        default=[],
        metavar="H1:P1:H2:P2",
        help="as curl: connect to H2:P2 for requests to H1:P1 (empty H1 or P1 matches any)",
    )
    group.add_argument("--timeout", type=positive_float, default=30.0, help="seconds per connect/read (30)")
    group.add_argument(
        "--footnote-timeout",
        type=positive_float,
        default=180.0,
        metavar="S",
        help="seconds for one footnote's whole capture: every redirect hop and side request (180)",
    )
    group.add_argument("--max-bytes", type=byte_size, default=50_000_000, help="cap per response body (50M)")
    group.add_argument("--ca-bundle", type=Path, help="PEM file of trusted CAs (else the system store)")
    group.add_argument("--proxy", help="proxy URL; proxy environment variables are ignored")
    group.add_argument("--operator", help="who runs the capture, for the record (default: the login name)")
    group.add_argument(
        "--user-agent",
        help="User-Agent to send (default: one naming provenance; with --browser, Chromium's own plus it)",
    )
    group.add_argument(
        "--browser",
        action="store_true",
        help="render each page in Chromium (every request it makes recorded under the network policy), "
        "and keep its screenshot, rendered DOM and PDF",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="provenance", description="Verify that a report's footnotes lead to what they claim."
    )
    parser.add_argument("--version", action="version", version=f"provenance {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on internal errors")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        module = command_module(name)
        module.add_arguments(commands.add_parser(name, help=module.HELP, description=module.HELP))
    return parser
