"""What the search pages say, read by the platform extractors (`provenance.extractors`): no parser of its own.

A search page arrives as a `Page` of the capture series; the extractors read `StoredResponse`s, the same shape
`check` reads back from a WARC, so the adapter is one conversion.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass

from provenance.capture.series import Page
from provenance.checks.author import forward_of_another
from provenance.checks.quote import addressee
from provenance.citations.platforms import canonical_url, post_locator
from provenance.digits import ascii_int
from provenance.extractors.pages import decode_html, json_of
from provenance.extractors.telegram import read_channel_preview
from provenance.extractors.twitter import read_tweet_result
from provenance.extractors.web import read_web_page
from provenance.locate.registry import is_account_handle
from provenance.locate.telegram import ChannelPost
from provenance.warc.reader import StoredResponse

__all__ = ["SyndicatedPost", "archived_post", "channel_posts", "preview_posts", "syndication_text"]

_MAX_JSON = 2_000_000
# How the Telegram extractor says a message is a service notice (`extractors.telegram._not_a_post`).
_SERVICE_NOTICE = "Telegram shows a service notice"


def _response(page: Page) -> StoredResponse:
    return StoredResponse(
        uri=page.final_url or page.url,
        status=page.status,
        headers=page.headers,
        body=page.body,
        cut=page.truncated,
    )


def channel_posts(page: Page, channel: str) -> tuple[ChannelPost, ...]:
    """The posts of a `t.me/s/<channel>` page that are the channel's own (see `preview_posts`)."""
    return preview_posts(page, channel)[0]


def preview_posts(page: Page, channel: str) -> tuple[tuple[ChannelPost, ...], tuple[str, ...]]:
    """The posts of a `t.me/s/<channel>` page: id, canonical URL, UTC time, text, and whose post it forwards
    when another account's (as the author check names it); and the other channels whose posts the page
    shows. A post the page gives to another channel (`data-post="other/41"`: a page the preview redirected
    to another channel's, a hostile page) is not the searched channel's: it was proposed as the speaker's
    post at `t.me/other/41`. Telegram's usernames are case-insensitive. A service notice is marked so (the
    search keeps it for paging only), and a message whose words the page does not show (only in the app, a
    restriction notice) is marked `words_unseen`: its empty text is not what it says."""
    response = _response(page)
    preview = read_channel_preview(decode_html(response), response.uri)
    posts = []
    others: dict[str, None] = {}
    for post in preview.posts:
        number = ascii_int(post.post_id or "")
        if number is None:
            continue
        owner = (post.fields.get("data-post") or "").partition("/")[0]
        service = (post.problem_detail or "").startswith(_SERVICE_NOTICE)
        forwarded_from = forward_of_another(post)
        if owner.casefold() != channel.casefold():
            others[owner[:64]] = None
            continue
        posts.append(
            ChannelPost(
                id=number,
                url=f"https://t.me/{owner}/{post.post_id}",
                posted_at=post.published,
                # A service notice (a pin: "Rybar pinned «…»") keeps its time for paging, but its words are
                # the pinned post's, and no one posted it: it is no candidate (`service_notice`).
                text=post.text if post.problem is None else "",
                forwarded_from=forwarded_from,
                forwarded_url=_original_post(post.fields.get("forwarded_from_url"), forwarded_from),
                pinned="pinned" in post.fields,
                edited=post.edited,
                service_notice=service,
                # A message the web shows only in the app, or a restriction notice in its place: its words
                # were said to hold none of a quote's, and the footnote was told no post of the window did.
                words_unseen=post.problem is not None and not service,
                in_reply_to=post.fields.get("in_reply_to") or None,
                in_reply_to_author=post.fields.get("in_reply_to_author") or None,
                repost_of=_own_earlier_post(post.fields, owner, post.post_id) if not forwarded_from else None,
            )
        )
    return tuple(posts), tuple(others)


def _original_post(linked: str | None, forwarded_from: str | None) -> str | None:
    """The post a forward of another's post links to in its header (`https://t.me/<channel>/<id>`), or None
    when it is no such forward or links to no public post (a person's account, a private chat's post)."""
    if not linked or forwarded_from is None:
        return None
    channel, post_id = post_locator(linked)
    return canonical_url(linked) if channel and post_id else None


def _own_earlier_post(fields: Mapping[str, str], channel: str, post_id: str | None) -> str | None:
    """The channel's own other post a forward of its own links to in its header (`Forwarded from Rybar` on
    Rybar's channel): the post whose words it repeats. None for no forward, or one linking no post of it."""
    if not fields.get("forwarded_from"):
        return None
    linked = fields.get("forwarded_from_url") or ""
    handle, linked_id = post_locator(linked)
    if handle is None or linked_id is None or handle.casefold() != channel.casefold() or linked_id == post_id:
        return None
    return canonical_url(linked)


@dataclass(frozen=True)
class SyndicatedPost:
    """What a status's syndication JSON says of it: its author's screen name and account id, if given, its
    text, and whom it answers or quotes (`checks.quote.addressee`), if anyone."""

    author: str | None
    author_id: str | None
    text: str
    addressed: str | None = None
    # The account's own post it reposts (a repost shows that post's words): `https://x.com/<handle>/status/<id>`.
    repost_of: str | None = None
    # Whose post it reposts, when another account's (`text` is then that post's words, not the account's),
    # and that post's address, when the JSON gives it.
    forwarded_from: str | None = None
    forwarded_url: str | None = None
    # An edited post's versions, oldest first, its own among them (`edit_control`): one post, not several.
    versions: tuple[str, ...] = ()


def syndication_text(page: Page, post_id: str) -> SyndicatedPost | None:
    """The author (screen name, account id) and text of post `post_id` from its syndication JSON; None for a
    tombstone, another post, or anything that is not a post. A lone surrogate the JSON escapes is U+FFFD, as
    the extractors read it (`json_of`): kept, it was in the candidate's text that no UTF-8 writes, and
    `--json` ended in an internal error."""
    document = json_of(page.body, _MAX_JSON)
    if document is None:
        return None
    post = read_tweet_result(document, page.final_url or page.url, post_id)
    reposted_from = post.fields.get("forwarded_from") if post is not None else None
    if post is not None and post.problem is None and reposted_from and post.fields.get("quoted_post"):
        # A repost of another's post: their words, never the account's. Read from the post's archived copy
        # instead (its text empty here), they were the account's own, at speaker 1.00.
        return SyndicatedPost(
            post.handle,
            post.author_id,
            post.fields["quoted_post"],
            forwarded_from=reposted_from,
            forwarded_url=_reposted_url(document),
        )
    if post is None or post.problem is not None or not post.text:
        return None
    # Whom a reply answers: the post it shows above (`parent`), its text's opening handle, else the JSON's
    # `in_reply_to_screen_name` (a reply to several, or whose parent the answer leaves out).
    replied_to = document.get("in_reply_to_screen_name") if isinstance(document, dict) else None
    named = replied_to if isinstance(replied_to, str) and is_account_handle(replied_to) else None
    return SyndicatedPost(
        post.handle,
        post.author_id,
        post.text,
        addressee(post) or named,
        _own_reposted(document, post.handle),
        versions=tuple((post.fields.get("edit_tweet_ids") or "").split()),
    )


def _reposted_url(document: object) -> str | None:
    """The address of the post a repost shows (`retweeted_tweet`, `retweeted_status`), when its JSON gives the
    post's id and its author's handle."""
    if not isinstance(document, dict):
        return None
    for key in ("retweeted_tweet", "retweeted_status"):
        original = document.get(key)
        user = original.get("user") if isinstance(original, dict) else None
        if not isinstance(original, dict) or not isinstance(user, dict):
            continue
        handle, original_id = user.get("screen_name"), original.get("id_str")
        numbered = isinstance(original_id, str) and original_id.isascii() and original_id.isdigit()
        if isinstance(handle, str) and is_account_handle(handle) and numbered:
            return f"https://x.com/{handle}/status/{original_id}"
    return None


def _own_reposted(document: object, handle: str | None) -> str | None:
    """The address of the account's own post a repost shows (`retweeted_tweet`, `retweeted_status` by the
    same handle), else None: its words are that post's, first posted then."""
    if not isinstance(document, dict) or handle is None:
        return None
    for key in ("retweeted_tweet", "retweeted_status"):
        original = document.get(key)
        if not isinstance(original, dict):
            continue
        user = original.get("user")
        shown = user.get("screen_name") if isinstance(user, dict) else None
        original_id = original.get("id_str")
        if (
            isinstance(shown, str)
            and shown.casefold() == handle.casefold()
            and isinstance(original_id, str)
            and original_id.isascii()
            and original_id.isdigit()
            and original_id != str(document.get("id_str"))
        ):
            return f"https://x.com/{handle}/status/{original_id}"
    return None


def archived_post(page: Page, original: str) -> tuple[dt.datetime | None, bool, str] | None:
    """(time, whether the page gives only its day, text) of an archived post page: what the page says of
    itself (`og:description` first, as X and Telegram post pages put the post there); None when it shows no
    text. A day alone is kept as that day's midnight UTC, which is no time the page gave.
    """
    post = read_web_page(original, _response(page))
    text = post.fields.get("og:description") or post.text
    return (post.published, post.published_day_only, text) if text else None
