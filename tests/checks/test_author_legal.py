"""`author` on legal sources: a judgment is its court's, which its heading names, and a note citing
legislation names no author, which the check says rather than holding a statute's page to the statute's
name."""

from __future__ import annotations

from pathlib import Path

import pytest

import provenance.checks.author as author_check
from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.citations import parse_citation
from provenance.extractors import extract_source, judgments
from provenance.models import Capture, CaptureOutcome, Footnote, Platform, SourcePost
from tests.extractors.support import answer

ASSETS = Path(__file__).parent.parent / "assets" / "fact_checker_7"
BAILII = "https://www.bailii.org/ew/cases/EWCA/Civ/2024/412.html"
STATUTE = "https://www.legislation.gov.uk/ukpga/2018/12/section/155"
JUDGMENT = (ASSETS / "bailii_judgment.html").read_text(encoding="utf-8")
SECTION = (ASSETS / "legislation_section.html").read_text(encoding="utf-8")
# A High Court judgment's heading, its division on lines of their own as BAILII shows them.
HIGH_COURT = JUDGMENT.replace(
    "IN THE COURT OF APPEAL (CIVIL DIVISION)<BR>ON APPEAL FROM THE UPPER TRIBUNAL (ADMINISTRATIVE APPEALS "
    "CHAMBER)",
    "IN THE HIGH COURT OF JUSTICE<BR>BUSINESS AND PROPERTY COURTS OF ENGLAND AND WALES<BR>KING'S BENCH "
    "DIVISION<BR>COMMERCIAL COURT (KBD)",
)


def _outcome(url: str) -> CaptureOutcome:
    """A capture of `url` answered 200."""
    return CaptureOutcome(
        url=url,
        capture=Capture(
            url=url, final_url=url, http_status=200, warc="a.warc.gz", warc_sha256="0" * 64, records=(),
            ip=None, started_at="2026-01-01T00:00:00.000Z", finished_at="2026-01-01T00:00:01.000Z", bytes=10,
            truncated=False,
        ),
    )  # fmt: skip


def _author_checked(note: str, source: SourcePost) -> tuple[str, str]:
    """The author check's status and detail of the note `note` citing `source`, captured."""
    footnote = Footnote(label="1", text=note, line=9, urls=(source.url,))
    given = CheckInput(
        footnote=footnote,
        citation=parse_citation(footnote).citation,
        outcome=_outcome(source.url),
        live=source,
        source=source,
    )
    result = check_author(given)
    return result.status, result.detail


def _checked(note: str, url: str, html: str) -> tuple[str, str]:
    return _author_checked(note, extract_source(url, (answer(url, html),)))


@pytest.mark.parametrize(
    "note",
    [
        # The neutral citation's court by its name, and the court written out, shorter.
        f"Northgate Data Ltd v Information Commissioner [2024] EWCA Civ 412, 24 April 2024, {BAILII}",
        f"Court of Appeal, Northgate Data Ltd v Information Commissioner, 24 April 2024, {BAILII}",
    ],
)
def test_a_note_naming_the_court_a_judgment_s_heading_names_passes(note: str) -> None:
    # Read as a web page with no author, it warned: "no author found in the capture".
    status, detail = _checked(note, BAILII, JUDGMENT)
    assert status == "pass"
    assert detail.endswith(
        "; the judgment's heading names its court: 'IN THE COURT OF APPEAL (CIVIL DIVISION)'"
    )


def test_a_high_court_division_passes_on_the_heading_s_lines_naming_it() -> None:
    note = f"Harbourline Shipping Ltd v Port Amal Authority [2024] EWHC 611 (Comm), {BAILII}"
    status, detail = _checked(note, BAILII, HIGH_COURT)
    assert status == "pass", detail
    assert "COMMERCIAL COURT (KBD)" in detail


@pytest.mark.parametrize(
    "note",
    [
        # Another court, another division: never passed on the heading.
        f"Northgate Data Ltd v Information Commissioner [2024] UKSC 12, {BAILII}",
        f"R v Northgate Data Ltd [2024] EWCA Crim 412, {BAILII}",
    ],
)
def test_a_note_naming_another_court_than_the_heading_s_does_not_pass(note: str) -> None:
    status, detail = _checked(note, BAILII, JUDGMENT)
    assert status == "warn", detail
    assert detail.endswith(
        "; the judgment's heading names another court: 'IN THE COURT OF APPEAL (CIVIL DIVISION)': compare "
        "by hand"
    )


def test_a_us_supreme_court_opinion_s_heading_names_the_court_its_reporter_does() -> None:
    heading = "Supreme Court of the United States"
    source = SourcePost(
        platform=Platform.WEB,
        url=BAILII,
        author=heading,
        fields={author_check.COURT_HEADING: heading.upper()},
    )
    footnote = Footnote(label="1", text=f"Roe v Wade, 410 U.S. 113 (1973), {BAILII}", line=9, urls=(BAILII,))
    given = CheckInput(
        footnote=footnote,
        citation=parse_citation(footnote).citation,
        outcome=None,
        live=source,
        source=source,
    )
    result = check_author(given)
    assert (result.status, result.cited) == ("pass", "U.S. Supreme Court")


@pytest.mark.parametrize(
    ("cited", "named"),
    [
        ("Court of Appeal (Civil Division)", True),
        ("Court of Appeal", True),
        ("court of appeal (civil division)", True),
        ("Court of Appeal (Criminal Division)", False),
        ("Court", None),
        ("Lord Justice Arnold", None),
        ("Appeal (Civil Division)", None),
        ("Supreme Court of the United Kingdom", False),
    ],
)
def test_only_the_heading_s_court_is_named(cited: str, named: bool | None) -> None:
    # None: no court's name, compared as any other name.
    assert author_check._names_the_court(cited, "IN THE COURT OF APPEAL (CIVIL DIVISION)") is named


def test_the_heading_field_is_the_one_the_extractor_writes() -> None:
    assert author_check.COURT_HEADING == judgments.COURT_HEADING


def test_a_statute_s_page_is_not_held_to_the_statute_s_name() -> None:
    # The Act's name was the note's author: "cited 'Data Protection Act 2018'; the source shows 'Statute Law
    # Database'" warned as of a byline.
    note = (
        f"Data Protection Act 2018, s. 155(1), legislation.gov.uk, as in force on 1 January 2024, {STATUTE}"
    )
    assert _checked(note, STATUTE, SECTION) == (
        "skip",
        "the note cites legislation ('Data Protection Act 2018'), which names no author: none to compare",
    )


def test_the_court_s_name_is_compared_in_bounded_time_on_a_hostile_heading() -> None:
    import time

    hostile = "IN THE COURT " + "OF APPEAL (" * 30_000
    started = time.process_time()
    author_check._names_the_court("Court of Appeal (Civil Division)" * 3_000, hostile)
    assert time.process_time() - started < 1.0


_COURT_S_PAGE = "https://www.judiciary.example/judgments/smith-v-jones"


def _checked_by_author(note: str, shown: str) -> tuple[str, str]:
    """The author check of `note` on a court's page whose author is `shown` and that has no court heading."""
    page = SourcePost(
        platform=Platform.WEB, url=_COURT_S_PAGE, author=shown, title="Smith v Jones", text="Judgment."
    )
    return _author_checked(f"{note}, {_COURT_S_PAGE}", page)


def test_a_court_named_in_words_passes_on_a_page_whose_author_is_that_court() -> None:
    # `High Court` warned as only a part of the byline `High Court of Justice`.
    assert _checked_by_author("Smith v Jones (High Court, 3 March 2024)", "High Court of Justice") == (
        "pass",
        "cited 'High Court'; the page's author is the court: 'High Court of Justice'",
    )


@pytest.mark.parametrize(
    ("note", "shown"),
    [
        ("Smith v Jones (Court of Appeal, 3 March 2024)", "High Court of Justice"),
        # A division the page's author does not name: compared as names, the division was dropped.
        ("Smith v Jones [2024] EWCA Crim 5", "Court of Appeal (Civil Division)"),
    ],
)
def test_another_court_than_the_page_s_author_warns(note: str, shown: str) -> None:
    status, detail = _checked_by_author(note, shown)
    assert status == "warn" and detail.endswith(
        f"the page's author is another court: {shown!r}: compare by hand"
    )


def test_a_page_whose_author_is_no_court_is_compared_as_before() -> None:
    status, detail = _checked_by_author("Smith v Jones (High Court, 3 March 2024)", "Lina Haddad")
    assert "the page's author is" not in detail and status != "pass"


def test_a_court_cited_by_its_abbreviation_passes_on_its_own_page_and_no_other() -> None:
    # `BGH` warned as not the page's `Bundesgerichtshof`, the name the court's site heads its decisions with.
    assert _checked_by_author(
        "BGH, Urteil vom 12. M\u00e4rz 2024 \u2013 VI ZR 123/23", "Bundesgerichtshof"
    ) == (
        "pass",
        "cited 'BGH', the Bundesgerichtshof; the page's author is the court: 'Bundesgerichtshof'",
    )
    assert _checked_by_author(
        "CJEU, 16 July 2020", "Court of Justice of the European Union (Grand Chamber)"
    ) == (
        "pass",
        "cited 'CJEU', the Court of Justice of the European Union; the page's author is the court: 'Court of "
        "Justice of the European Union (Grand Chamber)'",
    )
    # Another court's page, or a name that only opens with the court's: compared as names, never passed.
    assert _checked_by_author("BGH, Urteil vom 12. M\u00e4rz 2024", "Bundesverfassungsgericht")[0] != "pass"
    assert (
        _checked_by_author("BGH, Urteil vom 12. M\u00e4rz 2024", "Bundesgerichtshofverein e.V.")[0] != "pass"
    )


def test_a_grand_chamber_judgment_cited_against_a_section_s_warns() -> None:
    note = "Halvorsen v. Norway [GC], no. 12345/19, 4 March 2024"
    assert _checked_by_author(note, "European Court of Human Rights (Grand Chamber)")[0] == "pass"
    assert _checked_by_author(note, "European Court of Human Rights (First Section)") == (
        "warn",
        "cited 'European Court of Human Rights (Grand Chamber)'; the page's author is another court: "
        "'European Court of Human Rights (First Section)': compare by hand",
    )


_STATE_OPINION = "https://www.courtlistener.com/opinion/9912345/people-v-smith/"
_STATE_OPINION_HTML = """<!DOCTYPE html><html><head>
<title>People v. Smith, 2024 IL 128012 &ndash; CourtListener.com</title>
</head><body><div id="opinion-content">
<p>2024 IL 128012</p>
<p>{heading}</p>
<p>(Docket No. 128012)</p>
<p>THE PEOPLE OF THE STATE OF ILLINOIS, Appellee, v. DANIEL SMITH, Appellant.</p>
<p>Opinion filed March 21, 2024.</p>
</div></body></html>"""


@pytest.mark.parametrize(
    ("note", "heading", "status"),
    [
        # The public-domain citation names the court: the note named none (`schema` warned), and the page
        # had no author either.
        ("People v. Smith, 2024 IL 128012", "IN THE SUPREME COURT OF THE STATE OF ILLINOIS", "pass"),
        (
            "People v Smith, 2024 IL 128012, \u00b6 12",
            "IN THE SUPREME COURT OF THE STATE OF ILLINOIS",
            "pass",
        ),
        # The Appellate Court's citation on the Supreme Court's opinion, and its district on another's.
        (
            "People v. Smith, 2024 IL App (1st) 230456",
            "IN THE SUPREME COURT OF THE STATE OF ILLINOIS",
            "warn",
        ),
        (
            "People v. Smith, 2024 IL App (1st) 230456",
            "IN THE APPELLATE COURT OF ILLINOIS FIRST DISTRICT",
            "pass",
        ),
        (
            "People v. Smith, 2024 IL App (2d) 230456",
            "IN THE APPELLATE COURT OF ILLINOIS FIRST DISTRICT",
            "warn",
        ),
    ],
)
def test_a_state_court_named_by_its_citation_is_held_to_the_opinion_s_heading(
    note: str, heading: str, status: str
) -> None:
    html = _STATE_OPINION_HTML.format(heading=heading)
    checked, detail = _checked(f"{note}, {_STATE_OPINION}", _STATE_OPINION, html)
    assert checked == status, detail
    assert (
        f"the judgment's heading names {'its' if status == 'pass' else 'another'} court: {heading!r}"
        in detail
    )
