"""`provenance locate` on a passage giving the words to two speakers joined by a Romance `and` before or
after a verb of several (`Examplov y Examplova escribieron: «…»`, `«…», disseram Examplov e Examplova`):
each one's account is searched. Loopback copies of two fictional channels' previews."""

from __future__ import annotations

import pytest

from tests.locate.runs import Locating, Locator
from tests.locate.site import Site, channel_posts

QUOTE = "The talks will continue next week in the same format as before."
KREMLIN_POSTS = channel_posts(7001, {25: f"{QUOTE} No other details."}, salt=3)
MINISTRY_POSTS = channel_posts(8001, {}, salt=4)
REGISTRY = (
    "name,aliases,platform,handle,notes\n"
    "Dmitri Examplov,,telegram,example_kremlin,fictional\n"
    "Maria Examplova,,telegram,example_ministry,fictional\n"
)
NOTE = "\n\n[1] Telegram, January 21, 2022.\n"


@pytest.fixture
def locate(locating: Locating) -> Locator:
    site = Site(
        {
            "example_kremlin": ("Example Kremlin", KREMLIN_POSTS),
            "example_ministry": ("Example Ministry", MINISTRY_POSTS),
        },
        "example_nobody",
        [],
    )
    return locating(site, REGISTRY)


@pytest.mark.parametrize(
    "passage",
    [
        f"Examplov y Examplova escribieron en Telegram: \u00ab{QUOTE}\u00bb[1]",
        f"\u00ab{QUOTE}\u00bb, disseram Examplov e Examplova.[1]",
        f"Examplov et Examplova ont d\u00e9clar\u00e9 : \u00ab {QUOTE} \u00bb[1]",
    ],
    ids=["spanish", "portuguese-behind-the-quote", "french"],
)
def test_each_of_two_speakers_a_romance_list_names_is_searched(locate: Locator, passage: str) -> None:
    # Before: `escribieron`, `disseram` were no verbs of saying and `y`, `e`, `et` joined no list: "the
    # passage names nobody who posted", and no candidate.
    code, footnote, _ = locate(passage + NOTE)

    assert code == 0
    assert footnote["speakers"] == ["Examplov", "Examplova"]
    assert footnote["candidates"][0]["url"] == f"https://t.me/example_kremlin/{KREMLIN_POSTS[25].id}"
