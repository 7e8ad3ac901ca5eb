"""GitHub Actions annotations: one workflow command per footnote that is not verified.

`::error` for a footnote that failed, has no locator, or could not be checked; `::warning` for `unconfirmed`
(nothing contradicts it, a person must look). A report a stopped check did not record is an `::error` at its
first line: its ledger holds none of its results, whatever they were. Report and page text is escaped so that
it can neither end the command nor start another one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from provenance.escaping import escape_unprintable
from provenance.models import Finding, Report
from provenance.outputs.interface import CheckFormat
from provenance.outputs.paths import AS_GIVEN, RepositoryPaths
from provenance.outputs.reasons import NOT_RECORDED, line_in_file, placed, reasons_text
from provenance.results import FootnoteResult, ReportResult

# Statuses a person should look at rather than a build fail on; every other unverified status is an error.
_WARNING_STATUSES = frozenset({"unconfirmed"})


def escape_data(text: str) -> str:
    """A workflow command's message: `%`, CR and LF as the runner decodes them; every other control character
    (a log viewer renders ANSI sequences) shown escaped, as in every human output."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return escape_unprintable(text)


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _command(level: str, path: str, line: int, title: str, message: str) -> str:
    properties = {"file": path, "line": str(line), "title": title}
    fields = ",".join(f"{name}={escape_property(value)}" for name, value in properties.items())
    return f"::{level} {fields}::{escape_data(message)}"


def _annotation(report: Report, path: str, result: FootnoteResult) -> str:
    level = "warning" if result.status in _WARNING_STATUSES else "error"
    title = f"provenance: footnote [{result.label}]{placed(result)} {result.status}"
    url = result.cited.citation.url
    message = reasons_text(result) + (f" ({url})" if url else "")
    return _command(level, path, line_in_file(report, result.cited.footnote.line), title, message)


_FINDING_TITLES = {
    "marker-without-footnote": "provenance: a marker without its footnote",
    "markers-without-notes": "provenance: no notes read, though the report cites",
}


def _finding_annotation(report: Report, path: str, finding: Finding) -> str:
    line = line_in_file(report, finding.line or 1)
    return _command("error", path, line, _FINDING_TITLES[finding.code], finding.message)


@dataclass(frozen=True)
class GithubAnnotationsFormat(CheckFormat):
    # The runner places an annotation by its path from the repository's root, wherever the step ran.
    paths: RepositoryPaths = AS_GIVEN
    allow_empty: bool = False  # --allow-empty: a report whose notes could not be read is not annotated

    def render(self, results: Sequence[ReportResult]) -> str:
        lines = [
            _annotation(report.report, self.paths.of(report.report.path), result)
            for report in results
            for result in report.footnotes
            if result.status != "verified"
        ]
        lines += [
            _finding_annotation(report.report, self.paths.of(report.report.path), finding)
            for report in results
            for finding in report.failing_findings(self.allow_empty)
        ]
        lines += [
            _command(
                "error", self.paths.of(report.report.path), 1, "provenance: run not recorded", NOT_RECORDED
            )
            for report in results
            if report.stopped
        ]
        return "".join(line + "\n" for line in lines)
