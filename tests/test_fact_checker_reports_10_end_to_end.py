"""What `check` says of each footnote of a tenth set of reports a fact-checker reviews, end to end: report
formats and sources the earlier sets cite least.

A climate NGO's report on a cement maker's net-zero pledge, written in LibreOffice (an ODT file, as pandoc
writes it), cites the company's sustainability report as a PDF, its chief executive's LinkedIn post (LinkedIn
answers a visitor with its login wall), the company's Facebook post as Facebook shows a Page's post to a
visitor (its words in its tags, a login popup beside it), a note that gives only `Facebook, March 3, 2023.`
while the body names who posted and quotes them, a Medium article, an Internet Archive item page
(`archive.org/details/…`: an upload of a document, described by its uploader), and a Spanish gazette entry
(the BOE's page of a resolution, quoted in Spanish) by the day it was published and by the day it was signed.
A Middle-East desk's explainer in HTML (a WordPress export: the block editor's footnotes) quotes in Arabic,
each quote followed by its English translation in parentheses: a Lebanese newspaper's article (`dir="rtl"`,
its day in Arabic-Indic digits), a minister's X post, a Telegram channel in Arabic; and cites a podcast
episode's page at a time in it (`at 12:34`) and a Google Docs document published to the web.

Each footnote's status is what an honest tool must say: `verified` only where every claim was checked; a
login wall never verifies; a note with no link is unlocatable. The servers are local (`--connect-to`), the
URLs the real ones. The pages' markup is written from memory of the real sites' shapes (LinkedIn's authwall
script, Facebook's `og:` tags of a Page's post and its login popup, Medium's JSON-LD, the Internet Archive's
`metadata-definition` lists and uploader line, the BOE's `documento-tit` and `metadatos`, an Arabic
newspaper's `pinfo` line, Telegram's widget, a Fireside episode page's JSON-LD, Google Docs' publish banner):
close to them, not copied; the companies, people and numbers are made up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from provenance.side_urls import side_urls
from tests.support import telegram_pages
from tests.support.check_runs import HTML_HEADERS as HTML
from tests.support.check_runs import checked_on as _check
from tests.support.check_runs import checks_by_name
from tests.support.converters import pandoc_to_odt
from tests.support.pdfs import one_page_pdf
from tests.support.servers import FixtureServer, Reply, make_local_ca, path_of
from tests.support.telegram_pages import telegram_page, widget_words
from tests.test_fact_checker_reports_2_end_to_end import tweet_result, x_routes

ASSETS = Path(__file__).parent / "assets" / "fact_checker_10"
PDF = (("Content-Type", "application/pdf"),)


def page(name: str) -> bytes:
    return (ASSETS / name).read_bytes()


# --- the climate NGO's report (ODT) ------------------------------------------------------------------------

SUSTAINABILITY = (
    "https://www.norvikcement.com/globalassets/investors/2024/norvik-sustainability-report-2023.pdf"
)
# The post's id holds 2024-03-05 09:12:44 UTC.
LINKEDIN = "https://www.linkedin.com/posts/helga-brandt-4a1b2c3_netzero-activity-7170707796525163187-Xy9Q"
FACEBOOK = (
    "https://www.facebook.com/NorvikCement/posts/"
    "pfbid02kLmN8vQwR3sT5uX7yZ1aB3cD5eF7gH9iJ1kL3mN5oP7qR9sT1uV3wX5yZ7aB9cDl"
)
MEDIUM = "https://medium.com/@ingridsolheim/the-offsets-hiding-in-cements-net-zero-pledges-8c2f4e1a9b7d"
ARCHIVE_ITEM = "https://archive.org/details/norvik-slemmestad-eia-2019"
# The item's own text, which its page's `FULL TEXT download` links to: the assessment's words.
ARCHIVE_ITEM_TEXT = (
    "https://archive.org/stream/norvik-slemmestad-eia-2019/norvik-slemmestad-eia-2019_djvu.txt"
)
BOE = "https://www.boe.es/diario_boe/txt.php?id=BOE-A-2023-11247"
NGO_HOSTS: tuple[str, ...] = ("www.norvikcement.com", "www.linkedin.com", "www.facebook.com", "medium.com")
NGO_HOSTS += ("archive.org", "www.boe.es")

BOE_TITLE = (
    "Resolución de 3 de mayo de 2023, de la Dirección General de Calidad y Evaluación Ambiental, por la que "
    "se formula declaración de impacto ambiental del proyecto «Ampliación de la cantera Los Arenales», en el "
    "término municipal de Alcalá de Guadaíra (Sevilla)"
)

NGO_REPORT = f"""# Net zero by 2040, on paper: Norvik Cement's climate pledge

*Fjord Climate Watch, briefing paper, April 2024.*

Norvik Cement says it "cut our scope 1 emissions by 12 per cent" last year.[^sustainability]

Its chief executive, Helga Brandt, called the pledge "the most ambitious in our industry".[^linkedin]

The company told its followers that it would reach net zero "without buying a single offset".[^facebook]

A year earlier, the Slemmestad plant manager Jonas Eklund had written on the company's Facebook page that
"the kiln upgrade is on schedule".[^facebook-earlier]

One analyst found that the target counts "removals bought from forestry projects in three countries".[^medium]

The company's own assessment of its quarry extension found that it would "remove 14 hectares of coastal pine
forest".[^archive-item]

In Spain, the environment ministry rejected the extension of its Andalusian quarry, finding that "el promotor
no ha acreditado la disponibilidad de agua para la restauración de los frentes agotados".[^boe]

The ministry's resolution formulated a "declaración de impacto ambiental desfavorable".[^boe-signed]

[^sustainability]: Norvik Cement AS, "Sustainability Report 2023", 14 March 2024, <{SUSTAINABILITY}>
[^linkedin]: Helga Brandt, LinkedIn, 5 March 2024, <{LINKEDIN}>
[^facebook]: Norvik Cement, Facebook, 28 March 2024, <{FACEBOOK}>
[^facebook-earlier]: Facebook, March 3, 2023.
[^medium]: Ingrid Solheim, "The offsets hiding in cement's net-zero pledges", Medium, 2 April 2024, <{MEDIUM}>
[^archive-item]: Norvik Cement AS, "Slemmestad quarry extension: environmental impact assessment", 2 May 2019, Internet Archive, <{ARCHIVE_ITEM}>
[^boe]: Ministerio para la Transición Ecológica y el Reto Demográfico, "{BOE_TITLE}", *Boletín Oficial del Estado*, núm. 112, 11 de mayo de 2023, <{BOE}>
[^boe-signed]: Dirección General de Calidad y Evaluación Ambiental, Resolución de 3 de mayo de 2023, BOE-A-2023-11247, 3 May 2023, <{BOE}>
"""  # noqa: E501

# The report as the company's designer exported it: the file made the day before the report's own date,
# which its last page gives; its /Author is the designer's login.
SUSTAINABILITY_PDF = one_page_pdf(
    b"BT /F1 11 Tf 72 740 Td (NORVIK CEMENT AS  SUSTAINABILITY REPORT 2023) Tj"
    b" 0 -24 Td (Climate) Tj"
    b" 0 -16 Td (In 2023 we cut our scope 1 emissions by 12 per cent compared with 2022, mainly by) Tj"
    b" 0 -14 Td (replacing coal with alternative fuels in the Slemmestad kiln.) Tj"
    b" 0 -24 Td (Oslo, 14 March 2024. The Board of Directors of Norvik Cement AS) Tj ET",
    trailer=b"/Info 6 0 R",
    more=(
        b"<< /Title (Norvik Sustainability Report 2023) /Author (kmoe) /Creator (Adobe InDesign 19.2)"
        b" /CreationDate (D:20240313164000+01'00') /ModDate (D:20240313164000+01'00') >>",
    ),
)


@pytest.fixture(scope="module")
def ngo_report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("ngo")
    ca = make_local_ca(folder, NGO_HOSTS)
    routes: dict[str, Any] = {
        path_of(SUSTAINABILITY): Reply(body=SUSTAINABILITY_PDF, headers=PDF),
        path_of(LINKEDIN): Reply(body=page("linkedin_authwall.html"), headers=HTML),
        path_of(FACEBOOK): Reply(body=page("facebook_page_post.html"), headers=HTML),
        path_of(MEDIUM): Reply(body=page("medium_article.html"), headers=HTML),
        path_of(ARCHIVE_ITEM): Reply(body=page("archive_org_item.html"), headers=HTML),
        path_of(ARCHIVE_ITEM_TEXT): Reply(body=page("archive_org_item_text.html"), headers=HTML),
        path_of(BOE): Reply(body=page("boe_resolucion.html"), headers=HTML),
    }
    source = folder / "norvik-net-zero.md"
    source.write_text(NGO_REPORT, encoding="utf-8")
    report = pandoc_to_odt(source, folder / "norvik-net-zero.odt")
    with FixtureServer(routes, tls=ca) as server:
        return _check(report, server, ca, NGO_HOSTS)


# --- the Middle-East desk's explainer (HTML) ---------------------------------------------------------------

ARTICLE = "https://al-akhbar.com/Lebanon/378123"
MINISTER_ID = "1767223988712481459"  # a snowflake of 2024-03-11 16:20:07 UTC
MINISTER = f"https://x.com/nadim_saab_mew/status/{MINISTER_ID}"
CHANNEL_POST = "southnews_lb/48213"
TELEGRAM = f"https://t.me/{CHANNEL_POST}"
PODCAST = "https://levantbrief.fireside.fm/214"
TIMELINE = (
    "https://docs.google.com/document/d/e/"
    "2PACX-1vT8rX2mQ4kP7sL1nW3yB5cD9fG2hJ6kL8mN0pQ3rS5tU7vW9xY1zA3bC5dE7fG9hI1jK3lM5nO7pQ9rS/pub"
)
DESK_HOSTS: tuple[str, ...] = ("al-akhbar.com", "x.com", "cdn.syndication.twimg.com", "publish.twitter.com")
DESK_HOSTS += ("t.me",)
DESK_HOSTS += ("levantbrief.fireside.fm", "docs.google.com")

COMMITTEE = "Southern Residents\u2019 Committee"
MINISTER_WORDS = "فرق الصيانة تعمل على مدار الساعة، والتيار سيعود إلى الجنوب خلال ٤٨ ساعة."
CHANNEL_WORDS = "انقطاع شامل للتيار الكهربائي في صور والنبطية منذ التاسعة مساء، والمولدات لا تكفي."


def _footnote(number: int, anchor: str, text: str) -> str:
    """A note of the block editor's footnotes list, linking back to its marker."""
    return (
        f'<li id="{anchor}">{text} <a href="#{anchor}-link" aria-label="Jump to footnote reference '
        f'{number}">↩︎</a></li>'
    )


def _marker(number: int, anchor: str) -> str:
    """A marker of the block editor's footnotes, as WordPress saves it."""
    return f'<sup data-fn="{anchor}" class="fn"><a href="#{anchor}" id="{anchor}-link">{number}</a></sup>'


NOTES = {
    "article": "3f6a2c1e-5b7d-4e8f-9a0b-1c2d3e4f5a6b",
    "minister": "7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e",
    "channel": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
    "podcast": "d4e5f6a7-b8c9-4d0e-9f1a-2b3c4d5e6f7a",
    "timeline": "e7f8a9b0-c1d2-4e3f-8a4b-5c6d7e8f9a0b",
}
MARK = {name: _marker(number, anchor) for number, (name, anchor) in enumerate(NOTES.items(), 1)}

EXPLAINER = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="UTF-8">
<title>Explainer: why southern Lebanon lost power for three days \u2013 Middle East desk</title>
</head>
<body class="post-template-default single single-post">
<article id="post-8812" class="post-8812 post type-post status-publish format-standard">
<header class="entry-header"><h1 class="entry-title">Explainer: why southern Lebanon lost power for three days</h1>
<div class="entry-meta"><span class="byline">By the Middle East desk</span> · <time class="entry-date published" datetime="2024-03-18T10:00:00+00:00">18 March 2024</time></div></header>
<div class="entry-content">
<p>The energy minister told reporters that <span dir="rtl" lang="ar">«التيار سيعود تدريجيا خلال ثمان وأربعين ساعة»</span> (“power will return gradually within forty-eight hours”).{MARK["article"]}</p>
<p>The night before, he had written: <span dir="rtl" lang="ar">«فرق الصيانة تعمل على مدار الساعة»</span> (“maintenance teams are working around the clock”).{MARK["minister"]}</p>
<p>A local news channel had reported <span dir="rtl" lang="ar">«انقطاع شامل للتيار الكهربائي في صور والنبطية»</span> (“a total power cut in Tyre and Nabatieh”) from the first evening.{MARK["channel"]}</p>
<p>The energy analyst Rania Khoury said that “the plant had been running without spare parts since 2022”.{MARK["podcast"]}</p>
<p>Residents kept a shared timeline: on the second day, “the private generators ran out of diesel in three villages”.{MARK["timeline"]}</p>
</div>
<ol class="wp-block-footnotes">
{_footnote(1, NOTES["article"], f'سامي الحداد, «وزير الكهرباء: انقطاع التيار في الجنوب سببه عطل في محطة الزهراني», Al-Akhbar, 12 March 2024, <a href="{ARTICLE}">{ARTICLE}</a>')}
{_footnote(2, NOTES["minister"], f'نديم صعب (@nadim_saab_mew), X, 11 March 2024, <a href="{MINISTER}">{MINISTER}</a>')}
{_footnote(3, NOTES["channel"], f'أخبار الجنوب (@southnews_lb), Telegram, 10 March 2024, <a href="{TELEGRAM}">{TELEGRAM}</a>')}
{_footnote(4, NOTES["podcast"], f'Rania Khoury, interviewed on The Levant Brief, episode 214, “Why the lights went out in the south”, 14 March 2024, at 12:34, <a href="{PODCAST}">{PODCAST}</a>')}
{_footnote(5, NOTES["timeline"], f'{COMMITTEE}, “Southern grid outage: timeline of events”, Google Docs, 12 March 2024, <a href="{TIMELINE}">{TIMELINE}</a>')}
</ol>
</article>
</body>
</html>
"""  # noqa: E501


def _telegram_routes() -> dict[str, Reply]:
    (widget_url,) = side_urls(TELEGRAM)
    widget = telegram_pages.telegram_widget(
        CHANNEL_POST,
        "أخبار الجنوب",
        "2024-03-10T19:52:30+00:00",
        [widget_words(CHANNEL_WORDS)],
        peer=1873402214,
        colour=4,
        views="41.2K",
    )
    return {
        path_of(TELEGRAM): Reply(
            body=telegram_page(CHANNEL_POST, "أخبار الجنوب", CHANNEL_WORDS), headers=HTML
        ),
        path_of(widget_url): Reply(body=widget, headers=HTML),
    }


@pytest.fixture(scope="module")
def explainer(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("explainer")
    ca = make_local_ca(folder, DESK_HOSTS)
    result = tweet_result(
        MINISTER_ID, "2024-03-11T16:20:07.000Z", "نديم صعب", "nadim_saab_mew", MINISTER_WORDS, lang="ar"
    )
    routes: dict[str, Any] = {
        path_of(ARTICLE): Reply(body=page("arabic_news_article.html"), headers=HTML),
        **x_routes(MINISTER, MINISTER_ID, result, "نديم صعب", "nadim_saab_mew", MINISTER_WORDS),
        **_telegram_routes(),
        path_of(PODCAST): Reply(body=page("podcast_episode.html"), headers=HTML),
        path_of(TIMELINE): Reply(body=page("google_docs_pub.html"), headers=HTML),
    }
    report = folder / "southern-lebanon-power-cut.html"
    report.write_text(EXPLAINER, encoding="utf-8")
    with FixtureServer(routes, tls=ca) as server:
        return _check(report, server, ca, DESK_HOSTS)


# --- what a fact-checker reads: the NGO's report -----------------------------------------------------------

# The ODT numbers its notes; the Markdown it was made from named them so.
NOTE = {
    "sustainability": "1",
    "linkedin": "2",
    "facebook": "3",
    "facebook-earlier": "4",
    "medium": "5",
    "archive-item": "6",
    "boe": "7",
    "boe-signed": "8",
}


def test_each_footnote_of_the_ngo_s_report_has_the_status_a_careful_editor_would_give(
    ngo_report: dict[str, dict[str, Any]],
) -> None:
    statuses = {label: ngo_report[number]["status"] for label, number in NOTE.items()}
    assert statuses == {
        "sustainability": "unconfirmed",  # the PDF's day is in its words only, its /Author the designer's
        "linkedin": "failed",  # LinkedIn's login wall: never the post
        "facebook": "unconfirmed",  # the Page's post in its tags: no time tied to it
        "facebook-earlier": "unlocatable",  # no link: nothing to capture
        "medium": "verified",
        "archive-item": "unconfirmed",  # an upload: its page credits the Internet Archive, not its creator
        "boe": "verified",  # the gazette's day, words and title; the ministry its `Departamento:` row names
        "boe-signed": "unconfirmed",  # the resolution's own day, which its title gives
    }
    checks = {label: checks_by_name(ngo_report[number]) for label, number in NOTE.items()}
    assert checks["sustainability"]["quote"] == ("pass", "found 'cut our scope 1 emissions by 12 per cent'")
    assert "'kmoe', who made the file" in checks["sustainability"]["author"][1]
    assert checks["linkedin"]["captured"][0] == "fail"
    assert checks["linkedin"]["captured"][1].startswith("login wall:")
    assert checks["facebook-earlier"]["locator"][0] == "fail"
    assert checks["medium"]["quote"] == (
        "pass",
        "found 'removals bought from forestry projects in three countries'",
    )
    assert checks["archive-item"]["date"] == (
        "pass",
        "the source gives the day 2019-05-02 (microdata datePublished)",
    )
    assert checks["archive-item"]["author"][0] == "warn"
    # The quoted words stand in the uploader's description of the item and in the item's own text, which its
    # page links to and the capture holds beside it: the assessment's words. Before, the text was not
    # captured, and the quote warned that the description is the uploader's.
    assert checks["archive-item"]["quote"] == ("pass", "found 'remove 14 hectares of coastal pine forest'")


def test_a_facebook_page_s_post_shown_in_its_tags_beside_the_login_popup_is_the_page_s_post(
    ngo_report: dict[str, dict[str, Any]],
) -> None:
    # Its page holds the post's words and address in its tags, and Facebook's login popup: it failed as a
    # login wall, and `author` failed the Page the note names against "Facebook", the site's name.
    checks = checks_by_name(ngo_report[NOTE["facebook"]])
    assert checks["captured"][0] == "pass"
    assert checks["quote"] == ("pass", "found 'without buying a single offset'")
    assert checks["author"] == ("pass", "cited 'Norvik Cement'; the source shows 'NorvikCement'")
    assert checks["date"][0] == "warn"  # a `pfbid` holds no time, and the page ties none to the post


def test_a_note_naming_a_spanish_ministry_is_credited_to_it(ngo_report: dict[str, dict[str, Any]]) -> None:
    # "Ministerio para la Transición Ecológica y el Reto Demográfico" and "Dirección General de Calidad y
    # Evaluación Ambiental" were read as no name: `schema` failed ("the note names no author") and a gazette
    # entry cited rightly was `failed`.
    for label in ("boe", "boe-signed"):
        assert checks_by_name(ngo_report[NOTE[label]])["schema"][0] == "pass", label
    # The ministry is the entry's department, as its `Departamento:` row says (it warned "the page credits
    # only its outlet"); the directorate within it is named by no row nor byline.
    assert checks_by_name(ngo_report[NOTE["boe"]])["author"] == (
        "pass",
        "cited 'Ministerio para la Transición Ecológica y el Reto Demográfico'; the gazette's entry gives it "
        "as the department it comes from (its 'Departamento:' row)",
    )
    assert checks_by_name(ngo_report[NOTE["boe-signed"]])["author"][0] == "warn"


def test_a_gazette_entry_is_dated_by_its_issue_and_by_the_day_its_title_gives(
    ngo_report: dict[str, dict[str, Any]],
) -> None:
    # The BOE's `Publicado en: «BOE» núm. 112, de 11 de mayo de 2023, …` dated nothing: the note citing that
    # day warned "no publication date"; the one citing the resolution's own day would then have failed.
    issue = "<dt>Publicado en:</dt> '«BOE» núm. 112, de 11 de mayo de 2023, páginas 65432 a 65447 (16 págs.)'"
    assert checks_by_name(ngo_report[NOTE["boe"]])["date"] == (
        "pass",
        f"the source gives the day 2023-05-11 (the gazette's issue it was published in, {issue})",
    )
    assert checks_by_name(ngo_report[NOTE["boe-signed"]])["date"] == (
        "pass",
        "the source gives the day 2023-05-03 (the day its title dates the act by, '3 de mayo de 2023'); the "
        f"gazette published it 2023-05-11 ({issue})",
    )
    assert checks_by_name(ngo_report[NOTE["boe"]])["quote"][0] == "pass"  # quoted in Spanish, as written


def test_a_gazette_entry_s_title_passes_beside_the_gazette_s_id_the_page_s_title_opens_with(
    ngo_report: dict[str, dict[str, Any]],
) -> None:
    # The BOE titles the entry's page `BOE-A-2023-11247 Resolución de 3 de mayo de 2023, …`: the resolution's
    # title cited as written warned "only part of the page's title".
    status, detail = checks_by_name(ngo_report[NOTE["boe"]])["title"]
    assert status == "pass", detail
    assert detail.startswith(f"matches {BOE_TITLE[:100]!r}, the entry's title in the page's title ")
    assert "left aside: the gazette's id 'BOE-A-2023-11247' before it" in detail
    # The note citing it by its short name (`Resolución de 3 de mayo de 2023`) cites less than its title:
    # still only part of it, the id aside or not.
    status, detail = checks_by_name(ngo_report[NOTE["boe-signed"]])["title"]
    assert status == "warn"
    assert "'Resolución de 3 de mayo de 2023' is only part of the page's title" in detail


# --- what a fact-checker reads: the explainer ------------------------------------------------------------

DESK_NOTE = {"article": "1", "minister": "2", "channel": "3", "podcast": "4", "timeline": "5"}


def test_each_footnote_of_the_explainer_has_the_status_a_careful_editor_would_give(
    explainer: dict[str, dict[str, Any]],
) -> None:
    statuses = {label: explainer[number]["status"] for label, number in DESK_NOTE.items()}
    assert statuses == {
        "article": "unconfirmed",  # the Arabic words found; the English translation beside them is the desk's
        "minister": "unconfirmed",  # the same
        "channel": "unconfirmed",  # the same
        "podcast": "unconfirmed",  # words said at 12:34 of the episode: its page does not hold them
        "timeline": "unconfirmed",  # a published Google Doc: no day, no author of its own
    }
    checks = {label: checks_by_name(explainer[number]) for label, number in DESK_NOTE.items()}
    for label in ("article", "minister", "channel"):
        assert checks[label]["quote"][0] == "warn", label
        assert checks[label]["quote"][1].startswith("found '"), label  # the Arabic, verbatim
        assert "translation: source is Arabic" in checks[label]["quote"][1], label
    assert checks["minister"]["date"][0] == "pass"
    assert checks["minister"]["author"] == (
        "pass",
        "cited @nadim_saab_mew; the source's account is @nadim_saab_mew",
    )
    assert checks["channel"]["date"][1].startswith("posted 2024-03-10 19:52 UTC (widget <time datetime>)")
    assert checks["podcast"]["date"] == (
        "pass",
        "the source gives the day 2024-03-14 (JSON-LD datePublished)",
    )
    assert checks["podcast"]["quote"][0] == "warn"
    assert checks["timeline"]["quote"] == (
        "pass",
        "found 'the private generators ran out of diesel in three villages'",
    )
    assert checks["timeline"]["date"] == ("warn", "the source shows no publication date: compare by hand")
    assert checks["timeline"]["author"][0] == "warn"


def test_an_arabic_newspaper_s_byline_and_its_day_in_arabic_indic_digits_are_read(
    explainer: dict[str, dict[str, Any]],
) -> None:
    # Its byline opens with "wrote:" (`كتب: سامي الحداد`): the verb was kept in the name. Its day is written
    # `الثلاثاء ١٢ آذار ٢٠٢٤` under the headline.
    checks = checks_by_name(explainer[DESK_NOTE["article"]])
    assert checks["author"] == ("pass", "cited 'سامي الحداد'; the source shows 'سامي الحداد'")
    assert checks["date"] == (
        "pass",
        "the source gives the day 2024-03-12 (date line by the byline or headline)",
    )
    assert checks["title"][0] == "pass"


def test_words_said_at_a_time_in_a_podcast_episode_are_named_as_spoken_there(
    explainer: dict[str, dict[str, Any]],
) -> None:
    # It said "not found verbatim (49% at best; a paraphrase?)": a person then looked through the episode's
    # notes for a paraphrase, where the words are in the recording at 12:34.
    assert checks_by_name(explainer[DESK_NOTE["podcast"]])["quote"] == (
        "warn",
        "'the plant had been running without spare parts since 2022' is given as words spoken in the "
        "episode (cited at 12:34 of it, the note's time code; its page is a PodcastEpisode's), which its "
        "page does not hold: compare them with the recording by hand",
    )
