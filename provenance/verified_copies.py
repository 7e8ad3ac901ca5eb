"""`check --attach`: a copy of each report with its verification attached, beside it (`NAME.verified.EXT`).

The report itself is never touched; its copy is written in the report's own encoding and line ends, and only
when the report still has the bytes that were checked.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from provenance.errors import UsageError
from provenance.files import read_input, write_atomically
from provenance.hashing import sha256_hex
from provenance.models import Report, utc_now
from provenance.outputs.attach import ATTACHABLE, attach
from provenance.readers.decoding import declared_html_encoding, text_encoding
from provenance.results import ReportResult
from provenance.views import relative_prefix


def verified_copy_path(report: Path) -> Path:
    """`brief.md` → `brief.verified.md`, beside the report (which is never touched)."""
    return report.with_name(f"{report.stem}.verified{report.suffix}")


def check_attachable(reports: Sequence[Report]) -> None:
    """Before the run: each report is of a format a copy can be made of (its copy's path is checked with the
    run's other outputs, `check_inputs.check_outputs`)."""
    for report in reports:
        if report.format not in ATTACHABLE:
            raise UsageError(
                f"{report.path}: --attach writes copies of text, Markdown and HTML reports, "
                f"not {report.format.value.upper()}"
            )


def write_verified_copies(results: Sequence[ReportResult]) -> list[str]:
    """Write each report's verified copy; the warnings for reports that changed during the run (no copy)."""
    checked_at = utc_now()
    warnings = []
    for result in results:
        source = Path(result.report.path)
        data = read_input(source, "report file")
        if sha256_hex(data) != result.report.sha256:
            warnings.append(f"{source} changed during the run; no verified copy written")
            continue
        try:
            text, encoding = decode_keeping_encoding(data)
        except UnicodeDecodeError:
            warnings.append(f"{source} is in no encoding a copy can be written in; no verified copy written")
            continue
        target = verified_copy_path(source)
        prefix = relative_prefix(result.ledger.parent, target.parent)
        # A character the report's own encoding lacks (a Cyrillic author's name in a Windows-1252 HTML
        # report's appendix) is written as a character reference, which HTML reads as that character; a
        # Unicode encoding lacks none.
        copy = attach(text, result, prefix, checked_at).encode(encoding, errors="xmlcharrefreplace")
        write_atomically(target, copy, "verified copy")
    return warnings


def decode_keeping_encoding(data: bytes) -> tuple[str, str]:
    """The report's text as it is (line ends included) and the encoding to write its copy in: the one the
    readers found (`text_encoding`), so a UTF-32 or BOM-less UTF-16 report gets a copy wholly in its own
    encoding, never its own bytes followed by an appendix in another; an HTML report that is not UTF-8, the
    legacy encoding its `<meta charset>` declares, as the HTML reader read it (Word's "Save as Web Page"
    writes `windows-1252`): read as UTF-8, its checked run ended in an internal error (exit 3) after every
    footnote was captured and checked, and no copy was written."""
    encoding = text_encoding(data) or "utf-8"
    if encoding == "utf-8" and data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"  # the mark is kept, as the report has it
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        declared = declared_html_encoding(data) if encoding == "utf-8" else None
        if declared is None:
            raise
        return data.decode(declared), declared
