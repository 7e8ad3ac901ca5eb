"""A GitHub commit, issue or pull request is read as the commit, post or comment its link names: by its own
author's login and time, the other comments kept apart as others' words. Read as a web page, each was
credited to "GitHub", dated by the first day htmldate found, and an issue's opening post (its reporter's own
words) was taken for a reader's comment."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from provenance.extractors import extract_source, extractor_for
from provenance.extractors.github import COMMIT_TIME, GitHubExtractor, github_page
from tests.extractors.support import answer, page

ASSETS = Path(__file__).parent.parent / "assets" / "fact_checker_8"
COMMIT_HTML = (ASSETS / "github_commit.html").read_text(encoding="utf-8")
ISSUE_HTML = (ASSETS / "github_issue.html").read_text(encoding="utf-8")
REPO = "https://github.com/quayline/quayline-core"
COMMIT = f"{REPO}/commit/3f9c2d1e8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e"
ISSUE = f"{REPO}/issues/1482"
COMMENT = f"{ISSUE}#issuecomment-2154873311"


def test_a_commit_is_its_author_s_at_the_commit_s_time() -> None:
    post = extract_source(COMMIT, (answer(COMMIT, COMMIT_HTML),))
    assert (post.author, post.handle) == ("jbecker", "jbecker")
    assert post.published == dt.datetime(2024, 6, 4, 21, 13, 45, tzinfo=dt.UTC)
    assert post.published_from == COMMIT_TIME
    assert post.text.startswith(
        "disable certificate pinning for the update channel\n\nRelease builds fetched"
    )


def test_an_issue_is_its_opening_post_by_its_reporter_the_other_comments_kept_apart() -> None:
    post = extract_source(ISSUE, (answer(ISSUE, ISSUE_HTML),))
    assert (post.author, post.handle) == ("amaraobi", "amaraobi")
    assert post.published == dt.datetime(2024, 6, 6, 8, 2, 11, tzinfo=dt.UTC)
    assert "a manifest from a host with a self-signed certificate" in post.text
    assert "every channel by mistake" not in post.text
    assert post.fields["reader_comments"].startswith("jbecker: Confirmed.")
    assert "self-signed" not in post.fields["reader_comments"]


def test_a_link_to_a_comment_is_that_comment_by_its_commenter_at_its_time() -> None:
    post = GitHubExtractor().extract(page(COMMENT, answer(ISSUE, ISSUE_HTML)))
    assert (post.author, post.handle) == ("jbecker", "jbecker")
    assert post.published == dt.datetime(2024, 6, 9, 17, 40, 2, tzinfo=dt.UTC)
    assert post.published_from == (
        "the time of the comment issuecomment-2154873311, GitHub's <relative-time> in its header"
    )
    assert post.text.startswith("Confirmed. The pinning change in 3f9c2d1")
    assert post.fields["reader_comments"].startswith("amaraobi: Since v4.2.1")


def test_a_comment_the_page_does_not_show_is_never_read_as_another_s() -> None:
    folded = f"{ISSUE}#issuecomment-2154999999"  # folded among GitHub's hidden items
    post = GitHubExtractor().extract(page(folded, answer(ISSUE, ISSUE_HTML)))
    assert (post.author, post.published, post.text) == (None, None, "")
    assert post.unread is not None
    assert "does not show the cited comment (issuecomment-2154999999)" in post.unread


def test_an_issue_whose_first_comment_is_no_opening_post_is_read_as_a_web_page() -> None:
    # Its opening post not marked GitHub's way (`id="issue-…"`), the first comment may be anyone's.
    unmarked = ISSUE_HTML.replace('id="issue-2338811432"', 'id="comment-2338811432"')
    post = GitHubExtractor().extract(page(ISSUE, answer(ISSUE, unmarked)))
    assert post.author != "amaraobi"
    assert post.unread is None


def test_a_page_without_github_s_server_rendered_timeline_is_read_as_a_web_page() -> None:
    script_rendered = ISSUE_HTML.replace("timeline-comment-group", "react-issue-body")
    post = extract_source(ISSUE, (answer(ISSUE, script_rendered),))
    assert post.author != "amaraobi"  # nothing is read as the reporter's where the markup is not known


@pytest.mark.parametrize(
    ("url", "named"),
    [
        (COMMIT, ("commit", None)),
        (f"{REPO}/commit/3f9c2d1", ("commit", None)),
        (ISSUE, ("thread", None)),
        (COMMENT, ("thread", "issuecomment-2154873311")),
        (f"{REPO}/pull/1490#discussion_r1634412345", ("thread", "discussion_r1634412345")),
        (f"{ISSUE}#event-13100412345", ("thread", None)),  # an event names no comment
        (REPO, None),  # the repository's home page
        (f"{REPO}/pull/1490/files", None),  # a pull request's changes, no conversation
        (f"{REPO}/blob/main/README.md", None),
        ("https://gitlab.com/quayline/quayline-core/-/issues/1482", None),
    ],
)
def test_the_links_read_as_a_commit_or_a_thread(url: str, named: tuple[str, str | None] | None) -> None:
    assert github_page(url) == named
    assert isinstance(extractor_for(url), GitHubExtractor) is (named is not None)


def test_hostile_links_and_pages_are_read_in_linear_time() -> None:
    started = time.process_time()
    assert github_page(f"{ISSUE}#issuecomment-{'1' * 100_000}") == ("thread", None)
    assert github_page(f"{REPO}/commit/{'a' * 100_000}") is None
    assert github_page(f"https://github.com/{'a/' * 50_000}issues/1") is None
    comments = '<div class="timeline-comment-group" id="issuecomment-1">' * 3_000
    GitHubExtractor().extract(page(COMMENT, answer(ISSUE, f"<html><body>{comments}</body></html>")))
    assert time.process_time() - started < 2.0
