"""The SARIF and JUnit files a check writes, and those an earlier run left at the same paths."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from provenance.errors import InputError
from provenance.models import CheckResult, Citation, Footnote, Report, ReportFormat
from provenance.output_files import OutputFiles
from provenance.outputs.html_view import HtmlViewFormat
from provenance.results import CitedFootnote, FootnoteResult, ReportResult

SHA = "a" * 64


def _results() -> list[ReportResult]:
    footnote = Footnote(label="1", text="Jane Doe, https://news.example/a", line=5)
    cited = CitedFootnote(footnote=footnote, citation=Citation(url="https://news.example/a"), findings=())
    checks = (CheckResult(name="captured", status="fail", detail="HTTP 404"),)
    result = FootnoteResult(cited=cited, outcome=None, checks=checks, status="failed")
    report = Report(path="brief.md", format=ReportFormat.MARKDOWN, sha256=SHA)
    return [ReportResult(report, Path("brief.md.ledger.jsonl"), (result,), head=SHA, seconds=1.0)]


def _outputs(tmp_path: Path, html: bool = False) -> OutputFiles:
    view = tmp_path / "view.html" if html else None
    return OutputFiles(sarif=tmp_path / "results.sarif", junit=tmp_path / "results.xml", html=view)


def test_the_sarif_and_junit_files_of_an_earlier_run_are_retired_before_a_run_that_may_fail(
    tmp_path: Path,
) -> None:
    # A run that failed before writing (a missing report, an internal error) left yesterday's files, and the
    # CI step after it uploaded their alerts and test results as this run's.
    outputs = _outputs(tmp_path)
    outputs.write(_results())
    assert json.loads((tmp_path / "results.sarif").read_text(encoding="utf-8"))["runs"][0]["results"]

    assert outputs.retire() == [tmp_path / "results.sarif", tmp_path / "results.xml"]

    assert not (tmp_path / "results.sarif").exists() and not (tmp_path / "results.xml").exists()
    outputs.write(_results())  # the run that finishes writes them anew
    assert (tmp_path / "results.sarif").is_file() and (tmp_path / "results.xml").is_file()


def test_an_empty_runs_outputs_are_retired_too(tmp_path: Path) -> None:
    outputs = _outputs(tmp_path)
    outputs.write([])
    assert outputs.retire() == [tmp_path / "results.sarif", tmp_path / "results.xml"]


@pytest.mark.parametrize(
    "content",
    [
        b"# Brief\n\nA claim.[^1]\n\n[^1]: https://news.example/a\n",  # the report, named by mistake
        b"WARC/1.1\r\nWARC-Type: warcinfo\r\n\r\n",  # evidence
        b'{\n  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",\n  "version": "2.1.0",\n'
        b'  "runs": [\n    {\n      "tool": {\n        "driver": {\n          "name": "eslint",',
        b'<?xml version="1.0"?>\n<testsuites name="pytest" tests="3">',  # another tool's results
        b"",
    ],
    ids=["report", "warc", "another-tools-sarif", "another-tools-junit", "empty"],
)
def test_a_file_this_tool_did_not_write_as_that_output_is_never_retired(
    tmp_path: Path, content: bytes
) -> None:
    outputs = _outputs(tmp_path)
    for path in (tmp_path / "results.sarif", tmp_path / "results.xml"):
        path.write_bytes(content)

    assert outputs.retire() == []

    assert (tmp_path / "results.sarif").read_bytes() == content
    assert (tmp_path / "results.xml").read_bytes() == content


def test_a_link_or_a_read_only_output_is_left_alone(tmp_path: Path) -> None:
    written = OutputFiles(sarif=tmp_path / "kept.sarif", junit=tmp_path / "kept.xml")
    written.write(_results())
    (tmp_path / "results.sarif").symlink_to(tmp_path / "kept.sarif")
    os.chmod(tmp_path / "kept.xml", 0o444)
    read_only = OutputFiles(junit=tmp_path / "kept.xml")

    assert _outputs(tmp_path).retire() == [] and (tmp_path / "results.sarif").is_symlink()
    assert read_only.retire() == [] and (tmp_path / "kept.xml").exists()


def test_an_output_named_as_a_report_too_is_not_retired(tmp_path: Path) -> None:
    # `check results.sarif --sarif results.sarif`: the file the command reads is refused as an output, never
    # removed before it is.
    outputs = _outputs(tmp_path)
    outputs.write(_results())
    assert outputs.retire([tmp_path / "results.sarif"]) == [tmp_path / "results.xml"]
    assert (tmp_path / "results.sarif").is_file()


def test_an_earlier_runs_html_view_is_retired_and_an_html_report_is_not(tmp_path: Path) -> None:
    view = tmp_path / "view.html"
    view.write_text(HtmlViewFormat().render([]), encoding="utf-8")  # as `check --html` writes it
    assert _outputs(tmp_path, html=True).retire() == [view] and not view.exists()

    view.write_text("<!doctype html><html><head><title>Our brief</title>", encoding="utf-8")
    assert _outputs(tmp_path, html=True).retire() == [] and view.exists()
    view.write_text("", encoding="utf-8")
    assert _outputs(tmp_path, html=True).retire() == [] and view.exists()


@pytest.mark.parametrize(
    ("option", "name"),
    [
        ("html", "brief.md-fn9-20220121T000000Z-0a1b2c3d.warc.gz"),
        ("sarif", "results.warc"),
        ("junit", "x.WACZ"),
    ],
)
def test_an_output_named_as_a_warc_or_wacz_file_is_refused_before_the_run(
    tmp_path: Path, option: str, name: str
) -> None:
    # `check --html archives/brief.md-fn9-….warc.gz` wrote a web page into the archive folder, which verify
    # then warned of as a WARC file of the report that no line names.
    path = tmp_path / name
    outputs = OutputFiles(**{option: path})  # type: ignore[arg-type]

    with pytest.raises(InputError, match="would be named as a WARC or WACZ file, and taken for evidence"):
        outputs.check()

    OutputFiles(**{option: tmp_path / "out.txt"}).check()  # type: ignore[arg-type]
