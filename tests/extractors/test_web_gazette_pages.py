"""What a gazette's entry page says of the entry: the day of the issue it was published in, on a line of its
own (Italy's Gazzetta Ufficiale: `GU Serie Generale n.60 del 12-03-2024`, day first; Portugal's Diário da
República: `Diário da República n.º 51/2024, Série I de 2024-03-12`), and the department a Spanish BOE entry
comes from (`<dt>Departamento:</dt>`). Unread, a decree cited by the day the gazette published it warned
"no publication date", and a note crediting the ministry warned "the page credits only its outlet". The
pages are written from memory of the sites' shapes, their decrees and people made up."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

from provenance.extractors import extract_source
from provenance.extractors.web import GAZETTE_DEPARTMENT
from provenance.models import SourcePost
from tests.extractors.support import answer

_ASSETS = Path(__file__).resolve().parent.parent / "assets"
_GAZZETTA = "https://www.gazzettaufficiale.it/eli/id/2024/03/12/24A01234/sg"
_DIARIO = "https://diariodarepublica.pt/dr/detalhe/decreto-lei/20-2024-838450001"
_BOE = "https://www.boe.es/diario_boe/txt.php?id=BOE-A-2023-11247"


def _asset(name: str) -> str:
    return (_ASSETS / name).read_text(encoding="utf-8")


def _read(url: str, page: str) -> SourcePost:
    return extract_source(url, (answer(url, page),))


def test_a_gazzetta_ufficiale_entry_is_dated_by_its_issue_day_first() -> None:
    post = _read(_GAZZETTA, _asset("gazettes/gazzetta_ufficiale_decreto.html"))
    assert post.published == dt.datetime(2024, 3, 12, tzinfo=dt.UTC)
    assert post.published_from == (
        "the gazette's issue it was published in, the line 'GU Serie Generale n.60 del 12-03-2024'"
    )


def test_a_diario_da_republica_act_is_dated_by_its_issue() -> None:
    post = _read(_DIARIO, _asset("gazettes/diario_da_republica_decreto_lei.html"))
    assert post.published == dt.datetime(2024, 3, 12, tzinfo=dt.UTC)
    assert post.published_from == (
        "the gazette's issue it was published in, the line 'Diário da República n.º 51/2024, Série I de "
        "2024-03-12'"
    )


def test_an_issue_named_inside_a_sentence_or_a_side_block_dates_nothing() -> None:
    # The line must be the issue alone: a sentence citing another act's issue, or the site's list of the
    # latest issues beside the entry, is no day of this page's.
    page = _asset("gazettes/gazzetta_ufficiale_decreto.html").replace(
        '<span class="riferimento">GU Serie Generale n.60 del 12-03-2024</span>', ""
    )
    in_a_sentence = page.replace(
        "<p>Roma, 5 marzo 2024</p>",
        "<p>Visto il decreto pubblicato nella GU Serie Generale n.12 del 16-01-2024, recante norme;</p>",
    )
    beside = page.replace(
        '<div id="menu">',
        '<aside class="sidebar"><h3>Ultime Gazzette</h3><ul><li><a href="/gu/59">GU Serie Generale n.59 '
        'del 11-03-2024</a></li></ul></aside><div id="menu">',
    )
    for shown in (page, in_a_sentence, beside):
        assert _read(_GAZZETTA, shown).published is None


def test_a_boe_entry_s_department_is_kept_for_the_author_check() -> None:
    post = _read(_BOE, _asset("fact_checker_10/boe_resolucion.html"))
    assert post.fields[GAZETTE_DEPARTMENT] == "Ministerio para la Transición Ecológica y el Reto Demográfico"


def test_no_department_is_read_from_another_row() -> None:
    # Another row's value, an empty one, and a label with no `<dd>` of its own: no department.
    for row in (
        "<dt>Sección:</dt><dd>III. Otras disposiciones</dd>",
        "<dt>Departamento:</dt><dd></dd>",
        "<dt>Departamento:</dt><p>Ministerio de Hacienda</p>",
    ):
        page = f"<html><body><main><h1>Entry</h1><dl>{row}</dl><p>Departamento</p></main></body></html>"
        assert GAZETTE_DEPARTMENT not in _read(_BOE, page).fields, row


def test_hostile_gazette_pages_are_read_fast() -> None:
    started = time.process_time()
    for filler in (
        "<span>GU Serie Generale n.1 del 1-1-2024 </span>" * 2_000,
        "<span>" + "GU n. 1 del " * 8_000 + "</span>",
        "<div>" + "Diário da República n.º 1/2024, Série I de " * 2_000 + "</div>",
        "<dl>" + "<dt>Departamento:</dt>" * 5_000 + "</dl>",
        "<dl><dt>Departamento:</dt><dd>" + "Ministerio " * 10_000 + "</dd></dl>",
    ):
        _read(_GAZZETTA, f"<html><body><main><h1>Serie Generale</h1>{filler}</main></body></html>")
    assert time.process_time() - started < 5.0
