"""Latin-script languages told apart by their commonest words, where the script tells nothing."""

from __future__ import annotations

import pytest

from provenance.extractors.latin_words import standing_language, words_gainsay

SPANISH = (
    "El ayuntamiento reabrió el puente esta mañana y los vecinos ya pueden cruzar hacia el centro, pero la "
    "policía pide paciencia porque hay mucho tráfico."
)
ENGLISH = (
    "The council reopened the bridge this morning and residents can now cross to the centre, but police "
    "are asking for patience because traffic is heavy."
)
FRENCH = (
    "Le conseil a rouvert le pont ce matin et les habitants peuvent de nouveau traverser vers le centre, "
    "mais la police demande de la patience."
)


@pytest.mark.parametrize(
    ("declared", "text", "words"),
    [("en", SPANISH, "Spanish"), ("en-GB", FRENCH, "French"), ("es", ENGLISH, "English")],
)
def test_words_plainly_in_another_latin_language_gainsay_the_declared_one(
    declared: str, text: str, words: str
) -> None:
    assert words_gainsay(declared, text) == words


@pytest.mark.parametrize(
    ("declared", "text"),
    [
        ("es", SPANISH),  # its own language
        ("en", ENGLISH),
        ("en", "Kherson, Mykolaiv, Odesa: convoy seen at dawn"),  # too few words to say
        # An English post quoting a few words of another language is English.
        (
            "en",
            "Breaking: the mayor said 'no pasarán' to the crowd as protesters gathered outside the town hall",
        ),
        ("ca", SPANISH),  # a language whose words are not listed: its declaration stands
        # Names opening with a capital are no words of a language (`Los Angeles`, `El Paso`).
        (
            "en",
            "Los Angeles, Las Vegas, El Paso, Los Alamos, Las Cruces, El Centro, La Paz, La Jolla: closed",
        ),
        # Links, handles and hashtags are no words of the post.
        ("en", "#el #la #los #que #y #en #una #por #con #para #del #pero https://example.es/el/la/los/que"),
    ],
)
def test_words_that_do_not_plainly_gainsay_the_declared_language_leave_it(declared: str, text: str) -> None:
    assert words_gainsay(declared, text) is None


def test_the_first_declared_language_the_words_do_not_gainsay_stands() -> None:
    assert standing_language(["en", "es"], SPANISH) == ("es", None)
    language, why = standing_language(["en"], SPANISH)
    assert language is None and why is not None and "which read as Spanish" in why
    assert standing_language([None, "en"], ENGLISH) == ("en", None)


def test_a_hostile_page_of_words_is_read_in_bounded_time_and_says_nothing_it_cannot() -> None:
    # A 100 kB text of one letter, of words without spaces, of marks: read from its first 2,000 characters.
    said = [words_gainsay("en", text) for text in ("a" * 100_000, "el" * 50_000, "#" * 100_000)]
    assert said == [None, None, None]  # one word, or none: too few words to say
    assert words_gainsay("en", "é " * 50_000) == "Portuguese"  # Portuguese's "is", 50,000 times
    assert words_gainsay("en", "el " * 40_000) == "Spanish"


@pytest.mark.parametrize(
    ("declared", "text", "said"),
    [
        (
            "ru",
            "Міська рада в четвер проголосувала за відновлення руху мостом після того, як "  # noqa: RUF001
            "інженери підтвердили, що ремонт завершено і закриття скінчилося. Власники крамниць "  # noqa: RUF001
            "біля річки зраділи новині.",
            "Ukrainian",
        ),
        (
            "uk",
            "Городской совет проголосовал за возобновление движения, объезд был закрыт больше года. "
            "Владельцы магазинов у реки обрадовались: из-за объезда они потеряли покупателей. "  # noqa: RUF001
            "Мы рады, — сказала владелица пекарни. Новые разметки ещё не нанесены.",
            "Russian",
        ),
        (
            "ru",
            "Городской совет проголосовал за возобновление движения по мосту в Києві и Київській області.",
            None,
        ),
        ("uk", "Міська рада проголосувала за відновлення руху мостом.", None),  # noqa: RUF001
    ],
)
def test_russian_and_ukrainian_are_told_apart_by_their_own_letters(
    declared: str, text: str, said: str | None
) -> None:
    assert words_gainsay(declared, text) == said
