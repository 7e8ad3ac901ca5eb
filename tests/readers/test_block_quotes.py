"""Block quotes and HTML `<q>`: words quoted without quote marks are quoted words of the footnote whose marker
is in them (or, in HTML, right after them), read into the context's `quotes` as words in “…” are, so the
`quote` check compares them with the source instead of skipping with "no quoted words cite this footnote"."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

from provenance import cli
from provenance.checks import CheckInput
from provenance.checks.quote import check_quote
from provenance.citations import parse_citation
from provenance.models import Context, Footnote, Platform, SourcePost
from provenance.readers.html import read_html
from provenance.readers.interface import ReadResult
from provenance.readers.markdown import read_markdown
from provenance.readers.plaintext import read_plain_text
from tests.readers.support import ASSETS, by_label, read_asset

NOTE = "City Hall, January 21, 2022, https://city.example/news/1"


def _contexts(contexts: Sequence[Context]) -> list[tuple[str, tuple[str, ...]]]:
    return [(context.text, context.quotes) for context in contexts]


def _labelled(footnotes: Sequence[Footnote]) -> dict[str, Footnote]:
    return {footnote.label: footnote for footnote in footnotes}


def test_markdown_block_quote_with_a_marker_quotes_its_text() -> None:
    notes = by_label(read_asset("markdown_block_quotes_citing_notes.md"))
    assert [(context.line, context.quotes) for context in notes["b1"].contexts] == [
        (5, ("The tunnel will close next week, the mayor said.",))
    ]


def test_markdown_block_quote_over_several_lines_quotes_all_of_them() -> None:
    notes = by_label(read_asset("markdown_block_quotes_citing_notes.md"))
    assert _contexts(notes["b2"].contexts) == [
        ("The tunnel will close for repairs in March.", ("The tunnel will close for repairs in March.",))
    ]


def test_markdown_block_quote_of_several_paragraphs_is_one_context_and_one_quote() -> None:
    notes = by_label(read_asset("markdown_block_quotes_citing_notes.md"))
    whole = "The council met at noon. It voted to close the tunnel."
    assert [(context.line, context.text, context.quotes) for context in notes["b3"].contexts] == [
        (12, whole, (whole,))
    ]


def test_a_last_line_starting_with_a_dash_is_attribution_not_quoted_words() -> None:
    markdown = by_label(read_asset("markdown_block_quotes_citing_notes.md"))["b4"]
    html = by_label(read_asset("html_block_quotes_citing_notes.html"))["3"]
    for note in (markdown, html):
        assert _contexts(note.contexts) == [
            ("Nobody will be stranded. — Mayor Jane Smith", ("Nobody will be stranded.",))
        ]


def test_a_block_quote_without_a_marker_adds_nothing_and_quote_marks_are_read_as_before() -> None:
    for name, label in (
        ("markdown_block_quotes_citing_notes.md", "b5"),
        ("html_block_quotes_citing_notes.html", "4"),
    ):
        report = read_asset(name)
        contexts = [context for note in report.footnotes for context in note.contexts]
        assert not any("cites nothing" in context.text for context in contexts), name
        assert _contexts(by_label(report)[label].contexts) == [
            ("The mayor promised “a short closure”.", ("a short closure",))
        ]


def test_html_blockquote_with_a_marker_inside_quotes_its_text() -> None:
    note = by_label(read_asset("html_block_quotes_citing_notes.html"))["1"]
    assert [(context.line, context.quotes) for context in note.contexts] == [
        (4, ("The tunnel will close next week, the mayor said.",))
    ]


def test_html_marker_right_after_a_blockquote_quotes_the_whole_blockquote() -> None:
    note = by_label(read_asset("html_block_quotes_citing_notes.html"))["2"]
    whole = "The council met at noon. It voted to close the tunnel."
    assert [(context.line, context.text, context.quotes) for context in note.contexts] == [
        (7, whole, (whole,))
    ]


def test_html_q_quotes_go_to_the_marker_after_them_or_inside_them() -> None:
    notes = by_label(read_asset("html_q_elements_citing_notes.html"))
    assert [context.quotes for context in notes["1"].contexts] == [("the tunnel will close next week",)]
    assert [context.quotes for context in notes["2"].contexts] == [()]
    assert [context.quotes for context in notes["3"].contexts] == [("for repairs",)]
    assert notes["1"].contexts[0].text == (
        "The mayor said the tunnel will close next week and the council agreed."
    ), "the context reads as before"


def test_a_block_quote_holding_quote_marks_is_quoted_whole() -> None:
    # One rule: a block quote is the quoted words, inner “…” included; they are not a quote of their own.
    markdown = read_markdown(f"> The minister said “we will not stop” and left.[^1]\n\n[^1]: {NOTE}\n")
    html = read_html(
        "<blockquote><p>The minister said <q>we will not stop</q> and left.<sup><a href='#fn1'>1</a></sup>"
        f"</p></blockquote><ol><li id='fn1'>{NOTE}</li></ol>"
    )
    assert markdown.footnotes[0].contexts[0].quotes == ("The minister said “we will not stop” and left.",)
    assert html.footnotes[0].contexts[0].quotes == ("The minister said we will not stop and left.",)


def _two_notes_html(body: str) -> str:
    return f"{body}<ol><li id='fn1'>{NOTE}</li><li id='fn2'>{NOTE.replace('1', '2')}</li></ol>"


def _sup(number: int) -> str:
    return f"<sup><a href='#fn{number}'>{number}</a></sup>"


def test_a_marker_inside_a_block_quote_holds_its_words_since_the_previous_marker() -> None:
    # As with “…”: [1] holds the words before it (it held none and came out verified on words never
    # compared); the marker at the block quote's end holds all of it.
    markdown = read_markdown(
        f"> The mayor said[^1] the tunnel will close.[^2]\n\n[^1]: {NOTE}\n[^2]: {NOTE.replace('1', '2')}\n"
    )
    html = read_html(
        _two_notes_html(
            f"<blockquote><p>The mayor said{_sup(1)} the tunnel will close.{_sup(2)}</p></blockquote>"
        )
    )
    for result in (markdown, html):
        notes = _labelled(result.footnotes)
        assert notes["1"].contexts[0].quotes == ("The mayor said",)
        assert notes["2"].contexts[0].quotes == ("The mayor said the tunnel will close.",)


def test_markers_inside_a_block_quote_hold_the_words_since_the_one_before_them() -> None:
    markdown = read_markdown(
        "> We will win.[^1] We will not stop.[^2] We will rebuild.[^3]\n\n"
        f"[^1]: {NOTE}\n[^2]: {NOTE.replace('1', '2')}\n[^3]: {NOTE.replace('1', '3')}\n"
    )
    html = read_html(
        f"<blockquote><p>We will win.{_sup(1)} We will not stop.{_sup(2)} We will rebuild.{_sup(3)}</p>"
        f"</blockquote><ol><li id='fn1'>{NOTE}</li><li id='fn2'>{NOTE.replace('1', '2')}</li>"
        f"<li id='fn3'>{NOTE.replace('1', '3')}</li></ol>"
    )
    for result in (markdown, html):
        notes = _labelled(result.footnotes)
        assert [notes[label].contexts[0].quotes for label in ("1", "2", "3")] == [
            ("We will win.",),
            ("We will not stop.",),
            ("We will win. We will not stop. We will rebuild.",),
        ]


def test_a_marker_inside_a_block_quote_with_no_marker_after_it_holds_its_words_and_the_whole() -> None:
    # The first piece starts where the passage starts (no opening quote mark to leave out): both are kept.
    markdown = read_markdown(f"> The mayor said[^1] the tunnel will close.\n\n[^1]: {NOTE}\n")
    html = read_html(
        _two_notes_html(f"<blockquote><p>The mayor said{_sup(1)} the tunnel will close.</p></blockquote>")
    )
    for result in (markdown, html):
        assert _labelled(result.footnotes)["1"].contexts[0].quotes == (
            "The mayor said",
            "The mayor said the tunnel will close.",
        )


def test_a_marker_before_only_punctuation_at_a_block_quotes_end_holds_all_of_it() -> None:
    markdown = read_markdown(
        f"> The mayor said[^1] the tunnel will close[^2].\n\n[^1]: {NOTE}\n[^2]: {NOTE.replace('1', '2')}\n"
    )
    notes = _labelled(markdown.footnotes)
    assert notes["1"].contexts[0].quotes == ("The mayor said",)
    assert notes["2"].contexts[0].quotes == ("The mayor said the tunnel will close.",)


def test_a_note_defined_inside_a_block_quote_is_a_note_not_quoted_words() -> None:
    result = read_markdown(f"Claim.[^1]\n\n> [^1]: {NOTE}\n")
    assert [(note.label, note.text) for note in result.footnotes] == [("1", NOTE)]
    assert result.footnotes[0].contexts[0].quotes == ()


def test_report_characters_that_mark_passages_are_unknown_characters() -> None:
    # The reader marks a passage with two noncharacters: in a report they start or end nothing.
    markdown = read_markdown(f"> One\ufdd1 two \ufdd0three.[^1]\n\n[^1]: {NOTE}\n")
    html = read_html(
        f"<p>One\ufdd0 two\ufdd1 three.<sup><a href='#fn1'>1</a></sup></p><ol><li id='fn1'>{NOTE}</li></ol>"
    )
    assert markdown.footnotes[0].contexts[0].quotes == ("One\ufffd two \ufffdthree.",)
    assert html.footnotes[0].contexts[0].quotes == ()


def test_block_quote_words_missing_from_the_source_are_a_warning_not_a_skip() -> None:
    note = by_label(read_asset("markdown_block_quotes_citing_notes.md"))["b1"]
    page = SourcePost(
        platform=Platform.WEB,
        url="https://city.example/news/1",
        published=dt.datetime(2022, 1, 21, 9, 0, tzinfo=dt.UTC),
        text="The mayor opened the new library on Monday.",
    )
    given = CheckInput(
        footnote=note, citation=parse_citation(note).citation, outcome=None, live=page, source=page
    )
    assert check_quote(given).status == "warn"


def test_extract_json_shows_the_block_quote_as_the_contexts_quote(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    shutil.copy(ASSETS / "markdown_block_quotes_citing_notes.md", "report.md")
    assert cli.main(["extract", "report.md", "--format", "json"]) == 0
    footnote = json.loads(capsys.readouterr().out)["footnotes"][0]
    assert footnote["label"] == "b1"
    assert footnote["contexts"] == [
        {
            "line": 5,
            "text": "The tunnel will close next week, the mayor said.",
            "quotes": ["The tunnel will close next week, the mayor said."],
        }
    ]


def test_a_quote_in_quote_marks_inside_a_block_quote_is_part_of_the_words_a_marker_holds() -> None:
    # [1] holds the block quote's words up to it, “we leave” with them; the block quote is the last marker's.
    markdown = read_markdown(
        f"> He said “we leave”.[^1] She said “we stay”.[^2]\n\n[^1]: {NOTE}\n[^2]: {NOTE.replace('1', '2')}\n"
    )
    html = read_html(
        "<blockquote><p>He said “we leave”.<sup><a href='#fn1'>1</a></sup> She said “we stay”."
        f"<sup><a href='#fn2'>2</a></sup></p></blockquote><ol><li id='fn1'>{NOTE}</li>"
        f"<li id='fn2'>{NOTE.replace('1', '2')}</li></ol>"
    )
    for result in (markdown, html):
        notes = _labelled(result.footnotes)
        assert notes["1"].contexts[0].quotes == ("He said “we leave”.",)
        assert notes["2"].contexts[0].quotes == ("He said “we leave”. She said “we stay”.",)


def test_html_marker_opening_the_paragraph_after_a_blockquote_quotes_the_blockquote() -> None:
    # Its words were no marker's: the footnote came out verified without them compared.
    for after in (f"<p>{_sup(1)} said the mayor.</p>", f"\n<p> {_sup(1)}</p>"):
        html = read_html(_two_notes_html(f"<blockquote><p>We will win.</p></blockquote>{after}"))
        assert _contexts(_labelled(html.footnotes)["1"].contexts) == [("We will win.", ("We will win.",))]


def test_html_paragraph_after_a_blockquote_with_a_marker_not_at_its_start_is_its_own() -> None:
    html = read_html(
        _two_notes_html(
            f"<blockquote><p>We will win.</p></blockquote><p>{_sup(1)} He said <q>it rains</q>.{_sup(2)}</p>"
            f"<blockquote><p>We lost.</p></blockquote><p>The mayor said so.{_sup(2)}</p>"
        )
    )
    notes = _labelled(html.footnotes)
    assert _contexts(notes["1"].contexts) == [("We will win.", ("We will win.",))]
    assert _contexts(notes["2"].contexts) == [
        ("He said it rains.", ("it rains",)),
        ("The mayor said so.", ()),
    ]


def test_markdown_marker_opening_the_paragraph_after_a_block_quote_quotes_the_block_quote() -> None:
    for after in ("[^1] said the mayor.", "[^1]"):
        markdown = read_markdown(f"> We will win.\n\n{after}\n\n[^1]: {NOTE}\n")
        assert [
            (context.line, context.text, context.quotes) for context in markdown.footnotes[0].contexts
        ] == [(3, "We will win.", ("We will win.",))]


def test_markdown_paragraph_after_a_block_quote_keeps_its_other_markers() -> None:
    markdown = read_markdown(
        "> We will win.\n> — Mayor Jane Smith\n\n[^1] He said “it rains”.[^2]\n\nThe mayor said so.[^1]\n\n"
        f"[^1]: {NOTE}\n[^2]: {NOTE.replace('1', '2')}\n"
    )
    notes = _labelled(markdown.footnotes)
    assert _contexts(notes["1"].contexts) == [
        ("We will win. — Mayor Jane Smith", ("We will win.",)),
        ("The mayor said so.", ()),
    ]
    assert _contexts(notes["2"].contexts) == [("He said “it rains”.", ("it rains",))]


def test_markdown_block_quote_followed_by_a_paragraph_citing_at_its_end_is_not_quoted() -> None:
    markdown = read_markdown(f"> We will win.\n\nThe mayor said so.[^1]\n\n[^1]: {NOTE}\n")
    assert _contexts(markdown.footnotes[0].contexts) == [("The mayor said so.", ())]


_SECOND_NOTE = NOTE.replace("1", "2")


@pytest.mark.parametrize("lead_in", ["The mayor said:[^1]", "The mayor said[^1]:", "The mayor said: [^1]"])
def test_markdown_marker_ending_a_paragraph_by_a_colon_quotes_the_block_quote_after_it(lead_in: str) -> None:
    # A writer who cites the speaker where the quote is introduced: the block quote's words were no
    # marker's, and footnote 1 came out verified without them compared.
    markdown = read_markdown(
        f"{lead_in}\n\n> We will rebuild the bridge by May.\n> — the mayor\n\nThen he left.[^2]\n\n"
        f"[^1]: {NOTE}\n[^2]: {_SECOND_NOTE}\n"
    )
    notes = _labelled(markdown.footnotes)
    assert [context.quotes for context in notes["1"].contexts] == [("We will rebuild the bridge by May.",)]
    assert _contexts(notes["2"].contexts) == [("Then he left.", ())]


@pytest.mark.parametrize("lead_in", ["The mayor[^1] said:", "Rybar[^1] wrote:", "Rybar [^1] posted :"])
def test_markdown_marker_on_the_speaker_before_a_verb_of_saying_quotes_the_block_quote_after_it(
    lead_in: str,
) -> None:
    # The marker names who is quoted, one verb after it: no note got the block quote's words, and note 1
    # came out verified without them compared.
    markdown = read_markdown(f"{lead_in}\n\n> We will rebuild the bridge by May.\n\n[^1]: {NOTE}\n")
    assert [context.quotes for context in markdown.footnotes[0].contexts] == [
        ("We will rebuild the bridge by May.",)
    ]


@pytest.mark.parametrize(
    "report",
    [
        "The mayor spoke on Monday.[^1]\n\n> We will rebuild the bridge by May.\n",
        "The mayor said[^1] on Monday:\n\n> We will rebuild the bridge by May.\n",
        "The mayor[^1] was wrong here:\n\n> We will rebuild the bridge by May.\n",
        "The mayor said:[^1]\n\n> We will rebuild the bridge by May.\n\n[^2] he added.\n",
        "The mayor said:[^1]\n\n> We will rebuild the bridge by May.[^2]\n",
    ],
    ids=[
        "no colon",
        "marker before more words",
        "marker before words that say nothing",
        "marker after the quote",
        "marker inside the quote",
    ],
)
def test_markdown_block_quote_not_introduced_by_a_marker_is_not_its_quote(report: str) -> None:
    markdown = read_markdown(f"{report}\n[^1]: {NOTE}\n[^2]: {_SECOND_NOTE}\n")
    assert [context.quotes for context in _labelled(markdown.footnotes)["1"].contexts] == [()]


def _html_notes(body: str) -> dict[str, Footnote]:
    notes = f"<ol><li id='fn1'>{NOTE}</li><li id='fn2'>{_SECOND_NOTE}</li></ol>"
    return _labelled(read_html(f"<html><body>{body}{notes}</body></html>").footnotes)


_HTML_QUOTE = "<blockquote><p>We will rebuild the bridge by May.</p><p>— the mayor</p></blockquote>"


@pytest.mark.parametrize(
    "lead_in",
    [
        "<p>The mayor said:<sup><a href='#fn1'>1</a></sup></p>",
        "<p>The mayor said<sup><a href='#fn1'>1</a></sup>:</p>",
        "<div>The mayor said: <sup><a href='#fn1'>1</a></sup></div>",
    ],
)
def test_html_marker_ending_a_paragraph_by_a_colon_quotes_the_block_quote_after_it(lead_in: str) -> None:
    # As in Markdown: the block quote's words were no marker's, and note 1 came out verified without them.
    notes = _html_notes(f"{lead_in}\n{_HTML_QUOTE}<p>Then he left.<sup><a href='#fn2'>2</a></sup></p>")
    assert _contexts(notes["1"].contexts) == [
        (
            "The mayor said: We will rebuild the bridge by May. — the mayor",
            ("We will rebuild the bridge by May.",),
        )
    ]
    assert _contexts(notes["2"].contexts) == [("Then he left.", ())]


@pytest.mark.parametrize(
    "body",
    [
        "<p>The mayor spoke on Monday.<sup><a href='#fn1'>1</a></sup></p>" + _HTML_QUOTE,
        "<p>The mayor said<sup><a href='#fn1'>1</a></sup> on Monday:</p>" + _HTML_QUOTE,
        "<p>The mayor said:<sup><a href='#fn1'>1</a></sup></p>"
        + _HTML_QUOTE.replace("May.</p>", "May.<sup><a href='#fn2'>2</a></sup></p>"),
        "<p>The mayor said:<sup><a href='#fn1'>1</a></sup></p>"
        + _HTML_QUOTE
        + "<sup><a href='#fn2'>2</a></sup>",
    ],
    ids=["no colon", "marker before more words", "marker inside the quote", "marker after the quote"],
)
def test_html_block_quote_not_introduced_by_a_marker_is_not_its_quote(body: str) -> None:
    assert [context.quotes for context in _html_notes(body)["1"].contexts] == [()]


@pytest.mark.parametrize(
    "quote", ["    We will rebuild the bridge by May.", "> We will rebuild the bridge by May."]
)
def test_plain_text_marker_ending_a_paragraph_by_a_colon_quotes_the_block_quote_after_it(quote: str) -> None:
    report = f"The mayor said:[1]\n\n{quote}\n\nThen he left.[2]\n\nNotes\n[1] {NOTE}\n[2] {_SECOND_NOTE}\n"
    notes = _labelled(read_plain_text(report).footnotes)
    assert [context.quotes for context in notes["1"].contexts] == [("We will rebuild the bridge by May.",)]
    assert _contexts(notes["2"].contexts) == [("Then he left.", ())]
    # The last paragraph of the body, or a paragraph opening with the marker that cites it after it.
    at_end = read_plain_text(f"The mayor said:[1]\n\n{quote}\n\nNotes\n[1] {NOTE}\n")
    assert [context.quotes for context in at_end.footnotes[0].contexts] == [
        ("We will rebuild the bridge by May.",)
    ]
    cited_after = read_plain_text(
        f"The mayor said:[1]\n\n{quote}\n\n[2] he added.\n\nNotes\n[1] {NOTE}\n[2] {_SECOND_NOTE}\n"
    )
    assert [context.quotes for context in _labelled(cited_after.footnotes)["1"].contexts] == [()]


def test_html_marker_opening_the_div_after_a_blockquote_quotes_the_blockquote() -> None:
    # A CMS writes the line after a quote as a `<div>` (or a `<div>` around its `<p>`): the footnote got
    # "said the mayor." as its context and came out verified with the quoted words never compared.
    for after in (
        f"<div>{_sup(1)} said the mayor.</div>",
        f"<div>\n<p>{_sup(1)} said the mayor.</p></div>",
        f"<div><div>{_sup(1)} said the mayor.</div></div>",
    ):
        html = read_html(_two_notes_html(f"<blockquote>The tunnel will close in May.</blockquote>{after}"))
        quoted = "The tunnel will close in May."
        assert _contexts(_labelled(html.footnotes)["1"].contexts) == [(quoted, (quoted,))], after


def test_html_marker_after_the_wrapper_a_blockquote_ends_quotes_the_blockquote() -> None:
    # A CMS wraps the quote (`<div class="quote"><blockquote>…</blockquote></div>`): what follows the wrapper
    # follows the quote, and its words were no marker's.
    for quote in (
        "<div><blockquote>The tunnel will close in May.</blockquote>\n</div>",
        "<section><div><blockquote>The tunnel will close in May.</blockquote></div></section>",
    ):
        html = read_html(_two_notes_html(f"{quote}<p>{_sup(1)} said the mayor.</p>"))
        quoted = "The tunnel will close in May."
        assert _contexts(_labelled(html.footnotes)["1"].contexts) == [(quoted, (quoted,))], quote


def test_html_marker_after_a_wrapper_holding_more_than_the_blockquote_is_its_own() -> None:
    # The wrapper goes on after the quote: the paragraph after the wrapper does not follow the quote.
    quote = "<div><blockquote>The tunnel will close in May.</blockquote><p>Other words.</p></div>"
    html = read_html(_two_notes_html(f"{quote}<p>{_sup(1)} said the mayor.</p>"))
    assert _contexts(_labelled(html.footnotes)["1"].contexts) == [("said the mayor.", ())]


def test_html_marker_opening_a_list_item_or_heading_after_a_blockquote_is_its_own() -> None:
    # A list's first point and a heading start something new: they are not the line after the quote.
    for after in (f"<ul><li>{_sup(1)} said the mayor.</li></ul>", f"<h2>{_sup(1)} said the mayor.</h2>"):
        html = read_html(_two_notes_html(f"<blockquote>The tunnel will close in May.</blockquote>{after}"))
        assert _contexts(_labelled(html.footnotes)["1"].contexts) == [("said the mayor.", ())], after


def test_html_marker_in_the_caption_of_a_figure_holding_a_blockquote_quotes_the_blockquote() -> None:
    # A CMS quote block: `<figure><blockquote>…</blockquote><figcaption>— the mayor¹</figcaption></figure>`.
    quoted = "The tunnel will close in May."
    for caption in (f"— the mayor{_sup(1)}", f"<p>— the mayor, <cite>City TV</cite>{_sup(1)}</p>"):
        html = read_html(
            _two_notes_html(
                f"<figure><blockquote>{quoted}</blockquote><figcaption>{caption}</figcaption></figure>"
            )
        )
        assert _contexts(_labelled(html.footnotes)["1"].contexts) == [(quoted, (quoted,))], caption


def test_html_caption_of_a_figure_of_two_blockquotes_or_of_an_image_is_its_own() -> None:
    for figure in (
        "<blockquote>We will win.</blockquote><blockquote>We lost.</blockquote>"
        f"<figcaption>— the mayor{_sup(1)}",
        f"<img src='tunnel.jpg'><figcaption>— the mayor{_sup(1)}",
    ):
        html = read_html(_two_notes_html(f"<figure>{figure}</figcaption></figure>"))
        assert _contexts(_labelled(html.footnotes)["1"].contexts) == [("— the mayor", ())], figure


@pytest.mark.parametrize(
    ("read", "report"),
    [
        (read_markdown, "The mayor said:[^1]\n\n{quote}\n\nThen he left.[^2]\n\n[^1]: {one}\n[^2]: {two}\n"),
        (
            read_markdown,
            "*x*\n\nThe mayor said:[^1]\n\n{quote}\n\nThen he left.[^2]\n\n[^1]: {one}\n[^2]: {two}\n",
        ),
        (
            read_plain_text,
            "The mayor said:[1]\n\n{quote}\n\nThen he left.[2]\n\nNotes\n[1] {one}\n[2] {two}\n",
        ),
    ],
    ids=["markdown", "markdown parsed", "plain text"],
)
def test_a_marker_ending_a_paragraph_by_a_colon_quotes_a_paragraph_of_one_quotation_after_it(
    read: Callable[[str], ReadResult], report: str
) -> None:
    # `The mayor said:[1]` and the quotation on its own below, in quote marks: its words were no marker's,
    # and footnote 1 came out verified without them compared.
    def quotes_of(quote: str) -> list[tuple[str, ...]]:
        result = read(report.format(quote=quote, one=NOTE, two=_SECOND_NOTE))
        return [context.quotes for context in _labelled(result.footnotes)["1"].contexts]

    assert quotes_of("“We will rebuild the bridge by May.”") == [("We will rebuild the bridge by May.",)]
    # A paragraph with more than one quotation in it is the writer's own: its quote is no marker's, as before.
    assert quotes_of("“We will rebuild,” he said, “by May.”") == [()]


@pytest.mark.parametrize(
    "quote",
    [
        "\u2018We will rebuild the bridge by May.\u2019",
        "'We will rebuild the bridge by May.'",
        "\u00bbWe will rebuild the bridge by May.\u00ab",
        "\u201aWe will rebuild the bridge by May.\u2018",
        "\u201dWe will rebuild the bridge by May.\u201d",
        "\u2039We will rebuild the bridge by May.\u203a",
        "「We will rebuild the bridge by May.」",
    ],
)
def test_a_paragraph_of_one_quotation_in_other_marks_after_a_marker_and_a_colon_is_its_quote(
    quote: str,
) -> None:
    # Read only after “, „, « and ": in British single quotes, German »…«, Swedish ”…”, or Chinese 「…」, the
    # quotation's words were no marker's, and footnote 1 came out verified without them compared.
    report = f"The mayor said:[^1]\n\n{quote}\n\nThen he left.[^2]\n\n[^1]: {NOTE}\n[^2]: {_SECOND_NOTE}\n"
    notes = _labelled(read_markdown(report).footnotes)
    assert [context.quotes for context in notes["1"].contexts] == [("We will rebuild the bridge by May.",)]


def test_markdown_inline_html_q_is_quoted_as_a_browser_shows_it() -> None:
    # `<q>` in a Markdown report is shown in quote marks, as the HTML reader reads it: its tags were dropped,
    # its words were no quote, and footnote 1 came out verified without them compared.
    markdown = read_markdown(
        'He said <q cite="https://x.example">they told us <q>go home</q> today</q>.[^1] It <b>rained</b>.[^2]'
        f"\n\n[^1]: {NOTE}\n[^2]: {_SECOND_NOTE}\n"
    )
    notes = _labelled(markdown.footnotes)
    assert _contexts(notes["1"].contexts) == [
        (
            "He said “they told us \u2018go home\u2019 today”. It rained.",
            ("they told us \u2018go home\u2019 today",),
        )
    ]
    assert [context.quotes for context in notes["2"].contexts] == [()]
