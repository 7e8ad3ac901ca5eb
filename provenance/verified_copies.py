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
from provenance.readers.decoding import text_encoding
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
        text, encoding = decode_keeping_encoding(data)
        target = verified_copy_path(source)
        prefix = relative_prefix(result.ledger.parent, target.parent)
        write_atomically(target, attach(text, result, prefix, checked_at).encode(encoding), "verified copy")
    return warnings


def decode_keeping_encoding(data: bytes) -> tuple[str, str]:
    """The report's text as it is (line ends included) and the encoding to write its copy in: the one the
    readers found (`text_encoding`), so a UTF-32 or BOM-less UTF-16 report gets a copy wholly in its own
    encoding, never its own bytes followed by an appendix in another."""
    encoding = text_encoding(data) or "utf-8"
    if encoding == "utf-8" and data.startswith(b"\xef\xbb\xbf"):
        encoding = "utf-8-sig"  # the mark is kept, as the report has it
    return data.decode(encoding), encoding
