"""Which accounts a footnote's speakers name: the registry's, and those the report gives by handle."""

from __future__ import annotations

import datetime as dt

from provenance.locate.locate import _accounts_for, _namesakes, _query_notes, _Registry
from provenance.locate.registry import Account
from provenance.locate.speakers import LocateQuery, Speaker
from provenance.models import Platform

DAY = dt.date(2022, 1, 21)
MIRROR = Account(name="Rybar", platform=Platform.TELEGRAM, handle="rybar_mirror")


def _query(handle: str | None) -> LocateQuery:
    return LocateQuery(
        "1", Platform.TELEGRAM, DAY, (Speaker("Rybar", "passage-handle", handle=handle),), ("x",)
    )


def test_a_handle_the_report_gives_is_searched_beside_a_registry_account_of_the_name_with_another() -> None:
    # "Rybar (@rybar) posted": the registry's row `Rybar, telegram, rybar_mirror` was the only account
    # searched, and the mirror's posts were proposed as those of the account the report names.
    registry = _Registry([MIRROR])

    accounts = _accounts_for(_query("rybar"), registry)

    assert [(match.account.label, match.score) for match in accounts] == [
        ("rybar (telegram @rybar)", 0.95),
        ("Rybar (telegram @rybar_mirror)", 0.855),
    ]
    assert _query_notes(_query("rybar"), accounts, registry) == [
        "the report names @rybar for 'Rybar'; the registry gives the name to Rybar (telegram @rybar_mirror), "
        "of another handle: each is searched, theirs with the name match counting 0.90 of it"
    ]
    # The account made from the report's `@rybar` is no registry row: "the registry gives 'Rybar' to rybar
    # (telegram @rybar) as well" would say what the registry never said.
    assert _namesakes(accounts) == {}


def test_a_handle_the_registry_gives_the_speaker_is_searched_alone() -> None:
    registry = _Registry([MIRROR, Account(name="Rybar", platform=Platform.TELEGRAM, handle="Rybar")])

    accounts = _accounts_for(_query("rybar"), registry)

    assert sorted(match.account.label for match in accounts) == [
        "Rybar (telegram @Rybar)",
        "Rybar (telegram @rybar_mirror)",
    ], "the registry's own row for the handle, no account made from the report's"
    assert _query_notes(_query("rybar"), accounts, registry) == []


def test_a_speaker_without_a_handle_gets_the_registry_s_accounts_alone() -> None:
    registry = _Registry([MIRROR])

    accounts = _accounts_for(_query(None), registry)

    assert [match.account.label for match in accounts] == ["Rybar (telegram @rybar_mirror)"]
