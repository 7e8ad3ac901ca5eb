"""`provenance locate` where two posts of the channel hold the quote nearly and score alike: the one holding
the quoted word fewer of the channel's posts say (a place's name, not a verb its posts often use) is
proposed, its `words` part and the other's note saying so; two lacking words as rare still tie. Loopback
copy of a fictional channel's preview."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.locate.runs import Locating
from tests.locate.site import Site, channel_posts

QUOTE = "Three enemy tanks were destroyed near Kreminna this morning"
REGISTRY = "name,aliases,platform,handle,notes\nDmitri Examplov,,telegram,example_channel,fictional\n"
REPORT = f'Dmitri Examplov wrote: "{QUOTE}."[1]\n\n[1] Telegram, January 21, 2022.\n'
# Post 25 is of 06:30 UTC on the 21st, post 30 of 12:30: each lacks one quoted word.
NEAR_LYMAN = "Three enemy tanks were destroyed near Lyman this morning."
NEAR_KREMINNA = "Three enemy tanks were burned near Kreminna this morning."


def _posted(index: int) -> str:
    return f"https://t.me/example_channel/{9001 + index}"


def _locate(locating: Locating, others: dict[int, str]) -> dict[str, Any]:
    posts = channel_posts(9001, {25: NEAR_LYMAN, 30: NEAR_KREMINNA, **others}, salt=2)
    site = Site({"example_channel": ("Example Channel", posts)}, "example_nobody", [])
    code, footnote, _ = locating(site, REGISTRY)(REPORT)
    assert code == 0
    return footnote


def test_of_two_posts_scoring_alike_the_one_holding_the_rarer_quoted_word_is_proposed(
    locating: Locating,
) -> None:
    # Three more posts of the cited day say `destroyed`; only one says `Kreminna`. Before: the two tied,
    # and neither was proposed.
    destroyed = {
        27: "Two drones were destroyed over the city overnight.",
        33: "An ammunition depot was destroyed in the south.",
        36: "A bridge destroyed last week is being rebuilt.",
    }
    footnote = _locate(locating, destroyed)

    first, second = footnote["candidates"][:2]
    assert footnote["tied"] == []
    assert (first["url"], second["url"]) == (_posted(30), _posted(25))
    assert first["score"] == second["score"]
    assert first["parts"]["words"] > second["parts"]["words"]
    assert any(
        note.startswith("ranked by the quoted words: ") and "lacks 'kreminna'" in note
        for note in second["notes"]
    )
    (item,) = json.loads(Path("brief.txt.citations.json").read_text(encoding="utf-8"))
    assert item["URL"] == _posted(30) and item["custom"]["located"] == "candidate"


def test_two_posts_lacking_quoted_words_as_rare_still_tie(locating: Locating) -> None:
    # Each word is said by its one post: nothing tells which the report means.
    footnote = _locate(locating, {})

    assert footnote["tied"] == [_posted(25), _posted(30)]
    assert all("words" not in candidate["parts"] for candidate in footnote["candidates"])
