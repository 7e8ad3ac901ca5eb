"""Ledger lines are RFC 8785 canonical JSON, whichever encoder wrote them."""

from __future__ import annotations

from typing import Any

import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.ledger.canonical import canonical_json

# Every character, lone surrogates too (hypothesis leaves those out of text unless asked).
_ANY_CHARACTER = st.characters(codec=None, categories=None)
_TEXT = st.text(_ANY_CHARACTER, max_size=12) | st.sampled_from(
    ["", "\ue000", "\U0001f600", "\ud800", "a\x7f\x1f"]
)
_SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**53) - 2, max_value=2**53 + 2)
    | st.floats(allow_nan=True, allow_infinity=True)
    | _TEXT
)
_JSON = st.recursive(
    _SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(_TEXT, inner, max_size=5),
    max_leaves=30,
)


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


def test_keys_are_ordered_by_utf16_code_units_not_code_points() -> None:
    # U+E000 sorts after U+1F600 in UTF-16 (0xE000 > 0xD83D) but before it by code point.
    value = {"\U0001f600": 1, "\ue000": 2}
    assert canonical_json(value) == rfc8785.dumps(value) == '{"😀":1,"\ue000":2}'.encode()


def test_numbers_are_written_as_ecmascript_writes_them() -> None:
    value = {"seconds": 30.0, "ratio": 1e21, "small": 1e-7, "count": 3}
    assert canonical_json(value) == b'{"count":3,"ratio":1e+21,"seconds":30,"small":1e-7}'
