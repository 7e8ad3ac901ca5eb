"""Capture one URL: follow its redirects under the network policy and keep every exchange in one WARC."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from provenance.capture.exchange import Exchange, OutgoingRequest, fetch_and_record
from provenance.capture.failure import CaptureFailure
from provenance.capture.options import CaptureRequest, FollowUp, NetworkOptions, WarcInfo
from provenance.capture.session import CaptureSession, open_session
from provenance.capture.uri import request_uri
from provenance.models import Capture, CaptureOutcome, Truncation
from provenance.warc.writer import WarcFile

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


def _utc_text(moment: dt.datetime) -> str:
    """A time in the form `models.utc_now` gives."""
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass
class _Trail:
    """What following one URL through its redirects gave: the recorded hops, and why it failed if it did."""

    url: str
    hops: list[Exchange] = field(default_factory=list)
    error: str | None = None

    @property
    def truncation(self) -> Truncation | None:
        return next((hop.truncation for hop in self.hops if hop.truncation), None)

    def summary(self) -> dict[str, Any]:
        last = self.hops[-1] if self.hops else None
        return {
            "url": self.url,
            "final_url": last.url if last else None,
            "http_status": last.status if last else None,
            "ip": last.ip if last else None,
            "redirects": [hop.url for hop in self.hops],
            "truncated": self.truncation is not None,
            "truncation": self.truncation,
            "error": self.error,
            "exchanges": [hop.record() for hop in self.hops],
        }


def _follow(
    capture_session: CaptureSession,
    url: str,
    warc: WarcFile,
    keep_body: bool = False,
    follow_up: FollowUp | None = None,
) -> _Trail:
    """Fetch `url` and each redirect it leads to, every hop re-checked by the policy and recorded.

    `keep_body` keeps each hop's stored body, for a caller that reads a page to choose the next (a search).
    A `follow_up`'s headers go with the first hop; it may ask for that hop alone (no redirect followed).
    """
    trail = _Trail(url=url)
    current = url
    headers = follow_up.headers if follow_up else ()
    while True:
        try:
            request = OutgoingRequest(current, headers=headers)
            hop = fetch_and_record(capture_session, request, warc, keep_body)
        except CaptureFailure as failure:
            trail.error = str(failure)
            return trail
        trail.hops.append(hop)
        headers = ()
        if follow_up is not None and not follow_up.follow_redirects:
            return trail
        if hop.status not in _REDIRECT_STATUSES or not hop.location:
            trail.error = f"http {hop.status}" if hop.status >= 400 else None
            return trail
        max_redirects = capture_session.options.max_redirects
        if len(trail.hops) > max_redirects:
            trail.error = f"redirects: more than {max_redirects}"
            return trail
        current = urljoin(current, hop.location)


def _metadata(
    request: CaptureRequest, main: _Trail, sides: list[_Trail], started: dt.datetime, finished: dt.datetime
) -> dict[str, Any]:
    return {
        "label": request.label,
        "started_at": _utc_text(started),
        "finished_at": _utc_text(finished),
        **main.summary(),
        "side_requests": [side.summary() for side in sides],
    }


def _same_request_key(url: str) -> str:
    try:
        return request_uri(url)
    except CaptureFailure:
        return url


def _distinct_side_urls(request: CaptureRequest) -> list[str]:
    """The side URLs that ask for something the main URL (or an earlier side URL) does not: a canonical
    form that differs from the cited URL only by its fragment is the same request, made once."""
    seen = {_same_request_key(request.url)}
    distinct = []
    for url in request.side_urls:
        key = _same_request_key(url)
        if key not in seen:
            seen.add(key)
            distinct.append(url)
    return distinct


def _capture_into(
    warc: WarcFile,
    capture_session: CaptureSession,
    request: CaptureRequest,
    info: WarcInfo,
    started: dt.datetime,
) -> CaptureOutcome:
    warc.write_warcinfo(info, started)
    main = _follow(capture_session, request.url, warc)
    sides = (
        [_follow(capture_session, side_url, warc) for side_url in _distinct_side_urls(request)]
        if main.hops
        else []
    )
    sides += _follow_ups(capture_session, request, warc)
    if not main.hops and not any(side.hops for side in sides):
        return CaptureOutcome(url=request.url, error=main.error)
    finished = dt.datetime.now(dt.UTC)
    warc.write_metadata(request.url, finished, _metadata(request, main, sides, started, finished))
    path, warc_sha256 = warc.publish()
    last = main.hops[-1] if main.hops else None
    capture = Capture(
        url=request.url,
        final_url=last.url if last else request.url,
        http_status=last.status if last else None,
        warc=str(path),
        warc_sha256=warc_sha256,
        records=tuple(warc.records),
        ip=last.ip if last else None,
        started_at=_utc_text(started),
        finished_at=_utc_text(finished),
        bytes=sum(hop.body_bytes for trail in (main, *sides) for hop in trail.hops),
        truncated=main.truncation is not None,
        truncation=main.truncation,
        redirects=tuple(hop.url for hop in main.hops),
        tls=last.tls if last else None,
        error=main.error,
    )
    return CaptureOutcome(url=request.url, capture=capture, error=main.error)


def _follow_ups(capture_session: CaptureSession, request: CaptureRequest, warc: WarcFile) -> list[_Trail]:
    """The requests `request.follow_ups` chooses from the WARC so far (even when the main URL got no answer,
    since an archived copy matters most then), each followed and recorded like a side request."""
    if request.follow_ups is None:
        return []
    with warc.read_so_far() as stream:
        chosen = request.follow_ups(stream)
    return [_follow(capture_session, follow_up.url, warc, follow_up=follow_up) for follow_up in chosen]


def capture_url(
    request: CaptureRequest, archive_dir: Path, options: NetworkOptions, info: WarcInfo
) -> CaptureOutcome:
    """Fetch `request.url` (and its side URLs) into a new WARC file in `archive_dir`.

    Network and policy failures come back as `CaptureOutcome.error`, never as exceptions. When no exchange
    happened at all, no file is left behind and `capture` is None.
    """
    started = dt.datetime.now(dt.UTC)
    try:
        warc = WarcFile(archive_dir, request.name, started)
    except CaptureFailure as failure:
        return CaptureOutcome(url=request.url, error=str(failure))
    try:
        capture_session = open_session(options)
        try:
            return _capture_into(warc, capture_session, request, info, started)
        finally:
            capture_session.close()
    except CaptureFailure as failure:
        return CaptureOutcome(url=request.url, error=str(failure))
    finally:
        warc.discard()
