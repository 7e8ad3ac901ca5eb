"""`check` in CI: report globs, one ledger per report, SARIF and JUnit files, Actions annotations, streams."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from provenance import cli
from tests.support.servers import FixtureServer, Reply

LINKED = "Claim.[^1]\n\n[^1]: Desk, January 21, 2022, http://news.example/a\n"
UNLINKED = "Claim.[^1]\n\n[^1]: Telegram, January 21, 2022.\n"


@pytest.fixture
def docs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    (tmp_path / "docs" / "deep").mkdir(parents=True)
    (tmp_path / "docs" / "a.md").write_text(LINKED, encoding="utf-8")
    (tmp_path / "docs" / "deep" / "b.md").write_text(UNLINKED, encoding="utf-8")
    (tmp_path / "docs" / "notes.txt").write_text("not a match", encoding="utf-8")
    (tmp_path / "docs" / "a.verified.md").write_text(LINKED, encoding="utf-8")
    return tmp_path


def _check(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(["check", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_glob_is_expanded_by_the_tool_with_one_ledger_per_report(
    docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _check(capsys, "docs/**/*.md", "--offline", "--json")
    assert code == 1
    reports = json.loads(out)["reports"]
    assert [r["report"] for r in reports] == ["docs/a.md", "docs/deep/b.md"], "verified copies are left out"
    assert (docs / "docs" / "a.md.ledger.jsonl").is_file()
    assert (docs / "docs" / "deep" / "b.md.ledger.jsonl").is_file()


def test_a_pattern_that_catches_ledgers_does_not_check_them_as_reports(
    docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `check 'docs/*'` once, then again: the second run must not read the first run's ledgers, journals or
    # a `locate` citations file as reports (each would grow a `.ledger.jsonl.ledger.jsonl` of its own).
    (docs / "docs" / "a.md.citations.json").write_text("[]", encoding="utf-8")
    assert _check(capsys, "docs/*", "--offline", "--json")[0] == 1
    (docs / "docs" / "a.md.ledger.jsonl.journal").write_text("", encoding="utf-8")
    code, out, _ = _check(capsys, "docs/*", "--offline", "--json")
    assert code == 1
    assert [r["report"] for r in json.loads(out)["reports"]] == ["docs/a.md", "docs/notes.txt"]
    assert not list(docs.glob("docs/*.ledger.jsonl.ledger.jsonl"))
    assert not (docs / "docs" / "a.md.citations.json.ledger.jsonl").exists()


def test_a_pattern_that_matches_nothing_is_a_usage_error_that_writes_nothing(
    docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _check(capsys, "reports/**/*.md", "--offline", "--sarif", "out.sarif")
    assert code == 2 and out == ""
    assert err.strip() == "provenance: error: reports/**/*.md: no report matches this pattern"
    assert not (docs / "out.sarif").exists()


@pytest.mark.parametrize(
    ("report", "option"),
    [(os.fsdecode(b"bad\xff.md"), []), ("good.md", ["--archive-dir", os.fsdecode(b"arch\xff")])],
)
def test_a_report_or_archive_folder_whose_name_is_not_utf8_is_a_user_error_before_anything_is_written(
    docs: Path, capsys: pytest.CaptureFixture[str], report: str, option: list[str]
) -> None:
    # A checkout may hold any bytes in a name: the ledger (UTF-8 JSON) could not record it, and the run
    # stopped as an internal error (exit 3) once its captures were made.
    (docs / "docs" / report).write_text(UNLINKED, encoding="utf-8")
    before = sorted(docs.rglob("*"))
    code, out, err = _check(capsys, "docs/*.md", "--offline", "--sarif", "out.sarif", *option)
    assert (code, out) == (2, "")
    assert err.startswith("provenance: error: ") and err.count("\n") == 1
    assert "is not UTF-8" in err and "\\xff" in err
    assert sorted(docs.rglob("*")) == before, "nothing written"


def test_sarif_and_junit_files_are_written_for_every_report(
    docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _check(
        capsys, "docs/a.md", "docs/deep/b.md", "--offline", "--sarif", "out.sarif", "--junit", "out.xml"
    )
    assert code == 1
    sarif = json.loads((docs / "out.sarif").read_text(encoding="utf-8"))
    located = {
        (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["ruleId"])
        for r in sarif["runs"][0]["results"]
    }
    # b.md's note names neither a link nor an author: a result under each check that failed.
    assert located == {("docs/a.md", "captured"), ("docs/deep/b.md", "locator"), ("docs/deep/b.md", "schema")}
    assert '<testsuite name="docs/deep/b.md"' in (docs / "out.xml").read_text(encoding="utf-8")
    assert "[1]" in out, "the human table still goes to stdout"
    assert not list(docs.glob(".out.*")), "no temporary file is left behind"


def test_a_run_that_fails_before_writing_leaves_no_earlier_runs_sarif_or_junit_to_be_read_as_its_own(
    docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The earlier run's files stayed: the upload step after a run stopped by a missing report sent them again.
    outputs = ["--sarif", "out.sarif", "--junit", "out.xml"]
    assert _check(capsys, "docs/a.md", "--offline", *outputs)[0] == 1
    (docs / "archives").mkdir(exist_ok=True)
    (docs / "archives" / "kept.sarif").write_bytes((docs / "out.sarif").read_bytes())
    (docs / "other.xml").write_text("<testsuites name='another tool'/>\n", encoding="utf-8")

    code, out, err = _check(capsys, "docs/missing.md", "--offline", *outputs)
    assert code == 2 and out == "" and "docs/missing.md" in err
    assert not (docs / "out.sarif").exists() and not (docs / "out.xml").exists()

    assert _check(capsys, "docs/missing.md", "--offline", "--junit", "other.xml")[0] == 2
    assert _check(capsys, "docs/missing.md", "--offline", "--sarif", "archives/kept.sarif")[0] == 2
    assert (docs / "other.xml").read_text(encoding="utf-8").startswith("<testsuites name='another tool'")
    assert (docs / "archives" / "kept.sarif").exists(), "nothing in the archive folder is removed"


def test_an_output_path_in_a_missing_folder_stops_the_run_before_anything_is_written(
    docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _check(capsys, "docs/a.md", "--offline", "--junit", "no/such/out.xml")
    assert code == 2 and out == ""
    assert "no such folder for the JUnit file; create it first or name another" in err, "what to do, too"
    assert not (docs / "docs" / "a.md.ledger.jsonl").exists()


@pytest.mark.tampers_with_evidence  # its WARC files are a few bytes, not WARC
@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--html", "docs/a.md"], "docs/a.md: is a report being checked; the HTML view would replace it"),
        (["--sarif", "docs/a.md.ledger.jsonl"], "is a ledger; the SARIF file would replace it"),
        (["--junit", "./docs/a.md.ledger.jsonl.lock"], "is a ledger's lock"),
        (["--html", "archives/view.html"], "is in the archive folder archives"),
        (["--html", "old/a.warc.gz"], "old/a.warc.gz: is evidence"),
        (["--html", "docs/link.html"], "docs/link.html: is a report being checked"),
        (
            ["--html", "v.html", "--attach", "--junit", "docs/a.verified.md"],
            "named for both the JUnit file and",
        ),
        (
            ["--sarif", "out.x", "--junit", "docs/../out.x"],
            "named for both the SARIF file and the JUnit file",
        ),
        (["--citations", "c.json", "--html", "c.json"], "c.json: is the citations file"),
    ],
)
def test_an_output_that_would_replace_an_input_the_ledger_or_evidence_stops_the_run_first(
    docs: Path, capsys: pytest.CaptureFixture[str], argv: list[str], says: str
) -> None:
    # A first run: the ledger it would write over (`--sarif docs/a.md.ledger.jsonl`) does not exist yet.
    (docs / "archives").mkdir()
    (docs / "archives" / "view.html").write_text("kept beside the evidence")
    (docs / "old").mkdir()
    (docs / "old" / "a.warc.gz").write_bytes(b"evidence")
    (docs / "docs" / "link.html").symlink_to("a.md")
    (docs / "c.json").write_text("[]", encoding="utf-8")
    before = {path: path.read_bytes() for path in docs.rglob("*") if path.is_file()}

    code, out, err = _check(capsys, "docs/a.md", "--offline", *argv)

    assert code == 2 and out == "" and len(err.splitlines()) == 1 and says in err
    assert {path: path.read_bytes() for path in docs.rglob("*") if path.is_file()} == before, (
        "nothing written"
    )


def test_the_table_goes_to_stdout_unless_json_owns_it(docs: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, err = _check(capsys, "docs/a.md", "--offline")
    assert "[1]" in out and "[1]" not in err
    _, out, err = _check(capsys, "docs/a.md", "--offline", "--json")
    assert json.loads(out)["reports"] and "[1]" in err


@pytest.mark.parametrize(
    ("option", "starts"),
    [("--sarif", '{\n  "$schema"'), ("--junit", "<?xml"), ("--html", "<!DOCTYPE html>")],
)
def test_an_output_path_of_a_dash_prints_that_output_on_stdout_and_the_table_on_stderr(
    docs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, option: str, starts: str
) -> None:
    # `--sarif -` wrote a file named `-`; users of lychee, ruff and most CI tools read `-` as stdout. Under
    # GitHub Actions the annotations step aside too, as for --json: stdout holds the one document.
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    code, out, err = _check(capsys, "docs/a.md", "docs/deep/b.md", "--offline", option, "-")
    assert code == 1
    assert out.startswith(starts), out[:200]
    assert not (docs / "-").exists(), "no file named -"
    assert "[1]" in err and "::error file=docs/deep/b.md" in err
    assert "::error" not in out
    if option == "--sarif":
        results = json.loads(out)["runs"][0]["results"]
        assert {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results} == {
            "docs/a.md",
            "docs/deep/b.md",
        }
    if option == "--html":
        assert "docs/a.md.ledger.jsonl" in out, "the view of this run's ledgers"


def test_a_file_named_dash_is_still_written_as_dot_slash_dash(
    docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _check(capsys, "docs/a.md", "--offline", "--junit", "./-")
    assert code == 1 and "[1]" in out
    assert (docs / "-").read_text(encoding="utf-8").startswith("<?xml")


def test_an_empty_part_of_a_matrix_prints_its_output_on_stdout_too(
    docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = _check(capsys, "docs/a.md", "--offline", "--shard", "2/2", "--sarif", "-")
    assert code == 0
    assert json.loads(out)["runs"][0]["results"] == []


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (["--json", "--sarif", "-"], "--json and --sarif -: each would print on standard output"),
        (["--sarif", "-", "--junit", "-"], "--sarif - and --junit -: each would print on standard output"),
        (["--junit", "-", "--html", "-", "--json"], "--json and --junit - and --html -: each would print"),
    ],
)
def test_two_outputs_on_stdout_are_a_usage_error_before_anything_is_fetched_or_written(
    docs: Path,
    capsys: pytest.CaptureFixture[str],
    fixture_server: FixtureServer,
    argv: list[str],
    says: str,
) -> None:
    fixture_server.routes["/a"] = Reply(body=b"<html><body><p>An article.</p></body></html>")
    before = sorted(docs.rglob("*"))
    code, out, err = _check(
        capsys,
        "docs/a.md",
        "--connect-to",
        f"::127.0.0.1:{fixture_server.port}",
        "--no-archive-lookup",
        *argv,
    )
    assert (code, out) == (2, "")
    assert err.startswith(f"provenance: error: {says}") and err.count("\n") == 1, err
    assert fixture_server.total_hits == 0, "nothing fetched"
    assert sorted(docs.rglob("*")) == before, "nothing written"


def test_quiet_prints_nothing_but_still_writes_the_files(
    docs: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _check(capsys, "docs/a.md", "--offline", "-q", "--sarif", "out.sarif")
    assert (code, out, err) == (1, "", "")
    assert (docs / "out.sarif").is_file()


def test_github_actions_gets_one_annotation_per_unverified_footnote(
    docs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    _, out, _ = _check(capsys, "docs/deep/b.md", "--offline", "-q")
    (line,) = out.splitlines()
    assert line.startswith(
        "::error file=docs/deep/b.md,line=3,title=provenance%3A footnote [1] unlocatable::locator fail: "
        "no URL or other locator"
    )
    _, out, err = _check(capsys, "docs/deep/b.md", "--offline", "-q", "--json")
    assert json.loads(out) and "::error file=docs/deep/b.md" in err, "annotations keep out of the JSON"


def test_a_step_run_inside_the_repository_names_reports_from_its_root(
    docs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A CI step with `working-directory: docs` gave `file=deep/b.md` and a SARIF URI `deep/b.md` (JUnit too):
    # code scanning, the runner and JUnit readers could not place them on docs/deep/b.md.
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(docs))
    monkeypatch.chdir(docs / "docs")
    _, out, _ = _check(
        capsys, "deep/b.md", str(docs / "docs" / "a.md"), "--offline", "-q", "--sarif", "x.sarif",
        "--junit", "x.xml",
    )  # fmt: skip
    assert [line.split(",")[0] for line in out.splitlines()] == [
        "::error file=docs/deep/b.md",
        "::error file=docs/a.md",
    ]
    sarif = json.loads((docs / "docs" / "x.sarif").read_text(encoding="utf-8"))
    uris = {location["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]
            for location in r["locations"]}  # fmt: skip
    assert uris == {"docs/deep/b.md", "docs/a.md"}
    junit = (docs / "docs" / "x.xml").read_text(encoding="utf-8")
    assert 'file="docs/deep/b.md"' in junit and 'file="docs/a.md"' in junit


def test_a_step_in_a_workspace_reached_through_a_symlink_names_reports_from_its_root(
    docs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A runner whose work folder is a symlink (to a larger disk): GITHUB_WORKSPACE names the checkout through
    # the link, while the current folder is known only by its real path. `file=deep/b.md` was given.
    link = docs.parent / f"{docs.name}-link"
    link.symlink_to(docs, target_is_directory=True)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(link))
    monkeypatch.chdir(link / "docs")
    _, out, _ = _check(capsys, "deep/b.md", "--offline", "-q", "--sarif", "x.sarif")
    assert out.startswith("::error file=docs/deep/b.md,line=3,")
    sarif = json.loads((docs / "docs" / "x.sarif").read_text(encoding="utf-8"))
    uris = {
        r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in sarif["runs"][0]["results"]
    }
    assert uris == {"docs/deep/b.md"}


def test_sarif_and_junit_name_the_ledgers_as_they_name_the_reports_never_by_the_runner_s_absolute_path(
    docs: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # Reports named by absolute paths in a workflow (`$GITHUB_WORKSPACE/docs/a.md`) were placed from the
    # checkout's root, but each ledger (and the invocation's report) kept the runner's absolute path.
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_WORKSPACE", str(docs))
    monkeypatch.chdir(docs / "docs")
    _check(
        capsys, str(docs / "docs" / "a.md"), "deep/b.md", "--offline", "-q", "--sarif", "x.sarif",
        "--junit", "x.xml",
    )  # fmt: skip
    sarif_text = (docs / "docs" / "x.sarif").read_text(encoding="utf-8")
    junit = (docs / "docs" / "x.xml").read_text(encoding="utf-8")
    assert str(docs) not in sarif_text and str(docs) not in junit
    (run,) = json.loads(sarif_text)["runs"]
    assert list(dict.fromkeys(r["properties"]["ledger"] for r in run["results"])) == [
        "docs/a.md.ledger.jsonl",
        "docs/deep/b.md.ledger.jsonl",
    ]
    assert [(e["report"], e["ledger"]) for e in run["invocations"][0]["properties"]["ledgers"]] == [
        ("docs/a.md", "docs/a.md.ledger.jsonl"),
        ("docs/deep/b.md", "docs/deep/b.md.ledger.jsonl"),
    ]
    assert '<property name="ledger" value="docs/a.md.ledger.jsonl" />' in junit


ARTICLE = (
    b"<html><head><title>Claim</title><meta property='article:published_time' content='2022-01-21T10:00:00Z'>"
    b"<meta name='author' content='Lina Haddad'></head><body><p>The claim, in full.</p></body></html>"
)
# The note names the writer the page credits (a byline of a desk alone, `Desk`, names no writer: a note citing
# it cannot be verified on its author).
WRITTEN = "Claim.[^1] Claim two.[^2]\n\n[^1]: Lina Haddad, January 21, 2022, http://news.example/a\n"


def test_a_marker_whose_footnote_is_missing_is_never_a_pass_nor_a_clean_lint(
    docs: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    # `Claim two.[^2]` with no `[^2]:` note cites a source nobody can check: exit 0 said all was verified.
    fixture_server.routes["/a"] = Reply(body=ARTICLE)
    (docs / "r.md").write_text(WRITTEN, encoding="utf-8")
    rule = f"news.example:80:127.0.0.1:{fixture_server.port}"
    code, out, _ = _check(capsys, "r.md", "--connect-to", rule, "--no-archive-lookup", "--json")
    (report,) = json.loads(out)["reports"]
    assert [f["status"] for f in report["footnotes"]] == ["verified"], "the note that exists is verified"
    assert code == 1

    code, out, _ = _check(capsys, "r.md", "--lint")
    assert code == 1
    assert "r.md:1: error: marker 2 on line 1 has no footnote" in out
