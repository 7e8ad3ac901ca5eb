"""The searches that decide whether a note is read again for a qualified day or a weekday find a word
wherever a test of each word finds one: a note they passed over holding one would be checked as if it gave
its day plainly (`before January 23, 2022` confirmed by the post's day, `Friday, January 23, 2022` not
warned of, a Sunday)."""

from __future__ import annotations

import random

from provenance.checks import date

_NOTES = (
    "Desk, “Desk report”, January 21, 2022, http://site0.example/page/1",
    "Lina Haddad (@lina), posted before January 23, 2022, https://x.com/lina/status/1",
    "Канал «Новости», пятница, 21 января 2022, https://t.me/news/12",
    "Ministerio, sábado 22 de enero de 2022, ca. 14:00, https://example.org/a",
    "وزارة، الجمعة 21 يناير 2022، https://example.org/b",
)


def _notes(count: int, seed: int) -> list[str]:
    """The notes above, casefolded, and notes made of their characters with a gate's words set in them."""
    chance = random.Random(seed)
    characters = "".join(sorted(set("".join(_NOTES).casefold())))
    words = [*date._QUALIFIER_STEMS, *date._WEEKDAY_NUMBERS]
    made = [note.casefold() for note in _NOTES]
    for _ in range(count):
        text = "".join(chance.choice(characters) for _ in range(chance.randint(0, 40)))
        for _ in range(chance.randint(0, 2)):
            at = chance.randint(0, len(text))
            text = text[:at] + chance.choice(words) + text[at:]
        made.append(text)
    return made


def test_the_qualifier_search_finds_a_stem_wherever_a_test_of_each_stem_finds_one() -> None:
    for note in _notes(5_000, 1):
        found = date._QUALIFIER_STEM().search(note) is not None
        assert found == any(stem in note for stem in date._QUALIFIER_STEMS), note


def test_the_weekday_search_finds_a_name_wherever_a_test_of_each_name_finds_one() -> None:
    for note in _notes(5_000, 2):
        found = date._ANY_WEEKDAY().search(note) is not None
        assert found == any(name in note for name in date._WEEKDAY_NUMBERS), note
