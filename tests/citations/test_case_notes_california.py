"""California's courts as a note names them: a Bluebook parenthetical's abbreviation (`Cal. Ct. App. 2d
Dist., Div. 3`) read as the court's opinions name it, its district and division in brackets, and the
California style manual's year before the reporter (`(2024) 98 Cal.App.5th 1021`).

Before, the parenthetical's abbreviation was the note's author, compared with no opinion's heading, and a
note naming the Fourth District's court was not told from one naming the Second's; the California style's
reporter named no court."""

from __future__ import annotations

import pytest

from provenance.citations.courts import state_court_in_parenthetical
from provenance.citations.parse import case_note


@pytest.mark.parametrize(
    ("note", "court", "year"),
    [
        (
            "Doe v. Acme Widgets, Inc., No. B321234 (Cal. Ct. App. 2d Dist. Apr. 2, 2024).",
            "Court of Appeal of California (Second Appellate District)",
            "2024",
        ),
        (
            "Doe v. Acme Widgets, Inc., No. B321234 (Cal. Ct. App. 2d Dist., Div. 3, 2024).",
            "Court of Appeal of California (Second Appellate District, Division Three)",
            "2024",
        ),
        (
            "Doe v. Roe, No. D081234 (Cal. App. 4th Dist. 2024).",
            "Court of Appeal of California (Fourth Appellate District)",
            "2024",
        ),
        ("Doe v. Roe, 98 Cal. App. 5th 1021 (Cal. Ct. App. 2024).", "Court of Appeal of California", "2024"),
        ("People v. Roe, 15 Cal. 5th 1 (Cal. 2024).", "Supreme Court of California", "2024"),
        ("Doe v. Acme Widgets, Inc. (2024) 98 Cal.App.5th 1021.", "Court of Appeal of California", "2024"),
        ("People v. Roe (2023) 15 Cal.5th 1, 9.", "Supreme Court of California", "2023"),
        # Another of California's courts is kept as written.
        ("Doe v. Roe, No. 22STCV01234 (Cal. Super. Ct. 2024).", "Cal. Super. Ct.", "2024"),
    ],
)
def test_a_california_court_is_named_as_its_opinions_name_it(note: str, court: str, year: str) -> None:
    case = case_note(note)
    assert case is not None
    assert (case.court, case.year) == (court, year)


@pytest.mark.parametrize(
    "inside",
    ["Cal. 2d Dist. 2024", "Cal. Ct. App. 2d Dist. Div. 2024", "Cal. Ct. App. 2d Dist., Div. 3, Example"],
)
def test_a_parenthetical_of_another_shape_names_no_california_court(inside: str) -> None:
    assert state_court_in_parenthetical(inside) is None
