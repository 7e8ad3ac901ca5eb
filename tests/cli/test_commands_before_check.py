"""`verify`, `show` and `pack` given a ledger no `check` has written yet (a new user's first mistake): one
line, exit 2, nothing written, naming the command that writes the ledger."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance import cli
from provenance.cli.common import missing_ledger_message


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()  # no settings file above the test's folder is read
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    "argv",
    [
        ["verify", "brief.md.ledger.jsonl"],
        ["show", "brief.md.ledger.jsonl"],
        ["pack", "brief.md.ledger.jsonl", "-o", "brief.wacz"],
    ],
    ids=["verify", "show", "pack"],
)
def test_a_command_run_before_any_check_says_to_run_check_first(
    workdir: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    # Each said it its own way (`no such ledger`, `cannot read ledger …: no such file`), none what to do next.
    (workdir / "brief.md").write_text("Claim.[^1]\n\n[^1]: Desk, January 21, 2022.\n", encoding="utf-8")
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.count("\n") == 1
    assert (
        "cannot read ledger brief.md.ledger.jsonl: no such file; no check of brief.md has written it yet: "
        "run `provenance check brief.md` first"
    ) in err
    assert sorted(path.name for path in workdir.iterdir()) == [".git", "brief.md"]


def test_a_missing_ledger_named_for_no_report_here_says_what_a_ledger_is() -> None:
    said = missing_ledger_message(Path("notes/ledger.jsonl"), report_beside=False)
    assert said == (
        "cannot read ledger notes/ledger.jsonl: no such file (a ledger is the REPORT.ledger.jsonl "
        "`provenance check` writes, or the --ledger it names)"
    )


def test_a_ledger_named_for_a_report_that_is_not_there_tells_no_command_to_run() -> None:
    # `provenance check gone.md` would fail in turn: the line says what a ledger is instead.
    said = missing_ledger_message(Path("gone.md.ledger.jsonl"), report_beside=False)
    assert "provenance check gone.md" not in said and "no such file (a ledger is" in said


def test_an_existing_ledger_still_verifies_and_shows(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "brief.md").write_text("Claim.[^1]\n\n[^1]: Desk, January 21, 2022.\n", encoding="utf-8")
    assert cli.main(["check", "brief.md", "--offline", "-q"]) == 1
    assert cli.main(["verify", "brief.md.ledger.jsonl"]) == 0
    assert cli.main(["show", "brief.md.ledger.jsonl"]) == 0
    assert (workdir / "brief.md.ledger.html").is_file()
    capsys.readouterr()


@pytest.mark.parametrize("command", ["verify", "show"])
def test_a_ledger_that_is_a_link_to_nothing_is_said_as_one(
    workdir: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    (workdir / "brief.md.ledger.jsonl").symlink_to("moved/brief.md.ledger.jsonl")
    code = cli.main([command, "brief.md.ledger.jsonl"])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.count("\n") == 1
    assert (
        "cannot read ledger brief.md.ledger.jsonl: a symbolic link to moved/brief.md.ledger.jsonl, "
        "which does not exist"
    ) in err


_BRIEF = "Claim.[^1]\n\n[^1]: Desk, January 21, 2022.\n"


@pytest.mark.parametrize(
    ("argv", "told"),
    [
        (["verify", "brief.md"], "`provenance verify brief.md.ledger.jsonl`"),
        (["show", "brief.md"], "`provenance show brief.md.ledger.jsonl`"),
        (["pack", "brief.md", "-o", "b.wacz"], "`provenance pack brief.md.ledger.jsonl -o BUNDLE.wacz`"),
    ],
    ids=["verify", "show", "pack"],
)
def test_the_report_given_for_its_ledger_is_told_where_its_ledger_is(
    workdir: Path, capsys: pytest.CaptureFixture[str], argv: list[str], told: str
) -> None:
    # `verify brief.md` said "not a ledger", `show brief.md` "the ledger holds no run to show": neither
    # said that the ledger the user wants is the one beside the report.
    (workdir / "brief.md").write_text(_BRIEF, encoding="utf-8")
    assert cli.main(["check", "brief.md", "--offline", "-q"]) == 1
    before = sorted(path.name for path in workdir.iterdir())
    capsys.readouterr()
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.count("\n") == 1, err
    assert f"brief.md: a report, not a ledger; its ledger is brief.md.ledger.jsonl: {told}" in err
    assert sorted(path.name for path in workdir.iterdir()) == before, "nothing written"


def test_a_report_not_checked_yet_given_to_verify_is_told_to_run_check_first(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "sitrep.txt").write_text("Claim [1].\n\n[1] Desk, January 21, 2022.\n", encoding="utf-8")
    assert cli.main(["verify", "sitrep.txt"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert "sitrep.txt: a report, not a ledger" in err and "run `provenance check sitrep.txt` first" in err


def test_the_html_view_given_for_its_ledger_names_the_ledger(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "brief.md").write_text(_BRIEF, encoding="utf-8")
    assert cli.main(["check", "brief.md", "--offline", "-q"]) == 1
    assert cli.main(["show", "brief.md.ledger.jsonl"]) == 0
    capsys.readouterr()
    assert cli.main(["verify", "brief.md.ledger.html"]) == 2
    err = capsys.readouterr().err
    assert "brief.md.ledger.html: the HTML view of a ledger, not the ledger; its ledger is" in err
    assert "`provenance verify brief.md.ledger.jsonl`" in err


def test_a_bundle_given_to_pack_is_told_to_be_verified_not_packed_again(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "brief.md").write_text(_BRIEF, encoding="utf-8")
    assert cli.main(["check", "brief.md", "--offline", "-q"]) == 1
    assert cli.main(["pack", "brief.md.ledger.jsonl", "-o", "b.wacz"]) == 0
    capsys.readouterr()
    assert cli.main(["pack", "b.wacz", "-o", "again.wacz"]) == 2
    out, err = capsys.readouterr()
    assert (
        out == "" and "b.wacz: a WACZ bundle, not a ledger; check it with `provenance verify b.wacz`" in err
    )
    assert not (workdir / "again.wacz").exists()


def test_a_file_that_is_neither_a_report_nor_a_ledger_is_still_said_to_be_no_ledger(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "accounts.csv").write_text("name,platform,handle\nRybar,telegram,rybar\n", encoding="utf-8")
    assert cli.main(["verify", "accounts.csv"]) == 2
    err = capsys.readouterr().err
    assert "not a ledger: accounts.csv" in err and "a report" not in err
