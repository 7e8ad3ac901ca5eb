"""`checks.matching`'s readings of whole texts: the language a title or a quote is written in."""

from __future__ import annotations

import pytest

from provenance.checks.matching import language_of


@pytest.mark.parametrize(
    "text",
    [
        # Each was named, sure at 0.92 or more, by lingua's low-accuracy mode: a few words, names above all.
        "Zelensky in Washington",  # Slovak
        "Gaza ceasefire talks",  # Romanian
        "Russia-Ukraine crisis live",  # French
        "Sanctions bite as ruble hits record",  # French
        "Moscow drone attack hits Rublyovka villas",  # Swedish
        "Shoigu visits Donbas troops near Avdiivka",  # Estonian
        "Kadyrov threatens Zelensky in Telegram video",  # Slovak
        "Total mobilization declared in",  # Romanian
    ],
)
def test_language_of_a_few_words_or_mostly_names_is_not_known(text: str) -> None:
    assert language_of(text) is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The convoy had already crossed the bridge at Kherson", "English"),
        ("Gaza ceasefire talks stall over hostages and prisoners", "English"),
        ("Le conseil municipal vote la r\u00e9ouverture du pont", "French"),
        ("A ponte foi destru\u00edda durante a noite", "Portuguese"),
        ("Most zosta\u0142 zniszczony w nocnym ataku", "Polish"),
        ("Колонна перешла мост, сообщили военные утром в Херсоне", "Russian"),
        ("BRIDGE DESTROYED IN OVERNIGHT STRIKE NEAR KHERSON", "English"),
    ],
)
def test_language_of_a_sentence_of_plain_words_is_named(text: str, language: str) -> None:
    assert language_of(text) == language
