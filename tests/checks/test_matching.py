"""`checks.matching`'s readings of whole texts (the language of a title or a quote) and of names."""

from __future__ import annotations

import pytest

from provenance.checks.matching import language_of, match_names


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


@pytest.mark.parametrize(
    ("cited", "shown"),
    [
        ("Hassan Nasrallah", "Sayyed Hassan Nasrallah"),
        ("Sayyed Hassan Nasrallah", "Hassan Nasrallah"),
        ("Hassan Nasrallah", "Sheikh Hassan Nasrallah"),
        ("Ali Khamenei", "Ayatollah Ali Khamenei"),
    ],
)
def test_a_name_and_the_same_name_after_an_honorific_are_one_person(cited: str, shown: str) -> None:
    # A speaker read as `Hassan Nasrallah` on an account shown as `Sayyed Hassan Nasrallah` (or the other way)
    # was no match at all: the quote's speaker and the account were two people.
    assert match_names(cited, [shown]).likeness == "same"


def test_a_two_word_name_opening_with_a_word_that_can_be_an_honorific_stays_whole() -> None:
    # `Sayed Kashua`: Sayed is his given name, and Kashua alone is another person's family name.
    assert match_names("Sayed Kashua", ["Kashua"]).likeness is None
