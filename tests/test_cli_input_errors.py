"""Bad input: one line on stderr naming the problem, nothing on stdout, exit 2, nothing written."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from provenance import cli, pipeline

ASSETS = Path(__file__).parent / "assets" / "cli"


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    for asset in ASSETS.iterdir():
        shutil.copy(asset, tmp_path / asset.name)
    return tmp_path


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _assert_user_error(code: int, out: str, err: str, *needles: str) -> None:
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1, err
    assert "Traceback" not in err
    for needle in needles:
        assert needle in err


@pytest.mark.parametrize(
    ("argv", "needles"),
    [
        (["check", "no-such-report.md"], ["no-such-report.md", "no such file"]),
        (["check", "."], ["directory"]),
        (["check", "binary_file.txt"], ["binary_file.txt", "binary"]),
        (["check", "latin1_encoding.txt"], ["latin1_encoding.txt", "UTF-8"]),
        (["extract", "no-such-report.md"], ["no such file"]),
        # An empty path was read as the current folder ("., is a directory").
        (["check", ""], ["an empty report path"]),
        (["extract", ""], ["REPORT", "an empty path"]),
        (["check", "telegram_without_url.txt", "--citations", ""], ["--citations", "an empty path"]),
        (
            ["check", "telegram_without_url.txt", "--citations", "citations_not_an_array.json"],
            ["citations_not_an_array.json"],
        ),
        (
            ["check", "telegram_without_url.txt", "--citations", "citations_truncated_json.json"],
            ["citations_truncated_json.json"],
        ),
        (["check", "telegram_without_url.txt", "--citations", "missing.json"], ["missing.json"]),
        (["check", "telegram_without_url.txt", "--jobs", "0"], ["--jobs"]),
        (["check", "telegram_without_url.txt", "--timeout", "soon"], ["--timeout"]),
        (["check", "telegram_without_url.txt", "--max-bytes", "lots"], ["--max-bytes"]),
        (["check", "telegram_without_url.txt", "--connect-to", "nonsense"], ["--connect-to"]),
        (["extract", "telegram_without_url.txt", "--format", "xml"], ["--format"]),
        (["check", "--no-such-option", "telegram_without_url.txt"], ["--no-such-option"]),
        (["check", "a.md", "b.md", "--ledger", "one.jsonl"], ["--ledger"]),
        ([], ["choose a command"]),
    ],
    ids=[
        "missing-file",
        "directory",
        "binary-file",
        "unreadable-encoding",
        "extract-missing-file",
        "check-empty-path",
        "extract-empty-path",
        "citations-empty-path",
        "citations-not-an-array",
        "citations-truncated-json",
        "citations-missing",
        "jobs-zero",
        "timeout-not-a-number",
        "max-bytes-not-a-size",
        "connect-to-malformed",
        "unknown-format",
        "unknown-option",
        "ledger-with-two-reports",
        "no-command",
    ],
)
def test_bad_input_is_one_line_exit_2_and_writes_nothing(
    workdir: Path, capsys: pytest.CaptureFixture[str], argv: list[str], needles: list[str]
) -> None:
    before = sorted(p.name for p in workdir.iterdir())
    code, out, err = _run(capsys, *argv)
    _assert_user_error(code, out, err, *needles)
    assert sorted(p.name for p in workdir.iterdir()) == before, "bad input must not write anything"


def test_an_archive_folder_that_is_a_file_stops_the_run_before_any_ledger_line(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "archives").write_text("not a folder", encoding="utf-8")
    (workdir / "cited.txt").write_text(
        "Claim.[1]\n\n[1] Desk, January 21, 2022, http://news.example/a\n", encoding="utf-8"
    )
    code, out, err = _run(capsys, "check", "cited.txt", "--connect-to", "::127.0.0.1:9")
    _assert_user_error(code, out, err, "archives", "must be a folder")
    assert not (workdir / "cited.txt.ledger.jsonl").exists()


def test_empty_report_is_not_an_error_and_says_so(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "check", "empty_report.md")
    assert code == 0
    assert "no footnotes" in out
    assert not (workdir / "archives").exists(), "nothing to capture, so no archive folder"


def test_a_link_of_a_scheme_and_a_space_is_no_url_not_an_internal_error(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `href="http:// "` has a host (the space) until it is stripped as it is cited: it once made the citation
    # a URL with no host, refused by the citation schema (exit 3).
    code, out, err = _run(capsys, "extract", "link_of_a_scheme_and_a_space.html")
    assert code == 0, err
    (footnote,) = json.loads(out)["footnotes"]
    assert footnote["citation"]["url"] is None
    code, _, err = _run(capsys, "check", "link_of_a_scheme_and_a_space.html", "--offline", "-q")
    assert code == 1, err  # unlocatable, said as a finding


@pytest.fixture
def broken_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """A bug inside the pipeline: check_reports raises an unexpected exception."""

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(pipeline, "check_reports", broken)


@pytest.mark.usefixtures("broken_check")
def test_internal_error_is_exit_3_in_one_line(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "check", "telegram_without_url.txt", "--offline")
    assert code == 3
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "internal error" in err and "boom" in err and "--debug" in err


@pytest.mark.usefixtures("broken_check")
def test_debug_shows_the_traceback_of_an_internal_error(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = _run(capsys, "--debug", "check", "telegram_without_url.txt", "--offline")
    assert code == 3
    assert "Traceback" in err


@pytest.mark.parametrize("command", ["check", "extract"])
def test_a_report_of_more_footnotes_than_one_report_is_read_with_is_one_line_exit_2(
    workdir: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    # 200,000 notes in a 4.6 MB Markdown report took `check` 6.8 GB and 110 s: a bound, named in one line.
    body = "".join(f"Claim {k}.[^{k}]\n\n" for k in range(1, 20_002))
    (workdir / "long.md").write_text(body + "".join(f"[^{k}]: n\n\n" for k in range(1, 20_002)))
    before = sorted(p.name for p in workdir.iterdir())
    code, out, err = (
        _run(capsys, command, "long.md", "--offline")
        if command == "check"
        else _run(capsys, command, "long.md")
    )
    _assert_user_error(code, out, err, "long.md: more than 20,000 footnotes", "split it into parts")
    assert sorted(p.name for p in workdir.iterdir()) == before


@pytest.mark.parametrize(
    ("argv", "told"),
    [
        (
            ["check", "brief.md", "--ofline"],
            "--ofline (did you mean --offline?) (see: provenance check --help)",
        ),
        (["check", "brief.md", "--jbos=3"], "--jbos=3 (did you mean --jobs?) (see: provenance check --help)"),
        (
            ["check", "brief.md", "--offline", "--strict-qoutes"],
            "--strict-qoutes (did you mean --strict-quotes?) (see: provenance check --help)",
        ),
        (["extract", "brief.md", "--fromat", "csl"], "--fromat csl (did you mean --format?)"),
        (["check", "brief.md", "--bogus"], "arguments: --bogus (see: provenance check --help)"),  # none close
    ],
)
def test_a_misspelt_option_is_one_line_naming_the_option_meant(
    workdir: Path, capsys: pytest.CaptureFixture[str], argv: list[str], told: str
) -> None:
    code, out, err = _run(capsys, *argv)
    _assert_user_error(code, out, err, "provenance: error: unrecognized arguments: ", told)
    assert not (workdir / "brief.md.ledger.jsonl").exists()


@pytest.mark.parametrize(
    ("argv", "told"),
    [
        (
            ["check", "brief.md", "-o", "view.html"],
            "-o view.html (check takes no -o: it writes to --html PATH, --sarif PATH or --junit PATH, its "
            "WARC files to --archive-dir DIR)",
        ),
        (
            ["extract", "brief.md", "--output=notes.json"],
            "(extract takes no -o: it prints on stdout; to keep it in a file: > FILE)",
        ),
        (["schema", "-o", "out"], "(schema takes no -o: it writes to --out DIR)"),
    ],
)
def test_an_output_option_a_command_does_not_take_says_where_that_command_writes(
    workdir: Path, capsys: pytest.CaptureFixture[str], argv: list[str], told: str
) -> None:
    # `show -o` and `pack -o` name their output; `check -o view.html` said only "unrecognized arguments".
    code, out, err = _run(capsys, *argv)
    _assert_user_error(code, out, err, "provenance: error: unrecognized arguments: ", told)
    assert not (workdir / "brief.md.ledger.jsonl").exists() and not (workdir / "view.html").exists()
