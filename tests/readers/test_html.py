"""HTML reports: notes are what marker links point to, in Pandoc, Wikipedia and news-site shapes."""

from __future__ import annotations

import time

import pytest

from provenance.models import Report, ReportFormat
from provenance.readers import read_report_bytes
from tests.readers.support import by_label, finding_codes, read_asset

PANDOC_BODY = "The channel claimed the convoy “had already crossed the river”. The ministry denied it."
WIKIPEDIA_BODY = "WARC is an archive format used by the Internet Archive. It extends ARC."


def test_pandoc_notes_with_backlinks_dropped_and_paragraphs_kept() -> None:
    report = read_asset("pandoc_footnotes.html")
    assert report.format is ReportFormat.HTML
    assert [(note.label, note.line, note.text) for note in report.footnotes] == [
        ("1", 19, "Rybar, Telegram post, January 21, 2022.\n\nArchived at https://archive.example/tg/12345."),
        ("2", 22, "Ministry of Defence, January 22, 2022, https://mil.example/statement/22."),
    ]
    assert finding_codes(report) == []


def test_note_urls_are_link_targets_and_bare_urls_in_order() -> None:
    notes = by_label(read_asset("pandoc_footnotes.html"))
    assert notes["1"].urls == ("https://t.me/rybar/12345", "https://archive.example/tg/12345")
    assert notes["2"].urls == ("https://mil.example/statement/22",)


def test_each_marker_gives_its_enclosing_block_as_context() -> None:
    note = by_label(read_asset("pandoc_footnotes.html"))["1"]
    assert [(context.line, context.text) for context in note.contexts] == [
        (11, PANDOC_BODY),
        (14, "“We will not stop,” the channel repeated."),
    ]
    assert note.contexts[0].quotes == ("had already crossed the river",)


def test_table_of_contents_links_and_script_contents_are_not_markers() -> None:
    report = read_asset("pandoc_footnotes.html")
    assert [note.label for note in report.footnotes] == ["1", "2"]
    assert report.findings == ()


def test_wikipedia_references_cited_twice_in_a_paragraph_without_backlink_letters() -> None:
    report = read_asset("wikipedia_references.html")
    notes = by_label(report)
    assert [(note.label, note.line, note.text) for note in report.footnotes] == [
        ("1", 7, '"ISO 28500:2017". ISO.'),
        ("2", 10, '"The WARC format". Internet Archive.'),
    ]
    assert notes["1"].urls == ("https://www.iso.org/standard/68004.html",)
    assert [(context.line, context.text) for context in notes["1"].contexts] == [(3, WIKIPEDIA_BODY)]
    assert finding_codes(report) == []


def test_numbered_link_to_a_heading_is_navigation_not_a_marker() -> None:
    report = read_asset("news_site_notes.html")
    assert "2" not in by_label(report)
    assert report.findings == ()


def test_news_site_sup_markers_point_to_paragraph_notes_in_an_aside() -> None:
    report = read_asset("news_site_notes.html")
    notes = by_label(report)
    assert [(note.label, note.line) for note in report.footnotes] == [("3", 10), ("4", 11)]
    assert notes["3"].urls == ("https://vk.com/wall-1_2",)
    assert [(context.line, context.text) for context in notes["3"].contexts] == [
        (5, "The post was deleted within hours. A copy survived.")
    ]
    assert [(context.line, context.text) for context in notes["4"].contexts] == [(6, "Claimed losses")]
    assert finding_codes(report) == []


def test_marker_to_a_missing_note_is_a_report_finding() -> None:
    report = read_asset("marker_without_footnote.html")
    assert [note.label for note in report.footnotes] == ["1"]
    assert finding_codes(report) == [("marker-without-footnote", None, 2)]


def test_notes_beside_referenced_ones_and_role_marked_notes_are_reported_unreferenced() -> None:
    report = read_asset("unreferenced_footnote.html")
    assert [(note.label, note.line, note.text) for note in report.footnotes] == [
        ("1", 4, "Telegram, January 21, 2022."),
        ("2", 5, "Twitter, January 22, 2022."),
        ("3", 7, "Facebook, January 23, 2022."),
    ]
    assert finding_codes(report) == [("unreferenced-footnote", "2", 5), ("unreferenced-footnote", "3", 7)]


def test_body_paragraphs_with_ids_beside_the_notes_are_not_notes() -> None:
    report = read_asset("paragraph_ids_beside_notes.html")
    assert [(note.label, note.line) for note in report.footnotes] == [("1", 4), ("2", 5)]
    assert finding_codes(report) == [("unreferenced-footnote", "2", 5)]


def test_second_note_with_the_same_id_is_a_duplicate_label() -> None:
    report = read_asset("duplicate_label.html")
    assert [(note.label, note.text) for note in report.footnotes] == [("1", "Telegram, January 21, 2022.")]
    assert finding_codes(report) == [("duplicate-label", "1", 5), ("repeat-text-differs", "1", 5)]


def test_number_written_at_the_start_of_a_note_and_an_arrow_backlink_are_not_note_text() -> None:
    report = read_asset("numbered_notes_with_arrow_backlinks.html")
    assert [(note.label, note.text) for note in report.footnotes] == [
        ("1", "Rybar, Telegram, 21 January 2022, t.me/rybar/1"),
        ("2", "Ministry of Defence, 22 January 2022, https://mod.example/statement"),
    ]
    assert finding_codes(report) == []


# Shapes as the programs write them. Google Docs' File > Download > Web page (.html) marks a note
# `<sup><a href="#ftnt1" id="ftnt_ref1">[1]</a></sup>` and writes each note as
# `<div><p><a href="#ftnt_ref1" id="ftnt1">[1]</a><span>&nbsp;text</span></p></div>` after an `<hr>`, with
# every external link sent through `https://www.google.com/url?q=…`. Word's File > Save as > Web Page marks
# a note `<a href="#_ftn1" name="_ftnref1"><span class=MsoFootnoteReference>…[1]…</span></a>` and writes it
# in `<div style='mso-element:footnote' id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1">`
# (endnotes `_edn1` / `_ednref1`, numbered `[i]`), inside `<![if !supportFootnotes]>` conditionals. Both
# shapes were taken from exports found in public repositories.


def test_google_docs_export_notes_markers_and_unwrapped_links() -> None:
    report = read_asset("google_docs_download_as_html.html")
    notes = by_label(report)
    assert [(note.label, note.text) for note in report.footnotes] == [
        ("1", "Telegram, January 21, 2022, https://t.me/rybar/12345"),
        ("2", "Telegram, January 22, 2022.\n\nDeleted the same day; an archived copy exists."),
        ("3", "Telegram, January 23, 2022."),
        ("4", "Twitter, January 23, 2022."),
    ]
    assert notes["1"].urls == ("https://t.me/rybar/12345",)
    assert [context.quotes for context in notes["1"].contexts] == [("would not stop",)]
    assert [context.quotes for context in notes["2"].contexts] == [("we never said that",)]
    assert notes["3"].contexts[0].text == "The denial was repeated the next day."
    assert finding_codes(report) == [("unreferenced-footnote", "4", 1)]


def test_word_web_page_footnotes_and_endnotes() -> None:
    report = read_asset("word_save_as_web_page.htm")
    notes = by_label(report)
    assert [(note.label, note.text, note.urls) for note in report.footnotes] == [
        ("1", "Telegram, January 21, 2022, t.me/rybar/12345", ("https://t.me/rybar/12345",)),
        ("i", "Twitter, January 21, 2022.", ()),
    ]
    assert notes["1"].contexts[0].quotes == ("would not stop",)
    assert notes["i"].contexts[0].quotes == ()
    assert notes["1"].contexts[0].text == (
        "The minister said the offensive “would not stop”. "
        "Pro-government channels amplified the claim within hours."
    )
    assert finding_codes(report) == []


def test_a_word_web_page_saved_in_windows_1252_is_read_as_its_meta_charset_declares() -> None:
    # Word's "Save as Web Page" writes `charset=windows-1252` on a Western Windows system: its curly quotes
    # (0x93, 0x94) are not UTF-8, and the whole report was refused ("not UTF-8 text; save it as UTF-8").
    utf8, legacy = (
        read_asset("word_save_as_web_page.htm"),
        read_asset("word_save_as_web_page_windows_1252.htm"),
    )
    assert legacy.footnotes == utf8.footnotes
    assert by_label(legacy)["1"].contexts[0].quotes == ("would not stop",)


# The report is parsed as a browser parses it (Lexbor), which keeps no positions in the markup: each start
# tag's line is written into it before parsing, by a pass that must read tags as the HTML tokenizer does.
def test_lines_are_those_of_start_tags_past_comments_scripts_attribute_values_and_textareas() -> None:
    report = read_asset("angle_brackets_outside_tags.html")
    notes = by_label(report)
    assert [(note.label, note.line, note.text) for note in report.footnotes] == [
        ("1", 15, "Telegram, January 21, 2022."),
        ("2", 16, "Twitter, January 22, 2022."),  # a line written in the report's markup is not taken
    ]
    # A link in a textarea is text a browser shows in the box, not a marker.
    assert [context.line for context in notes["1"].contexts] == [9]
    assert [(context.line, context.text) for context in notes["2"].contexts] == [
        (12, 'The second <a href="#fn1">1</a> claim.'),
        (13, "The third claim."),
    ]
    assert finding_codes(report) == []


def test_marker_in_text_outside_any_paragraph_has_that_text_as_its_paragraph() -> None:
    # Text right in <body>, after a <div> that ended a <p>, or moved out of a table shows as a paragraph of
    # its own; its marker's paragraph was the marker's <sup> ("1").
    report = read_asset("marker_text_outside_paragraphs.html")
    assert [[(context.line, context.text) for context in note.contexts] for note in report.footnotes] == [
        [(2, "A claim written right in the body.")],
        [(3, "and text after the block.")],
        [(4, "Text a browser moves out of the table.")],
    ]
    assert finding_codes(report) == []


def _large_report(count: int) -> str:
    """A Pandoc-like report: claim k on three lines, its marker on line 3k + 1; each note on a line."""
    claims = "".join(
        f'<p id="p{k}">Claim {k} about the bridge, which the ministry said <q>is open</q>\n'
        f'and <a href="https://map.example/{k}">a map</a> shows\n'
        f'closed.<sup><a href="#fn{k}" class="footnote-ref">{k}</a></sup></p>\n'
        for k in range(1, count + 1)
    )
    notes = "".join(
        f'<li id="fn{k}"><p>Desk {k}, January {k % 28 + 1}, 2022, <a href="https://site{k % 50}.example/{k}">'
        f'report</a> <a href="#p{k}" class="footnote-back">↩</a></p></li>\n'
        for k in range(1, count + 1)
    )
    return f'<html><body>\n{claims}<section class="footnotes"><ol>\n{notes}</ol></section></body></html>\n'


def test_large_report_keeps_every_note_link_line_and_context() -> None:
    count = 2_000
    report = read_report_bytes(_large_report(count).encode(), "r.html")
    first_note_line = 3 + 3 * count
    assert [(note.label, note.line, note.text, note.urls) for note in report.footnotes] == [
        (
            str(k),
            first_note_line + k - 1,
            f"Desk {k}, January {k % 28 + 1}, 2022, report",
            (f"https://site{k % 50}.example/{k}",),
        )
        for k in range(1, count + 1)
    ]
    assert [
        [(context.line, context.text, context.quotes) for context in note.contexts]
        for note in report.footnotes
    ] == [
        [
            (
                3 * k + 1,
                f"Claim {k} about the bridge, which the ministry said is open and a map shows closed.",
                ("is open",),
            )
        ]
        for k in range(1, count + 1)
    ]
    assert report.findings == ()


def _quotes_of(html: str) -> list[tuple[str, ...]]:
    report = read_report_bytes(html.encode(), "r.html")
    return [context.quotes for note in report.footnotes for context in note.contexts]


_CITED = '<a href="#fn1" class="footnote-ref"><sup>1</sup></a></p><ol><li id="fn1">Telegram, 2022.</li></ol>'


def test_character_reference_to_the_marker_character_is_an_unknown_character_not_a_marker() -> None:
    # `&#xffff;` is decoded by the parser after the markup's own U+FFFF were replaced: read as a marker's
    # place, it gave “Quote B” to no marker and left the footnote only “Quote A”.
    for reference in ("&#xffff;", "&#65535;", "&#xFFFF"):
        assert _quotes_of(f"<p>Intro “Quote A” {reference} and then “Quote B is the claim”{_CITED}") == [
            ("Quote A", "Quote B is the claim")
        ]


def test_character_reference_to_a_passage_edge_inside_a_q_element_does_not_cut_the_passage() -> None:
    assert _quotes_of(f"<p><q>first &#xfdd1; words</q> and <q>second &#xfdd0; words</q>{_CITED}") == [
        ("first \ufffd words", "second \ufffd words")
    ]


def _wikipedia(body: str) -> bytes:
    notes = "".join(
        f'<li id="cite_note-{n}"><a href="#cite_ref-{n}">^</a> Source {n}.</li>' for n in (1, 2, 3)
    )
    return f'<html><body><p>{body}</p><ol class="references">{notes}</ol></body></html>'.encode()


def _cite(n: int) -> str:
    return f'<sup id="cite_ref-{n}" class="reference"><a href="#cite_note-{n}">[{n}]</a></sup>'


def test_a_note_reference_inside_a_quote_holds_the_quote_and_the_words_before_it() -> None:
    # `“…<sup>[1]</sup>”` gave the quote to [2]; a reference mid-quote gave its note nothing.
    body = (
        f"He said “the bridge is ours{_cite(1)}”. "
        f"“We will win.{_cite(2)} We will never stop,” he said.{_cite(3)}"
    )
    notes = by_label(read_report_bytes(_wikipedia(body), "report.html"))
    assert {label: note.contexts[0].quotes for label, note in notes.items()} == {
        "1": ("the bridge is ours",),
        "2": ("We will win.",),
        "3": ("We will win. We will never stop,",),
    }


def test_a_quote_after_a_note_reference_in_a_sentence_without_one_goes_to_both_notes() -> None:
    body = (
        f"Rybar reported the strike.{_cite(1)} “The depot burned all night,” it said. "
        f"Kyiv denied it.{_cite(2)}"
    )
    notes = by_label(read_report_bytes(_wikipedia(body), "report.html"))
    assert notes["1"].contexts[0].quotes == notes["2"].contexts[0].quotes == ("The depot burned all night,",)


# Unlinked superscript markers and a numbered list of notes, as news sites, CMS exports and briefs write them.
MEDVEDEV = "Dmitry Medvedev, Telegram, January 21, 2022, https://t.me/medvedev_telegram/34"
MEDVEDEV_REPORT = (
    "<p>Dmitry Medvedev wrote: “Ukraine will disappear.”<sup>1</sup></p>"
    f"<h2>Sources</h2><ol><li>{MEDVEDEV}</li></ol>"
)


def _read_html(markup: str) -> Report:
    return read_report_bytes(markup.encode(), "report.html")


def test_an_unlinked_superscript_cites_the_numbered_list_under_a_sources_heading() -> None:
    report = _read_html(MEDVEDEV_REPORT)
    [note] = report.footnotes
    assert (note.label, note.text, note.urls) == ("1", MEDVEDEV, ("https://t.me/medvedev_telegram/34",))
    assert [(context.text, context.quotes) for context in note.contexts] == [
        ("Dmitry Medvedev wrote: “Ukraine will disappear.”", ("Ukraine will disappear.",))
    ]
    assert finding_codes(report) == []


def test_a_note_in_details_under_its_number_in_summary_reads_the_note_without_the_number() -> None:
    # `<summary>2</summary>Rybar, …` read as `2Rybar, …`: the number ran into the author's name. A note in
    # `<details>` under a summary that is no number keeps the summary's words.
    report = _read_html(
        '<p>Rybar wrote "we hold the town".<a href="#n2" role="doc-noteref">2</a>'
        ' The ministry denied it.<a href="#n3" role="doc-noteref">3</a></p>'
        '<details id="n2"><summary>2</summary>Rybar, Telegram, https://t.me/rybar/2</details>'
        '<details id="n3"><summary>Ministry</summary>January 22, 2022, https://mil.example/3</details>'
    )
    assert [(note.label, note.text, note.urls) for note in report.footnotes] == [
        ("2", "Rybar, Telegram, https://t.me/rybar/2", ("https://t.me/rybar/2",)),
        ("3", "Ministry\n\nJanuary 22, 2022, https://mil.example/3", ("https://mil.example/3",)),
    ]
    assert report.footnotes[0].contexts[0].quotes == ("we hold the town",)


def test_unlinked_superscripts_cite_a_reversed_list_by_the_numbers_it_shows() -> None:
    # `<ol reversed>` shows `2. Two`, `1. One`: counted up, its first item was note 1, and the words note 1's
    # marker cites were compared with the source of the note shown as 2.
    report = _read_html(
        '<p>Rybar wrote "we hold the town".<sup>1</sup> The ministry wrote "they left".<sup>2</sup></p>'
        "<h2>Sources</h2><ol reversed><li>Ministry, https://mil.example/2</li>"
        "<li>Rybar, https://t.me/rybar/1</li></ol>"
    )
    assert sorted((note.label, note.urls, note.contexts[0].quotes) for note in report.footnotes) == [
        ("1", ("https://t.me/rybar/1",), ("we hold the town",)),
        ("2", ("https://mil.example/2",), ("they left",)),
    ]
    assert finding_codes(report) == []
    # A list counted up, from its `start` or an item's `value`, is numbered as before.
    counted_up = _read_html(
        '<p>Rybar wrote "we hold the town".<sup>3</sup> The ministry wrote "they left".<sup>7</sup></p>'
        '<h2>Sources</h2><ol start="3"><li>Rybar, https://t.me/rybar/1</li>'
        '<li value="7">Ministry, https://mil.example/2</li></ol>'
    )
    assert [(note.label, note.urls) for note in counted_up.footnotes] == [
        ("3", ("https://t.me/rybar/1",)),
        ("7", ("https://mil.example/2",)),
    ]


def test_superscript_markers_report_their_own_line() -> None:
    report = _read_html(
        "<html><body>\n<p>Intro.</p>\n<p>Claim “a”.<sup>1</sup></p>\n<h2>Notes</h2>\n"
        f"<ol>\n<li>{MEDVEDEV}</li>\n</ol></body></html>"
    )
    [note] = report.footnotes
    assert (note.line, [context.line for context in note.contexts]) == (6, [3])


def test_superscripts_with_several_numbers_brackets_or_side_by_side_cite_each_note() -> None:
    report = _read_html(
        "<p>He said “we go”.<sup>1,2</sup> She said “we stay”.<sup>[3]</sup><sup>4</sup> "
        "Then “no”.<sup>5-6</sup></p><h2>References</h2><ol>"
        + "".join(f"<li>Source {n}.</li>" for n in range(1, 7))
        + "</ol>"
    )
    quotes = {note.label: note.contexts[0].quotes for note in report.footnotes}
    assert quotes == {
        "1": ("we go",),
        "2": ("we go",),
        "3": ("we stay",),
        "4": ("we stay",),
        "5": ("no",),
        "6": ("no",),
    }
    assert finding_codes(report) == []


def test_a_superscript_after_a_digit_or_a_unit_is_a_power_and_an_ordinal_is_no_marker() -> None:
    report = _read_html(
        "<p>Some 10<sup>6</sup> people on 40 km<sup>2</sup> on the 1<sup>st</sup>, "
        "said “we left”.<sup>1</sup></p><h2>Sources</h2><ol><li>Source 1.</li></ol>"
    )
    [note] = report.footnotes
    assert note.contexts[0].text == "Some 106 people on 40 km2 on the 1st, said “we left”."
    assert finding_codes(report) == []
    powers_only = _read_html("<p>Some 10<sup>6</sup> people.</p><h2>Sources</h2><ol><li>Source 1.</li></ol>")
    assert (powers_only.footnotes, powers_only.findings) == ((), ())


def test_an_ordered_list_after_superscripts_is_numbered_from_its_start_and_item_values() -> None:
    report = _read_html(
        "<p>A.<sup>4</sup> B.<sup>5</sup> C.<sup>9</sup></p><h3>Notes</h3>"
        '<ol start="4"><li>Four.</li><li>Five.</li><li value="9">Nine.</li></ol>'
    )
    assert [(note.label, note.text, len(note.contexts)) for note in report.footnotes] == [
        ("4", "Four.", 1),
        ("5", "Five.", 1),
        ("9", "Nine.", 1),
    ]


def test_paragraphs_that_open_with_their_number_under_a_bold_heading_are_the_notes() -> None:
    report = _read_html(
        "<p>Claim “a”.<sup>1</sup> Claim.<sup>2</sup> Claim.<sup>3</sup></p><p><strong>Sources:</strong></p>"
        f"<p>1. {MEDVEDEV}</p><p>[2] Second source.</p><p>3) Third source.</p>"
        "<h2>About the author</h2><p>4. Not a note.</p>"
    )
    assert [(note.label, note.text) for note in report.footnotes] == [
        ("1", MEDVEDEV),
        ("2", "Second source."),
        ("3", "Third source."),
    ]
    assert finding_codes(report) == []


def test_notes_headings_in_other_languages_head_the_superscripts_notes() -> None:
    for heading in ("Примечания", "Джерела", "Sources et notes", "Einzelnachweise", "Notas y referencias"):
        report = _read_html(
            "<p>Claim.<sup>1</sup></p><ol><li>A body list.</li></ol>"
            f"<h2>{heading}</h2><ol><li>Note.</li></ol>"
        )
        assert [(note.label, note.text) for note in report.footnotes] == [("1", "Note.")], heading


def test_without_a_heading_the_first_numbered_list_after_the_last_superscript_holds_the_notes() -> None:
    report = _read_html(
        "<ol><li>A body list.</li></ol><p>Claim.<sup>1</sup></p>"
        "<ol><li>Note one.</li></ol><ul><li>x</li></ul>"
    )
    assert [(note.label, note.text) for note in report.footnotes] == [("1", "Note one.")]


def test_the_notes_are_the_first_sources_heading_after_the_markers_that_has_a_list() -> None:
    # Numbered body paragraphs before the markers are no notes; empty headings are passed over.
    report = _read_html(
        "<p>1. A numbered body paragraph.</p><p>Claim.<sup>1</sup></p>"
        "<h2>Sources</h2><h2>Notes</h2><p>1. Note one.</p><h2>Sources</h2><p>1. Another list.</p>"
    )
    assert [(note.label, note.text) for note in report.footnotes] == [("1", "Note one.")]


def test_superscripts_without_a_numbered_list_after_them_are_markers_without_notes() -> None:
    report = _read_html("<p>Claim.<sup>1</sup></p><ul><li>Not numbered.</li></ul>")
    assert report.footnotes == ()
    assert finding_codes(report) == [("markers-without-notes", None, 1)]
    assert "'<sup>1</sup>'" in report.findings[0].message


def test_a_superscript_number_without_a_note_in_the_list_is_a_marker_without_footnote() -> None:
    report = _read_html("<p>A.<sup>1</sup> B.<sup>2</sup></p><h2>Sources</h2><ol><li>One.</li></ol>")
    assert [note.label for note in report.footnotes] == ["1"]
    assert finding_codes(report) == [("marker-without-footnote", None, 1)]


def test_unlinked_superscripts_beside_linked_markers_cite_the_numbered_sources_items() -> None:
    # Footnote 2 was never read (its marker unlinked, its item without an id): `check` passed over it, and
    # gave its quoted words “b” to note 1.
    report = _read_html(
        '<p>Claim “a”.<sup><a href="#fn1">1</a></sup> Other “b”.<sup>2</sup></p>'
        '<h2>Sources</h2><ol><li id="fn1">Linked note.</li><li>Second.</li></ol>'
    )
    assert [(note.label, note.text, note.contexts[0].quotes) for note in report.footnotes] == [
        ("1", "Linked note.", ("a",)),
        ("2", "Second.", ("b",)),
    ]
    assert finding_codes(report) == []
    own_list = _read_html(
        '<p>Claim.<sup><a href="#fn1">1</a></sup> Also “c”.<sup>3</sup></p><ol><li id="fn1">Linked.</li></ol>'
        '<h2>Sources</h2><ol start="3"><li>Third.</li></ol>'
    )
    assert [(note.label, note.contexts[0].quotes) for note in own_list.footnotes] == [
        ("1", ()),
        ("3", ("c",)),
    ]


def test_an_unlinked_superscript_beside_linked_markers_without_its_note_is_a_finding() -> None:
    # So the run cannot say every footnote was verified with footnote 3 never looked at.
    report = _read_html(
        '<p>Claim.<sup><a href="#fn1">1</a></sup> Also “c”.<sup>3</sup></p><ol><li id="fn1">Linked.</li></ol>'
    )
    assert [note.label for note in report.footnotes] == ["1"]
    assert finding_codes(report) == [("marker-without-footnote", None, 1)]


def test_an_unlinked_superscript_after_punctuation_cites_a_linked_note_again() -> None:
    # Note 1 cited twice, the second time by hand without a link: the words quoted there were no note's, and a
    # footnote came out verified with them never compared.
    report = _read_html(
        '<p>The ministry said \u201cthe bridge was reopened\u201d.<sup><a href="#fn1">1</a></sup></p>\n'
        "<p>Later the mayor repeated that \u201ctraffic resumed on Friday\u201d.<sup>1</sup></p>\n"
        '<ol><li id="fn1">Ministry of Defence, Telegram, January 21, 2022.</li></ol>'
    )
    [note] = report.footnotes
    assert [(context.line, context.quotes) for context in note.contexts] == [
        (1, ("the bridge was reopened",)),
        (2, ("traffic resumed on Friday",)),
    ]
    assert finding_codes(report) == []


def test_beside_linked_markers_powers_ordinals_notes_numbers_and_linked_numbers_are_no_markers() -> None:
    report = _read_html(
        "<p>Some 10<sup>6</sup> people on 40 km<sup>2</sup> on the 1<sup>st</sup>, E = mc<sup>2</sup>."
        '<sup><a href="#fn1">1</a></sup> Then.<sup><a href="#fn2">2</a></sup></p>'
        '<ol><li id="fn1">Book, p. 12<sup>3</sup>.</li><li id="fn2">Two.</li></ol>'
    )
    assert [(note.label, note.text, len(note.contexts)) for note in report.footnotes] == [
        ("1", "Book, p. 123.", 1),
        ("2", "Two.", 1),
    ]
    assert report.footnotes[0].contexts[0].text == ("Some 106 people on 40 km2 on the 1st, E = mc2. Then.")
    assert finding_codes(report) == []


def test_beside_linked_markers_a_power_after_a_word_without_its_note_stays_text() -> None:
    # A formula's `x<sup>2</sup>` in a report of one linked note is no forgotten note 2: a finding there
    # failed the check of a report with nothing wrong, and the context lost its exponents.
    report = _read_html(
        '<p>Then x<sup>2</sup> grows as E = mc<sup>2</sup> says.<sup><a href="#fn1">1</a></sup></p>'
        '<ol><li id="fn1">Physics, p. 4.</li></ol>'
    )
    assert [note.label for note in report.footnotes] == ["1"]
    assert report.footnotes[0].contexts[0].text == "Then x2 grows as E = mc2 says."
    assert finding_codes(report) == []


def test_reading_many_superscripts_and_deeply_nested_items_stays_linear() -> None:
    markers = "".join(f"<p>Claim {k}.<sup>{k % 900 + 1}</sup></p>" for k in range(20_000))
    nested = "<li>" * 2_000 + "1. deep" + "</li>" * 2_000
    notes = "".join(f"<li>Source {n}.</li>" for n in range(1, 901))
    started = time.process_time()
    report = _read_html(
        f"<html><body>{markers}<ul>{nested}</ul><h2>Sources</h2><ol>{notes}</ol></body></html>"
    )
    assert len(report.footnotes) == 900
    assert time.process_time() - started < 20


def test_quote_marks_in_code_typed_keys_and_program_output_quote_nothing() -> None:
    # `Press <kbd>"Enter"</kbd>` quotes a key, not the source: looked for in the capture, it warned.
    html = (
        '<p>The mayor wrote <code>“not a quote”</code>, press <kbd>"Enter"</kbd>, '
        f"she said “we stay”, output <samp>'done'</samp> and <code>a <kbd>“b</kbd>” c</code>.{_CITED}"
    )
    report = read_report_bytes(html.encode(), "r.html")
    assert [(context.text, context.quotes) for context in report.footnotes[0].contexts] == [
        (
            "The mayor wrote “not a quote”, press \"Enter\", she said “we stay”, output 'done' and a “b” c.",
            ("we stay",),
        )
    ]


def test_a_quote_mark_left_open_in_code_opens_no_quote_to_the_marker() -> None:
    assert _quotes_of(f"<p>The flag <code>“x</code> is set.{_CITED}") == [()]


def test_character_references_to_the_code_edges_make_no_code() -> None:
    assert _quotes_of(f"<p>Intro &#xfdd3;“Quote A”&#xfdd4; and “Quote B”{_CITED}") == [("Quote A", "Quote B")]


def test_an_empty_pre_in_a_block_quote_leaves_its_attribution_line_out() -> None:
    html = (
        '<blockquote><p>We close the tunnel.</p><p>— the mayor<a href="#fn1" class="footnote-ref">'
        '<sup>1</sup></a></p><pre></pre></blockquote><ol><li id="fn1">Telegram, 2022.</li></ol>'
    )
    assert _quotes_of(html) == [("We close the tunnel.",)]


SUBSTACK_REPORT = (
    '<div class="body markup"><p>The mayor said “we will rebuild the bridge by spring”.'
    '<a class="footnote-anchor" data-component-name="FootnoteAnchorToDOM" id="footnote-anchor-1" '
    'href="#footnote-1" target="_self">1</a></p><div class="footnote" data-component-name="FootnoteToDOM">'
    '<a id="footnote-1" href="#footnote-anchor-1" class="footnote-number" contenteditable="false" '
    'target="_self">1</a><div class="footnote-content"><p>Rybar, Telegram, January 21, 2022, '
    '<a href="https://t.me/rybar/1">https://t.me/rybar/1</a></p></div></div></div>'
)


def test_substack_notes_are_read_from_the_div_their_number_opens() -> None:
    # The marker's target is the note's own number, a link back to the marker: read as navigation, the
    # report's notes were none and its quote compared with nothing.
    report = _read_html(SUBSTACK_REPORT)
    assert [(note.label, note.text, note.urls) for note in report.footnotes] == [
        ("1", "Rybar, Telegram, January 21, 2022, https://t.me/rybar/1", ("https://t.me/rybar/1",))
    ]
    assert [c.quotes for c in report.footnotes[0].contexts] == [("we will rebuild the bridge by spring",)]
    assert finding_codes(report) == []


def _easy_footnote(number: int, note: str) -> tuple[str, str]:
    """A marker and its note as WordPress's Easy Footnotes plugin writes them."""
    marker = (
        f'<span class="easy-footnote-margin-adjust" id="easy-footnote-{number}-412"></span>'
        f'<span class="easy-footnote"><a href="#easy-footnote-bottom-{number}-412" title="{note}">'
        f"<sup>{number}</sup></a></span>"
    )
    item = (
        f'<li class="easy-footnote-single"><span id="easy-footnote-bottom-{number}-412" '
        f'class="easy-footnote-margin-adjust"></span>{note}<a class="easy-footnote-to-top" '
        f'href="#easy-footnote-{number}-412"></a></li>'
    )
    return marker, item


def test_easy_footnotes_notes_are_the_list_items_their_empty_targets_open() -> None:
    # Each marker points to an empty <span> opening the note's <li>: read as the note, the span gave every
    # note no text and no link.
    first, first_item = _easy_footnote(
        1, 'Telegram, January 21, 2022, <a href="https://t.me/rybar/1">post</a>'
    )
    second, second_item = _easy_footnote(2, "X, January 22, 2022, https://x.com/a/status/123")
    report = _read_html(
        f"<div class='entry-content'><p>He said “we will win”.{first}</p><p>Then “we lost”.{second}</p>"
        f"<ol class='easy-footnotes-wrapper'>{first_item}{second_item}</ol></div>"
    )
    assert [(note.label, note.text, note.urls) for note in report.footnotes] == [
        ("1", "Telegram, January 21, 2022, post", ("https://t.me/rybar/1",)),
        ("2", "X, January 22, 2022, https://x.com/a/status/123", ("https://x.com/a/status/123",)),
    ]
    assert finding_codes(report) == []


def test_an_empty_target_in_no_list_item_or_paragraph_is_still_no_note_of_the_whole_block() -> None:
    report = _read_html(
        '<p>Claim “we will win”.<sup><a href="#n1">1</a></sup></p>'
        '<div><span id="n1"></span>Telegram, January 21, 2022, https://t.me/rybar/1 '
        "<p>More of the page.</p></div>"
    )
    assert [(note.label, note.text) for note in report.footnotes] == [("1", "")]


def test_a_link_hidden_in_a_note_is_not_the_notes_link() -> None:
    # The note shows "post", leading to rybar/2; a link before it, hidden by its inline style, was read as
    # the note's first link: its post was captured and compared with the quote.
    report = _read_html(
        '<p>He said “we will win”.<sup><a href="#fn1">1</a></sup></p><ol><li id="fn1">Telegram, January 21, '
        '2022, <a href="https://t.me/rybar/1" style="display: none !important">https://t.me/rybar/1</a>'
        '<span hidden>https://t.me/rybar/3</span><a href="https://t.me/rybar/2">post</a></li></ol>'
    )
    assert [(note.text, note.urls) for note in report.footnotes] == [
        ("Telegram, January 21, 2022, post", ("https://t.me/rybar/2",))
    ]


@pytest.mark.parametrize(
    "unseen_link",
    [
        '<span class="sr-only"><a href="https://t.me/other/9">Skip to source</a></span>',
        '<a class="visually-hidden" href="https://t.me/other/9">Skip to source</a>',
        '<a href="https://t.me/other/9" style="font-size:0">Skip to source</a>',
        '<span style="position:absolute; clip: rect(0 0 0 0); overflow:hidden">'
        '<a href="https://t.me/other/9">Skip to source</a></span>',
        '<span style="clip:rect(1px, 1px, 1px, 1px)">'
        '<a href="https://t.me/other/9">Skip to source</a></span>',
        '<a href="https://t.me/other/9" style="position: absolute; left: -9999px">Skip to source</a>',
        '<a href="https://t.me/other/9" style="opacity:0">Skip to source</a>',
    ],
    ids=[
        *("sr-only box", "visually-hidden link", "no font size", "clipped to nothing", "clipped to a pixel"),
        *("off the page", "transparent"),
    ],
)
def test_a_link_for_screen_readers_only_before_the_shown_one_is_not_the_notes_link(unseen_link: str) -> None:
    # A screen-reader-only "Skip to source" link opening the note was its first link: other/9 was captured
    # and compared as the note's source, and "Skip to source Rybar" read as its author.
    report = _read_html(
        '<p>He said “we will win”.<sup><a href="#fn1">1</a></sup></p><ol><li id="fn1">'
        f'{unseen_link} Rybar, <a href="https://t.me/rybar/2">Telegram post</a>, January 21, 2022.</li></ol>'
    )
    assert [(note.text, note.urls) for note in report.footnotes] == [
        ("Rybar, Telegram post, January 21, 2022.", ("https://t.me/rybar/2",))
    ]


@pytest.mark.parametrize(
    "unseen_link",
    [
        '<a href="https://t.me/other/9"><span class="sr-only">Rybar\'s post on Telegram</span></a>',
        '<a href="https://t.me/other/9"></a>',
        '<a href="https://t.me/other/9">&nbsp;<span hidden>post</span></a>',
    ],
    ids=["words for screen readers only", "empty", "a space and hidden words"],
)
def test_a_link_showing_nothing_before_the_shown_one_is_not_the_notes_link(unseen_link: str) -> None:
    # A link showing no word and no picture opened the note: its target was the note's source.
    report = _read_html(
        '<p>He said “we will win”.<sup><a href="#fn1">1</a></sup></p><ol><li id="fn1">'
        f'{unseen_link}Rybar, <a href="https://t.me/rybar/2">Telegram post</a>, January 21, 2022.</li></ol>'
    )
    assert [note.urls for note in report.footnotes] == [("https://t.me/rybar/2",)]


@pytest.mark.parametrize(
    "icon", ['<img src="tg.png" alt="">', '<i class="fa fa-telegram"></i>', "<svg><path d='M0 0'/></svg>"]
)
def test_a_link_showing_an_icon_alone_is_the_notes_link(icon: str) -> None:
    report = _read_html(
        '<p>He said “we will win”.<sup><a href="#fn1">1</a></sup></p><ol><li id="fn1">'
        f'Rybar, Telegram, January 21, 2022 <a href="https://t.me/rybar/2">{icon}</a></li></ol>'
    )
    assert [note.urls for note in report.footnotes] == [("https://t.me/rybar/2",)]


def test_a_links_address_is_read_as_a_browser_reads_it_without_spaces_at_its_ends_and_line_breaks() -> None:
    # `href=" https://…"` (and one a CMS broke over lines) was no web link: the note had no source at all.
    report = _read_html(
        '<p>He said “we will win”.<sup><a href="#fn1">1</a></sup></p><ol><li id="fn1">Rybar, '
        '<a href=" https://t.me/rybar/2 ">Telegram post</a>, January 21, 2022; '
        '<a href="\nhttps://t.me/ry\nbar/3\t">another</a></li></ol>'
    )
    assert [note.urls for note in report.footnotes] == [("https://t.me/rybar/2", "https://t.me/rybar/3")]


def test_a_link_whose_words_are_for_screen_readers_only_is_still_the_notes_link() -> None:
    # An icon link: what it says is for screen readers only, the link itself is shown.
    report = _read_html(
        '<p>He said “we will win”.<sup><a href="#fn1">1</a></sup></p><ol><li id="fn1">Rybar, January 21, '
        '2022 <a href="https://t.me/rybar/2" style="font-size: 0.8em"><span class="sr-only">Telegram post'
        '</span><svg aria-hidden="true"></svg></a></li></ol>'
    )
    assert [(note.text, note.urls) for note in report.footnotes] == [
        ("Rybar, January 21, 2022", ("https://t.me/rybar/2",))
    ]


def test_a_word_footnote_and_endnote_showing_one_number_are_two_notes() -> None:
    # Word's "Save as Web Page" of a document whose endnotes are numbered as its footnotes are: footnote [1]
    # and endnote [1] were one note, the ministry's link its never-checked second and its claim compared
    # with Rybar's post.
    report = _read_html(
        "<p>Rybar claimed “the enemy retreated”.<a href='#_ftn1' name='_ftnref1'>[1]</a> The ministry denied"
        " “any retreat”.<a href='#_edn1' name='_ednref1'>[1]</a></p>"
        "<div id='ftn1'><p><a href='#_ftnref1' name='_ftn1'>[1]</a> Rybar, Telegram, 3 May 2024, "
        "<a href='https://t.me/rybar/100'>https://t.me/rybar/100</a></p></div>"
        "<div id='edn1'><p><a href='#_ednref1' name='_edn1'>[1]</a> Ministry of Defence, 3 May 2024, "
        "<a href='https://t.me/mod_russia/200'>Telegram post</a></p></div>"
    )
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", ("https://t.me/rybar/100",), [("the enemy retreated",)]),
        ("1 (2)", ("https://t.me/mod_russia/200",), [("any retreat",)]),
    ]
    assert finding_codes(report) == []


@pytest.mark.parametrize(
    "unseen",
    [
        '<span style="display:none">did not </span>',
        "<span hidden>did not </span>",
        '<span class="sr-only">did not </span>',
        '<span style="font-size: 0px">did not </span>',
    ],
    ids=["display none", "hidden", "for screen readers only", "no font size"],
)
def test_words_hidden_inside_a_quote_are_not_compared_as_the_quotes(unseen: str) -> None:
    # The reader sees “we retreat from Rabotino”; the hidden words made the quote compared “we did not
    # retreat from Rabotino”, which the source's words could confirm.
    report = _read_html(
        f"<p>Rybar wrote “we {unseen}retreat from Rabotino”.<sup><a href='#fn1'>1</a></sup></p>"
        "<blockquote><p>We hold <span hidden>no </span>the line.<sup><a href='#fn1'>1</a></sup></p>"
        "</blockquote>"
        "<ol><li id='fn1'>Rybar, Telegram, 3 May 2024, https://t.me/rybar/100</li></ol>"
    )
    assert [context.quotes for context in report.footnotes[0].contexts] == [
        ("we retreat from Rabotino",),
        ("We hold the line.",),
    ]


def test_a_marker_inside_hidden_words_still_cites_its_paragraph() -> None:
    report = _read_html(
        "<p>Rybar wrote “we left”.<span class='sr-only'>See note <sup><a href='#fn1'>1</a></sup></span></p>"
        "<ol><li id='fn1'>Rybar, Telegram, 3 May 2024, https://t.me/rybar/100</li></ol>"
    )
    assert [context.quotes for context in report.footnotes[0].contexts] == [("we left",)]


def test_a_note_hidden_until_shown_as_a_pop_up_is_read_with_its_shown_links() -> None:
    report = _read_html(
        '<p>He said “we will win”.<sup><a href="#fn1">1</a></sup></p><ol style="display:none"><li id="fn1" '
        'hidden>Telegram, January 21, 2022, <a href="https://t.me/rybar/1" style="display:inline">post</a>'
        "</li></ol>"
    )
    assert [(note.text, note.urls) for note in report.footnotes] == [
        ("Telegram, January 21, 2022, post", ("https://t.me/rybar/1",))
    ]


MODERN_FOOTNOTES_REPORT = (
    "<p>The mayor said “we will win”.<sup class='modern-footnotes-footnote' data-mfn='1'>"
    "<a href='javascript:void(0)' role='button' aria-describedby='mfn-content-42-1'>1</a></sup>"
    "<span id='mfn-content-42-1' role='tooltip' class='modern-footnotes-footnote__note' data-mfn='1'>"
    "Telegram, January 21, 2022, <a href='https://t.me/rybar/1'>https://t.me/rybar/1</a></span></p>"
)


def test_superscript_numbers_linking_to_no_note_are_a_style_not_read() -> None:
    # WordPress's Modern Footnotes (the note in a tooltip) and a number linking to the source itself: no note
    # was read and nothing was said, so the report passed as citing nothing.
    for markup in (
        MODERN_FOOTNOTES_REPORT,
        '<p>He said “we will win”.<sup><a href="https://t.me/rybar/1">1</a></sup></p>',
    ):
        report = _read_html(markup)
        assert report.footnotes == ()
        assert finding_codes(report) == [("markers-without-notes", None, 1)]
        assert "(first: '<sup>1</sup>' on line 1)" in report.findings[0].message


def test_a_linked_power_is_no_superscript_note() -> None:
    report = _read_html('<p>Some <a href="https://stats.example/">10<sup>6</sup></a> people.</p>')
    assert (report.footnotes, finding_codes(report)) == ((), [("links-without-notes", None, 1)])


def _libreoffice_note(kind: str, number: int, shown: str, text: str) -> tuple[str, str]:
    """A marker and its note as LibreOffice Writer's "Save as HTML" writes them (`kind`: foot or end)."""
    marker = (
        f'<a class="sd{kind}noteanc" name="sd{kind}note{number}anc" href="#sd{kind}note{number}sym">'
        f"<sup>{shown}</sup></a>"
    )
    note = (
        f'<div id="sd{kind}note{number}"><p class="sd{kind}note-western">'
        f'<a class="sd{kind}notesym" name="sd{kind}note{number}sym" href="#sd{kind}note{number}anc">'
        f"{shown}</a>"
        f"{text}</p></div>"
    )
    return marker, note


def test_libreoffice_html_notes_are_read_from_the_paragraph_their_named_anchor_opens() -> None:
    # The marker's target is the note's named anchor, a link back to the marker: read as navigation, the
    # report's notes were none (`markers-without-notes`).
    link = '<a href="https://t.me/mayor/1">post</a>'
    first, first_note = _libreoffice_note("foot", 1, "1", f"Mayor, Telegram, {link}")
    _, unread_note = _libreoffice_note("foot", 2, "2", "Army, Telegram, https://t.me/army/3")
    endnote, endnote_text = _libreoffice_note("end", 1, "i", "Council, Telegram, https://t.me/council/2")
    report = _read_html(
        f"<html><body><p>The mayor said “we will rebuild”.{first} The council agreed.{endnote}</p>"
        f"{first_note}{unread_note}{endnote_text}</body></html>"
    )
    notes = [
        (note.label, note.text, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes
    ]
    assert notes == [
        ("1", "Mayor, Telegram, post", ("https://t.me/mayor/1",), [("we will rebuild",)]),
        ("2", "Army, Telegram, https://t.me/army/3", ("https://t.me/army/3",), []),
        ("i", "Council, Telegram, https://t.me/council/2", ("https://t.me/council/2",), [()]),
    ]
    assert finding_codes(report) == [("unreferenced-footnote", "2", 1)]


def _chapters_report(between_lists: str, after: str = "") -> str:
    """Two chapters citing notes 1 and 2 each by unlinked superscripts, their notes one `<ol>` each."""
    return (
        "<html><body><h2>Chapter 1</h2>"
        "<p>The mayor said “we hold”.<sup>1</sup> The council met.<sup>2</sup></p>"
        "<h2>Chapter 2</h2><p>The governor said “no money”.<sup>1</sup> The court ruled.<sup>2</sup></p>"
        "<h2>Notes</h2><ol><li>Mayor, https://t.me/mayor/1</li><li>Council, https://t.me/council/2</li></ol>"
        f"{between_lists}<ol><li>Governor, https://t.me/gov/3</li><li>Court, https://t.me/court/4</li></ol>"
        f"{after}</body></html>"
    )


def test_unlinked_superscripts_numbered_anew_per_chapter_cite_their_chapters_list() -> None:
    # Only the first list was read: chapter 2's markers cited chapter 1's notes (the governor's words
    # compared with the mayor's post) and the governor's and the court's posts were never checked.
    for between in ("<h3>Chapter 2</h3>", ""):
        report = _read_html(_chapters_report(between))
        assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
            ("1", ("https://t.me/mayor/1",), [("we hold",)]),
            ("2", ("https://t.me/council/2",), [()]),
            ("3", ("https://t.me/gov/3",), [("no money",)]),
            ("4", ("https://t.me/court/4",), [()]),
        ], between
        assert finding_codes(report) == []


def test_a_list_after_the_notes_that_no_chapters_markers_cite_is_no_notes() -> None:
    # A further-reading list after the notes, in a report of one chapter: read as it was, the notes' list.
    report = _read_html(
        "<html><body><p>The mayor said “we hold”.<sup>1</sup> The council met.<sup>2</sup></p>"
        "<h2>Notes</h2><ol><li>Mayor, https://t.me/mayor/1</li><li>Council, https://t.me/council/2</li></ol>"
        "<h2>Further reading</h2><ol><li>A book, https://books.example/1</li></ol></body></html>"
    )
    assert [(note.label, note.urls) for note in report.footnotes] == [
        ("1", ("https://t.me/mayor/1",)),
        ("2", ("https://t.me/council/2",)),
    ]
    assert finding_codes(report) == []


def test_an_unlinked_superscript_after_a_lone_letter_is_a_power_and_the_quote_its_sentences_note() -> None:
    # `x<sup>2</sup>` was marker 2: the quoted words before it were note 2's, compared with another post.
    report = _read_html(
        "<html><body><p>The mayor said “the formula x<sup>2</sup> holds”.<sup>1</sup> The council agreed."
        "<sup>2</sup></p><h3>Sources</h3><ol><li>Mayor, Telegram, https://t.me/mayor/1</li>"
        "<li>Council, Telegram, https://t.me/council/2</li></ol></body></html>"
    )
    assert [(note.label, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", [("the formula x2 holds",)]),
        ("2", [()]),
    ]
    assert finding_codes(report) == []


def test_a_note_cited_again_after_a_heading_cites_it_not_a_list_of_articles_after_the_notes() -> None:
    # Any `<ol>` after the notes' own counted as a chapter's: a `1` cited again after a later heading went to
    # the first item of the page's list of other articles.
    report = _read_html(
        "<html><body><h2>Intro</h2><p>The mayor said “we hold”.<sup>1</sup> The council met.<sup>2</sup></p>"
        "<h2>Analysis</h2><p>Again “we hold”.<sup>1</sup></p><h2>Notes</h2>"
        "<ol><li>Mayor, https://t.me/mayor/1</li><li>Council, https://t.me/council/2</li></ol>"
        "<div class='related'><h3>Most read</h3><ol><li>Elections, https://news.example/a</li>"
        "<li>Weather, https://news.example/b</li></ol></div></body></html>"
    )
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", ("https://t.me/mayor/1",), [("we hold",), ("we hold",)]),
        ("2", ("https://t.me/council/2",), [()]),
    ]
    assert finding_codes(report) == []


def test_an_unlinked_superscript_of_numbers_joined_by_several_dashes_names_each_not_an_internal_error() -> (
    None
):
    # `3-5` after the first dash was read as one number: ValueError, the report refused as a bug of the tool.
    report = _read_html(
        "<html><body><p>Claim.<sup>1-3-5</sup></p><h2>Notes</h2><ol>"
        + "".join(f"<li>Desk {n}, https://t.me/desk/{n}</li>" for n in range(1, 6))
        + "</ol></body></html>"
    )
    assert [(note.label, len(note.contexts)) for note in report.footnotes] == [
        ("1", 1), ("2", 0), ("3", 1), ("4", 0), ("5", 1)
    ]  # fmt: skip


_SOURCES_ITEMS = (
    '<li>Rybar, Telegram, 21 January 2022, <a href="https://t.me/rybar/12345">t.me/rybar/12345</a></li>\n'
    '<li>WarGonzo, Telegram, 22 January 2022, <a href="https://t.me/wargonzo/6789">the post</a></li>\n'
)


@pytest.mark.parametrize(
    ("notes", "heading"),
    [
        (f"<h2>Sources</h2>\n<ul>\n{_SOURCES_ITEMS}</ul>", "Sources"),
        (f"<h3>Примечания</h3>\n<ol>\n{_SOURCES_ITEMS}</ol>", "Примечания"),
        (f"<p><b>References:</b></p>\n<div>\n{_SOURCES_ITEMS.replace('li>', 'p>')}</div>", "References:"),
    ],
)
def test_a_notes_heading_over_links_no_marker_cites_is_markers_without_notes(
    notes: str, heading: str
) -> None:
    # With no marker in the body, a Sources list (bulleted, or numbered and cited by nothing) read as a report
    # without notes: `check` said "nothing to verify" and passed it, none of its sources checked.
    report = _read_html(f"<p>Rybar wrote that “the bridge was hit”. WarGonzo denied it.</p>\n{notes}\n")
    assert report.footnotes == ()
    assert finding_codes(report) == [("markers-without-notes", None, 4)]
    where = f"2 links under {heading!r}, the first on line 4"
    assert report.findings[0].message == f"sources listed but no notes read: unsupported style? ({where})"


def test_links_in_the_body_or_a_notes_heading_without_links_list_no_sources() -> None:
    body = '<p>Rybar <a href="https://t.me/rybar/1">wrote</a> that “the bridge was hit”.</p>'
    report = _read_html(
        f"{body}<h2>Notes</h2><ul><li>Translations are ours.</li></ul><p><a href='#top'>Top</a>"
    )
    assert "markers-without-notes" not in [code for code, _, _ in finding_codes(report)]


# Notes read and more sources listed as bullets under their heading, in no note: said before in a text or
# Markdown report only; an HTML report said nothing and passed on its notes alone, those links never checked.
_NOTES_AND_BULLETS = (
    "<p>The channel said “we left”.{marker}</p>"
    "{frame_open}<h2>Sources</h2>"
    "{notes}"
    '<ul><li>WarGonzo, Telegram, <a href="{bullet}">{bullet}</a></li></ul>{frame_close}'
    "<h2>About us</h2><ul><li><a href='https://example.com/about'>About</a></li></ul>"
)
_LINKED = {
    "marker": '<sup><a href="#fn1">1</a></sup>',
    "notes": '<ol><li id="fn1">Rybar, Telegram, <a href="https://t.me/rybar/1">t.me/rybar/1</a></li></ol>',
}
_UNLINKED = {
    "marker": "<sup>1</sup>",
    "notes": '<ol><li>Rybar, Telegram, <a href="https://t.me/rybar/1">t.me/rybar/1</a></li></ol>',
}


@pytest.mark.parametrize("notes", [_LINKED, _UNLINKED], ids=["linked notes", "superscript notes"])
def test_more_sources_listed_as_bullets_under_the_notes_heading_are_said(notes: dict[str, str]) -> None:
    page = _NOTES_AND_BULLETS.format(**notes, bullet="https://t.me/wargonzo/5", frame_open="", frame_close="")
    report = read_report_bytes(page.encode(), "report.html")
    assert [note.urls for note in report.footnotes] == [("https://t.me/rybar/1",)]
    assert [(f.code, f.line, f.message) for f in report.findings] == [
        (
            "sources-beside-notes",
            1,
            "1 link listed under 'Sources' in no note (the first on line 1): not checked; number the entries "
            "as notes, or cite each in one",
        )
    ]


@pytest.mark.parametrize("notes", [_LINKED, _UNLINKED], ids=["linked notes", "superscript notes"])
@pytest.mark.parametrize(
    ("bullet", "frame"),
    [
        ("https://t.me/rybar/1", ""),  # the note's own link again
        ("https://t.me/wargonzo/5", "footer"),  # the page's footer, not the report's
        ("https://t.me/wargonzo/5", "nav"),
    ],
    ids=["a note's link again", "in the footer", "in the navigation"],
)
def test_bullets_giving_a_notes_link_or_in_the_pages_frame_are_not_said(
    notes: dict[str, str], bullet: str, frame: str
) -> None:
    page = _NOTES_AND_BULLETS.format(
        **notes,
        bullet=bullet,
        frame_open=f"<{frame}>" if frame else "",
        frame_close=f"</{frame}>" if frame else "",
    )
    report = read_report_bytes(page.encode(), "report.html")
    assert [note.urls for note in report.footnotes] == [("https://t.me/rybar/1",)]
    assert report.findings == ()


@pytest.mark.parametrize("notes", [_LINKED, _UNLINKED], ids=["linked notes", "superscript notes"])
@pytest.mark.parametrize(
    "frame_open",
    [
        '<div role="contentinfo">',
        '<div id="footer">',
        '<div class="wrap site-footer">',
        '<div class="nav-menu">',
    ],
)
def test_bullets_in_a_site_footer_or_menu_written_as_divs_are_not_said(
    notes: dict[str, str], frame_open: str
) -> None:
    # A site's footer of About, Privacy, Subscribe links after the notes, in a `<div>` its role, id or class
    # names: no sources, and said as sources beside the notes.
    page = _NOTES_AND_BULLETS.format(**notes, bullet="https://example.org/subscribe", frame_open=frame_open,
                                     frame_close="</div>")  # fmt: skip
    report = read_report_bytes(page.encode(), "report.html")
    assert [note.urls for note in report.footnotes] == [("https://t.me/rybar/1",)]
    assert report.findings == ()


def test_bullets_in_a_div_of_the_reports_own_are_still_said() -> None:
    frame = {"frame_open": '<div class="further-reading">', "frame_close": "</div>"}
    page = _NOTES_AND_BULLETS.format(**_LINKED, bullet="https://t.me/wargonzo/5", **frame)
    report = read_report_bytes(page.encode(), "report.html")
    assert [finding.code for finding in report.findings] == ["sources-beside-notes"]


# Notes written as paragraphs that open with their number (`<p>[1] …</p>`, `<p>Note 1: …</p>`), as Medium,
# Substack and Ghost export them, under a notes heading.
_RYBAR_NOTE = "Rybar, Telegram, January 21, 2022, https://t.me/rybar/123"
_MINISTRY_NOTE = "Ministry of Defence, January 22, 2022, https://mil.example/statement/22"
_CLAIM = "Rybar claimed the convoy “had already crossed the river”."


def _paragraph_notes(body: str, opening: str) -> str:
    return (
        f"<p>{body}</p>\n<h2>Notes</h2>\n"
        f"<p>{opening.format(1)} {_RYBAR_NOTE}</p>\n<p>{opening.format(2)} {_MINISTRY_NOTE}</p>\n"
    )


@pytest.mark.parametrize(
    ("body", "opening"),
    [
        (f"{_CLAIM}[1] The ministry denied it.[2]", "[{}]"),
        (f"{_CLAIM} [1] The ministry denied it [2].", "[{}]"),
        (f"{_CLAIM}<sup>1</sup> The ministry denied it.<sup>2</sup>", "Note {}:"),
        (f"{_CLAIM}[1] The ministry denied it.[2]", "Note {}:"),
        (f"{_CLAIM}[1] The ministry denied it.[2]", "{}."),
    ],
)
def test_paragraphs_opening_with_their_number_under_a_notes_heading_are_the_notes(
    body: str, opening: str
) -> None:
    # `[1]` typed in the text and `<p>[1] …</p>` notes, or `<p>Note 1: …</p>` notes: read as no notes, the
    # report was refused as markers-without-notes, none of its sources checked.
    report = _read_html(_paragraph_notes(body, opening))
    assert finding_codes(report) == []
    notes = by_label(report)
    assert (notes["1"].text, notes["1"].urls, notes["1"].line) == (
        _RYBAR_NOTE,
        ("https://t.me/rybar/123",),
        3,
    )
    assert (notes["2"].text, notes["2"].line) == (_MINISTRY_NOTE, 4)
    assert notes["1"].contexts[0].quotes == ("had already crossed the river",)
    assert notes["1"].contexts[0].text.startswith("Rybar claimed the convoy")
    assert "[1]" not in notes["1"].contexts[0].text


def test_a_body_paragraph_opening_with_a_bracketed_number_is_no_note() -> None:
    # Above the notes heading, `[1] Rybar claimed …` is body text that opens with a marker: its words are
    # the claim note 1 cites, not note 1.
    report = _read_html(_paragraph_notes(f"[1] {_CLAIM} In 2022[2] the ministry denied it.", "[{}]"))
    assert finding_codes(report) == []
    notes = by_label(report)
    assert [note.text for note in report.footnotes] == [_RYBAR_NOTE, _MINISTRY_NOTE]
    assert notes["1"].contexts[0].text == f"{_CLAIM} In 2022 the ministry denied it."
    assert notes["1"].contexts[0].quotes == ("had already crossed the river",)


def test_a_typed_marker_no_paragraph_note_has_is_a_marker_without_a_footnote() -> None:
    report = _read_html(
        _paragraph_notes(f"{_CLAIM}[1] The ministry denied it.[2] So did the army.[3]", "[{}]")
    )
    assert [note.label for note in report.footnotes] == ["1", "2"]
    assert finding_codes(report) == [("marker-without-footnote", None, 1)]


def test_bracketed_numbers_in_links_and_code_are_no_markers() -> None:
    # `[1]` as a link's text, or in code, is no marker: still refused as markers-without-notes, never read as
    # citing nothing.
    linked = _read_html(
        f'<p>{_CLAIM}<a href="https://t.me/rybar/123">[1]</a> <code>a[2]</code></p>\n<h2>Notes</h2>\n'
        f"<p>[1] {_RYBAR_NOTE}</p>\n<p>[2] {_MINISTRY_NOTE}</p>\n"
    )
    assert linked.footnotes == ()
    assert "markers-without-notes" in [code for code, _, _ in finding_codes(linked)]


def test_without_a_notes_heading_the_last_paragraphs_opening_with_bracketed_numbers_are_the_notes() -> None:
    # A Substack or Medium export with its notes after a rule and no heading: refused, markers-without-notes.
    body = f"<p>[1] {_CLAIM} The ministry denied it.[2]</p>\n<hr>\n"
    report = _read_html(f"{body}<p>[1] {_RYBAR_NOTE}</p>\n<p>[2] {_MINISTRY_NOTE}</p>\n")
    assert finding_codes(report) == []
    assert [(note.label, note.text, note.line) for note in report.footnotes] == [
        ("1", _RYBAR_NOTE, 3),
        ("2", _MINISTRY_NOTE, 4),
    ]
    assert report.footnotes[0].contexts[0].quotes == ("had already crossed the river",)


@pytest.mark.parametrize(
    "page",
    [
        f"<p>[1] {_CLAIM}</p>",  # a paragraph opening with `[1]` and no marker before it: no note
        f"<p>{_CLAIM}[1]</p><ol><li>Our method.</li></ol><p>[1] {_RYBAR_NOTE}</p>",  # a list between
        f"<p>{_CLAIM}[1]</p><p>1. {_RYBAR_NOTE}</p>",  # `1.` notes only under a notes heading
    ],
    ids=["no marker", "a numbered list between", "numbered with a dot"],
)
def test_without_a_notes_heading_other_paragraphs_are_not_read_as_notes(page: str) -> None:
    # Still a report that cites and whose notes were not read: refused, never read as citing nothing.
    report = _read_html(page)
    assert (report.footnotes, finding_codes(report)) == ((), [("markers-without-notes", None, 1)])


@pytest.mark.parametrize(
    "also",
    [
        '<p>Also reported by WarGonzo: <a href="https://t.me/wargonzo/5">https://t.me/wargonzo/5</a></p>\n',
        "<p>Also reported by WarGonzo: https://t.me/wargonzo/5</p>\n",
    ],
    ids=["linked", "written out"],
)
def test_a_paragraph_among_paragraph_notes_that_opens_with_no_number_is_a_source_beside_them(
    also: str,
) -> None:
    # Read as no note's, its link was never checked and the report passed on its notes alone, nothing said.
    page = _paragraph_notes(f"{_CLAIM}[1] The ministry denied it.[2]", "[{}]")
    report = _read_html(page.replace("</p>\n<p>[2]", f"</p>\n{also}<p>[2]"))
    assert [note.urls for note in report.footnotes] == [
        ("https://t.me/rybar/123",),
        ("https://mil.example/statement/22",),
    ]
    assert [(f.code, f.line) for f in report.findings] == [("sources-beside-notes", 4)]
    assert report.findings[0].message.startswith("1 link listed under 'Notes' in no note")


def test_a_paragraph_among_paragraph_notes_giving_a_notes_link_again_or_in_list_notes_says_nothing() -> None:
    again = '<p>Its channel: <a href="https://t.me/rybar/123">t.me/rybar/123</a></p>\n'
    page = _paragraph_notes(f"{_CLAIM}[1] The ministry denied it.[2]", "[{}]")
    assert _read_html(page + again).findings == ()
    # Notes in a list: a paragraph after it is the page's, as it was.
    listed = f"{MEDVEDEV_REPORT}<p>Read more: <a href='https://example.org/more'>more</a></p>"
    assert _read_html(listed).findings == ()


@pytest.mark.parametrize(
    "written",
    [
        "https://t.me/<wbr>rybar/123",
        "<span>https://t.me/</span><span>rybar/123</span>",
        'https://t.me/<span class="SpellE">rybar</span>/123',
    ],
    ids=["wbr", "spans", "Word's spelling span"],
)
def test_a_url_written_over_inline_elements_is_read_whole(written: str) -> None:
    # Read element by element, the note's link was `https://t.me/`, the channel's home page.
    item = f"Rybar, Telegram, January 21, 2022, {written}"
    report = _read_html(f"<p>{_CLAIM}<sup>1</sup></p><h2>Notes</h2><ol><li>{item}</li></ol>")
    [note] = report.footnotes
    assert (note.text, note.urls) == (_RYBAR_NOTE, ("https://t.me/rybar/123",))


def test_links_and_written_urls_of_a_note_keep_the_order_they_stand_in() -> None:
    note = (
        'Rybar, https://t.me/rybar/123 (<a href="https://archive.example/1">archived</a>), '
        '<a href="https://t.me/rybar/124">https://t.me/rybar/124</a>, t.me/rybar/125'
    )
    [footnote] = _read_html(f"<p>{_CLAIM}<sup>1</sup></p><h2>Notes</h2><ol><li>{note}</li></ol>").footnotes
    assert footnote.urls == (
        "https://t.me/rybar/123",
        "https://archive.example/1",
        "https://t.me/rybar/124",
        "https://t.me/rybar/125",
    )


@pytest.mark.parametrize(
    ("inside", "differs"),
    [
        ('<span style="display:none">x</span>https://t.me/rybar/123', True),
        ('https://t.me/rybar/123<span class="screen-reader-text"> (opens in a new tab)</span>', True),
        ('https://t.me/rybar/123<span class="note"> (Telegram)</span>', False),  # shown: no URL alone
    ],
    ids=["hidden in place", "for screen readers only", "words shown"],
)
def test_a_links_shown_text_is_compared_without_what_it_does_not_show(inside: str, differs: bool) -> None:
    # WordPress's "(opens in a new tab)" for screen readers made a link showing rybar/123 and leading to
    # fakerybar/1 show no URL alone: the target was captured and checked as the note's source, nothing said.
    link = f'<a href="https://t.me/fakerybar/1" target="_blank">{inside}</a>'
    [note] = _read_html(f"<p>{_CLAIM}<sup>1</sup></p><h2>Notes</h2><ol><li>Rybar, {link}</li></ol>").footnotes
    assert note.urls[0] == "https://t.me/fakerybar/1"
    assert [finding.code for finding in note.findings] == (["link-text-differs"] if differs else [])


def test_raised_digit_markers_and_notes_opening_with_them_are_read_and_powers_are_not_markers() -> None:
    # Medium and other editors without footnotes: `¹` typed after the claim and `¹ Rybar, …` under Notes were
    # markers-without-notes, the report refused.
    body = f"{_CLAIM}¹ An area of 40 km² with 10⁶ people; the ministry denied it in 2022²."
    report = _read_html(_paragraph_notes(body, "{}").replace("<p>1 ", "<p>¹ ").replace("<p>2 ", "<p>² "))
    assert finding_codes(report) == []
    notes = by_label(report)
    assert [(note.label, note.text) for note in report.footnotes] == [
        ("1", _RYBAR_NOTE),
        ("2", _MINISTRY_NOTE),
    ]
    assert notes["1"].contexts[0].text == (
        f"{_CLAIM} An area of 40 km² with 10⁶ people; the ministry denied it in 2022."
    )
    assert notes["1"].contexts[0].quotes == ("had already crossed the river",)


def test_a_notes_line_breaks_keep_its_parts_apart() -> None:
    # `Two Majors<br>Telegram, …` was read `Two Majors Telegram, …`: its name ran on into the platform's.
    html = (
        '<p>The channel wrote “the front is holding”.<sup><a href="#fn1">1</a></sup></p>\n'
        '<ol><li id="fn1">Two Majors<br>Telegram, 21 January 2022<br/>\n'
        '<a href="https://t.me/rybar/1234">https://t.me/rybar/1234</a></li></ol>\n'
    )
    note = by_label(read_report_bytes(html.encode(), "r.html"))["1"]
    assert note.text == "Two Majors\nTelegram, 21 January 2022\nhttps://t.me/rybar/1234"
    assert note.urls == ("https://t.me/rybar/1234",)


def test_a_body_paragraphs_line_break_still_reads_as_a_space() -> None:
    html = (
        '<p>The channel wrote<br>“the front is holding”.<sup><a href="#fn1">1</a></sup></p>\n'
        '<ol><li id="fn1">Rybar, Telegram, <a href="https://t.me/rybar/1234">post</a></li></ol>\n'
    )
    note = by_label(read_report_bytes(html.encode(), "r.html"))["1"]
    assert [context.text for context in note.contexts] == ["The channel wrote “the front is holding”."]
    assert note.text == "Rybar, Telegram, post"


def test_a_notes_soft_hyphens_and_zero_width_characters_are_not_read() -> None:
    # What the note's reader sees: `@ry&#x200d;bar` was the handle `ry`, `Jan&shy;uary` no month, and a
    # link showing `ry&shy;bar` led "elsewhere" (`link-text-differs`).
    html = (
        '<p>The channel wrote “the front is holding”.<sup><a href="#fn1">1</a></sup></p>\n'
        '<ol><li id="fn1">Rybar (@ry&#x200d;bar), Telegram, 21 Jan&shy;uary 2022, '
        '<a href="https://t.me/rybar/1234">https://t.me/ry&shy;bar/1234</a></li></ol>\n'
    )
    note = by_label(read_report_bytes(html.encode(), "r.html"))["1"]
    assert note.text == "Rybar (@rybar), Telegram, 21 January 2022, https://t.me/rybar/1234"
    assert note.urls == ("https://t.me/rybar/1234",)
    assert note.findings == ()


@pytest.mark.parametrize("summary", ["Show source", "1 source", "Details", "Sources:"])
def test_a_folded_notes_summary_that_only_opens_it_is_no_part_of_its_text(summary: str) -> None:
    # `<details><summary>Show source</summary>Rybar, …`: the summary was the note's opening, its author held
    # to the post's channel, and the true citation warned.
    html = (
        '<p>The channel wrote “the front is holding”.<sup><a href="#fn1">1</a></sup></p>\n'
        f'<ol><li id="fn1"><details><summary>{summary}</summary>Rybar, Telegram, 21 January 2022, '
        "https://t.me/rybar/1234</details></li></ol>\n"
    )
    note = by_label(read_report_bytes(html.encode(), "r.html"))["1"]
    assert note.text == "Rybar, Telegram, 21 January 2022, https://t.me/rybar/1234"


def test_a_folded_notes_summary_naming_someone_is_still_its_text() -> None:
    html = (
        '<p>The channel wrote “the front is holding”.<sup><a href="#fn1">1</a></sup></p>\n'
        '<ol><li id="fn1"><details><summary>Two Majors</summary>Telegram, 21 January 2022, '
        "https://t.me/rybar/1234</details></li></ol>\n"
    )
    note = by_label(read_report_bytes(html.encode(), "r.html"))["1"]
    assert note.text == "Two Majors\n\nTelegram, 21 January 2022, https://t.me/rybar/1234"


def test_an_address_linked_to_its_http_form_as_word_autoformat_links_it_is_one_source_not_two() -> None:
    # A Word report saved as a web page (or pasted into a CMS) keeps AutoFormat's link of a typed
    # `t.me/rybar/1234` to `http://t.me/rybar/1234`: read as citing `https://t.me/rybar/1234` as well.
    report = _read_html(
        '<p>Rybar wrote “the front is holding”.<sup><a href="#fn1" id="r1">1</a></sup></p><ol><li id="fn1">'
        'Rybar, Telegram, 21 January 2022, <a href="http://t.me/rybar/1234">t.me/rybar/1234</a></li></ol>'
    )
    assert [(note.urls, note.findings) for note in report.footnotes] == [(("http://t.me/rybar/1234",), ())]


@pytest.mark.parametrize(
    ("shown", "target"),
    [
        ("t.me/rybar/1234", "https://t.me/rybar/1234/"),
        ("t.me/rybar/1234", "http://t.me/rybar/1234/"),
        ("https://t.me/rybar/1234", "https://t.me/rybar/1234/"),
        ("https://t.me/rybar/1234/", "https://t.me/rybar/1234"),
    ],
)
def test_a_link_that_differs_from_the_address_it_shows_by_a_final_slash_is_one_source(
    shown: str, target: str
) -> None:
    report = _read_html(
        '<p>Rybar wrote “the front is holding”.<sup><a href="#fn1" id="r1">1</a></sup></p><ol><li id="fn1">'
        f'Rybar, Telegram, 21 January 2022, <a href="{target}">{shown}</a></li></ol>'
    )
    assert [(note.urls, note.findings) for note in report.footnotes] == [((target,), ())]


def test_an_address_beside_a_link_to_another_post_with_a_final_slash_stays_a_second_source() -> None:
    report = _read_html(
        '<p>Rybar wrote “the front is holding”.<sup><a href="#fn1" id="r1">1</a></sup></p><ol><li id="fn1">'
        'Rybar, https://t.me/rybar/1234, see <a href="https://t.me/rybar/1235/">the reply</a></li></ol>'
    )
    assert report.footnotes[0].urls == ("https://t.me/rybar/1234", "https://t.me/rybar/1235/")


def test_a_numbered_list_written_as_one_list_per_item_as_notion_exports_it_is_read_whole() -> None:
    # Notion's HTML export writes each numbered item as an `<ol start="N">` of its own: only source 1 was
    # read, and marker 2 was said to cite no footnote.
    report = _read_html(
        "<p>Rybar wrote “the front is holding”.<sup>1</sup> The ministry denied “any retreat”.<sup>2</sup>"
        " WarGonzo said “all is quiet”.<sup>3</sup></p><h2>Sources</h2>"
        '<ol type="1" class="numbered-list" start="1"><li>Rybar, https://t.me/rybar/1234</li></ol>\n'
        '<ol type="1" class="numbered-list" start="2"><li>Ministry, https://t.me/mod_russia/200</li></ol>'
        '<ol type="1" class="numbered-list" start="3"><li>WarGonzo, https://t.me/wargonzo/300</li></ol>'
    )
    assert [(note.label, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", ("https://t.me/rybar/1234",), [("the front is holding",)]),
        ("2", ("https://t.me/mod_russia/200",), [("any retreat",)]),
        ("3", ("https://t.me/wargonzo/300",), [("all is quiet",)]),
    ]
    assert report.findings == ()


def test_a_list_after_the_notes_that_numbers_anew_is_not_more_notes() -> None:
    report = _read_html(
        "<p>Rybar wrote “the front is holding”.<sup>1</sup></p><h2>Sources</h2>"
        "<ol><li>Rybar, https://t.me/rybar/1234</li></ol><ol><li>Unrelated, https://example.com/</li></ol>"
    )
    assert [note.urls for note in report.footnotes] == [("https://t.me/rybar/1234",)]


_BOOK_NOTES = (
    '<section epub:type="endnotes"><h2>Endnotes</h2><ol>'
    '<li id="note-1" epub:type="endnote"><p>Rybar, https://t.me/rybar/1234. '
    '<a href="{chapter}#noteref-1" epub:type="backlink">↩</a></p></li>'
    '<li id="note-2" epub:type="endnote"><p>Ministry, https://t.me/mod_russia/200. '
    '<a href="{chapter}#noteref-2" epub:type="backlink">↩</a></p></li></ol></section>'
)


@pytest.mark.parametrize(
    ("notes_file", "noteref"),
    [("endnotes.xhtml", ""), ("../Text/notes.html", ' epub:type="noteref"')],
    ids=["xhtml file", "html file, noteref"],
)
def test_an_epub_s_note_references_to_its_notes_file_are_read_where_the_page_holds_the_notes(
    notes_file: str, noteref: str
) -> None:
    # An EPUB's chapters and notes read as one page (Standard Ebooks' layout, unzipped and joined): each
    # noteref links `endnotes.xhtml#note-1`, a link away, and no note was read (`markers-without-notes`).
    report = _read_html(
        f'<p>Rybar wrote “the front is holding”.<a href="{notes_file}#note-1" id="noteref-1"{noteref}>1</a>'
        f' The ministry denied “any retreat”.<a href="{notes_file}#note-2" id="noteref-2"{noteref}>2</a></p>'
        + _BOOK_NOTES.format(chapter="chapter-1.xhtml")
    )
    assert [(note.label, note.text, [c.quotes for c in note.contexts]) for note in report.footnotes] == [
        ("1", "Rybar, https://t.me/rybar/1234.", [("the front is holding",)]),
        ("2", "Ministry, https://t.me/mod_russia/200.", [("any retreat",)]),
    ]
    assert report.findings == ()


def test_a_web_page_s_link_to_another_page_s_note_is_no_note_of_its_own() -> None:
    report = _read_html(
        '<p>See <sup><a href="/other.html#fn1">1</a></sup> for more.</p><ol><li id="fn1">Our own note, '
        "https://t.me/rybar/1234</li></ol>"
    )
    assert [note.label for note in report.footnotes] == []
