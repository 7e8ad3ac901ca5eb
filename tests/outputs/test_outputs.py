"""Output formats return strings shaped for their readers: the terminal table, --json, verify's verdict."""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import replace
from pathlib import Path

import pytest

from provenance.citations import parse_citation
from provenance.ledger.verify import Verification
from provenance.locate.locate import FootnoteSearch, LocateResult
from provenance.locate.rank import Candidate, FoundPost
from provenance.locate.registry import Account, AccountMatch
from provenance.locate.speakers import LocateQuery
from provenance.models import (
    CaptureOutcome,
    CheckResult,
    Citation,
    Context,
    Finding,
    Footnote,
    FootnoteStatus,
    Platform,
    Problem,
    Report,
    ReportFormat,
)
from provenance.outputs.captures import render_captures_text
from provenance.outputs.github import GithubAnnotationsFormat
from provenance.outputs.json_format import JsonFormat
from provenance.outputs.junit import JunitFormat
from provenance.outputs.locate_table import render_locate
from provenance.outputs.sarif import SarifFormat
from provenance.outputs.table import TableFormat
from provenance.outputs.verification import render_verification_json, render_verification_text
from provenance.results import CitedFootnote, FootnoteResult, ReportResult
from provenance.seal.verification import SealResult, SealStatus
from provenance.verdict import FootnoteEvidence

SHA = "a" * 64


def _result(
    label: str, status: FootnoteStatus, checks: tuple[CheckResult, ...], url: str | None = None
) -> FootnoteResult:
    footnote = Footnote(label=label, text=f"note {label}", line=10 + int(label))
    cited = CitedFootnote(footnote=footnote, citation=Citation(url=url), findings=())
    return FootnoteResult(cited=cited, outcome=None, checks=checks, status=status)


def _report_result(*footnotes: FootnoteResult, findings: tuple[Finding, ...] = ()) -> ReportResult:
    report = Report(path="brief.md", format=ReportFormat.MARKDOWN, sha256=SHA, findings=findings)
    return ReportResult(report, Path("brief.md.ledger.jsonl"), footnotes, head=SHA, seconds=1.25)


OFFLINE = _result(
    "1",
    "error",
    (
        CheckResult(name="locator", status="pass", detail="https://news.example/a"),
        CheckResult(name="captured", status="skip", detail="offline: no capture attempted"),
    ),
    url="https://news.example/a",
)
UNLOCATABLE = _result("2", "unlocatable", (CheckResult(name="locator", status="fail", detail="no URL"),))


def test_json_has_the_contract_shape() -> None:
    document = json.loads(JsonFormat().render([_report_result(OFFLINE, UNLOCATABLE)]))
    (report,) = document["reports"]
    assert report["report"] == "brief.md" and report["ledger"] == "brief.md.ledger.jsonl"
    assert [f["label"] for f in report["footnotes"]] == ["1", "2"]
    first = report["footnotes"][0]
    assert {"label", "status", "url", "checks"} <= set(first)
    assert first["checks"][1] == {
        "name": "captured",
        "status": "skip",
        "detail": "offline: no capture attempted",
    }
    assert report["counts"] == {"verified": 0, "unconfirmed": 0, "failed": 0, "unlocatable": 1, "error": 1}


def test_json_of_a_stopped_check_says_it_stopped_and_which_report_it_did_not_record() -> None:
    # A CI step's time limit stops the check half-way: the document counted one error and said nothing
    # else, so a pipeline reading the counts took the half it had for the whole run.
    recorded = _report_result(UNLOCATABLE)
    memo = recorded.report.model_copy(update={"path": "memo.md"})
    unrecorded = replace(_report_result(OFFLINE), report=memo, stopped=True)
    document = json.loads(JsonFormat().render([recorded, unrecorded]))
    assert document["stopped"] is True
    assert [report["stopped"] for report in document["reports"]] == [False, True]


def test_json_says_stopped_when_the_command_line_stopped_after_every_report_was_recorded() -> None:
    document = json.loads(JsonFormat(stopped=True).render([_report_result(UNLOCATABLE)]))
    assert document["stopped"] is True and document["reports"][0]["stopped"] is False


def test_json_of_a_finished_check_says_it_was_not_stopped() -> None:
    document = json.loads(JsonFormat().render([_report_result(OFFLINE, UNLOCATABLE)]))
    assert document["stopped"] is False and document["reports"][0]["stopped"] is False


def _verification(*problems: Problem) -> Verification:
    return Verification(
        ledger="brief.md.ledger.jsonl",
        lines=7,
        runs=1,
        head=SHA,
        warc_files=2,
        records=10,
        report_checked=True,
        problems=problems,
    )


def test_verify_text_names_each_problem_with_line_file_expected_and_found() -> None:
    problem = Problem(
        line=3,
        file="archives/a.warc.gz",
        code="warc-hash-mismatch",
        message="WARC file hash differs",
        expected="1" * 64,
        actual="2" * 64,
    )
    text = render_verification_text(_verification(problem))
    assert "1 problem(s)" in text
    assert (
        f"line 3, archives/a.warc.gz: WARC file hash differs (expected {'1' * 64}, found {'2' * 64})" in text
    )


def _damaged_warc(line: int, file: str = "archives/a.warc.gz") -> Problem:
    return Problem(
        line=line,
        file=file,
        code="warc-hash-mismatch",
        message="WARC file hash differs",
        expected="1",
        actual="2",
    )


def test_verify_text_says_a_problem_found_again_for_later_lines_once_naming_each_line() -> None:
    # A damaged WARC that every later run reuses: said once where it was first found, not once per run.
    problems = (_damaged_warc(2), _damaged_warc(3, "archives/b.warc.gz"), _damaged_warc(6), _damaged_warc(10))
    text = render_verification_text(_verification(*problems))
    assert "4 problem(s)" in text
    listed = [line for line in text.splitlines() if line.startswith("  ✗")]
    assert listed == [
        "  ✗ lines 2, 6 and 10, archives/a.warc.gz: WARC file hash differs (expected 1, found 2)",
        "  ✗ line 3, archives/b.warc.gz: WARC file hash differs (expected 1, found 2)",
    ]
    # The JSON document keeps one problem per ledger line, for a program that looks a line up.
    document = json.loads(render_verification_json(_verification(*problems)))
    assert [problem["line"] for problem in document["problems"]] == [2, 3, 6, 10]


def test_verify_text_names_the_first_lines_of_a_problem_found_for_many_and_counts_the_rest() -> None:
    text = render_verification_text(_verification(*(_damaged_warc(line) for line in range(2, 402, 4))))
    assert "  ✗ lines 2, 6, 10, 14, 18, 22, 26, 30, 34, 38 and 90 more, archives/a.warc.gz:" in text


def test_verify_text_names_runs_of_consecutive_lines_as_ranges() -> None:
    problems = [_damaged_warc(line) for line in (1, 2, 4, 5, 6, 7, 9)]
    assert "  ✗ lines 1, 2, 4-7 and 9, archives/a.warc.gz:" in render_verification_text(
        _verification(*problems)
    )


def test_verify_text_keeps_problems_that_differ_in_what_was_found_apart() -> None:
    changed = Problem(
        line=6,
        file="archives/a.warc.gz",
        code="warc-hash-mismatch",
        message="WARC file hash differs",
        expected="1",
        actual="3",
    )
    listed = [
        line
        for line in render_verification_text(_verification(_damaged_warc(2), changed)).splitlines()
        if line.startswith("  ✗")
    ]
    assert [line.split(":")[0] for line in listed] == [
        "  ✗ line 2, archives/a.warc.gz",
        "  ✗ line 6, archives/a.warc.gz",
    ]


def test_verify_text_and_json_for_an_intact_ledger() -> None:
    assert "intact" in render_verification_text(_verification())
    document = json.loads(render_verification_json(_verification()))
    assert document["intact"] is True and document["problems"] == []


def test_verify_lists_footnotes_in_aligned_columns_whatever_the_labels_length() -> None:
    # `[1]` beside `[unlinked]`: the status, evidence and URL columns must start at one place on every line.
    footnotes = (
        FootnoteEvidence(
            line=2, label="1", status="verified", url="https://t.me/rybar/1", warc=None, evidence="intact"
        ),
        FootnoteEvidence(
            line=3, label="unlinked", status="unlocatable", url=None, warc=None, evidence="none"
        ),
        FootnoteEvidence(
            line=4,
            label="news",
            status="failed",
            url="http://news.example/gone",
            warc=None,
            evidence="damaged",
        ),
    )
    text = render_verification_text(_verification().model_copy(update={"footnotes": footnotes}))
    rows = [row for row in text.splitlines() if row.startswith("  [")]
    assert len(rows) == 3
    statuses, states = ["verified", "unlocatable", "failed"], ["evidence", "nothing", "EVIDENCE"]
    assert len({row.index(status) for row, status in zip(rows, statuses, strict=True)}) == 1
    assert len({row.index(state) for row, state in zip(rows, states, strict=True)}) == 1


def test_the_verdict_counts_one_signature_in_the_singular() -> None:
    seal = SealResult(line=7, kind="signature", status="trusted", sealed_head=SHA, detail="", public_key="k")
    text = render_verification_text(_verification().model_copy(update={"seals": (seal,)}))
    assert "every seal checks out (1 signature by a --trust key)" in text.split("verdict:")[1]
    broken = _verification().model_copy(
        update={"seals": (seal,), "problems": (Problem.at(1, "l", "x", "x"),)}
    )
    assert "(1 signature, 1 by a --trust key)" in render_verification_text(broken).split("verdict:")[1]


def _timestamp_seal(status: SealStatus, detail: str) -> SealResult:
    return SealResult(
        line=7,
        kind="timestamp",
        status=status,
        sealed_head=SHA,
        detail=detail,
        tsa="https://tsa.example/",
        gen_time="2024-01-01T00:00:00Z",
    )


def test_verify_text_says_a_timestamp_was_granted_with_modifications_as_the_json_does() -> None:
    # The text showed "valid, from a TSA a --tsa-ca root certifies" alone: only `--json`'s detail said the TSA
    # had changed something of the request (RFC 3161 grantedWithMods).
    modified = "; the TSA granted it with modifications (grantedWithMods), a token all the same"
    cases: tuple[tuple[SealStatus, str], ...] = (
        ("trusted", f"signed by a TSA the given --tsa-ca certifies{modified}"),
        ("unchecked", f"timestamp … but the TSA's signature and certificate were not checked{modified}"),
    )
    for status, detail in cases:
        verification = _verification().model_copy(update={"seals": (_timestamp_seal(status, detail),)})
        (seal_line,) = [
            line for line in render_verification_text(verification).splitlines() if "line 7:" in line
        ]
        assert seal_line.endswith(modified), seal_line
        (said,) = json.loads(render_verification_json(verification))["seals"]
        assert said["detail"].endswith(modified)


def test_verify_text_of_a_timestamp_granted_as_asked_says_nothing_of_modifications() -> None:
    seal = _timestamp_seal("trusted", "signed by a TSA the given --tsa-ca certifies")
    text = render_verification_text(_verification().model_copy(update={"seals": (seal,)}))
    assert (
        "  line 7: timestamp 2024-01-01T00:00:00Z from https://tsa.example/, sealing lines 1 to 6: "
        "valid, from a TSA a --tsa-ca root certifies (its certificates valid at the token's time; revocation "
        "not checked: verify reads no CRL or OCSP)\n"
    ) in text
    assert "modifications" not in text


def test_verify_text_says_whether_a_timestamps_certificate_expired_since_or_is_valid_until_when() -> None:
    # A TSA certificate that expired after the token's time leaves the token standing: the text said
    # nothing of the certificate's dates, so a reader who looked the certificate up saw it expired and
    # could not tell whether verify had held the token to them.
    def seal_line(status: SealStatus, expired: bool) -> str:
        seal = _timestamp_seal(status, "…").model_copy(
            update={
                "token_serial": "1",
                "policy": "1.2.3",
                "tsa_certificate_sha256": "ab" * 32,
                "tsa_certificate_valid_until": "2025-01-01T00:00:00Z",
                "tsa_certificate_expired_since": expired,
            }
        )
        text = render_verification_text(_verification().model_copy(update={"seals": (seal,)}))
        (line,) = [line for line in text.splitlines() if "line 7:" in line]
        return line

    assert (
        f"SHA-256 {'ab' * 32} (expired since, at 2025-01-01T00:00:00Z: it was valid when the token was made, "
        "which stands), sealing lines 1 to 6: valid, from a TSA"
    ) in seal_line("trusted", expired=True)
    assert f"SHA-256 {'ab' * 32} (valid until 2025-01-01T00:00:00Z), sealing" in seal_line("unchecked", False)
    assert "valid until" not in seal_line("untrusted", expired=False)
    assert "expired since" not in seal_line("untrusted", expired=True)


def test_verify_text_shows_a_ledgers_workflow_command_escaped_as_a_ci_log_must() -> None:
    # A pull request can change the ledger: raw in a GitHub Actions log, `##[stop-commands]` in a URL it
    # records silences every annotation after it.
    footnotes = (
        FootnoteEvidence(
            line=2,
            label="1",
            status="verified",
            url="https://news.example/a##[stop-commands]tok",
            warc=None,
            evidence="intact",
        ),
    )
    text = render_verification_text(_verification().model_copy(update={"footnotes": footnotes}))
    assert "https://news.example/a#\\x23[stop-commands]tok" in text and "##[" not in text


def test_capture_lines_show_a_urls_workflow_command_escaped() -> None:
    outcome = CaptureOutcome(url="https://news.example/##[error]forged", capture=None, error="refused")
    assert render_captures_text([outcome]) == (
        "https://news.example/#\\x23[error]forged: failed; nothing captured (refused)\n"
    )


def test_the_locate_view_shows_a_file_names_workflow_command_escaped() -> None:
    report = Report(path="::add-mask::failed.md", format=ReportFormat.MARKDOWN, sha256=SHA, findings=())
    result = LocateResult(report, Path("brief.ledger.jsonl"), (), ("1", "##[error]x"), head=SHA, seconds=0.5)
    lines = render_locate([result], None).splitlines()
    assert lines[0] == ":\\x3aadd-mask::failed.md → brief.ledger.jsonl (locate)"
    assert lines[1] == "  already linked: [1], [#\\x23[error]x]"


def test_json_on_stdout_holds_no_workflow_command_a_ci_runner_obeys_and_reads_back_the_same() -> None:
    # `check --json` in a GitHub Actions step: `##[stop-commands]` inside a string still stops the runner's
    # commands (it reads `##[` anywhere in a line). `#\u0023[` is the same JSON string.
    detail = "the page says ##[stop-commands]tok"
    result = _result("1", "failed", (CheckResult(name="quote", status="fail", detail=detail),))
    text = JsonFormat().render([_report_result(result)])
    assert "##[" not in text and "#\\u0023[stop-commands]tok" in text
    (footnote,) = json.loads(text)["reports"][0]["footnotes"]
    assert footnote["checks"][0]["detail"] == detail


def test_no_check_output_a_command_can_print_holds_a_workflow_command_a_ci_runner_obeys() -> None:
    # Each output escapes what a runner obeys in its own way (`\x23`, `\u0023`, `&#35;`): one that forgot
    # (`--junit -`, `--html -` did) let a page's `##[stop-commands]` silence every annotation after it. The
    # annotations themselves are the commands the tool means, one a line.
    hostile = "x ##[stop-commands]tok\n::error file=a.md::forged\n  ::add-mask::failed"
    checks = (CheckResult(name="quote", status="fail", detail=hostile, cited=hostile, found=hostile),)
    footnote = Footnote(label="1##[error]", text=hostile, line=11)
    cited = CitedFootnote(
        footnote=footnote, citation=Citation(url="https://a.example/##[error]"), findings=()
    )
    results = [_report_result(FootnoteResult(cited=cited, outcome=None, checks=checks, status="failed"))]
    for output in (TableFormat(width=100), JsonFormat(), SarifFormat(), JunitFormat()):
        printed = output.render(results)
        obeyed = [line for line in printed.split("\n") if "##[" in line or line.lstrip().startswith("::")]
        assert obeyed == [], type(output).__name__
    annotations = GithubAnnotationsFormat().render(results).splitlines()
    assert len(annotations) == 1 and annotations[0].startswith("::error file=brief.md,line=11,")


def _located_once(score: float) -> LocateResult:
    """A locate run of one report whose unlinked note [1] found one candidate post with `score`."""
    match = AccountMatch(Account(name="Desk", platform=Platform.TELEGRAM, handle="desk"), 1.0, "Desk", "Desk")
    footnote = Footnote(label="1", text="Telegram, January 21, 2022.", line=3)
    post = FoundPost(
        url="https://t.me/desk/41",
        posted_at=dt.datetime(2022, 1, 21, 10, tzinfo=dt.UTC),
        text="Bridge reopened.",
        account=match,
        via="telegram preview",
    )
    parts: dict[str, float | None] = {"quote": 1.0, "speaker": 1.0, "date": 1.0, "order": None}
    candidate = Candidate(post=post, parts=parts, score=score)
    query = LocateQuery("1", Platform.TELEGRAM, dt.date(2022, 1, 21), (), ("Bridge reopened.",))
    search = FootnoteSearch(
        footnote, parse_citation(footnote).citation, query, (match,), (candidate,), None, ()
    )
    report = Report(path="brief.md", format=ReportFormat.MARKDOWN, sha256=SHA, findings=())
    return LocateResult(report, Path("brief.md.ledger.jsonl"), (search,), (), head=SHA, seconds=0.5)


def test_the_locate_table_says_a_candidates_score_ranks_it_and_is_no_probability() -> None:
    # `1. 0.97  https://…` read as "97% sure this is the cited post": it is a weighted fit of the note's
    # quote, speaker, date and order, for ranking the candidates against each other.
    lines = render_locate([_located_once(0.97)], None).splitlines()
    candidate = next(line for line in lines if "https://t.me/desk/41" in line)
    assert candidate.startswith("    1. score 0.97  https://t.me/desk/41  2022-01-21 10:00Z  quote 1.00")
    assert lines[-2] == (
        "  score: how the candidates rank against the note (quote, speaker, date, order), 0 to 1; not the "
        "probability that a post is the one cited"
    )


@pytest.mark.parametrize(
    ("flag", "said"),
    [
        ("quote_translated", " (quote not compared)"),
        ("quote_cut", " (quote not compared)"),
        ("quote_across", " (quote compared across languages or alphabets, not as written)"),
        (None, ""),
    ],
    ids=["translation", "text cut", "another cyrillic language", "compared as written"],
)
def test_the_locate_table_says_beside_the_quote_part_when_it_compared_no_words_as_written(
    flag: str | None, said: str
) -> None:
    # `quote 0.50` beside a translation, or a text cut, read as half the quote's words found in the post, and
    # `quote 0.64` of a Ukrainian quote in a Russian post as most of them: only a note lines below said the
    # words were never compared, or were the words the two languages share.
    result = _located_once(0.69)
    candidate = result.searches[0].candidates[0]
    if flag is not None:
        candidate = replace(
            candidate,
            quote_translated=flag == "quote_translated",
            quote_cut=flag == "quote_cut",
            quote_across=flag == "quote_across",
        )
    shown = replace(result, searches=(replace(result.searches[0], candidates=(candidate,)),))
    lines = render_locate([shown], None).splitlines()
    line = next(line for line in lines if "https://t.me/desk/41" in line)
    assert line.endswith(f"order \u2013{said}")


def test_the_locate_table_without_candidates_explains_no_score() -> None:
    result = _located_once(0.97)
    bare = replace(result, searches=(replace(result.searches[0], candidates=()),))
    text = render_locate([bare], None)
    assert "score" not in text and "0 with candidates, 1 without" in text


def _pdf_note(location: str | None) -> list[ReportResult]:
    """A failed note of a PDF report (or, without `location`, a text one): its `line` 412 is counted through
    the whole document, as the PDF reader counts it."""
    passage = Context(line=398, text="A claim.[7]", location="page 9, line 1" if location else None)
    footnote = Footnote(label="7", text="note 7", line=412, location=location, contexts=(passage,))
    cited = CitedFootnote(footnote=footnote, citation=Citation(url="https://news.example/a"), findings=())
    checks = (CheckResult(name="quote", status="fail", detail="quote not found in the source"),)
    report_format = ReportFormat.PDF if location else ReportFormat.TEXT
    report = Report(path="brief.pdf", format=report_format, sha256=SHA)
    result = FootnoteResult(cited=cited, outcome=None, checks=checks, status="failed")
    return [ReportResult(report, Path("brief.pdf.ledger.jsonl"), (result,), head=SHA, seconds=1.0)]


def test_every_output_pointing_at_a_pdf_note_by_line_says_the_page_and_line_a_reader_finds_it_at() -> None:
    # `brief.pdf line 412` is no line anyone finds in a PDF (nor a DOCX's paragraph number): the annotation,
    # the code-scanning message, the JUnit failure and the JSON said only that number.
    results = _pdf_note("page 9, line 14")
    (annotation,) = GithubAnnotationsFormat().render(results).splitlines()
    assert annotation.startswith("::error file=brief.pdf,line=1,title=provenance%3A footnote [7] (page 9%2C")
    sarif = json.loads(SarifFormat().render(results))["runs"][0]["results"][0]
    assert sarif["message"]["text"].startswith("Footnote \\[7\\] (page 9, line 14) is failed: quote fail")
    # Placed at the file, not at a line 412 of a binary file that code scanning cannot show.
    assert sarif["locations"][0]["physicalLocation"]["region"] == {"startLine": 1}
    assert sarif["relatedLocations"][0]["message"]["text"] == "passage citing \\[7\\] (page 9, line 1)"
    junit = JunitFormat().render(results)
    assert 'message="page 9, line 14: quote fail: quote not found in the source"' in junit
    assert 'file="brief.pdf" line="1"' in junit  # the file, not a line 412 a reporter annotates
    assert "where: page 9, line 14" in junit
    (footnote,) = json.loads(JsonFormat().render(results))["reports"][0]["footnotes"]
    assert footnote["line"] == 412 and footnote["location"] == "page 9, line 14"


def test_outputs_pointing_at_a_note_of_a_text_report_say_its_line_as_before() -> None:
    results = _pdf_note(None)
    (annotation,) = GithubAnnotationsFormat().render(results).splitlines()
    assert annotation == (
        "::error file=brief.pdf,line=412,title=provenance%3A footnote [7] failed::quote fail: quote not found"
        " in the source (https://news.example/a)"
    )
    sarif = json.loads(SarifFormat().render(results))["runs"][0]["results"][0]
    assert sarif["message"]["text"].startswith("Footnote \\[7\\] is failed: quote fail")
    assert sarif["relatedLocations"][0]["message"]["text"] == "passage citing \\[7\\]"
    assert 'message="quote fail: quote not found in the source"' in JunitFormat().render(results)
    assert 'file="brief.pdf" line="412"' in JunitFormat().render(results)
    (footnote,) = json.loads(JsonFormat().render(results))["reports"][0]["footnotes"]
    assert "location" not in footnote
