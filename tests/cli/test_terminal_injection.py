"""Terminal injection: text from a report, a captured page or a file name never reaches a terminal as control
characters, and never as rich markup.

A report is untrusted (a pull request can change it, a file name in a glob can be anything) and so is every
page the tool fetches. Printed raw, an ESC sequence repaints the reviewer's terminal (`\\x1b[2J` clears it,
`\\x1b]0;…\\x07` retitles the window, `\\x1b[31m` recolours the verdicts) and a bidi override reorders a line.
Every human output shows such characters escaped (`\\x1b`), as `verify` does: the table, progress lines,
`--lint` lines, GitHub annotations, warnings, the `locate` table. Each test runs a real process.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.locate.site import START, Site, channel_posts, serve
from tests.support.cli import on_a_terminal, run_provenance
from tests.support.servers import FixtureServer, LocalCA, Reply

RECOLOUR = "\x1b[31mFORGED"
CLEAR = "\x1b[2J"
RETITLE = "\x1b]0;pwned\x07"
REORDER = "\u202edeifirev"  # a right-to-left override: shows "verified" read backwards
C1_CSI = "\x9b31m"  # the one-byte form of ESC [, which some terminals obey
MARKUP = "[bold green]verified[/]"
RAW = (RECOLOUR, CLEAR, RETITLE, REORDER, C1_CSI, "\x07")

REPORT = f"""The spokesman wrote “we hold the {RECOLOUR} bridge{CLEAR}” that night.[^1] Another note.[^2]
Said {MARKUP} and “{REORDER}”.[^3]

[^1]: Example Brigades{RETITLE}, Telegram, [post](https://t.me/example{CLEAR}/12), January 21, 2022.
[^2]: Telegram{RECOLOUR} {MARKUP} {C1_CSI} {REORDER}, January 21, 2022.
[^3]: News, [story](http://news.example/a{RECOLOUR}), January 21, 2022.
"""


def _assert_nothing_raw(text: str) -> None:
    for sequence in RAW:
        assert sequence not in text, f"{sequence!r} reached the terminal raw"


@pytest.fixture
def desk(tmp_path: Path) -> Path:
    # The report's own file name is hostile too: a glob picks it up whatever it is called.
    (tmp_path / f"brief{RECOLOUR}.md").write_text(REPORT, encoding="utf-8")
    return tmp_path


def test_the_check_table_and_its_notes_show_control_characters_escaped(desk: Path) -> None:
    done = run_provenance(["check", "*.md", "--offline"], cwd=desk)
    assert done.returncode == 1, done.stderr
    _assert_nothing_raw(done.stdout + done.stderr)
    assert "\\x1b[31mFORGED" in done.stdout, "the sequence is shown, escaped, not dropped"
    assert "\\u202e" in done.stdout
    assert "\x1b" not in done.stdout, "no colour either: stdout is a file"
    assert MARKUP in done.stdout, "rich markup in a report is text, never styling"


def test_on_a_terminal_only_the_tools_own_colours_are_sequences(desk: Path) -> None:
    shown = on_a_terminal(["check", "*.md", "--offline"], desk)
    _assert_nothing_raw(shown)
    assert "brief\\x1b[31mFORGED.md" in shown, shown
    # A URL ends at a control character: the link is read as https://t.me/example, not with the sequence.
    assert "https://t.me/example " in shown and "\\x1b[2J" not in shown, shown


def test_lint_lines_show_control_characters_escaped(desk: Path) -> None:
    done = run_provenance(["check", "*.md", "--lint"], cwd=desk)
    _assert_nothing_raw(done.stdout + done.stderr)
    assert "brief\\x1b[31mFORGED.md:" in done.stdout


def test_github_annotations_carry_no_control_characters(desk: Path) -> None:
    done = run_provenance(["check", "*.md", "--offline", "-q"], cwd=desk, env={"GITHUB_ACTIONS": "true"})
    annotations = [line for line in done.stdout.splitlines() if line.startswith("::")]
    assert len(annotations) == 3, done.stdout
    _assert_nothing_raw(done.stdout + done.stderr)


@pytest.fixture
def news(fixture_server: FixtureServer) -> FixtureServer:
    fixture_server.routes["/a"] = Reply(body=b"<html><body><p>story</p></body></html>")
    return fixture_server


def test_progress_lines_show_a_hostile_link_escaped(desk: Path, news: FixtureServer) -> None:
    rule = f"::127.0.0.1:{news.port}"
    done = run_provenance(["check", "*.md", "--connect-to", rule, "--jobs", "1", "--json"], cwd=desk)
    progress = [line for line in done.stderr.splitlines() if line.startswith("  ") and "/2 " in line]
    assert len(progress) == 2, done.stderr
    _assert_nothing_raw(done.stderr)
    # The link ends at the control character pasted into it (the sequence is no part of the URL).
    assert any(line.rstrip().endswith("http://news.example/a") for line in progress), progress


def test_the_capture_command_shows_a_hostile_link_escaped(tmp_path: Path, news: FixtureServer) -> None:
    rule = f"::127.0.0.1:{news.port}"
    done = run_provenance(["capture", f"http://news.example/a{RECOLOUR}", "--connect-to", rule], cwd=tmp_path)
    _assert_nothing_raw(done.stdout + done.stderr)
    assert "\\x1b[31mFORGED" in done.stderr


HOSTILE_POST = f"We hold the bridge{RECOLOUR}{CLEAR}{RETITLE} {REORDER} {MARKUP}"
LOCATE_REPORT = f"""SITREP

The Example Brigades posted on Telegram: "We hold the bridge"[1]

Sources
[1] Telegram, {START:%B} 21, 2022.
"""


@pytest.fixture
def hostile_channel(local_ca: LocalCA) -> Iterator[FixtureServer]:
    posts = channel_posts(1001, {25: HOSTILE_POST}, salt=0)
    site = Site({"example_brigades": (f"Example Brigades{RETITLE}", posts)}, "nobody", [])
    with FixtureServer(tls=local_ca) as server:
        serve(site, server)
        yield server


def test_the_locate_table_shows_a_hostile_post_escaped(
    tmp_path: Path, hostile_channel: FixtureServer, local_ca: LocalCA
) -> None:
    assert dt.date(2022, 1, 21) > START.date()
    (tmp_path / "sitrep.txt").write_text(LOCATE_REPORT, encoding="utf-8")
    (tmp_path / "accounts.csv").write_text(
        "name,platform,handle\nExample Brigades,telegram,example_brigades\n", encoding="utf-8"
    )
    network = ["--connect-to", f"::127.0.0.1:{hostile_channel.port}", "--ca-bundle", str(local_ca.ca_pem)]
    done = run_provenance(["locate", "sitrep.txt", "--accounts", "accounts.csv", *network], cwd=tmp_path)
    assert "We hold the bridge" in done.stdout, done.stdout + done.stderr
    _assert_nothing_raw(done.stdout + done.stderr)
    assert "\\x1b[31mFORGED" in done.stdout


def test_the_files_keygen_schema_show_and_pack_say_they_wrote_are_named_escaped(tmp_path: Path) -> None:
    """Each printed "wrote NAME" with the name raw: `keygen -o "$(printf 'k\\e[2J')"` cleared the screen."""
    (tmp_path / "ok.md").write_text("Claim.[^1]\n\n[^1]: Desk, January 21, 2022, http://news.example/a\n")
    assert run_provenance(["check", "ok.md", "--offline", "-q"], cwd=tmp_path).returncode == 1
    for argv in (
        ["keygen", "-o", f"k{CLEAR}{RETITLE}.key"],
        ["schema", "--out", f"s{CLEAR}"],
        ["show", "ok.md.ledger.jsonl", "-o", f"v{RECOLOUR}.html"],
        ["pack", "ok.md.ledger.jsonl", "-o", f"b{C1_CSI}.wacz"],
    ):
        done = run_provenance(argv, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        _assert_nothing_raw(done.stdout + done.stderr)
        assert "\\x1b" in done.stdout + done.stderr or "\\x9b" in done.stdout, "named, escaped, not dropped"


def test_an_error_names_a_hostile_file_escaped(tmp_path: Path) -> None:
    (tmp_path / f"memo{RECOLOUR}.md").write_bytes(b"\x00\x01binary, not a report\xff" * 10)
    done = run_provenance(["check", "*.md", "--offline"], cwd=tmp_path)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done.stderr
    _assert_nothing_raw(done.stderr)
    assert "memo\\x1b[31mFORGED.md" in done.stderr


def test_a_bugs_one_line_shows_what_it_repeats_escaped(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A bug's message may repeat what a page or a ledger held (a ValueError quoting what it could not use).
    from types import SimpleNamespace

    from provenance import cli

    def crash(args: object, argv: object) -> int:
        raise ValueError(f"{RECOLOUR}\n##[stop-commands]token")

    monkeypatch.setattr(cli, "command_module", lambda name: SimpleNamespace(run=crash))
    assert cli.main(["schema"]) == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error (a bug): ValueError" in err, err
    _assert_nothing_raw(err)
    assert "\\x1b[31mFORGED\\x0a#\\x23[stop-commands]token;" in err


def test_log_lines_show_control_characters_escaped(capsys: pytest.CaptureFixture[str]) -> None:
    # -v lines name URLs and what servers answered: a server's words are as untrusted as a report's.
    from provenance.cli import configure_logging

    configure_logging(1)
    logging.getLogger("provenance.capture").info("redirect to %s", f"http://news.example/{RECOLOUR}")
    err = capsys.readouterr().err
    assert err == "provenance: provenance.capture: redirect to http://news.example/\\x1b[31mFORGED\n"


def test_json_output_shows_a_bidi_override_as_an_escape_holding_the_same_text(desk: Path) -> None:
    # JSON is for machines, but it is read in terminals and CI logs too: raw, the override shows "verified".
    for args in (["extract", "--from", "md"], ["check", "--offline", "--json", "-q"]):
        result = run_provenance([*args, f"brief{RECOLOUR}.md"], desk)
        assert result.returncode in (0, 1), result.stderr
        assert "\u202e" not in result.stdout and "\\u202edeifirev" in result.stdout
        document = json.loads(result.stdout)
        assert REORDER in json.dumps(document, ensure_ascii=False)
