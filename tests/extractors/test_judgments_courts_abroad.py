"""European and foreign courts' judgments on their own sites (curia, EUR-Lex, HUDOC, Légifrance, the
Bundesgerichtshof's, CENDOJ) are read for the court and the day their heading names, and the EU's and
Strasbourg's for the parties their heading names: their metadata names neither court nor day, and read as
web pages they had no author and no day."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from provenance.extractors import extract_source
from provenance.extractors.judgments import (
    CASE_HEADING,
    case_heading,
    european_judgment,
    federal_court_of_justice_decision,
    french_decision,
    human_rights_judgment,
    spanish_decision,
)
from tests.extractors.support import answer

ASSETS = Path(__file__).parent.parent / "assets" / "legal67"
CURIA = "https://curia.europa.eu/juris/document/document.jsf?docid=228677&doclang=EN"
HUDOC = "https://hudoc.echr.coe.int/eng?i=001-210077"


def test_a_curia_judgment_is_its_court_s_formation_s_of_its_day_between_its_parties() -> None:
    post = extract_source(CURIA, (answer(CURIA, (ASSETS / "curia_judgment.html").read_bytes()),))
    assert post.author == "Court of Justice of the European Union (Grand Chamber)"
    assert (post.published, post.published_day_only) == (dt.datetime(2020, 7, 16, tzinfo=dt.UTC), True)
    assert post.published_from == (
        "the judgment's day, in its heading: 'JUDGMENT OF THE COURT (Grand Chamber) 16 July 2020'"
    )
    assert (
        post.fields[CASE_HEADING]
        == "Data Protection Commissioner v Facebook Ireland Ltd, Maximillian Schrems"
    )


def test_eur_lex_s_title_and_the_general_court_s_heading_are_read_so_too() -> None:
    title = (
        "Judgment of the Court (Grand Chamber) of 16 July 2020. Data Protection Commissioner v Facebook "
        "Ireland Limited and Maximillian Schrems. Request for a preliminary ruling from the High Court."
    )
    assert european_judgment(title) == (
        "Court of Justice of the European Union (Grand Chamber)",
        dt.date(2020, 7, 16),
        "Judgment of the Court (Grand Chamber) of 16 July 2020",
    )
    general = european_judgment(
        "JUDGMENT OF THE GENERAL COURT (Ninth Chamber, Extended Composition) 10 November 2021"
    )
    assert general is not None
    assert general[:2] == (
        "General Court of the European Union (Ninth Chamber, Extended Composition)",
        dt.date(2021, 11, 10),
    )
    # An Advocate General's opinion is no judgment of the court.
    assert european_judgment("OPINION OF ADVOCATE GENERAL LINDQVIST delivered on 19 December 2019") is None


def test_a_hudoc_judgment_is_the_strasbourg_court_s_formation_s_of_its_day_between_its_parties() -> None:
    post = extract_source(HUDOC, (answer(HUDOC, (ASSETS / "hudoc_judgment.html").read_bytes()),))
    assert post.author == "European Court of Human Rights (Grand Chamber)"
    assert post.published == dt.datetime(2021, 5, 25, tzinfo=dt.UTC)
    assert post.fields[CASE_HEADING] == "BIG BROTHER WATCH AND OTHERS v. THE UNITED KINGDOM"
    section = human_rights_judgment(
        "FIRST SECTION CASE OF HALVORSEN v. NORWAY (Application no. 12345/19) JUDGMENT STRASBOURG "
        "4 March 2024"
    )
    assert section is not None and section[:2] == (
        "European Court of Human Rights (First Section)",
        dt.date(2024, 3, 4),
    )


def test_a_french_decision_is_its_heading_s_court_of_its_day() -> None:
    assert french_decision(
        "Cour de cassation, criminelle, Chambre criminelle, 12 mars 2024, 23-81.234, Inédit"
    ) == (
        "Cour de cassation",
        dt.date(2024, 3, 12),
        "Cour de cassation, criminelle, Chambre criminelle, 12 mars 2024, 23-81.234, Inédit",
    )
    council = french_decision("Conseil d'État, 10ème - 9ème chambres réunies, 1er mars 2024, 471234")
    assert council is not None and council[:2] == ("Conseil d'État", dt.date(2024, 3, 1))
    # A heading of no decision (no comma, or no day) names no court.
    assert french_decision("Jurisprudence judiciaire") is None
    assert french_decision("Code pénal, Article 226-1") is None


def test_a_federal_court_of_justice_decision_and_a_cendoj_decision_are_read_from_their_rows() -> None:
    lines = "BUNDESGERICHTSHOF\nIM NAMEN DES VOLKES\nURTEIL\nVI ZR 123/23\nVerkündet am: 12. März 2024\n"
    assert federal_court_of_justice_decision(lines) == (
        "Bundesgerichtshof",
        dt.date(2024, 3, 12),
        "BUNDESGERICHTSHOF, Verkündet am: 12. März 2024",
    )
    beschluss = "BUNDESGERICHTSHOF\nBESCHLUSS\nXII ZB 12/23\nvom\n5. Juni 2024\n"
    assert federal_court_of_justice_decision(beschluss) is not None
    assert federal_court_of_justice_decision("Bundesgerichtshof\nPressemitteilung vom 5. Juni 2024\n") is None
    rows = "Órgano: Tribunal Supremo. Sala de lo Penal\nSede: Madrid\nFecha: 12/03/2024\n"
    assert spanish_decision(rows) == (
        "Tribunal Supremo. Sala de lo Penal",
        dt.date(2024, 3, 12),
        "Fecha: 12/03/2024",
    )
    # Day first, as Spain writes it: `31/02/2024` is no day, and the next row's is read.
    assert spanish_decision("Fecha: 31/02/2024\nFecha: 01/03/2024\n")[1] == dt.date(2024, 3, 1)


def test_a_page_on_another_site_has_no_case_heading() -> None:
    assert (
        case_heading("https://example.org/curia", "in the proceedings A v B, THE COURT (Grand Chamber)")
        is None
    )


def test_crafted_headings_are_read_in_linear_time() -> None:
    crafted = [
        "JUDGMENT OF THE COURT (" + "Grand Chamber " * 8_000,
        "GRAND CHAMBER CASE OF " * 5_000,
        "BUNDESGERICHTSHOF\n" * 6_000,
        "Órgano: " * 12_000,
        "in the proceedings " + "A v B, " * 15_000,
        "CASE OF " + "A v. B " * 15_000,
    ]
    for text in crafted:
        started = time.process_time()
        european_judgment(text)
        human_rights_judgment(text)
        federal_court_of_justice_decision(text)
        spanish_decision(text)
        case_heading(CURIA, text)
        case_heading(HUDOC, text)
        french_decision(text)
        assert time.process_time() - started < 0.5, text[:30]


def test_a_legifrance_page_of_a_statute_names_no_court() -> None:
    # A decision's page is headed by its court; a code's article, by the code's name and a version's day.
    html = (ASSETS / "legifrance_decision.html").read_text(encoding="utf-8")
    decision = "https://www.legifrance.gouv.fr/juri/id/JURITEXT000049283111"
    article = "https://www.legifrance.gouv.fr/codes/article_lc/LEGIARTI000049283111"
    assert extract_source(decision, (answer(decision, html),)).author == "Cour de cassation"
    statute = html.replace(
        "Cour de cassation, criminelle, Chambre criminelle, 12 mars 2024, 23-81.234, Inédit",
        "Code pénal, Article 226-1, Version en vigueur depuis le 1er mars 2024",
    )
    post = extract_source(article, (answer(article, statute),))
    assert post.author != "Code pénal"
    assert post.published_from is None or "heading" not in post.published_from
