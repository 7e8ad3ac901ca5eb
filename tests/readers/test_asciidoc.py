"""AsciiDoc footnote macros in a report read as text (`provenance.readers.asciidoc`)."""

from __future__ import annotations

import pytest

from provenance.readers import read_report_bytes

_REPORT = """= Report on channel claims
:toc:

== Claims

The channel claimed "the bridge was destroyed".footnote:[Rybar, Telegram, 21 January 2022, https://t.me/rybar/1]
A second claim appeared later.footnote:mash[Mash, https://t.me/breakingmash/9[“Bridge hit”], 22 January 2022]

It was repeated: "the bridge is down".footnote:mash[]

Old style.footnoteref:[old,Ministry, https://t.me/mod_russia/7 \\[archived\\]]
Again "no losses".footnoteref:[old]
"""


@pytest.mark.parametrize("name", ["r.adoc", "r.txt"])
def test_asciidoc_footnotes_are_read_numbered_in_turn_each_with_its_link_and_passage(name: str) -> None:
    # Read as plain text, `footnote:[…]` was `markers found but no notes`: nothing the report cites was
    # checked. A named note cited again (`footnote:mash[]`) is the same note, cited by both passages.
    report = read_report_bytes(_REPORT.encode(), name)
    assert [
        (note.label, note.line, note.text, note.urls, [(c.line, c.quotes) for c in note.contexts])
        for note in report.footnotes
    ] == [
        (
            "1",
            6,
            "Rybar, Telegram, 21 January 2022, https://t.me/rybar/1",
            ("https://t.me/rybar/1",),
            [(6, ("the bridge was destroyed",))],
        ),
        (
            "2",
            7,
            "Mash, “Bridge hit” (https://t.me/breakingmash/9), 22 January 2022",
            ("https://t.me/breakingmash/9",),
            [(7, ()), (9, ("the bridge is down",))],
        ),
        (
            "3",
            11,
            "Ministry, https://t.me/mod_russia/7 [archived]",
            ("https://t.me/mod_russia/7",),
            [(11, ("no losses",))],
        ),
    ]
    assert report.findings == ()


def test_a_quote_block_s_words_are_quoted_and_verbatim_blocks_and_escaped_macros_are_not_notes() -> None:
    text = (
        "[quote, WarGonzo]\n____\nAll is quiet on the front.footnote:[WarGonzo,"
        " link:https://t.me/wargonzo/300[Telegram], 23 January 2022]\n____\n\n"
        "----\nprint('footnote:[not a note]')\n----\n\n"
        "Written as \\footnote:[text] in the source.\n"
    )
    report = read_report_bytes(text.encode(), "r.adoc")
    assert [
        (note.label, note.text, note.urls, [c.quotes for c in note.contexts]) for note in report.footnotes
    ] == [
        (
            "1",
            "WarGonzo, Telegram (https://t.me/wargonzo/300), 23 January 2022",
            ("https://t.me/wargonzo/300",),
            [("All is quiet on the front.",)],
        )
    ]


def test_a_named_note_cited_before_it_is_given_is_a_marker_without_a_note() -> None:
    text = "First.footnote:mash[]\n\nThen.footnote:mash[Mash, https://t.me/breakingmash/9]\n"
    report = read_report_bytes(text.encode(), "r.adoc")
    assert [(note.label, [c.line for c in note.contexts]) for note in report.footnotes] == [("1", [3])]
    assert [finding.message for finding in report.findings] == ["marker mash on line 1 has no footnote"]


@pytest.mark.parametrize(
    "text",
    [
        "footnote:[" * 20_000,
        "footnote:[https://x[" * 10_000,
        "footnote:[https://" + "a[" * 50_000,
        "footnote:[" + "\\]" * 50_000 + "]",
        ("footnote:" + "a" * 60) * 1_500,
        "footnote:[a\n" * 20_000,
    ],
    ids=["unclosed", "links never closed", "one word of brackets", "escapes", "long ids", "many lines"],
)
def test_crafted_asciidoc_is_read_in_one_pass_without_a_crash(text: str) -> None:
    report = read_report_bytes(text.encode(), "r.adoc")
    assert len(report.footnotes) <= 1


def test_many_asciidoc_notes_in_one_paragraph_are_each_read() -> None:
    text = "".join(f"Claim {n}.footnote:[Source {n}, https://t.me/c/{n}] " for n in range(1, 5001))
    report = read_report_bytes(text.encode(), "r.adoc")
    assert len(report.footnotes) == 5000
    assert report.footnotes[-1].urls == ("https://t.me/c/5000",)


def test_a_text_report_that_shows_the_macro_keeps_its_own_notes() -> None:
    text = (
        "In AsciiDoc a note is written footnote:[its text].\n\n"
        'Rybar said "the bridge fell".[1] Mash said "a strike".[2]\n\n'
        "Notes\n\n[1] Rybar, https://t.me/rybar/1\n[2] Mash, https://t.me/breakingmash/2\n"
    )
    report = read_report_bytes(text.encode(), "r.txt")
    assert [(note.label, note.urls) for note in report.footnotes] == [
        ("1", ("https://t.me/rybar/1",)),
        ("2", ("https://t.me/breakingmash/2",)),
    ]


def test_an_empty_note_is_no_note_and_one_written_with_no_space_before_it_is_read() -> None:
    # Asciidoctor leaves `footnote:[]` out (it was a marker of no note); Chinese text sets no space before a
    # note, and one written so is still read.
    text = "报道称“桥梁被毁”。footnote:[] 然后“全线安静”footnote:[WarGonzo, https://t.me/wargonzo/3]\n"
    report = read_report_bytes(text.encode(), "r.adoc")
    assert [(note.label, note.urls, [c.line for c in note.contexts]) for note in report.footnotes] == [
        ("1", ("https://t.me/wargonzo/3",), [1])
    ]
    assert "全线安静" in report.footnotes[0].contexts[0].quotes
    assert report.findings == ()
