"""Builders of real ledgers on disk: a WARC written with warcio, runs written by LedgerWriter."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from provenance.errors import ProvenanceError
from provenance.hashing import sha256_file
from provenance.ledger.writer import LedgerWriter
from provenance.models import (
    Capture,
    CheckName,
    CheckResult,
    CheckStatus,
    Citation,
    Counts,
    Footnote,
    FootnoteLine,
    FootnoteStatus,
    LocateLine,
    Platform,
    ReportFormat,
    ReportRef,
    RunLine,
    SummaryLine,
    ToolInfo,
    WarcRecordRef,
)
from provenance.readers import read_report_bytes

SOURCE_URL = "https://example.org/post/1"
RESPONSE_BODY = b"<html><body>the cited evidence</body></html>"
# When `make_capture` says the capture was made, from where; `write_warc` dates and addresses its records so.
STARTED_AT = "2024-05-01T10:00:00.000Z"
FINISHED_AT = "2024-05-01T10:00:01.000Z"
WARC_DATE = "2024-05-01T10:00:00.500000Z"
SOURCE_IP = "127.0.0.1"


def _sha256_digest(data: bytes) -> str:
    return "sha256:" + hashlib.sha256(data).hexdigest()


def write_warc(path: Path, body: bytes = RESPONSE_BODY, gzip: bool = False) -> tuple[WarcRecordRef, ...]:
    """A WARC with one request and one response, digested with `sha256:<hex>`, dated and addressed as the
    capture writes them (within `make_capture`'s times, from its IP); `gzip`: each record a gzip member."""
    request = StatusAndHeaders("GET /post/1 HTTP/1.1", [("Host", "example.org")], is_http_request=True)
    response = StatusAndHeaders(
        "200 OK", [("Content-Type", "text/html"), ("Content-Length", str(len(body)))], "HTTP/1.1"
    )
    refs = []
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip, warc_version="1.1")
        for record_type, http_head, record_body in (
            ("request", request, b""),
            ("response", response, body),
        ):
            http_head.compute_headers_buffer()
            block_digest = _sha256_digest(http_head.headers_buff + record_body)
            payload_digest = _sha256_digest(record_body)
            record = writer.create_warc_record(
                SOURCE_URL,
                record_type,
                payload=io.BytesIO(record_body),
                length=len(record_body),
                http_headers=http_head,
                warc_headers_dict={
                    "WARC-Date": WARC_DATE,
                    "WARC-IP-Address": SOURCE_IP,
                    "WARC-Block-Digest": block_digest,
                    "WARC-Payload-Digest": payload_digest,
                },
            )
            writer.write_record(record)
            record_id = record.rec_headers.get_header("WARC-Record-ID")
            refs.append(
                WarcRecordRef(
                    id=record_id,
                    type=record_type,
                    uri=SOURCE_URL,
                    block_digest=block_digest,
                    payload_digest=payload_digest,
                )
            )
    return tuple(refs)


def make_capture(
    ledger_dir: Path, warc_name: str, records: Sequence[WarcRecordRef], body: bytes = RESPONSE_BODY
) -> Capture:
    return Capture(
        url=SOURCE_URL,
        final_url=SOURCE_URL,
        http_status=200,
        warc=warc_name,
        warc_sha256=sha256_file(ledger_dir / warc_name),
        records=tuple(records),
        ip=SOURCE_IP,
        started_at=STARTED_AT,
        finished_at=FINISHED_AT,
        bytes=len(body),
        truncated=False,
    )


def add_run_line(
    writer: LedgerWriter, report: Path, report_sha256: str, command: Literal["check", "locate"] = "check"
) -> None:
    """A run line as a test's run needs it: the report by name and hash, a made-up operator and host."""
    writer.add(
        RunLine,
        command=command,
        tool=ToolInfo(name="provenance", version="0.1.0"),
        report=ReportRef(path=report.name, sha256=report_sha256, format=ReportFormat.MARKDOWN),
        operator="tester",
        host="localhost",
        options={"offline": False},
    )


def write_locate_run(ledger: Path, report: Path, capture: Capture | None) -> None:
    """One `locate` run: its run line, one locate line for note [1] with `capture`, a summary."""
    report_sha256 = sha256_file(report)
    with LedgerWriter(ledger, report_sha256) as writer:
        add_run_line(writer, report, report_sha256, command="locate")
        writer.add(
            LocateLine,
            label="1",
            platform=None,
            date=None,
            window=1,
            speakers=(),
            quotes=(),
            accounts=(),
            candidates=(),
            capture=capture,
        )
        writer.add(SummaryLine, counts=Counts(), total=1, seconds=0.1)


def checks_recorded(
    status: FootnoteStatus, captured: bool, more_checks: Sequence[CheckResult] = ()
) -> tuple[CheckResult, ...]:
    """Every check the contract names, as `check` records them for a footnote of `status` (each once, adding
    up to it), but for `more_checks`, which take the place of those of their names."""
    recorded: dict[CheckName, CheckStatus] = {
        "locator": "fail" if status == "unlocatable" else "pass",
        "schema": "pass",
        "captured": "fail" if status == "failed" else "pass" if captured and status != "error" else "skip",
        "date": "skip",
        "author": "skip",
        "quote": "warn" if status == "unconfirmed" else "skip",
        "title": "skip",
        "archived": "skip",
    }
    given = {check.name: check for check in more_checks}
    return tuple(
        given.get(name) or CheckResult(name=name, status=check_status, detail="test")
        for name, check_status in recorded.items()
    )


def write_report(path: Path, notes: int) -> Path:
    """A Markdown report of `notes` notes, each citing SOURCE_URL from a sentence of its own."""
    body = " ".join(f"Claim {number}.[^{number}]" for number in range(1, notes + 1))
    listed = "".join(f"[^{number}]: {SOURCE_URL}\n" for number in range(1, notes + 1))
    path.write_text(f"{body}\n\n{listed}", encoding="utf-8")
    return path


def notes_of(report: Path) -> dict[str, Footnote]:
    """The report's notes by label, as `verify` reads them for a run `add_run_line` wrote (as Markdown); none
    when the file is no report (a test's stand-in bytes)."""
    try:
        read = read_report_bytes(report.read_bytes(), str(report), "md")
    except (OSError, ProvenanceError):
        return {}
    notes: dict[str, Footnote] = {}
    for note in read.footnotes:
        notes.setdefault(note.label, note)
    return notes


def write_run(
    ledger: Path,
    report: Path,
    footnotes: Sequence[tuple[FootnoteStatus, Capture | None]],
    more_checks: Sequence[CheckResult] = (),
) -> str:
    """Append one run (run line, footnote lines, a summary that counts them) and return the new head; each
    footnote line records every check, as `checks_recorded` makes them, and footnote N records note [N] of
    the report as `check` would (its text, line and citing passages), so that `verify` finds the lines as the
    report reads; a footnote the report has no note for records a made-up one."""
    report_sha256 = sha256_file(report)
    notes = notes_of(report)
    counts = Counts.model_validate(
        {status: sum(s == status for s, _ in footnotes) for status, _ in footnotes}
    )
    with LedgerWriter(ledger, report_sha256) as writer:
        add_run_line(writer, report, report_sha256)
        for number, (status, capture) in enumerate(footnotes, start=1):
            note = notes.get(str(number))
            writer.add(
                FootnoteLine,
                label=str(number),
                text=note.text if note else f"Footnote {number}, {SOURCE_URL}",
                line=note.line if note else 10 + number,
                contexts=note.contexts if note else (),
                citation=Citation(platform=Platform.WEB, url=SOURCE_URL),
                findings=(),
                capture=capture,
                checks=checks_recorded(status, capture is not None, more_checks),
                status=status,
            )
        writer.add(SummaryLine, counts=counts, total=len(footnotes), seconds=1.5)
        return writer.head


@dataclass(frozen=True)
class LedgerFiles:
    folder: Path
    ledger: Path
    report: Path
    warc: Path
    records: tuple[WarcRecordRef, ...]

    def lines(self) -> list[bytes]:
        return self.ledger.read_bytes().splitlines()

    def write_lines(self, lines: Sequence[bytes]) -> None:
        self.ledger.write_bytes(b"".join(line + b"\n" for line in lines))
