"""Markdown reports: Pandoc/GFM `[^label]` references and `[^label]: text` definitions."""

from __future__ import annotations

import pytest

from provenance.citations import parse_citation
from provenance.citations.parse import uncited_links
from provenance.models import ReportFormat
from provenance.readers import read_report_bytes
from provenance.readers.markdown import _parser, _tokens, read_markdown
from tests.readers.support import by_label, finding_codes, read_asset
from tests.support.cli import REPO_ROOT

BODY = (
    "The channel claimed the convoy “had already crossed the river”. The ministry called it "
    '"a provocation" and the claim was repeated.'
)


def test_notes_come_in_definition_order_with_named_labels_and_lines() -> None:
    report = read_asset("note_cited_twice_with_named_labels.md")
    assert report.format is ReportFormat.MARKDOWN
    assert [(note.label, note.line) for note in report.footnotes] == [("mod", 6), ("tg-post", 9)]
    assert finding_codes(report) == []


def test_a_note_cited_twice_in_one_paragraph_has_one_context_at_its_first_marker() -> None:
    note = by_label(read_asset("note_cited_twice_with_named_labels.md"))["tg-post"]
    assert [(context.line, context.text) for context in note.contexts] == [(3, BODY)]


def test_each_context_keeps_only_the_quotes_its_own_markers_close() -> None:
    notes = by_label(read_asset("note_cited_twice_with_named_labels.md"))
    assert [context.quotes for context in notes["tg-post"].contexts] == [("had already crossed the river",)]
    assert [context.quotes for context in notes["mod"].contexts] == [("a provocation",)]


def test_link_text_is_kept_and_links_autolinks_and_bare_urls_are_all_collected_in_order() -> None:
    note = by_label(read_asset("note_cited_twice_with_named_labels.md"))["mod"]
    assert note.text == (
        "Ministry of Defence, statement of January 22, also at https://archive.example/mil/22 "
        "and https://mirror.example/22."
    )
    assert note.urls == (
        "https://mil.example/statement/22",
        "https://archive.example/mil/22",
        "https://mirror.example/22",
    )


def test_indented_paragraphs_continue_the_note_and_repeated_urls_count_once() -> None:
    note = by_label(read_asset("note_cited_twice_with_named_labels.md"))["tg-post"]
    assert note.text == (
        "Rybar, Telegram, January 21, 2022, https://t.me/rybar/12345."
        "\n\nA second paragraph of the note, citing the same post https://t.me/rybar/12345."
    )
    assert note.urls == ("https://t.me/rybar/12345",)


def test_nothing_inside_code_counts_as_a_marker_or_definition() -> None:
    report = read_asset("code_with_fake_markers.md")
    assert [(note.label, note.line) for note in report.footnotes] == [("1", 11)]
    assert finding_codes(report) == []
    assert report.footnotes[0].contexts[0].text == "Real claim. Not a marker: [^2]."


def test_reference_to_a_missing_definition_is_reported_on_its_own_line() -> None:
    report = read_asset("marker_without_footnote.md")
    assert finding_codes(report) == [("marker-without-footnote", None, 2)]
    assert "missing" in report.findings[0].message


def test_definition_nobody_references_is_kept_and_reported() -> None:
    report = read_asset("unreferenced_footnote.md")
    assert [(note.label, note.text) for note in report.footnotes] == [
        ("1", "Telegram, January 21, 2022."),
        ("orphan", "Twitter, January 22, 2022."),
    ]
    assert finding_codes(report) == [("unreferenced-footnote", "orphan", 5)]


def test_second_definition_of_a_label_is_reported_on_the_first() -> None:
    report = read_asset("duplicate_label.md")
    assert [(note.label, note.text) for note in report.footnotes] == [("1", "Telegram, January 21, 2022.")]
    assert finding_codes(report) == [("duplicate-label", "1", 5), ("repeat-text-differs", "1", 5)]


def test_a_label_defined_again_with_another_link_gives_the_note_that_link_too() -> None:
    # Pandoc prints a label's last definition, GitHub its first: only the first was read, and the footnote
    # passed on a source the printed report does not cite, the other never checked. Its link among the note's,
    # `locator` names it as not captured.
    report = read_report_bytes(
        b'Rybar wrote "we hold the town".[^1]\n\n[^1]: Rybar, https://t.me/rybar/1\n\n'
        b"[^1]: Rybar, https://t.me/rybar/2\n",
        "report.md",
    )
    [note] = report.footnotes
    assert (note.text, note.urls) == (
        "Rybar, https://t.me/rybar/1",
        ("https://t.me/rybar/1", "https://t.me/rybar/2"),
    )
    assert uncited_links(note, parse_citation(note).citation) == ["https://t.me/rybar/2"]
    assert finding_codes(report) == [("duplicate-label", "1", 5), ("repeat-text-differs", "1", 5)]
    # Defined again with the same link (a note pasted twice), the note cites one source, as before.
    same = read_report_bytes(
        b'Rybar wrote "we hold the town".[^1]\n\n[^1]: Rybar, https://t.me/rybar/1\n\n'
        b"[^1]: Rybar, January 21, https://t.me/rybar/1\n",
        "report.md",
    )
    assert same.footnotes[0].urls == ("https://t.me/rybar/1",)
    assert uncited_links(same.footnotes[0], parse_citation(same.footnotes[0]).citation) == []


def test_markdown_file_with_bracket_notes_falls_back_to_the_plain_text_rules() -> None:
    report = read_report_bytes(
        b'The minister said "it would not stop".[1]\n\n[1] Telegram, January 21, 2022, t.me/chan/123\n',
        "r.md",
    )
    assert report.format is ReportFormat.MARKDOWN
    assert [(note.label, note.urls) for note in report.footnotes] == [("1", ("https://t.me/chan/123",))]
    assert report.footnotes[0].contexts[0].quotes == ("it would not stop",)


def test_markdown_file_with_superscript_notes_falls_back_to_the_plain_text_rules() -> None:
    report = read_report_bytes("A defeat.¹\n\n¹ Telegram, January 21, 2022.\n".encode(), "r.md")
    assert [note.label for note in report.footnotes] == ["1"]


def test_markdown_references_without_definitions_stay_markdown_findings() -> None:
    report = read_report_bytes(b"A claim.[^1]\n", "r.md")
    assert [finding.code for finding in report.findings] == [
        "marker-without-footnote",
        "markers-without-notes",
    ]


def test_a_marker_in_code_is_an_example_not_a_marker_without_its_note() -> None:
    # A README (`Use [1] to mark a note`) and a changelog's code failed `check --lint`: "markers found but no
    # notes", for text that is code.
    text = (
        "# Notes\n\nUse `[1]` to mark a note, or ``[^a]`` in Markdown.\n\n"
        "```text\nA claim.[2]\n\n[2] Source.\n```\n\n~~~~\nAnother [3]\n~~~\nstill code [4]\n~~~~\n"
    )
    assert read_report_bytes(text.encode(), "README.md").findings == ()


def test_a_line_opening_with_a_code_span_of_three_backticks_opens_no_code_block() -> None:
    # "```x```" is a code span, not a fence: taken for one, it blanked the rest of the draft, notes and all.
    text = "```[9]``` is how a marker looks.\n\nA claim.[1]\n\n[1] Desk, January 21, 2022.\n"
    assert [note.label for note in read_report_bytes(text.encode(), "r.md").footnotes] == ["1"]


def test_a_marker_after_code_is_still_found_on_its_own_line() -> None:
    text = "Use `[1]` here.\n\n```\n[2]\n```\n\nA claim, with a stray ` backtick.[3]\n"
    (finding,) = read_report_bytes(text.encode(), "r.md").findings
    assert finding.code == "markers-without-notes" and finding.line == 7 and "'[3]'" in finding.message


def test_tokens_read_one_block_at_a_time_are_the_tokens_of_a_whole_parse() -> None:
    text = (REPO_ROOT / "examples" / "brief.md").read_text(encoding="utf-8") + (
        "\n[ref]: https://ref.example/\n\n"
        "A [reference link][ref], `code [^1]`, \\*escaped\\* and *em*.[^1]\n\n"
        "| a | b |\n|---|---|\n| [x](https://x.example/) | y[^2] |\n\n[^2]: Two,\n    continued.\n"
        "\nLine ends\r\nof three\rkinds, and a NUL \0 in text.[^2]\r\n"
    )
    expected = [token.as_dict() for token in _parser().parse(text, {})]

    assert [token.as_dict() for token in _tokens(text)] == expected


def test_a_footnote_marker_inside_a_quote_holds_the_quote_and_the_words_before_it() -> None:
    # `“…[^1]”` gave the quote to [^2]; `“A.[^1] B,” he said.[^2]` gave [^1] nothing: verified uncompared.
    text = (
        "He said “the bridge is ours[^1]”. “We will win.[^2] We will never stop,” he said.[^3]\n\n"
        "[^1]: Kyiv Post.\n[^2]: Reuters.\n[^3]: TASS.\n"
    )
    notes = by_label(read_report_bytes(text.encode(), "report.md"))
    assert {label: note.contexts[0].quotes for label, note in notes.items()} == {
        "1": ("the bridge is ours",),
        "2": ("We will win.",),
        "3": ("We will win. We will never stop,",),
    }


def test_a_quote_after_a_footnote_marker_in_a_sentence_without_one_goes_to_both_markers() -> None:
    text = (
        "The blogger posted on Telegram.[^1] “We will not retreat,” he wrote. The ministry denied it.[^2]\n\n"
        "[^1]: Telegram.\n[^2]: TASS.\n"
    )
    notes = by_label(read_report_bytes(text.encode(), "report.md"))
    assert notes["1"].contexts[0].quotes == notes["2"].contexts[0].quotes == ("We will not retreat,",)


MEDVEDEV = "Dmitry Medvedev, Telegram, January 21, 2022, https://t.me/medvedev_telegram/34"


def test_inline_html_superscripts_cite_the_numbered_list_under_a_sources_heading() -> None:
    text = (
        "# Brief\n\nDmitry Medvedev wrote: “Ukraine will disappear.”<sup>1</sup> On 40 km<sup>2</sup> "
        f"and 10<sup>6</sup> people.<sup>[2]</sup>\n\n## Sources\n\n1. {MEDVEDEV}\n2. Second source.\n"
    )
    report = read_report_bytes(text.encode(), "brief.md")
    notes = by_label(report)
    assert (notes["1"].text, notes["1"].line) == (MEDVEDEV, 7)
    assert [(context.line, context.quotes) for context in notes["1"].contexts] == [
        (3, ("Ukraine will disappear.",))
    ]
    assert [context.line for context in notes["2"].contexts] == [3]
    assert finding_codes(report) == []


def test_inline_html_superscripts_without_notes_are_markers_without_notes() -> None:
    report = read_report_bytes(b"A claim.<sup>1</sup> Some 10<sup>6</sup> people.\n", "brief.md")
    assert report.footnotes == ()
    assert finding_codes(report) == [("markers-without-notes", None, 1)]
    assert "'<sup>1</sup>'" in report.findings[0].message


_NOTE_1 = "\n\n[^1]: City Hall, January 21, 2022.\n"


def _contexts_of(body: str) -> list[tuple[str, tuple[str, ...]]]:
    report = read_report_bytes((body + _NOTE_1).encode(), "r.md")
    return [(context.text, context.quotes) for note in report.footnotes for context in note.contexts]


def test_quote_marks_in_a_code_span_quote_nothing_and_the_context_keeps_the_words() -> None:
    # The words a config or a command holds are not the source's: looked for in the capture, they warned
    # and left a correctly cited footnote unconfirmed.
    assert _contexts_of("The mayor wrote `“not a quote”` in the config.[^1]") == [
        ("The mayor wrote “not a quote” in the config.", ())
    ]
    assert _contexts_of('She said “we stay” and typed ``a "b" c`` and `it\'s`.[^1]') == [
        ('She said “we stay” and typed a "b" c and it\'s.', ("we stay",))
    ]


def test_a_quote_mark_left_open_in_a_code_span_opens_no_quote_to_the_marker() -> None:
    assert _contexts_of("The flag `“x` is set.[^1]") == [("The flag “x is set.", ())]


def test_a_quote_around_a_code_span_is_still_quoted_with_the_code_words() -> None:
    assert _contexts_of("She wrote “set `mode` to off” in the memo.[^1]") == [
        ("She wrote “set mode to off” in the memo.", ("set mode to off",))
    ]


def test_an_unmatched_backtick_is_text_and_the_quote_after_it_is_quoted() -> None:
    # CommonMark: a backtick no run of as many closes is literal, so it hides no quote after it.
    assert _contexts_of("Open `“we leave”.[^1]") == [("Open `“we leave”.", ("we leave",))]


def test_a_block_quote_with_a_code_span_still_leaves_its_attribution_line_out() -> None:
    assert _contexts_of("> We close `“tunnel”` next week.\n> — the mayor[^1]") == [
        ("We close “tunnel” next week. — the mayor", ("We close “tunnel” next week.",))
    ]


def test_quotes_in_fenced_and_indented_code_blocks_reach_no_paragraph() -> None:
    body = "Intro.\n\n    x = “indented”\n\n```\ny = “fenced”\n```\n\nThe mayor “said so”.[^1]"
    assert _contexts_of(body) == [("The mayor “said so”.", ("said so",))]


def test_a_markdown_report_with_bracket_notes_reads_its_code_spans_as_code_for_quotes() -> None:
    # Read by the plain-text rules, its backticks stay in the context, but a code span is still code.
    body = "The mayor wrote `“not a quote”` in the config.[1] Open `“we leave”.[2]"
    text = body + "\n\n[1] City Hall.\n[2] Desk.\n"
    notes = by_label(read_report_bytes(text.encode(), "r.md"))
    assert notes["1"].contexts[0].text == "The mayor wrote `“not a quote”` in the config. Open `“we leave”."
    assert [note.contexts[0].quotes for note in notes.values()] == [(), ("we leave",)]


def test_a_marker_alone_in_a_sources_column_cites_its_row() -> None:
    # A table of claims with their notes in a column of their own: read alone, the marker's cell held no
    # words, the claim was no footnote's quote, and footnote 1 came out verified with nothing compared. A
    # marker in the claim's own cell cites that cell, as before.
    report = read_markdown(
        "| Who | Claim | Source |\n|---|---|---|\n"
        "| Mayor | “We will rebuild the bridge.” | [^1] |\n"
        "| Governor | “The tunnel is closed.”[^2] | Telegram |\n\n"
        "[^1]: Mayor, January 24, 2022, https://example.org/m\n"
        "[^2]: Governor, January 25, 2022, https://example.org/g\n"
    )
    assert [[(c.text, c.quotes) for c in note.contexts] for note in report.footnotes] == [
        [("Mayor “We will rebuild the bridge.”", ("We will rebuild the bridge.",))],
        [("“The tunnel is closed.”", ("The tunnel is closed.",))],
    ]


def test_an_inline_note_is_a_note_of_its_own_citing_the_quote_before_it() -> None:
    # Pandoc's and Obsidian's `^[…]` was a marker of no footnote: the report said so, but the quote it cites
    # was compared with nothing. It is read as the note it is: its text, its links, its paragraph.
    report = read_markdown(
        "The mayor said “we will rebuild by spring”.^[Rybar, [post](https://t.me/rybar/1), January 21, "
        "2022.] Then “the bridge is open”.[^2]\n\n[^2]: Telegram, January 23, 2022, https://t.me/rybar/3\n"
    )
    assert report.findings == ()
    notes = by_label(report)
    assert [(note.label, note.line) for note in report.footnotes] == [("^[1]", 1), ("2", 3)]
    assert (notes["^[1]"].text, notes["^[1]"].urls) == (
        "Rybar, post, January 21, 2022.",
        ("https://t.me/rybar/1",),
    )
    assert [context.quotes for context in notes["^[1]"].contexts] == [("we will rebuild by spring",)]
    assert [context.quotes for context in notes["2"].contexts] == [("the bridge is open",)]
    assert (
        notes["^[1]"].contexts[0].text
        == "The mayor said “we will rebuild by spring”. Then “the bridge is open”."
    )


def test_inline_notes_are_numbered_through_the_report_with_balanced_brackets_and_their_own_links() -> None:
    report = read_markdown(
        "A “first”^[see [the post] at https://t.me/a/1] and\n"
        "“second”.^[Telegram, [https://t.me/a/2](https://t.me/evil/2)]\n\n"
        "- Next “third”^[https://t.me/a/3]\n"
    )
    assert [(n.label, n.line, n.text, [c.quotes for c in n.contexts]) for n in report.footnotes] == [
        ("^[1]", 1, "see [the post] at https://t.me/a/1", [("first",)]),
        ("^[2]", 2, "Telegram, https://t.me/a/2", [("second",)]),
        ("^[3]", 4, "https://t.me/a/3", [("third",)]),
    ]
    assert [f.message for f in by_label(report)["^[2]"].findings] == [
        "footnote ^[2] on line 2: a link shows 'https://t.me/a/2' but leads to https://t.me/evil/2; "
        "the target is what is captured"
    ]


def test_a_caret_bracket_in_code_or_left_open_is_no_inline_note() -> None:
    report = read_markdown(
        "Match `^[a-z]` or type x^[ alone: “the words”.[^2]\n\n[^2]: Telegram, January 23, 2022, https://t.me/rybar/3\n"
    )
    assert report.findings == ()
    assert [context.quotes for context in by_label(report)["2"].contexts] == [("the words",)]


_FRONT_MATTER_BODY = (
    "\nThe governor said “the bridge is closed”.[^1]\n\n"
    "[^1]: Rybar, Telegram, January 21, 2022, https://t.me/rybar/1\n"
)


def _contexts(data: str) -> list[tuple[int, tuple[str, ...]]]:
    report = read_report_bytes(data.encode(), "r.md")
    return [(context.line, context.quotes) for note in report.footnotes for context in note.contexts]


def test_yaml_and_toml_front_matter_is_no_body_text_and_its_quotes_cite_nothing() -> None:
    # markdown-it read front matter as a paragraph under a heading: its `title: "…"` and a marker's words
    # there were quotes of the note, compared with the source and warned on: claims the report never makes.
    yaml = (
        '---\ntitle: "Strike on the depot"\nsummary: The mayor said “we will rebuild”.[^1]\ntags:\n  - war\n'
        "---\n" + _FRONT_MATTER_BODY
    )
    toml = (
        "+++\ntitle = \"Strike on the depot\"\nsummary = 'The mayor said “we will rebuild”.[^1]'\n[params]\n"
        "+++\n" + _FRONT_MATTER_BODY
    )
    assert _contexts(yaml) == [(8, ("the bridge is closed",))]
    assert _contexts(toml) == [(7, ("the bridge is closed",))]


def test_a_rule_over_prose_or_a_fence_never_closed_is_no_front_matter() -> None:
    # A report may open with a rule: its text is read as it always was.
    assert _contexts("---\nThe mayor said “we will rebuild”.[^1]\n---\n" + _FRONT_MATTER_BODY) == [
        (2, ("we will rebuild",)),
        (5, ("the bridge is closed",)),
    ]
    assert _contexts("---\n\nThe mayor said “we will rebuild”.[^1]\n" + _FRONT_MATTER_BODY) == [
        (3, ("we will rebuild",)),
        (5, ("the bridge is closed",)),
    ]
    assert _contexts("---\ntitle: x\nThe mayor said “we will rebuild”.[^1]\n" + _FRONT_MATTER_BODY)[-1] == (
        5,
        ("the bridge is closed",),
    )


def test_inline_notes_beside_a_numbered_list_of_notes_are_said_not_read() -> None:
    # A draft with `[1]` notes is read by the plain-text rules, which do not read `^[…]`: the inline note
    # was left as text and nothing said so (its quote compared with nothing).
    report = read_report_bytes(
        "The mayor said “we rebuild”.^[https://t.me/a/1] And “x”.[1]\n\nSources\n\n[1] Telegram, "
        "https://t.me/a/2\n".encode(),
        "r.md",
    )
    assert [note.label for note in report.footnotes] == ["1"]
    assert [(finding.code, finding.line) for finding in report.findings] == [("marker-without-footnote", 1)]
    assert "inline notes (^[…]: 1, the first on line 1) are not read" in report.findings[0].message


def test_a_report_of_inline_notes_alone_is_read_by_them() -> None:
    report = read_report_bytes("The mayor said “we rebuild”.^[Telegram, https://t.me/a/1]\n".encode(), "r.md")
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("^[1]", ("https://t.me/a/1",), [("we rebuild",)])
    ]
    assert report.findings == ()


def test_notes_by_dagger_are_read_in_markdown_and_by_star_are_not() -> None:
    dagger = "The mayor said “we hold”.\u2020\n\n\u2020 Telegram, January 21, 2022, https://t.me/a/1\n"
    report = read_report_bytes(dagger.encode(), "r.md")
    assert [(n.label, [c.quotes for c in n.contexts]) for n in report.footnotes] == [
        ("\u2020", [("we hold",)])
    ]
    # `*` is Markdown's emphasis and bullet: a list of links under a starred word is no note (as it was).
    assert read_report_bytes(dagger.replace("\u2020", "*").encode(), "r.md").footnotes == ()


def test_an_escaped_caret_or_bracket_opens_no_inline_note_and_an_escaped_bracket_closes_none() -> None:
    # markdown-it joins an escape's character to the text around it: `\^[x]` read as an inline note made a
    # note of the report's own example, and `\]` closed a note early.
    for escaped in ("\\^[x]", "^\\[x]"):
        report = read_markdown(f"Write {escaped} for a note: “q”.[^1]\n\n[^1]: https://t.me/a/1\n")
        assert [(note.label, note.contexts[0].text) for note in report.footnotes] == [
            ("1", "Write ^[x] for a note: “q”.")
        ]
    report = read_markdown("A “q”^[see \\] and https://t.me/a/1] z\n")
    assert [(note.label, note.text, note.urls) for note in report.footnotes] == [
        ("^[1]", "see ] and https://t.me/a/1", ("https://t.me/a/1",))
    ]


@pytest.mark.parametrize(
    "name_line",
    ["Two Majors  ", "Two Majors\\", "*Two Majors*  "],
    ids=["two-spaces", "backslash", "with-emphasis"],
)
def test_a_hard_line_break_in_a_note_is_kept_and_ends_the_name_the_note_opens_with(name_line: str) -> None:
    # Read as a space, "Two Majors" ran on into "Telegram, …": the note named no one, the link's channel
    # stood for the author, and a note crediting Two Majors passed on Rybar's post.
    source = (
        'Two Majors wrote "the bridge is down".[^1]\n\n'
        f"[^1]: {name_line}\n    Telegram, 21 January 2022, https://t.me/rybar/12345\n"
    )
    note = read_markdown(source).footnotes[0]
    assert note.text == "Two Majors\nTelegram, 21 January 2022, https://t.me/rybar/12345"
    assert parse_citation(note).citation.author == "Two Majors"


def test_a_hard_line_break_in_a_body_paragraph_or_a_soft_one_in_a_note_is_a_space() -> None:
    source = (
        "Two Majors wrote  \n" + '"the bridge is down".[^1]\n\n'
        "[^1]: Rybar,\n    Telegram, 21 January 2022, https://t.me/rybar/12345\n"
    )
    report = read_markdown(source)
    assert report.footnotes[0].text == "Rybar, Telegram, 21 January 2022, https://t.me/rybar/12345"
    assert report.footnotes[0].contexts[0].text == 'Two Majors wrote "the bridge is down".'


@pytest.mark.parametrize(
    "note",
    [
        "[^1]: Rybar, Telegram, 21 January 2022, [t.me/rybar/1234](http://t.me/rybar/1234)\n",
        "Rybar wrote it.^[Rybar, Telegram, 21 January 2022, [t.me/rybar/1234](http://t.me/rybar/1234)]\n",
    ],
    ids=["footnote", "inline note"],
)
def test_an_address_linked_to_its_http_form_is_one_source_not_two(note: str) -> None:
    # A Word report converted to Markdown keeps AutoFormat's link of a typed `t.me/rybar/1234` to
    # `http://t.me/rybar/1234`: the note was read as citing `https://t.me/rybar/1234` as well.
    report = read_report_bytes(f"Rybar wrote “the front is holding”.[^1]\n\n{note}".encode(), "r.md")
    assert [(note.urls, note.findings) for note in report.footnotes] == [(("http://t.me/rybar/1234",), ())]


@pytest.mark.parametrize(
    "note",
    [
        "[^1]: Rybar, Telegram, 21 January 2022, [t.me/rybar/1234](https://t.me/rybar/1234/)\n",
        "[^1]: Rybar, Telegram, 21 January 2022, [https://t.me/rybar/1234](https://t.me/rybar/1234/)\n",
    ],
    ids=["without scheme", "with scheme"],
)
def test_a_link_that_differs_from_the_address_it_shows_by_a_final_slash_is_one_source(note: str) -> None:
    report = read_report_bytes(f"Rybar wrote “the front is holding”.[^1]\n\n{note}".encode(), "r.md")
    assert [(note.urls, note.findings) for note in report.footnotes] == [(("https://t.me/rybar/1234/",), ())]


@pytest.mark.parametrize(
    "callout",
    [
        '> [!note] From the field\n> WarGonzo said "all is quiet".[^1]\n',
        '> [!WARNING]\n> WarGonzo said "all is quiet".[^1]\n',
        '> [!tip]- Folded\n> WarGonzo said "all is quiet".[^1]\n',
    ],
    ids=["obsidian with a title", "github alert", "obsidian folded"],
)
def test_a_callout_is_the_report_s_own_words_not_a_quotation(callout: str) -> None:
    # Obsidian's callouts and GitHub's alerts are block quotes in syntax: read as a quotation, the whole
    # box was compared with the source, where only “all is quiet” is quoted.
    report = read_report_bytes(f"{callout}\n[^1]: WarGonzo, https://t.me/wargonzo/300\n".encode(), "r.md")
    assert [c.quotes for c in report.footnotes[0].contexts] == [("all is quiet",)]
    assert report.findings == ()


def test_a_block_quote_opening_with_a_bracketed_word_is_still_a_quotation() -> None:
    report = read_report_bytes(
        b"> [sic] We will hold the bridge.[^1]\n\n[^1]: WarGonzo, https://t.me/wargonzo/300\n", "r.md"
    )
    assert [c.quotes for c in report.footnotes[0].contexts] == [("[sic] We will hold the bridge.",)]


def test_an_obsidian_quote_callout_is_still_a_quotation() -> None:
    report = read_report_bytes(
        b"> [!quote]\n> We will hold the bridge.[^1]\n\n[^1]: WarGonzo, https://t.me/wargonzo/300\n", "r.md"
    )
    assert [c.quotes for c in report.footnotes[0].contexts] == [("We will hold the bridge.",)]


@pytest.mark.parametrize(
    ("callout", "context"),
    [
        (
            "> [!quote] Rybar on the front\n> We will hold the bridge.[^1]\n",
            "Rybar on the front We will hold the bridge.",
        ),
        (
            "> [!quote]- Rybar, 21 January[^1]\n> We will hold the bridge.\n> — Rybar\n",
            "Rybar, 21 January We will hold the bridge. — Rybar",
        ),
        ("> [!CITE] Rybar\n>\n> We will hold the bridge.[^1]\n", "Rybar We will hold the bridge."),
        ("> [!quote] We will hold the bridge.[^1]\n", "We will hold the bridge."),
        ("> [!quote] We will hold the bridge.\n> — Rybar[^1]\n", "We will hold the bridge. — Rybar"),
    ],
    ids=[
        "title then words",
        "folded, cited in its title",
        "title then a paragraph",
        "one line: the words",
        "the words then who said them",
    ],
)
def test_a_quote_callout_s_title_is_not_part_of_the_quoted_words(callout: str, context: str) -> None:
    # `> [!quote] Rybar on the front` opens an Obsidian quote box titled "Rybar on the front": read as
    # quoted, `[!quote] Rybar on the front We will hold the bridge.` was compared with the post and never
    # found, a true quote warned about.
    report = read_report_bytes(f"{callout}\n[^1]: Rybar, https://t.me/rybar/300\n".encode(), "r.md")
    assert [(c.text, c.quotes) for c in report.footnotes[0].contexts] == [
        (context, ("We will hold the bridge.",))
    ]
    assert report.findings == ()
