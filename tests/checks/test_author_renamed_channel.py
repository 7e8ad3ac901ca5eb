"""`author` on a Telegram channel renamed since the post: the detail asks whether it was, naming both names.

A channel's owner renames it at will (its title, or its username): a note citing the post by the title or
the link the channel had then is not shown wrong by the name it has now. The check still warns (a person
must look: the page does not prove the rename), but it says the likeliest reading first.
"""

from __future__ import annotations

import datetime as dt

import pytest

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.citations import parse_citation
from provenance.models import Footnote, Platform, SourcePost
from tests.checks.test_author import CAPTURED

URL = "https://t.me/z_front_kupiansk/1877"
WORDS = "A deployment point of the Armed Forces of Ukraine was hit in Kupiansk."


def _post(**fields: str) -> SourcePost:
    return SourcePost(
        platform=Platform.TELEGRAM,
        url=URL,
        author="Frontline Chronicle",
        handle="z_front_kupiansk",
        published=dt.datetime(2024, 3, 9, 23, 31, tzinfo=dt.UTC),
        text=WORDS,
        fields={"data-post": "z_front_kupiansk/1877", "owner_name": "Frontline Chronicle", **fields},
    )


def _cited(note: str, post: SourcePost, url: str = URL) -> CheckInput:
    footnote = Footnote(label="1", text=f"{note}Telegram, 10 March 2024, {url}", line=4, urls=(url,))
    citation = parse_citation(footnote).citation
    return CheckInput(footnote=footnote, citation=citation, outcome=CAPTURED, live=post, source=post)


@pytest.mark.parametrize(
    "note", ["Z Front Kupiansk (@z_front_kupiansk), ", "Z Front Kupiansk, ", "Kupiansk Front Line, "]
)
def test_a_channel_s_post_cited_by_another_title_asks_whether_the_channel_was_renamed(note: str) -> None:
    # It warned "another's words posted by @z_front_kupiansk, or the wrong name?": on a channel's own post
    # the display name is the channel's title, which its owner changes at will.
    result = check_author(_cited(note, _post()))
    assert result.status == "warn", result.detail
    assert "a renamed channel (@z_front_kupiansk is called 'Frontline Chronicle' now)" in result.detail
    # A group member's message, or a forward, shows a name that is no channel's title: no such question.
    for fields in ({"sender_name": "Frontline Chronicle"}, {"forwarded_from": "Frontline Chronicle"}):
        other = check_author(_cited(note, _post(**fields)))
        assert other.status != "pass" and "renamed" not in other.detail, other.detail


MOVED = "https://t.me/z_front_kupiansk/1878"
UNREAD = (
    "Telegram's widget, which gives the post's time and channel, was not read: it does not show post "
    "z_front_kupiansk/1878: it shows post frontline_chronicle/1878 (the link's username may be another "
    "channel's now)"
)


def _unread_post(unread: str) -> SourcePost:
    # As `extractors.telegram` reads a post whose widget shows it under another username: no author.
    return SourcePost(platform=Platform.TELEGRAM, url=MOVED, post_id="1878", text=WORDS, unread=unread)


def test_a_post_telegram_shows_under_another_username_asks_whether_the_channel_was_renamed() -> None:
    # It warned "no author found in the capture (…): compare by hand", the widget's other username said only
    # as a username that may be another channel's now.
    result = check_author(_cited("Z Front Kupiansk, ", _unread_post(UNREAD), MOVED))
    assert result.status == "warn", result.detail
    assert result.detail.endswith(
        ": the link names @z_front_kupiansk; Telegram shows its post 1878 under @frontline_chronicle now: a "
        "renamed channel? Compare 'Z Front Kupiansk / z_front_kupiansk' by hand"
    )
    # Another post id under the other username is another post: nothing said of a rename.
    other = UNREAD.replace("frontline_chronicle/1878", "frontline_chronicle/12")
    result = check_author(_cited("Z Front Kupiansk, ", _unread_post(other), MOVED))
    assert result.status == "warn" and "renamed" not in result.detail, result.detail
