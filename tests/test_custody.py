"""Chain of custody: a run says who, where, when and with what; a capture declares what was done to it."""

from __future__ import annotations

import gzip
import importlib.metadata
import io
import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from warcio.warcwriter import WARCWriter

from provenance import cli
from provenance.custody import capture_transformations, record_verification, software_versions
from provenance.errors import InputError
from tests.ledger.builders import write_run
from tests.support.servers import FixtureServer, Reply, Route, chunked

REPORT = (
    "Two claims.[^1] [^2]\n\n"
    "[^1]: City desk, January 20, 2022, http://news.example/zipped\n"
    "[^2]: City desk, January 21, 2022, http://news.example/chunked\n"
)


@pytest.fixture
def news() -> Iterator[FixtureServer]:
    zipped = Reply(
        body=gzip.compress(b"<html><body>compressed on the wire</body></html>"),
        headers=(("Content-Type", "text/html; charset=utf-8"), ("Content-Encoding", "gzip")),
    )
    routes: dict[str, Route] = {
        "/zipped": zipped,
        "/chunked": chunked([b"<p>in ", b"two chunks</p>"], "text/html"),
    }
    with FixtureServer(routes) as server:
        yield server


@pytest.fixture
def ledger_lines(
    tmp_path: Path, news: FixtureServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> list[dict[str, Any]]:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brief.md").write_text(REPORT, encoding="utf-8")
    rule = f"news.example:80:127.0.0.1:{news.port}"
    cli.main(["check", "brief.md", "--connect-to", rule, "--operator", "Ana Lima (fact desk)"])
    capsys.readouterr()
    return [json.loads(line) for line in (tmp_path / "brief.md.ledger.jsonl").read_bytes().splitlines()]


def test_the_run_line_says_who_where_when_and_with_what(ledger_lines: list[dict[str, Any]]) -> None:
    run, summary = ledger_lines[0], ledger_lines[-1]
    assert run["operator"] == "Ana Lima (fact desk)"
    assert run["host"] == socket.gethostname()
    captures = [line["capture"] for line in ledger_lines if line["kind"] == "footnote"]
    # The run's span holds every capture, and ends before the summary is written.
    assert run["started_at"] <= min(c["started_at"] for c in captures)
    assert max(c["finished_at"] for c in captures) <= run["finished_at"] <= summary["at"]
    for library in ("warcio", "requests", "urllib3", "cryptography"):
        assert run["software"][library] == importlib.metadata.version(library)
    assert run["options"]["connect_to"] and run["options"]["timeout"] == 30.0


def test_the_run_line_names_the_address_the_captures_came_from(ledger_lines: list[dict[str, Any]]) -> None:
    captures = [line["capture"] for line in ledger_lines if line["kind"] == "footnote"]
    assert [c["local_ip"] for c in captures] == ["127.0.0.1", "127.0.0.1"]  # loopback to the local server
    assert ledger_lines[0]["local_addresses"] == ["127.0.0.1"]


def test_each_capture_declares_what_was_done_to_its_bytes(ledger_lines: list[dict[str, Any]]) -> None:
    by_url = {line["capture"]["url"]: line["capture"] for line in ledger_lines if line["kind"] == "footnote"}
    zipped = {t["step"]: t for t in by_url["http://news.example/zipped"]["transformations"]}
    assert set(zipped) == {"content-decoding", "charset-decoding"}
    assert zipped["content-decoding"]["stored"] is False and "gzip" in zipped["content-decoding"]["detail"]
    framed = {t["step"]: t for t in by_url["http://news.example/chunked"]["transformations"]}
    assert set(framed) == {"transfer-decoding", "charset-decoding"}
    assert framed["transfer-decoding"]["stored"] is True  # the WARC holds the body without its framing


def test_a_record_the_tool_made_itself_is_declared_as_a_rendering(tmp_path: Path) -> None:
    warc = tmp_path / "rendered.warc.gz"
    with warc.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        record = writer.create_warc_record(
            "urn:screenshot:http://news.example/a",
            "resource",
            payload=io.BytesIO(b"\x89PNG\r\n\x1a\n"),
            warc_content_type="image/png",
        )
        writer.write_record(record)
    [step] = capture_transformations(warc)
    assert step.step == "rendering" and step.stored and "image/png" in step.detail


@pytest.mark.tampers_with_evidence
def test_a_damaged_warc_gives_what_could_be_read_and_no_crash(tmp_path: Path) -> None:
    warc = tmp_path / "damaged.warc.gz"
    warc.write_bytes(gzip.compress(b"WARC/1.1\r\nnot a header block"))
    assert capture_transformations(warc) == ()


def test_software_versions_name_the_tool_and_python() -> None:
    versions = software_versions({"chromium": "156.0"})
    assert versions["provenance"] and versions["python"].count(".") == 2 and versions["chromium"] == "156.0"


def test_a_verification_is_not_recorded_onto_lines_nobody_verified(tmp_path: Path) -> None:
    report = tmp_path / "report.md"
    report.write_text("A claim.[^1]\n\n[^1]: An interview.\n", encoding="utf-8")
    ledger = tmp_path / "report.md.ledger.jsonl"
    verified_head = write_run(ledger, report, [("unlocatable", None)])
    write_run(ledger, report, [("unlocatable", None)])  # a run appended after the verification
    before = ledger.read_bytes()
    with pytest.raises(InputError, match="changed while it was verified"):
        record_verification(
            ledger, verified_head, operator="r", host="h", intact=True, problems=0, warnings=0, options={}
        )
    assert ledger.read_bytes() == before


def test_the_transformations_come_from_the_same_read_of_the_warc_as_the_checks(
    tmp_path: Path, news: FixtureServer, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def read_again(warc: Path) -> None:
        raise AssertionError(f"{warc} read a second time for its transformations")

    monkeypatch.setattr("provenance.custody.capture_transformations", read_again)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brief.md").write_text(REPORT, encoding="utf-8")

    cli.main(["check", "brief.md", "--connect-to", f"news.example:80:127.0.0.1:{news.port}"])

    assert "internal error" not in capsys.readouterr().err
    lines = [json.loads(line) for line in (tmp_path / "brief.md.ledger.jsonl").read_bytes().splitlines()]
    steps = {
        line["capture"]["url"]: {t["step"] for t in line["capture"]["transformations"]}
        for line in lines
        if line["kind"] == "footnote"
    }
    assert steps == {
        "http://news.example/zipped": {"content-decoding", "charset-decoding"},
        "http://news.example/chunked": {"transfer-decoding", "charset-decoding"},
    }
