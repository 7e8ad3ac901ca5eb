"""Checks and reads of WARC files written by tests."""

from __future__ import annotations

import contextlib
import io
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
