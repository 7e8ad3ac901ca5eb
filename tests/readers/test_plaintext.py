"""Plain-text reports: `[1]` markers in the body, a numbered footnote block at the end."""

from __future__ import annotations

from collections.abc import Sequence
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from provenance.models import Finding, ReportFormat
from provenance.readers import read_report_bytes
from provenance.readers.assembly import MarkerDraft, ParagraphDraft, markers_without_notes
from provenance.readers.plaintext import _HEADING_WORD, NOTES_HEADING, is_notes_heading, read_plain_text
from tests.readers.support import by_label, finding_codes, read_asset


def test_markers_glued_to_punctuation_quotes_and_each_other_all_point_to_their_notes() -> None:
    report = read_asset("glued_markers.txt")
    notes = by_label(report)
    assert [footnote.label for footnote in report.footnotes] == [str(n) for n in range(1, 11)]
    assert {label: [context.line for context in note.contexts] for label, note in notes.items()} == {
        "1": [3],
        "2": [3],
        "3": [4],
        "4": [4],
        "5": [4],
        "6": [5],
        "7": [5],
        "8": [5],
        "9": [5],
        "10": [5],
    }
    assert finding_codes(report) == []


def test_context_is_the_body_paragraph_without_markers_with_the_quote_its_marker_closes() -> None:
    context = by_label(read_asset("glued_markers.txt"))["3"].contexts[0]
    assert context.text == (
        "The minister said the offensive “would not stop”. Later the channel denied it. "
        'A spokesman called it "a strategic defeat." Analysts disagreed and cited earlier posts '
        "and a series of reports."
    )
    assert context.quotes == ("a strategic defeat.",)
    assert by_label(read_asset("glued_markers.txt"))["1"].contexts[0].quotes == ("would not stop",)


def test_note_keeps_its_text_line_and_url() -> None:
    note = by_label(read_asset("glued_markers.txt"))["2"]
    assert (note.text, note.line, note.urls) == ("https://t.me/rybar/12345", 8, ("https://t.me/rybar/12345",))


def test_body_lines_that_start_with_a_marker_are_not_the_footnote_block() -> None:
    report = read_asset("marker_starting_body_line.txt")
    notes = by_label(report)
    assert [(note.label, note.line) for note in report.footnotes] == [("1", 8), ("2", 9)]
    assert [context.line for context in notes["1"].contexts] == [2]
    assert notes["2"].contexts[0].text == "Both claims are covered below; the second was retracted."
    assert finding_codes(report) == []


def test_continuation_lines_and_indented_paragraphs_belong_to_the_note_but_a_footer_does_not() -> None:
    notes = by_label(read_asset("multi_paragraph_note.txt"))
    assert notes["1"].text == (
        "Reuters, “Troops cross the river”, January 21, 2022, "
        "https://www.reuters.com/world/troops-cross-river (accessed January 23, 2022)."
        "\n\nThe same report was later corrected; see the correction at https://www.reuters.com/world/correction."
    )
    assert notes["1"].urls == (
        "https://www.reuters.com/world/troops-cross-river",
        "https://www.reuters.com/world/correction",
    )
    assert notes["2"].text == "Telegram, January 22, 2022."
    assert notes["2"].line == 9


def test_numbered_notes_under_a_notes_heading_with_caret_markers() -> None:
    report = read_asset("notes_under_heading.txt")
    assert [(note.label, note.line, note.text) for note in report.footnotes] == [
        ("1", 9, "Telegram, January 21, 2022, https://t.me/rybar/12345."),
        ("2", 10, "Ministry of Defence statement, January 22, 2022."),
    ]
    assert [context.line for note in report.footnotes for context in note.contexts] == [5, 5]
    dawn = "The channel posted the claim at dawn. The ministry denied it."
    assert report.footnotes[0].contexts[0].text == dawn


@pytest.mark.parametrize(
    "heading",
    ["Bibliography", "Works Cited", "Sources and notes", "NOTES & REFERENCES:", "Примечания", "Джерела"],
)
def test_numbered_notes_under_other_usual_headings_are_found(heading: str) -> None:
    result = read_plain_text(
        f"The channel posted the claim at dawn.^1 The ministry denied it.^2\n\n{heading}\n\n"
        "1. Telegram, January 21, 2022.\n2. Ministry of Defence statement, January 22, 2022.\n"
    )
    assert [
        (note.label, note.line, [context.line for context in note.contexts]) for note in result.footnotes
    ] == [
        ("1", 5, [1]),
        ("2", 6, [1]),
    ]


@pytest.mark.parametrize(
    "heading",
    ["Quellen", "Anmerkungen und Quellen", "Fuentes", "Notas y referencias", "Références", "Сноски"],
)
def test_numbered_notes_under_a_german_spanish_or_french_heading_are_found(heading: str) -> None:
    # The HTML reader knew these headings; a text report (or a PDF's endnotes) under them had no notes read.
    result = read_plain_text(
        'Rybar wrote "we hold the town" at dawn.[1] The ministry denied it.[2]\n\n'
        f"{heading}\n1. Rybar, https://t.me/rybar/1\n2. Ministry, https://mil.example/2\n"
    )
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in result.footnotes] == [
        ("1", ("https://t.me/rybar/1",), [("we hold the town",)]),
        ("2", ("https://mil.example/2",), [()]),
    ]
    assert result.findings == ()


def test_a_label_numbered_again_with_another_link_gives_the_note_that_link_too() -> None:
    # Notes numbered anew (a second chapter's `1.`): only the first was read, and chapter 2's source was
    # never checked while the footnote passed on chapter 1's.
    result = read_plain_text(
        'Rybar wrote "we hold the town".[1]\n\nThe governor wrote "the metro is shut".[1]\n\n'
        "Notes\n1. Rybar, https://t.me/rybar/1\n1. Governor, https://t.me/governor/3\n"
    )
    [note] = result.footnotes
    assert note.urls == ("https://t.me/rybar/1", "https://t.me/governor/3")
    assert [finding.code for finding in note.findings] == ["duplicate-label", "repeat-text-differs"]


def test_stop_after_a_bracketed_label_is_not_part_of_the_note() -> None:
    report = read_asset("bracket_labels_with_stops.txt")
    assert [(note.label, note.text) for note in report.footnotes] == [
        ("1", "Telegram, January 21, 2022, https://t.me/rybar/12345"),
        ("2", "Ministry of Defence statement, January 22, 2022."),
    ]
    assert finding_codes(report) == []


def test_caret_notes_without_a_heading() -> None:
    report = read_asset("caret_notes.txt")
    assert [(note.label, note.line, note.text) for note in report.footnotes] == [
        ("1", 3, "Telegram, January 21, 2022.")
    ]
    assert report.footnotes[0].contexts[0].line == 1


def test_marker_without_footnote_is_a_report_finding_naming_label_and_line() -> None:
    report = read_asset("marker_without_footnote.txt")
    assert finding_codes(report) == [("marker-without-footnote", None, 1)]
    assert "2" in report.findings[0].message
    assert "line 1" in report.findings[0].message


def test_a_marker_and_a_note_after_the_notes_block_are_named_not_lost() -> None:
    # `Extra.[7]` and its note after the block were neither read nor reported: a source never checked, and
    # nothing said so.
    text = (
        "Claim.[1]\n\nSources\n[1] Rybar, Telegram, January 21, 2022, https://t.me/rybar/1\n\n"
        "Extra.[7]\n[7] Rybar, Telegram, January 21, 2022, https://t.me/rybar/7\n"
    )
    report = read_plain_text(text)
    assert [footnote.label for footnote in report.footnotes] == ["1"]
    assert [(finding.code, finding.line) for finding in report.findings] == [
        ("note-after-notes", 7),
        ("marker-without-footnote", 6),
    ]
    assert report.findings[0].message == (
        "line 7 opens note 7 after the notes block (line 4): it is not read; move it into the block"
    )


def test_a_footer_after_the_notes_block_is_still_no_note_and_no_finding() -> None:
    text = "Claim.[1]\n\nSources\n[1] Telegram, January 21, 2022.\n\nCopyright 2022 Example Desk.\n"
    report = read_plain_text(text)
    assert [footnote.text for footnote in report.footnotes] == ["Telegram, January 21, 2022."]
    assert report.findings == ()


def test_unreferenced_footnote_is_a_finding_on_that_note() -> None:
    report = read_asset("unreferenced_footnote.txt")
    assert finding_codes(report) == [("unreferenced-footnote", "2", 4)]
    assert "line 4" in report.footnotes[1].findings[0].message


def test_duplicate_label_keeps_the_first_note_and_reports_the_second_on_it() -> None:
    report = read_asset("duplicate_label.txt")
    assert [(note.label, note.text) for note in report.footnotes] == [
        ("1", "Telegram, January 21, 2022."),
        ("2", "Twitter, January 22, 2022."),
    ]
    assert finding_codes(report) == [("duplicate-label", "1", 5), ("repeat-text-differs", "1", 5)]
    assert "line 5" in report.footnotes[0].findings[0].message


def test_crlf_line_ends_read_like_lf_with_the_same_line_numbers() -> None:
    report = read_asset("crlf_line_ends.txt")
    note = report.footnotes[0]
    assert (note.line, note.text, note.urls) == (
        4,
        "Telegram, January 21, 2022, https://t.me/rybar/12345",
        ("https://t.me/rybar/12345",),
    )
    assert note.contexts[0].text == "A claim. Still the same paragraph."


def test_utf16_with_byte_order_mark_is_read() -> None:
    report = read_asset("utf16_bom.txt")
    assert report.format is ReportFormat.TEXT
    assert [(note.label, note.line, note.text) for note in report.footnotes] == [
        ("1", 3, "Telegram, 21 января 2022.")
    ]
    assert report.footnotes[0].contexts[0].text == "Заявление канала."


def test_prose_without_notes_is_a_report_without_footnotes() -> None:
    report = read_asset("no_footnotes.txt")
    assert (report.footnotes, report.findings) == ((), ())


def test_superscript_markers_and_superscript_note_labels() -> None:
    result = read_plain_text(
        "The offensive ended in defeat.¹ Channels denied it.⁽²⁾\n\n"
        "¹ Telegram, January 21, 2022.\n⁽²⁾ Twitter, January 22, 2022.\n"
    )
    assert [(note.label, note.line, note.text) for note in result.footnotes] == [
        ("1", 3, "Telegram, January 21, 2022."),
        ("2", 4, "Twitter, January 22, 2022."),
    ]
    assert [len(note.contexts) for note in result.footnotes] == [1, 1]
    assert result.footnotes[0].contexts[0].text == "The offensive ended in defeat. Channels denied it."
    assert result.findings == ()


def test_adjacent_superscript_marks_name_two_notes_when_there_is_no_note_of_their_number() -> None:
    # Word sets the marks of notes 3 and 4 side by side; a text copy reads `³⁴`, which was "note 34".
    result = read_plain_text(
        "A widely shared video was old.³⁴ Officials denied it.¹²\n\n"
        "³ Kherson News, X, January 21, 2022.\n⁴ YouTube, May 3, 2019.\n"
        "¹ One.\n² Two.\n¹² Twelve.\n"
    )
    assert {note.label: len(note.contexts) for note in result.footnotes} == {
        "3": 1, "4": 1, "1": 0, "2": 0, "12": 1,
    }  # fmt: skip
    assert result.findings == ()


def test_adjacent_superscript_marks_opening_a_report_name_notes_one_and_two_though_it_has_a_note_twelve() -> (
    None
):
    # A Word report of thirteen notes copied as text: its first passage cites notes 1 and 2 at once
    # (`holding”.¹²`). Read as note 12, that passage was compared with note 12's source and notes 1 and 2
    # cited nothing; notes are numbered as first cited, and note 3, not 12, is the next such.
    raised = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
    body = "Both channels wrote “the front is holding”.¹² The ministry said nothing.\n\n" + "".join(
        f"Paragraph {n} says “claim {n} holds”.{str(n).translate(raised)}\n\n" for n in range(3, 14)
    )
    notes = "".join(f"{str(n).translate(raised)} Source {n}, https://t.me/c{n}/{n}\n" for n in range(1, 14))
    result = read_plain_text(body + "Notes\n\n" + notes)
    quotes = {note.label: [context.quotes for context in note.contexts] for note in result.footnotes}
    assert quotes["1"] == quotes["2"] == [("the front is holding",)]
    assert quotes["12"] == [("claim 12 holds",)]
    assert all(note.findings == () for note in result.footnotes)


def test_superscript_markers_with_numbered_notes_under_a_heading() -> None:
    result = read_plain_text("The offensive ended.¹²\n\nNotes\n\n1. One.\n12. Twelve.\n")
    assert [(note.label, len(note.contexts)) for note in result.footnotes] == [("1", 0), ("12", 1)]


@pytest.mark.parametrize(
    ("power", "one", "two"),
    [
        *((power, "¹", "²") for power in ["40 km²", "300 m³", "10⁶", "10¹²", "x²", "2.5 cm²", "5 μm²"]),
        *((power, "^1", "^2") for power in ["40 km^2", "300 m^3", "10^6", "x^2"]),
    ],
)
def test_a_power_written_raised_is_no_marker_and_the_quote_is_its_sentences_note(
    power: str, one: str, two: str
) -> None:
    # `km²` was marker 2: the quote before it was note 2's (compared with the council's post), note 1's
    # sentence had none, and `m³` named a note 3 the report does not have.
    result = read_plain_text(
        f"The mayor said “water covered {power} of the valley” on Monday.{one} The council met.{two}\n\n"
        f"{one} Mayor, Telegram, https://t.me/mayor/1\n{two} Council, Telegram, https://t.me/council/2\n"
    )
    quotes = {note.label: [context.quotes for context in note.contexts] for note in result.footnotes}
    assert quotes == {"1": [(f"water covered {power} of the valley",)], "2": [()]}
    assert result.findings == ()


@pytest.mark.parametrize(
    "body",
    [
        "the war began in 2014.¹",
        "the war began in 2014¹ and goes on",
        "a bell¹",
        "shelling killed 12¹",
        "the line moved 40 km¹",
    ],
)
def test_a_raised_number_after_a_year_or_a_word_still_cites(body: str) -> None:
    result = read_plain_text(f"In short, {body}.\n\n¹ Desk, Telegram, https://t.me/desk/1\n")
    assert [len(note.contexts) for note in result.footnotes] == [1]


def test_a_report_without_notes_whose_only_raised_digits_are_powers_cites_nothing() -> None:
    # It was `markers-without-notes` (first: '²'), which `check` never passes.
    assert markers_without_notes("The lake covers 40 km², some 10⁶ m³ of water; x² and 10^6 too.") is None
    assert markers_without_notes("The lake dried up.² The council met.") is not None


def _long_report(count: int, marker: str, note: str, heading: str = "Sources") -> str:
    """A report citing notes 1 to `count`, one paragraph each; `marker` and `note` are formats of `n`."""
    numbers = range(1, count + 1)
    body = "\n\n".join(f"Claim {n}, said “the bridge is open”.{marker.format(n=n)}" for n in numbers)
    notes = "\n".join(f"{note.format(n=n)} Desk {n}, January {n % 28 + 1}, 2022." for n in numbers)
    return f"Report\n\n{body}\n\n{heading}\n{notes}\n"


def test_report_of_1200_bracketed_notes_reads_each_note_with_its_own_text_and_context() -> None:
    # Labels stopped at 3 digits: notes 1000 to 1200 were read as one continuation of note 999.
    result = read_plain_text(_long_report(1200, "[{n}]", "[{n}]"))
    notes = {note.label: note for note in result.footnotes}
    assert list(notes) == [str(n) for n in range(1, 1201)]
    for n in (999, 1000, 1200):
        note = notes[str(n)]
        assert (note.text, note.line) == (f"Desk {n}, January {n % 28 + 1}, 2022.", 2 * 1200 + 3 + n)
        assert [(context.line, context.text, context.quotes) for context in note.contexts] == [
            (2 * n + 1, f"Claim {n}, said “the bridge is open”.", ("the bridge is open",))
        ]
    assert result.findings == ()


@pytest.mark.parametrize(
    ("marker", "note", "heading"),
    [("^{n}", "^{n}", "Sources"), ("[{n}]", "{n}.", "Notes"), ("^{n}", "{n})", "Notes")],
    ids=["caret", "numbered", "numbered-with-caret-markers"],
)
def test_long_report_of_caret_or_numbered_notes_reads_each_note(marker: str, note: str, heading: str) -> None:
    result = read_plain_text(_long_report(1050, marker, note, heading))
    notes = {footnote.label: footnote for footnote in result.footnotes}
    assert list(notes) == [str(n) for n in range(1, 1051)]
    assert notes["1000"].text == "Desk 1000, January 21, 2022."
    assert notes["1050"].contexts[0].text == "Claim 1050, said “the bridge is open”."
    assert result.findings == ()


def test_long_block_of_notes_separated_by_blank_lines_reads_each_note_and_not_the_footer() -> None:
    # A paragraph opening with `[1000]` ended the block: notes 1000 on were taken for a footer and dropped.
    notes = "\n\n".join(f"[{n}] Desk {n}." for n in range(1, 1011))
    result = read_plain_text(f"{' '.join(f'[{n}]' for n in range(1, 1011))}\n\n{notes}\n\nEnd of report.\n")
    assert [note.label for note in result.footnotes] == [str(n) for n in range(1, 1011)]
    assert [note.text for note in result.footnotes][-2:] == ["Desk 1009.", "Desk 1010."]
    assert result.findings == ()


def test_note_line_of_four_digits_that_does_not_continue_the_numbering_stays_in_the_previous_note() -> None:
    short = read_plain_text("A claim.[3]\n\n[3] Desk, published in the\n[2022] budget review.\n")
    assert [(note.label, note.text) for note in short.footnotes] == [
        ("3", "Desk, published in the [2022] budget review.")
    ]
    # In a long block only the next number starts a note: `[2022]` and `[1001]` after note 999 do not.
    notes = "\n".join(f"[{n}] Desk {n}." for n in range(1, 1000))
    long = read_plain_text(
        f"{' '.join(f'[{n}]' for n in range(1, 1001))}\n\n{notes}\n[2022] budget,\n[1001] pages.\n"
        "[1000] Desk 1000.\n"
    )
    labeled = {note.label: note.text for note in long.footnotes}
    assert len(labeled) == 1000
    assert (labeled["999"], labeled["1000"]) == ("Desk 999. [2022] budget, [1001] pages.", "Desk 1000.")


@pytest.mark.parametrize(
    ("text", "context"),
    [
        ("The [2022] budget rose.[1]\n\n[1] Ministry of Finance, 2022.\n", "The [2022] budget rose."),
        ("The ^2022 budget rose.^1\n\n^1 Ministry of Finance, 2022.\n", "The ^2022 budget rose."),
    ],
    ids=["bracket", "caret"],
)
def test_year_in_the_body_of_a_short_report_stays_text_and_is_no_marker(text: str, context: str) -> None:
    # The caret pattern read `^2022` as a marker of note 202 followed by a `2`.
    result = read_plain_text(text)
    assert [[context.text for context in note.contexts] for note in result.footnotes] == [[context]]
    assert result.findings == ()


@pytest.mark.parametrize(
    ("body", "context", "findings"),
    [
        # `[1000]` alone, or as a list item, names no note here: the bracket stays text, with no finding.
        ("A claim.[998] See [1000] and [999, 1000].", "A claim. See [1000] and.", []),
        # `[998-1000]` cites a note 1000 that is not there (a typo, a lost note): a finding, as it was before
        # labels of four digits were read. A range of years names no note and stays text.
        (
            "A claim.[998-1000] In [2020-2022] too.",
            "A claim. In [2020-2022] too.",
            [("marker-without-footnote", "marker 1000 on line 1 has no footnote")],
        ),
    ],
    ids=["a four-digit label without its note is text", "a range past the last note names the missing one"],
)
def test_body_markers_of_four_digits_in_a_report_of_notes_998_and_999(
    body: str, context: str, findings: list[tuple[str, str]]
) -> None:
    result = read_plain_text(f"{body}\n\n[998] One.\n[999] Two.\n")
    assert [(note.label, [c.text for c in note.contexts]) for note in result.footnotes] == [
        ("998", [context]),
        ("999", [context]),
    ]
    assert [(finding.code, finding.message) for finding in result.findings] == findings


def test_four_digit_ranges_and_lists_name_the_long_notes_that_exist() -> None:
    notes = "\n".join(f"[{n}] Desk {n}." for n in range(1, 1003))
    # 1004 is no note: a list item of four digits is left out, with no finding (a year is more likely).
    result = read_plain_text(f"A claim.[999-1002] Again.[998, 1002, 1004]\n\n{notes}\n")
    cited = {note.label: [context.line for context in note.contexts] for note in result.footnotes}
    assert [cited[str(n)] for n in range(997, 1003)] == [[], [1], [1], [1], [1], [1]]
    assert result.findings == ()


# Pieces of a body paragraph: markers naming notes once, twice, in ranges and lists, a label without a note,
# quotes that markers cite, and words enough to cut a long paragraph into context windows.
_BODY_PIECES = [
    "claim",
    "“quoted words”",
    '"said so"',
    "“open",
    "close”",
    "[1]",
    "[2]",
    "[1-3]",
    "[2\u20134]",
    "[1,3]",
    "[3, 1]",
    "[1,1]",
    "[7]",
    "[6-8]",
    "[1-100]",
    "[2022]",
    "^2",
    "word.",
    "\n",
    "\n\n",
    "filler " * 150,
]


def _every_marker(
    paragraph: ParagraphDraft, marks: Sequence[tuple[int, str, Sequence[str]]]
) -> list[MarkerDraft]:
    """A marker for each label of each mark, as the reader made them before it left any out."""
    return [
        MarkerDraft(label, line, paragraph, mark)
        for mark, (line, _, labels) in enumerate(marks)
        for label in labels
    ]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BODY_PIECES), max_size=80))
def test_markers_left_out_as_adding_nothing_change_no_footnote_and_no_count(pieces: list[str]) -> None:
    text = " ".join(pieces) + "\n\nNotes\n" + "".join(f"[{k}] Note {k}.\n" for k in range(1, 6))
    report = read_plain_text(text)
    with mock.patch("provenance.readers.plaintext._distinct_markers", _every_marker):
        expected = read_plain_text(text)
    assert tuple(report.footnotes) == tuple(expected.footnotes)
    assert report.findings == expected.findings


def test_a_numbered_list_after_numbered_notes_is_an_appendix_not_notes_out_of_place() -> None:
    text = (
        "Claim.[1]\n\nNotes\n1. Rybar, Telegram, January 21, 2022.\n\nAppendix: method\n\n"
        "1. Collect the posts.\n2. Compare them.\n"
    )
    report = read_plain_text(text)
    assert [footnote.label for footnote in report.footnotes] == ["1"]
    assert report.findings == ()


def test_html_superscripts_are_markers_only_when_asked_for_by_the_markdown_reader() -> None:
    text = "A claim.<sup>1</sup>\n\nSources\n\n1. Telegram, January 21, 2022.\n"
    assert [note.contexts for note in read_plain_text(text).footnotes] == [()]
    [note] = read_plain_text(text, superscript_tags=True).footnotes
    assert [context.text for context in note.contexts] == ["A claim."]


def test_backticks_in_a_plain_text_report_are_text_and_hide_no_quote() -> None:
    # Only Markdown makes a backtick pair code; a plain-text draft may wrap a quote in them for emphasis.
    text = "The mayor wrote `“we stay”` in the statement.[1]\n\n[1] City Hall, January 21, 2022.\n"
    assert read_plain_text(text).footnotes[0].contexts[0].quotes == ("we stay",)


_NOTES = "\n\nNotes\n" + "\n".join(
    f"[{n}] Source {n}, January 2{n}, 2022, https://example.org/{n}" for n in range(1, 6)
)


def _quotes_of(body: str) -> dict[str, list[tuple[str, ...]]]:
    report = read_plain_text(body + _NOTES)
    return {note.label: [context.quotes for context in note.contexts] for note in report.footnotes}


def test_a_block_quote_set_off_by_angle_brackets_is_the_quote_of_its_marker() -> None:
    # Its words were no footnote's: footnote 1 came out verified without them compared.
    body = "Report\n\n> We will rebuild the bridge,\n> and soon.[1]\n> \u2014 the governor"
    assert _quotes_of(body)["1"] == [("We will rebuild the bridge, and soon.",)]


def test_an_indented_block_quote_is_cited_by_the_markers_opening_the_paragraph_after_it() -> None:
    body = "Report\n\nThe mayor spoke.\n\n    The tunnel will close in May.\n\n[1] she said. Later, more.[2]"
    quotes = _quotes_of(body)
    assert quotes["1"] == [("The tunnel will close in May.",)]
    assert quotes["2"] == [()]


@pytest.mark.parametrize(
    "body",
    [
        # Every paragraph's first line indented, one paragraph a line long.
        "Report\n\n    Russian forces attacked Kherson.[1]\n\n    The bridge was hit, officials said.",
        # Every line of every paragraph indented alike.
        "    Russian forces attacked Kherson.[1]\n    The bridge was hit.\n\n    Officials said so.",
        # A list's item indented under its paragraph.
        "The strikes:\n\n    - Russian forces attacked Kherson.[1]\n\nThat was all.",
    ],
)
def test_indentation_a_report_gives_all_its_paragraphs_or_list_items_quotes_nothing(body: str) -> None:
    assert _quotes_of(body)["1"] == [()]


_SIGNATURE = " " * 40


@pytest.mark.parametrize(
    ("body", "quotes"),
    [
        # Headings at the margin, each section's paragraph indented under them: the body is set at four.
        (
            'SUMMARY\n\n    The ministry said the dam "was blown up" at 02:50.[1]\n    Seismic data agree.'
            "\n\nFINDINGS\n\n    The video was posted two days earlier.\n\nNEXT STEPS\n\n    Continue.",
            ("was blown up",),
        ),
        # A list item's own paragraph, set where the item's text starts.
        (
            '1.  The strike hit a military depot.\n\n    The ministry said "a depot was destroyed".[1] No\n'
            "    depot is listed at the address.\n\n2.  There were no casualties.",
            ("a depot was destroyed",),
        ),
        # A table's rows, its columns lined up with spaces.
        (
            "Claims by channel:\n\n    Channel    Subscribers   First post\n"
            '    Rybar      800,000       "the city is encircled"[1]\n\nNone cited a source.',
            ("the city is encircled",),
        ),
        # A letter's signature, set far to the right.
        (
            f"To the editor,\n\nI write to correct the claim.\n\n{_SIGNATURE}Yours faithfully,\n"
            f"{_SIGNATURE}Olena Kovalenko[1]",
            (),
        ),
        # Items numbered in brackets, or by section.
        (
            'The briefing claimed:\n\n    (1) that the supply "was restored on Monday";[1]\n'
            "    (2) that convoys passed.",
            ("was restored on Monday",),
        ),
        ("Findings:\n\n    2.1 The photographs offered as proof were taken\n    in 2016.[1]", ()),
    ],
)
def test_an_indented_paragraph_that_is_a_section_list_paragraph_table_or_signature_is_no_block_quote(
    body: str, quotes: tuple[str, ...]
) -> None:
    # Each gave footnote 1 the whole paragraph as a quote, which the source never holds: a false warning.
    assert _quotes_of(body)["1"] == [quotes]


@pytest.mark.parametrize(
    "data",
    [
        '    {"url": "https://t.me/rybar/5", "date": "2022-01-21", "text": "the bridge"}[1]',
        '    "post": {\n      "views": 1200, "text": "the bridge is ours"\n    }[1]',
        '    <a href="https://t.me/rybar/5">"the bridge is ours"</a>[1]',
    ],
)
def test_data_or_markup_set_in_is_no_block_quote_and_its_quote_marks_quote_nothing(data: str) -> None:
    # An API's answer pasted into a report, set in as a quotation is: the whole line, then each of its JSON
    # strings, was compared with the source as note 1's quoted words.
    body = f"The channel's post, as the API returned it:\n\n{data}\n\nThat was all."
    assert _quotes_of(body)["1"] == [()]


def test_a_block_quote_that_opens_with_a_quoted_word_and_a_colon_is_still_one() -> None:
    body = 'The mayor wrote:\n\n    "Victory": that is what we promised the city,\n    and we keep it.[1]'
    assert _quotes_of(body)["1"] == [('"Victory": that is what we promised the city, and we keep it.',)]


def test_a_block_quote_under_a_list_item_set_deeper_than_the_items_text_is_still_quoted() -> None:
    body = (
        "The claims:\n\n1.  That convoys passed.\n\n        Every convoy has passed the checkpoints\n"
        "        without obstruction.[1]\n\n2.  That no shelling took place."
    )
    assert _quotes_of(body)["1"] == [("Every convoy has passed the checkpoints without obstruction.",)]


def test_notes_numbered_in_parentheses_under_a_notes_heading_are_read() -> None:
    # `(1)` notes under Notes were a style not read (`markers-without-notes`): the report failed whole.
    report = read_plain_text(
        "The mayor said “we hold”.(1) He left. (2)\n\nNotes\n\n(1) Telegram, January 21, 2022, "
        "https://t.me/a/1\n(2) Telegram, https://t.me/a/2\n"
    )
    assert [(n.label, n.urls, [c.quotes for c in n.contexts]) for n in report.footnotes] == [
        ("1", ("https://t.me/a/1",), [("we hold",)]),
        ("2", ("https://t.me/a/2",), [()]),
    ]
    assert finding_codes(report) == []


def test_an_enumeration_in_parentheses_is_no_marker_of_parenthesized_notes() -> None:
    # After a colon, a comma or a word, `(1)` enumerates: its note is cited by nothing, and said so.
    report = read_plain_text(
        "The plan: (1) rebuild, (2) repair “the bridge”.\n\nSources\n\n(1) Telegram, https://t.me/a/1\n"
    )
    assert [(n.label, n.contexts) for n in report.footnotes] == [("1", ())]
    assert finding_codes(report) == [("unreferenced-footnote", "1", 5)]


def test_parenthesized_lines_with_no_notes_heading_are_no_notes() -> None:
    report = read_plain_text("The mayor said “we hold”.(1)\n\n(1) Telegram, https://t.me/a/1\n")
    assert report.footnotes == ()


def test_notes_by_symbol_at_the_end_each_cited_and_linked_are_read() -> None:
    # `*`, `†`, `‡`, `§` notes were a style not read (`markers-without-notes`): the report failed whole.
    report = read_plain_text(
        "The mayor said “we hold”.* The army denied it.\u2020 A third, “we left”.\u00a7\n\n"
        "* Telegram, January 21, 2022, https://t.me/a/1\n\u2020 Twitter, https://x.com/a/status/2\n"
        "  (a second line of the note)\n\u00a7 https://t.me/a/3\n"
    )
    assert [(n.label, n.line, n.text, [c.quotes for c in n.contexts]) for n in report.footnotes] == [
        ("*", 3, "Telegram, January 21, 2022, https://t.me/a/1", [("we hold",)]),
        ("\u2020", 4, "Twitter, https://x.com/a/status/2 (a second line of the note)", [()]),
        ("\u00a7", 6, "https://t.me/a/3", [("we left",)]),
    ]
    assert finding_codes(report) == []


@pytest.mark.parametrize(
    "text",
    [
        "Some *important* claim.\n\n* https://t.me/a/1\n* https://t.me/a/2\n",  # a list of bullets
        "A claim.\u2020\n\n\u2020 https://t.me/a/1\n\u2021 https://t.me/a/2\n",  # a note cited by nothing
        "A claim.\u2020\n\n\u2020 Interview with the author\n",  # no link
    ],
    ids=["bullets", "uncited", "no link"],
)
def test_symbol_lines_not_all_cited_notes_with_links_are_no_notes(text: str) -> None:
    assert read_plain_text(text).footnotes == ()


@pytest.mark.parametrize(
    ("one", "two"),
    [
        ("Note 1:", "Note 2:"),
        ("Footnote 1.", "Footnote 2."),
        ("1 -", "2 -"),
        ("1 \u2013", "2 \u2013"),
        ("**1.**", "**2.**"),
        ("**1**.", "**2**."),
    ],
    ids=["Note 1:", "Footnote 1.", "1 -", "1 en dash", "bold 1.", "bold 1 then stop"],
)
def test_notes_written_with_a_word_a_dash_or_a_bold_number_under_a_notes_heading_are_read(
    one: str, two: str
) -> None:
    # These were a style not read (`markers-without-notes`): the report refused, exit 1, its notes unread.
    report = read_plain_text(
        f"The mayor said “we hold”.[1] He left.[2]\n\nSources\n\n{one} Telegram, January 21, 2022, "
        f"https://t.me/a/1\n{two} Telegram, https://t.me/a/2\n"
    )
    assert [(n.label, n.text, [c.quotes for c in n.contexts]) for n in report.footnotes] == [
        ("1", "Telegram, January 21, 2022, https://t.me/a/1", [("we hold",)]),
        ("2", "Telegram, https://t.me/a/2", [()]),
    ]
    assert finding_codes(report) == []


def test_dashed_or_note_word_lines_with_no_notes_heading_are_no_notes() -> None:
    for opening in ("1 -", "Note 1:", "**1.**"):
        report = read_plain_text(f"The mayor said “we hold”.[1]\n\n{opening} Telegram, https://t.me/a/1\n")
        assert report.footnotes == (), opening


def test_a_line_of_a_numbered_note_opening_with_a_number_and_a_dash_goes_on_with_the_note() -> None:
    # Read as notes of their own only in a block whose notes are so written: `12 - 15 March` is no note 12.
    report = read_plain_text(
        "The mayor said “we hold”.[1]\n\nSources\n\n1. Telegram, shelling on\n"
        "   12 - 15 March, https://t.me/a/1\n"
    )
    assert [(n.label, n.text) for n in report.footnotes] == [
        ("1", "Telegram, shelling on 12 - 15 March, https://t.me/a/1")
    ]
    assert finding_codes(report) == []


def test_an_enumeration_in_parentheses_after_a_block_of_such_notes_is_text() -> None:
    # As `1.` lines after `1.` notes: an appendix's list, not notes left after the block.
    report = read_plain_text(
        "The mayor said “we hold”.(1)\n\nNotes\n\n(1) Telegram, https://t.me/a/1\n\nAppendix: the plan.\n\n"
        "(1) rebuild the bridge\n"
    )
    assert [note.label for note in report.footnotes] == ["1"]
    assert finding_codes(report) == []


# --- notes under each chapter's own Notes heading ---------------------------------------------------------


def _chapters(first: tuple[str, str], second: tuple[str, str]) -> str:
    """Two chapters, each citing two notes and listing them under its own Notes heading, with the labels
    given (`{}` is the number: `[{}]` or `{}.`)."""
    (style, numbers), (second_style, second_numbers) = first, second
    one, two = numbers.split()
    three, four = second_numbers.split()
    return (
        "Chapter 1\n\n"
        f"The mayor said “we hold”.[{one}] The governor said “we left”.[{two}]\n\n"
        "Notes\n\n"
        f"{style.format(one)} Mayor, Telegram, January 1, 2022, https://t.me/mayor/1\n"
        f"{style.format(two)} Governor, Telegram, January 2, 2022, https://t.me/governor/2\n\n"
        "Chapter 2\n\n"
        f"The general said “we attack”.[{three}] The colonel said “we retreat”.[{four}]\n\n"
        "Notes\n\n"
        f"{second_style.format(three)} General, Telegram, January 3, 2022, https://t.me/general/3\n"
        f"{second_style.format(four)} Colonel, Telegram, January 4, 2022, https://t.me/colonel/4\n"
    )


@pytest.mark.parametrize("style", ["[{}]", "{}."])
def test_notes_numbered_anew_under_each_chapters_heading_are_each_cited_by_their_chapter(style: str) -> None:
    # Only the last Notes block was read: chapter 1's notes were body text, its markers cited chapter 2's
    # sources, and the mayor's and governor's posts were never checked (four sources checked on two).
    report = read_plain_text(_chapters((style, "1 2"), (style, "1 2")))
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", ("https://t.me/mayor/1",), [("we hold",)]),
        ("2", ("https://t.me/governor/2",), [("we left",)]),
        ("3", ("https://t.me/general/3",), [("we attack",)]),
        ("4", ("https://t.me/colonel/4",), [("we retreat",)]),
    ]
    assert [(note.line, note.findings) for note in report.footnotes] == [(7, ()), (8, ()), (16, ()), (17, ())]
    assert report.findings == ()


def test_notes_numbered_on_under_each_chapters_heading_keep_their_labels() -> None:
    report = read_plain_text(_chapters(("[{}]", "1 2"), ("[{}]", "3 4")))
    assert [(note.label, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", [("we hold",)]),
        ("2", [("we left",)]),
        ("3", [("we attack",)]),
        ("4", [("we retreat",)]),
    ]
    assert report.findings == ()


def test_a_numbered_list_under_a_sources_heading_in_the_body_is_no_chapters_notes() -> None:
    # A list of how the report was sourced, citing no link, stays body text: the notes are the last block's.
    report = read_plain_text(
        "The mayor said “we hold”.[1]\n\nSources\n\n1. Interviews in Kyiv.\n2. Open channels.\n\n"
        "Later “we left”.[2]\n\nNotes\n\n"
        "1. Mayor, Telegram, https://t.me/mayor/1\n2. Governor, Telegram, https://t.me/governor/2\n"
    )
    assert [(note.label, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", [("we hold",)]),
        ("2", [("we left",)]),
    ]
    assert report.findings == ()


def _chapters_with_one_notes_block(
    second_chapter: str = "The general said “we attack”.[1] Later “we retreat”.[2]",
) -> str:
    return (
        "Chapter 1\n\n"
        "The mayor said “we hold”.[1] The governor said “we left”.[2]\n\n"
        "In a later paragraph the mayor again: “we hold”.[1]\n\n"
        f"Chapter 2\n\n{second_chapter}\n\n"
        "Notes\n\n"
        "1. Mayor, Telegram, January 1, 2022, https://t.me/mayor/1\n"
        "2. Governor, Telegram, January 2, 2022, https://t.me/governor/2\n"
        "1. General, Telegram, January 3, 2022, https://t.me/general/3\n"
        "2. Colonel, Telegram, January 4, 2022, https://t.me/colonel/4\n"
    )


def test_one_notes_block_numbered_anew_per_chapter_gives_each_chapters_markers_its_own_notes() -> None:
    # Chapter 2's notes repeated chapter 1's labels (only the first was used) and chapter 2's markers cited
    # chapter 1's sources: the general's words were compared with the mayor's post, the colonel's never read.
    report = read_plain_text(_chapters_with_one_notes_block())
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", ("https://t.me/mayor/1",), [("we hold",), ("we hold",)]),
        ("2", ("https://t.me/governor/2",), [("we left",)]),
        ("3", ("https://t.me/general/3",), [("we attack",)]),
        ("4", ("https://t.me/colonel/4",), [("we retreat",)]),
    ]
    assert [(note.line, note.findings) for note in report.footnotes] == [(n, ()) for n in (13, 14, 15, 16)]
    assert report.findings == ()


@pytest.mark.parametrize(
    "second_chapter",
    [
        "The general said “we attack”.[2]",  # chapter 2 cites no note 1: no run of its own
        "The general said “we attack”.[1] Later “we retreat”.[3]",  # a number its run has not
    ],
)
def test_one_notes_block_repeating_labels_the_markers_do_not_split_into_chapters_is_named_as_before(
    second_chapter: str,
) -> None:
    report = read_plain_text(_chapters_with_one_notes_block(second_chapter))
    assert [note.label for note in report.footnotes] == ["1", "2"]
    assert {finding.code for note in report.footnotes for finding in note.findings} >= {
        "duplicate-label",
        "repeat-text-differs",
    }


_TWO_CHAPTERS_CITING = (
    "Chapter 1\n\nThe mayor said “we hold”.[1] The governor said “we left”.[2]\n\n"
    "Chapter 2\n\nThe general said “we attack”.[{}] Later “we retreat”.[{}]\n\n"
)


@pytest.mark.parametrize(
    ("heading", "style", "second"),
    [("Notes\n\n", "{}.", "1 2"), ("", "[{}]", "1 2"), ("Sources\n\n", "{}.", "3 4"), ("", "[{}]", "3 4")],
)
def test_chapter_headings_among_the_notes_are_no_note_and_end_no_block(
    heading: str, style: str, second: str
) -> None:
    # Under `Notes`, `Chapter 1` hid every note (markers-without-notes); without a heading, the notes before
    # `Chapter 2` were body text, never checked, and chapter 1's markers cited chapter 2's sources.
    three, four = second.split()
    report = read_plain_text(
        _TWO_CHAPTERS_CITING.format(three, four)
        + f"{heading}Chapter 1\n\n"
        + f"{style.format(1)} Mayor, Telegram, https://t.me/mayor/1\n"
        + f"{style.format(2)} Governor, Telegram, https://t.me/governor/2\n\n"
        + "Chapter 2\n\n"
        + f"{style.format(three)} General, Telegram, https://t.me/general/3\n"
        + f"{style.format(four)} Colonel, Telegram, https://t.me/colonel/4\n"
    )
    assert [(note.label, note.text, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", "Mayor, Telegram, https://t.me/mayor/1", [("we hold",)]),
        ("2", "Governor, Telegram, https://t.me/governor/2", [("we left",)]),
        ("3", "General, Telegram, https://t.me/general/3", [("we attack",)]),
        ("4", "Colonel, Telegram, https://t.me/colonel/4", [("we retreat",)]),
    ]
    assert report.findings == ()


@pytest.mark.parametrize(
    ("marks", "cited"),
    [("¹⁻³", ["1", "2", "3"]), ("¹\u2013³", ["1", "2", "3"]), ("¹,³", ["1", "3"]), ("¹˒³", ["1", "3"])],
)
def test_raised_marks_naming_a_list_or_a_range_of_notes_cite_each_note_named(
    marks: str, cited: list[str]
) -> None:
    # `¹⁻³` cited notes 1 and 3 only: note 2 came out with no claim cited and the quote never compared with
    # it; `¹˒³` cited nothing at all.
    result = read_plain_text(
        f"The mayor said “we hold”.{marks} The council met.\n\n"
        "¹ Mayor, https://t.me/mayor/1\n² Army, https://t.me/army/2\n³ Council, https://t.me/council/3\n"
    )
    quotes = {note.label: [context.quotes for context in note.contexts] for note in result.footnotes}
    assert quotes == {label: [("we hold",)] if label in cited else [] for label in ("1", "2", "3")}
    assert result.findings == ()
    assert result.footnotes[0].contexts[0].text == "The mayor said “we hold”. The council met."


@pytest.mark.parametrize(
    ("marks", "labels"),
    [("[1-3-5]", "[1] [3] [5]"), ("[1\u20133\u20135]", "[1] [3] [5]"), ("¹⁻³⁻⁵", "¹ ³ ⁵")],
)
def test_a_marker_of_numbers_joined_by_several_dashes_names_each_number_not_an_internal_error(
    marks: str, labels: str
) -> None:
    # `3-5` after the first dash was read as one number: ValueError, the report refused as a bug of the tool.
    notes = "".join(f"{label} Desk, https://t.me/desk/{n}\n" for n, label in enumerate(labels.split()))
    result = read_plain_text(f"Claim.{marks}\n\n{notes}")
    assert [(note.label, len(note.contexts)) for note in result.footnotes] == [("1", 1), ("3", 1), ("5", 1)]
    assert result.findings == ()


def _notes_of_report(text: str) -> dict[str, str]:
    """A plain-text report's notes as its reader reads them, by label."""
    return {note.label: note.text for note in read_report_bytes(text.encode(), "r.txt").footnotes}


def test_a_notes_line_broken_before_the_next_word_would_have_fit_keeps_its_line_break() -> None:
    # `[1] Two Majors`, then `Telegram, …`: the writer put the note's parts on lines of their own. Joined by a
    # space, the name ran on into `Two Majors Telegram`, named no one, and the URL's channel stood for the
    # author: Rybar's post passed a note naming Two Majors.
    report = (
        "The channel wrote “the front is holding”, and the ministry denied it.[1][2]\n"
        "\n"
        "Notes\n"
        "[1] Two Majors\n"
        "Telegram, 21 January 2022\n"
        "https://t.me/rybar/1234\n"
        "[2] Ministry of Defence, statement on the front and the situation at the bridge,\n"
        "22 January 2022, https://mil.example/statement/22\n"
    )
    notes = _notes_of_report(report)
    assert notes["1"] == "Two Majors\nTelegram, 21 January 2022\nhttps://t.me/rybar/1234"
    # A line wrapped (the next word would not have fit within the report's widest line) reads as before.
    assert notes["2"] == (
        "Ministry of Defence, statement on the front and the situation at the bridge, "
        "22 January 2022, https://mil.example/statement/22"
    )


def test_a_tab_between_a_notes_words_keeps_its_parts_apart() -> None:
    # `Two Majors`, a tab, `Telegram`, a tab, …: joined by a space, the name ran on into `Two Majors
    # Telegram`, named no one, and the URL's channel stood for the author: Rybar's post passed a note naming
    # Two Majors. The tab after the note's number, and one indenting a line, part nothing.
    report = (
        "The channel wrote “the front is holding”, and the ministry denied it.[1][2]\n"
        "\n"
        "Notes\n"
        "[1]\tTwo Majors\tTelegram\t21 January 2022\thttps://t.me/rybar/1234\n"
        "[2]\tMinistry of Defence, statement on the front and the situation at the bridge of 22\n"
        "\tJanuary 2022, https://mil.example/statement/22\t\n"
    )
    notes = _notes_of_report(report)
    assert notes["1"] == "Two Majors\nTelegram\n21 January 2022\nhttps://t.me/rybar/1234"
    assert notes["2"] == (
        "Ministry of Defence, statement on the front and the situation at the bridge of 22 "
        "January 2022, https://mil.example/statement/22"
    )


@pytest.mark.parametrize(
    "notes",
    [
        # Under a heading, read as the block's end: note 1 had no link to check, note 2 was lost
        # (`marker-without-footnote`) and both links were `sources-beside-notes`.
        "Sources\n\n"
        "1. Rybar, Telegram, 21 January 2022\n\nhttps://t.me/rybar/1234\n\n"
        "2. Ministry of Defence, statement, 22 January 2022\n\nhttps://mil.example/statement/22\n",
        # Under no heading the link paragraph split the notes' run: only the last run was read, and note 1
        # was lost (`marker-without-footnote`).
        "[1] Rybar, Telegram, 21 January 2022\n\nhttps://t.me/rybar/1234\n\n"
        "[2] Ministry of Defence, statement, 22 January 2022\n\nhttps://mil.example/statement/22\n",
    ],
    ids=["under-a-heading", "under-no-heading"],
)
def test_a_notes_link_on_a_paragraph_of_its_own_after_it_is_the_notes_link(notes: str) -> None:
    body = "The channel wrote “the front is holding”, and the ministry denied it.[1][2]\n\n"
    report = read_report_bytes((body + notes).encode(), "r.txt")
    assert [(note.label, note.urls) for note in report.footnotes] == [
        ("1", ("https://t.me/rybar/1234",)),
        ("2", ("https://mil.example/statement/22",)),
    ]
    assert report.findings == ()


def test_a_link_alone_after_a_note_with_a_link_is_still_a_source_beside_the_notes() -> None:
    report = read_report_bytes(
        (
            "The channel wrote “the front is holding”.[1]\n\n"
            "Sources\n\n"
            "1. Rybar, Telegram, 21 January 2022, https://t.me/rybar/1234\n\nhttps://t.me/dva_majors/555\n"
        ).encode(),
        "r.txt",
    )
    assert [(note.label, note.urls) for note in report.footnotes] == [("1", ("https://t.me/rybar/1234",))]
    assert [finding.code for finding in report.findings] == ["sources-beside-notes"]


def test_the_notes_of_a_report_wrapped_at_a_width_read_as_before() -> None:
    report = (
        "The channel wrote that the front is holding, and the ministry\n"
        "denied it the next day in a statement of its own.[1]\n"
        "\n"
        "[1] Rybar, Telegram post of 21 January 2022 on the front, with a\n"
        "video, https://t.me/rybar/1234\n"
    )
    notes = _notes_of_report(report)
    assert (
        notes["1"]
        == "Rybar, Telegram post of 21 January 2022 on the front, with a video, https://t.me/rybar/1234"
    )


def test_a_notes_zero_width_characters_copied_with_it_are_not_read() -> None:
    notes = _notes_of_report(
        "The channel wrote “the front is holding”.[1]\n\n[1] Rybar (@ry\u200dbar), 21 January 2022, "
        "https://t.me/ry\u200bbar/1234\n"
    )
    assert notes["1"] == "Rybar (@rybar), 21 January 2022, https://t.me/rybar/1234"


_RST_BODY = 'Rybar wrote that "the front is holding". {} The ministry denied "any retreat". {}\n\n'


@pytest.mark.parametrize(
    ("markers", "labels"),
    [(("[1]_", "[2]_"), ("1", "2")), (("[#]_", "[#]_"), ("#", "#"))],
    ids=["numbered", "auto-numbered"],
)
def test_restructuredtext_footnotes_are_read_with_their_citations(
    markers: tuple[str, str], labels: tuple[str, str]
) -> None:
    # `.. [1] …` cited by `[1]_` (or `.. [#]` by `[#]_`, numbered in turn): no notes were read, the report
    # said only that its links were not checked.
    text = _RST_BODY.format(*markers) + (
        f".. [{labels[0]}] Rybar, Telegram, 21 January 2022,\n   https://t.me/rybar/1234\n"
        f".. [{labels[1]}] Ministry of Defence, https://t.me/mod_russia/200\n"
    )
    report = read_report_bytes(text.encode(), "r.txt")
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", ("https://t.me/rybar/1234",), [("the front is holding",)]),
        ("2", ("https://t.me/mod_russia/200",), [("any retreat",)]),
    ]
    assert "_" not in report.footnotes[0].contexts[0].text
    assert report.findings == ()


def test_many_restructuredtext_auto_numbered_citations_are_read_in_bounded_time() -> None:
    text = "[#]_ " * 25_000 + "\n\n.. [#] https://t.me/rybar/1\n"
    report = read_report_bytes(text.encode(), "r.txt")
    assert report.footnotes[0].urls == ("https://t.me/rybar/1",)


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ('= Report\n\nThe mayor said "it reopens".footnote:[Interview, 3 May 2024.\n', "footnote:["),
        ('The mayor said "it reopens".\\footnote{Interview, 3 May 2024.}\n', "\\footnote{"),
        ('The mayor said "it reopens". [#mayor]_\n\n.. [#mayor] Interview, 3 May 2024.\n', "[#mayor]_"),
    ],
    ids=["asciidoc note never closed", "latex", "restructuredtext named"],
)
def test_notes_in_a_markup_not_read_are_a_finding_not_nothing_to_verify(text: str, first: str) -> None:
    # A report citing by LaTeX's or reST's named notes (or an AsciiDoc note whose `]` is missing), none
    # holding a link: "nothing to verify", passed, though every claim cites a note that was never read.
    report = read_report_bytes(text.encode(), "r.txt")
    line = text.count("\n", 0, text.index(first)) + 1
    assert report.footnotes == ()
    message = f"markers found but no notes: unsupported style? (first: {first!r} on line {line})"
    assert [(finding.code, finding.message) for finding in report.findings] == [
        ("markers-without-notes", message)
    ]


_ROMAN_ENDNOTES = """Rybar said "the bridge fell".[1] The ministry said "no losses".[i]

Mash said "a strike".[2] WarGonzo said "all quiet".[ii] Medvedev wrote "soon".[iii]

Footnotes

[1] Rybar, https://t.me/rybar/1
[2] Mash, https://t.me/breakingmash/2

Endnotes

[i] Ministry, https://t.me/mod_russia/3
[ii] WarGonzo, https://t.me/wargonzo/4
"""


def test_endnotes_labelled_in_roman_numerals_beside_numbered_footnotes_are_read_each_with_its_passage() -> (
    None
):
    # `[i]` was no marker: "no losses" went to note 1 (compared with Rybar's post), the endnotes were read
    # as no notes at all.
    report = read_report_bytes(_ROMAN_ENDNOTES.encode(), "r.txt")
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", ("https://t.me/rybar/1",), [("the bridge fell",)]),
        ("2", ("https://t.me/breakingmash/2",), [("a strike",)]),
        ("i", ("https://t.me/mod_russia/3",), [("no losses",)]),
        ("ii", ("https://t.me/wargonzo/4",), [("all quiet",)]),
    ]
    assert [finding.message for finding in report.findings] == ["marker iii on line 3 has no footnote"]


def test_notes_labelled_in_upper_case_roman_numerals_alone_are_read_as_shown() -> None:
    text = 'Rybar said "the bridge fell".[I] Mash said "a strike".[II]\n\n[I] Rybar, https://t.me/rybar/1\n'
    text += "[II] Mash, https://t.me/breakingmash/2\n"
    report = read_report_bytes(text.encode(), "r.txt")
    assert [(note.label, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("I", [("the bridge fell",)]),
        ("II", [("a strike",)]),
    ]


def test_a_line_opening_with_a_bracketed_i_that_nothing_cites_is_no_note() -> None:
    text = "[I] was there, he said.[1]\n\n[1] Rybar, https://t.me/rybar/1\n"
    report = read_report_bytes(text.encode(), "r.txt")
    assert [(note.label, note.text) for note in report.footnotes] == [("1", "Rybar, https://t.me/rybar/1")]


def test_many_roman_markers_and_note_lines_are_read_in_one_pass() -> None:
    text = "claim [i] " * 20_000 + "\n\n" + "[i] Rybar, https://t.me/rybar/1\n" + "[i] again\n" * 10_000
    report = read_report_bytes(text.encode(), "r.txt")
    assert report.footnotes[0].label == "i"
    assert report.footnotes[0].urls == ("https://t.me/rybar/1",)


# Every word of `_HEADING_WORD` as a heading, beside lines that only look like one.
_HEADING_WORDS = (
    *("Notes", "Footnotes", "Endnotes", "References", "Sources", "Citations", "Bibliography", "Works cited"),
    *("Примечания", "Источники", "Ссылки", "Сноски", "Литература", "Примітки", "Джерела", "Посилання"),
    *("Виноски", "Література", "Notes de bas de page", "Références", "Bibliographie", "Anmerkungen"),
    *("Fußnoten", "Fussnoten", "Endnoten", "Quellen", "Quellenangaben", "Einzelnachweise", "Belege"),
    *("Nachweise", "Literatur", "Notas", "Notas al pie", "Fuentes", "Referencias", "Bibliografía", "Citas"),
    *("Notes and references", "Anmerkungen und Quellen", "Примечания и источники"),
)
_HEADING_LINES = [
    *(
        f"{opening}{word}{ending}"
        for word in _HEADING_WORDS
        for opening in ("", "  ", "## ", "#\t")
        for ending in ("", ":", " :  ", ".", ",", " 1", " of the report")
    ),
    *("", " ", "Notes, 2022", "Sources. See below", "[1] Notes", "Notes\u3002", "NOTES", "notes:"),
]


def test_a_line_is_a_notes_heading_exactly_where_the_pattern_says_so() -> None:
    # The comma and the stop that pass most lines over without the pattern: were a heading word to hold
    # one, its heading would be missed, and the sources under it were no longer looked at.
    assert "," not in _HEADING_WORD and "." not in _HEADING_WORD
    differ = [line for line in _HEADING_LINES if is_notes_heading(line) != bool(NOTES_HEADING.match(line))]
    assert differ == []
    # Each heading as it is, with a colon, with spaces around it; and `NOTES`, `notes:`.
    assert sum(map(is_notes_heading, _HEADING_LINES)) == len(_HEADING_WORDS) * 4 * 3 + 2


@given(st.text(alphabet=st.sampled_from("Notes and referencs#:,. \t1[]"), max_size=40))
def test_any_line_is_a_notes_heading_exactly_where_the_pattern_says_so(line: str) -> None:
    assert is_notes_heading(line) is (NOTES_HEADING.match(line) is not None)


@pytest.mark.parametrize(
    "bullet", ["-", "*", "+", "\u2022", "\u2023", "\u2043", "\u25aa", "\u25e6", "\u00b7"]
)
@pytest.mark.parametrize("space", [" ", "\t"])
def test_a_markdown_reports_bulleted_source_under_its_notes_is_said_with_every_bullet(
    bullet: str, space: str
) -> None:
    # A Markdown report is looked through for bullets before its lines are: a bullet missed there would be a
    # source under the notes never checked, and the report passed on its notes alone, nothing said.
    lines = [
        "Rybar wrote “the bridge was hit”.[^1] WarGonzo denied it.",
        "",
        "[^1]: Rybar, Telegram, 21 January 2022, https://t.me/rybar/12345",
        "",
        "## Sources",
        "",
        f"{bullet}{space}WarGonzo, Telegram, 22 January 2022, https://t.me/wargonzo/6789",
    ]
    report = read_report_bytes("\n".join(lines).encode(), "report.md")
    assert [note.label for note in report.footnotes] == ["1"]
    assert [(finding.code, finding.line) for finding in report.findings] == [("sources-beside-notes", 7)]


@pytest.mark.parametrize("name", ["report.txt", "report.md"])
def test_a_bulleted_source_under_the_notes_of_a_report_with_crlf_line_ends_is_said(name: str) -> None:
    # Saved on Windows, `Notes\r` was no notes heading: WarGonzo's post, listed under it as a bullet, was in
    # no note, never checked, and the report passed on note 1 alone, nothing said (as it is with LF ends).
    marker, opening = ("[^1]", "[^1]:") if name.endswith(".md") else (" [1]", "[1]")
    lines = [
        f"Rybar wrote “the bridge was hit”{marker}.",
        "",
        "Notes",
        f"{opening} Rybar, Telegram, 21 January 2022, https://t.me/rybar/12345",
        "",
        "\u2022 WarGonzo, Telegram, 22 January 2022, https://t.me/wargonzo/6789",
        "",
    ]
    report = read_report_bytes("\r\n".join(lines).encode(), name)
    assert [note.label for note in report.footnotes] == ["1"]
    assert [(finding.code, finding.line) for finding in report.findings] == [("sources-beside-notes", 6)]


@settings(max_examples=300, deadline=None)
@given(
    group=st.text(alphabet="0123456789", min_size=1, max_size=7),
    notes=st.frozensets(st.integers(min_value=1, max_value=20_000).map(str), max_size=5),
    highest=st.integers(min_value=0, max_value=2_000),
)
def test_a_marker_of_one_number_names_what_the_whole_reading_of_a_marker_names(
    group: str, notes: frozenset[str], highest: int
) -> None:
    # `_names` reads a marker of one ASCII number (`[12]`, most markers) by a short way: it must name the
    # labels, and say whether it names a note, as the reading of lists, ranges and superscripts does
    # (`[012]` is note 12, `[2022]` no note unless the report has 2,022).
    from provenance.readers.plaintext import _marker_labels, _names

    findings: list[Finding] = []
    whole = tuple(_marker_labels(group, 3, [], notes, highest))
    labels, names_a_note = _names(group, 3, findings, notes, highest)
    assert labels == whole
    assert names_a_note == any(len(label) <= 3 or label in notes for label in whole)
    assert not findings


def _numbered_report(count: int) -> str:
    body = "\n\n".join(f"Claim {n} said “the bridge is open”.[{n}]" for n in range(1, count + 1))
    notes = "\n".join(
        f"[{n}] Desk {n}, Telegram, January {n % 28 + 1}, 2022, https://t.me/desk{n}/{n}"
        for n in range(1, count + 1)
    )
    return f"Report\n\n{body}\n\nSources\n{notes}\n"


def test_a_text_reports_notes_are_read_when_made_and_made_in_two_halves_equal_those_made_at_once() -> None:
    # A text report's notes are read when their footnotes are made (`PendingNote`), so `extract`'s forked
    # process reads its half's, not the parent all of them before it forks: each half made on its own
    # gives the footnotes made together, each with its own note's text and link.
    from provenance.readers.assembly import AssembledFootnotes, PendingNote

    report = read_report_bytes(_numbered_report(40).encode(), "report.txt")
    assert report.format is ReportFormat.TEXT
    read = read_plain_text(_numbered_report(40))
    assert isinstance(read.footnotes, AssembledFootnotes)
    assert all(isinstance(note, PendingNote) for note in read.footnotes._assembly.notes)
    halves = (*read.footnotes[20:], *read_plain_text(_numbered_report(40)).footnotes[:20])
    assert halves[20:] + halves[:20] == report.footnotes
    assert report.footnotes[6].text == "Desk 7, Telegram, January 8, 2022, https://t.me/desk7/7"
    assert report.footnotes[6].urls == ("https://t.me/desk7/7",)
