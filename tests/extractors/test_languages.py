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


def test_the_quick_looks_at_one_script_leave_each_declaration_as_the_letter_count_does() -> None:
    # Latin letters alone stand for a Latin language; Cyrillic ones a fifth of the text stand for a Cyrillic
    # one; Russian words, a link's Latin letters many, still set `en` aside, and English ones `ru`.
    english = "The council voted on Friday to reopen the bridge after the repairs were complete."
    linked = f"{_UKRAINIAN} https://example.org/a-very-long-path-of-latin-letters/another-segment"
    assert declared_language(["en"], english) == ("en", None)
    assert declared_language(["ru"], _UKRAINIAN) == ("ru", None)
    assert declared_language(["en"], linked)[0] is None
    assert declared_language(["ru"], english)[0] is None
    assert declared_language(["en"], "é" * 100_000) == ("en", None)
    assert declared_language(["ru"], "ж" * 100_000) == ("ru", None)


def test_who_declared_the_language_is_said_when_it_is_set_aside() -> None:
    _, why = declared_language(["en"], _UKRAINIAN, "the page's `<html lang>`")
    assert why is not None and why.startswith("en: declared by the page's `<html lang>`, not the words'")
