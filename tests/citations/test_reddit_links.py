"""Reddit's links: a post's or a comment's on any of Reddit's hosts, and the JSON asked beside it; never a
subreddit's, a user's or a wiki's page, nor a look-alike host."""

from __future__ import annotations

import datetime as dt

import pytest

from provenance.citations.platforms import reddit_note_handle, reddit_post, reddit_share_link
from provenance.models import Footnote, Platform, SourcePost
from provenance.side_urls import is_redirector, reddit_json_url, redirected_side_follow_ups, side_urls
from tests.support.authors import author_check_as_parsed

POST_JSON = "https://www.reddit.com/comments/1b5xyz9/.json?raw_json=1&limit=1&depth=1"
COMMENT_JSON = "https://www.reddit.com/comments/1b5xyz9/_/kt1abcd/.json?raw_json=1&limit=1&depth=1"


@pytest.mark.parametrize(
    ("url", "found"),
    [
        ("https://www.reddit.com/r/kherson/comments/1b5xyz9/bridge_closed/", ("1b5xyz9", None)),
        ("https://old.reddit.com/r/kherson/comments/1b5xyz9/", ("1b5xyz9", None)),
        ("https://np.reddit.com/r/kherson/comments/1b5xyz9/bridge_closed/", ("1b5xyz9", None)),
        ("https://m.reddit.com/r/kherson/comments/1b5xyz9/bridge_closed/", ("1b5xyz9", None)),
        ("https://new.reddit.com/r/kherson/comments/1b5xyz9/bridge_closed/", ("1b5xyz9", None)),
        # Reddit's new pages' host before www.: read as a web page, its replies' words passed as the post's.
        ("https://sh.reddit.com/r/kherson/comments/1b5xyz9/bridge_closed/", ("1b5xyz9", None)),
        ("https://de.reddit.com/r/kherson/comments/1b5xyz9/bridge/", ("1b5xyz9", None)),  # a language's host
        ("https://reddit.com/comments/1b5xyz9", ("1b5xyz9", None)),
        ("https://OLD.Reddit.com/r/Kherson/comments/1B5XYZ9/Bridge/", ("1b5xyz9", None)),
        ("https://redd.it/1b5xyz9", ("1b5xyz9", None)),
        ("https://www.reddit.com/gallery/1b5xyz9", ("1b5xyz9", None)),
        ("https://www.reddit.com/u/harbour_watch/comments/1b5xyz9/bridge/", ("1b5xyz9", None)),
        ("https://www.reddit.com/user/harbour_watch/comments/1b5xyz9/bridge/", ("1b5xyz9", None)),
        (
            "https://www.reddit.com/r/kherson/comments/1b5xyz9/bridge/kt1abcd/?context=3",
            ("1b5xyz9", "kt1abcd"),
        ),
        # Reddit's own "share" of a comment since 2023.
        ("https://www.reddit.com/r/kherson/comments/1b5xyz9/comment/kt1abcd/", ("1b5xyz9", "kt1abcd")),
    ],
)
def test_a_reddit_post_or_comment_link_names_its_ids(url: str, found: tuple[str, str | None]) -> None:
    assert reddit_post(url) == found


@pytest.mark.parametrize(
    "url",
    [
        "https://www.reddit.com/r/kherson/",  # a subreddit's page
        "https://www.reddit.com/r/kherson/new/",
        "https://www.reddit.com/u/harbour_watch/",  # a user's page
        "https://www.reddit.com/user/harbour_watch/comments/",  # a user's comments
        "https://www.reddit.com/r/kherson/wiki/index",
        "https://www.reddit.com/r/kherson/wiki/comments/1b5xyz9",
        "https://www.reddit.com/search/?q=bridge",
        "https://www.reddit.com/r/kherson/s/AbC123xyz",  # a share link: where it leads names the post
        "https://www.reddit.com/r/kherson/comments/1b5xyz9/bridge/kt1abcd/more",
        "https://www.reddit.com/r/kherson/comments/1b5-xyz9/bridge/",  # no base-36 id
        "https://v.redd.it/1b5xyz9",  # a video's file
        "https://i.redd.it/1b5xyz9.jpg",
        "https://notreddit.com/r/kherson/comments/1b5xyz9/bridge/",
        "https://oldxreddit.com/r/kherson/comments/1b5xyz9/bridge/",
        "https://www.reddit.com.example.net/r/kherson/comments/1b5xyz9/bridge/",
        "https://www.old.reddit.com.example.net/r/kherson/comments/1b5xyz9/bridge/",
        "https://evil.example/x.reddit.com/r/kherson/comments/1b5xyz9/bridge/",
        "https://a.b.reddit.com/r/kherson/comments/1b5xyz9/bridge/",  # no host of Reddit's has two labels
        "https://api.reddit.com.evil/r/kherson/comments/1b5xyz9/bridge/",
        "https://example.org/r/kherson/comments/1b5xyz9/bridge/",
        "ftp://www.reddit.com/r/kherson/comments/1b5xyz9/bridge/",
    ],
)
def test_a_link_that_is_no_reddit_post_names_none(url: str) -> None:
    assert reddit_post(url) is None
    assert reddit_json_url(url) is None


def test_every_spelling_of_a_post_asks_for_one_json() -> None:
    # One URL, whatever host, subreddit or slug: a share link's destination asks for nothing planned twice.
    for url in (
        "https://www.reddit.com/r/kherson/comments/1b5xyz9/bridge_closed/",
        "https://old.reddit.com/r/Kherson/comments/1b5xyz9/",
        "https://redd.it/1b5xyz9",
        "https://www.reddit.com/r/kherson/comments/1b5xyz9/bridge_closed/?share_id=x&utm_source=share",
    ):
        assert side_urls(url) == (POST_JSON,)
    assert side_urls("https://www.reddit.com/r/kherson/comments/1b5xyz9/b/kt1abcd/") == (COMMENT_JSON,)
    assert side_urls("https://www.reddit.com/r/kherson/") == ()


def test_a_share_link_is_read_from_where_it_redirects() -> None:
    share = "https://www.reddit.com/r/kherson/s/AbC123xyz"
    assert reddit_share_link(share) and is_redirector(share)
    assert redirected_side_follow_ups(share) is not None
    assert not reddit_share_link("https://www.reddit.com/r/kherson/s/")
    assert not is_redirector("https://www.reddit.com/r/kherson/comments/1b5xyz9/bridge/")


REDDIT_POST = SourcePost(
    platform=Platform.REDDIT,
    url=POST_JSON,
    author="u/harbour_watch",
    handle="harbour_watch",
    published=dt.datetime(2024, 3, 3, 8, 15, tzinfo=dt.UTC),
    text="We are closing the bridge tonight.",
)
LINK = "https://www.reddit.com/r/kherson/comments/1b5xyz9/bridge_closed/"


@pytest.mark.parametrize(
    "note",
    [
        f"u/harbour_watch, Reddit, March 3, 2024, {LINK}",
        f"/u/harbour_watch (Reddit), March 3, 2024, {LINK}",
        f"U/Harbour_Watch, Reddit, {LINK}",
        f"Harbour Watch (u/harbour_watch), Reddit, {LINK}",
        f"harbour_watch, Reddit, {LINK}",
    ],
)
def test_a_note_naming_the_reddit_account_passes_on_its_post(note: str) -> None:
    footnote = Footnote(label="1", text=note, line=1, urls=(LINK,))
    assert author_check_as_parsed(footnote, REDDIT_POST).status == "pass"


@pytest.mark.parametrize("shown", ["harbourwatch", "harbour-watch", "harbour_watch2"])
@pytest.mark.parametrize(
    "note",
    [
        f"u/harbour_watch, Reddit, March 3, 2024, {LINK}",
        f"/u/harbour_watch (Reddit), March 3, 2024, {LINK}",
        f"U/Harbour_Watch, Reddit, {LINK}",
        f"harbour_watch, Reddit, {LINK}",
    ],
)
def test_a_note_naming_another_reddit_account_does_not_pass(note: str, shown: str) -> None:
    # Read as a person's name, `u/harbour_watch` was compared without its punctuation: another account's
    # post (u/harbourwatch, u/harbour-watch) passed as harbour_watch's.
    post = REDDIT_POST.model_copy(update={"author": f"u/{shown}", "handle": shown})
    footnote = Footnote(label="1", text=note, line=1, urls=(LINK,))
    result = author_check_as_parsed(footnote, post)
    assert result.status != "pass", result.detail
    assert shown in (result.detail or "")


@pytest.mark.parametrize(
    ("text", "handle"),
    [
        ("u/harbour_watch, Reddit", "harbour_watch"),
        ("see reddit.com/u/someone_else/ and u/harbour_watch", "harbour_watch"),
        ("Harbour Watch, Reddit", None),  # a name, not an account's
        ("Reuters, Reddit", None),
        ("Posted to r/kherson", None),
    ],
)
def test_the_reddit_account_a_note_names(text: str, handle: str | None) -> None:
    assert reddit_note_handle(None, LINK, text) == handle
    assert reddit_note_handle(None, "https://example.org/a", text) is None
    assert reddit_note_handle("bob", LINK, text) == "bob"
