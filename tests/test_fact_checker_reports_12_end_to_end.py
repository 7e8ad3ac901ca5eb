"""What `check` says of each footnote of a twelfth set of reports a fact-checker reviews, end to end: an
election monitor's sources and a live story's, which the earlier sets cite least.

An election-monitoring brief on a city's mayoral re-run, exported from Google Docs as HTML (its `ftnt`
footnotes, every link sent through `google.com/url?q=`), cites a Korean news agency's article (its `입력`
time and its later `수정` one, the page's metadata giving only the latter; cited by each day), the election
commission's results page (a table, no byline), the winner's Facebook post (Facebook sends a visitor to its
login page), a monitoring channel's Telegram post quoted in translation, and a note that gives only
`Telegram, March 12, 2024.` while the body names who posted.
A newsroom's live-coverage explainer in Markdown cites a live blog's entry by its time alone
(`BBC live, 12 March 2024, 14:05 GMT`: once for words that entry holds, once for words only a later entry
holds), a Google News link (a page that opens the story by script and shows nothing), a YouTube video whose
description holds the words the explainer gives the speaker, and the election commission's press release as
a PDF.

Each footnote's status is what an honest tool must say: `verified` only where every claim was checked; a
login wall never verifies; a note with no link is unlocatable. The servers are local (`--connect-to`), the
URLs the real ones. The pages' markup is written from memory of the real sites' shapes (Google Docs'
"Download as HTML", News1's `article-info` line, the commission's statistics system's `table01`, Facebook's
login page, Telegram's widget, the BBC's `lx-stream` live page with its `post_` entries, Google News's
`c-wiz` page, YouTube's watch page): close to them, not copied; the city, parties, people and numbers are
made up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from provenance.side_urls import side_urls, youtube_oembed_url
from tests.support import telegram_pages
from tests.support.check_runs import HTML_HEADERS as HTML
from tests.support.check_runs import JSON_HEADERS as JSON
from tests.support.check_runs import checked_over_tls as checked_through
from tests.support.check_runs import checks_by_name
from tests.support.pdfs import one_page_pdf
from tests.support.servers import Reply, path_of, redirect
from tests.support.telegram_pages import telegram_page, widget_words
from tests.support.youtube_pages import Video, oembed_answer, watch_page

ASSETS = Path(__file__).parent / "assets" / "fact_checker_12"
PDF = (("Content-Type", "application/pdf"),)


def shown(name: str) -> Reply:
    """The fixture page `name` (in `ASSETS`) answered as HTML."""
    return Reply(body=(ASSETS / name).read_bytes(), headers=HTML)


# --- the election monitor's brief (Google Docs, downloaded as HTML) ----------------------------------------

NEWS1 = "https://www.news1.kr/politics/election/5348123"
NEWS1_TITLE = "가온시장 재선거 개표 완료…김민준 후보 당선 확정"
NEC = "https://info.nec.go.kr/main/showDocument.xhtml?electionId=0020240312&topMenuId=VC&secondMenuId=VCCP09"
FACEBOOK = (
    "https://www.facebook.com/gaon.kimminjun/posts/pfbid0Zx8Rk2LqP7wNcVb4tYhA1mDs9uE3oGjK6fW5iQyHnT2aXrB"
)
FACEBOOK_LOGIN = (
    "https://www.facebook.com/login/?next=https%3A%2F%2Fwww.facebook.com%2Fgaon.kimminjun%2Fposts%2F"
    "pfbid0Zx8Rk2LqP7wNcVb4tYhA1mDs9uE3oGjK6fW5iQyHnT2aXrB"
)
CHANNEL_POST = "gaonvotewatch/1482"
TELEGRAM = f"https://t.me/{CHANNEL_POST}"
CHANNEL_WORDS = (
    "누리동 제3투표소 투표함 2개가 봉인 없이 밤새 보관됐다는 제보가 들어왔습니다. "
    "선관위에 확인을 요청했습니다."
)
BRIEF_HOSTS = ("www.news1.kr", "info.nec.go.kr", "www.facebook.com", "t.me")


def docs_link(url: str) -> str:
    """A link as Google Docs writes it in a document downloaded as HTML: through its redirector."""
    # The link's own query is escaped in `q` (`%3D`, `%26`), as Google Docs writes it.
    target = quote(url, safe=":/?")
    shown = url.replace("&", "&amp;")
    return (
        f'<span class="c4"><a class="c8" href="https://www.google.com/url?q={target}&amp;sa=D&amp;'
        f'source=editors&amp;ust=1710460800000000&amp;usg=AOvVaw1x2Yz">{shown}</a></span>'
    )


def docs_note(number: int, text: str, url: str | None = None) -> str:
    """A footnote of a Google Docs HTML download: its backlink, its words, its link."""
    link = docs_link(url) if url else ""
    return (
        f'<div><p class="c3"><a href="#ftnt_ref{number}" id="ftnt{number}">[{number}]</a>'
        f'<span class="c2">&nbsp;{text}</span>{link}</p></div>'
    )


def docs_marker(number: int) -> str:
    return f'<sup><a href="#ftnt{number}" id="ftnt_ref{number}">[{number}]</a></sup>'


def docs_paragraph(text: str) -> str:
    return f'<p class="c1"><span class="c0">{text}</span></p>'


BRIEF = (
    '<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type"><style type="text/css">'
    "ol{margin:0;padding:0}.c0{color:#000000;font-size:11pt}.c1{padding-top:0pt;line-height:1.15}"
    ".c2{font-size:10pt}.c3{padding-top:0pt}.c4{text-decoration:underline}</style></head>"
    '<body class="c5 doc-content">'
    + docs_paragraph("Gaon mayoral re-run, 12 March 2024: interim monitoring brief")
    + docs_paragraph("Election Integrity Watch Korea, 14 March 2024")
    + docs_paragraph(
        "The runner-up&rsquo;s camp told reporters on election night that it would &ldquo;재검표를 "
        f"요청하겠다&rdquo;.{docs_marker(1)} The agency&rsquo;s story, as it stood the next morning, is "
        "cited "
        f"again by that day.{docs_marker(2)}"
    )
    + docs_paragraph(
        f"The commission&rsquo;s count gave Kim Min-jun 48,212 votes, or 52.31 per cent.{docs_marker(3)}"
    )
    + docs_paragraph(
        f"Kim thanked voters on Facebook, writing that &ldquo;Gaon chose change&rdquo;.{docs_marker(4)}"
    )
    + docs_paragraph(
        "The monitoring channel Gaon Vote Watch reported that &ldquo;two ballot boxes at polling station 3 "
        "in "
        f"Nuri-dong were kept overnight without seals&rdquo; (our translation).{docs_marker(5)}"
    )
    + docs_paragraph(
        "The runner-up, Jung Ha-neul, wrote on Telegram that she would &ldquo;not concede "
        f"tonight&rdquo;.{docs_marker(6)}"
    )
    + '<hr class="c6">'
    + docs_note(1, f"이서연, &ldquo;{NEWS1_TITLE}&rdquo;, 뉴스1, 12 March 2024, ", NEWS1)
    + docs_note(2, f"이서연, &ldquo;{NEWS1_TITLE}&rdquo;, 뉴스1, 13 March 2024, ", NEWS1)
    + docs_note(3, "National Election Commission, &ldquo;개표현황&rdquo;, 12 March 2024, ", NEC)
    + docs_note(4, "Kim Min-jun, Facebook, 12 March 2024, ", FACEBOOK)
    + docs_note(5, "Gaon Vote Watch (@gaonvotewatch), Telegram, 12 March 2024, ", TELEGRAM)
    + docs_note(6, "Telegram, March 12, 2024.")
    + "</body></html>"
)


def _telegram_routes() -> dict[str, Reply]:
    (widget_url,) = side_urls(TELEGRAM)
    widget = telegram_pages.telegram_widget(
        CHANNEL_POST,
        "가온 투표 감시단",
        "2024-03-12T13:48:05+00:00",
        [widget_words(CHANNEL_WORDS)],
        peer=1982345671,
        colour=2,
        views="8.4K",
    )
    return {
        path_of(TELEGRAM): Reply(
            body=telegram_page(CHANNEL_POST, "가온 투표 감시단", CHANNEL_WORDS), headers=HTML
        ),
        path_of(widget_url): Reply(body=widget, headers=HTML),
    }


@pytest.fixture(scope="module")
def brief(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("brief")
    report = folder / "gaon-re-run-monitoring-brief.html"
    report.write_text(BRIEF, encoding="utf-8")
    routes: dict[str, Any] = {
        path_of(NEWS1): shown("news1_article_ko.html"),
        path_of(NEC): shown("nec_results_ko.html"),
        path_of(FACEBOOK): redirect(FACEBOOK_LOGIN),
        path_of(FACEBOOK_LOGIN): shown("facebook_login.html"),
        **_telegram_routes(),
    }
    return checked_through(report, BRIEF_HOSTS, routes, folder)


# --- the live-coverage explainer (Markdown) -----------------------------------------------------------------

BLOG = "https://www.bbc.com/news/live/c7k2mq9xz4vo"
BLOG_TITLE = "South Korea's Gaon mayoral re-run: count under way as turnout passes 41%"
GOOGLE_NEWS = (
    "https://news.google.com/rss/articles/"
    "CBMiLmh0dHBzOi8vZW4ueW5hLmNvLmtyL3ZpZXcvQUVOMjAyNDAzMTIwMDk4MDAzMTXSAQA?oc=5"
)
GOOGLE_NEWS_OPENS = "https://en.yna.co.kr/view/AEN20240312009800315"
VIDEO = "Qm7vT2xLk9A"
YOUTUBE = f"https://www.youtube.com/watch?v={VIDEO}"
INTERVIEW = Video(
    video_id=VIDEO,
    title="Jung Ha-neul: 'I will not concede tonight' | Gaon re-run",
    description=(
        "Runner-up Jung Ha-neul spoke to GBS News outside the Gaon count. Jung said the count had been "
        "&quot;rigged from the first box&quot; and that her camp would ask for a recount. Subscribe to GBS "
        "News for more from the count."
    ),
    channel="GBS News",
    handle="gbsnews",
    published="2024-03-12T08:55:31-07:00",
    seconds=214,
    keywords="Gaon, election, re-run, recount",
    genre="News &amp; Politics",
)
RELEASE = "https://www.nec.go.kr/site/eng/ex/bbs/View.do?cbIdx=1270&bcIdx=203355"
RELEASE_PDF = "https://www.nec.go.kr/common/board/Download.do?bcIdx=203355&cbIdx=1270&fileNo=1"
RELEASE_TITLE = "Statement on the count of the Gaon mayoral re-run election"
LIVE_HOSTS = ("www.bbc.com", "news.google.com", "www.youtube.com", "www.nec.go.kr")

EXPLAINER = f"""# Gaon's re-run: what happened on the night

*Live desk, 13 March 2024.*

By mid-afternoon in London, an official at the count told the BBC that "every ballot box was sealed in front of observers".[^entry]

By then the runner-up's camp had said it would "ask for every box to be opened again".[^later-entry]

The Yonhap news agency's English service reported the result within minutes of the count.[^google-news]

In a video interview, Jung said the count had been "rigged from the first box".[^youtube]

The commission said that "all 112 ballot boxes were sealed in the presence of observers from both camps".[^release]

[^entry]: BBC News, "{BLOG_TITLE}", BBC live, 12 March 2024, 14:05 GMT, <{BLOG}>
[^later-entry]: BBC News, "{BLOG_TITLE}", BBC live, 12 March 2024, 14:05 GMT, <{BLOG}>
[^google-news]: Yonhap, via Google News, 12 March 2024, <{GOOGLE_NEWS}>
[^youtube]: GBS News, "{INTERVIEW.title}", YouTube, 12 March 2024, <{YOUTUBE}>
[^release]: National Election Commission, "{RELEASE_TITLE}", press release, 13 March 2024, <{RELEASE_PDF}>
"""  # noqa: E501

RELEASE_DOCUMENT = one_page_pdf(
    b"BT /F1 11 Tf 72 740 Td (NATIONAL ELECTION COMMISSION  PRESS RELEASE) Tj"
    b" 0 -16 Td (For immediate release: 13 March 2024) Tj"
    b" 0 -24 Td (Statement on the count of the Gaon mayoral re-run election) Tj"
    b" 0 -24 Td (The count of the Gaon mayoral re-run election of 12 March 2024 ended at 23:52. The) Tj"
    b" 0 -14 Td (Commission confirms that all 112 ballot boxes were sealed in the presence of observers) Tj"
    b" 0 -14 Td (from both camps, and that a request for a recount will be heard under the Public) Tj"
    b" 0 -14 Td (Official Election Act.) Tj"
    b" 0 -24 Td (Contact: Press Office, National Election Commission) Tj ET",
    trailer=b"/Info 6 0 R",
    more=(
        b"<< /Title (Statement on the count of the Gaon mayoral re-run election) /Author (NEC Press Office)"
        b" /Creator (Hancom Office Hanword 2022) /CreationDate (D:20240313101500+09'00') >>",
    ),
)


@pytest.fixture(scope="module")
def explainer(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("explainer")
    report = folder / "gaon-re-run-explainer.md"
    report.write_text(EXPLAINER, encoding="utf-8")
    routes: dict[str, Any] = {
        path_of(BLOG): shown("bbc_live.html"),
        path_of(GOOGLE_NEWS): shown("google_news_rss_article.html"),
        path_of(YOUTUBE): Reply(body=watch_page(INTERVIEW), headers=HTML),
        path_of(youtube_oembed_url(VIDEO)): Reply(body=oembed_answer(INTERVIEW), headers=JSON),
        path_of(RELEASE_PDF): Reply(body=RELEASE_DOCUMENT, headers=PDF),
    }
    return checked_through(report, LIVE_HOSTS, routes, folder)


# --- what a fact-checker reads: the election monitor's brief ---------------------------------------------

# Google Docs numbers its notes in turn; the brief names them so.
NOTE = {"news1": "1", "news1-edited": "2", "results": "3", "facebook": "4", "channel": "5", "unlinked": "6"}


def test_each_footnote_of_the_monitoring_brief_has_the_status_a_careful_editor_would_give(
    brief: dict[str, dict[str, Any]],
) -> None:
    statuses = {label: brief[number]["status"] for label, number in NOTE.items()}
    assert statuses == {
        "news1": "verified",  # its `입력` day, its reporter in its dateline, its words, its headline
        "news1-edited": "unconfirmed",  # cited by the day of its `수정` line: an update's day
        "results": "unconfirmed",  # the commission named in English; a results table names no one
        "facebook": "failed",  # Facebook's login page: never the post
        "channel": "unconfirmed",  # quoted in translation
        "unlinked": "unlocatable",  # no link
    }


def test_a_korean_agency_story_is_credited_to_the_reporter_its_dateline_names(
    brief: dict[str, dict[str, Any]],
) -> None:
    # `(가온=뉴스1) 이서연 기자 =` opens the story, no markup marking a byline: the author warned that the
    # page credits only its outlet, and the footnote was unconfirmed.
    checks = checks_by_name(brief[NOTE["news1"]])
    assert checks["author"] == ("pass", "cited '이서연'; the source shows '이서연'")
    # Dated by its `입력` line, not by the `article:modified_time` of its `수정` one.
    assert checks["date"] == ("pass", "the source gives the day 2024-03-12 (htmldate)")
    assert checks["quote"] == ("pass", "found '재검표를 요청하겠다'")


def test_a_story_cited_by_the_day_of_its_update_is_told_so(brief: dict[str, dict[str, Any]]) -> None:
    # It warned only that "a time zone may explain it".
    date = checks_by_name(brief[NOTE["news1-edited"]])["date"]
    assert date == (
        "warn",
        "the source gives only the day 2024-03-12 (htmldate), one day from the cited 2024-03-13: a time zone "
        "may explain it; the cited day is that of the page's update (2024-03-13T09:10:00+09:00), not its "
        "publication's: compare by hand",
    )


def test_a_google_docs_link_is_followed_whole_through_its_redirector(
    brief: dict[str, dict[str, Any]],
) -> None:
    # Google Docs escapes the link's own query inside `q=`: each part of it is kept.
    results = brief[NOTE["results"]]
    assert results["url"] == NEC
    checks = checks_by_name(results)
    assert checks["locator"] == ("pass", NEC)
    assert checks["author"][0] == checks["title"][0] == "warn"  # the commission's names are Korean


def test_a_facebook_post_behind_its_login_page_never_verifies(brief: dict[str, dict[str, Any]]) -> None:
    captured = checks_by_name(brief[NOTE["facebook"]])["captured"]
    assert captured[0] == "fail"
    assert captured[1].startswith("login wall: redirected to a login page (/login/); the page read at ")


def test_a_telegram_post_quoted_in_translation_is_not_confirmed(brief: dict[str, dict[str, Any]]) -> None:
    checks = checks_by_name(brief[NOTE["channel"]])
    assert checks["quote"][0] == "warn"
    assert checks["quote"][1].startswith("translation: source is Korean, quote is English; compare ")
    assert checks["date"][0] == "pass"


def test_a_note_naming_only_telegram_and_a_day_is_unlocatable(brief: dict[str, dict[str, Any]]) -> None:
    checks = checks_by_name(brief[NOTE["unlinked"]])
    assert checks["locator"][0] == "fail"
    assert checks["captured"] == ("skip", "nothing to capture: no URL")


# --- what a fact-checker reads: the live-coverage explainer ------------------------------------------------


def test_each_footnote_of_the_explainer_has_the_status_a_careful_editor_would_give(
    explainer: dict[str, dict[str, Any]],
) -> None:
    statuses = {label: note["status"] for label, note in explainer.items()}
    assert statuses == {
        "entry": "verified",  # the 14:05 entry holds the words, on the note's day
        "later-entry": "unconfirmed",  # the words are the 16:40 entry's, not the 14:05 one's
        "google-news": "failed",  # Google News's page opens the story by script: not the story
        "youtube": "unconfirmed",  # the channel's description, not the video's words
        "release": "verified",  # its release line's day, its issuer on its first line, its words
    }


def test_a_live_blog_entry_cited_by_its_time_is_found_by_it(explainer: dict[str, dict[str, Any]]) -> None:
    # The BBC's entries (each a list's item) went unread: the page showed no date, and the note warned.
    checks = checks_by_name(explainer["entry"])
    assert checks["date"] == (
        "pass",
        "the page is a live blog (2024-03-12T09:00:00+00:00 to 2024-03-12T17:30:00+00:00); its entry of "
        "2024-03-12T14:05:00+00:00 is the one of the note's time (14:05 GMT): 2024-03-12",
    )
    assert checks["quote"] == ("pass", "found 'every ballot box was sealed in front of observers'")


def test_words_only_a_later_entry_holds_do_not_pass_as_the_entry_of_the_note_s_time(
    explainer: dict[str, dict[str, Any]],
) -> None:
    # Found on the page, they passed as the 14:05 entry's (and, the page's day read, the note was verified).
    checks = checks_by_name(explainer["later-entry"])
    assert checks["quote"] == (
        "warn",
        "'ask for every box to be opened again' stands in the live blog's entry of 2024-03-12T16:40:00+00:00 "
        "(#post_65f0a9c1e4b0d2f3a1b2c404), not in the one of the note's time (14:05 GMT: "
        "#post_65f0873fe4b0d2f3a1b2c303, of 2024-03-12T14:05:00+00:00): cite that entry, or compare by hand",
    )


def test_a_google_news_link_names_the_story_it_opens(explainer: dict[str, dict[str, Any]]) -> None:
    # It said only that the page showed no text until its scripts ran.
    captured = checks_by_name(explainer["google-news"])["captured"]
    assert captured[0] == "fail"
    assert captured[1].startswith(
        "script shell: the page shows no text until its scripts run; a Google News link, which opens "
        f"{GOOGLE_NEWS_OPENS} by script: cite that address; "
    )


def test_a_video_s_description_is_not_the_speaker_s_words(explainer: dict[str, dict[str, Any]]) -> None:
    # Found in the description GBS News wrote, the words passed as Jung's in the interview.
    checks = checks_by_name(explainer["youtube"])
    assert checks["quote"] == (
        "warn",
        "found 'rigged from the first box' in the video's title or description, GBS News's words, not in "
        "what is said in the video, which no capture holds: watch it for the words",
    )
    assert checks["date"][0] == checks["title"][0] == "pass"


def test_a_press_release_pdf_is_dated_by_its_release_line_and_credited_to_its_issuer(
    explainer: dict[str, dict[str, Any]],
) -> None:
    # It showed no publication date, and "no author found" beside its file's maker.
    checks = checks_by_name(explainer["release"])
    assert checks["date"] == (
        "pass",
        "the source gives the day 2024-03-13 (the dateline on its first page ('For immediate release: 13 "
        "March 2024'))",
    )
    assert checks["author"] == (
        "pass",
        "cited 'National Election Commission'; the document's first line names it as its issuer: 'NATIONAL "
        "ELECTION COMMISSION PRESS RELEASE'",
    )
    assert checks["title"][0] == checks["quote"][0] == "pass"
