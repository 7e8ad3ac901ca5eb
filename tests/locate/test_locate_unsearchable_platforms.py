"""`provenance locate` on a footnote naming a platform it has no listing of posts to read on (`[1] Truth
Social, March 2, 2024.`, `[1] Gab, …`, a passage's `wrote on Truth Social`): it says which platform and
what a person can do, and never proposes the speaker's post on another platform. Loopback copies of a
fictional account's archived X posts and a Telegram channel's preview, on 127.0.0.1.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.locate.runs import Locating, Locator
from tests.locate.site import SPACING, START, Site, Tweet, channel_posts, snowflake

QUOTE = "The election was stolen from the people of this great country."
# The speaker's X account holds the words on 21 January 2022: a post of another platform than the note's.
TWEETS = [
    Tweet(snowflake(START + 20 * SPACING, 1), f"{QUOTE} Never forget."),
    Tweet(snowflake(START + 22 * SPACING, 2), "Meetings all day in the capital."),
]
POSTS = channel_posts(6001, {25: f"{QUOTE} Subscribe."}, salt=2)
REGISTRY = (
    "name,aliases,platform,handle,url,notes\n"
    "Jonas Examplar,,twitter,example_examplar,,fictional\n"
    "Jonas Examplar,,telegram,example_examplar_tg,,fictional\n"
    "Gabe Fictional,,web,,https://gab.com/example_gabe,fictional\n"
    "Gabe Fictional,,twitter,example_gabe,,fictional\n"
)


@pytest.fixture
def locate(locating: Locating) -> Locator:
    return locating(
        Site({"example_examplar_tg": ("Example Examplar", POSTS)}, "example_examplar", TWEETS), REGISTRY
    )


def _listings(locate: Locator) -> list[str]:
    """The url prefixes the archive was asked for, and the Telegram previews read."""
    asked = [parse_qs(urlsplit(seen.path).query).get("url", [""])[0] for seen in locate.server.requests]
    previews = [seen.path for seen in locate.server.requests if seen.path.startswith("/s/")]
    return [url for url in asked if url] + previews


@pytest.mark.parametrize(
    ("passage", "note", "platform", "where"),
    [
        (f'Jonas Examplar wrote: "{QUOTE}"[1]', "Truth Social, January 21, 2022.", "Truth Social", "note"),
        (
            f'Jonas Examplar posted: "{QUOTE}"[1]',
            "Jonas Examplar, Rumble, January 21, 2022.",
            "Rumble",
            "note",
        ),
        (f'Jonas Examplar wrote: "{QUOTE}"[1]', "WhatsApp channel, January 21, 2022.", "WhatsApp", "note"),
        (
            f'Jonas Examplar wrote on Truth Social: "{QUOTE}"[1]',
            "January 21, 2022.",
            "Truth Social",
            "passage",
        ),
    ],
)
def test_a_note_naming_a_platform_locate_cannot_search_says_so_and_proposes_no_post_of_another(
    locate: Locator,
    passage: str,
    note: str,
    platform: str,
    where: str,
) -> None:
    # Before: the note was read as naming no platform, the speaker's X and Telegram accounts were searched,
    # and his tweet of the words was proposed as the Truth Social post the report cites.
    code, footnote, table = locate(f"{passage}\n\n[1] {note}\n")

    assert code == 1 and footnote["candidates"] == [], "no post of another platform is proposed"
    assert footnote["unsearchable_platform"] == platform, "the JSON names it, not only a null platform"
    assert _listings(locate) == [], "neither the X account's archive nor the Telegram channel is read"
    said = footnote["notes"][0]
    opening = f"the note names {platform}" if where == "note" else "the note names no platform; the passage"
    assert said.startswith(opening) and f"{platform}, a platform locate cannot search" in said
    assert "give the post's URL in the citations file" in said, "it says what a person can do"
    assert footnote["notes"][1] == (
        "not searched: Jonas Examplar (twitter @example_examplar), Jonas Examplar (telegram "
        f"@example_examplar_tg), on another platform than {platform}"
    )
    assert "not in the accounts registry" not in table, "the speaker is in the registry: that is not why"


def test_a_gab_note_searches_the_archived_copies_of_the_account_s_gab_page_alone(locate: Locator) -> None:
    code, footnote, _ = locate(f'Gabe Fictional wrote: "{QUOTE}"[1]\n\n[1] Gab, January 21, 2022.\n')

    assert code == 1 and footnote["candidates"] == []
    assert _listings(locate) == ["gab.com/example_gabe*"], "the Gab page's archived copies, not the X account"
    assert footnote["notes"][:2] == [
        "the note names Gab, which locate cannot list posts of: only archived copies of Gabe Fictional (web "
        "https://gab.com/example_gabe) are searched (a post no archive copied is not found); a person can "
        "open the account's page there around the cited day and give the post's URL in the citations file",
        "not searched: Gabe Fictional (twitter @example_gabe), on another platform than Gab",
    ]


def test_the_table_names_the_truth_social_platform_of_the_note_and_says_it_cannot_be_searched(
    locate: Locator,
) -> None:
    # Before: the table's line read `[1] platform?, 2022-01-21`, as if the note named none.
    code, _, table = locate(f'Jonas Examplar wrote: "{QUOTE}"[1]\n\n[1] Truth Social, January 21, 2022.\n')

    assert code == 1
    line = "  [1] Truth Social (a platform locate cannot search), 2022-01-21 · speaker: Jonas Examplar"
    assert line in table
    assert "platform?" not in table
