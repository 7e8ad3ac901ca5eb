"""--allow-host: one named host may be fetched at a private address, without --allow-private's blanket
permission; every other private address stays refused."""

from __future__ import annotations

import pytest

from provenance import cli
from provenance.capture.options import NetworkOptions
from tests.capture.conftest import Capturer
from tests.support.servers import FixtureServer, Reply


def test_a_named_host_is_fetched_at_a_loopback_address_and_no_other(
    capture: Capturer, fixture_server: FixtureServer
) -> None:
    fixture_server.routes["/"] = Reply(body=b"<p>intranet</p>")
    options = NetworkOptions(allow_hosts=("LOCALHOST",))

    allowed = capture(f"http://localhost:{fixture_server.port}/", options)
    refused = capture(f"http://127.0.0.1:{fixture_server.port}/", options, name="other")

    assert allowed.error is None and allowed.capture is not None and allowed.capture.http_status == 200
    assert refused.error is not None and refused.error.startswith("blocked: ")
    assert fixture_server.hits["/"] == 1


@pytest.mark.parametrize("host", ["http://intranet.example", "intranet.example:8080", ""])
def test_an_allow_host_that_is_no_host_name_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], host: str
) -> None:
    assert cli.main(["capture", "http://news.example/", "--allow-host", host]) == 2
    assert "is not a host name" in capsys.readouterr().err
