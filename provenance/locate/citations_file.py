"""The citations file `locate` writes: a CSL-JSON item per located footnote, marked as a candidate.

A person confirms a candidate by editing `custom.located` to `"confirmed"` (or corrects the URL first); `check
--citations` then captures and checks that URL as usual. An item whose post nothing singled out (no quote to
tell the window's posts apart) says in its note that it is no proposal, only the first of the posts listed;
an item's note also says what `locate` noted of its post (a forward of another's post, another's words), and
which other posts score alike (the score does not tell them apart). An item whose best posts tie (one score)
has no `URL`: it lists them under `custom.tied`, for a person to read and write the cited one's URL.
Updating a file keeps everything a person wrote: an item already `confirmed`, or one without `custom.located`
(the user's own), is never touched; only earlier candidates are replaced, and of those only one whose `URL` is
still the one proposed (`custom.proposed_URL`): a person who corrects the URL and leaves the mark `candidate`
has written their own link, which the next run keeps as written. A candidate that joined a person's
own item keeps that item, as written, under `custom.given`: what the person wrote is a hint for the next
search; what `locate` filled in (the URL, its handle and post, an author from the registry) is its own guess,
and is no hint. Pure: bytes in, bytes out.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any
from urllib.parse import urlsplit

from provenance.citations.csl import CitationOverrides, citation_to_csl, load_citations_file
from provenance.citations.platforms import canonical_url, mastodon_platform, platform_from_host, post_locator
from provenance.locate.locate import FootnoteSearch
from provenance.locate.rank import Candidate, alike_at_the_top, tied_at_the_top
from provenance.models import Citation, Platform

_ALTERNATIVES = 3


def _tied_item(search: FootnoteSearch, tied: Sequence[Candidate]) -> dict[str, Any]:
    """An item for a footnote whose best posts tie (`tied_at_the_top`): no `URL`, the tied posts listed. With
    the earliest as its URL, marked a candidate, `check --citations` captured and checked it, and a person
    confirming read one post as the one found where the score had not told it from a repost."""
    accounts = {c.post.account.account.name for c in tied}
    citation = Citation.model_validate(
        {
            **search.citation.model_dump(),
            "author": search.citation.author or (next(iter(accounts)) if len(accounts) == 1 else None),
            "located": "candidate",
        }
    )
    item = citation_to_csl(search.label, citation)
    listed = ", ".join(c.post.url for c in tied)
    rest = search.candidates[len(tied) : len(tied) + _ALTERNATIVES]
    item["custom"] = {
        **item.get("custom", {}),
        "score": tied[0].score,
        "tied": [{"URL": c.post.url, "score": c.score, "score_parts": c.parts} for c in tied],
        "alternatives": [{"URL": other.post.url, "score": other.score} for other in rest],
        "note": (
            f"Not a proposal: {len(tied)} posts tie at score {tied[0].score:.3f} ({listed}); the score "
            'does not tell them apart. Read each; put the cited post\'s URL here, then set "located" to '
            '"confirmed".'
        )
        + "".join(_noted_of(_own_notes(c), c.post.url) for c in tied),
        # No URL proposed: a `URL` here is a person's, kept by the next run.
        "proposed_URL": None,
    }
    return item


def _own_notes(candidate: Candidate) -> tuple[str, ...]:
    """What `locate` noted of a tied post besides the tie, which the item says once for all."""
    return tuple(note for note in candidate.notes if not note.startswith("tied with "))


def _candidate_item(search: FootnoteSearch) -> dict[str, Any]:
    tied = tied_at_the_top(search.candidates) if search.unranked is None else ()
    if tied:
        return _tied_item(search, tied)
    best = search.candidates[0]
    url = canonical_url(best.post.url)
    handle, post_id = post_locator(url)
    platform = mastodon_platform(url) or platform_from_host(urlsplit(url).hostname or "")
    handle = handle or best.post.account.account.handle
    citation = Citation.model_validate(
        {
            **search.citation.model_dump(),
            "url": url,
            # A Mastodon post is known by its link's path, on any host: its host alone says `web`.
            "platform": platform,
            # `user@instance` is no `custom.handle` a citations file takes (no `@`); its link names it.
            "handle": None if platform is Platform.MASTODON else handle,
            "post_id": post_id,
            "author": search.citation.author or best.post.account.account.name,
            "located": "candidate",
        }
    )
    item = citation_to_csl(search.label, citation)
    item["custom"] = {
        **item.get("custom", {}),
        "score": best.score,
        "score_parts": best.parts,
        "alternatives": [
            {"URL": other.post.url, "score": other.score}
            for other in search.candidates[1 : 1 + _ALTERNATIVES]
        ],
        "note": (_PROPOSED if search.unranked is None else _unranked_note(search.unranked))
        + (_alike_of(search.candidates) if search.unranked is None else "")
        + _noted_of(best.notes),
        # The URL as proposed: a `URL` other than this is a person's correction, kept by the next run.
        "proposed_URL": url,
    }
    return item


_PROPOSED = 'Proposed by provenance locate. Check the post; then set "located" to "confirmed".'


def _noted_of(notes: Sequence[str], url: str | None = None) -> str:
    """What `locate` said of the post (a forward of another's, words it gives to another, a cut text): a
    person reading only the file was told "Proposed" of a forward of another channel's post."""
    return f" What locate noted of {url or 'this post'}: {'; '.join(notes)}." if notes else ""


def _alike_of(candidates: Sequence[Candidate]) -> str:
    """What an item says whose post scores as others do (a repost, the same words twice): a person reading
    only the file was told "Proposed" of one post the score did not tell from another."""
    others = alike_at_the_top(candidates)[1:]
    if not others:
        return ""
    listed = ", ".join(f"{other.post.url} ({other.score:.2f})" for other in others)
    return (
        f" The score does not tell this post ({candidates[0].score:.2f}) from {listed}: read each, and keep "
        "the one the report cites."
    )


def _unranked_note(listed: str) -> str:
    """What an item says whose post nothing singled out: a person reading only the file would otherwise take
    the first post of the window for the one `locate` found."""
    return (
        f"Not a proposal: nothing singled out this post; it is the first of the {listed}. Read them "
        "(provenance locate's table or ledger); put the cited post's URL here, then set \"located\" to "
        '"confirmed".'
    )


def _is_candidate(item: object) -> bool:
    return (
        isinstance(item, dict)
        and isinstance(item.get("custom"), dict)
        and item["custom"].get("located") == "candidate"
    )


def _corrected_by_hand(item: dict[str, Any], search: FootnoteSearch) -> bool:
    """Whether a person changed a candidate's `URL` and left its mark: its URL is not the one `locate`
    proposed (`custom.proposed_URL`; in a file written before that was kept, not this run's proposal)."""
    proposed = item["custom"].get("proposed_URL")
    if proposed is None and "proposed_URL" in item["custom"]:
        return item.get("URL") is not None  # none was proposed (posts tied): a URL is the person's
    if not isinstance(proposed, str):
        proposed = canonical_url(search.candidates[0].post.url)
    return item.get("URL") != proposed


def _joined(own: dict[str, Any], search: FootnoteSearch) -> dict[str, Any]:
    """A person's own item without a link, with the candidate joined to it and the item kept as given."""
    proposed = _candidate_item(search)
    custom = {**(own.get("custom") or {}), **proposed["custom"], "given": own}
    joined = {**proposed, **own, "custom": custom}
    if "URL" in proposed:  # none when posts tied: the person's item stays without a link
        joined["URL"] = proposed["URL"]
    return joined


def search_hints(
    existing: bytes | None, name: str, overrides: Mapping[str, CitationOverrides]
) -> dict[str, CitationOverrides]:
    """What the file says of each footnote as a person wrote it (`overrides` is the whole file's, loaded).

    An earlier candidate's URL, handle, post id and author are `locate`'s own guess: searched again, they
    would come back as an account the report names (speaker 1.00). Only the person's item it joined counts.
    """
    hints = {label: given for label, given in overrides.items() if given.located != "candidate"}
    if existing is None or len(hints) == len(overrides):
        return hints
    for item in json.loads(existing):
        given = item.get("custom", {}).get("given") if _is_candidate(item) else None
        if isinstance(given, dict):
            label = str(item["id"])
            data = json.dumps([{**given, "id": label}]).encode("utf-8")
            hints[label] = load_citations_file(data, f"{name}: item {label!r} custom.given")[label]
    return hints


def update_citations_file(existing: bytes | None, name: str, searches: Sequence[FootnoteSearch]) -> bytes:
    """The citations file with this run's best candidates; a malformed `existing` is a CitationsFileError."""
    items: list[Any] = []
    if existing is not None and existing.strip():
        load_citations_file(existing, name)  # a malformed file stops here, before anything is changed
        items = json.loads(existing)
    by_label = {str(item["id"]): index for index, item in enumerate(items)}
    for search in searches:
        if not search.candidates:
            continue
        index = by_label.get(search.label)
        if index is None:
            by_label[search.label] = len(items)
            items.append(_candidate_item(search))
        elif _is_candidate(items[index]) and _corrected_by_hand(items[index], search):
            continue  # the person's URL, not yet confirmed: theirs to confirm, never replaced by a guess
        elif _is_candidate(items[index]):
            given = items[index]["custom"].get("given")
            items[index] = _joined(given, search) if isinstance(given, dict) else _candidate_item(search)
        elif isinstance(items[index], dict) and "URL" not in items[index]:
            # The person's own item (an author, a title) without a link: the candidate joins it.
            items[index] = _joined(items[index], search)
    return (json.dumps(items, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
