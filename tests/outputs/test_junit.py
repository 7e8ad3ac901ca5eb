"""--junit: JUnit XML that a real JUnit reader (junitparser) reads back, one test case per footnote."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

from junitparser import Error, Failure, JUnitXml, TestCase

from provenance.models import CheckResult
from provenance.outputs.junit import JunitFormat
from provenance.run_models import CaptureReuse
from tests.outputs.builders import (
    GONE,
    MISSING_NOTE,
    NO_NOTES_READ,
    OFFLINE,
    UNLINKED,
    VERIFIED,
    capture,
    footnote_result,
    passed,
    report_result,
)


def _read_back(tmp_path: Path, text: str) -> JUnitXml:
    path = tmp_path / "junit.xml"
    path.write_text(text, encoding="utf-8")
    return JUnitXml.fromfile(str(path))


def test_junit_has_a_suite_per_report_and_a_case_per_footnote(tmp_path: Path) -> None:
    results = [report_result(VERIFIED, GONE, UNLINKED, OFFLINE), report_result(VERIFIED, path="docs/b.md")]
    xml = _read_back(tmp_path, JunitFormat().render(results))
    suites = list(xml)
    assert [suite.name for suite in suites] == ["brief.md", "docs/b.md"]
    first = suites[0]
    assert (first.tests, first.failures, first.errors) == (4, 2, 1)
    cases = {case.name.split("]")[0] + "]": case for case in first}
    assert all(case.classname == "brief.md" for case in first)
    assert cases["[1]"].is_passed
    (failure,) = cases["[2]"].result
    assert isinstance(failure, Failure) and "captured fail: HTTP 404" in failure.message
    assert failure.type == "failed"
    (error,) = cases["[4]"].result
    assert isinstance(error, Error), (
        "a footnote the tool could not finish checking is an error, not a failure"
    )
    assert "archives/brief.md-fn1.warc.gz" in (cases["[1]"].system_out or "")


def _hostile_case(tmp_path: Path, detail: str, text: str) -> tuple[TestCase, Failure]:
    """The JUnit case of an unlocatable footnote whose text and locator detail are `text` and `detail`."""
    hostile = footnote_result(
        "9", "unlocatable", (CheckResult(name="locator", status="fail", detail=detail),), text=text
    )
    (case,) = next(iter(_read_back(tmp_path, JunitFormat().render([report_result(hostile)]))))
    (failure,) = case.result
    assert isinstance(failure, Failure)
    return case, failure


def test_junit_carries_control_characters_from_a_report_as_readable_xml(tmp_path: Path) -> None:
    _, failure = _hostile_case(tmp_path, "no URL \x00\x1b[31m <b>&", "Bell \x07 and <script>")
    assert "<b>&" in failure.message and "\x00" not in failure.message


def test_a_marker_without_its_note_and_a_report_whose_notes_were_not_read_are_failed_cases(
    tmp_path: Path,
) -> None:
    # The run exits 1 for each; the JUnit file showed no failure (`tests=1 failures=0`, or no test at all).
    results = [
        report_result(VERIFIED, findings=(MISSING_NOTE,)),
        report_result(findings=(MISSING_NOTE, NO_NOTES_READ), path="unread.md"),
    ]
    missing, unread = _read_back(tmp_path, JunitFormat().render(results))
    assert (missing.tests, missing.failures) == (2, 1)
    (failure,) = next(case for case in missing if case.name.startswith("marker without")).result
    assert isinstance(failure, Failure) and failure.type == "marker-without-footnote"
    assert failure.message == "marker 2 on line 3 has no footnote"
    assert (unread.tests, unread.failures) == (1, 1), "said once, not once per marker"
    (case,) = unread
    assert case.name.startswith("no notes read, though the report cites")
    accepted = _read_back(tmp_path, JunitFormat(allow_empty=True).render(results[1:]))
    assert [(suite.tests, suite.failures) for suite in accepted] == [(0, 0)], "--allow-empty accepts it"


def test_junit_shows_bidirectional_and_control_characters_escaped_as_every_other_output(
    tmp_path: Path,
) -> None:
    # SARIF, annotations and the table showed `\u202e`; JUnit kept the override raw, which reorders what a
    # CI page shows, and put U+FFFD for ESC, leaving `[31m` to read.
    case, failure = _hostile_case(tmp_path, "no URL \u202egnp.exe\u202c \x1b[31m", "Note \u202eevil\u2028two")
    assert "\\u202egnp.exe\\u202c \\x1b[31m" in failure.message
    assert "\u202e" not in case.name and case.name == "[9] Note \\u202eevil two"
    assert "\u202e" not in (case.system_out or "") and "\n" in (case.system_out or ""), "lines kept"


def _obeyed_lines(printed: str) -> list[str]:
    """The lines a GitHub Actions runner reads as workflow commands: `##[` anywhere, `::` at the start."""
    return [line for line in printed.split("\n") if "##[" in line or line.lstrip().startswith("::")]


def test_junit_on_stdout_holds_no_workflow_command_a_ci_runner_obeys_and_reads_back_the_same(
    tmp_path: Path,
) -> None:
    # `--junit -` in a GitHub Actions step: a page's `##[stop-commands]` silenced every annotation after it,
    # and a note's line starting `::error` forged one.
    detail = "no URL ##[stop-commands]tok"
    text = "Note one\n::error file=a.md::forged\n  ::add-mask::failed"
    hostile = footnote_result(
        "9", "unlocatable", (CheckResult(name="locator", status="fail", detail=detail),), text=text
    )
    printed = JunitFormat().render([report_result(hostile)])
    assert _obeyed_lines(printed) == []
    case, failure = _hostile_case(tmp_path, detail, text)
    assert failure.message == "locator fail: no URL ##[stop-commands]tok", "the same text to a JUnit reader"
    assert case.name == "[9] Note one ::error file=a.md::forged ::add-mask::failed"
    assert "no URL ##[stop-commands]tok" in (failure.text or "")
    assert "\n::" not in printed and "#&#35;[stop-commands]" in printed


def test_junit_of_ordinary_text_with_colons_and_hashes_is_written_as_before() -> None:
    ordinary = footnote_result(
        "9", "failed", (CheckResult(name="title", status="fail", detail="std::vector #tag [##] a::b"),)
    )
    printed = JunitFormat().render([report_result(ordinary)])
    assert "&#35;" not in printed and "&#58;" not in printed
    assert 'message="title fail: std::vector #tag [##] a::b"' in printed


def test_a_report_a_stopped_check_did_not_record_says_so_beside_the_cases_that_passed(tmp_path: Path) -> None:
    # Its ledger holds none of these results: the JUnit file showed [1] passed and said nothing of it, while
    # --json said the report was stopped in its warnings.
    stopped = "the check was stopped before this report was finished: its ledger holds no run of it"
    result = replace(report_result(VERIFIED, OFFLINE), warnings=(stopped,), stopped=True)
    text = JunitFormat().render([result])
    (suite,) = list(_read_back(tmp_path, text))
    assert [case.is_passed for case in suite] == [True, False, False]
    said = ET.fromstring(text)
    assert said.findtext("testsuite/system-err") == f"warning: {stopped}\n"
    assert said.find("testsuite/properties/property[@name='warning']").get("value") == stopped  # type: ignore[union-attr]
    ordinary = ET.fromstring(JunitFormat().render([report_result(VERIFIED)]))
    assert ordinary.find("testsuite/system-err") is None
    assert ordinary.find("testsuite/properties/property[@name='warning']") is None


def test_a_report_a_stopped_check_did_not_record_is_never_an_all_passed_suite(tmp_path: Path) -> None:
    # Stopped after its every footnote was verified but before its run was appended (another report still
    # capturing): the suite was all passed and the file 0 failures, 0 errors, though its ledger holds nothing.
    stopped = replace(report_result(VERIFIED), warnings=("stopped",), stopped=True)
    text = JunitFormat().render([stopped])
    (suite,) = list(_read_back(tmp_path, text))
    cases = list(suite)
    assert [case.is_passed for case in cases] == [True, False]
    (problem,) = cases[1].result
    assert isinstance(problem, Error)
    assert problem.message is not None and problem.message.startswith("not recorded: the check was stopped")
    said = ET.fromstring(text)
    assert (said.get("tests"), said.get("failures"), said.get("errors")) == ("2", "0", "1")
    # A report whose run its ledger kept, in the same stopped check, is the suite it always was.
    kept = ET.fromstring(JunitFormat().render([report_result(VERIFIED)]))
    assert (kept.get("tests"), kept.get("failures"), kept.get("errors")) == ("1", "0", "0")


def test_a_case_times_only_the_capture_this_run_made_and_the_file_the_check_s_own_time() -> None:
    # A capture reused from an earlier run (--max-age) was timed as if this run fetched it, and two reports
    # checked side by side (each timed from the check's start) summed to twice the check's time.
    reused_capture = capture("https://news.example/a").model_copy(
        update={"reused": CaptureReuse(source="ledger", line=12, checked_at="2026-01-22T09:00:00.000Z")}
    )
    reused = footnote_result(
        "1", "verified", (passed("captured"),), url="https://news.example/a", captured=reused_capture
    )
    first, second = report_result(reused), replace(report_result(VERIFIED, path="docs/b.md"), seconds=2.5)
    said = ET.fromstring(JunitFormat().render([first, second]))
    assert [case.get("time") for case in said.iter("testcase")] == ["0.000", "1.500"]
    assert [suite.get("time") for suite in said.iter("testsuite")] == ["1.250", "2.500"]
    assert said.get("time") == "2.500"
