"""What every reader shares: whitespace in notes and passages."""

from __future__ import annotations

import re

from provenance.readers.assembly import collapse_whitespace


def test_whitespace_is_collapsed_for_every_character_the_pattern_calls_whitespace() -> None:
    # `collapse_whitespace` splits on what `str.split` takes for whitespace; readers used `\s+`: a character
    # one takes for a space and the other not would change a note's text.
    every = [chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000]
    pattern = re.compile(r"\s")
    assert [char for char in every if char.isspace()] == [char for char in every if pattern.match(char)]
    text = "\u00a0 a\u2003\u2003b\n\tc\u3000"
    assert collapse_whitespace(text) == re.sub(r"\s+", " ", text).strip() == "a b c"
