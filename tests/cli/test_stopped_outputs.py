"""A check stopped by a signal (Ctrl-C, a CI step's time limit: SIGTERM) still writes the outputs it was
asked for, covering every report: a finished report as its ledger keeps it, a footnote checked by then as
checked, and every footnote not checked as `error`, never with a status it did not earn. The exit code stays
the stop's."""

from __future__ import annotations

import json
import signal
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path
from typing import Any

from provenance.results import NOT_CHECKED, STOPPED_REPORT
from tests.support.cli import each_stop_signal, start_provenance
from tests.support.servers import FixtureServer, Reply, stall

DONE = "Claim.[1]\n\n[1] Desk, January 21, 2022, http://news.example/a\n"
SLOW = (
    "Gone.[1] Slow.[2]\n\n"
    "[1] Desk, January 21, 2022, http://news.example/gone\n"
    "[2] Desk, January 21, 2022, http://news.example/slow\n"
)


def _stop_once_checked(
    folder: Path,
    args: list[str],
    seen: tuple[str, ...],
    signum: int,
    before_stop: Callable[[], None] = lambda: None,
    env: dict[str, str] | None = None,
) -> tuple[int, str, str]:
    """Run `provenance ARGS`, send it `signum` once its progress has named every URL of `seen` (each line
    comes once that footnote is checked) and `before_stop` has run; its exit code, stdout and stderr."""
    process = start_provenance(args, folder, env)
    try:
        assert process.stderr is not None
        said, waiting = [], set(seen)
        for line in process.stderr:
            said.append(line)
            waiting = {url for url in waiting if url not in line}
            if not waiting:
                break
        before_stop()
        process.send_signal(signum)
        out, err = process.communicate(timeout=60)
    finally:
        process.kill()
        process.wait()
    return process.returncode, out, "".join(said) + err


def _ledger_statuses(ledger: Path) -> dict[str, str]:
    lines = [json.loads(line) for line in ledger.read_text(encoding="utf-8").splitlines()]
    return {line["label"]: line["status"] for line in lines if line["kind"] == "footnote"}


def _by_report(document: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {Path(report["report"]).name: report for report in document["reports"]}


@each_stop_signal
def test_a_stopped_check_writes_sarif_junit_json_and_html_with_unchecked_footnotes_as_errors(
    tmp_path: Path, fixture_server: FixtureServer, signum: signal.Signals, exit_code: int
) -> None:
    # A CI step stopped for time wrote no SARIF, JUnit or JSON at all: the job showed no findings.
    fixture_server.routes["/a"] = Reply(body=b"<html><body><p>An article.</p></body></html>")
    fixture_server.routes["/gone"] = Reply(status=404, body=b"<p>Not here.</p>")
    fixture_server.routes["/slow"] = stall(60)
    (tmp_path / "done.txt").write_text(DONE, encoding="utf-8")
    (tmp_path / "slow.txt").write_text(SLOW, encoding="utf-8")
    rule = f"news.example:80:127.0.0.1:{fixture_server.port}"
    outputs = ["--sarif", "out.sarif", "--junit", "out.xml", "--html", "view.html", "--json"]
    args = ["check", "done.txt", "slow.txt", "--connect-to", rule, "--no-archive-lookup", *outputs]

    code, out, err = _stop_once_checked(tmp_path, args, ("news.example/a", "news.example/gone"), signum)

    assert code == exit_code, err
    assert "Traceback" not in err
    document = json.loads(out)
    assert document["stopped"] is True, "a partial run's document says it was stopped"
    reports = _by_report(document)
    assert set(reports) == {"done.txt", "slow.txt"}
    # The finished report as its ledger keeps it.
    done = reports["done.txt"]
    kept = _ledger_statuses(tmp_path / "done.txt.ledger.jsonl")
    assert {note["label"]: note["status"] for note in done["footnotes"]} == kept
    assert kept["1"] != "error"
    assert STOPPED_REPORT not in done["warnings"]
    # The unfinished one: what was checked as checked, the rest `error`, and said so; no ledger run for it.
    slow = reports["slow.txt"]
    gone, unchecked = slow["footnotes"]
    assert gone["status"] == "failed"
    assert unchecked["status"] == "error"
    assert [(c["name"], c["status"], c["detail"]) for c in unchecked["checks"]] == [
        ("captured", "skip", NOT_CHECKED)
    ]
    assert STOPPED_REPORT in slow["warnings"]
    assert not (tmp_path / "slow.txt.ledger.jsonl").exists()

    sarif = json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))
    run = sarif["runs"][0]
    assert run["invocations"][0]["executionSuccessful"] is False
    messages = [result["message"]["text"] for result in run["results"]]
    assert any("\\[2\\]" in text and "not checked" in text for text in messages), messages
    assert any("\\[1\\]" in text and "failed" in text for text in messages), messages
    # The report its ledger holds no run of is an error of its own; the finished one is not.
    unrecorded = [r for r in run["results"] if r["ruleId"] == "run-not-recorded"]
    places = [r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in unrecorded]
    assert places == ["slow.txt"]

    suites = {
        suite.get("name"): suite for suite in ET.parse(tmp_path / "out.xml").getroot().iter("testsuite")
    }
    assert len(suites) == 2
    slow_suite = next(suite for name, suite in suites.items() if name and name.endswith("slow.txt"))
    cases = {case.get("name"): case for case in slow_suite.iter("testcase")}
    assert [(case.find("error") is not None) for case in cases.values()] == [False, True, True]
    assert list(cases)[-1] == "run recorded in the ledger"
    assert slow_suite.get("errors") == "2"
    done_suite = next(suite for name, suite in suites.items() if name and name.endswith("done.txt"))
    assert "run recorded in the ledger" not in [case.get("name") for case in done_suite.iter("testcase")]

    # The view shows the ledgers' runs: the finished report's, none for the other (its ledger has none),
    # which it names as not shown.
    view = (tmp_path / "view.html").read_text(encoding="utf-8")
    shown, _, runs = view.partition("<main>")
    assert "done.txt" in runs
    assert "slow.txt" not in runs
    assert "Not shown: the check was stopped" in shown and "<li>slow.txt</li>" in shown


def test_an_output_that_cannot_be_written_after_a_stop_is_a_warning_and_the_exit_code_stays_the_stops(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    # 143 tells a caller the run was stopped; an exit 2 would blame its input.
    fixture_server.routes["/gone"] = Reply(status=404)
    fixture_server.routes["/slow"] = stall(60)
    (tmp_path / "slow.txt").write_text(SLOW, encoding="utf-8")
    rule = f"news.example:80:127.0.0.1:{fixture_server.port}"
    args = ["check", "slow.txt", "--connect-to", rule, "--no-archive-lookup", "--sarif", "out/out.sarif"]
    out = tmp_path / "out"  # checked writable at the start; gone by the end
    out.mkdir()
    code, _, err = _stop_once_checked(tmp_path, args, ("news.example/gone",), signal.SIGTERM, out.rmdir)

    assert code == 128 + signal.SIGTERM, err
    assert "provenance: warning:" in err and "out.sarif" in err, err
    assert "Traceback" not in err


@each_stop_signal
def test_a_stopped_check_in_github_actions_annotates_the_report_it_never_recorded(
    tmp_path: Path, fixture_server: FixtureServer, signum: signal.Signals, exit_code: int
) -> None:
    # Stopped, the check wrote its files but printed no annotation: the step's log showed nothing of the
    # report whose footnotes all passed but whose run was never recorded.
    fixture_server.routes["/a"] = Reply(body=b"<html><body><p>An article.</p></body></html>")
    fixture_server.routes["/slow"] = stall(60)
    (tmp_path / "done.txt").write_text(DONE, encoding="utf-8")
    (tmp_path / "slow.txt").write_text(
        "Slow.[1]\n\n[1] Desk, January 21, 2022, http://news.example/slow\n", encoding="utf-8"
    )
    rule = f"news.example:80:127.0.0.1:{fixture_server.port}"
    args = ["check", "done.txt", "slow.txt", "--connect-to", rule, "--no-archive-lookup"]
    env = {"GITHUB_ACTIONS": "true", "GITHUB_WORKSPACE": str(tmp_path)}

    code, out, err = _stop_once_checked(tmp_path, args, ("news.example/a",), signum, env=env)

    assert code == exit_code, err
    errors = [line for line in out.splitlines() if line.startswith("::error ")]
    assert any("file=slow.txt" in line and "run not recorded" in line for line in errors), out
    assert not any("file=done.txt" in line for line in errors), out


@each_stop_signal
def test_a_stopped_check_says_which_ledgers_hold_no_run_of_it(
    tmp_path: Path, fixture_server: FixtureServer, signum: signal.Signals, exit_code: int
) -> None:
    # Ctrl-C said only "provenance: interrupted": whether the ledger had been appended to, nobody could
    # tell without reading it. A finished report's ledger is not named; the unfinished one's is.
    fixture_server.routes["/a"] = Reply(body=b"<html><body><p>An article.</p></body></html>")
    fixture_server.routes["/gone"] = Reply(status=404)
    fixture_server.routes["/slow"] = stall(60)
    (tmp_path / "done.txt").write_text(DONE, encoding="utf-8")
    (tmp_path / "slow.txt").write_text(SLOW, encoding="utf-8")
    rule = f"news.example:80:127.0.0.1:{fixture_server.port}"
    args = ["check", "done.txt", "slow.txt", "--connect-to", rule, "--no-archive-lookup"]

    code, _, err = _stop_once_checked(tmp_path, args, ("news.example/a", "news.example/gone"), signum)

    assert code == exit_code, err
    assert (
        "provenance: warning: stopped before a report was finished: nothing of this check was appended to "
        "its ledger: slow.txt.ledger.jsonl"
    ) in err
    assert "done.txt.ledger.jsonl" not in err
    assert not (tmp_path / "slow.txt.ledger.jsonl").exists()
    assert (tmp_path / "done.txt.ledger.jsonl").is_file()
