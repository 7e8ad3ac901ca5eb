"""Who a note says posted when it names a handle beside a name: the person and the account are two claims."""

from __future__ import annotations

import datetime as dt

import pytest

from provenance.citations import parse_citation
from provenance.models import CheckResult, Footnote, Platform, SourcePost
from tests.support.authors import RYBARS_POST, RYBARS_POST_URL, author_check_as_parsed

_BOBS_POST = "https://x.com/bob/status/1484567890123456789"


def _author_and_handle(note: str) -> tuple[str | None, str | None]:
    citation = parse_citation(Footnote(label="1", text=f"{note}, X, January 21, 2022, {_BOBS_POST}", line=1))
    return citation.citation.author, citation.citation.handle


def _author_on_bobs_post(note: str, shown_as: str) -> CheckResult:
    """The author check of `note`, as parsed, against @bob's post with the display name `shown_as`."""
    footnote = Footnote(label="1", text=f"{note}, X, January 21, 2022, {_BOBS_POST}", line=1)
    bob = SourcePost(
        platform=Platform.TWITTER,
        url=_BOBS_POST,
        author=shown_as,
        handle="bob",
        post_id="1484567890123456789",
        published=dt.datetime(2022, 1, 21, 16, 45, tzinfo=dt.UTC),
        text="The bridge is ours.",
    )
    return author_check_as_parsed(footnote, bob)


@pytest.mark.parametrize(
    ("note", "author"),
    [
        # The handle first, the name after it: read as the handle's, the name was dropped.
        ("@bob (Bob Jones)", "Bob Jones"),
        ("@bob, Bob Jones", "Bob Jones"),
        ("@bob \u2014 Bob Jones", "Bob Jones"),
        # The family name first, the handle's aside after the given name: only `Jones` was read.
        ("Jones, Bob (@bob)", "Bob Jones"),
        ("See Jones, Bob (@bob)", "Bob Jones"),
        # Two people, the handle after the second's name: only the first was read.
        ("Alice Jones, Bob Smith (@bob)", "Alice Jones, Bob Smith"),
        # So wherever the handle and its name stand: after the title, a label or the platform.
        ("\u201cThe bridge is ours,\u201d @bob (Bob Jones)", "Bob Jones"),
        ("Post by @bob (Bob Jones)", "Bob Jones"),
        ("Tweet by @bob, Bob Jones", "Bob Jones"),
        ("January 21, 2022, @bob (Bob Jones)", "Bob Jones"),
        ("\u201cThe bridge is ours,\u201d Jones, Bob (@bob)", "Bob Jones"),
        ("Twitter, Jones, B. (@bob)", "B. Jones"),
        ("Twitter, Alice Jones, Bob Smith (@bob)", "Alice Jones, Bob Smith"),
        # The true cases beside them: the handle alone names the author, the name before the aside is one.
        ("@bob, X", "bob"),
        ("@bob, replying to @alice", "bob"),
        ("@bob (video)", "bob"),
        ("@bob: The bridge is ours", "bob"),
        ("\u201cReply to @bob (Bob Jones)\u201d", "bob"),
        ("Bob Jones (@bob)", "Bob Jones"),
        ("Bob Jones, spokesperson for the Ministry (@bob)", "Bob Jones"),
        ("Dmitry Medvedev, Deputy Chairman (@bob)", "Dmitry Medvedev"),
        ("Bob Jones, Twitter (@bob)", "Bob Jones"),
        ("Bob Jones, January 21 (@bob)", "Bob Jones"),
    ],
)
def test_the_name_written_beside_the_notes_handle_is_its_author(note: str, author: str) -> None:
    assert _author_and_handle(note) == (author, "bob")


@pytest.mark.parametrize(
    "note",
    [
        "@bob (Bob Jones)",
        "@bob, Bob Jones",
        "Jones, Bob (@bob)",
        "Alice Jones, Bob Smith (@bob)",
        "\u201cThe bridge is ours,\u201d @bob (Bob Jones)",
    ],
)
def test_the_author_check_holds_the_name_beside_the_handle_to_the_accounts_display_name(note: str) -> None:
    # Each passed on @bob's post shown as Alice Jones: `cited @bob; the source's account is @bob`.
    result = _author_on_bobs_post(note, shown_as="Alice Jones")
    assert result.status == "warn"
    assert result.detail is not None and "the note credits" in result.detail


@pytest.mark.parametrize("note", ["Alice Jones, Bob Smith (@bob)", "Alice Jones & Bob Smith (@bob)"])
def test_two_people_credited_beside_the_handle_are_not_one_longer_name_of_the_display_name(note: str) -> None:
    # @bob shown as Bob Jones: each of its words is one of the cited names' ("Jones" Alice's, "Bob" Bob's),
    # and the display name passed as a longer form of the note's names, where it is neither person's.
    result = _author_on_bobs_post(note, shown_as="Bob Jones")
    assert result.status == "warn"
    assert result.detail is not None and "the note credits" in result.detail


@pytest.mark.parametrize("note", ["Alice Jones, Bob Smith (@bob)", "Alice Jones & Bob Smith (@bob)"])
def test_two_people_credited_beside_the_handle_warn_on_an_account_showing_only_one(note: str) -> None:
    # The post is Bob Smith's; the note credits Alice Jones too, whom it does not show.
    result = _author_on_bobs_post(note, shown_as="Bob Smith")
    assert result.status == "warn"
    assert result.detail is not None and "'Alice Jones'" in result.detail


@pytest.mark.parametrize("note", ["@bob (Bob Jones)", "@bob, Bob Jones", "Jones, Bob (@bob)"])
def test_a_note_naming_the_accounts_own_name_beside_its_handle_passes(note: str) -> None:
    result = _author_on_bobs_post(note, shown_as="Bob Jones")
    assert (result.status, result.detail) == ("pass", "cited @bob; the source's account is @bob")


@pytest.mark.parametrize(
    ("note", "author"),
    [
        # The bracket a platform or a handle opened before the name closed after it, and was part of it.
        ("Telegram (Rybar), 21 January 2022, https://t.me/rybar/1234", "Rybar"),
        (
            "@alice@mastodon.social (Alice Jones), Mastodon, January 21, 2022, "
            "https://mastodon.social/@alice/109876543210987654",
            "Alice Jones",
        ),
        (
            "@harbour.bsky.social (Harbour Authority), Bluesky, November 20, 2024, "
            "https://bsky.app/profile/harbour.bsky.social/post/3lbg46235ui27",
            "Harbour Authority",
        ),
        # The platform's brackets after the name are no part of it, as before.
        ("Rybar (Telegram), 21 January 2022, https://t.me/rybar/1234", "Rybar"),
    ],
)
def test_a_name_in_brackets_after_a_platform_or_a_handle_ends_at_their_close(note: str, author: str) -> None:
    assert parse_citation(Footnote(label="1", text=note, line=1)).citation.author == author


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        # The channel alone before its quoted name: read whole as the author (`Канал «Рыбарь»`), its name the
        # title, and a correct note warned on Rybar's post.
        ("Канал «Рыбарь», 21 января 2022", "Рыбарь", None),
        ("Источник: канал «Рыбарь», «Мост взорван», 21 января 2022", "Рыбарь", "Мост взорван"),
        ("Kanal „Rybar“, 21. Januar 2022", "Rybar", None),
        ("Channel “Rybar”, 21 January 2022", "Rybar", None),
        ("Chaîne « Rybar », 21 janvier 2022", "Rybar", None),
        # A channel that is no platform's quotes a programme's title, as before.
        ("Первый канал «Время», 21 января 2022", "Первый канал «Время»", "Время"),
        ("Channel 4 “Dispatches”, 21 January 2022", "Channel 4 “Dispatches”", "Dispatches"),
    ],
)
def test_a_channels_quoted_name_after_the_channel_alone_is_its_author(
    note: str, author: str, title: str | None
) -> None:
    citation = parse_citation(Footnote(label="1", text=f"{note}, https://t.me/rybar/1234", line=1)).citation
    assert (citation.author, citation.title) == (author, title)


@pytest.mark.parametrize(("channel", "status"), [("Рыбарь", "pass"), ("Два майора", "warn")])
def test_the_author_check_holds_the_channels_quoted_name_to_the_posts_channel(
    channel: str, status: str
) -> None:
    footnote = Footnote(label="1", text=f"Канал «{channel}», 21 января 2022, {RYBARS_POST_URL}", line=1)
    result = author_check_as_parsed(footnote, RYBARS_POST)
    assert result.status == status
    assert "канал" not in (result.detail or "").casefold()


@pytest.mark.parametrize(
    ("note", "status"),
    [
        # `X` alone before the name was taken for no platform: the note named no one, the URL's account stood
        # for the author, and Alice Jones's note passed on @bob's post shown as Bob Smith.
        ("X, Alice Jones", "warn"),
        ("Twitter, Alice Jones", "warn"),
        # The true cases beside them: the name is the post's, or the note names no one but the platform.
        ("X, Bob Smith", "pass"),
        ("X", "pass"),
    ],
)
def test_the_name_after_x_alone_opening_the_note_is_held_to_the_post(note: str, status: str) -> None:
    result = _author_on_bobs_post(note, shown_as="Bob Smith")
    assert result.status == status
    if status == "warn":
        assert "Alice Jones" in (result.detail or "")
