"""`provenance locate` on a Russian or Ukrainian passage naming a channel in quote marks (`Канал «Рыбарь»
написал: «…»`), as Meduza and the Kyiv Independent's Ukrainian sources write it: the name is who posted, not
words the post holds. Loopback copy of a fictional channel's preview, on 127.0.0.1.
"""

from __future__ import annotations

import pytest

from tests.locate.runs import Locating, Locator
from tests.locate.site import Site, channel_posts

QUOTE = "Противник отступает от реки под огнём нашей артиллерии"
# The channel's post of the words on 21 January (06:30 UTC), which does not give its own name.
POSTS = channel_posts(4001, {25: f"{QUOTE}. Подробности позже."}, salt=1)
REGISTRY = "name,aliases,platform,handle,notes\nRybar,Рыбарь|Рибар,telegram,example_rybar,fictional\n"


@pytest.fixture
def locate(locating: Locating) -> Locator:
    return locating(Site({"example_rybar": ("Example Rybar", POSTS)}, "example_nobody", []), REGISTRY)


@pytest.mark.parametrize(
    "passage",
    [
        f"Канал «Рыбарь» написал: «{QUOTE}».[1]",
        f"Прокремлевский телеграм-канал «Рыбарь» сообщил: «{QUOTE}».[1]",
        f"Проросійський телеграм-канал «Рибар» написав: «{QUOTE}».[1]",
    ],
)
def test_the_post_holding_the_words_is_not_said_to_lack_the_channel_s_name(
    locate: Locator,
    passage: str,
) -> None:
    # «Рыбарь» was searched as a quote: the post scored quote 0.99, "holds 1 of the passage's 2 quotes,
    # not “Рыбарь”": the channel's name, read as words it wrote.
    _, footnote, _ = locate(f"{passage}\n\n[1] Telegram, 21 января 2022.\n")

    best = footnote["candidates"][0]
    assert best["url"] == f"https://t.me/example_rybar/{POSTS[25].id}"
    assert best["parts"]["quote"] == 1.0
    assert not [note for note in best["notes"] if "quotes" in note], best["notes"]
