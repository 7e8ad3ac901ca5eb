"""A note citing another note's source (`Id.`, `Ibid.`, `Supra note 1`, `Same as [1]`) takes that note's
citation, where which note it means is beyond doubt; else it is checked on its own words, saying why."""

from __future__ import annotations

import time

import pytest

from provenance.citations.cite import CitationsFile, CitingByPosition, NumberedFootnotes, cite_footnotes
from provenance.citations.csl import CitationOverrides
from provenance.models import Footnote, Report, ReportFormat
from provenance.results import CitedFootnote

_POST = "Rybar, Telegram, January 21, 2022, https://t.me/rybar/5"


def _cited(*notes: str, citations: CitationsFile | None = None) -> tuple[CitedFootnote, ...]:
    footnotes = tuple(
        Footnote(label=str(at), text=text, line=at, urls=_links(text)) for at, text in enumerate(notes, 1)
    )
    return cite_footnotes(
        Report(path="memo.md", format=ReportFormat.MARKDOWN, sha256="0" * 64, footnotes=footnotes), citations
    )


def _links(text: str) -> tuple[str, ...]:
    return tuple(word.rstrip(".,;") for word in text.split() if word.startswith("https://"))


def _codes(cited: CitedFootnote) -> dict[str, str]:
    return {finding.code: finding.message for finding in cited.findings}


@pytest.mark.parametrize(
    "reference", ["Id.", "Id. at 3.", "See id.", "Ibid.", "Ibidem.", "\u0422\u0430\u043c \u0436\u0435."]
)
def test_a_note_citing_the_note_before_takes_its_source(reference: str) -> None:
    first, second = _cited(_POST, reference)
    assert second.citation.url == "https://t.me/rybar/5"
    assert second.citation.post_id == first.citation.post_id == "5"
    assert second.citation.author == "Rybar"
    assert second.citation.date == first.citation.date
    findings = _codes(second)
    assert "missing-url" not in findings and "missing-author" not in findings
    assert findings["cites-note"].startswith("cites note 1's source (")


@pytest.mark.parametrize("reference", ["Supra note 1.", "Same as [1].", "See note 1."])
def test_a_note_naming_an_earlier_note_by_number_takes_that_notes_source(reference: str) -> None:
    cited = _cited(_POST, "City News, January 3, 2022, https://news.example/a", reference)
    assert cited[2].citation.url == "https://t.me/rybar/5"
    assert "cites note 1's source" in _codes(cited[2])["cites-note"]


def test_ids_in_a_row_all_take_the_first_notes_source() -> None:
    cited = _cited(_POST, "Id.", "Id. at 4.")
    assert cited[2].citation.url == "https://t.me/rybar/5"
    assert "cites note 2's source" in _codes(cited[2])["cites-note"]


def test_id_after_a_note_citing_two_sources_is_unclear_and_left_on_its_own_words() -> None:
    cited = _cited(_POST + "; City News, https://news.example/a.", "Id.")
    assert cited[1].citation.url is None
    findings = _codes(cited[1])
    assert "missing-url" in findings
    assert "note 1 cites 2 links" in findings["cites-note-unclear"]


def test_id_after_a_note_without_a_link_is_unclear() -> None:
    cited = _cited("Rybar, Telegram, January 21, 2022.", "Id.")
    assert cited[1].citation.url is None
    assert "note 1 gives no link" in _codes(cited[1])["cites-note-unclear"]


def test_id_never_chains_past_an_unresolvable_note() -> None:
    cited = _cited(_POST, "Op. cit.", "Id.")
    assert cited[1].citation.url is None
    assert cited[2].citation.url is None
    assert "note 2 is itself unclear" in _codes(cited[2])["cites-note-unclear"]


def test_a_note_naming_a_later_or_unknown_note_is_unclear() -> None:
    cited = _cited("Same as [2].", _POST)
    assert cited[0].citation.url is None
    assert "no earlier note 2" in _codes(cited[0])["cites-note-unclear"]


def test_id_as_the_first_note_is_unclear() -> None:
    (cited,) = _cited("Id.")
    assert cited.citation.url is None
    assert "no note before it" in _codes(cited)["cites-note-unclear"]


def test_a_back_reference_giving_its_own_other_date_is_unclear() -> None:
    cited = _cited(_POST, "Id. (Jan. 22, 2022).")
    assert cited[1].citation.url is None
    assert "its own date" in _codes(cited[1])["cites-note-unclear"]


def test_a_note_with_its_own_link_keeps_it() -> None:
    cited = _cited(_POST, "Ibid., https://t.me/rybar/6")
    assert cited[1].citation.url == "https://t.me/rybar/6"
    assert "cites-note" not in _codes(cited[1])


def test_a_citations_file_entry_still_overrides_the_referenced_source() -> None:
    overrides = {"2": CitationOverrides(url="https://t.me/rybar/7")}
    file = CitationsFile(path="c.json", sha256="0" * 64, overrides=overrides)
    cited = _cited(_POST, "Id.", citations=file)
    assert cited[1].citation.url == "https://t.me/rybar/7"


def test_ten_thousand_ids_are_cited_in_linear_time() -> None:
    started = time.process_time()
    cited = _cited(_POST, *["Id."] * 10_000)
    assert cited[-1].citation.url == "https://t.me/rybar/5"
    assert time.process_time() - started < 30


def test_a_hostile_long_reference_is_read_in_linear_time() -> None:
    started = time.process_time()
    cited = _cited(_POST, "Same as " + "a" * 100_000, "See id. " + "id. " * 25_000)
    assert cited[1].citation.url is None
    assert time.process_time() - started < 5


@pytest.mark.parametrize("start", [0, 1, 2, 3, 4])
def test_notes_cited_by_position_from_partway_take_the_sources_notes_cited_from_the_start_take(
    start: int,
) -> None:
    # `extract`'s second process starts partway through a report: its `Id.` and `Supra` notes must still
    # take the source of notes it never cited itself.
    notes = (
        _POST,
        "Id.",
        "Lina Haddad, January 22, 2022, https://news.example/a",
        "Id. at 4.",
        "Supra note 1.",
    )
    footnotes = tuple(
        Footnote(label=str(at), text=text, line=at, urls=_links(text)) for at, text in enumerate(notes, 1)
    )
    whole = _cited(*notes)
    cite = CitingByPosition(footnotes, None)

    assert tuple(map(cite, NumberedFootnotes(footnotes)[start:])) == whole[start:]


_PAGE = "https://example.org/a"
_COPY = "https://web.archive.org/web/20220121120000/https://example.org/a"
_PAGE_AND_ITS_COPY = f"Jane Smith, Example News, January 21, 2022, {_PAGE} (archived at {_COPY})."


def _cited_with_links(*notes: tuple[str, tuple[str, ...]]) -> tuple[CitedFootnote, ...]:
    footnotes = tuple(
        Footnote(label=str(at), text=text, line=at, urls=urls) for at, (text, urls) in enumerate(notes, 1)
    )
    report = Report(path="memo.md", format=ReportFormat.MARKDOWN, sha256="0" * 64, footnotes=footnotes)
    return cite_footnotes(report, None)


@pytest.mark.parametrize("reference", ["Id.", "Ibid.", "Supra note 1.", "Id. at 5."])
def test_a_back_reference_after_a_link_and_its_archived_copy_cites_the_page_keeping_the_copy(
    reference: str,
) -> None:
    # The note cites one page and names where it was kept: its `Id.` cites that page, the copy kept as the
    # page's archived copy (the `archived` check asks it first), never the copy as the cited page.
    first, second = _cited_with_links((_PAGE_AND_ITS_COPY, (_PAGE, _COPY)), (reference, ()))
    assert first.citation.url == _PAGE and first.citation.archived_url == _COPY
    assert second.citation.url == _PAGE
    assert second.citation.archived_url == _COPY
    assert second.citation.original_url is None
    assert "cites note 1's source" in _codes(second)["cites-note"]
    assert "cites-note-unclear" not in _codes(second)


def test_a_back_reference_after_a_link_and_an_archived_copy_of_another_page_is_unclear() -> None:
    other_copy = "https://web.archive.org/web/20220121120000/https://example.org/b"
    note = f"Jane Smith, Example News, January 21, 2022, {_PAGE} (archived at {other_copy})."
    cited = _cited_with_links((note, (_PAGE, other_copy)), ("Id.", ()))
    assert cited[1].citation.url is None
    assert "note 1 cites 2 links" in _codes(cited[1])["cites-note-unclear"]


def test_a_back_reference_after_an_archived_copy_cited_alone_keeps_the_original_it_copies() -> None:
    _, second = _cited_with_links(
        (f"Jane Smith, Example News, January 21, 2022, {_COPY}.", (_COPY,)), ("Id.", ())
    )
    assert second.citation.url == _COPY and second.citation.original_url == _PAGE
