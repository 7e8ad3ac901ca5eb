"""`read_warc`: the file hashed whole in large blocks while warcio walks it in small steps."""

from __future__ import annotations

import gzip
import hashlib
import io
import threading
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from warcio.limitreader import LimitReader
from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParser
from warcio.warcwriter import WARCWriter

from provenance.hashing import sha256_file
from provenance.warc import reader
from provenance.warc.reader import (
    MAX_HEAD_BYTES,
    MAX_HTTP_HEAD_LINES,
    ReadLimits,
    read_capture,
    read_warc,
    read_warc_once,
    read_warc_stream,
)
from tests.ledger.builders import RESPONSE_BODY, write_warc

BODY = bytes(range(256)) * 1200  # several of the reader's blocks
LIMITS = ReadLimits(file_bytes=1 << 30, content_bytes=1 << 30)


@pytest.mark.parametrize("gzip", [False, True], ids=["plain", "gzip"])
def test_a_warc_larger_than_a_block_is_hashed_whole_and_its_records_digested(
    tmp_path: Path, gzip: bool
) -> None:
    warc = tmp_path / "capture.warc"
    refs = write_warc(warc, body=BODY, gzip=gzip)

    contents = read_warc(warc, LIMITS)

    assert (contents.sha256, contents.size) == (sha256_file(warc), warc.stat().st_size)
    assert contents.error is None
    assert {record_id: digests.block for record_id, digests in contents.records.items()} == {
        ref.id: ref.block_digest for ref in refs
    }
    assert [digests.payload for digests in contents.records.values()] == [ref.payload_digest for ref in refs]


def test_a_record_that_inflates_a_thousandfold_is_digested_whole_in_bounded_steps(tmp_path: Path) -> None:
    warc = tmp_path / "capture.warc.gz"
    refs = write_warc(warc, body=bytes(30_000_000), gzip=True)  # 30 MB of zeros: about 30 KB compressed
    tracemalloc.start()
    try:
        contents = read_warc(warc, LIMITS)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert contents.error is None
    assert [(digests.block, digests.payload) for digests in contents.records.values()] == [
        (ref.block_digest, ref.payload_digest) for ref in refs
    ]
    assert peak < 8_000_000, "a step inflates to at most 1 MB, never the whole member"


@pytest.mark.tampers_with_evidence
def test_framing_damage_is_named_at_its_offset_in_the_file(tmp_path: Path) -> None:
    warc, more = tmp_path / "capture.warc", tmp_path / "more.warc"
    write_warc(warc, body=BODY)
    write_warc(more, body=BODY)
    data = warc.read_bytes()
    length_at = data.index(b"Content-Length: ", data.index(b"WARC-Type: response"))
    end = data.index(b"\r\n", length_at)
    declared = int(data[length_at + len(b"Content-Length: ") : end])
    data = data[:length_at] + f"Content-Length: {declared - 5}".encode() + data[end:]
    warc.write_bytes(data + more.read_bytes())  # the damage far from the file's end

    contents = read_warc(warc, LIMITS)

    left_over = data.rindex(BODY[-5:] + b"\r\n")  # the 5 bytes the shortened record no longer holds
    assert contents.error is not None
    assert f"Offset: {left_over} " in contents.error


class _StopsAfterFirstRead(io.BytesIO):
    """A WARC whose reader is told, after its first read, that its contents are no longer wanted."""

    def __init__(self, data: bytes, stop: threading.Event) -> None:
        super().__init__(data)
        self.stop = stop
        self.reads = 0

    def read(self, size: int | None = -1) -> bytes:
        self.reads += 1
        self.stop.set()
        return super().read(size)


def test_a_read_no_longer_wanted_stops_after_the_block_it_is_in(tmp_path: Path) -> None:
    warc = tmp_path / "capture.warc"
    write_warc(warc, body=BODY * 4)
    stop = threading.Event()
    stream = _StopsAfterFirstRead(warc.read_bytes(), stop)

    contents = read_warc_stream(stream, LIMITS, stop)

    assert stream.reads == 1
    assert contents.size < warc.stat().st_size


def _peak_bytes_reading(data: bytes) -> tuple[str | None, int]:
    """`read_warc_once` of `data`: why reading stopped, and the most memory it held while reading."""
    tracemalloc.start()
    try:
        error = read_warc_once(io.BytesIO(data), LIMITS).error
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return error, peak


def test_a_head_of_one_endless_line_inflated_from_a_small_gzip_member_is_refused_in_bounded_memory() -> None:
    # 64 MB of one line from a member of some 64 KB: warcio read the line whole (and a 1 GB one from 1 MB).
    data = gzip.compress(b"X" * (64 << 20))

    error, peak = _peak_bytes_reading(data)

    assert error is not None and f"WARC head is longer than {MAX_HEAD_BYTES} bytes" in error
    assert peak < 8 * MAX_HEAD_BYTES


def test_a_head_of_millions_of_short_lines_is_refused_in_bounded_memory() -> None:
    # warcio kept every line of a head: 2 million headers of 6 bytes held some 300 MB.
    data = b"WARC/1.1\r\n" + b"X: y\r\n" * 2_000_000 + b"\r\n"

    error, peak = _peak_bytes_reading(data)

    assert error is not None and f"WARC head is longer than {MAX_HEAD_BYTES} bytes" in error
    assert peak < 32 * MAX_HEAD_BYTES  # a header kept is some 30 times its line: 1 MB of them, some 11 MB


def _response_record(http_block: bytes) -> bytes:
    """One gzipped response record whose block is `http_block` as given, its block digest true."""
    head = (
        "WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
        "WARC-Target-URI: https://example.org/post/1\r\nContent-Type: application/http; msgtype=response\r\n"
        f"WARC-Block-Digest: sha256:{hashlib.sha256(http_block).hexdigest()}\r\n"
        f"Content-Length: {len(http_block)}\r\n\r\n"
    )
    return gzip.compress(head.encode() + http_block + b"\r\n\r\n", 1)


def test_an_http_head_of_one_endless_line_is_named_as_damage_in_bounded_memory() -> None:
    # Its digest held, and the line was hashed a CHUNK_SIZE at a time: the record passed as intact.
    data = _response_record(b"HTTP/1.1 200 OK\r\nX-Filler: " + b"a" * (64 << 20) + b"\r\n\r\nbody")

    error, peak = _peak_bytes_reading(data)

    assert error is not None and f"HTTP head is longer than {MAX_HEAD_BYTES} bytes" in error
    assert peak < 8 * MAX_HEAD_BYTES


def test_an_http_head_of_millions_of_short_lines_is_named_as_damage_at_once() -> None:
    # Its digest held: 40 million header lines (200 MB from 300 KB) were hashed one by one, for a minute.
    data = _response_record(b"HTTP/1.1 200 OK\r\n" + b"a:b\r\n" * 4_000_000 + b"\r\nbody")

    error, peak = _peak_bytes_reading(data)

    assert error is not None and f"HTTP head has more than {MAX_HTTP_HEAD_LINES} lines" in error
    assert peak < 8 * MAX_HEAD_BYTES


def test_a_real_http_head_of_a_hundred_headers_and_a_long_cookie_is_read_whole() -> None:
    headers = b"".join(b"X-Header-%d: value\r\n" % number for number in range(99))
    block = b"HTTP/1.1 200 OK\r\n" + headers + b"Set-Cookie: s=" + b"c" * 65_000 + b"\r\n\r\nbody"

    contents = read_warc_stream(io.BytesIO(_response_record(block)), LIMITS)

    assert contents.error is None
    assert [(digests.status, digests.block) for digests in contents.records.values()] == [
        (200, f"sha256:{hashlib.sha256(block).hexdigest()}")
    ]


def test_the_heads_of_a_file_together_are_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    warc = tmp_path / "capture.warc"
    write_warc(warc)
    monkeypatch.setattr(reader, "MAX_HEADS_BYTES", 500)  # the two records' heads are some 700 bytes

    error = read_warc_once(io.BytesIO(warc.read_bytes()), LIMITS).error

    assert error is not None and "WARC and HTTP heads are longer than 500 bytes together" in error


def test_a_head_line_longer_than_warcio_reads_at_once_is_read_whole(tmp_path: Path) -> None:
    # A long target URI (a search's query, say) spans many of the reader's blocks, still within the bound.
    long_url = "https://example.org/?q=" + "a" * 600_000
    data = _one_record_warc(long_url)

    contents = read_warc_stream(io.BytesIO(data), LIMITS)

    assert contents.error is None
    assert [digests.uri for digests in contents.records.values()] == [long_url]


def _one_record_warc(url: str) -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False, warc_version="1.1")
    writer.write_record(writer.create_warc_record(url, "resource", payload=io.BytesIO(b"x"), length=1))
    return out.getvalue()


# ---- heads taken whole from the buffer (`_HeadParser`): the very heads warcio's line-by-line loop reads ----

_HEAD_LINES = st.sampled_from(
    [
        b"WARC-Type: response",
        b"Content-Length: 12",
        b"X-Empty:",
        b"X-Spaces :  padded  ",
        b"no colon here",
        b" continued value",
        b"\tcontinued by a tab",
        b"   ",
        b"\x1c",
        b"",
        b"Caf\xc3\xa9: cr\xc3\xa8me",
        b"Latin: caf\xe9",
        b"X-Colons: a:b:c",
        b"HTTP/1.1 200 OK",
        b"GET / HTTP/1.1",
    ]
)


@st.composite
def _heads(draw: st.DrawFn) -> bytes:
    first = draw(st.sampled_from([b"WARC/1.1", b"HTTP/1.1 404 Not Found", b"GET /a HTTP/1.1", b"junk", b" "]))
    lines = draw(st.lists(_HEAD_LINES, max_size=8))
    endings = draw(st.lists(st.sampled_from([b"\r\n", b"\n", b" \r\n"]), min_size=len(lines) + 1))
    head = first + endings[0] + b"".join(line + end for line, end in zip(lines, endings[1:], strict=False))
    return head + draw(st.sampled_from([b"\r\n", b"\n", b""])) + draw(st.sampled_from([b"body\r\n", b""]))


def _parsed_by(parser: StatusAndHeadersParser, data: bytes, limit: int | None) -> tuple[object, ...]:
    """What `parser` reads of `data` as a record's WARC head (`limit` None) or HTTP head, and where the
    reader stands after it: the bytes left and its bounds' counts."""
    buffered = reader._IsalBufferedReader(io.BytesIO(data))
    stream = buffered if limit is None else LimitReader(buffered, limit)
    try:
        head = parser.parse(stream)
        parsed: tuple[object, ...] = (head.protocol, head.statusline, head.headers, head.total_len)
    except Exception as error:  # what warcio raises, compared as it is
        parsed = (type(error).__name__,)
    counts = (buffered._heads_bytes, buffered._head_bytes, buffered._http_head_bytes)
    return parsed, counts, stream.read(), getattr(stream, "limit", None)


@settings(max_examples=400, deadline=None)
@given(
    data=_heads(), limit=st.one_of(st.none(), st.integers(min_value=0, max_value=200)), verify=st.booleans()
)
def test_a_head_taken_whole_is_read_as_warcio_reads_it_line_by_line(
    data: bytes, limit: int | None, verify: bool
) -> None:
    kinds = ["WARC/1.1", "WARC/1.0"] if limit is None else ["HTTP/1.1", "HTTP/1.0", "GET"]

    taken_whole = _parsed_by(reader._HeadParser(kinds, verify), data, limit)

    assert taken_whole == _parsed_by(StatusAndHeadersParser(kinds, verify), data, limit)


def test_a_captures_heads_are_each_taken_whole_from_the_buffer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warc = tmp_path / "capture.warc.gz"
    write_warc(warc, gzip=True)  # as a capture writes it: each record a gzip member
    read_line_by_line: list[object] = []
    line_by_line = StatusAndHeadersParser.parse

    def counted(parser: StatusAndHeadersParser, stream: object, statusline: object = None) -> object:
        read_line_by_line.append(stream)
        return line_by_line(parser, stream, statusline)

    monkeypatch.setattr(StatusAndHeadersParser, "parse", counted)

    # A stream that is no file (a bundle's entry), which warcio reads: a file of a capture's shape is read
    # without warcio's loader at all (tests/warc/test_read_responses.py).
    with io.BytesIO(warc.read_bytes()) as stream:
        stored = read_capture(stream)

    assert [(head.rec_type, head.http_headers is not None) for head in stored.heads] == [
        ("request", False),
        ("response", True),
    ]
    assert [(response.status, response.body) for response in stored.responses] == [(200, RESPONSE_BODY)]
    # warcio's own loop reads only the end of the file, where no head is left
    assert len(read_line_by_line) == 1


def test_a_parsed_heads_headers_are_found_by_name_as_warcio_finds_them_after_any_change() -> None:
    headers = [("Content-Type", "text/html"), ("content-type", "text/plain"), ("X-Kept", "a")]
    head = reader._ParsedHead("200 OK", list(headers), "HTTP/1.1", 0)
    plain = StatusAndHeaders("200 OK", list(headers), "HTTP/1.1")

    for change in (
        lambda h: None,
        lambda h: h.replace_header("x-kept", "b"),
        lambda h: h.remove_header("CONTENT-TYPE"),
        lambda h: h.add_header("X-New", "c"),
        lambda h: h.headers.append(("X-Appended", "d")),
    ):
        change(head)
        change(plain)
        for name in ("content-type", "CONTENT-TYPE", "X-Kept", "x-new", "X-Appended", "Absent"):
            assert head.get_header(name) == plain.get_header(name), name
        assert head.get_header("Absent", "default") == "default"
