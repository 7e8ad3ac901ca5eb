"""Hypothesis strategies for any JSON-like value, for property tests that compare two JSON encoders."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from hypothesis import strategies as st

# Every character, lone surrogates too (hypothesis leaves those out of text unless asked).
_ANY_CHARACTER = st.characters(codec=None, categories=None)
_AWKWARD_TEXTS = ("", "\ue000", "\U0001f600", "\ud800", "a\x7f\x1f")


def json_texts(extra: Sequence[str] = ()) -> st.SearchStrategy[str]:
    """Short strings of any character, and strings that encoders are known to treat differently."""
    return st.text(_ANY_CHARACTER, max_size=12) | st.sampled_from([*_AWKWARD_TEXTS, *extra])


def json_values(texts: st.SearchStrategy[str], int_bound: int) -> st.SearchStrategy[Any]:
    """None, booleans, integers (also around ±`int_bound`, where encoders change how they write them),
    floats with NaN and infinities, `texts`, and lists and objects of them."""
    scalars = (
        st.none()
        | st.booleans()
        | st.integers()
        | st.integers(min_value=-int_bound - 2, max_value=int_bound + 2)
        | st.floats(allow_nan=True, allow_infinity=True)
        | texts
    )
    return st.recursive(
        scalars,
        lambda inner: st.lists(inner, max_size=5) | st.dictionaries(texts, inner, max_size=5),
        max_leaves=30,
    )
