"""A live blog's entries, as the checks read them: the entry a note's link names (`…/live/…#block-61ea…`,
`?post=123`, CNN's `/h_<hex>`), and each entry the web extractor kept from the page's `liveBlogUpdate`s
(`fields["live blog entry N"]`: `TIME #name | headline and text`). The date check dates a note by the entry;
the quote check asks whether the quoted words are the entry's the note's link names, or another's. A note
may name the entry by its time alone (`BBC live, 12 March 2024, 14:05 GMT`, the blog's own address):
`entry_at_the_note_s_time` finds the entry of that time."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from provenance.citations.dates import CitedTime, find_time
from provenance.extractors.pages import PublishedTime, parse_published
from provenance.models import SourcePost

# A live blog's address that points at one of its entries: a path part naming the blog (`/live/`,
# `/liveblog/`, `/live-news/`, `/live-updates/`, `/liveticker/`, `/en-direct/`, `/directo/`), a slug ending
# in `-live` or one opening with `live-` (Reuters' `/world/europe/live-russia-ukraine-…/`), then the entry as
# a fragment (`#block-61ea…`, `#entry-123`, `#post_…`), a query's entry (`?post=123`,
# `?pinned_post_locator=…`) or CNN's `/h_<hex>`. Every quantifier bounded.
_LIVE_BLOG_PATH = re.compile(
    r"/(?:live|liveblog|live-blog|live-news|live-updates|live-coverage|liveticker|newsticker|en-direct|direct"
    r"|directo|en-vivo)(?=/|[?#]|$)|[-_]live(?=/|[?#]|$)|/live[-_][^/?#\s]{1,200}(?=/|[?#]|$)",
    re.IGNORECASE,
)
_LIVE_BLOG_ENTRY = re.compile(
    r"#(?P<fragment>[^\s#]{1,200})$|[?&](?P<query>(?:post|post_?id|entry|entry_?id|update|update_?id|block"
    r"|pinned_post_locator|pinned_post_asset_id)=[^&#\s]{1,200})|/(?P<cnn>h_[0-9a-f]{8,64})(?=[/?#]|$)",
    re.IGNORECASE,
)


def live_blog_entry(url: str | None) -> str | None:
    """The entry of a live blog that `url` points at, as written (`#block-61ea…`, `?post=123`); None where it
    is no live blog's entry."""
    if not url:
        return None
    path = url.split("?", 1)[0].split("#", 1)[0]
    if _LIVE_BLOG_PATH.search(path.split("://", 1)[-1]) is None:
        return None
    entry = _LIVE_BLOG_ENTRY.search(url[:2000])
    if entry is None:
        return None
    if entry.group("fragment"):
        return f"#{entry.group('fragment')}"[:60]
    return (f"?{entry.group('query')}" if entry.group("query") else f"/{entry.group('cnn')}")[:60]


@dataclass(frozen=True)
class LiveBlogEntry:
    """One entry of a live blog as the page gives it: its time as written and as read, its name in its own
    address (`#block-61eb0c1f`, or "" where it gives none), its headline and text."""

    time: str
    when: PublishedTime
    name: str
    text: str


def live_blog_entries(source: SourcePost) -> Iterator[LiveBlogEntry]:
    """Each entry of a live blog the source's fields keep (`fields["live blog entry N"]`) whose time reads, in
    the page's order."""
    for key, value in source.fields.items():
        if not key.startswith("live blog entry ") or " | " not in value:
            continue
        written, text = value.split(" | ", 1)
        time, _, name = written.partition(" ")
        when = parse_published(time)
        if when is not None:
            yield LiveBlogEntry(time, when, name, text)


def cited_live_blog_entry(url: str | None, source: SourcePost) -> LiveBlogEntry | None:
    """The entry of a live blog a note's address names (`#block-61eb0c1f`: `live_blog_entry`), where the
    page's entries hold it; None where the address names none, or one the page does not hold."""
    named = live_blog_entry(url)
    if named is None:
        return None
    return next((entry for entry in live_blog_entries(source) if entry.name == named), None)


# How far a live blog's entry may be from the time a note gives it: the page shows its entries' times to the
# minute, and a note copies the shown time.
_ENTRY_TIME_GRACE = dt.timedelta(minutes=1)
# Zones' offsets from UTC-12 to UTC+14, whole quarter hours: where a note's time names no zone, the entry's
# time in one of them.
_ZONE_OFFSETS = tuple(dt.timedelta(minutes=15 * step) for step in range(-48, 57))
# How much of a note is read for its time of day: its opening, where its date is.
_NOTE_REACH = 2_000


@dataclass(frozen=True)
class TimedEntry:
    """The time of day a note gives an entry of a live blog beside its day (`12 March 2024, 14:05 GMT`), as
    written in the note, and the entry of the page at that time (None where the page holds none)."""

    written: str
    entry: LiveBlogEntry | None


def entry_at_the_note_s_time(note: str, day: dt.date | None, source: SourcePost) -> TimedEntry | None:
    """The entry of a live blog a note names by the time of day it gives beside its day `day` (`BBC live, 12
    March 2024, 14:05 GMT`), where its address names none (`live_blog_entry`): the one of that moment where
    the note names a zone, the one alone of that clock time in some zone from UTC-12 to UTC+14 where it names
    none (`entry` None where no entry is of that time). None where the note gives no time, or one several
    entries are of, or the source holds no live blog's entries. Cited by its time
    alone, the entry was never compared: words only a later entry held passed as the cited one's."""
    if day is None or "live blog" not in source.fields:
        return None
    entries = [entry for entry in live_blog_entries(source) if not entry.when.day_only]
    if not entries:
        return None
    given = find_time(note[:_NOTE_REACH], day)
    if given is None:
        return None
    written = f"{given.at:%H:%M}" + (f" {given.zone}" if given.zone else "")
    found = [entry for entry in entries if _at_the_time(entry, given)]
    if len(found) > 1:
        return None  # a clock time several entries show in some zone: the note names none of them alone
    return TimedEntry(written, found[0] if found else None)


def _at_the_time(entry: LiveBlogEntry, given: CitedTime) -> bool:
    """Whether a live blog's entry was posted at the note's time: that moment where the note names a zone,
    that clock time in some zone from UTC-12 to UTC+14 where it names none."""
    readings = (given.at,) if given.also is None else (given.at, given.also)
    at = entry.when.at
    if given.zone is not None:
        return any(abs(at - reading) <= _ENTRY_TIME_GRACE for reading in readings)
    utc = at.astimezone(dt.UTC).replace(tzinfo=None)
    return any(
        abs(utc + offset - reading.replace(tzinfo=None)) <= _ENTRY_TIME_GRACE
        for reading in readings
        for offset in _ZONE_OFFSETS
    )
