"""Reading responses back from a WARC as stored: decoded bodies, in order, every read bounded."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import io
import random
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from warcio.recordloader import ArcWarcRecordLoader

from provenance.capture.capture import capture_url
from provenance.capture.options import CaptureRequest, NetworkOptions, WarcInfo
from provenance.warc import reader
from provenance.warc.attachments import attachment_uri
from provenance.warc.reader import (
    MAX_HEAD_BYTES,
    RecordHead,
    StoredCapture,
    StoredResponse,
    read_capture,
    read_heads,
    read_metadata,
    read_responses,
)
from provenance.warc.writer import RecordsSoFar, RequestHead, WarcFile, response_body
from tests.support.servers import FixtureServer, Reply, redirect

INFO = WarcInfo(software="provenance/test", operator="t", hostname="host", command_line="provenance check")
PAGE = b"<html><body><p>The council voted to reopen the bridge.</p></body></html>"


def _capture(server: FixtureServer, archive_dir: Path, url: str, *side_urls: str) -> Path:
    options = NetworkOptions(connect_to=(server.rule("news.example"),))
    outcome = capture_url(CaptureRequest(url=url, name="r", side_urls=side_urls), archive_dir, options, INFO)
    assert outcome.capture is not None
    return Path(outcome.capture.warc)


def test_responses_come_back_in_order_with_gzip_bodies_decoded(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    fixture_server.routes.update(
        {
            "/old": redirect("/article", 301),
            "/article": Reply(
                body=gzip.compress(PAGE),
                headers=(("Content-Type", "text/html"), ("Content-Encoding", "gzip")),
            ),
            "/side.json": Reply(body=b'{"ok": true}', headers=(("Content-Type", "application/json"),)),
        }
    )
    warc = _capture(fixture_server, archive_dir, "http://news.example/old", "http://news.example/side.json")
    with warc.open("rb") as stream:
        responses = read_responses(stream)
    assert [(r.uri, r.status) for r in responses] == [
        ("http://news.example/old", 301),
        ("http://news.example/article", 200),
        ("http://news.example/side.json", 200),
    ]
    assert responses[0].header("location") == "/article"
    assert responses[1].body == PAGE and not responses[1].cut


def test_a_body_that_inflates_past_the_bound_is_cut_there(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    bomb = gzip.compress(b"A" * 5_000_000)  # 5 MB of text from a few KB on the wire
    fixture_server.routes["/bomb"] = Reply(
        body=bomb, headers=(("Content-Type", "text/html"), ("Content-Encoding", "gzip"))
    )
    warc = _capture(fixture_server, archive_dir, "http://news.example/bomb")
    with warc.open("rb") as stream:
        (response,) = read_responses(stream, max_body=1000)
    assert len(response.body) == 1000 and response.cut


def test_bytes_that_are_not_a_warc_give_no_responses(tmp_path: Path) -> None:
    junk = tmp_path / "junk.bin"
    junk.write_bytes(b"this is not a WARC file\n" * 10)
    with junk.open("rb") as stream:
        assert read_responses(stream) == ()


def _exchange(warc: WarcFile, uri: str, headers: list[tuple[str, str]], body: bytes) -> str:
    answer = response_body("HTTP/1.1 200 OK", headers)
    answer.write(body)
    request = RequestHead("GET / HTTP/1.1", [("Host", "news.example")])
    record_id = warc.write_exchange(uri, "192.0.2.1", dt.datetime.now(dt.UTC), request, answer, None)
    answer.close()
    return record_id


def test_a_page_a_browser_rendered_is_read_through_its_dom_with_its_own_status(archive_dir: Path) -> None:
    warc = WarcFile(archive_dir, "rendered", dt.datetime.now(dt.UTC))
    raw = "<html><body><div id=app></div></body></html>".encode("cp1251")
    page_headers = [("Content-Type", "text/html; charset=windows-1251"), ("X-Kept", "yes")]
    page_record = _exchange(warc, "http://news.example/article", page_headers, raw)
    _exchange(warc, "http://news.example/side.json", [("Content-Type", "application/json")], b'{"ok": true}')
    dom = "<html><body><p>Рада проголосувала</p></body></html>".encode()
    made = dt.datetime.now(dt.UTC)
    page_uri = "http://news.example/article"
    warc.write_resource(attachment_uri("dom", page_uri), made, dom, "text/html; charset=utf-8", page_record)
    path, _ = warc.publish()
    with path.open("rb") as stream:
        page, side = read_responses(stream)
    assert (page.uri, page.status, page.body, page.rendered) == (page_uri, 200, dom, True)
    assert page.header("Content-Type") == "text/html; charset=utf-8"  # the DOM's, not the page's cp1251
    assert page.header("X-Kept") == "yes"
    assert (side.body, side.rendered) == (b'{"ok": true}', False)


def test_a_file_cut_before_a_request_records_target_uri_gives_the_records_before_it(
    archive_dir: Path, tmp_path: Path
) -> None:
    # warcio parses a request record's HTTP head by its WARC-Target-URI; a head cut (or forged) before that
    # header made it raise AttributeError, which crashed whatever read the file (a reused capture's heads).
    warc = WarcFile(archive_dir, "cut", dt.datetime.now(dt.UTC))
    _exchange(warc, "http://news.example/first", [("Content-Type", "text/html")], b"<p>First</p>")
    _exchange(warc, "http://news.example/second", [("Content-Type", "text/html")], b"<p>Second</p>")
    path, _ = warc.publish()
    whole = gzip.decompress(path.read_bytes())
    second_request = whole.index(b"WARC-Type: request", whole.index(b"WARC-Type: response"))
    cut_at = whole.index(b"WARC-Target-URI", second_request)
    for end in range(second_request, cut_at + 1):
        cut = tmp_path / f"cut-{end}.warc"
        cut.write_bytes(whole[:end])
        with cut.open("rb") as stream:
            heads = read_heads(stream)
        with cut.open("rb") as stream:
            (first,) = read_responses(stream)
        assert first.body == b"<p>First</p>"
        assert [head.uri for head in heads[:2]] == ["http://news.example/first"] * 2
        assert all(head.uri in ("", "http://news.example/first") for head in heads)


def _response_record(http_block: bytes, uri: str = "http://news.example/article") -> bytes:
    """One gzipped response record whose block is `http_block` as given: an HTTP head of any shape."""
    head = (
        f"WARC/1.1\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:{len(http_block)}>\r\n"
        f"WARC-Target-URI: {uri}\r\nWARC-Date: 2024-05-01T10:00:00Z\r\n"
        f"WARC-Block-Digest: sha256:{hashlib.sha256(http_block).hexdigest()}\r\n"
        f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http_block)}\r\n\r\n"
    )
    return gzip.compress(head.encode() + http_block + b"\r\n\r\n", 1)


_GOOD = _response_record(
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>First</p>", "http://news.example/a"
)


def _read_both(tmp_path: Path, data: bytes) -> tuple[tuple[StoredResponse, ...], tuple[RecordHead, ...], int]:
    """`read_responses` and `read_heads` of `data`, and the most memory either held while reading."""
    warc = tmp_path / "capture.warc.gz"
    warc.write_bytes(data)
    tracemalloc.start()
    try:
        with warc.open("rb") as stream:
            responses = read_responses(stream)
        with warc.open("rb") as stream:
            heads = read_heads(stream)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return responses, heads, peak


@pytest.mark.tampers_with_evidence
def test_an_http_head_of_one_endless_header_line_is_damage_read_in_bounded_memory(tmp_path: Path) -> None:
    # 64 MB of one header line from a member of some 300 KB: warcio read the line whole (gigabytes from a
    # few MB), with only the record's length for a bound.
    endless = _response_record(b"HTTP/1.1 200 OK\r\nX-Filler: " + b"a" * (64 << 20) + b"\r\n\r\n<p>x</p>")

    responses, heads, peak = _read_both(tmp_path, _GOOD + endless)

    assert [response.body for response in responses] == [b"<p>First</p>"]  # the records before the damage
    assert [head.uri for head in heads] == ["http://news.example/a"]
    assert peak < 8 * MAX_HEAD_BYTES


@pytest.mark.tampers_with_evidence
def test_an_http_head_of_millions_of_short_header_lines_is_damage_read_in_bounded_memory(
    tmp_path: Path,
) -> None:
    # warcio kept every line: 4 million headers of 5 bytes held some 600 MB and took a minute.
    many = _response_record(b"HTTP/1.1 200 OK\r\n" + b"a:b\r\n" * 4_000_000 + b"\r\n<p>x</p>")

    responses, heads, peak = _read_both(tmp_path, _GOOD + many)

    assert [response.body for response in responses] == [b"<p>First</p>"]
    assert [head.uri for head in heads] == ["http://news.example/a"]
    assert peak < 8 * MAX_HEAD_BYTES


@pytest.mark.tampers_with_evidence
def test_an_http_head_of_thousands_of_continuation_lines_is_damage(tmp_path: Path) -> None:
    # warcio joins each continuation line to the value before it, copying the value each time: 250,000 lines
    # of 4 bytes (1 MB) took 16 seconds, and 50 million ones hours.
    folded = _response_record(b"HTTP/1.1 200 OK\r\nX-Folded: a\r\n" + b" b\r\n" * 20_000 + b"\r\n<p>x</p>")

    responses, heads, _ = _read_both(tmp_path, _GOOD + folded)

    assert [response.body for response in responses] == [b"<p>First</p>"]
    assert [head.uri for head in heads] == ["http://news.example/a"]


def test_a_large_real_http_head_and_a_chunked_body_of_many_chunks_are_read_whole(tmp_path: Path) -> None:
    # What a server may send: 100 headers (a common server's most), a folded one, a 64 KB cookie; a body sent
    # in 100,000 chunks, whose size lines come after the head and are no part of its bounds.
    headers = b"".join(b"X-Header-%d: value\r\n" % number for number in range(97))
    cookie = b"Set-Cookie: session=" + b"c" * 65_000 + b"\r\n"
    chunks = b"1\r\nx\r\n" * 100_000 + b"0\r\n\r\n"
    head = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
    block = head + headers + b"X-Folded: a\r\n b\r\n" + cookie + b"\r\n" + chunks

    responses, heads, _ = _read_both(tmp_path, _GOOD + _response_record(block))

    assert [response.body for response in responses] == [b"<p>First</p>", b"x" * 100_000]
    assert len(responses[1].headers) == 101
    assert responses[1].header("X-Folded") == "a b"
    assert heads[1].http_header("Set-Cookie") == "session=" + "c" * 65_000


@pytest.mark.tampers_with_evidence
def test_the_http_heads_of_a_file_together_are_bounded_where_every_head_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each head within its own bounds (1 MB, 1,000 lines), but read_heads keeps them all: 10,000 of them,
    # from a file of 31 MB, held 12 GB. Here 20 heads of 1 MB against a bound of 4 MB for the file.
    monkeypatch.setattr(reader, "MAX_HEADS_BYTES", 4 << 20)
    block = b"HTTP/1.1 200 OK\r\n" + (b"X-Pad: " + b"a" * 990 + b"\r\n") * 990 + b"\r\n<p>x</p>"
    records = b"".join(_response_record(block, f"http://news.example/{number}") for number in range(20))

    responses, heads, peak = _read_both(tmp_path, _GOOD + records)

    assert [head.uri for head in heads][:1] == ["http://news.example/a"]
    assert 1 < len(heads) < 6 and len(responses) < 6  # the records before the bound, not the 21
    assert peak < 64 << 20


def test_a_real_capture_with_many_side_requests_has_all_its_heads_read(tmp_path: Path) -> None:
    block = (
        b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-Header-%d: value\r\n" % n for n in range(60)) + b"\r\n<p>x</p>"
    )
    records = b"".join(_response_record(block, f"http://news.example/{number}") for number in range(300))

    responses, heads, _ = _read_both(tmp_path, _GOOD + records)

    assert len(heads) == len(responses) == 301


@pytest.mark.tampers_with_evidence
def test_the_bodies_a_read_keeps_are_bounded_together(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Each body within its bound (5 MB), but 1,000 of them, inflated from a file of 5 MB, held 5 GB. Here ten
    # bodies of 1 MB against a bound of 2.5 MB for all (raising=False: the bound is new).
    monkeypatch.setattr(reader, "MAX_KEPT_BODY_BYTES", 5 << 19, raising=False)
    block = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + b"a" * (1 << 20)
    records = b"".join(_response_record(block, f"http://news.example/{number}") for number in range(10))

    responses, _, _ = _read_both(tmp_path, _GOOD + records)

    assert [len(response.body) for response in responses] == [12, 1 << 20, 1 << 20]


@pytest.mark.tampers_with_evidence
def test_the_metadata_a_read_keeps_is_bounded_together(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 1,000 metadata records of 1 MB of `[[],[],…]` parse to some 19 times their size: 19 GB.
    monkeypatch.setattr(reader, "MAX_KEPT_METADATA_BYTES", 5 << 19, raising=False)
    document = b"[" + b",".join([b"[]"] * 300_000) + b"]"
    head = (
        "WARC/1.1\r\nWARC-Type: metadata\r\nWARC-Record-ID: <urn:uuid:m>\r\n"
        "WARC-Target-URI: http://news.example/a\r\nContent-Type: application/json\r\n"
        f"WARC-Block-Digest: sha256:{hashlib.sha256(document).hexdigest()}\r\n"
        f"Content-Length: {len(document)}\r\n\r\n"
    ).encode()
    warc = tmp_path / "capture.warc.gz"
    warc.write_bytes(_GOOD + gzip.compress(head + document + b"\r\n\r\n", 1) * 10)

    with warc.open("rb") as stream:
        metadata = read_metadata(stream)

    assert len(metadata) == 2


@pytest.mark.parametrize("coding", ["zstd", "gzip, br", "gzip, gzip"])
def test_a_coding_a_browser_undoes_and_this_tool_cannot_is_said_not_read_as_the_page(
    fixture_server: FixtureServer, archive_dir: Path, coding: str
) -> None:
    # warcio hands such a body out as stored and said nothing: a page labelled `zstd` (which Chromium fails
    # to decode, showing an error) was read as its bytes, and a quote in them verified the footnote.
    headers = (("Content-Type", "text/html"), ("Content-Encoding", coding))
    fixture_server.routes["/article"] = Reply(body=PAGE, headers=headers)
    with _capture(fixture_server, archive_dir, "http://news.example/article").open("rb") as stream:
        (response,) = read_responses(stream)
    assert response.body == PAGE
    assert response.undecoded == (
        f"its Content-Encoding {coding} is not one this tool decodes: the body was read as stored"
    )


def test_a_body_labelled_with_gzip_s_legacy_alias_is_decoded_as_gzip(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    # `x-gzip` is gzip's old name (RFC 9110 8.4.1.3), which browsers undo: read as stored, a quote was looked
    # for in compressed bytes.
    headers = (("Content-Type", "text/html"), ("Content-Encoding", "X-Gzip"))
    fixture_server.routes["/article"] = Reply(body=gzip.compress(PAGE), headers=headers)
    with _capture(fixture_server, archive_dir, "http://news.example/article").open("rb") as stream:
        (response,) = read_responses(stream)
    assert (response.body, response.undecoded) == (PAGE, None)


def test_a_body_its_legacy_gzip_label_does_not_fit_is_said_not_read_as_the_page_in_the_label_s_words(
    fixture_server: FixtureServer, archive_dir: Path
) -> None:
    headers = (("Content-Type", "text/html"), ("Content-Encoding", "X-Gzip"))
    fixture_server.routes["/article"] = Reply(body=PAGE, headers=headers)
    with _capture(fixture_server, archive_dir, "http://news.example/article").open("rb") as stream:
        (response,) = read_responses(stream)
    assert response.body == PAGE
    assert response.undecoded == "its Content-Encoding X-Gzip does not decode: the body was read as stored"


@pytest.mark.parametrize("coding", ["utf-8", "identity", "none", ""])
def test_a_coding_no_browser_knows_leaves_the_body_read_as_the_page(
    fixture_server: FixtureServer, archive_dir: Path, coding: str
) -> None:
    # A server's misnomer (`Content-Encoding: utf-8`): browsers ignore it and show the body as it came.
    headers = (("Content-Type", "text/html"), ("Content-Encoding", coding))
    fixture_server.routes["/article"] = Reply(body=PAGE, headers=headers)
    with _capture(fixture_server, archive_dir, "http://news.example/article").open("rb") as stream:
        (response,) = read_responses(stream)
    assert (response.body, response.undecoded) == (PAGE, None)


def test_a_capture_read_again_as_it_grows_reads_what_a_fresh_read_of_the_file_does(archive_dir: Path) -> None:
    # Follow-ups read the WARC written so far after each round, and each chooser reads it: a read takes up
    # where the one before ended, and must give what reading the whole file gives.
    warc = WarcFile(archive_dir, "so-far", dt.datetime.now(dt.UTC))
    warc.write_warcinfo(INFO, dt.datetime.now(dt.UTC))
    page_uri = "http://news.example/article"
    page_record = _exchange(warc, page_uri, [("Content-Type", "text/html")], b"<p>Raw</p>")
    with warc.read_so_far() as stream:
        (first,) = read_responses(stream)
    with warc.read_so_far() as stream:
        assert read_responses(stream) == (first,)
    _exchange(warc, "http://news.example/side.json", [("Content-Type", "application/json")], b'{"ok": 1}')
    dom = b"<html><body><p>Rendered</p></body></html>"
    made = dt.datetime.now(dt.UTC)
    warc.write_resource(attachment_uri("dom", page_uri), made, dom, "text/html; charset=utf-8", page_record)
    with warc.read_so_far() as stream:
        read_responses(stream)  # the DOM read here, before the last exchange
    _exchange(warc, "http://news.example/last", [("Content-Type", "text/plain")], b"last")
    with warc.read_so_far() as stream:
        again = read_responses(stream)
        stream.seek(0)
        heads = read_heads(stream)
    path, _ = warc.publish()
    with path.open("rb") as stream:
        fresh = read_responses(stream)
    with path.open("rb") as stream:
        assert heads == read_heads(stream)
    assert again == fresh
    assert [(r.uri, r.body, r.rendered) for r in again] == [
        (page_uri, dom, True),  # the DOM written after the first read still replaces the page's body
        ("http://news.example/side.json", b'{"ok": 1}', False),
        ("http://news.example/last", b"last", False),
    ]


def test_a_read_that_met_records_written_after_it_was_opened_is_not_taken_up_from(archive_dir: Path) -> None:
    # A record another thread (a browser's request) was writing as the file was read may have been read
    # half: nothing of such a read is kept, and the next read reads each record once, whole.
    warc = WarcFile(archive_dir, "racing", dt.datetime.now(dt.UTC))
    _exchange(warc, "http://news.example/a", [("Content-Type", "text/html")], b"<p>A</p>")
    with warc.read_so_far() as stream:
        opened_at = stream.complete  # type: ignore[attr-defined]
    _exchange(warc, "http://news.example/b", [("Content-Type", "text/html")], b"<p>B</p>")
    assert warc._temp_path is not None
    with RecordsSoFar(warc._temp_path, opened_at, warc._read_so_far) as stream:
        assert [r.uri for r in read_responses(stream)] == ["http://news.example/a", "http://news.example/b"]
    _exchange(warc, "http://news.example/c", [("Content-Type", "text/html")], b"<p>C</p>")
    with warc.read_so_far() as stream:
        assert [r.body for r in read_responses(stream)] == [b"<p>A</p>", b"<p>B</p>", b"<p>C</p>"]
    warc.discard()


def _read_quickly_and_by_warcio(path: Path) -> tuple[StoredCapture | None, StoredCapture]:
    """The file read as a capture's shape (None where it is not: the stream left at its start), and read by
    warcio's loader (from a stream that is no file, as a bundle's entry is)."""
    with path.open("rb") as stream:
        quick = reader._read_capture_quickly(stream, 5_000_000, 1000, 1_000_000, 10_000)
        assert quick is not None or stream.tell() == 0  # left at its start for warcio
    by_warcio = read_capture(io.BytesIO(path.read_bytes()))
    with path.open("rb") as stream:
        assert read_capture(stream) == by_warcio  # whichever way it was read
    return quick, by_warcio


def test_a_captures_warc_is_read_without_warcios_loader_to_what_warcio_reads(
    fixture_server: FixtureServer, archive_dir: Path, tmp_path: Path
) -> None:
    # A redirect, a gzipped page, a side request; a browser's DOM beside its page; a chunked body, a folded
    # header and a metadata record: each read to the very responses, metadata and heads warcio reads.
    fixture_server.routes.update(
        {
            "/old": redirect("/article", 301),
            "/article": Reply(
                body=gzip.compress(PAGE),
                headers=(("Content-Type", "text/html"), ("Content-Encoding", "gzip")),
            ),
            "/side.json": Reply(body=b'{"ok": true}', headers=(("Content-Type", "application/json"),)),
        }
    )
    captured = _capture(
        fixture_server, archive_dir, "http://news.example/old", "http://news.example/side.json"
    )
    rendered = WarcFile(archive_dir, "rendered", dt.datetime.now(dt.UTC))
    page = _exchange(rendered, "http://news.example/a", [("Content-Type", "text/html")], b"<div id=app>")
    dom = "<p>Рада проголосувала</p>".encode()
    dom_uri = attachment_uri("dom", "http://news.example/a")
    rendered.write_resource(dom_uri, dt.datetime.now(dt.UTC), dom, "text/html; charset=utf-8", page)
    rendered_path, _ = rendered.publish()
    chunked = tmp_path / "chunked.warc.gz"
    block = (
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Folded: a\r\n b\r\n\r\n5\r\nfirst\r\n0\r\n\r\n"
    )
    chunked.write_bytes(_GOOD + _response_record(block))

    for path in (captured, rendered_path, chunked):
        quick, by_warcio = _read_quickly_and_by_warcio(path)
        assert quick == by_warcio
    assert [(r.uri, r.status, r.body) for r in _read_quickly_and_by_warcio(captured)[1].responses] == [
        ("http://news.example/old", 301, b""),
        ("http://news.example/article", 200, PAGE),
        ("http://news.example/side.json", 200, b'{"ok": true}'),
    ]
    assert _read_quickly_and_by_warcio(captured)[1].metadata  # the capture's own metadata record
    assert _read_quickly_and_by_warcio(rendered_path)[1].responses[0].body == dom
    assert _read_quickly_and_by_warcio(chunked)[1].responses[1].body == b"first"


@pytest.mark.tampers_with_evidence
@pytest.mark.parametrize(
    "shape",
    [
        "plain",
        "two records in one member",
        "bytes after a record",
        "a length one byte short",
        "a member cut short",
        "a target URI with a space",
        "a member inflating past its bound",
        "a head ended by a bare line feed",
        "trailing bytes that are no member",
    ],
)
def test_a_file_of_another_shape_is_read_by_warcio_alike(tmp_path: Path, shape: str) -> None:
    second = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<p>Second</p>"
    member = _response_record(second, "http://news.example/b")
    plain_record = gzip.decompress(member)
    data = {
        "plain": gzip.decompress(_GOOD) + plain_record,
        "two records in one member": _GOOD + gzip.compress(plain_record + plain_record),
        "bytes after a record": _GOOD + gzip.compress(plain_record + b"junk"),
        "a length one byte short": _GOOD
        + gzip.compress(
            plain_record.replace(
                b"Content-Length: %d" % len(second), b"Content-Length: %d" % (len(second) - 1)
            )
        ),
        "a member cut short": _GOOD + member[:-9],
        "a target URI with a space": _GOOD + gzip.compress(plain_record.replace(b"/b\r\n", b"/b c\r\n")),
        "a member inflating past its bound": _GOOD
        + _response_record(b"HTTP/1.1 200 OK\r\n\r\n" + bytes(3 << 20), "http://news.example/b"),
        "a head ended by a bare line feed": _GOOD
        + gzip.compress(plain_record.replace(b"\r\n\r\n", b"\r\n\n", 1)),
        "trailing bytes that are no member": _GOOD + member + b"\0" * 20,
    }[shape]
    warc = tmp_path / "odd.warc.gz"
    warc.write_bytes(data)

    quick, by_warcio = _read_quickly_and_by_warcio(warc)

    assert quick is None
    assert by_warcio.heads[0].uri == "http://news.example/a"  # the file is read as it was, by warcio


def test_a_large_capture_file_is_read_by_warcio_without_being_read_whole_first(tmp_path: Path) -> None:
    warc = tmp_path / "large.warc.gz"
    noise = random.Random(7).randbytes(2 << 20)  # incompressible: a file of 2 MB
    warc.write_bytes(_GOOD + _response_record(b"HTTP/1.1 200 OK\r\n\r\n" + noise, "http://news.example/b"))
    with warc.open("rb") as stream:
        assert reader._read_capture_quickly(stream, 5_000_000, 1000, 1_000_000, 10_000) is None
        assert stream.tell() == 0
        assert read_capture(stream).responses[1].body == noise


# Request heads of every shape a forged file may hold: tabs, bare line feeds and carriage returns, lines of
# spaces, folded lines, letters beyond ASCII.
_REQUEST_HEADS = st.lists(
    st.sampled_from(["GET /a HTTP/1.1", "Host: news.example", "\r\n", " ", "\t", "\n", "\r", ":", "é", "x"]),
    max_size=12,
).map("".join)


@given(_REQUEST_HEADS)
def test_a_request_head_is_only_measured_where_it_would_be_parsed_and_to_the_size_parsing_takes(
    head: str,
) -> None:
    data = (head + "\r\n\r\n").encode() + b"form=1"
    parser = reader._HeadParser(ArcWarcRecordLoader.HTTP_VERBS, False)

    measured = reader._request_head_size(data, len(data), 0)

    try:
        _, size = reader._quick_head(parser, data, len(data), 0)
    except reader._NotQuick:
        assert measured is None
    else:
        assert measured in (None, size)


def test_a_captures_request_head_is_measured_without_being_parsed() -> None:
    data = b"GET /a?q=1 HTTP/1.1\r\nHost: news.example\r\nAccept: */*\r\nUser-Agent: provenance/1\r\n\r\n"
    parser = reader._HeadParser(ArcWarcRecordLoader.HTTP_VERBS, False)

    assert reader._request_head_size(data, len(data), 0) == reader._quick_head(parser, data, len(data), 0)[1]
