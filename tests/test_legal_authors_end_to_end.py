"""`check` of a legal memo's notes whose author is a court or no one, end to end: BAILII judgments are their
courts', named in their headings, and a statute's note names no author.

The servers are local (`--connect-to`), the URLs the real ones.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.check_runs import HTML_HEADERS as HTML
from tests.support.check_runs import checked_on, checks_by_name
from tests.support.servers import FixtureServer, Reply, make_local_ca, path_of

ASSETS = Path(__file__).parent / "assets" / "fact_checker_7"
COURT_OF_APPEAL = "https://www.bailii.org/ew/cases/EWCA/Civ/2024/412.html"
HIGH_COURT = "https://www.bailii.org/ew/cases/EWHC/Comm/2024/611.html"
STATUTE = "https://www.legislation.gov.uk/ukpga/2018/12/section/155"
HOSTS = ("www.bailii.org", "www.legislation.gov.uk")

JUDGMENT = (ASSETS / "bailii_judgment.html").read_text(encoding="utf-8")
# The Commercial Court's judgment as BAILII shows one: its court on a heading's lines of their own.
HIGH_COURT_JUDGMENT = (
    JUDGMENT.replace(
        "Northgate Data Ltd v Information Commissioner", "Harbourline Shipping Ltd v Port Amal Authority"
    )
    .replace("[2024] EWCA Civ 412 (24 April 2024)", "[2024] EWHC 611 (Comm) (3 March 2024)")
    .replace(
        "IN THE COURT OF APPEAL (CIVIL DIVISION)<BR>ON APPEAL FROM THE UPPER TRIBUNAL (ADMINISTRATIVE "
        "APPEALS CHAMBER)",
        "IN THE HIGH COURT OF JUSTICE<BR>BUSINESS AND PROPERTY COURTS OF ENGLAND AND WALES<BR>KING'S BENCH "
        "DIVISION<BR>COMMERCIAL COURT (KBD)",
    )
)

MEMO = f"""# Memorandum: the penalty, the appeal and the charter

1. The Court of Appeal held that "the failure to encrypt the backup server was a serious
infringement".[^ca] So it did.[^ca-written-out]

2. The Commercial Court held the same of a shipping register.[^hc] A note leaves out its division.[^hc-bare]

3. A note giving the judgment another division's citation.[^wrong-division]

4. Section 155 allows the Commissioner to "require the person to pay to the Commissioner an amount in
sterling specified in the notice".[^statute] A note names another Act.[^other-act]

[^ca]: Northgate Data Ltd v Information Commissioner [2024] EWCA Civ 412, 24 April 2024, {COURT_OF_APPEAL}
[^ca-written-out]: Court of Appeal, Northgate Data Ltd v Information Commissioner, 24 April 2024, {COURT_OF_APPEAL}
[^hc]: Harbourline Shipping Ltd v Port Amal Authority [2024] EWHC 611 (Comm), 3 March 2024, {HIGH_COURT}
[^hc-bare]: Harbourline Shipping Ltd v Port Amal Authority [2024] EWHC 611, 3 March 2024, {HIGH_COURT}
[^wrong-division]: R v Northgate Data Ltd [2024] EWCA Crim 412, 24 April 2024, {COURT_OF_APPEAL}
[^statute]: Data Protection Act 2018, s. 155(1), legislation.gov.uk, as in force on 1 January 2024, {STATUTE}
[^other-act]: Freedom of Information Act 2000, s. 1, as in force on 1 January 2024, {STATUTE}
"""  # noqa: E501


@pytest.fixture(scope="module")
def memo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder = tmp_path_factory.mktemp("legal-authors")
    ca = make_local_ca(folder, HOSTS)
    routes: dict[str, Any] = {
        path_of(COURT_OF_APPEAL): Reply(body=JUDGMENT.encode(), headers=HTML),
        path_of(HIGH_COURT): Reply(body=HIGH_COURT_JUDGMENT.encode(), headers=HTML),
        path_of(STATUTE): Reply(body=(ASSETS / "legislation_section.html").read_bytes(), headers=HTML),
    }
    report = folder / "memo.md"
    report.write_text(MEMO, encoding="utf-8")
    with FixtureServer(routes, tls=ca) as server:
        return checked_on(report, server, ca, HOSTS)


def test_a_note_naming_the_court_a_judgment_s_heading_names_passes_author(
    memo: dict[str, dict[str, Any]],
) -> None:
    # Each warned "no author found in the capture": BAILII's page names the court only in its heading.
    heading = "'IN THE COURT OF APPEAL (CIVIL DIVISION)'"
    assert checks_by_name(memo["ca"])["author"] == (
        "pass",
        f"cited 'Court of Appeal (Civil Division)'; the judgment's heading names its court: {heading}",
    )
    assert checks_by_name(memo["ca-written-out"])["author"] == (
        "pass",
        f"cited 'Court of Appeal'; the judgment's heading names its court: {heading}",
    )
    author, detail = checks_by_name(memo["hc"])["author"]
    assert author == "pass", detail
    assert detail.startswith("cited 'High Court of Justice (Commercial Court)'; the judgment's heading names")
    for label in ("ca", "ca-written-out", "hc"):
        assert checks_by_name(memo[label])["date"][0] == "pass"


def test_a_note_naming_another_division_than_the_heading_s_warns(memo: dict[str, dict[str, Any]]) -> None:
    assert checks_by_name(memo["wrong-division"])["author"] == (
        "warn",
        "cited 'Court of Appeal (Criminal Division)'; the judgment's heading names another court: 'IN THE "
        "COURT OF APPEAL (CIVIL DIVISION)': compare by hand",
    )
    assert memo["wrong-division"]["status"] == "unconfirmed"


def test_a_judgment_cited_by_its_caption_and_bailii_s_neutral_citation_passes_title(
    memo: dict[str, dict[str, Any]],
) -> None:
    # Each warned "only part of the page's title": BAILII's title gives the caption, the citation and the day.
    for label, left_aside in (
        ("ca", "'[2024] EWCA Civ 412' and the judgment's day '24 April 2024'"),
        ("hc", "'[2024] EWHC 611 (Comm)' and the judgment's day '3 March 2024'"),
    ):
        title, detail = checks_by_name(memo[label])["title"]
        assert title == "pass", detail
        assert f"left aside: the note's own neutral citation {left_aside}" in detail
        assert memo[label]["status"] == "verified"
    # A note giving another citation than the page's, or none, leaves the caption only part of the title.
    for label in ("wrong-division", "ca-written-out"):
        assert checks_by_name(memo[label])["title"][0] == "warn"
        assert memo[label]["status"] == "unconfirmed"


def test_a_neutral_citation_without_its_division_verifies_the_judgment_whose_title_gives_it(
    memo: dict[str, dict[str, Any]],
) -> None:
    # `[2024] EWHC 611` warned on BAILII's `[2024] EWHC 611 (Comm)`: the year, court and number are the same
    # judgment's; the division the note leaves out is named.
    checks = checks_by_name(memo["hc-bare"])
    title, detail = checks["title"]
    assert title == "pass", detail
    assert "neutral citation '[2024] EWHC 611 (Comm)', the note's own '[2024] EWHC 611' with the" in detail
    assert checks["author"][0] == checks["date"][0] == "pass"
    assert memo["hc-bare"]["status"] == "verified"


def test_a_statute_s_note_names_no_author_to_hold_its_page_to(memo: dict[str, dict[str, Any]]) -> None:
    # The Act's name was the author, and the page's publisher ("Statute Law Database") was held to it.
    checks = checks_by_name(memo["statute"])
    assert checks["author"] == (
        "skip",
        "the note cites legislation ('Data Protection Act 2018'), which names no author: none to compare",
    )
    assert checks["date"][0] == checks["quote"][0] == "pass"
    assert memo["statute"]["status"] != "verified"


def test_a_statute_s_name_is_held_to_the_title_of_its_page(memo: dict[str, dict[str, Any]]) -> None:
    # `title` skipped ("the citation gives no title"): a page of another Act passed every check the note
    # could be held to.
    assert checks_by_name(memo["statute"])["title"] == (
        "pass",
        "matches 'Data Protection Act 2018', the legislation the note cites, in the page's title 'Data "
        "Protection Act 2018, Section 155'; the part it shows, section 155, is the note's",
    )
    assert checks_by_name(memo["other-act"])["title"] == (
        "warn",
        "the note cites 'Freedom of Information Act 2000'; the page's title 'Data Protection Act 2018, "
        "Section 155' names 'Data Protection Act 2018': another instrument? Compare by hand",
    )
    assert memo["other-act"]["status"] == "unconfirmed"
