"""Pleroma, GoToSocial and Misskey posts cited in a report: `check` end to end against a fixture server on
127.0.0.1.

Their links (`/notice/<flake id>`, `/@<user>/statuses/<ULID>`, `/notes/<id>`) were read as plain web pages:
a script app's shell said nothing, and a deleted notice was a page like any other. Pleroma's and
GoToSocial's are read from the Mastodon client API those servers speak, captured beside the page, as
Mastodon's posts are: the author, time and words; a deleted notice is unavailable; an answer for another
post says nothing. A Misskey note is read from its ActivityPub activity and its author's actor, asked with
ActivityPub's `Accept` (without it, the server answers with its page).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extractors.support import asset
from tests.support.check_runs import check_json_through
from tests.support.servers import (
    TLS_NAMES,
    FixtureRequestHandler,
    FixtureServer,
    Reply,
    make_local_ca,
    redirect,
)

JSON = (("Content-Type", "application/json; charset=utf-8"),)
PLEROMA, GOTOSOCIAL, MISSKEY = "pleroma.example", "gts.example", "misskey.example"
NOTE_ID = "9xkz3a0b1c"  # the asset's note, of 2024-04-02 06:30 UTC, by @minato (the actor `9abcd0001x`)
FLAKE = "AbCdEf0123456789Xy"  # the asset's notice, of 2024-03-05 10:15 UTC, by @hafen
DELETED = "AbCdEf0123456789Zz"
OTHER = "AbCdEf0123456789Qq"  # the server answers with another notice than the one asked for
OBJECT = "0b5a6c2e-1f3d-4c9e-9a7b-2d4e6f8a0c1e"  # the asset's notice's ActivityPub id, `/objects/<uuid>`
OTHER_OBJECT = "0b5a6c2e-1f3d-4c9e-9a7b-000000000000"  # sent on to the same notice, of another object
ULID = "01HQ3ZK5V7N2X8Y9A0B1C2D3E4"  # the asset's post, of 2024-02-20 08:00 UTC, by @lighthouse
# A GoToSocial post whose API asks for sign-in: its page, an older GoToSocial's thread, shows its parent.
REFUSED = "01HQ3ZK5V7N2X8Y9A0B1C2D3E5"
GONE_NOTE = "9xkz3a0b9z"  # a note its instance answers 410 Gone for
RENOTE_ID = "9xkz3a0b2d"  # @minato's renote of @rumours's note 9xkz0000aa
# Notes kept from visitors not signed in: by their author's rule (`_misskey_requireSigninToViewContents` on
# the actor `9signin001`, the activity still answering other servers); by the instance's refusal of a
# visitor (its activity's error); by the instance's own app page in the note's place.
SIGNED_IN_ONLY = "9xkz3a0b3a"
REFUSED_NOTE = "9xkz3a0b3b"
HIDDEN_NOTE = "9xkz3a0b3c"

REPORT = f"""# Ferries

"Die Fähre zur Insel fällt bis Montag aus."[^notice]

"The lighthouse lamp is out tonight."[^gts]

"The ferry is cancelled until Monday."[^misskey]

The harbour office's notice is gone.[^deleted]

"Die Fähre zur Insel fällt bis Montag aus."[^other]

"Die Fähre zur Insel fällt bis Montag aus."[^object]

"Die Fähre zur Insel fällt bis Montag aus."[^other-object]

The keeper wrote "The lighthouse lamp is out tonight."[^gts-own]

The keeper wrote "The bridge at Kherson was destroyed overnight."[^gts-parent]

"The ferry is cancelled until Monday."[^misskey-gone]

Minato Port wrote "The bridge at Kherson was destroyed overnight."[^renote]

"The ferry is cancelled until Monday."[^misskey-signed-in]

The port office posted about the ferry.[^misskey-refused]

The port office posted about the ferry.[^misskey-hidden]

[^notice]: Hafenamt (@hafen@{PLEROMA}), March 5, 2024, https://{PLEROMA}/notice/{FLAKE}
[^gts]: Lighthouse Keeper (@lighthouse@{GOTOSOCIAL}), February 20, 2024, https://{GOTOSOCIAL}/@lighthouse/statuses/{ULID}
[^misskey]: Minato Port (@minato@{MISSKEY}), April 2, 2024, https://{MISSKEY}/notes/{NOTE_ID}
[^deleted]: Hafenamt (@hafen@{PLEROMA}), March 5, 2024, https://{PLEROMA}/notice/{DELETED}
[^other]: Hafenamt (@hafen@{PLEROMA}), March 5, 2024, https://{PLEROMA}/notice/{OTHER}
[^object]: Hafenamt (@hafen@{PLEROMA}), March 5, 2024, https://{PLEROMA}/objects/{OBJECT}
[^other-object]: Hafenamt (@hafen@{PLEROMA}), March 5, 2024, https://{PLEROMA}/objects/{OTHER_OBJECT}
[^gts-own]: Lighthouse Keeper (@lighthouse@{GOTOSOCIAL}), February 20, 2024, https://{GOTOSOCIAL}/@lighthouse/statuses/{REFUSED}
[^gts-parent]: Lighthouse Keeper (@lighthouse@{GOTOSOCIAL}), February 20, 2024, https://{GOTOSOCIAL}/@lighthouse/statuses/{REFUSED}
[^misskey-gone]: Minato Port (@minato@{MISSKEY}), April 2, 2024, https://{MISSKEY}/notes/{GONE_NOTE}
[^renote]: Minato Port (@minato@{MISSKEY}), April 2, 2024, https://{MISSKEY}/notes/{RENOTE_ID}
[^misskey-signed-in]: Minato Port (@minato@{MISSKEY}), April 2, 2024, https://{MISSKEY}/notes/{SIGNED_IN_ONLY}
[^misskey-refused]: Minato Port (@minato@{MISSKEY}), https://{MISSKEY}/notes/{REFUSED_NOTE}
[^misskey-hidden]: Minato Port (@minato@{MISSKEY}), https://{MISSKEY}/notes/{HIDDEN_NOTE}
"""
SHELL = b"<html><head><title>Pleroma</title></head><body><noscript>Enable JavaScript</noscript></body></html>"
# Misskey's own app page, which it serves at a note's link for a note it does not show a visitor.
APP_PAGE = (
    b'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="application-name" content="Misskey">'
    b'<meta property="og:site_name" content="Minato Social"><title>Minato Social</title>'
    b'<meta name="description" content="A Misskey server for the harbour district.">'
    b'<meta property="og:title" content="Minato Social">'
    b'<meta property="og:description" content="A Misskey server for the harbour district."></head><body>'
    b"<noscript><p>Please turn on your JavaScript</p></noscript>"
    b"<div id='splash'><img id='splashIcon' src='/static-assets/splash.png'></div></body></html>"
)


def _activity_json(name: str, *changes: tuple[bytes, bytes]) -> Any:
    """ActivityPub's JSON of the asset `name` (each of `changes` made in it) when asked for it, else the app's
    page, as Misskey answers."""

    def send(handler: FixtureRequestHandler) -> None:
        wanted = "application/activity+json" in (handler.headers.get("Accept") or "")
        data = asset(name)
        for old, new in changes:
            data = data.replace(old, new)
        body = data if wanted else SHELL
        handler.send_response(200)
        handler.send_header("Content-Type", "application/activity+json" if wanted else "text/html")
        handler.send_header("Content-Length", str(len(body)))
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.wfile.write(body)

    return send


@pytest.fixture(scope="module")
def checked(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One `check --json` of REPORT; its footnotes by label."""
    routes: dict[str, Any] = {
        f"/notice/{FLAKE}": Reply(body=SHELL),
        f"/api/v1/statuses/{FLAKE}": Reply(body=asset("pleroma_status.json"), headers=JSON),
        f"/@lighthouse/statuses/{ULID}": Reply(body=SHELL),
        f"/api/v1/statuses/{ULID}": Reply(body=asset("gotosocial_status.json"), headers=JSON),
        # The page as a cache may keep it after the post is gone: only the status API says it is.
        f"/notes/{NOTE_ID}": Reply(body=SHELL),
        f"/notes/{NOTE_ID}/activity": _activity_json("misskey_note_activity.json"),
        "/users/9abcd0001x": _activity_json("misskey_actor.json"),
        f"/notice/{DELETED}": Reply(body=SHELL),
        f"/api/v1/statuses/{DELETED}": Reply(404, b'{"error": "Record not found"}', JSON),
        f"/notice/{OTHER}": Reply(body=SHELL),
        f"/api/v1/statuses/{OTHER}": Reply(body=asset("pleroma_status.json"), headers=JSON),
        # Pleroma sends a page's reader of a post's ActivityPub id on to its notice.
        f"/objects/{OBJECT}": redirect(f"/notice/{FLAKE}"),
        f"/objects/{OTHER_OBJECT}": redirect(f"/notice/{FLAKE}"),
        f"/@lighthouse/statuses/{REFUSED}": Reply(body=asset("gotosocial_thread_page_divs.html")),
        f"/api/v1/statuses/{REFUSED}": Reply(401, b'{"error":"Unauthorized: token not supplied"}', JSON),
        f"/notes/{GONE_NOTE}": Reply(body=SHELL),
        f"/notes/{GONE_NOTE}/activity": Reply(410, b"", (("Content-Type", "application/activity+json"),)),
        f"/notes/{RENOTE_ID}": Reply(body=SHELL),
        f"/notes/{RENOTE_ID}/activity": _activity_json("misskey_renote_local_activity.json"),
        "/notes/9xkz0000aa": _activity_json("misskey_renoted_note.json"),
        "/users/9rumours01": _activity_json("misskey_renoted_actor.json"),
        f"/notes/{SIGNED_IN_ONLY}": Reply(body=SHELL),
        f"/notes/{SIGNED_IN_ONLY}/activity": _activity_json(
            "misskey_note_activity.json",
            (NOTE_ID.encode(), SIGNED_IN_ONLY.encode()),
            (b"9abcd0001x", b"9signin001"),
        ),
        "/users/9signin001": _activity_json(
            "misskey_actor.json",
            (b"9abcd0001x", b"9signin001"),
            (b'"discoverable": true', b'"discoverable": true, "_misskey_requireSigninToViewContents": true'),
        ),
        f"/notes/{REFUSED_NOTE}": Reply(body=SHELL),
        f"/notes/{REFUSED_NOTE}/activity": Reply(
            400,
            b'{"error":{"message":"Content restricted by user. Please sign in to view.",'
            b'"code":"CONTENT_RESTRICTED_BY_USER","id":"fbcc002d-37d9-4944-a6b0-d9e29f2d33ab"}}',
            JSON,
        ),
        f"/notes/{HIDDEN_NOTE}": Reply(body=APP_PAGE),
        f"/notes/{HIDDEN_NOTE}/activity": Reply(404, b"", (("Content-Type", "application/activity+json"),)),
    }
    folder = tmp_path_factory.mktemp("fediverse")
    local_ca = make_local_ca(folder, (*TLS_NAMES, PLEROMA, GOTOSOCIAL, MISSKEY))
    (folder / "ferries.md").write_text(REPORT, encoding="utf-8")
    with FixtureServer(routes, tls=local_ca) as server:
        _, footnotes = check_json_through(
            folder / "ferries.md", (PLEROMA, GOTOSOCIAL, MISSKEY), server.port, local_ca.ca_pem
        )
    return footnotes


def _checks(footnote: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {check["name"]: check for check in footnote["checks"]}


@pytest.mark.parametrize(
    ("label", "found"),
    [
        ("notice", f"Hafenamt / @hafen@{PLEROMA}"),
        ("gts", f"Lighthouse Keeper / @lighthouse@{GOTOSOCIAL}"),
        ("misskey", f"Minato Port / @minato@{MISSKEY}"),
        # A Pleroma post's ActivityPub id (its `url` as Mastodon shows it) was read as its notice's page, a
        # script app's shell: the true post failed `captured`. Its notice's status API is asked, once the
        # redirect to the notice is captured.
        ("object", f"Hafenamt / @hafen@{PLEROMA}"),
    ],
)
def test_a_pleroma_gotosocial_or_misskey_post_is_verified_on_what_its_server_says(
    checked: dict[str, Any], label: str, found: str
) -> None:
    footnote = checked[label]
    checks = _checks(footnote)
    statuses = {name: check["status"] for name, check in checks.items()}
    assert (statuses["captured"], statuses["date"], statuses["author"], statuses["quote"]) == ("pass",) * 4, (
        footnote["checks"]
    )
    assert footnote["status"] == "verified"
    assert checks["author"]["found"] == found


def test_a_deleted_pleroma_notice_fails_captured(checked: dict[str, Any]) -> None:
    deleted = checked["deleted"]
    captured = _checks(deleted)["captured"]
    assert captured["status"] == "fail", deleted["checks"]
    assert "the post is deleted or not public" in captured["detail"]
    assert deleted["status"] != "verified"


def test_an_answer_for_another_notice_verifies_nothing(checked: dict[str, Any]) -> None:
    other = checked["other"]
    assert other["status"] != "verified", other["checks"]
    assert _checks(other)["quote"]["status"] != "pass"


def test_a_pleroma_object_sent_on_to_another_objects_notice_verifies_nothing(checked: dict[str, Any]) -> None:
    other = checked["other-object"]
    assert other["status"] != "verified", other["checks"]
    assert _checks(other)["author"]["status"] != "pass"


def test_a_gotosocial_thread_page_read_for_want_of_its_api_verifies_the_linked_posts_words_alone(
    checked: dict[str, Any],
) -> None:
    # Read whole, the page's parent post (another account's words, above the linked one) passed `quote`.
    own, parent = checked["gts-own"], checked["gts-parent"]
    assert own["status"] == "verified", own["checks"]
    assert f"@lighthouse@{GOTOSOCIAL}" in _checks(own)["author"]["found"]
    assert parent["status"] != "verified"
    assert _checks(parent)["quote"]["status"] != "pass", parent["checks"]


def test_a_misskey_note_its_instance_answers_410_gone_for_fails_captured(checked: dict[str, Any]) -> None:
    gone = checked["misskey-gone"]
    captured = _checks(gone)["captured"]
    assert (gone["status"], captured["status"]) == ("failed", "fail"), gone["checks"]
    assert "the instance says the note is gone (HTTP 410" in captured["detail"]


def test_a_misskey_renote_names_whose_words_it_shows_as_their_server_says(checked: dict[str, Any]) -> None:
    # The renoted note and its author are asked from their server: the renote named "the author of <link>",
    # no name a note could be compared with.
    renote = checked["renote"]
    author = _checks(renote)["author"]
    assert author["status"] == "warn", renote["checks"]
    assert "forward from 'Rumour Mill'" in author["detail"] and "@minato@misskey.example" in author["detail"]
    quote = _checks(renote)["quote"]
    assert quote["status"] == "warn" and "Rumour Mill, @rumours@misskey.example" in quote["detail"]
    assert renote["status"] != "verified"


@pytest.mark.parametrize(
    ("label", "problem", "said"),
    [
        ("misskey-signed-in", "login wall", "its author's actor says _misskey_requireSigninToViewContents"),
        (
            "misskey-refused",
            "login wall",
            "the note's ActivityPub activity refuses a visitor not signed in (CONTENT_RESTRICTED_BY_USER",
        ),
        (
            "misskey-hidden",
            "deleted or unavailable",
            "the instance answers the note's link with its own app page",
        ),
    ],
)
def test_a_misskey_note_kept_from_visitors_not_signed_in_fails_captured_never_verified(
    checked: dict[str, Any], label: str, problem: str, said: str
) -> None:
    # Read from the activity, the note an author shows only to readers signed in was verified; read as a web
    # page, the instance's app page in a note's place had no words and no problem.
    footnote = checked[label]
    captured = _checks(footnote)["captured"]
    assert (footnote["status"], captured["status"]) == ("failed", "fail"), footnote["checks"]
    assert captured["detail"].startswith(f"{problem}: {said}")
