"""The `title` check of a note citing a gazette entry by its title, where the page's title opens with the
gazette's id for the entry (the BOE's `BOE-A-2023-11247 Resolución de …`, Légifrance's `JORF n°…` or `NOR`):
the entry's title cited as written warned "only part of the page's title"."""

from __future__ import annotations

import time

import pytest

from provenance.checks import CheckInput
from provenance.checks.title import check_title
from provenance.citations.cite import cite_footnote
from provenance.models import CheckResult, Footnote, Platform, SourcePost

_URL = "https://www.boe.es/diario_boe/txt.php?id=BOE-A-2023-11247"
_ENTRY = (
    "Resolución de 3 de mayo de 2023, de la Dirección General de Calidad y Evaluación Ambiental, por la que "
    "se formula declaración de impacto ambiental del proyecto «Ampliación de la cantera Los Arenales»"
)
_OTHER_ENTRY = (
    "Resolución de 3 de mayo de 2023, de la Dirección General de Calidad y Evaluación Ambiental, por la que "
    "se formula declaración de impacto ambiental del proyecto «Planta solar fotovoltaica Las Lomas»"
)


def _checked(note: str, shown: str, url: str = _URL, text: str = "TEXTO ORIGINAL") -> CheckResult:
    """The title check of the note `note`, as `extract` cites it, on a page titled `shown` showing `text`."""
    footnote = Footnote(label="1", text=f"{note}, <{url}>", line=3, urls=(url,))
    page = SourcePost(platform=Platform.WEB, url=url, title=shown, text=text)
    cited = cite_footnote(footnote, None)
    return check_title(CheckInput(footnote=footnote, citation=cited.citation, outcome=None, source=page))


def test_an_entry_s_title_after_the_boe_s_id_passes_naming_the_id_left_aside() -> None:
    result = _checked(
        f'Ministerio de Transición Ecológica, "{_ENTRY}", BOE núm. 112, 11 de mayo de 2023',
        (f"BOE-A-2023-11247 {_ENTRY}."),
    )
    assert result.status == "pass", result.detail
    assert result.detail.startswith(f"matches {_ENTRY[:100]!r}, the entry's title in the page's title ")
    assert result.detail.endswith("left aside: the gazette's id 'BOE-A-2023-11247' before it")


def test_a_note_giving_the_page_s_own_id_says_so() -> None:
    result = _checked(f'"{_ENTRY}", BOE-A-2023-11247, 11 May 2023', f"BOE-A-2023-11247 {_ENTRY}")
    assert result.status == "pass", result.detail
    assert "the gazette's id 'BOE-A-2023-11247' (the note's own) before it" in result.detail


_LEGIFRANCE = "https://www.legifrance.gouv.fr/jorf/id/JORFTEXT000047561234"
_DECREE = "Décret n° 2023-371 du 12 mai 2023 relatif à la qualité de l'air intérieur"


def test_a_french_entry_s_title_after_the_jorf_number_and_nor_passes() -> None:
    shown = f"JORF n°0110 du 13 mai 2023 - NOR : TREP2309876D - {_DECREE}"
    result = _checked(f'"{_DECREE}", Journal officiel, 13 May 2023', shown, _LEGIFRANCE)
    assert result.status == "pass", result.detail
    assert "the gazette's id 'JORF n°0110 du 13 mai 2023 - NOR : TREP2309876D' before it" in result.detail


def test_a_note_giving_the_jorf_issue_without_its_day_is_the_page_s_own() -> None:
    shown = f"JORF n°0110 du 13 mai 2023 {_DECREE}"
    result = _checked(f'"{_DECREE}", JORF n° 0110, 13 May 2023', shown, _LEGIFRANCE)
    assert result.status == "pass", result.detail
    assert "(the note's own)" in result.detail
    assert _checked(f'"{_DECREE}", JORF n° 0111, 13 May 2023', shown, _LEGIFRANCE).status == "warn"


def test_another_resolution_s_title_after_the_id_still_warns() -> None:
    result = _checked(f'"{_OTHER_ENTRY}", BOE, 11 de mayo de 2023', f"BOE-A-2023-11247 {_ENTRY}")
    assert result.status == "warn"
    assert "gazette's id" not in result.detail


def test_a_note_giving_another_entry_s_id_still_warns() -> None:
    result = _checked(f'"{_ENTRY}", BOE-A-2023-11905, 11 May 2023', f"BOE-A-2023-11247 {_ENTRY}")
    assert result.status == "warn"
    assert "gazette's id" not in result.detail


def test_a_title_that_only_mentions_an_id_inside_it_is_compared_as_before() -> None:
    # The id in the middle of a title is no gazette's heading of an entry.
    result = _checked(
        f'"{_ENTRY}", BOE, 11 de mayo de 2023', f"Corrección de errores BOE-A-2023-11247 {_ENTRY}"
    )
    assert result.status == "warn"


_GAZZETTA = "https://www.gazzettaufficiale.it/eli/id/2024/03/12/24A01234/sg"
_DECRETO = (
    "DECRETO 5 marzo 2024 Criteri e modalità per la concessione dei contributi alle imprese della filiera "
    "lattiero-casearia colpite dalla siccità."
)
_GU_ISSUE = "GU Serie Generale n.60 del 12-03-2024"


def test_an_italian_entry_s_title_between_the_gu_issue_and_its_code_passes() -> None:
    # The Gazzetta Ufficiale's title: the issue before the decree's title, its codice redazionale after it.
    shown = f"{_GU_ISSUE} - {_DECRETO} (24A01234)"
    result = _checked(
        f'Ministero dell\'agricoltura, "{_DECRETO}", Gazzetta Ufficiale, 12 March 2024', shown, _GAZZETTA
    )
    assert result.status == "pass", result.detail
    assert result.detail.endswith(
        f"left aside: the gazette's id {_GU_ISSUE!r} before it and its code '24A01234' after it"
    )


def test_a_note_giving_the_entry_s_own_code_passes_and_another_s_warns() -> None:
    shown = f"{_GU_ISSUE} - {_DECRETO} (24A01234)"
    assert "(the note's own)" in _checked(f'"{_DECRETO}", 24A01234, 12 March 2024', shown, _GAZZETTA).detail
    result = _checked(f'"{_DECRETO}", 24A01299, 12 March 2024', shown, _GAZZETTA)
    assert result.status == "warn"
    assert "gazette's id" not in result.detail


_DIARIO = "https://diariodarepublica.pt/dr/detalhe/decreto-lei/20-2024-838450001"
_SUMARIO = "Aprova o regime jurídico da gestão de resíduos de construção e demolição nas obras públicas"
_ACT_PAGE_TEXT = (
    f"Decreto-Lei n.º 20/2024 Presidência do Conselho de Ministros {_SUMARIO} O presente decreto-lei aprova"
)


def test_a_portuguese_act_cited_by_its_number_and_summary_passes_where_the_page_is_titled_by_its_number() -> (
    None
):
    # The Diário da República titles an act's page by its number alone; the note gives the number and cites
    # the act's summary as its title: it warned "the source's title is 'Decreto-Lei n.º 20/2024' (21%)".
    note = (
        f'Presidência do Conselho de Ministros, "{_SUMARIO}", Decreto-Lei n.º 20/2024, Diário da República '
        "n.º 51/2024, Série I, 12 March 2024"
    )
    result = _checked(note, "Decreto-Lei n.º 20/2024", _DIARIO, _ACT_PAGE_TEXT)
    assert result.status == "pass", result.detail
    assert result.detail == (
        "the page's title is the act's id 'Decreto-Lei n.º 20/2024', which the note gives; the cited title "
        "is the summary the page opens with, found whole"
    )


@pytest.mark.parametrize(
    ("note", "text"),
    [
        (f'"{_SUMARIO}", Diário da República, 12 March 2024', _ACT_PAGE_TEXT),
        (f'"{_SUMARIO}", Decreto-Lei n.º 21/2024, 12 March 2024', _ACT_PAGE_TEXT),
        (f'"{_SUMARIO}", Decreto-Lei n.º 20/2024 e Portaria n.º 88/2024, 12 March 2024', _ACT_PAGE_TEXT),
        (f'"{_SUMARIO}", Decreto-Lei n.º 20/2024, 12 March 2024', "Decreto-Lei n.º 20/2024 Altera o Código"),
        ('"Aprova o regime", Decreto-Lei n.º 20/2024, 12 March 2024', _ACT_PAGE_TEXT),
    ],
    ids=["no number", "another act's number", "another act beside it", "another summary", "a few words"],
)
def test_a_summary_is_no_act_s_title_without_its_number_or_whole_on_the_page(note: str, text: str) -> None:
    assert _checked(note, "Decreto-Lei n.º 20/2024", _DIARIO, text).status == "warn"


def test_a_hostile_gazette_title_is_read_fast() -> None:
    started = time.process_time()
    for note, shown in (
        (f'"{_ENTRY}"', "BOE-A-2023-1 " * 8_000),
        (f'"{_ENTRY}"', "JORF n° 1 du 1 " * 7_000),
        ('"' + "BOE-A-2023-1 " * 8_000 + '"', f"BOE-A-2023-11247 {_ENTRY}"),
        (f'"{_ENTRY}"', "BOE-A-" + "9" * 100_000),
    ):
        _checked(note, shown)
    assert time.process_time() - started < 2.0


def test_a_hostile_italian_or_portuguese_gazette_title_is_read_fast() -> None:
    started = time.process_time()
    for note, shown in (
        (f'"{_ENTRY}"', "GU n. 1 del 1-1-" * 6_000),
        (f'"{_ENTRY}"', f"{_DECRETO} " + "(24A01234) " * 9_000),
        (f'"{_ENTRY}"', "Diário da República n.º 1/2024, Série I de " * 2_000),
        ('"' + "Decreto-Lei n.º 1/2024 " * 4_000 + '"', "Decreto-Lei n.º 20/2024"),
        (f'"{_ENTRY}" Decreto-Lei n.º 20/2024', "Decreto-Lei n.º 20/2024 " * 4_000),
    ):
        _checked(note, shown, _DIARIO, shown)
    assert time.process_time() - started < 2.0
