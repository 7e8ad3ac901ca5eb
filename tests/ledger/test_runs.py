"""A ledger read back as runs for its views: each run's lines, its head, and the seals that follow it."""

from __future__ import annotations

import base64
import dataclasses
import tracemalloc
from pathlib import Path

import pytest

from provenance.hashing import sha256_file, sha256_hex
from provenance.ledger import runs as runs_module
from provenance.ledger.runs import evidence_folders, last_run_report, read_history, run_reports
from provenance.ledger.writer import LedgerWriter
from provenance.models import SignatureLine
from provenance.outputs.html_view import HtmlViewFormat
from provenance.views import load_view
from tests.outputs.ledgers import sample_footnotes, write_ledger


def _sign(ledger: Path, report: Path) -> None:
    with LedgerWriter(ledger, sha256_file(report)) as writer:
        writer.add(
            SignatureLine,
            public_key=base64.b64encode(b"k" * 32).decode(),
            signature=base64.b64encode(b"s" * 64).decode(),
        )


def test_runs_hold_their_footnotes_and_the_seals_after_them(tmp_path: Path) -> None:
    footnotes = sample_footnotes(tmp_path, None)
    ledger = write_ledger(tmp_path, footnotes)
    _sign(ledger, tmp_path / "brief.md")
    write_ledger(tmp_path, footnotes[:2])
    lines = ledger.read_bytes().splitlines()

    history = read_history(ledger)
    first, second = history.runs
    assert [f.label for f in first.footnotes] == ["1", "2", "3", "4"]
    assert first.head == sha256_hex(lines[5]), "the run's head is its summary line's hash"
    assert [line.kind for line in first.after] == ["signature"] and second.after == ()
    assert history.head == sha256_hex(lines[-1]) and history.lines == len(lines)


def test_a_line_that_does_not_parse_is_left_out_of_the_runs(tmp_path: Path) -> None:
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, None))
    lines = ledger.read_bytes().splitlines()
    ledger.write_bytes(b"\n".join([*lines[:2], b"{not json", *lines[2:]]) + b"\n")
    (run,) = read_history(ledger).runs
    assert len(run.footnotes) == 4 and run.summary is not None


def test_a_ledger_of_one_endless_line_is_read_for_its_view_in_bounded_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `show` read the whole ledger at once: a forged line of 300 MB took 1.2 GB, where `verify` took 170 MB.
    monkeypatch.setattr(runs_module, "MAX_LINE_BYTES", 100_000, raising=False)
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, None))
    endless = b'{"a":"' + b"x" * 5_000_000 + b'"}'
    with ledger.open("ab") as stream:
        stream.write(endless)

    tracemalloc.start()
    try:
        history = read_history(ledger)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert peak < 2_000_000, f"reading the ledger for its view held {peak} bytes at its peak"
    (run,) = history.runs
    assert len(run.footnotes) == 4 and run.summary is not None
    assert history.head == sha256_hex(endless), "the endless line is the head, hashed though not kept"
    assert history.lines == 7


def test_many_seals_after_one_run_are_joined_to_it_once_not_one_copy_each(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each seal was added by copying the run with one more line: quadratic, 80,000 seals took `show` 21 s.
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, None))
    for _ in range(3):
        _sign(ledger, tmp_path / "brief.md")
    lines = ledger.read_bytes().splitlines()
    ledger.write_bytes(b"".join(line + b"\n" for line in lines + [lines[-1]] * 2000))  # copies of a seal
    copies = []

    def counted_replace(run: runs_module.RecordedRun, **changes: object) -> runs_module.RecordedRun:
        copies.append(run)
        return dataclasses.replace(run, **changes)  # type: ignore[arg-type]

    monkeypatch.setattr(runs_module, "replace", counted_replace)

    (run,) = read_history(ledger).runs

    assert len(run.after) == 2003
    assert len(copies) <= 1, f"the run was copied {len(copies)} times to join its seals"


def test_the_view_shows_who_signed_the_run(tmp_path: Path) -> None:
    ledger = write_ledger(tmp_path, sample_footnotes(tmp_path, None))
    _sign(ledger, tmp_path / "brief.md")
    page = HtmlViewFormat().render([load_view(ledger, tmp_path / "v.html", verify=False)])
    # the key in base64, as keygen and verify print it, so it can be compared by eye; judged by no one here
    key = base64.b64encode(b"k" * 32).decode()
    assert f'signed (as recorded)</dt><dd>by key <span class="mono">{key}</span>' in page
    assert "not checked by this page" in page


def test_last_run_report_is_the_report_of_the_last_run_line(tmp_path: Path) -> None:
    ledger = tmp_path / "x.ledger.jsonl"
    ledger.write_bytes(
        b'{"kind":"run","report":{"path":"a.md"},"seq":0}\n'
        b'{"citation":{"kind":"run","report":{"path":"c.md"}},"kind":"footnote","seq":1}\n'
        b'{"kind":"run","report":{"path":"../b.md"},"seq":2}\n'
        b'{"kind":"summary","seq":3}\n'
    )

    assert last_run_report(ledger) == "../b.md", "a run nested in a footnote line is not a run"


def test_last_run_report_keeps_the_last_readable_run_and_is_none_without_one(tmp_path: Path) -> None:
    ledger = tmp_path / "x.ledger.jsonl"
    ledger.write_bytes(b'{"kind":"run","report":{"path":"a.md"}}\n{"kind":"run","report":{"path":7}}\n')
    assert last_run_report(ledger) == "a.md", "a run line without a report path names nothing"
    ledger.write_bytes(b'{"kind":"run" not json\n' + b"[" * 100_000 + b'"kind":"run"\n')
    assert last_run_report(ledger) is None, "lines that do not parse name nothing, deep nesting included"
    huge = b'{"kind":"run","report":{"path":"a.md"},"x":[' + b"1," * (1 << 20) + b"1]}\n"
    ledger.write_bytes(huge)
    assert last_run_report(ledger) is None, "a line far longer than any run line is not parsed"
    assert last_run_report(tmp_path / "missing.jsonl") is None
    assert last_run_report(tmp_path) is None, "a folder is not a ledger"


def test_run_reports_names_each_report_once_the_last_runs_last(tmp_path: Path) -> None:
    ledger = tmp_path / "x.ledger.jsonl"
    ledger.write_bytes(
        b'{"kind":"run","report":{"path":"draft.md"},"seq":0}\n'
        b'{"kind":"run","report":{"path":"final.md"},"seq":1}\n'
        b'{"kind":"run","report":{"path":"draft.md"},"seq":2}\n'
    )
    assert run_reports(ledger) == ["final.md", "draft.md"], "a report renamed and renamed back is named once"
    assert run_reports(tmp_path / "missing.jsonl") == []


def test_evidence_folders_are_the_folders_of_the_warcs_the_lines_name_each_once(tmp_path: Path) -> None:
    ledger = tmp_path / "r.jsonl"
    ledger.write_bytes(
        b'{"capture":{"warc":"archives/a.warc.gz"},"kind":"footnote"}\n'
        b'{"capture":{"warc":"archives/b.warc.gz"},"kind":"footnote"}\n'
        b'{"capture":{"warc":"../evidence/\\"q\\".warc"},"kind":"locate"}\n'
        b'{"kind":"footnote","text":"a note saying \\"warc\\":\\"elsewhere/x.warc\\""}\n'
    )
    assert evidence_folders(ledger) == ["archives", "../evidence"]


def test_evidence_folders_of_a_hostile_line_are_read_in_linear_time(tmp_path: Path) -> None:
    # 100 kB of an unclosed value of backslash pairs (no value), then 100 kB of values each a WARC named `"`
    # in the ledger's own folder: a backtracking pattern took each start's rest of the line again.
    ledger = tmp_path / "r.jsonl"
    ledger.write_bytes(b'{"warc":"' + b"\\\\" * 50_000 + b"\n" + b'"warc":"\\"' * 10_000 + b"\n")
    assert evidence_folders(ledger) == ["."]


def test_a_ledger_an_editor_saved_with_a_byte_order_mark_keeps_its_first_run(tmp_path: Path) -> None:
    # Read with the mark, the first line did not parse: a one-run ledger had "no run to show", and a ledger
    # of two runs was shown as "run 1 of 1"; `verify` reads the line without the mark and says it is there.
    footnotes = sample_footnotes(tmp_path, None)
    ledger = write_ledger(tmp_path, footnotes)
    before = read_history(ledger)
    ledger.write_bytes(b"\xef\xbb\xbf" + ledger.read_bytes())

    history = read_history(ledger)
    (run,) = history.runs
    assert [f.label for f in run.footnotes] == [f.label for f in before.runs[0].footnotes]
    assert run.head == before.runs[0].head
    assert run_reports(ledger) == ["brief.md"]


def test_a_ledger_git_converted_to_crlf_shows_the_heads_its_seals_and_verify_name(tmp_path: Path) -> None:
    # Hashed with the carriage return, each run head and the ledger's head shown by `show` and the HTML view
    # differed from the head `verify` prints and a signature line's `prev` names.
    footnotes = sample_footnotes(tmp_path, None)
    ledger = write_ledger(tmp_path, footnotes)
    _sign(ledger, tmp_path / "brief.md")
    before = read_history(ledger)
    ledger.write_bytes(ledger.read_bytes().replace(b"\n", b"\r\n"))

    history = read_history(ledger)
    (run,) = history.runs
    assert run.head == before.runs[0].head
    assert run.after[0].prev == run.head, "the signature seals the head the view shows"
    assert history.head == before.head and history.lines == before.lines
