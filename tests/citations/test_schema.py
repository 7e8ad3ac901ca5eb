"""The citation schema check: one actionable finding per missing or malformed field."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.citations import validate_citation
from provenance.citations.validation import _schema_findings, _schema_findings_by_validation
from provenance.models import Citation, Platform

COMPLETE = Citation(
    platform=Platform.TELEGRAM,
    author="Rybar",
    handle="rybar",
    date=dt.date(2022, 1, 21),
    url="https://t.me/rybar/28463",
    post_id="28463",
)


def test_complete_citation_passes() -> None:
    assert validate_citation(COMPLETE) == ()


def test_complete_web_citation_passes_without_post_id() -> None:
    web = Citation(
        platform=Platform.WEB, author="City desk", date=dt.date(2022, 1, 20), url="http://news.example/a"
    )
    assert validate_citation(web) == ()


@pytest.mark.parametrize("field", ["url", "platform", "date", "author"])
def test_each_absent_required_field_is_one_missing_finding(field: str) -> None:
    citation = Citation.model_validate({**COMPLETE.model_dump(), field: None})
    findings = validate_citation(citation)
    assert [(f.code, f.field) for f in findings] == [(f"missing-{field}", field)]


def test_empty_author_counts_as_missing() -> None:
    findings = validate_citation(COMPLETE.model_copy(update={"author": ""}))
    assert [f.code for f in findings] == ["missing-author"]


def test_missing_url_message_tells_the_user_what_to_add() -> None:
    (finding,) = validate_citation(COMPLETE.model_copy(update={"url": None}))
    assert finding.message == "no URL: the note names no link to the source"


def test_bare_note_reports_every_missing_field() -> None:
    codes = {f.code for f in validate_citation(Citation())}
    assert codes == {"missing-url", "missing-platform", "missing-date", "missing-author"}


def test_malformed_value_is_an_invalid_finding() -> None:
    # model_construct skips validation, as a citation built by hand or by an older tool might.
    citation = Citation.model_construct(**{**COMPLETE.model_dump(), "url": "ftp://files.example/a"})
    findings = validate_citation(citation)
    assert [(f.code, f.field) for f in findings] == [("invalid-url", "url")]


@pytest.mark.parametrize(
    ("platform", "url"),
    [(Platform.TELEGRAM, "https://t.me/rybar"), (Platform.TWITTER, "https://x.com/elonmusk")],
)
def test_social_citation_linking_an_account_not_a_post_lacks_a_post_id(platform: Platform, url: str) -> None:
    citation = COMPLETE.model_copy(update={"platform": platform, "url": url, "post_id": None})
    findings = validate_citation(citation)
    assert [(f.code, f.field) for f in findings] == [("missing-post-id", "post_id")]
    assert url in findings[0].message


_CITATIONS = st.builds(
    Citation,
    platform=st.none() | st.sampled_from(Platform),
    author=st.none() | st.sampled_from(["", " ", "Rybar", "Лина"]) | st.text(max_size=4),
    handle=st.none() | st.from_regex(r"[A-Za-z0-9_]{1,6}", fullmatch=True),
    date=st.none() | st.dates(),
    url=st.none() | st.sampled_from(["https://t.me/rybar/1", "http://news.example/a", "https://x.com/a"]),
    canonical_url=st.none() | st.just("https://t.me/rybar/1"),
    post_id=st.none() | st.text(max_size=3),
    title=st.none() | st.text(max_size=3),
    located=st.none() | st.sampled_from(["candidate", "confirmed"]),
)


@settings(max_examples=300, deadline=None)
@given(_CITATIONS)
def test_schema_shortcut_for_complete_citations_agrees_with_full_validation(citation: Citation) -> None:
    assert _schema_findings(citation) == _schema_findings_by_validation(citation)


def test_a_cited_archived_copy_of_a_post_links_that_post() -> None:
    # A Wayback link to a tweet failed the schema: "no post id: … is not a link to one twitter post".
    original = "https://twitter.com/MinPressOffice/status/1484307299693617728"
    citation = COMPLETE.model_copy(
        update={
            "platform": Platform.TWITTER,
            "url": f"https://web.archive.org/web/20220121000000/{original}",
            "original_url": original,
            "post_id": "1484307299693617728",
        }
    )
    assert validate_citation(citation) == ()


def test_a_bluesky_citation_linking_a_profile_not_a_post_lacks_a_post_id() -> None:
    url = "https://bsky.app/profile/harbour.bsky.social"
    citation = COMPLETE.model_copy(update={"platform": Platform.BLUESKY, "url": url, "post_id": None})
    findings = validate_citation(citation)
    assert [(f.code, f.field) for f in findings] == [("missing-post-id", "post_id")]
    assert "(https://bsky.app/profile/<handle>/post/<id>)" in findings[0].message
    post = COMPLETE.model_copy(
        update={"platform": Platform.BLUESKY, "url": f"{url}/post/3lbg46235ui27", "post_id": None}
    )
    assert validate_citation(post) == ()


def test_a_bluesky_short_link_is_read_where_it_leads_and_lacks_no_post_id() -> None:
    # `go.bsky.app/<code>` failed the schema ("no post id"), though the capture reads the post it leads to,
    # as it reads `bit.ly`'s.
    short = COMPLETE.model_copy(
        update={"platform": Platform.BLUESKY, "url": "https://go.bsky.app/AbCd123", "post_id": None}
    )
    assert validate_citation(short) == ()
    # The true case beside it: bsky.app's own link to no post still lacks one.
    profile = short.model_copy(update={"url": "https://bsky.app/profile/harbour.bsky.social"})
    assert [(f.code, f.field) for f in validate_citation(profile)] == [("missing-post-id", "post_id")]


def test_a_year_only_date_says_the_day_the_note_gives_without_its_year() -> None:
    # `Rybar, Kherson 2022, post of 21 January`: the year is a title's, and the day is left without one; the
    # writer is told which day to give its year.
    yearless = COMPLETE.model_copy(update={"date": None, "date_month_or_year": "2022"})
    (finding,) = validate_citation(yearless, day_without_its_year="21 January")
    assert finding.code == "year-only-date"
    assert "to 2022" in finding.message and "gives 21 January without its year" in finding.message
    (plain,) = validate_citation(yearless)
    assert "without its year" not in plain.message


def test_a_missing_date_says_the_day_the_note_gives_without_its_year() -> None:
    undated = COMPLETE.model_copy(update={"date": None})
    (finding,) = validate_citation(undated, day_without_its_year="21 January", validated=True)
    assert finding.code == "missing-date" and "gives 21 January without its year" in finding.message


@pytest.mark.parametrize(
    ("period", "said"),
    [
        (
            "2022-24",
            "to winter 2022, not to a day; winter 2022 may be read from December 2021 to February 2023",
        ),
        (
            "2021-22",
            "to summer 2021, not to a day; summer 2021 may be read from December 2020 to February 2022",
        ),
    ],
)
def test_a_winter_or_a_summer_of_one_year_is_a_season_only_naming_its_wide_span(
    period: str, said: str
) -> None:
    # A note's `Winter 2022` or a citations file's `"season": 4`: the writer learns why the date check warns
    # of a post of December 2021 or of February 2023 alike.
    citation = COMPLETE.model_copy(update={"date": None, "date_month_or_year": period})
    (finding,) = validate_citation(citation)
    assert finding.code == "season-only-date"
    assert said in finding.message
