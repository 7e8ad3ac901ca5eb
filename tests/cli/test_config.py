"""Defaults from provenance.toml or [tool.provenance]: found upwards, overridden by the command line; a bad
file stops the run with one line that names the file and the key."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from provenance import cli
from provenance.cli.config import archive_folder, parse_arguments

REPORT = "Claim.[^1]\n\n[^1]: Telegram, January 21, 2022.\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository root (it has .git) with a report, as the current folder; inside the test's own folder,
    so a settings file written beside it (`project.parent`) is seen by no other test's run."""
    root = tmp_path / "repository"
    (root / ".git").mkdir(parents=True)
    (root / "brief.md").write_text(REPORT, encoding="utf-8")
    monkeypatch.chdir(root)
    return root


def test_settings_from_provenance_toml_are_the_defaults_and_the_command_line_wins(project: Path) -> None:
    (project / "provenance.toml").write_text(
        'jobs = 3\nper-host = 2\nstrict_quotes = true\ntsa = ["http://tsa.example/"]\n', encoding="utf-8"
    )
    from_file = parse_arguments(["check", "brief.md"])
    assert (from_file.jobs, from_file.per_host, from_file.strict_quotes) == (3, 2, True)
    assert from_file.tsa == ["http://tsa.example/"]

    overridden = parse_arguments(["check", "brief.md", "--jobs", "5", "--tsa", "http://other.example/"])
    assert (overridden.jobs, overridden.per_host) == (5, 2)
    assert overridden.tsa == ["http://other.example/"], "a list on the command line replaces the file's"


def test_pyproject_table_is_found_from_a_subfolder_and_its_paths_are_read_from_its_folder(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "pyproject.toml").write_text(
        '[project]\nname = "reports"\n\n[tool.provenance]\nsign = "keys/ci.key"\narchive-dir = "evidence"\n',
        encoding="utf-8",
    )
    (project / "keys").mkdir()
    (project / "keys" / "ci.key").write_text("a key file, read later by the signing step\n")
    (project / "docs").mkdir()
    monkeypatch.chdir(project / "docs")
    args = parse_arguments(["check", "../brief.md"])
    assert args.config_file.path == Path("../pyproject.toml")
    assert args.sign == Path("../keys/ci.key") and args.archive_dir == Path("../evidence")


@pytest.mark.parametrize(
    ("argv", "folder"),
    [
        (["check", "brief.md"], Path("evidence/warcs")),
        (["check", "brief.md", "--archive-dir", "given"], Path("given")),
        (["check", "brief.md", "--jobs", "0"], None),  # the check names the mistake
        (["check", "brief.md", "--help"], None),
        (["--version"], None),
    ],
)
def test_the_archive_folder_of_a_command_line_is_the_option_else_the_settings_file_s(
    project: Path, capsys: pytest.CaptureFixture[str], argv: list[str], folder: Path | None
) -> None:
    # The GitHub Action names the folder for its evidence upload before the check runs.
    (project / "provenance.toml").write_text('archive-dir = "evidence/warcs"\n', encoding="utf-8")
    assert archive_folder(argv) == folder
    assert capsys.readouterr().out == "", "nothing printed, --help neither"


def test_search_stops_at_the_repository_root_and_skips_a_pyproject_without_the_table(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project.parent / "provenance.toml").write_text("jobs = 2\n", encoding="utf-8")  # outside the repository
    (project / "pyproject.toml").write_text('[project]\nname = "reports"\n', encoding="utf-8")
    args = parse_arguments(["check", "brief.md"])
    assert args.config_file is None and args.jobs == 16


def test_no_config_reads_none_and_config_names_one(project: Path) -> None:
    (project / "provenance.toml").write_text("jobs = 3\n", encoding="utf-8")
    (project / "ci.toml").write_text("jobs = 7\n", encoding="utf-8")
    assert parse_arguments(["check", "brief.md", "--no-config"]).jobs == 16
    assert parse_arguments(["check", "brief.md", "--config", "ci.toml"]).jobs == 7


def test_a_setting_the_command_does_not_take_is_left_aside(project: Path) -> None:
    (project / "provenance.toml").write_text(
        'accounts = "accounts.csv"\nwindow = 2\njobs = 3\n', encoding="utf-8"
    )
    (project / "accounts.csv").write_text("platform,handle,name\n")
    args = parse_arguments(["check", "brief.md"])
    assert args.jobs == 3 and not hasattr(args, "accounts")
    assert parse_arguments(["locate", "brief.md"]).accounts == Path("accounts.csv")


def test_the_command_line_choice_in_an_exclusive_pair_beats_the_file(project: Path) -> None:
    (project / "provenance.toml").write_text('timegate = "http://timegate.example/"\n', encoding="utf-8")
    args = parse_arguments(["check", "brief.md", "--no-archive-lookup"])
    assert args.no_archive_lookup and args.timegate is None


def test_the_run_line_records_the_config_file_by_path_and_hash(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "provenance.toml").write_text("strict-quotes = true\n", encoding="utf-8")
    assert cli.main(["check", "brief.md", "--offline", "-q"]) == 1
    run = json.loads((project / "brief.md.ledger.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert run["options"]["strict_quotes"] is True
    assert run["options"]["config"]["path"] == "provenance.toml"
    assert len(run["options"]["config"]["sha256"]) == 64


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("jobs = [\n", "provenance.toml: not valid TOML: "),
        ("ledger = 'other.jsonl'\n", "provenance.toml: key 'ledger' is not a setting a config file can hold"),
        ("jobs = 0\n", "provenance.toml: key 'jobs': '0' "),
        ("jobs = 'many'\n", "provenance.toml: key 'jobs': 'many' is not a whole number"),
        ("strict-quotes = 'yes'\n", "provenance.toml: key 'strict-quotes': expected true or false"),
        ("timeout = [1, 2]\n", "provenance.toml: key 'timeout': expected a number, not a list"),
        # said as TOML writes them, not as Python's `True` beside "a value such as the option takes"
        ("jobs = true\n", "provenance.toml: key 'jobs': expected a number, not true"),
        ("sign = false\n", "provenance.toml: key 'sign': expected text in quotes, not false"),
        (
            "proxy = ['http://p.example:3128']\n",
            "provenance.toml: key 'proxy': expected text in quotes, not a list",
        ),
        (
            "timegate = 2022-01-21\n",
            "provenance.toml: key 'timegate': expected text in quotes, not a date or time",
        ),
        ("tsa = 'ftp://tsa.example/'\n", "provenance.toml: key 'tsa': 'ftp://tsa.example/' is not"),
        ("from = 'rtf'\n", "provenance.toml: key 'from' is not a setting"),
        (
            "jbos = 4\n",
            "provenance.toml: key 'jbos' is not a setting a config file can hold; did you mean 'jobs'?",
        ),
        (
            "strict_qoutes = true\n",
            "provenance.toml: key 'strict_qoutes' is not a setting a config file can hold; "
            "did you mean 'strict-quotes'?",
        ),
        ("[check]\njobs = 2\n", "provenance.toml: key 'check': a table"),
        # pyproject's table copied into provenance.toml: it said "key 'tool': a table", not what to do
        (
            "[tool.provenance]\njobs = 2\n",
            "provenance.toml: [tool.provenance] is the table of a pyproject.toml; provenance.toml holds its "
            "keys as they are, with no table line above them (jobs = 8)",
        ),
        ("jobs = 2\nper_host = 1\nper-host = 2\n", "provenance.toml: key 'per-host' is given twice"),
        (
            "timegate = 'http://t.example/'\nno-archive-lookup = true\n",
            "provenance.toml: keys no-archive-lookup and timegate cannot be used together",
        ),
        ("jobs = 2 # caf\u00e9, saved as Latin-1\n", "provenance.toml: not UTF-8 text"),
        ("archive-dir = ''\n", "provenance.toml: key 'archive-dir': an empty path"),
        # a path, a host or a name without quotes: taken as text, it made a folder '5' or a host '1'
        (
            "archive-dir = 5\n",
            "provenance.toml: key 'archive-dir': expected text in quotes (\"5\"), not the number",
        ),
        (
            "allow-host = [1]\n",
            "provenance.toml: key 'allow-host': expected text in quotes (\"1\"), not the number",
        ),
        ("operator = 12.5\n", "provenance.toml: key 'operator': expected text in quotes"),
    ],
)
def test_a_bad_config_file_is_one_line_naming_file_and_key_exit_2_and_nothing_written(
    project: Path, capsys: pytest.CaptureFixture[str], text: str, message: str
) -> None:
    (project / "provenance.toml").write_bytes(text.encode("latin-1"))
    code = cli.main(["check", "brief.md", "--offline"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.startswith(f"provenance: error: {message}"), err
    assert err.count("\n") == 1
    assert not (project / "brief.md.ledger.jsonl").exists()


@pytest.mark.parametrize(
    ("text", "argv"),
    [
        ('sign = "keys/newsroom.key"\n', ["check", "../brief.md", "--offline"]),
        ('accounts = "registry/accounts.csv"\n', ["locate", "../brief.md"]),
        ('ca-bundle = "certs/newsroom.pem"\n', ["check", "../brief.md", "--offline"]),
    ],
)
def test_a_file_the_settings_name_that_is_missing_is_named_with_the_settings_file_and_key(
    project: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    text: str,
    argv: list[str],
) -> None:
    # It was "../keys/newsroom.key: no such file": a path the user never wrote, and no word of its source.
    (project / "provenance.toml").write_text(text, encoding="utf-8")
    (project / "docs").mkdir()
    monkeypatch.chdir(project / "docs")
    code = cli.main(argv)
    out, err = capsys.readouterr()
    key = text.split(" ", 1)[0]
    written = text.split('"')[1]
    assert code == 2 and out == ""
    said = f"../provenance.toml: key '{key}': ../{written}: no such file"
    assert err == f"provenance: error: {said} (a relative path is read from the file's folder)\n"
    assert not (project / "brief.md.ledger.jsonl").exists()


def test_a_missing_file_the_command_line_overrides_is_left_aside(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "provenance.toml").write_text('ca-bundle = "certs/old.pem"\n', encoding="utf-8")
    (project / "given.pem").write_text("a bundle\n")
    args = parse_arguments(["check", "brief.md", "--ca-bundle", "given.pem"])
    assert args.ca_bundle == Path("given.pem")


def test_a_config_file_that_is_not_a_regular_file_is_refused(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = cli.main(["check", "brief.md", "--offline", "--config", "/dev/zero"])
    assert code == 2
    assert "/dev/zero: cannot read the config file" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("make", "told"),
    [
        (
            lambda path: path.symlink_to("shared/provenance.toml"),
            "the config file is a symbolic link to shared/provenance.toml, which does not exist",
        ),
        (lambda path: path.mkdir(), "cannot read the config file (is a directory)"),
        (
            lambda path: os.mkfifo(path),
            "cannot read the config file (a FIFO (named pipe), not a regular file)",
        ),
    ],
    ids=["link-to-nowhere", "folder", "fifo"],
)
def test_a_settings_file_found_that_cannot_be_read_stops_the_run_naming_it(
    project: Path, capsys: pytest.CaptureFixture[str], make: Callable[[Path], None], told: str
) -> None:
    # It was passed over in silence: the run went on without the team's settings (a pyproject.toml's above,
    # or none), a link to a shared file not checked out here among them.
    (project / "pyproject.toml").write_text("[tool.provenance]\njobs = 2\n", encoding="utf-8")
    make(project / "provenance.toml")
    code = cli.main(["check", "brief.md", "--offline"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == f"provenance: error: provenance.toml: {told}\n"
    assert not (project / "brief.md.ledger.jsonl").exists()
    assert parse_arguments(["check", "brief.md", "--no-config"]).config_file is None


def test_an_offline_run_leaves_the_settings_files_tsa_aside_with_a_warning(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A team's file asks for timestamps; one `--offline` run must not stop on an option the user never typed.
    (project / "provenance.toml").write_text('tsa = ["http://tsa.example/tsr"]\n', encoding="utf-8")
    assert cli.main(["check", "brief.md", "--offline", "-q"]) == 1
    err = capsys.readouterr().err
    assert "provenance.toml: its tsa is not asked: --offline fetches nothing" in err
    ledger = (project / "brief.md.ledger.jsonl").read_text(encoding="utf-8")
    kinds = [json.loads(line)["kind"] for line in ledger.splitlines()]
    assert "timestamp" not in kinds

    code = cli.main(["check", "brief.md", "--offline", "--tsa", "http://other.example/tsr"])
    assert code == 2, "a --tsa typed beside --offline is still a mistake"
    assert "which --offline forbids" in capsys.readouterr().err


def test_browser_with_offline_is_a_usage_error_and_the_settings_files_browser_is_left_aside(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--offline --browser` ran as an offline run whose ledger recorded a browser that captured nothing."""
    code = cli.main(["check", "brief.md", "--offline", "--browser"])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "--browser captures pages in a browser, and --offline captures nothing: drop one" in err
    assert not (project / "brief.md.ledger.jsonl").exists()

    (project / "provenance.toml").write_text("browser = true\n", encoding="utf-8")
    assert cli.main(["check", "brief.md", "--offline", "-q"]) == 1
    assert (
        "provenance.toml: its browser is not started: --offline captures nothing" in capsys.readouterr().err
    )
    run = json.loads((project / "brief.md.ledger.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert run["options"]["browser"] is False
    assert cli.main(["check", "brief.md", "--offline", "--browser", "-q"]) == 2, "typed beside --offline"


def test_a_bad_value_the_command_line_overrides_still_stops_the_run(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The file is broken for the next run that does not override it: the user hears of it now, not in CI.
    (project / "provenance.toml").write_text("timeout = 0\n", encoding="utf-8")
    code = cli.main(["check", "brief.md", "--offline", "--timeout", "5"])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert err.startswith("provenance: error: provenance.toml: key 'timeout': '0' is not between"), err
    assert not (project / "brief.md.ledger.jsonl").exists()


def test_a_bad_value_of_an_exclusive_pair_the_command_line_chose_against_still_stops_the_run(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "provenance.toml").write_text("timegate = 'ftp://timegate.example/'\n", encoding="utf-8")
    assert cli.main(["check", "brief.md", "--offline", "--no-archive-lookup"]) == 2
    assert "provenance.toml: key 'timegate': " in capsys.readouterr().err


def test_numbers_stay_values_of_the_keys_that_take_numbers_and_an_overridden_good_value_is_kept_aside(
    project: Path,
) -> None:
    (project / "provenance.toml").write_text(
        "jobs = 4\nmax-bytes = 50000000\ntimeout = 12.5\nretries = 0\nwindow = 2\nmax-age = 3600\n",
        encoding="utf-8",
    )
    args = parse_arguments(["check", "brief.md", "--timeout", "3"])
    assert (args.jobs, args.max_bytes, args.timeout, args.retries) == (4, 50_000_000, 3.0, 0)
    assert parse_arguments(["locate", "brief.md"]).window == 2


def test_a_misspelt_tool_provenance_table_in_pyproject_stops_the_run_naming_it(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Its settings (a signing key, strict quotes) were left aside in silence, the run's defaults used instead.
    (project / "pyproject.toml").write_text(
        '[project]\nname = "reports"\n\n[tool.provenence]\nstrict-quotes = true\n', encoding="utf-8"
    )
    code = cli.main(["check", "brief.md", "--offline"])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.count("\n") == 1
    assert err == (
        "provenance: error: pyproject.toml: [tool.provenence] is not [tool.provenance]; its settings would "
        "be left aside\n"
    )
    assert not (project / "brief.md.ledger.jsonl").exists()


def test_a_pyproject_with_other_tools_tables_only_is_no_config_file(project: Path) -> None:
    (project / "pyproject.toml").write_text(
        "[tool.ruff]\nline-length = 110\n\n[tool.provenance-lint]\nlevel = 2\n", encoding="utf-8"
    )
    args = parse_arguments(["check", "brief.md"])
    assert args.config_file is None and args.jobs == 16


@pytest.mark.parametrize(
    ("argv", "told"),
    [
        (
            ["check", "--off", "brief.md"],
            "--off (options are given by their whole name: did you mean --offline?)",
        ),
        (
            ["check", "brief.md", "--offline", "--jo=3"],
            "--jo=3 (options are given by their whole name: did you mean --jobs?)",
        ),
        (
            ["check", "brief.md", "--o"],
            "--o (options are given by their whole name: did you mean --offline or --operator?)",
        ),
        (
            ["--verb", "check", "brief.md"],
            "--verb (options are given by their whole name: did you mean --verbose?)",
        ),
    ],
)
def test_the_start_of_an_option_is_refused_naming_the_options_it_may_stand_for(
    project: Path, capsys: pytest.CaptureFixture[str], argv: list[str], told: str
) -> None:
    # argparse took `--off` for `--offline`: a CI script using it broke, or took another option, the day a
    # new option began the same way (`--conn` for `--connect-to`, beside a `--connect-timeout`).
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == f"provenance: error: unrecognized arguments: {told} (see: provenance check --help)\n"
    assert not (project / "brief.md.ledger.jsonl").exists()


def test_a_command_line_in_whole_option_names_parses_as_before(project: Path) -> None:
    args = parse_arguments(
        ["-vv", "check", "brief.md", "--offline", "--jobs=3", "-q", "--connect-to", "::127.0.0.1:9"]
    )
    assert (args.verbose, args.offline, args.jobs, args.quiet) == (2, True, 3, True)
    assert len(args.connect_to) == 1


@pytest.mark.parametrize(
    ("argv", "told"),
    [
        (
            ["check", "brief.md", "--window", "3"],
            "--window 3 (--window is an option of locate, not of check)",
        ),
        (["extract", "brief.md", "--offline"], "--offline (--offline is an option of check, not of extract)"),
        (
            ["locate", "brief.md", "--sarif=out.sarif"],
            "--sarif=out.sarif (--sarif is an option of check, not of locate)",
        ),
    ],
)
def test_an_option_of_another_command_is_named_as_that_command_s(
    project: Path, capsys: pytest.CaptureFixture[str], argv: list[str], told: str
) -> None:
    # The line sent the user to the command's own help, which does not list the option.
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == f"provenance: error: unrecognized arguments: {told} (see: provenance {argv[0]} --help)\n"
    assert sorted(path.name for path in project.iterdir()) == [".git", "brief.md"]


def test_a_settings_file_s_archive_folder_that_is_a_file_is_named_with_the_settings_file_and_key(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The run said "name another with --archive-dir DIR", of an option the user never gave.
    (project / "provenance.toml").write_text('archive-dir = "evidence"\n', encoding="utf-8")
    (project / "evidence").write_text("notes\n", encoding="utf-8")
    code = cli.main(["check", "brief.md", "--timeout", "1"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err == (
        "provenance: error: provenance.toml: key 'archive-dir': evidence is not a folder, and the archive "
        "folder must be one\n"
    )
    assert not (project / "brief.md.ledger.jsonl").exists()
    assert cli.main(["check", "brief.md", "--lint"]) == 1, "a lint uses no archive folder"
    assert parse_arguments(["check", "brief.md", "--archive-dir", "given"]).archive_dir == Path("given")


def test_a_settings_file_s_ca_bundle_that_is_no_pem_file_is_named_with_the_settings_file_and_key(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The run said "--ca-bundle brief.md: not a PEM file", of an option the user never gave.
    (project / "provenance.toml").write_text('ca-bundle = "brief.md"\n', encoding="utf-8")
    code = cli.main(["check", "brief.md", "--timeout", "1"])
    out, err = capsys.readouterr()
    assert (code, out) == (2, "")
    assert err.startswith(
        "provenance: error: provenance.toml: key 'ca-bundle': brief.md: not a PEM file of CA certificates ("
    )
    assert err.count("\n") == 1
    assert not (project / "brief.md.ledger.jsonl").exists()
    assert cli.main(["check", "brief.md", "--lint"]) == 1, "a lint fetches nothing and reads no CA bundle"
