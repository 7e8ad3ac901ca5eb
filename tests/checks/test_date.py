"""`date` when the report's body dates the post: `On January 22, Dmitry Medvedev wrote on Telegram: “…”`.

The note's day alone passed, whatever day the citing passage gave the quoted words.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import time

from provenance.checks import CheckInput
from provenance.checks.date import check_date
from provenance.citations import parse_citation
from provenance.citations.dates import find_time as dates_find_time
from provenance.models import (
    Capture,
    CaptureOutcome,
    CheckResult,
    Citation,
    Context,
    Footnote,
    Platform,
    SourcePost,
)
from tests.checks.posts import POST, URL, WORDS

QUOTE = WORDS
CITED = Citation(
    platform=Platform.TELEGRAM, author="Rybar", handle="rybar", url=URL, date=dt.date(2022, 1, 21)
)


def _given(passage: str, citation: Citation = CITED, source: SourcePost = POST) -> CheckInput:
    footnote = Footnote(
        label="1",
        text=f"Rybar, Telegram, January 21, 2022, {URL}",
        line=30,
        urls=(URL,),
        contexts=(Context(line=7, text=passage, quotes=(QUOTE,)),),
    )
    return CheckInput(footnote=footnote, citation=citation, outcome=None, live=source, source=source)


def test_a_passage_dating_the_post_another_day_warns_where_the_note_s_day_passed() -> None:
    result = check_date(_given(f"On January 23, Rybar wrote on Telegram: \u201c{QUOTE}\u201d"))
    assert result.status == "warn"
    assert result.detail.startswith("posted 2022-01-21 09:15 UTC")
    assert result.detail.endswith(
        "but the citing passage (line 7) says it was posted on 2022-01-23: compare by hand"
    )


def test_a_passage_dating_the_post_after_the_verb_or_in_german_warns_where_the_note_s_day_passed() -> None:
    for passage in (
        f"Rybar wrote on January 23: \u201c{QUOTE}\u201d",
        f"In a post on January 23, Rybar said \u201c{QUOTE}\u201d",
        f"Am 23. Januar schrieb Rybar: \u201e{QUOTE}\u201c",
    ):
        result = check_date(_given(passage))
        assert result.status == "warn", passage
        assert result.detail.endswith("says it was posted on 2022-01-23: compare by hand"), passage
    # The day of the post itself, so written, passes.
    assert check_date(_given(f"Rybar wrote on January 21: \u201c{QUOTE}\u201d")).status == "pass"


def test_a_passage_dating_the_post_after_the_quote_or_in_french_or_spanish_warns() -> None:
    for passage in (
        f"\u201c{QUOTE[:-1]},\u201d Rybar wrote on January 23.",
        f"\u201c{QUOTE}\u201d (Rybar, January 23)",
        f"Le 23 janvier, Rybar a \u00e9crit : \u00ab {QUOTE} \u00bb",
        f"Rybar public\u00f3 el 23 de enero: \u00ab{QUOTE}\u00bb",
    ):
        result = check_date(_given(passage))
        assert result.status == "warn", passage
        assert result.detail.endswith("says it was posted on 2022-01-23: compare by hand"), passage
    # The post's own day, so written, passes.
    assert check_date(_given(f"\u201c{QUOTE[:-1]},\u201d Rybar wrote on January 21.")).status == "pass"
    assert check_date(_given(f"El 21 de enero, Rybar escribi\u00f3: \u00ab{QUOTE}\u00bb")).status == "pass"


def test_a_passage_giving_the_post_a_weekday_it_falls_on_in_no_zone_warns() -> None:
    # 09:15 UTC on Friday 21 January 2022 is Friday from UTC-09:15 eastwards, Thursday west of it.
    for passage in (
        f"\u201c{QUOTE[:-1]},\u201d Rybar wrote Sunday.",
        f"On Sunday, Rybar wrote: \u201c{QUOTE}\u201d",
    ):
        result = check_date(_given(passage))
        assert result.status == "warn", passage
        assert result.detail.endswith("says it was posted on Sunday: compare by hand"), passage
    for weekday in ("Friday", "Thursday"):
        assert check_date(_given(f"\u201c{QUOTE[:-1]},\u201d Rybar wrote {weekday}.")).status == "pass"
    # With nothing read, the note's day is held to it: 21 January 2022 was a Friday.
    offline = dataclasses.replace(_given(f"On Sunday, Rybar wrote: \u201c{QUOTE}\u201d"), source=None)
    assert check_date(offline).detail == (
        "the note dates the post 2022-01-21, but the citing passage (line 7) says Sunday: compare by hand"
    )
    same = dataclasses.replace(_given(f"On Friday, Rybar wrote: \u201c{QUOTE}\u201d"), source=None)
    assert check_date(same).status == "skip"


def _cited_twice(first: str, second: str) -> CheckInput:
    """`_given`'s footnote cited from two passages, on lines 7 and 12."""
    given = _given(first)
    contexts = (*given.footnote.contexts, Context(line=12, text=second, quotes=(QUOTE,)))
    return dataclasses.replace(given, footnote=given.footnote.model_copy(update={"contexts": contexts}))


def test_passages_dating_the_post_two_days_warn_on_the_one_it_does_not_fall_on() -> None:
    # Two days were no one day, and the note's day alone passed: one of the passages is wrong.
    given = _cited_twice(
        f"On January 21, Rybar wrote: \u201c{QUOTE}\u201d", f"On January 23, Rybar wrote: \u201c{QUOTE}\u201d"
    )
    result = check_date(given)
    assert result.status == "warn"
    assert result.detail.endswith(
        "the citing passage (line 12) says it was posted on 2022-01-23: compare by hand"
    )
    offline = check_date(dataclasses.replace(given, source=None))
    assert offline.detail.endswith("the citing passage (line 12) says 2022-01-23: compare by hand")
    # Passages that agree with the post, by its day or its weekday, pass.
    agreeing = _cited_twice(
        f"On January 21, Rybar wrote: \u201c{QUOTE}\u201d", f"\u201c{QUOTE[:-1]},\u201d Rybar wrote Friday."
    )
    assert check_date(agreeing).status == "pass"


def test_a_passage_dating_the_post_its_own_day_in_some_zone_passes() -> None:
    # 09:15 UTC on the 21st is the 22nd from UTC+14:45 only: the 21st passes, and 23:30 UTC is the 22nd east.
    assert check_date(_given(f"On January 21, Rybar wrote: \u201c{QUOTE}\u201d")).status == "pass"
    late = POST.model_copy(update={"published": dt.datetime(2022, 1, 21, 23, 30, tzinfo=dt.UTC)})
    assert (
        check_date(_given(f"On January 22, Rybar wrote: \u201c{QUOTE}\u201d", source=late)).status == "pass"
    )


def test_a_passage_s_day_without_its_year_takes_the_year_nearest_the_note_s_day() -> None:
    new_year = POST.model_copy(update={"published": dt.datetime(2021, 12, 31, 22, 0, tzinfo=dt.UTC)})
    cited = CITED.model_copy(update={"date": dt.date(2022, 1, 1)})
    given = _given(f"On December 31, Rybar wrote: \u201c{QUOTE}\u201d", cited, new_year)
    assert check_date(given).status == "pass"  # 2021-12-31, not 2022-12-31


def test_a_day_that_is_not_plainly_the_post_s_changes_nothing() -> None:
    for passage in (
        f"On January 20, Russian forces struck the bridge, and Rybar wrote \u201c{QUOTE}\u201d",  # an event
        f"Rybar wrote that the strike on January 23 \u201c{QUOTE}\u201d",  # inside what was said
        f"On January 23, officials said \u201c{QUOTE}\u201d",  # no speaker named
    ):
        result = check_date(_given(passage))
        assert result.status == "pass" and "citing passage" not in result.detail, passage


def test_a_failing_note_day_stays_a_failure_whatever_the_passage_says() -> None:
    wrong = CITED.model_copy(update={"date": dt.date(2022, 1, 25)})
    result = check_date(_given(f"On January 21, Rybar wrote: \u201c{QUOTE}\u201d", wrong))
    assert result.status == "fail" and "citing passage" not in result.detail


def test_a_web_page_is_not_held_to_the_day_the_passage_gives_the_person_it_quotes() -> None:
    # `On January 23, Zelensky said “…”`, citing an article of the 21st quoting him: said before, or after.
    page = POST.model_copy(update={"platform": Platform.WEB, "handle": None})
    result = check_date(_given(f"On January 23, Rybar wrote: \u201c{QUOTE}\u201d", source=page))
    assert result.status == "pass"


def test_with_nothing_read_a_passage_dating_the_post_another_day_than_the_note_warns() -> None:
    # `--offline` and `--lint`: the report against itself, before anything is fetched.
    unread = dataclasses.replace(
        _given(f"On January 23, Rybar wrote: \u201c{QUOTE}\u201d"), source=None, live=None
    )
    result = check_date(unread)
    assert result.status == "warn"
    assert result.detail == (
        "the note dates the post 2022-01-21, but the citing passage (line 7) says 2022-01-23: compare by hand"
    )
    same_day = dataclasses.replace(_given(f"On January 21, Rybar wrote: \u201c{QUOTE}\u201d"), source=None)
    assert check_date(same_day).status == "skip"


def _noted(note: str, cited: dt.date, source: SourcePost = POST) -> CheckInput:
    """A footnote whose text is `note`, dating the post `cited`, cited from no passage."""
    footnote = Footnote(label="1", text=f"Rybar, Telegram, {note}, {URL}", line=30, urls=(URL,))
    citation = CITED.model_copy(update={"date": cited})
    return CheckInput(footnote=footnote, citation=citation, outcome=None, live=source, source=source)


LATE = POST.model_copy(update={"published": dt.datetime(2022, 1, 21, 23, 30, tzinfo=dt.UTC)})


def test_a_day_and_time_in_a_named_zone_that_the_post_was_not_posted_at_warns() -> None:
    # 23:30 UTC on the 21st is the 22nd from UTC+00:30 eastwards, so the 22nd passed, although the note says
    # it was the 22nd in UTC, at 02:30.
    result = check_date(_noted("January 22, 2022, 02:30 UTC", dt.date(2022, 1, 22), LATE))
    assert result.status == "warn"
    assert result.detail == (
        "posted 2022-01-21 23:30 UTC, but the note gives 2022-01-22 02:30 UTC: compare by hand"
    )


def test_a_time_of_day_without_a_zone_that_is_the_post_s_in_no_zone_warns() -> None:
    # 14:05 is 09:15 UTC in no zone (UTC+04:50 is none).
    result = check_date(_noted("January 21, 2022, 14:05", dt.date(2022, 1, 21)))
    assert result.status == "warn"
    assert result.detail == (
        "posted 2022-01-21 09:15 UTC, but the note gives 14:05 on 2022-01-21, which is the post's time in no "
        "zone from UTC\u221212 to UTC+14: compare by hand"
    )


def test_a_time_the_post_was_posted_at_passes_in_its_zone_or_in_some_zone() -> None:
    for note, cited, source in (
        ("January 22, 2022, 02:30 MSK", dt.date(2022, 1, 22), LATE),
        ("January 21, 2022, 23:31 UTC", dt.date(2022, 1, 21), LATE),  # the minute shown, within a minute
        ("January 21, 2022, 12:15", dt.date(2022, 1, 21), POST),  # Moscow's time, not named
        ("21 Jan 2022 at 2:45 pm", dt.date(2022, 1, 21), POST),  # UTC+05:30
        ("January 21, 2022", dt.date(2022, 1, 21), POST),  # no time given
        ("\u201cThe strike at 14:05\u201d, January 21, 2022", dt.date(2022, 1, 21), POST),  # the post's words
    ):
        result = check_date(_noted(note, cited, source))
        assert result.status == "pass", note
        assert result.detail.startswith("posted"), note


def test_a_time_written_with_a_stop_is_compared_as_one_written_with_a_colon() -> None:
    # OSCOLA's `9.15 am GMT` was no time: a post of 20:15 UTC passed on the day alone.
    evening = POST.model_copy(update={"published": dt.datetime(2022, 1, 21, 20, 15, tzinfo=dt.UTC)})
    result = check_date(_noted("21 January 2022, 9.15 am GMT", dt.date(2022, 1, 21), evening))
    assert result.status == "warn"
    assert result.detail == (
        "posted 2022-01-21 20:15 UTC, but the note gives 2022-01-21 09:15 UTC: compare by hand"
    )
    # The post of that time passes, as does one of 20:15 Moscow time cited in Russian.
    assert check_date(_noted("21 January 2022, 9.15 am GMT", dt.date(2022, 1, 21))).status == "pass"
    moscow = POST.model_copy(update={"published": dt.datetime(2022, 1, 21, 17, 15, tzinfo=dt.UTC)})
    note = "21.01.2022, 20.15 \u043c\u0441\u043a"
    assert check_date(_noted(note, dt.date(2022, 1, 21), moscow)).status == "pass"
    assert check_date(_noted(note, dt.date(2022, 1, 21), evening)).status == "warn"
    # French's `20h15`, in a zone the check reads by name.
    assert check_date(_noted("21 janvier 2022, 9h15 EST", dt.date(2022, 1, 21))).status == "warn"
    assert check_date(_noted("21 janvier 2022, 4h15 EST", dt.date(2022, 1, 21))).status == "pass"


def test_a_time_written_with_a_stop_alone_after_the_day_is_compared_as_a_time() -> None:
    # `January 21, 2022, 9.15` was read as a number: a post of 20:40 UTC passed on the day alone.
    evening = POST.model_copy(update={"published": dt.datetime(2022, 1, 21, 20, 40, tzinfo=dt.UTC)})
    result = check_date(_noted("January 21, 2022, 9.15", dt.date(2022, 1, 21), evening))
    assert result.status == "warn"
    assert result.detail == (
        "posted 2022-01-21 20:40 UTC, but the note gives 09:15 on 2022-01-21, which is the post's time in no "
        "zone from UTC\u221212 to UTC+14: compare by hand"
    )
    # The post of that time passes, in UTC or in some zone.
    assert check_date(_noted("January 21, 2022, 9.15", dt.date(2022, 1, 21))).status == "pass"
    assert check_date(_noted("January 21, 2022, 12.15", dt.date(2022, 1, 21))).status == "pass"


def test_a_video_s_length_beside_the_day_is_not_held_against_the_post_s_time() -> None:
    # Chicago's `YouTube video, 2:07,` was read as 02:07, the post's time in no zone: a correct note warned.
    note = 'Rybar, "Strike," YouTube video, 2:07, January 21, 2022'
    assert check_date(_noted(note, dt.date(2022, 1, 21))).status == "pass"
    # A time of day there is still compared.
    assert (
        check_date(_noted("January 21, 2022, YouTube video, 14:05 UTC", dt.date(2022, 1, 21))).status
        == "warn"
    )


def test_a_web_page_is_not_held_to_the_time_a_note_gives() -> None:
    # A page shows its latest update's time as often as its publication's: the note may have copied it.
    page = POST.model_copy(update={"platform": Platform.WEB, "handle": None})
    assert check_date(_noted("January 21, 2022, 14:05", dt.date(2022, 1, 21), page)).status == "pass"


def test_a_note_that_gives_another_day_as_plainly_confirms_neither() -> None:
    # The first of the note's days was compared, an unquoted title's: a post of the 21st passed a note
    # that dates it the 25th.
    result = check_date(_noted("post on the 21 January 2022 strike, 25 January 2022", dt.date(2022, 1, 21)))
    assert result.status == "warn"
    assert result.detail.endswith(
        "but the note also gives 2022-01-25: which is the post's day? compare by hand"
    )


def test_a_first_day_that_fails_where_the_note_s_other_day_matches_warns() -> None:
    result = check_date(_noted("on the events of 19 January 2022, 21 January 2022", dt.date(2022, 1, 19)))
    assert result.status == "warn"
    assert result.detail.endswith(
        "; the note also gives 2022-01-21, which the source falls on: compare by hand"
    )


def test_a_note_s_access_update_or_posted_day_beside_its_date_leaves_the_pass() -> None:
    for note in (
        "January 21, 2022. Retrieved January 23, 2022",
        "January 21, 2022, updated January 23, 2022",
        "on the 19 January 2022 strike, posted January 21, 2022",
        # A second source, dated its own day: the `locator` check names its link.
        "January 21, 2022, https://t.me/rybar/12345; Dmitry Medvedev, Telegram, January 25, 2022, "
        "https://t.me/medvedev_telegram/7",
    ):
        assert check_date(_noted(note, dt.date(2022, 1, 21))).status == "pass", note


def test_a_post_in_the_last_minute_of_the_day_at_utc_minus_12_passes_to_the_second() -> None:
    # 11:59:30 UTC on the 22nd is 23:59:30 on the 21st at UTC-12:00: a minute taken off the day failed it.
    last_minute = POST.model_copy(update={"published": dt.datetime(2022, 1, 22, 11, 59, 30, tzinfo=dt.UTC)})
    result = check_date(_noted("January 21, 2022", dt.date(2022, 1, 21), last_minute))
    assert result.status == "pass"
    assert result.detail == "posted 2022-01-22 11:59 UTC: 2022-01-21 from UTC\u221212:00 to UTC\u221212:00"
    noon = POST.model_copy(update={"published": dt.datetime(2022, 1, 22, 12, 0, tzinfo=dt.UTC)})
    assert check_date(_noted("January 21, 2022", dt.date(2022, 1, 21), noon)).status == "fail"


def test_a_window_of_zones_names_whole_minutes_inside_it() -> None:
    # 09:15:42 UTC is the 21st from UTC-09:15 (00:00:42), not UTC-09:16 (23:59:42 the day before).
    seconds = POST.model_copy(update={"published": dt.datetime(2022, 1, 21, 9, 15, 42, tzinfo=dt.UTC)})
    result = check_date(_noted("January 21, 2022", dt.date(2022, 1, 21), seconds))
    assert result.detail == "posted 2022-01-21 09:15 UTC: 2022-01-21 from UTC\u221209:15 to UTC+14:00"


def test_a_note_dated_the_last_day_a_date_can_hold_fails_and_does_not_stop_the_run() -> None:
    # `31.12.9999`, a typo or a placeholder: adding a day to it raised OverflowError out of the check.
    result = check_date(_noted("December 31, 9999", dt.date(9999, 12, 31)))
    assert result.status == "fail"
    assert result.detail.startswith("cited 9999-12-31; the source was posted 2022-01-21 09:15 UTC")


def test_a_time_in_a_zone_named_by_an_abbreviation_or_in_words_is_that_zone_s_time() -> None:
    # `9:15 EST` was read as 09:15 in some zone, which the post's 09:15 UTC is: it passed, though 09:15 in New
    # York is 14:15 UTC; `20:15 мск` (17:15 UTC) passed as 09:15 UTC at UTC+11:00.
    # Moscow's time in words is read with the day's offset (UTC+3 in 2022), as `MSK` is.
    for note, given in (
        ("January 21, 2022, 9:15 EST", "09:15 EST, which is 2022-01-21 14:15 or 2022-01-21 13:15 UTC"),
        ("21.01.2022, 20:15 мск", "2022-01-21 17:15 UTC (its Moscow time)"),
        ("21.01.2022, 20:15 по Москве", "2022-01-21 17:15 UTC (its Moscow time)"),
        ("January 21, 2022, 9:15 Eastern time", "2022-01-21 14:15 UTC (its Eastern time)"),
    ):
        result = check_date(_noted(note, dt.date(2022, 1, 21)))
        assert result.status == "warn", note
        assert result.detail == f"posted 2022-01-21 09:15 UTC, but the note gives {given}: compare by hand"


def test_a_time_the_post_was_posted_at_in_a_zone_named_by_an_abbreviation_or_in_words_passes() -> None:
    for note in (
        "January 21, 2022, 4:15 EST",
        "January 21, 2022, 4:15 a.m. ET",  # Eastern time, standard or summer: the name does not say
        "January 21, 2022, 5:15 am EDT",
        "21 Jan 2022, 17:15 (CST)",  # Beijing's China Standard Time
        "January 21, 2022, 2:45 pm IST",  # India's
        "21.01.2022, 12:15 мск",
        "21.01.2022, 11:15 по киевскому времени",
        "January 21, 2022, 12:15 et 14:00 MSK",  # French `et`, not Eastern time
    ):
        result = check_date(_noted(note, dt.date(2022, 1, 21)))
        assert result.status == "pass", note


def test_a_time_in_a_zone_the_check_reads_by_name_only_now_is_that_zone_s_time() -> None:
    # Each was read as 09:15 in some zone, which the post's 09:15 UTC is: it passed, hours from the zone's.
    for note, given in (
        ("January 21, 2022, 9:15 IDT", "09:15 IDT, which is 2022-01-21 07:15 or 2022-01-21 06:15 UTC"),
        ("January 21, 2022, 9:15 TRT", "09:15 TRT, which is 2022-01-21 06:15 UTC"),
        ("January 21, 2022, 9:15 GST", "09:15 GST, which is 2022-01-21 05:15 UTC"),
        ("January 21, 2022, 9:15 SAST", "09:15 SAST, which is 2022-01-21 07:15 UTC"),
        ("January 21, 2022, 9:15 IRST", "09:15 IRST, which is 2022-01-21 05:45 or 2022-01-21 04:45 UTC"),
        # A zone's name read nowhere: its time confirms nothing.
        ("January 21, 2022, 9:15 CLT", "09:15 CLT, a zone this check does not read"),
    ):
        result = check_date(_noted(note, dt.date(2022, 1, 21)))
        assert result.status == "warn", note
        assert result.detail == f"posted 2022-01-21 09:15 UTC, but the note gives {given}: compare by hand"


def test_a_time_the_post_was_posted_at_in_a_zone_read_by_name_only_now_passes() -> None:
    summer = POST.model_copy(update={"published": dt.datetime(2022, 7, 21, 6, 15, tzinfo=dt.UTC)})
    for note, cited, source in (
        ("January 21, 2022, 12:15 TRT", dt.date(2022, 1, 21), POST),
        ("January 21, 2022, 13:15 GST", dt.date(2022, 1, 21), POST),
        ("January 21, 2022, 11:15 SAST", dt.date(2022, 1, 21), POST),
        ("January 21, 2022, 12:45 IRST", dt.date(2022, 1, 21), POST),
        ("January 21, 2022, 9:15 WET", dt.date(2022, 1, 21), POST),
        ("January 21, 2022, 9:15 GMT", dt.date(2022, 1, 21), POST),  # read by find_time, not unread
        ("July 21, 2022, 9:15 IST", dt.date(2022, 7, 21), summer),  # Israel's summer time, written IST
        ("July 21, 2022, 9:15 IDT", dt.date(2022, 7, 21), summer),
    ):
        result = check_date(_noted(note, cited, source))
        assert result.status == "pass", note


def test_a_time_in_a_zone_canadian_indonesian_or_malaysian_outlets_name_is_that_zone_s_time() -> None:
    # `MT`, `AT` and `NT` (as CBC writes Mountain, Atlantic and Newfoundland time), `WITA`, `MYT`: the byline
    # read `MT`, the note did not. A true note's `2:15 MT` warned "a zone this check does not read";
    # `9:15 WITA`, read as 09:15 in some zone, passed a post of 09:15 UTC.
    for note in (
        "January 21, 2022, 2:15 MT",
        "January 21, 2022, 5:15 a.m. AT",
        "January 21, 2022, 5:45 NT",
        "January 21, 2022, 5:45 NST",
        "January 21, 2022, 17:15 WITA",
        "January 21, 2022, 5:15 PM MYT",
        "January 21, 2022, 0:15 AKST",
    ):
        assert check_date(_noted(note, dt.date(2022, 1, 21))).status == "pass", note
    for note, given in (
        ("January 21, 2022, 9:15 MT", "09:15 MT, which is 2022-01-21 16:15 or 2022-01-21 15:15 UTC"),
        ("January 21, 2022, 9:15 AT", "09:15 AT, which is 2022-01-21 13:15 or 2022-01-21 12:15 UTC"),
        ("January 21, 2022, 9:15 NT", "09:15 NT, which is 2022-01-21 12:45 or 2022-01-21 11:45 UTC"),
        ("January 21, 2022, 9:15 WITA", "09:15 WITA, which is 2022-01-21 01:15 UTC"),
        ("January 21, 2022, 9:15 AKST", "09:15 AKST, which is 2022-01-21 18:15 or 2022-01-21 17:15 UTC"),
    ):
        result = check_date(_noted(note, dt.date(2022, 1, 21)))
        assert result.status == "warn", note
        assert result.detail == f"posted 2022-01-21 09:15 UTC, but the note gives {given}: compare by hand"


def test_four_digits_before_a_zone_whose_name_ends_in_no_t_are_that_zone_s_time() -> None:
    # `0915 WIB`: four digits were read as a time only before a zone ending in `T` (`0915 EST`); read as no
    # time, the note's day alone passed a post of 09:15 UTC, made at 16:15 in Jakarta.
    for note, given in (
        ("January 21, 2022, 0915 WIB", "09:15 WIB, which is 2022-01-21 02:15 UTC"),
        ("January 21, 2022, 0915 WITA", "09:15 WITA, which is 2022-01-21 01:15 UTC"),
    ):
        result = check_date(_noted(note, dt.date(2022, 1, 21)))
        assert result.status == "warn", note
        assert result.detail == f"posted 2022-01-21 09:15 UTC, but the note gives {given}: compare by hand"
    assert check_date(_noted("January 21, 2022, 1615 WIB", dt.date(2022, 1, 21))).status == "pass"


def test_noon_or_midnight_in_a_zone_that_the_post_was_not_posted_at_warns() -> None:
    noon = POST.model_copy(update={"published": dt.datetime(2022, 1, 21, 12, 0, tzinfo=dt.UTC)})
    result = check_date(_noted("January 21, 2022, midnight UTC", dt.date(2022, 1, 21), noon))
    assert result.status == "warn"
    assert result.detail == (
        "posted 2022-01-21 12:00 UTC, but the note gives 2022-01-21 00:00 or 2022-01-22 00:00 UTC: "
        "compare by hand"
    )
    # Either midnight passes, and noon at noon.
    for note, made in (
        ("January 21, 2022, midnight UTC", dt.datetime(2022, 1, 21, 0, 0, tzinfo=dt.UTC)),
        ("January 21, 2022, midnight UTC", dt.datetime(2022, 1, 21, 23, 59, tzinfo=dt.UTC)),
        ("January 21, 2022, 12 noon UTC", dt.datetime(2022, 1, 21, 12, 0, tzinfo=dt.UTC)),
        ("January 21, 2022, 24:00 MSK", dt.datetime(2022, 1, 21, 21, 0, tzinfo=dt.UTC)),
    ):
        source = POST.model_copy(update={"published": made})
        assert check_date(_noted(note, dt.date(2022, 1, 21), source)).status == "pass", note


def test_a_time_in_cet_in_summer_passes_in_either_of_its_meanings_and_warns_in_neither() -> None:
    july = dt.date(2022, 7, 21)
    for made in (
        dt.datetime(2022, 7, 21, 7, 15, tzinfo=dt.UTC),
        dt.datetime(2022, 7, 21, 8, 15, tzinfo=dt.UTC),
    ):
        source = POST.model_copy(update={"published": made})
        assert check_date(_noted("July 21, 2022, 9:15 CET", july, source)).status == "pass", made
    source = POST.model_copy(update={"published": dt.datetime(2022, 7, 21, 9, 15, tzinfo=dt.UTC)})
    result = check_date(_noted("July 21, 2022, 9:15 CET", july, source))
    assert result.status == "warn"
    assert result.detail == (
        "posted 2022-07-21 09:15 UTC, but the note gives 2022-07-21 08:15 or 2022-07-21 07:15 UTC "
        "(its CET time): compare by hand"
    )


def _captured_at(finished: str, source: SourcePost = POST) -> CheckInput:
    """A note dating the post January 21, 2022, its URL captured by `finished` (UTC)."""
    capture = Capture(
        url=URL, final_url=URL, http_status=200, warc="a.warc.gz", warc_sha256="0" * 64, records=(), ip=None,
        started_at=finished, finished_at=finished, bytes=10, truncated=False,
    )  # fmt: skip
    return dataclasses.replace(
        _noted("January 21, 2022", dt.date(2022, 1, 21), source),
        outcome=CaptureOutcome(url=URL, capture=capture),
    )


def test_a_source_dated_after_the_capture_that_read_it_confirms_no_day() -> None:
    # A page whose metadata names a day to come (a placeholder, a mistyped year), and a note that copied it:
    # the day passed, though nothing captured on January 10 was published on the 21st.
    result = check_date(_captured_at("2022-01-10T12:00:00Z"))
    assert result.status == "warn"
    assert result.detail == (
        "posted 2022-01-21 09:15 UTC: 2022-01-21 from UTC\u221209:15 to UTC+14:00, but that is after the "
        "source was captured (2022-01-10 12:00 UTC, by this run): its date cannot be its publication's; "
        "compare by hand"
    )
    # An archived copy read: the archive captured it on the 10th, whenever this run did.
    copy = POST.model_copy(
        update={
            "memento_url": "https://web.archive.org/web/20220110120000/x",
            "memento_datetime": "Mon, 10 Jan 2022 12:00:00 GMT",
        }
    )
    archived = check_date(_captured_at("2026-01-01T00:00:00Z", copy))
    assert archived.status == "warn"
    assert "after the source was captured (2022-01-10 12:00 UTC, by the archive)" in archived.detail


def test_a_source_captured_soon_after_it_was_posted_still_passes() -> None:
    # Minutes after it, years after it, and hours before it: a page's clock or zone may be off by some hours.
    for finished in ("2022-01-21T09:20:00Z", "2026-01-01T00:00:00Z", "2022-01-21T00:00:00Z"):
        assert check_date(_captured_at(finished)).status == "pass", finished
    copy = POST.model_copy(
        update={"memento_url": "https://web.archive.org/web/2022/x", "memento_datetime": "x"}
    )
    assert check_date(_captured_at("2026-01-01T00:00:00Z", copy)).status == "pass"  # no date to go by


def test_a_note_that_gives_only_a_bound_of_the_post_s_day_is_neither_confirmed_nor_contradicted() -> None:
    # `before January 23, 2022` passed a post of the 23rd as of the 23rd, and failed one of the 21st.
    of_the_23rd = POST.model_copy(update={"published": dt.datetime(2022, 1, 23, 9, 15, tzinfo=dt.UTC)})
    for note, cited, source in (
        ("before January 23, 2022", dt.date(2022, 1, 23), of_the_23rd),
        ("before January 23, 2022", dt.date(2022, 1, 23), POST),
        ("no later than 23.01.2022", dt.date(2022, 1, 23), of_the_23rd),
        ("week of January 17, 2022", dt.date(2022, 1, 17), POST),
        ("после 19.01.2022", dt.date(2022, 1, 19), POST),
        # `since` passed a post of its day as of that day: the note says only that it is no earlier.
        ("since January 21, 2022", dt.date(2022, 1, 21), POST),
        ("seit 21.01.2022", dt.date(2022, 1, 21), POST),
        ("depuis le 21 janvier 2022", dt.date(2022, 1, 21), POST),
    ):
        result = check_date(_noted(note, cited, source))
        assert result.status == "warn", note
        assert result.detail.endswith(
            f", but the note dates the post {note!r}, not on that day: compare by hand"
        )


def _undated(note: str) -> CheckInput:
    """A footnote whose text is `note`, whose citation gives no day (as the parser reads a range)."""
    footnote = Footnote(label="1", text=f"Rybar, Telegram, {note}, {URL}", line=30, urls=(URL,))
    citation = CITED.model_copy(update={"date": None})
    return CheckInput(footnote=footnote, citation=citation, outcome=None, live=POST, source=POST)


def test_a_note_that_dates_the_post_to_no_one_day_warns() -> None:
    # A range's note was skipped as one without a date, saying nothing of the post's time (`schema` fails
    # the footnote for its missing day).
    for note in (
        "January 21, 2022 \u2013 February 3, 2022",
        "between January 19 and January 23, 2022",
        "21 or 22 January 2022",
        "20\u201321 January 2022",
    ):
        result = check_date(_undated(note))
        assert result.status == "warn", note
        assert result.detail == (
            "the note gives a range of days, or either of two, not the post's day; the source was posted "
            "2022-01-21 09:15 UTC: compare by hand"
        )
    assert check_date(_undated("January 2022")).status == "skip"  # no date: nothing the note claims


def test_a_note_that_gives_a_day_only_near_the_post_s_passes_on_it_and_warns_on_another() -> None:
    for note in ("c. January 23, 2022", "circa January 23, 2022", "January 23, 2022?", "около 23.01.2022"):
        result = check_date(_noted(note, dt.date(2022, 1, 23)))
        assert result.status == "warn", note
        assert result.detail.startswith("cited 2022-01-23; the source was posted 2022-01-21 09:15 UTC"), note
        assert result.detail.endswith(
            f"; the note gives only a day near the post's, {note!r}: compare by hand"
        )
    assert check_date(_noted("c. January 21, 2022", dt.date(2022, 1, 21))).status == "pass"


def test_a_day_after_words_that_do_not_qualify_it_is_compared_as_the_post_s() -> None:
    for note in (
        "post from January 21, 2022",
        "Beitrag vom 21.01.2022",
        "пост от 21.01.2022",
        "Acme Inc. January 21, 2022",
        "published 21 January 2022 (before the strike)",
    ):
        assert check_date(_noted(note, dt.date(2022, 1, 21))).status == "pass", note
    assert check_date(_noted("post from January 23, 2022", dt.date(2022, 1, 23))).status == "fail"


def test_a_zone_named_as_a_time_is_not_called_a_time_twice() -> None:
    result = check_date(_noted("January 21, 2022, 17:15 Kyiv time", dt.date(2022, 1, 21)))
    assert result.status == "warn"
    assert result.detail == (
        "posted 2022-01-21 09:15 UTC, but the note gives 2022-01-21 15:15 UTC (its Kyiv time): "
        "compare by hand"
    )
    moscow = check_date(_noted("January 21, 2022, 20:15 MSK", dt.date(2022, 1, 21)))
    assert moscow.detail.endswith("the note gives 2022-01-21 17:15 UTC (its MSK time): compare by hand")


def test_a_time_named_by_a_place_or_an_iana_zone_is_that_place_s_time_on_the_day() -> None:
    # Each was read as 09:15 in some zone, which the post's 09:15 UTC is: it passed, hours from the place's.
    for note, given in (
        ("January 21, 2022, 09:15 Washington time", "09:15 Washington time, which is 2022-01-21 14:15 UTC"),
        ("January 21, 2022, 09:15 (New York)", "09:15 New York time, which is 2022-01-21 14:15 UTC"),
        ("January 21, 2022, 09:15 America/New_York", "09:15 America/New_York, which is 2022-01-21 14:15 UTC"),
        ("January 21, 2022, 09:15 Europe/Moscow", "09:15 Europe/Moscow, which is 2022-01-21 06:15 UTC"),
        ("21 janvier 2022, 09h15 (heure de Paris)", "09:15 Paris time, which is 2022-01-21 08:15 UTC"),
        ("January 21, 2022, 09:15 Tehran time", "09:15 Tehran time, which is 2022-01-21 05:45 UTC"),
        # A place the check has no zone for: its time confirms nothing.
        ("January 21, 2022, 09:15 Kinshasa time", "09:15 Kinshasa time, a zone this check does not read"),
        ("January 21, 2022, 09:15 Mars/Olympus", "09:15 Mars/Olympus, a zone this check does not read"),
    ):
        result = check_date(_noted(note, dt.date(2022, 1, 21)))
        assert result.status == "warn", note
        assert result.detail == f"posted 2022-01-21 09:15 UTC, but the note gives {given}: compare by hand"


def test_a_time_the_post_was_posted_at_in_a_place_s_zone_passes_summer_time_included() -> None:
    summer = POST.model_copy(update={"published": dt.datetime(2022, 7, 21, 9, 15, tzinfo=dt.UTC)})
    for note, cited, source in (
        ("January 21, 2022, 04:15 Washington time", dt.date(2022, 1, 21), POST),
        ("July 21, 2022, 05:15 Washington time", dt.date(2022, 7, 21), summer),  # EDT
        ("July 21, 2022, 10:15 (London)", dt.date(2022, 7, 21), summer),  # BST
        ("January 21, 2022, 09:15 London time", dt.date(2022, 1, 21), POST),
        ("January 21, 2022, 18:15 Asia/Tokyo", dt.date(2022, 1, 21), POST),
        ("July 21, 2022, 12:15 Kyiv time", dt.date(2022, 7, 21), summer),
        ("January 21, 2022, 09:15 local time", dt.date(2022, 1, 21), POST),  # some zone's: no place named
    ):
        result = check_date(_noted(note, cited, source))
        assert result.status == "pass", note


def test_a_known_place_named_alone_after_a_time_is_its_zone_s_time() -> None:
    # Read as 09:15 in some zone, which the post's 09:15 UTC is, each passed: 04:15 in Washington.
    for note, given in (
        ("January 21, 2022, 09:15 Washington", "09:15 Washington time, which is 2022-01-21 14:15 UTC"),
        ("January 21, 2022, 09:15, Kyiv", "09:15 Kyiv time, which is 2022-01-21 07:15 UTC"),
        ("January 21, 2022, 09:15, Kyiv, Ukraine", "09:15 Kyiv time, which is 2022-01-21 07:15 UTC"),
    ):
        result = check_date(_noted(note, dt.date(2022, 1, 21)))
        assert result.status == "warn", note
        assert result.detail == f"posted 2022-01-21 09:15 UTC, but the note gives {given}: compare by hand"
    # The place's time the post was made at passes; a name that goes on (a publication's, a region's) leaves
    # the time some zone's.
    for note in (
        "January 21, 2022, 04:15 Washington",
        "January 21, 2022, 11:15, Kyiv",
        "January 21, 2022, 09:15, Kyiv Independent",
        "January 21, 2022, 09:15, Washington Post",
        "January 21, 2022, 09:15, Kyiv region",
    ):
        assert check_date(_noted(note, dt.date(2022, 1, 21))).status == "pass", note


def test_a_time_of_four_digits_and_a_zone_the_post_was_not_posted_at_warns() -> None:
    # `0415Z` and `0415 EST` were no time: the day alone passed a post of 09:15 UTC.
    for note, given in (
        ("January 21, 2022, 0415Z", "2022-01-21 04:15 UTC"),
        ("January 21, 2022, 210415ZJAN22", "2022-01-21 04:15 UTC"),  # a military date-time group
        ("January 21, 2022, 0915 EST", "09:15 EST, which is 2022-01-21 14:15 or 2022-01-21 13:15 UTC"),
        (
            "January 21, 2022, 0915 hrs (Washington time)",
            "09:15 Washington time, which is 2022-01-21 14:15 UTC",
        ),
    ):
        result = check_date(_noted(note, dt.date(2022, 1, 21)))
        assert result.status == "warn", note
        assert result.detail == f"posted 2022-01-21 09:15 UTC, but the note gives {given}: compare by hand"
    for note in (
        "January 21, 2022, 0915Z",
        "January 21, 2022, 210915ZJAN22",
        "January 21, 2022, 0415 EST",
        "January 21, 2022, 1215 MSK",
    ):
        assert check_date(_noted(note, dt.date(2022, 1, 21))).status == "pass", note


def test_a_note_calling_its_day_a_weekday_it_is_not_warns_where_the_day_passed() -> None:
    # 23 January 2022 was a Sunday: `Friday, January 23, 2022` passed a post of the 23rd, though the note's
    # day or its weekday is wrong, and the writer may mean Friday the 21st.
    sunday = POST.model_copy(update={"published": dt.datetime(2022, 1, 23, 9, 15, tzinfo=dt.UTC)})
    for note, named in (
        ("Friday, January 23, 2022", "Friday"),
        ("Fri, 23 Jan 2022", "Fri"),
        ("Freitag, 23. Januar 2022", "Freitag"),
        ("vendredi 23 janvier 2022", "vendredi"),
        ("пятница, 23 января 2022", "пятница"),
        ("23 January 2022 (Friday)", "Friday"),
    ):
        result = check_date(_noted(note, dt.date(2022, 1, 23), sunday))
        assert result.status == "warn", note
        assert result.detail == (
            "posted 2022-01-23 09:15 UTC: 2022-01-23 from UTC\u221209:15 to UTC+14:00, but the note calls "
            f"2022-01-23 a {named!r}, which it is not (a Sunday): which is the post's day? compare by hand"
        )
    # The day's own weekday, or a newspaper's name, passes.
    for note in ("Sunday, January 23, 2022", "domingo, 23 de enero de 2022", "The Sun, 23 January 2022"):
        assert check_date(_noted(note, dt.date(2022, 1, 23), sunday)).status == "pass", note
    for newspaper in ("The Sun", "Toronto Sun", "Mail on Sunday"):
        note = f"{newspaper}, 21 January 2022"
        assert check_date(_noted(note, dt.date(2022, 1, 21))).status == "pass", note


def test_a_place_s_time_in_french_german_spanish_russian_or_ukrainian_words_is_that_place_s() -> None:
    # Each was read as 09:15 in some zone, which the post's 09:15 UTC is: it passed, hours from the place's.
    for note, given in (
        ("21. Januar 2022, 9:15 Uhr Kiewer Zeit", "09:15 Kiew time, which is 2022-01-21 07:15 UTC"),
        ("21. Januar 2022, 9:15 Uhr (Ortszeit Kiew)", "09:15 Kiew time, which is 2022-01-21 07:15 UTC"),
        (
            "21 de enero de 2022, 9:15 (hora de Mosc\u00fa)",
            "09:15 Mosc\u00fa time, which is 2022-01-21 06:15 UTC",
        ),
        ("21 January 2022, 09:15 local time (Kyiv)", "09:15 Kyiv time, which is 2022-01-21 07:15 UTC"),
        ("January 21, 2022, 09:15 in Kyiv", "09:15 Kyiv time, which is 2022-01-21 07:15 UTC"),
        (
            "21.01.2022, 09:15 (\u041a\u0438\u0435\u0432)",
            "09:15 \u041a\u0438\u0435\u0432 time, which is 2022-01-21 07:15 UTC",
        ),
    ):
        result = check_date(_noted(note, dt.date(2022, 1, 21)))
        assert result.status == "warn", note
        assert result.detail == f"posted 2022-01-21 09:15 UTC, but the note gives {given}: compare by hand"
    # The place's time the post was made at passes; a region's name leaves the time some zone's.
    for note in (
        "21. Januar 2022, 10:15 Uhr Berliner Zeit",
        "21 de enero de 2022, 11:15 hora de Kiev",
        "21 January 2022, 11:15 local time (Kyiv)",
        "January 21, 2022, 09:15 in Kyiv region",
        "21. Januar 2022, 10:15 Uhr",
    ):
        assert check_date(_noted(note, dt.date(2022, 1, 21))).status == "pass", note


def test_a_lunar_hijri_date_days_from_the_note_s_gregorian_one_warns_where_the_day_passed() -> None:
    # 18 Jumada al-Akhirah 1443 is 21 or 22 January 2022: beside `25 January 2022` one of the two is wrong,
    # and the post of the 25th passed.
    later = POST.model_copy(update={"published": dt.datetime(2022, 1, 25, 9, 15, tzinfo=dt.UTC)})
    result = check_date(_noted("18 Jumada al-Akhirah 1443 (25 January 2022)", dt.date(2022, 1, 25), later))
    assert result.status == "warn"
    assert result.detail == (
        "posted 2022-01-25 09:15 UTC: 2022-01-25 from UTC\u221209:15 to UTC+14:00, but the note also gives "
        "'18 Jumada al-Akhirah 1443', which is about 2022-01-22 (tabular Lunar Hijri calendar, "
        "\u00b12 days), not 2022-01-25: which is the post's day? compare by hand"
    )
    # The day it is, by Umm al-Qura's calendar (a day before the tabular), passes.
    for note in (
        "18 Jumada al-Akhirah 1443 (21 January 2022)",
        "الجمعة 18 جمادى الآخرة 1443 هـ الموافق 21 يناير 2022",
    ):
        assert check_date(_noted(note, dt.date(2022, 1, 21))).status == "pass", note


def test_a_lunar_hijri_date_in_arabic_indic_digits_days_from_the_gregorian_one_warns() -> None:
    # Written in Arabic-Indic digits, the Hijri date was not read: the post of the 25th passed, and a note
    # dated by it alone was skipped as giving no date.
    hijri = (
        "\u0661\u0668 \u062c\u0645\u0627\u062f\u0649 \u0627\u0644\u0622\u062e\u0631\u0629 "
        "\u0661\u0664\u0664\u0663"
    )
    later = POST.model_copy(update={"published": dt.datetime(2022, 1, 25, 9, 15, tzinfo=dt.UTC)})
    result = check_date(_noted(f"{hijri} (25 January 2022)", dt.date(2022, 1, 25), later))
    assert result.status == "warn"
    assert f"but the note also gives {hijri!r}, which is about 2022-01-22" in result.detail
    assert check_date(_noted(f"{hijri} (21 January 2022)", dt.date(2022, 1, 21))).status == "pass"
    month_later = POST.model_copy(update={"published": dt.datetime(2022, 2, 25, 9, 15, tzinfo=dt.UTC)})
    undated = _undated(f"\u0631\u064a\u0628\u0627\u0631\u060c {hijri} \u0647\u0640")
    alone = check_date(dataclasses.replace(undated, live=month_later, source=month_later))
    assert alone.status == "fail"
    assert alone.detail.startswith(f"the note's only date is a Lunar Hijri one, {hijri!r}: about 2022-01-22")


def test_a_note_dated_only_in_the_lunar_hijri_calendar_is_compared_near_its_day() -> None:
    # `citations.dates` reads a Lunar Hijri date alone as no date: `date` was skipped as "the citation gives
    # no date", saying nothing of a note that plainly dates the post, nor of a post made a month from it.
    about = (
        "the note's only date is a Lunar Hijri one, {!r}: about 2022-01-22 by the tabular calendar (\u00b12 "
        "days, and its day begins at the sunset before); the source was posted {}"
    )
    for written in (
        "18 Jumada al-Akhirah 1443",
        "18 \u062c\u0645\u0627\u062f\u0649 \u0627\u0644\u0622\u062e\u0631\u0629 1443",
    ):
        result = check_date(_undated(written))
        assert result.status == "warn", written
        assert result.detail == about.format(
            written,
            "2022-01-21 09:15 UTC, 2022-01-20 to 2022-01-21 across UTC\u221212..UTC+14, near it: give the "
            "Gregorian day; compare by hand",
        )
        assert result.cited == written
    later = POST.model_copy(update={"published": dt.datetime(2022, 2, 21, 9, 15, tzinfo=dt.UTC)})
    given = dataclasses.replace(_undated("18 Jumada al-Akhirah 1443"), live=later, source=later)
    result = check_date(given)
    assert result.status == "fail"
    assert result.detail == about.format(
        "18 Jumada al-Akhirah 1443",
        "2022-02-21 09:15 UTC, 2022-02-20 to 2022-02-21 across UTC\u221212..UTC+14, days from it",
    )
    # A decree's day, its number beside it, the source may follow: a warning, not a failure.
    given = dataclasses.replace(_undated("Royal Decree No. M/51 of 18/6/1443"), live=later, source=later)
    assert check_date(given).status == "warn"
    # Nothing read, nothing compared.
    assert check_date(dataclasses.replace(given, live=None, source=None)).status == "skip"


def test_a_post_made_after_the_night_the_note_dates_it_to_warns_where_its_day_passed() -> None:
    # `в ночь на 22 января` is the night before the 22nd: a post of 06:00 UTC on the 23rd (the report of that
    # night, a day later) fell on the 22nd west of UTC-06:00 and passed.
    next_morning = POST.model_copy(update={"published": dt.datetime(2022, 1, 23, 6, 0, tzinfo=dt.UTC)})
    for note in (
        "в ночь на 22 января 2022",
        "в ночь \u0441 21 на 22 января 2022",
        "\u0443 ніч на 22 січня 2022",
        "в ночь на субботу, 22.01.2022",
        "overnight into January 22, 2022",
        "overnight Friday into Saturday, January 22, 2022",
        "in der Nacht zum 22. Januar 2022",
        "in der Nacht von Freitag auf Samstag, 22. Januar 2022",
        "dans la nuit de vendredi \u00e0 samedi 22 janvier 2022",
        "en la noche del viernes al s\u00e1bado 22 de enero de 2022",
    ):
        result = check_date(_noted(note, dt.date(2022, 1, 22), next_morning))
        assert result.status == "warn", note
        assert result.detail == (
            "posted 2022-01-23 06:00 UTC: 2022-01-22 from UTC\u221212:00 to UTC\u221206:01, but the note "
            f"dates the post {note!r}, the night before 2022-01-22, which had ended (at noon) in every zone "
            "from UTC\u221212 to UTC+14 when it was posted: compare by hand"
        )
    # Posted that night, in Moscow (23:00 on the 21st) or New York (01:00 on the 22nd), it passes; so does
    # the day alone, or a night's word in a name, a day later.
    for posted in (
        dt.datetime(2022, 1, 21, 20, 0, tzinfo=dt.UTC),
        dt.datetime(2022, 1, 22, 6, 0, tzinfo=dt.UTC),
    ):
        that_night = POST.model_copy(update={"published": posted})
        for note in ("в ночь на 22 января 2022", "overnight into January 22, 2022"):
            assert check_date(_noted(note, dt.date(2022, 1, 22), that_night)).status == "pass", note
    for note in ("22 января 2022", "Night Watch, 22 January 2022", "Night raid in Kyiv to 22 January 2022"):
        assert check_date(_noted(note, dt.date(2022, 1, 22), next_morning)).status == "pass", note


def test_a_lunar_hijri_month_spelt_another_way_is_compared_too() -> None:
    # 18 Jumada al-Ula 1443 is 22 or 23 December 2021, as `18 جمادي الأولى 1443` and `18 Jumada I 1443` are:
    # the months' names unread, the post of the 25th January passed beside them.
    later = POST.model_copy(update={"published": dt.datetime(2022, 1, 25, 9, 15, tzinfo=dt.UTC)})
    for hijri in (
        "18 Jumada al-Ula 1443",
        "18 Jumada I 1443",
        "18 \u062c\u0645\u0627\u062f\u064a \u0627\u0644\u0623\u0648\u0644\u0649 1443",
    ):
        result = check_date(_noted(f"{hijri} (25 January 2022)", dt.date(2022, 1, 25), later))
        assert result.status == "warn", hijri
        assert result.detail.endswith(
            f"but the note also gives {hijri!r}, which is about 2021-12-23 (tabular Lunar Hijri calendar, "
            "\u00b12 days), not 2022-01-25: which is the post's day? compare by hand"
        ), hijri
    # The day it is passes, in the second month's other spellings too.
    for note in ("18 Jumada II 1443 (21 January 2022)", "18 Jumada-us-Sani 1443 (21 January 2022)"):
        assert check_date(_noted(note, dt.date(2022, 1, 21))).status == "pass", note


def _live_blog_entry(url: str, cited: dt.date) -> CheckInput:
    """A note citing `url` on `cited`, read as a web page published (its JSON-LD's) 21 January 2022."""
    page = SourcePost(
        platform=Platform.WEB, url=url.split("#")[0], published=dt.datetime(2022, 1, 21, 6, 0, tzinfo=dt.UTC)
    )
    footnote = Footnote(
        label="1", text=f"The Guardian, Russia-Ukraine live, {cited:%d %B %Y}, {url}", line=30
    )
    citation = Citation(platform=Platform.WEB, url=url, date=cited)
    return CheckInput(footnote=footnote, citation=citation, outcome=None, live=page, source=page)


def test_an_entry_of_a_live_blog_is_not_dated_by_the_blog_s_time() -> None:
    # The page's time is the live blog's first: a note citing an entry of it passed on that day, whatever day
    # the entry was posted on, and failed on the entry's own later day.
    for url, entry in (
        (
            "https://www.theguardian.com/world/live/2022/jan/21/russia-ukraine-live#block-61eb0c1f",
            "#block-61eb0c1f",
        ),
        ("https://news.example/live/ukraine-war?post=123", "?post=123"),
        ("https://edition.cnn.com/europe/live-news/ukraine-news-01-21-22/h_1a2b3c4d5e6f", "/h_1a2b3c4d5e6f"),
        ("https://www.aljazeera.com/news/liveblog/2022/1/21/russia-ukraine-live#entry-123", "#entry-123"),
        # A slug opening with `live-`, as Reuters' live pages are named: its `?post=` link was ignored.
        ("https://www.reuters.com/world/europe/live-russia-ukraine-crisis-2022-01-21/?post=77", "?post=77"),
    ):
        same_day = check_date(_live_blog_entry(url, dt.date(2022, 1, 21)))
        assert same_day.status == "warn", url
        assert same_day.detail.endswith(
            f", but the note cites an entry of a live blog ({entry}), and the page's time is the blog's, not "
            "its: compare by hand"
        ), url
        later = check_date(_live_blog_entry(url, dt.date(2022, 1, 25)))
        assert later.status == "warn", url
        assert later.detail.startswith("cited 2022-01-25; the source was posted 2022-01-21 06:00 UTC"), url
        assert later.detail.endswith("not its, which may be of the note's day: compare by hand"), url
    # A day before the blog began is no entry's; the blog's own address, or an article's anchor, is the page.
    entry = "https://news.example/live/ukraine-war?post=123"
    assert check_date(_live_blog_entry(entry, dt.date(2022, 1, 18))).status == "fail"
    for url in ("https://news.example/live/ukraine-war", "https://news.example/2022/01/21/article#comments"):
        assert check_date(_live_blog_entry(url, dt.date(2022, 1, 21))).status == "pass", url


def test_an_entry_of_a_live_blog_whose_words_the_passage_quotes_dates_it_within_the_blog_s_span() -> None:
    # The web extractor keeps a `LiveBlogPosting`'s span and entries: the entry of the 23rd holding the quoted
    # words passes a note citing its address (`#block-…`) on that day, where the blog's time warned; a day
    # after the blog's latest update is no entry's, and fails where it warned.
    words = "Nato puts 8,500 troops on standby"
    url = "https://www.theguardian.com/world/live/2022/jan/21/russia-ukraine-live#block-61eb0c1f"
    fields = {
        "live blog": "2022-01-21T06:00:00Z to 2022-01-25T18:30:00Z",
        "live blog entry 1": "2022-01-25T18:30:00Z | Biden says he would consider sanctions on Putin.",
        "live blog entry 2": f"2022-01-23T14:05:00Z | {words} for eastern Europe.",
    }

    def cited_on(day: dt.date, quote: str = words) -> CheckResult:
        given = _live_blog_entry(url, day)
        page = given.source.model_copy(update={"fields": fields}) if given.source is not None else None
        context = Context(line=7, text=f"Nato said it \u201c{quote}\u201d", quotes=(quote,))
        footnote = given.footnote.model_copy(update={"contexts": (context,)})
        return check_date(dataclasses.replace(given, footnote=footnote, live=page, source=page))

    assert cited_on(dt.date(2022, 1, 23)).status == "pass"
    assert cited_on(dt.date(2022, 1, 23)).found == "2022-01-23T14:05:00Z"
    assert cited_on(dt.date(2022, 1, 25)).status == "warn"  # no entry of that day holds the words
    assert cited_on(dt.date(2022, 1, 23), "Nato troops").status == "warn"  # two words are in many entries
    after = cited_on(dt.date(2022, 1, 28))
    assert after.status == "fail"
    assert after.detail.startswith("cited 2022-01-28; the source was posted 2022-01-21 06:00 UTC")


def test_the_live_blog_entry_a_note_s_address_names_dates_it() -> None:
    # The blog's JSON-LD gives each entry's address (`…#block-61eb0c1f`): the entry the note links is known,
    # and its day passes where the blog's first day warned or failed, whatever words the passage quotes.
    url = "https://www.theguardian.com/world/live/2022/jan/21/russia-ukraine-live#block-61eb0c1f"
    fields = {
        "live blog": "2022-01-21T06:00:00Z to 2022-01-25T18:30:00Z",
        "live blog entry 1": "2022-01-25T18:30:00Z #block-61f0aa00 | Biden says he would consider sanctions.",
        "live blog entry 2": "2022-01-23T14:05:00Z #block-61eb0c1f | Nato puts troops on standby.",
    }

    def cited_on(day: dt.date, address: str = url) -> CheckResult:
        given = _live_blog_entry(address, day)
        page = given.source.model_copy(update={"fields": fields}) if given.source is not None else None
        return check_date(dataclasses.replace(given, live=page, source=page))

    named = cited_on(dt.date(2022, 1, 23))
    assert named.status == "pass"
    assert named.detail == (
        "the page is a live blog (2022-01-21T06:00:00Z to 2022-01-25T18:30:00Z); its entry of "
        "2022-01-23T14:05:00Z is the one the note's address names (#block-61eb0c1f): 2022-01-23"
    )
    # Another entry's address, or a day the named entry is not of, is not confirmed.
    assert cited_on(dt.date(2022, 1, 23), url.replace("61eb0c1f", "61f0aa00")).status == "warn"
    assert cited_on(dt.date(2022, 1, 22)).status == "warn"
    assert cited_on(dt.date(2022, 1, 21)).status == "warn"


def _republished(line: str, cited: dt.date) -> CheckResult:
    """A note citing a web page dated (its metadata's) 25 January 2022 whose text ends with `line`."""
    url = "https://news.example/2022/01/25/council-bridge"
    page = SourcePost(
        platform=Platform.WEB,
        url=url,
        published=dt.datetime(2022, 1, 25, 9, 0, tzinfo=dt.UTC),
        text=f"The council voted to reopen the bridge. {line}",
    )
    footnote = Footnote(label="1", text=f"City Ledger, {cited:%d %B %Y}, {url}", line=30)
    citation = Citation(platform=Platform.WEB, url=url, date=cited)
    return check_date(CheckInput(footnote=footnote, citation=citation, outcome=None, live=page, source=page))


def test_a_republished_article_cited_on_the_day_it_says_it_was_originally_published_warns() -> None:
    # A republication's metadata gives the day it was loaded: a note citing the day the article says it first
    # came out failed as a wrong day.
    for line, written in (
        ("This story was originally published by ProPublica on Jan. 21, 2022.", "Jan. 21, 2022"),
        ("First published on 21 January 2022 by The Conversation.", "21 January 2022"),
        ("Publi\u00e9 initialement le 21 janvier 2022.", "21 janvier 2022"),
    ):
        result = _republished(line, dt.date(2022, 1, 21))
        assert result.status == "warn", line
        assert result.detail.startswith("cited 2022-01-21; the source was posted 2022-01-25 09:00 UTC"), line
        assert result.detail.endswith(
            f"on {written!r}, the cited day: this copy came out later; compare by hand"
        ), line
    # Another day than the one it gives still fails; so does a day the text gives without the words.
    assert _republished("Originally published on 21 January 2022.", dt.date(2022, 1, 19)).status == "fail"
    assert _republished("The vote was on 21 January 2022.", dt.date(2022, 1, 21)).status == "fail"


def test_a_note_that_dates_the_post_to_the_eve_of_its_day_is_neither_confirmed_nor_contradicted() -> None:
    # `накануне 22 января` is the day before the 22nd: read as the 22nd, a post of that day passed.
    of_the_22nd = POST.model_copy(update={"published": dt.datetime(2022, 1, 22, 9, 15, tzinfo=dt.UTC)})
    for note in (
        "on the eve of January 22, 2022",
        "накануне 22 января 2022",
        "напередодні 22 січня 2022",
        "am Vorabend des 22. Januar 2022",
        "\u00e0 la veille du 22 janvier 2022",
        "en v\u00edsperas del 22 de enero de 2022",
    ):
        result = check_date(_noted(note, dt.date(2022, 1, 22), of_the_22nd))
        assert result.status == "warn", note
        assert result.detail.endswith(
            f", but the note dates the post {note!r}, not on that day: compare by hand"
        ), note
    for note in ("Steve, 22 January 2022", "Every day, 22 January 2022"):
        assert check_date(_noted(note, dt.date(2022, 1, 22), of_the_22nd)).status == "pass", note


def test_a_document_s_day_as_the_note_s_only_day_confirms_no_post_s_day() -> None:
    # `Федеральный закон от 21.01.2022 № 5-ФЗ` dates the law: a Telegram post of the 21st passed as of the day
    # the note gave it, and one posted days after the law failed.
    for note, written in (
        ("Федеральный закон от 21.01.2022 № 5-ФЗ", "21.01.2022"),
        ("Order No. 15 of 21 January 2022", "21 January 2022"),
        ("Наказ № 15 від 21.01.2022", "21.01.2022"),
    ):
        result = check_date(_noted(note, dt.date(2022, 1, 21)))
        assert result.status == "warn", note
        assert result.detail.endswith(
            f", but the note's day is a document's ({written!r}, its number beside it), not one it says the "
            "source was published on: compare by hand"
        ), note
    later = check_date(_noted("Приказ № 15 от 18.01.2022", dt.date(2022, 1, 18)))
    assert later.status == "warn"
    assert later.detail.startswith("cited 2022-01-18; the source was posted 2022-01-21 09:15 UTC")
    assert later.detail.endswith("published on, which the source may follow by days: compare by hand")
    # A post before the document's day is not of it; a day with no number beside it is the post's; a web
    # page of the document is dated by it.
    assert check_date(_noted("Приказ № 15 от 25.01.2022", dt.date(2022, 1, 25))).status == "fail"
    assert check_date(_noted("No comment, 21 January 2022", dt.date(2022, 1, 21))).status == "pass"
    # A post's number after its day is no document's.
    for note in ("21.01.2022, \u2116 12345", "January 21, 2022, No. 12345"):
        assert check_date(_noted(note, dt.date(2022, 1, 21))).status == "pass", note
    decree = "https://kremlin.ru/acts/bank/47439"
    page = POST.model_copy(update={"platform": Platform.WEB, "url": decree})
    footnote = Footnote(label="1", text=f"Указ Президента РФ от 21.01.2022 № 15, {decree}", line=30)
    citation = Citation(platform=Platform.WEB, url=decree, date=dt.date(2022, 1, 21))
    given = CheckInput(footnote=footnote, citation=citation, outcome=None, live=page, source=page)
    assert check_date(given).status == "pass"


def test_a_day_the_note_gives_in_a_named_zone_is_that_zone_s_day() -> None:
    # `22 January 2022 (UTC)` is the 22nd in UTC: a post of 01:00 UTC on the 23rd passed as the 22nd west of
    # UTC-01:00; and `22.01.2022 (мск)` passed a post of 23:00 UTC on the 22nd, the 23rd in Moscow.
    after_midnight = POST.model_copy(update={"published": dt.datetime(2022, 1, 23, 1, 0, tzinfo=dt.UTC)})
    late = POST.model_copy(update={"published": dt.datetime(2022, 1, 22, 23, 0, tzinfo=dt.UTC)})
    for note, source, zone, there in (
        ("22 January 2022 (UTC)", after_midnight, "UTC", "2022-01-22 00:00 UTC to 2022-01-23 00:00 UTC"),
        ("22.01.2022 (мск)", late, "Moscow time", "2022-01-21 21:00 UTC to 2022-01-22 21:00 UTC"),
        ("22 January 2022, Kyiv time", late, "Kyiv time", "2022-01-21 22:00 UTC to 2022-01-22 22:00 UTC"),
        (
            "22 January 2022 (EST)",
            POST.model_copy(update={"published": dt.datetime(2022, 1, 22, 3, 0, tzinfo=dt.UTC)}),
            "EST",
            "2022-01-22 05:00 UTC to 2022-01-23 05:00 UTC or 2022-01-22 04:00 UTC to 2022-01-23 04:00 UTC",
        ),
    ):
        result = check_date(_noted(note, dt.date(2022, 1, 22), source))
        assert result.status == "warn", note
        assert result.detail.endswith(
            f", but the note gives 2022-01-22 in {zone}, which is {there}: compare by hand"
        ), note
    # A post of that zone's day passes; a word after the day that is no zone names none.
    for note, source in (
        ("22 January 2022 (UTC)", late),
        (
            "22.01.2022 (мск)",
            POST.model_copy(update={"published": dt.datetime(2022, 1, 21, 22, 30, tzinfo=dt.UTC)}),
        ),
        ("22 January 2022, Telegram", after_midnight),
        ("22 January 2022 (Saturday)", after_midnight),
        ("22 January 2022, RT", after_midnight),
        ("22 January 2022, Kyiv", late),  # a dateline's place
        # The night before the 22nd, in Moscow: 23:30 on the 21st.
        (
            "в ночь на 22.01.2022 (мск)",
            POST.model_copy(update={"published": dt.datetime(2022, 1, 21, 20, 30, tzinfo=dt.UTC)}),
        ),
    ):
        assert check_date(_noted(note, dt.date(2022, 1, 22), source)).status == "pass", note

    # That night in Moscow ended at noon on the 22nd: a post of 18:00 there passed.
    evening = POST.model_copy(update={"published": dt.datetime(2022, 1, 22, 15, 0, tzinfo=dt.UTC)})
    result = check_date(_noted("в ночь на 22.01.2022 (мск)", dt.date(2022, 1, 22), evening))
    assert result.status == "warn"
    assert result.detail.endswith(
        ", but the note gives the night before 2022-01-22 in Moscow time, which is 2022-01-21 15:00 UTC to "
        "2022-01-22 09:00 UTC: compare by hand"
    )


def test_a_zone_after_the_word_for_year_or_the_year_s_stop_is_the_day_s_zone() -> None:
    # The Russian word for year, or its abbreviation, and Croatian's stop after the year,
    # hid the zone, and the day was any zone's: a post of 23:00 UTC on the 22nd (the 23rd in Moscow) passed.
    late = POST.model_copy(update={"published": dt.datetime(2022, 1, 22, 23, 0, tzinfo=dt.UTC)})
    after_midnight = POST.model_copy(update={"published": dt.datetime(2022, 1, 23, 1, 0, tzinfo=dt.UTC)})
    for note, source, zone in (
        ("22 \u044f\u043d\u0432\u0430\u0440\u044f 2022 \u0433. (\u043c\u0441\u043a)", late, "Moscow time"),
        ("22 января 2022 года (мск)", late, "Moscow time"),
        ("22. siječnja 2022. (UTC)", after_midnight, "UTC"),
    ):
        result = check_date(_noted(note, dt.date(2022, 1, 22), source))
        assert result.status == "warn", note
        assert f", but the note gives 2022-01-22 in {zone}, which is " in result.detail, note
    # French `cet` (this) after a day is a word, not Central European Time, with or without a comma: a post
    # of 23:30 UTC on the 22nd, the 23rd in Paris, is the 22nd west of UTC.
    late = POST.model_copy(update={"published": dt.datetime(2022, 1, 22, 23, 30, tzinfo=dt.UTC)})
    for note in ("22 janvier 2022, cet article", "22 janvier 2022 cet article"):
        assert check_date(_noted(note, dt.date(2022, 1, 22), late)).status == "pass", note
    assert check_date(_noted("22 janvier 2022 (CET)", dt.date(2022, 1, 22), late)).status == "warn"


def _at(year: int, month: int, day: int, hour: int, minute: int, second: int = 0) -> SourcePost:
    published = dt.datetime(year, month, day, hour, minute, second, tzinfo=dt.UTC)
    return POST.model_copy(update={"published": published})


def test_a_zone_s_day_on_a_change_of_summer_time_opens_and_closes_at_its_midnights() -> None:
    # Kyiv's 27 March 2022 (summer time from 04:00) ran from 22:00 UTC on the 26th to 21:00 UTC on the 27th,
    # 23 hours; its 30 October (back at 04:00) from 21:00 UTC on the 29th to 22:00 UTC on the 30th, 25. Taken
    # as 24 hours from a midnight in the day's offset, a post of 23:30 on the 26th there passed in spring, and
    # one of 00:00 on the 30th there warned in autumn.
    spring, autumn = dt.date(2022, 3, 27), dt.date(2022, 10, 30)
    for note in ("27 March 2022, Kyiv time", "27 March 2022 (Europe/Kiev)"):
        for moment, status in (
            ((2022, 3, 26, 21, 59, 59), "warn"),
            ((2022, 3, 26, 22, 0, 0), "pass"),
            ((2022, 3, 27, 20, 59, 59), "pass"),
            ((2022, 3, 27, 21, 0, 0), "warn"),
        ):
            result = check_date(_noted(note, spring, _at(*moment)))
            assert result.status == status, (note, moment)
            if status == "warn":
                assert result.detail.endswith("2022-03-26 22:00 UTC to 2022-03-27 21:00 UTC: compare by hand")
    for moment, status in (
        ((2022, 10, 29, 20, 59, 59), "warn"),
        ((2022, 10, 29, 21, 0, 0), "pass"),
        ((2022, 10, 30, 21, 59, 59), "pass"),
        ((2022, 10, 30, 22, 0, 0), "warn"),
    ):
        assert check_date(_noted("30 October 2022, Kyiv time", autumn, _at(*moment))).status == status, moment
    # Paris's, by its name: 23:00 UTC on the 26th to 22:00 UTC on the 27th.
    paris = check_date(_noted("27 March 2022 (heure de Paris)", spring, _at(2022, 3, 27, 22, 30)))
    assert paris.status == "warn"
    assert paris.detail.endswith("2022-03-26 23:00 UTC to 2022-03-27 22:00 UTC: compare by hand")


def test_a_time_before_the_change_of_summer_time_on_its_day_is_read_in_the_offset_it_was_in() -> None:
    # 02:30 in Kyiv on 27 March 2022, before summer time began at 04:00, was 00:30 UTC; read in the day's
    # summer offset (23:30 UTC on the 26th), the post made then warned. So in autumn, and New York's.
    for note, day, moment in (
        ("27 March 2022, 02:30 Kyiv time", dt.date(2022, 3, 27), _at(2022, 3, 27, 0, 30)),
        ("30 October 2022, 02:30 Kyiv time", dt.date(2022, 10, 30), _at(2022, 10, 29, 23, 30)),
        ("13 March 2022, 1:30 am Eastern time", dt.date(2022, 3, 13), _at(2022, 3, 13, 6, 30)),
    ):
        assert check_date(_noted(note, day, moment)).status == "pass", note
    # Another hour is still not the note's time.
    late = check_date(_noted("27 March 2022, 02:30 Kyiv time", dt.date(2022, 3, 27), _at(2022, 3, 27, 1, 30)))
    assert late.status == "warn"
    # A day with no change reads one offset.
    winter = check_date(
        _noted("21 January 2022, 14:05 Kyiv time", dt.date(2022, 1, 21), _at(2022, 1, 21, 13, 5))
    )
    assert winter.status == "warn"


def test_a_post_at_the_last_second_or_the_first_of_a_zone_s_day() -> None:
    # 23:59:59 UTC is still the 22nd in UTC; 00:00:00 is the 23rd, and the note's day in no zone east of UTC.
    assert check_date(
        _noted("22 January 2022 (UTC)", dt.date(2022, 1, 22), _at(2022, 1, 22, 23, 59, 59))
    ).status == ("pass")
    assert check_date(
        _noted("22 January 2022 (UTC)", dt.date(2022, 1, 22), _at(2022, 1, 23, 0, 0, 0))
    ).status == ("warn")
    # Without a zone, 00:00:00 UTC on the 23rd is the 22nd west of UTC, and 23:59:59 on the 21st is it east.
    assert (
        check_date(_noted("22 January 2022", dt.date(2022, 1, 22), _at(2022, 1, 23, 0, 0, 0))).status
        == "pass"
    )
    assert (
        check_date(_noted("22 January 2022", dt.date(2022, 1, 22), _at(2022, 1, 21, 23, 59, 59))).status
        == "pass"
    )
    # 12:00:00 UTC on the 23rd is the 23rd in every zone from UTC-12: the 22nd in none.
    assert (
        check_date(_noted("22 January 2022", dt.date(2022, 1, 22), _at(2022, 1, 23, 12, 0, 0))).status
        == "fail"
    )


def test_a_day_at_the_calendar_s_end_in_a_zone_is_no_crash() -> None:
    for note, day in (
        ("31 December 9999 (UTC)", dt.date(9999, 12, 31)),
        ("1 January 0001 (JST)", dt.date(1, 1, 1)),
    ):
        assert check_date(_noted(note, day)).status == "fail"
    assert dates_find_time("31 December 9999, 14:05 UTC", dt.date(9999, 12, 31)) is None


def test_a_bound_or_a_near_day_with_its_article_or_in_ukrainian_or_arabic_qualifies_the_day() -> None:
    # Each was read as the day itself: `avant le 23 janvier 2022` passed a post of the 23rd, and `environ le
    # 23 janvier 2022` failed one of the 21st.
    of_the_23rd = POST.model_copy(update={"published": dt.datetime(2022, 1, 23, 9, 15, tzinfo=dt.UTC)})
    for note in (
        "avant le 23 janvier 2022",
        "apr\u00e8s le 23 janvier 2022",
        "\u00e0 partir du 23 janvier 2022",
        "vor dem 23. Januar 2022",
        "bis zum 23. Januar 2022",
        "ab dem 23. Januar 2022",
        "antes del 23 de enero de 2022",
        "despu\u00e9s del 23 de enero de 2022",
        "a partir del 23 de enero de 2022",
        "після 23 січня 2022",
        "не пізніше 23 січня 2022",
        "починаючи з 23 січня 2022",
        "\u0441 23 января 2022",
        "з 23 січня 2022",
        "\u0642\u0628\u0644 23 \u064a\u0646\u0627\u064a\u0631 2022",
        "\u0628\u0639\u062f 23 \u064a\u0646\u0627\u064a\u0631 2022",
        "\u0645\u0646\u0630 23 \u064a\u0646\u0627\u064a\u0631 2022",
    ):
        result = check_date(_noted(note, dt.date(2022, 1, 23), of_the_23rd))
        assert result.status == "warn", note
        assert result.detail.endswith(
            f", but the note dates the post {note!r}, not on that day: compare by hand"
        ), note
    for note in (
        "environ le 23 janvier 2022",
        "vers le 23 janvier 2022",
        "um den 23. Januar 2022",
        "alrededor del 23 de enero de 2022",
        "близько 23 січня 2022",
        "\u062d\u0648\u0627\u0644\u064a 23 \u064a\u0646\u0627\u064a\u0631 2022",
    ):
        result = check_date(_noted(note, dt.date(2022, 1, 23)))
        assert result.status == "warn", note
        assert result.detail.endswith(
            f"; the note gives only a day near the post's, {note!r}: compare by hand"
        ), note
        assert check_date(_noted(note, dt.date(2022, 1, 23), of_the_23rd)).status == "pass", note
    # A day of an article's own (`Beitrag vom`, `El País`) is the post's, as is one after a Cyrillic word.
    for note in (
        "Рыбарь, пост \u0441 фото, 23 января 2022",
        "Beitrag vom 23.01.2022",
        "El Pa\u00eds, 23 de enero de 2022",
        "Le Monde, le 23 janvier 2022",
    ):
        assert check_date(_noted(note, dt.date(2022, 1, 23), of_the_23rd)).status == "pass", note


def test_a_note_calling_its_day_an_arabic_weekday_it_is_not_warns_where_the_day_passed() -> None:
    # 23 January 2022 was a Sunday: `الجمعة` (Friday) before it was unread, and the post of the 23rd passed.
    sunday = POST.model_copy(update={"published": dt.datetime(2022, 1, 23, 9, 15, tzinfo=dt.UTC)})
    for note in (
        "\u0627\u0644\u062c\u0645\u0639\u0629 23 \u064a\u0646\u0627\u064a\u0631 2022",
        "\u0627\u0644\u062c\u0645\u0639\u0629\u060c 23 \u064a\u0646\u0627\u064a\u0631 2022",
    ):
        result = check_date(_noted(note, dt.date(2022, 1, 23), sunday))
        assert result.status == "warn", note
        assert result.detail.endswith(
            "but the note calls 2022-01-23 a '\u0627\u0644\u062c\u0645\u0639\u0629', which it is not (a "
            "Sunday): which is the post's day? compare by hand"
        ), note
    # Its own weekday, with the hamza written or not, passes.
    for note in (
        "\u0627\u0644\u0623\u062d\u062f 23 \u064a\u0646\u0627\u064a\u0631 2022",
        "\u0627\u0644\u0627\u062d\u062f\u060c 23 \u064a\u0646\u0627\u064a\u0631 2022",
    ):
        assert check_date(_noted(note, dt.date(2022, 1, 23), sunday)).status == "pass", note


def test_a_time_in_a_posix_etc_zone_at_the_edges_is_that_zone_s_time() -> None:
    # `Etc/GMT+12` is UTC-12 (POSIX turns the sign), `Etc/GMT-14` UTC+14: read as `Etc/GMT`, UTC, a post made
    # at 00:30 UTC-12 warned "the note gives 00:30 Etc/GMT, which is 2022-01-22 00:30 UTC".
    day, west, east = (
        dt.date(2022, 1, 22),
        "January 22, 2022, 00:30 Etc/GMT+12",
        "January 22, 2022, 00:30 Etc/GMT-14",
    )
    assert check_date(_noted(west, day, _at(2022, 1, 22, 12, 30))).status == "pass"
    assert check_date(_noted(east, day, _at(2022, 1, 21, 10, 30))).status == "pass"
    result = check_date(_noted(west, day, _at(2022, 1, 22, 0, 30)))
    assert result.status == "warn"
    assert "which is 2022-01-22 12:30 UTC" in result.detail


def test_a_page_dated_only_by_a_dateline_without_its_year_shows_that_day_for_the_comparison_by_hand() -> None:
    # `KYIV, Jan 21 (Reuters) -` with nothing on the page giving its year: no date is claimed, and the day
    # the dateline does give is what the person comparing by hand needs.
    page = POST.model_copy(
        update={"platform": Platform.WEB, "published": None, "fields": {"dateline (no year)": "Jan 21"}}
    )
    result = check_date(_given("Reuters reported the talks.", source=page))
    assert result.status == "warn"
    assert "only a dateline's day without its year (Jan 21)" in result.detail


def test_a_page_the_extractor_leaves_undated_says_why_for_the_comparison_by_hand() -> None:
    # A tag page cited as itself shows many days, each a story's it lists: "no publication date" alone sent
    # the person comparing looking for one among them.
    why = "the page calls itself a list of articles ('Tag: Kherson'): a day it shows is a story's it lists"
    page = POST.model_copy(update={"platform": Platform.WEB, "published": None, "fields": {"not dated": why}})
    result = check_date(_given("The city ledger's Kherson page.", source=page))
    assert result.status == "warn"
    assert f"the source shows no publication date; {why}: compare by hand" in result.detail


# --- a note dated to the month or the year only -------------------------------------------------------------

PAGE_URL = "https://www.ohchr.org/en/update"


def _dated_to(note: str, published: dt.datetime | None, day_only: bool = False) -> CheckInput:
    """A web page the note dates to a month or a year only, read as published at `published`."""
    footnote = Footnote(
        label="3", text=f"OHCHR, \u201cUpdate\u201d, {note}, {PAGE_URL}", line=40, urls=(PAGE_URL,)
    )
    citation = parse_citation(footnote).citation
    page = SourcePost(
        platform=Platform.WEB, url=PAGE_URL, author="OHCHR", published=published, published_day_only=day_only
    )
    return CheckInput(footnote=footnote, citation=citation, outcome=None, live=page, source=page)


def test_a_page_published_within_the_cited_month_passes_naming_the_month_and_that_no_day_was_given() -> None:
    result = check_date(_dated_to("January 2022", dt.datetime(2022, 1, 14, 9, 30, tzinfo=dt.UTC)))
    assert result.status == "pass"
    assert result.detail == (
        "the source was posted 2022-01-14 09:30 UTC, within January 2022 as cited (the note gives the month, "
        "not the day)"
    )
    assert (result.cited, result.found) == ("2022-01", "2022-01-14T09:30:00Z")


def test_a_page_published_outside_the_cited_month_fails_naming_both() -> None:
    # Skipped as "the citation gives no date", a page of March 2023 cited as of January 2022 went unremarked.
    result = check_date(_dated_to("January 2022", dt.datetime(2023, 3, 5, 10, tzinfo=dt.UTC)))
    assert result.status == "fail"
    assert result.detail.startswith(
        "cited January 2022 (the note gives the month, not the day); the source was "
    )
    assert "posted 2023-03-05 10:00 UTC, which is 2023-03-04 to 2023-03-06 across UTC\u221212..UTC+14" in (
        result.detail
    )


def test_a_page_of_the_month_s_edge_passes_in_the_zones_it_falls_within_the_month() -> None:
    # 23:30 UTC on 31 January is 1 February east of UTC+00:30: January in the west.
    late = check_date(_dated_to("January 2022", dt.datetime(2022, 1, 31, 23, 30, tzinfo=dt.UTC)))
    early = check_date(_dated_to("February 2022", dt.datetime(2022, 1, 31, 23, 30, tzinfo=dt.UTC)))
    assert late.status == early.status == "pass"
    assert "in some zones from UTC\u221212 to UTC+14" in early.detail
    outside = check_date(_dated_to("January 2022", dt.datetime(2022, 2, 1, 15, tzinfo=dt.UTC)))
    assert outside.status == "fail"


def test_a_page_within_or_outside_the_cited_year_passes_or_fails() -> None:
    inside = check_date(_dated_to("Annual report 2021", dt.datetime(2021, 6, 30, tzinfo=dt.UTC)))
    outside = check_date(_dated_to("Annual report 2021", dt.datetime(2022, 3, 1, tzinfo=dt.UTC)))
    assert (
        inside.status == "pass"
        and "within 2021 as cited (the note gives the year, not the day)" in inside.detail
    )
    assert outside.status == "fail" and outside.detail.startswith(
        "cited 2021 (the note gives the year, not the day)"
    )


def _dated_to_the_season(period: str, published: dt.datetime) -> CheckInput:
    """A web page a citations file dates to a season only (CSL's `[[2021, 24]]`: `2021-24`)."""
    given = _dated_to("2021", published)
    citation = given.citation.model_copy(update={"date_month_or_year": period})
    return dataclasses.replace(given, citation=citation)


def test_a_post_after_the_year_s_end_cited_as_winter_of_that_year_warns_not_fails() -> None:
    # Read as the year 2021, a post of 2022-01-15 cited as CSL's winter 2021 failed: winter 2021 may be
    # December 2021 to February 2022.
    result = check_date(_dated_to_the_season("2021-24", dt.datetime(2022, 1, 15, 12, tzinfo=dt.UTC)))
    assert result.status == "warn"
    assert result.detail.startswith(
        "the source was posted 2022-01-15 12:00 UTC, within December 2020 to February 2022, every reading "
        "of winter 2021 as cited (the note gives the season, not the day; winter 2021 may be the northern "
        "winter (December 2020 to February 2021 or December 2021 to February 2022) or the southern (June to "
        "August 2021): a wide span); compare by hand"
    )
    assert result.cited == "2021-24"


def test_a_post_outside_every_reading_of_the_cited_winter_or_summer_fails() -> None:
    winter = check_date(_dated_to_the_season("2021-24", dt.datetime(2022, 7, 1, 12, tzinfo=dt.UTC)))
    summer = check_date(_dated_to_the_season("2021-22", dt.datetime(2020, 11, 10, 12, tzinfo=dt.UTC)))
    assert winter.status == summer.status == "fail"
    assert winter.detail.startswith("cited winter 2021 (the note gives the season, not the day); the source")
    assert summer.detail.startswith("cited summer 2021 (the note gives the season, not the day); the source")


def test_a_note_s_winter_of_two_years_holds_the_post_to_december_to_february() -> None:
    # `Winter 2021-22` gave no date: a post of July 2022 went unremarked.
    inside = check_date(_dated_to("Winter 2021-22", dt.datetime(2022, 1, 15, 12, tzinfo=dt.UTC)))
    outside = check_date(_dated_to("winter 2021/2022", dt.datetime(2022, 7, 1, 12, tzinfo=dt.UTC)))
    assert inside.status == "pass"
    assert inside.detail == (
        "the source was posted 2022-01-15 12:00 UTC, within December 2021 to February 2022 as cited (the "
        "note gives the season, not the day)"
    )
    assert outside.status == "fail" and outside.detail.startswith(
        "cited December 2021 to February 2022 (the note gives the season, not the day)"
    )


def test_a_post_cited_as_spring_by_its_code_passes_within_march_to_november() -> None:
    inside = check_date(_dated_to_the_season("2021-21", dt.datetime(2021, 10, 1, 12, tzinfo=dt.UTC)))
    outside = check_date(_dated_to_the_season("2021-21", dt.datetime(2021, 1, 10, 12, tzinfo=dt.UTC)))
    assert inside.status == "pass" and "within spring 2021 as cited" in inside.detail
    assert outside.status == "fail"


def test_a_page_giving_only_its_day_passes_within_the_month_and_warns_a_day_outside_it() -> None:
    within = check_date(_dated_to("2022-01", dt.datetime(2022, 1, 31, tzinfo=dt.UTC), day_only=True))
    next_day = check_date(_dated_to("2022-01", dt.datetime(2022, 2, 1, tzinfo=dt.UTC), day_only=True))
    later = check_date(_dated_to("2022-01", dt.datetime(2022, 2, 5, tzinfo=dt.UTC), day_only=True))
    assert within.status == "pass" and within.detail.startswith("the source gives the day 2022-01-31, within")
    assert next_day.status == "warn" and "one day from it: a time zone may explain it" in next_day.detail
    assert later.status == "fail"


def test_a_page_showing_no_date_against_a_cited_month_warns_as_against_a_cited_day() -> None:
    result = check_date(_dated_to("January 2022", None))
    assert (result.status, result.cited) == ("warn", "2022-01")
    assert result.detail.startswith("the source shows no publication date")


def test_a_month_of_an_access_or_a_range_of_days_is_not_compared_as_the_source_s_month() -> None:
    published = dt.datetime(2023, 3, 5, 10, tzinfo=dt.UTC)
    accessed = check_date(_dated_to("accessed January 2022", published))
    assert (accessed.status, accessed.detail) == ("skip", "the citation gives no date")
    days = check_date(_dated_to("19\u201323 January 2022", published))
    assert days.status == "warn" and days.detail.startswith("the note gives a range of days")


def test_an_x_post_cited_to_a_month_is_held_to_it_by_its_status_id_when_not_read() -> None:
    # Status id 1484578123456789504 was made 2022-01-21 (DESIGN.md section 4).
    url = "https://twitter.com/user/status/1484578123456789504"
    footnote = Footnote(label="2", text=f"@user, Twitter, Jan. 2022. {url}", line=9, urls=(url,))
    citation = parse_citation(footnote).citation
    inside = check_date(CheckInput(footnote=footnote, citation=citation, outcome=None))
    assert (
        inside.status == "pass" and "(by the post's status id; the post itself was not read)" in inside.detail
    )
    other = citation.model_copy(update={"date_month_or_year": "2021-12"})
    assert check_date(CheckInput(footnote=footnote, citation=other, outcome=None)).status == "fail"


def test_a_passage_s_day_beside_a_note_of_a_month_warns_where_the_post_does_not_fall_on_it() -> None:
    url = "https://twitter.com/user/status/1484578123456789504"  # made 2022-01-21
    post = POST.model_copy(update={"platform": Platform.TWITTER, "url": url, "handle": "user"})

    def given(passage: str, read: bool) -> CheckInput:
        context = Context(line=7, text=f"{passage} User wrote on X: \u201c{QUOTE}\u201d", quotes=(QUOTE,))
        footnote = Footnote(
            label="2", text=f"@user, Twitter, Jan. 2022. {url}", line=9, urls=(url,), contexts=(context,)
        )
        source = post if read else None
        return CheckInput(
            footnote=footnote,
            citation=parse_citation(footnote).citation,
            outcome=None,
            live=source,
            source=source,
        )

    # Its year left out, the passage's day takes the month's.
    read = check_date(given("On January 23,", read=True))
    assert (
        read.status == "warn"
        and "the citing passage (line 7) says it was posted on 2022-01-23" in read.detail
    )
    assert check_date(given("On January 21,", read=True)).status == "pass"
    # Nothing read (the post's status id passes it): a passage's day within the month agrees with the note.
    assert check_date(given("On January 23,", read=False)).status == "pass"
    unread = check_date(given("On March 5, 2022,", read=False))
    assert unread.status == "warn"
    assert unread.detail == (
        "the note dates the post January 2022, but the citing passage (line 7) says 2022-03-05: "
        "compare by hand"
    )


def _docket(text: str, cited: dt.date) -> CheckResult:
    """A note citing a court's docket page that htmldate dated 21 January 2022 from its text, `text`."""
    url = "https://www.courtlistener.com/docket/60012345/harbour-lines-ltd-v-ministry-of-transport/"
    page = SourcePost(
        platform=Platform.WEB,
        url=url,
        published=dt.datetime(2022, 1, 21, tzinfo=dt.UTC),
        published_day_only=True,
        published_from="htmldate",
        text=text,
    )
    footnote = Footnote(label="1", text=f"Order, ECF No. 57 ({cited:%b. %d, %Y}), {url}", line=30)
    citation = Citation(platform=Platform.WEB, url=url, date=cited)
    return check_date(CheckInput(footnote=footnote, citation=citation, outcome=None, live=page, source=page))


ENTRIES = (
    "Document Number Date Filed Description 56 Jan 21, 2022 MEMORANDUM OPINION. Signed by Judge Ruth M. "
    "Okafor. 57 Jan 24, 2022 ORDER directing the Ministry to file a status report within 30 days. 58 Feb 14, "
    "2022 NOTICE of Voluntary Dismissal."
)


def test_a_docket_entry_cited_by_its_own_day_warns_where_htmldate_s_first_day_failed_it() -> None:
    # htmldate dates a docket by its first entry's day: the order of 24 January, cited so, failed as a wrong
    # day ("cited 2022-01-24; the source gives 2022-01-21 (htmldate)") on a page that lists it on its day.
    result = _docket(ENTRIES, dt.date(2022, 1, 24))
    assert result.status == "warn", result.detail
    assert result.detail == (
        "cited 2022-01-24; the source gives 2022-01-21 (htmldate), a day read from the page's text, which "
        "gives 2022-01-24 too: a page of several dated entries? Compare by hand"
    )
    # A day the page gives nowhere still fails; so does one where the day came from the page's metadata.
    assert _docket(ENTRIES, dt.date(2022, 1, 25)).status == "fail"
    assert _docket(ENTRIES.replace("Jan 24, 2022", "Jan 23, 2022"), dt.date(2022, 1, 24)).status == "fail"
    # The page's text is untrusted: its days are read from a bounded opening, fast.
    started = time.process_time()
    assert _docket("Jan 21, 2022 " + "1, 2, 3, " * 30_000 + ENTRIES, dt.date(2022, 1, 24)).status == "fail"
    assert time.process_time() - started < 2.0


def test_a_time_the_citing_passage_gives_the_post_in_a_zone_it_names_is_compared() -> None:
    # `At 04:10 Kyiv time the Air Force wrote: «…»` of a post of 09:15 UTC passed on the note's day alone:
    # the report's time was never compared, and the footnote came out verified.
    wrong = _given(f"At 04:10 Kyiv time the channel wrote: \u201c{QUOTE}\u201d")
    result = check_date(wrong)
    assert result.status == "warn", result.detail
    assert result.detail == (
        "posted 2022-01-21 09:15 UTC: 2022-01-21 from UTC\u221209:15 to UTC+14:00, but the citing passage "
        "(line 7) gives it the time 04:10 Kyiv time, 02:10 UTC: compare by hand"
    )
    # The post's own time passes, in English, Russian or Ukrainian words, a day either side of the note's.
    for passage in (
        f"At 11:15 Kyiv time the channel wrote: \u201c{QUOTE}\u201d",
        f"The bridge held. At 12:15 Moscow time on 21 January Rybar wrote: \u201c{QUOTE}\u201d",
        "\u0412 12:15 \u043c\u0441\u043a \u0420\u044b\u0431\u0430\u0440\u044c "
        f"\u043d\u0430\u043f\u0438\u0441\u0430\u043b: \u00ab{QUOTE}\u00bb",
        f"At 9:15 am UTC Rybar wrote: \u201c{QUOTE}\u201d",
        f"Rybar wrote at 12:15 Moscow time: \u201c{QUOTE}\u201d",
    ):
        assert check_date(_given(passage)).status == "pass", passage
    # A time with no zone, or one further on in the sentence (what the post reports), is not the post's.
    for passage in (
        f"At 04:10 the channel wrote: \u201c{QUOTE}\u201d",
        f"Rybar wrote that at 04:10 Kyiv time \u201c{QUOTE}\u201d",
        f"At 04:10 Kyiv time the bridge was hit. Rybar wrote: \u201c{QUOTE}\u201d",
        f"When the alert ended at 04:10 Kyiv time, Rybar wrote: \u201c{QUOTE}\u201d",
        f"At 04:10 Kyiv time the alert ended, and at 11:15 Kyiv time Rybar wrote: \u201c{QUOTE}\u201d",
    ):
        assert check_date(_given(passage)).status == "pass", passage
    # After the speaker's verb, or after the day, it is the post's time as well.
    for passage in (
        f"The channel wrote at 04:10 Kyiv time: \u201c{QUOTE}\u201d",
        f"On 21 January at 04:10 (Kyiv time) the channel wrote: \u201c{QUOTE}\u201d",
    ):
        assert check_date(_given(passage)).status == "warn", passage


def test_a_republished_press_release_cited_on_its_dateline_s_day_warns_where_it_failed() -> None:
    # Yahoo Finance's copy of a PR Newswire release, loaded three days later, failed a note dating the
    # release as issued, though the copy's text carries the release's dateline of that day.
    for dateline, shown in (
        (
            "NEW YORK, Jan. 21, 2022 /PRNewswire/ -- Harbour Lines Ltd. today announced",
            "Jan. 21, 2022 /PRNewswire/",
        ),
        ("TORONTO, Jan. 21, 2022 (GLOBE NEWSWIRE) -- Harbour Lines", "Jan. 21, 2022 (GLOBE NEWSWIRE)"),
        ("NEW YORK, NY / ACCESSWIRE / January 21, 2022 / Harbour Lines", "/ ACCESSWIRE / January 21, 2022"),
    ):
        result = _republished(dateline, dt.date(2022, 1, 21))
        assert result.status == "warn", (dateline, result.detail)
        assert result.detail.endswith(
            f"; its text carries a press release's dateline of the cited day ({shown!r}): the release was "
            "issued then, this copy came out later; compare by hand"
        ), result.detail
    # Another day than the dateline's still fails; so does a dateline's day without a newswire's tag.
    assert _republished("NEW YORK, Jan. 21, 2022 /PRNewswire/ --", dt.date(2022, 1, 19)).status == "fail"
    assert _republished("NEW YORK, Jan. 21, 2022 -- Harbour Lines", dt.date(2022, 1, 21)).status == "fail"


_VIDEO = "https://www.youtube.com/watch?v=kQ3m9VvT2xA"
_INTERVIEW = SourcePost(
    platform=Platform.YOUTUBE,
    url=_VIDEO,
    post_id="kQ3m9VvT2xA",
    author="Second Opinion with Dr. Lena Varga",
    published=dt.datetime(2024, 12, 3, 17, 0, 11, tzinfo=dt.UTC),
    published_from="microdata datePublished",
    title="Vitamin A: what they don't tell parents",
)


def _video_cited_at(time_code: str, link: str) -> CheckInput:
    note = f"Second Opinion, \u201cVitamin A\u201d, YouTube, 3 December 2024, {time_code}, {link}"
    footnote = Footnote(
        label="1",
        text=note,
        line=30,
        urls=(link,),
        contexts=(Context(line=7, text="She said \u201cparents have been lied to\u201d.", quotes=()),),
    )
    return CheckInput(
        footnote=footnote,
        citation=parse_citation(footnote).citation,
        outcome=None,
        live=_INTERVIEW,
        source=_INTERVIEW,
    )


def test_a_video_cited_at_its_link_s_time_code_is_dated_by_its_day_not_that_time_of_day() -> None:
    # `at 3:14` beside a link starting the video at 194 seconds is a place in the video: read as the time of
    # day, a video posted at 17:00 UTC warned that 03:14 was its time in no zone.
    for time_code, link in (
        ("at 3:14", f"{_VIDEO}&t=194s"),
        ("at 3:14", f"{_VIDEO}&t=194"),
        ("at 3:14", f"{_VIDEO}&t=3m14s"),
        ("from 1:05", f"{_VIDEO}&t=3900"),  # an hour and five minutes into a long video
        ("at 3:14", "https://youtu.be/kQ3m9VvT2xA?t=194"),
        ("at 3:14", f"{_VIDEO}#t=3:14"),
    ):
        result = check_date(_video_cited_at(time_code, link))
        assert result.status == "pass", (time_code, link, result.detail)
        assert result.detail.startswith("posted 2024-12-03 17:00 UTC (microdata datePublished)")
    # A time of day the link does not start the video at is still compared as the post's.
    result = check_date(_video_cited_at("at 3:14", f"{_VIDEO}&t=200s"))
    assert result.status == "warn"
    assert "the note gives 03:14 on 2024-12-03" in result.detail


def test_a_preprint_s_year_written_as_its_first_day_is_no_day_to_fail_the_cited_one() -> None:
    # medRxiv's `citation_publication_date` is `2024/01/01` for a preprint posted 28 February 2024: read as a
    # day, the note's true day failed.
    preprint = SourcePost(
        platform=Platform.WEB,
        url="https://www.medrxiv.org/content/10.1101/2024.02.27.24303412v1",
        author="Kwame Osei, Abena Mensah, Ibrahim Yakubu",
        published=dt.datetime(2024, 1, 1, tzinfo=dt.UTC),
        published_day_only=True,
        published_from="meta citation_publication_date",
        title="Vitamin A supplementation and measles case fatality",
    )
    citation = Citation(platform=Platform.WEB, url=preprint.url, date=dt.date(2024, 2, 28))
    result = check_date(_given("A cohort study found that vitamin A helps.", citation, preprint))
    assert result.status == "warn"
    assert result.detail == (
        "cited 2024-02-28; the source gives 2024-01-01 (meta citation_publication_date), the first day of "
        "its year, as scholarly pages write a year alone (a preprint server's, a journal issue's): "
        "2024-02-28 is in 2024; compare by hand"
    )
    # Another year's first day, or the first day read from the page's own metadata, still fails.
    citation = citation.model_copy(update={"date": dt.date(2023, 2, 28)})
    passage = "A cohort study found that vitamin A helps."
    assert check_date(_given(passage, citation, preprint)).status == "fail"
    dated = preprint.model_copy(update={"published_from": "JSON-LD datePublished"})
    citation = citation.model_copy(update={"date": dt.date(2024, 2, 28)})
    assert check_date(_given(passage, citation, dated)).status == "fail"
