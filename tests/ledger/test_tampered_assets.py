"""Ledgers of real `check` runs (a local server, `--connect-to`), each tampered with as someone with write
access to the pull request would, the chain computed again: the folder under `tests/assets/ledger/tampered/`
is named after the tamper. Each verified INTACT in silence; each is now named. The two honest runs they were
made from verify intact with nothing to say (`--strict` passes them).
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from provenance import cli
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
        (
            "verified_footnote_without_its_locator_check",
            2,
            "no locator check; its checks add up to error",
        ),
        ("failed_footnote_rewritten_unconfirmed", 3, "its checks add up to failed"),
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
