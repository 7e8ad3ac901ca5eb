"""Which addresses are not public: the IANA special-purpose registries, written out.

The policy does not ask `ipaddress` (`is_private`, `is_global`, ...): which ranges those flags cover changed
between Python patch releases (3.11.10, 3.12.4, 3.13), so the same capture was refused on one machine and
made on another. These tables are the registries as of 2025:

- IPv4 Special-Purpose Address Registry, plus multicast 224.0.0.0/4 (RFC 5771);
- IPv6 Special-Purpose Address Registry, plus the IPv6 Address Space registry, where only 2000::/3 is global
  unicast: fe80::/10 link-local, fec0::/10 the old site-local, ff00::/8 multicast, the rest IETF-reserved.

A row whose kind is None is a block the registry marks globally reachable (anycast services inside a
special block): allowed. The most specific row that holds an address decides.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Sequence

_Network = ipaddress.IPv4Network | ipaddress.IPv6Network

_PRIVATE = "a private address"
_IETF = "an IETF protocol assignment address"
_DOCUMENTATION = "a documentation address"
_BENCHMARKING = "a benchmarking address"
_RESERVED = "a reserved address"

IPV4_SPECIAL: tuple[tuple[str, str | None], ...] = (
    ("0.0.0.0/8", "a 'this network' address"),  # RFC 791
    ("0.0.0.0/32", "an unspecified address"),  # RFC 1122
    ("10.0.0.0/8", _PRIVATE),  # RFC 1918
    ("100.64.0.0/10", "a shared (CGNAT) address"),  # RFC 6598
    ("127.0.0.0/8", "a loopback address"),  # RFC 1122
    ("169.254.0.0/16", "a link-local address"),  # RFC 3927
    ("172.16.0.0/12", _PRIVATE),  # RFC 1918
    ("192.0.0.0/24", _IETF),  # RFC 6890; includes 192.0.0.0/29, .8, .170/31 (RFC 7335, 7600, 8880)
    ("192.0.0.9/32", None),  # RFC 7723 Port Control Protocol anycast
    ("192.0.0.10/32", None),  # RFC 8155 TURN anycast
    ("192.0.2.0/24", _DOCUMENTATION),  # RFC 5737 TEST-NET-1
    ("192.31.196.0/24", None),  # RFC 7535 AS112-v4
    ("192.52.193.0/24", None),  # RFC 7450 AMT
    ("192.88.99.0/24", "a deprecated 6to4 relay address"),  # RFC 7526
    ("192.168.0.0/16", _PRIVATE),  # RFC 1918
    ("192.175.48.0/24", None),  # RFC 7534 direct delegation AS112
    ("198.18.0.0/15", _BENCHMARKING),  # RFC 2544
    ("198.51.100.0/24", _DOCUMENTATION),  # RFC 5737 TEST-NET-2
    ("203.0.113.0/24", _DOCUMENTATION),  # RFC 5737 TEST-NET-3
    ("224.0.0.0/4", "a multicast address"),  # RFC 5771
    ("240.0.0.0/4", _RESERVED),  # RFC 1112
    ("255.255.255.255/32", "the broadcast address"),  # RFC 919
)

# IPv6 forms that carry an IPv4 address are judged by that address (see `embedded_ipv4`), so they are
# absent here: ::ffff:0:0/96 (IPv4-mapped), 64:ff9b::/96 (NAT64, RFC 6052), 2002::/16 (6to4, RFC 3056).
IPV6_SPECIAL: tuple[tuple[str, str | None], ...] = (
    ("::/0", _RESERVED),  # everything outside 2000::/3 not named below is IETF-reserved
    ("2000::/3", None),  # global unicast
    ("::/128", "an unspecified address"),  # RFC 4291
    ("::1/128", "a loopback address"),  # RFC 4291
    ("64:ff9b:1::/48", "a local-use translation address"),  # RFC 8215
    ("100::/64", "a discard-only address"),  # RFC 6666
    ("2001::/23", _IETF),  # RFC 2928
    ("2001::/32", "a Teredo address"),  # RFC 4380: a tunnel to an IPv4 host
    ("2001:1::1/128", None),  # RFC 7723 PCP anycast
    ("2001:1::2/128", None),  # RFC 8155 TURN anycast
    ("2001:1::3/128", None),  # RFC 9665 DNS-SD SRP anycast
    ("2001:2::/48", _BENCHMARKING),  # RFC 5180
    ("2001:3::/32", None),  # RFC 7450 AMT
    ("2001:4:112::/48", None),  # RFC 7535 AS112-v6
    ("2001:20::/28", None),  # RFC 7343 ORCHIDv2
    ("2001:30::/28", None),  # RFC 9374 drone remote ID
    ("2001:db8::/32", _DOCUMENTATION),  # RFC 3849
    ("2620:4f:8000::/48", None),  # RFC 7534 direct delegation AS112
    ("3fff::/20", _DOCUMENTATION),  # RFC 9637
    ("5f00::/16", "a segment routing (SRv6) address"),  # RFC 9602
    ("fc00::/7", _PRIVATE),  # RFC 4193 unique local
    ("fe80::/10", "a link-local address"),  # RFC 4291
    ("fec0::/10", "a site-local address"),  # RFC 3879, deprecated
    ("ff00::/8", "a multicast address"),  # RFC 4291
)

_IPV4_MAPPED = ipaddress.IPv6Network("::ffff:0:0/96")
_NAT64 = ipaddress.IPv6Network("64:ff9b::/96")
_SIX_TO_FOUR = ipaddress.IPv6Network("2002::/16")


def _most_specific_first(rows: Sequence[tuple[str, str | None]]) -> tuple[tuple[_Network, str | None], ...]:
    networks = [(ipaddress.ip_network(network), kind) for network, kind in rows]
    return tuple(sorted(networks, key=lambda row: -row[0].prefixlen))


_IPV4_ROWS = _most_specific_first(IPV4_SPECIAL)
_IPV6_ROWS = _most_specific_first(IPV6_SPECIAL)


def special_kind(address: ipaddress.IPv4Address | ipaddress.IPv6Address) -> str | None:
    """What the registries call `address` when it is not public (`a loopback address`), else None."""
    rows = _IPV4_ROWS if isinstance(address, ipaddress.IPv4Address) else _IPV6_ROWS
    return next((kind for network, kind in rows if address in network), None)


def embedded_ipv4(address: ipaddress.IPv6Address) -> tuple[str, ipaddress.IPv4Address] | None:
    """The IPv4 address an IPv6 address stands for, with the name of the form, if it is such a form."""
    if address in _IPV4_MAPPED:
        return "IPv4-mapped", ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address in _NAT64:
        return "NAT64", ipaddress.IPv4Address(int(address) & 0xFFFFFFFF)
    if address in _SIX_TO_FOUR:
        return "6to4", ipaddress.IPv4Address((int(address) >> 80) & 0xFFFFFFFF)
    return None
