"""Hostile report shapes (issue 6, "Parsers must be linear"): each at the size that hung or crashed the tool.

No test asserts a time: a shape that regressed to quadratic makes this file take minutes instead of a
second, and `benchmarks/hostile_inputs.py` prints the growth factors. What is asserted is what users see:
the right notes, no crash, and output that grows with the input, not with its square.
"""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable, Sized

import pytest
from markdown_it.parser_inline import ParserInline
from markdown_it.rules_inline import StateInline
from selectolax.lexbor import LexborNode

from provenance import html_nesting
from provenance.citations import parse_citation
from provenance.models import Footnote, Report
from provenance.readers import markdown, read_report_bytes
from provenance.readers.assembly import MAX_FOOTNOTES
from provenance.readers.interface import ReaderError, ReadResult, ReportReader
from provenance.readers.markdown import MarkdownReader
from provenance.readers.plaintext import PlainTextReader

NOTE = "Telegram, January 21, 2022."


def _read(name: str, text: str) -> Report:
    return read_report_bytes(text.encode(), name)


def _output_size(report: Report) -> int:
    return len(report.model_dump_json())


def _peak_memory(read: Callable[[], Report]) -> tuple[Report, int]:
    """What `read` returns and the most memory it held at once, in bytes."""
    tracemalloc.start()
    try:
        report = read()
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return report, peak


def _peak_memory_of_reading(reader: ReportReader, text: str) -> tuple[ReadResult, int]:
    """What `reader` makes of `text` (its footnotes not made yet) and the most memory it held, in bytes."""
    data = text.encode()
    tracemalloc.start()
    try:
        result = reader.read(data, "r")
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return result, peak


def test_markdown_run_of_unclosed_footnote_references_is_plain_text() -> None:
    report = _read("r.md", "Claim " + "[^" * 20_000 + "\n\n[^1]: " + NOTE + "\n")
    assert [note.label for note in report.footnotes] == ["1"]
    assert [finding.code for finding in report.footnotes[0].findings] == ["unreferenced-footnote"]


def _markdown_skip_token_calls(monkeypatch: pytest.MonkeyPatch, text: str) -> tuple[Report, int]:
    """The report read from `text`, and how many tokens markdown-it skipped while it looked for links."""
    calls = 0
    skip_token = ParserInline.skipToken

    def counted(self: ParserInline, state: StateInline) -> None:
        nonlocal calls
        calls += 1
        skip_token(self, state)

    monkeypatch.setattr(ParserInline, "skipToken", counted)
    return _read("r.md", text), calls


def test_markdown_block_of_dense_brackets_is_read_as_plain_text_within_a_budget(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # markdown-it skipped about 20 tokens a character of a `[^` run (35 µs a character: 20 minutes for 50 MB).
    text = "Claim[^1] " + "[^" * 50_000 + " more[^2]\n\n[^1]: " + NOTE + "\n\n[^2]: " + NOTE + "\n"
    report, calls = _markdown_skip_token_calls(monkeypatch, text)
    assert calls < len(text)
    assert [(note.label, len(note.contexts)) for note in report.footnotes] == [("1", 1), ("2", 1)]
    assert [(finding.code, finding.line) for finding in report.findings] == [("markup-not-parsed", 1)]


def test_markdown_note_of_a_run_of_links_is_read_as_plain_text_with_a_finding() -> None:
    # Each `[a](` scanned 128 characters of destination (15 µs a character; 1.6 MB took 21 s).
    report = _read("r.md", "Claim.[^1]\n\n[^1]: Desk https://t.me/desk/5 " + "[a](" * 100_000 + "\n")
    assert [(note.label, note.urls) for note in report.footnotes] == [("1", ("https://t.me/desk/5",))]
    assert [(finding.code, finding.line) for finding in report.findings] == [("markup-not-parsed", 3)]


def test_plain_markdown_paragraph_of_dense_links_keeps_its_reference() -> None:
    report = _read("r.md", "Claim " + "[a](" * 100_000 + " says[^1]\n\n[^1]: " + NOTE + "\n")
    assert len(report.footnotes[0].contexts) == 1
    assert [(finding.code, finding.line) for finding in report.findings] == [("markup-not-parsed", 1)]


def test_markdown_long_ordinary_paragraph_of_links_and_references_is_parsed() -> None:
    # The budget is for what no ordinary report has: a long run of links and references stays Markdown.
    sentence = "The [minister](https://t.me/chan/5 'post') said *so*.[^1][^2][^3] "
    report = _read("r.md", sentence * 5_000 + "\n\n[^1]: a\n\n[^2]: b\n\n[^3]: c\n")
    assert report.findings == ()
    assert [len(note.contexts) > 1 for note in report.footnotes] == [True, True, True]
    assert report.footnotes[0].contexts[0].text.startswith("The minister said so. The minister")


def test_markdown_many_links_in_one_paragraph_measure_its_text_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each link's place was found by joining all the text before it again (quadratic: 6.5 s for 20,000
    # links in one paragraph, over a minute for 80,000). What the reader measures is counted, not timed.
    measured = 0

    def measuring_len(value: Sized) -> int:
        nonlocal measured
        if isinstance(value, str):
            measured += len(value)
        return len(value)

    monkeypatch.setattr(markdown, "len", measuring_len, raising=False)
    text = "Claim " + "[a](https://x.example/) " * 5_000 + "end.[^1]\n\n[^1]: " + NOTE + "\n"
    report = _read("r.md", text)
    assert measured < 4 * len(text)
    assert report.findings == ()
    assert report.footnotes[0].contexts[0].text.endswith("a a end.")


@pytest.mark.parametrize(
    "run",
    ["*_" * 100_000 + " x " + "_*" * 100_000, "~~a" * 100_000],
    ids=["emphasis", "strikethrough"],
)
def test_markdown_paragraph_of_a_long_run_of_emphasis_marks_is_plain_text_in_bounded_memory(run: str) -> None:
    # markdown-it made a token (and kept a delimiter) for each mark, all held until the paragraph was read:
    # 475 bytes a byte of report for `*_`, 290 for `~~a` (1.9 MB took 550 MB and 15 s).
    text = "Claim[^1] " + run + " end.[^2]\n\n[^1]: " + NOTE + "\n\n[^2]: " + NOTE + "\n"
    report, peak = _peak_memory(lambda: _read("r.md", text))
    assert peak < 150 * len(text)
    assert [(note.label, len(note.contexts)) for note in report.footnotes] == [("1", 1), ("2", 1)]
    assert [(finding.code, finding.line) for finding in report.findings] == [("markup-not-parsed", 1)]


def test_markdown_list_of_a_million_empty_items_is_read_as_plain_paragraphs_in_bounded_memory() -> None:
    # markdown-it kept two tokens an item and some 170 bytes a line: 400 bytes a byte of report (an 8 MB
    # report ran out of memory; 50 MB would have needed 20 GB). More lines than a report of its size has:
    # the report is read as plain paragraphs before markdown-it is given it.
    text = "Claim.[^1]\n\n" + "-\n" * 1_000_000 + f"\nMore.[^2]\n\n[^1]: {NOTE}\n[^2]: {NOTE}\n"
    report, peak = _peak_memory(lambda: _read("r.md", text))
    assert peak < 25 * len(text)
    assert [
        (note.label, note.line, note.text, [context.line for context in note.contexts])
        for note in report.footnotes
    ] == [("1", 1_000_006, NOTE, [1]), ("2", 1_000_007, NOTE, [1_000_004])]
    assert [(finding.code, finding.line) for finding in report.findings] == [("markup-not-parsed", None)]


def test_markdown_table_of_many_small_cells_is_read_as_plain_paragraphs_in_bounded_memory() -> None:
    # Three tokens a cell of `|x|`, all held until the last block was read: 480 bytes a byte of report
    # (2.15 GB for a 4.4 MB table). Past the budget of block tokens for its size, markdown-it stops and the
    # report is read as plain paragraphs.
    rows = "|x|x|x|x|x|x|x|x|x|x|\n" * 40_000
    text = (
        "Claim.[^1]\n\n|a|b|c|d|e|f|g|h|i|j|\n|-|-|-|-|-|-|-|-|-|-|\n"
        + rows
        + f"|y[^2]|\n\n[^1]: {NOTE}\n\n[^2]: {NOTE}\n"
    )
    report, peak = _peak_memory(lambda: _read("r.md", text))
    assert peak < 120 * len(text)
    assert [
        (note.label, note.line, note.text, [context.line for context in note.contexts])
        for note in report.footnotes
    ] == [("1", 40_007, NOTE, [1]), ("2", 40_009, NOTE, [40_005])]
    assert [finding.code for finding in report.findings] == ["markup-not-parsed"]


def _long_report_of_tables_and_lists(count: int) -> str:
    rows = "".join(
        f"| 2022-01-{k % 28 + 1:02d} | Kharkiv oblast | t.me/chan/{k} | {k * 37:,} | yes |\n"
        for k in range(20)
    )
    table = "| Date | Place | Source | Count | Verified |\n|---|---|---|---:|:---:|\n" + rows
    items = "".join(f"- The [ministry](https://t.me/mod/{k}) said *so*.[^{k}]\n" for k in range(1, 6))
    extras = f"\n{table}\n{items}\n> “The bridge is open.”[^1]\n> — the mayor\n\n"
    body = "".join(
        f"Claim {k} about the bridge, said “the bridge is open”.[^{k}]\n\n" + (extras if k % 10 == 0 else "")
        for k in range(1, count + 1)
    )
    return body + "".join(
        f"[^{k}]: Desk {k}, January 21, 2022, https://t.me/desk/{k}\n\n" for k in range(1, count + 1)
    )


def test_markdown_long_report_of_tables_lists_and_quotes_is_parsed_as_markdown() -> None:
    # The budget of block tokens is for what no ordinary report has: a long report with a table, a list and
    # a quote every ten paragraphs makes a token for 6 characters or more (prose and notes: one for 25).
    text = _long_report_of_tables_and_lists(2_000)
    report = _read("r.md", text)
    assert report.findings == ()
    assert len(report.footnotes) == 2_000
    contexts = report.footnotes[2].contexts
    assert [context.text for context in contexts[:2]] == [
        "Claim 3 about the bridge, said “the bridge is open”.",
        "The ministry said so.",
    ]
    assert len(contexts) == 201


def test_markdown_long_run_of_spaces_inside_a_paragraph_line_is_one_space() -> None:
    # The plain-report path joined a paragraph's lines with a pattern that tried every space of a run again
    # (quadratic: 2.5 s for 80,000 spaces).
    report = _read("r.md", "Claim" + " " * 200_000 + "x\nmore.[^1]\n\n[^1]: " + NOTE + "\n")
    assert report.footnotes[0].contexts[0].text == "Claim x more."


def test_markdown_paragraph_of_many_lines_each_citing_keeps_each_markers_line() -> None:
    # Each reference's line was counted from the paragraph's start (quadratic: 3 s for 40,000 lines).
    report = _read("r.md", "Claim [^1]\n" * 60_000 + "\n[^1]: " + NOTE + "\n")
    lines = [context.line for context in report.footnotes[0].contexts]
    assert lines[0] == 1 and lines == sorted(set(lines)) and lines[-1] > 59_000


def test_note_with_a_very_long_url_is_parsed_with_its_author_and_date() -> None:
    # The citation parser blanks URLs out before it looks for the author: two of its patterns scanned the
    # blank run again from each of its spaces (quadratic: 2.5 s for a 20,000-character URL, 40 s for 80,000).
    url = "https://news.example/" + "a" * 200_000
    report = _read("r.md", f"Claim.[^1]\n\n[^1]: Desk, January 21, 2022, {url} on Telegram (@desk)\n")
    citation = parse_citation(report.footnotes[0]).citation
    assert (citation.author, str(citation.date), citation.url) == ("Desk", "2022-01-21", url)


def test_markdown_reference_after_a_long_run_of_carets_still_counts() -> None:
    report = _read("r.md", "Claim " + "[^" * 5_000 + " then [^1].\n\n[^1]: " + NOTE + "\n")
    assert len(report.footnotes[0].contexts) == 1


def test_inline_notes_are_found_in_one_pass_and_a_run_of_openings_is_read_as_plain_text() -> None:
    # markdown-it's own inline-note rule scans from every `^[` to its `]`: quadratic on a run of them. The
    # notes are found in one pass over a paragraph's text (5,000 notes, each with a link and brackets), and
    # a run of 20,000 openings is markup too dense to parse, said so, the next paragraph's note still read.
    many = _read(
        "r.md",
        "".join(f"Claim “{k}”.^[Telegram, [post](https://t.me/a/{k}) and [a] b] " for k in range(5_000)),
    )
    assert len(many.footnotes) == 5_000
    last = many.footnotes[-1]
    assert (last.label, last.text, last.urls) == (
        "^[5000]",
        "Telegram, post and [a] b",
        ("https://t.me/a/4999",),
    )
    assert last.contexts[0].quotes == ("4999",)
    run = _read("r.md", "Claim “a”" + "^[" * 20_000 + " https://t.me/a/1]\n\nNext “b”^[https://t.me/a/2]\n")
    assert [(note.label, note.urls) for note in run.footnotes] == [("^[1]", ("https://t.me/a/2",))]
    assert [finding.code for finding in run.findings] == ["markup-not-parsed"]


def test_one_marker_repeated_through_a_long_paragraph_stores_the_paragraph_once() -> None:
    text = "Claim [1]\n" * 8_000 + f"\nSources\n[1] {NOTE}\n"
    report = _read("r.txt", text)
    assert len(report.footnotes[0].contexts) <= len(text) // 1_000
    assert _output_size(report) < 2 * len(text)


def _distinct_markers_in_one_paragraph(count: int) -> Report:
    body = "".join(f"Claim [{k % 999 + 1}]\n" for k in range(count))
    notes = "".join(f"[{k}] {NOTE}\n" for k in range(1, 1_000))
    return _read("r.txt", f"{body}\nSources\n{notes}")


def test_distinct_markers_in_one_long_paragraph_keep_output_linear() -> None:
    report = _distinct_markers_in_one_paragraph(4_000)
    assert len(report.footnotes) == 999
    assert all(len(context.text) <= 2_502 for note in report.footnotes for context in note.contexts)
    # Twice the markers, at most about twice the output (it was the square: every marker held the paragraph).
    assert _output_size(_distinct_markers_in_one_paragraph(8_000)) < 2.2 * _output_size(report)


def test_cr_only_line_ends_are_lines() -> None:
    report = _read("r.txt", "Claim [1]\r" * 30_000 + f"\rSources\r[1] {NOTE}\r")
    assert [(note.label, note.line) for note in report.footnotes] == [("1", 30_003)]
    assert report.footnotes[0].contexts[0].line == 1


def test_run_of_opening_quotes_in_a_note_has_no_title() -> None:
    for mark in '“\u2018«„"':
        report = _read("r.txt", f"Claim [1]\n\n[1] {mark * 100_000}\n")
        assert parse_citation(report.footnotes[0]).citation.title is None


def test_run_of_closing_brackets_after_a_url_is_not_part_of_it() -> None:
    report = _read("r.txt", f"Claim [1]\n\n[1] https://example.com/a{')' * 200_000}\n")
    assert report.footnotes[0].urls == ("https://example.com/a",)


def test_long_run_of_spaces_before_a_marker() -> None:
    report = _read("r.txt", f"a{' ' * 200_000}b [1]\n\n[1] {NOTE}\n")
    assert report.footnotes[0].contexts[0].text.endswith("b")


def test_long_heading_like_line_is_not_a_notes_heading() -> None:
    report = _read("r.txt", f"Claim [1]\n\nNotes{' ' * 100_000}x\n\n[1] {NOTE}\n")
    assert [note.label for note in report.footnotes] == ["1"]


def test_html_with_many_notes_reads_each_once() -> None:
    count = 2_000
    body = "".join(
        f'<p>Claim {k}.<a href="#fn{k}" class="footnote-ref"><sup>{k}</sup></a></p>' for k in range(count)
    )
    notes = "".join(f'<li id="fn{k}"><p>{NOTE}</p></li>' for k in range(count))
    report = _read("r.html", f"<html><body>{body}<section><ol>{notes}</ol></section></body></html>")
    assert len(report.footnotes) == count
    assert report.footnotes[-1].contexts[0].text == f"Claim {count - 1}."


@pytest.fixture
def deeper_nesting(monkeypatch: pytest.MonkeyPatch) -> None:
    """HTML read however deep it nests: what the reader itself does with deep nesting (each walk linear,
    none recursive), past the depth a report is read with (`html_nesting.MAX_NESTING`)."""
    monkeypatch.setattr(html_nesting, "MAX_NESTING", 20_000)


@pytest.mark.usefixtures("deeper_nesting")
def test_two_thousand_nested_spans_in_a_note_are_read_not_a_recursion_error() -> None:
    note = "<span>" * 2_000 + NOTE + "</span>" * 2_000
    report = _read(
        "r.html",
        f'<p>Claim.<a href="#fn1" class="footnote-ref"><sup>1</sup></a></p><ol><li id="fn1">{note}</li></ol>',
    )
    assert [note.text for note in report.footnotes] == [NOTE]


@pytest.mark.usefixtures("deeper_nesting")
def test_deeply_nested_blocks_each_with_a_marker() -> None:
    depth = 3_000
    opening = "".join(
        f'<div>Claim {k}.<a href="#fn1" class="footnote-ref"><sup>1</sup></a>' for k in range(depth)
    )
    report = _read("r.html", f'{opening}{"</div>" * depth}<ol><li id="fn1">{NOTE}</li></ol>')
    assert len(report.footnotes[0].contexts) == depth
    assert _output_size(report) < 100 * len(opening)


@pytest.mark.usefixtures("deeper_nesting")
def test_deeply_nested_block_quotes_each_with_a_marker_are_one_passage_read_once() -> None:
    # Each marker's paragraph is its outermost block quote, found through remembered ancestors and
    # gathered once for all of them.
    depth = 3_000
    opening = "".join(
        f'<blockquote>Claim {k}.<a href="#fn1" class="footnote-ref"><sup>1</sup></a>' for k in range(depth)
    )
    report = _read("r.html", f'{opening}{"</blockquote>" * depth}<ol><li id="fn1">{NOTE}</li></ol>')
    assert report.footnotes[0].contexts[0].text.startswith("Claim 0. Claim 1.")
    assert _output_size(report) < 2 * len(opening)


@pytest.mark.usefixtures("deeper_nesting")
def test_run_of_markers_after_a_block_quote_and_nested_q_elements() -> None:
    boxes = '<sup><a href="#fn1">1</a></sup>' * 5_000
    after = _read(
        "r.html", f'<div><blockquote>Quoted.</blockquote>{boxes}</div><ol><li id="fn1">{NOTE}</li></ol>'
    )
    assert [context.quotes for context in after.footnotes[0].contexts] == [("Quoted.",)]
    nested = "<q>" * 5_000 + "x" + "</q>" * 5_000
    report = _read(
        "r.html", f'<p>{nested}<sup><a href="#fn1">1</a></sup></p><ol><li id="fn1">{NOTE}</li></ol>'
    )
    assert [context.quotes for context in report.footnotes[0].contexts] == [("x",)]


def test_marker_ranges_expand_within_their_bound_and_share_contexts() -> None:
    notes = "".join(f"[{k}] {NOTE}\n" for k in range(1, 51))
    report = _read("r.txt", "[1-50]" * 2_000 + f"\n\nSources\n{notes}")
    assert len(report.footnotes) == 50
    assert all(len(note.contexts) == 1 for note in report.footnotes)
    assert _output_size(report) < 200_000


def test_marker_ranges_repeated_through_a_paragraph_are_not_a_marker_per_label_and_bracket() -> None:
    # `[1-50]` 10,000 times (60 KB) made half a million markers (600 MB and 19 s for 400 KB): now 50, each
    # standing for its 10,000, as `extract` shows (one context per note) and missing notes are counted.
    notes = "".join(f"[{k}] {NOTE}\n" for k in range(1, 41))
    text = "Claim " + "[1-50]" * 10_000 + f"\n\n{notes}"
    report, peak = _peak_memory(lambda: _read("r.txt", text))
    assert peak < 100 * len(text)  # 6 MB; it was 80 MB
    assert [len(note.contexts) for note in report.footnotes] == [1] * 40
    assert [finding.message for finding in report.findings][:2] == [
        "marker 41 on line 1 has no footnote (10000 markers)",
        "marker 42 on line 1 has no footnote (10000 markers)",
    ]


def test_notes_repeating_a_label_are_not_read_only_counted_by_line() -> None:
    # Each repeat was a note read (its text, its links) and held, though only its line is reported: 85 and
    # 40 bytes a byte of report (600 MB and 700 MB for `extract` of 2.4 MB and 4.4 MB).
    text = "[1] a\n" * 50_000
    result, peak = _peak_memory_of_reading(PlainTextReader(), text)
    assert peak < 60 * len(text)
    assert [finding.code for finding in result.footnotes[0].findings].count("duplicate-label") == 101
    markdown = "x[^a]\n\n" + "[^a]: note\n" * 50_000
    result, peak = _peak_memory_of_reading(MarkdownReader(), markdown)
    assert peak < 35 * len(markdown)
    assert [(note.text, len(note.findings)) for note in result.footnotes] == [("note", 101)]


def test_a_label_repeated_by_many_notes_names_a_hundred_and_counts_the_rest() -> None:
    # Each repeat was a finding: 400,000 of them, 80 MB of `extract` JSON and 600 MB to make it.
    text = "Claim [1].\n\n" + "[1] a\n" * 50_000
    report, peak = _peak_memory(lambda: _read("r.txt", text))
    assert peak < 60 * len(text)
    findings = report.footnotes[0].findings
    assert len(findings) == 101
    assert findings[0].message == (
        "footnote 1 on line 4 repeats the label of the footnote on line 3; only the first is used"
    )
    assert (findings[-1].message, findings[-1].line) == (
        "and 49899 more footnotes repeat the label of the footnote 1 on line 3",
        None,
    )


def test_markdown_note_wrapped_in_many_indented_lines_is_read_without_a_token_a_line() -> None:
    # markdown-it read it (a token for each line and each line break): 49 bytes a byte of report here, and
    # 40 s and 630 MB for 800,000 lines. The plain path reads it: 11 bytes a byte.
    text = "Claim.[^1]\n\n[^1]: " + "    Telegram post\n" * 20_000
    report, peak = _peak_memory(lambda: _read("r.md", text))
    assert peak < 25 * len(text)
    assert report.footnotes[0].text == " ".join(["Telegram post"] * 20_000)
    assert report.footnotes[0].contexts[0].text == "Claim."


def test_marker_range_too_wide_is_a_finding_not_100000_labels() -> None:
    report = _read("r.txt", f"A claim [1-100000].\n\n[1] {NOTE}\n")
    assert [(finding.code, finding.line) for finding in report.findings] == [("range-too-wide", 1)]
    assert "1-100000" in report.findings[0].message
    assert len(report.footnotes[0].contexts) == 1


def test_many_markdown_footnotes() -> None:
    count = 4_000
    body = "".join(f"Claim {k}.[^{k}]\n\n" for k in range(count))
    notes = "".join(f"[^{k}]: {NOTE}\n\n" for k in range(count))
    report = _read("r.md", body + notes)
    assert len(report.footnotes) == count
    assert all(isinstance(note, Footnote) and note.contexts for note in report.footnotes)


def test_markers_without_notes_are_one_finding_per_label_not_one_per_marker() -> None:
    # 100,000 markers citing a note that does not exist made 100,000 findings (a 12 MB report line).
    report = _read("r.txt", "Claim [99]. " * 100_000 + f"\n\n[1] {NOTE}\n")
    assert [finding.message for finding in report.findings] == [
        "marker 99 on line 1 has no footnote (100000 markers)"
    ]
    many = _read("r.txt", "".join(f"Claim [{n}].\n\n" for n in range(2, 1_000)) + f"\n[1] {NOTE}\n")
    assert len(many.findings) == 101
    assert many.findings[-1].message == "and 898 more labels cited without a footnote"


def test_html_links_to_missing_notes_are_one_finding_per_target() -> None:
    body = "".join('<p>Claim<sup><a href="#fn9">9</a></sup></p>' for _ in range(5_000))
    report = _read("r.html", f"<html><body>{body}</body></html>")
    orphans = [finding.message for finding in report.findings if finding.code == "marker-without-footnote"]
    assert orphans == ["marker 9 on line 1 has no footnote (5000 markers)"]


def _distinct_notes(count: int, reference: str, definition: str) -> str:
    body = "".join(f"Claim {k}.{reference.format(k)}\n\n" for k in range(1, count + 1))
    return body + "".join(definition.format(k) + "\n\n" for k in range(1, count + 1))


@pytest.mark.parametrize(
    ("name", "reference", "definition"),
    [("r.txt", "[{}]", "[{}] n"), ("r.md", "[^{}]", "[^{}]: n")],
    ids=["plain-text", "markdown"],
)
def test_a_report_of_more_footnotes_than_one_report_is_read_with_is_refused_naming_it(
    name: str, reference: str, definition: str
) -> None:
    # 200,000 notes in a 4.6 MB Markdown report took `check` 6.8 GB and 110 s: far beyond any real report.
    reader = PlainTextReader() if name.endswith(".txt") else MarkdownReader()
    read = reader.read(_distinct_notes(MAX_FOOTNOTES, reference, definition).encode(), name)
    assert len(read.footnotes) == MAX_FOOTNOTES  # made only when asked for: counted, not made
    with pytest.raises(
        ReaderError, match=rf"^{name}: more than 20,000 footnotes, the most one report is read"
    ):
        _read(name, _distinct_notes(MAX_FOOTNOTES + 1, reference, definition))


def test_an_html_report_of_more_footnotes_than_one_report_is_read_with_is_refused() -> None:
    body = "".join(
        f'<p>Claim<a href="#fn{k}" class="footnote-ref"><sup>{k}</sup></a></p>' for k in range(20_001)
    )
    notes = "".join(f'<li id="fn{k}">{NOTE}</li>' for k in range(20_001))
    with pytest.raises(ReaderError, match=r"^r\.html: more than 20,000 footnotes"):
        _read("r.html", f"<html><body>{body}<ol>{notes}</ol></body></html>")


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("r.txt", "Claim [1] " * 150_000 + f"\n\nSources\n[1] {NOTE}\n"),
        ("r.md", "Claim [^1]\n" * 150_000 + f"\n[^1]: {NOTE}\n"),
        ("r.md", "Claim *x* [^1]\n" * 150_000 + f"\n[^1]: {NOTE}\n"),
        ("r.txt", "Claim [1].\n\n" + "[1] a\n" * 101_000),
        ("r.md", "x[^a]\n\n" + "[^a]: note\n" * 101_000),
    ],
    ids=[
        "plain-markers",
        "markdown-markers",
        "markdown-markers-with-markup",
        "plain-repeats",
        "markdown-repeats",
    ],
)
def test_a_report_of_more_markers_or_definitions_than_one_report_is_read_with_stops_while_read(
    name: str, text: str
) -> None:
    # 40 MB of `Claim [1] ` took 76 s and 4.3 GB before any limit: the reader now stops at the first one over,
    # holding little more than the report's own text.
    tracemalloc.start()
    try:
        with pytest.raises(ReaderError, match=rf"^{name}: more than 100,000 footnote (markers|definitions)"):
            _read(name, text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 60 * len(text)


def test_html_runs_of_unclosed_comments_quotes_tags_and_raw_text_leave_the_notes_before_them() -> None:
    # Each start tag's line is written into it before parsing, by one pass that reads tags as browsers do:
    # a comment, quote or `<script>` left open runs to the end of the report, read once, not once a `<`.
    cited = f'<p>Claim.<sup><a href="#fn1">1</a></sup></p><ol><li id="fn1">{NOTE}</li></ol>\n'
    for tail in (
        "<!--" * 50_000,
        '<p title="' + "<a " * 50_000,
        "<a b='" * 50_000,
        "<x" + ' a="' * 50_000,
        "<a\n" * 50_000,
        "<script>" + "<a>" * 50_000,
        "<svg><![CDATA[" + "<a>" * 50_000,
    ):
        report = _read("r.html", cited + tail)
        assert [(note.label, note.line, note.text, len(note.contexts)) for note in report.footnotes] == [
            ("1", 1, NOTE, 1)
        ]


@pytest.mark.parametrize("reference", ["&#xffff;", "&#xfdd0;", "&#xfdd1;"])
def test_markdown_character_references_to_the_readers_own_characters_move_no_quote(reference: str) -> None:
    # HTML and PDF decoded such references into the characters that mark markers and passages (see
    # test_html.py, test_pdf.py); markdown-it decodes a noncharacter's reference to U+FFFD.
    report = _read(
        "r.md", f"Intro “Quote A” {reference} then “Quote B”[^1]\n\n> a {reference} b[^1]\n\n[^1]: {NOTE}\n"
    )
    assert [context.quotes for context in report.footnotes[0].contexts] == [
        ("Quote A", "Quote B"),
        ("a \ufffd b",),
    ]


def test_markdown_own_code_edge_characters_in_the_text_make_no_code() -> None:
    # A paragraph with a code span is read with its code edges (assembly.CODE_START, CODE_END): the same
    # characters written in the report are unknown characters, not code that hides “Quote A”.
    report = _read("r.md", f"Intro \ufdd3“Quote A”\ufdd4 then `“code”` “Quote B”[^1]\n\n[^1]: {NOTE}\n")
    assert [context.quotes for context in report.footnotes[0].contexts] == [("Quote A", "Quote B")]


@pytest.mark.parametrize(
    ("name", "body"),
    [
        pytest.param(
            "r.md",
            "The config sets `“` as its mark. " * 40_000 + "“real”[^1]\n\n[^1]: " + NOTE + "\n",
            id="markdown",
        ),
        pytest.param(
            "r.html",
            "<p>" + "<code>“</code> " * 40_000 + '“real”<a href="#fn1" class="footnote-ref"><sup>1</sup></a>'
            f'</p><ol><li id="fn1">{NOTE}</li></ol>',
            id="html",
        ),
    ],
)
def test_code_spans_each_holding_an_open_quote_mark_leave_only_the_real_quote(name: str, body: str) -> None:
    # 40,000 `“` in code read as quote marks opened one unclosed quote of a million characters, too long
    # to keep: the marker's real quote was left out with it.
    report = _read(name, body)
    assert [context.quotes for context in report.footnotes[0].contexts] == [("real",)]


_CITED_HTML = 'Claim.<a href="#fn1" class="footnote-ref"><sup>1</sup></a>'
_HTML_NOTES = f'<ol><li id="fn1">{NOTE}</li></ol>'


@pytest.mark.parametrize(
    "shape",
    [
        pytest.param("<div>" * 80_000 + _CITED_HTML + "</div>" * 80_000, id="nested-divs"),
        pytest.param("<div>" * 80_000 + _CITED_HTML, id="unclosed-divs"),
        pytest.param("<blockquote>" * 300_000 + _CITED_HTML, id="nested-block-quotes"),
        # What a browser nests though a naive count of tags would not: `/>` ends no HTML element, a stray
        # end tag closes nothing, a `<td>` outside a table is ignored, a `<b>` ends no `<div>` in it.
        pytest.param("<div/>" * 80_000 + _CITED_HTML, id="self-closed-divs"),
        pytest.param("<div></span>" * 80_000 + _CITED_HTML, id="stray-end-tags"),
        pytest.param("<div><td></td>" * 80_000 + _CITED_HTML, id="cells-outside-tables"),
        pytest.param("<div><table><td></div>" * 40_000 + _CITED_HTML, id="end-tags-across-tables"),
        pytest.param("<b><div></b>" * 80_000 + _CITED_HTML, id="formatting-across-blocks"),
        pytest.param("<svg><title><div>" * 40_000 + _CITED_HTML, id="html-in-svg-titles"),
    ],
)
def test_html_nested_deeper_than_a_browser_nests_is_refused_naming_the_line(shape: str) -> None:
    # Tree building looks through the open elements at most tags: 80,000 nested `<div>` took over a minute,
    # 4 MB of `<blockquote>` too. No report nests past the 512 levels Chromium nests.
    with pytest.raises(
        ReaderError, match=r"^r\.html: line 2: elements nested more than 512 deep, deeper than"
    ):
        _read("r.html", f"<html><body>\n{shape}{_HTML_NOTES}")


def test_html_formatting_elements_left_open_and_opened_again_in_every_paragraph_are_refused() -> None:
    # `<p><b id=1></p>` leaves the `<b>` open: a browser opens it again in every later paragraph. 400 of them
    # and 1,000 paragraphs made 400,000 elements from 15 KB (4,000 and 8,000: 3.3 s and 8 million).
    opening = "".join(f"<p><b id={k}></p>" for k in range(400))
    with pytest.raises(ReaderError, match=r"^r\.html: line 1: formatting elements left open .* opened again"):
        _read("r.html", opening + "<p>x</p>" * 1_000 + f"<p>{_CITED_HTML}</p>{_HTML_NOTES}")


def test_html_as_deep_as_a_browser_nests_and_long_runs_of_unclosed_paragraphs_and_items_are_read() -> None:
    # Elements whose end tags are implied (`<p>`, `<li>`, `<td>`, `<option>`) and end tags that close what
    # is open inside them do not count as nesting; 500 levels is more than any real page, and still read.
    deep = "<div>" * 250 + "<span>" * 250 + _CITED_HTML + "</div>" * 250
    sloppy = (
        "<p>para <span>open <b>bold" * 3_000
        + "<ul>" + "<li>item <p>para" * 3_000 + "</ul>"
        + "<table>" + "<tr><td>cell <td>cell" * 3_000 + "</table>"
        + "<select>" + "<option>choice" * 3_000 + "</select>"
        + "<svg>" + '<path d="M0 0"/><g/>' * 3_000 + "</svg>"
    )  # fmt: skip
    report = _read("r.html", f"<html><body>{sloppy}{deep}{_HTML_NOTES}</body></html>")
    assert [(note.label, note.text, len(note.contexts)) for note in report.footnotes] == [("1", NOTE, 1)]


def test_markdown_report_with_a_data_appendix_of_a_long_table_is_parsed_as_markdown() -> None:
    # 12,000 rows of three short cells (a token for every 1-2 characters) in 205 KB ran out of a budget of
    # 80,000 tokens more than one for every 6 characters: an ordinary report was read as plain paragraphs.
    rows = "".join(f"| {k} | Kharkiv | yes |\n" for k in range(12_000))
    text = f"Claim.[^1]\n\n| n | place | seen |\n| - | - | - |\n{rows}\n[^1]: {NOTE}\n"
    report = _read("r.md", text)
    assert [finding.code for finding in report.findings] == []
    assert [note.label for note in report.footnotes] == ["1"]


def test_markers_in_one_paragraph_list_its_children_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Each marker listed its paragraph's children again: 10,000 markers in one paragraph took 58 s.
    from provenance.readers import html

    listed = 0
    children = html._children

    def counted(element: LexborNode) -> list[LexborNode]:
        nonlocal listed
        found = children(element)
        listed += len(found)
        return found

    monkeypatch.setattr(html, "_children", counted)
    count = 5_000
    boxes = '<span></span><sup><a href="#fn1">1</a></sup>' * count
    report = _read("r.html", f'<p>Claim.{boxes}</p><ol><li id="fn1">{NOTE}</li></ol>')
    assert len(report.footnotes) == 1
    assert listed < 5 * count
