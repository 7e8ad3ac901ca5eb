"""What `check` says of each footnote of a ninth set of reports a fact-checker reviews, end to end: sources in
other languages than English and on sites the earlier sets cite least.

An election-observation mission's interim report, written in Word (its footnotes in `word/footnotes.xml`,
as pandoc writes them), cites the German Wikipedia's article by a permanent link under its localised special
page (`Spezial:PermanentLink/<revision>`), the English article by a diff to the edit after a revision
(`diff=next&oldid=<revision>`, which names no revision of its own; and again crediting the edit to another
user than the page shows), the Ukrainian government's news release quoted as written and again in
translation, the Kremlin's Russian account of a meeting, the Russian foreign ministry's comment (dated only
`12.03.2024 18:40` under its headline), and the UN human rights office's report as a PDF. A health
explainer in HTML (Pandoc's footnotes) cites a dataset on figshare by its DOI (doi.org redirecting to the
record), a news article behind a metered paywall whose page holds the whole story, and a WHO Disease
Outbreak News item by its day and by a day three days before it.

Each footnote's status is what an honest tool must say: `verified` only where every claim was checked. The
servers are local (`--connect-to`), the URLs the real ones. The pages' markup is written from memory of the
real sites' shapes (MediaWiki's revision box and diff table and its `mw.config` ids, the Ukrainian
government portal's news page, kremlin.ru's `read__published` line, mid.ru's `text-date`, figshare's
`citation_*` meta and its Dataset JSON-LD, a metered newspaper's `isAccessibleForFree` markup, the WHO's
Disease Outbreak News item): close to them, not copied; the country, people and numbers are made up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.check_runs import HTML_HEADERS as HTML
from tests.support.check_runs import checked_over_tls as checked_through
from tests.support.check_runs import checks_by_name
from tests.support.converters import pandoc_to_docx
from tests.support.pdfs import one_page_pdf
from tests.support.servers import Reply, path_of, redirect

ASSETS = Path(__file__).parent / "assets" / "fact_checker_9"


def shown(name: str) -> Reply:
    """The fixture page `name` (in `ASSETS`) answered as HTML."""
    return Reply(body=(ASSETS / name).read_bytes(), headers=HTML)


# --- the observation mission's report (DOCX) ----------------------------------------------------------------

WIKI_DE = "https://de.wikipedia.org/wiki/Spezial:PermanentLink/243118765"
WIKI_DIFF = "https://en.wikipedia.org/w/index.php?title=2024_Verenian_parliamentary_election&diff=next&oldid=1212880442"
KMU = (
    "https://www.kmu.gov.ua/news/"
    "uriad-zatverdyv-poriadok-dopusku-mizhnarodnykh-sposterihachiv-do-vyborchykh-dilnyts"
)
KREMLIN = "https://kremlin.ru/events/president/news/73612"
MID = "https://mid.ru/ru/foreign_policy/news/1941238/"
OHCHR = "https://www.ohchr.org/sites/default/files/documents/countries/verenia/2024-04-02-verenia-elections-report.pdf"
MISSION_HOSTS = (
    "de.wikipedia.org",
    "en.wikipedia.org",
    "www.kmu.gov.ua",
    "kremlin.ru",
    "mid.ru",
    "www.ohchr.org",
)

MISSION = f"""# Verenia, parliamentary elections of 10 March 2024: interim report

*Election Observation Mission, 4 April 2024.*

The encyclopaedia's German article, as edited before the vote, said the commission "richtete 4.212 Wahllokale
ein".[^wiki-de]

An edit on the eve of the vote added that the commission "withdrew the accreditation of 112 observers from two
civic groups".[^wiki-diff]

A second account of the same edit credits it to another user.[^wiki-diff-editor]

Kyiv's justice minister said: "Жоден акредитований спостерігач не може бути позбавлений доступу до дільниці без
письмового рішення комісії".[^kmu]

In English: "no accredited observer may be denied access to a polling station without a written decision of the
commission".[^kmu-translated]

In Moscow, the commission's chair reported that "Явка составила 67,4 процента".[^kremlin]

Moscow's foreign ministry said the mission's report "сознательно искажают картину голосования".[^mid]

The UN human rights office found that "observers were turned away from at least 214 polling stations".[^ohchr]

[^wiki-de]: Wikipedia (German), "Parlamentswahl in Verenien 2024", revision of 3 March 2024, <{WIKI_DE}>
[^wiki-diff]: Wikipedia, "2024 Verenian parliamentary election", edit by Ballotwatch, 9 March 2024, <{WIKI_DIFF}>
[^wiki-diff-editor]: Wikipedia, "2024 Verenian parliamentary election", edit by Wahlfuchs, 9 March 2024, <{WIKI_DIFF}>
[^kmu]: Cabinet of Ministers of Ukraine, "Уряд затвердив порядок допуску міжнародних спостерігачів до виборчих дільниць", 12 March 2024, <{KMU}>
[^kmu-translated]: Cabinet of Ministers of Ukraine, "The Government approved the procedure for admitting international observers to polling stations" (our translation), 12 March 2024, <{KMU}>
[^kremlin]: President of Russia, "Встреча с председателем Центральной избирательной комиссии", 12 March 2024, <{KREMLIN}>
[^mid]: Ministry of Foreign Affairs of the Russian Federation, comment by the official spokesperson on the observers' report, 12 March 2024, <{MID}>
[^ohchr]: Office of the United Nations High Commissioner for Human Rights, "Verenia: human rights in the context of the parliamentary elections", 2 April 2024, <{OHCHR}>
"""  # noqa: E501, RUF001

# The report as the office's word processor saved it: the file made (`/CreationDate`) four days before the
# day its cover gives.
OHCHR_PDF = one_page_pdf(
    b"BT /F1 11 Tf 72 740 Td (UNITED NATIONS HUMAN RIGHTS OFFICE OF THE HIGH COMMISSIONER) Tj"
    b" 0 -24 Td (Verenia: human rights in the context of the parliamentary elections) Tj"
    b" 0 -16 Td (Geneva, 2 April 2024) Tj"
    b" 0 -24 Td (14. On election day, observers were turned away from at least 214 polling stations,) Tj"
    b" 0 -14 Td (61 of them in the border districts, in most cases without a written decision) Tj"
    b" 0 -14 Td (of the commission.) Tj ET",
    trailer=b"/Info 6 0 R",
    more=(
        b"<< /Title (Verenia elections report) /Author (jdoe) /Creator (Microsoft Word for Microsoft 365)"
        b" /CreationDate (D:20240329101500+01'00') /ModDate (D:20240329101500+01'00') >>",
    ),
)


@pytest.fixture(scope="module")
def mission(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("mission")
    source = folder / "verenia-interim-report.md"
    source.write_text(MISSION, encoding="utf-8")
    routes: dict[str, Any] = {
        path_of(WIKI_DE): shown("de_wikipedia_permanent_link.html"),
        path_of(WIKI_DIFF): shown("en_wikipedia_diff_next.html"),
        path_of(KMU): shown("kmu_news_uk.html"),
        path_of(KREMLIN): shown("kremlin_news_ru.html"),
        path_of(MID): shown("mid_news_ru.html"),
        path_of(OHCHR): Reply(body=OHCHR_PDF, headers=(("Content-Type", "application/pdf"),)),
    }
    report = pandoc_to_docx(source, folder / "verenia-interim-report.docx")
    return checked_through(report, MISSION_HOSTS, routes, folder)


# --- the health explainer (HTML) ----------------------------------------------------------------------------

FIGSHARE_DOI = "https://doi.org/10.6084/m9.figshare.25123456.v1"
FIGSHARE = (
    "https://figshare.com/articles/dataset/"
    "Measles_IgG_serosurvey_of_children_aged_1-9_in_three_districts_2023/25123456/1"
)
NYT = "https://www.nytimes.com/2024/03/14/health/measles-outbreak-schools-vaccination.html"
WHO = "https://www.who.int/emergencies/disease-outbreak-news/item/2024-DON511"
HEALTH_HOSTS = ("doi.org", "figshare.com", "www.nytimes.com", "www.who.int")

# The notes as the explainer's CMS writes them: curly quotes, an en dash in the WHO's title where its page has
# a hyphen.
WHO_NOTE = "World Health Organization, \u201cMeasles \u2013 Verenia\u201d, Disease Outbreak News"
NOTES = {
    "figshare": f"Ngozi Okafor and Erik Lindahl, \u201cMeasles IgG serosurvey of children aged 1-9 in three "
    f"districts, 2023\u201d, figshare, dataset, 20 February 2024, {FIGSHARE_DOI}",
    "nyt": f"Rachel Ambrose-Kline, \u201cMeasles Returns to Schools Where Vaccination Slipped\u201d, The New "
    f"York Times, 14 March 2024, {NYT}",
    "who": f"{WHO_NOTE}, 15 March 2024, {WHO}",
    "who-early": f"{WHO_NOTE}, 12 March 2024, {WHO}",
}
SENTENCES = {
    "figshare": "A serosurvey found immunity at “68.9% in the northern district”.",
    "nyt": "An epidemiologist said: “We are seeing exactly the clusters the coverage maps predicted”.",
    "who": "The ministry reported “1,284 suspected measles cases” by 10 March.",
    "who-early": "The WHO assessed the national risk “as high”.",
}


def pandoc_html(sentences: dict[str, str], notes: dict[str, str]) -> str:
    """A standalone page as `pandoc -s -t html5` writes a Markdown file's footnotes: a `footnote-ref` link
    after each sentence, the notes in a `<section class="footnotes">` at its end."""
    body = "\n".join(
        f'<p>{sentence}<a href="#fn{n}" class="footnote-ref" id="fnref{n}" role="doc-noteref">'
        f"<sup>{n}</sup></a></p>"
        for n, sentence in enumerate(sentences.values(), 1)
    )
    items = "\n".join(
        f'<li id="fn{n}"><p>{note}<a href="#fnref{n}" class="footnote-back" role="doc-backlink">'
        "\u21a9\ufe0e</a></p></li>"
        for n, note in enumerate(notes.values(), 1)
    )
    return (
        '<!DOCTYPE html>\n<html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en">\n<head>\n'
        '<meta charset="utf-8" />\n<meta name="generator" content="pandoc" />\n'
        "<title>Why measles is back in Verenia's schools</title>\n</head>\n<body>\n"
        '<header id="title-block-header"><h1 class="title">Why measles is back in Verenia\'s schools</h1>'
        '<p class="date">18 March 2024</p></header>\n'
        f'{body}\n<section id="footnotes" class="footnotes footnotes-end-of-document" role="doc-endnotes">\n'
        f"<hr />\n<ol>\n{items}\n</ol>\n</section>\n</body>\n</html>\n"
    )


@pytest.fixture(scope="module")
def explainer(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("explainer")
    report = folder / "measles-explainer.html"
    report.write_text(pandoc_html(SENTENCES, NOTES), encoding="utf-8")
    routes: dict[str, Any] = {
        path_of(FIGSHARE_DOI): redirect(FIGSHARE),
        path_of(FIGSHARE): shown("figshare_dataset.html"),
        path_of(NYT): shown("nytimes_metered.html"),
        path_of(WHO): shown("who_don.html"),
    }
    return checked_through(report, HEALTH_HOSTS, routes, folder)


# --- what a fact-checker reads: the mission's report --------------------------------------------------------

# The DOCX numbers its notes; the Markdown it was made from named them so.
NOTE = {
    "wiki-de": "1",
    "wiki-diff": "2",
    "wiki-diff-editor": "3",
    "kmu": "4",
    "kmu-translated": "5",
    "kremlin": "6",
    "mid": "7",
    "ohchr": "8",
}


def test_each_footnote_of_the_mission_s_report_has_the_status_a_careful_editor_would_give(
    mission: dict[str, dict[str, Any]],
) -> None:
    statuses = {label: mission[number]["status"] for label, number in NOTE.items()}
    assert statuses == {
        "wiki-de": "verified",  # the revision's day as its German page shows it, its words
        "wiki-diff": "verified",  # the edit the diff shows, by its day, its added words and its user
        "wiki-diff-editor": "failed",  # the same edit credited to another user than the page shows
        "kmu": "unconfirmed",  # the ministry named in English, on its page in Ukrainian: a person compares
        "kmu-translated": "unconfirmed",  # and its words quoted in translation
        "kremlin": "unconfirmed",  # the President's site named in English, its page in Russian
        "mid": "unconfirmed",  # the ministry named in English, its page in Russian
        "ohchr": "unconfirmed",  # the report's file names a clerk, not the office
    }


def test_a_permanent_link_under_the_wiki_s_own_special_page_name_is_dated_by_its_revision(
    mission: dict[str, dict[str, Any]],
) -> None:
    # `Spezial:PermanentLink/<revision>` was read as the article's current page, dated by the article's
    # first edit (its JSON-LD's, 20 November 2023): a note citing the revision's own day failed.
    checks = checks_by_name(mission[NOTE["wiki-de"]])
    assert checks["date"] == (
        "pass",
        "the source gives the day 2024-03-03 (the day of revision 243118765, as the page shows it in the "
        "wiki's own time)",
    )
    assert checks["quote"] == ("pass", "found 'richtete 4.212 Wahllokale ein'")
    assert checks["author"][0] == "pass"


def test_a_diff_to_the_next_edit_is_dated_by_the_edit_its_page_shows(
    mission: dict[str, dict[str, Any]],
) -> None:
    # `diff=next&oldid=<before>` names no revision; its page does (`wgDiffNewId`). Read as the article's
    # current page, it was dated by the article's first edit and the note failed.
    checks = checks_by_name(mission[NOTE["wiki-diff"]])
    assert checks["date"][0] == "pass"
    assert checks["date"][1].startswith(
        "posted 2024-03-09 16:45 UTC (the time of revision 1212907154, the diff's later one as its page "
        "names it"
    )
    assert checks["quote"] == (
        "pass",
        "found 'withdrew the accreditation of 112 observers from two civic groups'",
    )


def test_a_note_crediting_a_wiki_edit_to_another_user_than_the_page_shows_is_not_verified(
    mission: dict[str, dict[str, Any]],
) -> None:
    # The page shows the edit as Ballotwatch's; the note says Wahlfuchs made it. It was verified on the
    # wiki's name alone.
    footnote = mission[NOTE["wiki-diff-editor"]]
    assert footnote["status"] == "failed"
    author = checks_by_name(footnote)["author"]
    assert author[0] == "fail"
    assert author[1].startswith(
        "the note credits the edit to 'Wahlfuchs'; the page shows it as 'Ballotwatch''s"
    )


def test_a_note_crediting_a_wiki_edit_to_the_user_the_page_shows_is_verified_naming_them(
    mission: dict[str, dict[str, Any]],
) -> None:
    checks = checks_by_name(mission[NOTE["wiki-diff"]])
    assert checks["author"][0] == "pass"
    assert checks["author"][1].endswith(
        "; the page shows the edit as 'Ballotwatch''s, as the note credits it"
    )


def test_government_releases_in_ukrainian_and_russian_are_dated_and_quoted_as_written(
    mission: dict[str, dict[str, Any]],
) -> None:
    kmu, translated, kremlin = (
        checks_by_name(mission[NOTE[label]]) for label in ("kmu", "kmu-translated", "kremlin")
    )
    assert kmu["date"] == (
        "pass",
        "the source gives the day 2024-03-12 (date line by the byline or headline)",
    )
    assert kmu["quote"][0] == "pass"
    assert kmu["title"][0] == "pass"
    # The outlet is the author, named in English by the note and in Ukrainian by the page: a person compares.
    assert kmu["author"][0] == "warn"
    assert "the source shows '\u041a\u0430\u0431\u0456\u043d\u0435\u0442 " in kmu["author"][1]
    # A translation is never passed as the page's words or its title.
    assert translated["quote"][0] == "warn"
    assert translated["quote"][1].startswith("translation: source is Ukrainian, quote is English")
    assert translated["title"][0] == "warn"
    assert kremlin["date"] == ("pass", "the source gives the day 2024-03-12 (microdata datePublished)")
    assert kremlin["quote"][0] == "pass"
    assert kremlin["author"][0] == "warn"
    # The ministry's page dates itself `12.03.2024 18:40` under its headline; its masthead shows the day it
    # was read, and its news list other days: neither dates it.
    mid = checks_by_name(mission[NOTE["mid"]])
    assert mid["date"] == ("pass", "the source gives the day 2024-03-12 (htmldate)")
    assert mid["quote"] == (
        "pass",
        "found '\u0441\u043e\u0437\u043d\u0430\u0442\u0435\u043b\u044c\u043d\u043e "
        "\u0438\u0441\u043a\u0430\u0436\u0430\u044e\u0442 \u043a\u0430\u0440\u0442\u0438\u043d\u0443 "
        "\u0433\u043e\u043b\u043e\u0441\u043e\u0432\u0430\u043d\u0438\u044f'",
    )


def test_a_un_report_as_a_pdf_is_dated_by_the_dateline_on_its_cover(
    mission: dict[str, dict[str, Any]],
) -> None:
    # Its file was made on 29 March; its cover says `Geneva, 2 April 2024`. The date check warned "no
    # publication date" where the document dates itself.
    checks = checks_by_name(mission[NOTE["ohchr"]])
    assert checks["date"] == (
        "pass",
        "the source gives the day 2024-04-02 (the dateline on its first page ('Geneva, 2 April 2024'))",
    )
    assert checks["quote"] == (
        "pass",
        "found 'observers were turned away from at least 214 polling stations'",
    )
    # The file's /Author is whoever saved it, never the office the note credits.
    assert checks["author"][0] == "warn"
    assert "'jdoe', who made the file" in checks["author"][1]


def test_a_pdf_s_title_on_a_line_of_its_own_under_the_letterhead_passes(
    mission: dict[str, dict[str, Any]],
) -> None:
    checks = checks_by_name(mission[NOTE["ohchr"]])
    assert checks["title"][0] == "pass", checks["title"][1]
    assert checks["title"][1].startswith(
        "matches 'Verenia: human rights in the context of the parliamentary elections' (line 2 of the "
        "document's opening, under 'UNITED NATIONS HUMAN RIGHTS OFFICE OF THE HIGH COMMISSIONER'); its "
        "file's /Title, 'Verenia elections report', is not on its pages"
    ), checks["title"][1]


# --- what a fact-checker reads: the explainer ---------------------------------------------------------------


def test_each_footnote_of_the_explainer_has_the_status_a_careful_editor_would_give(
    explainer: dict[str, dict[str, Any]],
) -> None:
    statuses = {label: explainer[str(n)]["status"] for n, label in enumerate(NOTES, 1)}
    assert statuses == {
        "figshare": "verified",  # the dataset's record: its authors, day, title and description's words
        "nyt": "unconfirmed",  # a metered paywall: the words are found, but the capture may not be the whole
        "who": "verified",
        "who-early": "failed",  # cited by a day three days before the item's
    }
    checks = {label: checks_by_name(explainer[str(n)]) for n, label in enumerate(NOTES, 1)}
    assert checks["figshare"]["captured"][1].startswith(
        f"HTTP 200 at {FIGSHARE} (the cited URL redirected there)"
    )
    assert checks["figshare"]["author"] == (
        "pass",
        "cited 'Ngozi Okafor and Erik Lindahl'; the source shows 'Ngozi Okafor, Erik Lindahl'",
    )
    assert checks["figshare"]["date"][0] == "pass"
    assert checks["nyt"]["captured"][1].startswith(
        "paywall: the page marks its article as not free to read (JSON-LD isAccessibleForFree false)"
    )
    assert checks["nyt"]["quote"] == (
        "pass",
        "found 'We are seeing exactly the clusters the coverage maps predicted'",
    )
    assert checks["nyt"]["author"][0] == checks["nyt"]["date"][0] == checks["nyt"]["title"][0] == "pass"
    assert checks["who"]["title"] == ("pass", "matches 'Measles - Verenia'")
    assert checks["who-early"]["date"] == ("fail", "cited 2024-03-12; the source gives 2024-03-15 (htmldate)")
