"""The `title` check of a note citing a gazette entry by its title, where the page's title opens with the
gazette's id for the entry (the BOE's `BOE-A-2023-11247 Resolución de …`, Légifrance's `JORF n°…` or `NOR`):
the entry's title cited as written warned "only part of the page's title"."""

from __future__ import annotations

import time

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


def _checked(note: str, shown: str, url: str = _URL) -> CheckResult:
    """The title check of the note `note`, as `extract` cites it, on a page titled `shown`."""
    footnote = Footnote(label="1", text=f"{note}, <{url}>", line=3, urls=(url,))
    page = SourcePost(platform=Platform.WEB, url=url, title=shown, text="TEXTO ORIGINAL")
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
