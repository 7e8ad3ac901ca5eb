"""`provenance locate` on Reddit accounts: the user's public listings of posts and comments, on a loopback
server standing in for www.reddit.com.

`u/harbour_watch`'s posts (`/user/harbour_watch/submitted.json`) and comments (`/comments.json`), five a page,
newest first, paged by `after`; a post pinned to the profile, old, on top. In the window: a comment quoting
(`> …`) another's words that hold the quoted words, a thing of another author, and a removed comment.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from provenance import cli
from provenance.locate import feeds
from provenance.locate.registry import load_registry
from tests.support.locating import locate_brief
from tests.support.servers import (
    TLS_NAMES,
    FixtureRequestHandler,
    FixtureServer,
    LocalCA,
    Reply,
    make_local_ca,
)

POST_QUOTE = "the harbour bridge will close to lorries from the first of April"
COMMENT_QUOTE = "the night ferry to the island is cancelled until further notice"
START = dt.datetime(2024, 3, 1, 3, 0, tzinfo=dt.UTC)
SPACING = dt.timedelta(hours=6)
USER = "harbour_watch"
QUOTED_AT = 17  # START + 17 * SPACING: 5 March 2024, 09:00 UTC
QUOTING_AT = 16  # a comment quoting another's words: `> the night ferry …`
OTHERS_AT = 15  # a thing another author wrote, in the listing
REMOVED_AT = 18  # a comment removed by moderators, once holding the quoted words

REPORT = f"""Brief

Harbour Watch posted on Reddit: "{POST_QUOTE}".[1] Harbour Watch also wrote on Reddit: "{COMMENT_QUOTE}".[2]

[1] Reddit, March 5, 2024.
[2] Reddit, March 5, 2024.
"""
REGISTRY = f"""name,aliases,platform,handle,url
Harbour Watch,,reddit,u/{USER},
"""
JSON = (("Content-Type", "application/json; charset=utf-8"),)


def _at(index: int) -> dt.datetime:
    return START + index * SPACING


def _filler(index: int) -> str:
    return f"Daily note {index}: the weather in sector {index % 7} is mild, nothing else to report."


def _post(index: int, pinned: bool = False) -> dict[str, Any]:
    post_id = f"1b{index:04d}"
    return {
        "kind": "t3",
        "data": {
            "id": post_id,
            "name": f"t3_{post_id}",
            "title": POST_QUOTE if index == QUOTED_AT else f"Harbour update {index}",
            "selftext": _filler(index),
            "author": "someone_else" if index == OTHERS_AT else USER,
            "author_fullname": "t2_abc",
            "subreddit": "harbourtown",
            "created_utc": _at(index).timestamp(),
            "permalink": f"/r/harbourtown/comments/{post_id}/harbour_update_{index}/",
            "is_self": True,
            "edited": False,
            "pinned": pinned,
        },
    }


def _comment(index: int) -> dict[str, Any]:
    comment_id = f"kc{index:04d}"
    body = _filler(index)
    author = USER
    if index == QUOTED_AT:
        body = COMMENT_QUOTE
    elif index == QUOTING_AT:
        body = f"> {COMMENT_QUOTE}\n\nIs this true? I heard nothing."
    elif index == OTHERS_AT:
        body, author = COMMENT_QUOTE, "someone_else"
    elif index == REMOVED_AT:
        body = "[removed]"
    return {
        "kind": "t1",
        "data": {
            "id": comment_id,
            "name": f"t1_{comment_id}",
            "body": body,
            "author": author,
            "created_utc": _at(index).timestamp(),
            "permalink": f"/r/harbourtown/comments/1b0001/harbour_update_1/{comment_id}/",
            "link_id": "t3_1b0001",
            "parent_id": "t3_1b0001",
            "edited": False,
        },
    }


def _listing(
    children: list[dict[str, Any]], pinned: dict[str, Any] | None, requests: list[str], size: int = 5
) -> Any:
    def send(handler: FixtureRequestHandler) -> None:
        requests.append(handler.path)
        query = parse_qs(urlsplit(handler.path).query)
        assert query["limit"] == ["100"]
        after = query.get("after", [""])[0]
        offset = int(after.split("_", 1)[1]) if after else 0
        page = children[offset : offset + size]
        listing: dict[str, Any] = {
            "after": f"x_{offset + size}" if offset + size < len(children) else None,
            "children": ([pinned] if pinned and offset == 0 else []) + page,
        }
        handler.reply(Reply(body=json.dumps({"kind": "Listing", "data": listing}).encode(), headers=JSON))

    return send


@pytest.fixture(scope="module")
def local_ca(tmp_path_factory: pytest.TempPathFactory) -> LocalCA:
    return make_local_ca(tmp_path_factory.mktemp("ca"), (*TLS_NAMES, "www.reddit.com"))


@pytest.fixture
def requests() -> dict[str, list[str]]:
    return {"submitted": [], "comments": []}


@pytest.fixture
def server(local_ca: LocalCA, requests: dict[str, list[str]]) -> Iterator[FixtureServer]:
    posts = [_post(index) for index in reversed(range(40))]
    comments = [_comment(index) for index in reversed(range(40))]
    with FixtureServer(tls=local_ca) as running:
        running.routes[f"/user/{USER}/submitted.json"] = _listing(
            posts, _post(0, True), requests["submitted"]
        )
        running.routes[f"/user/{USER}/comments.json"] = _listing(comments, None, requests["comments"])
        yield running


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brief.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "accounts.csv").write_text(REGISTRY, encoding="utf-8")
    return tmp_path


def test_a_reddit_accounts_cited_post_is_the_top_candidate_found_in_its_submitted_listing(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    code, footnotes = locate_brief(capsys, server, local_ca)

    candidates = footnotes["1"]["candidates"]
    assert code == 0, footnotes["1"]["notes"]
    assert candidates[0]["url"] == (
        f"https://www.reddit.com/r/harbourtown/comments/1b{QUOTED_AT:04d}/harbour_update_{QUOTED_AT}/"
    )
    assert candidates[0]["parts"]["quote"] > 0.95 and candidates[0]["via"] == "reddit json"
    assert f"1b{OTHERS_AT:04d}" not in {c["url"].split("/")[6] for c in candidates}


def test_a_reddit_comment_is_found_but_never_one_only_quoting_the_words_nor_anothers_nor_a_removed_one(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    _, footnotes = locate_brief(capsys, server, local_ca)

    candidates = footnotes["2"]["candidates"]
    assert candidates[0]["url"].endswith(f"/kc{QUOTED_AT:04d}/")
    assert candidates[0]["parts"]["quote"] > 0.95
    quoting = [c for c in candidates if c["url"].endswith((f"/kc{QUOTING_AT:04d}/", f"/kc{OTHERS_AT:04d}/"))]
    assert all(c["parts"]["quote"] < 0.5 for c in quoting), quoting
    assert not any(c["url"].endswith(f"/kc{REMOVED_AT:04d}/") for c in candidates)


def test_the_listings_are_paged_by_after_to_the_windows_start_and_kept_in_the_search_warc(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    requests: dict[str, list[str]],
) -> None:
    locate_brief(capsys, server, local_ca)

    # The window (3 to 6 March around the cited day) starts at item 8 of 40, newest first, five a page: pages
    # go back to offset 30 and stop; the old pinned post on top stops nothing.
    for listing in ("submitted", "comments"):
        afters = [parse_qs(urlsplit(path).query).get("after", [""])[0] for path in requests[listing]]
        assert afters[:7] == ["", "x_5", "x_10", "x_15", "x_20", "x_25", "x_30"]
    lines = [json.loads(line) for line in (workdir / "brief.txt.ledger.jsonl").read_text().splitlines()]
    uris = {
        record["uri"]
        for line in lines
        if line["kind"] == "locate"
        for record in line["capture"]["records"]
        if record["type"] == "response"
    }
    assert feeds.reddit_listing_url(USER, "submitted") in uris
    assert cli.main(["verify", "brief.txt.ledger.jsonl"]) == 0


@pytest.mark.parametrize("status", [403, 429, 503])
def test_a_refused_reddit_listing_says_the_account_could_not_be_searched_never_that_it_did_not_post(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    status: int,
) -> None:
    refusal = Reply(status, b"<html><body>blocked by network security</body></html>")
    server.routes[f"/user/{USER}/submitted.json"] = refusal
    server.routes[f"/user/{USER}/comments.json"] = refusal

    code, footnotes = locate_brief(capsys, server, local_ca)

    notes = footnotes["1"]["notes"]
    assert code == 1 and footnotes["1"]["candidates"] == []
    said = f"u/{USER}: reddit's submitted listing could not be read (http {status})"
    assert any(note.lower().startswith(said) for note in notes), notes
    assert "nothing could be searched: no listing of the accounts' posts could be read" in notes
    assert not any(note.startswith("no post of") for note in notes)


def test_a_deleted_reddit_account_is_said_to_be_gone(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    gone = Reply(404, b'{"message": "Not Found", "error": 404}', JSON)
    server.routes[f"/user/{USER}/submitted.json"] = gone
    server.routes[f"/user/{USER}/comments.json"] = gone

    _, footnotes = locate_brief(capsys, server, local_ca)

    notes = footnotes["1"]["notes"]
    assert footnotes["1"]["candidates"] == []
    assert any("Reddit finds no such account (HTTP 404): deleted" in note for note in notes), notes
    assert not any(note.startswith("no post of") for note in notes)


@pytest.mark.parametrize(
    ("handle", "searched"),
    [
        ("u/harbour_watch", "harbour_watch"),
        ("/u/Harbour-Watch", "Harbour-Watch"),
        ("harbour_watch", "harbour_watch"),
    ],
)
def test_a_registry_reddit_handle_is_the_users_name_with_or_without_u(handle: str, searched: str) -> None:
    (account,) = load_registry(f"name,platform,handle\nHarbour Watch,reddit,{handle}\n".encode(), "a.csv")
    assert account.handle == searched


@pytest.mark.parametrize("handle", ["u/ab", "u/harbour.watch", "u/../x"])
def test_a_registry_reddit_handle_that_is_no_user_name_is_refused(handle: str) -> None:
    with pytest.raises(Exception, match="Reddit user name"):
        load_registry(f"name,platform,handle\nHarbour Watch,reddit,{handle}\n".encode(), "a.csv")


@pytest.mark.parametrize(
    "url",
    [
        "https://www.reddit.com/user/harbour_watch/",
        "old.reddit.com/u/Harbour_Watch",
        "reddit.com/user/harbour_watch/comments/",
    ],
)
def test_a_reddit_users_page_in_the_registry_names_the_account_searched(url: str) -> None:
    (account,) = load_registry(f"name,platform,url\nHarbour Watch,reddit,{url}\n".encode(), "a.csv")
    assert (account.handle or "").lower() == "harbour_watch"


def test_a_reddit_users_page_and_another_handle_beside_it_are_refused() -> None:
    row = "Harbour Watch,reddit,u/other_watch,https://www.reddit.com/user/harbour_watch"
    with pytest.raises(Exception, match="is not the account"):
        load_registry(f"name,platform,handle,url\n{row}\n".encode(), "a.csv")


def test_a_reddit_communitys_page_names_no_user_and_stays_an_archive_search() -> None:
    (account,) = load_registry(
        b"name,platform,url\nHarbour Watch,reddit,https://www.reddit.com/r/harbourtown/\n", "a.csv"
    )
    assert account.handle is None


@pytest.mark.parametrize(("count", "whole"), [(1000, False), (40, True)])
def test_a_listing_ending_at_reddits_cap_before_the_window_is_no_proof_the_account_did_not_post(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    requests: dict[str, list[str]],
    count: int,
    whole: bool,
) -> None:
    # Every thing listed is newer than the window: Reddit lists about 1,000 of a user's newest, no older.
    newer = range(40, 40 + count)
    posts = [_post(index) for index in reversed(newer)]
    comments = [_comment(index) for index in reversed(newer)]
    server.routes[f"/user/{USER}/submitted.json"] = _listing(posts, None, requests["submitted"], 100)
    server.routes[f"/user/{USER}/comments.json"] = _listing(comments, None, requests["comments"], 100)

    _, footnotes = locate_brief(capsys, server, local_ca)

    notes = footnotes["1"]["notes"]
    assert footnotes["1"]["candidates"] == []
    (said,) = [note for note in notes if note.startswith("no post of")]
    assert ("in what could be read" in said) is not whole, notes
    assert any("reddit lists no older ones" in note.lower() for note in notes) is not whole


@pytest.mark.parametrize(
    ("named", "searched"), [(f"u/{USER}", True), (f"/u/{USER}", True), ("Harbour Watch", False)]
)
def test_a_reddit_user_the_note_names_as_u_name_is_searched_without_a_registry(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    named: str,
    searched: bool,
) -> None:
    (workdir / "brief.txt").write_text(
        f'They posted: "{POST_QUOTE}".[1]\n\n[1] {named}, Reddit, March 5, 2024.\n', encoding="utf-8"
    )
    network = ["--connect-to", f"::127.0.0.1:{server.port}", "--ca-bundle", str(local_ca.ca_pem)]

    code = cli.main(["locate", "brief.txt", "--json", *network])

    out, err = capsys.readouterr()
    assert "Traceback" not in err
    (footnote,) = json.loads(out)["reports"][0]["footnotes"]
    top = f"https://www.reddit.com/r/harbourtown/comments/1b{QUOTED_AT:04d}/harbour_update_{QUOTED_AT}/"
    assert [c["url"] for c in footnote["candidates"]][:1] == ([top] if searched else []), footnote["notes"]
    assert code == (0 if searched else 1)


@pytest.mark.parametrize(
    ("suspended", "said"), [(True, "suspended"), (False, "could not be read (http 403)")]
)
def test_a_suspended_reddit_account_is_said_so_where_its_listings_are_refused(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    suspended: bool,
    said: str,
) -> None:
    refused = Reply(403, b'{"message": "Forbidden", "error": 403}', JSON)
    server.routes[f"/user/{USER}/submitted.json"] = refused
    server.routes[f"/user/{USER}/comments.json"] = refused
    profile = {"kind": "t2", "data": {"name": USER, "is_suspended": suspended}}
    server.routes[f"/user/{USER}/about.json"] = Reply(body=json.dumps(profile).encode(), headers=JSON)

    _, footnotes = locate_brief(capsys, server, local_ca)

    notes = [note.lower() for note in footnotes["1"]["notes"]]
    assert footnotes["1"]["candidates"] == []
    assert any(note.startswith(f"u/{USER}: ") and said in note for note in notes), notes
    assert ("reddit says the account is suspended" in " ".join(notes)) is suspended
    assert not any(note.startswith("no post of") for note in notes)


def test_a_comment_edited_since_without_the_quote_is_listed_as_edited_not_said_to_lack_it(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    requests: dict[str, list[str]],
) -> None:
    # The cited comment was edited two days later (`edited`: its time) and no longer holds the quote; the
    # footnote was told no comment of the window holds the words.
    comments = [_comment(index) for index in reversed(range(40))]
    for comment in comments:
        if comment["data"]["id"] == f"kc{QUOTED_AT:04d}":
            comment["data"]["body"] = "Edit: never mind, I was wrong about this."
            comment["data"]["edited"] = (_at(QUOTED_AT) + dt.timedelta(days=2)).timestamp()
        elif comment["data"]["id"] in (f"kc{QUOTING_AT:04d}", f"kc{OTHERS_AT:04d}"):
            comment["data"]["body"] = "Nothing to add."
    server.routes[f"/user/{USER}/comments.json"] = _listing(comments, None, requests["comments"])

    _, footnotes = locate_brief(capsys, server, local_ca)

    (edited,) = footnotes["2"]["candidates"]
    assert edited["url"].endswith(f"/kc{QUOTED_AT:04d}/") and edited["parts"]["quote"] == 0.5
    assert any("the post was edited since" in note for note in edited["notes"])
    assert not any(note.startswith("no post of the window holds") for note in footnotes["2"]["notes"])
