"""`check --lint`, what the pre-commit hook runs: citations only, no network, nothing written; it fails only
on what it could check (a missing locator, an incomplete citation), never on a capture it did not make."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance import cli

COMPLETE = "Struck.[^1]\n\n[^1]: Rybar, Telegram, January 21, 2022, https://t.me/rybar/999.\n"
NO_LINK = (
    "Struck.[^1] Said.[^2]\n\n"
    "[^1]: Rybar, Telegram, January 21, 2022, https://t.me/rybar/999.\n"
    "[^2]: Telegram, January 21, 2022.\n"
)


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _lint(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(["check", "--lint", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_complete_citations_pass_without_any_capture_and_nothing_is_written(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "brief.md").write_text(COMPLETE, encoding="utf-8")
    code, out, _ = _lint(capsys, "brief.md")
    assert code == 0
    assert out == (
        "provenance --lint: 1 report, 1 footnote, 0 without a locator or a valid citation; "
        "nothing was fetched or verified\n"
    )
    assert sorted(path.name for path in folder.iterdir()) == ["brief.md"], "no ledger, no archive folder"


def test_a_footnote_without_a_locator_fails_with_its_file_and_line(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "brief.md").write_text(NO_LINK, encoding="utf-8")
    code, out, _ = _lint(capsys, "brief.md")
    assert code == 1
    assert "brief.md:4: error: [2] locator: no URL or other locator" in out
    assert "brief.md:4: error: [2] schema: no author" in out
    assert "[1]" not in out, "a footnote with nothing wrong is not listed"


def test_a_candidate_from_locate_is_a_warning_that_does_not_fail_the_hook(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "brief.md").write_text(NO_LINK, encoding="utf-8")
    (folder / "found.json").write_text(
        '[{"id": "2", "URL": "https://t.me/rybar/1000", "author": [{"literal": "Rybar"}],'
        ' "custom": {"located": "candidate"}}]',
        encoding="utf-8",
    )
    code, out, _ = _lint(capsys, "brief.md", "--citations", "found.json")
    assert code == 0
    assert "brief.md:4: warning: [2] locator: https://t.me/rybar/1000 is a candidate" in out


def test_a_report_that_contradicts_itself_is_warned_of_before_anything_is_fetched(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The body dates the post the 23rd and gives the words to Medvedev; the note says Rybar, the 21st.
    (folder / "brief.md").write_text(
        "On January 23, Dmitry Medvedev wrote: \u201cthe bridge is ours.\u201d[^1]\n\n"
        + COMPLETE.split("\n\n")[1],
        encoding="utf-8",
    )
    code, out, _ = _lint(capsys, "brief.md")
    assert code == 0, "warnings for a person to look at, not failures: the hook lets the commit through"
    assert (
        "brief.md:3: warning: [1] date: the note dates the post 2022-01-21, but the citing passage (line 1) "
        "says 2022-01-23: compare by hand" in out
    )
    assert (
        "brief.md:3: warning: [1] author: the note names 'Rybar', but the citing passage (line 1) gives"
        in out
    )


def test_markers_without_readable_notes_fail_unless_allowed(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "odd.txt").write_text(
        "A claim.[1] Another.[2]\n\nNothing below reads as notes.\n", encoding="utf-8"
    )
    code, out, _ = _lint(capsys, "odd.txt")
    assert code == 1 and "odd.txt:1: error: markers found but no notes" in out
    assert _lint(capsys, "odd.txt", "--allow-empty")[0] == 0


@pytest.mark.parametrize(
    "option", [["--sarif", "out.sarif"], ["--json"], ["--attach"], ["--ledger", "x.jsonl"]]
)
def test_an_option_that_would_write_or_fetch_is_refused_with_lint(
    folder: Path, capsys: pytest.CaptureFixture[str], option: list[str]
) -> None:
    (folder / "brief.md").write_text(COMPLETE, encoding="utf-8")
    code, out, err = _lint(capsys, "brief.md", *option)
    assert code == 2 and out == ""
    assert err == f"provenance: error: --lint writes nothing and fetches nothing: drop {option[0]}\n"


def test_a_signing_key_in_the_config_file_does_not_stop_a_lint(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (folder / "provenance.toml").write_text(
        'sign = "ci.key"\ntsa = ["http://tsa.example/"]\n', encoding="utf-8"
    )
    (folder / "brief.md").write_text(COMPLETE, encoding="utf-8")
    assert _lint(capsys, "brief.md")[0] == 0


def test_key_and_ca_files_a_ci_job_provides_stop_a_check_but_not_a_lint_on_a_machine_without_them(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The pre-commit hook lints on every author's machine; the signing key and CA bundle the settings file
    # names are put in place by the CI job alone. A lint reads neither, and stopped on both (exit 2).
    (folder / "provenance.toml").write_text('sign = "ci.key"\nca-bundle = "ci-ca.pem"\n', encoding="utf-8")
    (folder / "brief.md").write_text(COMPLETE, encoding="utf-8")
    code, _, err = _lint(capsys, "brief.md")
    assert (code, err) == (0, "")
    assert cli.main(["check", "brief.md", "--offline", "-q"]) == 2
    assert "provenance.toml: key 'sign': ci.key: no such file" in capsys.readouterr().err
    assert not (folder / "brief.md.ledger.jsonl").exists()


def test_a_citations_item_naming_no_footnote_is_said_by_a_lint_and_stops_a_strict_one(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A check warns of it, and --strict makes it a usage error; a lint said nothing and passed.
    (folder / "brief.md").write_text(COMPLETE, encoding="utf-8")
    (folder / "cit.json").write_text('[{"id": "7", "title": "A typo in the id"}]', encoding="utf-8")
    code, _, err = _lint(capsys, "brief.md", "--citations", "cit.json")
    assert code == 0 and "cit.json: item id '7' matches no footnote of the report" in err
    code, out, err = _lint(capsys, "brief.md", "--citations", "cit.json", "--strict")
    assert (code, out) == (2, "")
    assert err.strip().endswith("item id '7' matches no footnote of the report (--strict)")
    assert len(err.strip().splitlines()) == 1


def test_a_lint_in_a_ci_matrix_takes_only_its_part_of_the_reports(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `--shard I/N` splits the reports as a check does: each machine lints its part, every report once.
    for name in ("a", "b", "c"):
        (folder / f"{name}.md").write_text(NO_LINK, encoding="utf-8")
    linted = []
    for part in ("1/2", "2/2"):
        code, out, _ = _lint(capsys, "*.md", "--shard", part)
        assert code == 1
        linted.append(sorted({line.split(":")[0] for line in out.splitlines()[:-1]}))
    assert linted == [["a.md", "c.md"], ["b.md"]]
    code, out, err = _lint(capsys, "a.md", "--shard", "2/2")
    assert code == 0, "a part with no report lints nothing and passes"
    assert out.startswith("provenance --lint: 0 reports, 0 footnotes")
    assert "--shard 2/2: none of the 1 reports is in this part; nothing checked" in err
