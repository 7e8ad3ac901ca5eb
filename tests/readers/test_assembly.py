"""What every reader shares: whitespace in notes and passages."""

from __future__ import annotations

import re
from pathlib import Path
from random import Random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from provenance.models import Context
from provenance.readers import read_report, read_report_lazily
from provenance.readers.assembly import (
    MARK,
    MARKERS_WITHOUT_NOTES,
    PASSAGE_END,
    PASSAGE_START,
    MarkerDraft,
    NoteDraft,
    ParagraphDraft,
    PendingNote,
    assemble_footnotes,
    collapse_whitespace,
    footnote_labels,
    markers_without_notes,
    single_spaced,
)
from provenance.readers.assembly import _read_paragraph as read_paragraph


def test_whitespace_is_collapsed_for_every_character_the_pattern_calls_whitespace() -> None:
    # `collapse_whitespace` splits on what `str.split` takes for whitespace; readers used `\s+`: a character
    # one takes for a space and the other not would change a note's text.
    every = [chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000]
    pattern = re.compile(r"\s")
    assert [char for char in every if char.isspace()] == [char for char in every if pattern.match(char)]
    text = "\u00a0 a\u2003\u2003b\n\tc\u3000"
    assert collapse_whitespace(text) == re.sub(r"\s+", " ", text).strip() == "a b c"


def test_text_already_single_spaced_is_kept_as_the_pattern_would_make_it_for_every_character() -> None:
    # `single_spaced` gives back as it is text with no two spaces together that is printable: the space must
    # be the one whitespace character that is printable, or a run of another would not be made one space.
    every = [chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000]
    assert [char for char in every if char.isspace() and char.isprintable()] == [" "]
    for char in every:
        for text in (f"a{char}b", f"{char}{char} b"):
            assert single_spaced(text) == re.sub(r"\s+", " ", text)
    for text in ("", " ", "  ", "a  b", " a b ", "a \n b", "a\u00a0b", "a" * 100_000 + "  " + "b" * 100_000):
        assert single_spaced(text) == re.sub(r"\s+", " ", text)


@given(st.text(alphabet=st.sampled_from(["a", " ", "\t", "\n", "\u00a0", "\u2003", "\u200b", MARK])))
def test_single_spaced_is_the_pattern_s_collapsing(text: str) -> None:
    assert single_spaced(text) == re.sub(r"\s+", " ", text)


@given(
    st.text(alphabet=st.sampled_from(["a", "b", " ", "\n", ".", "“", "”", MARK, PASSAGE_START, PASSAGE_END]))
)
def test_passage_edges_change_no_text_and_no_marker_place(text: str) -> None:
    # A block quote or `<q>` is read as a quote (its edges in the text): the paragraph must read as it reads
    # without them, every marker in the same place, and each quote is words of that text.
    with_edges = read_paragraph(ParagraphDraft(text, passages=True))
    without = read_paragraph(ParagraphDraft(text.replace(PASSAGE_START, "").replace(PASSAGE_END, "")))
    assert (with_edges.text, with_edges.mark_offsets) == (without.text, without.mark_offsets)
    for quotes in with_edges.quotes_by_mark.values():
        for quote in quotes:
            assert quote.text and quote.text in with_edges.text[quote.start : quote.end]


def test_a_passage_is_a_quote_of_the_marker_after_it_and_quote_marks_inside_it_are_part_of_it() -> None:
    text = f"Before “one”.{MARK} She said: {PASSAGE_START}we “will” stay{PASSAGE_END}, he wrote.{MARK}"
    read = read_paragraph(ParagraphDraft(text, passages=True))
    assert read.text == "Before “one”. She said: we “will” stay, he wrote."
    assert {mark: [quote.text for quote in quotes] for mark, quotes in read.quotes_by_mark.items()} == {
        0: ["one"],
        1: ["we “will” stay"],
    }


def test_passage_edges_are_text_in_a_paragraph_that_does_not_say_it_has_passages() -> None:
    # Only readers that take these characters out of their input set `passages`.
    read = read_paragraph(ParagraphDraft(f"{PASSAGE_START}words{PASSAGE_END}{MARK}"))
    assert read.text == f"{PASSAGE_START}words{PASSAGE_END}" and read.quotes_by_mark == {}


# Footnotes made when asked for (`AssembledFootnotes`): any order, any split, any number of times, the same.

_PARAGRAPHS = [ParagraphDraft(f"Claim {MARK} “quote {n}” and {MARK}, then {MARK}.") for n in range(4)]
_NOTES = [NoteDraft(label=str(n), text=f"Note {n}", line=100 + n, urls=()) for n in range(6)]


def _markers(choices: list[tuple[int, int]]) -> list[MarkerDraft]:
    """Markers citing note `label` from paragraph `index`, each paragraph's marks numbered in turn."""
    marks: dict[int, int] = {}
    markers = []
    for index, label in choices:
        mark = marks.get(index, 0) % 3
        marks[index] = mark + 1
        markers.append(MarkerDraft(str(label), index + 1, _PARAGRAPHS[index], mark))
    return markers


_CITATIONS = st.lists(st.tuples(st.integers(0, 3), st.integers(0, 7)), max_size=12)


@given(_CITATIONS, st.integers(0, 6), st.randoms())
def test_footnotes_made_in_two_parts_or_in_any_order_are_the_footnotes_made_in_turn(
    citations: list[tuple[int, int]], split: int, random: Random
) -> None:
    in_turn = tuple(assemble_footnotes(_NOTES, _markers(citations)).footnotes)

    footnotes = assemble_footnotes(_NOTES, _markers(citations)).footnotes
    assert (*footnotes[split:], *footnotes[:split]) == (*in_turn[split:], *in_turn[:split])
    order = list(range(len(in_turn)))
    random.shuffle(order)
    again = assemble_footnotes(_NOTES, _markers(citations)).footnotes
    assert [again[index] for index in order] == [in_turn[index] for index in order]
    assert tuple(again) == in_turn  # made a second time, each paragraph read again


def test_a_paragraph_cited_by_both_halves_gives_each_its_context_and_quotes() -> None:
    markers = _markers([(0, 0), (0, 5), (0, 0)])

    footnotes = assemble_footnotes(_NOTES, markers).footnotes
    second, first = footnotes[3:][-1], footnotes[:3][0]

    # Its first mark leads the quote's sentence up to it, and no mark closes the quote: the quote is each's.
    assert [context.quotes for context in first.contexts] == [("quote 0",)]
    assert [context.quotes for context in second.contexts] == [("quote 0",)]  # the first mark after it
    assert first.contexts[0].text == second.contexts[0].text == "Claim “quote 0” and, then."


def test_a_context_is_made_of_the_fields_it_has_and_equals_one_given_every_field() -> None:
    # A context with nothing left out and no location is made without those fields, not with None for them
    # (their defaults, unvalidated); it is the context every field given makes.
    footnotes = assemble_footnotes(_NOTES, _markers([(0, 0), (0, 5), (0, 0)])).footnotes
    contexts = [context for footnote in footnotes for context in footnote.contexts]
    assert contexts
    for context in contexts:
        given = {name for name, value in context.__dict__.items() if value is not None}
        assert context.model_fields_set == given
        assert context == Context(**context.__dict__)
        assert context.model_dump_json() == Context(**context.__dict__).model_dump_json()


def test_a_pending_note_is_read_once_when_its_footnote_is_made_and_gives_the_note_read_at_once() -> None:
    # A long report's notes are read where their footnotes are made (half of them in `extract`'s fork):
    # the footnotes are the same, a repeat of its label is still named (and read with it, for its links),
    # and a note made twice is read once.
    reads: list[str] = []

    def pending(note: NoteDraft) -> PendingNote:
        def read() -> NoteDraft:
            reads.append(note.label)
            return note

        return PendingNote(note.label, note.line, read)

    repeat = NoteDraft(label="2", text="A repeat", line=200, urls=())
    markers = _markers([(0, 1), (1, 2), (2, 2)])
    at_once = assemble_footnotes([*_NOTES, repeat], markers)
    later = assemble_footnotes([*map(pending, _NOTES), pending(repeat)], markers)

    assert footnote_labels(later.footnotes) == footnote_labels(at_once.footnotes) and reads == []
    assert later.findings == at_once.findings and reads == []
    assert later.footnotes[2] == at_once.footnotes[2] and reads == ["2", "2"]
    assert "duplicate-label" in [finding.code for finding in later.footnotes[2].findings]
    assert tuple(later.footnotes) == tuple(at_once.footnotes)
    assert sorted(reads) == ["0", "1", "2", "2", "3", "4", "5"]  # "2" and its repeat read once each


def test_a_report_read_lazily_is_the_report_read_whole(tmp_path: Path) -> None:
    report = tmp_path / "report.md"
    report.write_text(
        "A claim.[^1] Another, “said”.[^2]\n\n[^1]: Note one.\n[^2]: Note two.\n", encoding="utf-8"
    )

    lazily = read_report_lazily(report)

    assert lazily.whole() == read_report(report)
    assert footnote_labels(lazily.footnotes) == ["1", "2"]


def test_an_unlinked_html_superscript_looks_like_a_marker_and_a_power_does_not() -> None:
    finding = markers_without_notes("Some 10<sup>6</sup> people on 40 km<sup>2</sup>.\nDenied.<SUP>[3]</SUP>")
    assert finding is not None and finding.code == MARKERS_WITHOUT_NOTES
    assert (finding.line, "'<SUP>[3]</SUP>'" in finding.message) == (2, True)
    assert markers_without_notes("Some 10<sup>6</sup> people, m<sup>2</sup>, the 1<sup>st</sup>.") is None
    assert markers_without_notes("Where x<sup>2</sup> and 5 μm<sup>2</sup> hold.") is None


def test_a_repeat_of_a_label_with_other_words_is_named_and_one_with_the_same_words_is_not() -> None:
    # Pandoc prints a Markdown label's last definition: a repeat giving another date under the same link was
    # only a `duplicate-label`, and the footnote passed on the first's date, never the one the report shows.
    note = NoteDraft(label="1", text="Rybar, January 21, 2022, https://t.me/rybar/1", line=3, urls=())
    other = note._replace(text="Rybar, January 25, 2022, https://t.me/rybar/1", line=5)
    same = note._replace(text="Rybar,  January 21, 2022,\nhttps://t.me/rybar/1", line=4)
    markers = _markers([(0, 1)])
    [differing] = assemble_footnotes([note, same, other], markers).footnotes
    assert [(finding.code, finding.line) for finding in differing.findings] == [
        ("duplicate-label", 4),
        ("duplicate-label", 5),
        ("repeat-text-differs", 5),
    ]
    assert (
        "line 5 repeats the label of the footnote on line 3 with other text" in differing.findings[2].message
    )
    [pasted_twice] = assemble_footnotes([note, same], markers).footnotes
    assert [finding.code for finding in pasted_twice.findings] == ["duplicate-label"]


_ONE_MARK_PARAGRAPHS = [
    "Claim 1 about the bridge, said “the bridge is open”.\uffff",
    "“We won,” he said, and “we will hold it”, and «мы победим».\uffff Then “after the mark”.",
    "\uffff“After the mark alone” and 'British quote' here.",
    "No quote at all.\uffff",
    "He wrote: “We lost the bridge.\uffff",  # open to the mark: an unclosed quote
    "He wrote: “We lost.\uffff Then “after it”.",  # an unclosed quote before a closed one
    "“Quoted to the mark”\uffff and “after it”.",
    "“x” " * 3_000 + "“" + "y" * 10_001 + "”\uffff",  # more than one context keeps: cut, and counted
    "“" + "z" * 6_000 + "” “" + "w" * 6_000 + "”\uffff “last”",
]


def test_the_one_mark_of_a_paragraph_gets_every_quote_as_the_steps_for_many_marks_give_them(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # A paragraph of one mark that no quote holds takes `_quotes_of_the_one_mark`'s way: its quotes, and
    # those left out, must be those the steps for any number of marks attribute (each quote to the mark,
    # cut at `MAX_QUOTED_CHARS`).
    from provenance.readers import assembly

    drafts = [ParagraphDraft(text) for text in _ONE_MARK_PARAGRAPHS]
    quick = [read_paragraph(draft) for draft in drafts]
    monkeypatch.setattr(assembly, "_quotes_of_the_one_mark", lambda *_: None)
    stepped = [read_paragraph(draft) for draft in drafts]
    assert quick == stepped
    assert [quote.text for quote in quick[1].quotes_by_mark[0]] == [
        "We won,",
        "we will hold it",
        "мы победим",
        "after the mark",
    ]
    assert quick[7].left_out_by_mark == {0: (0, 1)}
    assert quick[3].quotes_by_mark == {}
    assert [quote.text for quote in quick[5].quotes_by_mark[0]] == ["We lost.", "after it"]


@given(
    st.text(alphabet=st.sampled_from(["a", "b", " ", "\n", "\t", "\u00a0", "\u2003", "\x85", "é", "\u200b"]))
)
def test_collapsed_whitespace_is_the_split_words_joined_whether_or_not_the_text_was_single_spaced(
    text: str,
) -> None:
    assert collapse_whitespace(text) == " ".join(text.split())


@given(st.text(alphabet=".!?\u2026\u201d\u2019\"'»)] aA\n", max_size=24))
def test_a_sentence_s_end_is_found_where_a_run_of_stops_is(text: str) -> None:
    # `_SENTENCE_END` spells its first stop apart (for speed): it must find what a run of stops, `[.!?…]+`,
    # finds, where it finds it.
    from provenance.readers import assembly

    run = re.compile(r"[.!?\u2026]+[\u201d\u2019\"'»)\]]*(?=\s+[^\s])")
    assert [found.span() for found in assembly._SENTENCE_END.finditer(text)] == [
        found.span() for found in run.finditer(text)
    ]
