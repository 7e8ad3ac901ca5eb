"""A footnote line's status against the checks beside it: a line rewritten to drop a check, or to say better
than its checks, the chain computed again, verified intact in silence; each is a warning naming its line."""

from __future__ import annotations

import itertools
import json
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from provenance.checks import footnote_status
from provenance.hashing import sha256_hex
from provenance.ledger.canonical import canonical_json
from provenance.ledger.statuses import NAMED_CHECKS, status_misstated, status_refuted, statuses_of
from provenance.ledger.verify import verify_ledger
from provenance.models import Capture, CheckName, CheckResult, CheckStatus, FootnoteLine, FootnoteStatus
from tests.ledger.builders import LedgerFiles, checks_recorded, make_capture

_MISSTATED = "ledger line 2 record a status their checks do not add up to"


def _lines(ledger_files: LedgerFiles) -> list[dict[str, Any]]:
    return [json.loads(raw) for raw in ledger_files.ledger.read_bytes().splitlines()]


def _write_chained(ledger: Path, lines: list[dict[str, Any]]) -> None:
    """Write `lines` as the ledger, each `prev` made again from the line before (as a forger would)."""
    written: list[bytes] = []
    for line in lines:
        if written:
            line["prev"] = sha256_hex(written[-1])
        written.append(canonical_json(line))
    ledger.write_bytes(b"".join(line + b"\n" for line in written))


def _footnote(
    status: FootnoteStatus, checks: tuple[CheckResult, ...], capture: Capture | None = None
) -> FootnoteLine:
    return FootnoteLine(
        seq=1,
        at="2024-05-01T10:00:02.000Z",
        prev="0" * 64,
        label="1",
        text="a note",
        line=3,
        contexts=(),
        citation={"platform": "web", "url": "https://example.org/post/1"},  # type: ignore[arg-type]
        findings=(),
        capture=capture,
        checks=checks,
        status=status,
    )


# --- the rule, as `check` applies it ----------------------------------------------------------------------

_OPTIONS: tuple[CheckStatus | None, ...] = ("pass", "fail", "warn", "skip", None)  # None: not recorded


def test_the_statuses_verify_allows_are_those_check_gives_for_every_combination_of_checks() -> None:
    # The rule is written twice (verify loads no check): any drift would warn of honest lines, or pass
    # misstated ones. Author and title weigh as date and quote do (content checks).
    varied: tuple[tuple[CheckName, tuple[CheckStatus | None, ...]], ...] = (
        ("locator", _OPTIONS),
        ("schema", _OPTIONS),
        ("captured", _OPTIONS),
        ("date", _OPTIONS),
        ("quote", _OPTIONS[:4]),
        ("archived", _OPTIONS[:4]),
    )
    for statuses in itertools.product(*(options for _, options in varied)):
        checks = tuple(
            CheckResult(name=name, status=status, detail="")
            for (name, _), status in zip(varied, statuses, strict=True)
            if status is not None
        )
        given = {footnote_status(checks, look=False), footnote_status(checks, look=True)}
        assert statuses_of(checks) == given, checks


def test_no_status_check_gives_is_refuted_for_any_combination_of_checks(ledger_files: LedgerFiles) -> None:
    # A refuted line is a problem (verify exits 1): one `check` wrote would be a false alarm on an honest
    # ledger.
    capture = make_capture(ledger_files.folder, "archives/capture.warc", ledger_files.records)
    for statuses in itertools.product(_OPTIONS, repeat=5):
        names: tuple[CheckName, ...] = ("locator", "schema", "captured", "date", "quote")
        checks = tuple(
            CheckResult(name=name, status=status, detail="")
            for name, status in zip(names, statuses, strict=True)
            if status is not None
        )
        for look in (False, True):
            given = footnote_status(checks, look=look)
            assert status_refuted(_footnote(given, checks, capture)) is None, (given, checks)


@pytest.mark.parametrize("status", ["verified", "unconfirmed", "failed", "unlocatable", "error"])
def test_every_check_recorded_once_and_the_status_it_gives_is_not_misstated(status: FootnoteStatus) -> None:
    assert (
        status_misstated(_footnote(status, checks_recorded(status, captured=status != "unlocatable"))) is None
    )


def test_a_stopped_checks_footnote_error_with_its_one_skipped_check_is_not_misstated() -> None:
    # `results.not_checked`: a footnote a stopped check never reached records `captured: skip` alone.
    skipped = CheckResult(name="captured", status="skip", detail="not checked")
    assert status_misstated(_footnote("error", (skipped,))) is None


def test_a_paywalled_article_unconfirmed_beside_captured_warn_is_not_misstated() -> None:
    looked = CheckResult(name="captured", status="warn", detail="paywalled: a person must read it")
    checks = checks_recorded("verified", captured=True, more_checks=(looked,))
    assert status_misstated(_footnote("unconfirmed", checks)) is None


@pytest.mark.parametrize("dropped", NAMED_CHECKS)
def test_a_verified_footnote_without_a_named_check_is_misstated(dropped: CheckName) -> None:
    checks = tuple(check for check in checks_recorded("verified", captured=True) if check.name != dropped)
    said = status_misstated(_footnote("verified", checks))
    assert said is not None and said.startswith(f"no {dropped} check"), said


def test_an_unconfirmed_footnote_beside_a_check_that_fails_is_misstated() -> None:
    failed = CheckResult(name="date", status="fail", detail="a year off")
    checks = checks_recorded("unconfirmed", captured=True, more_checks=(failed,))
    assert status_misstated(_footnote("unconfirmed", checks)) == "its checks add up to failed"


def test_a_check_recorded_twice_is_misstated() -> None:
    checks = checks_recorded("verified", captured=True)
    said = status_misstated(_footnote("verified", (*checks, checks[0])))
    assert said == "locator recorded more than once"


@pytest.mark.parametrize(
    ("answer", "said"),
    [
        ({"http_status": 404}, "captured passes beside HTTP 404"),
        ({"http_status": None}, "captured passes beside no HTTP answer"),
        ({"truncated": True, "truncation": "length"}, "captured passes beside a body cut short"),
        ({"error": "disconnected"}, "captured passes beside a capture error"),
    ],
    ids=["404", "no-answer", "cut", "error"],
)
def test_captured_passing_beside_a_capture_that_got_no_whole_2xx_answer_is_misstated(
    ledger_files: LedgerFiles, answer: dict[str, object], said: str
) -> None:
    # `checks.captured` passes only a whole 2xx answer: a forger who turns a 404's footnote into verified
    # (captured: pass, the summary counted anew) left a line every hash agreed with.
    capture = make_capture(ledger_files.folder, "archives/capture.warc", ledger_files.records)
    checks = checks_recorded("verified", captured=True)
    assert status_misstated(_footnote("verified", checks, capture.model_copy(update=answer))) == said


def test_captured_passing_beside_a_whole_200_is_not_misstated(ledger_files: LedgerFiles) -> None:
    capture = make_capture(ledger_files.folder, "archives/capture.warc", ledger_files.records)
    checks = checks_recorded("verified", captured=True)
    assert status_misstated(_footnote("verified", checks, capture)) is None
    assert (
        status_misstated(_footnote("verified", checks, capture.model_copy(update={"http_status": 204})))
        is None
    )


# --- the forger's ledger, as verify sees it -----------------------------------------------------------------


def test_a_verified_footnote_line_rewritten_without_its_quote_check_is_a_warning_naming_it(
    ledger_files: LedgerFiles,
) -> None:
    # The forger takes out the check that would have shown the footnote was not verified (a `quote: warn`),
    # keeps `verified`, and computes the chain again: verify said INTACT, no warning. A warning, not a
    # problem: older versions of `check` recorded no title or archived check.
    lines = _lines(ledger_files)
    lines[1]["checks"] = [check for check in lines[1]["checks"] if check["name"] != "quote"]
    _write_chained(ledger_files.ledger, lines)

    verification = verify_ledger(ledger_files.ledger)

    assert verification.problem_count == 0
    assert [warning for warning in verification.warnings if warning.startswith(_MISSTATED)], (
        verification.warnings
    )
    assert verification.unsupported[2].startswith("no quote check")


@pytest.mark.parametrize("dropped", ["locator", "schema", "captured"])
def test_a_verified_footnote_line_rewritten_without_a_check_every_verified_one_passed_is_a_problem(
    ledger_files: LedgerFiles, dropped: str
) -> None:
    # Every version of `check` recorded verified only beside a locator, schema and captured check that
    # passed: a line without one was listed "[1] verified, evidence intact" and verify exited 0.
    lines = _lines(ledger_files)
    lines[1]["checks"] = [check for check in lines[1]["checks"] if check["name"] != dropped]
    _write_chained(ledger_files.ledger, lines)

    verification = verify_ledger(ledger_files.ledger)

    assert [(problem.line, problem.code, problem.actual) for problem in verification.problems] == [
        (2, "status-refuted", "verified")
    ]
    assert f"no {dropped} check" in verification.problems[0].message
    assert not verification.intact


def test_a_footnote_line_rewritten_to_unconfirmed_beside_its_failing_check_is_a_problem_in_verifys_listing(
    ledger_files: LedgerFiles, capsys: pytest.CaptureFixture[str]
) -> None:
    # The summary counts the footnote anew, so the run adds up; only the line's own checks tell. Every
    # version of `check` recorded failed beside a check that fails: verify exited 0 on a warning.
    lines = _lines(ledger_files)
    lines[1]["status"] = "unconfirmed"
    lines[1]["checks"] = [
        {**check, "status": "fail"} if check["name"] == "date" else check for check in lines[1]["checks"]
    ]
    lines[3]["counts"] = {**lines[3]["counts"], "verified": 0, "unconfirmed": 1}
    _write_chained(ledger_files.ledger, lines)

    code = cli.main(["verify", str(ledger_files.ledger)])
    out, err = capsys.readouterr()

    assert code == 1
    assert "the line records unconfirmed beside date: fail: its own checks refute it" in out
    assert _MISSTATED not in err


@pytest.mark.parametrize(
    ("status", "refuted"),
    [("verified", "quote: fail"), ("unconfirmed", "quote: fail"), ("error", "quote: fail")],
)
def test_a_status_beside_a_check_that_fails_is_refuted(status: FootnoteStatus, refuted: str) -> None:
    failed = CheckResult(name="quote", status="fail", detail="not in the source")
    checks = checks_recorded("verified", captured=True, more_checks=(failed,))
    assert status_refuted(_footnote(status, checks)) == refuted


@pytest.mark.parametrize("status", ["failed", "unlocatable"])
def test_a_failed_or_unlocatable_status_beside_a_check_that_fails_is_not_refuted(
    status: FootnoteStatus,
) -> None:
    failed = CheckResult(name="quote", status="fail", detail="not in the source")
    checks = checks_recorded("verified", captured=True, more_checks=(failed,))
    assert status_refuted(_footnote(status, checks)) is None


def test_statuses_older_checks_wrote_are_not_refuted(ledger_files: LedgerFiles) -> None:
    # The first versions of `check` recorded verified beside a quote that warned, and no title or archived
    # check: a warning (status_misstated), never a problem.
    warned = CheckResult(name="quote", status="warn", detail="not verbatim")
    checks = tuple(
        check
        for check in checks_recorded("verified", captured=True, more_checks=(warned,))
        if check.name not in ("title", "archived")
    )
    capture = make_capture(ledger_files.folder, "archives/capture.warc", ledger_files.records)
    assert status_refuted(_footnote("verified", checks, capture)) is None
    assert status_refuted(_footnote("verified", checks)) == "nothing captured"


def test_a_ledger_as_check_writes_it_has_no_misstated_status(ledger_files: LedgerFiles) -> None:
    verification = verify_ledger(ledger_files.ledger)
    assert not [warning for warning in verification.warnings if "do not add up to" in warning]
    assert verification.unsupported == {}
