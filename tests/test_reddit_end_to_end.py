"""Cited Reddit posts and comments: `check` end to end against a fixture server on 127.0.0.1 for Reddit's
hosts (www.reddit.com, redd.it), reached by `--connect-to`.

Reddit's page is a script app: a post is read from Reddit's public JSON of it, captured into the footnote's
WARC beside the page (a share link's, once it has led to the post). A post the JSON shows is verified; a
removed one fails; a comment is read as its own words; a refusal of a client not signed in says nothing of
the post; where old.reddit.com's server-rendered page shows it, the post is read from that page.
"""

from __future__ import annotations

from typing import Any

import pytest

from provenance.side_urls import old_reddit_url, reddit_json_url
from tests.extractors.support import asset
from tests.support.check_runs import check_json_through
from tests.support.servers import FixtureServer, Reply, make_local_ca, path_of

JSON = (("Content-Type", "application/json; charset=UTF-8"),)
POST = "https://www.reddit.com/r/kherson/comments/1b5xyz9/bridge_closed_tonight/"
REMOVED = "https://www.reddit.com/r/kherson/comments/1b5rmvd/bridge_closed_tonight/"
BLOCKED = "https://www.reddit.com/r/kherson/comments/1b5blkd/bridge_closed_tonight/"
COMMENT = f"{POST}kt1abcd/"
SHARE = "https://www.reddit.com/r/kherson/s/AbC123xyz"
SERVED_OLD = "https://www.reddit.com/r/kherson/comments/1b5oldp/bridge_closed_tonight/"

REPORT = f"""# Bridges

The watch wrote: "We are closing the bridge tonight."[^posted]

The watch wrote: "We are closing the bridge tonight."[^removed]

A pilot answered: "The ferry at the old pier still runs at 6 am."[^comment]

The watch wrote: "We are closing the bridge tonight."[^shared]

The watch wrote: "We are closing the bridge tonight."[^blocked]

The watch wrote: "We are closing the bridge tonight."[^old]

[^posted]: u/harbour_watch, "Bridge closed tonight", Reddit, March 3, 2024, {POST}
[^removed]: u/harbour_watch, "Bridge closed tonight", Reddit, March 3, 2024, {REMOVED}
[^comment]: u/river_pilot, Reddit, March 3, 2024, {COMMENT}
[^shared]: u/harbour_watch, Reddit, March 3, 2024, {SHARE}
[^blocked]: u/harbour_watch, Reddit, March 3, 2024, {BLOCKED}
[^old]: u/harbour_watch, Reddit, March 3, 2024, {SERVED_OLD}
"""


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `check --json` of REPORT; its footnotes by label."""
    shell = Reply(body=asset("reddit_post_shell.html"))
    removed = asset("reddit_post_removed.json").replace(b"1b5xyz9", b"1b5rmvd")
    old_page = asset("old_reddit_comment_page.html").replace(b"1b5xyz9", b"1b5oldp")
    routes: dict[str, Any] = {
        path_of(POST): shell,
        path_of(REMOVED): shell,
        path_of(BLOCKED): Reply(403, asset("reddit_blocked.html")),
        path_of(COMMENT): shell,
        path_of(SHARE): Reply(301, b"", (("Location", f"{POST}?share_id=Zx9&utm_source=share"),)),
        path_of(reddit_json_url(POST) or ""): Reply(200, asset("reddit_post.json"), JSON),
        path_of(reddit_json_url(REMOVED) or ""): Reply(200, removed, JSON),
        path_of(reddit_json_url(BLOCKED) or ""): Reply(403, asset("reddit_blocked.html")),
        path_of(reddit_json_url(COMMENT) or ""): Reply(200, asset("reddit_comment.json"), JSON),
        # old.reddit.com, asked where the JSON is refused: it refuses BLOCKED too, and shows SERVED_OLD.
        path_of(old_reddit_url(BLOCKED) or ""): Reply(403, asset("reddit_blocked.html")),
        path_of(SERVED_OLD): shell,
        path_of(reddit_json_url(SERVED_OLD) or ""): Reply(429, asset("reddit_blocked.html")),
        path_of(old_reddit_url(SERVED_OLD) or ""): Reply(200, old_page),
    }
    folder = tmp_path_factory.mktemp("reddit")
    local_ca = make_local_ca(folder, ("www.reddit.com", "old.reddit.com"))
    (folder / "bridges.md").write_text(REPORT, encoding="utf-8")
    with FixtureServer(routes, tls=local_ca) as server:
        code, footnotes = check_json_through(
            folder / "bridges.md", ("www.reddit.com", "old.reddit.com"), server.port, local_ca.ca_pem
        )
    return {"code": code, "footnotes": footnotes}


def _checks(checked: dict[str, Any], label: str) -> dict[str, dict[str, Any]]:
    return {check["name"]: check for check in checked["footnotes"][label]["checks"]}


def test_a_reddit_post_its_json_shows_is_verified(checked: dict[str, Any]) -> None:
    footnote = checked["footnotes"]["posted"]
    checks = _checks(checked, "posted")
    assert footnote["status"] == "verified", footnote["checks"]
    assert {name: checks[name]["status"] for name in ("captured", "date", "author", "quote")} == {
        "captured": "pass",
        "date": "pass",
        "author": "pass",
        "quote": "pass",
    }
    assert "created_utc" in checks["date"]["detail"]


def test_a_post_removed_by_moderators_fails_saying_so(checked: dict[str, Any]) -> None:
    footnote = checked["footnotes"]["removed"]
    captured = _checks(checked, "removed")["captured"]
    assert (footnote["status"], captured["status"]) == ("failed", "fail")
    assert "says the post was removed (removed_by_category 'moderator')" in captured["detail"]


def test_a_comments_own_words_author_and_time_are_read(checked: dict[str, Any]) -> None:
    checks = _checks(checked, "comment")
    assert {name: checks[name]["status"] for name in ("captured", "date", "author", "quote")} == {
        "captured": "pass",
        "date": "pass",
        "author": "pass",
        "quote": "pass",
    }
    assert "river_pilot" in checks["author"]["detail"]


def test_a_share_link_is_read_from_the_post_it_led_to(checked: dict[str, Any]) -> None:
    footnote = checked["footnotes"]["shared"]
    assert footnote["status"] == "verified", footnote["checks"]


def test_a_refusal_of_a_client_not_signed_in_never_reads_as_a_deleted_post(checked: dict[str, Any]) -> None:
    footnote = checked["footnotes"]["blocked"]
    captured = _checks(checked, "blocked")["captured"]
    assert footnote["status"] != "verified"
    assert captured["status"] == "fail"
    assert "deleted" not in captured["detail"]
    assert checked["code"] == 1


def test_a_post_whose_json_is_refused_is_verified_from_old_reddits_page(checked: dict[str, Any]) -> None:
    footnote = checked["footnotes"]["old"]
    checks = _checks(checked, "old")
    assert footnote["status"] == "verified", footnote["checks"]
    assert {name: checks[name]["status"] for name in ("captured", "date", "author", "quote")} == {
        "captured": "pass",
        "date": "pass",
        "author": "pass",
        "quote": "pass",
    }
