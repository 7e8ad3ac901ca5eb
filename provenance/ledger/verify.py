"""Offline verification of a ledger: the chain, the run structure, every WARC it names, and the report.

Files are read at the edge (`verify_ledger`, `_read_warc`, `_check_report`); the checks themselves are pure
functions of what was read. Damage is never raised: each finding becomes a `Problem` naming line, file, and
expected vs actual value.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import errno
import hashlib
import io
import json
import os
import stat
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import rfc8785
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from provenance.errors import InputError, LedgerFormatError
from provenance.hashing import sha256_file, sha256_stream
from provenance.ledger.chain import line_hash, parse_line
from provenance.models import (
    Capture,
    Counts,
    FootnoteLine,
    LedgerLine,
    Model,
    RunLine,
    SummaryLine,
    WarcRecordRef,
)

_CHUNK = 1 << 16
# Record types whose block starts with an HTTP head when the target is http(s), as `warcio check` reads them.
_HTTP_RECORD_TYPES = ("response", "request", "revisit")
_HTTP_SCHEMES = ("http:", "https:")
# Errors warcio raises on bytes that are not a well-formed (possibly gzipped) WARC.
_WARC_READ_ERRORS = (ArchiveLoadFailed, ValueError, EOFError, zlib.error, OSError)


class Problem(Model):
    line: int | None
    file: str | None
    code: str
    message: str
    expected: str | None = None
    actual: str | None = None


class Verification(Model):
    ledger: str
    lines: int
    runs: int
    head: str | None
    warc_files: int
    records: int
    report_checked: bool
    problems: tuple[Problem, ...]
    anchor: str | None = None
    anchor_line: int | None = None  # the line whose hash is the anchor, when it was found

    @property
    def lines_after_anchor(self) -> int:
        """Lines no anchor vouches for: appended after it (a later run, or a forgery only a seal can tell)."""
        return self.lines - self.anchor_line if self.anchor_line is not None else 0

    @property
    def intact(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class _Line:
    number: int  # 1-based
    raw: bytes  # without the newline
    parsed: LedgerLine | None  # None when the line does not parse
    hash: str = field(init=False)

    def __post_init__(self) -> None:
        # Hashed once here; the chain, the head and the anchor all compare against it.
        object.__setattr__(self, "hash", line_hash(self.raw))


@dataclass(frozen=True)
class _RecordDigests:
    header_block: str | None
    header_payload: str | None
    block: str  # computed `sha256:<hex>`
    payload: str | None  # computed `sha256:<hex>`; None where the payload digest names another record


@dataclass
class _WarcContents:
    sha256: str
    records: dict[str, _RecordDigests] = field(default_factory=dict)
    error: str | None = None  # why reading stopped early, when it did


def verify_ledger(
    ledger_path: Path, report_path: Path | None = None, anchor: str | None = None
) -> Verification:
    """Check a ledger offline. Raises `InputError` only when the ledger file itself cannot be read.

    `anchor` is a head recorded elsewhere (a CI log, a message, a signed note): the ledger must still hold the
    line it is the hash of, or lines were removed or rewritten even if the chain itself is whole.
    """
    data = _read_ledger(ledger_path)
    file = str(ledger_path)
    raw_lines, problems = _split_lines(data, file)
    parsed = [_parse(number, raw, file) for number, raw in enumerate(raw_lines, start=1)]
    lines = [line for line, _ in parsed]
    problems += [problem for _, problem in parsed if problem is not None]
    problems += _check_chain(lines, file)
    problems += _check_structure(lines, file)
    warcs = _read_warcs(lines, ledger_path.parent)
    problems += _check_captures(lines, warcs, ledger_path.parent)
    report_checked, report_problems = _check_report(lines, ledger_path.parent, report_path)
    problems += report_problems
    anchor_line = _find_anchor(lines, anchor)
    if anchor is not None and anchor_line is None:
        problems.append(
            _problem(
                None,
                file,
                "anchor-missing",
                f"no line of the ledger has the anchored head {anchor}: lines were removed or rewritten",
            )
        )
    return Verification(
        ledger=file,
        lines=len(lines),
        runs=sum(isinstance(line.parsed, RunLine) for line in lines),
        head=lines[-1].hash if lines else None,
        warc_files=sum(contents is not None for contents in warcs.values()),
        records=sum(len(contents.records) for contents in warcs.values() if contents is not None),
        report_checked=report_checked,
        problems=tuple(sorted(problems, key=_in_file_order)),
        anchor=anchor,
        anchor_line=anchor_line,
    )


def _find_anchor(lines: Sequence[_Line], anchor: str | None) -> int | None:
    if anchor is None:
        return None
    wanted = anchor.strip().lower()
    return next((line.number for line in lines if line.hash == wanted), None)


def _read_ledger(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read ledger {path}: {error.strerror}") from None


def _in_file_order(problem: Problem) -> int:
    return problem.line if problem.line is not None else 1 << 62


# --- the lines --------------------------------------------------------------------------------------------


def _split_lines(data: bytes, file: str) -> tuple[list[bytes], list[Problem]]:
    if not data:
        return [], [_problem(None, file, "empty-ledger", "the ledger has no lines")]
    raw_lines = data.split(b"\n")
    if raw_lines[-1] == b"":
        return raw_lines[:-1], []
    cut = _problem(
        len(raw_lines),
        file,
        "missing-final-newline",
        "the last line does not end with a newline (cut short?)",
    )
    return raw_lines, [cut]


def _parse(number: int, raw: bytes, file: str) -> tuple[_Line, Problem | None]:
    try:
        parsed = parse_line(raw)
    except LedgerFormatError as error:
        return _Line(number, raw, None), _problem(number, file, "unparseable-line", str(error))
    if not _is_canonical(raw):
        return _Line(number, raw, parsed), _problem(
            number, file, "not-canonical", "the line is not RFC 8785 JSON"
        )
    return _Line(number, raw, parsed), None


def _is_canonical(raw: bytes) -> bool:
    try:
        canonical: bytes = rfc8785.dumps(json.loads(raw))
    except (ValueError, rfc8785.CanonicalizationError):
        return False
    return canonical == raw


def _check_chain(lines: Sequence[_Line], file: str) -> Iterator[Problem]:
    first_run = next((line.parsed for line in lines if isinstance(line.parsed, RunLine)), None)
    expected_prev = first_run.report.sha256 if first_run else None
    expected_seq = 0
    for line in lines:
        if line.parsed is not None:
            if line.parsed.seq != expected_seq:
                yield _mismatch(line.number, file, "seq-out-of-order", "seq", expected_seq, line.parsed.seq)
            if expected_prev is not None and line.parsed.prev != expected_prev:
                what = "prev (the report's sha256)" if line.number == 1 else "prev (hash of the line before)"
                yield _mismatch(line.number, file, "prev-mismatch", what, expected_prev, line.parsed.prev)
            expected_seq = line.parsed.seq + 1
        else:
            expected_seq += 1
        expected_prev = line.hash


def _check_structure(lines: Sequence[_Line], file: str) -> Iterator[Problem]:
    """Each run: one `run` line, its `footnote` lines, then one `summary` that counts them."""
    run_start: int | None = None
    footnotes: list[FootnoteLine] = []
    for line in lines:
        parsed = line.parsed
        if isinstance(parsed, RunLine):
            if run_start is not None:
                yield _unclosed_run(run_start, file)
            run_start, footnotes = line.number, []
        elif isinstance(parsed, FootnoteLine | SummaryLine) and run_start is None:
            yield _problem(
                line.number, file, "line-outside-run", f"a {parsed.kind!r} line stands outside a run"
            )
        elif isinstance(parsed, FootnoteLine):
            footnotes.append(parsed)
        elif isinstance(parsed, SummaryLine):
            yield from _check_summary(line.number, parsed, footnotes, file)
            run_start = None
        elif parsed is not None and run_start is not None:
            # Seal lines (signature, timestamp) seal a finished run's head, so they belong between runs.
            yield _problem(
                line.number, file, "line-inside-run", f"a {parsed.kind!r} line stands inside a run"
            )
    if run_start is not None:
        yield _unclosed_run(run_start, file)


def _unclosed_run(line: int, file: str) -> Problem:
    return _problem(line, file, "run-not-closed", "this run has no summary line after its footnotes")


def _problem(line: int | None, file: str, code: str, message: str) -> Problem:
    return Problem(line=line, file=file, code=code, message=message)


def _check_summary(
    number: int, summary: SummaryLine, footnotes: list[FootnoteLine], file: str
) -> Iterator[Problem]:
    counted = Counts.model_validate(Counter(footnote.status for footnote in footnotes))
    if summary.counts != counted:
        yield _mismatch(
            number,
            file,
            "summary-mismatch",
            "counts",
            counted.model_dump_json(),
            summary.counts.model_dump_json(),
        )
    if summary.total != len(footnotes):
        yield _mismatch(number, file, "summary-mismatch", "total", len(footnotes), summary.total)


# --- the WARC files ---------------------------------------------------------------------------------------


def _captures(lines: Sequence[_Line]) -> Iterator[tuple[int, Capture]]:
    for line in lines:
        if isinstance(line.parsed, FootnoteLine) and line.parsed.capture is not None:
            yield line.number, line.parsed.capture


def _read_warcs(lines: Sequence[_Line], folder: Path) -> dict[str, _WarcContents | None]:
    """Every WARC the ledger names, read once each; None for a file that is missing or unreadable.

    An absolute path breaks the ledger's contract (paths are relative to its folder) and is not read at all.
    """
    names = dict.fromkeys(c.warc for _, c in _captures(lines) if not Path(c.warc).is_absolute())
    return {warc: _read_warc(folder / warc) for warc in names}


def _open_regular_file(path: Path) -> BinaryIO:
    """`path` opened for reading if it is a regular file; OSError otherwise.

    A ledger can name anything: a pipe would block the open, a device such as /dev/zero would never end.
    """
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    if not stat.S_ISREG(os.fstat(descriptor).st_mode):
        os.close(descriptor)
        raise OSError(errno.EINVAL, "not a regular file", str(path))
    return os.fdopen(descriptor, "rb")


def _read_warc(path: Path) -> _WarcContents | None:
    try:
        stream = _open_regular_file(path)
    except OSError:
        return None
    # warcio reports framing damage (a wrong Content-Length, say) only as text on stderr; keep it as evidence.
    warcio_warnings = io.StringIO()
    with stream:
        try:
            contents = _WarcContents(sha256=sha256_stream(stream))
            stream.seek(0)
        except OSError:
            return None
        try:
            with contextlib.redirect_stderr(warcio_warnings):
                _read_records(stream, contents)
        except _WARC_READ_ERRORS as error:
            contents.error = str(error) or type(error).__name__
    if contents.error is None and warcio_warnings.getvalue().strip():
        contents.error = " ".join(warcio_warnings.getvalue().split())
    return contents


def _read_records(stream: BinaryIO, contents: _WarcContents) -> None:
    for record in ArchiveIterator(stream, no_record_parse=True):
        if record.format != "warc":
            # warcio falls back to the older ARC format for anything that is not WARC
            contents.error = "not a WARC file"
            return
        contents.records[record.rec_headers.get_header("WARC-Record-ID")] = _record_digests(record)


def _record_digests(record: Any) -> _RecordDigests:
    """Recompute a record's digests over its block as stored, the way `warcio check` does."""
    block = hashlib.sha256()
    stream = record.raw_stream
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    if record.rec_type in _HTTP_RECORD_TYPES and uri.startswith(_HTTP_SCHEMES):
        _read_http_head(stream, block.update)
    # A revisit's payload digest names the payload of the record it refers to, not its own.
    payload = None if record.rec_type == "revisit" else hashlib.sha256()
    while chunk := stream.read(_CHUNK):
        block.update(chunk)
        if payload is not None:
            payload.update(chunk)
    return _RecordDigests(
        header_block=record.rec_headers.get_header("WARC-Block-Digest"),
        header_payload=record.rec_headers.get_header("WARC-Payload-Digest"),
        block=f"sha256:{block.hexdigest()}",
        payload=f"sha256:{payload.hexdigest()}" if payload is not None else None,
    )


def _read_http_head(stream: Any, digest: Callable[[bytes], None]) -> None:
    """Consume the status line and headers, up to and including the blank line, into the block digest."""
    line = stream.readline()
    digest(line)
    while line.strip():
        line = stream.readline()
        digest(line)


def _check_captures(
    lines: Sequence[_Line], warcs: dict[str, _WarcContents | None], folder: Path
) -> Iterator[Problem]:
    checked_files: set[str] = set()
    for number, capture in _captures(lines):
        file = str(folder / capture.warc)
        if Path(capture.warc).is_absolute():
            yield _problem(
                number, file, "warc-path-absolute", "the WARC path is absolute, not relative to the ledger"
            )
            continue
        contents = warcs[capture.warc]
        if contents is None:
            yield _problem(
                number, file, "warc-missing", "the WARC file is missing, unreadable or not a regular file"
            )
            continue
        if contents.sha256 != capture.warc_sha256:
            yield _mismatch(
                number,
                file,
                "warc-hash-mismatch",
                "the WARC file's sha256",
                capture.warc_sha256,
                contents.sha256,
            )
        if file not in checked_files:
            checked_files.add(file)
            yield from _check_warc_itself(number, file, contents)
        for ref in capture.records:
            yield from _check_record_ref(number, file, ref, contents)


def _check_warc_itself(number: int, file: str, contents: _WarcContents) -> Iterator[Problem]:
    if contents.error is not None:
        yield _problem(number, file, "warc-malformed", f"the WARC is malformed: {contents.error}")
    for record_id, digests in contents.records.items():
        checks = (
            ("block", digests.header_block, digests.block),
            ("payload", digests.header_payload, digests.payload),
        )
        for what, recorded, computed in checks:
            if recorded is not None and computed is not None and not _same_digest(recorded, computed):
                yield _mismatch(
                    number,
                    file,
                    "record-digest-mismatch",
                    f"{what} digest of {record_id} (WARC header)",
                    recorded,
                    computed,
                )


def _check_record_ref(
    number: int, file: str, ref: WarcRecordRef, contents: _WarcContents
) -> Iterator[Problem]:
    digests = contents.records.get(ref.id)
    if digests is None:
        yield _problem(
            number, file, "record-missing", f"the WARC has no record {ref.id} that the ledger names"
        )
        return
    if not _same_digest(ref.block_digest, digests.block):
        yield _mismatch(
            number,
            file,
            "record-ledger-mismatch",
            f"block digest of {ref.id}",
            ref.block_digest,
            digests.block,
        )
    if (
        ref.payload_digest is not None
        and digests.payload is not None
        and not _same_digest(ref.payload_digest, digests.payload)
    ):
        yield _mismatch(
            number,
            file,
            "record-ledger-mismatch",
            f"payload digest of {ref.id}",
            ref.payload_digest,
            digests.payload,
        )


def _same_digest(recorded: str, computed: str) -> bool:
    """Compare a recorded `sha256:` digest, in hex, base32 or base64, with a computed `sha256:<hex>`."""
    algorithm, _, value = recorded.partition(":")
    if algorithm.lower() != "sha256":
        return False
    return _digest_bytes(value) == bytes.fromhex(computed.partition(":")[2])


def _digest_bytes(value: str) -> bytes | None:
    decoders = (bytes.fromhex, lambda v: base64.b32decode(v, casefold=True), base64.b64decode)
    for decode in decoders:
        try:
            decoded = decode(value)
        except (ValueError, binascii.Error):
            continue
        if len(decoded) == hashlib.sha256().digest_size:
            return decoded
    return None


# --- the report -------------------------------------------------------------------------------------------


def _check_report(
    lines: Sequence[_Line], folder: Path, report_path: Path | None
) -> tuple[bool, list[Problem]]:
    """Compare the report (the given one, else the last run's path if it exists) with the last run's hash."""
    runs = [(line.number, line.parsed) for line in lines if isinstance(line.parsed, RunLine)]
    if not runs:
        return False, []
    number, last_run = runs[-1]
    path = report_path if report_path is not None else folder / last_run.report.path
    if report_path is None and not path.is_file():
        return False, []
    try:
        actual = sha256_file(path)
    except OSError as error:
        if report_path is not None:
            raise InputError(f"cannot read report {path}: {error.strerror}") from None
        return False, [_problem(number, str(path), "report-unreadable", str(error.strerror))]
    if actual == last_run.report.sha256:
        return True, []
    what = "the report's sha256 recorded by the last run"
    return True, [_mismatch(number, str(path), "report-changed", what, last_run.report.sha256, actual)]


def _mismatch(line: int, file: str, code: str, what: str, expected: object, actual: object) -> Problem:
    return Problem(
        line=line,
        file=file,
        code=code,
        message=f"{what} does not match",
        expected=str(expected),
        actual=str(actual),
    )
