"""How often `locate`'s ranking puts the cited post first (top-1) or in the first three (top-3).

Synthetic channel days (no network): 40 posts over three days from one account, in the style of news
channels, plus a repost of the cited post the next day (and, in one style, a forward of another account's post
with the same words half an hour before it). The report quotes the cited post in one of several
ways; each way is ranked many times with different posts and seeds. Two ways quote a Russian channel (its
posts in Russian words, in Cyrillic): in Latin letters (a transliteration, as reports write Russian) and in
English (a translation). Beside `locate`'s figures: how often the cited post ties at the top with another
(the repost, when it falls on the cited day in some time zone: then no post is proposed, and the top-1 column
does not count it), whether the cited post is in the list it shows (the best five; nothing when a quote in the
posts' script matches none of them; else the whole window in time order), and the baseline, picking among the
posts of the cited day by chance. A second table says what the cited post tied with, where it tied: the
channel's repost of its words, or another post holding the quoted words as it does (nothing in the quote
tells them apart).

    python3 benchmarks/locate_ranking.py [--trials 200] [--seed 7]
"""

from __future__ import annotations

import argparse
import collections
import dataclasses
import datetime as dt
import random
import sys
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from provenance.locate.locate import MAX_CANDIDATES, MAX_UNRANKED
from provenance.locate.rank import FoundPost, rank, score_post, tied_at_the_top
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
# The same sentences in Russian (each part the English one's, in the same place): a Russian channel's posts.
# Plural subjects (`the convoy`: its fighters), so that each verb, plural, agrees with any of them.
SUBJECTS_RU = [
    "бойцы колонны",
    "наши бойцы",
    "силы противника",
    "люди губернатора",
    "сапёры у моста",  # noqa: RUF001
    "расчёты ПВО",
    "сотрудники министерства",
    "бойцы бригады",
]
VERBS_RU = [
    "атаковали",
    "пересекли",
    "отразили",
    "объявили",
    "восстановили",
    "сбили",
    "эвакуировали",
    "усилили",
    "обстреляли",
    "достигли",
]
OBJECTS_RU = [
    "три машины у реки",  # noqa: RUF001
    "северный блокпост",
    "колонну бронетехники",
    "два беспилотника над городом",
    "дорогу снабжения на юг",
    "позиции к востоку от села",
    "электростанцию",
    "старый аэродром",
]
CLOSERS_RU = [
    "Подробности позже.",
    "Слава защитникам!",
    "Фото в следующем посте.",
    "Потерь нет.",
    "Подписывайтесь на обновления.",
    "Больше информации вечером.",
    "Обстановка остаётся напряжённой.",
    "Оставайтесь с нами.",  # noqa: RUF001
]
# Russian in Latin letters as reports write it: two common schemes (a reporter's, and one with j), chosen per
# trial; the benchmark's own, not the one `locate` compares with.
_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            *("a", "b", "v", "g", "d", "e", "yo", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p"),
            *("r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "-", "y", "-", "e", "yu", "ya"),
        ],
        strict=True,
    )
)
_LATIN_WITH_J = {**_LATIN, "ё": "jo", "й": "j", "х": "h", "ю": "ju", "я": "ja", "щ": "sch"}  # noqa: RUF001


def _in_latin(text: str, scheme: dict[str, str]) -> str:
    written = []
    for char in text:
        latin = scheme.get(char.lower())
        if latin is None:
            written.append(char)
            continue
        latin = "" if latin == "-" else latin
        written.append(latin.capitalize() if char.isupper() else latin)
    return "".join(written)


# A post: which subject, verb and object each of its two sentences says, and its closing line.
Choices = tuple[tuple[int, int, int], tuple[int, int, int], int]


def _sentence(choice: tuple[int, int, int], russian: bool = False) -> str:
    subject, verb, thing = choice
    if russian:
        words = f"{SUBJECTS_RU[subject]} {VERBS_RU[verb]} {OBJECTS_RU[thing]}"
    else:
        words = f"{SUBJECTS[subject]} {VERBS[verb]} {OBJECTS[thing]}"
    return f"{words[0].upper()}{words[1:]}."


def _choices(rng: random.Random) -> Choices:
    def sentence() -> tuple[int, int, int]:
        return rng.randrange(len(SUBJECTS)), rng.randrange(len(VERBS)), rng.randrange(len(OBJECTS))

    return sentence(), sentence(), rng.randrange(len(CLOSERS))


def _post_text(choices: Choices, russian: bool = False) -> str:
    first, second, closer = choices
    closing = (CLOSERS_RU if russian else CLOSERS)[closer]
    return " ".join([_sentence(first, russian), _sentence(second, russian), closing])


def _words(text: str) -> list[str]:
    return text.split()


QUOTE_STYLES: dict[str, Callable[[Choices, random.Random], str]] = {
    "exact sentence": lambda post, rng: _sentence(post[0]).rstrip("."),
    "ellipsis (start … end)": lambda post, rng: (
        " ".join(_words(_post_text(post))[:4]) + " … " + " ".join(_words(_post_text(post))[-5:])
    ),
    "six words from the middle": lambda post, rng: " ".join(_words(_post_text(post))[5:11]),
    "light edits (case, a word)": lambda post, rng: (
        _sentence(post[0]).rstrip(".").lower().replace(" the ", " a ", 1)
    ),
    "Russian, in Latin letters": lambda post, rng: _in_latin(
        _sentence(post[0], russian=True).rstrip("."), rng.choice([_LATIN, _LATIN_WITH_J])
    ),
    "Russian, translated": lambda post, rng: _sentence(post[0]).rstrip("."),
    "no quote": lambda post, rng: "",
    "exact, forwarded earlier": lambda post, rng: _sentence(post[0]).rstrip("."),
}
# The styles whose channel posts in Russian.
RUSSIAN_CHANNEL = frozenset(["Russian, in Latin letters", "Russian, translated"])
# The styles whose channel also forwards another account's post with the cited words, half an hour before.
FORWARDED_EARLIER = frozenset(["exact, forwarded earlier"])


@dataclasses.dataclass(frozen=True)
class Trial:
    """One ranking: where the cited post came, what else was shown, and what it tied with."""

    position: int | None  # the cited post's rank; None when not ranked (listed in time order)
    on_the_day: int  # posts on the cited day in some zone
    listed: bool  # the cited post is among those shown
    tied: bool  # it ties at the top with another post: none is proposed
    # Of a tie, what the cited post tied with: the channel's repost of its words, another post holding the
    # quoted words as it does, or both.
    tied_with: str | None = None


def _tied_with(cited: FoundPost, others: list[FoundPost]) -> str:
    reposts = sum(1 for post in others if post.text == cited.text)
    kinds = ["its repost"] * bool(reposts) + ["another post"] * bool(len(others) - reposts)
    return " and ".join(kinds)


def trial(style: str, rng: random.Random) -> Trial:
    """One trial of the way `style` quotes the cited post."""
    chosen = [_choices(rng) for _ in range(40)]
    cited_index = rng.randrange(12, 26)  # a post of 21 January
    quote = QUOTE_STYLES[style](chosen[cited_index], rng)
    texts = [_post_text(choices, russian=style in RUSSIAN_CHANNEL) for choices in chosen]
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
    ranked = rank(candidates)
    by_score = [c.post.url for c in ranked]
    on_the_day = sum(1 for c in candidates if c.parts["date"] == 1.0)
    told_apart = any((c.parts["quote"] or 0) > 0.5 for c in candidates)
    tied_posts = [c.post for c in tied_at_the_top(ranked)] if told_apart else []
    tied = cited.url in {post.url for post in tied_posts}
    if told_apart:
        listed = by_score[:MAX_CANDIDATES]
    elif quote and not any(c.quote_translated for c in candidates):
        listed = []  # no post holds the quoted words: no candidate
    else:
        listed = by_score[:MAX_UNRANKED]
    # Listed in time order (nothing told the posts apart), the first is no proposal: no rank.
    position = by_score.index(cited.url) + 1 if cited.url in by_score and told_apart else None
    tied_with = _tied_with(cited, [post for post in tied_posts if post.url != cited.url]) if tied else None
    return Trial(position, on_the_day, cited.url in listed, tied, tied_with)


def _share(ranks: list[int | None], within: int, tied: list[bool] | None = None) -> str:
    ties = tied or [False] * len(ranks)
    held = sum(1 for r, t in zip(ranks, ties, strict=True) if r is not None and r <= within and not t)
    return f"{100 * held / len(ranks):.0f}%"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    print(
        f"{'quote in the report':28} {'locate top-1':>12} {'tied':>5} {'top-3':>7} {'listed':>7}"
        f" {'chance top-1':>13} {'top-3':>7}"
    )
    tie_causes: dict[str, collections.Counter[str]] = {}
    for style in QUOTE_STYLES:
        results = [trial(style, rng) for _ in range(args.trials)]
        ranks = [result.position for result in results]
        ties = [result.tied for result in results]
        listed = f"{100 * sum(result.listed for result in results) / len(results):.0f}%"
        tied = f"{100 * sum(ties) / len(results):.0f}%"
        tie_causes[style] = collections.Counter(result.tied_with for result in results if result.tied_with)

        # The baseline: picking among the posts of the cited day (any time zone) by chance.
        chance1 = sum(1 / result.on_the_day for result in results) / len(results)
        chance3 = sum(min(3, result.on_the_day) / result.on_the_day for result in results) / len(results)
        # A tie proposes no post: not the cited post first. Top-3 still holds it (it is listed to read).
        top1, top3 = _share(ranks, 1, ties), _share(ranks, 3)
        chances = f"{100 * chance1:>12.0f}% {100 * chance3:>6.0f}%"
        print(f"{style:28} {top1:>12} {tied:>5} {top3:>7} {listed:>7} {chances}")
    # What the cited post tied with, where it did: its repost (the same words, on the cited day in about as
    # many zones), or another post holding the quoted words as it does (as rare).
    print(f"\n{'ties (share of trials)':28} {'its repost':>12} {'another post':>13} {'both':>5}")
    for style, causes in tie_causes.items():
        if causes:
            shares = [
                f"{100 * causes[kind] / args.trials:.0f}%"
                for kind in ("its repost", "another post", "its repost and another post")
            ]
            print(f"{style:28} {shares[0]:>12} {shares[1]:>13} {shares[2]:>5}")


if __name__ == "__main__":
    main()
