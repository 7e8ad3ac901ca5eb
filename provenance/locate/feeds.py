"""Searching a Bluesky or Mastodon account's own posts through the platform's public API, without login.

- Bluesky: the AppView's author feed, `https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed?actor=
  <handle or DID>&limit=100`, newest first, paged back with the `cursor` it answers until a page reaches
  before the window (at most `MAX_FEED_PAGES`). Each item's `post` is a post view, read as `check` reads one
  (`extractors.bluesky.read_post_thread`): its time is `indexedAt`, its words `record.text` alone. A repost
  (`reason` `#reasonRepost`) or a post of another author is not the account's words; a pinned post
  (`#reasonPin`) is shown first whatever its time, so it never ends the paging.
- Mastodon: `https://<instance>/api/v1/accounts/lookup?acct=<user>` gives the account's id; then
  `/api/v1/accounts/<id>/statuses?limit=40&max_id=<end>&since_id=<start>`, whose ids are the times the
  instance made its statuses (`citations.platforms.mastodon_id_time`): the two ends of the window go into
  the query as ids, so the first page is at the window's end; later pages go on below the oldest id read (at
  most `MAX_STATUS_PAGES`). Each status is read as `check` reads one (`extractors.mastodon.read_status`); a
  boost (`reblog`) shows another account's post: not the account's words.

- Reddit: the account's public listings, `https://www.reddit.com/user/<name>/submitted.json?limit=100`
  (its posts, `t3`) and `/comments.json` (its comments, `t1`), newest first, paged back with the `after` each
  answers until a page reaches before the window (at most `MAX_REDDIT_PAGES` each). Each thing is read as
  `check` reads one (`extractors.reddit.read_listed_thing`): its time `created_utc`, its words a post's title
  and own `selftext` or a comment's own `body`, never what they quote (`> …`) nor a crosspost's original. A
  thing of another author, deleted or removed (`[deleted]`, `[removed]`), is not the account's words; a post
  pinned to the profile is shown first whatever its time, so it never ends the paging. Reddit refuses many
  clients not signed in (403, 429): a refused page says nothing of the account's posts, nor does a listing
  that ends after about 1,000 things (`REDDIT_LISTING_CAP`): Reddit lists no older ones. Only Reddit's own
  word that the account is gone (a 404 JSON `error`, a `reason` such as `suspended`, or, where a listing is
  refused, its profile's `is_suspended`, `/user/<name>/about.json`) says so.

An answer that is no answer of the API (401, 403, 429, 5xx, HTML) says the search could not be done, never
that the account did not post. The parsing here is pure; `search` fetches and records every page.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, urlencode

from provenance.digits import ascii_int
from provenance.extractors.bluesky import read_post_thread
from provenance.extractors.mastodon import read_status
from provenance.extractors.pages import json_of, parse_published
from provenance.extractors.reddit import read_listed_thing

MAX_FEED_PAGES = 30  # Bluesky: 100 posts a page
MAX_STATUS_PAGES = 25  # Mastodon: 40 statuses a page
MAX_REDDIT_PAGES = 10  # Reddit: 100 things a page, each listing
# Reddit lists about 1,000 of a user's newest things, no older: a listing ending after that many ends
# there, not at the account's first post.
REDDIT_LISTING_CAP = 900
REDDIT_LISTINGS = {"submitted": "t3", "comments": "t1"}  # a user's listing: the kind of thing it holds
_REDDIT_USER = re.compile(r"[A-Za-z0-9_-]{3,20}")
_MAX_REDDIT_CHILDREN = 100
BLUESKY_AUTHOR_FEED = "https://public.api.bsky.app/xrpc/app.bsky.feed.getAuthorFeed"
_MAX_JSON = 5_000_000
_THREAD_POST = "app.bsky.feed.defs#threadViewPost"
_REPOST = "app.bsky.feed.defs#reasonRepost"
_PIN = "app.bsky.feed.defs#reasonPin"
_MASTODON_ID_SHIFT = 16


@dataclass(frozen=True)
class ApiPost:
    """One post of the account read from the API: its link, time and words."""

    url: str
    posted_at: dt.datetime | None
    text: str
    # The API says the post was edited (Mastodon's `edited_at`, Reddit's `edited` time): its words are the
    # last version's, and an earlier one may have held the quoted words.
    edited: bool = False


@dataclass
class FeedPage:
    """What one page of an account's posts gave: the account's own posts in it, the oldest time it reached
    (pinned posts aside), and the cursor or id to page on from (None: the feed ends here)."""

    posts: list[ApiPost] = field(default_factory=list)
    oldest: dt.datetime | None = None
    next: str | None = None
    skipped: int = 0  # reposts, boosts and others' posts: not the account's words
    # Posts the feed shows as the account's own (no repost) under another handle and DID: the account's
    # handle may have changed, or no longer checks out (`handle.invalid`); its posts are then not read here.
    foreign: int = 0
    listed: int = 0  # the things the page listed, whoever's (Reddit: its listings end at about 1,000)


def api_json(body: bytes) -> Any:
    """The JSON of an API answer, or None when it is none (too large, not JSON)."""
    return json_of(body, _MAX_JSON)


# --- Bluesky ---------------------------------------------------------------------------------------------


def author_feed_url(actor: str, cursor: str | None = None) -> str:
    query = {"actor": actor, "limit": "100", **({"cursor": cursor} if cursor else {})}
    return f"{BLUESKY_AUTHOR_FEED}?{urlencode(query, quote_via=quote)}"


def _is_the_account(author: Any, actor: str) -> bool:
    if not isinstance(author, dict):
        return False
    handle, did = author.get("handle"), author.get("did")
    return (isinstance(handle, str) and handle.lower() == actor) or (isinstance(did, str) and did == actor)


def _earlier(first: dt.datetime | None, second: dt.datetime | None) -> dt.datetime | None:
    return min(first, second) if first is not None and second is not None else first or second


def read_author_feed(data: Any, page_url: str, actor: str) -> FeedPage | None:
    """One `getAuthorFeed` answer as the posts of `actor` (a lowercased handle or DID); None when it is no
    feed."""
    if not isinstance(data, dict) or not isinstance(data.get("feed"), list):
        return None
    page = FeedPage()
    cursor = data.get("cursor")
    page.next = cursor if isinstance(cursor, str) and cursor else None
    for item in data["feed"]:
        if not isinstance(item, dict) or not isinstance(item.get("post"), dict):
            continue
        given = item.get("reason")
        reason: dict[str, Any] = given if isinstance(given, dict) else {}
        kind = reason.get("$type")
        if kind == _REPOST:
            # The feed is ordered by when the account reposted: that time pages, the post is another's.
            reposted = parse_published(
                reason.get("indexedAt") if isinstance(reason.get("indexedAt"), str) else None
            )
            page.oldest = _earlier(page.oldest, reposted.at if reposted else None)
            page.skipped += 1
            continue
        view = item["post"]
        post = read_post_thread(200, {"thread": {"$type": _THREAD_POST, "post": view}}, page_url)
        if post is not None and kind != _PIN:
            page.oldest = _earlier(page.oldest, post.published)  # the feed's order, whoever's it shows
        if post is None or not _is_the_account(view.get("author"), actor):
            page.skipped += 1
            page.foreign += post is not None
            continue
        if post.problem == "unavailable" or not post.canonical_url:
            continue  # a post the app does not show (taken down, hidden) is no post a report cites
        page.posts.append(ApiPost(post.canonical_url, post.published, post.text))
    return page


# --- Mastodon --------------------------------------------------------------------------------------------


def mastodon_id_at(moment: dt.datetime) -> int:
    """The smallest Mastodon id an instance gives a status made at `moment` (milliseconds, shifted)."""
    return int(moment.timestamp() * 1000) << _MASTODON_ID_SHIFT


def lookup_url(handle: str) -> str:
    user, _, instance = handle.partition("@")
    return f"https://{instance}/api/v1/accounts/lookup?{urlencode({'acct': user})}"


def read_lookup(data: Any, handle: str) -> str | None:
    """The account id the instance's lookup gives for `handle` (`user@instance`), when it is that account:
    its `acct` is the bare user (an account of the instance asked)."""
    if not isinstance(data, dict):
        return None
    account_id, acct = data.get("id"), data.get("acct")
    user = handle.partition("@")[0]
    if not isinstance(account_id, str) or not account_id.isascii() or not account_id.isdigit():
        return None
    return account_id if isinstance(acct, str) and acct.lower() == user.lower() else None


def statuses_url(handle: str, account_id: str, max_id: int, since_id: int) -> str:
    instance = handle.partition("@")[2]
    query = urlencode({"limit": "40", "max_id": str(max_id), "since_id": str(since_id)})
    return f"https://{instance}/api/v1/accounts/{account_id}/statuses?{query}"


def read_statuses(data: Any, page_url: str, handle: str) -> FeedPage | None:
    """One page of an account's statuses (`/api/v1/accounts/<id>/statuses`) as `handle`'s own posts, the
    next page's `max_id` (the oldest id read); None when it is no list of statuses."""
    if not isinstance(data, list):
        return None
    instance = handle.partition("@")[2]
    page = FeedPage()
    ids = []
    for item in data:
        post = read_status(item, page_url, instance, None)
        number = ascii_int(post.post_id or "") if post is not None else None
        if post is None or number is None:
            page.skipped += 1
            continue
        ids.append(number)
        if post.fields.get("reblog") or (post.handle or "").lower() != handle.lower():
            page.skipped += 1  # a boost shows another account's post; its words are not this account's
            continue
        page.oldest = _earlier(page.oldest, post.published)
        if post.problem is None and post.canonical_url:
            page.posts.append(ApiPost(post.canonical_url, post.published, post.text, post.edited))
    page.next = str(min(ids)) if ids else None
    return page


# --- Reddit ----------------------------------------------------------------------------------------------


def reddit_account(value: str) -> str | None:
    """A Reddit user's name as its listings' URLs take it (`u/harbour_watch`, `/u/…`, `@…` or the bare
    name), or None: 3 to 20 letters, digits, `_` or `-`."""
    name = value.strip().removeprefix("@").removeprefix("/")
    for prefix in ("u/", "user/"):
        if name.lower().startswith(prefix):
            name = name[len(prefix) :]
            break
    return name if _REDDIT_USER.fullmatch(name) else None


def reddit_listing_url(user: str, listing: str, after: str | None = None) -> str:
    """One page of a user's listing (`submitted` or `comments`), newest first."""
    query = {"limit": "100", "sort": "new", "raw_json": "1", **({"after": after} if after else {})}
    return f"https://www.reddit.com/user/{user}/{listing}.json?{urlencode(query, quote_via=quote)}"


def reddit_account_gone(status: int | None, data: Any) -> str | None:
    """What Reddit's own answer says of an account that is gone, or None when it says nothing of it (a
    refusal of clients not signed in, a page that is no JSON of Reddit's)."""
    if not isinstance(data, dict):
        return None
    reason = data.get("reason")
    if status in (403, 404) and reason in ("suspended", "deleted"):
        return f"Reddit says the account is {reason} (HTTP {status})"
    if status == 404 and data.get("error") == 404:
        return "Reddit finds no such account (HTTP 404): deleted, or never so named"
    return None


def reddit_about_url(user: str) -> str:
    """The user's profile, asked when a listing is refused: a suspended account's listings answer 403."""
    return f"https://www.reddit.com/user/{user}/about.json?raw_json=1"


def reddit_suspended(data: Any, user: str) -> bool:
    """Whether the profile (`about.json`, `kind` `t2`) says the account `user` is suspended."""
    if not isinstance(data, dict) or data.get("kind") != "t2" or not isinstance(data.get("data"), dict):
        return False
    profile = data["data"]
    name = profile.get("name")
    return profile.get("is_suspended") is True and isinstance(name, str) and name.lower() == user.lower()


def read_reddit_listing(data: Any, page_url: str, user: str, kind: str) -> FeedPage | None:
    """One page of a user's listing as `user`'s own posts (`kind` `t3`) or comments (`t1`); None when it
    is no Listing."""
    if not isinstance(data, dict) or data.get("kind") != "Listing" or not isinstance(data.get("data"), dict):
        return None
    listing = data["data"]
    children = listing.get("children")
    if not isinstance(children, list):
        return None
    after = listing.get("after")
    page = FeedPage(next=after if isinstance(after, str) and after else None, listed=len(children))
    for child in children[:_MAX_REDDIT_CHILDREN]:
        given = child.get("data") if isinstance(child, dict) else None
        thing: dict[str, Any] = given if isinstance(given, dict) else {}
        post = read_listed_thing(child.get("kind", "") if isinstance(child, dict) else "", thing, page_url)
        if post is None or (isinstance(child, dict) and child.get("kind") != kind):
            page.skipped += 1
            continue
        if thing.get("pinned") is not True:
            page.oldest = _earlier(
                page.oldest, post.published
            )  # a pinned post is shown first, whatever its time
        author = thing.get("author")
        if not isinstance(author, str) or author.lower() != user.lower():
            page.skipped += 1  # another's thing, or one whose author deleted the account: not read as theirs
            continue
        if post.problem is not None or not post.canonical_url:
            continue  # deleted or removed: no words a report cites
        text = " ".join(part for part in (post.title, post.text) if part)
        page.posts.append(ApiPost(post.canonical_url, post.published, text, post.edited))
    return page
