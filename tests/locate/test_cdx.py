"""The CDX API: query URLs, answers (good and hostile), and the id prefixes of an X/Twitter window."""

from __future__ import annotations

import datetime as dt

import pytest

from provenance.citations.platforms import snowflake_datetime
from provenance.locate.cdx import (
    MAX_ROWS,
    CdxAnswerError,
    cdx_query_url,
    id_prefixes,
    parse_cdx,
    status_id_prefixes,
    status_time,
)


def test_query_url_asks_for_json_one_row_per_url_from_the_window_start() -> None:
    url = cdx_query_url("twitter.com/example/status/1484*", start=dt.date(2022, 1, 20))

    assert url.startswith("https://web.archive.org/cdx/search/cdx?url=twitter.com/example/status/1484*&")
    assert "output=json" in url and "collapse=urlkey" in url and "from=20220120" in url


def test_rows_are_read_by_their_header_and_give_the_original_bytes_memento() -> None:
    data = (
        b'[["urlkey","timestamp","original","mimetype","statuscode","digest","length"],'
        b'["com,twitter)/x/status/1","20220121093000","https://twitter.com/x/status/1","text/html","200","D","9"]]'
    )

    (row,) = parse_cdx(data)

    assert row.memento_url == "https://web.archive.org/web/20220121093000id_/https://twitter.com/x/status/1"
    assert (row.timestamp, row.status) == ("20220121093000", "200")


@pytest.mark.parametrize("data", [b"", b"[]", b"  \n"])
def test_an_empty_answer_is_no_rows(data: bytes) -> None:
    assert parse_cdx(data) == []


@pytest.mark.parametrize(
    "data",
    [
        b"<html>rate limited</html>",
        b'[["a","b"]]',
        b'[["timestamp","original"],["1"]]',
        b"[[1, 2]]",
        # More digits than Python converts, and nesting past the recursion limit: were internal errors.
        pytest.param(b"[[" + b"9" * 5000 + b"]]", id="number-of-5000-digits"),
        pytest.param(b"[" * 100_000, id="nested-100000-deep"),
    ],
)
def test_an_answer_that_is_not_a_cdx_listing_is_named(data: bytes) -> None:
    with pytest.raises(CdxAnswerError):
        parse_cdx(data)


def test_a_few_prefixes_cover_exactly_the_ids_of_a_window() -> None:
    start, end = dt.datetime(2022, 1, 20, tzinfo=dt.UTC), dt.datetime(2022, 1, 23, tzinfo=dt.UTC)

    prefixes = status_id_prefixes(start, end)

    assert 1 <= len(prefixes) <= 4
    inside = 1484597012365078528  # 2022-01-21
    assert any(str(inside).startswith(prefix) for prefix in prefixes)
    for prefix in prefixes:  # every prefix keeps to within a few days of the window
        low = int(prefix.ljust(19, "0"))
        assert snowflake_datetime(str(low)) > start - dt.timedelta(days=30)


def test_prefixes_split_where_the_number_of_digits_changes() -> None:
    assert id_prefixes(95, 105) == ["9", "10"]  # 90-99 and 100-109: at most four prefixes each
    assert id_prefixes(1205, 1207) == ["1205", "1206", "1207"]


def test_a_status_id_given_in_sequence_before_snowflakes_has_no_time() -> None:
    # Read as a snowflake, a tweet of 2007 was posted at 01:42 UTC on 4 November 2010: a candidate "of the
    # cited day" for a note of that day, years after it was posted.
    assert status_time("29700859247") is None
    assert status_time("20") is None
    assert status_time("9" * 40) is None, "longer than any snowflake"
    assert status_time("1484597012365078528") == snowflake_datetime("1484597012365078528")


def test_a_window_at_the_start_of_snowflakes_is_listed_once_not_once_for_each_id_length() -> None:
    start, end = dt.datetime(2010, 11, 3, tzinfo=dt.UTC), dt.datetime(2010, 11, 6, tzinfo=dt.UTC)

    assert status_id_prefixes(start, end) == [""]


def test_an_answer_larger_than_any_listing_of_its_rows_is_refused_before_it_is_parsed() -> None:
    # MAX_ROWS good rows, then millions of empty ones the row limit never looks at: parsed whole, such an
    # answer (48 MB) took 1.2 GB of memory.
    header = b'[["timestamp","original"],'
    good = b'["20220121093000","https://twitter.com/x/status/1"],' * MAX_ROWS
    data = header + good + b"[]," * 2_000_000 + b"[]]"

    too_large = r"^6,\d{3},\d{3} bytes, more than a listing of 5,000 rows takes"
    with pytest.raises(CdxAnswerError, match=too_large):
        parse_cdx(data)
