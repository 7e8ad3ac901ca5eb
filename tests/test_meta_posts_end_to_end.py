"""Cited Instagram and Threads posts: `check` end to end against a fixture server standing for
www.instagram.com, www.threads.net and www.threads.com, each reached by `--connect-to`.

A post's page is read from its tags (its account, words and media id) and dated by its id: verified where
they bear the note out; a post's link answered by the account's profile fails; a day other than the id's
fails.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extractors.support import asset
from tests.support.check_runs import check_json_through
from tests.support.servers import FixtureServer, Reply, make_local_ca, path_of

HOSTS = ("www.instagram.com", "www.threads.net", "www.threads.com")
THREADS_URL = "https://www.threads.net/@zuck/post/C9wK8SrvY5T"  # of 2024-07-23 04:59 UTC
POST_URL = "https://www.instagram.com/p/CEWsh68Kc5C/"  # of 2020-08-26 13:43 UTC
GONE_URL = "https://www.instagram.com/p/CEUIzQYpqgl/"  # of 2020-08-25: its link answers with the profile

REPORT = f"""# Posts

Mark Zuckerberg wrote: "Open source AI is the path forward."[^threads]

The magazine posted: "the last two northern white rhinos on the planet"[^insta]

The magazine posted: "Step into wonder"[^gone]

Mark Zuckerberg wrote: "Open source AI is the path forward."[^wrongday]

[^threads]: Mark Zuckerberg (@zuck), Threads, July 23, 2024, {THREADS_URL}
[^insta]: National Geographic (@natgeo), Instagram, August 26, 2020, {POST_URL}
[^gone]: National Geographic (@natgeo), Instagram, August 25, 2020, {GONE_URL}
[^wrongday]: Mark Zuckerberg (@zuck), Threads, July 21, 2024, {THREADS_URL}
"""


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `check --json` of REPORT; its footnotes by label."""
    routes: dict[str, Any] = {
        path_of(THREADS_URL): Reply(body=asset("threads_post.html")),
        path_of(POST_URL): Reply(body=asset("instagram_post.html")),
        path_of(GONE_URL): Reply(body=asset("instagram_profile.html")),
    }
    folder = tmp_path_factory.mktemp("meta")
    local_ca = make_local_ca(folder, HOSTS)
    (folder / "posts.md").write_text(REPORT, encoding="utf-8")
    with FixtureServer(routes, tls=local_ca) as server:
        _, footnotes = check_json_through(folder / "posts.md", HOSTS, server.port, local_ca.ca_pem)
    return footnotes


def _statuses(footnote: dict[str, Any]) -> dict[str, str]:
    return {check["name"]: check["status"] for check in footnote["checks"]}


@pytest.mark.parametrize("label", ["threads", "insta"])
def test_a_post_is_verified_from_its_tags_and_its_id_s_time(checked: dict[str, Any], label: str) -> None:
    post = checked[label]
    statuses = _statuses(post)
    assert (statuses["captured"], statuses["date"], statuses["author"], statuses["quote"]) == ("pass",) * 4
    assert post["status"] == "verified", post["checks"]


def test_a_post_s_link_answered_by_its_account_s_profile_fails(checked: dict[str, Any]) -> None:
    gone = checked["gone"]
    captured = next(check for check in gone["checks"] if check["name"] == "captured")
    assert captured["status"] == "fail"
    assert "profile" in captured["detail"]
    assert "pass" not in (_statuses(gone).get("quote"), _statuses(gone).get("author"))
    assert gone["status"] == "failed"


def test_a_day_other_than_the_id_s_fails(checked: dict[str, Any]) -> None:
    wrong = checked["wrongday"]
    assert _statuses(wrong)["date"] == "fail"
    assert wrong["status"] == "failed"
