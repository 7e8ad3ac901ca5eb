"""Mastodon: a remote account's post seen on another instance, read as its author's own instance answers.

`https://a.example/@alice@b.example/<local id>` is a.example's copy of alice's post: a hostile or stale
instance can show a post in alice's name she never wrote, or keep one she deleted or edited. Her instance's
status API, asked by the status's `uri`, says what she posted; where it was not read, the copy is only a
third party's copy.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from provenance.extractors import CapturedPage, extract_source
from provenance.extractors.mastodon import (
    MastodonExtractor,
    origin_note_url,
    origin_status_api_url,
    origin_webfinger_urls,
)
from provenance.models import Platform, SourcePost
from provenance.side_urls import mastodon_origin_api_url, mastodon_origin_follow_ups
from provenance.warc.reader import StoredResponse
from tests.extractors.support import answer, asset

COPY_ID = "109876543815681234"  # a.example's local id: it received the post ten seconds after it was made
ORIGIN_ID = "109876543210987654"
LINK = f"https://a.example/@alice@b.example/{COPY_ID}"
COPY_API = f"https://a.example/api/v1/statuses/{COPY_ID}"
ORIGIN_API = f"https://b.example/api/v1/statuses/{ORIGIN_ID}"
WORDS = "The ferry to the island is cancelled until Monday."


def _copy(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(asset("mastodon_remote_copy.json"))
    data.update(changes)
    return data


def _captured(*origin: StoredResponse, copy: dict[str, Any] | None = None) -> tuple[StoredResponse, ...]:
    return (
        answer(LINK, asset("mastodon_status_page.html")),
        answer(COPY_API, json.dumps(copy or _copy()), json=True),
        *origin,
    )


def test_a_remote_accounts_post_asks_its_authors_instance_by_the_status_uri() -> None:
    assert origin_status_api_url(LINK, _captured()) == ORIGIN_API
    # From the status's `url` where its `uri` has no Mastodon post's shape.
    assert mastodon_origin_api_url(_copy(uri="https://b.example/objects/1a2b"), "a.example") == ORIGIN_API


def test_a_local_post_asks_no_other_instance() -> None:
    local = "https://mastodon.example/@harbourwatch/109876543210987654"
    responses = (
        answer(local, "<html></html>"),
        answer(local.replace("@harbourwatch", "api/v1/statuses"), b""),
    )
    assert origin_status_api_url(local, responses) is None
    api = "https://mastodon.example/api/v1/statuses/109876543210987654"
    assert origin_status_api_url(local, (answer(api, asset("mastodon_status.json"), json=True),)) is None
    assert mastodon_origin_api_url(json.loads(asset("mastodon_status.json")), "mastodon.example") is None


@pytest.mark.parametrize(
    ("acct", "uri"),
    [
        # The account is b.example's, the status another host's: that host may be the copy's accomplice.
        ("alice@b.example", f"https://evil.example/users/alice/statuses/{ORIGIN_ID}"),
        ("alice", f"https://10.0.0.7/users/alice/statuses/{ORIGIN_ID}"),  # an address, no instance's name
        ("alice@printer.local", f"https://printer.local/users/alice/statuses/{ORIGIN_ID}"),
        ("alice@localhost", f"http://localhost/users/alice/statuses/{ORIGIN_ID}"),
        ("alice@b.example", f"https://b.example:8443/users/alice/statuses/{ORIGIN_ID}"),  # a port
        ("alice@b_x.example", f"https://b_x.example/users/alice/statuses/{ORIGIN_ID}"),  # no DNS name
        ("alice@b.example", "https://b.example/notes/9f2kq1"),  # no Mastodon's id: nothing to ask for
    ],
)
def test_no_origin_is_asked_but_the_accounts_own_under_a_public_name(acct: str, uri: str) -> None:
    account = {"acct": acct, "username": "alice", "display_name": "Alice Harbour"}
    copy = _copy(account=account, uri=uri, url=uri)
    assert mastodon_origin_api_url(copy, "a.example") is None
    # The copy is read, but only as a copy: its instance was all that was read.
    post = extract_source(LINK, _captured(copy=copy))
    assert (post.partial, post.problem) == ("copy", None)
    assert "the author's own instance was not read" in (post.partial_detail or "")


def test_the_copy_agreeing_with_the_authors_instance_is_the_post() -> None:
    post = extract_source(
        LINK, _captured(answer(ORIGIN_API, asset("mastodon_origin_status.json"), json=True))
    )
    assert (post.platform, post.problem, post.partial) == (Platform.MASTODON, None, None)
    assert (post.author, post.handle, post.text) == ("Alice Harbour", "alice@b.example", WORDS)
    assert (post.url, post.canonical_url) == (ORIGIN_API, f"https://b.example/@alice/{ORIGIN_ID}")
    assert post.published_from == "status created_at"
    assert "copy differs" not in post.fields
    assert post.fields["copy on a.example: id"] == COPY_ID


def test_a_copy_differing_from_the_authors_instance_is_read_as_the_author_posted_it() -> None:
    post = extract_source(
        LINK, _captured(answer(ORIGIN_API, asset("mastodon_origin_edited.json"), json=True))
    )
    assert post.problem is None
    assert post.text == "The ferry to the island runs again on Sunday."  # the author's words, not the copy's
    assert post.edited is True
    said = (
        "a.example's copy differs from the author's instance in its words, its edit: the post was read from"
    )
    assert said in post.fields["copy differs"]
    assert said in (post.unread or "")
    assert post.fields["copy on a.example: text"] == WORDS  # kept for the record


@pytest.mark.parametrize(
    ("status", "body"),
    [(404, asset("mastodon_status_not_found.json")), (410, asset("mastodon_origin_gone.json"))],
)
def test_a_post_its_authors_instance_no_longer_has_is_unavailable(status: int, body: bytes) -> None:
    post = extract_source(LINK, _captured(answer(ORIGIN_API, body, status=status, json=True)))
    assert (post.platform, post.problem) == (Platform.MASTODON, "unavailable")
    assert post.problem_detail == (
        f"the author's instance no longer has it: {ORIGIN_API} answers HTTP {status}, while a.example still "
        "shows a copy (kept for the record)"
    )
    assert post.fields["copy on a.example: text"] == WORDS


def _not_read(post: SourcePost, why: str) -> None:
    assert (post.problem, post.partial) == (None, "copy")
    assert post.text == WORDS  # the copy is read, for what it is
    assert post.partial_detail == (
        "the post is a.example's copy of a post of b.example, and the author's own instance was not read "
        f"({why}): a.example may show what the author never posted, or kept after it was deleted or edited"
    )


@pytest.mark.parametrize(
    ("status", "body", "as_json", "why"),
    [
        (
            401,
            asset("mastodon_sign_in_required.json"),
            True,
            f"{ORIGIN_API} answered HTTP 401 (the instance may ask for sign-in)",
        ),
        (
            403,
            b"<html><body>Forbidden</body></html>",
            False,
            f"{ORIGIN_API} answered HTTP 403 (the instance may ask for sign-in)",
        ),
        (503, b"<html><body>Down for maintenance</body></html>", False, f"{ORIGIN_API} answered HTTP 503"),
        (302, b"", False, f"{ORIGIN_API} answered HTTP 302"),  # asked without redirects: one request
        (200, b"<html><body>A blog</body></html>", False, f"{ORIGIN_API} answered HTTP 200"),
    ],
)
def test_an_origin_refusing_leaves_the_copy_read_as_a_copy(
    status: int, body: bytes, as_json: bool, why: str
) -> None:
    post = extract_source(LINK, _captured(answer(ORIGIN_API, body, status=status, json=as_json)))
    _not_read(post, why)


def test_an_origin_not_answering_leaves_the_copy_read_as_a_copy() -> None:
    page = CapturedPage(
        url=LINK, responses=_captured(), failures=((ORIGIN_API, "connect: timed out after 30s"),)
    )
    _not_read(
        MastodonExtractor().extract(page),
        f"no answer from {ORIGIN_API} was captured (connect: timed out after 30s)",
    )
    _not_read(extract_source(LINK, _captured()), f"no answer from {ORIGIN_API} was captured")


@pytest.mark.parametrize(
    "origin",
    [
        # Another status than the copy's (another `uri`): not the post the copy stands for.
        {"uri": "https://b.example/users/alice/statuses/1"},
        # The origin's own copy of another instance's account: not the author's instance.
        {
            "account": {
                "id": "5",
                "username": "alice",
                "acct": "alice@c.example",
                "display_name": "Alice Harbour",
            }
        },
    ],
)
def test_an_origin_answering_for_another_post_or_account_confirms_nothing(origin: dict[str, Any]) -> None:
    data: dict[str, Any] = json.loads(asset("mastodon_origin_status.json"))
    data.update(origin)
    post = extract_source(LINK, _captured(answer(ORIGIN_API, json.dumps(data), json=True)))
    assert (post.problem, post.partial) == (None, "copy")
    assert "the author's own instance was not read" in (post.partial_detail or "")


@pytest.mark.parametrize(
    ("origin", "said"),
    [
        ({"created_at": "2023-02-16T21:29:30.000Z"}, "its time"),  # a copy's `published` is its server's word
        ({"visibility": "unlisted"}, "its visibility"),
    ],
)
def test_a_copys_other_time_or_visibility_is_said_and_the_authors_instance_read(
    origin: dict[str, Any], said: str
) -> None:
    data: dict[str, Any] = json.loads(asset("mastodon_origin_status.json"))
    data.update(origin)
    post = extract_source(LINK, _captured(answer(ORIGIN_API, json.dumps(data), json=True)))
    assert (post.problem, post.partial) == (None, None)
    assert post.fields["created_at"] == data["created_at"]
    assert f"a.example's copy differs from the author's instance in {said}" in (post.unread or "")


def test_a_post_its_authors_instance_shows_only_to_followers_is_not_public() -> None:
    data: dict[str, Any] = json.loads(asset("mastodon_origin_status.json"))
    data.update(visibility="private")
    post = extract_source(LINK, _captured(answer(ORIGIN_API, json.dumps(data), json=True)))
    assert post.problem == "unavailable"
    assert "its visibility" in (post.unread or "")


@pytest.mark.parametrize(
    "account",
    [
        {"id": "1", "display_name": "Alice Harbour"},  # no `acct`: it names no instance
        {"id": "1", "username": "alice", "acct": "alice", "display_name": "Alice Harbour"},  # a.example's own
    ],
)
def test_a_status_naming_no_instance_for_the_links_remote_account_is_only_a_copy(
    account: dict[str, Any],
) -> None:
    # The link names alice@b.example; a.example's status says nothing of b.example: only a.example's word.
    copy = _copy(account=account)
    del copy["uri"], copy["url"]
    post = extract_source(LINK, _captured(copy=copy))
    assert (post.problem, post.partial) == (None, "copy")
    assert "the status names no post on b.example whose status API could be asked" in (
        post.partial_detail or ""
    )


def test_a_local_post_on_its_own_instance_is_no_copy() -> None:
    local = "https://mastodon.example/@harbourwatch/109876543210987654"
    api = "https://mastodon.example/api/v1/statuses/109876543210987654"
    post = extract_source(
        local, (answer(local, "<html></html>"), answer(api, asset("mastodon_status.json"), json=True))
    )
    assert (post.platform, post.problem, post.partial) == (Platform.MASTODON, None, None)


# An account named on a domain its server is not on (`@alice@harbour.example`, served by social.example:
# Mastodon's LOCAL_DOMAIN and WEB_DOMAIN), its post seen through a.example.
SPLIT_LINK = f"https://a.example/@alice@harbour.example/{COPY_ID}"
SPLIT_ACTOR = "https://social.example/users/alice"
SPLIT_API = f"https://social.example/api/v1/statuses/{ORIGIN_ID}"
AT_NAME = "https://harbour.example/.well-known/webfinger?resource=acct:alice@harbour.example"
AT_SERVER = "https://social.example/.well-known/webfinger?resource=acct:alice@harbour.example"


def _split(data: dict[str, Any], acct: str) -> dict[str, Any]:
    account = {**data["account"], "acct": acct, "url": "https://social.example/@alice"}
    return {
        **data,
        "uri": f"{SPLIT_ACTOR}/statuses/{ORIGIN_ID}",
        "url": f"https://social.example/@alice/{ORIGIN_ID}",
        "account": account,
    }


def _finger(uri: str, actor: str = SPLIT_ACTOR, name: str = "alice@harbour.example") -> StoredResponse:
    links = [{"rel": "self", "type": "application/activity+json", "href": actor}]
    return answer(uri, json.dumps({"subject": f"acct:{name}", "links": links}), json=True)


def _split_captured(*more: StoredResponse) -> tuple[StoredResponse, ...]:
    copy = _split(_copy(), "alice@harbour.example")
    return (
        answer(SPLIT_LINK, asset("mastodon_status_page.html")),
        answer(COPY_API, json.dumps(copy), json=True),
        *more,
    )


SPLIT_ORIGIN = answer(
    SPLIT_API, json.dumps(_split(json.loads(asset("mastodon_origin_status.json")), "alice")), json=True
)


def test_a_split_domain_accounts_server_is_asked_once_its_names_webfinger_points_there() -> None:
    # The name's domain first: the copy's `uri` alone may name any host.
    assert origin_webfinger_urls(SPLIT_LINK, _split_captured()) == (AT_NAME,)
    assert origin_status_api_url(SPLIT_LINK, _split_captured()) is None
    named = _split_captured(_finger(AT_NAME))
    assert origin_webfinger_urls(SPLIT_LINK, named) == (AT_NAME, AT_SERVER)
    assert origin_status_api_url(SPLIT_LINK, named) == SPLIT_API
    # The name's domain naming another actor asks its server nothing.
    other = _split_captured(_finger(AT_NAME, actor="https://evil.example/users/alice"))
    assert (origin_webfinger_urls(SPLIT_LINK, other), origin_status_api_url(SPLIT_LINK, other)) == (
        (AT_NAME,),
        None,
    )


def test_a_split_domain_accounts_post_is_read_from_its_server_where_both_webfingers_say_so() -> None:
    post = extract_source(SPLIT_LINK, _split_captured(_finger(AT_NAME), _finger(AT_SERVER), SPLIT_ORIGIN))
    assert (post.problem, post.partial) == (None, None)
    assert (post.handle, post.text, post.url) == ("alice@harbour.example", WORDS, SPLIT_API)
    assert post.fields["handle on its server"] == "alice@social.example"


@pytest.mark.parametrize(
    "fingers",
    [
        (),  # neither: the server's bare `acct` is its own alice's, not harbour.example's
        (_finger(AT_SERVER),),  # the server's word alone: any server can claim any domain's names
        (_finger(AT_NAME),),  # the domain's word alone
        (_finger(AT_NAME), _finger(AT_SERVER, name="alice@social.example")),
        (_finger(AT_NAME, actor="https://social.example/users/bob"), _finger(AT_SERVER)),
    ],
)
def test_a_split_domain_accounts_server_is_not_its_word_without_both_webfingers(
    fingers: tuple[StoredResponse, ...],
) -> None:
    post = extract_source(SPLIT_LINK, _split_captured(*fingers, SPLIT_ORIGIN))
    assert (post.partial, post.problem) == ("copy", None)
    assert post.handle == "alice@harbour.example"  # the copy's word, read as a copy
    assert "the author's own instance was not read" in (post.partial_detail or "")


def test_a_split_domain_accounts_deleted_post_is_unavailable_only_with_both_webfingers() -> None:
    gone = answer(SPLIT_API, asset("mastodon_status_not_found.json"), status=404, json=True)
    post = extract_source(SPLIT_LINK, _split_captured(_finger(AT_NAME), _finger(AT_SERVER), gone))
    assert post.problem == "unavailable"
    one_side = extract_source(SPLIT_LINK, _split_captured(_finger(AT_NAME), gone))
    assert (one_side.partial, one_side.problem) == ("copy", None)


# A Misskey user's note seen on a Mastodon instance: its `uri` is the note's link on its own instance.
HOME_NOTE = "https://b.example/notes/9xkz3a0b1c"
HOME_ACTOR = "https://b.example/users/9abcd0001x"


def _ap(uri: str, body: dict[str, Any] | str, status: int = 200) -> StoredResponse:
    data = body if isinstance(body, str) else json.dumps(body)
    headers = (("Content-Type", "application/activity+json; charset=utf-8"),)
    return StoredResponse(uri=uri, status=status, headers=headers, body=data.encode(), cut=False)


def _home_note(words: str = WORDS) -> dict[str, Any]:
    note = {
        "id": HOME_NOTE,
        "type": "Note",
        "attributedTo": HOME_ACTOR,
        "content": f"<p>{words}</p>",
        "published": "2023-02-16T21:29:55.000Z",
    }
    return {"id": f"{HOME_NOTE}/activity", "type": "Create", "actor": HOME_ACTOR, "object": note}


def _home_actor(user: str = "alice") -> dict[str, Any]:
    return {"id": HOME_ACTOR, "type": "Person", "preferredUsername": user, "name": "Alice Harbour"}


def _note_copy() -> dict[str, Any]:
    return _copy(uri=HOME_NOTE, url=HOME_NOTE)


def test_a_copy_of_a_misskey_note_asks_the_notes_own_instance() -> None:
    assert origin_note_url(LINK, _captured(copy=_note_copy())) == HOME_NOTE
    assert origin_note_url(LINK, _captured()) is None  # a Mastodon origin's status API is asked instead
    assert mastodon_origin_follow_ups(LINK) is not None


def test_a_copy_of_a_misskey_note_is_read_as_its_own_instance_says() -> None:
    home = (_ap(f"{HOME_NOTE}/activity", _home_note()), _ap(HOME_ACTOR, _home_actor()))
    post = extract_source(LINK, _captured(*home, copy=_note_copy()))
    assert (post.platform, post.problem, post.partial) == (Platform.MASTODON, None, None)
    assert (post.handle, post.text, post.canonical_url) == ("alice@b.example", WORDS, HOME_NOTE)
    assert "copy differs" not in post.fields
    edited = (
        _ap(f"{HOME_NOTE}/activity", _home_note("The ferry runs again.")),
        _ap(HOME_ACTOR, _home_actor()),
    )
    differing = extract_source(LINK, _captured(*edited, copy=_note_copy()))
    assert differing.text == "The ferry runs again."
    assert (
        "a.example's copy differs from the author's instance in its words" in differing.fields["copy differs"]
    )


@pytest.mark.parametrize(
    "home",
    [
        (),  # not asked, or no answer
        (_ap(f"{HOME_NOTE}/activity", "", 404), _ap(HOME_ACTOR, _home_actor())),
        (_ap(f"{HOME_NOTE}/activity", _home_note()), _ap(HOME_ACTOR, _home_actor("mallory"))),  # another's
        (_ap(f"{HOME_NOTE}/activity", _home_note()),),  # no author named
    ],
)
def test_a_copy_of_a_misskey_note_its_instance_does_not_confirm_is_only_a_copy(
    home: tuple[StoredResponse, ...],
) -> None:
    post = extract_source(LINK, _captured(*home, copy=_note_copy()))
    assert (post.platform, post.partial, post.problem) == (Platform.MASTODON, "copy", None)
    assert post.handle == "alice@b.example"
    assert "the author's own instance was not read" in (post.partial_detail or "")
