"""Reading Bluesky's author feed and Mastodon's account statuses: the account's own words, nothing else."""

from __future__ import annotations

import datetime as dt
from typing import Any

from provenance.locate import feeds

DID = "did:plc:aliceexampleaaaaaaaaaaaa"


def _view(
    rkey: str, text: str, at: str, did: str = DID, handle: str = "alice.example.social"
) -> dict[str, Any]:
    return {
        "uri": f"at://{did}/app.bsky.feed.post/{rkey}",
        "author": {"did": did, "handle": handle},
        "record": {"text": text, "createdAt": at},
        "indexedAt": at,
    }


def test_an_old_pinned_post_is_read_but_does_not_end_the_paging_and_one_under_another_handle_is_skipped() -> (
    None
):
    data = {
        "cursor": "next",
        "feed": [
            {"post": _view("3kpin", "pinned", "2023-01-01T00:00:00Z"), "reason": {"$type": feeds._PIN}},
            {"post": _view("3kown", "own words", "2024-03-05T09:00:00Z")},
            {
                "post": _view(
                    "3kother", "not hers", "2024-03-05T08:00:00Z", "did:plc:carolexampleaaaaaaaaaaaa", "c.x"
                )
            },
        ],
    }

    page = feeds.read_author_feed(data, "https://public.api.bsky.app/x", "alice.example.social")

    assert page is not None and page.next == "next" and page.skipped == page.foreign == 1
    assert [post.text for post in page.posts] == ["pinned", "own words"]
    # The feed's order goes by every post it shows as the account's; the pin's time is no page's end.
    assert page.oldest == dt.datetime(2024, 3, 5, 8, 0, tzinfo=dt.UTC)


def test_a_taken_down_post_is_no_candidate_and_an_answer_without_a_feed_is_none() -> None:
    hidden = {**_view("3kgone", "hidden", "2024-03-05T09:00:00Z"), "labels": [{"val": "!takedown"}]}

    page = feeds.read_author_feed({"feed": [{"post": hidden}]}, "u", "alice.example.social")

    assert page is not None and page.posts == [] and page.next is None
    assert feeds.read_author_feed({"error": "InvalidRequest"}, "u", "alice.example.social") is None


def test_a_mastodon_lookup_names_the_account_only_when_its_acct_is_the_user_asked() -> None:
    assert feeds.read_lookup({"id": "42", "acct": "Bob"}, "bob@social.example") == "42"
    assert feeds.read_lookup({"id": "42", "acct": "bob@other.example"}, "bob@social.example") is None
    assert feeds.read_lookup({"id": "../42", "acct": "bob"}, "bob@social.example") is None


def test_the_window_ends_go_into_mastodon_ids_of_their_times() -> None:
    moment = dt.datetime(2024, 3, 5, 9, 0, tzinfo=dt.UTC)

    assert feeds.mastodon_id_at(moment) >> 16 == int(moment.timestamp() * 1000)
    url = feeds.statuses_url("bob@social.example", "42", 7, 3)
    assert url == "https://social.example/api/v1/accounts/42/statuses?limit=40&max_id=7&since_id=3"
