"""A retraction the report acknowledges only near the note's mark: the sentence holding it, or the note.

A long citing passage may say another piece was retracted sentences before the one the note's mark ends
("The 2019 study was retracted last year. … A trial found that “…”.[1]"): that says nothing of the cited
piece, which the report relies on as if it stood, and the footnote fails as it does when the report says
nothing of a retraction.
"""

from __future__ import annotations

import time

import pytest

from provenance.checks import CheckInput
from provenance.checks.retraction import acknowledged_retraction
from provenance.models import Context, Footnote
from tests.checks.test_retracted_sources import ARTICLE, QUOTE, _checked, _given

NOTE = f"Lina Haddad, The Journal, 18 March 2022, {ARTICLE}"


def _passage(text: str, quotes: tuple[str, ...] = (QUOTE,)) -> CheckInput:
    given = _given(NOTE)
    context = Context(line=4, text=text, quotes=quotes)
    return CheckInput(
        footnote=Footnote(label="1", text=NOTE, line=9, contexts=(context,)),
        citation=given.citation,
        outcome=given.outcome,
        live=given.live,
        source=given.source,
    )


@pytest.mark.parametrize(
    "passage",
    [
        f"The 2019 study was retracted last year. Many doubted it. Later work found that “{QUOTE}”.",
        f"A modelling study found that “{QUOTE}”. Its rival paper, since retracted, said otherwise.",
    ],
    ids=["sentences before", "the sentence after"],
)
def test_a_retraction_said_in_another_sentence_than_the_mark_s_is_no_acknowledgement(passage: str) -> None:
    # Acknowledged anywhere in the passage, it turned the footnote's `captured: fail` (relied on as if it
    # stood) into a warning, and the retracted words were compared as the report's citation of them.
    assert acknowledged_retraction(_passage(passage)) is None
    status, checks = _checked(_passage(passage))
    assert status == "failed" and checks["captured"][0] == "fail"


@pytest.mark.parametrize(
    ("passage", "quote"),
    [
        (f"Many doubted it. The study, since retracted, claimed that “{QUOTE}”. Others disagreed.", QUOTE),
        (
            f"Many doubted it. The study, since retracted, claimed: “Floods matter. So {QUOTE}.” Others "
            "agreed.",
            f"Floods matter. So {QUOTE}.",
        ),
    ],
    ids=["one sentence", "a quote of two sentences"],
)
def test_a_retraction_said_in_the_sentence_holding_the_quote_still_counts(passage: str, quote: str) -> None:
    said = acknowledged_retraction(_passage(passage, (quote,)))
    assert said is not None and said.where == "the citing passage (line 4)"
    assert "since retracted" in said.words
    status, checks = _checked(_passage(passage, (quote,)))
    assert status == "unconfirmed" and checks["captured"][0] == "warn"


def test_a_passage_of_one_sentence_counts_whole_and_one_of_several_without_a_quote_counts_nothing() -> None:
    # Where no quote places the mark, a passage of several sentences cannot say which holds it.
    assert acknowledged_retraction(_passage("The study, since retracted, found it.", ())) is not None
    unplaced = "The study, since retracted, found it. Engineers now design for it."
    assert acknowledged_retraction(_passage(unplaced, ())) is None


def test_a_hostile_passage_of_many_stops_and_quotes_is_read_in_linear_time() -> None:
    hostile = ". " * 50_000 + "study retracted " * 5_000
    started = time.perf_counter()
    acknowledged_retraction(_passage(hostile, tuple("." * n for n in range(1, 30))))
    assert time.perf_counter() - started < 1
