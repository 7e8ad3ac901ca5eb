"""Reddit: a post or a comment read from Reddit's public JSON captured beside its page, never from the page.

Reddit's page of a post is a script app, or an "over 18" or "blocked" interstitial, for a reader not signed
in: what a post says comes from one side request (DESIGN.md section 4), kept in the footnote's WARC:
`https://www.reddit.com/comments/<post id>/.json?raw_json=1&limit=1&depth=1`, or for a comment its
permalink's, `…/comments/<post id>/_/<comment id>/.json?…` (`side_urls.reddit_json_url`). It answers a list
of two Listings: the post's (`kind` `t3`: `id`, `title`, `selftext`, `author`, `author_fullname`,
`subreddit`, `created_utc`, `edited`, `removed_by_category`, `over_18`, `url`, `permalink`,
`crosspost_parent_list`) and the comments' (`kind` `t1`: `id`, `body`, `author`, `created_utc`, `edited`,
`parent_id`, `permalink`), the cited comment first on its permalink.

Rules, as a fact-checker reads a post:
- The answer is the cited post only when its `id` is the link's post id; a comment only when a `t1` of the
  comments' Listing has the link's comment id (an answer that holds the post alone, a comment deleted
  without replies, is not the comment; one that holds a `more` placeholder in its place, comments Reddit
  did not send, says nothing of it and is not read). Any other answer is not read.
- Its words are the post's `selftext` (markdown, read as the text it shows) or the comment's `body`, but for
  what they quote (`> …`: another's words, most often the comment or post answered), kept as `quoted_post`,
  and a gallery post's the captions of its images too (`gallery_data.items[].caption`, of the images
  `media_metadata` holds; a crossposted gallery's are the original poster's, in `quoted_post`);
  its time is `created_utc` (UTC); its author `u/<author>`, handle `<author>`, id `author_fullname`. A
  comment has no title: the post's is kept in `fields` (`post title`), never read as the comment's.
- Deleted (`selftext` or `body` `[deleted]`, the author `[deleted]`) or removed (`[removed]`, Reddit's
  notice `[ Removed by Reddit ]` or another `[ Removed by … ]` as the whole of the words, or of a post's
  title, which Reddit puts in place of the title of a post it removed; or a `removed_by_category` set: by
  moderators, Reddit, a copyright claim, the author) is `unavailable`: the title stays in `fields` for the
  record. An account deleted since keeps its words (author `[deleted]`):
  they are read, with no author.
- A crosspost's words are the original poster's: the original's title and words are kept as `quoted_post`,
  with whose they are (`quoted_post_author`), never as the crossposter's; its author and time are the
  crossposter's, and the original's author is named as a forward's original is (`forwarded_from`, its link
  `forwarded_from_url`), so that `checks.author` neither passes the crosspost as the crossposter's own words
  nor fails a note crediting them to their author.
- `edited` (a time) makes the post `edited`, said in `fields`; `over_18` and a link post's `url` (the page
  it links to, not its words) are kept in `fields`.
- Reddit refuses many clients that are not signed in (HTTP 403 or 429, "blocked by network security"): an
  answer that is no JSON of the post says nothing of whether the post is there. The post is then not read
  (`challenge` for a refusal, else `script-shell`), never called deleted; only the page's own word in place
  of a post (`[deleted by user]`, a bot check: `web.read_web_page`'s problems; new Reddit's "Sorry, this
  post was deleted by the person who originally posted it.", "… removed by the moderators of r/<name>.",
  outside its comments: `unavailable`) is said as the page says it.
- old.reddit.com's server-rendered page, asked where the JSON is refused (`side_urls.reddit_page_follow_ups`)
  or cited itself, is read in the JSON's place (`read_old_reddit`) with the same care: the `div.thing` whose
  `data-fullname` is the cited `t3_<post>` or `t1_<comment>`, on the cited post's page, from its own
  `div.entry` alone (never a reply's, nor for a crosspost the original's words); its author `data-author`,
  its time `data-timestamp` (ms) or its tagline's `time.live-timestamp`; its words the `form.usertext`'s
  `div.md` as a browser shows them (entities as text, hidden elements none), a `<blockquote>` kept as
  `quoted_post`, and a gallery post's the captions of its entry's gallery (`.gallery-tile`'s and
  `.gallery-preview`'s `.gallery-item-caption`, or, its expando collapsed, the same markup its
  `data-cachedhtml` holds; a post the page marks a gallery, `data-is-gallery`, shown with none of that
  markup, a first image's preview at most, says in `unread` that its captions were not read);
  `[deleted]`/`[removed]` (or Reddit's `[ Removed by … ]`)
  is `unavailable`, as is a post whose words' place shows `[removed]` outside any `div.md` (how the page
  writes a post removed by moderators, its title and author still shown). A page without the cited thing
  is not read. An archived copy of the post's page (a Wayback memento, read from where it starts), kept in
  that markup, is read so.
- An archived copy of new Reddit's page of a post, kept before its scripts ran (`read_new_reddit_post`), is
  read by the `shreddit-post` whose `id` is the cited `t3_<post>`: its `post-title`, `author` and
  `created-timestamp` attributes and its own `slot=text-body` (a `<blockquote>` kept as `quoted_post`) and
  its gallery's captions (its `gallery-carousel`'s `figcaption`s), never a comment's (each in its
  `shreddit-comment`, beside the post); a crosspost's words are not read (the original's, from its own
  `shreddit-post` inside, are kept as `quoted_post`), and its original poster and
  community are named as the JSON's are (`forwarded_from`, `original subreddit`: from that `shreddit-post`,
  else the links of its `slot=crosspost` box, also as the archive wrote them, the Wayback Machine's
  `https://web.archive.org/web/<stamp>/<URL>` and archive.today's `https://archive.ph/o/<code>/<URL>`, as old
  Reddit's `.crosspost-preview` links are), and a post whose words or title say it was deleted or removed
  (`[deleted]`, `[deleted by user]`) is `unavailable`. A comment's link is not read from it, nor is the live
  page: Reddit's JSON is the post's evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from selectolax.lexbor import LexborHTMLParser, LexborNode

from provenance.citations.platforms import reddit_post
from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.pages import (
    MAX_TEXT,
    decode_html,
    json_of,
    linked_out_of_a_copy,
    meta_content,
    meta_tags,
    node_text,
    raw_fields,
    squeeze,
)
from provenance.extractors.web import read_web_page
from provenance.html_nesting import within_nesting
from provenance.models import Platform, SourcePost
from provenance.patterns import on_first_use
from provenance.side_urls import OLD_REDDIT, REDDIT_JSON, host_of, reddit_json_url
from provenance.warc.reader import StoredResponse

_MAX_HTML = 2_000_000
_MAX_CHILDREN = 100  # a Listing's children looked at: the cited comment comes first on its permalink
_GONE_WORDS = frozenset({"[deleted]", "[removed]"})
# Reddit's own notice in a thing's words' place, said by Reddit itself or its moderators (`[ Removed by Reddit
# ]`, `[ Removed by reddit in response to a copyright notice. ]`, `[ Removed by reddit on account of violating
# the [content policy](/help/contentpolicy). ]`): a comment has no `removed_by_category` to say so.
_REMOVAL_NOTICE_OPENING = "removed by "
_MAX_REMOVAL_NOTICE = 200
_DELETED_AUTHOR = "[deleted]"
# How a refusal of clients not signed in answers, in place of the JSON.
_REFUSED = frozenset({401, 403, 429})
# What new Reddit's page shows in a post's place once it is gone, where its JSON was refused: "Sorry, this
# post was deleted by the person who originally posted it.", "Sorry, this post has been removed by the
# moderators of r/<name>.", "Sorry, this post was removed by Reddit's filters.". Read as a page that needs
# its scripts, the post was said to be refused for now (capture it again later), never gone. Looked for
# outside the comments (a reader may paste the notice into one).
_GONE_NOTICE = on_first_use(
    r"sorry, this post (?:was|has been) (?:deleted|removed) by (?:the person who originally posted it"
    r"|the moderators of r/\w{1,21}|reddit.s (?:filters|safety filters|admins))",
    re.IGNORECASE,
)
_COMMENTS = "shreddit-comment-tree, shreddit-comment, faceplate-partial[src*=comment]"
# What a 403's JSON says when the community, not the client, is closed to readers.
_CLOSED_COMMUNITIES = {
    "private": "the community is private: only its members can read it",
    "banned": "the community is banned",
    "quarantined": "the community is quarantined: Reddit shows it only to readers signed in who opt in",
    "gold_only": "the community is open to Reddit Premium members only",
}

# Markdown's marks, dropped to read a post as the words it shows: `[words](link)`, emphasis and strikethrough
# runs, a quote's or a heading's marks at a line's start, a backslash's escape. Each pattern is one bounded or
# single class run: linear on any input.
_MD_LINK = re.compile(r"\[([^\[\]\n]{0,2000})\]\([^()\s]{0,2000}\)")
# A backslash's escape keeps the mark it escapes; emphasis and strikethrough runs go. One pass: an escaped
# `\*` is no emphasis.
_MD_ESCAPE_OR_EMPHASIS = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>~|^])|\*{1,3}|_{2,3}|~~")
_MD_LINE_MARK = re.compile(r"^[ \t]{0,3}(?:>[ \t]?){1,10}|^[ \t]{0,3}#{1,6}[ \t]+", re.MULTILINE)
_MD_SPOILER = re.compile(r">!|!<")


def own_and_quoted(markdown: str) -> tuple[str, str]:
    """(the lines a Reddit text writes, the lines it quotes): a blockquote (`> …`, and the lines that go on
    its paragraph without a blank line, as markdown reads them) is someone else's words, most often the
    comment or post it answers; a spoiler (`>!…!<`) is the writer's own."""
    own: list[str] = []
    quoted: list[str] = []
    in_quote = False
    for line in markdown.split("\n"):
        opening = line.lstrip(" \t")
        if opening.startswith(">") and not opening.startswith(">!"):
            in_quote = True
        elif not line.strip():
            in_quote = False
        (quoted if in_quote else own).append(line)
    return "\n".join(own).strip(), "\n".join(quoted).strip()


def markdown_words(markdown: str) -> str:
    """The words a Reddit markdown text shows, its marks dropped (`**closed**` reads `closed`, `[the
    bridge](https://…)` reads `the bridge`)."""
    text = _MD_SPOILER.sub("", markdown)
    text = _MD_LINE_MARK.sub("", text)
    text = _MD_LINK.sub(r"\1", text)
    return _MD_ESCAPE_OR_EMPHASIS.sub(lambda found: found.group(1) or "", text)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None


def _things(listing: Any) -> list[tuple[str, dict[str, Any]]]:
    """(kind, data) of a Listing's first children."""
    children = _dict(_dict(listing).get("data")).get("children")
    if not isinstance(children, list):
        return []
    return [
        (child["kind"], _dict(child.get("data")))
        for child in children[:_MAX_CHILDREN]
        if isinstance(child, dict) and isinstance(child.get("kind"), str)
    ]


def _time(value: Any) -> dt.datetime | None:
    """A Unix time Reddit gives (`created_utc`, `edited`) as UTC; None for `false` or a time no post has."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return dt.datetime.fromtimestamp(value, dt.UTC) if 1_000_000_000 <= value <= 5_000_000_000 else None
    except (OverflowError, ValueError, OSError):
        return None


def _removal_notice(words: str) -> str | None:
    """Reddit's `[ Removed by … ]` notice when it is the whole of `words` (a thing's words, a post's title),
    else None."""
    said = words.strip()
    notice = said[1:-1].strip().casefold() if said.startswith("[") and said.endswith("]") else ""
    return said if notice.startswith(_REMOVAL_NOTICE_OPENING) and len(said) <= _MAX_REMOVAL_NOTICE else None


def _gone_said(words: str, title: str | None = None) -> str | None:
    """What a thing's words say in their place when it was deleted or removed (`[deleted]`, `[removed]`,
    Reddit's `[ Removed by Reddit ]` notices, the whole of the words), or what a post's title says in its
    place when Reddit removed the post (its notice); None for words of its own."""
    said = words.strip()
    if said in _GONE_WORDS:
        return said
    return _removal_notice(said) or (_removal_notice(title) if title else None)


def _gone(
    api_uri: str, detail: str, fields: dict[str, str | None], said_by: str = "Reddit's JSON"
) -> SourcePost:
    return SourcePost(
        platform=Platform.REDDIT,
        url=api_uri,
        problem="unavailable",
        problem_detail=f"{said_by} {detail} ({api_uri[:300]})",
        fields=raw_fields(fields),
    )


_MAX_GALLERY_ITEMS = 50  # a gallery's images looked at for their captions: Reddit allows 20
_MAX_CAPTION = 1_000  # a caption's characters read: Reddit allows 180


def _joined_captions(captions: list[str]) -> str:
    """A gallery's captions, each once, in the gallery's order, bounded."""
    shown = dict.fromkeys(squeeze(caption[:_MAX_CAPTION]) for caption in captions[:_MAX_GALLERY_ITEMS])
    return "\n".join(caption for caption in shown if caption)


def gallery_captions(post: dict[str, Any]) -> str:
    """The captions of a gallery post's images, as Reddit's JSON gives them (`gallery_data.items[].caption`,
    each of an image `media_metadata` holds, not one whose media failed), one a line: the poster's words
    under each picture, which the post's `selftext` does not hold."""
    items = _dict(post.get("gallery_data")).get("items")
    media = _dict(post.get("media_metadata"))
    captions: list[str] = []
    for item in items[:_MAX_GALLERY_ITEMS] if isinstance(items, list) else ():
        item = _dict(item)
        media_id = item.get("media_id")
        shown = media.get(media_id) if isinstance(media_id, str) else None
        status = _dict(shown).get("status")
        if not isinstance(shown, dict) or (isinstance(status, str) and status != "valid"):
            continue
        caption = _str(item.get("caption"))
        if caption:
            captions.append(caption)
    return _joined_captions(captions)


def _crossposted(post: dict[str, Any]) -> dict[str, str | None]:
    """The post a crosspost shows (`crosspost_parent_list`): the original poster's words, never the
    crossposter's."""
    parents = post.get("crosspost_parent_list")
    original = _dict(parents[0]) if isinstance(parents, list) and parents else {}
    if not original:
        return {"crosspost_parent": _str(post.get("crosspost_parent"))}
    selftext = _str(original.get("selftext")) or ""
    title = _str(original.get("title"))
    # The original deleted or removed since the crosspost was made: the crosspost stands, its original's
    # words are Reddit's mark (`[deleted]`), never read as that post's words, and said.
    gone = _gone_said(selftext, title)
    removed = _str(original.get("removed_by_category"))
    original_words = "" if gone else markdown_words(own_and_quoted(selftext)[0])
    shown_title = None if title and _removal_notice(title) else title  # Reddit's notice in its title's place
    # A crossposted gallery's captions are the original poster's words too, never the crossposter's.
    captions = "" if gone else gallery_captions(original)
    words = " ".join(part for part in (shown_title, original_words, captions) if part)
    not_shown = (
        f"the post it crossposts was removed since (removed_by_category {removed!r})"
        if removed
        else f"the post it crossposts shows {gone}: deleted since"
        if gone
        else None
    )
    author = _str(original.get("author"))
    whose = f"u/{author}" if author and author != _DELETED_AUTHOR else None
    link = (
        f"https://www.reddit.com{original['permalink']}"
        if isinstance(original.get("permalink"), str) and original["permalink"].startswith("/")
        else None
    )
    return {
        "crosspost_parent": _str(post.get("crosspost_parent")) or _str(original.get("name")),
        # Where the original was posted: the crosspost's own `subreddit` is the crossposter's community.
        "original subreddit": _str(original.get("subreddit_name_prefixed")),
        "quoted_post": words[:MAX_TEXT] or None,
        "quoted_post_author": whose,
        "quoted_post_uri": link,
        "quoted_post_not_shown": not_shown,
        # Whose post the crosspost shows, as a forward's original is named (an X repost's, a Mastodon
        # boost's): `checks.author` never passes the crosspost as the crossposter's own words, nor fails a
        # note crediting the words to their author. Named only by its link where its account is deleted.
        "forwarded_from": whose or (f"the author of the post it crossposts ({link})" if link else None),
        "forwarded_from_url": link,
    }


def read_reddit_json(
    status: int | None, data: Any, api_uri: str, wanted: tuple[str, str | None]
) -> SourcePost | None:
    """Reddit's JSON of a post or comment (its HTTP status and parsed body) as the cited thing, `wanted`
    (post id, comment id or None); None when it says nothing of it (not Reddit's JSON, a refusal, another
    post than the cited one)."""
    post_id, comment_id = wanted
    if status in (403, 404) and isinstance(data, dict) and "error" in data:
        reason = data.get("reason")
        closed = _CLOSED_COMMUNITIES.get(reason) if isinstance(reason, str) else None
        if closed is not None:
            return _gone(api_uri, f"answers HTTP {status}: {closed}", {"reason": reason})
        if status == 404:
            return _gone(api_uri, "answers HTTP 404: Reddit finds no such post", {})
        return None
    if status != 200:
        return None
    listings = data if isinstance(data, list) else [data]
    post = next((thing for kind, thing in _things(listings[0]) if kind == "t3"), None) if listings else None
    if post is None or not isinstance(post.get("id"), str) or post["id"].lower() != post_id:
        return None
    title = _str(post.get("title"))
    record = {
        "id": post["id"],
        "subreddit": _str(post.get("subreddit")),
        "permalink": _str(post.get("permalink")),
        "title": title,
        "created_utc": str(post.get("created_utc")) if _time(post.get("created_utc")) else None,
        "removed_by_category": _str(post.get("removed_by_category")),
        "over_18": "true" if post.get("over_18") is True else None,
        "link": _str(post.get("url")) if post.get("is_self") is False else None,
    }
    if comment_id is not None:
        comments = _things(listings[1] if len(listings) > 1 else None)
        comment = next(
            (
                thing
                for kind, thing in comments
                if kind == "t1" and isinstance(thing.get("id"), str) and thing["id"].lower() == comment_id
            ),
            None,
        )
        fields = {"post id": post["id"], "post title": title, "subreddit": record["subreddit"]}
        if comment is None and any(kind == "more" for kind, _ in comments):
            # "Load more comments": comments Reddit did not send, the cited one perhaps among them. Not read,
            # never called deleted.
            return None
        if comment is None:
            return _gone(
                api_uri,
                f"shows the post but not the cited comment {comment_id}: deleted, removed, or not in this "
                "thread",
                fields,
            )
        return _read_thing(comment, "body", api_uri, fields)
    removed = record["removed_by_category"]
    if removed is not None:
        return _gone(api_uri, f"says the post was removed (removed_by_category {removed!r})", record)
    shown = _comments_shown(listings[1] if len(listings) > 1 else None)
    return _read_thing(post, "selftext", api_uri, {**record, **_crossposted(post), **shown})


_MOST_COMMENTS_KEPT = 20_000  # characters of a thread's comments kept apart (`web.MAX_OUTSIDE_TEXT`'s bound)
_MOST_COMMENT_CHARS = 2_000  # of one comment's markdown read
_COMMENTS_JOIN = " | "  # as `checks.author` and `checks.quote` read them


def _comments_shown(listing: Any) -> dict[str, str]:
    """The comments a thread's JSON shows under its post (its first children, not their replies), each as
    `u/<author>: <words>`, kept apart as `reader_comments`: a commenter's words are not the poster's, and a
    quote found only there said "not found verbatim", its commenter cited failing `author`."""
    said: list[str] = []
    for kind, thing in _things(listing):
        author, body = _str(thing.get("author")), thing.get("body")
        if kind == "t1" and author and author != _DELETED_AUTHOR and isinstance(body, str) and body:
            # Each comment's words cut, and the join's " | " in them written otherwise: one comment cannot
            # pass for another's (`u/<someone>: …`).
            words = markdown_words(body[:_MOST_COMMENT_CHARS]).replace(_COMMENTS_JOIN, " / ")
            said.append(f"u/{author}: {words}")
    kept = _COMMENTS_JOIN.join(said)[:_MOST_COMMENTS_KEPT]
    return {"reader_comments": kept} if kept else {}


def _read_thing(
    thing: dict[str, Any], words_key: str, api_uri: str, fields: dict[str, str | None]
) -> SourcePost:
    """A post (`selftext`) or a comment (`body`) Reddit's JSON shows."""
    kind = "post" if words_key == "selftext" else "comment"
    given = thing.get(words_key)
    words = given if isinstance(given, str) else ""
    author = _str(thing.get("author"))
    edited = _time(thing.get("edited"))
    fields = {
        **fields,
        "author": author,
        "author_fullname": _str(thing.get("author_fullname")),
        "parent_id": _str(thing.get("parent_id")),
        "edited": f"{edited.isoformat()} (Reddit's `edited`: the words may not be those first posted)"
        if edited
        else ("true" if thing.get("edited") is True else None),
        words_key: words[:500] or None,
    }
    own, quoted = own_and_quoted(words)
    if quoted and not fields.get("quoted_post"):
        # Another's words the post or comment quotes: never its writer's own.
        fields["quoted_post"] = markdown_words(quoted)[:MAX_TEXT]
    elif quoted:
        fields["blockquoted"] = markdown_words(quoted)
    gone = _gone_said(words, _str(thing.get("title")) if kind == "post" else None)
    if gone is not None:
        who = "by its author" if gone == "[deleted]" else "by moderators or Reddit"
        return _gone(api_uri, f"shows the {kind} as {gone}: deleted {who}", fields)
    created = _time(thing.get("created_utc"))
    name = author if author and author != _DELETED_AUTHOR else None
    permalink = _str(thing.get("permalink"))
    text = markdown_words(own)
    # A gallery post's words are its body's and its images' captions (a crosspost's, copied from the post
    # it crossposts, are the original poster's: kept apart as its `quoted_post`).
    crossposted = thing.get("crosspost_parent_list") or thing.get("crosspost_parent")
    captions = gallery_captions(thing) if kind == "post" and not crossposted else ""
    if captions:
        text = f"{text}\n\n{captions}" if text.strip() else captions
        fields["gallery captions"] = captions[:500]
    return SourcePost(
        platform=Platform.REDDIT,
        url=api_uri,
        canonical_url=f"https://www.reddit.com{permalink}" if permalink and permalink[0] == "/" else None,
        post_id=thing["id"].lower(),
        author=f"u/{name}" if name else None,
        handle=name,
        author_id=_str(thing.get("author_fullname")) if name else None,
        published=created,
        published_from="created_utc, Reddit's time of the " + kind if created else None,
        title=_str(thing.get("title")) if kind == "post" else None,
        text=text[:MAX_TEXT],
        edited=edited is not None or thing.get("edited") is True,
        fields=raw_fields(
            {**fields, "account": "deleted since: its words remain" if author == _DELETED_AUTHOR else None}
        ),
    )


def read_listed_thing(kind: str, thing: Any, listing_url: str) -> SourcePost | None:
    """One child of a user's listing (`/user/<name>/submitted.json`: `t3` posts, `/comments.json`: `t1`
    comments) read as the cited post or comment is read; None when it is neither."""
    if not isinstance(thing, dict) or not isinstance(thing.get("id"), str) or kind not in ("t1", "t3"):
        return None
    if kind == "t3" and _str(thing.get("removed_by_category")) is not None:
        return _gone(listing_url, "says the post was removed", {"id": thing["id"]})
    return _read_thing(thing, "selftext" if kind == "t3" else "body", listing_url, {})


_MAX_THINGS = 2_000  # `div.thing`s looked at on a server-rendered page: a thread's page shows some hundreds
_OLD_HOSTS = frozenset({"old.reddit.com"})


def _entry(thing: LexborNode) -> LexborNode | None:
    """A thing's own `div.entry` (its title, tagline and words), never a reply's: replies are in its
    `div.child`, beside the entry."""
    child = thing.child
    for _ in range(50):
        if child is None:
            return None
        if child.tag == "div" and "entry" in (child.attributes.get("class") or "").split():
            return child
        child = child.next
    return None


def _markup_words(md: LexborNode | None) -> tuple[str, str]:
    """(the words a server-rendered text shows as its writer's, the words it quotes in `<blockquote>`s)."""
    if md is None:
        return "", ""
    copy = LexborHTMLParser(md.html or "")
    quoted = [node_text(quote) for quote in copy.css("blockquote")[:200]]
    for quote in copy.css("blockquote"):
        quote.decompose()
    root = copy.body or copy.root
    own = node_text(root) if root is not None else ""
    return own, "\n".join(part for part in quoted if part)


def _with_captions(own: str, captions: str) -> str:
    """A post's words followed by its gallery's captions, one a line."""
    return f"{own}\n\n{captions}" if own.strip() and captions else own or captions


def _shown_captions(captions: list[LexborNode]) -> str:
    """The captions a server-rendered gallery shows under its images, each once, in order (Reddit writes a
    caption as plain text: its text is read, not parsed again)."""
    return _joined_captions([caption.text(separator=" ") for caption in captions[:_MAX_GALLERY_ITEMS]])


_OLD_GALLERY_CAPTIONS = ".gallery-tile .gallery-item-caption, .gallery-preview .gallery-item-caption"
# The most of a collapsed expando's `data-cachedhtml` read: a gallery of 20 images is a few kB of markup.
_MAX_CACHED_HTML = 200_000


def _old_gallery_captions(entry: LexborNode) -> str:
    """The captions of the gallery old.reddit.com's page shows in a post's own entry (its expando's
    `.gallery-tile`s, and the `.gallery-preview` each opens: their `.gallery-item-caption`), or, where the
    expando is collapsed (`expando-uninitialized`), the same markup its `data-cachedhtml` holds, which the
    page writes in there until a reader opens it: read only from the page's elements, a collapsed gallery's
    captions, the post's words, were not read, and a note quoting one warned "not found"."""
    shown = entry.css(_OLD_GALLERY_CAPTIONS)
    if shown:
        return _shown_captions(shown[: _MAX_GALLERY_ITEMS * 2])
    for expando in entry.css("div.expando")[:2]:
        cached = expando.attributes.get("data-cachedhtml")
        if not cached or "gallery-item-caption" not in cached[:_MAX_CACHED_HTML]:
            continue
        # The attribute's value, its references undone by the parser, is the expando's markup: parsed as
        # deep as a browser nests it, a crafted one cannot make the parse quadratic.
        inner = LexborHTMLParser(within_nesting(cached[:_MAX_CACHED_HTML]))
        return _shown_captions(inner.css(_OLD_GALLERY_CAPTIONS)[: _MAX_GALLERY_ITEMS * 2])
    return ""


def _gallery_not_shown(thing: LexborNode, entry: LexborNode) -> bool:
    """Whether old Reddit's page marks the post a gallery (`data-is-gallery="true"`) but its entry holds none
    of the gallery's markup (no `.gallery-tile` or `.gallery-preview`, nor a `data-cachedhtml` holding one):
    a preview of its first image at most, without the captions that are the post's words."""
    if (thing.attributes.get("data-is-gallery") or "").strip().lower() != "true":
        return False
    if entry.css_first(".gallery-tile, .gallery-preview") is not None:
        return False
    cached = (expando.attributes.get("data-cachedhtml") or "" for expando in entry.css("div.expando")[:2])
    return not any("gallery-tile" in markup[:_MAX_CACHED_HTML] for markup in cached)


def _shown_time(thing: LexborNode, entry: LexborNode) -> dt.datetime | None:
    """`data-timestamp` (milliseconds), else the tagline's `time.live-timestamp` `datetime`."""
    stamp = thing.attributes.get("data-timestamp") or ""
    if stamp.isascii() and stamp.isdigit() and len(stamp) <= 16:
        return _time(int(stamp) / 1000)
    shown = entry.css_first("p.tagline time.live-timestamp")
    value = shown.attributes.get("datetime") if shown is not None else None
    try:
        moment = dt.datetime.fromisoformat(value) if value else None
    except ValueError:
        return None
    return moment.astimezone(dt.UTC) if moment is not None and moment.tzinfo is not None else None


def read_old_reddit(html: str, page_uri: str, wanted: tuple[str, str | None]) -> SourcePost | None:
    """old.reddit.com's server-rendered page of a post or comment as the cited thing, `wanted` (post id,
    comment id or None): the `div.thing` whose `data-fullname` is the cited one's (`t3_<post>`,
    `t1_<comment>`) on the cited post's page (its `t3_<post>` shown), read from the thing's own entry alone
    (its title, tagline, `form.usertext` words; never a reply's, in its `div.child`); None when the page
    shows no such thing (an "over 18" interstitial, a bot check, another post's page)."""
    post_id, comment_id = wanted
    fullname = f"t1_{comment_id}" if comment_id else f"t3_{post_id}"
    tree = LexborHTMLParser(html[:_MAX_HTML])
    things = tree.css("div.thing")[:_MAX_THINGS]
    named = {(node.attributes.get("data-fullname") or "").lower(): node for node in reversed(things)}
    thing, post = named.get(fullname), named.get(f"t3_{post_id}")
    entry = _entry(thing) if thing is not None else None
    if thing is None or entry is None or post is None:
        return None  # a comment is read on its post's page alone: the cited post's thread
    kind = "comment" if comment_id else "post"
    post_entry = _entry(post) if post is not None else None
    title_node = post_entry.css_first("p.title a.title") if post_entry is not None else None
    title = squeeze(title_node.text()) if title_node is not None else None
    author = (thing.attributes.get("data-author") or "").strip() or None
    body = entry.css_first("form.usertext div.usertext-body")
    md = body.css_first("div.md") if body is not None else None
    own, quoted = _markup_words(md)
    # A post removed by moderators shows a reader who is none its title and byline, and in its words' place
    # `<em>[removed]</em>` with no `div.md` (Reddit's template's "expunged" text): no words of the post.
    expunged = squeeze(node_text(body)) if body is not None and md is None else ""
    # A crosspost shows the original's post in its own entry: the original poster's words, not the post's.
    crosspost = kind == "post" and (
        thing.attributes.get("data-crosspost-root-author") is not None
        or entry.css_first(".crosspost-preview, div.thing") is not None
    )
    # Whose post a crosspost shows (the page's `data-crosspost-root-author`), named as a forward's original
    # is, as the JSON's crosspost is.
    root = (thing.attributes.get("data-crosspost-root-author") or "").strip()[:100] if crosspost else ""
    if crosspost:
        # The words box its entry shows is the original's: none of the crosspost's, nor its deletion; kept
        # apart as the post it shows (`quoted_post`), as the JSON's crosspost keeps them.
        shown = "" if _gone_said(own) is not None else "\n".join(part for part in (own, quoted) if part)
        own, quoted, expunged = "", shown, ""
    # The original's author, community and link, from the links of the box the crosspost shows it in.
    linked = (
        _original_linked(entry.css_first(".crosspost-preview"), fullname) if crosspost else (None, None, None)
    )
    root = root or linked[0] or ""
    fields = {
        "read from": f"old.reddit.com's server-rendered page ({page_uri[:300]})",
        "id": fullname,
        "subreddit": thing.attributes.get("data-subreddit"),
        ("title" if kind == "post" else "post title"): title,
        "author": author,
        "quoted_post": quoted[:MAX_TEXT] or None,
        "quoted_post_author": f"u/{root}" if quoted and root and root != _DELETED_AUTHOR else None,
        "crosspost": "the original post's words are not the crossposter's: not read" if crosspost else None,
        "forwarded_from": f"u/{root}" if root and root != _DELETED_AUTHOR else None,
        "forwarded_from_url": f"https://www.reddit.com{linked[2]}" if linked[2] else None,
        "original subreddit": linked[1],
    }
    classes = (thing.attributes.get("class") or "").split()
    gone = _gone_said(own, title if kind == "post" else None) or _gone_said(expunged)
    if gone is not None or "deleted" in classes:
        said = gone or "[deleted]"
        who = "by its author" if said == "[deleted]" else "by moderators or Reddit"
        return _gone(page_uri, f"shows the {kind} as {said}: deleted {who}", fields, "old.reddit.com's page")
    # A gallery post's words are its images' captions too (a crosspost's gallery is the original's).
    captions = _old_gallery_captions(entry) if kind == "post" and not crosspost else ""
    fields["gallery captions"] = captions[:500] or None
    # A gallery shown without its images' markup: its captions, the post's words, were not read, and a note
    # quoting one was told only that the words were not found.
    unread = (
        "old Reddit's page shows the post's gallery without its images and their captions (the post's "
        "words): the captions were not read"
        if kind == "post" and not crosspost and not captions and _gallery_not_shown(thing, entry)
        else None
    )
    name = author if author and author != _DELETED_AUTHOR else None
    created = _shown_time(thing, entry)
    edited = entry.css_first("p.tagline time.edited-timestamp") is not None
    permalink = thing.attributes.get("data-permalink") or ""
    return SourcePost(
        platform=Platform.REDDIT,
        url=page_uri,
        canonical_url=f"https://www.reddit.com{permalink}" if permalink.startswith("/") else None,
        post_id=(comment_id or post_id).lower(),
        author=f"u/{name}" if name else None,
        handle=name,
        author_id=thing.attributes.get("data-author-fullname") if name else None,
        published=created,
        published_from=f"old.reddit.com's time of the {kind}" if created else None,
        title=title if kind == "post" else None,
        text="" if crosspost else _with_captions(own, captions)[:MAX_TEXT],
        edited=edited,
        unread=unread,
        fields=raw_fields(
            {**fields, "account": "deleted since: its words remain" if author == _DELETED_AUTHOR else None}
        ),
    )


# The title new Reddit shows in place of a post its author deleted.
_DELETED_POST_TITLE = "[deleted by user]"
_MAX_NEW_POSTS = 200  # `shreddit-post`s looked at on new Reddit's page: its post, and those crossposted


def _new_reddit_time(value: str | None) -> dt.datetime | None:
    """A `shreddit-post`'s `created-timestamp` (`2022-01-21T09:00:00.123000+0000`) as UTC; None for one that
    names no moment with its zone."""
    said = (value or "").strip()[:40]
    try:
        moment = dt.datetime.strptime(said, "%Y-%m-%dT%H:%M:%S.%f%z") if "." in said else None
        moment = moment or dt.datetime.fromisoformat(said)
    except ValueError:
        return None
    return moment.astimezone(dt.UTC) if moment.tzinfo is not None else None


_MAX_ANCESTORS = 100  # elements walked up from a gallery to its post, to tell a comment's from the post's


def _new_gallery_captions(post: LexborNode) -> str:
    """The captions of the gallery new Reddit's `shreddit-post` shows (its `gallery-carousel`'s
    `figcaption`s), never a comment's gallery or another post's (one inside a `shreddit-comment` or another
    `shreddit-post` within it)."""
    for carousel in post.css("gallery-carousel")[:10]:
        holder = carousel.parent
        for _ in range(_MAX_ANCESTORS):
            if holder is None or holder.mem_id == post.mem_id:
                break
            if holder.tag in ("shreddit-comment", "shreddit-post"):
                holder = None  # a comment's gallery, or another post's
                break
            holder = holder.parent
        if holder is not None and holder.mem_id == post.mem_id:
            return _shown_captions(carousel.css("figcaption")[:_MAX_GALLERY_ITEMS])
    return ""


def read_new_reddit_post(html: str, page_uri: str, wanted: tuple[str, str | None]) -> SourcePost | None:
    """An archived copy of new Reddit's page of the cited post, `wanted` (post id, None: a comment's link is
    not read here), as the archive kept it before its scripts ran: the `shreddit-post` whose `id` is the cited
    `t3_<post>`, read from its own attributes (`post-title`, `author`, `created-timestamp`) and its
    `slot=text-body`, never a comment's (each its `shreddit-comment`, beside the post); a crosspost (its
    `post-type`, or another post inside it) has none of its words read. None when the page shows no such
    post."""
    post_id, comment_id = wanted
    if comment_id is not None:
        return None
    fullname = f"t3_{post_id}"
    tree = LexborHTMLParser(html[:_MAX_HTML])
    post = next(
        (
            node
            for node in tree.css("shreddit-post")[:_MAX_NEW_POSTS]
            if (node.attributes.get("id") or "").strip().lower() == fullname
        ),
        None,
    )
    if post is None:
        return None
    title = squeeze(post.attributes.get("post-title") or "") or None
    author = (post.attributes.get("author") or "").strip() or None
    # (A node's `css` finds the node itself too: another post inside it is a second.)
    crosspost = (
        (post.attributes.get("post-type") or "").strip().lower() == "crosspost"
        or len(post.css("shreddit-post")[:2]) > 1
        or post.css_first("[slot=crosspost]") is not None
    )
    # A crosspost's words box, where it has one, is the original's (inside it): none of the crosspost's.
    own, quoted = ("", "") if crosspost else _markup_words(post.css_first("[slot=text-body]"))
    fields = {
        "read from": f"an archived copy of new Reddit's page, its `shreddit-post` ({page_uri[:300]})",
        "id": fullname,
        "subreddit": post.attributes.get("subreddit-prefixed-name"),
        "title": title,
        "author": author,
        "quoted_post": quoted[:MAX_TEXT] or None,
        "crosspost": "the original post's words are not the crossposter's: not read" if crosspost else None,
        **(_new_reddit_original(post, fullname) if crosspost else {}),
    }
    gone = _gone_said(own, title) or (
        _DELETED_POST_TITLE if (title or "").casefold() == _DELETED_POST_TITLE else None
    )
    # A gallery post's words are its images' captions too (a crosspost's gallery is the original's).
    captions = "" if crosspost or gone else _new_gallery_captions(post)
    fields["gallery captions"] = captions[:500] or None
    if gone is not None:
        said = "[deleted]" if gone == _DELETED_POST_TITLE else gone
        who = "by its author" if said == "[deleted]" else "by moderators or Reddit"
        return _gone(page_uri, f"shows the post as {said}: deleted {who}", fields, "new Reddit's page")
    name = author if author and author != _DELETED_AUTHOR else None
    created = _new_reddit_time(post.attributes.get("created-timestamp"))
    permalink = post.attributes.get("permalink") or ""
    return SourcePost(
        platform=Platform.REDDIT,
        url=page_uri,
        canonical_url=f"https://www.reddit.com{permalink}" if permalink.startswith("/") else None,
        post_id=post_id.lower(),
        author=f"u/{name}" if name else None,
        handle=name,
        author_id=post.attributes.get("author-id") if name else None,
        published=created,
        published_from="new Reddit's time of the post (`created-timestamp`)" if created else None,
        title=title,
        text="" if crosspost else _with_captions(own, captions)[:MAX_TEXT],
        fields=raw_fields(
            {**fields, "account": "deleted since: its words remain" if author == _DELETED_AUTHOR else None}
        ),
    )


_REDDIT_HOSTS = frozenset({"reddit.com", "www.reddit.com", "old.reddit.com", "new.reddit.com"})
_MAX_CROSSPOST_LINKS = 50  # links looked at in a crosspost's box: the original's author, community, post


def _original_linked(box: LexborNode | None, fullname: str) -> tuple[str | None, str | None, str | None]:
    """(author, `r/<subreddit>`, permalink) of the original post a crosspost's box links to (new Reddit's
    `slot=crosspost`, old Reddit's `.crosspost-preview`): its `/user/<name>/` (`/u/<name>/`) link, its
    `/r/<sub>/comments/<id>/` link (never the crosspost's own, `fullname`), its `/r/<sub>/` link, each also as
    an archived copy writes it (`pages.linked_out_of_a_copy`: read as a link off Reddit, archive.today's copy
    of a crosspost named its crossposter alone); a link off Reddit (a link post's page) is none of them."""
    author = subreddit = permalink = None
    for anchor in box.css("a[href]")[:_MAX_CROSSPOST_LINKS] if box is not None else ():
        href = linked_out_of_a_copy((anchor.attributes.get("href") or "").strip()[:2000])[:500]
        if href.startswith(("https://", "http://", "//")) and host_of(href) not in _REDDIT_HOSTS:
            continue  # a link post's page, not Reddit's
        path = href.split("//", 1)[1].partition("/")[2] if "//" in href else href
        segments = [segment for segment in path.split("?", 1)[0].split("/") if segment]
        if segments[:1] in (["user"], ["u"]) and len(segments) >= 2:
            author = author or segments[1][:100]
        elif segments[:1] == ["r"] and len(segments) >= 4 and segments[2] == "comments":
            if f"t3_{segments[3].lower()}" != fullname:
                permalink = permalink or "/" + "/".join(segments[:5]) + "/"
                subreddit = subreddit or f"r/{segments[1][:100]}"
        elif segments[:1] == ["r"] and len(segments) >= 2:
            subreddit = subreddit or f"r/{segments[1][:100]}"
    return author, subreddit, permalink


def _new_reddit_original(post: LexborNode, fullname: str) -> dict[str, str | None]:
    """Whose post a crosspost on new Reddit's page shows, and where (`forwarded_from`, its link
    `forwarded_from_url`, `original subreddit`), as the JSON's crosspost names it: from the original's own
    `shreddit-post` inside the crosspost (its `author`, `subreddit-prefixed-name`, `permalink`), else from
    the links of the crosspost's box (`slot=crosspost`: `/user/<name>/`, `/r/<sub>/comments/<id>/`). Read
    without them, an archived copy of a crosspost named its crossposter alone: a note crediting the words to
    their author failed `author`, and one crediting them to the crossposter was not told whose they are."""
    inner = next(
        (
            node
            for node in post.css("shreddit-post")[1:_MAX_NEW_POSTS]
            if (node.attributes.get("id") or "").strip().lower() != fullname
        ),
        None,
    )
    author = subreddit = permalink = title = None
    if inner is not None:
        author = (inner.attributes.get("author") or "").strip()[:100] or None
        subreddit = (inner.attributes.get("subreddit-prefixed-name") or "").strip()[:100] or None
        permalink = (inner.attributes.get("permalink") or "").strip()[:500] or None
        title = squeeze(inner.attributes.get("post-title") or "") or None
    linked = _original_linked(post.css_first("[slot=crosspost]"), fullname)
    author, subreddit, permalink = author or linked[0], subreddit or linked[1], permalink or linked[2]
    whose = f"u/{author}" if author and author != _DELETED_AUTHOR else None
    link = f"https://www.reddit.com{permalink}" if permalink and permalink.startswith("/") else None
    words = ""
    if inner is not None:
        own, _ = _markup_words(inner.css_first("[slot=text-body]"))
        own = "" if _gone_said(own) is not None else own  # `[deleted]` in its words' place: no words
        words = " ".join(part for part in (title, own) if part)
    named = {
        "original subreddit": subreddit,
        "quoted_post": words[:MAX_TEXT] or None,
        "quoted_post_author": whose,
        "quoted_post_uri": link,
        "forwarded_from": whose or (f"the author of the post it crossposts ({link})" if link else None),
        "forwarded_from_url": link,
    }
    return {name: value for name, value in named.items() if value is not None}


def _is_old_reddit(url: str) -> bool:
    return host_of(url) in _OLD_HOSTS


def _gone_notice(main: StoredResponse) -> str | None:
    """New Reddit's word on its page that the post is deleted or removed (`_GONE_NOTICE`), outside the
    comments; None where it says none."""
    html = decode_html(main)[:_MAX_HTML]
    if "originally posted it" not in html and "removed by" not in html:
        return None  # no page but one saying so is parsed again
    tree = LexborHTMLParser(html)
    for comments in tree.css(_COMMENTS)[:_MAX_THINGS]:
        comments.decompose()
    found = _GONE_NOTICE().search(squeeze(tree.body.text(separator=" ")) if tree.body is not None else "")
    return found.group() if found is not None else None


class RedditExtractor(Extractor):
    platform = Platform.REDDIT

    def handles(self, url: str) -> bool:
        return reddit_post(url) is not None

    def extract(self, page: CapturedPage) -> SourcePost:
        wanted = reddit_post(page.url)
        page_fields = self._page_fields(page)
        answer = page.answer_to(REDDIT_JSON)
        if wanted is not None and answer is not None:
            read = read_reddit_json(answer.status, json_of(answer.body), answer.uri, wanted)
            if read is not None:
                return read.model_copy(update={"fields": {**page_fields, **read.fields}})
        main = page.answer()
        shown_old = self._old_reddit(page, wanted, main)
        if shown_old is not None:
            return shown_old.model_copy(update={"fields": {**page_fields, **shown_old.fields}})
        if answer is not None:
            refused = answer.status in _REFUSED
            why = (
                f"answered HTTP {answer.status}: Reddit refuses many clients that are not signed in, which "
                "says nothing of whether the post is there"
                if refused
                else f"answered HTTP {answer.status} with nothing it could read as the cited post or comment"
            )
        else:
            json_url = reddit_json_url(page.url)
            failure = page.failure(json_url) if json_url else None
            refused = False
            why = "was not captured" + (f" ({failure})" if failure else "")
        said = f"Reddit's JSON of the post {why}"
        shown = read_web_page(page.url, main, Platform.REDDIT, page.main_text) if main is not None else None
        if shown is not None and shown.problem not in (None, "script-shell", "empty"):
            # What the page itself says in place of the post (`[deleted by user]`, a bot check): its word.
            return SourcePost(
                platform=self.platform,
                url=shown.url,
                problem=shown.problem,
                problem_detail=shown.problem_detail if answer is None else f"{shown.problem_detail}; {said}",
                fields=page_fields,
            )
        notice = _gone_notice(main) if main is not None and main.status == 200 else None
        if notice is not None:
            return SourcePost(
                platform=self.platform,
                url=main.uri if main is not None else page.url,
                problem="unavailable",
                problem_detail=f"Reddit's page says {notice!r} in the post's place; {said}",
                fields=page_fields,
            )
        return SourcePost(
            platform=self.platform,
            url=main.uri if main is not None else page.url,
            problem="challenge" if refused else "script-shell",
            problem_detail="Reddit's page shows no post without its scripts to a reader not signed in (its "
            f"JSON is read in the page's place); {said}",
            fields=page_fields,
        )

    def _old_reddit(
        self, page: CapturedPage, wanted: tuple[str, str | None] | None, main: StoredResponse | None
    ) -> SourcePost | None:
        """The cited thing as old.reddit.com's server-rendered page shows it: the page cited, when it is
        old.reddit's, or an archived copy of the post's page (whose JSON no archive keeps beside it, and which
        the archive's crawler was often served as old.reddit's markup), or the one asked when the JSON was
        refused (`side_urls.reddit_page_follow_ups`)."""
        if wanted is None:
            return None
        cited_page = _is_old_reddit(page.url) or page.start is not None
        for answer in (main if cited_page else None, page.answer_to(OLD_REDDIT)):
            if answer is not None and answer.status == 200 and not answer.cut:
                read = read_old_reddit(decode_html(answer), answer.uri, wanted)
                if read is not None:
                    return read
        if page.start is not None and main is not None and main.status == 200 and not main.cut:
            # An archived copy of new Reddit's page: the post in its `shreddit-post`, as the archive kept it.
            return read_new_reddit_post(decode_html(main), main.uri, wanted)
        return None

    def _page_fields(self, page: CapturedPage) -> dict[str, str]:
        """The page's `og:` tags, kept for a person to compare, never the post's evidence."""
        main = page.answer()
        if main is None or main.status != 200:
            return {}
        metas = meta_tags(LexborHTMLParser(decode_html(main)[:_MAX_HTML]))
        return raw_fields(
            {
                "page og:title": meta_content(metas, "og:title"),
                "page og:description": meta_content(metas, "og:description"),
            }
        )
