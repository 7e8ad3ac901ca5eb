"""An EU court's document on curia or EUR-Lex is read as the kind of document it is: an Advocate General's
opinion (by its CELEX number, `62021CC0418`, or its heading) is the Advocate General's, of the day it was
delivered, headed by the case's parties, never the court's judgment its text cites; the court's judgment and
order say what they are too."""

from __future__ import annotations

import dataclasses
import datetime as dt
import time
from pathlib import Path

from provenance.extractors import extract_source
from provenance.extractors.judgments import (
    CASE_HEADING,
    EU_DOCUMENT_KIND,
    EU_DOCUMENT_KIND_FROM,
    eu_document_kind,
    european_opinion,
)
from tests.extractors.support import answer

ASSETS = Path(__file__).parent.parent / "assets" / "legal69"
EUR_LEX_OPINION = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62021CC0418"
EUR_LEX_JUDGMENT = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62021CJ0418"
CURIA = "https://curia.europa.eu/juris/document/document.jsf?docid=261437&doclang=EN"

# curia's page of an opinion: its address names no CELEX number, its heading says what it is, the Advocate
# General's name in capitals on a line of its own; its text cites an earlier judgment of the Court.
CURIA_OPINION = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>CURIA - Documents</title></head>
<body><div id="document_content">
<p class="C19Centre">OPINION OF ADVOCATE GENERAL</p>
<p class="C19Centre">&#216;STERGAARD HOLM</p>
<p class="C19Centre">delivered on 2 February 2023 <a href="#Footnote1">(1)</a></p>
<p class="C19Centre">Case C&#8209;77/22</p>
<p class="C02AlineaAltA">Vestfjord Fiskeri A/S</p>
<p class="C19Centre">v</p>
<p class="C02AlineaAltA">Fiskeridirektoratet</p>
<p class="C19Centre">(Request for a preliminary ruling from the H&#248;jesteret (Denmark))</p>
<p class="C01PointnumeroteAltN">1. In its judgment of the Court of 6 October 2015, Nordhav
(C&#8209;362/14), the Court held otherwise.</p>
</div></body></html>"""


def test_eur_lex_s_opinion_is_its_advocate_general_s_of_the_day_it_was_delivered() -> None:
    post = extract_source(
        EUR_LEX_OPINION, (answer(EUR_LEX_OPINION, (ASSETS / "eurlex_opinion.html").read_bytes()),)
    )
    # It was the Court of Justice's, of 28 October 2020: the day of a judgment its text cites.
    assert post.author == "Advocate General Varela"
    assert (post.published, post.published_day_only) == (dt.datetime(2022, 9, 8, tzinfo=dt.UTC), True)
    assert post.published_from == (
        "the opinion's day, in its heading: 'Opinion of Advocate General Varela delivered on 8 September "
        "2022'"
    )
    assert post.fields[EU_DOCUMENT_KIND] == "opinion"
    assert post.fields[EU_DOCUMENT_KIND_FROM] == "its CELEX number, 62021CC0418"
    assert post.fields[CASE_HEADING] == "Lumenhaus GmbH v Bundesamt für Güterverkehr"


def test_eur_lex_s_judgment_says_it_is_one_and_keeps_its_court_and_day() -> None:
    post = extract_source(
        EUR_LEX_JUDGMENT, (answer(EUR_LEX_JUDGMENT, (ASSETS / "eurlex_judgment.html").read_bytes()),)
    )
    assert post.author == "Court of Justice of the European Union (Grand Chamber)"
    assert post.published == dt.datetime(2023, 3, 14, tzinfo=dt.UTC)
    assert (post.fields[EU_DOCUMENT_KIND], post.fields[EU_DOCUMENT_KIND_FROM]) == (
        "judgment",
        "its CELEX number, 62021CJ0418",
    )


def test_curia_s_opinion_is_read_by_its_heading_its_name_in_capitals_written_as_a_name() -> None:
    post = extract_source(CURIA, (answer(CURIA, CURIA_OPINION.encode()),))
    assert post.author == "Advocate General \u00d8stergaard Holm"
    assert post.published == dt.datetime(2023, 2, 2, tzinfo=dt.UTC)
    assert post.fields[EU_DOCUMENT_KIND] == "opinion"
    assert post.fields[EU_DOCUMENT_KIND_FROM] == "its heading, 'OPINION OF ADVOCATE GENERAL'"
    assert post.fields[CASE_HEADING] == "Vestfjord Fiskeri A/S v Fiskeridirektoratet"


def test_a_document_s_first_heading_says_what_it_is_where_no_celex_number_does() -> None:
    # A judgment names the opinion only as "the Opinion of the Advocate General", after its own heading.
    judgment = (
        "JUDGMENT OF THE COURT (Grand Chamber) 14 March 2023 … after hearing the Opinion of the Advocate "
    )
    assert eu_document_kind(CURIA, "CURIA - Documents", judgment + "General") == (
        "judgment",
        "its heading, 'JUDGMENT OF THE COURT'",
    )
    order = "ORDER OF THE GENERAL COURT (Eighth Chamber) 3 May 2022"
    assert eu_document_kind(CURIA, "CURIA - Documents", order) == (
        "order",
        "its heading, 'ORDER OF THE GENERAL COURT'",
    )
    # The address's CELEX number decides before any heading; a page naming neither is of no kind.
    assert eu_document_kind(EUR_LEX_OPINION, "", order) == ("opinion", "its CELEX number, 62021CC0418")
    assert eu_document_kind(CURIA, "CURIA - Documents", "Press release No 45/23") is None


def test_an_opinion_heading_without_its_parties_names_none() -> None:
    read = european_opinion("OPINION OF ADVOCATE GENERAL VARELA delivered on 8 September 2022 Case C-418/21.")
    assert read is not None
    assert read[:2] == ("Advocate General Varela", dt.date(2022, 9, 8))
    assert read[3] is None


def test_crafted_opinion_headings_are_read_in_linear_time() -> None:
    crafted = [
        "OPINION OF ADVOCATE GENERAL " + "VARELA " * 14_000,
        "OPINION OF ADVOCATE GENERAL A delivered on 8 September 2022 " + "Case C-1/11 " * 8_000,
        "OPINION OF ADVOCATE GENERAL A delivered on 8 September 2022 Case C-1/11 " + "A v B " * 16_000,
        "OPINION OF " * 9_000,
        "JUDGMENT OF THE " * 6_000,
    ]
    for text in crafted:
        started = time.process_time()
        european_opinion(text)
        eu_document_kind(CURIA, text[:300], text)
        assert time.process_time() - started < 0.5, text[:30]


HUDOC = "https://hudoc.echr.coe.int/eng?i=001-210077"


def test_hudoc_s_page_as_received_is_a_script_shell_that_says_to_check_with_a_browser() -> None:
    # It said only "the page shows 'HUDOC European Court of Human Rights' until its scripts run".
    post = extract_source(HUDOC, (answer(HUDOC, (ASSETS / "hudoc_shell.html").read_bytes()),))
    assert post.problem == "script-shell"
    assert post.problem_detail == (
        "the page shows 'HUDOC European Court of Human Rights' until its scripts run; check again with "
        "--browser, which runs HUDOC's scripts and reads the judgment"
    )
    # A browser's rendering of the same frame says nothing of checking with one.
    rendered = dataclasses.replace(answer(HUDOC, (ASSETS / "hudoc_shell.html").read_bytes()), rendered=True)
    drawn = extract_source(HUDOC, (rendered,))
    assert drawn.problem_detail is None or "--browser" not in drawn.problem_detail
