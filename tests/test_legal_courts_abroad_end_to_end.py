"""`check` of a memo citing courts beyond England and Canada, end to end against curia's, HUDOC's,
Légifrance's, the Bundesgerichtshof's and CENDOJ's pages: each judgment is read for the court and the day
its heading names, and held to the note's court, day, caption or decision number.

Before, each of these pages was read as a web page naming no author and no day (their metadata gives
neither); the EU's and Strasbourg's captions were read as no case (no title, and without an ECLI no court),
and a decision cited by its number was verified by its court and day alone. The servers are local
(`--connect-to`), the URLs the real ones; the parties and people are made up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.check_runs import HTML_HEADERS as HTML
from tests.support.check_runs import checked_on, checks_by_name
from tests.support.servers import FixtureServer, Reply, make_local_ca, path_of

ASSETS = Path(__file__).parent / "assets" / "legal67"
CURIA = "https://curia.europa.eu/juris/document/document.jsf?docid=228677&doclang=EN"
HUDOC = "https://hudoc.echr.coe.int/eng?i=001-210077"
LEGIFRANCE = "https://www.legifrance.gouv.fr/juri/id/JURITEXT000049283111"
BGH = "https://juris.bundesgerichtshof.de/cgi-bin/rechtsprechung/document.py?Gericht=bgh&Art=en&nr=136512"
CENDOJ = "https://www.poderjudicial.es/search/AN/openDocument/5d1e3f0a9b7c2e41/20240320"
HOSTS = (
    "curia.europa.eu",
    "hudoc.echr.coe.int",
    "www.legifrance.gouv.fr",
    "juris.bundesgerichtshof.de",
    "www.poderjudicial.es",
)

MEMO = f"""# Memorandum: transfers, interception and three supreme courts

1. Transfers were invalidated.[^schrems] Bulk interception breached Article 8.[^bbw]

2. The chamber held so.[^cass] The Bundesgerichtshof agreed.[^bgh] So did the Sala.[^ts]

3. Not so here.[^general-court] Nor here.[^other-number] Nor in 2018.[^chamber-2018]

[^schrems]: Case C-311/18 Data Protection Commissioner v Facebook Ireland and Maximillian Schrems (Schrems II), ECLI:EU:C:2020:559, 16 July 2020, {CURIA}
[^bbw]: Big Brother Watch and Others v. the United Kingdom [GC], nos. 58170/13, 62322/14 and 24960/15, 25 May 2021, {HUDOC}
[^cass]: Cour de cassation, chambre criminelle, 12 mars 2024, n° 23-81.234, {LEGIFRANCE}
[^bgh]: BGH, Urteil vom 12. März 2024 \u2013 VI ZR 123/23, {BGH}
[^ts]: Tribunal Supremo, Sala de lo Penal, 12 de marzo de 2024, {CENDOJ}
[^general-court]: Case T-612/17 Google and Alphabet v Commission, 16 July 2020, {CURIA}
[^other-number]: Cour de cassation, chambre criminelle, 12 mars 2024, n° 23-81.999, {LEGIFRANCE}
[^chamber-2018]: Big Brother Watch and Others v. the United Kingdom, nos. 58170/13, 62322/14 and 24960/15, 13 September 2018, {HUDOC}
"""  # noqa: E501


@pytest.fixture(scope="module")
def memo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("legal-courts-abroad")
    ca = make_local_ca(folder, HOSTS)
    latin_1 = (("Content-Type", "text/html; charset=iso-8859-1"),)
    routes: dict[str, Any] = {
        path_of(CURIA): Reply(body=(ASSETS / "curia_judgment.html").read_bytes(), headers=HTML),
        path_of(HUDOC): Reply(body=(ASSETS / "hudoc_judgment.html").read_bytes(), headers=HTML),
        path_of(LEGIFRANCE): Reply(body=(ASSETS / "legifrance_decision.html").read_bytes(), headers=HTML),
        path_of(BGH): Reply(body=(ASSETS / "bgh_decision.html").read_bytes(), headers=latin_1),
        path_of(CENDOJ): Reply(body=(ASSETS / "cendoj_decision.html").read_bytes(), headers=HTML),
    }
    report = folder / "memo.md"
    report.write_text(MEMO, encoding="utf-8")
    with FixtureServer(routes, tls=ca) as server:
        return checked_on(report, server, ca, HOSTS)


def test_a_judgment_of_the_court_of_justice_is_verified_by_its_court_day_and_parties(
    memo: dict[str, dict[str, Any]],
) -> None:
    checks = checks_by_name(memo["schrems"])
    assert checks["date"] == (
        "pass",
        "the source gives the day 2020-07-16 (the judgment's day, in its heading: 'JUDGMENT OF THE COURT "
        "(Grand Chamber) 16 July 2020')",
    )
    assert checks["author"] == (
        "pass",
        "cited 'Court of Justice of the European Union'; the page's author is the court: 'Court of Justice "
        "of the European Union (Grand Chamber)'",
    )
    # The caption warned against curia's title, `CURIA - Documents` (23% alike).
    assert checks["title"] == (
        "pass",
        "matches 'Data Protection Commissioner v Facebook Ireland Ltd, Maximillian Schrems', the parties the "
        "judgment's heading names",
    )
    assert memo["schrems"]["status"] == "verified"


def test_a_grand_chamber_judgment_is_verified_by_its_chamber_day_and_parties(
    memo: dict[str, dict[str, Any]],
) -> None:
    # The note named no author (`schema` warned) and no title; HUDOC's page, neither.
    checks = checks_by_name(memo["bbw"])
    assert checks["schema"] == ("pass", "url, platform, date and author present")
    assert checks["author"] == (
        "pass",
        "cited 'European Court of Human Rights (Grand Chamber)'; the page's author is the court: 'European "
        "Court of Human Rights (Grand Chamber)'",
    )
    assert checks["date"][0] == "pass"
    assert checks["title"] == (
        "pass",
        "matches 'BIG BROTHER WATCH AND OTHERS v. THE UNITED KINGDOM', the parties the judgment's heading "
        "names",
    )
    assert memo["bbw"]["status"] == "verified"


def test_french_german_and_spanish_decisions_are_held_to_their_headings(
    memo: dict[str, dict[str, Any]],
) -> None:
    cass, bgh, ts = (checks_by_name(memo[label]) for label in ("cass", "bgh", "ts"))
    assert cass["author"] == ("pass", "cited 'Cour de cassation'; the source shows 'Cour de cassation'")
    assert cass["title"] == (
        "pass",
        "the page shows the decision's number the note cites, '23-81.234' (the note gives no title)",
    )
    # `BGH` warned as not the page's `Bundesgerichtshof`.
    assert bgh["author"] == (
        "pass",
        "cited 'BGH', the Bundesgerichtshof; the page's author is the court: 'Bundesgerichtshof'",
    )
    assert bgh["date"] == (
        "pass",
        "the source gives the day 2024-03-12 (the judgment's day, in its heading: 'BUNDESGERICHTSHOF, "
        "Verkündet am: 12. März 2024')",
    )
    assert ts["author"] == (
        "pass",
        "cited 'Tribunal Supremo'; the page's author is the court: 'Tribunal Supremo. Sala de lo Penal'",
    )
    assert ts["date"] == (
        "pass",
        "the source gives the day 2024-03-12 (the judgment's day, in its heading: 'Fecha: 12/03/2024')",
    )
    for label in ("cass", "bgh", "ts"):
        assert memo[label]["status"] == "verified"


def test_another_court_another_decision_or_another_day_is_never_verified(
    memo: dict[str, dict[str, Any]],
) -> None:
    general_court = checks_by_name(memo["general-court"])
    assert general_court["author"] == (
        "warn",
        "cited 'General Court of the European Union'; the page's author is another court: 'Court of Justice "
        "of the European Union (Grand Chamber)': compare by hand",
    )
    assert general_court["title"] == (
        "warn",
        "cited 'Google and Alphabet v Commission'; the judgment's heading names the parties 'Data Protection "
        "Commissioner v Facebook Ireland Ltd, Maximillian Schrems': compare by hand",
    )
    # The same court and day, another decision's number: verified on court and day before.
    assert checks_by_name(memo["other-number"])["title"] == (
        "warn",
        "the note cites the decision numbered '23-81.999' (and no title), a number the page does not show: "
        "compare by hand",
    )
    assert memo["other-number"]["status"] == "unconfirmed"
    assert checks_by_name(memo["chamber-2018"])["date"][0] == "fail"
    assert memo["chamber-2018"]["status"] == "failed"
