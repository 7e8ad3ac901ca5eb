"""A web page dated by its day alone, cited by the day it was updated on (a Korean page's `수정` line, its
`article:modified_time`): the date check's warning says the note's day is the update's."""

from __future__ import annotations

import datetime as dt

from provenance.checks import CheckInput
from provenance.checks.date import check_date
from provenance.models import Citation, Footnote, Platform, SourcePost

STORY = "https://www.news1.kr/politics/election/5348123"


def _cited_on(day: dt.date, modified: str | None = "2024-03-13T09:10:00+09:00") -> CheckInput:
    page = SourcePost(
        platform=Platform.WEB,
        url=STORY,
        published=dt.datetime(2024, 3, 12, tzinfo=dt.UTC),
        published_day_only=True,
        published_from="htmldate",
        fields={"modified": modified} if modified else {},
    )
    footnote = Footnote(label="2", text=f"이서연, 뉴스1, {day:%d %B %Y}, {STORY}", line=9)
    citation = Citation(platform=Platform.WEB, author="이서연", date=day, url=STORY)
    return CheckInput(footnote=footnote, citation=citation, outcome=None, live=page, source=page)


def test_a_day_only_page_cited_by_its_update_s_day_says_so() -> None:
    # It warned only that "a time zone may explain it": the note had copied the day of the `수정` line.
    result = check_date(_cited_on(dt.date(2024, 3, 13)))
    assert result.status == "warn"
    assert result.detail.endswith(
        "; the cited day is that of the page's update (2024-03-13T09:10:00+09:00), not its publication's: "
        "compare by hand"
    )


def test_a_page_cited_by_its_publication_day_or_without_an_update_is_not_said_updated() -> None:
    assert check_date(_cited_on(dt.date(2024, 3, 12))).status == "pass"
    unchanged = check_date(_cited_on(dt.date(2024, 3, 13), modified=None))
    assert unchanged.status == "warn"
    assert "update" not in unchanged.detail
