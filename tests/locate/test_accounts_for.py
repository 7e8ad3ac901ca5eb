"""Which accounts a footnote's speakers name: the registry's, and those the report gives by handle."""

from __future__ import annotations

import datetime as dt

from provenance.locate.locate import _accounts_for, _namesakes, _query_notes, _Registry
from provenance.locate.registry import Account, load_registry
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


def test_two_rows_of_one_page_are_one_account_searched_once_and_no_namesake_of_itself() -> None:
    # `Rybar` and `Рыбарь`, both at vk.com/rybar and no handle: two accounts, each searched, each said to be
    # the other's namesake ("the name does not tell which account the report means").
    data = "name,platform,url\nRybar,vk,https://vk.com/rybar\n\u0420\u044b\u0431\u0430\u0440\u044c,vk,vk.com/rybar/\n"
    registry = _Registry(load_registry(data.encode(), "accounts.csv"))
    query = LocateQuery("1", Platform.VK, DAY, (Speaker("Rybar", "passage-handle"),), ("x",))

    accounts = _accounts_for(query, registry)

    assert [match.account.url for match in accounts] == ["https://vk.com/rybar"]
    assert _namesakes(accounts) == {}
