"""What `check` says of notes citing gazette entries of Italy and Portugal, and an Arabic newspaper's article
dated only by its metadata in Arabic-Indic digits, end to end.

A Gazzetta Ufficiale decree's page shows its issue on a line of its own (`GU Serie Generale n.60 del
12-03-2024`, the day first) and titles itself by that issue, the decree's title and its codice redazionale
(`… (24A01234)`); a Diário da República act's page shows its issue (`Diário da República n.º 51/2024, Série I
de 2024-03-12`) and titles itself by the act's number alone (`Decreto-Lei n.º 20/2024`), its summary below.
Each dated nothing, and their titles warned as only part of the page's title or not its title at all. The
Arabic article's JSON-LD `datePublished` is written in Arabic-Indic digits, which no ISO reader took: "no
publication date".

The servers are local (`--connect-to`), the URLs the real ones' shapes. The pages are written from memory of
the sites' shapes; the decrees, the article, their people and numbers are made up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.check_runs import HTML_HEADERS as HTML
from tests.support.check_runs import checked_on, checks_by_name
from tests.support.servers import FixtureServer, Reply, make_local_ca, path_of

ASSETS = Path(__file__).parent / "assets"
GAZZETTA = "https://www.gazzettaufficiale.it/eli/id/2024/03/12/24A01234/sg"
DIARIO = "https://diariodarepublica.pt/dr/detalhe/decreto-lei/20-2024-838450001"
ARTICLE = "https://al-akhbar.com/Lebanon/378344"
HOSTS = ("www.gazzettaufficiale.it", "diariodarepublica.pt", "al-akhbar.com")
PAGES = {
    GAZZETTA: "gazettes/gazzetta_ufficiale_decreto.html",
    DIARIO: "gazettes/diario_da_republica_decreto_lei.html",
    ARTICLE: "arabic_pages/al_akhbar_json_ld_arabic_indic.html",
}

DECRETO = (
    "Decreto 5 marzo 2024. Criteri e modalità per la concessione dei contributi alle imprese della filiera "
    "lattiero-casearia colpite dalla siccità"
)
MINISTERO = "Ministero dell'agricoltura, della sovranità alimentare e delle foreste"
SUMARIO = "Aprova o regime jurídico da gestão de resíduos de construção e demolição nas obras públicas"

REPORT = f"""# Drought aid, building waste and power cuts: what the governments published

Italy's ministry pays dairy farms that lost "almeno il 25 per cento" of their milk.[^decreto] The decree is
often cited by the day it was signed.[^decreto-signed]

Portugal requires that "pelo menos 70 % dos resíduos não perigosos sejam preparados para
reutilização".[^decreto-lei] A second note cites the day the government approved it.[^decreto-lei-approved]
A third cites it as Portuguese law does.[^decreto-lei-designated]

In Lebanon, the utility promised "ست ساعات تغذية يوميا" in the south.[^article]

[^decreto]: {MINISTERO}, "{DECRETO}", *Gazzetta Ufficiale*, Serie Generale n. 60, 12 March 2024, <{GAZZETTA}>
[^decreto-signed]: {MINISTERO}, "{DECRETO}", 5 March 2024, <{GAZZETTA}>
[^decreto-lei]: Presidência do Conselho de Ministros, "{SUMARIO}", Decreto-Lei n.º 20/2024, *Diário da República* n.º 51/2024, Série I, 12 March 2024, <{DIARIO}>
[^decreto-lei-approved]: Presidência do Conselho de Ministros, "{SUMARIO}", Decreto-Lei n.º 20/2024, 15 February 2024, <{DIARIO}>
[^decreto-lei-designated]: Presidência do Conselho de Ministros, "Decreto-Lei n.º 20/2024, de 12 de março", *Diário da República*, <{DIARIO}>
[^article]: ريم عواد, «مؤسسة كهرباء لبنان تعلن جدول تقنين جديدا في الجنوب», Al-Akhbar, 14 March 2024, <{ARTICLE}>
"""  # noqa: E501


def _pages() -> dict[str, Reply]:
    """The pages the report cites, by the path their server answers at."""
    return {
        path_of(url): Reply(body=(ASSETS / name).read_bytes(), headers=HTML) for url, name in PAGES.items()
    }


@pytest.fixture(scope="module")
def notes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("gazettes")
    ca = make_local_ca(folder, HOSTS)
    report = folder / "governments.md"
    report.write_text(REPORT, encoding="utf-8")
    with FixtureServer(_pages(), tls=ca) as server:
        return checked_on(report, server, ca, HOSTS)


def test_each_note_has_the_status_a_careful_editor_would_give(notes: dict[str, dict[str, Any]]) -> None:
    assert {label: note["status"] for label, note in notes.items()} == {
        # The ministry heading the act, the Diário da República's `Emissor`: no byline names them, and each
        # note crediting them was unconfirmed.
        "decreto": "verified",
        "decreto-signed": "verified",
        "decreto-lei": "verified",
        "decreto-lei-approved": "failed",
        # Dated only by its designation's day, whose year is the act's number's: it had no date.
        "decreto-lei-designated": "verified",  # the cabinet's day of approval: no day the page gives the act
        "article": "verified",
    }


def test_a_gazette_entry_is_dated_by_the_line_of_its_issue(notes: dict[str, dict[str, Any]]) -> None:
    # Each warned "the source shows no publication date".
    assert checks_by_name(notes["decreto"])["date"] == (
        "pass",
        "the source gives the day 2024-03-12 (the gazette's issue it was published in, the line 'GU Serie "
        "Generale n.60 del 12-03-2024')",
    )
    assert checks_by_name(notes["decreto-lei"])["date"] == (
        "pass",
        "the source gives the day 2024-03-12 (the gazette's issue it was published in, the line 'Diário da "
        "República n.º 51/2024, Série I de 2024-03-12')",
    )
    # The decree's own day, which its title gives after the act's kind, passes naming the issue's.
    assert checks_by_name(notes["decreto-signed"])["date"] == (
        "pass",
        "the source gives the day 2024-03-05 (the day its title dates the act by, '5 marzo 2024'); the "
        "gazette published it 2024-03-12 (the line 'GU Serie Generale n.60 del 12-03-2024')",
    )
    assert checks_by_name(notes["decreto-lei-approved"])["date"][0] == "fail"


def test_a_gazette_entry_s_title_passes_beside_the_ids_its_page_s_title_gives(
    notes: dict[str, dict[str, Any]],
) -> None:
    status, detail = checks_by_name(notes["decreto"])["title"]
    assert status == "pass", detail
    assert detail.endswith(
        "left aside: the gazette's id 'GU Serie Generale n.60 del 12-03-2024' before it and its code "
        "'24A01234' after it"
    )
    # Titled `Decreto-Lei n.º 20/2024`, which the note gives beside the act's summary it cites as the title.
    assert checks_by_name(notes["decreto-lei"])["title"] == (
        "pass",
        "the page's title is the act's id 'Decreto-Lei n.º 20/2024', which the note gives; the cited title "
        "is the summary the page opens with, found whole",
    )
    for label in ("decreto", "decreto-lei"):
        assert checks_by_name(notes[label])["quote"][0] == "pass", label


def test_an_arabic_article_dated_in_arabic_indic_digits_in_its_json_ld_is_verified(
    notes: dict[str, dict[str, Any]],
) -> None:
    # Its `datePublished` is 2024-03-14T18:45:00+02:00 in Arabic-Indic digits: "no publication date".
    checks = checks_by_name(notes["article"])
    assert checks["date"][0] == "pass"
    assert checks["date"][1].startswith("posted 2024-03-14 16:45 UTC (JSON-LD datePublished)")


def test_a_note_crediting_the_body_a_gazette_entry_names_as_its_issuer_passes(
    notes: dict[str, dict[str, Any]],
) -> None:
    # Each warned "no author found in the capture".
    assert checks_by_name(notes["decreto-lei"])["author"] == (
        "pass",
        "cited 'Presidência do Conselho de Ministros'; the gazette's entry gives it as the department it "
        "comes from (its 'Emissor')",
    )
    # The ministry's name holds commas: the note's author is read as its opening, and the note holds it whole.
    assert checks_by_name(notes["decreto"])["author"] == (
        "pass",
        'cited "Ministero dell\'agricoltura", the opening of the name the note gives whole ("MINISTERO '
        "DELL'AGRICOLTURA, DELLA SOVRANITÀ ALIMENTARE E DELLE FORESTE\"); the gazette's entry gives it as "
        "the department it comes from (the ministry heading the act)",
    )


def test_an_act_cited_by_its_designation_is_dated_and_titled_by_it(notes: dict[str, dict[str, Any]]) -> None:
    # `de 12 de março` had no year (`schema` failed "no date"), and the designation as a title warned against
    # the page's title, the act's number alone.
    checks = checks_by_name(notes["decreto-lei-designated"])
    assert checks["schema"][0] == "pass"
    assert checks["date"][0] == "pass"
    assert checks["title"] == (
        "pass",
        "the page's title is the act's id 'Decreto-Lei n.º 20/2024'; the cited title adds the day it was "
        "published in the Diário da República, 2024-03-12, the day the page gives",
    )
