"""The one table of zones' names that a byline's time and a note's time are both read in."""

from __future__ import annotations

import datetime as dt
import zoneinfo

from provenance.zones import NAMED_ZONES, SHARED_CLOCKS, SPELLED_ZONES, one_clock, shared_clock


def test_a_name_s_one_clock_keeps_only_the_offsets_the_name_may_mean() -> None:
    # A name read in one place's clock (`ET`: New York's) and a note's offsets for it (`EST`: -5 or -4) said
    # apart, a byline and a note would read one name as different times.
    for name, (zone, hours) in NAMED_ZONES.items():
        if zone is None:
            continue
        for day in (dt.datetime(2022, 1, 21, 12), dt.datetime(2022, 7, 21, 12)):
            offset = day.replace(tzinfo=zoneinfo.ZoneInfo(zone)).utcoffset()
            assert offset is not None
            assert offset / dt.timedelta(hours=1) in hours, (name, day)


def test_a_name_several_clocks_share_gives_no_one_clock() -> None:
    for name in ("CST", "MST", "AST", "IST", "BST", "AEST", "ACST"):
        assert one_clock(name) is None, name
    assert one_clock("NO SUCH") is None


def test_a_name_of_one_zone_or_one_offset_gives_its_clock() -> None:
    assert one_clock("ET") == "America/New_York"
    assert one_clock("AT") == "America/Halifax"
    assert one_clock("NZDT") == "Pacific/Auckland"
    assert one_clock("WIB") == 7
    assert one_clock("NPT") == 5.75


def test_the_us_zones_written_out_are_their_abbreviations_clocks() -> None:
    assert {region: one_clock(region.capitalize()) for region in SPELLED_ZONES} == {
        "eastern": "America/New_York",
        "central": "America/Chicago",
        "mountain": "America/Denver",
        "pacific": "America/Los_Angeles",
    }


def test_a_shared_name_s_clock_is_one_only_where_the_page_s_countries_name_one_of_its_places() -> None:
    assert shared_clock("IST", ["in", "us"]) == 5.5
    assert shared_clock("IST", ["ie"]) == 1
    assert shared_clock("IST", ["il", "il"]) == "Asia/Jerusalem"
    assert shared_clock("IST", ["in", "ie"]) is None  # two places: never a guess
    assert shared_clock("IST", ["us"]) is None
    assert shared_clock("MST", ["us"]) is None  # a name not settled here


def test_cst_bst_and_ast_are_settled_by_the_page_s_country_as_ist_is() -> None:
    # Each gave no moment wherever it stood: US Central's or China's, Britain's or Bangladesh's, Atlantic or
    # Arabia's.
    assert shared_clock("CST", ["us"]) == "America/Chicago"
    assert shared_clock("CST", ["tw", "cn"]) == 8  # Taiwan's and China's clocks read alike
    assert shared_clock("CST", ["cu"]) == -5
    assert shared_clock("BST", ["uk", "gb"]) == 1
    assert shared_clock("BST", ["bd"]) == 6
    assert shared_clock("AST", ["ca"]) == "America/Halifax"
    assert shared_clock("AST", ["pr"]) == -4
    assert shared_clock("AST", ["sa", "qa"]) == 3
    assert shared_clock("CST", ["us", "cn"]) is None  # two places: never a guess
    assert shared_clock("CST", ["ca"]) is None  # Winnipeg's or Saskatchewan's
    assert shared_clock("BST", ["in"]) is None
    assert shared_clock("AST", ["gb"]) is None


def test_each_shared_clock_s_offsets_are_among_its_name_s() -> None:
    # A byline's IST read in Dublin's clock must be one of the times a note's IST may mean.
    for name, clocks in SHARED_CLOCKS.items():
        for zone in clocks.values():
            if not isinstance(zone, str):
                assert zone in NAMED_ZONES[name][1], zone
                continue
            for day in (dt.datetime(2022, 1, 21, 12), dt.datetime(2022, 7, 21, 12)):
                offset = day.replace(tzinfo=zoneinfo.ZoneInfo(zone)).utcoffset()
                assert offset is not None
                assert offset / dt.timedelta(hours=1) in NAMED_ZONES[name][1], (zone, day)
