"""The argument parser: shared value types and option groups; each command adds its own arguments.

Every numeric option has a range, checked here: a value outside it (`--timeout 1e300`, `inf`, `nan`) is a
usage error naming the range, never an overflow deep in the run.
"""

from __future__ import annotations

import argparse
import importlib
import math
import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, NoReturn, Protocol

from provenance import __version__
from provenance.errors import UsageError
from provenance.files import DEFAULT_MAX_REPORT_BYTES
from provenance.urls import NotAnHttpUrl, http_target, is_http_url

if TYPE_CHECKING:
    from provenance.capture.options import ConnectTo
    from provenance.check_inputs import Shard

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

EPILOG = """\
exit codes:
  check    0 every footnote verified (or the report has none); 1 at least one is not verified;
           2 usage or input error (one line on stderr, nothing fetched or written); 3 internal error (a bug)
  verify   0 intact; 1 a problem found (or, with --strict, something not checked); 2 usage error; 3 internal
  show     as verify, for the ledger it re-verifies (the page is written either way)
  locate   0 every unlinked footnote has a candidate (or none is unlinked); 1 one has none; 2 usage error
  capture  0 every URL captured; 1 a capture failed; 2 usage error
  extract, pack, keygen, schema: 0 done; 2 usage or input error (nothing written); every command: 3 a bug
footnote statuses:
  verified     captured, the capture is the cited content, and every claim that can be compared is
               confirmed (no check fails, and none warns but archived: a copy elsewhere is no claim)
  unconfirmed  captured and nothing contradicts the citation, but something could not be confirmed
               (a quote not found verbatim, no date on the page): a person must look
  failed       a check fails (an HTTP error, a blocked fetch, a deleted post, a wrong date, ...)
  unlocatable  no URL or other locator: nothing could be captured
  error        the checks could not be completed (--offline, a body cut at --max-bytes, a local disk error)
--debug shows the traceback of an internal error; -v shows what the run does (each capture hop's failure).
"""


class CommandModule(Protocol):
    HELP: str

    def add_arguments(self, parser: argparse.ArgumentParser) -> None: ...

    def run(self, args: argparse.Namespace, argv: list[str]) -> int: ...


def command_module(name: str) -> CommandModule:
    module: ModuleType = importlib.import_module(f"provenance.cli.commands.{COMMANDS[name]}")
    return module  # each command module follows CommandModule


# What a report or a ledger is saved as: a file named so after an option was meant as the command's argument.
_NAMED_FILE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".odt", ".pdf", ".jsonl")


class _Parser(argparse.ArgumentParser):
    """argparse that reports a bad command line as one `UsageError` line instead of usage text.

    Options are taken by their whole name only: argparse's unique prefixes (`--off` for `--offline`,
    `--conn` for `--connect-to`) made a CI script that used one break, or take another option, the day a
    new option shared the prefix. A prefix is refused with the option it may stand for (`cli.config`)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("allow_abbrev", False)  # the subparsers are of this class too
        super().__init__(*args, **kwargs)
        self._arguments: Sequence[str] = ()

    def parse_known_args(  # type: ignore[override]
        self, args: Sequence[str] | None = None, namespace: argparse.Namespace | None = None
    ) -> tuple[argparse.Namespace, list[str]]:
        self._arguments = () if args is None else tuple(args)  # what `error` may name
        return super().parse_known_args(args, namespace)

    def error(self, message: str) -> NoReturn:
        # cli.main adds the one `provenance: error:` prefix; the command's own help is where to look next.
        if message.startswith("the following arguments are required:"):
            message += self._taken_as_a_value()
        elif message.startswith("argument COMMAND: invalid choice:"):
            message = self._no_such_command() or message
        elif " ignored explicit argument " in message:
            message = self._one_dash_too_few(message) or message
        raise UsageError(f"{message} (see: {self.prog} --help)")

    def _one_dash_too_few(self, message: str) -> str | None:
        """`-quiet: a long option takes two dashes: --quiet`, where argparse read `-quiet` as `-q` followed
        by `uiet` and said `argument -q/--quiet: ignored explicit argument 'uiet'`."""
        options, _, rest = message.removeprefix("argument ").partition(": ignored explicit argument ")
        short = next((name for name in options.split("/") if len(name) == 2), None)
        word = f"{short[1]}{rest[1:-1]}" if short and rest[:1] == "'" and rest[-1:] == "'" else None
        if word is None or f"--{word}" not in self._option_string_actions:
            return None
        return f"-{word}: a long option takes two dashes: --{word}"

    def _no_such_command(self) -> str | None:
        """What the word given for the command is, when it says more than argparse's list of every command:
        a report named without a command (`provenance brief.md`: check it), or a command misspelt (`chek`,
        `Verify`)."""
        given = next((token for token in self._arguments if not token.startswith("-")), None)
        if given is None:
            return None
        import difflib

        if os.path.exists(given):  # False, not an error, for a name no file can have
            import shlex

            if os.path.isdir(given):
                pattern = shlex.quote(f"{given.rstrip('/')}/**/*.md")
                said = f"{given!r} is a folder here, not a command"
                return f"{said}: to check its reports, provenance check {pattern}"
            named = shlex.quote(given)
            if given.endswith((".ledger.jsonl", ".wacz")):
                return f"{given!r} is a file here, not a command: to verify it, provenance verify {named}"
            return f"{given!r} is a file here, not a command: to check it, provenance check {named}"
        close = difflib.get_close_matches(given.lower(), list(COMMANDS), n=1, cutoff=0.75)
        if close:
            return f"{given!r} is not a command: did you mean {close[0]}?"
        return None

    def _taken_as_a_value(self) -> str:
        """`; report.md was taken as the value of --archive-dir …` when the file the user meant as the missing
        argument went to the option before it (`check --offline --archive-dir report.md`, the folder left
        out): `REPORT` is required, said of a command line that names the report, sent no one to the
        mistake. Said of a file given to a folder's option, or of a report or a ledger given to any."""
        pairs = zip(self._arguments, self._arguments[1:], strict=False)
        for option, value in reversed(list(pairs)):
            action = self._option_string_actions.get(option)
            if action is None or action.nargs is not None or value.startswith("-"):
                continue
            folder_option = action.metavar == "DIR"
            if os.path.isfile(value) and (folder_option or value.lower().endswith(_NAMED_FILE_SUFFIXES)):
                wanted = action.metavar or action.dest.upper()
                return f"; {value} was taken as the value of {option}, which needs a {wanted} of its own"
        return ""


# --- value types --------------------------------------------------------------------------------------------


def int_between(low: int, high: int) -> Callable[[str], int]:
    """A whole number from `low` to `high`."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text!r} is not between {low} and {high}")
        return value

    return parse


def seconds_between(low: float, high: float, zero_allowed: bool = False) -> Callable[[str], float]:
    """A finite number of seconds, more than `low` (or 0 itself, if allowed) and at most `high`."""

    def parse(text: str) -> float:
        try:
            value = float(text)
        except ValueError:
            bare = text.strip().lower().removesuffix("s")
            unit = f" (write it without its unit: {bare})" if bare and _is_number(bare) else ""
            raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds{unit}") from None
        if zero_allowed and value == 0:
            return value
        if not (math.isfinite(value) and low <= value <= high):
            floor = "0 or " if zero_allowed and low > 0 else ""
            raise argparse.ArgumentTypeError(f"{text!r} is not between {floor}{low:g} and {high:g} seconds")
        return value

    return parse


_SIZE = re.compile(r"^(\d+)\s*(|b|k|kb|m|mb|g|gb|kib|mib|gib)$")
_SIZE_UNITS = {"k": 1000, "m": 1000**2, "g": 1000**3, "kib": 1024, "mib": 1024**2, "gib": 1024**3}


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def size_between(low: int, high: int) -> Callable[[str], int]:
    """`50000000`, `50M`, `50MB`, `512KiB`: a number of bytes from `low` to `high`."""

    def parse(text: str) -> int:
        match = _SIZE.match(text.strip().lower())
        if not match:
            raise argparse.ArgumentTypeError(f"{text!r} is not a size in bytes (e.g. 50000000, 50M, 512KiB)")
        unit = match[2].removesuffix("b") if match[2] in ("b", "kb", "mb", "gb") else match[2]
        value = int(match[1]) * _SIZE_UNITS.get(unit, 1)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"{text!r} is not between {low} and {high} bytes")
        return value

    return parse


# An output path that means standard output, as lychee, ruff and most tools read it (`./-` names a file `-`).
STANDARD_OUTPUT = STANDARD_STREAM = "-"


def file_path(text: str) -> Path:
    """A path given on the command line; an empty one would be read as the current folder. `-`, which most
    tools read as standard input or output, is refused as such: it was looked for as a file and reported
    as `-: no such file`, or made as one (`keygen -o -`)."""
    if not text:
        raise argparse.ArgumentTypeError("an empty path")
    if text == STANDARD_STREAM:
        raise argparse.ArgumentTypeError(
            "'-': standard input and output are not read or written here; save to a file and give its path "
            "(./- names a file called -)"
        )
    return Path(text)


def folder_path(text: str) -> Path:
    """A folder a command writes in (`--archive-dir`), created if needed: a file of that name is refused here,
    whatever the run does. `check --offline --archive-dir report.md report.md` took the report for the
    folder and went on without a word (nothing is captured offline), and so did a check whose only report
    `--archive-dir` had taken (`REPORT` required, of a command line naming the report)."""
    path = file_path(text)
    if os.path.exists(text) and not os.path.isdir(text):
        from provenance.files import what_is_there

        raise argparse.ArgumentTypeError(
            f"{text!r} is {what_is_there(path)} here, not a folder: it names the folder the WARC files go in"
        )
    return path


def report_pattern(text: str) -> str:
    """A report's path or glob pattern, as `check` takes it: `-` is refused as `file_path` refuses it."""
    if text == STANDARD_STREAM:  # an empty one is named by `check_inputs`
        file_path(text)
    return text


def written_file_path(text: str) -> Path:
    """A file a command writes (a ledger, a view, a bundle, a key). A name ending in `/` is a folder's: `Path`
    drops the slash, so `--html out/` wrote a file called `out` (`--ledger evidence/` a ledger so named)
    where the user meant a file inside a folder."""
    path = file_path(text)
    if text.endswith(("/", os.sep)):
        raise argparse.ArgumentTypeError(
            f"{text!r} ends in '/', so it names a folder; name the file to write (e.g. {text}NAME)"
        )
    return path


def output_path(text: str) -> Path | str:
    """A file to write, or `-` (`STANDARD_OUTPUT`, kept as text): print it on standard output instead."""
    return STANDARD_OUTPUT if text == STANDARD_OUTPUT else written_file_path(text)


def sha256_hex(text: str) -> str:
    value = text.strip().lower()
    if len(value) != 64 or any(c not in "0123456789abcdef" for c in value):
        raise argparse.ArgumentTypeError(f"{text!r} is not a SHA-256 in hex (64 characters)")
    return value


def http_url(text: str) -> str:
    """An absolute http(s) URL, as given, with no space or line break (`urlsplit` drops tabs and line
    breaks, so such a URL passed, and another than the one given was asked). A refusal says what is wrong:
    `'https://news.example/a b' is not an absolute http(s) URL` sent the user looking for what was not
    absolute in it."""
    unfit = next((char for char in text if char.isspace() or not char.isprintable()), None)
    if unfit is not None:
        escaped = " (in a path or a query, write it as %20)" if unfit == " " else ""
        raise argparse.ArgumentTypeError(
            f"{text!r} holds {_named_character(unfit)}, which no URL holds{escaped}"
        )
    try:
        http_target(text)
    except NotAnHttpUrl as error:
        if error.other_scheme is not None:
            why = f"its scheme is {error.other_scheme}:, and only http and https are fetched"
        elif "is not a valid URL" in str(error):  # what urlsplit said: `Port out of range 0-65535`
            why = str(error).removeprefix(f"{text!r} is not a valid URL ").strip("()")
        elif "has no scheme" in str(error):
            why = "it has no scheme"
        else:
            why = "it names no host"
        raise argparse.ArgumentTypeError(f"{text!r} is not an absolute http(s) URL ({why})") from None
    return text


def _named_character(char: str) -> str:
    names = {" ": "a space", "\t": "a tab", "\n": "a line break", "\r": "a line break"}
    return names.get(char) or f"the character U+{ord(char):04X}"


def capture_target(text: str) -> str:
    """A URL `capture` is given: an absolute http(s) URL, as `http_url` takes it. One without a scheme
    (`example.com/a`) or of another (`ftp://`) was fetched and failed, exit 1 with an empty archive folder
    made, as if the network had failed; it is a usage error, told the URL to give instead. One that names a
    file or folder here (`capture brief.md`, meant for `check`) is told so, not sent to https://brief.md."""
    if "://" not in text and os.path.exists(text):  # False, not an error, for a name no file can have
        kind = "a folder" if os.path.isdir(text) else "a file"
        raise argparse.ArgumentTypeError(
            f"{text!r} is {kind} here, not a URL: capture takes URLs (a report's footnotes: provenance check)"
        )
    if "://" not in text and not _has_space_or_control(text) and "." in text.partition("/")[0]:
        raise argparse.ArgumentTypeError(f"{text!r} has no scheme: give https://{text}")
    url = http_url(text)
    if not url.isascii():  # an international host IDNA refuses (`bücher..example`) can never be asked
        from provenance.capture.failure import CaptureFailure
        from provenance.capture.uri import request_uri

        try:
            request_uri(url)
        except CaptureFailure as failure:
            raise argparse.ArgumentTypeError(f"{url!r} cannot be requested ({failure.why})") from None
    return url


def _has_space_or_control(text: str) -> bool:
    return any(c.isspace() or not c.isprintable() for c in text)


def host_name(text: str) -> str:
    """A host name as a URL holds it (`intranet.example`, `bücher.example`), without scheme, port or path."""
    from provenance.capture.uri import host_key

    if not text or any(c in text for c in "/:@ ") or host_key(text) is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not a host name ({_host_meant(text)})")
    return text


def _host_meant(text: str) -> str:
    """`give the host alone: intranet.example` for a URL or a host and port (`--allow-host
    http://intranet.example/`, `intranet.example:8080`: the host is allowed whatever its port), else an
    example."""
    from urllib.parse import urlsplit

    from provenance.capture.uri import host_key

    try:
        host = urlsplit(text if "//" in text else f"//{text}").hostname
    except ValueError:
        host = None
    if host and host != text and host_key(host) is not None and not any(c in host for c in "/:@ "):
        return f"give the host alone: {host}"
    return "e.g. intranet.example"


def user_agent(text: str) -> str:
    """A User-Agent header value: printable, with no line break that would end the header (requests
    refused it at each request, so every capture failed as `url:` instead of the run stopping here)."""
    if not text.strip() or any(not c.isprintable() for c in text):
        raise argparse.ArgumentTypeError(f"{text!r} is not one line of printable text")
    return text


def operator_text(text: str) -> str:
    """Who runs the command, for the record: a name, on one line. An empty one (`--operator "$REVIEWER"` with
    the variable unset) was replaced by the login name in silence, so the ledger named the CI runner's
    account where the user meant a person; a line break made one record look like two to a reader."""
    if not text.strip():
        raise argparse.ArgumentTypeError(
            f"{text!r} names nobody: give who runs it, or leave --operator out for the login name"
        )
    if any(not c.isprintable() for c in text):
        raise argparse.ArgumentTypeError(f"{text!r} is not one line of printable text")
    return text


def contact_url(text: str) -> str:
    """An http(s) URL or a `mailto:` address, for the User-Agent: no space or line break (an http URL with
    one still passes `urlsplit`, which drops tabs and line breaks)."""
    if not _has_space_or_control(text) and (
        is_http_url(text) or (text.startswith("mailto:") and "@" in text)
    ):
        return text
    address = "@" in text and ":" not in text and not _has_space_or_control(text)
    mailto = f" (an address is written mailto:{text})" if address else ""
    raise argparse.ArgumentTypeError(f"{text!r} is not an http(s) URL or a mailto: address{mailto}")


def proxy_url(text: str) -> str:
    """`--proxy`, refused here (its password hidden) when it cannot be used: so a settings file's `proxy` is
    named with its file and key, where the run said `--proxy …`, an option the command line never gave."""
    from provenance.capture.proxy import Proxy

    try:
        Proxy.parse(text)
    except UsageError as error:
        raise argparse.ArgumentTypeError(str(error).removeprefix("--proxy ")) from None
    return text


def connect_to(text: str) -> ConnectTo:
    """A curl `--connect-to` rule. One with a space or a control character (`news example:80:…`) names a
    host no URL can hold, and matched nothing, in silence."""
    from provenance.capture.options import ConnectTo

    unfit = next((char for char in text if char.isspace() or not char.isprintable()), None)
    if unfit is not None:
        named = _named_character(unfit)
        raise argparse.ArgumentTypeError(f"{text!r} holds {named}, which no host name holds")
    try:
        return ConnectTo.parse(text)
    except UsageError as error:  # its message starts `--connect-to …`, which argparse and a settings key name
        raise argparse.ArgumentTypeError(str(error).removeprefix("--connect-to ")) from None


def shard(text: str) -> Shard:
    """`--shard I/N`: whole numbers with 1 <= I <= N <= 10000."""
    from provenance.check_inputs import Shard

    try:
        return Shard.parse(text)
    except UsageError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


_DURATION_UNITS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86_400}
_MAX_DURATION = 366 * 86_400


def duration(text: str) -> float:
    """`0`, `3600`, `90s`, `30m`, `12h`, `7d`: a number of seconds from 0 to a year."""
    value = text.strip().lower()
    unit = value[-1:] if value[-1:] in _DURATION_UNITS else ""
    try:
        seconds = float(value.removesuffix(unit)) * _DURATION_UNITS[unit]
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a duration (e.g. 0, 3600, 30m, 12h, 7d)") from None
    if not 0 <= seconds <= _MAX_DURATION:
        raise argparse.ArgumentTypeError(f"{text!r} is not between 0 and 366 days")
    return seconds


# Report formats by pandoc's short names, for `--from` (provenance.readers.FROM_FORMATS holds the readers).
REPORT_FORMATS = ("txt", "md", "html", "docx", "odt", "pdf")


def add_report_format_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--from",
        dest="from_format",
        choices=REPORT_FORMATS,
        metavar="FORMAT",
        help=(
            "read the report as this format: txt, md, html, docx, odt or pdf (default: by content and suffix)"
        ),
    )


# --- option groups ------------------------------------------------------------------------------------------

MAX_JOBS = 256
MAX_RETRIES = 10
MAX_HOST_INTERVAL_MS = 600_000  # ten minutes between two requests to one host is already glacial
MAX_TIMEOUT_SECONDS = 3600.0
MAX_FOOTNOTE_SECONDS = 86_400.0


def add_report_size_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--max-report-bytes",
        type=size_between(1, 1000**3),
        default=DEFAULT_MAX_REPORT_BYTES,
        metavar="N",
        help="refuse a larger report (exit 2); 1 byte to 1G (default 50M)",
    )


class GivenOnce(argparse._StoreAction):
    """An option one run takes one value of (`--citations`, `--ledger`, `--sign`, `--accounts`, the files a
    command writes or compares with, extract's `--format`): given twice with two values, the first was
    dropped without a word (argparse keeps the last), so a citations file the user named was never read, a
    ledger other than the one named first was written, or `verify` compared the ledger with the second
    report named. The same value twice is taken once. (check's `--sarif`, `--junit` and `--archive-dir` are
    not among them: the GitHub action puts its own before the user's options, which may name others.)"""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._given: dict[int, Any] = {}  # the value given, by the namespace it was given in

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        first = self._given.setdefault(id(namespace), values)
        if first != values:
            raise UsageError(
                f"{option_string} given twice ({first}, then {values}): a run takes one; give it once"
            )
        super().__call__(parser, namespace, values, option_string)


def add_citations_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--citations",
        action=GivenOnce,
        type=file_path,
        metavar="FILE",
        help="a CSL-JSON file: an array of items whose id is a footnote label of the one report; "
        "each item's fields add to or override what that footnote says",
    )


def add_network_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("network")
    group.add_argument(
        "--archive-dir",
        type=folder_path,
        default=Path("archives"),
        metavar="DIR",
        help="where WARC files go, created if needed (default: archives/)",
    )
    group.add_argument(
        "--jobs",
        type=int_between(1, MAX_JOBS),
        default=16,
        metavar="N",
        help=f"captures at once, 1 to {MAX_JOBS} (default 16)",
    )
    group.add_argument(
        "--per-host",
        type=int_between(1, MAX_JOBS),
        default=4,
        metavar="N",
        help=f"captures, and requests of any capture (archive lookups, redirects), at once to one host name, "
        f"1 to {MAX_JOBS} (default 4)",
    )
    group.add_argument(
        "--allow-private",
        action="store_true",
        help="also fetch addresses that are not public (loopback, private, link-local, CGNAT, ...)",
    )
    group.add_argument(
        "--allow-host",
        type=host_name,
        action="append",
        default=[],
        metavar="HOST",
        help="also fetch this host name when it resolves to a private or loopback address (an intranet "
        "source), without --allow-private's blanket permission; repeatable",
    )
    group.add_argument(
        "--connect-to",
        type=connect_to,
        action="append",
        default=[],
        metavar="H1:P1:H2:P2",
        help="as curl: connect to H2:P2 for requests to H1:P1 (empty H1 or P1 matches any); repeatable",
    )
    group.add_argument(
        "--timeout",
        type=seconds_between(0.01, MAX_TIMEOUT_SECONDS),
        default=30.0,
        metavar="S",
        help=f"seconds per connect and per read, 0.01 to {MAX_TIMEOUT_SECONDS:g} (default 30); "
        "a whole answer head or body may take 4 times this; at most 10 for a host that gave no answer to "
        "the run's last attempts",
    )
    group.add_argument(
        "--footnote-timeout",
        type=seconds_between(0.01, MAX_FOOTNOTE_SECONDS),
        default=180.0,
        metavar="S",
        help="seconds for one footnote's whole capture, every redirect hop and side request included, "
        f"0.01 to {MAX_FOOTNOTE_SECONDS:g} (default 180)",
    )
    group.add_argument(
        "--max-bytes",
        type=size_between(1, 10 * 1000**3),
        default=50_000_000,
        metavar="N",
        help="cap per response body, 1 byte to 10G (default 50M); a longer body is cut and marked",
    )
    group.add_argument(
        "--ca-bundle",
        type=file_path,
        metavar="PEM",
        help="PEM file of trusted CA certificates (default: the system store)",
    )
    group.add_argument(
        "--proxy",
        type=proxy_url,
        metavar="URL",
        help="send every request through this HTTP proxy, http://[user:password@]host:port (https URLs "
        "through its CONNECT tunnel; https:// and socks proxies are not supported); proxy environment "
        "variables are ignored",
    )
    group.add_argument(
        "--operator",
        type=operator_text,
        metavar="NAME",
        help="who runs the capture, for the record (default: the login name)",
    )
    group.add_argument(
        "--user-agent",
        type=user_agent,
        metavar="UA",
        help="User-Agent to send (default: one naming provenance; with --browser, Chromium's own plus it)",
    )
    group.add_argument(
        "--contact",
        type=contact_url,
        metavar="URL",
        help="a page or mailto: address where a site can reach whoever runs the captures; named in the "
        "User-Agent (+URL)",
    )
    group.add_argument(
        "--retries",
        type=int_between(0, MAX_RETRIES),
        default=2,
        metavar="N",
        help="ask again after no connection, no answer in time, 429 or a 5xx, with a growing wait (a "
        "server's Retry-After or rate-limit reset honoured up to two minutes), within --footnote-timeout; "
        f"0 to {MAX_RETRIES} (default 2)",
    )
    group.add_argument(
        "--host-interval",
        type=int_between(0, MAX_HOST_INTERVAL_MS),
        default=0,
        metavar="MS",
        help="milliseconds at least between the starts of two requests to one host, over the whole run, "
        f"beside --per-host; 0 to {MAX_HOST_INTERVAL_MS} (default 0)",
    )
    group.add_argument(
        "--browser",
        action="store_true",
        help="render each page in Chromium (every request it makes recorded under the network policy), "
        "and keep its screenshot, rendered DOM and PDF",
    )


def _add_global_options(parser: argparse.ArgumentParser, in_command: bool) -> None:
    """--debug and --verbose, accepted before or after the command name."""
    # In a command, SUPPRESS keeps an option given before the command name from being reset by its default.
    parser.add_argument(
        "--debug",
        action="store_true",
        default=argparse.SUPPRESS if in_command else False,
        help="show the traceback of an internal error",
    )
    parser.add_argument(
        "-v",
        "--verbose",
        action="count",
        default=argparse.SUPPRESS if in_command else 0,
        help="say what the run does on stderr (-vv: in detail)",
    )


# What may come before the command name without changing which parser reads the rest: the global flags,
# spelled in full (`-h` among them, or anything else, and every subparser is built).
_BEFORE_COMMAND = re.compile(r"--debug|--verbose|-v+")


def named_command(argv: Sequence[str]) -> str | None:
    """The command `argv` names, when argparse is sure to read its first positional as that command and
    nothing before it prints the list of every command (`provenance --help check`); else None."""
    for argument in argv:
        if not argument.startswith("-"):
            return argument if argument in COMMANDS else None
        if not _BEFORE_COMMAND.fullmatch(argument):
            return None
    return None


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The parser of the whole command line; given the `argv` it is to parse, with only the subparser of the
    command `argv` names (building every command's took 30 M instructions, a twentieth of an `extract`):
    each subparser's help, usage and errors are its own, the same either way. Every subparser is built when
    `argv` names none, or may show them all (`--help`, an unknown command)."""
    command_named = None if argv is None else named_command(argv)
    parser = _Parser(
        prog="provenance",
        description="Verify that a report's footnotes lead to what they claim.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"provenance {__version__}")
    _add_global_options(parser, in_command=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS if command_named is None else (command_named,):
        module = command_module(name)
        command = commands.add_parser(
            name,
            help=module.HELP,
            description=module.HELP,
            epilog=getattr(module, "EPILOG", None),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        module.add_arguments(command)
        _add_global_options(command, in_command=True)
    return parser
