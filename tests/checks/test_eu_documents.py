"""`title` and `author` on an EU court's document hold it to the kind of document the note cites: the court's
judgment, its order, or an Advocate General's opinion in the case."""

from __future__ import annotations

import datetime as dt

from provenance.checks import CheckInput
from provenance.checks.author import check_author
from provenance.checks.eu_documents import held_to_the_eu_document_cited
from provenance.checks.title import check_title
from provenance.models import CheckResult, Citation, Context, Footnote, Platform, SourcePost

ORDER_PAGE = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:62022TO0101"
CASE = "Case T-101/22 Vestfjord Fiskeri A/S v Commission"
COURT = "General Court of the European Union"


def _page(kind: str, author: str, where: str = "its CELEX number, 62022TO0101") -> SourcePost:
    return SourcePost(
        platform=Platform.WEB,
        url=ORDER_PAGE,
        author=author,
        published=dt.datetime(2022, 5, 3, tzinfo=dt.UTC),
        published_day_only=True,
        title="EUR-Lex - 62022TO0101 - EN - EUR-Lex",
        fields={
            "EU document kind": kind,
            "EU document kind read from": where,
            "case heading": "Vestfjord Fiskeri A/S v Commission",
        },
    )


def _note(text: str, source: SourcePost, author: str | None = COURT) -> CheckInput:
    citation = Citation(
        platform=Platform.WEB,
        author=author,
        title="Vestfjord Fiskeri A/S v Commission",
        title_quoted=False,  # a case caption, as the parser reads it
        date=dt.date(2022, 5, 3),
        url=ORDER_PAGE,
    )
    footnote = Footnote(label="4", text=text, line=9, contexts=(Context(line=2, text="t"),))
    return CheckInput(footnote=footnote, citation=citation, outcome=None, live=source, source=source)


def test_an_order_cited_as_the_court_s_judgment_warns_naming_the_judgment_s_celex_number() -> None:
    given = _note(f"{CASE}, Judgment of the General Court, 3 May 2022, {ORDER_PAGE}", _page("order", COURT))
    said = (
        "the page is the court's order (its CELEX number, 62022TO0101), not the court's judgment the note "
        "cites: cite that document's own page (CELEX 62022TJ0101)"
    )
    author = check_author(given)
    assert author.status == "warn" and author.detail.endswith(said), author.detail
    title = check_title(given)
    assert title.status == "warn" and title.detail.endswith(said), title.detail


def test_an_order_cited_as_one_or_by_its_case_alone_passes() -> None:
    for words in ("Order of the General Court", "ECLI:EU:T:2022:270"):
        given = _note(f"{CASE}, {words}, 3 May 2022, {ORDER_PAGE}", _page("order", COURT))
        assert check_author(given).status == "pass", words
        assert check_title(given).status == "pass", words


def test_a_note_naming_the_judgment_and_the_opinion_is_held_to_neither_alone() -> None:
    note = f"{CASE}, judgment of 3 May 2022, and the Opinion of AG Varela, {ORDER_PAGE}"
    opinion = _page("opinion", "Advocate General Varela", "its heading, 'OPINION OF ADVOCATE GENERAL'")
    title = check_title(_note(note, opinion))
    assert (title.status, title.detail) == (
        "pass",
        "matches 'Vestfjord Fiskeri A/S v Commission', the parties the opinion's heading names",
    )


def test_an_opinion_s_advocate_general_named_otherwise_in_the_note_still_warns() -> None:
    opinion = _page("opinion", "Advocate General Varela", "its heading, 'OPINION OF ADVOCATE GENERAL'")
    named = check_author(_note(f"{CASE}, Opinion of Advocate General Varela, 3 May 2022", opinion))
    assert named == CheckResult(
        name="author",
        status="pass",
        detail="the note cites Advocate General Varela's opinion, which the page is (its heading, "
        "'OPINION OF ADVOCATE GENERAL')",
        cited=named.cited,
        found=named.found,
    )
    other = check_author(_note(f"{CASE}, Opinion of Advocate General Varga, 3 May 2022", opinion))
    assert other.status == "warn", other.detail
    # Only the opinion cited as one: a note citing the case alone is not given the Advocate General.
    alone = check_author(_note(f"{CASE}, Varela, 3 May 2022", opinion))
    assert alone.status == "warn", alone.detail


def test_a_note_of_no_author_on_an_opinion_s_page_cited_as_the_judgment_warns_instead_of_skipping() -> None:
    opinion = _page("opinion", "Advocate General Varela")
    given = _note(f"Judgment of the General Court of 3 May 2022, {ORDER_PAGE}", opinion, author=None)
    result = check_author(given)
    assert result.status == "warn"
    assert result.detail.startswith(
        "the page is an Advocate General's opinion (its CELEX number, 62022TO0101)"
    )


def test_a_fail_stays_a_fail_and_a_page_of_no_eu_court_is_left_as_it_was() -> None:
    opinion = _page("opinion", "Advocate General Varela")
    given = _note(f"{CASE}, Judgment of the General Court, {ORDER_PAGE}", opinion)
    failed = CheckResult(name="author", status="fail", detail="wrong")
    assert held_to_the_eu_document_cited(given, failed).status == "fail"
    plain = opinion.model_copy(update={"fields": {}})
    passed = CheckResult(name="title", status="pass", detail="matches")
    assert held_to_the_eu_document_cited(_note(given.footnote.text, plain), passed) == passed
