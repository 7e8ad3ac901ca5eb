"""CSL-JSON citations files: loading, applying overrides, and writing citations back as CSL-JSON."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Mapping
from pathlib import Path

import pytest

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.citations import apply_overrides, citation_to_csl, load_citations_file, parse_citation
from provenance.citations.csl import CitationOverrides
from provenance.errors import CitationsFileError, InputError
from provenance.models import Citation, Footnote, Platform, SourcePost

ASSETS = Path(__file__).parent.parent / "assets" / "citations"
JAN_21 = dt.date(2022, 1, 21)


def _load(asset: str) -> dict[str, CitationOverrides]:
    return load_citations_file((ASSETS / asset).read_bytes(), asset)


@pytest.mark.parametrize(
    ("asset", "problem"),
    [
        ("not_json.json", "not JSON (line 1, column 37"),
        ("not_utf8.json", "not UTF-8 text"),
        ("not_an_array.json", "expected a JSON array of CSL-JSON items, found an object"),
        ("item_not_an_object.json", "item 1: must be an object, found a string"),
        ("missing_id.json", 'item 0: needs an "id"'),
        ("empty_id.json", 'item 0: needs an "id"'),
        ("duplicate_id.json", "item 2: duplicate id '1' (also item 0)"),
        ("url_not_http.json", "item 0: \"URL\" 'ftp://files.example/a' is not an absolute http(s) URL"),
        ("title_not_a_string.json", 'item 0: "title" must be a non-empty string'),
        ("author_not_a_list.json", 'item 0: "author" must be a non-empty array'),
        ("author_entry_not_an_object.json", 'item 0: "author" entries must be objects'),
        ("author_without_name.json", 'item 0: "author" entries need a "literal" name or a "family"'),
        ("issued_not_an_object.json", 'item 0: "issued" must be an object'),
        ("issued_of_four_parts.json", 'item 0: "issued" needs year, month and day'),
        ("issued_not_a_calendar_date.json", 'item 0: "issued" [2022, 2, 30] is not a calendar date'),
        ("issued_part_of_superscript_digits.json", "\"issued\" date-parts must be numbers, found '\u00b2'"),
        (
            "issued_year_beyond_any_calendar.json",
            'item 0: "issued" [99999999999999999999, 1, 1] is not a calendar date',
        ),
        (
            "issued_raw_ambiguous.json",
            "item 0: \"issued\" raw date '03/04/2022' is not one full, unambiguous date",
        ),
        ("custom_unknown_platform.json", "item 0: \"custom.platform\" 'myspace' is not one of: telegram"),
        ("custom_handle_with_space.json", "item 0: \"custom.handle\" 'lina haddad' must be one account name"),
    ],
)
def test_malformed_citations_file_is_one_line_user_error_naming_file_and_item(
    asset: str, problem: str
) -> None:
    with pytest.raises(CitationsFileError) as raised:
        _load(asset)
    message = str(raised.value)
    assert message.startswith(f"{asset}: ")
    assert problem in message
    assert "\n" not in message
    assert isinstance(raised.value, InputError)  # exit code 2 through the one user-error family


def test_a_citations_file_written_in_yaml_is_told_what_a_citations_file_is() -> None:
    yaml = b"- id: '1'\n  URL: https://t.me/rybar/12345\n"
    with pytest.raises(CitationsFileError) as raised:
        load_citations_file(yaml, "cites.yaml")
    message = str(raised.value)
    assert message.startswith("cites.yaml: not JSON (line 1, column 1")
    assert "a JSON array of CSL-JSON items" in message and "--format csl" in message, message
    assert "\n" not in message


def test_a_citations_file_in_json_is_read() -> None:
    overrides = load_citations_file(b'[{"id": "1", "URL": "https://t.me/rybar/12345"}]', "cites.json")
    assert set(overrides) == {"1"}


def test_citations_file_gives_overrides_by_footnote_label() -> None:
    overrides = _load("overrides.json")
    assert overrides == {
        "1": CitationOverrides(
            url="https://t.me/s/rybar/28463?single",
            title="Morning summary",
            author="Rybar",
            date=JAN_21,
            platform=Platform.TELEGRAM,
        ),
        "2": CitationOverrides(author="Lina Haddad and Second Other", date=JAN_21),  # both authors checked
        "3": CitationOverrides(platform=Platform.TWITTER, handle="nexta_tv", post_id="1496140123456789504"),
        "4": CitationOverrides(platform=Platform.FACEBOOK),
    }


@pytest.mark.parametrize("opening", ["[", '{"a":', '[{"id": "1", "custom": ['])
def test_a_citations_file_nested_a_hundred_thousand_deep_is_refused_as_nested_too_deeply(
    opening: str,
) -> None:
    with pytest.raises(CitationsFileError, match=r"^deep\.json: JSON nested too deeply"):
        load_citations_file((opening * 100_000).encode(), "deep.json")


def test_a_citations_file_with_a_number_too_long_to_convert_is_refused_not_a_crash() -> None:
    # Python refuses to turn more than 4,300 digits into an int: that was an internal error (exit 3).
    data = b'[{"id": "1", "issued": {"date-parts": [[' + b"9" * 5000 + b"]]}}]"
    with pytest.raises(CitationsFileError, match=r"^long\.json: a number of more than 4,300 digits"):
        load_citations_file(data, "long.json")


def test_a_date_part_string_of_a_number_too_long_to_convert_is_refused_in_our_words() -> None:
    # A string of 5,000 digits passed as a number, and `int` refused it in Python's words ("use
    # sys.set_int_max_str_digits() to increase the limit"): the right exit, not a message for a user.
    data = b'[{"id": "1", "issued": {"date-parts": [["' + b"9" * 5000 + b'", 1, 1]]}}]'
    with pytest.raises(CitationsFileError) as caught:
        load_citations_file(data, "long.json")
    assert str(caught.value) == (
        'long.json: item 0: "issued" date-parts: a number of more than 4,300 digits: not a citations file'
    )


def test_a_refused_value_of_100_kb_is_quoted_in_a_short_line() -> None:
    data = b'[{"id": "1", "issued": {"raw": "' + b"1" * 100_000 + b'"}}]'
    with pytest.raises(CitationsFileError) as caught:
        load_citations_file(data, "big.json")
    assert str(caught.value).startswith("big.json: item 0:") and len(str(caught.value)) < 400


def test_empty_array_overrides_nothing() -> None:
    assert load_citations_file(b"[]", "empty.json") == {}


def test_url_override_is_kept_as_given_and_rederives_canonical_url_platform_handle_and_post_id() -> None:
    parsed = parse_citation(
        Footnote(label="1", text="City desk, 21 January 2022, https://news.example/a", line=1)
    )
    overridden = apply_overrides(parsed.citation, _load("overrides.json")["1"])
    assert overridden == Citation(
        platform=Platform.TELEGRAM,
        author="Rybar",
        handle="rybar",
        date=JAN_21,
        url="https://t.me/s/rybar/28463?single",
        canonical_url="https://t.me/rybar/28463",
        post_id="28463",
        title="Morning summary",
    )


def test_url_override_drops_a_post_id_the_new_url_does_not_carry() -> None:
    telegram = Citation(platform=Platform.TELEGRAM, url="https://t.me/rybar/5", handle="rybar", post_id="5")
    overridden = apply_overrides(telegram, CitationOverrides(url="https://news.example/a"))
    assert (overridden.platform, overridden.post_id, overridden.handle) == (Platform.WEB, None, "rybar")


def test_a_url_override_on_a_mirror_of_x_cites_xs_own_post_as_a_notes_link_does() -> None:
    # The file's `URL` was cited as written: the mirror's page captured and read as a page of its own, as an
    # X post (platform web, the post id read from the mirror's path), not from X's answers for the id.
    web = Citation(platform=Platform.WEB, url="https://news.example/a")
    mirror = "https://fxtwitter.com/rybar/status/1484567890123456789"
    overridden = apply_overrides(web, CitationOverrides(url=mirror))
    own = "https://x.com/rybar/status/1484567890123456789"
    assert (overridden.url, overridden.canonical_url, overridden.platform, overridden.handle) == (
        own,
        own,
        Platform.TWITTER,
        "rybar",
    )
    # X's own link is kept as given.
    given = "https://twitter.com/rybar/status/1484567890123456789?s=20"
    assert apply_overrides(web, CitationOverrides(url=given)).url == given
    # A stale post id beside the mirror's link gives way to the post the link names, as beside X's own.
    item = [{"id": "1", "URL": mirror, "custom": {"post_id": "999"}}]
    loaded = load_citations_file(json.dumps(item).encode(), "c.json")["1"]
    assert apply_overrides(web, loaded).post_id == "1484567890123456789"


def test_a_url_override_on_a_youtube_mirror_cites_youtube_s_watch_page_as_a_notes_link_does() -> None:
    # The file's `URL` was cited as written: the mirror's page captured and read as a web page of its own.
    web = Citation(platform=Platform.WEB, url="https://news.example/a")
    own = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    for mirror in (
        "https://yewtu.be/watch?v=dQw4w9WgXcQ",
        "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
    ):
        overridden = apply_overrides(web, CitationOverrides(url=mirror))
        assert (overridden.url, overridden.canonical_url, overridden.platform) == (own, own, Platform.YOUTUBE)
    # YouTube's own video pages are kept as given.
    given = "https://youtu.be/dQw4w9WgXcQ?t=42"
    assert apply_overrides(web, CitationOverrides(url=given)).url == given


@pytest.mark.parametrize(
    ("url", "post_id"),
    [
        ("https://www.tiktok.com/@scout2015/video/6718335390845095173", "6718335390845095173"),
        ("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "dQw4w9WgXcQ"),
        ("https://www.reddit.com/r/ukraine/comments/s9abcd/title/", "s9abcd"),
        ("https://vk.com/wall-12345_678", "-12345_678"),
    ],
)
def test_a_url_override_names_the_post_id_a_note_s_same_link_does(url: str, post_id: str) -> None:
    # With only Telegram's, X's and Bluesky's ids read, a file correcting a note's link to a TikTok or a
    # YouTube video gave no post id, where the same link in the note gave one; a stale `custom.post_id`
    # beside it stood for the post the link names.
    note = parse_citation(Footnote(label="1", text=f"Rybar, January 21, 2022, {url}", line=1)).citation
    telegram = Citation(platform=Platform.TELEGRAM, url="https://t.me/rybar/12345", post_id="12345")
    assert apply_overrides(telegram, CitationOverrides(url=url)).post_id == note.post_id == post_id
    item = [{"id": "1", "URL": url, "custom": {"post_id": "999"}}]
    loaded = load_citations_file(json.dumps(item).encode(), "c.json")["1"]
    assert apply_overrides(telegram, loaded).post_id == post_id


def test_fields_the_file_leaves_out_keep_what_the_note_says() -> None:
    parsed = parse_citation(
        Footnote(label="2", text="City desk, “Council vote”, 03/04/2022, https://news.example/a", line=1)
    )
    overridden = apply_overrides(parsed.citation, _load("overrides.json")["2"])
    assert (overridden.author, overridden.date, overridden.title, overridden.url) == (
        "Lina Haddad and Second Other",
        JAN_21,
        "Council vote",
        "https://news.example/a",
    )


ROUND_TRIP_NOTES = [
    "Rybar (@rybar), Telegram, January 21, 2022, https://t.me/s/rybar/28463",
    "Elon Musk (@elonmusk), X post, January 3, 2024, https://x.com/elonmusk/status/1742571314393104561?s=20",
    "Lina Haddad, “Council vote”, January 21, 2022, http://contract.example/article",
    "Leaked channel (@leaks), 21.01.2022, https://t.me/c/1234567890/77",
    "Telegram, January 21, 2022.",
    "",
]


@pytest.mark.parametrize("note", ROUND_TRIP_NOTES)
def test_csl_item_round_trips_to_the_same_citation(note: str) -> None:
    citation = parse_citation(Footnote(label="fn-1", text=note, line=1)).citation
    item = citation_to_csl("fn-1", citation)
    data = json.dumps([item]).encode()
    assert apply_overrides(Citation(), load_citations_file(data, "export.json")["fn-1"]) == citation


def test_csl_item_for_a_post_carries_platform_fields_under_custom() -> None:
    citation = parse_citation(
        Footnote(
            label="1", text="Rybar (@rybar), Telegram, January 21, 2022, https://t.me/rybar/28463", line=1
        )
    ).citation
    assert citation_to_csl("1", citation) == {
        "id": "1",
        "type": "post",
        "URL": "https://t.me/rybar/28463",
        "author": [{"literal": "Rybar"}],
        "issued": {"date-parts": [[2022, 1, 21]]},
        "container-title": "Telegram",
        "custom": {"platform": "telegram", "handle": "rybar", "post_id": "28463"},
    }


def test_csl_item_for_a_web_page_is_a_webpage() -> None:
    citation = Citation(platform=Platform.WEB, title="Council vote", url="https://news.example/a")
    assert citation_to_csl("2", citation) == {
        "id": "2",
        "type": "webpage",
        "title": "Council vote",
        "URL": "https://news.example/a",
        "custom": {"platform": "web"},
    }


def test_a_url_override_with_an_archived_copy_takes_platform_and_post_from_its_original() -> None:
    memento = "https://web.archive.org/web/20220121093000/https://t.me/rybar/12345"
    overridden = apply_overrides(Citation(platform=Platform.WEB), CitationOverrides(url=memento))
    assert (overridden.platform, overridden.handle, overridden.post_id, overridden.original_url) == (
        Platform.TELEGRAM,
        "rybar",
        "12345",
        "https://t.me/rybar/12345",
    )


def test_a_url_override_keeps_the_notes_archived_copy_only_while_it_copies_the_cited_url() -> None:
    memento = "https://web.archive.org/web/20220121093000/https://t.me/rybar/12345"
    cited = Citation(url="https://t.me/rybar/12345", archived_url=memento)
    same_post = apply_overrides(cited, CitationOverrides(url="https://t.me/s/rybar/12345"))
    other_post = apply_overrides(cited, CitationOverrides(url="https://t.me/rybar/12346"))
    assert (same_post.archived_url, other_post.archived_url) == (memento, None)


ARCHIVED_BESIDE = (
    "Rybar (@rybar), Telegram, January 21, 2022, https://t.me/rybar/28463, "
    "archived at https://web.archive.org/web/20220121093000/https://t.me/rybar/28463"
)
CITED_COPY = "Rybar, January 21, 2022, https://web.archive.org/web/20220121093000/https://t.me/s/rybar/28463"


@pytest.mark.parametrize("note", [ARCHIVED_BESIDE, CITED_COPY])
def test_csl_item_of_an_archived_copy_round_trips_to_the_same_citation(note: str) -> None:
    citation = parse_citation(Footnote(label="fn-1", text=note, line=1)).citation
    assert citation.archived_url or citation.original_url
    data = json.dumps([citation_to_csl("fn-1", citation)]).encode()
    assert apply_overrides(Citation(), load_citations_file(data, "export.json")["fn-1"]) == citation


def test_csl_item_carries_the_archived_copy_a_note_gives_beside_its_link_as_archive_location() -> None:
    citation = parse_citation(Footnote(label="1", text=ARCHIVED_BESIDE, line=1)).citation
    item = citation_to_csl("1", citation)
    assert (item["URL"], item["archive"], item["archive_location"]) == (
        "https://t.me/rybar/28463",
        "Internet Archive",
        "https://web.archive.org/web/20220121093000/https://t.me/rybar/28463",
    )
    assert "original_url" not in item["custom"]


def test_csl_item_of_a_cited_copy_names_its_original_under_custom() -> None:
    citation = parse_citation(Footnote(label="1", text=CITED_COPY, line=1)).citation
    item = citation_to_csl("1", citation)
    memento = "https://web.archive.org/web/20220121093000/https://t.me/s/rybar/28463"
    assert (item["URL"], item["archive"], item["archive_location"]) == (memento, "Internet Archive", memento)
    assert item["custom"]["original_url"] == "https://t.me/s/rybar/28463"


def test_an_archive_location_that_copies_another_page_or_is_no_url_adds_no_archived_copy() -> None:
    cited = Citation(url="https://t.me/rybar/12345")
    for location in ("https://web.archive.org/web/2022/https://t.me/rybar/999", "Box 3, folder 2", 7):
        data = json.dumps([{"id": "1", "archive_location": location}]).encode()
        assert apply_overrides(cited, load_citations_file(data, "f.json")["1"]).archived_url is None
    same = "https://web.archive.org/web/2022/https://t.me/s/rybar/12345"
    data = json.dumps([{"id": "1", "archive_location": same}]).encode()
    assert apply_overrides(cited, load_citations_file(data, "f.json")["1"]).archived_url == same


@pytest.mark.parametrize(
    "item",
    [
        {
            "id": "1",
            "URL": "https://web.archive.org/web/2022/https://t.me/a/1",
            "custom": {"original_url": "https://t.me/b/2"},
        },
        {"id": "1", "URL": "https://t.me/a/1", "custom": {"original_url": "https://t.me/a/1"}},
        {"id": "1", "custom": {"original_url": "https://t.me/a/1"}},
    ],
)
def test_a_custom_original_url_that_is_not_the_original_of_the_cited_copy_is_refused(
    item: dict[str, object],
) -> None:
    with pytest.raises(CitationsFileError, match=r'item 0: "custom.original_url" .* is not the original of'):
        load_citations_file(json.dumps([item]).encode(), "f.json")


def test_csl_item_of_a_cited_archive_today_copy_names_its_archive_and_original() -> None:
    copy = "https://archive.ph/2022.01.21-093000/https://t.me/rybar/28463"
    citation = parse_citation(Footnote(label="1", text=f"Rybar, Telegram, 21 January 2022, {copy}", line=1))
    item = citation_to_csl("1", citation.citation)
    assert (item["archive"], item["archive_location"], item["custom"]["original_url"]) == (
        "archive.today",
        copy,
        "https://t.me/rybar/28463",
    )
    data = json.dumps([item]).encode()
    assert apply_overrides(Citation(), load_citations_file(data, "f.json")["1"]) == citation.citation


def test_a_duplicate_id_of_a_hundred_kilobytes_is_quoted_clipped_in_the_one_line_message() -> None:
    long_id = "x" * 100_000
    data = json.dumps([{"id": long_id}, {"id": long_id}]).encode()
    with pytest.raises(CitationsFileError) as raised:
        load_citations_file(data, "c.json")
    message = str(raised.value)
    assert message.startswith("c.json: item 1: duplicate id 'xxx")
    assert message.endswith("… (also item 0)")
    assert len(message) < 400


@pytest.mark.parametrize(
    ("item", "said"),
    [
        (
            {"id": "9", "url": "https://t.me/chan/1"},
            '"url" is not read (names are case-sensitive): did you mean "URL"?',
        ),
        ({"id": "9", "URl": "https://t.me/chan/1"}, '"URl" is not read'),
        ({"id": "9", "container_title": "Telegram"}, 'did you mean "container-title"?'),
        ({"id": "9", "custom": {"Located": "confirmed"}}, '"Located" is not read'),
    ],
)
def test_a_field_misspelt_but_for_case_or_dash_is_refused_not_ignored(
    item: dict[str, object], said: str
) -> None:
    # Ignored like any other extra field, "url" left footnote 9 without the URL it was given: the run then
    # said the footnote names no source and asked for "a CSL-JSON file" giving its URL, as this one did.
    with pytest.raises(CitationsFileError, match=r"^found\.json: item 0: ") as raised:
        load_citations_file(json.dumps([item]).encode(), "found.json")
    assert said in str(raised.value)


def test_a_field_spelt_both_ways_and_other_fields_of_csl_are_still_read() -> None:
    item = {
        "id": "9",
        "URL": "https://t.me/chan/1",
        "url": "https://t.me/chan/1",
        "note": "x",
        "DOI": "10.1/x",
        "archive-location": "Box 3, folder 2",  # another tool's spelling of a field read leniently
    }
    assert load_citations_file(json.dumps([item]).encode(), "found.json")["9"].url == "https://t.me/chan/1"


@pytest.mark.parametrize(
    "item",
    [
        '{"id": "1", "URL": "https://t.me/rybar/1", "URL": "https://t.me/rybar/2"}',
        '{"id": "1", "custom": {"handle": "rybar", "handle": "dva_majors"}}',
        '{"id": "1", "id": "2"}',
    ],
)
def test_a_citations_file_giving_one_name_twice_in_an_object_is_refused(item: str) -> None:
    # `json` kept the last value and other tools keep the first: the URL a person read in the file was not
    # the one captured, and the other was checked and passed in its place.
    with pytest.raises(
        CitationsFileError, match=r'^twice\.json: "(URL|handle|id)" is given twice in one object'
    ):
        load_citations_file(f"[{item}]".encode(), "twice.json")


def test_a_citations_file_giving_each_name_once_per_object_loads() -> None:
    # The same name in two objects is no repeat: the item's `URL` and an alternative's.
    data = b'[{"id": "1", "URL": "https://t.me/rybar/1", "custom": {"alternatives": [{"URL": "https://t.me/rybar/2"}]}}]'
    assert load_citations_file(data, "once.json")["1"].url == "https://t.me/rybar/1"


_CORRECTED = "https://x.com/bob/status/1484567890123456789"
_STALE = "1484567890000000000"


@pytest.mark.parametrize(
    ("item", "post_id"),
    [
        # A located candidate whose URL a person corrected, its post id left as `locate` wrote it.
        ({"URL": _CORRECTED, "custom": {"post_id": _STALE, "located": "confirmed"}}, "1484567890123456789"),
        # The true cases beside it: the id the URL names, and an id given for a URL that names no post.
        ({"URL": _CORRECTED, "custom": {"post_id": "1484567890123456789"}}, "1484567890123456789"),
        ({"URL": "https://news.example/a", "custom": {"post_id": "5"}}, "5"),
        ({"custom": {"post_id": "1484567890123456789"}}, "1484567890123456789"),
    ],
)
def test_the_post_a_citations_files_url_links_is_the_cited_post(
    item: dict[str, object], post_id: str
) -> None:
    # The stale id stood beside the corrected URL: the X author check failed the post captured as "another
    # post" than the one it was cited for.
    footnote = Footnote(label="1", text=f"Bob Smith, X, January 21, 2022, {_CORRECTED}", line=1)
    overrides = load_citations_file(json.dumps([{"id": "1", **item}]).encode(), "f.json")["1"]
    citation = apply_overrides(parse_citation(footnote).citation, overrides)
    assert citation.post_id == post_id
    if citation.url == _CORRECTED:
        bob = SourcePost(
            platform=Platform.TWITTER,
            url=_CORRECTED,
            post_id="1484567890123456789",
            author="Bob Smith",
            handle="bob",
            published=dt.datetime(2022, 1, 21, 16, 45, tzinfo=dt.UTC),
            text="The bridge is ours.",
        )
        given = CheckInput(footnote=footnote, citation=citation, source=bob, outcome=None)
        assert check_author(given).status == "pass"


def _item_loaded(item: Mapping[str, object]) -> CitationOverrides:
    return load_citations_file(json.dumps([item]).encode(), "zotero.json")[str(item["id"])]


@pytest.mark.parametrize(
    ("issued", "said"),
    [
        (
            {"date-parts": [[2022, 1, 21], [2022, 1, 23]]},
            '"issued" date-parts give a range of days: give the one day the source was published',
        ),
        (
            {"date-parts": [[2022, 1, 21]], "circa": True},
            '"issued" is "circa", an approximate date: give the one day the source was published',
        ),
        (
            {"date-parts": [[2022, 1, 21]], "raw": "2022-01-25"},
            "\"issued\" date-parts give 2022-01-21, its raw '2022-01-25' another day: which is meant",
        ),
        (
            {"literal": "Spring"},
            "\"issued\" literal date 'Spring' is not one full, unambiguous date such as 2022-01-21",
        ),
    ],
)
def test_an_issued_date_giving_no_one_day_is_refused_naming_the_item(issued: object, said: str) -> None:
    # A CSL range's first day, a "circa" day, or date-parts over a raw date of another day were read as the
    # one day the source was published: the date check compared a day the file does not claim.
    with pytest.raises(CitationsFileError, match=r"^zotero\.json: item 0: ") as raised:
        _item_loaded({"id": 3, "URL": "https://t.me/rybar/1", "issued": issued})
    assert said in str(raised.value)


@pytest.mark.parametrize(
    "issued",
    [
        {"literal": "21 January 2022"},  # CSL's date as written: refused as giving no "date-parts" or "raw"
        {"date-parts": [["2022", "01", "21"]]},  # as Zotero and Mendeley export a year
        {"date-parts": [[2022, 1, 21], [2022, 1, 21]]},  # a range of one day
        {"date-parts": [[2022, 1, 21]], "raw": "2022-01-21T09:30"},  # a raw date of the same day
        {"date-parts": [[2022, 1, 21]], "raw": "January 2022"},  # a raw date of no one day: date-parts read
        {"raw": "2022-01-21"},
    ],
)
def test_an_issued_date_of_one_day_is_read_in_each_shape_csl_writes_it(issued: object) -> None:
    assert _item_loaded({"id": "3", "issued": issued}).date == JAN_21


@pytest.mark.parametrize(
    ("author", "name"),
    [
        ({"family": "Gaulle", "given": "Charles", "non-dropping-particle": "de"}, "Charles de Gaulle"),
        ({"family": "Beethoven", "given": "Ludwig", "dropping-particle": "van"}, "Ludwig van Beethoven"),
        ({"family": "King", "given": "Martin Luther", "suffix": "Jr."}, "Martin Luther King Jr."),
        ({"family": "Reuters"}, "Reuters"),  # an institution, as Mendeley exports one
        ({"literal": "Rybar"}, "Rybar"),
        ({"family": "Haddad", "given": "Lina"}, "Lina Haddad"),
    ],
)
def test_a_csl_names_particles_and_suffix_are_part_of_the_author_checked(
    author: dict[str, str], name: str
) -> None:
    # `de` and `van` were left out: "Charles Gaulle" was the author the post's display name was held to.
    assert _item_loaded({"id": "3", "author": [author]}).author == name


@pytest.mark.parametrize(
    ("authors", "name"),
    [
        (
            [{"family": "Smith", "given": "Jane"}, {"family": "Jones", "given": "Tom"}],
            "Jane Smith and Tom Jones",
        ),
        (
            [{"family": "Smith", "given": "J."}, {"literal": "Reuters"}, {"family": "Lee", "given": "Ann"}],
            "J. Smith, Reuters and Ann Lee",
        ),
        (
            [{"family": "Doe", "given": f"J{n}"} for n in range(25)],
            ", ".join(f"J{n} Doe" for n in range(20)) + " et al.",
        ),
    ],
)
def test_every_author_of_a_csl_item_is_checked(authors: list[dict[str, str]], name: str) -> None:
    assert _item_loaded({"id": "3", "author": authors}).author == name


@pytest.mark.parametrize(("shown", "status"), [("Jane Smith", "warn"), ("Jane Smith and Tom Jones", "pass")])
def test_a_page_crediting_one_of_a_csl_item_s_two_authors_does_not_pass(shown: str, status: str) -> None:
    # Only the first author was checked: a page crediting Jane Smith alone passed.
    url = "https://example.com/troops"
    footnote = Footnote(
        label="3", text=f"Troops at the border, Example News, January 21, 2022, {url}", line=1
    )
    authors = [{"family": "Smith", "given": "Jane"}, {"family": "Jones", "given": "Tom"}]
    citation = apply_overrides(
        parse_citation(footnote).citation, _item_loaded({"id": "3", "author": authors})
    )
    page = SourcePost(
        platform=Platform.WEB,
        url=url,
        author=shown,
        published=dt.datetime(2022, 1, 21, 10, tzinfo=dt.UTC),
        text="Troops at the border.",
    )
    given = CheckInput(footnote=footnote, citation=citation, source=page, outcome=None)
    assert check_author(given).status == status


def test_a_field_spelt_both_ways_with_different_values_is_refused() -> None:
    # "URL" was read and "url" ignored: the link a person edited, read by another tool, was not the one
    # captured. The same value spelt both ways loads (test_a_field_spelt_both_ways_…_are_still_read).
    item = {"id": "9", "URL": "https://t.me/chan/1", "url": "https://t.me/chan/2"}
    with pytest.raises(CitationsFileError) as raised:
        _item_loaded(item)
    assert str(raised.value) == (
        'zotero.json: item 0: "url" and "URL" give different values: which is meant is unclear; keep "URL" '
        "alone"
    )


@pytest.mark.parametrize(
    "item",
    [
        {"id": "1", "container-title": "Telegram"},
        {"id": "1", "custom": {"platform": "telegram"}},
    ],
)
def test_a_citations_files_platform_other_than_its_links_is_not_passed_by_locator(
    item: dict[str, object],
) -> None:
    # The file's `Telegram` was the run's citation's platform, the link an X post's: the checks compared the X
    # post, and the footnote was verified as a Telegram post.
    from provenance.checks.locator import check_locator

    post = "https://x.com/rybar/status/1484567890123456789"
    footnote = Footnote(label="1", text=f"Rybar, 21 January 2022, {post}", line=3, urls=(post,))
    citation = apply_overrides(parse_citation(footnote).citation, _item_loaded(item))
    result = check_locator(CheckInput(footnote=footnote, citation=citation, outcome=None))
    assert (result.status, result.detail) == (
        "warn",
        f"{post}: the citations file says Telegram, its link is on X/Twitter: is this the post the file "
        "means? Compare by hand",
    )
    # The true case beside it: the file names the link's own platform.
    same = (
        {**item, "container-title": "X"}
        if "container-title" in item
        else {"id": "1", "custom": {"platform": "twitter"}}
    )
    citation = apply_overrides(parse_citation(footnote).citation, _item_loaded(same))
    assert check_locator(CheckInput(footnote=footnote, citation=citation, outcome=None)).status == "pass"


def test_an_unquoted_title_goes_to_csl_and_back_as_the_note_s_unquoted_words() -> None:
    note = "Ivanov, Ivan. Bridge destroyed in overnight strike. TASS, 3 May 2023, https://tass.example/a"
    citation = parse_citation(Footnote(label="1", text=note, line=1)).citation
    item = citation_to_csl("1", citation)
    assert item["title"] == "Bridge destroyed in overnight strike"
    assert item["custom"]["title_quoted"] is False
    overrides = load_citations_file(json.dumps([item]).encode(), "c.json")["1"]
    assert apply_overrides(citation, overrides) == citation


def test_a_title_a_citations_file_gives_is_its_own_word_not_the_note_s_unquoted_guess() -> None:
    note = "Ivanov, Ivan. Bridge destroyed in overnight strike. TASS, 3 May 2023, https://tass.example/a"
    citation = parse_citation(Footnote(label="1", text=note, line=1)).citation
    given = apply_overrides(citation, CitationOverrides(title="Bridge destroyed in overnight strike"))
    assert given.title_quoted is True  # compared as the file's title, as a quoted one is
    assert apply_overrides(citation, CitationOverrides(author="Ivan Ivanov")).title_quoted is False


# --- a month or a year only ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("note", "parts"),
    [
        ("OHCHR, \u201cUpdate on Ukraine\u201d, January 2022, https://www.ohchr.org/en/update", [2022, 1]),
        ("Ministry of Defence, Annual report 2021, https://www.gov.uk/report", [2021]),
    ],
)
def test_csl_item_of_a_note_dated_to_the_month_or_year_gives_issued_to_that_precision_and_round_trips(
    note: str, parts: list[int]
) -> None:
    citation = parse_citation(Footnote(label="3", text=note, line=1)).citation
    item = citation_to_csl("3", citation)
    assert item["issued"] == {"date-parts": [parts]}
    loaded = load_citations_file(json.dumps([item]).encode(), "export.json")["3"]
    assert apply_overrides(Citation(), loaded) == citation


def _issued_over_a_dated_note(issued: dict[str, object]) -> tuple[object, object]:
    """(date, date_month_or_year) of a note dated January 21, 2022 once a citations file's item gives it
    `issued`."""
    note = parse_citation(
        Footnote(label="3", text="OHCHR, Update, January 21, 2022, https://o.org/a", line=1)
    )
    overridden = apply_overrides(note.citation, _item_loaded({"id": "3", "issued": issued}))
    return overridden.date, overridden.date_month_or_year


@pytest.mark.parametrize(
    ("issued", "period"),
    [
        ({"date-parts": [[2022, 1]]}, "2022-01"),
        ({"date-parts": [["2021"]]}, "2021"),
        ({"raw": "January 2022"}, "2022-01"),
        ({"literal": "F\u00e9vrier 2022"}, "2022-02"),
        ({"date-parts": [[2022, 1]], "raw": "January 2022"}, "2022-01"),
    ],
)
def test_a_citations_file_s_issued_month_or_year_replaces_the_note_s_day(
    issued: dict[str, object], period: str
) -> None:
    # Refused as "needs year, month and day", a true item exported from Zotero stopped the run.
    assert _issued_over_a_dated_note(issued) == (None, period)


@pytest.mark.parametrize(
    "issued",
    [
        {"date-parts": [[2022, 21]]},  # CSL's (EDTF's) spring, 21 to 24 in place of a month
        {"date-parts": [["2022", "23"]]},
        {"date-parts": [[2022]], "season": 1},
        {"date-parts": [[2022]], "season": "spring"},
        {"date-parts": [[2022]], "season": 3},
    ],
)
def test_a_citations_file_s_issued_spring_or_autumn_is_its_year_alone_never_a_month(
    issued: dict[str, object],
) -> None:
    # Refused as "not a calendar date", a true item of a season stopped the run.
    assert _issued_over_a_dated_note(issued) == (None, "2022")


@pytest.mark.parametrize(
    ("issued", "period"),
    [
        ({"date-parts": [["2022", "24"]]}, "2022-24"),
        ({"date-parts": [[2022]], "season": 4}, "2022-24"),
        ({"date-parts": [[2022]], "season": "winter"}, "2022-24"),
        ({"date-parts": [[2022, 22]], "raw": "Summer 2022"}, "2022-22"),
        ({"date-parts": [[2022]], "season": 2}, "2022-22"),
        # Written as a note writes it: the same season (refused as "not one full date", where its date-parts
        # were read).
        ({"raw": "Winter 2022"}, "2022-24"),
        ({"literal": "\u0417\u0438\u043c\u0430 2022"}, "2022-24"),
        ({"date-parts": [[2022, 24]], "raw": "Winter 2022"}, "2022-24"),
    ],
)
def test_a_citations_file_s_issued_summer_or_winter_keeps_its_season_code_not_the_year(
    issued: dict[str, object], period: str
) -> None:
    # Read as the year, a post of January 2023 cited as winter 2022 failed the date check.
    assert _issued_over_a_dated_note(issued) == (None, period)


@pytest.mark.parametrize(
    "note",
    [
        "Smith, J. Troops. Foreign Affairs, Winter 2021-22, https://www.foreignaffairs.com/a",
        "Dupont, Revue, hiver 2021-2022, https://revue.fr/a",
    ],
)
def test_csl_item_of_a_note_s_winter_of_two_years_is_its_months_range_and_round_trips(note: str) -> None:
    citation = parse_citation(Footnote(label="3", text=note, line=1)).citation
    item = citation_to_csl("3", citation)
    assert item["issued"] == {"date-parts": [[2021, 12], [2022, 2]]}
    data = json.dumps([item]).encode()
    assert apply_overrides(Citation(), load_citations_file(data, "export.json")["3"]) == citation


@pytest.mark.parametrize(
    "issued",
    [
        {"raw": "Winter 2021-22"},
        {"raw": "winter 2021/2022"},
        {"date-parts": [[2021, 12], [2022, 2]], "raw": "Winter 2021-22"},
        # CSL's winter 2021 (December 2020 to February 2022) beside the raw that says which of its winters.
        {"date-parts": [[2021, 24]], "raw": "Winter 2021-22"},
        {"date-parts": [[2022]], "season": 4, "raw": "Winter 2021-22"},
    ],
)
def test_a_citations_file_s_winter_of_two_years_is_december_to_february(issued: dict[str, object]) -> None:
    # Refused as "winter may fall in two years", where its two years say which.
    assert _item_loaded({"id": "3", "issued": issued}).date_month_or_year == "2021-12/2022-02"


def test_a_citations_file_s_range_of_other_months_or_a_winter_of_other_years_is_still_refused() -> None:
    with pytest.raises(CitationsFileError, match="range of days"):
        _item_loaded({"id": "3", "issued": {"date-parts": [[2021, 11], [2022, 2]]}})
    with pytest.raises(CitationsFileError, match="give winter 2021, its raw 'Winter 2022-23' another"):
        _item_loaded({"id": "3", "issued": {"date-parts": [[2021, 24]], "raw": "Winter 2022-23"}})


def test_csl_item_of_a_winter_writes_csl_s_season_and_round_trips() -> None:
    citation = parse_citation(Footnote(label="3", text="OHCHR, Update, https://o.org/a", line=1)).citation
    winter = apply_overrides(citation, _item_loaded({"id": "3", "issued": {"date-parts": [[2021, 24]]}}))
    item = citation_to_csl("3", winter)
    assert item["issued"] == {"date-parts": [[2021]], "season": 4}
    data = json.dumps([item]).encode()
    assert apply_overrides(Citation(), load_citations_file(data, "export.json")["3"]) == winter


@pytest.mark.parametrize(
    ("issued", "said"),
    [
        (
            {"date-parts": [[2022, 21, 5]]},
            '"issued" [2022, 21, 5] gives a day of spring (21 is CSL\'s season',
        ),
        (
            {"date-parts": [[2022, 21]], "raw": "March 2023"},
            "\"issued\" date-parts give spring 2022, its raw 'March 2023' another month or year",
        ),
        ({"date-parts": [[2022]], "season": 4, "raw": "2023"}, "date-parts give winter 2022, its raw '2023'"),
        ({"date-parts": [[2022, 25]]}, '"issued" [2022, 25] is not a calendar date'),
    ],
)
def test_an_issued_season_with_a_day_or_another_year_is_refused_naming_the_season(
    issued: dict[str, object], said: str
) -> None:
    with pytest.raises(CitationsFileError) as raised:
        _item_loaded({"id": "3", "issued": issued})
    assert said in str(raised.value)


def test_a_citations_file_s_day_replaces_the_note_s_month() -> None:
    note = parse_citation(Footnote(label="3", text="OHCHR, Update, January 2022, https://o.org/a", line=1))
    item = {"id": "3", "issued": {"date-parts": [[2022, 1, 14]], "raw": "January 2022"}}
    overridden = apply_overrides(note.citation, _item_loaded(item))
    assert (overridden.date, overridden.date_month_or_year) == (dt.date(2022, 1, 14), None)


@pytest.mark.parametrize(
    ("issued", "said"),
    [
        ({"date-parts": [[2022, 13]]}, '"issued" [2022, 13] is not a calendar date'),
        ({"date-parts": [[2022, 1, 21, 5]]}, '"issued" needs year, month and day'),
        (
            {"date-parts": [[2022, 2]], "raw": "January 2022"},
            "\"issued\" date-parts give 2022-02, its raw 'January 2022' another month or year",
        ),
        ({"date-parts": [[2022, 1], [2022, 3]]}, '"issued" date-parts give a range of days'),
        ({"raw": "Winter"}, "\"issued\" raw date 'Winter' is not one full, unambiguous date"),
        # Why a winter or a summer is none: it may fall in two years.
        ({"raw": "Winter 2021-23"}, "winter may fall in two years (December to February); give the day"),
        ({"raw": "summer, 2022"}, "summer may fall in two years"),
        ({"literal": "\u0417\u0438\u043c\u0430 2021/2023"}, "\u0437\u0438\u043c\u0430 may fall in two years"),
    ],
)
def test_an_issued_month_or_year_that_is_no_month_or_contradicts_itself_is_refused(
    issued: dict[str, object], said: str
) -> None:
    with pytest.raises(CitationsFileError) as raised:
        _item_loaded({"id": "3", "issued": issued})
    assert said in str(raised.value)


@pytest.mark.parametrize("raw", ["Spring 2022", "autumn 2022", "Herbst 2022"])
def test_an_issued_raw_spring_or_autumn_is_its_year(raw: str) -> None:
    # In its one year in either hemisphere, as `"season": 1` is: refused as no date, a true file stopped
    # the run.
    overrides = _item_loaded({"id": "3", "issued": {"raw": raw}})
    assert (overrides.date, overrides.date_month_or_year) == (None, "2022")
