"""`--junit PATH`: JUnit XML, one test suite per report and one test case per footnote.

A footnote that failed a check, has no locator or is unconfirmed is a `failure`; one the tool could not finish
checking (`error`: offline, a body cut short) is an `error`, as JUnit readers tell the two apart.

A report's warnings (a check stopped before its run was written to the ledger, a TSA that gave no
timestamp) are its suite's `warning` properties and its `system-err`, as `--json` says them. A report a
stopped check did not record is also an `error` case of its own: its ledger holds none of its results, so its
suite is never all passed, even when every footnote it had checked by then was verified.

`--junit -` prints the document in a CI log, where a runner obeys `##[name]` anywhere in a line and `::name::`
at a line's start: report and page text there is written with those characters as character references
(`disarm_workflow_commands_markup`), the same XML to a JUnit reader.
"""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass

from provenance.escaping import disarm_workflow_commands_markup, escape_unprintable
from provenance.models import Finding, Report
from provenance.outputs.interface import CheckFormat
from provenance.outputs.paths import AS_GIVEN, RepositoryPaths
from provenance.outputs.reasons import NOT_RECORDED, line_in_file, reasons_text
from provenance.results import FootnoteResult, ReportResult


def _xml(text: str) -> str:
    """Report and page text as a CI page shows it: each line's control, format and bidirectional characters
    escaped as in every human output (`escaping`), lines kept. (XML 1.0 could not carry some at all, and
    a right-to-left override it carries reorders what a reader of the test results sees.)"""
    return "\n".join(escape_unprintable(line) for line in text.split("\n"))


def _seconds(result: FootnoteResult) -> float:
    """The time this run spent capturing the footnote's source: none for a capture reused from an earlier
    run (its times are that run's, when this one fetched nothing)."""
    capture = result.outcome.capture if result.outcome else None
    if capture is None or capture.reused is not None:
        return 0.0
    started = dt.datetime.fromisoformat(capture.started_at)
    finished = dt.datetime.fromisoformat(capture.finished_at)
    return max((finished - started).total_seconds(), 0.0)


def _case_name(result: FootnoteResult) -> str:
    cited = result.cited
    return f"[{result.label}] {cited.citation.url or ' '.join(cited.footnote.text.split())}"


def _evidence(result: FootnoteResult) -> str:
    lines = [f"status: {result.status}"]
    if result.cited.footnote.location:  # `line` is then a paragraph, or a line counted through the document
        lines.append(f"where: {result.cited.footnote.location}")
    for check in result.checks:
        lines.append(f"{check.name} {check.status}: {check.detail}")
        lines += [
            f"  {name}: {value}" for name, value in (("cited", check.cited), ("found", check.found)) if value
        ]
    capture = result.outcome.capture if result.outcome else None
    if capture is not None:
        lines.append(f"warc: {capture.warc} (sha256 {capture.warc_sha256})")
    return "\n".join(lines) + "\n"


def _case(report: Report, path: str, result: FootnoteResult) -> ET.Element:
    case = ET.Element(
        "testcase",
        name=_xml(_case_name(result)),
        classname=_xml(path),
        file=_xml(path),
        # A PDF's or DOCX's `line` is no line of the file: a reporter annotating file and line put it at
        # line 412 of a binary file; there the case names the file (line 1) and says where in words.
        line=str(line_in_file(report, result.cited.footnote.line)),
        time=f"{_seconds(result):.3f}",
    )
    if result.status != "verified":
        tag = "error" if result.status == "error" else "failure"
        where = result.cited.footnote.location  # a PDF's or DOCX's `line` is no line its reader can find
        message = _xml((f"{where}: " if where else "") + (reasons_text(result) or result.status))
        problem = ET.SubElement(case, tag, message=message, type=result.status)
        problem.text = _xml(reasons_text(result, "\n"))
    ET.SubElement(case, "system-out").text = _xml(_evidence(result))
    return case


_FINDING_CASES = {
    "marker-without-footnote": "marker without its footnote",
    "markers-without-notes": "no notes read, though the report cites",
}


def _finding_case(report: Report, path: str, finding: Finding) -> ET.Element:
    """A report finding that keeps the check from passing, as a failed test case of its own: the run's exit
    1 is then a failure in the JUnit file too."""
    case = ET.Element(
        "testcase",
        name=_xml(f"{_FINDING_CASES[finding.code]} (line {finding.line or 1})"),
        classname=_xml(path),
        file=_xml(path),
        line=str(line_in_file(report, finding.line or 1)),
        time="0.000",
    )
    ET.SubElement(case, "failure", message=_xml(finding.message), type=finding.code).text = _xml(
        finding.message
    )
    return case


def _not_recorded_case(path: str) -> ET.Element:
    """A report a stopped check did not record, as an errored case of its own: its cases that passed were
    checked, but its ledger holds none of them, and a suite of only those read as a report that passed."""
    case = ET.Element(
        "testcase",
        name="run recorded in the ledger",
        classname=_xml(path),
        file=_xml(path),
        line="1",
        time="0.000",
    )
    ET.SubElement(case, "error", message=NOT_RECORDED, type="stopped").text = NOT_RECORDED
    return case


def _suite(report: ReportResult, paths: RepositoryPaths, allow_empty: bool) -> ET.Element:
    path = paths.of(report.report.path)
    counts = report.counts
    problems = len(report.footnotes) - counts.verified
    findings = report.failing_findings(allow_empty)
    not_recorded = 1 if report.stopped else 0
    suite = ET.Element(
        "testsuite",
        name=_xml(path),
        tests=str(len(report.footnotes) + len(findings) + not_recorded),
        failures=str(problems - counts.error + len(findings)),
        errors=str(counts.error + not_recorded),
        skipped="0",
        time=f"{report.seconds:.3f}",
    )
    properties = ET.SubElement(suite, "properties")
    for name, value in (
        ("ledger", paths.of(str(report.ledger))),  # named as the report is
        ("ledger_head", report.head),
        ("report_sha256", report.report.sha256),
    ):
        ET.SubElement(properties, "property", name=name, value=_xml(value))
    for warning in report.warnings:
        ET.SubElement(properties, "property", name="warning", value=_xml(warning))
    suite.extend(_case(report.report, path, result) for result in report.footnotes)
    suite.extend(_finding_case(report.report, path, finding) for finding in findings)
    if report.stopped:
        suite.append(_not_recorded_case(path))
    if report.warnings:
        # What went wrong short of a finding, as `--json` and the terminal say it: a check stopped before
        # the report's run was written (its ledger holds none of the cases that passed), a TSA that gave
        # no timestamp. Said nowhere here, the passed cases stood as recorded evidence.
        ET.SubElement(suite, "system-err").text = _xml("".join(f"warning: {w}\n" for w in report.warnings))
    return suite


@dataclass(frozen=True)
class JunitFormat(CheckFormat):
    paths: RepositoryPaths = AS_GIVEN  # report paths as CI tools that read `file` place them
    allow_empty: bool = False  # --allow-empty: a report whose notes could not be read is no failure

    def render(self, results: Sequence[ReportResult]) -> str:
        suites = [_suite(report, self.paths, self.allow_empty) for report in results]
        root = ET.Element(
            "testsuites",
            name="provenance check",
            tests=str(sum(int(s.get("tests", "0")) for s in suites)),
            failures=str(sum(int(s.get("failures", "0")) for s in suites)),
            errors=str(sum(int(s.get("errors", "0")) for s in suites)),
            # Each report's time runs from the check's start, its reports checked side by side: the check took
            # the longest of them, not their sum.
            time=f"{max((r.seconds for r in results), default=0.0):.3f}",
        )
        root.extend(suites)
        ET.indent(root)
        document = ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
        return disarm_workflow_commands_markup(document)
