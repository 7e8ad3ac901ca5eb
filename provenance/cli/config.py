"""Defaults from a config file: `provenance.toml`, or the `[tool.provenance]` table of `pyproject.toml`.

A team writes its settings once (jobs, timeouts, strict quotes, the TSA, the signing key, the accounts
registry, ...) instead of on every command line. A key is a long option's name (`per-host` or `per_host`)
and takes what the option takes; a relative path is read from the config file's folder. The command line
wins over the file, the file over the built-in defaults; for a repeatable option (`connect-to`, `tsa`) the
command line's list replaces the file's.

The file is found from the current folder upwards, up to the repository's root (the folder holding `.git`):
`provenance.toml` first, then a `pyproject.toml` that has a `[tool.provenance]` table. `--config FILE` names
one, `--no-config` reads none. A file that cannot be read, is not TOML, or holds an unknown key or a bad value
stops the run before anything is done: one line naming the file and the key (and the setting a misspelt key
is close to: `jbos` is `jobs`), exit 2; so does a `pyproject.toml` whose table for this tool is misspelt by a
letter (`[tool.provenence]`), whose settings were left aside in silence. A value the command line overrides
is held to the same checks (the file is broken for the next run that does not override it), and a number is
a value only for a key that takes one (`jobs = 4`): a path, a host or a name is written in quotes
(`archive-dir = 5` made a folder `5`, `accounts = 5` was a missing file `5`, naming no key).
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from provenance.cli.parsing import file_path, folder_path
from provenance.errors import InputError, UsageError

CONFIG_FILE = "provenance.toml"
PYPROJECT = "pyproject.toml"
MAX_CONFIG_BYTES = 1_000_000  # far above any real settings file; a bound so a hostile one is refused

# Settings whose option takes a number (a count, seconds, a size, a duration): any other takes text, and a
# TOML number there is a mistake (a path or host name written without quotes), not text to guess from.
TAKES_NUMBER = frozenset(
    {
        "jobs",
        "per_host",
        "host_interval",
        "timeout",
        "footnote_timeout",
        "max_bytes",
        "retries",
        "max_age",
        "lock_timeout",
        "max_report_bytes",
        "window",
    }
)

# Options a config file may set, by their destination name: how runs behave, never what one run is about
# (reports, ledgers, citations files, output files) nor how it reports (--json, -q, --debug).
SETTABLE = frozenset(
    {
        # network (check, locate, capture)
        "archive_dir",
        "jobs",
        "per_host",
        "host_interval",
        "allow_private",
        "allow_host",
        "connect_to",
        "timeout",
        "footnote_timeout",
        "max_bytes",
        "ca_bundle",
        "proxy",
        "operator",
        "user_agent",
        "contact",
        "browser",
        "retries",
        # check
        "strict_quotes",
        "timegate",
        "no_archive_lookup",
        "sign",
        "tsa",
        "max_age",
        "allow_empty",
        "lock_timeout",
        "max_report_bytes",
        "strict",
        # locate
        "accounts",
        "window",
    }
)


@dataclass(frozen=True, repr=False, eq=False)
class ConfigFile:
    """A config file as read: where it is, its hash (the run records both) and its settings by key."""

    path: Path
    sha256: str
    settings: Mapping[str, Any]  # keys with `-` written as `_`
    written: Mapping[str, str] = field(default_factory=dict)  # each key as the file spells it, for errors

    @property
    def options(self) -> set[str]:
        """The options the file sets, as the command line spells them (`--per-host`)."""
        return {f"--{name.replace('_', '-')}" for name in self.settings}


def find_config_file(start: Path) -> Path | None:
    """The config file that applies in `start`: the nearest one upwards, not past the repository's root;
    named relative to `start`, as a user would name it."""
    start = start.absolute()
    for folder in (start, *start.parents):
        own, pyproject = folder / CONFIG_FILE, folder / PYPROJECT
        # Whatever is there (a link to nowhere, a folder, a FIFO) is the settings file, refused as unreadable
        # by `load_config_file`: it was passed over in silence, and the run went on without the team's
        # settings (its timeout, its key, its proxy) or any pyproject.toml's above it instead.
        if os.path.lexists(own):
            return Path(os.path.relpath(own, start))
        if pyproject.is_file() and _has_provenance_table(pyproject):
            return Path(os.path.relpath(pyproject, start))
        if (folder / ".git").exists():
            return None
    return None


def _has_provenance_table(pyproject: Path) -> bool:
    try:
        document, _ = _parse(pyproject)
    except InputError:
        return True  # a broken pyproject.toml is reported by load_config_file, not skipped in silence
    tool = document.get("tool")
    # A misspelt table is reported by load_config_file too: its settings were not applied, nothing said.
    return isinstance(tool, dict) and ("provenance" in tool or _misspelt_table(tool) is not None)


def _misspelt_table(tool: Mapping[str, Any]) -> str | None:
    """The `[tool.X]` table name of `tool` a letter from `provenance` (a typo, not another tool), if any."""
    import difflib

    for name in tool:
        near = isinstance(name, str) and name != "provenance" and abs(len(name) - len("provenance")) <= 1
        if near and difflib.SequenceMatcher(None, name.lower(), "provenance").ratio() >= 0.85:
            return name
    return None


def _suggestion(key: str) -> str:
    """`; did you mean 'jobs'?` for a key close to a setting's name (as the file would spell it), else ``."""
    import difflib

    names = sorted(name.replace("_", "-") for name in SETTABLE)
    close = difflib.get_close_matches(key.replace("_", "-").lower(), names, n=1, cutoff=0.75)
    return f"; did you mean {close[0]!r}?" if close else ""


def _parse(path: Path) -> tuple[dict[str, Any], bytes]:
    """The TOML document in `path`, and its bytes."""
    import tomllib

    from provenance.files import open_regular_file

    try:
        with open_regular_file(path) as stream:
            data = stream.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        if os.path.islink(path):
            target = os.readlink(path)
            raise InputError(
                f"{path}: the config file is a symbolic link to {target}, which does not exist"
            ) from None
        raise InputError(f"{path}: no such config file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read the config file ({error.strerror or error})") from None
    if len(data) > MAX_CONFIG_BYTES:
        raise InputError(f"{path}: larger than {MAX_CONFIG_BYTES} bytes; not a config file")
    try:
        return tomllib.loads(data.decode("utf-8")), data
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text; a config file is TOML") from None
    except tomllib.TOMLDecodeError as error:
        raise InputError(f"{path}: not valid TOML: {error}") from None


def load_config_file(path: Path) -> ConfigFile:
    """The settings of `path`: the whole of a `provenance.toml`, the `[tool.provenance]` table of a
    `pyproject.toml` (which must have one when named with --config)."""
    from provenance.hashing import sha256_hex

    document, data = _parse(path)
    if path.name == PYPROJECT:
        tool = document.get("tool")
        table = tool.get("provenance") if isinstance(tool, dict) else None
        if not isinstance(table, dict):
            misspelt = _misspelt_table(tool) if isinstance(tool, dict) else None
            if misspelt is not None:
                raise InputError(
                    f"{path}: [tool.{misspelt}] is not [tool.provenance]; its settings would be left aside"
                )
            raise InputError(f"{path}: no [tool.provenance] table")
        document = table
    settings: dict[str, Any] = {}
    written: dict[str, str] = {}
    for key, value in document.items():
        name = key.replace("-", "_")
        if isinstance(value, dict):
            if key == "tool" and isinstance(value.get("provenance"), dict):  # pyproject's form, copied
                raise InputError(
                    f"{path}: [tool.provenance] is the table of a pyproject.toml; {path.name} holds its keys "
                    "as they are, with no table line above them (jobs = 8)"
                )
            raise InputError(f"{path}: key {key!r}: a table, but settings are plain keys (jobs = 8)")
        if name not in SETTABLE:
            raise InputError(f"{path}: key {key!r} is not a setting a config file can hold{_suggestion(key)}")
        if name in settings:
            raise InputError(f"{path}: key {key!r} is given twice")
        settings[name] = value
        written[name] = key
    return ConfigFile(path=path, sha256=sha256_hex(data), settings=settings, written=written)


# --- applying a config file to a parsed command line -------------------------------------------------------


def _sub_parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield from action.choices.values()


def _command_parser(parser: argparse.ArgumentParser, command: str) -> argparse.ArgumentParser:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            chosen: argparse.ArgumentParser = action.choices[command]
            return chosen
    raise LookupError(command)


def explicit_destinations(parser: argparse.ArgumentParser, argv: Sequence[str]) -> set[str]:
    """The options the command line itself gave: parsed again with every default suppressed."""
    for each in (parser, *_sub_parsers(parser)):
        for action in each._actions:
            action.default = argparse.SUPPRESS
    return set(vars(parser.parse_args(argv)))


def _convert(action: argparse.Action, value: Any, folder: Path, where: str) -> Any:
    """`value` from the file as the option would have parsed it, with the option's own checks."""
    if action.nargs == 0:  # a flag
        if not isinstance(value, bool):
            raise InputError(f"{where}: expected true or false, not {value!r}")
        return value if action.const is True else not value
    if isinstance(action, argparse._AppendAction):
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list):
            raise InputError(f"{where}: expected a list of values, not {value!r}")
        return [_convert_one(action, item, folder, where) for item in items]
    return _convert_one(action, value, folder, where)


def _convert_one(action: argparse.Action, value: Any, folder: Path, where: str) -> Any:
    if isinstance(value, bool | list | dict) or not isinstance(value, str | int | float):
        raise InputError(f"{where}: expected {_one_value_of(action)}, not {_as_toml(value)}")
    if not isinstance(value, str) and action.dest not in TAKES_NUMBER:
        raise InputError(f'{where}: expected text in quotes ("{value}"), not the number {value!r}')
    text = str(value)
    if action.type in (file_path, folder_path):  # what is there is checked by `_refuse_missing_inputs`
        if not text:
            raise InputError(f"{where}: an empty path")
        path = Path(text).expanduser()
        return path if path.is_absolute() else folder / path
    try:
        converted = action.type(text) if callable(action.type) else text
    except (argparse.ArgumentTypeError, ValueError) as error:
        raise InputError(f"{where}: {error}") from None
    if action.choices is not None and converted not in action.choices:
        choices = ", ".join(str(choice) for choice in action.choices)
        raise InputError(f"{where}: {value!r} is not one of {choices}")
    return converted


def _one_value_of(action: argparse.Action) -> str:
    """What a setting takes, as a user writes it (`jobs = true` was "a value such as the option takes")."""
    if action.choices is not None:
        return "one of " + ", ".join(f'"{choice}"' for choice in action.choices)
    return "a number" if action.dest in TAKES_NUMBER else "text in quotes"


def _as_toml(value: Any) -> str:
    """A value as the settings file wrote it: `true`, a list, not Python's `True`."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return "a date or time"  # TOML's own kind of value: none is a setting's


def _exclusive_groups(parser: argparse.ArgumentParser) -> list[set[str]]:
    return [{action.dest for action in group._group_actions} for group in parser._mutually_exclusive_groups]


def apply_config(
    parser: argparse.ArgumentParser, args: argparse.Namespace, config: ConfigFile, explicit: set[str]
) -> argparse.Namespace:
    """`args` with the config file's settings wherever the command line gave none; the file's path and hash
    on `args.config_file` for the run's record. Settings the command does not take are left aside."""
    command = _command_parser(parser, args.command)
    actions = {action.dest: action for action in command._actions}
    values = dict(vars(args))
    given = {name: value for name, value in config.settings.items() if name in actions}
    for group in _exclusive_groups(command):
        chosen = group & given.keys()
        if len(chosen) > 1:
            names = " and ".join(sorted(config.written.get(name, name) for name in chosen))
            raise InputError(f"{config.path}: keys {names} cannot be used together")
    overridden = set(explicit)
    for group in _exclusive_groups(command):
        if group & explicit:
            overridden |= group  # the command line chose a member of the group: the file's are left aside
    for name, value in given.items():
        where = f"{config.path}: key {config.written.get(name, name)!r}"
        converted = _convert(actions[name], value, config.path.parent, where)  # checked even when overridden
        if name not in overridden:
            if not (values.get("lint") and name in _UNREAD_BY_LINT):
                _refuse_missing_inputs(name, converted, where)
            values[name] = converted
    values["config_file"] = config
    return argparse.Namespace(**values)


# Settings naming a file the run reads: one missing was "keys/newsroom.key: no such file", a path joined to
# the settings file's folder that the user never wrote, with no word of the settings file or its key.
_READ_FILES = frozenset({"sign", "accounts", "ca_bundle", "tsa_ca"})


# Paths a `check --lint` never uses (it signs, fetches and writes nothing): a key a CI job's secret puts in
# place, named in the settings file, is missing on every other machine, where the pre-commit hook's lint
# stopped with exit 2 ("key 'sign': ci.key: no such file") before reading a report.
_UNREAD_BY_LINT = frozenset({"sign", "ca_bundle", "archive_dir"})


def _refuse_missing_inputs(name: str, value: Any, where: str) -> None:
    if name == "archive_dir" and isinstance(value, Path) and os.path.lexists(value) and not value.is_dir():
        # Refused by the run as "name another with --archive-dir DIR", of an option the user never gave.
        raise InputError(f"{where}: {value} is not a folder, and the archive folder must be one")
    if name not in _READ_FILES:
        return
    for path in value if isinstance(value, list) else [value]:
        if isinstance(path, Path) and not path.exists() and not path.is_symlink():
            raise InputError(
                f"{where}: {path}: no such file (a relative path is read from the file's folder)"
            )
    if name == "ca_bundle" and isinstance(value, Path):
        # Checked here, as the command line's is when the network options are made, so that a file that is
        # no CA bundle is named with the settings file and key, not as `--ca-bundle …`, never given.
        from provenance.capture.options import checked_ca_bundle
        from provenance.errors import ProvenanceError

        try:
            checked_ca_bundle(value)
        except ProvenanceError as error:
            raise InputError(f"{where}: {str(error).removeprefix('--ca-bundle ')}") from None


def _closest_options(unknown: Sequence[str], known: Mapping[str, object], command: str | None) -> str:
    """` (did you mean --offline?)` for a misspelt long option (`--ofline`, `--jbos=3`) of the command, or
    the start of one (`--off`: options are taken by their whole name), else ``: the user sees the option
    meant without reading the whole help."""
    import difflib

    names = [name for name in known if name.startswith("--")]
    meant: list[str] = []
    shortened = False
    for token in unknown:
        given = token.partition("=")[0]
        if given[:1] == "-" and given[1:2] not in ("-", "") and len(given) > 2 and f"-{given}" in known:
            meant.append(f"-{given}")  # `-offline`, as Go's tools spell a long option
            continue
        if not given.startswith("--") or given == "--":
            continue
        starting = sorted(name for name in names if name.startswith(given))
        shortened = shortened or bool(starting)
        meant += starting or difflib.get_close_matches(given, names, n=1, cutoff=0.8)
    if meant:
        spelt = "options are given by their whole name: " if shortened else ""
        return f" ({spelt}did you mean {_either(list(dict.fromkeys(meant)))}?)"
    return _where_output_goes(unknown, known, command) or _of_other_commands(unknown, command)


def _of_other_commands(unknown: Sequence[str], command: str | None) -> str:
    """` (--window is an option of locate)` for an option another command takes (`check r.md --window 3`,
    `extract r.md --offline`): the command's help, where the line sent the user, does not list it."""
    from provenance.cli.parsing import build_parser

    given = next((token.partition("=")[0] for token in unknown if token.startswith("--")), None)
    if command is None or given is None:
        return ""
    parsers = _named_sub_parsers(build_parser())
    others = [name for name, each in parsers if given in each._option_string_actions]
    if not others:
        return ""
    return f" ({given} is an option of {_either(others)}, not of {command})"


def _named_sub_parsers(parser: argparse.ArgumentParser) -> Iterator[tuple[str, argparse.ArgumentParser]]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            yield from action.choices.items()


def _either(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} or {names[-1]}"


# Where a command that takes no -o writes (`check -o view.html`, as `show -o` and `pack -o` take it: the line
# said only "unrecognized arguments: -o view.html"); the others print on stdout.
_WRITES_TO = {
    "check": "--html PATH, --sarif PATH or --junit PATH, its WARC files to --archive-dir DIR",
    "locate": "--citations OUT, its WARC files to --archive-dir DIR",
    "capture": "--archive-dir DIR",
    "schema": "--out DIR",
}


def _where_output_goes(unknown: Sequence[str], known: Mapping[str, object], command: str | None) -> str:
    if command is None or "-o" in known:
        return ""
    if not any(token in ("-o", "--output") or token.startswith("--output=") for token in unknown):
        return ""
    writes = _WRITES_TO.get(command)
    if writes is not None:
        return f" ({command} takes no -o: it writes to {writes})"
    return f" ({command} takes no -o: it prints on stdout; to keep it in a file: > FILE)"


def config_for(args: argparse.Namespace, cwd: Path) -> ConfigFile | None:
    """The config file this command reads: --config's, else the one found from `cwd`; None: --no-config,
    or no file found, or a command that takes no settings."""
    if not hasattr(args, "config") or getattr(args, "no_config", False):
        return None
    path = args.config or find_config_file(cwd)
    return load_config_file(path) if path is not None else None


def parse_arguments(argv: Sequence[str]) -> argparse.Namespace:
    """The command line, with the config file's settings where it gave none (see the module's docstring)."""
    from provenance.cli.parsing import build_parser

    parser = build_parser(argv)
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # named here, not by argparse, to send the user to the command's own help, not the program's
        command = getattr(args, "command", None)
        where = f"{parser.prog} {command}" if command else parser.prog
        # `provenance --offline check brief.md`: an option of the command, given before it, was "unrecognized"
        # beside a pointer to the very help that lists it.
        before = argv[: argv.index(command)] if command in argv else []
        known = _command_parser(parser, command)._option_string_actions if command else {}
        misplaced = [token for token in before if token in unknown and token.partition("=")[0] in known]
        if misplaced:
            raise UsageError(
                f"{' '.join(misplaced)}: a command's options go after its name ({where} ... "
                f"{' '.join(misplaced)})"
            )
        hint = _closest_options(unknown, known, command)
        raise UsageError(f"unrecognized arguments: {' '.join(unknown)}{hint} (see: {where} --help)")
    config = config_for(args, Path.cwd())
    if config is None:
        args.config_file = None
        return args
    explicit = explicit_destinations(build_parser(argv), argv)
    return apply_config(build_parser(argv), args, config, explicit)


def archive_folder(argv: Sequence[str]) -> Path | None:
    """Where the WARC files of command line `argv` go: `--archive-dir`, else the settings file's
    `archive-dir`, else `archives`, as the command itself will resolve them (the GitHub Action names the
    folder for its evidence upload before the run starts). None when the command line or the file holds a
    mistake, which the command itself names."""
    import contextlib
    import io

    from provenance.errors import ProvenanceError

    try:
        with contextlib.redirect_stdout(io.StringIO()):  # `--help` among the options prints, then exits
            args = parse_arguments(argv)
    except (ProvenanceError, SystemExit):
        return None
    folder = getattr(args, "archive_dir", None)
    return folder if isinstance(folder, Path) else None


def add_config_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group("settings").add_mutually_exclusive_group()
    group.add_argument(
        "--config",
        type=file_path,
        metavar="FILE",
        help=f"read defaults from FILE (default: the nearest {CONFIG_FILE}, or pyproject.toml with a "
        "[tool.provenance] table, from here up to the repository's root); options given here win",
    )
    group.add_argument("--no-config", action="store_true", help="read no config file")
