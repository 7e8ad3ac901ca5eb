"""One HTTP exchange under the network policy, recorded into a WARC: the unit every capture is built from.

`fetch_and_record` checks the target with the policy, dials the checked address, sends one request (no
redirect is followed), streams the answer within the limits and writes the request and response records.
The plain capture calls it once per redirect hop; the browser capture calls it for every request a page makes.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import requests

from provenance.capture.body import raw_headers, status_line, stream_body
from provenance.capture.failure import CaptureFailure
from provenance.capture.policy import parse_target, plan_dial
from provenance.capture.session import CaptureSession, prepare_request, send
from provenance.capture.tls import peer_tls
from provenance.capture.uri import request_uri
from provenance.models import TlsPeer, Truncation
from provenance.warc.writer import RequestHead, WarcFile, response_body


@dataclass(frozen=True)
class OutgoingRequest:
    """A request to send: by default a GET with the session's own headers (User-Agent, Accept, ...)."""

    url: str
    method: str = "GET"
    # Sent in this order, over the session's defaults of the same name (the browser's own headers, say).
    headers: Sequence[tuple[str, str]] = ()
    body: bytes = b""


@dataclass(frozen=True)
class Exchange:
    """One recorded HTTP exchange: what was answered, and where in the WARC it is."""

    url: str
    ip: str
    status: int
    status_line: str  # as received, e.g. `HTTP/1.1 404 Not Found`
    headers: tuple[tuple[str, str], ...]  # as received: order and duplicates kept
    location: str | None
    truncation: Truncation | None
    body_bytes: int
    response_record_id: str
    tls: TlsPeer | None = None
    certificate: bytes = b""  # the TLS leaf certificate, DER
    body: bytes | None = None  # the stored body (Content-Encoding kept), when `keep_body` asked for it

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


def _prepare(capture_session: CaptureSession, request: OutgoingRequest) -> requests.PreparedRequest:
    try:
        return prepare_request(capture_session, request.method, request.url, request.headers, request.body)
    except (requests.RequestException, ValueError) as error:
        raise CaptureFailure("url", f"{request.url!r} cannot be requested: {error}") from error


def fetch_and_record(
    capture_session: CaptureSession, request: OutgoingRequest, warc: WarcFile, keep_body: bool = False
) -> Exchange:
    """Send `request` once (no redirect followed) and record the exchange in `warc`.

    CaptureFailure (`blocked:`, `dns:`, `connect:`, ...) when nothing was exchanged, before anything is
    written. `warc` is written from the calling thread: callers that fetch in parallel serialise the calls.
    """
    options = capture_session.options
    parse_target(request.url)  # refuses other schemes before anything else reads the URL
    # The URL as given, changed only where a URI cannot hold it; this is what the WARC names, too.
    request = dataclasses.replace(request, url=request_uri(request.url))
    prepared = _prepare(capture_session, request)
    dial = plan_dial(parse_target(request.url), options)
    at = dt.datetime.now(dt.UTC)
    response = send(capture_session, prepared, dial)
    tls, certificate = peer_tls(response) or (None, b"")
    try:
        received = raw_headers(response)
        body = response_body(status_line(response), received)
        try:
            truncation = stream_body(response, body.write, options.max_bytes, options.body_deadline)
            sent = RequestHead(
                f"{prepared.method} {prepared.path_url} HTTP/1.1",
                list(prepared.headers.items()),
                _request_body(prepared),
            )
            record_id = warc.write_exchange(request.url, dial.ip, at, sent, body, truncation)
            kept = body.read_all() if keep_body else None
        finally:
            body.close()
    finally:
        response.close()
    return Exchange(
        url=request.url,
        ip=dial.ip,
        status=response.status_code,
        status_line=status_line(response),
        headers=tuple(received),
        # requests' reading: Location bytes are UTF-8, though http.client decoded them as Latin-1.
        location=capture_session.session.get_redirect_target(response),
        truncation=truncation,
        body_bytes=body.length,
        response_record_id=record_id,
        tls=tls,
        certificate=certificate,
        body=kept,
    )


def _request_body(prepared: requests.PreparedRequest) -> bytes:
    body = prepared.body
    if body is None:
        return b""
    return body if isinstance(body, bytes) else str(body).encode("utf-8")
