"""The capture side logs (logger `provenance.capture`), never prints: `-v` shows why each hop failed."""

from __future__ import annotations

import logging

import pytest

from provenance.capture.options import NetworkOptions
from tests.capture.conftest import Capturer
from tests.support.servers import FixtureServer, redirect


def test_each_hop_that_fails_is_logged_with_its_cause_and_nothing_is_printed(
    fixture_server: FixtureServer,
    capture: Capturer,
    caplog: pytest.LogCaptureFixture,
    capsys: pytest.CaptureFixture[str],
) -> None:
    fixture_server.routes["/moved"] = redirect("http://no-such-host.invalid/next")
    options = NetworkOptions(connect_to=(fixture_server.rule("news.example"),), timeout=5)
    with caplog.at_level(logging.DEBUG, logger="provenance.capture"):
        capture("http://news.example/moved", options, side_urls=("http://127.0.0.1:9/",))
    messages = [(record.name, record.levelno, record.getMessage()) for record in caplog.records]
    assert (
        "provenance.capture",
        logging.DEBUG,
        "http://news.example/moved: HTTP 302 from 127.0.0.1",
    ) in messages
    failures = [message for _, level, message in messages if level == logging.INFO]
    assert failures[0].startswith(
        "http://no-such-host.invalid/next: dns: cannot resolve no-such-host.invalid"
    )
    assert failures[1] == "http://127.0.0.1:9/: blocked: 127.0.0.1 is a loopback address"
    assert capsys.readouterr() == ("", "")
