from __future__ import annotations

import gzip
import json
import os
import shutil
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from warcio.archiveiterator import ArchiveIterator

from provenance import cli
from provenance.errors import InputError
from provenance.hashing import sha256_file, sha256_hex
from provenance.ledger.canonical import canonical_json
from provenance.ledger.chain import ChainState, encode_line, parse_line, seal
from provenance.ledger.verify import Verification, VerifyContext, verify_ledger, verify_stream
from provenance.models import Counts, Problem, SummaryLine
from provenance.outputs.verification import render_verification_text
from provenance.seal.keys import generate_key_files, load_private_key
from provenance.seal.signing import sign_head
from tests.ledger.builders import (
    RESPONSE_BODY,
    SOURCE_URL,
    LedgerFiles,
    make_capture,
    notes_of,
    write_locate_run,
    write_run,
    write_warc,
)


def _codes(verification: Verification) -> set[str]:
    return {problem.code for problem in verification.problems}


def _only(verification: Verification, code: str) -> Problem:
    matching = [problem for problem in verification.problems if problem.code == code]
    assert len(matching) == 1, verification.problems
    return matching[0]


def _flip_byte(path: Path, inside: bytes) -> None:
    data = path.read_bytes()
    at = data.index(inside)
    path.write_bytes(data[:at] + bytes([data[at] ^ 0x01]) + data[at + 1 :])


def test_an_untouched_ledger_verifies_with_everything_counted(ledger_files: LedgerFiles) -> None:
    verification = verify_ledger(ledger_files.ledger)

    assert verification.problems == ()
    assert verification.intact
    assert (verification.lines, verification.runs, verification.warc_files, verification.records) == (
        4,
        1,
        1,
        2,
    )
    assert verification.report_checked
    assert verification.head == sha256_hex(ledger_files.lines()[-1])


def test_the_test_warc_passes_warcio_digest_checks(ledger_files: LedgerFiles) -> None:
    # Guards the fixture: our verifier and warcio must agree on what a sound record is.
    with ledger_files.warc.open("rb") as stream:
        records = list(ArchiveIterator(stream, check_digests="raise"))
    assert len(records) == 2


def test_a_flipped_warc_byte_is_named_with_file_line_and_both_hashes(ledger_files: LedgerFiles) -> None:
    recorded = sha256_file(ledger_files.warc)
    _flip_byte(ledger_files.warc, RESPONSE_BODY)

    problem = _only(verify_ledger(ledger_files.ledger), "warc-hash-mismatch")

    assert (problem.line, problem.file) == (2, str(ledger_files.warc))
    assert (problem.expected, problem.actual) == (recorded, sha256_file(ledger_files.warc))


def test_a_flipped_record_byte_is_caught_by_the_record_digests_even_when_the_file_hash_was_updated(
    tmp_path: Path, report: Path
) -> None:
    warc = tmp_path / "capture.warc"
    records = write_warc(warc)
    _flip_byte(warc, RESPONSE_BODY)
    ledger = tmp_path / "forged.ledger.jsonl"
    write_run(ledger, report, [("verified", make_capture(tmp_path, "capture.warc", records))])

    verification = verify_ledger(ledger)

    response_id = records[1].id
    assert _codes(verification) == {"record-digest-mismatch", "record-ledger-mismatch"}
    assert all(response_id in problem.message for problem in verification.problems)
    assert {problem.expected for problem in verification.problems} == {
        records[1].block_digest,
        records[1].payload_digest,
    }


def test_an_edited_line_is_named_as_itself_and_as_the_next_lines_broken_prev(
    ledger_files: LedgerFiles,
) -> None:
    original = ledger_files.lines()[1]
    lines = ledger_files.lines()
    lines[1] = lines[1].replace(b'"line":3,', b'"line":7,')  # the note's line in the report
    ledger_files.write_lines(lines)

    verification = verify_ledger(ledger_files.ledger)

    changed = _only(verification, "line-changed")
    assert changed.line == 2
    assert changed.message == "line 2 changed (its hash no longer matches line 3's prev)"
    assert (changed.expected, changed.actual) == (sha256_hex(original), sha256_hex(lines[1]))
    problem = _only(verification, "prev-mismatch")
    assert problem.line == 3
    assert problem.expected == sha256_hex(lines[1])
    assert _codes(verification) == {"line-changed", "prev-mismatch"}


def test_a_deleted_line_is_named_by_seq_prev_and_the_summary(ledger_files: LedgerFiles) -> None:
    lines = ledger_files.lines()
    del lines[1]
    ledger_files.write_lines(lines)

    verification = verify_ledger(ledger_files.ledger)

    seq = _only(verification, "seq-out-of-order")
    assert (seq.line, seq.expected, seq.actual) == (2, "1", "2")
    assert seq.message == "seq (one more than line 1's) does not match", "it says what the 1 follows from"
    assert _only(verification, "prev-mismatch").line == 2
    assert {p.line for p in verification.problems if p.code == "summary-mismatch"} == {3}


def test_a_forged_line_with_a_correct_prev_after_the_summary_is_outside_any_run(
    ledger_files: LedgerFiles,
) -> None:
    lines = ledger_files.lines()
    state = ChainState(next_seq=len(lines), head=sha256_hex(lines[-1]))
    _, forged, _ = seal(state, SummaryLine, counts=Counts(verified=3), total=3, seconds=1)
    ledger_files.write_lines([*lines, forged])

    verification = verify_ledger(ledger_files.ledger)

    problem = _only(verification, "line-outside-run")
    assert problem.line == 5
    assert _codes(verification) == {"line-outside-run"}


def test_a_forged_line_with_a_wrong_prev_is_named(ledger_files: LedgerFiles) -> None:
    lines = ledger_files.lines()
    state = ChainState(next_seq=len(lines), head="0" * 64)
    _, forged, _ = seal(state, SummaryLine, counts=Counts(), total=0, seconds=1)
    ledger_files.write_lines([*lines, forged])

    problem = _only(verify_ledger(ledger_files.ledger), "prev-mismatch")

    assert (problem.line, problem.expected, problem.actual) == (5, sha256_hex(lines[-1]), "0" * 64)


def test_a_reordered_pair_of_lines_is_named_where_it_starts(ledger_files: LedgerFiles) -> None:
    lines = ledger_files.lines()
    lines[1], lines[2] = lines[2], lines[1]
    ledger_files.write_lines(lines)

    verification = verify_ledger(ledger_files.ledger)

    assert {p.line for p in verification.problems if p.code == "seq-out-of-order"} >= {2, 3}
    assert {p.line for p in verification.problems if p.code == "prev-mismatch"} >= {2, 3}


def test_a_changed_report_is_named_with_both_hashes(ledger_files: LedgerFiles) -> None:
    recorded = sha256_file(ledger_files.report)
    ledger_files.report.write_text("A different claim.\n", encoding="utf-8")

    verification = verify_ledger(ledger_files.ledger)

    problem = _only(verification, "report-changed")
    assert (problem.line, problem.file) == (1, str(ledger_files.report))
    assert (problem.expected, problem.actual) == (recorded, sha256_file(ledger_files.report))
    assert verification.report_checked


def test_an_explicit_report_is_checked_instead_of_the_recorded_path(ledger_files: LedgerFiles) -> None:
    other = ledger_files.folder / "elsewhere.md"
    other.write_text("Not the report.\n", encoding="utf-8")

    assert _only(verify_ledger(ledger_files.ledger, other), "report-changed").file == str(other)


def test_a_missing_explicit_report_is_a_one_line_input_error(ledger_files: LedgerFiles) -> None:
    with pytest.raises(InputError, match="cannot read report"):
        verify_ledger(ledger_files.ledger, ledger_files.folder / "gone.md")


def test_an_absent_report_is_not_checked_and_not_a_problem(ledger_files: LedgerFiles) -> None:
    ledger_files.report.unlink()

    verification = verify_ledger(ledger_files.ledger)

    assert verification.intact
    assert not verification.report_checked


def test_a_missing_warc_is_named(ledger_files: LedgerFiles) -> None:
    ledger_files.warc.unlink()

    verification = verify_ledger(ledger_files.ledger)

    problem = _only(verification, "warc-missing")
    assert (problem.line, problem.file) == (2, str(ledger_files.warc))
    assert verification.warc_files == 0


def test_a_record_the_warc_lacks_is_named(tmp_path: Path, report: Path) -> None:
    records = write_warc(tmp_path / "capture.warc")
    phantom = records[1].model_copy(update={"id": "<urn:uuid:00000000-0000-0000-0000-000000000000>"})
    ledger = tmp_path / "report.md.ledger.jsonl"
    write_run(ledger, report, [("verified", make_capture(tmp_path, "capture.warc", [*records, phantom]))])

    problem = _only(verify_ledger(ledger), "record-missing")

    assert phantom.id in problem.message


def test_a_warc_that_is_not_a_warc_is_named_not_raised(ledger_files: LedgerFiles) -> None:
    lines = ledger_files.lines()
    ledger_files.warc.write_bytes(b"this is not a WARC file\n")

    verification = verify_ledger(ledger_files.ledger)

    assert {"warc-hash-mismatch", "warc-malformed", "record-missing"} <= _codes(verification)
    assert ledger_files.lines() == lines


def test_the_records_a_damaged_warc_cannot_be_read_for_are_one_problem_not_one_each(
    ledger_files: LedgerFiles,
) -> None:
    # A WARC unreadable from its first byte listed each record the ledger names as a problem of its own: the
    # damage, said once, was buried under them in a legal review.
    named = len(json.loads(ledger_files.lines()[1])["capture"]["records"])
    ledger_files.warc.write_bytes(b"this is not a WARC file\n")

    problem = _only(verify_ledger(ledger_files.ledger), "record-missing")

    assert problem.message.startswith(f"{named} records that the ledger names cannot be read past the damage")


def test_a_line_cut_short_is_named_as_cut_off_after_writing_not_by_a_crash_while_appending(
    ledger_files: LedgerFiles,
) -> None:
    data = ledger_files.ledger.read_bytes()
    ledger_files.ledger.write_bytes(data[: len(data) - 20])

    verification = verify_ledger(ledger_files.ledger)

    cut = _only(verification, "missing-final-newline")
    assert cut.line == 4 and cut.message.startswith("the last line is cut short (no newline, and not a whole")
    assert "a crash leaves no half line; the file was cut off after it was written" in cut.message
    assert _only(verification, "unparseable-line").line == 4


def test_a_whole_last_line_without_its_newline_is_said_to_be_whole(ledger_files: LedgerFiles) -> None:
    # "cut short?" said of a line that parses whole: only its newline is missing.
    ledger_files.ledger.write_bytes(ledger_files.ledger.read_bytes()[:-1])

    verification = verify_ledger(ledger_files.ledger)

    assert _codes(verification) == {"missing-final-newline"}
    assert _only(verification, "missing-final-newline").message.startswith(
        "the last line does not end with a newline, though it is whole"
    )


def test_a_ledger_converted_whole_to_crlf_line_ends_is_intact_with_a_warning(
    ledger_files: LedgerFiles,
) -> None:
    # Each line was "changed" and each prev "did not match"; then a problem at each line, which showed every
    # footnote of an intact ledger (one with nothing captured too) as EVIDENCE DAMAGED, NOT INTACT, in any
    # Windows checkout (git's autocrlf). Read without its CRs, every line, hash and seal is as written.
    head = verify_ledger(ledger_files.ledger).head
    ledger_files.ledger.write_bytes(ledger_files.ledger.read_bytes().replace(b"\n", b"\r\n"))

    verification = verify_ledger(ledger_files.ledger)

    assert verification.intact, verification.problems
    assert verification.ledger_crlf and verification.head == head
    assert [f.evidence for f in verification.footnotes] == ["intact", "none"]
    (warning,) = [w for w in verification.warnings if "CRLF" in w]
    assert warning.startswith("every line of the ledger ends with CRLF, which `check` never writes")
    assert "(CRLF line ends, read as the LF `check` wrote)" in render_verification_text(verification)


def test_a_ledger_with_some_lines_only_ending_crlf_names_each_of_them(ledger_files: LedgerFiles) -> None:
    lines = ledger_files.lines()
    ledger_files.ledger.write_bytes(
        b"".join(line + (b"\r\n" if number in (2, 3) else b"\n") for number, line in enumerate(lines, 1))
    )

    verification = verify_ledger(ledger_files.ledger)

    assert [(p.line, p.code) for p in verification.problems] == [
        (2, "carriage-return"),
        (3, "carriage-return"),
    ]
    assert verification.problems[0].message.startswith(
        "the line ends with a carriage return (CRLF line ends) where the other lines do not"
    )
    assert not verification.ledger_crlf


def test_a_line_edited_in_a_crlf_ledger_is_still_named_as_changed(ledger_files: LedgerFiles) -> None:
    lines = ledger_files.lines()
    lines[1] = lines[1].replace(b'"label":"1"', b'"label":"9"')
    ledger_files.ledger.write_bytes(b"".join(line + b"\r\n" for line in lines))

    verification = verify_ledger(ledger_files.ledger)

    assert _codes(verification) == {"line-changed", "prev-mismatch"} and verification.ledger_crlf
    assert _only(verification, "line-changed").line == 2


def test_a_byte_order_mark_before_the_first_line_is_named_as_such(ledger_files: LedgerFiles) -> None:
    # The first line was "not a ledger line", so every line after it stood outside a run.
    ledger_files.ledger.write_bytes(b"\xef\xbb\xbf" + ledger_files.ledger.read_bytes())

    verification = verify_ledger(ledger_files.ledger)

    assert _codes(verification) == {"byte-order-mark"} and verification.runs == 1
    assert not verification.intact


def test_junk_and_non_canonical_lines_are_named(ledger_files: LedgerFiles) -> None:
    lines = ledger_files.lines()
    lines[1] = json.dumps(json.loads(lines[1])).encode()
    lines[2] = b"{oops"
    ledger_files.write_lines(lines)

    verification = verify_ledger(ledger_files.ledger)

    assert _only(verification, "not-canonical").line == 2
    assert _only(verification, "unparseable-line").line == 3


def test_a_binary_file_is_not_a_ledger_and_not_a_crash(tmp_path: Path) -> None:
    ledger = tmp_path / "garbage.jsonl"
    ledger.write_bytes(bytes(range(256)) * 4)

    with pytest.raises(InputError, match="not a ledger"):
        verify_ledger(ledger)


def test_a_ledger_whose_first_line_is_damaged_is_still_verified_as_a_ledger(
    ledger_files: LedgerFiles,
) -> None:
    lines = ledger_files.lines()
    ledger_files.write_lines([b"\x00garbage", *lines[1:]])

    verification = verify_ledger(ledger_files.ledger)

    assert _only(verification, "unparseable-line").line == 1


def test_an_empty_ledger_is_not_intact(tmp_path: Path) -> None:
    ledger = tmp_path / "empty.jsonl"
    ledger.write_bytes(b"")

    assert _codes(verify_ledger(ledger)) == {"empty-ledger"}


def test_a_missing_ledger_is_a_one_line_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="cannot read ledger"):
        verify_ledger(tmp_path / "nothing.jsonl")


def test_a_second_run_chains_to_the_first_runs_head_and_verifies(ledger_files: LedgerFiles) -> None:
    first_head = sha256_hex(ledger_files.lines()[-1])
    ledger_files.report.write_text("The report, revised.\n", encoding="utf-8")

    write_run(ledger_files.ledger, ledger_files.report, [("unlocatable", None)])
    verification = verify_ledger(ledger_files.ledger)

    assert verification.problems == ()
    assert (verification.runs, verification.lines) == (2, 7)
    assert json.loads(ledger_files.lines()[4])["prev"] == first_head


def test_a_footnote_outside_any_run_is_named(ledger_files: LedgerFiles) -> None:
    lines = ledger_files.lines()
    state = ChainState(next_seq=len(lines), head=sha256_hex(lines[-1]))
    footnote = json.loads(lines[1]) | {"seq": state.next_seq, "prev": state.head}
    ledger_files.write_lines([*lines, encode_line(parse_line(json.dumps(footnote).encode()))])

    assert _only(verify_ledger(ledger_files.ledger), "line-outside-run").line == 5


def test_a_warc_record_shorter_than_its_bytes_is_named(ledger_files: LedgerFiles) -> None:
    data = ledger_files.warc.read_bytes()
    length_at = data.index(b"Content-Length: ", data.index(b"WARC-Type: response"))
    end = data.index(b"\r\n", length_at)
    declared = int(data[length_at + len(b"Content-Length: ") : end])
    shortened = f"Content-Length: {declared - 5}".encode()
    ledger_files.warc.write_bytes(data[:length_at] + shortened + data[end:])

    verification = verify_ledger(ledger_files.ledger)

    assert "warc-malformed" in _codes(verification)


def test_an_anchor_vouches_for_the_lines_up_to_it_and_counts_the_ones_after(
    ledger_files: LedgerFiles,
) -> None:
    anchor = sha256_hex(ledger_files.lines()[-1])
    write_run(ledger_files.ledger, ledger_files.report, [("unlocatable", None)])

    verification = verify_ledger(ledger_files.ledger, anchor=anchor)

    assert verification.intact
    assert verification.anchor_line == 4
    assert verification.lines_after_anchor == 3


def test_a_dropped_last_run_keeps_the_chain_whole_but_loses_the_anchor(ledger_files: LedgerFiles) -> None:
    first_run = ledger_files.lines()
    write_run(ledger_files.ledger, ledger_files.report, [("unlocatable", None)])
    anchor = sha256_hex(ledger_files.lines()[-1])
    ledger_files.write_lines(first_run)  # a whole run removed: every remaining line still chains

    assert verify_ledger(ledger_files.ledger).intact, "the chain alone cannot tell"
    verification = verify_ledger(ledger_files.ledger, anchor=anchor)
    problem = _only(verification, "anchor-missing")
    assert anchor in problem.message
    assert (problem.expected, problem.actual) == (
        f"a line whose hash is {anchor}",
        f"the head {verification.head}",
    )


def _verify_in_a_thread(ledger: Path) -> Verification:
    """verify_ledger, given up on after a minute, so that a verify that hangs fails rather than hangs."""
    results: list[Verification] = []
    worker = threading.Thread(target=lambda: results.append(verify_ledger(ledger)), daemon=True)
    worker.start()
    worker.join(60)
    assert results, "verify hung"
    return results[0]


def _point_capture_at(ledger_files: LedgerFiles, warc: str) -> None:
    capture = make_capture(ledger_files.folder, "archives/capture.warc", ledger_files.records)
    ledger_files.ledger.unlink()
    write_run(
        ledger_files.ledger,
        ledger_files.report,
        [("verified", capture.model_copy(update={"warc": warc}))],
    )


def test_a_warc_path_naming_a_pipe_is_named_not_waited_on(ledger_files: LedgerFiles) -> None:
    os.mkfifo(ledger_files.folder / "archives" / "pipe.warc")
    _point_capture_at(ledger_files, "archives/pipe.warc")

    verification = _verify_in_a_thread(ledger_files.ledger)

    problem = _only(verification, "warc-unreadable")
    assert problem.line == 2
    assert "FIFO" in problem.message


def test_a_warc_path_naming_an_endless_device_is_named_not_read(ledger_files: LedgerFiles) -> None:
    # A path to /dev/zero itself is refused by its name; a WARC's name linked to it is refused by where it
    # leads (out of the evidence folders), before it is opened.
    (ledger_files.folder / "archives" / "zero.warc.gz").symlink_to("../" * 40 + "dev/zero")
    _point_capture_at(ledger_files, "archives/zero.warc.gz")

    verification = _verify_in_a_thread(ledger_files.ledger)

    problem = _only(verification, "warc-link-outside")
    assert (problem.line, problem.actual) == (2, "/dev/zero")


def test_an_absolute_warc_path_is_named_and_not_read(ledger_files: LedgerFiles) -> None:
    _point_capture_at(ledger_files, str(ledger_files.warc))

    verification = verify_ledger(ledger_files.ledger)

    problem = _only(verification, "warc-path-absolute")
    assert (problem.line, problem.file) == (2, str(ledger_files.warc))
    assert verification.warc_files == 0


def test_a_warc_recompressed_as_one_gzip_member_is_named_on_one_line(ledger_files: LedgerFiles) -> None:
    # warcio's own message for it runs over several indented lines; verify's list is one problem a line.
    data = ledger_files.warc.read_bytes()
    ledger_files.warc.write_bytes(gzip.compress(gzip.decompress(data) if data[:2] == b"\x1f\x8b" else data))

    problem = _only(verify_ledger(ledger_files.ledger), "warc-malformed")

    assert "non-chunked gzip" in problem.message
    assert "\\x0a" not in problem.message and "\n" not in problem.message and "  " not in problem.message


def test_a_key_given_twice_in_a_line_is_named(ledger_files: LedgerFiles) -> None:
    # {"seq":1,"seq":2}: json and pydantic read the last, other readers the first; it was only "not RFC 8785".
    lines = ledger_files.lines()
    lines[1] = lines[1].replace(b'"status":"verified"', b'"status":"failed","status":"verified"')
    ledger_files.write_lines(lines)

    verification = verify_ledger(ledger_files.ledger)

    assert _only(verification, "not-canonical").message == (
        'the line is not RFC 8785 JSON: it gives the key "status" twice in one object (canonical JSON never '
        "does; the value read here is the last, another reader may take the first)"
    )


def test_a_line_not_canonical_for_another_reason_says_only_that(ledger_files: LedgerFiles) -> None:
    lines = ledger_files.lines()
    lines[1] = json.dumps(json.loads(lines[1])).encode()
    ledger_files.write_lines(lines)

    assert (
        _only(verify_ledger(ledger_files.ledger), "not-canonical").message == "the line is not RFC 8785 JSON"
    )


def test_two_ledgers_joined_are_named_where_the_second_begins(ledger_files: LedgerFiles) -> None:
    other = ledger_files.folder / "other.md.ledger.jsonl"
    write_run(other, ledger_files.report, [("unlocatable", None)])
    ledger_files.write_lines([*ledger_files.lines(), *other.read_bytes().splitlines()])

    verification = verify_ledger(ledger_files.ledger)

    assert _only(verification, "another-ledger-begins").message == (
        "line 5 begins another ledger (seq 0, its prev its report's sha256, as a ledger's first line has): "
        "two ledgers were joined here"
    )


def test_a_run_whose_prev_breaks_is_not_said_to_begin_another_ledger(ledger_files: LedgerFiles) -> None:
    capture = make_capture(ledger_files.folder, "archives/capture.warc", ledger_files.records)
    write_run(ledger_files.ledger, ledger_files.report, [("verified", capture)])
    lines = ledger_files.lines()
    ledger_files.write_lines([*lines[:3], *lines[4:]])  # the first run's summary gone: line 4's prev breaks

    codes = _codes(verify_ledger(ledger_files.ledger))

    assert "prev-mismatch" in codes and "another-ledger-begins" not in codes


def test_a_ledger_cut_off_before_a_seal_is_named_where_it_begins(ledger_files: LedgerFiles) -> None:
    # The first run and its lines removed, the ledger begun at the signature that sealed them, seq and the
    # chain made again after it: intact, "sealing line 1", a seal over lines no longer in the file.
    key = generate_key_files(ledger_files.folder / "signing.key")
    lines = ledger_files.lines()
    head = sha256_hex(lines[-1])
    public_key, signature = sign_head(load_private_key(key.private), head)
    signed = {"kind": "signature", "algorithm": "ed25519", "public_key": public_key, "signature": signature}
    kept = [{**signed, "at": json.loads(lines[-1])["at"], "prev": head}]
    capture = make_capture(ledger_files.folder, "archives/capture.warc", ledger_files.records)
    write_run(ledger_files.ledger, ledger_files.report, [("verified", capture)])
    kept += [json.loads(raw) for raw in ledger_files.lines()[len(lines) :]]
    written: list[bytes] = []
    for seq, line in enumerate(kept):
        line["seq"] = seq
        if written:
            line["prev"] = sha256_hex(written[-1])
        written.append(canonical_json(line))
    ledger_files.write_lines(written)

    verification = verify_ledger(ledger_files.ledger)

    assert (
        _codes(verification) == {"first-line-not-a-run"}
        and _only(verification, "first-line-not-a-run").line == 1
    )
    text = render_verification_text(verification)
    assert (
        "sealing no line of this file: valid; whose key it is was not checked (give --trust); the lines it "
        in (text)
    )


# --- a changed report, note by note ---------------------------------------------------------------------

_BRIEF = (
    "# Brief\n\n"
    'The minister said "we will not raise taxes".[^1] The agency confirmed it.[^2]\n\n'
    "[^1]: Jane Doe, Interview, https://news.example/a, 2024-05-01.\n"
    "[^2]: Agency statement, https://agency.example/b, 2024-05-02.\n"
)


def _checked_brief(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> tuple[Path, Path]:
    """A Markdown brief checked offline (nothing fetched): its ledger records both notes as read."""
    brief = tmp_path / "brief.md"
    brief.write_text(_BRIEF, encoding="utf-8")
    cli.main(["check", str(brief), "--offline", "--quiet"])
    capsys.readouterr()
    return brief, tmp_path / "brief.md.ledger.jsonl"


def test_a_changed_report_names_each_note_that_reads_otherwise_now(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The report's hash differs, and verify said only that: which of a 200-note memo's notes now say
    # something no run checked (a new date, a swapped source, a quote reworded) was left to a diff nobody
    # had the old file for.
    brief, ledger = _checked_brief(tmp_path, capsys)
    brief.write_text(
        _BRIEF.replace("2024-05-01", "2023-05-01")
        .replace("we will not raise taxes", "we will raise taxes")
        .replace("[^2]: Agency statement, https://agency.example/b, 2024-05-02.\n", "")
        .replace(" The agency confirmed it.[^2]", " Others agreed.[^3]")
        + "[^3]: A blog, https://blog.example/c.\n",
        encoding="utf-8",
    )

    verification = verify_ledger(ledger)

    found = {problem.code: problem for problem in verification.problems}
    assert list(found) == [
        "report-changed",
        "report-note-changed",
        "report-passage-changed",
        "report-note-removed",
        "report-note-added",
    ]
    changed = found["report-note-changed"]
    assert changed.message.startswith("note [1] (ledger line 2) reads otherwise in the report now")
    assert changed.expected is not None and changed.expected.endswith("news.example/a, 2024-05-01.")
    assert changed.actual is not None and changed.actual.endswith("news.example/a, 2023-05-01.")
    assert found["report-passage-changed"].actual is not None
    assert "we will raise taxes" in found["report-passage-changed"].actual
    assert found["report-note-removed"].message.startswith(
        "note [2] (ledger line 3) is no longer in the report"
    )
    assert found["report-note-added"].actual == "A blog, https://blog.example/c."
    assert all(problem.line == 1 for problem in verification.problems)
    assert cli.main(["verify", str(ledger)]) == 1
    assert "note [1] (ledger line 2) reads otherwise" in capsys.readouterr().out


def test_a_report_changed_outside_its_notes_is_said_in_a_warning_naming_no_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief, ledger = _checked_brief(tmp_path, capsys)
    brief.write_text(_BRIEF.replace("# Brief\n", "# Brief\n\nAn added paragraph.\n"), encoding="utf-8")

    verification = verify_ledger(ledger)

    assert [problem.code for problem in verification.problems] == ["report-changed"]
    assert any(
        "each of its 2 notes, and the passages citing them, read as the last run recorded them" in warning
        for warning in verification.warnings
    ), verification.warnings


def test_a_report_that_no_longer_reads_is_still_a_changed_report_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief, ledger = _checked_brief(tmp_path, capsys)
    brief.write_bytes(b"WARC/1.0\r\nnot a report any more")

    verification = verify_ledger(ledger)

    assert [problem.code for problem in verification.problems] == ["report-changed"]
    assert any("its notes were not compared" in warning for warning in verification.warnings)


def test_a_report_given_crlf_line_ends_by_a_windows_checkout_is_the_report_checked_and_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # git's autocrlf on Windows wrote the brief with CRLF line ends: verify said report-changed, NOT INTACT,
    # though every note and passage read as the run recorded them. With LF line ends it has the recorded
    # hash: it is the report checked, said in the verdict, and not a problem (nor under --strict).
    brief, ledger = _checked_brief(tmp_path, capsys)
    brief.write_bytes(_BRIEF.replace("\n", "\r\n").encode())

    verification = verify_ledger(ledger)

    assert verification.intact, verification.problems
    assert verification.report_checked and verification.notes_compared and verification.report_crlf
    assert verification.warnings == ()
    text = render_verification_text(verification)
    assert "report hash checked (its CRLF line ends read as the LF the run hashed)" in text
    assert "the report has CRLF line ends (a Windows checkout): with LF line ends it has the recorded" in text
    assert cli.main(["verify", str(ledger), "--strict"]) == 0


def test_a_crlf_report_whose_note_changed_too_is_a_changed_report_naming_the_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief, ledger = _checked_brief(tmp_path, capsys)
    brief.write_bytes(_BRIEF.replace("2024-05-01", "2023-05-01").replace("\n", "\r\n").encode())

    verification = verify_ledger(ledger)

    assert not verification.report_crlf
    assert [problem.code for problem in verification.problems] == ["report-changed", "report-note-changed"]


def test_a_report_with_some_lines_crlf_is_not_taken_for_a_converted_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Only a file converted whole (every LF with its CR) is a checkout's conversion.
    brief, ledger = _checked_brief(tmp_path, capsys)
    brief.write_bytes(_BRIEF.replace("# Brief\n", "# Brief\r\n").encode())

    verification = verify_ledger(ledger)

    assert not verification.report_crlf
    assert "report-changed" in _codes(verification)


def test_an_unchanged_report_is_not_read_again_and_names_no_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, ledger = _checked_brief(tmp_path, capsys)
    verification = verify_ledger(ledger)
    assert not any(problem.code.startswith("report-") for problem in verification.problems)


def test_a_long_note_changed_near_its_end_is_quoted_where_it_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Both excerpts were cut at 120 characters from the start: a date changed at the end of a long note
    # read the same in "expected" and "found".
    brief, ledger = _checked_brief(tmp_path, capsys)
    long_note = "Jane Doe, " + "a long description of the interview and its setting, " * 5
    brief.write_text(_BRIEF.replace("Jane Doe, ", long_note), encoding="utf-8")
    cli.main(["check", str(brief), "--offline", "--quiet"])
    capsys.readouterr()
    brief.write_text(
        _BRIEF.replace("Jane Doe, ", long_note).replace("2024-05-01", "2023-05-01"), encoding="utf-8"
    )

    (changed,) = [p for p in verify_ledger(ledger).problems if p.code == "report-note-changed"]

    assert changed.expected is not None and changed.actual is not None
    assert changed.expected.startswith("…") and changed.expected.endswith("2024-05-01.")
    assert changed.actual.startswith("…") and changed.actual.endswith("2023-05-01.")


def _long_report_ledger(folder: Path, notes: int) -> tuple[Path, Path]:
    """A Markdown report of `notes` notes, each cited from a paragraph of its own, and the ledger of one
    check run recording each as `check` would (its text, line and citing passage), chained as written."""
    report = folder / "annex.md"
    report.write_text(
        "".join(f"Finding {n} of the annex.[^{n}]\n\n" for n in range(1, notes + 1))
        + "".join(f"[^{n}]: Source {n}, {SOURCE_URL}\n" for n in range(1, notes + 1)),
        encoding="utf-8",
    )
    ledger = folder / "annex.md.ledger.jsonl"
    write_run(ledger, report, [("unlocatable", None)])  # one run line, footnote line and summary to copy
    run, footnote, summary = (json.loads(raw) for raw in ledger.read_bytes().splitlines())
    lines = [run]
    for note in notes_of(report).values():
        line = dict(footnote, label=note.label, text=note.text, line=note.line)
        line["contexts"] = [json.loads(context.model_dump_json()) for context in note.contexts]
        lines.append(line)
    summary["counts"]["unlocatable"] = summary["total"] = notes
    lines.append(summary)
    written, prev = [], run["prev"]
    for seq, line in enumerate(lines):
        line["seq"], line["prev"] = seq, prev
        encoded = canonical_json(line)
        prev = sha256_hex(encoded)
        written.append(encoded + b"\n")
    ledger.write_bytes(b"".join(written))
    return report, ledger


def test_a_20000_note_report_is_compared_note_by_note_and_its_honest_ledger_is_intact_under_strict(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A dataset's 20,000 sources: over the 10,000 footnote lines verify kept whole, it warned that the notes
    # were not compared, so `verify --strict` failed an honest ledger. Each line's note is now kept as a
    # digest, and all 20,000 are compared.
    _, ledger = _long_report_ledger(tmp_path, 20_000)

    assert cli.main(["verify", str(ledger), "--strict", "--json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert document["intact"] is True and document["notes_compared"] is True, document["problems"]
    assert document["warnings"] == [] and document["lines_unlike_report"] == 0


def test_a_rechained_line_of_a_long_report_is_quoted_from_the_ledger_read_again(
    tmp_path: Path,
) -> None:
    # Only a digest of each line's note is kept: the line named is read a second time to quote what it says.
    report, ledger = _long_report_ledger(tmp_path, 300)

    def edit(line: dict[str, Any]) -> None:
        if line["kind"] == "footnote" and line["label"] == "250":
            line["contexts"][0]["text"] = "Finding 250 of the annex, as rewritten."

    _rechained(ledger, edit)

    verification = verify_ledger(ledger, report_path=report)

    assert verification.unlike_report == {251: "the passages citing it otherwise than the report reads them"}
    (said,) = [warning for warning in verification.warnings if warning.startswith("line 251:")]
    assert (
        "(the report: 'Finding 250 of the annex.'; the line: 'Finding 250 of the annex, as rewritten.')"
        in said
    )


def test_a_difference_whose_line_cannot_be_read_again_is_still_named_and_says_it_is_unquoted(
    tmp_path: Path,
) -> None:
    # A stream verified once (no way to open the ledger again): the difference is named all the same.
    report, ledger = _long_report_ledger(tmp_path, 3)
    report.write_text(
        report.read_text(encoding="utf-8").replace("[^2]: Source 2,", "[^2]: Source two,"), encoding="utf-8"
    )
    with ledger.open("rb") as stream:
        verification = verify_stream(stream, VerifyContext(file=str(ledger), folder=tmp_path))

    (changed,) = [p for p in verification.problems if p.code == "report-note-changed"]
    assert changed.expected == "as ledger line 3 records it (not read again)"
    assert changed.actual == f"Source two, {SOURCE_URL}"


def test_a_changed_reports_notes_beyond_what_verify_keeps_are_not_compared_and_it_says_so(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The last run's notes are kept to be compared: a ledger of huge notes would make verify's memory grow
    # with its lines; beyond a bound it says it did not compare them, and the changed report stays a problem.
    monkeypatch.setattr("provenance.ledger.verify._NOTES_KEPT", 1)
    brief, ledger = _checked_brief(tmp_path, capsys)
    brief.write_text(_BRIEF.replace("2024-05-01", "2023-05-01"), encoding="utf-8")

    verification = verify_ledger(ledger)

    assert [problem.code for problem in verification.problems] == ["report-changed"]
    assert any("its notes were not compared: the last run has over" in w for w in verification.warnings)


def _rechained(ledger: Path, edit: Callable[[dict[str, Any]], None]) -> None:
    """The ledger's lines edited and their chain hashed again from line 0 (as anyone holding an unsealed
    ledger can): every `prev` holds."""
    prev = json.loads(ledger.read_bytes().splitlines()[0])["prev"]
    written = []
    for raw in ledger.read_bytes().splitlines():
        line = json.loads(raw)
        edit(line)
        line["prev"] = prev
        encoded = canonical_json(line)
        prev = sha256_hex(encoded)
        written.append(encoded + b"\n")
    ledger.write_bytes(b"".join(written))


def test_a_rechained_footnote_line_unlike_the_unchanged_report_given_is_named_in_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The report is unchanged, so its hash matches; footnote line 2's note was edited (a date moved) and the
    # chain hashed again: verify --report said nothing, the notes being compared only when the report changed.
    # A warning, not NOT INTACT: another version of provenance may read the same report otherwise, and an
    # unsealed chain proves nothing against a rewrite (README: what each artefact proves); --strict fails it.
    brief, ledger = _checked_brief(tmp_path, capsys)

    def edit(line: dict[str, Any]) -> None:
        if line["kind"] == "footnote" and line["label"] == "1":
            line["text"] = line["text"].replace("2024-05-01", "2023-05-01")
            line["contexts"][0]["text"] = line["contexts"][0]["text"].replace("will not", "will")

    _rechained(ledger, edit)
    assert not _codes(verify_ledger(ledger))  # the chain holds: nothing else says it

    verification = verify_ledger(ledger, report_path=brief)

    assert verification.problems == ()
    named = [warning for warning in verification.warnings if warning.startswith("line 2: footnote line 2")]
    assert len(named) == 2, verification.warnings
    assert "(note [1]) records the note otherwise than the report" in named[0]
    assert "2024-05-01." in named[0] and "2023-05-01." in named[0]
    assert "records the passages citing it otherwise" in named[1]
    assert all("only a seal proves its lines unchanged" in warning for warning in named)
    assert cli.main(["verify", str(ledger), "--report", str(brief)]) == 0
    capsys.readouterr()
    assert cli.main(["verify", str(ledger), "--report", str(brief), "--strict"]) == 1
    assert "NOT INTACT" in capsys.readouterr().out


def test_a_rechained_footnote_line_unlike_the_report_beside_the_ledger_is_named_without_report_given(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The report beside the ledger, under the name the run recorded and with its hash, is the report: plain
    # `verify LEDGER` said INTACT of a ledger whose note [1] was rewritten and rechained, comparing the notes
    # only when --report named the very same file.
    brief, ledger = _checked_brief(tmp_path, capsys)

    def edit(line: dict[str, Any]) -> None:
        if line["kind"] == "footnote" and line["label"] == "1":
            line["text"] = line["text"].replace("2024-05-01", "2023-05-01")

    _rechained(ledger, edit)

    verification = verify_ledger(ledger)

    assert verification.problems == () and verification.notes_compared
    (named,) = [warning for warning in verification.warnings if warning.startswith("line 2: footnote line 2")]
    assert f"(note [1]) records the note otherwise than the report {brief}" in named
    # Said beside the footnote too, where a reader of its note looks.
    assert verification.unlike_report == {2: "its note otherwise than the report reads it"}
    assert cli.main(["verify", str(ledger)]) == 0
    assert "! its ledger line records its note otherwise than the report reads it" in capsys.readouterr().out
    assert cli.main(["verify", str(ledger), "--strict"]) == 1
    assert "NOT INTACT" in capsys.readouterr().out


def test_a_rechained_footnote_line_is_named_when_a_locate_run_of_the_same_report_follows_its_check_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # `provenance locate brief.md` appended a run searching for its unlinked notes: it records no footnote
    # lines, and the check run's lines, rewritten and rechained, were compared with nothing (INTACT, silent).
    brief, ledger = _checked_brief(tmp_path, capsys)
    write_locate_run(ledger, brief, None)

    def edit(line: dict[str, Any]) -> None:
        if line["kind"] == "footnote" and line["label"] == "1":
            line["text"] = line["text"].replace("2024-05-01", "2023-05-01")

    _rechained(ledger, edit)

    verification = verify_ledger(ledger)

    assert verification.problems == () and verification.notes_compared
    assert verification.unlike_report == {2: "its note otherwise than the report reads it"}
    assert any(warning.startswith("line 2: footnote line 2 (note [1])") for warning in verification.warnings)


def test_a_changed_report_names_each_note_that_reads_otherwise_when_a_locate_run_follows_its_check(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # The report edited after `check` and `locate`: verify said report-changed alone, the locate run last
    # recording no footnote lines, where a check run last names the note that changed.
    brief, ledger = _checked_brief(tmp_path, capsys)
    write_locate_run(ledger, brief, None)
    brief.write_text(_BRIEF.replace("2024-05-01", "2023-05-01"), encoding="utf-8")

    verification = verify_ledger(ledger)

    assert [(p.code, p.line) for p in verification.problems] == [
        ("report-note-changed", 1),  # at the check run's line, as when it is last
        ("report-changed", 5),
    ]
    assert verification.problems[0].message.startswith("note [1] (ledger line 2) reads otherwise")


def test_verify_of_an_untouched_ledger_says_the_notes_of_the_report_beside_it_were_compared(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _, ledger = _checked_brief(tmp_path, capsys)

    assert cli.main(["verify", str(ledger)]) == 0

    out = capsys.readouterr().out
    assert "report hash checked, its notes compared with the last run's footnote lines" in out
    assert "report compared (its notes too, with the last run's footnote lines)" in out


def test_a_rechained_run_without_a_line_for_a_note_of_the_report_given_is_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief, ledger = _checked_brief(tmp_path, capsys)
    _rechained(ledger, lambda line: line.update(label="9") if line.get("label") == "2" else None)

    verification = verify_ledger(ledger, report_path=brief)

    assert verification.problems == ()
    assert any(
        w.startswith("line 3: footnote line 3 (note [9]) records a note that is")
        for w in verification.warnings
    )
    assert any(w.startswith("line 1: note [2] of the report") for w in verification.warnings)


def test_an_untouched_ledger_and_its_report_given_name_no_note(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    brief, ledger = _checked_brief(tmp_path, capsys)
    verification = verify_ledger(ledger, report_path=brief)
    assert verification.problems == ()
    assert verification.intact


def test_a_report_given_with_its_hash_whose_notes_cannot_be_read_is_a_warning_not_a_problem(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    brief, ledger = _checked_brief(tmp_path, capsys)

    def unreadable(*args: object) -> None:
        raise InputError("no notes")

    monkeypatch.setattr("provenance.readers.read_report_bytes", unreadable)
    verification = verify_ledger(ledger, report_path=brief)

    assert verification.problems == () and verification.intact
    assert any(
        f"the report {brief} has the hash the run at line 1 recorded, but its notes were not compared with "
        "the run's footnote lines: it reads as no report now (no notes)" in warning
        for warning in verification.warnings
    ), verification.warnings


def _ledger_in_docs_with_archives_at_the_root(root: Path) -> Path:
    """`provenance check docs/brief.md` run from `root`: the WARC in `root/archives` (the default archive
    folder, in the current one), which the ledger in `docs/` names as `../archives/…`."""
    (root / "docs").mkdir(parents=True)
    (root / "archives").mkdir()
    report = root / "docs" / "brief.md"
    report.write_text(f"A claim.[^1]\n\n[^1]: {SOURCE_URL}\n", encoding="utf-8")
    records = write_warc(root / "archives" / "brief.md-fn1.warc")
    capture = make_capture(root / "docs", "../archives/brief.md-fn1.warc", records)
    ledger = root / "docs" / "brief.md.ledger.jsonl"
    write_run(ledger, report, [("verified", capture)])
    assert verify_ledger(ledger).intact
    return ledger


def test_a_ledger_moved_beside_its_archives_names_the_folder_that_holds_its_missing_warcs(
    tmp_path: Path,
) -> None:
    # The evidence handed over as one folder: the ledger and its report with `archives/` beside them. The
    # ledger names `../archives/…`: verify said the WARC is missing and only "if the archive folder was
    # moved, name its new place", leaving the reviewer to guess that it is the folder right beside.
    ledger = _ledger_in_docs_with_archives_at_the_root(tmp_path / "repo")
    evidence = tmp_path / "evidence"
    shutil.copytree(tmp_path / "repo" / "archives", evidence / "archives")
    for name in ("brief.md", "brief.md.ledger.jsonl"):
        shutil.copy(ledger.parent / name, evidence / name)
    shutil.rmtree(tmp_path / "repo")

    verification = verify_ledger(evidence / "brief.md.ledger.jsonl")

    assert _codes(verification) == {"warc-missing"}  # still not intact: not where the ledger says
    (said,) = [warning for warning in verification.warnings if "WARC file(s) missing" in warning]
    assert said.endswith(
        f"they lie by name in {evidence / 'archives'} (a ledger moved without the folder its paths name): "
        f"verify with --archive-dir {evidence / 'archives'}"
    )
    assert verify_ledger(evidence / "brief.md.ledger.jsonl", archive_dir=evidence / "archives").intact


def test_missing_warcs_not_beside_the_ledger_name_no_folder(tmp_path: Path) -> None:
    ledger = _ledger_in_docs_with_archives_at_the_root(tmp_path)
    (tmp_path / "archives" / "brief.md-fn1.warc").unlink()

    (said,) = [w for w in verify_ledger(ledger).warnings if "WARC file(s) missing" in w]

    assert "they lie by name" not in said
