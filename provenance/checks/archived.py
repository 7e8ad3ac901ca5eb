"""`archived`: does an independent archive (a Memento TimeGate, RFC 7089) hold a copy of the source?

Never a `fail`: no archived copy is a `warn`, and it does not keep a footnote from `verified` (it is not a
claim of the citation). The memento the archive's answer names is always fetched into the WARC and read
(when the live source failed, the content checks read it): `pass` only on a copy that answered as the
source, and a copy only named (its fetch never made) is a `warn` saying so. A cited URL that is itself an
archived copy passes on that copy, once it was captured and read: no archive is asked for a copy of it.

A copy made before the cited day began in any time zone (UTC+14) cannot hold a source published that day: the
archive kept the URL before the source was there (its 404, another page at that address), which is no copy of
the source, so that is a `warn` too. Without a `Memento-Datetime`, the time a Wayback copy's URL names is
its time; one that does not parse says nothing either way. Where both are given, the earlier is when the copy
was made: the URL's time is the archive's key for the copy, and a `Memento-Datetime` (or a TimeGate's `Link`
date) later than it does not make a copy of 2019 one of the cited day. So is a copy made before the live post
it would copy was published, where the post gives its time to the second (Telegram, X), or before the post was
made as its link's id says (an X status's snowflake, an Instagram or Threads shortcode's media id, a TikTok
video's id), read or not (a deleted post's copy stands in for it). A cited copy of another archive's copy (a
Wayback link to a Wayback or an archive.today link) shows what that copy kept, when it was made: the time its
URL names is held to the cited day too.
"""

from __future__ import annotations

import datetime as dt

from provenance.checks.interface import CheckInput
from provenance.citations.platforms import memento_moment, memento_time_in_url
from provenance.models import SAYS_NO_MEMENTO, CheckResult, MementoLookup, Platform

# The first moment of a day anywhere: its midnight at UTC+14.
_FIRST_ZONE = dt.timezone(dt.timedelta(hours=14))


def _earliest_made(made: str | None, memento_url: str | None) -> str | None:
    """When a copy was made: its `Memento-Datetime` (the archive's answer's, or its TimeGate's `Link` date),
    unless the time its Wayback URL names is earlier, or the only one that parses. A header dating the copy
    after its own address does (a mistaken or lying archive) made a copy of the URL kept years before the
    post pass as one of the cited day."""
    in_url = memento_time_in_url(memento_url) if memento_url else None
    if made is None or in_url is None:
        return made or in_url
    said, keyed = memento_moment(made), memento_moment(in_url)
    if keyed is not None and (said is None or keyed < said):
        return in_url
    return made


def _made_before(made: str | None, day: dt.date | None) -> bool:
    """Whether a copy made at `made` was made before `day` began in any time zone; False when either is
    missing or `made` does not parse."""
    when = memento_moment(made) if made is not None else None
    if when is None or day is None:
        return False
    return when < dt.datetime(day.year, day.month, day.day, tzinfo=_FIRST_ZONE)


def _before_the_cited_day(
    given: CheckInput, made: str | None, memento_url: str | None, of_copy: str | None = None
) -> CheckResult | None:
    """A warning for a copy made before the cited day: it cannot hold the source as cited (`of_copy`: the
    other archive's copy it copies, made at `made`)."""
    day = given.citation.date
    if not _made_before(made, day):
        return None
    before = (
        f"before the cited day ({day}) began in any time zone: it cannot hold a source published that day"
    )
    return _made_too_early(memento_url, made, before, day.isoformat() if day else None, of_copy)


def _made_too_early(
    memento_url: str | None, made: str | None, before: str, cited: str | None, of_copy: str | None = None
) -> CheckResult:
    """The warning for a copy made before what it would copy existed: the archive kept the URL before the
    source was there (its 404, another page at that address), which is no copy of the source."""
    made_when = f"is of the archive's copy {of_copy}, made" if of_copy else "was made"
    return CheckResult(
        name="archived",
        status="warn",
        detail=f"the archived copy {memento_url} {made_when} {made}, {before}",
        cited=cited,
        found=made,
    )


# How far an archive's clock and a platform's may disagree on one moment.
_CLOCKS_APART = dt.timedelta(minutes=2)


def _before_the_post(given: CheckInput, made: str | None, lookup: MementoLookup) -> CheckResult | None:
    """A warning for a copy made before the post it would copy was published, as the live post read gives
    its time to the second (a Telegram, X, Bluesky or Mastodon post: the widget's time, the status id's, the
    AppView's `indexedAt`, the status API's `created_at`): the archive kept its URL before the post was there
    (a "post not found" page)."""
    live = given.live
    when = memento_moment(made) if made is not None else None
    if live is None or live.problem is not None or live.memento_url or when is None:
        return None
    if live.platform not in (Platform.TELEGRAM, Platform.TWITTER, Platform.BLUESKY, Platform.MASTODON):
        return None  # a web page's shown time may be in another zone than it says, or an update's
    if live.published is None or live.published_day_only or when >= live.published - _CLOCKS_APART:
        return None
    before = f"before the post was published ({live.published:%Y-%m-%d %H:%M:%S} UTC): it cannot hold it"
    return _made_too_early(lookup.memento_url, made, before, lookup.accept_datetime)


def _before_the_id(made: str | None, post_url: str | None, memento_url: str | None) -> CheckResult | None:
    """A warning for a copy made before the post whose link it copies was made, as the link's id says (an X
    status's snowflake, an Instagram or Threads shortcode's media id, a TikTok video's id): whether or not
    the post could be read, live or on the copy, its id says when it began, and a copy made before then
    holds no copy of it (the archive kept the address before the post was there, or its clock, or the
    copy's URL, says another time)."""
    from provenance.sources import post_id_time  # here: commands that read no capture never load it

    when = memento_moment(made) if made is not None else None
    if when is None or post_url is None:
        return None
    id_time, id_named = post_id_time(post_url)
    if id_time is None or when >= id_time - _CLOCKS_APART:
        return None
    before = f"before the post was made ({id_time:%Y-%m-%d %H:%M:%S} UTC: {id_named}): it cannot hold it"
    return _made_too_early(memento_url, made, before, None)


def _cited_copy(given: CheckInput) -> CheckResult | None:
    """A pass on the cited URL itself when it is an archived copy that was captured and read as the source."""
    live = given.live
    if given.citation.original_url is None or live is None or live.memento_url is None or live.problem:
        return None
    if given.source is not live:  # it answered no 2xx with its content: it was not read as the source
        return None
    made = _earliest_made(live.memento_datetime, live.memento_url)
    early = (
        _before_the_cited_day(given, made, live.memento_url)
        or _copy_of_a_copy_too_early(given, live.memento_url)
        or _before_the_id(made, given.citation.original_url, live.memento_url)
    )
    if early is not None:
        return early
    when = live.memento_datetime or "date not given"
    return CheckResult(
        name="archived",
        status="pass",
        detail=f"the cited URL is an archived copy of {given.citation.original_url}: memento of {when}, "
        f"{live.memento_url}; captured into this WARC and read",
        found=live.memento_datetime,
    )


def _copy_of_a_copy_too_early(given: CheckInput, memento_url: str | None) -> CheckResult | None:
    """A warning for a cited copy of another archive's copy (a Wayback link to a Wayback link) made before
    the cited day: what the cited copy shows is what that copy kept, when its URL says it was made."""
    from provenance.sources import copy_time_in_url  # here: commands that read no capture never load it

    inner = given.citation.original_url
    made = copy_time_in_url(inner) if inner else None
    return _before_the_cited_day(given, made, memento_url, of_copy=inner) if made else None


def _not_looked_up(given: CheckInput) -> str:
    """Why no archive was asked: no URL, or a cited archived copy that was read, but as a page of its own
    (it went on to another page's copy), for which none is asked."""
    original, live = given.citation.original_url, given.live
    if original is None or live is None or given.source is not live:
        return "nothing to look up: no URL"
    return (
        f"the cited URL names an archived copy of {original}, but what it showed ({live.url}) was read as a "
        "page of its own, no copy of it; no archive asked"
    )


def check_archived(given: CheckInput) -> CheckResult:
    if given.offline:
        return CheckResult(name="archived", status="skip", detail="offline: no archive asked")
    cited_copy = _cited_copy(given)
    if cited_copy is not None:
        return cited_copy
    if not given.archive_lookup:
        return CheckResult(name="archived", status="skip", detail="archive lookup turned off")
    lookup = given.archive
    if lookup is None:
        return CheckResult(name="archived", status="skip", detail=_not_looked_up(given))
    if lookup.memento_url is None:
        why = lookup.error or f"HTTP {lookup.http_status}"
        # Only the TimeGate's own answer says it has no copy: a lookup skipped, unanswered or refused
        # (429, 5xx) found nothing because nothing could be looked at.
        said = lookup.http_status in SAYS_NO_MEMENTO
        if said:
            # The asks before it (the copy the note names, the URL as cited) each said it has none too.
            places = " nor at ".join((*lookup.asked_before, lookup.timegate))
            return CheckResult(name="archived", status="warn", detail=f"no archived copy at {places} ({why})")
        before = f"; none at {' nor at '.join(lookup.asked_before)}" if lookup.asked_before else ""
        found = f"not known whether {lookup.timegate} holds an archived copy"
        return CheckResult(name="archived", status="warn", detail=f"{found} ({why}){before}")
    # A TimeGate's redirect whose `Link` gives no date for it still names the copy's time in its URL.
    made = lookup.memento_datetime or memento_time_in_url(lookup.memento_url)
    earliest = _earliest_made(lookup.memento_datetime, lookup.memento_url)
    early = (
        _before_the_cited_day(given, earliest, lookup.memento_url)
        or _before_the_post(given, earliest, lookup)
        or _before_the_id(earliest, given.citation.original_url or given.citation.url, lookup.memento_url)
    )
    if early is not None:
        return early
    when = made or "date not given"
    if not lookup.captured:
        # Only the archive's answer naming the copy was had: the copy (which may be its capture of a redirect,
        # a 404, its own "not archived" page) never answered, so no copy of the source was seen.
        return CheckResult(
            name="archived",
            status="warn",
            detail=f"the archive's answer names a copy, memento of {when}: {lookup.memento_url}, which was "
            "not fetched: whether it holds the source is not known",
            cited=lookup.accept_datetime,
            found=lookup.memento_datetime,
        )
    return CheckResult(
        name="archived",
        status="pass",
        detail=f"memento of {when}: {lookup.memento_url}; captured into this WARC and read",
        cited=lookup.accept_datetime,
        found=lookup.memento_datetime,
    )
