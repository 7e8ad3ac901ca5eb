"""Finding http(s) URLs in prose: shared by the report readers and the citation parser."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

URL_IN_TEXT = re.compile(r"https?://[^\s<>\"“”«»`|\\^{}]+", re.IGNORECASE)
_TRAILING_PUNCTUATION = ".,;:!?'\"\u2019\u2026"
_CLOSING_TO_OPENING = {")": "(", "]": "[", "}": "{"}


def iter_urls(text: str) -> Iterator[tuple[int, str]]:
    """Each bare http(s) URL of `text` with its offset, trailing sentence punctuation removed."""
    for match in URL_IN_TEXT.finditer(text):
        url = _trim_url(match.group())
        if "://" in url and not url.endswith("://"):
            yield match.start(), url


def find_urls(text: str) -> tuple[str, ...]:
    """The bare http(s) URLs of `text` in order of first appearance, without repeats."""
    return tuple(dict.fromkeys(url for _, url in iter_urls(text)))


def is_http_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def _trim_url(url: str) -> str:
    # Prose punctuation sticks to links; a closing bracket belongs to the URL only if the URL opened it.
    while url:
        last = url[-1]
        unbalanced = last in _CLOSING_TO_OPENING and url.count(_CLOSING_TO_OPENING[last]) < url.count(last)
        if last not in _TRAILING_PUNCTUATION and not unbalanced:
            break
        url = url[:-1]
    return url
