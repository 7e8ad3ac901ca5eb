"""Every special-purpose range the policy refuses, from the IANA registries, tested at both of its ends.

Python's `ipaddress` changed which ranges count as private or global in 3.11.10 / 3.12.4 (and again
later), so a policy built on `is_private` / `is_global` refused different addresses on different patch
versions. The expectations here are written from the registries themselves, not from `ipaddress`:
- IPv4 Special-Purpose Address Registry (iana-ipv4-special-registry) and the multicast range 224.0.0.0/4;
- IPv6 Special-Purpose Address Registry (iana-ipv6-special-registry), and the IPv6 Address Space registry,
  in which only 2000::/3 is global unicast (fe80::/10 link-local, fec0::/10 old site-local, ff00::/8
  multicast, the rest reserved by the IETF).
"""

from __future__ import annotations

import ipaddress

import pytest

from provenance.capture.policy import refusal_reason

# (range, why it is refused, the words a refusal uses)
REFUSED_IPV4 = [
    ("0.0.0.0/32", "RFC 1122 unspecified", "an unspecified address"),
    ("0.0.0.1/32", "RFC 791 'this network' (0.0.0.0/8)", "a 'this network' address"),
    ("0.255.255.255/32", "RFC 791 'this network' (0.0.0.0/8)", "a 'this network' address"),
    ("10.0.0.0/8", "RFC 1918 private use", "a private address"),
    ("100.64.0.0/10", "RFC 6598 shared address space", "a shared (CGNAT) address"),
    ("127.0.0.0/8", "RFC 1122 loopback", "a loopback address"),
    ("169.254.0.0/16", "RFC 3927 link local", "a link-local address"),
    ("172.16.0.0/12", "RFC 1918 private use", "a private address"),
    ("192.0.0.0/29", "RFC 7335 IPv4 service continuity prefix", "an IETF protocol assignment address"),
    ("192.0.0.8/32", "RFC 7600 IPv4 dummy address", "an IETF protocol assignment address"),
    ("192.0.0.11/32", "RFC 6890 IETF protocol assignments", "an IETF protocol assignment address"),
    ("192.0.0.170/31", "RFC 8880 NAT64/DNS64 discovery", "an IETF protocol assignment address"),
    ("192.0.0.172/30", "RFC 6890 IETF protocol assignments", "an IETF protocol assignment address"),
    ("192.0.0.255/32", "RFC 6890 IETF protocol assignments", "an IETF protocol assignment address"),
    ("192.0.2.0/24", "RFC 5737 documentation (TEST-NET-1)", "a documentation address"),
    ("192.88.99.0/24", "RFC 7526 deprecated 6to4 relay anycast", "a deprecated 6to4 relay address"),
    ("192.168.0.0/16", "RFC 1918 private use", "a private address"),
    ("198.18.0.0/15", "RFC 2544 benchmarking", "a benchmarking address"),
    ("198.51.100.0/24", "RFC 5737 documentation (TEST-NET-2)", "a documentation address"),
    ("203.0.113.0/24", "RFC 5737 documentation (TEST-NET-3)", "a documentation address"),
    ("224.0.0.0/4", "RFC 5771 multicast", "a multicast address"),
    ("240.0.0.0/5", "RFC 1112 reserved", "a reserved address"),
    ("248.0.0.0/6", "RFC 1112 reserved", "a reserved address"),
    ("255.255.255.254/32", "RFC 1112 reserved", "a reserved address"),
    ("255.255.255.255/32", "RFC 919 limited broadcast", "the broadcast address"),
]

# Ranges inside refused blocks that the registries mark "globally reachable": anycast services, allowed.
GLOBAL_INSIDE_SPECIAL_IPV4 = [
    "192.0.0.9",  # RFC 7723 Port Control Protocol anycast
    "192.0.0.10",  # RFC 8155 TURN anycast
    "192.31.196.0",  # RFC 7535 AS112-v4
    "192.52.193.255",  # RFC 7450 AMT
    "192.175.48.1",  # RFC 7534 direct delegation AS112
]

REFUSED_IPV6 = [
    ("::/128", "RFC 4291 unspecified", "an unspecified address"),
    ("::1/128", "RFC 4291 loopback", "a loopback address"),
    ("::2/127", "IETF reserved (outside 2000::/3)", "a reserved address"),
    ("::100:0:0/104", "IETF reserved (outside 2000::/3)", "a reserved address"),
    ("64:ff9b:1::/48", "RFC 8215 local-use IPv4/IPv6 translation", "a local-use translation address"),
    ("100::/64", "RFC 6666 discard-only", "a discard-only address"),
    ("100:0:0:1::/64", "RFC 9780 dummy IPv6 prefix", "a reserved address"),
    ("2001::/32", "RFC 4380 Teredo", "a Teredo address"),
    ("2001:2::/48", "RFC 5180 benchmarking", "a benchmarking address"),
    ("2001:10::/28", "RFC 4843 deprecated ORCHID", "an IETF protocol assignment address"),
    ("2001:1::4/126", "RFC 2928 IETF protocol assignments", "an IETF protocol assignment address"),
    ("2001:1ff::/32", "RFC 2928 IETF protocol assignments", "an IETF protocol assignment address"),
    ("2001:db8::/32", "RFC 3849 documentation", "a documentation address"),
    ("3fff::/20", "RFC 9637 documentation", "a documentation address"),
    ("5f00::/16", "RFC 9602 segment routing SIDs", "a segment routing (SRv6) address"),
    ("fc00::/7", "RFC 4193 unique local", "a private address"),
    ("fe80::/10", "RFC 4291 link-local unicast", "a link-local address"),
    ("fec0::/10", "RFC 3879 deprecated site-local", "a site-local address"),
    ("ff00::/8", "RFC 4291 multicast", "a multicast address"),
    ("e000::/4", "IETF reserved (outside 2000::/3)", "a reserved address"),
]

GLOBAL_INSIDE_SPECIAL_IPV6 = [
    "2001:1::1",  # RFC 7723 PCP anycast
    "2001:1::2",  # RFC 8155 TURN anycast
    "2001:1::3",  # RFC 9665 DNS-SD SRP anycast
    "2001:3::1",  # RFC 7450 AMT
    "2001:4:112::1",  # RFC 7535 AS112-v6
    "2001:20::1",  # RFC 7343 ORCHIDv2
    "2001:30::1",  # RFC 9374 drone remote ID
    "2620:4f:8000::1",  # RFC 7534 direct delegation AS112
]

PUBLIC = [
    "1.1.1.1",
    "9.255.255.255",
    "11.0.0.0",
    "100.63.255.255",
    "100.128.0.0",
    "172.32.0.0",
    "192.0.1.0",
    "198.20.0.0",
    "223.255.255.255",
    "2000::1",
    "2606:4700:4700::1111",
    "2a00:1450:4001:80b::200e",
    "3fff:1000::1",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
    "2002:808:808::1",
]


def _ends(network: str) -> list[str]:
    block = ipaddress.ip_network(network)
    return [str(block[0]), str(block[-1])]


@pytest.mark.parametrize(
    ("address", "kind"),
    [(address, kind) for network, _, kind in REFUSED_IPV4 + REFUSED_IPV6 for address in _ends(network)],
)
def test_each_special_purpose_range_is_refused_at_both_ends(address: str, kind: str) -> None:
    reason = refusal_reason(ipaddress.ip_address(address))
    assert reason is not None and reason.endswith(kind), reason


@pytest.mark.parametrize("address", GLOBAL_INSIDE_SPECIAL_IPV4 + GLOBAL_INSIDE_SPECIAL_IPV6 + PUBLIC)
def test_globally_reachable_addresses_are_allowed_whatever_the_python_version(address: str) -> None:
    assert refusal_reason(ipaddress.ip_address(address)) is None


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("::ffff:10.1.2.3", "the IPv4-mapped form of 10.1.2.3, a private address"),
        ("::ffff:192.0.0.9", None),
        ("64:ff9b::c000:20f", "the NAT64 form of 192.0.2.15, a documentation address"),
        ("2002:c612:0001::", "the 6to4 form of 198.18.0.1, a benchmarking address"),
        ("2002:6440:0::", "the 6to4 form of 100.64.0.0, a shared (CGNAT) address"),
    ],
)
def test_an_ipv4_address_inside_ipv6_is_judged_as_that_ipv4_address(address: str, reason: str | None) -> None:
    assert refusal_reason(ipaddress.ip_address(address)) == reason
