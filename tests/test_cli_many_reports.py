"""A fact-checking desk's run over many reports: one capture pool shared by them, and `--shard I/N` to split
a report list across the machines of a CI matrix."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance import cli
from tests.support.servers import FixtureServer, hold_at_limit


def _report(*paths: str) -> str:
    body = " ".join(f"Claim {n}.[^{n}]" for n in range(1, len(paths) + 1))
    notes = "\n".join(
        f"[^{n}]: Desk, January 21, 2022, http://news.example{path}" for n, path in enumerate(paths, 1)
    )
    return f"{body}\n\n{notes}\n"


def _check(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(["check", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_captures_of_several_reports_share_one_pool_and_its_per_host_limit(
    fixture_server: FixtureServer, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two reports, two footnotes each, all on one host. Shared by the reports, the pool has three of the four
    # in flight at once (one report alone has only two); the per-host limit of three holds across reports.
    fixture_server.routes["/slow"] = hold_at_limit(3)
    for name in ("a", "b"):
        (tmp_path / f"{name}.md").write_text(_report("/slow", "/slow"), encoding="utf-8")
    code, out, _ = _check(
        capsys, str(tmp_path / "a.md"), str(tmp_path / "b.md"), "--json", "--jobs", "8", "--per-host", "3",
        "--connect-to", str(fixture_server.rule("news.example")), "--archive-dir", str(tmp_path / "archives"),
        "--no-archive-lookup",
    )  # fmt: skip
    assert code == 1  # the page is not the cited source; what matters here is how it was fetched
    assert fixture_server.max_in_flight == 3
    reports = json.loads(out)["reports"]
    assert [len(report["footnotes"]) for report in reports] == [2, 2]
    for name in ("a", "b"):  # each report still has its own ledger, with one run
        lines = (tmp_path / f"{name}.md.ledger.jsonl").read_text(encoding="utf-8").splitlines()
        assert [json.loads(line)["kind"] for line in lines] == ["run", "footnote", "footnote", "summary"]


@pytest.fixture
def desk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    for n in range(7):
        (tmp_path / "reports" / f"r{n}.md").write_text("Claim.[^1]\n\n[^1]: Telegram, January 21, 2022.\n")
    return tmp_path


def _ledgers(folder: Path) -> set[str]:
    return {path.name for path in (folder / "reports").glob("*.ledger.jsonl")}


def test_the_parts_of_a_shard_split_check_every_report_once(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    parts = []
    for index in (1, 2, 3):
        before = _ledgers(desk)
        _check(capsys, "reports/*.md", "--offline", "-q", "--shard", f"{index}/3")
        parts.append(_ledgers(desk) - before)
    assert sorted(len(part) for part in parts) == [2, 2, 3]  # balanced to one report
    assert set().union(*parts) == {f"r{n}.md.ledger.jsonl" for n in range(7)}


def test_a_part_is_chosen_by_the_reports_paths_not_by_how_the_command_names_them(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _check(capsys, "reports/*.md", "--offline", "-q", "--shard", "2/3")
    by_pattern = _ledgers(desk)
    for ledger in (desk / "reports").glob("*.ledger.jsonl"):
        ledger.unlink()
    listed = [f"./reports/r{n}.md" for n in reversed(range(7))]
    _check(capsys, *listed, "--offline", "-q", "--shard", "2/3")
    assert _ledgers(desk) == by_pattern


def test_an_empty_part_checks_nothing_and_passes_with_a_note(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _check(capsys, "reports/r0.md", "--offline", "--shard", "2/2")
    assert code == 0
    assert "--shard 2/2: none of the 1 reports is in this part" in err
    assert _ledgers(desk) == set()


def test_an_empty_part_still_writes_the_files_a_ci_job_uploads(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A matrix job whose part is empty left no SARIF file (the upload step failed), no JUnit artifact, and
    # an empty stdout under --json.
    code, out, _ = _check(
        capsys,
        "reports/r0.md",
        "--offline",
        "--shard",
        "2/2",
        "--sarif",
        "e.sarif",
        "--junit",
        "e.xml",
        "--json",
    )
    assert code == 0 and json.loads(out) == {"reports": [], "stopped": False}
    sarif = json.loads((desk / "e.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0" and sarif["runs"][0]["results"] == []
    assert 'tests="0" failures="0"' in (desk / "e.xml").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "spec",
    ["0/3", "4/3", "1/0", "2", "a/b", "1/10001", "\u00b2/3", pytest.param("1/" + "9" * 5000, id="1/9999…")],
)
def test_a_shard_that_is_not_i_of_n_is_a_usage_error(
    spec: str, desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _check(capsys, "reports/r0.md", "--offline", "--shard", spec)
    assert code == 2
    assert err.count("\n") == 1 and "--shard" in err
    assert _ledgers(desk) == set()


def test_a_mistake_is_one_on_every_machine_of_the_matrix(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # --ledger names one report's ledger: with seven reports it is a usage error in every part, even in a
    # part that holds one report, or none.
    for part in ("1/7", "1/8", "8/8"):
        code, _, err = _check(capsys, "reports/*.md", "--offline", "--shard", part, "--ledger", "one.jsonl")
        assert code == 2, part
        assert "--ledger names one ledger" in err
    code, _, err = _check(
        capsys, "reports/r0.md", "--offline", "--shard", "2/2", "--citations", "missing.json"
    )
    assert code == 2 and "missing.json" in err
    assert _ledgers(desk) == set()


@pytest.mark.parametrize(
    ("option", "environ", "message"),
    [
        (["--sign", "bad.key"], {}, "bad.key: not a PEM private key"),
        ([], {"PROVENANCE_TIMEGATE": "notaurl"}, "$PROVENANCE_TIMEGATE: 'notaurl' is not an absolute"),
    ],
)
def test_a_bad_key_or_timegate_stops_every_part_of_a_matrix_even_one_with_no_report(
    desk: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    option: list[str],
    environ: dict[str, str],
    message: str,
) -> None:
    # The part with reports stopped with exit 2; the part with none said "nothing checked" and exited 0.
    (desk / "bad.key").write_text("not a key\n", encoding="utf-8")
    for name, value in environ.items():
        monkeypatch.setenv(name, value)
    for part in ("1/2", "2/2"):
        code, out, err = _check(capsys, "reports/r0.md", "--shard", part, "-q", *option)
        assert (code, out) == (2, ""), part
        assert err.startswith(f"provenance: error: {message}") and err.count("\n") == 1, part
    assert _ledgers(desk) == set()


def test_one_citations_file_for_several_reports_is_a_usage_error_in_every_part_and_in_a_lint(
    desk: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Its ids are one report's note labels: given to `reports/*.md`, it gave its URL for [1] to note [1] of
    # all seven reports, whose captures of a source none of them cites were then checked as theirs.
    (desk / "r0.citations.json").write_text(
        '[{"id": "1", "URL": "https://t.me/rybar/999", "author": [{"literal": "Rybar"}]}]', encoding="utf-8"
    )
    for argv in (["--offline"], ["--offline", "--shard", "8/8"], ["--lint"]):
        code, out, err = _check(capsys, "reports/*.md", "--citations", "r0.citations.json", *argv)
        assert (code, out) == (2, ""), argv
        assert err == (
            "provenance: error: --citations r0.citations.json: its ids name the notes of one report, but 7 "
            "reports were given; check each report with its own citations file\n"
        ), argv
    assert _ledgers(desk) == set()
    code, _, _ = _check(capsys, "reports/r0.md", "--citations", "r0.citations.json", "--lint")
    assert code == 0, "one report and its citations file: the URL and author complete its note"
