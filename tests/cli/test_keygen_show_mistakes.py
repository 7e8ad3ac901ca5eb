"""keygen and show output mistakes a new user makes: one line, exit 2, nothing written or replaced; the
names they are meant for still work."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance import cli

DRAFT = "Claim.[^1]\n\n[^1]: Desk, January 21, 2022, http://news.example/a\n"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / ".git").mkdir()  # no settings file above the test's folder is read
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("name", ["signing.pub", "keys.PUB"])
def test_keygen_refuses_a_public_key_s_name_for_the_private_key(
    workdir: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    # `-o signing.pub` wrote the secret key as signing.pub, the file a user hands out as the public key.
    code = cli.main(["keygen", "-o", name])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"-o {name}: a public key's name; -o names the private key" in err
    assert list(workdir.iterdir()) == [workdir / ".git"]


def test_keygen_still_writes_a_key_pair_for_a_name_that_merely_holds_pub(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["keygen", "-o", "publisher.key"]) == 0
    assert (workdir / "publisher.key").is_file() and (workdir / "publisher.key.pub").is_file()
    capsys.readouterr()


def _ledger_of_a_renamed_report(workdir: Path, capsys: pytest.CaptureFixture[str]) -> Path:
    """draft.md checked, renamed final.md and checked into the same ledger, then the draft restored."""
    (workdir / "draft.md").write_text(DRAFT, encoding="utf-8")
    assert cli.main(["check", "draft.md", "--offline", "-q"]) == 1
    (workdir / "draft.md").rename(workdir / "final.md")
    assert cli.main(["check", "final.md", "--offline", "-q", "--ledger", "draft.md.ledger.jsonl"]) == 1
    (workdir / "draft.md").write_text(DRAFT, encoding="utf-8")
    capsys.readouterr()
    return workdir / "draft.md.ledger.jsonl"


def test_show_never_writes_the_view_over_a_report_an_earlier_run_of_the_ledger_checked(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _ledger_of_a_renamed_report(workdir, capsys)
    code = cli.main(["show", "draft.md.ledger.jsonl", "-o", "draft.md"])
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "draft.md: is a report an earlier run of the ledger checked; the HTML view would replace it" in err
    assert (workdir / "draft.md").read_text(encoding="utf-8") == DRAFT


def test_show_writes_the_view_of_such_a_ledger_to_a_name_of_its_own(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _ledger_of_a_renamed_report(workdir, capsys)
    assert cli.main(["show", "draft.md.ledger.jsonl", "-o", "view.html"]) == 0
    assert (workdir / "view.html").read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert (workdir / "draft.md").read_text(encoding="utf-8") == DRAFT
    capsys.readouterr()


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "draft.md", "--offline", "--html", "views/"],
        ["check", "draft.md", "--offline", "--sarif", "views/"],
        ["check", "draft.md", "--offline", "--junit", "views/"],
        ["check", "draft.md", "--offline", "--ledger", "views/"],
        ["locate", "draft.md", "--citations", "views/"],
        ["show", "draft.md.ledger.jsonl", "-o", "views/"],
        ["pack", "draft.md.ledger.jsonl", "-o", "views/"],
        ["keygen", "-o", "views/"],
    ],
    ids=["html", "sarif", "junit", "ledger", "locate-citations", "show", "pack", "keygen"],
)
def test_a_file_to_write_named_with_a_trailing_slash_is_refused_not_written_as_that_name(
    workdir: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    # `--html views/` meant a file in a folder: Path dropped the slash and a file called `views` was written
    # (a ledger, a view, a SARIF file, a private key), exit 0 or 1.
    (workdir / "draft.md").write_text(DRAFT, encoding="utf-8")
    assert cli.main(["check", "draft.md", "--offline", "-q"]) == 1
    capsys.readouterr()
    before = sorted(path.name for path in workdir.iterdir())
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "'views/' ends in '/', so it names a folder; name the file to write (e.g. views/NAME)" in err
    assert sorted(path.name for path in workdir.iterdir()) == before


def test_a_file_to_write_inside_a_folder_is_written(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "draft.md").write_text(DRAFT, encoding="utf-8")
    (workdir / "views").mkdir()
    assert cli.main(["check", "draft.md", "--offline", "-q", "--html", "views/draft.html"]) == 1
    assert (workdir / "views" / "draft.html").is_file()
    capsys.readouterr()


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "draft.md", "--offline", "-q", "--html", "note.html"],
        ["show", "draft.md.ledger.jsonl", "-o", "note.html"],
    ],
    ids=["check", "show"],
)
def test_the_view_never_replaces_an_html_report_and_still_replaces_an_earlier_view(
    workdir: Path, capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    note = "<!DOCTYPE html><html><head><title>Note</title></head><body><p>Claim.</p></body></html>\n"
    (workdir / "draft.md").write_text(DRAFT, encoding="utf-8")
    (workdir / "note.html").write_text(note, encoding="utf-8")
    assert cli.main(["check", "draft.md", "--offline", "-q"]) == 1
    capsys.readouterr()
    code = cli.main(argv)
    out, err = capsys.readouterr()
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "note.html: is a file no `provenance` view was written to (an HTML report?)" in err
    assert (workdir / "note.html").read_text(encoding="utf-8") == note

    (workdir / "note.html").unlink()
    assert cli.main(argv) in (0, 1)  # a new view, then the same command again over its own view
    assert cli.main(argv) in (0, 1)
    assert "<title>Provenance ledger" in (workdir / "note.html").read_text(encoding="utf-8")
    capsys.readouterr()
