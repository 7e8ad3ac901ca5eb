"""Bluesky: a post read from the public AppView's `getPostThread` answer, one fixture per way it can fail;
never from the bsky.app page alone."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from provenance.checks.author import check_author
from provenance.checks.interface import CheckInput
from provenance.citations import parse_citation
from provenance.extractors import CapturedPage, extract_source, extractor_for
from provenance.extractors.bluesky import BlueskyExtractor
from provenance.models import Footnote, Platform, SourcePost
from provenance.side_urls import bluesky_thread_url
from tests.extractors.support import answer, asset, page, redirect

DID = "did:plc:ewvi7nxzyoun6zhxrhs64oiz"
RKEY = "3lbg46235ui27"  # a TID of 2024-11-20 23:30:12.345678 UTC
POST = f"https://bsky.app/profile/harbour.bsky.social/post/{RKEY}"
THREAD = bluesky_thread_url(POST) or ""


def _read(fixture: str, cited: str = POST, status: int = 200) -> SourcePost:
    thread = bluesky_thread_url(cited) or ""
    return extract_source(
        cited,
        (
            answer(cited, asset("bsky_app_shell.html")),
            answer(thread, asset(fixture), status=status, json=True),
        ),
    )


def test_a_bluesky_post_url_is_read_by_the_bluesky_extractor() -> None:
    assert isinstance(extractor_for(POST), BlueskyExtractor)
    assert isinstance(extractor_for(f"https://staging.bsky.app/profile/{DID}/post/{RKEY}"), BlueskyExtractor)


def test_the_post_is_read_from_the_apis_answer_with_the_time_the_network_saw_it() -> None:
    post = _read("bsky_post_thread.json")
    assert post.problem is None
    assert (post.platform, post.author, post.handle, post.author_id, post.post_id) == (
        Platform.BLUESKY,
        "Harbour Authority",
        "harbour.bsky.social",
        DID,
        RKEY,
    )
    assert post.text == "The ferry to Kherson is cancelled until further notice."
    assert post.language == "en"
    assert post.published == dt.datetime(2024, 11, 20, 23, 30, 13, 101000, tzinfo=dt.UTC)
    assert post.published_from == "indexedAt, when Bluesky's AppView saw the post"
    assert post.canonical_url == POST
    assert post.fields["record.createdAt"] == "2024-11-20T23:30:12.345Z"
    assert (
        post.fields["rkey time"] == "2024-11-20T23:30:12.345678+00:00 (the rkey's, set by the posting client)"
    )
    # The page's crawler tags are kept for a person to read, not read as the post.
    assert post.fields["page og:title"] == "Harbour Authority (@harbour.bsky.social)"


def test_a_url_naming_the_account_by_did_or_in_capitals_reads_the_same_post() -> None:
    for cited in (
        f"https://bsky.app/profile/{DID}/post/{RKEY}",
        f"https://bsky.app/profile/Harbour.BSKY.social/post/{RKEY}?ref_src=embed",
    ):
        post = _read("bsky_post_thread.json", cited)
        assert (post.problem, post.handle, post.post_id) == (None, "harbour.bsky.social", RKEY)


def test_a_did_url_whose_did_is_not_the_answers_author_is_not_read_as_the_post() -> None:
    # The DID is the account: the API's post under another DID is another account's post.
    post = _read(
        "bsky_post_thread.json", f"https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/{RKEY}"
    )
    assert post.problem == "script-shell"
    assert post.text == ""


def test_an_answer_showing_another_post_than_the_cited_rkey_is_not_read_as_the_post() -> None:
    post = _read("bsky_post_thread_of_another_post.json")
    assert post.problem == "script-shell"
    assert post.problem_detail is not None and "no post it could read as the cited one" in post.problem_detail


def test_a_deleted_post_the_api_answers_400_notfound_for_is_unavailable() -> None:
    post = _read("bsky_post_thread_not_found_400.json", status=400)
    assert post.problem == "unavailable"
    assert post.problem_detail == (
        f"Bluesky's public API answers NotFound: the post is deleted, or never was ({THREAD})"
    )


def test_a_thread_answer_of_not_found_or_blocked_is_unavailable() -> None:
    for fixture, said in (
        ("bsky_post_thread_not_found_post.json", "says the post is not found"),
        ("bsky_post_thread_blocked_post.json", "says the post is blocked"),
    ):
        post = _read(fixture)
        assert post.problem == "unavailable"
        assert post.problem_detail is not None and said in post.problem_detail


def test_a_handle_that_no_longer_resolves_is_unavailable_and_says_so() -> None:
    post = _read("bsky_post_thread_handle_not_resolved_400.json", status=400)
    assert post.problem == "unavailable"
    assert post.problem_detail is not None
    assert "'Unable to resolve handle: oldname.bsky.social'" in post.problem_detail
    assert "a handle renamed?" in post.problem_detail


def test_a_post_labelled_takedown_is_unavailable_though_the_api_still_holds_it() -> None:
    post = _read("bsky_post_thread_taken_down.json")
    assert post.problem == "unavailable"
    assert post.problem_detail is not None and "'!takedown'" in post.problem_detail


def test_an_author_hiding_from_signed_out_readers_is_behind_a_login_wall() -> None:
    post = _read("bsky_post_thread_no_unauthenticated.json")
    assert post.problem == "login-wall"
    assert post.problem_detail is not None and "'!no-unauthenticated'" in post.problem_detail
    assert post.text.startswith("The ferry")  # kept for a person to read; no check passes on it


def test_a_quote_posts_embedded_post_is_kept_apart_as_anothers_words() -> None:
    cited = "https://bsky.app/profile/harbour.bsky.social/post/3lbgynmqc2227"
    post = _read("bsky_post_thread_quoting_another.json", cited)
    assert post.problem is None
    assert post.text == "Is this true? We have heard nothing of it."
    assert post.fields["quoted_post"] == "BREAKING: the Kherson bridge was destroyed overnight."
    assert post.fields["quoted_post_author"] == "Rumour Mill, @rumourmill.bsky.social"


@pytest.mark.parametrize(
    ("view", "said"),
    [
        ("app.bsky.embed.record#viewNotFound", "deleted since"),
        ("app.bsky.embed.record#viewDetached", "detached from it by its author"),
        ("app.bsky.embed.record#viewBlocked", "blocked"),
    ],
)
def test_a_quote_post_whose_quoted_post_is_gone_since_says_so_and_keeps_its_own_words(
    view: str, said: str
) -> None:
    # The quoted post deleted since (or detached, or blocked): the quoting post stands, its words its own; the
    # record named only the quoted post's URI, and nothing said why the words a note gave it were missing.
    data = json.loads(asset("bsky_post_thread_quoting_another.json"))
    embed = data["thread"]["post"]["embed"]
    uri = embed["record"]["uri"]
    embed["record"] = {"$type": view, "uri": uri, "notFound": True}
    cited = "https://bsky.app/profile/harbour.bsky.social/post/3lbgynmqc2227"
    post = extract_source(
        cited,
        (
            answer(cited, asset("bsky_app_shell.html")),
            answer(bluesky_thread_url(cited) or "", json.dumps(data), json=True),
        ),
    )
    assert (post.problem, post.text) == (None, "Is this true? We have heard nothing of it.")
    assert "quoted_post" not in post.fields
    assert post.fields["quoted_post_uri"] == uri
    assert said in post.fields["quoted_post_not_shown"]


def test_a_replys_parent_is_named_by_its_uri_and_never_read_as_the_post() -> None:
    post = _read("bsky_post_thread_reply.json")
    assert post.text == "The ferry to Kherson is cancelled until further notice."
    assert "destroyed" not in " ".join(post.fields.values())
    assert post.fields["in_reply_to_uri"].endswith("/app.bsky.feed.post/3lbbbbbbbbb22")


def test_a_backdated_created_at_is_kept_but_the_post_is_dated_when_the_network_saw_it() -> None:
    post = _read("bsky_post_thread_backdated.json")
    assert post.published == dt.datetime(2024, 11, 20, 23, 30, 13, 101000, tzinfo=dt.UTC)
    assert post.fields["record.createdAt"] == "2019-03-01T12:00:00.000Z"
    assert "more than a day before the network saw the post" in post.fields["createdAt backdated"]


def test_the_bsky_app_page_alone_is_a_script_shell_whatever_its_crawler_tags_say() -> None:
    post = extract_source(POST, (answer(POST, asset("bsky_app_shell.html")),))
    assert post.problem == "script-shell"
    assert post.problem_detail == (
        "the bsky.app page is a script app that shows no post without JavaScript; Bluesky's public API "
        "(getPostThread) was not captured"
    )
    assert post.fields["page og:description"] == "The ferry to Kherson is cancelled until further notice."


def test_an_api_answer_that_is_not_json_is_no_post() -> None:
    post = BlueskyExtractor().extract(
        page(POST, answer(POST, asset("bsky_app_shell.html")), answer(THREAD, b"<html>busy</html>", 503))
    )
    assert post.problem == "script-shell"
    assert post.problem_detail is not None and "answered HTTP 503" in post.problem_detail


def test_a_bluesky_post_behind_a_shortener_is_read_from_the_apis_answer() -> None:
    short = "https://bit.ly/3bSkY01"
    post = extract_source(
        short,
        (
            redirect(short, POST, 301),
            answer(POST, asset("bsky_app_shell.html")),
            answer(THREAD, asset("bsky_post_thread.json"), json=True),
        ),
    )
    assert (post.problem, post.handle, post.post_id) == (None, "harbour.bsky.social", RKEY)
    assert post.fields["shortened link"] == short


def test_a_post_whose_page_tells_signed_out_readers_to_sign_in_is_behind_a_login_wall() -> None:
    # The API answered with the post (its author's label not shown in it), but the cited link shows a reader
    # signed out only that the author's posts are for readers signed in: it passed as verified.
    post = extract_source(
        POST,
        (
            answer(POST, asset("bsky_app_signed_in_only.html")),
            answer(THREAD, asset("bsky_post_thread.json"), json=True),
        ),
    )
    assert post.problem == "login-wall"
    assert post.problem_detail == (
        "the bsky.app page tells readers who are not signed in 'This author has chosen to make their posts "
        "visible only to people who are signed in.', though the public API answers with the post"
    )


MEMENTO = f"https://web.archive.org/web/20241121000000/{POST}"


def test_an_archived_post_page_gives_the_post_from_the_tags_bsky_app_gives_crawlers() -> None:
    # A Wayback copy of a Bluesky post was a script shell: the tags that hold the post were not read.
    post = extract_source(POST, (answer(MEMENTO, asset("bsky_archived_post_page.html")),), start=MEMENTO)
    assert post.problem is None
    assert post.text == "The ferry to Kherson is cancelled until further notice."
    assert (post.author, post.handle, post.author_id, post.post_id) == (
        "Harbour Authority",
        "harbour.bsky.social",
        DID,
        RKEY,
    )
    assert post.published == dt.datetime(2024, 11, 20, 23, 30, 13, 101000, tzinfo=dt.UTC)
    assert post.published_from == "indexedAt, as the archived bsky.app page gives it"


@pytest.mark.parametrize(
    "page",
    [
        "bsky_archived_quote_post_page.html",  # bsky.app's first spelling of its mark, `embeded`
        # Its spelling since, `embedded`: its mark was read as the post's own words, and no embed said.
        "bsky_archived_quote_post_page_embedded.html",
    ],
)
def test_an_archived_quote_posts_page_holds_only_its_own_words_and_says_it_embeds_another(page: str) -> None:
    cited = "https://bsky.app/profile/harbour.bsky.social/post/3lbgynmqc2227"
    memento = f"https://web.archive.org/web/20241122000000/{cited}"
    post = extract_source(cited, (answer(memento, asset(page)),), start=memento)
    assert post.text == "Is this true? We have heard nothing of it."
    assert post.fields["embeds"].startswith("another post or other content")


def test_an_archived_page_of_another_post_or_account_is_not_read_as_the_cited_post() -> None:
    for cited in (
        "https://bsky.app/profile/harbour.bsky.social/post/3lbjncnq5c227",  # another rkey
        f"https://bsky.app/profile/did:plc:z72i7hdynmk6r22z27h6tvur/post/{RKEY}",  # another account's
        f"https://bsky.app/profile/someone.bsky.social/post/{RKEY}",
    ):
        memento = f"https://web.archive.org/web/20241121000000/{cited}"
        page = asset("bsky_archived_post_page.html")
        post = extract_source(cited, (answer(memento, page),), start=memento)
        assert (post.problem, post.text) == ("script-shell", ""), cited


def test_the_live_page_is_not_read_as_the_post_even_with_the_crawlers_tags() -> None:
    post = extract_source(POST, (answer(POST, asset("bsky_archived_post_page.html")),))
    assert (post.problem, post.text) == ("script-shell", "")


def test_an_archived_page_telling_signed_out_readers_to_sign_in_is_a_login_wall() -> None:
    page = asset("bsky_app_signed_in_only.html")
    post = extract_source(POST, (answer(MEMENTO, page),), start=MEMENTO)
    assert post.problem == "login-wall"


def test_a_shell_says_why_the_apis_answer_is_missing_when_the_capture_says() -> None:
    why = "skipped: public.api.bsky.app answered HTTP 429"
    captured = CapturedPage(
        url=POST, responses=(answer(POST, asset("bsky_app_shell.html")),), failures=((THREAD, why),)
    )
    post = BlueskyExtractor().extract(captured)
    # Held back after the API's 429: a refusal for a while, which says nothing of the post.
    assert post.problem == "challenge"
    assert post.problem_detail is not None and f"was not captured ({why}): " in post.problem_detail
    never_asked = BlueskyExtractor().extract(
        CapturedPage(url=POST, responses=(answer(POST, asset("bsky_app_shell.html")),))
    )
    assert never_asked.problem == "script-shell"
    assert (never_asked.problem_detail or "").endswith("was not captured")


def test_a_url_naming_the_account_handle_invalid_reads_no_accounts_post_as_the_cited_one() -> None:
    # `handle.invalid` is what the AppView shows for any account whose handle no longer checks out: a URL
    # naming it names no account, and a post of whichever account shows it was read as the cited post.
    invalid = asset("bsky_post_thread.json").replace(b'"harbour.bsky.social"', b'"handle.invalid"')
    cited = f"https://bsky.app/profile/handle.invalid/post/{RKEY}"
    thread = bluesky_thread_url(cited) or ""
    post = extract_source(
        cited,
        (answer(cited, asset("bsky_app_shell.html")), answer(thread, invalid, json=True)),
    )
    assert post.problem == "script-shell"
    assert post.text == ""


def _by_invalid_handle(cited: str) -> SourcePost:
    """The asset's post, its author's handle shown as `handle.invalid`, read from `cited`."""
    invalid = asset("bsky_post_thread.json").replace(b'"harbour.bsky.social"', b'"handle.invalid"')
    thread = bluesky_thread_url(cited) or ""
    return extract_source(
        cited, (answer(cited, asset("bsky_app_shell.html")), answer(thread, invalid, json=True))
    )


def test_a_did_url_of_an_account_whose_handle_is_now_invalid_still_reads_its_post() -> None:
    # The true case beside it: the app links such an account's posts by its DID, which is the account.
    post = _by_invalid_handle(f"https://bsky.app/profile/{DID}/post/{RKEY}")
    assert (post.problem, post.handle, post.author_id, post.post_id) == (None, "handle.invalid", DID, RKEY)
    assert post.canonical_url == f"https://bsky.app/profile/{DID}/post/{RKEY}"
    assert post.text == "The ferry to Kherson is cancelled until further notice."


def _author_of(note: str, post: SourcePost) -> tuple[str, str]:
    footnote = Footnote(label="1", text=note, line=3)
    citation = parse_citation(footnote).citation
    result = check_author(
        CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)
    )
    return result.status, result.detail


def test_a_note_naming_a_handle_the_account_shows_as_invalid_does_not_pass_author_on_its_display_name() -> (
    None
):
    # An account may claim any handle (`harbour.bsky.social`, `nytimes.com`) that its domain does not confirm:
    # the app then shows it as `handle.invalid`, with a warning. Read as no handle, the note's handle was
    # never compared and the display name, which anyone can set, passed `author`.
    cited = f"https://bsky.app/profile/{DID}/post/{RKEY}"
    post = _by_invalid_handle(cited)
    status, detail = _author_of(
        f"Harbour Authority (@harbour.bsky.social), Bluesky, Nov. 20, 2024, {cited}", post
    )
    assert status == "warn"
    assert "the account is @handle.invalid, not the cited @harbour.bsky.social" in detail
    # A note naming no handle claims only the name, which the post shows.
    assert _author_of(f"Harbour Authority, Bluesky, Nov. 20, 2024, {cited}", post)[0] == "pass"


def _post_with_link(shown: str, uri: str, before: str = "Паром скасовано, розклад: ") -> SourcePost:
    """The asset's post, its text `before` + `shown` + " (оновлено)", a link facet over `shown` to `uri`."""
    start = len(before.encode())
    record = {
        "text": f"{before}{shown} (оновлено)",
        "facets": [
            {
                "index": {"byteStart": start, "byteEnd": start + len(shown.encode())},
                "features": [{"$type": "app.bsky.richtext.facet#link", "uri": uri}],
            }
        ],
    }
    thread = json.loads(asset("bsky_post_thread.json"))
    thread["thread"]["post"]["record"].update(record)
    return extract_source(
        POST, (answer(POST, asset("bsky_app_shell.html")), answer(THREAD, json.dumps(thread), json=True))
    )


def test_a_link_the_app_cut_short_in_the_text_is_read_as_the_full_address_its_facet_holds() -> None:
    # Bluesky's app writes a long link into `text` cut short (`host/path...`) and the whole address in the
    # link's facet; "Copy post text" gives the whole one. Read as cut, a true quote of the post with its link
    # was not found.
    full = "https://ports.example/timetables/kherson-ferry-2024.pdf"
    post = _post_with_link("ports.example/timetabl...", full)
    assert post.text == f"Паром скасовано, розклад: {full} (оновлено)"
    assert post.fields["record.text"] == "Паром скасовано, розклад: ports.example/timetabl... (оновлено)"
    # A short one is written without its scheme, whole.
    post = _post_with_link("ports.example/timetables", "https://ports.example/timetables")
    assert post.text == "Паром скасовано, розклад: https://ports.example/timetables (оновлено)"
    post = _post_with_link("ports.example", "https://ports.example/")
    assert post.text == "Паром скасовано, розклад: https://ports.example/ (оновлено)"


def test_a_links_own_words_or_a_shown_address_not_cut_from_its_facets_stay_as_the_post_shows_them() -> None:
    # Words a link is set on are the post's words, and a cut address that is not the start of the facet's
    # (another page's) is not replaced by it.
    for shown, uri in (
        ("the timetable", "https://ports.example/timetables/kherson-ferry-2024.pdf"),
        ("ports.example/timetabl...", "https://evil.example/ports.example/timetables"),
        ("ports.example/timetables", "https://ports.example/timetables/kherson"),
        ("ports.example/timetables", "ftp://ports.example/timetables"),
    ):
        post = _post_with_link(shown, uri)
        assert post.text == f"Паром скасовано, розклад: {shown} (оновлено)"
        assert "record.text" not in post.fields


def test_an_archived_page_of_an_account_shown_as_handle_invalid_is_linked_by_its_did() -> None:
    cited = f"https://bsky.app/profile/{DID}/post/{RKEY}"
    memento = f"https://web.archive.org/web/20241121000000/{cited}"
    page = asset("bsky_archived_post_page.html").replace(
        b'content="harbour.bsky.social"', b'content="handle.invalid"'
    )
    post = extract_source(cited, (answer(memento, page),), start=memento)
    assert (post.problem, post.handle, post.author_id) == (None, "handle.invalid", DID)
    assert post.canonical_url == cited


def test_a_link_to_a_posts_likes_reposts_or_quotes_says_it_shows_them_and_names_the_posts_own_link() -> None:
    # `/liked-by`, `/reposted-by` and `/quotes` after a post's link list others' accounts or posts, not the
    # post: the detail said only that the API's answer "was not captured", as if a capture had failed.
    for tail, shown in (
        ("liked-by", "the accounts that liked the post"),
        ("reposted-by", "the accounts that reposted the post"),
        ("quotes", "the posts quoting the post"),
    ):
        cited = f"https://bsky.app/profile/Harbour.bsky.social/post/{RKEY}/{tail}"
        post = extract_source(cited, (answer(cited, asset("bsky_app_shell.html")),))
        assert post.problem == "script-shell"
        assert post.problem_detail == (
            f"the bsky.app link shows {shown}, not the post ({POST}): no post of its own to check"
        )


def test_a_link_to_a_list_feed_starter_pack_or_profile_says_what_it_shows() -> None:
    for cited, shown in (
        ("https://bsky.app/profile/harbour.bsky.social/lists/3lbg46235ui27", "a list of accounts"),
        ("https://bsky.app/profile/harbour.bsky.social/feed/ferries", "a custom feed"),
        ("https://bsky.app/starter-pack/harbour.bsky.social/3lbg46235ui27", "a starter pack"),
        ("https://go.bsky.app/AbCd123", "Bluesky's short link itself"),
        ("https://bsky.app/profile/harbour.bsky.social", "the account's profile"),
    ):
        post = extract_source(cited, (answer(cited, asset("bsky_app_shell.html")),))
        assert post.problem == "script-shell"
        assert post.problem_detail is not None
        assert post.problem_detail.startswith(f"the bsky.app link shows {shown}"), post.problem_detail
    # A post's own link whose API answer is missing still says so.
    post = extract_source(POST, (answer(POST, asset("bsky_app_shell.html")),))
    assert post.problem_detail is not None and post.problem_detail.endswith("was not captured")


def test_bluesky_s_short_link_is_read_where_it_led() -> None:
    # `go.bsky.app/<code>` redirects (to a starter pack, as a rule): it was read as bsky.app's page at the
    # short link, and the post or pack it led to never read.
    short = "https://go.bsky.app/AbCd123"
    post = extract_source(
        short,
        (
            redirect(short, POST, 302),
            answer(POST, asset("bsky_app_shell.html")),
            answer(THREAD, asset("bsky_post_thread.json"), json=True),
        ),
    )
    assert (post.problem, post.handle, post.post_id) == (None, "harbour.bsky.social", RKEY)
    assert post.fields["shortened link"] == short
    pack = "https://bsky.app/starter-pack/harbour.bsky.social/3lbg46235ui27"
    post = extract_source(short, (redirect(short, pack, 302), answer(pack, asset("bsky_app_shell.html"))))
    assert post.problem == "script-shell"
    assert post.problem_detail == (
        "the bsky.app link shows a starter pack (a list of accounts to follow): no post of its own to check"
    )


def _post_with_embed(text: str, embed: dict[str, object]) -> SourcePost:
    thread = json.loads(asset("bsky_post_thread.json"))
    thread["thread"]["post"]["record"]["text"] = text
    thread["thread"]["post"]["embed"] = embed
    return extract_source(
        POST, (answer(POST, asset("bsky_app_shell.html")), answer(THREAD, json.dumps(thread), json=True))
    )


def test_a_posts_pictures_alt_text_is_kept_for_a_person_and_is_not_read_as_its_words() -> None:
    # Alt text describes a picture (the poster's description, as a rule): a report quoting it quotes no
    # words of the post. It was not read at all: an image-only post showed a person nothing of what it held.
    images: dict[str, object] = {
        "$type": "app.bsky.embed.images#view",
        "images": [{"alt": "Timetable: ferry cancelled"}, {"alt": ""}, {"alt": "A closed gate"}],
    }
    post = _post_with_embed("", images)
    assert (post.problem, post.text) == (None, "")
    assert post.fields["media alt text"] == "Timetable: ferry cancelled | A closed gate"
    quoting = {
        "$type": "app.bsky.embed.recordWithMedia#view",
        "media": {"$type": "app.bsky.embed.video#view", "alt": "The harbour at dawn"},
        "record": json.loads(asset("bsky_post_thread_quoting_another.json"))["thread"]["post"]["embed"],
    }
    post = _post_with_embed("Is this true?", quoting)
    assert post.text == "Is this true?"
    assert post.fields["media alt text"] == "The harbour at dawn"
    assert post.fields["quoted_post"] == "BREAKING: the Kherson bridge was destroyed overnight."


def _shell_naming(did: str) -> bytes:
    link = f'<link rel="alternate" href="at://{did}/app.bsky.feed.post/{RKEY}" />'
    return asset("bsky_app_shell.html").replace(b"</head>", f"{link}</head>".encode())


def test_an_answer_by_another_did_than_the_page_names_for_the_post_is_not_read_as_it() -> None:
    # The handle resolved to two accounts: one that took it since may post under the cited rkey.
    other = "did:plc:z72i7hdynmk6r22z27h6tvur"
    post = extract_source(
        POST, (answer(POST, _shell_naming(other)), answer(THREAD, asset("bsky_post_thread.json"), json=True))
    )
    assert (post.problem, post.text, post.author) == ("script-shell", "", None)
    assert f"names the post at://{other}/app.bsky.feed.post/{RKEY}, by another account" in (
        post.problem_detail or ""
    )


def test_an_answer_by_the_did_the_page_names_for_the_post_is_read() -> None:
    post = extract_source(
        POST, (answer(POST, _shell_naming(DID)), answer(THREAD, asset("bsky_post_thread.json"), json=True))
    )
    assert (post.problem, post.author_id) == (None, DID)
    assert post.text == "The ferry to Kherson is cancelled until further notice."


def _with_words(text: str, langs: list[str]) -> SourcePost:
    data = json.loads(asset("bsky_post_thread.json"))
    data["thread"]["post"]["record"].update({"text": text, "langs": langs})
    return extract_source(
        POST, (answer(POST, asset("bsky_app_shell.html")), answer(THREAD, json.dumps(data), json=True))
    )


def test_the_post_s_language_is_the_first_declared_that_its_words_do_not_gainsay() -> None:
    # `langs` is the posting app's setting, most often its default: a Russian post declared ["en"] was said
    # to be in English.
    words = "Паром до Херсона отменён до дальнейшего уведомления."
    alone = _with_words(words, ["en"])
    assert alone.language is None
    assert "Cyrillic script" in alone.fields["declared language"]
    both = _with_words(words, ["en", "ru"])
    assert (both.language, both.fields.get("declared language")) == ("ru", None)
    assert (
        _with_words("The ferry to Kherson is cancelled until further notice.", ["en", "ru"]).language == "en"
    )


def test_a_latin_script_post_is_not_said_to_be_in_the_other_latin_language_its_app_declares() -> None:
    # Both in Latin letters, the script told nothing: a Polish post declared ["en"] (the app's default) was
    # said to be in English; declared ["en", "pl"], its language is the one its words bear out.
    words = (
        "Prom do Chersonia został odwołany do odwołania, bo most jest zamknięty, ale już można sprawdzić "
        "nowy rozkład na stronie portu."
    )
    alone = _with_words(words, ["en"])
    assert alone.language is None
    assert "which read as Polish" in alone.fields["declared language"]
    both = _with_words(words, ["en", "pl"])
    assert (both.language, both.fields.get("declared language")) == ("pl", None)


def test_an_api_refusing_too_many_requests_is_a_refusal_that_says_nothing_of_the_post() -> None:
    # HTTP 429 from the public AppView: the footnote failed as a script shell, which told no one that a
    # later capture may read the post.
    refusal = json.dumps({"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"})
    post = extract_source(
        POST, (answer(POST, asset("bsky_app_shell.html")), answer(THREAD, refusal, status=429, json=True))
    )
    assert post.problem == "challenge"
    assert "the platform refused this client for now (HTTP 429" in (post.problem_detail or "")
    assert "says nothing of whether the post is there" in (post.problem_detail or "")
    other = extract_source(
        POST, (answer(POST, asset("bsky_app_shell.html")), answer(THREAD, refusal, status=502, json=True))
    )
    assert other.problem == "script-shell"
