"""`provenance locate` on a passage giving the words to a role, not a person (`The mayor said: “…”`, `the
ministry's spokeswoman wrote`): the registry account whose alias holds that office is a guess where the
passage says the rest of the alias (`Mayor of Kyiv` after `Kyiv was shelled`); else the footnote says the
passage names a role, and which registry entries hold it. Loopback copy of a fictional channel's preview.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.locate.runs import Locating, Locator
from tests.locate.site import Site, channel_posts

QUOTE = "The metro stations of the city are open as shelters for everyone tonight."
POSTS = channel_posts(9001, {25: f"{QUOTE} Stay safe."}, salt=2)
REGISTRY = (
    "name,aliases,platform,handle,notes\n"
    "Vitalik Examplenko,Mayor of Kyiv,telegram,example_mayor,fictional\n"
    "Maria Examplova,Foreign Ministry spokeswoman,telegram,example_spokeswoman,fictional\n"
)

# The footnote every passage here points to: no link, so `locate` searches.
NOTE = "\n\n[1] Telegram, January 21, 2022.\n"


@pytest.fixture
def locate(locating: Locating) -> Locator:
    return locating(Site({"example_mayor": ("Example Mayor", POSTS)}, "example_nobody", []), REGISTRY)


def test_the_registry_account_whose_alias_holds_the_role_the_passage_places_is_a_guess(
    locate: Locator,
) -> None:
    # Before: "names nobody who posted", and no candidate.
    _, footnote, _ = locate(f'Kyiv was shelled again overnight. The mayor wrote: "{QUOTE}"[1]{NOTE}')

    assert footnote["speakers"] == ["Mayor of Kyiv"]
    assert footnote["candidates"][0]["url"] == f"https://t.me/example_mayor/{POSTS[25].id}"
    assert footnote["notes"][0].startswith(
        "the passage gives the words to a role, 'the mayor', not a person: the registry gives that office as "
        "'Mayor of Kyiv', which the passage's words fit; a guess"
    )


@pytest.mark.parametrize(
    ("passage", "office", "entry"),
    [
        (
            f'Russian strikes hit the capital overnight. The mayor said: "{QUOTE}"[1]',
            "mayor",
            "Vitalik Examplenko (telegram @example_mayor) ('Mayor of Kyiv')",
        ),
        (
            # Before: `Moscow`, the passage's subject, was guessed as who posted.
            f'Moscow denied the claims. The ministry\'s spokeswoman wrote: "{QUOTE}"[1]',
            "spokeswoman",
            "Maria Examplova (telegram @example_spokeswoman) ('Foreign Ministry spokeswoman')",
        ),
    ],
)
def test_a_role_the_passage_does_not_place_is_said_to_be_no_person_and_not_searched(
    locate: Locator,
    passage: str,
    office: str,
    entry: str,
) -> None:
    _, footnote, _ = locate(passage + NOTE)

    assert footnote["speakers"] == [] and footnote["candidates"] == []
    assert footnote["notes"] == [
        f"the passage gives the words to a role, 'the {office}', not a person: give the person's name in the "
        "passage, the account's handle in the note or the citations file, or a registry alias naming the "
        "office as the report does",
        f"the registry gives the office to {entry}, but the passage does not say which {office}: "
        "not searched",
    ]


@pytest.mark.parametrize(
    "passage",
    [
        f"Kyiv fue bombardeada de nuevo anoche. El alcalde escribi\u00f3: \u00ab{QUOTE}\u00bb[1]",
        f"Kyiv a de nouveau \u00e9t\u00e9 bombard\u00e9e. \u00ab {QUOTE} \u00bb, a \u00e9crit le maire.[1]",
        f"Kyiv \u00e8 stata bombardata di nuovo. Il sindaco ha scritto: \u00ab{QUOTE}\u00bb[1]",
    ],
    ids=["spanish", "french-behind-the-quote", "italian"],
)
def test_a_role_in_another_language_takes_the_registry_account_whose_english_alias_holds_it(
    locate: Locator, passage: str
) -> None:
    # Before: `El alcalde escribi\u00f3` read no office (English and German only): "names nobody who posted",
    # and no candidate, though the registry gives the office as `Mayor of Kyiv`.
    _, footnote, _ = locate(passage + NOTE)

    assert footnote["speakers"] == ["Mayor of Kyiv"]
    assert footnote["candidates"][0]["url"] == f"https://t.me/example_mayor/{POSTS[25].id}"
    # The note names the office in English, as its other words are: `'the alcalde'` read in two languages.
    assert footnote["notes"][0].startswith("the passage gives the words to a role, 'the mayor', not a person")
    assert (
        "the registry gives that office as 'Mayor of Kyiv', which the passage's words fit; a guess"
        in (footnote["notes"][0])
    )


def test_a_role_in_another_language_the_passage_does_not_place_is_not_searched(locate: Locator) -> None:
    _, footnote, _ = locate(f"El alcalde escribi\u00f3: \u00ab{QUOTE}\u00bb[1]{NOTE}")

    assert footnote["speakers"] == [] and footnote["candidates"] == []
    # Before: `'the alcalde'` and `which alcalde`, an English article before a Spanish office.
    assert footnote["notes"][0].startswith("the passage gives the words to a role, 'the mayor', not a person")
    assert footnote["notes"][1] == (
        "the registry gives the office to Vitalik Examplenko (telegram @example_mayor) ('Mayor of Kyiv'), "
        "but the passage does not say which mayor: not searched"
    )


# A registry whose office alias is in English, and one whose alias is in Russian: the office a passage names
# in another language, and what it is of, meet it through a small table of office words.
KREMLIN_REGISTRY = (
    "name,aliases,platform,handle,notes\nDmitri Examplov,{alias},telegram,example_kremlin,fictional\n"
)


@pytest.fixture
def locate_kremlin(locating: Locating) -> Callable[[str, str], tuple[int, dict[str, Any], str]]:
    def run(alias: str, report: str) -> tuple[int, dict[str, Any], str]:
        site = Site({"example_kremlin": ("Example Kremlin", POSTS)}, "example_nobody", [])
        return locating(site, KREMLIN_REGISTRY.format(alias=alias))(report)

    return run


@pytest.mark.parametrize(
    ("alias", "passage"),
    [
        ("Kremlin spokesman", f"Il portavoce del Cremlino ha scritto: \u00ab{QUOTE}\u00bb[1]"),
        (
            "Kremlin spokesman",
            f"Пресс-секретарь Кремля заявил: \u00ab{QUOTE}\u00bb[1]",
        ),
        (
            "Kremlin spokesman",
            f"Прес-секретар Кремля заявив: \u00ab{QUOTE}\u00bb[1]",
        ),
        (
            "Пресс-секретарь Кремля",
            f'The Kremlin spokesman wrote: "{QUOTE}"[1]',
        ),
    ],
    ids=["italian-cremlino", "russian-kremlya", "ukrainian-kremlya", "english-passage-russian-alias"],
)
def test_an_office_and_its_body_in_another_language_meet_the_registry_alias_in_english(
    locate_kremlin: Callable[[str, str], tuple[int, dict[str, Any], str]], alias: str, passage: str
) -> None:
    # Before: `Cremlino` and `Кремля` are not `Kremlin`, so the alias's `Kremlin` went unsaid; and a Russian
    # alias was filed under `пресс` and `секретарь`, never under `spokesman`: no one searched, no candidate.
    _, footnote, _ = locate_kremlin(alias, passage + NOTE)

    assert footnote["speakers"] == [alias]
    assert footnote["candidates"][0]["url"] == f"https://t.me/example_kremlin/{POSTS[25].id}"
    assert footnote["notes"][0].startswith("the passage gives the words to a role, 'the spokes")


def test_an_office_of_another_body_in_another_language_does_not_meet_the_alias(
    locate_kremlin: Callable[[str, str], tuple[int, dict[str, Any], str]],
) -> None:
    _, footnote, _ = locate_kremlin(
        "Kremlin spokesman", f"Il portavoce del Pentagono ha scritto: \u00ab{QUOTE}\u00bb[1]{NOTE}"
    )

    assert footnote["speakers"] == [] and footnote["candidates"] == []
    assert footnote["notes"][1] == (
        "the registry gives the office to Dmitri Examplov (telegram @example_kremlin) ('Kremlin spokesman'), "
        "but the passage does not say which spokesperson: not searched"
    )


@pytest.mark.parametrize(
    "passage",
    [
        f"El portavoz del Kremlin Examplov escribi\u00f3: \u00ab{QUOTE}\u00bb[1]",
        f"\u00ab{QUOTE}\u00bb, ha scritto il portavoce del Cremlino Examplov.[1]",
    ],
    ids=["before-the-quote", "behind-the-quote"],
)
def test_the_name_run_on_after_an_office_s_body_is_searched(
    locate_kremlin: Callable[[str, str], tuple[int, dict[str, Any], str]], passage: str
) -> None:
    # Before: `del Kremlin Examplov` was read as the office's body alone: "a role, 'the portavoz', not a
    # person", and the account of the one named went unsearched.
    code, footnote, _ = locate_kremlin("", passage + NOTE)

    assert code == 0
    assert footnote["speakers"] == ["Examplov"]
    assert footnote["candidates"][0]["url"] == f"https://t.me/example_kremlin/{POSTS[25].id}"
    assert not any("gives the words to a role" in note for note in footnote["notes"])


@pytest.mark.parametrize(
    "passage",
    [
        f"Kiev fue bombardeada de nuevo anoche. El alcalde escribi\u00f3: \u00ab{QUOTE}\u00bb[1]",
        f"Il sindaco di Kiev ha scritto: \u00ab{QUOTE}\u00bb[1]",
    ],
    ids=["spanish", "italian"],
)
def test_a_role_placed_in_the_city_s_other_spelling_takes_the_registry_account(
    locate: Locator, passage: str
) -> None:
    # Before: `Kiev`, as Spanish and Italian write it, did not say the `Kyiv` of the alias `Mayor of Kyiv`:
    # "the passage does not say which mayor", and no candidate.
    _, footnote, _ = locate(passage + NOTE)

    assert footnote["speakers"] == ["Mayor of Kyiv"]
    assert footnote["candidates"][0]["url"] == f"https://t.me/example_mayor/{POSTS[25].id}"


@pytest.mark.parametrize(
    ("above", "taken"),
    [
        ("Smoke rose over the Foreign Ministry overnight.", True),
        ("Smoke rose over the Defence Ministry overnight.", False),
    ],
    ids=["foreign-ministry", "another-ministry"],
)
def test_a_body_of_two_english_words_is_said_only_by_both(
    locate_kremlin: Callable[[str, str], tuple[int, dict[str, Any], str]], above: str, taken: bool
) -> None:
    # `МИД` is the Foreign Ministry: a passage saying `Ministry` of another ministry does not say it.
    alias = "Пресс-секретарь МИД"
    _, footnote, _ = locate_kremlin(alias, f'{above} The spokesman wrote: "{QUOTE}"[1]{NOTE}')

    assert footnote["speakers"] == ([alias] if taken else [])


@pytest.mark.parametrize(
    "passage",
    [f"Мэр Киева заявил: \u00ab{QUOTE}\u00bb[1]", f"\u041c\u0435\u0440 Києва заявив: \u00ab{QUOTE}\u00bb[1]"],
    ids=["russian", "ukrainian"],
)
def test_a_russian_or_ukrainian_mayor_of_the_city_takes_the_registry_account(
    locate: Locator, passage: str
) -> None:
    # Before: the city's genitive (Russian's alone, Ukrainian's with the office) was searched as who
    # posted, and no candidate.
    _, footnote, _ = locate(passage + NOTE)

    assert footnote["speakers"] == ["Mayor of Kyiv"]
    assert footnote["candidates"][0]["url"] == f"https://t.me/example_mayor/{POSTS[25].id}"
