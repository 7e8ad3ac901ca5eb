"""`check` and `extract` on reports as people write them: `--from`, a suffix that lies, and no false pass
when a report cites in a style that is not read (`--allow-empty` for reports that truly have no notes)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from provenance import cli
from tests.support.converters import Converted


def test_report_with_markers_but_no_notes_fails_check(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("draft.txt").write_text("The channel denied it.(1) It was deleted.¹\n", encoding="utf-8")
    assert cli.main(["check", "draft.txt", "--offline", "--quiet"]) == 1
    ledger = [json.loads(line) for line in Path("draft.txt.ledger.jsonl").read_text().splitlines()]
    assert [f["code"] for f in ledger[0]["findings"]] == ["markers-without-notes"]
    assert "markers found but no notes: unsupported style?" in ledger[0]["findings"][0]["message"]
    assert cli.main(["check", "draft.txt", "--offline", "--quiet", "--allow-empty"]) == 0


def test_html_report_citing_with_unlinked_superscripts_is_read_and_never_passes_without_notes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # It was read as having no footnotes, and `check` passed it: "no footnotes found: nothing to verify".
    monkeypatch.chdir(tmp_path)
    body = "<p>Dmitry Medvedev wrote: \u201cUkraine will disappear.\u201d<sup>1</sup></p>"
    notes = "<h2>Sources</h2><ol><li>Dmitry Medvedev, Telegram, January 21, 2022, https://t.me/medvedev_telegram/34</li></ol>"
    Path("report.html").write_text(body + notes, encoding="utf-8")
    assert cli.main(["extract", "report.html"]) == 0
    [footnote] = json.loads(capsys.readouterr().out)["footnotes"]
    assert footnote["citation"]["url"] == "https://t.me/medvedev_telegram/34"
    assert footnote["contexts"][0]["quotes"] == ["Ukraine will disappear."]
    Path("unread.html").write_text(body, encoding="utf-8")
    assert cli.main(["check", "unread.html", "--offline", "--quiet"]) == 1
    ledger = [json.loads(line) for line in Path("unread.html.ledger.jsonl").read_text().splitlines()]
    assert [f["code"] for f in ledger[0]["findings"]] == ["markers-without-notes"]
    assert cli.main(["check", "unread.html", "--offline", "--quiet", "--allow-empty"]) == 0


def test_report_with_neither_markers_nor_notes_passes_as_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("memo.txt").write_text("Nothing here is cited.\n", encoding="utf-8")
    assert cli.main(["check", "memo.txt", "--offline", "--quiet"]) == 0


def test_docx_saved_as_doc_and_html_saved_as_txt_are_read_by_their_content(
    converted: Converted, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(converted.brief_docx, "brief.doc")
    assert cli.main(["extract", "brief.doc"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert (document["format"], len(document["footnotes"])) == ("docx", 6)
    assert document["footnotes"][0]["location"] == "footnote 1, cited in paragraph 3"
    Path("note.txt").write_text(
        '<!DOCTYPE html><html><body><p>Claim.<sup><a href="#fn1">1</a></sup></p>'
        '<ol><li id="fn1">Telegram, January 21, 2022.</li></ol></body></html>',
        encoding="utf-8",
    )
    assert cli.main(["extract", "note.txt"]) == 0
    assert json.loads(capsys.readouterr().out)["format"] == "html"


def test_from_names_the_format_whatever_the_suffix(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("draft.html").write_text("A claim.[^1]\n\n[^1]: Telegram, January 21, 2022.\n", encoding="utf-8")
    assert cli.main(["extract", "draft.html", "--from", "md"]) == 0
    assert json.loads(capsys.readouterr().out)["format"] == "markdown"
    assert cli.main(["extract", "draft.html", "--from", "pdf"]) == 2
    assert (
        capsys.readouterr().err.strip()
        == "provenance: error: draft.html: not a PDF document (no %PDF- header)"
    )
    assert cli.main(["check", "draft.html", "--from", "rtf", "--offline"]) == 2
    assert "--from: invalid choice: 'rtf'" in capsys.readouterr().err


def test_table_does_not_call_a_report_with_unread_notes_nothing_to_verify(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("draft.txt").write_text("The channel denied it.[1]\n", encoding="utf-8")
    assert cli.main(["check", "draft.txt", "--offline"]) == 1
    out = capsys.readouterr().out
    assert "nothing to verify" not in out
    assert "no notes could be read, though the text cites" in out
