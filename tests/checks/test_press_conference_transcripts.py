"""A ministry's transcript of a press conference, as the date and title checks read it: dated by the day its
title gives the conference where the page shows no date of its own, and titled as the page's `<title>` gives
it before the site's name, which Chinese sites join with an underscore."""

from __future__ import annotations

import datetime as dt

import pytest

from provenance.checks import CheckInput
from provenance.checks.date import check_date
from provenance.checks.title import check_title
from provenance.models import Citation, Footnote, Platform, SourcePost

MFA = "https://www.mfa.gov.cn/web/fyrbt_673021/jzhsl_673025/202403/t20240312_11259981.shtml"
HEADLINE = "2024年3月12日外交部发言人陈立言主持例行记者会"


def _transcript(title: str, cited: dt.date, cited_title: str | None = None) -> CheckInput:
    """A note citing the ministry's page on `cited` (and by `cited_title`): a page titled `title` that shows
    no publication date."""
    page = SourcePost(platform=Platform.WEB, url=MFA, title=title, text="陈立言\uff1a我们注意到有关报道。")
    footnote = Footnote(label="1", text=f"Ministry of Foreign Affairs, {cited:%d %B %Y}, {MFA}", line=9)
    citation = Citation(platform=Platform.WEB, url=MFA, date=cited, title=cited_title)
    return CheckInput(footnote=footnote, citation=citation, outcome=None, live=page, source=page)


@pytest.mark.parametrize(
    ("title", "written"),
    [
        (f"{HEADLINE}_中华人民共和国外交部", "2024年3月12日"),
        (
            "Foreign Ministry Spokesperson Chen Liyan's Regular Press Conference on March 12, 2024",
            "March 12, 2024",
        ),
        ("Брифинг официального представителя МИД России, Москва, 12 марта 2024 года", "12 марта 2024"),
    ],
)
def test_a_transcript_with_no_date_of_its_own_is_dated_by_the_press_conference_its_title_names(
    title: str, written: str
) -> None:
    # It warned "the source shows no publication date" where the page's title gives the conference's day.
    result = check_date(_transcript(title, dt.date(2024, 3, 12)))
    assert result.status == "pass"
    assert result.detail == (
        "the source gives the day 2024-03-12 (the day its title gives the press conference, "
        f"{written!r}; the page shows no publication date of its own)"
    )


def test_a_transcript_cited_before_its_conference_fails_and_after_it_still_warns() -> None:
    title = f"{HEADLINE}_中华人民共和国外交部"
    before = check_date(_transcript(title, dt.date(2024, 3, 11)))
    assert before.status == "fail"
    assert before.detail == (
        "cited 2024-03-11; the source is the transcript of a press conference of 2024-03-12 (the day its "
        "title gives the press conference, '2024年3月12日')"
    )
    after = check_date(_transcript(title, dt.date(2024, 3, 13)))
    assert after.status == "warn"
    assert after.detail.endswith("is 2024-03-12, and its transcript may have been published later")


def test_a_page_whose_title_names_a_day_but_no_press_conference_is_not_dated_by_it() -> None:
    # The day a headline names is the day it is about: a page of 14 March on the 12 March collision.
    result = check_date(_transcript("2024年3月12日东海撞船事故调查进展_新闻中心", dt.date(2024, 3, 12)))
    assert result.status == "warn"
    assert result.detail.startswith("the source shows no publication date")


@pytest.mark.parametrize(
    ("title", "cited"),
    [
        (f"{HEADLINE}_中华人民共和国外交部", HEADLINE),
        ("东海货船与渔船相撞 三名渔民失踪 | 新华网", "东海货船与渔船相撞 三名渔民失踪"),
        ("大桥被摧毁 | 新华网", "大桥被摧毁"),
    ],
)
def test_a_chinese_headline_cited_without_the_site_s_name_beside_it_passes(title: str, cited: str) -> None:
    # An underscore parts a Chinese page's headline from the site's name; and a headline written without
    # spaces was read as one word beside another part, a kicker: each warned "only part of the page's title".
    result = check_title(_transcript(title, dt.date(2024, 3, 12), cited))
    assert result.status == "pass", result.detail


def test_a_short_chinese_label_beside_a_headline_is_still_only_part_of_the_title() -> None:
    # `乌克兰` (Ukraine) is a label beside the headline, not the page's title.
    result = check_title(_transcript("乌克兰 | 大桥被摧毁", dt.date(2024, 3, 12), "乌克兰"))
    assert result.status == "warn"
