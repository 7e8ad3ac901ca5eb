"""The composite GitHub Action (`action.yml`): its check step's own script, run in bash as a runner would run
it (inputs as variables, `GITHUB_OUTPUT`, `GITHUB_ACTIONS=true`), against a local fixture server."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.support.cli import REPO_ROOT
from tests.support.servers import FixtureServer, Reply, stall

ACTION = yaml.safe_load((REPO_ROOT / "action.yml").read_text(encoding="utf-8"))
_EXPRESSION = re.compile(r"\$\{\{\s*([^}]*?)\s*\}\}")


def _step(step_id: str) -> dict[str, Any]:
    step: dict[str, Any] = next(s for s in ACTION["runs"]["steps"] if s.get("id") == step_id)
    return step


def _inputs(**given: str) -> dict[str, str]:
    """Every input at its default, as the runner fills them, with `given` (paths → `paths`, ...) set."""
    values = {name: str(spec.get("default", "")) for name, spec in ACTION["inputs"].items()}
    values.update({name.replace("_", "-"): value for name, value in given.items()})
    return values


def _run_check_step(cwd: Path, inputs: dict[str, str]) -> tuple[subprocess.CompletedProcess[str], str]:
    """The check step's script in bash with its `env:` filled from `inputs`; the `GITHUB_OUTPUT` it wrote."""
    step = _step("check")
    env = {
        name: _EXPRESSION.sub(lambda m: inputs[m[1].removeprefix("inputs.")], value)
        for name, value in step["env"].items()
    }
    # `provenance` and `python` as setup-python and the install step leave them: this checkout's code.
    bin_dir = cwd / ".bin"
    bin_dir.mkdir(exist_ok=True)
    (bin_dir / "provenance").write_text(f'#!/bin/sh\nexec "{sys.executable}" -m provenance "$@"\n')
    (bin_dir / "python").write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n')
    for shim in bin_dir.iterdir():
        shim.chmod(0o755)
    output = cwd / "github-output"
    output.write_text("")
    done = subprocess.run(
        ["bash", "-c", step["run"]],
        cwd=cwd,
        env={
            **os.environ,
            **env,
            "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}",
            "PYTHONPATH": str(REPO_ROOT),
            "GITHUB_ACTIONS": "true",
            "GITHUB_OUTPUT": str(output),
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    return done, output.read_text()


def _outputs(github_output: str) -> dict[str, str]:
    """The check step's outputs, as the runner reads `name=value` lines from GITHUB_OUTPUT."""
    return dict(line.split("=", 1) for line in github_output.splitlines())


def test_every_input_the_steps_use_is_declared_with_a_description() -> None:
    used = set(re.findall(r"inputs\.([a-z-]+)", (REPO_ROOT / "action.yml").read_text(encoding="utf-8")))
    assert used <= set(ACTION["inputs"]), used - set(ACTION["inputs"])
    assert all(spec.get("description") for spec in ACTION["inputs"].values())
    assert ACTION["runs"]["using"] == "composite"


def test_unverified_footnotes_give_exit_code_1_sarif_and_annotations_and_the_step_lets_upload_run(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    fixture_server.routes["/a"] = Reply(body=b"<html><body><p>An article.</p></body></html>")
    (tmp_path / "docs" / "in depth").mkdir(parents=True)
    (tmp_path / "docs" / "brief.md").write_text(
        "Gone.[^1]\n\n[^1]: Desk, January 21, 2022, http://news.example/gone\n"
    )
    (tmp_path / "docs" / "in depth" / "long read.md").write_text(
        "Claim.[^1]\n\n[^1]: Desk, January 21, 2022, http://news.example/a\n"
    )
    inputs = _inputs(
        paths="'docs/*.md'\n'docs/in depth/long read.md'",
        options=f"--connect-to ::127.0.0.1:{fixture_server.port} --no-archive-lookup --operator 'CI bot' -q",
        junit="results.xml",
    )

    done, github_output = _run_check_step(tmp_path, inputs)

    assert done.returncode == 0, done.stderr  # findings are the Verdict step's to judge, after the upload
    assert _outputs(github_output) == {"archive-dir": "archives", "exit-code": "1"}
    assert re.search(r"^::error file=docs/brief\.md,line=3,", done.stdout, re.MULTILINE)
    sarif = json.loads((tmp_path / "provenance.sarif").read_text(encoding="utf-8"))
    where = {
        (r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], r["ruleId"])
        for r in sarif["runs"][0]["results"]
    }
    assert ("docs/brief.md", "captured") in where
    assert (tmp_path / "results.xml").is_file()
    assert (tmp_path / "docs" / "in depth" / "long read.md.ledger.jsonl").is_file()
    assert list((tmp_path / "archives").glob("brief.md-fn1-*.warc.gz")), "WARCs go to the archive-dir input"
    run_line = json.loads((tmp_path / "docs" / "brief.md.ledger.jsonl").read_text().splitlines()[0])
    assert run_line["operator"] == "CI bot", "a quoted option stays one word"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ({"options": "--operator 'CI bot"}, "the options input: No closing quotation"),
        ({"paths": "  \n "}, "the 'paths' input names no report"),
    ],
)
def test_inputs_that_cannot_be_read_stop_the_step_with_one_line_and_no_exit_code_output(
    tmp_path: Path, given: dict[str, str], expected: str
) -> None:
    done, github_output = _run_check_step(tmp_path, _inputs(**{"paths": "brief.md", **given}))
    assert done.returncode != 0
    assert expected in done.stdout + done.stderr
    assert github_output == ""


def test_a_usage_error_fails_the_step_itself_with_provenance_s_exit_code(tmp_path: Path) -> None:
    done, github_output = _run_check_step(tmp_path, _inputs(paths="reports/**/*.md"))
    assert done.returncode == 2
    assert "reports/**/*.md: no report matches this pattern" in done.stderr
    assert _outputs(github_output)["exit-code"] == "2"


def _step_named(name: str) -> dict[str, Any]:
    step: dict[str, Any] = next(s for s in ACTION["runs"]["steps"] if s.get("name") == name)
    return step


def _evaluate(value: str, inputs: dict[str, str], outputs: dict[str, str]) -> str:
    """A `with:` value that is one expression, as the runner fills it, for the few forms the action uses
    (`a && b || c`, `format(...)`, inputs and the check step's outputs)."""

    def python(expression: str) -> str:
        expression = re.sub(r"inputs\.([a-z-]+)", lambda m: repr(inputs[m[1]]), expression)
        expression = re.sub(
            r"steps\.check\.outputs\.([a-z-]+)", lambda m: repr(outputs.get(m[1], "")), expression
        )
        expression = re.sub(r"format\('([^']*)'", lambda m: f"'{m[1]}'.format(", expression)
        expression = expression.replace(".format(,", ".format(")
        return str(eval(expression.replace("&&", " and ").replace("||", " or ")))

    if not (value.startswith("${{") and value.endswith("}}")):
        return value
    return python(value.removeprefix("${{").removesuffix("}}"))


@pytest.mark.parametrize(
    ("options", "category", "artifact"),
    [
        ("-q", "provenance", "provenance-evidence"),
        ("-q --shard 2/3", "provenance/shard-2-of-3", "provenance-evidence-shard-2-of-3"),
        ("-q --shard=3/3", "provenance/shard-3-of-3", "provenance-evidence-shard-3-of-3"),
    ],
)
def test_each_part_of_a_shard_matrix_uploads_under_a_category_and_an_artifact_name_of_its_own(
    tmp_path: Path, options: str, category: str, artifact: str
) -> None:
    # Code scanning keeps one analysis per category (parts sharing one replace each other's results) and an
    # artifact name is uploaded once per workflow run (the second part's upload fails the job).
    (tmp_path / "brief.md").write_text("No notes.\n", encoding="utf-8")
    inputs = _inputs(paths="brief.md", options=f"--offline {options}")
    done, github_output = _run_check_step(tmp_path, inputs)
    assert done.returncode == 0, done.stderr
    outputs = _outputs(github_output)
    assert outputs["exit-code"] == "0"
    upload = _step_named("Upload SARIF to code scanning")["with"]
    assert _evaluate(upload["category"], inputs, outputs) == category
    evidence = _step_named("Keep the evidence")["with"]
    assert _evaluate(evidence["name"], inputs, outputs) == artifact


def _evidence_patterns(inputs: dict[str, str], outputs: dict[str, str]) -> list[str]:
    """The upload step's `path` patterns, with their expressions filled as the runner fills them."""
    path = _step_named("Keep the evidence")["with"]["path"]
    fill = _EXPRESSION.sub(lambda m: _evaluate("${{ " + m[1] + " }}", inputs, outputs), path)
    return [line.strip() for line in fill.splitlines() if line.strip()]


def _kept(cwd: Path, patterns: list[str]) -> set[Path]:
    """The files the upload step keeps: each pattern matched from the workspace, as upload-artifact globs."""
    return {path.relative_to(cwd) for pattern in patterns for path in cwd.glob(pattern) if path.is_file()}


@pytest.mark.parametrize(
    ("archive_input", "folder"), [("", "evidence/warcs"), ("given", "given")], ids=["default", "given"]
)
def test_a_settings_file_s_archive_dir_holds_unless_the_input_names_a_folder_and_the_upload_keeps_it(
    tmp_path: Path, fixture_server: FixtureServer, archive_input: str, folder: str
) -> None:
    # The action always passed `--archive-dir archives`, so a settings file's archive-dir was never used.
    fixture_server.routes["/a"] = Reply(body=b"<html><body><p>An article.</p></body></html>")
    (tmp_path / "provenance.toml").write_text('archive-dir = "evidence/warcs"\n', encoding="utf-8")
    (tmp_path / "brief.md").write_text("Claim.[^1]\n\n[^1]: Desk, January 21, 2022, http://news.example/a\n")
    (tmp_path / "stray.txt").write_text("not evidence")
    inputs = _inputs(
        paths="brief.md",
        options=f"--connect-to ::127.0.0.1:{fixture_server.port} --no-archive-lookup -q",
        archive_dir=archive_input,
    )

    done, github_output = _run_check_step(tmp_path, inputs)

    assert done.returncode == 0, done.stderr
    outputs = _outputs(github_output)
    assert outputs == {"archive-dir": folder, "exit-code": "1"}
    (warc,) = (tmp_path / folder).glob("brief.md-fn1-*.warc.gz")
    assert not (tmp_path / "archives").exists()
    kept = _kept(tmp_path, _evidence_patterns(inputs, outputs))
    assert kept == {warc.relative_to(tmp_path), Path("brief.md.ledger.jsonl")}


def test_an_archive_folder_name_with_a_line_break_stops_the_step_before_the_check(tmp_path: Path) -> None:
    # One GITHUB_OUTPUT line per output and one upload pattern per line: a settings file in the checkout
    # must not add others (`archive-dir = "x\n/home/runner/.ssh"`).
    (tmp_path / "provenance.toml").write_text('archive-dir = "x\\n/etc"\n', encoding="utf-8")
    (tmp_path / "brief.md").write_text("No notes.\n", encoding="utf-8")
    done, github_output = _run_check_step(tmp_path, _inputs(paths="brief.md", options="--offline -q"))
    assert done.returncode == 2
    assert "::error::provenance: the archive folder's name holds a line break" in done.stdout
    assert github_output == ""
    assert not (tmp_path / "brief.md.ledger.jsonl").exists()


@pytest.mark.parametrize("minutes", ["0", "0.0", "ten", "-1", "1e3"])
def test_a_timeout_minutes_that_is_not_a_positive_number_stops_the_step_with_one_line(
    tmp_path: Path, minutes: str
) -> None:
    done, github_output = _run_check_step(tmp_path, _inputs(paths="brief.md", timeout_minutes=minutes))
    assert done.returncode == 2
    assert f"the timeout-minutes input: '{minutes}' is not a number of minutes above 0" in done.stdout
    assert github_output == ""


def test_a_check_stopped_by_timeout_minutes_keeps_its_evidence_for_the_upload_and_fails_the_step(
    tmp_path: Path, fixture_server: FixtureServer
) -> None:
    # A job that reaches its own timeout-minutes is cancelled: the evidence of an hour of captures was lost.
    # The input stops the check first (SIGTERM), and the upload step finds what the stopped run kept.
    fixture_server.routes["/a"] = Reply(body=b"<html><body><p>An article.</p></body></html>")
    fixture_server.routes["/b"] = Reply(body=b"<html><body><p>Another one.</p></body></html>")
    fixture_server.routes["/slow"] = stall(60)
    (tmp_path / "done.md").write_text("Claim.[^1]\n\n[^1]: Desk, January 21, 2022, http://news.example/a\n")
    (tmp_path / "slow.md").write_text(
        "Claim.[^1] More.[^2]\n\n[^1]: Desk, January 21, 2022, http://news.example/b\n\n"
        "[^2]: Desk, January 21, 2022, http://news.example/slow\n"
    )
    inputs = _inputs(
        paths="done.md slow.md",
        options=f"--connect-to ::127.0.0.1:{fixture_server.port} --no-archive-lookup -q",
        timeout_minutes="0.1",  # 6 s
    )

    done, github_output = _run_check_step(tmp_path, inputs)

    assert done.returncode == 124, done.stderr
    assert "Traceback" not in done.stderr
    assert "::error::provenance: the check was stopped after 0.1 minutes (the timeout-minutes input)" in (
        done.stdout
    )
    outputs = _outputs(github_output)
    assert outputs == {"archive-dir": "archives", "exit-code": "124", "stopped-with-results": "true"}
    assert _upload_runs(inputs, outputs, outcome="failure")
    # Code scanning shows what the stopped check found, and which footnotes it never checked.
    assert _sarif_upload_runs({**inputs, "upload-sarif": "true"}, outputs)
    results = json.loads((tmp_path / "provenance.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]
    stopped = [
        r["message"]["text"]
        for r in results
        if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "slow.md"
    ]
    assert any("\\[2\\]" in text and "not checked" in text for text in stopped), stopped
    kept = _kept(tmp_path, _evidence_patterns(inputs, outputs))
    warcs = {path.relative_to(tmp_path) for path in (tmp_path / "archives").glob("*.warc.gz")}
    assert len(warcs) == 2 and warcs <= kept, "the WARC of every capture made"
    # A report finished before the stop has its ledger (tests/cli/test_nothing_left_behind.py), else a
    # journal; the one still capturing lists what it captured in its journal.
    assert {Path("done.md.ledger.jsonl"), Path("done.md.ledger.jsonl.journal")} & kept
    assert Path("slow.md.ledger.jsonl.journal") in kept
    journal = (tmp_path / "slow.md.ledger.jsonl.journal").read_text(encoding="utf-8")
    (entry,) = (json.loads(line) for line in journal.splitlines())
    assert entry["capture"]["url"] == "http://news.example/b"
    assert not (tmp_path / "slow.md.ledger.jsonl").exists()


def _sarif_upload_runs(inputs: dict[str, str], outputs: dict[str, str]) -> bool:
    """Whether the SARIF upload step runs after the check step told `outputs`."""
    condition = _step_named("Upload SARIF to code scanning")["if"].replace("always()", "True")
    return _evaluate("${{ " + condition + " }}", inputs, outputs) == "True"


@pytest.mark.parametrize(
    ("outputs", "runs"),
    [
        ({"exit-code": "0"}, True),
        ({"exit-code": "1"}, True),
        ({"exit-code": "124", "stopped-with-results": "true"}, True),  # stopped by timeout-minutes
        ({"exit-code": "124"}, False),  # killed when it did not end: no SARIF file
        ({"exit-code": "2"}, False),
    ],
)
def test_the_sarif_is_uploaded_when_the_check_wrote_it(outputs: dict[str, str], runs: bool) -> None:
    assert _sarif_upload_runs(_inputs(paths="brief.md", upload_sarif="true"), outputs) is runs


def _upload_runs(inputs: dict[str, str], outputs: dict[str, str], outcome: str) -> bool:
    """Whether the evidence upload step runs, its `if:` read as the runner reads it after the check step
    ended with `outcome` (success, failure, cancelled, skipped) and `outputs`."""
    condition = _step_named("Keep the evidence")["if"]
    condition = condition.replace("always()", "True").replace("steps.check.outcome", repr(outcome))
    return _evaluate("${{ " + condition + " }}", inputs, outputs) == "True"


@pytest.mark.parametrize(
    ("outputs", "outcome", "runs"),
    [
        ({"exit-code": "1"}, "success", True),
        ({"exit-code": "124"}, "failure", True),  # stopped by timeout-minutes
        ({}, "cancelled", True),  # the workflow was cancelled while the check ran: no exit code was told
        ({}, "failure", False),  # an input that could not be read: nothing ran
        ({}, "skipped", False),  # an earlier step failed
    ],
)
def test_the_evidence_is_uploaded_whenever_the_check_ran_also_when_it_was_cancelled(
    outputs: dict[str, str], outcome: str, runs: bool
) -> None:
    assert _upload_runs(_inputs(paths="brief.md"), outputs, outcome) is runs
    assert not _upload_runs(_inputs(paths="brief.md", evidence_artifact=""), outputs, outcome)
