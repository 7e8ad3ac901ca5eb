"""What the caller tells the capture: network options, `--connect-to` rules, WARC provenance, requests."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from provenance import __version__
from provenance.capture.cancel import Cancellation
from provenance.capture.proxy import Proxy
from provenance.capture.retry import HostPacer, HostStanding
from provenance.capture.slots import HostSlots
from provenance.capture.uri import host_key
from provenance.digits import ascii_int
from provenance.errors import UsageError
from provenance.warc.durable import WarcSyncs

if TYPE_CHECKING:  # made by whoever checks captures beside them (`pipeline`): a capture alone has none
    from provenance.capture.rush import Rush

DEFAULT_USER_AGENT = f"provenance/{__version__} (+source provenance capture)"


def tool_user_agent(contact: str | None = None) -> str:
    """The User-Agent naming this tool and version, and `--contact`'s URL where a site can reach whoever runs
    it (the `+URL` convention crawlers use)."""
    return f"provenance/{__version__} (+{contact})" if contact else DEFAULT_USER_AGENT


_HOST_FIELD = r"(\[[^\]]*\]|[^:\[\]]*)"
_CONNECT_TO = re.compile(rf"^{_HOST_FIELD}:([^:]*):{_HOST_FIELD}:([^:]*)$")


def _unbracket(host: str) -> str:
    return host[1:-1] if host.startswith("[") else host


def _parse_port(spec: str, text: str, allow_empty: bool) -> int | None:
    if not text and allow_empty:
        return None
    port = ascii_int(text)
    if port is None or not 0 < port < 65536:
        raise UsageError(f"--connect-to {spec!r}: {text!r} is not a port number (1-65535)")
    return port


@dataclass(frozen=True)
class ConnectTo:
    """curl's `--connect-to H1:P1:H2:P2`; an empty H1 or P1 matches any host or port."""

    host: str
    port: int | None
    target_host: str
    target_port: int

    @classmethod
    def parse(cls, spec: str) -> ConnectTo:
        match = _CONNECT_TO.match(spec.strip())
        if match is None:
            raise UsageError(f"--connect-to {spec!r}: expected HOST1:PORT1:HOST2:PORT2 (IPv6 in [..])")
        host, port, target_host, target_port = match.groups()
        host, target_host = _unbracket(host), _unbracket(target_host)
        if not target_host:
            raise UsageError(f"--connect-to {spec!r}: the target host (third field) is empty")
        source_port = _parse_port(spec, port, allow_empty=True)
        target = _parse_port(spec, target_port, allow_empty=False)
        assert target is not None  # allow_empty=False never gives None
        if host and host_key(host) is None:
            raise UsageError(f"--connect-to {spec!r}: {host!r} is not a valid international host name")
        return cls(
            host=host.lower().rstrip("."),
            port=source_port,
            target_host=target_host,
            target_port=target,
        )

    def __str__(self) -> str:
        """The rule as `--connect-to` takes it, IPv6 hosts in brackets."""

        def field(host: str) -> str:
            return f"[{host}]" if ":" in host else host

        return f"{field(self.host)}:{self.port or ''}:{field(self.target_host)}:{self.target_port}"

    def matches(self, host: str, port: int) -> bool:
        """Whether a request for host:port is this rule's: the host as written or in its IDNA form."""
        if self.port not in (None, port):
            return False
        return not self.host or host_key(self.host) == host_key(host)


_MAX_CA_BUNDLE_BYTES = 10_000_000


def checked_ca_bundle(path: Path) -> str:
    """`--ca-bundle`: a readable PEM file holding at least one certificate that OpenSSL accepts."""
    import ssl

    from provenance.files import read_input

    data = read_input(path, "CA bundle", max_bytes=_MAX_CA_BUNDLE_BYTES)
    problem = f"--ca-bundle {path}: not a PEM file of CA certificates"
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        raise UsageError(f"{problem} (it is binary; convert DER with `openssl x509 -inform der`)") from None
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    try:
        context.load_verify_locations(cadata=text)
    except (ssl.SSLError, ValueError) as error:
        raise UsageError(f"{problem} ({getattr(error, 'reason', None) or error})") from None
    if not context.cert_store_stats()["x509"]:
        raise UsageError(f"{problem} (no certificate in it)")
    return str(path)


# The variables that name a CA bundle when `--ca-bundle` does not, in the order they are honoured.
CA_BUNDLE_VARIABLES = ("REQUESTS_CA_BUNDLE", "SSL_CERT_FILE")


def ca_bundle_in_effect(ca_bundle: str | None, environ: Mapping[str, str]) -> tuple[str | None, str]:
    """The CA bundle TLS trusts and what named it: `--ca-bundle`, a variable, or (None, "system store")."""
    if ca_bundle:
        return ca_bundle, "--ca-bundle"
    for variable in CA_BUNDLE_VARIABLES:
        if environ.get(variable):
            return environ[variable], variable
    return None, "system store"


# A whole head, and a whole body, may take this many of `--timeout` (each read alone takes one at most).
WHOLE_ANSWER_WAITS = 4


@dataclass(frozen=True, repr=False, eq=False)
class NetworkOptions:
    """How captures reach the network: the command's network options (`--timeout`, `--proxy`, ...)."""

    allow_private: bool = False
    allow_hosts: tuple[str, ...] = ()  # --allow-host: these names are fetched even at private addresses
    connect_to: tuple[ConnectTo, ...] = ()
    timeout: float = 30.0  # connect and each read; a whole head, and a whole body, within 4x this
    footnote_timeout: float = 180.0  # one capture (every hop, side request and retry) within this
    max_bytes: int = 50_000_000  # per response body
    max_redirects: int = 10
    ca_bundle: str | None = None  # else REQUESTS_CA_BUNDLE / SSL_CERT_FILE, else the system store
    proxy: str | None = None  # `http://[user:password@]host:port`; proxy variables are always ignored
    user_agent: str = DEFAULT_USER_AGENT
    retries: int = 0  # asking again after a failure likely to pass (capture.retry); the CLI asks twice
    retry_base: float = 1.0  # seconds: the first retry's wait, doubled for each next one (with jitter)
    host_interval: float = 0.0  # seconds between the starts of two requests to one host, over the run
    contact: str | None = None  # --contact: named in the User-Agent
    # The run's cancel switch, shared by every capture made with these options (not an option as such).
    cancellation: Cancellation = field(default_factory=Cancellation, compare=False, repr=False)
    # The addresses of `--connect-to` targets named by host name, looked up once per run (by `policy`).
    target_addresses: dict[tuple[str, int], tuple[object, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )
    # The run's per-host request times, for `host_interval` (shared state, not an option as such).
    pacer: HostPacer = field(default_factory=HostPacer, compare=False, repr=False)
    # What the run's answers say of each host (shared state, not an option as such): a host that left the
    # last attempts without an answer, or asked for a pause, gets no optional requests
    # (`OutgoingRequest.optional`). In memory, unless the run keeps it over its processes
    # (`pipeline.check_reports` gives it the `--per-host` slots' folder).
    standing: HostStanding = field(default_factory=HostStanding, compare=False, repr=False)
    # `--per-host` for every request, over the run's processes (`capture.slots`); None: requests are not
    # limited (only captures are, by the scheduler).
    slots: HostSlots | None = field(default=None, compare=False, repr=False)
    # Where a capture leaves its published WARC's disk sync (shared state, not an option as such): None, the
    # capture syncs it itself; given, whoever follows the captures syncs it before any line names it
    # (`pipeline`, `capture.after`), and a failure there becomes the capture's error.
    warc_syncs: WarcSyncs | None = field(default=None, compare=False, repr=False)
    # The captures' workers at interpreter work (shared state, not an option as such): given, each capture
    # is counted there but for its waits, and the checks made beside the captures wait for a moment none
    # is (`capture.rush`, `capture.after`).
    rush: Rush | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.proxy is not None:
            Proxy.parse(self.proxy)  # a proxy that cannot be used is a usage error, before anything runs

    @property
    def proxy_endpoint(self) -> Proxy | None:
        return Proxy.parse(self.proxy) if self.proxy is not None else None

    def allows_host(self, host: str) -> bool:
        """Whether `host` may be fetched at a private address: --allow-private, or named by --allow-host (as
        written or in its IDNA form)."""
        if self.allow_private:
            return True
        key = host_key(host)
        return key is not None and any(host_key(allowed) == key for allowed in self.allow_hosts)

    @property
    def body_deadline(self) -> float:
        return WHOLE_ANSWER_WAITS * self.timeout


@dataclass(frozen=True, repr=False, eq=False)
class WarcInfo:
    """Who captured, with what and where; written into the `warcinfo` record."""

    software: str
    operator: str
    hostname: str
    command_line: str


@dataclass(frozen=True, repr=False, eq=False)
class FollowUp:
    """One more request into the same WARC, decided from what was captured before it (an archived copy)."""

    url: str
    headers: tuple[tuple[str, str], ...] = ()  # sent on the first hop only (e.g. `Accept-Datetime`)
    follow_redirects: bool = True
    # A body cap of its own, below `--max-bytes` (an Internet Archive item's text: a few MB of a book's OCR,
    # where the run's cap is 50 MB); None: the run's.
    max_bytes: int | None = None


# Called after the main and side requests with the WARC as written so far (readable, positioned at 0), and
# again after the requests it chose, until it chooses none it has not chosen before (`capture._follow_ups`).
FollowUps = Callable[[BinaryIO], Sequence[FollowUp]]


def joined_follow_ups(*choosers: FollowUps | None) -> FollowUps | None:
    """One `FollowUps` asking each of `choosers` (None: none given) in turn, each from the WARC's start."""
    given = [chooser for chooser in choosers if chooser is not None]
    if len(given) <= 1:
        return given[0] if given else None

    def choose(stream: BinaryIO) -> Sequence[FollowUp]:
        chosen: list[FollowUp] = []
        for chooser in given:
            stream.seek(0)
            chosen.extend(chooser(stream))
        return chosen

    return choose


@dataclass(frozen=True, repr=False, eq=False)
class CaptureRequest:
    """One capture to make: a URL, the WARC's name, and what else goes into the same WARC."""

    url: str
    name: str  # file-name stem chosen by the caller, e.g. "brief.md-fn3"
    label: str | None = None  # footnote label, recorded in the metadata record
    side_urls: tuple[str, ...] = ()  # platform side requests; captured into the same WARC
    follow_ups: FollowUps | None = None  # further requests chosen from the capture so far
