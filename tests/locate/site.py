"""A loopback stand-in for the public pages `locate` reads, with clearly fictional accounts.

- Telegram channel previews (`/s/<channel>`, `?before=<id>`), twenty posts a page, newest last, for two
  channels of 60 posts each over 20-22 January 2022.
- The Wayback Machine's CDX API (`/cdx/search/cdx`) listing the archived statuses of one X account, its
  mementos (`/web/<timestamp>id_/<url>`), and the syndication JSON (`/tweet-result`) of each status.

Every host (t.me, web.archive.org, cdn.syndication.twimg.com) is served by one TLS server, reached with
`--connect-to ::127.0.0.1:<port>`, so URLs stay the real ones.
"""

from __future__ import annotations

import datetime as dt
import html
import json
from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

from provenance.side_urls import syndication_token
from tests.support.servers import FixtureRequestHandler, FixtureServer, Reply

START = dt.datetime(2022, 1, 20, 0, 30, tzinfo=dt.UTC)
SPACING = dt.timedelta(minutes=72)  # 60 posts over three days
PAGE = 20
_EPOCH_MS = 1288834974657

_FILLER = (
    "Situation update {n}: shelling reported in sector {s}, no casualties confirmed.",
    "Reminder {n}: subscribe for verified updates from the front in sector {s}.",
    "Photo report {n} from the positions in sector {s}; more material to follow.",
    "Briefing {n}: the supply road through sector {s} remains open tonight.",
    "Statement {n} on the situation in sector {s} will be published later.",
)


@dataclass(frozen=True)
class Post:
    id: int
    at: dt.datetime
    text: str


def channel_posts(first_id: int, quoted: dict[int, str], salt: int) -> list[Post]:
    """60 posts, one every 72 minutes from START; `quoted` gives the text of the posts at those indexes."""
    posts = []
    for index in range(60):
        filler = _FILLER[(index + salt) % len(_FILLER)].format(n=index + 1, s=(index * 7 + salt) % 11 + 1)
        posts.append(Post(first_id + index, START + index * SPACING, quoted.get(index, filler)))
    return posts


def preview_page(channel: str, title: str, posts: list[Post], before: int | None) -> bytes:
    shown = [post for post in posts if before is None or post.id < before][-PAGE:]
    messages = "".join(
        f'<div class="tgme_widget_message_wrap">'
        f'<div class="tgme_widget_message" data-post="{channel}/{p.id}">'
        f'<div class="tgme_widget_message_text">{html.escape(p.text)}</div>'
        f'<a class="tgme_widget_message_date" href="https://t.me/{channel}/{p.id}">'
        f'<time datetime="{p.at.isoformat()}">{p.at:%H:%M}</time></a></div></div>'
        for p in shown
    )
    older = f'<link rel="prev" href="/s/{channel}?before={shown[0].id}">' if shown else ""
    return (
        f"<html><head><title>{html.escape(title)}</title>{older}</head><body>"
        f'<div class="tgme_channel_info_header_title">{html.escape(title)}</div>'
        f"<section class='tgme_channel_history'>{messages}</section></body></html>"
    ).encode()


def snowflake(at: dt.datetime, sequence: int = 0) -> int:
    return ((int(at.timestamp() * 1000) - _EPOCH_MS) << 22) + sequence


@dataclass(frozen=True)
class Tweet:
    id: int
    text: str
    deleted: bool = False  # the syndication JSON says TweetTombstone; only the memento has the text
    # An edited post's versions' ids, oldest first (its own among them), as its `edit_control` lists them.
    versions: tuple[int, ...] = ()

    @property
    def archived(self) -> str:
        at = dt.datetime(1970, 1, 1, tzinfo=dt.UTC) + dt.timedelta(milliseconds=(self.id >> 22) + _EPOCH_MS)
        return (at + dt.timedelta(hours=3)).strftime("%Y%m%d%H%M%S")


class Site:
    """Routes for a FixtureServer: channel previews, the CDX API, mementos and syndication JSON."""

    def __init__(self, channels: dict[str, tuple[str, list[Post]]], handle: str, tweets: list[Tweet]) -> None:
        self.channels = channels
        self.handle = handle
        self.tweets = {str(tweet.id): tweet for tweet in tweets}
        self.preview_requests: list[str] = []

    def routes(self) -> dict[str, object]:
        routes: dict[str, object] = {f"/s/{name}": self._preview(name) for name in self.channels}
        routes["/cdx/search/cdx"] = self._cdx
        routes["/tweet-result"] = self._syndication
        for tweet in self.tweets.values():
            path = f"/web/{tweet.archived}id_/https://twitter.com/{self.handle}/status/{tweet.id}"
            page = (
                f'<html><head><meta property="og:description" content="{html.escape(tweet.text)}">'
                f"</head><body>JavaScript is not available.</body></html>"
            )
            routes[path] = Reply(body=page.encode())
        return routes

    def _preview(self, name: str):  # type: ignore[no-untyped-def]
        title, posts = self.channels[name]

        def send(handler: FixtureRequestHandler) -> None:
            self.preview_requests.append(handler.path)
            before = parse_qs(urlsplit(handler.path).query).get("before", [None])[0]
            handler.reply(Reply(body=preview_page(name, title, posts, int(before) if before else None)))

        return send

    def _cdx(self, handler: FixtureRequestHandler) -> None:
        query = parse_qs(urlsplit(handler.path).query)
        pattern = query["url"][0]
        assert pattern.endswith("*") and query["output"] == ["json"]
        rows = [["urlkey", "timestamp", "original", "mimetype", "statuscode", "digest", "length"]]
        for tweet in self.tweets.values():
            original = f"https://twitter.com/{self.handle}/status/{tweet.id}"
            if original.split("://", 1)[1].startswith(pattern[:-1]):
                key = f"com,twitter)/{self.handle}/status/{tweet.id}"
                rows.append([key, tweet.archived, original, "text/html", "200", "DIGEST", "1000"])
        body = json.dumps(rows if len(rows) > 1 else []).encode()
        handler.reply(Reply(body=body, headers=(("Content-Type", "application/json"),)))

    def _syndication(self, handler: FixtureRequestHandler) -> None:
        query = parse_qs(urlsplit(handler.path).query)
        post_id, token = query["id"][0], query["token"][0]
        tweet = self.tweets.get(post_id)
        if tweet is None or token != syndication_token(post_id):
            handler.reply(Reply(404, b"{}", (("Content-Type", "application/json"),)))
            return
        document = (
            # X's shape for a post its author deleted (one naming no reason is an age-restricted post's).
            {
                "__typename": "TweetTombstone",
                "tombstone": {"text": {"text": "This Post was deleted by the Post author. Learn more"}},
            }
            if tweet.deleted
            else {
                "__typename": "Tweet",
                "id_str": post_id,
                "text": tweet.text,
                "user": {"screen_name": self.handle},
                **_edit_control(tweet),
            }
        )
        handler.reply(
            Reply(body=json.dumps(document).encode(), headers=(("Content-Type", "application/json"),))
        )


def _edit_control(tweet: Tweet) -> dict[str, object]:
    """X's `edit_control` of an edited post: its versions at its top on the latest version, under
    `edit_control_initial` on an older one (which also says `isStaleEdit`)."""
    if not tweet.versions:
        return {}
    ids = [str(version) for version in tweet.versions]
    if tweet.id == tweet.versions[-1]:
        return {"isEdited": True, "edit_control": {"edit_tweet_ids": ids, "is_edit_eligible": False}}
    return {"isStaleEdit": True, "edit_control": {"edit_control_initial": {"edit_tweet_ids": ids}}}


def serve(site: Site, server: FixtureServer) -> None:
    server.routes.update(site.routes())  # type: ignore[arg-type]
