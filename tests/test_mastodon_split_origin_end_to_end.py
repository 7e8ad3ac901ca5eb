"""A remote account named on a domain its server is not on, its post seen through another instance, checked
end to end against fixture servers on 127.0.0.1: `https://a.example/@alice@harbour.example/<local id>`,
alice served by social.example (Mastodon's LOCAL_DOMAIN and WEB_DOMAIN).

a.example's copy names the account `alice@harbour.example` and the status's `uri` on social.example: the
author's own server was never asked, and `captured` warned on a true citation. harbour.example's WebFinger
answer is asked, then (it sends its reader on to social.example's) social.example's and its status API,
into the same WARC. Likewise a Misskey user's note seen on a Mastodon instance (its `uri`
`https://b.example/notes/<id>`, no Mastodon status to ask for) is read from that note's activity and author.
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
COPIES, SERVER, DOMAIN = "a.example", "social.example", "harbour.example"
COPY_ID, ORIGIN_ID = "109876543815681234", "109876543210987654"
NOTE_COPY_ID, MISSKEY = "109876543815681299", "b.example"
NOTE = f"https://{MISSKEY}/notes/9xkz3a0b1c"
NOTE_ACTOR = f"https://{MISSKEY}/users/9abcd0001x"
ACTOR = f"https://{SERVER}/users/alice"
WORDS = "The ferry to the island is cancelled until Monday."
WEBFINGER = "/.well-known/webfinger?resource=acct:"

REPORT = f"""# Ferries

"{WORDS}"[^split]

"{WORDS}"[^note]

[^split]: Alice Harbour (@alice@{DOMAIN}), Mastodon, February 16, 2023, https://{COPIES}/@alice@{DOMAIN}/{COPY_ID}
[^note]: Alice Harbour (@alice@{MISSKEY}), Misskey, February 16, 2023, https://{COPIES}/@alice@{MISSKEY}/{NOTE_COPY_ID}
"""


def _status(name: str, acct: str) -> bytes:
    data: dict[str, Any] = json.loads((ASSETS / name).read_bytes())
    data["uri"] = f"{ACTOR}/statuses/{ORIGIN_ID}"
    data["url"] = f"https://{SERVER}/@alice/{ORIGIN_ID}"
    data["account"] = {**data["account"], "acct": acct, "url": f"https://{SERVER}/@alice"}
    return json.dumps(data).encode()


def _note_copy() -> bytes:
    data: dict[str, Any] = json.loads((ASSETS / "mastodon_remote_copy.json").read_bytes())
    data.update(id=NOTE_COPY_ID, uri=NOTE, url=NOTE)
    return json.dumps(data).encode()


def _activity(body: dict[str, Any]) -> Reply:
    return Reply(body=json.dumps(body).encode(), headers=(("Content-Type", "application/activity+json"),))


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `check --json` of REPORT: its footnote and the responses its WARC holds."""
    links = [{"rel": "self", "type": "application/activity+json", "href": ACTOR}]
    copies: dict[str, Any] = {
        f"/@alice@{DOMAIN}/{COPY_ID}": Reply(
            body=(ASSETS / "mastodon_status_page.html").read_bytes(), headers=HTML
        ),
        f"/api/v1/statuses/{COPY_ID}": Reply(
            body=_status("mastodon_remote_copy.json", f"alice@{DOMAIN}"), headers=JSON
        ),
    }
    copies[f"/@alice@{MISSKEY}/{NOTE_COPY_ID}"] = copies[f"/@alice@{DOMAIN}/{COPY_ID}"]
    copies[f"/api/v1/statuses/{NOTE_COPY_ID}"] = Reply(body=_note_copy(), headers=JSON)
    note = {"id": NOTE, "type": "Note", "attributedTo": NOTE_ACTOR, "content": f"<p>{WORDS}</p>"}
    note["published"] = "2023-02-16T21:29:55.000Z"
    misskey: dict[str, Any] = {
        "/notes/9xkz3a0b1c/activity": _activity({"id": f"{NOTE}/activity", "type": "Create", "object": note}),
        "/users/9abcd0001x": _activity(
            {"id": NOTE_ACTOR, "type": "Person", "preferredUsername": "alice", "name": "Alice Harbour"}
        ),
    }
    server: dict[str, Any] = {
        f"/api/v1/statuses/{ORIGIN_ID}": Reply(
            body=_status("mastodon_origin_status.json", "alice"), headers=JSON
        ),
        f"{WEBFINGER}alice@{DOMAIN}": Reply(
            body=json.dumps({"subject": f"acct:alice@{DOMAIN}", "links": links}).encode(), headers=JSON
        ),
    }
    domain: dict[str, Any] = {
        f"{WEBFINGER}alice@{DOMAIN}": Reply(
            301, b"", (("Location", f"https://{SERVER}{WEBFINGER}alice@{DOMAIN}"),)
        ),
    }
    folder = tmp_path_factory.mktemp("splitorigin")
    local_ca = make_local_ca(folder, (*TLS_NAMES, COPIES, SERVER, DOMAIN, MISSKEY))
    (folder / "ferries.md").write_text(REPORT, encoding="utf-8")
    with (
        FixtureServer(copies, tls=local_ca) as copies_server,
        FixtureServer(server, tls=local_ca) as server_server,
        FixtureServer(domain, tls=local_ca) as domain_server,
        FixtureServer(misskey, tls=local_ca) as misskey_server,
    ):
        argv = ["check", str(folder / "ferries.md"), "--json", "--archive-dir", str(folder / "archives")]
        argv += ["--ca-bundle", str(local_ca.ca_pem), "--no-archive-lookup"]
        argv += ["--connect-to", f"{COPIES}:443:127.0.0.1:{copies_server.port}"]
        argv += ["--connect-to", f"{SERVER}:443:127.0.0.1:{server_server.port}"]
        argv += ["--connect-to", f"{DOMAIN}:443:127.0.0.1:{domain_server.port}"]
        argv += ["--connect-to", f"{MISSKEY}:443:127.0.0.1:{misskey_server.port}"]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            cli.main(argv)
    (report,) = json.loads(out.getvalue())["reports"]
    footnotes = {f["label"]: f for f in report["footnotes"]}
    uris = {}
    for label in footnotes:
        (warc,) = (folder / "archives").glob(f"*{label}*.warc.gz")
        with warc.open("rb") as stream:
            uris[label] = [response.uri for response in read_responses(stream)]
    return {"footnotes": footnotes, "uris": uris}


def test_a_split_domain_accounts_post_seen_elsewhere_is_verified_on_its_server(
    checked: dict[str, Any],
) -> None:
    footnote, uris = checked["footnotes"]["split"], checked["uris"]["split"]
    assert footnote["status"] == "verified", footnote["checks"]
    assert f"https://{SERVER}/api/v1/statuses/{ORIGIN_ID}" in uris
    assert f"https://{DOMAIN}{WEBFINGER}alice@{DOMAIN}" in uris
    assert f"https://{SERVER}{WEBFINGER}alice@{DOMAIN}" in uris


def test_a_misskey_users_note_seen_on_mastodon_is_verified_on_its_own_instance(
    checked: dict[str, Any],
) -> None:
    footnote, uris = checked["footnotes"]["note"], checked["uris"]["note"]
    assert footnote["status"] == "verified", footnote["checks"]
    assert (f"{NOTE}/activity" in uris, NOTE_ACTOR in uris) == (True, True)
