"""Canonical JSON (RFC 8785, JCS) for ledger lines: the standard library's encoder's bytes where they are
provably the same, the `rfc8785` library everywhere else.

`json.dumps(sort_keys=True, separators=(",", ":"), ensure_ascii=False)` writes exactly what RFC 8785 asks for
when the value holds
- no float (JCS writes numbers as ECMAScript does: `30` for 30.0, `1e+21`; Python writes `30.0`, `1e21`),
- no integer outside ±(2**53 - 1) (JCS refuses those),
- only string keys without a code point from U+D800 up (JCS orders keys by UTF-16 code units, Python by code
  points: the two orders differ only between U+E000-U+FFFF and the characters above U+FFFF),
- no lone surrogate in a string (JCS refuses it; orjson refuses it below, and the library says why).
Strings are escaped alike by both: `"`, `\\` and the controls below U+0020, with the short forms for
backspace, form feed, newline, return and tab and a lowercase six-character escape for the rest; everything
else is written as itself in UTF-8. orjson, given such a value and asked to sort keys, writes the standard
encoder's very bytes (by code point, as the standard encoder sorts) in an eighth of its time (a footnote's
line: 9 µs against 68 µs), and is used for it. A ledger line is mostly strings, so the fast path takes nearly
every line; a property test (tests/ledger/test_canonical.py) holds it to the library's bytes.
"""

from __future__ import annotations

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
    itself has no end, and the walk must have one (the library refuses it)."""
    pending = [value]
    containers = 0
    while pending:
        item = pending.pop()
        kind = type(item)
        if kind is str or item is None or kind is bool:
            continue
        if kind is dict or kind is list or kind is tuple:
            containers += 1
            if containers > _MAX_CONTAINERS:
                return False
        if kind is dict:
            for key in item:
                if type(key) is not str or not (key.isascii() or max(key) < _FIRST_SURROGATE):
                    return False
            pending.extend(item.values())
        elif kind is list or kind is tuple:
            pending.extend(item)
        elif kind is not int or not -_INT_LIMIT <= item <= _INT_LIMIT:
            return False  # a float, a type JSON has no form for, or an integer JCS refuses
    return True


def canonical_json(value: Any) -> bytes:
    """`value` as RFC 8785 canonical JSON, UTF-8; `rfc8785.CanonicalizationError` if it has none
    (`RecursionError` for one that holds itself, as the library raises it)."""
    if _standard_encoder_suffices(value):
        try:
            return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
        except TypeError:  # orjson.JSONEncodeError: a lone surrogate; the library names the problem
            pass
    encoded: bytes = rfc8785.dumps(value)
    return encoded


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
