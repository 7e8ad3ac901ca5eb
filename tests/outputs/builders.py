"""Check results built in memory, as the pipeline hands them to output formats."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from provenance.models import (
    Capture,
    CaptureOutcome,
    CheckResult,
    Citation,
    Context,
    Finding,
    Footnote,
    FootnoteStatus,
    Report,
    ReportFormat,
)
from provenance.results import CitedFootnote, FootnoteResult, ReportResult

SHA = "a" * 64
WARC_SHA = "b" * 64


def capture(url: str, http_status: int = 200, warc: str = "archives/brief.md-fn1.warc.gz") -> Capture:
    return Capture(
        url=url,
        final_url=url,
        http_status=http_status,
        warc=warc,
        warc_sha256=WARC_SHA,
        records=(),
        ip="127.0.0.1",
        started_at="2022-01-22T10:00:00.000Z",
        finished_at="2022-01-22T10:00:01.500Z",
        bytes=120,
        truncated=False,
    )


def footnote_result(
    label: str,
    status: FootnoteStatus,
    checks: tuple[CheckResult, ...],
    *,
    url: str | None = None,
    text: str | None = None,
    line: int | None = None,
    contexts: tuple[Context, ...] = (),
    captured: Capture | None = None,
) -> FootnoteResult:
    footnote = Footnote(
        label=label,
        text=text if text is not None else f"note {label}",
        line=line if line is not None else 10 + len(label),
        contexts=contexts,
    )
    cited = CitedFootnote(footnote=footnote, citation=Citation(url=url), findings=())
    outcome = CaptureOutcome(url=url, capture=captured) if url and captured else None
    return FootnoteResult(cited=cited, outcome=outcome, checks=checks, status=status)


def report_result(
    *footnotes: FootnoteResult,
    path: str = "brief.md",
    findings: tuple[Finding, ...] = (),
    format: ReportFormat = ReportFormat.MARKDOWN,
) -> ReportResult:
    report = Report(path=path, format=format, sha256=SHA, findings=findings)
    return ReportResult(report, Path(f"{path}.ledger.jsonl"), footnotes, head=SHA, seconds=1.25)


def passed(name: str, detail: str = "ok") -> CheckResult:
    return CheckResult(name=name, status="pass", detail=detail)  # type: ignore[arg-type]


VERIFIED = footnote_result(
    "1",
    "verified",
    (passed("locator", "https://news.example/a"), passed("schema"), passed("captured", "HTTP 200")),
    url="https://news.example/a",
    captured=capture("https://news.example/a"),
)
GONE = footnote_result(
    "2",
    "failed",
    (
        passed("locator", "https://news.example/gone"),
        passed("schema"),
        CheckResult(
            name="captured",
            status="fail",
            detail="HTTP 404; kept as evidence: 120 bytes in archives/brief.md-fn2.warc.gz",
        ),
    ),
    url="https://news.example/gone",
    line=21,
    contexts=(Context(line=3, text="A page is gone.[^2]"), Context(line=5, text="Again.[^2]")),
    captured=capture("https://news.example/gone", 404, "archives/brief.md-fn2.warc.gz"),
)
UNLINKED = footnote_result(
    "3",
    "unlocatable",
    (
        CheckResult(name="locator", status="fail", detail="no URL or other locator"),
        CheckResult(name="captured", status="skip", detail="nothing to capture: no URL"),
    ),
    text="Telegram, January 21, 2022.",
    line=22,
)
OFFLINE = footnote_result(
    "4",
    "error",
    (
        passed("locator", "https://news.example/b"),
        CheckResult(name="captured", status="skip", detail="offline"),
    ),
    url="https://news.example/b",
    line=23,
)


MISSING_NOTE = Finding(code="marker-without-footnote", message="marker 2 on line 3 has no footnote", line=3)
NO_NOTES_READ = Finding(
    code="markers-without-notes", message="markers found but no notes: unsupported style?"
)


def in_a_pdf(result: FootnoteResult) -> FootnoteResult:
    """`result` as a PDF's reader places it: its `line` counted through the whole document's text, and where
    it is said in words (page and line)."""
    footnote = result.cited.footnote.model_copy(
        update={
            "line": 400,
            "location": "page 9, line 12",
            "contexts": tuple(
                context.model_copy(update={"line": 380 + n, "location": f"page 9, line {n}"})
                for n, context in enumerate(result.cited.footnote.contexts, start=1)
            ),
        }
    )
    return replace(result, cited=replace(result.cited, footnote=footnote))
