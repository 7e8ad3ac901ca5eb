"""A GitHub commit, issue or pull request: read as the one commit, post or comment the link names, by its own
author and time, never the page's other comments.

Read as a web page, GitHub's pages credited every one of them to "GitHub" (the site, no writer), dated them
by the first day htmldate found, and took an issue's opening post, which is its author's own words, for a
reader's comment: a quote of the reporter was "not in the source's own words". A link to one comment
(`…/issues/1482#issuecomment-2154873311`) was read as the whole issue: dated by the day it was opened, its
commenter's words a reader's comment, a note citing the comment's own day and author could not be borne out.

What is read, from GitHub's server-rendered markup:
- a commit (`/<owner>/<repo>/commit/<sha>`): its author's login from the commit's byline (`a.commit-author`,
  or the avatar's `/<login>` link), its time from `relative-time` in the byline (`.commit-meta`), its words
  the commit's title and description (`.commit-title`, `.commit-desc`);
- an issue or a pull request (`/issues/<n>`, `/pull/<n>`): the comment the link's fragment names
  (`#issuecomment-<id>`, `#discussion_r<id>`), else the opening post (the first timeline comment, whose id is
  `issue-<id>` or `pullrequest-<id>`): its author's login (`a.author` in its header), its time (the header's
  `relative-time`), its words (`.comment-body`). The other comments are kept as `reader_comments`, each with
  its commenter's login: words on the page, not the cited author's.
A comment the page does not show (GitHub folds long threads behind "Load more") is not read as another's:
no author, time or words, and `unread` says so. A page without that markup (GitHub's newer script-rendered
pages) is read as the web page it is.

Bounded: the markup is read from its first `_MOST_HTML_CHARS` characters, each comment's words cut at
`_MOST_TEXT_CHARS`, at most `_MOST_COMMENTS` comments kept.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.web import read_as_web_page
from provenance.models import Platform, SourcePost
from provenance.side_urls import on_domain

_MOST_HTML_CHARS = 2_000_000
_MOST_TEXT_CHARS = 20_000
_MOST_COMMENTS = 200
_MOST_PATH_CHARS = 400

# `/<owner>/<repo>/commit/<sha>`, `/<owner>/<repo>/issues/<n>`, `/<owner>/<repo>/pull/<n>` (and a pull
# request's tabs, `/pull/<n>/files`, which show no conversation: not read here).
_COMMIT_PATH = re.compile(r"/[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}/commit/([0-9a-fA-F]{7,40})/?")
_THREAD_PATH = re.compile(r"/[A-Za-z0-9_.-]{1,100}/[A-Za-z0-9_.-]{1,100}/(issues|pull)/([0-9]{1,9})/?")
_COMMENT_FRAGMENT = re.compile(r"(issuecomment-[0-9]{1,20}|discussion_r[0-9]{1,20})")
_LOGIN = re.compile(r"/([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))/?")
_OPENING_IDS = ("issue-", "pullrequest-")

COMMIT_TIME = "the commit's time, GitHub's <relative-time> in its byline"
POST_TIME = "the time of the {what}, GitHub's <relative-time> in its header"
COMMENT_FIELD = "github comment"


def github_page(url: str) -> tuple[str, str | None] | None:
    """What a GitHub link names: (`commit`, None), (`thread`, the comment its fragment names or None);
    None for any other link."""
    try:
        if not on_domain(url, "github.com"):
            return None
        parts = urlsplit(url)
    except ValueError:
        return None
    path = parts.path[:_MOST_PATH_CHARS]
    if _COMMIT_PATH.fullmatch(path):
        return "commit", None
    if _THREAD_PATH.fullmatch(path):
        named = _COMMENT_FRAGMENT.fullmatch(parts.fragment[:60])
        return "thread", named.group() if named else None
    return None


def _text(node: LexborNode | None) -> str:
    if node is None:
        return ""
    return " ".join(node.text(separator=" ").split())[:_MOST_TEXT_CHARS]


def _login(node: LexborNode | None) -> str | None:
    """The login a user's link names (`/jbecker`), else its text."""
    if node is None:
        return None
    found = _LOGIN.fullmatch((node.attributes.get("href") or "")[:60])
    if found is not None:
        return found.group(1)
    shown = node.text(separator=" ").strip()
    return shown[:40] or None


def _time(node: LexborNode | None) -> dt.datetime | None:
    if node is None:
        return None
    stamp = (node.attributes.get("datetime") or "")[:40]
    try:
        time = dt.datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        return None
    return time if time.tzinfo is not None else None


def _commit(tree: LexborHTMLParser) -> dict[str, object] | None:
    """A commit page's author, time and words; None where the page has no commit byline."""
    meta = tree.css_first(".commit-meta")
    if meta is None:
        return None
    author = meta.css_first("a.commit-author") or meta.css_first("a.avatar")
    title = _text(tree.css_first(".commit-title"))
    description = _text(tree.css_first(".commit-desc"))
    return {
        "author": _login(author) if author is not None and author.tag == "a" else None,
        "published": _time(meta.css_first("relative-time")),
        "published_from": COMMIT_TIME,
        "text": f"{title}\n\n{description}".strip(),
    }


def _comments(tree: LexborHTMLParser) -> list[LexborNode]:
    """The thread's comments in order, the opening post first."""
    found: list[LexborNode] = []
    for node in tree.css(".timeline-comment-group"):
        if (node.attributes.get("id") or "") and len(found) < _MOST_COMMENTS:
            found.append(node)
    return found


def _comment_parts(node: LexborNode) -> tuple[str | None, dt.datetime | None, str]:
    header = node.css_first(".timeline-comment-header")
    author = header.css_first("a.author") if header is not None else None
    time = header.css_first("relative-time") if header is not None else None
    return _login(author), _time(time), _text(node.css_first(".comment-body"))


def _thread(tree: LexborHTMLParser, named: str | None, kind: str) -> dict[str, object] | None:
    """The named comment's (else the opening post's) author, time and words, and the others' words; None
    where the page shows no timeline of comments, or no opening post marked as GitHub marks it."""
    comments = _comments(tree)
    if not comments:
        return None
    what = "pull request" if kind == "pull" else "issue"
    chosen: LexborNode | None
    if named is None:
        if not (comments[0].attributes.get("id") or "").startswith(_OPENING_IDS):
            return None  # no opening post GitHub's way: the page is read as a web page
        chosen = comments[0]
        said = POST_TIME.format(what=f"{what}'s opening post")
    else:
        chosen = next((node for node in comments if node.attributes.get("id") == named), None)
        said = POST_TIME.format(what=f"comment {named}")
    others = []
    for node in comments:
        if node is chosen:
            continue
        login, _, words = _comment_parts(node)
        if words:
            others.append(f"{login or 'someone'}: {words}")
    reader_comments = " | ".join(others)[:_MOST_TEXT_CHARS]
    if chosen is None:
        return {
            "author": None,
            "published": None,
            "text": "",
            "reader_comments": reader_comments,
            "unread": f"the {what} page as captured does not show the cited comment ({named}): GitHub may "
            "fold it among hidden items; nothing of it was read",
        }
    login, time, words = _comment_parts(chosen)
    return {
        "author": login,
        "published": time,
        "published_from": said,
        "text": words,
        "reader_comments": reader_comments,
        "comment": named or "",
    }


class GitHubExtractor(Extractor):
    """A GitHub commit's, issue's or pull request's page, read as the commit, post or comment its link
    names (its own author and time); any other GitHub page as a web page."""

    platform = Platform.WEB

    def handles(self, url: str) -> bool:
        return github_page(url) is not None

    def extract(self, page: CapturedPage) -> SourcePost:
        post, tree = read_as_web_page(page, _MOST_HTML_CHARS)
        named = github_page(page.url)
        if named is None or tree is None:
            return post
        if named[0] == "commit":
            read = _commit(tree)
        else:
            thread = _THREAD_PATH.fullmatch(urlsplit(page.url).path[:_MOST_PATH_CHARS])
            read = _thread(tree, named[1], thread.group(1) if thread else "issues")
        if read is None:
            return post
        fields = {name: value for name, value in post.fields.items() if name != "reader_comments"}
        if read.get("reader_comments"):
            fields["reader_comments"] = str(read["reader_comments"])
        if read.get("comment"):
            fields[COMMENT_FIELD] = str(read["comment"])
        author = read.get("author")
        published = read.get("published")
        update: dict[str, object] = {
            "author": author,
            "handle": author,
            "published": published,
            "published_from": read.get("published_from") if published is not None else None,
            "published_day_only": False,
            "text": read.get("text") or "",
            "fields": fields,
        }
        if read.get("unread"):
            update["unread"] = read["unread"]
        return post.model_copy(update=update)
