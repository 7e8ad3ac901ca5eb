"""Quoted passages in prose: what the report puts in quotation marks, in every style reports use."""

from __future__ import annotations

import re

# A straight quote opens only at a word start and closes only after a non-space, so the inch mark in
# `a 12" screen` pairs with nothing.
_QUOTED = re.compile(
    r"“(?P<curly>[^“”]*)”"
    r"|„(?P<low>[^„“”]*)[“”]"
    r"|«(?P<guillemet>[^«»]*)»"
    r'|(?<![^\s(\[{\u2014\u2013-])"(?=\S)(?P<straight>[^"]*?\S)"'
)
_QUOTE_GROUPS = ("curly", "low", "guillemet", "straight")


def find_quotes(text: str) -> tuple[str, ...]:
    """The quoted passages of `text` in order, each stripped; empty quotes are left out."""
    quotes = []
    for match in _QUOTED.finditer(text):
        inner = next(match.group(group) for group in _QUOTE_GROUPS if match.group(group) is not None)
        if inner.strip():
            quotes.append(inner.strip())
    return tuple(quotes)
