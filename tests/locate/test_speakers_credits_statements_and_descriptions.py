"""Who posted, read from English shapes that named the wrong one or nobody: a credit opening the words (`Via
Dmitry Medvedev: “…”`; a hat tip credits who pointed to them, not who wrote them), a statement's or a post's
author (`A statement from Dmitry Medvedev read`, `The post, by Dmitry Medvedev, read`), the livelier verbs of
reporters (`mused`, `thundered`, `raged`) and two descriptions between commas (`Medvedev, 57, the deputy
chairman of the Security Council, wrote`)."""

from __future__ import annotations

import time

import pytest

from provenance.locate.speakers import quote_speaker, speakers_in_passage

QUOTE = "we stay."


def _names(passage: str) -> list[str]:
    return [speaker.name for speaker in speakers_in_passage(passage, [QUOTE])]


@pytest.mark.parametrize("verb", ["mused", "thundered", "raged"])
@pytest.mark.parametrize(
    "shape",
    [
        "Dmitry Medvedev {verb}: \u201cwe stay.\u201d",
        "\u201cwe stay,\u201d {verb} Dmitry Medvedev.",
        "\u201cwe stay,\u201d Dmitry Medvedev {verb} on Telegram.",
    ],
)
def test_a_reporters_livelier_verb_gives_the_words_to_its_subject(verb: str, shape: str) -> None:
    # `Dmitry Medvedev mused: “…”` named nobody, and the words passed on any account's post.
    passage = shape.format(verb=verb)
    quote = "we stay," if "stay,\u201d" in passage else QUOTE
    assert [speaker.name for speaker in speakers_in_passage(passage, [quote])] == ["Dmitry Medvedev"]
    speaker = quote_speaker(passage, quote)
    assert speaker is not None and speaker.name == "Dmitry Medvedev"


@pytest.mark.parametrize(
    ("passage", "name"),
    [
        (
            "Medvedev, 57, the deputy chairman of the Security Council, wrote: \u201cwe stay.\u201d",
            "Medvedev",
        ),
        (
            "Dmitry Medvedev, 57, the deputy chairman of the Security Council, wrote: \u201cwe stay.\u201d",
            "Dmitry Medvedev",
        ),
        # The age last: read alone, the body the office is of (`Security Council`) was who wrote.
        (
            "Medvedev, the deputy chairman of the Security Council, 57, wrote: \u201cwe stay.\u201d",
            "Medvedev",
        ),
        (
            "Medvedev, a former president, the deputy chairman of the Security Council, wrote: "
            "\u201cwe stay.\u201d",
            "Medvedev",
        ),
    ],
)
def test_two_descriptions_between_commas_leave_the_name_before_them_the_speaker(passage: str, name: str) -> None:
    # Only the last description was read: the name before it was `57`'s (no one's), or the Security Council's.
    assert _names(passage) == [name]
    speaker = quote_speaker(passage, QUOTE)
    assert speaker is not None and speaker.name == name
    assert "Security Council" in (speakers_in_passage(passage, [QUOTE])[0].role or "")


def test_a_list_of_names_between_commas_is_not_read_as_descriptions() -> None:
    # Only a description or an age is passed over: a name between commas stays the one before the verb.
    assert _names("Rybar, WarGonzo, the pro-war channel, wrote: \u201cwe stay.\u201d") == ["WarGonzo"]
