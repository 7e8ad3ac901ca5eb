"""The `title` check of a European court's judgment, whose site's title names no case (`CURIA - Documents`):
the cited caption is held to the parties the judgment's heading names; and of a foreign decision cited by its
court, day and number and no title, held to the number its page shows."""

from __future__ import annotations

import time

import pytest

from provenance.checks import CheckInput
from provenance.checks.title import check_title
from provenance.citations import parse_citation
from provenance.models import Footnote, Platform, SourcePost

CURIA = "https://curia.europa.eu/juris/document/document.jsf?docid=228677&doclang=EN"
LEGIFRANCE = "https://www.legifrance.gouv.fr/juri/id/JURITEXT000049283111"
HEADING = "Data Protection Commissioner v Facebook Ireland Ltd, Maximillian Schrems"


def _title(note: str, url: str, title: str, text: str = "", heading: str | None = None) -> tuple[str, str]:
    """The title check's status and detail of `note` citing a page at `url` titled `title`."""
    footnote = Footnote(label="1", text=f"{note}, {url}", line=3)
    fields = {"case heading": heading} if heading is not None else {}
    page = SourcePost(platform=Platform.WEB, url=url, title=title, text=text, fields=fields)
    citation = parse_citation(footnote).citation
    given = CheckInput(footnote=footnote, citation=citation, outcome=None, live=page, source=page)
    result = check_title(given)
    return result.status, result.detail


@pytest.mark.parametrize(
    "caption",
    [
        "Data Protection Commissioner v Facebook Ireland and Maximillian Schrems",
        "Data Protection Commissioner v Facebook Ireland Ltd and Maximillian Schrems",
    ],
)
def test_a_caption_naming_the_heading_s_parties_passes(caption: str) -> None:
    # Held to `CURIA - Documents`, it warned (23% alike).
    assert _title(f"Case C-311/18 {caption}, 16 July 2020", CURIA, "CURIA - Documents", heading=HEADING) == (
        "pass",
        f"matches {HEADING!r}, the parties the judgment's heading names",
    )


@pytest.mark.parametrize(
    "caption",
    [
        "Data Protection Commissioner v Facebook Ireland",  # a party left out
        "Facebook Ireland and Maximillian Schrems v Data Protection Commissioner",  # the sides swapped
        "Google and Alphabet v Commission",
    ],
)
def test_a_caption_naming_other_parties_warns_naming_both(caption: str) -> None:
    assert _title(f"Case C-311/18 {caption}, 16 July 2020", CURIA, "CURIA - Documents", heading=HEADING) == (
        "warn",
        f"cited {caption!r}; the judgment's heading names the parties {HEADING!r}: compare by hand",
    )


def test_a_page_without_the_heading_is_compared_with_its_title_as_before() -> None:
    status, detail = _title(
        "Case C-311/18 Facebook Ireland v Schrems, 16 July 2020", CURIA, "CURIA - Documents"
    )
    assert status == "warn" and "the source's title is 'CURIA - Documents'" in detail


def test_a_decision_cited_by_its_number_is_held_to_the_number_its_page_shows() -> None:
    title = "Cour de cassation, criminelle, Chambre criminelle, 12 mars 2024, 23-81.234, In\u00e9dit"
    note = "Cour de cassation, chambre criminelle, 12 mars 2024, n\u00b0 {}"
    assert _title(note.format("23-81.234"), LEGIFRANCE, title) == (
        "pass",
        "the page shows the decision's number the note cites, '23-81.234' (the note gives no title)",
    )
    # Another number, or one that only opens the page's (`23-81.2345`), is not the page's.
    assert _title(note.format("23-81.999"), LEGIFRANCE, title) == (
        "warn",
        "the note cites the decision numbered '23-81.999' (and no title), a number the page does not show: "
        "compare by hand",
    )
    assert _title(note.format("23-81.234"), LEGIFRANCE, title.replace("23-81.234", "23-81.2345"))[0] == "warn"
    # On another site, the number is not compared: no title to check, as before.
    assert _title(note.format("23-81.234"), "https://example.org/cass", title) == (
        "skip",
        "the citation gives no title",
    )


def test_a_number_only_the_reasons_of_another_decision_cite_is_not_that_page_s() -> None:
    # A page of another decision whose reasons cite the one the note names: its heading and the rows above
    # its text give its own number; the cited one, far below, is a precedent it relies on.
    title = "Cour de cassation, criminelle, Chambre criminelle, 4 juin 2024, 24-80.111, In\u00e9dit"
    reasons = "Vu l'article 593 du code de proc\u00e9dure p\u00e9nale. " * 60
    text = f"N\u00b0 de pourvoi : 24-80.111. {reasons} (Crim., 12 mars 2024, n\u00b0 23-81.234)."
    note = "Cour de cassation, chambre criminelle, 12 mars 2024, n\u00b0 23-81.234"
    assert _title(note, LEGIFRANCE, title, text=text)[0] == "warn"
    # The same number in the heading's rows is the page's.
    assert _title(note, LEGIFRANCE, title, text=f"N\u00b0 de pourvoi : 23-81.234. {reasons}")[0] == "pass"


def test_a_hostile_heading_is_compared_in_bounded_time() -> None:
    started = time.process_time()
    _title("Case C-1/18 A v B, 1 May 2020", CURIA, "CURIA", heading="A v B " * 20_000)
    assert time.process_time() - started < 1.0
