"""`date` on a gazette entry: dated by the issue it was published in, and by the day its title dates the act.

A Spanish resolution is published in the BOE days after it was made: its page dates it by the issue
(`Publicado en: «BOE» núm. 112, de 11 de mayo de 2023`), and its title by the day it was made
(`Resolución de 3 de mayo de 2023, …`). A note giving either day cites it rightly and passes, naming both.
Only the day an act is dated by counts: a title that names a day for another reason (a report on a storm of
that day) does not make that day the page's, and a note giving it still fails.
"""

from __future__ import annotations

import datetime as dt

from provenance.checks import CheckInput
from provenance.checks.date import check_date
from provenance.extractors.web import PUBLISHED_IN_AN_ISSUE
from provenance.models import Citation, Footnote, Platform, SourcePost

URL = "https://www.boe.es/diario_boe/txt.php?id=BOE-A-2023-11247"
ISSUE = "<dt>Publicado en:</dt> '«BOE» núm. 112, de 11 de mayo de 2023'"


def _entry(title: str) -> SourcePost:
    return SourcePost(
        platform=Platform.WEB,
        url=URL,
        title=title,
        published=dt.datetime(2023, 5, 11, tzinfo=dt.UTC),
        published_day_only=True,
        published_from=f"{PUBLISHED_IN_AN_ISSUE}{ISSUE}",
    )


def _date(source: SourcePost, cited: dt.date, named: str | None = None) -> tuple[str, str]:
    citation = Citation(platform=Platform.WEB, url=URL, date=cited)
    text = f"Ministerio, {source.title if named is None else named}, {cited}, {URL}"
    footnote = Footnote(label="1", text=text, line=3)
    given = CheckInput(footnote=footnote, citation=citation, outcome=None, live=source, source=source)
    result = check_date(given)
    return result.status, result.detail


def test_a_resolution_cited_by_the_day_its_title_dates_it_passes_naming_the_issue_s_day() -> None:
    for title in (
        "BOE-A-2023-11247 Resolución de 3 de mayo de 2023, de la Dirección General de Calidad",
        "Real Decreto 312/2023, de 3 de mayo de 2023, por el que se regula",
        "Arrêté du 3 mai 2023 portant nomination",
    ):
        status, detail = _date(_entry(title), dt.date(2023, 5, 3))
        assert status == "pass", title
        assert "the day its title dates the act by" in detail
        assert "the gazette published it 2023-05-11" in detail


def test_a_day_a_title_names_for_another_reason_is_not_the_entry_s() -> None:
    status, detail = _date(
        _entry("Informe sobre las lluvias del 3 de mayo de 2023 en Andalucía"), dt.date(2023, 5, 3)
    )
    assert status == "fail"
    assert "title dates the act" not in detail


def test_the_issue_s_own_day_passes_and_a_day_neither_gives_fails() -> None:
    entry = _entry("Resolución de 3 de mayo de 2023, de la Dirección General de Calidad")
    assert _date(entry, dt.date(2023, 5, 11), named="BOE-A-2023-11247")[0] == "pass"
    assert _date(entry, dt.date(2023, 5, 4), named="BOE-A-2023-11247")[0] == "fail"


_GU_ISSUE = "GU Serie Generale n.60 del 12-03-2024"


def _italian_entry(title: str) -> SourcePost:
    """A Gazzetta Ufficiale entry titled `title`, dated by its issue's line (12 March 2024)."""
    return _entry(title).model_copy(
        update={
            "published": dt.datetime(2024, 3, 12, tzinfo=dt.UTC),
            "published_from": f"{PUBLISHED_IN_AN_ISSUE}the line {_GU_ISSUE!r}",
        }
    )


def test_an_italian_decree_cited_by_the_day_its_title_dates_it_passes_past_the_issue_s_day_before_it() -> (
    None
):
    # `DECRETO 5 marzo 2024`: the day right after the act's kind, as Italian writes it, after the issue's day
    # the gazette's page title opens with. Read from the title's start, the issue's `12-03-2024` was its day,
    # and a note citing the decree's own day failed.
    for title in (
        f"{_GU_ISSUE} - DECRETO 5 marzo 2024 Criteri per la concessione dei contributi. (24A01234)",
        "ORDINANZA 5 marzo 2024 Misure urgenti per la siccità",
    ):
        status, detail = _date(_italian_entry(title), dt.date(2024, 3, 5))
        assert status == "pass", (title, detail)
        assert detail.startswith(
            "the source gives the day 2024-03-05 (the day its title dates the act by, '5 marzo 2024'); the "
            "gazette published it 2024-03-12"
        )


def test_an_italian_title_s_other_day_is_not_the_decree_s() -> None:
    # A day the title names after other words (the drought of that day) dates no act.
    title = f"{_GU_ISSUE} - DECRETO Misure per la siccità del 5 marzo 2024"
    assert _date(_italian_entry(title), dt.date(2024, 3, 5))[0] == "fail"
    # The issue's own day passes as before.
    assert _date(_italian_entry(f"{_GU_ISSUE} - Comunicato"), dt.date(2024, 3, 12))[0] == "pass"
