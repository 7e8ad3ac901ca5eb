"""Reddit's links: a post's or a comment's on any of Reddit's hosts, and the JSON asked beside it; never a
subreddit's, a user's or a wiki's page, nor a look-alike host."""

from __future__ import annotations

import pytest

from provenance.citations.platforms import reddit_post, reddit_share_link
from provenance.side_urls import is_redirector, reddit_json_url, redirected_side_follow_ups, side_urls

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
