"""The citations file `locate` updates: what a person wrote in it is kept, whenever they wrote it."""

from __future__ import annotations

import datetime as dt
import json
import os
from dataclasses import replace
from pathlib import Path

import pytest

from provenance.citations import parse_citation
from provenance.citations.cite import MAX_CITATIONS_BYTES
from provenance.citations.csl import load_citations_file
from provenance.errors import InputError
from provenance.locate.files import CitationsTarget
from provenance.locate.locate import FootnoteSearch, _shortlist
from provenance.locate.rank import FoundPost, score_post
from provenance.locate.registry import Account, AccountMatch
from provenance.locate.speakers import LocateQuery
from provenance.models import Footnote, Platform

DAY = dt.date(2022, 1, 21)
MATCH = AccountMatch(Account(name="Desk", platform=Platform.TELEGRAM, handle="desk"), 1.0, "Desk", "Desk")


def _search(label: str, post_id: int) -> FootnoteSearch:
    footnote = Footnote(label=label, text="Telegram, January 21, 2022.", line=1)
    post = FoundPost(
        url=f"https://t.me/desk/{post_id}",
        posted_at=dt.datetime(2022, 1, 21, 10, tzinfo=dt.UTC),
        text="Bridge reopened.",
        account=MATCH,
        via="telegram preview",
    )
    candidate = score_post(post, ("Bridge reopened.",), DAY, 1)
    assert candidate is not None
    query = LocateQuery(label, Platform.TELEGRAM, DAY, (), ("Bridge reopened.",))
    return FootnoteSearch(
        footnote, parse_citation(footnote).citation, query, (MATCH,), (candidate,), None, ()
    )


_PROPOSED_ONLY = 'Proposed by provenance locate. Check the post; then set "located" to "confirmed".'


def _item(label: str, url: str, located: str) -> dict[str, object]:
    return {"id": label, "URL": url, "custom": {"located": located}}


def test_a_confirmation_a_person_writes_while_locate_runs_is_kept(tmp_path: Path) -> None:
    # The file was read when the run began and written whole at its end: a person who confirmed [1] during
    # the search (minutes over the network) lost it to the candidate as it stood before.
    path = tmp_path / "found.json"
    path.write_text(json.dumps([_item("1", "https://t.me/desk/40", "candidate")]), encoding="utf-8")
    target = CitationsTarget.read(path)
    path.write_text(json.dumps([_item("1", "https://t.me/desk/39", "confirmed")]), encoding="utf-8")

    target.update([_search("1", 41), _search("2", 42)])

    items = {item["id"]: item for item in json.loads(path.read_text(encoding="utf-8"))}
    assert items["1"] == _item("1", "https://t.me/desk/39", "confirmed")
    assert items["2"]["URL"] == "https://t.me/desk/42" and items["2"]["custom"]["located"] == "candidate"


def test_an_earlier_candidate_nobody_touched_is_replaced_by_this_run_s(tmp_path: Path) -> None:
    path = tmp_path / "found.json"
    earlier = _item("1", "https://t.me/desk/40", "candidate")
    earlier["custom"] = {"located": "candidate", "proposed_URL": "https://t.me/desk/40"}  # as locate wrote it
    path.write_text(json.dumps([earlier]), encoding="utf-8")

    CitationsTarget.read(path).update([_search("1", 41)])

    items = json.loads(path.read_text(encoding="utf-8"))
    assert [(item["id"], item["URL"], item["custom"]["located"]) for item in items] == [
        ("1", "https://t.me/desk/41", "candidate")
    ]


def test_a_candidate_of_a_file_from_before_proposed_urls_were_kept_is_kept_unless_it_is_this_run_s(
    tmp_path: Path,
) -> None:
    # Nothing tells whether a person changed its URL: losing their link is worse than one stale candidate.
    path = tmp_path / "found.json"
    older = [_item("1", "https://t.me/desk/40", "candidate"), _item("2", "https://t.me/desk/42", "candidate")]
    path.write_text(json.dumps(older), encoding="utf-8")

    CitationsTarget.read(path).update([_search("1", 41), _search("2", 42)])

    items = {item["id"]: item for item in json.loads(path.read_text(encoding="utf-8"))}
    assert items["1"] == older[0]
    assert items["2"]["custom"]["proposed_URL"] == "https://t.me/desk/42", "this run's, now said whose"


def test_a_citations_file_larger_than_check_reads_is_refused_before_it_is_read(tmp_path: Path) -> None:
    # It was read whole and parsed, whatever its size (`check --citations` refuses one over 50 MB).
    path = tmp_path / "found.json"
    path.write_bytes(b"")
    os.truncate(path, MAX_CITATIONS_BYTES + 1)  # sparse: nothing is written

    with pytest.raises(InputError, match=f"over the limit of {MAX_CITATIONS_BYTES}"):
        CitationsTarget.read(path)


def test_a_candidate_that_forwards_another_s_post_is_said_to_in_the_file(tmp_path: Path) -> None:
    # The item said only "Proposed by provenance locate" of the desk's forward of Grey Zone's post, under the
    # desk's name: a person reading the file took it for the desk's own words.
    path = tmp_path / "found.json"
    search = _search("1", 41)
    forward = replace(search.candidates[0].post, forwarded_from="'Grey Zone' (@grey_zone)")
    candidate = score_post(forward, ("Bridge reopened.",), DAY, 1)
    assert candidate is not None

    CitationsTarget.read(path).update([replace(search, candidates=(candidate,))])

    (item,) = json.loads(path.read_text(encoding="utf-8"))
    assert item["custom"]["note"] == (
        'Proposed by provenance locate. Check the post; then set "located" to "confirmed". What locate noted '
        "of this post: a forward of 'Grey Zone' (@grey_zone)'s post: the words are theirs, not Desk "
        "(telegram @desk)'s; the original is the post to cite."
    )


def test_a_candidate_locate_noted_nothing_of_is_only_proposed(tmp_path: Path) -> None:
    path = tmp_path / "found.json"

    CitationsTarget.read(path).update([_search("1", 41)])

    (item,) = json.loads(path.read_text(encoding="utf-8"))
    assert (
        item["custom"]["note"]
        == 'Proposed by provenance locate. Check the post; then set "located" to "confirmed".'
    )


def test_posts_tied_at_the_top_give_an_item_with_no_url_that_lists_them(tmp_path: Path) -> None:
    # The channel posted the words twice (a repost): both scored 1.00, and the item gave the first as its URL,
    # "Proposed by provenance locate", though nothing but its date had put it first.
    path = tmp_path / "found.json"
    search = _search("1", 41)
    repost = score_post(
        replace(search.candidates[0].post, url="https://t.me/desk/42"), ("Bridge reopened.",), DAY, 1
    )
    assert repost is not None

    CitationsTarget.read(path).update([replace(search, candidates=(*search.candidates, repost))])

    (item,) = json.loads(path.read_text(encoding="utf-8"))
    assert "URL" not in item and item["custom"]["located"] == "candidate"
    assert item["custom"]["proposed_URL"] is None
    assert [tied["URL"] for tied in item["custom"]["tied"]] == [
        "https://t.me/desk/41",
        "https://t.me/desk/42",
    ]
    assert item["custom"]["note"] == (
        "Not a proposal: 2 posts tie at score 1.000 (https://t.me/desk/41, https://t.me/desk/42); the score "
        'does not tell them apart. Read each; put the cited post\'s URL here, then set "located" to '
        '"confirmed".'
    )
    assert load_citations_file(path.read_bytes(), "found.json")["1"].url is None, "check reads no URL"


def test_an_item_of_tied_posts_is_replaced_by_the_next_run_until_a_person_writes_a_url(
    tmp_path: Path,
) -> None:
    path = tmp_path / "found.json"
    search = _search("1", 41)
    repost = score_post(
        replace(search.candidates[0].post, url="https://t.me/desk/42"), ("Bridge reopened.",), DAY, 1
    )
    assert repost is not None
    tied = replace(search, candidates=(*search.candidates, repost))
    CitationsTarget.read(path).update([tied])

    CitationsTarget.read(path).update([search])  # the repost was deleted: one post now
    (item,) = json.loads(path.read_text(encoding="utf-8"))
    assert item["URL"] == "https://t.me/desk/41", "an untouched item of tied posts is this run's to replace"

    path.write_text("[]", encoding="utf-8")
    CitationsTarget.read(path).update([tied])
    (item,) = json.loads(path.read_text(encoding="utf-8"))
    item["URL"] = "https://t.me/desk/42"  # the person read both; not confirmed yet
    path.write_text(json.dumps([item]), encoding="utf-8")
    CitationsTarget.read(path).update([tied])
    (item,) = json.loads(path.read_text(encoding="utf-8"))
    assert item["URL"] == "https://t.me/desk/42", "the person's URL is kept"


def test_a_candidate_scored_alike_with_another_post_says_so_in_the_file(tmp_path: Path) -> None:
    # The channel reposted the words with one changed: the table said the two score alike, but the item
    # said only "Proposed by provenance locate" of the first, as if the score had singled it out.
    path = tmp_path / "found.json"
    search = _search("1", 41)
    edited = replace(search.candidates[0].post, url="https://t.me/desk/42", text="Bridge now reopened.")
    scored = score_post(edited, ("Bridge reopened.",), DAY, 1)
    assert scored is not None
    repost = replace(scored, score=search.candidates[0].score - 0.01)  # within ALIKE, not tied

    CitationsTarget.read(path).update([replace(search, candidates=(*search.candidates, repost))])

    (item,) = json.loads(path.read_text(encoding="utf-8"))
    assert item["URL"] == "https://t.me/desk/41"
    assert item["custom"]["note"] == (
        'Proposed by provenance locate. Check the post; then set "located" to "confirmed". The score does '
        f"not tell this post (1.00) from https://t.me/desk/42 ({repost.score:.2f}): read each, and keep the "
        "one the report cites."
    )


def test_an_item_of_a_note_whose_quotes_two_posts_hold_names_the_other_post_not_keep_one(
    tmp_path: Path,
) -> None:
    # The note cites two posts, one quote each: the item said "The score does not tell this post from
    # t.me/desk/42: read each, and keep the one the report cites", where the report cites both.
    path = tmp_path / "found.json"
    quotes = ("Bridge reopened at dawn today.", "Convoy reached the port at last.")
    search = _search("1", 41)
    found = []
    for post_id, text in ((41, quotes[0]), (42, quotes[1])):
        post = replace(search.candidates[0].post, url=f"https://t.me/desk/{post_id}", text=text)
        candidate = score_post(post, quotes, DAY, 1)
        assert candidate is not None
        found.append(candidate)
    found.sort(key=lambda c: -c.score)
    two = replace(search, query=replace(search.query, quotes=quotes), candidates=tuple(found))

    CitationsTarget.read(path).update([_shortlist(two, two.candidates)])

    (item,) = json.loads(path.read_text(encoding="utf-8"))
    note = item["custom"]["note"]
    assert "keep the one the report cites" not in note
    other = found[1].post.url
    assert f"the passage's other quotes are held by {other}" in note and "may cite more than one post" in note


def test_a_candidate_scored_above_the_next_post_is_only_proposed(tmp_path: Path) -> None:
    path = tmp_path / "found.json"
    search = _search("1", 41)
    other = replace(
        search.candidates[0].post, url="https://t.me/desk/42", text="Grain convoy reached the port."
    )
    below = score_post(other, ("Bridge reopened.",), DAY, 1)
    assert below is not None

    CitationsTarget.read(path).update([replace(search, candidates=(*search.candidates, below))])

    (item,) = json.loads(path.read_text(encoding="utf-8"))
    assert item["custom"]["note"] == _PROPOSED_ONLY
