"""Bluesky: a post read from the public AppView's answer captured beside its page, never from the page alone.

`bsky.app/profile/<handle or DID>/post/<rkey>` is a script app: the page it serves (a shell with a few `og:`
tags for crawlers) is not the post. What a post says comes from one side request (DESIGN.md section 4), kept
in the footnote's WARC: `https://public.api.bsky.app/xrpc/app.bsky.feed.getPostThread?uri=at://<handle or
DID>/app.bsky.feed.post/<rkey>&depth=0&parentHeight=0`, which answers without login:
- `thread.$type` `app.bsky.feed.defs#threadViewPost`, `thread.post` a `postView`: `uri`
  (`at://<DID>/app.bsky.feed.post/<rkey>`), `cid`, `author` {`did`, `handle`, `displayName`, `labels`},
  `record` {`text`, `createdAt`, `langs`, `reply`, `embed`}, `embed` (the views of what it embeds),
  `indexedAt`, `labels`;
- `#notFoundPost` or `#blockedPost`, or HTTP 400 `{"error": "NotFound"}`, when the post is gone; another
  400 (a handle that no longer resolves) when the URL names no account now.

Rules, as a fact-checker reads a post:
- The answer is this post only when its `uri` has the cited rkey in the account the URL names: by DID, that
  DID (the DID is the account; a handle is only its name now, and may have changed since the note); by
  handle, an author of that handle, in any case (never `handle.invalid`, the AppView's name for every
  account whose handle no longer checks out: a URL naming it names no account). Any other answer is not
  read: the post is a shell. Nor is one by another DID than the captured page names for the post (its
  `<link rel="alternate" href="at://<DID>/app.bsky.feed.post/<rkey>">`): each resolved the handle, and
  where they differ the handle named two accounts (one that took a handle another gave up may post under
  the same rkey), and which one's the cited post is is not known.
- Its words are `record.text` alone, a link the app wrote short in it (`host/path...`) written whole as its
  link facet holds it (as the app's "Copy post text" gives it; the record's text kept in `fields`): a quote
  post's embedded post (`app.bsky.embed.record#view`, also inside `recordWithMedia#view`) is someone
  else's, kept as `quoted_post` with whose it is; its pictures' alt text (written by the poster, as a rule)
  describes a picture and is no words of the post: kept in `fields` (`media alt text`), never searched; a
  link card's title and description are the linked page's (`link_preview`); a reply's parent is named by
  its URI only (`in_reply_to_uri`), never read as the post.
- Its account is its DID; its handle the one the view shows, `handle.invalid` too (the app warns of an
  invalid handle: the account claims a handle its domain does not confirm, and a note naming that handle
  names no account it shows); its link is by DID then.
- Its time is `indexedAt`, when the network (the AppView) saw it, which the app shows; `record.createdAt` is
  set by the posting client and may be backdated (posts imported from elsewhere are): it is kept in
  `fields`, as is the rkey's own time (a TID's, also the client's), never read as the post's time.
- Labels `!takedown`, `!hide` or `!suspend` (on the post or its author, not negated) make it unavailable:
  the app does not show it. An author's `!no-unauthenticated` label asks the app to hide their posts from
  readers signed out, whom the cited link then shows a sign-in prompt; the API still answers, and what it
  says is kept, but the post is read as behind a `login-wall`: a reader of the report cannot open it.
- The page's `og:` tags are kept in `fields` for a person to read; the API's answer is the evidence (the
  page is made from the same AppView's view, for crawlers, and dates the post by its `indexedAt` too), but
  for a page that tells a signed-out reader the author shows their posts only to readers signed in: that
  is a `login-wall`, whatever the API's answer holds. Without the API's answer the live page is a
  `script-shell`: nothing is verified on the shell. An archived copy of the page (a Wayback memento) is
  read from those tags (`read_archived_post_page`), as an archive kept them, when they name the cited post:
  the words of a post it embeds are never in them.
"""

from __future__ import annotations

import datetime as dt
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser

from provenance.citations.platforms import (
    bluesky_post,
    canonical_url,
    is_bluesky_did,
    memento_original,
    tid_time,
)
from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.pages import (
    MAX_TEXT,
    REFUSED_FOR_NOW,
    decode_html,
    json_of,
    meta_content,
    meta_tags,
    parse_published,
    raw_fields,
    refused_for_now,
    squeeze,
    text_value,
)
from provenance.models import Platform, SourcePost
from provenance.side_urls import BLUESKY_DOMAINS, BLUESKY_POST_THREAD, bluesky_thread_url, on_domain

_MAX_JSON = 2_000_000
_THREAD_POST = "app.bsky.feed.defs#threadViewPost"
_NOT_FOUND = "app.bsky.feed.defs#notFoundPost"
_BLOCKED = "app.bsky.feed.defs#blockedPost"
_EMBED_RECORD = "app.bsky.embed.record#view"
_EMBED_RECORD_WITH_MEDIA = "app.bsky.embed.recordWithMedia#view"
_EMBED_EXTERNAL = "app.bsky.embed.external#view"
_VIEW_RECORD = "app.bsky.embed.record#viewRecord"
# What the app shows in place of a quoted post it no longer shows: the quoting post stands, its quote is gone.
# Named in `fields`, so that a reviewer sees why words a note gives the quoted post are not in the capture
# (the quoted post was deleted since, or its author blocked or detached the quote), rather than nothing.
_QUOTE_NOT_SHOWN = {
    "app.bsky.embed.record#viewNotFound": "the post it quotes is not found: deleted since, or never was",
    "app.bsky.embed.record#viewBlocked": "the post it quotes is blocked: the app does not show it",
    "app.bsky.embed.record#viewDetached": "the post it quotes was detached from it by its author",
}
_EMBED_IMAGES = "app.bsky.embed.images#view"
_EMBED_VIDEO = "app.bsky.embed.video#view"
_MAX_IMAGES = 10  # the app attaches at most 4
# Labels under which the app shows nothing of the post (a moderator's takedown or hide, a suspended author).
_HIDING_LABELS = frozenset({"!takedown", "!hide", "!suspend"})
# An author's own label: the app hides their posts from readers who are not signed in.
_NO_UNAUTHENTICATED = "!no-unauthenticated"
# What bsky.app's page for such a post tells a reader signed out, in place of the post (its `og:description`).
_SIGNED_IN_ONLY = "This author has chosen to make their posts visible only to people who are signed in."
# What the AppView shows as the handle of an account whose handle no longer checks out.
_INVALID_HANDLE = "handle.invalid"
# How long after its `createdAt` the network may first see a post before that `createdAt` reads as backdated.
_BACKDATED_AFTER = dt.timedelta(days=1)


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _at_uri_parts(uri: str) -> tuple[str, str, str] | None:
    """(authority, collection, rkey) of an at-URI, or None when it is not one of three parts."""
    if not uri.startswith("at://"):
        return None
    parts = uri[len("at://") :].split("/")
    return (parts[0], parts[1], parts[2]) if len(parts) == 3 and all(parts) else None


def _labels(view: dict[str, Any]) -> list[str]:
    """The values of a view's labels that are in force (a label with `neg` withdraws one)."""
    labels = view.get("labels")
    if not isinstance(labels, list):
        return []
    return [
        label["val"]
        for label in labels[:100]
        if isinstance(label, dict) and isinstance(label.get("val"), str) and label.get("neg") is not True
    ]


def _invalid(handle: str | None) -> bool:
    """Whether a view's handle is the AppView's mark of one that no longer checks out."""
    return handle is not None and handle.casefold() == _INVALID_HANDLE


def _who(author: dict[str, Any]) -> str | None:
    """ "Name, @handle" of a post's author as a view shows them (its DID when it shows no valid handle)."""
    name = text_value(author.get("displayName"))
    handle = text_value(author.get("handle"))
    shown = f"@{handle}" if handle and handle != _INVALID_HANDLE else text_value(author.get("did"))
    return ", ".join(part for part in (name, shown) if part) or None


def _media_alt(media: dict[str, Any]) -> dict[str, str | None]:
    """The alt text of a post's images or video (`images#view`, `video#view`), kept for a person to read:
    a description of a picture, not the post's words (a report quoting it quotes no post)."""
    kind = media.get("$type")
    if kind == _EMBED_VIDEO:
        return {"media alt text": text_value(media.get("alt"))}
    if kind != _EMBED_IMAGES or not isinstance(media.get("images"), list):
        return {}
    alts = [text_value(_dict(image).get("alt")) for image in media["images"][:_MAX_IMAGES]]
    return {"media alt text": " | ".join(alt for alt in alts if alt) or None}


def _embedded(embed: dict[str, Any]) -> dict[str, str | None]:
    """Others' words a post shows with its own (`embed`, a view): the post it quotes, and the page a link
    card previews; never the post's own words. Its pictures' alt text is kept apart too (`_media_alt`)."""
    kind = embed.get("$type")
    media: dict[str, str | None] = {}
    if kind == _EMBED_RECORD_WITH_MEDIA:
        media = _media_alt(_dict(embed.get("media")))
        embed = _dict(embed.get("record"))
        kind = _EMBED_RECORD
    if kind in (_EMBED_IMAGES, _EMBED_VIDEO):
        return _media_alt(embed)
    if kind == _EMBED_RECORD:
        record = _dict(embed.get("record"))
        value = _dict(record.get("value"))
        words = text_value(value.get("text")) if record.get("$type") == _VIEW_RECORD else None
        return {
            **media,
            "quoted_post": words,
            "quoted_post_author": _who(_dict(record.get("author"))) if words else None,
            "quoted_post_uri": text_value(record.get("uri")),
            "quoted_post_not_shown": _QUOTE_NOT_SHOWN.get(text_value(record.get("$type")) or ""),
        }
    if kind == _EMBED_EXTERNAL:
        external = _dict(embed.get("external"))
        words = " ".join(
            part
            for part in (text_value(external.get("title")), text_value(external.get("description")))
            if part
        )
        return {"link_preview": words or None, "link_preview_site": text_value(external.get("uri"))}
    return {}


_LINK_FEATURE = "app.bsky.richtext.facet#link"
_MAX_FACETS = 100  # a post of 300 characters holds a few links; a longer list is read only this far
_CUT_MARKS = ("...", "\u2026")


def _cut_from(shown: str, uri: str) -> bool:
    """Whether `shown` is how Bluesky's app writes `uri` short in a post's text: the address without its
    scheme (and a bare host's `/`), cut and ended by `...` when long."""
    scheme, found, rest = uri.partition("://")
    if not found or scheme.lower() not in ("http", "https"):
        return False
    if shown in (rest, rest.removesuffix("/")):
        return True
    for mark in _CUT_MARKS:
        start = shown.removesuffix(mark)
        if start != shown and start and "://" not in start and rest.startswith(start) and rest != start:
            return True
    return False


def _with_full_links(text: str, facets: Any) -> str:
    """`text` (a record's) with each link the app wrote short in it (`host/path...`, `host/path`) written as
    the whole address its link facet holds, as the app's "Copy post text" gives it: a true quote of the post
    with its link was not found. A link set on words (`the timetable`) keeps them: they are the post's
    words.

    A facet counts UTF-8 bytes of the text; one that is out of order, overlaps another or does not fall on
    whole characters changes nothing."""
    if not isinstance(facets, list) or not facets:
        return text
    data = text.encode()
    spans: list[tuple[int, int, str]] = []
    for facet in facets[:_MAX_FACETS]:
        index = _dict(_dict(facet).get("index"))
        start, end = index.get("byteStart"), index.get("byteEnd")
        features = _dict(facet).get("features")
        uri = next(
            (
                feature["uri"]
                for feature in (features[:10] if isinstance(features, list) else [])
                if isinstance(feature, dict)
                and feature.get("$type") == _LINK_FEATURE
                and isinstance(feature.get("uri"), str)
            ),
            None,
        )
        if uri is not None and type(start) is int and type(end) is int and 0 <= start < end <= len(data):
            spans.append((start, end, uri))
    pieces: list[bytes] = []
    done = 0
    for start, end, uri in sorted(spans):
        if start < done:
            return text
        try:
            shown = data[start:end].decode()
        except UnicodeDecodeError:
            return text
        pieces += [data[done:start], (uri if _cut_from(shown, uri) else shown).encode()]
        done = end
    try:
        return (b"".join(pieces) + data[done:]).decode()
    except UnicodeDecodeError:  # a facet's edge inside a character
        return text


def _gone(api_uri: str, detail: str) -> SourcePost:
    return SourcePost(
        platform=Platform.BLUESKY,
        url=api_uri,
        problem="unavailable",
        problem_detail=f"Bluesky's public API {detail} ({api_uri[:300]})",
    )


def read_post_thread(
    status: int | None, data: Any, api_uri: str, wanted: tuple[str, str] | None = None
) -> SourcePost | None:
    """The AppView's `getPostThread` answer (its HTTP status and JSON) as a post; None when it says nothing
    (not JSON, no post) or, given `wanted` (the cited URL's handle or DID, and rkey), when the post it shows
    is another than the one asked for."""
    if not isinstance(data, dict):
        return None
    if status == 400 and data.get("error") == "NotFound":
        return _gone(api_uri, "answers NotFound: the post is deleted, or never was")
    if status == 400 and isinstance(data.get("error"), str):
        said = text_value(data.get("message")) or data["error"]
        return _gone(api_uri, f"answers {said[:160]!r}: the URL names no post it finds (a handle renamed?)")
    if status != 200:
        return None
    thread = _dict(data.get("thread"))
    kind = thread.get("$type")
    if kind == _NOT_FOUND:
        return _gone(api_uri, "says the post is not found: deleted, or never was")
    if kind == _BLOCKED:
        return _gone(api_uri, "says the post is blocked")
    if kind not in (_THREAD_POST, None):
        return None
    view = _dict(thread.get("post"))
    author = _dict(view.get("author"))
    record = _dict(view.get("record"))
    uri = text_value(view.get("uri")) or ""
    located = _at_uri_parts(uri)
    did = text_value(author.get("did"))
    handle = text_value(author.get("handle"))
    if located is None or located[1] != "app.bsky.feed.post" or did is None or located[0] != did:
        return None
    if wanted is not None and not _is_the_wanted_post(wanted, located[2], did, handle):
        return None
    rkey = located[2]
    shown_handle = None if _invalid(handle) else handle
    labels = _labels(view) + [label for label in _labels(author) if label not in _labels(view)]
    indexed = parse_published(text_value(view.get("indexedAt")))
    created_at = text_value(record.get("createdAt"))
    created = parse_published(created_at)
    rkey_time = tid_time(rkey)
    backdated = indexed is not None and created is not None and indexed.at - created.at > _BACKDATED_AFTER
    langs = record.get("langs")
    declared = [text_value(code) for code in langs[:10]] if isinstance(langs, list) else []
    reply = _dict(record.get("reply"))
    written = record["text"] if isinstance(record.get("text"), str) else ""
    text = _with_full_links(written, record.get("facets"))
    fields = {
        "uri": uri,
        "cid": text_value(view.get("cid")),
        "author.did": did,
        "author.handle": handle,
        "author.displayName": text_value(author.get("displayName")),
        "indexedAt": text_value(view.get("indexedAt")),
        # As the record writes it, where it cuts a link short that `text` gives whole.
        "record.text": written if text != written else None,
        # Set by the posting client: kept, never read as the post's time.
        "record.createdAt": created_at,
        "createdAt backdated": (
            "record.createdAt is more than a day before the network saw the post (indexedAt): the client "
            "dated it earlier (an imported post?)"
            if backdated
            else None
        ),
        "rkey time": f"{rkey_time.isoformat()} (the rkey's, set by the posting client)"
        if rkey_time
        else None,
        "labels": " ".join(labels) or None,
        "in_reply_to_uri": text_value(_dict(reply.get("parent")).get("uri")),
        **_embedded(_dict(view.get("embed"))),
    }
    # The languages the posting app declares (its setting, most often its own default): the first the
    # words do not gainsay, by their script or, in Latin letters, by their commonest words (a Polish post
    # declared `en` was said to be in English).
    from provenance.extractors.latin_words import standing_language  # few posts declare a language

    language, fields["declared language"] = standing_language(declared, written)
    post = SourcePost(
        platform=Platform.BLUESKY,
        url=api_uri,
        canonical_url=f"https://bsky.app/profile/{shown_handle or did}/post/{rkey}",
        post_id=rkey,
        author=text_value(author.get("displayName")),
        # As the app shows it, `handle.invalid` too: read as no handle, a note naming the handle the account
        # claims and does not hold (its DID's document names it, its domain does not confirm it) passed
        # `author` on a display name anyone can take.
        handle=_INVALID_HANDLE if _invalid(handle) else shown_handle,
        author_id=did,
        published=indexed.at if indexed else None,
        published_day_only=indexed.day_only if indexed else False,
        published_from="indexedAt, when Bluesky's AppView saw the post" if indexed else None,
        text=text[:MAX_TEXT],
        language=language,
        fields=raw_fields(fields),
    )
    hiding = next((label for label in labels if label in _HIDING_LABELS), None)
    if hiding is not None:
        return post.model_copy(
            update={
                "problem": "unavailable",
                "problem_detail": f"Bluesky labels the post or its author {hiding!r}: the app does not show "
                "it, though the API's answer still holds it",
            }
        )
    if _NO_UNAUTHENTICATED in labels:
        return post.model_copy(
            update={
                "problem": "login-wall",
                "problem_detail": f"the author asks Bluesky ({_NO_UNAUTHENTICATED!r}) to hide their posts "
                "from readers who are not signed in: the cited link shows them a sign-in prompt, though the "
                "public API answers with the post",
            }
        )
    return post


def _is_the_wanted_post(wanted: tuple[str, str], rkey: str, did: str, handle: str | None) -> bool:
    """Whether the post the answer shows (its rkey, its author's DID and handle) is the cited one: the same
    rkey in the account the URL names, by DID (exactly) or by handle (in any case). A URL naming
    `handle.invalid` names no account: the AppView shows that handle for every account whose own no longer
    checks out, so a post of any of them is not the cited one."""
    account, wanted_rkey = wanted
    if rkey != wanted_rkey or account.casefold() == _INVALID_HANDLE:
        return False
    if is_bluesky_did(account):
        return account == did.lower()
    return handle is not None and handle.casefold() == account.casefold()


# What bsky.app's page writes after a post's words in its tags when the post embeds another (a quote post):
# the embedded post's words are not in the page's tags. Spelt `embeded` at first, `embedded` since: a copy of
# a page of the later spelling kept the mark as the post's own words, and never said it embeds another post.
_EMBEDDED_MARKS = (
    "[contains quote post or other embedded content]",
    "[contains quote post or other embeded content]",
)


def read_archived_post_page(html: str, page_url: str, wanted: tuple[str, str] | None) -> SourcePost | None:
    """A bsky.app post page as an archive kept it: the tags bsky.app gives crawlers, made from the AppView's
    view of the post: `og:title` ("Name (@handle)"), `og:description` (its words, a link card's URL after
    them, and a mark where it embeds another post, whose words it never holds), `article:published_time`
    (its `indexedAt`), `profile:username` and `<link rel=alternate href="at://<DID>/app.bsky.feed.post/…">`.
    None when the tags name no post, or another than `wanted` (the cited URL's handle or DID, and rkey).

    Only an archived copy is read this way: live, the API's answer is the evidence. A copy of a page telling a
    reader signed out that the author's posts are for readers signed in is a `login-wall`."""
    tree = LexborHTMLParser(html[:_MAX_JSON])
    metas = meta_tags(tree)
    description = meta_content(metas, "og:description", "description")
    if description is not None and squeeze(description) == _SIGNED_IN_ONLY:
        return SourcePost(
            platform=Platform.BLUESKY,
            url=page_url,
            problem="login-wall",
            problem_detail="the archived bsky.app page tells readers who are not signed in "
            f"{_SIGNED_IN_ONLY!r}",
        )
    links = [node.attributes.get("href") or "" for node in tree.css('link[rel="alternate"]')[:20]]
    at_uris = (_at_uri_parts(memento_original(link) or link) for link in links if "at://" in link)
    located = next((found for found in at_uris if found is not None), None)
    handle = text_value(meta_content(metas, "profile:username"))
    if located is None or located[1] != "app.bsky.feed.post" or not located[0].startswith("did:"):
        return None
    did, rkey = located[0], located[2]
    if wanted is None or not _is_the_wanted_post(wanted, rkey, did, handle):
        return None
    title = meta_content(metas, "og:title")
    # "Name (@handle)", or "@handle" for an account without a display name.
    name, opening, _ = squeeze(title or "").rpartition(" (@")
    words = description or ""
    mark = next((mark for mark in _EMBEDDED_MARKS if words.rstrip().endswith(mark)), None)
    embeds = mark is not None
    words = words.rstrip().removesuffix(mark).rstrip() if mark is not None else words
    published = parse_published(text_value(meta_content(metas, "article:published_time")))
    return SourcePost(
        platform=Platform.BLUESKY,
        url=page_url,
        canonical_url=f"https://bsky.app/profile/{did if _invalid(handle) else handle or did}/post/{rkey}",
        post_id=rkey,
        author=text_value(name) if opening and title and squeeze(title).endswith(")") else None,
        handle=handle,
        author_id=did,
        published=published.at if published else None,
        published_day_only=published.day_only if published else False,
        published_from="indexedAt, as the archived bsky.app page gives it" if published else None,
        text=words[:MAX_TEXT],
        fields=raw_fields(
            {
                "og:title": title,
                "og:description": description,
                "profile:username": handle,
                "at-uri": f"at://{did}/app.bsky.feed.post/{rkey}",
                "embeds": "another post or other content, whose words the archived page does not hold"
                if embeds
                else None,
            }
        ),
    )


# bsky.app's pages that are no post, by the path segments after `/profile/<account>/`, and what they show.
_POST_LISTS = {
    "liked-by": "the accounts that liked the post",
    "reposted-by": "the accounts that reposted the post",
    "quotes": "the posts quoting the post",
}
_ACCOUNT_PAGES = {
    **{"lists": "a list of accounts", "feed": "a custom feed"},
    **{"follows": "whom the account follows", "followers": "who follows the account"},
}


def what_the_link_shows(url: str) -> str | None:
    """What a bsky.app link that names no post shows instead, in words for a detail: a post's list of
    likers, reposters or quotes (`/profile/<account>/post/<rkey>/liked-by`, `/reposted-by`, `/quotes`, the
    post's own link named), a list (`/lists/<rkey>`), a feed (`/feed/<rkey>`), a starter pack
    (`/starter-pack/…`), an account's profile, or a `go.bsky.app/<code>` short link whose destination the
    capture does not hold; None for any other link."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    host = (parts.hostname or "").removeprefix("www.")
    segments = [segment for segment in parts.path.split("/")[:8] if segment]
    if host == "go.bsky.app":  # a redirector (`side_urls.is_redirector`): read here, where it led is not held
        return "Bluesky's short link itself, not where it leads (a starter pack, as a rule)"
    if segments[:1] in (["starter-pack"], ["starter-pack-short"]):
        return "a starter pack (a list of accounts to follow)"
    if len(segments) < 2 or segments[0] != "profile":
        return None
    if len(segments) == 5 and segments[2] == "post" and segments[4] in _POST_LISTS:
        post = canonical_url(f"https://bsky.app/profile/{segments[1]}/post/{segments[3]}")
        return f"{_POST_LISTS[segments[4]]}, not the post ({post})"
    if len(segments) == 2:
        return "the account's profile, its latest posts"
    return _ACCOUNT_PAGES.get(segments[2])


class BlueskyExtractor(Extractor):
    platform = Platform.BLUESKY

    def handles(self, url: str) -> bool:
        return on_domain(url, *BLUESKY_DOMAINS)

    def extract(self, page: CapturedPage) -> SourcePost:
        page_fields = self._page_fields(page)
        thread = page.answer_to(BLUESKY_POST_THREAD)
        from_api = (
            read_post_thread(thread.status, json_of(thread.body), thread.uri, bluesky_post(page.url))
            if thread is not None
            else None
        )
        if from_api is not None:
            from_api = from_api.model_copy(update={"fields": {**page_fields, **from_api.fields}})
            other = self._page_names_another_account(page, from_api)
            if other is not None:
                return SourcePost(
                    platform=self.platform,
                    url=from_api.url,
                    problem="script-shell",
                    problem_detail=f"the bsky.app page names the post {other[:300]}, by another account than "
                    f"the one whose post Bluesky's public API answered with ({from_api.author_id}): the "
                    "handle may have passed to another account since the cited post; neither is read as it",
                    fields=from_api.fields,
                )
            if from_api.problem is None and page_fields.get("page og:description") == _SIGNED_IN_ONLY:
                # The page a reader signed out opens shows no post, whatever the API's answer held.
                return from_api.model_copy(
                    update={
                        "problem": "login-wall",
                        "problem_detail": f"the bsky.app page tells readers who are not signed in "
                        f"{_SIGNED_IN_ONLY!r}, though the public API answers with the post",
                    }
                )
            return from_api
        main = page.answer()
        if page.start is not None and main is not None and main.status == 200:
            archived = read_archived_post_page(decode_html(main), main.uri, bluesky_post(page.url))
            if archived is not None:
                return archived
        shows = what_the_link_shows(page.url) if thread is None else None
        if shows is not None:
            return SourcePost(
                platform=self.platform,
                url=main.uri if main is not None else page.url,
                problem="script-shell",
                problem_detail=f"the bsky.app link shows {shows}: no post of its own to check",
                fields=page_fields,
            )
        thread_url = bluesky_thread_url(page.url)
        failure = page.failure(thread_url) if thread is None and thread_url else None
        if thread is not None:
            why = f"answered HTTP {thread.status} with no post it could read as the cited one"
        else:
            why = "was not captured" + (f" ({failure})" if failure else "")
        # A refusal for a while (HTTP 429, or the request held back after one): no word on the post.
        refused = refused_for_now(thread, failure)
        return SourcePost(
            platform=self.platform,
            url=main.uri if main is not None else page.url,
            problem="challenge" if refused else "script-shell",
            problem_detail=(
                f"Bluesky's public API (getPostThread) {why}: {REFUSED_FOR_NOW}"
                if refused
                else f"the bsky.app page is a script app that shows no post without JavaScript; Bluesky's "
                f"public API (getPostThread) {why}"
            ),
            fields=page_fields,
        )

    def _page_names_another_account(self, page: CapturedPage, post: SourcePost) -> str | None:
        """The at-URI the captured bsky.app page names for the cited post (`<link rel="alternate"
        href="at://<DID>/app.bsky.feed.post/<rkey>">`), when it is the same rkey in another account than the
        API's answer is by. Each resolved the URL's handle when it was asked: where they disagree, the
        handle named two accounts, and which one posted the cited words is not known (an account that took
        a handle another gave up can post under the same rkey)."""
        main = page.answer()
        if main is None or main.status != 200 or post.author_id is None or page.start is not None:
            return None
        tree = LexborHTMLParser(decode_html(main)[:_MAX_JSON])
        for link in tree.css('link[rel="alternate"]')[:20]:
            href = link.attributes.get("href") or ""
            found = _at_uri_parts(href) if href.startswith("at://") else None
            if found is None or found[1] != "app.bsky.feed.post" or not found[0].startswith("did:"):
                continue
            if found[2] == post.post_id and found[0] != post.author_id:
                return href
        return None

    def _page_fields(self, page: CapturedPage) -> dict[str, str]:
        """The page's `og:` tags, as bsky.app gives them to crawlers: kept for a person to compare, never
        the post's evidence."""
        main = page.answer()
        if main is None or main.status != 200:
            return {}
        metas = meta_tags(LexborHTMLParser(decode_html(main)[:_MAX_JSON]))
        return raw_fields(
            {
                "page og:title": meta_content(metas, "og:title"),
                "page og:description": meta_content(metas, "og:description"),
            }
        )
