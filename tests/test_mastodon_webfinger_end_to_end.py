"""An account named on another domain than its server's, checked end to end: `@alice@harbour.example`,
served by social.example (Mastodon's LOCAL_DOMAIN and WEB_DOMAIN), against fixture servers on 127.0.0.1.

The note's @alice@harbour.example was another account than the post's @alice@social.example, and `author`
warned on a true citation. Once the post's status has answered, harbour.example's WebFinger answer for the
name and social.example's are asked, into the same WARC: both naming alice's actor, the post is hers under
that name; a look-alike domain pointing at her actor is not.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from provenance.warc.reader import read_responses
from tests.support.servers import TLS_NAMES, FixtureServer, Reply, make_local_ca

ASSETS = Path(__file__).resolve().parent / "assets" / "extractors"
JSON = (("Content-Type", "application/json; charset=utf-8"),)
HTML = (("Content-Type", "text/html; charset=utf-8"),)
INSTANCE, DOMAIN, EVIL = "social.example", "harbour.example", "evil.example"
POST_ID = "109876543210987654"
ACTOR = f"https://{INSTANCE}/users/alice"
WORDS = "The ferry to the island is cancelled until Monday."
WEBFINGER = "/.well-known/webfinger?resource=acct:"

REPORT = f"""# Ferries

"{WORDS}"[^named]

"{WORDS}"[^lookalike]

[^named]: Alice Harbour (@alice@{DOMAIN}), Mastodon, February 16, 2023, https://{INSTANCE}/@alice/{POST_ID}
[^lookalike]: Alice Harbour (@alice@{EVIL}), Mastodon, February 16, 2023, https://{INSTANCE}/@alice/{POST_ID}
"""


def _status() -> bytes:
    data: dict[str, Any] = json.loads((ASSETS / "mastodon_status.json").read_bytes())
    data["uri"] = f"{ACTOR}/statuses/{POST_ID}"
    data["url"] = f"https://{INSTANCE}/@alice/{POST_ID}"
    data["account"] = {"id": "1", "username": "alice", "acct": "alice", "display_name": "Alice Harbour"}
    return json.dumps(data).encode()


def _webfinger(name: str) -> Reply:
    links = [{"rel": "self", "type": "application/activity+json", "href": ACTOR}]
    return Reply(body=json.dumps({"subject": f"acct:{name}", "links": links}).encode(), headers=JSON)


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `check --json` of REPORT: its footnotes by label and the responses each WARC holds."""
    instance: dict[str, Any] = {
        f"/@alice/{POST_ID}": Reply(body=(ASSETS / "mastodon_status_page.html").read_bytes(), headers=HTML),
        f"/api/v1/statuses/{POST_ID}": Reply(body=_status(), headers=JSON),
        # Mastodon answers for its LOCAL_DOMAIN's names, never for another domain's (404).
        f"{WEBFINGER}alice@{DOMAIN}": _webfinger(f"alice@{DOMAIN}"),
    }
    domains: dict[str, Any] = {
        # harbour.example sends WebFinger's readers on to its server; evil.example names alice's actor itself.
        f"{WEBFINGER}alice@{DOMAIN}": Reply(
            301, b"", (("Location", f"https://{INSTANCE}{WEBFINGER}alice@{DOMAIN}"),)
        ),
        f"{WEBFINGER}alice@{EVIL}": _webfinger(f"alice@{EVIL}"),
    }
    folder = tmp_path_factory.mktemp("webfinger")
    local_ca = make_local_ca(folder, (*TLS_NAMES, INSTANCE, DOMAIN, EVIL))
    (folder / "ferries.md").write_text(REPORT, encoding="utf-8")
    with (
        FixtureServer(instance, tls=local_ca) as instance_server,
        FixtureServer(domains, tls=local_ca) as domains_server,
    ):
        argv = ["check", str(folder / "ferries.md"), "--json", "--archive-dir", str(folder / "archives")]
        argv += ["--ca-bundle", str(local_ca.ca_pem), "--no-archive-lookup"]
        argv += ["--connect-to", f"{INSTANCE}:443:127.0.0.1:{instance_server.port}"]
        argv += ["--connect-to", f"{DOMAIN}:443:127.0.0.1:{domains_server.port}"]
        argv += ["--connect-to", f"{EVIL}:443:127.0.0.1:{domains_server.port}"]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            cli.main(argv)
    (report,) = json.loads(out.getvalue())["reports"]
    footnotes = {f["label"]: f for f in report["footnotes"]}
    warcs = {}
    for label in footnotes:
        (warc,) = (folder / "archives").glob(f"*{label}*.warc.gz")
        with warc.open("rb") as stream:
            warcs[label] = [response.uri for response in read_responses(stream)]
    return {"footnotes": footnotes, "warcs": warcs}


def _checks(footnote: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {check["name"]: check for check in footnote["checks"]}


def test_an_account_its_domain_and_its_server_both_name_is_verified(checked: dict[str, Any]) -> None:
    named = checked["footnotes"]["named"]
    assert named["status"] == "verified", named["checks"]
    assert _checks(named)["author"]["found"] == f"Alice Harbour / @alice@{DOMAIN}"
    assert f"https://{DOMAIN}{WEBFINGER}alice@{DOMAIN}" in checked["warcs"]["named"]
    assert f"https://{INSTANCE}{WEBFINGER}alice@{DOMAIN}" in checked["warcs"]["named"]


def test_a_look_alike_domain_naming_the_account_is_not_its_name(checked: dict[str, Any]) -> None:
    lookalike = checked["footnotes"]["lookalike"]
    assert lookalike["status"] != "verified", lookalike["checks"]
    assert _checks(lookalike)["author"]["status"] == "warn"
    assert _checks(lookalike)["author"]["found"] == f"Alice Harbour / @alice@{INSTANCE}"
