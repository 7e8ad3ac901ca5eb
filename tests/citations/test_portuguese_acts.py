"""A Portuguese act cited as Portuguese law designates it (`Decreto-Lei n.º 20/2024, de 12 de março`): its
day is the day of the Diário da República it was published in, the year the act's number's. Read as any day,
it had no year, and the note had no date."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from provenance.citations import parse_citation
from provenance.citations.acts import portuguese_act_designation
from provenance.models import Footnote

URL = "https://diariodarepublica.pt/dr/detalhe/decreto-lei/20-2024-838450001"


def _date_of(text: str) -> dt.date | None:
    return parse_citation(Footnote(label="1", text=text, line=1)).citation.date


@pytest.mark.parametrize(
    ("note", "day"),
    [
        (
            f"Presidência do Conselho de Ministros, Decreto-Lei n.º 20/2024, de 12 de março, {URL}",
            "2024-03-12",
        ),
        (
            f'Presidência do Conselho de Ministros, "Decreto-Lei n.º 20/2024, de 12 de março", {URL}',
            "2024-03-12",
        ),
        (f"Portaria n.° 88-A/2023, de 3 de Fevereiro, {URL}", "2023-02-03"),
        (f"Lei nº 5/2022, de 31 de dezembro, {URL}", "2022-12-31"),
        # A full date the note gives is its date; the designation's is read only where it gives none.
        (f"Decreto-Lei n.º 20/2024, de 12 de março, Diário da República, 13 March 2024, {URL}", "2024-03-13"),
    ],
)
def test_an_act_s_designation_dates_the_note(note: str, day: str) -> None:
    assert _date_of(note) == dt.date.fromisoformat(day)


@pytest.mark.parametrize(
    "words",
    [
        "Decreto-Lei n.º 20/2024, de 31 de fevereiro",  # no such day
        "Decreto-Lei n.º 20/2024 de 12 de março",  # no comma: not how an act is designated
        "Regulamento n.º 20/2024, de 12 de março",  # no kind of act the Diário's series I designates so
        "O Decreto-Lei de 12 de março",
    ],
)
def test_other_words_designate_no_act_s_day(words: str) -> None:
    assert portuguese_act_designation(words) is None


def test_crafted_notes_are_read_in_linear_time() -> None:
    notes = [
        "Decreto-Lei n.º 20/2024, de " * 3_600,
        "Lei n.º 1/2024, de 1 de " * 4_200,
        "de 12 de " * 11_000 + "março",
        ("Portaria n.º " + "9" * 90_000 + "/2024, de 1 de maio"),
    ]
    started = time.process_time()
    for note in notes:
        assert len(note) >= 90_000
        parse_citation(Footnote(label="1", text=note, line=1))
    assert time.process_time() - started < 10
