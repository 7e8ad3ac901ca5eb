"""The day a note says it retrieved or accessed its source (`retrieved 21 January 2022`): kept as the
citation's `accessed`, written and read as CSL's `accessed`, never taken for its publication date."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest

from provenance.citations import apply_overrides, citation_to_csl, load_citations_file, parse_citation
from provenance.citations.cite import cite_footnote
from provenance.citations.parse import accessed_day
from provenance.models import Citation, Footnote

D = dt.date


def _note(text: str) -> Footnote:
    return Footnote(label="1", text=text, line=3)


@pytest.mark.parametrize(
    ("note", "accessed"),
    [
        (
            '"Battle of X", Wikipedia, retrieved 21 January 2022. https://en.wikipedia.org/wiki/X',
            D(2022, 1, 21),
        ),
        ("Example News, Retrieved January 21, 2022, from https://news.example/a", D(2022, 1, 21)),
        ("Example News, https://news.example/a (last accessed: 2023-03-05).", D(2023, 3, 5)),
        ("\u201eSchlacht\u201c, Wikipedia, abgerufen am 5. M\u00e4rz 2023.", D(2023, 3, 5)),
        ("\u00ab Bataille \u00bb, Wikip\u00e9dia, consult\u00e9 le 5 mars 2023.", D(2023, 3, 5)),
        ("Ministerio, \u00abInforme\u00bb, consultado el 5 de marzo de 2023.", D(2023, 3, 5)),
        (
            "\u00ab\u0411\u0438\u0442\u0432\u0430\u00bb, "
            "\u0412\u0438\u043a\u0438\u043f\u0435\u0434\u0438\u044f, "
            "\u0434\u0430\u0442\u0430 \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u044f: 05.02.2023.",
            D(2023, 2, 5),
        ),
    ],
)
def test_the_day_a_note_retrieved_its_source_is_its_accessed_not_its_date(
    note: str, accessed: dt.date
) -> None:
    # The day was kept only in a finding's message (a wiki page's), or nowhere.
    citation = parse_citation(_note(note)).citation
    assert citation.accessed == accessed
    assert citation.date is None


def test_a_note_giving_its_publication_day_and_its_access_day_keeps_each_as_itself() -> None:
    note = "Rybar, Telegram, January 21, 2022, accessed March 5, 2023. https://t.me/rybar/1"
    citation = parse_citation(_note(note)).citation
    assert (citation.date, citation.accessed) == (D(2022, 1, 21), D(2023, 3, 5))
    assert cite_footnote(_note(note), None).findings == ()


@pytest.mark.parametrize(
    "note",
    [
        "Rybar, Telegram, January 21, 2022. https://t.me/rybar/1",
        # A title's words are what it says, not the note's access.
        'Jane Smith, "Files accessed 5 March 2023 by the court", Example News, January 21, 2022.',
        "Jane Smith, Example News, January 21, 2022, accessed by 3 million readers.",
    ],
)
def test_a_note_saying_no_access_day_has_none(note: str) -> None:
    assert parse_citation(_note(note)).citation.accessed is None


def test_reading_the_access_day_of_a_hostile_note_is_linear() -> None:
    hostile = "retrieved accessed " * 6_000 + "x" * 1_000
    started = time.process_time()
    assert accessed_day(hostile) is None
    parse_citation(_note(hostile[:100_000]))
    assert time.process_time() - started < 2.0


def test_the_access_day_is_written_as_csls_accessed_and_read_back() -> None:
    note = '"Battle of X", Wikipedia, retrieved 21 January 2022. https://en.wikipedia.org/wiki/X'
    citation = parse_citation(_note(note)).citation
    item = citation_to_csl("1", citation)
    assert item["accessed"] == {"date-parts": [[2022, 1, 21]]}
    overrides = load_citations_file(json.dumps([item]).encode(), "cites.json")["1"]
    assert overrides.accessed == D(2022, 1, 21)
    assert apply_overrides(citation, overrides) == citation


def test_a_citations_files_accessed_sets_the_day_the_note_does_not_give() -> None:
    citation = parse_citation(_note("Example News, January 21, 2022, https://news.example/a")).citation
    assert citation.accessed is None
    data = json.dumps([{"id": "1", "accessed": {"date-parts": [[2023, 3, 5]]}}]).encode()
    applied = apply_overrides(citation, load_citations_file(data, "cites.json")["1"])
    assert applied.accessed == D(2023, 3, 5)
    assert applied.date == D(2022, 1, 21)  # the access day is no publication date


@pytest.mark.parametrize(
    "accessed",
    [{"date-parts": [[2023, 3]]}, {"raw": "sometime"}, "2023-03-05", {"date-parts": [[2023, 2, 30]]}],
)
def test_a_citations_files_accessed_of_no_one_day_is_left_out_not_refused(accessed: object) -> None:
    # Other tools' files were read before this field was: a record-only field refuses none of them.
    data = json.dumps([{"id": "1", "accessed": accessed}]).encode()
    assert load_citations_file(data, "cites.json")["1"].accessed is None


def test_an_old_citation_without_the_field_reads_as_having_no_access_day() -> None:
    old = {"platform": "web", "url": "https://news.example/a", "date": "2022-01-21", "author": "Jane Smith"}
    assert Citation.model_validate(old).accessed is None


@pytest.mark.parametrize(
    ("note", "accessed"),
    [
        # Two access words: the day beside the link is when the cited copy was read (the first was taken).
        (
            "Example News, retrieved 1 May 2023 from the archive; last visited 5 May 2023, "
            "https://news.example/a",
            D(2023, 5, 5),
        ),
        (
            "Example News, Accessed 3 March 2023. Retrieved 5 March 2023, from https://news.example/a",
            D(2023, 3, 5),
        ),
        (
            "Example News, https://news.example/a (last visited Jan. 21, 2022). Accessed 3 March 2023 "
            "through the library's database.",
            D(2022, 1, 21),
        ),
        # A word giving no day does not hide the one after it that does.
        (
            "Example News, accessed by 3 million readers, retrieved 5 March 2023, https://news.example/a",
            D(2023, 3, 5),
        ),
    ],
)
def test_of_two_access_days_the_one_beside_the_link_is_the_notes(note: str, accessed: dt.date) -> None:
    citation = parse_citation(_note(note)).citation
    assert citation.accessed == accessed
    assert citation.date is None


@pytest.mark.parametrize(
    ("note", "accessed"),
    [
        # Bluebook's, and the access words of other styles `dates` already never takes for the date.
        ("Example News, https://news.example/a (last visited Jan. 21, 2022).", D(2022, 1, 21)),
        ("Ministry, Report, date of access: 5 March 2023, https://news.example/a", D(2023, 3, 5)),
        ("Ministerium, Bericht, Zugriff am 5. M\u00e4rz 2023, https://news.example/a", D(2023, 3, 5)),
        ("Ministero, Rapporto, consultato il 5 marzo 2023, https://news.example/a", D(2023, 3, 5)),
        (
            "Minist\u00e9rio, Relat\u00f3rio, consultado em 5 de mar\u00e7o de 2023, https://news.example/a",
            D(2023, 3, 5),
        ),
    ],
)
def test_the_access_words_of_other_styles_give_the_access_day(note: str, accessed: dt.date) -> None:
    # The day was no date of the note (rightly) and no access day either: it was lost.
    citation = parse_citation(_note(note)).citation
    assert (citation.accessed, citation.date) == (accessed, None)


def test_reading_the_access_day_nearest_the_link_of_a_hostile_note_is_linear() -> None:
    hostile = "retrieved 1 May 2023, last visited 2 May 2023, " * 2_200 + " https://news.example/a"
    assert len(hostile) >= 100_000
    started = time.process_time()
    assert accessed_day(hostile, (len(hostile) - 22, len(hostile))) == D(2023, 5, 2)
    assert time.process_time() - started < 0.3  # about 20 ms: a few words read, not thousands
    started = time.process_time()
    parse_citation(_note(hostile))
    assert time.process_time() - started < 4.0  # about 0.5 s, as before


@pytest.mark.parametrize(
    ("note", "published", "accessed"),
    [
        # Lithuanian's "viewed" and "visited", Latvian's "viewed", as their Wikipedias cite: the access day
        # was the note's date (a post of the day it was read passed), or was dropped beside the date.
        (
            "Lietuvos radijas, \u201ePrane\u0161imas\u201c, 2024-03-12, \u017ei\u016br\u0117ta 2024-05-01, "
            "https://www.lrt.lt/naujienos/1",
            D(2024, 3, 12),
            D(2024, 5, 1),
        ),
        (
            "LSM, \u201eZi\u0146a\u201c, 2024. gada 12. mart\u0101, skat\u012bts 2024. gada 1. maij\u0101, "
            "https://www.lsm.lv/raksts/1",
            D(2024, 3, 12),
            D(2024, 5, 1),
        ),
        (
            "\u201eVilnius\u201c, Vikipedija, aplankyta 2024-05-01, https://lt.wikipedia.org/wiki/Vilnius",
            None,
            D(2024, 5, 1),
        ),
    ],
)
def test_lithuanian_and_latvian_access_words_give_the_access_day_not_the_date(
    note: str, published: dt.date | None, accessed: dt.date
) -> None:
    citation = parse_citation(_note(note)).citation
    assert (citation.date, citation.accessed) == (published, accessed)
