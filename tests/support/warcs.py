"""Checks and reads of WARC files written by tests."""

from __future__ import annotations

import contextlib
import io
import zlib
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from warcio.archiveiterator import ArchiveIterator
from warcio.checker import Checker


def check_warc(path: Path) -> None:
    """Fail unless warcio's own checker (`warcio check -v`) passes and every record carries a digest."""
    report = io.StringIO()
    with contextlib.redirect_stdout(report):
        exit_value = Checker(SimpleNamespace(inputs=[str(path)], verbose=True)).process_all()
    assert exit_value == 0, f"warcio check failed for {path}:\n{report.getvalue()}"
    assert "no digest to check" not in report.getvalue(), (
        f"a record without digest in {path}:\n{report.getvalue()}"
    )


def read_records(path: Path) -> list[dict[str, Any]]:
    """Every record as a dict: `type`, `headers` (WARC headers), `http` (status line and headers or None),
    `payload` (the stored body bytes, undecoded)."""
    records = []
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            http = record.http_headers
            records.append(
                {
                    "type": record.rec_type,
                    "headers": dict(record.rec_headers.headers),
                    "http_status_line": f"{http.protocol} {http.statusline}" if http else None,
                    "http_headers": list(http.headers) if http else None,
                    "payload": record.raw_stream.read(),
                }
            )
    return records


def gzip_bomb_member(inflated: int) -> bytes:
    """One gzip member: a WARC resource record of `inflated` zero bytes (it deflates a thousand times over),
    to put before a capture's own records."""
    head = (
        "WARC/1.1\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:bomb>\r\nWARC-Target-URI: urn:x\r\n"
        f"Content-Type: application/octet-stream\r\nContent-Length: {inflated}\r\n\r\n"
    ).encode()
    deflate = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(1 << 20)
    parts = [deflate.compress(head), *(deflate.compress(block) for _ in range(inflated >> 20))]
    return b"".join([*parts, deflate.compress(b"\r\n\r\n"), deflate.flush()])
