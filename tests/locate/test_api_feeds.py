"""`provenance locate` on Bluesky and Mastodon accounts: their public APIs, on a loopback server.

One TLS server stands in for public.api.bsky.app (the author feed, five items a page, newest first, a pinned
old post on top) and for a Mastodon instance, social.example (the account lookup and the account's statuses,
ten a page, below `max_id` and above `since_id`). Each account reposted or boosted another account's post
holding the quoted words, in the window: that post is not the account's.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from provenance import cli
from provenance.citations.csl import load_citations_file
from provenance.locate import feeds
from tests.support.locating import locate_brief
from tests.support.servers import (
    TLS_NAMES,
    FixtureRequestHandler,
    FixtureServer,
    LocalCA,
    Reply,
    make_local_ca,
)

BLUESKY_QUOTE = "the ferry across the Example river stops running at noon on Tuesdays"
MASTODON_QUOTE = "the library on Sample Street will open its new reading room next month"
START = dt.datetime(2024, 3, 1, 3, 0, tzinfo=dt.UTC)
SPACING = dt.timedelta(hours=6)
ALICE = "alice.example.social"
ALICE_DID = "did:plc:aliceexampleaaaaaaaaaaaa"
INSTANCE = "social.example"
BOB_ID = "109000000000000001"
QUOTED_AT = 17  # the post at START + 17 * SPACING: 5 March 2024, 09:00 UTC
REPOST_AT = 16

REPORT = f"""Brief

Alice Example posted on Bluesky: "{BLUESKY_QUOTE}".[1] Bob Sample wrote on Mastodon: "{MASTODON_QUOTE}".[2]

[1] Bluesky, March 5, 2024.
[2] Mastodon, March 5, 2024.
"""
REGISTRY = f"""name,aliases,platform,handle,url
Alice Example,,bluesky,{ALICE},
Bob Sample,,mastodon,,https://{INSTANCE}/@bob
"""
JSON = (("Content-Type", "application/json; charset=utf-8"),)


def _at(index: int) -> dt.datetime:
    return START + index * SPACING


def _iso(moment: dt.datetime) -> str:
    return moment.isoformat().replace("+00:00", "Z")


def _filler(index: int) -> str:
    return f"Daily note {index}: the weather in sector {index % 7} is mild, nothing else to report."


def _bluesky_item(index: int) -> dict[str, Any]:
    rkey = f"3kpost{index:04d}"
    text = BLUESKY_QUOTE if index == QUOTED_AT else _filler(index)
    post = {
        "uri": f"at://{ALICE_DID}/app.bsky.feed.post/{rkey}",
        "cid": f"cid{index}",
        "author": {"did": ALICE_DID, "handle": ALICE, "displayName": "Alice Example"},
        "record": {"text": text, "createdAt": _iso(_at(index))},
        "indexedAt": _iso(_at(index)),
    }
    if index != REPOST_AT:
        return {"post": post}
    # Another account's post with the quoted words, reposted by Alice: not her words.
    other = "did:plc:carolexampleaaaaaaaaaaaa"
    return {
        "post": {
            **post,
            "uri": f"at://{other}/app.bsky.feed.post/3kcarol0001",
            "author": {"did": other, "handle": "carol.example.social", "displayName": "Carol"},
            "record": {"text": BLUESKY_QUOTE, "createdAt": _iso(_at(index))},
        },
        "reason": {"$type": "app.bsky.feed.defs#reasonRepost", "indexedAt": _iso(_at(index))},
    }


def _bluesky_feed(requests: list[str]) -> Any:
    items = [_bluesky_item(index) for index in reversed(range(40))]
    pinned = {**_bluesky_item(0), "reason": {"$type": "app.bsky.feed.defs#reasonPin"}}

    def send(handler: FixtureRequestHandler) -> None:
        requests.append(handler.path)
        query = parse_qs(urlsplit(handler.path).query)
        assert query["actor"] == [ALICE] and query["limit"] == ["100"]
        offset = int(query.get("cursor", ["0"])[0])
        page = items[offset : offset + 5]
        body: dict[str, Any] = {"feed": ([pinned] if offset == 0 else []) + page}
        if offset + 5 < len(items):
            body["cursor"] = str(offset + 5)
        handler.reply(Reply(body=json.dumps(body).encode(), headers=JSON))

    return send


def _status_id(index: int) -> int:
    return feeds.mastodon_id_at(_at(index)) + 7


def _status(index: int) -> dict[str, Any]:
    text = MASTODON_QUOTE if index == QUOTED_AT else _filler(index)
    bob = {"id": BOB_ID, "acct": "bob", "username": "bob", "display_name": "Bob Sample"}
    status: dict[str, Any] = {
        "id": str(_status_id(index)),
        "created_at": _iso(_at(index)),
        "content": f"<p>{html.escape(text)}</p>",
        "visibility": "public",
        "account": bob,
        "reblog": None,
    }
    if index == REPOST_AT:
        carol = {"id": "5", "acct": "carol@other.example", "username": "carol", "display_name": "Carol"}
        boosted = {**status, "id": "1", "account": carol, "content": f"<p>{MASTODON_QUOTE}</p>"}
        status = {**status, "content": "", "reblog": boosted}
    return status


def _mastodon_statuses(requests: list[str]) -> Any:
    statuses = [_status(index) for index in reversed(range(40))]

    def send(handler: FixtureRequestHandler) -> None:
        requests.append(handler.path)
        query = parse_qs(urlsplit(handler.path).query)
        below, above = int(query["max_id"][0]), int(query["since_id"][0])
        page = [status for status in statuses if above < int(status["id"]) < below][:10]
        handler.reply(Reply(body=json.dumps(page).encode(), headers=JSON))

    return send


@pytest.fixture(scope="module")
def local_ca(tmp_path_factory: pytest.TempPathFactory) -> LocalCA:
    return make_local_ca(tmp_path_factory.mktemp("ca"), (*TLS_NAMES, "public.api.bsky.app", INSTANCE))


@pytest.fixture
def requests() -> dict[str, list[str]]:
    return {"bluesky": [], "mastodon": []}


@pytest.fixture
def server(local_ca: LocalCA, requests: dict[str, list[str]]) -> Iterator[FixtureServer]:
    with FixtureServer(tls=local_ca) as running:
        running.routes["/xrpc/app.bsky.feed.getAuthorFeed"] = _bluesky_feed(requests["bluesky"])
        lookup = {"id": BOB_ID, "acct": "bob", "username": "bob", "display_name": "Bob Sample"}
        running.routes["/api/v1/accounts/lookup"] = Reply(body=json.dumps(lookup).encode(), headers=JSON)
        running.routes[f"/api/v1/accounts/{BOB_ID}/statuses"] = _mastodon_statuses(requests["mastodon"])
        yield running


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "brief.txt").write_text(REPORT, encoding="utf-8")
    (tmp_path / "accounts.csv").write_text(REGISTRY, encoding="utf-8")
    return tmp_path


def test_a_bluesky_accounts_cited_post_is_the_top_candidate_and_its_repost_of_another_is_none(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    code, footnotes = locate_brief(capsys, server, local_ca)

    candidates = footnotes["1"]["candidates"]
    assert code == 0
    assert candidates[0]["url"] == f"https://bsky.app/profile/{ALICE}/post/3kpost{QUOTED_AT:04d}"
    assert candidates[0]["parts"]["quote"] > 0.95 and candidates[0]["via"] == "bluesky api"
    assert not any("carol" in candidate["url"] for candidate in candidates), "a repost is not her words"


def test_a_mastodon_accounts_cited_post_is_the_top_candidate_and_its_boost_of_another_is_none(
    workdir: Path, server: FixtureServer, local_ca: LocalCA, capsys: pytest.CaptureFixture[str]
) -> None:
    code, footnotes = locate_brief(capsys, server, local_ca)

    candidates = footnotes["2"]["candidates"]
    assert code == 0
    assert candidates[0]["url"] == f"https://{INSTANCE}/@bob/{_status_id(QUOTED_AT)}"
    assert candidates[0]["parts"]["quote"] > 0.95 and candidates[0]["via"] == "mastodon api"
    assert str(_status_id(REPOST_AT)) not in {c["url"].rsplit("/", 1)[-1] for c in candidates}
    items = {item["id"]: item for item in json.loads((workdir / "found.json").read_text(encoding="utf-8"))}
    assert items["2"]["URL"] == candidates[0]["url"]
    assert items["2"]["custom"]["platform"] == "mastodon", "its host alone would say web"
    assert items["1"]["custom"]["platform"] == "bluesky"
    written = load_citations_file((workdir / "found.json").read_bytes(), "found.json")
    assert written["2"].located == "candidate", "the file locate writes is one check --citations reads"


def test_the_feeds_are_paged_to_the_windows_start_and_every_page_is_in_the_search_warc(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    requests: dict[str, list[str]],
) -> None:
    locate_brief(capsys, server, local_ca)

    # The feed is newest first, five a page: the window (3 to 6 March, UTC, around the cited day) starts at
    # item 8 of 40, so pages go back to offset 30 and stop; the old pinned post on top stops nothing.
    cursors = [parse_qs(urlsplit(path).query).get("cursor", [""])[0] for path in requests["bluesky"]]
    assert cursors == ["", "5", "10", "15", "20", "25", "30"]
    # Mastodon's ids are times: the first page asked is the window's end, never the account's newest.
    first = parse_qs(urlsplit(requests["mastodon"][0]).query)
    assert int(first["max_id"][0]) < _status_id(39) and len(requests["mastodon"]) <= 3
    lines = [json.loads(line) for line in (workdir / "brief.txt.ledger.jsonl").read_text().splitlines()]
    located = [line for line in lines if line["kind"] == "locate"]
    uris = {
        record["uri"]
        for line in located
        for record in line["capture"]["records"]
        if record["type"] == "response"
    }
    assert sum(uri.startswith(feeds.BLUESKY_AUTHOR_FEED) for uri in uris) == len(cursors)
    assert f"https://{INSTANCE}/api/v1/accounts/lookup?acct=bob" in uris
    assert cli.main(["verify", "brief.txt.ledger.jsonl"]) == 0


@pytest.mark.parametrize("status", [401, 403, 429, 503])
def test_an_api_that_refuses_says_the_account_could_not_be_searched_never_that_it_did_not_post(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    status: int,
) -> None:
    refusal = Reply(status, b'{"error": "RateLimitExceeded"}', JSON)
    server.routes["/xrpc/app.bsky.feed.getAuthorFeed"] = refusal
    server.routes["/api/v1/accounts/lookup"] = refusal

    code, footnotes = locate_brief(capsys, server, local_ca)

    assert code == 1
    for label, where in (
        ("1", f"@{ALICE}: Bluesky's author feed"),
        ("2", "@bob@social.example: the instance"),
    ):
        notes = footnotes[label]["notes"]
        assert footnotes[label]["candidates"] == []
        assert any(note.startswith(where) and f"http {status}" in note.lower() for note in notes), notes
        assert "nothing could be searched: no listing of the accounts' posts could be read" in notes
        assert not any(note.startswith("no post of") for note in notes)


def test_a_feed_page_that_fails_midway_or_posts_under_another_handle_are_no_proof_of_no_post(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    requests: dict[str, list[str]],
) -> None:
    feed = _bluesky_feed(requests["bluesky"])

    def renamed_then_limited(handler: FixtureRequestHandler) -> None:
        # The first page shows Alice's posts under `handle.invalid` (her handle no longer checks out); the
        # next is refused.
        if "cursor=" in handler.path:
            handler.reply(Reply(429, b'{"error": "RateLimitExceeded"}', JSON))
            return
        captured: list[bytes] = []
        original = handler.reply
        handler.reply = captured.append  # type: ignore[method-assign,assignment]
        feed(handler)
        handler.reply = original  # type: ignore[method-assign]
        text = captured[0].body.decode().replace(f'"handle": "{ALICE}"', '"handle": "handle.invalid"')  # type: ignore[attr-defined]
        original(Reply(body=text.encode(), headers=JSON))

    server.routes["/xrpc/app.bsky.feed.getAuthorFeed"] = renamed_then_limited

    _, footnotes = locate_brief(capsys, server, local_ca)

    notes = footnotes["1"]["notes"]
    assert footnotes["1"]["candidates"] == []
    assert any("under another handle" in note for note in notes), notes
    assert any("a page of the author feed could not be read (http 429)" in note.lower() for note in notes)
    (said,) = [note for note in notes if note.startswith("no post of")]
    assert "in what could be read" in said and said.endswith("the account may still have posted then")


@pytest.mark.parametrize(("handle", "searched"), [(ALICE, True), ("alice", False)])
def test_a_bluesky_handle_the_note_gives_is_searched_without_a_registry_when_it_is_a_domain_name(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    handle: str,
    searched: bool,
) -> None:
    (workdir / "brief.txt").write_text(
        f'She posted: "{BLUESKY_QUOTE}".[1]\n\n[1] Bluesky (@{handle}), March 5, 2024.\n', encoding="utf-8"
    )
    network = ["--connect-to", f"::127.0.0.1:{server.port}", "--ca-bundle", str(local_ca.ca_pem)]

    code = cli.main(["locate", "brief.txt", "--json", *network])

    out, err = capsys.readouterr()
    assert "Traceback" not in err
    (footnote,) = json.loads(out)["reports"][0]["footnotes"]
    top = f"https://bsky.app/profile/{ALICE}/post/3kpost{QUOTED_AT:04d}"
    assert [c["url"] for c in footnote["candidates"]][:1] == ([top] if searched else [])
    assert code == (0 if searched else 1)


def test_a_mastodon_post_edited_since_without_the_quote_is_listed_as_edited_not_said_to_lack_it(
    workdir: Path,
    server: FixtureServer,
    local_ca: LocalCA,
    capsys: pytest.CaptureFixture[str],
    requests: dict[str, list[str]],
) -> None:
    # Bob edited the cited status two days later and its words no longer hold the quote: the API gives
    # `edited_at`, but the footnote was told "no post of the window holds the quoted words", no candidate.
    statuses = [_status(index) for index in reversed(range(40))]
    for status in statuses:
        if status["id"] == str(_status_id(QUOTED_AT)):
            status["content"] = "<p>Update: the reading room plans are on hold.</p>"
            status["edited_at"] = _iso(_at(QUOTED_AT) + dt.timedelta(days=2))

    def send(handler: FixtureRequestHandler) -> None:
        requests["mastodon"].append(handler.path)
        query = parse_qs(urlsplit(handler.path).query)
        below, above = int(query["max_id"][0]), int(query["since_id"][0])
        page = [status for status in statuses if above < int(status["id"]) < below][:10]
        handler.reply(Reply(body=json.dumps(page).encode(), headers=JSON))

    server.routes[f"/api/v1/accounts/{BOB_ID}/statuses"] = send

    _, footnotes = locate_brief(capsys, server, local_ca)

    (edited,) = footnotes["2"]["candidates"]
    assert edited["url"] == f"https://{INSTANCE}/@bob/{_status_id(QUOTED_AT)}"
    assert edited["parts"]["quote"] == 0.5
    assert any("the post was edited since" in note for note in edited["notes"])
    assert not any(note.startswith("no post of the window holds") for note in footnotes["2"]["notes"])
