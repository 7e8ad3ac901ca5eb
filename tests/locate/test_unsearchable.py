"""The platforms a footnote may name that `locate` has no listing of posts to read on, read from its note or
its passage (`provenance.locate.unsearchable`)."""

from __future__ import annotations

import time

import pytest

from provenance.locate.unsearchable import on_platform_site, unsearchable_platform
from provenance.models import Context, Platform


def _passage(text: str) -> tuple[Context, ...]:
    return (Context(line=1, text=text, quotes=()),)


@pytest.mark.parametrize(
    ("note", "name"),
    [
        ("Truth Social, March 2, 2024.", "Truth Social"),
        ("Threads, May 1, 2024.", "Threads"),
        ("Gab", "Gab"),
        ("Rumble", "Rumble"),
        ("WhatsApp channel", "WhatsApp"),
        ("WhatsApp channel, January 21, 2022.", "WhatsApp"),
        ("Donald Trump (@realDonaldTrump), Truth Social, March 2, 2024.", "Truth Social"),
        ("@realDonaldTrump on Truth Social, March 2, 2024.", "Truth Social"),
        ("Jonas Examplar, Rumble video, May 1, 2024.", "Rumble"),
        ("Odysee, 3 May 2024.", "Odysee"),
        ("BitChute, 3 May 2024.", "BitChute"),
    ],
)
def test_a_note_naming_a_platform_locate_cannot_list_is_read(note: str, name: str) -> None:
    # Before: these notes were read as naming no platform, and every account of the speaker was searched.
    found = unsearchable_platform(note, None, ())

    assert found is not None and (found.name, found.where) == (name, "note")


def test_threads_is_a_platform_the_registry_writes_as_threads_and_the_others_as_a_web_page() -> None:
    threads = unsearchable_platform("Threads, May 1, 2024.", Platform.THREADS, ())
    truth = unsearchable_platform("Truth Social, March 2, 2024.", None, ())

    assert threads is not None and threads.platform is Platform.THREADS
    assert threads.account_page("zuck") == "https://www.threads.net/@zuck"
    assert truth is not None and truth.platform is Platform.WEB
    assert truth.example_page == "https://truthsocial.com/@<handle>"


@pytest.mark.parametrize(
    "passage",
    [
        'Trump wrote on Truth Social that "the election was rigged."',
        'Trump took to Truth Social: "the election was rigged."',
        'Anglin posted on his Gab account: "this is the end."',
        "Trump schrieb auf Truth Social: „Die Wahl war gestohlen.“",
        "Трамп написал в Truth Social: «Выборы украли».",
    ],
)
def test_a_passage_saying_the_post_was_on_such_a_platform_names_it_for_a_note_naming_none(
    passage: str,
) -> None:
    found = unsearchable_platform("March 2, 2024.", None, _passage(passage))

    assert found is not None and found.where == "passage"


@pytest.mark.parametrize(
    ("note", "note_platform", "passage"),
    [
        # A note naming a platform locate reads: the passage's words are not read over it.
        ("Telegram, January 21, 2022.", Platform.TELEGRAM, "Rybar later posted it on Gab too."),
        # Words, not the platforms: no capital, or no place a post is on.
        ("March 2, 2024.", None, "He pulled the threads of the story together on Monday."),
        ("March 2, 2024.", None, "Residents heard the rumble of guns all night."),
        ("March 2, 2024.", None, "Rumble in the jungle, the headline read."),
        # A quote's words are no note's platform (`“… on Gab”`), nor two such platforms one place.
        ('"Find me on Gab", March 2, 2024.', None, "Trump wrote it on Truth Social and on Gab."),
    ],
)
def test_words_that_are_not_such_a_platform_are_not_read_as_one(
    note: str, note_platform: Platform | None, passage: str
) -> None:
    assert unsearchable_platform(note, note_platform, _passage(passage)) is None


def test_an_account_page_is_on_the_platform_s_site_by_its_host_alone() -> None:
    gab = unsearchable_platform("Gab", None, ())
    assert gab is not None
    assert on_platform_site("https://gab.com/example", gab) and on_platform_site("www.gab.com/example", gab)
    assert not on_platform_site("https://gab.com.example.net/x", gab)
    assert not on_platform_site("https://example.net/gab.com", gab)
    assert not on_platform_site(None, gab)


@pytest.mark.parametrize(
    "hostile",
    ["on " * 50_000, "Truth " * 20_000, ", Truth" * 20_000, "on the Truth Socia" * 6_000, "@" * 100_000],
)
def test_a_crafted_note_or_passage_is_read_in_linear_time(hostile: str) -> None:
    started = time.process_time()
    unsearchable_platform(hostile, None, _passage(hostile))
    assert time.process_time() - started < 0.5
