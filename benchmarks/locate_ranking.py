"""How often `locate`'s ranking puts the cited post first (top-1) or in the first three (top-3).

Synthetic channel days (no network): 40 posts over three days from one account, in the style of news
channels, plus a repost of the cited post the next day (and, in one style, a forward of another account's post
with the same words half an hour before it). The report quotes the cited post in one of several
ways; each way is ranked many times with different posts and seeds. Beside `locate`'s figures: whether the
cited post is in the list it shows (the best five; nothing when a quote in the posts' script matches none of
them; else the whole window in time order), and the baseline, picking among the posts of the cited day by
chance.

    python3 benchmarks/locate_ranking.py [--trials 200] [--seed 7]
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from provenance.locate.locate import MAX_CANDIDATES, MAX_UNRANKED
from provenance.locate.rank import FoundPost, rank, score_post
from provenance.locate.registry import Account, AccountMatch
from provenance.models import Platform

DAY = dt.date(2022, 1, 21)
START = dt.datetime(2022, 1, 20, 0, 30, tzinfo=dt.UTC)
MATCH = AccountMatch(Account(name="Example", platform=Platform.TELEGRAM, handle="example"), 0.9, "x", "x")
SUBJECTS = [
    "the convoy",
    "our fighters",
    "the enemy",
    "the governor",
    "the bridge",
    "the air defence",
    "the ministry",
    "the brigade",
]
VERBS = [
    "struck",
    "crossed",
    "repelled",
    "announced",
    "rebuilt",
    "shot down",
    "evacuated",
    "reinforced",
    "shelled",
    "reached",
]
OBJECTS = [
    "three vehicles near the river",
    "the northern checkpoint",
    "a column of armour",
    "two drones over the city",
    "the supply road to the south",
    "the positions east of the village",
    "the power station",
    "the old airfield",
]
CLOSERS = [
    "Details will follow.",
    "Glory to the defenders!",
    "Photos in the next post.",
    "No casualties reported.",
    "Subscribe for updates.",
    "More information tonight.",
    "The situation remains tense.",
    "Stay with us.",
]
# A Russian-language channel: the sentences in Cyrillic letters (the report quotes them in English).
_TO_CYRILLIC = str.maketrans(
    "abcdeghiklmnoprstuvyzABCDEGHIKLMNOPRSTUVYZ", "абцдегхиклмнопрстуврзАБЦДЕГХИКЛМНОПРСТУВРЗ"
)


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(SUBJECTS).capitalize()} {rng.choice(VERBS)} {rng.choice(OBJECTS)}."


def _post_text(rng: random.Random) -> str:
    return " ".join([_sentence(rng), _sentence(rng), rng.choice(CLOSERS)])


def _words(text: str) -> list[str]:
    return text.split()


QUOTE_STYLES: dict[str, Callable[[str, random.Random], str]] = {
    "exact sentence": lambda text, rng: text.split(". ")[0],
    "ellipsis (start … end)": lambda text, rng: (
        " ".join(_words(text)[:4]) + " … " + " ".join(_words(text)[-5:])
    ),
    "six words from the middle": lambda text, rng: " ".join(_words(text)[5:11]),
    "light edits (case, a word)": lambda text, rng: text.split(". ")[0].lower().replace(" the ", " a ", 1),
    "translated (other script)": lambda text, rng: text.split(". ")[0],
    "no quote": lambda text, rng: "",
    "exact, forwarded earlier": lambda text, rng: text.split(". ")[0],
}
# The styles whose channel also forwards another account's post with the cited words, half an hour before.
FORWARDED_EARLIER = frozenset(["exact, forwarded earlier"])


def trial(style: str, rng: random.Random) -> tuple[int | None, int, bool]:
    """(rank of the cited post, None when unranked; posts on the cited day; whether it is listed)."""
    texts = [_post_text(rng) for _ in range(40)]
    cited_index = rng.randrange(12, 26)  # a post of 21 January
    quote = QUOTE_STYLES[style](texts[cited_index], rng)
    if style == "translated (other script)":
        texts = [text.translate(_TO_CYRILLIC) for text in texts]
    posts = [
        FoundPost(f"https://t.me/example/{i}", START + i * dt.timedelta(minutes=108), text, MATCH, "t")
        for i, text in enumerate(texts)
    ]
    cited = posts[cited_index]
    assert cited.posted_at is not None
    repost_at = cited.posted_at + dt.timedelta(days=1, hours=2)
    posts.append(FoundPost("https://t.me/example/repost", repost_at, cited.text, MATCH, "t"))
    if style in FORWARDED_EARLIER:
        forward_at = cited.posted_at - dt.timedelta(minutes=30)
        forward = FoundPost("https://t.me/example/forward", forward_at, cited.text, MATCH, "t")
        posts.append(dataclasses.replace(forward, forwarded_from="'Other' (@other)"))
    candidates = [c for c in (score_post(post, (quote,) if quote else (), DAY, 1) for post in posts) if c]
    by_score = [c.post.url for c in rank(candidates)]
    on_the_day = sum(1 for c in candidates if c.parts["date"] == 1.0)
    told_apart = any((c.parts["quote"] or 0) > 0.5 for c in candidates)
    if told_apart:
        listed = by_score[:MAX_CANDIDATES]
    elif quote and not any(c.quote_translated for c in candidates):
        listed = []  # no post holds the quoted words: no candidate
    else:
        listed = by_score[:MAX_UNRANKED]
    position = by_score.index(cited.url) + 1 if cited.url in by_score else None
    return position, on_the_day, cited.url in listed


def _share(ranks: list[int | None], within: int) -> str:
    return f"{100 * sum(1 for r in ranks if r is not None and r <= within) / len(ranks):.0f}%"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    print(
        f"{'quote in the report':28} {'locate top-1':>12} {'top-3':>7} {'listed':>7}"
        f" {'chance top-1':>13} {'top-3':>7}"
    )
    for style in QUOTE_STYLES:
        results = [trial(style, rng) for _ in range(args.trials)]
        ranks = [position for position, _, _ in results]
        listed = f"{100 * sum(shown for _, _, shown in results) / len(results):.0f}%"

        # The baseline: picking among the posts of the cited day (any time zone) by chance.
        chance1 = sum(1 / day for _, day, _ in results) / len(results)
        chance3 = sum(min(3, day) / day for _, day, _ in results) / len(results)
        top1, top3 = _share(ranks, 1), _share(ranks, 3)
        print(f"{style:28} {top1:>12} {top3:>7} {listed:>7} {100 * chance1:>12.0f}% {100 * chance3:>6.0f}%")


if __name__ == "__main__":
    main()
