"""`check --lint` lines: what a report and its file name say is shown, never obeyed by a CI runner."""

from __future__ import annotations

from dataclasses import replace

from provenance.models import CheckResult, Report, ReportFormat
from provenance.outputs.lint import LintFormat
from provenance.results import LintResult
from tests.outputs.builders import SHA, footnote_result


def _lint(path: str, detail: str = "no URL or other locator") -> str:
    report = Report(path=path, format=ReportFormat.MARKDOWN, sha256=SHA, findings=())
    check = CheckResult(name="locator", status="fail", detail=detail)
    return LintFormat().render([LintResult(report, (footnote_result("1", "unlocatable", (check,)),))])


def test_a_file_name_that_would_be_a_workflow_command_starts_its_lines_escaped() -> None:
    # A pull request names the file: raw at a line's start, `::add-mask::failed` hides the word in the log.
    shown = _lint("::add-mask::failed.md", detail="the link says ##[stop-commands]tok")
    assert shown.splitlines()[0] == (
        ":\\x3aadd-mask::failed.md:11: error: [1] locator: the link says #\\x23[stop-commands]tok"
    )
    assert "##[" not in shown and not shown.startswith("::")


def test_a_lint_line_of_an_ordinary_file_is_as_compilers_print_it() -> None:
    assert (
        _lint("docs/brief.md").splitlines()[0]
        == "docs/brief.md:11: error: [1] locator: no URL or other locator"
    )


def test_a_lint_line_of_a_pdf_note_says_the_page_and_line_a_reader_finds_it_at() -> None:
    # Its LINE is counted through the whole PDF (a DOCX's is a paragraph's number): `brief.pdf:412` alone
    # pointed nowhere a reader of the PDF could look.
    report = Report(path="brief.pdf", format=ReportFormat.PDF, sha256=SHA, findings=())
    check = CheckResult(name="locator", status="fail", detail="no URL or other locator")
    result = footnote_result("7", "unlocatable", (check,), line=412)
    note = result.cited.footnote.model_copy(update={"location": "page 9, line 14"})
    result = replace(result, cited=replace(result.cited, footnote=note))
    shown = LintFormat().render([LintResult(report, (result,))])
    assert (
        shown.splitlines()[0]
        == "brief.pdf:412: error: [7] (page 9, line 14) locator: no URL or other locator"
    )
