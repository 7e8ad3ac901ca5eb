"""A retracted article the report says is retracted: its words compared, the footnote at most unconfirmed.

A publisher's retraction withdraws the article's words: a footnote resting on them as if they stood fails,
every other check skipped. A report that says the piece was retracted ("the study, since retracted,
claimed …", a note's "(retracted)") cites the retracted words as such: they are compared, and `captured`
warns (a person must look), naming the retraction and where the report says so. Never verified.
"""

from __future__ import annotations

import datetime as dt
import time

import pytest

from provenance.checks import CheckInput, footnote_status, person_must_look, run_checks
from provenance.checks.retraction import acknowledged_retraction
from provenance.extractors import extract_source
from provenance.models import Capture, CaptureOutcome, Citation, Context, Footnote, Platform, SourcePost
from tests.extractors.support import answer

ARTICLE = "https://journal.example/articles/bridge-loads-2022"
QUOTE = "debris doubles the lateral force on the deck"
TITLE = "Bridge loads under flood conditions"
_BODY = (
    f"<p>We modelled river bridges when floods raise the water to the deck, and find that {QUOTE} in"
    " every case we ran. The effect is largest for bridges with three or more spans and narrow piers.</p>"
    "<p>Engineers should design for it where debris is common, as on rivers draining forests.</p>"
)
_META = (
    f"<meta name='citation_title' content='{TITLE}'><meta name='citation_author' content='Haddad, Lina'>"
    "<meta name='citation_publication_date' content='2022/03/18'>"
)


def _page(note: str = "<p><em>Editor's note: This article has been retracted.</em></p>") -> str:
    return (
        f"<html><head><title>{TITLE} | The Journal</title>{_META}</head><body><main><article>"
        f"<h1>{TITLE}</h1>{note}{_BODY}</article></main></body></html>"
    )


RETRACTED = extract_source(ARTICLE, (answer(ARTICLE, _page()),))
STANDING = extract_source(ARTICLE, (answer(ARTICLE, _page(note="")),))


def _outcome() -> CaptureOutcome:
    capture = Capture(
        url=ARTICLE,
        final_url=ARTICLE,
        http_status=200,
        warc="archives/a.warc.gz",
        warc_sha256="0" * 64,
        records=(),
        ip="93.184.216.34",
        started_at="2026-11-25T10:00:00.000Z",
        finished_at="2026-11-25T10:00:01.000Z",
        bytes=1234,
        truncated=False,
    )
    return CaptureOutcome(url=ARTICLE, capture=capture)


def _given(
    note: str, passage: str = "The study found that it did.", live: SourcePost = RETRACTED
) -> CheckInput:
    footnote = Footnote(
        label="1", text=note, line=9, contexts=(Context(line=4, text=passage, quotes=(QUOTE,)),)
    )
    citation = Citation(
        platform=Platform.WEB, author="Lina Haddad", date=dt.date(2022, 3, 18), title=TITLE, url=ARTICLE
    )
    # As the pipeline reads a capture (`sources.read_source`): no source for the content checks where the
    # live page has a problem.
    source = live if live.problem is None else None
    return CheckInput(footnote=footnote, citation=citation, outcome=_outcome(), live=live, source=source)


def _checked(given: CheckInput) -> tuple[str, dict[str, tuple[str, str]]]:
    results = run_checks(given)
    status = footnote_status(results, look=person_must_look(given))
    return status, {result.name: (result.status, result.detail) for result in results}


def test_the_retracted_page_s_words_are_read_beside_its_problem() -> None:
    assert RETRACTED.problem == "unavailable"
    assert RETRACTED.fields["retraction"] == RETRACTED.problem_detail
    assert QUOTE in RETRACTED.text and TITLE in (RETRACTED.title or "")
    assert "retraction" not in STANDING.fields


def test_a_footnote_relying_on_a_retracted_article_as_if_it_stood_fails_every_other_check_skipped() -> None:
    status, checks = _checked(_given(f'Lina Haddad, "{TITLE}", The Journal, 18 March 2022, {ARTICLE}'))
    assert status == "failed"
    assert checks["captured"][0] == "fail"
    assert checks["captured"][1].startswith("deleted or unavailable: the publisher retracted the article")
    assert {checks[name][0] for name in ("date", "author", "quote", "title")} == {"skip"}


@pytest.mark.parametrize(
    ("note", "passage", "where"),
    [
        (f'Lina Haddad, "{TITLE}", The Journal, 18 March 2022 (retracted), {ARTICLE}', "It did.", "the note"),
        (
            f'Retracted article. Lina Haddad, "{TITLE}", The Journal, 18 March 2022, {ARTICLE}',
            "It did.",
            "the note",
        ),
        (
            f'Lina Haddad, "{TITLE}", The Journal, 18 March 2022, withdrawn by the journal in 2023,'
            f" {ARTICLE}",
            "It did.",
            "the note",
        ),
        (
            f'Lina Haddad, "{TITLE}", The Journal, 18 March 2022, {ARTICLE}',
            "The study, since retracted, claimed that debris doubles the force.",
            "the citing passage (line 4)",
        ),
        (
            f'Lina Haddad, "{TITLE}", The Journal, 18 March 2022, {ARTICLE}',
            "The journal retracted the paper in 2023; it had claimed that debris doubles the force.",
            "the citing passage (line 4)",
        ),
    ],
    ids=[
        "(retracted)",
        "Retracted article.",
        "withdrawn by the journal",
        "since retracted",
        "retracted the paper",
    ],
)
def test_a_retraction_the_report_acknowledges_is_checked_against_the_retracted_words_and_unconfirmed(
    note: str, passage: str, where: str
) -> None:
    # It failed, every other check skipped, as if the report relied on the retracted words as standing.
    status, checks = _checked(_given(note, passage))
    assert status == "unconfirmed"
    captured_status, detail = checks["captured"]
    assert captured_status == "warn"
    assert detail.startswith("the publisher retracted the article: the page says")
    assert f"the report says it was retracted ({where}: " in detail
    assert "a person must look" in detail
    assert [checks[name][0] for name in ("date", "author", "quote", "title")] == ["pass"] * 4


def test_a_retraction_acknowledged_never_verifies_and_a_wrong_date_still_fails() -> None:
    given = _given(f'Lina Haddad, "{TITLE}", The Journal, 2 May 2021 (retracted), {ARTICLE}')
    given = CheckInput(
        footnote=given.footnote,
        citation=given.citation.model_copy(update={"date": dt.date(2021, 5, 2)}),
        outcome=given.outcome,
        live=given.live,
    )
    status, checks = _checked(given)
    assert checks["date"][0] == "fail" and status == "failed"


@pytest.mark.parametrize(
    ("note", "passage"),
    [
        (
            f"Lina Haddad, The Journal, 18 March 2022, {ARTICLE}",
            "The minister retracted his claim, the study shows.",
        ),
        (
            f"Lina Haddad, The Journal, 18 March 2022, {ARTICLE}",
            "Funding for the study was withdrawn in May.",
        ),
        (f"Lina Haddad, The Journal, 18 March 2022, {ARTICLE}", "Two authors withdrew from the study early."),
        (f"Lina Haddad, The Journal, 18 March 2022, {ARTICLE}", "Troops were withdrawn, the report said."),
        (f'Lina Haddad, "Minister retracted his claim", The Journal, {ARTICLE}', "It did."),
        (f"Lina Haddad, The Journal (the minister retracted his claim), {ARTICLE}", "It did."),
        ("Lina Haddad, The Journal, https://news.example/minister-retracted-claim", "It did."),
    ],
    ids=[
        "a claim retracted",
        "funding withdrawn",
        "authors withdrew",
        "troops",
        "in the title",
        "in the note",
        "in a link",
    ],
)
def test_retracted_said_of_something_else_is_no_acknowledgement(note: str, passage: str) -> None:
    status, checks = _checked(_given(note, passage))
    assert status == "failed" and checks["captured"][0] == "fail"


@pytest.mark.parametrize(
    "passage",
    [
        "Исследование, позже отозванное журналом, утверждало обратное.",
        "Дослідження, яке згодом відкликане, стверджувало інше.",
        "Die Studie, die inzwischen zurückgezogen wurde, behauptete es.",
        "L'étude, depuis rétractée, affirmait le contraire.",
        "El estudio, ya retractado, afirmaba lo contrario.",
        "Lo studio, poi ritirato, sosteneva il contrario.",
    ],
    ids=["ru", "uk", "de", "fr", "es", "it"],
)
def test_a_retraction_acknowledged_in_another_language_counts(passage: str) -> None:
    given = _given(f"Lina Haddad, The Journal, 18 March 2022, {ARTICLE}", passage)
    said = acknowledged_retraction(given)
    assert said is not None and said.where == "the citing passage (line 4)"


def test_an_acknowledgement_without_a_retracted_source_changes_nothing() -> None:
    status, checks = _checked(_given(f"Lina Haddad, The Journal (retracted), {ARTICLE}", live=STANDING))
    assert checks["captured"][0] == "pass"
    assert status == "verified"


def test_a_hostile_note_is_read_in_linear_time() -> None:
    given = _given("retracted " * 10_000 + "study " * 10_000, passage="( " * 50_000)
    started = time.perf_counter()
    acknowledged_retraction(given)
    assert time.perf_counter() - started < 1
