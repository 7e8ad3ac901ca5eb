"""The human summary: one row per footnote (label, status, URL, what did not pass), then the counts."""

from __future__ import annotations

from collections.abc import Sequence

from provenance.outputs.interface import CheckFormat
from provenance.results import FootnoteResult, ReportResult

_URL_WIDTH = 56


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def _problems(result: FootnoteResult) -> str:
    # A footnote in `error` failed nothing; its skipped checks are what stopped it from being verified.
    shown = ("fail", "warn", "skip") if result.status == "error" else ("fail", "warn")
    return "; ".join(f"{c.name} {c.status}: {c.detail}" for c in result.checks if c.status in shown)


def _rows(result: ReportResult) -> list[tuple[str, str, str, str]]:
    return [
        (f"[{r.label}]", r.status, _shorten(r.cited.citation.url or "-", _URL_WIDTH), _problems(r))
        for r in result.footnotes
    ]


def _report_block(result: ReportResult) -> list[str]:
    lines = [f"{result.report.path} → {result.ledger}"]
    lines += [
        f"  ! line {f.line}: {f.message}" if f.line else f"  ! {f.message}" for f in result.report.findings
    ]
    if not result.footnotes:
        lines.append("  no footnotes found: nothing to verify")
        return lines
    rows = [("note", "status", "url", "not passing"), *_rows(result)]
    widths = [max(len(row[i]) for row in rows) for i in range(3)]
    for row in rows:
        cells = [row[i].ljust(widths[i]) for i in range(3)]
        lines.append(("  " + "  ".join(cells) + "  " + row[3]).rstrip())
    counts = result.counts
    lines.append(
        f"  {len(result.footnotes)} footnotes: {counts.verified} verified, {counts.unconfirmed} unconfirmed, "
        f"{counts.failed} failed, "
        f"{counts.unlocatable} unlocatable, {counts.error} error · {result.seconds:.1f}s · "
        f"ledger head {result.head}"
    )
    return lines


class TableFormat(CheckFormat):
    def render(self, results: Sequence[ReportResult]) -> str:
        blocks = ["\n".join(_report_block(result)) for result in results]
        return "\n\n".join(blocks) + "\n"
