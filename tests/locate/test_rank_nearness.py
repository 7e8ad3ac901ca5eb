"""Posts that tie at the top: one on the cited day in UTC ranks before one on it only in a zone far west or
east, its `nearness` part saying so; posts on the cited day alike still tie, and posts no quote singles out
are not told apart by it."""

from __future__ import annotations

import datetime as dt

from provenance.locate.rank import (
    NEARNESS,
    Candidate,
    FoundPost,
    rank,
    score_post,
    tied_at_the_top,
    total_score,
)
from provenance.locate.registry import Account, AccountMatch
from provenance.models import Platform

DAY = dt.date(2022, 1, 21)
QUOTE = "the bridge will be rebuilt within a week"
MATCH = AccountMatch(
    Account(name="Example", platform=Platform.TELEGRAM, handle="example"), 0.9, "Example", "Example"
)


def _scored(url: str, at: dt.datetime, text: str = QUOTE, quotes: tuple[str, ...] = (QUOTE,)) -> Candidate:
    post = FoundPost(url=url, posted_at=at, text=text, account=MATCH, via="telegram preview")
    candidate = score_post(post, quotes, DAY, 1)
    assert candidate is not None
    return candidate


def _utc(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2022, 1, day, hour, minute, tzinfo=dt.UTC)


def test_of_two_tied_posts_the_one_on_the_cited_day_in_utc_ranks_first_and_its_parts_say_so() -> None:
    # 06:30 UTC on the 22nd is the 21st only west of UTC-6: before, the two tied and neither was proposed.
    far = _scored("far", _utc(22, 6, 30))
    near = _scored("near", _utc(21, 15))
    assert far.score == near.score and far.parts["date"] == near.parts["date"] == 1.0

    ranked = rank([far, near])

    assert [c.post.url for c in ranked] == ["near", "far"]
    assert ranked[0].parts[NEARNESS] == 1.0 and ranked[1].parts[NEARNESS] == 0.729
    assert tied_at_the_top(ranked) == ()
    assert ranked[1].notes[-1].startswith("ranked by nearness: scores as near does, but falls 6.5 hours")
    # The score stays what the other parts give: nearness orders, it does not count.
    assert ranked[1].score == near.score == total_score(ranked[1].parts)


def test_a_post_before_the_cited_day_in_utc_ranks_below_one_on_it_too() -> None:
    early = _scored("early", _utc(20, 17, 18))  # the 21st only east of UTC+6:42
    on_the_day = _scored("on-the-day", _utc(21, 23, 59))

    ranked = rank([early, on_the_day])

    assert [c.post.url for c in ranked] == ["on-the-day", "early"]


def test_posts_on_the_cited_day_in_utc_alike_still_tie_and_carry_no_nearness() -> None:
    ranked = rank([_scored("b", _utc(21, 12)), _scored("a", _utc(21, 6))])

    assert [c.post.url for c in tied_at_the_top(ranked)] == ["a", "b"]
    assert all(NEARNESS not in c.parts for c in ranked)


def test_posts_nearly_as_far_from_the_cited_day_still_tie() -> None:
    # 22:00 on the 20th and 00:10 on the 22nd are each on the 21st in nearly as many zones: nothing tells
    # which the report means. 10:00 on the 22nd is four hours further out than either.
    posts = [_scored("a", _utc(20, 22)), _scored("b", _utc(22, 0, 10)), _scored("c", _utc(22, 10))]

    ranked = rank(posts)

    assert [c.post.url for c in tied_at_the_top(ranked)] == ["a", "b"]
    assert ranked[2].post.url == "c" and ranked[2].notes[-1].startswith("ranked by nearness:")


def test_posts_no_quote_singles_out_are_not_told_apart_by_nearness() -> None:
    # With no quote, the window's posts are listed in time order: nearness would rank what is only a list.
    ranked = rank([_scored("far", _utc(22, 6, 30), quotes=()), _scored("near", _utc(21, 15), quotes=())])

    assert [c.post.url for c in ranked] == ["near", "far"]  # time order, as before
    assert all(NEARNESS not in c.parts for c in ranked) and len(tied_at_the_top(ranked)) == 2


def test_ranked_again_a_post_told_apart_by_nearness_sheds_its_part_where_it_no_longer_ties() -> None:
    far, near = rank([_scored("far", _utc(22, 6, 30)), _scored("near", _utc(21, 15))])[::-1]
    # Another part (the report's order) now sets the far post above: nothing ties, nothing is said.
    lifted = Candidate(
        far.post, {**far.parts, "order": 1.0}, far.notes, total_score({**far.parts, "order": 1.0})
    )

    ranked = rank([lifted, near])

    assert ranked[0].post.url == "far" and all(NEARNESS not in c.parts for c in ranked)
    assert not any(note.startswith("ranked by nearness:") for c in ranked for note in c.notes)


def test_a_post_of_a_cited_month_is_not_ranked_by_nearness() -> None:
    last = dt.date(2022, 1, 31)
    posts = [
        FoundPost(url=url, posted_at=at, text=QUOTE, account=MATCH, via="telegram preview")
        for url, at in (("a", _utc(1, 3)), ("b", _utc(31, 23)))
    ]
    ranked = rank(
        [c for c in (score_post(p, (QUOTE,), dt.date(2022, 1, 1), 1, last=last) for p in posts) if c]
    )

    assert len(tied_at_the_top(ranked)) == 2
