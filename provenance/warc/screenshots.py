"""The screenshot a browser capture stored as a WARC `resource` record, read back for a view to show."""

from __future__ import annotations

import hashlib
from pathlib import Path

from provenance.files import open_regular_file
from provenance.models import Capture
from provenance.warc.reader import WARC_READ_ERRORS, archive_records

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# A full-page screenshot of a long page runs to a few MB; past this a view links to the WARC instead.
MAX_SCREENSHOT_BYTES = 16 * 1024 * 1024


def read_screenshot(capture: Capture, ledger_dir: Path) -> bytes | None:
    """The capture's screenshot attachment, or None: none made, unreadable, too large, or not the bytes the
    ledger recorded (a view shows only what the record vouches for)."""
    shot = next((a for a in capture.attachments if a.kind == "screenshot"), None)
    if shot is None or shot.bytes > MAX_SCREENSHOT_BYTES or Path(capture.warc).is_absolute():
        return None
    try:
        with open_regular_file(ledger_dir / capture.warc) as stream:
            for record in archive_records(stream):
                if record.rec_headers.get_header("WARC-Record-ID") != shot.record_id:
                    continue
                data: bytes = record.content_stream().read(MAX_SCREENSHOT_BYTES + 1)
                if hashlib.sha256(data).hexdigest() != shot.sha256 or not data.startswith(PNG_SIGNATURE):
                    return None
                return data
    except WARC_READ_ERRORS:
        return None
    return None
