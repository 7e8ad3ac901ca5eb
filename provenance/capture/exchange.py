"""One HTTP exchange under the network policy, recorded into a WARC: the unit every capture is built from.

`fetch_and_record` checks the target with the policy, dials the checked address, sends one request (no
redirect is followed), streams the answer within the limits and writes the request and response records.
The plain capture calls it once per redirect hop; the browser capture calls it for every request a page makes.
"""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import datetime as dt
import logging
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import requests

from provenance.capture.body import dechunked, raw_headers, status_line, stream_body
from provenance.capture.diagnosis import certificate_refused
from provenance.capture.failure import CaptureFailure
from provenance.capture.guard import HopGuard
from provenance.capture.options import NetworkOptions
from provenance.capture.pinning import ssl_context_for
from provenance.capture.policy import Dial, parse_target, plan_dial
from provenance.capture.proxy import Proxy
from provenance.capture.retry import (
    MAX_RETRY_AFTER,
    RETRY_FAILURES,
    RETRY_STATUSES,
    UNSAID_429_PAUSE,
    GivenUp,
    HostStanding,
    asked_wait_seconds,
    sleep_unless_cancelled,
)
from provenance.capture.rush import do_left_work, waiting
from provenance.capture.session import CaptureSession, prepare_request, send
from provenance.capture.tls import certificate_record, chain_record, presented_certificates
from provenance.capture.uri import host_key_of, request_uri
from provenance.warc.writer import RequestHead, RequestRecord, WarcFile, response_body

if TYPE_CHECKING:
    from provenance.models import TlsPeer, Truncation

log = logging.getLogger(__name__)


@dataclass(frozen=True, repr=False, eq=False)
class OutgoingRequest:
    """A request to send: by default a GET with the session's own headers (User-Agent, Accept, ...)."""

    url: str
    method: str = "GET"
    # Sent in this order, over the session's defaults of the same name (the browser's own headers, say).
    headers: Sequence[tuple[str, str]] = ()
    body: bytes = b""
    # A side document or an archive lookup, not the cited URL: not sent to a host that gave no answer to
    # the run's last attempts or asked for a pause (`retry.HostStanding`), which fails it as `skipped:`.
    optional: bool = False
    # The body's own cap, below the run's `--max-bytes` (`FollowUp.max_bytes`); None: the run's.
    max_bytes: int | None = None


@dataclass(frozen=True, repr=False, eq=False)
class Exchange:
    """One recorded HTTP exchange: what was answered, and where in the WARC it is."""

    url: str
    ip: str | None  # the address connected to; None through a proxy (it chose the origin's address)
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
    head_cut: bool = False  # the server closed the connection inside the status line or headers
    local_ip: str | None = None  # the local address the connection came from
    proxy: str | None = None  # the proxy the exchange went through (URL without credentials)
    proxy_ip: str | None = None  # the proxy's address, which is what was connected to
    at: dt.datetime | None = None  # when the request began (the records' WARC-Date)

    def record(self) -> dict[str, Any]:
        """This exchange as the metadata record keeps it, the certificate itself included for later checks."""
        return {
            "url": self.url,
            "http_status": self.status,
            "ip": self.ip,
            "proxy": self.proxy,
            "proxy_ip": self.proxy_ip,
            "local_ip": self.local_ip,
            "tls": self.tls.model_dump() if self.tls else None,
            "certificate_der_base64": base64.b64encode(self.certificate).decode()
            if self.certificate
            else None,
        }


@dataclass(frozen=True, repr=False, eq=False)
class FailedAttempt:
    """A request that got no answer: what was (or would have been) sent, and how far it got."""

    url: str
    at: dt.datetime  # when the attempt began
    failed_at: dt.datetime
    request: RequestHead  # as sent when `sent`, else as it would have been sent
    sent: bool
    connected_to: str | None  # the address a connection was made to, if one was
    dialled: str | None  # where the connection was to go (`ip:port`), once a name was resolved
    error: str
    proxy: str | None = None  # the proxy it went through; then `connected_to` is the proxy's address
    # The leaf certificate (DER) a server presented when the TLS check refused it (`tls`), and the
    # certificates it sent after the leaf, in order (its intermediates: who vouched for it).
    presented_certificate: bytes = b""
    presented_chain: tuple[bytes, ...] = ()
    # The TLS session made before the attempt failed (a trusted server that then gave no answer in time, or
    # hung up), and its leaf certificate (DER): who it was that did not answer.
    tls: TlsPeer | None = None
    certificate: bytes = b""

    @property
    def origin_ip(self) -> str | None:
        """The origin's address, when a connection was made to it (never through a proxy)."""
        return None if self.proxy else self.connected_to

    def record(self) -> dict[str, Any]:
        """This attempt as the metadata record keeps it."""
        return {
            "url": self.url,
            "at": utc_text(self.at),
            "failed_at": utc_text(self.failed_at),
            "error": self.error,
            "request_sent": self.sent,
            "connected_to": self.connected_to,
            "dialled": self.dialled,
            "proxy": self.proxy,
            "presented_certificate": certificate_record(self.presented_certificate)
            if self.presented_certificate
            else None,
            "presented_chain": chain_record(self.presented_chain) if self.presented_certificate else None,
            "tls": self.tls.model_dump() if self.tls else None,
            "certificate_der_base64": (
                base64.b64encode(self.certificate).decode() if self.certificate else None
            ),
        }


class AttemptFailed(CaptureFailure):
    """A CaptureFailure after the network was tried (no name, no connection, no TLS, no answer in time):
    it carries the attempt, so the caller can keep it as evidence (`record_failed_attempt`)."""

    def __init__(self, failure: CaptureFailure, attempt: FailedAttempt) -> None:
        super().__init__(failure.kind, failure.why)
        self.attempt = attempt
        # Why the attempt waited less than `--timeout`: its host was silent to the run's last attempts.
        self.silent: GivenUp | None = None


_REDACTED = "[redacted]"


def utc_text(moment: dt.datetime) -> str:
    """A time in the form `models.utc_now` gives."""
    return moment.astimezone(dt.UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _prepare(capture_session: CaptureSession, request: OutgoingRequest) -> requests.PreparedRequest:
    try:
        return prepare_request(capture_session, request.method, request.url, request.headers, request.body)
    except (requests.RequestException, ValueError) as error:
        raise CaptureFailure("url", f"{request.url!r} cannot be requested: {error}") from error


def _request_body(prepared: requests.PreparedRequest) -> bytes:
    body = prepared.body
    if body is None:
        return b""
    return body if isinstance(body, bytes) else str(body).encode("utf-8")


def _sent_request(prepared: requests.PreparedRequest, guard: HopGuard) -> RequestHead:
    """The request as it went on the wire, or, when it never went, as it would have gone; a proxy's
    credentials (sent to a forwarding proxy) are never kept."""
    body = _request_body(prepared)
    if guard.wire.request_head is not None:
        sent = RequestHead.from_wire(guard.wire.request_head, body)
    else:
        sent = RequestHead(
            f"{prepared.method} {prepared.path_url} HTTP/1.1", list(prepared.headers.items()), body
        )
    headers = [
        (name, _REDACTED if name.lower() == "proxy-authorization" else value) for name, value in sent.headers
    ]
    return RequestHead(sent.line, headers, sent.body)


def _failed(
    failure: CaptureFailure,
    url: str,
    at: dt.datetime,
    prepared: requests.PreparedRequest,
    guard: HopGuard,
    dial: Dial | None,
    proxy: Proxy | None,
    presented: tuple[bytes, ...] = (),
) -> AttemptFailed:
    attempt = FailedAttempt(
        url=url,
        at=at,
        failed_at=dt.datetime.now(dt.UTC),
        request=_sent_request(prepared, guard),
        sent=guard.wire.request_head is not None,
        connected_to=guard.wire.connected_to,
        dialled=str(dial) if dial else None,
        error=str(failure),
        proxy=proxy.url if proxy else None,
        presented_certificate=presented[0] if presented else b"",
        presented_chain=presented[1:],
        tls=guard.wire.tls[0] if guard.wire.tls else None,
        certificate=guard.wire.tls[1] if guard.wire.tls else b"",
    )
    return AttemptFailed(failure, attempt)


def _refused_certificates(
    capture_session: CaptureSession, failure: CaptureFailure, dial: Dial | None, url: str, guard: HopGuard
) -> tuple[bytes, ...]:
    """The certificates the server presented (leaf first), when the TLS check refused them (see `tls`); ()
    otherwise, and through a proxy (the tunnel is the proxy's to open, and its CONNECT is not sent twice)."""
    if failure.kind != "tls" or dial is None or dial.proxy is not None or not certificate_refused(failure):
        return ()
    server_name = urlsplit(url).hostname or ""
    return presented_certificates(
        dial.ip, dial.port, server_name, capture_session.request_timeout(), guard.watch
    )


def record_failed_attempt(warc: WarcFile, attempt: FailedAttempt) -> str:
    """Keep a failed attempt in `warc` as its request record (the metadata record says why it failed)."""
    return warc.write_request(attempt.url, attempt.origin_ip, attempt.at, attempt.request)


def _body_cap(request: OutgoingRequest, run_cap: int) -> int:
    """The most bytes of the answer's body to keep: the request's own cap where it has one below the run's."""
    return run_cap if request.max_bytes is None else min(request.max_bytes, run_cap)


def _cut_head_body(response: requests.Response) -> bool:
    original = response.raw._original_response
    return bool(getattr(original, "head_cut", False))


def location_bytes_as_url(value: str) -> str:
    """A `Location` value whose bytes are not UTF-8 (http.client decoded them as Latin-1), as a URL: each
    non-ASCII byte percent-encoded as it is (`\xfc` is `%FC`), so the hop asks for the bytes the server
    named. Re-encoding the Latin-1 text as UTF-8 would ask for other bytes (`%C3%BC`)."""
    return "".join(char if char < "\x80" else f"%{ord(char):02X}" for char in value)


def _redirect_target(response: requests.Response, received: Sequence[tuple[str, str]]) -> str | None:
    """requests' reading of a redirect's `Location`: its bytes as UTF-8, though http.client decoded them as
    Latin-1. Bytes that are not UTF-8 (`/caf\xe9`, a Latin-1 server's) made requests raise, and the
    whole run ended in an internal error; they are named byte for byte instead (`location_bytes_as_url`).
    The first `Location` when there are several: requests joined them (`/one, /one`), an address the server
    never named (`capture` follows none of two that differ)."""
    if not response.is_redirect:
        return None
    value = next((value for name, value in received if name.lower() == "location"), None)
    if value is None:
        return None
    try:
        return value.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return location_bytes_as_url(value)


def fetch_and_record(
    capture_session: CaptureSession, request: OutgoingRequest, warc: WarcFile, keep_body: bool = False
) -> Exchange:
    """Send `request` once (no redirect followed) and record the exchange in `warc`.

    CaptureFailure when nothing was exchanged, before anything is written: `blocked:` or `url:` when no
    attempt was made, an `AttemptFailed` (`dns:`, `connect:`, `tls:`, `timeout:`, `disconnect:`, `answer:`)
    when the network was tried.
    `ArchiveWriteError` when the evidence could not be written here; `Cancelled` when the run was.
    Several threads may fetch into one `warc` at once.
    """
    options = capture_session.options
    target = parse_target(request.url)  # refuses other schemes before anything else reads the URL
    if target.scheme == "https":
        ssl_context_for(options)  # a CA bundle that cannot be loaded stops the hop before any traffic
    # The URL as given, changed only where a URI cannot hold it; this is what the WARC names, too.
    request = dataclasses.replace(request, url=request_uri(request.url))
    prepared = _prepare(capture_session, request)
    options.cancellation.check()
    capture_session.check_budget(f"before requesting {request.url}")
    # The slot first, then the turn: a request that waited for a slot must not start together with the one
    # whose turn came after its own (`--host-interval`).
    host = host_key_of(request.url)
    with _slot_after_pauses(capture_session, request, host):
        # Judged once the slot is held: a wait for it can outlast the host's last chance.
        silent = None
        if request.optional:
            _settle(capture_session, host)
            _skip_if_held_back(host, options.standing)
        elif (silent := _silent_beyond_its_wait(host, options)) is not None:
            capture_session = capture_session.waiting_at_most(options.standing.silent_timeout)
        capture_session.wait_for_turn(request.url)
        # The waits for a slot and a turn may have used up what was left of the budget.
        capture_session.check_budget(f"waiting for a free slot or its turn at {host}")
        # Counted before the slot goes: a request waiting for it must see this attempt's outcome.
        try:
            exchange = _exchange(capture_session, request, prepared, warc, keep_body)
        except AttemptFailed as failure:
            if failure.kind in RETRY_FAILURES:  # no answer at all (a TLS or DNS failure is one of sorts)
                options.standing.not_answered(host, failure.attempt.at, failure.attempt.failed_at)
            failure.silent = silent
            raise
        _note_answer(options.standing, host, exchange)
        return exchange


# How many times a cited URL waits out a pause its host asked for, each time one began while it waited.
_PAUSE_TURNS = 3


@contextlib.contextmanager
def _slot_after_pauses(
    capture_session: CaptureSession, request: OutgoingRequest, host: str
) -> Iterator[None]:
    """A slot of `host` for `request`, held for the block. A cited URL first waits out a pause its host
    asked for (`_pause_left`), and lets the slot go again to wait out one that began while it queued."""
    for turn in range(_PAUSE_TURNS):
        if not request.optional:
            _wait_out_pause(capture_session, host, _pause_left(capture_session, host))
        with capture_session.slot(request.url):
            if request.optional or turn == _PAUSE_TURNS - 1 or not _pause_left(capture_session, host):
                yield
                return


def _pause_left(capture_session: CaptureSession, host: str) -> float:
    """Seconds a cited URL waits before it is sent to `host`: what is left of a pause the host asked for
    (`Retry-After`, a rate-limit reset), when it is no longer than a retry would wait and the budget holds
    it and a request after it; else 0, and the URL is asked at once (its answer is its evidence). Sent into
    the pause, it would only be answered `429` and wait as long to be asked again."""
    now = dt.datetime.now(dt.UTC).timestamp()
    pause = capture_session.options.standing.paused(host, now)
    if pause is None or not pause.asked:
        return 0.0
    left = pause.until - now
    budget = capture_session.budget
    least = min(capture_session.options.timeout, _LEAST_AFTER_A_PAUSE)
    if left > MAX_RETRY_AFTER or (budget is not None and left + least > budget.left()):
        return 0.0
    return left


# The least time a cited URL keeps for its request after waiting out a pause (`--timeout` when shorter): a
# pause that ends later in its budget than this leaves no request at all, so it is sent at once instead.
_LEAST_AFTER_A_PAUSE = 1.0


def _wait_out_pause(capture_session: CaptureSession, host: str, seconds: float) -> None:
    if seconds > 0:
        log.info("%s asked for a pause: the cited URL waits %.1fs first", host, seconds)
        sleep_unless_cancelled(seconds, capture_session.options.cancellation)


def _silent_beyond_its_wait(host: str, options: NetworkOptions) -> GivenUp | None:
    """Why a cited URL on `host` waits less than `--timeout` (`HostStanding.silent_timeout`): the host gave
    no answer to the run's last attempts. None when it waits as long as any request."""
    if options.timeout <= options.standing.silent_timeout:
        return None
    return options.standing.given_up(host)


def _settle(capture_session: CaptureSession, host: str) -> None:
    """Wait, within the budget, for the outcome of the attempts that went out with one that just failed
    without an answer (`HostStanding.settling`)."""
    options = capture_session.options
    seconds = options.standing.settling(host, dt.datetime.now(dt.UTC).timestamp())
    if seconds > 0:
        sleep_unless_cancelled(capture_session.cap(seconds), options.cancellation)


def _skip_if_held_back(host: str, standing: HostStanding) -> None:
    """Fail an optional request to a host that gave no answer to the run's last attempts, or asked for a
    pause that is not over (nothing is sent)."""
    held_back = standing.holding_back(host, dt.datetime.now(dt.UTC).timestamp())
    if held_back is not None:
        raise CaptureFailure("skipped", str(held_back))


def _note_answer(standing: HostStanding, host: str, exchange: Exchange) -> None:
    """An answer starts the host's count of unanswered attempts again; a `429` or 5xx that asks for a wait
    (`asked_wait_seconds`), and any `429`, also hold its optional requests back for a while. An answer that
    is neither, to a request sent since, ends a pause the host did not ask for (after a `429` that said
    nothing)."""
    standing.answered(host)
    now = dt.datetime.now(dt.UTC)
    if exchange.status not in RETRY_STATUSES and not exchange.head_cut:
        sent = exchange.at or now
        standing.lift_unsaid_pause(host, sent.timestamp(), now.timestamp())
    if exchange.status in RETRY_STATUSES and not exchange.head_cut:
        seconds = asked_wait_seconds(exchange.status, exchange.headers, now)
        if seconds is not None:
            standing.pause(host, exchange.status, seconds, now.timestamp())
        elif exchange.status == 429:
            standing.pause(host, exchange.status, UNSAID_429_PAUSE, now.timestamp(), asked=False)


def _exchange(
    capture_session: CaptureSession,
    request: OutgoingRequest,
    prepared: requests.PreparedRequest,
    warc: WarcFile,
    keep_body: bool,
) -> Exchange:
    """The exchange of `fetch_and_record`, once its turn and its slot at the host have come."""
    options = capture_session.options
    at = dt.datetime.now(dt.UTC)
    head_limit = capture_session.head_deadline()
    with HopGuard(head_limit, options.cancellation) as guard:
        dial: Dial | None = None
        made: list[tuple[bytes, RequestRecord]] = []  # the request record, and the head it was made of

        def while_waiting() -> None:
            try:
                make_request_record()
            finally:
                do_left_work()  # what this worker's last capture left (`capture.rush`): done while this waits

        def make_request_record() -> None:
            # The capture's file, and this request's record, are made while the answer is awaited: not
            # before the request goes out, nor between the answer and the worker's next request.
            warc.open_now()
            head = guard.wire.request_head
            if dial is None or head is None:
                return
            ip = None if dial.proxy else dial.ip
            try:
                record = warc.request_record(request.url, ip, at, _sent_request(prepared, guard))
            except Exception:
                # It must not raise inside the request's sending (`HopGuard.while_waiting`): the record is
                # then made as the answer is written, where a failure shows as it always did.
                return
            if record is not None:
                made.append((head, record))

        guard.while_waiting = while_waiting
        try:
            dial = plan_dial(parse_target(request.url), options, timeout=capture_session.request_timeout())
            with waiting():  # on the network until the answer's head is in (`capture.rush`)
                response = send(capture_session, prepared, dial, guard)
        except CaptureFailure as failure:
            if failure.kind in ("blocked", "url"):
                raise
            presented = _refused_certificates(capture_session, failure, dial, request.url, guard)
            raise _failed(
                failure, request.url, at, prepared, guard, dial, options.proxy_endpoint, presented
            ) from failure
        try:
            received = raw_headers(response)
            body = response_body(status_line(response), received, dechunked=dechunked(response))
            try:
                head_cut = _cut_head_body(response)
                body_limit = capture_session.cap(options.body_deadline)
                guard.cut_body_at(body_limit)
                truncation = (
                    "disconnect"
                    if head_cut
                    else stream_body(response, body.write, _body_cap(request, options.max_bytes), body_limit)
                )
                if not guard.body_read() and truncation != "length":
                    truncation = "time"  # the deadline cut a read that no check between reads could end
                options.cancellation.check()
                # The record made while the answer was awaited, if it was made of the head that went out.
                made_ahead = made[0][1] if made and made[0][0] is guard.wire.request_head else None
                sent = made_ahead.request if made_ahead else _sent_request(prepared, guard)
                # Through a proxy the origin's address was never known here: WARC-IP-Address is left out.
                origin_ip = None if dial.proxy else dial.ip
                record_id = warc.write_exchange(
                    request.url, origin_ip, at, sent, body, truncation, made_ahead
                )
                kept = body.read_all() if keep_body else None
            finally:
                body.close()
        finally:
            response.close()
    tls, certificate = guard.wire.tls or (None, b"")
    return Exchange(
        url=request.url,
        ip=origin_ip,
        status=response.status_code,
        status_line=status_line(response),
        headers=tuple(received),
        location=_redirect_target(response, received),
        truncation=truncation,
        body_bytes=body.length,
        response_record_id=record_id,
        tls=tls,
        certificate=certificate,
        body=kept,
        head_cut=head_cut,
        local_ip=guard.wire.local_address,
        proxy=dial.proxy,
        proxy_ip=dial.ip if dial.proxy else None,
        at=at,
    )
