"""What `locate` says of a footnote's posts once scored: no candidate, and whose posts that was said of."""

from __future__ import annotations

import datetime as dt

from provenance.citations import parse_citation
from provenance.locate.locate import FootnoteSearch, _shortlist
from provenance.locate.rank import Candidate, FoundPost, score_post
from provenance.locate.registry import Account, AccountMatch
from provenance.locate.speakers import LocateQuery
from provenance.models import Footnote, Platform

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
    assert note.endswith("the post may be among those not read")


def test_a_window_read_whole_without_the_quote_still_says_no_post_of_it_holds_the_words() -> None:
    shortlisted = _shortlist(_search(_POSTS, read_whole=True), _POSTS)

    assert shortlisted.candidates == ()
    (note,) = [note for note in shortlisted.notes if "holds the quoted words" in note]
    assert note.startswith("no post of the window holds the quoted words: none of its 2 posts scores quote")
