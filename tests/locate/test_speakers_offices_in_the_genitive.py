"""Russian and Ukrainian passages naming who posted by an office and a name in the genitive after `по словам`
or `за словами`: the office, whose it is and the body it sits in (`постпреда Росії в` the UN) are no part of
the name read."""

from __future__ import annotations

import pytest

from provenance.locate.speakers import speakers_in_passage

QUOTE = "«Ніяких переговорів до весни»."
UN = "\u041e\u041e\u041d"  # the UN's acronym, in Cyrillic letters ruff reads as Latin look-alikes
FOREIGN_MINISTRY = "\u041c\u0417\u0421"  # Ukrainian's acronym for the foreign ministry
ACCORDING_TO = "\u0417\u0430 словами"  # Ukrainian's `according to`, its capital a look-alike too


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        (f"{ACCORDING_TO} постпреда Росії в {UN} Небензі", "Небензі"),
        (f"По словам постпреда России при {UN} Небензи", "Небензи"),
        (f"{ACCORDING_TO} речниці {FOREIGN_MINISTRY} Росії Захарової", "Захарової"),
        (f"{ACCORDING_TO} депутата Держдуми Гурульова", "Гурульова"),
        (f"{ACCORDING_TO} секретаря Радбезу Данілова", "Данілова"),
    ],
    ids=[
        "un-envoy-ukrainian",
        "un-envoy-russian",
        "spokeswoman-ukrainian",
        "duma-deputy",
        "security-secretary",
    ],
)
def test_an_office_and_its_body_before_a_genitive_name_are_no_part_of_it(opening: str, name: str) -> None:
    # Before: the envoy's, the spokeswoman's and the secretary's passages named no one, the deputy's named
    # `Держдуми Гурульова` (the Duma's genitive read as a given name).
    (speaker,) = speakers_in_passage(f"{opening}, {QUOTE}")

    assert speaker.name == name and speaker.genitive


def test_a_preposition_after_an_office_with_no_body_after_it_ends_the_office() -> None:
    # `в Москві` says where, and is no body: no name is read past it.
    assert speakers_in_passage(f"{ACCORDING_TO} депутата в Москві Іванова, {QUOTE}") == ()
