"""The screenshot a browser capture stored as a WARC `resource` record, read back for a view to show.

A ledger and its WARCs are untrusted input, and a view reads them as `verify` does: each WARC file within the
bounds its capture allows (`evidence.read_limits`: its recorded size, the bytes its records may inflate to,
`MAX_RECORDS` records), and once, whatever number of footnote lines or spellings of its path name it. Read
once per line and unbounded, a 1 MB gzip bomb named by a thousand lines was a thousand gigabytes to inflate.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from pathlib import Path

from provenance.files import open_regular_file
from provenance.hashing import CHUNK_SIZE
from provenance.models import Attachment, Capture
from provenance.warc.evidence import read_limits
from provenance.warc.reader import WARC_READ_ERRORS, ReadLimits, archive_records

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# A full-page screenshot of a long page runs to a few MB; past this a view links to the WARC instead.
MAX_SCREENSHOT_BYTES = 16 * 1024 * 1024


def read_screenshot(capture: Capture, ledger_dir: Path) -> bytes | None:
    """The capture's screenshot attachment, or None: none made, unreadable, too large, or not the bytes the
    ledger recorded (a view shows only what the record vouches for)."""
    return read_screenshots({"": capture}, ledger_dir).get("")


def read_screenshots(captures: Mapping[str, Capture], ledger_dir: Path) -> dict[str, bytes]:
    """`read_screenshot` of each capture, by its key; those with none left out. Each WARC file is read once
    for all the screenshots wanted from it, within the bounds of the capture that allows the most."""
    files: dict[tuple[int, int], tuple[Path, ReadLimits, dict[str, list[tuple[str, Attachment]]]]] = {}
    for key, capture in captures.items():
        shot = _screenshot_attachment(capture)
        if shot is None:
            continue
        path = ledger_dir / capture.warc
        try:
            status = os.stat(path)
        except (OSError, ValueError):  # missing, or a path with a NUL in it
            continue
        limits = read_limits(capture, status.st_size)
        identity = (status.st_dev, status.st_ino)
        known_path, known_limits, wanted = files.get(identity, (path, limits, {}))
        if limits.content_bytes > known_limits.content_bytes:
            known_path, known_limits = path, limits
        wanted.setdefault(shot.record_id, []).append((key, shot))
        files[identity] = (known_path, known_limits, wanted)
    found: dict[str, bytes] = {}
    for path, limits, wanted in files.values():
        for record_id, data in _read_records(path, limits, wanted.keys()).items():
            for key, shot in wanted[record_id]:
                if hashlib.sha256(data).hexdigest() == shot.sha256 and data.startswith(PNG_SIGNATURE):
                    found[key] = data
    return found


def _screenshot_attachment(capture: Capture) -> Attachment | None:
    shot = next((a for a in capture.attachments if a.kind == "screenshot"), None)
    if shot is None or shot.bytes > MAX_SCREENSHOT_BYTES or Path(capture.warc).is_absolute():
        return None
    return shot


def _read_records(path: Path, limits: ReadLimits, wanted: Iterable[str]) -> dict[str, bytes]:
    """The first bytes (up to `MAX_SCREENSHOT_BYTES` and one more) of each record in `wanted`, reading the
    file no further than `limits` allow: what was found before a limit is kept."""
    left = set(wanted)
    found: dict[str, bytes] = {}
    budget = limits.content_bytes
    try:
        with open_regular_file(path, limits.file_bytes) as stream:
            for count, record in enumerate(archive_records(stream, no_record_parse=True)):
                if count >= limits.records or not left:
                    break
                content = record.content_stream()
                record_id = record.rec_headers.get_header("WARC-Record-ID")
                if record_id in left:
                    left.discard(record_id)
                    data: bytes = content.read(MAX_SCREENSHOT_BYTES + 1)
                    budget -= len(data)
                    found[record_id] = data
                # What is left of the record is inflated to reach the next one: it counts too.
                while budget >= 0 and (chunk := content.read(min(CHUNK_SIZE, budget + 1))):
                    budget -= len(chunk)
                if budget < 0:
                    break
    except WARC_READ_ERRORS:
        pass
    return found
