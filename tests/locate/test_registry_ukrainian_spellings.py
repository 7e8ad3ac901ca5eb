"""A Russian name as Ukrainian spells it (`Пєсков`, `є` for Russian's `e`) meets the registry's name for it,
in Latin or Cyrillic letters, in the nominative and declined in the genitive (`за словами речника Кремля
Пєскова`); a Ukrainian name written with `є` still meets its own spelling, and another family name none."""

from __future__ import annotations

import pytest

from provenance.locate.registry import Account, RegistryIndex, match_accounts, russian_spelling
from provenance.models import Platform

# Cyrillic as escapes: ruff reads its letters as look-alikes of Latin ones.
PESKOV_UKRAINIAN = "\u041f\u0454\u0441\u043a\u043e\u0432"  # Пєсков
PESKOV_UKRAINIAN_GENITIVE = "\u041f\u0454\u0441\u043a\u043e\u0432\u0430"  # Пєскова
DMYTRO_PESKOV_GENITIVE = f"\u0414\u043c\u0438\u0442\u0440\u0430 {PESKOV_UKRAINIAN_GENITIVE}"  # Дмитра Пєскова
PESKOV_RUSSIAN = (
    "\u0414\u043c\u0438\u0442\u0440\u0438\u0439 \u041f\u0435\u0441\u043a\u043e\u0432"  # Дмитрий Песков
)
YERMAK_UKRAINIAN = "\u0404\u0440\u043c\u0430\u043a"  # Єрмак
GURULYOV_UKRAINIAN_GENITIVE = "\u0413\u0443\u0440\u0443\u043b\u044c\u043e\u0432\u0430"  # Гурульова
NEBENZYA_UKRAINIAN_GENITIVE = "\u041d\u0435\u0431\u0435\u043d\u0437\u0456"  # Небензі
PESHKOV_GENITIVE = "\u041f\u0454\u0448\u043a\u043e\u0432\u0430"  # Пєшкова: another family name


def _account(name: str) -> Account:
    return Account(name=name, platform=Platform.TELEGRAM, handle="example_office")


@pytest.mark.parametrize("registered", ["Dmitry Peskov", "Dmitri Peskov", PESKOV_RUSSIAN])
@pytest.mark.parametrize(
    ("speaker", "genitive"),
    [(PESKOV_UKRAINIAN, False), (PESKOV_UKRAINIAN_GENITIVE, True), (DMYTRO_PESKOV_GENITIVE, True)],
    ids=["nominative", "genitive", "given-name-genitive"],
)
def test_a_russian_name_as_ukrainian_spells_it_meets_the_registry_name(
    registered: str, speaker: str, genitive: bool
) -> None:
    # Before: `Пєсков` romanised `pieskov` scored 0.83 of each, under a match, and found no account.
    accounts = [_account(registered)]

    near = RegistryIndex(accounts).near(speaker, None, genitive)
    (match,) = match_accounts(speaker, near, genitive=genitive)

    assert match.account.name == registered


def test_a_ukrainian_name_written_with_its_ie_still_meets_its_own_spelling() -> None:
    (match,) = match_accounts(YERMAK_UKRAINIAN, [_account("Andriy Yermak")])

    assert match.account.name == "Andriy Yermak"


def test_another_family_name_with_ie_meets_no_registry_name() -> None:
    assert match_accounts(PESHKOV_GENITIVE, [_account("Dmitry Peskov")], genitive=True) == []


def test_a_name_without_ukrainian_ie_has_no_second_reading() -> None:
    assert russian_spelling(PESKOV_RUSSIAN) == ()
    assert russian_spelling(PESKOV_UKRAINIAN) == ("\u041f\u0435\u0441\u043a\u043e\u0432",)


@pytest.mark.parametrize(
    ("speaker", "registered"),
    [(GURULYOV_UKRAINIAN_GENITIVE, "Andrei Gurulyov"), (NEBENZYA_UKRAINIAN_GENITIVE, "Vasily Nebenzya")],
    ids=["yo-as-soft-sign-o", "genitive-in-i"],
)
def test_other_ukrainian_spellings_of_russian_names_in_the_genitive_meet_the_registry_name(
    speaker: str, registered: str
) -> None:
    # Before: `Гурульов` romanised `gurulov` scored 0.84 of `Andrei Gurulyov`; `Небензі` was read as written.
    accounts = [_account(registered)]

    (match,) = match_accounts(speaker, RegistryIndex(accounts).near(speaker, None, True), genitive=True)

    assert match.account.name == registered
