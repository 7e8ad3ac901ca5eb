"""A live blog's entries as the date and quote checks read them (`provenance.checks.live_blogs`): the entry a
note's link names, and the entry that holds the words the citing passage quotes."""

from __future__ import annotations

import datetime as dt

import pytest

from provenance.checks import CheckInput
from provenance.checks.date import check_date
from provenance.checks.live_blogs import live_blog_entry
from provenance.checks.quote import check_quote
from provenance.models import Citation, Context, Footnote, Platform, SourcePost

BLOG = "https://www.theguardian.com/world/live/2024/mar/12/ship-collision-live"
SEARCH = "the search for the other two continues"
PATROLS = "two patrol vessels and a jet will search through the night"
ENTRIES = {
    "live blog": "2024-03-12T09:15:00Z to 2024-03-13T14:30:00Z",
    "live blog entry 1": f"2024-03-13T14:30:00Z #block-d44 | One fisherman found alive, and {SEARCH}.",
    "live blog entry 2": f"2024-03-12T14:05:00Z #block-c33 | The coast guard said {PATROLS}.",
    "live blog entry 3": "2024-03-12T11:40:00Z #block-b22 | The ship's operator said its crew stopped.",
}


def _blog_cited(url: str, cited: dt.date, quote: str, fields: dict[str, str] = ENTRIES) -> CheckInput:
    """A note citing `url` on `cited`, its passage quoting `quote`, on the live blog's page: its JSON-LD
    dates it by its start (12 March 2024, 09:15 UTC); its text holds each entry's words."""
    text = " ".join(value.split(" | ", 1)[1] for key, value in fields.items() if key.startswith("live blog "))
    page = SourcePost(
        platform=Platform.WEB,
        url=url.split("#")[0],
        published=dt.datetime(2024, 3, 12, 9, 15, tzinfo=dt.UTC),
        text=text,
        fields=fields,
    )
    context = Context(line=4, text=f"The coast guard said \u201c{quote}\u201d.", quotes=(quote,))
    footnote = Footnote(
        label="1", text=f"The Guardian, live, {cited:%d %B %Y}, {url}", line=9, contexts=(context,)
    )
    citation = Citation(platform=Platform.WEB, url=url, date=cited)
    return CheckInput(footnote=footnote, citation=citation, outcome=None, live=page, source=page)


def test_a_live_blog_cited_on_a_day_before_the_only_entry_holding_the_quote_is_not_confirmed() -> None:
    # The blog's start (12 March) passed a note of 12 March quoting words only its entry of 13 March 14:30
    # UTC holds, which no zone puts on the 12th. The note may date the blog by its first day: a warning.
    result = check_date(_blog_cited(BLOG, dt.date(2024, 3, 12), SEARCH))
    assert result.status == "warn"
    assert result.detail == (
        f"cited 2024-03-12; the quoted words {SEARCH!r} stand only in the live blog's entry of "
        "2024-03-13T14:30:00Z, not of the note's day in any zone from UTC\u221212 to UTC+14 (the page's own "
        "time is the blog's: 2024-03-12T09:15:00Z to 2024-03-13T14:30:00Z): the note may give the blog's "
        "day; compare by hand"
    )
    assert result.found == "2024-03-13T14:30:00Z"


def test_a_live_blog_cited_on_the_day_of_the_entry_holding_the_quote_passes() -> None:
    assert check_date(_blog_cited(BLOG, dt.date(2024, 3, 12), PATROLS)).status == "pass"
    # Words no entry holds (the blog's summary, say): the blog's day still passes, as before.
    elsewhere = "searching for three missing crew"
    assert check_date(_blog_cited(BLOG, dt.date(2024, 3, 12), elsewhere)).status == "pass"
    # Cited on the 13th, the day of the entry holding them: the blog's span and that entry pass it.
    assert check_date(_blog_cited(BLOG, dt.date(2024, 3, 13), SEARCH)).status == "pass"


def test_words_of_another_entry_than_the_one_the_note_s_link_names_are_not_passed_as_its() -> None:
    # The note links the 11:40 entry; the words are the 14:05 entry's. They were found on the page, and
    # passed as the cited entry's.
    result = check_quote(_blog_cited(f"{BLOG}#block-b22", dt.date(2024, 3, 12), PATROLS))
    assert result.status == "warn"
    assert result.detail == (
        f"{PATROLS!r} stands in the live blog's entry of 2024-03-12T14:05:00Z (#block-c33), not in the one "
        "the note's link names (#block-b22, of 2024-03-12T11:40:00Z): cite that entry, or compare by hand"
    )


@pytest.mark.parametrize("url", [f"{BLOG}#block-c33", BLOG, f"{BLOG}#block-e55"])
def test_words_of_the_entry_the_link_names_or_of_a_blog_cited_whole_pass(url: str) -> None:
    # The named entry holds them; the blog's own link names no entry; an entry the page does not hold is
    # for `captured` to say.
    assert check_quote(_blog_cited(url, dt.date(2024, 3, 12), PATROLS)).status == "pass"


def test_the_entry_a_live_blog_s_link_names_is_read_as_written() -> None:
    assert live_blog_entry(f"{BLOG}?page=with:block-c33#block-c33") == "#block-c33"
    assert live_blog_entry("https://news.example/live/war?post=123") == "?post=123"
    assert live_blog_entry("https://news.example/2024/03/12/article#comments") is None


def test_a_note_naming_one_entry_is_dated_by_it_not_by_another_entry_holding_the_quote() -> None:
    # The note links the 11:40 entry of the 12th; the 14:05 entry holds the quoted words. The date passed
    # "by" the 14:05 entry; it is the named entry's day that dates it, and the detail says so.
    result = check_date(_blog_cited(f"{BLOG}#block-b22", dt.date(2024, 3, 12), PATROLS))
    assert result.status == "pass"
    assert result.detail == (
        "the page is a live blog (2024-03-12T09:15:00Z to 2024-03-13T14:30:00Z); its entry of "
        "2024-03-12T11:40:00Z is the one the note's address names (#block-b22): 2024-03-12"
    )
    # Cited on the 14th, when the named entry of the 12th was posted in no zone: a warning naming the entry's
    # time (the note may date the blog, and link the entry), where it said only that an entry of the 14th
    # may be the one cited.
    later = check_date(_blog_cited(f"{BLOG}#block-b22", dt.date(2024, 3, 14), SEARCH))
    assert later.status == "warn"
    assert later.detail == (
        "cited 2024-03-14; the page is a live blog (2024-03-12T09:15:00Z to 2024-03-13T14:30:00Z), and "
        "the entry the note's address names (#block-b22) is of 2024-03-12T11:40:00Z, not of the note's day "
        "in any zone from UTC\u221212 to UTC+14: the note may give the blog's day; compare by hand"
    )


def _blog_cited_at(time: str, quote: str, url: str = BLOG) -> CheckInput:
    """A note citing `url` (the blog's own address unless told) on 12 March 2024 at `time` (`14:05 GMT`), as
    the BBC's live pages are cited, its passage quoting `quote`."""
    given = _blog_cited(url, dt.date(2024, 3, 12), quote)
    footnote = given.footnote.model_copy(update={"text": f"The Guardian, live, 12 March 2024, {time}, {url}"})
    return CheckInput(
        footnote=footnote, citation=given.citation, outcome=None, live=given.source, source=given.source
    )


@pytest.mark.parametrize("time", ["14:05 GMT", "2:05 pm UTC", "14:05", "23:05"])
def test_a_live_blog_cited_by_the_time_of_the_entry_holding_the_quote_is_dated_by_that_entry(
    time: str,
) -> None:
    # Without a zone, 14:05 is the entry's time in UTC, 23:05 in Seoul's UTC+9: no other entry's in any zone.
    given = _blog_cited_at(time, PATROLS)
    assert check_quote(given).status == "pass"
    date = check_date(given)
    assert date.status == "pass"
    assert "its entry of 2024-03-12T14:05:00Z is the one of the note's time" in date.detail


def test_words_of_another_entry_than_the_one_of_the_note_s_time_are_not_passed_as_its() -> None:
    # The note cites the blog at 11:40 GMT, naming the operator's entry; the words are the 14:05 entry's.
    # Found on the page, they passed as the cited entry's.
    result = check_quote(_blog_cited_at("11:40 GMT", PATROLS))
    assert result.status == "warn"
    assert result.detail == (
        f"{PATROLS!r} stands in the live blog's entry of 2024-03-12T14:05:00Z (#block-c33), not in the one "
        "of the note's time (11:40 GMT: #block-b22, of 2024-03-12T11:40:00Z): cite that entry, or compare by "
        "hand"
    )


def test_a_time_no_entry_of_the_live_blog_is_of_is_not_confirmed() -> None:
    # No entry was posted at 13:00 GMT: the blog's day passed the note, its time never compared.
    given = _blog_cited_at("13:00 GMT", PATROLS)
    quote = check_quote(given)
    assert quote.status == "warn"
    assert quote.detail == (
        f"{PATROLS!r} stands in the live blog's entry of 2024-03-12T14:05:00Z (#block-c33); the note gives "
        "13:00 GMT, and no entry of the blog is of that time: cite the entry that holds them, or compare by "
        "hand"
    )
    date = check_date(given)
    assert date.status == "warn"
    assert date.detail.endswith(
        "but the note gives 13:00 GMT, and no entry of the live blog (2024-03-12T09:15:00Z to "
        "2024-03-13T14:30:00Z) is of that time: compare by hand"
    )


def test_a_time_beside_a_link_naming_the_entry_is_left_to_the_link() -> None:
    # The link names the 14:05 entry; the note's time is read no further.
    timed = _blog_cited_at("13:00 GMT", PATROLS, f"{BLOG}#block-c33")
    assert check_quote(timed).status == "pass"
    assert check_date(timed).status == "pass"
