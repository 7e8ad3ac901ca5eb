"""Time zones' names as a byline or a note writes them after a time of day (`8:30 PM ET`, `9:15 AKST`, `20:30
WIB`), said once for both places that read them: the web extractor (`extractors.web`), which gives a byline's
time as one moment, and the `date` check (`checks.date`), which compares a note's time with the post's.

Each name has the IANA zone of the one place's clock it names, where it names one (`ET`: New York's, standard
or summer time, as a page that always prints `EST` shows New York's clock in July too), and the UTC offsets,
in hours, it may mean: a note's `9:15 EST` may be either of New York's, a note's `CST` US Central's or
China's. A byline's time is one moment where its name has one zone or one offset; a name several places share
(`CST`, `MST`: Arizona's all year or Denver's, `IST`: India's, Ireland's or Israel's) gives none, unless the
page's site, language or own times say which of its places it is of (`SHARED_CLOCKS`).

The zones of one offset that `citations.dates.find_time` reads itself (`UTC`, `CET`, `MSK`, `JST`, ...) are
not here, but for `HST`, which a byline's clock reads here too. Plain data: no import, nothing compiled.
"""

from __future__ import annotations

# name: (the IANA zone of the one place's clock it names, or None; the offsets, in hours, it may mean)
NAMED_ZONES: dict[str, tuple[str | None, tuple[float, ...]]] = {
    # North America. Canadian outlets write `AT` (Atlantic) and `NT` (Newfoundland) as US ones write `ET`.
    "ET": ("America/New_York", (-5, -4)),
    "EST": ("America/New_York", (-5, -4)),
    "EDT": ("America/New_York", (-5, -4)),
    "CT": ("America/Chicago", (-6, -5)),
    "CST": (None, (-6, -5, 8)),  # US Central or China
    "CDT": ("America/Chicago", (-6, -5)),
    "MT": ("America/Denver", (-7, -6)),
    "MST": (None, (-7, -6)),  # Arizona's, all year, or Denver's
    "MDT": ("America/Denver", (-7, -6)),
    "PT": ("America/Los_Angeles", (-8, -7)),
    "PST": ("America/Los_Angeles", (-8, -7)),
    "PDT": ("America/Los_Angeles", (-8, -7)),
    "AKST": ("America/Anchorage", (-9, -8)),
    "AKDT": ("America/Anchorage", (-9, -8)),
    "HST": ("Pacific/Honolulu", (-10,)),
    "AT": ("America/Halifax", (-4, -3)),
    "AST": (None, (-4, -3, 3)),  # Atlantic or Arabia
    "ADT": ("America/Halifax", (-4, -3)),
    "NT": ("America/St_Johns", (-3.5, -2.5)),
    "NST": ("America/St_Johns", (-3.5, -2.5)),
    "NDT": ("America/St_Johns", (-3.5, -2.5)),
    # South America
    "BRT": (None, (-3,)),
    "ART": (None, (-3,)),
    # Europe, Africa, the Middle East
    "WET": ("Europe/Lisbon", (0, 1)),
    "WEST": ("Europe/Lisbon", (0, 1)),
    "BST": (None, (1, 6)),  # British summer time or Bangladesh's
    "WAT": (None, (1,)),
    "IST": (None, (1, 2, 3, 5.5)),  # India's, Ireland's, or Israel's (written for its summer time too)
    "IDT": ("Asia/Jerusalem", (2, 3)),
    "SAST": (None, (2,)),
    "CAT": (None, (2,)),
    "EAT": (None, (3,)),
    "TRT": (None, (3,)),
    "IRST": ("Asia/Tehran", (3.5, 4.5)),
    "IRDT": ("Asia/Tehran", (3.5, 4.5)),
    "GST": (None, (4,)),
    "GET": (None, (4,)),
    "AZT": (None, (4,)),
    # Asia and the Pacific
    "AFT": (None, (4.5,)),
    "NPT": (None, (5.75,)),
    "MMT": (None, (6.5,)),
    "ICT": (None, (7,)),
    "WIB": (None, (7,)),
    "WITA": (None, (8,)),
    "WIT": (None, (9,)),
    "MYT": (None, (8,)),
    "PHT": (None, (8,)),
    "AWST": (None, (8,)),
    "ACST": (None, (9.5, 10.5)),  # Darwin's, all year, or Adelaide's
    "ACDT": ("Australia/Adelaide", (9.5, 10.5)),
    "AEST": (None, (10, 11)),  # Brisbane's, all year, or Sydney's
    "AEDT": ("Australia/Sydney", (10, 11)),
    "NZST": ("Pacific/Auckland", (12, 13)),
    "NZDT": ("Pacific/Auckland", (12, 13)),
}

# The US zones written out after a time (`8:30 p.m. Eastern`, `Mountain Standard Time`), lowercased, each
# as its abbreviation (`ET`, `CT`, `MT`, `PT`) is.
SPELLED_ZONES: dict[str, str] = {
    "eastern": "ET",
    "central": "CT",
    "mountain": "MT",
    "pacific": "PT",
}


# A name several places' clocks share, each place's clock (its IANA zone, or the one offset the name means
# there) by its country's code (as a site's domain, or a locale's region, writes it): a byline's `9:15 AM IST`
# is India's on an Indian site, Ireland's on an Irish one (Irish Standard Time, its summer's +01:00: Dublin's
# winter clock is GMT, which IST never means), Israel's on an Israeli one, and no moment where the page does
# not say which. `CST` is US Central's (Chicago's clock, as a US page prints CST in July too), Mexico's
# (Mexico City's), China's and Taiwan's (+08:00) or Cuba's (its standard time, -05:00); `BST` British Summer
# Time (+01:00: London's winter clock is GMT, which BST never means) or Bangladesh's (+06:00); `AST` Atlantic
# Canada's or Bermuda's clock, the Caribbean's Atlantic time (-04:00 all year), or Arabia's (+03:00). A
# Canadian page's `CST` (Winnipeg's clock or Saskatchewan's, an hour apart in summer) settles nothing.
_ATLANTIC_ALL_YEAR = dict.fromkeys(("pr", "do", "tt", "bb", "vi"), -4)
_ARABIA = dict.fromkeys(("sa", "iq", "kw", "qa", "bh", "ye"), 3)
SHARED_CLOCKS: dict[str, dict[str, str | float]] = {
    "IST": {"in": 5.5, "ie": 1, "il": "Asia/Jerusalem"},
    "CST": {"us": "America/Chicago", "mx": "America/Mexico_City", "cn": 8, "tw": 8, "cu": -5},
    "BST": {"gb": 1, "uk": 1, "bd": 6},
    "AST": {"ca": "America/Halifax", "bm": "Atlantic/Bermuda", **_ATLANTIC_ALL_YEAR, **_ARABIA},
}
# The languages whose pages are of one of those places, as far as a shared name goes: written in that
# country alone (a page in Hindi is India's), or in places whose clocks of the name read alike (a page in
# Chinese writing CST is China's or Taiwan's: +08:00 both; one in Arabic writing AST is Arabia's, one in
# Bengali writing BST Bangladesh's: no other place of those names writes them).
COUNTRY_LANGUAGES: dict[str, str] = {
    **dict.fromkeys(("hi", "mr", "gu", "kn", "ml", "te"), "in"),
    "ga": "ie",
    "he": "il",
    "zh": "cn",
    "ar": "sa",
    "bn": "bd",
}
# The offsets (hours) of the page's own times no other place's clock of a shared name has (`+05:30`:
# India's among IST's, `+08:00` China's among CST's, `+06:00` Bangladesh's among BST's, `+03:00` Arabia's
# among AST's; Ireland's +01:00 and Israel's +02:00 are half of Europe's too, and US Central's -06:00 Mexico's
# and Canada's: they settle nothing).
COUNTRY_OFFSETS: dict[float, str] = {5.5: "in", 8: "cn", 6: "bd", 3: "sa"}


def shared_clock(name: str, countries: list[str]) -> str | float | None:
    """The IANA zone, or the one offset (hours), a time written in the zone `name`, which several places'
    clocks share (`IST`, `CST`, `BST`, `AST`), is read in on a page that `countries` (the codes its site,
    locale, language and own times give) say is of one of those places; None where they name none of them, or
    more than one (never a guess)."""
    clocks = SHARED_CLOCKS.get(name, {})
    named = {clocks[country] for country in countries if country in clocks}
    return named.pop() if len(named) == 1 else None


def one_clock(name: str) -> str | float | None:
    """The IANA zone a time written in the zone `name` (an abbreviation, or a spelled one) is read in, or the
    one offset (hours) it means; None for a name several clocks share, or none here."""
    name = SPELLED_ZONES.get(name.casefold(), name)
    zone, hours = NAMED_ZONES.get(name, (None, ()))
    if zone is not None:
        return zone
    return hours[0] if len(hours) == 1 else None
