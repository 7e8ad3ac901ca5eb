"""The `title` check of a note citing legislation by its name (`Data Protection Act 2018, s. 155`): the name
is held to the page's title, as legislation.gov.uk gives it (`Data Protection Act 2018, Section 155`). The
check skipped ("the citation gives no title"), and a page of another Act passed every check the note could
be held to."""

from __future__ import annotations

import time

import pytest

from provenance.checks import CheckInput
from provenance.checks.title import check_title
from provenance.citations.cite import cite_footnote
from provenance.models import CheckResult, Footnote, Platform, SourcePost

_URL = "https://www.legislation.gov.uk/ukpga/2018/12/section/155"
_SECTION_TITLE = "Data Protection Act 2018, Section 155"


def _checked(note: str, shown: str) -> CheckResult:
    """The title check of the note `note`, as `extract` cites it, on a page titled `shown`."""
    footnote = Footnote(label="1", text=f"{note}, {_URL}", line=3, urls=(_URL,))
    page = SourcePost(platform=Platform.WEB, url=_URL, title=shown, text="155 Penalty notices")
    cited = cite_footnote(footnote, None)
    return check_title(CheckInput(footnote=footnote, citation=cited.citation, outcome=None, source=page))


@pytest.mark.parametrize(
    ("note", "shown", "said"),
    [
        (
            "Data Protection Act 2018, s. 155(1)",
            _SECTION_TITLE,
            "the part it shows, section 155, is the note's",
        ),
        (
            "Data Protection Act 2018 (c. 12), s 155",
            _SECTION_TITLE,
            "the part it shows, section 155, is the note's",
        ),
        (
            "Data Protection Act 2018, ss. 155-156",
            _SECTION_TITLE,
            "the part it shows, section 155, is the note's",
        ),
        ("Data Protection Act 2018", _SECTION_TITLE, "the part it shows, section 155, is the note's"),
        (
            "Data Protection Act 2018, sch. 1",
            "Data Protection Act 2018, Schedule 1",
            "the part it shows, schedule 1, is the note's",
        ),
    ],
)
def test_a_statute_s_name_passes_on_the_page_title_giving_it_and_the_note_s_provision(
    note: str, shown: str, said: str
) -> None:
    result = _checked(note, shown)
    assert result.status == "pass", result.detail
    name = "Data Protection Act 2018"
    assert result.detail == (
        f"matches {name!r}, the legislation the note cites, in the page's title {shown!r}; {said}"
    )


def test_a_whole_act_s_page_passes_the_name_of_the_act() -> None:
    # The page's title is the note's words: passed as before, the chapter in brackets aside.
    result = _checked("Data Protection Act 2018 (c. 12)", "Data Protection Act 2018")
    assert result.status == "pass", result.detail


_EUR_LEX_TITLE = "Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016"


@pytest.mark.parametrize(
    ("note", "shown", "other"),
    [
        ("Freedom of Information Act 2000, s. 1", _SECTION_TITLE, "Data Protection Act 2018"),
        ("Data Protection Act 2018, s. 155", _EUR_LEX_TITLE, "Regulation (EU) 2016/679"),
    ],
)
def test_another_instrument_in_the_page_s_title_warns_naming_both(note: str, shown: str, other: str) -> None:
    result = _checked(note, shown)
    cited = note.partition(",")[0]
    assert (result.status, result.detail) == (
        "warn",
        f"the note cites {cited!r}; the page's title {shown!r} names {other!r}: another instrument? Compare "
        "by hand",
    )


@pytest.mark.parametrize(
    ("note", "shown", "parts"),
    [
        ("Data Protection Act 2018, s. 154", _SECTION_TITLE, "section 155, where the note cites section 154"),
        ("Data Protection Act 2018, sch. 1", _SECTION_TITLE, "section 155, where the note cites schedule 1"),
        ("Data Protection Act 2018, s. 15", _SECTION_TITLE, "section 155, where the note cites section 15"),
    ],
)
def test_another_provision_in_the_page_s_title_warns(note: str, shown: str, parts: str) -> None:
    result = _checked(note, shown)
    assert result.status == "warn", result.detail
    assert f"but the part it shows is {parts}: another provision? Compare by hand" in result.detail


@pytest.mark.parametrize(
    "shown",
    [
        # A title that is no legislation's name, or says more than the name and a part of it: as before.
        "Privacy notice",
        "Data Protection Act 2018 explained",
    ],
)
def test_a_title_naming_no_other_instrument_leaves_the_check_as_it_was(shown: str) -> None:
    result = _checked("Data Protection Act 2018, s. 155", shown)
    assert (result.status, result.detail) == ("skip", "the citation gives no title")


def test_the_instrument_s_own_title_saying_more_than_its_name_leaves_the_check_as_it_was() -> None:
    result = _checked("Regulation (EU) 2016/679, art. 83", _EUR_LEX_TITLE)
    assert (result.status, result.detail) == ("skip", "the citation gives no title")


def test_a_note_citing_no_legislation_is_not_held_to_a_legislation_title() -> None:
    # A book on the Act is its writer's, titled by its own name.
    result = _checked("Smith on the Data Protection Act 2018, s. 155, 2023", _SECTION_TITLE)
    assert "the legislation the note cites" not in result.detail


def test_a_hostile_legislation_title_and_note_are_read_fast() -> None:
    started = time.process_time()
    for note, shown in (
        ("Data Protection Act 2018, s. 155", "Data Protection Act 2018, " + "s 1" * 33_000),
        ("Data Protection Act 2018, " + "s. 1 " * 20_000, _SECTION_TITLE),
        ("Data Protection Act 2018, s. 155", "Data Protection Act 2018" + ", Section" * 12_000),
        ("Data Protection Act 2018, s. 155", "A Act " * 20_000),
    ):
        _checked(note, shown)
    assert time.process_time() - started < 2.0
