"""Mastodon (and the fediverse servers that speak its API): a post read from its instance's status API.

A post's link has no fixed host: its path says it (`/@<user>/<id>`, `/@<user>@<other>/<id>`,
`/users/<user>/statuses/<id>`; Pleroma's and Akkoma's `/notice/<flake id>`, GoToSocial's
`/@<user>/statuses/<ULID>`, Truth Social's `/@<user>/posts/<id>`; on a host of no other platform:
`citations.platforms.mastodon_post`). Its page is a script app with a little server-rendered metadata; what
the post says comes from the instance's public API, `https://<instance>/api/v1/statuses/<id>`, which those
servers speak too, captured beside it (DESIGN.md section 4): `id`, `created_at`, `edited_at`, `content`
(HTML), `spoiler_text`, `language`, `url`, `uri`, `visibility`, `account` (`acct`, `username`,
`display_name`, `url`), `reblog`, `in_reply_to_id`, `quote`. (GoToSocial asks for sign-in on its API in most
versions: its post is then read from its server-rendered page, as a web page.) A Pleroma or Akkoma post's
ActivityPub id, `/objects/<uuid>` (`citations.platforms.pleroma_object`: the `url` Mastodon opens for their
posts), names no id the API knows: its server sends a page's reader on to the post's `/notice/<flake id>`,
and that notice is read (`notice_of_object`; its status API asked once the redirect is captured), when it is
on the same instance and its status's `uri` is that very object; else the page is read as a web page.

- The content is markup the post's server sent: it is read as data (its text, paragraphs as line breaks),
  never rendered. A content warning (`spoiler_text`) is the author's words too, and opens the text.
- A boost (`reblog`) shows another account's post: its words are kept as that post's (`quoted_post`), never
  the booster's, whose own text is empty, and its account is named as a forward's original author is
  (`forwarded_from`): the boost is the booster's post of another's words, never passed as their own. A
  quoted post's words (Mastodon's `quote.quoted_status`, Pleroma's and Truth Social's `quote` or
  `pleroma.quote`) are kept apart likewise.
- The handle is `user@instance`: `acct` is bare for an account of the instance asked, `user@other` for
  another's, which is another account than a local one of the same name. An account may be named on a
  domain its server is not on (`@alice@example.com`, served by social.example.com: Mastodon's LOCAL_DOMAIN
  and WEB_DOMAIN, whose status API writes `acct` bare): where the note names the post's local account so,
  that domain's WebFinger answer for the name and the instance's are asked once the status has answered
  (`cited_account_webfinger_urls`), and the handle is that name only where both say so: the domain names
  the account's actor (`https://<instance>/users/<user>`) as it, or sends its reader on to the instance's
  answer for that very name, and the instance answers with that name for its account. Either alone is one
  side's word (any domain can point at anyone's actor; any instance can claim any domain's names).
- Custom emoji shortcodes (`:blobcat:`) in a display name are pictures, not the name: they are left out.
- `edited_at` makes the post `edited`; a visibility other than public or unlisted is no public post. An
  edited status's edit history (`<status API>/history`, asked once the status says it was edited) gives its
  versions: its words are those it had a day after it was posted (a typo fixed that day is its words as
  published), and a later edit's words are kept apart (`fields.later_versions`, with their times), never read
  as what it said when posted. A history that is not the post's (another first time, other words now,
  another account's versions) is not read. Without one, the words are the status's now.
- The API answers 404 `{"error": "Record not found"}` for a deleted or non-public post: unavailable. 401 or
  403 (an instance that lets only signed-in users read its API) says nothing of the post; nor does any answer
  that is no Mastodon status (HTML, another site's 404, another status): the host may run no Mastodon at
  all, and the page is then read as the web page it is, never as a deleted post. A page that shows a thread
  (GoToSocial's, whose API asks for sign-in: each post an `<article>` by its id; in its older versions a
  `div.toot` in `div.thread`, the linked one `.expanded`) gives the linked post's words alone: its ancestors
  and replies are others' words, or other posts; its own time, and its account where that is the instance's
  own (another's is only this instance's copy of its post). Its edits shown (GoToSocial's "Edit timeline")
  make it `edited`.
- A remote account's post (`acct` `user@other`, a `uri` on another host, or a link naming `@user@other`
  whatever the status says) is only the asked instance's copy: a hostile or stale instance can show a post
  in anyone's name, or keep one deleted or edited. Its author's own instance is asked for it too
  (`side_urls.mastodon_origin_api_url`: from the status's `uri`, else `url`, of a Mastodon post's shape on
  the account's instance under a public name; one request, no redirects). The origin's status of that very
  post (same `uri`, its own account's) is the post, the copy's differences said and the copy kept in
  `fields`; the origin's 404 or 410 makes the post unavailable; any other answer, or none, leaves the copy
  read as a third party's copy (`partial`), which `captured` warns on. A remote account named on a domain
  its server is not on (`acct` `alice@example.com`, its `uri` on social.example.com: `_split_origin`) is
  asked of that server once example.com's WebFinger answer names the server's actor as alice@example.com
  (or sends its reader on to the server's answer for that name), and the server's answer is the post (or
  its 404 or 410 makes it unavailable) only where the server's WebFinger answer says so too: its bare
  `acct` alone is its own alice's, never example.com's. A copy of a Misskey-family note (`acct`
  `alice@b.example`, its `uri` `https://b.example/notes/<id>`: no Mastodon status there to ask for) is read
  as that note's own instance says (`extractors.misskey`: its activity and the actor it is attributed to),
  the post where that actor is the copy's account; else the copy is read as a copy, as above.
- The id dates the status on the instance asked (Mastodon's ids are time-based since 2.0:
  `citations.platforms.mastodon_id_time`): it gives the time where `created_at` gives none and the account
  is that instance's own (a remote post's local id is when the instance received it). Where the id gainsays
  `created_at` (a local status's far from its id's time, or a remote one's after the instance received it:
  a remote server may write any `published`), the post has no time: neither is surely the one its page
  shows. (A remote post's `created_at` long before the instance received it is an old post fetched late.)
- A boost of the account's own post is read as that post (its words and time: Mastodon's page of a boost
  redirects to the post it boosts); another account's boosted post under the booster's own display name is
  named with its handle, so that it is never taken for one's own.
- A Friendica post's page (`/display/<guid>`, made by Friendica: `read_friendica_display`) is read as a web
  page, by the cited post's own element: the page shows the conversation the post is in, tagged with its
  first post's author, words and time. An archived copy's links (its author's profile, its tags' link) are
  read as the pages they lead to (`pages.linked_out_of_a_copy`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from typing import Any
from urllib.parse import urlsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from provenance.capture.location import redirect_target
from provenance.capture.uri import same_resource
from provenance.citations.platforms import (
    mastodon_id_time,
    mastodon_post,
    mastodon_post_url,
    misskey_note,
    pleroma_object,
)
from provenance.extractors.interface import CapturedPage, Extractor
from provenance.extractors.pages import (
    MAX_TEXT,
    REFUSED_FOR_NOW,
    decode_html,
    json_of,
    linked_out_of_a_copy,
    node_text,
    parse_published,
    raw_fields,
    refused_for_now,
    squeeze,
    text_value,
)
from provenance.extractors.web import WebExtractor, read_web_page
from provenance.html_nesting import within_nesting
from provenance.models import Platform, SourcePost
from provenance.side_urls import (
    WEBFINGER,
    host_of,
    is_public_domain,
    mastodon_origin,
    mastodon_origin_api_url,
    mastodon_status_api_url,
    telegram_post,
    webfinger_url,
)
from provenance.warc.reader import StoredResponse

_MAX_CONTENT = 500_000  # Mastodon allows 500 characters; other servers more: markup cut here is ample
# What Mastodon answers for a status that is deleted, or not shown to a visitor who is not signed in.
_NOT_FOUND = "Record not found"
_PUBLIC = frozenset({"public", "unlisted"})
# A custom emoji's shortcode as a display name carries it (`:blobcat:`): a picture, no part of the name.
_EMOJI_SHORTCODE = re.compile(r":[A-Za-z0-9_]{2,64}:")
# How far a local status's `created_at` may be from its id's time (both made as it is saved), and how far a
# remote one's may be after it (clocks of two servers).
_ID_TIME_SLACK = dt.timedelta(hours=1)
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_MOST_WEBFINGER_LINKS = 100  # an account's WebFinger answer has a handful
_MOST_RESPONSES_SEARCHED = (
    200  # a post's capture holds a few: its page, its status, a WebFinger answer or two
)
# An edited status's versions, `<status API>/history` (Mastodon 3.5 on; public for a public status): a list
# of its versions oldest first, the first its words as posted (at its `created_at`), each later one an edit
# (`created_at` the edit's time), the last its words now. The post as first published is as it stood
# `_AS_FIRST_POSTED` after it was posted (a typo fixed within minutes is its words that day); a later edit's
# words are another day's.
_HISTORY = "/history"
_AS_FIRST_POSTED = dt.timedelta(hours=24)
_MOST_VERSIONS = 1_000


def _json(response: StoredResponse | None) -> Any:
    if response is None or "json" not in (response.header("Content-Type") or "").lower():
        return None  # an HTML page (another kind of site, a sign-in page) is no answer of the API
    return json_of(response.body)


def content_text(markup: str) -> str:
    """The plain text of a status's `content` markup: paragraphs and `<br>` as line breaks, links as the text
    they show. Read as data: nothing in it is fetched or run."""
    marked = markup[:_MAX_CONTENT].replace("</p>", "<br><br></p>")
    tree = LexborHTMLParser(within_nesting(marked))
    body = tree.body
    if body is None:
        return ""
    lines = (" ".join(line.split()) for line in node_text(body).split("\n"))
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def display_name(account: dict[str, Any]) -> str | None:
    """The account's display name without its custom emoji shortcodes, else its username."""
    name = text_value(account.get("display_name"))
    shown = text_value(_EMOJI_SHORTCODE.sub(" ", name)) if name else None
    return shown or text_value(account.get("username"))


def account_handle(account: dict[str, Any], instance: str) -> str | None:
    """`user@instance` of a status's account: its `acct` is bare for an account of `instance` (the one
    asked), `user@other` for another instance's."""
    acct = text_value(account.get("acct"))
    if acct is None or " " in acct:
        return None
    user, at, domain = acct.lstrip("@").partition("@")
    return f"{user}@{domain.lower() if at else instance}" if user else None


def _other_post(data: Any, instance: str) -> tuple[str, str | None] | None:
    """(text, "Name, @user@instance") of a status shown with another (the one boosted or quoted), or None."""
    if not isinstance(data, dict):
        return None
    account: dict[str, Any] = data["account"] if isinstance(data.get("account"), dict) else {}
    content = data.get("content")
    words = content_text(content) if isinstance(content, str) else ""
    warning = text_value(data.get("spoiler_text"))
    text = "\n\n".join(part for part in (warning, words) if part)
    if not text:
        return None
    name, handle = display_name(account), account_handle(account, instance)
    who = ", ".join(part for part in (name, f"@{handle}" if handle else None) if part) or None
    return text, who


def _boosted_name(account: dict[str, Any], instance: str, booster: str | None) -> str | None:
    """The name a boosted post's account shows (its display name, else its handle), with its handle where
    that name is the booster's own (`Harbour Watch (@harbourwatch@other.example)`).

    `checks.author` tells a boost of another's post from a boost of one's own by the names: another account
    showing the booster's display name (a namesake, an impersonator, the person's second account) was read
    as the booster's own post, and a note crediting its words to the booster passed `author`."""
    from provenance.names import speaker_key  # the key `checks.author` compares names by

    name = display_name(account)
    handle = account_handle(account, instance)
    if name and booster and handle and speaker_key(name) == speaker_key(booster):
        return f"{name} (@{handle})"
    return name or handle


def _read_own_boost(
    data: dict[str, Any], handle: str | None, api_url: str, instance: str
) -> SourcePost | None:
    """A boost of the account's own post, read as that post (its words, its time), or None when the status
    is no boost of one's own.

    The words are the account's own, so they are its post's words, not another's kept apart (its quote was
    not searched, with a detail calling them "that account's, not the booster's"); and Mastodon shows a
    boost's link as the boosted post (its page redirects there), dated when that was posted. The boost's own
    id and time are kept in `fields`."""
    reblog = data.get("reblog")
    boosted_account = reblog.get("account") if isinstance(reblog, dict) else None
    if not isinstance(reblog, dict) or not isinstance(boosted_account, dict) or handle is None:
        return None
    boosted_handle = account_handle(boosted_account, instance)
    if boosted_handle is None or boosted_handle.casefold() != handle.casefold():
        return None
    # Its `reblog` dropped: Mastodon never boosts a boost, and a hostile answer nesting them is read once.
    original = read_status({**reblog, "reblog": None}, api_url, instance, None)
    boost_id = data.get("id")
    if original is None or not isinstance(boost_id, str):
        return None
    fields = {
        **original.fields,
        "boost id": boost_id,
        "boost created_at": text_value(data.get("created_at")),
        "reblog": f"a boost of the account's own post {original.post_id}: its words and time are that post's",
        "visibility": text_value(data.get("visibility")) or original.fields.get("visibility"),
    }
    post = original.model_copy(
        update={
            "url": api_url,
            "canonical_url": mastodon_post_url(instance, handle, boost_id),
            "post_id": boost_id,
            "published_from": f"the boosted status's created_at (the account's own post {original.post_id})"
            if original.published_from == "status created_at"
            else original.published_from,
            "fields": raw_fields(fields),
        }
    )
    visibility = text_value(data.get("visibility"))
    return _not_public(post, visibility) if post.problem is None else post


def _not_public(post: SourcePost, visibility: str | None) -> SourcePost:
    """`post`, unavailable where the status's `visibility` is not public (shown to whom its author chose)."""
    if visibility is None or visibility in _PUBLIC:
        return post
    return post.model_copy(
        update={
            "problem": "unavailable",
            "problem_detail": f"the status is {visibility!r}, not public: it is shown only to those its "
            "author chose",
        }
    )


# Why Mastodon 4.4 shows no post a status quotes (`quote.state`, its `quoted_status` then null): the quoting
# post stands, but words a note gives the quoted post are not in the capture, and the record said nothing.
_QUOTE_NOT_SHOWN = {
    "deleted": "the post it quotes was deleted since",
    "revoked": "the post it quotes was withdrawn from the quote by its author",
    "rejected": "the quoted post's author refused the quote",
    "pending": "the quoted post's author has not yet allowed the quote",
    "unauthorized": "the post it quotes is not shown to a reader not signed in (or not allowed to see it)",
    "blocked_account": "the post it quotes is by an account blocked here",
    "blocked_domain": "the post it quotes is from a server blocked here",
    "muted_account": "the post it quotes is by an account muted here",
}


def _quote_not_shown(data: dict[str, Any]) -> str | None:
    """Why the post a status quotes is not shown (Mastodon 4.4's `quote.state` without a `quoted_status`),
    with its id where the answer names it; None where it is shown, or the status quotes none."""
    quote = data.get("quote")
    if not isinstance(quote, dict) or isinstance(quote.get("quoted_status"), dict):
        return None
    said = _QUOTE_NOT_SHOWN.get(text_value(quote.get("state")) or "")
    quoted_id = text_value(quote.get("quoted_status_id"))
    return f"{said} (status {quoted_id[:40]})" if said and quoted_id else said


def _quoted_status(data: dict[str, Any]) -> Any:
    """The status a post quotes, when the answer holds it: Mastodon 4.4's `quote.quoted_status`; Pleroma's,
    Akkoma's and Truth Social's `quote` (or `pleroma.quote`), the quoted status itself."""
    quote = data.get("quote")
    if isinstance(quote, dict) and "quoted_status" in quote:
        return quote.get("quoted_status")
    if isinstance(quote, dict) and isinstance(quote.get("account"), dict):
        return quote
    pleroma = data.get("pleroma")
    return pleroma.get("quote") if isinstance(pleroma, dict) else None


_MOST_LINKS_LOOKED_AT = 50  # a status's links: Mastodon's 500 characters hold a few


def _mirrored_telegram_post(account: dict[str, Any], content: Any) -> tuple[str, str] | None:
    """(whose, link) of the Telegram post a bot account's status copies: a bot (`account.bot`, the flag
    Mastodon shows) whose status links to a Telegram post (`https://t.me/<channel>/<id>`, the last such
    link) is a mirror's copy of that post, as bridges post each channel post with its link. Read as the bot's
    own, a note crediting the channel passed `author` on the bot's display name (`Kupiansk Now`), and its
    time, the copy's, passed `date`: the words are the channel's, as a forward's are, and the post to cite
    is the original. None for a person's account, or a status linking no Telegram post."""
    if account.get("bot") is not True or not isinstance(content, str):
        return None
    tree = LexborHTMLParser(within_nesting(content[:_MAX_CONTENT]))
    linked: tuple[str, str] | None = None
    for anchor in tree.css("a[href]")[:_MOST_LINKS_LOOKED_AT]:
        channel, post_id = telegram_post(anchor.attributes.get("href") or "")
        if channel is not None and post_id is not None:
            linked = (f"Telegram channel @{channel}", f"https://t.me/{channel}/{post_id}")
    return linked


def read_status(data: Any, api_url: str, instance: str, wanted_id: str | None) -> SourcePost | None:
    """A status API answer (`/api/v1/statuses/<id>` of `instance`) as a post; None when it is no Mastodon
    status, or another than `wanted_id`."""
    if not isinstance(data, dict) or not isinstance(data.get("account"), dict):
        return None
    post_id = data.get("id")
    if not isinstance(post_id, str) or wanted_id not in (None, post_id) or "content" not in data:
        return None
    account: dict[str, Any] = data["account"]
    handle = account_handle(account, instance)
    own_boost = _read_own_boost(data, handle, api_url, instance)
    if own_boost is not None:
        return own_boost
    content = data.get("content")
    words = content_text(content) if isinstance(content, str) else ""
    warning = text_value(data.get("spoiler_text"))
    boosted = _other_post(data.get("reblog"), instance)
    quoted = boosted or _other_post(_quoted_status(data), instance)
    reblog = data.get("reblog")
    boosted_account = reblog.get("account") if isinstance(reblog, dict) else None
    if boosted is not None:
        # A boost shows another's post as it is: its words are that post's author's, never the booster's.
        words, warning = "", None
    local = handle is not None and handle.endswith("@" + instance)
    id_time = mastodon_id_time(post_id)
    created = parse_published(text_value(data.get("created_at")))
    published, published_from = (created.at, "status created_at") if created else (None, None)
    contradicted = published is not None and not _agrees_with_id(published, id_time, local)
    if contradicted:
        # The instance's own record of when it had the status gainsays the time the status claims (a remote
        # server may write any `published`): neither is surely the post's time, which the page shows.
        published, published_from = None, None
    if published is None and not contradicted and id_time is not None and local:
        # A local status's id is when it was made there; a remote one's only when it reached this instance.
        published, published_from = id_time, "Mastodon id"
    visibility = text_value(data.get("visibility"))
    edited_at = text_value(data.get("edited_at"))
    mirrored = _mirrored_telegram_post(account, content)
    fields = {
        "id": post_id,
        "created_at": text_value(data.get("created_at")),
        "edited_at": edited_at,
        "id time": id_time.isoformat() if id_time else None,
        "created_at not the id's time": "the status's id says the instance had it at another time"
        if contradicted
        else None,
        "visibility": visibility,
        "account.acct": text_value(account.get("acct")),
        "account.display_name": text_value(account.get("display_name")),
        "account.url": text_value(account.get("url")),
        "url": text_value(data.get("url")),
        "uri": text_value(data.get("uri")),
        "spoiler_text": warning,
        "in_reply_to_id": text_value(str(data["in_reply_to_id"])) if data.get("in_reply_to_id") else None,
        "reblog": "a boost of another account's post" if boosted else None,
        # Whose post a boost shows, as a forwarded Telegram post names its original's author: the booster's
        # post of another's words (`checks.author` never passes it as the booster's own). Read only as the
        # boosted words, a note crediting the boost to the booster passed `author` and was verified.
        "forwarded_from": _boosted_name(boosted_account, instance, display_name(account))
        if isinstance(boosted_account, dict)
        else mirrored[0]
        if mirrored
        else None,
        "forwarded_from_url": mirrored[1] if mirrored and not isinstance(boosted_account, dict) else None,
        "mirror of": mirrored[1] if mirrored and not isinstance(boosted_account, dict) else None,
        "quoted_post": quoted[0] if quoted else None,
        "quoted_post_author": quoted[1] if quoted else None,
        "quoted_post_not_shown": _quote_not_shown(data) if boosted is None else None,
    }
    # The language the posting app declares, unless the words gainsay it, by their script or, in Latin
    # letters, by their commonest words: a Spanish post declared `en` (the app's default) was said to be in
    # English.
    from provenance.extractors.latin_words import standing_language  # few statuses are read per run

    language, set_aside = standing_language([text_value(data.get("language"))], words)
    fields["declared language"] = set_aside
    post = SourcePost(
        platform=Platform.MASTODON,
        url=api_url,
        canonical_url=mastodon_post_url(instance, handle, post_id),
        post_id=post_id,
        author=display_name(account),
        handle=handle,
        author_id=text_value(account.get("id")) if isinstance(account.get("id"), str) else None,
        published=published,
        published_from=published_from,
        text="\n\n".join(part for part in (warning, words) if part)[:MAX_TEXT],
        language=language,
        edited=edited_at is not None,
        # Said where the booster's text is searched: it has none, and the words it shows are another's.
        unread=f"the post is a boost of {boosted[1] or 'another account'}'s post, whose words are that "
        "account's, not the booster's"
        if boosted
        else None,
        fields=raw_fields(fields),
    )
    return _not_public(post, visibility)


def _agrees_with_id(created: dt.datetime, id_time: dt.datetime | None, local: bool) -> bool:
    """Whether `created_at` can be the status's time, as its id (when the instance asked had it) says: a local
    status's id is made with it (within `_ID_TIME_SLACK`); a remote one's when the instance received it,
    which may be long after the post was made, never before it. True when the id carries no time."""
    if id_time is None:
        return True
    if local:
        return abs(created - id_time) <= _ID_TIME_SLACK
    return created <= id_time + _ID_TIME_SLACK


def _copy_status(page: CapturedPage) -> tuple[Any, str] | None:
    """(the JSON, the instance) of the status the link's instance answered for its post, or None."""
    found = mastodon_post(page.url)
    api_url = mastodon_status_api_url(page.url)
    api = page.answer(api_url) if api_url is not None and page.first(api_url) is not None else None
    if found is None or api is None or api.status != 200:
        return None
    data = _json(api)
    return (data, found[0]) if read_status(data, api.uri, found[0], found[2]) is not None else None


@dataclasses.dataclass(frozen=True)
class _SplitOrigin:
    """A remote account named on a domain its server is not on (`acct` `alice@example.com`, its status's
    `uri` `https://social.example.com/users/alice/statuses/<id>`), as a copy of its post shows it."""

    user: str
    domain: str  # the name's domain (example.com)
    server: str  # the host of the status's `uri` (social.example.com)
    status_id: str

    @property
    def name(self) -> str:
        return f"{self.user}@{self.domain}"

    @property
    def actor(self) -> str:
        return f"https://{self.server}/users/{self.user}"

    @property
    def api_url(self) -> str:
        return f"https://{self.server}/api/v1/statuses/{self.status_id}"

    @property
    def at_domain(self) -> str | None:
        return webfinger_url(self.domain, self.user, self.domain)

    @property
    def at_server(self) -> str | None:
        return webfinger_url(self.server, self.user, self.domain)


def _split_origin(data: Any, instance: str) -> _SplitOrigin | None:
    """The copy's account as `_SplitOrigin`, where its `acct` names a domain and its `uri` is a Mastodon
    status of that user's actor on another public host, neither the copy's instance; else None."""
    account = data.get("account") if isinstance(data, dict) else None
    acct = text_value(account.get("acct")) if isinstance(account, dict) else None
    named = data.get("uri") if isinstance(data, dict) else None
    uri = named if isinstance(named, str) and len(named) <= 2_000 else ""
    user, _, domain = (acct or "").partition("@")
    found = mastodon_post(uri) if uri else None
    if found is None or not user or not domain or found[0] in (domain.lower(), instance):
        return None
    split = _SplitOrigin(user=user, domain=domain.lower(), server=found[0], status_id=found[2])
    if split.at_domain is None or split.at_server is None or not uri.startswith(f"{split.actor}/statuses/"):
        return None
    return split


def _domain_names_server(page: CapturedPage, split: _SplitOrigin) -> bool:
    """Whether the name's domain's captured WebFinger answer names the server's actor as that name, or sends
    its reader on to the server's answer for that very name (the domain's side of `_known_by_webfinger`)."""
    if split.at_domain is None or split.at_server is None:
        return False
    sent = page.first(split.at_domain)
    return _sends_on_to(sent, split.at_domain, split.at_server) or _webfinger_names(
        sent, split.name, split.actor
    )


def _sends_on_to(sent: StoredResponse | None, url: str, target: str) -> bool:
    """Whether `sent`, the answer to `url`, is a redirect to `target`, its `Location` read as a browser reads
    it (`capture.location.redirect_target`), as the capture reads every redirect."""
    location = sent.header("Location") if sent is not None and sent.status in _REDIRECTS else None
    return location is not None and same_resource(redirect_target(url, location) or "", target)


def _origin_api_url(page: CapturedPage, data: Any, instance: str) -> tuple[str | None, _SplitOrigin | None]:
    """(the status API of the post on its author's own instance, the split name it is asked under): by
    `side_urls.mastodon_origin_api_url`; else, for an account named on a domain its server is not on
    (`_split_origin`), its server's, once the domain's WebFinger answer has named that server's actor as
    the account (a copy's `uri` alone may name any host: the copy's accomplice)."""
    plain = mastodon_origin_api_url(data, instance)
    split = _split_origin(data, instance) if plain is None else None
    if split is not None and _domain_names_server(page, split):
        return split.api_url, split
    return plain, None


def origin_status_api_url(url: str, responses: tuple[StoredResponse, ...]) -> str | None:
    """The status API of the post on its author's own instance, when the capture of `url` so far holds
    another instance's copy of it (`_origin_api_url`); None for a local post."""
    page = CapturedPage(url=url, responses=responses)
    copy = _copy_status(page)
    return _origin_api_url(page, copy[0], copy[1])[0] if copy is not None else None


def edit_history_urls(url: str, responses: tuple[StoredResponse, ...]) -> tuple[str, ...]:
    """The edit history (`<status API>/history`) of each status the capture of `url` so far holds that says
    it was edited (`edited_at`): the link's instance's, and its author's instance's where that answered for
    a copy (`origin_status_api_url`). () where none was edited, or none answered."""
    page = CapturedPage(url=url, responses=responses)
    asked = (mastodon_status_api_url(url), origin_status_api_url(url, responses))
    found: list[str] = []
    for api_url in asked:
        answer = page.answer(api_url) if api_url is not None and page.first(api_url) is not None else None
        data = _json(answer) if answer is not None and answer.status == 200 else None
        if api_url is not None and isinstance(data, dict) and text_value(data.get("edited_at")) is not None:
            found.append(api_url + _HISTORY)
    return tuple(found)


def _misskey_home(data: Any, instance: str) -> str | None:
    """The note's link on its author's own instance, where a copy's status is of a Misskey-family note
    (`acct` `alice@b.example`, its `uri` `https://b.example/notes/<id>`: a server speaking no Mastodon API,
    read from its activity as `extractors.misskey` reads a note); None for any other."""
    origin = mastodon_origin(data, instance)
    account = data.get("account") if isinstance(data, dict) else None
    acct = text_value(account.get("acct")) if isinstance(account, dict) else None
    uri = data.get("uri") if isinstance(data, dict) else None
    found = misskey_note(uri) if isinstance(uri, str) and len(uri) <= 2_000 else None
    if (
        origin is None
        or found is None
        or found[0] != origin
        or (acct or "").partition("@")[2].lower() != origin
    ):
        return None
    return uri if uri == f"https://{found[0]}/notes/{found[1]}" and is_public_domain(origin) else None


def origin_note_url(url: str, responses: tuple[StoredResponse, ...]) -> str | None:
    """The Misskey-family note a copy in the capture of `url` is of, on its author's own instance
    (`_misskey_home`), whose activity and author are then asked; None for any other post."""
    copy = _copy_status(CapturedPage(url=url, responses=responses))
    return _misskey_home(copy[0], copy[1]) if copy is not None else None


def origin_webfinger_urls(url: str, responses: tuple[StoredResponse, ...]) -> tuple[str, ...]:
    """The WebFinger answers that would show a copy's account, named on a domain its server is not on
    (`_split_origin`: `alice@example.com`, its `uri` on social.example.com), to be that server's account:
    the domain's answer for the name, then, once it has named the server's actor so, the server's. () for
    any other post."""
    page = CapturedPage(url=url, responses=responses)
    copy = _copy_status(page)
    split = _split_origin(copy[0], copy[1]) if copy is not None else None
    if copy is None or split is None or mastodon_origin_api_url(copy[0], copy[1]) is not None:
        return ()
    assert split.at_domain is not None and split.at_server is not None  # `_split_origin` made sure
    return (split.at_domain, split.at_server) if _domain_names_server(page, split) else (split.at_domain,)


def _local_account(data: Any, instance: str) -> tuple[str, str] | None:
    """(username, ActivityPub actor) of a status's account when it is `instance`'s own and the status is
    Mastodon's under it (`uri` `https://<instance>/users/<user>/statuses/<id>`), else None."""
    account = data.get("account") if isinstance(data, dict) else None
    if not isinstance(account, dict):
        return None
    user = text_value(account.get("username"))
    if user is None or account_handle(account, instance) != f"{user}@{instance}":
        return None
    actor = f"https://{instance}/users/{user}"
    uri = data.get("uri")
    return (user, actor) if isinstance(uri, str) and uri.startswith(f"{actor}/statuses/") else None


def cited_account_webfinger_urls(
    url: str, responses: tuple[StoredResponse, ...], cited_handle: str
) -> tuple[str, ...]:
    """The WebFinger answers that would show the note's `cited_handle` (`user@domain`) to be the account whose
    post the link's instance answered, where its domain is another than the instance (an account's name on
    a domain its server is not on: `@alice@example.com`, served by social.example.com): the domain's answer
    for the name and the instance's. () before the status is captured, for a remote account's post, another
    user's, or a domain that is the instance's or no public name."""
    copy = _copy_status(CapturedPage(url=url, responses=responses))
    local = _local_account(copy[0], copy[1]) if copy is not None else None
    user, _, domain = cited_handle.lower().partition("@")
    if copy is None or local is None or local[0].lower() != user or not domain or domain == copy[1]:
        return ()
    at_domain, at_instance = webfinger_url(domain, local[0], domain), webfinger_url(copy[1], local[0], domain)
    return (at_domain, at_instance) if at_domain is not None and at_instance is not None else ()


def _webfinger_names(answer: StoredResponse | None, name: str, actor: str) -> bool:
    """Whether a WebFinger answer is the account `name`'s (its `subject` `acct:<name>`) and names `actor` as
    it (its `self` link)."""
    data = _json(answer) if answer is not None and answer.status == 200 else None
    if not isinstance(data, dict) or not isinstance(data.get("subject"), str):
        return False
    links = data.get("links")
    own = isinstance(links, list) and any(
        isinstance(link, dict) and link.get("rel") == "self" and link.get("href") == actor
        for link in links[:_MOST_WEBFINGER_LINKS]
    )
    return own and data["subject"].lower() == f"acct:{name}".lower()


def _known_by_webfinger(page: CapturedPage, data: Any, post: SourcePost, instance: str) -> SourcePost:
    """`post`, a local account's, under the name its account has on another domain (`alice@example.com` for
    social.example.com's alice), where the capture holds that domain's WebFinger answer for the name and the
    instance's (`cited_account_webfinger_urls`), and both show it: the domain names the instance's actor as
    that account (or sends its reader on to the instance's answer for that very name), and the instance
    answers that its account's name is that one. Either alone is one side's word: any domain can point at
    anyone's actor, and any instance can claim any domain's name for its accounts. `post` as it is
    otherwise."""
    local = _local_account(data, instance)
    if local is None or post.problem is not None or post.partial is not None:
        return post
    user, actor = local
    for response in page.responses[:_MOST_RESPONSES_SEARCHED]:
        named = response.uri.partition(WEBFINGER)[2] if response.uri.startswith("https://") else ""
        name_user, _, domain = named.partition("@")
        if name_user.lower() != user.lower() or not domain or domain == instance:
            continue
        at_domain, at_instance = webfinger_url(domain, user, domain), webfinger_url(instance, user, domain)
        if at_domain is None or at_instance is None or not same_resource(response.uri, at_domain):
            continue
        sent = page.first(at_domain)
        name = f"{user}@{domain}"
        if (
            _sends_on_to(sent, at_domain, at_instance) or _webfinger_names(sent, name, actor)
        ) and _webfinger_names(page.first(at_instance), name, actor):
            said = f"{domain}'s WebFinger names {actor} as {name}, and {instance} answers so"
            fields = {**post.fields, "handle on its server": post.handle or "", "webfinger": said}
            return post.model_copy(update={"handle": name, "fields": fields})
    return post


def _differences(copy: SourcePost, origin: SourcePost) -> list[str]:
    """What the copy shows otherwise than the author's instance: its words, its time, its visibility, an
    edit."""
    said = [
        ("its words", copy.text != origin.text),
        ("its time", copy.fields.get("created_at") != origin.fields.get("created_at")),
        ("its visibility", copy.fields.get("visibility") != origin.fields.get("visibility")),
        ("its edit", copy.fields.get("edited_at") != origin.fields.get("edited_at")),
    ]
    return [what for what, differs in said if differs]


def _read_from_origin(
    post: SourcePost, differs: list[str], instance: str, origin: str, kept: dict[str, str]
) -> SourcePost:
    """`post`, as the author's own instance `origin` gave it, with the copy `instance` showed kept in
    `fields`, and what the copy shows otherwise (`differs`) said: in `fields` and in what was left unread,
    beside whatever the origin's answer itself left unread."""
    said = (
        f"{instance}'s copy differs from the author's instance in {', '.join(differs)}: the post was read "
        f"from {origin}"
        if differs
        else None
    )
    fields = {**post.fields, **raw_fields(kept)}
    if said:
        fields["copy differs"] = said
    unread = f"{post.unread}; {said}" if post.unread and said else said or post.unread
    return post.model_copy(update={"fields": fields, "unread": unread})


def _as_its_origin_says(
    page: CapturedPage, data: Any, copy: SourcePost, instance: str, linked: str | None
) -> SourcePost:
    """The post as its author's own instance answers for it, where `copy` is another instance's copy of a
    remote account's post (`side_urls.mastodon_origin`, or the link's account `linked` being another
    instance's: a status naming no account's instance is no word of the author's; Pleroma's `/notice/<id>`
    names no account); `copy` itself for a local post.

    The origin's answer is the post: where the copy's words, time or visibility differ, that is said, and
    the copy kept in `fields`. The origin's 404 or 410 while the copy still shows the post: unavailable.
    No answer from the origin that is its status of that very post (a sign-in asked, 5xx, no answer, a
    redirect, another status): the copy is read, but as a third party's copy (`partial`), which `captured`
    warns on: a hostile or stale instance can show a post in anyone's name, or keep one deleted or edited."""
    linked_domain = (linked or "").partition("@")[2] or instance
    origin = mastodon_origin(data, instance) or (linked_domain if linked_domain != instance else None)
    if origin is None:
        return copy
    kept = {f"copy on {instance}: {name}": value for name, value in copy.fields.items()}
    kept[f"copy on {instance}: text"] = copy.text
    home = _misskey_home(data, instance)
    if home is not None:
        return _as_its_home_note_says(page, copy, kept, instance, home)
    origin_url, split = _origin_api_url(page, data, instance)
    answer = page.answer(origin_url) if origin_url and page.first(origin_url) is not None else None
    # An account named on a domain its server is not on: its server's word is its own only where that
    # server's WebFinger answer, too, names its actor so (the domain's was asked before its server was).
    split_shown = split is not None and _webfinger_names(
        page.first(split.at_server or ""), split.name, split.actor
    )
    if origin_url is None:
        why = f"the status names no post on {origin} whose status API could be asked"
    elif answer is None:
        failure = page.failure(origin_url)
        why = f"no answer from {origin_url} was captured" + (f" ({failure[:200]})" if failure else "")
    elif split is not None and not split_shown:
        why = (
            f"{split.server}'s WebFinger answer does not name {split.actor} as {split.name}: that server's "
            f"status is not shown to be {split.name}'s"
        )
    elif answer.status in (404, 410):
        return SourcePost(
            platform=Platform.MASTODON,
            url=answer.uri,
            post_id=copy.post_id,
            author=copy.author,
            handle=copy.handle,
            problem="unavailable",
            problem_detail=f"the author's instance no longer has it: {answer.uri} answers HTTP "
            f"{answer.status}, while {instance} still shows a copy (kept for the record)",
            fields=raw_fields(kept),
        )
    else:
        origin_post = read_status(
            _json(answer) if answer.status == 200 else None,
            answer.uri,
            split.server if split is not None else origin,
            origin_url.rsplit("/", 1)[1],
        )
        if (
            origin_post is not None
            and split is not None
            and origin_post.handle == f"{split.user}@{split.server}"
        ):
            # Both WebFinger answers name the server's account so (`split_shown`): it is the named account.
            shown = (
                f"{split.domain}'s WebFinger names {split.actor} as {split.name}, and {split.server} "
                "answers so"
            )
            on_server = f"{split.user}@{split.server}"
            named = {**origin_post.fields, "handle on its server": on_server, "webfinger": shown}
            origin_post = origin_post.model_copy(update={"handle": split.name, "fields": named})
        same = origin_post is not None and _same_status(data, _json(answer))
        if origin_post is not None and same and origin_post.handle == copy.handle:
            return _read_from_origin(origin_post, _differences(copy, origin_post), instance, origin, kept)
        why = (
            f"{origin_url} answered HTTP {answer.status}"
            + (" (the instance may ask for sign-in)" if answer.status in (401, 403) else "")
            + ("" if origin_post is None else " with another status than the copy's")
        )
    detail = (
        f"the post is {instance}'s copy of a post of {origin}, and the author's own instance was not read "
        f"({why}): {instance} may show what the author never posted, or kept after it was deleted or edited"
    )
    return copy.model_copy(update={"partial": "copy", "partial_detail": detail})


def _as_its_home_note_says(
    page: CapturedPage, copy: SourcePost, kept: dict[str, str], instance: str, home: str
) -> SourcePost:
    """`copy`, a Mastodon instance's copy of a Misskey-family note (`_misskey_home`), as the note's own
    instance says it: its activity read as `extractors.misskey` reads a note, the post where its author is
    the copy's account; else the copy read as a third party's copy (`partial`)."""
    from provenance.extractors.misskey import read_misskey_note  # it imports this module

    note = read_misskey_note(dataclasses.replace(page, url=home))
    if note.platform is Platform.MASTODON and note.problem is None and note.handle == copy.handle:
        differs = [
            what
            for what, differ in (
                ("its words", copy.text != note.text),
                (
                    "its time",
                    None not in (copy.published, note.published) and copy.published != note.published,
                ),
                ("its edit", copy.edited != note.edited),
            )
            if differ
        ]
        origin = note.handle.partition("@")[2] if note.handle else home
        return _read_from_origin(note, differs, instance, origin, kept)
    why = f"{home}/activity gave no note of {copy.handle or 'the account'}'s"
    detail = (
        f"the post is {instance}'s copy of a note of {host_of(home)}, and the author's own instance was not "
        f"read ({why}): {instance} may show what the author never posted, or kept after it was deleted or "
        "edited"
    )
    return copy.model_copy(update={"partial": "copy", "partial_detail": detail})


def _same_status(copy: Any, origin: Any) -> bool:
    """Whether the origin's status is the one the copy is of: the same `uri` (the status's ActivityPub id,
    which every copy keeps), else, where the copy names none, the same `url`."""
    if not isinstance(copy, dict) or not isinstance(origin, dict):
        return False
    key = "uri" if isinstance(copy.get("uri"), str) else "url"
    return isinstance(copy.get(key), str) and copy.get(key) == origin.get(key)


def _gone(api: StoredResponse | None) -> bool:
    """Whether the status API says the post is not there: 404 with Mastodon's own `Record not found`."""
    if api is None or api.status != 404:
        return False
    data = _json(api)
    return isinstance(data, dict) and data.get("error") == _NOT_FOUND


# A server-rendered thread (GoToSocial's status page, whose API asks for sign-in in most versions): the
# thread's posts, each an `<article id="<its id>">`, the one linked among its ancestors and replies.
_MOST_THREAD_POSTS = 2_000


def _the_threads_post_alone(post: SourcePost, url: str, main: StoredResponse) -> SourcePost:
    """`post` (the page read as a web page) with the linked post's words alone for its text, where the page
    shows it (an `<article>` by its id), alone or in a thread of several posts: read whole, the words of the
    thread's other posts (another account's reply) were found as the linked post's author's. Its time is its
    own `<time datetime>`, its account the one it shows where that is the instance's own (`_local_author`).
    The linked post is `edited` where the page shows its edits (GoToSocial's `.edit-timeline`): read as a web
    page, a quote of its first words failed under `--strict-quotes` as one the post never held."""
    found = mastodon_post(url)
    if found is None or post.problem is not None or not found[2].isalnum():
        return post
    tree = LexborHTMLParser(within_nesting(decode_html(main)))
    articles = tree.css("article")
    linked = [article for article in articles if article.attributes.get("id") == found[2]]
    if not (0 < len(articles) <= _MOST_THREAD_POSTS and len(linked) == 1):
        # GoToSocial's thread before its posts were `<article id>`s (its older versions, and archived copies
        # of their pages): each post a `div.toot` in `div.thread`, the linked one `.toot.expanded`.
        articles = tree.css(".thread .toot")
        linked = [toot for toot in articles if "expanded" in (toot.attributes.get("class") or "").split()]
        if not (0 < len(articles) <= _MOST_THREAD_POSTS and len(linked) == 1):
            return post
    timeline = linked[0].css_first(".edit-timeline")
    edited = post.edited or timeline is not None
    words = linked[0].css_first("div.text") or linked[0].css_first(".content") or linked[0]
    text = content_text(words.html or "")
    shown = f"of a thread of {len(articles)} posts" if len(articles) > 1 else "without the page around it"
    fields = {**post.fields, "text": f"the linked post's alone, {shown}"}
    last_edit = _last_edit(timeline) if timeline is not None else None
    if last_edit is not None:
        # Its words shown are its last edit's: when that was is kept, as a status's `edited_at` is.
        fields["edited_at"] = last_edit
    update: dict[str, Any] = {"text": text[:MAX_TEXT], "fields": fields, "edited": edited}
    author = _local_author(linked[0], found[0])
    if author is not None:
        update["author"], update["handle"] = author
    # Its own time, not the page's first (an ancestor's, another day's, as a web page's date was read).
    stamp = linked[0].css_first("time.dt-published") or linked[0].css_first("time[datetime]")
    published = parse_published(stamp.attributes.get("datetime")) if stamp is not None else None
    if published is not None:
        update["published"], update["published_day_only"] = published.at, published.day_only
        update["published_from"] = "the linked post's <time datetime>"
    return post.model_copy(update=update)


_MOST_EDITS_SHOWN = 100


def _last_edit(timeline: LexborNode) -> str | None:
    """The time of the latest edit a GoToSocial edit timeline shows (its `<dd title="Edited …">` entries'
    `<time datetime>`; the `Published` one is the post's first), as written; None where it shows none."""
    latest: tuple[dt.datetime, str] | None = None
    for entry in timeline.css("dd")[:_MOST_EDITS_SHOWN]:
        stamp = entry.css_first("time[datetime]")
        written = stamp.attributes.get("datetime") if stamp is not None else None
        when = parse_published(written) if written else None
        if when is None or written is None or not (entry.attributes.get("title") or "").startswith("Edited"):
            continue
        if latest is None or when.at > latest[0]:
            latest = when.at, written
    return latest[1] if latest is not None else None


def _local_author(post: LexborNode, instance: str) -> tuple[str | None, str] | None:
    """(display name, `user@instance`) of the account a server-rendered post (GoToSocial's) shows, where it is
    an account of `instance`, whose own page this is; None for another server's account (the page is only
    this instance's copy of its post) or none shown. Read as a web page, the post was credited to its byline's
    run-together words (`Name@user@instance`), and `author` warned on every true note."""
    shown = post.css_first(".username")
    user, at, domain = squeeze(shown.text() if shown is not None else "").lstrip("@").partition("@")
    if not user or " " in user or "@" in domain or (at and domain.casefold() != instance.casefold()):
        return None
    name = post.css_first(".displayname")
    return (squeeze(name.text()) or None) if name is not None else None, f"{user}@{instance}"


def notice_of_object(url: str, responses: tuple[StoredResponse, ...]) -> str | None:
    """The `/notice/<flake id>` link a Pleroma or Akkoma post's ActivityPub id (`pleroma_object`:
    `/objects/<uuid>`, which names no id its status API knows) was sent on to in the capture, on the same
    instance, or None (not captured yet, no redirect, a redirect elsewhere: another host's notice is no word
    of this instance's of its post)."""
    found = pleroma_object(url)
    sent = CapturedPage(url=url, responses=responses).first(url) if found is not None else None
    if found is None or sent is None or sent.status not in _REDIRECTS:
        return None
    location = sent.header("Location")
    # Read as a browser reads it, as capture follows it (`capture.location`): the notice captured is there.
    target = redirect_target(sent.uri, location) if location else None
    notice = mastodon_post(target) if target is not None else None
    if notice is None or notice[0] != found[0] or notice[1] is not None:
        return None  # only Pleroma's `/notice/<id>` names no account: a Mastodon link is another server's
    return target


def _version_text(version: dict[str, Any]) -> str:
    """A version's words as `read_status` reads a status's: its content warning, then its content."""
    content = version.get("content")
    words = content_text(content) if isinstance(content, str) else ""
    warning = text_value(version.get("spoiler_text"))
    return "\n\n".join(part for part in (warning, words) if part)[:MAX_TEXT]


def _versions(data: Any, post: SourcePost) -> list[tuple[dt.datetime, str]] | None:
    """(time, words) of each version an edit history answer gives of `post`, oldest first; None where it is
    no history of this post: no list of versions, a first version not of the post's `created_at`, a last
    one not its words now, or a version of another account (an answer of another status, or a stale one)."""
    if not isinstance(data, list) or not 1 < len(data) <= _MOST_VERSIONS:
        return None
    versions: list[tuple[dt.datetime, str]] = []
    acct = post.fields.get("account.acct")
    for version in data:
        when = parse_published(text_value(version.get("created_at"))) if isinstance(version, dict) else None
        if when is None or not isinstance(version, dict) or not isinstance(version.get("content"), str):
            return None
        account = version.get("account")
        if isinstance(account, dict) and text_value(account.get("acct")) != acct:
            return None
        if versions and when.at < versions[-1][0]:
            return None  # not oldest first: no history Mastodon writes
        versions.append((when.at, _version_text(version)))
    created = parse_published(post.fields.get("created_at"))
    if created is None or versions[0][0] != created.at or versions[-1][1] != post.text:
        return None
    return versions


def _words_edited_away(kept: list[tuple[dt.datetime, str]]) -> dict[str, str]:
    """The words of the versions before the one read as first published (`kept`, oldest first, the last the
    one read), where they differ from it: its first words, changed within the day (as `first_version_text`
    and `first_version_id`, the names X's first version has, so that a quote found there says so). Dropped,
    a quote of the words as first posted, which the captured history holds, was "not found verbatim (a
    paraphrase?)"."""
    read_at, read = kept[-1]
    before = list(dict.fromkeys(words for _, words in kept[:-1] if words != read))
    if not before:
        return {}
    return {
        "first_version_text": "\n\n".join(before)[:MAX_TEXT],
        "first_version_id": f"as posted at {kept[0][0].isoformat()}, before its edit of "
        f"{read_at.isoformat()}",
    }


def _as_first_published(page: CapturedPage, post: SourcePost) -> SourcePost:
    """`post` with its words as first published (as they stood `_AS_FIRST_POSTED` after it was posted), where
    it was edited later and its edit history (`_HISTORY`) is captured: a later edit's words are kept apart
    (`fields.later_versions`), never read as what the post said when it was posted. Read from the status
    alone (its words now) with its first `created_at`, words added days after the post passed `quote` and
    `date` as what it said that day. Any other post, or a history that is not this post's, as read."""
    if post.platform is not Platform.MASTODON or not post.edited or post.problem is not None:
        return post
    api_url = post.url.partition("?")[0]
    history = page.first(api_url + _HISTORY)
    if history is None or history.status != 200:
        return post
    versions = _versions(_json(history), post)
    if versions is None:
        return post
    first_day = versions[0][0] + _AS_FIRST_POSTED
    kept = [version for version in versions if version[0] <= first_day]
    later = versions[len(kept) :]
    fields = {**post.fields, "versions": f"{len(versions)} in its edit history ({history.uri[:300]})"}
    fields.update(_words_edited_away(kept))
    if not later:
        return post.model_copy(update={"fields": fields})
    when, words = kept[-1]
    edits = ", ".join(edit.isoformat() for edit, _ in later[:20])
    fields["later_versions"] = "\n\n".join(text for _, text in later)[:MAX_TEXT]
    fields["later_versions_edited"] = edits
    fields["text"] = (
        f"the post as it stood at {when.isoformat()} (its edit history); its words of the edits of "
        f"{edits} are kept in `later_versions`, not read as what it said when posted"
    )
    fields["text now"] = post.text
    return post.model_copy(update={"text": words, "fields": fields})


class MastodonExtractor(Extractor):
    platform = Platform.MASTODON

    def handles(self, url: str) -> bool:
        return (
            mastodon_post(url) is not None
            or misskey_note(url) is not None
            or pleroma_object(url) is not None
            or friendica_display(url) is not None
        )

    def extract(self, page: CapturedPage) -> SourcePost:
        if friendica_display(page.url) is not None:
            return read_friendica_display(page)
        if pleroma_object(page.url) is not None:
            # The post's ActivityPub id: read as the notice its server sent it on to, by that notice's status
            # API (read as a web page, the notice's page was a script app's shell, and a true post failed).
            object_link = pleroma_object(page.url)
            notice = notice_of_object(page.url, page.responses)
            led = page.answer()
            if notice is None and led is not None and friendica_display(led.uri) is not None:
                # Friendica's post, whose ActivityPub id (`/objects/<guid>`) sends a page's reader on to its
                # page, `/display/<guid>`: read there as such (as a web page, the conversation's first post).
                post = read_friendica_display(dataclasses.replace(page, url=led.uri))
                return post.model_copy(update={"fields": {**post.fields, "ActivityPub id": page.url[:500]}})
            if object_link is None or notice is None:
                return self._as_a_web_page(page, None, None, "no redirect to a notice of its instance")
            post = self.extract(dataclasses.replace(page, url=notice))
            if (
                post.platform is Platform.MASTODON
                and post.problem is None
                and post.fields.get("uri") != f"https://{object_link[0]}/objects/{object_link[1]}"
            ):
                # The notice's status is of another object than the one cited (its `uri` is its object's id).
                why = f"the notice it led to, {notice}, is another object's: {post.fields.get('uri')!r}"
                return self._as_a_web_page(page, None, None, why[:600])
            return post.model_copy(update={"fields": {**post.fields, "ActivityPub id": page.url[:500]}})
        if misskey_note(page.url) is not None:
            from provenance.extractors.misskey import read_misskey_note  # it reads statuses' markup as here

            return read_misskey_note(page)
        found = mastodon_post(page.url)
        api_url = mastodon_status_api_url(page.url)
        api = page.answer(api_url) if api_url is not None and page.first(api_url) is not None else None
        if found is not None and api is not None:
            instance, linked, post_id = found
            data = _json(api) if api.status == 200 else None
            status = read_status(data, api.uri, instance, post_id)
            if status is not None:
                read = _as_its_origin_says(page, data, status, instance, linked)
                read = _known_by_webfinger(page, data, read, instance) if read is status else read
                return _as_first_published(page, read)
            if _gone(api):
                return SourcePost(
                    platform=self.platform,
                    url=api.uri,
                    post_id=post_id,
                    problem="unavailable",
                    problem_detail=f"the instance's status API answers 404 ({_NOT_FOUND!r}, {api.uri}): "
                    "the post is deleted or not public",
                )
        return self._as_a_web_page(page, api, page.failure(api_url) if api_url is not None else None)

    def _as_a_web_page(
        self, page: CapturedPage, api: StoredResponse | None, failure: str | None, said: str | None = None
    ) -> SourcePost:
        """The page read as any web page: the status API showed no status (not asked, no answer, a sign-in
        required, or no Mastodon's answer at all: the host may run another kind of site); `said`: why, where
        the status API was not the post's to ask (a Pleroma object's, which led to no notice of it)."""
        main = page.answer()
        if main is None:
            return SourcePost(platform=Platform.WEB, url=page.url)
        from provenance.extractors.latin_words import interface_language_checked  # few pages read so

        post = interface_language_checked(
            _the_threads_post_alone(
                read_web_page(page.url, main, Platform.WEB, page.main_text), page.url, main
            )
        )
        said = (
            said
            if said is not None
            else f"no status API answer was captured ({failure[:200]})"
            if api is None and failure
            else "no status API answer was captured"
            if api is None
            else f"the status API answered HTTP {api.status} with no Mastodon status"
            + (" (the instance may ask for sign-in)" if api.status in (401, 403) else "")
        )
        why = f"{said}: the page was read as a web page"
        update: dict[str, str] = {"unread": f"{post.unread}; {why}" if post.unread else why}
        if post.problem == "script-shell" and refused_for_now(api, failure if api is None else None):
            # The instance refused the capture for a while (HTTP 429) and its page needs its scripts: no word
            # on the post, as a bot check's, and a later capture may read it.
            update |= {"problem": "challenge", "problem_detail": f"{said}: {REFUSED_FOR_NOW}"}
            return post.model_copy(update=update)
        if post.problem is not None and api is not None:
            # `captured` names the problem, not what was unread: why the API did not say more, said there.
            update["problem_detail"] = f"{post.problem_detail}; {why}" if post.problem_detail else why
        return post.model_copy(update=update)


# A Friendica post's page, `https://<instance>/display/<guid>` (a UUID, or an older hex or Diaspora guid).
_FRIENDICA_DISPLAY = re.compile(r"/display/([0-9A-Za-z][0-9A-Za-z-]{7,71})/?")
_FRIENDICA_ITEM_ID = re.compile(r"(?:^|\s)item-([0-9]{1,20})(?:\s|$)")
_MOST_FRIENDICA_ITEMS = 2_000  # a conversation's posts the page shows, each looked at once for the cited one
_MOST_NAME = 300  # a display name; a longer one is cut (a hostile page's)


_MOST_SHARED = 10  # a post shares one post; a few more are still read apart


def _friendica_shared(body: LexborNode) -> tuple[str, list[str]]:
    """(the words, the authors) of the posts a Friendica post's body shares (`div.shared-wrapper`: its
    author's name and its words in a `blockquote.shared_content`), taken out of `body`: another's words,
    never the post's own (read whole, a reshare's words were the resharer's)."""
    words: list[str] = []
    authors: list[str] = []
    for wrapper in body.css("div.shared-wrapper")[:_MOST_SHARED]:
        name = wrapper.css_first(".shared-author")
        content = wrapper.css_first(".shared_content")
        author = text_value(name.text(separator=" ")[:_MOST_NAME]) if name is not None else None
        shared = content_text(content.html or "") if content is not None else ""
        if author:
            authors.append(author)
        if shared:
            words.append(shared)
    for wrapper in reversed(body.css("div.shared-wrapper")):  # a nested one before the one holding it
        wrapper.decompose()
    return "\n\n".join(words)[:MAX_TEXT], authors


def friendica_display(url: str) -> str | None:
    """The guid a Friendica post's page link names (`https://<instance>/display/<guid>`), else None. Any site
    may have such a path: only a page Friendica made (its `generator`) is read as Friendica's."""
    parts = urlsplit(url)
    found = _FRIENDICA_DISPLAY.fullmatch(parts.path) if parts.scheme in ("http", "https") else None
    return found.group(1) if found else None


def read_friendica_display(page: CapturedPage) -> SourcePost:
    """A Friendica post's page, read as a web page, with what its tags say set right.

    Friendica speaks no API a post's link names (its Mastodon API knows another id), so its page is read. That
    page shows the whole conversation the post is in, and its tags (`author`, `og:title`, `og:description`,
    `og:url`) are the conversation's first post's: a comment's link, read as a web page, was credited to the
    one who started the conversation, dated and worded by their post. The cited post is its own element of
    the page (`div#item-<guid>`: its author's name link, its body `#wall-item-body-<item id>`): its words and
    author are read from there, the comments under it never; a comment's time is shown only in words ("2
    years ago") and is not read. A cited post the page does not show gives no author, time or words."""
    web = WebExtractor().extract(page)
    guid = friendica_display(page.url)
    main = page.answer()
    if guid is None or main is None or main.status != 200 or web.problem is not None:
        return web
    tree = LexborHTMLParser(within_nesting(decode_html(main)))
    generator = tree.css_first('meta[name="generator"]')
    if generator is None or not (generator.attributes.get("content") or "").casefold().startswith(
        "friendica"
    ):
        return web
    # An archived copy's links (and the Wayback Machine's tags) lead to the archive's copies of the pages
    # they name: read as those pages (`pages.linked_out_of_a_copy`), a comment's copy lost its author's
    # handle, and the conversation its tags are of, so that it was dated by the first post's time.
    shown_link = next(
        (
            link[:500]
            for node in tree.css('meta[property="og:url"], meta[name="twitter:url"]')[:4]
            if (link := linked_out_of_a_copy(node.attributes.get("content") or "", main.uri))
            and friendica_display(link) is not None
        ),
        None,
    )
    shown = friendica_display(shown_link) if shown_link is not None else None
    first_post = shown is not None and shown.casefold() != guid.casefold()
    own = next(
        (
            node
            for node in tree.css("div.wall-item-container")[:_MOST_FRIENDICA_ITEMS]
            if (node.attributes.get("id") or "").casefold() == f"item-{guid}".casefold()
        ),
        None,
    )
    item_id = _FRIENDICA_ITEM_ID.search(own.attributes.get("class") or "") if own is not None else None
    body = tree.css_first(f"#wall-item-body-{item_id.group(1)}") if item_id is not None else None
    name_link = own.css_first("a.wall-item-name-link") if own is not None else None
    author = text_value(name_link.text(separator=" ")[:_MOST_NAME]) if name_link is not None else None
    fields = {**web.fields, "generator": text_value(generator.attributes.get("content"))}
    if body is None or author is None:
        if not first_post:
            return web
        why = (
            f"the page shows the conversation of {shown_link}, whose post its tags are, and not the cited "
            "post's own element: no author, time or words of it read"
        )
        return web.model_copy(
            update={
                "author": None,
                "published": None,
                "published_from": None,
                "title": None,
                "text": "",
                "unread": f"{web.unread}; {why}" if web.unread else why,
                "fields": raw_fields({**fields, "conversation": shown_link}),
            }
        )
    profile = linked_out_of_a_copy(name_link.attributes.get("href") or "", main.uri) if name_link else None
    nick = (
        urlsplit(profile).path.removeprefix("/profile/")
        if profile
        and host_of(profile) == host_of(page.url)
        and urlsplit(profile).path.startswith("/profile/")
        else ""
    )
    shared, sharers = _friendica_shared(body)
    words = content_text(body.html or "")[:MAX_TEXT]
    whose = ", ".join(dict.fromkeys(sharers)) or None
    update: dict[str, Any] = {
        "author": author,
        "handle": f"{nick}@{host_of(page.url)}" if nick.isalnum() else None,
        "text": words,
        "fields": raw_fields(
            {
                **fields,
                "friendica item": item_id.group(1) if item_id else None,
                "quoted_post": shared or None,
                "quoted_post_author": whose,
                # A reshare with no words of its own is the resharer's post of another's, as a boost is.
                "forwarded_from": whose if shared and not words else None,
            }
        ),
    }
    if shared and not words:
        update["unread"] = (
            f"the post is a reshare of {whose or 'another account'}'s post, whose words are theirs, not the "
            "resharer's"
        )
    if first_post:
        why = (
            f"a comment in the conversation of {shown_link}, whose first post the page's tags and time are: "
            "its own time is shown only in words, not read"
        )
        update |= {
            "published": None,
            "published_from": None,
            "title": None,
            "unread": f"{web.unread}; {why}" if web.unread else why,
            "fields": raw_fields({**update["fields"], "conversation": shown_link}),
        }
    return web.model_copy(update=update)
