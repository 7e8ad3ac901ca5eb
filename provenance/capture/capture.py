"""Capture one URL: follow its redirects under the network policy and keep every exchange in one WARC.

Every attempt leaves evidence: an answer is kept as request and response records (a 404, a cut body, a head
cut short included); a request that got no answer (no name, no connection, no TLS, no answer in time) is
kept as its request record, and the metadata record says what failed and when (and, for a certificate
the TLS check refused, which certificate the server presented and the chain it sent with it: `tls`). Only a
fetch the policy refused before any traffic, or a URL that cannot be requested at all, leaves no file.
"""

from __future__ import annotations

import datetime as dt
import itertools
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from provenance.capture.exchange import (
    AttemptFailed,
    Exchange,
    FailedAttempt,
    OutgoingRequest,
    fetch_and_record,
    record_failed_attempt,
    utc_text,
)
from provenance.capture.failure import ArchiveWriteError, CaptureFailure
from provenance.capture.location import redirect_target
from provenance.capture.options import CaptureRequest, FollowUp, NetworkOptions, WarcInfo
from provenance.capture.retry import (
    MAX_OPTIONAL_RETRY_AFTER,
    MAX_RETRY_AFTER,
    RETRY_FAILURES,
    RETRY_STATUSES,
    asked_wait_seconds,
    backoff_seconds,
    sleep_unless_cancelled,
)
from provenance.capture.session import CaptureSession, open_session
from provenance.capture.uri import host_key_of, request_uri, without_userinfo
from provenance.warc.durable import WarcSyncs
from provenance.warc.writer import WarcFile

if TYPE_CHECKING:
    from provenance.models import Attachment, BrowserCapture, CaptureOutcome, RetriedAttempt, Truncation

log = logging.getLogger("provenance.capture")

_REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
# Rounds of follow-ups per capture: the archived copy the note names, the URL as cited, its canonical form.
_MAX_FOLLOW_UP_ROUNDS = 4
HEAD_CUT = "disconnect: the server closed the connection inside the headers"


@dataclass(repr=False, eq=False)
class RedirectTrail:
    """What following one URL through its redirects gave: the recorded hops, the attempt that got no answer
    (if one did not), and why the trail failed if it did."""

    url: str
    hops: list[Exchange] = field(default_factory=list)
    failed_attempt: FailedAttempt | None = None
    error: str | None = None
    retried: list[RetriedAttempt] = field(default_factory=list)  # attempts asked again (capture.retry)

    @property
    def truncation(self) -> Truncation | None:
        return next((hop.truncation for hop in self.hops if hop.truncation), None)

    @property
    def attempted(self) -> bool:
        """Whether anything went to the network: an answer, or an attempt kept as evidence."""
        return bool(self.hops) or self.failed_attempt is not None

    @property
    def requested(self) -> tuple[str, ...]:
        """Every URL requested in order, the one that got no answer included."""
        failed = (self.failed_attempt.url,) if self.failed_attempt else ()
        return (*(hop.url for hop in self.hops), *failed)

    @property
    def last_answer(self) -> Exchange | None:
        """The answer to the last URL requested; None when that request got no answer."""
        return self.hops[-1] if self.hops and self.failed_attempt is None else None

    def summary(self) -> dict[str, Any]:
        last = self.last_answer
        return {
            "url": self.url,
            "final_url": self.requested[-1] if self.requested else None,
            "http_status": last.status if last else None,
            "ip": last.ip if last else None,
            "redirects": list(self.requested),
            "truncated": self.truncation is not None,
            "truncation": self.truncation,
            "error": self.error,
            "exchanges": [hop.record() for hop in self.hops],
            "failed_attempt": self.failed_attempt.record() if self.failed_attempt else None,
            "retried": [retried.model_dump() for retried in self.retried],
        }


def _hop_error(hop: Exchange) -> str | None:
    if hop.head_cut:
        return HEAD_CUT
    return f"http {hop.status}" if hop.status >= 400 else None


def _locations_that_differ(hop: Exchange) -> str | None:
    """The first two of a redirect's `Location` headers when they differ, else None. requests joined them
    (`/one, /two`) and the capture followed that joined address, one the server never named, to its 404;
    a browser follows neither (Chromium: ERR_RESPONSE_HEADERS_MULTIPLE_LOCATION)."""
    locations = [value for name, value in hop.headers if name.lower() == "location"]
    distinct = list(dict.fromkeys(value.strip() for value in locations))
    if len(distinct) < 2:
        return None
    # Quoted without a user name and password (`http://user:secret@…`): the detail goes to the ledger and
    # the CI log, and a redirect's credentials are never sent.
    first, second = (without_userinfo(value)[:200] for value in distinct[:2])
    return f"{first!r} and {second!r}"


def follow_redirects(
    capture_session: CaptureSession,
    url: str,
    warc: WarcFile,
    keep_body: bool = False,
    follow_up: FollowUp | None = None,
    optional: bool = False,
) -> RedirectTrail:
    """Fetch `url` and each redirect it leads to, every hop re-checked by the policy and recorded.

    A failed attempt is written into `warc` as its request record. An `ArchiveWriteError` or `Cancelled`
    ends the whole capture and is raised.
    `keep_body` keeps each hop's stored body, for a caller that reads a page to choose the next (a search).
    A `follow_up`'s headers go with the first hop; it may ask for that hop alone (no redirect followed).
    An `optional` request (a side document, an archive lookup) is not sent to a host that gave no answer to
    the run's last attempts or asked for a pause (`retry.HostStanding`, which every attempt keeps up to date).
    """
    trail = RedirectTrail(url=url)
    current = url
    headers = follow_up.headers if follow_up else ()
    max_bytes = follow_up.max_bytes if follow_up else None
    while True:
        try:
            request = OutgoingRequest(current, headers=headers, optional=optional, max_bytes=max_bytes)
            hop = _fetch_asking_again(capture_session, request, warc, keep_body, trail)
        except ArchiveWriteError:
            raise
        except AttemptFailed as failure:
            trail.failed_attempt, trail.error = failure.attempt, str(failure)
            log.info("%s: %s", failure.attempt.url, failure)
            return trail
        except CaptureFailure as failure:
            # Refused before any traffic: a redirect's target is not among the hops, so the detail names it.
            where = (
                f" (the redirect from {trail.hops[-1].url[:200]} to {current[:200]})" if trail.hops else ""
            )
            trail.error = f"{failure}{where}"
            log.info("%s: %s", current, failure)
            return trail
        trail.hops.append(hop)
        log.debug("%s: HTTP %d from %s", hop.url, hop.status, hop.ip or "the proxy")
        headers = ()
        if follow_up is not None and not follow_up.follow_redirects and not hop.head_cut:
            return trail
        if hop.head_cut or hop.status not in _REDIRECT_STATUSES or not hop.location:
            trail.error = _hop_error(hop)
            return trail
        told_apart = _locations_that_differ(hop)
        if told_apart:
            trail.error = f"redirect to two addresses at once: {told_apart}"
            return trail
        max_redirects = capture_session.options.max_redirects
        if len(trail.hops) > max_redirects:
            trail.error = f"redirects: more than {max_redirects}"
            return trail
        # Read as a browser reads it: a reader who follows the link reaches that address (capture.location).
        following = redirect_target(hop.url, hop.location)
        if following is None:  # `http://[::1`, `http://[name]/`: a server's answer is untrusted
            trail.error = f"redirect to an address that does not parse: {without_userinfo(hop.location)!r}"
            return trail
        current = following


def _fetch_asking_again(
    capture_session: CaptureSession,
    request: OutgoingRequest,
    warc: WarcFile,
    keep_body: bool,
    trail: RedirectTrail,
) -> Exchange:
    """`fetch_and_record`, asked again while the failure is likely to pass and a retry fits (capture.retry).

    Every attempt is in the WARC, a failed one as its request record; each attempt asked again is listed in
    `trail.retried`. Raises as `fetch_and_record` does, the last failed attempt already recorded."""
    for attempt in itertools.count():
        try:
            hop = fetch_and_record(capture_session, request, warc, keep_body)
        except AttemptFailed as failure:
            record_failed_attempt(warc, failure.attempt)
            worth_it = failure.kind in RETRY_FAILURES
            options = capture_session.options
            # A host silent to the run's last attempts (this one counted) is not failing for a moment: a
            # retry would only wait out another timeout (a whole blocked platform, four at a time). An
            # attempt that already knew it (`exchange`) waited for less than `--timeout`, and says so.
            not_again = None
            if failure.silent is not None:
                not_again = (
                    f"each wait cut to {options.standing.silent_timeout:g}s from --timeout's "
                    f"{options.timeout:g}s, and not asked again: {failure.silent}"
                )
            elif worth_it and attempt < options.retries:
                silent = options.standing.given_up(host_key_of(request.url))
                not_again = None if silent is None else f"not asked again: {silent}"
            if not_again is not None:
                why = f"{failure.why} ({not_again})"
                raise AttemptFailed(CaptureFailure(failure.kind, why), failure.attempt) from failure
            wait = _retry_wait(capture_session, request, attempt, worth_it, None)
            if wait is None:
                raise
            from provenance.models import RetriedAttempt  # see `provenance.run_models`

            retried = RetriedAttempt(
                url=failure.attempt.url,
                at=utc_text(failure.attempt.at),
                http_status=None,
                error=str(failure),
                waited=round(wait, 3),
            )
        else:
            worth_it = hop.head_cut or hop.status in RETRY_STATUSES
            retry_after = (
                None if hop.head_cut else asked_wait_seconds(hop.status, hop.headers, dt.datetime.now(dt.UTC))
            )
            wait = _retry_wait(capture_session, request, attempt, worth_it, retry_after)
            if wait is None:
                return hop
            from provenance.models import RetriedAttempt

            retried = RetriedAttempt(
                url=hop.url,
                at=utc_text(hop.at or dt.datetime.now(dt.UTC)),
                http_status=hop.status,
                error=HEAD_CUT if hop.head_cut else None,
                retry_after=retry_after,
                waited=round(wait, 3),
            )
        trail.retried.append(retried)
        log.info("%s: asking again in %.1fs (%s)", request.url, wait, retried.error or retried.http_status)
        sleep_unless_cancelled(wait, capture_session.options.cancellation)
    raise AssertionError("unreachable")  # itertools.count never ends


def _retry_wait(
    capture_session: CaptureSession,
    request: OutgoingRequest,
    attempt: int,
    worth_it: bool,
    retry_after: float | None,
) -> float | None:
    """Seconds to wait before asking again, or None when not to: not worth it, no retries left, a
    `Retry-After` beyond `MAX_RETRY_AFTER` (`MAX_OPTIONAL_RETRY_AFTER` for an optional request), or a wait
    the footnote's budget cannot hold."""
    options = capture_session.options
    if not worth_it or attempt >= options.retries:
        return None
    bound = MAX_OPTIONAL_RETRY_AFTER if request.optional else MAX_RETRY_AFTER
    if retry_after is not None and retry_after > bound:
        return None
    wait = retry_after if retry_after is not None else backoff_seconds(attempt, options.retry_base)
    budget = capture_session.budget
    if budget is not None and wait >= budget.left():
        return None
    return wait


def _metadata(
    request: CaptureRequest,
    main: RedirectTrail,
    sides: Sequence[RedirectTrail],
    started: dt.datetime,
    finished: dt.datetime,
) -> dict[str, Any]:
    return {
        "label": request.label,
        "started_at": utc_text(started),
        "finished_at": utc_text(finished),
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


@dataclass(frozen=True, repr=False, eq=False)
class CaptureExtras:
    """What a capture holds beyond its URL's redirect trail and side requests: a browser's page requests
    and the attachments it made."""

    metadata: Mapping[str, Any] = field(default_factory=dict)  # added to the metadata record
    body_bytes: int = 0  # response bodies stored besides the main and side trails
    attachments: tuple[Attachment, ...] = ()
    browser: BrowserCapture | None = None


def capture_proxy(trail: RedirectTrail) -> str | None:
    """The proxy a trail's requests went through, if they went through one."""
    proxies = [hop.proxy for hop in trail.hops]
    if trail.failed_attempt is not None:
        proxies.append(trail.failed_attempt.proxy)
    return next((proxy for proxy in proxies if proxy), None)


def publish_capture(
    warc: WarcFile,
    request: CaptureRequest,
    main: RedirectTrail,
    sides: Sequence[RedirectTrail],
    started: dt.datetime,
    extras: CaptureExtras | None = None,
    finished: dt.datetime | None = None,
) -> CaptureOutcome:
    """Write the metadata record, publish the WARC under its final name, and describe the capture, which
    `finished` (its last answer in; now if not given)."""
    extras = extras or CaptureExtras()
    finished = finished or dt.datetime.now(dt.UTC)
    metadata = _metadata(request, main, sides, started, finished) | dict(extras.metadata)
    # Named by the URI it describes (a valid URI, as every WARC-Target-URI); the IRI is in the document.
    warc.write_metadata(_same_request_key(request.url), finished, metadata)
    path, warc_sha256 = warc.publish()
    last = main.last_answer
    from provenance.models import Capture, CaptureOutcome  # see `provenance.run_models`

    capture = Capture(
        url=request.url,
        final_url=main.requested[-1] if main.requested else request.url,
        http_status=last.status if last else None,
        warc=str(path),
        warc_sha256=warc_sha256,
        records=tuple(warc.records),
        ip=last.ip if last else None,
        local_ip=last.local_ip if last else None,
        proxy=capture_proxy(main),
        started_at=utc_text(started),
        finished_at=utc_text(finished),
        bytes=extras.body_bytes + sum(hop.body_bytes for trail in (main, *sides) for hop in trail.hops),
        truncated=main.truncation is not None,
        truncation=main.truncation,
        redirects=main.requested,
        tls=last.tls if last else None,
        error=main.error,
        attachments=extras.attachments,
        browser=extras.browser,
        retries=tuple(retried for trail in (main, *sides) for retried in trail.retried),
    )
    return CaptureOutcome(url=request.url, capture=capture, error=main.error)


def follow_sides(
    capture_session: CaptureSession, request: CaptureRequest, warc: WarcFile, main: RedirectTrail
) -> list[RedirectTrail]:
    """The side URLs (when the main URL was answered) and the follow-ups, each followed and recorded."""
    sides = (
        [
            follow_redirects(capture_session, side_url, warc, optional=True)
            for side_url in _distinct_side_urls(request)
        ]
        if main.hops
        else []
    )
    return sides + _follow_ups(capture_session, request, warc)


@dataclass(repr=False, eq=False)
class Unpublished:
    """A capture whose requests are all answered (or failed) and recorded, its WARC not yet published: the
    metadata record, the file's final name and the capture's description are still to be made (`publish`).

    A capture worker that leaves these to another thread (`capture_answers`) goes on to its next request
    at once: this work, 0.4 ms of interpreter time a capture, held each of a wave's answers from the next
    request behind it (the interpreter lock). Until `publish` runs, the file is a partial one, kept under
    its lock: a run killed meanwhile leaves it for the next run's sweep, as any capture under way."""

    warc: WarcFile
    request: CaptureRequest
    main: RedirectTrail
    sides: list[RedirectTrail]
    started: dt.datetime
    finished: dt.datetime

    def publish(self) -> CaptureOutcome:
        """The capture published, as `capture_url` gives it: its disk errors become the outcome's error
        (and no file is left)."""
        try:
            return publish_capture(
                self.warc, self.request, self.main, self.sides, self.started, finished=self.finished
            )
        except CaptureFailure as failure:
            log.info("%s: %s", self.request.url, failure)
            from provenance.models import CaptureOutcome

            return CaptureOutcome(url=self.request.url, error=str(failure))
        finally:
            self.warc.discard()


def _capture_into(
    warc: WarcFile,
    capture_session: CaptureSession,
    request: CaptureRequest,
    info: WarcInfo,
    started: dt.datetime,
) -> CaptureOutcome | Unpublished:
    warc.write_warcinfo(info, started)
    main = follow_redirects(capture_session, request.url, warc)
    sides = follow_sides(capture_session, request, warc, main)
    if not main.attempted and not any(side.attempted for side in sides):
        from provenance.models import CaptureOutcome

        return CaptureOutcome(url=request.url, error=main.error)
    return Unpublished(warc, request, main, sides, started, dt.datetime.now(dt.UTC))


def _follow_ups(
    capture_session: CaptureSession, request: CaptureRequest, warc: WarcFile
) -> list[RedirectTrail]:
    """The requests `request.follow_ups` chooses from the WARC so far (even when the main URL got no answer,
    since an archived copy matters most then), each followed and recorded like a side request.

    It is asked again after each round, with that round's answers in the WARC, until it chooses nothing
    new: an archive that has no copy of the URL as cited is then asked for its canonical form. A URL is
    never requested twice, and the rounds are bounded whatever a chooser does."""
    if request.follow_ups is None:
        return []
    trails: list[RedirectTrail] = []
    asked: set[str] = set()
    for _ in range(_MAX_FOLLOW_UP_ROUNDS):
        with warc.read_so_far() as stream:
            chosen = [follow_up for follow_up in request.follow_ups(stream) if follow_up.url not in asked]
        if not chosen:
            break
        for follow_up in chosen:
            asked.add(follow_up.url)
            trails.append(
                follow_redirects(capture_session, follow_up.url, warc, follow_up=follow_up, optional=True)
            )
    return trails


def capture_url(
    request: CaptureRequest, archive_dir: Path, options: NetworkOptions, info: WarcInfo
) -> CaptureOutcome:
    """Fetch `request.url` (and its side URLs) into a new WARC file in `archive_dir`, all within
    `options.footnote_timeout`.

    Network and policy failures come back as `CaptureOutcome.error`, never as exceptions; so does a failure
    to write the evidence here (`archive: ...`, and no capture). When the policy refused the URL before any
    traffic, no file is left behind and `capture` is None. A cancelled run raises `Cancelled` and leaves no
    file.
    """
    answered = capture_answers(request, archive_dir, options, info)
    return answered.publish() if isinstance(answered, Unpublished) else answered


def capture_answers(
    request: CaptureRequest, archive_dir: Path, options: NetworkOptions, info: WarcInfo
) -> CaptureOutcome | Unpublished:
    """`capture_url` up to its last answer: a capture that is to be published is given back `Unpublished`
    (its caller publishes it, in another thread if it likes); any other outcome (nothing attempted, a
    failure to write the evidence) as `capture_url` gives it. A cancelled run raises `Cancelled` and leaves
    no file."""

    def fill(warc: WarcFile, started: dt.datetime) -> CaptureOutcome | Unpublished:
        capture_session = open_session(options, budget=options.footnote_timeout)
        try:
            return _capture_into(warc, capture_session, request, info, started)
        finally:
            capture_session.close()

    # The file and its warcinfo record are made while the first answer is awaited (`WarcFile`): made
    # before the request, they held each worker from its next request by ~0.25 ms and five system calls.
    if options.rush is None:
        return in_new_warc(request, archive_dir, fill, options.warc_syncs, opened_later=True)
    with options.rush.at_work():  # counted but for its waits, so that checks give way (`capture.rush`)
        return in_new_warc(request, archive_dir, fill, options.warc_syncs, opened_later=True)


Filled = TypeVar("Filled", bound="CaptureOutcome | Unpublished")


def in_new_warc(
    request: CaptureRequest,
    archive_dir: Path,
    fill: Callable[[WarcFile, dt.datetime], Filled],
    syncs: WarcSyncs | None = None,
    opened_later: bool = False,
) -> Filled | CaptureOutcome:
    """`fill` a new WARC file for `request` in `archive_dir` (started now) and return what it says.

    A CaptureFailure becomes the outcome's error; the file is kept only if `fill` published it, or left it
    `Unpublished` (whose `publish` keeps or removes it). Given `syncs`, the published file is on disk only
    once they sync it (`once_on_disk`). `opened_later`: the file is made once first needed, or once the
    first request is sent (`WarcFile`).
    """
    started = dt.datetime.now(dt.UTC)
    try:
        warc = WarcFile(archive_dir, request.name, started, syncs, opened_later)
    except CaptureFailure as failure:
        from provenance.models import CaptureOutcome

        return CaptureOutcome(url=request.url, error=str(failure))
    filled: Filled | None = None
    try:
        filled = fill(warc, started)
        return filled
    except CaptureFailure as failure:
        log.info("%s: %s", request.url, failure)
        from provenance.models import CaptureOutcome

        return CaptureOutcome(url=request.url, error=str(failure))
    finally:
        if not isinstance(filled, Unpublished):
            warc.discard()
