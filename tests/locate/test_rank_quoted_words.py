"""Posts that tie at the top: the one holding more of the quoted words where it holds the quote, or rarer
ones, ranks first, its `words` part and the other's note saying so; posts lacking the same words still tie,
and a quoted word a post says only in another sentence is not held."""

from __future__ import annotations

import datetime as dt

from provenance.locate.rank import (
    NEARNESS,
    QUOTED_WORDS,
    Candidate,
    FoundPost,
    quoted_words_lacking,
    rank,
    score_post,
    tied_at_the_top,
    total_score,
)
from provenance.locate.registry import Account, AccountMatch
from provenance.models import Platform

DAY = dt.date(2022, 1, 21)
QUOTE = "Three enemy tanks were destroyed near Kreminna this morning"
# Each lacks one quoted word and scores as the other does: `destroyed`, said by the window's other posts,
# or `Kreminna`, said by no other.
BURNED_NEAR_KREMINNA = "Three enemy tanks were burned near Kreminna this morning."
DESTROYED_NEAR_LYMAN = "Three enemy tanks were destroyed near Lyman this morning."
SAYING_DESTROYED = (
    "Two drones were destroyed over the city overnight.",
    "An ammunition depot was destroyed in the south.",
    "A bridge destroyed last week is being rebuilt.",
)
OTHER_NEWS = (
    "Two drones were shot down over the city overnight.",
    "An ammunition depot was hit in the south.",
    "A bridge damaged last week is being rebuilt.",
)
MATCH = AccountMatch(
    Account(name="Example", platform=Platform.TELEGRAM, handle="example"), 0.9, "Example", "Example"
)


def _scored(url: str, hour: int, text: str, quote: str = QUOTE) -> Candidate:
    at = dt.datetime(2022, 1, 21, hour, tzinfo=dt.UTC)
    post = FoundPost(url=url, posted_at=at, text=text, account=MATCH, via="telegram preview")
    candidate = score_post(post, (quote,), DAY, 1)
    assert candidate is not None
    return candidate


def _window(others: tuple[str, ...]) -> list[Candidate]:
    # The earlier post is the one time order puts first.
    lyman = _scored("lyman", 6, DESTROYED_NEAR_LYMAN)
    kreminna = _scored("kreminna", 12, BURNED_NEAR_KREMINNA)
    assert lyman.score == kreminna.score
    return [lyman, kreminna, *(_scored(f"other-{i}", 14 + i, text) for i, text in enumerate(others))]


def test_of_two_tied_posts_the_one_holding_the_rarer_quoted_word_ranks_first_and_says_so() -> None:
    # Before: the two tied at the same score, and neither was proposed.
    ranked = rank(_window(SAYING_DESTROYED))

    assert [c.post.url for c in ranked[:2]] == ["kreminna", "lyman"]
    assert tied_at_the_top(ranked) == ()
    assert (ranked[0].parts[QUOTED_WORDS] or 0) > (ranked[1].parts[QUOTED_WORDS] or 0) > 0
    assert ranked[1].notes[-1] == (
        "ranked by the quoted words: scores as kreminna does, but where it holds the quote lacks 'kreminna' "
        "(it lacks 'destroyed'; a word fewer of the window's posts say counts more): ranked below the post "
        "holding more of the quoted words"
    )
    # The score stays what the other parts give: the words order, they do not count.
    assert ranked[1].score == ranked[0].score == total_score(ranked[1].parts)


def test_tied_posts_lacking_equally_rare_quoted_words_still_tie() -> None:
    # `destroyed` and `Kreminna` are each said by one post of the window: nothing tells which is meant.
    ranked = rank(_window(OTHER_NEWS))

    assert {c.post.url for c in tied_at_the_top(ranked)} == {"lyman", "kreminna"}
    assert all(QUOTED_WORDS not in c.parts for c in ranked)


def test_tied_posts_each_holding_the_quote_as_written_still_tie() -> None:
    first = _scored("first", 6, f"{QUOTE}. Details will follow.")
    second = _scored("second", 12, f"Update. {QUOTE}.")

    ranked = rank([first, second])

    assert len(tied_at_the_top(ranked)) == 2
    assert all(QUOTED_WORDS not in c.parts and NEARNESS not in c.parts for c in ranked)


def test_a_quoted_word_said_only_in_another_sentence_is_not_held() -> None:
    text = f"In Kreminna all is quiet. Elsewhere: {DESTROYED_NEAR_LYMAN}"

    assert quoted_words_lacking([QUOTE], text) == ("kreminna",)
    assert quoted_words_lacking([QUOTE], f"{QUOTE}.") == ()


def test_a_short_quote_lacks_the_words_of_its_closest_run_of_words() -> None:
    assert quoted_words_lacking(["tanks destroyed near Kreminna"], "Tanks destroyed near Lyman.") == (
        "kreminna",
    )


def test_a_quote_in_latin_letters_of_a_cyrillic_post_is_compared_romanised() -> None:
    post = "Бойцы бригады восстановили электростанцию."

    assert quoted_words_lacking(["Boytsy brigady vosstanovili elektrostantsiyu"], post) == ()
    lacking = quoted_words_lacking(
        ["Boytsy brigady vosstanovili elektrostantsiyu"], post.replace("бригады", "роты")
    )
    assert lacking == ("brihadi",)  # as compared: romanised, each letter schemes write otherwise in one way


def test_ranked_again_a_post_told_apart_by_the_quoted_words_sheds_its_part_where_it_no_longer_ties() -> None:
    kreminna, lyman = rank(_window(SAYING_DESTROYED))[:2]
    lifted = Candidate(
        lyman.post, {**lyman.parts, "order": 1.0}, lyman.notes, total_score({**lyman.parts, "order": 1.0})
    )

    ranked = rank([lifted, kreminna])

    assert ranked[0].post.url == "lyman" and all(QUOTED_WORDS not in c.parts for c in ranked)
    assert not any(note.startswith("ranked by the quoted words:") for c in ranked for note in c.notes)
