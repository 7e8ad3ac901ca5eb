"""The command line explains itself: every option has help, `--help` lists exit codes and statuses, and
starting the tool needs nothing platform-bound or heavy (`--version` loads no library)."""

from __future__ import annotations

import argparse
import contextlib
import io
from pathlib import Path

import pytest

from provenance import cli
from provenance.cli.parsing import COMMANDS, build_parser
from provenance.errors import UsageError
from tests.ledger.builders import LedgerFiles
from tests.support.cli import run_python
from tests.support.servers import FixtureServer, Reply


def _subcommands() -> dict[str, argparse.ArgumentParser]:
    parser = build_parser()
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


@pytest.mark.parametrize("command", list(COMMANDS))
def test_every_option_and_argument_of_every_command_has_help(command: str) -> None:
    parser = _subcommands()[command]

    missing = [
        "/".join(action.option_strings) or action.dest
        for action in parser._actions
        if not action.help or not action.help.strip()
    ]

    assert missing == [], f"provenance {command}: no help for {missing}"


def test_timeout_help_gives_the_wait_of_a_silent_host_the_capture_uses() -> None:
    # The help is read without loading the capture code (a fast `--help`): its figure is written out.
    from provenance.capture.retry import SILENT_HOST_TIMEOUT

    timeout = next(a for a in _subcommands()["check"]._actions if "--timeout" in a.option_strings)
    assert timeout.help is not None
    assert f"at most {SILENT_HOST_TIMEOUT:g} for a host that gave no answer" in timeout.help


@pytest.mark.parametrize("argv", [["--help"], ["check", "--help"]])
def test_help_lists_the_exit_codes_and_the_footnote_statuses(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        cli.main(argv)
    out = capsys.readouterr().out

    assert "exit codes:" in out
    for status in ("verified", "unconfirmed", "failed", "unlocatable", "error"):
        assert f"  {status}" in out, status
    for code in ("0 every footnote verified", "1 at least one", "2 usage or input error", "3 internal"):
        assert code in out


def test_help_does_not_say_a_verified_footnote_has_no_warning_when_archived_may_warn(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # A verified footnote may show `archived warn: no archived copy`: the help must not promise "no warns".
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    verified = capsys.readouterr().out.split("  verified", 1)[1].split("  unconfirmed", 1)[0]
    assert "archived" in verified, verified


def test_verify_help_documents_strict_and_the_missing_report_warning(
    capsys: pytest.CaptureFixture[str],
) -> None:
    with pytest.raises(SystemExit):
        cli.main(["verify", "--help"])
    out = capsys.readouterr().out

    assert "--strict" in out and "--archive-dir" in out
    assert "missing report" in out and "warning" in out


@pytest.mark.parametrize(
    ("argument", "prints"), [("--version", "provenance "), ("--help", "usage: provenance")]
)
def test_version_and_help_start_without_fcntl(argument: str, prints: str) -> None:
    # fcntl is POSIX-only: blocked here, an import of it anywhere on the way fails the run.
    program = (
        f"import sys; sys.modules['fcntl'] = None\nfrom provenance.cli import main\nmain([{argument!r}])\n"
    )
    done = run_python(program, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith(prints)


def test_the_command_line_loads_no_library_before_a_command_runs() -> None:
    program = (
        "import sys; from provenance.cli.parsing import build_parser; build_parser(); print(*sys.modules)"
    )
    loaded = run_python(program, timeout=60).stdout.split()
    heavy = {"pydantic", "requests", "urllib3", "warcio", "filelock", "cryptography", "bs4", "rich"}
    # hashlib (OpenSSL's start, through secrets) and socket were a tenth of `--version`'s instructions.
    heavy |= {"hashlib", "secrets", "socket", "getpass", "shlex"}
    assert heavy.isdisjoint(loaded), heavy & set(loaded)


def test_extract_of_a_markdown_report_loads_no_html_parser_other_reader_csl_capture_or_ledger_code(
    tmp_path: Path,
) -> None:
    (tmp_path / "r.md").write_text("Claim.[^1]\n\n[^1]: Desk, January 21, 2022, http://news.example/a\n")
    program = (
        "import sys; from provenance.cli import main; main(['extract', 'r.md']); "
        "print('MODULES', *sys.modules, file=sys.stderr)"
    )
    done = run_python(program, cwd=tmp_path)
    loaded = done.stderr.split("MODULES", 1)[1].split()
    assert '"label": "1"' in done.stdout  # the extract ran to its end
    unneeded = {"bs4", "lxml", "requests", "urllib3", "warcio", "filelock", "cryptography", "rich"}
    # asyncio (with ssl, subprocess, concurrent.futures) came with pydantic's start before typing_extensions
    # 4.16: a tenth of the imports of a command.
    unneeded.add("asyncio")
    assert unneeded.isdisjoint(loaded), unneeded & set(loaded)
    assert not any(
        name.startswith(("provenance.capture", "provenance.ledger", "provenance.seal")) for name in loaded
    )
    assert "provenance.run_models" not in loaded, "the models of a check run's captures and ledger lines"
    # Other formats' readers and the citations-file code load only for the reports and options using them.
    later = {
        "provenance.readers.html",
        "provenance.readers.docx",
        "provenance.readers.pdf",
        "provenance.citations.csl",
    }
    assert later.isdisjoint(loaded), later & set(loaded)


def test_a_quiet_unsigned_check_without_quotes_loads_no_progress_display_renderer_crypto_or_main_text_reader(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    fixture_server.routes["/a"] = Reply(
        body=b"<html><head><title>Bridge</title></head><body>Open.</body></html>"
    )
    (tmp_path / "r.txt").write_text("Claim.[1]\n\n[1] Desk, January 21, 2022, http://news.example/a\n")
    arguments = ["check", "r.txt", "-q", "--no-archive-lookup", "--connect-to", str(fixture_server.rule())]
    program = (
        f"import sys; from provenance.cli import main; main({arguments!r}); "
        "print('MODULES', *sys.modules, file=sys.stderr)"
    )
    done = run_python(program, cwd=tmp_path)
    assert (tmp_path / "r.txt.ledger.jsonl").exists(), done.stderr
    loaded = done.stderr.split("MODULES", 1)[1].split()
    assert "provenance.extractors.web" in loaded, "the page was read back"
    unneeded = {"rich", "trafilatura", "provenance.verified_copies", "provenance.outputs.table"}
    unneeded |= {"provenance.outputs.sarif", "provenance.outputs.junit", "provenance.views", "cryptography"}
    unneeded.add("asyncio")  # the browser's: a check without --browser does not start it
    unneeded.add("pickle")  # the capture processes' and the readers' pool's: one host, no quote, neither
    assert unneeded.isdisjoint(loaded), unneeded & set(loaded)


def test_verbose_shows_each_failed_hop_with_its_cause_on_stderr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "r.txt").write_text("Claim.[1]\n\n[1] Desk, January 21, 2022, http://news.example/gone\n")
    refused = ["--connect-to", "::127.0.0.1:9", "--no-archive-lookup"]  # nothing listens on port 9

    cli.main(["check", "r.txt", *refused])
    quiet = capsys.readouterr().err
    cli.main(["-v", "check", "r.txt", *refused])
    verbose = capsys.readouterr().err

    assert "provenance.capture" not in quiet
    assert "provenance.capture" in verbose and "refused" in verbose


def test_verify_of_a_ledger_without_seals_loads_no_network_or_cryptography_library(
    ledger_files: LedgerFiles,
) -> None:
    program = (
        "import sys; from provenance.cli import main; main(['verify', sys.argv[1]]); "
        "print('MODULES', *sys.modules, file=sys.stderr)"
    )
    done = run_python(program, str(ledger_files.ledger), cwd=ledger_files.folder)
    assert "intact" in done.stdout, done.stderr
    loaded = done.stderr.split("MODULES", 1)[1].split()
    unneeded = {"requests", "urllib3", "cryptography", "rfc3161_client"}
    assert unneeded.isdisjoint(loaded), unneeded & set(loaded)


def test_a_finished_command_leaves_its_objects_frozen_so_the_exit_does_not_walk_them() -> None:
    program = (
        "import atexit, gc, sys; atexit.register(lambda: print('FROZEN', gc.get_freeze_count()));"
        "sys.argv = ['provenance', '--version']; from provenance.cli import main_entry; main_entry()"
    )
    done = run_python(program)
    assert done.returncode == 0, done.stderr
    frozen = int(done.stdout.split("FROZEN")[1])
    assert frozen > 1000, "what the run made is frozen before the interpreter's last collection"


def _parsed(parser: argparse.ArgumentParser, argv: list[str]) -> str:
    """What parsing `argv` shows: the namespace, or the help or version printed, or the usage error."""
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out):
            return repr(parser.parse_args(argv))
    except SystemExit as exit_:
        return f"exit {exit_.code}: {out.getvalue()}"
    except UsageError as error:
        return f"usage error: {error}"


_ARGVS = [
    [],
    ["--help"],
    ["-h"],
    ["--version"],
    ["--help", "check"],
    ["-v", "--help", "check"],
    ["--verb", "check", "--help"],
    ["bogus"],
    ["--bogus", "check", "r.md"],
    ["--", "check", "r.md"],
    ["check", "r.md", "--", "--jobs"],
    ["check", "r.md", "--bogus"],
    ["check", "r.md", "--jobs", "0"],
    ["check", "r.md", "--offline", "-q", "--jobs", "3", "-vv"],
    ["-vv", "--debug", "check", "r.md", "--timeout", "2", "--verbose"],
    ["locate", "r.md", "--jobs", "2"],
    ["pack", "r.md", "extract"],
    ["check", "extract"],
]


@pytest.mark.parametrize(
    "argv",
    _ARGVS
    + [[name] for name in COMMANDS]
    + [[name, "--help"] for name in COMMANDS]
    + [["-v", "--debug", name, "-h"] for name in COMMANDS],
)
def test_the_parser_of_the_named_command_alone_parses_and_helps_as_every_command_s(argv: list[str]) -> None:
    # build_parser(argv) builds only the subparser argv names: what it prints, parses or refuses is the same.
    assert _parsed(build_parser(argv), argv) == _parsed(build_parser(), argv)


def test_a_parser_built_for_a_command_line_holds_only_the_command_it_names() -> None:
    assert set(_subcommands_of(build_parser(["-v", "--debug", "check", "r.md"]))) == {"check"}
    assert set(_subcommands_of(build_parser(["--help", "check"]))) == set(COMMANDS)
    assert set(_subcommands_of(build_parser(["bogus"]))) == set(COMMANDS)


def _subcommands_of(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_what_check_imports_before_its_first_request_makes_no_model_of_what_a_run_makes() -> None:
    # The captures', sources' and ledger lines' models (`provenance.run_models`) are made by `build_models`
    # once the first requests are out, or on first use: making them was 70 M instructions.
    program = (
        "import sys; import provenance.cli, provenance.cli.commands.check, provenance.pipeline; "
        "print(*sys.modules)"
    )
    loaded = run_python(program, timeout=60).stdout.split()
    assert "provenance.pipeline" in loaded
    assert "provenance.run_models" not in loaded


@pytest.mark.parametrize(
    ("argv", "codes"),
    [
        (
            ["--help"],
            ("  locate   0 every unlinked footnote has a candidate", "  capture  0 every URL captured"),
        ),
        (["locate", "--help"], ("exit codes: 0 every unlinked footnote has a candidate", "1 one has none")),
        (["capture", "--help"], ("exit codes: 0 every URL captured; 1 a capture failed", "2 usage error")),
    ],
)
def test_help_gives_the_exit_codes_of_locate_and_capture(
    argv: list[str], codes: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    # Both exit 1 on a finding, as check does; their --help said nothing of it, the top help only of
    # check, verify and show.
    with pytest.raises(SystemExit):
        cli.main(argv)
    out = capsys.readouterr().out
    for code in codes:
        assert code in out


@pytest.mark.parametrize(
    "command", ["check", "extract", "locate", "capture", "verify", "pack", "keygen", "show", "schema"]
)
def test_every_commands_help_gives_its_exit_codes(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    # The README promises it; extract, pack, keygen, show and schema said none (show's one line named exit 1).
    with pytest.raises(SystemExit):
        cli.main([command, "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "exit codes:" in out and "2 usage" in out and "3 internal" in out


def test_pack_help_promises_an_intact_ledger_not_verified_footnotes(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # "pack a verified ledger" read as a bundle of verified footnotes; it packs failed ones as they are.
    with pytest.raises(SystemExit):
        cli.main(["pack", "--help"])
    out = " ".join(capsys.readouterr().out.split())
    assert "verified ledger" not in out and "pack an intact ledger (re-verified first)" in out
    assert "2 usage or input error (no ledger, a ledger that is not intact" in out


def test_locate_help_gives_the_window_s_bounds(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        cli.main(["locate", "--help"])
    assert "0 to 30 (default 1)" in " ".join(capsys.readouterr().out.split())


def test_check_help_says_strict_changes_only_the_citations_id_warning(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # It said "make warnings errors": a user read every warning (a --connect-to run, a TSA not asked) as
    # stopping the run under --strict, where only an unmatched citations id does.
    with pytest.raises(SystemExit):
        cli.main(["check", "--help"])
    said = " ".join(capsys.readouterr().out.split())
    assert "make warnings errors" not in said
    assert "--strict a --citations item whose id names no footnote is an error" in said
    assert "no other warning changes" in said
