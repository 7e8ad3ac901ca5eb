"""The Wayback Machine's CDX API: which archived copies of an account's URLs exist, as query URLs and rows.

For X/Twitter the status ids of a date window are known in advance (an id is a snowflake: its high bits are
the time), so the listing asks only for the id prefixes that window can hold instead of every status the
account ever posted. Pure: builds URLs and reads answers, no I/O.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass
from urllib.parse import urlencode

from provenance.citations.platforms import snowflake_time

CDX_ENDPOINT = "https://web.archive.org/cdx/search/cdx"
WAYBACK = "https://web.archive.org/web"
_TWITTER_EPOCH_MS = 1288834974657
# Ids below this were given in sequence before November 2010 (about 30 billion of them) and carry no time:
# read as snowflakes, every one fell in the first 24 seconds after the epoch, a window on 4 November 2010
# held the account's tweets of 2006-2010, and listing them took empty prefixes (every status, once a length).
FIRST_SNOWFLAKE_ID = 10**11
_MAX_PREFIXES = 4
MAX_ROWS = 5000
# What an answer of MAX_ROWS rows can take (about 250 bytes a row, 1,000 for long URLs). Parsed whole, a
# crafted answer of 48 MB of empty rows (`[],[],…`) took 1.2 GB and 9 s before any row was looked at.
MAX_CDX_BYTES = 5_000_000


@dataclass(frozen=True)
class CdxRow:
    """One archived copy: when it was archived (`timestamp`, 14 digits), of which URL, with what status."""

    timestamp: str
    original: str
    status: str | None
    mimetype: str | None

    @property
    def memento_url(self) -> str:
        """The archived bytes as first captured, without the Wayback banner (`id_`)."""
        return f"{WAYBACK}/{self.timestamp}id_/{self.original}"


class CdxAnswerError(ValueError):
    """A CDX answer that is not the JSON array of rows the API gives."""


def cdx_query_url(url_pattern: str, start: dt.date | None = None, end: dt.date | None = None) -> str:
    """A listing of archived copies whose URL starts with `url_pattern` (ending in `*`), one row per URL."""
    params = {"url": url_pattern, "output": "json", "collapse": "urlkey", "limit": str(MAX_ROWS)}
    if start is not None:
        params["from"] = start.strftime("%Y%m%d")
    if end is not None:
        params["to"] = end.strftime("%Y%m%d")
    return f"{CDX_ENDPOINT}?{urlencode(params, safe='*/:')}"


def parse_cdx(data: bytes) -> list[CdxRow]:
    """The rows of a CDX JSON answer (`[[header...], [row...], ...]`); an empty answer is no rows."""
    if len(data) > MAX_CDX_BYTES:
        raise CdxAnswerError(
            f"{len(data):,} bytes, more than a listing of {MAX_ROWS:,} rows takes "
            f"({MAX_CDX_BYTES:,}); not read"
        )
    if not data.strip():
        return []
    try:
        document = json.loads(data)
    except (ValueError, RecursionError) as error:  # not UTF-8, not JSON, too deep, a number too long
        raise CdxAnswerError(f"not JSON: {str(error)[:120]}") from None
    if not isinstance(document, list) or not document:
        return []
    header = document[0]
    if not isinstance(header, list) or not all(isinstance(name, str) for name in header):
        raise CdxAnswerError("the first row is not a header of column names")
    if "timestamp" not in header or "original" not in header:
        raise CdxAnswerError("the header has no timestamp or original column")
    rows = []
    for raw in document[1 : MAX_ROWS + 1]:
        if not isinstance(raw, list) or len(raw) != len(header) or not all(isinstance(v, str) for v in raw):
            raise CdxAnswerError("a row does not match the header")
        row = dict(zip(header, raw, strict=True))
        rows.append(
            CdxRow(
                timestamp=row["timestamp"],
                original=row["original"],
                status=row.get("statuscode"),
                mimetype=row.get("mimetype"),
            )
        )
    return rows


def snowflake_floor(moment: dt.datetime) -> int:
    """The smallest X/Twitter status id that can have been created at `moment` or later."""
    ms = int(moment.timestamp() * 1000) - _TWITTER_EPOCH_MS
    return max(ms, 0) << 22


def id_prefixes(low: int, high: int, most: int = _MAX_PREFIXES) -> list[str]:
    """Decimal prefixes whose ids together cover [low, high] (and little more), at most `most` of them.

    Ids of one length share leading digits over a short span of time, so a few prefixes list one window.
    """
    if low > high:
        return []
    prefixes: list[str] = []
    # Split where the number of digits changes, so every prefix is of ids of one length.
    length_low = len(str(low))
    while len(str(high)) > length_low:
        prefixes += id_prefixes(low, 10**length_low - 1, most)
        low, length_low = 10**length_low, length_low + 1
    digits = len(str(high))
    for keep in range(digits, 0, -1):
        scale = 10 ** (digits - keep)
        first, last = low // scale, high // scale
        if last - first + 1 <= most:
            return prefixes + [str(value) for value in range(first, last + 1)]
    return [*prefixes, ""]


def status_id_prefixes(start: dt.datetime, end: dt.datetime) -> list[str]:
    """Id prefixes of the X/Twitter statuses created in [start, end) (snowflakes only: see
    FIRST_SNOWFLAKE_ID); the one empty prefix, of every status, when no few prefixes cover the window."""
    prefixes = id_prefixes(max(snowflake_floor(start), FIRST_SNOWFLAKE_ID), snowflake_floor(end) - 1)
    return [""] if "" in prefixes else prefixes


def status_time(post_id: str) -> dt.datetime | None:
    """When the status `post_id` was created, from its snowflake; None for an id that is no snowflake (given
    in sequence before November 2010, longer than 64 bits, or not a number)."""
    if not post_id.isascii() or not post_id.isdigit() or int(post_id[:21]) < FIRST_SNOWFLAKE_ID:
        return None
    return snowflake_time(post_id)
