"""`check` of a memo citing United States state courts' opinions as the courts publish them, PDFs on their own
sites, end to end: each is read for the court its first page's heading names and the day it was filed.

Before, such a PDF was read as any document: its text, no author and no day (its /CreationDate is the file's),
so a note citing the opinion by its court and day stayed unconfirmed, and one citing another day was never
contradicted. Its caption is read too, and held to the note's, by the parties' surnames as captions cite
them: the court and the day alone would confirm any of the opinions it filed that day. The servers are
local (`--connect-to`), the URLs the real ones' shapes; the PDFs are made byte by byte after the shape of an
Illinois Supreme Court opinion (its heading centred over four lines, `Opinion filed …`) and a California
Court of Appeal's (`Filed 3/12/24` above its heading); parties, judges and numbers made up.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.check_runs import checked_on, checks_by_name
from tests.support.pdfs import one_page_pdf
from tests.support.servers import FixtureServer, Reply, make_local_ca, path_of

ILLINOIS = "https://www.illinoiscourts.gov/resources/5f0c2a9e-1b7d-4c3e-9a51-2d8e7f6b4c10/file"
CALIFORNIA = "https://www.courts.ca.gov/opinions/documents/B329114.PDF"
HOSTS = ("www.illinoiscourts.gov", "www.courts.ca.gov")
PDF = (("Content-Type", "application/pdf"),)


def page_of_lines(*lines: str) -> bytes:
    """A one-page PDF showing `lines`, one under another."""
    shown = b" 0 -16 Td ".join(b"(%s) Tj" % line.encode("latin-1") for line in lines)
    return one_page_pdf(b"BT /F1 11 Tf 72 740 Td " + shown + b" ET")


ILLINOIS_OPINION = page_of_lines(
    "2024 IL 128012",
    "IN THE",
    "SUPREME COURT",
    "OF",
    "THE STATE OF ILLINOIS",
    "(Docket No. 128012)",
    "THE PEOPLE OF THE STATE OF ILLINOIS, Appellee, v. DARNELL OKAFOR, Appellant.",
    "Opinion filed March 21, 2024.",
    "JUSTICE HALVERSEN delivered the judgment of the court, with opinion.",
    "The defendant's notice of appeal, filed May 3, 2022, raised one issue.",
)
CALIFORNIA_OPINION = page_of_lines(
    "Filed 3/12/24",
    "CERTIFIED FOR PUBLICATION",
    "IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA",
    "SECOND APPELLATE DISTRICT",
    "DIVISION FOUR",
    "MARISOL QUINTERO, Plaintiff and Appellant, v. HARBORVIEW LOGISTICS, INC., Defendant and Respondent.",
    "B329114 (Los Angeles County Super. Ct. No. 21STCV40112)",
    "APPEAL from a judgment of the Superior Court of Los Angeles County. Reversed.",
)

MEMO = f"""# Memorandum: two state courts

1. The Illinois Supreme Court reversed.[^illinois] So did the Court of Appeal.[^california]

2. Not on this day.[^illinois-wrong-day] Nor in this case.[^other-case]

[^illinois]: People v. Okafor, 2024 IL 128012, March 21, 2024, <{ILLINOIS}>
[^california]: Quintero v. Harborview Logistics, 98 Cal. App. 5th 1021 (Mar. 12, 2024), <{CALIFORNIA}>
[^illinois-wrong-day]: People v. Okafor, 2024 IL 128012, May 3, 2022, <{ILLINOIS}>
[^other-case]: People v. Brandt, 2024 IL 128012, March 21, 2024, <{ILLINOIS}>

3. The district that decided it.[^second] Not another's.[^fourth]

[^second]: Quintero v. Harborview Logistics, Inc. (Cal. Ct. App. 2d Dist. Mar. 12, 2024), <{CALIFORNIA}>
[^fourth]: Quintero v. Harborview Logistics, Inc. (Cal. Ct. App. 4th Dist., Div. 1, 2024), <{CALIFORNIA}>
"""


@pytest.fixture(scope="module")
def memo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    folder: Path = tmp_path_factory.mktemp("legal-state-court-pdfs")
    ca = make_local_ca(folder, HOSTS)
    routes: dict[str, Any] = {
        path_of(ILLINOIS): Reply(body=ILLINOIS_OPINION, headers=PDF),
        path_of(CALIFORNIA): Reply(body=CALIFORNIA_OPINION, headers=PDF),
    }
    report = folder / "memo.md"
    report.write_text(MEMO, encoding="utf-8")
    with FixtureServer(routes, tls=ca) as server:
        return checked_on(report, server, ca, HOSTS)


def test_a_state_supreme_court_s_pdf_is_its_court_s_of_the_day_it_was_filed(
    memo: dict[str, dict[str, Any]],
) -> None:
    checks = checks_by_name(memo["illinois"])
    # No author and no day were read: both warned.
    assert checks["author"] == (
        "pass",
        "cited 'Supreme Court of Illinois'; the judgment's heading names its court: 'IN THE SUPREME COURT OF "
        "THE STATE OF ILLINOIS'",
    )
    assert checks["date"] == (
        "pass",
        "the source gives the day 2024-03-21 (the opinion's day, on its first page: 'Opinion filed March 21, "
        "2024')",
    )
    # The caption on its first page, which the note cites as captions are cited.
    assert checks["title"] == (
        "pass",
        "matches 'THE PEOPLE OF THE STATE OF ILLINOIS v. DARNELL OKAFOR', the parties the opinion's first "
        "page names, as a caption cites them (by surname, the State or the People by that word)",
    )
    assert memo["illinois"]["status"] == "verified"


def test_a_court_of_appeal_s_pdf_is_its_court_s_of_its_filing_day(memo: dict[str, dict[str, Any]]) -> None:
    checks = checks_by_name(memo["california"])
    assert checks["author"] == (
        "pass",
        "cited 'Court of Appeal of California'; the judgment's heading names its court: 'IN THE COURT OF "
        "APPEAL OF THE STATE OF CALIFORNIA / SECOND APPELLATE DISTRICT / DIVISION FOUR'",
    )
    assert checks["date"] == (
        "pass",
        "the source gives the day 2024-03-12 (the opinion's day, on its first page: 'Filed 3/12/24')",
    )
    assert memo["california"]["status"] == "verified"


def test_a_note_citing_another_day_fails_and_a_filing_the_opinion_tells_of_dates_nothing(
    memo: dict[str, dict[str, Any]],
) -> None:
    # The notice of appeal's day (`filed May 3, 2022`, within a line) is not the opinion's.
    checks = checks_by_name(memo["illinois-wrong-day"])
    assert checks["date"][0] == "fail"
    assert "2024-03-21" in checks["date"][1]
    assert memo["illinois-wrong-day"]["status"] == "failed"


def test_another_case_of_the_same_court_and_day_is_not_verified(memo: dict[str, dict[str, Any]]) -> None:
    # A court files several opinions a day: its court and its day confirm no case.
    checks = checks_by_name(memo["other-case"])
    assert checks["title"] == (
        "warn",
        "cited 'People v. Brandt'; the opinion's first page names the parties 'THE PEOPLE OF THE STATE OF "
        "ILLINOIS v. DARNELL OKAFOR': compare by hand",
    )
    assert memo["other-case"]["status"] == "unconfirmed"


def test_a_note_naming_the_court_s_district_passes_on_the_heading_s_district(
    memo: dict[str, dict[str, Any]],
) -> None:
    # The district was no part of the heading (its line has no `DIVISION`), and `Cal. Ct. App. 2d Dist.`
    # was compared as a name; the caption's `Harborview Logistics, Inc.` ended the case at its comma, and
    # `Quintero v. Harborview Logistics` was the note's author.
    checks = checks_by_name(memo["second"])
    assert checks["author"] == (
        "pass",
        "cited 'Court of Appeal of California (Second Appellate District)'; the judgment's heading names its "
        "court: 'IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA / SECOND APPELLATE DISTRICT / DIVISION "
        "FOUR'",
    )
    assert checks["title"][0] == "pass"
    assert memo["second"]["status"] == "verified"


def test_a_note_naming_another_district_does_not_pass(memo: dict[str, dict[str, Any]]) -> None:
    checks = checks_by_name(memo["fourth"])
    assert checks["author"] == (
        "warn",
        "cited 'Court of Appeal of California (Fourth Appellate District, Division One)'; the judgment's "
        "heading names another court: 'IN THE COURT OF APPEAL OF THE STATE OF CALIFORNIA / SECOND APPELLATE "
        "DISTRICT / DIVISION FOUR': compare by hand",
    )
    assert memo["fourth"]["status"] == "unconfirmed"
