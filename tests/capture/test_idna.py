"""International host names: rules match the name as written and its IDNA form; the WARC names a valid URI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from provenance import cli
from provenance.capture.options import ConnectTo, NetworkOptions
from provenance.errors import UsageError
from tests.capture.conftest import Capturer
from tests.support.servers import FixtureServer, Reply
from tests.support.warcs import read_records

PUNYCODE = "xn--bcher-kva.example"


@pytest.mark.parametrize(
    ("rule_host", "url_host"),
    [
        ("bücher.example", "bücher.example"),
        ("bücher.example", PUNYCODE),
        (PUNYCODE, "bücher.example"),
        ("BÜCHER.example.", "bücher.example"),
    ],
)
def test_a_connect_to_rule_matches_the_name_as_written_and_its_idna_form(
    rule_host: str, url_host: str
) -> None:
    rule = ConnectTo.parse(f"{rule_host}:80:127.0.0.1:8080")
    assert rule.matches(url_host, 80)
    assert str(rule) == f"{rule_host.lower().rstrip('.')}:80:127.0.0.1:8080"


def test_a_connect_to_rule_for_an_invalid_international_name_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="not a valid international host name"):
        ConnectTo.parse("a\u200d\u200d.example::127.0.0.1:8080")


def test_an_international_host_is_requested_by_its_idna_form_and_the_warc_names_a_valid_uri(
    fixture_server: FixtureServer, capture: Capturer
) -> None:
    fixture_server.routes["/stra%C3%9Fe"] = Reply(body=b"page")
    options = NetworkOptions(
        connect_to=(ConnectTo.parse(f"bücher.example::127.0.0.1:{fixture_server.port}"),)
    )
    outcome = capture("http://bücher.example/straße", options)
    assert outcome.error is None and outcome.capture is not None
    assert dict(fixture_server.requests[0].headers)["Host"] == PUNYCODE
    assert outcome.capture.url == "http://bücher.example/straße", "the ledger keeps the IRI as cited"
    uri = f"http://{PUNYCODE}/stra%C3%9Fe"
    assert outcome.capture.redirects == (uri,)
    targets = {r["headers"]["WARC-Target-URI"] for r in read_records(Path(outcome.capture.warc))[1:]}
    assert targets == {uri}


def test_a_report_citing_an_iri_keeps_the_iri_in_the_ledger(
    tmp_path: Path, fixture_server: FixtureServer, capsys: pytest.CaptureFixture[str]
) -> None:
    fixture_server.routes["/stra%C3%9Fe"] = Reply(body=b"<html><body>page</body></html>")
    report = tmp_path / "r.md"
    report.write_text(
        "Claim.[^1]\n\n[^1]: Desk, January 21, 2022, http://bücher.example/straße\n", encoding="utf-8"
    )
    argv = ["check", str(report), "--archive-dir", str(tmp_path / "archives")]
    cli.main([*argv, "--connect-to", f"bücher.example::127.0.0.1:{fixture_server.port}"])
    capsys.readouterr()
    line = json.loads((tmp_path / "r.md.ledger.jsonl").read_text(encoding="utf-8").splitlines()[1])
    assert line["citation"]["url"] == line["capture"]["url"] == "http://bücher.example/straße"
    assert line["capture"]["final_url"] == f"http://{PUNYCODE}/stra%C3%9Fe"
    assert fixture_server.hits["/stra%C3%9Fe"] == 1
