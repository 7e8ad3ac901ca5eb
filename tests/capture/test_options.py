from __future__ import annotations

import subprocess
import sys

import pytest

from provenance.capture.options import ConnectTo
from provenance.errors import UsageError
from tests.support.cli import provenance_env


def test_connect_to_parses_curl_form() -> None:
    assert ConnectTo.parse("t.me:443:127.0.0.1:8443") == ConnectTo("t.me", 443, "127.0.0.1", 8443)


def test_connect_to_empty_host_and_port_match_anything() -> None:
    rule = ConnectTo.parse("::127.0.0.1:8080")
    assert (rule.host, rule.port) == ("", None)
    assert rule.matches("news.example", 80)
    assert rule.matches("t.me", 443)


def test_connect_to_accepts_bracketed_ipv6() -> None:
    assert ConnectTo.parse("[::1]:80:[::1]:8080") == ConnectTo("::1", 80, "::1", 8080)


def test_connect_to_matches_host_case_insensitively_and_only_its_port() -> None:
    rule = ConnectTo.parse("News.Example:80:127.0.0.1:8080")
    assert rule.matches("news.example", 80)
    assert not rule.matches("news.example", 443)
    assert not rule.matches("other.example", 80)


@pytest.mark.parametrize(
    "spec",
    [
        "t.me:443:127.0.0.1",
        "t.me:443::8443",
        "t.me:x:127.0.0.1:8443",
        "t.me:443:127.0.0.1:99999",
        "[::1:80:h:1",
        "t.me:443:127.0.0.1:\u00b2",  # passes str.isdigit, not int()
        pytest.param("t.me:443:127.0.0.1:" + "8" * 5000, id="port-of-more-digits-than-int-takes"),
    ],
)
def test_bad_connect_to_is_a_one_line_usage_error(spec: str) -> None:
    with pytest.raises(UsageError) as raised:
        ConnectTo.parse(spec)
    assert "--connect-to" in str(raised.value)
    assert "\n" not in str(raised.value)


@pytest.mark.parametrize(
    "spec", ["news.example:80:127.0.0.1:8080", "::[::1]:9000", "[::1]:443:localhost:8443"]
)
def test_a_rule_is_written_back_as_it_was_given(spec: str) -> None:
    assert str(ConnectTo.parse(spec)) == spec


def test_the_network_option_types_load_without_the_http_stack() -> None:
    # The CLI's parser imports these types for `--connect-to`; requests, urllib3 or idna among its imports
    # would put a few hundred milliseconds on `provenance --version`.
    heavy = "{'requests', 'urllib3', 'http.client', 'idna'}"
    probe = f"import sys, provenance.cli.parsing; print(sorted({heavy} & set(sys.modules)))"
    result = subprocess.run(
        [sys.executable, "-c", probe],
        env=provenance_env(),
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    assert result.stdout.strip() == "[]"
