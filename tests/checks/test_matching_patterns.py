"""The character classes `checks.matching` tells apart without compiling them, and the patterns of one
script's negations it compiles only when a quote asks for them."""

from __future__ import annotations

import re
import subprocess
import sys

from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.checks import matching

_CHARS = st.sampled_from(
    ["a", " ", "\u303f", "\u3040", "\u30ff", "\u3100", "\u33ff", "\u3400", "\u4e0d", "\u9fff", "\ua000",
     "\uf8ff", "\uf900", "\ufaff", "\ufb00", "\U00020000", "\U0003ffff", "\U00040000", "\u0e01", "\u0dff",
     "\u0eff", "\u0f00", "\u1000", "\u109f", "\u10a0", "\u1780", "\u17ff", "\u1800"]
)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(st.lists(_CHARS, max_size=4).map("".join), st.integers(min_value=-3, max_value=6))
@example("\u4e0d", -1)  # `end - 1` of an empty passage at the start: a class's match reads from 0
@example("", 0)
def test_a_character_is_han_japanese_or_unspaced_as_the_class_says(text: str, at: int) -> None:
    # `_char_in` stands for Han's class and Japanese's, whose compiling took as long as the rest of the
    # module's patterns: it must answer as `match(text, at)` of each does; `_is_unspaced`, which compiles
    # its class only for a character from its first range on, as that class does.
    han = re.compile("[\u3400-\u9fff\uf900-\ufaff]")
    japanese = re.compile("[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]")
    assert matching._char_in(text, at, matching._HAN) == (han.match(text, at) is not None)
    assert matching._char_in(text, at, matching._JAPANESE) == (japanese.match(text, at) is not None)
    assert matching._is_unspaced(text) == (matching._UNSPACED().match(text) is not None)


def test_importing_matching_compiles_no_scripts_negations() -> None:
    # A check whose quotes are in none of these scripts never compiles their patterns (a fresh interpreter:
    # another test may have asked for them).
    probe = (
        "from provenance.checks import matching; "
        "print(sum(pattern.cache_info().currsize for pattern in (matching._CHINESE_NEGATING, "
        "matching._JAPANESE_NEGATION_AFTER, matching._THAI_NEGATING, matching._GREEK_TONOS, "
        "matching._UNSPACED)))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0"
    assert matching._CHINESE_NEGATING().findall("我们不会派兵") == ["不会"]


def test_text_with_long_runs_of_whitespace_is_normalised_in_linear_time() -> None:
    # Ellipses were looked for from each space of a run (a title cited with 20,000 spaces took 18 s to
    # compare): 100,000 spaces, then a line break in a run of them, take a fraction of a second.
    spaces = " " * 100_000
    assert (
        matching.normalise_text(f"Bridge{spaces}destroyed{spaces}\u2026{spaces}at dawn")
        == "bridge destroyed ... at dawn"
    )
    assert matching._normalised_lines(f"Bridge{spaces}\n{spaces}destroyed") == "bridge\ndestroyed"
