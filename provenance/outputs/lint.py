"""`check --lint`: one line per problem, `FILE:LINE: error: [label] check: detail`, as compilers and linters
print them (pre-commit, editors and CI logs link such lines to the place), then one line that says how little
was checked: citations only, nothing fetched, nothing verified. Report text and file names are shown with
control characters escaped, and with what a CI runner would obey as a workflow command escaped (a file named
`::add-mask::failed.md` starts its lines). A note of a PDF or DOCX report, whose LINE is a line counted
through the document or a paragraph's number, says where its reader finds it: `[7] (page 9, line 14) …`."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from provenance.escaping import disarm_workflow_commands
from provenance.escaping import escape_unprintable as shown
from provenance.outputs.reasons import placed
from provenance.results import LintResult

_LEVELS = {"fail": "error", "warn": "warning"}


@dataclass(frozen=True)
class LintFormat:
    allow_empty: bool = False  # a report with markers but no readable notes is no problem (--allow-empty)

    def render(self, results: Sequence[LintResult]) -> str:
        lines = [line for result in results for line in self._problems(result)]
        total = sum(len(result.footnotes) for result in results)
        failing = sum(len(result.failed) for result in results)
        reports = f"{len(results)} report{'s' if len(results) != 1 else ''}"
        lines.append(
            f"provenance --lint: {reports}, {total} footnote{'s' if total != 1 else ''}, "
            f"{failing} without a locator or a valid citation; nothing was fetched or verified"
        )
        return disarm_workflow_commands("".join(line + "\n" for line in lines))

    def _problems(self, result: LintResult) -> list[str]:
        lines: list[str] = []
        path = shown(result.report.path)
        failing = {"marker-without-footnote"} if result.notes_missing else set()
        if result.notes_unread and not self.allow_empty:
            failing.add("markers-without-notes")
        lines.extend(
            f"{path}:{finding.line or 1}: error: {shown(finding.message)}"
            for finding in result.report.findings
            if finding.code in failing
        )
        for footnote in result.footnotes:
            line = footnote.cited.footnote.line
            lines.extend(
                f"{path}:{line}: {_LEVELS[check.status]}: [{shown(footnote.label)}]{shown(placed(footnote))} "
                f"{check.name}: {shown(check.detail)}"
                for check in footnote.checks
                if check.status in _LEVELS
            )
        return lines
