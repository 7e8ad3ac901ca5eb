"""Who posted, read where a passage writes the office before the name, in Spanish, German, French, Italian,
Portuguese, Ukrainian and Russian (`el ministro de Defensa, Oleksii Reznikov, dijo`), and nobody read from an
office's body where no name follows it (`El portavoz del Kremlin dijo`: not `Kremlin`)."""

from __future__ import annotations

import time

import pytest

from provenance.locate.speakers import (
    office_holder,
    office_in_english,
    office_subject,
    office_word_forms,
    office_words,
    quote_speaker,
    relayed_speakers,
    speakers_in_passage,
)

QUOTE = "we stay."


def _names(passage: str) -> list[str]:
    return [speaker.name for speaker in speakers_in_passage(passage, [QUOTE])]


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        ("El ministro de Defensa, Oleksii Reznikov, dijo: \u00abwe stay.\u00bb", "Oleksii Reznikov"),
        (
            "La portavoz del Kremlin, Mar\u00eda Zaj\u00e1rova, escribi\u00f3: \u00abwe stay.\u00bb",
            "Mar\u00eda Zaj\u00e1rova",
        ),
        ("Der Verteidigungsminister Oleksij Resnikow sagte: „we stay.“", "Oleksij Resnikow"),
        ("Kremlsprecher Dmitri Peskow erkl\u00e4rte: „we stay.“", "Dmitri Peskow"),
        (
            "Le ministre de la D\u00e9fense, Oleksii Reznikov, a d\u00e9clar\u00e9 : \u00ab we stay. \u00bb",
            "Oleksii Reznikov",
        ),
        (
            "Міністр оборони Олексій Резніков заявив: \u00abwe stay.\u00bb",
            "Олексій Резніков",
        ),
        (
            "Пресс-секретарь Кремля Дмитрий Песков заявил: \u00abwe stay.\u00bb",
            "Дмитрий Песков",
        ),
    ],
    ids=["spanish", "spanish-spokeswoman", "german", "german-compound", "french", "ukrainian", "russian"],
)
def test_the_name_after_an_office_is_who_posted_as_it_was(passage: str, name: str) -> None:
    # These read right before this change too: kept so, beside the languages that did not.
    assert _names(passage) == [name]


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        ("Il ministro della Difesa, Oleksii Reznikov, ha detto: \u00abwe stay.\u00bb", "Oleksii Reznikov"),
        ("O ministro da Defesa, Oleksii Reznikov, escreveu: \u00abwe stay.\u00bb", "Oleksii Reznikov"),
        ("A porta-voz do Kremlin, Maria Zakharova, disse: \u00abwe stay.\u00bb", "Maria Zakharova"),
        ("\u00abwe stay.\u00bb, afirmou o ministro da Defesa, Oleksii Reznikov.", "Oleksii Reznikov"),
        ("El portavoz del Kremlin Dmitri Peskov dijo: \u00abwe stay.\u00bb", "Dmitri Peskov"),
    ],
    ids=["italian-ha-detto", "portuguese", "portuguese-spokeswoman", "portuguese-behind", "body-then-name"],
)
def test_the_name_after_an_office_is_who_posted_in_italian_and_portuguese(passage: str, name: str) -> None:
    # Before: Italian's `ha detto` and every Portuguese verb were no verb of saying, and these passages named
    # nobody; `El portavoz del Kremlin Dmitri Peskov dijo` named `Kremlin Dmitri Peskov`.
    assert _names(passage) == [name]


@pytest.mark.parametrize(
    "passage",
    [
        "El portavoz del Kremlin dijo: \u00abwe stay.\u00bb",
        "El ministro de Defensa dijo: \u00abwe stay.\u00bb",
        "Le porte-parole du Kremlin a \u00e9crit : \u00ab we stay. \u00bb",
        "Le ministre de la D\u00e9fense a d\u00e9clar\u00e9 : \u00ab we stay. \u00bb",
        "Il portavoce del Cremlino ha scritto: \u00abwe stay.\u00bb",
        "O porta-voz do Kremlin escreveu: \u00abwe stay.\u00bb",
        "Пресс-секретарь Кремля заявил: \u00abwe stay.\u00bb",
        "Президент России заявил: \u00abwe stay.\u00bb",
    ],
    ids=[
        "es-spokesman",
        "es-minister",
        "fr-spokesman",
        "fr-minister",
        "it-spokesman",
        "pt-spokesman",
        "ru-press",
        "ru-president",
    ],
)
def test_an_office_s_body_with_no_name_after_it_names_nobody(passage: str) -> None:
    # Before: `Kremlin`, `Defensa`, `Cremlino` and the Russian genitives of the Kremlin and of Russia were
    # read as who posted, and searched.
    assert _names(passage) == []


def test_a_name_after_a_romance_link_with_no_office_before_it_is_kept() -> None:
    # `de` alone is no office's link: `Rybar de nuevo` stays Rybar's, as `Zelenski` after a place.
    assert _names("Volod\u00edmir Zelenski, de Kiev, dijo: \u00abwe stay.\u00bb") == _names(
        "Volod\u00edmir Zelenski dijo: \u00abwe stay.\u00bb"
    )


@pytest.mark.parametrize(
    "hostile",
    [
        "El portavoz del " * 7000 + "Kremlin dijo: \u00abwe stay.\u00bb",
        "O porta-voz do Kremlin escreveu " * 4000 + "\u00abwe stay.\u00bb",
        "Le ministre de la " + "D\u00e9fense de la " * 8000 + "a d\u00e9clar\u00e9 : \u00ab we stay. \u00bb",
        "Пресс-секретарь Кремля " * 5000 + "заявил: \u00abwe stay.\u00bb",
    ],
    ids=["spanish", "portuguese", "french", "russian"],
)
def test_a_crafted_passage_of_offices_and_their_bodies_is_read_in_a_blink(hostile: str) -> None:
    started = time.process_time()

    speakers_in_passage(hostile, [QUOTE])
    quote_speaker(hostile, QUOTE)
    relayed_speakers(hostile, QUOTE)

    assert len(hostile) > 100_000 and time.process_time() - started < 2.0


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        ("El portavoz del Kremlin dijo: \u00abwe stay.\u00bb", "portavoz"),
        ("La portavoz escribi\u00f3 en Telegram: \u00abwe stay.\u00bb", "portavoz"),
        ("\u00abwe stay.\u00bb, escribi\u00f3 el portavoz del Kremlin.", "portavoz"),
        ("Le ministre de la D\u00e9fense a d\u00e9clar\u00e9 : \u00ab we stay. \u00bb", "ministre"),
        ("L'ambassadeur a \u00e9crit : \u00ab we stay. \u00bb", "ambassadeur"),
        ("Il portavoce del Cremlino ha scritto: \u00abwe stay.\u00bb", "portavoce"),
        ("O porta-voz do Kremlin escreveu: \u00abwe stay.\u00bb", "porta-voz"),
        ("El alcalde escribi\u00f3: \u00abwe stay.\u00bb", "alcalde"),
        ("Пресс-секретарь Кремля заявил: \u00abwe stay.\u00bb", "Пресс-секретарь"),
        ("\u00abwe stay.\u00bb, \u2014 заявил пресс-секретарь Кремля.", "пресс-секретарь"),
        (
            "\u041c\u0435\u0440 \u043d\u0430\u043f\u0438\u0441\u0430\u0432: \u00abwe stay.\u00bb",
            "\u041c\u0435\u0440",
        ),
    ],
    ids=[
        "es",
        "es-alone",
        "es-behind",
        "fr",
        "fr-elided",
        "it",
        "pt",
        "es-mayor",
        "ru",
        "ru-behind",
        "uk-mayor",
    ],
)
def test_an_office_with_no_name_is_the_subject_in_other_languages(sentence: str, office: str) -> None:
    # Before: only English's and German's offices were read as the subject (`The spokesman wrote`,
    # `Der Sprecher schrieb`); these gave none, and neither the registry's office holders nor the one named
    # with the office before were looked for.
    assert office_subject(sentence) == office


@pytest.mark.parametrize(
    "sentence",
    [
        "Un asesor del ministro de Defensa dijo: \u00abwe stay.\u00bb",
        "El portavoz del Kremlin Dmitri Peskov dijo: \u00abwe stay.\u00bb",
        "El ministro Reznikov dijo: \u00abwe stay.\u00bb",
        "Rybar escribi\u00f3: \u00abwe stay.\u00bb",
    ],
    ids=["an-aide-to-the-minister", "named-after-the-body", "named-after-the-office", "a-name"],
)
def test_an_office_with_a_name_or_another_s_office_is_no_office_alone(sentence: str) -> None:
    assert office_subject(sentence) is None


@pytest.mark.parametrize(
    ("text", "office", "holder"),
    [
        (
            "El lunes, el portavoz del Kremlin, Dmitri Peskov, habl\u00f3 con la prensa.",
            "portavoz",
            "Dmitri Peskov",
        ),
        ("El portavoz del Kremlin Dmitri Peskov habl\u00f3 el lunes.", "portavoz", "Dmitri Peskov"),
        ("Dmitri Peskov, el portavoz del Kremlin, habl\u00f3 el lunes.", "portavoz", "Dmitri Peskov"),
        ("Le porte-parole du Kremlin, Dmitri Peskov, a parl\u00e9 lundi.", "porte-parole", "Dmitri Peskov"),
        ("Il portavoce del Cremlino Dmitri Peskov ha parlato luned\u00ec.", "portavoce", "Dmitri Peskov"),
        (
            "\u0412 понедельник пресс-секретарь Кремля Дмитрий Песков говорил журналистам.",
            "пресс-секретарь",
            "Дмитрий Песков",
        ),
        ("El portavoz del Kremlin habl\u00f3 el lunes.", "portavoz", None),
        ("Пресс-секретарь Кремля говорил.", "пресс-секретарь", None),
    ],
    ids=["es-commas", "es-run-on", "es-before", "fr", "it", "ru", "es-body-alone", "ru-body-alone"],
)
def test_the_one_named_with_an_office_in_another_language_holds_it(
    text: str, office: str, holder: str | None
) -> None:
    # Before: `office_holder` knew English's and German's offices only, and found nobody in these.
    assert office_holder(text, office) == holder


@pytest.mark.parametrize(
    "hostile",
    [
        "El portavoz " + "del Kremlin de la " * 7000 + "dijo: \u00abwe stay.\u00bb",
        "\u00abwe stay.\u00bb, escribi\u00f3 el portavoz " + "del Kremlin " * 9000,
        "El portavoz del Kremlin, " * 5000 + "dijo: \u00abwe stay.\u00bb",
    ],
    ids=["before", "behind", "commas"],
)
def test_a_crafted_passage_of_offices_alone_is_read_in_a_blink(hostile: str) -> None:
    started = time.process_time()

    office = office_subject(hostile)
    office_holder(hostile, office or "portavoz")

    assert len(hostile) > 100_000 and time.process_time() - started < 2.0


def test_an_office_with_its_article_elided_is_no_one_s_name() -> None:
    # Before: `L'ambassadeur` was read as a name, and searched as who posted.
    assert _names("L'ambassadeur a \u00e9crit : \u00ab we stay. \u00bb") == []


@pytest.mark.parametrize(
    ("office", "english"),
    [
        ("alcalde", "mayor"),
        ("sindaco", "mayor"),
        ("\u041c\u0435\u0440", "mayor"),
        ("portavoz", "spokesperson"),
        ("porte-parole", "spokesperson"),
        (
            "\u041f\u0440\u0435\u0441\u0441-\u0441\u0435\u043a\u0440\u0435\u0442\u0430\u0440\u044c",
            "spokesperson",
        ),
        ("vocera", "spokeswoman"),
        ("ministra", "minister"),
        ("L'ambassadeur", "ambassador"),
        ("Sprecher", "spokesman"),
        ("Kremlsprecher", "spokesman"),
        ("B\u00fcrgermeisterin", "mayor"),
        ("spokeswoman", "spokeswoman"),
        ("Mayor", "mayor"),
    ],
)
def test_an_office_read_in_another_language_is_named_in_english_for_the_notes(
    office: str, english: str
) -> None:
    # Before: the notes wrote the office as the passage did after an English article (`'the alcalde'`,
    # `'the Sprecher'`, `named before as the portavoz`).
    assert office_in_english(office) == english


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Пресс-секретарь Кремля", ["пресс-секретарь", "кремля"]),
        ("Le porte-parole du Kremlin", ["le", "porte-parole", "du", "kremlin"]),
        ("A Kremlin-backed channel's", ["a", "kremlin", "backed", "channel's"]),
    ],
)
def test_an_office_of_another_language_is_one_word_as_aliases_are_compared(
    text: str, words: list[str]
) -> None:
    # Before (`_words` of locate): `пресс`, `секретарь`, so a Russian alias was never found under its office.
    assert office_words(text) == words


@pytest.mark.parametrize(
    ("word", "english"),
    [
        ("cremlino", "kremlin"),
        ("кремля", "kremlin"),
        ("кремль", "kremlin"),
        ("кремлі", "kremlin"),
        ("пресс-секретарь", "spokesman"),
        ("мид", "ministry"),
        ("défense", "defence"),
        ("kiev", "kyiv"),
    ],
)
def test_an_office_s_word_or_body_in_another_language_has_its_english_form(word: str, english: str) -> None:
    # Before: `Cremlino` and `Кремля` did not meet the registry's `Kremlin spokesman`.
    assert english in office_word_forms(word)


def test_a_crafted_run_of_hyphens_and_apostrophes_is_split_in_a_blink() -> None:
    hostile = "a-'" * 20_000 + "кремля-" * 10_000 + "x" * 20_000

    started = time.process_time()
    words = office_words(hostile)

    assert len(hostile) > 100_000 and words and time.process_time() - started < 2.0


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        ("El portavoz del Kremlin Peskov dijo: \u00abwe stay.\u00bb", "Peskov"),
        ("Il portavoce del Cremlino Peskov ha detto: \u00abwe stay.\u00bb", "Peskov"),
        ("Le porte-parole du Kremlin Peskov a d\u00e9clar\u00e9 : \u00ab we stay. \u00bb", "Peskov"),
        ("O porta-voz do Kremlin Peskov disse: \u00abwe stay.\u00bb", "Peskov"),
        ("\u00abwe stay.\u00bb, dijo el portavoz del Kremlin Peskov.", "Peskov"),
        ("El ministro de Defensa Reznikov escribi\u00f3: \u00abwe stay.\u00bb", "Reznikov"),
        ("El ministro de Asuntos Exteriores Lavrov dijo: \u00abwe stay.\u00bb", "Lavrov"),
    ],
    ids=["es", "it", "fr", "pt", "es-behind", "es-defence", "es-two-word-body"],
)
def test_the_name_run_on_after_an_office_s_body_is_who_posted(passage: str, name: str) -> None:
    # Before: `del Kremlin Peskov` was a body and one word, read as the body alone (nobody named; `Exteriores
    # Lavrov` for the body of two words).
    assert _names(passage) == [name]
    assert office_subject(passage) is None


@pytest.mark.parametrize(
    "passage",
    [
        "El portavoz del Kremlin dijo: \u00abwe stay.\u00bb",
        "El portavoz del Kremlin el lunes dijo: \u00abwe stay.\u00bb",
        "El portavoz del Kremlin Enero dijo: \u00abwe stay.\u00bb",
        "El portavoz del Kremlin Lunes dijo: \u00abwe stay.\u00bb",
        "El portavoz del Kremlin Kiev dijo: \u00abwe stay.\u00bb",
        "El portavoz del Kremlin en Mosc\u00fa dijo: \u00abwe stay.\u00bb",
        "\u00abwe stay.\u00bb, dijo el portavoz del Kremlin Enero.",
        "El portavoz del Kremlin Gobierno dijo: \u00abwe stay.\u00bb",
    ],
    ids=["dijo", "lower-case", "month", "weekday", "place", "en-a-place", "behind-month", "another-body"],
)
def test_what_runs_on_after_an_office_s_body_and_is_no_name_names_nobody(passage: str) -> None:
    # `Moscú` after `en` was searched as who posted before this change; the others named nobody and still do.
    assert _names(passage) == []


@pytest.mark.parametrize(
    "hostile",
    [
        "El portavoz del Kremlin " + "Peskov " * 16_000 + "dijo: \u00abwe stay.\u00bb",
        "\u00abwe stay.\u00bb, dijo el portavoz del Kremlin " * 2_500,
        "\u00abwe stay.\u00bb, dijo el portavoz del Kremlin Peskov " * 2_100,
        "El ministro de " + "Defensa " * 14_000 + "Lavrov dijo: \u00abwe stay.\u00bb",
    ],
    ids=["names-before", "bodies-behind", "names-behind", "bodies-before"],
)
def test_a_crafted_run_of_names_after_an_office_s_body_is_read_in_a_blink(hostile: str) -> None:
    started = time.process_time()

    speakers_in_passage(hostile, [QUOTE])
    office_subject(hostile)

    assert len(hostile) > 100_000 and time.process_time() - started < 2.0


@pytest.mark.parametrize(
    ("passage", "office"),
    [
        ("Мэр Киева заявил: \u00abwe stay.\u00bb", "Мэр"),
        ("\u041c\u0435\u0440 Києва заявив: \u00abwe stay.\u00bb", "\u041c\u0435\u0440"),
        ("\u00abwe stay.\u00bb, \u2014 заявил мэр Москвы.", "мэр"),
    ],
    ids=["russian", "ukrainian", "russian-behind"],
)
def test_a_mayor_and_the_city_he_is_of_name_nobody_in_russian_or_ukrainian(passage: str, office: str) -> None:
    # Before: the city's genitive (Russian's alone, Ukrainian's with the office) was read as a name, and
    # searched as who posted.
    assert _names(passage) == []
    assert office_subject(passage) == office


def test_the_name_after_a_mayor_s_city_is_who_posted() -> None:
    assert _names("Мэр Москвы Сергей Собянин заявил: \u00abwe stay.\u00bb") == ["Сергей Собянин"]
    assert _names("\u041c\u0435\u0440 Києва Віталій Кличко заявив: \u00abwe stay.\u00bb") == [
        "Віталій Кличко"
    ]
