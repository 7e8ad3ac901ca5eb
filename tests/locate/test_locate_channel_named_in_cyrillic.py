"""`provenance locate` on a passage naming a channel in Cyrillic, in guillemets (`телеграм-канал «Два
майора»`), whose registry row gives it only by its Latin name and handle (`dva_majors`), as Meduza and
Ukrainska Pravda write such channels and as users copy handles into the registry. Loopback copies of
fictional channels' previews, on 127.0.0.1.
"""

from __future__ import annotations

import pytest

from tests.locate.runs import Locating, Locator
from tests.locate.site import Post, Site, channel_posts

QUOTE = "Противник отступает от реки под огнём нашей артиллерии"
# Each channel's post of the words on 21 January (06:30 UTC), which does not give its own name.
MAJORS_POSTS = channel_posts(5001, {25: f"{QUOTE}. Подробности позже."}, salt=2)
RYBAR_POSTS = channel_posts(6001, {25: f"{QUOTE}. Карта позже."}, salt=3)
# Neither row gives the Cyrillic name: the handle is the channel's only spelling of it in Latin letters.
REGISTRY = (
    "name,aliases,platform,handle,notes\n"
    "Two Majors,,telegram,dva_majors,fictional\n"
    "Mikhail Zvinchuk,,telegram,rybar,fictional\n"
)


@pytest.fixture
def locate(locating: Locating) -> Locator:
    channels = {"dva_majors": ("Два майора", MAJORS_POSTS), "rybar": ("Рыбарь", RYBAR_POSTS)}
    return locating(Site(channels, "example_nobody", []), REGISTRY)


@pytest.mark.parametrize(
    ("passage", "handle", "posts"),
    [
        # Meduza: the channel's name of two words, the second in lower case, as the channel writes it.
        (f"Прокремлевский телеграм-канал «Два майора» написал: «{QUOTE}».[1]", "dva_majors", MAJORS_POSTS),
        (f"Как написал канал «Два майора», «{QUOTE}».[1]", "dva_majors", MAJORS_POSTS),
        (f"По данным канала «Два майора», «{QUOTE}».[1]", "dva_majors", MAJORS_POSTS),
        # Ukrainska Pravda.
        (f"Російський телеграм-канал «Два майора» написав: «{QUOTE}».[1]", "dva_majors", MAJORS_POSTS),
        (f"Канал «Рыбарь» написал: «{QUOTE}».[1]", "rybar", RYBAR_POSTS),
    ],
)
def test_a_channel_named_in_cyrillic_matches_its_registry_handle_by_transliteration(
    locate: Locator,
    passage: str,
    handle: str,
    posts: list[Post],
) -> None:
    # «Два майора» read no speaker (`майора`, in lower case, ended the name at `Два`), and, named, was 0.80
    # of `dva_majors` (`dva mayora`): the footnote had no account, and no candidate.
    code, footnote, err = locate(f"{passage}\n\n[1] Telegram, 21 января 2022.\n")

    assert code == 0, err
    best = footnote["candidates"][0]
    assert best["url"] == f"https://t.me/{handle}/{posts[25].id}"
    assert best["parts"]["quote"] == 1.0
