"""`provenance verify` as a user meets it: exit codes, one-line errors, warnings, escaped output."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from provenance import cli
from tests.ledger.builders import LedgerFiles


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _assert_one_line_error(code: int, out: str, err: str, *needles: str) -> None:
    assert (code, out) == (2, ""), err
    assert len(err.strip().splitlines()) == 1, err
    assert err.count("provenance: error:") == 1, err
    for needle in needles:
        assert needle in err, err


def test_verify_of_a_report_instead_of_a_ledger_is_exit_2_not_a_ledger(
    ledger_files: LedgerFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    report = ledger_files.folder / "REPORT.txt"
    report.write_text("".join(f"Claim {n}.[{n}]\n" for n in range(1, 48)), encoding="utf-8")

    code, out, err = _run(capsys, "verify", "REPORT.txt")

    _assert_one_line_error(code, out, err, "REPORT.txt: a report, not a ledger")
    assert "run `provenance check REPORT.txt` first" in err


@pytest.mark.parametrize("special", ["/dev/zero", "/proc/self/pagemap"])
def test_verify_of_a_device_or_kernel_file_is_exit_2_unread(
    workdir: Path, capsys: pytest.CaptureFixture[str], special: str
) -> None:
    code, out, err = _run(capsys, "verify", special)

    _assert_one_line_error(code, out, err, special, "not a regular file")


def test_verify_of_a_fifo_is_exit_2_not_a_hang(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    os.mkfifo(workdir / "ledger.jsonl")

    code, out, err = _run(capsys, "verify", "ledger.jsonl")

    _assert_one_line_error(code, out, err, "FIFO")


def test_a_fifo_given_as_the_report_to_verify_is_exit_2_not_a_hang(
    ledger_files: LedgerFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    os.mkfifo(ledger_files.folder / "report.fifo")

    code, out, err = _run(capsys, "verify", str(ledger_files.ledger), "--report", "report.fifo")

    _assert_one_line_error(code, out, err, "report.fifo", "FIFO")


def test_a_missing_report_is_a_warning_exit_0_and_exit_1_under_strict(
    ledger_files: LedgerFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger_files.report.unlink()

    code, out, err = _run(capsys, "verify", str(ledger_files.ledger))
    assert code == 0
    assert "intact" in out and "report not checked" in out
    assert err.startswith("provenance: warning: the report") and "could not be compared" in err

    code, _, err = _run(capsys, "verify", str(ledger_files.ledger), "--strict")
    assert code == 1
    assert "could not be compared" in err


def test_under_strict_a_missing_report_is_a_problem_in_the_verdict_and_the_json(
    ledger_files: LedgerFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger_files.report.unlink()

    code, out, _ = _run(capsys, "verify", str(ledger_files.ledger), "--strict")
    assert code == 1
    assert "problem(s) found" in out and "not checked (--strict)" in out

    code, out, _ = _run(capsys, "verify", str(ledger_files.ledger), "--strict", "--json")
    document = json.loads(out)
    assert code == 1
    assert [problem["code"] for problem in document["problems"]] == ["not-checked"]
    assert "could not be compared" in document["problems"][0]["message"]


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_an_archive_dir_that_is_not_a_folder_is_a_usage_error_naming_the_option(
    ledger_files: LedgerFiles, capsys: pytest.CaptureFixture[str], kind: str
) -> None:
    given = ledger_files.folder / "nowhere" if kind == "missing" else ledger_files.report

    code, out, err = _run(capsys, "verify", str(ledger_files.ledger), "--archive-dir", str(given))

    _assert_one_line_error(code, out, err, "--archive-dir")


def test_a_missing_trust_key_file_is_a_usage_error_naming_the_option(
    ledger_files: LedgerFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(
        capsys, "verify", str(ledger_files.ledger), "--trust", str(ledger_files.folder / "signer.pub")
    )

    _assert_one_line_error(code, out, err, "--trust", "signer.pub")


def test_strict_is_still_exit_0_when_everything_was_checked(
    ledger_files: LedgerFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = _run(capsys, "verify", str(ledger_files.ledger), "--strict")

    assert (code, err) == (0, "")
    assert "report hash checked" in out


def test_moved_evidence_verifies_with_archive_dir_and_the_failure_names_the_option(
    ledger_files: LedgerFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    moved = ledger_files.folder / "case"
    moved.mkdir()
    for name in ("report.md", "report.md.ledger.jsonl"):
        shutil.move(ledger_files.folder / name, moved / name)
    shutil.move(ledger_files.folder / "archives", moved / "evidence")

    code, out, err = _run(capsys, "verify", "case/report.md.ledger.jsonl")
    assert code == 1
    assert "WARC file is missing" in out
    assert "--archive-dir" in err

    code, out, _ = _run(capsys, "verify", "case/report.md.ledger.jsonl", "--archive-dir", "case/evidence")
    assert code == 0, out
    assert "intact" in out and "1 WARC file, 2 records" in out


@pytest.mark.tampers_with_evidence
def test_terminal_control_bytes_from_a_damaged_warc_never_reach_the_terminal_or_the_json(
    ledger_files: LedgerFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger_files.warc.write_bytes(b"\x1b]0;owned\x07\x1b[2J\x1b[1;31mALL CLEAR\x1b[0m\r\n\x9b2J\n")

    code, out, _ = _run(capsys, "verify", str(ledger_files.ledger))
    assert code == 1
    assert "\x1b" not in out and "\x07" not in out and "\x9b" not in out
    assert "first line is not a WARC record's head (not shown)" in out, "the damage is named, not shown"

    code, out, _ = _run(capsys, "verify", str(ledger_files.ledger), "--json")
    document = json.loads(out)
    texts = [str(value) for problem in document["problems"] for value in problem.values()]
    assert all("\x1b" not in text and "\x07" not in text for text in texts)


def test_a_ledger_of_thousands_of_bad_lines_lists_100_problems_and_says_how_many_more(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "objects.jsonl").write_bytes(b"{}\n" * 1000)

    code, out, _ = _run(capsys, "verify", "objects.jsonl")

    assert code == 1
    assert out.splitlines()[0].startswith("objects.jsonl: 1000 problem(s) found")
    # The first 100, one problem found for each of lines 1 to 100: said once, naming them.
    listed = [line for line in out.splitlines() if line.startswith("  ✗")]
    assert listed == [
        "  ✗ lines 1-100, objects.jsonl: not a ledger line: Unable to extract tag using discriminator 'kind'"
    ]
    assert "… and 900 more problem(s), not listed (only the first 100 are)" in out

    code, out, _ = _run(capsys, "verify", "objects.jsonl", "--json")
    document = json.loads(out)
    assert (len(document["problems"]), document["more_problems"], document["intact"]) == (100, 900, False)


def test_controls_forged_into_a_ledgers_labels_and_operator_never_reach_the_terminal_or_the_json(
    ledger_files: LedgerFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    from provenance.hashing import sha256_file
    from provenance.ledger.writer import LedgerWriter
    from provenance.models import (
        Counts,
        FootnoteLine,
        ReportFormat,
        ReportRef,
        RunLine,
        SummaryLine,
        ToolInfo,
    )

    # A forger with the chain writes whole valid lines: only the text inside them is hostile.
    forged = "\x1b[2J\u202eevil\x9b1m\u2028next"
    report_sha256 = sha256_file(ledger_files.report)
    with LedgerWriter(ledger_files.ledger, report_sha256) as writer:
        writer.add(
            RunLine,
            tool=ToolInfo(name="provenance", version="0"),
            report=ReportRef(path="report.md", sha256=report_sha256, format=ReportFormat.MARKDOWN),
            operator=forged,
            host="localhost",
            options={},
        )
        first = json.loads(ledger_files.lines()[1])
        footnote = {key: first[key] for key in FootnoteLine.model_fields if key not in ("seq", "at", "prev")}
        writer.add(FootnoteLine, **{**footnote, "label": forged})
        writer.add(SummaryLine, counts=Counts(verified=1), total=1, seconds=0)

    for argv in (["verify", str(ledger_files.ledger)], ["verify", str(ledger_files.ledger), "--json"]):
        cli.main(argv)
        out = capsys.readouterr().out
        assert not any(c in out for c in "\x1b\u202e\x9b\u2028"), out
        assert "\\x1b" in out or "\\\\x1b" in out


def test_a_relative_archive_dir_meant_from_the_ledgers_folder_is_named_as_it_is_from_here(
    ledger_files: LedgerFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    # Paths in a ledger are relative to its folder, those on the command line to the current folder: a
    # user in the case's parent folder typed the evidence folder as the ledger names its files.
    moved = ledger_files.folder / "case"
    moved.mkdir()
    for name in ("report.md", "report.md.ledger.jsonl"):
        shutil.move(ledger_files.folder / name, moved / name)
    shutil.move(ledger_files.folder / "archives", moved / "evidence")

    code, out, err = _run(capsys, "verify", "case/report.md.ledger.jsonl", "--archive-dir", "evidence")

    _assert_one_line_error(code, out, err, "--archive-dir evidence: does not exist here")
    assert "taken from the current folder, not the ledger's" in err
    assert "did you mean --archive-dir case/evidence?" in err


def test_a_recorded_verification_says_the_report_was_not_compared_and_where_the_warcs_were_read(
    ledger_files: LedgerFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    # `verify --record` with the report gone appended a line saying only "intact", the options naming the
    # keys and roots: a court read it as a verification of the report too, and of the WARCs where the
    # ledger names them.
    ledger_files.report.unlink()
    (ledger_files.folder / "archives").rename(ledger_files.folder / "moved")

    code, _, _ = _run(capsys, "verify", ledger_files.ledger.name, "--record", "--archive-dir", "moved")

    assert code == 0
    record = json.loads(ledger_files.ledger.read_bytes().splitlines()[-1])
    assert record["verdict"] == "intact"
    assert record["options"]["report_compared"] is False
    assert (record["options"]["report"], record["options"]["archive_dir"]) == (None, "moved")
    assert _run(capsys, "show", ledger_files.ledger.name, "-o", "view.html", "--no-verify")[0] == 0
    page = (ledger_files.folder / "view.html").read_text(encoding="utf-8")
    assert (
        "<q>intact</q> (<strong>the report not compared</strong>; the WARCs read from <code>moved</code>)"
        in page
    )


def test_a_recorded_verification_of_the_report_given_names_it_compared(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (workdir / "brief.md").write_text(
        "A claim.[^1]\n\n[^1]: Desk, https://news.example/a\n", encoding="utf-8"
    )
    assert cli.main(["check", "brief.md", "--offline", "--quiet"]) == 1
    ledger = workdir / "brief.md.ledger.jsonl"

    code, _, _ = _run(capsys, "verify", ledger.name, "--record", "--report", "brief.md")

    assert code == 0
    options = json.loads(ledger.read_bytes().splitlines()[-1])["options"]
    assert (options["report"], options["report_compared"], options["archive_dir"]) == ("brief.md", True, None)
    assert options["notes_compared"] is True, "the run's footnote lines were compared with the report's notes"
