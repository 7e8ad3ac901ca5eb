"""Naming a transport error in words a user can act on: `tls: ...`, `connect: ... refused the connection`,
`disconnect: ... reset by peer after the request was sent`, `answer: ...: not a valid HTTP answer`: the kind
says how far the exchange got (no connection, no answer, an answer that is no HTTP)."""

from __future__ import annotations

import http.client
import ssl
from collections.abc import Iterator
from typing import TYPE_CHECKING, Literal

import requests
import urllib3

from provenance.capture.failure import CaptureFailure, FailureKind

if TYPE_CHECKING:
    from provenance.capture.policy import Dial


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error and everything it wraps: causes, contexts, and exceptions carried in args or `reason`."""
    pending, seen = [error], set()
    while pending:
        current = pending.pop(0)
        if id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        wrapped = [current.__cause__, current.__context__, getattr(current, "reason", None), *current.args]
        pending.extend(item for item in wrapped if isinstance(item, BaseException))


def _first(error: BaseException, kind: type[BaseException]) -> BaseException | None:
    return next((cause for cause in _causes(error) if isinstance(cause, kind)), None)


def certificate_refused(error: BaseException) -> bool:
    """Whether `error` (or what it wraps) is a TLS certificate the trust store or the name check refused."""
    return _first(error, ssl.SSLCertVerificationError) is not None


# OpenSSL's reason codes for a handshake that failed, in words a reader can act on (the code is kept beside
# them): a protocol a court reads as "the server offered only TLS 1.0" must not be a bare error code.
_NO_SHARED_VERSION = "the server and this client share no TLS version (this client speaks TLS 1.2 and later)"
_TLS_REASON_WORDS = {
    "TLSV1_ALERT_PROTOCOL_VERSION": _NO_SHARED_VERSION,
    "UNSUPPORTED_PROTOCOL": _NO_SHARED_VERSION,
    "NO_PROTOCOLS_AVAILABLE": _NO_SHARED_VERSION,
    "WRONG_VERSION_NUMBER": "the server did not answer in TLS (plain HTTP on an https port?)",
    "SSLV3_ALERT_HANDSHAKE_FAILURE": "the server refused the TLS handshake",
}
_TLS_EOF_REASON = "UNEXPECTED_EOF_WHILE_READING"  # OpenSSL 3's code for a connection closed mid-record


def tls_reason_words(reason: str, in_handshake: bool) -> str:
    """An OpenSSL reason code (`WRONG_VERSION_NUMBER`) in words, the code kept beside them; a code without
    words here is given as it is."""
    if reason == _TLS_EOF_REASON:
        where = "during the TLS handshake" if in_handshake else "without an answer"
        return f"the server closed the connection {where} ({reason})"
    words = _TLS_REASON_WORDS.get(reason)
    return f"{words} ({reason})" if words else reason


def _tls_eof(error: BaseException) -> bool:
    tls = _first(error, ssl.SSLError)
    return isinstance(tls, ssl.SSLError) and str(tls.reason or "") == _TLS_EOF_REASON


def _tls_reason(error: BaseException, in_handshake: bool) -> str:
    verify = _first(error, ssl.SSLCertVerificationError)
    if isinstance(verify, ssl.SSLCertVerificationError):
        return f"certificate verify failed: {verify.verify_message or verify.reason}"
    tls = _first(error, ssl.SSLError)
    if isinstance(tls, ssl.SSLError):
        return tls_reason_words(str(tls.reason or tls), in_handshake)
    return str(error)


# Where a failed exchange had got to: not yet connected or not yet sending, inside the TLS handshake, or past
# the request's head (the server may have read it).
Phase = Literal["before", "handshake", "sent"]
_PHASE_WORDS: dict[Phase, str] = {
    "before": "",
    "handshake": " during the TLS handshake",
    "sent": " after the request was sent",
}


def _connect_reason(error: BaseException, dial: Dial, phase: Phase = "before") -> tuple[FailureKind, str]:
    """The failure's kind and words: `connect` while no request had gone (no connection, one refused or cut
    before or inside the TLS handshake), `disconnect` for a connection cut after the request went with no
    answer, `answer` for an answer that is not valid HTTP. A failure past the request named `connect:` told
    a reader no connection was made, when the server had the request and hung up or answered garbage."""
    if _first(error, ConnectionRefusedError) is not None:
        return "connect", f"{dial} refused the connection"
    # http.client's parse errors, and urllib3's own reading of the head: two Content-Length values that
    # differ are an answer whose length cannot be told, not a connection closed without one.
    malformed = _first(error, http.client.HTTPException) or _first(error, urllib3.exceptions.InvalidHeader)
    # RemoteDisconnected is an HTTPException too, but it means no answer at all, said below.
    if malformed is not None and not isinstance(malformed, http.client.RemoteDisconnected):
        return "answer", f"{dial}: not a valid HTTP answer ({type(malformed).__name__}: {malformed})"
    kind: FailureKind = "disconnect" if phase == "sent" else "connect"
    # requests' own errors are OSErrors too, but only the socket's error carries a strerror.
    socket_error = next((c for c in _causes(error) if isinstance(c, OSError) and c.strerror), None)
    # A reset inside the handshake (a filter that cuts a ClientHello naming a blocked host) is not a reset
    # of a request, which the server never saw; one after the request (a filter reading its Host) is.
    if isinstance(socket_error, OSError):
        return kind, f"{dial}: {socket_error.strerror}{_PHASE_WORDS[phase]}"
    if phase == "handshake":
        return kind, f"{dial}: the server closed the connection during the TLS handshake"
    return kind, f"{dial}: the server closed the connection without an answer"


def _proxy_reason(error: BaseException, dial: Dial) -> str:
    # urllib3 says what the proxy answered to CONNECT in an OSError: "Tunnel connection failed: 502 ...".
    tunnel = next((c for c in _causes(error) if isinstance(c, OSError) and str(c).startswith("Tunnel")), None)
    return str(tunnel) if tunnel is not None else _connect_reason(error, dial)[1]


def describe_failure(
    error: requests.RequestException, dial: Dial, host: str, timeout: float, phase: Phase = "before"
) -> CaptureFailure:
    """`error` as the outcome names it; `phase`: where the exchange had got to (`Phase`)."""
    in_handshake = phase == "handshake"
    if dial.proxy is not None and isinstance(error, requests.exceptions.ProxyError):
        return CaptureFailure("proxy", f"{dial.proxy}: {_proxy_reason(error, dial)}")
    if isinstance(error, requests.exceptions.SSLError):
        # A TLS session closed (no close_notify) after the request went: no answer, as a plain close is.
        tls_kind: FailureKind = "disconnect" if phase == "sent" and _tls_eof(error) else "tls"
        return CaptureFailure(tls_kind, f"{host}: {_tls_reason(error, in_handshake)}")
    if isinstance(error, requests.exceptions.ConnectTimeout):
        return CaptureFailure("timeout", f"connecting to {dial} took longer than {timeout:g}s")
    if isinstance(error, requests.exceptions.ReadTimeout):
        if in_handshake:
            # A server (or a filter on the way) that holds the ClientHello unanswered never had the request:
            # "sent no answer" told a reader it had, and was silent on it.
            return CaptureFailure(
                "timeout", f"{host} did not finish the TLS handshake within {timeout:g}s: no request was sent"
            )
        return CaptureFailure("timeout", f"{host} sent no answer within {timeout:g}s")
    return CaptureFailure(*_connect_reason(error, dial, phase))
