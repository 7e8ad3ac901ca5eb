"""The shipped examples stay usable: each extracts cleanly and checks offline into a ledger that verifies."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from provenance import cli

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


@pytest.mark.parametrize(
    ("name", "report_format", "labels", "unlinked"),
    [
        ("brief.md", "markdown", ["1", "2", "3", "4", "5"], {"1", "2"}),
        ("sitrep.txt", "text", ["1", "2", "3", "4", "5"], {"1", "2", "3", "4"}),
        ("note.html", "html", ["1", "2"], set()),
    ],
)
def test_each_example_extracts_and_checks_offline(
    name: str,
    report_format: str,
    labels: list[str],
    unlinked: set[str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(EXAMPLES / name, tmp_path / name)

    assert cli.main(["extract", name]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["format"] == report_format
    assert document["findings"] == [], "an example must not have dangling markers"
    assert [f["label"] for f in document["footnotes"]] == labels
    assert {f["label"] for f in document["footnotes"] if f["citation"]["url"] is None} == unlinked

    assert cli.main(["check", name, "--offline", "--json"]) == 1
    statuses = {
        f["label"]: f["status"] for f in json.loads(capsys.readouterr().out)["reports"][0]["footnotes"]
    }
    assert {label for label, status in statuses.items() if status == "unlocatable"} == unlinked
    assert cli.main(["verify", f"{name}.ledger.jsonl"]) == 0
