"""The `author` check of a note crediting a gazette entry to the department the entry comes from, as the
BOE's page names it in its `Departamento:` row (`extractors.web`: `fields[GAZETTE_DEPARTMENT]`): no byline
names the ministry, and the note warned "the page credits only its outlet"."""

from __future__ import annotations

import pytest

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.citations.cite import cite_footnote
from provenance.extractors.web import GAZETTE_DEPARTMENT
from provenance.models import CheckResult, Footnote, Platform, SourcePost

_URL = "https://www.boe.es/diario_boe/txt.php?id=BOE-A-2023-11247"
_MINISTRY = "Ministerio para la Transición Ecológica y el Reto Demográfico"


def _checked(author: str, department: str | None = _MINISTRY) -> CheckResult:
    note = f'{author}, "Resolución de 3 de mayo de 2023", BOE núm. 112, 11 de mayo de 2023, <{_URL}>'
    footnote = Footnote(label="1", text=note, line=3, urls=(_URL,))
    fields = {GAZETTE_DEPARTMENT: department} if department else {}
    page = SourcePost(
        platform=Platform.WEB,
        url=_URL,
        title="BOE-A-2023-11247 Resolución",
        text="TEXTO",
        publisher="BOE.es",
        fields=fields,
    )
    cited = cite_footnote(footnote, None)
    return check_author(CheckInput(footnote=footnote, citation=cited.citation, outcome=None, source=page))


def test_a_note_crediting_the_entry_s_department_passes_naming_the_row() -> None:
    result = _checked(_MINISTRY)
    assert result.status == "pass", result.detail
    assert result.detail == (
        f"cited {_MINISTRY!r}; the gazette's entry gives it as the department it comes from (its "
        "'Departamento:' row)"
    )


def test_the_department_written_in_capitals_is_the_same() -> None:
    assert _checked(_MINISTRY.upper()).status == "pass"


@pytest.mark.parametrize(
    ("author", "department"),
    [
        ("Ministerio de Hacienda", _MINISTRY),
        ("Dirección General de Calidad y Evaluación Ambiental", _MINISTRY),
        (_MINISTRY, None),
    ],
    ids=["another ministry", "a body within it the row does not name", "a page naming no department"],
)
def test_a_name_the_row_does_not_give_is_not_passed_by_it(author: str, department: str | None) -> None:
    result = _checked(author, department)
    assert result.status != "pass", result.detail
    assert "Departamento" not in result.detail
