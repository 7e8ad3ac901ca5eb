"""A posting app's declared language, held to the script of the post's words."""

from __future__ import annotations

from provenance.extractors.languages import declared_language

_UKRAINIAN = "Сьогодні вранці ворог знову обстріляв Харків, пошкоджено житлові будинки та школу."


def test_words_in_another_script_set_the_app_s_default_aside_and_say_why() -> None:
    language, why = declared_language(["en"], _UKRAINIAN)

    assert language is None
    assert why is not None and why.startswith("en: declared by the posting app") and "Cyrillic" in why


def test_the_first_declared_language_the_words_do_not_gainsay_is_the_post_s() -> None:
    assert declared_language(["en", "uk"], _UKRAINIAN) == ("uk", None)


def test_a_few_letters_say_nothing_against_the_declaration() -> None:
    assert declared_language(["en"], "Харків 🔥 https://t.me/x #Kharkiv") == ("en", None)


def test_a_language_whose_script_tells_nothing_is_taken_as_declared() -> None:
    assert declared_language(["xx"], _UKRAINIAN) == ("xx", None)


def test_bold_styled_latin_letters_count_as_latin() -> None:
    bold = "".join(
        chr(0x1D400 + ord(c) - ord("A")) if "A" <= c <= "Z" else c for c in "THE CITY IS QUIET TONIGHT AGAIN"
    )
    assert declared_language(["en"], bold) == ("en", None)
