"""The settings a run resolves before it starts: the TimeGate from the command line or the environment,
and the options as the run line records them (no password, a shard as I/N)."""

from __future__ import annotations

import argparse

import pytest

from provenance.cli.config import parse_arguments
from provenance.errors import UsageError
from provenance.settings import DEFAULT_TIMEGATE, recorded_check_options, resolve_timegate


def test_the_timegate_comes_from_the_option_then_the_environment_then_the_default() -> None:
    given = "http://timegate.example/web/"
    assert resolve_timegate(given, True, {"PROVENANCE_TIMEGATE": "none"}) == given
    assert resolve_timegate(None, True, {"PROVENANCE_TIMEGATE": f" {given} "}) == given
    assert resolve_timegate(None, True, {}) == DEFAULT_TIMEGATE


@pytest.mark.parametrize("off", ["none", "OFF", "", "  "])
def test_the_environment_can_turn_archive_lookups_off(off: str) -> None:
    assert resolve_timegate(None, True, {"PROVENANCE_TIMEGATE": off}) is None


def test_offline_or_no_archive_lookup_asks_no_timegate_whatever_is_given() -> None:
    assert resolve_timegate("http://timegate.example/", False, {}) is None


def test_a_timegate_variable_that_is_not_a_url_is_a_usage_error_naming_the_variable() -> None:
    with pytest.raises(UsageError, match=r"\$PROVENANCE_TIMEGATE: 'ftp://x/' is not an absolute http"):
        resolve_timegate(None, True, {"PROVENANCE_TIMEGATE": "ftp://x/"})


def _options(*argv: str) -> argparse.Namespace:
    return parse_arguments(["check", "report.md", "--no-config", *argv])


def test_the_record_keeps_no_proxy_password_and_names_the_shard() -> None:
    proxy = "http://user:secret@proxy.example:3128"
    args = _options("--proxy", proxy, "--shard", "2/4", "--host-interval", "250")
    recorded = recorded_check_options(vars(args), None)
    assert "secret" not in str(recorded)
    assert recorded["shard"] == "2/4"
    assert recorded["host_interval_ms"] == 250
    assert recorded["config"] is None
