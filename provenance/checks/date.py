"""`date`: was the source published on the cited day, in some time zone from UTC-12 to UTC+14?

A post made at 23:30 UTC on 20 January is 21 January from UTC+01:00 eastwards: cited as 21 January, it passes.
An access date is never compared: the citation's `date` is its publication date.

A forwarded Telegram post's time is the forward's, which the detail says. A note that names the forwarded
post's original author means the original post, posted then or earlier but not captured: its day is
confirmed by nothing, and contradicted only when it is later than the forward.
"""

from __future__ import annotations

import datetime as dt

from provenance.checks.author import cites_the_forwarded_author, forward_of_another, forwarder
from provenance.checks.interface import CheckInput
from provenance.models import CheckResult, CheckStatus

_WEST = dt.timedelta(hours=-12)
_EAST = dt.timedelta(hours=14)


def _zone(offset: dt.timedelta) -> str:
    minutes = round(offset.total_seconds() / 60)
    sign = "+" if minutes >= 0 else "\u2212"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _utc(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC")


def _result(status: CheckStatus, detail: str, cited: dt.date, found: str | None) -> CheckResult:
    return CheckResult(name="date", status=status, detail=detail, cited=cited.isoformat(), found=found)


def check_date(given: CheckInput) -> CheckResult:
    cited, source = given.citation.date, given.source
    if cited is None:
        return CheckResult(name="date", status="skip", detail="the citation gives no date")
    if source is None or source.problem is not None:
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
        return _result("fail", f"cited {cited}; the source gives {found}{origin}{where}", cited, found)
    found = published.isoformat().replace("+00:00", "Z")
    day_start = dt.datetime(cited.year, cited.month, cited.day, tzinfo=dt.UTC)
    # Offsets o with (published + o) falling on the cited day: day_start <= published + o < next day.
    west = max(_WEST, day_start - published)
    east = min(_EAST, day_start + dt.timedelta(days=1) - published - dt.timedelta(minutes=1))
    if west <= east:
        zones = "in every zone" if (west, east) == (_WEST, _EAST) else f"from {_zone(west)} to {_zone(east)}"
        return _result("pass", f"posted {_utc(published)}{origin}: {cited} {zones}{where}", cited, found)
    earliest, latest = (published + _WEST).date(), (published + _EAST).date()
    return _result(
        "fail",
        f"cited {cited}; the source was posted {_utc(published)}{origin}, which is {earliest} to {latest} "
        f"across UTC\u221212..UTC+14{where}",
        cited,
        found,
    )


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
