"""Reddit: a post or a comment read from Reddit's public JSON, one fixture per way it can fail; never from
Reddit's page, a script app or an interstitial for a reader not signed in."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.checks.quote import check_quote
from provenance.citations import parse_citation
from provenance.extractors import extract_source, extractor_for
from provenance.extractors.reddit import RedditExtractor, markdown_words, own_and_quoted
from provenance.extractors.web import WebExtractor
from provenance.models import Context, Footnote, Platform, SourcePost
from provenance.side_urls import reddit_json_url
from tests.extractors.support import answer, asset, redirect

POST = "https://www.reddit.com/r/kherson/comments/1b5xyz9/bridge_closed_tonight/"
COMMENT = f"{POST}kt1abcd/"
WORDS = "We are closing the bridge tonight."


def _read(fixture: str, cited: str = POST, status: int = 200, as_json: bool = True) -> SourcePost:
    return extract_source(
        cited,
        (
            answer(cited, asset("reddit_post_shell.html")),
            answer(reddit_json_url(cited) or "", asset(fixture), status=status, json=as_json),
        ),
    )


def test_reddit_post_links_are_read_by_the_reddit_extractor_and_its_other_pages_are_not() -> None:
    for url in (
        POST,
        COMMENT,
        "https://redd.it/1b5xyz9",
        "https://old.reddit.com/r/kherson/comments/1b5xyz9/",
    ):
        assert isinstance(extractor_for(url), RedditExtractor)
    for url in ("https://www.reddit.com/r/kherson/", "https://www.reddit.com/r/kherson/wiki/index"):
        assert isinstance(extractor_for(url), WebExtractor)


def test_an_sh_reddit_link_is_read_from_the_json_never_its_page_of_the_thread() -> None:
    # sh.reddit.com's page is rendered on the server with the thread's replies: read as a web page, a reply's
    # words were the post's, and a quote of the reply passed.
    cited = "https://sh.reddit.com/r/kherson/comments/1b5xyz9/bridge_closed_tonight/"
    page = (
        "<html><head><title>Bridge closed tonight : r/kherson</title></head><body>"
        '<shreddit-post author="harbour_watch"><div slot="text-body">'
        "<p>We are closing the bridge tonight.</p></div></shreddit-post>"
        '<shreddit-comment author="night_owl"><p>The last bus leaves at midnight.</p></shreddit-comment>'
        "</body></html>"
    )
    assert isinstance(extractor_for(cited), RedditExtractor)
    json_answer = answer(reddit_json_url(cited) or "", asset("reddit_post.json"), json=True)
    post = extract_source(cited, (answer(cited, page), json_answer))
    assert (post.platform, post.problem, post.author) == (Platform.REDDIT, None, "u/harbour_watch")
    assert "midnight" not in post.text
    no_json = extract_source(cited, (answer(cited, page),))
    assert no_json.problem == "script-shell" and "midnight" not in no_json.text


def test_a_post_is_read_from_reddits_json_its_markdown_as_the_words_it_shows() -> None:
    post = _read("reddit_post.json")
    assert post.problem is None
    assert (post.platform, post.author, post.handle, post.author_id, post.post_id) == (
        Platform.REDDIT,
        "u/harbour_watch",
        "harbour_watch",
        "t2_9xk2m",
        "1b5xyz9",
    )
    assert post.title == "Bridge closed tonight"
    assert post.text == "We are closing the bridge tonight."
    # A blockquote is another's words, kept apart.
    assert post.fields["quoted_post"] == "Stay off the river road."
    assert post.published == dt.datetime(2024, 3, 3, 8, 15, tzinfo=dt.UTC)
    assert post.published_from == "created_utc, Reddit's time of the post"
    assert post.canonical_url == POST
    assert not post.edited
    assert post.fields["page og:title"] == "From the kherson community on Reddit"


def test_a_post_removed_by_moderators_is_unavailable_its_title_kept_for_the_record() -> None:
    post = _read("reddit_post_removed.json")
    assert post.problem == "unavailable"
    assert "says the post was removed (removed_by_category 'moderator')" in (post.problem_detail or "")
    assert (post.text, post.author, post.published) == ("", None, None)
    assert post.fields["title"] == "Bridge closed tonight"


def test_a_post_its_author_deleted_is_unavailable() -> None:
    post = _read("reddit_post_deleted.json")
    assert post.problem == "unavailable"
    assert "shows the post as [deleted]: deleted by its author" in (post.problem_detail or "")


def test_an_answer_for_another_post_than_the_cited_one_is_not_read() -> None:
    post = _read("reddit_post.json", cited="https://www.reddit.com/r/kherson/comments/1b5zzzz/other/")
    assert post.problem == "script-shell"
    assert (post.text, post.author, post.title) == ("", None, None)
    assert "nothing it could read as the cited post or comment" in (post.problem_detail or "")


def test_a_comment_is_read_as_its_own_words_time_and_author_and_said_edited() -> None:
    post = _read("reddit_comment.json", cited=COMMENT)
    assert post.problem is None
    assert (post.author, post.handle, post.post_id) == ("u/river_pilot", "river_pilot", "kt1abcd")
    assert post.text == "The ferry at the old pier still runs at 6 am."
    assert post.published == dt.datetime(2024, 3, 3, 9, 40, tzinfo=dt.UTC)
    # A comment has no title: the thread's is the post's, kept apart.
    assert post.title is None and post.fields["post title"] == "Bridge closed tonight"
    assert post.edited
    assert post.fields["edited"].startswith("2024-03-03T10:02:00+00:00")


def test_a_comment_link_whose_answer_shows_the_post_alone_is_not_the_post() -> None:
    post = _read("reddit_comment_post_only.json", cited=COMMENT)
    assert post.problem == "unavailable"
    assert "shows the post but not the cited comment kt1abcd" in (post.problem_detail or "")
    assert (post.text, post.author) == ("", None)


def _comment_answer(children: list[dict[str, object]]) -> SourcePost:
    listings = json.loads(asset("reddit_comment_post_only.json"))
    listings[1]["data"]["children"] = children
    return extract_source(
        COMMENT,
        (
            answer(COMMENT, asset("reddit_post_shell.html")),
            answer(reddit_json_url(COMMENT) or "", json.dumps(listings), json=True),
        ),
    )


def test_a_comment_answered_by_a_more_placeholder_is_not_read_and_never_called_deleted() -> None:
    # Reddit's "load more comments" in the cited comment's place: the comment was not sent, which says
    # nothing of whether it stands (it was said to be deleted or removed).
    more: dict[str, object] = {"kind": "more", "data": {"count": 1, "id": "kt1abcd", "children": ["kt1abcd"]}}
    post = _comment_answer([more])
    assert post.problem == "script-shell"
    assert "deleted" not in (post.problem_detail or "")
    assert "nothing it could read as the cited post or comment" in (post.problem_detail or "")
    # The cited comment sent beside a placeholder for others is read.
    comment = json.loads(asset("reddit_comment.json"))[1]["data"]["children"][0]
    assert _comment_answer([comment, more]).text == "The ferry at the old pier still runs at 6 am."


def test_a_deleted_comment_is_unavailable() -> None:
    post = _read("reddit_comment_deleted.json", cited=COMMENT)
    assert post.problem == "unavailable"
    assert "shows the comment as [deleted]" in (post.problem_detail or "")


_COMMENT_WORDS = "The ferry at the old pier still runs at 6 am."


@pytest.mark.parametrize(
    "notice",
    [
        "[ Removed by Reddit ]",
        "[ Removed by reddit in response to a copyright notice. ]",
        "[ Removed by reddit on account of violating the [content policy](/help/contentpolicy). ]",
    ],
)
def test_a_comment_reddit_removed_shows_its_notice_and_is_unavailable(notice: str) -> None:
    # A comment has no `removed_by_category`: Reddit's notice in its words' place was read as its words, and
    # its author and time passed.
    data = json.loads(asset("reddit_comment.json"))
    comment = data[1]["data"]["children"][0]["data"]
    assert _COMMENT_WORDS in comment["body"]
    comment["body"] = notice
    post = extract_source(
        COMMENT,
        (
            answer(COMMENT, asset("reddit_post_shell.html")),
            answer(reddit_json_url(COMMENT) or "", json.dumps(data), json=True),
        ),
    )
    assert post.problem == "unavailable"
    assert f"shows the comment as {notice}: deleted by moderators or Reddit" in (post.problem_detail or "")
    assert (post.author, post.published) == (None, None)


def test_a_post_whose_title_is_reddits_notice_is_unavailable_without_a_removed_by_category() -> None:
    data = json.loads(asset("reddit_post.json"))
    data[0]["data"]["children"][0]["data"].update(title="[ Removed by Reddit ]", selftext="", is_self=False)
    post = extract_source(
        POST,
        (
            answer(POST, asset("reddit_post_shell.html")),
            answer(reddit_json_url(POST) or "", json.dumps(data), json=True),
        ),
    )
    assert post.problem == "unavailable"
    assert "shows the post as [ Removed by Reddit ]" in (post.problem_detail or "")


def test_a_comment_that_writes_of_reddits_notice_is_its_own_words() -> None:
    data = json.loads(asset("reddit_comment.json"))
    data[1]["data"]["children"][0]["data"]["body"] = "[ Removed by Reddit ] is all my post shows now."
    post = extract_source(
        COMMENT,
        (
            answer(COMMENT, asset("reddit_post_shell.html")),
            answer(reddit_json_url(COMMENT) or "", json.dumps(data), json=True),
        ),
    )
    assert post.problem is None and post.text == "[ Removed by Reddit ] is all my post shows now."


def test_a_crossposts_words_are_the_original_posters_kept_apart() -> None:
    post = _read("reddit_crosspost.json", cited="https://www.reddit.com/r/ukraine/comments/1b6aaaa/bridge/")
    assert post.problem is None
    assert (post.author, post.text) == ("u/news_relay", "")
    assert post.fields["quoted_post"] == "Bridge closed tonight We are closing the bridge tonight."
    assert post.fields["quoted_post_author"] == "u/harbour_watch"
    assert post.fields["crosspost_parent"] == "t3_1b5xyz9"
    # Where the original was posted, beside the crosspost's own community.
    assert post.fields["original subreddit"] == "r/kherson"


CROSSPOST = "https://www.reddit.com/r/ukraine/comments/1b6aaaa/bridge/"


@pytest.mark.parametrize(
    ("credited", "status", "said"),
    [
        # The words' author, cited by the crosspost's link: failed "the source shows u/news_relay".
        ("u/harbour_watch", "warn", "the words are those of 'u/harbour_watch', forwarded by @news_relay"),
        # The crossposter: passed, as if the words were theirs.
        ("u/news_relay", "warn", "the post is a forward from 'u/harbour_watch'"),
        ("u/someone_else", "fail", "the source shows 'u/news_relay"),
    ],
)
def test_a_crosspost_names_the_original_poster_as_whose_words_it_shows(
    credited: str, status: str, said: str
) -> None:
    post = _read("reddit_crosspost.json", cited=CROSSPOST)
    assert (post.author, post.published) == ("u/news_relay", dt.datetime(2024, 3, 3, 11, 0, tzinfo=dt.UTC))
    assert post.fields["forwarded_from"] == "u/harbour_watch"
    assert post.fields["forwarded_from_url"] == (
        "https://www.reddit.com/r/kherson/comments/1b5xyz9/bridge_closed_tonight/"
    )
    footnote = Footnote(
        label="1",
        text=f'{credited}, "Bridge closed tonight", Reddit, March 3, 2024, {CROSSPOST}',
        line=3,
        urls=(CROSSPOST,),
    )
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, source=post, outcome=None
    )
    author = check_author(given)
    assert author.status == status and said in (author.detail or "")


@pytest.mark.parametrize(
    ("changes", "said"),
    [
        (
            {"selftext": "[deleted]", "author": "[deleted]"},
            "the post it crossposts shows [deleted]: deleted since",
        ),
        (
            {"selftext": "[removed]", "removed_by_category": "moderator"},
            "the post it crossposts was removed since (removed_by_category 'moderator')",
        ),
    ],
)
def test_a_crosspost_whose_original_is_gone_since_stands_and_says_so(
    changes: dict[str, str], said: str
) -> None:
    # The original deleted or removed since: the crosspost is still there, but Reddit's `[deleted]` was kept
    # as the original's words ("Bridge closed tonight [deleted]"), and nothing said the original was gone.
    data = json.loads(asset("reddit_crosspost.json"))
    data[0]["data"]["children"][0]["data"]["crosspost_parent_list"][0].update(changes)
    post = extract_source(
        CROSSPOST,
        (
            answer(CROSSPOST, asset("reddit_post_shell.html")),
            answer(reddit_json_url(CROSSPOST) or "", json.dumps(data), json=True),
        ),
    )
    assert (post.problem, post.author) == (None, "u/news_relay")
    assert post.fields["quoted_post"] == "Bridge closed tonight"
    assert post.fields["quoted_post_not_shown"] == said


def test_a_quote_of_a_crossposts_original_says_it_is_in_the_post_it_crossposts() -> None:
    # Said "in the post it quotes": a crosspost quotes nothing, it passes the original post on whole.
    post = _read("reddit_crosspost.json", cited=CROSSPOST)
    footnote = Footnote(
        label="1",
        text=f"u/news_relay, Reddit, March 3, 2024, {CROSSPOST}",
        line=3,
        urls=(CROSSPOST,),
        contexts=(Context(line=1, text='"We are closing the bridge tonight."', quotes=(WORDS,)),),
    )
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, source=post, outcome=None
    )
    quote = check_quote(given)
    assert quote.status == "warn"
    assert "is not in the source's own words but in the post it crossposts (u/harbour_watch)" in (
        quote.detail or ""
    )


def test_a_crosspost_of_the_crossposter_s_own_post_is_their_own_words() -> None:
    data = json.loads(asset("reddit_crosspost.json"))
    data[0]["data"]["children"][0]["data"]["crosspost_parent_list"][0]["author"] = "news_relay"
    post = extract_source(
        CROSSPOST,
        (
            answer(CROSSPOST, asset("reddit_post_shell.html")),
            answer(reddit_json_url(CROSSPOST) or "", json.dumps(data), json=True),
        ),
    )
    footnote = Footnote(label="1", text=f"u/news_relay, Reddit, {CROSSPOST}", line=3, urls=(CROSSPOST,))
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, source=post, outcome=None
    )
    assert check_author(given).status == "pass"


def test_a_refusal_of_a_client_not_signed_in_says_nothing_of_the_post() -> None:
    post = _read("reddit_blocked.html", status=403, as_json=False)
    assert post.problem == "challenge"
    detail = post.problem_detail or ""
    assert "answered HTTP 403" in detail and "says nothing of whether the post is there" in detail
    assert "deleted" not in detail


def _new_reddit_page(post_place: str, comments: str = "") -> str:
    """New Reddit's page of the post as a client not signed in is served it: `post_place` where the post
    would be, `comments` in its comment tree."""
    return (
        asset("reddit_post_shell.html")
        .decode()
        .replace(
            "<shreddit-app></shreddit-app>",
            f"<shreddit-app><main>{post_place}<shreddit-comment-tree>{comments}</shreddit-comment-tree>"
            "</main></shreddit-app>",
        )
    )


@pytest.mark.parametrize(
    "notice",
    [
        "Sorry, this post was deleted by the person who originally posted it.",
        "Sorry, this post has been removed by the moderators of r/kherson.",
        "Sorry, this post was removed by Reddit\u2019s filters.",
    ],
)
def test_new_reddits_word_that_the_post_is_gone_is_said_where_its_json_is_refused(notice: str) -> None:
    # Reddit refused its JSON; its page said the post was deleted or removed, and the post was said to be
    # refused for now (capture it again later), never gone.
    page = _new_reddit_page(f"<div><h3>{notice}</h3></div>")
    post = extract_source(
        POST, (answer(POST, page), answer(reddit_json_url(POST) or "", asset("reddit_blocked.html"), 403))
    )
    assert post.problem == "unavailable"
    assert (post.problem_detail or "").startswith(
        f"Reddit's page says {notice.rstrip('.')!r} in the post's place"
    )
    assert "answered HTTP 403" in (post.problem_detail or "")


def test_a_comment_pasting_reddits_notice_is_no_word_that_the_post_is_gone() -> None:
    notice = "Sorry, this post has been removed by the moderators of r/kherson."
    page = _new_reddit_page("", f"<shreddit-comment><p>Mine said: {notice}</p></shreddit-comment>")
    post = extract_source(
        POST, (answer(POST, page), answer(reddit_json_url(POST) or "", asset("reddit_blocked.html"), 403))
    )
    assert post.problem == "challenge"


def test_a_private_communitys_post_is_unavailable_saying_why() -> None:
    post = _read("reddit_private_community_403.json", status=403)
    assert post.problem == "unavailable"
    assert "the community is private" in (post.problem_detail or "")


def test_without_the_json_the_page_is_a_script_shell() -> None:
    post = extract_source(POST, (answer(POST, asset("reddit_post_shell.html")),))
    assert post.problem == "script-shell"
    assert "JSON of the post was not captured" in (post.problem_detail or "")


def test_markdown_marks_are_dropped_and_its_words_kept() -> None:
    assert (
        markdown_words("> **We** are ~~not~~ [here](https://x.example/a_b) \\*now\\*")
        == "We are not here *now*"
    )
    assert markdown_words("# Update\n>!spoiler!<") == "Update\nspoiler"


def test_a_post_whose_account_was_deleted_since_keeps_its_words_with_no_author() -> None:
    data = json.loads(asset("reddit_post.json"))
    data[0]["data"]["children"][0]["data"]["author"] = "[deleted]"
    post = extract_source(
        POST,
        (
            answer(POST, asset("reddit_post_shell.html")),
            answer(reddit_json_url(POST) or "", json.dumps(data), json=True),
        ),
    )
    assert post.problem is None
    assert (post.author, post.handle, post.author_id) == (None, None, None)
    assert post.text.startswith("We are closing the bridge tonight.")
    assert post.fields["account"] == "deleted since: its words remain"


def test_a_redd_it_link_is_read_from_the_json_of_the_post_it_names() -> None:
    short = "https://redd.it/1b5xyz9"
    post = extract_source(
        short,
        (
            redirect(short, POST, status=301),
            answer(POST, asset("reddit_post_shell.html")),
            answer(reddit_json_url(short) or "", asset("reddit_post.json"), json=True),
        ),
    )
    assert (post.problem, post.author, post.post_id) == (None, "u/harbour_watch", "1b5xyz9")


def test_the_words_a_comment_quotes_are_not_its_writers() -> None:
    # `> …` quotes another (most often the comment answered): a note giving those words to the one who
    # quoted them passed `quote` on the comment.
    data = json.loads(asset("reddit_comment.json"))
    body = "> We are closing the bridge tonight.\nand for good\n\nNo: the ferry at the old pier still runs."
    data[1]["data"]["children"][0]["data"]["body"] = body
    post = extract_source(
        COMMENT,
        (
            answer(COMMENT, asset("reddit_post_shell.html")),
            answer(reddit_json_url(COMMENT) or "", json.dumps(data), json=True),
        ),
    )
    assert post.text == "No: the ferry at the old pier still runs."
    assert post.fields["quoted_post"] == "We are closing the bridge tonight.\nand for good"
    footnote = Footnote(
        label="1",
        text=f"u/river_pilot, Reddit, March 3, 2024, {COMMENT}",
        line=3,
        urls=(COMMENT,),
        contexts=(Context(line=1, text='"We are closing the bridge tonight."', quotes=(WORDS,)),),
    )
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, source=post, outcome=None
    )
    quote = check_quote(given)
    assert quote.status == "warn"
    assert "is not in the source's own words but in the post it quotes" in (quote.detail or "")


def test_a_spoiler_is_the_writers_own_words() -> None:
    assert own_and_quoted(">!the bridge falls!< tonight\n> theirs") == (
        ">!the bridge falls!< tonight",
        "> theirs",
    )


GALLERY = "https://www.reddit.com/r/kherson/comments/1c7gal1/the_river_road_this_morning/"
CAPTION = "Water over the river road at the bus station, 7:40"


def _quote_checked(post: SourcePost, cited: str, quoted: str) -> str:
    footnote = Footnote(
        label="1",
        text=f"u/harbour_watch, Reddit, April 19, 2024, {cited}",
        line=3,
        urls=(cited,),
        contexts=(Context(line=1, text=f'"{quoted}"', quotes=(quoted,)),),
    )
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, source=post, outcome=None
    )
    return check_quote(given).status


def test_a_gallery_posts_captions_are_its_words() -> None:
    # A gallery post's words are under its pictures (`gallery_data.items[].caption`), its `selftext` empty:
    # a note quoting a caption warned "not found".
    post = _read("reddit_gallery.json", cited=GALLERY)
    assert post.problem is None and post.author == "u/harbour_watch"
    assert post.text == f"{CAPTION}\nThe ferry pier is closed until the water goes down"
    assert _quote_checked(post, GALLERY, CAPTION) == "pass"
    # The comment's words, in the same answer, are not the post's.
    assert "already closed" not in post.text


def test_a_gallery_caption_of_an_image_whose_media_failed_is_not_read() -> None:
    data = json.loads(asset("reddit_gallery.json"))
    data[0]["data"]["children"][0]["data"]["media_metadata"]["q8w1h2k3l4m5n"]["status"] = "failed"
    del data[0]["data"]["children"][0]["data"]["media_metadata"]["s1y3k4l5m6n7p"]
    post = extract_source(
        GALLERY,
        (
            answer(GALLERY, asset("reddit_post_shell.html")),
            answer(reddit_json_url(GALLERY) or "", json.dumps(data), json=True),
        ),
    )
    assert post.problem is None and post.text == ""


def test_a_crossposted_gallerys_captions_are_the_original_posters_never_the_crossposters() -> None:
    gallery = json.loads(asset("reddit_gallery.json"))[0]["data"]["children"][0]["data"]
    data = json.loads(asset("reddit_crosspost.json"))
    crosspost = data[0]["data"]["children"][0]["data"]
    crosspost["crosspost_parent_list"][0].update(
        {key: gallery[key] for key in ("media_metadata", "gallery_data", "is_gallery")}, selftext=""
    )
    # A gallery on the crosspost's own data (as Reddit may copy it there) is still the original poster's.
    crosspost.update({key: gallery[key] for key in ("media_metadata", "gallery_data", "is_gallery")})
    post = extract_source(
        CROSSPOST,
        (
            answer(CROSSPOST, asset("reddit_post_shell.html")),
            answer(reddit_json_url(CROSSPOST) or "", json.dumps(data), json=True),
        ),
    )
    assert (post.author, post.text) == ("u/news_relay", "")
    assert CAPTION in post.fields["quoted_post"]
    assert _quote_checked(post, CROSSPOST, CAPTION) != "pass"
