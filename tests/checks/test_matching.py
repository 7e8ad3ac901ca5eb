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


def test_ascii_text_is_normalised_as_the_unicode_steps_normalise_it() -> None:
    # Every ASCII character, alone and between words, with ellipses, runs of whitespace and a line break: the
    # shortcut for ASCII text gives what NFKC, the quote marks and case folding give.
    from provenance.checks import matching

    texts = [
        *(f"Bridge {chr(code)}Destroyed{chr(code)} at `dawn`" for code in range(128)),
        "Council  VOTES . . . to reopen\n\n the bridge...",
        "It's [...] `quoted' \t and\u0020done ...",
    ]
    for text in texts:
        assert text.isascii()
        unicode_steps = matching._ELLIPSIS.sub(
            " ... ",
            matching._WHITESPACE_RUN.sub(matching._one_space, matching._folded_characters(text)),
        )
        assert matching._normalised_characters(text) == unicode_steps, repr(text)


def test_a_short_text_normalised_again_is_normalised_alike() -> None:
    from provenance.checks.matching import normalise_text

    title = "Kyiv\u2019s \u201cBridge\u201d DESTROYED\u2026 at 5\u00bd \u0130stanbul"
    first = normalise_text(title)
    assert first == 'kyiv\'s "bridge" destroyed ... at 5 1/2 istanbul'
    assert normalise_text(title) == first
    long_text = (title + " ") * 100  # past the texts remembered: normalised each time, alike
    assert normalise_text(long_text) == " ".join([first] * 100)
