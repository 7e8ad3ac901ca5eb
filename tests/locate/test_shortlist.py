"""What `locate` says of a footnote's posts once scored: no candidate, and whose posts that was said of."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from provenance.citations import parse_citation
from provenance.locate.locate import FootnoteSearch, _passage_day, _shortlist, _with_order
from provenance.locate.rank import Candidate, FoundPost, rank, score_post
from provenance.locate.registry import Account, AccountMatch
from provenance.locate.speakers import LocateQuery
from provenance.models import Context, Footnote, Platform

DAY = dt.date(2022, 1, 21)
MATCH = AccountMatch(Account(name="Desk", platform=Platform.TELEGRAM, handle="desk"), 1.0, "Desk", "Desk")
QUOTE = "The airport was captured this morning by our fighters."


def _candidate(post_id: int, text: str) -> Candidate:
    post = FoundPost(
        url=f"https://t.me/desk/{post_id}",
        posted_at=dt.datetime(2022, 1, 21, 10, post_id % 60, tzinfo=dt.UTC),
        text=text,
        account=MATCH,
        via="telegram preview",
    )
    candidate = score_post(post, (QUOTE,), DAY, 1)
    assert candidate is not None
    return candidate


def _search(candidates: tuple[Candidate, ...], read_whole: bool) -> FootnoteSearch:
    footnote = Footnote(label="1", text="Telegram, January 21, 2022.", line=1)
    query = LocateQuery("1", Platform.TELEGRAM, DAY, (), (QUOTE,))
    return FootnoteSearch(
        footnote,
        parse_citation(footnote).citation,
        query,
        (MATCH,),
        candidates,
        None,
        (),
        read_whole=read_whole,
    )


_POSTS = (
    _candidate(1, "Shelling reported near the bridge overnight; no casualties."),
    _candidate(2, "Grain convoy reached the port after a two-day delay."),
)


def test_a_window_not_read_whole_is_not_said_to_hold_no_post_with_the_quote() -> None:
    # The preview stopped at its page limit on a busy day (or a page was refused, or only archived copies were
    # read): the note said "no post of the window holds the quoted words", of posts it never read.
    shortlisted = _shortlist(_search(_POSTS, read_whole=False), _POSTS)

    assert shortlisted.candidates == ()
    (note,) = [note for note in shortlisted.notes if "holds the quoted words" in note]
    assert not note.startswith("no post of the window holds"), note
    assert note.startswith("no post read holds the quoted words: none of the 2 posts read of the window")
    assert "the post may be among those not read. " in note


def test_a_window_read_whole_without_the_quote_still_says_no_post_of_it_holds_the_words() -> None:
    shortlisted = _shortlist(_search(_POSTS, read_whole=True), _POSTS)

    assert shortlisted.candidates == ()
    (note,) = [note for note in shortlisted.notes if "holds the quoted words" in note]
    assert note.startswith("no post of the window holds the quoted words: none of its 2 posts scores quote")


# A channel's statement in two posts two minutes apart; a brief quotes it as one passage.
FIRST = "We will not withdraw from the bridgehead, whatever holding it may cost us."
SECOND = "The reserves are already moving south, and the enemy will see them soon enough."
THIRD = "Every attempt to cross the river tonight will be met with artillery fire."


def _split_candidates(quote: str, texts: dict[int, str]) -> tuple[Candidate, ...]:
    found = []
    for post_id, text in texts.items():
        post = FoundPost(
            url=f"https://t.me/desk/{post_id}",
            posted_at=dt.datetime(2022, 1, 21, 10, post_id, tzinfo=dt.UTC),
            text=text,
            account=MATCH,
            via="telegram preview",
        )
        candidate = score_post(post, (quote,), DAY, 1)
        assert candidate is not None
        found.append(candidate)
    return tuple(rank(found))


def _split_search(quote: str, candidates: tuple[Candidate, ...]) -> FootnoteSearch:
    search = _search(candidates, read_whole=True)
    return replace(search, query=replace(search.query, quotes=(quote,)))


_OTHER_POSTS = {
    1: "Shelling reported near the bridge overnight; no casualties confirmed in the sector.",
    5: "Grain convoy reached the port after a two-day delay.",
}


@pytest.mark.parametrize(
    "sentences",
    [(FIRST, SECOND), (FIRST, SECOND, THIRD)],
    ids=["two posts", "three posts"],
)
def test_a_quote_run_across_posts_proposes_them_and_says_each_holds_only_part(
    sentences: tuple[str, ...],
) -> None:
    # The channel split its statement into two (or three) posts; the brief quotes it whole. Each post held
    # half the words, scored quote below 0.5, and the footnote was told no post of the window holds them.
    quote = " ".join(sentences)
    texts = {**_OTHER_POSTS, **{10 + index: sentence for index, sentence in enumerate(sentences)}}
    candidates = _split_candidates(quote, texts)

    shortlisted = _shortlist(_split_search(quote, candidates), candidates)

    holding = {f"https://t.me/desk/{10 + index}" for index in range(len(sentences))}
    assert {c.post.url for c in shortlisted.candidates[: len(sentences)]} == holding
    assert not [note for note in shortlisted.notes if "holds the quoted words" in note]
    for candidate in shortlisted.candidates[: len(sentences)]:
        (note,) = candidate.notes
        assert note.startswith("holds only some of the quote's sentences word for word, not “")
    assert all(not c.notes for c in shortlisted.candidates[len(sentences) :])


def test_a_post_holding_the_whole_quote_of_several_sentences_ranks_first_without_a_part_note() -> None:
    quote = f"{FIRST} {SECOND}"
    texts = {**_OTHER_POSTS, 10: FIRST, 11: f"Statement of the day. {FIRST} {SECOND} #front"}
    candidates = _split_candidates(quote, texts)

    shortlisted = _shortlist(_split_search(quote, candidates), candidates)

    best = shortlisted.candidates[0]
    assert best.post.url == "https://t.me/desk/11" and best.parts["quote"] == 1.0 and best.notes == ()
    assert shortlisted.candidates[1].post.url == "https://t.me/desk/10"


@pytest.mark.parametrize("read_whole", [True, False])
def test_posts_cut_short_are_listed_and_what_was_read_is_said_only_of_the_window_read_whole(
    read_whole: bool,
) -> None:
    # The listing stopped at its page limit: "no post of the window shows the quoted words" was said of a
    # window part of which was never read.
    cut = _candidate(3, "Statement of the command on the events of the night. Read in full… Read more")
    candidates = (*_POSTS, cut)

    shortlisted = _shortlist(_search(candidates, read_whole=read_whole), candidates)

    assert [c.post.url for c in shortlisted.candidates] == [cut.post.url]
    (note,) = [note for note in shortlisted.notes if "shows the quoted words" in note]
    if read_whole:
        assert note.startswith("no post of the window shows the quoted words, but 1 of its 3 posts may")
    else:
        assert note.startswith(
            "no post read shows the quoted words (the window was not read whole: see above), but 1 of the 3 "
            "posts read may hold them"
        )


def _unseen(post_id: int) -> Candidate:
    """A message the preview shows none of the words of ("Please open Telegram to view this post")."""
    post = FoundPost(
        url=f"https://t.me/desk/{post_id}",
        posted_at=dt.datetime(2022, 1, 21, 10, post_id % 60, tzinfo=dt.UTC),
        text="",
        account=MATCH,
        via="telegram preview",
        words_unseen=True,
    )
    candidate = score_post(post, (QUOTE,), DAY, 1)
    assert candidate is not None
    return candidate


def test_a_post_whose_words_the_page_does_not_show_is_listed_not_said_to_lack_the_quote() -> None:
    # Its empty text scored quote 0, and the footnote was told "no post of the window holds the quoted words"
    # of a post whose words were never seen.
    unseen = _unseen(3)
    candidates = (*_POSTS, unseen)

    shortlisted = _shortlist(_search(candidates, read_whole=True), candidates)

    assert [c.post.url for c in shortlisted.candidates] == [unseen.post.url]
    assert unseen.parts["quote"] == 0.5 and unseen.quote_cut
    assert any("shows none of the post's words" in note for note in unseen.notes)
    assert not any(note.startswith("no post of the window holds") for note in shortlisted.notes)
    assert shortlisted.unranked is not None and "not shown" in shortlisted.unranked


def test_the_post_holding_the_quote_still_ranks_first_beside_one_whose_words_are_not_shown() -> None:
    held = _candidate(4, f"Update: {QUOTE} More to follow.")
    candidates = tuple(rank((*_POSTS, _unseen(3), held)))

    shortlisted = _shortlist(_search(candidates, read_whole=True), candidates)

    assert shortlisted.candidates[0].post.url == held.post.url and shortlisted.unranked is None


def test_a_post_whose_text_is_cut_ranks_below_posts_holding_sentences_of_a_quote_run_across_three() -> None:
    # Each of the three posts holds a third of the quote (quote 0.33); a post whose page shows its text cut
    # counts the neutral 0.50 without a word compared, ranked first, and was proposed for the quote.
    quote = f"{FIRST} {SECOND} {THIRD}"
    cut = "Statement of the command on the events of the night. Read in full… Read more"
    texts = {**_OTHER_POSTS, 3: cut, 10: FIRST, 11: SECOND, 12: THIRD}
    candidates = _split_candidates(quote, texts)

    shortlisted = _shortlist(_split_search(quote, candidates), candidates)

    holding = {"https://t.me/desk/10", "https://t.me/desk/11", "https://t.me/desk/12"}
    assert {c.post.url for c in shortlisted.candidates[:3]} == holding and shortlisted.unranked is None
    assert shortlisted.candidates[3].post.url == "https://t.me/desk/3" and shortlisted.candidates[3].quote_cut
    assert not any("https://t.me/desk/3" in note for note in shortlisted.notes if "score alike" in note)


def test_a_post_holding_the_quote_still_ranks_first_beside_a_post_whose_text_is_cut() -> None:
    cut = "Statement of the command on the events of the night. Read in full… Read more"
    candidates = tuple(rank((*_POSTS, _candidate(3, cut), _candidate(4, f"Update: {QUOTE}"))))

    shortlisted = _shortlist(_search(candidates, read_whole=True), candidates)

    assert [c.post.url for c in shortlisted.candidates[:2]] == ["https://t.me/desk/4", "https://t.me/desk/3"]


def test_the_order_of_a_later_note_is_judged_against_the_post_the_quote_singled_out_not_a_cut_one() -> None:
    # Note 1 quotes a statement run across posts 10-12 (10:10-10:12); a post of 10:03 whose text is cut
    # outscored them. Note 2's quote is in posts of 10:05 and 10:20 alike: judged against the cut post, both
    # kept the report's order, and the one posted before note 1's post was not told from the one after.
    quote = f"{FIRST} {SECOND} {THIRD}"
    cut = "Statement of the command on the events of the night. Read in full… Read more"
    first = _split_candidates(quote, {**_OTHER_POSTS, 3: cut, 10: FIRST, 11: SECOND, 12: THIRD})
    later = "Convoy reached the port."
    second = _split_candidates(later, {5: f"{later} Photos below.", 20: f"Again: {later}"})
    searches = [
        _split_search(quote, first),
        replace(_split_search(later, second), footnote=Footnote(label="2", text="Telegram.", line=2)),
    ]

    _, ordered = _with_order(searches)

    assert [(c.post.url, c.parts["order"]) for c in ordered.candidates] == [
        ("https://t.me/desk/20", 1.0),
        ("https://t.me/desk/5", 0.0),
    ]


def test_the_order_of_a_later_note_is_not_judged_against_the_earlier_of_two_posts_tied_for_a_note() -> None:
    # Note 1's words were posted twice (10:05 and 10:40), tied; note 2's post is of 10:20. Judged against the
    # earlier of the tie, as if it were note 1's post, note 2's post kept the report's order (order 1.00),
    # though note 1 may cite the 10:40 repost.
    said = "Convoy reached the port after a two-day delay."
    first = _split_candidates(said, {5: said, 40: said, 1: _OTHER_POSTS[1]})
    later = "The bridge will stay closed until Friday."
    second = _split_candidates(later, {20: later})
    searches = [
        _split_search(said, first),
        replace(_split_search(later, second), footnote=Footnote(label="2", text="Telegram.", line=2)),
    ]

    note1, note2 = _with_order(searches)

    assert note2.candidates[0].parts["order"] is None, "judged against no post of note 1"
    # Note 1's own order is judged against note 2's post, which its quote singled out: the post before it
    # keeps the report's order, and the tie is broken by that, not by time.
    assert [(c.post.url, c.parts["order"]) for c in note1.candidates[:2]] == [
        ("https://t.me/desk/5", 1.0),
        ("https://t.me/desk/40", 0.0),
    ]
    assert not any(note.startswith("tied with") for note in note1.candidates[0].notes)


def test_two_posts_tied_at_the_top_are_each_said_to_tie_and_every_tied_post_is_shown() -> None:
    said = "Convoy reached the port after a two-day delay."
    candidates = _split_candidates(said, dict.fromkeys(range(10, 17), said))

    shortlisted = _shortlist(_split_search(said, candidates), candidates)

    assert len(shortlisted.candidates) == 7, "seven posts tie: none is left out of five shown"
    for candidate in shortlisted.candidates:
        (note,) = candidate.notes
        assert note.startswith("tied with https://t.me/desk/") and "none is proposed" in note


def _two_quote_search(texts: dict[int, str]) -> tuple[FootnoteSearch, tuple[Candidate, ...]]:
    found = []
    for post_id, text in texts.items():
        post = FoundPost(
            url=f"https://t.me/desk/{post_id}",
            posted_at=dt.datetime(2022, 1, 21, 10, post_id, tzinfo=dt.UTC),
            text=text,
            account=MATCH,
            via="telegram preview",
        )
        candidate = score_post(post, (FIRST, SECOND), DAY, 1)
        assert candidate is not None
        found.append(candidate)
    candidates = tuple(rank(found))
    search = _search(candidates, read_whole=True)
    return replace(search, query=replace(search.query, quotes=(FIRST, SECOND))), candidates


def test_a_note_whose_two_quotes_two_posts_hold_between_them_says_so_of_each() -> None:
    # `Desk wrote: "We will not withdraw …" The next morning it added: "The reserves are already moving …"[1]`
    # quotes two posts in one note. Post 2 was proposed, "2 posts score alike: the score does not tell them
    # apart", and the citations file told the person to keep the one of them the report cites.
    search, candidates = _two_quote_search({**_OTHER_POSTS, 10: FIRST, 11: SECOND})

    shortlisted = _shortlist(search, candidates)

    first, second = shortlisted.candidates[:2]
    assert [first.post.url, second.post.url] == ["https://t.me/desk/11", "https://t.me/desk/10"]
    assert not [note for note in shortlisted.notes if "score alike" in note]
    (note,) = [note for note in shortlisted.notes if note.startswith("no post holds all")]
    assert note.startswith(
        "no post holds all the passage's 2 quotes, and 2 posts hold them between them (https://t.me/desk/11 "
        "holds “The reserves are already moving south, a…”, https://t.me/desk/10 holds “We will not withdraw "
        "from the bridgehead…”): the note may cite each"
    )
    assert first.notes[-1] == (
        "the passage's other quotes are held by https://t.me/desk/10 (“We will not withdraw from the "
        "bridgehead…”): the note may cite more than one post"
    )
    assert second.notes[-1].startswith("the passage's other quotes are held by https://t.me/desk/11")


def test_a_passage_of_many_quotes_each_in_its_own_post_is_no_note_citing_a_few_posts() -> None:
    # 2,000 quotes, each held by its own post, all scoring alike: every post's notes listed every other post
    # (hundreds of MB).
    quotes = tuple(f"quote number {index} of the passage, long enough" for index in range(2_000))
    candidates = tuple(
        Candidate(
            replace(_POSTS[0].post, url=f"https://t.me/desk/{index}"),
            {"quote": 0.9},
            score=0.9,
            quotes_missing=quotes[:index] + quotes[index + 1 :],
        )
        for index in range(2_000)
    )
    search = replace(
        _search(candidates, read_whole=True), query=replace(_search((), True).query, quotes=quotes)
    )

    shortlisted = _shortlist(search, candidates)

    assert len(shortlisted.candidates) == 40, "all tie: the first 40 are shown"
    assert "2000 posts tie at the top: the first 40 in time order are shown" in shortlisted.notes
    assert not [note for note in shortlisted.notes if note.startswith("no post holds all")]
    assert all(len(note) < 2_000 for c in shortlisted.candidates for note in c.notes)


def test_a_post_holding_both_quotes_is_proposed_and_no_split_is_said() -> None:
    search, candidates = _two_quote_search({**_OTHER_POSTS, 10: FIRST, 11: SECOND, 12: f"{FIRST} {SECOND}"})

    shortlisted = _shortlist(search, candidates)

    assert shortlisted.candidates[0].post.url == "https://t.me/desk/12"
    assert not [note for note in shortlisted.notes if note.startswith("no post holds all")]


def test_a_post_holding_a_quote_in_part_says_posts_in_another_script_were_not_compared() -> None:
    # A translated quote against a Russian channel: its one English post, saying the road is open, holds the
    # quote in part and was proposed, with nothing to say the Russian posts, one of them perhaps the source,
    # were never compared with the quote.
    quote = "the supply road through sector 2 is cut tonight"
    texts = {
        1: "Дорога снабжения через сектор 2 перерезана.",
        2: "Briefing: the supply road through sector 2 remains open tonight.",
        3: "Обстрел в секторе 5, потерь нет.",
    }
    candidates = _split_candidates(quote, texts)

    shortlisted = _shortlist(_split_search(quote, candidates), candidates)

    best = shortlisted.candidates[0]
    assert best.post.url == "https://t.me/desk/2" and shortlisted.unranked is None
    assert best.notes == (
        'holds the quote nearly, not as written (quote 0.69): the post says "remains open" for "is cut"',
        "singled out by a quote it holds only in part (quote 0.69): 2 other post(s) of the window were not "
        "compared with the quote (it is in another script, or their text is cut, edited or not shown) and "
        "may hold its words; read them",
    )


def test_a_short_quote_a_post_holds_all_but_a_word_of_singles_out_no_post_beside_untranslated_ones() -> None:
    # "the supply road is cut" (a translation) against a Russian channel: its one English post, saying the
    # road "remains open", scored quote 0.59 for the four words it shares, and was proposed above the Russian
    # post saying the road is cut. Five words scored 0.6 against unrelated text of the language: it holds
    # none of the quote's meaning, and the window's posts are listed in time order, the Russian first.
    quote = "the supply road is cut"
    texts = {
        1: "Дорога снабжения перерезана.",
        2: "Briefing: the supply road through sector 2 remains open tonight.",
        3: "Обстрел в секторе 5, потерь нет.",
    }
    candidates = _split_candidates(quote, texts)

    shortlisted = _shortlist(_split_search(quote, candidates), candidates)

    assert [c.post.url for c in shortlisted.candidates] == [f"https://t.me/desk/{n}" for n in (1, 2, 3)]
    assert shortlisted.unranked is not None and "translated?" in shortlisted.unranked
    assert (shortlisted.candidates[1].parts["quote"] or 0) < 0.5


def test_a_post_holding_the_quote_says_nothing_of_posts_in_another_script() -> None:
    quote = "the supply road is cut"
    texts = {1: "Дорога снабжения перерезана.", 2: "Briefing: the supply road is cut near sector 2."}
    candidates = _split_candidates(quote, texts)

    shortlisted = _shortlist(_split_search(quote, candidates), candidates)

    assert (
        shortlisted.candidates[0].post.url == "https://t.me/desk/2" and shortlisted.candidates[0].notes == ()
    )


@pytest.mark.parametrize("read_whole", [True, False])
def test_a_quote_no_post_holds_says_the_words_were_compared_as_written(read_whole: bool) -> None:
    # "Der Feind hat sich vom nördlichen Stadtrand zurückgezogen" (a German translation) against an English
    # channel: one script, no post holds the words, and the note said only that no post of the window holds
    # them, though the post it translates is there.
    quote = "Der Feind hat sich vom nördlichen Stadtrand zurückgezogen."
    texts = {
        1: "The enemy has withdrawn from the northern outskirts of the town.",
        2: "Shelling in sector 5.",
    }
    candidates = _split_candidates(quote, texts)

    shortlisted = _shortlist(replace(_split_search(quote, candidates), read_whole=read_whole), candidates)

    assert shortlisted.candidates == ()
    (note,) = [note for note in shortlisted.notes if "holds the quoted words" in note]
    assert note.endswith(
        "The words were compared as written: a post in another language than the quote, in the same script, "
        "is not found so"
    )


def test_a_quote_no_post_holds_but_a_reply_shows_names_the_reply_to_follow() -> None:
    reply = score_post(
        replace(_POSTS[0].post, url="https://t.me/desk/9", text="Confirmed.", in_reply_to=QUOTE),
        (QUOTE,),
        DAY,
        1,
    )
    assert reply is not None
    candidates = (*_POSTS, reply)

    shortlisted = _shortlist(_search(candidates, read_whole=True), candidates)

    assert shortlisted.candidates == ()
    assert shortlisted.notes[-1] == (
        "1 post(s) of the window reply to a message whose words, as the page shows them, hold the quote: "
        "https://t.me/desk/9 (quote 1.00); the message replied to, perhaps outside the window, may be the "
        "one cited: open the reply and follow it"
    )


def _with_passage(text: str) -> Footnote:
    return Footnote(
        label="1", text="Telegram, January 23, 2022.", line=3, contexts=(Context(line=1, text=text),)
    )


@pytest.mark.parametrize(
    ("passage", "day"),
    [
        ('On January 21, Rybar wrote: "We hold."', dt.date(2022, 1, 21)),
        ('Rybar wrote on 21 January: "We hold."', dt.date(2022, 1, 21)),
        ('On Friday, Jan. 21, Rybar wrote: "We hold."', dt.date(2022, 1, 21)),
        ('On the 21st of January 2022 Rybar wrote: "We hold."', dt.date(2022, 1, 21)),
        ('On December 30, Rybar wrote: "We hold."', None),  # over two weeks before 23 January
        ('On January 23, Rybar wrote: "We hold."', None),  # the note's own day
        ('Rybar wrote about the January 19 strike: "We hold."', None),  # the subject's day, not the post's
        ('Rybar wrote: "We hold on January 19."', None),  # the post's words, not the report's
        ('On January 19 and on January 21, Rybar wrote: "We hold."', None),  # two days: which is unknown
        ('On January 19, troops entered the town. Rybar wrote: "We hold."', None),  # the event's day
        ('Troops entered the town. On January 21, Rybar said: "We hold."', dt.date(2022, 1, 21)),
    ],
)
def test_the_day_a_passage_gives_the_post_is_read_after_on_outside_quotes(
    passage: str, day: dt.date | None
) -> None:
    assert _passage_day(_with_passage(passage), dt.date(2022, 1, 23)) == day


def test_a_december_day_in_the_passage_of_a_note_dated_in_january_is_of_the_year_before() -> None:
    footnote = _with_passage('On December 30, Rybar wrote: "We hold."')

    assert _passage_day(footnote, dt.date(2022, 1, 2)) == dt.date(2021, 12, 30)


def test_the_passage_day_pattern_reads_a_hostile_passage_of_100_kb() -> None:
    # Every `on` followed by a day-like run: each is read once.
    hostile = "on Friday, " * 5_000 + "on 1" * 20_000 + "on January 2" + "1" * 50_000

    assert _passage_day(_with_passage(hostile), dt.date(2022, 1, 23)) is None


def _month_posts(count: int) -> tuple[Candidate, ...]:
    """`count` posts, one every 6 hours from 28 December 2021, scored against the note `January 2022` with
    no quote."""
    first = dt.datetime(2021, 12, 28, 0, 10, tzinfo=dt.UTC)
    posts = []
    for index in range(count):
        post = FoundPost(
            url=f"https://t.me/desk/{index + 1}",
            posted_at=first + index * dt.timedelta(hours=6),
            text=f"Update {index}.",
            account=MATCH,
            via="telegram preview",
        )
        candidate = score_post(post, (), dt.date(2022, 1, 1), 1, last=dt.date(2022, 1, 31))
        if candidate is not None:
            posts.append(candidate)
    return tuple(posts)


@pytest.mark.parametrize(
    ("nearest", "first_day", "last_day"),
    [
        ((dt.date(2022, 1, 21),), dt.date(2022, 1, 16), dt.date(2022, 1, 26)),
        ((), dt.date(2021, 12, 31), None),
    ],
    ids=["passage-day", "month-alone"],
)
def test_a_month_of_more_posts_than_are_listed_keeps_those_nearest_the_passage_s_day_and_says_how_many(
    nearest: tuple[dt.date, ...], first_day: dt.date, last_day: dt.date | None
) -> None:
    # The first 40 in time order were the month's margin and its first week; the passage's 21 January,
    # never listed, and "136 posts of the window, listed in time order" said of the 40 shown.
    posts = _month_posts(150)
    footnote = Footnote(label="1", text="Telegram, January 2022.", line=1)
    query = LocateQuery("1", Platform.TELEGRAM, None, (), (), period="2022-01")
    search = FootnoteSearch(
        footnote, parse_citation(footnote).citation, query, (MATCH,), posts, None, (), nearest=nearest
    )

    shortlisted = _shortlist(search, posts)

    shown = [candidate.post.posted_at for candidate in shortlisted.candidates if candidate.post.posted_at]
    assert len(shown) == 40 and shown == sorted(shown)
    assert shown[0].date() == first_day
    assert all(candidate.parts["date"] == 1.0 for candidate in shortlisted.candidates), "no margin day"
    if last_day is not None:
        assert shown[-1].date() == last_day
    assert shortlisted.window_posts == len(posts) > 40
    which = "those nearest 2022-01-21" if nearest else "the earliest of the cited month"
    assert shortlisted.unranked == (
        f"40 of the window's {len(posts)} posts ({which}), listed in time order (no quote in the passage)"
    )
    assert any(f"the other {len(posts) - 40} not; read them" in note for note in shortlisted.notes)
