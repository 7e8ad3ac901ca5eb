"""CSL-JSON citations files: items whose `id` is a footnote label add or override what the note says.

CSL has no field for a platform, a handle or a post id, so those travel under `custom`, the CSL-JSON extension
object. The caller reads the file; this module sees only its bytes and names problems by the name it is given.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from provenance.citations.dates import find_date
from provenance.citations.platforms import (
    canonical_url,
    platform_from_host,
    platform_from_words,
    post_locator,
)
from provenance.errors import CitationsFileError
from provenance.models import Citation, Located, Platform

_DISPLAY_NAMES = {
    Platform.TELEGRAM: "Telegram",
    Platform.TWITTER: "X (formerly Twitter)",
    Platform.FACEBOOK: "Facebook",
    Platform.INSTAGRAM: "Instagram",
    Platform.YOUTUBE: "YouTube",
    Platform.TIKTOK: "TikTok",
    Platform.VK: "VK",
    Platform.REDDIT: "Reddit",
    Platform.LINKEDIN: "LinkedIn",
}
_BARE_HANDLE = re.compile(r"^[^\s@]+$")
_CUSTOM_KEYS = ("platform", "handle", "post_id", "located")


@dataclass(frozen=True)
class CitationOverrides:
    """What one CSL-JSON item says about a footnote's source; None means the item leaves that field alone."""

    url: str | None = None
    title: str | None = None
    author: str | None = None
    date: dt.date | None = None
    platform: Platform | None = None
    handle: str | None = None
    post_id: str | None = None
    located: Located | None = None


def _json_type(value: object) -> str:
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, list):
        return "an array"
    if isinstance(value, str):
        return "a string"
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    return "a number"


class _ItemError(ValueError):
    """A problem with one item; the loader adds the file name and the item's position."""


def _text(item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise _ItemError(f'"{key}" must be a non-empty string')
    return value.strip()


def _url(item: dict[str, Any]) -> str | None:
    value = _text(item, "URL")
    if value is None:
        return None
    try:
        Citation(url=value)
    except ValueError:
        raise _ItemError(f'"URL" {value!r} is not an absolute http(s) URL') from None
    return value


def _author_name(person: object) -> str:
    if not isinstance(person, dict):
        raise _ItemError(
            f'"author" entries must be objects such as {{"literal": "Rybar"}}, found {_json_type(person)}'
        )
    if isinstance(person.get("literal"), str) and person["literal"].strip():
        return str(person["literal"]).strip()
    parts = [person.get("given"), person.get("family")]
    if not all(part is None or isinstance(part, str) for part in parts) or not any(parts):
        raise _ItemError('"author" entries need a "literal" name or a "family" (and "given") name')
    return " ".join(str(part).strip() for part in parts if part)


def _author(item: dict[str, Any]) -> str | None:
    authors = item.get("author")
    if authors is None:
        return None
    if not isinstance(authors, list) or not authors:
        raise _ItemError('"author" must be a non-empty array of names')
    names = [_author_name(person) for person in authors]
    # A footnote names one source account or writer: the first author is the one checked.
    return names[0]


def _date_part(part: object) -> int:
    if isinstance(part, bool) or not isinstance(part, int | str) or not str(part).isdigit():
        raise _ItemError(f'"issued" date-parts must be numbers, found {part!r}')
    return int(part)


def _date_from_parts(parts: object) -> dt.date:
    if not isinstance(parts, list) or not parts or not isinstance(parts[0], list):
        raise _ItemError('"issued" date-parts must look like [[2022, 1, 21]]')
    numbers = [_date_part(part) for part in parts[0]]
    if len(numbers) != 3:
        raise _ItemError('"issued" needs year, month and day, e.g. {"date-parts": [[2022, 1, 21]]}')
    try:
        return dt.date(*numbers)
    except ValueError:
        raise _ItemError(f'"issued" {numbers} is not a calendar date') from None


def _date_from_text(raw: object) -> dt.date:
    found = find_date(raw) if isinstance(raw, str) else None
    if found is None or found.date is None:
        raise _ItemError(f'"issued" raw date {raw!r} is not one full, unambiguous date such as 2022-01-21')
    return found.date


def _date(item: dict[str, Any]) -> dt.date | None:
    issued = item.get("issued")
    if issued is None:
        return None
    if not isinstance(issued, dict):
        raise _ItemError('"issued" must be an object such as {"date-parts": [[2022, 1, 21]]}')
    if "date-parts" in issued:
        return _date_from_parts(issued["date-parts"])
    if "raw" in issued:
        return _date_from_text(issued["raw"])
    raise _ItemError('"issued" needs "date-parts" or "raw"')


def _custom_platform(value: object) -> Platform:
    known = {platform.value: platform for platform in Platform}
    if not isinstance(value, str) or value.lower() not in known:
        raise _ItemError(f'"custom.platform" {value!r} is not one of: {", ".join(known)}')
    return known[value.lower()]


def _custom(item: dict[str, Any]) -> dict[str, Any]:
    custom = item.get("custom")
    if custom is None:
        return {}
    if not isinstance(custom, dict):
        raise _ItemError('"custom" must be an object such as {"platform": "telegram", "handle": "rybar"}')
    fields: dict[str, Any] = {}
    if custom.get("platform") is not None:
        fields["platform"] = _custom_platform(custom["platform"])
    handle = custom.get("handle")
    if handle is not None:
        if not isinstance(handle, str) or not _BARE_HANDLE.match(handle.removeprefix("@")):
            raise _ItemError(f'"custom.handle" {handle!r} must be one account name without spaces')
        fields["handle"] = handle.removeprefix("@")
    post_id = custom.get("post_id")
    if post_id is not None:
        if isinstance(post_id, bool) or not isinstance(post_id, int | str) or not str(post_id).strip():
            raise _ItemError(f'"custom.post_id" {post_id!r} must be a string or a number')
        fields["post_id"] = str(post_id).strip()
    located = custom.get("located")
    if located is not None:
        if located not in ("candidate", "confirmed"):
            raise _ItemError(
                f'"custom.located" {located!r} must be "candidate" (found by provenance locate) '
                'or "confirmed" (checked by a person)'
            )
        fields["located"] = located
    return fields


def _container_platform(item: dict[str, Any]) -> Platform | None:
    container = _text(item, "container-title")
    return platform_from_words(container) if container else None


def _overrides(item: dict[str, Any]) -> CitationOverrides:
    custom = _custom(item)
    return CitationOverrides(
        url=_url(item),
        title=_text(item, "title"),
        author=_author(item),
        date=_date(item),
        platform=custom.get("platform") or _container_platform(item),
        handle=custom.get("handle"),
        post_id=custom.get("post_id"),
        located=custom.get("located"),
    )


def _label(item: dict[str, Any]) -> str:
    label = item.get("id")
    if isinstance(label, int) and not isinstance(label, bool):
        return str(label)
    if not isinstance(label, str) or not label.strip():
        raise _ItemError('needs an "id": the label of the footnote it describes, e.g. "1"')
    return label.strip()


def _items(data: bytes, name: str) -> list[Any]:
    try:
        document = json.loads(data)
    except UnicodeDecodeError:
        raise CitationsFileError(f"{name}: not UTF-8 text; save the citations file as UTF-8 JSON") from None
    except json.JSONDecodeError as error:
        raise CitationsFileError(
            f"{name}: not JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    if not isinstance(document, list):
        raise CitationsFileError(
            f"{name}: expected a JSON array of CSL-JSON items, found {_json_type(document)}"
        )
    return document


def load_citations_file(data: bytes, name: str) -> dict[str, CitationOverrides]:
    """The overrides for each footnote label; CitationsFileError names the first malformed item and why."""
    overrides: dict[str, CitationOverrides] = {}
    positions: dict[str, int] = {}
    for index, item in enumerate(_items(data, name)):
        try:
            if not isinstance(item, dict):
                raise _ItemError(f"must be an object, found {_json_type(item)}")
            label = _label(item)
            if label in positions:
                raise _ItemError(f"duplicate id {label!r} (also item {positions[label]})")
            overrides[label] = _overrides(item)
            positions[label] = index
        except _ItemError as error:
            raise CitationsFileError(f"{name}: item {index}: {error}") from None
    return overrides


def apply_overrides(citation: Citation, overrides: CitationOverrides) -> Citation:
    """The citation with each field the file gives replaced; a new URL re-derives platform and post."""
    fields = citation.model_dump()
    if overrides.url is not None:
        handle, post_id = post_locator(overrides.url)
        fields.update(
            url=overrides.url,
            canonical_url=canonical_url(overrides.url),
            platform=platform_from_host(urlsplit(overrides.url).hostname or ""),
            handle=handle or citation.handle,
            post_id=post_id,
        )
    given = {key: value for key, value in dataclasses.asdict(overrides).items() if value is not None}
    given.pop("url", None)
    fields.update(given)
    return Citation.model_validate(fields)


def citation_to_csl(label: str, citation: Citation) -> dict[str, Any]:
    """One CSL-JSON item for a footnote; loading it back and applying it gives the same citation."""
    social = citation.platform is not None and citation.platform is not Platform.WEB
    item: dict[str, Any] = {"id": label, "type": "post" if social else "webpage"}
    if citation.title:
        item["title"] = citation.title
    if citation.url:
        item["URL"] = citation.url
    if citation.author:
        item["author"] = [{"literal": citation.author}]
    if citation.date:
        item["issued"] = {"date-parts": [[citation.date.year, citation.date.month, citation.date.day]]}
    if citation.platform in _DISPLAY_NAMES:
        item["container-title"] = _DISPLAY_NAMES[citation.platform]
    custom = citation.model_dump(mode="json", include=set(_CUSTOM_KEYS), exclude_none=True)
    if custom:
        item["custom"] = custom
    return item
