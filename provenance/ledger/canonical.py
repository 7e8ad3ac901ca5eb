"""Canonical JSON (RFC 8785, JCS) for ledger lines: the standard library's encoder's bytes where they are
provably the same, the `rfc8785` library everywhere else.

`json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False)` writes exactly what RFC 8785 asks for
when the value holds
- no float (JCS writes numbers as ECMAScript does: `30` for 30.0, `1e+21`; Python writes `30.0`, `1e21`),
- no integer outside ±(2**53 - 1) (JCS refuses those),
- only string keys without a code point from U+D800 up (JCS orders keys by UTF-16 code units, Python by code
  points: the two orders differ only between U+E000-U+FFFF and the characters above U+FFFF),
- no lone surrogate in a string (JCS refuses it, and so does orjson).
Strings are escaped alike by both: `"`, `\\` and the controls below U+0020, with the short forms for
backspace, form feed, newline, return and tab and a lowercase six-character escape for the rest; everything
else is written as itself in UTF-8. orjson, given such a value and asked to sort keys, writes the standard
encoder's very bytes (by code point, as the standard encoder sorts) in an eighth of its time (a footnote's
line: 9 µs against 68 µs), and is used for it. A ledger line is mostly strings, so the fast path takes nearly
every line; a property test (tests/ledger/test_canonical.py) holds it to the library's bytes.

A lone surrogate (U+D800-U+DFFF alone: JSON escapes one, `"\\ud800"`, and `json.loads` keeps it) has no UTF-8
and no canonical form. It reached the writer from any path that parsed a page's JSON without replacing it
(locate's syndication reading did), and the line naming it stopped the run (exit 3, "internal error", the
ledger left without its summary). It is written as U+FFFD, the replacement character a browser shows for it
and the extractors write (`extractors.pages.without_lone_surrogates`): the line's bytes are the canonical
form of the value so replaced, and `verify`, reading them back, writes those very bytes again.
"""

from __future__ import annotations

import re
from typing import Any

import orjson
import rfc8785

_INT_LIMIT = 2**53 - 1
_FIRST_SURROGATE = "\ud800"


_MAX_CONTAINERS = 100_000  # a ledger line holds a few hundred


def _standard_encoder_suffices(value: Any) -> bool:
    """Whether `value` holds nothing on which the standard encoder and RFC 8785 can differ (see above).

    Exact types only (a subclass, say an enum, goes to the library): this walk is as hot as the encoding.
    A value holding more than `_MAX_CONTAINERS` dicts and lists goes to the library too: one that holds
    itself has no end, and the walk must have one (the library refuses it). A container's strings, None and
    booleans (most of a line) are passed over where they stand, not each put on the walk's list and taken
    off again: a footnote's line (some 150 keys and 160 values) took 214 k instructions to walk, more than
    its encoding; 189 k now."""
    pending = [value]
    containers = 0
    while pending:
        item = pending.pop()
        kind = type(item)
        if kind is dict:
            for key in item:
                if type(key) is not str or not (key.isascii() or max(key) < _FIRST_SURROGATE):
                    return False
            members: Any = item.values()
        elif kind is list or kind is tuple:
            members = item
        else:
            if not _standard_scalar(item):
                return False
            continue
        containers += 1
        if containers > _MAX_CONTAINERS:
            return False
        for member in members:
            kind = type(member)
            if kind is str or member is None or kind is bool:
                continue
            if kind is dict or kind is list or kind is tuple:
                pending.append(member)
            elif not _standard_scalar(member):
                return False
    return True


def _standard_scalar(item: Any) -> bool:
    """Whether `item`, no container, is one the standard encoder writes as RFC 8785 does."""
    kind = type(item)
    if kind is str or item is None or kind is bool:
        return True
    return kind is int and -_INT_LIMIT <= item <= _INT_LIMIT  # not a float, nor another type


def canonical_json(value: Any) -> bytes:
    """`value` as RFC 8785 canonical JSON, UTF-8, each lone surrogate in a string or key written as U+FFFD
    (see above); `rfc8785.CanonicalizationError` if it has none (`RecursionError` for one that holds itself,
    as the library raises it)."""
    if _standard_encoder_suffices(value):
        try:
            return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
        except TypeError:  # orjson.JSONEncodeError: a lone surrogate, the only text it refuses
            value = _lone_surrogates_replaced(value)
    try:
        encoded: bytes = rfc8785.dumps(value)
    except (rfc8785.CanonicalizationError, UnicodeEncodeError):  # UnicodeEncodeError: one in a key
        replaced = _lone_surrogates_replaced(value)
        if replaced is value:
            raise  # no lone surrogate: a float or an integer JCS cannot write
        encoded = rfc8785.dumps(replaced)
    return encoded


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def _lone_surrogates_replaced(value: Any) -> Any:
    """`value` with each lone surrogate in its strings and keys made U+FFFD; `value` itself when it holds
    none (or more than `_MAX_CONTAINERS` dicts and lists, one that may hold itself: the library refuses it).
    Walked without recursion (a line's JSON nested deep); containers are copied, never changed in place."""

    def replaced(text: str) -> str:
        return _LONE_SURROGATE.sub("\ufffd", text)

    if type(value) is str:
        return replaced(value) if _LONE_SURROGATE.search(value) else value
    if type(value) not in (dict, list, tuple):
        return value
    root: list[Any] = [value]
    # Each pending container is copied into its parent's slot: (the copy's parent, its key or index, it).
    pending: list[tuple[Any, Any, Any]] = [(root, 0, value)]
    containers = 0
    while pending:
        parent, slot, container = pending.pop()
        containers += 1
        if containers > _MAX_CONTAINERS:
            return value
        copy: Any
        if type(container) is dict:
            copy = {}
            for key, item in container.items():
                key = replaced(key) if type(key) is str else key
                copy[key] = item
                if type(item) is str:
                    copy[key] = replaced(item)
                elif type(item) in (dict, list, tuple):
                    pending.append((copy, key, item))
        else:
            copy = list(container)
            for index, item in enumerate(copy):
                if type(item) is str:
                    copy[index] = replaced(item)
                elif type(item) in (dict, list, tuple):
                    pending.append((copy, index, item))
        parent[slot] = copy
    return root[0] if root[0] != value else value


def canonical_values(mapping: dict[str, Any]) -> dict[str, bytes]:
    """`canonical_json` of each value of `mapping`, by its key: the same bytes, with one walk over the whole
    mapping (`_standard_encoder_suffices`) instead of one per value (a ledger line's sixteen fields: 30 µs
    of the 70 µs it took to encode them one by one). A mapping the walk turns down, or a value orjson
    refuses, is encoded value by value as `canonical_json` does."""
    if not _standard_encoder_suffices(mapping):
        return {key: canonical_json(value) for key, value in mapping.items()}
    encoded = {}
    for key, value in mapping.items():
        # Each value holds no more than the whole mapping, which the walk passed: the standard encoder's
        # bytes are the canonical ones for it, as in `canonical_json`.
        try:
            encoded[key] = orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
        except TypeError:  # a lone surrogate: the library names the problem
            encoded[key] = canonical_json(value)
    return encoded
