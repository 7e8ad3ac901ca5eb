"""A Mastodon post seen on another instance, checked against its author's own: `check` end to end against two
fixture instances on 127.0.0.1 (a.example, which keeps copies of remote posts, and b.example, alice's own).

`https://a.example/@alice@b.example/<local id>` is read from a.example's status API; its `uri` names the
post on b.example, whose status API is asked too, into the same WARC. a.example's copy alone passed
`captured`, `author` and `quote` as alice's, whatever b.example said: a post she deleted, or one a hostile
instance made up in her name.
"""

from __future__ import annotations

import contextlib
import io
import json
from typing import Any

import pytest

from provenance import cli
from provenance.warc.reader import read_responses
from tests.extractors.support import asset
from tests.support.servers import TLS_NAMES, FixtureServer, Reply, make_local_ca

JSON = (("Content-Type", "application/json; charset=utf-8"),)
HTML = (("Content-Type", "text/html; charset=utf-8"),)
COPIES, ORIGIN = "a.example", "b.example"
# a.example's local ids (it received each post ten seconds after it was made) and b.example's own.
KEPT, GONE, REFUSED = "109876543815681234", "109876543815681235", "109876543815681236"
SHORTENED = "109876543815681237"  # behind https://bit.ly/3fEdOrg
ORIGIN_IDS = {
    KEPT: "109876543210987654",
    GONE: "109876543210987655",
    REFUSED: "109876543210987656",
    SHORTENED: "109876543210987657",
}
LOCAL = "109876543210987654"  # carol's post on a.example itself
WORDS = "The ferry to the island is cancelled until Monday."

REPORT = f"""# Ferries

"{WORDS}"[^kept]

"{WORDS}"[^gone]

"{WORDS}"[^refused]

"{WORDS}"[^local]

"{WORDS}"[^shortened]

[^kept]: Alice Harbour (@alice@b.example), Mastodon, February 16, 2023, https://{COPIES}/@alice@b.example/{KEPT}
[^gone]: Alice Harbour (@alice@b.example), Mastodon, February 16, 2023, https://{COPIES}/@alice@b.example/{GONE}
[^refused]: Alice Harbour (@alice@b.example), Mastodon, February 16, 2023, https://{COPIES}/@alice@b.example/{REFUSED}
[^local]: Carol Harbour (@carol), Mastodon, February 16, 2023, https://{COPIES}/@carol/{LOCAL}
[^shortened]: Alice Harbour, Mastodon, February 16, 2023, https://bit.ly/3fEdOrg
"""


def _copy(local_id: str) -> bytes:
    """a.example's copy of alice's post `ORIGIN_IDS[local_id]`."""
    data: dict[str, Any] = json.loads(asset("mastodon_remote_copy.json"))
    origin_id = ORIGIN_IDS[local_id]
    data.update(
        id=local_id,
        uri=f"https://{ORIGIN}/users/alice/statuses/{origin_id}",
        url=f"https://{ORIGIN}/@alice/{origin_id}",
    )
    return json.dumps(data).encode()


def _origin(local_id: str) -> bytes:
    """b.example's own status of the post a.example keeps as `local_id`."""
    data: dict[str, Any] = json.loads(asset("mastodon_origin_status.json"))
    origin_id = ORIGIN_IDS[local_id]
    data.update(
        id=origin_id,
        uri=f"https://{ORIGIN}/users/alice/statuses/{origin_id}",
        url=f"https://{ORIGIN}/@alice/{origin_id}",
    )
    return json.dumps(data).encode()


def _local_post() -> bytes:
    data: dict[str, Any] = json.loads(asset("mastodon_origin_status.json"))
    data.update(
        uri=f"https://{COPIES}/users/carol/statuses/{LOCAL}",
        url=f"https://{COPIES}/@carol/{LOCAL}",
        account={"id": "7", "username": "carol", "acct": "carol", "display_name": "Carol Harbour"},
    )
    return json.dumps(data).encode()


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `check --json` of REPORT: its footnotes by label, the responses each WARC holds, and the paths
    b.example was asked for."""
    page = Reply(body=asset("mastodon_status_page.html"), headers=HTML)
    copies: dict[str, Any] = {
        f"/@carol/{LOCAL}": page,
        f"/api/v1/statuses/{LOCAL}": Reply(body=_local_post(), headers=JSON),
    }
    copies["/3fEdOrg"] = Reply(301, b"", (("Location", f"https://{COPIES}/@alice@b.example/{SHORTENED}"),))
    for local_id in (KEPT, GONE, REFUSED, SHORTENED):
        copies[f"/@alice@b.example/{local_id}"] = page
        copies[f"/api/v1/statuses/{local_id}"] = Reply(body=_copy(local_id), headers=JSON)
    origin: dict[str, Any] = {
        f"/api/v1/statuses/{ORIGIN_IDS[KEPT]}": Reply(
            body=asset("mastodon_origin_status.json"), headers=JSON
        ),
        f"/api/v1/statuses/{ORIGIN_IDS[GONE]}": Reply(404, asset("mastodon_status_not_found.json"), JSON),
        f"/api/v1/statuses/{ORIGIN_IDS[REFUSED]}": Reply(401, asset("mastodon_sign_in_required.json"), JSON),
        f"/api/v1/statuses/{ORIGIN_IDS[SHORTENED]}": Reply(body=_origin(SHORTENED), headers=JSON),
    }
    folder = tmp_path_factory.mktemp("fedorigin")
    local_ca = make_local_ca(folder, (*TLS_NAMES, COPIES, ORIGIN, "bit.ly"))
    (folder / "ferries.md").write_text(REPORT, encoding="utf-8")
    with (
        FixtureServer(copies, tls=local_ca) as copies_server,
        FixtureServer(origin, tls=local_ca) as origin_server,
    ):
        argv = ["check", str(folder / "ferries.md"), "--json", "--archive-dir", str(folder / "archives")]
        argv += ["--ca-bundle", str(local_ca.ca_pem), "--no-archive-lookup"]
        argv += ["--connect-to", f"{COPIES}:443:127.0.0.1:{copies_server.port}"]
        argv += ["--connect-to", f"bit.ly:443:127.0.0.1:{copies_server.port}"]
        argv += ["--connect-to", f"{ORIGIN}:443:127.0.0.1:{origin_server.port}"]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            cli.main(argv)
        asked_of_origin = [seen.path for seen in origin_server.requests]
    (report,) = json.loads(out.getvalue())["reports"]
    footnotes = {f["label"]: f for f in report["footnotes"]}
    warcs = {}
    for label in footnotes:
        (warc,) = (folder / "archives").glob(f"*{label}*.warc.gz")
        with warc.open("rb") as stream:
            warcs[label] = [response.uri for response in read_responses(stream)]
    return {"footnotes": footnotes, "warcs": warcs, "asked_of_origin": asked_of_origin}


def _statuses(footnote: dict[str, Any]) -> dict[str, str]:
    return {check["name"]: check["status"] for check in footnote["checks"]}


def _detail(footnote: dict[str, Any], name: str) -> str:
    return str(next(check["detail"] for check in footnote["checks"] if check["name"] == name))


def test_a_copy_its_authors_instance_agrees_with_is_verified(checked: dict[str, Any]) -> None:
    kept = checked["footnotes"]["kept"]
    statuses = _statuses(kept)
    assert (statuses["captured"], statuses["date"], statuses["author"], statuses["quote"]) == ("pass",) * 4, (
        kept["checks"]
    )
    assert kept["status"] == "verified"
    # The origin's answer is in the footnote's own WARC, beside the copy.
    assert f"https://{ORIGIN}/api/v1/statuses/{ORIGIN_IDS[KEPT]}" in checked["warcs"]["kept"]


def test_a_copy_of_a_post_its_authors_instance_no_longer_has_fails(checked: dict[str, Any]) -> None:
    gone = checked["footnotes"]["gone"]
    assert _statuses(gone)["captured"] == "fail", gone["checks"]
    assert "the author's instance no longer has it" in _detail(gone, "captured")
    assert gone["status"] == "failed"


def test_a_copy_whose_authors_instance_refuses_is_unconfirmed(checked: dict[str, Any]) -> None:
    refused = checked["footnotes"]["refused"]
    assert _statuses(refused)["captured"] == "warn", refused["checks"]
    assert "the author's own instance was not read" in _detail(refused, "captured")
    assert "answered HTTP 401 (the instance may ask for sign-in)" in _detail(refused, "captured")
    assert refused["status"] == "unconfirmed"


def test_a_local_post_asks_no_other_instance(checked: dict[str, Any]) -> None:
    local = checked["footnotes"]["local"]
    assert local["status"] == "verified", local["checks"]
    assert not any(ORIGIN in uri for uri in checked["warcs"]["local"])
    assert sorted(checked["asked_of_origin"]) == sorted(f"/api/v1/statuses/{i}" for i in ORIGIN_IDS.values())


def test_a_shortened_link_to_a_copy_is_read_as_its_authors_instance_answers(checked: dict[str, Any]) -> None:
    shortened = checked["footnotes"]["shortened"]
    assert shortened["status"] == "verified", shortened["checks"]
    assert f"https://{ORIGIN}/api/v1/statuses/{ORIGIN_IDS[SHORTENED]}" in checked["warcs"]["shortened"]
