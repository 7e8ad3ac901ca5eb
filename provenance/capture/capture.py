"""Capture one URL: follow its redirects under the network policy and keep every exchange in one WARC."""

from __future__ import annotations

import base64
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import requests
from requests.utils import requote_uri

from provenance.capture.body import raw_headers, status_line, stream_body
from provenance.capture.failure import CaptureFailure
from provenance.capture.options import CaptureRequest, NetworkOptions, WarcInfo
from provenance.capture.policy import parse_target, plan_dial
from provenance.capture.session import CaptureSession, open_session, prepare_get, send
from provenance.capture.tls import peer_tls
from provenance.models import Capture, CaptureOutcome, TlsPeer, Truncation
from provenance.warc.writer import RequestHead, WarcFile, response_body

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})


def _utc_text(moment: dt.datetime) -> str:
    """A time in the form `models.utc_now` gives."""
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class _Hop:
    """One recorded HTTP exchange."""

    url: str
    ip: str
    status: int
    location: str | None
    truncation: Truncation | None
    body_bytes: int
    tls: TlsPeer | None = None
    certificate: bytes = b""  # the TLS leaf certificate, DER

    def record(self) -> dict[str, Any]:
        """This exchange as the metadata record keeps it, the certificate itself included for later checks."""
        return {
            "url": self.url,
            "http_status": self.status,
            "ip": self.ip,
            "tls": self.tls.model_dump() if self.tls else None,
            "certificate_der_base64": base64.b64encode(self.certificate).decode()
            if self.certificate
            else None,
        }


@dataclass
class _Trail:
    """What following one URL through its redirects gave: the recorded hops, and why it failed if it did."""

    url: str
    hops: list[_Hop] = field(default_factory=list)
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


def _prepare(capture_session: CaptureSession, url: str) -> requests.PreparedRequest:
    try:
        return prepare_get(capture_session, url)
    except (requests.RequestException, ValueError) as error:
        raise CaptureFailure("url", f"{url!r} cannot be requested: {error}") from error


def _exchange(capture_session: CaptureSession, url: str, warc: WarcFile) -> _Hop:
    """Fetch `url` once (no redirect) and record the exchange; CaptureFailure when nothing was exchanged."""
    options = capture_session.options
    parse_target(url)  # refuses other schemes before requests sees them
    prepared = _prepare(capture_session, url)
    dial = plan_dial(parse_target(prepared.url or url), options)
    at = dt.datetime.now(dt.UTC)
    response = send(capture_session, prepared, dial)
    tls, certificate = peer_tls(response) or (None, b"")
    try:
        body = response_body(status_line(response), raw_headers(response))
        try:
            truncation = stream_body(response, body.write, options.max_bytes, options.body_deadline)
            request = RequestHead(f"GET {prepared.path_url} HTTP/1.1", list(prepared.headers.items()))
            warc.write_exchange(url, dial.ip, at, request, body, truncation)
        finally:
            body.close()
    finally:
        response.close()
    return _Hop(
        url=url,
        ip=dial.ip,
        status=response.status_code,
        # requests' reading: Location bytes are UTF-8, though http.client decoded them as Latin-1.
        location=capture_session.session.get_redirect_target(response),
        truncation=truncation,
        body_bytes=body.length,
        tls=tls,
        certificate=certificate,
    )


def _follow(capture_session: CaptureSession, url: str, warc: WarcFile) -> _Trail:
    """Fetch `url` and each redirect it leads to, every hop re-checked by the policy and recorded."""
    trail = _Trail(url=url)
    current = url
    while True:
        try:
            hop = _exchange(capture_session, current, warc)
        except CaptureFailure as failure:
            trail.error = str(failure)
            return trail
        trail.hops.append(hop)
        if hop.status not in _REDIRECT_STATUSES or not hop.location:
            trail.error = f"http {hop.status}" if hop.status >= 400 else None
            return trail
        max_redirects = capture_session.options.max_redirects
        if len(trail.hops) > max_redirects:
            trail.error = f"redirects: more than {max_redirects}"
            return trail
        # Spaces and non-ASCII quoted as requests sends them, so the WARC names the URL that was fetched.
        current = requote_uri(urljoin(current, hop.location))


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


def _capture_into(
    warc: WarcFile,
    capture_session: CaptureSession,
    request: CaptureRequest,
    info: WarcInfo,
    started: dt.datetime,
) -> CaptureOutcome:
    warc.write_warcinfo(info, started)
    main = _follow(capture_session, request.url, warc)
    if not main.hops:
        return CaptureOutcome(url=request.url, error=main.error)
    sides = [_follow(capture_session, side_url, warc) for side_url in request.side_urls]
    finished = dt.datetime.now(dt.UTC)
    warc.write_metadata(request.url, finished, _metadata(request, main, sides, started, finished))
    path, warc_sha256 = warc.publish()
    last = main.hops[-1]
    capture = Capture(
        url=request.url,
        final_url=last.url,
        http_status=last.status,
        warc=str(path),
        warc_sha256=warc_sha256,
        records=tuple(warc.records),
        ip=last.ip,
        started_at=_utc_text(started),
        finished_at=_utc_text(finished),
        bytes=sum(hop.body_bytes for trail in (main, *sides) for hop in trail.hops),
        truncated=main.truncation is not None,
        truncation=main.truncation,
        redirects=tuple(hop.url for hop in main.hops),
        tls=last.tls,
        error=main.error,
    )
    return CaptureOutcome(url=request.url, capture=capture, error=main.error)


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
