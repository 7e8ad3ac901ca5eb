"""A cited X post whose account was renamed since: `check` end to end against fixture posts on 127.0.0.1.

The note cites `Jane Doe (@old_handle)` and `x.com/old_handle/status/<id>`; X now serves the same post
(the same status id) under `@new_handle`. The same id is the same post, so a handle that differs is a rename
(or the note's handle is wrong): `author` warns saying so, and fails only for another post or a display name
of someone else.
One asset per case, named after it, in tests/assets/extractors.
"""

from __future__ import annotations

import contextlib
import io
import json
from typing import Any

import pytest

from provenance import cli
from provenance.side_urls import syndication_url, twitter_oembed_url
from tests.extractors.support import asset
from tests.support.servers import FixtureServer, LocalCA, Reply, path_of

JSON = (("Content-Type", "application/json"),)
RENAMED = "1484307299693617731"  # snowflakes of 2022-01-20 23:30 UTC
NAMED_SOMEONE_ELSE = "1484307299693617732"
ANOTHER_POST = "1484307299693617733"

REPORT = f"""# Ferries

The ferry was cancelled.[^renamed]

The ferry was cancelled, said another.[^someone_else]

The harbour was closed.[^another_post]

[^renamed]: Jane Doe (@old_handle), X, January 20, 2022, https://x.com/old_handle/status/{RENAMED}
[^someone_else]: Jane Doe (@old_handle), X, January 20, 2022, https://x.com/old_handle/status/{NAMED_SOMEONE_ELSE}
[^another_post]: Jane Doe (@old_handle), X, January 20, 2022, https://x.com/old_handle/status/{ANOTHER_POST}
"""


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory, local_ca: LocalCA) -> dict[str, Any]:
    """One `check --json` of REPORT; its footnotes by label."""
    routes: dict[str, Any] = {}
    for post_id, syndication, oembed in (
        (RENAMED, "tweet_result_renamed_account.json", "tweet_oembed_renamed_account.json"),
        (NAMED_SOMEONE_ELSE, "tweet_result_renamed_account_named_someone_else.json", None),
        (ANOTHER_POST, None, "tweet_oembed_of_another_post.json"),  # the JSON is unavailable: oEmbed only
    ):
        routes[f"/old_handle/status/{post_id}"] = Reply(body=asset("x_status_shell.html"))
        oembed_url = twitter_oembed_url(f"https://twitter.com/old_handle/status/{post_id}")
        routes[path_of(syndication_url(post_id))] = (
            Reply(body=asset(syndication), headers=JSON) if syndication else Reply(503, b"busy", JSON)
        )
        routes[path_of(oembed_url)] = (
            Reply(body=asset(oembed), headers=JSON) if oembed else Reply(503, b"busy", JSON)
        )
    folder = tmp_path_factory.mktemp("renamed")
    (folder / "ferries.md").write_text(REPORT, encoding="utf-8")
    with FixtureServer(routes, tls=local_ca) as server:
        argv = ["check", str(folder / "ferries.md"), "--json", "--archive-dir", str(folder / "archives")]
        argv += ["--ca-bundle", str(local_ca.ca_pem), "--no-archive-lookup"]
        for host in ("x.com", "cdn.syndication.twimg.com", "publish.twitter.com"):
            argv += ["--connect-to", f"{host}:443:127.0.0.1:{server.port}"]
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            code = cli.main(argv)
    (report,) = json.loads(out.getvalue())["reports"]
    return {"code": code, "footnotes": {f["label"]: f for f in report["footnotes"]}}


def _author(checked: dict[str, Any], label: str) -> dict[str, Any]:
    footnote = checked["footnotes"][label]
    return {"footnote": footnote["status"], **next(c for c in footnote["checks"] if c["name"] == "author")}


def test_a_post_of_a_renamed_account_warns_naming_both_handles_and_the_likely_rename(
    checked: dict[str, Any],
) -> None:
    author = _author(checked, "renamed")
    assert (author["footnote"], author["status"]) == ("unconfirmed", "warn")
    assert author["detail"] == (
        f"the note gives @old_handle; the post is under @new_handle now (the post id {RENAMED} matches), and "
        "its display name 'Jane Doe' matches the cited 'Jane Doe': most likely the account was renamed; cite "
        "@new_handle, or confirm the rename"
    )
    assert author["found"] == "Jane Doe / @new_handle"


def test_the_same_post_under_a_display_name_of_someone_else_still_fails(checked: dict[str, Any]) -> None:
    author = _author(checked, "someone_else")
    assert (author["footnote"], author["status"]) == ("failed", "fail")
    assert author["detail"] == (
        "cited 'Jane Doe / old_handle'; the source shows 'Harbour Watch Bot / @new_handle': the post id "
        f"{NAMED_SOMEONE_ELSE} matches, but the display name 'Harbour Watch Bot' is not 'Jane Doe'"
    )


def test_another_post_than_the_cited_one_fails_though_the_display_name_matches(
    checked: dict[str, Any],
) -> None:
    author = _author(checked, "another_post")
    assert (author["footnote"], author["status"]) == ("failed", "fail")
    assert author["detail"] == (
        f"cited @old_handle's post {ANOTHER_POST}; the capture shows another post, 1484307299693617700, by "
        "'Jane Doe / @new_handle'"
    )
    assert checked["code"] == 1
