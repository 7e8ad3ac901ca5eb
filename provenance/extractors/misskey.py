"""Misskey and its forks (Sharkey, Firefish, Iceshrimp): a note read from its ActivityPub activity.

A note's link is `https://<instance>/notes/<id>` on any host (`citations.platforms.misskey_note`). These
servers speak no Mastodon API, and their API's `notes/show` is a POST; their note page is a script app with
no words of its own (read as a web page it was empty: a true citation failed), whose summary in its tags
holds, after the note's own, the note it replies to (`RE: ...`) and the note it renotes or quotes
(`RN: ...`): no words of the note's author's to read. The note is read from its activity,
`https://<instance>/notes/<id>/activity`, asked with `Accept: application/activity+json` (one GET, no
redirects: `misskey_follow_ups`, which `side_urls.mastodon_origin_follow_ups` asks), and its author from
the actor it is attributed to (`https://<instance>/users/<id>`, asked likewise), both captured beside the
page. A note is given as Mastodon's platform: the fediverse's.

- A `Create` of a `Note` whose `id` is the note's own link is the note: its `content` (HTML, read as data,
  never rendered), `summary` (a content warning, which opens the text), `published`, `updated` (an edit),
  `inReplyTo`, and a quoted note's link (`_misskey_quote`, `quoteUrl`, `quoteUri`: its words are not in it).
  A note with a poll is a `Question`, read alike: its options' names are kept in `fields`, not its text.
- An `Announce` (a renote) shows another's note: it has no words of the renoter's, and the note it shows is
  named, never read as theirs, and named as a forward's original is (`forwarded_from`), so that the renote
  is never passed as the renoter's own post. That note (its `object`, on a public host) and the actor it is
  attributed to there are asked too (each one GET with ActivityPub's Accept, no redirects): its words are
  kept apart (`quoted_post`) and its author named by the name their server gives (with their handle where
  that name is the renoter's too). A renote of the account's own note is read as that note: its words and
  time are the account's own.
- The author is the actor the note is `attributedTo`, on the note's own instance: its `preferredUsername`
  (the handle `user@instance`) and `name` (its custom emoji shortcodes left out). An actor not captured, or
  one that is another, names no author.
- The activity is served for a local, public note alone: its 404 is a deleted note, or one not public, or
  another server's note this instance shows, and says nothing; nor does a refusal (401 or 403: an instance
  asking signed fetches), an HTML page, or an activity of another note. The page is then read as the web
  page it is, and why is said.
- Another server's note shown here (`misskey.io/notes/<id>` of `@someone@other.host`) is only this
  instance's copy: its page names the note's own id on its home server (`<link rel="alternate"
  type="application/activity+json" href="<the note's home URI>">`, `home_note_uri`: one, on another public
  host; on an archived copy, the URL the archive's link copies). That URI is asked (one GET with
  ActivityPub's Accept, no redirects), then the actor the answer is attributed to on that host, and the
  note is read from its home server as a local one is: the home's answer must be a `Note` (or its
  `Create`) whose `id` is that URI, its author the actor it is `attributedTo`, on the home's host, whose
  answer names that very actor. Anything else says nothing, and the page is read as a web page.
- A note its author's actor keeps from visitors is not shown by its link, whatever the activity (which answers
  other servers) holds: `_misskey_requireSigninToViewContents` makes it a `login-wall`, and a note posted
  before the actor's `_misskey_makeNotesHiddenBefore` or `_misskey_makeNotesFollowersOnlyBefore` bound is
  `unavailable`; what the activity says is kept for the record. Where the page is read as a web page, an
  activity's error asking a visitor to sign in (`SIGNIN_REQUIRED`, `CONTENT_RESTRICTED_BY_USER`,
  `CONTENT_RESTRICTED_BY_SERVER`), or a page of few words asking so, is a `login-wall`; the instance's own
  app page in the note's place (no note id, no ActivityPub link, no words: what Misskey serves for a note it
  does not show a visitor) is `unavailable`, never a page read with no words and no problem.
- A deletion said plainly is the note's: HTTP 410 Gone, or a `Tombstone` of the note's id, from its instance
  or its home server, makes it unavailable (read as a web page, the script app's page said only that it was
  empty, and a copy's page may still show the words its home deleted). A 404 is no such word (see above).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import re
from collections.abc import Sequence
from typing import Any

from provenance.capture.options import FollowUp
from provenance.citations.platforms import misskey_note
from provenance.extractors.interface import CapturedPage
from provenance.extractors.mastodon import content_text, display_name
from provenance.extractors.pages import (
    MAX_TEXT,
    decode_html,
    json_of,
    linked_out_of_a_copy,
    parse_published,
    raw_fields,
    text_value,
)
from provenance.extractors.web import read_web_page
from provenance.html_nesting import within_nesting
from provenance.models import Platform, SourcePost, SourceProblem
from provenance.patterns import on_first_use
from provenance.side_urls import host_of, is_public_domain
from provenance.warc.reader import StoredResponse

_MAX_URL = 2_000  # an activity's ids and links are short; a longer one is read as naming nothing
# Where Misskey and its forks name the note a note quotes (its words are not in the activity).
_QUOTE_KEYS = ("_misskey_quote", "quoteUrl", "quoteUri")
# What a note is: `Question` is a note with a poll.
_NOTE_TYPES = frozenset({"Note", "Question"})
_MOST_POLL_OPTIONS = 50  # Misskey allows 10, Mastodon 4
_MOST_ALTERNATES = 20  # a note's page names one or two (its own activity, its home's)
# What a note's activity and its actor are asked with: without it, an instance answers with its page.
ACTIVITY_ACCEPT = (("Accept", "application/activity+json"),)


def note_url(instance: str, note_id: str) -> str:
    return f"https://{instance}/notes/{note_id}"


def activity_url(instance: str, note_id: str) -> str:
    return f"{note_url(instance, note_id)}/activity"


def _json(response: StoredResponse | None) -> Any:
    if response is None or response.status != 200:
        return None
    if "json" not in (response.header("Content-Type") or "").lower():
        return None  # an HTML page (the app's own, a sign-in page) is no activity
    return json_of(response.body)


def _link(value: Any) -> str | None:
    return value if isinstance(value, str) and len(value) <= _MAX_URL else None


def _note_of(data: Any, wanted: str) -> dict[str, Any] | None:
    """The `Note` an activity creates (or the note itself), when its `id` is `wanted`; None for any other. A
    note with a poll is a `Question` (Misskey and Mastodon write it so): a note all the same."""
    if isinstance(data, dict) and data.get("type") == "Create":
        data = data.get("object")
    if isinstance(data, dict) and data.get("type") in _NOTE_TYPES and data.get("id") == wanted:
        return data
    return None


def _poll_options(note: dict[str, Any]) -> str | None:
    """The names of a poll's options (`oneOf`, or `anyOf` where several may be chosen), one a line: the
    author's words too, but no part of the note's text (a quote of one is compared by hand)."""
    options = note.get("oneOf") if isinstance(note.get("oneOf"), list) else note.get("anyOf")
    if not isinstance(options, list):
        return None
    names = (text_value(one.get("name")) for one in options[:_MOST_POLL_OPTIONS] if isinstance(one, dict))
    return "\n".join(name for name in names if name) or None


def _renoted(data: Any, wanted_activity: str) -> str | None:
    """The link of the note an `Announce` (a renote) whose `id` is `wanted_activity` shows, or None."""
    if not isinstance(data, dict) or data.get("type") != "Announce" or data.get("id") != wanted_activity:
        return None
    shown = data.get("object")
    return _link(shown.get("id") if isinstance(shown, dict) else shown) or "another note"


def _local_actor(value: Any, instance: str) -> str | None:
    """The actor's id when it is an account of `instance` (a local note's author is one)."""
    actor = _link(value)
    return (
        actor if actor is not None and actor.startswith("https://") and host_of(actor) == instance else None
    )


def actor_to_ask(url: str, responses: tuple[StoredResponse, ...]) -> str | None:
    """The actor a Misskey note's captured activity names (its author, or its renoter), to capture beside it;
    None before the activity is captured, or where it is no activity of that note by an account of its own
    instance."""
    found = misskey_note(url)
    if found is None:
        return None
    page = CapturedPage(url=url, responses=responses)
    wanted = activity_url(*found)
    data = _json(page.answer(wanted) if page.first(wanted) is not None else None)
    note = _note_of(data, note_url(*found))
    if note is not None:
        return _local_actor(note.get("attributedTo"), found[0])
    if _renoted(data, wanted) is not None:
        assert isinstance(data, dict)  # _renoted gives None for any other
        return _local_actor(data.get("actor"), found[0])
    return None


# A note's or an actor's id on its server: a path, no query or fragment (what a page's JSON names is asked
# for by the checker: an id shaped as any URL made it GET any public address with any query).
_LONGEST_ASKED = 300


def _on_a_public_host(link: str | None) -> str | None:
    """`link` when it is an `https://` URL on a public host (no port, no user name) that names a path and
    nothing more (no query or fragment, at most `_LONGEST_ASKED` characters), else None."""
    if link is None or not link.startswith("https://") or len(link) > _LONGEST_ASKED:
        return None
    if "?" in link or "#" in link:
        return None
    host = link[len("https://") :].split("/", 1)[0].lower()
    return link if is_public_domain(host) and host == host_of(link) else None


def renoted_note_to_ask(url: str, responses: tuple[StoredResponse, ...]) -> str | None:
    """The note a captured renote (`Announce`) of the note at `url` shows, to ask for (with the actor it is
    attributed to) and name whose words the renote shows; None before the activity is captured, or where it
    is no renote, or names no note on a public host."""
    found = misskey_note(url)
    if found is None:
        return None
    page = CapturedPage(url=url, responses=responses)
    wanted = activity_url(*found)
    renoted = _renoted(_json(page.answer(wanted) if page.first(wanted) is not None else None), wanted)
    return _on_a_public_host(renoted)


def _renoted_note(
    page: CapturedPage, renoted: str | None
) -> tuple[dict[str, Any], str | None, str | None] | None:
    """(the note, its author's display name, `user@host`) a renote shows, as its own server answered for it
    (the note whose `id` is `renoted`, by an account of that server whose actor was captured), or None."""
    asked = _on_a_public_host(renoted)
    if asked is None or page.first(asked) is None:
        return None
    note = _note_of(_json(page.answer(asked)), asked)
    if note is None:
        return None
    host = host_of(asked)
    author, handle = _author(page, _local_actor(note.get("attributedTo"), host), host)
    return (note, author, handle) if handle is not None else None


def home_note_uri(page: CapturedPage) -> str | None:
    """The id on its home server of another server's note this instance's page shows: the one `<link
    rel="alternate" type="application/activity+json">` of the captured page on another public host than the
    note's instance (`https://`, no port, no user name). None for a local note (its alternate is its own
    link), a page naming none, or several (which one is the note's is not known)."""
    found = misskey_note(page.url)
    main = page.answer()
    if found is None or main is None or main.status != 200:
        return None
    from selectolax.lexbor import LexborHTMLParser  # loaded once a page is read

    tree = LexborHTMLParser(within_nesting(decode_html(main)))
    homes: set[str] = set()
    for link in tree.css('link[rel="alternate"]')[:_MOST_ALTERNATES]:
        kind = (link.attributes.get("type") or "").split(";")[0].strip().lower()
        # On an archived copy, the link as the archive wrote it (the Wayback Machine's
        # `/web/<stamp>oe_/<URL>`) is read as the URL it copies: read as written, a local note's own link
        # named the archive as the home of another server's note.
        href = _link(linked_out_of_a_copy(link.attributes.get("href") or "", main.uri))
        if kind != "application/activity+json" or href is None or not href.startswith("https://"):
            continue
        host = href[len("https://") :].split("/", 1)[0].lower()
        if host != found[0] and _on_a_public_host(href) is not None:
            homes.add(href)
    return homes.pop() if len(homes) == 1 else None


def home_actor_to_ask(page: CapturedPage, home: str) -> str | None:
    """The actor on the note's home server (`home`: `home_note_uri`) that its home's captured answer is
    attributed to, to capture beside it; None before that answer, or where it is no note of that id by an
    account of its home's host."""
    data = _json(page.answer(home) if page.first(home) is not None else None)
    note = _note_of(data, home)
    actor = _local_actor(note.get("attributedTo"), host_of(home)) if note is not None else None
    return _on_a_public_host(actor)


def misskey_follow_ups(url: str, responses: tuple[StoredResponse, ...]) -> Sequence[FollowUp]:
    """The requests reading a Misskey note (`misskey_note`), chosen by `side_urls.mastodon_origin_follow_ups`:
    its activity (`/notes/<id>/activity`, asked for ActivityPub's JSON: the page's own URL asked so would be
    a second answer for one URL, not told apart in the WARC), then, once that has answered, the actor it
    names on the note's instance; where the page names the note's home on another server (`home_note_uri`),
    that URI and, once it has answered, the actor it names there. Each one GET without redirects (a note of
    another server's is not followed there from this instance's links: it is that server's, and only a copy
    here)."""
    found = misskey_note(url)
    if found is None:
        return ()
    # Another server's note: its home server is asked for it too (its activity here answers 404).
    page = CapturedPage(url=url, responses=responses)
    home = home_note_uri(page)
    home_actor = home_actor_to_ask(page, home) if home is not None else None
    # A renote's note, and once it has answered its author, asked alike: whose words the renote shows.
    renoted = renoted_note_to_ask(url, responses)
    renoted_actor = home_actor_to_ask(page, renoted) if renoted is not None else None
    asked = (activity_url(*found), actor_to_ask(url, responses), home, home_actor, renoted, renoted_actor)
    return tuple(
        FollowUp(one, headers=ACTIVITY_ACCEPT, follow_redirects=False) for one in asked if one is not None
    )


def _gone_from(answer: StoredResponse | None, wanted: str) -> StoredResponse | None:
    """`answer` when it says the note `wanted` is gone: HTTP 410 Gone (an ActivityPub server's word for an
    object it deleted), or a `Tombstone` of that very id (what stands in for a deleted object); else None."""
    if answer is None:
        return None
    if answer.status == 410:
        return answer
    data = _json(answer)
    if isinstance(data, dict) and data.get("type") == "Tombstone" and data.get("id") == wanted:
        return answer
    return None


def _author(page: CapturedPage, actor: str | None, instance: str) -> tuple[str | None, str | None]:
    """(display name, `user@instance`) of the captured actor whose id is `actor`, or (None, None)."""
    data = _actor_data(page, actor)
    if data is None:
        return None, None
    user = text_value(data.get("preferredUsername"))
    if user is None or " " in user or "@" in user:
        return None, None
    return display_name({"display_name": data.get("name"), "username": user}), f"{user}@{instance}"


# What an author's actor says of who may see their notes (Misskey's extensions, 2024.10 on): only readers
# signed in (`_misskey_requireSigninToViewContents`: a visitor's page and API show nothing of the note); notes
# older than a bound shown to their followers only, or to no one but their author
# (`_misskey_makeNotesFollowersOnlyBefore`, `_misskey_makeNotesHiddenBefore`: Unix milliseconds, or, below
# zero, that long before the time the actor was read). The activity still answers another server.
_SIGNED_IN_ONLY = "_misskey_requireSigninToViewContents"
_HIDDEN_BEFORE = (
    ("_misskey_makeNotesHiddenBefore", "to no one but its author"),
    ("_misskey_makeNotesFollowersOnlyBefore", "to its author's followers only"),
)


def _actor_data(page: CapturedPage, actor: str | None) -> dict[str, Any] | None:
    """The captured actor whose id is `actor`, or None."""
    answer = page.answer(actor) if actor is not None and page.first(actor) is not None else None
    data = _json(answer)
    return data if isinstance(data, dict) and data.get("id") == actor else None


def _answered_at(page: CapturedPage, actor: str) -> dt.datetime | None:
    """When the actor's answer was made (its `Date`), or None."""
    answer = page.answer(actor)
    try:
        made = email.utils.parsedate_to_datetime(answer.header("Date") or "") if answer is not None else None
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return made if made is not None and made.tzinfo is not None else None


def _kept_from_visitors(
    page: CapturedPage, actor: str | None, published: dt.datetime | None
) -> tuple[SourceProblem, str] | None:
    """What the note's author's actor says keeps the note from a visitor not signed in (`_SIGNED_IN_ONLY`:
    a login wall), or from everyone but their followers or themselves (`_HIDDEN_BEFORE`, for a note posted
    before that bound: unavailable); None where it says neither. Read from the activity alone, such a note
    was verified, while a reader of the report following its link is shown nothing of it."""
    data = _actor_data(page, actor)
    if data is None or actor is None:
        return None
    if data.get(_SIGNED_IN_ONLY) is True:
        return "login-wall", (
            f"its author's actor says {_SIGNED_IN_ONLY}: the instance shows their notes only to readers "
            "signed in, and a reader of the report following the link is shown none (the activity, which "
            "answers other servers, is kept for the record)"
        )
    for key, whom in _HIDDEN_BEFORE:
        bound = data.get(key)
        if published is None or isinstance(bound, bool) or not isinstance(bound, int) or bound == 0:
            continue
        made = _answered_at(page, actor) if bound < 0 else None
        try:
            if bound > 0:
                limit = dt.datetime.fromtimestamp(bound / 1000, dt.UTC)
            elif made is not None:
                limit = made + dt.timedelta(milliseconds=bound)
            else:
                continue
        except (OverflowError, OSError, ValueError):
            continue
        if published < limit:
            return "unavailable", (
                f"its author's actor says {key} ({bound}): the instance shows their notes posted before "
                f"{limit.isoformat()} {whom}, and this one was posted {published.isoformat()}"
            )
    return None


def read_misskey_note(page: CapturedPage) -> SourcePost:
    """The note at `page.url` (a `misskey_note` link) as its captured activity says, or the page read as a
    web page where the activity says nothing of it."""
    found = misskey_note(page.url)
    assert found is not None  # the extractor reads only these links
    instance, note_id = found
    wanted = activity_url(instance, note_id)
    answer = page.answer(wanted) if page.first(wanted) is not None else None
    data = _json(answer)
    note = _note_of(data, note_url(instance, note_id))
    renoted = _renoted(data, wanted) if note is None else None
    home = home_note_uri(page) if note is None and renoted is None else None
    home_answer = page.answer(home) if home is not None and page.first(home) is not None else None
    home_note = _note_of(_json(home_answer), home) if home is not None else None
    # A deletion said plainly: HTTP 410 or a Tombstone, where nothing else gives the note.
    gone = (
        (_gone_from(answer, note_url(instance, note_id)) or _gone_from(home_answer, home or ""))
        if note is None and renoted is None and home_note is None
        else None
    )
    if gone is not None:
        return SourcePost(
            platform=Platform.MASTODON,
            url=gone.uri,
            canonical_url=note_url(instance, note_id),
            post_id=note_id,
            problem="unavailable",
            problem_detail=f"{'its home server' if gone is home_answer else 'the instance'} says the note "
            f"is gone (HTTP {gone.status}{', a Tombstone' if gone.status == 200 else ''} for "
            f"{gone.uri[:300]}): deleted",
        )
    if home_answer is not None and home_note is not None and home is not None:
        # Another server's note, read from its home as a local note is from its own instance.
        answer, data, note, author_host = home_answer, _json(home_answer), home_note, host_of(home)
    elif answer is None or (note is None and renoted is None):
        post = _as_a_web_page(page, answer, page.failure(wanted))
        if home is None:
            return post
        said = (
            f"its home, {home}, answered HTTP {home_answer.status} with no note of that id"
            if home_answer is not None
            else f"no answer from its home, {home}, was captured"
        )
        return post.model_copy(update={"unread": f"{post.unread}; {said}"[:2000]})
    else:
        author_host = instance
    assert isinstance(data, dict) and answer is not None  # a note or a renote was read from it
    actor = _local_actor(note.get("attributedTo") if note is not None else data.get("actor"), author_host)
    author, handle = _author(page, actor, author_host)
    shown = _renoted_note(page, renoted) if renoted is not None else None
    own_renote = shown is not None and handle is not None and (shown[2] or "").casefold() == handle.casefold()
    if shown is not None and own_renote:
        # The account renoted its own note: the words are its own, as it posted them then (Misskey shows
        # a renote's link as the note it renotes); read as no words, its quote was "another's".
        note = shown[0]
    body: dict[str, Any] = note if note is not None else data
    content = body.get("content") if note is not None else None
    words = content_text(content) if isinstance(content, str) else ""
    warning = text_value(body.get("summary")) if note is not None else None
    created = parse_published(text_value(body.get("published")))
    updated = text_value(body.get("updated")) if note is not None else None
    quoted = next((link for key in _QUOTE_KEYS if (link := _link(body.get(key)))), None)
    renoted_words, renoted_by = (
        _other_words(shown, author) if shown is not None and not own_renote else ("", None)
    )
    fields = {
        "id": note_id,
        "activity": text_value(data.get("type")),
        "published": text_value(body.get("published")),
        "updated": updated,
        "attributedTo": actor,
        "summary": warning,
        "inReplyTo": _link(body.get("inReplyTo")),
        "renote of": renoted,
        "renote published": text_value(data.get("published")) if own_renote else None,
        # Whose note a renote shows, as a Telegram forward names its original's author: the renoter's post of
        # another's words, which `checks.author` never passes as theirs (read only as no words, a note
        # crediting the renote to the renoter passed `author` and was verified). Its author as their server
        # answered (`_renoted_note`), else named by their note.
        "forwarded_from": None
        if own_renote or not renoted
        else renoted_by[0]
        if renoted_by is not None
        else f"the author of {renoted[:300]}",
        "quoted_post": renoted_words or None,
        "quoted_post_author": renoted_by[1] if renoted_by is not None else None,
        "quoted note": quoted,
        "poll options": _poll_options(note) if note is not None else None,
        "home": home if author_host != instance else None,
    }
    kept = _kept_from_visitors(page, actor, created.at if created else None)
    return SourcePost(
        platform=Platform.MASTODON,
        url=answer.uri,
        canonical_url=note_url(instance, note_id),
        post_id=note_id,
        problem=kept[0] if kept is not None else None,
        problem_detail=kept[1] if kept is not None else None,
        author=author,
        handle=handle,
        published=created.at if created else None,
        published_from="note published" if created else None,
        text="\n\n".join(part for part in (warning, words) if part)[:MAX_TEXT],
        edited=updated is not None,
        # Said where the renoter's text is searched: it has none, and the note it shows is another's.
        unread=f"the note is a renote of {renoted_by[1] + chr(39) + 's note ' if renoted_by else ''}"
        f"{renoted}, whose words are its author's, not the renoter's"
        if renoted and not own_renote
        else None,
        fields=raw_fields(fields),
    )


def _other_words(
    shown: tuple[dict[str, Any], str | None, str | None], renoter: str | None
) -> tuple[str, tuple[str, str] | None]:
    """(the words, (the name `forwarded_from` gives, "Name, @user@host")) of another account's note a renote
    shows. Its name is given with its handle where it is the renoter's display name too (a namesake, an
    impersonator): `checks.author` tells a renote of one's own note from another's by the names."""
    from provenance.names import speaker_key  # the key `checks.author` compares names by

    note, name, handle = shown
    content = note.get("content")
    words = content_text(content) if isinstance(content, str) else ""
    warning = text_value(note.get("summary"))
    text = "\n\n".join(part for part in (warning, words) if part)[:MAX_TEXT]
    at = f"@{handle}" if handle else None
    who = ", ".join(part for part in (name, at) if part)
    named = name or at or who
    if name and at and renoter and speaker_key(name) == speaker_key(renoter):
        named = f"{name} ({at})"
    return text, (named, who) if who else None


def _as_a_web_page(page: CapturedPage, answer: StoredResponse | None, failure: str | None) -> SourcePost:
    """The page read as any web page: the activity said nothing of the note (not asked, no answer, a
    refusal, a 404, which a note of another server's answers too, or no activity of this note)."""
    main = page.answer()
    if main is None:
        return SourcePost(platform=Platform.WEB, url=page.url)
    from provenance.extractors.latin_words import interface_language_checked  # few pages are read so

    post = interface_language_checked(read_web_page(page.url, main, Platform.WEB, page.main_text))
    said = (
        f"no ActivityPub answer for the note was captured ({failure[:200]})"
        if answer is None and failure
        else "no ActivityPub answer for the note was captured"
        if answer is None
        else f"the note's ActivityPub activity answered HTTP {answer.status} with no activity of this note"
        + (" (the instance may ask for signed requests)" if answer.status in (401, 403) else "")
    )
    why = f"{said}: the page was read as a web page"
    update: dict[str, str] = {"unread": f"{post.unread}; {why}" if post.unread else why}
    # A refusal naming a sign-in says more than a page empty without its scripts.
    generic = post.problem is None or post.problem in ("empty", "script-shell")
    shown = _not_shown(page, main, answer, post) if generic else None
    if shown is not None:
        problem, detail = shown
        update |= {"problem": problem, "problem_detail": f"{detail}; {said}"[:2000]}
        return post.model_copy(update=update)
    if post.problem is not None:
        # `captured` names the problem, not what was unread: why the activity did not say more, said there.
        update["problem_detail"] = f"{post.problem_detail}; {why}" if post.problem_detail else why
    return post.model_copy(update=update)


# An answer of Misskey's API or of its activity refusing a visitor not signed in: its error's code
# (`SIGNIN_REQUIRED`; `CONTENT_RESTRICTED_BY_USER`, the author's rule; `CONTENT_RESTRICTED_BY_SERVER`, the
# instance's) or its message ("Content restricted by user. Please sign in to view.").
_SIGN_IN_CODES = frozenset({"SIGNIN_REQUIRED", "CONTENT_RESTRICTED_BY_USER", "CONTENT_RESTRICTED_BY_SERVER"})
# A page (the app drawn by a browser, a fork's own page) saying a visitor must sign in to see the note, in
# English or Japanese (Misskey's first languages). Matched in a page's few words only.
_SIGN_IN_WORDS = on_first_use(
    r"(?:sign ?in|log ?in|signin|login) (?:is )?required|(?:need|have) to (?:sign|log) ?in"
    r"|please (?:sign|log) ?in|(?:sign|log) ?in to (?:view|see|continue|read)"
    r"|サインインが必要|ログインが必要|サインインしてください|ログインしてください",
    re.IGNORECASE,
)
_MOST_SIGN_IN_WORDS = 600  # a page asking to sign in says little else
_MOST_NOTE_MARKS = 50


def _sign_in_error(answer: StoredResponse | None) -> str | None:
    """The error an answer of the note's gives a visitor not signed in (`_SIGN_IN_CODES`, or a message
    asking to sign in), as said; None for any other answer."""
    if answer is None or answer.status is None or not 400 <= answer.status < 500:
        return None
    data = json_of(answer.body)
    error = data.get("error", data) if isinstance(data, dict) else None
    if not isinstance(error, dict):
        return None
    code, message = text_value(error.get("code")) or "", text_value(error.get("message")) or ""
    if code.upper() in _SIGN_IN_CODES or _SIGN_IN_WORDS().search(message[:_MOST_SIGN_IN_WORDS]):
        return f"{code} {message!r}".strip()[:300]
    return None


def _shows_a_note(main: StoredResponse, note_id: str) -> bool:
    """Whether the page is a Misskey note page of `note_id` as its server draws one for a note it shows
    (`<meta name="misskey:note-id">` naming it, or a `<link rel="alternate">` to an ActivityPub object):
    the instance's own app page, served in its place for a note it does not show, has neither."""
    from selectolax.lexbor import LexborHTMLParser  # loaded once a page is read

    tree = LexborHTMLParser(within_nesting(decode_html(main)))
    for meta in tree.css('meta[name="misskey:note-id"]')[:_MOST_NOTE_MARKS]:
        if (meta.attributes.get("content") or "").strip() == note_id:
            return True
    return any(
        (link.attributes.get("type") or "").split(";")[0].strip().lower() == "application/activity+json"
        for link in tree.css('link[rel="alternate"]')[:_MOST_NOTE_MARKS]
    )


def _not_shown(
    page: CapturedPage, main: StoredResponse, answer: StoredResponse | None, post: SourcePost
) -> tuple[SourceProblem, str] | None:
    """Why the note's page, read as a web page, shows no note (a login wall, or the instance's own page in its
    place: unavailable), or None where it may: the activity's error asking to sign in, the page's few words
    asking so, or a page with no words and none of a note page's marks. Read as a web page, such a page had
    no problem and no words, and a note citing only its link was verified on nothing."""
    refused = _sign_in_error(answer)
    if refused is not None:
        return "login-wall", f"the note's ActivityPub activity refuses a visitor not signed in ({refused})"
    words = " ".join(part for part in (post.title or "", post.text[: _MOST_SIGN_IN_WORDS + 1]) if part)
    if len(post.text) <= _MOST_SIGN_IN_WORDS and _SIGN_IN_WORDS().search(words):
        return "login-wall", f"the page asks its visitor to sign in to see the note ({words[:200]!r})"
    found = misskey_note(page.url)
    if post.problem is not None or post.text.strip() or found is None or main.status != 200:
        return None
    if _shows_a_note(main, found[1]):
        return None
    return "unavailable", (
        "the instance answers the note's link with its own app page, none of a note's (no note id, no "
        "ActivityPub link, no words): it shows no such note to a visitor (deleted, not public, or its "
        "author's or the instance's rule keeps it from visitors not signed in)"
    )
