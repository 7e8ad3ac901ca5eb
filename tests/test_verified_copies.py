"""`verified_copies`: the copy of a report with its verification attached, in the report's own encoding."""

from __future__ import annotations

from pathlib import Path

import pytest

from provenance import cli
from provenance.verified_copies import decode_keeping_encoding, verified_copy_path

# An HTML report as Word's "Save as Web Page" writes it on a Western Windows system: Windows-1252, said so in
# its `<meta charset>`.
WINDOWS_1252_REPORT = (
    '<html><head><meta charset="windows-1252"><title>R\xe9sum\xe9</title></head><body>'
    '<p>The caf\xe9 closed.<sup><a href="#fn1">1</a></sup></p><ol><li id="fn1">Rybar, Telegram, '
    "21 January 2022, https://t.me/rybar/12345</li></ol></body></html>"
)


def test_a_windows_1252_html_report_is_read_in_the_encoding_it_declares() -> None:
    data = WINDOWS_1252_REPORT.encode("cp1252")
    text, encoding = decode_keeping_encoding(data)
    assert encoding == "cp1252"
    assert "The caf\xe9 closed." in text


def test_a_report_in_no_declared_encoding_is_still_refused() -> None:
    with pytest.raises(UnicodeDecodeError):
        decode_keeping_encoding(b"The caf\xe9 closed.")


def test_attach_writes_a_windows_1252_html_reports_copy_in_its_own_encoding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Read as UTF-8, the run ended in an internal error (exit 3) once every footnote was checked, and no copy
    # was written.
    monkeypatch.chdir(tmp_path)
    report = tmp_path / "brief.html"
    report.write_bytes(WINDOWS_1252_REPORT.encode("cp1252"))
    original = report.read_bytes()
    code = cli.main(["check", str(report), "--offline", "--attach"])
    assert code == 1  # offline: the footnote is an error, not a crash (3)
    copy = verified_copy_path(report).read_bytes()
    assert copy.startswith(original[: original.index(b"</ol>")])  # the report's own bytes, in its encoding
    assert "Ledger: brief.html.ledger.jsonl" in copy.decode("cp1252")
    assert report.read_bytes() == original
