"""Misskey (and Sharkey, Firefish, Iceshrimp): a note read from its ActivityPub activity and its author's
actor, and the answers that say nothing of the note. Its page is a script app with no words of its own (a
true citation failed as an empty page), whose summary in its tags holds the note it replies to or renotes
as well: never the note's words."""

from __future__ import annotations

import json
from typing import Any

import pytest

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.checks.quote import check_quote
from provenance.citations import parse_citation
from provenance.citations.platforms import misskey_note
from provenance.extractors import extract_source
from provenance.extractors.misskey import ACTIVITY_ACCEPT, misskey_follow_ups
from provenance.models import Context, Footnote, Platform
from provenance.side_urls import side_urls
from provenance.warc.reader import StoredResponse
from tests.extractors.support import answer, asset

NOTE = "https://misskey.example/notes/9xkz3a0b1c"
ACTIVITY = f"{NOTE}/activity"
ACTOR = "https://misskey.example/users/9abcd0001x"
RENOTE = "https://misskey.example/notes/9xkz3a0b2d"
# The page: a script app, whose summary holds the note renoted after the note's own words.
SUMMARY = "So true!\n\nRN: The bridge at Kherson was destroyed overnight."
PAGE = f"""<!DOCTYPE html><html><head><title>Minato Port (@minato) | Misskey</title>
<meta name="description" content="{SUMMARY}"><meta property="og:title" content="Minato Port (@minato)">
<meta property="og:description" content="{SUMMARY}"><meta name="misskey:note-id" content="9xkz3a0b1c">
</head><body><noscript><p>JavaScriptを有効にしてください</p></noscript>
<div id="splash"></div></body></html>"""


def _activity(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(asset("misskey_note_activity.json"))
    data["object"].update(changes)
    return data


def _ap(uri: str, body: bytes | str, status: int = 200) -> StoredResponse:
    data = body.encode() if isinstance(body, str) else body
    headers = (("Content-Type", "application/activity+json; charset=utf-8"),)
    return StoredResponse(uri=uri, status=status, headers=headers, body=data, cut=False)


def _captured(activity: bytes | str, *more: StoredResponse) -> tuple[StoredResponse, ...]:
    return (answer(NOTE, PAGE), _ap(ACTIVITY, activity), *more)


@pytest.mark.parametrize(
    ("url", "found"),
    [
        (NOTE, ("misskey.example", "9xkz3a0b1c")),  # aid
        ("https://Sharkey.Example/notes/9xkz3a0b1c2d3e4f", ("sharkey.example", "9xkz3a0b1c2d3e4f")),  # aidx
        (
            "https://misskey.example/notes/65f1c2d3e4f5a6b7c8d9e0f1",
            ("misskey.example", "65f1c2d3e4f5a6b7c8d9e0f1"),
        ),
        (
            "https://misskey.example/notes/01HQ3ZK5V7N2X8Y9A0B1C2D3E4",
            ("misskey.example", "01HQ3ZK5V7N2X8Y9A0B1C2D3E4"),
        ),
    ],
)
def test_a_misskey_note_is_known_by_its_path_and_id(url: str, found: tuple[str, str]) -> None:
    assert misskey_note(url) == found
    assert side_urls(url) == ()  # its activity is asked with ActivityPub's Accept, as a follow-up
    # The page is no Mastodon post's: the citation's platform is not taken from the path.
    assert (
        parse_citation(Footnote(label="1", text=f"A note, {url}", line=1)).citation.platform is Platform.WEB
    )


def test_a_notes_bare_handle_is_the_account_of_that_name_on_the_notes_instance() -> None:
    bare = parse_citation(Footnote(label="1", text=f"Minato Port (@minato), {NOTE}", line=1)).citation
    whole = parse_citation(Footnote(label="1", text=f"@minato@other.example, {NOTE}", line=1)).citation
    assert (bare.handle, whole.handle) == ("minato@misskey.example", "minato@other.example")


@pytest.mark.parametrize(
    "url",
    [
        "https://blog.example/notes/javascript",  # a slug of letters
        "https://blog.example/notes/2024052101",  # a number
        "https://blog.example/notes/9xkz3a0b1c/comments",
        "https://blog.example/notes/my-trip-to-kyoto",
        "https://www.youtube.com/notes/9xkz3a0b1c",  # a known platform's host
        "https://misskey.example:8443/notes/9xkz3a0b1c",
    ],
)
def test_a_look_alike_notes_path_is_no_misskey_note(url: str) -> None:
    assert misskey_note(url) is None
    assert misskey_follow_ups(url, ()) == ()


def _asked(url: str, responses: tuple[StoredResponse, ...]) -> list[tuple[str, Any, bool]]:
    return [(one.url, one.headers, one.follow_redirects) for one in misskey_follow_ups(url, responses)]


def test_the_activity_is_asked_first_then_the_author_it_names() -> None:
    assert _asked(NOTE, (answer(NOTE, PAGE),)) == [(ACTIVITY, ACTIVITY_ACCEPT, False)]
    assert _asked(NOTE, _captured(asset("misskey_note_activity.json"))) == [
        (ACTIVITY, ACTIVITY_ACCEPT, False),
        (ACTOR, ACTIVITY_ACCEPT, False),
    ]
    # An actor on another host is never asked: a local note's author is an account of its own instance.
    elsewhere = json.dumps(_activity(attributedTo="https://evil.example/users/1"))
    assert [one[0] for one in _asked(NOTE, _captured(elsewhere))] == [ACTIVITY]


def test_a_note_gives_its_author_handle_time_and_text() -> None:
    post = extract_source(
        NOTE, _captured(asset("misskey_note_activity.json"), _ap(ACTOR, asset("misskey_actor.json")))
    )
    assert (post.platform, post.problem, post.post_id, post.canonical_url) == (
        Platform.MASTODON,
        None,
        "9xkz3a0b1c",
        NOTE,
    )
    assert (post.author, post.handle) == ("Minato Port", "minato@misskey.example")
    assert post.published is not None and post.published.isoformat() == "2024-04-02T06:30:00+00:00"
    assert post.text == "港のフェリーは月曜日まで欠航です。\nThe ferry is cancelled until Monday."


def test_a_notes_author_is_named_only_by_the_actor_it_is_attributed_to() -> None:
    no_actor = extract_source(NOTE, _captured(asset("misskey_note_activity.json")))
    assert (no_actor.author, no_actor.handle) == (None, None)
    other = json.dumps(
        {**json.loads(asset("misskey_actor.json")), "id": "https://misskey.example/users/other"}
    )
    assert (
        extract_source(NOTE, _captured(asset("misskey_note_activity.json"), _ap(ACTOR, other))).handle is None
    )


def test_a_content_warning_opens_the_text_and_an_edit_is_said() -> None:
    post = extract_source(
        NOTE, _captured(json.dumps(_activity(summary="Shipping news", updated="2024-04-03T00:00:00Z")))
    )
    assert post.text.startswith("Shipping news\n\n港のフェリー")
    assert post.edited is True


def test_a_renotes_words_are_not_the_renoters() -> None:
    activity = f"{RENOTE}/activity"
    post = extract_source(
        RENOTE,
        (
            answer(RENOTE, PAGE),
            _ap(activity, asset("misskey_renote_activity.json")),
            _ap(ACTOR, asset("misskey_actor.json")),
        ),
    )
    assert (post.platform, post.text, post.handle) == (Platform.MASTODON, "", "minato@misskey.example")
    assert "a renote of https://other.example/notes/9xkz0000aa" in (post.unread or "")
    quote = "The bridge at Kherson was destroyed overnight."
    footnote = Footnote(
        label="1",
        text=f"Minato Port (@minato), Misskey, {RENOTE}",
        line=40,
        urls=(RENOTE,),
        contexts=(Context(line=10, text=f"Minato Port wrote “{quote}”.", quotes=(quote,)),),
    )
    result = check_quote(
        CheckInput(
            footnote=footnote,
            citation=parse_citation(footnote).citation,
            outcome=None,
            live=post,
            source=post,
        )
    )
    assert result.status == "warn"
    # Credited to the renoter with no quote to search, `author` passed and the note was verified on a renote.
    author = check_author(
        CheckInput(
            footnote=footnote.model_copy(update={"contexts": ()}),
            citation=parse_citation(footnote).citation,
            outcome=None,
            live=post,
            source=post,
        )
    )
    assert author.status == "warn"
    assert "the author of https://other.example/notes/9xkz0000aa" in author.detail


RENOTED = "https://other.example/notes/9xkz0000aa"  # the note the asset's renote shows
RENOTED_ACTOR = "https://other.example/users/9rumours01"


def _renoted_note(attributed_to: str = RENOTED_ACTOR, note_id: str = RENOTED) -> str:
    return json.dumps(
        {
            "id": note_id,
            "type": "Note",
            "attributedTo": attributed_to,
            "content": "<p>The bridge at Kherson was destroyed overnight.</p>",
            "published": "2024-04-01T22:00:00.000Z",
        }
    )


def _actor(actor_id: str, user: str, name: str) -> str:
    return json.dumps({"type": "Person", "id": actor_id, "preferredUsername": user, "name": name})


def _renote(object_id: str = RENOTED, *more: StoredResponse) -> tuple[StoredResponse, ...]:
    activity: dict[str, Any] = json.loads(asset("misskey_renote_activity.json"))
    activity["object"] = object_id
    return (
        answer(RENOTE, PAGE),
        _ap(f"{RENOTE}/activity", json.dumps(activity)),
        _ap(ACTOR, asset("misskey_actor.json")),
        *more,
    )


def _renote_checks(post: Any, author: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """(quote, author) of a note crediting the renote to `author`, quoting the renoted words."""
    quote = "The bridge at Kherson was destroyed overnight."
    footnote = Footnote(
        label="1",
        text=f"{author}, Misskey, {RENOTE}",
        line=40,
        urls=(RENOTE,),
        contexts=(Context(line=10, text=f"The post read “{quote}”.", quotes=(quote,)),),
    )
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, live=post, source=post
    )
    quoted, named = check_quote(given), check_author(given)
    return (quoted.status, quoted.detail), (named.status, named.detail)


def test_a_renote_asks_for_the_note_it_shows_and_then_that_notes_author() -> None:
    asked = [one[0] for one in _asked(RENOTE, _renote())]
    assert asked == [f"{RENOTE}/activity", ACTOR, RENOTED]
    asked = [one[0] for one in _asked(RENOTE, _renote(RENOTED, _ap(RENOTED, _renoted_note())))]
    assert asked == [f"{RENOTE}/activity", ACTOR, RENOTED, RENOTED_ACTOR]
    # A renote of a note on a private address names nothing to ask.
    assert RENOTED not in [one[0] for one in _asked(RENOTE, _renote("https://10.0.0.1/notes/9xkz0000aa"))]


@pytest.mark.parametrize(
    "object_id",
    [
        "https://other.example/api/admin/reset?token=1",  # a query: any address's action, not a note's id
        "https://other.example/notes/9xkz0000aa#main",
        "https://other.example/notes/" + "a" * 400,
    ],
)
def test_a_renote_naming_no_plain_note_id_asks_for_nothing_more(object_id: str) -> None:
    # What a renote names is asked by the checker: an id shaped as any URL made it GET any public address.
    asked = [one[0] for one in _asked(RENOTE, _renote(object_id))]
    assert asked == [f"{RENOTE}/activity", ACTOR]


def test_a_renotes_words_are_named_as_their_authors_as_their_server_answers() -> None:
    # The renoted note's author was "the author of https://other.example/notes/…": whose words they are, said
    # by no name a note could be compared with.
    post = extract_source(
        RENOTE,
        _renote(
            RENOTED,
            _ap(RENOTED, _renoted_note()),
            _ap(RENOTED_ACTOR, _actor(RENOTED_ACTOR, "rumours", "Rumour Mill")),
        ),
    )
    assert (post.author, post.text) == ("Minato Port", "")
    assert post.fields["forwarded_from"] == "Rumour Mill"
    assert post.fields["quoted_post"] == "The bridge at Kherson was destroyed overnight."
    assert post.fields["quoted_post_author"] == "Rumour Mill, @rumours@other.example"
    assert "a renote of Rumour Mill, @rumours@other.example's note" in (post.unread or "")
    _, (status, detail) = _renote_checks(post, "Rumour Mill")
    assert status == "warn" and "the words are those of 'Rumour Mill'" in detail, detail
    _, (status, detail) = _renote_checks(post, "Minato Port")
    assert status == "warn" and "the words are theirs, not @minato@misskey.example's own" in detail, detail


def test_a_renote_of_another_account_showing_the_renoters_name_never_passes_as_the_renoters() -> None:
    post = extract_source(
        RENOTE,
        _renote(
            RENOTED,
            _ap(RENOTED, _renoted_note()),
            _ap(RENOTED_ACTOR, _actor(RENOTED_ACTOR, "minato", "Minato Port")),
        ),
    )
    assert post.fields["forwarded_from"] == "Minato Port (@minato@other.example)"
    _, (status, detail) = _renote_checks(post, "Minato Port")
    assert status == "warn" and "the words are theirs, not @minato@misskey.example's own" in detail, detail


def test_a_renote_of_the_accounts_own_note_is_read_as_its_own_words_and_time() -> None:
    own = "https://misskey.example/notes/9xkz0000bb"
    post = extract_source(RENOTE, _renote(own, _ap(own, _renoted_note(ACTOR, own))))
    assert post.text == "The bridge at Kherson was destroyed overnight."
    assert "forwarded_from" not in post.fields and not post.unread
    assert post.published is not None and post.published.isoformat() == "2024-04-01T22:00:00+00:00"
    (quote_status, _), (author_status, _) = _renote_checks(post, "Minato Port")
    assert (quote_status, author_status) == ("pass", "pass")


def test_a_quoted_note_is_named_never_read_as_the_notes_words() -> None:
    post = extract_source(
        NOTE, _captured(json.dumps(_activity(_misskey_quote="https://other.example/notes/9xkz0000aa")))
    )
    assert post.fields["quoted note"] == "https://other.example/notes/9xkz0000aa"
    assert "Kherson" not in post.text


@pytest.mark.parametrize(
    ("status", "body", "as_ap"),
    [
        (404, "", True),  # deleted, not public, or another server's note shown here: it says nothing
        (401, "", True),  # an instance asking signed fetches
        (403, '{"error":"forbidden"}', True),
        (200, PAGE, False),  # the app's page: no activity
        (
            200,
            json.dumps(
                {
                    **json.loads(asset("misskey_note_activity.json")),
                    "object": {"id": f"{NOTE}x", "type": "Note"},
                }
            ),
            True,
        ),
        (200, json.dumps(_activity(type="Person")), True),
    ],
)
def test_an_answer_that_is_no_activity_of_the_note_leaves_the_page_read_as_a_web_page(
    status: int, body: str, as_ap: bool
) -> None:
    captured = (answer(NOTE, PAGE), _ap(ACTIVITY, body, status) if as_ap else answer(ACTIVITY, body, status))
    post = extract_source(NOTE, captured)
    assert post.platform is Platform.WEB
    assert post.problem != "unavailable"
    assert "Kherson" not in post.text  # the summary's renoted words are never the note's
    assert f"the note's ActivityPub activity answered HTTP {status}" in (post.unread or "")


def test_a_note_with_no_activity_captured_says_why() -> None:
    post = extract_source(NOTE, (answer(NOTE, PAGE),))
    assert post.platform is Platform.WEB
    assert "no ActivityPub answer for the note was captured" in (post.unread or "")


def test_a_note_page_read_as_a_web_page_is_not_in_its_interface_s_language() -> None:
    # Misskey serves its page in the instance's or the visitor's language (`<html lang="en">`): a Polish note
    # read from it was said to be in English.
    page = (
        '<!DOCTYPE html><html lang="en"><head><title>Minato Port (@minato) | Misskey</title></head><body>'
        "<article><p>Prom na wyspę został odwołany do poniedziałku, bo sztorm jest zbyt silny, ale już można "
        "sprawdzić nowy rozkład w porcie.</p></article></body></html>"
    )
    post = extract_source(NOTE, (answer(NOTE, page),))
    assert post.platform is Platform.WEB and "Prom na wyspę" in post.text
    assert post.language is None
    assert "which read as Polish" in post.fields["declared language"]


# Another server's note shown on this instance: its activity here answers 404, its page names its home's id.
REMOTE = "https://misskey.example/notes/9xkz3a0c3e"
HOME = "https://other.example/users/harbour/statuses/112233445566778899"
HOME_ACTOR = "https://other.example/users/harbour"
REMOTE_PAGE = f"""<!DOCTYPE html><html><head><title>Harbour (@harbour@other.example) | Misskey</title>
<link rel="alternate" type="application/activity+json" href="{HOME}">
</head><body><noscript>JavaScript</noscript></body></html>"""
HOME_NOTE = {
    "id": HOME,
    "type": "Note",
    "attributedTo": HOME_ACTOR,
    "content": "<p>The harbour is closed to shipping until Friday.</p>",
    "published": "2024-04-05T08:00:00Z",
}
HOME_PERSON = {"id": HOME_ACTOR, "type": "Person", "preferredUsername": "harbour", "name": "Harbour Office"}


def _remote(note: dict[str, Any], person: dict[str, Any]) -> tuple[StoredResponse, ...]:
    return (
        answer(REMOTE, REMOTE_PAGE),
        _ap(f"{REMOTE}/activity", "", 404),
        _ap(HOME, json.dumps(note)),
        _ap(HOME_ACTOR, json.dumps(person)),
    )


def test_another_servers_note_is_asked_of_its_home_and_its_author_there() -> None:
    page = answer(REMOTE, REMOTE_PAGE)
    assert _asked(REMOTE, (page,)) == [
        (f"{REMOTE}/activity", ACTIVITY_ACCEPT, False),
        (HOME, ACTIVITY_ACCEPT, False),
    ]
    assert [one[0] for one in _asked(REMOTE, _remote(HOME_NOTE, HOME_PERSON)[:3])] == [
        f"{REMOTE}/activity",
        HOME,
        HOME_ACTOR,
    ]
    # A local note's alternate is its own link: nothing more is asked.
    local = PAGE.replace(
        "</head>", f'<link rel="alternate" type="application/activity+json" href="{NOTE}"></head>'
    )
    assert _asked(NOTE, (answer(NOTE, local),)) == [(ACTIVITY, ACTIVITY_ACCEPT, False)]


def test_another_servers_note_is_read_from_its_home_server() -> None:
    post = extract_source(REMOTE, _remote(HOME_NOTE, HOME_PERSON))
    assert (post.platform, post.problem, post.canonical_url) == (Platform.MASTODON, None, REMOTE)
    assert (post.author, post.handle) == ("Harbour Office", "harbour@other.example")
    assert post.text == "The harbour is closed to shipping until Friday."
    assert post.published is not None and post.published.isoformat() == "2024-04-05T08:00:00+00:00"
    assert post.fields["home"] == HOME


@pytest.mark.parametrize(
    ("note", "person"),
    [
        ({**HOME_NOTE, "id": f"{HOME}0"}, HOME_PERSON),  # another note's answer
        ({**HOME_NOTE, "type": "Person"}, HOME_PERSON),
    ],
)
def test_a_home_answer_of_no_such_note_says_nothing(note: dict[str, Any], person: dict[str, Any]) -> None:
    post = extract_source(REMOTE, _remote(note, person))
    assert post.platform is Platform.WEB
    assert "The harbour is closed" not in post.text
    assert f"its home, {HOME}, answered HTTP 200 with no note of that id" in (post.unread or "")


# A copy's page may still show the words its home deleted: the copy is no evidence they stand.
COPY_PAGE = REMOTE_PAGE.replace(
    "</head>",
    '<meta property="og:description" content="The harbour is closed to shipping until Friday."></head>',
)


@pytest.mark.parametrize(
    "gone",
    [
        _ap(HOME, "", 410),
        _ap(HOME, json.dumps({"id": HOME, "type": "Tombstone"}), 410),
        _ap(HOME, json.dumps({"id": HOME, "type": "Tombstone", "formerType": "Note"})),
    ],
)
def test_a_home_servers_410_or_tombstone_makes_another_servers_note_unavailable(gone: StoredResponse) -> None:
    post = extract_source(REMOTE, (answer(REMOTE, COPY_PAGE), _ap(f"{REMOTE}/activity", "", 404), gone))
    assert (post.problem, post.text) == ("unavailable", "")
    assert f"its home server says the note is gone (HTTP {gone.status}" in (post.problem_detail or "")


def test_an_instances_410_for_its_own_note_makes_it_unavailable() -> None:
    post = extract_source(NOTE, (answer(NOTE, PAGE), _ap(ACTIVITY, "", 410)))
    assert post.problem == "unavailable"
    assert "the instance says the note is gone (HTTP 410" in (post.problem_detail or "")


def test_a_home_servers_404_or_another_objects_tombstone_is_no_word_of_a_deletion() -> None:
    for home in (_ap(HOME, "", 404), _ap(HOME, json.dumps({"id": f"{HOME}0", "type": "Tombstone"}))):
        post = extract_source(REMOTE, (answer(REMOTE, COPY_PAGE), _ap(f"{REMOTE}/activity", "", 404), home))
        assert post.problem != "unavailable"
        assert f"its home, {HOME}, answered HTTP {home.status} with no note of that id" in (post.unread or "")


@pytest.mark.parametrize(
    "person",
    [
        {**HOME_PERSON, "id": "https://other.example/users/someone-else"},  # another actor's answer
    ],
)
def test_a_home_note_names_no_author_but_the_actor_it_is_attributed_to(person: dict[str, Any]) -> None:
    assert extract_source(REMOTE, _remote(HOME_NOTE, person)).handle is None
    elsewhere = {**HOME_NOTE, "attributedTo": "https://evil.example/users/harbour"}
    post = extract_source(REMOTE, _remote(elsewhere, {**HOME_PERSON, "id": elsewhere["attributedTo"]}))
    assert (post.author, post.handle) == (None, None)


@pytest.mark.parametrize(
    "href",
    [
        "http://other.example/notes/1",  # not https
        "https://10.0.0.1/notes/1",  # an address
        "https://other.local/notes/1",  # a private network's name
        "https://other.example:8443/notes/1",  # a port
        "https://user@other.example/notes/1",
    ],
)
def test_a_home_on_no_public_host_is_never_asked(href: str) -> None:
    page = REMOTE_PAGE.replace(HOME, href)
    assert _asked(REMOTE, (answer(REMOTE, page),)) == [(f"{REMOTE}/activity", ACTIVITY_ACCEPT, False)]


def test_a_page_naming_two_homes_is_asked_of_neither() -> None:
    two = REMOTE_PAGE.replace(
        "</head>",
        '<link rel="alternate" type="application/activity+json" href="https://third.example/n/1"></head>',
    )
    assert _asked(REMOTE, (answer(REMOTE, two),)) == [(f"{REMOTE}/activity", ACTIVITY_ACCEPT, False)]


def test_a_note_with_a_poll_is_read_as_a_note() -> None:
    poll = _activity(type="Question", oneOf=[{"type": "Note", "name": "Yes"}, {"type": "Note", "name": "No"}])
    post = extract_source(NOTE, _captured(json.dumps(poll), _ap(ACTOR, asset("misskey_actor.json"))))
    assert (post.platform, post.problem, post.handle) == (Platform.MASTODON, None, "minato@misskey.example")
    assert post.text == "港のフェリーは月曜日まで欠航です。\nThe ferry is cancelled until Monday."
    assert post.fields["poll options"] == "Yes\nNo"


_WAYBACK = "https://web.archive.org/web/20240405090000"


def test_an_archived_copy_of_a_note_names_its_home_by_the_link_the_archive_copied() -> None:
    # The Wayback Machine writes the page's `<link rel="alternate">` as its own copy of the URL
    # (`/web/<stamp>oe_/<URL>`): read as written, a local note's own link made it another server's note, its
    # home the archive, and a remote note's home was named as the archive's address.
    local = PAGE.replace(
        "</head>",
        f'<link rel="alternate" type="application/activity+json" href="{_WAYBACK}oe_/{NOTE}"></head>',
    )
    memento = f"{_WAYBACK}/{NOTE}"
    post = extract_source(NOTE, (answer(memento, local),), start=memento)
    assert "its home" not in (post.unread or "") and "web.archive.org" not in (post.unread or "")
    remote = REMOTE_PAGE.replace(f'href="{HOME}"', f'href="{_WAYBACK}oe_/{HOME}"')
    memento = f"{_WAYBACK}/{REMOTE}"
    post = extract_source(REMOTE, (answer(memento, remote),), start=memento)
    assert f"no answer from its home, {HOME}, was captured" in (post.unread or "")


# The instance's own app page, which Misskey serves at a note's link for a note it does not show a visitor
# (deleted, followers only, its author's or the instance's rule to show notes only to readers signed in): the
# instance's name and description, no note id, no ActivityPub link, no words.
APP_PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta name="application-name" content="Misskey">
<meta property="og:site_name" content="Minato Social"><title>Minato Social</title>
<meta name="description" content="A Misskey server for the harbour district.">
<meta property="og:title" content="Minato Social">
<meta property="og:description" content="A Misskey server for the harbour district."></head>
<body><noscript><p>JavaScriptを有効にしてください<br>Please turn on your JavaScript</p></noscript>
<div id="splash"><img id="splashIcon" src="/static-assets/splash.png"></div></body></html>"""


def _api_error(status: int, code: str, message: str) -> StoredResponse:
    body = json.dumps(
        {"error": {"message": message, "code": code, "id": "fbcc002d-37d9-4944-a6b0-d9e29f2d33ab"}}
    )
    return StoredResponse(
        uri=ACTIVITY,
        status=status,
        headers=(("Content-Type", "application/json"),),
        body=body.encode(),
        cut=False,
    )


@pytest.mark.parametrize(
    ("activity", "said"),
    [
        (_api_error(401, "SIGNIN_REQUIRED", "Signin required."), "SIGNIN_REQUIRED 'Signin required.'"),
        (
            _api_error(
                400, "CONTENT_RESTRICTED_BY_USER", "Content restricted by user. Please sign in to view."
            ),
            "CONTENT_RESTRICTED_BY_USER",
        ),
        (
            _api_error(403, "CONTENT_RESTRICTED_BY_SERVER", "Content restricted by server settings."),
            "CONTENT_RESTRICTED_BY_SERVER",
        ),
    ],
)
def test_a_note_whose_activity_asks_a_visitor_to_sign_in_is_a_login_wall(
    activity: StoredResponse, said: str
) -> None:
    # Read as the web page it is, the instance's app page had no problem and no words: a note citing only
    # its link was verified on nothing.
    post = extract_source(NOTE, (answer(NOTE, APP_PAGE), activity))
    assert post.problem == "login-wall"
    assert (post.problem_detail or "").startswith(
        f"the note's ActivityPub activity refuses a visitor not signed in ({said}"
    )


@pytest.mark.parametrize(
    "shown",
    [
        "<main><h1>Sign in required</h1><p>You need to sign in to view this content.</p></main>",
        "<main><p>このコンテンツを表示するにはログインが必要です</p></main>",
    ],
)
def test_a_note_page_asking_its_visitor_to_sign_in_is_a_login_wall(shown: str) -> None:
    page = APP_PAGE.replace('<div id="splash">', f'{shown}<div id="splash">')
    post = extract_source(NOTE, (answer(NOTE, page), _ap(ACTIVITY, "", 404)))
    assert post.problem == "login-wall"
    assert (post.problem_detail or "").startswith("the page asks its visitor to sign in to see the note")


@pytest.mark.parametrize("activity", [(_ap(ACTIVITY, "", 404),), ()], ids=["activity-404", "no-activity"])
def test_the_instance_s_own_app_page_at_a_note_s_link_is_no_note(
    activity: tuple[StoredResponse, ...],
) -> None:
    post = extract_source(NOTE, (answer(NOTE, APP_PAGE), *activity))
    assert post.problem == "unavailable"
    assert (post.problem_detail or "").startswith(
        "the instance answers the note's link with its own app page, none of a note's"
    )
    # A note's own page (its note id named), with its activity's 404, stays the web page it is.
    assert extract_source(NOTE, (answer(NOTE, PAGE), _ap(ACTIVITY, "", 404))).problem != "unavailable"


def _flagged_actor(**flags: Any) -> StoredResponse:
    data = {**json.loads(asset("misskey_actor.json")), **flags}
    response = _ap(ACTOR, json.dumps(data))
    headers = (*response.headers, ("Date", "Mon, 01 Jul 2024 00:00:00 GMT"))
    return StoredResponse(uri=ACTOR, status=200, headers=headers, body=response.body, cut=False)


def test_a_note_whose_author_shows_notes_only_to_readers_signed_in_is_a_login_wall() -> None:
    # The activity answers other servers whatever the author's rule: read from it alone, the note was verified
    # while a reader of the report following its link is shown a sign-in prompt.
    actor = _flagged_actor(_misskey_requireSigninToViewContents=True)
    post = extract_source(NOTE, _captured(asset("misskey_note_activity.json"), actor))
    assert post.problem == "login-wall"
    assert "_misskey_requireSigninToViewContents" in (post.problem_detail or "")
    assert (post.handle, post.text.endswith("The ferry is cancelled until Monday.")) == (
        "minato@misskey.example",
        True,
    )
    shown = _flagged_actor(_misskey_requireSigninToViewContents=False)
    assert extract_source(NOTE, _captured(asset("misskey_note_activity.json"), shown)).problem is None


@pytest.mark.parametrize(
    ("flags", "problem"),
    [
        ({"_misskey_makeNotesHiddenBefore": 1_714_521_600_000}, "unavailable"),  # 2024-05-01: after the note
        ({"_misskey_makeNotesFollowersOnlyBefore": 1_714_521_600_000}, "unavailable"),
        ({"_misskey_makeNotesHiddenBefore": 1_704_067_200_000}, None),  # 2024-01-01: before the note
        ({"_misskey_makeNotesHiddenBefore": -30 * 86_400_000}, "unavailable"),  # older than 30 days (of July)
        ({"_misskey_makeNotesHiddenBefore": -365 * 86_400_000}, None),
    ],
)
def test_a_note_its_author_hides_from_visitors_since_is_unavailable(
    flags: dict[str, int], problem: str | None
) -> None:
    post = extract_source(NOTE, _captured(asset("misskey_note_activity.json"), _flagged_actor(**flags)))
    assert post.problem == problem
    if problem is not None:
        assert "and this one was posted 2024-04-02T06:30:00+00:00" in (post.problem_detail or "")


def test_a_sign_in_refusal_beside_a_page_empty_without_its_scripts_is_named_a_login_wall() -> None:
    # The refusal says why the note is not shown; "empty answer" said only that the page needs its scripts.
    shell = (
        "<html><head><title>Misskey</title></head><body><noscript>Enable JavaScript</noscript></body></html>"
    )
    refused = _api_error(401, "SIGNIN_REQUIRED", "Signin required.")
    post = extract_source(NOTE, (answer(NOTE, shell), refused))
    assert post.problem == "login-wall"
    assert "the page was read as a web page" in (post.unread or "")
