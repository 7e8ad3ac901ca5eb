"""What `check` says of each footnote of a third set of reports a fact-checker reviews, end to end.

A legal memo cites a court opinion and its docket on CourtListener, a GOV.UK press release, a regulator's
decision notice converted from PDF to HTML (pdf2htmlEX), a Reuters wire story with its dateline, and two
archived copies of deleted pages (the Wayback Machine's and archive.today's); an OSINT brief quotes Telegram
channels, X posts, a YouTube video and a VK post, with translations in parentheses and times in Kyiv and
Moscow time; a newsletter cites Substack and Medium posts, a Reddit thread, a LinkedIn post and one press
release republished by several outlets. Each footnote's status is what an honest tool must say: `verified`
only where every claim was checked. The servers are local (`--connect-to`), the URLs the real ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from provenance.side_urls import reddit_json_url, youtube_oembed_url
from tests.support.check_runs import HTML_HEADERS as HTML
from tests.support.check_runs import JSON_HEADERS as JSON
from tests.support.check_runs import checked_on as _check
from tests.support.check_runs import checks_by_name
from tests.support.servers import FixtureServer, Reply, make_local_ca, path_of
from tests.support.youtube_pages import Video, oembed_answer, watch_page
from tests.test_fact_checker_reports_2_end_to_end import tweet_result, x_routes

ASSETS = Path(__file__).parent / "assets" / "fact_checker_3"


def page(name: str) -> bytes:
    return (ASSETS / name).read_bytes()


# --- the legal memo ----------------------------------------------------------------------------------------

OPINION = "https://www.courtlistener.com/opinion/6012345/harbour-lines-ltd-v-ministry-of-transport/"
DOCKET = "https://www.courtlistener.com/docket/60012345/harbour-lines-ltd-v-ministry-of-transport/"
RELEASE = "https://www.gov.uk/government/news/ferry-operator-to-repay-2-million-subsidy"
NOTICE = "https://www.msr.gov.ex/media/decisions/dn-2022-004.html"
WIRE = "https://www.reuters.com/world/europe/examplia-ferry-operator-fined-over-safety-lapses-2022-01-21/"
DELETED = "https://www.transport.gov.ex/tenders/2020-17"
WAYBACK = f"https://web.archive.org/web/20220121093000/{DELETED}"
STATEMENT = "https://www.harbourlines.ex/news/statement-on-the-tender"
ARCHIVE_TODAY = f"https://archive.ph/2022.01.22-081500/{STATEMENT}"
MEMO_HOSTS: tuple[str, ...] = ("www.courtlistener.com", "www.gov.uk", "www.msr.gov.ex", "www.reuters.com")
MEMO_HOSTS += ("web.archive.org", "archive.ph")

MEMO = f"""# Memorandum

**To:** Litigation team. **From:** J. Alvarez. **Re:** the record on the ferry tender.

1. The court found that "[t]he Ministry's evaluation was arbitrary and capricious."[^opinion]

2. It also found that "[t]he Ministry were [sic] aware of the defect in the scoring sheet before the award was made."[^sic]

3. Three days later the court ordered the Ministry "to file a status report within 30 days on the retender of the ferry contract."[^docket]

4. The Department announced that Harbour Lines "will repay £2,000,000 in public subsidy".[^release]

5. The Transport Secretary said: "Public money pays for a ferry that runs, and today we are taking it back."[^minister]

6. The Department's announcement of the repayment came on 12 January.[^wrongdate]

7. The regulator found that the operator "sailed on 37 occasions with its passenger lifts out of service".[^notice]

8. Reuters reported that the company "expects the ferry service to resume fully by March".[^wire]

9. The original tender notice, since deleted, said bids would "be scored on price (40%) and service quality (60%)".[^wayback]

10. Harbour Lines said it "accepts the Court's ruling and will take part in the new tender."[^archived]

[^opinion]: Harbour Lines Ltd. v. Ministry of Transport, No. 1:21-cv-00412, slip op. at 2 (D. Examplia Jan. 21, 2022), {OPINION}
[^sic]: Harbour Lines, slip op. at 2 (Jan. 21, 2022), {OPINION}
[^docket]: Order, Harbour Lines Ltd. v. Ministry of Transport, No. 1:21-cv-00412, ECF No. 57 (D. Examplia Jan. 24, 2022), {DOCKET}
[^release]: Department for Transport, "Ferry operator to repay £2 million subsidy", press release, 21 January 2022, {RELEASE}
[^minister]: Anna Berg, quoted in Department for Transport, "Ferry operator to repay £2 million subsidy", 21 January 2022, {RELEASE}
[^wrongdate]: Department for Transport, "Ferry operator to repay £2 million subsidy", press release, 12 January 2022, {RELEASE}
[^notice]: Maritime Safety Regulator of Examplia, Decision Notice DN-2022-004, 20 January 2022, {NOTICE}
[^wire]: Pavel Polityuk, "Examplia ferry operator fined over safety lapses", Reuters, January 21, 2022, {WIRE}
[^wayback]: Ministry of Transport, "Tender notice 2020/17: island ferry services", November 3, 2020, archived January 21, 2022, {WAYBACK}
[^archived]: Harbour Lines, "Statement on the tender", January 21, 2022, archived January 22, 2022, {ARCHIVE_TODAY}
"""  # noqa: E501


@pytest.fixture(scope="module")
def memo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("memo")
    ca = make_local_ca(folder, MEMO_HOSTS)
    wayback_headers = (
        *HTML,
        ("Memento-Datetime", "Fri, 21 Jan 2022 09:30:00 GMT"),
        (
            "Link",
            f'<{DELETED}>; rel="original", '
            f'<https://web.archive.org/web/timemap/link/{DELETED}>; rel="timemap"',
        ),
    )
    today_headers = (*HTML, ("Memento-Datetime", "Sat, 22 Jan 2022 08:15:00 GMT"))
    routes: dict[str, Any] = {
        path_of(OPINION): Reply(body=page("courtlistener_opinion.html"), headers=HTML),
        path_of(DOCKET): Reply(body=page("courtlistener_docket.html"), headers=HTML),
        path_of(RELEASE): Reply(body=page("govuk_press_release.html"), headers=HTML),
        path_of(NOTICE): Reply(body=page("regulator_decision_pdf2html.html"), headers=HTML),
        path_of(WIRE): Reply(body=page("reuters_wire.html"), headers=HTML),
        path_of(WAYBACK): Reply(body=page("wayback_ministry_notice.html"), headers=wayback_headers),
        path_of(ARCHIVE_TODAY): Reply(body=page("archive_today_statement.html"), headers=today_headers),
    }
    report = folder / "memo.md"
    report.write_text(MEMO, encoding="utf-8")
    with FixtureServer(routes, tls=ca) as server:
        return _check(report, server, ca, MEMO_HOSTS)


# --- the OSINT brief ---------------------------------------------------------------------------------------


def tme_widget(post: str, owner: str, when: str, text: str, views: str = "48.2K", before: str = "") -> bytes:
    """A Telegram post's widget (`?embed=1&mode=tme`) in Telegram's markup; `before` goes before the text."""
    channel = post.split("/")[0]
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'>"
        f"<title>{owner} \u2013 Telegram</title>"
        "<link href='//telegram.org/css/widget-frame.css' rel='stylesheet'></head>"
        "<body class='widget_frame_base emoji_image nodark'>"
        "<div class='tgme_widget_message_wrap js-widget_message_wrap'>"
        f"<div class='tgme_widget_message text_not_supported_wrap js-widget_message' data-post='{post}' "
        "data-view='eyJjIjotMTMyNjIyMzI4NH0' data-peer='c1326223284_-1'>"
        f"<div class='tgme_widget_message_user'><a href='https://t.me/{channel}'>"
        "<i class='tgme_widget_message_user_photo bgcolor1'></i></a></div>"
        "<div class='tgme_widget_message_bubble'>"
        "<div class='tgme_widget_message_author accent_color'><a class='tgme_widget_message_owner_name' "
        f"href='https://t.me/{channel}'><span dir='auto'>{owner}</span></a></div>{before}"
        f"<div class='tgme_widget_message_text js-message_text' dir='auto'>{text}</div>"
        "<div class='tgme_widget_message_footer compact js-message_footer'>"
        "<div class='tgme_widget_message_info short js-message_info'>"
        f"<span class='tgme_widget_message_views'>{views}</span><span class='copyonly'> views</span>"
        "<span class='tgme_widget_message_meta'><a class='tgme_widget_message_date' "
        f"href='https://t.me/{post}'><time datetime='{when}' class='time'>{when[11:16]}</time></a></span>"
        "</div></div></div></div></div>"
        "<script src='//telegram.org/js/widget-frame.js'></script></body></html>"
    ).encode()


AIR_FORCE = (
    "\u041f\u043e\u0432\u0456\u0442\u0440\u044f\u043d\u0456 \u0441\u0438\u043b\u0438 "
    "\u0417\u0421 \u0423\u043a\u0440\u0430\u0457\u043d\u0438"
)
ALERT = (
    "\u0423\u0432\u0430\u0433\u0430! \u0420\u0430\u043a\u0435\u0442\u043d\u0430 "
    "\u043d\u0435\u0431\u0435\u0437\u043f\u0435\u043a\u0430 \u0432 "
    "\u041a\u0438\u0457\u0432\u0441\u044c\u043a\u0456\u0439 "
    "\u043e\u0431\u043b\u0430\u0441\u0442\u0456"
)
ALL_CLEAR = (
    "\u0412\u0456\u0434\u0431\u0456\u0439 \u0442\u0440\u0438\u0432\u043e\u0433\u0438 \u0432 "
    "\u041a\u0438\u0457\u0432\u0441\u044c\u043a\u0456\u0439 "
    "\u043e\u0431\u043b\u0430\u0441\u0442\u0456"
)
RYBAR = "\u0420\u044b\u0431\u0430\u0440\u044c"
# Rybar's words as his own: "No decisions have been taken on the bridge, and none will be taken this week."
NO_DECISION = (
    "\u041d\u0438\u043a\u0430\u043a\u0438\u0445 \u0440\u0435\u0448\u0435\u043d\u0438\u0439 \u043f\u043e "
    "\u043c\u043e\u0441\u0442\u0443 \u043d\u0435 "
    "\u043f\u0440\u0438\u043d\u0438\u043c\u0430\u043b\u043e\u0441\u044c"
)
UA_MOD_TWEET = "1484421753861046272"  # 2022-01-21 07:05 UTC: 09:05 in Kyiv
MFA_TWEET = "1484639438238646272"  # 2022-01-21 21:30 UTC: 00:30 on the 22nd in Moscow
VIDEO = "Kx7Q2bP9aZc"
VK_POST = "wall-55501_4410"
# "The ferry crossing at Kakhovka is closed until further notice."
VK_WORDS = (
    "\u041f\u0430\u0440\u043e\u043c\u043d\u0430\u044f \u043f\u0435\u0440\u0435\u043f\u0440\u0430\u0432\u0430 "
    "\u0443 \u041a\u0430\u0445\u043e\u0432\u043a\u0438 \u0437\u0430\u043a\u0440\u044b\u0442\u0430 "
    "\u0434\u043e \u0440\u0430\u0441\u043f\u043e\u0440\u044f\u0436\u0435\u043d\u0438\u044f."
)
OSINT_HOSTS = (
    "t.me",
    "x.com",
    "cdn.syndication.twimg.com",
    "publish.twitter.com",
    "www.youtube.com",
    "vk.com",
)

OSINT = f"""OSINT brief: the night of 21-22 January 2022 around Kyiv and Kherson

At 01:40 Kyiv time on 22 January the Air Force warned: \u00ab{ALERT}\u00bb ("Attention! Missile danger in Kyiv oblast").[1]

At 04:10 Kyiv time it lifted the alert: \u00ab{ALL_CLEAR}\u00bb.[2]

Kremlin spokesman Dmitry Peskov spoke to reporters on Friday morning. The spokesman wrote: \u00ab{NO_DECISION}\u00bb.[3]

Rybar wrote: "Our sources: the airfield was hit twice."[4]

A post on the channel, since deleted, named the unit.[5]

At 09:05 Kyiv time the ministry posted: "Our air defence shot down two cruise missiles over Kyiv oblast tonight."[6]

Shortly after midnight Moscow time the Russian foreign ministry wrote that "the bridge incident is a provocation".[7]

The council's video is titled "Kakhovka crossing closed: council statement".[8]

In the video the mayor says the crossing "will stay closed for at least a week".[9]

At 09:20 Moscow time the district's page wrote: \u00ab{VK_WORDS}\u00bb[10]

Dmitry Peskov was asked about the bridge on Friday. A Kremlin spokesman later wrote: \u00ab{NO_DECISION}\u00bb.[11]

Notes
[1] {AIR_FORCE} (Air Force of the Armed Forces of Ukraine), Telegram, 22 January 2022, https://t.me/kpszsu/1201
[2] {AIR_FORCE}, Telegram, 22 January 2022, https://t.me/kpszsu/1202
[3] Telegram, 21 January 2022, https://t.me/rybar/21001
[4] Rybar, Telegram, 21 January 2022, https://t.me/rybar/12372
[5] Rybar, Telegram, 21 January 2022, https://t.me/rybar/21002
[6] Defence of Ukraine (@DefenceU), X, 21 January 2022, https://x.com/DefenceU/status/{UA_MOD_TWEET}
[7] MFA Russia (@mfa_russia), X, 22 January 2022, https://x.com/mfa_russia/status/{MFA_TWEET}
[8] Kakhovka City Council, "Kakhovka crossing closed: council statement", YouTube, 21 January 2022, https://www.youtube.com/watch?v={VIDEO}
[9] Kakhovka City Council, YouTube, 21 January 2022, https://www.youtube.com/watch?v={VIDEO}
[10] Kakhovka District, VK, 21 January 2022, https://vk.com/{VK_POST}
[11] Telegram, 21 January 2022, https://t.me/rybar/21001
"""  # noqa: E501

STATEMENT_VIDEO = Video(
    video_id=VIDEO,
    title="Kakhovka crossing closed: council statement",
    description="Statement of the Kakhovka City Council on the ferry crossing. Subscribe for updates.",
    channel="Kakhovka City Council",
    handle="kakhovkacouncil",
    published="2022-01-21T03:00:07-08:00",
    seconds=192,
    keywords="Kakhovka, ferry, crossing",
    genre="News &amp; Politics",
)


def vk_post_page() -> bytes:
    """The district's wall post as vk.com's desktop page shows it: posted 06:20 UTC, 09:20 in Moscow."""
    template = (ASSETS.parent / "extractors" / "vk_post.html").read_text(encoding="utf-8")
    page = (
        template.replace(
            "Harbour Watch",
            "\u041a\u0430\u0445\u043e\u0432\u0441\u043a\u0438\u0439 \u0440\u0430\u0439\u043e\u043d",
        )
        .replace("harbourwatch", "kakhovka_district")
        .replace("-12345_678", "-55501_4410")
        .replace("12345_678", "55501_4410")
        .replace("wall-12345", "wall-55501")
        .replace('time="1642749300">21 Jan 2022 at 10:15 am', 'time="1642746000">21 Jan 2022 at 9:20 am')
    )
    start = page.index('<div class="wall_post_text">') + len('<div class="wall_post_text">')
    end = page.index("</div>", start)
    return (page[:start] + VK_WORDS + page[end:]).encode()


@pytest.fixture(scope="module")
def osint(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("osint")
    ca = make_local_ca(folder, OSINT_HOSTS)
    forwarded = (ASSETS.parent / "extractors" / "telegram_widget_forwarded.html").read_bytes()
    deleted = (ASSETS.parent / "extractors" / "telegram_widget_deleted.html").read_bytes()
    routes: dict[str, Any] = {
        "/kpszsu/1201": Reply(body=tme_widget("kpszsu/1201", AIR_FORCE, "2022-01-21T23:40:00+00:00", ALERT)),
        "/kpszsu/1202": Reply(
            body=tme_widget("kpszsu/1202", AIR_FORCE, "2022-01-22T00:55:00+00:00", ALL_CLEAR)
        ),
        "/rybar/21001": Reply(
            body=tme_widget("rybar/21001", RYBAR, "2022-01-21T11:30:00+00:00", f"{NO_DECISION}.")
        ),
        "/rybar/12372": Reply(body=forwarded),
        "/rybar/21002": Reply(body=deleted),
        f"/watch?v={VIDEO}": Reply(body=watch_page(STATEMENT_VIDEO), headers=HTML),
        path_of(youtube_oembed_url(VIDEO)): Reply(body=oembed_answer(STATEMENT_VIDEO), headers=JSON),
        f"/{VK_POST}": Reply(body=vk_post_page(), headers=HTML),
    }
    shot_down = "Our air defence shot down two cruise missiles over Kyiv oblast tonight. Glory to Ukraine!"
    routes |= x_routes(
        f"https://x.com/DefenceU/status/{UA_MOD_TWEET}",
        UA_MOD_TWEET,
        tweet_result(UA_MOD_TWEET, "2022-01-21T07:05:00.000Z", "Defence of Ukraine", "DefenceU", shot_down),
        "Defence of Ukraine",
        "DefenceU",
        shot_down,
    )
    provocation = "Kyiv's claims about the bridge are false: the bridge incident is a provocation."
    routes |= x_routes(
        f"https://x.com/mfa_russia/status/{MFA_TWEET}",
        MFA_TWEET,
        tweet_result(
            MFA_TWEET,
            "2022-01-21T21:30:00.000Z",
            "MFA Russia \U0001f1f7\U0001f1fa",
            "mfa_russia",
            provocation,
        ),
        "MFA Russia \U0001f1f7\U0001f1fa",
        "mfa_russia",
        provocation,
    )
    report = folder / "brief.txt"
    report.write_text(OSINT, encoding="utf-8")
    with FixtureServer(routes, tls=ca) as server:
        return _check(report, server, ca, OSINT_HOSTS)


# --- the newsletter ----------------------------------------------------------------------------------------

SUBSTACK = "https://harbournotes.substack.com/p/the-ferry-files"
PAYWALLED = "https://harbournotes.substack.com/p/the-scoring-sheet"
MEDIUM = "https://medium.com/@janesmith/why-the-island-ferries-keep-failing-4f2a9c1e7b3d"
THREAD = "https://www.reddit.com/r/kherson/comments/1b5xyz9/bridge_closed_tonight/"
LINKEDIN = "https://www.linkedin.com/posts/janedoe_shipping-activity-7152345678901234567-AbCd"
PRN = "https://www.prnewswire.com/news-releases/harbour-lines-announces-three-new-island-routes-from-april-301465432.html"
YAHOO = "https://finance.yahoo.com/news/harbour-lines-announces-three-island-183000123.html"
NEWSLETTER_HOSTS: tuple[str, ...] = (
    "harbournotes.substack.com",
    "medium.com",
    "www.reddit.com",
    "www.linkedin.com",
)
NEWSLETTER_HOSTS += ("www.prnewswire.com", "finance.yahoo.com")
ROUTES_TITLE = "Harbour Lines announces three new island routes from April"

NEWSLETTER = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>The Crossing \u2014 issue 42</title></head>
<body><article>
<h1>The Crossing, issue 42: who knew what about the ferry tender</h1>
<p>Maria Lopez has read the tender file: \u201cthe ministry knew about the broken scoring sheet two months before it awarded the contract\u201d.<sup><a href="#fn1" id="r1">1</a></sup></p>
<p>A week later she published the sheet, whose margin notes call it \u201cnot fit for purpose\u201d.<sup><a href="#fn2" id="r2">2</a></sup></p>
<p>Jane Smith argues that \u201cthe tender scores price above reliability\u201d.<sup><a href="#fn3" id="r3">3</a></sup></p>
<p>In the same post she recalls \u201cforty years of promises to connect the islands to the mainland\u201d.<sup><a href="#fn4" id="r4">4</a></sup></p>
<p>On Reddit the harbour watch wrote: \u201cWe are closing the bridge tonight.\u201d<sup><a href="#fn5" id="r5">5</a></sup></p>
<p>The watch added that \u201cthe ferry at the old pier still runs at 6 am\u201d.<sup><a href="#fn6" id="r6">6</a></sup></p>
<p>Port analyst Jane Doe wrote on LinkedIn that \u201cthe harbour at Kherson reopens on Monday\u201d.<sup><a href="#fn7" id="r7">7</a></sup></p>
<p>She also warned that \u201cthe port was mined and will stay closed all year\u201d.<sup><a href="#fn8" id="r8">8</a></sup></p>
<p>Harbour Lines announced \u201cthree new island routes from April 2022, adding 40 weekly crossings\u201d.<sup><a href="#fn9" id="r9">9</a></sup></p>
<p>Its chief executive said: \u201cWe are investing in the islands for the long term.\u201d<sup><a href="#fn10" id="r10">10</a></sup></p>
<p>Reuters reported the new routes as \u201cadding 40 weekly crossings\u201d.<sup><a href="#fn11" id="r11">11</a></sup></p>
<section class="footnotes"><ol>
<li id="fn1">Maria Lopez, \u201cThe ferry files\u201d, Harbour Notes (Substack), January 21, 2022, <a href="{SUBSTACK}">{SUBSTACK}</a></li>
<li id="fn2">Maria Lopez, \u201cThe scoring sheet\u201d, Harbour Notes (Substack), January 28, 2022, <a href="{PAYWALLED}">{PAYWALLED}</a></li>
<li id="fn3">Jane Smith (@janesmith), \u201cWhy the island ferries keep failing\u201d, Medium, January 21, 2022, <a href="{MEDIUM}">{MEDIUM}</a></li>
<li id="fn4">Jane Smith, \u201cWhy the island ferries keep failing\u201d, Medium, January 21, 2022, <a href="{MEDIUM}">{MEDIUM}</a></li>
<li id="fn5">u/harbour_watch, \u201cBridge closed tonight\u201d, r/kherson, Reddit, March 3, 2024, <a href="{THREAD}">{THREAD}</a></li>
<li id="fn6">u/harbour_watch, \u201cBridge closed tonight\u201d, r/kherson, Reddit, March 3, 2024, <a href="{THREAD}">{THREAD}</a></li>
<li id="fn7">Jane Doe, LinkedIn, January 15, 2024, <a href="{LINKEDIN}">{LINKEDIN}</a></li>
<li id="fn8">Jane Doe, LinkedIn, January 15, 2024, <a href="{LINKEDIN}">{LINKEDIN}</a></li>
<li id="fn9">Harbour Lines Ltd., \u201c{ROUTES_TITLE}\u201d, press release, PR Newswire, January 21, 2022, <a href="{PRN}">{PRN}</a></li>
<li id="fn10">Harbour Lines Ltd., \u201c{ROUTES_TITLE}\u201d, press release, January 21, 2022, <a href="{YAHOO}">{YAHOO}</a></li>
<li id="fn11">Reuters, \u201c{ROUTES_TITLE}\u201d, January 24, 2022, <a href="{YAHOO}">{YAHOO}</a></li>
</ol></section>
</article></body></html>
"""  # noqa: E501


@pytest.fixture(scope="module")
def newsletter(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("newsletter")
    ca = make_local_ca(folder, NEWSLETTER_HOSTS)
    extractors = ASSETS.parent / "extractors"
    routes: dict[str, Any] = {
        path_of(SUBSTACK): Reply(body=page("substack_post.html"), headers=HTML),
        path_of(PAYWALLED): Reply(body=page("substack_paywalled.html"), headers=HTML),
        path_of(MEDIUM): Reply(body=page("medium_post.html"), headers=HTML),
        path_of(THREAD): Reply(body=(extractors / "reddit_post_shell.html").read_bytes(), headers=HTML),
        path_of(reddit_json_url(THREAD) or ""): Reply(
            body=(extractors / "reddit_comment.json").read_bytes(), headers=JSON
        ),
        path_of(LINKEDIN): Reply(body=(extractors / "linkedin_post.html").read_bytes(), headers=HTML),
        path_of(PRN): Reply(body=page("prnewswire_release.html"), headers=HTML),
        path_of(YAHOO): Reply(body=page("yahoo_republished_release.html"), headers=HTML),
    }
    report = folder / "issue-42.html"
    report.write_text(NEWSLETTER, encoding="utf-8")
    with FixtureServer(routes, tls=ca) as server:
        return _check(report, server, ca, NEWSLETTER_HOSTS)


# --- what a fact-checker reads -----------------------------------------------------------------------------


def test_each_footnote_of_the_legal_memo_has_the_status_a_careful_reviewer_would_give(
    memo: dict[str, dict[str, Any]],
) -> None:
    assert {label: footnote["status"] for label, footnote in memo.items()} == {
        "opinion": "unconfirmed",  # CourtListener shows no publication date
        "sic": "unconfirmed",  # `[t]he` and `[sic]` are the writer's; no publication date either
        "docket": "unconfirmed",  # the order's day is one of the docket's entries, not the page's date
        "release": "verified",
        "minister": "unconfirmed",  # her words in her department's release: its byline is the department
        "wrongdate": "failed",  # 12 January for a release of the 21st
        "notice": "unconfirmed",  # a PDF converted to HTML: no date or author in its markup
        "wire": "verified",
        "wayback": "verified",  # the Wayback Machine's copy of the deleted notice, read as the notice
        "archived": "unconfirmed",  # archive.today's page is its own rewriting, not the original's bytes
    }
    checks = {label: checks_by_name(footnote) for label, footnote in memo.items()}
    assert checks["sic"]["quote"][0] == "pass"
    assert checks["wrongdate"]["date"] == (
        "fail",
        "cited 2022-01-12; the source was posted 2022-01-21 10:30 UTC (JSON-LD datePublished), which is "
        "2022-01-20 to 2022-01-22 across UTC\u221212..UTC+14",
    )
    assert checks["wayback"]["captured"][1].startswith(
        f"HTTP 200, the archived copy of {DELETED} made Fri, 21 Jan 2022 09:30:00 GMT"
    )
    assert checks["wayback"]["date"][1].startswith("posted 2020-11-03 07:00 UTC (article:published_time)")
    assert checks["archived"]["captured"][1].startswith(
        f"HTTP 200, a page whose URL names it a copy of {STATEMENT}, read as a page of its own"
    )
    # A line-end hyphen of three letters (`pas-` / `senger`) may be a prefix's (`re-sign`): for a person.
    assert checks["notice"]["quote"] == (
        "warn",
        "near match (96%) for 'sailed on 37 occasions with its passenger lifts out of service', the quote "
        "has 'passenger' where the source has 'pas senger': compare by hand",
    )


def test_a_court_order_cited_by_its_day_on_the_docket_is_not_failed_by_the_docket_s_first_entry(
    memo: dict[str, dict[str, Any]],
) -> None:
    # htmldate dated the docket by its first entry (21 January): the order of the 24th, cited so, failed.
    assert checks_by_name(memo["docket"])["date"] == (
        "warn",
        "cited 2022-01-24; the source gives 2022-01-21 (htmldate), a day read from the page's text, which "
        "gives 2022-01-24 too: a page of several dated entries? Compare by hand",
    )


def test_an_opinion_s_words_quoted_across_its_footnote_mark_pass(memo: dict[str, dict[str, Any]]) -> None:
    assert checks_by_name(memo["opinion"])["quote"][0] == "pass"


def test_each_footnote_of_the_osint_brief_has_the_status_a_careful_analyst_would_give(
    osint: dict[str, dict[str, Any]],
) -> None:
    statuses = {label: footnote["status"] for label, footnote in osint.items()}
    assert statuses == {
        "1": "unconfirmed",  # the English translation in parentheses
        "2": "unconfirmed",  # 04:10 Kyiv time for a post of 02:55 there
        "3": "unconfirmed",  # `the spokesman` is Peskov, named before; the post is Rybar's
        "4": "unconfirmed",  # a forward: the words are Grey Zone's
        "5": "failed",  # deleted
        "6": "verified",  # 09:05 Kyiv time is the post's 07:05 UTC
        "7": "verified",  # the ministry's own words after the claims it calls false
        "8": "verified",  # the video's title
        "9": "unconfirmed",  # words spoken in the video: its page does not hold them
        "10": "verified",  # 09:20 Moscow time is the post's 06:20 UTC
        "11": "unconfirmed",  # `A Kremlin spokesman` is Peskov, named before; the post is Rybar's
    }
    checks = {label: checks_by_name(footnote) for label, footnote in osint.items()}
    # 23:40 UTC on the 21st is 01:40 on the 22nd in Kyiv, as the passage says.
    assert checks["1"]["date"][0] == "pass"
    assert checks["2"]["date"] == (
        "warn",
        "posted 2022-01-22 00:55 UTC (widget <time datetime>): 2022-01-22 from UTC\u221200:55 to UTC+14:00, "
        "but the citing passage (line 5) gives it the time 04:10 Kyiv time, 02:10 UTC: compare by hand",
    )
    assert checks["3"]["author"] == (
        "warn",
        "the citing passage (line 7) gives the quoted words to 'Dmitry Peskov' (named before as the "
        "spokesman), but the post is by '\u0420\u044b\u0431\u0430\u0440\u044c / @rybar': another account "
        "posting or quoting their words? Compare by hand",
    )
    assert checks["4"]["author"][1].endswith(
        "but the post is a forward from 'Grey Zone' (@grey_zone): the words are theirs, not @rybar's own"
    )
    assert checks["5"]["captured"][1].startswith("deleted or unavailable: the widget says 'Post not found'")
    assert checks["7"]["quote"] == ("pass", "found 'the bridge incident is a provocation'")
    assert checks["9"]["quote"][0] == "warn"


def test_words_a_passage_gives_to_a_kremlin_spokesman_on_a_milblogger_s_post_are_not_verified(
    osint: dict[str, dict[str, Any]],
) -> None:
    assert osint["11"]["status"] == "unconfirmed"


def test_each_footnote_of_the_newsletter_has_the_status_a_careful_editor_would_give(
    newsletter: dict[str, dict[str, Any]],
) -> None:
    assert {label: footnote["status"] for label, footnote in newsletter.items()} == {
        "1": "verified",  # 02:00 UTC on the 22nd is the 21st in America, as Substack shows it
        "2": "unconfirmed",  # behind Substack's paywall
        "3": "verified",
        "4": "unconfirmed",  # another post's blurb, under "More from Jane Smith"
        "5": "verified",
        "6": "unconfirmed",  # a commenter's words, not the poster's
        "7": "verified",
        "8": "unconfirmed",  # a reader's comment on her post
        "9": "verified",  # the release as PR Newswire issued it
        "10": "unconfirmed",  # Yahoo Finance's copy, three days later, dated as the release
        "11": "unconfirmed",  # Reuters named for a press release Yahoo Finance republished
    }
    checks = {label: checks_by_name(footnote) for label, footnote in newsletter.items()}
    assert checks["2"]["captured"][1].startswith(
        "paywall: the page marks its article as not free to read (JSON-LD isAccessibleForFree false)"
    )
    assert checks["8"]["quote"] == (
        "warn",
        "'the port was mined and will stay closed all year' is not in the source's own words but in a "
        "reader's comment on the page: attribute it to the commenter, not to the page's author",
    )
    assert checks["11"]["author"] == (
        "warn",
        "cited 'Reuters'; the source shows 'PR Newswire / Yahoo Finance': its byline names 'PR Newswire', "
        "not 'Reuters': compare by hand",
    )


def test_a_republished_press_release_dated_as_issued_is_not_failed_by_the_copy_s_day(
    newsletter: dict[str, dict[str, Any]],
) -> None:
    # Yahoo Finance's copy of 24 January failed the release's own day, which its dateline gives.
    assert checks_by_name(newsletter["10"])["date"] == (
        "warn",
        "cited 2022-01-21; the source was posted 2022-01-24 15:00 UTC (JSON-LD datePublished), which is "
        "2022-01-24 to 2022-01-25 across UTC\u221212..UTC+14; its text carries a press release's dateline of "
        "the cited day ('Jan. 21, 2022 /PRNewswire/'): the release was issued then, this copy came out "
        "later; compare by hand",
    )
