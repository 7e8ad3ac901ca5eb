"""Ledger lines are RFC 8785 canonical JSON, whichever encoder wrote them."""

from __future__ import annotations

from typing import Any

import pytest
import rfc8785
from hypothesis import given, settings

from provenance.ledger.canonical import canonical_json, canonical_values
from tests.support.json_values import json_texts, json_values

_TEXT = json_texts()
_JSON = json_values(_TEXT, 2**53)


def _encoded(encode: Any, value: Any) -> bytes | str:
    try:
        result: bytes = encode(value)
        return result
    except (
        rfc8785.CanonicalizationError,
        UnicodeEncodeError,
    ):  # the library's error for a lone surrogate key
        return "refused"


@settings(max_examples=300)
@given(_JSON)
def test_the_fast_encoder_writes_exactly_what_rfc8785_writes_or_refuses_alike(value: Any) -> None:
    assert _encoded(canonical_json, value) == _encoded(rfc8785.dumps, value)


@settings(max_examples=300)
@given(_JSON, _JSON, _TEXT)
def test_values_encoded_in_one_walk_are_the_bytes_each_encoded_alone_gives(
    first: Any, second: Any, name: str
) -> None:
    """`canonical_values` (one walk over the whole line) against `canonical_json` of each value: a mapping
    with a float or a lone surrogate in one value goes the other way for all of them."""
    mapping = {"first": first, "second": second, name: "text"}
    try:
        expected: dict[str, bytes] | str = {key: canonical_json(value) for key, value in mapping.items()}
    except (rfc8785.CanonicalizationError, UnicodeEncodeError):
        expected = "refused"
    assert _encoded(canonical_values, mapping) == expected


def test_keys_are_ordered_by_utf16_code_units_not_code_points() -> None:
    # U+E000 sorts after U+1F600 in UTF-16 (0xE000 > 0xD83D) but before it by code point.
    value = {"\U0001f600": 1, "\ue000": 2}
    assert canonical_json(value) == rfc8785.dumps(value) == '{"😀":1,"\ue000":2}'.encode()


def test_numbers_are_written_as_ecmascript_writes_them() -> None:
    value = {"seconds": 30.0, "ratio": 1e21, "small": 1e-7, "count": 3}
    assert canonical_json(value) == b'{"count":3,"ratio":1e+21,"seconds":30,"small":1e-7}'


def test_a_value_that_holds_itself_is_refused_as_the_library_refuses_it_not_walked_forever() -> None:
    # The check for the fast encoder walked a list that contains itself without end (the library raises at
    # once); only code, never a ledger's JSON, can build one, but a hang is never the answer.
    looped: list[Any] = []
    looped.append(looped)
    with pytest.raises(RecursionError):
        rfc8785.dumps(looped)
    with pytest.raises(RecursionError):
        canonical_json(looped)
