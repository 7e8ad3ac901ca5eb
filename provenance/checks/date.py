"""`date`: was the source published on the cited day, in some time zone from UTC-12 to UTC+14?

A post made at 23:30 UTC on 20 January is 21 January from UTC+01:00 eastwards: cited as 21 January, it passes.
A time the note gives beside the day is compared too: with a zone (`January 22, 2022, 02:30 UTC`) it is one
moment, and the post must have been made then, give or take the minute shown (`find_time` reads the zones
of one offset on the day, `20:15 мск`, `JST`; a name it leaves, `9:15 EST`, may mean a few: Eastern summer
time, Chicago's or Beijing's `CST`: one of them; a zone's name read in neither, `9:15 CLT`, confirms no
time; a place's time, `18:30 Washington time`, `18:30 (New York)`, `18:30, Kyiv`, or an IANA zone,
`18:30 America/New_York`, is that zone's on the day, its summer time included; `midnight UTC` may open the
day or close it: either moment); without one (`14:05`) it must be the post's time in some zone from UTC-12
to UTC+14. Else the day's pass becomes a warning: a post of 23:30 UTC on 21 January cited as of 02:30 UTC on
the 22nd passed as the 22nd east of UTC. So is a day the note gives in a zone it names, no time given (`22
January 2022 (UTC)`, `22.01.2022 (мск)`, `22 January 2022, Kyiv time`): that zone's day, where any zone's
passed a post of 01:00 UTC on the 23rd. Only a platform's post: a web page shows the time of its latest
update as often as its publication's.
An access date is never compared, nor the day a page is cited as it stood on (`as of March 5, 2023`, `Stand:
05.03.2023`): the citation's `date` is its publication date. A note that gives only a bound of it (`before
January 23, 2022`, `since January 21, 2022`, `week of January 17, 2022`, `on the eve of January 22, 2022`) is
neither confirmed nor contradicted by the post's day: a warning, where the day alone passed a post of the 23rd
and failed one of the 21st; so does one that dates the post to no one day (`January 21, 2022 \u2013 February
3, 2022`, `21 or 22 January 2022`: `citations.dates` reads no date, and `schema` asks the writer for the day),
where it was skipped as a note without one, saying nothing of the post's time. One that gives a day only near
it (`c. January 21, 2022`, `January 23, 2022?`) passes on that day and warns on another. One that calls its
day a weekday it is not (`Friday, January 23, 2022`, a Sunday) warns where the day passed: its day or its
weekday is wrong; so does one whose Lunar Hijri date falls more than two days from its day by the tabular
calendar (`18 Jumada al-Akhirah 1443 (25 January 2022)`); one whose only date is a Lunar Hijri one
(`18 Jumada al-Akhirah 1443`, read as no date, where the check was skipped) warns where the post falls within
three days of that tabular day, and fails where it falls further in every zone. One that dates the post to
the night before its day (`в ночь на 22 января 2022`, `overnight into January 22, 2022`: the eve to noon on
the day) warns where the
post was made after that noon in every zone, where the day passed it. A web page's time does not date one
entry of a live blog the note cites (`…/live/…#block-61ea…`, `?post=123`): the day passes only as a warning,
and a later day's failure is one too. A live blog's page (its `LiveBlogPosting`, read by the web extractor
with its span and its entries) cited on a day from its start to its latest update passes where an entry of
that day holds the quoted words, or is the entry its address names (`#block-61eb…`, as the blog's
JSON-LD gives each entry's), and warns where none does, where its first day alone failed it; a day
outside its span fails. A document's day, its number beside it (`Федеральный закон от 21.01.2022
№ 5-ФЗ`: `citations.dates` reads it as the note's only where it gives no other), is no platform post's day:
a pass warns, as does a failure where the source is later (a page of the document, dated by it, passes).

A live blog's entry a note names by its time alone (`BBC live, 12 March 2024, 14:05 GMT`, the blog's own
address: `live_blogs.entry_at_the_note_s_time`) dates it, and a time no entry is of warns. A web page's
warning where the note's day is the one the page was updated on (`article:modified_time`, a Korean page's
`수정` line) says so.

The report's body may date the post too (`On January 22, Dmitry Medvedev wrote on Telegram: “…”`): a day the
citing passage plainly gives the quoted words (`locate.speakers.quote_day`; its year, when left out, the
note's), or a weekday it gives them (`"…," Rybar wrote Sunday`: no date, a day the post must fall on), that
a platform post's time does not fall on in any zone warns, where the note's day alone passed (each passage's,
where two give different days: one of them is not the post's). A
web page is left out: the speaker an article quotes may have said it days before it was published. A time
of day the quote's sentence gives before the quote, in a zone it names (`At 04:10 Kyiv time the Air Force
wrote: «…»`, `Rybar wrote at 00:30 Moscow time:`), must be the platform post's, give or take two
minutes, on the note's day or either side of it, or the day's pass warns; not one of two clocks, nor one
after `that` or `when` (the time of what the post reports). With no
source read (`--offline`, `--lint`, a deleted post), a passage's day other than the note's warns: the report
contradicts itself.

A note that dates the source to a month or a year only (`January 2022`, `Annual report 2021`: the
citation's `date_month_or_year`) passes where the source falls within it in some zone from UTC-12 to UTC+14,
the detail saying the note gives no day (`schema` warns of that), and fails where it falls outside it in
every zone, where the check was skipped as of a note without a date; a source that gives only its day warns a
day outside it.

A note that gives two days as plainly (`Report on the 21 January 2022 strike, Telegram, 25 January 2022`: an
unquoted title's day first) confirms neither by itself: the day the source falls on warns, as does the first
day's failure where the source falls on the other.

A page that names two publication times days apart (its JSON-LD and its `article:published_time`, say)
confirms neither: the day that matches the note's warns, the other's too (where the first read alone
failed it); so does a day a web page's text says it was originally published on (`This story was originally
published by ProPublica on Jan. 21, 2022`: a republication's metadata gives the day it was loaded), where
it failed; so does a day a press release's dateline gives beside a newswire's tag in a copy another site
republished later (`NEW YORK, Jan. 21, 2022 /PRNewswire/ --`), and a day a page's text gives beside the one
htmldate guessed from it (a docket's entries: htmldate takes the first). Nor does a time more than a day
after the capture
that read it (a placeholder, a mistyped year): the page was not published then.

A web page's day that htmldate read from a date written in numbers whose day and month could swap
(`12/03/2024`: 12 March or 3 December), where nothing on the page says which order it writes
(`numeric_days`), confirms neither reading: a pass, or a failure within a day of the other reading, warns
naming both. A note's own such date, which its parse gives no day for, is held to the source on both
readings: a failure where the source is of neither day, else a warning naming the reading it confirms,
where the check was skipped as of a note without a date.

With no post read (`--offline`, `--lint`, a deleted post), an X post's time is its status id's (a
snowflake, DESIGN.md section 4): a note's day it falls on in no zone fails, where the check was skipped; one
only a version edited within the hour after could fall on warns.

A forwarded Telegram post's time is the forward's, which the detail says. A note that names the forwarded
post's original author means the original post, posted then or earlier but not captured: its day is
confirmed by nothing, and contradicted only when it is later than the forward.

An edited X post's versions each have an id, and a time, of their own (`edit_tweet_ids`, made within the hour
X allows edits in), and every version's link leads to the one post: the note's time may be any version's. A
zone named after the note's day, its time written before it (`6:30 PM · Jan 21, 2022 (UTC)`, X's way of
showing a post's time, the zone added), is that time's.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import functools
import itertools
import re
from dataclasses import replace
from urllib.parse import urlsplit

from provenance.checks.author import cites_the_forwarded_author, forward_of_another, forwarder
from provenance.checks.interface import CheckInput
from provenance.checks.live_blogs import (
    LiveBlogEntry,
    cited_live_blog_entry,
    entry_at_the_note_s_time,
    live_blog_entries,
    live_blog_entry,
)
from provenance.checks.matching import find_quote, link_time_code
from provenance.checks.wiki_edits import dated_by_the_compared_revision
from provenance.citations.dates import (
    SEASON_CODES,
    CitedTime,
    find_date,
    find_time,
    find_zoned_day,
    is_document_date,
    lunar_hijri_date,
    lunar_hijri_day,
    month_or_year_in_words,
    other_days,
)
from provenance.citations.parse import uncited_links
from provenance.citations.platforms import snowflake_time
from provenance.locate.speakers import WEEKDAYS, quote_day
from provenance.models import CheckResult, CheckStatus, Platform, SourcePost
from provenance.numeric_days import READ_ONE_WAY, READ_TWO_WAYS, both_readings_said, readings
from provenance.patterns import on_first_use
from provenance.quotes import blank_quotes
from provenance.urls import blank_urls
from provenance.zones import NAMED_ZONES, SPELLED_ZONES

_WEST = dt.timedelta(hours=-12)
_EAST = dt.timedelta(hours=14)
_MINUTE = dt.timedelta(minutes=1)


def _zone(minutes: int) -> str:
    sign = "+" if minutes >= 0 else "\u2212"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _utc(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _result(status: CheckStatus, detail: str, cited: dt.date, found: str | None) -> CheckResult:
    return CheckResult(name="date", status=status, detail=detail, cited=cited.isoformat(), found=found)


def check_date(given: CheckInput) -> CheckResult:
    result = _dated_by_a_live_blog_s_entry(given, _check_note_date(given))
    result = _dated_by_a_press_conference_s_title(given, result)
    # A wiki's diff to the article's current revision (`diff=cur&oldid=N`): the note's day held to N's too.
    result = dated_by_the_compared_revision(given, result, _a_page_time_on)
    result = _passed_by_the_online_first_day(given, result)
    result = _passed_by_the_day_a_report_was_signed(given, result)
    result = _passed_by_the_day_a_gazette_entry_s_title_dates_it(given, result)
    result = _unconfirmed_by_a_page_of_two_dates(given.source, result)
    result = _unfailed_by_the_page_s_other_publication_day(given, result)
    result = _unfailed_by_an_original_publication_day(given, result)
    result = _unfailed_by_a_guessed_day_among_the_page_s(given, result)
    result = _unfailed_by_a_press_release_s_dateline(given, result)
    result = _unconfirmed_by_a_numeric_day_read_two_ways(given, result)
    result = _unconfirmed_by_a_time_after_the_capture(given, result)
    result = _unconfirmed_by_a_day_not_given_as_the_post_s(given, result)
    result = _unconfirmed_by_a_night_the_post_is_after(given, result)
    result = _unconfirmed_by_a_live_blog_s_entry(given, result)
    result = _unconfirmed_by_the_entry_holding_the_quote(given, result)
    result = _dated_by_the_entry_of_the_note_s_time(given, result)
    result = _unconfirmed_by_a_document_s_day(given, result)
    result = _unconfirmed_by_a_note_of_two_days(given, result)
    result = _unconfirmed_by_a_weekday_the_day_is_not(given, result)
    result = _unconfirmed_by_a_lunar_hijri_day_far_from_it(given, result)
    result = _passed_by_a_version_s_day(given, result)
    result = _unfailed_by_an_update_s_day(given, result)
    result = _warned_of_an_update_s_day(given, result)
    source, cited = given.source_read, given.citation.date
    period = given.citation.date_month_or_year if cited is None else None
    compared = result.status == "pass" or (source is None and (cited or period) is not None)
    # On a web page the speaker is often someone the article quotes, who may have said it days before.
    passages = _passage_days(given) if compared and given.on_a_platform else ()
    if source is None:
        if result.status in ("fail", "warn"):
            return result  # an X post's id said its time (`_dated_by_the_status_id`): already the finding
        # Nothing to read (`--offline`, `--lint`, a deleted post): the report against itself. A note of a
        # month or a year only (`date_month_or_year`): a passage's day outside it.
        unlike: tuple[dt.date | str, int] | None
        if period is not None:
            first, last = _period_bounds(period)
            noted = month_or_year_in_words(period)
            unlike = next(
                (
                    (day, line)
                    for day, line in passages
                    if isinstance(day, dt.date) and not first <= day <= last
                ),
                None,
            )
        else:
            noted = str(cited)
            unlike = next(((day, line) for day, line in passages if not _is_the_day(cited, day)), None)
        if unlike is None:
            return result
        day, line = unlike
        detail = (
            f"the note dates the post {noted}, but the citing passage (line {line}) says {day}: "
            "compare by hand"
        )
        return result.model_copy(update={"status": "warn", "detail": detail, "cited": period or str(cited)})
    # Each passage's day: where two disagree, one is not the post's.
    unlike = next(((day, line) for day, line in passages if not _falls_on_the_day(source, day)), None)
    if unlike is None:
        return _unconfirmed_by_a_passage_s_time(given, source, result) if compared else result
    day, line = unlike
    detail = (
        f"{result.detail}, but the citing passage (line {line}) says it was posted on {day}: compare by hand"
    )
    return result.model_copy(update={"status": "warn", "detail": detail})


# A time of day the citing passage gives in the quote's sentence, before the quote, in a zone it names (`At
# 04:10 Kyiv time the Air Force wrote: "..."`, `The Air Force wrote at 04:10 Kyiv time:`, `On 22 January at
# 04:10 (Kyiv time), ...`; Russian's and Ukrainian's words for `at`, `\u0412` and `\u041e`, before `04:10
# \u043c\u0441\u043a` or `04:10 Kyiv time` in their words): the clock and what may name its zone after it,
# which `find_time` reads beside a day. Not one of two clocks, nor one after a word that opens what the post
# said or when something else happened (`Rybar wrote that at 04:10 the bridge was hit`, `When the alert
# ended at 04:10, ...`): the time of what the post reports.
_PASSAGE_TIME = on_first_use(
    r"(?<![^\W\d_])(?:[Aa]t|\u0412|\u0432|\u041e|\u043e)\s(?P<clock>\d{1,2}[:.]\d{2}(?:\s?[ap]\.?m\.?)?)"
    r"(?=(?P<after>[^\n]{0,40}))"  # looked at, not taken: a second clock in it is counted
)
_REPORTED_BEFORE = on_first_use(
    r"(?<![^\W\d_])(?:that|when|after|before|until|since|\u0447\u0442\u043e|\u043a\u043e\u0433\u0434\u0430"
    r"|\u0449\u043e|\u043a\u043e\u043b\u0438)(?![^\W\d_])",
    re.IGNORECASE,
)
_SENTENCE_ENDS = (". ", "! ", "? ", "\n", "\u2026 ")


def _passage_time(text: str, quote: str, cited: dt.date) -> tuple[str, CitedTime] | None:
    """The time, in a zone it names, that `text` gives before `quote` in the sentence quoting it
    (`_PASSAGE_TIME`), as written and as read on the note's day `cited`; None where it gives none so."""
    at = text.find(quote)
    if at < 0:
        return None
    before = blank_quotes(text[:at])
    # The sentence's opening: after the last stop before the quote, outside other quotes.
    start = max(before.rfind(end) + len(end) if before.rfind(end) >= 0 else 0 for end in _SENTENCE_ENDS)
    clocks = list(itertools.islice(_PASSAGE_TIME().finditer(before, start), 2))
    if len(clocks) != 1:
        return None  # none, or two: which is the post's?
    (clock,) = clocks
    if _REPORTED_BEFORE().search(before, start, clock.start()) is not None:
        return None
    written = f"{clock['clock']}{clock['after']}"
    read = find_time(f"{cited:%d %B %Y}, {written}", cited)
    if read is None or read.zone is None:
        return None  # no zone named: any zone's clock
    return f"{clock['clock']} {read.zone}", read


def _unconfirmed_by_a_passage_s_time(
    given: CheckInput, source: SourcePost, result: CheckResult
) -> CheckResult:
    """A platform post's pass turned into a warning where a citing passage gives the post a time, in a zone
    it names, that it was not posted at (`At 04:10 Kyiv time the Air Force wrote: \u00ab\u2026\u00bb` of a
    post of 00:55 UTC, 02:55 in Kyiv): the note's day passed, and the report's time was never compared. The
    clock is read on the note's day or either side of it, as the passage gives no day of its own: the day
    is the day check's."""
    cited, published = given.citation.date, source.published
    if result.status != "pass" or cited is None or published is None or source.published_day_only:
        return result
    for context, quote in given.passage_quotes:
        found = _passage_time(context.text, quote, cited)
        if found is None:
            continue
        written, read = found
        shift = (dt.timedelta(days=step) for step in (-1, 0, 1))
        moments = [moment + step for step in shift for moment in _readings(read)]
        if any(abs(published - moment) <= _TIME_GRACE for moment in moments):
            continue
        detail = (
            f"{result.detail}, but the citing passage (line {context.line}) gives it the time {written}, "
            f"{read.at:%H:%M} UTC: compare by hand"
        )
        return result.model_copy(update={"status": "warn", "detail": detail})
    return result


def _unconfirmed_by_a_page_of_two_dates(source: SourcePost | None, result: CheckResult) -> CheckResult:
    """A pass turned into a warning where the page names another publication time days away (its JSON-LD
    and its `article:published_time` disagree, say): the note's day matches one of them, and which one is
    the page's is for a person to see."""
    other = source.fields.get("other publication time") if source is not None else None
    if result.status != "pass" or not other:
        return result
    detail = f"{result.detail}, but the page also gives {other}: compare by hand"
    return result.model_copy(update={"status": "warn", "detail": detail})


def _a_page_time_on(written: str, cited: dt.date) -> bool:
    """Whether a time a page gives (`written`, as its metadata or `<time>` writes it) falls on the cited day:
    a day alone is that day, a moment is on it in some zone the date check allows (`_zones_on`)."""
    from provenance.extractors.pages import parse_published  # here: only a failed page's other days are read

    when = parse_published(written, midnight_is_a_day=True)
    if when is None:
        return False
    return when.at.date() == cited if when.day_only else _zones_on(when.at, cited) is not None


def _a_web_page_s_failure(given: CheckInput, result: CheckResult) -> tuple[dt.date, SourcePost] | None:
    """(the note's day, the source read) where `result` fails a web page's date, the case the rules after
    the check look at again (a page's other days, a live blog's span); None otherwise."""
    cited, source = given.citation.date, given.source_read
    if cited is None or source is None or result.status != "fail" or given.on_a_platform:
        return None
    return cited, source


def _unfailed_by_the_page_s_other_publication_day(given: CheckInput, result: CheckResult) -> CheckResult:
    """A web page's failure turned into a warning where the note's day is that of the other publication time
    the page names (`fields["other publication time"]`: its byline's `<time class="published">` beside
    its JSON-LD's, or its `article:published_time` beside its JSON-LD's, days apart): the note copied the
    day the page shows, and which of the two is its publication's is for a person to see, as where the
    note's day is the first's (`_unconfirmed_by_a_page_of_two_dates`). It failed, the first read alone."""
    failed = _a_web_page_s_failure(given, result)
    if failed is None:
        return result
    cited, source = failed
    other = source.fields.get("other publication time")
    if not other or not _a_page_time_on(other.rsplit(" (", 1)[0].strip(), cited):
        return result
    detail = (
        f"{result.detail}; the page also gives {other}, which is the cited day: which is its publication's? "
        "compare by hand"
    )
    return result.model_copy(update={"status": "warn", "detail": detail})


# The words a republished article's line says it first came out with (`This article was originally published
# on January 21, 2022`, `First published by ProPublica on Jan. 21, 2022`, `Publié initialement le …`,
# `Erstmals veröffentlicht am …`, `Publicado originalmente el …`, `Впервые опубликовано …`), and how far
# after them its day is looked for. Every quantifier bounded.
_ORIGINALLY = (
    r"(?<!\w)(?:(?:originally|first)\s{1,3}(?:published|appeared|posted|ran)|publi[ée]e?\s{1,3}initialement"
    r"|initialement\s{1,3}publi[ée]e?|erstmals\s{1,3}(?:veröffentlicht|erschienen)|zuerst\s{1,3}erschienen"
    r"|publicad[oa]\s{1,3}originalmente|originalmente\s{1,3}publicad[oa]"
    r"|впервые\s{1,3}опубликован(?:о|а)?|вперше\s{1,3}опубліковано)(?!\w)"  # noqa: RUF001
)
_ORIGINAL_DAY_REACH = 80
_MAX_ORIGINAL_LINES = 20


def _unfailed_by_an_original_publication_day(given: CheckInput, result: CheckResult) -> CheckResult:
    """A web page's failure turned into a warning where the page's text says it was originally published on
    the note's day (`This article was originally published on January 21, 2022`): the page is a later
    copy (a republication, a migrated archive), dated by its metadata the day it was loaded here, and a
    note citing the article's own day failed as a wrong day. Read only on such a failure."""
    failed = _a_web_page_s_failure(given, result)
    if failed is None:
        return result
    cited, source = failed
    text = source.text or ""
    folded = text.casefold()
    if not any(stem in folded for stem in ("originally", "first", "initialement", "erstmals", "zuerst")) and (
        not any(stem in folded for stem in ("originalmente", "впервые", "вперше"))
    ):
        return result
    for count, label in enumerate(_qualifying_words(_ORIGINALLY).finditer(text)):
        if count >= _MAX_ORIGINAL_LINES:
            break
        found = find_date(text[label.end() : label.end() + _ORIGINAL_DAY_REACH])
        if found.date != cited or found.ambiguous or found.in_a_range:
            continue
        detail = (
            f"{result.detail}; the page says it was {label.group(0).lower()} on {found.text!r}, the cited "
            "day: this copy came out later; compare by hand"
        )
        return result.model_copy(update={"status": "warn", "detail": detail})
    return result


def _unfailed_by_a_guessed_day_among_the_page_s(given: CheckInput, result: CheckResult) -> CheckResult:
    """A web page's failure turned into a warning where its day is only htmldate's guess from the page's text
    and that text gives the note's day as plainly beside it: a court's docket, a list of dated entries (`56
    Jan 21, 2022 MEMORANDUM OPINION \u2026 57 Jan 24, 2022 ORDER \u2026`), whose first day htmldate took for
    the page's. A note citing one entry by its day failed as a wrong day; which day is the cited thing's is
    for a person to see. Read only on such a failure; the page's days are read as a note's are
    (`other_days`), from the opening of its text a page's dates are looked for in."""
    failed = _a_web_page_s_failure(given, result)
    if failed is None:
        return result
    cited, source = failed
    if source.published_from != "htmldate" or source.published is None:
        return result
    guessed = source.published.date()
    if cited not in other_days((source.text or "")[:_GUESSED_DAY_TEXT], guessed):
        return result
    detail = (
        f"{result.detail}, a day read from the page's text, which gives {cited} too: a page of several dated "
        "entries? Compare by hand"
    )
    return result.model_copy(update={"status": "warn", "detail": detail})


def _unconfirmed_by_a_numeric_day_read_two_ways(given: CheckInput, result: CheckResult) -> CheckResult:
    """A web page's pass, or its failure where the note's day is a day or less from the other reading,
    turned into a warning where its day is htmldate's reading of a date the page writes in numbers whose day
    and month could swap (`12/03/2024`: 12 March or 3 December) and nothing on the page says which order
    it writes (`fields[READ_TWO_WAYS]`, `numeric_days`): htmldate reads them day first everywhere, and a US
    page's 3 December failed a true note and passed one citing 12 March. A failure on both readings stays
    one, saying so. A day read in the page's order (`fields[READ_ONE_WAY]`) is said to be."""
    source, cited = given.source_read, given.citation.date
    if source is None or cited is None or result.status == "skip":
        return result
    read = source.fields.get(READ_ONE_WAY)
    if read:  # read in the page's order: said, as the page shows the day in numbers
        return result.model_copy(update={"detail": f"{result.detail}; the page writes it {read}"})
    written = source.fields.get(READ_TWO_WAYS)
    both = readings(written) if written else None
    if both is None:
        return result
    said = f"the page's {written} reads {both_readings_said(written or '')}, day or month first"
    if result.status == "fail" and all(abs(day - cited) > _ONE_DAY for day in both):
        return result.model_copy(update={"detail": f"{result.detail}; {said}: neither is the cited day"})
    detail = f"{result.detail}; but {said}, and nothing on the page says which: check which"
    return result.model_copy(update={"status": "warn", "detail": detail})


_ONE_DAY = dt.timedelta(days=1)


# A newswire's tag in a press release's dateline (`NEW YORK, Jan. 21, 2022 /PRNewswire/ --`, `(GLOBE
# NEWSWIRE)`, `/CNW/`, `/EINPresswire.com/`, `/ ACCESSWIRE / January 21, 2022 /`): the day beside it is the
# release's, which every site that republishes it keeps in its text.
_NEWSWIRE_TAG = (
    r"/\s?PRNewswire(?:-PRWeb)?\s?/|\(GLOBE NEWSWIRE\)|/\s?CNW\s?/|/\s?EINPresswire\.com\s?/"
    r"|/\s?ACCESSWIRE\s?/|\(BUSINESS WIRE\)"
)
_DATELINE_REACH = 40
_MAX_DATELINES = 5


def _unfailed_by_a_press_release_s_dateline(given: CheckInput, result: CheckResult) -> CheckResult:
    """A web page's failure turned into a warning where its text carries a press release's dateline of the
    note's day (`NEW YORK, Jan. 21, 2022 /PRNewswire/ -- \u2026` on Yahoo Finance's copy of 24 January): the
    note dated the release, as issued; the page that republished it is dated the day it was loaded. Which
    one the note means is for a person to see. Read only on such a failure."""
    failed = _a_web_page_s_failure(given, result)
    if failed is None:
        return result
    cited, source = failed
    text = source.text or ""
    if "wire" not in text.casefold() and "CNW" not in text:
        return result
    for count, tag in enumerate(_qualifying_words(_NEWSWIRE_TAG).finditer(text)):
        if count >= _MAX_DATELINES:
            break
        before = text[max(0, tag.start() - _DATELINE_REACH) : tag.start()]
        after = text[tag.end() : tag.end() + _DATELINE_REACH]
        for side in (before, after):
            found = find_date(side)
            if found.date != cited or found.ambiguous or found.in_a_range:
                continue
            wire = tag.group(0).strip()
            dateline = f"{found.text} {wire}" if side is before else f"{wire} {found.text}"
            detail = (
                f"{result.detail}; its text carries a press release's dateline of the cited day "
                f"({dateline!r}): the release was issued then, this copy came out later; compare by hand"
            )
            return result.model_copy(update={"status": "warn", "detail": detail})
    return result


# How much of a page's text is read for the days beside htmldate's (a docket's first entries).
_GUESSED_DAY_TEXT = 20_000


# How far after the capture a source's time may be and still be its publication's: a page's clock or zone
# that is wrong by some hours (a local time written as UTC), or a day given without its zone.
_AFTER_THE_CAPTURE = dt.timedelta(days=1)


def _memento_time(memento_datetime: str) -> dt.datetime | None:
    """An archived copy's `Memento-Datetime` (an HTTP date), in UTC; None when it is none."""
    try:
        made = email.utils.parsedate_to_datetime(memento_datetime)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    return made.replace(tzinfo=dt.UTC) if made.tzinfo is None else made.astimezone(dt.UTC)


def _unconfirmed_by_a_time_after_the_capture(given: CheckInput, result: CheckResult) -> CheckResult:
    """A pass turned into a warning where the source's time is later than the capture that read it (this
    run's, or the archive's of the copy read): a page whose metadata names a day to come (a placeholder, a
    year mistyped) was not published then, and a note dated that day copied it."""
    source, capture = given.source, given.capture
    if result.status != "pass" or source is None or source.published is None:
        return result
    captures = [dt.datetime.fromisoformat(capture.finished_at)] if capture is not None else []
    archived = _memento_time(source.memento_datetime) if source.memento_datetime else None
    captures += [archived] if archived is not None else []
    if not captures or source.published - min(captures) <= _AFTER_THE_CAPTURE:
        return result
    by = "the archive" if min(captures) == archived else "this run"
    detail = (
        f"{result.detail}, but that is after the source was captured ({_utc(min(captures))}, by {by}): its "
        "date cannot be its publication's; compare by hand"
    )
    return result.model_copy(update={"status": "warn", "detail": detail})


_ONLINE_DAY_TAG = "meta citation_online_date"


def _passed_by_the_online_first_day(given: CheckInput, result: CheckResult) -> CheckResult:
    """A journal article's failure passed where the note's day is the one the article was published online
    (`fields["online first"]`, its `citation_online_date`), before the issue's day the page's publication
    day is (`citation_publication_date`, as a note in Vancouver style cites it): the note cites the day the
    page shows as "Published". A day alone, compared as a whole day. Where the note's day is neither, the
    failure names both. It failed, the issue's day read alone."""
    failed = _a_web_page_s_failure(given, result)
    if failed is None:
        return result
    from provenance.extractors.pages import ONLINE_FIRST  # here: only a failed page's day is read again

    cited, source = failed
    written = source.fields.get(ONLINE_FIRST) or ""
    try:
        online = dt.date.fromisoformat(written)
    except ValueError:
        return result
    issue = (
        f"{source.published.date()} ({source.published_from})" if source.published is not None else "no day"
    )
    if online != cited:
        detail = f"{result.detail}; nor was it published online that day: {online} ({_ONLINE_DAY_TAG})"
        return result.model_copy(update={"detail": detail})
    # Its issue's day where the page's is the journal's (`citation_publication_date`); else only the page's.
    whose = "its issue's" if source.published_from == "meta citation_publication_date" else "the page's"
    detail = (
        f"the source gives the day {online} ({_ONLINE_DAY_TAG}), the day it was published online, before "
        f"{whose}, {issue}"
    )
    return result.model_copy(update={"status": "pass", "detail": detail, "found": online.isoformat()})


_SIGNED_DAY_TAG = "the Date: under its SIGNATURES"
# The words a note calls its day the filing's by (`Form 8-K, filed March 16, 2024`, `filing date: …`).
_FILED_WORDS = r"(?<!\w)(?:filed|filing(?:\s+date)?)(?:\s+on)?\s{0,3}[:,]?\s{0,3}$"


def _given_as_filed(note: str, cited: dt.date) -> bool:
    """Whether the note calls its day `cited` the day the filing was filed (`filed March 16, 2024`)."""
    located = _cited_day_in(note, cited)
    if located is None:
        return False
    blanked, _, start, _ = located
    before = blanked[max(0, start - _QUALIFIER_REACH) : start]
    return _qualifying_words(_FILED_WORDS).search(before) is not None


def _passed_by_the_day_a_report_was_signed(given: CheckInput, result: CheckResult) -> CheckResult:
    """A current report's failure (an SEC Form 8-K's document, dated by its Date of Report: the day of the
    earliest event it reports) passed where the note's day is the one its SIGNATURES block dates
    (`fields["signed"]`, `Date: March 15, 2024`): the day the report was signed, as a rule the day it was
    filed, which a note citing it as "filed March 15, 2024" gives. A day alone, compared as a whole day.
    Where the note gives the day it was filed and that is the working day after its signing (`filed March
    16, 2024`: EDGAR files what reaches it after hours on the next), the failure becomes a warning naming
    both days: the document shows no filing day, and its index does. Where the note's day is neither, the
    failure names both. It failed, the Date of Report read alone."""
    failed = _a_web_page_s_failure(given, result)
    if failed is None:
        return result
    # Here: only a failed page's day is read again.
    from provenance.extractors.edgar import SIGNED_FIELD, next_filing_day

    cited, source = failed
    try:
        signed = dt.date.fromisoformat(source.fields.get(SIGNED_FIELD) or "")
    except ValueError:
        return result
    reported = (
        f"{source.published.date()} ({source.published_from})" if source.published is not None else "none"
    )
    if signed != cited:
        if cited == next_filing_day(signed) and _given_as_filed(given.footnote.text, cited):
            detail = (
                f"cited {cited} as the day it was filed, which the document does not show: its Date of "
                f"Report is {reported}, and it was signed {signed} ({_SIGNED_DAY_TAG}), the working day "
                "before (EDGAR files a report it receives after its hours on the next): compare the 'Filing "
                "Date' on the filing's EDGAR index page (its -index.htm)"
            )
            return result.model_copy(update={"status": "warn", "detail": detail})
        detail = f"{result.detail}; nor was it signed that day: {signed} ({_SIGNED_DAY_TAG})"
        return result.model_copy(update={"detail": detail})
    detail = (
        f"the source gives the day {signed} ({_SIGNED_DAY_TAG}), the day the report was signed, as a rule "
        f"the day it was filed; its Date of Report is {reported}"
    )
    return result.model_copy(update={"status": "pass", "detail": detail, "found": signed.isoformat()})


# An act's kind and what may stand between it and the day it is dated by (its number), read over the
# `_DATED_ACT_REACH` characters before the day in a gazette entry's title (Spanish, French, English).
_DATED_ACT = on_first_use(
    r"(?:resoluci[oó]n|orden|real\s+decreto(?:-ley)?|decreto(?:-ley)?|ley(?:\s+org[aá]nica)?|acuerdo|"
    r"circular|instrucci[oó]n|d[ée]cret|arr[êe]t[ée]|loi|ordonnance|d[ée]cision|order|regulations?)"
    r"(?:\s+(?:n[°ºo]\.?\s*)?[\w./-]{1,20},?)?\s+(?:de|del|du|of)\s+$"
    # Italian puts the day right after the act's kind: `DECRETO 5 marzo 2024`, `ORDINANZA 12 marzo 2024`.
    r"|(?:decreto(?:-legge|\s+legislativo)?|legge|ordinanza|delibera(?:zione)?|determina(?:zione)?)\s+$",
    re.IGNORECASE,
)
_DATED_ACT_REACH = 60


# What a page's title calls a press conference or briefing, casefolded: Chinese (`例行记者会`, `新闻发布会`,
# `吹风会`), Japanese (`記者会見`), Korean (`브리핑`, `기자회견`), Russian, Turkish and English words.
_PRESS_CONFERENCE_WORDS = (
    *("\u8bb0\u8005\u4f1a", "\u53d1\u5e03\u4f1a", "\u5439\u98ce\u4f1a", "\u8a18\u8005\u4f1a\u898b"),
    *("\ube0c\ub9ac\ud551", "\uae30\uc790\ud68c\uacac", "\u0431\u0440\u0438\u0444\u0438\u043d\u0433"),
    *(
        "\u043f\u0440\u0435\u0441\u0441-\u043a\u043e\u043d\u0444\u0435\u0440\u0435\u043d\u0446",
        "bas\u0131n toplant\u0131s\u0131",
    ),
    *("press conference", "news conference", "press briefing", "regular briefing"),
)


def _dated_by_a_press_conference_s_title(given: CheckInput, result: CheckResult) -> CheckResult:
    """A web page that shows no publication date, dated by the day its title gives a press conference or a
    briefing (`2024年3月12日外交部发言人…主持例行记者会`, `Regular Press Conference on March 12, 2024`): a
    ministry's transcript, published the day it was held or soon after. The note's day passes where it is
    that day, fails where it is before it (no transcript comes before its conference) and still warns where
    it is after, saying so. The title's one day alone; a warning that "the source shows no publication date"
    sent a person to find the day the page's title gives."""
    cited, source = given.citation.date, given.source_read
    if cited is None or source is None or source.published is not None or result.status != "warn":
        return result
    if given.on_a_platform or not source.title:
        return result
    title = source.title[:_GUESSED_DAY_TEXT]
    folded = title.casefold()
    if not any(word in folded for word in _PRESS_CONFERENCE_WORDS):
        return result
    dated = find_date(title)
    if dated.date is None or dated.ambiguous or other_days(title, dated.date):
        return result
    held = f"the day its title gives the press conference, {dated.text!r}"
    if dated.date == cited:
        detail = f"the source gives the day {cited} ({held}; the page shows no publication date of its own)"
        return result.model_copy(update={"status": "pass", "detail": detail, "found": cited.isoformat()})
    if cited < dated.date:
        detail = f"cited {cited}; the source is the transcript of a press conference of {dated.date} ({held})"
        return result.model_copy(update={"status": "fail", "detail": detail, "found": dated.date.isoformat()})
    detail = f"{result.detail}; {held} is {dated.date}, and its transcript may have been published later"
    return result.model_copy(update={"detail": detail})


def _passed_by_the_day_a_gazette_entry_s_title_dates_it(
    given: CheckInput, result: CheckResult
) -> CheckResult:
    """A gazette entry's failure (dated by the issue it was published in: the BOE's `Publicado en: «BOE» núm.
    112, de 11 de mayo de 2023`) passed where the note's day is the one the entry's title dates its act by
    (`Resolución de 3 de mayo de 2023, de la Dirección General …`), before the issue's: a resolution or an
    order is cited by that day as often as by the gazette's. The title's one day alone, compared as a whole
    day. It failed, the issue's day read alone."""
    failed = _a_web_page_s_failure(given, result)
    if failed is None:
        return result
    from provenance.extractors.web import PUBLISHED_IN_AN_ISSUE  # here: only a failed page's title is read

    cited, source = failed
    issue = source.published_from or ""
    if not issue.startswith(PUBLISHED_IN_AN_ISSUE) or source.published is None:
        return result
    from provenance.checks.title import without_the_gazette_s_ids  # here: only a gazette's page is read

    # The title after the gazette's ids: the Gazzetta Ufficiale's opens with its issue's day.
    title = without_the_gazette_s_ids(source.title or "")[:_GUESSED_DAY_TEXT]
    dated = find_date(title)
    if dated.date != cited or dated.ambiguous or other_days(title, cited) or cited > source.published.date():
        return result
    # The day an act is dated by, right after the act's kind (`Resolución de`, `Real Decreto 12/2023, de`,
    # `Arrêté du`), never any day a title names: `Informe sobre las lluvias del 3 de mayo de 2023` is
    # dated by the day it was published, and a note giving the storm's day cites it wrongly.
    at = title.find(dated.text) if dated.text else -1
    if at < 0 or _DATED_ACT().search(title[max(0, at - _DATED_ACT_REACH) : at]) is None:
        return result
    detail = (
        f"the source gives the day {cited} (the day its title dates the act by, {dated.text!r}); the gazette "
        f"published it {source.published.date()} ({issue.removeprefix(PUBLISHED_IN_AN_ISSUE)})"
    )
    return result.model_copy(update={"status": "pass", "detail": detail, "found": cited.isoformat()})


def _preprint_versions(source: SourcePost) -> list[tuple[str, dt.datetime, bool]]:
    """The versions a preprint's page lists (`fields[PREPRINT_VERSIONS]`, `v1 2022-01-03T18:59:59Z | v2 …`
    as arXiv's, `v1 2024-03-12 | v2 …` as medRxiv's), each with when it was submitted (UTC) and whether
    that is a day alone (its midnight); empty where it lists none."""
    from provenance.extractors.pages import PREPRINT_VERSIONS  # here: only a failed page's versions are read

    versions: list[tuple[str, dt.datetime, bool]] = []
    for entry in (source.fields.get(PREPRINT_VERSIONS) or "").split(" | "):
        name, _, written = entry.partition(" ")
        try:
            at = dt.datetime.fromisoformat(written)
        except ValueError:
            continue
        day_only = len(written) == len("2024-03-12")
        versions.append((name, at if at.tzinfo is not None else at.replace(tzinfo=dt.UTC), day_only))
    return versions


def _passed_by_a_version_s_day(given: CheckInput, result: CheckResult) -> CheckResult:
    """A preprint's failure passed where the note's day is one its page lists a version as submitted on
    (arXiv's `[v2] Fri, 18 Mar 2022 …`), in some zone from UTC-12 to UTC+14: the note cites that version, by
    its day (the page's metadata gives the first version's). Where none was submitted that day, the failure
    names the versions' days. It failed, the first version's day read alone."""
    failed = _a_web_page_s_failure(given, result)
    if failed is None:
        return result
    cited, source = failed
    versions = _preprint_versions(source)
    if not versions:
        return result
    first = (
        f"{source.published.date()} ({source.published_from})" if source.published is not None else "no day"
    )
    linked = _VERSION_IN_THE_LINK.search(urlsplit(given.citation.url or "").path)
    for name, at, day_only in versions:
        if day_only:
            # A day alone (medRxiv's `Version 1 (March 12, 2024)`): that day, not its midnight in UTC, which
            # is the day before west of it. The page's metadata dates the version it shows.
            if at.date() != cited:
                continue
            said = (
                f"version {name} of the preprint was posted on {at.date()}, the cited day (the page's "
                f"metadata gives {first}, the day of the version it shows)"
            )
        elif _zones_on(at, cited) is None:
            continue
        else:
            said = (
                f"version {name} of the preprint was submitted {_utc(at)}, on the cited {cited} in some zone "
                f"from UTC\u221212 to UTC+14 (the page's metadata gives {first}, its first version's)"
            )
        if linked is not None and f"v{int(linked.group(1))}" != name:
            # `…/abs/2201.01234v1` dated by v2's day: the note's day and its link name two versions.
            detail = f"{said}, but the link names version v{int(linked.group(1))}: compare by hand"
            return result.model_copy(update={"status": "warn", "detail": detail, "found": at.isoformat()})
        return result.model_copy(update={"status": "pass", "detail": said, "found": at.isoformat()})
    listed = ", ".join(f"{name} {at.date() if day_only else _utc(at)}" for name, at, day_only in versions)
    # A server that dates its versions by the day (medRxiv, bioRxiv) posts them; arXiv's are submitted, at a
    # time. The version whose day the metadata gives is named where the page says which it shows.
    from provenance.extractors.pages import PREPRINT_VERSION_SHOWN  # here, as `PREPRINT_VERSIONS` is

    verb = "posted" if all(day_only for _, _, day_only in versions) else "submitted"
    shown = source.fields.get(PREPRINT_VERSION_SHOWN)
    whose = f", the day of version {shown}, which it shows" if shown else ""
    detail = f"{result.detail}{whose}; no version was {verb} that day: {listed}"
    return result.model_copy(update={"detail": detail})


# The version an arXiv link names at its path's end (`/abs/2201.01234v2`).
_VERSION_IN_THE_LINK = re.compile(r"\dv(\d{1,3})/?$")


def _unfailed_by_an_update_s_day(given: CheckInput, result: CheckResult) -> CheckResult:
    """A web page's failure turned into a warning where the note's day is the one the page says it was
    updated on (`dateModified`, `article:modified_time`, an "Updated" `<time>`): the note copied the day the
    page shows, which is not its publication's, and a person must say which day the note means. The check
    failed it as a wrong day, as if the page showed no such day."""
    failed = _a_web_page_s_failure(given, result)
    if failed is None:
        return result
    cited, source = failed
    changed = source.fields.get("modified")
    if not changed or not _a_page_time_on(changed, cited):
        return result
    detail = (
        f"{result.detail}; the cited day is that of the page's update ({changed[:40]}), not its "
        "publication's: compare by hand"
    )
    return result.model_copy(update={"status": "warn", "detail": detail})


def _warned_of_an_update_s_day(given: CheckInput, result: CheckResult) -> CheckResult:
    """A web page's warning said to be of the day the page was updated on, where the note's day is that day
    (`fields["modified"]`: `article:modified_time`, a Korean page's `수정` line) and not the one the page
    gives its publication: a day-only page a day before the note's warned that "a time zone may explain
    it", when the note had copied the update's day."""
    cited, source = given.citation.date, given.source_read
    if cited is None or source is None or result.status != "warn" or given.on_a_platform:
        return result
    changed = source.fields.get("modified")
    if not changed or "page's update" in result.detail or not _a_page_time_on(changed, cited):
        return result
    if source.published is not None and source.published_day_only and source.published.date() == cited:
        return result
    said = next(
        (result.detail.removesuffix(tail) for tail in _COMPARE_TAILS if result.detail.endswith(tail)),
        result.detail,
    )
    detail = (
        f"{said}; the cited day is that of the page's update ({changed[:40]}), not its publication's: "
        "compare by hand"
    )
    return result.model_copy(update={"detail": detail})


_COMPARE_TAILS = ("; compare by hand", ": compare by hand")


# Words before a note's day that make it a bound of the post's day (`before January 23, 2022`) or only near
# it (`c. January 21, 2022`), in the languages notes date in; and an uncertain day's question mark after it.
_BOUND_WORDS = (
    r"(?:^|[^\w.])(?P<word>before|after|until|till|prior\s{1,3}to|(?:the\s{1,3})?week\s{1,3}of"
    r"|not\s{1,3}(?:before|after|later\s{1,3}than|earlier\s{1,3}than)|no\s{1,3}(?:later|earlier)\s{1,3}than"
    r"|до|после|не\s{1,3}(?:позднее|ранее|позже)"
    # With the article French, German and Spanish put before the day (`avant le`, `vor dem`, `bis zum`,
    # `antes del`), Ukrainian's (`після`, `не пізніше`) and Arabic's (`قبل`, `بعد`, `حتى`): read as the day
    # itself, a post of that day passed.
    r"|vor(?:\s{1,3}dem)?|nach(?:\s{1,3}dem)?|bis(?:\s{1,3}zum)?|ab(?:\s{1,3}dem)?|sp[äa]testens(?:\s{1,3}am)?"
    r"|fr[üu]hestens(?:\s{1,3}am)?|avant(?:\s{1,3}le)?|apr[eè]s(?:\s{1,3}le)?|jusqu'(?:au|à)"
    r"|au\s{1,3}plus\s{1,3}(?:tard|t[oô]t)(?:\s{1,3}le)?|antes\s{1,3}del?|despu[eé]s\s{1,3}del?"
    r"|hasta(?:\s{1,3}el)?|після|не\s{1,3}(?:пізніше|раніше)"
    r"|\u0642\u0628\u0644|\u0628\u0639\u062f|\u062d\u062a\u0649"
    # `since January 21, 2022`: the day the post's is at or after, read as the post's day.
    r"|since|seit|depuis(?:\s{1,3}le)?|desde(?:\s{1,3}el)?|\u043d\u0430\u0447\u0438\u043d\u0430\u044f\s{1,3}\u0441"
    # Russian's and Ukrainian's `\u0441`, `з` (from, since) right before a day, no range's end after it.
    r"|починаючи\s{1,3}з|\u0441|\u0441\u043e|з|із|[àa]\s{1,3}partir\s{1,3}(?:du|de)|a\s{1,3}partir\s{1,3}del?"
    r"|\u0645\u0646\u0630|(?:\u0627\u0639\u062a\u0628\u0627\u0631\u0627|\u0627\u0628\u062a\u062f\u0627\u0621)\s{1,3}\u0645\u0646"
    # `on the eve of January 22, 2022` (`накануне`, `напередодні`, `am Vorabend des`, `à la veille du`, `en
    # vísperas del`, `عشية`): the day before it, read as the day itself; a post of the 22nd passed.
    r"|(?:on\s{1,3})?the\s{1,3}eve\s{1,3}of|накануне|напередодні|(?:am\s{1,3})?vorabend(?:\s{1,3}(?:des|von))?"
    r"|(?:[àa]\s{1,3})?la\s{1,3}veille\s{1,3}(?:du|de)|(?:en\s{1,3})?(?:la\s{1,3})?v[ií]speras?\s{1,3}(?:del?|al)"
    r"|\u0639\u0634\u064a\u0629)\s{0,3}$"
)
_NEAR_WORDS = (
    r"(?:^|[^\w.])(?P<word>circa|c\.|ca\.|around|about|approx\.|approximately|roughly|~|около|примерно"
    r"|приблизительно|etwa|vers(?:\s{1,3}le)?|hacia(?:\s{1,3}el)?|environ(?:\s{1,3}le)?|um\s{1,3}den"
    r"|gegen\s{1,3}den|alrededor\s{1,3}del?|aproximadamente(?:\s{1,3}el)?|cerca\s{1,3}del?|близько|приблизно"
    r"|орієнтовно|\u062d\u0648\u0627\u0644\u064a|\u0646\u062d\u0648|\u0642\u0631\u0627\u0628\u0629)\s{0,3}$"
)
# What any of those holds (casefolded), looked for before reading the note's day again: most notes hold none.
_QUALIFIER_STEMS = (
    *("before", "after", "until", "till", "prior", "week", "no", "до", "после", "не"),
    *("vor", "nach", "bis", "avant", "apr", "antes", "despu", "circa", "c.", "ca.", "around", "about"),
    *("approx", "roughly", "~", "около", "примерно", "приблизительно", "etwa", "vers", "hacia", "?"),
    *("since", "seit", "depuis", "desde", "\u043d\u0430\u0447\u0438\u043d\u0430\u044f"),
    *("ab", "sp", "fr", "jusqu", "au plus", "hasta", "після", "починаючи", "partir", "environ", "um den"),
    *("\u0441 ", "\u0441\u043e ", "з ", "із "),
    *("gegen", "alrededor", "aproximadamente", "cerca", "близько", "приблизно", "орієнтовно"),
    *("\u0642\u0628\u0644", "\u0628\u0639\u062f", "\u062d\u062a\u0649", "\u0645\u0646\u0630", "\u0645\u0646"),
    *("\u062d\u0648\u0627\u0644\u064a", "\u0646\u062d\u0648", "\u0642\u0631\u0627\u0628\u0629"),
    *(
        "eve",
        "накануне",
        "напередодні",
        "vorabend",
        "veille",
        "víspera",
        "vispera",
        "\u0639\u0634\u064a\u0629",
    ),
)
# How far before a note's day its qualifying words are looked for: `no earlier than `, and a little more.
_QUALIFIER_REACH = 30


@functools.cache
def _qualifying_words(pattern: str) -> re.Pattern[str]:
    """`pattern` compiled on first use: most notes give a day no check reads these for."""
    return re.compile(pattern, re.IGNORECASE)


def _cited_day_in(note: str, cited: dt.date) -> tuple[str, str, int, int] | None:
    """The note with its URLs blanked, the day `cited` as it writes it, and where that stands in it; None
    where the note's date is not that day, or is written nowhere as one."""
    blanked = blank_urls(note)
    found = find_date(blanked)
    if found.date != cited or not found.text:
        return None
    start = blanked.find(found.text)
    return blanked, found.text, start, start + len(found.text)


def _day_as_given(note: str, cited: dt.date) -> tuple[str, bool] | None:
    """The note's day with the words that qualify it (`before January 23, 2022`, `January 23, 2022?`), and
    whether they make it a bound of the post's day rather than a day near it; None for a plain day."""
    located = _cited_day_in(note, cited)
    if located is None:
        return None
    blanked, written, start, end = located
    before = blanked[max(0, start - _QUALIFIER_REACH) : start]
    for pattern, bound in ((_BOUND_WORDS, True), (_NEAR_WORDS, False)):
        words = _qualifying_words(pattern).search(before)
        if words is not None:
            return f"{words.group('word')} {written}".strip(), bound
    if blanked[end : end + 2].lstrip().startswith("?"):
        return f"{written}?", False
    return None


def _unconfirmed_by_a_day_not_given_as_the_post_s(given: CheckInput, result: CheckResult) -> CheckResult:
    """A note that gives a bound of the post's day (`before January 23, 2022`) confirms nothing by the post's
    time falling on it, and is not contradicted by its falling elsewhere: a pass or a failure becomes a
    warning. One that gives a day only near the post's (`c. January 21`, `January 21, 2022?`) passes on
    that day, and is not failed by another."""
    cited = given.citation.date
    if cited is None or result.status not in ("pass", "fail"):
        return result
    folded = given.footnote.text.casefold()
    if not any(stem in folded for stem in _QUALIFIER_STEMS):
        return result  # most notes: no word that could qualify a day, and the note's date is not read again
    qualified = _day_as_given(blank_quotes(given.footnote.text), cited)
    if qualified is None:
        return result
    written, bound = qualified
    if bound:
        detail = f"{result.detail}, but the note dates the post {written!r}, not on that day: compare by hand"
    elif result.status == "fail":
        detail = f"{result.detail}; the note gives only a day near the post's, {written!r}: compare by hand"
    else:
        return result
    return result.model_copy(update={"status": "warn", "detail": detail})


# Words before a note's day that date the post to the night before it (`в ночь на 22 января 2022`, `в ніч
# на 22 січня`, `в ночь на 22.01.2022`, `overnight into January 22`, `in der Nacht zum 22. Januar`, `dans
# la nuit de vendredi à samedi 22 janvier`, `en la noche del viernes al sábado 22 de enero`): the day's eve to
# its morning. Read as the day alone, a post of the next day passed, made after that morning in every zone
# (the post of the 23rd reporting what happened that night). A weekday or a day between (`в ночь на
# субботу, 22 января`, `overnight Friday into Saturday, January 22`, or `21` in Russian's `from 21 to 22`);
# every quantifier bounded.
_NIGHT_WORDS = (
    r"(?:^|[^\w])(?P<word>(?:(?:в|во|\u0443)\s{1,3}ночь|(?:в|\u0443)\s{1,3}ніч|overnight|(?:in|on|during)\s{1,3}the"
    r"\s{1,3}night|in\s{1,3}der\s{1,3}nacht|dans\s{1,3}la\s{1,3}nuit|en\s{1,3}la\s{1,3}noche)"
    r"(?:\s{1,3}(?:(?:\u0441|\u0441\u043e|з|із|of|from|vom|von|du|de|del)\s{1,3})?[\w.]{1,12})?"
    r"\s{1,3}(?:на|проти|into|to|before|zum|zur|auf(?:\s{1,3}den)?|au|à|a|al|précédant(?:\s{1,3}le)?)"
    r"(?:\s{1,3}[^\W\d_]{3,12},?)?)\s{0,3}$"
)
_NIGHT_STEMS = ("ночь", "ніч", "night", "nacht", "nuit", "noche")
_NIGHT_REACH = 48
# When the night before a day has ended, in the zone it is told in: noon on the day. (Its evening before, from
# 18:00, is that day already somewhere east: the day's check passes it.)
_NIGHT_ENDS = dt.timedelta(hours=12)


def _night_before(note: str, cited: dt.date) -> str | None:
    """The note's day with the words that date the post to the night before it (`в ночь на 22 января 2022`),
    as written; None where the note gives the day itself."""
    located = _cited_day_in(note, cited)
    if located is None:
        return None
    blanked, written, start, _ = located
    words = _qualifying_words(_NIGHT_WORDS).search(blanked[max(0, start - _NIGHT_REACH) : start])
    return None if words is None else f"{words.group('word')} {written}"


def _unconfirmed_by_a_night_the_post_is_after(given: CheckInput, result: CheckResult) -> CheckResult:
    """A pass turned into a warning where the note dates the post to the night before its day (`в ночь на 22
    января 2022`: from 18:00 on the 21st to noon on the 22nd, in some zone from UTC-12 to UTC+14) and the
    post was made after that night in every zone: the post of the 23rd, at 06:00 UTC, fell on the 22nd west
    of UTC-06:00 and passed."""
    cited, source = given.citation.date, given.source
    if cited is None or result.status != "pass" or source is None or source.published is None:
        return result
    if source.published_day_only:
        return result  # a day alone: the night's day is the day the note gives
    folded = given.footnote.text.casefold()
    if not any(stem in folded for stem in _NIGHT_STEMS):
        return result  # most notes: no night, and the note's date is not read again
    night = _night_before(blank_quotes(given.footnote.text), cited)
    if night is None:
        return result
    ends = dt.datetime(cited.year, cited.month, cited.day, tzinfo=dt.UTC) + _NIGHT_ENDS - _WEST
    if source.published < ends:
        return result
    detail = (
        f"{result.detail}, but the note dates the post {night!r}, the night before {cited}, which had ended "
        "(at noon) in every zone from UTC\u221212 to UTC+14 when it was posted: compare by hand"
    )
    return result.model_copy(update={"status": "warn", "detail": detail})


def _unconfirmed_by_a_live_blog_s_entry(given: CheckInput, result: CheckResult) -> CheckResult:
    """A pass turned into a warning where the note cites one entry of a live blog (`…/live/…#block-61ea…`,
    `?post=123`) on a web page: the page's time is the blog's (its first day, or its latest update), not the
    entry's, and the blog's first day passed a note citing an entry of days later. A failure too, where the
    note's day is after the blog's: the entry may be of that day."""
    cited, source = given.citation.date, given.source_read
    if cited is None or source is None or source.published is None or result.status not in ("pass", "fail"):
        return result
    if given.on_a_platform:
        return result  # a platform's post has one time
    entry = live_blog_entry(given.citation.url)
    if entry is None:
        return result
    blog = f"the note cites an entry of a live blog ({entry}), and the page's time is the blog's, not its"
    dating = _entry_dating_the_note(given, source, cited) if result.status == "pass" else None
    if dating is not None:
        # An entry of the day dates it: its address names it, or it holds the quoted words. Said so, where
        # the blog's start was shown as the entry's time.
        return _passed_by_an_entry(given, source, cited, dating, result)
    named = cited_live_blog_entry(given.citation.url, source)
    if named is not None and not _entry_on(named, cited):
        return _unconfirmed_by_the_named_entry(given, source, cited, named, result)
    if result.status == "pass":
        detail = f"{result.detail}, but {blog}: compare by hand"
        return result.model_copy(update={"status": "warn", "detail": detail})
    latest = source.published.date() + dt.timedelta(days=1) if source.published_day_only else None
    if cited <= (latest or (source.published + _EAST).date()):
        return result  # the note's day is before the blog began: no entry of it is of that day
    span = _live_blog_span(source)
    if span is not None and cited > span[1]:
        return result  # after the blog's latest update, as its metadata gives it: no entry is of that day
    detail = f"{result.detail}; {blog}, which may be of the note's day: compare by hand"
    return result.model_copy(update={"status": "warn", "detail": detail})


# How many words a quote must have to date a live blog's entry by: a word or two ("troops", "Nato said") is
# in many entries.
_ENTRY_QUOTE_WORDS = 3


def _live_blog_span(source: SourcePost) -> tuple[dt.date, dt.date] | None:
    """The first and last days a live blog's time falls on in some zone from UTC-12 to UTC+14, from its start
    to its latest update (`fields["live blog"]`, as the web extractor reads its `LiveBlogPosting`); None for
    any other page."""
    span = source.fields.get("live blog")
    if not span or " to " not in span:
        return None
    from provenance.extractors.pages import parse_published  # here: only a live blog's span is read

    start, end = (parse_published(each.strip()) for each in span.split(" to ", 1))
    if start is None or end is None:
        return None
    first = start.at.date() if start.day_only else (start.at + _WEST).date()
    return first, end.at.date() if end.day_only else (end.at + _EAST).date()


def _entry_on(entry: LiveBlogEntry, day: dt.date) -> bool:
    """Whether a live blog's entry falls on `day` in some zone from UTC-12 to UTC+14 (a day alone: on it)."""
    if entry.when.day_only:
        return entry.when.at.date() == day
    return _zones_on(entry.when.at, day) is not None


def _entry_quotes(given: CheckInput) -> list[str]:
    """The citing passages' quotes long enough to tell a live blog's entries apart (`_ENTRY_QUOTE_WORDS`)."""
    return [quote for _, quote in given.passage_quotes if len(quote.split()) >= _ENTRY_QUOTE_WORDS]


def _holds_verbatim(text: str, quote: str) -> bool:
    """Whether `text` holds `quote` word for word, with nothing to be careful of."""
    match = find_quote(quote, text)
    return match is not None and match.verbatim and match.caution is None


def _entry_dating_the_note(given: CheckInput, source: SourcePost, cited: dt.date) -> tuple[str, str] | None:
    """(time as written, why) of a live blog's entry (`fields["live blog entry N"]`) of the day `cited` in
    some zone that the note's address names (`#block-61eb0c1f`), or that holds a quote of the citing
    passages verbatim; None where none does."""
    if "live blog" not in source.fields:
        return None
    named = live_blog_entry(given.citation.url)
    quotes = _entry_quotes(given)
    if not quotes and named is None:
        return None
    cited_entry = cited_live_blog_entry(given.citation.url, source)
    if cited_entry is not None:
        # The entry the note's link names, and no other: another entry of the day holding the quoted words
        # dated a note citing an entry of days before.
        if not _entry_on(cited_entry, cited):
            return None
        return cited_entry.time, f"is the one the note's address names ({named})"
    for entry in live_blog_entries(source):
        held = next((quote for quote in quotes if _holds_verbatim(entry.text, quote)), None)
        if held is not None and _entry_on(entry, cited):
            return entry.time, f"holds the quoted words {held[:60]!r}"
    return None


def _passed_by_an_entry(
    given: CheckInput, source: SourcePost, cited: dt.date, entry: tuple[str, str], result: CheckResult
) -> CheckResult:
    """The date check's pass by a live blog's entry of the note's day (`_entry_dating_the_note`: its time as
    written, and why it is the one cited), named."""
    written, why = entry
    blog = f"the page is a live blog ({source.fields.get('live blog', '')})"
    detail = f"{blog}; its entry of {written} {why}: {cited}{given.read_from}"
    return result.model_copy(update={"status": "pass", "detail": detail, "found": written})


def _unconfirmed_by_the_named_entry(
    given: CheckInput, source: SourcePost, cited: dt.date, named: LiveBlogEntry, result: CheckResult
) -> CheckResult:
    """The date check's warning where the entry of a live blog the note's address names is on the page, and
    not of the note's day in any zone, saying when it is of: the note may date the blog (its first day, as
    its headline shows it) and link the entry. It warned that an entry of the note's day may be cited."""
    blog = f"the page is a live blog ({source.fields.get('live blog', '')})"
    detail = (
        f"cited {cited}; {blog}, and the entry the note's address names ({named.name}) is of {named.time}, "
        f"not of the note's day in any zone from UTC\u221212 to UTC+14: the note may give the blog's day; "
        f"compare by hand{given.read_from}"
    )
    return result.model_copy(update={"status": "warn", "detail": detail, "found": named.time})


def _dated_by_the_entry_of_the_note_s_time(given: CheckInput, result: CheckResult) -> CheckResult:
    """A live blog's pass where the note names its entry by the time of day alone (`BBC live, 12 March 2024,
    14:05 GMT`, the blog's own address: `live_blogs.entry_at_the_note_s_time`): said of the entry of that
    time, where one of the note's day is; a warning where no entry is of that time. The blog's first entry
    (09:00) passed the note's day, and its time was never compared."""
    cited, source = given.citation.date, given.source_read
    if cited is None or source is None or result.status != "pass" or given.on_a_platform:
        return result
    if live_blog_entry(given.citation.url) is not None:
        return result  # its address names the entry: `_entry_dating_the_note`
    timed = entry_at_the_note_s_time(given.footnote.text, cited, source)
    if timed is None:
        return result
    if timed.entry is None:
        detail = (
            f"{result.detail}, but the note gives {timed.written}, and no entry of the live blog "
            f"({source.fields.get('live blog', '')}) is of that time: compare by hand"
        )
        return result.model_copy(update={"status": "warn", "detail": detail})
    if not _entry_on(timed.entry, cited):
        return result
    why = f"is the one of the note's time ({timed.written})"
    return _passed_by_an_entry(given, source, cited, (timed.entry.time, why), result)


def _unconfirmed_by_the_entry_holding_the_quote(given: CheckInput, result: CheckResult) -> CheckResult:
    """A live blog's pass on its own time (its start, its latest update) turned into a warning where the
    note's link names no entry and the quoted words stand only in entries of other days than the note's, in
    every zone: the words were posted on another day, and the note may give the blog's day (as its headline
    or address shows it) or a wrong one. The blog's start passed a note dated by it that quoted an entry of
    the next day."""
    cited, source = given.citation.date, given.source_read
    if cited is None or source is None or result.status != "pass" or given.on_a_platform:
        return result
    if "live blog" not in source.fields or live_blog_entry(given.citation.url) is not None:
        return result  # no live blog, or the entry its link names is judged by the rules before
    for quote in _entry_quotes(given):
        holding = [entry for entry in live_blog_entries(source) if _holds_verbatim(entry.text, quote)]
        if not holding or any(_entry_on(entry, cited) for entry in holding):
            continue
        detail = (
            f"cited {cited}; the quoted words {quote[:60]!r} stand only in the live blog's entry of "
            f"{holding[0].time}, not of the note's day in any zone from UTC\u221212 to UTC+14 (the page's "
            f"own time is the blog's: {source.fields['live blog']}): the note may give the blog's day; "
            "compare by hand"
        )
        return result.model_copy(update={"status": "warn", "detail": detail, "found": holding[0].time})
    return result


def _dated_by_a_live_blog_s_entry(given: CheckInput, result: CheckResult) -> CheckResult:
    """A web page's failure, where the page is a live blog (its `LiveBlogPosting` runs for days, its entries
    each dated) and the note's day falls between its start and its latest update: a pass where an entry of
    that day holds the quoted words, else a warning (the note may cite a later entry). The blog's first day
    alone dated the page, and a note citing it on the day of the entry it quotes failed. A day outside the
    blog's span still fails."""
    failed = _a_web_page_s_failure(given, result)
    if failed is None:
        return result
    cited, source = failed
    span = _live_blog_span(source)
    if span is None or not span[0] <= cited <= span[1]:
        return result
    entry = _entry_dating_the_note(given, source, cited)
    if entry is not None:
        return _passed_by_an_entry(given, source, cited, entry, result)
    named = cited_live_blog_entry(given.citation.url, source)
    if named is not None:
        return _unconfirmed_by_the_named_entry(given, source, cited, named, result)
    blog = f"the page is a live blog ({source.fields['live blog']})"
    detail = f"{result.detail}; {blog}, and an entry of the note's day may be the one cited: compare by hand"
    return result.model_copy(update={"status": "warn", "detail": detail})


# What a number's sign before a document's number holds (casefolded), looked for before reading the note's day
# again.
_NUMBER_SIGNS = ("\u2116", "no.", "no ", "nr.", "nr ", "n\u00b0", "n\u00ba")


def _unconfirmed_by_a_document_s_day(given: CheckInput, result: CheckResult) -> CheckResult:
    """A platform post's pass turned into a warning where the note's only day is a document's, its number
    beside it (`Федеральный закон от 21.01.2022 № 5-ФЗ`, `Order No. 15 of 21 January 2022`): the day it was
    signed, not one the note says the post was published on. (A web page of that number may be the document
    itself, dated so.) A failure too, where the source is later than that day: the post, or the page that
    publishes the document, may follow it by days."""
    cited, source = given.citation.date, given.source_read
    if cited is None or source is None or source.published is None or result.status not in ("pass", "fail"):
        return result
    folded = given.footnote.text.casefold()
    if not any(sign in folded for sign in _NUMBER_SIGNS):
        return result  # most notes: no number's sign, and the note's date is not read again
    located = _cited_day_in(blank_quotes(given.footnote.text), cited)
    if located is None or not is_document_date(located[0], located[2], located[3]):
        return result
    document = (
        f"the note's day is a document's ({located[1]!r}, its number beside it), not one it says the source "
        "was published on"
    )
    if result.status == "pass" and not given.on_a_platform:
        return result
    if result.status == "pass":
        detail = f"{result.detail}, but {document}: compare by hand"
        return result.model_copy(update={"status": "warn", "detail": detail})
    earliest = source.published.date() if source.published_day_only else (source.published + _WEST).date()
    if earliest < cited:
        return result  # published before the document was signed: not that document's
    detail = f"{result.detail}; {document}, which the source may follow by days: compare by hand"
    return result.model_copy(update={"status": "warn", "detail": detail})


# A weekday's name a note writes right before its day (`Friday, January 21, 2022`, `Fri, 21 Jan 2022`,
# `Freitag, 21. Januar 2022`, `vendredi 21 janvier 2022`, `viernes, 21 de enero de 2022`, `пятница, 21
# января 2022`, `п'ятниця, 21 січня 2022`), or in brackets right after it (`21 January 2022 (Friday)`), Monday
# first. The day of a calendar date is its weekday's in every zone: a weekday the day is not says the note
# has a wrong day or a wrong weekday, and which the post's is only a person can tell. `Friday, January 23,
# 2022` (a Sunday) passed a post of the 23rd. An abbreviation only at a part's start (`The Sun`, `Toronto
# Sun` are newspapers), nor a name after `on` (`Mail on Sunday`, `Scotland on Sunday`).
# Arabic's, with its article, the hamza written or not (`الجمعة 21 يناير 2022`, `الإثنين`, `الاثنين`), Monday
# first; unread, a note calling its day a weekday it is not passed.
_ARABIC_WEEKDAYS = (
    ("\u0627\u0644\u0625\u062b\u0646\u064a\u0646", "\u0627\u0644\u0627\u062b\u0646\u064a\u0646"),
    ("\u0627\u0644\u062b\u0644\u0627\u062b\u0627\u0621",),
    ("\u0627\u0644\u0623\u0631\u0628\u0639\u0627\u0621", "\u0627\u0644\u0627\u0631\u0628\u0639\u0627\u0621"),
    ("\u0627\u0644\u062e\u0645\u064a\u0633",),
    ("\u0627\u0644\u062c\u0645\u0639\u0629",),
    ("\u0627\u0644\u0633\u0628\u062a",),
    ("\u0627\u0644\u0623\u062d\u062f", "\u0627\u0644\u0627\u062d\u062f"),
)
_WEEKDAY_NAMES = (
    ("monday", "mon", "montag", "lundi", "lunes", "понедельник", "понеділок", *_ARABIC_WEEKDAYS[0]),
    ("tuesday", "tue", "tues", "dienstag", "mardi", "martes", "вторник", "вівторок", *_ARABIC_WEEKDAYS[1]),
    (
        "wednesday",
        "wed",
        "mittwoch",
        "mercredi",
        "miércoles",
        "miercoles",
        "среда",
        "середа",
        *_ARABIC_WEEKDAYS[2],
    ),
    (
        "thursday",
        "thu",
        "thur",
        "thurs",
        "donnerstag",
        "jeudi",
        "jueves",
        "четверг",
        "четвер",
        *_ARABIC_WEEKDAYS[3],
    ),
    (
        "friday",
        "fri",
        "freitag",
        "vendredi",
        "viernes",
        "пятница",
        "п'ятниця",
        "п\u2019ятниця",
        *_ARABIC_WEEKDAYS[4],
    ),
    (
        "saturday",
        "sat",
        "samstag",
        "sonnabend",
        "samedi",
        "sábado",
        "sabado",
        "суббота",
        "субота",
        *_ARABIC_WEEKDAYS[5],
    ),
    ("sunday", "sun", "sonntag", "dimanche", "domingo", "воскресенье", "неділя", *_ARABIC_WEEKDAYS[6]),
)
_WEEKDAY_NUMBERS = {name: number for number, names in enumerate(_WEEKDAY_NAMES) for name in names}
_WEEKDAY = "|".join(re.escape(name) for name in sorted(_WEEKDAY_NUMBERS, key=len, reverse=True))
_WEEKDAY_ABBREVIATIONS = ("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")
_WEEKDAY_IN_FULL = "|".join(
    re.escape(name)
    for name in sorted(_WEEKDAY_NUMBERS, key=len, reverse=True)
    if name not in _WEEKDAY_ABBREVIATIONS
)
_WEEKDAY_BEFORE = (
    rf"(?:(?<![\w'\u2019])(?<!on\s)(?P<weekday>{_WEEKDAY_IN_FULL})"
    rf"|(?:^|(?<=[,;:(\[\u060c])\s{{0,3}})(?P<abbreviated>{'|'.join(_WEEKDAY_ABBREVIATIONS)}))\.?[,\u060c]?\s{{1,3}}$"
)
_WEEKDAY_AFTER = rf"\s{{0,3}},?\s{{0,3}}\((?P<weekday>{_WEEKDAY})\)"
_WEEKDAY_REACH = 24


def _weekday_unlike(note: str, cited: dt.date) -> str | None:
    """The weekday the note writes beside its day `cited`, as written, where `cited` is another; else None."""
    located = _cited_day_in(note, cited)
    if located is None:
        return None
    blanked, _, start, end = located
    named = _qualifying_words(_WEEKDAY_BEFORE).search(blanked[max(0, start - _WEEKDAY_REACH) : start])
    if named is None:
        named = _qualifying_words(_WEEKDAY_AFTER).match(blanked, end)
    if named is None:
        return None
    weekday: str = named.group("weekday") or named.group("abbreviated")
    if _WEEKDAY_NUMBERS.get(weekday.casefold()) in (None, cited.weekday()):
        return None
    return weekday


def _unconfirmed_by_a_weekday_the_day_is_not(given: CheckInput, result: CheckResult) -> CheckResult:
    """A pass turned into a warning where the note calls its day a weekday it is not (`Friday, January 23,
    2022`, a Sunday): the note's day or its weekday is wrong, and the post's day may be the weekday's."""
    cited = given.citation.date
    if cited is None or result.status != "pass":
        return result
    folded = given.footnote.text.casefold()
    if not any(name in folded for name in _WEEKDAY_NUMBERS):
        return result  # most notes: no weekday's name, and the note's date is not read again
    weekday = _weekday_unlike(blank_quotes(given.footnote.text), cited)
    if weekday is None:
        return result
    detail = (
        f"{result.detail}, but the note calls {cited} a {weekday!r}, which it is not (a "
        f"{WEEKDAYS[cited.weekday()]}): which is the post's day? compare by hand"
    )
    return result.model_copy(update={"status": "warn", "detail": detail})


# How far the observed Lunar Hijri calendar (the moon seen, or Umm al-Qura's reckoning) may run from the
# tabular one `lunar_hijri_day` counts: a day or two.
_LUNAR_HIJRI_SLACK = 2


def _unconfirmed_by_a_lunar_hijri_day_far_from_it(given: CheckInput, result: CheckResult) -> CheckResult:
    """A pass turned into a warning where the note's Lunar Hijri date (`18 Jumada al-Akhirah 1443 (23 January
    2022)`) falls days from its Gregorian one by the tabular calendar, the observed one's slack allowed: one
    of the two is wrong, and the post of the Gregorian day passed."""
    cited = given.citation.date
    if cited is None or result.status != "pass":
        return result
    hijri = lunar_hijri_day(blank_quotes(given.footnote.text))
    if hijri is None or abs((hijri - cited).days) <= _LUNAR_HIJRI_SLACK:
        return result
    written = lunar_hijri_date(blank_quotes(given.footnote.text))
    detail = (
        f"{result.detail}, but the note also gives {written!r}, which is about {hijri} (tabular Lunar Hijri "
        f"calendar, \u00b1{_LUNAR_HIJRI_SLACK} days), not {cited}: which is the post's day? compare by hand"
    )
    return result.model_copy(update={"status": "warn", "detail": detail})


# How far a post's day may be from the tabular day of a note's Lunar Hijri date and still be on it: the
# observed calendar's slack, and a day more, since a Lunar Hijri day begins at the sunset before.
_LUNAR_HIJRI_REACH = dt.timedelta(days=_LUNAR_HIJRI_SLACK + 1)


def _lunar_hijri_only(given: CheckInput, published: dt.datetime, day_only: bool) -> CheckResult | None:
    """The date check of a note whose only date is a Lunar Hijri one (`18 Jumada al-Akhirah 1443`, `18 جمادى
    الآخرة 1443 هـ`), which `citations.dates` reads as no date: a warning where the source's time falls near
    its tabular day, a failure where it falls days from it in every zone; None for a note of no such date.

    Skipped as "the citation gives no date", the check said nothing of a note that plainly dates the post, nor
    of a post made weeks from that date (`schema` asks the writer for the Gregorian day either way)."""
    note = blank_quotes(given.footnote.text)
    hijri = lunar_hijri_day(note)
    written = lunar_hijri_date(note)
    if hijri is None or written is None:
        return None
    if day_only:
        first = last = published.date()
        posted = f"the source gives the day {first}"
    else:
        first, last = (published + _WEST).date(), (published + _EAST).date()
        posted = f"the source was posted {_utc(published)}, {first} to {last} across UTC\u221212..UTC+14"
    about = (
        f"the note's only date is a Lunar Hijri one, {written!r}: about {hijri} by the tabular calendar "
        f"(\u00b1{_LUNAR_HIJRI_SLACK} days, and its day begins at the sunset before)"
    )
    found = published.date().isoformat() if day_only else published.isoformat().replace("+00:00", "Z")
    if hijri - _LUNAR_HIJRI_REACH <= last and first <= hijri + _LUNAR_HIJRI_REACH:
        detail = f"{about}; {posted}, near it: give the Gregorian day; compare by hand{given.read_from}"
        return CheckResult(name="date", status="warn", detail=detail, cited=written, found=found)
    start = note.find(written)
    if start >= 0 and is_document_date(note, start, start + len(written)):
        # A decree's day, its number beside it (`Royal Decree No. M/51 of 18/6/1443`): the source may follow.
        detail = (
            f"{about}, a document's day (its number beside it); {posted}, days from it, which the source may "
            f"follow by days: compare by hand{given.read_from}"
        )
        return CheckResult(name="date", status="warn", detail=detail, cited=written, found=found)
    detail = f"{about}; {posted}, days from it{given.read_from}"
    return CheckResult(name="date", status="fail", detail=detail, cited=written, found=found)


def _unconfirmed_by_a_note_of_two_days(given: CheckInput, result: CheckResult) -> CheckResult:
    """A pass turned into a warning where the note gives another day as plainly as the one compared (`Report
    on the 21 January 2022 strike, Telegram, 25 January 2022`: an unquoted title's day first); a failure too,
    where the source falls on that other day."""
    cited, source = given.citation.date, given.source_read
    if cited is None or source is None or result.status not in ("pass", "fail"):
        return result
    others = other_days(blank_quotes(given.footnote.text), cited)
    if not others or uncited_links(given.footnote, given.citation):
        # A note of several sources dates each (`…, 21 January 2022, <link>; …, 25 January 2022, <link>`):
        # its other days are theirs, and the `locator` check says the note is not confirmed whole.
        return result
    named = ", ".join(str(day) for day in others)
    if result.status == "pass":
        detail = f"{result.detail}, but the note also gives {named}: which is the post's day? compare by hand"
        return result.model_copy(update={"status": "warn", "detail": detail})
    matched = next((day for day in others if _falls_on(source, day)), None)
    if matched is None:
        return result
    detail = f"{result.detail}; the note also gives {matched}, which the source falls on: compare by hand"
    return result.model_copy(update={"status": "warn", "detail": detail})


def _is_the_day(cited: dt.date | None, day: dt.date | str) -> bool:
    """Whether `day` (a date, or a weekday's name) is the note's day `cited`."""
    return day == cited or (isinstance(day, str) and cited is not None and WEEKDAYS[cited.weekday()] == day)


def _falls_on_the_day(source: SourcePost, day: dt.date | str) -> bool:
    return _falls_on_weekday(source, day) if isinstance(day, str) else _falls_on(source, day)


def _passage_days(given: CheckInput) -> tuple[tuple[dt.date | str, int], ...]:
    """The days the citing passages plainly give the footnote's quotes (a year left out is the note's), or
    the weekdays (`Rybar wrote Sunday`), each with the line of the first passage that does. Beside a note of
    a month or a year only, the year left out is the one nearest the month's (the year's) first day."""
    period = given.citation.date_month_or_year
    cited = given.citation.date or (_period_bounds(period)[0] if period is not None else None)
    found: dict[dt.date | str, int] = {}
    for context, quote in given.passage_quotes:
        phrase = quote_day(context.text, quote)
        if phrase in WEEKDAYS:
            found.setdefault(phrase, context.line)
            continue
        day = find_date(phrase).date if phrase else None
        if phrase and day is None and cited is not None:
            # The year left out is the one that brings the day nearest the note's: `On December 31` of a
            # post cited as January 1, 2022 is the last day of 2021.
            near = (
                find_date(f"{phrase} {year}").date for year in (cited.year - 1, cited.year, cited.year + 1)
            )
            day = min(
                (each for each in near if each is not None), key=lambda each: abs(each - cited), default=None
            )
        if day is not None:
            found.setdefault(day, context.line)
    return tuple(found.items())


def _falls_on_weekday(source: SourcePost, weekday: str) -> bool:
    """Whether the source's time falls on `weekday` (`Sunday`) in some zone from UTC-12 to UTC+14 (a source
    that gives only its day: that day's weekday, or one either side)."""
    published = source.published
    if published is None:
        return False
    if source.published_day_only:
        first, last = published.date() - dt.timedelta(days=1), published.date() + dt.timedelta(days=1)
    else:
        first, last = (published + _WEST).date(), (published + _EAST).date()
    days = (first + dt.timedelta(days=step) for step in range((last - first).days + 1))
    return any(WEEKDAYS[day.weekday()] == weekday for day in days)


def _falls_on(source: SourcePost, day: dt.date) -> bool:
    """Whether the source's time falls on `day` in some zone from UTC-12 to UTC+14 (a source that gives only
    its day: that day, or one either side)."""
    published = source.published
    if published is None:
        return False
    if source.published_day_only:
        return abs((published.date() - day).days) <= 1
    return _zones_on(published, day) is not None


def _zones_on(published: dt.datetime, day: dt.date) -> tuple[dt.timedelta, dt.timedelta] | None:
    """The offsets, west to east, in which `published` falls on `day`; None when no zone does."""
    # Offsets o with (published + o) falling on the day: day_start <= published + o < next day, reckoned
    # from the day's start: 31 December 9999 has no next day to add (a note's typo raised OverflowError).
    to_start = dt.datetime(day.year, day.month, day.day, tzinfo=dt.UTC) - published
    west = max(_WEST, to_start)
    # The day's last instant, not its last minute: a post of 11:59:30 UTC is 23:59:30 the day before at
    # UTC-12:00, where a minute taken off the day failed it.
    east = min(_EAST, to_start + dt.timedelta(days=1) - dt.timedelta(microseconds=1))
    return (west, east) if west <= east else None


# How far a note's time may be from the post's and still be its time: a note copies the minute shown.
_TIME_GRACE = dt.timedelta(minutes=2)
# Zones' offsets from UTC-12 to UTC+14 are whole quarter hours (UTC+05:45, UTC+12:45).
_ZONE_OFFSETS = tuple(dt.timedelta(minutes=15 * step) for step in range(-48, 57))


# Zones a note may name beside its time that `find_time` reads as no zone, each with the offsets its name may
# mean (`zones.NAMED_ZONES`, the table the web extractor reads a byline's zone from): a name that keeps
# summer time, or that several zones share (`CST`: US Central or China; `IST`: India, Ireland or Israel,
# written for Israel's summer time too, as `EST` is for New York's), may mean any of them. `9:15 EST` read as
# 09:15 in some zone passed a post of 09:15 UTC, made 14:15 UTC in New York's time; so did `9:15 IDT`, `TRT`,
# `GST`, `IRST`, `EAT`, `SAST`, ... until named there.
# A name of that shape (`CLT`, `WAST`) read in neither: the time it qualifies is some zone's the note does not
# say, and confirms nothing. Read as a time without a zone, it passed a post made that time in UTC.
_UNREAD_ZONE = r"[A-Z]{1,4}T"
# Names `find_time` reads (one offset on the day): never an unread zone's.
_READ_ZONES = frozenset(
    ("UTC", "GMT", "EET", "EEST", "CET", "CEST", "HST", "PKT", "HKT", "SGT", "JST", "KST")
)
# The US zones written out (`6:30 p.m. Eastern`, `Pacific Standard Time`), each standard or summer time as
# its abbreviation is: `find_time` reads `Eastern time` alone, and `6:30 p.m. Eastern` (23:30 UTC), read as a
# time without a zone, passed a post of 04:30 UTC the next day, the note's day in New York. Not the name of a
# place or another zone (`Eastern Ukraine`, `Central European Time`, `Pacific/Auckland`): a capitalised word
# or a slash after it is none.
_REGIONS = "|".join(f"[{region[0].upper()}{region[0]}]{region[1:]}" for region in SPELLED_ZONES)
_SPELLED_ZONE = (
    rf"(?P<spelled>(?:US\s)?(?P<region>{_REGIONS})"
    r"(?:\s(?:[Ss]tandard|[Dd]aylight))?(?:\s[Tt]ime)?)(?![\w/])(?!\s{1,3}[A-Z])"
)


# Places a report names a time by (`18:30 Washington time`, `18:30 (New York)`, `18h30 (heure de Paris)`),
# each with the IANA zone whose offsets on the day `zoneinfo` knows, summer time included; or the IANA zone
# itself (`18:30 America/New_York`). Read as a time without a zone, `09:15 Washington time` passed a post of
# 09:15 UTC, made 04:15 in Washington. Moscow's and Kyiv's time in words `find_time` reads already.
_PLACE_ZONES = {
    "Washington": "America/New_York", "Washington, D.C.": "America/New_York", "New York": "America/New_York",
    "Chicago": "America/Chicago", "Los Angeles": "America/Los_Angeles", "Ottawa": "America/Toronto",
    "London": "Europe/London", "Paris": "Europe/Paris", "Berlin": "Europe/Berlin",
    "Brussels": "Europe/Brussels", "Warsaw": "Europe/Warsaw", "Rome": "Europe/Rome",
    "Madrid": "Europe/Madrid", "Vienna": "Europe/Vienna", "Kyiv": "Europe/Kiev", "Kiev": "Europe/Kiev",
    "Kharkiv": "Europe/Kiev", "Odesa": "Europe/Kiev", "Odessa": "Europe/Kiev", "Moscow": "Europe/Moscow",
    "Minsk": "Europe/Minsk", "Istanbul": "Europe/Istanbul", "Ankara": "Europe/Istanbul",
    "Tbilisi": "Asia/Tbilisi", "Yerevan": "Asia/Yerevan", "Baku": "Asia/Baku", "Jerusalem": "Asia/Jerusalem",
    "Tel Aviv": "Asia/Jerusalem", "Gaza": "Asia/Gaza", "Beirut": "Asia/Beirut", "Damascus": "Asia/Damascus",
    "Baghdad": "Asia/Baghdad", "Tehran": "Asia/Tehran", "Riyadh": "Asia/Riyadh", "Doha": "Asia/Qatar",
    "Dubai": "Asia/Dubai", "Cairo": "Africa/Cairo", "Kabul": "Asia/Kabul", "Islamabad": "Asia/Karachi",
    "New Delhi": "Asia/Kolkata", "Delhi": "Asia/Kolkata", "Beijing": "Asia/Shanghai",
    "Hong Kong": "Asia/Hong_Kong", "Taipei": "Asia/Taipei", "Seoul": "Asia/Seoul",
    "Pyongyang": "Asia/Pyongyang", "Tokyo": "Asia/Tokyo",
    # As French, German, Spanish, Russian and Ukrainian notes name them (`9:15 Uhr Kiewer Zeit`, `9:15 hora de
    # Moscú`, `09:15 (Киев)`): unread, each time was some zone's, and a post of 09:15 UTC passed.
    "Kiew": "Europe/Kiev", "Kyjiw": "Europe/Kiev", "Moskau": "Europe/Moscow", "Moscou": "Europe/Moscow",
    "Moscú": "Europe/Moscow", "Londres": "Europe/London", "Berlín": "Europe/Berlin", "París": "Europe/Paris",
    "Varsovie": "Europe/Warsaw", "Varsovia": "Europe/Warsaw", "Warschau": "Europe/Warsaw",
    "Bruxelles": "Europe/Brussels", "Bruselas": "Europe/Brussels", "Brüssel": "Europe/Brussels",
    "Wien": "Europe/Vienna", "Vienne": "Europe/Vienna", "Viena": "Europe/Vienna", "Roma": "Europe/Rome",
    "Nueva York": "America/New_York", "Jérusalem": "Asia/Jerusalem", "Jerusalén": "Asia/Jerusalem",
    "Téhéran": "Asia/Tehran", "Teherán": "Asia/Tehran", "Pékin": "Asia/Shanghai", "Pekín": "Asia/Shanghai",
    "Peking": "Asia/Shanghai", "Le Caire": "Africa/Cairo", "El Cairo": "Africa/Cairo",
    "Kairo": "Africa/Cairo",
    "Damas": "Asia/Damascus", "Damasco": "Asia/Damascus", "Damaskus": "Asia/Damascus",
    "Beyrouth": "Asia/Beirut", "Tokio": "Asia/Tokyo",
    "Киев": "Europe/Kiev", "Київ": "Europe/Kiev", "Москва": "Europe/Moscow", "Минск": "Europe/Minsk",
    "Мінськ": "Europe/Minsk",
}  # fmt: skip
# A place named after a time as its time, as English, French, Spanish or German write it: `Washington time`,
# `(New York)`, `local time (Kyiv)`, `in Kyiv`, `(heure de Paris)`, `hora de Kiev`, `Kiewer Zeit`, `Ortszeit
# Kiew`, or the place alone (`09:15 Washington`, `09:15, Kyiv`: a dateline's time is the place's;
# read as some zone's, a post of 09:15 UTC, 04:15 in Washington, passed), not a name that goes on
# (`Washington Post`, `Kyiv Independent`, `Kyiv region`: where it happened, it may be); an IANA zone
# (`America/New_York`, `Europe/Moscow`). Another capitalised word before `time` (`18:30 Kinshasa time`) is
# some place's time the check does not read: it confirms no time.
_PLACES = "|".join(re.escape(place) for place in sorted(_PLACE_ZONES, key=len, reverse=True))
_PLACE_ZONE = (
    rf"(?:l'|L')?[Hh]eure\s(?:de\s|d')(?P<place_fr>{_PLACES})(?![\w/])"
    rf"|[Hh]ora\s(?:de\s)?(?P<place_es>{_PLACES})(?![\w/])"
    rf"|(?P<place_de>{_PLACES})er\s[Zz]eit(?!\w)|Ortszeit\s\(?(?P<place_de_local>{_PLACES})(?![\w/])"
    rf"|(?:[Ll]ocal\s[Tt]ime|in)\s?[,(]?\s?(?:in\s)?(?P<place_in>{_PLACES})"
    r"(?![\w/'\u2019-])(?![ \t]{1,3}\w)"
    rf"|(?P<place>{_PLACES})(?:\s(?:[Ll]ocal\s)?[Tt]ime(?!\w)|\)|(?![\w/'\u2019-])(?![ \t]{{1,3}}\w))"
    # `Etc/GMT+12` (UTC-12, its sign turned as POSIX writes it) with its offset: `Etc/GMT` alone was read.
    r"|(?P<iana>[A-Z][a-z]{1,11}/[A-Z][A-Za-z_]{1,20}(?:/[A-Z][A-Za-z_]{1,20}|[+-]\d{1,2})?)(?![\w/])"
    r"|(?P<unread_place>(?!Local\b|Standard\b|Summer\b|Winter\b|Daylight\b)[A-Z][a-z]{2,20}\s[Tt]ime)(?!\w)"
)


_PLACE_GROUPS = ("place", "place_fr", "place_es", "place_de", "place_de_local", "place_in")


@functools.cache
def _zone_after_a_clock() -> re.Pattern[str]:
    """A time of day and a zone named after it that `find_time` does not read, the hours' mark between them or
    not (`18:30 hrs IST`, `18:30h EST`, `9:15 Uhr Kiewer Zeit`), or a place's (`_PLACE_ZONE`). Every
    quantifier bounded."""
    abbreviations = "|".join(sorted(NAMED_ZONES, key=len, reverse=True))
    return re.compile(
        r"(?<![\d:.])(?:(?P<hour4>[01]\d|2[0-3])(?P<minute4>[0-5]\d)"  # `1830 EST`
        r"|(?P<hour>\d{1,2})(?:(?:[:.]|\s?h\s?)(?P<minute>\d{2})(?::\d{2})?)?(?!\d)"
        r"(?:\s?(?P<meridiem>[aApP])\.?\s?[mM]\b\.?)?)(?:\s?(?:hours|hrs|hr|h|[Uu]hr)\b\.?)?[\s,]{0,3}\(?"
        rf"(?:(?P<zone>{abbreviations}|{_UNREAD_ZONE})(?!\w)|{_SPELLED_ZONE}|{_PLACE_ZONE})"
    )


def _place_offsets(name: str, day: dt.date, clock: dt.time) -> tuple[dt.timedelta, ...]:
    """The UTC offsets the IANA zone `name` keeps at `clock` on `day` (two in the hour summer time ends);
    none for a zone the machine's tzdata does not know."""
    import zoneinfo  # imported here: only a note naming a place's time needs it

    try:
        zone = zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return ()
    offsets = (dt.datetime.combine(day, clock, zone).replace(fold=fold).utcoffset() for fold in (0, 1))
    return tuple(dict.fromkeys(offset for offset in offsets if offset is not None))


def _zone_named_beside(
    note: str, clock: dt.time, day: dt.date
) -> tuple[str, tuple[dt.timedelta, ...]] | None:
    """The zone the note names after its time `clock` on `day` (as written, and the offsets it may mean), when
    `find_time` read that time as one without a zone."""
    for match in _zone_after_a_clock().finditer(note):
        if match.group("hour4") is not None:
            hour, minute = int(match.group("hour4")), int(match.group("minute4"))  # `1830 EST`
        else:
            hour, minute = int(match.group("hour")), int(match.group("minute") or 0)
            meridiem = (match.group("meridiem") or "").casefold()
            if meridiem:
                hour = hour % 12 + (12 if meridiem == "p" else 0)
            elif match.group("minute") is None:
                continue  # a number alone
        if (hour, minute) != (clock.hour, clock.minute):
            continue
        written, region = match.group("zone"), match.group("region")
        place: str | None = next(filter(None, (match.group(name) for name in _PLACE_GROUPS)), None)
        iana: str | None = match.group("iana")
        if iana is not None:
            return iana, _place_offsets(iana, day, clock)
        if place is not None:
            # `(heure de Paris)` shown as `Paris time`
            return f"{place} time", _place_offsets(_PLACE_ZONES[place], day, clock)
        if match.group("unread_place") is not None:
            return match.group("unread_place"), ()
        if region is not None:
            hours = NAMED_ZONES[SPELLED_ZONES[region.casefold()]][1]
            return match.group("spelled"), tuple(dt.timedelta(hours=each) for each in hours)
        if written in _READ_ZONES:
            return None
        hours = NAMED_ZONES.get(written, (None, ()))[1]
        return written, tuple(dt.timedelta(hours=each) for each in hours)
    return None


def _readings(given: CitedTime) -> tuple[dt.datetime, ...]:
    """The moments (or local times) the note's time may mean: `midnight` opens the day or closes it."""
    return (given.at,) if given.also is None else (given.at, given.also)


def _the_link_s_time_code(given: CheckInput, clock: CitedTime) -> bool:
    """Whether the note's time of day without a zone (`clock`) is the time code its link starts the video at:
    `3:14` read as minutes and seconds, or `1:05` as hours and minutes, for `t=194s` or `t=3900`. Read as a
    time of day, `at 3:14` warned that a video posted at 17:00 UTC was posted at 03:14 in no zone."""
    seconds = link_time_code(given.citation.url)
    if clock.zone is not None or seconds is None:
        return False
    hour, minute = clock.at.hour, clock.at.minute
    return seconds in (hour * 60 + minute, hour * 3600 + minute * 60)


def _time_unlike(
    given: CitedTime, published: dt.datetime, zone_named: tuple[str, tuple[dt.timedelta, ...]] | None = None
) -> str | None:
    """What the time a note gives beside its date says against the post's time, if anything: a time with a
    zone is one moment (`01:30 UTC` on the cited day is not a post of 23:30 UTC the day before, which the
    cited day alone passed as that day east of UTC), or one of the few a zone's name may mean (`zone_named`:
    `9:15 EST`, which `find_time` does not read); a time without one is the post's time in some zone from
    UTC-12 to UTC+14."""
    if given.zone is None and zone_named is not None:
        written, offsets = zone_named
        if not offsets:
            return f"the note gives {given.at:%H:%M} {written}, a zone this check does not read"
        moments = tuple((at - offset).replace(tzinfo=dt.UTC) for at in _readings(given) for offset in offsets)
        if any(abs(published - moment) <= _TIME_GRACE for moment in moments):
            return None
        shown = " or ".join(f"{moment:%Y-%m-%d %H:%M}" for moment in moments)
        return f"the note gives {given.at:%H:%M} {written}, which is {shown} UTC"
    if given.zone is not None:
        if any(abs(published - at) <= _TIME_GRACE for at in _readings(given)):
            return None
        # `Kyiv time` names itself a time: not "its Kyiv time time".
        time = "" if given.zone.casefold().endswith(" time") else " time"
        named = "" if given.zone.upper() in ("UTC", "GMT", "Z") else f" (its {given.zone}{time})"
        shown = " or ".join(f"{at.astimezone(dt.UTC):%Y-%m-%d %H:%M}" for at in _readings(given))
        return f"the note gives {shown} UTC{named}"
    utc = published.astimezone(dt.UTC).replace(tzinfo=None)
    if any(abs(utc + offset - at) <= _TIME_GRACE for at in _readings(given) for offset in _ZONE_OFFSETS):
        return None
    return (
        f"the note gives {given.at:%H:%M} on {given.at.date()}, which is the post's time in no zone from "
        "UTC\u221212 to UTC+14"
    )


# What may follow a note's date when its time stood before it: the zone of that time (`6:30 PM · Jan 21,
# 2022 (UTC)`, as X shows a post's time, the zone added after it).
_AFTER_THE_DATE = re.compile(r"[\s,]{0,3}\(?[A-Za-z]")
_AFTER_THE_DATE_REACH = 40


def _zone_after_the_date(
    note: str, cited: dt.date, given: CitedTime
) -> tuple[CitedTime, tuple[str, tuple[dt.timedelta, ...]] | None]:
    """The note's time `given` (read without a zone) in the zone named right after its date, where the time
    stood before the date (`6:30 PM \u00b7 Jan 21, 2022 (UTC)`, `18:30, January 21, 2022 EST`), with the
    zone's offsets where `find_time` does not read it (`_zone_named_beside`); `given` as it was where no zone
    follows the date, or a name no check reads (`RT`, a publisher's).

    Read as a time in no zone, 18:30 UTC on 21 January passed a post of 04:30 UTC on the 22nd."""
    blanked = blank_urls(note)
    found = find_date(blanked)
    if found.date != cited or not found.text or given.also is not None:
        return given, None
    end = blanked.find(found.text) + len(found.text)
    after = blanked[end : end + _AFTER_THE_DATE_REACH]
    if end < len(found.text) or not _AFTER_THE_DATE.match(after):
        return given, None
    # The time written again right before the zone, where `find_time` and `_zone_named_beside` read it.
    rewritten = f"{found.text}, {given.at:%H:%M}{after}"
    again = find_time(rewritten, cited)
    if again is not None and again.zone is not None:
        return again, None
    named = _zone_named_beside(rewritten, given.at.time(), cited)
    return (given, named) if named is not None and named[1] else (given, None)


_DAY = dt.timedelta(days=1)
# What follows a note's day where a zone is named right after it, no time given (`22 January 2022 (UTC)`,
# `22.01.2022 (мск)`, `22 January 2022, Kyiv time`).
_ZONE_AFTER_A_DAY = re.compile(r"[\s,]{0,3}\(?[^\W\d_]")
# A place named after a day as its time's (`(Kyiv time)`, `(heure de Paris)`, `(New York)`), not alone after a
# comma, as a dateline or an outlet's seat is.
_A_PLACE_S_TIME = re.compile(r"^[\s,]{0,3}[(\[]|time|zeit|heure|hora", re.IGNORECASE)


def _day_in_a_zone(
    note: str, cited: dt.date
) -> tuple[str, tuple[tuple[dt.datetime, dt.datetime], ...]] | None:
    """The zone the note names right after its day `cited` where it gives no time (`22 January 2022 (UTC)`,
    `22.01.2022 (мск)`, `22 January 2022, Kyiv time`), as written, and the moments, in UTC, the day opens and
    closes at in it (a pair for each offset its name may mean); None where it names none.

    Checked as any zone's day, a post of 01:00 UTC on the 23rd passed a note of `22 January 2022 (UTC)`.
    `citations.dates.find_zoned_day` reads the zones `find_time` knows first, past the word for year
    (`22 \u044f\u043d\u0432\u0430\u0440\u044f 2022 \u0433\u043e\u0434\u0430 (\u043c\u0441\u043a)`) or the
    year's stop (`22. sije\u010dnja 2022. (UTC)`), which hid them here; this reads the names and places it
    leaves (`EST`, `Kyiv time`, `America/New_York`)."""
    if cited in (dt.date.min, dt.date.max):
        return None  # a note's typo: no day before or after it to bound it by
    zoned = find_zoned_day(note, cited)
    if zoned is not None:
        closes = zoned.closes or tuple(opens + _DAY for opens in zoned.opens)
        if len(closes) == len(zoned.opens):
            return zoned.zone, tuple(zip(zoned.opens, closes, strict=True))
        # Summer time begins or ends that night, and the name may mean either (`CET`): from the earlier
        # opening to the later closing.
        return zoned.zone, ((min(zoned.opens), max(closes)),)
    located = _cited_day_in(note, cited)
    if located is None:
        return None
    blanked, written, _, end = located
    after = blanked[end : end + _AFTER_THE_DATE_REACH]
    if not _ZONE_AFTER_A_DAY.match(after):
        return None
    # The day's first minute written before the zone, where `find_time` and `_zone_named_beside` read it.
    rewritten = f"{written}, 00:00{after}"
    midnight = find_time(rewritten, cited)
    if midnight is not None and midnight.zone is not None:
        if midnight.zone.isascii() and midnight.zone.isalpha() and midnight.zone.islower():
            # French `cet` (this) in `22 janvier 2022 cet article`, as `find_zoned_day` reads it: a word.
            return None
        # `CET` in summer: its summer time's day too
        return midnight.zone, tuple((opens, opens + _DAY) for opens in _readings(midnight))
    named = _zone_named_beside(rewritten, dt.time(0, 0), cited)
    if named is None or not named[1]:
        return None
    place = _PLACE_ZONES.get(named[0].removesuffix(" time"))
    if place is not None and _A_PLACE_S_TIME.search(after) is None:
        return None  # `22 January 2022, Kyiv`: where the post was made, or its outlet is, not a zone's day
    start = dt.datetime.combine(cited, dt.time(), dt.UTC)
    iana = place or (named[0] if "/" in named[0] else None)
    if iana is None:
        return named[0], tuple((start - offset, start + _DAY - offset) for offset in named[1])
    # A place's day closes at its next midnight, in that night's offset: 23 hours after it opened on the day
    # its summer time begins, 25 on the day it ends. Taken as 24, a post of the next day's first hour passed,
    # or one of the day's last hour warned.
    closing = _place_offsets(iana, cited + _DAY, dt.time(0, 0)) or named[1]
    return named[0], ((start - max(named[1]), start + _DAY - min(closing)),)


# The night before a day, from the evening before to the day's noon (`_NIGHT_ENDS`), in the zone told.
_NIGHT_FALLS = dt.timedelta(hours=-6)


def _outside_the_zone_s_day(
    note: str,
    cited: dt.date,
    zoned: tuple[str, tuple[tuple[dt.datetime, dt.datetime], ...]],
    published: dt.datetime,
) -> str | None:
    """What the day `cited`, given in a zone (`_day_in_a_zone`: its name and the moments the day opens and
    closes at in it), says against the post's time: None where the post falls in it, or in the night before
    it, where the note dates the post so (`в ночь на 22.01.2022 (мск)`: 18:00 on the 21st to noon, Moscow
    time)."""
    night = any(stem in note.casefold() for stem in _NIGHT_STEMS) and _night_before(note, cited) is not None
    windows = (
        tuple((opens + _NIGHT_FALLS, opens + _NIGHT_ENDS) for opens, _ in zoned[1]) if night else zoned[1]
    )
    if any(opens <= published < closes for opens, closes in windows):
        return None
    there = " or ".join(f"{_utc(opens)} to {_utc(closes)}" for opens, closes in windows)
    given = f"the night before {cited}" if night else str(cited)
    return f"the note gives {given} in {zoned[0]}, which is {there}"


# How long after a post X lets its author edit it (half an hour when editing began in 2022, an hour since): an
# id an answer lists as a version, made further from the post, is no version of it.
_EDIT_WINDOW = dt.timedelta(hours=1)


def _version_at(
    given: CitedTime, source: SourcePost, zone_named: tuple[str, tuple[dt.timedelta, ...]] | None
) -> str | None:
    """The id of another version of an edited X post (`edit_tweet_ids`) made at the note's time `given`; None
    when none was, or the post was not edited.

    Each version of an X post has an id, and a time, of its own, and every version's link leads to the one
    post: a note giving the time of one version beside the link of another dates the post it cites, where
    it warned that the time was not the post's."""
    if source.platform is not Platform.TWITTER or not source.edited or source.published is None:
        return None
    for version in source.fields.get("edit_tweet_ids", "").split():
        made = snowflake_time(version)
        if version == source.post_id or made is None or abs(made - source.published) > _EDIT_WINDOW:
            continue
        if _time_unlike(given, made, zone_named) is None:
            return version
    return None


def _gives_no_one_day(given: CheckInput) -> bool:
    """Whether the note's only days bound a range, or are either of two (`citations.dates.find_date`)."""
    return find_date(blank_quotes(given.footnote.text)).in_a_range


def _note_s_day_read_two_ways(given: CheckInput) -> tuple[str, tuple[dt.date, dt.date]] | None:
    """The note's date as written and its two readings, where it is written in numbers whose day and month
    could swap (`12/03/2024`: 12 March or 3 December), which its parse gave no day for (its `ambiguous-date`
    finding); None for any other note."""
    if not any(finding.code == "ambiguous-date" for finding in given.findings):
        return None
    found = find_date(blank_quotes(given.footnote.text), year_apart=True)
    # Of a four-digit year: a two-digit one may be read first too (`12/03/24` in a note in Japanese script:
    # 24 March 2012), or be the Buddhist era's in Thai script.
    both = readings(found.text) if found.ambiguous and _FOUR_DIGITS_END().search(found.text) else None
    return (found.text, both) if both is not None else None


_FOUR_DIGITS_END = on_first_use(r"\d{4}$")


def _on_both_readings(given: CheckInput, written: str, both: tuple[dt.date, dt.date]) -> CheckResult:
    """The note's numeric date that reads two ways (`_note_s_day_read_two_ways`) held to the source on each
    reading: a failure where the source falls on neither day, else a warning saying which reading its day
    is: which the note means it does not say. Skipped as a note without a date, the check said nothing of
    a source of neither day; passed on one reading, it would pass on a guess."""
    said = f"the note's {written} reads {both_readings_said(written)}, day or month first"
    if given.source_read is None:
        return CheckResult(name="date", status="skip", detail=f"{said}; no content captured to compare")
    results = [
        check_date(replace(given, citation=given.citation.model_copy(update={"date": day}))) for day in both
    ]
    if all(result.status == "fail" for result in results):
        detail = f"{said}, and the source is of neither: {results[0].detail}"
        return results[0].model_copy(update={"detail": detail})
    # The reading the source's day confirms, else the first that does not fail it.
    order, result = max(zip(_READINGS, results, strict=True), key=lambda read: _STANDING[read[1].status])
    detail = (
        f"{said}; read {order}, {result.detail}; which the note means it does not say: write the month as a "
        "word or use YYYY-MM-DD"
    )
    return result.model_copy(update={"status": "warn", "detail": detail})


_READINGS = ("day first", "month first")
_STANDING = {"pass": 3, "warn": 2, "skip": 1, "fail": 0}


# The scholarly tags that give a paper's day as indexes read it: bioRxiv and medRxiv write the year alone in
# `citation_publication_date` as its first day (`2024/01/01`), whatever day the preprint was posted.
_SCHOLARLY_DAY_TAGS = frozenset(
    ("meta citation_publication_date", "meta citation_date", "meta dcterms.issued")
)


def _a_year_written_as_its_first_day(source: SourcePost, shown: dt.date) -> bool:
    """Whether the source's day alone is 1 January read from a scholarly tag: perhaps the year alone (failed
    as a day, a medRxiv preprint cited by the day it was posted was `failed`)."""
    return (shown.month, shown.day) == (1, 1) and source.published_from in _SCHOLARLY_DAY_TAGS


def _check_note_date(given: CheckInput) -> CheckResult:
    """The day the note gives against the source's time."""
    cited, source = given.citation.date, given.source
    if cited is None and source is not None and source.problem is None and _gives_no_one_day(given):
        # `January 21, 2022 \u2013 February 3, 2022`, `21 or 22 January 2022`: the note dates the post, but to
        # no one day. Skipped as a note without a date, the check said nothing of the post's time (`schema`
        # fails the footnote for its missing day); as `before January 23, 2022` does, it warns, showing it.
        posted = (
            f"the source was posted {_utc(source.published)}"
            if source.published is not None
            else "the source shows no publication date"
        )
        detail = (
            f"the note gives a range of days, or either of two, not the post's day; {posted}: compare by hand"
        )
        return CheckResult(name="date", status="warn", detail=detail + given.read_from)
    if cited is None and source is not None and source.problem is None and source.published is not None:
        hijri = _lunar_hijri_only(given, source.published, source.published_day_only)
        if hijri is not None:
            return hijri
    period = given.citation.date_month_or_year
    if cited is None and period is not None:
        return _within_the_month_or_year(given, period)
    two_ways = _note_s_day_read_two_ways(given) if cited is None else None
    if two_ways is not None:
        return _on_both_readings(given, *two_ways)
    if cited is None:
        return CheckResult(name="date", status="skip", detail="the citation gives no date")
    if source is None or source.problem is not None:
        made = _status_id_time(given)
        if made is not None:
            return _dated_by_the_status_id(cited, made)
        return CheckResult(
            name="date", status="skip", detail="no content captured to compare", cited=str(cited)
        )
    where = given.read_from
    if source.published is None:
        unread = f" ({source.unread})" if source.unread else ""
        # A page that says only when it was changed: that day is shown for the comparison by hand, since the
        # article may have been published any time before it.
        changed = source.fields.get("modified")
        only = f", only when it was changed ({changed[:40]})" if changed else ""
        # A wire's dateline without its year (`KYIV, Jan 21 (Reuters) -`) that the page's own dates could not
        # place in a year: its day is shown, as no date was claimed from it.
        dateline = source.fields.get("dateline (no year)")
        only += f", only a dateline's day without its year ({dateline[:40]})" if dateline else ""
        # Why a page that shows days is not dated by them (a tag or search page: its days are the stories'
        # it lists): "no publication date" alone sent a person looking for one on a page of many.
        not_dated = source.fields.get("not dated")
        only += f"; {not_dated[:160]}" if not_dated else ""
        return _result(
            "warn", f"the source shows no publication date{only}{unread}: compare by hand{where}", cited, None
        )
    published = source.published
    origin = f" ({source.published_from})" if source.published_from else ""
    forwarded = forward_of_another(source)
    if forwarded is not None:
        forward = f"{forwarder(source)} forwarded the post of {forwarded}"
        if not source.published_day_only and cites_the_forwarded_author(given):
            return _original_of_a_forward(cited, published, f"{forward} {_utc(published)}{origin}", where)
        origin += f", when {forward}"
    if source.published_day_only:
        shown = published.date()
        found = shown.isoformat()
        apart = abs((shown - cited).days)
        if apart == 0:
            return _result("pass", f"the source gives the day {found}{origin}{where}", cited, found)
        if apart == 1:
            return _result(
                "warn",
                f"the source gives only the day {found}{origin}, one day from the cited {cited}: "
                f"a time zone may explain it; compare by hand{where}",
                cited,
                found,
            )
        if _a_year_written_as_its_first_day(source, shown) and shown.year == cited.year:
            detail = (
                f"cited {cited}; the source gives {found}{origin}, the first day of its year, as scholarly "
                "pages write a year alone (a preprint server's, a journal issue's): "
                f"{cited} is in {shown.year}; compare by hand{where}"
            )
            return _result("warn", detail, cited, found)
        return _result("fail", f"cited {cited}; the source gives {found}{origin}{where}", cited, found)
    found = published.isoformat().replace("+00:00", "Z")
    window = _zones_on(published, cited)
    if window is not None:
        west, east = window
        # Whole minutes inside the window: a post of 09:15:42 UTC is the day from UTC-09:15, not UTC-09:16.
        west_minutes, east_minutes = -(-west // _MINUTE), east // _MINUTE
        zones = (
            "in every zone"
            if (west, east) == (_WEST, _EAST)
            else f"from {_zone(west_minutes)} to {_zone(east_minutes)}"
        )
        posted = f"posted {_utc(published)}{origin}"
        # A web page's shown time is often its latest update's, not the `datePublished` read: only a
        # platform's post has one time.
        # Not a time inside the note's quotes (`"Strike at 14:05", January 21, 2022`): the post's words.
        unquoted = blank_quotes(given.footnote.text)
        given_time = find_time(unquoted, cited) if given.on_a_platform else None
        if given_time is not None and _the_link_s_time_code(given, given_time):
            given_time = None  # `YouTube, 3 December 2024, at 3:14, …watch?v=…&t=194s`: a place in the video
        named = _zone_named_beside(unquoted, given_time.at.time(), cited) if given_time is not None else None
        if given_time is not None and given_time.zone is None and named is None:
            given_time, named = _zone_after_the_date(unquoted, cited, given_time)
        unlike = _time_unlike(given_time, published, named) if given_time is not None else None
        version = _version_at(given_time, source, named) if given_time is not None and unlike else None
        if version is not None:
            detail = f"{posted}: {cited} {zones}; the note's time is its other version's, {version}{where}"
            return _result("pass", detail, cited, found)
        if unlike is not None:
            return _result("warn", f"{posted}, but {unlike}: compare by hand{where}", cited, found)
        zoned = _day_in_a_zone(unquoted, cited) if given_time is None and given.on_a_platform else None
        unlike = _outside_the_zone_s_day(unquoted, cited, zoned, published) if zoned is not None else None
        if unlike is not None:
            return _result("warn", f"{posted}, but {unlike}: compare by hand{where}", cited, found)
        return _result("pass", f"{posted}: {cited} {zones}{where}", cited, found)
    earliest, latest = (published + _WEST).date(), (published + _EAST).date()
    return _result(
        "fail",
        f"cited {cited}; the source was posted {_utc(published)}{origin}, which is {earliest} to {latest} "
        f"across UTC\u221212..UTC+14{where}",
        cited,
        found,
    )


# A summer's or a winter's code (EDTF's, CSL's: `2021-24`, winter 2021): December of the year before to
# February of the year after, every reading of it (winter 2021 is December 2020 to February 2021 or December
# 2021 to February 2022, June to August 2021 south of the equator; summer 2021 June to August 2021, or a
# southern summer on either side). Read as the year, a post of 2022-01-15 cited as winter 2021 failed.
_SEASONS_ACROSS_THE_YEAR = frozenset(("22", "24"))


def _period_bounds(period: str) -> tuple[dt.date, dt.date]:
    """The first and the last day of a month (`2022-01`), a season (`2021-24`: December 2020 to February
    2022; a spring's or an autumn's `2021-21`, March to November 2021, either hemisphere's; a note's `Winter
    2021-22`, `2021-12/2022-02`) or a year (`2022`)."""
    if "/" in period:  # `2021-12/2022-02`, a note's `Winter 2021-22`: December 2021 to February 2022
        return _period_bounds(period[:7])[0], _period_bounds(period[8:])[1]
    year, _, month = period.partition("-")
    if not month:
        return dt.date(int(year), 1, 1), dt.date(int(year), 12, 31)
    if month in _SEASONS_ACROSS_THE_YEAR:
        first = dt.date(int(year) - 1, 12, 1) if int(year) > 1 else dt.date.min
        last = dt.date(int(year) + 1, 3, 1) - _DAY if int(year) < 9999 else dt.date.max
        return first, last
    if month in SEASON_CODES:  # spring, autumn: March to November whichever the hemisphere
        return dt.date(int(year), 3, 1), dt.date(int(year), 11, 30)
    first = dt.date(int(year), int(month), 1)
    following = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
    return first, following - _DAY


def _within_the_month_or_year(given: CheckInput, period: str) -> CheckResult:
    """The month or the year a note dates the source to (`January 2022`, `Annual report 2021`) against the
    source's time: it passes where the source falls within it in some zone from UTC-12 to UTC+14, saying the
    note gives no day, and fails where it falls outside it in every zone. Skipped as "no date", a page of
    March 2023 cited as of January 2022 went unremarked."""
    season = "/" in period or period.partition("-")[2] in SEASON_CODES
    unit = "season" if season else "month" if "-" in period else "year"
    named = month_or_year_in_words(period)
    first, last = _period_bounds(period)
    source = given.source
    made = None if source is not None and source.problem is None else _status_id_time(given)
    if made is not None:
        published, day_only, where = made, False, " (by the post's status id; the post itself was not read)"
    elif source is None or source.problem is not None:
        return CheckResult(name="date", status="skip", detail="no content captured to compare", cited=period)
    elif source.published is None:
        unread = f" ({source.unread})" if source.unread else ""
        detail = f"the source shows no publication date{unread}: compare by hand{given.read_from}"
        return CheckResult(name="date", status="warn", detail=detail, cited=period)
    else:
        published, day_only, where = source.published, source.published_day_only, given.read_from
    if day_only:
        earliest = latest = published.date()
        posted, found = f"the source gives the day {earliest}", earliest.isoformat()
    else:
        earliest, latest = (published + _WEST).date(), (published + _EAST).date()
        posted, found = (
            f"the source was posted {_utc(published)}",
            published.isoformat().replace("+00:00", "Z"),
        )
    precision = f"the note gives the {unit}, not the day"
    if latest >= first and earliest <= last:
        # On the month's first or last day, it may be within it in some zones only.
        zones = "" if earliest >= first and latest <= last else " in some zones from UTC\u221212 to UTC+14"
        if period.partition("-")[2] in _SEASONS_ACROSS_THE_YEAR:
            # Its readings are months apart: within the span is not within the season the writer meant.
            detail = (
                f"{posted}, within {first:%B %Y} to {last:%B %Y}, every reading of {named} as cited{zones} "
                f"({precision}; {named} may be the {_season_readings(period)}: a wide span); compare by "
                f"hand{where}"
            )
            return CheckResult(name="date", status="warn", detail=detail, cited=period, found=found)
        detail = f"{posted}, within {named} as cited{zones} ({precision}){where}"
        return CheckResult(name="date", status="pass", detail=detail, cited=period, found=found)
    if day_only and (earliest - last).days <= 1 and (first - latest).days <= 1:
        detail = (
            f"cited {named}; {posted}, one day from it: a time zone may explain it; compare by hand{where}"
        )
        return CheckResult(name="date", status="warn", detail=detail, cited=period, found=found)
    across = "" if day_only else f", which is {earliest} to {latest} across UTC\u221212..UTC+14"
    detail = f"cited {named} ({precision}); {posted}{across}, outside it{where}"
    return CheckResult(name="date", status="fail", detail=detail, cited=period, found=found)


def _season_readings(period: str) -> str:
    """The readings of a summer's or a winter's code (`2021-24`), in words."""
    year, _, code = period.partition("-")
    before, after = int(year) - 1, int(year) + 1
    either = f"December {before} to February {year} or December {year} to February {after}"
    if code == "24":
        return f"northern winter ({either}) or the southern (June to August {year})"
    return f"northern summer (June to August {year}) or the southern ({either})"


def _status_id_time(given: CheckInput) -> dt.datetime | None:
    """When the X post the note links was made, as its status id (a snowflake) says; None for another
    platform's post, or an id from before November 2010, which carries no time."""
    if given.citation.platform is not Platform.TWITTER or not given.citation.post_id:
        return None
    from provenance.extractors.twitter import status_id_time  # here: only where no post was read

    return status_id_time(given.citation.post_id)


def _dated_by_the_status_id(cited: dt.date, made: dt.datetime) -> CheckResult:
    """The note's day against the time an X post's status id carries, where no post was read (`--offline`,
    `--lint`, a deleted or withheld post): the id is the post's own, made when it was (DESIGN.md section 4),
    and a note dated another day is wrong whatever a capture would show. Its link may be an earlier version's
    of an edited post, made up to an hour before the latest: a day only that hour reaches warns.

    Skipped as "no content captured to compare", a note dating the post days from its id's time went
    unremarked in `--offline` and `--lint` runs, and beside a deleted post."""
    found = made.isoformat().replace("+00:00", "Z")
    unread = "the post itself was not read"
    window = _zones_on(made, cited)
    posted = f"the post's status id (a snowflake) says it was made {_utc(made)}"
    if window is not None:
        west, east = window
        zones = (
            "in every zone"
            if (west, east) == (_WEST, _EAST)
            else f"from {_zone(-(-west // _MINUTE))} to {_zone(east // _MINUTE)}"
        )
        return _result("pass", f"{posted}: {cited} {zones} ({unread})", cited, found)
    if _zones_on(made + _EDIT_WINDOW, cited) is not None:
        detail = (
            f"{posted}, {cited} in no zone from UTC\u221212 to UTC+14 but within the hour X allows edits "
            f"in, which a later version's time may be ({unread}): compare by hand"
        )
        return _result("warn", detail, cited, found)
    earliest, latest = (made + _WEST).date(), (made + _EAST).date()
    detail = f"cited {cited}; {posted}, which is {earliest} to {latest} across UTC\u221212..UTC+14 ({unread})"
    return _result("fail", detail, cited, found)


def _original_of_a_forward(cited: dt.date, forwarded: dt.datetime, forward: str, where: str) -> CheckResult:
    """The cited day of a forwarded post's original, which was posted no later than the forward captured
    (`forward`: who forwarded whose post, and when)."""
    found = forwarded.isoformat().replace("+00:00", "Z")
    latest = (forwarded + _EAST).date()
    if cited > latest:
        return _result(
            "fail",
            f"cited {cited} for the original post; {forward}, so the original was posted no later than "
            f"{latest} in any zone from UTC\u221212 to UTC+14{where}",
            cited,
            found,
        )
    return _result(
        "warn",
        f"cited {cited} for the original post; the capture gives only the forward's time ({forward}): the "
        f"original was posted then or before; compare by hand{where}",
        cited,
        found,
    )
