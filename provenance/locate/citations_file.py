"""The citations file `locate` writes: a CSL-JSON item per located footnote, marked as a candidate.

A person confirms a candidate by editing `custom.located` to `"confirmed"` (or corrects the URL first); `check
--citations` then captures and checks that URL as usual. Updating a file keeps everything a person wrote: an
item already `confirmed`, or one without `custom.located` (the user's own), is never touched; only earlier
candidates are replaced. Pure: bytes in, bytes out.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any
from urllib.parse import urlsplit

from provenance.citations.csl import citation_to_csl, load_citations_file
from provenance.citations.platforms import canonical_url, platform_from_host, post_locator
from provenance.locate.locate import FootnoteSearch
from provenance.models import Citation

_ALTERNATIVES = 3


def _candidate_item(search: FootnoteSearch) -> dict[str, Any]:
    best = search.candidates[0]
    url = canonical_url(best.post.url)
    handle, post_id = post_locator(url)
    citation = Citation.model_validate(
        {
            **search.citation.model_dump(),
            "url": url,
            "platform": platform_from_host(urlsplit(url).hostname or ""),
            "handle": handle or best.post.account.account.handle,
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
        "note": 'Proposed by provenance locate. Check the post; then set "located" to "confirmed".',
    }
    return item


def _is_candidate(item: object) -> bool:
    return (
        isinstance(item, dict)
        and isinstance(item.get("custom"), dict)
        and item["custom"].get("located") == "candidate"
    )


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
        elif _is_candidate(items[index]):
            items[index] = _candidate_item(search)
        elif isinstance(items[index], dict) and "URL" not in items[index]:
            # The person's own item (an author, a title) without a link: the candidate joins it.
            proposed = _candidate_item(search)
            custom = {**items[index].get("custom", {}), **proposed["custom"]}
            items[index] = {**proposed, **items[index], "URL": proposed["URL"], "custom": custom}
    return (json.dumps(items, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
