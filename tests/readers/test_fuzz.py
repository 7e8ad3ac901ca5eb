"""Property tests: random reports never crash a reader or the citation parser, never take unbounded time,
and random prose with random markers but no notes never gets a note invented for it (issues 6 and 9)."""

from __future__ import annotations

import datetime as dt
import io

import docx
from hypothesis import example, given, settings
from hypothesis import strategies as st

from provenance.citations import parse_citation
from provenance.errors import InputError
from provenance.readers import read_report_bytes

# Generous upper bound per example: a quadratic path on these sizes takes far longer, a loaded CI far less.
FUZZ = settings(max_examples=60, deadline=dt.timedelta(seconds=10))

SPECIAL = list("[]^()<>{}“”\u2018\u2019«»„\"'`*_#:.,;!?-\u2013—/\\|@&=%~ \t\r\n0123456789¹²³⁴⁽⁾⁾ab")
PIECES = [
    "[1]",
    "[^1]",
    "[^a]: ",
    "[1-50]",
    "[1, 2]",
    "^1",
    "¹",
    "⁽²⁾",
    "(1)",
    "Notes\n",
    "\n[1] ",
    "\n1. ",
    "https://t.me/c/1/2",
    "http://",
    "www.",
    '<a href="#fn1">1</a>',
    '<li id="fn1">',
    "<sup>",
    "</sup>",
    "<span>",
    "</div>",
    "“",
    "”",
    "\r\n",
    "\r",
    "\n\n",
    "    ",
]

hostile_text = st.one_of(
    st.text(alphabet=st.sampled_from(SPECIAL), max_size=400),
    st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=120).map("".join),
    st.tuples(st.sampled_from(SPECIAL + PIECES), st.integers(1, 3_000)).map(lambda pair: pair[0] * pair[1]),
    st.integers(1, 300).map(lambda depth: "<span>" * depth + "x" + "</span>" * depth),
    st.integers(1, 300).map(lambda depth: "> " * depth + "[^1]\n\n[^1]: note"),
)


def _read_everything(name: str, text: str) -> None:
    """Read and parse; bad input may only be refused with a clear one-line InputError (a NUL is binary)."""
    try:
        report = read_report_bytes(text.encode(), name)
    except InputError as error:
        assert "\n" not in str(error) and str(error).startswith(f"{name}: ")
        return
    for footnote in report.footnotes:
        parse_citation(footnote)


@FUZZ
@given(text=hostile_text, name=st.sampled_from(["r.txt", "r.md", "r.html", "r"]))
def test_any_text_is_read_and_parsed_without_crashing(text: str, name: str) -> None:
    _read_everything(name, text)


WORDS = st.sampled_from(["The", "channel", "said", "“we left”", "U.S.", "e.g.", "troops", "(again)", "2022"])
MARKERS = st.sampled_from(["[1]", "[2]", "[^1]", "[^n]", "¹", "²³", "⁽¹⁾", "[1-3]", "^1", "<sup>1</sup>"])


@st.composite
def prose_with_markers(draw: st.DrawFn) -> str:
    """Paragraphs whose lines open with a word, with markers after words: text that cites but has no notes."""
    paragraphs = []
    for _ in range(draw(st.integers(1, 4))):
        lines = []
        for _ in range(draw(st.integers(1, 4))):
            words = [draw(WORDS)]
            for _ in range(draw(st.integers(0, 12))):
                words.append(draw(WORDS))
                if draw(st.booleans()):
                    words[-1] += draw(MARKERS)
            lines.append(" ".join(words))
        paragraphs.append(draw(st.sampled_from(["\n", "\r\n", "\r"])).join(lines))
    return "\n\n".join(paragraphs)


@FUZZ
@given(text=prose_with_markers(), name=st.sampled_from(["r.txt", "r.md", "r.html"]))
def test_random_prose_with_random_markers_never_gets_a_note_invented(text: str, name: str) -> None:
    report = read_report_bytes(text.encode(), name)
    assert report.footnotes == ()


@settings(max_examples=25, deadline=dt.timedelta(seconds=10))
@given(paragraphs=st.lists(prose_with_markers(), min_size=1, max_size=4))
def test_docx_of_random_prose_with_markers_never_gets_a_note_invented(paragraphs: list[str]) -> None:
    document = docx.Document()
    for paragraph in paragraphs:
        # Word paragraphs hold no line ends; each line of the prose becomes a paragraph of its own.
        for line in paragraph.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
            document.add_paragraph(line)
    packed = io.BytesIO()
    document.save(packed)
    report = read_report_bytes(packed.getvalue(), "r.docx")
    assert report.footnotes == ()


HTML_PIECES = [
    '<a href="#fn1">1</a>',
    '<li id="fn1">',
    "<sup>",
    "<p>",
    "<a title='",
    '"',
    "'",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<svg>",
    "</svg>",
    "<script>",
    "</script>",
    "<textarea>",
    "<title>",
    "<plaintext>",
    "</",
    "<!",
    ">",
    "\n",
    "https://t.me/c/1/2",
]


# Any text but a NUL, which makes a report binary (refused before any reader: test_any_text_is_read_...).
# A report is bytes: text that UTF-8 can write (no lone surrogates), as an HTML file holds.
_HTML_TEXT = st.text(st.characters(exclude_characters="\x00", exclude_categories=["Cs"]), max_size=8)


@FUZZ
@example('<p>A<sup><a href="#fn1">1</a></sup><ol><li id="fn1"><svg><![CDATA[ > <b>x</b> ]]></svg> note')
@given(st.lists(st.sampled_from(HTML_PIECES) | _HTML_TEXT, max_size=150).map("".join))
def test_lines_written_into_html_start_tags_never_show_in_what_is_read(markup: str) -> None:
    # Where the pass that writes each start tag's line reads text as a tag (an SVG CDATA section), the
    # line is taken out of the text again.
    report = read_report_bytes(markup.encode(), "r.html")
    read: list[str] = []
    for note in report.footnotes:
        read.extend((note.label, note.text, *note.urls))
        read.extend(text for context in note.contexts for text in (context.text, *context.quotes))
    assert not any("\ufdd2" in text for text in read)
