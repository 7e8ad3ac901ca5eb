"""A realistic ledger on disk for views of it: a real WARC (with a screenshot resource record), real runs."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from provenance.capture.options import WarcInfo
from provenance.hashing import sha256_file
from provenance.ledger.writer import LedgerWriter
from provenance.models import (
    Attachment,
    Capture,
    CheckResult,
    Citation,
    Context,
    Counts,
    Finding,
    FootnoteLine,
    FootnoteStatus,
    MementoLookup,
    Platform,
    ReportFormat,
    ReportRef,
    RunLine,
    SourcePost,
    SummaryLine,
    ToolInfo,
)
from provenance.warc.writer import RequestHead, WarcFile, response_body

# Each citing passage a paragraph of its own, as the sample footnote lines record them: `verify` compares the
# lines with the notes of the report beside the ledger.
REPORT_TEXT = """# Brief

The council said it \u201cvoted to reopen the bridge\u201d.[^1]

A page is gone.[^2]

An unlinked claim.[^3]

An offline note.[^4]

[^1]: Lina Haddad, \u201cCouncil vote\u201d, City News, January 21, 2022, https://news.example/article
[^2]: City desk, January 20, 2022, https://news.example/gone
[^3]: Telegram, January 21, 2022.
[^4]: Rybar (@rybar), Telegram, January 21, 2022, https://t.me/rybar/12345
"""
AT = dt.datetime(2022, 1, 22, 10, 0, tzinfo=dt.UTC)
_CAPTURE_IP = "203.0.113.7"


@dataclass(frozen=True)
class FootnoteSpec:
    """What one footnote line of the sample run says."""

    label: str
    status: FootnoteStatus
    text: str
    checks: tuple[CheckResult, ...]
    citation: Citation = field(default_factory=Citation)
    contexts: tuple[Context, ...] = ()
    capture: Capture | None = None
    findings: tuple[Finding, ...] = ()
    source: SourcePost | None = None
    archive: MementoLookup | None = None
    location: str | None = None  # where the note is in a PDF or DOCX report


def write_capture_warc(
    archive_dir: Path, name: str, url: str, screenshot: bytes | None, ledger_dir: Path, http_status: int = 200
) -> Capture:
    """A real, published WARC for `url`: its request and the answer (`http_status`, from the capture's IP
    address), with a PNG `resource` record when a screenshot is given."""
    warc = WarcFile(archive_dir, name, AT)
    warc.write_warcinfo(
        WarcInfo(software="provenance/test", operator="tester", hostname="localhost", command_line="test"), AT
    )
    answer = response_body(f"HTTP/1.1 {http_status} {'OK' if http_status == 200 else 'Not Found'}", [])
    request = RequestHead("GET / HTTP/1.1", [("Host", "news.example")])
    try:
        warc.write_exchange(url, _CAPTURE_IP, AT, request, answer, None)
    finally:
        answer.close()
    attachments = []
    if screenshot is not None:
        uri = f"urn:provenance:screenshot:{url}"
        record_id = warc.write_resource(uri, AT, screenshot, "image/png")
        attachments.append(
            Attachment(
                kind="screenshot",
                record_id=record_id,
                uri=uri,
                content_type="image/png",
                sha256=hashlib.sha256(screenshot).hexdigest(),
                bytes=len(screenshot),
                made_at="2022-01-22T10:00:01.000Z",
            )
        )
    path, sha256 = warc.publish()
    return Capture(
        url=url,
        final_url=url,
        http_status=http_status,
        warc=path.relative_to(ledger_dir).as_posix(),
        warc_sha256=sha256,
        records=tuple(warc.records),
        ip=_CAPTURE_IP,
        started_at="2022-01-22T10:00:00.000Z",
        finished_at="2022-01-22T10:00:01.250Z",
        bytes=4711,
        truncated=False,
        attachments=tuple(attachments),
    )


def _linked_checks(url: str, captured: CheckResult) -> tuple[CheckResult, ...]:
    present = "url, platform, date and author present"
    return (
        CheckResult(name="locator", status="pass", detail=url),
        CheckResult(name="schema", status="pass", detail=present),
        captured,
    )


def sample_footnotes(folder: Path, screenshot: bytes | None) -> list[FootnoteSpec]:
    archives = folder / "archives"
    archives.mkdir(exist_ok=True)
    article = "https://news.example/article"
    gone = "https://news.example/gone"
    return [
        FootnoteSpec(
            "1",
            "verified",
            "Lina Haddad, \u201cCouncil vote\u201d, City News, January 21, 2022, https://news.example/article",
            (
                *_linked_checks(
                    article, CheckResult(name="captured", status="pass", detail="HTTP 200, 4711 bytes")
                ),
                CheckResult(
                    name="date",
                    status="pass",
                    detail="published on the cited day",
                    cited="2022-01-21",
                    found="2022-01-21T09:12:00Z",
                ),
                CheckResult(
                    name="quote",
                    status="pass",
                    detail="found verbatim",
                    cited="voted to reopen the bridge",
                    found="The council voted to reopen the bridge on Friday.",
                ),
                # Every check the contract names, as `check` records a verified footnote's.
                CheckResult(
                    name="author",
                    status="pass",
                    detail="the cited author",
                    cited="Lina Haddad",
                    found="Lina Haddad",
                ),
                CheckResult(
                    name="title",
                    status="pass",
                    detail="the cited title",
                    cited="Council vote",
                    found="Council vote",
                ),
                CheckResult(name="archived", status="pass", detail="an archived copy of 2022-01-21"),
            ),
            Citation(
                platform=Platform.WEB,
                author="Lina Haddad",
                date=dt.date(2022, 1, 21),
                url=article,
                title="Council vote",
            ),
            (
                Context(
                    line=3,
                    text="The council said it \u201cvoted to reopen the bridge\u201d.",
                    quotes=("voted to reopen the bridge",),
                ),
            ),
            write_capture_warc(archives, "brief.md-fn1", article, screenshot, folder),
            source=SourcePost(
                platform=Platform.WEB,
                url=article,
                author="Lina Haddad",
                publisher="City News",
                published=dt.datetime(2022, 1, 21, 9, 12, tzinfo=dt.UTC),
                title="Council vote",
                text="The council voted to reopen the bridge on Friday. Work starts in March.",
            ),
            archive=MementoLookup(
                timegate="https://timetravel.example/timegate/https://news.example/article",
                http_status=302,
                memento_url="https://archive.example/20220121/https://news.example/article",
                memento_datetime="Fri, 21 Jan 2022 12:00:00 GMT",
            ),
        ),
        FootnoteSpec(
            "2",
            "failed",
            "City desk, January 20, 2022, https://news.example/gone",
            _linked_checks(
                gone, CheckResult(name="captured", status="fail", detail="HTTP 404; kept as evidence")
            ),
            Citation(platform=Platform.WEB, author="City desk", date=dt.date(2022, 1, 20), url=gone),
            (Context(line=5, text="A page is gone."),),
            write_capture_warc(archives, "brief.md-fn2", gone, None, folder, http_status=404),
        ),
        FootnoteSpec(
            "3",
            "unlocatable",
            "Telegram, January 21, 2022.",
            (
                CheckResult(name="locator", status="fail", detail="no URL or other locator"),
                CheckResult(name="captured", status="skip", detail="nothing to capture: no URL"),
            ),
            Citation(platform=Platform.TELEGRAM, date=dt.date(2022, 1, 21)),
            (Context(line=7, text="An unlinked claim."),),
            findings=(Finding(code="missing-url", message="no URL: the note names no link to the source"),),
        ),
        FootnoteSpec(
            "4",
            "error",
            "Rybar (@rybar), Telegram, January 21, 2022, https://t.me/rybar/12345",
            (
                CheckResult(name="locator", status="pass", detail="https://t.me/rybar/12345"),
                CheckResult(name="captured", status="skip", detail="offline: no capture attempted"),
            ),
            Citation(
                platform=Platform.TELEGRAM, author="Rybar", handle="rybar", url="https://t.me/rybar/12345"
            ),
            (Context(line=9, text="An offline note."),),
        ),
    ]


def write_ledger(folder: Path, footnotes: Sequence[FootnoteSpec], operator: str = "Ada Reviewer") -> Path:
    """The report `brief.md` and one run over `footnotes` in `brief.md.ledger.jsonl` beside it."""
    report = folder / "brief.md"
    if not report.exists():
        report.write_text(REPORT_TEXT, encoding="utf-8")
    ledger = folder / "brief.md.ledger.jsonl"
    report_sha256 = sha256_file(report)
    counts = Counts.model_validate({s: sum(f.status == s for f in footnotes) for s in Counts.model_fields})
    with LedgerWriter(ledger, report_sha256) as writer:
        writer.add(
            RunLine,
            tool=ToolInfo(name="provenance", version="0.1.0"),
            report=ReportRef(path="brief.md", sha256=report_sha256, format=ReportFormat.MARKDOWN),
            operator=operator,
            host="newsroom-laptop",
            options={"offline": False},
        )
        for number, spec in enumerate(footnotes, start=1):
            writer.add(
                FootnoteLine,
                label=spec.label,
                text=spec.text,
                line=10 + number,
                contexts=spec.contexts,
                citation=spec.citation,
                findings=spec.findings,
                capture=spec.capture,
                checks=spec.checks,
                status=spec.status,
                source=spec.source,
                archive=spec.archive,
                location=spec.location,
            )
        writer.add(SummaryLine, counts=counts, total=len(footnotes), seconds=2.5)
    return ledger
