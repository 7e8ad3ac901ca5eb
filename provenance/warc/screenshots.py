"""The screenshot a browser capture stored as a WARC `resource` record, read back for a view to show."""

from __future__ import annotations

import zlib
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from provenance.files import open_regular_file
from provenance.models import Capture

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# A full-page screenshot of a long page runs to a few MB; past this a view links to the WARC instead.
MAX_SCREENSHOT_BYTES = 16 * 1024 * 1024
_READ_ERRORS = (ArchiveLoadFailed, ValueError, EOFError, zlib.error, OSError)


def read_screenshot(capture: Capture, ledger_dir: Path) -> bytes | None:
    """The capture's first PNG `resource` record, or None (no browser capture, unreadable, too large)."""
    wanted = {record.id for record in capture.records if record.type == "resource"}
    if not wanted or Path(capture.warc).is_absolute():
        return None
    try:
        with open_regular_file(ledger_dir / capture.warc) as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "resource":
                    continue
                if record.rec_headers.get_header("WARC-Record-ID") not in wanted:
                    continue
                content_type = record.rec_headers.get_header("Content-Type") or ""
                if not content_type.lower().startswith("image/png"):
                    continue
                data: bytes = record.content_stream().read(MAX_SCREENSHOT_BYTES + 1)
                if len(data) > MAX_SCREENSHOT_BYTES or not data.startswith(PNG_SIGNATURE):
                    return None
                return data
    except _READ_ERRORS:
        return None
    return None
