"""The network policy: which address one hop may connect to, decided once, before any traffic.

A host is resolved exactly once; every address it resolves to must be public, and the transport then dials the
first of those very addresses (no second lookup), so a name cannot answer one address to the check and another
to the connection. Numeric tricks (`2130706433`, `0x7f000001`, `0177.1`) need no special parsing: the system
resolver reads them as it would for the connection, and the address it gives is what is checked.
"""

from __future__ import annotations

import functools
import ipaddress
import socket
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import unquote

from provenance.capture.cancel import Cancellation
from provenance.capture.failure import CaptureFailure
from provenance.capture.options import ConnectTo, NetworkOptions
from provenance.capture.proxy import Proxy
from provenance.capture.ranges import embedded_ipv4, special_kind
from provenance.capture.uri import host_key
from provenance.urls import HttpTarget, NotAnHttpUrl, http_target

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int, float], tuple[IPAddress, ...]]


@dataclass(frozen=True)
class Dial:
    """Where one hop connects: an address the policy checked, or the target of a `--connect-to` rule."""

    ip: str
    port: int
    proxy: str | None = None  # the proxy's URL (no credentials) when this is the proxy's address

    def __str__(self) -> str:
        return f"[{self.ip}]:{self.port}" if ":" in self.ip else f"{self.ip}:{self.port}"


def parse_target(url: str) -> HttpTarget:
    """The host and port `url` names; `blocked:` for a scheme other than http(s)."""
    try:
        return http_target(url)
    except NotAnHttpUrl as error:
        if error.other_scheme is not None:
            why = f"scheme {error.other_scheme!r} is not fetched, only http and https"
            raise CaptureFailure("blocked", why) from None
        raise CaptureFailure("url", str(error)) from None


def refusal_reason(address: IPAddress) -> str | None:
    """Why the policy refuses `address` (e.g. `a loopback address`), or None when it is public.

    The ranges are the IANA registries written out in `ranges`, never `ipaddress`'s flags, so the answer is
    the same on every Python version. An IPv6 form that carries an IPv4 address is judged by that address.
    """
    embedded = embedded_ipv4(address) if isinstance(address, ipaddress.IPv6Address) else None
    if embedded is None:
        return special_kind(address)
    form, ipv4 = embedded
    kind = special_kind(ipv4)
    return None if kind is None else f"the {form} form of {ipv4}, {kind}"


def _is_literal(host: str, address: IPAddress) -> bool:
    try:
        return ipaddress.ip_address(host) == address
    except ValueError:
        return False


def _describe_refusal(host: str, address: IPAddress, reason: str, public: Sequence[IPAddress] = ()) -> str:
    """`10.0.0.5 is a private address`; `news.example resolves to 10.0.0.5, a private address`. A number
    that is no name (`2130706433`, `0x7f000001`, `127.1`) is said to be its address, not to resolve to it;
    a name that also resolves to `public` addresses names them, and the rule: a site that opens in a
    browser (from its public address) was blocked for the one address named, with no word of the others."""
    if _is_literal(host, address):
        return f"{host} is {reason}"
    if _literal_address(host) == address:
        return f"{host} is {_written(address)}, {reason}"
    host = host_as_written(host)
    beside = ""
    if public:
        shown = ", ".join(str(each) for each in public[:3]) + (", ..." if len(public) > 3 else "")
        beside = f" (and to {shown}: every address a name resolves to must be public)"
    return f"{host} resolves to {_written(address)}, {reason}{beside}"


def host_as_written(host: str) -> str:
    """`host` as a reader writes it, beside the IDNA form it is asked for: `президент.рф
    (xn--d1abbgf6aiiy.xn--p1ai)`, where a detail named only the punycode of the host the report cites."""
    if "xn--" not in host.lower():
        return host
    import idna  # only for such a name: a capture of any other host never loads it

    try:
        written = idna.decode(host)
    except (idna.IDNAError, UnicodeError, ValueError):
        return host
    return host if written == host.lower() else f"{written} ({host})"


def _written(address: IPAddress) -> str:
    """`address` as a reader knows it: an IPv4-mapped IPv6 address with its IPv4 part dotted
    (`::ffff:169.254.169.254`, which Python before 3.13 writes `::ffff:a9fe:a9fe`)."""
    mapped = address.ipv4_mapped if isinstance(address, ipaddress.IPv6Address) else None
    return f"::ffff:{mapped}" if mapped is not None else str(address)


def resolve_host(
    host: str, port: int, timeout: float, cancellation: Cancellation | None = None
) -> tuple[IPAddress, ...]:
    """Every address `host` resolves to, in the resolver's order; `dns:` on failure or after `timeout`.

    An address written in its standard form (`127.0.0.1`, `::1`) is its own answer, with no lookup; the other
    numeric forms (`2130706433`, `0177.1`) go to the resolver, which reads them as a connection would."""
    try:
        return (ipaddress.ip_address(host),)
    except ValueError:
        pass
    answer: list[tuple[IPAddress, ...]] = []
    failure: list[BaseException] = []
    done = threading.Event()

    def lookup() -> None:
        try:
            infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
            answer.append(tuple(dict.fromkeys(ipaddress.ip_address(info[4][0]) for info in infos)))
        except (OSError, UnicodeError, ValueError) as error:
            failure.append(error)
        finally:
            done.set()

    # getaddrinfo has no timeout of its own; a daemon thread lets a stuck lookup be abandoned, at the
    # timeout or at once when the run is cancelled.
    token = cancellation.on_cancel(done.set) if cancellation else None
    threading.Thread(target=lookup, name=f"dns {host}", daemon=True).start()
    done.wait(timeout)
    if cancellation is not None and token is not None:
        cancellation.forget(token)
        cancellation.check()
    if failure:
        raise CaptureFailure("dns", f"cannot resolve {host_as_written(host)}: {_lookup_failure(failure[0])}")
    if not answer:
        raise CaptureFailure("dns", f"looking up {host_as_written(host)} took longer than {timeout:g}s")
    if not answer[0]:
        raise CaptureFailure("dns", f"{host_as_written(host)} has no address")
    return answer[0]


def _lookup_failure(error: BaseException) -> str:
    """Why a lookup failed, as a reader would say it: the resolver's words without their `[Errno -2]`, and
    a name no resolver can ask about (`a..b`, a label over 63 characters) said to be one, where the
    encoder's `encoding with 'idna' codec failed (UnicodeError: label empty or too long)` was passed on."""
    if isinstance(error, UnicodeError):
        return "it is no name DNS can hold (a part between its dots is empty or over 63 characters)"
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error)


def matching_rule(rules: Sequence[ConnectTo], host: str, port: int) -> ConnectTo | None:
    """The first `--connect-to` rule for host:port, as curl picks it."""
    return next((rule for rule in rules if rule.matches(host, port)), None)


# The Fetch standard's "bad ports" (fetch.spec.whatwg.org, "port blocking"): ports of other protocols (SMTP,
# IRC, SIP, ...) that no browser fetches, so that a page cannot turn a request into that protocol's commands.
# A link or a redirect to one leads a reader nowhere (Chromium: ERR_UNSAFE_PORT). Port 0 since 2025.
_BAD_PORTS = frozenset(
    {0, 1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103}
    | {104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513}
    | {514, 515, 526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720}
    | {1723, 2049, 3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080}
)


def plan_dial(
    target: HttpTarget, options: NetworkOptions, resolve: Resolver | None = None, timeout: float | None = None
) -> Dial:
    """The one address this hop connects to, or `blocked:` / `dns:` before any traffic.

    A port no browser fetches (`_BAD_PORTS`) is refused too, unless a `--connect-to` rule names that host
    and port. `timeout` bounds the name lookup (default `options.timeout`); `resolve` replaces the system
    resolver."""
    wait = options.timeout if timeout is None else timeout
    lookup = resolve or functools.partial(resolve_host, cancellation=options.cancellation)
    proxy = options.proxy_endpoint
    if proxy is not None:
        return _plan_proxied(target, options, proxy, lookup, wait)
    rule = matching_rule(options.connect_to, target.host, target.port)
    if rule is not None:
        # The user named this host:port on the command line: its target is trusted, even when private.
        key = (rule.target_host, rule.target_port)
        addresses = options.target_addresses.get(key) or lookup(*key, wait)
        options.target_addresses[key] = addresses
        return Dial(ip=str(addresses[0]), port=rule.target_port)
    addresses = lookup(target.host, target.port, wait)
    if not options.allows_host(target.host):
        reasons = [(address, refusal_reason(address)) for address in addresses]
        refused = next(((address, reason) for address, reason in reasons if reason is not None), None)
        if refused is not None:
            public = [address for address, reason in reasons if reason is None]
            raise CaptureFailure("blocked", _describe_refusal(target.host, *refused, public))
    _refuse_bad_port(target.port)
    return Dial(ip=str(addresses[0]), port=target.port)


def _refuse_bad_port(port: int) -> None:
    if port in _BAD_PORTS:
        why = f"port {port} is another protocol's, which no browser fetches (the Fetch standard's bad ports)"
        raise CaptureFailure("blocked", why)


def _literal_address(host: str) -> IPAddress | None:
    """The address a host name is written as, in any form a resolver reads as numbers (`127.1`,
    `2130706433`, `0x7f000001`, `0177.1`, `::1`); None for a name."""
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        pass
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except (OSError, ValueError):  # ValueError: a NUL in the name
        return None


def _refuse_through_proxy(host: str) -> None:
    """Through a proxy the name is resolved there, out of our sight: what can be checked here is a
    literal address, and the names every resolver keeps for the machine itself.

    Both are checked as a proxy that parses URLs as browsers do reads them, escapes decoded: it takes
    `127.0.0.1%2e` for `127.0.0.1.`, a loopback address (this machine's resolver never would)."""
    decoded = unquote(host).rstrip(".")
    if any(char < " " or char == "\x7f" for char in decoded):
        # `127.0.0.1%00.example.com`: a proxy's resolver that reads the name up to its NUL reaches 127.0.0.1.
        # No browser reaches such a host (WHATWG forbids it), and neither does the capture without a proxy.
        raise CaptureFailure(
            "url", f"host name {host!r} holds a control character once its escapes are decoded"
        )
    key = host_key(decoded) or decoded
    if key == "localhost" or key.endswith(".localhost"):
        raise CaptureFailure("blocked", f"{host} names the proxy's own machine")
    address = _literal_address(decoded)
    reason = refusal_reason(address) if address is not None else None
    if address is not None and reason is not None:  # a literal: `%31%32%37.0.0.1 is 127.0.0.1, …`
        literal = _is_literal(host, address)
        said = f"{host} is {reason}" if literal else f"{host} is {_written(address)}, {reason}"
        raise CaptureFailure("blocked", said)


def _plan_proxied(
    target: HttpTarget, options: NetworkOptions, proxy: Proxy, lookup: Resolver, wait: float
) -> Dial:
    """The proxy's own address: the proxy resolves the target's name (this machine may not be able to)."""
    if not options.allows_host(target.host):
        _refuse_through_proxy(target.host)
    if matching_rule(options.connect_to, target.host, target.port) is None:
        _refuse_bad_port(target.port)
    rule = matching_rule(options.connect_to, proxy.host, proxy.port)
    host, port = (rule.target_host, rule.target_port) if rule else (proxy.host, proxy.port)
    # The user named the proxy: its address is trusted, even when private (a proxy usually is).
    addresses = lookup(host, port, wait)
    return Dial(ip=str(addresses[0]), port=port, proxy=proxy.url)
