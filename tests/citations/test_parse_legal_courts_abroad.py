"""Legal notes citing courts beyond England and Canada, read as a lawyer reads them: the European Union's
courts by their case numbers (`Case C-311/18`, `T-612/17`), the European Court of Human Rights by its
application numbers and `[GC]`, the United States' state courts by their public-domain citations and
official reporters, and a decision's number (`VI ZR 123/23`, `n° 23-81.234`)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from provenance.citations import parse_citation
from provenance.citations.courts import decision_number, european_case, state_court
from provenance.citations.parse import case_note
from provenance.models import Footnote

SCHREMS = (
    "Case C-311/18 Data Protection Commissioner v Facebook Ireland and Maximillian Schrems (Schrems II), "
    "ECLI:EU:C:2020:559, 16 July 2020, https://curia.europa.eu/juris/document/document.jsf?docid=228677"
)
BIG_BROTHER_WATCH = (
    "Big Brother Watch and Others v. the United Kingdom [GC], nos. 58170/13, 62322/14 and 24960/15, 25 May "
    "2021, https://hudoc.echr.coe.int/eng?i=001-210077"
)


def _citation(text: str) -> tuple[str | None, str | None, dt.date | None, str | None]:
    citation = parse_citation(Footnote(label="1", text=text, line=3)).citation
    return citation.author, citation.title, citation.date, citation.date_month_or_year


def test_a_case_of_the_court_of_justice_is_read_by_its_number_its_caption_and_its_court() -> None:
    # Read as no case (`v` without a stop, no year in brackets): no title, and the court from the ECLI alone.
    assert _citation(SCHREMS) == (
        "Court of Justice of the European Union",
        "Data Protection Commissioner v Facebook Ireland and Maximillian Schrems",
        dt.date(2020, 7, 16),
        None,
    )


_COURT_OF_JUSTICE = "Court of Justice of the European Union"
_GENERAL_COURT = "General Court of the European Union"


@pytest.mark.parametrize(
    ("note", "caption", "court"),
    [
        # No ECLI: the case number alone names the court.
        (
            "Case T-612/17 Google and Alphabet v Commission, 10 November 2021.",
            "Google and Alphabet v Commission",
            _GENERAL_COURT,
        ),
        (
            "Case C\u2011311/18, Facebook Ireland v Schrems, 16 July 2020.",
            "Facebook Ireland v Schrems",
            _COURT_OF_JUSTICE,
        ),
        (
            "Joined Cases C-293/12 and C-594/12 Digital Rights Ireland v Minister, 8 April 2014.",
            "Digital Rights Ireland v Minister",
            _COURT_OF_JUSTICE,
        ),
        (
            "Google and Alphabet v Commission (T-612/17) EU:T:2021:763.",
            "Google and Alphabet v Commission",
            _GENERAL_COURT,
        ),
        (
            "Facebook Ireland v Schrems, C-311/18, 16 July 2020.",
            "Facebook Ireland v Schrems",
            _COURT_OF_JUSTICE,
        ),
    ],
)
def test_the_european_union_s_courts_are_told_apart_by_the_case_number(
    note: str, caption: str, court: str
) -> None:
    case = case_note(note)
    assert case is not None
    assert (case.caption, case.court) == (caption, court)


def test_a_strasbourg_judgment_is_read_by_its_caption_its_chamber_and_its_application_numbers() -> None:
    # `[GC]`, `the` before the second party and `nos.` read no case: the note named no author nor title.
    assert _citation(BIG_BROTHER_WATCH) == (
        "European Court of Human Rights (Grand Chamber)",
        "Big Brother Watch and Others v. the United Kingdom",
        dt.date(2021, 5, 25),
        None,
    )
    chamber = european_case("Halvorsen v. Norway, no. 12345/19, 4 March 2024")
    assert chamber is not None
    assert (chamber.caption, chamber.court, chamber.number) == (
        "Halvorsen v. Norway",
        "European Court of Human Rights",
        "12345/19",
    )
    decision = european_case("Halvorsen v. Norway (dec.), no. 12345/19, 4 March 2024")
    assert decision is not None and decision.court == "European Court of Human Rights"


@pytest.mark.parametrize(
    ("note", "court", "year"),
    [
        ("People v. Smith, 2024 IL 128012, \u00b6 12.", "Supreme Court of Illinois", "2024"),
        (
            "People v. Smith, 2024 IL App (1st) 230456.",
            "Appellate Court of Illinois (First District)",
            "2024",
        ),
        ("State v. Doe, 2023-Ohio-1234.", "Supreme Court of Ohio", "2023"),
        (
            "State v. Doe, 2023-Ohio-1234, \u00b6 15 (8th Dist.).",
            "Court of Appeals of Ohio (Eighth Appellate District)",
            "2023",
        ),
        ("Smith v. Jones, 123 Cal. App. 5th 456 (2024).", "Court of Appeal of California", "2024"),
        ("Smith v. Jones, 16 Cal. 5th 210 (2024).", "Supreme Court of California", "2024"),
        ("Matter of Doe v. Roe, 41 N.Y.3d 12 (2023).", "New York Court of Appeals", "2023"),
        ("Doe v. Roe, 2021 WI 14.", "Supreme Court of Wisconsin", "2021"),
    ],
)
def test_a_state_court_is_named_by_its_public_domain_citation_or_official_reporter(
    note: str, court: str, year: str
) -> None:
    # Bluebook names no court where the citation says which: the note named none (and, for Ohio's, no case).
    author, _, day, month_or_year = _citation(note)
    assert (author, day, month_or_year) == (court, None, year)


def test_a_regional_reporter_names_no_state_court() -> None:
    # `N.E.3d` holds several states' courts' opinions: the parenthetical names the court, or nothing does.
    assert _citation("Smith v. Jones, 123 N.E.3d 456 (2024).")[0] is None
    assert _citation("Smith v. Jones, 123 N.E.3d 456 (Ill. App. Ct. 2024).")[0] == "Ill. App. Ct."
    assert state_court(", 123 N.E.3d 456 (2024)") is None


@pytest.mark.parametrize(
    ("note", "number"),
    [
        ("Cour de cassation, chambre criminelle, 12 mars 2024, n\u00b0 23-81.234.", "23-81.234"),
        ("BGH, Urteil vom 12. M\u00e4rz 2024 \u2013 VI ZR 123/23.", "VI ZR 123/23"),
        ("BVerfG, Beschluss vom 1. Februar 2024, 1 BvR 2017/21.", "1 BvR 2017/21"),
        ("Tribunal Supremo, Sala de lo Penal, STS 1234/2024, 12 de marzo de 2024.", "STS 1234/2024"),
        ("Tribunal Supremo, Sala de lo Penal, 12 de marzo de 2024, recurso n\u00ba 4567/2022.", "4567/2022"),
        ("Lina Haddad, Example News, 12 March 2024, https://example.org/2024/03/12/22", None),
    ],
)
def test_a_foreign_decision_s_number_is_read_from_the_note(note: str, number: str | None) -> None:
    assert decision_number(note) == number


def test_foreign_courts_notes_keep_their_court_as_author_and_their_day() -> None:
    for note, court in (
        ("Cour de cassation, chambre criminelle, 12 mars 2024, n\u00b0 23-81.234.", "Cour de cassation"),
        ("BGH, Urteil vom 12. M\u00e4rz 2024 \u2013 VI ZR 123/23.", "BGH"),
        ("Tribunal Supremo, Sala de lo Penal, 12 de marzo de 2024.", "Tribunal Supremo"),
    ):
        assert _citation(note)[0::2] == (court, dt.date(2024, 3, 12))


def test_crafted_case_notes_are_read_in_linear_time() -> None:
    crafted = [
        "Case C-1/18 " + "Aa v Bb " * 12_000,
        "Case " + "C-1/18 and " * 9_000,
        "Aa v. Bb" + " [GC]" * 20_000 + ", no. 1/18",
        "Aa v. the " + "Bb " * 30_000 + ", nos. 1/18",
        "Aa v. Bb, " + "2024 IL App " * 8_000,
        "Aa v. Bb, 2023-Ohio-1, \u00b6 1" + " (8th Dist." * 9_000,
        "n\u00b0 " * 30_000 + "VI " * 30_000,
    ]
    for words in crafted:
        started = time.process_time()
        case_note(words)
        european_case(words)
        state_court(words)
        decision_number(words)
        assert time.process_time() - started < 0.5, words[:30]
