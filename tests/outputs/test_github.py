"""GitHub Actions annotations: one workflow command per unverified footnote, placed at its line."""

from __future__ import annotations

from dataclasses import replace

from provenance.models import CheckResult, Finding, ReportFormat
from provenance.outputs.github import GithubAnnotationsFormat
from tests.outputs.builders import (
    GONE,
    MISSING_NOTE,
    NO_NOTES_READ,
    UNLINKED,
    VERIFIED,
    footnote_result,
    in_a_pdf,
    report_result,
)


def test_annotations_name_file_line_and_why_for_each_unverified_footnote() -> None:
    text = GithubAnnotationsFormat().render([report_result(VERIFIED, GONE, UNLINKED, path="docs/brief.md")])
    lines = text.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("::error file=docs/brief.md,line=21,title=provenance%3A footnote [2] failed::")
    assert "captured fail: HTTP 404" in lines[0]
    assert lines[1].startswith("::error file=docs/brief.md,line=22,")


def test_text_from_a_report_cannot_end_the_command_or_start_another() -> None:
    hostile = footnote_result(
        "5",
        "failed",
        (CheckResult(name="captured", status="fail", detail="boom\n::error file=x::forged 100%"),),
        url="https://news.example/x",
    )
    text = GithubAnnotationsFormat().render([report_result(hostile, path="a,b:c.md")])
    (line,) = text.splitlines()
    assert "file=a%2Cb%3Ac.md" in line
    assert "boom%0A::error file=x::forged 100%25" in line


def test_a_marker_without_its_note_is_an_error_annotation_at_its_line() -> None:
    text = GithubAnnotationsFormat().render([report_result(VERIFIED, findings=(MISSING_NOTE,))])
    assert text == (
        "::error file=brief.md,line=3,title=provenance%3A a marker without its footnote::"
        "marker 2 on line 3 has no footnote\n"
    )


def test_a_report_whose_notes_could_not_be_read_is_one_error_annotation_unless_accepted() -> None:
    results = [report_result(findings=(MISSING_NOTE, NO_NOTES_READ))]
    (line,) = GithubAnnotationsFormat().render(results).splitlines()
    title = "title=provenance%3A no notes read%2C though the report cites::"
    assert line.startswith(f"::error file=brief.md,line=1,{title}markers found but no notes")
    assert GithubAnnotationsFormat(allow_empty=True).render(results) == ""


def test_a_report_a_stopped_check_did_not_record_is_an_error_annotation_though_its_footnotes_passed() -> None:
    # Every footnote checked by the stop was verified, so nothing was annotated: the report looked clean on
    # the pull request while its ledger holds none of its results.
    stopped = replace(report_result(VERIFIED, path="docs/brief.md"), warnings=("stopped",), stopped=True)
    (line,) = GithubAnnotationsFormat().render([stopped]).splitlines()
    assert line.startswith(
        "::error file=docs/brief.md,line=1,title=provenance%3A run not recorded::not recorded: the check was"
    )
    assert GithubAnnotationsFormat().render([report_result(VERIFIED, path="docs/brief.md")]) == ""


def test_a_note_in_a_pdf_is_annotated_at_the_file_with_its_page_in_the_title() -> None:
    # Its `line=400` was a line counted through the PDF's text: no line of the file the runner could show.
    finding = Finding(code="marker-without-footnote", message="marker 7 on page 3 has no footnote", line=250)
    result = report_result(
        in_a_pdf(GONE), path="docs/brief.pdf", format=ReportFormat.PDF, findings=(finding,)
    )
    note, missing = GithubAnnotationsFormat().render([result]).splitlines()
    assert note.startswith(
        "::error file=docs/brief.pdf,line=1,title=provenance%3A footnote [2] (page 9%2C line 12) failed::"
    )
    assert missing.startswith("::error file=docs/brief.pdf,line=1,")
