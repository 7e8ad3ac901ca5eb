"""`check --ledger`: a ledger follows one report; one of another report still there is refused."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from provenance import cli
from provenance.check_inputs import check_ledger_follows_report, cited_speakers
from provenance.citations.cite import cite_footnotes
from provenance.errors import UsageError
from provenance.ledger.writer import LedgerWriter
from provenance.readers import read_report

NOTE = "Claim.[1]\n\n[1] Desk, January {day}, 2022.\n"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _report(folder: Path, name: str, day: int = 21) -> Path:
    path = folder / name
    path.write_text(NOTE.format(day=day), encoding="utf-8")
    return path


def _checked(report: Path, *options: str) -> int:
    return cli.main(["check", str(report), "--offline", "-q", *options])


def test_a_ledger_whose_last_run_checked_another_report_still_there_is_refused(folder: Path) -> None:
    first, second = _report(folder, "a.md"), _report(folder, "b.md", day=22)
    _checked(first)
    ledger = folder / "a.md.ledger.jsonl"

    with pytest.raises(UsageError) as refused:
        check_ledger_follows_report(ledger, second)

    assert refused.value.exit_code == 2
    message = str(refused.value)
    assert "a.md.ledger.jsonl" in message and "a.md," in message and "give" in message and "b.md" in message


def test_the_same_report_a_renamed_one_or_a_new_ledger_are_taken(folder: Path) -> None:
    report = _report(folder, "a.md")
    check_ledger_follows_report(folder / "new.jsonl", report)  # no ledger yet
    _checked(report)
    ledger = folder / "a.md.ledger.jsonl"
    check_ledger_follows_report(ledger, folder / "." / "a.md")  # the same file, spelt otherwise
    os.symlink(report, folder / "link.md")
    check_ledger_follows_report(ledger, folder / "link.md")  # the same file through a link
    renamed = folder / "a-final.md"
    report.rename(renamed)
    check_ledger_follows_report(ledger, renamed)  # the report it checked is gone: renamed


def test_check_with_another_reports_ledger_writes_nothing_and_a_renamed_report_goes_on(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = _report(folder, "a.md"), _report(folder, "b.md", day=22)
    _checked(first)
    ledger = folder / "a.md.ledger.jsonl"
    before = ledger.read_bytes()
    capsys.readouterr()

    assert _checked(second, "--ledger", str(ledger)) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1 and err.startswith("provenance: error: --ledger "), err
    assert ledger.read_bytes() == before, "the ledger is untouched"

    first.rename(folder / "a-final.md")
    assert _checked(folder / "a-final.md", "--ledger", str(ledger)) == 1  # unlocatable note: exit 1
    assert ledger.read_bytes().startswith(before) and len(ledger.read_bytes()) > len(before)


def test_a_ledger_naming_a_report_that_cannot_exist_is_taken(folder: Path) -> None:
    ledger = folder / "x.ledger.jsonl"
    ledger.write_bytes(b'{"kind":"run","report":{"path":"a\\u0000.md"}}\n')  # a NUL: no such file

    check_ledger_follows_report(ledger, _report(folder, "b.md"))


def test_the_refusal_escapes_the_names_a_ledger_gives(folder: Path) -> None:
    hostile = "a\x1b[31m.md"
    other = _report(folder, hostile)
    _checked(other)
    ledger = folder / f"{hostile}.ledger.jsonl"

    with pytest.raises(UsageError) as refused:
        check_ledger_follows_report(ledger, _report(folder, "b.md"))

    assert "\x1b" not in str(refused.value) and "\\x1b" in str(refused.value)


def test_a_shared_ledger_another_reports_check_appended_to_while_this_one_waited_for_its_lock_is_refused(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two checks of two reports given one new --ledger at once: both find no run in it before the lock; the
    # one that waited for the lock finds the other's run there once it holds it.
    first, second = _report(folder, "a.md"), _report(folder, "b.md", day=22)
    ledger = folder / "shared.jsonl"
    enter = LedgerWriter.__enter__
    other_run: list[bytes] = []

    def other_check_holds_the_lock_first(writer: LedgerWriter) -> LedgerWriter:
        if not other_run:
            other_run.append(b"")
            assert _checked(first, "--ledger", str(ledger)) == 1  # its unlocatable note: exit 1
            other_run[0] = ledger.read_bytes()
        return enter(writer)

    monkeypatch.setattr(LedgerWriter, "__enter__", other_check_holds_the_lock_first)
    capsys.readouterr()

    assert _checked(second, "--ledger", str(ledger)) == 2
    err = capsys.readouterr().err
    assert err.startswith("provenance: error: --ledger ") and "a ledger follows one report" in err, err
    assert "a.md" in err and "b.md" in err
    assert ledger.read_bytes() == other_run[0], "only the other report's run is in the ledger"


def test_a_shared_ledger_of_the_same_report_checked_twice_at_once_takes_both_runs(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    report = _report(folder, "a.md")
    ledger = folder / "shared.jsonl"
    enter = LedgerWriter.__enter__
    other_run: list[bool] = []

    def other_check_holds_the_lock_first(writer: LedgerWriter) -> LedgerWriter:
        if not other_run:
            other_run.append(True)
            assert _checked(report, "--ledger", str(ledger)) == 1
        return enter(writer)

    monkeypatch.setattr(LedgerWriter, "__enter__", other_check_holds_the_lock_first)

    assert _checked(report, "--ledger", str(ledger)) == 1
    assert ledger.read_bytes().count(b'"kind":"run"') == 2


@pytest.mark.parametrize(
    ("ledger", "options", "what"),
    [
        ("a.md", [], "is a report being checked"),
        ("./sub/../a.md", [], "is a report being checked"),
        ("cites.json", ["--citations", "cites.json"], "is the citations file"),
    ],
    ids=["report", "report-spelt-otherwise", "citations-file"],
)
def test_a_ledger_named_as_an_input_of_the_run_is_refused_as_that_input(
    folder: Path, capsys: pytest.CaptureFixture[str], ledger: str, options: list[str], what: str
) -> None:
    report = _report(folder, "a.md")
    (folder / "sub").mkdir()
    (folder / "cites.json").write_text('[{"id": "1", "author": "Desk"}]', encoding="utf-8")
    before = report.read_bytes()

    code = _checked(report, "--ledger", ledger, *options)

    out, err = capsys.readouterr()
    assert (code, out) == (2, ""), err
    assert len(err.splitlines()) == 1 and what in err and "name another file" in err, err
    assert "repair" not in err, "the user was told to repair the report as a broken ledger"
    assert report.read_bytes() == before
    assert not list(folder.glob("*.ledger.jsonl"))


def test_a_ledger_of_its_own_name_beside_the_report_is_written(folder: Path) -> None:
    report = _report(folder, "a.md")
    assert _checked(report, "--ledger", "a.jsonl") == 1  # unlocatable: no link, yet checked and recorded
    assert b'"kind":"run"' in (folder / "a.jsonl").read_bytes()


def test_no_output_replaces_a_report_an_earlier_run_of_the_ledger_checked(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    draft = _report(folder, "draft.md")
    _checked(draft, "--ledger", "brief.ledger.jsonl")
    final = folder / "final.md"
    draft.rename(final)
    assert _checked(final, "--ledger", "brief.ledger.jsonl") == 1  # a renamed report goes on with its ledger
    _report(folder, "draft.md")  # the draft restored beside it
    capsys.readouterr()

    for option in ("--html", "--sarif", "--junit"):
        assert _checked(final, "--ledger", "brief.ledger.jsonl", option, "draft.md") == 2, option
        out, err = capsys.readouterr()
        assert out == "" and len(err.splitlines()) == 1, err
        assert "draft.md: is a report an earlier run of the ledger checked" in err, err
        assert (folder / "draft.md").read_text(encoding="utf-8") == NOTE.format(day=21), "the draft is kept"


def test_a_reports_cited_speakers_are_its_notes_authors_and_accounts(tmp_path: Path) -> None:
    # `Rybar: “…”[1]` citing WarGonzo's post passed: the check saw one note, not that the report cites Rybar.
    report = tmp_path / "report.md"
    report.write_text(
        'Rybar: "The convoy crossed."[^1] Later.[^2] The desk.[^3]\n\n'
        "[^1]: WarGonzo, Telegram, 21 January 2022, https://t.me/wargonzo/1\n"
        "[^2]: https://t.me/rybar/7\n"
        "[^3]: Жёлтый Рыбарь, Telegram, 22 January 2022, https://t.me/zheltyi_rybar/3\n",
        encoding="utf-8",
    )
    names = cited_speakers(cite_footnotes(read_report(report), None))
    assert {"wargonzo", "rybar", "zheltyirybar"} <= names
    assert cited_speakers(()) == frozenset()


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("accounts.csv", b"name,aliases,platform,handle\nRybar,,telegram,rybar\n"),
        ("other.md", b"# Brief\n\nA claim.[^1]\n\n[^1]: Rybar, Telegram, January 21, 2022.\n"),
        ("bundle.wacz", b"PK\x03\x04\x14\x00\x00\x00\x08\x00"),
        ("view.html", b"<!doctype html><html><body>a view</body></html>\n"),
    ],
    ids=["csv", "report", "bundle", "view"],
)
def test_a_ledger_option_naming_a_file_that_is_no_ledger_is_refused_without_asking_to_repair_it(
    folder: Path, capsys: pytest.CaptureFixture[str], name: str, content: bytes
) -> None:
    # It was "ledger accounts.csv, line 2: not a ledger line ...; repair or move the ledger first": an
    # invitation to edit a file that was never a ledger (a report, a CSV, a bundle, an HTML view).
    report = _report(folder, "a.md")
    named = folder / name
    named.write_bytes(content)
    assert _checked(report, "--ledger", name) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1, err
    assert f"--ledger {name}: is a file but not a ledger" in err and "name a ledger or a new file" in err
    assert "repair" not in err
    assert named.read_bytes() == content, "nothing appended"
    assert not (folder / "archives").exists()


def test_a_ledger_option_naming_a_ledger_a_new_file_or_an_empty_one_is_taken(folder: Path) -> None:
    report = _report(folder, "a.md")
    assert _checked(report, "--ledger", "new.jsonl") == 1  # an unlocatable note: exit 1, the run appended
    assert (folder / "new.jsonl").read_bytes().startswith(b"{")
    assert _checked(report, "--ledger", "new.jsonl") == 1  # appended to again: it is a ledger
    (folder / "empty.jsonl").write_bytes(b"")
    assert _checked(report, "--ledger", "empty.jsonl") == 1
