"""`benchmarks/locate_ranking.py`: each row measures the case its name says."""

from __future__ import annotations

import importlib
import random
from typing import Any

from provenance.names import main_script

# Imported by name: mypy checks `benchmarks/` as top-level scripts, and an import statement would name this
# one twice.
benchmark: Any = importlib.import_module("benchmarks.locate_ranking")


def test_the_latin_letters_row_quotes_a_russian_post_transliterated_and_ranks_it_first_or_tied() -> None:
    # The row's posts were English sentences with their letters mapped onto Cyrillic ones: no Russian words,
    # and since locate reads a Latin-letter quote of a Cyrillic post, the row measured that mapping back.
    rng = random.Random(5)
    chosen = benchmark._choices(rng)
    quote = benchmark.QUOTE_STYLES["Russian, in Latin letters"](chosen, rng)
    post = benchmark._post_text(chosen, russian=True)

    assert main_script(post) == "CYRILLIC" and main_script(quote) == "LATIN"
    said = benchmark.SUBJECTS_RU[chosen[0][0]]
    assert said.casefold() in post.casefold(), "Russian words, not English in Cyrillic letters"
    for _ in range(5):
        result = benchmark.trial("Russian, in Latin letters", rng)
        assert result.listed and (result.position == 1 or result.tied)


def test_the_translation_row_quotes_a_russian_post_in_english_and_nothing_ranks_the_posts() -> None:
    rng = random.Random(5)
    chosen = benchmark._choices(rng)

    assert benchmark.QUOTE_STYLES["Russian, translated"](chosen, rng) == benchmark._sentence(chosen[0])[:-1]
    for _ in range(5):
        result = benchmark.trial("Russian, translated", rng)
        assert result.position is None and result.listed and not result.tied, (
            "listed in time order, no post proposed"
        )


def test_a_tie_says_what_the_cited_post_tied_with() -> None:
    rng = random.Random(7)
    results = [benchmark.trial("six words from the middle", rng) for _ in range(100)]

    causes = {result.tied_with for result in results if result.tied}
    assert {"its repost", "another post"} <= causes
    assert all(result.tied_with is None for result in results if not result.tied)
