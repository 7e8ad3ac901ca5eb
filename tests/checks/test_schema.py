"""`schema` of a note dated to the month or the year only: complete for its kind, short of a day."""

from __future__ import annotations

import pytest

from provenance.checks import CheckInput
from provenance.checks.schema import check_schema
from provenance.citations import parse_citation
from provenance.citations.cite import cite_footnote, cite_footnotes
from provenance.models import Footnote, Report, ReportFormat


def _schema_of(note: str) -> tuple[str, str]:
    footnote = Footnote(label="3", text=note, line=40, urls=())
    result = check_schema(
        CheckInput(footnote=footnote, citation=parse_citation(footnote).citation, outcome=None)
    )
    return result.status, result.detail


@pytest.mark.parametrize(
    ("note", "said"),
    [
        (
            "OHCHR, \u201cUpdate on the human rights situation in Ukraine\u201d, January 2022, "
            "https://www.ohchr.org/en/update",
            "the note dates the source to January 2022, not to a day",
        ),
        ("Ministry of Defence, Annual report 2021, https://www.gov.uk/report", "dates the source to 2021"),
        ("OHCHR, Update, 2022-01, https://www.ohchr.org/en/update", "to January 2022, not to a day"),
    ],
)
def test_a_note_dated_to_the_month_or_the_year_warns_asking_for_the_day_where_it_failed(
    note: str, said: str
) -> None:
    # "no date: the note gives no full date" failed the footnote of a true, complete note.
    status, detail = _schema_of(note)
    assert status == "warn"
    assert (
        said in detail and "a full date (e.g. January 21, 2022) lets the post be checked to the day" in detail
    )


def test_a_citation_dated_to_a_winter_warns_of_a_season_only_not_a_month() -> None:
    # A season's code (`2021-24`, a citations file's winter 2021) is no month: said as the season it is.
    footnote = Footnote(label="3", text="OHCHR, Update, https://www.ohchr.org/en/update", line=40, urls=())
    citation = parse_citation(footnote).citation.model_copy(update={"date_month_or_year": "2021-24"})
    result = check_schema(CheckInput(footnote=footnote, citation=citation, outcome=None))
    assert result.status == "warn"
    assert "date to the season only: the note dates the source to winter 2021, not to a day" in result.detail


def test_a_note_s_winter_of_two_years_warns_of_a_season_only() -> None:
    status, detail = _schema_of("Smith, J. Troops. Foreign Affairs, Winter 2021-22, https://example.com/a")
    assert status == "warn"
    assert "date to the season only: the note dates the source to December 2021 to February 2022" in detail


def test_a_note_with_no_date_at_all_still_fails() -> None:
    status, detail = _schema_of("OHCHR, Update on the situation, https://www.ohchr.org/en/update")
    assert (status, detail) == (
        "fail",
        "no date: the note gives no full date of the source (e.g. January 21, 2022 or 2022-01-21)",
    )


def test_a_note_dated_only_when_it_was_accessed_still_fails() -> None:
    status, detail = _schema_of("OHCHR, Update, accessed January 2022, https://www.ohchr.org/en/update")
    assert status == "fail" and detail.startswith("no date")


def test_a_month_beside_another_missing_field_fails_naming_both() -> None:
    # The month is said, but a note without a link cannot be verified: the check fails on the link.
    status, detail = _schema_of("OHCHR, Update on the situation, January 2022")
    assert status == "fail"
    assert "no URL" in detail and "to January 2022, not to a day" in detail


def test_a_note_s_day_without_a_year_it_may_take_is_named_so_the_writer_knows_what_to_add() -> None:
    # `21 January` beside only a title's year: "no date" sent the writer looking for a date the note gives.
    status, detail = _schema_of("Rybar, “Kherson 2022”, post of 21 January, https://t.me/rybar/123")
    assert status == "fail"
    assert "the note gives 21 January without its year" in detail
    # Its one year written apart completes the day: nothing to say of the date.
    status, _ = _schema_of("Rybar, on 21 January, Telegram, 2022. https://t.me/rybar/123")
    assert status == "pass"


def test_a_note_citing_the_one_before_by_id_says_why_its_author_is_missing_as_extract_does() -> None:
    # A legal memo's `Id., <link>` failed "no author: the note names no author, outlet or account", where the
    # note plainly means the one before it: `extract` said so; `check`'s detail did not.
    footnote = Footnote(label="2", text="Id., http://court.example/press/2022-04", line=9, urls=())
    cited = cite_footnote(footnote, None)
    given = CheckInput(footnote=footnote, citation=cited.citation, outcome=None, findings=cited.findings)
    result = check_schema(given)
    assert result.status == "fail"
    assert result.detail.startswith(
        "no author: the note cites another note's source ('Id.'), whose author it does not repeat, and is "
        "checked only on its own words; give the author here; no date:"
    )


def _schema_of_notes(*notes: str) -> tuple[str, str]:
    footnotes = tuple(
        Footnote(
            label=str(at), text=text, line=at, urls=tuple(w for w in text.split() if w.startswith("https:"))
        )
        for at, text in enumerate(notes, 1)
    )
    cited = cite_footnotes(
        Report(path="m.md", format=ReportFormat.MARKDOWN, sha256="0" * 64, footnotes=footnotes), None
    )
    last = cited[-1]
    result = check_schema(
        CheckInput(footnote=last.footnote, citation=last.citation, outcome=None, findings=last.findings)
    )
    return result.status, result.detail


def test_an_id_note_passes_on_the_note_befores_source_and_says_so() -> None:
    # The link and author are note 1's: the pass says whence, so a reader does not look for them on note 2.
    status, detail = _schema_of_notes(
        "Rybar (@rybar), Telegram, January 21, 2022, https://t.me/rybar/5", "Id."
    )
    assert status == "pass"
    assert detail == "url, platform, date and author present (cites note 1's source ('Id.'))"


def test_a_note_whose_referenced_note_is_unclear_fails_saying_why() -> None:
    status, detail = _schema_of_notes("Rybar, Telegram, January 21, 2022.", "Id.")
    assert status == "fail"
    assert (
        "no URL: the note cites another note's source ('Id.'), but which one is unclear: note 1 gives no link"
        in detail
    )


def _schema_with_the_notes_findings(note: str) -> tuple[str, str]:
    footnote = Footnote(label="3", text=note, line=40, urls=())
    cited = cite_footnote(footnote, None)
    given = CheckInput(footnote=footnote, citation=cited.citation, outcome=None, findings=cited.findings)
    result = check_schema(given)
    return result.status, result.detail


_COMPLAINT = (
    "Complaint \u00b6 12, Doe v. Roe, No. 1:22-cv-1 (S.D.N.Y. Jan. 21, 2022), ECF No. 1, "
    "https://www.courtlistener.com/docket/1/doe-v-roe/"
)


def test_a_partys_filing_naming_no_filer_warns_saying_why_where_it_failed() -> None:
    # "no author" failed a complete note: a filing's author is a party the note does not name as such.
    status, detail = _schema_with_the_notes_findings(_COMPLAINT)
    assert status == "warn"
    assert detail.startswith("no author: the note cites a party's filing (Complaint \u00b6 12) in Doe v. Roe")
    assert "a person should confirm who filed it" in detail


def test_a_partys_filing_naming_its_filer_passes_with_that_filer() -> None:
    note = _COMPLAINT.replace("Complaint \u00b6 12", "Motion of Defendant Acme Corp. to Dismiss at 3")
    assert _schema_with_the_notes_findings(note) == ("pass", "url, platform, date and author present")


def test_a_courts_record_whose_parenthetical_names_no_court_still_fails_for_its_author() -> None:
    # Only a party's filing is complete without an author: the court's own document names its court.
    status, detail = _schema_with_the_notes_findings(
        "Smith v. Jones, 123 F.3d 456 (2021), https://www.courtlistener.com/opinion/1/smith/"
    )
    assert status == "fail"
    assert "names no court (none in a parenthetical;" in detail


def test_a_filing_warning_beside_a_missing_date_fails_for_the_date() -> None:
    status, detail = _schema_with_the_notes_findings(
        "Complaint \u00b6 12, Doe v. Roe, No. 1:22-cv-1 (S.D.N.Y.), ECF No. 1, "
        "https://www.courtlistener.com/docket/1/doe-v-roe/"
    )
    assert status == "fail"
    assert "no date" in detail and "party's filing" in detail
