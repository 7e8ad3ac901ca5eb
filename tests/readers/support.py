"""Reading the reader assets the way users hand reports over: as files."""

from __future__ import annotations

from pathlib import Path

from provenance.models import Footnote, Report
from provenance.readers import read_report

ASSETS = Path(__file__).parent.parent / "assets" / "readers"


def read_asset(name: str) -> Report:
    return read_report(ASSETS / name)


def by_label(report: Report) -> dict[str, Footnote]:
    return {footnote.label: footnote for footnote in report.footnotes}


def finding_codes(report: Report) -> list[tuple[str, str | None, int | None]]:
    """Every finding as (code, footnote label or None for report-level, line)."""
    codes: list[tuple[str, str | None, int | None]] = [
        (finding.code, None, finding.line) for finding in report.findings
    ]
    for footnote in report.footnotes:
        codes.extend((finding.code, footnote.label, finding.line) for finding in footnote.findings)
    return codes
