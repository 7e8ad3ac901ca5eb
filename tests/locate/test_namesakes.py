"""Which candidates say that the registry gives the speaker's name to another account as well."""

from __future__ import annotations

from provenance.locate.locate import _account_key, _namesakes
from provenance.locate.registry import Account, match_accounts
from provenance.models import Platform

JOHN = Account(name="John Smith", platform=Platform.TELEGRAM, handle="jsmith")
JANE = Account(name="Jane Smith", platform=Platform.TELEGRAM, handle="janesmith")


def test_a_family_name_the_registry_gives_two_accounts_is_said_on_both_though_one_handle_matches_closer() -> (
    None
):
    # "Smith posted": 0.90 for Jane Smith by her family name, 0.91 for John Smith by his handle `jsmith`.
    # Only Jane's candidates said the name does not tell the accounts apart; John's, ranked above hers by the
    # speaker part, said nothing of her.
    matches = match_accounts("Smith", [JOHN, JANE])
    assert [(m.account.handle, m.score) for m in matches] == [("jsmith", 0.909), ("janesmith", 0.9)]

    notes = _namesakes(matches)

    assert notes[_account_key(JOHN)] == (
        "the registry gives 'Smith' to Jane Smith (telegram @janesmith) (name match 0.90, beside 0.91) as "
        "well: the name does not tell which account the report means"
    )
    assert notes[_account_key(JANE)] == (
        "the registry gives 'Smith' to John Smith (telegram @jsmith) as well: the name does not tell which "
        "account the report means"
    )


def test_a_name_the_registry_gives_one_account_as_an_alias_is_not_said_to_be_another_s() -> None:
    # The registry's keeper calls Jane Smith "Smith": "Smith posted" names her more surely than John Smith's
    # handle `jsmith` (0.91), whose candidates still say whom the registry gives the name to.
    jane = JANE.model_copy(update={"aliases": ("Smith",)})
    matches = match_accounts("Smith", [JOHN, jane])

    notes = _namesakes(matches)

    assert _account_key(jane) not in notes
    assert notes[_account_key(JOHN)].startswith(
        "the registry gives 'Smith' to Jane Smith (telegram @janesmith) as"
    )
