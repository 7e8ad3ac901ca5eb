"""Mastodon posts cited in a report: `check` end to end against a fixture instance on 127.0.0.1.

A Mastodon post's page is a script app with a little server-rendered metadata: read as a plain web page, a
footnote was judged on its `og:` tags alone, and a deleted post's page was a web page that said nothing. The
post is read from its instance's status API, captured beside the page: its author, time and words; a deleted
post is unavailable; a boost's words are the boosted account's, never the booster's.
"""

from __future__ import annotations

import json
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
EDITED_ID = "109876543210987655"  # made with the asset's status; edited three days later
SELF_BOOST_ID = "109876543210990001"  # @harbourwatch's boost of its own post, the asset's status
FIRST_WORDS = "<p>The ferry to the island is cancelled until Monday.</p>"
EDITED_WORDS = "<p>The ferry to the island is cancelled until Monday. The harbour master has resigned.</p>"

REPORT = f"""# Ferries

"The ferry to the island is cancelled until Monday."[^post]

The harbour account's post is gone.[^deleted]

"The bridge at Kherson was destroyed overnight."[^boost]

On the day of the storm, "The harbour master has resigned."[^edited]

Harbour Watch wrote "The ferry to the island is cancelled until Monday."[^self-boost]

[^post]: Harbour Watch (@harbourwatch), Mastodon, February 16, 2023, https://{INSTANCE}/@harbourwatch/{POST_ID}
[^deleted]: Harbour Watch (@harbourwatch), Mastodon, February 16, 2023, https://{INSTANCE}/@harbourwatch/{DELETED_ID}
[^boost]: Harbour Watch (@harbourwatch), Mastodon, February 16, 2023, https://{INSTANCE}/@harbourwatch/{BOOST_ID}
[^edited]: Harbour Watch (@harbourwatch), Mastodon, February 16, 2023, https://{INSTANCE}/@harbourwatch/{EDITED_ID}
[^self-boost]: Harbour Watch (@harbourwatch), Mastodon, February 16, 2023, https://{INSTANCE}/@harbourwatch/{SELF_BOOST_ID}
"""


def _self_boost() -> bytes:
    """A boost, three days later, by @harbourwatch of its own post (the asset's status)."""
    boost = json.loads(asset("mastodon_status_boost.json"))
    boost.update(
        id=SELF_BOOST_ID,
        created_at="2023-02-19T09:00:00.000Z",
        reblog=json.loads(asset("mastodon_status.json")),
    )
    return json.dumps(boost).encode()


def _edited_status() -> tuple[bytes, bytes]:
    """The status of a post edited three days after it was posted, and its edit history."""
    status = json.loads(asset("mastodon_status.json"))
    status.update(
        id=EDITED_ID,
        content=EDITED_WORDS,
        edited_at="2023-02-19T10:00:00.000Z",
        uri=f"https://{INSTANCE}/users/harbourwatch/statuses/{EDITED_ID}",
        url=f"https://{INSTANCE}/@harbourwatch/{EDITED_ID}",
    )
    versions = [
        {"content": words, "spoiler_text": "", "created_at": at, "account": status["account"]}
        for words, at in ((FIRST_WORDS, status["created_at"]), (EDITED_WORDS, status["edited_at"]))
    ]
    return json.dumps(status).encode(), json.dumps(versions).encode()


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
        f"/@harbourwatch/{EDITED_ID}": page,
        f"/api/v1/statuses/{EDITED_ID}": Reply(body=_edited_status()[0], headers=JSON),
        f"/api/v1/statuses/{EDITED_ID}/history": Reply(body=_edited_status()[1], headers=JSON),
        f"/@harbourwatch/{SELF_BOOST_ID}": page,
        f"/api/v1/statuses/{SELF_BOOST_ID}": Reply(body=_self_boost(), headers=JSON),
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
    # Whose words they are, as a share's or a crosspost's quote is told: "not searched" said nothing of it.
    assert "not in the source's own words but in the post it boosts (Rumour Mill" in quote["detail"]
    assert boost["status"] != "verified"


def test_words_an_edit_added_days_later_do_not_pass_as_the_posts_on_its_day(checked: dict[str, Any]) -> None:
    # The status alone gives its words now and its first time: words added three days after the post passed
    # `quote`, and `date` passed 16 February, so the footnote was verified on words the post did not hold
    # that day. Its edit history, asked once the status said it was edited, shows its words as posted.
    edited = checked["edited"]
    checks = _checks(edited)
    assert checks["date"]["status"] == "pass", edited["checks"]
    assert checks["quote"]["status"] == "warn", edited["checks"]
    assert "in an edit of the post made after the day it was posted" in checks["quote"]["detail"]
    assert "may be from before the edit" not in checks["quote"]["detail"]
    assert edited["status"] != "verified"


def test_a_boost_of_the_accounts_own_post_is_verified_as_that_post(checked: dict[str, Any]) -> None:
    # Its words were kept apart as "another account's", and its quote was not searched.
    boost = checked["self-boost"]
    statuses = {check["name"]: check["status"] for check in boost["checks"]}
    assert (statuses["captured"], statuses["date"], statuses["author"], statuses["quote"]) == ("pass",) * 4, (
        boost["checks"]
    )
