"""A cited X post edited since it was posted: `check` end to end against fixture servers on 127.0.0.1.

The cited version's syndication JSON lists a later version's id (`edit_control`), and holds none of its
words: the latest version's syndication JSON is asked too, once the cited one has answered, into the same
WARC, so that the capture holds the words the post shows now beside the cited version's (and, the latest
cited, the first version's: the words as posted). A post never edited asks nothing more.
"""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path
from typing import Any

import pytest

from provenance import cli
from provenance.side_urls import syndication_url, twitter_oembed_url
from tests.extractors.support import asset
from tests.support.servers import TLS_NAMES, FixtureServer, Reply, make_local_ca, path_of

JSON = (("Content-Type", "application/json"),)
FIRST = "1484307299693617728"  # the Ministry's post as first posted, 2022-01-20 23:30 UTC
LATEST = "1484307299693617999"  # its edit
NEVER_EDITED = "1484307299693617731"  # Jane Doe's post, one version
FIRST_WORDS = "The statement circulating tonight is fabricated."
EDITED_WORDS = "We never said that. The statement circulating tonight is genuine but out of context."

REPORT = f"""# Statements

The ministry wrote "{FIRST_WORDS}"[^first]

"The ferry to the island is cancelled until Monday."[^never]

The ministry wrote "{FIRST_WORDS}"[^shortened]

The ministry now says "{EDITED_WORDS}"[^latest]

[^first]: Ministry Press Office (@MinPressOffice), X, January 20, 2022, https://x.com/MinPressOffice/status/{FIRST}
[^never]: Jane Doe (@new_handle), X, January 20, 2022, https://x.com/new_handle/status/{NEVER_EDITED}
[^shortened]: Ministry Press Office (@MinPressOffice), X, January 20, 2022, https://t.co/EdItEd123
[^latest]: Ministry Press Office (@MinPressOffice), X, January 20, 2022, https://x.com/MinPressOffice/status/{LATEST}
"""


def _versions(data: dict[str, Any], **marks: object) -> dict[str, Any]:
    """`data` as X answers for a version of the edited post (its versions under `edit_control_initial`)."""
    control = {
        "edit_tweet_ids": [FIRST, LATEST],
        "editable_until_msecs": "1642723212000",
        "edits_remaining": "4",
    }
    return {**data, **marks, "edit_control": {"initial_tweet_id": FIRST, "edit_control_initial": control}}


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `check --json` of REPORT: its footnotes by label, the ledger's captures by label, and what the
    fixture server was asked."""
    first: dict[str, Any] = json.loads(asset("tweet_result.json"))
    latest = {**first, "id_str": LATEST, "text": EDITED_WORDS, "created_at": "2022-01-20T23:30:12.000Z"}
    routes: dict[str, Any] = {
        "/EdItEd123": Reply(301, b"", (("Location", f"https://x.com/MinPressOffice/status/{FIRST}"),)),
        f"/MinPressOffice/status/{FIRST}": Reply(body=asset("x_status_shell.html")),
        f"/new_handle/status/{NEVER_EDITED}": Reply(body=asset("x_status_shell.html")),
        path_of(syndication_url(FIRST)): Reply(
            body=json.dumps(_versions(first, isStaleEdit=True)).encode(), headers=JSON
        ),
        path_of(syndication_url(LATEST)): Reply(
            body=json.dumps(_versions(latest, isEdited=True)).encode(), headers=JSON
        ),
        path_of(twitter_oembed_url(f"https://twitter.com/MinPressOffice/status/{FIRST}")): Reply(
            body=asset("tweet_oembed.json"), headers=JSON
        ),
        f"/MinPressOffice/status/{LATEST}": Reply(body=asset("x_status_shell.html")),
        path_of(twitter_oembed_url(f"https://twitter.com/MinPressOffice/status/{LATEST}")): Reply(
            # The Ministry's oEmbed answer, of its latest version: its link and words.
            body=asset("tweet_oembed.json")
            .replace(FIRST.encode(), LATEST.encode())
            .replace(
                b"We never said that. The statement circulating tonight is fabricated. Check the source.",
                EDITED_WORDS.encode(),
            ),
            headers=JSON,
        ),
        path_of(syndication_url(NEVER_EDITED)): Reply(
            body=asset("tweet_result_renamed_account.json"), headers=JSON
        ),
        path_of(twitter_oembed_url(f"https://twitter.com/new_handle/status/{NEVER_EDITED}")): Reply(
            body=asset("tweet_oembed_renamed_account.json"), headers=JSON
        ),
    }
    folder = tmp_path_factory.mktemp("edited")
    local_ca = make_local_ca(folder, (*TLS_NAMES, "t.co"))
    report = folder / "statements.md"
    report.write_text(REPORT, encoding="utf-8")
    with FixtureServer(routes, tls=local_ca) as server:
        argv = ["check", str(report), "--json", "--archive-dir", str(folder / "archives")]
        argv += ["--ca-bundle", str(local_ca.ca_pem), "--no-archive-lookup"]
        for host in ("t.co", "x.com", "cdn.syndication.twimg.com", "publish.twitter.com"):
            argv += ["--connect-to", f"{host}:443:127.0.0.1:{server.port}"]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            cli.main(argv)
        hits = dict(server.hits)
    (checked_report,) = json.loads(out.getvalue())["reports"]
    ledger = [json.loads(line) for line in Path(checked_report["ledger"]).read_text().splitlines()]
    captures = {line["label"]: line["capture"] for line in ledger if line["kind"] == "footnote"}
    return {
        "footnotes": {footnote["label"]: footnote for footnote in checked_report["footnotes"]},
        "captures": captures,
        "hits": hits,
    }


def _answered(capture: dict[str, Any]) -> list[str]:
    """The URLs whose answers a capture's WARC holds, in order."""
    return [record["uri"] for record in capture["records"] if record["type"] == "response"]


def _checks(footnote: dict[str, Any]) -> dict[str, dict[str, str]]:
    return {check["name"]: check for check in footnote["checks"]}


@pytest.mark.parametrize("label", ["first", "shortened"])
def test_an_edited_post_s_latest_version_is_captured_beside_the_cited_first_version(
    checked: dict[str, Any], label: str
) -> None:
    # Behind `t.co`, once the shortener has led to the post and its syndication JSON has answered.
    uris = _answered(checked["captures"][label])
    assert syndication_url(LATEST) in uris, uris
    assert uris.index(syndication_url(LATEST)) > uris.index(syndication_url(FIRST))
    checks = _checks(checked["footnotes"][label])
    # The cited version's words are what its link shows: the note quoting them is confirmed, and `captured`
    # says the post shows other words now, which the capture holds.
    assert (checks["captured"]["status"], checks["quote"]["status"]) == ("pass", "pass"), checks
    assert (
        f"its latest version is {LATEST} (https://x.com/MinPressOffice/status/{LATEST}), captured too, whose "
        "words differ" in checks["captured"]["detail"]
    )


def test_a_post_never_edited_asks_for_no_other_version(checked: dict[str, Any]) -> None:
    uris = _answered(checked["captures"]["never"])
    assert [uri for uri in uris if uri.startswith("https://cdn.syndication")] == [
        syndication_url(NEVER_EDITED)
    ]
    assert _checks(checked["footnotes"]["never"])["captured"]["status"] == "pass"
    # The edited post's alone: its latest version for each note citing its first (and its own note), its
    # first for the note citing its latest (and the two citing it).
    assert checked["hits"].get(path_of(syndication_url(LATEST))) == 3
    assert checked["hits"].get(path_of(syndication_url(FIRST))) == 3


def test_an_edited_post_cited_by_its_latest_version_has_its_first_captured_beside_it(
    checked: dict[str, Any],
) -> None:
    uris = _answered(checked["captures"]["latest"])
    assert uris.index(syndication_url(FIRST)) > uris.index(syndication_url(LATEST)), uris
    checks = _checks(checked["footnotes"]["latest"])
    assert checks["quote"]["status"] == "pass", checks
    assert (
        f"first posted as {FIRST}, edited since; its first version was captured too, whose words differ"
        in checks["captured"]["detail"]
    )
