"""`locate --ledger` mistakes a new user makes are refused as `check` refuses them: one line, exit 2, nothing
made or appended; a ledger of the same report, new or not, is still taken."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance import cli

# A note with no link and no account to search: locate fetches nothing and appends one run.
REPORT = "Rybar wrote that the bridge fell.[1]\n\n[1] Rybar, Telegram, January 21, 2022.\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()  # no settings file above the test's folder is read
    (tmp_path / "sitrep.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "other.txt").write_text(REPORT.replace("bridge", "dam"), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _locate(*options: str) -> int:
    return cli.main(["locate", "sitrep.txt", "--timeout", "1", *options])


def test_a_ledger_in_a_folder_that_does_not_exist_is_refused_and_the_folder_not_made(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _locate("--ledger", "ledgres/sitrep.ledger.jsonl")
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "the ledger's folder ledgres does not exist; create it first" in err
    assert not (workdir / "ledgres").exists() and not (workdir / "sitrep.txt.citations.json").exists()


def test_the_ledger_of_another_report_is_refused_and_left_as_it_was(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["check", "other.txt", "--offline", "-q"]) == 1
    other_ledger = workdir / "other.txt.ledger.jsonl"
    before = other_ledger.read_bytes()
    capsys.readouterr()

    code = _locate("--ledger", "other.txt.ledger.jsonl")
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "its last run checked other.txt, another report that is still there" in err
    assert other_ledger.read_bytes() == before


def test_the_report_itself_as_the_ledger_is_named_as_the_report(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = _locate("--ledger", "sitrep.txt")
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "--ledger sitrep.txt: is a report being checked" in err
    assert (workdir / "sitrep.txt").read_text(encoding="utf-8") == REPORT


def test_a_new_ledger_in_an_existing_folder_and_the_report_s_own_ledger_are_taken(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "ledgers").mkdir()
    assert _locate("--ledger", "ledgers/sitrep.ledger.jsonl") == 1  # the note is still without a candidate
    assert (workdir / "ledgers" / "sitrep.ledger.jsonl").is_file()
    assert cli.main(["check", "sitrep.txt", "--offline", "-q"]) == 1
    assert _locate("--ledger", "sitrep.txt.ledger.jsonl") == 1
    kinds = [line.split('"kind":"')[1].split('"')[0] for line in (workdir / "sitrep.txt.ledger.jsonl").open()]
    assert kinds.count("run") == 2
    capsys.readouterr()
