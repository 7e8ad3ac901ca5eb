"""Reddit's server-rendered page (old.reddit.com), read where Reddit's JSON is refused to a client not signed
in, or cited itself: the cited thing (`data-fullname`) alone, as carefully as the JSON."""

from __future__ import annotations

import datetime as dt
import html
import io
import json
from collections.abc import Sequence

import pytest

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.citations import parse_citation
from provenance.extractors import extract_source
from provenance.models import Footnote, SourcePost
from provenance.side_urls import old_reddit_url, reddit_json_url, reddit_page_follow_ups
from provenance.warc import reader
from provenance.warc.reader import StoredResponse
from tests.extractors.support import answer, asset

POST = "https://www.reddit.com/r/kherson/comments/1b5xyz9/bridge_closed_tonight/"
COMMENT = f"{POST}kt1abcd/"
PAGE = asset("old_reddit_comment_page.html").decode()


def _read(cited: str, page: str = PAGE, json_status: int = 403, old_status: int = 200) -> SourcePost:
    return extract_source(
        cited,
        (
            answer(cited, asset("reddit_post_shell.html")),
            answer(reddit_json_url(cited) or "", asset("reddit_blocked.html"), status=json_status),
            answer(old_reddit_url(cited) or "", page, status=old_status),
        ),
    )


def test_a_post_whose_json_is_refused_is_read_from_old_reddits_page() -> None:
    post = _read(POST)
    assert post.problem is None, post.problem_detail
    assert (post.author, post.handle, post.author_id, post.post_id) == (
        "u/harbour_watch",
        "harbour_watch",
        "t2_9xk2m",
        "1b5xyz9",
    )
    assert post.title == "Bridge closed tonight"
    assert post.text == "We are closing the bridge tonight."
    assert post.fields["quoted_post"] == "Stay off the river road."
    assert post.published == dt.datetime(2024, 3, 3, 8, 15, tzinfo=dt.UTC)
    assert "old.reddit.com" in post.fields["read from"]


def test_a_comment_is_read_as_its_own_words_never_the_posts_its_quote_or_its_replys() -> None:
    comment = _read(COMMENT)
    assert comment.problem is None
    assert (comment.author, comment.post_id, comment.title) == ("u/river_pilot", "kt1abcd", None)
    assert comment.text == "The ferry at the old pier still runs at 6 am."
    assert comment.fields["quoted_post"] == "We are closing the bridge tonight."
    assert comment.fields["post title"] == "Bridge closed tonight"
    assert comment.published == dt.datetime(2024, 3, 3, 9, 40, tzinfo=dt.UTC)
    assert comment.edited


@pytest.mark.parametrize(
    "page",
    [
        PAGE.replace("t3_1b5xyz9", "t3_1b5other"),  # another post's page
        PAGE.replace("t1_kt1abcd", "t1_kt1other"),  # the thread without the cited comment
        asset("reddit_blocked.html").decode(),  # a bot check
    ],
)
def test_a_page_not_showing_the_cited_thing_is_not_read_and_the_refusal_still_says_nothing(page: str) -> None:
    cited = COMMENT if "kt1other" in page else POST
    read = _read(cited, page)
    assert read.problem == "challenge"
    assert "deleted" not in (read.problem_detail or "")


@pytest.mark.parametrize(("said", "who"), [("[deleted]", "by its author"), ("[removed]", "by moderators")])
def test_a_comment_old_reddit_shows_deleted_or_removed_is_unavailable(said: str, who: str) -> None:
    page = PAGE.replace("<p>The ferry at the old pier still runs at 6 am.</p>", f"<p>{said}</p>").replace(
        "<blockquote>\n<p>We are closing the bridge tonight.</p>\n</blockquote>", ""
    )
    comment = _read(COMMENT, page)
    assert comment.problem == "unavailable"
    assert f"shows the comment as {said}: deleted {who}" in (comment.problem_detail or "")


def test_a_comment_old_reddit_shows_removed_by_reddit_is_unavailable() -> None:
    page = PAGE.replace(
        "<p>The ferry at the old pier still runs at 6 am.</p>", "<p>[ Removed by Reddit ]</p>"
    ).replace("<blockquote>\n<p>We are closing the bridge tonight.</p>\n</blockquote>", "")
    comment = _read(COMMENT, page)
    assert comment.problem == "unavailable"
    assert "shows the comment as [ Removed by Reddit ]" in (comment.problem_detail or "")


def test_an_account_deleted_since_keeps_its_words_with_no_author() -> None:
    comment = _read(COMMENT, PAGE.replace('data-author="river_pilot"', 'data-author="[deleted]"'))
    assert comment.problem is None and comment.author is None
    assert comment.text == "The ferry at the old pier still runs at 6 am."


def test_markup_in_the_words_is_data_and_what_is_hidden_is_no_words() -> None:
    page = PAGE.replace(
        "<p>The ferry at the old pier still runs at 6 am.</p>",
        "<p>Use &lt;b&gt;caution&lt;/b&gt; at the pier.<span hidden>The bridge reopens.</span></p>",
    )
    comment = _read(COMMENT, page)
    assert comment.text == "Use <b>caution</b> at the pier."


def test_an_old_reddit_link_cited_is_read_from_its_own_page_without_the_json() -> None:
    cited = "https://old.reddit.com/r/kherson/comments/1b5xyz9/bridge_closed_tonight/"
    post = extract_source(cited, (answer(cited, PAGE),))
    assert post.problem is None and post.text == "We are closing the bridge tonight."
    assert post.author == "u/harbour_watch"


def test_a_json_that_answers_is_read_before_old_reddits_page() -> None:
    post = extract_source(
        POST,
        (
            answer(POST, asset("reddit_post_shell.html")),
            answer(reddit_json_url(POST) or "", asset("reddit_post.json"), json=True),
            answer(old_reddit_url(POST) or "", PAGE.replace("We are closing", "We are opening")),
        ),
    )
    assert post.text == "We are closing the bridge tonight."
    assert "read from" not in post.fields


def _chosen(url: str, responses: Sequence[StoredResponse], monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setattr(reader, "read_responses", lambda stream: tuple(responses))
    chooser = reddit_page_follow_ups(url)
    assert chooser is not None
    return [follow_up.url for follow_up in chooser(io.BytesIO())]


@pytest.mark.parametrize(
    ("status", "asked"), [(403, True), (429, True), (503, True), (200, False), (404, False)]
)
def test_old_reddits_page_is_asked_for_only_when_the_json_is_refused(
    status: int, asked: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    refused = answer(reddit_json_url(COMMENT) or "", b"blocked", status=status)
    chosen = _chosen(COMMENT, (answer(COMMENT, b""), refused), monkeypatch)
    assert chosen == (["https://old.reddit.com/comments/1b5xyz9/_/kt1abcd/"] if asked else [])


def test_old_reddits_page_is_asked_for_a_comment_the_json_did_not_send(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Reddit's "load more comments" where the cited comment should be: its page may show it.
    listings = json.loads(asset("reddit_comment_post_only.json"))
    listings[1]["data"]["children"] = [{"kind": "more", "data": {"id": "kt1abcd", "children": ["kt1abcd"]}}]
    unsent = answer(reddit_json_url(COMMENT) or "", json.dumps(listings), json=True)
    chosen = _chosen(COMMENT, (answer(COMMENT, b""), unsent), monkeypatch)
    assert chosen == ["https://old.reddit.com/comments/1b5xyz9/_/kt1abcd/"]
    sent = answer(reddit_json_url(COMMENT) or "", asset("reddit_comment.json"), json=True)
    assert _chosen(COMMENT, (answer(COMMENT, b""), sent), monkeypatch) == []
    read = extract_source(COMMENT, (answer(COMMENT, b""), unsent, answer(chosen[0], PAGE)))
    assert read.problem is None and read.text == "The ferry at the old pier still runs at 6 am."


def test_no_page_is_asked_before_the_json_has_answered_nor_for_a_link_off_reddit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert _chosen(POST, (answer(POST, b""),), monkeypatch) == []
    assert reddit_page_follow_ups("https://example.org/comments/1b5xyz9/") is None


def test_a_crossposts_entry_shows_the_originals_words_which_are_not_the_crossposters() -> None:
    page = PAGE.replace(
        '<div class="expando"><form', '<div class="expando"><div class="crosspost-preview"><form', 1
    )
    post = _read(POST, page)
    assert post.problem is None and post.text == ""
    assert post.title == "Bridge closed tonight"  # the crossposter's own title
    assert "not the crossposter's" in post.fields["crosspost"]


def test_a_crossposts_original_poster_is_named_as_whose_words_it_shows() -> None:
    page = PAGE.replace(
        'data-fullname="t3_1b5xyz9"', 'data-fullname="t3_1b5xyz9" data-crosspost-root-author="river_pilot"', 1
    ).replace('<div class="expando"><form', '<div class="expando"><div class="crosspost-preview"><form', 1)
    post = _read(POST, page)
    assert (post.problem, post.text, post.author) == (None, "", "u/harbour_watch")
    assert post.fields["forwarded_from"] == "u/river_pilot"


def test_a_crossposts_preview_box_names_the_original_poster_community_and_post() -> None:
    # Old Reddit's crosspost shows the original in a box whose tagline links its author and community: read
    # without them, a page giving no root author named the crossposter alone, and a note crediting the words
    # to their author failed `author`.
    preview = (
        '<div class="expando"><div class="crosspost-preview"><div class="crosspost-preview-header">'
        '<a class="crosspost-preview-title" href="/r/mykolaiv/comments/1a0orig/bridge_closed_tonight/">'
        'Bridge closed tonight</a><span class="crosspost-preview-tagline">submitted by '
        '<a href="/user/river_pilot">'
        'u/river_pilot</a> to <a href="/r/mykolaiv/">r/mykolaiv</a></span></div><form'
    )
    post = _read(POST, PAGE.replace('<div class="expando"><form', preview, 1))
    assert (post.problem, post.text, post.author) == (None, "", "u/harbour_watch")
    assert post.fields["forwarded_from"] == "u/river_pilot"
    assert post.fields["forwarded_from_url"] == (
        "https://www.reddit.com/r/mykolaiv/comments/1a0orig/bridge_closed_tonight/"
    )
    # The original's words, kept apart as whose they are.
    assert post.fields["quoted_post"] == "We are closing the bridge tonight.\nStay off the river road."
    assert post.fields["quoted_post_author"] == "u/river_pilot"
    assert (post.fields["subreddit"], post.fields["original subreddit"]) == ("kherson", "r/mykolaiv")


def test_a_crosspost_whose_original_shows_deleted_in_its_box_is_still_the_crosspost() -> None:
    # The box shows the original's words as `[deleted]`: read as the crosspost's own, the crosspost, still
    # standing, was called deleted by its author.
    page = PAGE.replace(
        '<div class="expando"><form', '<div class="expando"><div class="crosspost-preview"><form', 1
    ).replace(
        "We are closing the bridge <em>tonight</em>.</p>\n\n<blockquote>\n<p>Stay off the river road.",
        "[deleted]",
        1,
    )
    assert "[deleted]" in page
    post = _read(POST, page)
    assert (post.problem, post.text, post.author) == (None, "", "u/harbour_watch")


_POST_WORDS = (
    '<div class="md"><p>We are closing the bridge <em>tonight</em>.</p>\n\n<blockquote>\n'
    "<p>Stay off the river road.</p>\n</blockquote>\n</div>\n"
)


def test_a_post_removed_by_moderators_shows_removed_outside_its_words_and_is_unavailable() -> None:
    # Reddit's page keeps a removed post's title, author and time for a reader who is no moderator, and writes
    # `<em>[removed]</em>` where its words' `div.md` was: read as a post with no words, it passed its title,
    # author and date.
    assert _POST_WORDS in PAGE
    post = _read(POST, PAGE.replace(_POST_WORDS, "<em>[removed]</em>&#32;"))
    assert post.problem == "unavailable"
    assert "shows the post as [removed]: deleted by moderators or Reddit" in (post.problem_detail or "")
    assert (post.title, post.author, post.published) == (None, None, None)
    assert post.fields["title"] == "Bridge closed tonight"


def test_a_link_post_reddit_removed_shows_its_notice_as_its_title_and_is_unavailable() -> None:
    # A link post has no words: Reddit's notice in its title's place was its only sign, and its author and
    # time passed.
    page = PAGE.replace(PAGE[PAGE.index('<div class="expando">') : PAGE.index("</form></div>") + 13], "")
    post = _read(POST, page.replace(">Bridge closed tonight</a>", ">[ Removed by Reddit ]</a>"))
    assert post.problem == "unavailable"
    assert "shows the post as [ Removed by Reddit ]" in (post.problem_detail or "")
    assert (post.author, post.published) == (None, None)


def test_a_post_whose_page_shows_no_words_box_is_still_read_by_its_title() -> None:
    # A link post has no words' box at all: its title, author and time are the page's to read.
    page = PAGE.replace(PAGE[PAGE.index('<div class="expando">') : PAGE.index("</form></div>") + 13], "")
    post = _read(POST, page)
    assert post.problem is None
    assert (post.title, post.author, post.text) == ("Bridge closed tonight", "u/harbour_watch", "")


@pytest.mark.parametrize(("cited", "read"), [(POST, True), (COMMENT, True), (f"{POST}zz9zz9z/", False)])
def test_a_wayback_copy_of_a_posts_page_in_old_reddits_markup_is_read_as_the_cited_thing_alone(
    cited: str, read: bool
) -> None:
    # No archive keeps Reddit's JSON beside the page: the copy, in old.reddit's markup, was never read, and a
    # deleted post's copy could not stand in for it. A comment the copy does not show is still not read.
    memento = f"https://web.archive.org/web/20240304000000/{cited}"
    post = extract_source(cited, (answer(memento, PAGE),), start=memento)
    if read:
        assert post.problem is None, post.problem_detail
        assert post.author == ("u/harbour_watch" if cited == POST else "u/river_pilot")
    else:
        assert post.problem == "script-shell" and post.text == "" and post.author is None


NEW_POST = "https://www.reddit.com/r/ukraine/comments/abc123/bridge_is_open/"


def _new_reddit_page(post_id: str = "t3_abc123", body: str = "", **attributes: str) -> str:
    """A Wayback copy of new Reddit's page of a post, as Reddit served it to the archive's crawler: the post
    in its `shreddit-post`, a comment under it in its `shreddit-comment`."""
    given = {
        "post-title": "Bridge is open",
        "author": "kyiv_mod",
        "created-timestamp": "2022-01-21T09:00:00.123000+0000",
        "subreddit-prefixed-name": "r/ukraine",
        "permalink": "/r/ukraine/comments/abc123/bridge_is_open/",
        **attributes,
    }
    shown = " ".join(f'{name}="{value}"' for name, value in given.items())
    words = (
        body
        or "<p>The council reopened the bridge this morning.</p><blockquote><p>Is it open?</p></blockquote>"
    )
    return (
        "<html><head><title>Bridge is open : r/ukraine</title></head><body><shreddit-app>"
        f"<shreddit-post id='{post_id}' {shown}><h1 slot='title'>Bridge is open</h1>"
        f"<div slot='text-body'><div class='md'>{words}</div></div></shreddit-post>"
        "<shreddit-comment-tree><shreddit-comment author='troll' created='2022-01-19T10:00:00.000000+0000' "
        "thingid='t1_xyz789'><div slot='comment'><p>The troops crossed the river at dawn.</p></div>"
        "</shreddit-comment></shreddit-comment-tree></shreddit-app></body></html>"
    )


def test_a_wayback_copy_of_new_reddits_page_of_a_post_is_read_from_its_shreddit_post_alone() -> None:
    # The archive kept new Reddit's page before its scripts ran: read for Reddit's JSON, which no archive
    # keeps, the copy was a script shell, and a post since deleted had no copy to stand in for it.
    memento = f"https://web.archive.org/web/20220121093018/{NEW_POST}"
    post = extract_source(NEW_POST, (answer(memento, _new_reddit_page()),), start=memento)
    assert post.problem is None, post.problem_detail
    assert (post.title, post.author, post.handle, post.text) == (
        "Bridge is open",
        "u/kyiv_mod",
        "kyiv_mod",
        "The council reopened the bridge this morning.",
    )
    assert post.published == dt.datetime(2022, 1, 21, 9, 0, 0, 123000, tzinfo=dt.UTC)
    assert post.fields["quoted_post"] == "Is it open?"


@pytest.mark.parametrize(
    ("page", "why"),
    [
        (_new_reddit_page(post_id="t3_zzz999"), "another post's page"),
        (_new_reddit_page(**{"post-type": "crosspost"}), "a crosspost: the original poster's words"),
    ],
)
def test_new_reddits_page_of_another_post_or_a_crosspost_gives_none_of_its_words_as_the_cited_posts(
    page: str, why: str
) -> None:
    memento = f"https://web.archive.org/web/20220121093018/{NEW_POST}"
    post = extract_source(NEW_POST, (answer(memento, page),), start=memento)
    assert post.text == "", why
    assert "troops" not in post.text


CROSSPOSTED = "https://www.reddit.com/r/worldnews/comments/def456/bridge_is_open/"


def _new_reddit_crosspost(original: str) -> str:
    """A Wayback copy of new Reddit's page of a crosspost: relay_bot's post in r/worldnews showing kyiv_mod's
    post of r/ukraine (`original`: its markup inside the crosspost)."""
    return (
        "<html><head><title>Bridge is open : r/worldnews</title></head><body><shreddit-app>"
        "<shreddit-post id='t3_def456' post-type='crosspost' author='relay_bot' post-title='Bridge is open' "
        "subreddit-prefixed-name='r/worldnews' created-timestamp='2022-01-21T11:00:00.000000+0000' "
        "permalink='/r/worldnews/comments/def456/bridge_is_open/'><h1 slot='title'>Bridge is open</h1>"
        f"{original}</shreddit-post></shreddit-app></body></html>"
    )


_ORIGINAL_POST = (
    "<div slot='post-media-container'><shreddit-post id='t3_abc123' author='kyiv_mod' "
    "post-title='Bridge is open' subreddit-prefixed-name='r/ukraine' "
    "created-timestamp='2022-01-21T09:00:00.123000+0000' "
    "permalink='/r/ukraine/comments/abc123/bridge_is_open/'>"
    "<div slot='text-body'><div class='md'><p>The council reopened the bridge this morning.</p></div></div>"
    "</shreddit-post></div>"
)
_ORIGINAL_BOX = (
    "<div slot='crosspost'><a href='https://example.org/u/someone/r/x'>example.org</a> "
    "<a href='/r/ukraine/'>r/ukraine</a> <a href='/user/kyiv_mod/'>u/kyiv_mod</a> "
    "<a href='https://www.reddit.com/r/ukraine/comments/abc123/bridge_is_open/'>Bridge is open</a></div>"
)


@pytest.mark.parametrize("original", [_ORIGINAL_POST, _ORIGINAL_BOX], ids=["its-own-post", "its-box-links"])
def test_a_copy_of_new_reddits_crosspost_names_the_original_poster_and_community_apart_from_the_crossposter(
    original: str,
) -> None:
    # Read before, only the crossposter was named: a note crediting the words to kyiv_mod, who wrote them in
    # r/ukraine, failed `author` ("the source shows u/relay_bot"), and one crediting them to relay_bot was not
    # told they are another's.
    for memento in (f"https://web.archive.org/web/20220121113018/{CROSSPOSTED}", "https://archive.ph/Xk2Pq"):
        _assert_names_the_original_apart(
            extract_source(CROSSPOSTED, (answer(memento, _new_reddit_crosspost(original)),), start=memento)
        )


@pytest.mark.parametrize(
    ("memento", "through"),
    [
        # archive.today writes each link of its copy as its own link out to the live web.
        ("https://archive.ph/Xk2Pq", "https://archive.ph/o/Xk2Pq/"),
        # The Wayback Machine writes each as its copy of the page linked.
        (
            f"https://web.archive.org/web/20220121113018/{CROSSPOSTED}",
            "https://web.archive.org/web/20220121113018/",
        ),
    ],
    ids=["archive.today", "wayback"],
)
def test_a_copy_of_new_reddits_crosspost_names_the_original_poster_through_the_archives_links(
    memento: str, through: str
) -> None:
    # The box's links, as the archive wrote them, were read as links off Reddit (a link post's page): the
    # copy named the crossposter alone, and a note crediting the words to their author failed `author`.
    box = _ORIGINAL_BOX.replace("href='/r/ukraine/'", f"href='{through}https://www.reddit.com/r/ukraine/'")
    box = box.replace("href='/user/kyiv_mod/'", f"href='{through}https://www.reddit.com/user/kyiv_mod/'")
    box = box.replace(
        "href='https://www.reddit.com/r/ukraine/comments",
        f"href='{through}https://www.reddit.com/r/ukraine/comments",
    )
    assert box.count(through) == 3
    _assert_names_the_original_apart(
        extract_source(CROSSPOSTED, (answer(memento, _new_reddit_crosspost(box)),), start=memento)
    )


def test_a_copy_of_old_reddits_crosspost_names_the_original_poster_through_wayback_links() -> None:
    stamp = "https://web.archive.org/web/20240304000000/https://old.reddit.com"
    preview = (
        '<div class="expando"><div class="crosspost-preview"><div class="crosspost-preview-header">'
        f'<a class="crosspost-preview-title" href="{stamp}/r/mykolaiv/comments/1a0orig/bridge_closed/">'
        'Bridge closed tonight</a><span class="crosspost-preview-tagline">submitted by '
        f'<a href="{stamp}/user/river_pilot">u/river_pilot</a> to '
        f'<a href="{stamp}/r/mykolaiv/">r/mykolaiv</a>'
        "</span></div><form"
    )
    memento = f"https://web.archive.org/web/20240304000000/{POST}"
    page = PAGE.replace('<div class="expando"><form', preview, 1)
    post = extract_source(POST, (answer(memento, page),), start=memento)
    assert (post.problem, post.author) == (None, "u/harbour_watch")
    assert post.fields["forwarded_from"] == "u/river_pilot"
    assert (
        post.fields["forwarded_from_url"]
        == "https://www.reddit.com/r/mykolaiv/comments/1a0orig/bridge_closed/"
    )
    assert post.fields["original subreddit"] == "r/mykolaiv"


def _assert_names_the_original_apart(post: SourcePost) -> None:
    assert (post.problem, post.author, post.text) == (None, "u/relay_bot", "")
    assert post.fields["subreddit"] == "r/worldnews"
    assert post.fields["original subreddit"] == "r/ukraine"
    assert post.fields["forwarded_from"] == "u/kyiv_mod"
    assert (
        post.fields["forwarded_from_url"]
        == "https://www.reddit.com/r/ukraine/comments/abc123/bridge_is_open/"
    )
    footnote = Footnote(
        label="1",
        text=f'u/kyiv_mod, "Bridge is open", Reddit, 21 January 2022, {CROSSPOSTED}',
        line=3,
        urls=(CROSSPOSTED,),
    )
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, source=post, outcome=None
    )
    author = check_author(given)
    assert author.status == "warn" and "u/kyiv_mod" in (author.detail or "")


def test_a_copy_of_new_reddits_crosspost_keeps_the_original_s_words_apart_as_quoted() -> None:
    memento = f"https://web.archive.org/web/20220121113018/{CROSSPOSTED}"
    post = extract_source(
        CROSSPOSTED, (answer(memento, _new_reddit_crosspost(_ORIGINAL_POST)),), start=memento
    )
    assert post.text == ""
    assert post.fields["quoted_post"] == "Bridge is open The council reopened the bridge this morning."
    assert post.fields["quoted_post_author"] == "u/kyiv_mod"


def test_a_copy_of_new_reddits_crosspost_whose_original_was_deleted_is_still_the_crosspost() -> None:
    # The original's words box, inside the crosspost, says `[deleted]`: read as the crosspost's own words,
    # the crosspost, still standing, was called deleted by its author.
    memento = f"https://web.archive.org/web/20220121113018/{CROSSPOSTED}"
    deleted = _ORIGINAL_POST.replace("The council reopened the bridge this morning.", "[deleted]")
    post = extract_source(CROSSPOSTED, (answer(memento, _new_reddit_crosspost(deleted)),), start=memento)
    assert (post.problem, post.author, post.text) == (None, "u/relay_bot", "")
    assert post.fields["forwarded_from"] == "u/kyiv_mod"
    assert post.fields["quoted_post"] == "Bridge is open"  # its title, never `[deleted]` as its words


def test_a_comments_link_on_a_copy_of_new_reddits_page_is_not_read_as_the_post() -> None:
    comment = f"{NEW_POST}xyz789/"
    memento = f"https://web.archive.org/web/20220121093018/{comment}"
    post = extract_source(comment, (answer(memento, _new_reddit_page()),), start=memento)
    assert post.problem == "script-shell" and post.text == "" and post.author is None


def test_a_post_new_reddit_shows_deleted_by_its_user_is_unavailable() -> None:
    memento = f"https://web.archive.org/web/20220121093018/{NEW_POST}"
    page = _new_reddit_page(
        body="<p>[deleted]</p>", author="[deleted]", **{"post-title": "[deleted by user]"}
    )
    post = extract_source(NEW_POST, (answer(memento, page),), start=memento)
    assert post.problem == "unavailable"
    assert post.problem_detail is not None and "shows the post as [deleted]: deleted by its author" in (
        post.problem_detail
    )


_OLD_CAPTION = "Water over the river road at the bus station, 7:40"


def _old_reddit_gallery() -> str:
    """old.reddit.com's page of the post made a gallery: its expando shows the images' tiles and the preview
    each opens, each with its caption, in place of its words."""
    start = PAGE.index('<div class="expando">')
    end = PAGE.index("</form></div>", start) + len("</form></div>")
    tiles = "".join(
        f'<div class="gallery-tile" data-media-id="m{n}">'
        '<div class="media-preview-content gallery-tile-content">'
        f'<a href="https://preview.redd.it/m{n}.jpg" class="gallery-item-thumbnail-link">'
        f'<img class="preview" src="https://preview.redd.it/m{n}.jpg"></a></div>'
        + (f'<div class="gallery-item-caption">{caption}</div>' if caption else "")
        + "</div>"
        for n, caption in enumerate((_OLD_CAPTION, "", "The ferry pier is closed until the water goes down"))
    )
    previews = (
        '<div class="gallery-preview" data-media-id="m0" hidden><div class="gallery-navigation">1 of 3</div>'
        f'<div class="gallery-item-caption">{_OLD_CAPTION}</div></div>'
    )
    gallery = (
        '<div class="expando"><div class="media-gallery">'
        f'<div class="gallery-tiles">{tiles}</div>{previews}</div></div>'
    )
    return PAGE[:start] + gallery + PAGE[end:]


def test_a_gallery_posts_captions_on_old_reddits_page_are_its_words() -> None:
    # A gallery post's words are under its pictures: a note quoting a caption warned "not found".
    post = _read(POST, page=_old_reddit_gallery())
    assert post.problem is None, post.problem_detail
    assert post.author == "u/harbour_watch"
    assert post.text == f"{_OLD_CAPTION}\nThe ferry pier is closed until the water goes down"
    assert "midnight" not in post.text and "old pier" not in post.text  # the comments' words


def test_a_collapsed_gallerys_captions_on_old_reddits_page_are_read_from_its_cached_markup() -> None:
    # Collapsed, old Reddit keeps the gallery's markup in its expando's `data-cachedhtml` until a reader opens
    # it: the captions were not read, and a note quoting one warned "not found" on the post's own words.
    opened = _old_reddit_gallery()
    start = opened.index('<div class="expando">')
    inner_start = start + len('<div class="expando">')
    end = opened.index("</div></div>", opened.index('class="gallery-preview"')) + len("</div>")
    cached = html.escape(opened[inner_start:end], quote=True)
    collapsed = (
        opened[:start]
        + f'<div class="expando expando-uninitialized" style="display: none" data-cachedhtml="{cached}">'
        + "<span class='error'>loading...</span></div>"
        + opened[end + len("</div>") :]
    )
    assert "gallery-item-caption" not in collapsed.replace(cached, "")  # only in the attribute
    post = _read(POST, page=collapsed)
    assert post.problem is None, post.problem_detail
    assert post.text == f"{_OLD_CAPTION}\nThe ferry pier is closed until the water goes down"
    assert "midnight" not in post.text and "old pier" not in post.text  # the comments' words


def test_a_crafted_cached_gallery_neither_stalls_nor_breaks_the_pages_reading() -> None:
    # 100 kB of nested `<div>` in the attribute: parsed as deep as a browser nests, never quadratically.
    crafted = html.escape("<div>" * 50_000 + '<div class="gallery-tile"><div class="gallery-item-caption">x')
    start = PAGE.index('<div class="expando">')
    page = PAGE[:start] + f'<div class="expando expando-uninitialized" data-cachedhtml="{crafted}"></div>'
    post = _read(POST, page=page + PAGE[start:])
    assert post.problem is None and post.text.startswith("We are closing the bridge tonight.")


def _gallery_thing(page: str) -> str:
    """`page` with the post marked a gallery, as old Reddit marks one (`data-is-gallery="true"`)."""
    return page.replace('data-fullname="t3_1b5xyz9"', 'data-fullname="t3_1b5xyz9" data-is-gallery="true"', 1)


def test_a_gallery_old_reddit_shows_as_a_first_image_preview_says_its_captions_were_not_read() -> None:
    # Its expando shows a `media-preview` of the first image and nothing of the gallery: the captions, the
    # post's words, were not read, and a note quoting one was told only that the words were not found.
    start = PAGE.index('<div class="expando">')
    end = PAGE.index("</form></div>", start) + len("</form></div>")
    preview = (
        '<div class="expando"><div class="media-preview" id="media-preview-m0" style="max-width: 640px">'
        '<div class="media-preview-content"><a href="https://preview.redd.it/m0.jpg" class="may-blank">'
        '<img class="preview" src="https://preview.redd.it/m0.jpg?width=640"></a></div></div></div>'
    )
    post = _read(POST, page=_gallery_thing(PAGE[:start] + preview + PAGE[end:]))
    assert post.problem is None and post.text == ""
    assert post.unread is not None and "the captions were not read" in post.unread
    # Its tiles shown, captions or none, the gallery was read: nothing is said unread.
    shown = _read(POST, page=_gallery_thing(_old_reddit_gallery()))
    assert shown.unread is None and shown.text.startswith(_OLD_CAPTION)
    # A post that is no gallery says nothing of captions.
    assert _read(POST, page=PAGE[:start] + preview + PAGE[end:]).unread is None


_NEW_GALLERY = (
    "<gallery-carousel slot='post-media-container' post-id='t3_abc123'><ul>"
    "<li slot='page-1'><figure><img src='https://preview.redd.it/m0.jpg' alt='r/ukraine - Bridge is open'>"
    "<figcaption>The bridge at 9:00, cars crossing again</figcaption></figure></li>"
    "<li slot='page-2'><figure><img src='https://preview.redd.it/m1.jpg' alt=''></figure></li>"
    "</ul></gallery-carousel>"
)


def test_a_gallery_posts_captions_on_a_copy_of_new_reddits_page_are_its_words_never_a_comments() -> None:
    memento = f"https://web.archive.org/web/20220121093018/{NEW_POST}"
    page = (
        _new_reddit_page(**{"post-type": "gallery"})
        .replace("<div slot='text-body'>", f"{_NEW_GALLERY}<div slot='text-body'>")
        .replace(
            "<p>The troops crossed the river at dawn.</p>",
            "<gallery-carousel><figure><figcaption>The troops crossed the river at dawn.</figcaption>"
            "</figure></gallery-carousel>",
        )
    )
    post = extract_source(NEW_POST, (answer(memento, page),), start=memento)
    assert post.problem is None, post.problem_detail
    assert post.text == (
        "The council reopened the bridge this morning.\n\nThe bridge at 9:00, cars crossing again"
    )
    assert "troops" not in post.text


def test_a_crossposted_gallerys_captions_on_a_copy_of_new_reddits_page_are_not_the_crossposters() -> None:
    memento = f"https://web.archive.org/web/20220122000000/{CROSSPOSTED}"
    original = _ORIGINAL_POST.replace("<div slot='text-body'>", f"{_NEW_GALLERY}<div slot='text-body'>")
    post = extract_source(CROSSPOSTED, (answer(memento, _new_reddit_crosspost(original)),), start=memento)
    assert (post.author, post.text) == ("u/relay_bot", "")
