"""Who posted, read past an office before a cited name, a French, Spanish or German place or office between
the verb and the name behind a quote, German's `wie` (as) clause, and French titles (`Mme`, `M.`)."""

from __future__ import annotations

import time

import pytest

from provenance.locate.speakers import quote_speaker, relayed_speakers, speakers_in_passage

QUOTE = "we stay."


@pytest.mark.parametrize(
    ("passage", "writer"),
    [
        ("Medvedev wrote, citing Kremlin spokesman Dmitry Peskov: \u201cwe stay.\u201d", "Medvedev"),
        ("Citing Kremlin spokesman Dmitry Peskov, Medvedev wrote: \u201cwe stay.\u201d", "Medvedev"),
        ("Medvedev, citing Kremlin spokesman Dmitry Peskov, wrote: \u201cwe stay.\u201d", "Medvedev"),
        (
            "Dmitry Medvedev wrote on Telegram, citing the Kremlin spokesman Dmitry Peskov, that "
            "\u201cwe stay.\u201d",
            "Dmitry Medvedev",
        ),
        ("Medvedev wrote, quoting Kremlin spokesman Dmitry Peskov: \u201cwe stay.\u201d", "Medvedev"),
        ("Quoting Kremlin spokesman Dmitry Peskov, Medvedev wrote: \u201cwe stay.\u201d", "Medvedev"),
    ],
)
def test_a_source_cited_after_his_office_is_the_one_whose_words_the_writer_passed_on(
    passage: str, writer: str
) -> None:
    # Read whole, `Kremlin spokesman Dmitry Peskov` was no name: no pair was named, and the author check took
    # a post of Peskov's for no post of the passage's.
    found = relayed_speakers(passage, QUOTE)

    assert found is not None
    assert (found[0].name, found[1].name) == (writer, "Dmitry Peskov")


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        # Der Spiegel, Le Monde, El País: the place and the office between the verb and the name behind it.
        (
            "\u201ewe stay.\u201c, schrieb der ukrainische Pr\u00e4sident Wolodymyr Selenskyj auf Telegram.",
            "Wolodymyr Selenskyj",
        ),
        ("Wie Medwedew auf Telegram schrieb, \u201ewe stay.\u201c", "Medwedew"),
        (
            "\u00ab we stay. \u00bb, a \u00e9crit sur Telegram le pr\u00e9sident ukrainien, "
            "Volodymyr Zelensky.",
            "Volodymyr Zelensky",
        ),
        (
            "\u00abwe stay.\u00bb, escribi\u00f3 en X el presidente ucraniano, Vol\u00f3dimir Zelenski.",
            "Vol\u00f3dimir Zelenski",
        ),
        (
            "\u00abwe stay.\u00bb, escribi\u00f3 en su canal de Telegram Dmitri Medv\u00e9dev.",
            "Dmitri Medv\u00e9dev",
        ),
    ],
)
def test_a_speaker_behind_a_place_or_an_office_or_in_a_german_as_clause_is_who_posted(
    passage: str, name: str
) -> None:
    # Each named nobody for `locate` (the place read as the name, or the office's adjective ending it).
    assert [speaker.name for speaker in speakers_in_passage(passage, [QUOTE])] == [name]
    speaker = quote_speaker(passage, QUOTE)
    assert speaker is not None and speaker.name == name


def test_a_german_as_clause_naming_two_or_none_leaves_the_words_to_the_verbs_own_reading() -> None:
    # `Wie Medwedew schrieb` named nobody for `locate`; one naming another after the name is no one's, and a
    # `wie` naming no one leaves the name behind the verb the speaker.
    assert [s.name for s in speakers_in_passage("Wie Medwedew schrieb, \u201ewe stay.\u201c", [QUOTE])] == [
        "Medwedew"
    ]
    assert (
        speakers_in_passage("Wie Medwedew \u00fcber Selenskyj schrieb, \u201ewe stay.\u201c", [QUOTE]) == ()
    )
    passage = "Wie erwartet schrieb Medwedew: \u201ewe stay.\u201c"
    assert [s.name for s in speakers_in_passage(passage, [QUOTE])] == ["Medwedew"]


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        ("Mme Zakharova a \u00e9crit : \u00ab we stay. \u00bb", "Zakharova"),
        ("Mme Maria Zakharova a \u00e9crit : \u00ab we stay. \u00bb", "Maria Zakharova"),
        ("\u00ab we stay. \u00bb, a \u00e9crit Mme Zakharova sur Telegram.", "Zakharova"),
        ("M. Medvedev a \u00e9crit : \u00ab we stay. \u00bb", "Medvedev"),
        ("El Sr. Medv\u00e9dev escribi\u00f3: \u00abwe stay.\u00bb", "Medv\u00e9dev"),
    ],
)
def test_a_french_or_spanish_title_is_no_part_of_the_name(passage: str, name: str) -> None:
    # `Mme Zakharova` was searched as a given name and a family name; `M. Medvedev` before the verb as `M
    # Medvedev` (behind it, `a écrit M. Medvedev` was read right).
    assert [speaker.name for speaker in speakers_in_passage(passage, [QUOTE])] == [name]
    speaker = quote_speaker(passage, QUOTE)
    assert speaker is not None and speaker.name == name


@pytest.mark.parametrize(
    "hostile",
    [
        pytest.param(
            "\u00ab we stay. \u00bb, a \u00e9crit "
            + "sur son canal de Telegram le pr\u00e9sident " * 4000
            + "Zelensky.",
            id="french places and offices",
        ),
        pytest.param(
            "Wie der " + "fr\u00fchere " * 14_000 + "Pr\u00e4sident Medwedew schrieb, \u201ewe stay.\u201c",
            id="german adjectives",
        ),
        pytest.param(
            "Medvedev wrote, citing " + "Kremlin spokesman " * 6000 + "Dmitry Peskov: \u201cwe stay.\u201d",
            id="offices before a cited name",
        ),
    ],
)
def test_a_crafted_passage_of_places_offices_or_adjectives_is_read_in_a_blink(hostile: str) -> None:
    # Each new reading looks at a bounded number of words after the verb or before the cited name.
    started = time.process_time()

    speakers_in_passage(hostile, [QUOTE])
    relayed_speakers(hostile, QUOTE)

    assert len(hostile) > 100_000 and time.process_time() - started < 2.0
