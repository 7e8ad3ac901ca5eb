"""`provenance locate` where two posts of the channel hold the quote and score alike: the one on the cited
day in UTC is proposed over one on it only in a zone far west (its `nearness` part and a note say so); two
on the cited day in UTC still tie, neither proposed. Loopback copy of a fictional channel's preview."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.locate.runs import Locating
from tests.locate.site import Site, channel_posts

QUOTE = "The metro stations of the city are open as shelters for everyone tonight."
REGISTRY = "name,aliases,platform,handle,notes\nDmitri Examplov,,telegram,example_channel,fictional\n"
REPORT = f'Dmitri Examplov wrote: "{QUOTE}"[1]\n\n[1] Telegram, January 21, 2022.\n'


def _posted(index: int) -> str:
    return f"https://t.me/example_channel/{9001 + index}"


def _locate(locating: Locating, again: int) -> dict[str, Any]:
    # Post 25 is of 06:30 UTC on the 21st; `again` repeats its words.
    posts = channel_posts(9001, {25: f"{QUOTE} Stay safe.", again: f"{QUOTE} Stay safe."}, salt=2)
    site = Site({"example_channel": ("Example Channel", posts)}, "example_nobody", [])
    code, footnote, _ = locating(site, REGISTRY)(REPORT)
    assert code == 0
    return footnote


def test_of_two_posts_scoring_alike_the_one_on_the_cited_day_in_utc_is_proposed(locating: Locating) -> None:
    # Post 45 is of 06:30 UTC on the 22nd: the 21st only west of UTC-6. Before: the two tied at 0.972,
    # and neither was proposed.
    footnote = _locate(locating, again=45)

    first, second = footnote["candidates"][:2]
    assert footnote["tied"] == []
    assert (first["url"], second["url"]) == (_posted(25), _posted(45))
    assert first["score"] == second["score"]
    assert (first["parts"]["nearness"], second["parts"]["nearness"]) == (1.0, 0.729)
    assert any(note.startswith("ranked by nearness: ") for note in second["notes"])
    (item,) = json.loads(Path("brief.txt.citations.json").read_text(encoding="utf-8"))
    assert item["URL"] == _posted(25) and item["custom"]["located"] == "candidate"


def test_two_posts_on_the_cited_day_in_utc_still_tie(locating: Locating) -> None:
    footnote = _locate(locating, again=30)  # 12:30 UTC on the 21st

    assert footnote["tied"] == [_posted(25), _posted(30)]
    assert all("nearness" not in candidate["parts"] for candidate in footnote["candidates"])
