"""One capture's HTTP session: requests with the pinned adapter, one request sent per hop.

Proxy variables, `.netrc` and the environment's CA settings are never read by requests (`trust_env = False`);
the CA bundle is chosen in `pinning`, explicitly."""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import re
import time
from collections import OrderedDict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests
from requests.cookies import RequestsCookieJar, extract_cookies_to_jar, merge_cookies
from requests.hooks import default_hooks
from requests.models import DEFAULT_REDIRECT_LIMIT
from requests.structures import CaseInsensitiveDict

from provenance.capture.cancel import Cancelled
from provenance.capture.diagnosis import Phase, describe_failure
from provenance.capture.failure import CaptureFailure
from provenance.capture.guard import HopGuard
from provenance.capture.options import WHOLE_ANSWER_WAITS, NetworkOptions
from provenance.capture.pinning import PinnedAdapter, sets_cookies, ssl_context_for
from provenance.capture.policy import Dial
from provenance.capture.retry import sleep_unless_cancelled
from provenance.capture.uri import host_key

_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,application/json;q=0.9,*/*;q=0.8"


@dataclass(frozen=True, repr=False, eq=False)
class Budget:
    """The time one capture may take over all its hops and side requests (`--footnote-timeout`)."""

    seconds: float
    ends_at: float  # time.monotonic()

    @classmethod
    def starting_now(cls, seconds: float) -> Budget:
        return cls(seconds, time.monotonic() + seconds)

    def left(self) -> float:
        return max(0.0, self.ends_at - time.monotonic())

    def cap(self, seconds: float) -> float:
        """`seconds`, or what is left of the budget when that is less."""
        return min(seconds, self.left())

    def used_up(self, waiting_for: str) -> CaptureFailure:
        return CaptureFailure(
            "timeout", f"the capture used up its {self.seconds:g}s budget (--footnote-timeout) {waiting_for}"
        )


# An attempt starts only with this much of the budget left (the smallest `--timeout`): a request's timeouts
# are cut to what is left, and requests refuses a timeout of 0 (a run crashed on one).
_LEAST_FOR_AN_ATTEMPT = 0.01


@dataclass(repr=False, eq=False)
class CaptureSession:
    """One requests session for all hops of one capture (cookies carry over, as in a browser)."""

    session: requests.Session
    adapter: PinnedAdapter
    options: NetworkOptions
    budget: Budget | None = None
    # A wait shorter than `--timeout` for this session's requests (`waiting_at_most`).
    shorter_timeout: float | None = None

    def cap(self, seconds: float) -> float:
        """A wait of `seconds`, cut to what is left of the capture's budget."""
        return self.budget.cap(seconds) if self.budget else seconds

    def request_timeout(self) -> float:
        """How long a request waits for a name, a connection and each read: `--timeout`, or this session's
        shorter wait, cut to what is left of the budget."""
        return self.cap(self._wait())

    def head_deadline(self) -> float:
        """How long a request waits for the whole head of its answer (`NetworkOptions.body_deadline`), cut as
        `request_timeout` is: a host that sends a byte now and then must not outlast a shorter wait."""
        return self.cap(WHOLE_ANSWER_WAITS * self._wait())

    def _wait(self) -> float:
        timeout = self.options.timeout
        return timeout if self.shorter_timeout is None else min(timeout, self.shorter_timeout)

    def waiting_at_most(self, seconds: float) -> CaptureSession:
        """This session (the same cookies, budget and connections) with its requests waiting at most
        `seconds` where `--timeout` is longer."""
        return dataclasses.replace(self, shorter_timeout=seconds)

    def check_budget(self, waiting_for: str) -> None:
        """Fail the capture when too little of its budget is left for one more attempt."""
        if self.budget is not None and self.budget.left() < _LEAST_FOR_AN_ATTEMPT:
            raise self.budget.used_up(waiting_for)

    def wait_for_turn(self, url: str) -> None:
        """`--host-interval`: wait until this request may start at its host (cancellable, in the budget)."""
        interval = self.options.host_interval
        if interval <= 0:
            return
        host, key = _host_of(url)
        wait = self.options.pacer.reserve(key, interval)
        if wait <= 0:
            return
        if self.budget is not None and wait >= self.budget.left():
            raise self.budget.used_up(f"waiting {wait:.1f}s for its turn at {host} (--host-interval)")
        sleep_unless_cancelled(wait, self.options.cancellation)

    @contextlib.contextmanager
    def slot(self, url: str) -> Iterator[None]:
        """`--per-host` for this request: a slot of its host held for the block, waited for while all are
        taken (cancellable, in the budget). Nothing to hold where the run keeps no slots."""
        slots = self.options.slots
        if slots is None:
            yield
            return
        host, key = _host_of(url)

        def wait(seconds: float) -> None:
            if self.budget is not None and seconds >= self.budget.left():
                raise self.budget.used_up(f"waiting for a free slot at {host} (--per-host)")
            sleep_unless_cancelled(seconds, self.options.cancellation)

        with slots.held(key, wait):
            yield

    def close(self) -> None:
        # What `self.session.close()` does, but once: the session's one adapter is mounted for both schemes.
        self.adapter.close()


def _host_of(url: str) -> tuple[str, str]:
    """A request's host name, as messages name it, and the key its limits count it by (`uri.host_key`)."""
    host = urlsplit(url).hostname or ""
    return host, host_key(host) or host


class _PinnedSession(requests.Session):
    """A requests session whose only adapter, on both schemes, is the capture's pinned one.

    `requests.Session()` builds two default HTTPAdapters (each a connection pool manager and a retry policy)
    that the pinned adapter would replace at once: with the default headers cleared and set again, that was
    most of the work of opening a capture's session, once per capture. This sets each attribute that
    `Session.__init__` sets (`Session.__attrs__`, what requests pickles a session by), with the capture's
    values where it has its own; tests/capture/test_session.py checks that no attribute of requests' own
    session is missing and that the others are as requests makes them."""

    def __init__(self, adapter: PinnedAdapter, headers: CaseInsensitiveDict[str | bytes]) -> None:
        # Not super().__init__(): that builds the default adapters this session never uses.
        self.headers = headers
        self.auth = None
        self.proxies = {}
        self.hooks = default_hooks()
        self.params = {}
        self.stream = False
        self.verify = True
        self.cert = None
        self.max_redirects = DEFAULT_REDIRECT_LIMIT
        self.trust_env = False
        self.cookies = RequestsCookieJar()  # as cookiejar_from_dict({}) makes it
        # The order `mount` leaves: the longer prefix first.
        self.adapters = OrderedDict((("https://", adapter), ("http://", adapter)))


def open_session(options: NetworkOptions, budget: float | None = None) -> CaptureSession:
    """A session for one capture; `budget` seconds for all its requests together, if given."""
    proxy = options.proxy_endpoint
    adapter = PinnedAdapter(lambda: ssl_context_for(options), options.timeout, proxy)
    headers: CaseInsensitiveDict[str | bytes] = CaseInsensitiveDict(
        {
            "User-Agent": options.user_agent,
            "Accept": _ACCEPT,
            "Accept-Encoding": "gzip, deflate",
            "Connection": "close",
        }
    )
    session = _PinnedSession(adapter, headers)
    if proxy is not None:
        # Only so that requests writes plain-http request lines in absolute form; the adapter dials.
        session.proxies = {"http": proxy.url, "https": proxy.url}
    return CaptureSession(
        session=session,
        adapter=adapter,
        options=options,
        budget=Budget.starting_now(budget) if budget is not None else None,
    )


def prepare_request(
    capture_session: CaptureSession,
    method: str,
    url: str,
    headers: Sequence[tuple[str, str]] = (),
    body: bytes = b"",
    url_credentials: bool = False,
) -> requests.PreparedRequest:
    """The request exactly as it will be sent, Host header included, so the WARC request record is faithful.

    `headers` replace the session's defaults of the same name (names compared without case).

    The steps of `Session.prepare_request` for what a capture's session holds (no auth, params, hooks or
    netrc; `trust_env` off), without its merges: those copy the defaults and the cookie jar through generic
    mapping checks (runtime protocol checks among them) that cost a tenth of a capture's own work. The same
    request comes out (tests/capture/test_prepare.py compares the two), but for a URL's user name and
    password, sent (as HTTP Basic auth) only when `url_credentials` says the URL is the operator's own (a
    `--tsa` URL), never for a cited URL or a redirect (below)."""
    session = capture_session.session
    prepared = requests.PreparedRequest()
    prepared.prepare_method(method)
    jar = session.cookies
    if len(jar) or url_credentials:
        # Cookies are matched, and a URL's credentials read, against the URL requests prepares (its dot
        # segments removed, its escapes redone), as requests' own path does.
        prepared.prepare_url(url, None)
    else:
        _check_url(prepared, url)
    prepared.headers = _headers_as_prepared(session.headers, headers)
    # One with cookies is copied, as the merge does, so that asking which cookies go (which drops expired
    # ones) leaves the session's own jar as it was. An empty jar adds no Cookie header and changes nothing:
    # it is not asked (a new jar and cookielib's walk over it, on the way to every capture's first request).
    if len(jar):
        prepared.prepare_cookies(merge_cookies(RequestsCookieJar(), jar))  # type: ignore[no-untyped-call]
    prepared.prepare_body(body or None, None)
    # A user name and password in a cited URL (`https://user:pass@host/`) are not sent: requests would send
    # them as HTTP Basic auth to whatever the URL names, the first time and in the clear over http. The tool
    # reads a source as a reader without an account does, and does not log in with credentials it found in a
    # report or a redirect (a browser sends none until asked, and asks its user first): a page that needs
    # them answers 401, and `captured` fails. The request record shows that no Authorization was sent.
    if url_credentials:
        prepared.prepare_auth(None, url)
    # requests normalises URLs (dot segments removed, escapes decoded): `url`, a `request_uri`, is what is
    # asked for.
    prepared.url = url
    prepared.headers["Host"] = urlsplit(url).netloc.rpartition("@")[2]
    return prepared


# Where an http(s) URL's authority ends as urllib3's `parse_url` reads it (`_URI_RE`): at the first `\\`, `/`,
# `?` or `#` after `//`.
_AUTHORITY_END = re.compile(r"[\\/?#]")


def _check_url(prepared: requests.PreparedRequest, url: str) -> None:
    """Refuse `url` where requests' `prepare_url` refuses it, with its very exception; the URL it would write
    is not kept (`prepare_request` asks for `url` as given), so only its checks matter.

    Those checks read only the scheme and the authority (host, port, user name): a path, query or fragment
    is escaped, never refused (`requote_uri` falls back where an escape is bad). So a URL's origin is
    checked once for every request to it (`_check_origin`), not parsed, escaped and joined again for each.
    A URL that is not ASCII, or does not open with `http://` or `https://`, goes the whole way, and so does
    one whose origin is refused: the error names the whole URL, as requests names it."""
    authority_start = 7 if url.startswith("http://") else 8 if url.startswith("https://") else 0
    if not authority_start or not url.isascii():
        prepared.prepare_url(url, None)
        return
    end = _AUTHORITY_END.search(url, authority_start)
    origin = url if end is None else url[: end.start()]
    try:
        _check_origin(origin)
    except requests.RequestException:
        prepared.prepare_url(url, None)  # the whole URL's own error, which names it
        raise


@functools.lru_cache(maxsize=1024)  # the hosts of one run's captures; a refused origin is not kept
def _check_origin(origin: str) -> None:
    requests.PreparedRequest().prepare_url(origin + "/", None)


def _headers_as_prepared(
    defaults: Mapping[str, str | bytes], headers: Sequence[tuple[str, str]]
) -> CaseInsensitiveDict[str]:
    """The headers `prepare_headers` makes of the session's `defaults` with `headers` over them (names
    compared without case, in the order requests keeps): each checked (`InvalidHeader`) once for every
    request with the same ones, not merged and checked again for each."""
    prepared: CaseInsensitiveDict[str] = CaseInsensitiveDict()
    try:
        items = _merged_and_checked(tuple(defaults.items()), tuple(headers))
    except TypeError:  # a header that cannot be a cache key (a list, say): merged and checked here
        items = _merge_and_check(tuple(defaults.items()), headers)
    for name, value in items:
        prepared[name] = value  # type: ignore[assignment]  # requests types them as str; a bytes value stays
    return prepared


def _merge_and_check(
    defaults: Sequence[tuple[str, str | bytes]], headers: Sequence[tuple[str, str]]
) -> tuple[tuple[str, str | bytes], ...]:
    # As `Session.prepare_request` merges them (the last of two names alike wins, at the first one's place)
    # and `PreparedRequest.prepare_headers` checks them.
    merged: CaseInsensitiveDict[str | bytes] = CaseInsensitiveDict(defaults)
    for name, value in dict(headers).items():
        merged[name] = value
    checked = requests.PreparedRequest()
    checked.prepare_headers(merged)
    return tuple(checked.headers.items())


_merged_and_checked = functools.lru_cache(maxsize=256)(_merge_and_check)


def _phase(url: str, dial: Dial, guard: HopGuard) -> Phase:
    """Where a failed hop had got to: its request sent, or inside its TLS handshake (connected, no TLS
    session made, no request sent: never said through a proxy, whose CONNECT comes before the handshake)."""
    wire = guard.wire
    if wire.request_head is not None:
        return "sent"
    if (
        dial.proxy is None
        and wire.connected_to is not None
        and wire.tls is None
        and urlsplit(url).scheme == "https"
    ):
        return "handshake"
    return "before"


def _failure(
    capture_session: CaptureSession,
    error: requests.RequestException,
    dial: Dial,
    url: str,
    host: str,
    guard: HopGuard,
) -> CaptureFailure:
    budget = capture_session.budget
    if budget is not None and budget.left() <= 0:
        return budget.used_up(f"waiting for {host}")
    if guard.head_expired:
        return CaptureFailure(
            "timeout", f"{host} did not finish the head of its answer within {guard.head_seconds:g}s"
        )
    phase = _phase(url, dial, guard)
    return describe_failure(error, dial, host, capture_session.request_timeout(), phase)


def send(
    capture_session: CaptureSession, prepared: requests.PreparedRequest, dial: Dial, guard: HopGuard
) -> requests.Response:
    """Send one request to the pinned address under `guard`; the body is left unread on the response.

    The adapter is called directly rather than through `Session.send`, which reads a redirect's whole body
    (without any limit) before returning it: every body must stream through the capture's limits.
    """
    host = urlsplit(prepared.url or "").hostname or "the server"
    timeout = capture_session.request_timeout()
    if timeout <= 0 and capture_session.budget is not None:  # the name lookup took what was left
        raise capture_session.budget.used_up(f"waiting for {host}")
    capture_session.adapter.pin(dial, guard)
    try:
        response = capture_session.adapter.send(
            prepared,
            stream=True,
            timeout=(timeout, timeout),
            proxies=capture_session.session.proxies,
        )
    except requests.RequestException as error:
        if guard.cancelled:
            raise Cancelled from error
        raise _failure(capture_session, error, dial, prepared.url or "", host, guard) from error
    if guard.cancelled or not guard.head_arrived():
        # http.client takes a cut connection for the end of the headers; what it parsed is not the answer.
        response.close()
        if guard.cancelled:
            raise Cancelled
        raise _failure(capture_session, requests.Timeout(), dial, prepared.url or "", host, guard)
    # As Session.send does: cookies a hop sets are sent on the next (requests has no types for this one).
    # An answer that sets none is not handed to the jar: cookielib would find no cookie in it, after a mock
    # request and response made of it, the URL parsed again and two walks over its headers.
    original = getattr(response.raw, "_original_response", None)
    if original is not None and sets_cookies(original.msg):
        extract_cookies_to_jar(capture_session.session.cookies, prepared, response.raw)  # type: ignore[no-untyped-call]
    return response
