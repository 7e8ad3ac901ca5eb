"""Mastodon posts cited in a report: `check` end to end against a fixture instance on 127.0.0.1.

A Mastodon post's page is a script app with a little server-rendered metadata: read as a plain web page, a
footnote was judged on its `og:` tags alone, and a deleted post's page was a web page that said nothing. The
post is read from its instance's status API, captured beside the page: its author, time and words; a deleted
post is unavailable; a boost's words are the boosted account's, never the booster's.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extractors.support import asset
from tests.support.check_runs import check_json_through
from tests.support.servers import TLS_NAMES, FixtureServer, Reply, make_local_ca

JSON = (("Content-Type", "application/json; charset=utf-8"),)
INSTANCE = "mastodon.example"
POST_ID = "109876543210987654"  # the asset's status, of 2023-02-16 21:29:55 UTC, by @harbourwatch
DELETED_ID = "109876543210980000"
BOOST_ID = "109876543210990000"  # the asset's boost, by @harbourwatch, of @rumours@other.example's post

REPORT = f"""# Ferries

"The ferry to the island is cancelled until Monday."[^post]

The harbour account's post is gone.[^deleted]

"The bridge at Kherson was destroyed overnight."[^boost]

[^post]: Harbour Watch (@harbourwatch), Mastodon, February 16, 2023, https://{INSTANCE}/@harbourwatch/{POST_ID}
[^deleted]: Harbour Watch (@harbourwatch), Mastodon, February 16, 2023, https://{INSTANCE}/@harbourwatch/{DELETED_ID}
[^boost]: Harbour Watch (@harbourwatch), Mastodon, February 16, 2023, https://{INSTANCE}/@harbourwatch/{BOOST_ID}
"""


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `check --json` of REPORT; its footnotes by label."""
    page = Reply(body=asset("mastodon_status_page.html"))
    routes: dict[str, Any] = {
        f"/@harbourwatch/{POST_ID}": page,
        f"/api/v1/statuses/{POST_ID}": Reply(body=asset("mastodon_status.json"), headers=JSON),
        # The page as a cache may keep it after the post is gone: only the status API says it is.
        f"/@harbourwatch/{DELETED_ID}": page,
        f"/api/v1/statuses/{DELETED_ID}": Reply(404, asset("mastodon_status_not_found.json"), JSON),
        f"/@harbourwatch/{BOOST_ID}": page,
        f"/api/v1/statuses/{BOOST_ID}": Reply(body=asset("mastodon_status_boost.json"), headers=JSON),
    }
    folder = tmp_path_factory.mktemp("mastodon")
    local_ca = make_local_ca(folder, (*TLS_NAMES, INSTANCE))
    (folder / "ferries.md").write_text(REPORT, encoding="utf-8")
    with FixtureServer(routes, tls=local_ca) as server:
        _, footnotes = check_json_through(folder / "ferries.md", (INSTANCE,), server.port, local_ca.ca_pem)
    return footnotes


def _checks(footnote: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {check["name"]: check for check in footnote["checks"]}


def test_a_mastodon_post_is_verified_on_its_status_api(checked: dict[str, Any]) -> None:
    post = checked["post"]
    checks = _checks(post)
    statuses = {name: check["status"] for name, check in checks.items()}
    assert (statuses["captured"], statuses["date"], statuses["author"], statuses["quote"]) == ("pass",) * 4, (
        post["checks"]
    )
    assert post["status"] == "verified"
    assert checks["author"]["found"] == "Harbour Watch / @harbourwatch@mastodon.example"


def test_a_deleted_mastodon_post_fails_captured(checked: dict[str, Any]) -> None:
    deleted = checked["deleted"]
    captured = _checks(deleted)["captured"]
    assert captured["status"] == "fail", deleted["checks"]
    assert "the post is deleted or not public" in captured["detail"]
    assert deleted["status"] != "verified"


def test_a_boosts_words_do_not_pass_as_the_boosters(checked: dict[str, Any]) -> None:
    boost = checked["boost"]
    quote = _checks(boost)["quote"]
    assert quote["status"] == "warn", boost["checks"]
    assert "a boost of Rumour Mill, @rumours@other.example's post" in quote["detail"]
    assert boost["status"] != "verified"
