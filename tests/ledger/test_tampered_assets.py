"""Ledgers of real `check` runs (a local server, `--connect-to`), each tampered with as someone with write
access to the pull request would, the chain computed again: the folder under `tests/assets/ledger/tampered/`
is named after the tamper. Each verified INTACT in silence; each is now named. The two honest runs they were
made from verify intact with nothing to say (`--strict` passes them).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from provenance.hashing import sha256_hex
from provenance.ledger.canonical import canonical_json
from provenance.ledger.verify import Verification, verify_ledger

ASSETS = Path(__file__).parent.parent / "assets" / "ledger" / "tampered"
_MISSTATED = "ledger line 2 record a status their checks do not add up to"


def _verified(name: str, tmp_path: Path) -> tuple[Path, Verification]:
    folder = tmp_path / name
    shutil.copytree(ASSETS / name, folder)
    ledger = folder / "report.md.ledger.jsonl"
    return ledger, verify_ledger(ledger)


@pytest.mark.parametrize("name", ["honest_run", "honest_run_of_a_404"])
def test_an_honest_runs_ledger_verifies_intact_with_nothing_to_say(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger, verification = _verified(name, tmp_path)

    assert verification.intact and verification.report_checked, verification.problems
    assert verification.warnings == ()
    assert verification.unsupported == {}
    assert cli.main(["verify", str(ledger), "--strict"]) == 0
    capsys.readouterr()


@pytest.mark.parametrize(
    ("name", "line", "said"),
    [
        ("check_recorded_twice", 2, "locator recorded more than once"),
        ("footnote_of_a_404_rewritten_verified", 2, "captured passes beside HTTP 404"),
    ],
)
def test_a_footnote_line_whose_status_its_checks_do_not_give_is_a_warning_said_beside_it(
    name: str, line: int, said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger, verification = _verified(name, tmp_path)

    assert verification.problem_count == 0, verification.problems  # the line is as written: its chain holds
    assert verification.unsupported == {line: said}
    assert [w for w in verification.warnings if "record a status their checks do not add up to" in w]
    assert cli.main(["verify", str(ledger)]) == 0
    out = capsys.readouterr().out
    assert f"but its own line says otherwise ({said})" in out
    assert cli.main(["verify", str(ledger), "--strict"]) == 1
    capsys.readouterr()


@pytest.mark.parametrize(
    ("name", "line", "said", "expected", "recorded"),
    [
        ("verified_footnote_without_its_locator_check", 2, "no locator check", "error", "verified"),
        ("failed_footnote_rewritten_unconfirmed", 3, "schema: fail", "failed", "unconfirmed"),
    ],
)
def test_a_footnote_line_whose_own_checks_refute_its_status_is_a_problem_verify_exits_1_on(
    name: str,
    line: int,
    said: str,
    expected: str,
    recorded: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    # No `check` ever wrote such a line (a check that fails beside unconfirmed; verified without a locator
    # check that passed): verify said INTACT and exit 0, a warning on stderr the only trace.
    ledger, verification = _verified(name, tmp_path)

    (problem,) = verification.problems
    assert (problem.line, problem.code) == (line, "status-refuted")
    assert (problem.expected, problem.actual) == (expected, recorded)
    assert said in problem.message
    assert verification.unsupported == {}  # a problem, listed once: not a warning beside it too
    assert not [w for w in verification.warnings if "record a status their checks do not add up to" in w]
    assert cli.main(["verify", str(ledger)]) == 1
    out = capsys.readouterr().out
    assert "EVIDENCE DAMAGED" in out and "INTACT" not in out.replace("NOT INTACT", "")


@pytest.mark.tampers_with_evidence
@pytest.mark.parametrize(
    ("name", "expected", "found"),
    [
        ("warc_reordered_response_before_its_request", "warcinfo", "response"),
        ("warc_reordered_warcinfo_last", "warcinfo", "request"),
    ],
)
def test_a_warc_reordered_with_its_listing_alike_is_a_problem_of_its_footnote(
    name: str, expected: str, found: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ledger, verification = _verified(name, tmp_path)

    order = [problem for problem in verification.problems if problem.code == "record-order-impossible"]
    assert order and order[0].line == 2, verification.problems
    assert (order[0].expected, order[0].actual) == (expected, found)
    assert [problem.code for problem in verification.problems if problem not in order] == []
    assert cli.main(["verify", str(ledger), "--json"]) == 1
    assert '"evidence": "damaged"' in capsys.readouterr().out


_NOT_PUBLIC = (
    "record a capture answered from an address that is not public, by a run whose options allow none"
)


def test_a_run_line_whose_connect_to_was_taken_out_beside_captures_from_127_0_0_1_is_a_warning(
    tmp_path: Path,
) -> None:
    # The captures came from the operator's own server (--connect-to news.example:80:127.0.0.1:…); with the
    # rule taken out of the run's options, verify no longer said the hosts were reached at an address the
    # operator chose: INTACT, nothing to say.
    _, verification = _verified("run_options_without_its_connect_to", tmp_path)

    assert verification.problem_count == 0
    (warning,) = [w for w in verification.warnings if _NOT_PUBLIC in w]
    assert warning.startswith("ledger lines 2 (127.0.0.1), 3 (127.0.0.1) record")
    assert verification.run_evidence[0].routes[0].startswith("TLS certificates")  # no --connect-to to say


def _rewritten(ledger: Path, edit_run: dict[str, Any]) -> Verification:
    lines = [json.loads(raw) for raw in ledger.read_bytes().splitlines()]
    lines[0].update(edit_run)
    written: list[bytes] = []
    for line in lines:
        if written:
            line["prev"] = sha256_hex(written[-1])
        written.append(canonical_json(line))
    ledger.write_bytes(b"".join(line + b"\n" for line in written))
    return verify_ledger(ledger)


def test_captures_from_127_0_0_1_under_allow_private_are_no_warning(tmp_path: Path) -> None:
    ledger, _ = _verified("run_options_without_its_connect_to", tmp_path)
    options = json.loads(ledger.read_bytes().splitlines()[0])["options"]

    verification = _rewritten(ledger, {"options": {**options, "allow_private": True}})

    assert not [w for w in verification.warnings if _NOT_PUBLIC in w], verification.warnings


def test_a_capture_from_127_0_0_1_reused_from_before_the_run_is_no_warning(tmp_path: Path) -> None:
    # A capture that started before its run did (reused from an earlier run or a journal) was allowed by
    # that run's options, which this run's do not say.
    ledger, _ = _verified("run_options_without_its_connect_to", tmp_path)

    verification = _rewritten(ledger, {"started_at": "2026-12-05T22:18:57.900Z"})

    assert verification.problem_count == 0, verification.problems
    assert not [w for w in verification.warnings if _NOT_PUBLIC in w], verification.warnings
