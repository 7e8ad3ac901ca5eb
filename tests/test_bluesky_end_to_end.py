"""Cited Bluesky posts: `check` end to end against fixture servers on 127.0.0.1 for bsky.app and the public
AppView (public.api.bsky.app), each reached by `--connect-to`.

bsky.app serves a script app: the post is read from the AppView's `getPostThread` answer, captured into the
footnote's WARC beside the page. A post the AppView shows is verified; one it says is gone fails; the words
of a post that a quote post embeds are not the quoting account's.
"""

from __future__ import annotations

from typing import Any

import pytest

from provenance.side_urls import bluesky_thread_url
from tests.extractors.support import asset
from tests.support.check_runs import check_json_through
from tests.support.servers import FixtureServer, Reply, make_local_ca, path_of

JSON = (("Content-Type", "application/json"),)
HANDLE = "harbour.bsky.social"
POSTED = "3lbg46235ui27"  # the asset's post, seen by the network 2024-11-20 23:30 UTC
DELETED = "3lbjncnq5c227"
QUOTING = "3lbgynmqc2227"  # a post of 2024-11-21 08:00 UTC quoting @rumourmill.bsky.social's
DID = "did:plc:ewvi7nxzyoun6zhxrhs64oiz"  # @harbour.bsky.social's account
# A post whose page names it by another account's DID than the API's answer is by: the handle named two.
HANDED_ON = "3lbg46235ui2a"
OTHER_DID = "did:plc:z72i7hdynmk6r22z27h6tvur"

REPORT = f"""# Ferries

The harbour said: "The ferry to Kherson is cancelled until further notice."[^posted]

The harbour said: "The ferry runs again on Monday."[^deleted]

The harbour said: "the Kherson bridge was destroyed overnight."[^quoting]

The harbour said: "The ferry to Kherson is cancelled until further notice."[^by_did]

The harbour said: "The ferry to Kherson is cancelled until further notice."[^old_handle]

The harbour said: "The ferry to Kherson is cancelled until further notice."[^handed_on]

[^posted]: Harbour Authority, Bluesky, November 20, 2024, https://bsky.app/profile/{HANDLE}/post/{POSTED}
[^deleted]: Harbour Authority, Bluesky, November 22, 2024, https://bsky.app/profile/{HANDLE}/post/{DELETED}
[^quoting]: Harbour Authority, Bluesky, November 21, 2024, https://bsky.app/profile/{HANDLE}/post/{QUOTING}
[^by_did]: Harbour Authority (@{HANDLE}), Bluesky, November 20, 2024, https://bsky.app/profile/{DID}/post/{POSTED}
[^old_handle]: Harbour Authority (@oldharbour.bsky.social), Bluesky, November 20, 2024, https://bsky.app/profile/{DID}/post/{POSTED}
[^handed_on]: Harbour Authority, Bluesky, November 20, 2024, https://bsky.app/profile/{HANDLE}/post/{HANDED_ON}
"""


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `check --json` of REPORT; its footnotes by label."""
    routes: dict[str, Any] = {}
    for account, rkey, thread, status in (
        (HANDLE, POSTED, "bsky_post_thread.json", 200),
        (HANDLE, DELETED, "bsky_post_thread_not_found_400.json", 400),
        (HANDLE, QUOTING, "bsky_post_thread_quoting_another.json", 200),
        (DID, POSTED, "bsky_post_thread.json", 200),
    ):
        post_url = f"https://bsky.app/profile/{account}/post/{rkey}"
        routes[path_of(post_url)] = Reply(body=asset("bsky_app_shell.html"))
        routes[path_of(bluesky_thread_url(post_url) or "")] = Reply(status, asset(thread), JSON)
    handed_on = f"https://bsky.app/profile/{HANDLE}/post/{HANDED_ON}"
    other = f'<link rel="alternate" href="at://{OTHER_DID}/app.bsky.feed.post/{HANDED_ON}" /></head>'
    routes[path_of(handed_on)] = Reply(body=asset("bsky_app_shell.html").replace(b"</head>", other.encode()))
    handed_on_thread = asset("bsky_post_thread.json").replace(POSTED.encode(), HANDED_ON.encode())
    routes[path_of(bluesky_thread_url(handed_on) or "")] = Reply(200, handed_on_thread, JSON)
    folder = tmp_path_factory.mktemp("bluesky")
    local_ca = make_local_ca(folder, ("bsky.app", "public.api.bsky.app"))
    (folder / "ferries.md").write_text(REPORT, encoding="utf-8")
    with FixtureServer(routes, tls=local_ca) as server:
        code, footnotes = check_json_through(
            folder / "ferries.md", ("bsky.app", "public.api.bsky.app"), server.port, local_ca.ca_pem
        )
    return {"code": code, "footnotes": footnotes}


def _checks(checked: dict[str, Any], label: str) -> dict[str, dict[str, Any]]:
    return {check["name"]: check for check in checked["footnotes"][label]["checks"]}


def test_a_bluesky_post_the_public_api_shows_is_verified(checked: dict[str, Any]) -> None:
    footnote = checked["footnotes"]["posted"]
    checks = _checks(checked, "posted")
    assert footnote["status"] == "verified", footnote["checks"]
    assert {name: checks[name]["status"] for name in ("captured", "date", "author", "quote")} == {
        "captured": "pass",
        "date": "pass",
        "author": "pass",
        "quote": "pass",
    }
    assert "indexedAt" in checks["date"]["detail"]


def test_a_deleted_bluesky_post_fails_saying_the_api_does_not_find_it(checked: dict[str, Any]) -> None:
    footnote = checked["footnotes"]["deleted"]
    captured = _checks(checked, "deleted")["captured"]
    assert (footnote["status"], captured["status"]) == ("failed", "fail")
    assert "answers NotFound: the post is deleted, or never was" in captured["detail"]


def test_the_words_of_the_post_a_quote_post_embeds_are_not_the_quoting_accounts(
    checked: dict[str, Any],
) -> None:
    footnote = checked["footnotes"]["quoting"]
    quote = _checks(checked, "quoting")["quote"]
    assert footnote["status"] != "verified"
    assert quote["status"] != "pass"
    assert "the post it quotes" in quote["detail"] and "Rumour Mill" in quote["detail"]
    assert checked["code"] == 1


def test_a_post_cited_by_its_accounts_did_and_handle_is_verified(checked: dict[str, Any]) -> None:
    # `@harbour.bsky.social` in the note is the whole handle (read as `@harbour`, the author check warned).
    footnote = checked["footnotes"]["by_did"]
    author = _checks(checked, "by_did")["author"]
    assert footnote["status"] == "verified", footnote["checks"]
    assert author["detail"] == f"cited @{HANDLE}; the source's account is @{HANDLE}"


def test_a_note_naming_the_accounts_old_handle_is_not_verified(checked: dict[str, Any]) -> None:
    # The DID is the account; the handle the note gives is not its handle now: renamed, or another account.
    footnote = checked["footnotes"]["old_handle"]
    author = _checks(checked, "old_handle")["author"]
    assert (footnote["status"], author["status"]) == ("unconfirmed", "warn")
    assert f"the account is @{HANDLE}, not the cited @oldharbour.bsky.social" in author["detail"]


def test_a_post_the_page_names_by_another_accounts_did_than_the_apis_answer_is_not_verified(
    checked: dict[str, Any],
) -> None:
    # The handle resolved to two accounts: one that took it since may post under the cited rkey, whose words,
    # day and name then passed as the cited post's.
    footnote = checked["footnotes"]["handed_on"]
    captured = _checks(checked, "handed_on")["captured"]
    assert (footnote["status"], captured["status"]) == ("failed", "fail")
    named = f"names the post at://{OTHER_DID}/app.bsky.feed.post/{HANDED_ON}, by another account"
    assert named in captured["detail"]
