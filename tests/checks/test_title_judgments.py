"""The `title` check of a judgment's page whose title is its caption beside its neutral citation and its day,
as BAILII titles one (`Halvorsen v Information Commissioner [2024] EWCA Civ 412 (24 April 2024)`)."""

from __future__ import annotations

import time

import pytest

from provenance.checks import CheckInput
from provenance.checks.title import check_title
from provenance.citations import parse_citation
from provenance.models import Footnote, Platform, SourcePost

_URL = "https://www.bailii.org/ew/cases/EWCA/Civ/2024/412.html"
_CAPTION = "Halvorsen v Information Commissioner"
_BAILII_TITLE = f"{_CAPTION} [2024] EWCA Civ 412 (24 April 2024)"
_COMMERCIAL_TITLE = "Harbourline Shipping Ltd v Port Amal Authority [2024] EWHC 611 (Comm) (3 March 2024)"
_LEFT_ASIDE = "the note's own neutral citation '[2024] EWCA Civ 412' and the judgment's day '24 April 2024'"


def _cited_on(note: str, shown: str) -> CheckInput:
    """The note `note`, as parsed, citing a BAILII page titled `shown`."""
    footnote = Footnote(label="1", text=f"{note}, {_URL}", line=3)
    page = SourcePost(
        platform=Platform.WEB, url=_URL, publisher="BAILII", title=shown, text="IN THE COURT OF APPEAL"
    )
    return CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, live=page, source=page
    )


def test_a_caption_cited_with_the_page_s_own_neutral_citation_passes_naming_what_it_left_aside() -> None:
    # Warned "only part of the page's title": every judgment so cited stayed unconfirmed.
    result = check_title(_cited_on(f"{_CAPTION} [2024] EWCA Civ 412", _BAILII_TITLE))
    assert result.status == "pass", result.detail
    assert result.detail == (
        f"the note's unquoted words {_CAPTION!r} read as its title: matches {_CAPTION!r}, the judgment's "
        f"caption in the page's title {_BAILII_TITLE!r}; left aside: {_LEFT_ASIDE} (the date check compares "
        "it)"
    )


@pytest.mark.parametrize(
    ("note", "shown", "left_aside"),
    [
        (f"{_CAPTION} [2024] EWCA Civ 412, 24 April 2024", _BAILII_TITLE, _LEFT_ASIDE),
        (f"{_CAPTION}, [2024] EWCA Civ 412", _BAILII_TITLE, _LEFT_ASIDE),
        # The caption quoted, its neutral citation elsewhere in the note (or inside the quote marks).
        (f"\u201c{_CAPTION},\u201d [2024] EWCA Civ 412", _BAILII_TITLE, _LEFT_ASIDE),
        (f"\u201c{_CAPTION} [2024] EWCA Civ 412,\u201d Court of Appeal", _BAILII_TITLE, "'24 April 2024'"),
        # The division after the number, as the High Court's citations give it.
        (
            "Harbourline Shipping Ltd v Port Amal Authority [2024] EWHC 611 (Comm), 3 March 2024",
            _COMMERCIAL_TITLE,
            "the note's own neutral citation '[2024] EWHC 611 (Comm)' and the judgment's day '3 March 2024'",
        ),
        # Either one alone beside the caption.
        (f"{_CAPTION} [2024] EWCA Civ 412", f"{_CAPTION} [2024] EWCA Civ 412", "'[2024] EWCA Civ 412'"),
        (
            f"{_CAPTION} [2024] EWCA Civ 412",
            f"{_CAPTION} (24 April 2024)",
            "the judgment's day '24 April 2024'",
        ),
    ],
)
def test_a_judgment_s_caption_beside_the_note_s_neutral_citation_and_its_day_passes(
    note: str, shown: str, left_aside: str
) -> None:
    result = check_title(_cited_on(note, shown))
    assert result.status == "pass", result.detail
    assert "left aside: " in result.detail and left_aside in result.detail


@pytest.mark.parametrize(
    ("note", "shown"),
    [
        # Another number, year or court than the page's: another judgment.
        (f"{_CAPTION} [2024] EWCA Civ 413", _BAILII_TITLE),
        (f"{_CAPTION} [2023] EWCA Civ 412", _BAILII_TITLE),
        (f"{_CAPTION} [2024] EWCA Crim 412", _BAILII_TITLE),
        (f"{_CAPTION} [2024] EWHC 412", _BAILII_TITLE),
        (f"{_CAPTION} [2024] EWCA Civ 412", f"{_CAPTION} [2024] EWCA Civ 4120 (24 April 2024)"),
        # Another division: not the page's citation as it stands.
        ("Harbourline Shipping Ltd v Port Amal Authority [2024] EWHC 611 (Ch)", _COMMERCIAL_TITLE),
        # No division where the page gives one, but another year or number: another judgment.
        ("Harbourline Shipping Ltd v Port Amal Authority [2023] EWHC 611", _COMMERCIAL_TITLE),
        ("Harbourline Shipping Ltd v Port Amal Authority [2024] EWHC 612", _COMMERCIAL_TITLE),
        # A division the note gives where the page gives none: not the page's citation as it stands.
        (f"{_CAPTION} [2024] EWHC 611 (Comm)", f"{_CAPTION} [2024] EWHC 611 (3 March 2024)"),
        # The note gives no neutral citation to hold the page's to.
        (f"\u201c{_CAPTION},\u201d Court of Appeal, 24 April 2024", _BAILII_TITLE),
        # The page's caption says more than the note's.
        (f"{_CAPTION} [2024] EWCA Civ 412", f"{_CAPTION} & Anor [2024] EWCA Civ 412 (24 April 2024)"),
        # Brackets that hold no day.
        (f"{_CAPTION} [2024] EWCA Civ 412", f"{_CAPTION} [2024] EWCA Civ 412 (hearing of 5 March 2024)"),
        # A law report's series is no neutral citation.
        (f"{_CAPTION} [2024] AC 412", f"{_CAPTION} [2024] AC 412 (24 April 2024)"),
    ],
)
def test_a_caption_beside_another_citation_or_more_words_still_warns(note: str, shown: str) -> None:
    result = check_title(_cited_on(note, shown))
    assert result.status == "warn", result.detail
    assert "left aside" not in result.detail


@pytest.mark.parametrize(
    "note",
    [
        "Harbourline Shipping Ltd v Port Amal Authority [2024] EWHC 611",
        "Harbourline Shipping Ltd v Port Amal Authority [2024] EWHC 611, 3 March 2024",
        "\u201cHarbourline Shipping Ltd v Port Amal Authority [2024] EWHC 611,\u201d High Court",
    ],
)
def test_a_neutral_citation_without_its_division_is_the_page_s_judgment_and_passes_naming_it(
    note: str,
) -> None:
    # Warned "only part of the page's title": the High Court numbers a year's judgments in one run, so the
    # year, the court and the number alike are the judgment whose division the page's title names.
    result = check_title(_cited_on(note, _COMMERCIAL_TITLE))
    assert result.status == "pass", result.detail
    assert (
        "left aside: the neutral citation '[2024] EWHC 611 (Comm)', the note's own '[2024] EWHC 611' with "
        "the division (Comm) it leaves out"
    ) in result.detail


_CANLII = "https://www.canlii.org/en/ca/scc/doc/2019/2019scc41/2019scc41.html"
_CANLII_TITLE = "R. v. Thornbury, 2019 SCC 41 (CanLII), [2019] 3 SCR 212 | CanLII"


def _on_canlii(note: str, shown: str = _CANLII_TITLE) -> tuple[str, str]:
    """The title check's status and detail of the note `note` on a CanLII page titled `shown`."""
    footnote = Footnote(label="1", text=f"{note}, {_CANLII}", line=3)
    page = SourcePost(platform=Platform.WEB, url=_CANLII, title=shown, text="SUPREME COURT OF CANADA")
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, live=page, source=page
    )
    result = check_title(given)
    return result.status, result.detail


@pytest.mark.parametrize(
    ("note", "left_aside"),
    [
        (
            "R v Thornbury, 2019 SCC 41",
            "the note's own neutral citation '2019 SCC 41' (CanLII's mark beside it) and the law reports' "
            "'[2019] 3 SCR 212'",
        ),
        (
            "R v Thornbury, 2019 SCC 41, [2019] 3 SCR 212, 11 October 2019",
            "the note's own neutral citation '2019 SCC 41'",
        ),
        ("R v Thornbury, [2019] 3 SCR 212", "the neutral citation '2019 SCC 41' and the note's own report"),
        ("R. v. Thornbury, [2019] 3 S.C.R. 212", "the note's own report '[2019] 3 SCR 212'"),
    ],
)
def test_a_canadian_caption_passes_on_canlii_s_title_beside_the_note_s_own_citation(
    note: str, left_aside: str
) -> None:
    # Warned as another title (38% alike): CanLII titles a judgment with its citations and its own mark.
    status, detail = _on_canlii(note)
    assert status == "pass", detail
    assert "matches 'R. v. Thornbury', the judgment's caption in the page's title" in detail
    assert left_aside in detail


@pytest.mark.parametrize(
    ("note", "shown"),
    [
        # Another number, year or court, another report, or none: another judgment, or nothing to hold to.
        ("R v Thornbury, 2019 SCC 42", _CANLII_TITLE),
        ("R v Thornbury, 2018 SCC 41", _CANLII_TITLE),
        ("R v Thornbury, 2019 ONCA 41", _CANLII_TITLE),
        ("R v Thornbury, [2019] 3 SCR 213", _CANLII_TITLE),
        ("R v Thornbury, 2019 SCC 42, [2019] 3 SCR 212", _CANLII_TITLE),
        ("R v Thornbury, Supreme Court of Canada, 11 October 2019", _CANLII_TITLE),
        # Another caption, or a title without CanLII's mark.
        ("R v Thornbury Holdings, 2019 SCC 41", _CANLII_TITLE),
        ("R v Thornbury, 2019 SCC 41", "R. v. Thornbury, 2019 SCC 41, [2019] 3 SCR 212"),
    ],
)
def test_a_canadian_caption_beside_another_citation_or_none_does_not_pass(note: str, shown: str) -> None:
    status, detail = _on_canlii(note, shown)
    assert status in ("warn", "skip"), detail
    assert "left aside" not in detail


def test_a_hostile_canlii_title_and_note_are_read_fast() -> None:
    started = time.process_time()
    for note, shown in (
        ("R v Thornbury, 2019 SCC 41", "R. v. Thornbury, " + "2019 SCC 4" * 10_000 + " (CanLII)"),
        ("R v Thornbury, 2019 SCC 41", "R. v. Thornbury, 2019 SCC 41 (CanLII)" + ", [2019] 3" * 10_000),
        ("R v Thornbury, " + "[2019] 3 SCR " * 8_000, _CANLII_TITLE),
        ("R v Thornbury, " + "2019 SC " * 12_500, _CANLII_TITLE),
    ):
        _on_canlii(note, shown)
    assert time.process_time() - started < 2.0


def test_a_headline_beside_a_day_on_a_page_no_judgment_s_note_cites_still_warns() -> None:
    footnote = Footnote(
        label="1", text="\u201cBridge destroyed,\u201d Reuters, March 3, 2022, https://r.example/a", line=3
    )
    page = SourcePost(
        platform=Platform.WEB,
        url="https://r.example/a",
        title="Bridge destroyed (3 March 2022)",
        text="Kyiv.",
    )
    given = CheckInput(
        footnote=footnote, citation=parse_citation(footnote).citation, outcome=None, live=page, source=page
    )
    assert check_title(given).status == "warn"


def test_a_hostile_judgment_s_title_and_note_of_100000_characters_are_read_fast() -> None:
    hostile_titles = [
        f"{_CAPTION} " + "[2024] EWCA Civ " * 6_250,
        f"{_CAPTION} [2024] EWCA Civ 412 " + " (" * 50_000 + ")",
        f"{_CAPTION} " + "(" * 50_000 + ")" * 50_000,
    ]
    started = time.process_time()
    for shown in hostile_titles:
        assert "left aside" not in check_title(_cited_on(f"{_CAPTION} [2024] EWCA Civ 412", shown)).detail
    # The note's own citation first, then 100,000 characters of near-citations: the page's title passes.
    note = f"{_CAPTION} [2024] EWCA Civ 412, " + "[2024] EWCA Civ x " * 5_556
    assert check_title(_cited_on(note, _BAILII_TITLE)).status == "pass"
    assert time.process_time() - started < 2.0
