"""Chain of custody: with what software a run was made, and every transformation between the wire and a check.

A court asks who collected the evidence, where, when, with what, and what was done to it since (Berkeley
Protocol: declared transformations). Who, where and when are on the run line; this module says with what
(`software_versions`) and what was done (`capture_transformations`). A transformation is named whether it
changed the stored bytes (chunked framing removed) or only what the checks read (gzip undone, text decoded
from its charset), and whatever the tool made itself rather than received (a screenshot, a rendered DOM).
"""

from __future__ import annotations

import contextlib
import functools
import importlib.metadata
import platform
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from provenance import __version__
from provenance.errors import InputError
from provenance.files import open_regular_file
from provenance.ledger.writer import LedgerWriter
from provenance.models import ToolInfo, Transformation, VerifyLine
from provenance.warc.reader import RecordHead, read_heads

# The libraries whose behaviour shapes what is captured, stored and checked.
_LIBRARIES = ("warcio", "requests", "urllib3", "cryptography", "rfc3161-client", "pydantic")
_MAX_RECORDS = 10_000  # far above any capture's; a bound all the same
_TEXT_TYPES = ("text/", "application/xhtml", "application/json", "application/ld+json")


def software_versions(extra: dict[str, str] | None = None) -> dict[str, str]:
    """The tool, Python and each library by version; `extra` adds what only the caller knows (Chromium)."""
    return {
        "provenance": __version__,
        "python": platform.python_version(),
        **_library_versions(),
        **(extra or {}),
    }


@functools.cache
def _library_versions() -> dict[str, str]:
    """Read once per process: each lookup parses a package's metadata file (a millisecond or two), and a run
    over thousands of reports writes a run line for each."""
    versions = {}
    for name in _LIBRARIES:
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            versions[name] = importlib.metadata.version(name)
    return versions


def capture_transformations(warc: Path) -> tuple[Transformation, ...]:
    """Every transformation applied to what the WARC at `warc` holds, read from its record headers.

    Only headers are read (bodies are skipped), so this costs little beyond decompressing the file once.
    """
    try:
        with open_regular_file(warc) as stream:
            heads = read_heads(stream, _MAX_RECORDS)
    except OSError:
        return ()  # a missing WARC is verify's to report
    return transformations_from_heads(heads)


def transformations_from_heads(heads: Iterable[RecordHead]) -> tuple[Transformation, ...]:
    """The transformations the records with these heads went through (a damaged WARC's records before the
    damage: the damage is verify's to report)."""
    return tuple(step for head in heads for step in _record_transformations(head))


def _record_transformations(head: RecordHead) -> list[Transformation]:
    uri = head.uri
    if head.rec_type == "resource":
        content_type = head.content_type or "unknown type"
        return [
            Transformation(
                step="rendering",
                uri=uri,
                stored=True,
                detail=f"made by the tool, not received from the server ({content_type})",
            )
        ]
    if head.rec_type != "response" or head.http_headers is None:
        return []
    steps = []
    original_framing = head.http_header("X-Provenance-Orig-Transfer-Encoding")
    if original_framing:
        steps.append(
            Transformation(
                step="transfer-decoding",
                uri=uri,
                stored=True,
                detail=f"Transfer-Encoding {original_framing} framing removed before storing; the header is "
                "kept renamed X-Provenance-Orig-Transfer-Encoding",
            )
        )
    coding = (head.http_header("Content-Encoding") or "").strip().lower()
    if coding and coding != "identity":
        steps.append(
            Transformation(
                step="content-decoding",
                uri=uri,
                stored=False,
                detail=f"Content-Encoding {coding}: the WARC keeps the bytes as received; whoever reads the "
                "body (the checks, a replay tool) undoes it first",
            )
        )
    content_type = head.http_header("Content-Type") or ""
    if content_type.lower().startswith(_TEXT_TYPES):
        steps.append(
            Transformation(
                step="charset-decoding",
                uri=uri,
                stored=False,
                detail="the WARC keeps the bytes; read as text, they are decoded in the charset the headers "
                "or the page declare (UTF-8 when none)",
            )
        )
    return steps


def record_verification(
    ledger: Path,
    verified_head: str | None,
    *,
    operator: str,
    host: str,
    intact: bool,
    problems: int,
    warnings: int,
    options: dict[str, Any],
) -> str:
    """Append `verify --record`'s line (who, when, what was found) to the ledger it verified; the new head.

    The line's `prev` is the head that was verified: if the ledger changed in between (a run appended), the
    record would vouch for lines nobody checked, so it is refused.
    """
    if verified_head is None:
        raise InputError(f"{ledger}: has no lines to record a verification onto")
    with LedgerWriter(ledger, verified_head) as writer:
        if writer.head != verified_head:
            raise InputError(f"{ledger}: changed while it was verified; verify it again to record the result")
        writer.add(
            VerifyLine,
            tool=ToolInfo(name="provenance", version=__version__),
            operator=operator,
            host=host,
            verdict="intact" if intact else "not intact",
            problems=problems,
            warnings=warnings,
            options=options,
        )
        return writer.head
