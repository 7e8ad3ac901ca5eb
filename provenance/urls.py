"""Finding http(s) URLs in prose: the one URL finder of the report readers, the citation and date parsers.

Every pattern here runs in linear time on any input (reports are untrusted): no nested quantifiers that can
backtrack, and trimming counts brackets once instead of once per character.
"""

from __future__ import annotations

import re
from collections import Counter
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


def blank_urls(text: str) -> str:
    """`text` with every URL replaced by spaces, so what precedes a date or a name stays where it was."""
    return URL_IN_TEXT.sub(lambda match: " " * len(match.group()), text)


def is_http_url(url: str) -> bool:
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def _trim_url(url: str) -> str:
    # Prose punctuation sticks to links; a closing bracket belongs to the URL only if the URL opened it.
    # Brackets are counted once, then updated as the end is trimmed, so a run of `)` costs linear time.
    counts = Counter(char for char in url if char in "()[]{}")
    end = len(url)
    while end:
        last = url[end - 1]
        opening = _CLOSING_TO_OPENING.get(last)
        if opening is not None and counts[opening] < counts[last]:
            counts[last] -= 1
        elif last not in _TRAILING_PUNCTUATION:
            break
        end -= 1
    return url[:end]
