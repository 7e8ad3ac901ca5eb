"""Mastodon posts' links: known by their path on any host, never by a look-alike path of another site."""

from __future__ import annotations

import datetime as dt

import pytest

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.citations import apply_overrides, parse_citation
from provenance.citations.csl import CitationOverrides
from provenance.citations.platforms import (
    canonical_url,
    mastodon_id_time,
    mastodon_post,
    platform_from_words,
    post_locator,
)
from provenance.models import Citation, Footnote, Platform, SourcePost
from provenance.side_urls import side_urls

POST_ID = "109876543210987654"  # made 2023-02-16 21:29:55.773 UTC, as its id says


@pytest.mark.parametrize(
    ("url", "found"),
    [
        ("https://mastodon.social/@Gargron/1", ("mastodon.social", "Gargron@mastodon.social", "1")),
        (
            f"https://Hachyderm.io/@alice@Mastodon.Social/{POST_ID}",
            ("hachyderm.io", "alice@mastodon.social", POST_ID),
        ),
        (
            f"https://mastodon.social/users/Gargron/statuses/{POST_ID}",
            ("mastodon.social", "Gargron@mastodon.social", POST_ID),
        ),
        (
            f"https://mastodon.social/@Gargron/{POST_ID}/?utm=x#top",
            ("mastodon.social", "Gargron@mastodon.social", POST_ID),
        ),
        # The web app's paths of the post (old links, the advanced view): read as web pages, the app's shell
        # or the page's tags stood for the post, and the status API was never asked.
        (
            f"https://mastodon.social/web/@Gargron/{POST_ID}",
            ("mastodon.social", "Gargron@mastodon.social", POST_ID),
        ),
        (
            f"https://mastodon.social/deck/@Gargron/{POST_ID}",
            ("mastodon.social", "Gargron@mastodon.social", POST_ID),
        ),
        (
            f"https://hachyderm.io/deck/@alice@mastodon.social/{POST_ID}",
            ("hachyderm.io", "alice@mastodon.social", POST_ID),
        ),
        # The frame a page's embed code shows: the same post, read from the status API.
        (
            f"https://mastodon.social/@Gargron/{POST_ID}/embed",
            ("mastodon.social", "Gargron@mastodon.social", POST_ID),
        ),
    ],
)
def test_a_mastodon_post_is_known_by_its_path_on_any_host(url: str, found: tuple[str, str, str]) -> None:
    assert mastodon_post(url) == found
    instance, handle, post_id = found
    assert post_locator(url) == (handle, post_id)
    assert side_urls(url) == (f"https://{instance}/api/v1/statuses/{post_id}",)
    citation = parse_citation(Footnote(label="1", text=f"Mastodon post, {url}", line=1)).citation
    assert citation.platform is Platform.MASTODON


def test_a_mastodon_post_has_one_canonical_link_whatever_its_spelling() -> None:
    canonical = f"https://mastodon.social/@Gargron/{POST_ID}"
    for spelling in (
        f"https://MASTODON.social/@Gargron/{POST_ID}/",
        f"https://mastodon.social/users/Gargron/statuses/{POST_ID}",
        f"https://mastodon.social/@Gargron/{POST_ID}?lang=en#reply",
        f"https://mastodon.social/web/@Gargron/{POST_ID}",
        f"https://mastodon.social/deck/@Gargron/{POST_ID}",
        f"https://mastodon.social/@Gargron/{POST_ID}/embed",
    ):
        assert canonical_url(spelling) == canonical
    # A remote account's post seen from another instance keeps its account whole: another account's post.
    assert canonical_url(f"https://hachyderm.io/@Gargron@mastodon.social/{POST_ID}") == (
        f"https://hachyderm.io/@Gargron@mastodon.social/{POST_ID}"
    )


@pytest.mark.parametrize(
    "url",
    [
        "https://medium.com/@writer/the-ferry-story-3f2a1b9c",
        "https://medium.com/@writer/12345",  # Medium's host: never Mastodon's, whatever its path
        "https://www.tiktok.com/@user/video/7123456789012345678",
        "https://www.youtube.com/@channel",
        "https://www.youtube.com/@channel/123",
        "https://x.com/@user/123",
        "https://www.threads.net/@user/post/123",
        "https://www.tumblr.com/@user/123",
        "https://blog.example/@writer/ferries/123",
        "https://blog.example/@writer",
        "https://blog.example/@writer/about",
        "https://blog.example/web/@writer/about",
        "https://blog.example/docs/@writer/123",  # only the web app's own paths
        "https://medium.com/web/@writer/12345",
        "https://mastodon.social/web/statuses/123",  # names no account (an old app's path)
        "https://mastodon.social/@writer/123/reblogs",  # who boosted it: others' accounts
        "https://medium.com/@writer/123/embed",
        "https://blog.example/users/writer/posts/123",
        "ftp://files.example/@writer/123",
        "https://localhost/@writer/123",
        "https://mastodon.example:8443/@writer/123",  # its status API and canonical link would lose the port
        "https://user@mastodon.example/@writer/123",
    ],
)
def test_a_look_alike_path_of_another_site_is_no_mastodon_post(url: str) -> None:
    assert mastodon_post(url) is None
    assert post_locator(url)[1] is None
    citation = parse_citation(Footnote(label="1", text=f"A page, {url}", line=1)).citation
    assert citation.platform is not Platform.MASTODON


def test_a_note_naming_mastodon_or_the_fediverse_names_the_platform() -> None:
    assert platform_from_words("Harbour Watch, Mastodon, 16 February 2023") is Platform.MASTODON
    assert platform_from_words("a post on the fediverse") is Platform.MASTODON
    assert platform_from_words("Telegram, later on Mastodon") is Platform.TELEGRAM  # the first named
    assert platform_from_words("a mastodonic effort") is None


def test_a_mastodon_id_dates_its_status_only_when_it_decodes_to_a_sane_time() -> None:
    assert mastodon_id_time(POST_ID) == dt.datetime(2023, 2, 16, 21, 29, 55, 773000, tzinfo=dt.UTC)
    now = dt.datetime(2024, 1, 1, tzinfo=dt.UTC)
    assert mastodon_id_time("1") is None  # an old sequential id carries no time
    assert mastodon_id_time("106000000000") is None  # before Mastodon's first release
    assert mastodon_id_time("999999999999999999", now) is None  # after now
    assert mastodon_id_time("9" * 25) is None  # longer than any id
    assert mastodon_id_time("\uff11\uff12\uff13") is None  # full-width digits: not ASCII


def _author(note: str, source: SourcePost) -> tuple[str, str]:
    footnote = Footnote(label="1", text=note, line=1)
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, source=source, outcome=None
    )
    result = check_author(given)
    return result.status, result.detail


def _post(handle: str, instance: str = "mastodon.social") -> SourcePost:
    return SourcePost(
        platform=Platform.MASTODON,
        url=f"https://{instance}/api/v1/statuses/{POST_ID}",
        post_id=POST_ID,
        author="Alice Jones",
        handle=handle,
        text="The ferry is cancelled.",
    )


def test_a_notes_bare_handle_is_not_a_remote_account_of_the_same_name() -> None:
    # The link shows alice@evil.example's post on mastodon.social; the note's `@alice` is mastodon.social's
    # alice. Compared by the bare name, the impersonator's post passed as hers.
    url = f"https://mastodon.social/@alice@evil.example/{POST_ID}"
    citation = parse_citation(Footnote(label="1", text=f"@alice, Mastodon, {url}", line=1)).citation
    assert citation.handle == "alice@mastodon.social"
    status, _ = _author(f"@alice, Mastodon, {url}", _post("alice@evil.example"))
    assert status != "pass"


def test_a_notes_handle_is_the_posts_when_the_account_is_the_instances_own_or_written_whole() -> None:
    local = f"https://mastodon.social/@alice/{POST_ID}"
    assert _author(f"@alice, Mastodon, {local}", _post("alice@mastodon.social"))[0] == "pass"
    remote = f"https://hachyderm.io/@alice@evil.example/{POST_ID}"
    note = f"@alice@evil.example, Mastodon, {remote}"
    assert parse_citation(Footnote(label="1", text=note, line=1)).citation.handle == "alice@evil.example"
    assert _author(note, _post("alice@evil.example", "hachyderm.io"))[0] == "pass"
    assert _author(f"Alice Jones, Mastodon, {local}", _post("alice@mastodon.social"))[0] == "pass"


def test_a_citations_files_mastodon_link_cites_a_mastodon_post_as_a_notes_link_does() -> None:
    web = Citation(platform=Platform.WEB, url="https://news.example/a")
    url = f"https://mastodon.social/users/Gargron/statuses/{POST_ID}"
    overridden = apply_overrides(web, CitationOverrides(url=url))
    assert (overridden.platform, overridden.handle, overridden.post_id, overridden.canonical_url) == (
        Platform.MASTODON,
        "Gargron@mastodon.social",
        POST_ID,
        f"https://mastodon.social/@Gargron/{POST_ID}",
    )
