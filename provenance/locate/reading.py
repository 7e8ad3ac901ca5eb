"""What the search pages say: the one place `locate` turns the bytes it fetched into posts."""

from __future__ import annotations

import datetime as dt
import json
import math

from bs4 import BeautifulSoup

from provenance.capture.series import Page
from provenance.locate.telegram import ChannelPost

_MAX_POSTS = 500
SYNDICATION = "https://cdn.syndication.twimg.com/tweet-result"


def _html(page: Page) -> BeautifulSoup:
    return BeautifulSoup(page.body.decode("utf-8", errors="replace"), "html.parser")


def _time(text: str | None) -> dt.datetime | None:
    if not text:
        return None
    try:
        moment = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment.astimezone(dt.UTC) if moment.tzinfo else None


def channel_posts(page: Page, channel: str) -> tuple[ChannelPost, ...]:
    """The posts of a `t.me/s/<channel>` page: id, canonical URL, UTC time and text."""
    posts = []
    for node in _html(page).select(".tgme_widget_message[data-post]")[:_MAX_POSTS]:
        name, _, number = str(node.get("data-post") or "").partition("/")
        if not number.isdigit():
            continue
        text_node = node.select_one(".tgme_widget_message_text")
        time_node = node.select_one("time[datetime]")
        posts.append(
            ChannelPost(
                id=int(number),
                url=f"https://t.me/{name or channel}/{number}",
                posted_at=_time(str(time_node.get("datetime")) if time_node else None),
                text=text_node.get_text(" ", strip=True) if text_node else "",
            )
        )
    return tuple(posts)


_DIGITS = "0123456789abcdefghijklmnopqrstuvwxyz"


def _js_base36(value: float) -> str:
    """`value.toString(36)` as JavaScript writes it: fraction digits only as far as the double holds."""
    integer, fraction = math.floor(value), value - math.floor(value)
    delta = max(0.5 * (math.nextafter(value, math.inf) - value), math.nextafter(0.0, 1.0))
    digits: list[int] = []
    if fraction >= delta:
        while True:
            fraction, delta = fraction * 36, delta * 36
            digit = int(fraction)
            digits.append(digit)
            fraction -= digit
            if (fraction > 0.5 or (fraction == 0.5 and digit & 1)) and fraction + delta > 1:
                while digits and digits[-1] + 1 == 36:  # round up, carrying into earlier digits
                    digits.pop()
                if digits:
                    digits[-1] += 1
                else:
                    integer += 1
                break
            if fraction < delta:
                break
    whole = ""
    while True:
        integer, remainder = divmod(integer, 36)
        whole = _DIGITS[remainder] + whole
        if not integer:
            break
    return whole + ("." + "".join(_DIGITS[d] for d in digits) if digits else "")


def syndication_token(post_id: str) -> str:
    """The syndication endpoint's token: base 36 of (id / 1e15) x pi, zeros and the point removed."""
    return _js_base36(int(post_id) / 1e15 * math.pi).replace("0", "").replace(".", "")


def syndication_url(post_id: str) -> str:
    return f"{SYNDICATION}?id={post_id}&token={syndication_token(post_id)}"


def syndication_text(page: Page) -> str | None:
    """The post's text from the syndication JSON; None for a tombstone or anything that is not a post."""
    try:
        document = json.loads(page.body)
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(document, dict) or document.get("__typename") == "TweetTombstone":
        return None
    text = document.get("text")
    return text if isinstance(text, str) else None


def archived_post_text(page: Page) -> str | None:
    """An archived X/Twitter status page's text: its `og:description`, which holds the post."""
    meta = _html(page).select_one("meta[property='og:description']")
    content = meta.get("content") if meta else None
    return str(content) if content else None


def archived_post(page: Page, url: str) -> tuple[dt.datetime | None, str] | None:
    """(time, text) of an archived post page of any platform; None when it shows no text."""
    tree = _html(page)
    time_node = tree.select_one("time[datetime]")
    meta = tree.select_one("meta[property='og:description']")
    text = str(meta.get("content")) if meta and meta.get("content") else tree.get_text(" ", strip=True)[:5000]
    if not text:
        return None
    return _time(str(time_node.get("datetime")) if time_node else None), text
