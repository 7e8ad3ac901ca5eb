"""Attacks on `verify`: a ledger or WARC from anyone must not hang it, exhaust it, or print through it.

Each test is named after the attack it defends against. Time bounds are work counts (bytes read, problems
kept), never wall-clock assertions.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import threading
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from provenance.errors import InputError
from provenance.hashing import sha256_file, sha256_hex
from provenance.ledger.canonical import canonical_json
from provenance.ledger.lines import read_lines
from provenance.ledger.verify import MAX_PROBLEMS_LISTED, Verification, verify_ledger
from provenance.models import Capture, CheckResult, Problem
from provenance.outputs.verification import render_verification_json, render_verification_text
from provenance.warc import evidence
from provenance.warc.evidence import read_limits
from provenance.warc.reader import MAX_RECORDS, ReadLimits, read_warc
from tests.ledger.builders import SOURCE_URL, LedgerFiles, make_capture, write_run, write_warc


def _only(verification: Verification, code: str) -> Problem:
    matching = [problem for problem in verification.problems if problem.code == code]
    assert len(matching) == 1, verification.problems
    return matching[0]


def _rewrite_capture(ledger_files: LedgerFiles, **changes: object) -> Capture:
    """Write the one-run ledger again with its capture changed (as a forger with the chain would)."""
    capture = make_capture(ledger_files.folder, "archives/capture.warc", ledger_files.records)
    capture = capture.model_copy(update=changes)
    ledger_files.ledger.unlink()
    write_run(ledger_files.ledger, ledger_files.report, [("verified", capture)])
    return capture


# --- the ledger itself --------------------------------------------------------------------------------------


def test_a_ledger_of_many_empty_objects_lists_the_first_100_problems_and_counts_the_rest(
    tmp_path: Path,
) -> None:
    ledger = tmp_path / "objects.jsonl"
    ledger.write_bytes(b"{}\n" * 5000)

    verification = verify_ledger(ledger)

    assert len(verification.problems) == MAX_PROBLEMS_LISTED
    assert [p.line for p in verification.problems] == list(range(1, MAX_PROBLEMS_LISTED + 1))
    assert verification.more_problems == 5000 - MAX_PROBLEMS_LISTED
    assert verification.problem_count == 5000
    assert not verification.intact


def test_a_ledger_of_many_empty_objects_verifies_in_flat_memory(tmp_path: Path) -> None:
    # The same attack at 2,000,000 lines took 3.4 GB when every line and problem was kept; 10,000 lines kept
    # that way need about 10 MB, streamed they need what one line and 100 problems need (about 0.1 MB).
    ledger = tmp_path / "objects.jsonl"
    ledger.write_bytes(b"{}\n" * 10_000)

    tracemalloc.start()
    try:
        verification = verify_ledger(ledger)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert verification.problem_count == 10_000
    assert peak < 1_000_000, f"verify held {peak} bytes at its peak"


def test_a_ledger_line_longer_than_the_limit_is_hashed_not_kept() -> None:
    endless = b"x" * 10_000
    stream = io.BytesIO(b'{"a":1}\n' + endless + b"\n{}")

    lines = list(read_lines(stream, max_line_bytes=1000))

    assert [(line.number, line.complete) for line in lines] == [(1, True), (2, True), (3, False)]
    assert lines[1].data is None
    assert (lines[1].sha256, lines[1].size) == (sha256_hex(endless), len(endless))
    assert lines[2].data == b"{}"


def test_a_ledger_of_one_line_too_long_to_hold_is_a_named_problem_not_a_crash(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from provenance.ledger import verify

    monkeypatch.setattr(verify, "MAX_LINE_BYTES", 1000)
    ledger = tmp_path / "long.jsonl"
    ledger.write_bytes(b'{"text": "' + b"x" * 100_000 + b'"}\n')

    problem = _only(verify_ledger(ledger), "line-too-long")

    assert problem.line == 1
    assert "100012 bytes" in problem.message


@pytest.mark.tampers_with_evidence
@pytest.mark.parametrize("how", ["too long", "not a ledger line"])
def test_a_footnote_line_that_cannot_be_read_is_one_problem_and_damages_its_run(
    ledger_files: LedgerFiles, monkeypatch: pytest.MonkeyPatch, how: str
) -> None:
    # The run's summary, as written, counts the line: it was "not matching" too (a second problem, at a line
    # as written), and the run was listed "1 footnote, evidence intact" beside a line nobody could read.
    from provenance.ledger import verify

    lines = ledger_files.lines()
    if how == "too long":
        monkeypatch.setattr(verify, "MAX_LINE_BYTES", len(lines[1]) - 1)
    else:
        ledger_files.write_lines([lines[0], lines[1][:-1], *lines[2:]])

    verification = verify_ledger(ledger_files.ledger)

    code = "line-too-long" if how == "too long" else "unparseable-line"
    if how == "too long":
        (long,) = [p for p in verification.problems if p.code == code]
        assert (long.expected, long.actual) == (
            f"at most {len(lines[1]) - 1} bytes",
            f"{len(lines[1])} bytes",
        )
    assert [(p.line, p.code) for p in verification.problems if p.code != "prev-mismatch"] in (
        [(2, code)],
        [(2, code), (2, "line-changed")],
    )
    assert [(r.footnotes, r.damaged) for r in verification.run_evidence] == [(2, 1)]


def test_a_summary_that_counts_otherwise_than_its_run_is_named_beside_a_line_that_cannot_be_read(
    ledger_files: LedgerFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    from provenance.ledger import verify

    lines = ledger_files.lines()
    monkeypatch.setattr(verify, "MAX_LINE_BYTES", len(lines[1]) - 1)
    lines[3] = lines[3].replace(b'"total":2', b'"total":3')
    ledger_files.write_lines(lines)

    verification = verify_ledger(ledger_files.ledger)

    assert "summary-mismatch" in {p.code for p in verification.problems}


@pytest.mark.parametrize("newline_after_the_cut", [False, True])
def test_a_ledger_cut_inside_its_first_line_is_damage_not_another_file(
    ledger_files: LedgerFiles, newline_after_the_cut: bool
) -> None:
    # A copy interrupted after a few hundred bytes: what is left begins as a ledger line does, and is evidence
    # damaged (exit 1, named by line), not a file that is no ledger at all (exit 2).
    first = ledger_files.ledger.read_bytes()[:300]
    ledger_files.ledger.write_bytes(first + (b"\n" if newline_after_the_cut else b""))

    verification = verify_ledger(ledger_files.ledger)

    assert _only(verification, "unparseable-line").line == 1
    assert not verification.intact


def test_a_pretty_printed_json_document_given_as_the_ledger_is_not_a_ledger(tmp_path: Path) -> None:
    document = tmp_path / "datapackage.json"
    document.write_text(json.dumps({"resources": [{"path": "x"}] * 50}, indent=2), encoding="utf-8")

    with pytest.raises(InputError, match=r"^not a ledger: .*datapackage\.json"):
        verify_ledger(document)


def test_a_report_given_as_the_ledger_is_not_a_ledger(tmp_path: Path) -> None:
    report = tmp_path / "REPORT.txt"
    report.write_text("A claim.[1]\n\n" + "".join(f"[{n}] Desk, note {n}.\n" for n in range(1, 48)))

    with pytest.raises(InputError, match=r"^not a ledger: .*REPORT\.txt"):
        verify_ledger(report)


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/null", "/proc/self/status"])
def test_a_device_or_kernel_file_given_as_the_ledger_is_refused_unread(device: str) -> None:
    with pytest.raises(InputError, match="cannot read ledger"):
        verify_ledger(Path(device))


def test_a_fifo_given_as_the_ledger_is_refused_not_waited_on(tmp_path: Path) -> None:
    fifo = tmp_path / "ledger.jsonl"
    os.mkfifo(fifo)

    with pytest.raises(InputError, match="FIFO"):
        verify_ledger(fifo)


# --- the WARC files it names --------------------------------------------------------------------------------


@pytest.mark.tampers_with_evidence
def test_a_warc_symlinked_to_proc_pagemap_is_refused_unread(ledger_files: LedgerFiles) -> None:
    ledger_files.warc.unlink()
    ledger_files.warc.symlink_to("/proc/self/pagemap")

    verification = verify_ledger(ledger_files.ledger)

    assert [p.code for p in verification.problems] == ["warc-link-outside"], "not opened"
    problem = verification.problems[0]
    assert problem.line == 2 and (problem.actual or "").startswith("/proc/")


@pytest.mark.tampers_with_evidence
def test_a_sparse_warc_of_many_gigabytes_is_refused_before_a_byte_is_read(ledger_files: LedgerFiles) -> None:
    with ledger_files.warc.open("r+b") as stream:
        stream.truncate(20 * 1000**3)  # sparse: costs no disk, and reading it would take minutes

    problem = _only(verify_ledger(ledger_files.ledger), "warc-too-large")

    assert problem.line == 2
    assert "20000000000 bytes" in problem.message
    assert "not read" in problem.message


@pytest.mark.tampers_with_evidence
def test_a_warc_grown_past_its_recorded_size_is_named_and_not_read(ledger_files: LedgerFiles) -> None:
    size = ledger_files.warc.stat().st_size
    _rewrite_capture(ledger_files, warc_bytes=size)
    with ledger_files.warc.open("ab") as stream:
        stream.write(b"appended later")

    problem = _only(verify_ledger(ledger_files.ledger), "warc-too-large")

    assert f"the ledger recorded {size}" in problem.message
    # `--json` names it as every comparison is named: expected and found, not only in the message.
    assert (problem.expected, problem.actual) == (f"{size} bytes", f"{size + 14} bytes")


def test_the_recorded_warc_size_is_the_bound_on_what_is_read() -> None:
    capture = Capture.model_validate(
        {**_capture_fields(), "bytes": 1000, "warc_bytes": 5000},
    )
    without_size = capture.model_copy(update={"warc_bytes": None})

    assert read_limits(capture).file_bytes == 5000
    assert read_limits(without_size).file_bytes > 1000, (
        "older ledgers: the body bytes plus the WARC's overhead"
    )


def _capture_fields() -> dict[str, object]:
    return {
        "url": "https://example.org/",
        "final_url": "https://example.org/",
        "http_status": 200,
        "warc": "a.warc.gz",
        "warc_sha256": "0" * 64,
        "records": [],
        "ip": None,
        "started_at": "2024-05-01T10:00:00.000Z",
        "finished_at": "2024-05-01T10:00:01.000Z",
        "bytes": 0,
        "truncated": False,
    }


@pytest.mark.tampers_with_evidence
def test_a_gzip_bomb_warc_stops_at_its_content_bound(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.warc.gz"
    body = b"\0" * 5_000_000
    head = (
        "WARC/1.1\r\nWARC-Type: resource\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        f"WARC-Target-URI: urn:x\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    bomb.write_bytes(gzip.compress(head + body + b"\r\n\r\n"))

    contents = read_warc(bomb, ReadLimits(file_bytes=bomb.stat().st_size, content_bytes=100_000))

    assert contents.error is not None and "100000 bytes" in contents.error
    assert contents.records == {}
    assert contents.sha256 == sha256_file(bomb), "the file itself is still hashed whole"


def test_a_ledger_claiming_a_huge_capture_is_bounded_by_what_its_file_can_hold() -> None:
    claims = Capture.model_validate({**_capture_fields(), "bytes": 10**12, "warc_bytes": 10**12})

    on_disk = read_limits(claims, file_size=10_000_000)

    assert on_disk.content_bytes < 2 * 1000**3, "a 10 MB file is read to about 1.3 GB, not a terabyte"
    beyond_the_file = read_limits(claims).content_bytes - 16 * 10**12
    assert beyond_the_file < evidence.MAX_CAPTURE_BODY_BYTES + 100_000_000, (
        "without the file's size, the body bytes claimed are still bounded by the largest capture"
    )


def test_an_ordinary_capture_keeps_its_content_bound_whatever_the_file_size() -> None:
    capture = Capture.model_validate({**_capture_fields(), "bytes": 40_000_000, "warc_bytes": 3_000_000})

    assert read_limits(capture, file_size=3_000_000) == read_limits(capture)
    assert read_limits(capture).content_bytes > 40_000_000 + 16 * 3_000_000


@pytest.mark.tampers_with_evidence
def test_a_gzip_bomb_with_forged_sizes_stops_at_what_its_file_can_hold(
    ledger_files: LedgerFiles, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(evidence, "_OVERHEAD_BYTES", 100_000)  # what the test's bomb is measured against
    body = b"\0" * 20_000_000
    head = (
        "WARC/1.1\r\nWARC-Type: resource\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        f"WARC-Target-URI: urn:x\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode()
    ledger_files.warc.write_bytes(gzip.compress(head + body + b"\r\n\r\n"))
    _rewrite_capture(ledger_files, bytes=10**12, warc_bytes=10**12)

    problem = _only(verify_ledger(ledger_files.ledger), "warc-malformed")

    assert "reading stopped there" in problem.message


def _append_empty_records(warc: Path, count: int) -> None:
    """`count` records of nothing after the capture's own: cheap to forge, each a step for a reader."""
    records = (
        "WARC/1.1\r\nWARC-Type: resource\r\n"
        f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{number:012d}>\r\n"
        "Content-Length: 0\r\n\r\n\r\n\r\n"
        for number in range(count)
    )
    with warc.open("ab") as stream:
        stream.write("".join(records).encode())


@pytest.mark.tampers_with_evidence
def test_a_warc_of_more_records_than_any_capture_writes_is_named_and_read_no_further(
    ledger_files: LedgerFiles,
) -> None:
    _append_empty_records(ledger_files.warc, MAX_RECORDS)
    _rewrite_capture(ledger_files, warc_bytes=ledger_files.warc.stat().st_size)

    verification = verify_ledger(ledger_files.ledger)

    problem = _only(verification, "warc-malformed")
    assert f"more than {MAX_RECORDS} records" in problem.message
    assert verification.records == MAX_RECORDS


@pytest.mark.tampers_with_evidence
def test_a_warc_of_thousands_of_records_keeps_only_the_digests_its_ledger_line_names(
    ledger_files: LedgerFiles,
) -> None:
    _append_empty_records(ledger_files.warc, 5000)
    _rewrite_capture(ledger_files, warc_bytes=ledger_files.warc.stat().st_size)

    tracemalloc.start()
    try:
        verification = verify_ledger(ledger_files.ledger)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    # Records the ledger does not list, that no digest covers: named (the first few) and counted, not kept.
    assert {problem.code for problem in verification.problems} == {"record-undigested", "record-unlisted"}
    assert "and 4980 more records" in verification.problems[-1].message
    assert verification.records == 5002
    # 5,000 records' digests kept cost about 4 MB; the reading itself about 1 MB.
    assert peak < 2_500_000, f"verify held {peak} bytes at its peak"


@pytest.mark.tampers_with_evidence
def test_a_nul_in_a_warc_path_is_a_named_problem_not_a_crash(ledger_files: LedgerFiles) -> None:
    _rewrite_capture(ledger_files, warc="archives/a\u0000b.warc")

    problem = _only(verify_ledger(ledger_files.ledger), "warc-unreadable")

    assert "NUL" in problem.message
    assert "\x00" not in (problem.file or "") and "\\x00" in (problem.file or "")


@pytest.mark.tampers_with_evidence
@pytest.mark.parametrize("recorded", ["../secret.env", "archives/../../../../../../etc/passwd"])
def test_a_warc_path_to_a_file_that_is_not_a_warc_is_refused_unread(
    ledger_files: LedgerFiles, recorded: str
) -> None:
    secret = ledger_files.folder.parent / "secret.env"
    secret.write_text("GITHUB_TOKEN=ghp_SECRET\n", encoding="utf-8")
    capture = _rewrite_capture(ledger_files)
    _rewrite_capture(ledger_files, warc=recorded, warc_sha256=capture.warc_sha256)

    verification = verify_ledger(ledger_files.ledger)

    problem = _only(verification, "warc-name-refused")
    assert problem.line == 2
    assert "not a WARC file name" in problem.message
    assert recorded in (problem.file or "")
    assert [p.code for p in verification.problems] == ["warc-name-refused"], "nothing of it was read"
    assert "ghp_SECRET" not in verification.model_dump_json()


@pytest.mark.tampers_with_evidence
def test_a_warc_that_is_a_link_to_a_file_that_is_not_a_warc_is_refused_unread(
    ledger_files: LedgerFiles,
) -> None:
    # A link a pull request can add (git keeps links): verify hashed the key it points to and printed its
    # SHA-256 and size in a problem.
    secret = ledger_files.folder.parent / "id_ed25519"
    secret.write_text("GITHUB_TOKEN=ghp_SECRET\n", encoding="utf-8")
    ledger_files.warc.unlink()
    ledger_files.warc.symlink_to(secret)

    verification = verify_ledger(ledger_files.ledger)

    assert [p.code for p in verification.problems] == ["warc-link-outside"], "nothing of it was read"
    assert sha256_file(secret) not in verification.model_dump_json()
    # A link within the folder to a file not named as a WARC is refused by its name.
    inside = ledger_files.folder / "id_ed25519"
    os.replace(secret, inside)
    ledger_files.warc.unlink()
    ledger_files.warc.symlink_to(inside)

    verification = verify_ledger(ledger_files.ledger)

    problem = _only(verification, "warc-name-refused")
    assert problem.line == 2 and "a link to a file that is not a WARC" in problem.message
    assert [p.code for p in verification.problems] == ["warc-name-refused"], "nothing of it was read"
    assert sha256_file(inside) not in verification.model_dump_json()


def test_a_warc_that_is_a_link_to_a_warc_is_read_through_it(ledger_files: LedgerFiles) -> None:
    stored = ledger_files.folder / "store" / "capture-2024.warc"
    stored.parent.mkdir()
    os.replace(ledger_files.warc, stored)
    ledger_files.warc.symlink_to(stored)

    verification = verify_ledger(ledger_files.ledger)

    assert verification.intact, verification.problems
    assert (verification.warc_files, verification.records) == (1, 2)


def _other_case(ledger_files: LedgerFiles) -> Path:
    """Another case's evidence on the same machine, outside the ledger's folder: a true WARC."""
    other = ledger_files.folder.parent / f"{ledger_files.folder.name}-other-case" / "capture.warc"
    other.parent.mkdir()
    os.replace(ledger_files.warc, other)
    return other


@pytest.mark.tampers_with_evidence
def test_a_warc_that_is_a_link_out_of_the_evidence_folders_is_one_named_problem_and_not_read(
    ledger_files: LedgerFiles,
) -> None:
    # A link a pull request can add (git keeps links) to another case's WARC on the CI machine: verify
    # read it silently, counted its records as this ledger's evidence and quoted its headers in problems.
    other = _other_case(ledger_files)
    ledger_files.warc.symlink_to(other)

    verification = verify_ledger(ledger_files.ledger)

    assert [p.code for p in verification.problems] == ["warc-link-outside"], "nothing of it was read"
    problem = verification.problems[0]
    assert (problem.line, problem.file) == (2, str(ledger_files.warc))
    assert "outside its folder and the ledger's: not read" in problem.message
    assert "--archive-dir" in problem.message
    assert problem.actual == os.path.realpath(other)
    assert (verification.warc_files, verification.records) == (0, 0)
    (footnote,) = [f for f in verification.footnotes if f.line == 2]
    assert footnote.evidence == "damaged"


def test_a_warc_kept_outside_is_read_when_its_folder_is_given_with_archive_dir(
    ledger_files: LedgerFiles,
) -> None:
    other = _other_case(ledger_files)
    ledger_files.warc.symlink_to(other)

    verification = verify_ledger(ledger_files.ledger, archive_dir=other.parent)

    assert verification.intact, verification.problems
    assert (verification.warc_files, verification.records) == (1, 2)


def test_an_archive_folder_that_is_a_link_to_another_disk_is_read_through(ledger_files: LedgerFiles) -> None:
    # `archives -> /mnt/evidence/archives`: the file is in the folder its path names, wherever that lies.
    other = _other_case(ledger_files)
    (ledger_files.folder / "archives").rmdir()
    (ledger_files.folder / "archives").symlink_to(other.parent)

    verification = verify_ledger(ledger_files.ledger)

    assert verification.intact, verification.problems


@pytest.mark.tampers_with_evidence
def test_a_warc_link_to_a_pipe_outside_the_folder_is_refused_without_opening_it(
    ledger_files: LedgerFiles,
) -> None:
    pipe = ledger_files.folder.parent / f"{ledger_files.folder.name}-pipe.warc"
    os.mkfifo(pipe)
    ledger_files.warc.unlink()
    ledger_files.warc.symlink_to(pipe)

    verification = _verify_in_a_thread(ledger_files.ledger)

    assert [p.code for p in verification.problems] == ["warc-link-outside"]


@pytest.mark.tampers_with_evidence
def test_a_warc_that_is_a_link_loop_is_one_named_problem_not_a_hang(ledger_files: LedgerFiles) -> None:
    ledger_files.warc.unlink()
    ledger_files.warc.symlink_to("loop.warc")
    (ledger_files.warc.parent / "loop.warc").symlink_to(ledger_files.warc.name)

    verification = _verify_in_a_thread(ledger_files.ledger)

    assert [p.code for p in verification.problems] == ["warc-unreadable"]
    problem = verification.problems[0]
    assert problem.line == 2 and "symbolic links" in problem.message


def _verify_in_a_thread(ledger: Path) -> Verification:
    """verify_ledger, given up on after a minute, so that a verify that hangs fails rather than hangs."""
    results: list[Verification] = []
    worker = threading.Thread(target=lambda: results.append(verify_ledger(ledger)), daemon=True)
    worker.start()
    worker.join(60)
    assert results, "verify hung"
    return results[0]


def test_a_warc_beside_a_ledger_in_a_subfolder_is_read_through_its_dotdot_path(
    ledger_files: LedgerFiles,
) -> None:
    # `check reports/brief.md` run from the project folder writes `archives/` there: the ledger, in
    # `reports/`, records `../archives/...`.
    reports = ledger_files.folder / "reports"
    reports.mkdir()
    report = reports / ledger_files.report.name
    os.replace(ledger_files.report, report)
    ledger = reports / ledger_files.ledger.name
    capture = make_capture(reports, "../archives/capture.warc", ledger_files.records)
    write_run(ledger, report, [("verified", capture)])

    verification = verify_ledger(ledger)

    assert verification.intact, verification.problems
    assert (verification.warc_files, verification.records) == (1, 2)


@pytest.mark.tampers_with_evidence
def test_a_warc_whose_first_line_is_a_secret_is_malformed_without_showing_it(
    ledger_files: LedgerFiles,
) -> None:
    ledger_files.warc.write_bytes(b"GITHUB_TOKEN=ghp_SECRET\nmore\n")

    verification = verify_ledger(ledger_files.ledger)

    problem = _only(verification, "warc-malformed")
    assert "first line" in problem.message
    assert "ghp_SECRET" not in verification.model_dump_json()


@pytest.mark.tampers_with_evidence
def test_a_warc_of_one_endless_line_is_named_in_a_short_message(ledger_files: LedgerFiles) -> None:
    ledger_files.warc.write_bytes(b"X" * 1_000_000 + b"\r\n\r\n")
    _rewrite_capture(ledger_files, warc_bytes=ledger_files.warc.stat().st_size)

    verification = verify_ledger(ledger_files.ledger)

    problem = _only(verification, "warc-malformed")
    assert len(problem.message) < 200, problem.message[:300]


# --- what it prints -----------------------------------------------------------------------------------------


@pytest.mark.tampers_with_evidence
def test_terminal_escapes_in_a_damaged_warc_are_escaped_in_every_problem(ledger_files: LedgerFiles) -> None:
    ledger_files.warc.write_bytes(b"\x1b]0;pwned\x07\x1b[2J\x1b[31mREAD ME\x1b[0m\r\nforged line\n")
    _rewrite_capture(ledger_files, warc="archives/\x1b[2Jcapture.warc")
    os.replace(ledger_files.warc, ledger_files.folder / "archives" / "\x1b[2Jcapture.warc")

    verification = verify_ledger(ledger_files.ledger)

    assert "warc-malformed" in {p.code for p in verification.problems}
    document = json.loads(verification.model_dump_json())
    for problem in document["problems"]:
        for text in (problem["message"], problem["file"], problem["expected"], problem["actual"]):
            assert text is None or text.isprintable(), text
    assert any("\\x1b" in p.message or "\\x1b" in (p.file or "") for p in verification.problems)


# --- evidence that moved ------------------------------------------------------------------------------------


def _move_everything(ledger_files: LedgerFiles, to: Path) -> tuple[Path, Path]:
    """Report and ledger into `to`, the archive folder into `to/evidence`: the recorded WARC paths miss."""
    to.mkdir()
    ledger = to / ledger_files.ledger.name
    os.replace(ledger_files.ledger, ledger)
    os.replace(ledger_files.report, to / ledger_files.report.name)
    os.replace(ledger_files.folder / "archives", to / "evidence")
    return ledger, to / "evidence"


def test_moved_warcs_are_found_by_name_in_archive_dir_and_proved_by_hash(ledger_files: LedgerFiles) -> None:
    ledger, evidence = _move_everything(ledger_files, ledger_files.folder / "moved")
    assert "warc-missing" in {p.code for p in verify_ledger(ledger).problems}

    verification = verify_ledger(ledger, archive_dir=evidence)

    assert verification.intact, verification.problems
    assert (verification.warc_files, verification.records) == (1, 2)


@pytest.mark.tampers_with_evidence
def test_a_different_file_of_the_same_name_in_archive_dir_is_a_hash_mismatch(
    ledger_files: LedgerFiles,
) -> None:
    ledger, evidence = _move_everything(ledger_files, ledger_files.folder / "moved")
    write_warc(evidence / "capture.warc")  # same name, new record ids and bytes

    codes = {p.code for p in verify_ledger(ledger, archive_dir=evidence).problems}

    assert "warc-hash-mismatch" in codes


def test_missing_warcs_come_with_a_hint_naming_archive_dir(ledger_files: LedgerFiles) -> None:
    ledger, _ = _move_everything(ledger_files, ledger_files.folder / "moved")

    verification = verify_ledger(ledger)

    assert _only(verification, "warc-missing").line == 2
    assert any("--archive-dir" in warning for warning in verification.warnings)


def test_a_missing_report_is_a_warning_that_it_was_not_compared(ledger_files: LedgerFiles) -> None:
    ledger_files.report.unlink()

    verification = verify_ledger(ledger_files.ledger)

    assert verification.intact
    assert not verification.report_checked
    assert len(verification.warnings) == 1
    assert "could not be compared" in verification.warnings[0]
    assert str(ledger_files.report) in verification.warnings[0]


def _write_chained(ledger: Path, lines: list[dict[str, object]]) -> None:
    """Write `lines` as the ledger, each line's `prev` made again from the one before (as a forger with the
    ledger would)."""
    written: list[bytes] = []
    for line in lines:
        if written:
            line["prev"] = sha256_hex(written[-1])
        written.append(canonical_json(line))
    ledger.write_bytes(b"".join(line + b"\n" for line in written))


def _forge_report_path(ledger_files: LedgerFiles, recorded: str, target: Path) -> None:
    """Rewrite the run line to name `recorded` as its report, with `target`'s hash, the chain made again after
    it (as a forger with the ledger would)."""
    lines = [json.loads(raw) for raw in ledger_files.ledger.read_bytes().splitlines()]
    lines[0]["report"] = {**lines[0]["report"], "path": recorded, "sha256": sha256_file(target)}
    _write_chained(ledger_files.ledger, lines)


@pytest.fixture
def secret(tmp_path: Path) -> Path:
    """A file beside the folder the test's ledger is made in."""
    path = tmp_path / "secret.env"
    path.write_text("PASSWORD=hunter2\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("how", ["dotdot", "absolute", "symlink"])
def test_a_report_path_out_of_the_ledgers_folder_is_neither_read_nor_called_compared(
    tmp_path: Path, report: Path, secret: Path, how: str
) -> None:
    # The forged run line named a file beside the ledger's folder with that file's hash: verify hashed it
    # and said the report was compared (and would have printed its hash, had it differed).
    folder = tmp_path / "repo"
    folder.mkdir()
    ledger_files = _ledger_in(folder, report)
    recorded = {"dotdot": "../secret.env", "absolute": str(secret), "symlink": "report.md"}[how]
    if how == "symlink":
        ledger_files.report.unlink()
        ledger_files.report.symlink_to(secret)
    _forge_report_path(ledger_files, recorded, secret)

    verification = verify_ledger(ledger_files.ledger)

    assert not verification.report_checked
    (warning,) = verification.warnings
    assert f"the report {recorded} named by line 1 is outside the ledger's folder" in warning
    assert "give it with --report REPORT" in warning
    # What the user names is compared, wherever it is.
    assert verify_ledger(ledger_files.ledger, report_path=secret).report_checked


def test_a_report_path_into_a_folder_under_the_ledgers_is_compared(tmp_path: Path, report: Path) -> None:
    folder = tmp_path / "repo"
    (folder / "reports").mkdir(parents=True)
    ledger_files = _ledger_in(folder, report)
    moved = folder / "reports" / "brief.md"
    ledger_files.report.rename(moved)
    (folder / "latest.md").symlink_to(moved)  # a link that stays in the folder
    for recorded in ("reports/brief.md", "reports/../reports/brief.md", "latest.md"):
        _forge_report_path(ledger_files, recorded, moved)

        verification = verify_ledger(ledger_files.ledger)

        assert verification.intact and verification.report_checked, recorded
        assert verification.warnings == (), recorded


def _append_run_naming(ledger_files: LedgerFiles, report: Path) -> None:
    capture = make_capture(ledger_files.folder, "archives/capture.warc", ledger_files.records)
    write_run(ledger_files.ledger, report, [("verified", capture), ("unlocatable", None)])


def test_a_run_appended_naming_an_old_copy_of_the_report_warns_that_the_ledgers_own_report_was_not_compared(
    ledger_files: LedgerFiles,
) -> None:
    # A pull request edits report.md and appends a run (its chain whole) naming an old copy kept beside it:
    # verify said "report hash checked" of the copy, intact, and nothing of report.md.
    old_copy = ledger_files.folder / "report-old.md"
    old_copy.write_bytes(ledger_files.report.read_bytes())
    ledger_files.report.write_text(f"An edited claim.[^1]\n\n[^1]: {SOURCE_URL}\n", encoding="utf-8")
    _append_run_naming(ledger_files, old_copy)

    verification = verify_ledger(ledger_files.ledger)

    report = ledger_files.report
    assert verification.intact and verification.report_checked
    assert verification.warnings == (
        f"the ledger is named for the report {report}, but its last run (line 5) names report-old.md: that "
        f"file was compared, and {report} was not; give it with --report REPORT to compare it",
    )
    given = verify_ledger(ledger_files.ledger, report_path=report)
    assert _only(given, "report-changed").file == str(report) and given.warnings == ()


def test_a_ledger_whose_report_was_renamed_or_that_is_named_for_no_report_says_nothing_of_one(
    ledger_files: LedgerFiles,
) -> None:
    # `check final.md --ledger report.md.ledger.jsonl` after the draft was renamed: no report.md beside it.
    final = ledger_files.report.rename(ledger_files.folder / "final.md")
    _append_run_naming(ledger_files, final)
    assert verify_ledger(ledger_files.ledger).warnings == ()
    # A ledger named with --ledger for no file: its last run's report is the only one.
    shared = ledger_files.ledger.rename(ledger_files.folder / "shared.ledger.jsonl")
    (ledger_files.folder / "report.md").write_text("another report", encoding="utf-8")
    verification = verify_ledger(shared)
    assert verification.intact and verification.report_checked and verification.warnings == ()


def _ledger_in(folder: Path, report: Path) -> LedgerFiles:
    """`ledger_files` made in `folder`: the report copied there, a WARC and a one-run ledger beside it."""
    copied = folder / report.name
    copied.write_bytes(report.read_bytes())
    (folder / "archives").mkdir()
    warc = folder / "archives" / "capture.warc"
    records = write_warc(warc)
    ledger = folder / "report.md.ledger.jsonl"
    capture = make_capture(folder, "archives/capture.warc", records)
    write_run(ledger, copied, [("verified", capture), ("unlocatable", None)])
    return LedgerFiles(folder=folder, ledger=ledger, report=copied, warc=warc, records=records)


def test_a_capture_of_another_url_than_the_footnote_cites_is_no_evidence_of_it(
    ledger_files: LedgerFiles,
) -> None:
    # Footnote 2 cites a page it was never captured for: given footnote 1's capture, intact, and the chain
    # made again, verify listed it verified with its evidence intact.
    capture = make_capture(ledger_files.folder, "archives/capture.warc", ledger_files.records)
    ledger_files.ledger.unlink()
    write_run(ledger_files.ledger, ledger_files.report, [("verified", capture), ("verified", capture)])
    assert verify_ledger(ledger_files.ledger).intact  # one URL cited twice, captured once: true
    lines = [json.loads(raw) for raw in ledger_files.ledger.read_bytes().splitlines()]
    lines[2]["citation"]["url"] = "https://example.org/post/2"
    _write_chained(ledger_files.ledger, lines)

    verification = verify_ledger(ledger_files.ledger)

    (problem,) = verification.problems
    assert (problem.code, problem.line) == ("capture-not-of-citation", 3)
    assert (problem.expected, problem.actual) == ("https://example.org/post/2", "https://example.org/post/1")
    assert [(footnote.label, footnote.evidence) for footnote in verification.footnotes] == [
        ("1", "intact"),
        ("2", "damaged"),
    ]


def test_a_warc_named_by_two_lines_for_different_records_is_read_for_each(ledger_files: LedgerFiles) -> None:
    # The file is read for the first line's records, then again for the second's: each line is held to
    # what it lists. A capture lists every record of its WARC, so the first line's is short of one.
    request, response = ledger_files.records
    first = make_capture(ledger_files.folder, "archives/capture.warc", (request,))
    second = first.model_copy(update={"records": (request, response)})
    ledger_files.ledger.unlink()
    write_run(ledger_files.ledger, ledger_files.report, [("verified", first), ("verified", second)])

    verification = verify_ledger(ledger_files.ledger)

    problem = _only(verification, "record-unlisted")
    assert response.id in problem.message
    assert {problem.code for problem in verification.problems} == {
        "record-unlisted",
        "capture-response-missing",
    }
    assert {problem.line for problem in verification.problems} == {2}, "the second line lists both: whole"
    assert (verification.warc_files, verification.records) == (1, 2)


def test_a_line_edited_to_name_another_url_than_the_warc_recorded_is_a_mismatch(
    ledger_files: LedgerFiles,
) -> None:
    # The forger keeps every digest (the WARC is untouched) and rewrites the URL the ledger says was captured.
    evil = {"uri": "https://evil.example/"}
    records = tuple(ref.model_copy(update=evil) if ref.uri else ref for ref in ledger_files.records)
    _rewrite_capture(ledger_files, records=records)
    problems = verify_ledger(ledger_files.ledger).problems
    mismatches = [problem for problem in problems if problem.code == "record-ledger-mismatch"]
    assert mismatches and all("target URI" in problem.message for problem in mismatches)
    assert {problem.expected for problem in mismatches} == {"https://evil.example/"}


def test_a_line_edited_to_call_a_record_another_type_is_a_mismatch(ledger_files: LedgerFiles) -> None:
    first, *rest = ledger_files.records
    _rewrite_capture(ledger_files, records=(first.model_copy(update={"type": "resource"}), *rest))
    problem = _only(verify_ledger(ledger_files.ledger), "record-ledger-mismatch")
    assert (problem.expected, problem.actual) == ("resource", first.type)


def _reorder_records(warc: Path) -> None:
    """The WARC written again with its two records (request, response) in the other order, each byte for
    byte as it was: every record's digests still hold."""
    request, response = (b"WARC/1.1\r\n" + part for part in warc.read_bytes().split(b"WARC/1.1\r\n")[1:])
    warc.write_bytes(response + request)


def test_a_warc_rewritten_with_its_records_reordered_is_named_though_every_digest_holds(
    ledger_files: LedgerFiles,
) -> None:
    # The forger rewrote the WARC, the response before its request, and recorded the file's new hash (the
    # chain made again): each record's digests held, the file is not the one the capture wrote, and verify
    # said intact.
    _reorder_records(ledger_files.warc)
    _rewrite_capture(ledger_files)  # its warc_sha256 is the reordered file's

    verification = verify_ledger(ledger_files.ledger)

    problem = _only(verification, "records-out-of-order")
    request, response = ledger_files.records
    assert (problem.line, problem.expected, problem.actual) == (
        2,
        f"{request.id}, {response.id}",
        f"{response.id}, {request.id}",
    )
    assert [footnote.evidence for footnote in verification.footnotes] == ["damaged"]


def test_a_line_listing_its_records_in_another_order_than_its_warc_holds_them_is_named(
    ledger_files: LedgerFiles,
) -> None:
    request, response = ledger_files.records
    _rewrite_capture(ledger_files, records=(response, request))
    problem = _only(verify_ledger(ledger_files.ledger), "records-out-of-order")
    listed, in_file = f"{response.id}, {request.id}", f"{request.id}, {response.id}"
    assert (problem.expected, problem.actual) == (listed, in_file)


def test_a_line_listing_a_record_twice_is_named(ledger_files: LedgerFiles) -> None:
    # Every digest of both listings holds: the line still is not what the capture wrote.
    request, response = ledger_files.records
    _rewrite_capture(ledger_files, records=(request, response, response))
    verification = verify_ledger(ledger_files.ledger)
    assert [problem.code for problem in verification.problems] == ["record-listed-twice"]
    assert response.id in verification.problems[0].message


@pytest.mark.parametrize("compressed", [False, True], ids=["warc", "warc.gz"])
def test_a_capture_listing_its_records_as_written_verifies_intact_and_so_does_a_run_reusing_it(
    tmp_path: Path, report: Path, compressed: bool
) -> None:
    name = "capture.warc.gz" if compressed else "capture.warc"
    capture = make_capture(tmp_path, name, write_warc(tmp_path / name, gzip=compressed))
    ledger = tmp_path / "report.md.ledger.jsonl"
    write_run(ledger, report, [("verified", capture)])
    write_run(ledger, report, [("verified", capture)])

    verification = verify_ledger(ledger)

    assert verification.intact, verification.problems
    assert [footnote.evidence for footnote in verification.footnotes] == ["intact"]


# --- a WARC several lines rest on ---------------------------------------------------------------------------


def _garbage_after_the_records(ledger_files: LedgerFiles) -> Capture:
    """The WARC with bytes after its last record that are no record, recorded as it is (hash and records)."""
    with ledger_files.warc.open("ab") as warc:
        warc.write(b"not a WARC record\r\n\r\n")
    return make_capture(ledger_files.folder, "archives/capture.warc", ledger_files.records)


def _record_changed_under_its_digest_header(ledger_files: LedgerFiles) -> Capture:
    """The response's body edited in place, its WARC-Block-Digest left as written, and the capture recording
    the records as they are now (the forger's digests, the file's new hash)."""
    warc = ledger_files.warc
    warc.write_bytes(warc.read_bytes().replace(b"the cited evidence", b"THE CITED EVIDENCE"))
    contents = read_warc(warc, ReadLimits(file_bytes=1 << 20, content_bytes=1 << 20))
    records = tuple(
        ref.model_copy(
            update={
                "block_digest": contents.records[ref.id].block,
                "payload_digest": contents.records[ref.id].payload,
            }
        )
        for ref in ledger_files.records
    )
    return make_capture(ledger_files.folder, "archives/capture.warc", records)


@pytest.mark.parametrize("damage", [_garbage_after_the_records, _record_changed_under_its_digest_header])
def test_a_damaged_warc_a_later_run_reuses_is_named_at_that_runs_footnote_too(
    ledger_files: LedgerFiles, damage: Callable[[LedgerFiles], Capture]
) -> None:
    # The damage was named at the first run's line only: the last run's footnote, resting on the same file,
    # was listed "verified, evidence intact".
    capture = damage(ledger_files)
    ledger_files.ledger.unlink()
    write_run(ledger_files.ledger, ledger_files.report, [("verified", capture)])  # lines 1 to 3
    write_run(ledger_files.ledger, ledger_files.report, [("verified", capture)])  # lines 4 to 6

    verification = verify_ledger(ledger_files.ledger)

    assert [(footnote.line, footnote.evidence) for footnote in verification.footnotes] == [(5, "damaged")]
    assert [run.damaged for run in verification.run_evidence] == [1, 1]
    first = {problem.code for problem in verification.problems if problem.line == 2}
    assert first and {problem.code for problem in verification.problems if problem.line == 5} <= first


def test_a_damaged_warc_cited_twice_in_one_run_is_named_at_both_footnotes(ledger_files: LedgerFiles) -> None:
    capture = _record_changed_under_its_digest_header(ledger_files)
    ledger_files.ledger.unlink()
    write_run(ledger_files.ledger, ledger_files.report, [("verified", capture), ("verified", capture)])

    verification = verify_ledger(ledger_files.ledger)

    assert [(footnote.line, footnote.evidence) for footnote in verification.footnotes] == [
        (2, "damaged"),
        (3, "damaged"),
    ]
    later = [problem for problem in verification.problems if problem.line == 3]
    assert len(later) == 1 and "(and 1 more of the file's own problems)" in later[0].message


def test_a_whole_warc_reused_by_a_later_run_leaves_both_footnotes_intact(ledger_files: LedgerFiles) -> None:
    capture = make_capture(ledger_files.folder, "archives/capture.warc", ledger_files.records)
    write_run(ledger_files.ledger, ledger_files.report, [("verified", capture)])

    verification = verify_ledger(ledger_files.ledger)

    assert verification.intact
    assert [footnote.evidence for footnote in verification.footnotes] == ["intact"]


# --- times at the ends of the calendar ----------------------------------------------------------------------


def test_a_capture_dated_at_the_first_or_last_moment_of_the_calendar_is_judged_not_a_crash(
    ledger_files: LedgerFiles,
) -> None:
    # Its WARC's dates were compared with a second before its start (after its end): there is none before
    # year 1 or after 9999, and verify ended in an internal error (OverflowError).
    _rewrite_capture(ledger_files, started_at="0001-01-01T00:00:00.000Z")
    assert verify_ledger(ledger_files.ledger).intact  # its records are dated inside that (long) window

    _rewrite_capture(ledger_files, finished_at="9999-12-31T23:59:59.999999Z")
    problems = verify_ledger(ledger_files.ledger).problems
    assert {(problem.line, problem.code) for problem in problems} == {(2, "capture-time-impossible")}
    assert any(problem.message == "the capture is dated in the future" for problem in problems)


def test_a_line_recording_verified_beside_a_content_check_that_warns_is_a_warning_naming_it(
    ledger_files: LedgerFiles,
) -> None:
    # The chain holds (the line is as written), but the line contradicts itself: verify listed the footnote
    # as verified and said nothing. A warning: the first versions of `check` wrote such lines.
    capture = make_capture(ledger_files.folder, "archives/capture.warc", ledger_files.records)
    ledger_files.ledger.unlink()
    check = CheckResult(name="date", status="warn", detail="a day off")
    write_run(ledger_files.ledger, ledger_files.report, [("verified", capture)], more_checks=(check,))
    verification = verify_ledger(ledger_files.ledger)
    assert verification.problem_count == 0
    assert any(
        warning.startswith("ledger line 2 record verified beside a check that fails")
        for warning in verification.warnings
    ), verification.warnings


@pytest.mark.parametrize(
    ("check", "said"),
    [
        (CheckResult(name="quote", status="fail", detail="not found"), "quote: fail"),
        # A URL `provenance locate` proposed and no person confirmed; a citation without its date.
        (CheckResult(name="locator", status="warn", detail="a candidate"), "locator: warn"),
        (CheckResult(name="schema", status="skip", detail="not validated"), "schema: skip"),
    ],
)
def test_a_line_recording_verified_beside_a_check_no_verified_footnote_had_is_a_problem_naming_it(
    ledger_files: LedgerFiles, check: CheckResult, said: str
) -> None:
    # No `check` ever wrote verified beside these (here recorded beside the passing one, as a forger who
    # adds a line's true check back): verify said INTACT, exit 0, a warning on stderr.
    capture = make_capture(ledger_files.folder, "archives/capture.warc", ledger_files.records)
    ledger_files.ledger.unlink()
    write_run(ledger_files.ledger, ledger_files.report, [("verified", capture)], more_checks=(check,))
    verification = verify_ledger(ledger_files.ledger)
    assert [(problem.line, problem.code) for problem in verification.problems] == [(2, "status-refuted")]
    assert said in verification.problems[0].message
    assert not any(warning.startswith("ledger line 2 record") for warning in verification.warnings)


def test_a_verified_line_whose_archived_check_warns_is_no_contradiction(ledger_files: LedgerFiles) -> None:
    capture = make_capture(ledger_files.folder, "archives/capture.warc", ledger_files.records)
    ledger_files.ledger.unlink()
    archived = CheckResult(name="archived", status="warn", detail="no archived copy")
    write_run(ledger_files.ledger, ledger_files.report, [("verified", capture)], more_checks=(archived,))
    verification = verify_ledger(ledger_files.ledger)
    assert verification.intact and not any("record verified" in warning for warning in verification.warnings)


@pytest.mark.parametrize("captured", [False, True], ids=["no-capture", "captured-check-skipped"])
def test_a_line_recording_verified_with_nothing_captured_is_a_problem_naming_it(
    ledger_files: LedgerFiles, captured: bool
) -> None:
    # A verified footnote was captured, its captured check passed (DESIGN.md section 3): a line recording
    # verified beside no capture, or a captured check that skipped, was listed as verified, exit 0.
    capture = make_capture(ledger_files.folder, "archives/capture.warc", ledger_files.records)
    lines = [json.loads(raw) for raw in ledger_files.ledger.read_bytes().splitlines()]
    lines[1]["capture"] = capture.model_dump(mode="json") if captured else None
    for check in lines[1]["checks"]:
        if check["name"] == "captured":
            check["status"] = "skip"
    _write_chained(ledger_files.ledger, lines)

    verification = verify_ledger(ledger_files.ledger)

    (problem,) = verification.problems
    assert (problem.line, problem.code, problem.expected, problem.actual) == (
        2,
        "status-refuted",
        "error",
        "verified",
    )
    said = "captured: skip" if captured else "nothing captured"
    assert said in problem.message
    assert verification.warnings == ()


_SAID_BESIDE = "! the ledger records verified, but its own line says otherwise"


def _run_verified_beside_a_failed_quote(ledger_files: LedgerFiles) -> Capture:
    """The ledger made anew with one run whose footnote records `verified` beside `quote: fail`; its
    capture."""
    capture = make_capture(ledger_files.folder, "archives/capture.warc", ledger_files.records)
    ledger_files.ledger.unlink()
    failed = CheckResult(name="quote", status="fail", detail="not in the source")
    write_run(ledger_files.ledger, ledger_files.report, [("verified", capture)], more_checks=(failed,))
    return capture


def test_a_footnote_recording_verified_beside_a_failed_check_is_marked_in_verifys_listing_and_json(
    ledger_files: LedgerFiles,
) -> None:
    # Only a warning on stderr said it: the listing showed "[1] verified  evidence intact" alone, and
    # `--json`'s footnote said status verified, evidence intact, for a quote the source does not hold.
    _run_verified_beside_a_failed_quote(ledger_files)

    verification = verify_ledger(ledger_files.ledger)

    listing = render_verification_text(verification).splitlines()
    row = next(index for index, line in enumerate(listing) if line.startswith("  [1] verified"))
    assert "EVIDENCE DAMAGED" in listing[row]
    assert listing[row + 1].startswith("        ✗ the line records verified beside quote: fail: its own")
    assert _SAID_BESIDE not in "\n".join(listing)  # said once, as the problem it is
    document = json.loads(render_verification_json(verification))
    assert document["intact"] is False
    (footnote,) = [f for f in document["footnotes"] if f["label"] == "1"]
    assert footnote["evidence"] == "damaged"


def test_a_footnote_recording_verified_with_nothing_captured_is_marked_in_verifys_listing(
    ledger_files: LedgerFiles,
) -> None:
    ledger_files.ledger.unlink()
    write_run(ledger_files.ledger, ledger_files.report, [("verified", None)])
    verification = verify_ledger(ledger_files.ledger)
    assert "✗ the line records verified beside nothing captured" in render_verification_text(verification)
    assert not verification.intact


def test_a_verified_footnote_whose_checks_add_up_is_not_marked_nor_is_an_earlier_runs(
    ledger_files: LedgerFiles,
) -> None:
    # The fixture's run records footnote 1 verified beside a captured check that passed; a later run lists.
    capture = _run_verified_beside_a_failed_quote(ledger_files)
    write_run(ledger_files.ledger, ledger_files.report, [("verified", capture)])

    verification = verify_ledger(ledger_files.ledger)

    assert verification.unsupported == {}
    assert _SAID_BESIDE not in render_verification_text(verification)


def _two_runs_a_day_apart(ledger_files: LedgerFiles, *, swapped: bool) -> None:
    """The fixture's run and a second one dated a day later (as a daily CI job writes them), the second put
    first when `swapped`, the chain computed again over the order written (as a forger with the ledger would:
    line 1's prev is the report's hash, seq counts 0, 1, …)."""
    capture = make_capture(ledger_files.folder, "archives/capture.warc", ledger_files.records)
    write_run(ledger_files.ledger, ledger_files.report, [("verified", capture), ("unlocatable", None)])
    lines = [json.loads(raw) for raw in ledger_files.ledger.read_bytes().splitlines()]
    for index, line in enumerate(lines):
        day = "01" if index < 4 else "02"
        line["at"] = f"2024-05-{day}T12:00:00.000Z"
        if line["kind"] == "run":
            line["started_at"] = f"2024-05-{day}T11:59:00.000Z"
            line["finished_at"] = f"2024-05-{day}T11:59:30.000Z"
    ordered = [*lines[4:], *lines[:4]] if swapped else lines
    for seq, line in enumerate(ordered):
        line["seq"] = seq
    ordered[0]["prev"] = sha256_file(ledger_files.report)
    _write_chained(ledger_files.ledger, ordered)


def test_runs_reordered_with_the_chain_computed_again_are_a_warning_naming_the_line_dated_back(
    ledger_files: LedgerFiles,
) -> None:
    # Whole and intact, the runs in the wrong order: nothing said but "not authenticated".
    _two_runs_a_day_apart(ledger_files, swapped=True)

    verification = verify_ledger(ledger_files.ledger)

    assert verification.intact, verification.problems
    assert (
        "line 5 is dated 2024-05-01T12:00:00.000Z, before line 4 above it (2024-05-02T12:00:00.000Z) "
        "(4 lines in all): lines were moved (runs reordered, the chain computed again: only a seal or a "
        "timestamp proves the order) or written on a clock set back"
    ) in verification.warnings


def test_runs_in_the_order_written_are_no_warning(ledger_files: LedgerFiles) -> None:
    _two_runs_a_day_apart(ledger_files, swapped=False)

    verification = verify_ledger(ledger_files.ledger)

    assert verification.intact and verification.warnings == (), verification.warnings
