"""Mastodon: a post read from its instance's status API, and the answers that say nothing of the post."""

from __future__ import annotations

import datetime as dt
import io
import json
from typing import Any

import pytest

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.checks.quote import check_quote
from provenance.extractors import CapturedPage, extract_source
from provenance.extractors.mastodon import MastodonExtractor, _read_from_origin, content_text, read_status
from provenance.extractors.web import WebExtractor
from provenance.models import Citation, Context, Footnote, Platform, SourcePost
from provenance.side_urls import mastodon_origin_follow_ups, mastodon_status_api_url, side_urls
from provenance.warc import reader
from provenance.warc.reader import StoredResponse
from tests.extractors.support import answer, asset, redirect

POST_ID = "109876543210987654"
STATUS = f"https://mastodon.example/@harbourwatch/{POST_ID}"
API = f"https://mastodon.example/api/v1/statuses/{POST_ID}"
INSTANCE = "mastodon.example"


def _status(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(asset("mastodon_status.json"))
    data.update(changes)
    return data


def _read(data: dict[str, Any]) -> Any:
    post = read_status(data, API, INSTANCE, POST_ID)
    assert post is not None
    return post


def test_the_status_api_is_the_posts_side_document() -> None:
    assert mastodon_status_api_url(STATUS) == API
    # A remote account's post seen from another instance is read from that instance, by its local id.
    remote = f"https://hachyderm.io/@harbourwatch@mastodon.example/{POST_ID}"
    assert mastodon_status_api_url(remote) == f"https://hachyderm.io/api/v1/statuses/{POST_ID}"


def test_a_status_gives_its_author_handle_time_text_and_language() -> None:
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("mastodon_status_page.html")),
            answer(API, asset("mastodon_status.json"), json=True),
        ),
    )
    assert (post.platform, post.problem, post.post_id) == (Platform.MASTODON, None, POST_ID)
    # The display name's custom emoji shortcodes are pictures, not part of the name.
    assert (post.author, post.handle) == ("Harbour Watch", "harbourwatch@mastodon.example")
    assert post.canonical_url == STATUS
    assert (post.published, post.published_from) == (
        dt.datetime(2023, 2, 16, 21, 29, 55, tzinfo=dt.UTC),
        "status created_at",
    )
    assert post.text == (
        "The ferry to the island is cancelled until Monday.\n\n"
        "Details: https://port.example/notice & more\nfrom the harbour master."
    )
    assert (post.language, post.edited) == ("en", False)


def test_the_content_is_read_as_data_never_run() -> None:
    markup = (
        '<p>Hi <script>alert(1)</script><img src=x onerror="fetch(1)">there</p>'
        "<p>&lt;b&gt;not bold&lt;/b&gt;</p>"
    )
    assert content_text(markup) == "Hi there\n\n<b>not bold</b>"


def _quoted(post: SourcePost, quote: str) -> tuple[str, str | None]:
    footnote = Footnote(
        label="1",
        text=f"Harbour Watch, Mastodon, 16 February 2023, {STATUS}",
        line=40,
        urls=(STATUS,),
        contexts=(Context(line=10, text=f"Harbour Watch wrote “{quote}”.", quotes=(quote,)),),
    )
    citation = Citation(platform=Platform.MASTODON, author="Harbour Watch", url=STATUS)
    result = check_quote(
        CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)
    )
    return result.status, result.detail


def test_a_boosts_words_are_the_boosted_accounts_not_the_boosters() -> None:
    boost_id = "109876543210990000"
    post = read_status(json.loads(asset("mastodon_status_boost.json")), API, INSTANCE, boost_id)
    assert post is not None
    assert post.author == "Harbour Watch"
    assert post.text == ""
    assert post.fields["quoted_post"] == "The bridge at Kherson was destroyed overnight."
    assert post.fields["quoted_post_author"] == "Rumour Mill, @rumours@other.example"
    assert _quoted(post, "The bridge at Kherson was destroyed overnight.") == (
        "warn",
        "'The bridge at Kherson was destroyed overnight.' is not in the source's own words but in the post "
        "it boosts (Rumour Mill, @rumours@other.example): attribute it there, or cite that post; the "
        "source's text was not searched (the post is a boost of Rumour Mill, @rumours@other.example's post, "
        "whose words are that account's, not the booster's): compare by hand",
    )
    # Words the boosted post does not hold either: the booster has none of its own to search.
    assert _quoted(post, "The ferry is cancelled.") == (
        "warn",
        "the source's text was not searched (the post is a boost of Rumour Mill, @rumours@other.example's "
        "post, whose words are that account's, not the booster's): compare by hand",
    )


BOOST_ID = "109876543210990000"
BOOST = f"https://mastodon.example/@harbourwatch/{BOOST_ID}"
BOOST_API = f"https://mastodon.example/api/v1/statuses/{BOOST_ID}"


@pytest.mark.parametrize("strict", [False, True], ids=["default", "strict quotes"])
def test_a_boost_read_from_the_status_api_says_whose_words_a_quote_is_as_a_share_does(strict: bool) -> None:
    # The boost has no words of its own, only the boosted post's: the quote check stopped at "the source's
    # text was not searched" and never said the words are in the post it boosts, and whose (as it says of
    # a Facebook share's or a Reddit crosspost's), nor failed them as another's under --strict-quotes.
    post = extract_source(
        BOOST,
        (
            answer(BOOST, asset("mastodon_status_page.html")),
            answer(BOOST_API, asset("mastodon_status_boost.json"), json=True),
        ),
    )
    assert (post.platform, post.problem, post.text) == (Platform.MASTODON, None, "")
    quote = "The bridge at Kherson was destroyed overnight."
    footnote = Footnote(
        label="1",
        text=f"Harbour Watch, Mastodon, 16 February 2023, {BOOST}",
        line=40,
        urls=(BOOST,),
        contexts=(Context(line=10, text=f"Harbour Watch wrote \u201c{quote}\u201d.", quotes=(quote,)),),
    )
    citation = Citation(platform=Platform.MASTODON, author="Harbour Watch", url=BOOST)
    given = CheckInput(
        footnote=footnote, citation=citation, outcome=None, live=post, source=post, strict_quotes=strict
    )
    quoted = check_quote(given)
    assert quoted.status == ("fail" if strict else "warn")
    whose = "in the post it boosts (Rumour Mill, @rumours@other.example)"
    assert f"not in the source's own words but {whose}" in quoted.detail
    assert quoted.found == quote
    # The author check compares the note's author with the boosted post's: the words are Rumour Mill's.
    author = check_author(given)
    assert author.status == "warn" and "the words are theirs" in author.detail


@pytest.mark.parametrize(
    ("state", "said"),
    [
        ("deleted", "the post it quotes was deleted since (status 109876543210980000)"),
        ("revoked", "withdrawn from the quote by its author"),
        ("unauthorized", "not shown to a reader not signed in"),
    ],
)
def test_a_quote_post_whose_quoted_post_is_not_shown_says_why_and_keeps_its_own_words(
    state: str, said: str
) -> None:
    # Mastodon 4.4 answers `quote: {state, quoted_status: null}` where the quoted post is gone or withheld:
    # the record said nothing of it, and a note quoting that post's words was told only "not found".
    quote = {"state": state, "quoted_status": None}
    if state == "deleted":
        quote["quoted_status_id"] = "109876543210980000"
    post = _read(_status(quote=quote))
    assert post.text == _read(_status()).text and post.text
    assert "quoted_post" not in post.fields
    assert said in post.fields["quoted_post_not_shown"]


def test_a_quote_post_whose_quoted_post_is_shown_says_nothing_of_it_missing() -> None:
    assert "quoted_post_not_shown" not in _read(_status()).fields


def _author_of(post: SourcePost, author: str) -> tuple[str, str]:
    footnote = Footnote(label="1", text=f"{author}, Mastodon, {STATUS}", line=40, urls=(STATUS,))
    citation = Citation(platform=Platform.MASTODON, author=author, url=STATUS)
    result = check_author(
        CheckInput(footnote=footnote, citation=citation, outcome=None, live=post, source=post)
    )
    return result.status, result.detail


def test_a_boost_credited_to_the_booster_is_never_passed_as_their_own_post() -> None:
    # A boost is the booster's post of another's words, as a Telegram forward is: with no quote to search,
    # `author` passed on the booster's name, and a note crediting the boost to them was verified.
    boost = read_status(json.loads(asset("mastodon_status_boost.json")), API, INSTANCE, "109876543210990000")
    assert boost is not None and boost.fields["forwarded_from"] == "Rumour Mill"
    status, detail = _author_of(boost, "Harbour Watch")
    assert status == "warn" and "the words are theirs, not @harbourwatch@mastodon.example's own" in detail
    # The boosted account named: the words are theirs, but the post captured (and its time) the booster's.
    status, detail = _author_of(boost, "Rumour Mill")
    assert status == "warn" and "the post captured, and its time, are @harbourwatch" in detail
    # A post of the booster's own is theirs.
    own = _read(_status())
    assert "forwarded_from" not in own.fields
    assert _author_of(own, "Harbour Watch")[0] == "pass"


MIRRORED = (
    '<p>The ferry to the island is cancelled until Monday.</p><p><a href="https://t.me/harbourwatch/315" '
    'rel="nofollow noopener" target="_blank"><span class="invisible">https://</span><span class="">'
    't.me/harbourwatch/315</span><span class="invisible"></span></a></p>'
)


def test_a_bot_s_copy_of_a_telegram_post_is_credited_to_the_channel_never_passed_as_its_own_post() -> None:
    # A bridge's bot posts each channel post with its link, under the channel's name: read as the bot's
    # own post, a note crediting the channel passed `author` on that display name (and `date` on the copy's
    # time): verified on a third party's copy.
    account = {**_status()["account"], "bot": True, "display_name": "Harbour Watch"}
    mirror = _read(_status(account=account, content=MIRRORED))
    assert mirror.fields["forwarded_from"] == "Telegram channel @harbourwatch"
    assert mirror.fields["forwarded_from_url"] == "https://t.me/harbourwatch/315"
    status, detail = _author_of(mirror, "Harbour Watch")
    assert status == "warn" and "the words are theirs, not @harbourwatch@mastodon.example's own" in detail
    # A person's post linking one is their own post.
    person = _read(_status(account={**account, "bot": False}, content=MIRRORED))
    assert "forwarded_from" not in person.fields
    assert _author_of(person, "Harbour Watch")[0] == "pass"


def _boost_of(account: dict[str, Any]) -> SourcePost:
    data: dict[str, Any] = json.loads(asset("mastodon_status_boost.json"))
    data["reblog"]["account"] = account
    post = read_status(data, API, INSTANCE, "109876543210990000")
    assert post is not None
    return post


def test_a_boost_of_the_accounts_own_post_is_read_as_its_own_words_and_time() -> None:
    # Its quote was not searched ("whose words are that account's, not the booster's": the same account).
    own = {"id": "13179", "username": "harbourwatch", "acct": "harbourwatch", "display_name": "Harbour Watch"}
    post = _boost_of(own)
    assert post.text == "The bridge at Kherson was destroyed overnight."
    assert "quoted_post" not in post.fields and "forwarded_from" not in post.fields
    # Mastodon shows a boost's link as the boosted post: dated when that was posted, not when boosted.
    assert post.published == dt.datetime(2023, 2, 16, 20, 0, tzinfo=dt.UTC)
    assert post.post_id == "109876543210990000" and post.fields["boost id"] == "109876543210990000"
    assert _quoted(post, "The bridge at Kherson was destroyed overnight.")[0] == "pass"
    assert _author_of(post, "Harbour Watch")[0] == "pass"


def test_a_boost_of_another_account_showing_the_boosters_name_never_passes_as_the_boosters() -> None:
    # Another account (a namesake, an impersonator) showing the booster's display name: the names alone said
    # "a boost of one's own", and a note crediting the words to the booster passed `author`.
    namesake = {
        "id": "77",
        "username": "harbourwatch",
        "acct": "harbourwatch@evil.example",
        "display_name": "Harbour Watch",
    }
    post = _boost_of(namesake)
    assert post.text == "" and post.fields["forwarded_from"] == "Harbour Watch (@harbourwatch@evil.example)"
    status, detail = _author_of(post, "Harbour Watch")
    assert status == "warn" and "the words are theirs, not @harbourwatch@mastodon.example's own" in detail


def test_a_boost_nesting_boosts_is_read_once() -> None:
    own = {"id": "13179", "username": "harbourwatch", "acct": "harbourwatch", "display_name": "Harbour Watch"}
    data: dict[str, Any] = json.loads(asset("mastodon_status_boost.json"))
    inner: dict[str, Any] = data["reblog"]
    inner["account"] = own
    for _ in range(5_000):  # a hostile answer: boosts of boosts, deeper than Python's recursion
        inner = {**inner, "reblog": inner}
    data["reblog"] = inner
    post = read_status(data, API, INSTANCE, "109876543210990000")
    assert post is not None and post.text == "The bridge at Kherson was destroyed overnight."


def test_a_quoted_status_is_kept_apart_from_the_posts_own_words() -> None:
    quoted = {
        "id": "1",
        "content": "<p>Sources say the port is closed.</p>",
        "account": {"acct": "rumours@other.example", "display_name": "Rumour Mill"},
    }
    post = _read(_status(quote={"state": "accepted", "quoted_status": quoted}))
    assert "port is closed" not in post.text
    assert post.fields["quoted_post"] == "Sources say the port is closed."


def test_a_content_warning_opens_the_text_and_an_edit_is_said() -> None:
    post = _read(_status(spoiler_text="Shipping news", edited_at="2023-02-17T08:00:00.000Z"))
    assert post.text.startswith("Shipping news\n\nThe ferry to the island")
    assert post.edited is True
    assert post.fields["edited_at"] == "2023-02-17T08:00:00.000Z"


def test_a_remote_accounts_handle_names_its_own_instance() -> None:
    account = {"id": "7", "username": "harbourwatch", "acct": "harbourwatch@Evil.Example", "display_name": ""}
    post = _read(_status(account=account))
    assert (post.author, post.handle) == ("harbourwatch", "harbourwatch@evil.example")
    assert post.canonical_url == f"https://mastodon.example/@harbourwatch@evil.example/{POST_ID}"


def test_a_reply_keeps_the_id_it_answers() -> None:
    post = _read(_status(in_reply_to_id="109876543210000000"))
    assert post.fields["in_reply_to_id"] == "109876543210000000"
    assert post.problem is None


@pytest.mark.parametrize("visibility", ["private", "direct"])
def test_a_status_not_public_is_not_a_public_post(visibility: str) -> None:
    post = _read(_status(visibility=visibility))
    assert post.problem == "unavailable"
    assert visibility in (post.problem_detail or "")


def test_the_id_dates_a_local_status_without_created_at_but_never_a_remote_one() -> None:
    local = _read(_status(created_at=None))
    assert (local.published, local.published_from) == (
        dt.datetime(2023, 2, 16, 21, 29, 55, 773000, tzinfo=dt.UTC),
        "Mastodon id",
    )
    remote = _read(_status(created_at=None, account={"acct": "a@other.example", "display_name": "A"}))
    assert remote.published is None  # its local id is when it reached this instance, not when it was made


def test_another_status_than_the_one_asked_for_is_not_read() -> None:
    assert read_status(_status(id="1"), API, INSTANCE, POST_ID) is None


def test_a_deleted_post_is_unavailable() -> None:
    post = extract_source(
        STATUS,
        (
            answer(STATUS, "<html><body>The page you are looking for isn't here.</body></html>", status=404),
            answer(API, asset("mastodon_status_not_found.json"), status=404, json=True),
        ),
    )
    assert (post.platform, post.problem) == (Platform.MASTODON, "unavailable")
    assert "deleted or not public" in (post.problem_detail or "")


@pytest.mark.parametrize(
    ("api_status", "api_body", "as_json"),
    [
        (401, '{"error":"This API requires an authenticated user"}', True),  # sign-in required: nothing said
        (403, "<html><body>Forbidden</body></html>", False),
        (404, "<html><body>No such page</body></html>", False),  # no Mastodon: another site's 404
        (404, '{"message":"Not Found"}', True),  # another site's JSON 404
        (200, "<html><body>A blog</body></html>", False),
        (200, '{"id":"1","title":"a blog post"}', True),  # JSON, but no status
    ],
)
def test_an_api_answer_that_is_no_status_leaves_the_page_read_as_a_web_page(
    api_status: int, api_body: str, as_json: bool
) -> None:
    blog = (
        "<html><head><title>Ferries</title></head><body><article><p>The ferry to the island is cancelled "
        "until Monday, said the harbour master in a long statement to the press.</p></article></body></html>"
    )
    post = extract_source(
        STATUS, (answer(STATUS, blog), answer(API, api_body, status=api_status, json=as_json))
    )
    assert post.problem != "unavailable"
    assert post.platform is Platform.WEB
    assert "cancelled until Monday" in post.text
    assert f"the status API answered HTTP {api_status}" in (post.unread or "")


def test_a_post_page_read_for_want_of_the_api_is_not_in_its_interface_s_language() -> None:
    # The instance serves its page in its own or its visitor's language (`<html lang="en">`), whatever the
    # post's: a Spanish post read from an English instance's page was said to be in English.
    page = (
        '<html lang="en"><head><title>Puerto (@harbourwatch@mastodon.example)</title></head><body><article>'
        "<p>El ferry a la isla queda suspendido hasta el lunes por el temporal, y los vecinos ya pueden "
        "consultar los horarios nuevos en el puerto, dijo el capitán.</p></article></body></html>"
    )
    post = extract_source(STATUS, (answer(STATUS, page),))
    assert post.platform is Platform.WEB and "El ferry" in post.text
    assert post.language is None
    assert "not the words', which read as Spanish" in post.fields["declared language"]
    english = page.replace(
        post.text,
        "The ferry to the island is cancelled until Monday because of the storm, and residents can already "
        "check the new times at the harbour, said the captain.",
    )
    assert extract_source(STATUS, (answer(STATUS, english),)).language == "en"


def test_a_script_shell_read_for_want_of_the_api_has_no_language() -> None:
    # No words of the post: `<html lang="en">` is only the interface's.
    post = extract_source(STATUS, (answer(STATUS, asset("mastodon_status_page.html")),))
    assert (post.problem, post.language) == ("script-shell", None)


def test_a_post_with_no_api_answer_captured_is_read_from_its_page() -> None:
    post = extract_source(STATUS, (answer(STATUS, asset("mastodon_status_page.html")),))
    assert post.platform is Platform.WEB
    assert post.problem != "unavailable"
    assert "no status API answer was captured" in (post.unread or "")


def test_a_script_shell_read_for_want_of_the_api_says_why_the_api_was_not_read() -> None:
    api = answer(API, '{"error":"This API requires an authenticated user"}', status=401, json=True)
    post = extract_source(STATUS, (answer(STATUS, asset("mastodon_status_page.html")), api))
    # Not "deleted": the instance asks for sign-in, which says nothing of the post; `captured` says why.
    assert post.problem == "script-shell"
    assert "the status API answered HTTP 401 with no Mastodon status (the instance may ask for sign-in)" in (
        post.problem_detail or ""
    )


REMOTE = {"acct": "harbourwatch@other.example", "display_name": "Harbour Watch"}


def test_a_created_at_the_id_gainsays_is_not_the_posts_time() -> None:
    # The id says the instance had the status on 2023-02-16 21:29:55 UTC.
    # A local status's `created_at` years from it: neither is surely the time the post shows.
    local = _read(_status(created_at="2021-01-21T09:30:00.000Z"))
    assert local.published is None
    assert "created_at not the id's time" in local.fields
    # A remote server's `published` after the instance received the post: no time at all.
    remote = _read(_status(created_at="2023-03-01T09:30:00.000Z", account=REMOTE))
    assert remote.published is None


def test_a_remote_post_made_long_before_the_instance_fetched_it_keeps_its_time() -> None:
    remote = _read(_status(created_at="2021-01-21T09:30:00.000Z", account=REMOTE))
    assert (remote.published, remote.published_from) == (
        dt.datetime(2021, 1, 21, 9, 30, tzinfo=dt.UTC),
        "status created_at",
    )
    local = _read(_status(created_at="2023-02-16T21:29:54.000Z"))  # made as it was saved
    assert local.published_from == "status created_at"


def test_why_the_status_api_got_no_answer_is_said() -> None:
    captured = CapturedPage(
        url=STATUS,
        responses=(answer(STATUS, asset("mastodon_status_page.html")),),
        failures=((API, "skipped: mastodon.example answered HTTP 429"),),
    )
    post = MastodonExtractor().extract(captured)
    assert post.platform is Platform.WEB
    assert "no status API answer was captured (skipped: mastodon.example answered HTTP 429)" in (
        post.unread or ""
    )


def test_a_post_behind_a_shortener_is_read_from_its_status_api() -> None:
    short = "https://bit.ly/3xYzAbc"
    assert side_urls(STATUS) == (API,)  # asked for once the shortener has led to the post
    post = extract_source(
        short,
        (
            redirect(short, STATUS, 301),
            answer(STATUS, asset("mastodon_status_page.html")),
            answer(API, asset("mastodon_status.json"), json=True),
        ),
    )
    assert (post.platform, post.handle, post.fields["shortened link"]) == (
        Platform.MASTODON,
        "harbourwatch@mastodon.example",
        short,
    )


def test_a_post_read_from_its_origin_keeps_what_the_origin_left_unread_whether_or_not_the_copy_differs() -> (
    None
):
    post = SourcePost(
        platform=Platform.MASTODON, url="https://b.example/@bob/1", text="words", unread="its poll"
    )
    agreeing = _read_from_origin(post, [], "a.example", "b.example", {"copy": "kept"})
    assert agreeing.unread == "its poll", "a copy that agrees does not make the origin's unread part read"
    assert agreeing.fields["copy"] == "kept" and "copy differs" not in agreeing.fields
    differing = _read_from_origin(post, ["its words"], "a.example", "b.example", {})
    assert differing.unread is not None and differing.unread.startswith("its poll; a.example's copy differs")
    assert differing.fields["copy differs"].endswith("in its words: the post was read from b.example")


# An edited status and its edit history (`/api/v1/statuses/<id>/history`): its words as posted, then an edit.
FIRST_WORDS = "<p>The ferry to the island is cancelled until Monday.</p>"
EDITED_WORDS = "<p>The ferry to the island is cancelled until Monday. The harbour master has resigned.</p>"
POSTED_AT = "2023-02-16T21:29:55.000Z"
HISTORY = f"{API}/history"


def _version(content: str, created_at: str, acct: str = "harbourwatch") -> dict[str, Any]:
    account = {"id": "13179", "username": "harbourwatch", "acct": acct, "display_name": "Harbour Watch"}
    return {"content": content, "spoiler_text": "", "sensitive": False, "created_at": created_at,
            "account": account, "media_attachments": [], "emojis": []}  # fmt: skip


def _edited(edited_at: str, history: list[dict[str, Any]] | None) -> SourcePost:
    status = _status(content=EDITED_WORDS, edited_at=edited_at)
    captured = [
        answer(STATUS, asset("mastodon_status_page.html")),
        answer(API, json.dumps(status), json=True),
    ]
    if history is not None:
        captured.append(answer(HISTORY, json.dumps(history), json=True))
    return extract_source(STATUS, tuple(captured))


def test_words_an_edit_added_days_later_are_not_read_as_what_the_post_said_when_posted() -> None:
    # Read from the status alone (its words now) with its first `created_at`, words added three days later
    # passed `quote` (and `date`) as what the post said on 16 February.
    edited_at = "2023-02-19T10:00:00.000Z"
    history = [_version(FIRST_WORDS, POSTED_AT), _version(EDITED_WORDS, edited_at)]
    post = _edited(edited_at, history)
    assert (post.problem, post.edited) == (None, True)
    assert post.text == "The ferry to the island is cancelled until Monday."
    assert post.fields["later_versions"].endswith("The harbour master has resigned.")
    assert post.fields["later_versions_edited"] == "2023-02-19T10:00:00+00:00"
    status, detail = _quoted(post, "The harbour master has resigned.")
    assert status == "warn"
    edit = "in an edit of the post made after the day it was posted (2023-02-19T10:00:00+00:00)"
    assert edit in (detail or "")
    # What it said when posted, and still says, passes.
    assert _quoted(post, "The ferry to the island is cancelled until Monday.")[0] == "pass"


def test_an_edit_made_the_day_it_was_posted_is_its_words_as_published() -> None:
    # A typo fixed within minutes (the edit history's second version, ten minutes on): the words as they
    # stood that day are the edited ones, and a quote of them passes.
    edited_at = "2023-02-16T21:39:55.000Z"
    history = [_version(FIRST_WORDS, POSTED_AT), _version(EDITED_WORDS, edited_at)]
    post = _edited(edited_at, history)
    assert post.text.endswith("The harbour master has resigned.")
    assert "later_versions" not in post.fields
    assert post.fields["versions"] == f"2 in its edit history ({HISTORY})"
    assert _quoted(post, "The harbour master has resigned.")[0] == "pass"


def test_words_edited_away_the_day_a_post_was_posted_are_said_to_be_its_first_version_s() -> None:
    # Its words as first posted, rewritten two hours on: the history holds them, but they were dropped, and a
    # quote of them was "not found verbatim (a paraphrase?)".
    first = "<p>The harbour master confirms the ferry has run aground.</p>"
    edited_at = "2023-02-16T23:40:00.000Z"
    post = _edited(edited_at, [_version(first, POSTED_AT), _version(EDITED_WORDS, edited_at)])
    assert post.text.endswith("The harbour master has resigned.")
    assert post.fields["first_version_text"] == "The harbour master confirms the ferry has run aground."
    status, detail = _quoted(post, "confirms the ferry has run aground")
    assert status == "warn"
    assert (
        "in the post's first version (its words before the edit) (as posted at 2023-02-16T21:29:55+00:00, "
        "before its edit of 2023-02-16T23:40:00+00:00)" in (detail or "")
    )


@pytest.mark.parametrize(
    "history",
    [
        None,  # not captured: the status's words now, `edited`
        # Not this post's history: another first time, other words now, another account's versions.
        [
            _version(FIRST_WORDS, "2023-01-01T00:00:00.000Z"),
            _version(EDITED_WORDS, "2023-02-19T10:00:00.000Z"),
        ],
        [_version(FIRST_WORDS, POSTED_AT), _version("<p>Other words.</p>", "2023-02-19T10:00:00.000Z")],
        [
            _version(FIRST_WORDS, POSTED_AT, "mallory@evil.example"),
            _version(EDITED_WORDS, "2023-02-19T10:00:00.000Z", "mallory@evil.example"),
        ],
        {"error": "Record not found"},
    ],
)
def test_an_edit_history_that_is_not_the_posts_leaves_its_words_as_the_status_says(history: Any) -> None:
    post = _edited("2023-02-19T10:00:00.000Z", history)
    assert post.text.endswith("The harbour master has resigned.")
    assert post.edited is True
    assert "later_versions" not in post.fields


def test_an_edited_statuss_history_is_asked_once_the_status_has_answered(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def chosen(*responses: StoredResponse) -> list[str]:
        monkeypatch.setattr(reader, "read_responses", lambda stream: responses)
        chooser = mastodon_origin_follow_ups(STATUS)
        assert chooser is not None
        return [follow_up.url for follow_up in chooser(io.BytesIO())]

    page = answer(STATUS, asset("mastodon_status_page.html"))
    edited = answer(API, json.dumps(_status(edited_at="2023-02-19T10:00:00.000Z")), json=True)
    assert chosen(page, edited) == [HISTORY]
    assert chosen(page, answer(API, asset("mastodon_status.json"), json=True)) == []  # never edited
    assert chosen(page) == []  # the status has not answered yet


FRIENDICA_POST = "https://friendica.example/display/0b6b25a8-6566-0d9c-3c1f-2bd001000001"
FRIENDICA_COMMENT = "https://friendica.example/display/0b6b25a8-6566-0d9c-3c1f-2bd001000002"
_WAYBACK = "https://web.archive.org/web/20240403000000/"


def _friendica(url: str, page: str = "friendica_display_comment.html") -> SourcePost:
    return extract_source(url, (answer(url, asset(page)),))


def test_a_friendica_comments_link_is_read_as_the_comment_not_the_conversations_first_post() -> None:
    # Friendica's page of a comment shows its whole conversation, tagged with the first post's author, words
    # and time: read as a web page, the comment was Anna Berg's, dated and worded by her post.
    comment = _friendica(FRIENDICA_COMMENT)
    assert (comment.author, comment.handle) == ("Omar Khalil", "omar@friendica.example")
    assert comment.text == "The harbour master told me the ferry runs again on Sunday."
    assert comment.published is None and comment.title is None  # the first post's, not the comment's
    assert f"a comment in the conversation of {FRIENDICA_POST}" in (comment.unread or "")
    status, detail = _author_of(comment, "Anna Berg")
    assert status != "pass", detail


def test_a_friendica_posts_words_are_its_own_never_its_comments() -> None:
    post = _friendica(FRIENDICA_POST)
    assert (post.author, post.handle) == ("Anna Berg", "anna@friendica.example")
    assert post.text == "The ferry to the island is cancelled until Monday, the harbour master says."
    assert post.published == dt.datetime(2024, 4, 2, 8, 30, tzinfo=dt.UTC)


def test_a_friendica_page_without_the_cited_posts_element_names_no_author_of_it() -> None:
    markup = (
        asset("friendica_display_comment.html")
        .decode()
        .replace('id="item-0b6b25a8-6566-0d9c-3c1f-2bd001000002"', "")
    )
    post = extract_source(FRIENDICA_COMMENT, (answer(FRIENDICA_COMMENT, markup),))
    assert (post.author, post.published, post.text) == (None, None, "")
    assert "whose post its tags are" in (post.unread or "")


def test_a_display_link_on_a_site_friendica_did_not_make_is_read_as_a_web_page() -> None:
    markup = (
        asset("friendica_display_comment.html").decode().replace("Friendica 'Yellow Archangel'", "WordPress")
    )
    post = extract_source(FRIENDICA_COMMENT, (answer(FRIENDICA_COMMENT, markup),))
    assert post == WebExtractor().extract(
        CapturedPage(url=FRIENDICA_COMMENT, responses=(answer(FRIENDICA_COMMENT, markup),))
    )


@pytest.mark.parametrize(
    ("memento", "prefix", "attribute"),
    [
        # The Wayback Machine writes its links, and its tags' links, to its own copies of the pages named.
        (f"https://web.archive.org/web/20240403000000/{FRIENDICA_COMMENT}", _WAYBACK, '"'),
        (f"https://web.archive.org/web/20240403000000/{FRIENDICA_COMMENT}", "/web/20240403000000/", 'href="'),
        # archive.today's links out of its copy to the live web.
        ("https://archive.ph/Xy7Qa", "https://archive.ph/o/Xy7Qa/", 'href="'),
    ],
    ids=["wayback-links-and-tags", "wayback-links-from-its-root", "archive-today"],
)
def test_an_archived_copy_of_a_friendica_comment_is_read_through_the_links_the_archive_wrote(
    memento: str, prefix: str, attribute: str
) -> None:
    # Read as written, the author's profile link was the archive's: the comment had no handle; and with the
    # tags' links the archive's, the page was no conversation of another post: the comment was dated by its
    # first post's time.
    markup = (
        asset("friendica_display_comment.html")
        .decode()
        .replace(f"{attribute}https://friendica.example/", f"{attribute}{prefix}https://friendica.example/")
    )
    assert f"{prefix}https://friendica.example/profile/omar" in markup
    comment = extract_source(FRIENDICA_COMMENT, (answer(memento, markup),), start=memento)
    assert (comment.author, comment.handle) == ("Omar Khalil", "omar@friendica.example")
    assert comment.text == "The harbour master told me the ferry runs again on Sunday."
    assert comment.published is None
    assert f"a comment in the conversation of {FRIENDICA_POST}" in (comment.unread or "")


_SHARED = (
    '<div class="shared-wrapper"><div class="shared_header"><div>'
    '<a href="https://other.example/profile/rumours" class="shared-wall-item-name">'
    '<span class="shared-author">Rumour Mill</span></a></div></div>'
    '<blockquote class="shared_content">The bridge at Kherson was destroyed overnight.'
    '<div class="shared-wrapper"><span class="shared-author">Deep Source</span>'
    '<blockquote class="shared_content">Heard it here.</blockquote></div></blockquote></div>'
)


@pytest.mark.parametrize("comment", ["", "Is this true? "])
def test_a_friendica_posts_reshare_is_kept_apart_from_its_own_words(comment: str) -> None:
    # Read whole, the post it shares was the resharer's words.
    markup = (
        asset("friendica_display_comment.html")
        .decode()
        .replace(
            "The ferry to the island is cancelled until Monday, the harbour master says.</div>",
            f"{comment}{_SHARED}</div>",
        )
    )
    post = extract_source(FRIENDICA_POST, (answer(FRIENDICA_POST, markup),))
    assert post.author == "Anna Berg" and post.text == comment.strip()
    assert "Kherson" in post.fields["quoted_post"] and "Heard it here." in post.fields["quoted_post"]
    assert post.fields["quoted_post_author"] == "Rumour Mill, Deep Source"
    if comment:
        assert "forwarded_from" not in post.fields
    else:
        assert post.fields["forwarded_from"] == "Rumour Mill, Deep Source"
        assert _author_of(post, "Anna Berg")[0] == "warn"


def test_a_friendica_posts_activitypub_id_is_read_at_the_page_it_sends_its_reader_to() -> None:
    # Friendica sends a page's reader of `/objects/<guid>` on to `/display/<guid>`: read as a web page there,
    # a comment was the conversation's first poster's.
    cited = "https://friendica.example/objects/0b6b25a8-6566-0d9c-3c1f-2bd001000002"
    post = extract_source(
        cited,
        (
            redirect(cited, FRIENDICA_COMMENT),
            answer(FRIENDICA_COMMENT, asset("friendica_display_comment.html")),
        ),
    )
    assert (post.author, post.published) == ("Omar Khalil", None)
    assert post.text == "The harbour master told me the ferry runs again on Sunday."
    assert post.fields["ActivityPub id"] == cited


UKRAINIAN = "<p>Пором на острів скасовано до понеділка. Деталі: https://port.example/notice</p>"


def test_a_declared_language_the_words_plainly_gainsay_is_not_the_post_s() -> None:
    # Mastodon's `language` is what the posting app sets, most often its own default: a Ukrainian status
    # declared `en` was said to be in English in the ledger and the view.
    post = _read(_status(content=UKRAINIAN, language="en"))
    assert post.language is None
    assert post.fields["declared language"].startswith("en: declared by the posting app")
    assert "Cyrillic script" in post.fields["declared language"]


SPANISH = (
    "<p>El ferry a la isla queda suspendido hasta el lunes por el temporal, y los vecinos ya pueden "
    "consultar los horarios nuevos en el puerto.</p>"
)
POLISH = (
    "<p>Prom na wyspę został odwołany do poniedziałku, bo sztorm jest zbyt silny, ale już można "
    "sprawdzić nowy rozkład w porcie.</p>"
)


@pytest.mark.parametrize(("content", "words"), [(SPANISH, "Spanish"), (POLISH, "Polish")])
def test_a_latin_script_post_declared_in_another_latin_language_is_not_said_to_be_in_it(
    content: str, words: str
) -> None:
    # Both in Latin letters, the script told nothing: a Spanish or Polish status its app declared `en` (its
    # default setting) was said to be in English in the ledger and the view.
    post = _read(_status(content=content, language="en"))
    assert post.language is None
    assert post.fields["declared language"] == (
        f"en: declared by the posting app (most often its own default setting), not the words', which read "
        f"as {words}"
    )


def test_a_latin_script_post_declared_in_its_own_language_keeps_it() -> None:
    assert _read(_status(content=SPANISH, language="es")).language == "es"


@pytest.mark.parametrize(
    ("content", "language"),
    [
        (UKRAINIAN, "uk"),  # declared as its words are
        ("<p>Der Fährverkehr zur Insel ist bis Montag eingestellt.</p>", "en"),  # one script: not told
        ("<p>Київ 🇺🇦 #news</p>", "en"),  # too few letters to say
        ("<p>Пором скасовано до понеділка.</p>", "xx"),  # a language no script is known for
        # Styled letters (`MATHEMATICAL BOLD …`, fullwidth) spell the words of the language they write.
        (
            "<p>\U0001d413\U0001d421\U0001d41e \U0001d41f\U0001d41e\U0001d42b\U0001d42b\U0001d432 "
            "\U0001d422\U0001d42c \U0001d41c\U0001d41a\U0001d427\U0001d41c\U0001d41e\U0001d425\U0001d425"
            "\U0001d41e\U0001d41d \uff54\uff4f\uff44\uff41\uff59</p>",
            "en",
        ),
    ],
)
def test_a_declared_language_the_words_do_not_plainly_gainsay_is_kept(content: str, language: str) -> None:
    post = _read(_status(content=content, language=language))
    assert post.language == language
    assert "declared language" not in post.fields


@pytest.mark.parametrize(("status", "problem"), [(429, "challenge"), (401, "script-shell")])
def test_a_status_api_refusing_too_many_requests_beside_a_script_app_is_a_refusal(
    status: int, problem: str
) -> None:
    # HTTP 429 (an instance's limit on readers not signed in): the footnote failed as a script shell, which
    # told no one that a later capture may read the post.
    refusal = '{"error": "Too many requests"}' if status == 429 else asset("mastodon_sign_in_required.json")
    post = extract_source(
        STATUS,
        (
            answer(STATUS, asset("mastodon_status_page.html")),
            answer(API, refusal, status=status, json=True),
        ),
    )
    assert post.problem == problem
    assert ("the platform refused this client for now" in (post.problem_detail or "")) is (status == 429)
