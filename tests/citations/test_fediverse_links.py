"""The other fediverse servers' post links: Pleroma's and Akkoma's `/notice/<id>`, GoToSocial's
`/@<user>/statuses/<ULID>`, Truth Social's `/@<user>/posts/<id>`, read from their Mastodon client API; a
look-alike path of another site is none of theirs, and Misskey's `/notes/<id>` (no Mastodon API) is not
Mastodon's."""

from __future__ import annotations

import pytest

from provenance.citations import parse_citation
from provenance.citations.platforms import (
    canonical_url,
    mastodon_post,
    mastodon_post_url,
    pleroma_object,
    post_locator,
)
from provenance.models import Footnote, Platform
from provenance.side_urls import side_urls

FLAKE = "AbCdEf0123456789Xy"  # a Pleroma flake id: base62, case counts
ULID = "01HQ3ZK5V7N2X8Y9A0B1C2D3E4"
TRUTH_ID = "114123456789012345"


@pytest.mark.parametrize(
    ("url", "found", "canonical"),
    [
        (
            f"https://Pleroma.Example/notice/{FLAKE}",
            ("pleroma.example", None, FLAKE),
            f"https://pleroma.example/notice/{FLAKE}",
        ),
        (
            f"https://gts.example/@lighthouse/statuses/{ULID}",
            ("gts.example", "lighthouse@gts.example", ULID),
            f"https://gts.example/@lighthouse/statuses/{ULID}",
        ),
        (  # GoToSocial's ActivityPub id of the same post
            f"https://gts.example/users/lighthouse/statuses/{ULID}",
            ("gts.example", "lighthouse@gts.example", ULID),
            f"https://gts.example/@lighthouse/statuses/{ULID}",
        ),
        (
            f"https://truthsocial.com/@realExample/posts/{TRUTH_ID}",
            ("truthsocial.com", "realExample@truthsocial.com", TRUTH_ID),
            f"https://truthsocial.com/@realExample/posts/{TRUTH_ID}",
        ),
    ],
)
def test_another_fediverse_servers_post_is_read_from_its_mastodon_api(
    url: str, found: tuple[str, str | None, str], canonical: str
) -> None:
    assert mastodon_post(url) == found
    instance, _, post_id = found
    assert side_urls(url) == (f"https://{instance}/api/v1/statuses/{post_id}",)
    assert canonical_url(url) == canonical
    citation = parse_citation(Footnote(label="1", text=f"A post, {url}", line=1)).citation
    assert citation.platform is Platform.MASTODON


def test_an_account_named_in_the_link_is_its_locator_and_a_notice_names_none() -> None:
    assert post_locator(f"https://gts.example/@lighthouse/statuses/{ULID}") == (
        "lighthouse@gts.example",
        ULID,
    )
    assert post_locator(f"https://truthsocial.com/@realExample/posts/{TRUTH_ID}") == (
        "realExample@truthsocial.com",
        TRUTH_ID,
    )
    # A notice's link names no account: the note's bare `@hafen` is the account of that name on its instance.
    url = f"https://pleroma.example/notice/{FLAKE}"
    citation = parse_citation(Footnote(label="1", text=f"Hafenamt (@hafen), {url}", line=1)).citation
    assert citation.handle == "hafen@pleroma.example"


@pytest.mark.parametrize(
    "url",
    [
        "https://news.example/notice/12345",  # a numbered notice of another kind of site
        "https://news.example/notice/road-closures-2024",
        "https://news.example/notice/abc",
        "https://news.example/notices/AbCdEf0123456789Xy",
        "https://news.example/notice/AbCdEf0123456789Xy/comments",
        "https://medium.com/notice/AbCdEf0123456789Xy",  # a known platform's host
        "https://blog.example/@writer/statuses/hello-world",
        "https://blog.example/@writer/statuses/01hq3zk5v7n2x8y9a0b1c2d3e4",  # GoToSocial's ULIDs are capitals
        "https://blog.example/@writer/statuses/81HQ3ZK5V7N2X8Y9A0B1C2D3E4",  # no ULID: past its time's bits
        "https://blog.example/@writer/posts/123",  # Truth Social's path, on another host
        "https://www.tiktok.com/@user/posts/123",
        "https://misskey.example/notes/9xkz3a0b1c",  # Misskey: no Mastodon API, a web page
    ],
)
def test_a_look_alike_of_another_servers_path_is_no_fediverse_post(url: str) -> None:
    assert mastodon_post(url) is None
    assert side_urls(url) == ()
    citation = parse_citation(Footnote(label="1", text=f"A page, {url}", line=1)).citation
    assert citation.platform is not Platform.MASTODON


def test_a_post_id_of_none_of_the_servers_shapes_has_no_canonical_link() -> None:
    assert mastodon_post_url("pleroma.example", "hafen@pleroma.example", FLAKE) == (
        f"https://pleroma.example/notice/{FLAKE}"
    )
    assert mastodon_post_url("pleroma.example", None, "../../admin") is None
    assert (
        mastodon_post_url("mastodon.example", "a@mastodon.example", "\u0661\u0662\u0663") is None
    )  # not ASCII
    assert mastodon_post_url("mastodon.example", None, TRUTH_ID) is None  # the shape needs an account


OBJECT = "0b5a6c2e-1f3d-4c9e-9a7b-2d4e6f8a0c1e"  # a Pleroma object's UUID


def test_a_pleroma_objects_link_is_its_post_and_the_notes_bare_handle_is_its_instances() -> None:
    # `/objects/<uuid>` (the `url` Mastodon opens for a Pleroma post) was a web page: the note's `@hafen` was
    # read as a bare name, and `@hafen@evil.example` as `hafen`, any instance's account of that name.
    url = f"https://pleroma.example/objects/{OBJECT}"
    assert pleroma_object(url) == ("pleroma.example", OBJECT)
    bare = parse_citation(Footnote(label="1", text=f"Hafenamt (@hafen), {url}", line=1)).citation
    assert bare.handle == "hafen@pleroma.example"
    other = parse_citation(
        Footnote(label="1", text=f"Hafenamt (@hafen@evil.example), {url}", line=1)
    ).citation
    assert other.handle == "hafen@evil.example"


@pytest.mark.parametrize(
    "url",
    [
        "https://museum.example/objects/vase-1234",  # a collection's object of another kind of site
        f"https://museum.example/objects/{OBJECT.upper()}",  # Pleroma writes its UUIDs in lower case
        f"https://museum.example/objects/{OBJECT}/images",
        f"https://museum.example/collection/objects/{OBJECT}",
        f"https://medium.com/objects/{OBJECT}",  # a known platform's host
        f"https://pleroma.example:8443/objects/{OBJECT}",
    ],
)
def test_a_look_alike_of_a_pleroma_objects_link_is_none(url: str) -> None:
    assert pleroma_object(url) is None
