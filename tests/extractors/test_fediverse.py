"""Pleroma, Akkoma, GoToSocial and Truth Social posts, read from their Mastodon client API as Mastodon's are:
their answers that say nothing of the post leave it read as a web page; a deleted post is unavailable."""

from __future__ import annotations

import datetime as dt
import json
import re
from typing import Any

import pytest

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.checks.quote import check_quote
from provenance.citations import parse_citation
from provenance.extractors import extract_source
from provenance.extractors.mastodon import notice_of_object, read_status
from provenance.models import Context, Footnote, Platform
from provenance.side_urls import mastodon_origin_api_url
from tests.extractors.support import answer, asset, redirect

FLAKE = "AbCdEf0123456789Xy"
NOTICE = f"https://pleroma.example/notice/{FLAKE}"
NOTICE_API = f"https://pleroma.example/api/v1/statuses/{FLAKE}"
ULID = "01HQ3ZK5V7N2X8Y9A0B1C2D3E4"
GTS_POST = f"https://gts.example/@lighthouse/statuses/{ULID}"
GTS_API = f"https://gts.example/api/v1/statuses/{ULID}"
TRUTH_ID = "114123456789012345"
TRUTH_POST = f"https://truthsocial.com/@harbourwatch/posts/{TRUTH_ID}"
TRUTH_API = f"https://truthsocial.com/api/v1/statuses/{TRUTH_ID}"
OBJECT = "https://pleroma.example/objects/0b5a6c2e-1f3d-4c9e-9a7b-2d4e6f8a0c1e"  # the asset's notice's `uri`
SHELL = "<html><head><title>Pleroma</title></head><body><noscript>Enable JavaScript</noscript></body></html>"


def _pleroma(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(asset("pleroma_status.json"))
    data.update(changes)
    return data


def test_a_pleroma_notice_is_read_from_its_status_api() -> None:
    post = extract_source(
        NOTICE, (answer(NOTICE, SHELL), answer(NOTICE_API, asset("pleroma_status.json"), json=True))
    )
    assert (post.platform, post.problem, post.partial, post.post_id) == (Platform.MASTODON, None, None, FLAKE)
    assert (post.author, post.handle) == ("Hafenamt", "hafen@pleroma.example")
    assert post.canonical_url == NOTICE
    assert (post.published, post.published_from) == (
        dt.datetime(2024, 3, 5, 10, 15, tzinfo=dt.UTC),
        "status created_at",
    )
    assert (post.text, post.language) == ("Die Fähre zur Insel fällt bis Montag aus.", "de")


def test_a_gotosocial_post_is_read_from_its_status_api() -> None:
    post = extract_source(
        GTS_POST, (answer(GTS_POST, SHELL), answer(GTS_API, asset("gotosocial_status.json"), json=True))
    )
    assert (post.platform, post.problem, post.post_id) == (Platform.MASTODON, None, ULID)
    assert (post.author, post.handle, post.canonical_url) == (
        "Lighthouse Keeper",
        "lighthouse@gts.example",
        GTS_POST,
    )
    assert post.text == "The lighthouse lamp is out tonight."


def test_a_truth_social_retruth_is_the_other_accounts_words() -> None:
    retruth = {
        **json.loads(asset("mastodon_status_boost.json")),
        "id": TRUTH_ID,
        "uri": f"https://truthsocial.com/users/harbourwatch/statuses/{TRUTH_ID}",
    }
    post = extract_source(
        TRUTH_POST, (answer(TRUTH_POST, SHELL), answer(TRUTH_API, json.dumps(retruth), json=True))
    )
    assert (post.platform, post.text) == (Platform.MASTODON, "")
    assert post.canonical_url == TRUTH_POST
    assert "a boost of Rumour Mill, @rumours@other.example's post" in (post.unread or "")


def test_a_pleroma_quote_is_kept_apart_from_the_posts_own_words() -> None:
    quoted = {
        "id": "Zz0123456789AbCdEf",
        "content": "Sources say the port is closed.",
        "account": {"acct": "rumours@other.example", "display_name": "Rumour Mill"},
    }
    # Pleroma and Akkoma give the quoted status itself as `quote` (and under `pleroma.quote`).
    for changes in ({"quote": quoted}, {"quote": None, "pleroma": {"quote": quoted}}):
        post = read_status(_pleroma(**changes), NOTICE_API, "pleroma.example", FLAKE)
        assert post is not None
        assert post.fields["quoted_post"] == "Sources say the port is closed."
        assert post.fields["quoted_post_author"] == "Rumour Mill, @rumours@other.example"


def test_a_deleted_pleroma_notice_is_unavailable() -> None:
    post = extract_source(
        NOTICE,
        (
            answer(NOTICE, SHELL, status=404),
            answer(NOTICE_API, '{"error": "Record not found"}', 404, json=True),
        ),
    )
    assert (post.platform, post.problem) == (Platform.MASTODON, "unavailable")


@pytest.mark.parametrize(
    ("api_status", "api_body", "as_json"),
    [
        (401, '{"error":"Unauthorized: token not supplied"}', True),  # GoToSocial asks for sign-in
        (403, '{"error":"Forbidden"}', True),
        (404, "<html><body>No such page</body></html>", False),  # another site's 404
        (200, "<html><body>A blog</body></html>", False),
        (
            200,
            json.dumps(json.loads(asset("gotosocial_status.json")) | {"id": "01HQ3ZK5V7N2X8Y9A0B1C2D3E5"}),
            True,
        ),
    ],
)
def test_a_gotosocial_answer_that_is_not_the_post_leaves_the_page_read_as_a_web_page(
    api_status: int, api_body: str, as_json: bool
) -> None:
    page = (
        "<html><head><title>Lighthouse</title></head><body><article><p>The lighthouse lamp is out tonight, "
        "says the keeper in a post on his own server about the storm.</p></article></body></html>"
    )
    post = extract_source(
        GTS_POST, (answer(GTS_POST, page), answer(GTS_API, api_body, api_status, json=as_json))
    )
    assert (post.platform, post.problem) == (Platform.WEB, None)
    assert f"the status API answered HTTP {api_status}" in (post.unread or "")


def test_a_pleroma_copy_of_a_remote_post_asks_the_origin_by_its_notice_or_gotosocial_link() -> None:
    # A copy on mastodon.example of a Pleroma account's post: Pleroma's `uri` is an `/objects/` id, its
    # `url` the notice, whose id the origin's status API knows.
    copy = {
        **json.loads(asset("mastodon_status.json")),
        "account": {"acct": "hafen@pleroma.example", "display_name": "Hafenamt"},
        "uri": "https://pleroma.example/objects/0b5a6c2e-1f3d-4c9e-9a7b-2d4e6f8a0c1e",
        "url": NOTICE,
    }
    assert mastodon_origin_api_url(copy, "mastodon.example") == NOTICE_API
    gts_copy = {
        **copy,
        "account": {"acct": "lighthouse@gts.example"},
        "uri": f"https://gts.example/users/lighthouse/statuses/{ULID}",
    }
    assert mastodon_origin_api_url(gts_copy, "mastodon.example") == GTS_API


def test_a_pleroma_notice_of_a_remote_accounts_post_is_only_a_copy_until_its_origin_answers() -> None:
    # The notice's link names no account; the status says the post is bob@other.example's: pleroma.example
    # shows a copy, which may say what bob never posted.
    remote = _pleroma(
        account={"acct": "bob@other.example", "username": "bob", "display_name": "Bob"},
        uri="https://other.example/users/bob/statuses/109876543210987654",
        url="https://other.example/@bob/109876543210987654",
    )
    copy = (answer(NOTICE, SHELL), answer(NOTICE_API, json.dumps(remote), json=True))
    post = extract_source(NOTICE, copy)
    assert (post.platform, post.handle, post.partial) == (Platform.MASTODON, "bob@other.example", "copy")
    assert "the post is pleroma.example's copy of a post of other.example" in (post.partial_detail or "")
    origin_api = "https://other.example/api/v1/statuses/109876543210987654"
    gone = answer(origin_api, '{"error": "Record not found"}', 404, json=True)
    assert extract_source(NOTICE, (*copy, gone)).problem == "unavailable"
    # A local account's notice is the post itself.
    assert (
        extract_source(NOTICE, (answer(NOTICE_API, asset("pleroma_status.json"), json=True),)).partial is None
    )


@pytest.mark.parametrize(
    "page",
    [
        "gotosocial_thread_page.html",
        # An older GoToSocial's thread: `div.toot`s, the linked one `.expanded`, its parent's words above it.
        "gotosocial_thread_page_divs.html",
    ],
)
def test_a_gotosocial_thread_page_read_for_want_of_its_api_gives_the_linked_posts_words_alone(
    page: str,
) -> None:
    # GoToSocial's API asks for sign-in; its status page shows the whole thread. Read whole, a reply's words
    # (another account's) were found as the linked post's author's.
    refused = answer(GTS_API, '{"error":"Unauthorized: token not supplied"}', 401, json=True)
    post = extract_source(GTS_POST, (answer(GTS_POST, asset(page)), refused))
    assert (post.platform, post.problem) == (Platform.WEB, None)
    assert post.text == "The lighthouse lamp is out tonight."
    quote = "The bridge at Kherson was destroyed overnight."
    footnote = Footnote(
        label="1",
        text=f"Lighthouse Keeper (@lighthouse@gts.example), February 20, 2024, {GTS_POST}",
        line=40,
        urls=(GTS_POST,),
        contexts=(Context(line=10, text=f"The keeper wrote “{quote}”.", quotes=(quote,)),),
    )
    citation = parse_citation(footnote).citation
    result = check_quote(
        CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)
    )
    assert result.status != "pass"


@pytest.mark.parametrize("page", ["gotosocial_thread_page.html", "gotosocial_thread_page_divs.html"])
def test_a_gotosocial_page_credits_the_linked_post_to_the_instances_account_it_shows(page: str) -> None:
    # Read as a web page, its byline's words ran together ('Lighthouse Keeper@lighthouse@gts.example') and
    # `author` warned on every true note of a GoToSocial post.
    refused = answer(GTS_API, '{"error":"Unauthorized: token not supplied"}', 401, json=True)
    post = extract_source(GTS_POST, (answer(GTS_POST, asset(page)), refused))
    assert (post.author, post.handle) == ("Lighthouse Keeper", "lighthouse@gts.example")
    footnote = Footnote(
        label="1",
        text=f"Lighthouse Keeper (@lighthouse@gts.example), February 20, 2024, {GTS_POST}",
        line=40,
        urls=(GTS_POST,),
    )
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, live=post, source=post
    )
    assert check_author(given).status == "pass"


def test_a_gotosocial_page_gives_the_linked_posts_own_time_and_no_other_servers_account() -> None:
    refused = answer(GTS_API, '{"error":"Unauthorized: token not supplied"}', 401, json=True)
    page = asset("gotosocial_thread_page.html").decode()
    post = extract_source(GTS_POST, (answer(GTS_POST, page), refused))
    assert post.published == dt.datetime(2024, 2, 20, 8, 0, tzinfo=dt.UTC)
    assert post.published_from == "the linked post's <time datetime>"
    # Another server's account, shown on this one: only this instance's copy of its post names it.
    copy = page.replace("@lighthouse@gts.example</span>", "@lighthouse@other.example</span>", 1)
    post = extract_source(GTS_POST, (answer(GTS_POST, copy), refused))
    assert post.handle != "lighthouse@other.example" and post.author != "Lighthouse Keeper"


# GoToSocial's "Edit timeline" under an edited post: its edits, then when it was first published.
_EDIT_TIMELINE = (
    '<div class="stats-item edit-timeline text-cutoff"><dt>Edit timeline:</dt>'
    '<dd title="Edited 2024-02-21T10:00:00.000Z"><span class="sr-only">Edited</span>'
    '<time datetime="2024-02-21T10:00:00.000Z">Feb 21, 2024, 10:00</time></dd>'
    '<dd title="Published 2024-02-20T08:00:00.000Z"><span class="sr-only">Published</span>'
    '<time datetime="2024-02-20T08:00:00.000Z">Feb 20, 2024, 08:00</time></dd></div>'
)


def _edited_in(page: str, post_id: str) -> str:
    """`page` with an edit timeline under the post `post_id` (its `<article>`'s)."""
    at = page.index(f'id="{post_id}"')
    end = page.index("</dl>", at)
    return page[:end] + _EDIT_TIMELINE + page[end:]


def test_a_gotosocial_page_showing_the_linked_posts_edits_makes_it_edited() -> None:
    # Read as a web page for want of its API, an edited post was not `edited`: under --strict-quotes a quote
    # of its first words failed as words the post never held.
    refused = answer(GTS_API, '{"error":"Unauthorized: token not supplied"}', 401, json=True)
    thread = asset("gotosocial_thread_page.html").decode()
    alone = re.sub(r'<section class="thread thread-replies".*</main>', "</main>", thread, flags=re.DOTALL)
    for page in (thread, alone):
        assert extract_source(GTS_POST, (answer(GTS_POST, page), refused)).edited is False
        post = extract_source(GTS_POST, (answer(GTS_POST, _edited_in(page, ULID)), refused))
        assert (post.edited, post.text) == (True, "The lighthouse lamp is out tonight.")
        # Its words shown are its last edit's, of the day after it was posted: when, kept as a status's is.
        assert post.fields["edited_at"] == "2024-02-21T10:00:00.000Z"
        quote = "The lighthouse lamp is broken tonight."  # its first words, before the edit
        footnote = Footnote(
            label="1",
            text=f"Lighthouse Keeper (@lighthouse@gts.example), February 20, 2024, {GTS_POST}",
            line=40,
            urls=(GTS_POST,),
            contexts=(Context(line=10, text=f"The keeper wrote “{quote}”.", quotes=(quote,)),),
        )
        given = CheckInput(
            footnote=footnote,
            citation=parse_citation(footnote).citation,
            outcome=None,
            live=post,
            source=post,
            strict_quotes=True,
        )
        result = check_quote(given)
        assert result.status == "warn"
        assert "the post was edited after it was first posted" in (result.detail or "")
    # A reply's edits are the reply's: the linked post is not edited.
    replied = _edited_in(thread, "01HQ40000000000000000000AA")
    assert extract_source(GTS_POST, (answer(GTS_POST, replied), refused)).edited is False


def test_a_pleroma_objects_link_is_read_as_the_notice_its_server_sent_it_on_to() -> None:
    # Read as the web page its redirect led to, a script app's shell, the true post failed `captured`.
    captured = (
        redirect(OBJECT, f"/notice/{FLAKE}"),
        answer(NOTICE, SHELL),
        answer(NOTICE_API, asset("pleroma_status.json"), json=True),
    )
    assert notice_of_object(OBJECT, captured) == NOTICE
    post = extract_source(OBJECT, captured)
    assert (post.platform, post.problem, post.post_id) == (Platform.MASTODON, None, FLAKE)
    assert (post.author, post.handle, post.canonical_url) == ("Hafenamt", "hafen@pleroma.example", NOTICE)
    assert post.text == "Die Fähre zur Insel fällt bis Montag aus."
    assert post.fields["ActivityPub id"] == OBJECT


@pytest.mark.parametrize(
    "location",
    [
        f"//%70leroma.example/notice/{FLAKE}",
        f"/notice/{FLAKE} ",
        f"https:\\\\pleroma.example\\notice\\{FLAKE}",
    ],
)
def test_a_pleroma_objects_redirect_is_read_as_a_browser_reads_its_location(location: str) -> None:
    # Joined by RFC 3986, an escaped host, a trailing space or backslashes named no notice (or another
    # address than the one capture, which reads it as a browser does, followed): the post was not read.
    captured = (
        redirect(OBJECT, location),
        answer(NOTICE, SHELL),
        answer(NOTICE_API, asset("pleroma_status.json"), json=True),
    )
    assert notice_of_object(OBJECT, captured) == NOTICE
    assert extract_source(OBJECT, captured).post_id == FLAKE


def test_a_pleroma_objects_redirect_a_browser_reads_as_another_host_s_is_no_notice_of_it() -> None:
    # `/\\other.example/…` is other.example's path to a browser: no word of pleroma.example's.
    captured = (redirect(OBJECT, f"/\\other.example/notice/{FLAKE}"), answer(NOTICE, SHELL))
    assert notice_of_object(OBJECT, captured) is None


@pytest.mark.parametrize(
    ("location", "status"),
    [
        (
            f"/notice/{FLAKE}",
            _pleroma(uri="https://pleroma.example/objects/another-object"),
        ),  # another post's
        (f"https://other.example/notice/{FLAKE}", _pleroma()),  # another instance's notice
    ],
)
def test_a_pleroma_object_that_led_to_no_notice_of_it_is_no_post(
    location: str, status: dict[str, Any]
) -> None:
    target = (
        f"https://{'other.example' if location.startswith('https') else 'pleroma.example'}/notice/{FLAKE}"
    )
    captured = (
        redirect(OBJECT, location),
        answer(target, SHELL),
        answer(target.replace(f"notice/{FLAKE}", f"api/v1/statuses/{FLAKE}"), json.dumps(status), json=True),
    )
    post = extract_source(OBJECT, captured)
    assert (post.platform, post.author, post.handle) == (Platform.WEB, None, None)
    assert post.unread is not None and "the page was read as a web page" in post.unread
