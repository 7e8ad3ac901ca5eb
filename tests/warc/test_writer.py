"""`WarcFile`: each record's head and block, written directly, are the bytes warcio's writer makes of them."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import uuid
import zlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from provenance.capture.failure import ArchiveWriteError
from provenance.capture.options import WarcInfo
from provenance.warc.writer import (
    _IDS_AT_ONCE,
    RequestHead,
    WarcFile,
    _new_record_id,
    _record_head,
    _SentHeaders,
    _warc_date,
    response_body,
)

AT = dt.datetime(2026, 12, 6, 12, 0, 0, 123456, tzinfo=dt.UTC)
INFO = WarcInfo(
    software="provenance/test", operator="desk", hostname="vm", command_line="provenance check r.md"
)
PAGE = "<html><title>Brücke</title><p>The bridge reopened.</p></html>".encode() * 40
REQUEST = RequestHead.from_wire(
    b"GET /page?q=1 HTTP/1.1\r\nHost: news.example\r\nAccept: */*\r\nUser-Agent: provenance/test\r\n"
)


def _members(data: bytes) -> list[bytes]:
    """Each gzip member of `data`, inflated on its own."""
    members = []
    while data:
        member = zlib.decompressobj(16 + zlib.MAX_WBITS)
        members.append(member.decompress(data) + member.flush())
        data = member.unused_data
    return members


def _as_warcio_writes(record: bytes) -> bytes:
    """`record` (one record's bytes) as warcio's writer makes it of the same fields and block: the fields it
    places itself (target URI, content type, length) given to it as a writer is given them."""
    parsed = next(iter(ArchiveIterator(io.BytesIO(record), no_record_parse=True)))
    placed = ("WARC-Target-URI", "Content-Type", "Content-Length")
    given = {name: value for name, value in parsed.rec_headers.headers if name not in placed}
    block = parsed.raw_stream.read()
    http = None
    if parsed.rec_type in ("request", "response"):
        head, _, block = block.partition(b"\r\n\r\n")
        status, *fields = head.decode("latin-1").split("\r\n")
        pairs = [(name, value) for name, _, value in (field.partition(": ") for field in fields)]
        if parsed.rec_type == "request":
            http = _SentHeaders(status, pairs, is_http_request=True)
        else:
            protocol, _, line = status.partition(" ")
            http = _SentHeaders(line, pairs, protocol=protocol)
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False, warc_version="1.1")
    content_type = parsed.rec_headers.get_header("Content-Type")
    written = writer.create_warc_record(
        parsed.rec_headers.get_header("WARC-Target-URI") or "",
        parsed.rec_type,
        payload=io.BytesIO(block),
        length=len(block),
        warc_content_type="" if http is not None else content_type,
        warc_headers_dict=given,
        http_headers=http,
    )
    writer.write_record(written)
    return out.getvalue()


def test_each_record_written_is_the_bytes_warcios_writer_makes_of_its_fields_and_block(
    tmp_path: Path,
) -> None:
    warc = WarcFile(tmp_path, "r-fn1", AT)
    warc.write_warcinfo(INFO, AT)
    warc.write_request("http://news.example/failed", None, AT, REQUEST)
    body = response_body(
        "HTTP/1.1 200 OK",
        [
            ("Content-Type", "text/html; charset=utf-8"),
            ("Content-Length", str(len(PAGE))),
            ("X-Note", "café"),
        ],
    )
    body.write(PAGE)
    page = warc.write_exchange("http://news.example/page?q=1", "203.0.113.7", AT, REQUEST, body, "length")
    body.close()
    warc.write_resource("urn:screenshot:http://news.example/page", AT, b"\x89PNG" * 50, "image/png", page)
    warc.write_metadata("http://news.example/page?q=1", AT, {"note": "Brücke", "hops": [{"status": 200}]})
    path, _ = warc.publish()

    records = _members(path.read_bytes())

    assert [record.split(b"\r\n", 2)[1] for record in records] == [
        b"WARC-Type: warcinfo",
        b"WARC-Type: request",
        b"WARC-Type: request",
        b"WARC-Type: response",
        b"WARC-Type: resource",
        b"WARC-Type: metadata",
    ]
    assert [_as_warcio_writes(record) for record in records] == records
    assert b"WARC-Truncated: length\r\n" in records[3]
    assert b"Content-Type: image/png\r\n" in records[4]


def _parts(folder: Path) -> list[Path]:
    return sorted(folder.glob(".*.part"))


def test_a_file_opened_later_is_made_by_open_now_with_its_warcinfo_record_first(tmp_path: Path) -> None:
    warc = WarcFile(tmp_path, "r-fn1", AT, opened_later=True)
    warc.write_warcinfo(INFO, AT)
    assert _parts(tmp_path) == [], "nothing made before the request goes out"
    warc.open_now()  # the request is sent: made while the answer is awaited
    assert len(_parts(tmp_path)) == 1
    with warc.read_so_far() as written:
        assert b"WARC-Type: warcinfo" in zlib.decompress(written.read(), 16 + zlib.MAX_WBITS), (
            "the warcinfo record is written with the file"
        )
    warc.write_request("http://news.example/failed", None, AT, REQUEST)
    warc.open_now()  # made already: nothing more
    warc.write_metadata("http://news.example/failed", AT, {"note": "no answer"})
    path, _ = warc.publish()

    records = _members(path.read_bytes())
    assert [record.split(b"\r\n", 2)[1] for record in records] == [
        b"WARC-Type: warcinfo",
        b"WARC-Type: request",
        b"WARC-Type: metadata",
    ]
    assert [_as_warcio_writes(record) for record in records] == records
    assert _parts(tmp_path) == []


def test_a_file_opened_later_is_made_by_its_first_record_when_no_request_was_sent(tmp_path: Path) -> None:
    warc = WarcFile(tmp_path, "r-fn1", AT, opened_later=True)
    warc.write_warcinfo(INFO, AT)
    warc.write_request("http://news.example/failed", None, AT, REQUEST)  # no connection: never sent
    path, _ = warc.publish()
    assert [record.split(b"\r\n", 2)[1] for record in _members(path.read_bytes())] == [
        b"WARC-Type: warcinfo",
        b"WARC-Type: request",
    ]


def test_a_folder_that_refuses_a_file_opened_later_fails_the_next_write_and_discard_leaves_nothing(
    tmp_path: Path,
) -> None:
    missing = tmp_path / "missing"
    warc = WarcFile(missing, "r-fn1", AT, opened_later=True)
    warc.write_warcinfo(INFO, AT)
    warc.open_now()  # never raises: it runs inside the request's sending
    with pytest.raises(ArchiveWriteError, match=r"^archive: cannot write in "):
        warc.write_request("http://news.example/page", None, AT, REQUEST)
    warc.discard()
    assert not missing.exists()


def test_discarding_a_file_opened_later_that_was_never_made_leaves_nothing(tmp_path: Path) -> None:
    warc = WarcFile(tmp_path, "r-fn1", AT, opened_later=True)
    warc.write_warcinfo(INFO, AT)
    warc.discard()  # a fetch the policy refused before any traffic
    assert list(tmp_path.iterdir()) == []


def _record_ids(path: Path) -> list[str]:
    with path.open("rb") as stream:
        return [record.rec_headers.get_header("WARC-Record-ID") for record in ArchiveIterator(stream)]


def test_record_ids_are_distinct_random_uuids_as_warcio_makes_them(tmp_path: Path) -> None:
    ids = []
    for n in range(3 * _IDS_AT_ONCE // 4):  # four records a file: past the ids read at once, twice
        warc = WarcFile(tmp_path, f"r-fn{n}", AT)
        warc.write_warcinfo(INFO, AT)
        warc.write_request("http://news.example/failed", None, AT, REQUEST)
        warc.write_metadata("http://news.example/failed", AT, {"n": n})
        warc.write_resource("urn:note", AT, b"note", "text/plain")
        path, _ = warc.publish()
        ids += _record_ids(path)

    assert len(ids) == len(set(ids)) == 3 * _IDS_AT_ONCE
    for record_id in ids:
        assert record_id.startswith("<urn:uuid:") and record_id.endswith(">")
        parsed = uuid.UUID(record_id[len("<urn:uuid:") : -1])
        assert str(parsed) == record_id[len("<urn:uuid:") : -1]  # lower-case, in its five groups
        assert (parsed.version, parsed.variant) == (4, uuid.RFC_4122)


@pytest.mark.skipif(not hasattr(os, "fork"), reason="forks a capture process")
def test_a_forked_capture_process_never_hands_out_the_record_ids_its_parent_read(tmp_path: Path) -> None:
    _new_record_id()  # the parent has ids read and not yet handed out
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover (the child's own process)
        try:
            os.write(writer, "\n".join(_new_record_id() for _ in range(_IDS_AT_ONCE)).encode())
        finally:
            os._exit(0)
    os.close(writer)
    with os.fdopen(reader, "rb") as pipe:
        in_child = set(pipe.read().decode().split("\n"))
    os.waitpid(child, 0)
    in_parent = {_new_record_id() for _ in range(_IDS_AT_ONCE)}

    assert len(in_child) == _IDS_AT_ONCE
    assert not in_child & in_parent


def test_a_body_longer_than_one_read_is_deflated_as_it_is_read_into_the_same_record_bytes(
    tmp_path: Path,
) -> None:
    warc = WarcFile(tmp_path, "r-fn1", AT)
    warc.write_warcinfo(INFO, AT)
    long_page = PAGE * 100  # 260 KB: read and deflated 64 KiB at a time, not whole
    for page in (PAGE, long_page):
        body = response_body("HTTP/1.1 200 OK", [("Content-Length", str(len(page)))])
        body.write(page)
        warc.write_exchange("http://news.example/page", "203.0.113.7", AT, REQUEST, body, None)
        body.close()
    path, sha256 = warc.publish()

    data = path.read_bytes()
    assert sha256 == hashlib.sha256(data).hexdigest()
    records = _members(data)
    assert [_as_warcio_writes(record) for record in records] == records
    assert records[2].endswith(PAGE + b"\r\n\r\n") and records[4].endswith(long_page + b"\r\n\r\n")


def test_a_request_record_made_ahead_is_written_as_the_record_write_exchange_makes_of_that_request(
    tmp_path: Path,
) -> None:
    warc = WarcFile(tmp_path, "r-fn1", AT)
    made = warc.request_record("http://news.example/page?q=1", "203.0.113.7", AT, REQUEST)
    assert made is not None
    other = RequestHead.from_wire(b"GET /other HTTP/1.1\r\nHost: news.example\r\n")
    for request in (REQUEST, other):  # made for the first only: the second's is made as it is written
        body = response_body("HTTP/1.1 200 OK", [("Content-Length", str(len(PAGE)))])
        body.write(PAGE)
        warc.write_exchange("http://news.example/page?q=1", "203.0.113.7", AT, request, body, None, made)
        body.close()
    path, _ = warc.publish()

    records = _members(path.read_bytes())
    assert [_as_warcio_writes(record) for record in records] == records
    assert records[0] == zlib.decompress(made.member, 16 + zlib.MAX_WBITS)
    assert b"GET /other HTTP/1.1\r\n" in records[2] and made.request_id.encode() not in records[2]
    refs = warc.records
    assert [(ref.id, ref.type) for ref in refs[:2]] == [
        (made.request_id, "request"),
        (made.response_id, "response"),
    ]
    assert refs[0].block_digest == made.block_digest
    assert f"WARC-Concurrent-To: {made.response_id}".encode() in records[0]
    assert f"WARC-Concurrent-To: {made.request_id}".encode() in records[1]


def _stored_blocks(member: bytes) -> bool:
    """Whether a gzip member's first deflate block is a stored one (BTYPE 00, RFC 1951 3.2.3): the member
    has no optional header fields, so its deflate data starts at byte 10."""
    assert member[3] == 0, "no optional gzip header fields"
    return member[10] & 0b110 == 0


def test_a_short_body_that_does_not_shrink_is_stored_and_one_that_does_is_deflated(tmp_path: Path) -> None:
    # Bodies of 4 to 64 KiB are deflated at once: one that its deflating does not shrink (random bytes of a
    # type that says nothing) is kept in stored blocks, as a longer one whose sample does not shrink.
    warc = WarcFile(tmp_path, "r-fn1", AT)
    bodies = {
        "http://news.example/random": os.urandom(20_000),
        "http://news.example/page": PAGE * 8,  # 21 kB of text
        "http://news.example/short": os.urandom(3_000),  # under 4 KiB: deflated whatever it holds
    }
    for uri, payload in bodies.items():
        body = response_body("HTTP/1.1 200 OK", [("Content-Type", "application/octet-stream")])
        body.write(payload)
        warc.write_exchange(uri, "203.0.113.7", AT, REQUEST, body, None)
        body.close()
    path, _ = warc.publish()

    data, members = path.read_bytes(), []
    while data:
        inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
        inflater.decompress(data)
        members.append(data[: len(data) - len(inflater.unused_data)])
        data = inflater.unused_data
    stored = [_stored_blocks(member) for member in members[1::2]]  # the responses
    assert stored == [True, False, False]
    assert [
        _members(member)[0].endswith(payload + b"\r\n\r\n")
        for member, payload in zip(members[1::2], bodies.values(), strict=True)
    ] == [True, True, True]


# Names that differ only in case from the fields a head sets, and others.
_NAMES = st.sampled_from(
    (
        *("Content-Type", "content-type", "CONTENT-TYPE", "Content-Length", "content-length"),
        *("WARC-Target-URI", "warc-target-uri", "WARC-TARGET-URI", "WARC-Concurrent-To", "X-Note", "x-note"),
        "WARC-Type",
    )
)
_VALUES = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=8)


@given(
    st.dictionaries(_NAMES, _VALUES, max_size=8),
    st.sampled_from(("resource", "metadata", "response")),
    st.sampled_from(("", "http://news.example/a")),
    st.sampled_from(("", "text/html")),
)
def test_a_record_head_sets_its_fields_as_warcios_replace_header_does_whatever_the_case_of_their_names(
    given_fields: dict[str, str], record_type: str, uri: str, content_type: str
) -> None:
    record_id = "<urn:uuid:00000000-0000-4000-8000-000000000000>"
    fields = {"WARC-Type": record_type, "WARC-Record-ID": record_id, "WARC-Date": _warc_date(AT)}
    expected = StatusAndHeaders("", list((fields | given_fields).items()), protocol="WARC/1.1")
    if uri:
        expected.replace_header("WARC-Target-URI", uri)
    default = {"metadata": "application/warc-fields"}.get(record_type, "application/warc-record")
    if record_type == "response":
        default = "application/http; msgtype=response"
    expected.replace_header("Content-Type", content_type or expected.get_header("Content-Type") or default)
    expected.replace_header("Content-Length", "12")
    lines = "".join(f"{name}: {value}\r\n" for name, value in expected.headers)

    made_id, head = _record_head(
        record_type, uri, AT, 12, {**given_fields, "WARC-Record-ID": record_id}, None, content_type
    )

    assert made_id == record_id
    assert head == f"WARC/1.1\r\n{lines}\r\n".encode()
