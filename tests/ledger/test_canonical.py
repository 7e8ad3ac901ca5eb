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


def _surrogates_made_u_fffd(value: Any) -> Any:
    """The reference for what the writer does with a lone surrogate: U+FFFD in its place, keys too."""
    if isinstance(value, str):
        return "".join("\ufffd" if "\ud800" <= char <= "\udfff" else char for char in value)
    if isinstance(value, dict):
        return {_surrogates_made_u_fffd(key): _surrogates_made_u_fffd(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [_surrogates_made_u_fffd(item) for item in value]
    return value


@settings(max_examples=300)
@given(_JSON)
def test_the_fast_encoder_writes_exactly_what_rfc8785_writes_or_refuses_alike(value: Any) -> None:
    assert _encoded(canonical_json, value) == _encoded(rfc8785.dumps, _surrogates_made_u_fffd(value))


def test_a_lone_surrogate_is_written_as_u_fffd_not_refused() -> None:
    # `json.loads('"\\ud800"')` keeps it; the line naming it stopped the run (exit 3, "internal error").
    line = {"text": "clear \ud800.", "fields": {"name\udc00": ["a\udfffb"]}, "ratio": 0.5}
    assert (
        canonical_json(line)
        == '{"fields":{"name\ufffd":["a\ufffdb"]},"ratio":0.5,"text":"clear \ufffd."}'.encode()
    )
    assert canonical_json({"text": "clear \ud800."}) == '{"text":"clear \ufffd."}'.encode(), "the fast path"
    assert canonical_values({"text": "\ud800", "n": 1}) == {"text": '"\ufffd"'.encode(), "n": b"1"}


def test_text_with_no_lone_surrogate_is_written_as_it_is() -> None:
    # A pair of surrogates escaped in JSON is one character (U+1F600), written as itself.
    line: dict[str, str | float] = {"text": "\U0001f600 \ufffd \ue000", "ratio": 0.5}
    assert canonical_json(line) == rfc8785.dumps(line) == '{"ratio":0.5,"text":"😀 \ufffd \ue000"}'.encode()


def test_a_value_without_a_canonical_form_is_still_refused() -> None:
    with pytest.raises(rfc8785.CanonicalizationError):
        canonical_json({"text": "\ud800", "ratio": float("nan")})


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


def test_a_number_the_standard_encoder_writes_otherwise_is_seen_deep_among_strings() -> None:
    # The walk passes over a container's strings where they stand: a float or an integer JCS refuses, in a
    # list in an object among strings, None and booleans, still sends the line to the library.
    source = {"title": "b", "kept": None, "scores": ["c", True, [30.0]]}
    line: dict[str, Any] = {"text": "a", "source": source}
    assert canonical_json(line) == rfc8785.dumps(line)
    assert canonical_json(line).endswith(b'"scores":["c",true,[30]],"title":"b"},"text":"a"}')
    with pytest.raises(rfc8785.CanonicalizationError):
        canonical_json({"text": "a", "source": {"title": "b", "ids": [None, 2**53]}})


def test_a_value_that_holds_itself_is_refused_as_the_library_refuses_it_not_walked_forever() -> None:
    # The check for the fast encoder walked a list that contains itself without end (the library raises at
    # once); only code, never a ledger's JSON, can build one, but a hang is never the answer.
    looped: list[Any] = []
    looped.append(looped)
    with pytest.raises(RecursionError):
        rfc8785.dumps(looped)
    with pytest.raises(RecursionError):
        canonical_json(looped)
