"""One capture's HTTP session: requests with the pinned adapter, one request sent per hop.

Proxy variables, `.netrc` and the environment's CA settings are never read by requests (`trust_env = False`);
the CA bundle is chosen in `pinning`, explicitly."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import urlsplit

import requests

from provenance.capture.deadline import HeadDeadline
from provenance.capture.failure import CaptureFailure, describe_failure
from provenance.capture.options import NetworkOptions
from provenance.capture.pinning import PinnedAdapter, ssl_context_for
from provenance.capture.policy import Dial

_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,application/json;q=0.9,*/*;q=0.8"


@dataclass
class CaptureSession:
    """One requests session for all hops of one capture (cookies carry over, as in a browser)."""

    session: requests.Session
    adapter: PinnedAdapter
    options: NetworkOptions

    def close(self) -> None:
        self.session.close()


def open_session(options: NetworkOptions) -> CaptureSession:
    session = requests.Session()
    session.trust_env = False
    session.headers.clear()
    session.headers.update(
        {
            "User-Agent": options.user_agent,
            "Accept": _ACCEPT,
            "Accept-Encoding": "gzip, deflate",
            "Connection": "close",
        }
    )
    if options.proxy:
        session.proxies = {"http": options.proxy, "https": options.proxy}
    adapter = PinnedAdapter(ssl_context_for(options), options.timeout)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return CaptureSession(session=session, adapter=adapter, options=options)


def prepare_request(
    capture_session: CaptureSession,
    method: str,
    url: str,
    headers: Sequence[tuple[str, str]] = (),
    body: bytes = b"",
) -> requests.PreparedRequest:
    """The request exactly as it will be sent, Host header included, so the WARC request record is faithful.

    `headers` replace the session's defaults of the same name (names compared without case)."""
    request = requests.Request(method, url, headers=dict(headers), data=body or None)
    prepared = capture_session.session.prepare_request(request)
    # requests normalises URLs (dot segments removed, escapes decoded): `url`, a `request_uri`, is what is
    # asked for.
    prepared.url = url
    prepared.headers["Host"] = urlsplit(url).netloc.rpartition("@")[2]
    return prepared


def send(
    capture_session: CaptureSession, prepared: requests.PreparedRequest, dial: Dial
) -> requests.Response:
    """Send one request to the pinned address; the body is left unread on the returned response."""
    options = capture_session.options
    host = urlsplit(prepared.url or "").hostname or "the server"
    head_deadline = HeadDeadline(options.body_deadline)
    capture_session.adapter.pin(dial, head_deadline)
    late = CaptureFailure(
        "timeout", f"{host} did not finish the head of its answer within {head_deadline.seconds:g}s"
    )
    try:
        with head_deadline:
            response = capture_session.session.send(
                prepared, stream=True, allow_redirects=False, timeout=(options.timeout, options.timeout)
            )
    except requests.RequestException as error:
        raise (
            late if head_deadline.expired else describe_failure(error, dial, host, options.timeout)
        ) from error
    if head_deadline.expired:
        # http.client takes the cut connection for the end of the headers; what it parsed is not the answer.
        response.close()
        raise late
    return response
