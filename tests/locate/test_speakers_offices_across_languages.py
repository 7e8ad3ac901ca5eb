"""An office read across languages: German's compounds name their body (`Kremlsprecher` is the Kremlin's
spokesman, `Verteidigungsminister` the defence minister), the cities an office is of meet in every spelling
(`Мэр Харькова`, `Charkiw`, `Mayor of Kharkiv`), and one named with an office in one language is the one an
office in another later gives the words to (`Dmitry Peskov, the Kremlin spokesman` above, `заявил
пресс-секретарь` below)."""

from __future__ import annotations

import time

import pytest

from provenance.locate import speakers
from provenance.locate.cities import CITY_SPELLINGS
from provenance.locate.locate import _full_names_ending_in
from provenance.locate.speakers import (
    full_name_ending,
    office_holder,
    office_subject,
    office_word_forms,
    office_word_said,
    office_words,
)


def _said(passage: str) -> set[str]:
    return {form for word in office_words(passage) for form in office_word_forms(word)}


@pytest.mark.parametrize(
    ("compound", "office", "body"),
    [
        ("Kremlsprecher", "spokesman", ("kremlin",)),
        ("Kreml-Sprecher", "spokesman", ("kremlin",)),
        ("Au\u00dfenamtssprecherin", "spokeswoman", ("foreign", "ministry")),
        ("Verteidigungsminister", "minister", ("defence",)),
        ("Au\u00dfenminister", "minister", ("foreign",)),
        ("Regierungssprecher", "spokesman", ("government",)),
    ],
)
def test_a_german_office_compound_says_its_body_and_its_office_in_english(
    compound: str, office: str, body: tuple[str, ...]
) -> None:
    # Before: `Kremlsprecher` was one word meeting no registry alias: its `Kreml` and its `Sprecher` unsaid.
    said = _said(compound)

    assert office in said and set(body) <= said
    assert office in speakers.office_keys(compound)
    assert speakers.office_in_english(compound) == office


def test_a_german_office_alone_says_no_body() -> None:
    assert "kremlin" not in _said("Sprecher") and "spokesman" in _said("Sprecher")


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        ("Der Sprecher des Kremls schrieb: \u201ewir bleiben.\u201c", "Sprecher"),
        ("Die Sprecherin der Regierung schrieb: \u201ewir bleiben.\u201c", "Sprecherin"),
        ("Der Kremlsprecher schrieb: \u201ewir bleiben.\u201c", "Kremlsprecher"),
    ],
)
def test_a_german_office_and_its_body_in_the_genitive_are_the_verb_s_subject(
    sentence: str, office: str
) -> None:
    # Before: `Der Sprecher des Kremls schrieb` named nobody, not even a role.
    assert office_subject(sentence) == office


@pytest.mark.parametrize(
    ("city", "spellings"),
    [
        (
            "kharkiv",
            ("\u0425\u0430\u0440\u044c\u043a\u043e\u0432\u0430", "Charkiw", "Kharkov", "J\u00e1rkov"),
        ),
        ("odesa", ("\u041e\u0434\u0435\u0441\u0441\u044b", "\u041e\u0434\u0435\u0441\u0438", "Odessa")),
        ("lviv", ("\u041b\u044c\u0432\u043e\u0432\u0430", "Lemberg", "Le\u00f3polis", "Leopoli")),
        ("zaporizhzhia", ("\u0417\u0430\u043f\u043e\u0440\u0456\u0436\u0436\u044f", "Saporischschja")),
        ("warsaw", ("\u0412\u0430\u0440\u0448\u0430\u0432\u044b", "Warschau", "Varsovie", "Varsavia")),
        ("london", ("\u041b\u043e\u043d\u0434\u043e\u043d\u0430", "Londres", "Londra")),
    ],
)
def test_a_city_in_any_language_says_the_city_of_an_english_alias(
    city: str, spellings: tuple[str, ...]
) -> None:
    # Before: only Kyiv and Moscow were in the table: `Мэр Харькова` did not say the `Kharkiv` of `Mayor of
    # Kharkiv`, and its genitive was searched as who posted.
    for spelling in spellings:
        assert office_word_said(city, _said(spelling)), spelling


def test_st_petersburg_is_said_whole_in_every_language() -> None:
    for spelling in (
        "St Petersburg",
        "Saint Petersburg",
        "\u0421\u0430\u043d\u043a\u0442-\u041f\u0435\u0442\u0435\u0440\u0431\u0443\u0440\u0433\u0430",
        "San Petersburgo",
    ):
        said = _said(spelling)
        assert office_word_said("st", said) and office_word_said("petersburg", said), spelling


def test_one_city_does_not_say_another() -> None:
    assert not office_word_said("kharkiv", _said("\u041e\u0434\u0435\u0441\u0441\u044b"))
    assert not office_word_said("kyiv", _said("Charkiw"))


def test_every_city_of_the_table_says_its_own_english_name() -> None:
    for english, (genitives, others) in CITY_SPELLINGS.items():
        for spelling in (*genitives, *others):
            assert all(office_word_said(word, _said(spelling)) for word in english.split()), spelling


@pytest.mark.parametrize(
    ("text", "office", "holder"),
    [
        # The office named in English above, in Russian or German below.
        (
            "Dmitry Peskov, the Kremlin spokesman, spoke on Monday.",
            "\u043f\u0440\u0435\u0441\u0441-\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044c",
            "Dmitry Peskov",
        ),
        ("Kremlin spokesman Dmitry Peskov spoke on Monday.", "Sprecher", "Dmitry Peskov"),
        # In German above, in English below.
        ("Kremlsprecher Dmitri Peskow sagte am Montag, man warte ab.", "spokesman", "Dmitri Peskow"),
        ("Kremlsprecher Dmitri Peskow sagte am Montag, man warte ab.", "portavoz", "Dmitri Peskow"),
    ],
)
def test_an_office_named_before_in_another_language_is_the_same_office(
    text: str, office: str, holder: str
) -> None:
    # Before: an office met only one that ended as it is written: `пресс-секретарь` never met `spokesman`.
    assert office_holder(text, office) == holder


@pytest.mark.parametrize(
    ("text", "office"),
    [
        # Another gender's office, or another body's compound, is someone else's.
        ("Kremlin spokesman Dmitry Peskov spoke on Monday.", "spokeswoman"),
        ("Kremlin spokesman Dmitry Peskov spoke on Monday.", "Sprecherin"),
        ("Regierungssprecher Steffen Examplert sagte am Montag, man warte ab.", "Kremlsprecher"),
        ("Defence Minister Oleksii Examplenko spoke on Monday.", "spokesman"),
    ],
)
def test_an_office_of_another_gender_body_or_kind_is_not_the_same_office(text: str, office: str) -> None:
    assert office_holder(text, office) is None


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Kremlin spokesman Dmitry Peskov", "Dmitry Peskov"),
        ("Dmitry Peskov", "Dmitry Peskov"),
        ("The Kremlin said Peskov", None),
    ],
)
def test_the_full_name_ending_a_text_is_two_words_or_more(text: str, name: str | None) -> None:
    assert full_name_ending(text) == name


def test_a_crafted_run_of_german_compounds_is_read_in_linear_time() -> None:
    hostile = "Der " + "Kremlsprecher des Kremls " * 4_100 + "schrieb: \u201ewir bleiben.\u201c"
    started = time.process_time()
    office = office_subject(hostile)
    office_holder(hostile, office or "Sprecher")
    assert len(hostile) > 100_000 and time.process_time() - started < 2.0


def test_full_names_are_read_in_any_spelling_and_only_a_person_s() -> None:
    text = "Kremlin spokesman Dmitry Peskov spoke. El portavoz del Kremlin Peskov habl\u00f3. Peskov again."

    assert _full_names_ending_in(text, "\u041f\u0435\u0441\u043a\u043e\u0432") == {"Dmitry Peskov"}
    assert _full_names_ending_in(text, "Peskow") == {"Dmitry Peskov"}
    assert _full_names_ending_in("Dmitry Zakharov spoke.", "Zakharova") == set(), "another gender's name"


def test_a_crafted_run_of_full_names_is_read_in_bounded_time() -> None:
    hostile = "Dmitry Peskov and " * 6_000
    started = time.process_time()

    found = _full_names_ending_in(hostile, "Peskov")

    assert found == {"Dmitry Peskov"}
    assert len(hostile) > 100_000 and time.process_time() - started < 2.0
