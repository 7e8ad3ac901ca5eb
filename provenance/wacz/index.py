"""What a replay tool needs to find things in a bundle: the CDXJ index of the WARCs and the list of pages.

The index comes from Webrecorder's own indexer (`cdxj-indexer`, the one py-wacz uses), so replay tools read it
as they read theirs: SURT keys, POST bodies appended to the key, a digest per record. Pages are the cited URLs
as the ledger records their captures: one per capture that got an answer.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from typing import BinaryIO

from cdxj_indexer.main import CDXJIndexer

from provenance.models import FootnoteLine
from provenance.wacz.package import PAGES_HEADER

# Our metadata records share the page's URL but hold our notes about the capture, not the page: a replay tool
# must not find them in place of the answer.
_REPLAYED_RECORDS = "response,revisit,resource"


def index_warc(stream: BinaryIO, name: str, digest_records: bool = True) -> list[str]:
    """The CDXJ lines (without newlines, unsorted) of one WARC, naming it `name` as the bundle holds it;
    without `digest_records`, without each record's digest (`recordDigest`), which needs a stream that
    seeks back."""
    out = io.StringIO()
    indexer = CDXJIndexer(
        out,
        [stream],
        post_append=True,
        fields="referrer",
        digest_records=digest_records,
        filename=name,
        records=_REPLAYED_RECORDS,
    )
    indexer.process_all()
    return out.getvalue().splitlines()


def pages_jsonl(footnotes: Iterable[FootnoteLine]) -> str:
    """`pages/pages.jsonl`: a header, then one page per footnote capture that has an answer to replay."""
    lines = [json.dumps(PAGES_HEADER)]
    seen: set[tuple[str, str]] = set()
    for footnote in footnotes:
        capture = footnote.capture
        if capture is None:
            continue
        # The page is the first answer's URL as the WARC names it (the URL as requested, as a valid URI).
        uri = next((r.uri for r in capture.records if r.type == "response" and r.uri), None)
        if uri is None or (uri, capture.started_at) in seen:
            continue
        seen.add((uri, capture.started_at))
        title = footnote.citation.title or footnote.citation.author or capture.url
        page = {
            "id": f"fn{footnote.label}-{footnote.seq}",
            "url": uri,
            "ts": capture.started_at,
            "title": f"[{footnote.label}] {title}",
            "footnote": footnote.label,
            "status": footnote.status,
        }
        lines.append(json.dumps(page, ensure_ascii=False))
    return "\n".join(lines) + "\n"
