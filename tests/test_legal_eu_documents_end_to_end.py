"""`check` of a memo citing an EU case's judgment and its Advocate General's opinion, end to end against
EUR-Lex's pages of each (CELEX `62021CJ0418`, `62021CC0418`): a note is held to the kind of document it cites.
And a Strasbourg judgment on HUDOC captured without a browser: its frame says to check again with one.

Before, the opinion's page was read as the Court of Justice's, dated by a judgment its text cites (`the
judgment of the Court of 28 October 2020`), and a note citing the judgment against the opinion's page
passed `title` on the parties and `author` on the court, as did the reverse. The servers are local
(`--connect-to`), the URLs the real ones; the markup is written from memory of EUR-Lex's shape (its
`translatedTitle`, curia's `C19Centre` heading lines), the parties, people and numbers made up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.check_runs import HTML_HEADERS as HTML
from tests.support.check_runs import checked_on, checks_by_name
from tests.support.servers import FixtureServer, Reply, make_local_ca, path_of

ASSETS = Path(__file__).parent / "assets" / "legal69"
OPINION = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62021CC0418"
JUDGMENT = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62021CJ0418"
HUDOC = "https://hudoc.echr.coe.int/eng?i=001-228114"
HOSTS = ("eur-lex.europa.eu", "hudoc.echr.coe.int")
CASE = "Case C-418/21 Lumenhaus GmbH v Bundesamt für Güterverkehr"

MEMO = f"""# Memorandum: tolls by weight class

1. The Advocate General proposed that a charge by weight class alone is lawful.[^opinion]

2. The Court agreed.[^judgment]

3. Not on this page.[^judgment-on-opinion] Nor here.[^opinion-on-judgment] Nor here.[^case-on-opinion]

4. Strasbourg held likewise.[^hudoc]

[^opinion]: {CASE}, Opinion of Advocate General Varela, 8 September 2022, {OPINION}
[^judgment]: {CASE}, Judgment of the Court (Grand Chamber), 14 March 2023, {JUDGMENT}
[^judgment-on-opinion]: {CASE}, Judgment of the Court (Grand Chamber), 14 March 2023, {OPINION}
[^opinion-on-judgment]: {CASE}, Opinion of Advocate General Varela, 14 March 2023, {JUDGMENT}
[^case-on-opinion]: {CASE}, 8 September 2022, {OPINION}
[^hudoc]: Lumenhaus GmbH v. Germany, no. 41877/21, 14 May 2024, {HUDOC}
"""


@pytest.fixture(scope="module")
def memo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("legal-eu-documents")
    ca = make_local_ca(folder, HOSTS)
    routes: dict[str, Any] = {
        path_of(OPINION): Reply(body=(ASSETS / "eurlex_opinion.html").read_bytes(), headers=HTML),
        path_of(JUDGMENT): Reply(body=(ASSETS / "eurlex_judgment.html").read_bytes(), headers=HTML),
        path_of(HUDOC): Reply(body=(ASSETS / "hudoc_shell.html").read_bytes(), headers=HTML),
    }
    report = folder / "memo.md"
    report.write_text(MEMO, encoding="utf-8")
    with FixtureServer(routes, tls=ca) as server:
        return checked_on(report, server, ca, HOSTS)


def test_an_advocate_general_s_opinion_is_dated_by_its_delivery_and_titled_by_its_parties(
    memo: dict[str, dict[str, Any]],
) -> None:
    checks = checks_by_name(memo["opinion"])
    # Its day was the 28 October 2020 of a judgment its text cites.
    assert checks["date"] == (
        "pass",
        "the source gives the day 2022-09-08 (the opinion's day, in its heading: 'Opinion of Advocate "
        "General Varela delivered on 8 September 2022')",
    )
    assert checks["title"] == (
        "pass",
        "matches 'Lumenhaus GmbH v Bundesamt für Güterverkehr', the parties the opinion's heading names",
    )
    # The note's court (its case number's) is not the Advocate General the page names, whom the note names.
    assert checks["author"] == (
        "pass",
        "the note cites Advocate General Varela's opinion, which the page is (its CELEX number, 62021CC0418)",
    )
    assert memo["opinion"]["status"] == "verified"


def test_the_judgment_cited_on_its_own_page_is_verified(memo: dict[str, dict[str, Any]]) -> None:
    assert memo["judgment"]["status"] == "verified"


def test_a_judgment_cited_on_the_opinion_s_page_is_never_verified(memo: dict[str, dict[str, Any]]) -> None:
    checks = checks_by_name(memo["judgment-on-opinion"])
    said = (
        "the page is an Advocate General's opinion (its CELEX number, 62021CC0418), not the court's judgment "
        "the note cites: cite that document's own page (CELEX 62021CJ0418)"
    )
    assert checks["title"] == (
        "warn",
        f"matches 'Lumenhaus GmbH v Bundesamt für Güterverkehr', the parties the opinion's heading names; "
        f"{said}",
    )
    assert checks["author"][0] in ("warn", "fail")
    assert said in checks["author"][1]
    assert checks["date"][0] == "fail"  # the opinion was delivered on 8 September 2022
    assert memo["judgment-on-opinion"]["status"] == "failed"


def test_an_opinion_cited_on_the_judgment_s_page_is_never_verified(memo: dict[str, dict[str, Any]]) -> None:
    checks = checks_by_name(memo["opinion-on-judgment"])
    said = (
        "the page is the court's judgment (its CELEX number, 62021CJ0418), not an Advocate General's opinion "
        "the note cites: cite that document's own page (CELEX 62021CC0418)"
    )
    assert checks["title"][0] == "warn" and checks["title"][1].endswith(said)
    # The judgment's day, which the note gives: `date` passes, and the court was the note's author.
    assert checks["date"][0] == "pass"
    assert checks["author"] == (
        "warn",
        "cited 'Court of Justice of the European Union'; the page's author is the court: 'Court of Justice "
        f"of the European Union (Grand Chamber)'; {said}",
    )
    assert memo["opinion-on-judgment"]["status"] == "unconfirmed"


def test_a_case_cited_by_its_caption_alone_is_not_its_advocate_general_s_opinion(
    memo: dict[str, dict[str, Any]],
) -> None:
    # A case cited by its number and parties is the court's decision: the opinion's page passed `title` on
    # its parties, and the opinion's day, which the note gives, passed `date`.
    checks = checks_by_name(memo["case-on-opinion"])
    said = (
        "the page is an Advocate General's opinion (its CELEX number, 62021CC0418), not the court's decision "
        "the note cites: cite that document's own page (CELEX 62021CJ0418)"
    )
    assert checks["title"][0] == "warn" and checks["title"][1].endswith(said)
    assert memo["case-on-opinion"]["status"] != "verified"


def test_hudoc_captured_without_a_browser_says_to_check_with_one(memo: dict[str, dict[str, Any]]) -> None:
    # HUDOC's frame, as received, holds no judgment: `captured` named only the site's banner.
    captured = checks_by_name(memo["hudoc"])["captured"]
    assert captured[0] == "fail"
    assert captured[1].startswith(
        "script shell: the page shows 'HUDOC European Court of Human Rights' until its scripts run; check "
        "again with --browser, which runs HUDOC's scripts and reads the judgment;"
    )
    assert memo["hudoc"]["status"] == "failed"
