"""Case notes a common-law memo writes: a neutral citation of any of the courts it cites (England and Wales,
Northern Ireland, Scotland, Ireland, Canada, Australia, New Zealand), a matter's caption (`Re X`, `In re X`,
`Ex parte X`), and a United States Reports citation whose reporter names the court."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path

import pytest

from provenance.citations import parse_citation, validate_citation
from provenance.citations.cite import cite_footnote
from provenance.citations.parse import SUPREME_COURT_OF_THE_UNITED_STATES, case_note
from provenance.models import Footnote
from tests.support.cli import run_provenance


def _note(text: str) -> Footnote:
    return Footnote(label="1", text=text, line=3)


# (note, caption, court): neutral citations of courts the parser did not know. Each was read as a note
# naming no author (`schema` failed a complete citation of a judgment), or its caption as the author.
_NEUTRAL_CITATIONS = [
    ("A Local Authority v X [2019] EWCOP 12.", "A Local Authority v X", "Court of Protection"),
    ("Jones v Acme Ltd [2020] UKEAT 0123_19_0101.", "Jones v Acme Ltd", "Employment Appeal Tribunal"),
    ("Jones v Acme Ltd [2023] EAT 45.", "Jones v Acme Ltd", "Employment Appeal Tribunal"),
    ("Doe v Roe [2019] NICA 12.", "Doe v Roe", "Court of Appeal in Northern Ireland"),
    (
        "Doe v Roe [2019] NIQB 50.",
        "Doe v Roe",
        "High Court of Justice in Northern Ireland (Queen's Bench Division)",
    ),
    (
        "Doe v Roe [2023] NIKB 7.",
        "Doe v Roe",
        "High Court of Justice in Northern Ireland (King's Bench Division)",
    ),
    (
        "HM Advocate v Roe [2019] HCJAC 5.",
        "HM Advocate v Roe",
        "High Court of Justiciary (Court of Criminal Appeal)",
    ),
    ("Doe v Roe [2021] SAC (Civ) 3.", "Doe v Roe", "Sheriff Appeal Court (Civil)"),
    ("Doe v Roe [2019] IECA 5.", "Doe v Roe", "Court of Appeal of Ireland"),
    ("Doe v Roe [2019] FCA 5.", "Doe v Roe", "Federal Court of Australia"),
    ("Doe v Roe [2019] FCAFC 5.", "Doe v Roe", "Federal Court of Australia (Full Court)"),
    ("Doe v Roe [2019] NSWCA 5.", "Doe v Roe", "New South Wales Court of Appeal"),
    ("Doe v Roe [2019] VSCA 5.", "Doe v Roe", "Supreme Court of Victoria (Court of Appeal)"),
    ("Doe v Roe [2019] NZCA 5.", "Doe v Roe", "Court of Appeal of New Zealand"),
    ("Doe v Roe [2019] NZHC 5.", "Doe v Roe", "High Court of New Zealand"),
    ("Doe v Roe [2019] SGCA 5.", "Doe v Roe", "Court of Appeal of Singapore"),
    ("Doe v Roe [2019] HKCFA 5.", "Doe v Roe", "Court of Final Appeal of Hong Kong"),
    ("Doe v Roe [2019] ZACC 5.", "Doe v Roe", "Constitutional Court of South Africa"),
    # Canada's neutral citation: no brackets, after the caption's comma.
    ("R v Jordan, 2016 SCC 27, [2016] 1 SCR 631.", "R v Jordan", "Supreme Court of Canada"),
    ("Doe v Roe, 2019 ONCA 5.", "Doe v Roe", "Court of Appeal for Ontario"),
    ("Doe v Roe, 2019 BCCA 5.", "Doe v Roe", "Court of Appeal for British Columbia"),
    ("Doe v. Roe, 2019 QCCA 5.", "Doe v. Roe", "Court of Appeal of Quebec"),
    ("Doe v Roe, 2019 FCA 5.", "Doe v Roe", "Federal Court of Appeal"),
]


@pytest.mark.parametrize(("note", "caption", "court"), _NEUTRAL_CITATIONS)
def test_a_neutral_citation_of_a_common_law_court_is_that_courts(note: str, caption: str, court: str) -> None:
    case = case_note(note)
    assert case is not None
    assert (case.caption, case.court, case.document) == (caption, court, None)
    citation = parse_citation(_note(note)).citation
    assert (citation.author, citation.title, citation.title_quoted) == (court, caption, False)
    assert not [f for f in validate_citation(citation) if f.field == "author"]


def test_a_canadian_neutral_citation_dates_the_judgment_to_its_year() -> None:
    # `2019 SCC 5` was no year to the dates' reader (a year running on into a court's name): the note had
    # no date at all, where the citation names the judgment's year as plainly as `[2019] UKSC 5` does.
    citation = parse_citation(_note("Doe v Roe, 2019 SCC 5, https://scc-csc.example/5")).citation
    assert (citation.date, citation.date_month_or_year) == (None, "2019")


# (note, caption, court): a matter's caption, one party, or an applicant's `ex parte` after the caption.
_MATTERS = [
    ("Re B (A Child) [2013] UKSC 33.", "Re B (A Child)", "Supreme Court of the United Kingdom"),
    ("Re X [2005] UKHL 41.", "Re X", "House of Lords"),
    ("In re Smith [2019] EWHC 5 (Ch).", "In re Smith", "High Court of Justice (Chancery Division)"),
    (
        "Ex parte Smith [2019] EWHC 5 (Admin).",
        "Ex parte Smith",
        "High Court of Justice (Administrative Court)",
    ),
    (
        "In the matter of Jones [2020] NICA 4.",
        "In the matter of Jones",
        "Court of Appeal in Northern Ireland",
    ),
    ("Re J (Children) [2024] EWFC 45 (B).", "Re J (Children)", "Family Court (B)"),
    (
        "R v Secretary of State for the Home Department, ex p Doody [1994] 1 AC 531 (HL).",
        "R v Secretary of State for the Home Department, ex p Doody",
        "HL",
    ),
    (
        "R v Secretary of State for the Home Department, ex parte Doody [1993] UKHL 8.",
        "R v Secretary of State for the Home Department, ex parte Doody",
        "House of Lords",
    ),
    (
        "R (on the application of Miller) v Prime Minister [2019] UKSC 41.",
        "R (on the application of Miller) v Prime Minister",
        "Supreme Court of the United Kingdom",
    ),
]


@pytest.mark.parametrize(("note", "caption", "court"), _MATTERS)
def test_a_matters_caption_is_the_case_name_and_the_court_its_author(
    note: str, caption: str, court: str
) -> None:
    # `Re B (A Child) [2013] UKSC 33` was a note by `Re B`, with no title; `In re Smith [2019] EWHC 5 (Ch)`
    # one titled `In re Smith [2019] EWHC 5` and naming no court.
    case = case_note(note)
    assert case is not None
    assert (case.caption, case.court) == (caption, court)
    citation = parse_citation(_note(note)).citation
    assert (citation.author, citation.title) == (court, caption)


@pytest.mark.parametrize(
    ("note", "caption"),
    [
        ("Brown v. Board of Education, 347 U.S. 483 (1954).", "Brown v. Board of Education"),
        ("Roe v. Wade, 410 U.S. 113, 120 (1973).", "Roe v. Wade"),  # a pin cite
        ("Smith v. Jones, 140 S. Ct. 1, 5 (2019).", "Smith v. Jones"),
        ("Ex parte Young, 209 U.S. 123 (1908).", "Ex parte Young"),
        ("Smith v. Jones, 98 L. Ed. 2d 1 (1987).", "Smith v. Jones"),
    ],
)
def test_a_supreme_court_reporter_names_the_court_bluebook_leaves_out(note: str, caption: str) -> None:
    # Bluebook gives only the year (`(1954)`) where the reporter prints the Supreme Court's opinions alone:
    # the note named no author to `schema`, which failed a complete citation.
    case = case_note(note)
    assert case is not None
    assert (case.caption, case.court) == (caption, SUPREME_COURT_OF_THE_UNITED_STATES)
    citation = parse_citation(_note(note)).citation
    assert citation.author == SUPREME_COURT_OF_THE_UNITED_STATES
    assert citation.date_month_or_year == note[-6:-2]


@pytest.mark.parametrize(
    ("note", "court", "year"),
    [
        # Already read so: pinned, the court in the parenthetical beside a federal reporter.
        ("Smith v. Jones, 123 F.3d 456, 460 (2d Cir. 2021).", "2d Cir.", "2021"),
        ("Smith v. Jones, 123 F. Supp. 2d 456 (S.D.N.Y. 2000).", "S.D.N.Y.", "2000"),
        ("Smith v. Jones, 123 F. Supp. 3d 456, 470 (D. Mass. 2015).", "D. Mass.", "2015"),
    ],
)
def test_a_federal_reporter_case_is_the_court_its_parenthetical_names(
    note: str, court: str, year: str
) -> None:
    citation = parse_citation(_note(note)).citation
    assert (citation.author, citation.date_month_or_year) == (court, year)


@pytest.mark.parametrize(
    ("note", "caption", "year"),
    [
        ("R v Jordan, [2016] 1 SCR 631.", "R v Jordan", "2016"),
        ("R v Jordan [2016] 1 SCR 631.", "R v Jordan", "2016"),
        ("R v Jordan, [2016] 1 S.C.R. 631.", "R v Jordan", "2016"),
        # French's report of the same court, and its caption's `c.`.
        ("R v Jordan, [2016] 1 RCS 631.", "R v Jordan", "2016"),
        ("R. c. Jordan, [2016] 1 R.C.S. 631.", "R. c. Jordan", "2016"),
        ("R. c. Jordan, 2016 CSC 27, [2016] 1 RCS 631.", "R. c. Jordan", "2016"),
        (
            "Ford c. Qu\u00e9bec (Procureur g\u00e9n\u00e9ral), [1988] 2 RCS 712.",
            "Ford c. Qu\u00e9bec (Procureur g\u00e9n\u00e9ral)",
            "1988",
        ),
        # The neutral citation and the report together.
        ("R v Jordan, 2016 SCC 27, [2016] 1 SCR 631.", "R v Jordan", "2016"),
    ],
)
def test_the_supreme_court_reports_are_the_supreme_court_of_canada_s_dated_by_its_year(
    note: str, caption: str, year: str
) -> None:
    # `[2016] 1 SCR 631` was a law report naming no court (`schema` failed a complete note for no author):
    # the Supreme Court Reports hold that court's judgments alone, each volume's year the judgment's.
    case = case_note(note)
    assert case is not None
    assert (case.caption, case.court, case.year) == (caption, "Supreme Court of Canada", year)
    citation = parse_citation(_note(note)).citation
    assert (citation.author, citation.title, citation.date_month_or_year) == (
        "Supreme Court of Canada",
        caption,
        year,
    )
    assert not [f for f in validate_citation(citation) if f.field == "author"]


@pytest.mark.parametrize(
    "note",
    [
        # Another series of three letters, and a volume's page run on: no Supreme Court Reports.
        "Smith v Jones [2016] 1 SCRx 631.",
        "Smith v Jones [2016] 1 WLR 631.",
        "Smith v Jones [2016] 1 DLR 631.",
    ],
)
def test_another_law_report_still_names_no_court(note: str) -> None:
    assert parse_citation(_note(note)).citation.author is None


@pytest.mark.parametrize(
    ("note", "court", "day"),
    [
        # The court written out in the parenthetical, the day before its month as an English memo gives it.
        ("Smith v Jones (High Court, 3 March 2024).", "High Court", dt.date(2024, 3, 3)),
        ("Smith v Jones (Court of Appeal, 24th April 2024).", "Court of Appeal", dt.date(2024, 4, 24)),
        ("Smith v Jones (Court of Appeal 24 April 2024).", "Court of Appeal", dt.date(2024, 4, 24)),
        ("Smith v Jones (High Court, 2024).", "High Court", None),
        # The court alone in the parenthetical, the day after it.
        ("Smith v Jones (High Court), 3 March 2024.", "High Court", dt.date(2024, 3, 3)),
        ("Smith v Jones (Court of Appeal of New Zealand).", "Court of Appeal of New Zealand", None),
        # Bluebook's month before its day, as before.
        ("Smith v. Jones, No. 1:21-cv-1 (D.D.C. Jan. 21, 2022).", "D.D.C.", dt.date(2022, 1, 21)),
    ],
)
def test_a_court_named_in_words_beside_the_day_is_the_court_without_the_day(
    note: str, court: str, day: dt.date | None
) -> None:
    # `(High Court, 3 March 2024)` named the court `High Court, 3 March`, which no judgment's heading names.
    citation = parse_citation(_note(note)).citation
    assert (citation.author, citation.date) == (court, day)


@pytest.mark.parametrize(
    ("note", "court"),
    [
        ("Smith v Jones, High Court, 3 March 2024.", "High Court"),
        ("Smith v Jones, Court of Appeal, 24 April 2024.", "Court of Appeal"),
        ("Smith v Jones, Court of Appeal of New Zealand, 3 March 2024.", "Court of Appeal of New Zealand"),
        ("Smith v Jones, High Court (Chancery Division), 3 March 2024.", "High Court (Chancery Division)"),
        ("Smith v Jones, Employment Appeal Tribunal, 3 March 2024.", "Employment Appeal Tribunal"),
        ("Smith v. Jones, Court of Appeals, March 3, 2024.", "Court of Appeals"),
    ],
)
def test_a_court_named_after_the_caption_s_comma_is_the_court_as_in_brackets(note: str, court: str) -> None:
    # `Smith v Jones (High Court, 3 March 2024)` named its court; written with a comma, the note named none,
    # and had no author.
    citation = parse_citation(_note(note)).citation
    assert (citation.author, citation.title, citation.date) == (
        court,
        note.partition(",")[0],
        dt.date(2024, 3, 3) if "24 April" not in note else dt.date(2024, 4, 24),
    )


@pytest.mark.parametrize(
    "note",
    [
        "Smith v Jones, London, 3 March 2024.",  # a place
        "Smith v Jones, Example News, 3 March 2024.",  # a publisher
        "Smith v Jones, High Court ruling, 3 March 2024.",  # words about a court, no court's name
        "Smith v Jones, high court, 3 March 2024.",  # no name as names are written
    ],
)
def test_words_after_the_caption_s_comma_that_name_no_court_give_no_court(note: str) -> None:
    assert case_note(note) is None
    assert parse_citation(_note(note)).citation.author is None


def test_a_crafted_caption_with_court_words_after_its_commas_is_read_in_linear_time() -> None:
    crafted = [
        "Smith v Jones" + ", High Court of Xx Yy Zz" * 4_000,
        "Smith v " + "Jones, Court of Appeal " * 4_000,
        "A v B, High Court (" + "Aa " * 30_000,
    ]
    for words in crafted:
        started = time.process_time()
        case_note(words)
        assert time.process_time() - started < 0.5, words[:30]


def test_a_parenthetical_of_a_day_alone_names_no_court() -> None:
    # `(3 March 2024)` named the court `3 March`.
    citation = parse_citation(_note("Smith v Jones (3 March 2024).")).citation
    assert (citation.author, citation.title, citation.date) == (None, "Smith v Jones", dt.date(2024, 3, 3))


@pytest.mark.parametrize(
    "note",
    ["Smith v Jones (Court), 3 March 2024.", "Smith v Jones (the court said so), 3 March 2024."],
)
def test_a_parenthetical_naming_no_court_in_words_is_no_court(note: str) -> None:
    assert case_note(note) is None


def test_a_federal_reporter_case_without_a_court_still_names_no_author() -> None:
    # F.3d holds every circuit's opinions: no court is guessed from it.
    note = "Smith v. Jones, 123 F.3d 456 (2021)."
    assert parse_citation(_note(note)).citation.author is None
    missing = next(f for f in cite_footnote(_note(note), None).findings if f.field == "author")
    assert "names no court" in missing.message


@pytest.mark.parametrize(
    "note",
    [
        # `Re` opening a subject line, a neutral citation's look in prose, and a court's letters after a
        # year that is no neutral citation: no case cited.
        "Re: the strike [2022], Rybar, Telegram, January 21, 2022, https://t.me/rybar/1",
        "Re the strike, Rybar, Telegram, January 21, 2022, https://t.me/rybar/1",
        "Rybar v Telegram, 2022 posts, Example News, January 21, 2022, https://news.example/a",
        "Rybar v Telegram, 2022 SCCS 5, Example News, https://news.example/a",
        "Reuters, In re the strike [2022], January 21, 2022, https://news.example/a",
    ],
)
def test_a_note_merely_looking_like_a_case_is_no_case(note: str) -> None:
    assert case_note(note) is None
    assert parse_citation(_note(note)).citation.author != "SCC"


def test_the_new_case_notes_are_read_in_linear_time_on_hostile_input() -> None:
    hostile = [
        "Re " + "a" * 100_000,
        "Re " + "a " * 50_000 + "[2024] UKSC 1",
        "In the matter of " * 6_000 + "[2024] UKSC 1",
        "A v B" + ", ex p C" * 15_000 + " [2024] UKSC 1",
        "A v B, ex p " + "C " * 50_000 + "[2024] UKSC 1",
        "A v B" + ", 2019" * 20_000 + " SCC 1",
        "A v B [2019] UKEAT 1" + "_1" * 50_000,
        "A" + " v A" * 25_000 + ", 2019 SCC 1",
        "A v. B, 1 U.S." + " 1" * 50_000,
        "A v B, [2016] 1 S" + ".C" * 50_000,
        "A v B (" + "High Court, 3 March " * 5_000 + "2024)",
        "A v B" + " (High Court, 3 March" * 5_000,
        "A v B (" + "High " * 20_000 + "Court)",
        "A v B (" + "Court of " * 11_200 + ")",
        "Re" + " v Re" * 25_000,
    ]
    started = time.process_time()
    for text in hostile:
        assert len(text) >= 100_000
        case_note(text)
    assert time.process_time() - started < 0.5  # about 5 ms in all
    started = time.process_time()
    for text in hostile:
        parse_citation(_note(text))  # the whole note's reading, of which the case is a small part
    assert time.process_time() - started < 6.0  # about 1.2 s in all


_MEMO = """# Memo

The Supreme Court held so.[^1] The Court of Appeal agreed.[^2] So did Ontario's.[^3] And Washington's.[^4]

[^1]: Re B (A Child) [2013] UKSC 33, https://www.bailii.example/uk/cases/UKSC/2013/33.html
[^2]: Doe v Roe [2019] NICA 12, https://www.judiciary-ni.example/judgments/doe-v-roe
[^3]: R v Jordan, 2016 SCC 27, https://scc-csc.example/jordan
[^4]: Roe v. Wade, 410 U.S. 113, 120 (1973), https://supreme.example/410/113 (last visited Jan. 21, 2022).
"""


def test_extract_reads_each_case_notes_court_caption_and_year(tmp_path: Path) -> None:
    report = tmp_path / "memo.md"
    report.write_text(_MEMO, encoding="utf-8")
    done = run_provenance(["extract", str(report), "--format", "json"], cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    notes = {note["label"]: note["citation"] for note in json.loads(done.stdout)["footnotes"]}
    read = {label: (c["author"], c["title"], c["date_month_or_year"]) for label, c in notes.items()}
    assert read == {
        "1": ("Supreme Court of the United Kingdom", "Re B (A Child)", "2013"),
        "2": ("Court of Appeal in Northern Ireland", "Doe v Roe", "2019"),
        "3": ("Supreme Court of Canada", "R v Jordan", "2016"),
        "4": (SUPREME_COURT_OF_THE_UNITED_STATES, "Roe v. Wade", "1973"),
    }
    assert notes["4"]["accessed"] == "2022-01-21"


@pytest.mark.parametrize(
    ("note", "court"),
    [
        ("Smith v. Jones, 1 F.3d 1 (1st Cir. 2019).", "1st Cir."),
        ("Smith v. Jones, 140 S. Ct. 1 (U.S. 2019).", "U.S."),
        ("Smith v. Jones, 140 S. Ct. 1 (Mem) (1st Cir. 2019).", "1st Cir."),
    ],
)
def test_a_bluebook_parentheticals_year_dates_the_decision(note: str, court: str) -> None:
    # `(1st Cir. 2019)` gave no year to the dates' reader (an ordinal, or a page number, read as a day before
    # it): a note dating the opinion as plainly as `(2d Cir. 2021)` does had no date at all.
    citation = parse_citation(_note(note)).citation
    assert (citation.author, citation.date, citation.date_month_or_year) == (court, None, "2019")


# (note, the court named as its author): the court a neutral citation's code stands for, by its name, and
# its division's. The code was the author (`EWCA Civ`, `EWHC (KB)`): part of the citation, no author's name,
# compared as one with the judgment's page it matched nothing there.
_NEUTRAL_CITATIONS_COURTS = [
    (
        "Northgate Data Ltd v Information Commissioner [2024] EWCA Civ 412, 24 April 2024, "
        "https://www.bailii.org/ew/cases/EWCA/Civ/2024/412.html",
        "Court of Appeal (Civil Division)",
    ),
    ("R (Miller) v Prime Minister [2019] UKSC 41, 24 September 2019.", "Supreme Court of the United Kingdom"),
    ("Smith v Jones [2023] EWHC 1234 (KB), 3 May 2023.", "High Court of Justice (King's Bench Division)"),
    ("Smith v Jones [2023] EWHC 1234 (Pat).", "High Court of Justice (Patents Court)"),
    ("R v Jordan, 2016 SCC 27, 8 July 2016.", "Supreme Court of Canada"),
    # A code or a division the parser has no name for is kept as written, never dropped.
    ("Smith v Jones [2023] NSWLEC 12.", "NSWLEC"),
    ("Smith v Jones [2023] EWHC 12 (Xyz).", "High Court of Justice (Xyz)"),
    # United States reporters keep the court the parenthetical or the reporter names.
    ("Brown v. Board of Education, 347 U.S. 483 (1954).", SUPREME_COURT_OF_THE_UNITED_STATES),
    ("Smith v. Jones, 123 F.3d 456 (2d Cir. 2021).", "2d Cir."),
]


@pytest.mark.parametrize(("note", "court"), _NEUTRAL_CITATIONS_COURTS)
def test_a_neutral_citation_s_court_code_is_no_author_its_court_is(note: str, court: str) -> None:
    citation = parse_citation(_note(note)).citation
    assert citation.author == court
    assert not [f for f in validate_citation(citation) if f.field == "author"]
