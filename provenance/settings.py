"""What a run was asked to do: a check's settings, the parts resolved from the environment, and the options
as a run line records them (so a reader of the ledger, and a later run deciding what to reuse, knows them).

Options come in by the names the command line and a config file give them (`allow_private`, `connect_to`,
...); nothing here reads a command line or a terminal.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from provenance.capture.options import CaptureRequest, NetworkOptions, WarcInfo, ca_bundle_in_effect
from provenance.capture.proxy import redacted
from provenance.citations.cite import CitationsFile
from provenance.errors import UsageError
from provenance.hashing import sha256_file
from provenance.ledger.writer import DEFAULT_LOCK_TIMEOUT
from provenance.reuse import DEFAULT_MAX_AGE
from provenance.seal.sealing import SealSettings
from provenance.urls import is_http_url

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from provenance.capture.scheduler import CaptureFunction
    from provenance.models import CaptureOutcome

DEFAULT_TIMEGATE = "https://web.archive.org/web/"
# Where a site or a test suite names its own TimeGate (or `none`) once instead of on every command line.
TIMEGATE_VARIABLE = "PROVENANCE_TIMEGATE"


def capture_over_http(
    request: CaptureRequest, archive_dir: Path, network: NetworkOptions, info: WarcInfo
) -> CaptureOutcome:
    """`capture.capture.capture_url`, its code (requests, urllib3, warcio) loaded by the first capture's
    caller, not with these settings: a check that captures nothing (`--offline`, every capture reused, no
    link) never loads it."""
    from provenance.capture.capture import capture_url

    return capture_url(request, archive_dir, network, info)


@dataclass(frozen=True, repr=False, eq=False)
class CheckSettings:
    """What `provenance check` was asked to do, beyond which reports."""

    archive_dir: Path
    network: NetworkOptions
    info: WarcInfo
    citations: CitationsFile | None = None
    offline: bool = False
    jobs: int = 16
    per_host: int = 4
    recorded_options: Mapping[str, Any] = field(default_factory=dict)
    on_capture: Callable[[CaptureRequest, CaptureOutcome], None] | None = None
    on_captures_start: Callable[[str, int], None] | None = None  # (report path, how many captures follow)
    seal: SealSettings = field(default_factory=SealSettings)
    timegate: str | None = None  # the Memento TimeGate asked for archived copies; None: no lookup
    strict_quotes: bool = False
    capture: CaptureFunction = capture_over_http  # or a browser's (`--browser`)
    readers: ProcessPoolExecutor | None = None  # processes that read captures back (`reading_pool`)
    fork_captures: bool = False  # share a large run's captures out to forked processes (`capture.processes`)
    lock_timeout: float = DEFAULT_LOCK_TIMEOUT
    # A capture of the same URL younger than this (seconds) is reused instead of fetched; 0: always fetch.
    max_age: float = DEFAULT_MAX_AGE


def resolve_timegate(given: str | None, lookup: bool, environment: Mapping[str, str]) -> str | None:
    """The TimeGate to ask for archived copies, None for no lookup: none when `lookup` is off (`--offline`,
    `--no-archive-lookup`), else `given` (`--timegate`), else `$PROVENANCE_TIMEGATE` (`none` or `off` turns
    lookups off), else the Internet Archive's."""
    if not lookup:
        return None
    if given:
        return given
    variable = environment.get(TIMEGATE_VARIABLE)
    if variable is None:
        return DEFAULT_TIMEGATE
    value = variable.strip()
    if value.lower() in ("", "none", "off"):
        return None
    if not is_http_url(value):
        raise UsageError(f"${TIMEGATE_VARIABLE}: {value!r} is not an absolute http(s) URL")
    return value


def _network_record(options: Mapping[str, Any]) -> dict[str, object]:
    """The network options every command that fetches records; a proxy's password never."""
    proxy, ca_bundle = options["proxy"], options["ca_bundle"]
    return {
        "allow_private": options["allow_private"],
        "connect_to": [str(rule) for rule in options["connect_to"]],
        "timeout": options["timeout"],
        "max_bytes": options["max_bytes"],
        "archive_dir": str(options["archive_dir"]),
        "ca_bundle": str(ca_bundle) if ca_bundle else None,
        "tls_trust": tls_trust_record(str(ca_bundle) if ca_bundle else None, os.environ),
        "proxy": redacted(proxy) if proxy else None,
    }


# A CA bundle larger than this is named but not hashed (the system's whole store is about 200 KB).
_MAX_CA_BUNDLE_HASHED = 10_000_000


def tls_trust_record(ca_bundle: str | None, environ: Mapping[str, str]) -> dict[str, str | None]:
    """Which certificates judged the servers' TLS certificates: the bundle, what named it and its SHA-256.

    `ca_bundle` records only `--ca-bundle`; a bundle named by REQUESTS_CA_BUNDLE or SSL_CERT_FILE is
    honoured as much, and without this its run read as one judged by the system's store."""
    bundle, source = ca_bundle_in_effect(ca_bundle, environ)
    sha256 = None
    if bundle is not None:
        with contextlib.suppress(OSError):  # unreadable: the captures say so when they load it
            sha256 = sha256_file(Path(bundle), _MAX_CA_BUNDLE_HASHED)
    return {"source": source, "path": bundle, "sha256": sha256}


def recorded_check_options(options: Mapping[str, Any], timegate: str | None) -> dict[str, object]:
    """The options that shape a check's results, as its run line records them (`timegate` as resolved)."""
    shard = options["shard"]
    return {
        **_network_record(options),
        "offline": options["offline"],
        "allow_hosts": list(options["allow_host"]),
        "footnote_timeout": options["footnote_timeout"],
        "max_age": options["max_age"],
        "jobs": options["jobs"],
        "per_host": options["per_host"],
        "strict_quotes": options["strict_quotes"],
        "timegate": timegate,
        "browser": options["browser"],
        "user_agent": options["user_agent"],
        "shard": str(shard) if shard else None,
        "contact": options["contact"],
        "retries": options["retries"],
        "host_interval_ms": options["host_interval"],
        "config": _config_record(options),
    }


def recorded_locate_options(options: Mapping[str, Any], accounts_sha256: str | None) -> dict[str, object]:
    """The options that shape a `locate` run, as its run line records them; the registry by path and hash."""
    accounts = options["accounts"]
    return {
        **_network_record(options),
        "accounts": {"path": str(accounts), "sha256": accounts_sha256} if accounts else None,
        "window": options["window"],
    }


def _config_record(options: Mapping[str, Any]) -> dict[str, str] | None:
    """The config file the run's defaults came from, by path and hash, so its settings can be traced."""
    config = options.get("config_file")
    return {"path": str(config.path), "sha256": config.sha256} if config is not None else None
