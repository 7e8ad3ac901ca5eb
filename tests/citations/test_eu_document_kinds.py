"""The kind of document of an EU court's case a CELEX number names (`62018CJ0311` the judgment, `62018CC0311`
the Advocate General's opinion, `62018CO0311` an order) and the kinds a note's words say it cites."""

from __future__ import annotations

import time

import pytest

from provenance.citations.courts import JUDGMENT, OPINION, ORDER, celex_number, cited_eu_document_kinds


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62018CC0311", "62018CC0311", OPINION),
        (
            "https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX%3A62018CJ0311",
            "62018CJ0311",
            JUDGMENT,
        ),
        ("EUR-Lex - 62019CO0456 - EN - EUR-Lex", "62019CO0456", ORDER),
        ("EUR-Lex - 62017TJ0612 - EN", "62017TJ0612", JUDGMENT),  # the General Court's
        ("62018CN0311", "62018CN0311", None),  # a communication of the case: none of the three
    ],
)
def test_a_celex_number_of_case_law_names_its_document_s_kind(
    text: str, number: str, kind: str | None
) -> None:
    found = celex_number(text)
    assert found is not None
    assert (found.number, found.kind) == (number, kind)


@pytest.mark.parametrize(
    "text",
    [
        "https://eur-lex.europa.eu/eli/reg/2016/679/oj",
        "EUR-Lex - 32016R0679 - EN",  # a regulation's: sector 3
        "file 162018CC03119",  # digits around it: no number
        "",
    ],
)
def test_no_case_law_s_celex_number_is_read_where_there_is_none(text: str) -> None:
    assert celex_number(text) is None


def test_a_celex_number_names_the_same_case_s_other_documents() -> None:
    opinion = celex_number("62021CC0418")
    assert opinion is not None
    assert (opinion.with_kind(JUDGMENT), opinion.with_kind(ORDER)) == ("62021CJ0418", "62021CO0418")


@pytest.mark.parametrize(
    ("note", "kinds"),
    [
        (
            "Case C-418/21 Lumenhaus GmbH v Bundesamt, Opinion of Advocate General Varela, 8 Sept 2022",
            {OPINION},
        ),
        ("Lumenhaus (C-418/21), AG Varela's Opinion, EU:C:2022:655", {OPINION}),
        ("Opinion of the Advocate-General in Case C-418/21", {OPINION}),
        ("Judgment of the Court (Grand Chamber) of 14 March 2023, Lumenhaus, C-418/21", {JUDGMENT}),
        ("Order of the President of the General Court, 3 May 2022, T-101/22", {ORDER}),
        (
            "Case C-418/21 Lumenhaus, judgment of 14 March 2023, and the Opinion of AG Varela",
            {JUDGMENT, OPINION},
        ),
        # A company's `AG` is no Advocate General, and an opinion of no Advocate General is none.
        ("Case C-418/21 Lumenhaus AG v Bundesamt, opinion pending", set()),
        ("Case C-418/21 Lumenhaus GmbH v Bundesamt für Güterverkehr, 14 March 2023", set()),
        ("The order of the day; the court's opinion", set()),
    ],
)
def test_a_note_s_words_say_which_document_of_the_case_it_cites(note: str, kinds: set[str]) -> None:
    assert cited_eu_document_kinds(note) == kinds


def test_crafted_notes_and_addresses_are_read_in_linear_time() -> None:
    crafted = [
        "Advocate General " * 6_000,
        "AG V" * 25_000,
        "order of the " * 8_000,
        "6201" * 25_000,
        "%3A6" * 25_000,
        "62018CC" * 14_000,
    ]
    for text in crafted:
        started = time.process_time()
        cited_eu_document_kinds(text)
        celex_number(text)
        assert time.process_time() - started < 0.5, text[:30]
