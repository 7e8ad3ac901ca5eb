"""`provenance locate` on a quote credited with `via` (`“…” (via Bakhmut)`, `(via Rybar)`, `(via Reuters)`): a
credit alone names a place as often as a source, so a name it gives is who posted only where the accounts
registry holds it, a news agency is a source and a capital a place. Loopback copy of a fictional channel's
preview, on 127.0.0.1.
"""

from __future__ import annotations

import pytest

from tests.locate.runs import Locating, Locator
from tests.locate.site import Site, channel_posts

QUOTE = "Three houses in the eastern district were destroyed overnight by artillery fire."
POSTS = channel_posts(8001, {25: f"{QUOTE} Details later."}, salt=4)
REGISTRY = "name,aliases,platform,handle,notes\nRybar,Рыбарь,telegram,example_rybar,fictional\n"

# The footnote every passage here points to: no link, so `locate` searches.
NOTE = "\n\n[1] Telegram, January 21, 2022.\n"


@pytest.fixture
def locate(locating: Locating) -> Locator:
    return locating(Site({"example_rybar": ("Example Rybar", POSTS)}, "example_nobody", []), REGISTRY)


@pytest.mark.parametrize(
    "passage",
    [
        f'Russian forces shelled the town. "{QUOTE}" (via Bakhmut)[1]',
        f'Russian forces shelled the town: "{QUOTE}" — via Bakhmut[1]',
    ],
)
def test_a_place_a_credit_names_is_not_searched_as_who_posted(
    locate: Locator,
    passage: str,
) -> None:
    # Before: the speaker was `Bakhmut`, and the footnote asked for a registry row for it.
    _, footnote, _ = locate(passage + NOTE)

    assert footnote["speakers"] == [] and footnote["candidates"] == []
    assert footnote["notes"][0].startswith(
        "the passage credits the words to 'Bakhmut' with 'via' alone, which names a place as often as a "
        "source"
    )
    assert not any("not in the accounts registry" in note for note in footnote["notes"])


def test_an_account_the_registry_holds_a_credit_names_is_searched_and_its_post_proposed(
    locate: Locator,
) -> None:
    _, footnote, _ = locate(f'Russian forces shelled the town. "{QUOTE}" (via Rybar)[1]{NOTE}')

    assert footnote["candidates"][0]["url"] == f"https://t.me/example_rybar/{POSTS[25].id}"
