"""Who posted, read past a Russian or Ukrainian office before the name (declined or not, with what it is the
office of), past Spanish courtesy titles written without a stop, and from the shapes English and Italian
reports give a speaker in."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from provenance.locate.registry import Account, match_accounts
from provenance.locate.speakers import build_query, quote_speaker, relayed_speakers, speakers_in_passage
from provenance.models import Citation, Context, Footnote, Platform

QUOTE = "we stay."
PESKOV = Account(
    name="Dmitry Peskov", aliases=("Дмитрий Песков",), platform=Platform.TELEGRAM, handle="example_peskov"
)


def _query_speakers(passage: str) -> list[tuple[str, str, bool]]:
    footnote = Footnote(
        label="1",
        text="[1] Telegram, January 21, 2022.",
        line=3,
        contexts=(Context(line=1, text=passage, quotes=(QUOTE,)),),
    )
    citation = Citation(platform=Platform.TELEGRAM, date=dt.date(2022, 1, 21))
    return [(s.name, s.source, s.genitive) for s in build_query(footnote, citation).speakers]


@pytest.mark.parametrize(
    "passage",
    [
        "Медведев написал, ссылаясь на пресс-секретаря Кремля Дмитрия Пескова: \u00abwe stay.\u00bb",
        "Ссылаясь на пресс-секретаря Кремля Дмитрия Пескова, Медведев написал: \u00abwe stay.\u00bb",
        "Медведев, ссылаясь на пресс-секретаря Кремля Дмитрия Пескова, написал: \u00abwe stay.\u00bb",
        "Медведев написал \u0441\u043e ссылкой на пресс-секретаря Кремля Дмитрия Пескова: «we stay.»",
    ],
)
def test_a_source_cited_after_his_declined_office_is_searched_under_his_registry_name(passage: str) -> None:
    # Read whole, `пресс-секретаря Кремля Дмитрия Пескова` was no name: Peskov, whose words Medvedev passed
    # on, was not searched, and his post was no post of the passage's for the author check.
    assert _query_speakers(passage) == [("Медведев", "subject", False), ("Дмитрия Пескова", "cited", True)]
    relayed = relayed_speakers(passage, QUOTE)
    assert relayed is not None
    assert (relayed[0].name, relayed[1].name, relayed[1].genitive) == ("Медведев", "Дмитрия Пескова", True)
    # The genitive is read back to the nominative the registry keeps, in either script.
    assert [match.account.handle for match in match_accounts("Дмитрия Пескова", [PESKOV], genitive=True)] == [
        "example_peskov"
    ]


@pytest.mark.parametrize(
    ("passage", "cited"),
    [
        (
            "Медведєв написав, посилаючись на речника \u041c\u0417\u0421 Олега Ніколенка: «we stay.»",
            "Олега Ніколенка",
        ),
        (
            "Медведєв написав, посилаючись на міністра оборони Олексія Резнікова: \u00abwe stay.\u00bb",
            "Олексія Резнікова",
        ),
    ],
)
def test_a_ukrainian_source_cited_after_his_declined_office_is_searched(passage: str, cited: str) -> None:
    assert _query_speakers(passage) == [("Медведєв", "subject", False), (cited, "cited", True)]


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        ("По словам министра обороны Сергея Шойгу, \u00abwe stay.\u00bb", "Сергея Шойгу"),
        (
            "\u0417\u0430 словами міністра оборони Олексія Резнікова, \u00abwe stay.\u00bb",
            "Олексія Резнікова",
        ),
        ("По словам министра иностранных дел России Сергея Лаврова, \u00abwe stay.\u00bb", "Сергея Лаврова"),
        ("По словам главы Офиса президента Андрея Ермака, \u00abwe stay.\u00bb", "Андрея Ермака"),
    ],
)
def test_what_a_declined_office_is_of_is_no_part_of_the_name_after_po_slovam(passage: str, name: str) -> None:
    # `обороны`, `иностранных дел`, `Офиса президента`: the office's own words, in lower case, ended the
    # office, and the passage named nobody.
    assert [(s.name, s.source, s.genitive) for s in speakers_in_passage(passage, [QUOTE])] == [
        (name, "inverted", True)
    ]
    speaker = quote_speaker(passage, QUOTE)
    assert speaker is not None and (speaker.name, speaker.genitive) == (name, True)


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        ("Як заявив міністр оборони Олексій Резніков, \u00abwe stay.\u00bb", "Олексій Резніков"),
        ("Як заявив міністр оборони Олексій Резніков: \u00abwe stay.\u00bb", "Олексій Резніков"),
        ("Как заявил министр обороны Сергей Шойгу, \u00abwe stay.\u00bb", "Сергей Шойгу"),
        ("Как заявил пресс-секретарь Кремля Дмитрий Песков, \u00abwe stay.\u00bb", "Дмитрий Песков"),
        ("Як заявив речник \u041c\u0417\u0421 Олег Ніколенко, \u00abwe stay.\u00bb", "Олег Ніколенко"),
        ("\u00abwe stay.\u00bb, \u2014 заявив міністр оборони Олексій Резніков.", "Олексій Резніков"),
        (
            "\u00abwe stay.\u00bb, \u2014 заявил министр иностранных дел России Сергей Лавров.",
            "Сергей Лавров",
        ),
    ],
)
def test_an_office_and_what_it_is_of_before_the_name_after_the_verb_are_no_part_of_it(
    passage: str, name: str
) -> None:
    # `Як заявив міністр оборони Олексій Резніков` named nobody for `locate` (`оборони` ended the office),
    # and `Як заявив міністр Олексій Резніков,` nobody for the author check (an office in its four words).
    assert [s.name for s in speakers_in_passage(passage, [QUOTE])] == [name]
    speaker = quote_speaker(passage, QUOTE)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "passage",
    [
        "Медведев написал, ссылаясь на пресс-секретаря Кремля: \u00abwe stay.\u00bb",
        "Медведєв написав, посилаючись на речника \u041c\u0417\u0421: \u00abwe stay.\u00bb",
    ],
)
def test_an_office_alone_cited_names_no_source(passage: str) -> None:
    # Past its office, `Кремля` or a ministry's acronym says whose office it is: a body, no one to search.
    assert [source for _, source, _ in _query_speakers(passage)] == ["subject"]
    assert relayed_speakers(passage, QUOTE) is None


@pytest.mark.parametrize(
    "passage",
    [
        "По словам министра, \u00abwe stay.\u00bb",
        "По словам пресс-секретаря Кремля, \u00abwe stay.\u00bb",
        "По словам министра обороны, \u00abwe stay.\u00bb",
        "\u00abwe stay.\u00bb, \u2014 заявил министр обороны.",
    ],
)
def test_an_office_alone_after_po_slovam_or_the_verb_names_nobody(passage: str) -> None:
    # `По словам министра, «…»`: the clause ended at the office, and the quote after it was read as a
    # channel's name in guillemets, the words' own speaker.
    assert speakers_in_passage(passage, [QUOTE]) == ()
    assert quote_speaker(passage, QUOTE) is None


@pytest.mark.parametrize(
    "hostile",
    [
        pytest.param(
            "Медведев написал, ссылаясь на "
            + "пресс-секретаря " * 7000
            + "Дмитрия Пескова: \u00abwe stay.\u00bb",
            id="declined offices before a cited name",
        ),
        pytest.param(
            "По словам министра " + "обороны " * 13_000 + "Сергея Шойгу, \u00abwe stay.\u00bb",
            id="lower-case words after a declined office",
        ),
        pytest.param(
            "Як заявив міністр " + "оборони " * 13_000 + "Олексій Резніков, \u00abwe stay.\u00bb",
            id="lower-case words after an office",
        ),
        pytest.param(
            "\u00abwe stay.\u00bb, \u2014 заявил " + "министр обороны " * 6500 + "Сергей Шойгу.",
            id="offices behind the quote",
        ),
    ],
)
def test_a_crafted_passage_of_slavic_offices_is_read_in_a_blink(hostile: str) -> None:
    started = time.process_time()

    speakers_in_passage(hostile, [QUOTE])
    quote_speaker(hostile, QUOTE)
    relayed_speakers(hostile, QUOTE)

    assert len(hostile) > 100_000 and time.process_time() - started < 2.0


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        ("Sra P\u00e9rez escribi\u00f3: \u00abwe stay.\u00bb", "P\u00e9rez"),
        ("Srta L\u00f3pez escribi\u00f3: \u00abwe stay.\u00bb", "L\u00f3pez"),
        ("Sr Garc\u00eda escribi\u00f3: \u00abwe stay.\u00bb", "Garc\u00eda"),
        ("La Sra Ana P\u00e9rez escribi\u00f3 en Telegram: \u00abwe stay.\u00bb", "Ana P\u00e9rez"),
        ("\u00abwe stay.\u00bb, escribi\u00f3 la Sra P\u00e9rez.", "P\u00e9rez"),
        ("\u00abwe stay.\u00bb, dijo el Sr Garc\u00eda.", "Garc\u00eda"),
        ("\u00abwe stay.\u00bb, dijo la Srta. L\u00f3pez.", "L\u00f3pez"),
        ("Seg\u00fan la Sra P\u00e9rez, \u00abwe stay.\u00bb", "P\u00e9rez"),
    ],
)
def test_a_spanish_title_without_its_stop_is_no_part_of_the_name(passage: str, name: str) -> None:
    # `Sra Pérez` was searched as a given name and a family name (only `Sra.` with its stop was a title), and
    # `dijo la Srta. López` named `Srta`, its stop read as the sentence's end.
    assert [speaker.name for speaker in speakers_in_passage(passage, [QUOTE])] == [name]
    speaker = quote_speaker(passage, QUOTE)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        ("Medvedev, 57, wrote: \u201cwe stay.\u201d", "Medvedev"),
        ("Dmitry Medvedev, 57, wrote on Telegram: \u201cwe stay.\u201d", "Dmitry Medvedev"),
        ("Maria Zakharova, 48, posted on Telegram that \u201cwe stay.\u201d", "Maria Zakharova"),
    ],
)
def test_a_speakers_age_set_off_by_commas_leaves_the_name_the_speaker(passage: str, name: str) -> None:
    # Wire copy gives an age after the name (`Medvedev, 57, wrote`): the comma before the verb ended the
    # name's clause, and the passage named nobody.
    assert [speaker.name for speaker in speakers_in_passage(passage, [QUOTE])] == [name]
    speaker = quote_speaker(passage, QUOTE)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        ("\u201cwe stay,\u201d wrote former Russian President Dmitry Medvedev.", "Dmitry Medvedev"),
        ("\u201cwe stay,\u201d wrote former deputy chairman Dmitry Medvedev.", "Dmitry Medvedev"),
        ("\u201cwe stay,\u201d said the former president Dmitry Medvedev.", "Dmitry Medvedev"),
        ("\u201cwe stay,\u201d said acting governor Vyacheslav Gladkov.", "Vyacheslav Gladkov"),
    ],
)
def test_when_an_office_was_held_is_no_part_of_the_name_behind_the_quote(passage: str, name: str) -> None:
    # `former` in lower case before the office ended the words after the verb: nobody was named.
    assert [speaker.name for speaker in speakers_in_passage(passage, [QUOTE])] == [name]
    speaker = quote_speaker(passage, QUOTE)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "passage",
    [
        "Rybar, 2022, wrote: \u201cwe stay.\u201d",
        "\u201cwe stay,\u201d said the former Kremlin spokesman.",
        "\u201cwe stay,\u201d said former officials.",
    ],
)
def test_a_year_or_a_former_office_alone_names_nobody(passage: str) -> None:
    # A year is no age; an office that was held, with no name after it, is no one's name.
    assert speakers_in_passage(passage, [QUOTE]) == ()
    assert quote_speaker(passage, QUOTE) is None


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        ("Secondo Dmitri Medvedev, \u00abwe stay.\u00bb", "Dmitri Medvedev"),
        ("Dmitri Medvedev ha scritto su Telegram: \u00abwe stay.\u00bb", "Dmitri Medvedev"),
        ("Medvedev ha anche scritto: \u00abwe stay.\u00bb", "Medvedev"),
        ("\u00abwe stay.\u00bb, ha scritto Dmitri Medvedev.", "Dmitri Medvedev"),
        ("\u00abwe stay.\u00bb, ha scritto Medvedev su Telegram.", "Medvedev"),
        ("\u00abwe stay.\u00bb, ha scritto su Telegram Dmitri Medvedev.", "Dmitri Medvedev"),
        (
            "\u00abwe stay.\u00bb, ha dichiarato il presidente ucraino Volodymyr Zelensky.",
            "Volodymyr Zelensky",
        ),
        ("Il presidente ucraino Volodymyr Zelensky ha scritto: \u00abwe stay.\u00bb", "Volodymyr Zelensky"),
    ],
)
def test_an_italian_passage_names_its_speaker(passage: str, name: str) -> None:
    # Italian's `secondo` (according to), its verbs after the auxiliary `ha` and the present `scrive` named
    # nobody: the note's words passed any account's post.
    assert [speaker.name for speaker in speakers_in_passage(passage, [QUOTE])] == [name]
    speaker = quote_speaker(passage, QUOTE)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        ("\u00abwe stay.\u00bb, escribi\u00f3 el portavoz del Kremlin, Dmitri Peskov.", "Dmitri Peskov"),
        ("\u00ab we stay. \u00bb, a \u00e9crit le porte-parole du Kremlin, Dmitri Peskov.", "Dmitri Peskov"),
        ("\u00abwe stay.\u00bb, ha scritto il portavoce del Cremlino, Dmitri Peskov.", "Dmitri Peskov"),
    ],
)
def test_the_body_an_office_behind_the_quote_is_of_is_not_the_speaker(passage: str, name: str) -> None:
    # `el portavoz del Kremlin, Dmitri Peskov` named `Kremlin` as who wrote: a body, not a person.
    assert [speaker.name for speaker in speakers_in_passage(passage, [QUOTE])] == [name]
    speaker = quote_speaker(passage, QUOTE)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "passage",
    [
        "Secondo fonti ucraine, \u00abwe stay.\u00bb",
        "\u00abwe stay.\u00bb, escribi\u00f3 el portavoz del Kremlin.",
        "\u00abwe stay.\u00bb, ha scritto il portavoce del Cremlino.",
    ],
)
def test_unnamed_sources_or_an_office_of_a_body_name_nobody_in_italian_or_spanish(passage: str) -> None:
    assert speakers_in_passage(passage, [QUOTE]) == ()
    assert quote_speaker(passage, QUOTE) is None


def test_a_capitalised_ha_ends_a_name_and_is_no_italian_auxiliary() -> None:
    assert [s.name for s in speakers_in_passage("Nguyen Thi Ha scritto: \u00abwe stay.\u00bb", [QUOTE])] == [
        "Nguyen Thi Ha"
    ]


def test_a_crafted_italian_passage_is_read_in_a_blink() -> None:
    hostile = "\u00abwe stay.\u00bb, ha scritto " + "il portavoce del Cremlino " * 4000 + "Dmitri Peskov."
    started = time.process_time()

    speakers_in_passage(hostile, [QUOTE])
    quote_speaker(hostile, QUOTE)
    relayed_speakers(hostile, QUOTE)

    assert len(hostile) > 100_000 and time.process_time() - started < 2.0


def test_a_body_run_into_the_name_without_a_comma_still_matches_the_person() -> None:
    # Without the comma, which capital opens the name is unsaid: the words from the body on are read as
    # before, and match the registry's person whatever stands before the name.
    passage = "\u00abwe stay.\u00bb, escribi\u00f3 el portavoz del Kremlin Dmitri Peskov."
    (speaker,) = speakers_in_passage(passage, [QUOTE])
    assert [match.account.handle for match in match_accounts(speaker.name, [PESKOV])] == ["example_peskov"]


@pytest.mark.parametrize(
    ("passage", "names"),
    [
        ("Peskov y Zaj\u00e1rova dijeron: \u00abwe stay.\u00bb", ["Peskov", "Zaj\u00e1rova"]),
        ("\u00abwe stay.\u00bb, dijeron Peskov y Zaj\u00e1rova.", ["Peskov", "Zaj\u00e1rova"]),
        (
            "Dmitri Peskov y Mar\u00eda Zaj\u00e1rova escribieron en Telegram: \u00abwe stay.\u00bb",
            ["Dmitri Peskov", "Mar\u00eda Zaj\u00e1rova"],
        ),
        ("Peskov e Zakharova disseram: \u00abwe stay.\u00bb", ["Peskov", "Zakharova"]),
        ("Peskov et Zakharova ont d\u00e9clar\u00e9 : \u00ab we stay. \u00bb", ["Peskov", "Zakharova"]),
        ("\u00ab we stay. \u00bb, ont d\u00e9clar\u00e9 Peskov et Zakharova.", ["Peskov", "Zakharova"]),
        ("Peskov e Zakharova hanno detto: \u00abwe stay.\u00bb", ["Peskov", "Zakharova"]),
    ],
    ids=["es", "es-behind", "es-full-names", "pt", "fr", "fr-behind", "it"],
)
def test_two_speakers_of_a_romance_list_s_verb_are_each_searched(passage: str, names: list[str]) -> None:
    # Before: `dijeron`, `disseram` were no verbs of saying and `y`, `e`, `et` joined no list: nobody was
    # named (or `Peskov y Zajárova`, one name, or the second alone), and neither account searched.
    assert [speaker.name for speaker in speakers_in_passage(passage, [QUOTE])] == names
    # Neither is the one speaker the author check holds the post to.
    assert quote_speaker(passage, QUOTE) is None


def test_a_name_joined_by_y_before_a_verb_of_one_stays_one_name() -> None:
    assert [
        speaker.name
        for speaker in speakers_in_passage(
            "Jos\u00e9 Ortega y Gasset escribi\u00f3: \u00abwe stay.\u00bb", [QUOTE]
        )
    ] == ["Jos\u00e9 Ortega y Gasset"]


def test_a_crafted_romance_list_is_read_in_a_blink() -> None:
    hostile = [
        "Peskov y " * 12_000 + "Zaj\u00e1rova dijeron: \u00abwe stay.\u00bb",
        "\u00abwe stay.\u00bb, dijeron " + "Peskov e " * 12_000 + "Zakharova.",
        "Peskov et Zakharova ont " * 5_000 + "d\u00e9clar\u00e9 : \u00ab we stay. \u00bb",
    ]

    started = time.process_time()
    for passage in hostile:
        speakers_in_passage(passage, [QUOTE])
        quote_speaker(passage, QUOTE)
        relayed_speakers(passage, QUOTE)

    assert all(len(passage) > 100_000 for passage in hostile)
    assert time.process_time() - started < 2.0
