from __future__ import annotations

import ipaddress
import socket

import pytest

from provenance.capture.failure import CaptureFailure
from provenance.capture.options import ConnectTo, NetworkOptions
from provenance.capture.policy import (
    Dial,
    IPAddress,
    Resolver,
    parse_target,
    plan_dial,
    refusal_reason,
    resolve_host,
)


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("127.0.0.1", "a loopback address"),
        ("127.8.9.10", "a loopback address"),
        ("10.1.2.3", "a private address"),
        ("172.16.0.1", "a private address"),
        ("192.168.1.1", "a private address"),
        ("169.254.169.254", "a link-local address"),
        ("100.64.0.1", "a shared (CGNAT) address"),
        ("224.0.0.1", "a multicast address"),
        ("240.0.0.1", "a reserved address"),
        ("0.0.0.0", "an unspecified address"),
        ("255.255.255.255", "the broadcast address"),
        ("::1", "a loopback address"),
        ("::", "an unspecified address"),
        ("fe80::1", "a link-local address"),
        ("fc00::1", "a private address"),
        ("ff02::1", "a multicast address"),
        ("::ffff:127.0.0.1", "the IPv4-mapped form of 127.0.0.1, a loopback address"),
        ("2002:a00:1::", "the 6to4 form of 10.0.0.1, a private address"),
        ("64:ff9b::a9fe:a9fe", "the NAT64 form of 169.254.169.254, a link-local address"),
    ],
)
def test_non_public_addresses_are_refused_with_their_kind(address: str, reason: str) -> None:
    assert refusal_reason(ipaddress.ip_address(address)) == reason


@pytest.mark.parametrize(
    "address", ["93.184.216.34", "2606:2800:220:1::1", "::ffff:8.8.8.8", "64:ff9b::808:808"]
)
def test_public_addresses_are_allowed(address: str) -> None:
    assert refusal_reason(ipaddress.ip_address(address)) is None


def _resolver(table: dict[str, tuple[str, ...]]) -> Resolver:
    def resolve(host: str, port: int, timeout: float) -> tuple[IPAddress, ...]:
        return tuple(ipaddress.ip_address(a) for a in table[host])

    return resolve


def test_a_name_with_any_private_address_is_blocked_naming_its_public_ones_and_the_rule() -> None:
    # It said only "resolves to 10.0.0.5": of a site that opens in a browser (from its public address), the
    # user saw no reason for the refusal.
    resolve = _resolver({"mixed.example": ("93.184.216.34", "10.0.0.5")})
    with pytest.raises(CaptureFailure) as raised:
        plan_dial(parse_target("http://mixed.example/"), NetworkOptions(), resolve)
    assert str(raised.value) == (
        "blocked: mixed.example resolves to 10.0.0.5, a private address (and to 93.184.216.34: every address "
        "a name resolves to must be public)"
    )


def test_a_name_resolving_to_an_ipv4_mapped_address_names_it_with_its_ipv4_part_dotted() -> None:
    # Python before 3.13 wrote it `::ffff:a9fe:a9fe`, which a reader does not know for the metadata service's.
    resolve = _resolver({"meta.example": ("::ffff:169.254.169.254",)})
    with pytest.raises(CaptureFailure) as raised:
        plan_dial(parse_target("http://meta.example/"), NetworkOptions(), resolve)
    assert str(raised.value) == (
        "blocked: meta.example resolves to ::ffff:169.254.169.254, the IPv4-mapped form of 169.254.169.254, "
        "a link-local address"
    )


def test_a_name_with_only_private_addresses_is_blocked_naming_the_first() -> None:
    resolve = _resolver({"intranet.example": ("10.0.0.5", "fd00::5")})
    with pytest.raises(CaptureFailure) as raised:
        plan_dial(parse_target("http://intranet.example/"), NetworkOptions(), resolve)
    assert str(raised.value) == "blocked: intranet.example resolves to 10.0.0.5, a private address"


@pytest.mark.parametrize(
    ("url", "said"),
    [
        ("http://2130706433/", "2130706433 is 127.0.0.1, a loopback address"),
        ("http://0x7f000001/", "0x7f000001 is 127.0.0.1, a loopback address"),
        ("http://127.1/", "127.1 is 127.0.0.1, a loopback address"),
        ("http://10.0.0.1/", "10.0.0.1 is a private address"),
        (
            "http://[::ffff:169.254.169.254]/",
            "::ffff:169.254.169.254 is the IPv4-mapped form of 169.254.169.254, a link-local address",
        ),
    ],
)
def test_an_address_written_as_a_number_is_said_to_be_that_address_not_to_resolve_to_it(
    url: str, said: str
) -> None:
    # "2130706433 resolves to 127.0.0.1" read as a DNS answer: no name was looked up.
    with pytest.raises(CaptureFailure) as raised:
        plan_dial(parse_target(url), NetworkOptions())
    assert str(raised.value) == f"blocked: {said}"


@pytest.mark.parametrize(
    ("host", "said"),
    [
        ("127.0.0.1", "127.0.0.1 is a loopback address"),
        ("%31%32%37.0.0.1", "%31%32%37.0.0.1 is 127.0.0.1, a loopback address"),
        ("0x7f.1", "0x7f.1 is 127.0.0.1, a loopback address"),
    ],
)
def test_a_literal_address_refused_before_a_proxy_is_said_to_be_that_address(host: str, said: str) -> None:
    options = NetworkOptions(proxy="http://proxy.example:3128")
    with pytest.raises(CaptureFailure) as raised:
        plan_dial(parse_target(f"http://{host}/"), options, _resolver({"proxy.example": ("10.0.0.9",)}))
    assert str(raised.value) == f"blocked: {said}"


def test_dial_uses_the_checked_address_and_the_url_port() -> None:
    resolve = _resolver({"news.example": ("93.184.216.34",)})
    dial = plan_dial(parse_target("https://news.example:8443/a"), NetworkOptions(), resolve)
    assert dial == Dial("93.184.216.34", 8443)


def test_connect_to_target_is_allowed_even_when_private() -> None:
    options = NetworkOptions(connect_to=(ConnectTo("t.me", 443, "127.0.0.1", 9443),))
    assert plan_dial(parse_target("https://t.me/x/1"), options) == Dial("127.0.0.1", 9443)


def test_connect_to_for_another_port_does_not_lift_the_policy() -> None:
    options = NetworkOptions(connect_to=(ConnectTo("localhost", 443, "127.0.0.1", 9443),))
    with pytest.raises(CaptureFailure, match=r"^blocked: localhost resolves to"):
        plan_dial(parse_target("http://localhost/"), options)


def test_allow_private_lifts_the_policy() -> None:
    assert plan_dial(parse_target("http://127.0.0.1:81/"), NetworkOptions(allow_private=True)) == Dial(
        "127.0.0.1", 81
    )


@pytest.mark.parametrize("url", ["ftp://example.com/file", "file:///etc/passwd", "gopher://127.0.0.1/"])
def test_only_http_and_https_are_fetched(url: str) -> None:
    with pytest.raises(CaptureFailure, match=r"^blocked: scheme"):
        parse_target(url)


def test_unresolvable_name_is_a_dns_failure() -> None:
    with pytest.raises(CaptureFailure, match=r"^dns: "):
        plan_dial(parse_target("http://no-such-host.invalid/"), NetworkOptions(timeout=5))


@pytest.mark.parametrize("host", ["a..b.example", "x" * 64 + ".example", ".example"])
def test_a_name_dns_cannot_hold_is_said_to_be_one_not_an_encoders_error(host: str) -> None:
    # Was "cannot resolve a..b.example: encoding with 'idna' codec failed (UnicodeError: label empty or
    # too long)", Python's words in a `captured` detail a fact-checker reads.
    with pytest.raises(CaptureFailure) as raised:
        resolve_host(host, 80, timeout=5)
    assert str(raised.value) == (
        f"dns: cannot resolve {host}: it is no name DNS can hold (a part between its dots is empty or "
        "over 63 characters)"
    )


def test_a_failed_lookup_says_the_resolver_s_words_without_its_error_number(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_such_name(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    with pytest.raises(CaptureFailure) as raised:
        resolve_host("gone.example", 80, timeout=5)
    assert str(raised.value) == "dns: cannot resolve gone.example: Name or service not known"


@pytest.mark.parametrize("literal", ["127.0.0.1", "::1", "93.184.216.34"])
def test_an_address_literal_is_its_own_answer_without_the_resolver(
    literal: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_resolver(*args: object, **kwargs: object) -> None:
        raise AssertionError("the resolver was asked about an address literal")

    monkeypatch.setattr(socket, "getaddrinfo", no_resolver)
    assert resolve_host(literal, 80, timeout=5) == (ipaddress.ip_address(literal),)


def test_a_numeric_form_other_than_the_standard_one_still_goes_to_the_resolver() -> None:
    # `2130706433` is 127.0.0.1 to the resolver (and so to a connection): it is checked as what it dials.
    assert resolve_host("2130706433", 80, timeout=5) == (ipaddress.ip_address("127.0.0.1"),)


def test_a_connect_to_target_name_is_looked_up_once_per_run() -> None:
    asked: list[str] = []

    def resolver(host: str, port: int, timeout: float) -> tuple[IPAddress, ...]:
        asked.append(host)
        return (ipaddress.ip_address("127.0.0.1"),)

    options = NetworkOptions(connect_to=(ConnectTo.parse("::localhost:8080"),))
    dials = [plan_dial(parse_target(f"http://site{n}.example/"), options, resolver) for n in range(3)]
    assert asked == ["localhost"]
    assert {dial.ip for dial in dials} == {"127.0.0.1"}


@pytest.mark.parametrize("host", ["127.0.0.1%00.news.example", "news.example%0a", "news%7F.example"])
def test_a_host_holding_an_escaped_control_character_is_refused_before_the_proxy_not_a_crash(
    host: str,
) -> None:
    # A proxy whose resolver reads `127.0.0.1%00.news.example` up to the NUL would reach its own loopback;
    # the policy raised a bare ValueError on it.
    options = NetworkOptions(proxy="http://proxy.example:3128")

    def resolver(host: str, port: int, timeout: float) -> tuple[IPAddress, ...]:
        raise AssertionError(f"looked up {host}: the target is refused before the proxy is dialled")

    with pytest.raises(CaptureFailure) as refused:
        plan_dial(parse_target(f"http://{host}/story"), options, resolve=resolver)
    assert str(refused.value).startswith(f"url: host name {host!r} holds a control character")


@pytest.mark.parametrize("port", [25, 6667, 10080, 4190, 0])  # 0 was fetched at the scheme's port
def test_a_port_no_browser_fetches_is_blocked_as_another_protocols(port: int) -> None:
    # A page sending the capture to a mail or IRC server's port made it speak HTTP to that server.
    resolve = _resolver({"mail.example": ("93.184.216.34",)})
    with pytest.raises(CaptureFailure) as refused:
        plan_dial(parse_target(f"http://mail.example:{port}/"), NetworkOptions(), resolve)
    assert str(refused.value) == (
        f"blocked: port {port} is another protocol's, which no browser fetches "
        "(the Fetch standard's bad ports)"
    )


def test_a_port_no_browser_fetches_is_blocked_through_a_proxy_too() -> None:
    options = NetworkOptions(proxy="http://proxy.example:3128")
    with pytest.raises(CaptureFailure, match=r"^blocked: port 25 is another protocol's"):
        plan_dial(parse_target("http://mail.example:25/"), options, _resolver({}))


def test_a_port_browsers_fetch_and_one_named_by_connect_to_are_dialled() -> None:
    resolve = _resolver({"news.example": ("93.184.216.34",)})
    assert plan_dial(parse_target("http://news.example:8080/"), NetworkOptions(), resolve) == Dial(
        "93.184.216.34", 8080
    )
    options = NetworkOptions(connect_to=(ConnectTo("news.example", 25, "127.0.0.1", 2525),))
    assert plan_dial(parse_target("http://news.example:25/"), options) == Dial("127.0.0.1", 2525)


@pytest.mark.parametrize(
    ("url", "named"),
    [
        (
            "http://xn--d1abbgf6aiiy.xn--p1ai/",
            "\u043f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442.\u0440\u0444 (xn--d1abbgf6aiiy.xn--p1ai)",
        ),
        ("http://b\u00fccher.example/", "b\u00fccher.example"),  # as cited: the policy sees it in IDNA form
        ("http://xn--zz.example/", "xn--zz.example"),  # no valid A-label: shown as it is
        ("http://news.example/", "news.example"),
    ],
)
def test_a_blocked_international_host_is_named_as_written_beside_its_idna_form(url: str, named: str) -> None:
    # "xn--d1abbgf6aiiy.xn--p1ai resolves to 10.0.0.1": the reader did not know the host the report cites.
    from provenance.capture.uri import request_uri

    resolve = _resolver({parse_target(request_uri(url)).host: ("10.0.0.1",)})
    with pytest.raises(CaptureFailure) as raised:
        plan_dial(parse_target(request_uri(url)), NetworkOptions(), resolve)
    said = str(raised.value)
    assert said.startswith(f"blocked: {named}") and said.endswith(" resolves to 10.0.0.1, a private address")


def test_a_failed_lookup_of_an_international_host_names_it_as_written(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_such_name(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_name)
    with pytest.raises(CaptureFailure) as raised:
        resolve_host("xn--bcher-kva.example", 80, timeout=5)
    assert str(raised.value) == (
        "dns: cannot resolve b\u00fccher.example (xn--bcher-kva.example): Name or service not known"
    )
