"""`date` on an X post dated by a US writer: its day and time in New York or California, a day behind UTC."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from provenance.checks import CheckInput
from provenance.checks.date import check_date
from provenance.models import Citation, Context, Footnote, Platform, SourcePost

POST_ID = "1484745134699446272"
URL = f"https://x.com/MinPressOffice/status/{POST_ID}"
# 04:30 UTC on 22 January 2022: 23:30 on the 21st in New York, 20:30 in California.
POST = SourcePost(
    platform=Platform.TWITTER,
    url=URL,
    post_id=POST_ID,
    author="Ministry Press Office",
    handle="MinPressOffice",
    published=dt.datetime(2022, 1, 22, 4, 30, tzinfo=dt.UTC),
    published_from="snowflake id",
    text="We never said that.",
)


def _noted(when: str, source: SourcePost = POST) -> CheckInput:
    """A footnote citing the post (read as `source`) as of `when` (its day is 21 January 2022)."""
    footnote = Footnote(
        label="1", text=f"Ministry Press Office (@MinPressOffice), X, {when}, {URL}", line=30, urls=(URL,)
    )
    citation = Citation(
        platform=Platform.TWITTER,
        author="Ministry Press Office",
        handle="MinPressOffice",
        url=URL,
        date=dt.date(2022, 1, 21),
    )
    return CheckInput(footnote=footnote, citation=citation, outcome=None, live=source, source=source)


@pytest.mark.parametrize(
    ("when", "given"),
    [
        (
            "January 21, 2022, 6:30 p.m. Eastern",
            "18:30 Eastern, which is 2022-01-21 23:30 or 2022-01-21 22:30",
        ),
        (
            "January 21, 2022, 6:30 PM Eastern Standard Time",
            "18:30 Eastern Standard Time, which is 2022-01-21 23:30",
        ),
        ("January 21, 2022, 18:30 US Eastern", "18:30 US Eastern, which is 2022-01-21 23:30"),
        ("January 21, 2022, 5:30 PM Central", "17:30 Central, which is 2022-01-21 23:30"),
        ("January 21, 2022, 4:30 PM Mountain", "16:30 Mountain, which is 2022-01-21 23:30"),
        ("January 21, 2022, 3:30 p.m. Pacific", "15:30 Pacific, which is 2022-01-21 23:30"),
        # The hours' mark between the time and its zone: read as a time in no zone, it passed too.
        ("January 21, 2022, 18:30 hrs EST", "18:30 EST, which is 2022-01-21 23:30"),
        ("January 21, 2022, 18:30h EST", "18:30 EST, which is 2022-01-21 23:30"),
        # The time before the date, its zone after it, as a note copies X's `6:30 PM \u00b7 Jan 21, 2022`.
        ("6:30 PM \u00b7 Jan 21, 2022 (EST)", "18:30 EST, which is 2022-01-21 23:30"),
        ("6:30 PM \u00b7 Jan 21, 2022 (UTC)", "2022-01-21 18:30 UTC: compare by hand"),
        ("6:30 PM, January 21, 2022, Eastern", "18:30 Eastern, which is 2022-01-21 23:30"),
        ("18:30, January 21, 2022 (MSK)", "2022-01-21 15:30 UTC (its MSK time)"),
        # No US zone: Auckland's summer time, in which the post was made on the 22nd.
        ("January 21, 2022, 17:30 Pacific/Auckland", "17:30 Pacific/Auckland, which is 2022-01-21 04:30"),
    ],
)
def test_a_time_in_a_zone_the_post_was_not_posted_at_warns_however_the_zone_is_written(
    when: str, given: str
) -> None:
    # Read as a time in no zone, `6:30 p.m. Eastern` (23:30 UTC) was the post's 04:30 UTC at UTC-10:00: the
    # note's day and a time five hours from the post's passed.
    result = check_date(_noted(when))
    assert result.status == "warn", when
    assert result.detail.startswith(f"posted 2022-01-22 04:30 UTC (snowflake id), but the note gives {given}")


@pytest.mark.parametrize(
    "when",
    [
        "January 21, 2022, 23:30 EST",
        "January 21, 2022, 11:30 p.m. Eastern",
        "January 21, 2022, 11:30 PM Eastern Standard Time",
        "January 21, 2022, 23:30 US Eastern",
        "January 21, 2022, 10:30 PM Central",
        "January 21, 2022, 9:30 PM Mountain",
        "January 21, 2022, 8:30 p.m. Pacific",
        "January 21, 2022, 8:30 PM Pacific Daylight Time",  # summer time written in winter: an hour's slip
        "January 21, 2022, 23:30, Eastern Ukraine",  # a region, not a zone: 23:30 in some zone
        "January 21, 2022, 23:30 hrs EST",
        "January 21, 2022, 23:30h EST",
        "11:30 PM \u00b7 Jan 21, 2022 (EST)",
        "11:30 PM \u00b7 Jan 21, 2022, RT",  # a publisher, no zone: 23:30 in some zone
        "January 21, 2022",
    ],
)
def test_the_post_s_time_in_a_us_zone_written_out_or_abbreviated_passes(when: str) -> None:
    result = check_date(_noted(when))
    assert result.status == "pass", when
    assert (
        result.detail
        == "posted 2022-01-22 04:30 UTC (snowflake id): 2022-01-21 from UTC\u221212:00 to UTC\u221204:31"
    )


def test_a_time_five_hours_from_the_post_s_in_an_abbreviated_us_zone_warns() -> None:
    result = check_date(_noted("January 21, 2022, 18:30 EST"))
    assert result.status == "warn"
    assert "the note gives 18:30 EST, which is 2022-01-21 23:30 or 2022-01-21 22:30 UTC" in result.detail


LATER = "1484750167864246272"  # the post's version of 04:50 UTC, twenty minutes after it was first posted


def _edited(*versions: str, edited: bool = True) -> SourcePost:
    return POST.model_copy(update={"edited": edited, "fields": {"edit_tweet_ids": " ".join(versions)}})


def test_the_time_of_another_version_of_an_edited_post_is_the_post_s_time() -> None:
    # Each version has an id, and a time, of its own, and every version's link leads to the one post: the
    # note giving the edit's time (23:50 in New York) beside the first version's link warned.
    result = check_date(_noted("January 21, 2022, 11:50 PM EST", _edited(POST_ID, LATER)))
    assert result.status == "pass"
    assert result.detail.endswith(f"; the note's time is its other version's, {LATER}")


def test_a_time_no_version_of_an_edited_post_was_made_at_warns() -> None:
    assert check_date(_noted("January 21, 2022, 11:10 PM EST", _edited(POST_ID, LATER))).status == "warn"
    # A post never edited has no other version's time, whatever ids an answer lists.
    assert check_date(_noted("January 21, 2022, 11:50 PM EST", _edited(LATER, edited=False))).status == "warn"
    # Nor is an id made days from the post one of its versions (04:50 UTC on 25 January).
    far = _edited(POST_ID, "1485837331461046272")
    assert check_date(_noted("January 21, 2022, 11:50 PM EST", far)).status == "warn"


def _unread(day: dt.date, post_id: str = POST_ID) -> CheckInput:
    """A footnote citing the X post `post_id` as of `day`, no post read (`--offline`, `--lint`, deleted)."""
    url = f"https://x.com/MinPressOffice/status/{post_id}"
    footnote = Footnote(
        label="1", text=f"Ministry Press Office, X, {day:%B %d, %Y}, {url}", line=30, urls=(url,)
    )
    citation = Citation(
        platform=Platform.TWITTER, author="Ministry Press Office", url=url, post_id=post_id, date=day
    )
    return CheckInput(footnote=footnote, citation=citation, outcome=None, offline=True)


def test_an_x_post_read_nowhere_is_dated_by_its_status_id() -> None:
    # The id is a snowflake: the post's time is known without a capture (DESIGN.md section 4). `date` was
    # skipped as "no content captured to compare", and a note dating the post three days late went unremarked
    # under `--offline` and `--lint`, and beside a deleted post.
    result = check_date(_unread(dt.date(2022, 1, 25)))
    assert result.status == "fail"
    assert result.detail == (
        "cited 2022-01-25; the post's status id (a snowflake) says it was made 2022-01-22 04:30 UTC, which "
        "is 2022-01-21 to 2022-01-22 across UTC\u221212..UTC+14 (the post itself was not read)"
    )
    deleted = POST.model_copy(update={"problem": "unavailable", "problem_detail": "This post was deleted"})
    given = dataclasses.replace(_unread(dt.date(2022, 1, 25)), live=deleted, source=deleted, offline=False)
    assert check_date(given).status == "fail"
    # A citing passage giving yet another day leaves the failure as it is.
    quoted = Context(
        line=7,
        text="On January 24, the Ministry Press Office wrote on X: \u201cWe never said that.\u201d",
        quotes=("We never said that.",),
    )
    late = _unread(dt.date(2022, 1, 25))
    given = dataclasses.replace(late, footnote=late.footnote.model_copy(update={"contexts": (quoted,)}))
    assert check_date(given).status == "fail"
    # Its day in New York passes, saying nothing was read.
    result = check_date(_unread(dt.date(2022, 1, 21)))
    assert result.status == "pass"
    assert result.detail.endswith("(the post itself was not read)")


def test_a_day_only_an_edited_post_s_later_version_may_fall_on_warns_and_an_old_id_says_nothing() -> None:
    # 09:30 UTC on 22 January: the 23rd in no zone, but a version made within the hour X allows edits in
    # may be (00:30 on the 23rd at UTC+14): not a wrong day for certain.
    result = check_date(_unread(dt.date(2022, 1, 23), "1484820632171446272"))
    assert result.status == "warn"
    assert "within the hour X allows edits in" in result.detail
    # An id from before November 2010 was given in sequence, and carries no time.
    assert check_date(_unread(dt.date(2022, 1, 25), "20")).status == "skip"
