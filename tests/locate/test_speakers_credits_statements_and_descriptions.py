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
