"""Settings of the whole test session that keep a slow or loaded machine from failing a test."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st


@settings(max_examples=2)
@given(st.integers())
def test_a_property_example_slower_than_hypothesis_default_deadline_is_no_failure(number: int) -> None:
    # As one example is when a full collection of the session's heap or another process takes the core:
    # longer than hypothesis's default 200 ms (and its 25% grace), which failed the test it landed in.
    time.sleep(0.3)
