"""What kept a footnote from being verified, in the words every output format shares."""

from __future__ import annotations

from collections.abc import Sequence

from provenance.models import CheckResult, CheckStatus, Report, ReportFormat
from provenance.results import FootnoteResult

_NO_URL = "no URL"

# What the CI outputs say of a report a stopped check (Ctrl-C, SIGTERM) did not record: its footnotes checked
# by then keep their statuses, but its ledger holds none of them, so the report is no pass however they went.
NOT_RECORDED = (
    "not recorded: the check was stopped before this report's run was written to its ledger, which holds "
    "none of its results; check it again"
)

# Worst first: the check a CI system files a footnote under is the first of these it finds.
_SEVERITY: tuple[CheckStatus, ...] = ("fail", "warn", "skip")


def not_passing(result: FootnoteResult) -> tuple[CheckResult, ...]:
    """The checks that stand between this footnote and `verified`.

    A footnote in `error` failed nothing: the checks it skipped are what stopped it. Elsewhere a skip only
    follows from a failure already shown (no URL, so nothing to capture), and repeating it says nothing new.
    """
    shown: tuple[CheckStatus, ...] = _SEVERITY if result.status == "error" else ("fail", "warn")
    return tuple(check for check in result.checks if check.status in shown)


def leading_check(result: FootnoteResult) -> CheckResult | None:
    """The most severe check that did not pass (first in the order the checks ran), or None."""
    for status in _SEVERITY:
        for check in result.checks:
            if check.status == status:
                return check
    return None


def only_no_url_again(check: CheckResult, result: FootnoteResult) -> bool:
    """Whether every part of `check`'s detail is the missing URL that a failed locator check already says
    (`reasons` leaves such a part out): a consequence of that failure, not a problem of its own."""
    if check.name == "locator" or not any(c.name == "locator" and c.status == "fail" for c in result.checks):
        return False
    parts = [part.strip() for part in check.detail.split(";") if part.strip()]
    return bool(parts) and all(part.startswith(_NO_URL) for part in parts)


def reasons_text(result: FootnoteResult, separator: str = "; ") -> str:
    """The reasons on one line (or joined by `separator`), each thing said once."""
    return separator.join(reasons(result))


def placed(result: FootnoteResult) -> str:
    """` (page 2, line 40)`: where the note is in a report without lines to count (a PDF, a DOCX), as its
    reader said, for the outputs that point at it by `line` (annotations, SARIF, JUnit); "" in a text report.
    There that number is a line counted through the whole PDF, or a paragraph: a reviewer looking for
    `line 400` in the document found nothing there."""
    location = result.cited.footnote.location
    return f" ({location})" if location else ""


# Formats whose reader's `line` is no line of the file: a paragraph (DOCX, ODT), or a line counted through the
# text a PDF's pages hold. The file is binary: a code host shows none of its lines.
_FORMATS_WITHOUT_LINES = frozenset({ReportFormat.DOCX, ReportFormat.ODT, ReportFormat.PDF})


def line_in_file(report: Report, line: int) -> int:
    """The line an output that places by file and line (SARIF's `startLine`, an annotation's `line`) names
    for a place the reader put at `line`: that line in a text report; 1, the file itself, in a report without
    lines (a PDF, a DOCX), where `line 400` named no line a code host can show (the alert sat at a line of a
    binary file, or past its end). There the outputs say where the note is in words (`placed`)."""
    return 1 if report.format in _FORMATS_WITHOUT_LINES else line


def warc_of(result: FootnoteResult) -> str | None:
    capture = result.outcome.capture if result.outcome else None
    return capture.warc if capture else None


def reasons(result: FootnoteResult) -> list[str]:
    """What kept the footnote from `verified`, each thing said once, and every check that did so named.

    Details are split into their `;` parts. A part naming the WARC file is left out (the row shows the file on
    its own line) unless the check says nothing else, and so is a schema's "no URL" when the locator already
    said there is none. A check whose every part an earlier check said word for word is named beside that
    check (`date skip, author skip: no content captured to compare`): left out, a reader saw fewer checks
    stand in the way than did.
    """
    warc = warc_of(result)
    failed = {check.name for check in result.checks if check.status == "fail"}
    said_by: dict[str, int] = {}  # each part said, and the line that says it
    names: list[list[str]] = []  # each line's checks, `name status`
    said: list[list[str]] = []  # each line's parts
    for check in not_passing(result):
        parts = [part.strip() for part in check.detail.split(";") if part.strip()]
        # A check that says what it says only beside its WARC keeps it: "could not be read back from …".
        beside_warc = [part for part in parts if not (warc and warc in part)] or parts
        kept = [
            part
            for part in beside_warc
            if not (check.name != "locator" and "locator" in failed and part.startswith(_NO_URL))
        ]
        new = [part for part in dict.fromkeys(kept) if part not in said_by]
        earlier = {said_by[part] for part in kept if part in said_by}
        if kept and not new and len(earlier) == 1:
            names[earlier.pop()].append(f"{check.name} {check.status}")
            continue
        if new or not parts or kept:
            said_by.update((part, len(said)) for part in new)
            names.append([f"{check.name} {check.status}"])
            said.append(new)
    return [_reason(checks, parts) for checks, parts in zip(names, said, strict=True)]


def _reason(checks: Sequence[str], parts: Sequence[str]) -> str:
    text = ", ".join(checks)
    return f"{text}: {'; '.join(parts)}" if parts else text
