"""Notes as fact-checkers and lawyers write them: a court record cited by its case, a channel named as its
author, a platform named without a poster, a wiki page dated by the day it was retrieved."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from provenance.checks.interface import CheckInput
from provenance.checks.schema import check_schema
from provenance.citations import parse_citation, validate_citation
from provenance.citations.cite import cite_footnote
from provenance.citations.parse import case_note, retrieved_wiki_day
from provenance.citations.validation import FILING_PARTY_UNNAMED, IMPRECISE_DATE_CODES, WIKI_PAGE_UNDATED
from provenance.models import Footnote, Platform

D = dt.date


def _note(text: str) -> Footnote:
    return Footnote(label="1", text=text, line=3)


# (note, author, title, date or month-or-year)
_COURT_RECORDS = [
    (
        "Order, United States v. Smith, No. 1:21-cr-00123 (D.D.C. Jan. 21, 2022), ECF No. 45.",
        "D.D.C.",
        "United States v. Smith",
        D(2022, 1, 21),
    ),
    ("Smith v. Jones, 123 F.3d 456 (2d Cir. 2021).", "2d Cir.", "Smith v. Jones", "2021"),
    ("See Smith v. Jones, 123 F.3d 456, 460 (2d Cir. 2021).", "2d Cir.", "Smith v. Jones", "2021"),
    (
        "Mem. Op. at 3, United States v. Smith, No. 1:21-cr-00123 (D.D.C. Jan. 21, 2022), ECF No. 46.",
        "D.D.C.",
        "United States v. Smith",
        D(2022, 1, 21),
    ),
    (
        "Tr. of Hr'g 14:2-5, United States v. Smith, No. 1:21-cr-00123 (D.D.C. Feb. 2, 2022).",
        "D.D.C.",
        "United States v. Smith",
        D(2022, 2, 2),
    ),
    (
        "Order at 2, Doe v. Roe, No. 22-cv-1 (S.D.N.Y. filed Mar. 3, 2022), ECF No. 12.",
        "S.D.N.Y.",
        "Doe v. Roe",
        D(2022, 3, 3),
    ),
    (
        "United States v. Smith, et al., No. 1:21-cr-00123 (D.D.C. Jan. 21, 2022), ECF No. 45.",
        "D.D.C.",
        "United States v. Smith",
        D(2022, 1, 21),
    ),
    (
        "Smith v. Jones, No. 21-cv-1234, 2022 WL 123456, at *3 (S.D.N.Y. Jan. 21, 2022).",
        "S.D.N.Y.",
        "Smith v. Jones",
        D(2022, 1, 21),
    ),
    (
        "In re Grand Jury Subpoena, No. 21-1234 (D.C. Cir. Jan. 21, 2022).",
        "D.C. Cir.",
        "In re Grand Jury Subpoena",
        D(2022, 1, 21),
    ),
    (
        "Order, United States v. Smith, No. 1:21-cr-00123 (D.D.C. Jan. 21, 2022), ECF No. 45, "
        "https://www.courtlistener.com/docket/1/45/",
        "D.D.C.",
        "United States v. Smith",
        D(2022, 1, 21),
    ),
]


@pytest.mark.parametrize(("note", "author", "title", "date"), _COURT_RECORDS)
def test_a_court_record_cited_by_its_case_is_the_courts_with_the_caption_as_its_title(
    note: str, author: str, title: str, date: dt.date | str
) -> None:
    # `Order`, `Mem`, `Tr` or the caption's parties were the author, held to the page's byline; the caption
    # was no title. The court wrote its order or opinion; the parties are the case's.
    citation = parse_citation(_note(note)).citation
    assert citation.author == author
    assert citation.title == title
    assert citation.title_quoted is False  # the caption is no quoted headline
    assert (citation.date if isinstance(date, dt.date) else citation.date_month_or_year) == date


@pytest.mark.parametrize(
    "note",
    [
        "Complaint \u00b6 12, Doe v. Roe, No. 1:22-cv-00456 (S.D.N.Y. Mar. 3, 2022), ECF No. 1.",
        "Pl.'s Mot. to Dismiss at 4, Doe v. Roe, No. 22-cv-1 (S.D.N.Y. Mar. 3, 2022), ECF No. 20.",
    ],
)
def test_a_partys_filing_naming_no_filer_names_no_author_and_says_why(note: str) -> None:
    parsed = parse_citation(_note(note))
    assert parsed.citation.author is None  # not the caption's first party: which one filed it is not said
    assert parsed.citation.title == "Doe v. Roe"
    assert parsed.citation.date == D(2022, 3, 3)
    findings = {f.code: f for f in cite_footnote(_note(note), None).findings}
    assert "missing-author" not in findings  # said as what it is: a filing whose filer the note leaves out
    missing = findings[FILING_PARTY_UNNAMED]
    assert missing.field == "author"
    assert (
        "party's filing" in missing.message
        and "in Doe v. Roe and names no one who filed it" in missing.message
    )
    assert "a person should confirm who filed it" in missing.message


@pytest.mark.parametrize(
    ("note", "filer"),
    [
        (
            "Motion of Defendant Acme Corp. to Dismiss at 3, Doe v. Acme Corp., No. 1:22-cv-1 (S.D.N.Y. Feb. "
            "1, 2022), ECF No. 9.",
            "Acme Corp.",
        ),
        (
            "Decl. of Jane Smith \u00b6 4, Doe v. Roe, No. 1:22-cv-1 (S.D.N.Y. Feb. 1, 2022), ECF No. 10.",
            "Jane Smith",
        ),
        (
            "Br. of Amicus Curiae Electronic Frontier Foundation at 5, Doe v. Roe, No. 22-1 (2d Cir. Mar. 1, "
            "2022), ECF No. 40.",
            "Electronic Frontier Foundation",
        ),
    ],
)
def test_a_partys_filing_naming_its_filer_has_that_filer_as_its_author(note: str, filer: str) -> None:
    # It named no author, and `schema` failed a note that says who filed the document.
    parsed = parse_citation(_note(note))
    assert parsed.citation.author == filer
    assert not [f for f in cite_footnote(_note(note), None).findings if f.field == "author"]


@pytest.mark.parametrize(
    "document", ["Motion of Defendants to Dismiss", "Br. of Appellant", "Decl. of Plaintiff in Supp."]
)
def test_a_filing_naming_only_a_side_names_no_author(document: str) -> None:
    note = f"{document}, Doe v. Roe, No. 1:22-cv-1 (S.D.N.Y. Feb. 1, 2022), ECF No. 9."
    assert parse_citation(_note(note)).citation.author is None


def test_a_case_without_a_court_in_its_parenthetical_names_no_author() -> None:
    # The Federal Reporter holds every circuit's opinions: `(2021)` alone names none of them.
    citation = parse_citation(_note("Smith v. Jones, 123 F.3d 456 (2021).")).citation
    assert citation.author is None
    assert citation.title == "Smith v. Jones"


@pytest.mark.parametrize(
    ("note", "author", "title"),
    [
        # A headline quoting a case, and a review's words, are no case cited: the writer stays the author.
        (
            'Jane Smith, "Trump v. Biden rematch", Example News, January 21, 2022, https://news.example/a',
            "Jane Smith",
            "Trump v. Biden rematch",
        ),
        (
            "Jane Smith, Kramer v. Kramer review, Example News, January 21, 2022, https://news.example/a",
            "Jane Smith",
            None,
        ),
    ],
)
def test_a_case_named_in_a_title_or_in_words_is_no_court_record(note: str, author: str, title: str) -> None:
    citation = parse_citation(_note(note)).citation
    assert citation.author == author
    assert citation.title == title


def test_a_case_note_is_read_in_linear_time_on_hostile_input() -> None:
    hostile = [
        "A" + " v. A" * 200_000,
        "Order, " + "A v. B " * 150_000,
        "," * 100_000 + " v. ",
        "In re " + "a" * 1_000_000,
        "X, A v. B" + " (a" * 300_000,
    ]
    started = time.process_time()
    for text in hostile:
        case_note(text)
    assert time.process_time() - started < 1.0


# (note, caption, court): OSCOLA's and the Commonwealth's case notes, `v` without a stop and a year in
# square brackets, the court read from the neutral citation or from a law report's parenthetical.
_BRACKETED_CASES = [
    (
        "Harbourline Shipping Ltd v Port Amal Authority [2024] EWHC 611 (Comm), judgment of 14 March 2024, "
        "https://www.judiciary.example/judgment.pdf",
        "Harbourline Shipping Ltd v Port Amal Authority",
        "High Court of Justice (Commercial Court)",
    ),
    (
        "R (Miller) v Secretary of State for Exiting the European Union [2017] UKSC 5, [2018] AC 61.",
        "R (Miller) v Secretary of State for Exiting the European Union",
        "Supreme Court of the United Kingdom",
    ),
    ("R v Smith [2024] EWCA Crim 12.", "R v Smith", "Court of Appeal (Criminal Division)"),
    (
        "Smith v Jones [2023] EWCA Civ 1000, [2024] 1 WLR 123.",
        "Smith v Jones",
        "Court of Appeal (Civil Division)",
    ),
    (
        "See Smith v Jones [2024] UKUT 12 (IAC).",
        "Smith v Jones",
        "Upper Tribunal (Immigration and Asylum Chamber)",
    ),
    ("Smith v Jones [2024] UKFTT 345 (TC).", "Smith v Jones", "First-tier Tribunal (Tax Chamber)"),
    ("Smith v Jones [2024] UKPC 3.", "Smith v Jones", "Judicial Committee of the Privy Council"),
    ("Smith v Jones [2008] UKHL 12.", "Smith v Jones", "House of Lords"),
    ("Re A v B [2024] EWFC 9 (B).", "Re A v B", "Family Court (B)"),
    ("Smith v Jones [2024] CSOH 5.", "Smith v Jones", "Court of Session (Outer House)"),
    ("Smith v Jones [2024] CSIH 7.", "Smith v Jones", "Court of Session (Inner House)"),
    ("Smith v Jones [2024] IEHC 101.", "Smith v Jones", "High Court of Ireland"),
    ("Smith v Jones [2024] IESC 2.", "Smith v Jones", "Supreme Court of Ireland"),
    ("Smith v Jones [2024] HCA 4.", "Smith v Jones", "High Court of Australia"),
    ("Smith v Jones [2024] SCC 8.", "Smith v Jones", "Supreme Court of Canada"),
    ("Smith v Jones [2024] NZSC 11.", "Smith v Jones", "Supreme Court of New Zealand"),
    (
        "Smith v. Jones [2024] UKSC 5.",
        "Smith v. Jones",
        "Supreme Court of the United Kingdom",
    ),  # a stop after `v` too
    ("Donoghue v Stevenson [1932] AC 562 (HL).", "Donoghue v Stevenson", "HL"),
    ("Smith v Jones [2024] 1 WLR 123 (CA).", "Smith v Jones", "CA"),
]


@pytest.mark.parametrize(("note", "caption", "court"), _BRACKETED_CASES)
def test_an_oscola_case_note_is_the_courts_its_neutral_citation_names(
    note: str, caption: str, court: str
) -> None:
    # `A v B [2024] EWHC 611 (Comm)` was read as a note naming no author (or its caption's first words as
    # the author): `schema` failed a complete citation of a judgment. The court wrote it; the parties are
    # the case's.
    case = case_note(note)
    assert case is not None
    assert (case.caption, case.court, case.document) == (caption, court, None)
    citation = parse_citation(_note(note)).citation
    assert (citation.author, citation.title, citation.title_quoted) == (court, caption, False)
    assert not [f for f in validate_citation(citation) if f.field == "author"]


@pytest.mark.parametrize(
    ("note", "caption"),
    [
        ("Smith v Jones [2024] 1 WLR 123.", "Smith v Jones"),
        ("Smith v Jones [2024] AC 45.", "Smith v Jones"),
        ("Smith v Jones [2024] 2 Lloyd's Rep 45.", "Smith v Jones"),
    ],
)
def test_a_case_cited_by_a_law_report_alone_is_a_case_of_no_court_named(note: str, caption: str) -> None:
    # A law report's series holds several courts' judgments: the court is not guessed from it. The
    # caption's first party (`Smith v Jones` was the author, held to the source's byline) is no author.
    case = case_note(note)
    assert case is not None
    assert (case.caption, case.court) == (caption, None)
    citation = parse_citation(_note(note)).citation
    assert (citation.author, citation.title) == (None, caption)
    missing = next(f for f in cite_footnote(_note(note), None).findings if f.field == "author")
    assert f"cites a court record of {caption}" in missing.message
    assert "a law report's series, such as [2024] AC 45, holds several courts' judgments" in missing.message


@pytest.mark.parametrize(
    "note",
    [
        # `v` in prose, and a bracket with no year and court or report after the caption: no case cited.
        "Rybar v Telegram: the channel's feud [video], Rybar, Telegram, January 21, 2022, "
        "https://t.me/rybar/123",
        "Rybar v Telegram, Rybar [@rybar], Telegram, January 21, 2022, https://t.me/rybar/123",
        "The Rybar v Telegram dispute [2022], Example News, January 21, 2022, https://news.example/a",
    ],
)
def test_v_in_a_note_without_a_neutral_citation_or_law_report_is_no_case(note: str) -> None:
    assert case_note(note) is None


def test_an_oscola_case_note_is_read_in_linear_time_on_hostile_input() -> None:
    hostile = [
        "A" + " v A" * 25_000 + " [2024] EWHC 1",
        "A v " + "B " * 50_000 + "[",
        "[" * 100_000 + " v ",
        "A v B [2024] " + "1 " * 50_000,
        "A v B" + " [2024]" * 16_000,
        "R (" * 34_000 + " v B [2024] UKSC 1",
        "A v B [2024] EWHC 1 (" + "C" * 100_000,
        "A v B [2024] 1 " + "Ab " * 34_000,
    ]
    started = time.process_time()
    for text in hostile:
        assert len(text) >= 100_000
        case_note(text)
    assert time.process_time() - started < 1.0


@pytest.mark.parametrize(
    ("note", "author"),
    [
        ("Rybar channel, Telegram, January 21, 2022, https://t.me/rybar/123", "Rybar"),
        ("Rybar channel, Telegram, January 21, 2022.", "Rybar"),
        ("The Rybar channel, Telegram, January 21, 2022, https://t.me/rybar/123", "Rybar"),
        ("Two Majors channel, Telegram, January 21, 2022, https://t.me/dva_majors/5", "Two Majors"),
    ],
)
def test_the_channels_word_after_its_name_is_no_part_of_the_author(note: str, author: str) -> None:
    # Read whole, `Rybar channel` was the author held to the channel's shown name.
    citation = parse_citation(_note(note)).citation
    assert citation.author == author
    assert citation.platform is Platform.TELEGRAM


@pytest.mark.parametrize(
    ("note", "author"),
    [
        # Already read so: pinned.
        ('Telegram channel "Rybar", January 21, 2022, https://t.me/rybar/123', "Rybar"),
        (
            "\u043a\u0430\u043d\u0430\u043b \u00ab\u0420\u044b\u0431\u0430\u0440\u044c\u00bb, Telegram, 21 "
            "\u044f\u043d\u0432\u0430\u0440\u044f 2022, https://t.me/rybar/123",
            "\u0420\u044b\u0431\u0430\u0440\u044c",
        ),
        # What the channel is, not its name: stays whole (a private channel's note has nothing else).
        ("Leaked channel, 21.01.2022, https://t.me/c/1234567890/77", "Leaked channel"),
        # A name's own `Channel`.
        ("History Channel, YouTube, January 21, 2022, https://www.youtube.com/watch?v=abcdefghijk", None),
    ],
)
def test_a_channels_name_quoted_or_in_its_own_words_is_read_as_before(note: str, author: str | None) -> None:
    citation = parse_citation(_note(note)).citation
    assert citation.author == (author or "History Channel")
    assert citation.date == D(2022, 1, 21)


@pytest.mark.parametrize(
    "platform_name",
    [
        *("Weibo", "Rumble", "Gab", "Odysee", "WhatsApp", "Signal", "LINE", "Naver", "Douyin", "Bilibili"),
        *("Truth Social", "Threads", "Gettr"),
    ],
)
def test_a_platform_named_alone_is_no_author(platform_name: str) -> None:
    citation = parse_citation(_note(f"{platform_name}, January 21, 2022.")).citation
    assert citation.author is None
    assert citation.date == D(2022, 1, 21)
    # The poster after it is the author, as after `Telegram, …`.
    after = parse_citation(_note(f"{platform_name}, Lina Haddad, January 21, 2022.")).citation
    assert after.author == "Lina Haddad"


@pytest.mark.parametrize(
    ("url", "platform"),
    [
        ("https://weibo.com/1234567890/LqQfXzYbC", Platform.WEIBO),
        ("https://m.weibo.cn/status/4730000000000000", Platform.WEIBO),
        ("https://www.instagram.com/p/CZ0abcDEF12/", Platform.INSTAGRAM),
        ("https://www.tiktok.com/@example/video/7055555555555555555", Platform.TIKTOK),
        ("https://www.threads.net/@example/post/CZ0abcDEF12", Platform.THREADS),
        ("https://bsky.app/profile/example.bsky.social/post/3kabcdefghi2x", Platform.BLUESKY),
        ("https://mastodon.social/@example/107654321987654321", Platform.MASTODON),
        # Truth Social and Gab's Mastodon-made servers: Truth Social's post path is Mastodon's API's.
        ("https://truthsocial.com/@realDonaldTrump/posts/107654321987654321", Platform.MASTODON),
        ("https://gab.com/example/posts/107654321987654321", Platform.WEB),
        ("https://rumble.com/v1abcde-example-video.html", Platform.WEB),
        ("https://odysee.com/@example:a/video:b", Platform.WEB),
        ("https://whatsapp.com/channel/0029VaABCDEF1234567890", Platform.WEB),
        ("https://line.me/R/ti/p/@example", Platform.WEB),
        ("https://blog.naver.com/example/222222222222", Platform.WEB),
        ("https://www.douyin.com/video/7055555555555555555", Platform.WEB),
        ("https://www.bilibili.com/video/BV1xx411c7mD", Platform.WEB),
    ],
)
def test_each_platform_a_fact_checker_links_is_its_own_or_a_web_page_never_another(
    url: str, platform: Platform
) -> None:
    citation = parse_citation(_note(f"Lina Haddad, January 21, 2022, {url}")).citation
    assert citation.platform is platform
    assert citation.url == url
    assert citation.author == "Lina Haddad"


def test_a_weibo_link_written_without_its_scheme_is_cited_as_a_weibo_post() -> None:
    citation = parse_citation(_note("Weibo, January 21, 2022, weibo.com/1234567890/LqQfXzYbC")).citation
    assert citation.url == "https://weibo.com/1234567890/LqQfXzYbC"
    assert citation.platform is Platform.WEIBO
    assert citation.author is None


def test_weibo_named_in_words_is_the_notes_platform_not_its_author() -> None:
    citation = parse_citation(_note("Weibo, January 21, 2022.")).citation
    assert citation.platform is Platform.WEIBO
    assert citation.author is None


_WIKI = '"Battle of X", Wikipedia, retrieved 21 January 2022'
_WIKI_URL = "https://en.wikipedia.org/wiki/Battle_of_X"


def test_a_wiki_page_dated_by_its_retrieval_keeps_that_day_as_its_access_date_not_its_date() -> None:
    parsed = parse_citation(_note(f"{_WIKI}, {_WIKI_URL}"))
    assert parsed.citation.date is None  # not compared as a publication date
    assert parsed.only_unpublished_dates
    assert retrieved_wiki_day(_note(f"{_WIKI}, {_WIKI_URL}"), parsed.citation) == D(2022, 1, 21)
    findings = cite_footnote(_note(f"{_WIKI}, {_WIKI_URL}"), None).findings
    assert [f.code for f in findings] == [WIKI_PAGE_UNDATED]
    assert "(2022-01-21) is its access date" in findings[0].message
    assert "missing-date" not in {f.code for f in findings}


def test_a_wiki_page_without_a_date_warns_in_the_schema_check_not_fails() -> None:
    # It failed: "no date". A wiki page has no publication date; the footnote is at most unconfirmed.
    citation = parse_citation(_note(f"{_WIKI}, {_WIKI_URL}")).citation
    assert [f.code for f in validate_citation(citation)] == [WIKI_PAGE_UNDATED]
    assert WIKI_PAGE_UNDATED in IMPRECISE_DATE_CODES
    footnote = _note(f"{_WIKI}, {_WIKI_URL}")
    given = CheckInput(
        footnote=footnote, citation=citation, outcome=None, findings=cite_footnote(footnote, None).findings
    )
    result = check_schema(given)
    assert result.status == "warn"
    assert result.detail.startswith("no publication date: a wiki page")
    # As `extract` says it: the day the note gives, kept as the access date the reader can see.
    assert "(2022-01-21) is its access date" in result.detail


def test_a_wikipedia_note_without_a_link_says_its_retrieval_day_is_no_publication_date() -> None:
    parsed = parse_citation(_note(f"{_WIKI}."))
    assert parsed.citation.date is None
    assert retrieved_wiki_day(_note(f"{_WIKI}."), parsed.citation) == D(2022, 1, 21)
    codes = [f.code for f in cite_footnote(_note(f"{_WIKI}."), None).findings]
    assert WIKI_PAGE_UNDATED in codes and "missing-date" not in codes
    assert "missing-url" in codes  # nothing to capture: unlocatable


def test_a_news_page_dated_only_by_its_retrieval_still_gives_no_date() -> None:
    note = "Lina Haddad, Example News, retrieved 21 January 2022, https://news.example/a"
    parsed = parse_citation(_note(note))
    assert retrieved_wiki_day(_note(note), parsed.citation) is None
    assert "missing-date" in [f.code for f in cite_footnote(_note(note), None).findings]
