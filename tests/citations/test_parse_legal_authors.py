"""Who a legal note names as its author: legislation names no one, and a case's caption is no author in any of
the forms captions are written in (`v`, `v.`, `vs`, `vs.`, Quebec's `c.`, German's `gegen`)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from provenance.citations import parse_citation
from provenance.citations.parse import SUPREME_COURT_OF_THE_UNITED_STATES, case_note, cited_legislation
from provenance.models import Footnote


def _note(text: str) -> Footnote:
    return Footnote(label="1", text=text, line=3)


# (note, the instrument it cites): each name was read as the note's author, and the author check held a page
# of the statute to `Data Protection Act 2018` (or `Regulation`, `Criminal Code`) as to a person.
_LEGISLATION_NOTES = [
    ("Data Protection Act 2018, s. 155(1).", "Data Protection Act 2018"),
    ("Data Protection Act 2018 (c. 12), s 155.", "Data Protection Act 2018 (c. 12)"),
    (
        "Data Protection Act 2018, s. 155(1), legislation.gov.uk, as in force on 1 January 2024, "
        "https://www.legislation.gov.uk/ukpga/2018/12/section/155",
        "Data Protection Act 2018",
    ),
    ("Regulation (EU) 2016/679, art. 83.", "Regulation (EU) 2016/679"),
    ("Council Regulation (EC) No 139/2004, art. 2.", "Council Regulation (EC) No 139/2004"),
    ("General Data Protection Regulation, art. 17.", "General Data Protection Regulation"),
    ("18 U.S.C. \u00a7 1030.", "18 U.S.C. \u00a7 1030"),
    ("42 U.S.C. \u00a7 1983 (2018).", "42 U.S.C. \u00a7 1983"),
    ("Cal. Penal Code \u00a7 502.", "Cal. Penal Code"),
    ("Criminal Code, RSC 1985, c C-46, s 83.18.", "Criminal Code"),
    ("Canadian Charter of Rights and Freedoms, s 8.", "Canadian Charter of Rights and Freedoms"),
    ("Treaty on European Union, art. 6.", "Treaty on European Union"),
    (
        "Convention for the Protection of Human Rights and Fundamental Freedoms, art. 8.",
        "Convention for the Protection of Human Rights and Fundamental Freedoms",
    ),
    ("B\u00fcrgerliches Gesetzbuch \u00a7 823.", "B\u00fcrgerliches Gesetzbuch"),
    ("BGB \u00a7 823 Abs. 1.", "BGB"),
    ("GDPR, art. 83(5).", "GDPR"),
    ("See Data Protection Act 2018, s. 155.", "Data Protection Act 2018"),
]


@pytest.mark.parametrize(("note", "instrument"), _LEGISLATION_NOTES)
def test_a_note_citing_legislation_names_no_author(note: str, instrument: str) -> None:
    assert cited_legislation(note) == instrument
    assert parse_citation(_note(note)).citation.author is None


@pytest.mark.parametrize(
    ("note", "author"),
    [
        # A person or an outlet before the statute, and an outlet's letters before a paragraph: an author.
        ("Jane Smith, Data Protection Act 2018, s. 155, Example Law Review, 2020.", "Jane Smith"),
        ("Ofcom, para. 12, Online Nation, 21 January 2022, https://ofcom.example/a", "Ofcom"),
        ("Acting Secretary Jones, s. 5, Example News, 21 January 2022, https://news.example/a", None),
        ("The Act of Killing, Netflix, 2012.", None),
        ("Rybar, Telegram, January 21, 2022, https://t.me/rybar/1", "Rybar"),
    ],
)
def test_a_note_merely_holding_a_law_s_words_is_read_as_before(note: str, author: str | None) -> None:
    assert cited_legislation(note) is None
    if author is not None:
        assert parse_citation(_note(note)).citation.author == author


# (note, caption): the United States Reports name the court whatever word stands between the parties; with
# `v` and the rest each caption was the note's author (`Roe v Wade`), where `Roe v. Wade` was not.
@pytest.mark.parametrize(
    ("note", "caption"),
    [
        ("Roe v Wade, 410 U.S. 113 (1973).", "Roe v Wade"),
        ("Roe vs. Wade, 410 U.S. 113 (1973).", "Roe vs. Wade"),
        ("Roe vs Wade, 410 U.S. 113 (1973).", "Roe vs Wade"),
        ("Roe v. Wade, 410 U.S. 113 (1973).", "Roe v. Wade"),
    ],
)
def test_a_caption_in_any_form_is_the_title_and_the_reporter_names_the_court(note: str, caption: str) -> None:
    citation = parse_citation(_note(note)).citation
    assert (citation.author, citation.title) == (SUPREME_COURT_OF_THE_UNITED_STATES, caption)
    assert citation.date_month_or_year == "1973"


@pytest.mark.parametrize(
    ("note", "caption"),
    [
        ("Smith vs. Jones, 123 F.3d 456 (2d Cir. 2021).", "Smith vs. Jones"),
        ("Smith v Jones, No. 1:21-cv-00123 (D.D.C. Jan. 21, 2022).", "Smith v Jones"),
    ],
)
def test_a_caption_without_a_stop_leaves_the_court_to_the_parenthetical(note: str, caption: str) -> None:
    case = case_note(note)
    assert case is not None and case.caption == caption
    assert parse_citation(_note(note)).citation.author == case.court


@pytest.mark.parametrize(
    "note",
    [
        # The Dominion Law Reports hold many courts' judgments (the Supreme Court Reports, `RCS`, one's:
        # `test_case_notes`).
        "Ford c. Qu\u00e9bec (Procureur g\u00e9n\u00e9ral), [1988] 2 DLR 712.",
        "M\u00fcller gegen Deutschland, BVerfG, 1 BvR 123/20 (2021).",
        "Roe v Wade.",
        "Smith vs Jones, Example Law Review, 2020.",
    ],
)
def test_a_caption_naming_no_court_is_no_author(note: str) -> None:
    assert parse_citation(_note(note)).citation.author is None


@pytest.mark.parametrize(
    ("note", "author"),
    [
        # `v` in prose, a caption's look before numbers that are no reporter, and `v.` for `von`.
        ("Rybar v Telegram, 2022 SCCS 5, Example News, https://news.example/a", None),
        ("Alexander v. Humboldt, Kosmos, 1845.", "Alexander v. Humboldt"),
        ("Rybar, Telegram, January 21, 2022, https://t.me/rybar/123", "Rybar"),
    ],
)
def test_no_case_is_read_where_a_note_only_looks_like_one(note: str, author: str | None) -> None:
    assert case_note(note) is None
    if author is not None:
        assert parse_citation(_note(note)).citation.author == author


def test_the_legislation_and_caption_readings_run_in_linear_time_on_hostile_notes() -> None:
    hostile = [
        "A " * 50_000 + "Act 2018, s. 1",
        "Act " * 25_000,
        "Treaty on " * 10_000 + "A, art. 1",
        "Regulation (EU) " * 6_000,
        "1 U.S.C. " * 11_000 + "\u00a7 1",
        "Criminal Code, RSC 1985" * 4_000,
        "A" * 100_000 + " \u00a7 1",
        "Roe v " * 16_000 + "Wade, 410 U.S. 113 (1973)",
        "Roe vs. " * 12_000 + "Wade, 410 U.S. 113 (1973)",
        "A c. " * 20_000 + "B, No. 5",
        "A gegen " * 12_000 + "B",
        "A v B" + ", 1 U" * 20_000,
    ]
    for text in hostile:
        started = time.process_time()
        parse_citation(_note(text))
        cited_legislation(text)
        assert time.process_time() - started < 2.0, text[:40]


@pytest.mark.parametrize(
    ("note", "court", "year"),
    [
        # The whole identifier was the note's author, and no year was read from it.
        ("ECLI:EU:C:2014:317.", "Court of Justice of the European Union", "2014"),
        (
            "Google Spain SL v Agencia Espa\u00f1ola de Protecci\u00f3n de Datos, Case C-131/12, "
            "ECLI:EU:C:2014:317.",
            "Court of Justice of the European Union",
            "2014",
        ),
        ("ECLI:CE:ECHR:2004:0624JUD005932000.", "European Court of Human Rights", "2004"),
        ("ECLI:NL:HR:2020:1234.", "Hoge Raad", "2020"),
        ("ECLI:DE:BVerfG:2021:rs20210324.1bvr265618.", "Bundesverfassungsgericht", "2021"),
        ("ECLI:NL:RBAMS:2021:55.", "NL:RBAMS", "2021"),  # a court not named here: its code
    ],
)
def test_an_ecli_gives_the_court_and_year_it_encodes(note: str, court: str, year: str) -> None:
    citation = parse_citation(_note(note)).citation
    assert (citation.author, citation.date_month_or_year) == (court, year)


def test_an_ecli_leaves_a_named_author_and_a_full_date_alone() -> None:
    citation = parse_citation(
        _note("Jane Smith, Note on ECLI:EU:C:2014:317, Law Review, 3 May 2015.")
    ).citation
    assert (citation.author, citation.date, citation.date_month_or_year) == (
        "Jane Smith",
        dt.date(2015, 5, 3),
        None,
    )


def test_the_ecli_pattern_runs_in_linear_time_on_hostile_notes() -> None:
    for text in ("ECLI:" * 20_000, "ECLI:EU:C:2014:" * 7_000, "ECLI:EU:" + "C" * 100_000):
        started = time.process_time()
        parse_citation(_note(text))
        assert time.process_time() - started < 2.0, text[:40]
