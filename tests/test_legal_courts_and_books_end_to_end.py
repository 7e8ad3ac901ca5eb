"""`check` of a lawyer's memo whose notes name a court in words, cite Canada's Supreme Court Reports and a
book on a statute, end to end against BAILII, CanLII and a publisher's pages.

The servers are local (`--connect-to`), the URLs the real ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.check_runs import HTML_HEADERS as HTML
from tests.support.check_runs import checked_on, checks_by_name
from tests.support.servers import FixtureServer, Reply, make_local_ca, path_of

ASSETS = Path(__file__).parent / "assets"
COURT_OF_APPEAL = "https://www.bailii.org/ew/cases/EWCA/Civ/2024/412.html"
SUPREME_COURT_OF_CANADA = "https://www.canlii.org/en/ca/scc/doc/2019/2019scc41/2019scc41.html"
BOOK = "https://www.harrowgate.example/law/smith-on-the-data-protection-act-2018"
HOSTS = ("www.bailii.org", "www.canlii.org", "www.harrowgate.example")

MEMO = f"""# Memorandum: delay, penalties and the commentary

1. The Court of Appeal upheld the penalty.[^ca-in-words] A note naming another court.[^other-court]

2. Delay of this length is presumptively unreasonable.[^scc] So the Court held.[^scr] On that day.[^scc-dated]

3. Smith reads section 155 so.[^book]

[^ca-in-words]: Northgate Data Ltd v Information Commissioner (Court of Appeal, 24 April 2024), {COURT_OF_APPEAL}
[^other-court]: Northgate Data Ltd v Information Commissioner (High Court, 24 April 2024), {COURT_OF_APPEAL}
[^scc]: R v Thornbury, 2019 SCC 41, [2019] 3 SCR 212, {SUPREME_COURT_OF_CANADA}
[^scr]: R v Thornbury, [2019] 3 SCR 212, {SUPREME_COURT_OF_CANADA}
[^scc-dated]: R v Thornbury, 2019 SCC 41, 11 October 2019, {SUPREME_COURT_OF_CANADA}
[^book]: Smith on the Data Protection Act 2018, s. 155, 2nd edn, 15 June 2023, {BOOK}
"""  # noqa: E501


@pytest.fixture(scope="module")
def memo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("legal-courts-books")
    ca = make_local_ca(folder, HOSTS)
    routes: dict[str, Any] = {
        path_of(COURT_OF_APPEAL): Reply(
            body=(ASSETS / "fact_checker_7" / "bailii_judgment.html").read_bytes(), headers=HTML
        ),
        path_of(SUPREME_COURT_OF_CANADA): Reply(
            body=(ASSETS / "legal66" / "canlii_scc_judgment.html").read_bytes(), headers=HTML
        ),
        path_of(BOOK): Reply(body=(ASSETS / "legal66" / "book_page.html").read_bytes(), headers=HTML),
    }
    report = folder / "memo.md"
    report.write_text(MEMO, encoding="utf-8")
    with FixtureServer(routes, tls=ca) as server:
        return checked_on(report, server, ca, HOSTS)


def test_a_court_named_in_words_beside_the_day_is_held_to_the_judgment_s_heading(
    memo: dict[str, dict[str, Any]],
) -> None:
    # `(Court of Appeal, 24 April 2024)` named the court `Court of Appeal, 24 April`, which warned as another
    # court than the heading's.
    heading = "'IN THE COURT OF APPEAL (CIVIL DIVISION)'"
    checks = checks_by_name(memo["ca-in-words"])
    assert checks["author"] == (
        "pass",
        f"cited 'Court of Appeal'; the judgment's heading names its court: {heading}",
    )
    assert checks["date"][0] == "pass"
    assert checks_by_name(memo["other-court"])["author"] == (
        "warn",
        f"cited 'High Court'; the judgment's heading names another court: {heading}: compare by hand",
    )


def test_the_supreme_court_reports_name_the_court_canlii_s_judgment_heading_names(
    memo: dict[str, dict[str, Any]],
) -> None:
    # `[2019] 3 SCR 212` alone named no court: `schema` failed the note for no author, and CanLII's page,
    # read as any web page, named none either ("no author found in the capture").
    for label in ("scc", "scr"):
        checks = checks_by_name(memo[label])
        assert checks["author"] == (
            "pass",
            "cited 'Supreme Court of Canada'; the judgment's heading names its court: 'SUPREME COURT OF "
            "CANADA'",
        )
        assert checks["schema"][0] == "warn"  # dated to the year only, as the note gives it
        assert checks["date"] == (
            "pass",
            "the source gives the day 2019-10-11, within 2019 as cited (the note gives the year, not the "
            "day)",
        )
        # CanLII's title gives the caption beside its citations: each warned as another title (38% alike).
        title, detail = checks["title"]
        assert title == "pass", detail
        assert "matches 'R. v. Thornbury', the judgment's caption in the page's title" in detail
        assert memo[label]["status"] == "unconfirmed"


def test_a_canadian_judgment_cited_by_caption_citation_and_day_is_verified(
    memo: dict[str, dict[str, Any]],
) -> None:
    checks = checks_by_name(memo["scc-dated"])
    for name in ("schema", "date", "author", "title"):
        assert checks[name][0] == "pass", checks[name]
    assert memo["scc-dated"]["status"] == "verified"


def test_a_book_on_a_statute_is_held_to_its_writer_and_its_name(memo: dict[str, dict[str, Any]]) -> None:
    # Read as the Act: `schema` warned that legislation names no author, `author` and `title` skipped.
    checks = checks_by_name(memo["book"])
    assert checks["schema"] == ("pass", "url, platform, date and author present")
    assert checks["title"] == ("pass", "matches 'Smith on the Data Protection Act 2018'")
    status, detail = checks["author"]
    assert status == "warn" and detail.startswith("cited 'Smith', only the family name of 'Eleanor Smith'")
    assert checks["date"][0] == "pass"
