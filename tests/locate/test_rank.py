"""Ranking: the score's parts, each judged on its own, and how they add up."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest

from provenance.citations.dates import CitedTime, ZonedDay, find_zoned_day
from provenance.locate import rank as rank_module
from provenance.locate.locate import _told_apart, located_candidate
from provenance.locate.rank import (
    Candidate,
    FootnoteCandidates,
    FoundPost,
    alike_at_the_top,
    apply_order,
    cited_day_bounds,
    date_part,
    quote_differences,
    quote_part,
    rank,
    score_post,
    tied_at_the_top,
    time_part,
    window_bounds,
)
from provenance.locate.registry import Account, AccountMatch
from provenance.models import Platform

DAY = dt.date(2022, 1, 21)
MATCH = AccountMatch(
    Account(name="Example", platform=Platform.TELEGRAM, handle="example"), 0.9, "Example", "Example"
)


def _post(url: str, at: dt.datetime | None, text: str) -> FoundPost:
    return FoundPost(url=url, posted_at=at, text=text, account=MATCH, via="telegram preview")


def _utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> dt.datetime:
    return dt.datetime(year, month, day, hour, minute, tzinfo=dt.UTC)


def test_the_cited_day_spans_every_time_zone_from_utc_minus_12_to_plus_14() -> None:
    start, end = cited_day_bounds(DAY)

    assert (start, end) == (_utc(2022, 1, 20, 10), _utc(2022, 1, 22, 12))
    assert date_part(_utc(2022, 1, 20, 10), DAY, 1) == 1.0
    assert date_part(_utc(2022, 1, 22, 11, 59), DAY, 1) == 1.0
    assert 0 < date_part(_utc(2022, 1, 22, 18), DAY, 1) < 1  # type: ignore[operator]
    assert date_part(None, DAY, 1) is None


QUOTED = "The enemy convoy was struck at dawn near the northern bridge"


def test_a_post_of_unknown_time_ranks_below_a_post_of_the_cited_day_quoting_a_little_less_exactly() -> None:
    # An archived copy made in the window may be of a post of any year: its date was left out of the score,
    # as if it were of the cited day, and it came first.
    undated = _post("https://t.me/example/1", None, f"{QUOTED}.")
    on_the_day = _post(
        "https://t.me/example/2",
        _utc(2022, 1, 21, 10),
        "Update: the enemy convoy was struck at dawn near the north bridge.",
    )

    ranked = rank([c for post in (undated, on_the_day) if (c := score_post(post, (QUOTED,), DAY, 1))])

    assert [c.post.url for c in ranked] == ["https://t.me/example/2", "https://t.me/example/1"]
    assert ranked[1].parts["date"] == 0.5
    assert "the post's time is unknown: its date counts 0.50, not 1" in ranked[1].notes


def test_a_post_of_unknown_time_holding_the_quote_still_ranks_above_posts_that_do_not() -> None:
    undated = _post("https://t.me/example/1", None, f"{QUOTED}.")
    filler = _post("https://t.me/example/2", _utc(2022, 1, 21, 10), "Briefing: the supply road remains open.")

    ranked = rank([c for post in (undated, filler) if (c := score_post(post, (QUOTED,), DAY, 1))])

    assert ranked[0].post.url == "https://t.me/example/1" and ranked[0].score > 0.85


def test_a_post_whose_page_gives_only_its_day_is_judged_by_that_day() -> None:
    # Its midnight UTC is no time the page gave: the day after the cited one scored 1.00 ("on the cited day")
    # and the day before 0.33, though either is one day off.
    def day_only(day: int) -> FoundPost:
        return replace(_post("u", _utc(2022, 1, day), "Bridge reopened."), via="memento", day_only=True)

    scored = {day: score_post(day_only(day), (), DAY, 1) for day in (19, 20, 21, 22, 23)}

    assert {day: c.parts["date"] if c else None for day, c in scored.items()} == {
        19: None,
        20: 0.8,
        21: 1.0,
        22: 0.8,
        23: None,
    }
    assert scored[22] is not None
    assert scored[22].notes == ("the page gives only the post's day, 2022-01-22, no time",)
    assert located_candidate(scored[22]).posted_at is None, "the ledger records no time the page did not give"


JANUARY = (dt.date(2022, 1, 1), dt.date(2022, 1, 31))


def test_a_cited_month_spans_its_days_in_every_zone_and_scores_any_of_them_as_the_cited_day() -> None:
    # `[4] Telegram, January 2022.`: the month's first day in UTC+14 to its last in UTC-12.
    first, last = JANUARY
    assert cited_day_bounds(first, last) == (_utc(2021, 12, 31, 10), _utc(2022, 2, 1, 12))
    assert window_bounds(first, 1, last) == (_utc(2021, 12, 30, 10), _utc(2022, 2, 2, 12))
    mid_month = score_post(_post("u", _utc(2022, 1, 14, 9), f"{QUOTED}."), (QUOTED,), first, 1, last=last)
    assert mid_month is not None and mid_month.parts["date"] == 1.0
    assert "the note gives the month (2022-01), not the day" in " ".join(mid_month.notes)
    # A day past the month in every zone is the window's margin, not the month: no note, date below 1.
    after = score_post(_post("u", _utc(2022, 2, 2, 0), f"{QUOTED}."), (QUOTED,), first, 1, last=last)
    assert after is not None and 0 < after.parts["date"] < 1  # type: ignore[operator]
    assert not any("gives the month" in note for note in after.notes)
    assert score_post(_post("u", _utc(2022, 2, 5), f"{QUOTED}."), (QUOTED,), first, 1, last=last) is None


def test_a_post_whose_page_gives_only_its_day_is_of_the_cited_month_on_any_of_its_days() -> None:
    def day_only(month: int, day: int) -> FoundPost:
        return replace(_post("u", _utc(2022, month, day), "Bridge."), via="memento", day_only=True)

    first, last = JANUARY
    dates = [date_part(day_only(1, 17).posted_at, first, 1, True, last=last)]
    dates += [date_part(day_only(2, 1).posted_at, first, 1, True, last=last)]
    dates += [date_part(day_only(2, 2).posted_at, first, 1, True, last=last)]
    assert dates == [1.0, 0.8, 0.0]


def test_a_post_outside_the_window_is_no_candidate() -> None:
    assert score_post(_post("u", _utc(2022, 1, 25), "text"), (), DAY, 1) is None


def test_a_quote_with_an_ellipsis_matches_the_post_it_was_cut_from() -> None:
    post = "ISIS' ongoing barbaric crimes against our people will not go unanswered, said the statement."

    score, notes = quote_part(["ISIS\u2019 ongoing barbaric crimes \u2026 will not go unanswered"], post)

    assert score is not None and score > 0.9 and notes == ()


@pytest.mark.parametrize("ellipsis", ["\u2026", "...", ". . .", "[. . .]", "[\u2026]"])
def test_a_quote_cut_with_any_style_of_ellipsis_matches_the_post_it_was_cut_from(ellipsis: str) -> None:
    post = "The bridge that was struck on Monday will be rebuilt within a week, the governor said."

    score, _ = quote_part([f"The bridge {ellipsis} will be rebuilt within a week"], post)

    assert score == 1.0


def test_unrelated_text_in_the_same_language_scores_near_nothing() -> None:
    score, _ = quote_part(["the bridge will be rebuilt within a week"], "Photo report 28 from sector 3.")

    assert score is not None and score < 0.2


def test_a_translated_quote_lowers_confidence_but_does_not_exclude_the_post() -> None:
    russian = "\u041c\u043e\u0441\u0442 \u0431\u0443\u0434\u0435\u0442 " + (
        "\u0432\u043e\u0441\u0441\u0442\u0430\u043d\u043e\u0432\u043b\u0435\u043d"
    )
    candidate = score_post(_post("u", _utc(2022, 1, 21, 12), russian), ["the bridge will be rebuilt"], DAY, 1)

    assert candidate is not None
    assert candidate.parts["quote"] == 0.5 and candidate.quote_translated
    assert "Latin script, post in Cyrillic" in candidate.notes[0]
    assert candidate.score < 0.9


RUSSIAN_QUOTE = "Противник понёс серьёзные потери возле северного моста"


def test_a_post_holding_the_quote_as_written_is_compared_though_its_links_outnumber_its_letters() -> None:
    # Most of its letters are Latin (a link, hashtags): the quote was taken for a translation, scored 0.5, and
    # a post of the quote's script holding only part of it came first.
    cited = _post(
        "https://t.me/example/1",
        _utc(2022, 1, 21, 10),
        f"{RUSSIAN_QUOTE}. Подробности: https://example-news.com/articles/military-operations/"
        "northern-bridge-report-january #breaking #news #frontline",
    )
    teaser_text = "Противник понёс потери. Подробности позже."
    teaser = _post("https://t.me/example/2", _utc(2022, 1, 21, 9), teaser_text)

    ranked = rank([c for post in (cited, teaser) if (c := score_post(post, (RUSSIAN_QUOTE,), DAY, 1))])

    assert ranked[0].post.url == "https://t.me/example/1"
    assert ranked[0].parts["quote"] == 1.0 and not ranked[0].quote_translated and ranked[0].notes == ()


def test_a_quote_whose_words_a_post_of_another_script_does_not_hold_is_still_a_translation() -> None:
    post = "Противник понёс серьёзные потери возле северного моста. https://example.com/enemy-losses-north"

    score, notes = quote_part(["The enemy suffered heavy losses near the northern bridge"], post)

    assert score == 0.5 and "quote in Latin script, post in Cyrillic" in notes[0]


@pytest.mark.parametrize(
    "quote",
    [
        "Vsyo idyot po planu",
        "Vse idet po planu",
        "Vsjo idjot po planu",
        "nashi voiska zaniali severnuiu okrainu",
    ],
)
def test_a_quote_of_a_cyrillic_post_written_in_latin_letters_is_compared_transliterated(quote: str) -> None:
    # Taken for a translation, it was not compared (quote 0.50 for every post of the window), and the post
    # saying the words was listed among the others in time order, not singled out.
    said = "Всё идёт по плану. Наши войска заняли северную окраину."
    cited = _post("https://t.me/example/1", _utc(2022, 1, 21, 10), said)
    other = _post("https://t.me/example/2", _utc(2022, 1, 21, 9), "Сегодня прошли переговоры делегаций.")

    ranked = rank([c for post in (cited, other) if (c := score_post(post, (quote,), DAY, 1))])

    assert ranked[0].post.url == "https://t.me/example/1" and ranked[0].parts["quote"] == 1.0
    assert ranked[0].quote_across and ranked[0].notes == (
        "quote in Latin letters, post in Cyrillic: compared transliterated (quote 1.00), not as written",
    )
    assert ranked[1].parts["quote"] == 0.5 and ranked[1].quote_translated, "still no word compared"


@pytest.mark.parametrize(
    ("quote", "said"),
    [
        # German reports write Russian as German spells it (DW: `Wsjo idjot po planu`, `w`, `sch`, `s`).
        ("Rossija wsegda pobeschdajet", "Россия всегда побеждает. Наши войска заняли северную окраину."),
        (
            "Wsjo idjot po planu, nashi woiska sanjali sewernuju okrainu",
            "Всё идёт по плану. Наши войска заняли северную окраину.",
        ),
        # Ukrainian's own scheme (the Kyiv Independent's): ghe as h, i as y, yi as yi.
        (
            "My ne viddamo zhodnoho santymetra nashoyi zemli",
            "Ми не віддамо жодного сантиметра нашої землі \u2014 це наша позиція.",
        ),
    ],
)
def test_a_quote_romanised_by_a_german_or_the_ukrainian_scheme_ranks_its_post_first(
    quote: str, said: str
) -> None:
    # `Rossija wsegda pobeschdajet` was taken for a translation (quote 0.50 for every post, listed in time
    # order); `zhodnoho`, `nashoyi` held the quote only nearly (0.96), below a post romanised alike.
    cited = _post("https://t.me/example/1", _utc(2022, 1, 21, 10), said)
    other = _post("https://t.me/example/2", _utc(2022, 1, 21, 9), "Сегодня прошли переговоры делегаций.")

    ranked = rank([c for post in (cited, other) if (c := score_post(post, (quote,), DAY, 1))])

    assert ranked[0].post.url == "https://t.me/example/1" and ranked[0].parts["quote"] == 1.0
    assert ranked[0].notes == (
        "quote in Latin letters, post in Cyrillic: compared transliterated (quote 1.00), not as written",
    )


def test_an_english_translation_of_a_cyrillic_post_is_not_taken_for_its_transliteration() -> None:
    score, notes = quote_part(["Everything is going according to plan"], "Всё идёт по плану.")

    assert score == 0.5 and notes == (
        "quote in Latin script, post in Cyrillic: a translation cannot be compared word for word",
    )


def test_a_translated_quote_is_not_compared_letter_by_letter_with_the_post_romanised(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Each Cyrillic post of the window was compared a second time, romanised, with the whole quote: for a
    # long translated quote, seconds a post. Fewer than half its words in the post romanised: not compared.
    compared: list[str] = []
    real = rank_module.quote_similarity

    def counted(quote: str, text: str) -> float:
        compared.append(text)
        return real(quote, text)

    monkeypatch.setattr(rank_module, "quote_similarity", counted)
    quote = "Our troops took the northern outskirts of the city after heavy fighting " * 30

    score, _ = quote_part([quote], "Наши войска заняли северную окраину города после тяжёлых боёв. " * 60)

    assert score == 0.5 and len(compared) == 1, "compared once, as written"


def test_a_quote_in_the_posts_script_is_compared_even_when_it_matches_nothing() -> None:
    post = _post("u", _utc(2022, 1, 21, 12), "Photo report 28 from sector 3.")
    candidate = score_post(post, ["the bridge will be rebuilt within a week"], DAY, 1)

    assert candidate is not None
    assert not candidate.quote_translated, "one script: the words were compared, no translation to suspect"
    assert candidate.notes == ()


def test_without_a_quote_the_other_parts_decide_and_the_quote_part_is_shown_as_unjudged() -> None:
    candidate = score_post(_post("u", _utc(2022, 1, 21, 12), "anything"), (), DAY, 1)

    assert candidate is not None
    assert candidate.parts == {"quote": None, "speaker": 0.9, "date": 1.0, "order": None}
    assert candidate.score == round((0.25 * 0.9 + 0.15 * 1.0) / 0.4, 3)


def test_a_forward_of_another_account_s_post_ranks_below_the_account_s_own_and_says_whose_it_is() -> None:
    # The channel forwarded Grey Zone's post with the quoted words: it scored 0.99 like the channel's own,
    # and as the earlier of a tie came first, with nothing in the table to say the words were Grey Zone's.
    quote = "the bridge will be rebuilt within a week"
    forward = replace(
        _post("https://t.me/example/40", _utc(2022, 1, 21, 9), f"Grey Zone: {quote}."),
        forwarded_from="'Grey Zone' (@grey_zone)",
    )
    own = _post("https://t.me/example/41", _utc(2022, 1, 21, 10), f"As we said: {quote}.")

    ranked = rank([c for c in (score_post(p, (quote,), DAY, 1) for p in (forward, own)) if c])

    assert [c.post.url for c in ranked] == ["https://t.me/example/41", "https://t.me/example/40"]
    assert ranked[1].parts["speaker"] == 0.0 and ranked[1].score < 0.8
    assert ranked[1].notes == (
        "a forward of 'Grey Zone' (@grey_zone)'s post: the words are theirs, not Example (telegram "
        "@example)'s; the original is the post to cite",
    )
    assert ranked[0].parts["speaker"] == 0.9 and ranked[0].notes == ()


def test_a_forward_that_links_its_original_names_the_post_to_cite() -> None:
    # The note said the original is the post to cite, and left the reader to find it.
    quote = "the bridge will be rebuilt within a week"
    forward = replace(
        _post("https://t.me/example/40", _utc(2022, 1, 21, 9), quote),
        forwarded_from="'Grey Zone' (@grey_zone)",
        forwarded_url="https://t.me/grey_zone/5",
    )

    candidate = score_post(forward, (quote,), DAY, 1)

    assert candidate is not None and candidate.notes == (
        "a forward of 'Grey Zone' (@grey_zone)'s post: the words are theirs, not Example (telegram "
        "@example)'s; the original, https://t.me/grey_zone/5, is the post to cite",
    )


def test_posts_within_a_rounding_of_the_best_score_are_alike_at_the_top() -> None:
    quote = "the bridge will be rebuilt within a week"
    texts = {"a": quote, "b": f"Repost: {quote}.", "c": "the bridge will be rebuilt"}
    posts = [_post(url, _utc(2022, 1, 21, 9 + i), text) for i, (url, text) in enumerate(texts.items())]
    ranked = rank([c for c in (score_post(p, (quote,), DAY, 1) for p in posts) if c])

    assert [c.post.url for c in alike_at_the_top(ranked)] == ["a", "b"]
    assert alike_at_the_top(ranked[:1]) == () and alike_at_the_top([ranked[0], ranked[2]]) == ()


def test_a_post_holding_the_quote_the_best_lacks_is_not_alike_with_it() -> None:
    # Two quotes of one note, each in its own post, scored 0.973 and 0.971: "the score does not tell them
    # apart", where each holds words of the passage the other lacks.
    first, second = "the bridge will be rebuilt within a week", "the convoy reached the port at dawn"
    texts = {"a": f"We say: {first}.", "b": f"And: {second}.", "c": f"Again: {first}!"}
    posts = [_post(url, _utc(2022, 1, 21, 9 + i), text) for i, (url, text) in enumerate(texts.items())]
    ranked = rank([c for c in (score_post(p, (first, second), DAY, 1) for p in posts) if c])

    assert {c.post.url for c in ranked[:3]} == {"a", "b", "c"} and ranked[0].quotes_missing == (second,)
    assert {c.post.url for c in alike_at_the_top(ranked)} == {"a", "c"}


def test_posts_of_the_best_score_exactly_tie_at_the_top_and_a_post_scoring_less_does_not() -> None:
    quote = "the bridge will be rebuilt within a week"
    texts = {"a": quote, "b": quote, "c": "the bridge will be rebuilt"}
    posts = [_post(url, _utc(2022, 1, 21, 9 + i), text) for i, (url, text) in enumerate(texts.items())]
    ranked = rank([c for c in (score_post(p, (quote,), DAY, 1) for p in posts) if c])

    assert [c.post.url for c in tied_at_the_top(ranked)] == ["a", "b"]
    assert tied_at_the_top([ranked[0], ranked[2]]) == () and tied_at_the_top(ranked[:1]) == ()


def test_of_several_quotes_the_post_holding_all_of_them_ranks_above_one_holding_the_shortest() -> None:
    # `Rybar wrote that "the enemy is retreating" and that "the bridge …"`: an earlier teaser holding only the
    # short quote scored quote 1.00 as the post holding both did, and came first as the earlier.
    quotes = ("the enemy is retreating", "the bridge at Antonovsky was struck at three in the morning")
    teaser = _post("teaser", _utc(2022, 1, 21, 9), "The enemy is retreating. Details soon.")
    report = _post(
        "report",
        _utc(2022, 1, 21, 10),
        "Update: the bridge at Antonovsky was struck at three in the morning. The enemy is retreating.",
    )

    ranked = rank([c for c in (score_post(p, quotes, DAY, 1) for p in (teaser, report)) if c])

    assert [(c.post.url, c.parts["quote"]) for c in ranked] == [("report", 1.0), ("teaser", 0.928)]
    assert quote_part(quotes[:1], teaser.text) == (1.0, ()), "one quote: the best is all there is"


def test_a_post_holding_one_of_the_passages_quotes_names_the_one_it_does_not_hold() -> None:
    # Its quote part is the best quote's (0.93 here): nothing said the other quote was not in it, and a post
    # holding one of two quotes looked as sure as one holding the passage's words.
    quotes = ("the enemy is retreating", "the bridge at Antonovsky was struck at three in the morning")
    teaser = score_post(
        _post("teaser", _utc(2022, 1, 21, 9), "The enemy is retreating. Details soon."), quotes, DAY, 1
    )
    both = score_post(
        _post(
            "report",
            _utc(2022, 1, 21, 10),
            "The bridge at Antonovsky was struck at three in the morning. The enemy is retreating.",
        ),
        quotes,
        DAY,
        1,
    )
    assert teaser is not None and both is not None

    assert teaser.notes == (
        "holds 1 of the passage's 2 quotes, not “the bridge at Antonovsky was struck at t…”",
    )
    assert not teaser.quote_translated
    assert both.notes == (), "a post holding every quote says nothing of them"


def test_ties_go_to_the_earlier_post_whatever_order_they_were_fetched_in() -> None:
    late = score_post(_post("b", _utc(2022, 1, 21, 15), "x"), (), DAY, 1)
    early = score_post(_post("a", _utc(2022, 1, 21, 9), "x"), (), DAY, 1)
    assert late is not None and early is not None

    assert [c.post.url for c in rank([late, early])] == ["a", "b"]


def test_order_rewards_the_post_that_keeps_the_reports_order_on_one_account_and_day() -> None:
    first = score_post(_post("first", _utc(2022, 1, 21, 8), "alpha"), ["alpha"], DAY, 1)
    before = score_post(_post("before", _utc(2022, 1, 21, 7), "beta"), (), DAY, 1)
    after = score_post(_post("after", _utc(2022, 1, 21, 9), "beta"), (), DAY, 1)
    assert first is not None and before is not None and after is not None

    ordered = apply_order(
        [
            FootnoteCandidates(position=0, day=DAY, candidates=(first,)),
            FootnoteCandidates(position=1, day=DAY, candidates=tuple(rank([before, after]))),
        ]
    )

    second = ordered[1].candidates
    assert [c.post.url for c in second] == ["after", "before"], "a later note cites a later post"
    assert second[0].parts["order"] == 1.0 and second[1].parts["order"] == 0.0


def test_order_is_not_judged_between_notes_dated_to_a_month_only() -> None:
    # A report citing two posts of January (no days) says nothing of which was posted first: judged as one
    # day's, the post of 3 January lost 0.1 of its score to a later one for the second note.
    first, last = JANUARY
    earlier = score_post(_post("first", _utc(2022, 1, 20, 8), "alpha"), ["alpha"], first, 1, last=last)
    before = score_post(_post("before", _utc(2022, 1, 3, 7), "beta"), ["beta"], first, 1, last=last)
    after = score_post(_post("after", _utc(2022, 1, 25, 9), "beta"), ["beta"], first, 1, last=last)
    assert earlier is not None and before is not None and after is not None

    ordered = apply_order(
        [
            FootnoteCandidates(position=0, day=None, candidates=(earlier,)),
            FootnoteCandidates(position=1, day=None, candidates=tuple(rank([before, after]))),
        ]
    )

    assert [c.parts["order"] for c in ordered[1].candidates] == [None, None]
    assert [c.post.url for c in ordered[1].candidates] == ["before", "after"]


def test_a_time_with_a_zone_ranks_the_post_nearest_it_first() -> None:
    cited = CitedTime(_utc(2022, 1, 21, 11, 5), "MSK")
    posts = [_post(f"u{hour}", _utc(2022, 1, 21, hour, 5), "Bridge reopened.") for hour in (9, 11, 13)]

    scored = [score_post(post, (), DAY, 1, cited) for post in posts]

    assert [c.parts["time"] for c in scored if c] == [0.344, 1.0, 0.344]
    assert [c.post.url for c in rank([c for c in scored if c])] == ["u11", "u9", "u13"]


def test_a_time_without_a_zone_is_judged_in_the_zone_that_brings_the_post_nearest() -> None:
    # `14:05` with no zone: 11:05 UTC is 14:05 at UTC+3, 11:20 UTC is 15 minutes off in any zone.
    cited = CitedTime(dt.datetime(2022, 1, 21, 14, 5))

    assert time_part(_utc(2022, 1, 21, 11, 5), cited) == 1.0
    assert time_part(_utc(2022, 1, 21, 11, 20), cited) == 0.0
    assert time_part(_utc(2022, 1, 21, 11, 12), cited) == 0.615
    assert time_part(None, cited) is None
    assert time_part(_utc(2022, 1, 21), cited, day_only=True) is None, "a day alone has no time"


@pytest.mark.parametrize(
    ("zone", "posted"),
    [
        ("Kathmandu, UTC+5:45", _utc(2022, 1, 20, 18, 20)),
        ("Chatham Islands, UTC+13:45 in summer", _utc(2022, 1, 20, 10, 20)),
        ("Chatham Islands, UTC+12:45", _utc(2022, 1, 20, 11, 20)),
        ("Eucla, UTC+8:45", _utc(2022, 1, 20, 15, 20)),
        ("India, UTC+5:30", _utc(2022, 1, 20, 18, 35)),
        ("Newfoundland, UTC-3:30", _utc(2022, 1, 21, 3, 35)),
    ],
)
def test_a_time_without_a_zone_just_after_midnight_in_a_zone_of_quarter_hours_is_the_note_s_time(
    zone: str, posted: dt.datetime
) -> None:
    # Judged by half hours only, 00:05 in Kathmandu or on the Chatham Islands was 15 minutes off everywhere.
    cited = CitedTime(dt.datetime(2022, 1, 21, 0, 5))

    assert time_part(posted, cited) == 1.0, zone
    assert date_part(posted, DAY, 1) == 1.0, zone
    # :50 past a UTC hour is :50, :20 or :35 past one in every zone clocks keep: 15 minutes from 00:05.
    assert time_part(_utc(2022, 1, 20, 18, 50), cited) == 0.0


def test_without_a_time_in_the_note_no_time_part_is_judged() -> None:
    candidate = score_post(_post("u", _utc(2022, 1, 21, 11), "Bridge reopened."), (), DAY, 1)

    assert candidate is not None and "time" not in candidate.parts


_BRIDGE = "мост через реку будет восстановлен в течение недели"
ZEMLYANOV = AccountMatch(
    Account(
        name="Petr Zemlyanov", aliases=("Пётр Землянов",), platform=Platform.TELEGRAM, handle="zemlyanov"
    ),
    0.9,
    "Pyotr Zemlyanov",
    "Petr Zemlyanov",
)
RYBAR = AccountMatch(
    Account(name="Rybar", aliases=("Рыбарь",), platform=Platform.TELEGRAM, handle="rybar"),
    0.9,
    "Rybar",
    "Rybar",
)


def test_a_post_repeating_another_s_words_in_its_quote_marks_ranks_below_their_own_post() -> None:
    # The passage names both; Rybar's post `Пётр Землянов: «…»` came first, as the earlier of two posts
    # scoring alike, and said nothing of whose words they were.
    repeated = FoundPost(
        "https://t.me/rybar/113",
        _utc(2022, 1, 21, 9),
        f"Пётр Землянов: «{_BRIDGE.capitalize()}».",
        RYBAR,
        "p",
    )
    own = FoundPost(
        "https://t.me/zemlyanov/512", _utc(2022, 1, 21, 10), f"Мне сообщили: {_BRIDGE}.", ZEMLYANOV, "p"
    )

    ranked = rank([c for post in (repeated, own) if (c := score_post(post, [_BRIDGE], DAY, 1))])

    assert [c.post.url for c in ranked] == ["https://t.me/zemlyanov/512", "https://t.me/rybar/113"]
    assert (ranked[0].parts["speaker"], ranked[1].parts["speaker"]) == (0.9, 0.45)
    assert ranked[1].notes == (
        "the post gives the quoted words, in its own quote marks, to 'Пётр Землянов': their words, repeated "
        "by Rybar (telegram @rybar), not its own (speaker part counts 0.50 of the match); if the report "
        "means theirs, their own post is the one to cite",
    )
    assert ranked[0].notes == ()


@pytest.mark.parametrize(
    "text",
    [
        f"Пётр Землянов: «{_BRIDGE.capitalize()}».",  # the account's own name before its own words
        f"«{_BRIDGE.capitalize()}», — сказал губернатор, и это неправда.",  # nobody named: a title
        f"Заголовок «Мост»: {_BRIDGE}.",  # the words outside any quote marks
    ],
)
def test_a_post_giving_the_words_to_its_own_account_or_to_nobody_named_keeps_its_speaker_part(
    text: str,
) -> None:
    post = FoundPost("https://t.me/zemlyanov/512", _utc(2022, 1, 21, 10), text, ZEMLYANOV, "p")

    candidate = score_post(post, [_BRIDGE], DAY, 1)

    assert candidate is not None and candidate.parts["speaker"] == 0.9 and candidate.notes == ()


_SHOWN = "The regional administration said the bridge over the river will be rebuilt within a week, and that…"


@pytest.mark.parametrize(
    ("text", "via"),
    [
        (_SHOWN, "memento"),  # an archived page's description, cut by the site
        (f"{_SHOWN[:-1]}... Read more", "telegram preview"),  # the page's own link to the rest
    ],
)
def test_a_post_shown_cut_before_the_quote_is_not_compared_past_the_cut(text: str, via: str) -> None:
    # Scored quote 0.13 on what the page shows, it was no candidate: "no post holds the quoted words".
    post = replace(_post("https://example.org/p", _utc(2022, 1, 21, 10), text), via=via)

    candidate = score_post(post, ["the ferry will carry trucks until then"], DAY, 1)

    assert candidate is not None and candidate.quote_cut
    assert candidate.parts["quote"] == 0.5
    assert "the quoted words may stand past the cut, where nothing was compared" in candidate.notes[0]


@pytest.mark.parametrize(
    ("text", "via", "quote"),
    [
        (
            "The enemy is retreating, and we wait...",
            "telegram preview",
            "the ferry will carry trucks",
        ),  # a style
        (_SHOWN, "memento", "the bridge over the river will be rebuilt within a week"),  # the quote is shown
    ],
)
def test_a_post_ending_in_an_ellipsis_as_a_style_or_showing_the_quote_is_compared_as_it_is(
    text: str, via: str, quote: str
) -> None:
    post = replace(_post("https://example.org/p", _utc(2022, 1, 21, 10), text), via=via)

    candidate = score_post(post, [quote], DAY, 1)

    assert candidate is not None and not candidate.quote_cut and candidate.parts["quote"] != 0.5
    assert not any("cut" in note for note in candidate.notes)


def test_a_post_giving_the_words_to_the_name_the_report_gives_its_account_keeps_its_speaker_part() -> None:
    # An account the report names by handle has no name but the handle: its owner's name before their own
    # words read as another person's.
    by_handle = AccountMatch(
        Account(name="example_mirkarimi", platform=Platform.TELEGRAM, handle="example_mirkarimi"),
        1.0,
        "Hossein Mirkarimi",
        "@example_mirkarimi",
    )
    text = f"Hossein Mirkarimi: “{QUOTED}.”"
    post = FoundPost("https://t.me/example_mirkarimi/5", _utc(2022, 1, 21, 10), text, by_handle, "p")

    candidate = score_post(post, [QUOTED], DAY, 1)

    assert candidate is not None and candidate.parts["speaker"] == 1.0 and candidate.notes == ()


def test_a_post_edited_since_that_does_not_show_the_quote_is_not_compared_with_its_earlier_words() -> None:
    # The preview shows an edited post's last version: scored quote 0 on it, it was no candidate, and the
    # footnote was told no post of the window holds the words the report quoted before the edit.
    post = replace(
        _post("https://t.me/example/7", _utc(2022, 1, 21, 10), "Correction: no convoy today."), edited=True
    )

    candidate = score_post(post, [QUOTED], DAY, 1)

    assert candidate is not None and candidate.quote_cut and candidate.parts["quote"] == 0.5
    assert candidate.notes == (
        "the post was edited since, and the page shows only its last version: the quoted words may be an "
        "earlier version's, which nothing was compared with (quote counts 0.50)",
    )


def test_a_post_edited_since_that_shows_the_quote_is_compared_as_it_is() -> None:
    post = replace(_post("https://t.me/example/7", _utc(2022, 1, 21, 10), f"{QUOTED}."), edited=True)

    candidate = score_post(post, [QUOTED], DAY, 1)

    assert candidate is not None and not candidate.quote_cut and candidate.parts["quote"] == 1.0
    assert candidate.notes == ()


def test_a_post_edited_since_that_holds_the_quote_in_part_says_it_was_edited() -> None:
    # The channel changed a word after the report quoted it: compared with the last version, the post scored
    # quote 0.61 and nothing said its words had been edited since.
    edited_text = QUOTED.replace("struck at dawn", "hit in the morning") + "."
    post = replace(_post("https://t.me/example/7", _utc(2022, 1, 21, 10), edited_text), edited=True)

    candidate = score_post(post, [QUOTED], DAY, 1)

    assert candidate is not None and not candidate.quote_cut
    quote = candidate.parts["quote"]
    assert quote is not None and 0.5 < quote < 1
    near = (
        f'holds the quote nearly, not as written (quote {quote:.2f}): the post says "hit in the morning" for '
        '"struck at dawn"'
    )
    assert candidate.notes == (
        near,
        "the post was edited since, and the page shows only its last version, which holds the quote only in "
        f"part (quote {quote:.2f}): the words the report quotes may be an earlier version's",
    )
    unedited = score_post(replace(post, edited=False), [QUOTED], DAY, 1)
    assert unedited is not None and unedited.notes == (near,) and unedited.score == candidate.score


def test_a_post_edited_since_whose_last_version_holds_a_clause_of_the_quote_ranks_above_other_words() -> None:
    # The channel cut "leaving its heavy equipment behind" after the report quoted it: the last version holds
    # the quote's first clause word for word, yet counted the neutral 0.50, and a post about a village,
    # scoring 0.53 by letters, was proposed first.
    quote = "The enemy withdrew from the bridge overnight, leaving its heavy equipment behind"
    edited = replace(
        _post("edited", _utc(2022, 1, 21, 9), "The enemy withdrew from the bridge overnight."), edited=True
    )
    other = _post("other", _utc(2022, 1, 21, 10), "The enemy withdrew from the village, leaving equipment.")

    ranked = rank([c for c in (score_post(p, (quote,), DAY, 1) for p in (edited, other)) if c])

    assert [(c.post.url, c.parts["quote"]) for c in ranked] == [("edited", 0.782), ("other", 0.532)]
    assert ranked[0].quote_in_part and not ranked[0].quote_cut
    assert ranked[0].notes == (
        "the post was edited since, and its last version holds 56% of the quote word for word (by its "
        "clauses); the rest may be an earlier version's, which nothing was compared with (quote counts what "
        "it holds, and 0.50 for the rest: 0.78)",
    )
    unedited = score_post(replace(edited, edited=False), (quote,), DAY, 1)
    assert unedited is not None and (unedited.parts["quote"] or 0) < 0.5, "its words, not edited, are all"


def test_order_is_not_judged_against_another_account_given_by_its_page_without_a_handle() -> None:
    # Two VK pages in the registry by their addresses, no handle: note 1's post on one page set the order
    # of note 2's candidates on the other, as if one account had posted both.
    page_a = Account(name="Alpha Desk", platform=Platform.VK, url="https://vk.com/alpha_desk")
    page_b = Account(name="Beta Desk", platform=Platform.VK, url="https://vk.com/beta_desk")

    def on(account: Account, url: str, hour: int, text: str, quotes: list[str]) -> Candidate:
        post = replace(
            _post(url, _utc(2022, 1, 21, hour), text), account=AccountMatch(account, 1.0, "x", "x")
        )
        candidate = score_post(post, quotes, DAY, 1)
        assert candidate is not None
        return candidate

    first = on(page_a, "a1", 8, "alpha", ["alpha"])
    before = on(page_b, "b1", 7, "beta", [])
    after = on(page_b, "b2", 9, "beta", [])
    same_page = on(page_a, "a0", 7, "beta", [])

    ordered = apply_order(
        [
            FootnoteCandidates(position=0, day=DAY, candidates=(first,)),
            FootnoteCandidates(position=1, day=DAY, candidates=tuple(rank([before, after]))),
            FootnoteCandidates(position=2, day=DAY, candidates=(same_page,)),
        ]
    )

    assert [c.parts["order"] for c in ordered[1].candidates] == [None, None]
    assert ordered[2].candidates[0].parts["order"] == 0.0, "one page's own posts still set its order"


UKRAINIAN_QUOTE = (
    "Противник відійшов з північної околиці міста, наші підрозділи закріплюються на нових позиціях."
)
RUSSIAN_POST = (
    "Противник отошёл от северной окраины города, наши подразделения закрепляются на новых позициях."
)


def test_a_ukrainian_quote_of_a_russian_post_is_a_translation_not_compared_word_for_word() -> None:
    # A Ukrainian report quotes a Russian channel in Ukrainian: one script, so the words were compared, the
    # post that said it scored quote 0.39, and the footnote got no candidate.
    score, notes = quote_part([UKRAINIAN_QUOTE], RUSSIAN_POST)

    assert score == 0.5
    assert notes == ("quote in Ukrainian, post in Russian: a translation cannot be compared word for word",)


def test_a_ukrainian_quote_of_a_russian_post_without_russian_letters_is_a_translation_too() -> None:
    # "Наши войска заняли северную окраину города …" writes none of ы э ъ ё: no known language, so the
    # Ukrainian quote was compared word for word, quote 0.42 with nothing said, among posts each noted "a
    # translation" at 0.50.
    quote = "Наші війська зайняли північну околицю міста та продовжують наступ"
    post = "Наши войска заняли северную окраину города и продолжают наступление."

    assert quote_part([quote], post) == (
        0.5,
        ("quote in Ukrainian, post not in Ukrainian: a translation cannot be compared word for word",),
    )


def test_a_ukrainian_quote_a_russian_post_holds_in_part_says_the_part_is_the_words_they_share() -> None:
    # The words the two languages share ("Противник", "Бахмутом") scored quote 0.70, with nothing to say the
    # post was compared with a translation, not the quote's words as written.
    quote = "Противник відступає з позицій під Бахмутом"
    post = "Противник отступает из позиций под Бахмутом, наши штурмовые группы продвигаются."

    assert quote_part([quote], post) == (
        0.697,
        (
            "quote in Ukrainian, post in Russian: the quote part (0.70) counts the words the two languages "
            "share, not the quote's words as written (a translation?); read the post for what the report "
            "translates",
        ),
    )


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        (RUSSIAN_POST, f"Сводка: {RUSSIAN_POST}"),
        (
            "Наши войска заняли северную окраину города",
            "Наши войска заняли северную окраину города и продолжают наступление.",
        ),
        (
            "Наші війська зайняли північну околицю міста",
            "Зведення: наші війська зайняли північну околицю міста. Підписуйтесь.",
        ),
        (UKRAINIAN_QUOTE, f"Зведення: {UKRAINIAN_QUOTE}"),
        (RUSSIAN_POST, f"Зведення. Як пише канал: «{RUSSIAN_POST}» Підписуйтесь."),
    ],
    ids=[
        "russian in russian",
        "russian without its own letters",
        "ukrainian in ukrainian, in part",
        "ukrainian in ukrainian",
        "russian quoted in a ukrainian post",
    ],
)
def test_a_quote_held_as_written_in_one_cyrillic_language_or_another_is_compared(
    quote: str, text: str
) -> None:
    score, notes = quote_part([quote], text)

    assert score == 1.0 and notes == ()


def test_a_short_quote_ranks_the_post_saying_it_above_one_holding_its_letters_inside_a_longer_word() -> None:
    # Matched letter by letter anywhere in the post, "this is genocide" scored 0.94 in "This is genocidal
    # rhetoric" (another meaning) and 0.77 in the post saying "This is a genocide", which came second.
    quote = "this is genocide"
    wrong = _post("wrong", _utc(2022, 1, 21, 9), "This is genocidal rhetoric from the occupiers.")
    right = _post("right", _utc(2022, 1, 21, 10), "What happened in the village: this is a genocide.")

    ranked = rank([c for c in (score_post(p, (quote,), DAY, 1) for p in (wrong, right)) if c])

    assert [(c.post.url, c.parts["quote"]) for c in ranked] == [("right", 0.608), ("wrong", 0.394)]
    assert not _told_apart(ranked[1:]), "another word holds none of the quote: not proposed for it"


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        ("victory", "victorymedia: the channel reports from the front"),
        ("we will not retreat", "We will not rest until the city is free."),
        ("не отступим", "Мы отступим к Днепру, заявили в штабе."),
        ("hold the line", "Whether they hold the border is unclear."),
        ("this is genocide", "This is not genocide, said the minister."),
        ("не отступим", "Мы не уступим ни на шаг."),
        ("полный разгром", "Это полный разворот политики."),
        # Words the same up to another word's suffix, or another last letter of the stem, are other words.
        ("провал", "Это очередная провокация Киева."),
        ("победа", "Массовый побег из колонии."),
        ("зрада", "Це зрадник!"),
        ("полный провал", "Это полная провокация."),
    ],
)
def test_a_short_quote_is_not_held_by_a_post_sharing_most_of_its_letters(quote: str, text: str) -> None:
    # Two to five words score 0.6 to 0.9 against unrelated text of the language by letters alone: "we will not
    # rest" held "we will not retreat" at quote 0.74, and "Мы отступим" (we will retreat) "не отступим" at
    # 0.71, each a candidate, singled out, for words it does not say.
    assert (quote_part((quote,), text)[0] or 0) < 0.5


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        ("no ceasefire", "There will be no cease-fire until they leave."),
        ("this is genocide", "This is genocide."),
        ("the supply road is cut", "The supply roads are cut near sector 2."),
        ("не отступим", "Мы не отступим ни на шаг."),
        ("cease-fire", "The ceasefire holds."),
        ("the ceasefire", "The cease-fire holds."),
        ("我们不会撤退", "今天指挥部说我们不会撤退一步也不"),
        ("ไม่ถอยแน่นอน", "วันนี้กองบัญชาการกล่าวว่าไม่ถอยแน่นอน"),
        # Another ending: a case's, a dropped vowel's, an adjective's.
        ("провалом", "Наступление потерпело полный провал."),
        ("зрадою", "Це зрада!"),
        ("ребёнка", "Погиб ребёнок."),
        ("киевского режима", "Это киевский режим снова."),
    ],
)
def test_a_short_quote_a_post_says_is_held(quote: str, text: str) -> None:
    assert (quote_part((quote,), text)[0] or 0) > 0.5


SPANISH_QUOTE = "Nuestras tropas ocuparon la periferia norte de la ciudad y continúan la ofensiva"
PORTUGUESE_POST = "Nossas tropas ocuparam a periferia norte da cidade e continuam a ofensiva."


def test_a_spanish_quote_a_portuguese_post_holds_in_part_says_the_part_is_the_words_they_share() -> None:
    # The words Spanish and Portuguese share scored quote 0.73, shown as if the post held the quote's words.
    assert quote_part([SPANISH_QUOTE], PORTUGUESE_POST) == (
        0.727,
        (
            "quote in Spanish, post in Portuguese: the quote part (0.73) counts the words the two languages "
            "share, not the quote's words as written (a translation?); read the post for what the report "
            "translates",
        ),
    )


def test_a_spanish_quote_of_a_portuguese_post_sharing_few_words_is_a_translation_not_compared() -> None:
    # Compared word for word, it scored 0.00: no candidate, "no post of the window holds the quoted words".
    post = "Resumo: a estrada de abastecimento pelo setor 2 continua aberta, não há perdas."

    assert quote_part([SPANISH_QUOTE], post) == (
        0.5,
        ("quote in Spanish, post in Portuguese: a translation cannot be compared word for word",),
    )


@pytest.mark.parametrize(
    ("quote", "text", "score", "notes"),
    [
        (SPANISH_QUOTE, f"Resumen: {SPANISH_QUOTE}. Más fotos pronto.", 1.0, ()),
        (PORTUGUESE_POST, f"Resumo: {PORTUGUESE_POST} Mais fotos em breve.", 1.0, ()),
        (
            SPANISH_QUOTE,
            "Nuestras tropas tomaron la periferia norte de la ciudad y siguen con la ofensiva.",
            0.795,
            (
                'holds the quote nearly, not as written (quote 0.80): the post says "tomaron" for '
                '"ocuparon"; the post says "siguen con" for "continúan"',
            ),
        ),
        (
            "Le truppe sono entrate nella città e avanzano",
            "Le truppe sono entrate nella città e avanzano.",
            1.0,
            (),
        ),
    ],
    ids=["spanish in spanish", "portuguese in portuguese", "spanish reworded", "italian"],
)
def test_a_quote_in_the_posts_own_latin_language_is_compared_as_written(
    quote: str, text: str, score: float, notes: tuple[str, ...]
) -> None:
    assert quote_part([quote], text) == (score, notes)


def test_a_short_russian_quote_fitted_into_the_reports_sentence_is_held_below_the_words_as_written() -> None:
    # "назвал это «полным разгромом»" of a post saying "полный разгром": compared letter by letter, the
    # endings made it quote 0, and the post was no candidate.
    quote = "полным разгромом"
    inflected = _post("inflected", _utc(2022, 1, 21, 9), "Итоги дня: полный разгром колонны возле моста.")
    as_written = _post("as-written", _utc(2022, 1, 21, 10), "Вечером: это было полным разгромом колонны.")
    other = _post("other", _utc(2022, 1, 21, 11), "Это полный разворот политики, пишут коллеги.")

    ranked = rank([c for c in (score_post(p, (quote,), DAY, 1) for p in (inflected, as_written, other)) if c])

    assert [(c.post.url, c.parts["quote"]) for c in ranked] == [
        ("as-written", 1.0),
        ("inflected", 0.7),
        ("other", 0.0),
    ]


SERBIAN_CYRILLIC = "Наше снаге заузеле северни део града и настављају напад"
SERBIAN_LATIN = "Naše snage zauzele severni deo grada i nastavljaju napad"


@pytest.mark.parametrize(
    ("quote", "text"),
    [(SERBIAN_CYRILLIC, f"Pregled: {SERBIAN_LATIN}."), (SERBIAN_LATIN, f"Преглед: {SERBIAN_CYRILLIC}.")],
    ids=["cyrillic quote, latin post", "latin quote, cyrillic post"],
)
def test_a_serbian_quote_in_the_other_alphabet_than_the_post_is_compared_transliterated(
    quote: str, text: str
) -> None:
    # Serbian writes both alphabets letter for letter: the post saying the quote's words was "a translation
    # [that] cannot be compared word for word", quote 0.50, listed among the window's posts in time order.
    assert quote_part([quote], text) == (
        1.0,
        (
            "quote and post in Serbian's two alphabets: compared letter for letter in its Latin one (quote "
            "1.00), not as written",
        ),
    )


@pytest.mark.parametrize(
    "quote",
    [SERBIAN_CYRILLIC, "Наши войска заняли северную окраину города и продолжают наступление"],
    ids=["serbian, other words", "russian"],
)
def test_a_cyrillic_quote_of_a_latin_post_it_does_not_transliterate_to_stays_uncompared(quote: str) -> None:
    assert quote_part([quote], "Granatiranje u sektoru 5, nema žrtava, put ostaje otvoren.") == (
        0.5,
        ("quote in Cyrillic script, post in Latin: a translation cannot be compared word for word",),
    )


def test_a_reply_to_a_message_holding_the_quote_says_so_and_is_not_taken_for_it() -> None:
    # A channel answering its own earlier post ("Confirmed by our sources.") shows the quoted words above its
    # reply: nothing said so, and the footnote was told only that no post of the window holds them.
    reply = replace(
        _post("reply", _utc(2022, 1, 21, 9), "Confirmed by our sources."), in_reply_to=f"{QUOTED}."
    )
    holding = replace(reply, url="holding", text=f"Again: {QUOTED}.")

    candidate, own = score_post(reply, (QUOTED,), DAY, 1), score_post(holding, (QUOTED,), DAY, 1)

    assert candidate is not None and candidate.parts["quote"] == 0.0 and candidate.reply_holds == 1.0
    assert candidate.notes == (
        "it replies to a message whose words, as the page shows them above its own, hold the quote (quote "
        "1.00): not this post's words; that message, perhaps outside the window, may be the one cited",
    )
    assert own is not None and own.reply_holds is None and own.notes == (), "its own words hold it"


@pytest.mark.parametrize("addressed", ["Rumour Mill", "rumourmill"])
def test_a_reply_quoting_back_the_words_of_the_one_it_answers_ranks_below_the_account_s_own_post(
    addressed: str,
) -> None:
    # A reply that does not open with the handle it answers (X keeps it in the JSON, Telegram above the
    # reply): `You wrote "…"` named nobody, the reply kept the whole speaker part and tied with the
    # account's own post, the earlier of the two listed first.
    reply = replace(
        _post("https://t.me/example/40", _utc(2022, 1, 21, 8), f"You wrote “{QUOTED}”. Nobody believes it."),
        addressed=addressed,
    )
    own = _post("https://t.me/example/41", _utc(2022, 1, 21, 9), f"Our report: {QUOTED}.")

    ranked = rank([c for post in (reply, own) if (c := score_post(post, [QUOTED], DAY, 1))])

    assert [c.post.url for c in ranked] == ["https://t.me/example/41", "https://t.me/example/40"]
    assert (ranked[0].parts["speaker"], ranked[1].parts["speaker"]) == (0.9, 0.45)
    assert f"to {addressed!r}: their words, repeated by Example" in ranked[1].notes[0]
    assert not tied_at_the_top(ranked)


def test_a_reply_to_the_account_itself_quoting_its_own_words_back_keeps_its_speaker_part() -> None:
    reply = replace(
        _post("https://t.me/example/40", _utc(2022, 1, 21, 8), f"You wrote “{QUOTED}”. Still true."),
        addressed="Example",
    )

    candidate = score_post(reply, [QUOTED], DAY, 1)

    assert candidate is not None and candidate.parts["speaker"] == 0.9 and candidate.notes == ()


def test_a_one_word_quote_ranks_the_post_saying_it_and_not_one_whose_word_only_begins_as_it_does() -> None:
    # «провал» scored 0.70 in a post saying "провокация" (its four first letters, read as another ending): a
    # candidate, singled out, beside the post saying the word.
    quote = "провал"
    other = _post("other", _utc(2022, 1, 21, 9), "Очередная провокация Киева возле моста.")
    right = _post("right", _utc(2022, 1, 21, 10), "Наступление возле моста: полный провал.")

    ranked = rank([c for c in (score_post(p, (quote,), DAY, 1) for p in (other, right)) if c])

    assert [(c.post.url, c.parts["quote"]) for c in ranked] == [("right", 1.0), ("other", 0.0)]


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        ("ребёнок", "Погиб ребенок."),
        ("ещё раз", "Еще раз напомним."),
        ("разгромлен", "Отряд разгромлён."),
        ("пам\u02bcять", "Вічна пам'ять."),
        ("пам\u2019ять", "Вічна пам\u02bcять."),
        ("вічна пам\u02bcять", "Героям вічна пам'ять."),
    ],
)
def test_a_short_quote_written_with_or_without_yo_or_with_another_apostrophe_is_held_as_written(
    quote: str, text: str
) -> None:
    # Russian prints its yo as ye mostly, Ukrainian's apostrophe is U+0027, U+2019 or the letter U+02BC:
    # compared by whole words, each scored quote 0.00 in the post saying it, and the post was no candidate.
    assert quote_part([quote], text) == (1.0, ())


def test_a_day_given_in_a_named_zone_scores_a_post_outside_that_zone_s_day_below_one() -> None:
    # `January 21, 2022 (UTC)`: a post of 01:00 UTC on the 22nd falls on the 21st only east of UTC.
    zoned = ZonedDay("UTC", (dt.datetime(2022, 1, 21, tzinfo=dt.UTC),))
    late = _utc(2022, 1, 22, 1)

    assert date_part(late, DAY, 1) == 1.0
    assert date_part(late, DAY, 1, zoned=zoned) == 0.767
    assert date_part(_utc(2022, 1, 21, 23), DAY, 1, zoned=zoned) == 1.0


def test_a_zoned_day_of_a_summer_time_change_ends_at_its_own_midnight() -> None:
    # `27 March 2022, Kyiv time` runs 23 hours (22:00 to 21:00 UTC): a post at 21:30 UTC is of the 28th there.
    day = dt.date(2022, 3, 27)
    zoned = find_zoned_day("Rybar, Telegram, 27 March 2022, Kyiv time", day)
    assert zoned is not None
    assert date_part(_utc(2022, 3, 27, 20), day, 1, zoned=zoned) == 1.0
    late = date_part(dt.datetime(2022, 3, 27, 21, 30, tzinfo=dt.UTC), day, 1, zoned=zoned)
    assert late is not None and late < 1.0


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        ("الجيش يتقدم", "الجَيش يتقدّم نحو المدينة"),  # harakat and shadda in the post
        ("انتصار", "تحقق انتصـــار كبير"),  # tatweel stretching the word
        ("أكبر", "الله اكبر"),  # hamza written in the quote only
        ("مرگ بر آمریکا", "مرگ بر آمريكا"),  # Persian yeh and kaf, Arabic's in the post
        ("מלחמה", "מִלְחָמָה בצפון"),  # niqqud in the post
    ],
)
def test_a_short_arabic_persian_or_hebrew_quote_is_held_whatever_marks_either_text_writes(
    quote: str, text: str
) -> None:
    # Compared by whole words as written, each scored quote 0.00 in the post saying it: no candidate.
    assert quote_part([quote], text) == (1.0, ())


def test_a_short_arabic_quote_of_other_words_is_still_not_held() -> None:
    assert (quote_part(["الجيش يتراجع"], "الجَيش يتقدّم نحو المدينة")[0] or 0) < 0.5


def test_a_short_part_of_a_quote_between_ellipses_counts_and_ranks_the_post_holding_it_first() -> None:
    # "We will win" (11 letters) was left out of the comparison: a post holding only "Glory to Ukraine"
    # scored quote 1.00, as the post holding both, and came first as the earlier.
    quote = "We will win … Glory to Ukraine"
    without = _post("without", _utc(2022, 1, 21, 9), "We will lose nothing. Glory to Ukraine!")
    holding = _post("holding", _utc(2022, 1, 21, 10), "We will win. Glory to Ukraine!")

    ranked = rank([c for c in (score_post(p, (quote,), DAY, 1) for p in (without, holding)) if c])

    assert [c.post.url for c in ranked] == ["holding", "without"]
    assert ranked[0].parts["quote"] == 1.0 and (ranked[1].parts["quote"] or 0) < 0.9
    assert _told_apart(ranked)


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        ("[Ukraine] will never surrender", "We will never surrender to them."),
        (
            "the [Russian] troops were routed near the bridge",
            "The troops were routed near the bridge at dawn.",
        ),
        ("[T]he convoy was struck [sic] at dawn", "the convoy was struck at dawn near the bridge"),
    ],
)
def test_a_quote_s_bracketed_words_are_the_writer_s_not_compared_with_the_post(quote: str, text: str) -> None:
    # As the quote check reads them: compared as the post's words, "[Ukraine] will never surrender" scored
    # quote 0.38 in the post saying "We will never surrender", no candidate.
    assert quote_part([quote], text) == (1.0, ())


def test_a_quote_s_bracketed_word_does_not_single_out_a_post_writing_it() -> None:
    quote = "[Ukraine] will never surrender"
    other = _post("other", _utc(2022, 1, 21, 9), "Ukraine: talks will never start, they say.")
    right = _post("right", _utc(2022, 1, 21, 10), "We will never surrender to them.")

    ranked = rank([c for c in (score_post(p, (quote,), DAY, 1) for p in (other, right)) if c])

    assert [c.post.url for c in ranked] == ["right", "other"]
    assert ranked[0].parts["quote"] == 1.0 and (ranked[1].parts["quote"] or 0) < 0.5


@pytest.mark.parametrize(
    ("quote", "text"), [("Russia", "Russia's army will not win."), ("Istanbul", "Istanbul'da patlama.")]
)
def test_a_word_a_post_writes_with_an_apostrophe_and_a_suffix_still_holds_a_quote_of_it(
    quote: str, text: str
) -> None:
    # Dropping apostrophes to join Ukrainian words joined these too: "russias" held "Russia" at 0.20.
    assert quote_part([quote], text) == (1.0, ())


@pytest.mark.parametrize(
    ("quote", "text"),
    [
        ("Istanbul", "\u0130stanbul'da patlama."),
        ("\u0130zmir liman\u0131", "Bugün IZMIR LIMANI kapand\u0131."),
    ],
)
def test_a_turkish_capital_dotted_i_is_an_i_in_either_text(quote: str, text: str) -> None:
    # Case folded, it was an `i` and a combining dot, read as a break between words: quote 0.00; and the
    # capital of the dotless i folds to a dotted one.
    assert quote_part([quote], text) == (1.0, ())


def test_a_scare_quote_of_one_word_beside_a_statement_does_not_single_out_a_post_holding_it_alone() -> None:
    # `the so-called "liberators" … wrote: "…"`: the post saying "liberators" scored quote 0.91, beside 0.99
    # for the post holding the statement, singled out by one word.
    quotes = ("liberators", "The enemy convoy was struck at dawn near the northern bridge")
    word = _post("word", _utc(2022, 1, 21, 9), "Our liberators entered the village today.")
    statement = _post(
        "statement", _utc(2022, 1, 21, 10), "The enemy convoy was struck at dawn near the northern bridge."
    )

    ranked = rank([c for c in (score_post(p, quotes, DAY, 1) for p in (word, statement)) if c])

    assert [c.post.url for c in ranked] == ["statement", "word"]
    assert (ranked[1].parts["quote"] or 0) < 0.5
    assert any("holds 1 of the passage's 2 quotes" in note for note in ranked[1].notes)


def test_two_short_quotes_each_count_in_full() -> None:
    # No statement beside them: a post holding one of two short quotes is still singled out by it.
    assert (quote_part(["we will not retreat", "glory"], "We will not retreat, they said.")[0] or 0) > 0.5


_KILLED = "Three enemy tanks were destroyed near Avdiivka on Tuesday, 14 servicemen were killed"


def test_a_post_holding_the_quote_s_words_with_other_numbers_says_so() -> None:
    # Scored quote 0.98 and proposed alone, nothing said of the figure a fact-checker checks first.
    post = _post("https://t.me/example/7", _utc(2022, 1, 21, 10), _KILLED.replace("14", "41") + ".")

    candidate = score_post(post, [_KILLED], DAY, 1)

    assert candidate is not None and (candidate.parts["quote"] or 0) > 0.9
    assert (
        "the post does not give the quote's number 14 (it gives 41): another post of like words, or the "
        "report misquotes it; read it for the figures"
    ) in candidate.notes


@pytest.mark.parametrize(
    "text",
    [
        f"{_KILLED}.",
        _KILLED.replace("14", "\u0661\u0664") + ".",  # the same number in Arabic-Indic digits
        "Ukraine lost 1 500 men; " + _KILLED,
    ],
)
def test_a_post_writing_the_quote_s_numbers_says_nothing_of_them(text: str) -> None:
    candidate = score_post(_post("https://t.me/example/7", _utc(2022, 1, 21, 10), text), [_KILLED], DAY, 1)

    assert candidate is not None and not any("number" in note for note in candidate.notes)


def test_numbers_in_a_hostile_text_are_read_in_bounded_time() -> None:
    post = _post("https://t.me/example/7", _utc(2022, 1, 21, 10), "1," * 50_000 + "9" * 100_000)

    candidate = score_post(post, ["14 servicemen were killed near the bridge"], DAY, 1)

    assert candidate is not None


def test_a_post_holding_one_of_two_quotes_is_not_said_to_lack_the_other_s_numbers() -> None:
    other = "the regional governor promised to rebuild the bridge within 30 days of the strike"
    post = _post("https://t.me/example/7", _utc(2022, 1, 21, 10), f"{_KILLED}.")

    candidate = score_post(post, [_KILLED, other], DAY, 1)

    assert candidate is not None and candidate.quotes_missing == (other,)
    assert not any("number" in note for note in candidate.notes)


def test_a_post_holding_the_quote_with_words_changed_ranks_below_the_words_as_written_and_says_which() -> (
    None
):
    # Shown only as `quote 0.87`, the post with two words changed read as if it held the quoted words.
    exact = _post("exact", _utc(2022, 1, 21, 9), f"⚡️ {QUOTED}.")
    reworded_text = "The enemy column was hit at dawn near the northern bridge."
    reworded = _post("reworded", _utc(2022, 1, 21, 8), reworded_text)

    ranked = rank([c for c in (score_post(p, [QUOTED], DAY, 1) for p in (reworded, exact)) if c])

    assert [c.post.url for c in ranked] == ["exact", "reworded"]
    assert ranked[0].notes == () and not ranked[0].quote_near, "the words as written: nothing to say"
    near = ranked[1]
    assert near.quote_near and 0.5 < (near.parts["quote"] or 0) < 1
    assert near.notes == (
        f"holds the quote nearly, not as written (quote {near.parts['quote']:.2f}): the post says "
        '"column" for "convoy"; the post says "hit" for "struck"',
    )


@pytest.mark.parametrize(
    ("quote", "text", "said"),
    [
        ("we won't retreat", "We will not retreat, at any cost.", 'the post says "will not" for "won\'t"'),
        (
            "We will not retreat",
            "We won\u2019t retreat, at any cost.",
            'the post says "won\'t" for "will not"',
        ),
        (
            "three vehicles were destroyed",
            "At dawn 3 vehicles were destroyed.",
            'the post says "3" for "three"',
        ),
        ("we can't stop now", "We cannot stop now.", 'the post says "cannot" for "can\'t"'),
    ],
)
def test_a_contraction_or_a_number_written_otherwise_is_read_alike_but_not_as_the_words_as_written(
    quote: str, text: str, said: str
) -> None:
    # Compared letter by letter, "we won't retreat" scored quote 0.09 in the post saying "We will not
    # retreat": no candidate, and the footnote was told no post of the window holds the quoted words.
    score, notes = quote_part([quote], text)

    assert score == 0.95, "read alike, below a post of the words as written"
    assert notes == (
        "holds the quote nearly, not as written (quote 0.95) (contractions and numbers written otherwise "
        f"are read alike, counting 0.95 of the match): {said}",
    )


def test_a_word_a_post_adds_inside_the_quote_is_named() -> None:
    # "никогда" (never) added inside the quoted words: quote 0.92, with nothing to say where the post differs.
    score, notes = quote_part(["Мы не отступим ни на шаг"], "Слава героям! Мы никогда не отступим ни на шаг!")

    assert score is not None and 0.5 < score < 1
    assert notes == (f'holds the quote nearly, not as written (quote {score:.2f}): the post adds "никогда"',)


def test_a_near_quote_s_differences_are_found_in_a_hostile_post_of_100_kb() -> None:
    # A run of marks between two letters, read by a pattern for the marks after a word, was gone over again
    # for each mark in it.
    hostile = "a" + "-" * 50_000 + "b " + "“" * 50_000

    differences = quote_differences("the enemy convoy", hostile)
    assert differences and all(len(said) < 120 for said in differences), "each shown in a line"
    assert quote_differences("a b", "x " * 5_000 + "a c " + "x " * 50_000) == ['the post says "c" for "b"']


@pytest.mark.parametrize(
    ("quote", "cited_text"),
    [
        # Polish (Notes from Poland's style): the post typed without the accents, or with them and quoted
        # without; typographic quotes and a dash around the words.
        ("Nie oddamy ani kawałka ziemi", "Nie oddamy ani kawalka ziemi. Walczymy dalej."),
        (
            "Nie oddamy ani kawalka ziemi",
            "\u201eNie oddamy ani kawa\u0142ka ziemi\u201d \u2013 napisa\u0142 minister.",
        ),
        # Czech: every word carried an accent, each below the chance of a short quote (0.44).
        ("Česká republika nepošle další zbraně", "Ceska republika neposle dalsi zbrane - rekl ministr."),
        # Romanian: the comma-below letters, typed without, or with the older cedilla forms.
        (
            "Nu vom ceda niciun centimetru din teritoriul țării",
            "Nu vom ceda niciun centimetru din teritoriul tarii",
        ),
        (
            "Nu vom ceda niciun centimetru din teritoriul ţării",
            "Nu vom ceda niciun centimetru din teritoriul țării",
        ),
        # Turkish: dotless i and the cedilla and breve letters, typed in plain Latin.
        (
            "Türkiye bu sald\u0131r\u0131y\u0131 k\u0131n\u0131yor ve sessiz kalmayacak",
            "Turkiye bu saldiriyi kiniyor ve sessiz kalmayacak",
        ),
    ],
)
def test_a_quote_in_accented_latin_matches_a_post_writing_other_accents_or_none(
    quote: str, cited_text: str
) -> None:
    # The post holding the words ranked as a near match ("the post says "kawalka" for "kawałka"", quote 0.88;
    # the Czech one 0.44, below a candidate), shown "(quote near, not as written)".
    cited = _post("https://t.me/example/10", _utc(2022, 1, 21, 9), cited_text)
    other = _post(
        "https://t.me/example/11", _utc(2022, 1, 21, 8), "Situation update 4: shelling in sector 2."
    )

    ranked = rank([c for post in (cited, other) if (c := score_post(post, (quote,), DAY, 1))])

    assert ranked[0].post.url == cited.url
    assert ranked[0].parts["quote"] == 1.0
    assert not ranked[0].quote_near and not ranked[0].quote_across
    assert not [note for note in ranked[0].notes if "nearly" in note]


def test_words_differing_by_more_than_accents_stay_a_near_match() -> None:
    # Read without accents, `żadnego` is still not `ani`: the post holds the quote nearly, as before.
    value, notes = quote_part(["Nie oddamy ani kawałka ziemi"], "Nie oddamy żadnego kawalka ziemi.")

    assert value is not None and value < 0.9
    assert any("nearly" in note for note in notes)
