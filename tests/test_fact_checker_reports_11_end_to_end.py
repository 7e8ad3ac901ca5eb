"""What `check` says of each footnote of an eleventh set of reports a fact-checker reviews, end to end: an
Asia desk's sources and a live story's, which the earlier sets cite least.

An Asia desk's brief on a ship collision, written in AsciiDoc (`footnote:[…]` macros), cites a Japanese
broadcaster's article (dated only by `2024年3月12日 18時40分` under its headline), the Chinese foreign
ministry's transcript of a press conference (a Q&A page dated only by the conference's day in its title;
the words the brief quotes are the spokesperson's answer, and again words a reporter's question holds), a
shipping company's Weibo post (Weibo sends a visitor to its login page), a Korean newspaper's article (its
`입력` time and its later `수정` one; cited by each day) and a Turkish news site's article (`12 Mart 2024`).
A newsroom's live-coverage explainer in Markdown cites a live blog's entries by their time and link (one
entry holding the quoted words; one entry whose neighbour holds them; a time on a day before the entry that
holds them), a wire story updated since (`Updated 3:12 PM GMT+1, March 12, 2024`), the same story by a
Google News link (a page that sends the reader on by script) and a note that gives only `Weibo, March 12,
2024.` while the body names who posted.

Each footnote's status is what an honest tool must say: `verified` only where every claim was checked; a
login wall never verifies; a note with no link is unlocatable. The servers are local (`--connect-to`), the
URLs the real ones. The pages' markup is written from memory of the real sites' shapes (NHK's
`content--date` line, the ministry's `news-title` and its Q&A paragraphs, Weibo's "Sina Visitor System"
page, a Korean newspaper's `article-timestamp` list, a Turkish site's `news-date`, the Guardian's
`LiveBlogPosting` with its `liveBlogUpdate`s and `block-` anchors, AP's `bsp-timestamp` line, Google News's
`c-wiz` page): close to them, not copied; the ships, companies, people and numbers are made up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.check_runs import HTML_HEADERS as HTML
from tests.support.check_runs import checked_over_tls as checked_through
from tests.support.check_runs import checks_by_name
from tests.support.servers import Reply, path_of, redirect

ASSETS = Path(__file__).parent / "assets" / "fact_checker_11"


def shown(name: str) -> Reply:
    """The fixture page `name` (in `ASSETS`) answered as HTML."""
    return Reply(body=(ASSETS / name).read_bytes(), headers=HTML)


# --- the Asia desk's brief (AsciiDoc) -----------------------------------------------------------------------

NHK = "https://www3.nhk.or.jp/news/html/20240312/k10014387651000.html"
MFA = "https://www.mfa.gov.cn/web/fyrbt_673021/jzhsl_673025/202403/t20240312_11259981.shtml"
MFA_TITLE = "2024年3月12日外交部发言人陈立言主持例行记者会"
WEIBO = "https://weibo.com/7712345678/O4xYzAbCd"
WEIBO_VISITOR = (
    "https://passport.weibo.com/visitor/visitor?entry=miniblog&a=enter"
    "&url=https%3A%2F%2Fweibo.com%2F7712345678%2FO4xYzAbCd&domain=weibo.com"
)
HANI = "https://www.hani.co.kr/arti/international/international_general/1131234.html"
HANI_TITLE = "동중국해서 화물선·어선 충돌…선원 3명 실종"
HURRIYET = (
    "https://www.hurriyet.com.tr/dunya/dogu-cin-denizinde-yuk-gemisi-ile-balikci-teknesi-carpisti-42412345"
)
HURRIYET_TITLE = "Doğu Çin Denizi'nde yük gemisi ile balıkçı teknesi çarpıştı: 3 denizci kayıp"  # noqa: RUF001
ASIA_HOSTS = (
    "www3.nhk.or.jp",
    "www.mfa.gov.cn",
    "weibo.com",
    "passport.weibo.com",
    "www.hani.co.kr",
    "www.hurriyet.com.tr",
)

BRIEF = f"""= East China Sea collision: what each capital said
Asia desk, 14 March 2024
:toc:

== Tokyo

Japan's public broadcaster reported that the coast guard would go on searching: "捜索は夜を徹して続ける".footnote:nhk[NHK, "東シナ海で貨物船と漁船が衝突 乗組員3人の行方分からず", 12 March 2024, {NHK}]

== Beijing

The foreign ministry's spokesperson said that "事发海域并非中方管辖海域".footnote:mfa[Ministry of Foreign Affairs of the People's Republic of China, "{MFA_TITLE}", 12 March 2024, {MFA}]

The spokesperson Chen Liyan also said the collision was "中方船只故意制造的事故".footnote:mfa-question[Chen Liyan, spokesperson, "{MFA_TITLE}", 12 March 2024, {MFA}]

The cargo ship's Chinese agent wrote that its crew "立即停船并放下救生艇".footnote:weibo[Zhoushan Haixing Shipping, Weibo, 12 March 2024, {WEIBO}]

== Seoul

A Seoul daily reported that Korean boats fishing nearby were "수색에 협조하고 있는".footnote:hani[박서윤, "{HANI_TITLE}", 한겨레, 12 March 2024, {HANI}]

The same daily's story is cited again by the day it was last edited.footnote:hani-edited[박서윤, "{HANI_TITLE}", 한겨레, 13 March 2024, {HANI}]

== Ankara

A Turkish daily quoted the coast guard: "Arama çalışmaları gece boyunca kesintisiz sürecek".footnote:hurriyet[Deniz Aksoy, "{HURRIYET_TITLE}", Hürriyet, 12 March 2024, {HURRIYET}]
"""  # noqa: E501, RUF001


@pytest.fixture(scope="module")
def brief(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("brief")
    report = folder / "east-china-sea-collision.adoc"
    report.write_text(BRIEF, encoding="utf-8")
    routes: dict[str, Any] = {
        path_of(NHK): shown("nhk_news_ja.html"),
        path_of(MFA): shown("mfa_press_conference_zh.html"),
        path_of(WEIBO): redirect(WEIBO_VISITOR),
        path_of(WEIBO_VISITOR): shown("weibo_visitor.html"),
        path_of(HANI): shown("hani_news_ko.html"),
        path_of(HURRIYET): shown("hurriyet_haber_tr.html"),
    }
    return checked_through(report, ASIA_HOSTS, routes, folder)


# --- the live-coverage explainer (Markdown) -----------------------------------------------------------------

BLOG = "https://www.theguardian.com/world/live/2024/mar/12/east-china-sea-ship-collision-search-live-updates"
SEARCH_ENTRY = "65f06c4de4b0c8d1a2f30c33"  # 14.05 GMT on 12 March: the coast guard widens the search
OPERATOR_ENTRY = "65f04b3ce4b0c8d1a2f30b22"  # 11.40 GMT on 12 March: the ship's operator speaks


def entry_link(block: str) -> str:
    """The link the Guardian's live blog gives an entry: the page that shows it, its anchor."""
    return f"{BLOG}?page=with:block-{block}#block-{block}"


AP = "https://apnews.com/article/japan-east-china-sea-collision-fishing-boat-7d1c2e3f4a5b6c7d8e9f0a1b2c3d4e5f"
AP_TITLE = "Cargo ship and fishing boat collide in East China Sea; 3 fishermen missing"
GOOGLE_NEWS = (
    "https://news.google.com/articles/"
    "CBMiggFodHRwczovL2FwbmV3cy5jb20vYXJ0aWNsZS9qYXBhbi1lYXN0LWNoaW5hLXNlYS1jb2xsaXNpb24"
    "?hl=en-US&gl=US&ceid=US:en"
)
LIVE_HOSTS = ("www.theguardian.com", "apnews.com", "news.google.com")
BLOG_TITLE = "East China Sea ship collision: search for missing fishermen continues \u2013 live updates"

EXPLAINER = f"""# What we know about the East China Sea collision

*Live desk, 13 March 2024.*

By the afternoon, the coast guard said "two patrol vessels and a jet will search through the night".[^entry]

The ship's operator said its crew had "two patrol vessels and a jet" on the way.[^neighbour]

By the evening, the coast guard said "the search for the other two continues".[^later]

The boat's owner said the crew had "no time to send a mayday".[^wire]

The same story, as a reader's link gave it: "no time to send a mayday".[^google-news]

The agent of the cargo ship, Zhoushan Haixing Shipping, wrote that its crew "stopped at once".[^weibo]

[^entry]: Hana Mori, "{BLOG_TITLE}", *The Guardian*, 12 March 2024, 14:05 GMT, <{entry_link(SEARCH_ENTRY)}>
[^neighbour]: Hana Mori, "{BLOG_TITLE}", *The Guardian*, 12 March 2024, 11:40 GMT, <{entry_link(OPERATOR_ENTRY)}>
[^later]: *The Guardian*, "{BLOG_TITLE}", entry of 16:20 GMT, 12 March 2024, <{BLOG}>
[^wire]: Kenji Ota and Mei-lin Hsu, "{AP_TITLE}", Associated Press, March 12, 2024, <{AP}>
[^google-news]: "{AP_TITLE}", AP via Google News, March 12, 2024, <{GOOGLE_NEWS}>
[^weibo]: Weibo, March 12, 2024.
"""  # noqa: E501


@pytest.fixture(scope="module")
def explainer(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("explainer")
    report = folder / "east-china-sea-explainer.md"
    report.write_text(EXPLAINER, encoding="utf-8")
    blog = shown("guardian_live_blog.html")
    routes: dict[str, Any] = {
        path_of(BLOG): blog,
        path_of(entry_link(SEARCH_ENTRY).partition("#")[0]): blog,
        path_of(entry_link(OPERATOR_ENTRY).partition("#")[0]): blog,
        path_of(AP): shown("apnews_updated.html"),
        path_of(GOOGLE_NEWS): shown("google_news_article.html"),
    }
    return checked_through(report, LIVE_HOSTS, routes, folder)


# --- what a fact-checker reads: the Asia desk's brief ------------------------------------------------------

# AsciiDoc numbers its notes in turn; the brief names them so.
NOTE = {
    "nhk": "1",
    "mfa": "2",
    "mfa-question": "3",
    "weibo": "4",
    "hani": "5",
    "hani-edited": "6",
    "hurriyet": "7",
}


def test_each_footnote_of_the_asia_desk_s_brief_has_the_status_a_careful_editor_would_give(
    brief: dict[str, dict[str, Any]],
) -> None:
    statuses = {label: brief[number]["status"] for label, number in NOTE.items()}
    assert statuses == {
        "nhk": "verified",  # its day under the headline, its words, its title, the broadcaster's name
        "mfa": "unconfirmed",  # the ministry named in English; its page names no one: a person compares
        "mfa-question": "unconfirmed",  # words of a reporter's question given to the spokesperson
        "weibo": "failed",  # Weibo's visitor page: never the post
        "hani": "verified",  # its `입력` day
        "hani-edited": "unconfirmed",  # cited by the day it was edited, a day after it was published
        "hurriyet": "verified",  # `12 Mart 2024` beside the byline
    }


def test_a_japanese_article_dated_only_under_its_headline_is_verified_by_its_broadcaster_s_name(
    brief: dict[str, dict[str, Any]],
) -> None:
    # The page names its outlet `NHKニュース` ("NHK News"): the note's `NHK` warned as another name.
    checks = checks_by_name(brief[NOTE["nhk"]])
    assert checks["date"] == (
        "pass",
        "the source gives the day 2024-03-12 (date line by the byline or headline)",
    )
    assert checks["author"] == ("pass", "cited 'NHK'; the source shows 'NHK\u30cb\u30e5\u30fc\u30b9'")
    assert checks["quote"][0] == checks["title"][0] == "pass"


def test_a_press_conference_transcript_is_dated_by_its_title_and_titled_without_the_site_s_name(
    brief: dict[str, dict[str, Any]],
) -> None:
    # The page shows no date but the conference's in its title: the date warned "no publication date". Its
    # `<title>` joins the site's name with an underscore: the cited headline warned as only part of it.
    checks = checks_by_name(brief[NOTE["mfa"]])
    assert checks["date"] == (
        "pass",
        "the source gives the day 2024-03-12 (the day its title gives the press conference, "
        "'2024\u5e743\u670812\u65e5'; the page shows no publication date of its own)",
    )
    assert checks["title"] == (
        "pass",
        f"matches '{MFA_TITLE}_\u4e2d\u534e\u4eba\u6c11\u5171\u548c\u56fd\u5916\u4ea4\u90e8'",
    )
    assert checks["quote"] == (
        "pass",
        "found '\u4e8b\u53d1\u6d77\u57df\u5e76\u975e\u4e2d\u65b9\u7ba1\u8f96\u6d77\u57df'",
    )
    assert checks["author"][0] == "warn"


def test_words_of_a_reporter_s_question_given_to_the_spokesperson_are_not_confirmed(
    brief: dict[str, dict[str, Any]],
) -> None:
    # The words are the AFP reporter's question; the spokesperson's answer does not say them. The quote warned
    # that the page never names Chen Liyan (it does, as 陈立言).
    quote = checks_by_name(brief[NOTE["mfa-question"]])["quote"]
    assert quote == (
        "warn",
        "'\u4e2d\u65b9\u8239\u53ea\u6545\u610f\u5236\u9020\u7684\u4e8b\u6545' stands in the source only in a "
        "question put by '\u6cd5\u65b0\u793e\u8bb0\u8005', not in an answer; the citing passage (line 13) "
        "gives them as said: see whose words they are",
    )


def test_weibo_s_visitor_page_is_never_the_post(brief: dict[str, dict[str, Any]]) -> None:
    captured = checks_by_name(brief[NOTE["weibo"]])["captured"]
    assert captured[0] == "fail"
    assert captured[1].startswith(
        "script shell: the page shows no text until its scripts run; the page read at "
    )
    assert "https://passport.weibo.com/visitor/visitor?" in captured[1]


def test_a_korean_article_is_dated_by_its_first_day_not_its_edit_s(brief: dict[str, dict[str, Any]]) -> None:
    published, edited = (checks_by_name(brief[NOTE[label]]) for label in ("hani", "hani-edited"))
    assert published["date"] == ("pass", "the source gives the day 2024-03-12 (htmldate)")
    assert edited["date"][0] == "warn"
    assert edited["date"][1].startswith("the source gives only the day 2024-03-12 (htmldate)")


def test_a_turkish_article_is_dated_by_its_day_in_turkish(brief: dict[str, dict[str, Any]]) -> None:
    checks = checks_by_name(brief[NOTE["hurriyet"]])
    assert checks["date"] == ("pass", "the source gives the day 2024-03-12 (htmldate)")
    assert checks["author"] == ("pass", "cited 'Deniz Aksoy'; the source shows 'Deniz Aksoy'")
    assert checks["quote"] == (
        "pass",
        "found 'Arama \u00e7al\u0131\u015fmalar\u0131 gece boyunca kesintisiz s\u00fcrecek'",
    )


# --- what a fact-checker reads: the live-coverage explainer ------------------------------------------------


def test_each_footnote_of_the_explainer_has_the_status_a_careful_editor_would_give(
    explainer: dict[str, dict[str, Any]],
) -> None:
    statuses = {label: note["status"] for label, note in explainer.items()}
    assert statuses == {
        "entry": "verified",  # the entry its link names holds the words, on the note's day
        "neighbour": "unconfirmed",  # the words are the next entry's, not the linked one's
        "later": "unconfirmed",  # the words were posted the day after the note's
        "wire": "verified",  # published that morning, updated that afternoon
        "google-news": "failed",  # Google News's page that sends the reader on: not the story
        "weibo": "unlocatable",  # no link
    }


def test_a_live_blog_entry_cited_by_its_link_is_dated_by_that_entry(
    explainer: dict[str, dict[str, Any]],
) -> None:
    # The date's detail named the blog's first time (09:15), not the entry's.
    checks = checks_by_name(explainer["entry"])
    assert checks["date"] == (
        "pass",
        "the page is a live blog (2024-03-12T09:15:00.000Z to 2024-03-13T14:30:00.000Z); its entry of "
        f"2024-03-12T14:05:00.000Z is the one the note's address names (#block-{SEARCH_ENTRY}): 2024-03-12",
    )
    assert checks["quote"] == ("pass", "found 'two patrol vessels and a jet will search through the night'")


def test_words_of_another_entry_than_the_one_linked_are_not_passed_as_its(
    explainer: dict[str, dict[str, Any]],
) -> None:
    # Found on the page, they passed as the 11:40 entry's; they are the 14:05 entry's.
    checks = checks_by_name(explainer["neighbour"])
    assert checks["quote"] == (
        "warn",
        "'two patrol vessels and a jet' stands in the live blog's entry of 2024-03-12T14:05:00.000Z "
        f"(#block-{SEARCH_ENTRY}), not in the one the note's link names (#block-{OPERATOR_ENTRY}, of "
        "2024-03-12T11:40:00.000Z): cite that entry, or compare by hand",
    )
    # The linked entry dates it, not the other entry of the day that holds the words.
    assert checks["date"][0] == "pass"
    assert f"is the one the note's address names (#block-{OPERATOR_ENTRY})" in checks["date"][1]


def test_words_only_a_later_day_s_entry_holds_do_not_pass_on_the_blog_s_first_day(
    explainer: dict[str, dict[str, Any]],
) -> None:
    # The blog began on the 12th; the words were posted on the 13th at 14:30 UTC. It was verified.
    date = checks_by_name(explainer["later"])["date"]
    assert date[0] == "warn"
    assert date[1].startswith(
        "cited 2024-03-12; the quoted words 'the search for the other two continues' stand only in the live "
        "blog's entry of 2024-03-13T14:30:00.000Z, not of the note's day in any zone"
    )


def test_an_updated_wire_story_is_dated_by_its_publication_and_credits_its_two_writers(
    explainer: dict[str, dict[str, Any]],
) -> None:
    checks = checks_by_name(explainer["wire"])
    assert checks["date"][1].startswith("posted 2024-03-12 08:05 UTC (JSON-LD datePublished)")
    assert checks["author"] == (
        "pass",
        "cited 'Kenji Ota and Mei-lin Hsu'; the source shows 'KENJI OTA, MEI-LIN HSU'",
    )


def test_a_google_news_link_is_not_the_story_it_sends_the_reader_to(
    explainer: dict[str, dict[str, Any]],
) -> None:
    captured = checks_by_name(explainer["google-news"])["captured"]
    assert captured[0] == "fail"
    assert captured[1].startswith("script shell: the page shows 'Opening https://apnews.com/article/")


def test_a_note_naming_only_the_platform_and_a_day_is_unlocatable(
    explainer: dict[str, dict[str, Any]],
) -> None:
    checks = checks_by_name(explainer["weibo"])
    assert checks["locator"][0] == "fail"
    assert checks["captured"] == ("skip", "nothing to capture: no URL")
