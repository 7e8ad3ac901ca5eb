"""How a run reached its sources, as its run line's options record it: what a reviewer must be told beside
"captured from IP ...".

A page fetched through `--connect-to` came from an address the operator chose, not the one the host's name
leads to; one fetched through `--proxy` came through a machine between; and a TLS certificate accepted
under `--ca-bundle` was judged by certificates the operator chose, not the system's store. Each has its
uses (a test server, a mirror, a corporate proxy), and each means the capture shows what that route served:
the evidence must say so wherever it says where a page came from (`verify`, the HTML view).

Pure: the options are the run line's, read as untrusted data (a rule that does not parse is named as it is,
and matches nothing).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from provenance.errors import UsageError
from provenance.urls import NotAnHttpUrl, http_target


def connect_to_rules(options: Mapping[str, Any]) -> tuple[str, ...]:
    """The run's `--connect-to` rules as recorded; nothing when the record holds none (or no list)."""
    rules = options.get("connect_to")
    if not isinstance(rules, list):
        return ()
    return tuple(str(rule) for rule in rules)


def route_notes(options: Mapping[str, Any]) -> tuple[str, ...]:
    """A sentence for each way the run's requests left the usual route: `--connect-to`, `--allow-private`,
    `--allow-host`, `--proxy`, `--ca-bundle`. Private addresses allowed are said as a route is: a capture
    from 127.0.0.1 under `--allow-private` is the run's own choice, as under `--connect-to`, and a reader of
    a run line whose `--connect-to` was swapped for `--allow-private` learnt nothing of it."""
    notes = []
    rules = connect_to_rules(options)
    if rules:
        notes.append(
            f"requests went through --connect-to {', '.join(rules)}: the hosts these name were reached at "
            "the addresses given (the operator's choice), not at their own"
        )
    if options.get("allow_private") is True:
        notes.append(
            "private and local addresses were allowed (--allow-private): a host may have been reached inside "
            "the operator's own network, not on the public internet"
        )
    hosts = options.get("allow_hosts")
    if isinstance(hosts, list) and hosts:
        named = ", ".join(str(host)[:200] for host in hosts[:20]) + (", …" if len(hosts) > 20 else "")
        notes.append(f"--allow-host {named}: these hosts may have been reached at private addresses")
    proxy = options.get("proxy")
    if proxy:
        notes.append(f"requests went through the proxy {proxy}: the servers answered it, not this machine")
    trust = _tls_trust(options)
    if trust is not None:
        notes.append(
            f"TLS certificates were judged by {trust} (certificates the operator chose), not by the "
            "system's store"
        )
    return tuple(notes)


def _tls_trust(options: Mapping[str, Any]) -> str | None:
    """The CA bundle the run's TLS trusted, and what named it; None for the system's store. `tls_trust` says
    so since the environment's bundle is recorded; a run line before it has `ca_bundle` (`--ca-bundle`)."""
    trust = options.get("tls_trust")
    if not isinstance(trust, dict):
        ca_bundle = options.get("ca_bundle")
        return f"--ca-bundle {ca_bundle}" if ca_bundle else None
    source, path, sha256 = trust.get("source"), trust.get("path"), trust.get("sha256")
    if not path:
        return None
    named = f"--ca-bundle {path}" if source == "--ca-bundle" else f"{source}={path}"
    return named + (f" (SHA-256 {sha256})" if sha256 else " (not hashed: it could not be read)")


def connect_to_rule_for(rules: Sequence[str], url: str) -> str | None:
    """The first of `rules` (as recorded) that sends a request for `url` elsewhere, as a capture picks it."""
    try:
        target = http_target(url)  # host and port as the capture reads them (the scheme's port by default)
    except NotAnHttpUrl:
        return None
    from provenance.capture.options import ConnectTo  # the capture's own parser and matching; only when asked

    for rule in rules:
        try:
            parsed = ConnectTo.parse(rule)
        except UsageError:
            continue
        if parsed.matches(target.host, target.port):
            return rule
    return None
